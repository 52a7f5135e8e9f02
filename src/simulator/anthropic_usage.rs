//! Anthropic's Admin API for usage and cost (reference/providers.md 1.6): the messages usage
//! report, the cost report, the workspaces and the API keys of the demo organization, for the
//! Anthropic Admin scenario key. A small organization (two workspaces beside the default one,
//! three models, two API keys and some Console use without a key) over about a year. Every
//! figure depends only on the day, so the same request always gets the same answer; the last day
//! with usage is today by the computer's clock (the provider routes do not see the simulator's
//! pinned `today`). Shapes follow Anthropic's API reference [D]; the `description` texts beyond
//! the documented example, the error texts of a bad query and `next_page` being the next
//! bucket's start are [I].

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::{Value, json};

use super::fnv;
use super::{ProviderReply, ProviderRequest};

const SECONDS_PER_DAY: i64 = 86_400;
/// Days of usage before today.
const HISTORY_DAYS: i64 = 370;
/// `1d` buckets: 7 a page unless asked, at most 31 [D].
const DEFAULT_BUCKETS: i64 = 7;
const MAX_BUCKETS: i64 = 31;

/// The admin routes, below `/anthropic`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AdminRoute {
    UsageReport,
    CostReport,
    Workspaces,
    ApiKeys,
}

impl AdminRoute {
    /// The route a GET of `path` asks for.
    pub(super) fn of(request: &ProviderRequest) -> Option<AdminRoute> {
        if request.method != "GET" {
            return None;
        }
        match request.path.as_str() {
            "/v1/organizations/usage_report/messages" => Some(AdminRoute::UsageReport),
            "/v1/organizations/cost_report" => Some(AdminRoute::CostReport),
            "/v1/organizations/workspaces" => Some(AdminRoute::Workspaces),
            "/v1/organizations/api_keys" => Some(AdminRoute::ApiKeys),
            _ => None,
        }
    }
}

/// The answer to the Admin key on an admin route: the page asked for, or Anthropic's 400 for a
/// query it would refuse.
pub(super) fn reply(route: AdminRoute, request: &ProviderRequest) -> ProviderReply {
    let today = Timestamp::now().as_second().div_euclid(SECONDS_PER_DAY);
    let body = match route {
        AdminRoute::UsageReport => usage_report(request, today),
        AdminRoute::CostReport => cost_report(request, today),
        AdminRoute::Workspaces => list_page(request, workspaces()),
        AdminRoute::ApiKeys => list_page(request, api_keys()),
    };
    match body {
        Ok(body) => super::anthropic_ok(body),
        Err(message) => super::anthropic_error(400, "invalid_request_error", &message),
    }
}

// ------------------------------------------------------------------------ the organization

/// A named workspace (the default workspace has no id and is not listed [D]).
pub(super) struct SimWorkspace {
    pub id: &'static str,
    pub name: &'static str,
}

pub(super) const WORKSPACES: [SimWorkspace; 2] = [
    SimWorkspace {
        id: "wrkspc_01DemoKeyDoctorResearch0",
        name: "Research",
    },
    SimWorkspace {
        id: "wrkspc_01DemoKeyDoctorSupport00",
        name: "Support bots",
    },
];

/// The key of the `AnthropicValid` scenario, in the default workspace.
pub(super) const VALID_KEY_ID: &str = "apikey_01DemoKeyDoctorValid0000";
/// A second key, in the Research workspace.
pub(super) const BATCH_KEY_ID: &str = "apikey_01DemoKeyDoctorBatch0000";

fn workspaces() -> Vec<(String, Value)> {
    WORKSPACES
        .iter()
        .map(|w| {
            let item = json!({
                "id": w.id,
                "type": "workspace",
                "name": w.name,
                "created_at": "2025-06-02T09:00:00Z",
                "archived_at": null,
                "display_color": "#6C5BB9",
            });
            (w.id.to_owned(), item)
        })
        .collect()
}

