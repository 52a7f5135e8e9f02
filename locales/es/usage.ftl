## Página Uso (src/gui/views/usage.rs)

usage-title = Uso y gasto
usage-nothing-loaded = Todavía no hay nada cargado.
usage-load = Cargar el uso
usage-refresh = Actualizar
usage-try-again = Volver a intentarlo
usage-cancel = Cancelar

## Página Uso: un periodo sin ningún uso

usage-empty-title = No hubo uso en estos días
usage-empty-try-longer = OpenAI no registró gastos, tokens ni solicitudes de tu organización en estos días. Con un periodo más largo verás cuándo se usaron tus claves por última vez.
# $count: cuántos días abarca el periodo más largo (30, 90 o 365).
usage-empty-show-longer = Mostrar los últimos { $count } días
usage-empty-whole-year = OpenAI no registró gastos, tokens ni solicitudes de esta organización en todo un año. Si tu sitio web o tu aplicación sí usa OpenAI, puede que su clave pertenezca a otra organización: compruébala en la página Claves.
usage-empty-open-keys = Abrir la página Claves

## Página Uso: la clave de administrador (src/gui/views/usage.rs, src/usage/admin_key.rs)

usage-admin-key-needed-title = Para ver el uso hace falta una clave de administrador
usage-may-not-read-title = Esta clave no puede consultar el uso
usage-key-not-accepted-title = OpenAI no aceptó esta clave de administrador
usage-may-not-read = OpenAI se negó a mostrar el uso a esta clave. Para consultar el uso hace falta una clave de administrador con permiso para ello: crea una con los pasos de abajo o pídesela al propietario de la organización.
usage-key-not-accepted = Crea una clave de administrador nueva o vuelve a pegar esta: puede que se haya eliminado o que no se copiara entera.
# Se muestra en «Detalles técnicos». $message: lo que dijo OpenAI sobre el rechazo (a menudo en inglés).
usage-openai-said = OpenAI dijo: { $message }
# Se muestra en «Detalles técnicos». $permission: el código del permiso, como api.usage.read (se deja tal cual).
usage-permission-needed = Permiso necesario: { $permission }
usage-admin-key-why = OpenAI solo muestra el uso y los gastos de una organización a las claves de administrador. Las claves que usan las aplicaciones (claves de proyecto, que empiezan por sk-proj-) pueden usar los modelos de OpenAI, pero no pueden ver lo que gasta la organización. Es a propósito: una clave filtrada desde una aplicación no puede revelar tu factura.
usage-admin-key-steps-title = Para crear una clave de administrador que solo pueda leer:
usage-admin-key-step-open = 1.  Abre la página «Admin keys» (Claves de administrador); solo un propietario de la organización puede crear una.
usage-admin-key-step-create = 2.  Crea una clave de administrador nueva, ponle un nombre, por ejemplo «Key Doctor», y dale solo acceso de lectura si la página ofrece elegir.
usage-admin-key-step-paste = 3.  Copia la clave, que empieza por sk-admin-, y pégala abajo.
usage-open-admin-keys-page = Abrir la página de claves de administrador
usage-paste-admin-key = Pega una clave de administrador (se guarda solo durante esta sesión, nunca en el disco):
# El nombre del campo, para los lectores de pantalla.
usage-admin-key-field = Clave de administrador
usage-use-this-key = Usar esta clave
usage-admin-key-environment-hint = Quien programa también puede darle a Key Doctor una clave de administrador al iniciarlo, en una variable de entorno.
usage-pasted-not-a-key = Eso no es una clave: pega la clave completa, que empieza por sk-admin-.
usage-pasted-not-admin = Pega una clave de administrador (empieza por sk-admin-): esta es una clave de proyecto o de usuario, no de administrador, y OpenAI no le muestra el uso de la organización.
# $key: de dónde sale la clave de administrador, uno de los mensajes usage-admin-key-demo, -environment, -pasted o -stored.
usage-reading-with = Consultando el uso con { $key }.
# $redacted: el principio y el final de la clave, como sk-admin…wxyz.
usage-reading-with-redacted = Consultando el uso con { $key } ({ $redacted }).
usage-forget-key = Olvidar esta clave
usage-admin-key-demo = la clave de administrador de solo lectura de la demo
usage-admin-key-environment = la clave de administrador con la que se inició Key Doctor
usage-admin-key-pasted = la clave de administrador que pegaste (solo para esta sesión)
usage-admin-key-stored = la clave de administrador guardada en tu llavero
# En lugar del principio y el final de la clave, cuando es demasiado corta para mostrarlos.
usage-short-key = (una clave corta)

