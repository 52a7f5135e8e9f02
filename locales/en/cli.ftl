## The command line's words for people (src/cli). Its JSON output is always in English, and
## so is its --help (clap's). Flags (--stdin) and variable names (OPENAI_API_KEY) are typed as
## they are: do not translate them. Lines start with "key-doctor: " before an error.

## Errors of any command (src/cli/mod.rs)

# Printed on the line under an error, with a library's own words for whoever helps.
# $details: those words, as the library wrote them (in English).
cli-details = Details: { $details }
# $problem: why the address cannot be used (one of error-address-*).
cli-address-unusable = The OpenAI address cannot be used: { $problem }.
cli-could-not-start = Key Doctor could not start.
cli-json-failed = The result could not be written as JSON.
# A value given to --timeout that is not a number of seconds; $text: the value as typed.
cli-not-seconds = "{ $text }" is not a number of seconds above 0
# A value given to --provider that names no provider; $text: the value as typed; $words: the
# words --provider takes, joined by commas (typed as they are: do not translate them).
cli-not-provider = "{ $text }" is not a provider Key Doctor knows. Use one of: { $words }

## key-doctor simulate (src/cli/mod.rs)

# $url: the simulator's address, such as http://127.0.0.1:8080/v1.
cli-simulator-listening = Key Doctor's OpenAI simulator is listening on { $url }
    Point a client at it with OPENAI_BASE_URL={ $url }
cli-simulator-keys = Keys (made up; they work only against this simulator):
# Before the other providers' made-up keys. Their addresses are printed after this guide, one
# line each ("anthropic: http://…").
cli-simulator-provider-keys = Other providers' keys. Point each provider's base URL variable (such as ANTHROPIC_BASE_URL) at the address printed for it:
# $organization: the simulator's organization id, such as org-…
cli-simulator-wrong-organization = Wrong organization or project: send any key with an OpenAI-Organization header other than { $organization }, or an OpenAI-Project header of another project.
# $requests: the simulator's control requests, as typed.
cli-simulator-controls = Controls: { $requests }.
cli-simulator-stop = Press Ctrl+C to stop.
# $address: where the simulator tried to listen, such as 127.0.0.1:8080.
cli-simulator-could-not-listen = The simulator could not listen on { $address }.
cli-simulator-ctrl-c = The simulator could not wait for Ctrl+C, so it stopped.

## key-doctor check and key-doctor explain (src/cli/check.rs)

# $variable: the environment variable that should hold the key, such as OPENAI_API_KEY.
cli-key-variable-not-set = { $variable } is not set. Put the key in it, or use --env-file FILE or --stdin (a key is never read from the command line).
# After cli-key-variable-not-set when no variable was named. $variables: each other provider's
# usual variable, joined by commas, such as ANTHROPIC_API_KEY, GEMINI_API_KEY.
cli-key-other-variables = Another provider's key is read from its own variable: { $variables }.
cli-stdin-unreadable = The key could not be read from standard input.
cli-stdin-empty = Standard input was empty: send the key on it.
# $file: the .env file.
cli-env-file-no-api-key = { $file } holds no API key of a provider Key Doctor knows.
# The first line about a key. $redacted: the key with most of it hidden; $kind: its kind
# (error-key-kind-*, or cli-provider-kind naming its provider); $source: where it was read
# from, such as OPENAI_API_KEY or .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, from { $source })
# A key's kind with its provider's name, when the kind's words do not name it. $provider: the
# provider's name, such as OpenAI (never translated); $kind: the kind (error-key-kind-*).
cli-provider-kind = { $provider } { $kind }
# $title: the verdict's title, such as "Key not accepted"; $summary: its sentence.
cli-verdict = { $title }: { $summary }
# $url: the page that fixes the problem.
cli-fix = Fix: { $url }
# $note: a further sentence about the verdict.
cli-note = Note: { $note }
cli-permissions = Permissions:
# $name: the organization's name (or cli-untitled); $id: its id, such as org-…
cli-organization = Organization: { $name } ({ $id })
# An organization without a name.
cli-untitled = untitled
# $tier: the usage tier, such as "Tier 3".
cli-usage-tier = Usage tier: { $tier }
cli-explain-unreadable = The error text could not be read from standard input.
# $name: the name a stored key has in Key Doctor.
cli-explain-names-key = This text names your stored key "{ $name }".

## key-doctor import (src/cli/import.rs)

