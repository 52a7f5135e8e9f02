## The organization's side, read with an Admin key (src/org/)

## The parts of the organization Key Doctor reads, as named in "could not read …" sentences.
org-part-projects = the list of projects
org-part-keys = a project's keys
org-part-service-accounts = a project's service accounts
org-part-model-permissions = a project's model permissions
org-part-tool-permissions = a project's tool permissions
org-part-rate-limits = a project's rate limits
org-part-spend-limit = a spend limit
org-part-spend-alerts = the spend alerts
org-part-admin-keys = the list of Admin keys
org-part-costs = this month's costs
org-part-audit-log = the audit log

## Why a part could not be read; $part is one of the names above.
org-part-needs-management-read = Key Doctor could not read { $part }: this Admin key is not allowed to read the organization's settings. On the Admin keys page, set its "Organization administration" permission to Read.
org-part-needs-usage-read = Key Doctor could not read { $part }: this Admin key is not allowed to read usage. On the Admin keys page, set its "Usage" permission to Read.
org-part-admin-key-refused = Key Doctor could not read { $part }: OpenAI did not accept the Admin key. It may have been deleted or have expired.
org-part-forbidden = Key Doctor could not read { $part }: this Admin key is not allowed to.
# $reason is a sentence from errors.ftl.
org-part-failed = Key Doctor could not read { $part }. { $reason }

## A failing key's cause, found in the organization's facts. It is said before the key's own
## sentence, which carries the fix: these say only what the organization shows.
org-cause-project-archived = Project "{ $project }" is archived, so its keys no longer work.
org-cause-owner-lost-access = This key belongs to { $owner }, who no longer has access to project "{ $project }": the key stopped working when that person lost access. A service-account key does not depend on a person.
# $allowed is a list of model names.
org-cause-model-not-allowed = { $count ->
    [one] Project "{ $project }" allows only { $allowed }, not { $model }.
   *[other] Project "{ $project }" allows only these models: { $allowed }; { $model } is not one of them.
}
org-cause-model-denied = Project "{ $project }" blocks { $model }: it is on the project's list of blocked models.
# $limit and $spent are amounts of money.
org-cause-project-hard-limit = Project "{ $project }" has reached its hard limit of { $limit } this month ({ $spent } spent). The count starts again next month.
org-cause-organization-hard-limit = Your organization has reached its hard limit of { $limit } this month ({ $spent } spent). The count starts again next month.
org-cause-project-rate-limit = { $count ->
    [one] Project "{ $project }" allows { $model } only { $count } request a minute.
   *[other] Project "{ $project }" allows { $model } only { $count } requests a minute.
}
# $scopes is a list of permission names.
org-cause-scopes-from-audit-log = The audit log shows which permissions this key was last given: { $scopes }.
org-scopes-none = no permissions at all
# $date is a date; $by an e-mail address.
org-cause-key-deleted-by = This key was deleted on { $date } by { $by }.
org-cause-key-deleted = This key was deleted on { $date }.
org-cause-key-not-in-organization = { $count ->
    [0] Your organization has no keys at all, so this key was deleted or belongs to another organization.
    [one] Your organization has one key, and this is not it: this key was deleted, or it belongs to another organization.
   *[other] Your organization has { $count } keys, and this is none of them: this key was deleted, or it belongs to another organization.
}

## Said once when a key fails and no Admin key is at hand.
org-admin-key-would-tell = An Admin key of your organization would let Key Doctor tell the exact cause: whether the project blocks the model, has reached its spend limit, or the key's owner left. Add one on the Keys page.

## Flags on a key in the Organization view and `key-doctor org`; $days is a number.
org-flag-unused = Unused for { $days } days
org-flag-owner-lost-access = Owner lost access
org-flag-project-archived = Project archived
org-flag-not-in-this-app = Not in this app

## Buttons beside a flag; each opens a page on platform.openai.com.
org-fix-key-page = Open the key's page
org-fix-members = Open the project's members
org-fix-projects = Open the projects

## Names of the demo's sample keys for the organization's side (src/gui/services.rs).
common-sample-key-owner-left = Key of someone who left the project
common-sample-key-archived-project = Key of an archived project
common-sample-key-model-denied = Project that blocks gpt-5-mini
common-sample-key-admin-no-management = Admin key that may not read the organization
common-sample-key-admin-audit-off = Admin key of an organization without audit logging
common-sample-key-admin-large = Admin key of a large organization (1,000 keys)
