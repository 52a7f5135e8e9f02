//! The other providers through the library, against the simulator: each scenario of each
//! provider gets its verdict, sentence and page; a check is one round of free GETs; a `.env`
//! with five providers' keys imports all of them; Explain reads each error body of the
//! reference (reference/providers.md), as raw JSON and as the message alone.

use key_doctor::checks::{CheckReport, Checker, KeyUnderCheck, VerdictCode};
use key_doctor::i18n::{Language, with_language};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::providers::{ProviderBases, ProviderId};
use key_doctor::simulator::{ProviderScenario, Simulator, SimulatorOptions};
use secrecy::ExposeSecret;

// One test binary for the providers (library, CLI, window): fewer links in CI.
mod cli;
#[path = "../common/mod.rs"]
mod common;
mod gui;
mod usage;

/// What a scenario's check must say.
pub struct Expected {
    pub code: VerdictCode,
    /// The fix button's page starts with this (`None`: no button).
    pub fix_url_starts: Option<&'static str>,
    /// Words the verdict's sentence or notes hold (English).
    pub words: &'static str,
}

const fn expect(
    code: VerdictCode,
    fix_url_starts: Option<&'static str>,
    words: &'static str,
) -> Expected {
    Expected {
        code,
        fix_url_starts,
        words,
    }
}

/// The verdict of each provider scenario (the simulator answers as the reference says).
pub fn expected(scenario: ProviderScenario) -> Expected {
    use ProviderScenario as S;
    use VerdictCode as C;
    match scenario {
        S::AnthropicValid => expect(
            C::Ok,
            Some("https://platform.claude.com/settings/billing"),
            "credit balance is too low",
        ),
        S::AnthropicAdmin => expect(
            C::Ok,
            Some("https://platform.claude.com/settings/billing"),
            "works",
        ),
        S::AnthropicRevoked => expect(
            C::InvalidKey,
            Some("https://platform.claude.com/settings/keys"),
            "Anthropic does not accept this key",
        ),
        S::AnthropicOrgDisabled => expect(
            C::AccessTerminated,
            Some("https://platform.claude.com/settings/keys"),
            "disabled the organization",
        ),
        S::AnthropicRegion => expect(
            C::RegionBlocked,
            Some("https://www.anthropic.com/supported-countries"),
            "country or region",
        ),
        S::AnthropicRateLimited => expect(
            C::RateLimited,
            Some("https://platform.claude.com/settings/limits"),
            "rate limit",
        ),
        S::GeminiValid => expect(
            C::Ok,
            Some("https://ai.studio/projects"),
            "This Gemini key works",
        ),
        S::GeminiStandardKey => expect(
            C::RetiredKeyKind,
            Some("https://aistudio.google.com/apikey"),
            "being retired",
        ),
        S::GeminiStandardRefused => expect(
            C::RetiredKeyKind,
            Some("https://aistudio.google.com/apikey"),
            "no longer accepts keys of this older kind",
        ),
        S::GeminiInvalid => expect(
            C::InvalidKey,
            Some("https://aistudio.google.com/apikey"),
            "Google Gemini does not accept this key",
        ),
        S::GeminiLeaked => expect(
            C::InvalidKey,
            Some("https://aistudio.google.com/apikey"),
            "found in public",
        ),
        S::GeminiNotEnabled => expect(
            C::ApiNotEnabled,
            Some("https://console.developers.google.com/apis/api/generativelanguage"),
            "not switched on",
        ),
        S::GeminiRegion => expect(
            C::RegionBlocked,
            Some("https://ai.google.dev/gemini-api/docs/available-regions"),
            "country or region",
        ),
        S::OpenRouterValid => expect(
            C::Ok,
            Some("https://openrouter.ai/settings/credits"),
            "has bought credits",
        ),
        S::OpenRouterFreeTier => expect(
            C::Ok,
            Some("https://openrouter.ai/settings/credits"),
            "50 requests a day",
        ),
        S::OpenRouterKeyLimit => expect(
            C::NoQuota,
            Some("https://openrouter.ai/settings/keys"),
            "$0.00 left of $5.00",
        ),
        S::OpenRouterRevoked => expect(
            C::InvalidKey,
            Some("https://openrouter.ai/settings/keys"),
            "OpenRouter does not accept this key",
        ),
        S::GroqPaid => expect(
            C::Ok,
            Some("https://console.groq.com/settings/limits"),
            "paid Groq plan",
        ),
        S::GroqFreePlan => expect(
            C::Ok,
            Some("https://console.groq.com/settings/limits"),
            "free plan",
        ),
        S::GroqRevoked => expect(
            C::InvalidKey,
            Some("https://console.groq.com/keys"),
            "Groq does not accept this key",
        ),
        S::GroqRestricted => expect(
            C::AccessTerminated,
            Some("https://console.groq.com/keys"),
            "restricted this organization",
        ),
        S::GroqBlocked => expect(C::RegionBlocked, None, "blocked this request"),
        S::MistralValid => expect(
            C::Ok,
            Some("https://admin.mistral.ai/organization/billing"),
            "This Mistral key works",
        ),
        S::MistralRevoked => expect(
            C::InvalidKey,
            Some("https://console.mistral.ai/api-keys"),
            "no active plan",
        ),
        S::MistralRateLimited => expect(
            C::RateLimited,
            Some("https://admin.mistral.ai/plateforme/limits"),
            "limiting",
        ),
        S::AzureValid => expect(
            C::Ok,
            Some("https://ai.azure.com"),
            "works with this endpoint",
        ),
        S::AzureRevoked => expect(
            C::InvalidKey,
            Some("https://portal.azure.com"),
            "Keys and Endpoint",
        ),
        S::AzureFirewall => expect(
            C::IpNotAllowed,
            Some("https://aka.ms/cogsvc-vnet"),
            "network rules",
        ),
        S::XaiValid => expect(C::Ok, Some("https://console.x.ai"), "This xAI key works"),
        S::XaiRevoked => expect(
            C::InvalidKey,
            Some("https://console.x.ai"),
            "xAI does not accept this key",
        ),
        S::XaiDisabled => expect(
            C::InvalidKey,
            Some("https://console.x.ai"),
            "disabled or blocked",
        ),
        S::XaiTeamBlocked => expect(
            C::AccessTerminated,
            Some("https://console.x.ai"),
            "blocked the team",
        ),
        S::DeepSeekValid => expect(C::Ok, None, "Balance: 110.00 USD"),
        S::DeepSeekNoBalance => expect(
            C::NoQuota,
            Some("https://platform.deepseek.com/top_up"),
            "no balance",
        ),
        S::DeepSeekRevoked => expect(
            C::InvalidKey,
            Some("https://platform.deepseek.com/api_keys"),
            "DeepSeek does not accept this key",
        ),
    }
}

