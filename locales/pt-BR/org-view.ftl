## Página Organização (src/gui/views/organization.rs, src/gui/organization.rs)

# A entrada da navegação e o título da página.
org-view-nav = Organização
org-view-title = Sua organização
org-view-intro = Todas as chaves da sua organização, o que cada projeto permite e o que precisa de atenção. Aqui o Key Doctor só lê: não muda nada.

## Qual chave Admin lê a organização

org-view-read-with = Ler com:
# $name: o nome que a pessoa deu à chave Admin no Key Doctor.
org-view-reading-with-stored = Lido com a chave Admin “{ $name }”.
# $key: de onde vem a chave, por exemplo “a chave Admin somente leitura da demonstração”.
org-view-reading-with-origin = Lido com { $key }.
org-view-opening-keys = Abrindo suas chaves…
org-view-no-admin-key-title = É preciso uma chave Admin
org-view-no-admin-key = Para listar todas as chaves da sua organização, o Key Doctor precisa de uma chave Admin dela. Adicione uma na página Chaves: ela fica guardada no chaveiro do seu sistema como suas outras chaves, e o Key Doctor só lê com ela.
org-view-add-admin-key = Adicionar uma chave Admin na página Chaves
org-view-open-admin-keys-page = Abrir a página “Admin keys” (Chaves Admin)
# $problem: por que não foi possível tirar a chave do chaveiro (uma frase).
org-view-admin-key-unreadable = O Key Doctor não conseguiu tirar esta chave Admin do seu chaveiro. { $problem }

## A leitura

org-view-refresh = Atualizar
org-view-cancel = Cancelar
org-view-reading = Lendo a organização… Todos os projetos são lidos ao mesmo tempo; leva alguns segundos.
org-view-cancelled = A leitura foi interrompida. Clique em “Atualizar” para ler a organização.
# $keys, $projects: números.
org-view-summary = { $keys ->
    [one] { $keys } chave
   *[other] { $keys } chaves
} em { $projects ->
    [one] { $projects } projeto.
   *[other] { $projects } projetos.
}
# $count: quantas chaves têm uma marcação que significa que não funcionam mais.
org-view-summary-broken = { $count ->
    [one] { $count } chave não funciona mais.
   *[other] { $count } chaves não funcionam mais.
}
# $amount: um valor em dinheiro.
org-view-month-total = Acumulado do mês: { $amount }
org-view-problems-title = O que não foi possível ler
org-view-partly-read = O resto da organização foi lido e aparece abaixo.

## A tabela de chaves

org-view-keys-title = Todas as chaves
# O nome do campo de busca, lido pelos leitores de tela, e a sua dica.
org-view-search = Buscar nas chaves
org-view-search-hint = Nome, projeto ou proprietário
org-view-clear-search = Limpar a busca
org-view-sort-attention = Primeiro as que precisam de atenção
# $shown, $total: números.
org-view-showing = Mostrando { $shown } de { $total } chaves
# $query: o que a pessoa digitou.
org-view-no-match = Nenhuma chave corresponde a “{ $query }”.
org-view-no-keys = Sua organização não tem chaves de projeto.
org-view-column-key = Chave
org-view-column-project = Projeto
org-view-column-owner = Proprietário
org-view-column-created = Criada em
org-view-column-last-used = Último uso
org-view-column-cost = Este mês
# O que um leitor de tela diz para o botão que ordena cada coluna.
org-view-sort-key = Ordenar pelo nome da chave
org-view-sort-project = Ordenar por projeto
org-view-sort-owner = Ordenar por proprietário
org-view-sort-created = Ordenar pela data de criação
org-view-sort-last-used = Ordenar pelo último uso
org-view-sort-cost = Ordenar pelo custo deste mês
# $name: o nome que a pessoa deu à chave no Key Doctor.
org-view-stored-as = Guardada aqui como { $name }
org-view-owner-left = não tem mais acesso
org-view-service-account = conta de serviço
org-view-owner-unknown = desconhecido
org-view-cost-unknown = desconhecido
org-view-cost-unknown-hover = Não foi possível ler os custos deste mês.

## Quando algo aconteceu, dito como uma pessoa diz

