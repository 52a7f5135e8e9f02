## Página Claves: encabezado y barra de herramientas (src/gui/views/keys.rs)

keys-title = Tus claves
keys-open-env-file = Abrir un archivo .env
keys-paste-env-text = Pegar el texto de un .env
keys-check-all = Comprobar todas
# Mientras se ejecuta «Comprobar todas»; $done y $total son números de claves.
keys-check-all-progress = Comprobadas { $done } de { $total }
keys-stop-checking = Detener la comprobación
keys-cancel = Cancelar

## Página Claves: no hay llavero (src/gui/views/keys.rs)

keys-no-keychain-title = No se pudo abrir el llavero
keys-no-keychain = Key Doctor no pudo abrir el llavero de este equipo, donde guarda las claves de forma segura. Puedes guardar las claves solo durante esta sesión, o volver a abrir Key Doctor después de iniciar sesión en tu equipo.
keys-keychain-locked = Tu llavero está bloqueado o denegó el acceso. Desbloquéalo (inicia sesión en tu equipo o abre la aplicación del llavero) y vuelve a abrir Key Doctor. O guarda las claves solo durante esta sesión.
keys-keep-for-session = Guardar las claves solo durante esta sesión

## Página Claves: abrir un archivo .env por su ruta (src/gui/views/keys.rs)

keys-path-title = Abrir un archivo .env por su ruta
keys-path-explained = No se abrió ningún archivo. Escribe o pega aquí la ruta del archivo (~ es tu carpeta personal), arrastra el archivo a esta ventana o pega su texto con «{ keys-paste-env-text }».
keys-path-label = Ruta del archivo .env
keys-open-this-file = Abrir este archivo

## Página Claves: pegar el texto de un archivo .env (src/gui/views/keys.rs)

keys-paste-title = Pega el texto de un archivo .env
keys-paste-explained = Key Doctor lee la configuración de OpenAI que contiene; no se envía nada a ningún sitio.
keys-paste-keyboard = Ctrl+Enter lee el texto; Esc cierra esta ventana.
keys-read-pasted-text = Leer el texto pegado

## Página Claves: tarjeta de bienvenida, mientras no hay ninguna clave guardada (src/gui/views/keys.rs)

keys-welcome-title = Te damos la bienvenida a Key Doctor
keys-welcome-intro = Key Doctor te dice, en una frase, por qué no funciona una clave de API de OpenAI y qué página de platform.openai.com lo soluciona.
keys-welcome-kept-in-keychain = Tus claves se guardan en el llavero del sistema, nunca en un archivo sin cifrar.
keys-welcome-kept-for-session = Las claves que añadas ahora se guardan solo hasta que cierres Key Doctor.
keys-welcome-open-file = O abre el archivo .env de tu aplicación, el que te dio quien la desarrolló (también puedes arrastrarlo a esta ventana):
keys-welcome-demo-loading = Modo demo: se están cargando las claves de ejemplo.
keys-welcome-try-demo = Para echar un vistazo primero, prueba Key Doctor con claves de ejemplo. No se envía nada a OpenAI y no necesitas ninguna clave propia.

## Página Claves: el formulario para añadir una clave (src/gui/views/keys.rs)

keys-add-a-key = Añadir una clave
keys-api-key = Clave de API
keys-name-optional = Nombre (opcional)
# Un nombre de ejemplo, en el campo de nombre vacío.
keys-name-example = Chatbot del sitio web
keys-storing = Guardando la clave…
keys-add-key = Añadir clave
# Bajo el formulario: dónde se guarda una clave añadida ahora. $place es «keychain» o «session».
keys-add-kept = { $place ->
    [keychain] Se guarda en el llavero del sistema.
   *[session] Se guarda solo hasta que cierres Key Doctor.
  }
