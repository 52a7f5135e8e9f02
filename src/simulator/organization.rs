//! The organization as the Admin API shows it (admin reference sections 3–10): projects and
//! their keys with owners, service accounts, model and tool permissions, rate limits, hard spend
//! limits, alerts, Admin keys and the audit log. The demo organization holds one of each
//! situation the Organization view explains; `AdminLargeOrganization`'s key sees a made-up
//! organization of 50 projects and 1,000 keys, for benchmarks. Only GETs exist here: Key Doctor
//! never changes an organization.

use serde_json::{Value, json};

use super::api::{Reply, SimRequest, list_page, query_value, query_values};
use super::scenarios::{Access, Scenario, SimKeyKind, USER_ID, admin_api_redaction};
use super::usage_data::{PROJECTS, SECONDS_PER_DAY, UsageData};

const LARGE_PROJECTS: usize = 50;
const LARGE_KEYS_PER_PROJECT: usize = 20;
/// When the large organization's projects were made.
const LARGE_CREATED: i64 = 1_700_000_000;

/// The person who left the Online shop project, and who deleted the revoked key.
const ANA: (&str, &str, &str) = ("user-anasouza", "Ana Souza", "ana@example.com");
const OWNER: (&str, &str, &str) = (USER_ID, "Demo Owner", "owner@example.com");

/// The organization's lists below `/v1/organization/` (`rest` is the path after it).
pub fn is_route(rest: &[&str]) -> bool {
    matches!(
        rest,
        ["projects"]
            | ["projects", _, "api_keys"]
            | ["projects", _, "service_accounts"]
            | ["projects", _, "model_permissions"]
            | ["projects", _, "hosted_tool_permissions"]
            | ["projects", _, "rate_limits"]
            | ["projects", _, "spend_limit"]
            | ["projects", _, "spend_alerts"]
            | ["spend_limit"]
            | ["spend_alerts"]
            | ["admin_api_keys"]
            | ["audit_logs"]
    )
}

/// The answer to a GET of the organization's lists, as `admin` sees it.
pub fn answer(
    data: &UsageData,
    now: i64,
    admin: Scenario,
    rest: &[&str],
    req: &SimRequest,
) -> Reply {
    if admin == Scenario::AdminLargeOrganization {
        return large::answer(now, rest, req);
    }
    match rest {
        ["projects"] => list_page(req, projects(req)),
        ["projects", id, part] => match PROJECTS.iter().position(|p| p.id == *id) {
            Some(project) => project_part(data, now, project, part, req),
            None => no_such_project(id),
        },
        ["spend_limit"] => {
            let spent = month_cost(data, now, None);
            spend_limit(
                "organization.spend_limit",
                spent.floor().max(1.0) as i64 * 100,
            )
        }
        ["spend_alerts"] => list_page(req, vec![alert("organization.spend_alert", 0, 150_000)]),
        ["admin_api_keys"] => list_page(req, admin_keys(now)),
        ["audit_logs"] if admin == Scenario::AdminAuditOff => list_page(req, Vec::new()),
        ["audit_logs"] => list_page(req, audit_log(now, req)),
        _ => not_found(),
    }
}

fn projects(req: &SimRequest) -> Vec<Value> {
    let include_archived = query_value(req, "include_archived") == Some("true");
    PROJECTS
        .iter()
        .filter(|p| include_archived || !p.archived)
        .map(|p| {
            let archived_at = p.archived.then_some(p.created_at + 200 * SECONDS_PER_DAY);
            project_json(p.id, p.name, p.created_at, archived_at)
        })
        .collect()
}

fn project_json(id: &str, name: &str, created_at: i64, archived_at: Option<i64>) -> Value {
    json!({
        "object": "organization.project",
        "id": id,
        "name": name,
        "created_at": created_at,
        "archived_at": archived_at,
        "status": if archived_at.is_some() { "archived" } else { "active" },
    })
}

