//! Anthropic's usage and cost, read with an Anthropic Admin key (`sk-ant-admin01-…`), as the same
//! [`Dataset`] the OpenAI fetch makes, so the dashboard, the CSV and `usage --json` work on it
//! unchanged. Wire: reference/providers.md 1.6 and Anthropic's Admin API reference [D]:
//! - `GET /v1/organizations/usage_report/messages`, daily buckets grouped by model, workspace
//!   and API key;
//! - `GET /v1/organizations/cost_report`, daily buckets grouped by workspace and description;
//! - `GET /v1/organizations/workspaces` and `/api_keys` for names (`after_id` paging).
//!
//! Daily buckets come at most 31 to a page on both reports, so the range is read in windows of
//! 31 days, every window at once (under a cap on requests in flight), the pages of each window
//! in order. How Anthropic's figures become rows:
//! - a workspace is a project: `workspace_id: null` is the default workspace, filed under
//!   [`DEFAULT_WORKSPACE`] and named in the current language;
//! - input tokens are uncached + cache read + cache creation (OpenAI's input also counts cached
//!   input); cached tokens are the cache reads;
//! - the report counts no requests, so `requests` is 0;
//! - cost amounts are cents as a decimal string ("123.45" is $1.2345) [D]; rows hold dollars;
//! - there are no costs per key, so `key_costs` is `None` and each key's cost is an estimate.

use std::sync::atomic::{AtomicUsize, Ordering};

use futures_util::future::join_all;
use jiff::Timestamp;
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use tokio::sync::Semaphore;

use crate::openai::{ApiError, ApiRequest, Client, HasId, ListPage, Page, walk_pages};
use crate::providers::ProviderId;

use super::dataset::{
    CostRow, Dataset, FetchFailure, KeyCostsNote, KeyInfo, Names, Part, UsageRow,
};
use super::range::{DateRange, day_of_timestamp};

/// The project id of the default workspace, which Anthropic reports as `workspace_id: null`.
pub const DEFAULT_WORKSPACE: &str = "default";

/// The most daily buckets one page of either report holds [D].
pub const WINDOW_DAYS: usize = 31;

/// Items asked per page of the workspace and key lists (Anthropic allows 1 to 1000 [D]).
const LIST_LIMIT: u32 = 100;

const USAGE_PATH: &str = "/v1/organizations/usage_report/messages";
const COST_PATH: &str = "/v1/organizations/cost_report";
const WORKSPACES_PATH: &str = "/v1/organizations/workspaces";
const API_KEYS_PATH: &str = "/v1/organizations/api_keys";

const USAGE_GROUPS: [&str; 3] = ["model", "workspace_id", "api_key_id"];
const COST_GROUPS: [&str; 2] = ["workspace_id", "description"];

/// Anthropic's usage (messages usage report, by day, model, workspace and API key) and cost
/// (cost report by day, workspace and description) for `range`, read with an Anthropic Admin
/// key; the names of workspaces and API keys go in `Names.projects` and `Names.keys`. `client`
/// has Anthropic's base URL (`https://api.anthropic.com`, or the simulator's). Never fails as a
/// whole: what did not load is in `Dataset::failures`.
pub async fn fetch_anthropic_dataset(
    client: &Client,
    admin_key: &SecretString,
    range: DateRange,
) -> Dataset {
    let run = Run {
        client,
        key: admin_key,
        gate: Semaphore::new(super::fetch::DEFAULT_MAX_IN_FLIGHT),
        requests: AtomicUsize::new(0),
    };
    let windows = windows(range);
    let (usage, costs, names) = tokio::join!(
        join_all(windows.iter().map(|w| usage_window(&run, *w))),
        join_all(windows.iter().map(|w| cost_window(&run, *w))),
        fetch_names(&run),
    );

    let (names, name_failures) = names;
    let mut dataset = Dataset {
        range: Some(range),
        // Anthropic's cost report has no split by API key, so none was asked for; each key's
        // cost is estimated from its tokens like OpenAI's when it refuses the split.
        key_costs: None,
        key_costs_note: Some(KeyCostsNote::NotAsked),
        names,
        ..Dataset::default()
    };
    for (window, result) in windows.iter().zip(usage) {
        match result {
            Ok(rows) => dataset.usage.extend(rows),
            Err(error) => dataset.failures.push(FetchFailure {
                part: Part::Usage(*window),
                error,
            }),
        }
    }
    for (window, result) in windows.iter().zip(costs) {
        match result {
            Ok(rows) => dataset.costs.extend(rows),
            Err(error) => dataset.failures.push(FetchFailure {
                part: Part::Costs(*window),
                error,
            }),
        }
    }
    dataset.failures.extend(name_failures);
    dataset.requests_made = run.requests.load(Ordering::SeqCst);
    dataset
}

