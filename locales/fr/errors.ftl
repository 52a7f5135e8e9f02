## Erreurs et mots des couches sous les écrans : la liste des clés et le trousseau (src/vault),
## les imports de .env (src/import), les fichiers (src/files.rs), la connexion à OpenAI (src/openai)
## et les fenêtres de choix de fichier (src/dialogs.rs). L’application et la ligne de commande les
## affichent. Les mots d’une bibliothèque (une erreur système, un message TLS) ne sont jamais dans
## ces phrases : ils sont affichés à part, sous « Détails techniques ». Les messages qui sont des
## propositions (minuscule, sans point final) terminent la phrase d’un autre message, après « : ».

## Fichiers (src/files.rs)

# Ce qu’est un chemin choisi quand ce n’est pas un fichier : « { $file } est { $what } et non un fichier ».
error-not-a-file-folder = un dossier
error-not-a-file-special = un périphérique, un tube ou un socket
# Pourquoi un fichier n’a pas pu être lu ou écrit, à la fin d’une phrase comme « Votre liste de clés
# n’a pas pu être enregistrée dans /home/moi/keys.json : le disque est plein. »
error-io-not-found = le fichier est introuvable (il a peut-être été déplacé, renommé ou supprimé)
error-io-permission-denied = votre compte utilisateur n’a pas le droit de l’ouvrir
error-io-read-only = le disque ou le dossier est en lecture seule
error-io-disk-full = le disque est plein
error-io-is-a-folder = c’est un dossier, pas un fichier
error-io-not-a-folder = une partie de son chemin est un fichier, pas un dossier
error-io-other = le système a refusé

## Le trousseau (src/vault/store.rs)

# Propositions, à la fin d’une phrase comme « Le trousseau de votre système ne peut pas être utilisé : … ».
error-store-not-found = aucune clé n’est enregistrée sous cette entrée
error-store-locked = le trousseau est verrouillé ou a refusé l’accès
error-store-unavailable = aucun trousseau n’est disponible sur ce système
error-store-failed = le trousseau a signalé un problème
# Phrases complètes : ce qui s’est passé et quoi faire.
error-store-not-found-sentence = Le trousseau ne contient plus cette clé. Ajoutez-la de nouveau, ou supprimez cette entrée.
error-store-locked-sentence = Votre trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (connectez-vous à votre ordinateur ou ouvrez l’application du trousseau), puis réessayez.
error-store-unavailable-sentence = Aucun trousseau système n’est disponible ici : les clés ne peuvent donc pas être enregistrées en sécurité. Vous pouvez les garder pour cette session seulement.
error-store-failed-sentence = Le trousseau a signalé un problème. Réessayez dans un instant.

## Types de clé (src/vault/kind.rs), tels que la liste des clés et la ligne de commande les affichent

error-key-kind-project = Clé de projet
error-key-kind-service-account = Clé de compte de service
error-key-kind-admin = Clé Admin
error-key-kind-user-without-project = Clé d’utilisateur (sans projet)
error-key-kind-legacy-user = Ancienne clé d’utilisateur
error-key-kind-anthropic-api = Clé API Anthropic
error-key-kind-anthropic-admin = Clé Admin Anthropic
error-key-kind-claude-login-token = Token de connexion Claude
error-key-kind-gemini-auth = Clé API Gemini
error-key-kind-gemini-standard = Clé Gemini (ancien type)
error-key-kind-openrouter = Clé OpenRouter
error-key-kind-groq = Clé Groq
error-key-kind-mistral = Clé Mistral
error-key-kind-azure-openai = Clé Azure OpenAI
error-key-kind-xai = Clé xAI
error-key-kind-deepseek = Clé DeepSeek
error-key-kind-unknown = Pas une clé OpenAI
# Le nom d’une clé quand aucun n’a été saisi : « Clé de projet sk-proj-…6789 ».
# $kind : un des types ci-dessus ; $redacted : la clé, presque entièrement masquée.
error-key-default-name = { $kind } { $redacted }

## Une clé collée (src/vault/input.rs)

