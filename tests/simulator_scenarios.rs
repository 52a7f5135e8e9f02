//! `key-doctor simulate` serves every scenario: each key answers the requests of reference
//! section 5 the way the reference says OpenAI does.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use key_doctor::openai::{ApiRequest, Client, ClientConfig};
use key_doctor::simulator::{Scenario, Simulator, SimulatorOptions};
use serde_json::json;

fn chat_probe() -> ApiRequest {
    ApiRequest::post(
        "/chat/completions",
        json!({"model": "gpt-5-mini", "messages": [{"role": "user", "content": ""}], "max_completion_tokens": 0}),
    )
}

/// (scenario, request, status, error code or `type`, a fragment of the message)
fn expectations() -> Vec<(
    Scenario,
    ApiRequest,
    u16,
    Option<&'static str>,
    &'static str,
)> {
    let image_probe = || ApiRequest::post("/images/generations", json!({"speed": 1}));
    let gpt4o = ApiRequest::post(
        "/chat/completions",
        json!({"model": "gpt-4o", "messages": [{"role": "user", "content": ""}], "max_completion_tokens": 0}),
    );
    let image_model = ApiRequest::post(
        "/images/generations",
        json!({"model": "gpt-image-1", "prompt": "x", "n": 0}),
    );
    vec![
        (
            Scenario::FullAccess,
            chat_probe(),
            400,
            Some("integer_below_min_value"),
            "max_completion_tokens",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::get("/models"),
            200,
            None,
            "",
        ),
        (
            Scenario::ServiceAccount,
            ApiRequest::get("/me"),
            200,
            None,
            "",
        ),
        (
            Scenario::LegacyUser,
            chat_probe(),
            400,
            Some("integer_below_min_value"),
            "",
        ),
        (
            Scenario::NoModelRequest,
            image_probe(),
            401,
            None,
            "Missing scopes: model.request",
        ),
        (
            Scenario::NoModelRequest,
            chat_probe(),
            401,
            None,
            "Missing scopes: model.request",
        ),
        (
            Scenario::NoModelRequest,
            ApiRequest::get("/models"),
            200,
            None,
            "",
        ),
        (
            Scenario::NoModelRead,
            ApiRequest::get("/models"),
            403,
            None,
            "Missing scopes: api.model.read",
        ),
        (
            Scenario::NoModelRead,
            chat_probe(),
            400,
            Some("integer_below_min_value"),
            "",
        ),
        (Scenario::ReadOnly, ApiRequest::get("/files"), 200, None, ""),
        (
            Scenario::ReadOnly,
            ApiRequest::post("/files", json!({})),
            401,
            None,
            "Missing scopes: api.files.write",
        ),
        (
            Scenario::ReadOnly,
            chat_probe(),
            401,
            None,
            "Missing scopes: model.request",
        ),
        (
            Scenario::ResponsesWithoutRequest,
            ApiRequest::post("/responses", json!({"speed": 1})),
            401,
            None,
            "Missing scopes: model.request",
        ),
        (
            Scenario::Revoked,
            ApiRequest::get("/me"),
            401,
            Some("invalid_api_key"),
            "Incorrect API key provided",
        ),
        (
            Scenario::InsufficientQuota,
            chat_probe(),
            429,
            Some("insufficient_quota"),
            "exceeded your current quota",
        ),
        (
            Scenario::InsufficientQuota,
            ApiRequest::get("/models"),
            200,
            None,
            "",
        ),
        (
            Scenario::CreditBalanceExhausted,
            chat_probe(),
            429,
            Some("credit_balance_exhausted"),
            "credit balance",
        ),
        (
            Scenario::OrganizationSpendLimit,
            chat_probe(),
            429,
            Some("organization_spend_limit_exceeded"),
            "spend limit",
        ),
        (
            Scenario::ProjectSpendLimit,
            chat_probe(),
            429,
            Some("project_spend_limit_exceeded"),
            "/settings/proj_demoSupport/limits",
        ),
        (
            Scenario::OrganizationUsageLimit,
            chat_probe(),
            429,
            Some("organization_usage_limit_exceeded"),
            "usage limit",
        ),
        (
            Scenario::RateLimited,
            chat_probe(),
            429,
            Some("rate_limit_exceeded"),
            "Rate limit reached",
        ),
        (
            Scenario::RegionBlocked,
            ApiRequest::get("/me"),
            403,
            Some("unsupported_country_region_territory"),
            "Country, region, or territory",
        ),
        (
            Scenario::NoOrganization,
            ApiRequest::get("/me"),
            401,
            Some("no_organization"),
            "member of an organization",
        ),
        (
            Scenario::ProjectWithoutModel,
            chat_probe(),
            403,
            Some("model_not_found"),
            "does not have access to model `gpt-5-mini`",
        ),
        (
            Scenario::ProjectWithoutModel,
            gpt4o,
            400,
            Some("integer_below_min_value"),
            "",
        ),
        (
            Scenario::VerificationRequired,
            image_model,
            403,
            None,
            "must be verified",
        ),
        (
            Scenario::IpNotAllowed,
            ApiRequest::get("/me"),
            401,
            None,
            "IP not authorized",
        ),
        (
            Scenario::AccessTerminated,
            chat_probe(),
            429,
            Some("access_terminated"),
            "terminated",
        ),
        (
            Scenario::AdminFull,
            ApiRequest::get("/organization/costs")
                .query("start_time", 1_700_000_000)
                .query("limit", 1),
            200,
            None,
            "",
        ),
        (
            Scenario::AdminNoUsage,
            ApiRequest::get("/organization/costs").query("start_time", 1_700_000_000),
            403,
            None,
            "Missing scopes: api.usage.read",
        ),
        (
            Scenario::AdminNoUsage,
            ApiRequest::get("/organization/projects"),
            200,
            None,
            "",
        ),
        (
            Scenario::OwnerLeft,
            ApiRequest::get("/models"),
            401,
            Some("invalid_api_key"),
            "Incorrect API key provided",
        ),
        (
            Scenario::ArchivedProject,
            chat_probe(),
            401,
            Some("invalid_api_key"),
            "Incorrect API key provided",
        ),
        (
            Scenario::ModelDenied,
            chat_probe(),
            403,
            Some("model_not_found"),
            "Project `proj_demoShop` does not have access to model `gpt-5-mini`",
        ),
        (
            Scenario::AdminNoManagement,
            ApiRequest::get("/organization/projects"),
            403,
            None,
            "Missing scopes: api.management.read",
        ),
        (
            Scenario::AdminAuditOff,
            ApiRequest::get("/organization/audit_logs"),
            200,
            None,
            "",
        ),
        (
            Scenario::AdminLargeOrganization,
            ApiRequest::get("/organization/projects").query("limit", 100),
            200,
            None,
            "",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::get("/organizations"),
            200,
            None,
            "",
        ),
        (
            Scenario::ReadOnly,
            ApiRequest::get("/organizations"),
            403,
            None,
            "",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::get("/assistants"),
            400,
            Some("invalid_beta"),
            "OpenAI-Beta",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::get("/responses/1"),
            400,
            Some("invalid_value"),
            "response_id",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::post("/files", json!({})),
            415,
            None,
            "multipart/form-data",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::get("/fine_tuning/jobs"),
            200,
            None,
            "",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::post("/moderations", json!({"input": "hello"})),
            200,
            None,
            "",
        ),
        (
            Scenario::FullAccess,
            ApiRequest::get("/no/such/route"),
            400,
            None,
            "Invalid URL",
        ),
    ]
}

