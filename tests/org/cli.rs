//! `key-doctor org` and what `key-doctor check` learns from OPENAI_ADMIN_KEY, as a person or a
//! script runs them: the built binary against a simulator started in the test. A failing key's
//! cause comes from the organization, read once and only with the Admin key; `org` lists each
//! project and key, says what could not be read and exits 0, 1 or 2 accordingly.

use std::path::Path;
use std::process::Output;

use key_doctor::simulator::{Fault, FaultRule, PROJECTS, Scenario, Simulator, SimulatorOptions};
use key_doctor::vault::{Catalog, CatalogEntry, KeyHints, KeyKind, KeySource, fingerprint, redact};
use serde_json::Value;

const WOULD_TELL: &str =
    "An Admin key of your organization would let Key Doctor tell the exact cause";

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("the simulator starts on loopback")
}

/// Runs the binary with only PATH, English, the simulator's address, its own config folder and
/// the variables given (later ones win), off the runtime's threads so the simulator answers.
async fn run(sim: &Simulator, config: &Path, args: &[&str], env: &[(&str, String)]) -> Output {
    let mut all = vec![
        ("KEY_DOCTOR_LANG", "en".to_owned()),
        ("KEY_DOCTOR_CONFIG_DIR", config.display().to_string()),
        ("OPENAI_BASE_URL", sim.base_url().to_owned()),
    ];
    all.extend(env.iter().cloned());
    crate::common::run_isolated(args, &all).await
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", stdout(output), stderr(output)))
}

fn admin(scenario: Scenario) -> (&'static str, String) {
    ("OPENAI_ADMIN_KEY", scenario.secret())
}

fn api_key(scenario: Scenario) -> (&'static str, String) {
    ("OPENAI_API_KEY", scenario.secret())
}

/// No scenario's key appears in anything the binary printed.
fn assert_no_secret(output: &Output) {
    let text = format!("{}{}", stdout(output), stderr(output));
    for scenario in Scenario::ALL {
        assert!(
            !text.contains(&scenario.secret()[12..]),
            "{scenario:?} leaked"
        );
    }
}

/// Stores a key in the key list of `dir` as the app does (no keychain needed: only the list is
/// read by the command line), with the `key_…` id it was once seen under.
fn remember(dir: &Path, scenario: Scenario, name: &str, openai_key_id: Option<String>) {
    let (mut catalog, _) = Catalog::load(&Catalog::file_in(dir)).expect("the key list opens");
    let secret = scenario.secret();
    catalog.push(CatalogEntry {
        id: format!("key-test-{}", scenario.id()),
        label: name.to_owned(),
        kind: KeyKind::Project,
        redacted: redact(&secret),
        fingerprint: fingerprint(&secret),
        source: KeySource::pasted(),
        hints: KeyHints::default(),
        created: jiff::Timestamp::now(),
        history: Vec::new(),
        openai_key_id,
        provider: None,
    });
    catalog.save().expect("the key list is saved");
}

/// Every request was a GET made with AdminFull's key, and no other scenario's key is in the log.
fn limits_page(project: &str) -> String {
    format!("https://platform.openai.com/settings/{project}/limits")
}