# $problem: why (a sentence about the keychain or the key list).
cli-import-nothing-stored = { $problem } Nothing was stored.
cli-import-no-config-folder = This system has no configuration folder for the key list, so nothing was stored.
# $variable: the key's name in the file, such as OPENAI_API_KEY.
cli-import-put-back = { $variable } was listed but missing from the keychain; it was put back.
# $variable: the key's name in the file; $problem: why it was not stored.
cli-import-not-stored = { $variable }: { $problem }
cli-import-no-api-key = No API key found.
# After a key that Key Doctor already keeps.
cli-import-already-stored = (already stored)
# $names: the stored keys' names, joined by commas; $count: how many.
cli-import-stored = { $count ->
    [one] Stored in your system keychain: { $names }. The file was not changed.
   *[other] Stored in your system keychain: { $names }. The file was not changed.
}
cli-import-nothing-new = Nothing new to store.
# After --dry-run, which only shows what would be stored.
cli-import-dry-run = Dry run: nothing was stored, and the file was not changed.

## key-doctor usage (src/cli/usage.rs)

# $variable: the environment variable for the Admin key (OPENAI_ADMIN_KEY); $url: the page where Admin keys are made.
cli-usage-needs-admin-key = Usage needs an Admin key in { $variable }. A project key cannot read the organization's usage; an organization owner can create a read-only Admin key at { $url }.
# $variable: the environment variable that holds the key (OPENAI_ADMIN_KEY).
cli-usage-key-not-accepted = OpenAI did not accept the key in { $variable }. Check that it is the whole key and that it was not revoked.
# $variable: the environment variable that holds the key; $url: the page where Admin keys are made.
cli-usage-may-not-read = The key in { $variable } may not read usage. Usage needs an Admin key that may read usage; an organization owner can create one at { $url }.
cli-usage-incomplete = The totals would be incomplete, so none are printed.
# $file: the CSV file asked for.
cli-usage-csv-not-made = The CSV file { $file } could not be made.
# $file: the CSV file asked for; $problem: why (one of error-io-*).
cli-usage-csv-not-written = The CSV file { $file } could not be written: { $problem }.
# $first and $last: the first and last day shown, as dates.
cli-usage-heading = Usage and cost, { $first } to { $last } (whole days as OpenAI counts them, in UTC)
# $cost: an amount of money.
cli-usage-total-cost = Total cost: { $cost }
# Token counts, already written as numbers: $input, of which $reused was input sent again and
# billed cheaper; $output; $requests requests ($request_count: the same number, for the plural).
cli-usage-tokens = Tokens: { $input } input ({ $reused } of it reused, billed cheaper), { $output } output; { $request_count ->
    [one] { $requests } request
   *[other] { $requests } requests
}
# The table's column headings: keep them short (12 to 16 letters at most).
cli-usage-column-date = Date
cli-usage-column-cost = Cost
cli-usage-column-input = Input tokens
cli-usage-column-reused = Reused input
cli-usage-column-output = Output tokens
cli-usage-column-requests = Requests
# The headings of the totals per group.
cli-usage-by-model = By model:
cli-usage-by-project = By project:
cli-usage-by-key = By key:
cli-usage-by-line-item = By line item:
# Words after the numbers of a group's line: "1,234 input 567 output 89 requests".
cli-usage-word-input = input
cli-usage-word-output = output
cli-usage-word-requests = requests
# $cost: an amount of money that was estimated from tokens and prices.
cli-usage-estimate = ≈{ $cost } (estimate)
cli-usage-no-price = no price known
# $value: what was given to --resolve.
cli-not-resolve = "{ $value }" is not HOST:PORT:ADDRESS (for example api.openai.com:443:203.0.113.7)

## key-doctor org, and what key-doctor check adds with an Admin key (src/cli/org.rs, src/cli/check.rs)

