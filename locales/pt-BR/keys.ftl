## Página Chaves: cabeçalho e barra de ferramentas (src/gui/views/keys.rs)

keys-title = Suas chaves
keys-open-env-file = Abrir um arquivo .env
keys-paste-env-text = Colar o texto de um .env
keys-check-all = Verificar todas
keys-check-all-progress = { $done } de { $total } verificadas
keys-stop-checking = Parar a verificação
keys-cancel = Cancelar

## Página Chaves: sem chaveiro (src/gui/views/keys.rs)

keys-no-keychain-title = Não foi possível abrir o chaveiro
keys-no-keychain = O Key Doctor não conseguiu abrir o chaveiro deste computador, onde ele guarda as chaves com segurança. Você pode guardar as chaves só durante esta sessão, ou fazer login no computador e depois abrir o Key Doctor de novo.
keys-keychain-locked = O seu chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (faça login no computador ou abra o app de chaveiro) e abra o Key Doctor de novo. Ou guarde as chaves só durante esta sessão.
keys-keep-for-session = Guardar as chaves só durante esta sessão

## Página Chaves: abrir um arquivo .env pelo caminho (src/gui/views/keys.rs)

keys-path-title = Abrir um arquivo .env pelo caminho
keys-path-explained = Nenhum arquivo foi aberto. Digite ou cole aqui o caminho do arquivo (~ é a sua pasta pessoal), arraste o arquivo para esta janela, ou cole o texto dele com “{ keys-paste-env-text }”.
keys-path-label = Caminho do arquivo .env
keys-open-this-file = Abrir este arquivo

## Página Chaves: colar o texto de um arquivo .env (src/gui/views/keys.rs)

keys-paste-title = Colar o texto de um arquivo .env
keys-paste-explained = O Key Doctor lê as configurações da OpenAI que estão no texto; nada é enviado a lugar nenhum.
keys-paste-keyboard = Ctrl+Enter lê o texto; Esc fecha esta janela.
keys-read-pasted-text = Ler o texto colado

## Página Chaves: cartão de boas-vindas, mostrado enquanto não há nenhuma chave guardada (src/gui/views/keys.rs)

keys-welcome-title = Boas-vindas ao Key Doctor
keys-welcome-intro = O Key Doctor diz, em uma frase, por que uma chave de API da OpenAI não funciona e qual página em platform.openai.com resolve o problema.
keys-welcome-kept-in-keychain = Suas chaves ficam guardadas no chaveiro do sistema, nunca em um arquivo comum.
keys-welcome-kept-for-session = As chaves que você adicionar agora ficam guardadas só até você fechar o Key Doctor.
keys-welcome-open-file = Ou abra o arquivo .env que o seu app ou o seu desenvolvedor passou para você (você também pode arrastá-lo para esta janela):
keys-welcome-demo-loading = Modo de demonstração: as chaves de exemplo estão carregando.
keys-welcome-try-demo = Para conhecer o app primeiro, experimente o Key Doctor com chaves de exemplo. Nada é enviado à OpenAI, e você não precisa ter uma chave.

## Página Chaves: o formulário para adicionar uma chave (src/gui/views/keys.rs)

keys-add-a-key = Adicionar uma chave
keys-api-key = Chave de API
keys-name-optional = Nome (opcional)
# Um nome de exemplo, mostrado no campo de nome vazio.
keys-name-example = Chatbot do site
keys-storing = Guardando a chave…
keys-add-key = Adicionar chave
keys-add-kept = { $place ->
    [keychain] Fica guardada no chaveiro do sistema.
   *[session] Fica guardada só até você fechar o Key Doctor.
  }