fn project_part(data: &UsageData, now: i64, project: usize, part: &str, req: &SimRequest) -> Reply {
    match part {
        "api_keys" => list_page(req, project_keys(data, now, project, req)),
        "service_accounts" if PROJECTS[project].archived => Reply::error(
            400,
            "Archived projects have no service accounts.",
            "invalid_request_error",
            None,
            None,
        ),
        "service_accounts" => list_page(req, service_accounts(project)),
        "model_permissions" => match project {
            2 => model_permissions("allow_list", &["gpt-4o-mini", "gpt-4.1-mini"]),
            4 => model_permissions("deny_list", &["gpt-5-mini"]),
            _ => not_found(),
        },
        "hosted_tool_permissions" => tool_permissions(project != 1),
        "rate_limits" => list_page(req, rate_limits(project)),
        "spend_limit" if project == 2 => {
            let spent = month_cost(data, now, Some(project));
            // Reached: the limit is this month's spend so far, rounded down to a dollar.
            spend_limit(
                "project.spend_limit",
                (spent.floor().max(0.01) * 100.0) as i64,
            )
        }
        "spend_limit" => not_found(),
        "spend_alerts" if project == 0 => {
            list_page(req, vec![alert("project.spend_alert", 0, 10_000)])
        }
        "spend_alerts" => list_page(req, Vec::new()),
        _ => not_found(),
    }
}

/// This UTC month's cost of a project (or of all), as the costs endpoint sums it.
fn month_cost(data: &UsageData, now: i64, project: Option<usize>) -> f64 {
    let today = now.div_euclid(SECONDS_PER_DAY);
    let first = crate::org::read::month_start(now).div_euclid(SECONDS_PER_DAY);
    data.cost_of(first, today, project)
}

/// Who owns a scenario's key, and whether they still have access to its project.
fn owner_of(scenario: Scenario) -> (Value, &'static str) {
    match (scenario.kind(), scenario) {
        (SimKeyKind::ServiceAccount, _) => (
            json!({"type": "service_account", "service_account": {"id": "svc_acct_demoSupport", "name": "Support bot", "role": "member", "created_at": 1_695_100_000}}),
            "active",
        ),
        (_, Scenario::OwnerLeft) => (user_owner(ANA, "member"), "inactive"),
        _ => (user_owner(OWNER, "owner"), "active"),
    }
}

fn user_owner((id, name, email): (&str, &str, &str), role: &str) -> Value {
    json!({"type": "user", "user": {"object": "organization.project.user", "id": id, "name": name, "email": email, "role": role, "created_at": 1_690_000_000}})
}

/// A project's keys: the scenario keys of the project (not the deleted one), then the keys
/// nobody stored here, filtered by `owner_project_access` as OpenAI does.
fn project_keys(data: &UsageData, now: i64, project: usize, req: &SimRequest) -> Vec<Value> {
    let access_filter = query_value(req, "owner_project_access").unwrap_or("active");
    data.api_keys
        .iter()
        .filter(|k| k.project == project)
        .filter_map(|k| {
            let scenario = Scenario::ALL.into_iter().find(|s| s.key_id() == k.id);
            if scenario == Some(Scenario::Revoked) {
                return None;
            }
            let (owner, access) = scenario.map_or((user_owner(OWNER, "owner"), "active"), owner_of);
            if access_filter != "any" && access_filter != access {
                return None;
            }
            // The retired prototype's key has not been used for months.
            let idle_days = if PROJECTS[project].archived { 150 } else { 0 };
            Some(json!({
                "object": "organization.project.api_key",
                "id": k.id,
                "name": k.name,
                "redacted_value": k.redacted_value,
                "created_at": k.created_at,
                "last_used_at": now - 3600 - idle_days * SECONDS_PER_DAY,
                "owner_project_access": access,
                "owner": owner,
            }))
        })
        .collect()
}

fn service_accounts(project: usize) -> Vec<Value> {
    if project != 1 {
        return Vec::new();
    }
    vec![
        json!({"object": "organization.project.service_account", "id": "svc_acct_demoSupport", "name": "Support bot", "role": "member", "created_at": 1_695_100_000}),
    ]
}

fn model_permissions(mode: &str, models: &[&str]) -> Reply {
    Reply::ok(json!({"object": "project.model_permissions", "mode": mode, "model_ids": models}))
}

fn tool_permissions(web_search: bool) -> Reply {
    let on = |enabled: bool| json!({"enabled": enabled});
    Reply::ok(json!({
        "file_search": on(true),
        "web_search": on(web_search),
        "image_generation": on(false),
        "mcp": on(true),
        "code_interpreter": on(true),
    }))
}

fn rate_limits(project: usize) -> Vec<Value> {
    let limit = |model: &str, requests: u64, tokens: u64| json!({"object": "project.rate_limit", "id": format!("rl-{model}"), "model": model, "max_requests_per_1_minute": requests, "max_tokens_per_1_minute": tokens});
    match project {
        0 => vec![
            limit("gpt-5-mini", 500, 500_000),
            limit("gpt-5", 500, 500_000),
        ],
        1 => vec![limit("gpt-4.1", 100, 200_000)],
        _ => vec![limit("gpt-5-mini", 5000, 2_000_000)],
    }
}

