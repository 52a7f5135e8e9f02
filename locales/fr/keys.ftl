## Page Clés : en-tête et barre d’outils (src/gui/views/keys.rs)

keys-title = Vos clés
keys-open-env-file = Ouvrir un fichier .env
keys-paste-env-text = Coller le texte d’un .env
keys-check-all = Tout vérifier
# Pendant « Tout vérifier » ; $done et $total : des nombres de clés.
keys-check-all-progress = { $done } sur { $total } vérifiées
keys-stop-checking = Arrêter la vérification
keys-cancel = Annuler

## Page Clés : pas de trousseau (src/gui/views/keys.rs)

keys-no-keychain-title = Le trousseau n’a pas pu être ouvert
keys-no-keychain = Key Doctor n’a pas pu ouvrir le trousseau de cet ordinateur, où il range les clés en sécurité. Vous pouvez garder les clés pour cette session seulement, ou rouvrir Key Doctor après vous être reconnecté à votre ordinateur.
keys-keychain-locked = Votre trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (connectez-vous à votre ordinateur ou ouvrez l’application du trousseau), puis rouvrez Key Doctor. Ou gardez les clés pour cette session seulement.
keys-keep-for-session = Garder les clés pour cette session seulement

## Page Clés : ouvrir un fichier .env par son chemin (src/gui/views/keys.rs)

keys-path-title = Ouvrir un fichier .env par son chemin
keys-path-explained = Aucun fichier n’a été ouvert. Saisissez ou collez ici le chemin du fichier (~ désigne votre dossier personnel), déposez le fichier sur cette fenêtre, ou collez son texte avec « { keys-paste-env-text } ».
keys-path-label = Chemin du fichier .env
keys-open-this-file = Ouvrir ce fichier

## Page Clés : coller le texte d’un fichier .env (src/gui/views/keys.rs)

keys-paste-title = Coller le texte d’un fichier .env
keys-paste-explained = Key Doctor y lit les réglages OpenAI ; rien n’est envoyé nulle part.
keys-paste-keyboard = Ctrl+Entrée lit le texte ; Échap ferme cette fenêtre.
keys-read-pasted-text = Lire le texte collé

## Page Clés : carte de bienvenue, affichée tant qu’aucune clé n’est enregistrée (src/gui/views/keys.rs)

keys-welcome-title = Bienvenue dans Key Doctor
keys-welcome-intro = Key Doctor vous dit, en une phrase, pourquoi une clé API OpenAI ne fonctionne pas et quelle page de platform.openai.com permet de corriger le problème.
keys-welcome-kept-in-keychain = Vos clés sont rangées dans le trousseau de votre système, jamais dans un simple fichier.
keys-welcome-kept-for-session = Les clés que vous ajoutez maintenant sont gardées seulement jusqu’à la fermeture de Key Doctor.
keys-welcome-open-file = Vous pouvez aussi ouvrir le fichier .env que votre application ou votre développeur vous a donné (ou le déposer sur cette fenêtre) :
keys-welcome-demo-loading = Mode démo : chargement des clés d’exemple.
keys-welcome-try-demo = Pour découvrir Key Doctor d’abord, essayez-le avec des clés d’exemple. Rien n’est envoyé à OpenAI, et vous n’avez besoin d’aucune clé.

## Page Clés : le formulaire pour ajouter une clé (src/gui/views/keys.rs)

keys-add-a-key = Ajouter une clé
keys-api-key = Clé API
keys-name-optional = Nom (facultatif)
# Un exemple de nom, affiché dans le champ du nom tant qu’il est vide.
keys-name-example = Chatbot du site
keys-storing = Enregistrement de la clé…
keys-add-key = Ajouter une clé
# Sous le formulaire : où est gardée une clé ajoutée maintenant. $place vaut « keychain » ou « session ».
keys-add-kept = { $place ->
    [keychain] Rangée dans le trousseau de votre système.
   *[session] Gardée seulement jusqu’à la fermeture de Key Doctor.
  }
