## O lado da organização, lido com uma chave Admin (src/org/)

## As partes da organização que o Key Doctor lê, como aparecem nas frases “não conseguiu ler …”.
org-part-projects = a lista de projetos
org-part-keys = as chaves de um projeto
org-part-service-accounts = as contas de serviço de um projeto
org-part-model-permissions = as permissões de modelos de um projeto
org-part-tool-permissions = as permissões de ferramentas de um projeto
org-part-rate-limits = os limites por minuto de um projeto
org-part-spend-limit = um limite de gastos
org-part-spend-alerts = os alertas de gastos
org-part-admin-keys = a lista de chaves Admin
org-part-costs = os custos deste mês
org-part-audit-log = o registro de auditoria

## Por que uma parte não pôde ser lida; $part é um dos nomes acima.
org-part-needs-management-read = O Key Doctor não conseguiu ler { $part }: esta chave Admin não tem permissão para ler as configurações da organização. Na página “Admin keys” (Chaves Admin), coloque a permissão “Organization administration” (Administração da organização) desta chave em “Read” (Leitura).
org-part-needs-usage-read = O Key Doctor não conseguiu ler { $part }: esta chave Admin não tem permissão para ler o uso. Na página “Admin keys” (Chaves Admin), coloque a permissão “Usage” (Uso) desta chave em “Read” (Leitura).
org-part-admin-key-refused = O Key Doctor não conseguiu ler { $part }: a OpenAI não aceitou a chave Admin. Talvez ela tenha sido excluída ou tenha expirado.
org-part-forbidden = O Key Doctor não conseguiu ler { $part }: esta chave Admin não tem permissão para isso.
# $reason é uma frase de errors.ftl.
org-part-failed = O Key Doctor não conseguiu ler { $part }. { $reason }

## A causa da falha de uma chave, encontrada nos dados da organização. Ela é dita antes da frase da
## própria chave, que traz a correção: estas dizem só o que a organização mostra.
org-cause-project-archived = O projeto “{ $project }” está arquivado, então as chaves dele não funcionam mais.
org-cause-owner-lost-access = Esta chave pertence a { $owner }, que não tem mais acesso ao projeto “{ $project }”: a chave parou de funcionar quando essa pessoa perdeu o acesso. Uma chave de conta de serviço não depende de nenhuma pessoa.
# $allowed é uma lista de nomes de modelos.
org-cause-model-not-allowed = { $count ->
    [one] O projeto “{ $project }” só libera { $allowed }, não { $model }.
   *[other] O projeto “{ $project }” só libera estes modelos: { $allowed }; { $model } não é um deles.
}
org-cause-model-denied = O projeto “{ $project }” bloqueia { $model }: ele está na lista de modelos bloqueados do projeto.
# $limit e $spent são valores em dinheiro.
org-cause-project-hard-limit = O projeto “{ $project }” atingiu este mês o limite de gastos de { $limit } (já foram gastos { $spent }). A contagem recomeça no próximo mês.
org-cause-organization-hard-limit = Sua organização atingiu este mês o limite de gastos de { $limit } (já foram gastos { $spent }). A contagem recomeça no próximo mês.
org-cause-project-rate-limit = { $count ->
    [one] O projeto “{ $project }” só permite { $count } solicitação por minuto para { $model }.
   *[other] O projeto “{ $project }” só permite { $count } solicitações por minuto para { $model }.
}
# $scopes é uma lista de nomes de permissões.
org-cause-scopes-from-audit-log = O registro de auditoria mostra quais permissões esta chave recebeu da última vez: { $scopes }.
org-scopes-none = nenhuma permissão
# $date é uma data; $by, um endereço de e-mail.
org-cause-key-deleted-by = Esta chave foi excluída em { $date } por { $by }.
org-cause-key-deleted = Esta chave foi excluída em { $date }.
# [0]: em pt-BR a categoria “one” também cobre o 0.
org-cause-key-not-in-organization = { $count ->
    [0] Sua organização não tem nenhuma chave, então esta chave foi excluída ou pertence a outra organização.
    [one] Sua organização tem uma única chave, e não é esta: esta chave foi excluída ou pertence a outra organização.
   *[other] Sua organização tem { $count } chaves, e esta não é nenhuma delas: esta chave foi excluída ou pertence a outra organização.
}

## Dito uma vez quando uma chave falha e não há nenhuma chave Admin à mão.
org-admin-key-would-tell = Com uma chave Admin da sua organização, o Key Doctor poderia dizer a causa exata: se o projeto bloqueia o modelo, se ele atingiu o limite de gastos ou se o proprietário da chave saiu. Adicione uma na página Chaves.

## Avisos sobre uma chave na visão Organização e em `key-doctor org`; $days é um número.
org-flag-unused = Sem uso há { $days } dias
org-flag-owner-lost-access = Proprietário perdeu o acesso
org-flag-project-archived = Projeto arquivado
org-flag-not-in-this-app = Não está neste app

## Botões ao lado de um aviso; cada um abre uma página de platform.openai.com.
org-fix-key-page = Abrir a página da chave
org-fix-members = Abrir os membros do projeto
org-fix-projects = Abrir os projetos

## Nomes das chaves de exemplo da demonstração para o lado da organização (src/gui/services.rs).
common-sample-key-owner-left = Chave de alguém que saiu do projeto
common-sample-key-archived-project = Chave de um projeto arquivado
common-sample-key-model-denied = Projeto que bloqueia gpt-5-mini
common-sample-key-admin-no-management = Chave Admin que não pode ler a organização
common-sample-key-admin-audit-off = Chave Admin de uma organização sem registro de auditoria
common-sample-key-admin-large = Chave Admin de uma organização grande (1.000 chaves)
