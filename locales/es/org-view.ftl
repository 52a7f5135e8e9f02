## Página Organización (src/gui/views/organization.rs, src/gui/organization.rs)

# La entrada de navegación y el título de la página.
org-view-nav = Organización
org-view-title = Tu organización
org-view-intro = Todas las claves de tu organización, lo que permite cada proyecto y lo que necesita atención. Aquí Key Doctor solo lee: no cambia nada.

## Qué clave de administrador consulta la organización

org-view-read-with = Consultar con:
# $name: el nombre que la persona dio a la clave de administrador en Key Doctor.
org-view-reading-with-stored = Se consulta con la clave de administrador «{ $name }».
# $key: de dónde sale la clave, por ejemplo «la clave de administrador de solo lectura de la demo».
org-view-reading-with-origin = Se consulta con { $key }.
org-view-opening-keys = Abriendo tus claves…
org-view-no-admin-key-title = Se necesita una clave de administrador
org-view-no-admin-key = Para ver todas las claves de tu organización, Key Doctor necesita una clave de administrador de ella. Añádela en la página Claves: se guarda en el llavero de tu sistema como tus otras claves, y Key Doctor solo lee con ella.
org-view-add-admin-key = Añadir una clave de administrador en la página Claves
org-view-open-admin-keys-page = Abrir la página de claves de administrador
# $problem: por qué no se pudo sacar la clave del llavero (una frase).
org-view-admin-key-unreadable = Key Doctor no pudo sacar esta clave de administrador de tu llavero. { $problem }

## La consulta

org-view-refresh = Actualizar
org-view-cancel = Cancelar
org-view-reading = Consultando la organización… Todos los proyectos se consultan a la vez; tarda unos segundos.
org-view-cancelled = Se detuvo la consulta. Haz clic en «Actualizar» para consultar la organización.
# $keys, $projects: números.
org-view-summary = { $keys ->
    [one] Una clave
   *[other] { $keys } claves
} en { $projects ->
    [one] un proyecto.
   *[other] { $projects } proyectos.
}
# $count: cuántas claves tienen una marca que significa que ya no funcionan.
org-view-summary-broken = { $count ->
    [one] Una clave ya no funciona.
   *[other] { $count } claves ya no funcionan.
}
# $amount: una cantidad de dinero.
org-view-month-total = Gasto de este mes hasta hoy: { $amount }
org-view-problems-title = Lo que no se pudo consultar
org-view-partly-read = El resto de la organización se consultó y se muestra abajo.

## La tabla de claves

org-view-keys-title = Todas las claves
# El nombre del campo de búsqueda, que leen los lectores de pantalla, y su pista.
org-view-search = Buscar en las claves
org-view-search-hint = Nombre, proyecto o propietario
org-view-clear-search = Borrar la búsqueda
org-view-sort-attention = Primero las que necesitan atención
# $shown, $total: números.
org-view-showing = Se muestran { $shown } de { $total } claves
# $query: lo que escribió la persona.
org-view-no-match = Ninguna clave coincide con «{ $query }».
org-view-no-keys = Tu organización no tiene claves de proyecto.
org-view-column-key = Clave
org-view-column-project = Proyecto
org-view-column-owner = Propietario
org-view-column-created = Creada
org-view-column-last-used = Último uso
org-view-column-cost = Este mes
# Lo que dice un lector de pantalla para el botón que ordena cada columna.
org-view-sort-key = Ordenar por nombre de la clave
org-view-sort-project = Ordenar por proyecto
org-view-sort-owner = Ordenar por propietario
org-view-sort-created = Ordenar por fecha de creación
org-view-sort-last-used = Ordenar por último uso
org-view-sort-cost = Ordenar por el gasto de este mes
# $name: el nombre que la persona dio a la clave en Key Doctor.
org-view-stored-as = Guardada aquí como { $name }
org-view-owner-left = ya no tiene acceso
org-view-service-account = cuenta de servicio
org-view-owner-unknown = desconocido
org-view-cost-unknown = no se sabe
org-view-cost-unknown-hover = No se pudo consultar el gasto de este mes.

## Cuándo pasó algo, dicho como lo dice una persona

org-view-never = nunca
org-view-today = hoy
org-view-yesterday = ayer
# $count: un número.
org-view-days-ago = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
org-view-months-ago = { $count ->
    [one] hace { $count } mes
   *[other] hace { $count } meses
}
org-view-years-ago = { $count ->
    [one] hace { $count } año
   *[other] hace { $count } años
}

## Proyectos

org-view-projects-title = Proyectos
# $name: el nombre del proyecto; $amount: el gasto de este mes.
org-view-project-heading = { $name }: { $amount } este mes
org-view-project-archived = Este proyecto está archivado: sus claves ya no funcionan.
org-view-models = Modelos
org-view-models-all = Todos los modelos
# $models: una lista de nombres de modelos.
org-view-models-allow = Solo permite: { $models }
org-view-models-deny = Bloquea: { $models }
org-view-tools = Herramientas alojadas
org-view-tools-all-on = Todas activadas
# $tools: una lista de nombres de herramientas.
org-view-tools-off = Desactivadas: { $tools }
org-view-tool-file-search = búsqueda en archivos
org-view-tool-web-search = búsqueda web
org-view-tool-image-generation = generación de imágenes
org-view-tool-mcp = conectores (MCP)
org-view-tool-code-interpreter = intérprete de código
org-view-rate-limits = Límites por minuto
org-view-rate-limits-none = Los de la organización
# $model: el nombre de un modelo; $count: un número (para el plural); $requests: el mismo número escrito.
org-view-rate-limit = { $count ->
    [one] { $model }: { $requests } solicitud por minuto
   *[other] { $model }: { $requests } solicitudes por minuto
}
# $model: el nombre de un modelo; $tokens: un número.
org-view-rate-limit-tokens = { $model }: { $tokens } tokens por minuto
org-view-spend-limit = Límite de gasto estricto
org-view-spend-limit-none = Ninguno: las solicitudes no se detienen al llegar a una cantidad.
# $spent, $limit: cantidades de dinero.
org-view-spend-limit-below = { $spent } de { $limit } este mes
org-view-spend-limit-reached = { $spent } de { $limit } este mes — alcanzado, las solicitudes se rechazan
org-view-spend-limit-not-enforced = { $spent } de { $limit } este mes — no se aplica, las solicitudes siguen
# $limit: una cantidad de dinero; no se pudo consultar el gasto de este mes.
org-view-spend-limit-amount = { $limit } al mes
org-view-spend-alerts = Alertas de gasto
org-view-spend-alerts-none = Ninguna
# $amount: una cantidad de dinero; $to: direcciones de correo.
org-view-spend-alert = Un correo a { $to } al llegar a { $amount }
org-view-spend-alert-nobody = Una alerta al llegar a { $amount }
org-view-service-accounts = Cuentas de servicio
org-view-service-accounts-none = Ninguna
org-view-open-limits = Abrir los límites del proyecto
org-view-open-members = Abrir los miembros del proyecto
# Proyectos cuya lista no se pudo consultar, nombrados por su ID; $amount: el gasto de este mes.
org-view-project-cost-only = { $project }: { $amount } este mes

## La organización en conjunto

org-view-organization-title = La organización en conjunto
org-view-open-organization-limits = Abrir los límites de la organización
org-view-audit-log = Registro de auditoría
# $count: cuántos cambios de claves lista el registro de auditoría.
org-view-audit-log-events = { $count ->
    [one] Lista un cambio en una clave en el último año.
   *[other] Lista { $count } cambios en claves en el último año.
}
org-view-audit-log-empty = No lista ningún cambio en ninguna clave. El registro de auditoría parece estar desactivado: solo registra lo que pasa después de activarlo. Actívalo en la configuración de la organización, para poder rastrear más adelante una clave eliminada o cambiada.
org-view-open-organization-settings = Abrir la configuración de la organización
# $count: cuántas claves de administrador tiene la organización.
org-view-admin-keys = { $count ->
    [one] Una clave de administrador
   *[other] { $count } claves de administrador
}
# $name: el nombre de la clave de administrador; $used: cuándo se usó por última vez («hace 3 días», «nunca»); $expires: org-view-expires-*.
org-view-admin-key-line = { $name }: último uso { $used }, { $expires }
org-view-expires-never = no caduca
# $date: una fecha.
org-view-expires-on = caduca el { $date }
org-view-expired-on = caducó el { $date }
