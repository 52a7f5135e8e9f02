## Explicar um erro (src/gui/views/explain.rs, src/gui/explain.rs)

explain-title = Explicar um erro
explain-paste-title = Cole o erro
explain-paste-explained = Cole a mensagem que o seu plugin, script ou app mostrou, por exemplo “You have insufficient permissions for this operation. Missing scopes: model.request”. Nada é enviado a lugar nenhum.
# Aparece dentro do campo vazio.
explain-paste-hint = Cole o erro aqui
# O botão que explica o texto colado.
explain-explain = Explicar
explain-clear = Limpar
explain-nothing-pasted = Nada foi colado ainda. Copie o erro que o seu plugin, site ou app mostrou, cole-o acima e clique em Explicar.
# Um botão que cola no campo o que a pessoa copiou.
explain-paste-from-clipboard = Colar o que você copiou
explain-check-keys-instead = Verificar suas chaves em vez disso
# $name: o nome de uma chave guardada que o erro cita
explain-check-named-key = Verificar “{ $name }” agora
explain-add-this-key = Adicionar esta chave ao Key Doctor
explain-add-new-key = Adicionar uma nova chave
explain-copy-host-message = Copiar uma mensagem para a sua empresa de hospedagem
explain-check-your-keys = Verificar suas chaves
# Detalhes técnicos, para um desenvolvedor ou a empresa de hospedagem. $code: um código como missing_scopes
explain-detail-verdict-code = Código do diagnóstico: { $code }
# $status: um código de status HTTP, como 401
explain-detail-http-status = Status HTTP: { $status }
# $cause: um código de falha de rede, como dns
explain-detail-cause = Causa: { $cause }
# $code: o código da própria OpenAI, como insufficient_quota
explain-detail-openai-code = Código da OpenAI: { $code }
# $scopes: os códigos de permissão da OpenAI, como model.request
explain-detail-missing-scopes = Escopos que faltam: { $scopes }
# Uma mensagem que a pessoa envia à empresa de hospedagem (copiada para a área de transferência).
# $error: o erro que o site mostrou; $meaning: o que ele quer dizer, numa frase
explain-host-message =
    Olá,

    Meu site não consegue se conectar à API da OpenAI (api.openai.com). Ele mostra este erro:

    { $error }

    O que isso quer dizer: { $meaning }

    Agradeço desde já.
