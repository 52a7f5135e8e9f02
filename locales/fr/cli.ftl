## Les mots de la ligne de commande pour les personnes (src/cli). Sa sortie JSON reste toujours en
## anglais, tout comme son --help (celui de clap). Les options (--stdin) et les noms de variables
## (OPENAI_API_KEY) s’écrivent tels quels : ne pas les traduire. Les lignes d’erreur commencent
## par « key-doctor: ».

## Erreurs de toutes les commandes (src/cli/mod.rs)

# Affiché sur la ligne sous une erreur, avec les mots d’une bibliothèque pour la personne qui aide.
# $details : ces mots, tels que la bibliothèque les a écrits (en anglais).
cli-details = Détails : { $details }
# $problem : pourquoi l’adresse ne peut pas être utilisée (un des error-address-*).
cli-address-unusable = L’adresse OpenAI ne peut pas être utilisée : { $problem }.
cli-could-not-start = Key Doctor n’a pas pu démarrer.
cli-json-failed = Le résultat n’a pas pu être écrit en JSON.
# Une valeur donnée à --timeout qui n’est pas un nombre de secondes ; $text : la valeur telle que saisie.
cli-not-seconds = « { $text } » n’est pas un nombre de secondes supérieur à 0
# Une valeur de --provider qui ne désigne aucun fournisseur ; $text : la valeur telle qu’elle a été tapée ;
# $words : les mots qu’accepte --provider, séparés par des virgules (tels qu’on les tape : ne pas traduire).
cli-not-provider = « { $text } » n’est pas un fournisseur connu de Key Doctor. Utilisez l’un de ceux-ci : { $words }

## key-doctor simulate (src/cli/mod.rs)

# $url : l’adresse du simulateur, comme http://127.0.0.1:8080/v1.
cli-simulator-listening = Le simulateur OpenAI de Key Doctor écoute sur { $url }
    Pour y diriger un client : OPENAI_BASE_URL={ $url }
cli-simulator-keys = Clés (inventées ; elles ne fonctionnent qu’avec ce simulateur) :
# Avant les clés inventées des autres fournisseurs. Leurs adresses sont affichées après ce guide, une
# par ligne (« anthropic: http://… »).
cli-simulator-provider-keys = Clés des autres fournisseurs. Faites pointer la variable d’adresse de chaque fournisseur (comme ANTHROPIC_BASE_URL) vers l’adresse affichée pour lui :
# $organization : l’identifiant de l’organisation du simulateur, comme org-…
cli-simulator-wrong-organization = Mauvaise organisation ou mauvais projet : envoyez n’importe quelle clé avec un en-tête OpenAI-Organization autre que { $organization }, ou un en-tête OpenAI-Project d’un autre projet.
# $requests : les requêtes de contrôle du simulateur, telles qu’on les tape.
cli-simulator-controls = Commandes : { $requests }.
cli-simulator-stop = Appuyez sur Ctrl+C pour arrêter.
# $address : l’endroit où le simulateur a essayé d’écouter, comme 127.0.0.1:8080.
cli-simulator-could-not-listen = Le simulateur n’a pas pu écouter sur { $address }.
cli-simulator-ctrl-c = Le simulateur n’a pas pu attendre Ctrl+C : il s’est donc arrêté.

## key-doctor check et key-doctor explain (src/cli/check.rs)

