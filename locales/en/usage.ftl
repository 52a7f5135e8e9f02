## Usage page (src/gui/views/usage.rs)

usage-title = Usage and cost
usage-nothing-loaded = Nothing is loaded yet.
usage-load = Load usage
usage-refresh = Refresh
usage-try-again = Try again
usage-cancel = Cancel

## Usage page: a range in which nothing was used

usage-empty-title = Nothing was used in these days
usage-empty-try-longer = OpenAI counted no cost, tokens or requests for your organization in these days. A longer range shows when your keys were last used.
# $count: how many days the longer range covers (30, 90 or 365).
usage-empty-show-longer = Show the last { $count } days
usage-empty-whole-year = OpenAI counted no cost, tokens or requests for this organization in a whole year. If your website or app does use OpenAI, its key may belong to another organization: check the key on the Keys page.
usage-empty-open-keys = Open the Keys page

## Usage page: the Admin key (src/gui/views/usage.rs, src/usage/admin_key.rs)

usage-admin-key-needed-title = An Admin key is needed to see usage
usage-may-not-read-title = This key may not read usage
usage-key-not-accepted-title = OpenAI did not accept this Admin key
usage-may-not-read = OpenAI refused to show usage to this key. Reading usage needs an Admin key that is allowed to read usage: create one with the steps below, or ask the organization's owner for one.
usage-key-not-accepted = Create a new Admin key, or paste this one again: it may have been deleted, or part of it was not copied.
# Shown under "Technical details". $message: OpenAI's own words about the refusal (often in English).
usage-openai-said = OpenAI said: { $message }
# Shown under "Technical details". $permission: the permission's code, such as api.usage.read (keep it as it is).
usage-permission-needed = Permission needed: { $permission }
usage-admin-key-why = OpenAI shows an organization's usage and costs only to Admin keys. The keys apps use (project keys, which start with sk-proj-) can use OpenAI's models but may not read what the organization spends. That is on purpose: a key leaked from an app cannot reveal your bill.
usage-admin-key-steps-title = To create an Admin key that can only read:
usage-admin-key-step-open = 1.  Open the Admin keys page (only an organization owner can create one).
usage-admin-key-step-create = 2.  Create a new Admin key, name it for example "Key Doctor", and give it read access only if the page offers a choice.
usage-admin-key-step-paste = 3.  Copy the key, which starts with sk-admin-, and paste it below.
usage-open-admin-keys-page = Open the Admin keys page
usage-paste-admin-key = Paste an Admin key (kept for this session only, never saved to disk):
# The paste field's name, read by screen readers.
usage-admin-key-field = Admin key
usage-use-this-key = Use this key
usage-admin-key-environment-hint = Developers can also give Key Doctor an Admin key when it starts, in an environment variable.
usage-pasted-not-a-key = That is not a key: paste the whole key, which starts with sk-admin-.
usage-pasted-not-admin = Paste an Admin key instead (it starts with sk-admin-): this is a project or user key, not an Admin key, and OpenAI does not show it the organization's usage.
# $key: where the Admin key comes from, one of the usage-admin-key-demo, -environment, -pasted or -stored messages.
usage-reading-with = Reading usage with { $key }.
# $key: as in usage-reading-with; $redacted: the key's first and last characters, such as sk-admin…wxyz.
usage-reading-with-redacted = Reading usage with { $key } ({ $redacted }).
usage-forget-key = Forget this key
usage-admin-key-demo = the demo's read-only Admin key
usage-admin-key-environment = the Admin key Key Doctor was started with
usage-admin-key-pasted = the Admin key you pasted (kept for this session only)
usage-admin-key-stored = the Admin key stored in your keychain
# Instead of a key's first and last characters, when the key is too short to show them.
usage-short-key = (a short key)

## Usage page: the days shown (src/gui/views/usage.rs, src/usage/range.rs)

# $count: a number of days (7, 30, 90 or 365).
usage-preset-last-days = Last { $count } days
usage-preset-this-month = This month
usage-preset-last-month = Last month
usage-preset-custom = Custom
usage-custom-from = From
usage-custom-to = to
usage-custom-first-day = First day
usage-custom-last-day = Last day
usage-custom-show = Show these days
usage-custom-format = (year-month-day)
# $text: what the person typed; $example: a date written the way it is asked for (keep it as it is).
usage-range-not-a-date = This range cannot be shown: “{ $text }” is not a date. Write each day as year-month-day, for example { $example }.
# $first and $last: the two days typed, as dates.
usage-range-reversed = This range cannot be shown: the first day ({ $first }) is after the last day ({ $last }). Swap the two days.
# $first and $last: dates, such as 1 Mar 2026.
usage-date-range = { $first } – { $last }
# $day: a day's number, shown only for a day beyond the calendar (broken data).
usage-day-out-of-range = day { $day }
# $time: the time on the person's clock when OpenAI's day ends (midnight in UTC), such as 01:00 or 19:00.
usage-days-end = { $provider }'s days end at { $time } your time.
usage-days-match = { $provider }'s days match yours: they end at midnight.
usage-days-why = { $provider } counts usage in whole days of world time (UTC). Key Doctor shows the same days, so its figures match { $provider }'s.
usage-today-growing = Today's figures are still growing.

