## Errores y palabras de las capas que hay bajo las pantallas: la lista de claves y el llavero (src/vault),
## la importación de .env (src/import), los archivos (src/files.rs), la conexión con OpenAI (src/openai) y
## las ventanas de archivos (src/dialogs.rs). Los muestran tanto la aplicación como la línea de comandos.
## Las palabras propias de una biblioteca (un error del sistema, un mensaje de TLS) nunca van en estas frases:
## se muestran aparte, en «Detalles técnicos». Los mensajes que son cláusulas (en minúscula, sin punto
## final) terminan una frase de otro mensaje, después de dos puntos.

## Archivos (src/files.rs)

# Qué es una ruta elegida cuando no es un archivo: «{ $file } es { $what }, no un archivo».
error-not-a-file-folder = una carpeta
error-not-a-file-special = un dispositivo, una tubería o un socket
# Por qué no se pudo leer o escribir un archivo; terminan una frase como «No se pudo guardar tu
# lista de claves en /home/yo/keys.json: el disco está lleno.»
error-io-not-found = el archivo no está ahí (puede que se haya movido, cambiado de nombre o eliminado)
error-io-permission-denied = tu cuenta de usuario no tiene permiso para abrirlo
error-io-read-only = el disco o la carpeta son de solo lectura
error-io-disk-full = el disco está lleno
error-io-is-a-folder = es una carpeta, no un archivo
error-io-not-a-folder = parte de su ruta es un archivo, no una carpeta
error-io-other = el sistema no lo permitió

## El llavero (src/vault/store.rs)

# Cláusulas que terminan una frase como «No se puede usar el llavero de tu sistema: …».
error-store-not-found = no hay ninguna clave guardada en esta entrada
error-store-locked = el llavero está bloqueado o denegó el acceso
error-store-unavailable = no hay ningún llavero disponible en este sistema
error-store-failed = el llavero informó de un problema
# Frases completas: qué pasó y qué hacer.
error-store-not-found-sentence = El llavero ya no tiene esta clave. Vuelve a añadirla o elimina esta entrada.
error-store-locked-sentence = Tu llavero está bloqueado o denegó el acceso. Desbloquéalo (inicia sesión en tu escritorio o abre la aplicación del llavero) y vuelve a intentarlo.
error-store-unavailable-sentence = Aquí no hay ningún llavero del sistema, así que las claves no se pueden guardar de forma segura. Puedes conservarlas solo durante esta sesión.
error-store-failed-sentence = El llavero informó de un problema. Vuelve a intentarlo en un momento.

## Tipos de clave (src/vault/kind.rs), como los muestran la lista de claves y la línea de comandos

error-key-kind-project = Clave de proyecto
error-key-kind-service-account = Clave de cuenta de servicio
error-key-kind-admin = Clave de administrador
error-key-kind-user-without-project = Clave de usuario (sin proyecto)
error-key-kind-legacy-user = Clave de usuario antigua
error-key-kind-anthropic-api = Clave de API de Anthropic
error-key-kind-anthropic-admin = Clave de administrador de Anthropic
error-key-kind-claude-login-token = Token de inicio de sesión de Claude
error-key-kind-gemini-auth = Clave de API de Gemini
error-key-kind-gemini-standard = Clave de Gemini (tipo antiguo)
error-key-kind-openrouter = Clave de OpenRouter
error-key-kind-groq = Clave de Groq
error-key-kind-mistral = Clave de Mistral
error-key-kind-azure-openai = Clave de Azure OpenAI
error-key-kind-xai = Clave de xAI
error-key-kind-deepseek = Clave de DeepSeek
error-key-kind-unknown = No es una clave de OpenAI
# El nombre que recibe una clave cuando no se escribió ninguno: «Clave de proyecto sk-proj-…6789».
# $kind: uno de los tipos de arriba; $redacted: la clave con casi todo oculto.
error-key-default-name = { $kind } { $redacted }