# $variable : la variable d’environnement qui doit contenir la clé, comme OPENAI_API_KEY.
cli-key-variable-not-set = { $variable } n’est pas défini. Mettez-y la clé, ou utilisez --env-file FICHIER ou --stdin (une clé n’est jamais lue sur la ligne de commande).
# Après cli-key-variable-not-set quand aucune variable n’a été indiquée. $variables : la variable
# habituelle de chacun des autres fournisseurs, séparées par des virgules, comme ANTHROPIC_API_KEY, GEMINI_API_KEY.
cli-key-other-variables = La clé d’un autre fournisseur est lue dans sa propre variable : { $variables }.
cli-stdin-unreadable = La clé n’a pas pu être lue sur l’entrée standard.
cli-stdin-empty = L’entrée standard était vide : envoyez-y la clé.
# $file : le fichier .env.
cli-env-file-no-api-key = { $file } ne contient aucune clé API d’un fournisseur connu de Key Doctor.
# La première ligne sur une clé. $redacted : la clé, presque entièrement masquée ; $kind : son type
# (error-key-kind-*, ou cli-provider-kind avec le nom de son fournisseur) ; $source : là où elle a été
# lue, comme OPENAI_API_KEY ou .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, lue dans { $source })
# Le type d’une clé avec le nom de son fournisseur, quand les mots du type ne le nomment pas.
# $provider : le nom du fournisseur, comme OpenAI (jamais traduit) ; $kind : le type (error-key-kind-*).
cli-provider-kind = { $kind } { $provider }
# $title : le titre du diagnostic, comme « Clé refusée » ; $summary : sa phrase.
cli-verdict = { $title } : { $summary }
# $url : la page qui corrige le problème.
cli-fix = Pour corriger : { $url }
# $note : une phrase de plus sur le diagnostic.
cli-note = Remarque : { $note }
cli-permissions = Autorisations :
# $name : le nom de l’organisation (ou cli-untitled) ; $id : son identifiant, comme org-…
cli-organization = Organisation : { $name } ({ $id })
# Une organisation sans nom.
cli-untitled = sans nom
# $tier : le niveau d’utilisation, comme « Tier 3 ».
cli-usage-tier = Niveau d’utilisation (« Usage tier ») : { $tier }
cli-explain-unreadable = Le texte de l’erreur n’a pas pu être lu sur l’entrée standard.
# $name : le nom d’une clé enregistrée dans Key Doctor.
cli-explain-names-key = Ce texte mentionne votre clé enregistrée « { $name } ».

## key-doctor import (src/cli/import.rs)

# $problem : pourquoi (une phrase sur le trousseau ou la liste des clés).
cli-import-nothing-stored = { $problem } Rien n’a été enregistré.
cli-import-no-config-folder = Ce système n’a pas de dossier de configuration pour la liste des clés : rien n’a donc été enregistré.
# $variable : le nom de la clé dans le fichier, comme OPENAI_API_KEY.
cli-import-put-back = La clé { $variable } figurait dans la liste mais manquait dans le trousseau ; elle y a été remise.
# $variable : le nom de la clé dans le fichier ; $problem : pourquoi elle n’a pas été enregistrée.
cli-import-not-stored = { $variable } : { $problem }
cli-import-no-api-key = Aucune clé API trouvée.
# Après une clé que Key Doctor garde déjà.
cli-import-already-stored = (déjà enregistrée)
# $names : les noms des clés enregistrées, séparés par des virgules ; $count : leur nombre.
cli-import-stored = { $count ->
    [one] Clé rangée dans le trousseau de votre système : { $names }. Le fichier n’a pas été modifié.
   *[other] Clés rangées dans le trousseau de votre système : { $names }. Le fichier n’a pas été modifié.
}
cli-import-nothing-new = Rien de nouveau à enregistrer.
# Après --dry-run, qui montre seulement ce qui serait enregistré.
cli-import-dry-run = Simulation : rien n’a été enregistré, et le fichier n’a pas été modifié.

## key-doctor usage (src/cli/usage.rs)

