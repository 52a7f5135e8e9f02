## Numbers and dates (src/i18n/format.rs)

# An amount above zero but under one cent; $amount is one cent, written as money.
money-under = under { $amount }
# Short numbers on a graph's axis; $value is already written with the language's decimal mark.
compact-thousands = { $value }k
compact-millions = { $value }M
compact-billions = { $value }B
# $day and $year are numbers; $month is one of month-short-*.
date-long = { $day } { $month } { $year }
date-short = { $month } { $day }
# $month is one of month-*.
date-month-year = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Shared widgets (src/gui/widgets.rs)

# A fold that hides an error's exact words (for IT or a developer) under the plain sentence.
common-technical-details = Technical details
common-copy-technical-details = Copy the details

## Navigation (src/gui/view.rs)

common-nav-keys = Keys
common-nav-usage = Usage
common-nav-explain = Explain an error
common-nav-settings = Settings

## Status line at the bottom of the window (src/gui/app.rs)

# A badge: the app shows sample keys, not the person's own.
common-status-demo = Demo mode
# $base_url: the address of the simulator on this computer, such as http://127.0.0.1:8080/v1
common-status-demo-explained = Using the built-in OpenAI simulator at { $base_url }. The sample keys are made up; nothing leaves this computer.
# A button: back from the sample keys to the person's own keys.
common-leave-demo = Leave the demo
# $base_url: the address requests go to, such as https://api.openai.com/v1
common-status-openai = OpenAI: { $base_url }
# $proxy: the proxy server's address, from the system's network settings
common-status-through-proxy = · through the proxy { $proxy }
common-status-custom-address = Custom OpenAI address
# $base_url: the address requests go to instead of OpenAI's
common-status-custom-explained = Requests go to { $base_url }, not api.openai.com.
common-status-unusable = No checks until the OpenAI address is fixed
common-status-unusable-explained = The OpenAI address cannot be used, so nothing is sent. Change it in Settings.
# A button that opens Settings.
common-open-settings = Open Settings

## The window's notices and dialogs (src/gui/app.rs)

common-host-message-copied = The message was copied: paste it into an email or ticket to your hosting company.
common-nothing-checked-address = Nothing was checked: the OpenAI address cannot be used. Fix it in Settings.
# $url: the web page being opened
common-opening-in-browser = Opening { $url } in your browser.
# $url: the web page that did not open
# The screen-reader test (scripts/a11y_check.py) waits for "Opening" and the address in English.
common-browser-did-not-open = Opening { $url } did not work: no browser opened. Copy the address and paste it into your browser.
common-copy-the-address = Copy the address
# The title of the window that picks a file.
common-dialog-open-env = Open a .env file
common-dialog-choose-prices = Choose a price list
# How a file dropped on the window is named in sentences about it.
common-dropped-file-name = the dropped file
common-dropped-file-unreadable = The dropped file could not be read. Try opening it with "Open a .env file" instead.
common-drop-env-file = Drop the .env file to import it
# A problem notice: "Try with sample keys" did not work.
common-demo-did-not-start = The sample keys could not be shown: Key Doctor's built-in practice server did not start. Copy the technical details for whoever helps you.
# A button: the sample keys, against a simulator on this computer.
common-try-demo = Try with sample keys

## Notices (src/gui/views/mod.rs)

# $seconds: how many seconds are left to take the delete back
common-undo-countdown = Undo ({ $seconds } s)
common-undo = Undo
common-copied = Copied.
common-dismiss = Dismiss

## Shared widgets: permissions and check times (src/gui/widgets.rs)