## Una clave pegada (src/vault/input.rs)

error-key-empty = No hay ninguna clave que usar: pega primero la clave.
# $what: el carácter, en palabras (uno de error-character-*); $position: dónde está en la clave (1 es el primero).
error-key-forbidden-character = La clave tiene { $what } en la posición { $position }, algo que ninguna clave tiene. Vuelve a copiar la clave de la página donde se creó, o escríbela sin ese carácter.
# $count: cuántos caracteres invisibles se quitaron.
error-key-invisible-removed = { $count ->
    [one] Se quitó un carácter invisible que venía con el texto pegado.
   *[other] Se quitaron { $count } caracteres invisibles que venían con el texto pegado.
}
error-key-quotes-removed = Se quitaron las comillas que rodeaban la clave.
error-character-space = un espacio
error-character-tab = un tabulador
error-character-line-break = un salto de línea
error-character-nul = un carácter NUL
# $code: el número Unicode del carácter, como U+200B.
error-character-control = un carácter de control invisible ({ $code })
# $code: el número Unicode del carácter, como U+00A0.
error-character-space-like = un carácter que parece un espacio ({ $code })
# $character: el propio carácter; $code: su número Unicode, como U+043E.
error-character-look-alike = el carácter «{ $character }» ({ $code }), que parece una letra o un signo, pero no es uno normal
# $character: el propio carácter.
error-character-other = el carácter «{ $character }»

## Guardar claves (src/vault/mod.rs)

error-vault-no-such-key = Esta clave ya no está en la lista.
# $name: el nombre con el que está guardada la clave.
error-vault-already-stored = Esta clave ya está guardada como «{ $name }».
# $problem: por qué no se pudo guardar la lista de claves (error-catalog-not-saved).
error-vault-not-saved-undone = { $problem } La clave no se guardó.
# $problem: por qué no se pudo guardar la lista de claves; $name: el nombre de la clave; $store_problem: por qué el llavero no la quitó (uno de error-store-*).
error-vault-not-saved-left-in-keychain = { $problem } La clave está en tu llavero como «Key Doctor: { $name }», pero no en ninguna lista; tampoco se pudo quitar de ahí ({ $store_problem }).

## La lista de claves (src/vault/catalog.rs)

# De dónde salió una clave: $variable: su nombre en el archivo, como OPENAI_API_KEY; $file: el archivo.
error-source-variable-in-file = { $variable } en { $file }
# De dónde salió una clave cuando se pegó en la aplicación.
error-source-pasted = pegada en Key Doctor
# $path: el archivo de la lista de claves; $problem: el motivo (uno de error-io-* o error-catalog-*).
error-catalog-unreadable = No se pudo leer tu lista de claves ({ $path }): { $problem }.
# $path: el archivo de la lista de claves; $problem: el motivo (uno de error-io-* o error-catalog-*).
error-catalog-not-saved = No se pudo guardar tu lista de claves en { $path }: { $problem }. El cambio se mantiene mientras Key Doctor siga abierto.
# $problem: por qué no se pudo cambiar el nombre del archivo dañado (uno de error-io-*).
error-catalog-damaged-and-stuck = está dañada y tampoco se pudo apartar: { $problem }
error-catalog-newer-version = el archivo es de una versión más reciente de Key Doctor
error-catalog-unreadable-now = la lista que hay ahí no se pudo leer, así que no se sobrescribe
error-catalog-encoding = no se pudo escribir la lista
# $path: dónde se conservó el archivo dañado.
error-catalog-recovered-from-backup = Tu lista de claves estaba dañada, así que se restauró desde su copia de seguridad. El archivo dañado se conservó como { $path }.
# $path: dónde se conservó el archivo dañado.
error-catalog-started-empty = No se pudo leer tu lista de claves ni su copia de seguridad, así que la lista empieza vacía. No se eliminó nada: el archivo dañado se conservó como { $path } y tus claves siguen en el llavero.
# $version: el número del formato de la lista.
error-catalog-newer-schema = Tu lista de claves la escribió una versión más reciente de Key Doctor (formato { $version }). Se muestra, pero los cambios no se guardan, para no perder los datos de esa versión.

