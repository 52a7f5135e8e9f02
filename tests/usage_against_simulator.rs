//! The usage fetcher and report against the simulator over loopback HTTP: totals equal the
//! simulator's own sums exactly (tokens) and to the cent (dollars) for several ranges and
//! groupings, ranges that need several windows and pages are walked whole, ids become names,
//! what fails is said in sentences, and no key ever reaches a CSV.

use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::{
    Fault, FaultRule, PROJECTS, Scenario, Simulator, SimulatorOptions, Tokens,
};
use key_doctor::usage::export::{UsageJson, daily_csv, groups_csv};
use key_doctor::usage::key_match::{find_key_id, key_id_in};
use key_doctor::usage::{
    AccessProblem, Dataset, DateRange, FetchOptions, GroupBy, PricingTable, Report, UsageCache,
    fetch_dataset,
};
use secrecy::SecretString;

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("the simulator starts on loopback")
}

fn client_for(sim: &Simulator) -> Client {
    Client::new(ClientConfig::new(sim.base_url()).expect("loopback")).expect("client")
}

/// The simulator's today, which is the last day with data.
fn today(sim: &Simulator) -> i64 {
    sim.usage_data().last_day
}

async fn fetch(sim: &Simulator, key: &SecretString, options: &FetchOptions) -> Dataset {
    fetch_dataset(
        &client_for(sim),
        key,
        options,
        &UsageCache::default(),
        &|_| {},
    )
    .await
}

fn cents(dollars: f64) -> i64 {
    (dollars * 100.0).round() as i64
}

fn requests_to(sim: &Simulator, prefix: &str) -> usize {
    sim.requests()
        .iter()
        .filter(|r| r.path.starts_with(prefix))
        .count()
}

/// Every grouping adds up to the same totals as the days.
fn assert_groups_add_up(report: &Report) {
    for group_by in [GroupBy::Model, GroupBy::Project, GroupBy::ApiKey] {
        let groups = report.groups(group_by);
        let input: u64 = groups.iter().map(|g| g.input_tokens).sum();
        let output: u64 = groups.iter().map(|g| g.output_tokens).sum();
        let requests: u64 = groups.iter().map(|g| g.requests).sum();
        assert_eq!(
            (input, output, requests),
            (
                report.total_input_tokens,
                report.total_output_tokens,
                report.total_requests
            ),
            "{group_by:?}"
        );
    }
    for group_by in [GroupBy::Project, GroupBy::LineItem] {
        let cost: f64 = report.groups(group_by).iter().filter_map(|g| g.cost).sum();
        assert_eq!(cents(cost), cents(report.total_cost), "{group_by:?}");
    }
}

#[tokio::test]
async fn totals_equal_the_simulators_sums_for_several_ranges() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let pricing = PricingTable::builtin();
    // One day, a week, exactly one usage window, just over one, a quarter, a year, and a
    // range that ended before today.
    let ranges = [
        DateRange::last_days(today, 1),
        DateRange::last_days(today, 7),
        DateRange::last_days(today, 31),
        DateRange::last_days(today, 32),
        DateRange::last_days(today, 90),
        DateRange::last_days(today, 365),
        DateRange::between_days(today - 200, today - 150),
    ];
    for range in ranges {
        let dataset = fetch(&sim, &admin, &FetchOptions::dashboard(range, today)).await;
        assert!(dataset.failures.is_empty(), "{:?}", dataset.failures);
        let report = Report::build(&dataset, range, &pricing, Some(today));
        let expected: Tokens = sim
            .usage_data()
            .expected_tokens(range.first(), range.last());
        assert_eq!(
            (
                report.total_input_tokens,
                report.total_cached_tokens,
                report.total_output_tokens,
                report.total_requests
            ),
            (
                expected.input,
                expected.cached,
                expected.output,
                expected.requests
            ),
            "{range}"
        );
        let expected_cost = sim.usage_data().expected_cost(range.first(), range.last());
        assert_eq!(cents(report.total_cost), cents(expected_cost), "{range}");
        assert!(expected.requests > 0 && expected_cost > 0.0);
        assert_eq!(report.days.len(), range.len());
        let daily_cost: f64 = report.days.iter().map(|d| d.cost).sum();
        assert_eq!(cents(daily_cost), cents(expected_cost));
        assert_groups_add_up(&report);
        // The Costs API split costs by key, so no key's cost is an estimate.
        assert!(dataset.key_costs.is_some());
        assert!(
            report
                .groups(GroupBy::ApiKey)
                .iter()
                .all(|g| !g.cost_is_estimate)
        );
        let key_cost: f64 = report
            .groups(GroupBy::ApiKey)
            .iter()
            .filter_map(|g| g.cost)
            .sum();
        assert_eq!(cents(key_cost), cents(expected_cost));
    }
}

