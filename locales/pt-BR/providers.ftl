## Outros provedores além da OpenAI: seus diagnósticos, botões de correção, dados e o que uma verificação gratuita consegue saber.
## $provider é o nome do próprio provedor (Anthropic, Google Gemini, OpenRouter, Groq, Mistral,
## Azure OpenAI, xAI, DeepSeek); $cause é o que deu errado no caminho, nas palavras do Key Doctor.

# Diagnósticos que todos os provedores têm em comum.
provider-invalid-key = { $provider } não aceita esta chave: ela tem um erro de digitação, foi excluída ou nunca esteve ativa. Crie uma nova chave na página de chaves de { $provider } e coloque-a no seu app.
provider-no-credit = { $provider } informa que a conta desta chave está sem crédito. Adicione crédito na página de faturamento de { $provider }.
provider-forbidden = { $provider } aceitou esta chave, mas recusou o que foi pedido: a chave, ou a conta dela, talvez não tenha permissão para isso.
provider-rate-limited = { $provider } está limitando agora quantas solicitações esta chave pode fazer.
provider-server-error = { $provider } teve um problema ao responder. A culpa não é da sua chave; tente de novo daqui a alguns minutos.
provider-overloaded = { $provider } está com sobrecarga no momento. A culpa não é da sua chave; tente de novo daqui a alguns minutos.
provider-network-error = O Key Doctor não conseguiu se conectar a { $provider }: { $cause }. Verifique a conexão com a internet, a VPN ou o proxy e tente de novo.
provider-unexpected = A resposta não veio de { $provider } como esperado, então não foi possível verificar a chave. Pode haver no caminho um proxy, um firewall ou um endereço errado.
provider-model-not-found = { $provider } não reconhece o modelo que o seu app pediu, ou esta chave não pode usá-lo. Escolha outro modelo nas configurações do seu app.
provider-region = { $provider } não atende o país ou a região de onde veio esta solicitação.
provider-endpoint-required = Uma chave do Azure OpenAI só funciona com o endereço do recurso dela (o ponto de extremidade, como https://seu-nome.openai.azure.com). Adicione o ponto de extremidade a esta chave e verifique de novo: os dois estão na página “Keys and Endpoint” (Chaves e Ponto de Extremidade) do recurso, no portal do Azure.
provider-address-unusable = O endereço definido para { $provider } não pode ser usado (só são permitidos endereços https://, exceto neste computador). Corrija-o e verifique de novo.
provider-base-url-refused = O endereço de { $provider } em { $source } não pode ser usado: { $problem }

# Botões de correção.
provider-fix-keys = Abrir a página de chaves de { $provider }
provider-fix-billing = Abrir a página de faturamento de { $provider }
provider-fix-limits = Abrir a página de limites de { $provider }
provider-fix-countries = Ver os países atendidos
provider-fix-enable-api = Ativar a API do Gemini
provider-fix-credentials = Abrir as credenciais do Google Cloud
provider-fix-deployments = Abrir o Azure AI Foundry
provider-fix-deprecations = Ver quais modelos o substituem
provider-fix-network-help = Abrir a ajuda de rede do Azure
provider-fix-quota = Pedir mais cota ao Azure

# Dados que uma verificação gratuita leu.
provider-fact-balance = Saldo: { $amount } { $currency }.
# $reset: de quanto em quanto tempo o limite recomeça, como o OpenRouter informa (daily, weekly, monthly ou never).
provider-fact-key-limit = Limite de gastos desta chave: restam { $remaining } de { $limit } ({ $reset ->
        [daily] recomeça todo dia
        [weekly] recomeça toda semana
        [monthly] recomeça todo mês
        [never] não recomeça
       *[other] recomeça: { $reset }
    }).
provider-fact-spent = Gasto com esta chave até agora: { $amount }.
provider-fact-expires = Esta chave expira em { $date }.

# Anthropic.
provider-anthropic-works = Esta chave da Anthropic funciona. A Anthropic só informa se você tem crédito quando uma solicitação é feita: se o seu app disser que o seu saldo de crédito está baixo demais, adicione crédito na página “Billing” (Faturamento).
provider-anthropic-no-credit = Seu saldo de crédito na Anthropic está baixo demais. Adicione crédito na página “Billing” (Faturamento); se já fez isso, confira se esta chave pertence à organização pela qual você pagou.
provider-anthropic-org-disabled = A Anthropic desativou a organização a que esta chave pertence. Se a sua conta do Claude funciona, esta chave pode ser uma antiga, de outra organização: crie uma nova chave no console da Anthropic.
provider-anthropic-login-token = Isto é um token de login de uma assinatura do Claude, não uma chave de API: apps e plugins não podem usá-lo. Crie uma chave de API no console da Anthropic (ela começa com sk-ant-api03-) e coloque-a no seu app.
provider-anthropic-rate-limited = A Anthropic está limitando agora as solicitações desta organização (o limite por minuto dela). Limites maiores vêm com mais gastos; a página “Limits” (Limites) mostra os seus.
provider-anthropic-can-tell = Se a chave é aceita; uma chave Admin é verificada na lista de chaves da organização.
provider-anthropic-cannot-tell = Se ainda há crédito (a Anthropic só informa isso quando uma solicitação é feita) e os limites por minuto.

# Google Gemini.
provider-gemini-works = Esta chave do Gemini funciona. O Google não informa a uma verificação gratuita se o projeto paga ou usa o nível gratuito: se o seu app disser que a cota foi excedida, configure o faturamento do projeto no AI Studio.
provider-gemini-retired-key = O Google não aceita mais chaves deste tipo antigo (que começam com AIza) para o Gemini. Crie uma nova chave no Google AI Studio e coloque-a no seu app.
provider-gemini-standard-key = O Google ainda aceitou esta chave, mas as chaves deste tipo antigo (que começam com AIza) estão sendo descontinuadas para o Gemini. Crie uma nova chave no Google AI Studio e substitua esta antes que ela pare de funcionar.
provider-gemini-leaked = O Google bloqueou esta chave porque ela foi encontrada em público (por exemplo, num site ou em código compartilhado). Crie uma nova chave no Google AI Studio e mantenha-a em sigilo.
provider-gemini-expired = Esta chave do Gemini expirou. Crie uma nova chave no Google AI Studio e coloque-a no seu app.
provider-gemini-not-enabled = A API do Gemini não está ativada no projeto do Google Cloud desta chave. Ative-a, espere alguns minutos e verifique de novo.
provider-gemini-blocked = Esta chave do Google está restrita a outros serviços do Google, não ao Gemini. Libere a API do Gemini (Generative Language API) nas restrições da chave, ou crie uma nova chave no Google AI Studio.
provider-gemini-suspended = O Google suspendeu esta chave ou o projeto dela. Crie uma nova chave no Google AI Studio; se isso também falhar, fale com o suporte do Google.
provider-gemini-prepay = O crédito pré-pago deste projeto do Gemini acabou. Adicione crédito ao projeto no AI Studio.
provider-gemini-no-free-quota = Este modelo não tem cota gratuita: o projeto precisa de faturamento para poder usá-lo. Configure o faturamento do projeto no AI Studio.
provider-gemini-free-tier = Este projeto está no nível gratuito do Gemini e já usou a cota por enquanto. Espere, ou configure o faturamento no AI Studio para ter limites maiores.
provider-gemini-can-tell = Se a chave é aceita, se é de um tipo que o Google ainda aceita e se pode usar a API do Gemini.
provider-gemini-cannot-tell = Nível gratuito ou pago, crédito pré-pago e limites por minuto (só um erro do seu app mostra isso).

# OpenRouter.
provider-openrouter-works = Esta chave do OpenRouter funciona. O saldo da sua conta só aparece para uma chave de gerenciamento: se o seu app disser que os créditos são insuficientes, adicione créditos na página “Credits” (Créditos).
provider-openrouter-key-limit = Esta chave atingiu o limite de gastos definido para ela. Aumente o limite da chave na página de chaves do OpenRouter, ou use outra chave.
provider-openrouter-never-bought = Esta conta do OpenRouter nunca comprou créditos. Confira se a chave é da conta certa e depois compre créditos na página “Credits” (Créditos).
provider-openrouter-no-credit = Esta conta do OpenRouter não tem créditos suficientes para esta solicitação. Adicione créditos na página “Credits” (Créditos).
provider-openrouter-free-daily = Esta conta já usou hoje as solicitações a modelos gratuitos. Adicionar pelo menos 10 créditos aumenta o limite diário.
provider-openrouter-fact-free-tier = Esta conta nunca comprou créditos, então os modelos gratuitos estão limitados a 50 solicitações por dia.
provider-openrouter-fact-paid = Esta conta já comprou créditos.
provider-openrouter-can-tell = Se a chave é aceita, o limite de gastos definido na chave e quanto resta dele, e se a conta já comprou créditos.
provider-openrouter-cannot-tell = O saldo de créditos da conta (só uma chave de gerenciamento consegue ler).

# Groq.
provider-groq-works = Esta chave da Groq funciona. A Groq cobra depois, então uma verificação gratuita não vê quanto você gasta; os limites por minuto que ela leu estão abaixo.
provider-groq-fact-free-plan = Esta organização está no plano gratuito da Groq.
provider-groq-fact-paid-plan = Esta organização está num plano pago da Groq.
provider-groq-restricted = A Groq restringiu esta organização. Fale com o suporte da Groq se achar que isso é um engano.
provider-groq-blocked = A rede na frente da Groq bloqueou esta solicitação (isso pode acontecer a partir de alguns países, VPNs ou servidores compartilhados). Tente de outra rede, ou pergunte à sua empresa de hospedagem.
provider-groq-decommissioned = A Groq não oferece mais o modelo que o seu app pediu. Escolha um modelo mais novo nas configurações do seu app.
provider-groq-rate-limited = Esta organização da Groq atingiu o limite de solicitações. Espere, ou passe para o nível “Developer” na página de faturamento para ter limites maiores.
provider-groq-can-tell = Se a chave é aceita, se o plano é gratuito ou pago, e os limites por minuto.
provider-groq-cannot-tell = Quanto você gasta (a Groq cobra depois).

# Mistral.
provider-mistral-works = Esta chave da Mistral funciona. Uma verificação gratuita não vê os gastos do seu plano: se o seu app disser que um limite foi atingido, veja a página “Billing” (Faturamento).
provider-mistral-invalid = A Mistral não aceita esta chave: ela tem um erro de digitação, foi excluída, ou o espaço de trabalho dela ainda não tem um plano ativo. Escolha um plano no console da Mistral, ou crie uma nova chave.
provider-mistral-can-tell = Se a chave é aceita.
provider-mistral-cannot-tell = O plano, os gastos e os limites por minuto.

# Azure OpenAI.
provider-azure-works = Esta chave do Azure OpenAI funciona com este ponto de extremidade. Uma verificação gratuita não vê as suas implantações nem a cota delas: se o seu app disser que falta uma implantação ou que ela passou do limite, abra o Azure AI Foundry.
provider-azure-invalid = O Azure não aceita esta chave neste ponto de extremidade: a chave está errada, ou o ponto de extremidade é de outro recurso. Copie os dois de novo da página “Keys and Endpoint” (Chaves e Ponto de Extremidade) do recurso, no portal do Azure.
provider-azure-firewall = As regras de rede deste recurso do Azure não deixam este computador entrar. Libere esta rede nas configurações “Networking” (Rede) do recurso, ou peça a quem administra o recurso.
provider-azure-deployment = O Azure não tem nenhuma implantação com o nome que o seu app usa. Confira o nome da implantação no Azure AI Foundry (uma implantação nova pode levar cinco minutos para aparecer).
provider-azure-daily = Este recurso do Azure usou a cota diária ou o crédito de avaliação. Espere até amanhã, ou passe para o pagamento conforme o uso.
provider-azure-rate-limited = Esta implantação do Azure passou do limite por minuto por enquanto. Peça mais cota ao Azure, ou espere um minuto.
provider-azure-not-found = O Azure não reconhece o endereço que o seu app usa: o ponto de extremidade ou a versão da API está errado. Copie o ponto de extremidade de novo do portal do Azure.
provider-azure-can-tell = Se a chave e o ponto de extremidade funcionam juntos.
provider-azure-cannot-tell = As implantações, a cota delas e o faturamento.

# xAI.
provider-xai-works = Esta chave da xAI funciona. Seus créditos só aparecem com uma chave de gerenciamento: se o seu app disser que a sua equipe usou todos os créditos disponíveis, adicione créditos ou aumente o limite de gastos no console da xAI.
provider-xai-no-credit = Esta equipe da xAI usou todos os créditos ou atingiu o limite de gastos mensal. Adicione créditos ou aumente o limite no console da xAI.
provider-xai-key-disabled = Esta chave da xAI está desativada ou bloqueada. Ative-a de novo no console da xAI, ou crie uma nova chave.
provider-xai-team-blocked = A xAI bloqueou a equipe a que esta chave pertence. Fale com o suporte da xAI pelo console.
provider-xai-fact-acls = Esta chave só pode usar: { $acls }.
provider-xai-can-tell = Se a chave é aceita, se está desativada ou bloqueada, e quais modelos ela pode usar.
provider-xai-cannot-tell = Créditos e gastos (só uma chave de gerenciamento consegue ler).

# DeepSeek.
provider-deepseek-works = Esta chave da DeepSeek funciona e a conta dela tem saldo para gastar.
provider-deepseek-no-balance = Esta conta da DeepSeek não tem saldo que possa gastar em chamadas à API. Recarregue o saldo na plataforma da DeepSeek.
provider-deepseek-can-tell = Se a chave é aceita, e o saldo da conta.
provider-deepseek-cannot-tell = Os limites por minuto.

# OpenAI (para a tabela do que cada verificação gratuita consegue saber).
provider-openai-can-tell = Se a chave é aceita, cada permissão, a organização e o projeto, os limites por minuto e o nível de uso.
provider-openai-cannot-tell = O crédito que resta (uma chave Admin lê o que foi gasto) e se a organização é verificada.

# Títulos de um diagnóstico (listas e selos) quando o título do próprio código cita a OpenAI.
provider-title-network-error = Sem conexão com { $provider }
provider-title-server-error = { $provider } teve um problema

# Linhas de “Copiar relatório” para a chave de outro provedor.
provider-report-code = Código de { $provider }: { $sub_code }
provider-report-said = { $provider } disse: { $message }

# Dados da OpenRouter adicionados após a revisão.
provider-fact-key-limit-once = Limite de gastos desta chave: restam { $remaining } de { $limit } (ele não é renovado).
provider-openrouter-fact-management-key = Esta é uma chave de gerenciamento: ela gerencia chaves e consulta o saldo da conta, mas os apps não conseguem usar modelos com ela.
