## Página Uso (src/gui/views/usage.rs)

usage-title = Uso e custos
usage-nothing-loaded = Nada foi carregado ainda.
usage-load = Carregar o uso
usage-refresh = Atualizar
usage-try-again = Tentar de novo
usage-cancel = Cancelar

## Página Uso: um período em que nada foi usado

usage-empty-title = Nada foi usado nestes dias
usage-empty-try-longer = A OpenAI não registrou custos, tokens nem solicitações da sua organização nestes dias. Um período maior mostra quando suas chaves foram usadas pela última vez.
usage-empty-show-longer = Mostrar os últimos { $count } dias
usage-empty-whole-year = A OpenAI não registrou custos, tokens nem solicitações desta organização durante um ano inteiro. Se o seu site ou app usa mesmo a OpenAI, a chave dele pode pertencer a outra organização: verifique a chave na página Chaves.
usage-empty-open-keys = Abrir a página Chaves

## Página Uso: a chave Admin (src/gui/views/usage.rs, src/usage/admin_key.rs)

usage-admin-key-needed-title = É preciso uma chave Admin para ver o uso
usage-may-not-read-title = Esta chave não pode ler o uso
usage-key-not-accepted-title = A OpenAI não aceitou esta chave Admin
usage-may-not-read = A OpenAI se recusou a mostrar o uso para esta chave. Para ler o uso, é preciso uma chave Admin com permissão para isso: crie uma seguindo os passos abaixo ou peça uma ao proprietário da organização.
usage-key-not-accepted = Crie uma nova chave Admin ou cole esta de novo: ela pode ter sido excluída, ou uma parte dela não foi copiada.
usage-openai-said = A OpenAI disse: { $message }
usage-permission-needed = Permissão necessária: { $permission }
usage-admin-key-why = A OpenAI mostra o uso e os custos de uma organização só para chaves Admin. As chaves que os apps usam (chaves de projeto, que começam com sk-proj-) podem usar os modelos da OpenAI, mas não podem ver quanto a organização gasta. Isso é de propósito: uma chave vazada de um app não tem como revelar a sua fatura.
usage-admin-key-steps-title = Para criar uma chave Admin que só pode ler:
usage-admin-key-step-open = 1.  Abra a página “Admin keys” (Chaves Admin). Só um proprietário da organização pode criar uma chave Admin.
usage-admin-key-step-create = 2.  Crie uma nova chave Admin, dê a ela um nome, por exemplo “Key Doctor”, e, se a página oferecer a opção, dê a ela acesso somente leitura.
usage-admin-key-step-paste = 3.  Copie a chave, que começa com sk-admin-, e cole-a abaixo.
usage-open-admin-keys-page = Abrir a página “Admin keys” (Chaves Admin)
usage-paste-admin-key = Cole uma chave Admin (ela fica guardada só durante esta sessão e nunca é salva no disco):
usage-admin-key-field = Chave Admin
usage-use-this-key = Usar esta chave
usage-admin-key-environment-hint = Desenvolvedores também podem passar uma chave Admin ao Key Doctor quando ele é iniciado, numa variável de ambiente.
usage-pasted-not-a-key = Isto não é uma chave: cole a chave inteira, que começa com sk-admin-.
usage-pasted-not-admin = Cole uma chave Admin (ela começa com sk-admin-): esta é uma chave de projeto ou de usuário, não uma chave Admin, e a OpenAI não mostra a ela o uso da organização.
usage-reading-with = Lendo o uso com { $key }.
usage-reading-with-redacted = Lendo o uso com { $key } ({ $redacted }).
usage-forget-key = Esquecer esta chave
usage-admin-key-demo = a chave Admin somente leitura da demonstração
usage-admin-key-environment = a chave Admin com que o Key Doctor foi iniciado
usage-admin-key-pasted = a chave Admin que você colou (guardada só durante esta sessão)
usage-admin-key-stored = a chave Admin guardada no seu chaveiro
usage-short-key = (uma chave curta)

## Página Uso: os dias mostrados (src/gui/views/usage.rs, src/usage/range.rs)

usage-preset-last-days = Últimos { $count } dias
usage-preset-this-month = Este mês
usage-preset-last-month = Mês passado
usage-preset-custom = Personalizado
usage-custom-from = De
usage-custom-to = até
usage-custom-first-day = Primeiro dia
usage-custom-last-day = Último dia
usage-custom-show = Mostrar estes dias
usage-custom-format = (ano-mês-dia)
usage-range-not-a-date = Não é possível mostrar este período: “{ $text }” não é uma data. Escreva cada dia como ano-mês-dia, por exemplo { $example }.
usage-range-reversed = Não é possível mostrar este período: o primeiro dia ({ $first }) vem depois do último dia ({ $last }). Troque os dois dias de lugar.
usage-date-range = { $first } – { $last }
usage-day-out-of-range = dia { $day }
usage-days-end = Os dias de { $provider } terminam às { $time } no seu horário.
usage-days-match = Os dias de { $provider } coincidem com os seus: terminam à meia-noite.
usage-days-why = { $provider } conta o uso em dias inteiros no horário mundial (UTC). O Key Doctor mostra os mesmos dias, para que os números batam com os de { $provider }.
usage-today-growing = Os números de hoje ainda estão aumentando.

