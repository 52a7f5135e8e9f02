## As palavras da linha de comando para pessoas (src/cli). A saída JSON é sempre em inglês, assim
## como o --help (do clap). Opções (--stdin) e nomes de variáveis (OPENAI_API_KEY) são digitados
## como são: não traduza. Antes de um erro, a linha começa com “key-doctor: ”.

## Erros de qualquer comando (src/cli/mod.rs)

# Mostrado na linha abaixo de um erro, com as palavras da própria biblioteca para quem for ajudar.
# $details: essas palavras, como a biblioteca as escreveu (em inglês).
cli-details = Detalhes: { $details }
# $problem: por que o endereço não pode ser usado (um dos error-address-*).
cli-address-unusable = O endereço da OpenAI não pode ser usado: { $problem }.
cli-could-not-start = Não foi possível iniciar o Key Doctor.
cli-json-failed = Não foi possível gravar o resultado como JSON.
# Um valor dado a --timeout que não é um número de segundos; $text: o valor como foi digitado.
cli-not-seconds = “{ $text }” não é um número de segundos maior que 0
# Um valor dado a --provider que não nomeia nenhum provedor; $text: o valor como foi digitado; $words:
# as palavras que --provider aceita, separadas por vírgulas (digitadas como são: não traduza).
cli-not-provider = “{ $text }” não é um provedor que o Key Doctor conhece. Use um destes: { $words }

## key-doctor simulate (src/cli/mod.rs)

# $url: o endereço do simulador, como http://127.0.0.1:8080/v1.
cli-simulator-listening = O simulador da OpenAI do Key Doctor está escutando em { $url }
    Aponte um cliente para ele com OPENAI_BASE_URL={ $url }
cli-simulator-keys = Chaves (inventadas; só funcionam com este simulador):
# Antes das chaves inventadas dos outros provedores. Os endereços deles aparecem depois deste guia,
# um por linha (“anthropic: http://…”).
cli-simulator-provider-keys = Chaves de outros provedores. Aponte a variável de endereço de cada provedor (como ANTHROPIC_BASE_URL) para o endereço mostrado para ele:
# $organization: o ID da organização do simulador, como org-…
cli-simulator-wrong-organization = Organização ou projeto errado: envie qualquer chave com um cabeçalho OpenAI-Organization diferente de { $organization }, ou com um cabeçalho OpenAI-Project de outro projeto.
# $requests: as solicitações de controle do simulador, como são digitadas.
cli-simulator-controls = Controles: { $requests }.
cli-simulator-stop = Pressione Ctrl+C para parar.
# $address: onde o simulador tentou escutar, como 127.0.0.1:8080.
cli-simulator-could-not-listen = O simulador não conseguiu escutar em { $address }.
cli-simulator-ctrl-c = O simulador não conseguiu esperar pelo Ctrl+C, então parou.

## key-doctor check e key-doctor explain (src/cli/check.rs)

# $variable: a variável de ambiente que deveria conter a chave, como OPENAI_API_KEY.
cli-key-variable-not-set = { $variable } não está definida. Coloque a chave nela, ou use --env-file ARQUIVO ou --stdin (uma chave nunca é lida da linha de comando).
# Depois de cli-key-variable-not-set quando nenhuma variável foi nomeada. $variables: a variável de
# costume de cada um dos outros provedores, separadas por vírgulas, como ANTHROPIC_API_KEY, GEMINI_API_KEY.
cli-key-other-variables = A chave de outro provedor é lida da variável própria dele: { $variables }.
cli-stdin-unreadable = Não foi possível ler a chave da entrada padrão.
cli-stdin-empty = A entrada padrão estava vazia: envie a chave por ela.
# $file: o arquivo .env.
cli-env-file-no-api-key = { $file } não contém nenhuma chave de API de um provedor que o Key Doctor conhece.
# A primeira linha sobre uma chave. $redacted: a chave com a maior parte escondida; $kind: o tipo dela
# (error-key-kind-*, ou cli-provider-kind com o nome do provedor); $source: de onde ela foi lida,
# como OPENAI_API_KEY ou .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, lida de { $source })
# O tipo de uma chave com o nome do provedor, quando as palavras do tipo não o nomeiam. $provider: o
# nome do provedor, como OpenAI (nunca traduzido); $kind: o tipo (error-key-kind-*).
cli-provider-kind = { $kind } de { $provider }
# $title: o título do diagnóstico, como “Chave não aceita”; $summary: a frase dele.
cli-verdict = { $title }: { $summary }
# $url: a página que corrige o problema.
cli-fix = Como corrigir: { $url }
# $note: uma frase a mais sobre o diagnóstico.
cli-note = Observação: { $note }
cli-permissions = Permissões:
# $name: o nome da organização (ou cli-untitled); $id: o ID dela, como org-…
cli-organization = Organização: { $name } ({ $id })
# Uma organização sem nome.
cli-untitled = sem nome
# $tier: o nível de uso, como “Nível 3”.
cli-usage-tier = Nível de uso: { $tier }
cli-explain-unreadable = Não foi possível ler o texto do erro da entrada padrão.
# $name: o nome de uma chave guardada no Key Doctor.
cli-explain-names-key = Este texto cita a sua chave guardada “{ $name }”.