#[tokio::test]
async fn a_year_is_split_into_windows_within_each_limit() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let range = DateRange::last_days(today, 365);
    let dataset = fetch(&sim, &admin, &FetchOptions::dashboard(range, today)).await;
    assert!(dataset.failures.is_empty());
    // 365 days: 12 usage windows of at most 31 buckets, 3 cost windows of at most 180, twice
    // (by project and line item, by key); the projects and the key list of each project.
    assert_eq!(requests_to(&sim, "/organization/usage/completions"), 12);
    assert_eq!(requests_to(&sim, "/organization/costs"), 6);
    assert_eq!(
        requests_to(&sim, "/organization/projects"),
        1 + PROJECTS.len()
    );
    assert_eq!(dataset.requests_made, 12 + 6 + 1 + PROJECTS.len());
    for request in sim.requests() {
        let limit: Option<u32> = request
            .query
            .iter()
            .find(|(k, _)| k == "limit")
            .and_then(|(_, v)| v.parse().ok());
        if request.path.starts_with("/organization/usage") {
            assert!(limit.is_some_and(|l| l <= 31), "{request:?}");
        } else if request.path == "/organization/costs" {
            assert!(limit.is_some_and(|l| l <= 180), "{request:?}");
        }
        assert_eq!(request.status, 200);
    }
}

#[tokio::test]
async fn windows_that_page_follow_their_own_pages() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let range = DateRange::last_days(today, 100);
    let options = FetchOptions {
        page_size: Some(7),
        ..FetchOptions::dashboard(range, today)
    };
    let dataset = fetch(&sim, &admin, &options).await;
    assert!(dataset.failures.is_empty());
    // Usage windows of 31, 31, 31 and 7 days in pages of 7: 5 + 5 + 5 + 1 pages.
    assert_eq!(requests_to(&sim, "/organization/usage/completions"), 16);
    let paged = sim
        .requests()
        .iter()
        .filter(|r| r.query.iter().any(|(k, _)| k == "page"))
        .count();
    assert!(paged > 12, "{paged} requests carried a page cursor");
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let expected = sim
        .usage_data()
        .expected_tokens(range.first(), range.last());
    assert_eq!(report.total_input_tokens, expected.input);
    assert_eq!(report.total_requests, expected.requests);
    assert_eq!(
        cents(report.total_cost),
        cents(sim.usage_data().expected_cost(range.first(), range.last()))
    );
}

#[tokio::test]
async fn ids_are_shown_as_names() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    // A long range, so the archived prototype project's usage is in it.
    let range = DateRange::last_days(today, 365);
    let dataset = fetch(&sim, &admin, &FetchOptions::dashboard(range, today)).await;
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let projects = report.groups(GroupBy::Project);
    assert_eq!(projects.len(), PROJECTS.len());
    for project in &PROJECTS {
        let group = projects
            .iter()
            .find(|g| g.id.as_deref() == Some(project.id))
            .expect("every project spent something");
        assert_eq!(group.name, project.name);
    }
    let keys = report.groups(GroupBy::ApiKey);
    for sim_key in &sim.usage_data().api_keys {
        if let Some(group) = keys.iter().find(|g| g.id.as_deref() == Some(&sim_key.id)) {
            assert_eq!(group.name, sim_key.name);
        }
    }
    assert!(keys.iter().any(|g| g.name == "CI pipeline"));
    let models: Vec<&str> = report
        .groups(GroupBy::Model)
        .iter()
        .map(|g| g.name.as_str())
        .collect();
    assert!(models.contains(&"gpt-5-mini") && models.contains(&"o4-mini"));
    // Model costs come from the Costs API's line items, not from the price table.
    assert!(
        report
            .groups(GroupBy::Model)
            .iter()
            .all(|g| !g.cost_is_estimate)
    );
}