## Usage page: loading and what did not load (src/gui/usage.rs, src/usage/dataset.rs)

# $done and $total: numbers of parts loaded and to load.
usage-loading-progress = Loading… { $done } of { $total } parts
usage-problem-only-names-missing = All costs, tokens and requests loaded; where a name is missing, the id is shown.
usage-problem-totals-incomplete = Totals below leave out what did not load. Try again to complete them.
usage-problem-nothing-loaded = No figures could be loaded. Try again in a moment.
usage-problem-cancelled = Loading was cancelled.
usage-problem-cancelled-kept = Loading was cancelled; the figures below are the ones loaded before.
# $range: the days, such as 1 Mar 2026 – 31 Mar 2026.
usage-part-tokens = Tokens and requests for { $range }
# $range: as in usage-part-tokens.
usage-part-costs = Costs for { $range }
# $range: as in usage-part-tokens.
usage-part-key-costs = Costs per key for { $range }
usage-part-project-names = The names of projects
# $project: a project's name.
usage-part-key-names = The names of the keys of project { $project }
# The name of an Anthropic organization's default workspace (Anthropic gives it no name), shown where OpenAI's usage shows a project.
usage-anthropic-default-workspace = Default workspace
# $what: one of the usage-part-* messages; $reason: why, a code the sentence chooses its words by.
usage-part-not-loaded = { $what } could not be loaded: { $reason ->
        [no_connection] this computer could not reach OpenAI. Check the internet connection, then try again.
        [not_allowed] OpenAI did not allow this key to read it.
        [too_many_requests] OpenAI asked to slow down. Try again in a minute.
        [server_trouble] OpenAI's servers did not answer properly. Try again in a moment.
       *[unreadable] OpenAI's answer could not be read.
    }

## Usage page: the headline figures (src/gui/views/usage.rs)

usage-figure-total-cost = Total cost
usage-figure-month-to-date = Month to date
# $month: a month and its year, such as November 2026.
usage-figure-forecast = Forecast for { $month }
# $amount: money spent per day.
usage-figure-forecast-pace = at { $amount } a day, the pace of the last 7 full days
usage-figure-not-available = not available
usage-figure-month-not-loaded = this month did not load
usage-figure-input-tokens = Input tokens
# $tokens: a number of tokens, already written with its separators. Reused input is text OpenAI had seen in a recent request; it costs less.
usage-figure-reused = { $tokens } reused (billed cheaper)
usage-figure-output-tokens = Output tokens
usage-figure-requests = Requests
usage-figure-in-range = in the range
usage-figure-requests-not-reported = { $provider } does not report them

## Usage page: the graphs (src/gui/views/usage.rs, src/gui/usage.rs, src/usage/report.rs)

# $period: day, week or month (one bar of the graph).
usage-chart-cost = { $period ->
        [week] Cost per week
        [month] Cost per month
       *[day] Cost per day
    }
# $period: as in usage-chart-cost.
usage-chart-tokens = { $period ->
        [week] Tokens per week
        [month] Tokens per month
       *[day] Tokens per day
    }
# $period: as in usage-chart-cost.
usage-chart-requests = { $period ->
        [week] Requests per week
        [month] Requests per month
       *[day] Requests per day
    }
usage-split-by = Split by
usage-cost-from-invoice = These are the amounts on your { $provider } invoice.
usage-input-includes-reused = Input tokens include the reused ones, as { $provider } counts them.
usage-reused-input-explained = Reused input is text { $provider } had seen in a recent request, such as the same instructions sent again. It is billed cheaper.
# $group: model, project or api_key (what the graphs are split by).
usage-requests-split = { $group ->
        [project] Split by project, as the tokens above.
        [api_key] Split by key, as the tokens above.
       *[model] Split by model, as the tokens above.
    }
usage-measure-input = Input
usage-measure-reused-input = Reused input
usage-measure-output = Output
usage-measure-requests = Requests
usage-group-model = Model
usage-group-project = Project
usage-group-key = Key
# What OpenAI's invoice lists a cost as, such as "gpt-5-mini, output" or "Web search".
usage-group-kind-of-use = Kind of use
usage-nameless-model = (no model given)
usage-nameless-project = (no project)
usage-nameless-key = (no key given)
usage-nameless-kind-of-use = (no kind given)
# $count: how many smaller models, projects or keys are summed up in this part of the graph.
usage-chart-other = Other ({ $count } more)
# $amount: the bar's total, money or a number.
usage-chart-total = Total: { $amount }
# $count: how many more are not listed.
usage-chart-and-more = and { $count } more
# $first and $last: the first and last day of a week's bar.
usage-chart-week = { $first } to { $last }
usage-nothing-in-range = Nothing in this range.

## Usage page: the table (src/gui/views/usage.rs)