## key-doctor import (src/cli/import.rs)

# $problem: o motivo (uma frase sobre o chaveiro ou a lista de chaves).
cli-import-nothing-stored = { $problem } Nada foi guardado.
cli-import-no-config-folder = Este sistema não tem uma pasta de configuração para a lista de chaves, então nada foi guardado.
# $variable: o nome da chave no arquivo, como OPENAI_API_KEY.
cli-import-put-back = { $variable } estava na lista, mas não no chaveiro; a chave foi colocada de volta.
# $variable: o nome da chave no arquivo; $problem: por que ela não foi guardada.
cli-import-not-stored = { $variable }: { $problem }
cli-import-no-api-key = Nenhuma chave de API foi encontrada.
# Depois de uma chave que o Key Doctor já guarda.
cli-import-already-stored = (já guardada)
# $names: os nomes das chaves guardadas, separados por vírgulas; $count: quantas são.
cli-import-stored = { $count ->
    [one] Guardada no chaveiro do seu sistema: { $names }. O arquivo não foi alterado.
   *[other] Guardadas no chaveiro do seu sistema: { $names }. O arquivo não foi alterado.
}
cli-import-nothing-new = Nada de novo para guardar.
# Depois de --dry-run, que só mostra o que seria guardado.
cli-import-dry-run = Simulação: nada foi guardado, e o arquivo não foi alterado.

## key-doctor usage (src/cli/usage.rs)

# $variable: a variável de ambiente da chave Admin (OPENAI_ADMIN_KEY); $url: a página onde as chaves Admin são criadas.
cli-usage-needs-admin-key = Para ver o uso, é preciso uma chave Admin em { $variable }. Uma chave de projeto não pode ler o uso da organização; um proprietário da organização pode criar uma chave Admin somente leitura em { $url }.
# $variable: a variável de ambiente que contém a chave (OPENAI_ADMIN_KEY).
cli-usage-key-not-accepted = A OpenAI não aceitou a chave em { $variable }. Confira se a chave está inteira e se ela não foi revogada.
# $variable: a variável de ambiente que contém a chave; $url: a página onde as chaves Admin são criadas.
cli-usage-may-not-read = A chave em { $variable } não pode ler o uso. Para ver o uso, é preciso uma chave Admin com permissão para lê-lo; um proprietário da organização pode criar uma em { $url }.
cli-usage-incomplete = Os totais ficariam incompletos, então nenhum é mostrado.
# $file: o arquivo CSV pedido.
cli-usage-csv-not-made = Não foi possível gerar o arquivo CSV { $file }.
# $file: o arquivo CSV pedido; $problem: o motivo (um dos error-io-*).
cli-usage-csv-not-written = Não foi possível gravar o arquivo CSV { $file }: { $problem }.
# $first e $last: o primeiro e o último dia mostrados, como datas.
cli-usage-heading = Uso e custos, de { $first } a { $last } (dias inteiros como a OpenAI os conta, em UTC)
# $cost: um valor em dinheiro.
cli-usage-total-cost = Custo total: { $cost }
# Contagens de tokens, já escritas como números: $input, dos quais $reused foram entrada reenviada e
# cobrada mais barato; $output; $requests solicitações ($request_count: o mesmo número, para o plural).
cli-usage-tokens = Tokens: { $input } de entrada ({ $reused } deles reutilizados, cobrados mais barato), { $output } de saída; { $request_count ->
    [one] { $requests } solicitação
   *[other] { $requests } solicitações
}
# Os cabeçalhos das colunas da tabela: larguras 12, 14, 16, 16, 14 e 10 caracteres.
cli-usage-column-date = Data
cli-usage-column-cost = Custo
cli-usage-column-input = Entrada (tokens)
cli-usage-column-reused = Entrada reutil.
cli-usage-column-output = Saída (tokens)
cli-usage-column-requests = Solicit.
# Os títulos dos totais por grupo.
cli-usage-by-model = Por modelo:
cli-usage-by-project = Por projeto:
cli-usage-by-key = Por chave:
cli-usage-by-line-item = Por tipo de uso:
# Palavras depois dos números da linha de um grupo: “1.234 de entrada 567 de saída 89 solicitações”.
cli-usage-word-input = de entrada
cli-usage-word-output = de saída
cli-usage-word-requests = solicitações
# $cost: um valor em dinheiro estimado a partir dos tokens e dos preços.
cli-usage-estimate = ≈{ $cost } (estimativa)
cli-usage-no-price = preço desconhecido
cli-not-resolve = “{ $value }” não está no formato HOST:PORTA:ENDEREÇO (por exemplo api.openai.com:443:203.0.113.7)

