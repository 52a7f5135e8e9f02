## Números y fechas (src/i18n/format.rs)

money-under = menos de { $amount }
compact-thousands = { $value } mil
compact-millions = { $value } M
compact-billions = { $value } mil M
date-long = { $day } { $month } { $year }
date-short = { $day } { $month }
date-month-year = { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

## Elementos compartidos (src/gui/widgets.rs)

# Un desplegable que guarda las palabras exactas de un error (para informática o para quien programa) bajo la frase sencilla.
common-technical-details = Detalles técnicos
common-copy-technical-details = Copiar los detalles

## Navegación (src/gui/view.rs)

common-nav-keys = Claves
common-nav-usage = Uso
common-nav-explain = Explicar un error
common-nav-settings = Configuración

## Línea de estado, al pie de la ventana (src/gui/app.rs)

# Una etiqueta: la aplicación muestra claves de ejemplo, no las de la persona.
common-status-demo = Modo demo
# $base_url: la dirección del simulador en este equipo, como http://127.0.0.1:8080/v1
common-status-demo-explained = Se usa el simulador de OpenAI integrado, en { $base_url }. Las claves de ejemplo son inventadas; nada sale de este equipo.
# Un botón: volver de las claves de ejemplo a las claves de la persona.
common-leave-demo = Salir de la demo
# $base_url: la dirección a la que van las solicitudes, como https://api.openai.com/v1
common-status-openai = OpenAI: { $base_url }
# $proxy: la dirección del servidor proxy, según la configuración de red del sistema
common-status-through-proxy = · a través del proxy { $proxy }
common-status-custom-address = Dirección de OpenAI personalizada
# $base_url: la dirección a la que van las solicitudes en lugar de la de OpenAI
common-status-custom-explained = Las solicitudes van a { $base_url }, no a api.openai.com.
common-status-unusable = No se comprueba nada hasta que se corrija la dirección de OpenAI
common-status-unusable-explained = Cambia la dirección de OpenAI en Configuración: tal como está no se puede usar, así que no se envía nada.
# Un botón que abre Configuración.
common-open-settings = Abrir Configuración

## Avisos y diálogos de la ventana (src/gui/app.rs)

common-host-message-copied = Se copió el mensaje: pégalo en un correo o en una solicitud de soporte para tu proveedor de hosting.
common-nothing-checked-address = No se comprobó nada: la dirección de OpenAI no se puede usar. Corrígela en Configuración.
# $url: la página web que se está abriendo
common-opening-in-browser = Abriendo { $url } en tu navegador.
# $url: la página web que no se abrió
common-browser-did-not-open = No se abrió ningún navegador para { $url }. Copia la dirección y pégala en tu navegador.
common-copy-the-address = Copiar la dirección
# El título de la ventana para elegir un archivo.
common-dialog-open-env = Abrir un archivo .env
common-dialog-choose-prices = Elegir una tabla de precios
# Cómo se llama en las frases un archivo arrastrado a la ventana.
common-dropped-file-name = el archivo arrastrado
common-dropped-file-unreadable = No se pudo leer el archivo arrastrado. Prueba a abrirlo con «Abrir un archivo .env».
common-drop-env-file = Suelta el archivo .env para importarlo
# Un aviso de problema: «Probar con claves de ejemplo» no funcionó.
common-demo-did-not-start = No se pudieron mostrar las claves de ejemplo: el servidor de prácticas integrado en Key Doctor no arrancó. Copia los detalles técnicos para quien te ayude.
# Un botón: las claves de ejemplo, con un simulador en este equipo.
common-try-demo = Probar con claves de ejemplo

## Avisos (src/gui/views/mod.rs)

# $seconds: cuántos segundos quedan para deshacer la eliminación
common-undo-countdown = Deshacer ({ $seconds } s)
common-undo = Deshacer
common-copied = Copiado.
common-dismiss = Cerrar

## Elementos compartidos: permisos y hora de comprobación (src/gui/widgets.rs)

# $count: cuántos permisos están concedidos (todos)
common-permissions-all-granted = { $count ->
    [one] 1 permiso concedido
   *[other] Concedidos los { $count } permisos
}
# $count: cuántos permisos están concedidos (otros no)
common-permissions-granted = { $count ->
    [one] 1 permiso concedido
   *[other] { $count } permisos concedidos
}
common-permission-column-permission = Permiso
common-permission-column-level = Nivel
common-permission-column-status = Estado
# Para los detalles técnicos. $permission: el nombre del permiso en la pantalla de OpenAI; $scopes: sus códigos de OpenAI, como api.model.read
common-permission-technical = { $permission }: { $scopes }
# Igual; $status: el código de estado HTTP de la respuesta, como 403
common-permission-technical-with-status = { $permission }: { $scopes } (HTTP { $status })
# Se refieren siempre a una clave (femenino). El código pone en mayúscula la primera letra cuando la frase va sola.
common-checked-just-now = comprobada hace un momento
# $minutes: un número de 1 a 59
common-checked-minutes-ago = comprobada hace { $minutes } min
# $hours: un número de 1 a 23
common-checked-hours-ago = comprobada hace { $hours } h
common-checked-yesterday = comprobada ayer
# $date: un día con su año, como 12 nov 2026
common-checked-on = comprobada el { $date }

## Al abrir la ventana (src/gui/mod.rs), se dice en la línea de comandos

# $problem: las palabras del sistema (pueden estar en inglés)
common-launch-no-worker = Key Doctor no pudo iniciar su trabajo en segundo plano: { $problem }
# $problem: las palabras del sistema (pueden estar en inglés)
common-launch-demo-did-not-start = No se pudieron mostrar las claves de ejemplo: el servidor de prácticas integrado no arrancó ({ $problem }).
# $problem: las palabras del sistema (pueden estar en inglés)
common-launch-no-window = No se pudo abrir la ventana: { $problem }

## La lista de claves y las claves de ejemplo de la demo (src/gui/services.rs)

# $problem: una frase que dice qué archivo no se pudo leer y por qué (ya termina en punto: error-catalog-unreadable)
common-key-list-unreadable = { $problem } En esta sesión la lista empieza vacía, y el archivo se deja tal como está.
common-no-config-folder-for-keys = Este sistema no tiene carpeta de configuración, así que la lista de claves solo dura hasta que cierres Key Doctor (las claves en sí van al llavero).
# Los nombres de las claves de ejemplo de la demo; cada una muestra un problema.
common-sample-key-full-access = Clave de proyecto con acceso completo
common-sample-key-no-model-request = Clave restringida sin «Model capabilities» (Capacidades del modelo)
common-sample-key-responses-without-request = Clave restringida con «Responses» (Respuestas), pero sin «Model capabilities» (Capacidades del modelo) en «Request» (Solicitar)
common-sample-key-no-credit = Organización sin saldo
common-sample-key-project-spend-limit = Proyecto en su límite de gasto
common-sample-key-revoked = Clave revocada
common-sample-key-project-without-model = Proyecto que no puede usar gpt-5-mini
common-sample-key-rate-limited = Clave que envía demasiadas solicitudes
common-sample-key-read-only = Clave de solo lectura
common-sample-key-service-account = Clave de cuenta de servicio con acceso completo
common-sample-key-admin-full = Clave de administrador que puede consultar el uso
common-sample-key-admin-no-usage = Clave de administrador que no puede consultar el uso

## Configuración (src/gui/views/settings.rs, src/settings.rs)

settings-title = Configuración
settings-language = Idioma
# $language: el idioma del sistema, con su propio nombre (como Deutsch)
settings-language-system = El del sistema ({ $language })
settings-language-note = Todas las páginas cambian al momento, y la elección se guarda para la próxima vez.
settings-appearance = Apariencia
settings-theme = Tema
settings-theme-system = El del sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-desktop-prefers-dark = Tu escritorio prefiere el tema oscuro.
settings-desktop-prefers-light = Tu escritorio prefiere el tema claro.
settings-desktop-says-nothing = Tu escritorio no indica si prefiere el tema claro o el oscuro, así que se usa el claro.
settings-text-size = Tamaño del texto
settings-text-size-small = Pequeño
settings-text-size-normal = Normal
settings-text-size-large = Grande
settings-text-size-larger = Más grande
settings-appearance-saved = Las dos opciones se guardan y se mantienen la próxima vez que abras Key Doctor.
settings-connection = Conexión con OpenAI
# $base_url: la dirección del simulador en este equipo
settings-connection-demo = Modo demo: las solicitudes van al simulador integrado, en { $base_url }.
# $base_url: la dirección a la que van las solicitudes
settings-connection-live = Las solicitudes van a { $base_url }.
# $address: la dirección tal como se indicó
settings-connection-unusable = La dirección de OpenAI { $address } no se puede usar. No se envía nada hasta que se corrija: escribe abajo la dirección correcta o haz clic en «Usar la dirección de OpenAI».
# Delante del ID de una organización que se envía con cada solicitud (un «?» explica la palabra).
settings-organization = Organización
# Delante del ID de un proyecto que se envía con cada solicitud (un «?» explica la palabra).
settings-project = Proyecto
# Después de «Organización» o «Proyecto» y su «?»; $value: su ID, como org-abc123
settings-sent-with-every-request = { $value }, se envía con cada solicitud
settings-openai-address = Dirección de OpenAI
settings-use-this-address = Usar esta dirección
settings-use-openai-address = Usar la dirección de OpenAI
settings-address-refused = Esta dirección no se puede usar. Revisa si tiene algún error de escritura o haz clic en «Usar la dirección de OpenAI».
# $default_address: la dirección de la propia OpenAI, https://api.openai.com/v1
settings-address-explained = La dirección habitual es { $default_address }. Cámbiala solo si tu empresa o tu proveedor te dio otra. Solo se aceptan direcciones seguras (https://), salvo las de este equipo. La dirección se guarda para la próxima vez.
# Detalles técnicos: cómo indicar la dirección al iniciar Key Doctor. La opción y el nombre de la variable se dejan tal cual.
settings-address-technical = La dirección también se puede indicar al iniciar Key Doctor, con la opción --base-url o la variable de entorno OPENAI_BASE_URL; en ese caso se usa esa en lugar de esta.
settings-try-demo-explained = Para echar un vistazo sin una clave propia, prueba Key Doctor con claves de ejemplo. No se envía nada a OpenAI.
settings-prices = Precios para estimar gastos
settings-prices-explained = Los gastos son las cifras de la propia OpenAI, las de tu factura. Solo cuando OpenAI no da ninguna, como el gasto de cada clave en algunas organizaciones, Key Doctor lo estima a partir de los tokens usados y de estos precios (dólares estadounidenses por millón de tokens) y marca la cifra como estimación.
settings-show-prices = Ver y editar los precios
settings-choose-price-file = Elegir un archivo de precios…
settings-use-shipped-prices = Usar los precios incluidos
settings-price-file-explained = Un archivo de precios tiene la misma forma que el que trae Key Doctor: cada modelo con sus precios.
# Detalles técnicos. $example: una pequeña tabla de precios en JSON, que se deja tal cual
settings-price-file-format = Una tabla de precios es un archivo JSON con esta forma: { $example }. Los precios van en dólares estadounidenses por millón de tokens.
settings-price-model = Modelo
settings-price-input = Entrada
# Entrada que el modelo vio hace poco y se factura más barata (OpenAI la llama «cached input»).
settings-price-reused-input = Entrada reutilizada
settings-price-output = Salida
# El nombre que lee un lector de pantalla para un campo de precio. $model: el nombre de un modelo, como gpt-5
settings-price-input-of = Precio de entrada de { $model }
# $model: el nombre de un modelo, como gpt-5
settings-price-reused-input-of = Precio de entrada reutilizada de { $model }
# $model: el nombre de un modelo, como gpt-5
settings-price-output-of = Precio de salida de { $model }
# Junto a un precio que la persona cambió.
settings-price-edited = editado
settings-about = Acerca de
# $version: el número de versión, como 1.2.0
settings-version = Key Doctor { $version }
# $folder: una carpeta de este equipo
settings-preferences-kept-in = Las preferencias se guardan en { $folder }
settings-no-config-folder = Este sistema no tiene carpeta de configuración, así que las preferencias solo duran hasta que cierres la aplicación.
# $file: el archivo de preferencias en este equipo
settings-file-unreadable = No se pudieron leer tus preferencias guardadas en { $file }, así que se usan los valores predeterminados. El archivo se deja tal como está hasta que cambies alguna preferencia.
# $file: el archivo de preferencias en este equipo
settings-file-unopenable = No se pudieron abrir tus preferencias guardadas en { $file }, así que se usan los valores predeterminados.
# $file: el archivo de preferencias en este equipo
settings-file-unsaved = No se pudieron guardar tus preferencias en { $file }. Se aplican hasta que cierres Key Doctor.

## Glosario: palabras técnicas que se mantienen, explicadas al pasar el ratón (src/gui/widgets.rs)

# Delante de las palabras del glosario de una página.
glossary-words-used-here = Palabras que se usan aquí:
# El nombre del botón «?» junto a una palabra. $term: la palabra, como clave de API
glossary-what-is = ¿Qué es «{ $term }»?
glossary-api-key = clave de API
glossary-api-key-meaning = Un código secreto largo, que empieza por sk-, con el que un plugin, un sitio web o una aplicación usa OpenAI con tu cuenta. Quien lo tenga puede gastar tu dinero, así que no lo compartas.
glossary-admin-key = clave de administrador
glossary-admin-key-meaning = Una clave para administrar tu organización de OpenAI, por ejemplo para consultar su uso y sus gastos. No sirve para usar los modelos, y solo los propietarios de la organización pueden crearla.
glossary-project = proyecto
glossary-project-meaning = Una carpeta de tu cuenta de OpenAI que agrupa claves, con sus propios límites, modelos y gastos. Cada clave de proyecto pertenece a un solo proyecto.
glossary-organization = organización
glossary-organization-meaning = La cuenta de tu empresa, o la tuya propia, en OpenAI: reúne los proyectos, las personas, el saldo y las facturas.
glossary-token = token
glossary-token-meaning = La unidad con la que OpenAI cuenta y factura el texto: un token es más o menos tres cuartos de una palabra en inglés. Una pregunta de una página y su respuesta de otra página rondan los mil tokens cada una.
