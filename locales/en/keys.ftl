## Keys page: header and toolbar (src/gui/views/keys.rs)

keys-title = Your keys
keys-open-env-file = Open a .env file
keys-paste-env-text = Paste .env text
keys-check-all = Check all
# While Check all runs; $done and $total are numbers of keys.
keys-check-all-progress = Checked { $done } of { $total }
keys-stop-checking = Stop checking
keys-cancel = Cancel

## Keys page: no keychain (src/gui/views/keys.rs)

keys-no-keychain-title = The keychain could not be opened
keys-no-keychain = Key Doctor could not open this computer's keychain, where it keeps keys safely. You can keep keys for this session only, or open Key Doctor again after signing in to your desktop.
keys-keychain-locked = Your keychain is locked or refused access. Unlock it (sign in to your desktop or open your keychain app), then open Key Doctor again. Or keep keys for this session only.
keys-keep-for-session = Keep keys for this session only

## Keys page: opening a .env file by its path (src/gui/views/keys.rs)

keys-path-title = Open a .env file by its path
keys-path-explained = No file was opened. Type or paste the file's path here (~ is your home folder), drop the file onto this window, or paste its text with "{ keys-paste-env-text }".
keys-path-label = Path of the .env file
keys-open-this-file = Open this file

## Keys page: pasting the text of a .env file (src/gui/views/keys.rs)

keys-paste-title = Paste the text of a .env file
keys-paste-explained = Key Doctor reads the OpenAI settings in it; nothing is sent anywhere.
keys-paste-keyboard = Ctrl+Enter reads the text; Esc closes this.
keys-read-pasted-text = Read the pasted text

## Keys page: welcome card, shown while no key is stored (src/gui/views/keys.rs)

keys-welcome-title = Welcome to Key Doctor
keys-welcome-intro = Key Doctor tells you, in one sentence, why an OpenAI API key does not work and which page on platform.openai.com fixes it.
keys-welcome-kept-in-keychain = Your keys are kept in your system's keychain, never in a plain file.
keys-welcome-kept-for-session = Keys you add now are kept only until you close Key Doctor.
keys-welcome-open-file = Or open the .env file your app or developer gave you (you can also drop it onto this window):
keys-welcome-demo-loading = Demo mode: the sample keys are loading.
keys-welcome-try-demo = To look around first, try Key Doctor with sample keys. Nothing is sent to OpenAI, and you need no key of your own.

## Keys page: the form to add a key (src/gui/views/keys.rs)

keys-add-a-key = Add a key
keys-api-key = API key
keys-name-optional = Name (optional)
# An example name, shown in the empty name field.
keys-name-example = Website chatbot
keys-storing = Storing the key…
keys-add-key = Add key
# Under the form: where a key added now is kept. $place is "keychain" or "session".
keys-add-kept = { $place ->
    [keychain] Stored in your system keychain.
   *[session] Kept only until you close Key Doctor.
  }
keys-open-api-keys-page = Open the API keys page
# The text typed as a key does not look like any OpenAI key.
keys-not-a-key = This is not an OpenAI API key. A key is one long word that starts with sk-proj-, sk-svcacct- or sk-admin- (older keys: sk-). Copy it from the API keys page on platform.openai.com, or from the settings of the app it was made for.
# $reason: Key Doctor's sentence about what went wrong (the keychain, the list of keys).
keys-not-stored = The key was not stored. { $reason }
# A key that fits several providers' keys: the person chooses whose it is.
keys-which-service = Which service is this key for?
# The field for an Azure OpenAI key's endpoint (its resource's address).
keys-endpoint = Endpoint
keys-endpoint-why = An Azure OpenAI key works only with its resource's endpoint: both are on the resource's "Keys and Endpoint" page in the Azure portal.
keys-endpoint-needed = Enter the endpoint of this key's Azure OpenAI resource (such as https://your-resource.openai.azure.com): the key cannot be checked without it.
# $problem: why the address typed cannot be used.
keys-endpoint-refused = This endpoint cannot be used: { $problem }

## Keys page: the list of keys (src/gui/views/keys.rs)

keys-status-checking = Checking…
keys-status-missing = Missing from the keychain
keys-status-not-checked = Not checked yet
# $verdict: the title of the last check's verdict, such as "Works".
keys-status-last-check = Last check: { $verdict }
# After Check all; $count keys of $total need attention.
keys-need-attention = { $count ->
    [one] { $count } of { $total } keys needs attention.
   *[other] { $count } of { $total } keys need attention.
  }