error-key-empty = Il n’y a aucune clé à utiliser : collez d’abord la clé.
# $what : le caractère, en mots (un des error-character-*) ; $position : sa place dans la clé (1 pour le premier).
error-key-forbidden-character = La clé contient, en position { $position }, { $what } : une clé n’en contient jamais. Copiez de nouveau la clé depuis la page où elle a été créée, ou saisissez-la sans ce caractère.
# $count : le nombre de caractères invisibles retirés.
error-key-invisible-removed = { $count ->
    [one] Un caractère invisible, collé avec la clé, a été retiré.
   *[other] { $count } caractères invisibles, collés avec la clé, ont été retirés.
}
error-key-quotes-removed = Les guillemets autour de la clé ont été retirés.
error-character-space = un espace
error-character-tab = une tabulation
error-character-line-break = un saut de ligne
error-character-nul = un caractère NUL
# $code : le numéro Unicode du caractère, comme U+200B.
error-character-control = un caractère de contrôle invisible ({ $code })
# $code : le numéro Unicode du caractère, comme U+00A0.
error-character-space-like = un caractère semblable à un espace ({ $code })
# $character : le caractère lui-même ; $code : son numéro Unicode, comme U+043E.
error-character-look-alike = le caractère « { $character } » ({ $code }), qui ressemble à une lettre ou à un signe ordinaire mais n’en est pas un
# $character : le caractère lui-même.
error-character-other = le caractère « { $character } »

## Enregistrer les clés (src/vault/mod.rs)

error-vault-no-such-key = Cette clé n’est plus dans la liste.
# $name : le nom sous lequel la clé est enregistrée.
error-vault-already-stored = Cette clé est déjà enregistrée sous le nom « { $name } ».
# $problem : pourquoi la liste des clés n’a pas pu être enregistrée (error-catalog-not-saved).
error-vault-not-saved-undone = { $problem } La clé n’a pas été enregistrée.
# $problem : pourquoi la liste des clés n’a pas pu être enregistrée ; $name : le nom de la clé ;
# $store_problem : pourquoi le trousseau ne l’a pas retirée (un des error-store-*).
# « Key Doctor: { $name } » est le nom exact de l’entrée dans le trousseau : ne pas le traduire.
error-vault-not-saved-left-in-keychain = { $problem } La clé se trouve dans votre trousseau sous « Key Doctor: { $name } », mais ne figure dans aucune liste ; la retirer a échoué aussi ({ $store_problem }).

## La liste des clés (src/vault/catalog.rs)

# D’où vient une clé : $variable : son nom dans le fichier, comme OPENAI_API_KEY ; $file : le fichier.
error-source-variable-in-file = { $variable } dans { $file }
# D’où vient une clé quand elle a été collée dans l’application (s’accorde avec « clé »).
error-source-pasted = collée
# $path : le fichier de la liste des clés ; $problem : pourquoi (un des error-io-* ou error-catalog-*).
error-catalog-unreadable = Votre liste de clés ({ $path }) n’a pas pu être lue : { $problem }.
# $path : le fichier de la liste des clés ; $problem : pourquoi (un des error-io-* ou error-catalog-*).
error-catalog-not-saved = Votre liste de clés n’a pas pu être enregistrée dans { $path } : { $problem }. La modification est gardée tant que Key Doctor reste ouvert.
# $problem : pourquoi le fichier endommagé n’a pas pu être renommé (un des error-io-*).
error-catalog-damaged-and-stuck = elle est endommagée, et elle n’a pas pu non plus être mise de côté : { $problem }
error-catalog-newer-version = le fichier vient d’une version plus récente de Key Doctor
error-catalog-unreadable-now = la liste qui s’y trouve n’a pas pu être lue : elle n’est donc pas écrasée
error-catalog-encoding = la liste n’a pas pu être mise en forme pour être écrite
# $path : l’endroit où le fichier endommagé a été gardé.
error-catalog-recovered-from-backup = Votre liste de clés était endommagée : elle a été restaurée à partir de sa sauvegarde. Le fichier endommagé a été gardé sous { $path }.
# $path : l’endroit où le fichier endommagé a été gardé.
error-catalog-started-empty = Ni votre liste de clés ni sa sauvegarde n’ont pu être lues : la liste repart donc de zéro. Rien n’a été supprimé : le fichier endommagé a été gardé sous { $path }, et vos clés sont toujours dans le trousseau.
# $version : le numéro du format de la liste.
error-catalog-newer-schema = Votre liste de clés a été écrite par une version plus récente de Key Doctor (format { $version }). Elle est affichée, mais les modifications ne sont pas enregistrées, pour ne pas perdre les données de cette version.

