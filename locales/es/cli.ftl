## Las palabras de la línea de comandos para las personas (src/cli). Su salida JSON siempre está en
## inglés, igual que su --help (el de clap). Las opciones (--stdin) y los nombres de variables
## (OPENAI_API_KEY) se escriben tal cual: no se traducen. Delante de un error, la línea empieza por «key-doctor: ».

## Errores de cualquier orden (src/cli/mod.rs)

# Se muestra en la línea bajo un error, con las palabras propias de una biblioteca para quien ayude.
# $details: esas palabras, tal como las escribió la biblioteca (en inglés).
cli-details = Detalles: { $details }
# $problem: por qué no se puede usar la dirección (uno de error-address-*).
cli-address-unusable = No se puede usar la dirección de OpenAI: { $problem }.
cli-could-not-start = Key Doctor no pudo iniciarse.
cli-json-failed = No se pudo escribir el resultado como JSON.
# Un valor de --timeout que no es un número de segundos; $text: el valor tal como se escribió.
cli-not-seconds = «{ $text }» no es un número de segundos mayor que 0
# Un valor de --provider que no nombra ningún proveedor; $text: el valor tal como se escribió; $words:
# las palabras que acepta --provider, separadas por comas (se escriben tal cual: no se traducen).
cli-not-provider = «{ $text }» no es un proveedor que Key Doctor conozca. Usa uno de estos: { $words }

## key-doctor simulate (src/cli/mod.rs)

# $url: la dirección del simulador, como http://127.0.0.1:8080/v1.
cli-simulator-listening = El simulador de OpenAI de Key Doctor está escuchando en { $url }
    Para usarlo, configura un cliente con OPENAI_BASE_URL={ $url }
cli-simulator-keys = Claves (inventadas; solo funcionan con este simulador):
# Antes de las claves inventadas de los otros proveedores. Sus direcciones se muestran después de
# esta guía, una por línea («anthropic: http://…»).
cli-simulator-provider-keys = Claves de otros proveedores. Pon en la variable de dirección de cada proveedor (como ANTHROPIC_BASE_URL) la dirección que se indica para él:
# $organization: el ID de la organización del simulador, como org-…
cli-simulator-wrong-organization = Organización o proyecto equivocados: envía cualquier clave con un encabezado OpenAI-Organization distinto de { $organization }, o con un encabezado OpenAI-Project de otro proyecto.
# $requests: las solicitudes de control del simulador, tal como se escriben.
cli-simulator-controls = Controles: { $requests }.
cli-simulator-stop = Usa Ctrl+C para detenerlo.
# $address: dónde intentó escuchar el simulador, como 127.0.0.1:8080.
cli-simulator-could-not-listen = El simulador no pudo escuchar en { $address }.
cli-simulator-ctrl-c = El simulador no pudo esperar a Ctrl+C, así que se detuvo.

## key-doctor check y key-doctor explain (src/cli/check.rs)

# $variable: la variable de entorno que debería contener la clave, como OPENAI_API_KEY.
cli-key-variable-not-set = La variable { $variable } no está definida. Pon la clave en ella, o usa --env-file ARCHIVO o --stdin (la clave nunca se lee de la línea de comandos).
# Después de cli-key-variable-not-set cuando no se nombró ninguna variable. $variables: la variable
# habitual de cada uno de los otros proveedores, separadas por comas, como ANTHROPIC_API_KEY, GEMINI_API_KEY.
cli-key-other-variables = La clave de otro proveedor se lee de su propia variable: { $variables }.
cli-stdin-unreadable = No se pudo leer la clave de la entrada estándar.
cli-stdin-empty = La entrada estándar estaba vacía: envía la clave por ella.
# $file: el archivo .env.
cli-env-file-no-api-key = { $file } no contiene ninguna clave de API de un proveedor que Key Doctor conozca.
# La primera línea sobre una clave. $redacted: la clave con casi todo oculto; $kind: su tipo
# (error-key-kind-*, o cli-provider-kind con el nombre de su proveedor); $source: de dónde se leyó,
# como OPENAI_API_KEY o .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, leída de { $source })
# El tipo de una clave con el nombre de su proveedor, cuando las palabras del tipo no lo nombran.
# $provider: el nombre del proveedor, como OpenAI (nunca se traduce); $kind: el tipo (error-key-kind-*).
cli-provider-kind = { $kind } de { $provider }
# $title: el título del diagnóstico, como «Clave no aceptada»; $summary: su frase.
cli-verdict = { $title }: { $summary }
# $url: la página que soluciona el problema.
cli-fix = Solución: { $url }
# $note: una frase más sobre el diagnóstico.
cli-note = Nota: { $note }
cli-permissions = Permisos:
# $name: el nombre de la organización (o cli-untitled); $id: su ID, como org-…
cli-organization = Organización: { $name } ({ $id })
# Una organización sin nombre.
cli-untitled = sin nombre
# $tier: el nivel de uso, como «Nivel 3».
cli-usage-tier = Nivel de uso: { $tier }
cli-explain-unreadable = No se pudo leer el texto del error de la entrada estándar.
# $name: el nombre de una clave guardada en Key Doctor.
cli-explain-names-key = Este texto menciona tu clave guardada «{ $name }».

