## Otros proveedores además de OpenAI: sus diagnósticos, botones de solución, datos y lo que puede saber una comprobación gratuita.
## $provider es el nombre propio del proveedor (Anthropic, Google Gemini, OpenRouter, Groq, Mistral,
## Azure OpenAI, xAI, DeepSeek); $cause es lo que falló por el camino, con las palabras de Key Doctor.

# Diagnósticos comunes a todos los proveedores.
provider-invalid-key = { $provider } no acepta esta clave: está mal escrita, se eliminó o nunca llegó a estar activa. Crea una clave nueva en la página de claves de { $provider } y ponla en tu aplicación.
provider-no-credit = { $provider } dice que a la cuenta de esta clave no le queda saldo. Añade saldo en la página de facturación de { $provider }.
provider-forbidden = { $provider } aceptó esta clave, pero rechazó lo que se le pidió: puede que la clave, o su cuenta, no tenga permiso para eso.
provider-rate-limited = { $provider } está limitando ahora mismo cuántas solicitudes puede hacer esta clave.
provider-server-error = { $provider } tuvo un problema al responder. No es culpa de tu clave; vuelve a intentarlo en unos minutos.
provider-overloaded = { $provider } tiene demasiada carga en este momento. No es culpa de tu clave; vuelve a intentarlo en unos minutos.
provider-network-error = Key Doctor no pudo conectar con { $provider }: { $cause }. Revisa la conexión a internet, la VPN o el proxy y vuelve a intentarlo.
provider-unexpected = La respuesta no llegó de { $provider } como se esperaba, así que no se pudo comprobar la clave. Puede que haya en medio un proxy, un firewall o una dirección equivocada.
provider-model-not-found = { $provider } no reconoce el modelo que pidió tu aplicación, o esta clave no puede usarlo. Elige otro modelo en la configuración de tu aplicación.
provider-region = { $provider } no da servicio en el país o la región desde donde se hizo esta solicitud.
provider-endpoint-required = Una clave de Azure OpenAI solo funciona con la dirección de su recurso (su punto de conexión, como https://tu-nombre.openai.azure.com). Añade el punto de conexión a esta clave y vuelve a comprobarla: los dos están en la página «Keys and Endpoint» (Claves y punto de conexión) del recurso, en el portal de Azure.
provider-address-unusable = La dirección configurada para { $provider } no se puede usar (solo se permiten direcciones https://, salvo en este equipo). Corrígela y vuelve a comprobar la clave.
provider-base-url-refused = La dirección de { $provider } en { $source } no se puede usar: { $problem }

# Botones de solución.
provider-fix-keys = Abrir la página de claves de { $provider }
provider-fix-billing = Abrir la página de facturación de { $provider }
provider-fix-limits = Abrir la página de límites de { $provider }
provider-fix-countries = Ver los países admitidos
provider-fix-enable-api = Activar la API de Gemini
provider-fix-credentials = Abrir las credenciales de Google Cloud
provider-fix-deployments = Abrir Azure AI Foundry
provider-fix-deprecations = Ver qué modelos lo sustituyen
provider-fix-network-help = Abrir la ayuda de red de Azure
provider-fix-quota = Pedir más cuota a Azure

# Datos que leyó una comprobación gratuita.
provider-fact-balance = Saldo: { $amount } { $currency }.
# $reset: cada cuánto vuelve a empezar el límite, como lo dice OpenRouter (daily, weekly, monthly o never).
provider-fact-key-limit = Límite de gasto de esta clave: quedan { $remaining } de { $limit } ({ $reset ->
        [daily] se reinicia cada día
        [weekly] se reinicia cada semana
        [monthly] se reinicia cada mes
        [never] no se reinicia
       *[other] se reinicia: { $reset }
    }).
provider-fact-spent = Gastado con esta clave hasta ahora: { $amount }.
provider-fact-expires = Esta clave caduca el { $date }.

# Anthropic.
provider-anthropic-works = Esta clave de Anthropic funciona. Anthropic no dice si tienes saldo hasta que se hace una solicitud: si tu aplicación dice que tu saldo es demasiado bajo, añade saldo en la página «Billing» (Facturación).
provider-anthropic-no-credit = Tu saldo en Anthropic es demasiado bajo. Añade saldo en la página «Billing» (Facturación); si ya lo hiciste, comprueba que esta clave pertenece a la organización por la que pagaste.
provider-anthropic-org-disabled = Anthropic desactivó la organización a la que pertenece esta clave. Si tu cuenta de Claude funciona, puede que esta clave sea una antigua de otra organización: crea una clave nueva en la consola de Anthropic.
provider-anthropic-login-token = Esto es un token de inicio de sesión de una suscripción a Claude, no una clave de API: las aplicaciones y los plugins no pueden usarlo. Crea una clave de API en la consola de Anthropic (empieza por sk-ant-api03-) y ponla en tu aplicación.
provider-anthropic-rate-limited = Anthropic está limitando ahora mismo las solicitudes de esta organización (su límite por minuto). Los límites más altos llegan con más gasto; la página «Limits» (Límites) muestra los tuyos.
provider-anthropic-can-tell = Si la clave se acepta; una clave de administrador se comprueba en la lista de claves de la organización.
provider-anthropic-cannot-tell = Si queda saldo (Anthropic solo lo dice cuando se hace una solicitud) y los límites por minuto.

# Google Gemini.
provider-gemini-works = Esta clave de Gemini funciona. Google no le dice a una comprobación gratuita si el proyecto paga o usa el nivel gratuito: si tu aplicación dice que se superó la cuota, configura la facturación del proyecto en AI Studio.
provider-gemini-retired-key = Google ya no acepta para Gemini claves de este tipo antiguo (empiezan por AIza). Crea una clave nueva en Google AI Studio y ponla en tu aplicación.
provider-gemini-standard-key = Google todavía aceptó esta clave, pero las claves de este tipo antiguo (empiezan por AIza) se están retirando para Gemini. Crea una clave nueva en Google AI Studio y sustituye esta antes de que deje de funcionar.
provider-gemini-leaked = Google bloqueó esta clave porque se encontró publicada (por ejemplo, en un sitio web o en código compartido). Crea una clave nueva en Google AI Studio y no la compartas.
provider-gemini-expired = Esta clave de Gemini caducó. Crea una clave nueva en Google AI Studio y ponla en tu aplicación.
provider-gemini-not-enabled = La API de Gemini no está activada en el proyecto de Google Cloud de esta clave. Actívala, espera unos minutos y vuelve a comprobar la clave.
provider-gemini-blocked = Esta clave de Google está restringida a otros servicios de Google, no a Gemini. Permite la API de Gemini (Generative Language API) en las restricciones de la clave, o crea una clave nueva en Google AI Studio.
provider-gemini-suspended = Google suspendió esta clave o su proyecto. Crea una clave nueva en Google AI Studio; si eso también falla, ponte en contacto con el soporte de Google.
provider-gemini-prepay = El saldo prepago de este proyecto de Gemini se agotó. Añade saldo al proyecto en AI Studio.
provider-gemini-no-free-quota = Este modelo no tiene cuota gratuita: el proyecto necesita facturación para poder usarlo. Configura la facturación del proyecto en AI Studio.
provider-gemini-free-tier = Este proyecto está en el nivel gratuito de Gemini y por ahora agotó su cuota. Espera, o configura la facturación en AI Studio para tener límites más altos.
provider-gemini-can-tell = Si la clave se acepta, si es de un tipo que Google todavía admite y si puede usar la API de Gemini.
provider-gemini-cannot-tell = Nivel gratuito o de pago, saldo prepago y límites por minuto (solo los muestra un error de tu aplicación).

# OpenRouter.
provider-openrouter-works = Esta clave de OpenRouter funciona. El saldo de tu cuenta solo lo ve una clave de gestión: si tu aplicación dice que no hay créditos suficientes, añade créditos en la página «Credits» (Créditos).
provider-openrouter-key-limit = Esta clave alcanzó el límite de gasto que tiene configurado. Sube el límite de la clave en la página de claves de OpenRouter, o usa otra clave.
provider-openrouter-never-bought = Esta cuenta de OpenRouter nunca ha comprado créditos. Comprueba que la clave es de la cuenta correcta y luego compra créditos en la página «Credits» (Créditos).
provider-openrouter-no-credit = Esta cuenta de OpenRouter no tiene créditos suficientes para esta solicitud. Añade créditos en la página «Credits» (Créditos).
provider-openrouter-free-daily = Esta cuenta ya usó hoy sus solicitudes a modelos gratuitos. Si añades al menos 10 créditos, sube el límite diario.
provider-openrouter-fact-free-tier = Esta cuenta nunca ha comprado créditos, así que los modelos gratuitos están limitados a 50 solicitudes al día.
provider-openrouter-fact-paid = Esta cuenta ha comprado créditos.
provider-openrouter-can-tell = Si la clave se acepta, el límite de gasto configurado en la clave y cuánto queda, y si la cuenta compró créditos alguna vez.
provider-openrouter-cannot-tell = El saldo de créditos de la cuenta (solo puede leerlo una clave de gestión).

# Groq.
provider-groq-works = Esta clave de Groq funciona. Groq factura después, así que una comprobación gratuita no puede ver lo que gastas; abajo están los límites por minuto que leyó.
provider-groq-fact-free-plan = Esta organización está en el plan gratuito de Groq.
provider-groq-fact-paid-plan = Esta organización está en un plan de pago de Groq.
provider-groq-restricted = Groq restringió esta organización. Ponte en contacto con el soporte de Groq si crees que es un error.
provider-groq-blocked = La red que está delante de Groq bloqueó esta solicitud (puede pasar desde algunos países, VPN o servidores compartidos). Prueba desde otra red, o consulta a tu proveedor de hosting.
provider-groq-decommissioned = Groq ya no ofrece el modelo que pidió tu aplicación. Elige un modelo más nuevo en la configuración de tu aplicación.
provider-groq-rate-limited = Esta organización de Groq alcanzó su límite de solicitudes. Espera, o pasa al nivel «Developer» en la página de facturación para tener límites más altos.
provider-groq-can-tell = Si la clave se acepta, si el plan es gratuito o de pago, y los límites por minuto.
provider-groq-cannot-tell = Lo que gastas (Groq factura después).

# Mistral.
provider-mistral-works = Esta clave de Mistral funciona. Una comprobación gratuita no puede ver el gasto de tu plan: si tu aplicación dice que se alcanzó un límite, consulta la página «Billing» (Facturación).
provider-mistral-invalid = Mistral no acepta esta clave: está mal escrita, se eliminó, o su espacio de trabajo todavía no tiene un plan activo. Elige un plan en la consola de Mistral, o crea una clave nueva.
provider-mistral-can-tell = Si la clave se acepta.
provider-mistral-cannot-tell = El plan, el gasto y los límites por minuto.

# Azure OpenAI.
provider-azure-works = Esta clave de Azure OpenAI funciona con este punto de conexión. Una comprobación gratuita no puede ver tus implementaciones ni su cuota: si tu aplicación dice que falta una implementación o que superó su límite, abre Azure AI Foundry.
provider-azure-invalid = Azure no acepta esta clave en este punto de conexión: la clave no es correcta, o el punto de conexión es de otro recurso. Vuelve a copiar los dos desde la página «Keys and Endpoint» (Claves y punto de conexión) del recurso, en el portal de Azure.
provider-azure-firewall = Las reglas de red de este recurso de Azure no dejan entrar a este equipo. Permite esta red en la sección «Networking» (Redes) del recurso, o pídeselo a quien administre el recurso.
provider-azure-deployment = Azure no tiene ninguna implementación con el nombre que usa tu aplicación. Comprueba el nombre de la implementación en Azure AI Foundry (una implementación nueva puede tardar cinco minutos en aparecer).
provider-azure-daily = Este recurso de Azure agotó su cuota diaria o su crédito de prueba. Espera hasta mañana, o pasa al pago por uso.
provider-azure-rate-limited = Esta implementación de Azure superó por ahora su límite por minuto. Pide más cuota a Azure, o espera un minuto.
provider-azure-not-found = Azure no reconoce la dirección que usa tu aplicación: el punto de conexión o la versión de la API no es correcto. Vuelve a copiar el punto de conexión desde el portal de Azure.
provider-azure-can-tell = Si la clave y el punto de conexión funcionan juntos.
provider-azure-cannot-tell = Las implementaciones, su cuota y la facturación.

# xAI.
provider-xai-works = Esta clave de xAI funciona. Tus créditos solo se ven con una clave de gestión: si tu aplicación dice que tu equipo de xAI usó todos los créditos disponibles, añade créditos o sube el límite de gasto en la consola de xAI.
provider-xai-no-credit = Este equipo de xAI usó todos sus créditos o alcanzó su límite de gasto mensual. Añade créditos o sube el límite en la consola de xAI.
provider-xai-key-disabled = Esta clave de xAI está desactivada o bloqueada. Vuelve a activarla en la consola de xAI, o crea una clave nueva.
provider-xai-team-blocked = xAI bloqueó el equipo al que pertenece esta clave. Ponte en contacto con el soporte de xAI desde la consola.
provider-xai-fact-acls = Esta clave solo puede usar: { $acls }.
provider-xai-can-tell = Si la clave se acepta, si está desactivada o bloqueada, y qué modelos puede usar.
provider-xai-cannot-tell = Los créditos y el gasto (solo puede leerlos una clave de gestión).

# DeepSeek.
provider-deepseek-works = Esta clave de DeepSeek funciona y su cuenta tiene saldo para gastar.
provider-deepseek-no-balance = Esta cuenta de DeepSeek no tiene saldo que pueda gastar en llamadas a la API. Recarga saldo en la plataforma de DeepSeek.
provider-deepseek-can-tell = Si la clave se acepta, y el saldo de la cuenta.
provider-deepseek-cannot-tell = Los límites por minuto.

# OpenAI (para la tabla de lo que puede saber cada comprobación gratuita).
provider-openai-can-tell = Si la clave se acepta, cada permiso, la organización y el proyecto, los límites por minuto y el nivel de uso.
provider-openai-cannot-tell = El saldo que queda (una clave de administrador lee lo que se gastó) y si la organización está verificada.

# Títulos de un diagnóstico (listas y etiquetas) cuando el título propio del código nombra a OpenAI.
provider-title-network-error = No se pudo conectar con { $provider }
provider-title-server-error = { $provider } tuvo un problema

# Líneas de «Copiar el informe» para la clave de otro proveedor.
provider-report-code = Código de { $provider }: { $sub_code }
provider-report-said = { $provider } dijo: { $message }

# Datos de OpenRouter añadidos tras la revisión.
provider-fact-key-limit-once = Límite de gasto de esta clave: quedan { $remaining } de { $limit } (no se reinicia).
provider-openrouter-fact-management-key = Es una clave de administración: sirve para gestionar claves y consultar el saldo de la cuenta, pero las aplicaciones no pueden usar modelos con ella.