/// The provider a scenario's key is for.
pub fn provider_of(scenario: ProviderScenario) -> ProviderId {
    ProviderId::from_word(scenario.provider()).expect("a provider the app knows")
}

/// Every provider reached at the simulator (Azure through its key's endpoint).
pub fn simulator_bases(sim: &Simulator) -> ProviderBases {
    ProviderId::ALL
        .into_iter()
        .filter(|p| *p != ProviderId::OpenAi)
        .fold(ProviderBases::default(), |bases, provider| {
            bases
                .with(provider, &sim.provider_base_url(provider.as_str()), "test")
                .expect("loopback is allowed")
        })
}

pub fn checker(sim: &Simulator) -> Checker {
    let client = Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client");
    Checker::new(client).with_provider_bases(simulator_bases(sim))
}

/// The sentence and the notes of a report, in English.
pub fn words_of(report: &CheckReport) -> String {
    with_language(Language::English, || {
        let mut words = report.verdict.summary();
        for note in report.verdict.notes() {
            words.push(' ');
            words.push_str(&note);
        }
        words
    })
}

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("simulator")
}

#[tokio::test]
async fn each_provider_scenario_gets_its_verdict_sentence_and_page() {
    let sim = simulator().await;
    let checker = checker(&sim);
    for scenario in ProviderScenario::ALL {
        let key = KeyUnderCheck::new(sim.provider_key(scenario), "test")
            .for_provider(Some(provider_of(scenario)));
        let report = checker.check(&key).await;
        let want = expected(scenario);
        let words = words_of(&report);
        assert_eq!(report.provider, provider_of(scenario), "{scenario:?}");
        assert_eq!(report.verdict.code, want.code, "{scenario:?}: {words}");
        assert_eq!(report.verdict.provider(), provider_of(scenario));
        match want.fix_url_starts {
            Some(start) => assert!(
                report
                    .verdict
                    .fix_url
                    .as_deref()
                    .is_some_and(|url| url.starts_with(start)),
                "{scenario:?}: {:?}",
                report.verdict.fix_url
            ),
            None => assert_eq!(report.verdict.fix_url, None, "{scenario:?}"),
        }
        assert!(
            report.verdict.fix_url.is_none() || report.verdict.fix_label().is_some(),
            "{scenario:?}: a page has its button's words"
        );
        assert!(words.contains(want.words), "{scenario:?}: {words}");
        assert!(
            !words.replace("Azure OpenAI", "Azure").contains("OpenAI"),
            "{scenario:?}: {words}"
        );
        assert!(report.permissions.is_empty(), "{scenario:?}");
        assert!(
            !serde_json::to_string(&report)
                .expect("json")
                .contains(sim.provider_key(scenario).expose_secret()),
            "{scenario:?}: never the key"
        );
    }
}