/// `range` cut into windows of at most [`WINDOW_DAYS`] days, in order (the planner OpenAI's
/// reads use, with nothing cached).
fn windows(range: DateRange) -> Vec<DateRange> {
    super::fetch::plan_windows(range, WINDOW_DAYS, |_| false)
}

/// What every request of one fetch shares: the client and key, the cap on requests in flight
/// and the count of requests made.
struct Run<'a> {
    client: &'a Client,
    key: &'a SecretString,
    gate: Semaphore,
    requests: AtomicUsize,
}

impl Run<'_> {
    /// One GET, sent once the cap allows, counted, and decoded.
    async fn get<T: DeserializeOwned>(&self, request: ApiRequest) -> Result<T, ApiError> {
        // The gate is never closed; a closed one would mean nothing may be sent.
        let _permit = self.gate.acquire().await.map_err(|_| ApiError::NotSent)?;
        self.requests.fetch_add(1, Ordering::SeqCst);
        self.client.get_json(self.key, request).await
    }
}

/// A GET of `path` the way Anthropic takes it: the key in its header, the API version beside it
/// (both from the provider's entry, so they are said in one place).
fn anthropic_get(path: &str) -> ApiRequest {
    ProviderId::Anthropic.entry().get(path)
}

/// RFC 3339 of Unix seconds ("2026-03-01T00:00:00Z").
fn rfc3339(seconds: i64) -> String {
    // Day numbers of a DateRange are always within Timestamp's years; the fallback keeps a
    // surprise from becoming a panic (and the server then refuses the request).
    Timestamp::from_second(seconds)
        .map(|at| at.to_string())
        .unwrap_or_default()
}

/// Every bucket of one window of a report, following its `next_page` chain.
async fn report_window<T: DeserializeOwned>(
    run: &Run<'_>,
    path: &'static str,
    groups: &[&str],
    window: DateRange,
) -> Result<Vec<Bucket<T>>, ApiError> {
    walk_pages(|page| async move {
        let mut request = anthropic_get(path)
            .query("starting_at", rfc3339(window.start_time()))
            .query("ending_at", rfc3339(window.end_time()))
            .query("bucket_width", "1d")
            .query("limit", window.len().min(WINDOW_DAYS));
        for group in groups {
            request = request.query("group_by[]", group);
        }
        run.get::<Page<Bucket<T>>>(request.cursor("page", page.as_deref()))
            .await
    })
    .await
}

/// The usage rows of one window.
async fn usage_window(run: &Run<'_>, window: DateRange) -> Result<Vec<UsageRow>, ApiError> {
    let buckets = report_window::<UsageResult>(run, USAGE_PATH, &USAGE_GROUPS, window).await?;
    Ok(rows_in(window, &buckets, usage_row))
}

/// The cost rows of one window.
async fn cost_window(run: &Run<'_>, window: DateRange) -> Result<Vec<CostRow>, ApiError> {
    let buckets = report_window::<CostResult>(run, COST_PATH, &COST_GROUPS, window).await?;
    Ok(rows_in(window, &buckets, cost_row))
}

/// The rows of a window's buckets, each with its bucket's day. A bucket outside the window (a
/// server ignoring `ending_at`) would be counted twice, so it is left out.
fn rows_in<T, R>(window: DateRange, buckets: &[Bucket<T>], row: fn(i64, &T) -> R) -> Vec<R> {
    buckets
        .iter()
        .map(|bucket| (day_of_timestamp(bucket.starting_at), bucket))
        .filter(|(day, _)| window.contains(*day))
        .flat_map(|(day, bucket)| bucket.results.iter().map(move |r| row(day, r)))
        .collect()
}

