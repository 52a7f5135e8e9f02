## Números e datas (src/i18n/format.rs)

money-under = menos de { $amount }
compact-thousands = { $value } mil
compact-millions = { $value } mi
compact-billions = { $value } bi
date-long = { $day } de { $month } de { $year }
date-short = { $day } de { $month }
date-month-year = { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
month-short-1 = jan.
month-short-2 = fev.
month-short-3 = mar.
month-short-4 = abr.
month-short-5 = mai.
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = ago.
month-short-9 = set.
month-short-10 = out.
month-short-11 = nov.
month-short-12 = dez.

## Elementos compartilhados (src/gui/widgets.rs)

# Uma seção recolhível que guarda as palavras exatas de um erro (para a TI ou um desenvolvedor).
common-technical-details = Detalhes técnicos
common-copy-technical-details = Copiar os detalhes

## Navegação (src/gui/view.rs)

common-nav-keys = Chaves
common-nav-usage = Uso
common-nav-explain = Explicar um erro
common-nav-settings = Configurações

## Linha de status na parte de baixo da janela (src/gui/app.rs)

common-status-demo = Modo de demonstração
common-status-demo-explained = Usando o simulador da OpenAI embutido no Key Doctor, em { $base_url }. As chaves de exemplo são inventadas; nada sai deste computador.
common-leave-demo = Sair da demonstração
common-status-openai = OpenAI: { $base_url }
common-status-through-proxy = · pelo proxy { $proxy }
common-status-custom-address = Endereço personalizado da OpenAI
common-status-custom-explained = As solicitações vão para { $base_url }, não para api.openai.com.
common-status-unusable = Nenhuma verificação até o endereço da OpenAI ser corrigido
common-status-unusable-explained = Mude o endereço da OpenAI em Configurações: do jeito que está, ele não pode ser usado, então nada é enviado.
common-open-settings = Abrir Configurações

## Avisos e janelas do app (src/gui/app.rs)

common-host-message-copied = A mensagem foi copiada: cole-a num e-mail ou chamado para a sua empresa de hospedagem.
common-nothing-checked-address = Nada foi verificado: o endereço da OpenAI não pode ser usado. Corrija-o em Configurações.
common-opening-in-browser = Abrindo { $url } no seu navegador.
common-browser-did-not-open = Nenhum navegador abriu { $url }. Copie o endereço e cole-o no seu navegador.
common-copy-the-address = Copiar o endereço
common-dialog-open-env = Abrir um arquivo .env
common-dialog-choose-prices = Escolher um arquivo de preços
# Sem artigo: entra em “Importar de { $origin }” e “{ $variable } em { $file }”.
common-dropped-file-name = arquivo arrastado
common-dropped-file-unreadable = Não foi possível ler o arquivo arrastado. Tente abri-lo com “Abrir um arquivo .env”.
common-drop-env-file = Solte o arquivo .env para importá-lo
common-demo-did-not-start = Não foi possível mostrar as chaves de exemplo: o servidor de demonstração embutido no Key Doctor não iniciou. Copie os detalhes técnicos para quem estiver ajudando você.
common-try-demo = Experimentar com chaves de exemplo

## Avisos (src/gui/views/mod.rs)

common-undo-countdown = Desfazer ({ $seconds } s)
common-undo = Desfazer
common-copied = Copiado.
common-dismiss = Fechar

## Elementos compartilhados: permissões e horários das verificações (src/gui/widgets.rs)

common-permissions-all-granted = { $count ->
    [one] { $count } permissão concedida
   *[other] Todas as { $count } permissões concedidas
}
common-permissions-granted = { $count ->
    [one] { $count } permissão concedida
   *[other] { $count } permissões concedidas
}
common-permission-column-permission = Permissão
common-permission-column-level = Nível
common-permission-column-status = Status
common-permission-technical = { $permission }: { $scopes }
common-permission-technical-with-status = { $permission }: { $scopes } (HTTP { $status })
common-checked-just-now = verificada agora mesmo
common-checked-minutes-ago = verificada há { $minutes } min
common-checked-hours-ago = verificada há { $hours } h
common-checked-yesterday = verificada ontem
common-checked-on = verificada em { $date }

## Abertura da janela (src/gui/mod.rs), mensagens na linha de comando

common-launch-no-worker = O Key Doctor não conseguiu iniciar o trabalho em segundo plano: { $problem }
common-launch-demo-did-not-start = Não foi possível mostrar as chaves de exemplo: o servidor de demonstração embutido não iniciou ({ $problem }).
common-launch-no-window = Não foi possível abrir a janela: { $problem }

## A lista de chaves e as chaves de exemplo da demonstração (src/gui/services.rs)

common-key-list-unreadable = { $problem } A lista começa vazia nesta sessão, e o arquivo fica como está.
common-no-config-folder-for-keys = Este sistema não tem uma pasta de configuração, então a lista de chaves dura só até o Key Doctor fechar (as chaves em si vão para o chaveiro).
# Os nomes das chaves de exemplo da demonstração; cada uma mostra um problema.
common-sample-key-full-access = Chave de projeto com acesso total
common-sample-key-no-model-request = Chave restrita sem Model capabilities (Recursos do modelo)
common-sample-key-responses-without-request = Chave restrita com Responses (Respostas), mas sem Model capabilities (Recursos do modelo) em Request (Solicitação)
common-sample-key-no-credit = Organização sem crédito
common-sample-key-project-spend-limit = Projeto no limite de gastos
common-sample-key-revoked = Chave revogada
common-sample-key-project-without-model = Projeto que não pode usar gpt-5-mini
common-sample-key-rate-limited = Chave enviando solicitações demais
common-sample-key-read-only = Chave somente leitura
common-sample-key-service-account = Chave de conta de serviço com acesso total
common-sample-key-admin-full = Chave Admin que pode ler o uso
common-sample-key-admin-no-usage = Chave Admin que não pode ler o uso

## Configurações (src/gui/views/settings.rs, src/settings.rs)

settings-title = Configurações
settings-language = Idioma
settings-language-system = Seguir o sistema ({ $language })
settings-language-note = Todas as páginas mudam na hora, e a escolha fica guardada para a próxima vez.
settings-appearance = Aparência
settings-theme = Tema
settings-theme-system = Seguir o sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-desktop-prefers-dark = O seu sistema prefere o tema escuro.
settings-desktop-prefers-light = O seu sistema prefere o tema claro.
settings-desktop-says-nothing = O seu sistema não informa se prefere o tema claro ou o escuro, então o claro é usado.
settings-text-size = Tamanho do texto
settings-text-size-small = Pequeno
settings-text-size-normal = Normal
settings-text-size-large = Grande
settings-text-size-larger = Maior
settings-appearance-saved = As duas escolhas ficam salvas para a próxima vez que você abrir o Key Doctor.
settings-connection = Conexão com a OpenAI
settings-connection-demo = Modo de demonstração: as solicitações vão para o simulador embutido, em { $base_url }.
settings-connection-live = As solicitações vão para { $base_url }.
settings-connection-unusable = O endereço da OpenAI { $address } não pode ser usado. Nada é enviado até ele ser corrigido: digite o endereço certo abaixo ou clique em “{ settings-use-openai-address }”.
# Antes do ID de uma organização que é enviado em todas as solicitações (um “?” explica a palavra).
settings-organization = Organização
# Antes do ID de um projeto que é enviado em todas as solicitações (um “?” explica a palavra).
settings-project = Projeto
settings-sent-with-every-request = { $value }, enviado em todas as solicitações
settings-openai-address = Endereço da OpenAI
settings-use-this-address = Usar este endereço
settings-use-openai-address = Usar o endereço da OpenAI
settings-address-refused = Este endereço não pode ser usado. Veja se há um erro de digitação, ou clique em “{ settings-use-openai-address }”.
settings-address-explained = O endereço normal é { $default_address }. Mude-o só se a sua empresa ou o seu provedor passou outro para você. Só endereços seguros (https://) são aceitos, exceto para este computador. O endereço fica salvo para a próxima vez.
# Detalhes técnicos: a opção e o nome da variável ficam como estão.
settings-address-technical = O endereço também pode ser informado quando o Key Doctor é iniciado, com a opção --base-url ou a variável de ambiente OPENAI_BASE_URL; nesse caso, ele é usado no lugar deste.
settings-try-demo-explained = Para conhecer o app sem ter uma chave, experimente o Key Doctor com chaves de exemplo. Nada é enviado à OpenAI.
settings-prices = Preços para estimar custos
settings-prices-explained = Os custos são os números da própria OpenAI, os mesmos da sua fatura. Só quando a OpenAI não dá um número, como o custo de cada chave em algumas organizações, o Key Doctor o estima a partir dos tokens usados, com estes preços (dólares americanos por milhão de tokens), e marca o número como estimativa.
settings-show-prices = Mostrar e editar os preços
settings-choose-price-file = Escolher um arquivo de preços…
settings-use-shipped-prices = Usar os preços embutidos
settings-price-file-explained = Um arquivo de preços tem o mesmo formato do que vem com o Key Doctor: cada modelo com os seus preços.
settings-price-file-format = Um arquivo de preços é um JSON no formato { $example }. Os preços são em dólares americanos por milhão de tokens.
settings-price-model = Modelo
settings-price-input = Entrada
# Entrada que o modelo viu há pouco, cobrada mais barato (a OpenAI chama de “cached input”).
settings-price-reused-input = Entrada reutilizada
settings-price-output = Saída
# O nome que um leitor de tela diz para um campo de preço.
settings-price-input-of = Preço de entrada de { $model }
settings-price-reused-input-of = Preço de entrada reutilizada de { $model }
settings-price-output-of = Preço de saída de { $model }
# Ao lado de um preço que a pessoa mudou.
settings-price-edited = editado
settings-about = Sobre
settings-version = Key Doctor { $version }
settings-preferences-kept-in = As preferências ficam guardadas em { $folder }
settings-no-config-folder = Este sistema não tem uma pasta de configuração, então as preferências duram só até você fechar o app.
settings-file-unreadable = Não foi possível ler as preferências salvas em { $file }, então os padrões estão sendo usados. O arquivo fica como está até você mudar uma preferência.
settings-file-unopenable = Não foi possível abrir as preferências salvas em { $file }, então os padrões estão sendo usados.
settings-file-unsaved = Não foi possível salvar as suas preferências em { $file }. Elas valem até o Key Doctor fechar.

## Glossário: palavras técnicas que ficam, explicadas ao passar o mouse (src/gui/widgets.rs)

glossary-words-used-here = Palavras usadas aqui:
glossary-what-is = O que é “{ $term }”?
glossary-api-key = chave de API
glossary-api-key-meaning = Um código secreto longo, que começa com sk-, que permite a um plugin, site ou app usar a OpenAI na sua conta. Quem tiver a chave pode gastar o seu dinheiro, então guarde-a em segredo.
glossary-admin-key = chave Admin
glossary-admin-key-meaning = Uma chave para administrar a sua organização na OpenAI, por exemplo para ler o uso e os custos. Ela não serve para usar os modelos, e só os proprietários da organização podem criar uma.
glossary-project = projeto
glossary-project-meaning = Uma pasta na sua conta da OpenAI que reúne chaves, com limites, modelos e gastos próprios. Cada chave de projeto pertence a um projeto.
glossary-organization = organização
glossary-organization-meaning = A conta da sua empresa, ou a sua própria conta, na OpenAI: ela reúne os projetos, as pessoas, o crédito e as faturas.
glossary-token = token
glossary-token-meaning = A unidade em que a OpenAI conta e cobra o texto: um token é cerca de três quartos de uma palavra em inglês (em português, um pouco menos). Uma pergunta de uma página tem cerca de mil tokens, e uma resposta do mesmo tamanho também.
