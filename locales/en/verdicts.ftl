## Verdict titles, short, for lists and badges (src/checks/verdict.rs)

verdict-title-ok = Works
verdict-title-invalid-key = Key not accepted
verdict-title-missing-scopes = Missing permissions
verdict-title-no-quota = Out of credit or over a limit
verdict-title-rate-limited = Rate limited
verdict-title-wrong-organization = Wrong organization
verdict-title-wrong-project = Wrong project
verdict-title-no-organization = No organization
verdict-title-model-access = No access to the model
verdict-title-verification-required = Organization not verified
verdict-title-region-blocked = Country not supported
verdict-title-ip-not-allowed = IP address not allowed
verdict-title-access-terminated = Access terminated
verdict-title-admin-key-required = Needs an Admin key
verdict-title-network-error = Could not reach OpenAI
verdict-title-server-error = OpenAI had a problem
verdict-title-unexpected-response = Unexpected answer

## Fix buttons under a verdict: each opens a page on platform.openai.com (src/checks/verdict.rs)

verdict-fix-billing = Open billing
verdict-fix-organization-limits = Open the organization's limits
verdict-fix-project-limits = Open the project's limits
verdict-fix-organization-settings = Open the organization settings
verdict-fix-api-keys = Open the API keys page
verdict-fix-key-settings = Open the key's settings
verdict-fix-admin-keys = Open the Admin keys page
verdict-fix-supported-countries = See the supported countries
verdict-fix-ip-allowlist = Open the IP allowlist
verdict-fix-status-page = Open OpenAI's status page

## Verdict sentences: the one sentence that says what is wrong and what fixes it (src/checks/verdict.rs)
## "Model capabilities", "Request", "Responses", "Usage: Read" are the names on OpenAI's key-permission
## screen: write them as that screen shows them in your language.