# $count: how many permissions are granted (every one of them)
common-permissions-all-granted = { $count ->
    [one] 1 permission granted
   *[other] All { $count } permissions granted
}
# $count: how many permissions are granted (some others are not)
common-permissions-granted = { $count ->
    [one] 1 permission granted
   *[other] { $count } permissions granted
}
common-permission-column-permission = Permission
common-permission-column-level = Level
common-permission-column-status = Status
# For the technical details. $permission: the permission's name on OpenAI's screen; $scopes: OpenAI's codes for it, such as api.model.read
common-permission-technical = { $permission }: { $scopes }
# As above; $status: the answer's HTTP status code, such as 403
common-permission-technical-with-status = { $permission }: { $scopes } (HTTP { $status })
common-checked-just-now = checked just now
# $minutes: a number from 1 to 59
common-checked-minutes-ago = checked { $minutes } min ago
# $hours: a number from 1 to 23
common-checked-hours-ago = checked { $hours } h ago
common-checked-yesterday = checked yesterday
# $date: a day with its year, such as 12 Nov 2026
common-checked-on = checked on { $date }

## Starting the window (src/gui/mod.rs), said on the command line

# $problem: the system's words (may be in English)
common-launch-no-worker = Key Doctor could not start its background work: { $problem }
# $problem: the system's words (may be in English)
common-launch-demo-did-not-start = The sample keys could not be shown: the built-in practice server did not start ({ $problem }).
# $problem: the system's words (may be in English)
common-launch-no-window = The window could not open: { $problem }

## The key list and the demo's sample keys (src/gui/services.rs)

# $problem: a sentence saying which file could not be read, and why
common-key-list-unreadable = { $problem } The list starts empty for this session and the file is left as it is.
common-no-config-folder-for-keys = This system has no configuration folder, so the list of keys lasts until Key Doctor closes (the keys themselves go to the keychain).
# The names of the demo's sample keys, each showing one problem.
common-sample-key-full-access = Project key with full access
# The screen-reader test (scripts/a11y_check.py) finds this row by these English words.
common-sample-key-no-model-request = Restricted key without Model capabilities (model.request)
common-sample-key-responses-without-request = Restricted key with Responses but Model capabilities not set to Request
common-sample-key-no-credit = Organization with no credit left
common-sample-key-project-spend-limit = Project at its spend limit
common-sample-key-revoked = Revoked key
common-sample-key-project-without-model = Project that may not use gpt-5-mini
common-sample-key-rate-limited = Key that is being rate limited
common-sample-key-read-only = Read-only key
common-sample-key-service-account = Service-account key with full access
common-sample-key-admin-full = Admin key that may read usage
common-sample-key-admin-no-usage = Admin key without api.usage.read

## Settings (src/gui/views/settings.rs, src/settings.rs)