keys-open-api-keys-page = Ouvrir la page des clés API
# Le texte saisi comme clé ne ressemble à aucune clé OpenAI.
keys-not-a-key = Ce n’est pas une clé API OpenAI. Une clé est un long mot d’un seul tenant qui commence par sk-proj-, sk-svcacct- ou sk-admin- (anciennes clés : sk-). Copiez-la depuis la page « API keys » (Clés API) de platform.openai.com, ou depuis les réglages de l’application pour laquelle elle a été créée.
# $reason : la phrase de Key Doctor sur ce qui n’a pas marché (le trousseau, la liste des clés).
keys-not-stored = La clé n’a pas été enregistrée. { $reason }
# Une clé qui ressemble à celles de plusieurs fournisseurs : la personne choisit à qui elle appartient.
keys-which-service = À quel service sert cette clé ?
# Le champ du point de terminaison d’une clé Azure OpenAI (l’adresse de sa ressource).
keys-endpoint = Point de terminaison
keys-endpoint-why = Une clé Azure OpenAI ne fonctionne qu’avec le point de terminaison de sa ressource : les deux se trouvent sur la page « Keys and Endpoint » (Clés et point de terminaison) de la ressource, dans le portail Azure.
keys-endpoint-needed = Saisissez le point de terminaison de la ressource Azure OpenAI de cette clé (par exemple https://votre-ressource.openai.azure.com) : sans lui, la clé ne peut pas être vérifiée.
# $problem : pourquoi l’adresse saisie ne peut pas être utilisée.
keys-endpoint-refused = Ce point de terminaison ne peut pas être utilisé : { $problem }

## Page Clés : la liste des clés (src/gui/views/keys.rs)

keys-status-checking = Vérification…
keys-status-missing = Absente du trousseau
keys-status-not-checked = Pas encore vérifiée
# $verdict : le titre du diagnostic de la dernière vérification, comme « Fonctionne ».
keys-status-last-check = Dernière vérification : { $verdict }
# Après « Tout vérifier » : $count clés sur $total sont à revoir.
keys-need-attention = { $count ->
    [one] { $count } clé sur { $total } est à revoir.
   *[other] { $count } clés sur { $total } sont à revoir.
  }
keys-show-all = Afficher toutes les clés
keys-find = Chercher une clé
keys-find-hint = nom, type ou fichier
keys-needs-attention-only = Seulement les clés à revoir
# À côté de la liste des fournisseurs dont les clés sont affichées.
keys-provider-filter = Fournisseur
keys-all-providers = Tous les fournisseurs
keys-group-project = Clés de projet
keys-group-service-account = Clés de compte de service
keys-group-user = Clés d’utilisateur (sans projet)
keys-group-legacy-user = Anciennes clés d’utilisateur
keys-group-admin = Clés Admin
keys-group-other = Autres clés
# La recherche ne trouve rien ; $words : ce qui a été saisi dans le champ de recherche.
keys-no-match = Aucune clé ne correspond à « { $words } ». Modifiez la recherche, ou effacez-la pour voir toutes les clés.
keys-clear-search = Effacer la recherche
# « Seulement les clés à revoir » est coché et toutes les clés fonctionnent.
keys-none-need-attention = Aucune clé n’est à revoir pour le moment.

## Page Clés : la clé sélectionnée (src/gui/views/keys.rs)

keys-select-a-key = Sélectionnez une clé à gauche.
keys-missing-title = La clé est introuvable
keys-missing = Votre trousseau ne contient plus cette clé (elle y a peut-être été supprimée). Ajoutez de nouveau la clé, ou supprimez cette entrée.
keys-add-again = Ajouter de nouveau la clé
keys-not-checked-yet = Cliquez sur « Vérifier » pour savoir si cette clé fonctionne. C’est gratuit : aucun token n’est utilisé.
keys-works-now = Cette clé fonctionne : votre application ou votre extension peut l’utiliser.
keys-fix-steps-title = Que faire sur cette page
keys-sent-with-key = Key Doctor envoie l’organisation et le projet fournis avec cette clé. Arrêtez de les envoyer pour vérifier la clé seule ; modifiez ensuite le même réglage dans votre application.
keys-stop-sending = Ne plus les envoyer et vérifier de nouveau
keys-new-key-next = Quand vous aurez la nouvelle clé, ajoutez-la ici, puis mettez-la dans votre application ou votre extension.
keys-add-new-key = Ajouter la nouvelle clé
keys-changed-check-again = C’est fait — vérifier de nouveau
# $minutes : pendant combien de temps Key Doctor a revérifié la clé après l’ouverture de sa page de correction.
keys-fix-loop-gave-up = { $minutes ->
    [one] Key Doctor a cessé de vérifier au bout de { $minutes } minute. Cliquez sur « Vérifier » une fois la modification faite.
   *[other] Key Doctor a cessé de vérifier au bout de { $minutes } minutes. Cliquez sur « Vérifier » une fois la modification faite.
  }
# $seconds : tous les combien la clé est revérifiée ; $minutes : pendant combien de temps.
keys-fix-loop-still-failing = La clé ne fonctionne toujours pas. OpenAI peut mettre quelques minutes à appliquer une modification ; Key Doctor vérifie de nouveau { $seconds ->
    [one] chaque seconde
   *[other] toutes les { $seconds } secondes
  } pendant { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  } au plus, tant que cette fenêtre est ouverte.
# $seconds : tous les combien la clé est revérifiée ; $minutes : pendant combien de temps.
keys-fix-loop-checking = Key Doctor vérifie de nouveau cette clé { $seconds ->
    [one] chaque seconde
   *[other] toutes les { $seconds } secondes
  } pendant { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  } au plus, tant que cette fenêtre est ouverte. C’est gratuit.
keys-new-name = Nouveau nom
keys-save = Enregistrer
# $kind : le type de clé (« Clé de projet ») ; $redacted : la clé, en grande partie masquée ; $source : sa provenance.
keys-facts = { $kind } · { $redacted } · provenance : { $source }
# Une clé collée dans Key Doctor ; $kind : le type de clé ; $redacted : la clé, en grande partie masquée.
keys-facts-pasted = { $kind } · { $redacted } · collée dans Key Doctor
# $amount : une somme, déjà écrite pour la langue.
keys-spend = { $amount }, comme l’indique la page Consommation.
# $project : l’identifiant du projet, tel que le fichier .env l’indique.
keys-project = Projet : { $project }
# $endpoint : l’adresse de la ressource Azure OpenAI où la clé est vérifiée.
keys-endpoint-of-key = Point de terminaison : { $endpoint }
# $address : l’adresse où un autre fournisseur est joint pour cette clé (un proxy, d’après son fichier .env).
keys-address-of-key = Adresse : { $address }
keys-check = Vérifier
keys-copy-report = Copier le rapport
keys-copy-key = Copier la clé
keys-copy-key-hover = Copie la clé complète dans le presse-papiers
keys-rename = Renommer
keys-delete = Supprimer
# Le bouton qui masque une clé affichée ; $seconds : les secondes avant qu’elle se masque d’elle-même.
keys-hide = Masquer ({ $seconds } s)
keys-reveal = Afficher
keys-reveal-hover = Affiche la clé complète pendant quelques secondes

## Page Clés : supprimer une clé (src/gui/views/keys.rs)

# $name : le nom de la clé.
keys-delete-title = Supprimer « { $name } » ?
# $place vaut « keychain » ou « session ».
keys-delete-forgets = { $place ->
    [keychain] Key Doctor va oublier cette clé et la retirer du trousseau de votre système.
   *[session] Key Doctor va oublier cette clé (elle n’était gardée que pour cette session).
  }
keys-delete-no-copy = OpenAI n’affiche plus jamais la clé complète : si vous n’en avez pas d’autre copie, elle sera perdue.
keys-delete-still-works = La supprimer ici ne la désactive pas : la clé continue de fonctionner chez OpenAI tant que vous ne l’avez pas révoquée sur la page « API keys » (Clés API).
# $provider : le nom du fournisseur, comme Anthropic.
keys-delete-no-copy-of = Il se peut que { $provider } n’affiche plus la clé complète : si vous n’en avez pas d’autre copie, elle sera perdue.
# $provider : le nom du fournisseur, comme Anthropic.
keys-delete-still-works-of = La supprimer ici ne la désactive pas : la clé continue de fonctionner chez { $provider } tant que vous ne l’avez pas supprimée sur la page des clés { $provider }.
keys-delete-undo = Vous pourrez annuler pendant quelques secondes.
keys-delete-confirm = Supprimer la clé
keys-keep-it = La garder

## Page Clés : ce que la vérification a trouvé (src/gui/views/keys.rs)

keys-permissions = Autorisations
keys-for-a-developer = Pour un développeur
keys-copy-lines = Copier ces lignes
# $count : le nombre de vérifications dans l’historique.
keys-history = Historique des vérifications ({ $count })
# Une vérification de l’historique ; $date et $time : quand ; $verdict : le titre de son diagnostic, comme « Fonctionne ».
keys-history-line = { $date } à { $time } — { $verdict }
# $organization : le nom et l’identifiant de l’organisation.
keys-organization = Organisation : { $organization }
# $projects : les noms des projets, séparés par des virgules.
keys-projects = Projets : { $projects }
# $tier : le niveau d’utilisation d’OpenAI, comme « tier-1 ».
keys-usage-tier = Niveau d’utilisation : { $tier }
# $requests et $tokens : des nombres, déjà écrits pour la langue (« ? » s’ils sont inconnus).
keys-rate-limits = Limites de débit : { $requests } requêtes et { $tokens } tokens par minute
# Les limites d’un autre fournisseur, sur des périodes qu’il fixe lui-même ; $provider : son nom ; $requests et $tokens : des nombres (« ? » s’ils sont inconnus).
keys-rate-limits-of = Limites de débit indiquées par { $provider } : { $requests } requêtes et { $tokens } tokens.
# À la place du tableau des autorisations, pour la clé d’un autre fournisseur (ses phrases sont dans providers.ftl).
keys-reach-can-tell = Ce qu’une vérification gratuite peut savoir
keys-reach-cannot-tell = Ce qu’elle ne peut pas savoir
# Le titre d’un diagnostic pour la clé d’un autre fournisseur ; $provider : son nom, comme Anthropic.
keys-title-network-error-of = { $provider } injoignable
keys-title-server-error-of = Problème chez { $provider }

## Page Clés : les lignes « Pour un développeur » (src/gui/keys.rs)

keys-fact-verdict-code = Code du diagnostic
keys-fact-http-status = Code HTTP
keys-fact-openai-code = Code OpenAI
keys-fact-missing-scopes = Scopes manquants
keys-fact-openai-said = Message d’OpenAI
# Le code et les mots propres à un autre fournisseur ; $provider : son nom.
keys-fact-provider-code = Code { $provider }
keys-fact-provider-said = Réponse de l’API { $provider }
keys-fact-request-ids = Identifiants de requête
keys-fact-checked-in = Durée de la vérification
# $milliseconds : la durée de la vérification.
keys-fact-milliseconds = { $milliseconds } ms

## Page Clés : avis (src/gui/keys.rs)

keys-full-key-copied = La clé complète a été copiée dans le presse-papiers. Ne la collez que là où elle doit aller.
# Après « Tout vérifier » sans aucun problème ; $count : le nombre de clés vérifiées.
keys-all-work = { $count ->
    [one] La clé fonctionne.
   *[other] Les { $count } clés fonctionnent.
  }
keys-kept-for-session = Les clés sont gardées pour cette session seulement : elles seront oubliées à la fermeture de Key Doctor.
keys-developer-details-copied = Les détails pour le développeur ont été copiés.
# $done et $total : des nombres de clés.
keys-check-stopped = { $done ->
    [one] Vérification arrêtée après { $done } clé sur { $total }.
   *[other] Vérification arrêtée après { $done } clés sur { $total }.
  }
keys-report-copied = Le rapport a été copié. Il ne montre qu’une partie de la clé : vous pouvez l’envoyer à la personne qui vous aide.
# $name : le nom de la clé ; $place vaut « keychain » ou « session ».
keys-deleted = { $place ->
    [keychain] La clé « { $name } » a été supprimée. Elle quittera le trousseau de votre système quand le bouton « Annuler » disparaîtra.
   *[session] La clé « { $name } » a été supprimée. Vous pouvez la récupérer tant que le bouton « Annuler » est affiché.
  }
# $name : le nom de la clé.
keys-back = La clé « { $name } » est de retour.
# $name : le nom de la clé ; $reason : la phrase de Key Doctor sur ce qui n’a pas marché.
keys-not-deleted = La clé « { $name } » n’a pas été supprimée. { $reason }
# $name : le nom de la clé ; $place vaut « keychain » ou « session ».
keys-put-back = { $place ->
    [keychain] La clé « { $name } » manquait dans le trousseau de votre système : elle y a été remise.
   *[session] La clé « { $name } » manquait parmi les clés de cette session : elle a été remise.
  }
# $name : le nom de la clé ; $kind : son type (« Clé de projet ») ; $place vaut « keychain » ou « session ».
keys-stored = { $place ->
    [keychain] « { $name } » ({ $kind }) a été rangée dans le trousseau de votre système.
   *[session] « { $name } » ({ $kind }) est gardée jusqu’à la fermeture de Key Doctor.
  }

## Aperçu de l’import (src/gui/import_preview.rs, src/gui/views/import.rs)

# D’où viennent les clés d’un import, quand elles ont été collées.
keys-import-pasted-text = le texte collé
# Le nom sous lequel est enregistrée une clé tirée d’un texte collé ; $variable : son nom dans le texte, comme OPENAI_API_KEY.
keys-import-label-pasted = { $variable } du texte collé
# Le nom sous lequel est enregistrée une clé tirée d’un fichier ; $variable : son nom dans le fichier ; $file : le dossier et le nom du fichier.
keys-import-label-file = { $variable } dans { $file }
# $origin : le dossier et le nom du fichier, ou « le texte collé ».
keys-import-title = Importer depuis { $origin }
# $place vaut « keychain » ou « session ».
keys-import-tick = { $place ->
    [keychain] Cochez les clés à ranger dans le trousseau de votre système.
   *[session] Cochez les clés à garder jusqu’à la fermeture de Key Doctor.
  }
keys-import-pasted-not-kept = Le texte collé n’est pas conservé.
keys-import-file-never-changed = Le fichier lui-même n’est jamais modifié.
# $count : le nombre de clés cochées.
keys-import-store = { $count ->
    [one] Enregistrer { $count } clé
   *[other] Enregistrer { $count } clés
  }
keys-import-check-every = Vérifier toutes les clés
# $name : le nom sous lequel la clé sera enregistrée.
keys-import-store-as = L’enregistrer sous le nom « { $name } »
# $redacted : la clé, en grande partie masquée ; $name : le nom de la clé déjà enregistrée qui lui est identique.
keys-import-already-stored = { $redacted } (déjà enregistrée sous le nom « { $name } »)
# $variable : le nom de la clé dans le fichier, comme OPENAI_API_KEY.
keys-import-check-one = Vérifier { $variable }
keys-import-not-ticked = Non cochée : cochez-la pour l’enregistrer quand même.
# $origin : le dossier et le nom du fichier, ou « le texte collé ».
keys-import-nothing-found = Aucune clé OpenAI n’a été trouvée dans { $origin }. Une clé commence par sk-proj-, sk-svcacct-, sk-admin- ou sk-.
# Que faire quand aucune clé n’a été trouvée ; $source vaut « file » ou « pasted ».
keys-import-nothing-found-next = { $source ->
    [pasted] Collez un autre texte, ou fermez cette fenêtre et ajoutez la clé elle-même avec « { keys-add-a-key } ».
   *[file] Ouvrez un autre fichier, ou fermez cette fenêtre et ajoutez la clé elle-même avec « { keys-add-a-key } ».
  }
keys-import-open-another = Ouvrir un autre fichier
keys-import-paste-other = Coller un autre texte
keys-import-close = Fermer
# Les réglages que le fichier contient en plus des clés ; $source vaut « file » ou « pasted » ;
# $settings : une liste de keys-import-setting-*, séparés par des virgules.
keys-import-also-sets = { $source ->
    [pasted] Le texte collé définit aussi { $settings }.
   *[file] Ce fichier définit aussi { $settings }.
  }
# $organization : l’identifiant d’une organisation, comme org-abc123.
keys-import-setting-organization = une organisation ({ $organization })
# $project : l’identifiant d’un projet, comme proj_abc123.
keys-import-setting-project = un projet ({ $project })
# $address : une adresse web où vont les requêtes à la place de l’adresse habituelle d’OpenAI.
keys-import-setting-address = une autre adresse OpenAI ({ $address })
# $address : le point de terminaison d’une ressource Azure OpenAI.
keys-import-setting-azure-endpoint = le point de terminaison Azure OpenAI ({ $address })
# $provider : le nom d’un autre fournisseur ; $address : l’adresse où ses clés sont vérifiées à la place de l’adresse habituelle.
keys-import-setting-provider-address = une autre adresse pour { $provider } ({ $address })
# Une clé Azure OpenAI a été trouvée, et le fichier n’indique aucun point de terminaison pour elle.
keys-import-endpoint-needed = Une clé Azure OpenAI ne fonctionne qu’avec le point de terminaison de sa ressource, et ce fichier n’en indique aucun (AZURE_OPENAI_ENDPOINT). Saisissez-le pour enregistrer la clé avec lui.
# « Enregistrer » a été cliqué avec une clé Azure OpenAI cochée et aucun point de terminaison saisi.
keys-import-endpoint-missing = Saisissez le point de terminaison pour enregistrer la clé Azure OpenAI avec lui, ou décochez cette clé pour enregistrer les autres.
# $count : le nombre de réglages ci-dessus trouvés.
keys-import-settings-kept = { $count ->
    [one] Key Doctor garde ce réglage avec les clés que vous enregistrez, et s’en sert pour les vérifier.
   *[other] Key Doctor garde ces réglages avec les clés que vous enregistrez, et s’en sert pour les vérifier.
  }
# Après l’enregistrement d’un import ; $names : les noms des clés dans le fichier, séparés par des virgules ; $count : combien.
keys-import-stored-keychain = { $count ->
    [one] La clé { $names } a été rangée dans le trousseau de votre système.
   *[other] { $count } clés ({ $names }) ont été rangées dans le trousseau de votre système.
  }
# Après l’enregistrement d’un import pour cette session seulement ; $names : les noms des clés dans le fichier, séparés par des virgules ; $count : combien.
keys-import-stored-session = { $count ->
    [one] La clé { $names } est gardée jusqu’à la fermeture de Key Doctor.
   *[other] { $count } clés ({ $names }) sont gardées jusqu’à la fermeture de Key Doctor.
  }
keys-import-stored-none = Aucune clé n’a été enregistrée.
keys-import-file-unchanged = Le fichier n’a pas été modifié.

## La ligne d’état : un autre fournisseur joint ailleurs qu’à son adresse habituelle (src/gui/app.rs)

# $provider : le nom du fournisseur ; $address : là où ses clés sont vérifiées.
keys-provider-address = { $provider } : { $address }
# Plusieurs fournisseurs joints ailleurs ; $providers : leurs noms, séparés par des virgules (leurs adresses s’affichent au survol).
keys-provider-addresses = Autres adresses pour { $providers }

## Les clés d’exemple de la démo pour les autres fournisseurs (src/gui/services.rs)

keys-sample-anthropic-valid = Clé Anthropic qui fonctionne
keys-sample-anthropic-revoked = Clé Anthropic révoquée
keys-sample-anthropic-rate-limited = Clé Anthropic qui envoie trop de requêtes
keys-sample-anthropic-admin = Clé Admin Anthropic qui peut lire la consommation
keys-sample-gemini-valid = Clé Gemini qui fonctionne
keys-sample-gemini-standard-key = Clé Gemini de l’ancien type, bientôt retirée
keys-sample-gemini-leaked = Clé Gemini signalée comme divulguée
keys-sample-openrouter-valid = Clé OpenRouter qui fonctionne
keys-sample-openrouter-key-limit = Clé OpenRouter qui a atteint son plafond de dépenses
keys-sample-groq-free-plan = Clé Groq avec l’offre gratuite
keys-sample-groq-revoked = Clé Groq révoquée
keys-sample-mistral-valid = Clé Mistral qui fonctionne
keys-sample-mistral-revoked = Clé Mistral révoquée
keys-sample-azure-valid = Clé Azure OpenAI qui fonctionne avec son point de terminaison
keys-sample-azure-firewall = Clé Azure OpenAI d’une ressource derrière un pare-feu
keys-sample-xai-valid = Clé xAI qui fonctionne
keys-sample-xai-disabled = Clé xAI désactivée
keys-sample-deepseek-valid = Clé DeepSeek qui a du crédit
keys-sample-deepseek-no-balance = Clé DeepSeek sans solde restant