/// The organization's API keys, hinted as Anthropic hints keys: the first 16 characters and the
/// last 4. The first is the demo key that works, so a pasted key can be matched.
fn api_keys() -> Vec<(String, Value)> {
    let valid = super::ProviderScenario::AnthropicValid.secret();
    let head: String = valid.chars().take(16).collect();
    let valid_hint = format!("{head}...{}", super::last_chars(&valid, 4));
    // Not any scenario's key: only its hint exists.
    let batch_hint = concat!("sk-", "ant-", "api03-", "Bt9...", "x2AA");
    let key = |id: &str, name: &str, workspace: Option<&str>, hint: &str, created: &str| {
        json!({
            "id": id,
            "type": "api_key",
            "name": name,
            "workspace_id": workspace,
            "created_by": {"id": "user_01DemoKeyDoctorOwner000", "type": "user"},
            "partial_key_hint": hint,
            "status": "active",
            "created_at": created,
        })
    };
    vec![
        (
            VALID_KEY_ID.to_owned(),
            key(
                VALID_KEY_ID,
                "Demo key",
                None,
                &valid_hint,
                "2026-01-05T10:00:00Z",
            ),
        ),
        (
            BATCH_KEY_ID.to_owned(),
            key(
                BATCH_KEY_ID,
                "Nightly batch",
                Some(WORKSPACES[0].id),
                batch_hint,
                "2025-06-03T08:30:00Z",
            ),
        ),
    ]
}

/// A page of a list chained by `after_id` (`limit` 20 unless asked, 1 to 1000 [D]).
fn list_page(request: &ProviderRequest, items: Vec<(String, Value)>) -> Result<Value, String> {
    let limit = match request.query_value("limit") {
        None => 20,
        Some(text) => match text.parse::<usize>() {
            Ok(limit @ 1..=1000) => limit,
            _ => {
                return Err(format!(
                    "limit: Input should be between 1 and 1000, got {text}"
                ));
            }
        },
    };
    let start = match request.query_value("after_id") {
        None => 0,
        Some(after) => items
            .iter()
            .position(|(id, _)| id == after)
            .map_or(items.len(), |at| at + 1),
    };
    let page: Vec<&(String, Value)> = items.iter().skip(start).take(limit).collect();
    let has_more = start + page.len() < items.len();
    Ok(json!({
        "data": page.iter().map(|(_, item)| item.clone()).collect::<Vec<Value>>(),
        "has_more": has_more,
        "first_id": page.first().map(|(id, _)| id.clone()),
        "last_id": page.last().map(|(id, _)| id.clone()),
    }))
}

// ------------------------------------------------------------------------------ the traffic

/// Prices in cents per million tokens: uncached input, cache read, 5-minute cache write,
/// 1-hour cache write, output (Anthropic's list prices; the app keeps no table of its own).
struct Model {
    id: &'static str,
    /// As the cost report's descriptions name it.
    name: &'static str,
    prices: [u64; 5],
}

const MODELS: [Model; 3] = [
    Model {
        id: "claude-sonnet-4-5",
        name: "Claude Sonnet 4.5",
        prices: [300, 30, 375, 600, 1500],
    },
    Model {
        id: "claude-opus-4-6",
        name: "Claude Opus 4.6",
        prices: [500, 50, 625, 1000, 2500],
    },
    Model {
        id: "claude-haiku-4-5",
        name: "Claude Haiku 4.5",
        prices: [100, 10, 125, 200, 500],
    },
];

/// The token types of the cost report, in the order of `Model::prices`, and their words.
const TOKEN_TYPES: [(&str, &str); 5] = [
    ("uncached_input_tokens", "Input Tokens"),
    ("cache_read_input_tokens", "Cache Read Input Tokens"),
    (
        "cache_creation.ephemeral_5m_input_tokens",
        "5m Cache Write Input Tokens",
    ),
    (
        "cache_creation.ephemeral_1h_input_tokens",
        "1h Cache Write Input Tokens",
    ),
    ("output_tokens", "Output Tokens"),
];

/// One web search costs one cent ($10 per 1,000 [D]).
const MICROCENTS_PER_SEARCH: u64 = 1_000_000;

/// One steady source of traffic: a key (or the Console) calling a model in a workspace.
struct Stream {
    workspace: Option<&'static str>,
    api_key: Option<&'static str>,
    model: usize,
    /// Input tokens on an ordinary weekday.
    daily_input: u64,
    /// Days before today it started (its first days are empty before).
    since_days: i64,
    searches: bool,
}