# $variable: the environment variable for the Admin key (OPENAI_ADMIN_KEY); $url: the page where Admin keys are made.
cli-org-needs-admin-key = Reading your organization needs an Admin key. An organization owner can create a read-only one at { $url }; put it in the environment variable { $variable } and run this again.
# After the sentence that an Admin key would tell more, in a terminal. $variable: OPENAI_ADMIN_KEY.
cli-check-admin-key-variable = On the command line, put the Admin key in the environment variable { $variable }.
# $date: the day the organization was read.
cli-org-heading = Your organization, as OpenAI lists it on { $date }
cli-org-whole-organization = The whole organization:
# $count: how many Admin keys the organization has.
cli-org-admin-keys = { $count ->
    [one] One Admin key
   *[other] { $count } Admin keys
}
# $state: cli-org-not-read.
cli-org-admin-keys-unknown = Admin keys: { $state }
cli-org-audit-log-empty = The audit log shows no change to any key. It records only what happens after it is turned on, so it may be off.
# A project's heading. $name: its name; $id: its id, such as proj_…
cli-org-project = Project "{ $name }" ({ $id })
cli-org-project-archived = Project "{ $name }" ({ $id }), archived: its keys no longer work
# $models: cli-org-models-all, -only or -except.
cli-org-models = Models: { $models }
cli-org-models-all = every model of the organization
# $models: a list of model names.
cli-org-models-only = only { $models }
cli-org-models-except = every model except { $models }
# $tools: a list of tool names (org-view-tool-* in org-view.ftl).
cli-org-tools-off = Tools turned off: { $tools }
cli-org-tools-all-on = Tools: all turned on
# $state: cli-org-not-read.
cli-org-tools-unknown = Tools: { $state }
# OpenAI's tools that a project can turn off.
# $limits: one or more "model (N requests a minute, N tokens a minute)", or cli-org-not-read.
cli-org-rate-limits = Rate limits: { $limits }
cli-org-rate-limits-none = Rate limits: the organization's (none set for this project)
# $number: the number already written; $count: the same number, for the plural.
cli-org-requests-a-minute = { $count ->
    [one] { $number } request a minute
   *[other] { $number } requests a minute
}
cli-org-tokens-a-minute = { $count ->
    [one] { $number } token a minute
   *[other] { $number } tokens a minute
}
# $spent: this month's spend (an amount of money, or cli-org-unknown); $limit: the hard limit, an amount of money.
cli-org-hard-limit = Hard spend limit: { $spent } of { $limit } this month
cli-org-hard-limit-reached = Hard spend limit: { $spent } of { $limit } this month. Reached: OpenAI refuses requests until next month or until it is raised.
cli-org-hard-limit-not-enforced = Spend limit of { $limit } a month, not enforced; { $spent } spent this month
cli-org-no-hard-limit = No hard spend limit; { $spent } spent this month
# $state: cli-org-not-read.
cli-org-hard-limit-unknown = Hard spend limit: { $state }; { $spent } spent this month
# $alerts: one or more cli-org-alert-to or amounts, or cli-org-not-read.
cli-org-alerts = Spend alerts (an e-mail; they block nothing): { $alerts }
cli-org-alerts-none = Spend alerts: none
# $amount: an amount of money; $recipients: e-mail addresses.
cli-org-alert-to = at { $amount } to { $recipients }
# Said in place of a part that could not be read; why comes at the end.
cli-org-not-read = could not be read (see the end)
cli-org-unknown = unknown
# $count: how many keys the organization has.
cli-org-keys-heading = { $count ->
    [0] No project key.
    [one] One project key:
   *[other] { $count } project keys:
}
# $name: the key's name at OpenAI; $redacted: the key with most of it hidden; $project: its project's name.
cli-org-key = { $name } ({ $redacted }), project "{ $project }"
# $owner: a person's name, or cli-org-service-account.
cli-org-key-owner = Owner: { $owner }, who has access to the project
cli-org-key-owner-left = Owner: { $owner }, who no longer has access to the project: the key stopped working
cli-org-key-owner-unknown = Owner: unknown
# $name: the service account's name.
cli-org-service-account = the service account "{ $name }"
# $created and $last_used: dates (or cli-org-never, cli-org-unknown); $cost: an amount of money (or cli-org-unknown).
cli-org-key-dates = Created { $created }, last used { $last_used }, { $cost } this month
cli-org-never = never
# $name: the name the key has in Key Doctor.
cli-org-key-stored-as = Stored here as "{ $name }"
# $flag: what needs attention (org-flag-*); $fix: the button's words (org-fix-*); $url: the page.
cli-org-flag-fix = { $flag }. { $fix }: { $url }
# $count: how many parts could not be read.
cli-org-failures-heading = { $count ->
    [one] One part could not be read:
   *[other] { $count } parts could not be read:
}
# $project: a project's name; $sentence: why one of its parts could not be read.
cli-org-failure-in-project = Project "{ $project }": { $sentence }

## usage --provider (issue 16)
# $text: what was typed after --provider.
cli-usage-not-a-usage-provider = "{ $text }" has no usage Key Doctor can read. Use --provider openai or --provider anthropic.
cli-usage-needs-anthropic-admin-key = Anthropic's usage needs an Anthropic Admin key (it starts with sk-ant-admin01-) in { $variable }. An organization admin can create one at { $url }.
cli-usage-anthropic-refused = Anthropic did not let the key in { $variable } read the usage and cost reports: it needs to be an Admin key of the organization that is still active. Admin keys are at { $url }.