fn spend_limit(object: &str, cents: i64) -> Reply {
    Reply::ok(
        json!({"object": object, "threshold_amount": cents, "currency": "USD", "interval": "month", "enforcement": {"status": "enforcing"}}),
    )
}

fn alert(object: &str, index: usize, cents: i64) -> Value {
    json!({"object": object, "id": format!("alert_demo{index}"), "threshold_amount": cents, "currency": "USD", "interval": "month", "notification_channel": {"type": "email", "recipients": [OWNER.2]}})
}

fn admin_keys(now: i64) -> Vec<Value> {
    Scenario::ALL
        .into_iter()
        .filter(|s| s.kind() == SimKeyKind::Admin && *s != Scenario::AdminLargeOrganization)
        .map(|s| {
            json!({
                "object": "organization.admin_api_key",
                "id": s.key_id(),
                "name": s.description(),
                "redacted_value": admin_api_redaction(&s.secret()),
                "created_at": 1_720_000_000,
                "expires_at": Value::Null,
                "last_used_at": now - 60,
                "owner": {"type": "user", "object": "organization.user", "id": USER_ID, "name": OWNER.1, "role": "owner", "created_at": 1_690_000_000},
            })
        })
        .collect()
}

/// Key events: the restricted keys' scopes were last set 40 days ago; the revoked key was
/// deleted by Ana 17 days ago. Filtered by time and type as OpenAI does, newest first.
fn audit_log(now: i64, req: &SimRequest) -> Vec<Value> {
    let mut events: Vec<Value> = Scenario::ALL
        .into_iter()
        .filter_map(|s| match s.access() {
            Access::Restricted(scopes) if s.kind() != SimKeyKind::Admin => {
                Some((s, scopes.to_vec()))
            }
            Access::ReadOnly => Some((s, vec!["api.all.read"])),
            _ => None,
        })
        .map(|(s, scopes)| {
            let at = now - 40 * SECONDS_PER_DAY;
            key_event(
                &format!("audit_log-{}", s.key_id()),
                "api_key.updated",
                at,
                &s.key_id(),
                OWNER,
                Some(json!({"scopes": scopes})),
            )
        })
        .collect();
    let revoked = Scenario::Revoked.key_id();
    events.push(key_event(
        "audit_log-deleted",
        "api_key.deleted",
        now - 17 * SECONDS_PER_DAY,
        &revoked,
        ANA,
        None,
    ));
    filter_events(events, req)
}

fn key_event(
    id: &str,
    kind: &str,
    at: i64,
    key_id: &str,
    by: (&str, &str, &str),
    changes: Option<Value>,
) -> Value {
    let mut details = json!({"id": key_id});
    if let Some(changes) = changes {
        let place = if kind == "api_key.created" {
            "data"
        } else {
            "changes_requested"
        };
        details[place] = changes;
    }
    let mut event = json!({
        "id": id,
        "type": kind,
        "effective_at": at,
        "project": {"id": PROJECTS[0].id, "name": PROJECTS[0].name},
        "actor": {"type": "session", "session": {"user": {"id": by.0, "email": by.2}, "ip_address": "127.0.0.1"}},
    });
    event[kind] = details;
    event
}

/// The `effective_at` window asked for, as `[from, to)`.
fn window(req: &SimRequest) -> (i64, i64) {
    let bound = |name: &str| query_value(req, name).and_then(|v| v.parse::<i64>().ok());
    let from = bound("effective_at[gte]").or(bound("effective_at[gt]").map(|b| b + 1));
    let to = bound("effective_at[lt]").or(bound("effective_at[lte]").map(|b| b + 1));
    (from.unwrap_or(i64::MIN), to.unwrap_or(i64::MAX))
}

/// `effective_at[gte|gt|lte|lt]` and `event_types[]`, newest first.
fn filter_events(mut events: Vec<Value>, req: &SimRequest) -> Vec<Value> {
    let (from, to) = window(req);
    let types = query_values(req, "event_types");
    events.retain(|event| {
        let at = event["effective_at"].as_i64().unwrap_or(0);
        at >= from && at < to && (types.is_empty() || types.iter().any(|t| event["type"] == *t))
    });
    events.sort_by_key(|event| std::cmp::Reverse(event["effective_at"].as_i64().unwrap_or(0)));
    events
}