## key-doctor org, e o que o key-doctor check acrescenta com uma chave Admin (src/cli/org.rs, src/cli/check.rs)

# $variable: a variável de ambiente da chave Admin (OPENAI_ADMIN_KEY); $url: a página onde chaves Admin são criadas.
cli-org-needs-admin-key = Para ler a sua organização, é preciso uma chave Admin. Um proprietário da organização pode criar uma chave somente leitura em { $url }; coloque-a na variável de ambiente { $variable } e execute de novo.
# Depois da frase de que uma chave Admin diria mais, num terminal. $variable: OPENAI_ADMIN_KEY.
cli-check-admin-key-variable = Na linha de comando, coloque a chave Admin na variável de ambiente { $variable }.
# $date: o dia em que a organização foi lida.
cli-org-heading = Sua organização como a OpenAI a mostra em { $date }
cli-org-whole-organization = A organização inteira:
# $count: quantas chaves Admin a organização tem.
cli-org-admin-keys = { $count ->
    [one] { $count } chave Admin
   *[other] { $count } chaves Admin
}
# $state: cli-org-not-read.
cli-org-admin-keys-unknown = Chaves Admin: { $state }
cli-org-audit-log-empty = O registro de auditoria não mostra nenhuma mudança em chaves. Ele só registra o que acontece depois de ser ativado, então talvez esteja desativado.
# O título de um projeto. $name: o nome; $id: o ID, como proj_…
cli-org-project = Projeto “{ $name }” ({ $id })
cli-org-project-archived = Projeto “{ $name }” ({ $id }), arquivado: as chaves dele não funcionam mais
# $models: cli-org-models-all, -only ou -except.
cli-org-models = Modelos: { $models }
cli-org-models-all = todos os modelos da organização
# $models: uma lista de nomes de modelos.
cli-org-models-only = somente { $models }
cli-org-models-except = todos os modelos exceto { $models }
# $tools: uma lista dos nomes de ferramentas abaixo.
cli-org-tools-off = Ferramentas desativadas: { $tools }
cli-org-tools-all-on = Ferramentas: todas ativadas
# $state: cli-org-not-read.
cli-org-tools-unknown = Ferramentas: { $state }
# Ferramentas da OpenAI que um projeto pode desativar.
# $limits: um ou mais “modelo (N solicitações por minuto, N tokens por minuto)”, ou cli-org-not-read.
cli-org-rate-limits = Limites por minuto: { $limits }
cli-org-rate-limits-none = Limites por minuto: os da organização (este projeto não define nenhum)
# $number: o número já escrito; $count: o mesmo número, para o plural.
cli-org-requests-a-minute = { $count ->
    [one] { $number } solicitação por minuto
   *[other] { $number } solicitações por minuto
}
cli-org-tokens-a-minute = { $count ->
    [one] { $number } token por minuto
   *[other] { $number } tokens por minuto
}
# $spent: o gasto deste mês (um valor em dinheiro, ou cli-org-unknown); $limit: o limite de gastos, um valor em dinheiro.
cli-org-hard-limit = Limite de gastos rígido: { $spent } de { $limit } este mês
cli-org-hard-limit-reached = Limite de gastos rígido: { $spent } de { $limit } este mês. Atingido: a OpenAI recusa as solicitações até o próximo mês ou até o limite ser aumentado.
cli-org-hard-limit-not-enforced = Limite de gastos de { $limit } por mês, não aplicado; { $spent } gastos este mês
cli-org-no-hard-limit = Sem limite de gastos rígido; { $spent } gastos este mês
# $state: cli-org-not-read.
cli-org-hard-limit-unknown = Limite de gastos rígido: { $state }; { $spent } gastos este mês
# $alerts: um ou mais cli-org-alert-to ou valores, ou cli-org-not-read.
cli-org-alerts = Alertas de gastos (um e-mail; não bloqueiam nada): { $alerts }
cli-org-alerts-none = Alertas de gastos: nenhum
# $amount: um valor em dinheiro; $recipients: endereços de e-mail.
cli-org-alert-to = ao chegar a { $amount }, para { $recipients }
# Dito no lugar de uma parte que não pôde ser lida; o motivo vem no final.
cli-org-not-read = não pôde ser lido (veja no final)
cli-org-unknown = desconhecido
# $count: quantas chaves a organização tem.
cli-org-keys-heading = { $count ->
    [0] Nenhuma chave de projeto.
    [one] { $count } chave de projeto:
   *[other] { $count } chaves de projeto:
}
# $name: o nome da chave na OpenAI; $redacted: a chave quase toda oculta; $project: o nome do projeto dela.
cli-org-key = { $name } ({ $redacted }), projeto “{ $project }”
# $owner: o nome de uma pessoa, ou cli-org-service-account.
cli-org-key-owner = Proprietário: { $owner }, com acesso ao projeto
cli-org-key-owner-left = Proprietário: { $owner }, que não tem mais acesso ao projeto: a chave parou de funcionar
cli-org-key-owner-unknown = Proprietário: desconhecido
# $name: o nome da conta de serviço.
cli-org-service-account = a conta de serviço “{ $name }”
# $created e $last_used: datas (ou cli-org-never, cli-org-unknown); $cost: um valor em dinheiro (ou cli-org-unknown).
cli-org-key-dates = Criada em { $created }, último uso: { $last_used }, { $cost } este mês
cli-org-never = nunca
# $name: o nome que a chave tem no Key Doctor.
cli-org-key-stored-as = Guardada aqui como “{ $name }”
# $flag: o que precisa de atenção (org-flag-*); $fix: as palavras do botão (org-fix-*); $url: a página.
cli-org-flag-fix = { $flag }. { $fix }: { $url }
# $count: quantas partes não puderam ser lidas.
cli-org-failures-heading = { $count ->
    [one] { $count } parte não pôde ser lida:
   *[other] { $count } partes não puderam ser lidas:
}
# $project: o nome de um projeto; $sentence: por que uma das partes dele não pôde ser lida.
cli-org-failure-in-project = Projeto “{ $project }”: { $sentence }

## usage --provider (issue 16)
# $text: o que foi digitado depois de --provider.
cli-usage-not-a-usage-provider = O Key Doctor não consegue ler o uso de “{ $text }”. Use --provider openai ou --provider anthropic.
cli-usage-needs-anthropic-admin-key = Para ver o uso da Anthropic, é preciso uma chave Admin da Anthropic (ela começa com sk-ant-admin01-) em { $variable }. Um administrador da organização pode criar uma em { $url }.
cli-usage-anthropic-refused = A Anthropic não deixou a chave em { $variable } ler os relatórios de uso e custos: ela precisa ser uma chave Admin da organização que ainda esteja ativa. As chaves Admin ficam em { $url }.