## Archivos .env (src/import/mod.rs)

# $file: el archivo; $problem: el motivo (uno de error-io-*).
error-import-unreadable = No se pudo abrir { $file }: { $problem }.
# $file: el archivo; $limit: el tamaño máximo de un archivo .env, en bytes.
error-import-too-large = { $file } ocupa más de los { $limit } bytes que puede tener un archivo .env. Elige directamente el archivo .env.
# $file: el archivo; $what: lo que es en su lugar (error-not-a-file-folder o error-not-a-file-special).
error-import-not-a-file = { $file } es { $what }, no un archivo, así que no puede ser un archivo .env. Elige directamente el archivo .env.
# $file: el archivo; $encoding: la codificación con la que se guardó el texto, como UTF-16.
error-import-other-encoding = { $file } es texto guardado como { $encoding }, y los archivos .env no se guardan así. Ábrelo en un editor de texto, guárdalo con la codificación «UTF-8» y vuelve a abrirlo.
# $file: el archivo.
error-import-binary = { $file } no es un archivo de texto (contiene datos binarios), así que no es un archivo .env.
# $file: el archivo.
error-import-not-utf8 = { $file } no es texto UTF-8. Guárdalo como UTF-8 en tu editor y vuelve a intentarlo.
# $name: el nombre de una variable, como OPENAI_API_KEY.
error-env-repeated = { $name } se define más de una vez; cuenta el último valor, como en la línea de comandos.
# $line: dónde está la línea (uno de error-env-line-*, que ya llevan el artículo: «la línea 3»).
error-env-unclosed-quote = Unas comillas abiertas en { $line } no se cierran nunca, así que no se pudieron leer esa línea ni las siguientes.
# $line: dónde está la línea (uno de error-env-line-*).
error-env-not-name-value = Se omitió { $line }: no es una línea NOMBRE=valor.
error-env-unreadable = No se pudo leer parte del texto.
# $name: el nombre de una variable; $reason: por qué su valor no puede ser una clave (error-key-*).
error-env-not-listed = { $name } no se incluye en la lista. { $reason }
# $name: el nombre de una variable, como AZURE_OPENAI_API_KEY.
error-env-not-openai = { $name } no contiene una clave de OpenAI ni de otro proveedor que Key Doctor conozca, así que no se incluye en la lista.
error-env-other-providers-key = { $name } tiene nombre de clave de otro proveedor, pero contiene una clave de { $provider }: se incluye en la lista como clave de { $provider }.
error-env-fits-several = { $name } contiene una clave que podría ser de varios proveedores ({ $providers }): se incluye en la lista como clave del primero; elige otro si no es el correcto.
# $name: el nombre de una variable; $note: lo que se quitó de su valor (error-key-*-removed).
error-env-cleaned = { $name }: { $note }
# $name: el nombre del archivo, como .env; $repository: la carpeta del repositorio git.
error-env-git-not-ignored = { $name } está dentro del repositorio git de { $repository } y git no lo ignora, así que la clave podría acabar en un commit y publicarse. Añade { $name } a .gitignore.
# $name: el nombre del archivo, como .env; $repository: la carpeta del repositorio git.
error-env-git-repository = { $name } está dentro de un repositorio git ({ $repository }). Asegúrate de que .gitignore lo incluya, para que la clave nunca acabe en un commit.
# Dónde está una línea: $number: su número; $name: la variable que define.
error-env-line-named = la línea { $number } ({ $name })
# $number: el número de la línea.
error-env-line = la línea { $number }
# $name: la variable que define la línea.
error-env-line-of = la línea de { $name }
error-env-line-unknown = una línea