keys-show-all = Show all keys
keys-find = Find a key
keys-find-hint = name, kind or file
keys-needs-attention-only = Needs attention only
# Beside the list of providers whose keys are shown.
keys-provider-filter = Provider
keys-all-providers = All providers
keys-group-project = Project keys
keys-group-service-account = Service-account keys
keys-group-user = User keys (no project)
keys-group-legacy-user = Legacy user keys
keys-group-admin = Admin keys
keys-group-other = Other keys
# The search finds nothing; $words: what was typed in the search field.
keys-no-match = No key matches "{ $words }". Change the words, or clear the search to see every key.
keys-clear-search = Clear the search
# "Needs attention only" is on and every key works.
keys-none-need-attention = No key needs attention now.

## Keys page: the selected key (src/gui/views/keys.rs)

keys-select-a-key = Select a key on the left.
keys-missing-title = The key is missing
keys-missing = Your keychain no longer holds this key (it may have been removed there). Add the key again, or delete this entry.
keys-add-again = Add the key again
keys-not-checked-yet = Press Check to find out whether this key works. It costs nothing: no tokens are used.
keys-works-now = This key works now — your app or plugin can use it.
keys-fix-steps-title = What to do on that page
keys-sent-with-key = Key Doctor sends the organization and project that came with this key. Stop sending them to check the key on its own; then change the same setting in your app.
keys-stop-sending = Stop sending them and check again
keys-new-key-next = When you have the new key, add it here, then put it into your app or plugin.
keys-add-new-key = Add the new key
keys-changed-check-again = I've changed it — check again
# $minutes: how long Key Doctor checked the key again after its fix page was opened.
keys-fix-loop-gave-up = { $minutes ->
    [one] Key Doctor stopped checking after { $minutes } minute. Press Check once you have changed it.
   *[other] Key Doctor stopped checking after { $minutes } minutes. Press Check once you have changed it.
  }
# $seconds: how often the key is checked again; $minutes: for how long.
keys-fix-loop-still-failing = Still not working. OpenAI can take some minutes to apply a change; Key Doctor checks again { $seconds ->
    [one] every second
   *[other] every { $seconds } seconds
  } for up to { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  } while this window is open.
# $seconds: how often the key is checked again; $minutes: for how long.
keys-fix-loop-checking = Key Doctor checks this key again { $seconds ->
    [one] every second
   *[other] every { $seconds } seconds
  } for up to { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  } while this window is open. It costs nothing.
keys-new-name = New name
keys-save = Save
# $kind: the kind of key ("Project key"); $redacted: the key with most of it hidden; $source: where it came from.
keys-facts = { $kind } · { $redacted } · from { $source }
# A key pasted into Key Doctor; $kind: the kind of key; $redacted: the key with most of it hidden.
keys-facts-pasted = { $kind } · { $redacted } · pasted into Key Doctor
# $amount: money, already written for the language.
keys-spend = { $amount }, as the Usage view shows.
# $project: the project's id, as the .env file named it.
keys-project = Project: { $project }
# $endpoint: the address of the Azure OpenAI resource the key is checked at.
keys-endpoint-of-key = Endpoint: { $endpoint }
# $address: the address another provider is reached at for this key (a proxy, from its .env file).
keys-address-of-key = Address: { $address }
keys-check = Check
keys-copy-report = Copy report
keys-copy-key = Copy key
keys-copy-key-hover = Copies the full key to the clipboard
keys-rename = Rename
keys-delete = Delete
# The button that hides a revealed key; $seconds: the seconds left before it hides itself.
keys-hide = Hide ({ $seconds } s)
keys-reveal = Reveal
keys-reveal-hover = Shows the full key for a few seconds

## Keys page: deleting a key (src/gui/views/keys.rs)

# $name: the key's name.
keys-delete-title = Delete "{ $name }"?
# $place is "keychain" or "session".
keys-delete-forgets = { $place ->
    [keychain] Key Doctor will forget this key and remove it from your system keychain.
   *[session] Key Doctor will forget this key (it was kept only for this session).
  }
keys-delete-no-copy = OpenAI never shows the full key again: unless you have another copy, it cannot be brought back.
keys-delete-still-works = Deleting it here does not stop it: the key keeps working at OpenAI until you revoke it on the API keys page.
# $provider: the provider's name, such as Anthropic.
keys-delete-no-copy-of = { $provider } may not show the full key again: unless you have another copy, it cannot be brought back.
# $provider: the provider's name, such as Anthropic.
keys-delete-still-works-of = Deleting it here does not stop it: the key keeps working at { $provider } until you delete it on { $provider }'s keys page.
keys-delete-undo = You can undo this for a few seconds.
keys-delete-confirm = Delete the key
keys-keep-it = Keep it

## Keys page: what the check found (src/gui/views/keys.rs)