#[tokio::test]
async fn a_check_is_one_round_of_free_gets_with_the_provider_s_own_key_header() {
    let sim = simulator().await;
    let checker = checker(&sim);
    for scenario in ProviderScenario::ALL {
        sim.clear_requests();
        let key = KeyUnderCheck::new(sim.provider_key(scenario), "test")
            .for_provider(Some(provider_of(scenario)));
        checker.check(&key).await;
        let log = sim.requests();
        assert!(!log.is_empty(), "{scenario:?} was checked");
        assert!(log.len() <= 2, "{scenario:?}: {} requests", log.len());
        for request in &log {
            assert_eq!(request.method, "GET", "{scenario:?} {}", request.path);
            assert!(!request.generated_tokens, "{scenario:?} {}", request.path);
            assert_eq!(
                request.scenario.as_deref(),
                Some(scenario.id()),
                "{scenario:?}: the key went where the simulator reads it ({})",
                request.path
            );
            let slug = if scenario.provider() == "azure_openai" {
                "azure"
            } else {
                scenario.provider()
            };
            assert!(
                request.path.starts_with(&format!("/{slug}/")),
                "{}",
                request.path
            );
        }
    }
}

#[tokio::test]
async fn an_azure_key_without_its_endpoint_is_not_sent_anywhere() {
    let sim = simulator().await;
    let client = Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client");
    let checker = Checker::new(client);
    let key = KeyUnderCheck::new(sim.provider_key(ProviderScenario::AzureValid), "test");
    let report = checker.check(&key).await;
    assert_eq!(report.verdict.code, VerdictCode::EndpointRequired);
    assert!(words_of(&report).contains("endpoint"));
    assert!(sim.requests().is_empty(), "{:?}", sim.requests());
    // With its endpoint it works.
    let key = key.at(Some(sim.provider_base_url("azure_openai")));
    assert_eq!(checker.check(&key).await.verdict.code, VerdictCode::Ok);
}