## Página Uso: los días que se muestran (src/gui/views/usage.rs, src/usage/range.rs)

# $count: un número de días (7, 30, 90 o 365).
usage-preset-last-days = Últimos { $count } días
usage-preset-this-month = Este mes
usage-preset-last-month = El mes pasado
usage-preset-custom = Personalizado
usage-custom-from = Desde
usage-custom-to = hasta
usage-custom-first-day = Primer día
usage-custom-last-day = Último día
usage-custom-show = Mostrar estos días
usage-custom-format = (año-mes-día)
# $text: lo que escribió la persona; $example: una fecha escrita como se pide (se deja tal cual).
usage-range-not-a-date = No se puede mostrar este periodo: «{ $text }» no es una fecha. Escribe cada día como año-mes-día, por ejemplo { $example }.
# $first y $last: los dos días escritos, como fechas.
usage-range-reversed = No se puede mostrar este periodo: el primer día ({ $first }) es posterior al último ({ $last }). Intercambia los dos días.
# $first y $last: fechas, como 1 mar 2026.
usage-date-range = { $first } – { $last }
# $day: el número de un día, solo para un día fuera del calendario (datos dañados).
usage-day-out-of-range = día { $day }
# $time: la hora del reloj de la persona en que termina el día de OpenAI (medianoche UTC), como 01:00 o 19:00.
usage-days-end = Los días de { $provider } terminan a las { $time }, hora local.
usage-days-match = Los días de { $provider } coinciden con los tuyos: terminan a medianoche.
usage-days-why = { $provider } cuenta el uso por días completos en hora universal (UTC). Key Doctor muestra los mismos días, para que sus cifras coincidan con las de { $provider }.
usage-today-growing = Las cifras de hoy todavía pueden subir.

## Página Uso: la carga y lo que no se cargó (src/gui/usage.rs, src/usage/dataset.rs)

# $done y $total: partes cargadas y partes por cargar.
usage-loading-progress = Cargando… { $done } de { $total } partes
usage-problem-only-names-missing = Se cargaron todos los gastos, tokens y solicitudes; donde falta un nombre, se muestra el ID.
usage-problem-totals-incomplete = Los totales de abajo no incluyen lo que no se cargó. Vuelve a intentarlo para completarlos.
usage-problem-nothing-loaded = No se pudo cargar ninguna cifra. Vuelve a intentarlo en un momento.
usage-problem-cancelled = Se canceló la carga.
usage-problem-cancelled-kept = Se canceló la carga; las cifras de abajo son las que se habían cargado antes.
# $range: los días, como 1 mar 2026 – 31 mar 2026.
usage-part-tokens = Tokens y solicitudes ({ $range })
usage-part-costs = Gastos ({ $range })
usage-part-key-costs = Gasto por clave ({ $range })
usage-part-project-names = Nombres de los proyectos
# $project: el nombre de un proyecto.
usage-part-key-names = Nombres de las claves del proyecto { $project }
# El nombre del espacio de trabajo predeterminado de una organización de Anthropic (Anthropic no le da nombre), donde el uso de OpenAI muestra un proyecto.
usage-anthropic-default-workspace = Espacio de trabajo predeterminado
# $what: uno de los mensajes usage-part-*; $reason: el motivo, un código que elige las palabras.
usage-part-not-loaded = { $what }: sin cargar. { $reason ->
        [no_connection] Este equipo no pudo conectar con OpenAI. Comprueba la conexión a internet y vuelve a intentarlo.
        [not_allowed] OpenAI no permitió que esta clave lo consultara.
        [too_many_requests] OpenAI pidió ir más despacio. Vuelve a intentarlo en un minuto.
        [server_trouble] Los servidores de OpenAI no respondieron bien. Vuelve a intentarlo en un momento.
       *[unreadable] No se pudo leer la respuesta de OpenAI.
    }

## Página Uso: las cifras principales (src/gui/views/usage.rs)

usage-figure-total-cost = Gasto total
usage-figure-month-to-date = Este mes, hasta hoy
# $month: un mes y su año, como noviembre de 2026.
usage-figure-forecast = Previsión para { $month }
# $amount: dinero gastado por día.
usage-figure-forecast-pace = a { $amount } por día, el ritmo de los últimos 7 días completos
usage-figure-not-available = no disponible
usage-figure-month-not-loaded = este mes no se cargó
usage-figure-input-tokens = Tokens de entrada
# $tokens: un número de tokens, ya escrito con sus separadores. La entrada reutilizada es texto que OpenAI ya había visto en una solicitud reciente; cuesta menos.
usage-figure-reused = { $tokens } reutilizados (se facturan más baratos)
usage-figure-output-tokens = Tokens de salida
usage-figure-requests = Solicitudes
usage-figure-in-range = en el periodo
usage-figure-requests-not-reported = { $provider } no los informa

