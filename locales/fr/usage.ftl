## Page Consommation (src/gui/views/usage.rs)

usage-title = Consommation et coûts
usage-nothing-loaded = Rien n’est encore chargé.
usage-load = Charger la consommation
usage-refresh = Actualiser
usage-try-again = Réessayer
usage-cancel = Annuler

## Page Consommation : une période sans aucune utilisation

usage-empty-title = Rien n’a été utilisé sur cette période
usage-empty-try-longer = OpenAI n’a compté aucun coût, aucun token ni aucune requête pour votre organisation sur ces jours-là. Une période plus longue montre quand vos clés ont servi pour la dernière fois.
# $count : le nombre de jours de la période plus longue (30, 90 ou 365).
usage-empty-show-longer = Afficher les { $count } derniers jours
usage-empty-whole-year = OpenAI n’a compté aucun coût, aucun token ni aucune requête pour cette organisation sur une année entière. Si votre site ou votre application utilise bien OpenAI, sa clé appartient peut-être à une autre organisation : vérifiez la clé sur la page « Clés ».
usage-empty-open-keys = Ouvrir la page Clés

## Page Consommation : la clé Admin (src/gui/views/usage.rs, src/usage/admin_key.rs)

usage-admin-key-needed-title = Une clé Admin est nécessaire pour voir la consommation
usage-may-not-read-title = Cette clé ne peut pas lire la consommation
usage-key-not-accepted-title = OpenAI n’a pas accepté cette clé Admin
usage-may-not-read = OpenAI a refusé de montrer la consommation à cette clé. Pour la lire, il faut une clé Admin qui en a le droit : créez-en une en suivant les étapes ci-dessous, ou demandez-en une au propriétaire de l’organisation.
usage-key-not-accepted = Créez une nouvelle clé Admin, ou collez de nouveau celle-ci : elle a peut-être été supprimée, ou une partie n’a pas été copiée.
# Affiché sous « Détails techniques ». $message : les mots d’OpenAI sur le refus (souvent en anglais).
usage-openai-said = Message d’OpenAI : { $message }
# Affiché sous « Détails techniques ». $permission : le code de l’autorisation, comme api.usage.read (tel quel).
usage-permission-needed = Autorisation nécessaire : { $permission }
usage-admin-key-why = OpenAI ne montre la consommation et les coûts d’une organisation qu’aux clés Admin. Les clés qu’utilisent les applications (les clés de projet, qui commencent par sk-proj-) peuvent utiliser les modèles d’OpenAI, mais pas lire les dépenses de l’organisation. C’est voulu : une clé qui fuite d’une application ne peut pas dévoiler votre facture.
usage-admin-key-steps-title = Pour créer une clé Admin en lecture seule :
usage-admin-key-step-open = 1.  Ouvrez la page « Admin keys » (Clés Admin) ; seul un propriétaire de l’organisation peut en créer une.
usage-admin-key-step-create = 2.  Créez une nouvelle clé Admin, nommez-la par exemple « Key Doctor », et donnez-lui un accès en lecture seule si la page propose le choix.
usage-admin-key-step-paste = 3.  Copiez la clé, qui commence par sk-admin-, et collez-la ci-dessous.
usage-open-admin-keys-page = Ouvrir la page des clés Admin
usage-paste-admin-key = Collez une clé Admin (gardée pour cette session seulement, jamais enregistrée sur le disque) :
# Le nom du champ de collage, lu par les lecteurs d’écran.
usage-admin-key-field = Clé Admin
usage-use-this-key = Utiliser cette clé
usage-admin-key-environment-hint = Les développeurs peuvent aussi fournir une clé Admin à Key Doctor au démarrage, dans une variable d’environnement.
usage-pasted-not-a-key = Ce n’est pas une clé : collez la clé en entier, elle commence par sk-admin-.
usage-pasted-not-admin = Collez plutôt une clé Admin (elle commence par sk-admin-) : celle-ci est une clé de projet ou d’utilisateur, pas une clé Admin, et OpenAI ne lui montre pas la consommation de l’organisation.
# $key : d’où vient la clé Admin, l’un des messages usage-admin-key-demo, -environment, -pasted ou -stored.
usage-reading-with = Lecture de la consommation avec { $key }.
# $key : comme dans usage-reading-with ; $redacted : les premiers et derniers caractères de la clé, comme sk-admin…wxyz.
usage-reading-with-redacted = Lecture de la consommation avec { $key } ({ $redacted }).
usage-forget-key = Oublier cette clé
usage-admin-key-demo = la clé Admin en lecture seule de la démo
usage-admin-key-environment = la clé Admin fournie au démarrage de Key Doctor
usage-admin-key-pasted = la clé Admin que vous avez collée (gardée pour cette session seulement)
usage-admin-key-stored = la clé Admin enregistrée dans votre trousseau
# À la place des premiers et derniers caractères d’une clé, quand elle est trop courte pour les montrer.
usage-short-key = (clé courte)

