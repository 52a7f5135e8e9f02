//! The OpenAI client against the simulator over real loopback HTTP: every error form and fault
//! becomes the right typed error, retries happen exactly when they should (asserted on the
//! simulator's request log), and pagination walks every page.

use std::time::{Duration, Instant};

use key_doctor::openai::{
    ApiError, ApiRequest, BucketWidth, Client, ClientConfig, CostsQuery, UsageKind, UsageQuery,
};
use key_doctor::simulator::{
    Fault, FaultRule, PROJECTS, SECONDS_PER_DAY, Scenario, Simulator, SimulatorOptions,
};
use serde_json::json;

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("the simulator starts on loopback")
}

fn client_for(simulator: &Simulator) -> Client {
    client_with(simulator, |_| {})
}

fn client_with(simulator: &Simulator, change: impl FnOnce(&mut ClientConfig)) -> Client {
    let mut config = ClientConfig::new(simulator.base_url()).expect("loopback http is allowed");
    change(&mut config);
    Client::new(config).expect("client")
}

fn requests_to(simulator: &Simulator, path: &str) -> usize {
    simulator
        .requests()
        .iter()
        .filter(|r| r.path == path)
        .count()
}

#[tokio::test]
async fn a_working_key_reads_me_and_models() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let key = sim.key(Scenario::FullAccess);
    let me = client.me(&key).await.expect("me answers");
    let orgs = me.orgs.expect("organizations").data;
    assert_eq!(orgs[0].id, "org-KeyDoctorDemo");
    assert!(orgs[0].projects.as_ref().expect("projects").data.len() >= 3);
    let models = client.models(&key).await.expect("models answer");
    assert!(models.data.iter().any(|m| m.id == "gpt-5-mini"));
    let logged = sim.requests();
    assert_eq!(logged.len(), 2);
    assert_eq!(logged[0].scenario.as_deref(), Some("full_access"));
}

#[tokio::test]
async fn envelope_object_form_is_typed_with_code() {
    let sim = simulator().await;
    let error = client_for(&sim)
        .me(&sim.key(Scenario::Revoked))
        .await
        .expect_err("a revoked key fails");
    let ApiError::Api { status, body, meta } = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(*status, 401);
    assert_eq!(body.code.as_deref(), Some("invalid_api_key"));
    assert_eq!(body.error_type.as_deref(), Some("invalid_request_error"));
    assert!(
        body.message
            .starts_with("Incorrect API key provided: sk-pro***...")
    );
    assert!(
        meta.request_id
            .as_deref()
            .is_some_and(|id| id.starts_with("req_"))
    );
    // The full key never appears in what the error says.
    let secret = Scenario::Revoked.secret();
    assert!(!format!("{error} {error:?}").contains(&secret));
}

#[tokio::test]
async fn envelope_plain_string_form_is_typed_without_code() {
    let sim = simulator().await;
    let error = client_for(&sim)
        .models(&sim.key(Scenario::AdminFull))
        .await
        .expect_err("admin keys may not list models");
    let body = error.body().expect("an OpenAI error body");
    assert_eq!(error.http_status(), Some(401));
    assert_eq!(body.code, None);
    assert_eq!(body.error_type, None);
    assert_eq!(body.missing_scopes(), vec!["api.model.read"]);
}

#[tokio::test]
async fn missing_scopes_are_read_from_the_answer() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let request = ApiRequest::post("/images/generations", json!({"speed": 1}));
    let answer = client
        .send(&sim.key(Scenario::NoModelRequest), &request)
        .await
        .expect("an answer");
    assert_eq!(answer.status, 401);
    assert_eq!(
        answer.error_body().expect("envelope").missing_scopes(),
        vec!["model.request"]
    );
    let models = client
        .models(&sim.key(Scenario::NoModelRead))
        .await
        .expect_err("no api.model.read");
    assert_eq!(models.http_status(), Some(403));
    assert_eq!(
        models.body().expect("body").missing_scopes(),
        vec!["api.model.read"]
    );
}

#[tokio::test]
async fn rate_limit_headers_come_back_even_on_a_400() {
    let sim = simulator().await;
    let request = ApiRequest::post(
        "/chat/completions",
        json!({"model": "gpt-5-mini", "messages": [{"role": "user", "content": ""}], "max_completion_tokens": 0}),
    );
    let answer = client_for(&sim)
        .send(&sim.key(Scenario::FullAccess), &request)
        .await
        .expect("an answer");
    assert_eq!(answer.status, 400);
    let limits = &answer.meta.rate_limits;
    assert_eq!(limits.limit_requests, Some(5000));
    assert_eq!(limits.limit_tokens, Some(2_000_000));
    assert_eq!(limits.reset_requests, Some(Duration::from_millis(12)));
    assert_eq!(answer.meta.organization.as_deref(), Some("key-doctor-demo"));
    assert!(!sim.requests()[0].generated_tokens);
}