keys-open-api-keys-page = Abrir la página de claves de API
# El texto escrito como clave no se parece a ninguna clave de OpenAI.
keys-not-a-key = Esto no es una clave de API de OpenAI. Cópiala de la página «API keys» (Claves de API) de platform.openai.com, o de la configuración de la aplicación para la que se creó: una clave es una sola palabra larga que empieza por sk-proj-, sk-svcacct- o sk-admin- (las antiguas, por sk-).
# $reason: la frase de Key Doctor sobre lo que falló (el llavero, la lista de claves).
keys-not-stored = La clave no se guardó. { $reason }
# Una clave que encaja con las de varios proveedores: la persona elige de quién es.
keys-which-service = ¿De qué servicio es esta clave?
# El campo para el punto de conexión de una clave de Azure OpenAI (la dirección de su recurso).
keys-endpoint = Punto de conexión
keys-endpoint-why = Una clave de Azure OpenAI solo funciona con el punto de conexión de su recurso: los dos están en la página «Keys and Endpoint» (Claves y punto de conexión) del recurso, en el portal de Azure.
keys-endpoint-needed = Escribe el punto de conexión del recurso de Azure OpenAI de esta clave (como https://tu-recurso.openai.azure.com): sin él no se puede comprobar la clave.
# $problem: por qué no se puede usar la dirección escrita.
keys-endpoint-refused = No se puede usar este punto de conexión: { $problem }

## Página Claves: la lista de claves (src/gui/views/keys.rs)

keys-status-checking = Comprobando…
keys-status-missing = No está en el llavero
keys-status-not-checked = Sin comprobar todavía
# $verdict: el título del diagnóstico de la última comprobación, como «Funciona».
keys-status-last-check = Última comprobación: { $verdict }
# Después de «Comprobar todas»; $count claves de $total necesitan atención.
keys-need-attention = { $count ->
    [one] { $count } de { $total } claves necesita atención.
   *[other] { $count } de { $total } claves necesitan atención.
  }
keys-show-all = Mostrar todas las claves
keys-find = Buscar una clave
keys-find-hint = nombre, tipo o archivo
keys-needs-attention-only = Solo las que necesitan atención
# Junto a la lista de proveedores cuyas claves se muestran.
keys-provider-filter = Proveedor
keys-all-providers = Todos los proveedores
keys-group-project = Claves de proyecto
keys-group-service-account = Claves de cuenta de servicio
keys-group-user = Claves de usuario (sin proyecto)
keys-group-legacy-user = Claves de usuario antiguas
keys-group-admin = Claves de administrador
keys-group-other = Otras claves
# La búsqueda no encuentra nada; $words: lo que se escribió en el campo de búsqueda.
keys-no-match = Ninguna clave coincide con «{ $words }». Cambia las palabras o borra la búsqueda para ver todas las claves.
keys-clear-search = Borrar la búsqueda
# «Solo las que necesitan atención» está activado y todas las claves funcionan.
keys-none-need-attention = Ahora mismo ninguna clave necesita atención.

## Página Claves: la clave seleccionada (src/gui/views/keys.rs)

keys-select-a-key = Selecciona una clave a la izquierda.
keys-missing-title = Falta la clave
keys-missing = Tu llavero ya no tiene esta clave (puede que se eliminara desde allí). Vuelve a añadirla o elimina esta entrada.
keys-add-again = Volver a añadir la clave
keys-not-checked-yet = Haz clic en «Comprobar» para saber si esta clave funciona. No cuesta nada: no se gasta ningún token.
keys-works-now = Esta clave ya funciona: tu aplicación o plugin puede usarla.
keys-fix-steps-title = Qué hacer en esa página
keys-sent-with-key = Key Doctor envía la organización y el proyecto que venían con esta clave. Deja de enviarlos para comprobar la clave por sí sola; después, cambia ese mismo ajuste en tu aplicación.
keys-stop-sending = Dejar de enviarlos y volver a comprobar
keys-new-key-next = Cuando tengas la clave nueva, añádela aquí y luego ponla en tu aplicación o plugin.
keys-add-new-key = Añadir la clave nueva
keys-changed-check-again = Ya lo cambié: volver a comprobar
# $minutes: durante cuánto tiempo Key Doctor volvió a comprobar la clave después de abrir su página de solución.
keys-fix-loop-gave-up = { $minutes ->
    [one] Key Doctor dejó de comprobarla después de { $minutes } minuto. Cuando lo hayas cambiado, haz clic en «Comprobar».
   *[other] Key Doctor dejó de comprobarla después de { $minutes } minutos. Cuando lo hayas cambiado, haz clic en «Comprobar».
  }
# $seconds: cada cuánto se vuelve a comprobar la clave; $minutes: durante cuánto tiempo.
keys-fix-loop-still-failing = Sigue sin funcionar. OpenAI puede tardar unos minutos en aplicar un cambio; Key Doctor vuelve a comprobarla { $seconds ->
    [one] cada segundo
   *[other] cada { $seconds } segundos
  } durante un máximo de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  } mientras esta ventana esté abierta.
