//! `key-doctor org`: the organization's side, read with the Admin key of OPENAI_ADMIN_KEY —
//! each project's permissions, limits and alerts, every key with its owner, dates, this month's
//! cost and what needs attention, and the parts that could not be read. Only GETs are sent, only
//! with the Admin key; the key itself is never printed, not even redacted.

use std::fmt::Write as _;
use std::process::ExitCode;

use serde::Serialize;

use super::Problem;
use crate::clock::Clock;
use crate::i18n::{self, Language, count, date_at, money};
use crate::openai::ClientConfig;
use crate::openai::admin::{HostedToolPermissions, ModelPermissions, ProjectRateLimit, tool_words};
use crate::openai::admin::{SpendAlert, SpendLimit};
use crate::org::{
    KeyFlag, KeyRow, OrgFacts, Part, PartError, PartName, ProjectFacts, StoredKey, key_rows,
    read_organization,
};
use crate::tr;
use crate::usage::dataset::technical_words;

/// Exit statuses: 0 everything was read, 1 some part failed but something was read, 2 nothing
/// could be read (no Admin key, a refused key, no network).
pub fn run(config: ClientConfig, json: bool) -> ExitCode {
    let facts = match read(config) {
        Ok(facts) => facts,
        Err(problem) => return problem.exit(),
    };
    let stored = stored_keys();
    let rows = key_rows(&facts, &stored, facts.read_at);
    let nothing_read = nothing_was_read(&facts);
    if json {
        if let Err(exit) = super::print_json(&OrgJson::new(&facts, &rows)) {
            return exit;
        }
    } else if nothing_read {
        say_failures_once(&facts);
    } else {
        print!("{}", text_report(&facts, &rows, !stored.is_empty()));
    }
    ExitCode::from(if nothing_read {
        2
    } else if facts.failures().is_empty() {
        0
    } else {
        1
    })
}

/// The organization, read with the Admin key of the environment.
fn read(config: ClientConfig) -> Result<OrgFacts, Problem> {
    let (admin_key, client, runtime) = super::admin_session(config, "cli-org-needs-admin-key")?;
    let now = Clock::system().now().as_second();
    Ok(runtime.block_on(read_organization(&client, &admin_key.secret, now)))
}

/// True when every part failed: then there is nothing to show but why.
fn nothing_was_read(facts: &OrgFacts) -> bool {
    facts.projects.is_err()
        && facts.admin_keys.is_err()
        && facts.spend_limit.is_err()
        && facts.spend_alerts.is_err()
        && facts.month_costs.is_err()
        && facts.audit_log.is_err()
}

/// The keys kept in this app, from the key list alone (names, redacted forms, remembered
/// ids): the keychain is not opened, and no secret is read.
fn stored_keys() -> Vec<StoredKey> {
    super::check::stored_entries()
        .into_iter()
        .map(|entry| StoredKey {
            name: entry.label,
            redacted: entry.redacted,
            remembered_id: entry.openai_key_id,
        })
        .collect()
}

/// `--json`: the facts as `OrgFacts` serializes them, the key rows, and the failed parts, all
/// in English whatever the language.
#[derive(Serialize)]
struct OrgJson<'a> {
    #[serde(flatten)]
    facts: &'a OrgFacts,
    keys: &'a [KeyRow],
    failures: Vec<FailureJson<'a>>,
}

#[derive(Serialize)]
struct FailureJson<'a> {
    project: Option<&'a str>,
    part: PartName,
    sentence: String,
}

impl<'a> OrgJson<'a> {
    fn new(facts: &'a OrgFacts, keys: &'a [KeyRow]) -> Self {
        let failures = facts
            .failures()
            .into_iter()
            .map(|(project, error)| FailureJson {
                project,
                part: error.part,
                sentence: i18n::with_language(Language::English, || error.sentence()),
            })
            .collect();
        OrgJson {
            facts,
            keys,
            failures,
        }
    }
}

/// Says on standard error why parts could not be read, each cause once: a refused Admin key
/// or a network down fails every part alike, and one sentence says it.
pub(super) fn say_failures_once(facts: &OrgFacts) {
    let mut said: Vec<String> = Vec::new();
    for (project, error) in facts.failures() {
        let technical = technical_words(&error.error);
        if !said.contains(&technical) {
            failure_problem(project, error).say();
            said.push(technical);
        }
    }
}

/// A failed part as a sentence, with the project it is about, and the error's own words apart.
fn failure_problem(project: Option<&str>, error: &PartError) -> Problem {
    let sentence = match project {
        Some(project) => tr!(
            "cli-org-failure-in-project",
            project = project,
            sentence = error.sentence()
        ),
        None => error.sentence(),
    };
    Problem::new(sentence).with_technical(Some(technical_words(&error.error)))
}

