//! Checks end to end against the simulator: for every scenario the verdict code, the facts in the
//! sentence, the fix page and the permission table, through the library and through the CLI's
//! `--json`. Probes never generate tokens; failures become verdicts.

use std::process::{Command, Stdio};
use std::time::Duration;

use key_doctor::checks::{CheckReport, Checker, KeyUnderCheck, PermissionStatus, VerdictCode};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::{Fault, FaultRule, PROJECTS, Scenario, Simulator, SimulatorOptions};

mod common;
use common::{Expected, expectations};
use secrecy::SecretString;
use serde_json::Value;

fn assert_report(report: &CheckReport, expected: &Expected) {
    let what = format!(
        "{:?}: {:?} {}",
        expected.scenario,
        report.verdict.code,
        report.verdict.summary()
    );
    assert_eq!(report.verdict.code, expected.code, "{what}");
    assert!(
        report.verdict.summary().contains(expected.sentence),
        "{what}"
    );
    assert_eq!(report.verdict.fix_url, expected.fix_url, "{what}");
    for (group, level, status) in expected.rows {
        let row = report
            .permissions
            .iter()
            .find(|r| r.group == *group && r.level == *level)
            .unwrap_or_else(|| panic!("{what}: no row {group} {level}"));
        assert_eq!(row.status, *status, "{what}: {group} {level}");
    }
}

#[tokio::test]
async fn every_scenario_gets_its_verdict_fix_and_table() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let checker =
        Checker::new(Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client"));
    let expected = expectations();
    assert_eq!(
        expected.len(),
        Scenario::ALL.len(),
        "every scenario has an expectation"
    );
    for case in &expected {
        let key = KeyUnderCheck::new(sim.key(case.scenario), "test");
        let report = checker.check(&key).await;
        assert_report(&report, case);
        assert_eq!(report.key.source, "test");
        assert!(
            !serde_json::to_string(&report)
                .expect("json")
                .contains(&case.scenario.secret())
        );
    }
    // Nothing any check sent could have produced tokens.
    let requests = sim.requests();
    assert!(requests.len() > 300);
    assert!(
        requests.iter().all(|r| !r.generated_tokens),
        "a probe generated tokens"
    );
}

#[tokio::test]
async fn a_working_key_reports_organization_limits_and_tier() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let checker =
        Checker::new(Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client"));
    let report = checker
        .check(&KeyUnderCheck::new(
            sim.key(Scenario::FullAccess),
            "OPENAI_API_KEY",
        ))
        .await;
    let org = report.organization.expect("organization from /v1/me");
    assert_eq!(org.id, "org-KeyDoctorDemo");
    assert_eq!(org.title.as_deref(), Some("Demo Organization"));
    assert!(org.projects.iter().any(|p| p.id == PROJECTS[0].id));
    let limits = report
        .rate_limits
        .expect("rate limits from the quota probe");
    assert_eq!(limits.limit_tokens, Some(2_000_000));
    assert_eq!(
        report.tier.map(|tier| tier.to_string()).as_deref(),
        Some("Tier 3 (inferred from rate limits)")
    );
    assert!(!report.verdict.details.request_ids.is_empty());
    assert_eq!(
        report.key.redacted,
        format!(
            "sk-proj-…{}",
            &Scenario::FullAccess.secret()[Scenario::FullAccess.secret().len() - 4..]
        )
    );
}

#[tokio::test]
async fn wrong_organization_and_project_hints_are_named() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let checker =
        Checker::new(Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client"));
    let mut key = KeyUnderCheck::new(sim.key(Scenario::FullAccess), ".env:OPENAI_API_KEY");
    key.organization = Some("org-somewhereelse".into());
    let report = checker.check(&key).await;
    assert_eq!(report.verdict.code, VerdictCode::WrongOrganization);
    assert!(report.verdict.summary().contains("OPENAI_ORG_ID"));

    let mut key = KeyUnderCheck::new(sim.key(Scenario::FullAccess), ".env:OPENAI_API_KEY");
    key.project = Some(PROJECTS[1].id.into());
    let report = checker.check(&key).await;
    assert_eq!(report.verdict.code, VerdictCode::WrongProject);
    assert_eq!(
        report.verdict.fix_url.as_deref(),
        Some(
            format!(
                "https://platform.openai.com/settings/{}/api-keys",
                PROJECTS[1].id
            )
            .as_str()
        )
    );
}