# $seconds: cada cuánto se vuelve a comprobar la clave; $minutes: durante cuánto tiempo.
keys-fix-loop-checking = Key Doctor vuelve a comprobar esta clave { $seconds ->
    [one] cada segundo
   *[other] cada { $seconds } segundos
  } durante un máximo de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  } mientras esta ventana esté abierta. No cuesta nada.
keys-new-name = Nombre nuevo
keys-save = Guardar
# $kind: el tipo de clave («Clave de proyecto»); $redacted: la clave con casi todo oculto; $source: de dónde salió.
keys-facts = { $kind } · { $redacted } · origen: { $source }
# Una clave pegada en Key Doctor; $kind: el tipo de clave; $redacted: la clave con casi todo oculto.
keys-facts-pasted = { $kind } · { $redacted } · pegada en Key Doctor
# $amount: dinero, ya escrito para el idioma.
keys-spend = { $amount }, según la página Uso.
# $project: el ID del proyecto, tal como lo indicaba el archivo .env.
keys-project = Proyecto: { $project }
# $endpoint: la dirección del recurso de Azure OpenAI en el que se comprueba la clave.
keys-endpoint-of-key = Punto de conexión: { $endpoint }
# $address: la dirección a la que se llama a otro proveedor para esta clave (un proxy, según su archivo .env).
keys-address-of-key = Dirección: { $address }
keys-check = Comprobar
keys-copy-report = Copiar el informe
keys-copy-key = Copiar la clave
keys-copy-key-hover = Copia la clave completa al portapapeles
keys-rename = Cambiar el nombre
keys-delete = Eliminar
# El botón que oculta una clave visible; $seconds: los segundos que faltan para que se oculte sola.
keys-hide = Ocultar ({ $seconds } s)
keys-reveal = Mostrar
keys-reveal-hover = Muestra la clave completa durante unos segundos

## Página Claves: eliminar una clave (src/gui/views/keys.rs)

# $name: el nombre de la clave.
keys-delete-title = ¿Eliminar «{ $name }»?
# $place es «keychain» o «session».
keys-delete-forgets = { $place ->
    [keychain] Key Doctor olvidará esta clave y la quitará del llavero del sistema.
   *[session] Key Doctor olvidará esta clave (solo estaba guardada durante esta sesión).
  }
keys-delete-no-copy = OpenAI no vuelve a mostrar nunca la clave completa: si no tienes otra copia, no se podrá recuperar.
keys-delete-still-works = Eliminarla aquí no la desactiva: la clave sigue funcionando en OpenAI hasta que la revoques en la página «API keys» (Claves de API).
# $provider: el nombre del proveedor, como Anthropic.
keys-delete-no-copy-of = Puede que { $provider } no vuelva a mostrar la clave completa: si no tienes otra copia, no se podrá recuperar.
# $provider: el nombre del proveedor, como Anthropic.
keys-delete-still-works-of = Eliminarla aquí no la desactiva: la clave sigue funcionando en { $provider } hasta que la elimines en la página de claves de { $provider }.
keys-delete-undo = Podrás deshacerlo durante unos segundos.
keys-delete-confirm = Eliminar la clave
keys-keep-it = Conservarla