/// The project id of a workspace: its own id, or the default workspace's.
fn workspace_project(workspace_id: Option<&str>) -> String {
    workspace_id
        .filter(|id| !id.is_empty())
        .unwrap_or(DEFAULT_WORKSPACE)
        .to_owned()
}

fn usage_row(day: i64, r: &UsageResult) -> UsageRow {
    let creation = r.cache_creation.unwrap_or_default();
    let cache_creation = creation
        .ephemeral_5m_input_tokens
        .saturating_add(creation.ephemeral_1h_input_tokens);
    UsageRow {
        day,
        model: r.model.clone(),
        project_id: Some(workspace_project(r.workspace_id.as_deref())),
        // Null for use in the Console, which no key made [D].
        api_key_id: r.api_key_id.clone(),
        // OpenAI's input counts cached input too, and the dashboard reads it that way.
        input_tokens: r
            .uncached_input_tokens
            .saturating_add(r.cache_read_input_tokens)
            .saturating_add(cache_creation),
        cached_tokens: r.cache_read_input_tokens,
        output_tokens: r.output_tokens,
        // Anthropic's usage report counts tokens, not requests.
        requests: 0,
    }
}

fn cost_row(day: i64, r: &CostResult) -> CostRow {
    // "claude-sonnet-4-5, Claude Sonnet 4.5 Usage - Input Tokens": the model first, as in
    // OpenAI's line items, so the report gives each model its real dollars
    // (`report::model_of_line_item`); costs of no model (web search) keep the description alone.
    let line_item = match (r.model.as_deref(), r.description.as_deref()) {
        (Some(model), Some(description)) => Some(format!("{model}, {description}")),
        (Some(model), None) => Some(model.to_owned()),
        (None, description) => description.map(str::to_owned),
    };
    CostRow {
        day,
        project_id: Some(workspace_project(r.workspace_id.as_deref())),
        line_item,
        amount: r.amount_cents / 100.0,
    }
}

/// Workspace names, then key names, both lists at once. Anthropic lists the keys of the whole
/// organization in one list, each with its workspace.
async fn fetch_names(run: &Run<'_>) -> (Names, Vec<FetchFailure>) {
    let mut names = Names::default();
    let mut failures = Vec::new();
    names.projects.insert(
        DEFAULT_WORKSPACE.to_owned(),
        crate::tr!("usage-anthropic-default-workspace"),
    );
    let (workspaces, keys) = tokio::join!(
        // Archived workspaces too: their past usage still counts.
        list_all::<Workspace>(run, WORKSPACES_PATH, &[("include_archived", "true")]),
        list_all::<ApiKey>(run, API_KEYS_PATH, &[]),
    );
    match workspaces {
        Ok(workspaces) => {
            for workspace in workspaces {
                if let Some(name) = workspace.name.filter(|n| !n.trim().is_empty()) {
                    names.projects.insert(workspace.id, name);
                }
            }
        }
        Err(error) => failures.push(FetchFailure {
            part: Part::Projects,
            error,
        }),
    }
    match keys {
        Ok(keys) => {
            for key in keys {
                names.keys.insert(
                    key.id,
                    KeyInfo {
                        name: key.name,
                        project_id: workspace_project(key.workspace_id.as_deref()),
                        redacted_value: key.partial_key_hint,
                    },
                );
            }
        }
        // `Part` has no organization-wide key list; "the names of projects" is the nearest.
        Err(error) => failures.push(FetchFailure {
            part: Part::Projects,
            error,
        }),
    }
    (names, failures)
}