org-view-never = nunca
org-view-today = hoje
org-view-yesterday = ontem
# $count: um número.
org-view-days-ago = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}
org-view-months-ago = { $count ->
    [one] há { $count } mês
   *[other] há { $count } meses
}
org-view-years-ago = { $count ->
    [one] há { $count } ano
   *[other] há { $count } anos
}

## Projetos

org-view-projects-title = Projetos
# $name: o nome do projeto; $amount: o custo deste mês.
org-view-project-heading = { $name }: { $amount } este mês
org-view-project-archived = Este projeto está arquivado: as chaves dele não funcionam mais.
org-view-models = Modelos
org-view-models-all = Todos os modelos
# $models: uma lista de nomes de modelos.
org-view-models-allow = Só libera: { $models }
org-view-models-deny = Bloqueia: { $models }
org-view-tools = Ferramentas hospedadas
org-view-tools-all-on = Todas ativadas
# $tools: uma lista de nomes de ferramentas.
org-view-tools-off = Desativadas: { $tools }
org-view-tool-file-search = busca em arquivos
org-view-tool-web-search = busca na web
org-view-tool-image-generation = geração de imagens
org-view-tool-mcp = conectores (MCP)
org-view-tool-code-interpreter = interpretador de código
org-view-rate-limits = Limites por minuto
org-view-rate-limits-none = Os da organização
# $model: o nome de um modelo; $count: um número (para o plural); $requests: o mesmo número por extenso.
org-view-rate-limit = { $count ->
    [one] { $model }: { $requests } solicitação por minuto
   *[other] { $model }: { $requests } solicitações por minuto
}
# $model: o nome de um modelo; $tokens: um número.
org-view-rate-limit-tokens = { $model }: { $tokens } tokens por minuto
org-view-spend-limit = Limite de gastos rígido
org-view-spend-limit-none = Nenhum: as solicitações não param em um valor.
# $spent, $limit: valores em dinheiro.
org-view-spend-limit-below = { $spent } de { $limit } este mês
org-view-spend-limit-reached = { $spent } de { $limit } este mês — atingido, as solicitações são recusadas
org-view-spend-limit-not-enforced = { $spent } de { $limit } este mês — não aplicado, as solicitações continuam
# $limit: um valor em dinheiro; não foi possível ler o gasto deste mês.
org-view-spend-limit-amount = { $limit } por mês
org-view-spend-alerts = Alertas de gastos
org-view-spend-alerts-none = Nenhum
# $amount: um valor em dinheiro; $to: endereços de e-mail.
org-view-spend-alert = Um e-mail para { $to } ao chegar a { $amount }
org-view-spend-alert-nobody = Um alerta ao chegar a { $amount }
org-view-service-accounts = Contas de serviço
org-view-service-accounts-none = Nenhuma
org-view-open-limits = Abrir os limites do projeto
org-view-open-members = Abrir os membros do projeto
# Projetos cuja lista não foi possível ler, pelo ID; $amount: o custo deste mês.
org-view-project-cost-only = { $project }: { $amount } este mês

## A organização como um todo

org-view-organization-title = A organização como um todo
org-view-open-organization-limits = Abrir os limites da organização
org-view-audit-log = Registro de auditoria
# $count: quantas mudanças em chaves o registro de auditoria lista.
org-view-audit-log-events = { $count ->
    [one] Ele lista { $count } mudança em uma chave no último ano.
   *[other] Ele lista { $count } mudanças em chaves no último ano.
}
org-view-audit-log-empty = Ele não lista nenhuma mudança em nenhuma chave. O registro de auditoria parece estar desativado: ele só registra o que acontece depois de ser ativado. Ative-o nas configurações da organização, para que uma chave excluída ou alterada possa ser rastreada depois.
org-view-open-organization-settings = Abrir as configurações da organização
# $count: quantas chaves Admin a organização tem.
org-view-admin-keys = { $count ->
    [one] { $count } chave Admin
   *[other] { $count } chaves Admin
}
# $name: o nome da chave Admin; $used: quando foi usada pela última vez (“há 3 dias”, “nunca”); $expires: org-view-expires-*.
org-view-admin-key-line = { $name }: último uso { $used }, { $expires }
org-view-expires-never = não expira
# $date: uma data.
org-view-expires-on = expira em { $date }
org-view-expired-on = expirou em { $date }
