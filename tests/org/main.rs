//! The organization's side through the library, against the simulator: every part is read
//! (every page, only GETs, never a full key but the Admin key's), each organization scenario's
//! failing check gets its precise cause and page, and a part that fails leaves the others.

use key_doctor::checks::{Checker, KeyUnderCheck, VerdictCode};
use key_doctor::i18n::{Language, with_language};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::org::{self, KeyFlag, OrgCause, OrgFacts, PartName, StoredKey};
use key_doctor::simulator::{
    Fault, FaultRule, LoggedRequest, PROJECTS, Scenario, Simulator, SimulatorOptions,
};
use secrecy::ExposeSecret;

// One test binary for the organization's side (library, CLI, window): fewer links in CI.
mod cli;
#[path = "../common/mod.rs"]
mod common;
mod gui;

fn client(sim: &Simulator) -> Client {
    Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client")
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

async fn read(sim: &Simulator, admin: Scenario) -> OrgFacts {
    org::read_organization(&client(sim), &sim.key(admin), now()).await
}

/// The cause the organization gives for `scenario`'s failing check.
async fn cause_of(sim: &Simulator, facts: &OrgFacts, scenario: Scenario) -> (OrgCause, String) {
    let checker = Checker::new(client(sim));
    let key = KeyUnderCheck::new(sim.key(scenario), "test");
    let mut report = checker.check(&key).await;
    assert_ne!(report.verdict.code, VerdictCode::Ok, "{scenario:?} fails");
    let remembered = (scenario == Scenario::Revoked).then(|| scenario.key_id());
    let cause = org::refine_report(&mut report, &key.secret, remembered.as_deref(), facts)
        .unwrap_or_else(|| panic!("{scenario:?}: no cause found"));
    let sentence = with_language(Language::English, || report.verdict.summary());
    assert_eq!(
        report.verdict.details.organization_cause,
        Some(cause.clone())
    );
    if let Some((url, _)) = cause.fix() {
        assert_eq!(report.verdict.fix_url.as_deref(), Some(url.as_str()));
    }
    (cause, sentence)
}

#[tokio::test]
async fn every_part_of_the_organization_is_read_with_gets_only() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let facts = read(&sim, Scenario::AdminFull).await;
    assert!(facts.failures().is_empty(), "{:?}", facts.failures());
    assert_eq!(facts.projects().len(), PROJECTS.len(), "archived ones too");
    let shop = facts.project(PROJECTS[4].id).expect("shop");
    let denied = shop.model_permissions.as_ref().expect("read");
    assert!(!denied.as_ref().expect("a policy").allows("gpt-5-mini"));
    let support = facts.project(PROJECTS[2].id).expect("support");
    let limit = support.spend_limit.as_ref().expect("read").clone();
    assert!(limit.expect("a limit").is_enforcing());
    assert!(!facts.admin_keys.as_ref().expect("admin keys").is_empty());
    assert!(facts.month_costs.as_ref().expect("costs").by_key.len() > 3);
    let ids: Vec<&str> = facts.keys().map(|(_, key)| key.id.as_str()).collect();
    assert!(
        ids.contains(&Scenario::OwnerLeft.key_id().as_str()),
        "owner_project_access=any"
    );
    assert!(
        !ids.contains(&Scenario::Revoked.key_id().as_str()),
        "deleted"
    );
    assert!(
        facts
            .key_scopes(&Scenario::NoModelRequest.key_id())
            .is_some()
    );

    let requests = sim.requests();
    assert!(requests.len() > PROJECTS.len() * 5, "{}", requests.len());
    assert!(requests.iter().all(|r| r.method == "GET"), "only reads");
    let logged = serde_json::to_string(&requests).expect("log");
    for scenario in Scenario::ALL {
        assert!(!logged.contains(&scenario.secret()), "{scenario:?} logged");
    }
}

