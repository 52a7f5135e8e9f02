## Nombres et dates (src/i18n/format.rs)

money-under = moins de { $amount }
compact-thousands = { $value } k
compact-millions = { $value } M
compact-billions = { $value } Md
date-long = { $day } { $month } { $year }
date-short = { $day } { $month }
date-month-year = { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Éléments partagés (src/gui/widgets.rs)

# Un volet qui cache les mots exacts d’une erreur (pour l’informatique ou un développeur) sous la phrase simple.
common-technical-details = Détails techniques
common-copy-technical-details = Copier les détails

## Navigation (src/gui/view.rs)

common-nav-keys = Clés
common-nav-usage = Consommation
common-nav-explain = Expliquer une erreur
common-nav-settings = Paramètres

## Ligne d’état en bas de la fenêtre (src/gui/app.rs)

# Un badge : l’application montre des clés d’exemple, pas celles de la personne.
common-status-demo = Mode démo
# $base_url : l’adresse du simulateur sur cet ordinateur, comme http://127.0.0.1:8080/v1
common-status-demo-explained = Key Doctor utilise son simulateur OpenAI intégré, à l’adresse { $base_url }. Les clés d’exemple sont fictives ; rien ne quitte cet ordinateur.
# Un bouton : revenir des clés d’exemple aux clés de la personne.
common-leave-demo = Quitter la démo
# $base_url : l’adresse où partent les requêtes, comme https://api.openai.com/v1
common-status-openai = OpenAI : { $base_url }
# $proxy : l’adresse du serveur proxy, tirée des réglages réseau du système
common-status-through-proxy = · via le proxy { $proxy }
common-status-custom-address = Adresse OpenAI personnalisée
# $base_url : l’adresse où partent les requêtes à la place de celle d’OpenAI
common-status-custom-explained = Les requêtes partent vers { $base_url }, et non vers api.openai.com.
common-status-unusable = Aucune vérification tant que l’adresse OpenAI n’est pas corrigée
common-status-unusable-explained = L’adresse OpenAI est inutilisable : rien n’est donc envoyé. Corrigez-la dans les Paramètres.
# Un bouton qui ouvre les Paramètres.
common-open-settings = Ouvrir les Paramètres

## Avis et boîtes de dialogue de la fenêtre (src/gui/app.rs)

common-host-message-copied = Le message a été copié : collez-le dans un e-mail ou une demande d’assistance à votre hébergeur.
common-nothing-checked-address = Rien n’a été vérifié : l’adresse OpenAI est inutilisable. Corrigez-la dans les Paramètres.
# $url : la page web en cours d’ouverture
common-opening-in-browser = Ouverture de { $url } dans votre navigateur.
# $url : la page web qui ne s’est pas ouverte
common-browser-did-not-open = Aucun navigateur ne s’est ouvert pour { $url }. Copiez l’adresse et collez-la dans votre navigateur.
common-copy-the-address = Copier l’adresse
# Le titre de la fenêtre qui choisit un fichier.
common-dialog-open-env = Ouvrir un fichier .env
common-dialog-choose-prices = Choisir une grille de prix
# Le nom donné dans les phrases à un fichier déposé sur la fenêtre.
common-dropped-file-name = le fichier déposé
common-dropped-file-unreadable = Le fichier déposé n’a pas pu être lu. Essayez plutôt de l’ouvrir avec « Ouvrir un fichier .env ».
common-drop-env-file = Déposez le fichier .env pour l’importer
# Un avis de problème : « Essayer avec des clés d’exemple » n’a pas marché.
common-demo-did-not-start = Impossible d’afficher les clés d’exemple : le serveur d’essai intégré à Key Doctor n’a pas démarré. Copiez les détails techniques pour la personne qui vous aide.
# Un bouton : les clés d’exemple, avec un simulateur sur cet ordinateur.
common-try-demo = Essayer avec des clés d’exemple

## Avis (src/gui/views/mod.rs)

# $seconds : les secondes qui restent pour annuler la suppression
common-undo-countdown = Annuler ({ $seconds } s)
common-undo = Annuler
common-copied = Copié.
common-dismiss = Fermer

## Éléments partagés : autorisations et heures de vérification (src/gui/widgets.rs)

# $count : le nombre d’autorisations accordées (toutes)
common-permissions-all-granted = { $count ->
    [one] { $count } autorisation accordée
   *[other] Toutes les autorisations accordées ({ $count })
}
# $count : le nombre d’autorisations accordées (d’autres ne le sont pas)
common-permissions-granted = { $count ->
    [one] { $count } autorisation accordée
   *[other] { $count } autorisations accordées
}
common-permission-column-permission = Autorisation
common-permission-column-level = Niveau
common-permission-column-status = État
# Pour les détails techniques. $permission : le nom de l’autorisation sur l’écran d’OpenAI ; $scopes : ses codes OpenAI, comme api.model.read
common-permission-technical = { $permission } : { $scopes }
# Comme ci-dessus ; $status : le code de statut HTTP de la réponse, comme 403
common-permission-technical-with-status = { $permission } : { $scopes } (HTTP { $status })
# Ces messages parlent d’une clé (féminin).
common-checked-just-now = vérifiée à l’instant
# $minutes : un nombre de 1 à 59
common-checked-minutes-ago = vérifiée il y a { $minutes } min
# $hours : un nombre de 1 à 23
common-checked-hours-ago = vérifiée il y a { $hours } h
common-checked-yesterday = vérifiée hier
# $date : un jour avec son année, comme 12 nov. 2026
common-checked-on = vérifiée le { $date }

## Démarrage de la fenêtre (src/gui/mod.rs), affiché dans le terminal

# $problem : les mots du système (parfois en anglais)
common-launch-no-worker = Key Doctor n’a pas pu lancer ses tâches d’arrière-plan : { $problem }
# $problem : les mots du système (parfois en anglais)
common-launch-demo-did-not-start = Impossible d’afficher les clés d’exemple : le serveur d’essai intégré n’a pas démarré ({ $problem }).
# $problem : les mots du système (parfois en anglais)
common-launch-no-window = La fenêtre n’a pas pu s’ouvrir : { $problem }

## La liste des clés et les clés d’exemple de la démo (src/gui/services.rs)

# $problem : une phrase qui dit quel fichier n’a pas pu être lu, et pourquoi
common-key-list-unreadable = { $problem } La liste est vide pour cette session, et le fichier reste tel quel.
common-no-config-folder-for-keys = Ce système n’a pas de dossier de configuration : la liste des clés sera perdue à la fermeture de Key Doctor (les clés elles-mêmes sont rangées dans le trousseau).
# Les noms des clés d’exemple de la démo, chacune avec un problème.
common-sample-key-full-access = Clé de projet avec accès complet
common-sample-key-no-model-request = Clé restreinte sans « Model capabilities »
common-sample-key-responses-without-request = Clé restreinte avec « Responses », mais « Model capabilities » pas sur « Request »
common-sample-key-no-credit = Organisation qui n’a plus de crédit
common-sample-key-project-spend-limit = Projet à son plafond de dépenses
common-sample-key-revoked = Clé révoquée
common-sample-key-project-without-model = Projet qui n’a pas le droit d’utiliser gpt-5-mini
common-sample-key-rate-limited = Clé qui envoie trop de requêtes
common-sample-key-read-only = Clé en lecture seule
common-sample-key-service-account = Clé de compte de service avec accès complet
common-sample-key-admin-full = Clé Admin qui peut lire la consommation
common-sample-key-admin-no-usage = Clé Admin qui ne peut pas lire la consommation

## Paramètres (src/gui/views/settings.rs, src/settings.rs)

settings-title = Paramètres
settings-language = Langue
# $language : la langue du système, nommée dans cette langue (comme Deutsch)
settings-language-system = Suivre le système ({ $language })
settings-language-note = Toutes les pages changent aussitôt, et le choix est gardé pour la prochaine fois.
settings-appearance = Apparence
settings-theme = Thème
settings-theme-system = Suivre le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-desktop-prefers-dark = Votre bureau préfère le thème sombre.
settings-desktop-prefers-light = Votre bureau préfère le thème clair.
settings-desktop-says-nothing = Votre bureau n’indique pas s’il préfère le thème clair ou sombre : le thème clair est donc utilisé.
settings-text-size = Taille du texte
settings-text-size-small = Petite
settings-text-size-normal = Normale
settings-text-size-large = Grande
settings-text-size-larger = Très grande
settings-appearance-saved = Ces deux choix sont enregistrés et conservés pour la prochaine ouverture de Key Doctor.
settings-connection = Connexion à OpenAI
# $base_url : l’adresse du simulateur sur cet ordinateur
settings-connection-demo = Mode démo : les requêtes vont au simulateur intégré, à l’adresse { $base_url }.
# $base_url : l’adresse où partent les requêtes
settings-connection-live = Les requêtes partent vers { $base_url }.
# $address : l’adresse telle qu’elle a été donnée
settings-connection-unusable = L’adresse OpenAI { $address } est inutilisable. Rien n’est envoyé tant qu’elle n’est pas corrigée : saisissez la bonne adresse ci-dessous, ou cliquez sur « Utiliser l’adresse d’OpenAI ».
# Devant l’identifiant d’une organisation envoyé avec chaque requête (un « ? » explique le mot).
settings-organization = Organisation
# Devant l’identifiant d’un projet envoyé avec chaque requête (un « ? » explique le mot).
settings-project = Projet
# Après « Organisation » ou « Projet » et leur « ? » ; $value : son identifiant, comme org-abc123
settings-sent-with-every-request = { $value }, envoyé avec chaque requête
settings-openai-address = Adresse OpenAI
settings-use-this-address = Utiliser cette adresse
settings-use-openai-address = Utiliser l’adresse d’OpenAI
settings-address-refused = Cette adresse est inutilisable. Vérifiez qu’elle ne contient pas de faute de frappe, ou cliquez sur « Utiliser l’adresse d’OpenAI ».
# $default_address : l’adresse d’OpenAI, https://api.openai.com/v1
settings-address-explained = L’adresse habituelle est { $default_address }. Ne la changez que si votre entreprise ou votre fournisseur vous en a donné une autre. Seules les adresses sécurisées (https://) sont acceptées, sauf pour cet ordinateur. L’adresse est enregistrée pour la prochaine fois.
# Détails techniques : comment donner l’adresse au démarrage de Key Doctor. L’option et le nom de la variable restent tels quels.
settings-address-technical = L’adresse peut aussi être indiquée au démarrage de Key Doctor, avec l’option --base-url ou la variable d’environnement OPENAI_BASE_URL ; elle remplace alors celle-ci.
settings-try-demo-explained = Pour découvrir Key Doctor sans avoir votre propre clé, essayez-le avec des clés d’exemple. Rien n’est envoyé à OpenAI.
settings-prices = Prix pour les estimations de coûts
settings-prices-explained = Les coûts affichés sont les chiffres d’OpenAI, ceux de votre facture. Quand OpenAI n’en donne pas, par exemple pour le coût de chaque clé dans certaines organisations, et seulement dans ce cas, Key Doctor l’estime à partir des tokens utilisés et de ces prix (en dollars américains par million de tokens), et indique que le chiffre est une estimation.
settings-show-prices = Afficher et modifier les prix
settings-choose-price-file = Choisir un fichier de prix…
settings-use-shipped-prices = Utiliser les prix d’origine
settings-price-file-explained = Un fichier de prix ressemble à celui fourni avec Key Doctor : chaque modèle avec ses prix.
# Détails techniques. $example : une petite grille de prix en JSON, gardée telle quelle
settings-price-file-format = Une grille de prix est un fichier JSON de la forme { $example }. Les prix sont en dollars américains par million de tokens.
settings-price-model = Modèle
settings-price-input = Entrée
# L’entrée que le modèle a vue récemment, facturée moins cher (OpenAI l’appelle « cached input »).
settings-price-reused-input = Entrée réutilisée
settings-price-output = Sortie
# Le nom qu’un lecteur d’écran donne à un champ de prix. $model : le nom d’un modèle, comme gpt-5
settings-price-input-of = Prix d’entrée de { $model }
# $model : le nom d’un modèle, comme gpt-5
settings-price-reused-input-of = Prix d’entrée réutilisée de { $model }
# $model : le nom d’un modèle, comme gpt-5
settings-price-output-of = Prix de sortie de { $model }
# À côté d’un prix que la personne a changé.
settings-price-edited = modifié
settings-about = À propos
# $version : le numéro de version, comme 1.2.0
settings-version = Key Doctor { $version }
# $folder : un dossier sur cet ordinateur
settings-preferences-kept-in = Les préférences sont enregistrées dans { $folder }
settings-no-config-folder = Ce système n’a pas de dossier de configuration : les préférences ne durent que jusqu’à la fermeture de l’application.
# $file : le fichier des préférences sur cet ordinateur
settings-file-unreadable = Vos préférences enregistrées dans { $file } n’ont pas pu être lues : les réglages par défaut sont donc utilisés. Le fichier reste tel quel tant que vous ne changez aucune préférence.
# $file : le fichier des préférences sur cet ordinateur
settings-file-unopenable = Vos préférences enregistrées dans { $file } n’ont pas pu être ouvertes : les réglages par défaut sont donc utilisés.
# $file : le fichier des préférences sur cet ordinateur
settings-file-unsaved = Vos préférences n’ont pas pu être enregistrées dans { $file }. Elles s’appliquent jusqu’à la fermeture de Key Doctor.

## Glossaire : les mots techniques qui restent, expliqués au survol (src/gui/widgets.rs)

# Devant les mots du glossaire d’une page.
glossary-words-used-here = Mots employés ici :
# Le nom du bouton « ? » à côté d’un mot. $term : le mot, comme clé API
glossary-what-is = Que signifie « { $term } » ?
glossary-api-key = clé API
glossary-api-key-meaning = Un long code secret, qui commence par sk-, grâce auquel une extension, un site ou une application peut utiliser OpenAI avec votre compte. Toute personne qui l’a peut dépenser votre argent : ne le communiquez pas.
glossary-admin-key = clé Admin
glossary-admin-key-meaning = Une clé qui sert à gérer votre organisation OpenAI, par exemple à lire sa consommation et ses coûts. Elle ne permet pas d’utiliser les modèles, et seuls les propriétaires de l’organisation peuvent en créer une.
glossary-project = projet
glossary-project-meaning = Un dossier de votre compte OpenAI qui regroupe des clés, avec ses propres limites, modèles et dépenses. Chaque clé de projet appartient à un seul projet.
glossary-organization = organisation
glossary-organization-meaning = Le compte de votre entreprise, ou le vôtre, chez OpenAI : il contient les projets, les personnes, le crédit et les factures.
glossary-token = token
glossary-token-meaning = L’unité dans laquelle OpenAI compte et facture le texte : un token correspond à environ trois quarts de mot en anglais (un peu moins en français), si bien qu’une page de texte fait environ mille tokens.