## Página Claves: lo que encontró la comprobación (src/gui/views/keys.rs)

keys-permissions = Permisos
keys-for-a-developer = Para quien programa
keys-copy-lines = Copiar estas líneas
# $count: cuántas comprobaciones tiene el historial.
keys-history = Historial de comprobaciones ({ $count })
# Una comprobación del historial; $date y $time: cuándo; $verdict: su título, como «Funciona».
keys-history-line = { $date }, { $time } — { $verdict }
# $organization: el nombre y el ID de la organización.
keys-organization = Organización: { $organization }
# $projects: los nombres de los proyectos, separados por comas.
keys-projects = Proyectos: { $projects }
# $tier: el nivel de uso de OpenAI, como «tier-1».
keys-usage-tier = Nivel de uso: { $tier }
# $requests y $tokens: números, ya escritos para el idioma («?» si no se conocen).
keys-rate-limits = Límites por minuto: { $requests } solicitudes y { $tokens } tokens
# Los límites de otro proveedor, en periodos que fija él mismo; $provider: su nombre; $requests y $tokens: números («?» si no se conocen).
keys-rate-limits-of = Límites que indicó { $provider }: { $requests } solicitudes y { $tokens } tokens.
# En lugar de la tabla de permisos, para la clave de otro proveedor (sus frases están en providers.ftl).
keys-reach-can-tell = Lo que puede saber una comprobación gratuita
keys-reach-cannot-tell = Lo que no puede saber
# El título de un diagnóstico para la clave de otro proveedor; $provider: su nombre, como Anthropic.
keys-title-network-error-of = No se pudo conectar con { $provider }
keys-title-server-error-of = { $provider } tuvo un problema

## Página Claves: las líneas «Para quien programa» (src/gui/keys.rs)

keys-fact-verdict-code = Código del diagnóstico
keys-fact-http-status = Estado HTTP
keys-fact-openai-code = Código de OpenAI
keys-fact-missing-scopes = Permisos que faltan
keys-fact-openai-said = OpenAI dijo
# El código y las palabras propios de otro proveedor; $provider: su nombre.
keys-fact-provider-code = Código de { $provider }
keys-fact-provider-said = { $provider } dijo
keys-fact-request-ids = ID de las solicitudes
keys-fact-checked-in = Duración de la comprobación
# $milliseconds: cuánto tardó la comprobación.
keys-fact-milliseconds = { $milliseconds } ms

## Página Claves: avisos (src/gui/keys.rs)

keys-full-key-copied = Se copió la clave completa al portapapeles. Pégala solo donde corresponda.
# Después de que «Comprobar todas» no encontrara ningún problema; $count: cuántas claves se comprobaron.
keys-all-work = { $count ->
    [one] La clave funciona.
   *[other] Las { $count } claves funcionan.
  }
keys-kept-for-session = Las claves se guardan solo durante esta sesión: se olvidan al cerrar Key Doctor.
keys-developer-details-copied = Se copiaron los detalles para quien programa.
# $done y $total: números de claves.
keys-check-stopped = { $total ->
    [one] La comprobación se detuvo después de { $done } de { $total } clave.
   *[other] La comprobación se detuvo después de { $done } de { $total } claves.
  }
keys-report-copied = Se copió el informe. Solo muestra una parte de la clave, así que puedes enviárselo a quien te ayude.
# $name: el nombre de la clave; $place es «keychain» o «session».
keys-deleted = { $place ->
    [keychain] Se eliminó «{ $name }». Saldrá del llavero del sistema cuando desaparezca el botón «Deshacer».
   *[session] Se eliminó «{ $name }». Puedes recuperarla mientras se vea el botón «Deshacer».
  }