const STREAMS: [Stream; 5] = [
    Stream {
        workspace: None,
        api_key: Some(VALID_KEY_ID),
        model: 0,
        daily_input: 420_000,
        since_days: HISTORY_DAYS,
        searches: false,
    },
    Stream {
        workspace: None,
        api_key: Some(VALID_KEY_ID),
        model: 2,
        daily_input: 1_300_000,
        since_days: HISTORY_DAYS,
        searches: false,
    },
    Stream {
        workspace: Some(WORKSPACES[0].id),
        api_key: Some(BATCH_KEY_ID),
        model: 1,
        daily_input: 180_000,
        since_days: 200,
        searches: false,
    },
    Stream {
        workspace: Some(WORKSPACES[0].id),
        api_key: Some(BATCH_KEY_ID),
        model: 0,
        daily_input: 650_000,
        since_days: HISTORY_DAYS,
        searches: false,
    },
    // Tried out in the Console's Workbench: usage without a key [D].
    Stream {
        workspace: Some(WORKSPACES[1].id),
        api_key: None,
        model: 2,
        daily_input: 60_000,
        since_days: 120,
        searches: true,
    },
];

/// One stream's tokens on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct DayTokens {
    uncached: u64,
    cache_read: u64,
    cache_5m: u64,
    cache_1h: u64,
    output: u64,
    searches: u64,
}

impl DayTokens {
    fn add(&mut self, other: DayTokens) {
        self.uncached += other.uncached;
        self.cache_read += other.cache_read;
        self.cache_5m += other.cache_5m;
        self.cache_1h += other.cache_1h;
        self.output += other.output;
        self.searches += other.searches;
    }

    /// In the order of `TOKEN_TYPES`.
    fn by_type(self) -> [u64; 5] {
        [
            self.uncached,
            self.cache_read,
            self.cache_5m,
            self.cache_1h,
            self.output,
        ]
    }
}

/// A stream's tokens on `day`, when `today` is the last day with usage.
fn tokens(stream: usize, day: i64, today: i64) -> DayTokens {
    let s = &STREAMS[stream];
    if day > today || day <= today - s.since_days.min(HISTORY_DAYS) {
        return DayTokens::default();
    }
    let hash = fnv(&format!("anthropic/{stream}/{day}"));
    // 50% to 150% of the ordinary day; weekends (day 3 of the epoch was a Sunday) at a third.
    let mut input = s.daily_input * (50 + hash % 101) / 100;
    if matches!(day.rem_euclid(7), 2 | 3) {
        input /= 3;
    }
    let cache_read = input * (20 + (hash >> 8) % 20) / 100;
    let cache_5m = input * ((hash >> 16) % 6) / 100;
    let cache_1h = if (hash >> 24).is_multiple_of(4) {
        input / 50
    } else {
        0
    };
    DayTokens {
        uncached: input - cache_read - cache_5m - cache_1h,
        cache_read,
        cache_5m,
        cache_1h,
        output: input * (8 + (hash >> 32) % 10) / 100,
        searches: if s.searches { (hash >> 40) % 25 } else { 0 },
    }
}

// ----------------------------------------------------------------------------- the reports

/// The buckets a report request asks for: its first day and how many, and whether more follow.
struct Buckets {
    first: i64,
    count: i64,
    next: Option<i64>,
}

fn day_of(text: &str, field: &str) -> Result<i64, String> {
    text.parse::<Timestamp>()
        .map(|at| at.as_second().div_euclid(SECONDS_PER_DAY))
        .map_err(|_| format!("{field}: Input should be a valid datetime, got {text}"))
}