#[tokio::test]
async fn html_from_a_proxy_is_not_json() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::Html { status: 502 }).on_path("/me"));
    let error = client_for(&sim)
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("html is not an answer");
    // 502 is retried twice; every attempt got the same page.
    assert_eq!(requests_to(&sim, "/me"), 3);
    let ApiError::NotJson {
        status,
        content_type,
        snippet,
    } = error
    else {
        panic!("expected NotJson, got {error:?}");
    };
    assert_eq!(status, 502);
    assert_eq!(content_type, "text/html");
    assert!(snippet.contains("Bad Gateway"));
}

#[tokio::test]
async fn html_with_status_200_is_not_json_either() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::Html { status: 200 }));
    let error = client_for(&sim)
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("html");
    assert!(
        matches!(error, ApiError::NotJson { status: 200, .. }),
        "{error:?}"
    );
    assert_eq!(requests_to(&sim, "/me"), 1);
}

#[tokio::test]
async fn truncated_json_is_reported_as_cut_off() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::TruncatedJson).on_path("/models"));
    let error = client_for(&sim)
        .models(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("half a body");
    assert!(
        matches!(error, ApiError::Truncated { status: 200 }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_connection_reset_is_typed_and_not_retried() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::Reset).for_scenario(Scenario::FullAccess));
    let error = client_for(&sim)
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("reset");
    assert!(
        matches!(error, ApiError::ConnectionReset { .. }),
        "{error:?}"
    );
    assert_eq!(requests_to(&sim, "/me"), 1);
    // Another key is not affected by a per-key fault.
    client_for(&sim)
        .me(&sim.key(Scenario::ServiceAccount))
        .await
        .expect("other keys still work");
}

#[tokio::test]
async fn a_slow_body_times_out() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::SlowBody {
        chunk_delay_ms: 200,
    }));
    let client = client_with(&sim, |c| c.request_timeout = Duration::from_millis(500));
    let error = client
        .models(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("too slow");
    let ApiError::Timeout { after, .. } = error else {
        panic!("expected a timeout, got {error:?}");
    };
    assert_eq!(after, Duration::from_millis(500));
}

#[tokio::test]
async fn a_slow_body_within_the_timeout_arrives_whole() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::SlowBody { chunk_delay_ms: 2 }).on_path("/me"));
    let me = client_for(&sim)
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect("slow but whole");
    assert_eq!(me.email.as_deref(), Some("owner@example.com"));
}

#[tokio::test]
async fn a_delay_beyond_the_timeout_times_out() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::Delay { ms: 2_000 }).times(1));
    let client = client_with(&sim, |c| c.request_timeout = Duration::from_millis(300));
    let request = ApiRequest::get("/me");
    let error = client
        .send(&sim.key(Scenario::FullAccess), &request)
        .await
        .expect_err("delayed");
    assert!(matches!(error, ApiError::Timeout { .. }), "{error:?}");
}

