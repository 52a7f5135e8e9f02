## Page Organisation (src/gui/views/organization.rs, src/gui/organization.rs)

# L’entrée de navigation et le titre de la page.
org-view-nav = Organisation
org-view-title = Votre organisation
org-view-intro = Toutes les clés de votre organisation, ce que chaque projet autorise et ce qui est à revoir. Ici, Key Doctor ne fait que lire : il ne change rien.

## Quelle clé Admin lit l’organisation

org-view-read-with = Lire avec :
# $name : le nom que la personne a donné à la clé Admin dans Key Doctor.
org-view-reading-with-stored = Lu avec la clé Admin « { $name } ».
# $key : d’où vient la clé, par exemple « la clé Admin en lecture seule de la démo ».
org-view-reading-with-origin = Lu avec { $key }.
org-view-opening-keys = Ouverture de vos clés…
org-view-no-admin-key-title = Une clé Admin est nécessaire
org-view-no-admin-key = Pour lister toutes les clés de votre organisation, Key Doctor a besoin d’une clé Admin de celle-ci. Ajoutez-en une sur la page Clés : elle est rangée dans le trousseau de votre système comme vos autres clés, et Key Doctor ne fait que lire avec elle.
org-view-add-admin-key = Ajouter une clé Admin sur la page Clés
org-view-open-admin-keys-page = Ouvrir la page des clés Admin
# $problem : pourquoi la clé n’a pas pu être prise dans le trousseau (une phrase).
org-view-admin-key-unreadable = Key Doctor n’a pas pu prendre cette clé Admin dans votre trousseau. { $problem }

## La lecture

org-view-refresh = Actualiser
org-view-cancel = Annuler
org-view-reading = Lecture de l’organisation… Tous les projets sont lus en même temps ; cela prend quelques secondes.
org-view-cancelled = La lecture a été arrêtée. Cliquez sur « Actualiser » pour lire l’organisation.
# $keys, $projects : des nombres.
org-view-summary = { $keys ->
    [one] { $keys } clé
   *[other] { $keys } clés
} dans { $projects ->
    [one] { $projects } projet.
   *[other] { $projects } projets.
}
# $count : combien de clés portent une marque qui veut dire qu’elles ne fonctionnent plus.
org-view-summary-broken = { $count ->
    [one] { $count } clé ne fonctionne plus.
   *[other] { $count } clés ne fonctionnent plus.
}
# $amount : un montant.
org-view-month-total = Depuis le début du mois : { $amount }
org-view-problems-title = Ce qui n’a pas pu être lu
org-view-partly-read = Le reste de l’organisation a été lu et s’affiche ci-dessous.

## Le tableau des clés

org-view-keys-title = Toutes les clés
# Le nom du champ de recherche, lu par les lecteurs d’écran, et son indication.
org-view-search = Rechercher dans les clés
org-view-search-hint = Nom, projet ou propriétaire
org-view-clear-search = Effacer la recherche
org-view-sort-attention = Les clés à revoir d’abord
# $shown, $total : des nombres.
org-view-showing = { $shown } clés affichées sur { $total }
# $query : ce que la personne a tapé.
org-view-no-match = Aucune clé ne correspond à « { $query } ».
org-view-no-keys = Votre organisation n’a aucune clé de projet.
org-view-column-key = Clé
org-view-column-project = Projet
org-view-column-owner = Propriétaire
org-view-column-created = Créée le
org-view-column-last-used = Dernière utilisation
org-view-column-cost = Ce mois-ci
# Ce que dit un lecteur d’écran pour le bouton qui trie chaque colonne.
org-view-sort-key = Trier par nom de clé
org-view-sort-project = Trier par projet
org-view-sort-owner = Trier par propriétaire
org-view-sort-created = Trier par date de création
org-view-sort-last-used = Trier par dernière utilisation
org-view-sort-cost = Trier par coût de ce mois-ci
# $name : le nom que la personne a donné à la clé dans Key Doctor.
org-view-stored-as = Enregistrée ici sous le nom « { $name } »
org-view-owner-left = n’a plus accès
org-view-service-account = compte de service
org-view-owner-unknown = inconnu
org-view-cost-unknown = inconnu
org-view-cost-unknown-hover = Les coûts de ce mois-ci n’ont pas pu être lus.

## Quand quelque chose s’est passé, dit comme on le dit