usage-top-title = Top models, projects and keys
usage-tab-models = Models
usage-tab-projects = Projects
usage-tab-keys = API keys
usage-tab-kinds-of-use = Kinds of use
usage-column-cost = Cost
usage-column-input = Input tokens
usage-column-reused = Reused input
usage-column-output = Output tokens
usage-column-requests = Requests
# Read by screen readers for the first column's button. $group: model, project, api_key or line_item.
usage-sort-name = { $group ->
        [project] Sort by project
        [api_key] Sort by key
        [line_item] Sort by kind of use
       *[model] Sort by model
    }
usage-sort-cost = Sort by cost
usage-sort-input = Sort by input tokens
usage-sort-reused = Sort by reused input
usage-sort-output = Sort by output tokens
usage-sort-requests = Sort by requests
usage-table-no-id = no id
# $amount: money.
usage-table-estimate = ≈ { $amount } (estimate)
usage-table-estimate-hover = Estimated from tokens and the price table in Settings.
usage-table-no-price = no price known
usage-table-no-price-hover = No price for this model in the price table in Settings.
# $count: rows not shown.
usage-table-more = And { $count } more; the CSV export has them all.
# $prices: where the prices come from, one of the usage-prices-* messages.
usage-estimate-note = Costs marked as estimates come from tokens and prices, not from OpenAI's bill. { $prices }
usage-key-costs-not-asked = Costs per key were not asked for, so they are estimates.
usage-key-costs-not-given = OpenAI does not split this organization's costs by key, so each key's cost is estimated from its tokens.
usage-key-costs-not-loaded = The costs per key could not be loaded, so each key's cost is estimated from its tokens.

## Usage page: export (src/gui/usage.rs, src/gui/views/usage.rs)

usage-export-daily = Export daily CSV…
usage-export-table = Export this table as CSV…
# The title of the Save window.
usage-export-daily-title = Save the daily figures as CSV
# The title of the Save window.
usage-export-table-title = Save the table as CSV
# $count: rows saved; $path: where the file is.
usage-export-saved = { $count ->
        [one] Saved 1 row to { $path }.
       *[other] Saved { $count } rows to { $path }.
    }
# $path: where the file is.
usage-export-saved-to = Saved to { $path }.
usage-export-not-saved = Nothing was saved yet: the Save window did not open, or it was closed. Save the file in your Downloads folder instead, or copy the table.
usage-export-failed = The file could not be saved there. Save it in your Downloads folder instead, or copy the table.
usage-export-not-made = The CSV file could not be made. Try again, or copy the table.
usage-export-no-downloads-folder = This computer has no Downloads or home folder to save into. Copy the table instead.
# $folder: the Downloads folder.
usage-export-downloads-failed = The file could not be saved in { $folder }. Copy the table instead.
usage-export-save-in-downloads = Save in Downloads
usage-export-copy = Copy CSV
usage-export-copied = The table was copied. Paste it into a spreadsheet: each value lands in its own cell.

## Keys page: what a key spent (src/gui/usage.rs)

# $amount: money; $first and $last: the first and last day of the range shown on the Usage page.
usage-key-spent = Spent { $amount } from { $first } to { $last }
# As usage-key-spent, when the amount is estimated from tokens.
usage-key-spent-estimate = Spent about { $amount } from { $first } to { $last } (an estimate from tokens and prices)

## Prices for estimates (src/usage/pricing.rs)

# $as_of: the month the prices were collected, such as June 2026.
usage-prices-shipped = Prices shipped with Key Doctor, as of { $as_of }.
usage-prices-shipped-undated = Prices shipped with Key Doctor, of unknown date.
# $file: the pricing file's path; $as_of: as in usage-prices-shipped.
usage-prices-from-file = Prices from { $file }, as of { $as_of }.
# $file: the pricing file's path.
usage-prices-from-file-undated = Prices from { $file }, of unknown date.
# $file: the pricing file's path.
usage-pricing-unreadable = The pricing file { $file } could not be read, so Key Doctor uses the prices it came with. Check that the file is still there, or choose another one.
# $file: the pricing file's path.
usage-pricing-too-large = The pricing file { $file } is larger than 4 MB, so Key Doctor uses the prices it came with. Choose the right file.
# $file: the pricing file's path.
usage-pricing-not-a-table = The file { $file } is not a pricing table, so Key Doctor uses the prices it came with. Choose another file.
# $file: the pricing file's path; $currency: a currency's code, such as EUR.
usage-pricing-not-dollars = The prices in { $file } are in { $currency }, and Key Doctor can only use US dollars, so it uses the prices it came with.
# $file: the pricing file's path.
usage-pricing-no-model-name = A price in { $file } has no model name, so Key Doctor uses the prices it came with. Fix the file, or choose another one.
# $file: the pricing file's path; $model: a model's name; $field: input, cached_input or output (which price).
usage-pricing-bad-price = In { $file }, the { $field ->
        [cached_input] reused input
        [output] output
       *[input] input
    } price of { $model } is not a positive number, so Key Doctor uses the prices it came with. Fix the file, or choose another one.
# Before the providers whose usage can be shown (OpenAI, Anthropic), when Admin keys of both are stored.
usage-provider = Whose usage:
