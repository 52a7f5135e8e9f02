## Títulos dos diagnósticos, curtos, para listas e selos (src/checks/verdict.rs)

verdict-title-ok = Funciona
verdict-title-invalid-key = Chave não aceita
verdict-title-missing-scopes = Faltam permissões
verdict-title-no-quota = Sem crédito ou acima de um limite
verdict-title-rate-limited = Limite por minuto atingido
verdict-title-wrong-organization = Organização errada
verdict-title-wrong-project = Projeto errado
verdict-title-no-organization = Sem organização
verdict-title-model-access = Sem acesso ao modelo
verdict-title-verification-required = Organização não verificada
verdict-title-region-blocked = País não atendido
verdict-title-ip-not-allowed = Endereço IP não permitido
verdict-title-access-terminated = Acesso encerrado
verdict-title-admin-key-required = Precisa de uma chave Admin
verdict-title-network-error = Sem conexão com a OpenAI
verdict-title-server-error = Problema na OpenAI
verdict-title-unexpected-response = Resposta inesperada

## Botões de correção sob um diagnóstico: cada um abre uma página em platform.openai.com (src/checks/verdict.rs)

verdict-fix-billing = Abrir a página “Billing” (Faturamento)
verdict-fix-organization-limits = Abrir a página “Limits” (Limites) da organização
verdict-fix-project-limits = Abrir a página “Limits” (Limites) do projeto
verdict-fix-organization-settings = Abrir as configurações da organização
verdict-fix-api-keys = Abrir a página “API keys” (Chaves de API)
verdict-fix-key-settings = Abrir as configurações da chave
verdict-fix-admin-keys = Abrir a página “Admin keys” (Chaves Admin)
verdict-fix-supported-countries = Ver os países atendidos
verdict-fix-ip-allowlist = Abrir a página “IP allowlist” (IPs permitidos)
verdict-fix-status-page = Abrir a página de status da OpenAI

## Frases de diagnóstico: a frase que diz o que está errado e o que resolve (src/checks/verdict.rs)
## “Model capabilities”, “Request”, “Responses” e “Usage: Read” são os nomes da tela de permissões
## de chave da OpenAI, que só existe em inglês: ficam em inglês, com a tradução entre parênteses.