#[tokio::test]
async fn a_stored_key_is_matched_to_its_id_and_spend() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let range = DateRange::last_days(today, 30);
    let dataset = fetch(&sim, &admin, &FetchOptions::dashboard(range, today)).await;
    let stored = sim.key(Scenario::FullAccess);
    let id = key_id_in(&dataset.names, &stored).expect("the full-access key is listed");
    assert_eq!(id, Scenario::FullAccess.key_id());
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let spent = report.key(&id).and_then(|g| g.cost).expect("it spent");
    assert!(spent > 0.0);
    // A key the organization does not list matches nothing.
    let stranger = SecretString::from("sk-proj-notfromthisorganization-0000");
    assert_eq!(key_id_in(&dataset.names, &stranger), None);
    assert_eq!(find_key_id(&stranger, [("key_x", "sk-proj-...abcd")]), None);
}

#[tokio::test]
async fn without_costs_per_key_the_key_costs_are_estimates() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let range = DateRange::last_days(today, 14);
    let options = FetchOptions {
        key_costs: false,
        ..FetchOptions::dashboard(range, today)
    };
    let dataset = fetch(&sim, &admin, &options).await;
    assert!(dataset.key_costs.is_none());
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let keys = report.groups(GroupBy::ApiKey);
    assert!(!keys.is_empty());
    assert!(keys.iter().all(|g| g.cost_is_estimate && g.cost.is_some()));
    // The simulator bills with the same prices for its models, so the estimate is close.
    let estimated: f64 = keys.iter().filter_map(|g| g.cost).sum();
    let billed = sim.usage_data().expected_cost(range.first(), range.last());
    assert!(
        (estimated - billed).abs() / billed < 0.01,
        "{estimated} vs {billed}"
    );
    assert!(
        report
            .estimate_note
            .as_ref()
            .is_some_and(|note| note.sentence().contains("estimate") && note.technical().is_none())
    );
    let json = serde_json::to_value(UsageJson::new(&report, &[GroupBy::ApiKey])).expect("json");
    assert!(
        json["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .all(|g| g["cost_is_estimate"] == true)
    );
}

#[tokio::test]
async fn a_partial_failure_says_what_loaded_and_what_did_not() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    sim.inject(
        FaultRule::new(Fault::ServerError {
            status: 503,
            retry_after_ms: None,
        })
        .on_path("/organization/usage"),
    );
    let mut config = ClientConfig::new(sim.base_url()).expect("loopback");
    config.max_retries = 0;
    let client = Client::new(config).expect("client");
    let range = DateRange::last_days(today, 40);
    let dataset = fetch_dataset(
        &client,
        &admin,
        &FetchOptions::dashboard(range, today),
        &UsageCache::default(),
        &|_| {},
    )
    .await;
    assert!(!dataset.is_complete());
    assert_eq!(dataset.access_problem(), None);
    let sentences: Vec<String> = dataset
        .failures
        .iter()
        .map(|f| f.sentence(&dataset.names))
        .collect();
    assert_eq!(sentences.len(), 2, "{sentences:?}");
    assert!(
        sentences[0].starts_with("Tokens and requests for ")
            && sentences[0].contains(" could not be loaded: "),
        "{sentences:?}"
    );
    // Costs and names still loaded.
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    assert_eq!(
        cents(report.total_cost),
        cents(sim.usage_data().expected_cost(range.first(), range.last()))
    );
    assert_eq!(report.total_input_tokens, 0);
    assert_eq!(dataset.names.projects.len(), PROJECTS.len());
}

#[tokio::test]
async fn keys_that_may_not_read_usage_are_an_access_problem() {
    let sim = simulator().await;
    let today = today(&sim);
    let range = DateRange::last_days(today, 7);
    for scenario in [Scenario::AdminNoUsage, Scenario::FullAccess] {
        let dataset = fetch(
            &sim,
            &sim.key(scenario),
            &FetchOptions::dashboard(range, today),
        )
        .await;
        match dataset.access_problem() {
            Some(AccessProblem::MayNotReadUsage { message }) => {
                assert!(message.contains("api.usage.read"), "{message}")
            }
            other => panic!("{scenario:?}: {other:?}"),
        }
    }
    let unknown = SecretString::from("sk-admin-thisisnotakeythesimulatorknows0000");
    let dataset = fetch(&sim, &unknown, &FetchOptions::dashboard(range, today)).await;
    assert!(matches!(
        dataset.access_problem(),
        Some(AccessProblem::KeyNotAccepted { .. })
    ));
    let shown = format!("{:?}", dataset.failures);
    assert!(!shown.contains("thisisnotakey"), "{shown}");
}