## Página Uso: carregamento e o que não foi carregado (src/gui/usage.rs, src/usage/dataset.rs)

usage-loading-progress = Carregando… { $done } de { $total } partes
usage-problem-only-names-missing = Todos os custos, tokens e solicitações foram carregados; onde falta um nome, aparece o ID.
usage-problem-totals-incomplete = Os totais abaixo não incluem o que não foi carregado. Tente de novo para completá-los.
usage-problem-nothing-loaded = Nenhum número pôde ser carregado. Tente de novo daqui a pouco.
usage-problem-cancelled = O carregamento foi cancelado.
usage-problem-cancelled-kept = O carregamento foi cancelado; os números abaixo são os que já tinham sido carregados antes.
# Ditos dentro de usage-part-not-loaded ("Não foi possível carregar …"): começam com minúscula.
usage-part-tokens = os tokens e as solicitações do período { $range }
usage-part-costs = os custos do período { $range }
usage-part-key-costs = os custos por chave do período { $range }
usage-part-project-names = os nomes dos projetos
usage-part-key-names = os nomes das chaves do projeto { $project }
# O nome do espaço de trabalho padrão de uma organização da Anthropic (a Anthropic não lhe dá nome), mostrado onde o uso da OpenAI mostra um projeto.
usage-anthropic-default-workspace = Espaço de trabalho padrão
usage-part-not-loaded = Não foi possível carregar { $what }: { $reason ->
        [no_connection] este computador não conseguiu se conectar à OpenAI. Verifique a conexão com a internet e tente de novo.
        [not_allowed] a OpenAI não permitiu que esta chave lesse esses dados.
        [too_many_requests] a OpenAI pediu para ir mais devagar. Tente de novo daqui a um minuto.
        [server_trouble] os servidores da OpenAI não responderam direito. Tente de novo daqui a pouco.
       *[unreadable] não foi possível ler a resposta da OpenAI.
    }

## Página Uso: os números principais (src/gui/views/usage.rs)

usage-figure-total-cost = Custo total
usage-figure-month-to-date = Acumulado do mês
usage-figure-forecast = Previsão para { $month }
usage-figure-forecast-pace = no ritmo de { $amount } por dia, o dos últimos 7 dias completos
usage-figure-not-available = indisponível
usage-figure-month-not-loaded = este mês não foi carregado
usage-figure-input-tokens = Tokens de entrada
usage-figure-reused = { $tokens } reutilizados (cobrados mais barato)
usage-figure-output-tokens = Tokens de saída
usage-figure-requests = Solicitações
usage-figure-in-range = no período
usage-figure-requests-not-reported = { $provider } não os informa

## Página Uso: os gráficos (src/gui/views/usage.rs, src/gui/usage.rs, src/usage/report.rs)

usage-chart-cost = { $period ->
        [week] Custo por semana
        [month] Custo por mês
       *[day] Custo por dia
    }
usage-chart-tokens = { $period ->
        [week] Tokens por semana
        [month] Tokens por mês
       *[day] Tokens por dia
    }
usage-chart-requests = { $period ->
        [week] Solicitações por semana
        [month] Solicitações por mês
       *[day] Solicitações por dia
    }
usage-split-by = Dividir por
usage-cost-from-invoice = Estes são os valores da sua fatura de { $provider }.
usage-input-includes-reused = Os tokens de entrada incluem os reutilizados, como { $provider } os conta.
usage-reused-input-explained = Entrada reutilizada é o texto que { $provider } já tinha visto numa solicitação recente, como as mesmas instruções enviadas de novo. Ela é cobrada mais barato.
usage-requests-split = { $group ->
        [project] Divididas por projeto, como os tokens acima.
        [api_key] Divididas por chave, como os tokens acima.
       *[model] Divididas por modelo, como os tokens acima.
    }
usage-measure-input = Entrada
usage-measure-reused-input = Entrada reutilizada
usage-measure-output = Saída
usage-measure-requests = Solicitações
usage-group-model = Modelo
usage-group-project = Projeto
usage-group-key = Chave
usage-group-kind-of-use = Tipo de uso
usage-nameless-model = (nenhum modelo informado)
usage-nameless-project = (sem projeto)
usage-nameless-key = (nenhuma chave informada)
usage-nameless-kind-of-use = (nenhum tipo informado)
usage-chart-other = Outros (mais { $count })
usage-chart-total = Total: { $amount }
usage-chart-and-more = e mais { $count }
usage-chart-week = { $first } a { $last }
usage-nothing-in-range = Nada neste período.

## Página Uso: a tabela (src/gui/views/usage.rs)

