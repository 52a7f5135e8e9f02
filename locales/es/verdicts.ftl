## Títulos de los diagnósticos, cortos, para listas y etiquetas (src/checks/verdict.rs)

verdict-title-ok = Funciona
verdict-title-invalid-key = Clave no aceptada
verdict-title-missing-scopes = Faltan permisos
verdict-title-no-quota = Sin saldo o por encima de un límite
verdict-title-rate-limited = Límite por minuto alcanzado
verdict-title-wrong-organization = Organización equivocada
verdict-title-wrong-project = Proyecto equivocado
verdict-title-no-organization = Sin organización
verdict-title-model-access = Sin acceso al modelo
verdict-title-verification-required = Organización sin verificar
verdict-title-region-blocked = País no admitido
verdict-title-ip-not-allowed = Dirección IP no permitida
verdict-title-access-terminated = Acceso cancelado
verdict-title-admin-key-required = Hace falta una clave de administrador
verdict-title-network-error = No se pudo conectar con OpenAI
verdict-title-server-error = OpenAI tuvo un problema
verdict-title-unexpected-response = Respuesta inesperada

## Botones de solución bajo un diagnóstico: cada uno abre una página de platform.openai.com (src/checks/verdict.rs)

verdict-fix-billing = Abrir la facturación
verdict-fix-organization-limits = Abrir los límites de la organización
verdict-fix-project-limits = Abrir los límites del proyecto
verdict-fix-organization-settings = Abrir la configuración de la organización
verdict-fix-api-keys = Abrir la página de claves de API
verdict-fix-key-settings = Abrir la configuración de la clave
verdict-fix-admin-keys = Abrir la página de claves de administrador
verdict-fix-supported-countries = Ver los países admitidos
verdict-fix-ip-allowlist = Abrir la lista de IP permitidas
verdict-fix-status-page = Abrir la página de estado de OpenAI

## Frases de diagnóstico: la frase que dice qué falla y qué lo soluciona (src/checks/verdict.rs)
## «Model capabilities», «Request», «Responses», «Usage: Read» son los nombres de la pantalla de
## permisos de claves de OpenAI, que solo está en inglés: se dejan en inglés con la traducción entre paréntesis.

verdict-ok = Esta clave funciona: puede usar los modelos y tiene todos los permisos que Key Doctor comprobó.
verdict-ok-admin-key = Esta clave de administrador funciona: puede consultar el uso, los gastos y los proyectos de la organización.
verdict-invalid-key = OpenAI no acepta esta clave: está mal escrita, o se revocó o eliminó. Crea una clave nueva y úsala en su lugar.
verdict-invalid-key-no-key-sent = Tu aplicación no envió ninguna clave de API: el campo de la clave está vacío o la clave no le llegó. Pega tu clave donde la aplicación o el plugin pide la clave de API.
# $scopes: los permisos que faltan, ya unidos en una lista («escritura en Files (Archivos) y lectura en Evals (Evaluaciones)»).
verdict-missing-scopes = Esta clave está restringida y le faltan estos permisos: { $scopes }. Abre la configuración de la clave y permite lo que necesita tu aplicación.
verdict-missing-scopes-model-request = Esta clave está restringida y no puede usar los modelos. Abre la configuración de la clave y pon «Model capabilities» (Capacidades del modelo) en «Request» (Solicitar).
verdict-missing-scopes-admin-without-usage = Esta clave de administrador no puede consultar el uso ni los gastos. Crea una clave de administrador de solo lectura o dale a esta el permiso «Usage: Read» (Uso: lectura).
verdict-missing-scopes-none-named = A esta clave le falta un permiso para lo que se pidió. Abre la configuración de la clave y revisa sus permisos.
verdict-no-quota = Tu organización se quedó sin cuota: añade saldo o sube su límite en la página «Billing» (Facturación).
verdict-no-quota-no-credit = A tu organización no le queda saldo. Añade saldo en la página «Billing» (Facturación); las solicitudes vuelven a funcionar unos minutos después.
verdict-no-quota-organization-spend-limit = Tu organización alcanzó el límite de gasto que ella misma fijó. Sube el límite en la página «Limits» (Límites).
verdict-no-quota-project-spend-limit = El proyecto de esta clave alcanzó su límite de gasto. Sube el límite del proyecto en su página «Limits» (Límites).
verdict-no-quota-organization-usage-limit = Tu organización alcanzó el límite de uso de su nivel. Súbelo en la página «Limits» (Límites) o espera al mes que viene.
verdict-no-quota-billing-not-active = La facturación de tu cuenta no está activa. Añade un método de pago en la página «Billing» (Facturación).
verdict-rate-limited = Esta clave funciona, pero ahora mismo está limitada: demasiadas solicitudes o tokens por minuto. Espera un minuto y vuelve a intentarlo, o consulta los límites de tu nivel.
verdict-rate-limited-request-too-large = Esta solicitud, por sí sola, supera el límite de tokens por minuto de tu nivel de uso, así que no puede pasar tal como está. Hazla más pequeña (texto más corto, menos documentos a la vez) o sube a un nivel superior.
verdict-wrong-organization = La organización enviada con esta clave (OPENAI_ORG_ID, o la organización configurada en tu aplicación) no es la de la clave. Quita esa configuración o pon en ella la organización de la clave.
verdict-wrong-project = El proyecto enviado con esta clave (OPENAI_PROJECT_ID, o el proyecto configurado en tu aplicación) no es el de la clave. Quita esa configuración o usa una clave de ese proyecto.
verdict-no-organization = Tu cuenta de OpenAI no pertenece a ninguna organización, así que sus claves no se pueden usar. Crea una organización o pide que te inviten a una.
# $model: el nombre del modelo tal como lo dio el error («gpt-4o»), o verdict-this-model.
verdict-model-access = El proyecto de esta clave no puede usar { $model }. Un propietario puede permitir el modelo en la página «Limits» (Límites) del proyecto.
# $model: el nombre del modelo tal como lo dio el error («gpt-4o»), o verdict-this-model.
verdict-model-access-unknown-model = OpenAI no reconoce { $model } para esta clave: puede que el nombre esté mal escrito, que el modelo se haya retirado o que el proyecto no pueda usarlo. Revisa qué modelo tiene configurado tu aplicación o plugin; si el nombre es correcto, un propietario puede permitirlo en la página «Limits» (Límites) del proyecto.
# Se dice en lugar del nombre de un modelo cuando el error no nombró ninguno.
verdict-this-model = este modelo
# $model: el nombre del modelo tal como lo dio el error («gpt-image-1»), o verdict-this-model.
verdict-verification-required = Tu organización tiene que estar verificada para usar { $model }. Verifícala en la página de configuración de la organización; el acceso llega en unos 15 minutos.
verdict-region-blocked = OpenAI no da servicio en el país o la región desde donde se hizo esta solicitud, así que la clave no se puede usar desde aquí.
verdict-ip-not-allowed = La dirección IP de este equipo no está en la lista de IP permitidas de tu organización. Un propietario puede añadirla en la página de esa lista.
verdict-access-terminated = OpenAI canceló el acceso de esta cuenta. Solo el soporte de OpenAI puede ayudarte; busca su correo.
verdict-admin-key-required = Para consultar el uso y los gastos hace falta una clave de administrador. Un propietario de la organización puede crear una de solo lectura.
# $kind: el tipo de clave usada: project, service_account, user_without_project, legacy_user o
# unknown (un texto que no parece una clave de OpenAI).
verdict-admin-key-required-other-kind = Para consultar el uso y los gastos hace falta una clave de administrador; { $kind ->
    [project] esta es una clave de proyecto
    [service_account] esta es una clave de cuenta de servicio
    [user_without_project] esta es una clave de usuario (sin proyecto)
    [legacy_user] esta es una clave de usuario antigua
   *[unknown] esto no parece una clave de OpenAI
  }. Un propietario de la organización puede crear una de solo lectura.
verdict-server-error = OpenAI tuvo un problema al responder. No es culpa de tu clave; vuelve a intentarlo en unos minutos.

## Frases de diagnóstico: este equipo no pudo conectar con OpenAI (src/checks/verdict.rs)

