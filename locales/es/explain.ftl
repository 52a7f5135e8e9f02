## Explicar un error (src/gui/views/explain.rs, src/gui/explain.rs)

explain-title = Explicar un error
explain-paste-title = Pega el error
explain-paste-explained = Pega el mensaje que mostró tu plugin, script o aplicación, por ejemplo «You have insufficient permissions for this operation. Missing scopes: model.request». El texto no se envía a ninguna parte.
# Se muestra en el campo vacío.
explain-paste-hint = Pega aquí el error
# El botón que explica el texto pegado.
explain-explain = Explicar
explain-clear = Borrar
explain-nothing-pasted = Todavía no has pegado nada. Copia el error que mostró tu plugin, sitio o aplicación, pégalo arriba y haz clic en «Explicar».
# Un botón que pega en el campo lo que la persona copió.
explain-paste-from-clipboard = Pegar lo que copiaste
explain-check-keys-instead = Comprobar tus claves
# $name: el nombre de una clave guardada que menciona el error.
explain-check-named-key = Comprobar «{ $name }» ahora
explain-add-this-key = Añadir esta clave a Key Doctor
explain-add-new-key = Añadir una clave nueva
explain-copy-host-message = Copiar un mensaje para tu proveedor de hosting
explain-check-your-keys = Comprobar tus claves
# Detalles técnicos, para quien programa o para el proveedor de hosting. $code: un código como missing_scopes.
explain-detail-verdict-code = Código del diagnóstico: { $code }
# $status: un código de estado HTTP, como 401.
explain-detail-http-status = Estado HTTP: { $status }
# $cause: el código de un fallo de red, como dns.
explain-detail-cause = Causa: { $cause }
# $code: el código propio de OpenAI, como insufficient_quota.
explain-detail-openai-code = Código de OpenAI: { $code }
# $scopes: los códigos de permiso de OpenAI, como model.request.
explain-detail-missing-scopes = Permisos que faltan: { $scopes }
# Un mensaje que la persona envía a su proveedor de hosting (se copia al portapapeles). $error: el error que mostró su sitio; $meaning: lo que significa, en una frase.
explain-host-message =
    Hola:

    Mi sitio no puede conectar con la API de OpenAI (api.openai.com). Muestra este error:

    { $error }

    Qué significa: { $meaning }

    Gracias.
