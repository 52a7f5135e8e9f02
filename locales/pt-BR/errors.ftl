## Erros e palavras das camadas sob as telas: a lista de chaves e o chaveiro (src/vault),
## importação de .env (src/import), arquivos (src/files.rs), a conexão com a OpenAI (src/openai) e
## janelas de arquivo (src/dialogs.rs). O app e a linha de comando mostram essas frases. As palavras
## de uma biblioteca (um erro do sistema, uma mensagem de TLS) nunca entram nelas: aparecem à parte,
## em “Detalhes técnicos”. Mensagens que são orações (minúscula, sem ponto final) terminam a frase
## de outra mensagem, depois de dois-pontos.

## Arquivos (src/files.rs)

# O que é um caminho escolhido quando não é um arquivo: “{ $file } é { $what }, não um arquivo”.
error-not-a-file-folder = uma pasta
error-not-a-file-special = um dispositivo, pipe ou socket
# Por que não foi possível ler ou gravar um arquivo, no fim de uma frase como “Não foi possível
# salvar sua lista de chaves em /home/eu/keys.json: o disco está cheio.”
error-io-not-found = o arquivo não está lá (ele pode ter sido movido, renomeado ou excluído)
error-io-permission-denied = sua conta de usuário não tem permissão para abri-lo
error-io-read-only = o disco ou a pasta só permite leitura
error-io-disk-full = o disco está cheio
error-io-is-a-folder = é uma pasta, não um arquivo
error-io-not-a-folder = uma parte do caminho é um arquivo, não uma pasta
error-io-other = o sistema recusou

## O chaveiro (src/vault/store.rs)

# Orações, no fim de uma frase como “Não é possível usar o chaveiro do seu sistema: …”.
error-store-not-found = não há nenhuma chave guardada neste item
error-store-locked = o chaveiro está bloqueado ou recusou o acesso
error-store-unavailable = não há nenhum chaveiro disponível neste sistema
error-store-failed = o chaveiro informou um problema
# Frases inteiras: o que aconteceu e o que fazer.
error-store-not-found-sentence = O chaveiro não guarda mais esta chave. Adicione-a de novo ou exclua este item.
error-store-locked-sentence = Seu chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (faça login no computador ou abra o app de chaveiro) e tente de novo.
error-store-unavailable-sentence = Não há nenhum chaveiro do sistema disponível aqui, então as chaves não podem ser salvas com segurança. Você pode guardá-las só durante esta sessão.
error-store-failed-sentence = O chaveiro informou um problema. Tente de novo daqui a pouco.
# Onde as chaves ficam guardadas.

## Tipos de chave (src/vault/kind.rs), como a lista de chaves e a linha de comando os mostram

error-key-kind-project = Chave de projeto
error-key-kind-service-account = Chave de conta de serviço
error-key-kind-admin = Chave Admin
error-key-kind-user-without-project = Chave de usuário (sem projeto)
error-key-kind-legacy-user = Chave de usuário antiga
error-key-kind-anthropic-api = Chave de API da Anthropic
error-key-kind-anthropic-admin = Chave Admin da Anthropic
error-key-kind-claude-login-token = Token de login do Claude
error-key-kind-gemini-auth = Chave de API do Gemini
error-key-kind-gemini-standard = Chave do Gemini (tipo antigo)
error-key-kind-openrouter = Chave do OpenRouter
error-key-kind-groq = Chave da Groq
error-key-kind-mistral = Chave da Mistral
error-key-kind-azure-openai = Chave do Azure OpenAI
error-key-kind-xai = Chave da xAI
error-key-kind-deepseek = Chave da DeepSeek
error-key-kind-unknown = Não é uma chave da OpenAI
# O nome que uma chave recebe quando nenhum foi digitado: “Chave de projeto sk-proj-…6789”.
# $kind: um dos tipos acima; $redacted: a chave com a maior parte escondida.
error-key-default-name = { $kind } { $redacted }