settings-title = Settings
settings-language = Language
# $language: the system's language, named in itself (such as Deutsch)
settings-language-system = Follow the system ({ $language })
settings-language-note = Every page changes at once, and the choice is kept for the next time.
settings-appearance = Appearance
settings-theme = Theme
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-desktop-prefers-dark = Your desktop prefers dark.
settings-desktop-prefers-light = Your desktop prefers light.
settings-desktop-says-nothing = Your desktop does not say whether it prefers light or dark, so light is used.
settings-text-size = Text size
settings-text-size-small = Small
settings-text-size-normal = Normal
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-appearance-saved = Both are saved and kept the next time you open Key Doctor.
settings-connection = Connection to OpenAI
# $base_url: the simulator's address on this computer
settings-connection-demo = Demo mode: requests go to the built-in simulator at { $base_url }.
# $base_url: the address requests go to
settings-connection-live = Requests go to { $base_url }.
# $address: the address as it was given
settings-connection-unusable = The OpenAI address { $address } cannot be used. Nothing is sent until it is fixed: type the right address below, or press "Use OpenAI's address".
# Before an organization's id that is sent with every request (a "?" explains the word).
settings-organization = Organization
# Before a project's id that is sent with every request (a "?" explains the word).
settings-project = Project
# After "Organization" or "Project" and their "?"; $value: its id, such as org-abc123
settings-sent-with-every-request = { $value }, sent with every request
settings-openai-address = OpenAI address
settings-use-this-address = Use this address
settings-use-openai-address = Use OpenAI's address
settings-address-refused = This address cannot be used. Check it for a typing mistake, or press "Use OpenAI's address".
# $default_address: OpenAI's own address, https://api.openai.com/v1
settings-address-explained = The usual address is { $default_address }. Change it only if your company or your provider gave you another one. Only secure (https://) addresses are accepted, except for this computer. The address is saved for the next time.
# Technical details: how to give the address when starting Key Doctor. Keep the option and the variable's name as they are.
settings-address-technical = The address can also be given when Key Doctor starts, with the --base-url option or the OPENAI_BASE_URL environment variable; then it is used instead of this one.
settings-try-demo-explained = To look around without a key of your own, try Key Doctor with sample keys. Nothing is sent to OpenAI.
settings-prices = Prices for cost estimates
settings-prices-explained = Costs are OpenAI's own figures, the ones on your invoice. Only where OpenAI gives none, such as the cost of each key in some organizations, Key Doctor estimates it from the tokens used with these prices (US dollars per million tokens) and marks the figure as an estimate.
settings-show-prices = Show and edit the prices
settings-choose-price-file = Choose a pricing file…
settings-use-shipped-prices = Use the shipped prices
settings-price-file-explained = A price list file looks like the one Key Doctor ships with: each model with its prices.
# Technical details. $example: a small price list in JSON, kept as it is
settings-price-file-format = A price list is a JSON file shaped like { $example }. Prices are US dollars per million tokens.
settings-price-model = Model
settings-price-input = Input
# Input the model saw recently, billed cheaper (OpenAI calls it "cached input").
settings-price-reused-input = Reused input
settings-price-output = Output
# The name a screen reader says for a price field. $model: a model's name, such as gpt-5
settings-price-input-of = { $model } input price
# $model: a model's name, such as gpt-5
settings-price-reused-input-of = { $model } reused input price
# $model: a model's name, such as gpt-5
settings-price-output-of = { $model } output price
# Beside a price the person changed.
settings-price-edited = edited
settings-about = About
# $version: the version number, such as 1.2.0
settings-version = Key Doctor { $version }
# $folder: a folder on this computer
settings-preferences-kept-in = Preferences are kept in { $folder }
settings-no-config-folder = This system has no configuration folder, so preferences last until you close the app.
# $file: the preferences file on this computer
settings-file-unreadable = Your saved preferences in { $file } could not be read, so the defaults are used. The file is left as it is until you change a preference.
# $file: the preferences file on this computer
settings-file-unopenable = Your saved preferences in { $file } could not be opened, so the defaults are used.
# $file: the preferences file on this computer
settings-file-unsaved = Your preferences could not be saved to { $file }. They apply until Key Doctor closes.

## Glossary: technical words that stay, explained on hover (src/gui/widgets.rs)

# Before the glossary words of a page.
glossary-words-used-here = Words used here:
# The name of the "?" button beside a word. $term: the word, such as API key
glossary-what-is = What is "{ $term }"?
glossary-api-key = API key
glossary-api-key-meaning = A long secret code, starting with sk-, that lets a plugin, site or app use OpenAI on your account. Anyone who has it can spend your money, so keep it private.
glossary-admin-key = Admin key
glossary-admin-key-meaning = A key for managing your OpenAI organization, such as reading its usage and costs. It cannot be used to run models, and only the organization's owners can make one.
glossary-project = project
glossary-project-meaning = A folder in your OpenAI account that groups keys, with its own limits, models and spending. Each project key belongs to one project.
glossary-organization = organization
glossary-organization-meaning = Your company's or your own account at OpenAI: it holds the projects, the people, the credit and the bills.
glossary-token = token
glossary-token-meaning = The unit OpenAI counts and bills text in: a token is about three quarters of an English word, so a page of text is about a thousand tokens.
