//! "Explain an error" over a table of real error texts, each with its source: OpenAI's own errors
//! (as JSON, as the message alone, and wrapped by SDKs and plugins) and the errors from around the
//! request (cURL, PHP, Python, Node, proxies, firewalls, certificates). Every row goes through the
//! library, `key-doctor explain --json` and the Explain view; wrapping a recognised message in any
//! platform's prefix keeps its verdict.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use key_doctor::checks::{VerdictCode, explain};
use serde::Deserialize;

mod common;

#[derive(Debug, Deserialize)]
struct Row {
    text: String,
    code: String,
    #[serde(default)]
    sub_code: Option<String>,
    source: String,
}

fn table(file: &str) -> Vec<Row> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("the table");
    serde_json::from_str(&text).expect("rows")
}

fn every_row() -> Vec<Row> {
    let mut rows = Vec::new();
    for file in ["openai_errors.json", "network_errors.json"] {
        if std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(file)
            .exists()
        {
            rows.extend(table(file));
        }
    }
    rows
}

fn expected(row: &Row) -> VerdictCode {
    VerdictCode::from_code(&row.code).unwrap_or_else(|| panic!("a verdict code: {}", row.code))
}

#[test]
fn the_table_is_large_and_every_row_has_a_source() {
    let rows = every_row();
    assert!(rows.len() >= 150, "{} rows", rows.len());
    for row in &rows {
        assert!(!row.source.trim().is_empty(), "{}", row.text);
    }
}