## key-doctor import (src/cli/import.rs)

# $problem: el motivo (una frase sobre el llavero o la lista de claves).
cli-import-nothing-stored = { $problem } No se guardó nada.
cli-import-no-config-folder = Este sistema no tiene carpeta de configuración para la lista de claves, así que no se guardó nada.
# $variable: el nombre de la clave en el archivo, como OPENAI_API_KEY.
cli-import-put-back = { $variable } estaba en la lista, pero faltaba en el llavero; se volvió a guardar.
# $variable: el nombre de la clave en el archivo; $problem: por qué no se guardó.
cli-import-not-stored = { $variable }: { $problem }
cli-import-no-api-key = No se encontró ninguna clave de API.
# Después de una clave que Key Doctor ya guarda.
cli-import-already-stored = (ya guardada)
# $names: los nombres de las claves guardadas, separados por comas; $count: cuántas.
cli-import-stored = { $count ->
    [one] Guardada en el llavero de tu sistema: { $names }. El archivo no se modificó.
   *[other] Guardadas en el llavero de tu sistema: { $names }. El archivo no se modificó.
}
cli-import-nothing-new = No hay nada nuevo que guardar.
# Después de --dry-run, que solo muestra lo que se guardaría.
cli-import-dry-run = Simulación: no se guardó nada y el archivo no se modificó.

## key-doctor usage (src/cli/usage.rs)

# $variable: la variable de entorno de la clave de administrador (OPENAI_ADMIN_KEY); $url: la página donde se crean las claves de administrador.
cli-usage-needs-admin-key = Para consultar el uso hace falta una clave de administrador en { $variable }. Una clave de proyecto no puede consultar el uso de la organización; un propietario de la organización puede crear una clave de administrador de solo lectura en { $url }.
# $variable: la variable de entorno que contiene la clave (OPENAI_ADMIN_KEY).
cli-usage-key-not-accepted = OpenAI no aceptó la clave de { $variable }. Comprueba que está completa y que no se revocó.
# $variable: la variable de entorno que contiene la clave; $url: la página donde se crean las claves de administrador.
cli-usage-may-not-read = La clave de { $variable } no puede consultar el uso. Hace falta una clave de administrador con permiso para consultar el uso; un propietario de la organización puede crear una en { $url }.
cli-usage-incomplete = Los totales estarían incompletos, así que no se muestran.
# $file: el archivo CSV que se pidió.
cli-usage-csv-not-made = No se pudo crear el archivo CSV { $file }.
# $file: el archivo CSV que se pidió; $problem: el motivo (uno de error-io-*).
cli-usage-csv-not-written = No se pudo escribir el archivo CSV { $file }: { $problem }.
# $first y $last: el primer y el último día que se muestran, como fechas.
cli-usage-heading = Uso y gasto del { $first } al { $last } (días completos como los cuenta OpenAI, en UTC)
# $cost: una cantidad de dinero.
cli-usage-total-cost = Gasto total: { $cost }
# Cantidades de tokens, ya escritas como números: $input, de los que $reused fue entrada enviada otra
# vez y facturada más barata; $output; $requests solicitudes ($request_count: el mismo número, para el plural).
cli-usage-tokens = Tokens: { $input } de entrada ({ $reused } de ellos reutilizados, facturados más baratos), { $output } de salida; { $request_count ->
    [one] { $requests } solicitud
   *[other] { $requests } solicitudes
}
# Los encabezados de las columnas de la tabla: cortos (16 letras como mucho).
cli-usage-column-date = Fecha
cli-usage-column-cost = Gasto
cli-usage-column-input = Tokens entrada
cli-usage-column-reused = Ent. reutilizada
cli-usage-column-output = Tokens salida
cli-usage-column-requests = Solicitudes
# Los encabezados de los totales por grupo.
cli-usage-by-model = Por modelo:
cli-usage-by-project = Por proyecto:
cli-usage-by-key = Por clave:
cli-usage-by-line-item = Por tipo de uso:
# Palabras después de los números de la línea de un grupo: «1.234 de entrada 567 de salida 89 solicitudes».
cli-usage-word-input = de entrada
cli-usage-word-output = de salida
cli-usage-word-requests = solicitudes
# $cost: una cantidad de dinero estimada a partir de los tokens y los precios.
cli-usage-estimate = ≈{ $cost } (estimación)
cli-usage-no-price = precio desconocido
cli-not-resolve = «{ $value }» no tiene la forma HOST:PUERTO:DIRECCIÓN (por ejemplo api.openai.com:443:203.0.113.7)