/// `starting_at` (snapped to its day), `ending_at` (buckets ending by it; today's end when not
/// given), `page` (where a previous page stopped) and `limit`.
fn buckets(request: &ProviderRequest, today: i64) -> Result<Buckets, String> {
    if let Some(width) = request.query_value("bucket_width")
        && width != "1d"
    {
        // Only daily buckets exist here; minutes and hours are not simulated.
        return Err(format!(
            "bucket_width: only 1d is supported here, got {width}"
        ));
    }
    let starting_at = request
        .query_value("starting_at")
        .ok_or_else(|| "starting_at: Field required".to_owned())?;
    let mut first = day_of(starting_at, "starting_at")?;
    if let Some(page) = request.query_value("page") {
        first = first.max(day_of(page, "page")?);
    }
    // A bucket is given when it ends by `ending_at`; no bucket lies after today.
    let end = match request.query_value("ending_at") {
        Some(text) => text
            .parse::<Timestamp>()
            .map(|at| at.as_second().div_euclid(SECONDS_PER_DAY))
            .map_err(|_| format!("ending_at: Input should be a valid datetime, got {text}"))?,
        None => today + 1,
    }
    .min(today + 1);
    let limit = match request.query_value("limit") {
        None => DEFAULT_BUCKETS,
        Some(text) => match text.parse::<i64>() {
            Ok(limit @ 1..=MAX_BUCKETS) => limit,
            _ => {
                return Err(format!(
                    "limit: Input should be between 1 and {MAX_BUCKETS} for 1d buckets, got {text}"
                ));
            }
        },
    };
    let available = (end - first).max(0);
    let count = available.min(limit);
    Ok(Buckets {
        first,
        count,
        next: (available > limit).then_some(first + limit),
    })
}

fn rfc3339(day: i64) -> String {
    Timestamp::from_second(day * SECONDS_PER_DAY)
        .map(|at| at.to_string())
        .unwrap_or_default()
}

/// The report's page: one bucket per day, `results` from `day_results`.
fn report_page(buckets: &Buckets, day_results: impl Fn(i64) -> Vec<Value>) -> Value {
    let data: Vec<Value> = (buckets.first..buckets.first + buckets.count)
        .map(|day| {
            json!({
                "starting_at": rfc3339(day),
                "ending_at": rfc3339(day + 1),
                "results": day_results(day),
            })
        })
        .collect();
    json!({
        "data": data,
        "has_more": buckets.next.is_some(),
        "next_page": buckets.next.map(rfc3339),
    })
}

/// The `group_by[]` values asked for.
fn grouped(request: &ProviderRequest) -> Vec<&str> {
    request
        .query
        .iter()
        .filter(|(name, _)| name == "group_by[]" || name == "group_by")
        .map(|(_, value)| value.as_str())
        .collect()
}

fn check_groups(groups: &[&str], allowed: &[&str]) -> Result<(), String> {
    match groups.iter().find(|g| !allowed.contains(g)) {
        Some(other) => Err(format!("group_by: unknown grouping {other}")),
        None => Ok(()),
    }
}

/// `GET /v1/organizations/usage_report/messages`: tokens per bucket, one result per group.
fn usage_report(request: &ProviderRequest, today: i64) -> Result<Value, String> {
    let groups = grouped(request);
    check_groups(
        &groups,
        &[
            "api_key_id",
            "workspace_id",
            "model",
            "service_tier",
            "context_window",
        ],
    )?;
    let by = |field: &str| groups.contains(&field);
    let buckets = buckets(request, today)?;
    Ok(report_page(&buckets, |day| {
        // Keyed by the grouped fields; a field not grouped by is null [D].
        let mut sums: BTreeMap<[Option<&str>; 3], DayTokens> = BTreeMap::new();
        for (index, stream) in STREAMS.iter().enumerate() {
            let day_tokens = tokens(index, day, today);
            if day_tokens == DayTokens::default() {
                continue;
            }
            let key = [
                stream.workspace.filter(|_| by("workspace_id")),
                stream.api_key.filter(|_| by("api_key_id")),
                Some(MODELS[stream.model].id).filter(|_| by("model")),
            ];
            sums.entry(key).or_default().add(day_tokens);
        }
        sums.into_iter()
            .map(|([workspace, api_key, model], t)| {
                json!({
                    "uncached_input_tokens": t.uncached,
                    "cache_read_input_tokens": t.cache_read,
                    "cache_creation": {
                        "ephemeral_1h_input_tokens": t.cache_1h,
                        "ephemeral_5m_input_tokens": t.cache_5m,
                    },
                    "output_tokens": t.output,
                    "server_tool_use": {"web_search_requests": t.searches},
                    "api_key_id": api_key,
                    "workspace_id": workspace,
                    "model": model,
                    "service_tier": by("service_tier").then_some("standard"),
                    "context_window": by("context_window").then_some("0-200k"),
                })
            })
            .collect()
    }))
}