#[tokio::test]
async fn a_key_goes_only_to_the_provider_it_shows_or_the_person_named() {
    let sim = simulator().await;
    let checker = checker(&sim);
    // Unnamed, a shape without a prefix (Mistral's) or one OpenAI's older keys share
    // (DeepSeek's) is not sent to a third party: it is checked as OpenAI's, as before.
    for scenario in [
        ProviderScenario::MistralValid,
        ProviderScenario::DeepSeekValid,
    ] {
        sim.clear_requests();
        let report = checker
            .check(&KeyUnderCheck::new(sim.provider_key(scenario), "test"))
            .await;
        assert_eq!(report.provider, ProviderId::OpenAi, "{scenario:?}");
        assert!(
            sim.requests()
                .iter()
                .all(|r| !r.path.starts_with("/mistral/") && !r.path.starts_with("/deepseek/"))
        );
    }
    // Named as Groq's, an Anthropic key (its prefix says so) goes to Anthropic, not to Groq.
    sim.clear_requests();
    let key = KeyUnderCheck::new(sim.provider_key(ProviderScenario::AnthropicValid), "test")
        .for_provider(Some(ProviderId::Groq));
    let report = checker.check(&key).await;
    assert_eq!(report.provider, ProviderId::Anthropic);
    assert!(
        sim.requests()
            .iter()
            .all(|r| r.path.starts_with("/anthropic/")),
        "{:?}",
        sim.requests()
    );
    // A failing plan probe (Groq's batches) does not hide a key that works.
    sim.inject(
        key_doctor::simulator::FaultRule::new(key_doctor::simulator::Fault::ServerError {
            status: 503,
            retry_after_ms: None,
        })
        .on_path("/groq/openai/v1/batches"),
    );
    let key = KeyUnderCheck::new(sim.provider_key(ProviderScenario::GroqPaid), "test");
    assert_eq!(checker.check(&key).await.verdict.code, VerdictCode::Ok);
}

#[test]
fn a_claude_login_token_is_named_and_never_sent() {
    let token = format!("sk-ant-{}-{}", "oat01", "x".repeat(90));
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let sim = simulator().await;
        let key = KeyUnderCheck::new(token.clone().into(), "test");
        let report = checker(&sim).check(&key).await;
        assert_eq!(report.verdict.code, VerdictCode::LoginToken);
        assert!(words_of(&report).contains("Claude subscription login token"));
        assert!(sim.requests().is_empty());
    });
}

#[test]
fn an_env_file_with_five_providers_imports_all_of_them_with_their_kinds() {
    let keys = [
        (
            "OPENAI_API_KEY",
            key_doctor::simulator::Scenario::FullAccess.secret(),
        ),
        (
            "ANTHROPIC_API_KEY",
            ProviderScenario::AnthropicValid.secret(),
        ),
        ("GEMINI_API_KEY", ProviderScenario::GeminiValid.secret()),
        (
            "OPENROUTER_API_KEY",
            ProviderScenario::OpenRouterValid.secret(),
        ),
        ("GROQ_API_KEY", ProviderScenario::GroqPaid.secret()),
        ("MISTRAL_API_KEY", ProviderScenario::MistralValid.secret()),
        (
            "AZURE_OPENAI_API_KEY",
            ProviderScenario::AzureValid.secret(),
        ),
        ("XAI_API_KEY", ProviderScenario::XaiValid.secret()),
        ("DEEPSEEK_API_KEY", ProviderScenario::DeepSeekValid.secret()),
    ];
    let mut text: String = keys
        .iter()
        .map(|(name, value)| format!("{name}={value}\n"))
        .collect();
    text.push_str("AZURE_OPENAI_ENDPOINT=https://demo.openai.azure.com/\nANTHROPIC_BASE_URL=https://proxy.example/anthropic\nSECRET_KEY=abcdefghijklmnopqrstuvwxyzABCDEF\n");
    let scan = key_doctor::import::scan_env_text(&text);
    let found: Vec<(String, ProviderId, key_doctor::vault::KeyKind)> = scan
        .keys
        .iter()
        .map(|k| (k.variable.clone(), k.provider, k.kind))
        .collect();
    use key_doctor::vault::KeyKind as K;
    assert_eq!(
        found,
        [
            ("OPENAI_API_KEY".to_owned(), ProviderId::OpenAi, K::Project),
            (
                "ANTHROPIC_API_KEY".to_owned(),
                ProviderId::Anthropic,
                K::AnthropicApi
            ),
            (
                "GEMINI_API_KEY".to_owned(),
                ProviderId::Gemini,
                K::GeminiAuth
            ),
            (
                "OPENROUTER_API_KEY".to_owned(),
                ProviderId::OpenRouter,
                K::OpenRouter
            ),
            ("GROQ_API_KEY".to_owned(), ProviderId::Groq, K::Groq),
            (
                "MISTRAL_API_KEY".to_owned(),
                ProviderId::Mistral,
                K::Mistral
            ),
            (
                "AZURE_OPENAI_API_KEY".to_owned(),
                ProviderId::AzureOpenAi,
                K::AzureOpenAi
            ),
            ("XAI_API_KEY".to_owned(), ProviderId::Xai, K::Xai),
            (
                "DEEPSEEK_API_KEY".to_owned(),
                ProviderId::DeepSeek,
                K::DeepSeek
            ),
        ],
        "SECRET_KEY (32 letters, no provider named) is not a key"
    );
    assert_eq!(
        scan.provider_settings
            .get(&ProviderId::AzureOpenAi)
            .map(String::as_str),
        Some("https://demo.openai.azure.com/")
    );
    assert!(scan.provider_settings.contains_key(&ProviderId::Anthropic));
    assert!(scan.warnings.is_empty(), "{:?}", scan.warnings);
    for key in &scan.keys {
        assert!(
            !key.redacted.contains(&key.secret.expose_secret()[8..]),
            "{}",
            key.variable
        );
    }
}