## Página Uso: los gráficos (src/gui/views/usage.rs, src/gui/usage.rs, src/usage/report.rs)

# $period: day, week o month (una barra del gráfico).
usage-chart-cost = { $period ->
        [week] Gasto por semana
        [month] Gasto por mes
       *[day] Gasto por día
    }
usage-chart-tokens = { $period ->
        [week] Tokens por semana
        [month] Tokens por mes
       *[day] Tokens por día
    }
usage-chart-requests = { $period ->
        [week] Solicitudes por semana
        [month] Solicitudes por mes
       *[day] Solicitudes por día
    }
usage-split-by = Desglosar por
usage-cost-from-invoice = Son las cantidades de tu factura de { $provider }.
usage-input-includes-reused = Los tokens de entrada incluyen los reutilizados, como los cuenta { $provider }.
usage-reused-input-explained = La entrada reutilizada es texto que { $provider } ya había visto en una solicitud reciente, como las mismas instrucciones enviadas otra vez. Se factura más barata.
# $group: model, project o api_key (por qué se desglosan los gráficos).
usage-requests-split = { $group ->
        [project] Desglosado por proyecto, como los tokens de arriba.
        [api_key] Desglosado por clave, como los tokens de arriba.
       *[model] Desglosado por modelo, como los tokens de arriba.
    }
usage-measure-input = Entrada
usage-measure-reused-input = Entrada reutilizada
usage-measure-output = Salida
usage-measure-requests = Solicitudes
usage-group-model = Modelo
usage-group-project = Proyecto
usage-group-key = Clave
# Cómo aparece un gasto en la factura de OpenAI, como «gpt-5-mini, output» o «Web search».
usage-group-kind-of-use = Tipo de uso
usage-nameless-model = (sin modelo indicado)
usage-nameless-project = (sin proyecto)
usage-nameless-key = (sin clave indicada)
usage-nameless-kind-of-use = (sin tipo indicado)
# $count: cuántos modelos, proyectos o claves más pequeños se suman en esta parte del gráfico.
usage-chart-other = Otros ({ $count } más)
# $amount: el total de la barra, dinero o un número.
usage-chart-total = Total: { $amount }
# $count: cuántos más no aparecen en la lista.
usage-chart-and-more = y { $count } más
# $first y $last: el primer y el último día de la barra de una semana.
usage-chart-week = del { $first } al { $last }
usage-nothing-in-range = Nada en este periodo.

## Página Uso: la tabla (src/gui/views/usage.rs)

usage-top-title = Principales modelos, proyectos y claves
usage-tab-models = Modelos
usage-tab-projects = Proyectos
usage-tab-keys = Claves de API
usage-tab-kinds-of-use = Tipos de uso
usage-column-cost = Gasto
usage-column-input = Tokens de entrada
usage-column-reused = Entrada reutilizada
usage-column-output = Tokens de salida
usage-column-requests = Solicitudes
# Para los lectores de pantalla, el botón de la primera columna. $group: model, project, api_key o line_item.
usage-sort-name = { $group ->
        [project] Ordenar por proyecto
        [api_key] Ordenar por clave
        [line_item] Ordenar por tipo de uso
       *[model] Ordenar por modelo
    }
usage-sort-cost = Ordenar por gasto
usage-sort-input = Ordenar por tokens de entrada
usage-sort-reused = Ordenar por entrada reutilizada
usage-sort-output = Ordenar por tokens de salida
usage-sort-requests = Ordenar por solicitudes
usage-table-no-id = sin ID
# $amount: dinero.
usage-table-estimate = ≈ { $amount } (estimación)
usage-table-estimate-hover = Estimado a partir de los tokens y de la tabla de precios de Configuración.
usage-table-no-price = precio desconocido
usage-table-no-price-hover = La tabla de precios de Configuración no tiene precio para este modelo.
# $count: filas que no se muestran.
usage-table-more = Y { $count } más; la exportación CSV las incluye todas.
# $prices: de dónde salen los precios, uno de los mensajes usage-prices-*.
usage-estimate-note = Los gastos marcados como estimación salen de los tokens y los precios, no de la factura de OpenAI. { $prices }
usage-key-costs-not-asked = No se pidió el gasto por clave, así que es una estimación.
usage-key-costs-not-given = OpenAI no desglosa por clave los gastos de esta organización, así que el gasto de cada clave se estima a partir de sus tokens.
usage-key-costs-not-loaded = No se pudo cargar el gasto por clave, así que el gasto de cada clave se estima a partir de sus tokens.

