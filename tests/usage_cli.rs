//! `key-doctor usage` as a person or a script runs it: the built binary against a simulator
//! started in the test, the JSON contract of DESIGN.md, the CSV file, the exit status, and no
//! key in anything it prints.

use std::process::Output;

use key_doctor::simulator::{PROJECTS, Scenario, Simulator, SimulatorOptions};
use serde_json::Value;

mod common;

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("the simulator starts on loopback")
}

/// Runs the binary with only the variables given (plus PATH), off the runtime's threads so the
/// simulator keeps answering.
async fn run(args: &[&str], env: &[(&str, String)]) -> Output {
    common::run_isolated(args, env).await
}

fn cents(dollars: f64) -> i64 {
    (dollars * 100.0).round() as i64
}

fn assert_no_secret(output: &Output) {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    for scenario in Scenario::ALL {
        let secret = scenario.secret();
        assert!(!text.contains(&secret[10..]), "{scenario:?} leaked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_json_follows_the_contract_and_sums_to_the_cent() {
    let sim = simulator().await;
    let env = [
        ("OPENAI_ADMIN_KEY", Scenario::AdminFull.secret()),
        ("OPENAI_BASE_URL", sim.base_url().to_owned()),
    ];
    let output = run(
        &["usage", "--days", "45", "--group-by", "project", "--json"],
        &env,
    )
    .await;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_no_secret(&output);
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let today = sim.usage_data().last_day;
    let first = today - 44;
    assert_eq!(json["currency"], "usd");
    assert_eq!(json["start"], key_doctor::usage::range::iso_date(first));
    assert_eq!(json["end"], key_doctor::usage::range::iso_date(today));
    let expected_cost = sim.usage_data().expected_cost(first, today);
    let total_cost = json["total_cost"].as_f64().expect("total_cost");
    assert_eq!(cents(total_cost), cents(expected_cost));

    let days = json["days"].as_array().expect("days");
    assert_eq!(days.len(), 45);
    let keys: Vec<&str> = days[0]
        .as_object()
        .expect("a day")
        .keys()
        .map(String::as_str)
        .collect();
    for field in [
        "date",
        "cost",
        "input_tokens",
        "output_tokens",
        "cached_tokens",
        "requests",
    ] {
        assert!(keys.contains(&field), "day field {field}");
    }
    let sum = |field: &str| -> u64 { days.iter().map(|d| d[field].as_u64().unwrap_or(0)).sum() };
    let expected = sim.usage_data().expected_tokens(first, today);
    assert_eq!(sum("input_tokens"), expected.input);
    assert_eq!(sum("output_tokens"), expected.output);
    assert_eq!(sum("cached_tokens"), expected.cached);
    assert_eq!(sum("requests"), expected.requests);

    let groups = json["groups"].as_array().expect("groups");
    assert!(groups.iter().all(|g| g["group_by"] == "project"));
    for field in [
        "group_by",
        "id",
        "name",
        "cost",
        "cost_is_estimate",
        "input_tokens",
        "output_tokens",
        "requests",
    ] {
        assert!(groups[0].get(field).is_some(), "group field {field}");
    }
    let website = groups
        .iter()
        .find(|g| g["id"] == PROJECTS[0].id)
        .expect("the website project");
    assert_eq!(website["name"], PROJECTS[0].name);
    assert_eq!(website["cost_is_estimate"], false);
    let group_cost: f64 = groups.iter().filter_map(|g| g["cost"].as_f64()).sum();
    assert_eq!(cents(group_cost), cents(expected_cost));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_writes_csv_and_prints_a_readable_table() {
    let sim = simulator().await;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("by-key.csv");
    let env = [
        ("OPENAI_ADMIN_KEY", Scenario::AdminFull.secret()),
        ("OPENAI_BASE_URL", sim.base_url().to_owned()),
    ];
    let output = run(
        &[
            "usage",
            "--days",
            "7",
            "--group-by",
            "api_key",
            "--csv",
            path.to_str().expect("utf-8 path"),
        ],
        &env,
    )
    .await;
    assert!(output.status.success());
    assert_no_secret(&output);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Total cost: $"), "{text}");
    assert!(
        text.contains("By key:") && text.contains("CI pipeline"),
        "{text}"
    );
    let csv = std::fs::read_to_string(&path).expect("the CSV was written");
    assert!(csv.starts_with("group_by,id,name,cost_usd,cost_is_estimate,"));
    assert!(csv.contains("api_key,key_ciPipeline,CI pipeline,"));
    for scenario in Scenario::ALL {
        assert!(!csv.contains(&scenario.secret()[10..]));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_explains_a_missing_or_unfit_key_and_exits_2() {
    let sim = simulator().await;
    let base = ("OPENAI_BASE_URL", sim.base_url().to_owned());

    let output = run(
        &["usage", "--days", "7", "--json"],
        std::slice::from_ref(&base),
    )
    .await;
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("OPENAI_ADMIN_KEY") && said.contains("admin-keys"),
        "{said}"
    );
    assert!(output.stdout.is_empty());

    for scenario in [Scenario::AdminNoUsage, Scenario::FullAccess] {
        let env = [("OPENAI_ADMIN_KEY", scenario.secret()), base.clone()];
        let output = run(&["usage", "--days", "7"], &env).await;
        assert_eq!(output.status.code(), Some(2), "{scenario:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("may not read usage"), "{said}");
        assert_no_secret(&output);
    }

    let env = [
        (
            "OPENAI_ADMIN_KEY",
            "sk-admin-madeupbutlongenoughtolooklikeakey".to_owned(),
        ),
        base.clone(),
    ];
    let output = run(&["usage", "--days", "3"], &env).await;
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("did not accept"), "{said}");
    assert!(!said.contains("madeupbutlongenough"), "{said}");

    // Nothing listens on this port: a network failure is explained too.
    let env = [
        ("OPENAI_ADMIN_KEY", Scenario::AdminFull.secret()),
        ("OPENAI_BASE_URL", "http://127.0.0.1:9/v1".to_owned()),
    ];
    let output = run(&["usage", "--days", "3"], &env).await;
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("could not be loaded"));
    assert_no_secret(&output);
}
