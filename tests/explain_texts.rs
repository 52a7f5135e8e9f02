//! "Explain an error": real error texts (from the reference, the seeds and public sources) and
//! the wrappers apps put around them, each to its verdict, with no network.

use key_doctor::checks::{VerdictCode, explain};

mod common;

/// (text, verdict, words the sentence must hold, fix page)
const CASES: &[(&str, VerdictCode, &str, Option<&str>)] = &[
    // Seed 001: a WordPress plugin's message tab.
    (
        "API Error Type: invalid_request_error Message: You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project( Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
        VerdictCode::MissingScopes,
        "set Model capabilities to Request",
        Some("https://platform.openai.com/settings/organization/api-keys"),
    ),
    // Seed 000.
    (
        "Missing scopes: api.model.read",
        VerdictCode::MissingScopes,
        "Models (read)",
        Some("https://platform.openai.com/settings/organization/api-keys"),
    ),
    // Seed 002: a service-account key calling the Usage API.
    (
        r#"{"error": {"message": "You have insufficient permissions for this operation. Missing scopes: api.usage.read. Check that you have the correct role in your organization, and if you're using a restricted API key, that it has the necessary scopes.", "type": "invalid_request_error", "param": null, "code": null}} (key sk-svcacct-VziaonHkns7QevkViR0L...)"#,
        VerdictCode::AdminKeyRequired,
        "this is a service-account key",
        Some("https://platform.openai.com/settings/organization/admin-keys"),
    ),
    // Reference §3: wrong or revoked key, as Python's SDK prints it.
    (
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc***...wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        VerdictCode::InvalidKey,
        "does not accept this key",
        Some("https://platform.openai.com/settings/organization/api-keys"),
    ),
    // No key was sent at all: the app's key setting is empty (not a revoked key).
    (
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth",
        VerdictCode::InvalidKey,
        "sent no API key",
        None,
    ),
    (
        r#"{"error":{"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#,
        VerdictCode::NoQuota,
        "run out of quota",
        Some("https://platform.openai.com/settings/organization/billing/overview"),
    ),
    (
        r#"Error 429: {"error":{"message":"Your credit balance is too low.","type":"insufficient_quota","param":null,"code":"credit_balance_exhausted"}}"#,
        VerdictCode::NoQuota,
        "no credit left",
        Some("https://platform.openai.com/settings/organization/billing"),
    ),
    (
        "Your project has reached its configured enforced spend limit. Update your limit at https://platform.openai.com/settings/proj_Ab12Cd34/limits.",
        VerdictCode::NoQuota,
        "project reached its spend limit",
        Some("https://platform.openai.com/settings/proj_Ab12Cd34/limits"),
    ),
    (
        "Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29937, Requested 385. Please try again in 644ms.",
        VerdictCode::RateLimited,
        "rate limited",
        Some("https://platform.openai.com/settings/organization/limits"),
    ),
    (
        "OpenAI-Organization header should match organization for API key",
        VerdictCode::WrongOrganization,
        "OPENAI_ORG_ID",
        Some("https://platform.openai.com/settings/organization/general"),
    ),
    (
        "Error: 401 OpenAI-Project header should match project for API key",
        VerdictCode::WrongProject,
        "OPENAI_PROJECT_ID",
        Some("https://platform.openai.com/settings/organization/api-keys"),
    ),
    (
        "You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.",
        VerdictCode::NoOrganization,
        "not a member of any organization",
        Some("https://platform.openai.com/settings/organization/general"),
    ),
    (
        "Project `proj_XYZ987` does not have access to model `gpt-4o-mini`",
        VerdictCode::ModelAccess,
        "may not use gpt-4o-mini",
        Some("https://platform.openai.com/settings/proj_XYZ987/limits"),
    ),
    (
        "The model `gpt-4o` does not exist or you do not have access to it.",
        VerdictCode::ModelAccess,
        "may not use gpt-4o",
        Some("https://platform.openai.com/settings/organization/limits"),
    ),
    (
        "Your organization must be verified to use the model `gpt-image-1`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.",
        VerdictCode::VerificationRequired,
        "verified to use gpt-image-1",
        Some("https://platform.openai.com/settings/organization/general"),
    ),
    (
        r#"{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}"#,
        VerdictCode::RegionBlocked,
        "country or region",
        Some("https://platform.openai.com/docs/supported-countries"),
    ),
    (
        "401 IP not authorized",
        VerdictCode::IpNotAllowed,
        "IP allowlist",
        Some("https://platform.openai.com/settings/organization/security/ip-allowlist"),
    ),
    (
        "Your access was terminated due to violation of our policies, please check your email for more information.",
        VerdictCode::AccessTerminated,
        "terminated",
        Some("https://platform.openai.com/settings/organization/general"),
    ),
    (
        r#"{"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}"#,
        VerdictCode::ServerError,
        "not your key's fault",
        Some("https://status.openai.com/"),
    ),
    (
        "That model is currently overloaded with other requests.",
        VerdictCode::ServerError,
        "not your key's fault",
        Some("https://status.openai.com/"),
    ),
    (
        "Something went wrong with the printer.",
        VerdictCode::UnexpectedResponse,
        "does not recognise",
        None,
    ),
];

#[test]
fn real_error_texts_get_their_verdicts() {
    for (text, code, words, fix) in CASES {
        let verdict = explain(text).expect("explained");
        assert_eq!(verdict.code, *code, "{text}");
        assert!(
            verdict.summary().contains(words),
            "{text}\n→ {}",
            verdict.summary()
        );
        assert_eq!(verdict.fix_url.as_deref(), *fix, "{text}");
    }
}

#[test]
fn quota_sub_codes_and_statuses_reach_the_details() {
    let verdict = explain(CASES[6].0).expect("explained");
    assert_eq!(
        verdict.details.sub_code.as_deref(),
        Some("credit_balance_exhausted")
    );
    assert_eq!(verdict.details.http_status, Some(429));
    assert_eq!(
        verdict.details.openai_message.as_deref(),
        Some("Your credit balance is too low.")
    );
}

#[test]
fn the_cli_explains_stdin_with_json_and_exit_codes() {
    let run = |input: &str| common::explain_cli(input, None);
    let (status, stdout, _) = run(CASES[0].0);
    assert_eq!(status, Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(json["code"], "missing_scopes");
    assert_eq!(json["details"]["missing_scopes"][0], "model.request");
    assert!(json["fix_url"].is_string() && json["summary"].is_string());
    let (status, _, stderr) = run("   ");
    assert_eq!(status, Some(2));
    assert!(stderr.contains("nothing to explain"));
}
