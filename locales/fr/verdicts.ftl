## Titres des diagnostics, courts, pour les listes et les badges (src/checks/verdict.rs)

verdict-title-ok = Fonctionne
verdict-title-invalid-key = Clé refusée
verdict-title-missing-scopes = Autorisations manquantes
verdict-title-no-quota = Plus de crédit ou limite atteinte
verdict-title-rate-limited = Limite de débit atteinte
verdict-title-wrong-organization = Mauvaise organisation
verdict-title-wrong-project = Mauvais projet
verdict-title-no-organization = Aucune organisation
verdict-title-model-access = Pas d’accès au modèle
verdict-title-verification-required = Organisation non vérifiée
verdict-title-region-blocked = Pays non pris en charge
verdict-title-ip-not-allowed = Adresse IP non autorisée
verdict-title-access-terminated = Accès supprimé par OpenAI
verdict-title-admin-key-required = Clé Admin nécessaire
verdict-title-network-error = OpenAI injoignable
verdict-title-server-error = Problème chez OpenAI
verdict-title-unexpected-response = Réponse inattendue

## Boutons de correction sous un diagnostic : chacun ouvre une page de platform.openai.com (src/checks/verdict.rs)

verdict-fix-billing = Ouvrir la facturation
verdict-fix-organization-limits = Ouvrir les limites de l’organisation
verdict-fix-project-limits = Ouvrir les limites du projet
verdict-fix-organization-settings = Ouvrir les paramètres de l’organisation
verdict-fix-api-keys = Ouvrir la page des clés API
verdict-fix-key-settings = Ouvrir les paramètres de la clé
verdict-fix-admin-keys = Ouvrir la page des clés Admin
verdict-fix-supported-countries = Voir les pays pris en charge
verdict-fix-ip-allowlist = Ouvrir la liste des adresses IP autorisées
verdict-fix-status-page = Ouvrir la page d’état d’OpenAI

## Phrases de diagnostic : la phrase qui dit ce qui ne va pas et ce qui le corrige (src/checks/verdict.rs)
## « Model capabilities », « Request », « Responses », « Usage », « Read » sont les noms de l’écran des
## autorisations de clé d’OpenAI (en anglais uniquement) : ils restent en anglais, suivis d’une traduction.