# $name: el nombre de la clave.
keys-back = Se recuperó «{ $name }».
# $name: el nombre de la clave; $reason: la frase de Key Doctor sobre lo que falló.
keys-not-deleted = No se eliminó «{ $name }». { $reason }
# $name: el nombre de la clave; $place es «keychain» o «session».
keys-put-back = { $place ->
    [keychain] «{ $name }» faltaba en el llavero del sistema; se volvió a guardar la clave.
   *[session] «{ $name }» faltaba entre las claves de esta sesión; se volvió a guardar la clave.
  }
# $name: el nombre de la clave; $kind: su tipo («Clave de proyecto»); $place es «keychain» o «session».
keys-stored = { $place ->
    [keychain] «{ $name }» ({ $kind }) se guardó en el llavero del sistema.
   *[session] «{ $name }» ({ $kind }) se guarda hasta que cierres Key Doctor.
  }

## Vista previa de la importación (src/gui/import_preview.rs, src/gui/views/import.rs)

# De dónde salen las claves de una importación, cuando se pegaron.
keys-import-pasted-text = el texto pegado
# El nombre con el que se guarda una clave de un texto pegado; $variable: su nombre en el texto, como OPENAI_API_KEY.
keys-import-label-pasted = { $variable } del texto pegado
# El nombre con el que se guarda una clave de un archivo; $variable: su nombre en el archivo; $file: la carpeta y el nombre del archivo.
keys-import-label-file = { $variable } en { $file }
# $origin: la carpeta y el nombre del archivo, o «el texto pegado».
keys-import-title = Importar desde { $origin }
# $place es «keychain» o «session».
keys-import-tick = { $place ->
    [keychain] Marca las claves que quieres guardar en el llavero del sistema.
   *[session] Marca las claves que quieres guardar hasta que cierres Key Doctor.
  }
keys-import-pasted-not-kept = El texto pegado no se guarda.
keys-import-file-never-changed = El archivo en sí nunca se modifica.
# $count: cuántas claves están marcadas.
keys-import-store = { $count ->
    [one] Guardar { $count } clave
   *[other] Guardar { $count } claves
  }
keys-import-check-every = Comprobar todas las claves
# $name: el nombre con el que se guardará la clave.
keys-import-store-as = Guardarla como «{ $name }»
# $redacted: la clave con casi todo oculto; $name: el nombre de la clave guardada que es igual.
keys-import-already-stored = { $redacted } (ya guardada como «{ $name }»)
# $variable: el nombre de la clave en el archivo, como OPENAI_API_KEY.
keys-import-check-one = Comprobar { $variable }
keys-import-not-ticked = Sin marcar: márcala para guardarla de todos modos.
# $origin: la carpeta y el nombre del archivo, o «el texto pegado».
keys-import-nothing-found = No se encontró ninguna clave de OpenAI en { $origin }. Una clave empieza por sk-proj-, sk-svcacct-, sk-admin- o sk-.
# Qué hacer si no se encontró ninguna clave; $source es «file» o «pasted».
keys-import-nothing-found-next = { $source ->
    [pasted] Pega otro texto, o cierra esto y añade la clave directamente en «{ keys-add-a-key }».
   *[file] Abre otro archivo, o cierra esto y añade la clave directamente en «{ keys-add-a-key }».
  }
keys-import-open-another = Abrir otro archivo
keys-import-paste-other = Pegar otro texto
keys-import-close = Cerrar
# Ajustes que contiene el archivo además de las claves; $source es «file» o «pasted»; $settings: una lista de
# mensajes keys-import-setting-* separados por comas.
keys-import-also-sets = { $source ->
    [pasted] El texto pegado también indica { $settings }.
   *[file] Este archivo también indica { $settings }.
  }