usage-top-title = Principais modelos, projetos e chaves
usage-tab-models = Modelos
usage-tab-projects = Projetos
usage-tab-keys = Chaves de API
usage-tab-kinds-of-use = Tipos de uso
usage-column-cost = Custo
usage-column-input = Tokens de entrada
usage-column-reused = Entrada reutilizada
usage-column-output = Tokens de saída
usage-column-requests = Solicitações
usage-sort-name = { $group ->
        [project] Ordenar por projeto
        [api_key] Ordenar por chave
        [line_item] Ordenar por tipo de uso
       *[model] Ordenar por modelo
    }
usage-sort-cost = Ordenar por custo
usage-sort-input = Ordenar por tokens de entrada
usage-sort-reused = Ordenar por entrada reutilizada
usage-sort-output = Ordenar por tokens de saída
usage-sort-requests = Ordenar por solicitações
usage-table-no-id = sem ID
usage-table-estimate = ≈ { $amount } (estimativa)
usage-table-estimate-hover = Estimado a partir dos tokens e da tabela de preços em Configurações.
usage-table-no-price = preço desconhecido
usage-table-no-price-hover = Não há preço para este modelo na tabela de preços em Configurações.
usage-table-more = { $count ->
        [one] E mais { $count } linha; a exportação em CSV traz todas.
       *[other] E mais { $count } linhas; a exportação em CSV traz todas.
    }
usage-estimate-note = Os custos marcados como estimativa vêm dos tokens e dos preços, não da fatura da OpenAI. { $prices }
usage-key-costs-not-asked = Os custos por chave não foram pedidos, então são estimativas.
usage-key-costs-not-given = A OpenAI não divide os custos desta organização por chave, então o custo de cada chave é estimado a partir dos tokens dela.
usage-key-costs-not-loaded = Não foi possível carregar os custos por chave, então o custo de cada chave é estimado a partir dos tokens dela.

## Página Uso: exportar (src/gui/usage.rs, src/gui/views/usage.rs)

usage-export-daily = Exportar CSV diário…
usage-export-table = Exportar esta tabela como CSV…
usage-export-daily-title = Salvar os números diários como CSV
usage-export-table-title = Salvar a tabela como CSV
usage-export-saved = { $count ->
        [one] { $count } linha salva em { $path }.
       *[other] { $count } linhas salvas em { $path }.
    }
usage-export-saved-to = Salvo em { $path }.
usage-export-not-saved = Nada foi salvo ainda: a janela de salvar não abriu, ou foi fechada. Salve o arquivo na sua pasta Downloads ou copie a tabela.
usage-export-failed = Não foi possível salvar o arquivo nesse lugar. Salve-o na sua pasta Downloads ou copie a tabela.
usage-export-not-made = Não foi possível gerar o arquivo CSV. Tente de novo ou copie a tabela.
usage-export-no-downloads-folder = Este computador não tem uma pasta Downloads nem uma pasta pessoal onde salvar. Copie a tabela.
usage-export-downloads-failed = Não foi possível salvar o arquivo em { $folder }. Copie a tabela.
usage-export-save-in-downloads = Salvar em Downloads
usage-export-copy = Copiar CSV
usage-export-copied = A tabela foi copiada. Cole-a numa planilha: cada valor fica na sua própria célula.

## Página Chaves: quanto uma chave gastou (src/gui/usage.rs)

usage-key-spent = Gasto: { $amount }, de { $first } a { $last }
usage-key-spent-estimate = Gasto: cerca de { $amount }, de { $first } a { $last } (estimativa a partir de tokens e preços)

## Preços para as estimativas (src/usage/pricing.rs)

usage-prices-shipped = Preços embutidos no Key Doctor, atualizados em { $as_of }.
usage-prices-shipped-undated = Preços embutidos no Key Doctor, sem data conhecida.
usage-prices-from-file = Preços de { $file }, atualizados em { $as_of }.
usage-prices-from-file-undated = Preços de { $file }, sem data conhecida.
usage-pricing-unreadable = Não foi possível ler o arquivo de preços { $file }, então o Key Doctor usa os preços embutidos. Confira se o arquivo ainda está lá ou escolha outro.
usage-pricing-too-large = O arquivo de preços { $file } tem mais de 4 MB, então o Key Doctor usa os preços embutidos. Escolha o arquivo certo.
usage-pricing-not-a-table = O arquivo { $file } não é uma tabela de preços, então o Key Doctor usa os preços embutidos. Escolha outro arquivo.
usage-pricing-not-dollars = Os preços em { $file } estão em { $currency }, e o Key Doctor só aceita dólares americanos, então usa os preços embutidos.
usage-pricing-no-model-name = Um preço em { $file } está sem nome de modelo, então o Key Doctor usa os preços embutidos. Corrija o arquivo ou escolha outro.
usage-pricing-bad-price = Em { $file }, o preço de { $field ->
        [cached_input] entrada reutilizada
        [output] saída
       *[input] entrada
    } de { $model } não é um número positivo, então o Key Doctor usa os preços embutidos. Corrija o arquivo ou escolha outro.
# Antes dos provedores cujo uso pode ser mostrado (OpenAI, Anthropic), quando há chaves Admin dos dois guardadas.
usage-provider = Uso de:
