## El lado de la organización, consultado con una clave de administrador (src/org/)

## Las partes de la organización que Key Doctor consulta, tal como se nombran en las frases «no pudo consultar …».
org-part-projects = la lista de proyectos
org-part-keys = las claves de un proyecto
org-part-service-accounts = las cuentas de servicio de un proyecto
org-part-model-permissions = los permisos de modelos de un proyecto
org-part-tool-permissions = los permisos de herramientas de un proyecto
org-part-rate-limits = los límites por minuto de un proyecto
org-part-spend-limit = un límite de gasto
org-part-spend-alerts = las alertas de gasto
org-part-admin-keys = la lista de claves de administrador
org-part-costs = los gastos de este mes
org-part-audit-log = el registro de auditoría

## Por qué no se pudo consultar una parte; $part es uno de los nombres de arriba.
org-part-needs-management-read = Key Doctor no pudo consultar { $part }: esta clave de administrador no puede consultar la configuración de la organización. En la página «Admin keys» (Claves de administrador), pon su permiso «Organization administration» (Administración de la organización) en «Read» (Lectura).
org-part-needs-usage-read = Key Doctor no pudo consultar { $part }: esta clave de administrador no puede consultar el uso. En la página «Admin keys» (Claves de administrador), pon su permiso «Usage» (Uso) en «Read» (Lectura).
org-part-admin-key-refused = Key Doctor no pudo consultar { $part }: OpenAI no aceptó la clave de administrador. Puede que se haya eliminado o que haya caducado.
org-part-forbidden = Key Doctor no pudo consultar { $part }: esta clave de administrador no tiene permiso para hacerlo.
# $reason es una frase de errors.ftl.
org-part-failed = Key Doctor no pudo consultar { $part }. { $reason }

## La causa de que una clave falle, encontrada en los datos de la organización. Se dice antes de la frase
## propia de la clave, que lleva la solución: estas solo dicen lo que muestra la organización.
org-cause-project-archived = El proyecto «{ $project }» está archivado, así que sus claves ya no funcionan.
org-cause-owner-lost-access = Esta clave pertenece a { $owner }, que ya no tiene acceso al proyecto «{ $project }»: la clave dejó de funcionar cuando esa persona perdió el acceso. Una clave de cuenta de servicio no depende de ninguna persona.
# $allowed es una lista de nombres de modelos.
org-cause-model-not-allowed = { $count ->
    [one] El proyecto «{ $project }» solo permite { $allowed }, no { $model }.
   *[other] El proyecto «{ $project }» solo permite estos modelos: { $allowed }; { $model } no está entre ellos.
}
org-cause-model-denied = El proyecto «{ $project }» bloquea { $model }: está en la lista de modelos bloqueados del proyecto.
# $limit y $spent son cantidades de dinero.
org-cause-project-hard-limit = El proyecto «{ $project }» alcanzó este mes su límite de gasto de { $limit } (lleva { $spent } gastados). El mes que viene el gasto vuelve a contar desde cero.
org-cause-organization-hard-limit = Tu organización alcanzó este mes su límite de gasto de { $limit } (lleva { $spent } gastados). El mes que viene el gasto vuelve a contar desde cero.
org-cause-project-rate-limit = { $count ->
    [one] El proyecto «{ $project }» solo permite { $count } solicitud por minuto para { $model }.
   *[other] El proyecto «{ $project }» solo permite { $count } solicitudes por minuto para { $model }.
}
# $scopes es una lista de nombres de permisos.
org-cause-scopes-from-audit-log = El registro de auditoría muestra qué permisos se le dieron a esta clave la última vez: { $scopes }.
org-scopes-none = ningún permiso
# $date es una fecha; $by, una dirección de correo electrónico.
org-cause-key-deleted-by = Esta clave la eliminó { $by } el { $date }.
org-cause-key-deleted = Esta clave se eliminó el { $date }.
org-cause-key-not-in-organization = { $count ->
    [0] Tu organización no tiene ninguna clave, así que esta clave se eliminó o pertenece a otra organización.
    [one] Tu organización tiene una sola clave y no es esta: esta clave se eliminó o pertenece a otra organización.
   *[other] Tu organización tiene { $count } claves y esta no es ninguna de ellas: esta clave se eliminó o pertenece a otra organización.
}

## Se dice una vez cuando una clave falla y no hay a mano ninguna clave de administrador.
org-admin-key-would-tell = Con una clave de administrador de tu organización, Key Doctor podría decirte la causa exacta: si el proyecto bloquea el modelo, si alcanzó su límite de gasto o si el propietario de la clave se fue. Añade una en la página Claves.

## Avisos sobre una clave en la vista Organización y en `key-doctor org`; $days es un número.
org-flag-unused = Sin usar desde hace { $days } días
org-flag-owner-lost-access = El propietario perdió el acceso
org-flag-project-archived = Proyecto archivado
org-flag-not-in-this-app = No está en esta aplicación

## Botones junto a un aviso; cada uno abre una página de platform.openai.com.
org-fix-key-page = Abrir la página de la clave
org-fix-members = Abrir los miembros del proyecto
org-fix-projects = Abrir los proyectos

## Nombres de las claves de ejemplo de la demo para el lado de la organización (src/gui/services.rs).
common-sample-key-owner-left = Clave de alguien que dejó el proyecto
common-sample-key-archived-project = Clave de un proyecto archivado
common-sample-key-model-denied = Proyecto que bloquea gpt-5-mini
common-sample-key-admin-no-management = Clave de administrador que no puede consultar la organización
common-sample-key-admin-audit-off = Clave de administrador de una organización sin registro de auditoría
common-sample-key-admin-large = Clave de administrador de una organización grande (1.000 claves)