/// Every item of a list, following `after_id` = the last id while `has_more`.
async fn list_all<T: DeserializeOwned + HasId>(
    run: &Run<'_>,
    path: &str,
    extra: &[(&str, &str)],
) -> Result<Vec<T>, ApiError> {
    let mut items: Vec<T> = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut request = anthropic_get(path).query("limit", LIST_LIMIT);
        for (name, value) in extra {
            request = request.query(name, value);
        }
        let page: ListPage<T> = run
            .get(request.cursor("after_id", after.as_deref()))
            .await?;
        let last = page
            .last_id
            .clone()
            .or_else(|| page.data.last().map(|item| item.id().to_owned()));
        let has_more = page.has_more;
        items.extend(page.data);
        match last {
            // A cursor that repeats itself ends the walk instead of looping.
            Some(last) if has_more && after.as_deref() != Some(last.as_str()) => after = Some(last),
            _ => return Ok(items),
        }
    }
}

// ------------------------------------------------------------------------------------ wire

/// One daily bucket of a report.
#[derive(Debug, Deserialize)]
// Only what decoding needs: an empty `results` is a Vec's own default, whatever `T` is.
#[serde(bound = "T: Deserialize<'de>")]
struct Bucket<T> {
    #[serde(deserialize_with = "unix_seconds")]
    starting_at: i64,
    #[serde(default, deserialize_with = "null_as_default")]
    results: Vec<T>,
}

/// A result of the messages usage report. Counts may be missing or null: they count as 0.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct UsageResult {
    #[serde(deserialize_with = "null_as_default")]
    uncached_input_tokens: u64,
    #[serde(deserialize_with = "null_as_default")]
    cache_read_input_tokens: u64,
    cache_creation: Option<CacheCreation>,
    #[serde(deserialize_with = "null_as_default")]
    output_tokens: u64,
    api_key_id: Option<String>,
    workspace_id: Option<String>,
    model: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(default)]
struct CacheCreation {
    #[serde(deserialize_with = "null_as_default")]
    ephemeral_1h_input_tokens: u64,
    #[serde(deserialize_with = "null_as_default")]
    ephemeral_5m_input_tokens: u64,
}

/// A result of the cost report. The currency is "USD", the only one Anthropic uses [D].
#[derive(Debug, Deserialize)]
struct CostResult {
    /// Cents: the decimal string "123.45" is $1.2345 [D].
    #[serde(rename = "amount", deserialize_with = "decimal")]
    amount_cents: f64,
    #[serde(default)]
    workspace_id: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    model: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Workspace {
    id: String,
    #[serde(default)]
    name: Option<String>,
}

impl HasId for Workspace {
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Deserialize)]
struct ApiKey {
    id: String,
    #[serde(default)]
    name: Option<String>,
    /// "sk-ant-api03-R2D...igAA", which `key_match` reads like OpenAI's redacted values.
    #[serde(default)]
    partial_key_hint: Option<String>,
    /// Null: the default workspace [D].
    #[serde(default)]
    workspace_id: Option<String>,
}

impl HasId for ApiKey {
    fn id(&self) -> &str {
        &self.id
    }
}

fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// An RFC 3339 time as Unix seconds.
fn unix_seconds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    let text = String::deserialize(deserializer)?;
    text.parse::<Timestamp>()
        .map(|at| at.as_second())
        .map_err(|e| serde::de::Error::custom(format!("starting_at {text:?}: {e}")))
}