fn no_such_project(id: &str) -> Reply {
    Reply::error(
        404,
        &format!("No such project: {id}"),
        "invalid_request_error",
        None,
        None,
    )
}

/// What OpenAI answers for a policy or limit that was never set is [I] (admin reference,
/// open question 5); a 404 is the likeliest, and Key Doctor reads it as "none".
fn not_found() -> Reply {
    Reply::error(404, "Not found.", "invalid_request_error", None, None)
}

/// The made-up organization of 50 projects with 20 keys each.
mod large {
    use super::*;

    pub fn answer(now: i64, rest: &[&str], req: &SimRequest) -> Reply {
        match rest {
            ["projects"] => {
                let items = (0..LARGE_PROJECTS)
                    .map(|p| {
                        project_json(
                            &project_id(p),
                            &format!("Project {:02}", p + 1),
                            LARGE_CREATED,
                            None,
                        )
                    })
                    .collect();
                list_page(req, items)
            }
            ["projects", id, part] => {
                let Some(project) = (0..LARGE_PROJECTS).find(|p| project_id(*p) == *id) else {
                    return no_such_project(id);
                };
                match *part {
                    "api_keys" => list_page(req, keys(now, project)),
                    "service_accounts" => list_page(
                        req,
                        vec![
                            json!({"object": "organization.project.service_account", "id": format!("svc_acct_big{project}"), "name": "Deploy bot", "role": "member", "created_at": LARGE_CREATED}),
                        ],
                    ),
                    "model_permissions" if project.is_multiple_of(5) => {
                        model_permissions("allow_list", &["gpt-5-mini", "gpt-4o-mini"])
                    }
                    "model_permissions" | "spend_limit" => not_found(),
                    "hosted_tool_permissions" => tool_permissions(true),
                    "rate_limits" => list_page(req, rate_limits(0)),
                    "spend_alerts" => list_page(req, Vec::new()),
                    _ => not_found(),
                }
            }
            ["spend_limit"] => not_found(),
            ["spend_alerts"] | ["admin_api_keys"] => list_page(req, Vec::new()),
            ["audit_logs"] => list_page(req, audit_log(now, req)),
            _ => not_found(),
        }
    }

    fn project_id(project: usize) -> String {
        format!("proj_big{project:02}")
    }

    fn key_id(project: usize, key: usize) -> String {
        format!("key_big{project:02}x{key:02}")
    }

    fn keys(now: i64, project: usize) -> Vec<Value> {
        (0..LARGE_KEYS_PER_PROJECT)
            .map(|key| {
                let n = project * LARGE_KEYS_PER_PROJECT + key;
                let owner = if n.is_multiple_of(3) {
                    json!({"type": "service_account", "service_account": {"id": format!("svc_acct_big{project}"), "name": "Deploy bot", "role": "member", "created_at": LARGE_CREATED}})
                } else {
                    user_owner((&format!("user-big{}", n % 40), &format!("Person {}", n % 40), &format!("person{}@example.com", n % 40)), "member")
                };
                json!({
                    "object": "organization.project.api_key",
                    "id": key_id(project, key),
                    "name": format!("Key {n:04}"),
                    "redacted_value": format!("sk-proj-...{n:04}"),
                    "created_at": LARGE_CREATED + n as i64 * 3600,
                    "last_used_at": if n.is_multiple_of(7) { Value::Null } else { Value::from(now - (n as i64 % 200) * SECONDS_PER_DAY) },
                    "owner_project_access": if n.is_multiple_of(50) { "inactive" } else { "active" },
                    "owner": owner,
                })
            })
            .collect()
    }

    /// One `api_key.created` event per key, spread over the last year; only those in the
    /// asked window are made (a year of them, twelve times over, would be the benchmark's cost).
    fn audit_log(now: i64, req: &SimRequest) -> Vec<Value> {
        let (from, to) = window(req);
        let events = (0..LARGE_PROJECTS * LARGE_KEYS_PER_PROJECT)
            .filter_map(|n| {
                let at = now - (n as i64 * 359 * SECONDS_PER_DAY) / 1000 - 60;
                if at < from || at >= to {
                    return None;
                }
                let (project, key) = (n / LARGE_KEYS_PER_PROJECT, n % LARGE_KEYS_PER_PROJECT);
                Some(key_event(
                    &format!("audit_log-big{n}"),
                    "api_key.created",
                    at,
                    &key_id(project, key),
                    OWNER,
                    Some(json!({"scopes": []})),
                ))
            })
            .collect();
        filter_events(events, req)
    }
}