## La conexión con OpenAI (src/openai/error.rs). Cláusulas: un diagnóstico dice «Key Doctor no pudo
## conectar con OpenAI: …», «La respuesta no era de OpenAI (…)».

# $host: el nombre del servidor, como api.openai.com.
error-api-dns = no se encontró el servidor { $host } (falló la búsqueda del nombre)
# $host: el nombre del servidor.
error-api-connection-refused = { $host } rechazó la conexión
# $host: el nombre del servidor.
error-api-tls = falló la conexión segura con { $host }
# Un permiso que no se comprobó porque una solicitud anterior tuvo un problema de red.
error-api-not-sent = sin comprobar: el mismo problema de red
# $host: el nombre del servidor; $seconds: cuánto esperó Key Doctor, escrito como número; $count: el mismo número, para el plural.
error-api-timeout = { $host } no respondió en { $count ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
# $host: el nombre del servidor.
error-api-connection-reset = la conexión con { $host } se cortó antes de que llegara la respuesta
error-api-not-json-web-page = una página web en lugar de la respuesta de OpenAI
error-api-not-json-text = texto sin formato en lugar de la respuesta de OpenAI
error-api-not-json-broken = una respuesta que no se pudo leer
error-api-not-json-other = algo distinto de la respuesta de OpenAI
error-api-truncated = la respuesta se cortó antes de estar completa
# $limit: el tamaño máximo de respuesta que lee Key Doctor, en bytes.
error-api-too-large = la respuesta superaba el límite de { $limit } bytes
# $message: el mensaje propio de OpenAI, en inglés, tal como lo envía OpenAI.
error-api-openai-said = OpenAI dijo: { $message }
error-api-unexpected-status = el servidor respondió con un error, pero sin el mensaje de OpenAI
error-api-bad-shape = la respuesta no tenía la forma esperada
error-api-transport = un error de red interrumpió la solicitud
error-proxy-needs-login = el proxy pidió un usuario y una contraseña
error-proxy-refused = el proxy se negó a abrir el paso hacia OpenAI
error-proxy-unreachable = no se pudo llegar al proxy
# $host: el nombre del servidor.
error-certificate-untrusted = el certificado que se mostró para { $host } no lo firmó nadie en quien confíe este equipo
# $host: el nombre del servidor.
error-certificate-expired = el certificado que se mostró para { $host } caducó
# $host: el nombre del servidor.
error-certificate-not-yet-valid = el certificado que se mostró para { $host } todavía no es válido
# $host: el nombre del servidor.
error-certificate-wrong-name = el certificado que se mostró para { $host } se hizo para otro nombre
# $host: el nombre del servidor.
error-certificate-revoked = el certificado que se mostró para { $host } se revocó
# $host: el nombre del servidor.
error-certificate-other = el certificado que se mostró para { $host } se rechazó

## La dirección de OpenAI (src/openai/client.rs). Cláusulas, después de «No se puede usar la dirección de OpenAI:».

# $url: la dirección tal como se dio.
error-address-invalid = «{ $url }» no es una dirección web
# $url: la dirección tal como se dio; $scheme: cómo empieza en su lugar, como ftp.
error-address-scheme = «{ $url }» empieza por { $scheme }://, pero tiene que empezar por https://
# $url: la dirección tal como se dio.
error-address-insecure = «{ $url }» no usa HTTPS, así que tu clave viajaría sin protección; usa la dirección que empieza por https://
# $url: la dirección tal como se dio, sin el usuario y la contraseña.
error-address-has-login = «{ $url }» lleva un usuario o una contraseña antes de la @; Key Doctor ya envía tu clave por su cuenta, así que quita esa parte

## Ventanas de archivos (src/dialogs.rs): el nombre del tipo de archivo que ofrece una ventana

error-dialog-filter-csv = Tabla CSV
error-dialog-filter-json = Archivo JSON