/// One line of the cost report before grouping.
struct CostLine {
    workspace: Option<&'static str>,
    model: Option<&'static Model>,
    token_type: Option<&'static str>,
    cost_type: &'static str,
    description: String,
    /// Millionths of a cent, so sums are exact.
    microcents: u64,
}

fn cost_lines(day: i64, today: i64) -> Vec<CostLine> {
    let mut lines = Vec::new();
    for (index, stream) in STREAMS.iter().enumerate() {
        let day_tokens = tokens(index, day, today);
        let model = &MODELS[stream.model];
        for ((tokens, price), (token_type, words)) in day_tokens
            .by_type()
            .into_iter()
            .zip(model.prices)
            .zip(TOKEN_TYPES)
        {
            if tokens > 0 {
                lines.push(CostLine {
                    workspace: stream.workspace,
                    model: Some(model),
                    token_type: Some(token_type),
                    cost_type: "tokens",
                    description: format!("{} Usage - {words}", model.name),
                    microcents: tokens * price,
                });
            }
        }
        if day_tokens.searches > 0 {
            lines.push(CostLine {
                workspace: stream.workspace,
                model: None,
                token_type: None,
                cost_type: "web_search",
                description: "Web Search Usage".to_owned(),
                microcents: day_tokens.searches * MICROCENTS_PER_SEARCH,
            });
        }
    }
    lines
}

/// A cost report group: its workspace and description, when grouped by them.
type CostGroup = (Option<&'static str>, Option<String>);

/// Cents with six decimals, as the decimal string Anthropic sends [D].
fn cents_text(microcents: u64) -> String {
    format!("{}.{:06}", microcents / 1_000_000, microcents % 1_000_000)
}

/// `GET /v1/organizations/cost_report`: cents per bucket, one result per group.
fn cost_report(request: &ProviderRequest, today: i64) -> Result<Value, String> {
    let groups = grouped(request);
    check_groups(&groups, &["workspace_id", "description"])?;
    let by_workspace = groups.contains(&"workspace_id");
    let by_description = groups.contains(&"description");
    let buckets = buckets(request, today)?;
    Ok(report_page(&buckets, |day| {
        // Keyed by the grouped fields (workspace, description); a field not grouped by is null.
        let mut sums: BTreeMap<CostGroup, (&CostLine, u64)> = BTreeMap::new();
        let lines = cost_lines(day, today);
        for line in &lines {
            let key = (
                line.workspace.filter(|_| by_workspace),
                by_description.then(|| line.description.clone()),
            );
            sums.entry(key).or_insert((line, 0)).1 += line.microcents;
        }
        sums.into_iter()
            .map(|((workspace, description), (line, microcents))| {
                // With the description, the line's details come along; without it they are null.
                let detail = Some(line).filter(|_| by_description);
                json!({
                    "currency": "USD",
                    "amount": cents_text(microcents),
                    "workspace_id": workspace,
                    "description": description,
                    "cost_type": detail.map(|l| l.cost_type),
                    "context_window": detail.and_then(|l| l.model.map(|_| "0-200k")),
                    "model": detail.and_then(|l| l.model.map(|m| m.id)),
                    "service_tier": detail.and_then(|l| l.model.map(|_| "standard")),
                    "token_type": detail.and_then(|l| l.token_type),
                })
            })
            .collect()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_deterministic_and_split_their_input() {
        let today = 20_500;
        for stream in 0..STREAMS.len() {
            let t = tokens(stream, today - 10, today);
            assert_eq!(t, tokens(stream, today - 10, today));
            assert!(t.uncached > 0 && t.output > 0);
        }
        assert_eq!(tokens(0, today + 1, today), DayTokens::default());
        assert_eq!(tokens(2, today - 200, today), DayTokens::default());
        assert_ne!(tokens(2, today - 199, today), DayTokens::default());
    }

    #[test]
    fn cents_keep_six_decimals() {
        assert_eq!(cents_text(123_789_120), "123.789120");
        assert_eq!(cents_text(5), "0.000005");
    }
}