## Page Consommation : les jours affichés (src/gui/views/usage.rs, src/usage/range.rs)

# $count : un nombre de jours (7, 30, 90 ou 365).
usage-preset-last-days = { $count ->
        [one] Dernier jour
       *[other] { $count } derniers jours
    }
usage-preset-this-month = Ce mois-ci
usage-preset-last-month = Mois dernier
usage-preset-custom = Autre période
usage-custom-from = Du
usage-custom-to = au
usage-custom-first-day = Premier jour
usage-custom-last-day = Dernier jour
usage-custom-show = Afficher cette période
usage-custom-format = (année-mois-jour)
# $text : ce que la personne a saisi ; $example : une date écrite comme demandé (telle quelle).
usage-range-not-a-date = Impossible d’afficher cette période : « { $text } » n’est pas une date. Écrivez chaque jour sous la forme année-mois-jour, par exemple { $example }.
# $first et $last : les deux jours saisis, sous forme de dates.
usage-range-reversed = Impossible d’afficher cette période : le premier jour ({ $first }) vient après le dernier ({ $last }). Inversez les deux dates.
# $first et $last : des dates, comme 1 mars 2026.
usage-date-range = { $first } – { $last }
# $day : le numéro d’un jour, affiché seulement pour un jour hors du calendrier (données abîmées).
usage-day-out-of-range = jour { $day }
# $time : l’heure, sur l’horloge de la personne, à laquelle se termine la journée d’OpenAI (minuit UTC), comme 01:00 ou 19:00.
usage-days-end = Chez { $provider }, les journées se terminent à { $time }, heure locale.
usage-days-match = Chez { $provider }, les journées correspondent aux vôtres : elles se terminent à minuit.
usage-days-why = { $provider } compte la consommation par journées entières en temps universel (UTC). Key Doctor affiche les mêmes journées : ses chiffres correspondent donc à ceux que { $provider } affiche.
usage-today-growing = Les chiffres d’aujourd’hui ne sont pas encore définitifs.

## Page Consommation : le chargement et ce qui n’a pas été chargé (src/gui/usage.rs, src/usage/dataset.rs)