/// The whole report for a terminal: the organization, each project, each key, what failed.
/// "Not in this app" is said only when this app keeps some key here: else it is every key.
fn text_report(facts: &OrgFacts, rows: &[KeyRow], keeps_keys: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        tr!("cli-org-heading", date = date_at(facts.read_at))
    );
    out.push_str(&organization_block(facts));
    for project in facts.projects() {
        out.push('\n');
        out.push_str(&project_block(project, facts));
    }
    if facts.projects.is_ok() {
        let _ = writeln!(out, "\n{}", tr!("cli-org-keys-heading", count = rows.len()));
        for row in rows {
            out.push_str(&key_block(row, keeps_keys));
        }
    }
    let failures = facts.failures();
    if !failures.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            tr!("cli-org-failures-heading", count = failures.len())
        );
        for (project, error) in failures {
            let text = failure_problem(project, error).text();
            let _ = writeln!(out, "  {}", text.replace('\n', "\n  "));
        }
    }
    out
}

/// What is said in place of a part that could not be read (its sentence comes at the end).
fn not_read() -> String {
    tr!("cli-org-not-read")
}

/// This month's spend of the whole organization, or of one project (`None`: costs unread).
fn spent(facts: &OrgFacts, project_id: Option<&str>) -> Option<f64> {
    let costs = facts.month_costs.as_ref().ok()?;
    Some(match project_id {
        Some(id) => costs.by_project.get(id).copied().unwrap_or(0.0),
        None => costs.by_project.values().sum(),
    })
}

/// The organization-wide lines: its hard spend limit, alerts, Admin keys and audit log.
fn organization_block(facts: &OrgFacts) -> String {
    let mut out = format!("{}\n", tr!("cli-org-whole-organization"));
    let spent = spent(facts, None);
    let _ = writeln!(out, "  {}", spend_limit_line(&facts.spend_limit, spent));
    let _ = writeln!(out, "  {}", alerts_line(&facts.spend_alerts));
    let admin_keys = match &facts.admin_keys {
        Ok(keys) => tr!("cli-org-admin-keys", count = keys.len()),
        Err(_) => tr!("cli-org-admin-keys-unknown", state = not_read()),
    };
    let _ = writeln!(out, "  {admin_keys}");
    if facts.audit_log.as_ref().is_ok_and(Vec::is_empty) {
        let _ = writeln!(out, "  {}", tr!("cli-org-audit-log-empty"));
    }
    out
}

/// A project: its name (and whether it is archived), models, tools, rate limits, spend.
fn project_block(project: &ProjectFacts, facts: &OrgFacts) -> String {
    let id = &project.project.id;
    let heading = if project.is_archived() {
        tr!("cli-org-project-archived", name = project.name(), id = id)
    } else {
        tr!("cli-org-project", name = project.name(), id = id)
    };
    let spent = spent(facts, Some(id));
    [
        heading,
        format!("  {}", models_line(&project.model_permissions)),
        format!("  {}", tools_line(&project.tool_permissions)),
        format!("  {}", rate_limits_line(&project.rate_limits)),
        format!("  {}", spend_limit_line(&project.spend_limit, spent)),
        format!("  {}", alerts_line(&project.spend_alerts)),
    ]
    .join("\n")
        + "\n"
}

fn models_line(permissions: &Part<Option<ModelPermissions>>) -> String {
    let models = match permissions {
        Err(_) => not_read(),
        Ok(None) => tr!("cli-org-models-all"),
        Ok(Some(policy)) if policy.is_allow_list() => {
            tr!("cli-org-models-only", models = policy.model_ids.join(", "))
        }
        Ok(Some(policy)) if policy.model_ids.is_empty() => tr!("cli-org-models-all"),
        Ok(Some(policy)) => tr!(
            "cli-org-models-except",
            models = policy.model_ids.join(", ")
        ),
    };
    tr!("cli-org-models", models = models)
}

fn tools_line(permissions: &Part<Option<HostedToolPermissions>>) -> String {
    let off: Vec<String> = match permissions {
        Err(_) => return tr!("cli-org-tools-unknown", state = not_read()),
        Ok(None) => Vec::new(),
        Ok(Some(tools)) => tools.turned_off().map(tool_words).collect(),
    };
    if off.is_empty() {
        tr!("cli-org-tools-all-on")
    } else {
        tr!("cli-org-tools-off", tools = off.join(", "))
    }
}