verdict-ok = Esta chave funciona: ela pode usar os modelos, e todas as permissões que o Key Doctor verificou estão liberadas.
verdict-ok-admin-key = Esta chave Admin funciona: ela pode ler o uso, os custos e os projetos da organização.
verdict-invalid-key = A OpenAI não aceita esta chave: ela tem um erro de digitação, ou foi revogada ou excluída. Crie uma nova chave e use-a no lugar desta.
verdict-invalid-key-no-key-sent = Seu app não enviou nenhuma chave de API: a configuração de chave de API dele está vazia, ou a chave não chegou até ele. Cole sua chave na configuração de chave de API do app ou do plugin.
verdict-missing-scopes = Esta chave tem restrições: ela não pode usar { $scopes }. Abra as configurações da chave e libere o que o seu app precisa.
verdict-missing-scopes-model-request = Esta chave tem restrições e não pode usar os modelos. Abra as configurações da chave e coloque “Model capabilities” (Recursos do modelo) em “Request” (Solicitação).
verdict-missing-scopes-admin-without-usage = Esta chave Admin não pode ler o uso e os custos. Crie uma chave Admin somente leitura, ou dê a esta a permissão “Usage: Read” (Uso: Leitura).
verdict-missing-scopes-none-named = Falta a esta chave uma permissão para o que foi pedido. Abra as configurações da chave e confira as permissões dela.
verdict-no-quota = Sua organização ficou sem cota: adicione crédito ou aumente o limite dela na página “Billing” (Faturamento).
verdict-no-quota-no-credit = Sua organização está sem crédito. Adicione crédito na página “Billing” (Faturamento); as solicitações voltam a funcionar alguns minutos depois.
verdict-no-quota-organization-spend-limit = Sua organização atingiu o limite de gastos que ela mesma definiu. Aumente o limite na página “Limits” (Limites).
verdict-no-quota-project-spend-limit = O projeto desta chave atingiu o limite de gastos dele. Aumente o limite do projeto na página “Limits” (Limites) dele.
verdict-no-quota-organization-usage-limit = Sua organização atingiu o limite de uso do nível de uso dela. Aumente esse limite na página “Limits” (Limites) ou espere o próximo mês.
verdict-no-quota-billing-not-active = O faturamento da sua conta não está ativo. Adicione uma forma de pagamento na página “Billing” (Faturamento).
verdict-rate-limited = Esta chave funciona, mas está sendo limitada agora: solicitações ou tokens demais por minuto. Espere um minuto e tente de novo, ou veja os limites do seu nível de uso.
verdict-rate-limited-request-too-large = Esta solicitação, sozinha, passa do limite de tokens por minuto do seu nível de uso, então não pode ser atendida do jeito que está. Diminua a solicitação (texto mais curto, menos documentos de uma vez) ou suba para um nível de uso mais alto.
verdict-wrong-organization = A organização enviada com esta chave (OPENAI_ORG_ID, ou a configuração de organização do seu app) não é a organização da chave. Remova essa configuração ou coloque nela a organização da chave.
verdict-wrong-project = O projeto enviado com esta chave (OPENAI_PROJECT_ID, ou a configuração de projeto do seu app) não é o projeto da chave. Remova essa configuração ou use uma chave desse projeto.
verdict-no-organization = Sua conta da OpenAI não faz parte de nenhuma organização, então as chaves dela não podem ser usadas. Crie uma organização ou peça um convite para entrar em uma.
verdict-model-access = O projeto desta chave não pode usar { $model }. Um proprietário pode liberar o modelo na página “Limits” (Limites) do projeto.
verdict-model-access-unknown-model = A OpenAI não reconhece { $model } para esta chave: o nome pode estar errado, o modelo pode ter sido descontinuado, ou o projeto não pode usá-lo. Confira o modelo configurado no seu app ou plugin; se o nome estiver certo, um proprietário pode liberá-lo na página “Limits” (Limites) do projeto.
verdict-this-model = este modelo
verdict-verification-required = Sua organização precisa ser verificada para usar { $model }. Faça a verificação na página de configurações da organização; o acesso é liberado em cerca de 15 minutos.
verdict-region-blocked = A OpenAI não atende o país ou a região de onde veio esta solicitação, então a chave não pode ser usada daqui.
verdict-ip-not-allowed = O endereço IP deste computador não está na lista de IPs permitidos da sua organização. Um proprietário pode adicioná-lo na página “IP allowlist” (IPs permitidos).
verdict-access-terminated = A OpenAI encerrou o acesso desta conta. Só o suporte da OpenAI pode ajudar; veja se você recebeu um e-mail deles.
verdict-admin-key-required = Para ler o uso e os custos, é preciso uma chave Admin. Um proprietário da organização pode criar uma chave Admin somente leitura.
verdict-admin-key-required-other-kind = Para ler o uso e os custos, é preciso uma chave Admin; { $kind ->
    [project] esta é uma chave de projeto
    [service_account] esta é uma chave de conta de serviço
    [user_without_project] esta é uma chave de usuário (sem projeto)
    [legacy_user] esta é uma chave de usuário antiga
   *[unknown] isto não parece uma chave da OpenAI
  }. Um proprietário da organização pode criar uma chave Admin somente leitura.
verdict-server-error = A OpenAI teve um problema ao responder. A culpa não é da sua chave; tente de novo daqui a alguns minutos.

## Frases de diagnóstico: este computador não conseguiu se conectar à OpenAI (src/checks/verdict.rs)