#[tokio::test]
async fn failures_become_verdicts_in_words() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let mut config = ClientConfig::new(sim.base_url()).expect("url");
    config.max_retries = 0;
    let checker = Checker::new(Client::new(config).expect("client"));
    let key = KeyUnderCheck::new(sim.key(Scenario::FullAccess), "test");

    sim.inject(FaultRule::new(Fault::ServerError {
        status: 503,
        retry_after_ms: None,
    }));
    let report = checker.check(&key).await;
    assert_eq!(report.verdict.code, VerdictCode::ServerError);
    assert!(report.verdict.summary().contains("not your key's fault"));

    sim.clear_faults();
    sim.inject(FaultRule::new(Fault::Html { status: 200 }));
    let report = checker.check(&key).await;
    assert_eq!(report.verdict.code, VerdictCode::UnexpectedResponse);
    assert!(report.verdict.summary().contains("proxy"));

    // One slow probe does not hide the others: its row says so, the verdict stands.
    sim.clear_faults();
    sim.inject(FaultRule::new(Fault::Delay { ms: 3_000 }).on_path("/files"));
    let quick = Checker::with_limits(
        Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client"),
        64,
        Duration::from_millis(700),
    );
    let report = quick.check(&key).await;
    assert_eq!(report.verdict.code, VerdictCode::Ok);
    let files = report
        .permissions
        .iter()
        .filter(|r| r.group == "Files")
        .collect::<Vec<_>>();
    assert!(files.iter().all(|r| r.status == PermissionStatus::Error));
    assert!(
        report
            .permissions
            .iter()
            .filter(|r| r.group != "Files")
            .all(|r| r.status == PermissionStatus::Granted)
    );
    assert!(
        report
            .verdict
            .notes()
            .iter()
            .any(|n| n.contains("Could not check"))
    );
}

#[tokio::test]
async fn nobody_listening_is_a_network_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let client =
        Client::new(ClientConfig::new(&format!("http://127.0.0.1:{port}/v1")).expect("url"))
            .expect("client");
    let report = Checker::new(client)
        .check(&KeyUnderCheck::new(
            SecretString::from("sk-proj-whatever-0000000000000000"),
            "test",
        ))
        .await;
    assert_eq!(report.verdict.code, VerdictCode::NetworkError);
    assert!(report.verdict.summary().contains("could not reach OpenAI"));
    assert!(
        report.verdict.summary().contains("refused the connection"),
        "{}",
        report.verdict.summary()
    );
    assert!(
        report
            .permissions
            .iter()
            .all(|r| r.status == PermissionStatus::Error)
    );
}