# $variable : la variable d’environnement de la clé Admin (OPENAI_ADMIN_KEY) ; $url : la page où l’on crée les clés Admin.
cli-usage-needs-admin-key = Pour lire la consommation, il faut une clé Admin dans { $variable }. Une clé de projet ne peut pas lire la consommation de l’organisation ; un propriétaire de l’organisation peut créer une clé Admin en lecture seule sur { $url }.
# $variable : la variable d’environnement qui contient la clé (OPENAI_ADMIN_KEY).
cli-usage-key-not-accepted = OpenAI n’a pas accepté la clé contenue dans { $variable }. Vérifiez que la clé est complète et qu’elle n’a pas été révoquée.
# $variable : la variable d’environnement qui contient la clé ; $url : la page où l’on crée les clés Admin.
cli-usage-may-not-read = La clé contenue dans { $variable } n’a pas le droit de lire la consommation. Il faut une clé Admin autorisée à lire la consommation ; un propriétaire de l’organisation peut en créer une sur { $url }.
cli-usage-incomplete = Les totaux seraient incomplets : aucun n’est donc affiché.
# $file : le fichier CSV demandé.
cli-usage-csv-not-made = Le fichier CSV { $file } n’a pas pu être créé.
# $file : le fichier CSV demandé ; $problem : pourquoi (un des error-io-*).
cli-usage-csv-not-written = Le fichier CSV { $file } n’a pas pu être écrit : { $problem }.
# $first et $last : le premier et le dernier jour affichés, sous forme de dates.
cli-usage-heading = Consommation et coûts, du { $first } au { $last } (journées entières, comme OpenAI les compte, en UTC)
# $cost : une somme d’argent.
cli-usage-total-cost = Coût total : { $cost }
# Nombres de tokens, déjà écrits en chiffres : $input, dont $reused d’entrée renvoyée et facturée
# moins cher ; $output ; $requests requêtes ($request_count : le même nombre, pour le pluriel).
cli-usage-tokens = Tokens : { $input } en entrée (dont { $reused } réutilisés, facturés moins cher), { $output } en sortie ; { $request_count ->
    [one] { $requests } requête
   *[other] { $requests } requêtes
}
# Les titres des colonnes du tableau : courts (16 caractères au plus ; 14 pour Coût et Tokens sortie, 10 pour Requêtes).
cli-usage-column-date = Date
cli-usage-column-cost = Coût
cli-usage-column-input = Tokens entrée
cli-usage-column-reused = Dont réutilisés
cli-usage-column-output = Tokens sortie
cli-usage-column-requests = Requêtes
# Les titres des totaux par groupe.
cli-usage-by-model = Par modèle :
cli-usage-by-project = Par projet :
cli-usage-by-key = Par clé :
cli-usage-by-line-item = Par type d’utilisation :
# Les mots après les nombres de la ligne d’un groupe : « 1 234 en entrée 567 en sortie 89 requêtes ».
cli-usage-word-input = en entrée
cli-usage-word-output = en sortie
cli-usage-word-requests = requêtes
# $cost : une somme estimée à partir des tokens et des prix.
cli-usage-estimate = ≈ { $cost } (estimation)
cli-usage-no-price = prix inconnu
cli-not-resolve = « { $value } » n’est pas de la forme HÔTE:PORT:ADRESSE (par exemple api.openai.com:443:203.0.113.7)

## key-doctor org, et ce que key-doctor check ajoute avec une clé Admin (src/cli/org.rs, src/cli/check.rs)