verdict-network-error = O Key Doctor não conseguiu se conectar à OpenAI. Verifique a conexão com a internet, a VPN ou o proxy e tente de novo.
verdict-network-error-cause = O Key Doctor não conseguiu se conectar à OpenAI: { $cause }. Verifique a conexão com a internet, a VPN ou o proxy e tente de novo.
verdict-network-intercepted = Algo na sua rede (muitas vezes o firewall da empresa ou um antivírus) está lendo as conexões seguras e mostra o próprio certificado no lugar do certificado da OpenAI, por isso o Key Doctor parou. Peça à equipe de TI para liberar api.openai.com ou para instalar neste computador o certificado desse firewall ou antivírus.
verdict-network-certificate-expired = O certificado apresentado para a OpenAI expirou, ou o relógio deste computador está errado. Confira a data e a hora deste computador; se estiverem certas, algo na sua rede está mostrando um certificado antigo: fale com a equipe de TI.
verdict-network-clock-behind = O relógio deste computador está atrasado, então o certificado da OpenAI parece ainda não ser válido. Acerte a data e a hora deste computador e verifique de novo.
verdict-network-wrong-name = O certificado apresentado foi emitido para outro nome, não para o da OpenAI: algo na sua rede está respondendo no lugar da OpenAI, ou o endereço da OpenAI em Configurações está errado. Confira o endereço ou fale com a equipe de TI.
verdict-network-certificate-revoked = Quem emitiu o certificado apresentado para a OpenAI o revogou, então o Key Doctor parou: algo na sua rede pode estar apresentando um certificado antigo ou roubado. Pergunte à sua equipe de TI; testar a partir de outra rede mostra se o problema é esta.
verdict-network-refused = O Key Doctor não conseguiu se conectar à OpenAI: { $cause }. Um firewall neste computador ou na rede pode estar bloqueando api.openai.com, ou o endereço da OpenAI está errado. Pergunte à equipe de TI se api.openai.com está bloqueado, ou confira o endereço em Configurações.
verdict-network-reset = O Key Doctor não conseguiu se conectar à OpenAI: { $cause }. Algo na sua rede encerrou a conexão, como um firewall faz com um site que ele bloqueia. Tente de novo; se continuar acontecendo, pergunte à equipe de TI se api.openai.com está bloqueado.
verdict-network-no-answer = O Key Doctor não conseguiu se conectar à OpenAI: { $cause }. A rede está muito lenta, ou um firewall descarta em silêncio as conexões com api.openai.com. Tente de novo; se continuar acontecendo, pergunte à equipe de TI se api.openai.com está bloqueado.
verdict-network-proxy-login = O proxy pelo qual este computador se conecta pediu um nome de usuário e uma senha e não recebeu nenhum, ou recebeu os errados. Peça esses dados à equipe de TI e coloque-os na configuração do proxy (no formato http://usuario:senha@proxy:porta).
verdict-network-proxy-refused = O proxy pelo qual este computador se conecta se recusou a abrir caminho até api.openai.com. Peça à equipe de TI para liberar api.openai.com no proxy.
verdict-network-proxy-unreachable = Não foi possível alcançar o proxy configurado neste computador, então nada saiu. Confira a configuração do proxy (HTTPS_PROXY) ou pergunte à equipe de TI qual proxy usar.
verdict-network-certificate = A conexão segura com a OpenAI foi recusada por causa do certificado apresentado: algo na sua rede não está como deveria. Pergunte à equipe de TI se algo inspeciona as conexões seguras.

## Frases de diagnóstico: o servidor de um site não conseguiu se conectar à OpenAI, a partir de um erro colado (src/checks/verdict.rs)
## As frases entre aspas são para a pessoa enviar à empresa de hospedagem.

verdict-host-dns = O servidor onde seu site ou app roda não consegue encontrar o endereço api.openai.com, então a solicitação nunca chegou à OpenAI; o problema não é a chave. Peça à sua empresa de hospedagem: “Por favor, verifiquem se o meu servidor consegue resolver api.openai.com (DNS).”
verdict-host-blocked = O servidor onde seu site ou app roda não conseguiu se conectar à OpenAI: normalmente é o firewall da hospedagem que bloqueia as conexões de saída; o problema não é a chave. Peça à sua empresa de hospedagem: “Por favor, liberem as conexões HTTPS de saída do meu site para api.openai.com na porta 443.”
verdict-host-timeout = O servidor onde seu site ou app roda esperou demais pela OpenAI e desistiu; o problema não é a chave. Tente de novo: respostas longas levam tempo. Se continuar acontecendo, aumente o tempo limite (timeout) do plugin ou peça à sua empresa de hospedagem para permitir que as solicitações de saída para api.openai.com durem até 60 segundos.
verdict-host-cut = A conexão com a OpenAI foi cortada ou fechada antes de chegar uma resposta; o problema não é a chave. Tente de novo. Se continuar acontecendo, pergunte à sua empresa de hospedagem: “Algum firewall, proxy ou filtro de segurança está cortando as conexões do meu site com api.openai.com?”
verdict-host-proxy = Um proxy entre o seu servidor e a OpenAI não deixou a solicitação passar: ele precisa de configuração ou de login. Informe o endereço, o usuário e a senha do proxy no lugar onde o seu app ou servidor pede um proxy, ou pergunte à sua empresa de hospedagem qual proxy usar.
verdict-host-certificates = O servidor onde seu site ou app roda não confia no certificado de segurança da OpenAI: a lista de certificados confiáveis dele está desatualizada, ou algo no caminho troca o certificado. Peça à sua empresa de hospedagem: “Por favor, atualizem os certificados de CA (ca-certificates ou cacert.pem) no meu servidor.”
verdict-host-clock = O relógio do servidor onde seu site ou app roda está errado, então o certificado de segurança da OpenAI parece ainda não ser válido. Peça à sua empresa de hospedagem para acertar o relógio do servidor (NTP).
verdict-host-old-tls = O servidor onde seu site ou app roda usa uma criptografia antiga demais para a OpenAI, que exige TLS 1.2 ou mais recente. Peça à sua empresa de hospedagem para atualizar o OpenSSL e o cURL, ou para passar seu site para uma versão atual do PHP.
verdict-host-unclear = A conexão do seu servidor com a OpenAI falhou, mas esta mensagem não diz por quê; o problema não é a chave. O motivo está nas linhas logo abaixo dela: cole aqui o erro inteiro. Ou pergunte à sua empresa de hospedagem: “Meu site não conseguiu se conectar a api.openai.com na porta 443. Os registros (logs) de vocês mostram alguma conexão de saída bloqueada ou com falha?”
verdict-host-firewall-page = Voltou uma página da web no lugar da resposta da OpenAI: um firewall bloqueou a solicitação. Se a página citar a Cloudflare, o firewall da OpenAI recusou o endereço do seu servidor; peça outro endereço de saída à sua empresa de hospedagem. Se ela citar a sua hospedagem (ModSecurity, Forbidden, Not Acceptable), peça à sua empresa de hospedagem para liberar as solicitações para api.openai.com.

## Frases de diagnóstico: quem respondeu não foi a OpenAI (src/checks/verdict.rs)

verdict-unexpected-response = A resposta não veio da OpenAI, então não foi possível verificar a chave. Pode haver no caminho um proxy, um firewall ou uma URL base errada.
verdict-unexpected-response-cause = A resposta não veio da OpenAI ({ $cause }), então não foi possível verificar a chave. Pode haver no caminho um proxy, um firewall ou uma URL base errada.
verdict-unexpected-web-page = Uma página da web respondeu no lugar da OpenAI, como faz a página de login da rede de um hotel, aeroporto ou escritório, ou um proxy. Abra qualquer página no navegador e faça login na rede, depois verifique de novo; se não houver onde fazer login, pergunte à equipe de TI sobre o proxy.
verdict-unexpected-session-key-required = Seu app pediu à OpenAI valores de faturamento que só o site da OpenAI mostra; nenhuma chave de API consegue lê-los. O problema não é a chave: atualize o app ou plugin, ou veja os valores na página “Billing” (Faturamento).

## Se tentar de novo adianta, dito depois de cada frase de diagnóstico, menos a de uma chave que funciona (src/checks/verdict.rs)

verdict-retry-helps = Tentar de novo daqui a um minuto pode ajudar.
verdict-retry-will-not-help = Tentar de novo não vai adiantar enquanto isso não for corrigido.

## Frases ditas no lugar da frase do próprio diagnóstico (src/checks/runner.rs, src/checks/explain.rs)

verdict-responses-trap = Esta chave tem restrições e não pode usar os modelos. Abra as configurações da chave e coloque “Model capabilities” (Recursos do modelo) em “Request” (Solicitação); marcar só “Responses” (Respostas) não basta. Tentar de novo não vai adiantar enquanto isso não for corrigido.
verdict-explain-not-recognised = O Key Doctor não reconhece esta mensagem como um problema com uma chave da OpenAI, nem com a conexão com a OpenAI. Para saber se a chave em si funciona, verifique-a na página Chaves: a verificação é gratuita.
verdict-explain-empty = Não há nada para explicar: cole primeiro o texto do erro.

## Observações sob um diagnóstico (src/checks/verdict.rs, src/checks/runner.rs, src/checks/explain.rs)

verdict-note-role = Se a chave já permite isso, o que falta pode ser a sua função: na organização, você precisa ser “Writer” (Editor) ou “Owner” (Proprietário), e no projeto, “Member” (Membro) ou “Owner” (Proprietário). Um proprietário pode mudar as funções na página “Members” (Membros).
verdict-note-contains-key = O texto contém uma chave de API inteira. O Key Doctor não a guardou nem a mostrou, mas qualquer pessoa que veja este texto pode usar a chave: não publique o texto em lugar nenhum.
verdict-note-first-failed = A primeira verificação que falhou foi { $permission } — { $level }.
verdict-note-cannot-know-verification = Uma verificação gratuita não mostra se a sua organização já passou pela verificação da OpenAI, que alguns modelos exigem (como gpt-image-1 e o3). A página de configurações “General” (Geral) da organização mostra isso: platform.openai.com/settings/organization/general.
verdict-note-unanswered = { $unanswered } das { $total } verificações de permissão não tiveram uma resposta utilizável (problema de rede ou de servidor); as linhas delas mostram “{ verdict-status-error }”.
verdict-note-ipv6-silent = A OpenAI não respondeu por IPv6, a forma mais nova de conexão, então o Key Doctor usou IPv4, que funciona. Apps nesta rede podem travar ou falhar do mesmo jeito: peça à sua equipe de TI ou à empresa de hospedagem que verifique o IPv6 até api.openai.com.

## Permissões, com os nomes da tela de permissões de chave da OpenAI (src/checks/probes.rs)
## A tela só existe em inglês: o nome fica em inglês, com a tradução entre parênteses.

verdict-permission-key = Chave
verdict-permission-models = Models (Modelos)
verdict-permission-model-capabilities = Model capabilities (Recursos do modelo)
verdict-permission-quota = Cota e acesso ao modelo
verdict-permission-responses = Responses (Respostas)
verdict-permission-assistants = Assistants (Assistentes)
verdict-permission-threads = Threads (Conversas)
verdict-permission-files = Files (Arquivos)
verdict-permission-fine-tuning = Fine-tuning (Ajuste fino)
verdict-permission-batches = Batches (Lotes)
verdict-permission-vector-stores = Vector stores (Bases vetoriais)
verdict-permission-evals = Evals (Avaliações)
verdict-permission-usage = Usage (Uso)
verdict-permission-organization = Administração da organização
verdict-level-valid = Válida
verdict-level-read = Read (Leitura)
verdict-level-write = Write (Gravação)
verdict-level-request = Request (Solicitação)

## Permissões que faltam, dentro de uma frase: “Files (Arquivos) no nível Write (Gravação) e Evals (Avaliações) no nível Read (Leitura)” (src/checks/verdict.rs)

verdict-scope-level-read = Read (Leitura)
verdict-scope-level-write = Write (Gravação)
verdict-scope-level-request = Request (Solicitação)
verdict-scope-with-levels = { $permission } no nível { $levels }
verdict-list-comma = { $first }, { $next }
verdict-list-and = { $first } e { $last }
verdict-scopes-more = { $count ->
    [one] mais uma permissão
   *[other] mais { $count } permissões
  }
verdict-scopes-unnamed = { $count ->
    [one] uma permissão que o Key Doctor não conhece pelo nome
   *[other] { $count } permissões que o Key Doctor não conhece pelo nome
  }

## A coluna de situação e as observações da tabela de permissões (src/checks/report.rs)

verdict-status-granted = Concedida
verdict-status-missing = Faltando
verdict-status-unknown = Desconhecida
verdict-status-error = Erro ao verificar

## O que a verificação encontrou além do diagnóstico (src/checks/report.rs)

verdict-tier = Nível de uso { $tier } (deduzido dos limites por minuto)
verdict-tier-free = Nível gratuito (deduzido dos limites por minuto)
verdict-organization = { $name } ({ $id })
verdict-organization-with-role = { $name } ({ $id }), sua função: { $role }
verdict-organization-untitled = sem nome

## “Copiar relatório”: texto simples para quem for ajudar; a chave nunca aparece nele (src/checks/report.rs)

verdict-report-title = Relatório do Key Doctor ({ $checked_at })
verdict-report-key = Chave: { $kind } { $redacted } (origem: { $source })
verdict-report-verdict = Diagnóstico: { $title } [{ $code }]
verdict-report-fix = Como corrigir: { $url }
verdict-report-note = Observação: { $note }
verdict-report-openai-code = Código da OpenAI: { $sub_code }
verdict-report-missing-scopes = Escopos que faltam: { $scopes }
verdict-report-openai-said = A OpenAI disse: { $message }
verdict-report-permissions = Permissões:
verdict-report-permission = { $permission } — { $level }: { $status }
verdict-report-permission-with-status = { $permission } — { $level }: { $status } (HTTP { $http_status })
verdict-report-organization = Organização: { $organization }
verdict-report-rate-limits = Limites por minuto: { $requests } solicitações/min, { $tokens } tokens/min
verdict-report-rate-limits-with-tier = Limites por minuto: { $requests } solicitações/min, { $tokens } tokens/min ({ $tier })
verdict-report-request-ids = IDs das solicitações: { $ids }
verdict-report-checked-in = Tempo da verificação: { $milliseconds } ms.

## O que era uma resposta que não veio da OpenAI, dito dentro de uma frase de diagnóstico (src/checks/runner.rs)

verdict-answer-redirect = o servidor respondeu HTTP { $status }, mandando o Key Doctor para outro endereço; esse redirecionamento não é seguido, para que a chave não seja enviada a outro lugar
verdict-answer-empty = o servidor respondeu HTTP { $status } com uma resposta vazia
verdict-answer-not-json = HTTP { $status } com um conteúdo que não é o JSON da OpenAI
verdict-answer-text = HTTP { $status }: { $text }
verdict-check-stopped = a verificação foi interrompida

## Passos sob um diagnóstico, para a página que o botão de correção abre (src/checks/fix_steps.rs)
## Os nomes de botões e campos entre aspas são os da OpenAI, que só existem em inglês:
## ficam em inglês, com a tradução entre parênteses.

verdict-step-sign-in = Faça login em platform.openai.com, se o site pedir.
verdict-step-key-by-name = a chave que você chama de “{ $name }”
verdict-step-key-by-last-four = a chave que termina em { $last_four } (no Key Doctor, ela se chama “{ $name }”)
verdict-step-look-for-key = Procure { $key } na lista. Se ela não estiver lá, é porque foi excluída.
verdict-step-create-key = Clique em “Create new secret key” (Criar nova chave secreta), dê um nome à chave, escolha o projeto e crie a chave.
verdict-step-copy-new-key = Copie a nova chave (a OpenAI só a mostra uma vez). Adicione-a aqui com “Adicionar uma chave” e depois coloque-a no seu app ou plugin, no lugar da antiga.
verdict-step-find-key = Encontre { $key } na lista.
verdict-step-edit-key = Clique no botão do lápis, “Edit” (Editar), na linha dela.
verdict-step-allow-permissions = Em “Permissions” (Permissões), escolha “All” (Todas), ou mantenha “Restricted” (Restrita) e libere { $permissions }.
verdict-step-what-app-needs = o que o seu app precisa
verdict-step-save-key = Clique em “Save” (Salvar). A chave continua a mesma: nada muda no seu app.
verdict-step-create-admin-key = Clique em “Create new admin key” (Criar nova chave Admin) e dê um nome a ela.
verdict-step-copy-admin-key = Copie a nova chave (a OpenAI só a mostra uma vez) e adicione-a no Key Doctor com “Adicionar uma chave”.
verdict-step-add-credit = Clique em “Add to credit balance” (Adicionar ao saldo de crédito). Se ainda não houver uma forma de pagamento, adicione uma.
verdict-step-pay = Escolha um valor e confirme o pagamento.
verdict-step-credit-arrives = As solicitações voltam a funcionar alguns minutos depois que o crédito entra.
verdict-step-organization-budget = Encontre o orçamento mensal da organização (o limite de gastos dela).
verdict-step-raise-organization-budget = Aumente-o para um valor acima do que você gasta e salve.
verdict-step-allow-model = Encontre a lista de modelos que este projeto pode usar e libere { $model }.
verdict-step-your-model = o modelo que o seu app usa
verdict-step-save-limits = Clique em “Save” (Salvar). A chave continua a mesma: nada muda no seu app.
verdict-step-project-budget = Encontre o orçamento do projeto (o limite de gastos dele).
verdict-step-raise-project-budget = Aumente-o para um valor acima do que o projeto gasta e salve.
verdict-step-verify = Clique em “Verify Organization” (Verificar organização) e siga as etapas (será pedido um documento de identidade).
verdict-step-verification-takes-time = A verificação pode demorar; o modelo passa a funcionar assim que ela terminar.
verdict-step-read-organization-id = Anote o “Organization ID” (ID da organização) que aparece na página.
verdict-step-use-organization-id = Onde o seu app ou plugin pedir uma organização, use esse ID, ou deixe o campo vazio.
verdict-step-allowlist-add = Adicione à lista de IPs permitidos o endereço do computador ou servidor onde o seu app roda (a hospedagem pode informar esse endereço).
verdict-step-allowlist-save = Clique em “Save” (Salvar).

## Códigos que outros provedores acrescentaram (as frases deles estão em providers.ftl).
verdict-title-retired-key-kind = Tipo antigo de chave
verdict-title-login-token = Não é uma chave de API
verdict-title-endpoint-required = Falta o ponto de extremidade
verdict-title-api-not-enabled = API não ativada
verdict-retired-key-kind = Esta chave é de um tipo que o provedor dela não aceita mais. Crie uma nova chave e coloque-a no seu app.
verdict-login-token = Isto é um token de login, não uma chave de API. Crie uma chave de API e coloque-a no seu app.
verdict-endpoint-required = Esta chave só pode ser verificada junto com o endereço do recurso dela (o ponto de extremidade).
verdict-api-not-enabled = A API do provedor não está ativada no projeto desta chave.