keys-permissions = Permissions
keys-for-a-developer = For a developer
keys-copy-lines = Copy these lines
# $count: how many checks the history holds.
keys-history = History of checks ({ $count })
# One check in the history; $date and $time: when; $verdict: its title, such as "Works".
keys-history-line = { $date }, { $time } — { $verdict }
# $organization: the organization's name and id.
keys-organization = Organization: { $organization }
# $projects: the projects' names, joined by commas.
keys-projects = Projects: { $projects }
# $tier: OpenAI's usage tier, such as "tier-1".
keys-usage-tier = Usage tier: { $tier }
# $requests and $tokens: numbers, already written for the language ("?" when unknown).
keys-rate-limits = Rate limits: { $requests } requests and { $tokens } tokens per minute
# Another provider's limits, over periods it sets itself; $provider: its name; $requests and $tokens: numbers ("?" when unknown).
keys-rate-limits-of = Rate limits { $provider } gave: { $requests } requests and { $tokens } tokens.
# Instead of the permission table, for another provider's key (its sentences are in providers.ftl).
keys-reach-can-tell = What a free check can tell
keys-reach-cannot-tell = What it cannot tell
# A verdict's title for another provider's key; $provider: its name, such as Anthropic.
keys-title-network-error-of = Could not reach { $provider }
keys-title-server-error-of = { $provider } had a problem

## Keys page: the lines "For a developer" (src/gui/keys.rs)

keys-fact-verdict-code = Verdict code
keys-fact-http-status = HTTP status
keys-fact-openai-code = OpenAI code
keys-fact-missing-scopes = Missing scopes
keys-fact-openai-said = OpenAI said
# Another provider's own code and words; $provider: its name.
keys-fact-provider-code = { $provider } code
keys-fact-provider-said = { $provider } said
keys-fact-request-ids = Request ids
keys-fact-checked-in = Checked in
# $milliseconds: how long the check took.
keys-fact-milliseconds = { $milliseconds } ms

## Keys page: notices (src/gui/keys.rs)

keys-full-key-copied = The full key was copied to the clipboard. Paste it only where it belongs.
# After Check all found no problem; $count: how many keys were checked.
keys-all-work = { $count ->
    [one] The key works.
   *[other] All { $count } keys work.
  }
keys-kept-for-session = Keys are kept for this session only: they are forgotten when Key Doctor closes.
keys-developer-details-copied = The developer's details were copied.
# $done and $total: numbers of keys.
keys-check-stopped = { $total ->
    [one] Checking stopped after { $done } of { $total } key.
   *[other] Checking stopped after { $done } of { $total } keys.
  }
keys-report-copied = The report was copied. It shows only part of the key, so you can send it to whoever helps you.
# $name: the key's name; $place is "keychain" or "session".
keys-deleted = { $place ->
    [keychain] "{ $name }" was deleted. It leaves your system keychain when the Undo button is gone.
   *[session] "{ $name }" was deleted. You can bring it back while the Undo button shows.
  }
# $name: the key's name.
keys-back = "{ $name }" is back.
# $name: the key's name; $reason: Key Doctor's sentence about what went wrong.
keys-not-deleted = "{ $name }" was not deleted. { $reason }
# $name: the key's name; $place is "keychain" or "session".
keys-put-back = { $place ->
    [keychain] "{ $name }" was missing from your system keychain; the key was put back.
   *[session] "{ $name }" was missing from this session's keys; the key was put back.
  }
# $name: the key's name; $kind: its kind ("Project key"); $place is "keychain" or "session".
keys-stored = { $place ->
    [keychain] "{ $name }" ({ $kind }) was stored in your system keychain.
   *[session] "{ $name }" ({ $kind }) is kept until you close Key Doctor.
  }

## Import preview (src/gui/import_preview.rs, src/gui/views/import.rs)

# Where the keys of an import came from, when they were pasted.
keys-import-pasted-text = the pasted text
# The name a key from pasted text is stored under; $variable: its name in the text, such as OPENAI_API_KEY.
keys-import-label-pasted = { $variable } from the pasted text
# The name a key from a file is stored under; $variable: its name in the file; $file: the file's folder and name.
keys-import-label-file = { $variable } in { $file }
# $origin: the file's folder and name, or "the pasted text".
keys-import-title = Import from { $origin }
# $place is "keychain" or "session".
keys-import-tick = { $place ->
    [keychain] Tick the keys to keep in your system keychain.
   *[session] Tick the keys to keep until you close Key Doctor.
  }
keys-import-pasted-not-kept = The pasted text is not kept.
keys-import-file-never-changed = The file itself is never changed.
# $count: how many keys are ticked.
keys-import-store = { $count ->
    [one] Store { $count } key
   *[other] Store { $count } keys
  }