verdict-ok = Cette clé fonctionne : elle peut appeler les modèles, et toutes les autorisations vérifiées par Key Doctor sont accordées.
verdict-ok-admin-key = Cette clé Admin fonctionne : elle peut lire la consommation, les coûts et les projets de l’organisation.
verdict-invalid-key = OpenAI n’accepte pas cette clé : elle est mal saisie, ou elle a été révoquée ou supprimée. Créez une nouvelle clé et utilisez-la à la place.
verdict-invalid-key-no-key-sent = Votre application n’a envoyé aucune clé API : son réglage de clé API est vide, ou la clé ne lui est pas parvenue. Collez votre clé dans le réglage de clé API de l’application ou de l’extension.
# $scopes : les autorisations manquantes, déjà réunies en liste (« Files (fichiers) en écriture et Evals (évaluations) en lecture »).
verdict-missing-scopes = Cette clé est restreinte : elle ne peut pas utiliser { $scopes }. Ouvrez les paramètres de la clé et autorisez ce dont votre application a besoin.
verdict-missing-scopes-model-request = Cette clé est restreinte et ne peut pas appeler les modèles. Ouvrez les paramètres de la clé et réglez « Model capabilities » (capacités des modèles) sur « Request » (requête).
verdict-missing-scopes-admin-without-usage = Cette clé Admin ne peut pas lire la consommation ni les coûts. Créez une clé Admin en lecture seule, ou réglez « Usage » (consommation) sur « Read » (lecture) pour celle-ci.
verdict-missing-scopes-none-named = Il manque à cette clé une autorisation pour ce qui a été demandé. Ouvrez les paramètres de la clé et vérifiez ses autorisations.
verdict-no-quota = Votre organisation a épuisé son quota : ajoutez du crédit ou relevez sa limite sur la page « Billing » (Facturation).
verdict-no-quota-no-credit = Votre organisation n’a plus de crédit. Ajoutez-en sur la page « Billing » (Facturation) ; les requêtes fonctionneront de nouveau quelques minutes après.
verdict-no-quota-organization-spend-limit = Votre organisation a atteint le plafond de dépenses qu’elle s’était fixé. Relevez-le sur la page « Limits » (Limites).
verdict-no-quota-project-spend-limit = Le projet de cette clé a atteint son plafond de dépenses. Relevez le plafond du projet sur sa page « Limits » (Limites).
verdict-no-quota-organization-usage-limit = Votre organisation a atteint la limite d’utilisation de son niveau (« Usage tier »). Relevez-la sur la page « Limits » (Limites), ou attendez le mois prochain.
verdict-no-quota-billing-not-active = La facturation de votre compte n’est pas active. Ajoutez un moyen de paiement sur la page « Billing » (Facturation).
verdict-rate-limited = Cette clé fonctionne, mais elle dépasse en ce moment sa limite de débit : trop de requêtes ou de tokens par minute. Attendez une minute et réessayez, ou consultez les limites de votre niveau d’utilisation.
verdict-rate-limited-request-too-large = Cette requête dépasse à elle seule la limite de tokens par minute de votre niveau d’utilisation : elle ne peut pas passer telle quelle. Allégez-la (texte plus court, moins de documents à la fois), ou passez à un niveau supérieur.
verdict-wrong-organization = L’organisation envoyée avec cette clé (OPENAI_ORG_ID, ou le réglage « organisation » de votre application) n’est pas celle de la clé. Supprimez ce réglage, ou indiquez-y l’organisation de la clé.
verdict-wrong-project = Le projet envoyé avec cette clé (OPENAI_PROJECT_ID, ou le réglage « projet » de votre application) n’est pas celui de la clé. Supprimez ce réglage, ou utilisez une clé de ce projet.
verdict-no-organization = Votre compte OpenAI n’est membre d’aucune organisation : ses clés ne peuvent donc pas servir. Créez une organisation, ou demandez une invitation pour en rejoindre une.
# $model : le nom du modèle tel que l’erreur le donne (« gpt-4o »), ou verdict-this-model.
verdict-model-access = Le projet de cette clé ne peut pas utiliser { $model }. Un propriétaire peut autoriser le modèle sur la page « Limits » (Limites) du projet.
# $model : le nom du modèle tel que l’erreur le donne (« gpt-4o »), ou verdict-this-model.
verdict-model-access-unknown-model = OpenAI ne connaît pas { $model } pour cette clé : le nom est peut-être mal saisi, le modèle a pu être retiré, ou le projet n’a pas le droit de l’utiliser. Vérifiez le modèle réglé dans votre application ou extension ; si le nom est correct, un propriétaire peut l’autoriser sur la page « Limits » (Limites) du projet.
# Dit à la place du nom d’un modèle quand l’erreur n’en nomme aucun.
verdict-this-model = ce modèle
# $model : le nom du modèle tel que l’erreur le donne (« gpt-image-1 »), ou verdict-this-model.
verdict-verification-required = Votre organisation doit être vérifiée pour utiliser { $model }. Lancez la vérification sur la page « General » (Général) des paramètres de l’organisation ; l’accès est ouvert environ 15 minutes après.
verdict-region-blocked = OpenAI ne fournit pas son service dans le pays ou la région d’où vient cette requête : la clé ne peut donc pas être utilisée d’ici.
verdict-ip-not-allowed = L’adresse IP de cet ordinateur ne figure pas dans la liste « IP allowlist » (adresses IP autorisées) de votre organisation. Un propriétaire peut l’y ajouter, sur la page de cette liste.
verdict-access-terminated = OpenAI a mis fin à l’accès de ce compte. Seul le support d’OpenAI peut vous aider : cherchez son e-mail dans votre messagerie.
verdict-admin-key-required = Pour lire la consommation et les coûts, il faut une clé Admin. Un propriétaire de l’organisation peut créer une clé Admin en lecture seule.
# $kind : le type de la clé utilisée : project, service_account, user_without_project,
# legacy_user ou unknown (un texte qui ne ressemble pas à une clé OpenAI).
verdict-admin-key-required-other-kind = Pour lire la consommation et les coûts, il faut une clé Admin ; { $kind ->
    [project] celle-ci est une clé de projet
    [service_account] celle-ci est une clé de compte de service
    [user_without_project] celle-ci est une clé d’utilisateur (sans projet)
    [legacy_user] celle-ci est une ancienne clé d’utilisateur
   *[unknown] ce texte ne ressemble pas à une clé OpenAI
  }. Un propriétaire de l’organisation peut créer une clé Admin en lecture seule.