# $done et $total : le nombre de parties chargées et à charger.
usage-loading-progress = Chargement… { $done } sur { $total } parties
usage-problem-only-names-missing = Tous les coûts, tokens et requêtes sont chargés ; là où un nom manque, l’identifiant est affiché.
usage-problem-totals-incomplete = Les totaux ci-dessous ne comptent pas ce qui n’a pas été chargé. Réessayez pour les compléter.
usage-problem-nothing-loaded = Aucun chiffre n’a pu être chargé. Réessayez dans un instant.
usage-problem-cancelled = Le chargement a été annulé.
usage-problem-cancelled-kept = Le chargement a été annulé ; les chiffres ci-dessous sont ceux chargés auparavant.
# Les usage-part-* ouvrent la phrase de usage-part-not-loaded : ils sont au masculin pluriel (« Les … n’ont pas pu être chargés »).
# $range : les jours, comme 1 mars 2026 – 31 mars 2026.
usage-part-tokens = Les tokens et requêtes de la période { $range }
# $range : comme dans usage-part-tokens.
usage-part-costs = Les coûts de la période { $range }
# $range : comme dans usage-part-tokens.
usage-part-key-costs = Les coûts par clé de la période { $range }
usage-part-project-names = Les noms des projets
# $project : le nom d’un projet.
usage-part-key-names = Les noms des clés du projet { $project }
# Le nom de l’espace de travail par défaut d’une organisation Anthropic (Anthropic ne lui donne pas de nom), affiché là où la consommation OpenAI affiche un projet.
usage-anthropic-default-workspace = Espace de travail par défaut
# $what : l’un des messages usage-part-* ; $reason : pourquoi, un code qui choisit la fin de la phrase.
usage-part-not-loaded = { $what } n’ont pas pu être chargés : { $reason ->
        [no_connection] cet ordinateur n’a pas pu joindre OpenAI. Vérifiez la connexion Internet, puis réessayez.
        [not_allowed] OpenAI n’a pas autorisé cette clé à les lire.
        [too_many_requests] OpenAI a demandé de ralentir. Réessayez dans une minute.
        [server_trouble] les serveurs d’OpenAI n’ont pas répondu correctement. Réessayez dans un instant.
       *[unreadable] la réponse d’OpenAI est illisible.
    }

## Page Consommation : les chiffres principaux (src/gui/views/usage.rs)

usage-figure-total-cost = Coût total
usage-figure-month-to-date = Depuis le début du mois
# $month : un mois et son année, comme novembre 2026.
usage-figure-forecast = Prévision pour { $month }
# $amount : la somme dépensée par jour.
usage-figure-forecast-pace = au rythme des 7 derniers jours complets ({ $amount } par jour)
usage-figure-not-available = non disponible
usage-figure-month-not-loaded = ce mois n’a pas été chargé
usage-figure-input-tokens = Tokens d’entrée
# $tokens : un nombre de tokens, déjà écrit avec ses séparateurs. L’entrée réutilisée est du texte qu’OpenAI a vu dans une requête récente ; elle coûte moins cher.
usage-figure-reused = dont { $tokens } réutilisés (facturés moins cher)
usage-figure-output-tokens = Tokens de sortie
usage-figure-requests = Requêtes
usage-figure-in-range = sur la période
usage-figure-requests-not-reported = { $provider } ne les indique pas

## Page Consommation : les graphiques (src/gui/views/usage.rs, src/gui/usage.rs, src/usage/report.rs)

# $period : day, week ou month (une barre du graphique).
usage-chart-cost = { $period ->
        [week] Coût par semaine
        [month] Coût par mois
       *[day] Coût par jour
    }
# $period : comme dans usage-chart-cost.
usage-chart-tokens = { $period ->
        [week] Tokens par semaine
        [month] Tokens par mois
       *[day] Tokens par jour
    }
# $period : comme dans usage-chart-cost.
usage-chart-requests = { $period ->
        [week] Requêtes par semaine
        [month] Requêtes par mois
       *[day] Requêtes par jour
    }
usage-split-by = Répartir par
usage-cost-from-invoice = Ce sont les montants de votre facture { $provider }.
usage-input-includes-reused = Les tokens d’entrée comprennent les tokens réutilisés, comme { $provider } les compte.
usage-reused-input-explained = L’entrée réutilisée est du texte que { $provider } a déjà vu dans une requête récente, par exemple les mêmes instructions envoyées de nouveau. Elle est facturée moins cher.
# $group : model, project ou api_key (ce par quoi les graphiques sont répartis).
usage-requests-split = { $group ->
        [project] Réparties par projet, comme les tokens ci-dessus.
        [api_key] Réparties par clé, comme les tokens ci-dessus.
       *[model] Réparties par modèle, comme les tokens ci-dessus.
    }