## key-doctor org, y lo que key-doctor check añade con una clave de administrador (src/cli/org.rs, src/cli/check.rs)

# $variable: la variable de entorno de la clave de administrador (OPENAI_ADMIN_KEY); $url: la página donde se crean.
cli-org-needs-admin-key = Para consultar tu organización hace falta una clave de administrador. Quien sea propietario de la organización puede crear una de solo lectura en { $url }; ponla en la variable de entorno { $variable } y vuelve a ejecutar esto.
# Tras la frase de que una clave de administrador diría más, en un terminal. $variable: OPENAI_ADMIN_KEY.
cli-check-admin-key-variable = En la línea de comandos, pon la clave de administrador en la variable de entorno { $variable }.
# $date: el día en que se consultó la organización.
cli-org-heading = Tu organización tal como OpenAI la muestra el { $date }
cli-org-whole-organization = Toda la organización:
# $count: cuántas claves de administrador tiene la organización.
cli-org-admin-keys = { $count ->
    [one] Una clave de administrador
   *[other] { $count } claves de administrador
}
# $state: cli-org-not-read.
cli-org-admin-keys-unknown = Claves de administrador: { $state }
cli-org-audit-log-empty = El registro de auditoría no muestra ningún cambio en las claves. Solo registra lo que ocurre después de activarlo, así que puede que esté desactivado.
# El título de un proyecto. $name: su nombre; $id: su ID, como proj_…
cli-org-project = Proyecto «{ $name }» ({ $id })
cli-org-project-archived = Proyecto «{ $name }» ({ $id }), archivado: sus claves ya no funcionan
# $models: cli-org-models-all, -only o -except.
cli-org-models = Modelos: { $models }
cli-org-models-all = todos los modelos de la organización
# $models: una lista de nombres de modelos.
cli-org-models-only = solo { $models }
cli-org-models-except = todos los modelos menos { $models }
# $tools: una lista de los nombres de herramientas de abajo.
cli-org-tools-off = Herramientas desactivadas: { $tools }
cli-org-tools-all-on = Herramientas: todas activadas
# $state: cli-org-not-read.
cli-org-tools-unknown = Herramientas: { $state }
# Herramientas de OpenAI que un proyecto puede desactivar.
# $limits: uno o más «modelo (N solicitudes por minuto, N tokens por minuto)», o cli-org-not-read.
cli-org-rate-limits = Límites por minuto: { $limits }
cli-org-rate-limits-none = Límites por minuto: los de la organización (este proyecto no fija ninguno)
# $number: el número ya escrito; $count: el mismo número, para el plural.
cli-org-requests-a-minute = { $count ->
    [one] { $number } solicitud por minuto
   *[other] { $number } solicitudes por minuto
}
cli-org-tokens-a-minute = { $count ->
    [one] { $number } token por minuto
   *[other] { $number } tokens por minuto
}
# $spent: el gasto de este mes (una cantidad de dinero, o cli-org-unknown); $limit: el límite de gasto, una cantidad de dinero.
cli-org-hard-limit = Límite de gasto estricto: { $spent } de { $limit } este mes
cli-org-hard-limit-reached = Límite de gasto estricto: { $spent } de { $limit } este mes. Alcanzado: OpenAI rechaza las solicitudes hasta el mes que viene o hasta que se suba.
cli-org-hard-limit-not-enforced = Límite de gasto de { $limit } al mes, sin aplicar; { $spent } gastados este mes
cli-org-no-hard-limit = Sin límite de gasto estricto; { $spent } gastados este mes
# $state: cli-org-not-read.
cli-org-hard-limit-unknown = Límite de gasto estricto: { $state }; { $spent } gastados este mes
# $alerts: uno o más cli-org-alert-to o cantidades, o cli-org-not-read.
cli-org-alerts = Alertas de gasto (un correo; no bloquean nada): { $alerts }
cli-org-alerts-none = Alertas de gasto: ninguna
# $amount: una cantidad de dinero; $recipients: direcciones de correo.
cli-org-alert-to = al llegar a { $amount }, a { $recipients }
# Se dice en lugar de una parte que no se pudo consultar; el motivo va al final.
cli-org-not-read = no se pudo consultar (mira al final)
cli-org-unknown = desconocido
# $count: cuántas claves tiene la organización.
cli-org-keys-heading = { $count ->
    [0] Ninguna clave de proyecto.
    [one] Una clave de proyecto:
   *[other] { $count } claves de proyecto:
}
# $name: el nombre de la clave en OpenAI; $redacted: la clave casi toda oculta; $project: el nombre de su proyecto.
cli-org-key = { $name } ({ $redacted }), proyecto «{ $project }»
# $owner: el nombre de una persona, o cli-org-service-account.
cli-org-key-owner = Propietario: { $owner }, con acceso al proyecto
cli-org-key-owner-left = Propietario: { $owner }, que ya no tiene acceso al proyecto: la clave dejó de funcionar
cli-org-key-owner-unknown = Propietario: desconocido
# $name: el nombre de la cuenta de servicio.
cli-org-service-account = la cuenta de servicio «{ $name }»
# $created y $last_used: fechas (o cli-org-never, cli-org-unknown); $cost: una cantidad de dinero (o cli-org-unknown).
cli-org-key-dates = Creada el { $created }, último uso: { $last_used }, { $cost } este mes
cli-org-never = nunca
# $name: el nombre que tiene la clave en Key Doctor.
cli-org-key-stored-as = Guardada aquí como «{ $name }»
# $flag: lo que necesita atención (org-flag-*); $fix: las palabras del botón (org-fix-*); $url: la página.
cli-org-flag-fix = { $flag }. { $fix }: { $url }
# $count: cuántas partes no se pudieron consultar.
cli-org-failures-heading = { $count ->
    [one] Una parte no se pudo consultar:
   *[other] { $count } partes no se pudieron consultar:
}
# $project: el nombre de un proyecto; $sentence: por qué no se pudo consultar una de sus partes.
cli-org-failure-in-project = Proyecto «{ $project }»: { $sentence }

## usage --provider (issue 16)
# $text: lo que se escribió después de --provider.
cli-usage-not-a-usage-provider = Key Doctor no puede consultar el uso de «{ $text }». Usa --provider openai o --provider anthropic.
cli-usage-needs-anthropic-admin-key = Para consultar el uso de Anthropic hace falta una clave de administrador de Anthropic (empieza por sk-ant-admin01-) en { $variable }. Un administrador de la organización puede crear una en { $url }.
cli-usage-anthropic-refused = Anthropic no dejó que la clave de { $variable } consultara los informes de uso y gasto: tiene que ser una clave de administrador de la organización que siga activa. Las claves de administrador están en { $url }.