fn rate_limits_line(limits: &Part<Vec<ProjectRateLimit>>) -> String {
    let limits = match limits {
        Err(_) => return tr!("cli-org-rate-limits", limits = not_read()),
        Ok(limits) if limits.is_empty() => return tr!("cli-org-rate-limits-none"),
        Ok(limits) => limits,
    };
    let each: Vec<String> = limits
        .iter()
        .map(|limit| {
            let mut caps = Vec::new();
            if let Some(requests) = limit.max_requests_per_1_minute {
                caps.push(tr!(
                    "cli-org-requests-a-minute",
                    number = count(requests),
                    count = requests
                ));
            }
            if let Some(tokens) = limit.max_tokens_per_1_minute {
                caps.push(tr!(
                    "cli-org-tokens-a-minute",
                    number = count(tokens),
                    count = tokens
                ));
            }
            format!("{} ({})", limit.model, caps.join(", "))
        })
        .collect();
    tr!("cli-org-rate-limits", limits = each.join("; "))
}

/// "Hard spend limit: $48.10 of $50.00 this month", or why there is none.
fn spend_limit_line(limit: &Part<Option<SpendLimit>>, spent: Option<f64>) -> String {
    let spent_words = spent.map_or_else(|| tr!("cli-org-unknown"), money);
    let spent_words = spent_words.as_str();
    match limit {
        Err(_) => tr!(
            "cli-org-hard-limit-unknown",
            state = not_read(),
            spent = spent_words
        ),
        Ok(None) => tr!("cli-org-no-hard-limit", spent = spent_words),
        Ok(Some(limit)) if !limit.is_enforcing() => tr!(
            "cli-org-hard-limit-not-enforced",
            spent = spent_words,
            limit = money(limit.dollars())
        ),
        Ok(Some(limit)) if spent.is_some_and(|spent| spent >= limit.dollars()) => tr!(
            "cli-org-hard-limit-reached",
            spent = spent_words,
            limit = money(limit.dollars())
        ),
        Ok(Some(limit)) => tr!(
            "cli-org-hard-limit",
            spent = spent_words,
            limit = money(limit.dollars())
        ),
    }
}

fn alerts_line(alerts: &Part<Vec<SpendAlert>>) -> String {
    let alerts = match alerts {
        Err(_) => return tr!("cli-org-alerts", alerts = not_read()),
        Ok(alerts) if alerts.is_empty() => return tr!("cli-org-alerts-none"),
        Ok(alerts) => alerts,
    };
    let each: Vec<String> = alerts
        .iter()
        .map(|alert| {
            let amount = money(alert.threshold_amount as f64 / 100.0);
            let recipients = &alert.notification_channel.recipients;
            if recipients.is_empty() {
                amount
            } else {
                tr!(
                    "cli-org-alert-to",
                    amount = amount,
                    recipients = recipients.join(", ")
                )
            }
        })
        .collect();
    tr!("cli-org-alerts", alerts = each.join("; "))
}

/// One key: name and project, owner, dates and cost, its name here, and its flags with the
/// page that deals with each.
fn key_block(row: &KeyRow, keeps_keys: bool) -> String {
    let mut out = format!(
        "  {}\n",
        tr!(
            "cli-org-key",
            name = &row.name,
            redacted = row.redacted.as_deref().unwrap_or(&row.id),
            project = &row.project
        )
    );
    let _ = writeln!(out, "    {}", owner_line(row));
    let last_used = row
        .last_used_at
        .map_or_else(|| tr!("cli-org-never"), date_at);
    let _ = writeln!(
        out,
        "    {}",
        tr!(
            "cli-org-key-dates",
            created = row
                .created_at
                .map_or_else(|| tr!("cli-org-unknown"), date_at),
            last_used = last_used,
            cost = row.month_cost.map_or_else(|| tr!("cli-org-unknown"), money)
        )
    );
    if let Some(name) = &row.stored_as {
        let _ = writeln!(out, "    {}", tr!("cli-org-key-stored-as", name = name));
    }
    for flag in &row.flags {
        if *flag == KeyFlag::NotInThisApp && !keeps_keys {
            continue;
        }
        let _ = writeln!(out, "    {}", flag_line(*flag, &row.project_id));
    }
    out
}

fn owner_line(row: &KeyRow) -> String {
    let Some(owner) = &row.owner else {
        return tr!("cli-org-key-owner-unknown");
    };
    let owner = if row.owner_is_service_account {
        tr!("cli-org-service-account", name = owner)
    } else {
        owner.clone()
    };
    if row.owner_has_access {
        tr!("cli-org-key-owner", owner = owner)
    } else {
        tr!("cli-org-key-owner-left", owner = owner)
    }
}

/// "! Owner lost access — Open the project's members: https://…"; serious flags get "!".
fn flag_line(flag: KeyFlag, project_id: &str) -> String {
    let mark = if flag.is_serious() { "!" } else { "·" };
    match flag.fix(project_id) {
        Some((label, url)) => format!(
            "{mark} {}",
            tr!(
                "cli-org-flag-fix",
                flag = flag.words(),
                fix = label,
                url = url
            )
        ),
        None => format!("{mark} {}", flag.words()),
    }
}