# $organization: el ID de una organización, como org-abc123.
keys-import-setting-organization = una organización ({ $organization })
# $project: el ID de un proyecto, como proj_abc123.
keys-import-setting-project = un proyecto ({ $project })
# $address: una dirección web a la que van las solicitudes en lugar de la habitual de OpenAI.
keys-import-setting-address = otra dirección de OpenAI ({ $address })
# $address: el punto de conexión de un recurso de Azure OpenAI.
keys-import-setting-azure-endpoint = el punto de conexión de Azure OpenAI ({ $address })
# $provider: el nombre de otro proveedor; $address: la dirección en la que se comprueban sus claves en lugar de la habitual.
keys-import-setting-provider-address = otra dirección para { $provider } ({ $address })
# Se encontró una clave de Azure OpenAI y el archivo no indica ningún punto de conexión para ella.
keys-import-endpoint-needed = Una clave de Azure OpenAI solo funciona con el punto de conexión de su recurso, y este archivo no indica ninguno (AZURE_OPENAI_ENDPOINT). Escríbelo para guardar la clave con él.
# Se hizo clic en «Guardar» con una clave de Azure OpenAI marcada y sin punto de conexión escrito.
keys-import-endpoint-missing = Escribe el punto de conexión para guardar con él la clave de Azure OpenAI, o desmarca esa clave para guardar las demás.
# $count: cuántos de los ajustes anteriores se encontraron.
keys-import-settings-kept = { $count ->
    [one] Key Doctor conserva ese ajuste con las claves que guardes y lo usa al comprobarlas.
   *[other] Key Doctor conserva esos ajustes con las claves que guardes y los usa al comprobarlas.
  }
# Después de guardar una importación; $names: los nombres de las claves en el archivo, separados por comas; $count: cuántas.
keys-import-stored-keychain = { $count ->
    [one] { $names } se guardó en el llavero del sistema.
   *[other] { $count } claves ({ $names }) se guardaron en el llavero del sistema.
  }
# Después de guardar una importación solo para esta sesión; $names: los nombres de las claves en el archivo, separados por comas; $count: cuántas.
keys-import-stored-session = { $count ->
    [one] { $names } se guarda hasta que cierres Key Doctor.
   *[other] { $count } claves ({ $names }) se guardan hasta que cierres Key Doctor.
  }
keys-import-stored-none = No se guardó ninguna clave.
keys-import-file-unchanged = El archivo no se modificó.

## La línea de estado: otro proveedor al que se llama en otra dirección distinta de la habitual (src/gui/app.rs)

# $provider: el nombre del proveedor; $address: dónde se comprueban sus claves.
keys-provider-address = { $provider }: { $address }
# Varios proveedores en otras direcciones; $providers: sus nombres, separados por comas (sus direcciones se ven al pasar el ratón).
keys-provider-addresses = Otras direcciones para { $providers }

## Las claves de ejemplo de otros proveedores en la demo (src/gui/services.rs)

keys-sample-anthropic-valid = Clave de Anthropic que funciona
keys-sample-anthropic-revoked = Clave de Anthropic revocada
keys-sample-anthropic-rate-limited = Clave de Anthropic que envía demasiadas solicitudes
keys-sample-anthropic-admin = Clave de administrador de Anthropic que puede consultar el uso
keys-sample-gemini-valid = Clave de Gemini que funciona
keys-sample-gemini-standard-key = Clave de Gemini de tipo antiguo, que pronto se retirará
keys-sample-gemini-leaked = Clave de Gemini que se encontró publicada
keys-sample-openrouter-valid = Clave de OpenRouter que funciona
keys-sample-openrouter-key-limit = Clave de OpenRouter que agotó su límite de gasto
keys-sample-groq-free-plan = Clave de Groq con el plan gratuito
keys-sample-groq-revoked = Clave de Groq revocada
keys-sample-mistral-valid = Clave de Mistral que funciona
keys-sample-mistral-revoked = Clave de Mistral revocada
keys-sample-azure-valid = Clave de Azure OpenAI que funciona con su punto de conexión
keys-sample-azure-firewall = Clave de Azure OpenAI de un recurso detrás de un firewall
keys-sample-xai-valid = Clave de xAI que funciona
keys-sample-xai-disabled = Clave de xAI desactivada
keys-sample-deepseek-valid = Clave de DeepSeek con saldo
keys-sample-deepseek-no-balance = Clave de DeepSeek sin saldo