## Uma chave colada (src/vault/input.rs)

error-key-empty = Não há nenhuma chave para usar: cole a chave primeiro.
# $what: o caractere, em palavras (um dos error-character-*); $position: onde ele está na chave (1 é o primeiro).
error-key-forbidden-character = A chave tem { $what } na posição { $position }, e uma chave nunca tem isso. Copie a chave de novo da página onde ela foi criada, ou digite-a sem esse caractere.
# $count: quantos caracteres invisíveis foram removidos.
error-key-invisible-removed = { $count ->
    [one] { $count } caractere invisível que veio junto ao colar foi removido.
   *[other] { $count } caracteres invisíveis que vieram junto ao colar foram removidos.
}
error-key-quotes-removed = As aspas em volta da chave foram removidas.
error-character-space = um espaço
error-character-tab = uma tabulação
error-character-line-break = uma quebra de linha
error-character-nul = um caractere NUL
# $code: o número Unicode do caractere, como U+200B.
error-character-control = um caractere de controle invisível ({ $code })
# $code: o número Unicode do caractere, como U+00A0.
error-character-space-like = um caractere parecido com um espaço ({ $code })
# $character: o próprio caractere; $code: o número Unicode dele, como U+043E.
error-character-look-alike = o caractere “{ $character }” ({ $code }), que parece uma letra ou um sinal comum, mas não é
# $character: o próprio caractere.
error-character-other = o caractere “{ $character }”

## Guardar chaves (src/vault/mod.rs)

error-vault-no-such-key = Esta chave não está mais na lista.
# $name: o nome com que a chave está guardada.
error-vault-already-stored = Esta chave já está guardada como “{ $name }”.
# $problem: por que não foi possível salvar a lista de chaves (error-catalog-not-saved).
error-vault-not-saved-undone = { $problem } A chave não foi guardada.
# $problem: por que não foi possível salvar a lista de chaves; $name: o nome da chave; $store_problem: por que o chaveiro não a removeu (um dos error-store-*).
error-vault-not-saved-left-in-keychain = { $problem } A chave está no seu chaveiro com o nome “Key Doctor: { $name }”, mas não está em nenhuma lista; também não foi possível removê-la de lá ({ $store_problem }).

## A lista de chaves (src/vault/catalog.rs)

# De onde veio uma chave: $variable: o nome dela no arquivo, como OPENAI_API_KEY; $file: o arquivo.
error-source-variable-in-file = { $variable } em { $file }
# De onde veio uma chave que foi colada no app.
error-source-pasted = colada
# $path: o arquivo da lista de chaves; $problem: o motivo (um dos error-io-* ou error-catalog-*).
error-catalog-unreadable = Não foi possível ler sua lista de chaves ({ $path }): { $problem }.
# $path: o arquivo da lista de chaves; $problem: o motivo (um dos error-io-* ou error-catalog-*).
error-catalog-not-saved = Não foi possível salvar sua lista de chaves em { $path }: { $problem }. A alteração vale enquanto o Key Doctor ficar aberto.
# $problem: por que não foi possível renomear o arquivo danificado (um dos error-io-*).
error-catalog-damaged-and-stuck = ela está danificada, e também não foi possível renomeá-la para guardá-la à parte: { $problem }
error-catalog-newer-version = o arquivo é de uma versão mais nova do Key Doctor
error-catalog-unreadable-now = não foi possível ler a lista que está lá, então ela não foi substituída
error-catalog-encoding = não foi possível gravar a lista
# $path: onde o arquivo danificado foi guardado.
error-catalog-recovered-from-backup = Sua lista de chaves estava danificada, então ela foi restaurada a partir da cópia de segurança. O arquivo danificado foi guardado como { $path }.
# $path: onde o arquivo danificado foi guardado.
error-catalog-started-empty = Não foi possível ler sua lista de chaves nem a cópia de segurança dela, então a lista começa vazia. Nada foi excluído: o arquivo danificado foi guardado como { $path }, e suas chaves continuam no chaveiro.
# $version: o número do formato da lista.
error-catalog-newer-schema = Sua lista de chaves foi gravada por uma versão mais nova do Key Doctor (formato { $version }). Ela é mostrada, mas as alterações não são salvas, para que os dados dessa versão não se percam.