#[tokio::test]
async fn every_scenario_answers_as_openai_does() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let mut config = ClientConfig::new(sim.base_url()).expect("url");
    config.max_retries = 0;
    let client = Client::new(config).expect("client");
    let mut covered = std::collections::HashSet::new();
    for (scenario, request, status, code, fragment) in expectations() {
        covered.insert(scenario);
        let answer = client
            .send(&sim.key(scenario), &request)
            .await
            .expect("an answer");
        let context = format!(
            "{scenario:?} {} {}",
            request.path,
            String::from_utf8_lossy(&answer.body)
        );
        assert_eq!(answer.status, status, "{context}");
        if status >= 400 {
            let body = answer.error_body().expect("an OpenAI error envelope");
            if let Some(code) = code {
                assert!(
                    body.code.as_deref() == Some(code) || body.error_type.as_deref() == Some(code),
                    "{context}"
                );
            }
            assert!(body.message.contains(fragment), "{context}");
        }
    }
    for scenario in Scenario::ALL {
        assert!(
            covered.contains(&scenario),
            "{scenario:?} has no expectation"
        );
    }
    // Nothing above generated tokens except nothing: every probe was free.
    assert!(sim.requests().iter().all(|r| !r.generated_tokens));
}

#[tokio::test]
async fn a_valid_request_generates_and_the_log_says_so() {
    let sim = Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator");
    let client = Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client");
    let request = ApiRequest::post(
        "/chat/completions",
        json!({"model": "gpt-5-mini", "messages": [{"role": "user", "content": "hi"}]}),
    );
    let answer = client
        .send(&sim.key(Scenario::FullAccess), &request)
        .await
        .expect("answer");
    assert_eq!(answer.status, 200);
    assert!(sim.requests()[0].generated_tokens);
}

#[test]
fn the_simulate_command_prints_its_base_url_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_key-doctor"))
        .args(["simulate", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("key-doctor simulate starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut first_line = String::new();
    BufReader::new(stdout)
        .read_line(&mut first_line)
        .expect("a line");
    let base_url = first_line.trim().to_owned();
    assert!(
        base_url.starts_with("http://127.0.0.1:") && base_url.ends_with("/v1"),
        "{base_url}"
    );

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let outcome = runtime.block_on(async {
        let client = Client::new(ClientConfig::new(&base_url).expect("url")).expect("client");
        let key = secrecy::SecretString::from(Scenario::NoModelRequest.secret());
        client
            .send(
                &key,
                &ApiRequest::post("/images/generations", json!({"speed": 1})),
            )
            .await
    });
    let _ = child.kill();
    let answer = outcome.expect("the simulator answers");
    assert_eq!(answer.status, 401);
    let mut guide = String::new();
    let _ = std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut guide);
    let _ = child.wait();
    for scenario in Scenario::ALL {
        assert!(
            guide.contains(scenario.id()),
            "the guide lists {}",
            scenario.id()
        );
    }
}