fn run_cli(args: &[&str], env: &[(&str, String)], stdin: Option<&str>) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_key-doctor"));
    command
        .args(args)
        .env_remove("OPENAI_API_KEY")
        .env_remove("OPENAI_ORG_ID")
        .env_remove("OPENAI_PROJECT_ID")
        .env_remove("OPENAI_BASE_URL")
        // The words below are English; the machine's language must not change them.
        .env("KEY_DOCTOR_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("key-doctor runs");
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write");
    }
    drop(child.stdin.take());
    let output = child.wait_with_output().expect("output");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_cli_prints_the_json_contract_with_exit_codes_for_every_scenario() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = runtime
        .block_on(Simulator::start(SimulatorOptions::default()))
        .expect("simulator");
    for case in expectations() {
        let (status, stdout, stderr) = run_cli(
            &["check", "--json", "--base-url", sim.base_url()],
            &[("OPENAI_API_KEY", case.scenario.secret())],
            None,
        );
        let json: Value =
            serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"));
        let what = format!("{:?}", case.scenario);
        assert_eq!(json["verdict"]["code"], case.code.as_str(), "{what}");
        assert!(
            json["verdict"]["summary"]
                .as_str()
                .expect("summary")
                .contains(case.sentence),
            "{what}"
        );
        assert_eq!(
            json["verdict"]["fix_url"].as_str(),
            case.fix_url.as_deref(),
            "{what}"
        );
        assert_eq!(
            status,
            if case.code == VerdictCode::Ok { 0 } else { 1 },
            "{what}"
        );
        for field in ["kind", "redacted", "source"] {
            assert!(json["key"][field].is_string(), "{what}: key.{field}");
        }
        assert_eq!(json["key"]["source"], "OPENAI_API_KEY");
        let rows = json["permissions"].as_array().expect("permissions");
        for (group, level, expected_status) in case.rows {
            let row = rows
                .iter()
                .find(|r| r["group"] == *group && r["level"] == *level)
                .expect("row");
            assert_eq!(
                row["status"],
                serde_json::to_value(expected_status).expect("status"),
                "{what}"
            );
            assert!(row["scopes"].is_array() && row.get("http_status").is_some());
        }
        for field in ["organization", "rate_limits", "tier", "elapsed_ms"] {
            assert!(json.get(field).is_some(), "{what}: {field}");
        }
        assert!(
            !stdout.contains(&case.scenario.secret()) && !stderr.contains(&case.scenario.secret())
        );
    }
}

#[test]
fn the_cli_checks_every_key_of_an_env_file_and_reads_stdin() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = runtime
        .block_on(Simulator::start(SimulatorOptions::default()))
        .expect("simulator");
    let dir = tempfile::tempdir().expect("dir");
    let env = dir.path().join(".env");
    std::fs::write(
        &env,
        format!(
            "OPENAI_API_KEY={}\nOPEN_AI_KEY_ADM={}\nOPENAI_PROJECT_ID={}\n",
            Scenario::FullAccess.secret(),
            Scenario::AdminNoUsage.secret(),
            PROJECTS[0].id
        ),
    )
    .expect("write");
    let before = std::fs::read(&env).expect("read");
    let (status, stdout, _) = run_cli(
        &[
            "check",
            "--json",
            "--base-url",
            sim.base_url(),
            "--env-file",
            env.to_str().expect("path"),
        ],
        &[],
        None,
    );
    let reports: Vec<Value> = serde_json::from_str(&stdout).expect("a JSON array");
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["verdict"]["code"], "ok");
    assert_eq!(reports[0]["key"]["source"], ".env:OPENAI_API_KEY");
    assert_eq!(reports[1]["verdict"]["code"], "missing_scopes");
    assert_eq!(status, 1);
    assert_eq!(
        std::fs::read(&env).expect("read"),
        before,
        "the file is never modified"
    );

    let (status, stdout, _) = run_cli(
        &["check", "--base-url", sim.base_url(), "--stdin"],
        &[],
        Some(&Scenario::Revoked.secret()),
    );
    assert_eq!(status, 1);
    assert!(stdout.contains("Key not accepted"), "{stdout}");
    assert!(!stdout.contains(&Scenario::Revoked.secret()));

    let (status, _, stderr) = run_cli(&["check", "--base-url", sim.base_url()], &[], None);
    assert_eq!(status, 2);
    assert!(stderr.contains("OPENAI_API_KEY is not set"));

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let (status, stdout, _) = run_cli(
        &[
            "check",
            "--json",
            "--base-url",
            &format!("http://127.0.0.1:{port}/v1"),
        ],
        &[("OPENAI_API_KEY", Scenario::FullAccess.secret())],
        None,
    );
    assert_eq!(status, 2);
    assert!(stdout.contains("network_error"));

    let (status, _, stderr) = run_cli(
        &["check", "--base-url", "http://api.openai.com/v1"],
        &[("OPENAI_API_KEY", "sk-proj-x".into())],
        None,
    );
    assert_eq!(status, 2);
    assert!(stderr.contains("does not use HTTPS"), "{stderr}");
}