#[tokio::test]
async fn each_organization_scenario_gets_its_precise_cause() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let facts = read(&sim, Scenario::AdminFull).await;
    let cases: [(Scenario, &str, &[&str]); 8] = [
        (
            Scenario::OwnerLeft,
            "owner_lost_access",
            &["Ana Souza", "Online shop"],
        ),
        (
            Scenario::ArchivedProject,
            "project_archived",
            &["Old prototype", "archived"],
        ),
        (
            Scenario::ModelDenied,
            "model_denied",
            &["Online shop", "blocks gpt-5-mini"],
        ),
        (
            Scenario::ProjectWithoutModel,
            "model_not_allowed",
            &[
                "Support inbox",
                "gpt-4o-mini, gpt-4.1-mini",
                "gpt-5-mini is not one of them",
            ],
        ),
        (
            Scenario::ProjectSpendLimit,
            "project_hard_limit",
            &["Support inbox", "hard limit of $"],
        ),
        (
            Scenario::OrganizationSpendLimit,
            "organization_hard_limit",
            &["Your organization has reached its hard limit"],
        ),
        (
            Scenario::Revoked,
            "key_deleted",
            &["deleted on", "ana@example.com"],
        ),
        (
            Scenario::NoModelRequest,
            "scopes_from_audit_log",
            &["Files (read and write)"],
        ),
    ];
    for (scenario, code, words) in cases {
        let (cause, sentence) = cause_of(&sim, &facts, scenario).await;
        assert_eq!(cause.code(), code, "{scenario:?}: {sentence}");
        for word in words {
            assert!(sentence.contains(word), "{scenario:?}: {sentence}");
        }
    }
    // The checked keys went to their own endpoints only; the organization was read with the
    // Admin key alone, and only read.
    assert_organization_only_read_with_the_admin_key(&sim);
    // Out of credit is the billing page's matter, whatever the spend limits.
    let checker = Checker::new(client(&sim));
    let broke = KeyUnderCheck::new(sim.key(Scenario::CreditBalanceExhausted), "test");
    let mut report = checker.check(&broke).await;
    assert_eq!(
        org::refine_report(&mut report, &broke.secret, None, &facts),
        None
    );
    // A key the organization does not list, and that it never saw.
    let checker = Checker::new(client(&sim));
    let stranger = KeyUnderCheck::new(
        secrecy::SecretString::from("sk-proj-strangerstrangerstranger0000".to_owned()),
        "test",
    );
    let mut report = checker.check(&stranger).await;
    let cause = org::refine_report(&mut report, &stranger.secret, None, &facts);
    assert_eq!(cause.map(|c| c.code()), Some("key_not_in_organization"));
}

#[tokio::test]
async fn the_keys_table_flags_what_needs_attention() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let facts = read(&sim, Scenario::AdminFull).await;
    let full = sim.key(Scenario::FullAccess);
    let stored = [StoredKey {
        name: "Website chatbot".into(),
        redacted: key_doctor::vault::redact(full.expose_secret()),
        remembered_id: None,
    }];
    let rows = org::key_rows(&facts, &stored, now());
    let row = |scenario: Scenario| {
        rows.iter()
            .find(|r| r.id == scenario.key_id())
            .unwrap_or_else(|| panic!("{scenario:?} listed"))
    };
    assert!(
        row(Scenario::OwnerLeft)
            .flags
            .contains(&KeyFlag::OwnerLostAccess)
    );
    assert!(
        row(Scenario::ArchivedProject)
            .flags
            .contains(&KeyFlag::ProjectArchived)
    );
    assert_eq!(
        row(Scenario::FullAccess).stored_as.as_deref(),
        Some("Website chatbot")
    );
    assert!(
        !row(Scenario::FullAccess)
            .flags
            .contains(&KeyFlag::NotInThisApp)
    );
    assert!(rows.iter().any(|r| r.flags.contains(&KeyFlag::Unused)));
    let cost: f64 = rows.iter().filter_map(|r| r.month_cost).sum();
    let by_key: f64 = facts
        .month_costs
        .as_ref()
        .expect("costs")
        .by_key
        .values()
        .sum();
    assert!(
        (cost - by_key).abs() < 0.005,
        "every key's cost is in a row"
    );
    let mut sorted = rows.clone();
    org::table::sort_rows(&mut sorted, org::table::SortColumn::Attention, false);
    assert!(sorted[0].flags.iter().any(|f| f.is_serious()));
}