#[tokio::test]
async fn a_huge_body_is_refused_at_the_cap() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::HugeBody {
        bytes: 4 * 1024 * 1024,
    }));
    let client = client_with(&sim, |c| c.max_body_bytes = 1024 * 1024);
    let error = client
        .models(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("too large");
    assert!(
        matches!(
            error,
            ApiError::TooLarge {
                limit: 1_048_576,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn connection_refused_is_typed() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let client =
        Client::new(ClientConfig::new(&format!("http://127.0.0.1:{port}/v1")).expect("url"))
            .expect("client");
    let error = client
        .me(&secrecy::SecretString::from("sk-proj-nothing-listens"))
        .await
        .expect_err("nobody listens");
    assert!(
        matches!(error, ApiError::ConnectionRefused { .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_name_that_does_not_resolve_is_a_dns_failure() {
    let client = Client::new(ClientConfig::new("https://key-doctor-test.invalid/v1").expect("url"))
        .expect("client");
    let error = client
        .me(&secrecy::SecretString::from("sk-proj-nowhere"))
        .await
        .expect_err("no such host");
    assert!(matches!(error, ApiError::Dns { .. }), "{error:?}");
}

#[tokio::test]
async fn tls_to_a_server_that_does_not_speak_it_is_a_tls_failure() {
    let sim = simulator().await;
    let https = sim.base_url().replace("http://", "https://");
    let client = Client::new(ClientConfig::new(&https).expect("url")).expect("client");
    let error = client
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("no TLS there");
    assert!(matches!(error, ApiError::Tls { .. }), "{error:?}");
}

#[tokio::test]
async fn a_5xx_is_retried_and_can_recover() {
    let sim = simulator().await;
    sim.inject(
        FaultRule::new(Fault::ServerError {
            status: 503,
            retry_after_ms: Some(10),
        })
        .on_path("/me")
        .times(1),
    );
    let me = client_for(&sim)
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect("second try works");
    assert!(me.orgs.is_some());
    let statuses: Vec<u16> = sim.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![503, 200]);
}

#[tokio::test]
async fn a_5xx_is_retried_at_most_twice() {
    let sim = simulator().await;
    sim.inject(FaultRule::new(Fault::ServerError {
        status: 500,
        retry_after_ms: Some(5),
    }));
    let error = client_for(&sim)
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("always 500");
    assert_eq!(requests_to(&sim, "/me"), 3);
    let body = error.body().expect("server_error envelope");
    assert_eq!(body.error_type.as_deref(), Some("server_error"));
    assert_eq!(error.http_status(), Some(500));
}

#[tokio::test]
async fn rate_limits_are_retried_after_the_time_openai_asks() {
    let sim = simulator().await;
    let request = ApiRequest::post(
        "/chat/completions",
        json!({"model": "gpt-5-mini", "messages": [{"role": "user", "content": "hi"}]}),
    );
    let started = Instant::now();
    let answer = client_for(&sim)
        .send(&sim.key(Scenario::RateLimited), &request)
        .await
        .expect("an answer");
    assert_eq!(answer.status, 429);
    assert_eq!(answer.attempts, 3);
    assert_eq!(requests_to(&sim, "/chat/completions"), 3);
    // retry-after-ms is 150: two waits of at least that long happened.
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(
        answer.error_body().expect("body").code.as_deref(),
        Some("rate_limit_exceeded")
    );
}

#[tokio::test]
async fn quota_errors_and_other_4xx_are_never_retried() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let chat = ApiRequest::post(
        "/chat/completions",
        json!({"model": "gpt-5-mini", "messages": [{"role": "user", "content": "hi"}]}),
    );
    for scenario in [
        Scenario::InsufficientQuota,
        Scenario::CreditBalanceExhausted,
        Scenario::ProjectSpendLimit,
        Scenario::NoModelRequest,
        Scenario::Revoked,
    ] {
        sim.clear_requests();
        let answer = client
            .send(&sim.key(scenario), &chat)
            .await
            .expect("an answer");
        assert!(
            answer.status == 429 || answer.status == 401,
            "{scenario:?}: {}",
            answer.status
        );
        assert_eq!(answer.attempts, 1, "{scenario:?} was retried");
        assert_eq!(sim.requests().len(), 1, "{scenario:?}");
    }
    let answer = client
        .send(&sim.key(Scenario::CreditBalanceExhausted), &chat)
        .await
        .expect("answer");
    let body = answer.error_body().expect("body");
    assert_eq!(body.error_type.as_deref(), Some("insufficient_quota"));
    assert_eq!(body.code.as_deref(), Some("credit_balance_exhausted"));
}

#[tokio::test]
async fn organization_and_project_headers_are_sent() {
    let sim = simulator().await;
    let client = client_with(&sim, |c| {
        c.organization = Some("org-someoneelse".into());
    });
    let error = client
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("wrong org");
    assert_eq!(
        error.body().and_then(|b| b.code.clone()).as_deref(),
        Some("mismatched_organization")
    );
    assert_eq!(
        sim.requests()[0].organization_header.as_deref(),
        Some("org-someoneelse")
    );

    let client = client_with(&sim, |c| c.project = Some(PROJECTS[1].id.into()));
    let error = client
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect_err("wrong project");
    assert_eq!(
        error.body().and_then(|b| b.code.clone()).as_deref(),
        Some("mismatched_project")
    );

    let client = client_with(&sim, |c| {
        c.organization = Some("org-KeyDoctorDemo".into());
        c.project = Some(PROJECTS[0].id.into());
    });
    client
        .me(&sim.key(Scenario::FullAccess))
        .await
        .expect("matching headers work");
}

fn utc_day_start(days_ago: i64) -> i64 {
    let today = jiff::Timestamp::now()
        .as_second()
        .div_euclid(SECONDS_PER_DAY);
    (today - days_ago) * SECONDS_PER_DAY
}

#[tokio::test]
async fn usage_pagination_walks_every_page_and_sums_exactly() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let admin = sim.key(Scenario::AdminFull);
    // 90 whole days ending yesterday: the default page of 7 buckets needs 13 pages.
    let start = utc_day_start(90);
    let end = utc_day_start(0);
    let mut query = UsageQuery::daily(start, end);
    query.group_by = vec!["model".into()];
    let buckets = client
        .usage_all(&admin, UsageKind::Completions, &query)
        .await
        .expect("usage");
    assert_eq!(buckets.len(), 90);
    assert_eq!(requests_to(&sim, "/organization/usage/completions"), 13);
    let pages: Vec<_> = sim
        .requests()
        .iter()
        .map(|r| r.query.iter().any(|(k, _)| k == "page"))
        .collect();
    assert_eq!(pages.iter().filter(|p| **p).count(), 12);
    let (mut input, mut output, mut requests) = (0u64, 0u64, 0u64);
    for bucket in &buckets {
        for result in &bucket.results {
            assert!(result.model.is_some(), "grouped by model");
            input += result.input_tokens;
            output += result.output_tokens;
            requests += result.num_model_requests;
        }
    }
    let today = start / SECONDS_PER_DAY + 90;
    let expected = sim.usage_data().expected_tokens(today - 90, today - 1);
    assert_eq!(
        (input, output, requests),
        (expected.input, expected.output, expected.requests)
    );
    assert!(expected.requests > 0);
}

#[tokio::test]
async fn usage_with_the_largest_page_and_hourly_buckets() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let admin = sim.key(Scenario::AdminFull);
    let start = utc_day_start(3);
    let mut query = UsageQuery::daily(start, start + 2 * SECONDS_PER_DAY);
    query.bucket_width = BucketWidth::Hour;
    query.limit = Some(BucketWidth::Hour.max_usage_limit());
    let hours = client
        .usage_all(&admin, UsageKind::Completions, &query)
        .await
        .expect("hourly");
    assert_eq!(hours.len(), 48);
    assert_eq!(requests_to(&sim, "/organization/usage/completions"), 1);
    let hourly_input: u64 = hours
        .iter()
        .flat_map(|b| &b.results)
        .map(|r| r.input_tokens)
        .sum();
    let day = start / SECONDS_PER_DAY;
    assert_eq!(
        hourly_input,
        sim.usage_data().expected_tokens(day, day + 1).input
    );

    query.limit = Some(169);
    let error = client
        .usage_all(&admin, UsageKind::Completions, &query)
        .await
        .expect_err("over the max");
    assert_eq!(error.http_status(), Some(400));
}

#[tokio::test]
async fn costs_over_a_year_sum_to_the_cent() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let admin = sim.key(Scenario::AdminFull);
    let start = utc_day_start(365);
    let end = utc_day_start(0);
    let mut query = CostsQuery::daily(start, end);
    query.limit = Some(CostsQuery::MAX_LIMIT);
    query.group_by = vec!["project_id".into(), "line_item".into()];
    let buckets = client.costs_all(&admin, &query).await.expect("costs");
    assert_eq!(buckets.len(), 365);
    assert_eq!(requests_to(&sim, "/organization/costs"), 3);
    let total: f64 = buckets
        .iter()
        .flat_map(|b| &b.results)
        .map(|r| r.amount.value)
        .sum();
    let day = start / SECONDS_PER_DAY;
    let expected = sim.usage_data().expected_cost(day, day + 364);
    assert_eq!((total * 100.0).round(), (expected * 100.0).round());
    assert!(expected > 100.0);
    assert!(
        buckets
            .iter()
            .flat_map(|b| &b.results)
            .all(|r| r.line_item.is_some() && r.project_id.is_some())
    );
}

#[tokio::test]
async fn project_and_key_lists_page_by_after() {
    let sim = simulator().await;
    let client = client_with(&sim, |c| c.list_page_limit = 1);
    let admin = sim.key(Scenario::AdminFull);
    let projects = client.projects_all(&admin).await.expect("projects");
    assert_eq!(projects.len(), PROJECTS.len());
    assert_eq!(requests_to(&sim, "/organization/projects"), PROJECTS.len());
    let path = format!("/organization/projects/{}/api_keys", PROJECTS[0].id);
    let keys = client
        .project_api_keys_all(&admin, PROJECTS[0].id)
        .await
        .expect("keys");
    assert!(keys.len() >= 3);
    assert_eq!(requests_to(&sim, &path), keys.len());
    let full = keys
        .iter()
        .find(|k| k.id == Scenario::FullAccess.key_id())
        .expect("the full-access key");
    let redacted = full.redacted_value.as_deref().expect("redacted value");
    let secret = Scenario::FullAccess.secret();
    assert!(redacted.starts_with(&secret[..8]) && redacted.ends_with(&secret[secret.len() - 4..]));
}

#[tokio::test]
async fn usage_needs_an_admin_key_with_usage_read() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let query = UsageQuery::daily(utc_day_start(7), utc_day_start(0));
    for scenario in [Scenario::FullAccess, Scenario::AdminNoUsage] {
        let error = client
            .usage_all(&sim.key(scenario), UsageKind::Completions, &query)
            .await
            .expect_err("not allowed");
        assert_eq!(error.http_status(), Some(403), "{scenario:?}");
        assert_eq!(
            error.body().expect("body").missing_scopes(),
            vec!["api.usage.read"]
        );
    }
}