# $variable : la variable d’environnement de la clé Admin (OPENAI_ADMIN_KEY) ; $url : la page où l’on crée les clés Admin.
cli-org-needs-admin-key = Pour lire votre organisation, il faut une clé Admin. Un propriétaire de l’organisation peut en créer une en lecture seule sur { $url } ; mettez-la dans la variable d’environnement { $variable } et relancez la commande.
# Après la phrase disant qu’une clé Admin en dirait plus, dans un terminal. $variable : OPENAI_ADMIN_KEY.
cli-check-admin-key-variable = En ligne de commande, mettez la clé Admin dans la variable d’environnement { $variable }.
# $date : le jour où l’organisation a été lue.
cli-org-heading = Votre organisation telle qu’OpenAI la présente le { $date }
cli-org-whole-organization = L’organisation entière :
# $count : le nombre de clés Admin de l’organisation.
cli-org-admin-keys = { $count ->
    [one] Une clé Admin
   *[other] { $count } clés Admin
}
# $state : cli-org-not-read.
cli-org-admin-keys-unknown = Clés Admin : { $state }
cli-org-audit-log-empty = Le journal d’audit ne montre aucune modification de clé. Il n’enregistre que ce qui se passe après son activation : il est peut-être désactivé.
# Le titre d’un projet. $name : son nom ; $id : son identifiant, comme proj_…
cli-org-project = Projet « { $name } » ({ $id })
cli-org-project-archived = Projet « { $name } » ({ $id }), archivé : ses clés ne fonctionnent plus
# $models : cli-org-models-all, -only ou -except.
cli-org-models = Modèles : { $models }
cli-org-models-all = tous les modèles de l’organisation
# $models : une liste de noms de modèles.
cli-org-models-only = seulement { $models }
cli-org-models-except = tous les modèles sauf { $models }
# $tools : une liste des noms d’outils ci-dessous.
cli-org-tools-off = Outils désactivés : { $tools }
cli-org-tools-all-on = Outils : tous activés
# $state : cli-org-not-read.
cli-org-tools-unknown = Outils : { $state }
# Les outils d’OpenAI qu’un projet peut désactiver.
# $limits : un ou plusieurs « modèle (N requêtes par minute, N tokens par minute) », ou cli-org-not-read.
cli-org-rate-limits = Limites de débit : { $limits }
cli-org-rate-limits-none = Limites de débit : celles de l’organisation (ce projet n’en fixe aucune)
# $number : le nombre déjà écrit ; $count : le même nombre, pour le pluriel.
cli-org-requests-a-minute = { $count ->
    [one] { $number } requête par minute
   *[other] { $number } requêtes par minute
}
cli-org-tokens-a-minute = { $count ->
    [one] { $number } token par minute
   *[other] { $number } tokens par minute
}
# $spent : les dépenses de ce mois (un montant, ou cli-org-unknown) ; $limit : le plafond de dépenses, un montant.
cli-org-hard-limit = Plafond de dépenses strict : { $spent } sur { $limit } ce mois-ci
cli-org-hard-limit-reached = Plafond de dépenses strict : { $spent } sur { $limit } ce mois-ci. Atteint : OpenAI refuse les requêtes jusqu’au mois prochain, ou jusqu’à ce qu’il soit relevé.
cli-org-hard-limit-not-enforced = Plafond de dépenses de { $limit } par mois, non appliqué ; { $spent } dépensés ce mois-ci
cli-org-no-hard-limit = Aucun plafond de dépenses strict ; { $spent } dépensés ce mois-ci
# $state : cli-org-not-read.
cli-org-hard-limit-unknown = Plafond de dépenses strict : { $state } ; { $spent } dépensés ce mois-ci
# $alerts : une ou plusieurs cli-org-alert-to ou montants, ou cli-org-not-read.
cli-org-alerts = Alertes de dépenses (un e-mail ; elles ne bloquent rien) : { $alerts }
cli-org-alerts-none = Alertes de dépenses : aucune
# $amount : un montant ; $recipients : des adresses e-mail.
cli-org-alert-to = à { $amount }, à { $recipients }
# Dit à la place d’une partie qui n’a pas pu être lue ; la raison vient à la fin.
cli-org-not-read = n’a pas pu être lu (voir à la fin)
cli-org-unknown = inconnu
# $count : le nombre de clés de l’organisation.
cli-org-keys-heading = { $count ->
    [0] Aucune clé de projet.
    [one] Une clé de projet :
   *[other] { $count } clés de projet :
}
# $name : le nom de la clé chez OpenAI ; $redacted : la clé presque entièrement masquée ; $project : le nom de son projet.
cli-org-key = { $name } ({ $redacted }), projet « { $project } »
# $owner : le nom d’une personne, ou cli-org-service-account.
cli-org-key-owner = Propriétaire : { $owner }, qui a accès au projet
cli-org-key-owner-left = Propriétaire : { $owner }, qui n’a plus accès au projet : la clé a cessé de fonctionner
cli-org-key-owner-unknown = Propriétaire : inconnu
# $name : le nom du compte de service.
cli-org-service-account = le compte de service « { $name } »
# $created et $last_used : des dates (ou cli-org-never, cli-org-unknown) ; $cost : un montant (ou cli-org-unknown).
cli-org-key-dates = Créée le { $created }, dernière utilisation : { $last_used }, { $cost } ce mois-ci
cli-org-never = jamais
# $name : le nom de la clé dans Key Doctor.
cli-org-key-stored-as = Enregistrée ici sous le nom « { $name } »
# $flag : ce qui demande votre attention (org-flag-*) ; $fix : les mots du bouton (org-fix-*) ; $url : la page.
cli-org-flag-fix = { $flag }. { $fix } : { $url }
# $count : le nombre de parties qui n’ont pas pu être lues.
cli-org-failures-heading = { $count ->
    [one] Une partie n’a pas pu être lue :
   *[other] { $count } parties n’ont pas pu être lues :
}
# $project : le nom d’un projet ; $sentence : pourquoi une de ses parties n’a pas pu être lue.
cli-org-failure-in-project = Projet « { $project } » : { $sentence }

## usage --provider (issue 16)
# $text : ce qui a été tapé après --provider.
cli-usage-not-a-usage-provider = Key Doctor ne peut lire aucune consommation pour « { $text } ». Utilisez --provider openai ou --provider anthropic.
cli-usage-needs-anthropic-admin-key = Pour lire la consommation Anthropic, il faut une clé Admin Anthropic (elle commence par sk-ant-admin01-) dans { $variable }. Un administrateur de l’organisation peut en créer une sur { $url }.
cli-usage-anthropic-refused = Anthropic n’a pas laissé la clé contenue dans { $variable } lire les rapports de consommation et de coûts : il faut une clé Admin de l’organisation, toujours active. Les clés Admin se trouvent sur { $url }.