#[test]
fn every_row_gets_its_verdict_from_the_library() {
    let mut wrong = Vec::new();
    for row in every_row() {
        let verdict = explain(&row.text).expect("explained");
        let sub_code_wrong = row.sub_code.is_some()
            && verdict.details.sub_code.as_deref() != row.sub_code.as_deref();
        if verdict.code != expected(&row) || sub_code_wrong {
            wrong.push(format!(
                "{} → {} {:?} (want {} {:?})",
                row.text.chars().take(140).collect::<String>(),
                verdict.code.as_str(),
                verdict.details.sub_code,
                row.code,
                row.sub_code
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

fn run_cli(input: &str, config_dir: &std::path::Path) -> serde_json::Value {
    let (_, stdout, stderr) = common::explain_cli(input, Some(config_dir));
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"))
}

#[test]
fn every_row_gets_its_verdict_from_the_cli_with_retry() {
    let dir = tempfile::tempdir().expect("dir");
    for row in every_row() {
        let json = run_cli(&row.text, dir.path());
        assert_eq!(json["code"], row.code.as_str(), "{}", row.text);
        if let Some(sub_code) = &row.sub_code {
            assert_eq!(
                json["details"]["sub_code"],
                sub_code.as_str(),
                "{}",
                row.text
            );
        }
        assert!(json["retry"].is_boolean(), "{}", row.text);
        assert!(json["matched_key"].is_null());
    }
}

/// The retry flag follows the cause: waiting helps a rate limit or a timeout, not a wrong key.
#[test]
fn retry_says_whether_waiting_helps() {
    let retry = |text: &str| explain(text).expect("explained");
    let rate = retry(
        "Rate limit reached for gpt-4o in organization org-abc on requests per min (RPM): Limit 3, Used 3, Requested 1.",
    );
    assert!(rate.retry);
    let wrong = retry("Incorrect API key provided: sk-abc***...wxyz.");
    assert!(!wrong.retry && wrong.summary().contains("Trying again will not help"));
    let timeout =
        retry("cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received");
    assert!(timeout.retry);
    // A name lookup fails now and then: trying again can help, and the host is asked if not.
    let dns = retry("cURL error 6: Could not resolve host: api.openai.com");
    assert!(dns.retry && dns.summary().contains("Ask your hosting company"));
    let refused =
        retry("cURL error 7: Failed to connect to api.openai.com port 443: Connection refused");
    assert!(!refused.retry && refused.summary().contains("Trying again will not help"));
    let too_large = retry(
        "Request too large for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Requested 45000.",
    );
    assert!(!too_large.retry && too_large.summary().contains("Make the request smaller"));
    let no_key = retry(
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth",
    );
    assert_eq!(no_key.details.sub_code.as_deref(), Some("no_key_sent"));
    assert!(no_key.summary().contains("sent no API key"));
}

/// A masked key in the text names the stored key with the same last four characters, by id and
/// name, in the CLI's JSON; its value is never printed.
#[test]
fn the_cli_names_the_stored_key_the_text_shows() {
    use key_doctor::vault::{Catalog, KeyHints, KeySource, NewKey, OnUnsaved, SessionStore, Vault};
    use secrecy::SecretString;
    let dir = tempfile::tempdir().expect("dir");
    let (catalog, _) = Catalog::load(&Catalog::file_in(dir.path())).expect("catalog");
    let mut vault = Vault::new(std::sync::Arc::new(SessionStore::default()), catalog);
    let secret = concat!(
        "sk-proj-",
        "namedkeyabcdefghijklmnopqrstuvwxyz0123456789",
        "Qr7Z"
    );
    let added = vault
        .add(
            NewKey {
                secret: SecretString::from(secret),
                label: "Shop chatbot".to_owned(),
                source: KeySource::pasted(),
                hints: KeyHints::default(),
            },
            OnUnsaved::Undo,
        )
        .expect("stored");
    let json = run_cli(
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****************************************Qr7Z. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
        dir.path(),
    );
    assert_eq!(json["code"], "invalid_key");
    assert_eq!(json["matched_key"]["id"], added.entry.id.as_str());
    assert_eq!(json["matched_key"]["name"], "Shop chatbot");
    assert_eq!(json["retry"], false);
    assert!(!json.to_string().contains(&secret[8..]));
}

/// Platforms' prefixes, as openai_wrappers research found them (tests/data/README.md).
const WRAPPERS: &[&str] = &[
    "openai.BadRequestError: Error code: 400 - {m}",
    "openai.error.InvalidRequestError: {m}",
    "AuthenticationError: {m}",
    "Error code: 429 - {m}",
    "429 {m}",
    "RateLimitError: 429 {m}",
    "OpenAI\\Exceptions\\ErrorException: {m} in /var/www/vendor/openai-php/client/src/Transporters/HttpTransporter.php:130",
    "Fatal error: Uncaught OpenAI\\Exceptions\\ErrorException: {m}",
    "API Error Type: invalid_request_error Message: {m}",
    "litellm.BadRequestError: OpenAIException - {m}",
    "Retrying langchain.embeddings.openai.embed_with_retry.<locals>._embed_with_retry in 4.0 seconds as it raised APIError: {m}",
    "Translation to es_AR failed - The API for provider 'ChatGPT' returned error: {m}",
    "StatusCodeError: {m}",
    "Server Error: {m}",
];

fn recognised_messages() -> Vec<(String, VerdictCode)> {
    every_row()
        .into_iter()
        .filter(|row| row.code != "unexpected_response")
        .map(|row| {
            let code = explain(&row.text).expect("explained").code;
            (row.text, code)
        })
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    #[test]
    fn a_platform_prefix_keeps_the_verdict(
        row in 0usize..10_000,
        wrapper in 0usize..WRAPPERS.len(),
    ) {
        static ROWS: std::sync::LazyLock<Vec<(String, VerdictCode)>> =
            std::sync::LazyLock::new(recognised_messages);
        let (text, code) = &ROWS[row % ROWS.len()];
        let wrapped = WRAPPERS[wrapper].replace("{m}", text);
        let verdict = explain(&wrapped).expect("explained");
        proptest::prop_assert_eq!(verdict.code, *code, "{}", wrapped);
    }
}

/// Every row through the window: paste it, press Explain, read the verdict's title; the next
/// step is a button on the same screen.
#[test]
fn every_row_gets_its_verdict_in_the_explain_view() {
    use common::gui::*;
    let world = world("explaintable");
    let mut harness = open(world.services(
        Ok(std::sync::Arc::new(
            key_doctor::vault::SessionStore::default(),
        )),
        vec![],
        None,
    ));
    // Pasted errors come in any script; where the app's fonts lack a character it draws a box,
    // as the window does (kittest panics instead by default).
    harness
        .ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    click_button(&mut harness, "Explain an error");
    for row in every_row() {
        harness
            .get_by_role(Role::MultilineTextInput)
            .set_text_value_accesskit(row.text.as_str());
        harness.run();
        click_button(&mut harness, "Explain");
        let code = expected(&row);
        let title = format!("{} {}", key_doctor::gui::verdict_mark(code), code.title());
        assert!(
            harness.query_all_by_label(&title).next().is_some(),
            "{}: no {title}",
            row.text
        );
        let buttons = harness
            .query_all_by_role(Role::Button)
            .filter_map(|b| b.accesskit_node().label())
            .collect::<Vec<_>>();
        let next_step = [
            "Open",
            "See",
            "Check",
            "Add",
            "Copy a message for your hosting company",
        ];
        assert!(
            buttons
                .iter()
                .any(|b| next_step.iter().any(|step| b.starts_with(step)) && b != "Explain"),
            "{}: no next step among {buttons:?}",
            row.text
        );
    }
}

/// The next step is on the screen: a stored key the text names is checked from here; a whole
/// key is offered to the add form (and leaves the page); a network error gives a message for the
/// host; a text not recognised leads to the keys.
#[test]
fn the_explain_view_offers_the_next_step_on_the_same_screen() {
    use common::gui::*;
    let world = world("explainnext");
    let mut harness = open(world.services(
        Ok(std::sync::Arc::new(
            key_doctor::vault::SessionStore::default(),
        )),
        vec![key_doctor::simulator::Scenario::Revoked],
        None,
    ));
    wait_for_vault(&mut harness);
    let entry = harness.state().keys().entries[0].clone();
    let last_four = entry
        .redacted
        .rsplit('…')
        .next()
        .expect("last four")
        .to_owned();
    let explain_text = |harness: &mut egui_kittest::Harness<'_, key_doctor::gui::App>,
                        text: &str| {
        click_button(harness, "Explain an error");
        harness
            .get_by_role(Role::MultilineTextInput)
            .set_text_value_accesskit(text);
        harness.run();
        click_button(harness, "Explain");
    };

    explain_text(
        &mut harness,
        &format!("Error: 401 Incorrect API key provided: sk-proj-****{last_four}."),
    );
    click_button(&mut harness, &format!("Check \"{}\" now", entry.label));
    let id = entry.id.clone();
    step_until(&mut harness, "the named key checked", move |h| {
        h.state().keys().reports.contains_key(&id)
    });
    assert_eq!(harness.state().view(), key_doctor::gui::View::Keys);
    harness.get_by_label_contains("OpenAI does not accept this key");

    explain_text(
        &mut harness,
        "cURL error 6: Could not resolve host: api.openai.com",
    );
    harness.get_by_label_contains("Ask your hosting company");
    harness
        .get_by_role_and_label(Role::Button, "Copy a message for your hosting company")
        .click();
    harness.step();
    let message = copied_text(&harness).expect("the message on the clipboard");
    assert!(message.contains("Could not resolve host") && message.contains("DNS"));

    explain_text(&mut harness, "The printer is out of paper.");
    harness.get_by_label_contains("does not recognise this message");
    // The sentence names what is on this screen and the next: no "Check button" Explain lacks.
    harness.get_by_label_contains("check it on the Keys page");
    click_button(&mut harness, "Check your keys");
    assert_eq!(harness.state().view(), key_doctor::gui::View::Keys);

    let whole = concat!(
        "sk-proj-",
        "wholekeyinanerror0123456789abcdefghijklmnop",
        "Zz90"
    );
    explain_text(
        &mut harness,
        &format!("curl -H 'Authorization: Bearer {whole}' gave 401 invalid_api_key"),
    );
    harness.get_by_label_contains("The text holds a whole API key");
    assert!(harness.query_by_label_contains(&whole[10..]).is_none());
    click_button(&mut harness, "Add this key to Key Doctor");
    assert_eq!(harness.state().view(), key_doctor::gui::View::Keys);
    assert_eq!(harness.state().keys().forms.paste_key, whole);
    click_button(&mut harness, "Explain an error");
    assert!(
        harness
            .get_by_role(Role::MultilineTextInput)
            .value()
            .unwrap_or_default()
            .is_empty(),
        "the text that held the key is gone"
    );
}