verdict-server-error = OpenAI a eu un problème pour répondre. Votre clé n’y est pour rien ; réessayez dans quelques minutes.

## Phrases de diagnostic : cet ordinateur n’a pas pu joindre OpenAI (src/checks/verdict.rs)

verdict-network-error = Key Doctor n’a pas pu joindre OpenAI. Vérifiez la connexion Internet, le VPN ou le proxy, puis réessayez.
# $cause : ce qui n’a pas marché, en mots (« api.openai.com a refusé la connexion »).
verdict-network-error-cause = Key Doctor n’a pas pu joindre OpenAI : { $cause }. Vérifiez la connexion Internet, le VPN ou le proxy, puis réessayez.
verdict-network-intercepted = Un élément de votre réseau (souvent le pare-feu de l’entreprise ou un antivirus) lit les connexions sécurisées et présente son propre certificat à la place de celui d’OpenAI : Key Doctor s’est donc arrêté. Demandez à votre service informatique de laisser passer api.openai.com, ou d’installer son certificat sur cet ordinateur.
verdict-network-certificate-expired = Le certificat présenté pour OpenAI a expiré, ou l’horloge de cet ordinateur n’est pas à l’heure. Vérifiez la date et l’heure de cet ordinateur ; si elles sont justes, un élément de votre réseau présente un ancien certificat : demandez à votre service informatique.
verdict-network-clock-behind = L’horloge de cet ordinateur retarde : le certificat d’OpenAI ne semble donc pas encore valide. Réglez la date et l’heure de cet ordinateur, puis relancez la vérification.
verdict-network-wrong-name = Le certificat présenté a été établi pour un autre nom que celui d’OpenAI : un élément de votre réseau répond à la place d’OpenAI, ou l’adresse OpenAI indiquée dans les Paramètres est fausse. Vérifiez l’adresse, ou demandez à votre service informatique.
verdict-network-certificate-revoked = Le certificat présenté pour OpenAI a été révoqué par son émetteur, donc Key Doctor s’est arrêté : quelque chose sur votre réseau présente peut-être un certificat ancien ou volé. Demandez à votre service informatique ; un essai depuis un autre réseau montre si c’est celui-ci.
# $cause : ce qui n’a pas marché, en mots (« api.openai.com a refusé la connexion »).
verdict-network-refused = Key Doctor n’a pas pu joindre OpenAI : { $cause }. Un pare-feu sur cet ordinateur ou sur ce réseau bloque peut-être api.openai.com, ou l’adresse OpenAI est fausse. Demandez à votre service informatique si api.openai.com est bloqué, ou vérifiez l’adresse dans les Paramètres.
# $cause : ce qui n’a pas marché, en mots (« la connexion à api.openai.com a été réinitialisée »).
verdict-network-reset = Key Doctor n’a pas pu joindre OpenAI : { $cause }. Un élément de votre réseau a coupé la connexion, comme le fait un pare-feu avec un site qu’il bloque. Réessayez ; si cela se reproduit, demandez à votre service informatique si api.openai.com est bloqué.
# $cause : ce qui n’a pas marché, en mots (« aucune réponse d’api.openai.com en 15 secondes »).
verdict-network-no-answer = Key Doctor n’a pas pu joindre OpenAI : { $cause }. Le réseau est très lent, ou un pare-feu bloque sans rien dire les connexions vers api.openai.com. Réessayez ; si cela se reproduit, demandez à votre service informatique si api.openai.com est bloqué.
verdict-network-proxy-login = Le proxy par lequel passe cet ordinateur a demandé un nom d’utilisateur et un mot de passe, et n’en a reçu aucun, ou pas les bons. Demandez-les à votre service informatique, puis indiquez-les dans le réglage du proxy (sous la forme http://nom:motdepasse@proxy:port).
verdict-network-proxy-refused = Le proxy par lequel passe cet ordinateur a refusé d’ouvrir l’accès à api.openai.com. Demandez à votre service informatique de laisser passer api.openai.com par le proxy.
verdict-network-proxy-unreachable = Le proxy réglé sur cet ordinateur est injoignable : rien n’a pu sortir. Vérifiez le réglage du proxy (HTTPS_PROXY), ou demandez à votre service informatique quel proxy utiliser.
verdict-network-certificate = La connexion sécurisée à OpenAI a été refusée à cause du certificat présenté : un élément de votre réseau ne se comporte pas comme il le devrait. Demandez à votre service informatique si quelque chose inspecte les connexions sécurisées.

## Phrases de diagnostic : le serveur d’un site n’a pas pu joindre OpenAI, d’après une erreur collée (src/checks/verdict.rs)
## Les phrases entre guillemets sont à envoyer par la personne à son hébergeur.

verdict-host-dns = Le serveur de votre site ou de votre application n’arrive pas à trouver api.openai.com : la requête n’est donc jamais arrivée chez OpenAI, et la clé n’est pas en cause. Demandez à votre hébergeur : « Pouvez-vous vérifier que mon serveur arrive à résoudre api.openai.com (DNS) ? »
verdict-host-blocked = Le serveur de votre site ou de votre application n’a pas pu se connecter à OpenAI : en général, c’est le pare-feu de l’hébergeur qui bloque les connexions sortantes ; la clé n’est pas en cause. Demandez à votre hébergeur : « Pouvez-vous autoriser les connexions HTTPS sortantes de mon site vers api.openai.com sur le port 443 ? »
verdict-host-timeout = Le serveur de votre site ou de votre application a attendu OpenAI trop longtemps et a abandonné ; la clé n’est pas en cause. Réessayez : les longues réponses prennent du temps. Si cela se reproduit, augmentez le délai d’attente (timeout) de l’extension, ou demandez à votre hébergeur de laisser 60 secondes aux requêtes sortantes vers api.openai.com.
verdict-host-cut = La connexion à OpenAI a été coupée ou fermée avant l’arrivée d’une réponse ; la clé n’est pas en cause. Réessayez. Si cela se reproduit, demandez à votre hébergeur : « Un pare-feu, un proxy ou un filtre de sécurité coupe-t-il les connexions de mon site vers api.openai.com ? »
verdict-host-proxy = Un proxy entre votre serveur et OpenAI n’a pas laissé passer la requête : il lui faut des réglages ou des identifiants. Indiquez l’adresse, l’utilisateur et le mot de passe du proxy là où votre application ou votre serveur demande un proxy, ou demandez à votre hébergeur quel proxy utiliser.
verdict-host-certificates = Le serveur de votre site ou de votre application ne fait pas confiance au certificat de sécurité d’OpenAI : sa liste de certificats de confiance est périmée, ou quelque chose sur le trajet remplace le certificat. Demandez à votre hébergeur : « Pouvez-vous mettre à jour les certificats CA (ca-certificates ou cacert.pem) de mon serveur ? »
verdict-host-clock = L’horloge du serveur de votre site ou de votre application n’est pas à l’heure : le certificat de sécurité d’OpenAI ne semble donc pas encore valide. Demandez à votre hébergeur de remettre l’horloge du serveur à l’heure (NTP).
verdict-host-old-tls = Le serveur de votre site ou de votre application utilise un chiffrement trop ancien pour OpenAI, qui exige TLS 1.2 ou plus récent. Demandez à votre hébergeur de mettre à jour OpenSSL et cURL, ou de passer votre site à une version actuelle de PHP.
verdict-host-unclear = La connexion de votre serveur à OpenAI a échoué, mais ce message ne dit pas pourquoi ; la clé n’est pas en cause. La raison se trouve dans les lignes qui le suivent : collez ici l’erreur en entier. Ou demandez à votre hébergeur : « Mon site n’a pas pu se connecter à api.openai.com sur le port 443. Vos journaux montrent-ils une connexion sortante bloquée ou en échec ? »
verdict-host-firewall-page = Une page web est arrivée à la place de la réponse d’OpenAI : un pare-feu a bloqué la requête. Si la page mentionne Cloudflare, c’est le pare-feu d’OpenAI qui a refusé l’adresse de votre serveur : demandez une autre adresse sortante à votre hébergeur. Si elle mentionne votre hébergeur (ModSecurity, Forbidden, Not Acceptable), demandez-lui d’autoriser les requêtes vers api.openai.com.

## Phrases de diagnostic : autre chose qu’OpenAI a répondu (src/checks/verdict.rs)

verdict-unexpected-response = La réponse ne venait pas d’OpenAI : la clé n’a donc pas pu être vérifiée. Un proxy, un pare-feu ou une mauvaise adresse OpenAI (base URL) fait peut-être obstacle.
# $cause : ce qui est arrivé à la place, en mots (« une page web au lieu de JSON (HTTP 200) »).
verdict-unexpected-response-cause = La réponse ne venait pas d’OpenAI ({ $cause }) : la clé n’a donc pas pu être vérifiée. Un proxy, un pare-feu ou une mauvaise adresse OpenAI (base URL) fait peut-être obstacle.
verdict-unexpected-web-page = Une page web a répondu à la place d’OpenAI, comme le fait un proxy ou la page de connexion du réseau d’un hôtel, d’un aéroport ou d’un bureau. Ouvrez une page web quelconque dans votre navigateur et connectez-vous au réseau, puis relancez la vérification ; s’il n’y a aucune connexion à faire, interrogez votre service informatique au sujet du proxy.
verdict-unexpected-session-key-required = Votre application a demandé à OpenAI des chiffres de facturation que seul le site web d’OpenAI affiche : aucune clé API ne peut les lire. La clé n’est pas en cause : mettez à jour l’application ou l’extension, ou consultez ces chiffres sur la page « Billing » (Facturation).

## Si réessayer aide, dit après chaque phrase de diagnostic sauf celle d’une clé qui fonctionne (src/checks/verdict.rs)

verdict-retry-helps = Réessayer dans une minute peut suffire.
verdict-retry-will-not-help = Réessayer ne servira à rien tant que ce n’est pas corrigé.

## Phrases dites à la place de celle du diagnostic (src/checks/runner.rs, src/checks/explain.rs)

# La clé peut utiliser Responses mais pas Model capabilities : le piège de l’écran des autorisations de clé d’OpenAI.
verdict-responses-trap = Cette clé est restreinte et ne peut pas appeler les modèles. Ouvrez les paramètres de la clé et réglez « Model capabilities » (capacités des modèles) sur « Request » (requête) : cocher « Responses » seul ne suffit pas. Réessayer ne servira à rien tant que ce n’est pas corrigé.
# Expliquer une erreur : rien n’a été reconnu dans le texte collé. La page Clés a un bouton Vérifier par clé.
verdict-explain-not-recognised = Key Doctor ne reconnaît pas dans ce message un problème de clé OpenAI, ni de connexion à OpenAI. Pour savoir si la clé elle-même fonctionne, vérifiez-la sur la page « Clés » : la vérification est gratuite.
verdict-explain-empty = Il n’y a rien à expliquer : collez d’abord le texte de l’erreur.

## Remarques sous un diagnostic (src/checks/verdict.rs, src/checks/runner.rs, src/checks/explain.rs)

verdict-note-role = Si la clé le permet déjà, c’est peut-être votre rôle qui ne suffit pas : dans l’organisation, il faut être « Writer » (rédacteur) ou « Owner » (propriétaire), et dans le projet « Member » (membre) ou « Owner ». Un propriétaire peut changer les rôles sur la page « Members » (Membres).
verdict-note-contains-key = Ce texte contient une clé API complète. Key Doctor ne l’a ni gardée ni affichée, mais toute personne qui voit ce texte peut utiliser la clé : ne le publiez nulle part.
# $permission : le nom d’une autorisation (verdict-permission-*) ; $level : son niveau (verdict-level-*).
verdict-note-first-failed = La première vérification en échec : { $permission }, niveau « { $level } ».
verdict-note-cannot-know-verification = Une vérification gratuite ne permet pas de savoir si votre organisation est vérifiée, ce que certains modèles exigent (comme gpt-image-1 et o3). La page « General » (Général) des paramètres de l’organisation l’indique : platform.openai.com/settings/organization/general.
# $unanswered et $total : des nombres de vérifications d’autorisations.
verdict-note-unanswered = { $unanswered ->
    [one] { $unanswered } des { $total } vérifications d’autorisations n’a reçu aucune réponse exploitable (problème de réseau ou de serveur) ; sa ligne indique « { verdict-status-error } ».
   *[other] { $unanswered } des { $total } vérifications d’autorisations n’ont reçu aucune réponse exploitable (problème de réseau ou de serveur) ; leurs lignes indiquent « { verdict-status-error } ».
  }
verdict-note-ipv6-silent = OpenAI n’a pas répondu en IPv6, la voie de connexion la plus récente ; Key Doctor est donc passé par IPv4, qui fonctionne. Les applications de ce réseau peuvent rester bloquées ou échouer de la même façon : demandez à votre service informatique ou à votre hébergeur de vérifier l’IPv6 vers api.openai.com.

## Autorisations, telles que les nomme l’écran des autorisations de clé d’OpenAI (src/checks/probes.rs)
## Cet écran n’existe qu’en anglais : le nom anglais reste, suivi d’une traduction entre parenthèses.
## « Clé », « Quota et accès aux modèles » et « Administration de l’organisation » sont des lignes de Key Doctor.

verdict-permission-key = Clé
verdict-permission-models = Models (modèles)
verdict-permission-model-capabilities = Model capabilities (capacités des modèles)
verdict-permission-quota = Quota et accès aux modèles
verdict-permission-responses = Responses (réponses)
verdict-permission-assistants = Assistants
verdict-permission-threads = Threads (fils de discussion)
verdict-permission-files = Files (fichiers)
verdict-permission-fine-tuning = Fine-tuning (ajustement des modèles)
verdict-permission-batches = Batches (lots)
verdict-permission-vector-stores = Vector stores (bases vectorielles)
verdict-permission-evals = Evals (évaluations)
verdict-permission-usage = Usage (consommation)
verdict-permission-organization = Administration de l’organisation
# Les niveaux du tableau des autorisations.
verdict-level-valid = Valide
verdict-level-read = Lecture
verdict-level-write = Écriture
verdict-level-request = Requête

## Autorisations manquantes dans une phrase : « Files (fichiers) en écriture et Evals (évaluations) en lecture » (src/checks/verdict.rs)

# Les niveaux dans une phrase.
verdict-scope-level-read = lecture
verdict-scope-level-write = écriture
verdict-scope-level-request = requête
# $permission : le nom d’une autorisation (verdict-permission-*) ; $levels : ses niveaux, réunis (verdict-list-*).
verdict-scope-with-levels = { $permission } en { $levels }
# Listes de mots, construites depuis la gauche : $first est la liste jusque-là, $next et $last l’élément ajouté.
verdict-list-comma = { $first }, { $next }
verdict-list-and = { $first } et { $last }
# Autorisations nommées par OpenAI que Key Doctor ne sait pas nommer (leurs noms bruts sont dans les détails).
# $count : combien.
verdict-scopes-more = { $count ->
    [one] une autre autorisation
   *[other] { $count } autres autorisations
  }
# $count : combien.
verdict-scopes-unnamed = { $count ->
    [one] une autorisation dont Key Doctor ne connaît pas le nom
   *[other] { $count } autorisations dont Key Doctor ne connaît pas le nom
  }

## La colonne d’état du tableau des autorisations et ses remarques (src/checks/report.rs)

verdict-status-granted = Accordée
verdict-status-missing = Manquante
verdict-status-unknown = Inconnue
verdict-status-error = Vérification impossible
# Une autorisation non vérifiée, parce que la première requête a déjà échoué sur le réseau.

## Ce que la vérification a trouvé à côté du diagnostic (src/checks/report.rs)

# $tier : le numéro du niveau d’utilisation.
verdict-tier = Niveau { $tier } (déduit des limites de débit)
verdict-tier-free = Niveau gratuit (déduit des limites de débit)
# $name : le nom de l’organisation ; $id : son identifiant (org-…).
verdict-organization = { $name } ({ $id })
# $name : le nom de l’organisation ; $id : son identifiant (org-…) ; $role : le rôle de la personne tel qu’OpenAI le nomme (owner, reader).
verdict-organization-with-role = { $name } ({ $id }), votre rôle : { $role }
verdict-organization-untitled = sans nom

## « Copier le rapport » : texte brut pour la personne qui aide ; la clé n’y figure jamais (src/checks/report.rs)

# $checked_at : date et heure de la vérification.
verdict-report-title = Rapport Key Doctor ({ $checked_at })
# $kind : le type de clé en mots ; $redacted : le début et les quatre derniers caractères de la clé ; $source : sa provenance.
verdict-report-key = Clé : { $kind } { $redacted } (provenance : { $source })
# $title : le titre du diagnostic ; $code : son code en JSON (no_quota).
verdict-report-verdict = Diagnostic : { $title } [{ $code }]
# $url : l’adresse de la page qui corrige.
verdict-report-fix = Pour corriger : { $url }
# $note : une remarque sous le diagnostic.
verdict-report-note = Remarque : { $note }
# $sub_code : le code d’erreur d’OpenAI (insufficient_quota).
verdict-report-openai-code = Code OpenAI : { $sub_code }
# $scopes : les noms OpenAI des autorisations manquantes (model.request).
verdict-report-missing-scopes = Scopes manquants : { $scopes }
# $message : le message d’erreur d’OpenAI, tel quel.
verdict-report-openai-said = Message d’OpenAI : { $message }
verdict-report-permissions = Autorisations :
# $permission, $level : les noms de la ligne ; $status : verdict-status-*.
verdict-report-permission = { $permission } — { $level } : { $status }
# $permission, $level : les noms de la ligne ; $status : verdict-status-* ; $http_status : le statut HTTP de la réponse (403).
verdict-report-permission-with-status = { $permission } — { $level } : { $status } (HTTP { $http_status })
# $organization : verdict-organization ou verdict-organization-with-role.
verdict-report-organization = Organisation : { $organization }
# $requests et $tokens : des nombres par minute, ou « ? » s’ils sont inconnus.
verdict-report-rate-limits = Limites de débit : { $requests } requêtes/min, { $tokens } tokens/min
# $requests et $tokens : des nombres par minute, ou « ? » s’ils sont inconnus ; $tier : verdict-tier ou verdict-tier-free.
verdict-report-rate-limits-with-tier = Limites de débit : { $requests } requêtes/min, { $tokens } tokens/min ({ $tier })
# $ids : les identifiants de requête d’OpenAI, pour son support.
verdict-report-request-ids = Identifiants de requête : { $ids }
# $milliseconds : la durée de la vérification.
verdict-report-checked-in = Vérifié en { $milliseconds } ms.

## Ce qu’était une réponse qui n’est pas celle d’OpenAI, dit dans une phrase de diagnostic (src/checks/runner.rs)

# $status : le statut HTTP (301).
verdict-answer-redirect = le serveur a répondu HTTP { $status } en renvoyant Key Doctor vers une autre adresse, qui n’est pas suivie pour que la clé ne parte pas ailleurs
# $status : le statut HTTP.
verdict-answer-empty = le serveur a répondu HTTP { $status } avec une réponse vide
# $status : le statut HTTP.
verdict-answer-not-json = HTTP { $status } avec un contenu qui n’est pas le JSON d’OpenAI
# $status : le statut HTTP ; $text : le début de la réponse, tel quel.
verdict-answer-text = HTTP { $status } : { $text }
# La vérification a été arrêtée avant l’envoi de cette requête (l’application se ferme).
verdict-check-stopped = la vérification a été arrêtée

## Étapes sous un diagnostic, pour la page qu’ouvre son bouton de correction (src/checks/fix_steps.rs)
## Les noms de boutons et de champs entre guillemets sont ceux d’OpenAI (en anglais), suivis d’une traduction.

verdict-step-sign-in = Connectez-vous à platform.openai.com si le site vous le demande.
# $name : le nom de la clé dans Key Doctor.
verdict-step-key-by-name = la clé que vous appelez « { $name } »
# $last_four : les quatre derniers caractères de la clé, tels que les listes d’OpenAI les montrent ; $name : son nom dans Key Doctor.
verdict-step-key-by-last-four = la clé qui se termine par { $last_four } (Key Doctor l’appelle « { $name } »)
# $key : verdict-step-key-by-name ou verdict-step-key-by-last-four.
verdict-step-look-for-key = Cherchez { $key } dans la liste. Si elle n’y est pas, c’est qu’elle a été supprimée.
verdict-step-create-key = Cliquez sur « Create new secret key » (Créer une nouvelle clé secrète), donnez-lui un nom, choisissez le projet, puis créez-la.
verdict-step-copy-new-key = Copiez la nouvelle clé (OpenAI ne l’affiche qu’une seule fois). Ajoutez-la ici avec « Ajouter une clé », puis mettez-la dans votre application ou extension à la place de l’ancienne.
# $key : verdict-step-key-by-name ou verdict-step-key-by-last-four.
verdict-step-find-key = Trouvez { $key } dans la liste.
verdict-step-edit-key = Cliquez sur le crayon (« Edit », Modifier) au bout de sa ligne.
# $permissions : les autorisations manquantes (comme dans verdict-missing-scopes), ou verdict-step-what-app-needs.
verdict-step-allow-permissions = Sous « Permissions » (Autorisations), choisissez « All » (Toutes), ou gardez « Restricted » (Restreintes) et autorisez { $permissions }.
verdict-step-what-app-needs = ce dont votre application a besoin
verdict-step-save-key = Cliquez sur « Save » (Enregistrer). La clé reste la même : rien ne change dans votre application.
verdict-step-create-admin-key = Cliquez sur « Create new admin key » (Créer une nouvelle clé Admin) et donnez-lui un nom.
verdict-step-copy-admin-key = Copiez la nouvelle clé (OpenAI ne l’affiche qu’une seule fois) et ajoutez-la dans Key Doctor avec « Ajouter une clé ».
verdict-step-add-credit = Cliquez sur « Add to credit balance » (Ajouter au solde de crédit), ou ajoutez d’abord un moyen de paiement s’il n’y en a pas.
verdict-step-pay = Choisissez un montant et confirmez le paiement.
verdict-step-credit-arrives = Les requêtes fonctionnent de nouveau quelques minutes après l’arrivée du crédit.
verdict-step-organization-budget = Trouvez le budget mensuel de l’organisation (son plafond de dépenses).
verdict-step-raise-organization-budget = Relevez-le au-dessus de vos dépenses, puis enregistrez.
# $model : le nom du modèle (« gpt-4o »), ou verdict-step-your-model.
verdict-step-allow-model = Trouvez la liste des modèles que ce projet peut utiliser, et autorisez { $model }.
verdict-step-your-model = le modèle qu’utilise votre application
verdict-step-save-limits = Enregistrez. La clé reste la même : rien ne change dans votre application.
verdict-step-project-budget = Trouvez le budget du projet (son plafond de dépenses).
verdict-step-raise-project-budget = Relevez-le au-dessus des dépenses du projet, puis enregistrez.
verdict-step-verify = Cliquez sur « Verify Organization » (Vérifier l’organisation) et suivez les étapes (une pièce d’identité vous sera demandée).
verdict-step-verification-takes-time = La vérification peut prendre un moment ; le modèle fonctionne dès qu’elle est terminée.
verdict-step-read-organization-id = Repérez sur la page la valeur « Organization ID » (identifiant de l’organisation).
verdict-step-use-organization-id = Là où votre application ou extension demande une organisation, indiquez cet identifiant, ou laissez le champ vide.
verdict-step-allowlist-add = Ajoutez à la liste des adresses autorisées l’adresse de l’ordinateur ou du serveur où tourne votre application (son hébergeur peut vous la donner).
verdict-step-allowlist-save = Enregistrez.

## Codes ajoutés par les autres fournisseurs (leurs phrases sont dans providers.ftl).
verdict-title-retired-key-kind = Ancien type de clé
verdict-title-login-token = Pas une clé API
verdict-title-endpoint-required = Point de terminaison nécessaire
verdict-title-api-not-enabled = API non activée
verdict-retired-key-kind = Cette clé est d’un type que son fournisseur n’accepte plus. Créez une nouvelle clé et mettez-la dans votre application.
verdict-login-token = Ceci est un token de connexion, pas une clé API. Créez une clé API et mettez-la dans votre application.
verdict-endpoint-required = Cette clé ne peut être vérifiée qu’avec l’adresse de sa ressource (son point de terminaison).
verdict-api-not-enabled = L’API du fournisseur n’est pas activée pour le projet de cette clé.
