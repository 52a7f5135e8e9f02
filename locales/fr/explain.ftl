## Expliquer une erreur (src/gui/views/explain.rs, src/gui/explain.rs)

explain-title = Expliquer une erreur
explain-paste-title = Collez l’erreur
explain-paste-explained = Collez le message affiché par votre extension, votre script ou votre application, par exemple « You have insufficient permissions for this operation. Missing scopes: model.request ». Rien n’est envoyé nulle part.
# Affiché dans le champ vide.
explain-paste-hint = Collez l’erreur ici
# Le bouton qui explique le texte collé.
explain-explain = Expliquer
explain-clear = Effacer
explain-nothing-pasted = Rien n’a encore été collé. Copiez l’erreur affichée par votre extension, votre site ou votre application, collez-la ci-dessus, puis cliquez sur « Expliquer ».
# Un bouton qui colle dans le champ ce que la personne a copié.
explain-paste-from-clipboard = Coller ce que vous avez copié
explain-check-keys-instead = Vérifier plutôt vos clés
# $name : le nom d’une clé enregistrée que l’erreur mentionne.
explain-check-named-key = Vérifier « { $name } » maintenant
explain-add-this-key = Ajouter cette clé à Key Doctor
explain-add-new-key = Ajouter une nouvelle clé
explain-copy-host-message = Copier un message pour votre hébergeur
explain-check-your-keys = Vérifier vos clés
# Détails techniques, pour un développeur ou l’hébergeur. $code : un code comme missing_scopes.
explain-detail-verdict-code = Code du diagnostic : { $code }
# $status : un code d’état HTTP comme 401.
explain-detail-http-status = Code HTTP : { $status }
# $cause : un code de panne réseau, comme dns.
explain-detail-cause = Cause : { $cause }
# $code : le code d’OpenAI lui-même, comme insufficient_quota.
explain-detail-openai-code = Code OpenAI : { $code }
# $scopes : les codes d’autorisation d’OpenAI, comme model.request.
explain-detail-missing-scopes = Scopes manquants : { $scopes }
# Un message que la personne envoie à son hébergeur (copié dans le presse-papiers). $error : l’erreur affichée par son site ; $meaning : ce qu’elle signifie, en une phrase.
explain-host-message =
    Bonjour,

    Mon site n’arrive pas à joindre l’API d’OpenAI (api.openai.com). Il affiche cette erreur :

    { $error }

    Ce que cela signifie : { $meaning }

    Merci d’avance pour votre aide.