/// Every error body of reference/providers.md, and what Explain must say of it: the body as
/// an app shows it (JSON, often after "Error 401:"), and its message alone.
const ERROR_BODIES: &[(ProviderId, u16, &str, VerdictCode)] = &[
    // Anthropic, section 1.4.
    (
        ProviderId::Anthropic,
        401,
        r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Anthropic,
        400,
        r#"{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::Anthropic,
        400,
        r#"{"type":"error","error":{"type":"invalid_request_error","message":"This organization has been disabled."}}"#,
        VerdictCode::AccessTerminated,
    ),
    (
        ProviderId::Anthropic,
        429,
        r#"{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization (c1e3e0a2-0000-0000-0000-000000000000) of 30,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase."}}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::Anthropic,
        403,
        r#"{"error":{"type":"forbidden","message":"Request not allowed"}}"#,
        VerdictCode::RegionBlocked,
    ),
    (
        ProviderId::Anthropic,
        404,
        r#"{"type":"error","error":{"type":"not_found_error","message":"model: claude-3-7-sonnet-latest"}}"#,
        VerdictCode::ModelAccess,
    ),
    (
        ProviderId::Anthropic,
        529,
        r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
        VerdictCode::ServerError,
    ),
    (
        ProviderId::Anthropic,
        400,
        r#"{"type":"error","error":{"type":"invalid_request_error","message":"This credential is only authorized for use with Claude Code and cannot be used for other API requests."}}"#,
        VerdictCode::LoginToken,
    ),
    // Gemini, section 2.4.
    (
        ProviderId::Gemini,
        400,
        r#"{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Gemini,
        400,
        r#"{"error":{"code":400,"message":"API Key not found. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Gemini,
        400,
        r#"{"error":{"code":400,"message":"API key expired. Please renew the API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Gemini,
        401,
        r#"{"error":{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.","status":"UNAUTHENTICATED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_TYPE_UNSUPPORTED","metadata":{"service":"generativelanguage.googleapis.com"}}]}}"#,
        VerdictCode::RetiredKeyKind,
    ),
    (
        ProviderId::Gemini,
        403,
        r#"{"error":{"code":403,"message":"Your API key was reported as leaked. Please use another API key.","status":"PERMISSION_DENIED"}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Gemini,
        403,
        r#"{"error":{"code":403,"message":"Generative Language API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED"}]}}"#,
        VerdictCode::ApiNotEnabled,
    ),
    (
        ProviderId::Gemini,
        403,
        r#"{"error":{"code":403,"message":"Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_SERVICE_BLOCKED"}]}}"#,
        VerdictCode::MissingScopes,
    ),
    (
        ProviderId::Gemini,
        403,
        r#"{"error":{"code":403,"message":"Permission denied: Consumer 'api_key:AIza…' has been suspended.","status":"PERMISSION_DENIED"}}"#,
        VerdictCode::AccessTerminated,
    ),
    (
        ProviderId::Gemini,
        400,
        r#"{"error":{"code":400,"message":"User location is not supported for the API use.","status":"FAILED_PRECONDITION"}}"#,
        VerdictCode::RegionBlocked,
    ),
    (
        ProviderId::Gemini,
        429,
        r#"{"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-3-pro\nPlease retry in 45.57s.","status":"RESOURCE_EXHAUSTED"}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::Gemini,
        429,
        r#"{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::Gemini,
        429,
        r#"{"error":{"code":429,"message":"Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing.","status":"RESOURCE_EXHAUSTED"}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::Gemini,
        503,
        r#"{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}"#,
        VerdictCode::ServerError,
    ),
    (
        ProviderId::Gemini,
        404,
        r#"{"error":{"code":404,"message":"models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.","status":"NOT_FOUND"}}"#,
        VerdictCode::ModelAccess,
    ),
    // OpenRouter, section 3.4.
    (
        ProviderId::OpenRouter,
        401,
        r#"{"error":{"message":"User not found.","code":401}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::OpenRouter,
        401,
        r#"{"error":{"message":"No auth credentials found","code":401}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::OpenRouter,
        402,
        r#"{"error":{"message":"Insufficient credits. Add more using https://openrouter.ai/settings/credits","code":402,"metadata":{"limit_source":"openrouter_credits"}}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::OpenRouter,
        402,
        r#"{"error":{"message":"Insufficient credits. This account never purchased credits. Make sure your key is on the correct account or org, and if so, purchase more at https://openrouter.ai/settings/credits","code":402}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::OpenRouter,
        402,
        r#"{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 65536 tokens, but can only afford 3395. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account","code":402,"metadata":{"provider_name":null}}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::OpenRouter,
        402,
        r#"{"error":{"message":"This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 0. To increase, visit https://openrouter.ai/settings/keys and create a key with a higher monthly limit","code":402}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::OpenRouter,
        403,
        r#"{"error":{"message":"Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys","code":403}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::OpenRouter,
        429,
        r#"{"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"1767225600000"}}}}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::OpenRouter,
        403,
        r#"{"error":{"message":"This model is not available in your region.","code":403,"metadata":{"error_type":"region_restricted"}}}"#,
        VerdictCode::RegionBlocked,
    ),
    // Groq, section 4.4.
    (
        ProviderId::Groq,
        401,
        r#"{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Groq,
        429,
        r#"{"error":{"message":"Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01abc` service tier `on_demand` on tokens per day (TPD): Limit 100000, Used 97050, Requested 3619. Please try again in 9m38.016s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing","type":"tokens","code":"rate_limit_exceeded"}}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::Groq,
        400,
        r#"{"error":{"message":"Organization has been restricted. Please reach out to support if you believe this was in error.","type":"invalid_request_error","code":"organization_restricted"}}"#,
        VerdictCode::AccessTerminated,
    ),
    (
        ProviderId::Groq,
        400,
        r#"{"error":{"message":"The model `llama-3.3-70b-specdec` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.","type":"invalid_request_error","code":"model_decommissioned"}}"#,
        VerdictCode::ModelAccess,
    ),
    // Mistral, section 5.4.
    (
        ProviderId::Mistral,
        429,
        r#"{"message":"Requests rate limit exceeded"}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::Mistral,
        429,
        r#"{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::Mistral,
        401,
        r#"{"message":"Unauthorized","request_id":"0123456789abcdef0123456789abcdef"}"#,
        VerdictCode::InvalidKey,
    ),
    // Azure OpenAI, section 6.4.
    (
        ProviderId::AzureOpenAi,
        401,
        r#"{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::AzureOpenAi,
        404,
        r#"{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}"#,
        VerdictCode::ModelAccess,
    ),
    (
        ProviderId::AzureOpenAi,
        429,
        r#"{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-01 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 60 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit. For Free Account customers, upgrade to Pay as you Go here: https://aka.ms/429TrialUpgrade."}}"#,
        VerdictCode::RateLimited,
    ),
    (
        ProviderId::AzureOpenAi,
        429,
        r#"{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-01 have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 86400 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit."}}"#,
        VerdictCode::NoQuota,
    ),
    (
        ProviderId::AzureOpenAi,
        403,
        r#"{"error":{"code":"403","message":"Access denied due to Virtual Network/Firewall rules."}}"#,
        VerdictCode::IpNotAllowed,
    ),
    // xAI, section 7.
    (
        ProviderId::Xai,
        400,
        r#"{"code":"Client specified an invalid argument","error":"Incorrect API key provided: ba***na. You can obtain an API key from https://console.x.ai."}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::Xai,
        429,
        r#"{"code":"Some resource has been exhausted","error":"Your team 0000-team has either used all available credits or reached its monthly spending limit. To continue making API requests, please purchase more credits or raise your spending limit."}"#,
        VerdictCode::NoQuota,
    ),
    // DeepSeek, section 8.
    (
        ProviderId::DeepSeek,
        401,
        r#"{"error":{"message":"Authentication Fails, Your api key: ****d569 is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}"#,
        VerdictCode::InvalidKey,
    ),
    (
        ProviderId::DeepSeek,
        402,
        r#"{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}"#,
        VerdictCode::NoQuota,
    ),
];