#[tokio::test]
async fn finished_days_are_cached_and_only_recent_days_are_asked_again() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let client = client_for(&sim);
    let cache = UsageCache::default();
    let range = DateRange::last_days(today, 90);
    let options = FetchOptions::dashboard(range, today);
    let first = fetch_dataset(&client, &admin, &options, &cache, &|_| {}).await;
    assert_eq!(cache.cached_days(), (88, 88, 88));
    sim.clear_requests();
    let second = fetch_dataset(&client, &admin, &options, &cache, &|_| {}).await;
    // Only today and yesterday, which may still change: one window per stream. Names are
    // known already.
    assert_eq!(requests_to(&sim, "/organization/usage/completions"), 1);
    assert_eq!(requests_to(&sim, "/organization/costs"), 2);
    assert_eq!(requests_to(&sim, "/organization/projects"), 0);
    assert_eq!(second.names, first.names);
    cache.forget_names();
    let pricing = PricingTable::builtin();
    let (a, b) = (
        Report::build(&first, range, &pricing, None),
        Report::build(&second, range, &pricing, None),
    );
    assert_eq!(a.total_input_tokens, b.total_input_tokens);
    assert_eq!(cents(a.total_cost), cents(b.total_cost));
    // A shorter range inside the cached one needs no usage or cost request at all.
    sim.clear_requests();
    let inner = DateRange::between_days(today - 60, today - 30);
    fetch_dataset(
        &client,
        &admin,
        &FetchOptions::dashboard(inner, today),
        &cache,
        &|_| {},
    )
    .await;
    assert_eq!(requests_to(&sim, "/organization/usage"), 0);
    assert_eq!(requests_to(&sim, "/organization/costs"), 0);
    assert_eq!(
        requests_to(&sim, "/organization/projects"),
        1 + PROJECTS.len()
    );
}

#[tokio::test]
async fn csv_rows_match_the_totals_and_hold_no_key() {
    let sim = simulator().await;
    let admin = sim.key(Scenario::AdminFull);
    let today = today(&sim);
    let range = DateRange::last_days(today, 45);
    let dataset = fetch(&sim, &admin, &FetchOptions::dashboard(range, today)).await;
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);

    let daily = String::from_utf8(daily_csv(&report.days).expect("csv")).expect("utf-8");
    let mut reader = csv::Reader::from_reader(daily.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "date",
            "cost_usd",
            "input_tokens",
            "cached_input_tokens",
            "output_tokens",
            "requests"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 45);
    let cost: f64 = rows
        .iter()
        .map(|r| r[1].parse::<f64>().expect("cost"))
        .sum();
    let input: u64 = rows
        .iter()
        .map(|r| r[2].parse::<u64>().expect("input"))
        .sum();
    let expected = sim
        .usage_data()
        .expected_tokens(range.first(), range.last());
    assert_eq!(input, expected.input);
    assert_eq!(
        cents(cost),
        cents(sim.usage_data().expected_cost(range.first(), range.last()))
    );
    assert_eq!(&rows[44][0], key_doctor::usage::range::iso_date(today));

    let grouped =
        String::from_utf8(groups_csv(report.groups(GroupBy::ApiKey)).expect("csv")).expect("utf-8");
    assert!(grouped.starts_with("group_by,id,name,cost_usd,cost_is_estimate,"));
    assert!(grouped.contains("api_key,key_ciPipeline,CI pipeline,"));

    for scenario in Scenario::ALL {
        let secret = scenario.secret();
        assert!(!daily.contains(&secret) && !grouped.contains(&secret));
        // Not even the secret part of a key, only the redacted forms the API lists.
        let middle = &secret[10..secret.len() - 6];
        assert!(!grouped.contains(middle), "{scenario:?}");
    }
}