/// A failing key, the cause the organization shows for it, its page, and words the person
/// must read (project, owner, model, who deleted it).
struct Case {
    scenario: Scenario,
    cause: &'static str,
    fix_url: String,
    names: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    let case = |scenario, cause, fix_url: &str, names| Case {
        scenario,
        cause,
        fix_url: fix_url.to_owned(),
        names,
    };
    let (support, shop) = (PROJECTS[2].id, PROJECTS[4].id);
    vec![
        case(
            Scenario::OwnerLeft,
            "owner_lost_access",
            crate::common::KEY_PAGE,
            &["Ana Souza", "Online shop"],
        ),
        case(
            Scenario::ArchivedProject,
            "project_archived",
            crate::common::KEY_PAGE,
            &["Old prototype", "is archived"],
        ),
        case(
            Scenario::ModelDenied,
            "model_denied",
            &limits_page(shop),
            &["Online shop", "blocks gpt-5-mini"],
        ),
        case(
            Scenario::ProjectWithoutModel,
            "model_not_allowed",
            &limits_page(support),
            &["Support inbox", "gpt-4o-mini, gpt-4.1-mini"],
        ),
        case(
            Scenario::ProjectSpendLimit,
            "project_hard_limit",
            &limits_page(support),
            &["Support inbox", "hard limit of $"],
        ),
        case(
            Scenario::Revoked,
            "key_deleted",
            crate::common::KEY_PAGE,
            &["deleted on", "by ana@example.com"],
        ),
        case(
            Scenario::NoModelRequest,
            "scopes_from_audit_log",
            crate::common::KEY_PAGE,
            &["Files (read and write)"],
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_names_the_cause_the_organization_shows_for_each_failing_key() {
    let sim = simulator().await;
    for case in cases() {
        let what = format!("{:?}", case.scenario);
        let config = tempfile::tempdir().expect("dir");
        if case.scenario == Scenario::Revoked {
            // A deleted key is no longer listed: the id remembered here finds it in the audit log.
            remember(
                config.path(),
                Scenario::Revoked,
                "Old plugin key",
                Some(Scenario::Revoked.key_id()),
            );
        }
        let env = [api_key(case.scenario), admin(Scenario::AdminFull)];
        let output = run(&sim, config.path(), &["check", "--json"], &env).await;
        assert_eq!(output.status.code(), Some(1), "{what}: {}", stderr(&output));
        assert_no_secret(&output);
        let report = json(&output);
        let verdict = &report["verdict"];
        let expected = crate::common::expectations()
            .into_iter()
            .find(|e| e.scenario == case.scenario)
            .expect("the shared table has the scenario");
        assert_eq!(verdict["code"], expected.code.as_str(), "{what}: code kept");
        let cause = &verdict["details"]["organization_cause"];
        assert_eq!(cause["cause"], case.cause, "{what}: {verdict}");
        assert_eq!(verdict["fix_url"], case.fix_url.as_str(), "{what}");
        let summary = verdict["summary"].as_str().expect("summary");

        let output = run(&sim, config.path(), &["check"], &env).await;
        let text = stdout(&output);
        for name in case.names {
            assert!(
                summary.contains(name),
                "{what}: JSON lacks {name}: {summary}"
            );
            assert!(text.contains(name), "{what}: text lacks {name}: {text}");
        }
        if let Some(at) = cause["at"].as_i64() {
            let date = key_doctor::i18n::with_language(key_doctor::i18n::Language::English, || {
                key_doctor::i18n::date_at(at)
            });
            assert!(text.contains(&date), "{what}: the date {date}: {text}");
        }
        assert!(!text.contains(WOULD_TELL), "{what}: an Admin key is set");
    }
    // The checked keys never reached the organization's endpoints: only the Admin key did.
    crate::assert_organization_only_read_with_the_admin_key(&sim);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_remembered_id_a_deleted_key_is_only_not_in_the_organization() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let env = [api_key(Scenario::Revoked), admin(Scenario::AdminFull)];
    let output = run(&sim, config.path(), &["check", "--json"], &env).await;
    let cause = &json(&output)["verdict"]["details"]["organization_cause"];
    assert_eq!(cause["cause"], "key_not_in_organization", "{cause}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_admin_key_the_verdict_stays_and_an_admin_key_is_suggested_once() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    for case in cases() {
        let what = format!("{:?}", case.scenario);
        let output = run(
            &sim,
            config.path(),
            &["check", "--json"],
            &[api_key(case.scenario)],
        )
        .await;
        let verdict = &json(&output)["verdict"];
        let expected = crate::common::expectations()
            .into_iter()
            .find(|e| e.scenario == case.scenario)
            .expect("the shared table has the scenario");
        assert_eq!(verdict["code"], expected.code.as_str(), "{what}");
        assert_eq!(
            verdict["fix_url"].as_str(),
            expected.fix_url.as_deref(),
            "{what}"
        );
        assert!(
            verdict["details"].get("organization_cause").is_none(),
            "{what}"
        );
        assert!(!stdout(&output).contains(WOULD_TELL), "{what}: not in JSON");
    }
    // Several failing keys of one file: the suggestion comes once, at the end.
    let env_file = config.path().join(".env");
    std::fs::write(
        &env_file,
        format!(
            "OPENAI_API_KEY={}\nSHOP_OPENAI_KEY={}\n",
            Scenario::OwnerLeft.secret(),
            Scenario::ModelDenied.secret()
        ),
    )
    .expect("write");
    let file = env_file.to_str().expect("utf-8 path");
    let output = run(&sim, config.path(), &["check", "--env-file", file], &[]).await;
    let text = stdout(&output);
    assert_eq!(text.matches(WOULD_TELL).count(), 1, "{text}");
    assert!(text.trim_end().ends_with("OPENAI_ADMIN_KEY."), "{text}");
    // A working key needs no Admin key.
    let output = run(
        &sim,
        config.path(),
        &["check"],
        &[api_key(Scenario::FullAccess)],
    )
    .await;
    assert!(!stdout(&output).contains(WOULD_TELL));
    assert!(
        sim.requests()
            .iter()
            .all(|r| !r.path.starts_with("/organization")),
        "nothing was asked of the organization"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_reads_the_organization_once_for_every_key_of_a_file() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let env_file = config.path().join(".env");
    std::fs::write(
        &env_file,
        format!(
            "OPENAI_API_KEY={}\nSHOP_OPENAI_KEY={}\nOLD_OPENAI_KEY={}\n",
            Scenario::OwnerLeft.secret(),
            Scenario::ModelDenied.secret(),
            Scenario::ArchivedProject.secret()
        ),
    )
    .expect("write");
    let file = env_file.to_str().expect("utf-8 path");
    let output = run(
        &sim,
        config.path(),
        &["check", "--json", "--env-file", file],
        &[admin(Scenario::AdminFull)],
    )
    .await;
    let reports = json(&output);
    let causes: Vec<&str> = reports
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| {
            r["verdict"]["details"]["organization_cause"]["cause"]
                .as_str()
                .unwrap_or("")
        })
        .collect();
    assert_eq!(
        causes,
        ["owner_lost_access", "model_denied", "project_archived"]
    );
    let project_lists = sim
        .requests()
        .iter()
        .filter(|r| r.path == "/organization/projects")
        .count();
    assert_eq!(
        project_lists, 1,
        "one read of the organization for all keys"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_json_lists_every_key_with_its_flags_and_only_gets_with_the_admin_key() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    remember(config.path(), Scenario::OwnerLeft, "Shop plugin", None);
    let output = run(
        &sim,
        config.path(),
        &["org", "--json"],
        &[admin(Scenario::AdminFull)],
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_no_secret(&output);
    let org = json(&output);
    for field in [
        "read_at",
        "projects",
        "admin_keys",
        "spend_limit",
        "spend_alerts",
        "month_costs",
        "audit_log",
        "keys",
        "failures",
    ] {
        assert!(org.get(field).is_some(), "{field}");
    }
    assert_eq!(org["failures"], serde_json::json!([]));
    assert_eq!(
        org["projects"].as_array().expect("projects").len(),
        PROJECTS.len()
    );
    let keys = org["keys"].as_array().expect("keys");
    let row = |scenario: Scenario| {
        keys.iter()
            .find(|k| k["id"] == scenario.key_id().as_str())
            .unwrap_or_else(|| panic!("{scenario:?} is listed"))
    };
    let has_flag = |scenario: Scenario, flag: &str| {
        let flags = row(scenario)["flags"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        flags.contains(&flag.into())
    };
    assert!(has_flag(Scenario::OwnerLeft, "owner_lost_access"));
    assert!(has_flag(Scenario::ArchivedProject, "project_archived"));
    let owner_left = row(Scenario::OwnerLeft);
    assert_eq!(owner_left["owner"], "Ana Souza");
    assert_eq!(owner_left["owner_has_access"], false);
    assert_eq!(owner_left["stored_as"], "Shop plugin");
    assert!(
        row(Scenario::FullAccess)["month_cost"]
            .as_f64()
            .expect("a cost")
            > 0.0
    );
    assert!(
        keys.iter()
            .all(|k| k["id"] != Scenario::Revoked.key_id().as_str()),
        "a deleted key is not listed"
    );

    let requests = sim.requests();
    assert!(requests.len() > PROJECTS.len() * 5, "every part was read");
    crate::assert_only_gets_with_the_admin_key(&requests.iter().collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_says_each_project_and_key_in_words() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    remember(config.path(), Scenario::OwnerLeft, "Shop plugin", None);
    let output = run(&sim, config.path(), &["org"], &[admin(Scenario::AdminFull)]).await;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_no_secret(&output);
    let text = stdout(&output);
    for words in [
        "Project \"Support inbox\" (proj_demoSupport)",
        "Models: only gpt-4o-mini, gpt-4.1-mini",
        "Models: every model except gpt-5-mini",
        "Project \"Old prototype\" (proj_demoPrototype), archived",
        "Tools turned off: image generation, web search",
        "Rate limits: gpt-4.1 (100 requests a minute, 200,000 tokens a minute)",
        "this month. Reached",
        "Spend alerts (an e-mail; they block nothing): at $100.00 to owner@example.com",
        "Owner: Ana Souza, who no longer has access to the project",
        "Owner: the service account \"Support bot\", who has access to the project",
        "Stored here as \"Shop plugin\"",
        "! Owner lost access. Open the project's members: \
         https://platform.openai.com/settings/proj_demoShop/people/members",
        "! Project archived. Open the projects: \
         https://platform.openai.com/settings/organization/projects",
        "· Not in this app",
    ] {
        assert!(text.contains(words), "{words}\n{text}");
    }
    // "$33.81 of $33.00": this month's spend beside the project's hard limit.
    let support_limit = text
        .lines()
        .skip_while(|l| !l.starts_with("Project \"Support inbox\""))
        .find(|l| l.contains("Hard spend limit:"))
        .expect("the support project's limit");
    assert!(
        support_limit.contains(" of $") && support_limit.contains(" this month"),
        "{support_limit}"
    );
    assert!(!text.contains("could not be read"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_without_management_read_says_so_and_still_shows_costs() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let env = [admin(Scenario::AdminNoManagement)];
    let output = run(&sim, config.path(), &["org", "--json"], &env).await;
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let org = json(&output);
    let failures = org["failures"].as_array().expect("failures");
    assert!(!failures.is_empty());
    let projects = failures
        .iter()
        .find(|f| f["part"] == "projects")
        .expect("the project list failed");
    assert_eq!(projects["project"], Value::Null);
    assert!(
        projects["sentence"]
            .as_str()
            .expect("a sentence")
            .contains("\"Organization administration\""),
        "{projects}"
    );
    assert!(org["projects"]["error"].is_object());
    assert!(
        org["month_costs"]["by_project"][PROJECTS[0].id]
            .as_f64()
            .expect("a cost")
            > 0.0
    );

    let output = run(&sim, config.path(), &["org"], &env).await;
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("parts could not be read:"), "{text}");
    assert!(text.contains("\"Organization administration\""), "{text}");
    assert!(text.contains("Details: api_error · HTTP 403"), "{text}");
    assert!(
        text.contains("spent this month"),
        "the costs are there: {text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_part_that_fails_leaves_every_other_part() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let website = &PROJECTS[0];
    // Every try fails, so the client's retries cannot hide it.
    sim.inject(
        FaultRule::new(Fault::ServerError {
            status: 500,
            retry_after_ms: None,
        })
        .on_path(&format!(
            "/organization/projects/{}/rate_limits",
            website.id
        )),
    );
    let env = [admin(Scenario::AdminFull)];
    let output = run(&sim, config.path(), &["org", "--json"], &env).await;
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let org = json(&output);
    let failures = org["failures"].as_array().expect("failures");
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0]["project"], website.name);
    assert_eq!(failures[0]["part"], "rate_limits");
    let projects = org["projects"].as_array().expect("projects");
    assert_eq!(projects.len(), PROJECTS.len());
    for project in projects {
        let failed = project["project"]["id"] == website.id;
        assert_eq!(
            project["rate_limits"]["error"].is_object(),
            failed,
            "{project}"
        );
        assert!(project["keys"].is_array() && project["tool_permissions"].is_object());
    }
    assert!(!org["keys"].as_array().expect("keys").is_empty());
    assert!(org["month_costs"]["by_key"].is_object());
    assert!(org["audit_log"].is_array());

    let output = run(&sim, config.path(), &["org"], &env).await;
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("Rate limits: could not be read (see the end)"),
        "{text}"
    );
    assert!(
        text.contains(
            "Project \"Website chatbot\": Key Doctor could not read a project's rate limits."
        ),
        "{text}"
    );
    assert!(
        text.contains("Models: only gpt-4o-mini"),
        "other projects are whole"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_without_an_admin_key_says_how_to_give_one() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let output = run(&sim, config.path(), &["org"], &[]).await;
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let text = stderr(&output);
    assert!(text.contains("needs an Admin key"), "{text}");
    assert!(text.contains("OPENAI_ADMIN_KEY"), "{text}");
    assert!(sim.requests().is_empty(), "nothing was sent");

    // A key OpenAI refuses reads nothing: one sentence, exit 2.
    let env = [(
        "OPENAI_ADMIN_KEY",
        "sk-admin-notakeyanybodyknows0000".to_owned(),
    )];
    let output = run(&sim, config.path(), &["org"], &env).await;
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert_eq!(
        text.matches("did not accept the Admin key").count(),
        1,
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_speaks_the_persons_language() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let env = [
        admin(Scenario::AdminFull),
        ("KEY_DOCTOR_LANG", "es".to_owned()),
    ];
    let output = run(&sim, config.path(), &["org"], &env).await;
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("El propietario perdió el acceso"), "{text}");
    assert!(text.contains("Proyecto archivado"), "{text}");
    assert!(text.contains("Proyecto «Online shop»"), "{text}");
    // JSON stays English whatever the language.
    let output = run(&sim, config.path(), &["org", "--json"], &env).await;
    let org = json(&output);
    assert_eq!(org["failures"], serde_json::json!([]));
    let output = run(
        &sim,
        config.path(),
        &["org", "--json"],
        &[
            admin(Scenario::AdminNoManagement),
            ("KEY_DOCTOR_LANG", "es".to_owned()),
        ],
    )
    .await;
    let sentence = json(&output)["failures"][0]["sentence"].clone();
    assert!(
        sentence
            .as_str()
            .expect("a sentence")
            .starts_with("Key Doctor could not read")
    );
}
