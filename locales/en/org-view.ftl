## Organization page (src/gui/views/organization.rs, src/gui/organization.rs)

# The navigation entry and the page's title.
org-view-nav = Organization
org-view-title = Your organization
org-view-intro = Every key of your organization, what each project allows, and what needs attention. Key Doctor only reads here: it changes nothing.

## Which Admin key reads the organization

org-view-read-with = Read with:
# $name: the name the person gave the Admin key in Key Doctor.
org-view-reading-with-stored = Read with the Admin key "{ $name }".
# $key: where the key came from, such as "the demo's Admin key".
org-view-reading-with-origin = Read with { $key }.
org-view-opening-keys = Opening your keys…
org-view-no-admin-key-title = An Admin key is needed
org-view-no-admin-key = To list every key of your organization, Key Doctor needs an Admin key of it. Add one on the Keys page: it is kept in your system's keychain like your other keys, and Key Doctor only reads with it.
org-view-add-admin-key = Add an Admin key on the Keys page
org-view-open-admin-keys-page = Open the Admin keys page
# $problem: why the key could not be taken from the keychain (a sentence).
org-view-admin-key-unreadable = Key Doctor could not take this Admin key from your keychain. { $problem }

## Reading

org-view-refresh = Refresh
org-view-cancel = Cancel
org-view-reading = Reading the organization… Every project is read at once; this takes a few seconds.
org-view-cancelled = Reading was stopped. Press Refresh to read the organization.
# $keys, $projects: numbers.
org-view-summary = { $keys ->
    [one] One key
   *[other] { $keys } keys
} in { $projects ->
    [one] one project.
   *[other] { $projects } projects.
}
# $count: how many keys have a flag that means they no longer work.
org-view-summary-broken = { $count ->
    [one] One key no longer works.
   *[other] { $count } keys no longer work.
}
# $amount: an amount of money.
org-view-month-total = This month so far: { $amount }
org-view-problems-title = What could not be read
org-view-partly-read = The rest of the organization was read and is shown below.

## The table of keys

org-view-keys-title = Every key
# The search field's name, read by screen readers, and its hint.
org-view-search = Search the keys
org-view-search-hint = Name, project or owner
org-view-clear-search = Clear the search
org-view-sort-attention = Needs attention first
# $shown, $total: numbers.
org-view-showing = Showing { $shown } of { $total } keys
# $query: what the person typed.
org-view-no-match = No key matches "{ $query }".
org-view-no-keys = Your organization has no project keys.
org-view-column-key = Key
org-view-column-project = Project
org-view-column-owner = Owner
org-view-column-created = Created
org-view-column-last-used = Last used
org-view-column-cost = This month
# What a screen reader says for each column's sort button.
org-view-sort-key = Sort by key name
org-view-sort-project = Sort by project
org-view-sort-owner = Sort by owner
org-view-sort-created = Sort by creation date
org-view-sort-last-used = Sort by last use
org-view-sort-cost = Sort by this month's cost
# $name: the name the person gave the key in Key Doctor.
org-view-stored-as = Stored here as { $name }
org-view-owner-left = no longer has access
org-view-service-account = service account
org-view-owner-unknown = unknown
org-view-cost-unknown = not known
org-view-cost-unknown-hover = This month's costs could not be read.

## When something happened, said the way a person says it

org-view-never = never
org-view-today = today
org-view-yesterday = yesterday
# $count: a number.
org-view-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
org-view-months-ago = { $count ->
    [one] { $count } month ago
   *[other] { $count } months ago
}
org-view-years-ago = { $count ->
    [one] { $count } year ago
   *[other] { $count } years ago
}

## Projects

org-view-projects-title = Projects
# $name: the project's name; $amount: this month's cost.
org-view-project-heading = { $name }: { $amount } this month
org-view-project-archived = This project is archived: its keys no longer work.
org-view-models = Models
org-view-models-all = All models
# $models: a list of model names.
org-view-models-allow = Allows only: { $models }
org-view-models-deny = Blocks: { $models }
org-view-tools = Hosted tools
org-view-tools-all-on = All on
# $tools: a list of tool names.
org-view-tools-off = Turned off: { $tools }
org-view-tool-file-search = file search
org-view-tool-web-search = web search
org-view-tool-image-generation = image generation
org-view-tool-mcp = connectors (MCP)
org-view-tool-code-interpreter = code interpreter
org-view-rate-limits = Rate limits
org-view-rate-limits-none = The organization's own limits
# $model: a model's name; $count: a number (for the plural); $requests: the same number written out.
org-view-rate-limit = { $count ->
    [one] { $model }: { $requests } request a minute
   *[other] { $model }: { $requests } requests a minute
}
# $model: a model's name; $tokens: a number.
org-view-rate-limit-tokens = { $model }: { $tokens } tokens a minute
org-view-spend-limit = Hard spend limit
org-view-spend-limit-none = None: requests are not stopped at an amount.
# $spent, $limit: amounts of money.
org-view-spend-limit-below = { $spent } of { $limit } this month
org-view-spend-limit-reached = { $spent } of { $limit } this month — reached, requests are refused
org-view-spend-limit-not-enforced = { $spent } of { $limit } this month — not enforced, requests go on
# $limit: an amount of money; this month's spend could not be read.
org-view-spend-limit-amount = { $limit } a month
org-view-spend-alerts = Spend alerts
org-view-spend-alerts-none = None
# $amount: an amount of money; $to: e-mail addresses.
org-view-spend-alert = An e-mail to { $to } at { $amount }
org-view-spend-alert-nobody = An alert at { $amount }
org-view-service-accounts = Service accounts
org-view-service-accounts-none = None
org-view-open-limits = Open the project's limits
org-view-open-members = Open the project's members
# Projects whose list could not be read, named by their id; $amount: this month's cost.
org-view-project-cost-only = { $project }: { $amount } this month

## The organization as a whole

org-view-organization-title = The organization as a whole
org-view-open-organization-limits = Open the organization's limits
org-view-audit-log = Audit log
# $count: how many key events the audit log lists.
org-view-audit-log-events = { $count ->
    [one] It lists one change to a key in the last year.
   *[other] It lists { $count } changes to keys in the last year.
}
org-view-audit-log-empty = It lists no change to any key. Audit logging seems to be off: it records only what happens after it is turned on. Turn it on in the organization's settings, so that a deleted or changed key can be traced later.
org-view-open-organization-settings = Open the organization's settings
# $count: how many Admin keys the organization has.
org-view-admin-keys = { $count ->
    [one] One Admin key
   *[other] { $count } Admin keys
}
# $name: the Admin key's name; $used: when it was last used ("3 days ago", "never"); $expires: org-view-expires-*.
org-view-admin-key-line = { $name }: last used { $used }, { $expires }
org-view-expires-never = never expires
# $date: a date.
org-view-expires-on = expires on { $date }
org-view-expired-on = expired on { $date }