usage-measure-input = Entrée
usage-measure-reused-input = Entrée réutilisée
usage-measure-output = Sortie
usage-measure-requests = Requêtes
usage-group-model = Modèle
usage-group-project = Projet
usage-group-key = Clé
# Ce sous quoi la facture d’OpenAI range un coût, comme « gpt-5-mini, output » ou « Web search ».
usage-group-kind-of-use = Type d’utilisation
usage-nameless-model = (aucun modèle indiqué)
usage-nameless-project = (aucun projet)
usage-nameless-key = (aucune clé indiquée)
usage-nameless-kind-of-use = (aucun type indiqué)
# $count : combien de petits modèles, projets ou clés sont additionnés dans cette partie du graphique.
usage-chart-other = Autres ({ $count })
# $amount : le total de la barre, une somme ou un nombre.
usage-chart-total = Total : { $amount }
# $count : combien d’autres ne sont pas listés.
usage-chart-and-more = { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }
# $first et $last : le premier et le dernier jour de la barre d’une semaine.
usage-chart-week = Du { $first } au { $last }
usage-nothing-in-range = Rien sur cette période.

## Page Consommation : le tableau (src/gui/views/usage.rs)

usage-top-title = Principaux modèles, projets et clés
usage-tab-models = Modèles
usage-tab-projects = Projets
usage-tab-keys = Clés API
usage-tab-kinds-of-use = Types d’utilisation
usage-column-cost = Coût
usage-column-input = Tokens d’entrée
usage-column-reused = Entrée réutilisée
usage-column-output = Tokens de sortie
usage-column-requests = Requêtes
# Lu par les lecteurs d’écran pour le bouton de la première colonne. $group : model, project, api_key ou line_item.
usage-sort-name = { $group ->
        [project] Trier par projet
        [api_key] Trier par clé
        [line_item] Trier par type d’utilisation
       *[model] Trier par modèle
    }
usage-sort-cost = Trier par coût
usage-sort-input = Trier par tokens d’entrée
usage-sort-reused = Trier par entrée réutilisée
usage-sort-output = Trier par tokens de sortie
usage-sort-requests = Trier par nombre de requêtes
usage-table-no-id = sans identifiant
# $amount : une somme.
usage-table-estimate = ≈ { $amount } (estimation)
usage-table-estimate-hover = Estimé à partir des tokens et de la grille de prix des Paramètres.
usage-table-no-price = prix inconnu
usage-table-no-price-hover = Aucun prix pour ce modèle dans la grille de prix des Paramètres.
# $count : les lignes non affichées.
usage-table-more = { $count ->
        [one] Et { $count } autre ligne ; l’export CSV contient toutes les lignes.
       *[other] Et { $count } autres lignes ; l’export CSV les contient toutes.
    }
# $prices : d’où viennent les prix, l’un des messages usage-prices-*.
usage-estimate-note = Les coûts marqués comme estimations sont calculés à partir des tokens et des prix, et non tirés de la facture d’OpenAI. { $prices }
usage-key-costs-not-asked = Les coûts par clé n’ont pas été demandés : ce sont donc des estimations.
usage-key-costs-not-given = OpenAI ne répartit pas les coûts de cette organisation par clé : le coût de chaque clé est donc estimé à partir de ses tokens.
usage-key-costs-not-loaded = Les coûts par clé n’ont pas pu être chargés : le coût de chaque clé est donc estimé à partir de ses tokens.

## Page Consommation : l’export (src/gui/usage.rs, src/gui/views/usage.rs)

usage-export-daily = Exporter les chiffres par jour (CSV)…
usage-export-table = Exporter ce tableau en CSV…
# Le titre de la fenêtre d’enregistrement.
usage-export-daily-title = Enregistrer les chiffres par jour en CSV
# Le titre de la fenêtre d’enregistrement.
usage-export-table-title = Enregistrer le tableau en CSV
# $count : les lignes enregistrées ; $path : l’emplacement du fichier.
usage-export-saved = { $count ->
        [one] { $count } ligne enregistrée dans { $path }.
       *[other] { $count } lignes enregistrées dans { $path }.
    }
