## Other providers than OpenAI: their verdicts, fix buttons, facts and what a free check can tell.
## $provider is the provider's own name (Anthropic, Google Gemini, OpenRouter, Groq, Mistral,
## Azure OpenAI, xAI, DeepSeek); $cause is what went wrong on the way, in Key Doctor's words.

# Verdicts every provider shares.
provider-invalid-key = { $provider } does not accept this key: it is mistyped, was deleted, or was never active. Make a new key on { $provider }'s keys page and put it in your app.
provider-no-credit = { $provider } says the account has no credit left for this key. Add credit on { $provider }'s billing page.
provider-forbidden = { $provider } accepted this key but refused what it was asked: the key, or its account, may not do that.
provider-rate-limited = { $provider } is limiting how many requests this key may make right now.
provider-server-error = { $provider } had a problem answering. This is not your key's fault; try again in a few minutes.
provider-overloaded = { $provider } is overloaded at the moment. This is not your key's fault; try again in a few minutes.
provider-network-error = Key Doctor could not reach { $provider }: { $cause }. Check the internet connection, VPN or proxy, then try again.
provider-unexpected = The answer did not come from { $provider } as expected, so the key could not be checked. A proxy, a firewall or a wrong address may be in the way.
provider-model-not-found = { $provider } does not know the model your app asked for, or this key may not use it. Choose another model in your app's settings.
provider-region = { $provider } does not serve the country or region this request came from.
provider-endpoint-required = An Azure OpenAI key only works with its resource's address (its endpoint, such as https://your-name.openai.azure.com). Add the endpoint to this key, then check again: both are on the resource's "Keys and Endpoint" page in the Azure portal.
provider-address-unusable = The address set for { $provider } cannot be used (only https:// addresses are allowed, except on this computer). Correct it, then check again.
provider-base-url-refused = The address for { $provider } in { $source } cannot be used: { $problem }

# Fix buttons.
provider-fix-keys = Open { $provider }'s keys page
provider-fix-billing = Open { $provider }'s billing page
provider-fix-limits = Open { $provider }'s limits page
provider-fix-countries = See the supported countries
provider-fix-enable-api = Switch on the Gemini API
provider-fix-credentials = Open Google Cloud credentials
provider-fix-deployments = Open Azure AI Foundry
provider-fix-deprecations = See which models replace it
provider-fix-network-help = Open Azure's network help
provider-fix-quota = Ask Azure for more quota

# Facts a free check read.
provider-fact-balance = Balance: { $amount } { $currency }.
provider-fact-key-limit = Spending cap of this key: { $remaining } left of { $limit } (resets: { $reset }).
provider-fact-spent = Spent with this key so far: { $amount }.
provider-fact-expires = This key expires on { $date }.

# Anthropic.
provider-anthropic-works = This Anthropic key works. Anthropic does not tell whether you have credit until a request is made: if your app says your credit balance is too low, add credit on the Billing page.
provider-anthropic-no-credit = Your Anthropic credit balance is too low. Add credit on the Billing page; if you already did, check that this key belongs to the organization you paid for.
provider-anthropic-org-disabled = Anthropic has disabled the organization this key belongs to. If your Claude account works, this key may be an old one from another organization: make a new key in the Console.
provider-anthropic-login-token = This is a Claude subscription login token, not an API key: apps and plugins cannot use it. Make an API key in Anthropic's Console (it starts with sk-ant-api03-) and put that in your app.
provider-anthropic-rate-limited = Anthropic is limiting this organization's requests right now (its rate limit per minute). Higher limits come with more spending; the Limits page shows yours.
provider-anthropic-can-tell = Whether the key is accepted; an Admin key is checked on the organization's key list.
provider-anthropic-cannot-tell = Whether there is credit left (Anthropic only says so when a request is made) and the rate limits.

# Google Gemini.
provider-gemini-works = This Gemini key works. Google does not tell a free check whether the project pays or uses the free tier: if your app says the quota is exceeded, set up billing for the project in AI Studio.
provider-gemini-retired-key = Google no longer accepts keys of this older kind (they start with AIza) for Gemini. Make a new key in Google AI Studio and put it in your app.
provider-gemini-standard-key = Google still accepted this key, but keys of this older kind (they start with AIza) are being retired for Gemini. Make a new key in Google AI Studio and replace this one before it stops working.
provider-gemini-leaked = Google blocked this key because it was found in public (for example on a website or in shared code). Make a new key in Google AI Studio and keep it private.
provider-gemini-expired = This Gemini key has expired. Make a new key in Google AI Studio and put it in your app.
provider-gemini-not-enabled = The Gemini API is not switched on for this key's Google Cloud project. Switch it on, wait a few minutes, then check again.
provider-gemini-blocked = This Google key is restricted to other Google services, not Gemini. Allow the Gemini (Generative Language) API in the key's restrictions, or make a new key in Google AI Studio.
provider-gemini-suspended = Google has suspended this key or its project. Make a new key in Google AI Studio; if that fails too, contact Google's support.
provider-gemini-prepay = The prepaid credit of this Gemini project is used up. Add credit to the project in AI Studio.
provider-gemini-no-free-quota = This model has no free quota: the project needs billing before it can use it. Set up billing for the project in AI Studio.
provider-gemini-free-tier = This project is on Gemini's free tier and has used its quota for now. Wait, or set up billing in AI Studio for higher limits.
provider-gemini-can-tell = Whether the key is accepted, of the kind Google still takes, and allowed to use the Gemini API.
provider-gemini-cannot-tell = Free tier or paid, prepaid credit, and rate limits (only an error from your app shows them).

# OpenRouter.
provider-openrouter-works = This OpenRouter key works. Your account's balance is only shown to a management key: if your app says credits are insufficient, add credits on the Credits page.
provider-openrouter-key-limit = This key has reached the spending cap set on it. Raise the key's limit on OpenRouter's keys page, or use another key.
provider-openrouter-never-bought = This OpenRouter account has never bought credits. Check that the key belongs to the right account, then buy credits on the Credits page.
provider-openrouter-no-credit = This OpenRouter account does not have enough credits for this request. Add credits on the Credits page.
provider-openrouter-free-daily = This account has used its free-model requests for today. Adding at least 10 credits raises the daily limit.
provider-openrouter-fact-free-tier = This account has never bought credits, so free models are limited to 50 requests a day.
provider-openrouter-fact-paid = This account has bought credits.
provider-openrouter-can-tell = Whether the key is accepted, the spending cap set on the key and what is left of it, and whether the account ever bought credits.
provider-openrouter-cannot-tell = The account's credit balance (only a management key can read it).

# Groq.
provider-groq-works = This Groq key works. Groq bills afterwards, so a free check cannot see what you spend; the rate limits it read are below.
provider-groq-fact-free-plan = This organization is on Groq's free plan.
provider-groq-fact-paid-plan = This organization is on a paid Groq plan.
provider-groq-restricted = Groq has restricted this organization. Contact Groq's support if you think this is a mistake.
provider-groq-blocked = The network in front of Groq blocked this request (this can happen from some countries, VPNs or shared servers). Try from another network, or ask your host.
provider-groq-decommissioned = Groq no longer offers the model your app asked for. Choose a newer model in your app's settings.
provider-groq-rate-limited = This Groq organization reached its rate limit. Wait, or upgrade to the Developer tier on the billing page for higher limits.
provider-groq-can-tell = Whether the key is accepted, free or paid plan, and the rate limits.
provider-groq-cannot-tell = What you spend (Groq bills afterwards).

# Mistral.
provider-mistral-works = This Mistral key works. A free check cannot see your plan's spending: if your app says a limit is reached, see the Billing page.
provider-mistral-invalid = Mistral does not accept this key: it is mistyped, was deleted, or its workspace has no active plan yet. Choose a plan in Mistral's console, or make a new key.
provider-mistral-can-tell = Whether the key is accepted.
provider-mistral-cannot-tell = The plan, spending and rate limits.

# Azure OpenAI.
provider-azure-works = This Azure OpenAI key works with this endpoint. A free check cannot see your deployments or their quota: if your app says a deployment is missing or over its limit, open Azure AI Foundry.
provider-azure-invalid = Azure does not accept this key at this endpoint: the key is wrong, or the endpoint is another resource's. Copy both again from the resource's "Keys and Endpoint" page in the Azure portal.
provider-azure-firewall = This Azure resource's network rules do not let this computer in. Allow this network in the resource's Networking settings, or ask whoever manages the resource.
provider-azure-deployment = Azure has no deployment of the name your app uses. Check the deployment name in Azure AI Foundry (a new deployment can take five minutes to appear).
provider-azure-daily = This Azure resource used its daily quota or its trial credit. Wait until tomorrow, or upgrade to pay-as-you-go.
provider-azure-rate-limited = This Azure deployment is over its rate limit for now. Ask Azure for more quota, or wait a minute.
provider-azure-not-found = Azure does not know the address your app uses: the endpoint or the API version is wrong. Copy the endpoint again from the Azure portal.
provider-azure-can-tell = Whether the key and endpoint work together.
provider-azure-cannot-tell = Deployments, their quota, and billing.

# xAI.
provider-xai-works = This xAI key works. Your credits are only shown with a management key: if your app says your team used all available credits, add credits or raise the spending limit in xAI's console.
provider-xai-no-credit = This xAI team has used all its credits or reached its monthly spending limit. Add credits or raise the limit in xAI's console.
provider-xai-key-disabled = This xAI key is disabled or blocked. Switch it on again in xAI's console, or make a new key.
provider-xai-team-blocked = xAI has blocked the team this key belongs to. Contact xAI's support from the console.
provider-xai-fact-acls = This key may only use: { $acls }.
provider-xai-can-tell = Whether the key is accepted, disabled or blocked, and which models it may use.
provider-xai-cannot-tell = Credits and spending (only a management key can read them).

# DeepSeek.
provider-deepseek-works = This DeepSeek key works and its account has a balance to spend.
provider-deepseek-no-balance = This DeepSeek account has no balance it can spend on API calls. Top up on DeepSeek's platform.
provider-deepseek-can-tell = Whether the key is accepted, and the account's balance.
provider-deepseek-cannot-tell = The rate limits.

# OpenAI (for the table of what each free check can tell).
provider-openai-can-tell = Whether the key is accepted, each permission, the organization and project, the rate limits and the tier.
provider-openai-cannot-tell = Credit left (an Admin key reads what was spent) and whether the organization is verified.

# Titles of a verdict (lists and badges) where the code's own title names OpenAI.
provider-title-network-error = Could not reach { $provider }
provider-title-server-error = { $provider } had a problem

# "Copy report" lines for another provider's key.
provider-report-code = { $provider } code: { $sub_code }
provider-report-said = { $provider } said: { $message }

# OpenRouter facts added after review.
provider-fact-key-limit-once = Spending cap of this key: { $remaining } left of { $limit } (it does not reset).
provider-openrouter-fact-management-key = This is a management key: it manages keys and reads the account's balance, but apps cannot call models with it.