/// Bodies in OpenAI's own shape with words OpenAI uses too: nothing in them names another
/// provider.
const OPENAI_SHAPED: &[&str] = &[
    r#"{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}"#,
];

/// Messages that, alone, name no provider and say too little to tell what went wrong.
const GENERIC_ALONE: &[&str] = &["This model is not available in your region."];

/// The message of a body, as an app that shows only the message would.
fn message_alone(body: &str) -> Option<String> {
    let start = body.find('{')?;
    let end = body.rfind('}')?;
    let value: serde_json::Value = serde_json::from_str(&body[start..=end]).ok()?;
    let error = value.get("error")?;
    match error {
        serde_json::Value::String(message) => Some(message.clone()),
        _ => error
            .get("message")
            .or_else(|| value.get("message"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned),
    }
    .or_else(|| value.get("message")?.as_str().map(str::to_owned))
}

#[test]
fn explain_reads_each_error_body_of_the_reference_as_json_and_as_the_message_alone() {
    for (provider, status, body, code) in ERROR_BODIES {
        let as_shown = format!("Error {status}: {body}");
        let verdict = key_doctor::checks::explain(&as_shown).expect("explained");
        assert_eq!(verdict.code, *code, "{provider:?}: {body}");
        // A body in OpenAI's own shape and words (Groq's "Invalid API Key", Mistral's bare
        // "Unauthorized") cannot name its provider; its verdict is still right.
        if verdict.provider() == *provider {
            let summary = with_language(Language::English, || verdict.summary());
            assert!(
                !summary.replace("Azure OpenAI", "Azure").contains("OpenAI"),
                "{summary}"
            );
        } else {
            assert_eq!(verdict.provider(), ProviderId::OpenAi, "{body}");
            assert!(
                OPENAI_SHAPED.contains(body),
                "{provider:?} not recognised: {body}"
            );
        }

        // The message alone names its provider only when its words do; its verdict holds
        // where they do, and no message of another provider is taken for OpenAI's words.
        let Some(message) = message_alone(body) else {
            continue;
        };
        let alone = key_doctor::checks::explain(&message).expect("explained");
        if alone.provider() != *provider {
            assert_eq!(alone.provider(), ProviderId::OpenAi, "{message}");
        }
        if !GENERIC_ALONE.contains(&message.as_str()) {
            assert_eq!(alone.code, *code, "{provider:?} message alone: {message}");
        }
    }
}

#[test]
fn messages_alone_that_name_their_provider_get_its_verdict() {
    let cases = [
        (
            "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
            ProviderId::Anthropic,
            VerdictCode::NoQuota,
        ),
        (
            "API key not valid. Please pass a valid API key.",
            ProviderId::Gemini,
            VerdictCode::InvalidKey,
        ),
        (
            "Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys",
            ProviderId::OpenRouter,
            VerdictCode::NoQuota,
        ),
        (
            "Organization has been restricted. Please reach out to support if you believe this was in error.",
            ProviderId::Groq,
            VerdictCode::AccessTerminated,
        ),
        (
            "Requests rate limit exceeded",
            ProviderId::Mistral,
            VerdictCode::RateLimited,
        ),
        (
            "Access denied due to invalid subscription key or wrong API endpoint.",
            ProviderId::AzureOpenAi,
            VerdictCode::InvalidKey,
        ),
        (
            "Incorrect API key provided: ba***na. You can obtain an API key from https://console.x.ai.",
            ProviderId::Xai,
            VerdictCode::InvalidKey,
        ),
        (
            "Authentication Fails, Your api key: ****d569 is invalid",
            ProviderId::DeepSeek,
            VerdictCode::InvalidKey,
        ),
        (
            "Insufficient Balance",
            ProviderId::DeepSeek,
            VerdictCode::NoQuota,
        ),
    ];
    for (message, provider, code) in cases {
        let verdict = key_doctor::checks::explain(message).expect("explained");
        assert_eq!(
            (verdict.provider(), verdict.code),
            (provider, code),
            "{message}"
        );
        assert!(
            verdict.fix_url.is_some() || code == VerdictCode::RateLimited,
            "{message}"
        );
        let json = serde_json::to_value(&verdict).expect("json");
        assert_eq!(json["details"]["provider"], provider.as_str(), "{message}");
    }
    // OpenAI's own words stay OpenAI's (no "provider" in JSON).
    let openai = key_doctor::checks::explain("Incorrect API key provided: sk-proj-****abcd.")
        .expect("explained");
    assert_eq!(openai.provider(), ProviderId::OpenAi);
    assert!(
        serde_json::to_value(&openai).expect("json")["details"]
            .get("provider")
            .is_none()
    );
}

#[test]
fn the_readme_has_a_row_for_each_provider_with_its_free_requests() {
    let readme = include_str!("../../README.md");
    let table = readme
        .split("| Provider | Key (variable) | The free check |")
        .nth(1)
        .expect("the README's table of providers");
    for id in ProviderId::ALL {
        let entry = id.entry();
        let row = table
            .lines()
            .find(|line| line.starts_with(&format!("| {} |", entry.name)))
            .unwrap_or_else(|| panic!("no row for {}", entry.name));
        for probe in entry.probes {
            assert!(row.contains(probe.path), "{}: {}", entry.name, probe.path);
        }
        assert!(row.contains(entry.key_variables[0]), "{}", entry.name);
    }
}

/// Faults on the way to a provider: each gets a sentence that names the provider, nothing
/// panics, and the key never comes back in the report (a proxy echoing it included).
#[tokio::test]
async fn faults_on_the_way_to_a_provider_get_a_sentence_and_never_the_key() {
    use key_doctor::simulator::{Fault, FaultRule};
    let sim = simulator().await;
    let checker = checker(&sim);
    let cases: [(Fault, &[VerdictCode]); 6] = [
        (Fault::Reset, &[VerdictCode::NetworkError]),
        (Fault::Html { status: 502 }, &[VerdictCode::ServerError]),
        (
            Fault::TruncatedJson,
            &[VerdictCode::UnexpectedResponse, VerdictCode::NetworkError],
        ),
        (Fault::EchoKey { status: 401 }, &[VerdictCode::InvalidKey]),
        (
            Fault::NotJsonSuccess {
                body: "<html>sign in to the Wi-Fi</html>".to_owned(),
            },
            &[VerdictCode::UnexpectedResponse],
        ),
        (
            Fault::PlainStringError { status: 500 },
            &[VerdictCode::ServerError],
        ),
    ];
    for (fault, codes) in cases {
        for scenario in [
            ProviderScenario::AnthropicValid,
            ProviderScenario::DeepSeekValid,
        ] {
            sim.clear_faults();
            let slug = provider_of(scenario).as_str().to_owned();
            sim.inject(FaultRule::new(fault.clone()).on_path(&format!("/{slug}/")));
            let key = KeyUnderCheck::new(sim.provider_key(scenario), "test")
                .for_provider(Some(provider_of(scenario)));
            let report = checker.check(&key).await;
            let words = words_of(&report);
            assert!(
                codes.contains(&report.verdict.code),
                "{fault:?} {scenario:?}: {:?} {words}",
                report.verdict.code
            );
            let everything = format!(
                "{} {} {}",
                serde_json::to_string(&report).expect("json"),
                report.to_text("now"),
                words
            );
            assert!(
                !everything.contains(sim.provider_key(scenario).expose_secret()),
                "{fault:?}: the key"
            );
            if !report.verdict.code.is_ok() {
                assert!(
                    words.contains(provider_of(scenario).name()) || words.contains("key"),
                    "{fault:?}: {words}"
                );
            }
        }
    }
}
