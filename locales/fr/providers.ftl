## Les fournisseurs autres qu’OpenAI : leurs diagnostics, boutons de correction, informations, et ce qu’une vérification gratuite peut savoir.
## $provider est le nom du fournisseur lui-même (Anthropic, Google Gemini, OpenRouter, Groq, Mistral,
## Azure OpenAI, xAI, DeepSeek) ; $cause est ce qui a échoué en chemin, dans les mots de Key Doctor.

# Diagnostics communs à tous les fournisseurs.
provider-invalid-key = { $provider } n’accepte pas cette clé : elle est mal saisie, a été supprimée ou n’a jamais été active. Créez une nouvelle clé sur la page des clés de votre compte { $provider } et mettez-la dans votre application.
provider-no-credit = { $provider } indique que le compte de cette clé n’a plus de crédit. Ajoutez du crédit sur la page de facturation de votre compte { $provider }.
provider-forbidden = { $provider } a accepté cette clé mais a refusé ce qui lui était demandé : la clé, ou son compte, n’a peut-être pas le droit de le faire.
provider-rate-limited = { $provider } limite en ce moment le nombre de requêtes que cette clé peut faire.
provider-server-error = { $provider } a eu un problème pour répondre. Votre clé n’y est pour rien ; réessayez dans quelques minutes.
provider-overloaded = { $provider } est surchargé en ce moment. Votre clé n’y est pour rien ; réessayez dans quelques minutes.
provider-network-error = Key Doctor n’a pas pu joindre { $provider } : { $cause }. Vérifiez la connexion Internet, le VPN ou le proxy, puis réessayez.
provider-unexpected = La réponse n’était pas celle qu’envoie { $provider } : la clé n’a donc pas pu être vérifiée. Un proxy, un pare-feu ou une mauvaise adresse fait peut-être obstacle.
provider-model-not-found = { $provider } ne connaît pas le modèle demandé par votre application, ou cette clé n’a pas le droit de l’utiliser. Choisissez un autre modèle dans les réglages de votre application.
provider-region = { $provider } ne fournit pas son service dans le pays ou la région d’où vient cette requête.
provider-endpoint-required = Une clé Azure OpenAI ne fonctionne qu’avec l’adresse de sa ressource (son point de terminaison, par exemple https://votre-nom.openai.azure.com). Ajoutez le point de terminaison à cette clé, puis relancez la vérification : les deux se trouvent sur la page « Keys and Endpoint » (Clés et point de terminaison) de la ressource, dans le portail Azure.
provider-address-unusable = L’adresse indiquée pour { $provider } ne peut pas être utilisée (seules les adresses https:// sont acceptées, sauf sur cet ordinateur). Corrigez-la, puis relancez la vérification.
provider-base-url-refused = L’adresse pour { $provider } dans { $source } ne peut pas être utilisée : { $problem }

# Boutons de correction.
provider-fix-keys = Ouvrir la page des clés { $provider }
provider-fix-billing = Ouvrir la facturation { $provider }
provider-fix-limits = Ouvrir les limites { $provider }
provider-fix-countries = Voir les pays pris en charge
provider-fix-enable-api = Activer l’API Gemini
provider-fix-credentials = Ouvrir les identifiants Google Cloud
provider-fix-deployments = Ouvrir Azure AI Foundry
provider-fix-deprecations = Voir les modèles qui le remplacent
provider-fix-network-help = Ouvrir l’aide réseau d’Azure
provider-fix-quota = Demander plus de quota à Azure

# Informations lues par une vérification gratuite.
provider-fact-balance = Solde : { $amount } { $currency }.
# $reset : la fréquence à laquelle le plafond repart de zéro, telle qu’OpenRouter l’indique (daily, weekly, monthly ou never).
provider-fact-key-limit = Plafond de dépenses de cette clé : il reste { $remaining } sur { $limit } ({ $reset ->
        [daily] remis à zéro chaque jour
        [weekly] remis à zéro chaque semaine
        [monthly] remis à zéro chaque mois
        [never] jamais remis à zéro
       *[other] remise à zéro : { $reset }
    }).
provider-fact-spent = Dépensé avec cette clé jusqu’ici : { $amount }.
provider-fact-expires = Cette clé expire le { $date }.

# Anthropic.
provider-anthropic-works = Cette clé Anthropic fonctionne. Anthropic n’indique s’il vous reste du crédit qu’au moment d’une requête : si votre application dit que votre solde de crédit est trop bas, ajoutez du crédit sur la page « Billing » (Facturation).
provider-anthropic-no-credit = Votre solde de crédit chez Anthropic est trop bas. Ajoutez du crédit sur la page « Billing » (Facturation) ; si c’est déjà fait, vérifiez que cette clé appartient bien à l’organisation pour laquelle vous avez payé.
provider-anthropic-org-disabled = Anthropic a désactivé l’organisation à laquelle appartient cette clé. Si votre compte Claude fonctionne, cette clé est peut-être une ancienne clé d’une autre organisation : créez une nouvelle clé dans la console d’Anthropic.
provider-anthropic-login-token = Ceci est un token de connexion d’un abonnement Claude, pas une clé API : les applications et les extensions ne peuvent pas l’utiliser. Créez une clé API dans la console d’Anthropic (elle commence par sk-ant-api03-) et mettez-la dans votre application.
provider-anthropic-rate-limited = Anthropic limite en ce moment les requêtes de cette organisation (sa limite de débit par minute). Des limites plus hautes viennent avec davantage de dépenses ; la page « Limits » (Limites) indique les vôtres.
provider-anthropic-can-tell = Si la clé est acceptée ; une clé Admin est vérifiée sur la liste des clés de l’organisation.
provider-anthropic-cannot-tell = S’il reste du crédit (Anthropic ne le dit qu’au moment d’une requête) et les limites de débit.

# Google Gemini.
provider-gemini-works = Cette clé Gemini fonctionne. Google n’indique pas à une vérification gratuite si le projet paie ou utilise le niveau gratuit : si votre application dit que le quota est dépassé, configurez la facturation du projet dans AI Studio.
provider-gemini-retired-key = Google n’accepte plus pour Gemini les clés de cet ancien type (elles commencent par AIza). Créez une nouvelle clé dans Google AI Studio et mettez-la dans votre application.
provider-gemini-standard-key = Google a encore accepté cette clé, mais les clés de cet ancien type (elles commencent par AIza) sont en cours de retrait pour Gemini. Créez une nouvelle clé dans Google AI Studio et remplacez celle-ci avant qu’elle ne cesse de fonctionner.
provider-gemini-leaked = Google a bloqué cette clé parce qu’elle a été trouvée en public (par exemple sur un site web ou dans du code partagé). Créez une nouvelle clé dans Google AI Studio et gardez-la privée.
provider-gemini-expired = Cette clé Gemini a expiré. Créez une nouvelle clé dans Google AI Studio et mettez-la dans votre application.
provider-gemini-not-enabled = L’API Gemini n’est pas activée pour le projet Google Cloud de cette clé. Activez-la, attendez quelques minutes, puis relancez la vérification.
provider-gemini-blocked = Cette clé Google est limitée à d’autres services Google, pas à Gemini. Autorisez l’API Gemini (Generative Language API) dans les restrictions de la clé, ou créez une nouvelle clé dans Google AI Studio.
provider-gemini-suspended = Google a suspendu cette clé ou son projet. Créez une nouvelle clé dans Google AI Studio ; si cela échoue aussi, contactez l’assistance de Google.
provider-gemini-prepay = Le crédit prépayé de ce projet Gemini est épuisé. Ajoutez du crédit au projet dans AI Studio.
provider-gemini-no-free-quota = Ce modèle n’a pas de quota gratuit : le projet doit avoir la facturation activée pour pouvoir l’utiliser. Configurez la facturation du projet dans AI Studio.
provider-gemini-free-tier = Ce projet est au niveau gratuit de Gemini et a épuisé son quota pour le moment. Attendez, ou configurez la facturation dans AI Studio pour avoir des limites plus hautes.
provider-gemini-can-tell = Si la clé est acceptée, d’un type que Google prend encore, et autorisée à utiliser l’API Gemini.
provider-gemini-cannot-tell = Niveau gratuit ou payant, crédit prépayé et limites de débit (seule une erreur de votre application les montre).

# OpenRouter.
provider-openrouter-works = Cette clé OpenRouter fonctionne. Le solde de votre compte n’est visible qu’avec une clé de gestion : si votre application dit que les crédits sont insuffisants, ajoutez des crédits sur la page « Credits » (Crédits).
provider-openrouter-key-limit = Cette clé a atteint le plafond de dépenses fixé pour elle. Relevez le plafond de la clé sur la page des clés d’OpenRouter, ou utilisez une autre clé.
provider-openrouter-never-bought = Ce compte OpenRouter n’a jamais acheté de crédits. Vérifiez que la clé appartient au bon compte, puis achetez des crédits sur la page « Credits » (Crédits).
provider-openrouter-no-credit = Ce compte OpenRouter n’a pas assez de crédits pour cette requête. Ajoutez des crédits sur la page « Credits » (Crédits).
provider-openrouter-free-daily = Ce compte a utilisé ses requêtes aux modèles gratuits pour aujourd’hui. Ajouter au moins 10 crédits relève la limite quotidienne.
provider-openrouter-fact-free-tier = Ce compte n’a jamais acheté de crédits : les modèles gratuits sont donc limités à 50 requêtes par jour.
provider-openrouter-fact-paid = Ce compte a déjà acheté des crédits.
provider-openrouter-can-tell = Si la clé est acceptée, le plafond de dépenses fixé sur la clé et ce qu’il en reste, et si le compte a déjà acheté des crédits.
provider-openrouter-cannot-tell = Le solde de crédits du compte (seule une clé de gestion peut le lire).

# Groq.
provider-groq-works = Cette clé Groq fonctionne. Groq facture après coup : une vérification gratuite ne peut donc pas voir vos dépenses ; les limites de débit lues sont ci-dessous.
provider-groq-fact-free-plan = Cette organisation a l’offre gratuite de Groq.
provider-groq-fact-paid-plan = Cette organisation a une offre payante de Groq.
provider-groq-restricted = Groq a restreint cette organisation. Contactez l’assistance de Groq si vous pensez que c’est une erreur.
provider-groq-blocked = Le réseau placé devant Groq a bloqué cette requête (cela peut arriver depuis certains pays, VPN ou serveurs partagés). Essayez depuis un autre réseau, ou demandez à votre hébergeur.
provider-groq-decommissioned = Groq ne propose plus le modèle demandé par votre application. Choisissez un modèle plus récent dans les réglages de votre application.
provider-groq-rate-limited = Cette organisation Groq a atteint sa limite de débit. Attendez, ou passez au niveau « Developer » sur la page de facturation pour avoir des limites plus hautes.
provider-groq-can-tell = Si la clé est acceptée, offre gratuite ou payante, et les limites de débit.
provider-groq-cannot-tell = Vos dépenses (Groq facture après coup).

# Mistral.
provider-mistral-works = Cette clé Mistral fonctionne. Une vérification gratuite ne peut pas voir les dépenses de votre offre : si votre application dit qu’une limite est atteinte, consultez la page « Billing » (Facturation).
provider-mistral-invalid = Mistral n’accepte pas cette clé : elle est mal saisie, a été supprimée, ou son espace de travail n’a pas encore d’offre active. Choisissez une offre dans la console de Mistral, ou créez une nouvelle clé.
provider-mistral-can-tell = Si la clé est acceptée.
provider-mistral-cannot-tell = L’offre, les dépenses et les limites de débit.

# Azure OpenAI.
provider-azure-works = Cette clé Azure OpenAI fonctionne avec ce point de terminaison. Une vérification gratuite ne peut pas voir vos déploiements ni leur quota : si votre application dit qu’un déploiement manque ou dépasse sa limite, ouvrez Azure AI Foundry.
provider-azure-invalid = Azure n’accepte pas cette clé à ce point de terminaison : la clé est fausse, ou le point de terminaison est celui d’une autre ressource. Copiez de nouveau les deux depuis la page « Keys and Endpoint » (Clés et point de terminaison) de la ressource, dans le portail Azure.
provider-azure-firewall = Les règles réseau de cette ressource Azure ne laissent pas entrer cet ordinateur. Autorisez ce réseau dans les paramètres « Networking » (Mise en réseau) de la ressource, ou demandez à la personne qui gère la ressource.
provider-azure-deployment = Azure n’a aucun déploiement du nom utilisé par votre application. Vérifiez le nom du déploiement dans Azure AI Foundry (un nouveau déploiement peut mettre cinq minutes à apparaître).
provider-azure-daily = Cette ressource Azure a utilisé son quota quotidien ou son crédit d’essai. Attendez demain, ou passez au paiement à l’utilisation.
provider-azure-rate-limited = Ce déploiement Azure dépasse sa limite de débit pour le moment. Demandez plus de quota à Azure, ou attendez une minute.
provider-azure-not-found = Azure ne connaît pas l’adresse utilisée par votre application : le point de terminaison ou la version de l’API est faux. Copiez de nouveau le point de terminaison depuis le portail Azure.
provider-azure-can-tell = Si la clé et le point de terminaison fonctionnent ensemble.
provider-azure-cannot-tell = Les déploiements, leur quota et la facturation.

# xAI.
provider-xai-works = Cette clé xAI fonctionne. Vos crédits ne sont visibles qu’avec une clé de gestion : si votre application dit que votre équipe a utilisé tous les crédits disponibles, ajoutez des crédits ou relevez le plafond de dépenses dans la console de xAI.
provider-xai-no-credit = Cette équipe xAI a utilisé tous ses crédits ou atteint son plafond de dépenses mensuel. Ajoutez des crédits ou relevez le plafond dans la console de xAI.
provider-xai-key-disabled = Cette clé xAI est désactivée ou bloquée. Réactivez-la dans la console de xAI, ou créez une nouvelle clé.
provider-xai-team-blocked = xAI a bloqué l’équipe à laquelle appartient cette clé. Contactez l’assistance de xAI depuis la console.
provider-xai-fact-acls = Cette clé ne peut utiliser que : { $acls }.
provider-xai-can-tell = Si la clé est acceptée, désactivée ou bloquée, et quels modèles elle peut utiliser.
provider-xai-cannot-tell = Les crédits et les dépenses (seule une clé de gestion peut les lire).

# DeepSeek.
provider-deepseek-works = Cette clé DeepSeek fonctionne et son compte a un solde à dépenser.
provider-deepseek-no-balance = Ce compte DeepSeek n’a pas de solde utilisable pour des appels à l’API. Rechargez-le sur la plateforme de DeepSeek.
provider-deepseek-can-tell = Si la clé est acceptée, et le solde du compte.
provider-deepseek-cannot-tell = Les limites de débit.

# OpenAI (pour le tableau de ce que chaque vérification gratuite peut savoir).
provider-openai-can-tell = Si la clé est acceptée, chaque autorisation, l’organisation et le projet, les limites de débit et le niveau d’utilisation.
provider-openai-cannot-tell = Le crédit restant (une clé Admin lit ce qui a été dépensé) et si l’organisation est vérifiée.

# Titres d’un diagnostic (listes et badges) là où le titre propre du code nomme OpenAI.
provider-title-network-error = { $provider } injoignable
provider-title-server-error = Problème chez { $provider }

# Lignes de « Copier le rapport » pour la clé d’un autre fournisseur.
provider-report-code = Code { $provider } : { $sub_code }
provider-report-said = { $provider } a répondu : { $message }

# Informations OpenRouter ajoutées après la relecture.
provider-fact-key-limit-once = Plafond de dépenses de cette clé : il reste { $remaining } sur { $limit } (il ne se renouvelle pas).
provider-openrouter-fact-management-key = C’est une clé de gestion : elle gère les clés et lit le solde du compte, mais les applications ne peuvent pas utiliser de modèles avec elle.