verdict-ok = This key works: it may call models, and every permission Key Doctor checked is granted.
verdict-ok-admin-key = This Admin key works: it may read usage and costs and the organization's projects.
verdict-invalid-key = OpenAI does not accept this key: it is mistyped, or it was revoked or deleted. Create a new key and use it instead.
verdict-invalid-key-no-key-sent = Your app sent no API key at all: its API key setting is empty, or the key did not reach it. Paste your key into the app's or plugin's API key setting.
# $scopes: the missing permissions in the words of OpenAI's key-permission screen, already joined
# into a list ("Files (write) and Evals (read)").
verdict-missing-scopes = This key is restricted: it may not use { $scopes }. Open the key's settings and allow what your app needs.
verdict-missing-scopes-model-request = This key is restricted and may not call models. Open the key's settings and set Model capabilities to Request.
verdict-missing-scopes-admin-without-usage = This Admin key may not read usage and costs. Create a read-only Admin key, or give this one Usage: Read.
verdict-missing-scopes-none-named = This key is missing a permission for what was asked. Open the key's settings and check its permissions.
verdict-no-quota = Your organization has run out of quota: add credit, or raise its limit, on the billing page.
verdict-no-quota-no-credit = Your organization has no credit left. Add credit on the billing page; requests work again a few minutes later.
verdict-no-quota-organization-spend-limit = Your organization reached the spend limit it set for itself. Raise the limit on the Limits page.
verdict-no-quota-project-spend-limit = This key's project reached its spend limit. Raise the project's limit on its Limits page.
verdict-no-quota-organization-usage-limit = Your organization reached the usage limit of its tier. Raise it on the Limits page, or wait for next month.
verdict-no-quota-billing-not-active = Your account's billing is not active. Add a payment method on the billing page.
verdict-rate-limited = This key works, but it is being rate limited right now: too many requests or tokens per minute. Wait a minute and try again, or see your tier's limits.
verdict-rate-limited-request-too-large = This one request is larger than the tokens-per-minute limit of your usage tier, so it cannot go through as it is. Make the request smaller (shorter text, fewer documents at once), or reach a higher tier.
verdict-wrong-organization = The organization sent with this key (OPENAI_ORG_ID, or your app's organization setting) is not the key's organization. Remove that setting, or set it to the key's organization.
verdict-wrong-project = The project sent with this key (OPENAI_PROJECT_ID, or your app's project setting) is not the key's project. Remove that setting, or use a key of that project.
verdict-no-organization = Your OpenAI account is not a member of any organization, so its keys cannot be used. Create an organization or ask to be invited to one.
# $model: the model's name as the error gave it ("gpt-4o"), or verdict-this-model.
verdict-model-access = This key's project may not use { $model }. An owner can allow the model on the project's Limits page.
# $model: the model's name as the error gave it ("gpt-4o"), or verdict-this-model.
verdict-model-access-unknown-model = OpenAI does not know the model { $model } for this key: its name may be mistyped or the model retired, or the project may not use it. Check the model your app or plugin is set to; if the name is right, an owner can allow it on the project's Limits page.
# Said in place of a model's name when the error did not name one.
verdict-this-model = this model
# $model: the model's name as the error gave it ("gpt-image-1"), or verdict-this-model.
verdict-verification-required = Your organization must be verified to use { $model }. Verify it on the organization settings page; access follows within about 15 minutes.
verdict-region-blocked = OpenAI does not serve the country or region this request came from, so the key cannot be used from here.
verdict-ip-not-allowed = This computer's IP address is not on your organization's IP allowlist. An owner can add it on the allowlist page.
verdict-access-terminated = OpenAI has terminated this account's access. Only OpenAI support can help; look for their email.
verdict-admin-key-required = Reading usage and costs needs an Admin key. An organization owner can create a read-only Admin key.
# $kind: the kind of the key that was used: project, service_account, user_without_project,
# legacy_user or unknown (a text that does not look like an OpenAI key).
verdict-admin-key-required-other-kind = Reading usage and costs needs an Admin key; { $kind ->
    [project] this is a project key
    [service_account] this is a service-account key
    [user_without_project] this is a user key (no project)
    [legacy_user] this is a legacy user key
   *[unknown] this does not look like an OpenAI key
  }. An organization owner can create a read-only Admin key.
verdict-server-error = OpenAI had a problem answering. This is not your key's fault; try again in a few minutes.

## Verdict sentences: this computer could not reach OpenAI (src/checks/verdict.rs)

verdict-network-error = Key Doctor could not reach OpenAI. Check the internet connection, VPN or proxy, then try again.
# $cause: what went wrong, in words ("api.openai.com refused the connection").
verdict-network-error-cause = Key Doctor could not reach OpenAI: { $cause }. Check the internet connection, VPN or proxy, then try again.
verdict-network-intercepted = Something on your network (often a company firewall or an antivirus) is reading secure connections and shows its own certificate instead of OpenAI's, so Key Doctor stopped. Ask your IT to let api.openai.com through, or to install its certificate on this computer.
verdict-network-certificate-expired = The certificate shown for OpenAI has expired, or this computer's clock is wrong. Check this computer's date and time; if they are right, something on your network shows an old certificate: ask your IT.
verdict-network-clock-behind = This computer's clock is behind, so OpenAI's certificate looks not valid yet. Set this computer's date and time, then check again.
verdict-network-wrong-name = The certificate shown was made for another name than OpenAI's: something on your network answers in OpenAI's place, or the OpenAI address in Settings is wrong. Check the address, or ask your IT.
verdict-network-certificate-revoked = The certificate shown for OpenAI was withdrawn by whoever issued it, so Key Doctor stopped: something on your network may be showing an old or stolen certificate. Ask your IT; trying from another network shows whether it is this one.
# $cause: what went wrong, in words ("api.openai.com refused the connection").
verdict-network-refused = Key Doctor could not reach OpenAI: { $cause }. A firewall on this computer or network may block api.openai.com, or the OpenAI address is wrong. Ask your IT whether api.openai.com is blocked, or check the address in Settings.
# $cause: what went wrong, in words ("the connection to api.openai.com was reset").
verdict-network-reset = Key Doctor could not reach OpenAI: { $cause }. Something on your network ended the connection, as a firewall does with a site it blocks. Try again; if it keeps happening, ask your IT whether api.openai.com is blocked.
# $cause: what went wrong, in words ("no answer from api.openai.com within 15 seconds").
verdict-network-no-answer = Key Doctor could not reach OpenAI: { $cause }. The network is very slow, or a firewall silently drops connections to api.openai.com. Try again; if it keeps happening, ask your IT whether api.openai.com is blocked.
verdict-network-proxy-login = The proxy this computer goes through asked for a user name and password, and got none or the wrong ones. Ask your IT for them, and put them in the proxy setting (as http://name:password@proxy:port).
verdict-network-proxy-refused = The proxy this computer goes through refused to open the way to api.openai.com. Ask your IT to let api.openai.com through the proxy.
verdict-network-proxy-unreachable = The proxy set on this computer cannot be reached, so nothing got out. Check the proxy setting (HTTPS_PROXY), or ask your IT which proxy to use.
verdict-network-certificate = The secure connection to OpenAI was refused because of the certificate shown for it: something on your network is not what it should be. Ask your IT whether something inspects secure connections.

## Verdict sentences: a site's server could not reach OpenAI, from a pasted error (src/checks/verdict.rs)
## The sentences in quotes are for the person to send to their hosting company.

verdict-host-dns = The server your site or app runs on cannot look up api.openai.com, so the request never reached OpenAI; the key is not the problem. Ask your hosting company: "Please check that my server can resolve api.openai.com (DNS)."
verdict-host-blocked = The server your site or app runs on could not connect to OpenAI: usually the host's firewall blocks outgoing connections; the key is not the problem. Ask your hosting company: "Please allow outgoing HTTPS connections from my site to api.openai.com on port 443."
verdict-host-timeout = The server your site or app runs on waited too long for OpenAI and gave up; the key is not the problem. Try again: long answers take time. If it keeps happening, raise the plugin's timeout, or ask your hosting company to let outgoing requests to api.openai.com run for 60 seconds.
verdict-host-cut = The connection to OpenAI was cut or closed before an answer came; the key is not the problem. Try again. If it keeps happening, ask your hosting company: "Is a firewall, proxy or security filter cutting connections from my site to api.openai.com?"
verdict-host-proxy = A proxy between your server and OpenAI did not let the request through: it needs settings or a login. Enter the proxy's address, user and password where your app or server asks for a proxy, or ask your hosting company which proxy to use.
verdict-host-certificates = The server your site or app runs on does not trust OpenAI's security certificate: its list of trusted certificates is out of date, or something on the way replaces the certificate. Ask your hosting company: "Please update the CA certificates (ca-certificates or cacert.pem) on my server."
verdict-host-clock = The clock of the server your site or app runs on is wrong, so OpenAI's security certificate looks not yet valid. Ask your hosting company to set the server's clock (NTP).
verdict-host-old-tls = The server your site or app runs on uses encryption too old for OpenAI, which needs TLS 1.2 or newer. Ask your hosting company to update OpenSSL and cURL, or to move your site to a current PHP version.
verdict-host-unclear = The connection from your server to OpenAI failed, but this message does not say why; the key is not the problem. The reason is in the lines below it: paste the whole error here. Or ask your hosting company: "My site could not connect to api.openai.com on port 443. Do your logs show a blocked or failed outgoing connection?"
verdict-host-firewall-page = A web page came back instead of OpenAI's answer: a firewall blocked the request. If the page names Cloudflare, OpenAI's firewall refused your server's address; ask your hosting company for another outgoing address. If it names your host (ModSecurity, Forbidden, Not Acceptable), ask your hosting company to allow requests to api.openai.com.

## Verdict sentences: something else than OpenAI answered (src/checks/verdict.rs)

verdict-unexpected-response = The answer was not OpenAI's, so the key could not be checked. A proxy, firewall or a wrong base URL may be in the way.
# $cause: what came instead, in words ("a web page instead of JSON (HTTP 200)").
verdict-unexpected-response-cause = The answer was not OpenAI's ({ $cause }), so the key could not be checked. A proxy, firewall or a wrong base URL may be in the way.
verdict-unexpected-web-page = A web page answered instead of OpenAI, as the sign-in page of a hotel, airport or office network, or a proxy, does. Open any web page in your browser and sign in to the network, then check again; if there is nothing to sign in to, ask your IT about the proxy.
verdict-unexpected-session-key-required = Your app asked OpenAI for billing figures that only the OpenAI website shows; no API key can read them. The key is not the problem: update the app or plugin, or see the figures on the billing page.

## Whether trying again helps, said after every verdict sentence but a working key's (src/checks/verdict.rs)

verdict-retry-helps = Trying again in a minute can help.
verdict-retry-will-not-help = Trying again will not help until this is fixed.

## Sentences said in place of the verdict's own (src/checks/runner.rs, src/checks/explain.rs)

# The key may use Responses but not Model capabilities: the trap of OpenAI's key-permission screen.
verdict-responses-trap = This key is restricted and may not call models. Open the key's settings and set Model capabilities to Request; ticking Responses alone is not enough. Trying again will not help until this is fixed.
# Explain an error: nothing in the pasted text was recognised. The Keys page has a Check button per key.
verdict-explain-not-recognised = Key Doctor does not recognise this message as a problem with an OpenAI key, or with reaching OpenAI. To find out whether the key itself works, check it on the Keys page: a check is free.
verdict-explain-empty = There is nothing to explain: paste the error text first.

## Notes under a verdict (src/checks/verdict.rs, src/checks/runner.rs, src/checks/explain.rs)

verdict-note-role = If the key already allows this, your role may be what is missing: in the organization you need to be a Writer or Owner, and in the project a Member or Owner. An owner can change roles on the Members page.
verdict-note-contains-key = The text holds a whole API key. Key Doctor did not keep it or show it, but anyone who sees this text can use the key: do not post it anywhere.
# $permission: a permission's name (verdict-permission-*); $level: its level (verdict-level-*).
verdict-note-first-failed = The first check that failed was { $permission } ({ $level }).
verdict-note-cannot-know-verification = A free check cannot tell whether your organization is verified, which some models need (such as gpt-image-1 and o3). The organization's General settings page shows it: platform.openai.com/settings/organization/general.
# $unanswered and $total: numbers of permission checks.
verdict-note-unanswered = { $unanswered } of the { $total } permission checks got no usable answer (network or server trouble); their rows say "{ verdict-status-error }".
# Said under a verdict when IPv6 gave no answer and IPv4 did.
verdict-note-ipv6-silent = OpenAI did not answer over IPv6, the newer way to reach it, so Key Doctor used IPv4, which works. Apps on this network may hang or fail the same way: ask your IT or hosting company to check IPv6 to api.openai.com.

## Permissions, as OpenAI's key-permission screen names them (src/checks/probes.rs)
## Write them as that screen shows them in your language.

verdict-permission-key = Key
verdict-permission-models = Models
verdict-permission-model-capabilities = Model capabilities
verdict-permission-quota = Quota and model access
verdict-permission-responses = Responses
verdict-permission-assistants = Assistants
verdict-permission-threads = Threads
verdict-permission-files = Files
verdict-permission-fine-tuning = Fine-tuning
verdict-permission-batches = Batches
verdict-permission-vector-stores = Vector stores
verdict-permission-evals = Evals
verdict-permission-usage = Usage
verdict-permission-organization = Organization administration
# The levels in the permission table.
verdict-level-valid = Valid
verdict-level-read = Read
verdict-level-write = Write
verdict-level-request = Request

## Missing permissions inside a sentence: "Files (write) and Evals (read)" (src/checks/verdict.rs)

# The levels inside a sentence.
verdict-scope-level-read = read
verdict-scope-level-write = write
verdict-scope-level-request = request
# $permission: a permission's name (verdict-permission-*); $levels: its levels, joined (verdict-list-*).
verdict-scope-with-levels = { $permission } ({ $levels })
# Lists of words, built from the left: $first is the list so far, $next and $last the item added.
verdict-list-comma = { $first }, { $next }
verdict-list-and = { $first } and { $last }
# Permissions OpenAI named that Key Doctor has no name for (their raw names are in the details).
# $count: how many.
verdict-scopes-more = { $count ->
    [one] one more permission
   *[other] { $count } more permissions
  }
# $count: how many.
verdict-scopes-unnamed = { $count ->
    [one] a permission that Key Doctor does not know by name
   *[other] { $count } permissions that Key Doctor does not know by name
  }

## The permission table's status column and notes (src/checks/report.rs)

verdict-status-granted = Granted
verdict-status-missing = Missing
verdict-status-unknown = Unknown
verdict-status-error = Could not check
# A permission not asked about, because the first request already failed on the network.

## What the check found beside the verdict (src/checks/report.rs)

# $tier: the usage tier's number.
verdict-tier = Tier { $tier } (inferred from rate limits)
verdict-tier-free = Free tier (inferred from rate limits)
# $name: the organization's name; $id: its id (org-…).
verdict-organization = { $name } ({ $id })
# $name: the organization's name; $id: its id (org-…); $role: the person's role as OpenAI names it (owner, reader).
verdict-organization-with-role = { $name } ({ $id }), your role: { $role }
verdict-organization-untitled = untitled

## "Copy report": plain text for whoever helps; the key is never in it (src/checks/report.rs)

# $checked_at: date and time of the check.
verdict-report-title = Key Doctor report ({ $checked_at })
# $kind: the key's kind in words; $redacted: the key's start and last four characters; $source: where it came from.
verdict-report-key = Key: { $kind } { $redacted } (from { $source })
# $title: the verdict's title; $code: its code in JSON (no_quota).
verdict-report-verdict = Verdict: { $title } [{ $code }]
# $url: the fix page's address.
verdict-report-fix = Fix: { $url }
# $note: one note under the verdict.
verdict-report-note = Note: { $note }
# $sub_code: OpenAI's own code for the error (insufficient_quota).
verdict-report-openai-code = OpenAI code: { $sub_code }
# $scopes: OpenAI's names of the missing permissions (model.request).
verdict-report-missing-scopes = Missing scopes: { $scopes }
# $message: OpenAI's error message, as it came.
verdict-report-openai-said = OpenAI said: { $message }
verdict-report-permissions = Permissions:
# $permission, $level: the row's names; $status: verdict-status-*.
verdict-report-permission = { $permission } — { $level }: { $status }
# $permission, $level: the row's names; $status: verdict-status-*; $http_status: the answer's HTTP status (403).
verdict-report-permission-with-status = { $permission } — { $level }: { $status } (HTTP { $http_status })
# $organization: verdict-organization or verdict-organization-with-role.
verdict-report-organization = Organization: { $organization }
# $requests and $tokens: numbers per minute, or "?" when unknown.
verdict-report-rate-limits = Rate limits: { $requests } requests/min, { $tokens } tokens/min
# $requests and $tokens: numbers per minute, or "?" when unknown; $tier: verdict-tier or verdict-tier-free.
verdict-report-rate-limits-with-tier = Rate limits: { $requests } requests/min, { $tokens } tokens/min ({ $tier })
# $ids: OpenAI's request ids, for its support.
verdict-report-request-ids = Request ids: { $ids }
# $milliseconds: how long the check took.
verdict-report-checked-in = Checked in { $milliseconds } ms.

## What an answer that is not OpenAI's was, said inside a verdict sentence (src/checks/runner.rs)

# $status: the HTTP status (301).
verdict-answer-redirect = the server answered HTTP { $status }, sending Key Doctor to another address; it is not followed, so that the key is not sent elsewhere
# $status: the HTTP status.
verdict-answer-empty = the server answered HTTP { $status } with an empty body
# $status: the HTTP status.
verdict-answer-not-json = HTTP { $status } with a body that is not OpenAI's JSON
# $status: the HTTP status; $text: the start of the answer, as it came.
verdict-answer-text = HTTP { $status }: { $text }
# The check was stopped before this request was sent (the app is closing).
verdict-check-stopped = the check was stopped

## Steps under a verdict, for the page its fix button opens (src/checks/fix_steps.rs)
## Button and field names in quotes are OpenAI's: write them as platform.openai.com shows them in your
## language.

verdict-step-sign-in = Sign in to platform.openai.com if it asks you to.
# $name: the key's name in Key Doctor.
verdict-step-key-by-name = the key you call "{ $name }"
# $last_four: the key's last four characters, as OpenAI's lists show them; $name: its name in Key Doctor.
verdict-step-key-by-last-four = the key ending in { $last_four } (Key Doctor calls it "{ $name }")
# $key: verdict-step-key-by-name or verdict-step-key-by-last-four.
verdict-step-look-for-key = Look for { $key } in the list. If it is not there, it was deleted.
verdict-step-create-key = Press "Create new secret key", give it a name, choose the project, and create it.
verdict-step-copy-new-key = Copy the new key (OpenAI shows it only once). Add it here with "Add a key", then put it into your app or plugin in place of the old one.
# $key: verdict-step-key-by-name or verdict-step-key-by-last-four.
verdict-step-find-key = Find { $key } in the list.
verdict-step-edit-key = Press the pencil (Edit) button on its row.
# $permissions: the missing permissions (as in verdict-missing-scopes), or verdict-step-what-app-needs.
verdict-step-allow-permissions = Under Permissions, choose "All", or keep "Restricted" and allow { $permissions }.
verdict-step-what-app-needs = what your app needs
verdict-step-save-key = Press Save. The key stays the same: nothing changes in your app.
verdict-step-create-admin-key = Press "Create new admin key" and give it a name.
verdict-step-copy-admin-key = Copy the new key (OpenAI shows it only once) and add it in Key Doctor with "Add a key".
verdict-step-add-credit = Press "Add to credit balance" (or add a payment method if there is none).
verdict-step-pay = Choose an amount and confirm the payment.
verdict-step-credit-arrives = Requests work again a few minutes after the credit arrives.
verdict-step-organization-budget = Find the organization's monthly budget (its spend limit).
verdict-step-raise-organization-budget = Raise it above what you spend, and save.
# $model: the model's name ("gpt-4o"), or verdict-step-your-model.
verdict-step-allow-model = Find the list of models this project may use, and allow { $model }.
verdict-step-your-model = the model your app uses
verdict-step-save-limits = Save. The key stays the same: nothing changes in your app.
verdict-step-project-budget = Find the project's budget (its spend limit).
verdict-step-raise-project-budget = Raise it above what the project spends, and save.
verdict-step-verify = Press "Verify Organization" and follow the steps (an ID document is asked for).
verdict-step-verification-takes-time = Verification can take a while; the model works once it is done.
verdict-step-read-organization-id = Read the Organization ID on the page.
verdict-step-use-organization-id = Where your app or plugin asks for an organization, use that ID, or leave the field empty.
verdict-step-allowlist-add = Add the address of the computer or server your app runs on to the allowlist (its host can tell you the address).
verdict-step-allowlist-save = Save.

## Codes other providers added (their sentences are in providers.ftl).
verdict-title-retired-key-kind = Old kind of key
verdict-title-login-token = Not an API key
verdict-title-endpoint-required = Needs its endpoint
verdict-title-api-not-enabled = API not switched on
verdict-retired-key-kind = This key is of a kind its provider no longer accepts. Make a new key and put it in your app.
verdict-login-token = This is a login token, not an API key. Make an API key and put it in your app.
verdict-endpoint-required = This key can only be checked together with its resource's address (endpoint).
verdict-api-not-enabled = The provider's API is not switched on for this key's project.