#[tokio::test]
async fn a_failing_part_leaves_every_other_part() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let broken = format!("/organization/projects/{}/rate_limits", PROJECTS[1].id);
    sim.inject(
        FaultRule::new(Fault::ServerError {
            status: 500,
            retry_after_ms: Some(1),
        })
        .on_path(&broken)
        .times(10),
    );
    let facts = read(&sim, Scenario::AdminFull).await;
    let failures = facts.failures();
    assert_eq!(failures.len(), 1, "{failures:?}");
    let (project, error) = failures[0];
    assert_eq!(project, Some(PROJECTS[1].name));
    assert_eq!(error.part, PartName::RateLimits);
    assert!(!error.sentence().contains("500"), "{}", error.sentence());
    assert!(facts.key_count() > 10);
    sim.clear_faults();

    // An odd answer (a proxy's success page that is not JSON) on one project's alerts: that
    // part's sentence, and the others as they are.
    let odd = format!("/organization/projects/{}/spend_alerts", PROJECTS[0].id);
    sim.inject(
        FaultRule::new(Fault::NotJsonSuccess {
            body: "<html>sign in</html>".into(),
        })
        .on_path(&odd),
    );
    let facts = read(&sim, Scenario::AdminFull).await;
    let failures = facts.failures();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0].1.part, PartName::SpendAlerts);
    assert_eq!(failures[0].0, Some(PROJECTS[0].name));
    assert!(facts.month_costs.is_ok() && facts.key_count() > 10);
    sim.clear_faults();

    // The audit log refused (as an Admin key without its permission is): that part alone.
    sim.inject(
        FaultRule::new(Fault::PlainStringError { status: 403 }).on_path("/organization/audit_logs"),
    );
    let facts = read(&sim, Scenario::AdminFull).await;
    let failures = facts.failures();
    assert!(!failures.is_empty());
    assert!(
        failures
            .iter()
            .all(|(project, e)| project.is_none() && e.part == PartName::AuditLog)
    );
    let sentence = with_language(Language::English, || failures[0].1.sentence());
    assert!(sentence.contains("the audit log"), "{sentence}");
    assert!(facts.projects.is_ok() && facts.month_costs.is_ok() && facts.admin_keys.is_ok());
    assert_eq!(facts.key_count(), org::key_rows(&facts, &[], now()).len());
    sim.clear_faults();

    // An Admin key that may not read the organization: every list says why, costs still come.
    let facts = read(&sim, Scenario::AdminNoManagement).await;
    let sentence = facts.projects.as_ref().expect_err("no projects").sentence();
    let sentence_en = with_language(Language::English, || {
        facts.projects.as_ref().expect_err("no projects").sentence()
    });
    assert!(!sentence.is_empty());
    assert!(
        sentence_en.contains("Organization administration"),
        "{sentence_en}"
    );
    assert!(facts.month_costs.is_ok());

    // Audit logging off: the log is empty, nothing fails.
    let facts = read(&sim, Scenario::AdminAuditOff).await;
    assert!(facts.audit_log.as_ref().expect("read").is_empty());
    assert!(facts.failures().is_empty());
}

#[tokio::test]
async fn a_large_organization_is_read_whole() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let facts = read(&sim, Scenario::AdminLargeOrganization).await;
    assert!(facts.failures().is_empty(), "{:?}", facts.failures());
    assert_eq!(facts.projects().len(), 50);
    assert_eq!(facts.key_count(), 1000);
    assert_eq!(
        facts.audit_log.as_ref().expect("audit").len(),
        1000,
        "every window, every page"
    );
}

/// Every request was a GET with the Admin key, and no other scenario's key is in the log.
pub(crate) fn assert_only_gets_with_the_admin_key(requests: &[&LoggedRequest]) {
    for request in requests {
        assert_eq!(request.method, "GET", "{request:?}");
        assert_eq!(
            request.scenario.as_deref(),
            Some("admin_full"),
            "{request:?}"
        );
    }
    let log = serde_json::to_string(requests).expect("the log as JSON");
    for scenario in Scenario::ALL {
        if scenario != Scenario::AdminFull {
            assert!(!log.contains(&scenario.secret()), "{scenario:?} was sent");
        }
    }
}

/// The organization's endpoints were asked something, and only read with the Admin key: the
/// checked keys never reached them.
pub(crate) fn assert_organization_only_read_with_the_admin_key(sim: &Simulator) {
    let requests = sim.requests();
    let admin_reads: Vec<&LoggedRequest> = requests
        .iter()
        .filter(|r| r.path.starts_with("/organization"))
        .collect();
    assert!(!admin_reads.is_empty());
    assert_only_gets_with_the_admin_key(&admin_reads);
}