keys-import-check-every = Check every key
# $name: the name the key will be stored under.
keys-import-store-as = Store it as "{ $name }"
# $redacted: the key with most of it hidden; $name: the name of the stored key it equals.
keys-import-already-stored = { $redacted } (already stored as "{ $name }")
# $variable: the key's name in the file, such as OPENAI_API_KEY.
keys-import-check-one = Check { $variable }
keys-import-not-ticked = Not ticked: tick it to store it anyway.
# $origin: the file's folder and name, or "the pasted text".
keys-import-nothing-found = No OpenAI key was found in { $origin }. A key starts with sk-proj-, sk-svcacct-, sk-admin- or sk-.
# What to do when no key was found; $source is "file" or "pasted".
keys-import-nothing-found-next = { $source ->
    [pasted] Paste other text, or close this and add the key itself under "{ keys-add-a-key }".
   *[file] Open another file, or close this and add the key itself under "{ keys-add-a-key }".
  }
keys-import-open-another = Open another file
keys-import-paste-other = Paste other text
keys-import-close = Close
# Settings the file holds besides keys; $source is "file" or "pasted"; $settings: a list of
# keys-import-setting-* joined by commas.
keys-import-also-sets = { $source ->
    [pasted] The pasted text also sets { $settings }.
   *[file] This file also sets { $settings }.
  }
# $organization: an organization's id, such as org-abc123.
keys-import-setting-organization = an organization ({ $organization })
# $project: a project's id, such as proj_abc123.
keys-import-setting-project = a project ({ $project })
# $address: a web address that requests go to instead of OpenAI's usual one.
keys-import-setting-address = another OpenAI address ({ $address })
# $address: the endpoint of an Azure OpenAI resource.
keys-import-setting-azure-endpoint = the Azure OpenAI endpoint ({ $address })
# $provider: another provider's name; $address: the address its keys are checked at instead of its usual one.
keys-import-setting-provider-address = another address for { $provider } ({ $address })
# An Azure OpenAI key was found, and the file names no endpoint for it.
keys-import-endpoint-needed = An Azure OpenAI key works only with its resource's endpoint, and this file names none (AZURE_OPENAI_ENDPOINT). Enter it to store the key with it.
# Store was pressed with an Azure OpenAI key ticked and no endpoint typed.
keys-import-endpoint-missing = Enter the endpoint to store the Azure OpenAI key with it, or untick the key to store the others.
# $count: how many of the settings above were found.
keys-import-settings-kept = { $count ->
    [one] Key Doctor keeps it with the keys you store and uses it when checking.
   *[other] Key Doctor keeps these with the keys you store and uses them when checking.
  }
# After storing an import; $names: the keys' names in the file, joined by commas; $count: how many.
keys-import-stored-keychain = { $count ->
    [one] { $names } was stored in your system keychain.
   *[other] { $count } keys ({ $names }) were stored in your system keychain.
  }
# After storing an import for this session only; $names: the keys' names in the file, joined by commas; $count: how many.
keys-import-stored-session = { $count ->
    [one] { $names } is kept until you close Key Doctor.
   *[other] { $count } keys ({ $names }) are kept until you close Key Doctor.
  }
keys-import-stored-none = No key was stored.
keys-import-file-unchanged = The file was not changed.

## The status line: another provider reached elsewhere than its usual address (src/gui/app.rs)

# $provider: the provider's name; $address: where its keys are checked.
keys-provider-address = { $provider }: { $address }
# Several providers reached elsewhere; $providers: their names, joined by commas (their addresses show when hovered).
keys-provider-addresses = Other addresses for { $providers }

## The demo's sample keys of other providers (src/gui/services.rs)

keys-sample-anthropic-valid = Anthropic key that works
keys-sample-anthropic-revoked = Anthropic key that was revoked
keys-sample-anthropic-rate-limited = Anthropic key that is being rate limited
keys-sample-anthropic-admin = Anthropic Admin key that may read usage
keys-sample-gemini-valid = Gemini key that works
keys-sample-gemini-standard-key = Gemini key of the older kind, soon retired
keys-sample-gemini-leaked = Gemini key reported as leaked
keys-sample-openrouter-valid = OpenRouter key that works
keys-sample-openrouter-key-limit = OpenRouter key that used up its spending cap
keys-sample-groq-free-plan = Groq key on the free plan
keys-sample-groq-revoked = Groq key that was revoked
keys-sample-mistral-valid = Mistral key that works
keys-sample-mistral-revoked = Mistral key that was revoked
keys-sample-azure-valid = Azure OpenAI key that works with its endpoint
keys-sample-azure-firewall = Azure OpenAI key of a resource behind a firewall
keys-sample-xai-valid = xAI key that works
keys-sample-xai-disabled = xAI key that was disabled
keys-sample-deepseek-valid = DeepSeek key with credit
keys-sample-deepseek-no-balance = DeepSeek key with no balance left