## Página Uso: exportar (src/gui/usage.rs, src/gui/views/usage.rs)

usage-export-daily = Exportar CSV diario…
usage-export-table = Exportar esta tabla como CSV…
# El título de la ventana de guardar.
usage-export-daily-title = Guardar las cifras diarias como CSV
# El título de la ventana de guardar.
usage-export-table-title = Guardar la tabla como CSV
# $count: filas guardadas; $path: dónde está el archivo.
usage-export-saved = { $count ->
        [one] Se guardó 1 fila en { $path }.
       *[other] Se guardaron { $count } filas en { $path }.
    }
# $path: dónde está el archivo.
usage-export-saved-to = Guardado en { $path }.
usage-export-not-saved = Todavía no se guardó nada: la ventana de guardar no se abrió, o se cerró. Guarda el archivo en tu carpeta Descargas o copia la tabla.
usage-export-failed = No se pudo guardar el archivo ahí. Guárdalo en tu carpeta Descargas o copia la tabla.
usage-export-not-made = No se pudo crear el archivo CSV. Vuelve a intentarlo o copia la tabla.
usage-export-no-downloads-folder = Este equipo no tiene carpeta Descargas ni carpeta personal donde guardar. Copia la tabla.
# $folder: la carpeta Descargas.
usage-export-downloads-failed = No se pudo guardar el archivo en { $folder }. Copia la tabla.
usage-export-save-in-downloads = Guardar en Descargas
usage-export-copy = Copiar CSV
usage-export-copied = Se copió la tabla. Pégala en una hoja de cálculo: cada valor queda en su propia celda.

## Página Claves: lo que gastó una clave (src/gui/usage.rs)

# $amount: dinero; $first y $last: el primer y el último día del periodo que muestra la página Uso.
usage-key-spent = Gastó { $amount } del { $first } al { $last }
# Como usage-key-spent, cuando la cantidad se estima a partir de los tokens.
usage-key-spent-estimate = Gastó unos { $amount } del { $first } al { $last } (estimación a partir de tokens y precios)

## Precios para las estimaciones (src/usage/pricing.rs)

# $as_of: el mes en que se recogieron los precios, como junio de 2026.
usage-prices-shipped = Precios incluidos en Key Doctor, de { $as_of }.
usage-prices-shipped-undated = Precios incluidos en Key Doctor, de fecha desconocida.
# $file: la ruta del archivo de precios; $as_of: como en usage-prices-shipped.
usage-prices-from-file = Precios de { $file }, de { $as_of }.
# $file: la ruta del archivo de precios.
usage-prices-from-file-undated = Precios de { $file }, de fecha desconocida.
# $file: la ruta del archivo de precios.
usage-pricing-unreadable = No se pudo leer el archivo de precios { $file }, así que Key Doctor usa los precios que trae incluidos. Comprueba que el archivo sigue ahí o elige otro.
# $file: la ruta del archivo de precios.
usage-pricing-too-large = El archivo de precios { $file } ocupa más de 4 MB, así que Key Doctor usa los precios que trae incluidos. Elige el archivo correcto.
# $file: la ruta del archivo de precios.
usage-pricing-not-a-table = El archivo { $file } no es una tabla de precios, así que Key Doctor usa los precios que trae incluidos. Elige otro archivo.
# $file: la ruta del archivo de precios; $currency: el código de una moneda, como EUR.
usage-pricing-not-dollars = Los precios de { $file } están en { $currency } y Key Doctor solo puede usar dólares estadounidenses, así que usa los precios que trae incluidos.
# $file: la ruta del archivo de precios.
usage-pricing-no-model-name = Un precio de { $file } no tiene nombre de modelo, así que Key Doctor usa los precios que trae incluidos. Corrige el archivo o elige otro.
# $file: la ruta del archivo de precios; $model: el nombre de un modelo; $field: input, cached_input u output (qué precio).
usage-pricing-bad-price = En { $file }, el precio de { $field ->
        [cached_input] entrada reutilizada
        [output] salida
       *[input] entrada
    } de { $model } no es un número positivo, así que Key Doctor usa los precios que trae incluidos. Corrige el archivo o elige otro.
# Antes de los proveedores cuyo uso se puede mostrar (OpenAI, Anthropic), cuando hay guardadas claves de administrador de ambos.
usage-provider = Uso de:
