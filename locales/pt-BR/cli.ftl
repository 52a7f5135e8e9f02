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

## key-doctor simulate (src/cli/mod.rs)

# $url: o endereço do simulador, como http://127.0.0.1:8080/v1.
cli-simulator-listening = O simulador da OpenAI do Key Doctor está escutando em { $url }
    Aponte um cliente para ele com OPENAI_BASE_URL={ $url }
cli-simulator-keys = Chaves (inventadas; só funcionam com este simulador):
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
cli-stdin-unreadable = Não foi possível ler a chave da entrada padrão.
cli-stdin-empty = A entrada padrão estava vazia: envie a chave por ela.
# $file: o arquivo .env.
cli-env-file-no-key = { $file } não contém nenhuma chave da OpenAI.
# A primeira linha sobre uma chave. $redacted: a chave com a maior parte escondida; $kind: o tipo dela
# (error-key-kind-*); $source: de onde ela foi lida, como OPENAI_API_KEY ou .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, lida de { $source })
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
cli-import-no-key = Nenhuma chave da OpenAI foi encontrada.
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
