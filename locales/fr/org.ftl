## Côté organisation, lu avec une clé Admin (src/org/)

## Les parties de l’organisation que Key Doctor lit, telles qu’elles sont nommées dans les phrases « n’a pas pu lire … ».
org-part-projects = la liste des projets
org-part-keys = les clés d’un projet
org-part-service-accounts = les comptes de service d’un projet
org-part-model-permissions = les autorisations de modèles d’un projet
org-part-tool-permissions = les autorisations d’outils d’un projet
org-part-rate-limits = les limites de débit d’un projet
org-part-spend-limit = un plafond de dépenses
org-part-spend-alerts = les alertes de dépenses
org-part-admin-keys = la liste des clés Admin
org-part-costs = les coûts de ce mois-ci
org-part-audit-log = le journal d’audit

## Pourquoi une partie n’a pas pu être lue ; $part est l’un des noms ci-dessus.
org-part-needs-management-read = Key Doctor n’a pas pu lire { $part } : cette clé Admin n’a pas le droit de lire les paramètres de l’organisation. Sur la page « Admin keys » (Clés Admin), réglez l’autorisation « Organization administration » (administration de l’organisation) de cette clé sur « Read » (lecture).
org-part-needs-usage-read = Key Doctor n’a pas pu lire { $part } : cette clé Admin n’a pas le droit de lire la consommation. Sur la page « Admin keys » (Clés Admin), réglez l’autorisation « Usage » (consommation) de cette clé sur « Read » (lecture).
org-part-admin-key-refused = Key Doctor n’a pas pu lire { $part } : OpenAI n’a pas accepté la clé Admin. Elle a peut-être été supprimée, ou elle a expiré.
org-part-forbidden = Key Doctor n’a pas pu lire { $part } : cette clé Admin n’en a pas le droit.
# $reason : une phrase de errors.ftl.
org-part-failed = Key Doctor n’a pas pu lire { $part }. { $reason }

## La cause de l’échec d’une clé, trouvée dans les données de l’organisation. Elle est dite avant la
## phrase propre à la clé, qui donne la correction : ces messages disent seulement ce que montre l’organisation.
org-cause-project-archived = Le projet « { $project } » est archivé : ses clés ne fonctionnent donc plus.
org-cause-owner-lost-access = Cette clé appartient à { $owner }, qui n’a plus accès au projet « { $project } » : la clé a cessé de fonctionner quand cette personne a perdu son accès. Une clé de compte de service ne dépend d’aucune personne.
# $allowed : une liste de noms de modèles.
org-cause-model-not-allowed = { $count ->
    [one] Le projet « { $project } » n’autorise que { $allowed }, pas { $model }.
   *[other] Le projet « { $project } » n’autorise que ces modèles : { $allowed } ; { $model } n’en fait pas partie.
}
org-cause-model-denied = Le projet « { $project } » bloque { $model } : ce modèle figure dans la liste des modèles bloqués du projet.
# $limit et $spent : des montants.
org-cause-project-hard-limit = Le projet « { $project } » a atteint ce mois-ci son plafond de dépenses de { $limit } ({ $spent } dépensés). Le compteur repart de zéro le mois prochain.
org-cause-organization-hard-limit = Votre organisation a atteint ce mois-ci son plafond de dépenses de { $limit } ({ $spent } dépensés). Le compteur repart de zéro le mois prochain.
org-cause-project-rate-limit = { $count ->
    [one] Le projet « { $project } » n’autorise que { $count } requête par minute pour { $model }.
   *[other] Le projet « { $project } » n’autorise que { $count } requêtes par minute pour { $model }.
}
# $scopes : une liste de noms d’autorisations.
org-cause-scopes-from-audit-log = Le journal d’audit indique quelles autorisations cette clé a reçues la dernière fois : { $scopes }.
org-scopes-none = aucune autorisation
# $date : une date ; $by : une adresse e-mail.
org-cause-key-deleted-by = Cette clé a été supprimée le { $date } par { $by }.
org-cause-key-deleted = Cette clé a été supprimée le { $date }.
# [0] : en français, la catégorie « one » couvre aussi 0.
org-cause-key-not-in-organization = { $count ->
    [0] Votre organisation n’a aucune clé, donc cette clé a été supprimée ou elle appartient à une autre organisation.
    [one] Votre organisation a une seule clé, et ce n’est pas celle-ci : cette clé a été supprimée, ou elle appartient à une autre organisation.
   *[other] Votre organisation a { $count } clés, et celle-ci n’en fait pas partie : cette clé a été supprimée, ou elle appartient à une autre organisation.
}

## Dit une fois quand une clé échoue et qu’aucune clé Admin n’est disponible.
org-admin-key-would-tell = Avec une clé Admin de votre organisation, Key Doctor pourrait indiquer la cause exacte : si le projet bloque le modèle, s’il a atteint son plafond de dépenses, ou si le propriétaire de la clé est parti. Ajoutez-en une sur la page Clés.

## Signalements sur une clé dans la vue Organisation et dans `key-doctor org` ; $days est un nombre.
org-flag-unused = Inutilisée depuis { $days } jours
org-flag-owner-lost-access = Le propriétaire n’a plus accès
org-flag-project-archived = Projet archivé
org-flag-not-in-this-app = Absente de cette application

## Boutons à côté d’un signalement ; chacun ouvre une page de platform.openai.com.
org-fix-key-page = Ouvrir la page de la clé
org-fix-members = Ouvrir les membres du projet
org-fix-projects = Ouvrir les projets

## Noms des clés d’exemple de la démo pour le côté organisation (src/gui/services.rs).
common-sample-key-owner-left = Clé d’une personne qui a quitté le projet
common-sample-key-archived-project = Clé d’un projet archivé
common-sample-key-model-denied = Projet qui bloque gpt-5-mini
common-sample-key-admin-no-management = Clé Admin qui ne peut pas lire l’organisation
common-sample-key-admin-audit-off = Clé Admin d’une organisation sans journal d’audit
common-sample-key-admin-large = Clé Admin d’une grande organisation (1 000 clés)