keys-open-api-keys-page = Abrir a página “API keys” (Chaves de API)
keys-not-a-key = Isto não é uma chave de API da OpenAI. Uma chave é uma palavra longa que começa com sk-proj-, sk-svcacct- ou sk-admin- (chaves mais antigas: sk-). Copie a chave da página “API keys” (Chaves de API) em platform.openai.com, ou das configurações do app para o qual ela foi criada.
keys-not-stored = A chave não foi guardada. { $reason }
keys-which-service = De qual serviço é esta chave?
keys-endpoint = Ponto de extremidade
keys-endpoint-why = Uma chave do Azure OpenAI só funciona com o ponto de extremidade do recurso dela: os dois estão na página “Keys and Endpoint” (Chaves e Ponto de Extremidade) do recurso, no portal do Azure.
keys-endpoint-needed = Digite o ponto de extremidade do recurso do Azure OpenAI desta chave (como https://seu-recurso.openai.azure.com): sem ele, não é possível verificar a chave.
keys-endpoint-refused = Este ponto de extremidade não pode ser usado: { $problem }

## Página Chaves: a lista de chaves (src/gui/views/keys.rs)

keys-status-checking = Verificando…
keys-status-missing = Não está mais no chaveiro
keys-status-not-checked = Ainda não verificada
keys-status-last-check = Última verificação: { $verdict }
keys-need-attention = { $count ->
    [one] { $count } das { $total } chaves precisa de atenção.
   *[other] { $count } das { $total } chaves precisam de atenção.
  }
keys-show-all = Mostrar todas as chaves
keys-find = Procurar uma chave
keys-find-hint = nome, tipo ou arquivo
keys-needs-attention-only = Só as que precisam de atenção
keys-provider-filter = Provedor
keys-all-providers = Todos os provedores
keys-group-project = Chaves de projeto
keys-group-service-account = Chaves de conta de serviço
keys-group-user = Chaves de usuário (sem projeto)
keys-group-legacy-user = Chaves de usuário antigas
keys-group-admin = Chaves Admin
keys-group-other = Outras chaves
keys-no-match = Nenhuma chave corresponde a “{ $words }”. Mude as palavras, ou limpe a busca para ver todas as chaves.
keys-clear-search = Limpar a busca
keys-none-need-attention = Nenhuma chave precisa de atenção agora.

## Página Chaves: a chave selecionada (src/gui/views/keys.rs)

keys-select-a-key = Selecione uma chave à esquerda.
keys-missing-title = A chave não foi encontrada
keys-missing = Adicione a chave de novo ou exclua este item: o seu chaveiro não guarda mais esta chave (talvez ela tenha sido removida de lá).
keys-add-again = Adicionar a chave de novo
keys-not-checked-yet = Clique em Verificar para saber se esta chave funciona. Não custa nada: nenhum token é usado.
keys-works-now = Esta chave funciona agora — o seu app ou plugin pode usá-la.
keys-fix-steps-title = O que fazer nessa página
keys-sent-with-key = O Key Doctor envia a organização e o projeto que vieram com esta chave. Para verificar só a chave, pare de enviá-los; depois, mude a mesma configuração no seu app.
keys-stop-sending = Parar de enviá-los e verificar de novo
keys-new-key-next = Quando tiver a nova chave, adicione-a aqui e depois coloque-a no seu app ou plugin.
keys-add-new-key = Adicionar a nova chave
keys-changed-check-again = Já mudei — verificar de novo
keys-fix-loop-gave-up = { $minutes ->
    [one] O Key Doctor parou de verificar depois de { $minutes } minuto. Clique em Verificar depois de fazer a mudança.
   *[other] O Key Doctor parou de verificar depois de { $minutes } minutos. Clique em Verificar depois de fazer a mudança.
  }
keys-fix-loop-still-failing = Ainda não funciona. A OpenAI pode levar alguns minutos para aplicar uma mudança; o Key Doctor verifica de novo { $seconds ->
    [one] a cada segundo
   *[other] a cada { $seconds } segundos
  } por até { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  } enquanto esta janela estiver aberta.
keys-fix-loop-checking = O Key Doctor verifica esta chave de novo { $seconds ->
    [one] a cada segundo
   *[other] a cada { $seconds } segundos
  } por até { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  } enquanto esta janela estiver aberta. Não custa nada.
keys-new-name = Novo nome
keys-save = Salvar
# $source: de onde a chave veio (por exemplo “OPENAI_API_KEY em loja/.env”).
keys-facts = { $kind } · { $redacted } · origem: { $source }
keys-facts-pasted = { $kind } · { $redacted } · colada no Key Doctor
keys-spend = { $amount }, como mostra a página Uso.
keys-project = Projeto: { $project }
keys-endpoint-of-key = Ponto de extremidade: { $endpoint }
keys-address-of-key = Endereço: { $address }
keys-check = Verificar
keys-copy-report = Copiar relatório
keys-copy-key = Copiar chave
keys-copy-key-hover = Copia a chave inteira para a área de transferência
keys-rename = Renomear
keys-delete = Excluir
keys-hide = Ocultar ({ $seconds } s)
keys-reveal = Mostrar
keys-reveal-hover = Mostra a chave inteira por alguns segundos

## Página Chaves: excluir uma chave (src/gui/views/keys.rs)

keys-delete-title = Excluir “{ $name }”?
keys-delete-forgets = { $place ->
    [keychain] O Key Doctor vai esquecer esta chave e removê-la do chaveiro do sistema.
   *[session] O Key Doctor vai esquecer esta chave (ela estava guardada só durante esta sessão).
  }
keys-delete-no-copy = A OpenAI nunca mais mostra a chave inteira: se você não tiver outra cópia, não vai ser possível recuperá-la.
keys-delete-still-works = Excluir a chave aqui não a desativa: ela continua funcionando na OpenAI até você revogá-la na página “API keys” (Chaves de API).
keys-delete-no-copy-of = Pode ser que { $provider } não mostre a chave inteira de novo: se você não tiver outra cópia, não vai ser possível recuperá-la.
keys-delete-still-works-of = Excluir a chave aqui não a desativa: ela continua funcionando até você excluí-la na página de chaves de { $provider }.
keys-delete-undo = Você pode desfazer isso por alguns segundos.
keys-delete-confirm = Excluir a chave
keys-keep-it = Manter

## Página Chaves: o que a verificação encontrou (src/gui/views/keys.rs)

keys-permissions = Permissões
keys-for-a-developer = Para um desenvolvedor
keys-copy-lines = Copiar estas linhas
keys-history = Histórico de verificações ({ $count })
keys-history-line = { $date }, { $time } — { $verdict }
keys-organization = Organização: { $organization }
keys-projects = Projetos: { $projects }
keys-usage-tier = Nível de uso: { $tier }
keys-rate-limits = Limites por minuto: { $requests } solicitações e { $tokens } tokens
keys-rate-limits-of = Limites informados por { $provider }: { $requests } solicitações e { $tokens } tokens.
keys-reach-can-tell = O que uma verificação gratuita consegue saber
keys-reach-cannot-tell = O que ela não consegue saber
keys-title-network-error-of = Sem conexão com { $provider }
keys-title-server-error-of = { $provider } teve um problema

## Página Chaves: as linhas “Para um desenvolvedor” (src/gui/keys.rs)

keys-fact-verdict-code = Código do diagnóstico
keys-fact-http-status = Status HTTP
keys-fact-openai-code = Código da OpenAI
keys-fact-missing-scopes = Escopos que faltam
keys-fact-openai-said = A OpenAI disse
keys-fact-provider-code = Código de { $provider }
keys-fact-provider-said = { $provider } disse
keys-fact-request-ids = IDs das solicitações
keys-fact-checked-in = Duração da verificação
keys-fact-milliseconds = { $milliseconds } ms

## Página Chaves: avisos (src/gui/keys.rs)

keys-full-key-copied = A chave inteira foi copiada para a área de transferência. Cole-a só onde ela deve ser usada.
keys-all-work = { $count ->
    [one] A chave funciona.
   *[other] Todas as { $count } chaves funcionam.
  }
keys-kept-for-session = As chaves ficam guardadas só durante esta sessão: elas são esquecidas quando o Key Doctor fecha.
keys-developer-details-copied = Os detalhes para o desenvolvedor foram copiados.
keys-check-stopped = { $total ->
    [one] A verificação parou depois de { $done } de { $total } chave.
   *[other] A verificação parou depois de { $done } de { $total } chaves.
  }
keys-report-copied = O relatório foi copiado. Ele mostra só uma parte da chave, então você pode enviá-lo a quem estiver ajudando você.
keys-deleted = { $place ->
    [keychain] A chave “{ $name }” foi excluída. Ela sai do chaveiro do sistema quando o botão Desfazer sumir.
   *[session] A chave “{ $name }” foi excluída. Você pode recuperá-la enquanto o botão Desfazer estiver aparecendo.
  }
keys-back = A chave “{ $name }” voltou.
keys-not-deleted = A chave “{ $name }” não foi excluída. { $reason }
keys-put-back = { $place ->
    [keychain] A chave “{ $name }” não estava no chaveiro do sistema; ela foi colocada de volta.
   *[session] A chave “{ $name }” não estava entre as chaves desta sessão; ela foi colocada de volta.
  }
keys-stored = { $place ->
    [keychain] “{ $name }” ({ $kind }) foi guardada no chaveiro do sistema.
   *[session] “{ $name }” ({ $kind }) fica guardada até você fechar o Key Doctor.
  }

## Prévia da importação (src/gui/import_preview.rs, src/gui/views/import.rs)

# De onde vieram as chaves de uma importação, quando foram coladas. Sem artigo: entra em
# “Importar de { $origin }” e “…em: { $origin }”.
keys-import-pasted-text = texto colado
keys-import-label-pasted = { $variable } do texto colado
keys-import-label-file = { $variable } em { $file }
keys-import-title = Importar de { $origin }
keys-import-tick = { $place ->
    [keychain] Marque as chaves que devem ficar guardadas no chaveiro do sistema.
   *[session] Marque as chaves que devem ficar guardadas até você fechar o Key Doctor.
  }
keys-import-pasted-not-kept = O texto colado não fica guardado.
keys-import-file-never-changed = O arquivo em si nunca é alterado.
keys-import-store = { $count ->
    [one] Guardar { $count } chave
   *[other] Guardar { $count } chaves
  }
keys-import-check-every = Verificar todas as chaves
keys-import-store-as = Guardar como “{ $name }”
keys-import-already-stored = { $redacted } (já guardada como “{ $name }”)
keys-import-check-one = Verificar { $variable }
keys-import-not-ticked = Não marcada: marque para guardá-la mesmo assim.
keys-import-nothing-found = Nenhuma chave da OpenAI foi encontrada em: { $origin }. Uma chave começa com sk-proj-, sk-svcacct-, sk-admin- ou sk-.
keys-import-nothing-found-next = { $source ->
    [pasted] Cole outro texto, ou feche esta janela e adicione a própria chave em “{ keys-add-a-key }”.
   *[file] Abra outro arquivo, ou feche esta janela e adicione a própria chave em “{ keys-add-a-key }”.
  }
keys-import-open-another = Abrir outro arquivo
keys-import-paste-other = Colar outro texto
keys-import-close = Fechar
keys-import-also-sets = { $source ->
    [pasted] O texto colado também define { $settings }.
   *[file] Este arquivo também define { $settings }.
  }
keys-import-setting-organization = uma organização ({ $organization })
keys-import-setting-project = um projeto ({ $project })
keys-import-setting-address = outro endereço da OpenAI ({ $address })
keys-import-setting-azure-endpoint = o ponto de extremidade do Azure OpenAI ({ $address })
keys-import-setting-provider-address = outro endereço para { $provider } ({ $address })
keys-import-endpoint-needed = Uma chave do Azure OpenAI só funciona com o ponto de extremidade do recurso dela, e este arquivo não informa nenhum (AZURE_OPENAI_ENDPOINT). Digite-o para guardar a chave junto com ele.
keys-import-endpoint-missing = Digite o ponto de extremidade para guardar a chave do Azure OpenAI junto com ele, ou desmarque essa chave para guardar as outras.
keys-import-settings-kept = { $count ->
    [one] O Key Doctor guarda essa configuração junto com as chaves que você guardar e a usa nas verificações.
   *[other] O Key Doctor guarda essas configurações junto com as chaves que você guardar e as usa nas verificações.
  }
keys-import-stored-keychain = { $count ->
    [one] A chave { $names } foi guardada no chaveiro do sistema.
   *[other] { $count } chaves ({ $names }) foram guardadas no chaveiro do sistema.
  }
keys-import-stored-session = { $count ->
    [one] A chave { $names } fica guardada até você fechar o Key Doctor.
   *[other] { $count } chaves ({ $names }) ficam guardadas até você fechar o Key Doctor.
  }
keys-import-stored-none = Nenhuma chave foi guardada.
keys-import-file-unchanged = O arquivo não foi alterado.

## A linha de status: outro provedor acessado em um endereço diferente do habitual (src/gui/app.rs)

keys-provider-address = { $provider }: { $address }
keys-provider-addresses = Outros endereços para { $providers }

## As chaves de exemplo de outros provedores na demonstração (src/gui/services.rs)

keys-sample-anthropic-valid = Chave da Anthropic que funciona
keys-sample-anthropic-revoked = Chave da Anthropic revogada
keys-sample-anthropic-rate-limited = Chave da Anthropic enviando solicitações demais
keys-sample-anthropic-admin = Chave Admin da Anthropic que pode ler o uso
keys-sample-gemini-valid = Chave do Gemini que funciona
keys-sample-gemini-standard-key = Chave do Gemini do tipo antigo, que logo vai ser descontinuada
keys-sample-gemini-leaked = Chave do Gemini identificada como vazada
keys-sample-openrouter-valid = Chave do OpenRouter que funciona
keys-sample-openrouter-key-limit = Chave do OpenRouter que esgotou o limite de gastos
keys-sample-groq-free-plan = Chave da Groq no plano gratuito
keys-sample-groq-revoked = Chave da Groq revogada
keys-sample-mistral-valid = Chave da Mistral que funciona
keys-sample-mistral-revoked = Chave da Mistral revogada
keys-sample-azure-valid = Chave do Azure OpenAI que funciona com o ponto de extremidade dela
keys-sample-azure-firewall = Chave do Azure OpenAI de um recurso protegido por firewall
keys-sample-xai-valid = Chave da xAI que funciona
keys-sample-xai-disabled = Chave da xAI desativada
keys-sample-deepseek-valid = Chave da DeepSeek com saldo
keys-sample-deepseek-no-balance = Chave da DeepSeek sem saldo