## Fichiers .env (src/import/mod.rs)

# $file : le fichier ; $problem : pourquoi (un des error-io-*).
error-import-unreadable = { $file } n’a pas pu être ouvert : { $problem }.
# $file : le fichier ; $limit : la taille maximale d’un fichier .env, en octets.
error-import-too-large = { $file } dépasse les { $limit } octets que peut faire un fichier .env. Choisissez le fichier .env lui-même.
# $file : le fichier ; $what : ce qu’il est à la place (error-not-a-file-folder ou error-not-a-file-special).
error-import-not-a-file = { $file } est { $what } et non un fichier : ce ne peut donc pas être un fichier .env. Choisissez le fichier .env lui-même.
# $file : le fichier ; $encoding : l’encodage dans lequel il a été enregistré, comme UTF-16.
error-import-other-encoding = { $file } est un texte enregistré en { $encoding }, ce qui n’est jamais le cas d’un fichier .env. Ouvrez-le dans un éditeur de texte, enregistrez-le avec l’encodage « UTF-8 », puis ouvrez-le de nouveau.
# $file : le fichier.
error-import-binary = { $file } n’est pas un fichier texte (il contient des données binaires) : ce n’est donc pas un fichier .env.
# $file : le fichier.
error-import-not-utf8 = { $file } n’est pas un texte UTF-8. Enregistrez-le en UTF-8 dans votre éditeur, puis réessayez.
# $name : le nom d’une variable, comme OPENAI_API_KEY.
error-env-repeated = { $name } est défini plusieurs fois ; c’est la dernière valeur qui compte, comme dans un shell.
# $line : l’endroit de la ligne (un des error-env-line-*, avec son article : « la ligne 3 »).
error-env-unclosed-quote = Un guillemet ouvert sur { $line } n’est jamais refermé : cette ligne et les suivantes n’ont donc pas pu être lues.
# $line : l’endroit de la ligne (un des error-env-line-*, avec son article : « la ligne 3 »).
error-env-not-name-value = Key Doctor a ignoré { $line } : ce n’est pas une ligne de la forme NOM=valeur.
error-env-unreadable = Une partie du texte n’a pas pu être lue.
# $name : le nom d’une variable ; $reason : pourquoi sa valeur ne peut pas être une clé (error-key-*).
error-env-not-listed = { $name } n’apparaît pas dans la liste. { $reason }
# $name : le nom d’une variable, comme AZURE_OPENAI_API_KEY.
error-env-not-openai = { $name } ne contient ni clé OpenAI, ni clé d’un autre fournisseur connu de Key Doctor : il n’apparaît donc pas dans la liste.
error-env-other-providers-key = { $name } porte le nom d’une clé d’un autre fournisseur, mais contient une clé { $provider } : elle apparaît dans la liste comme clé { $provider }.
error-env-fits-several = { $name } contient une clé qui pourrait appartenir à plusieurs fournisseurs ({ $providers }) : elle apparaît dans la liste comme celle du premier ; choisissez-en un autre si ce n’est pas le bon.
# $name : le nom d’une variable ; $note : ce qui a été retiré de sa valeur (error-key-*-removed).
error-env-cleaned = { $name } : { $note }
# $name : le nom du fichier, comme .env ; $repository : le dossier du dépôt git.
error-env-git-not-ignored = { $name } se trouve dans le dépôt git { $repository } et git ne l’ignore pas : la clé pourrait se retrouver dans un commit et être publiée. Ajoutez { $name } au fichier .gitignore.
# $name : le nom du fichier, comme .env ; $repository : le dossier du dépôt git.
error-env-git-repository = { $name } se trouve dans un dépôt git ({ $repository }). Vérifiez que le fichier .gitignore le mentionne, pour que la clé ne se retrouve jamais dans un commit.
# L’endroit d’une ligne, avec son article : $number : son numéro ; $name : la variable qu’elle définit.
error-env-line-named = la ligne { $number } ({ $name })
# $number : le numéro de la ligne.
error-env-line = la ligne { $number }
# $name : la variable que la ligne définit.
error-env-line-of = la ligne qui définit { $name }
error-env-line-unknown = une ligne