## Arquivos .env (src/import/mod.rs)

# $file: o arquivo; $problem: o motivo (um dos error-io-*).
error-import-unreadable = Não foi possível abrir { $file }: { $problem }.
# $file: o arquivo; $limit: o tamanho máximo de um arquivo .env, em bytes.
error-import-too-large = { $file } passa dos { $limit } bytes que um arquivo .env pode ter. Escolha o próprio arquivo .env.
# $file: o arquivo; $what: o que ele é (error-not-a-file-folder ou error-not-a-file-special).
error-import-not-a-file = { $file } é { $what }, não um arquivo, então não pode ser um arquivo .env. Escolha o próprio arquivo .env.
# $file: o arquivo; $encoding: a codificação de texto em que ele foi salvo, como UTF-16.
error-import-other-encoding = { $file } é um texto salvo em { $encoding }, codificação que os arquivos .env não usam. Abra-o num editor de texto, salve-o com a codificação “UTF-8” e abra-o de novo.
# $file: o arquivo.
error-import-binary = { $file } não é um arquivo de texto (ele contém dados binários), então não é um arquivo .env.
# $file: o arquivo.
error-import-not-utf8 = { $file } não é um texto em UTF-8. Salve-o como UTF-8 no seu editor e tente de novo.
# $name: o nome de uma variável, como OPENAI_API_KEY.
error-env-repeated = { $name } aparece mais de uma vez; vale o último valor, como num shell.
# $line: onde a linha está (um dos error-env-line-*, que já trazem o artigo: “a linha 3”).
error-env-unclosed-quote = Não foi possível ler { $line } nem as linhas seguintes: uma aspa aberta nela nunca é fechada.
# $line: onde a linha está (um dos error-env-line-*).
error-env-not-name-value = O Key Doctor pulou { $line }: ela não está no formato NOME=valor.
error-env-unreadable = Não foi possível ler uma parte do texto.
# $name: o nome de uma variável; $reason: por que o valor dela não pode ser uma chave (error-key-*).
error-env-not-listed = { $name } não entrou na lista. { $reason }
# $name: o nome de uma variável, como AZURE_OPENAI_API_KEY.
error-env-not-openai = { $name } não contém uma chave da OpenAI nem de outro provedor que o Key Doctor conheça, então não entrou na lista.
error-env-other-providers-key = { $name } tem nome de chave de outro provedor, mas contém uma chave de { $provider }: entrou na lista como chave de { $provider }.
error-env-fits-several = { $name } contém uma chave que pode ser de mais de um provedor ({ $providers }): entrou na lista como chave do primeiro; escolha outro se não for o certo.
# $name: o nome de uma variável; $note: o que foi removido do valor dela (error-key-*-removed).
error-env-cleaned = { $name }: { $note }
# $name: o nome do arquivo, como .env; $repository: a pasta do repositório git.
error-env-git-not-ignored = { $name } está dentro do repositório git em { $repository }, e o git não o ignora, então a chave pode acabar num commit e ser publicada. Adicione { $name } ao .gitignore.
# $name: o nome do arquivo, como .env; $repository: a pasta do repositório git.
error-env-git-repository = { $name } está dentro de um repositório git ({ $repository }). Confira se ele está no .gitignore, para que a chave nunca entre num commit.
# Onde uma linha está, com artigo: $number: o número dela; $name: a variável que ela define.
error-env-line-named = a linha { $number } ({ $name })
# $number: o número da linha.
error-env-line = a linha { $number }
# $name: a variável que a linha define.
error-env-line-of = a linha de { $name }
error-env-line-unknown = uma linha

## A conexão com a OpenAI (src/openai/error.rs). Orações: um diagnóstico diz “O Key Doctor não
## conseguiu se conectar à OpenAI: …”, “A resposta não veio da OpenAI (…)”.

# $host: o nome do servidor, como api.openai.com.
error-api-dns = não foi possível encontrar o servidor { $host } (a busca pelo nome falhou)
# $host: o nome do servidor.
error-api-connection-refused = { $host } recusou a conexão
# $host: o nome do servidor.
error-api-tls = a conexão segura com { $host } falhou
# Uma permissão que não foi verificada porque uma solicitação anterior teve um problema de rede.
error-api-not-sent = não verificada: o mesmo problema de rede
# $host: o nome do servidor; $seconds: quanto tempo o Key Doctor esperou, escrito como número; $count: o mesmo número, para o plural.
error-api-timeout = { $host } não respondeu em { $count ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
# $host: o nome do servidor.
error-api-connection-reset = a conexão com { $host } foi interrompida antes de a resposta chegar
error-api-not-json-web-page = uma página da web no lugar da resposta da OpenAI
error-api-not-json-text = texto simples no lugar da resposta da OpenAI
error-api-not-json-broken = uma resposta que não pôde ser lida
error-api-not-json-other = algo diferente da resposta da OpenAI
error-api-truncated = a resposta foi cortada antes de chegar inteira
# $limit: o tamanho máximo de resposta que o Key Doctor lê, em bytes.
error-api-too-large = a resposta passou do limite de { $limit } bytes
# $message: a mensagem da própria OpenAI, em inglês, como a OpenAI a envia.
error-api-openai-said = a OpenAI disse: { $message }
error-api-unexpected-status = o servidor respondeu com um erro, mas sem a mensagem da OpenAI
error-api-bad-shape = a resposta não tinha o formato esperado
error-api-transport = um erro de rede interrompeu a solicitação
error-proxy-needs-login = o proxy pediu um nome de usuário e uma senha
error-proxy-refused = o proxy se recusou a abrir caminho até a OpenAI
error-proxy-unreachable = não foi possível alcançar o proxy
# $host: o nome do servidor.
error-certificate-untrusted = o certificado apresentado para { $host } não foi assinado por ninguém em quem este computador confia
# $host: o nome do servidor.
error-certificate-expired = o certificado apresentado para { $host } expirou
# $host: o nome do servidor.
error-certificate-not-yet-valid = o certificado apresentado para { $host } ainda não é válido
# $host: o nome do servidor.
error-certificate-wrong-name = o certificado apresentado para { $host } foi emitido para outro nome
# $host: o nome do servidor.
error-certificate-revoked = o certificado apresentado para { $host } foi revogado
# $host: o nome do servidor.
error-certificate-other = o certificado apresentado para { $host } foi recusado

## O endereço da OpenAI (src/openai/client.rs). Orações, depois de “O endereço da OpenAI não pode ser usado:”.

# $url: o endereço como foi informado.
error-address-invalid = “{ $url }” não é um endereço da web
# $url: o endereço como foi informado; $scheme: como ele começa, por exemplo ftp.
error-address-scheme = “{ $url }” começa com { $scheme }://, mas precisa começar com https://
# $url: o endereço como foi informado.
error-address-insecure = “{ $url }” não usa HTTPS, então sua chave viajaria sem proteção; use o endereço que começa com https://
# $url: o endereço como foi informado, sem o login.
error-address-has-login = “{ $url }” tem um nome de usuário ou uma senha antes do @; o Key Doctor já envia sua chave por conta própria, então remova essa parte

## Janelas de arquivo (src/dialogs.rs): o nome do tipo de arquivo que a janela oferece

error-dialog-filter-csv = Tabela CSV
error-dialog-filter-json = Arquivo JSON