org-view-never = jamais
org-view-today = aujourd’hui
org-view-yesterday = hier
# $count : un nombre.
org-view-days-ago = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
org-view-months-ago = il y a { $count } mois
org-view-years-ago = { $count ->
    [one] il y a { $count } an
   *[other] il y a { $count } ans
}

## Projets

org-view-projects-title = Projets
# $name : le nom du projet ; $amount : le coût de ce mois-ci.
org-view-project-heading = { $name } : { $amount } ce mois-ci
org-view-project-archived = Ce projet est archivé : ses clés ne fonctionnent plus.
org-view-models = Modèles
org-view-models-all = Tous les modèles
# $models : une liste de noms de modèles.
org-view-models-allow = N’autorise que : { $models }
org-view-models-deny = Bloque : { $models }
org-view-tools = Outils hébergés
org-view-tools-all-on = Tous activés
# $tools : une liste de noms d’outils.
org-view-tools-off = Désactivés : { $tools }
org-view-tool-file-search = recherche dans les fichiers
org-view-tool-web-search = recherche sur le web
org-view-tool-image-generation = génération d’images
org-view-tool-mcp = connecteurs (MCP)
org-view-tool-code-interpreter = interpréteur de code
org-view-rate-limits = Limites de débit
org-view-rate-limits-none = Celles de l’organisation
# $model : le nom d’un modèle ; $count : un nombre (pour le pluriel) ; $requests : le même nombre écrit.
org-view-rate-limit = { $count ->
    [one] { $model } : { $requests } requête par minute
   *[other] { $model } : { $requests } requêtes par minute
}
# $model : le nom d’un modèle ; $tokens : un nombre.
org-view-rate-limit-tokens = { $model } : { $tokens } tokens par minute
org-view-spend-limit = Plafond de dépenses strict
org-view-spend-limit-none = Aucun : les requêtes ne s’arrêtent à aucun montant.
# $spent, $limit : des montants.
org-view-spend-limit-below = { $spent } sur { $limit } ce mois-ci
org-view-spend-limit-reached = { $spent } sur { $limit } ce mois-ci — atteint, les requêtes sont refusées
org-view-spend-limit-not-enforced = { $spent } sur { $limit } ce mois-ci — non appliqué, les requêtes continuent
# $limit : un montant ; les dépenses de ce mois-ci n’ont pas pu être lues.
org-view-spend-limit-amount = { $limit } par mois
org-view-spend-alerts = Alertes de dépenses
org-view-spend-alerts-none = Aucune
# $amount : un montant ; $to : des adresses e-mail.
org-view-spend-alert = Un e-mail à { $to } à { $amount }
org-view-spend-alert-nobody = Une alerte à { $amount }
org-view-service-accounts = Comptes de service
org-view-service-accounts-none = Aucun
org-view-open-limits = Ouvrir les limites du projet
org-view-open-members = Ouvrir les membres du projet
# Projets dont la liste n’a pas pu être lue, nommés par leur identifiant ; $amount : le coût de ce mois-ci.
org-view-project-cost-only = { $project } : { $amount } ce mois-ci

## L’organisation dans son ensemble

org-view-organization-title = L’organisation dans son ensemble
org-view-open-organization-limits = Ouvrir les limites de l’organisation
org-view-audit-log = Journal d’audit
# $count : combien de modifications de clés le journal d’audit contient.
org-view-audit-log-events = { $count ->
    [one] Il contient { $count } modification de clé sur la dernière année.
   *[other] Il contient { $count } modifications de clés sur la dernière année.
}
org-view-audit-log-empty = Il ne contient aucune modification de clé. Le journal d’audit semble désactivé : il n’enregistre que ce qui se passe après son activation. Activez-le dans les paramètres de l’organisation, pour qu’une clé supprimée ou modifiée puisse être retrouvée plus tard.
org-view-open-organization-settings = Ouvrir les paramètres de l’organisation
# $count : combien de clés Admin l’organisation a.
org-view-admin-keys = { $count ->
    [one] { $count } clé Admin
   *[other] { $count } clés Admin
}
# $name : le nom de la clé Admin ; $used : quand elle a servi pour la dernière fois (« il y a 3 jours », « jamais ») ; $expires : org-view-expires-*.
org-view-admin-key-line = { $name } : dernière utilisation { $used }, { $expires }
org-view-expires-never = n’expire jamais
# $date : une date.
org-view-expires-on = expire le { $date }
org-view-expired-on = a expiré le { $date }