## La connexion à OpenAI (src/openai/error.rs). Propositions : un diagnostic dit « Key Doctor n’a pas pu
## joindre OpenAI : … », « La réponse ne venait pas d’OpenAI (…) ».

# $host : le nom du serveur, comme api.openai.com.
error-api-dns = le serveur { $host } est introuvable (la recherche de son nom a échoué)
# $host : le nom du serveur.
error-api-connection-refused = { $host } a refusé la connexion
# $host : le nom du serveur.
error-api-tls = la connexion sécurisée à { $host } a échoué
# Une autorisation qui n’a pas été vérifiée parce qu’une requête précédente a rencontré un problème de réseau.
error-api-not-sent = non vérifiée : même problème de réseau
# $host : le nom du serveur ; $seconds : le temps d’attente de Key Doctor, écrit en chiffres ; $count : le même nombre, pour le pluriel.
error-api-timeout = { $host } n’a pas répondu en { $count ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
# $host : le nom du serveur.
error-api-connection-reset = la connexion à { $host } a été réinitialisée avant l’arrivée de la réponse
error-api-not-json-web-page = une page web au lieu de la réponse d’OpenAI
error-api-not-json-text = du texte brut au lieu de la réponse d’OpenAI
error-api-not-json-broken = une réponse illisible
error-api-not-json-other = autre chose que la réponse d’OpenAI
error-api-truncated = la réponse a été coupée avant d’être complète
# $limit : la taille maximale d’une réponse que Key Doctor lit, en octets.
error-api-too-large = la réponse dépassait la limite de { $limit } octets
# $message : le message d’OpenAI lui-même, en anglais, tel qu’OpenAI l’envoie.
error-api-openai-said = OpenAI a répondu : { $message }
error-api-unexpected-status = le serveur a répondu par une erreur, mais sans le message d’OpenAI
error-api-bad-shape = la réponse n’avait pas la forme attendue
error-api-transport = une erreur de réseau a interrompu la requête
error-proxy-needs-login = le proxy a demandé un nom d’utilisateur et un mot de passe
error-proxy-refused = le proxy a refusé d’ouvrir l’accès à OpenAI
error-proxy-unreachable = le proxy est injoignable
# $host : le nom du serveur.
error-certificate-untrusted = le certificat présenté pour { $host } n’est signé par aucune autorité reconnue par cet ordinateur
# $host : le nom du serveur.
error-certificate-expired = le certificat présenté pour { $host } a expiré
# $host : le nom du serveur.
error-certificate-not-yet-valid = le certificat présenté pour { $host } n’est pas encore valide
# $host : le nom du serveur.
error-certificate-wrong-name = le certificat présenté pour { $host } a été établi pour un autre nom
# $host : le nom du serveur.
error-certificate-revoked = le certificat présenté pour { $host } a été révoqué
# $host : le nom du serveur.
error-certificate-other = le certificat présenté pour { $host } a été refusé

## L’adresse OpenAI (src/openai/client.rs). Propositions, après « L’adresse OpenAI ne peut pas être utilisée : ».

# $url : l’adresse telle qu’elle a été donnée.
error-address-invalid = « { $url } » n’est pas une adresse web
# $url : l’adresse telle qu’elle a été donnée ; $scheme : son début à la place, comme ftp.
error-address-scheme = « { $url } » commence par { $scheme }:// au lieu de https://
# $url : l’adresse telle qu’elle a été donnée.
error-address-insecure = « { $url } » n’utilise pas HTTPS : votre clé circulerait sans protection ; utilisez l’adresse qui commence par https://
# $url : l’adresse telle qu’elle a été donnée, sans l’identifiant de connexion.
error-address-has-login = « { $url } » contient un nom d’utilisateur ou un mot de passe avant le @ ; Key Doctor envoie lui-même votre clé : retirez cette partie

## Fenêtres de choix de fichier (src/dialogs.rs) : le nom du type de fichier proposé

error-dialog-filter-csv = Tableau CSV
error-dialog-filter-json = Fichier JSON