/// A decimal string ("123.45") or a plain number, finite.
fn decimal<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    let number = match &value {
        serde_json::Value::String(text) => text.trim().parse::<f64>().ok(),
        serde_json::Value::Number(number) => number.as_f64(),
        _ => None,
    };
    number
        .filter(|n| n.is_finite())
        .ok_or_else(|| serde::de::Error::custom(format!("amount {value} is not a number")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_splits_into_windows_of_at_most_31_days() {
        let spans = |range: DateRange| -> Vec<(i64, i64)> {
            windows(range)
                .iter()
                .map(|w| (w.first(), w.last()))
                .collect()
        };
        assert_eq!(spans(DateRange::between_days(100, 100)), [(100, 100)]);
        assert_eq!(
            spans(DateRange::between_days(0, 89)),
            [(0, 30), (31, 61), (62, 89)]
        );
        let year = windows(DateRange::between_days(1000, 1364));
        assert_eq!(year.len(), 12);
        assert_eq!(year.iter().map(DateRange::len).sum::<usize>(), 365);
    }

    #[test]
    fn usage_results_become_rows_with_cache_counted_as_input() {
        let json = r#"{"data":[{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z","results":[
            {"uncached_input_tokens":1500,"cache_read_input_tokens":200,
             "cache_creation":{"ephemeral_1h_input_tokens":1000,"ephemeral_5m_input_tokens":500},
             "output_tokens":500,"server_tool_use":{"web_search_requests":10},
             "api_key_id":"apikey_01","workspace_id":null,"model":"claude-sonnet-4-20250514",
             "service_tier":null,"context_window":null},
            {"uncached_input_tokens":7,"cache_read_input_tokens":null,"cache_creation":null,
             "output_tokens":3,"api_key_id":null,"workspace_id":"wrkspc_01","model":null}]}],
            "has_more":false,"next_page":null}"#;
        let page: Page<Bucket<UsageResult>> =
            serde_json::from_str(json).expect("the documented shape");
        let window = DateRange::between_days(20_300, 20_310);
        let rows = rows_in(window, &page.data, usage_row);
        let day = day_of_timestamp(1_754_006_400);
        assert_eq!(
            rows[0],
            UsageRow {
                day,
                model: Some("claude-sonnet-4-20250514".into()),
                project_id: Some(DEFAULT_WORKSPACE.into()),
                api_key_id: Some("apikey_01".into()),
                input_tokens: 3200,
                cached_tokens: 200,
                output_tokens: 500,
                requests: 0,
            }
        );
        assert_eq!(rows[1].input_tokens, 7);
        assert_eq!(rows[1].project_id.as_deref(), Some("wrkspc_01"));
        assert_eq!(rows[1].api_key_id, None);
        // A bucket outside the window is not counted.
        assert!(rows_in(DateRange::between_days(0, 10), &page.data, usage_row).is_empty());
    }

    #[test]
    fn cost_amounts_are_cents_and_line_items_start_with_the_model() {
        let json = r#"{"data":[{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z","results":[
            {"currency":"USD","amount":"123.78912","workspace_id":"wrkspc_01",
             "description":"Claude Sonnet 4 Usage - Input Tokens","cost_type":"tokens",
             "context_window":"0-200k","model":"claude-sonnet-4-20250514","service_tier":"standard",
             "token_type":"uncached_input_tokens"},
            {"currency":"USD","amount":"50","workspace_id":null,"description":"Web Search Usage",
             "cost_type":"web_search","model":null}]}],"has_more":false,"next_page":null}"#;
        let page: Page<Bucket<CostResult>> =
            serde_json::from_str(json).expect("the documented shape");
        let rows = rows_in(
            DateRange::between_days(20_300, 20_310),
            &page.data,
            cost_row,
        );
        assert!((rows[0].amount - 1.2378912).abs() < 1e-12);
        assert_eq!(
            rows[0].line_item.as_deref(),
            Some("claude-sonnet-4-20250514, Claude Sonnet 4 Usage - Input Tokens")
        );
        assert_eq!(
            super::super::report::model_of_line_item(
                rows[0].line_item.as_deref().unwrap_or_default()
            ),
            Some("claude-sonnet-4-20250514")
        );
        assert_eq!(rows[1].line_item.as_deref(), Some("Web Search Usage"));
        assert_eq!(rows[1].project_id.as_deref(), Some(DEFAULT_WORKSPACE));
        assert!((rows[1].amount - 0.5).abs() < 1e-12);
        let bad = r#"{"currency":"USD","amount":"lots"}"#;
        assert!(serde_json::from_str::<CostResult>(bad).is_err());
    }

    #[test]
    fn requests_carry_anthropics_key_header_and_version() {
        let request = anthropic_get(COST_PATH);
        assert_eq!(
            request.key_header,
            crate::openai::KeyHeader::Named("x-api-key")
        );
        assert!(
            request
                .headers
                .contains(&("anthropic-version", "2023-06-01"))
        );
        assert_eq!(rfc3339(86_400), "1970-01-02T00:00:00Z");
    }
}