# $path : l’emplacement du fichier.
usage-export-saved-to = Enregistré dans { $path }.
usage-export-not-saved = Rien n’a encore été enregistré : la fenêtre d’enregistrement ne s’est pas ouverte, ou elle a été fermée. Enregistrez plutôt le fichier dans votre dossier Téléchargements, ou copiez le tableau.
usage-export-failed = Le fichier n’a pas pu être enregistré à cet endroit. Enregistrez-le plutôt dans votre dossier Téléchargements, ou copiez le tableau.
usage-export-not-made = Le fichier CSV n’a pas pu être créé. Réessayez, ou copiez le tableau.
usage-export-no-downloads-folder = Cet ordinateur n’a ni dossier Téléchargements ni dossier personnel où enregistrer. Copiez plutôt le tableau.
# $folder : le dossier Téléchargements.
usage-export-downloads-failed = Le fichier n’a pas pu être enregistré dans { $folder }. Copiez plutôt le tableau.
usage-export-save-in-downloads = Enregistrer dans Téléchargements
usage-export-copy = Copier le CSV
usage-export-copied = Le tableau a été copié. Collez-le dans un tableur : chaque valeur arrive dans sa propre cellule.

## Page Clés : ce qu’une clé a dépensé (src/gui/usage.rs)

# $amount : une somme ; $first et $last : le premier et le dernier jour de la période affichée sur la page Consommation.
usage-key-spent = Dépensé : { $amount } du { $first } au { $last }
# Comme usage-key-spent, quand la somme est estimée à partir des tokens.
usage-key-spent-estimate = Dépensé : environ { $amount } du { $first } au { $last } (estimation à partir des tokens et des prix)

## Prix pour les estimations (src/usage/pricing.rs)

# $as_of : le mois où les prix ont été relevés, comme juin 2026.
usage-prices-shipped = Prix fournis avec Key Doctor, relevés en { $as_of }.
usage-prices-shipped-undated = Prix fournis avec Key Doctor, de date inconnue.
# $file : le chemin du fichier de prix ; $as_of : comme dans usage-prices-shipped.
usage-prices-from-file = Prix tirés de { $file }, relevés en { $as_of }.
# $file : le chemin du fichier de prix.
usage-prices-from-file-undated = Prix tirés de { $file }, de date inconnue.
# $file : le chemin du fichier de prix.
usage-pricing-unreadable = Le fichier de prix { $file } n’a pas pu être lu : Key Doctor utilise donc ses prix d’origine. Vérifiez que le fichier existe toujours, ou choisissez-en un autre.
# $file : le chemin du fichier de prix.
usage-pricing-too-large = Le fichier de prix { $file } dépasse 4 Mo : Key Doctor utilise donc ses prix d’origine. Choisissez le bon fichier.
# $file : le chemin du fichier de prix.
usage-pricing-not-a-table = Le fichier { $file } n’est pas une grille de prix : Key Doctor utilise donc ses prix d’origine. Choisissez un autre fichier.
# $file : le chemin du fichier de prix ; $currency : le code d’une devise, comme EUR.
usage-pricing-not-dollars = Les prix de { $file } sont en { $currency }, or Key Doctor ne peut utiliser que des dollars américains : il utilise donc ses prix d’origine.
# $file : le chemin du fichier de prix.
usage-pricing-no-model-name = Un prix de { $file } n’a pas de nom de modèle : Key Doctor utilise donc ses prix d’origine. Corrigez le fichier, ou choisissez-en un autre.
# $file : le chemin du fichier de prix ; $model : le nom d’un modèle ; $field : input, cached_input ou output (quel prix).
usage-pricing-bad-price = Dans { $file }, le prix { $field ->
        [cached_input] d’entrée réutilisée
        [output] de sortie
       *[input] d’entrée
    } de { $model } n’est pas un nombre positif : Key Doctor utilise donc ses prix d’origine. Corrigez le fichier, ou choisissez-en un autre.
# Avant les fournisseurs dont la consommation peut être affichée (OpenAI, Anthropic), quand des clés Admin des deux sont enregistrées.
usage-provider = Consommation de :
