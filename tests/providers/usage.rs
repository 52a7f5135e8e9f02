//! Anthropic usage and cost, read with the Admin key against the simulator: the dataset holds
//! exactly what the simulator's reports hold (read a second time here, raw, grouped otherwise
//! and in small pages), ids become names, every request is a GET with the Admin key, an API key
//! gets sentences instead of a panic, and the report, the CSV and `usage --json` take it whole.

use std::collections::BTreeMap;

use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::{ProviderScenario, Simulator, SimulatorOptions};
use key_doctor::usage::anthropic::DEFAULT_WORKSPACE;
use key_doctor::usage::export::{UsageJson, daily_csv};
use key_doctor::usage::key_match::find_key_id;
use key_doctor::usage::{
    AccessProblem, Dataset, DateRange, FailureReason, GroupBy, PricingTable, Report,
    fetch_anthropic_dataset,
};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

const VALID_KEY_ID: &str = "apikey_01DemoKeyDoctorValid0000";
const BATCH_KEY_ID: &str = "apikey_01DemoKeyDoctorBatch0000";
const RESEARCH: &str = "wrkspc_01DemoKeyDoctorResearch0";
const SUPPORT: &str = "wrkspc_01DemoKeyDoctorSupport00";

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("the simulator starts on loopback")
}

fn anthropic_client(sim: &Simulator) -> Client {
    let base = sim.provider_base_url("anthropic");
    Client::new(ClientConfig::new(&base).expect("loopback")).expect("client")
}

/// Today in UTC, as the simulator's Anthropic reports count it (by the clock).
fn today() -> i64 {
    jiff::Timestamp::now().as_second().div_euclid(86_400)
}

fn day_start(day: i64) -> String {
    jiff::Timestamp::from_second(day * 86_400)
        .expect("a day of this century")
        .to_string()
}

/// Every bucket of a report over `range`, read raw with reqwest: windows of 31 days, pages of
/// `limit` buckets chained by `next_page`, grouped by `groups`.
async fn raw_buckets(
    sim: &Simulator,
    key: &SecretString,
    path: &str,
    range: DateRange,
    groups: &[&str],
    limit: u32,
) -> Vec<Value> {
    let http = reqwest::Client::new();
    let url = format!("{}{path}", sim.provider_base_url("anthropic"));
    let mut buckets = Vec::new();
    let mut first = range.first();
    while first <= range.last() {
        let last = (first + 30).min(range.last());
        let mut page: Option<String> = None;
        loop {
            let mut query: Vec<(&str, String)> = vec![
                ("starting_at", day_start(first)),
                ("ending_at", day_start(last + 1)),
                ("bucket_width", "1d".to_owned()),
                ("limit", limit.to_string()),
            ];
            query.extend(groups.iter().map(|g| ("group_by[]", (*g).to_owned())));
            query.extend(page.take().map(|p| ("page", p)));
            let body: Value = http
                .get(&url)
                .header("x-api-key", key.expose_secret())
                .header("anthropic-version", "2023-06-01")
                .query(&query)
                .send()
                .await
                .expect("the simulator answers")
                .json()
                .await
                .expect("a JSON page");
            buckets.extend(body["data"].as_array().expect("data").iter().cloned());
            match body["next_page"].as_str() {
                Some(next) if body["has_more"] == Value::Bool(true) => page = Some(next.to_owned()),
                _ => break,
            }
        }
        first = last + 1;
    }
    buckets
}

fn count(value: &Value) -> u64 {
    value.as_u64().unwrap_or_default()
}

/// Input (uncached + cache read + cache writes), cache read and output tokens.
type Sums = (u64, u64, u64);

fn add_usage(sums: &mut Sums, result: &Value) {
    let read = count(&result["cache_read_input_tokens"]);
    let writes = count(&result["cache_creation"]["ephemeral_1h_input_tokens"])
        + count(&result["cache_creation"]["ephemeral_5m_input_tokens"]);
    sums.0 += count(&result["uncached_input_tokens"]) + read + writes;
    sums.1 += read;
    sums.2 += count(&result["output_tokens"]);
}

/// Whole cents of a dollar figure.
fn cents(dollars: f64) -> i64 {
    (dollars * 100.0).round() as i64
}

/// The raw cost report's cents (decimal strings) as whole cents.
fn raw_cents(amount: &Value) -> f64 {
    amount
        .as_str()
        .and_then(|text| text.parse::<f64>().ok())
        .expect("amount is a decimal string")
}

async fn fetch(sim: &Simulator, scenario: ProviderScenario, range: DateRange) -> Dataset {
    fetch_anthropic_dataset(&anthropic_client(sim), &sim.provider_key(scenario), range).await
}

#[tokio::test]
async fn ninety_days_hold_what_the_reports_hold_and_the_report_takes_them_whole() {
    let sim = simulator().await;
    let admin = sim.provider_key(ProviderScenario::AnthropicAdmin);
    let today = today();
    let range = DateRange::last_days(today, 90);
    let dataset = fetch(&sim, ProviderScenario::AnthropicAdmin, range).await;
    assert!(dataset.failures.is_empty(), "{:?}", dataset.failures);
    assert!(dataset.is_complete());

    // The second reading: grouped by workspace only, 7 buckets a page (the simulator pages).
    let usage_path = "/v1/organizations/usage_report/messages";
    let cost_path = "/v1/organizations/cost_report";
    let mut usage_by_workspace: BTreeMap<String, Sums> = BTreeMap::new();
    let raw = raw_buckets(&sim, &admin, usage_path, range, &["workspace_id"], 7).await;
    assert_eq!(raw.len(), range.len(), "one bucket a day");
    for result in raw
        .iter()
        .flat_map(|b| b["results"].as_array().expect("results"))
    {
        let workspace = result["workspace_id"].as_str().unwrap_or(DEFAULT_WORKSPACE);
        add_usage(
            usage_by_workspace.entry(workspace.to_owned()).or_default(),
            result,
        );
    }
    let mut cost_cents_by_workspace: BTreeMap<String, f64> = BTreeMap::new();
    let raw = raw_buckets(&sim, &admin, cost_path, range, &["workspace_id"], 7).await;
    for result in raw
        .iter()
        .flat_map(|b| b["results"].as_array().expect("results"))
    {
        let workspace = result["workspace_id"].as_str().unwrap_or(DEFAULT_WORKSPACE);
        *cost_cents_by_workspace
            .entry(workspace.to_owned())
            .or_default() += raw_cents(&result["amount"]);
    }
    let mut total: Sums = (0, 0, 0);
    for sums in usage_by_workspace.values() {
        total = (total.0 + sums.0, total.1 + sums.1, total.2 + sums.2);
    }
    let total_dollars: f64 = cost_cents_by_workspace.values().sum::<f64>() / 100.0;
    assert!(total.0 > 0 && total.2 > 0 && total_dollars > 0.0);
    assert_eq!(
        usage_by_workspace.keys().collect::<Vec<_>>(),
        [DEFAULT_WORKSPACE, RESEARCH, SUPPORT]
    );
    // And once more ungrouped: the simulator's own sums agree with themselves.
    let mut ungrouped: Sums = (0, 0, 0);
    for bucket in raw_buckets(&sim, &admin, usage_path, range, &[], 31).await {
        for result in bucket["results"].as_array().expect("results") {
            add_usage(&mut ungrouped, result);
        }
    }
    assert_eq!(ungrouped, total);
    // Pages of 7 buckets made the simulator page: the second reading followed `next_page`.
    assert!(
        sim.requests()
            .iter()
            .any(|r| r.query.iter().any(|(name, _)| name == "page"))
    );

    // The dataset's rows.
    let rows: Sums = dataset.usage.iter().fold((0, 0, 0), |s, r| {
        (
            s.0 + r.input_tokens,
            s.1 + r.cached_tokens,
            s.2 + r.output_tokens,
        )
    });
    assert_eq!(rows, total);
    assert!(
        dataset
            .usage
            .iter()
            .all(|r| r.requests == 0 && range.contains(r.day))
    );
    let row_dollars: f64 = dataset.costs.iter().map(|r| r.amount).sum();
    assert!(
        (row_dollars - total_dollars).abs() < 1e-6,
        "{row_dollars} {total_dollars}"
    );
    assert!(dataset.key_costs.is_none());

    // Through the report the dashboard, the CSV and `usage --json` use.
    let report = Report::build(&dataset, range, &PricingTable::builtin(), Some(today));
    assert_eq!(
        (
            report.total_input_tokens,
            report.total_cached_tokens,
            report.total_output_tokens,
            report.total_requests
        ),
        (total.0, total.1, total.2, 0)
    );
    assert_eq!(cents(report.total_cost), cents(total_dollars));
    assert_eq!(report.days.len(), range.len());
    for group in report.groups(GroupBy::Project) {
        let id = group.id.clone().expect("every row has a workspace");
        let sums = usage_by_workspace[&id];
        assert_eq!(
            (group.input_tokens, group.cached_tokens, group.output_tokens),
            sums,
            "{id}"
        );
        let dollars = cost_cents_by_workspace[&id] / 100.0;
        assert_eq!(group.cost.map(cents), Some(cents(dollars)), "{id}");
    }
    let names: Vec<&str> = report
        .groups(GroupBy::Project)
        .iter()
        .map(|g| g.name.as_str())
        .collect();
    for name in ["Default workspace", "Research", "Support bots"] {
        assert!(names.contains(&name), "{names:?}");
    }
    // Models get Anthropic's own dollars (line items start with the model), keys an estimate.
    let models = report.groups(GroupBy::Model);
    assert_eq!(models.len(), 3, "{models:?}");
    assert!(
        models
            .iter()
            .all(|g| !g.cost_is_estimate && g.cost.is_some())
    );
    let model_cents: i64 = models.iter().filter_map(|g| g.cost).map(cents).sum();
    let search_cents: i64 = report
        .groups(GroupBy::LineItem)
        .iter()
        .filter(|g| g.name == "Web Search Usage")
        .filter_map(|g| g.cost)
        .map(cents)
        .sum();
    assert!((model_cents + search_cents - cents(total_dollars)).abs() <= 3);
    let keys: Vec<&str> = report
        .groups(GroupBy::ApiKey)
        .iter()
        .map(|g| g.name.as_str())
        .collect();
    assert!(
        keys.contains(&"Demo key") && keys.contains(&"Nightly batch"),
        "{keys:?}"
    );
    assert!(
        report
            .groups(GroupBy::ApiKey)
            .iter()
            .any(|g| g.id.is_none()),
        "the Console's use has no key"
    );

    let csv = String::from_utf8(daily_csv(&report.days).expect("csv")).expect("utf-8");
    assert_eq!(csv.lines().count(), range.len() + 1);
    let json = serde_json::to_value(UsageJson::new(&report, &GroupBy::ALL)).expect("json");
    let day_input: u64 = json["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| count(&d["input_tokens"]))
        .sum();
    assert_eq!(day_input, total.0);
}

#[tokio::test]
async fn names_are_resolved_and_every_request_is_a_get_with_the_admin_key() {
    let sim = simulator().await;
    let range = DateRange::last_days(today(), 90);
    let dataset = fetch(&sim, ProviderScenario::AnthropicAdmin, range).await;
    assert!(dataset.failures.is_empty(), "{:?}", dataset.failures);

    let names = &dataset.names;
    assert_eq!(names.project(RESEARCH), "Research");
    assert_eq!(names.project(SUPPORT), "Support bots");
    assert_eq!(names.project(DEFAULT_WORKSPACE), "Default workspace");
    assert_eq!(names.key(VALID_KEY_ID), "Demo key");
    assert_eq!(names.key(BATCH_KEY_ID), "Nightly batch");
    assert_eq!(names.keys[VALID_KEY_ID].project_id, DEFAULT_WORKSPACE);
    assert_eq!(names.keys[BATCH_KEY_ID].project_id, RESEARCH);
    // The key hint finds the key that works among the listed ones.
    let hints = names
        .keys
        .iter()
        .filter_map(|(id, info)| Some((id.as_str(), info.redacted_value.as_deref()?)));
    let valid = sim.provider_key(ProviderScenario::AnthropicValid);
    assert_eq!(find_key_id(&valid, hints), Some(VALID_KEY_ID));
    // Every row's workspace and key is one the lists named.
    for row in &dataset.usage {
        let workspace = row.project_id.as_deref().expect("a workspace");
        assert!(names.projects.contains_key(workspace), "{workspace}");
        if let Some(key) = &row.api_key_id {
            assert!(names.keys.contains_key(key), "{key}");
        }
    }

    let requests = sim.requests();
    assert_eq!(requests.len(), dataset.requests_made);
    // 90 days are three windows of each report, then the two name lists.
    let to = |path: &str| requests.iter().filter(|r| r.path == path).count();
    assert_eq!(to("/anthropic/v1/organizations/usage_report/messages"), 3);
    assert_eq!(to("/anthropic/v1/organizations/cost_report"), 3);
    assert_eq!(to("/anthropic/v1/organizations/workspaces"), 1);
    assert_eq!(to("/anthropic/v1/organizations/api_keys"), 1);
    for request in &requests {
        assert_eq!(request.method, "GET", "{request:?}");
        assert_eq!(
            request.scenario.as_deref(),
            Some("anthropic_admin"),
            "{request:?}"
        );
        // Without `anthropic-version` the simulator answers 400, as Anthropic does.
        assert_eq!(request.status, 200, "{request:?}");
        assert!(!request.generated_tokens);
    }
}

#[tokio::test]
async fn an_api_key_gets_sentences_not_a_panic() {
    let sim = simulator().await;
    let range = DateRange::last_days(today(), 40);
    for (scenario, status) in [
        (ProviderScenario::AnthropicValid, 403),
        (ProviderScenario::AnthropicRevoked, 401),
    ] {
        sim.clear_requests();
        let dataset = fetch(&sim, scenario, range).await;
        assert!(dataset.usage.is_empty() && dataset.costs.is_empty());
        // Two windows of each report and the two name lists, each refused.
        assert_eq!(dataset.failures.len(), 6, "{:?}", dataset.failures);
        for failure in &dataset.failures {
            assert_eq!(failure.error.http_status(), Some(status));
            assert_eq!(failure.reason(), FailureReason::NotAllowed);
            assert!(failure.is_refusal());
            let sentence = failure.sentence(&dataset.names);
            assert!(sentence.contains("could not be loaded"), "{sentence}");
            assert!(!failure.technical().is_empty());
        }
        assert!(
            matches!(
                dataset.access_problem(),
                Some(AccessProblem::MayNotReadUsage { .. } | AccessProblem::KeyNotAccepted { .. })
            ),
            "{:?}",
            dataset.access_problem()
        );
        assert!(!dataset.is_complete());
        // Nothing was retried or sent twice.
        assert_eq!(sim.requests().len(), dataset.requests_made);
        assert!(sim.requests().iter().all(|r| r.method == "GET"));
    }
}

#[tokio::test]
async fn usage_provider_anthropic_prints_the_same_totals_and_refuses_an_api_key_in_a_sentence() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let base = sim.provider_base_url("anthropic");
    let admin = sim
        .provider_key(ProviderScenario::AnthropicAdmin)
        .expose_secret()
        .to_owned();
    let env = |key: &str| {
        vec![
            ("KEY_DOCTOR_LANG", "en".to_owned()),
            ("KEY_DOCTOR_CONFIG_DIR", config.path().display().to_string()),
            ("ANTHROPIC_BASE_URL", base.clone()),
            ("ANTHROPIC_ADMIN_KEY", key.to_owned()),
        ]
    };
    let output = super::common::run_isolated(
        &["usage", "--provider", "anthropic", "--days", "30", "--json"],
        &env(&admin),
    )
    .await;
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_str(&stdout).expect("json");
    let range = DateRange::last_days(today(), 30);
    let dataset = fetch(&sim, ProviderScenario::AnthropicAdmin, range).await;
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let printed = json["total_cost"].as_f64().expect("total_cost");
    assert_eq!(cents(printed), cents(report.total_cost), "{stdout}");
    assert!(!stdout.contains(&admin) && !stdout.contains(&admin[20..40]));

    // An API key: Anthropic refuses it; the sentence says which key is needed.
    let api_key = sim
        .provider_key(ProviderScenario::AnthropicValid)
        .expose_secret()
        .to_owned();
    let output = super::common::run_isolated(
        &["usage", "--provider", "anthropic", "--days", "7"],
        &env(&api_key),
    )
    .await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("Anthropic Admin key"), "{stderr}");
    assert!(!stderr.contains(&api_key));
}