verdict-network-error = Key Doctor no pudo conectar con OpenAI. Revisa la conexión a internet, la VPN o el proxy y vuelve a intentarlo.
# $cause: qué falló, en palabras («api.openai.com rechazó la conexión»).
verdict-network-error-cause = Key Doctor no pudo conectar con OpenAI: { $cause }. Revisa la conexión a internet, la VPN o el proxy y vuelve a intentarlo.
verdict-network-intercepted = Algo en tu red (a menudo un firewall de empresa o un antivirus) está leyendo las conexiones seguras y muestra su propio certificado en lugar del de OpenAI, así que Key Doctor se detuvo. Pide a tu departamento de informática que deje pasar api.openai.com o que instale su certificado en este equipo.
verdict-network-certificate-expired = El certificado que se muestra para OpenAI caducó, o el reloj de este equipo está mal. Revisa la fecha y la hora de este equipo; si son correctas, algo en tu red muestra un certificado antiguo: consulta a tu departamento de informática.
verdict-network-clock-behind = El reloj de este equipo va atrasado, así que el certificado de OpenAI parece todavía no válido. Ajusta la fecha y la hora de este equipo y vuelve a comprobar.
verdict-network-wrong-name = El certificado que se muestra se hizo para otro nombre que no es el de OpenAI: algo en tu red responde en lugar de OpenAI, o la dirección de OpenAI en Configuración está mal. Revisa la dirección o consulta a tu departamento de informática.
verdict-network-certificate-revoked = Quien emitió el certificado que se mostró para OpenAI lo ha retirado, así que Key Doctor se detuvo: algo en tu red podría estar mostrando un certificado antiguo o robado. Pregunta a tu equipo de informática; probar desde otra red muestra si el problema es esta.
# $cause: qué falló, en palabras.
verdict-network-refused = Key Doctor no pudo conectar con OpenAI: { $cause }. Puede que un firewall de este equipo o de la red bloquee api.openai.com, o que la dirección de OpenAI esté mal. Pregunta a tu departamento de informática si api.openai.com está bloqueado, o revisa la dirección en Configuración.
# $cause: qué falló, en palabras.
verdict-network-reset = Key Doctor no pudo conectar con OpenAI: { $cause }. Algo en tu red cortó la conexión, como hace un firewall con un sitio que bloquea. Vuelve a intentarlo; si sigue pasando, pregunta a tu departamento de informática si api.openai.com está bloqueado.
# $cause: qué falló, en palabras.
verdict-network-no-answer = Key Doctor no pudo conectar con OpenAI: { $cause }. La red va muy lenta, o un firewall descarta sin avisar las conexiones a api.openai.com. Vuelve a intentarlo; si sigue pasando, pregunta a tu departamento de informática si api.openai.com está bloqueado.
verdict-network-proxy-login = El proxy por el que sale este equipo pidió un usuario y una contraseña, y no recibió ninguno o no eran correctos. Pídeselos a tu departamento de informática y ponlos en la configuración del proxy (así: http://usuario:contraseña@proxy:puerto).
verdict-network-proxy-refused = El proxy por el que sale este equipo se negó a abrir el paso hacia api.openai.com. Pide a tu departamento de informática que deje pasar api.openai.com por el proxy.
verdict-network-proxy-unreachable = No se puede llegar al proxy configurado en este equipo, así que no salió nada. Revisa la configuración del proxy (HTTPS_PROXY) o pregunta a tu departamento de informática qué proxy usar.
verdict-network-certificate = La conexión segura con OpenAI se rechazó por el certificado que se mostró para ella: algo en tu red no es lo que debería. Pregunta a tu departamento de informática si algo inspecciona las conexiones seguras.

## Frases de diagnóstico: el servidor de un sitio no pudo conectar con OpenAI, según un error pegado (src/checks/verdict.rs)
## Las frases entre comillas son para que la persona se las envíe a su proveedor de hosting (tratamiento de «ustedes»).

verdict-host-dns = El servidor donde funciona tu sitio o aplicación no encuentra la dirección de api.openai.com, así que la solicitud nunca llegó a OpenAI; el problema no es la clave. Escribe a tu proveedor de hosting: «Por favor, comprueben que mi servidor puede resolver api.openai.com (DNS).»
verdict-host-blocked = El servidor donde funciona tu sitio o aplicación no pudo conectar con OpenAI: normalmente es el firewall del hosting, que bloquea las conexiones salientes; el problema no es la clave. Escribe a tu proveedor de hosting: «Por favor, permitan las conexiones HTTPS salientes de mi sitio hacia api.openai.com por el puerto 443.»
verdict-host-timeout = El servidor donde funciona tu sitio o aplicación esperó demasiado a OpenAI y se rindió; el problema no es la clave. Vuelve a intentarlo: las respuestas largas tardan. Si sigue pasando, sube el tiempo de espera (timeout) del plugin o pide a tu proveedor de hosting que deje que las solicitudes salientes a api.openai.com duren hasta 60 segundos.
verdict-host-cut = La conexión con OpenAI se cortó o se cerró antes de que llegara una respuesta; el problema no es la clave. Vuelve a intentarlo. Si sigue pasando, pregunta a tu proveedor de hosting: «¿Hay algún firewall, proxy o filtro de seguridad que corte las conexiones de mi sitio hacia api.openai.com?»
verdict-host-proxy = Un proxy entre tu servidor y OpenAI no dejó pasar la solicitud: necesita configuración o un inicio de sesión. Escribe la dirección, el usuario y la contraseña del proxy donde tu aplicación o tu servidor pide un proxy, o pregunta a tu proveedor de hosting qué proxy usar.
verdict-host-certificates = El servidor donde funciona tu sitio o aplicación no confía en el certificado de seguridad de OpenAI: su lista de certificados de confianza está desactualizada, o algo en el camino sustituye el certificado. Escribe a tu proveedor de hosting: «Por favor, actualicen los certificados de CA (ca-certificates o cacert.pem) de mi servidor.»
verdict-host-clock = El reloj del servidor donde funciona tu sitio o aplicación está mal, así que el certificado de seguridad de OpenAI parece todavía no válido. Pide a tu proveedor de hosting que ponga en hora el reloj del servidor (NTP).
verdict-host-old-tls = El servidor donde funciona tu sitio o aplicación usa un cifrado demasiado antiguo para OpenAI, que necesita TLS 1.2 o posterior. Pide a tu proveedor de hosting que actualice OpenSSL y cURL, o que pase tu sitio a una versión actual de PHP.
verdict-host-unclear = La conexión de tu servidor con OpenAI falló, pero este mensaje no dice por qué; el problema no es la clave. El motivo está en las líneas que van debajo: pega aquí el error completo. O pregunta a tu proveedor de hosting: «Mi sitio no pudo conectar con api.openai.com por el puerto 443. ¿Sus registros muestran alguna conexión saliente bloqueada o fallida?»
verdict-host-firewall-page = En lugar de la respuesta de OpenAI llegó una página web: un firewall bloqueó la solicitud. Si la página nombra a Cloudflare, el firewall de OpenAI rechazó la dirección de tu servidor; pide a tu proveedor de hosting otra dirección de salida. Si nombra a tu hosting (ModSecurity, Forbidden, Not Acceptable), pide a tu proveedor de hosting que permita las solicitudes a api.openai.com.

## Frases de diagnóstico: respondió algo que no es OpenAI (src/checks/verdict.rs)

verdict-unexpected-response = La respuesta no era de OpenAI, así que no se pudo comprobar la clave. Puede que haya en medio un proxy, un firewall o una URL base equivocada.
# $cause: qué llegó en su lugar, en palabras («una página web en lugar de JSON (HTTP 200)»).
verdict-unexpected-response-cause = La respuesta no era de OpenAI ({ $cause }), así que no se pudo comprobar la clave. Puede que haya en medio un proxy, un firewall o una URL base equivocada.
verdict-unexpected-web-page = Respondió una página web en lugar de OpenAI, como hace la página de acceso de la red de un hotel, un aeropuerto o una oficina, o un proxy. Abre cualquier página web en tu navegador, inicia sesión en la red y vuelve a comprobar; si no hay dónde iniciar sesión, pregunta a tu departamento de informática por el proxy.
verdict-unexpected-session-key-required = Tu aplicación pidió a OpenAI cifras de facturación que solo muestra el sitio web de OpenAI; ninguna clave de API puede leerlas. El problema no es la clave: actualiza la aplicación o el plugin, o consulta las cifras en la página «Billing» (Facturación).

## Si sirve volver a intentarlo, dicho después de cada diagnóstico salvo el de una clave que funciona (src/checks/verdict.rs)

verdict-retry-helps = Volver a intentarlo dentro de un minuto puede funcionar.
verdict-retry-will-not-help = Volver a intentarlo no servirá hasta que se solucione esto.

## Frases que se dicen en lugar de la del diagnóstico (src/checks/runner.rs, src/checks/explain.rs)

# La clave puede usar Responses pero no Model capabilities: la trampa de la pantalla de permisos de OpenAI.
verdict-responses-trap = Esta clave está restringida y no puede usar los modelos. Abre la configuración de la clave y pon «Model capabilities» (Capacidades del modelo) en «Request» (Solicitar); marcar solo «Responses» (Respuestas) no basta. Volver a intentarlo no servirá hasta que se solucione esto.
# La página Claves tiene un botón Comprobar por clave.
verdict-explain-not-recognised = Key Doctor no reconoce este mensaje como un problema de una clave de OpenAI ni de la conexión con OpenAI. Para saber si la clave en sí funciona, compruébala en la página Claves: comprobarla es gratis.
verdict-explain-empty = No hay nada que explicar: pega primero el texto del error.

## Notas bajo un diagnóstico (src/checks/verdict.rs, src/checks/runner.rs, src/checks/explain.rs)

verdict-note-role = Si la clave ya lo permite, puede que lo que falte sea tu rol: en la organización tienes que ser «Writer» (Editor) u «Owner» (Propietario), y en el proyecto, «Member» (Miembro) u «Owner» (Propietario). Un propietario puede cambiar los roles en la página «Members» (Miembros).
verdict-note-contains-key = El texto contiene una clave de API completa. Key Doctor no la guardó ni la muestra, pero cualquiera que vea este texto puede usar la clave: no lo publiques en ningún sitio.
# $permission: el nombre de un permiso (verdict-permission-*); $level: su nivel (verdict-level-*).
verdict-note-first-failed = La primera comprobación que falló fue { $permission } — { $level }.
verdict-note-cannot-know-verification = Una comprobación gratuita no puede saber si tu organización está verificada, algo que piden algunos modelos (como gpt-image-1 y o3). Lo muestra la página «General» de la configuración de la organización: platform.openai.com/settings/organization/general.
# $unanswered y $total: números de comprobaciones de permisos.
verdict-note-unanswered = { $unanswered ->
    [one] { $unanswered } de las { $total } comprobaciones de permisos no obtuvo una respuesta útil (problemas de red o del servidor); su fila dice «{ verdict-status-error }».
   *[other] { $unanswered } de las { $total } comprobaciones de permisos no obtuvieron una respuesta útil (problemas de red o del servidor); sus filas dicen «{ verdict-status-error }».
  }
verdict-note-ipv6-silent = OpenAI no respondió por IPv6, la forma más nueva de conectarse, así que Key Doctor usó IPv4, que sí funciona. Las aplicaciones de esta red pueden quedarse colgadas o fallar igual: pide a tu equipo de informática o a tu empresa de hosting que revisen el IPv6 hacia api.openai.com.

## Permisos, como los nombra la pantalla de permisos de claves de OpenAI (src/checks/probes.rs)
## Esa pantalla solo está en inglés: el nombre en inglés, con la traducción entre paréntesis.
## «Clave», «Cuota y acceso a modelos» y «Administración de la organización» son filas propias de Key Doctor.

verdict-permission-key = Clave
verdict-permission-models = Models (Modelos)
verdict-permission-model-capabilities = Model capabilities (Capacidades del modelo)
verdict-permission-quota = Cuota y acceso a modelos
verdict-permission-responses = Responses (Respuestas)
verdict-permission-assistants = Assistants (Asistentes)
verdict-permission-threads = Threads (Hilos)
verdict-permission-files = Files (Archivos)
verdict-permission-fine-tuning = Fine-tuning (Ajuste fino)
verdict-permission-batches = Batches (Lotes)
verdict-permission-vector-stores = Vector stores (Almacenes de vectores)
verdict-permission-evals = Evals (Evaluaciones)
verdict-permission-usage = Usage (Uso)
verdict-permission-organization = Administración de la organización
# Los niveles de la tabla de permisos.
verdict-level-valid = Válida
verdict-level-read = Lectura
verdict-level-write = Escritura
verdict-level-request = Solicitud

## Permisos que faltan dentro de una frase: «escritura en Files (Archivos) y lectura en Evals (Evaluaciones)» (src/checks/verdict.rs)

# Los niveles dentro de una frase.
verdict-scope-level-read = lectura
verdict-scope-level-write = escritura
verdict-scope-level-request = solicitud
# $permission: el nombre de un permiso (verdict-permission-*); $levels: sus niveles, unidos (verdict-list-*).
verdict-scope-with-levels = { $levels } en { $permission }
# Listas de palabras, construidas desde la izquierda: $first es la lista hasta ahora; $next y $last, el elemento añadido.
verdict-list-comma = { $first }, { $next }
verdict-list-and = { $first } y { $last }
# Permisos que nombró OpenAI y que Key Doctor no sabe nombrar. $count: cuántos.
verdict-scopes-more = { $count ->
    [one] un permiso más
   *[other] { $count } permisos más
  }
# $count: cuántos.
verdict-scopes-unnamed = { $count ->
    [one] un permiso que Key Doctor no conoce por su nombre
   *[other] { $count } permisos que Key Doctor no conoce por su nombre
  }

## Columna de estado y notas de la tabla de permisos (src/checks/report.rs)

verdict-status-granted = Concedido
verdict-status-missing = Falta
verdict-status-unknown = Desconocido
verdict-status-error = No se pudo comprobar
# Un permiso por el que no se preguntó, porque la primera solicitud ya falló por la red.

## Lo que encontró la comprobación además del diagnóstico (src/checks/report.rs)

# $tier: el número del nivel de uso.
verdict-tier = Nivel { $tier } (deducido de los límites por minuto)
verdict-tier-free = Nivel gratuito (deducido de los límites por minuto)
# $name: el nombre de la organización; $id: su ID (org-…).
verdict-organization = { $name } ({ $id })
# $role: el rol de la persona tal como lo nombra OpenAI (owner, reader).
verdict-organization-with-role = { $name } ({ $id }), tu rol: { $role }
verdict-organization-untitled = sin nombre

## «Copiar el informe»: texto plano para quien ayude; la clave nunca aparece (src/checks/report.rs)

# $checked_at: fecha y hora de la comprobación.
verdict-report-title = Informe de Key Doctor ({ $checked_at })
# $kind: el tipo de clave en palabras; $redacted: el principio y los cuatro últimos caracteres; $source: de dónde salió.
verdict-report-key = Clave: { $kind } { $redacted } (origen: { $source })
# $title: el título del diagnóstico; $code: su código en JSON (no_quota).
verdict-report-verdict = Diagnóstico: { $title } [{ $code }]
# $url: la dirección de la página de solución.
verdict-report-fix = Solución: { $url }
verdict-report-note = Nota: { $note }
# $sub_code: el código propio de OpenAI para el error (insufficient_quota).
verdict-report-openai-code = Código de OpenAI: { $sub_code }
# $scopes: los nombres de OpenAI de los permisos que faltan (model.request).
verdict-report-missing-scopes = Permisos que faltan: { $scopes }
# $message: el mensaje de error de OpenAI, tal cual.
verdict-report-openai-said = OpenAI dijo: { $message }
verdict-report-permissions = Permisos:
verdict-report-permission = { $permission } — { $level }: { $status }
# $http_status: el estado HTTP de la respuesta (403).
verdict-report-permission-with-status = { $permission } — { $level }: { $status } (HTTP { $http_status })
verdict-report-organization = Organización: { $organization }
# $requests y $tokens: números por minuto, o «?» si no se conocen.
verdict-report-rate-limits = Límites por minuto: { $requests } solicitudes/min, { $tokens } tokens/min
verdict-report-rate-limits-with-tier = Límites por minuto: { $requests } solicitudes/min, { $tokens } tokens/min ({ $tier })
# $ids: los ID de solicitud de OpenAI, para su soporte.
verdict-report-request-ids = ID de las solicitudes: { $ids }
# $milliseconds: cuánto tardó la comprobación.
verdict-report-checked-in = Comprobado en { $milliseconds } ms.

## Qué era una respuesta que no es de OpenAI, dicho dentro de una frase de diagnóstico (src/checks/runner.rs)

verdict-answer-redirect = el servidor respondió HTTP { $status } y mandó a Key Doctor a otra dirección; no se sigue, para que la clave no se envíe a otro sitio
verdict-answer-empty = el servidor respondió HTTP { $status } sin contenido
verdict-answer-not-json = HTTP { $status } con un contenido que no es el JSON de OpenAI
# $text: el principio de la respuesta, tal cual.
verdict-answer-text = HTTP { $status }: { $text }
# La comprobación se detuvo antes de enviar esta solicitud (la aplicación se está cerrando).
verdict-check-stopped = la comprobación se detuvo

## Pasos bajo un diagnóstico, para la página que abre su botón de solución (src/checks/fix_steps.rs)
## Los nombres de botones y campos entre comillas son los de platform.openai.com (solo en inglés):
## en inglés, con la traducción entre paréntesis.

verdict-step-sign-in = Inicia sesión en platform.openai.com si te lo pide.
# $name: el nombre de la clave en Key Doctor.
verdict-step-key-by-name = la clave que llamas «{ $name }»
# $last_four: los cuatro últimos caracteres de la clave, como los muestran las listas de OpenAI.
verdict-step-key-by-last-four = la clave que termina en { $last_four } (Key Doctor la llama «{ $name }»)
verdict-step-look-for-key = Busca { $key } en la lista. Si no está, se eliminó.
verdict-step-create-key = Haz clic en «Create new secret key» (Crear nueva clave secreta), ponle un nombre, elige el proyecto y créala.
verdict-step-copy-new-key = Copia la clave nueva (OpenAI solo la muestra una vez). Añádela aquí con «Añadir una clave» y ponla en tu aplicación o plugin en lugar de la antigua.
verdict-step-find-key = Busca { $key } en la lista.
verdict-step-edit-key = Haz clic en el botón del lápiz («Edit», Editar) de su fila.
# $permissions: los permisos que faltan (como en verdict-missing-scopes), o verdict-step-what-app-needs.
verdict-step-allow-permissions = En «Permissions» (Permisos), elige «All» (Todos), o deja «Restricted» (Restringida) y permite { $permissions }.
verdict-step-what-app-needs = lo que necesita tu aplicación
verdict-step-save-key = Haz clic en «Save» (Guardar). La clave sigue siendo la misma: no cambia nada en tu aplicación.
verdict-step-create-admin-key = Haz clic en «Create new admin key» (Crear nueva clave de administrador) y ponle un nombre.
verdict-step-copy-admin-key = Copia la clave nueva (OpenAI solo la muestra una vez) y añádela en Key Doctor con «Añadir una clave».
verdict-step-add-credit = Haz clic en «Add to credit balance» (Añadir saldo), o añade un método de pago si no hay ninguno.
verdict-step-pay = Elige una cantidad y confirma el pago.
verdict-step-credit-arrives = Las solicitudes vuelven a funcionar unos minutos después de que llegue el saldo.
verdict-step-organization-budget = Busca el presupuesto mensual de la organización (su límite de gasto).
verdict-step-raise-organization-budget = Súbelo por encima de lo que gastas y guarda.
# $model: el nombre del modelo («gpt-4o»), o verdict-step-your-model.
verdict-step-allow-model = Busca la lista de modelos que puede usar este proyecto y permite { $model }.
verdict-step-your-model = el modelo que usa tu aplicación
verdict-step-save-limits = Guarda. La clave sigue siendo la misma: no cambia nada en tu aplicación.
verdict-step-project-budget = Busca el presupuesto del proyecto (su límite de gasto).
verdict-step-raise-project-budget = Súbelo por encima de lo que gasta el proyecto y guarda.
verdict-step-verify = Haz clic en «Verify Organization» (Verificar organización) y sigue los pasos (te pedirán un documento de identidad).
verdict-step-verification-takes-time = La verificación puede tardar un poco; el modelo funciona en cuanto termina.
verdict-step-read-organization-id = Busca en la página el «Organization ID» (ID de la organización).
verdict-step-use-organization-id = Donde tu aplicación o plugin pida una organización, usa ese ID, o deja el campo vacío.
verdict-step-allowlist-add = Añade a la lista de IP permitidas la dirección del equipo o servidor donde funciona tu aplicación (tu hosting puede decirte cuál es).
verdict-step-allowlist-save = Guarda.

## Códigos que añadieron otros proveedores (sus frases están en providers.ftl).
verdict-title-retired-key-kind = Tipo de clave antiguo
verdict-title-login-token = No es una clave de API
verdict-title-endpoint-required = Falta su punto de conexión
verdict-title-api-not-enabled = API sin activar
verdict-retired-key-kind = Esta clave es de un tipo que su proveedor ya no acepta. Crea una clave nueva y ponla en tu aplicación.
verdict-login-token = Esto es un token de inicio de sesión, no una clave de API. Crea una clave de API y ponla en tu aplicación.
verdict-endpoint-required = Esta clave solo se puede comprobar junto con la dirección de su recurso (su punto de conexión).
verdict-api-not-enabled = La API del proveedor no está activada en el proyecto de esta clave.
