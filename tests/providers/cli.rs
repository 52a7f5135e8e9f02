//! The other providers through the CLI, as a person or a script runs it: the built binary
//! against a simulator started in the test. `check` reads each provider's key from its own
//! variable and reaches the provider at its own base URL variable; `--provider`, `--key-env`,
//! `--stdin` and `--base-url` say whose key it is and where; `import --dry-run --json` and
//! `check --env-file` take a file of several providers' keys. A key is never printed.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use key_doctor::checks::VerdictCode;
use key_doctor::providers::ProviderId;
use key_doctor::simulator::{ORG_ID, ProviderScenario, Scenario, Simulator, SimulatorOptions};
use secrecy::ExposeSecret;
use serde_json::Value;

use super::{expected, provider_of};

async fn simulator() -> Simulator {
    Simulator::start(SimulatorOptions::default())
        .await
        .expect("the simulator starts on loopback")
}

/// English and a config folder of its own, then the variables given (later ones win).
fn with_basics(config: &Path, env: &[(&str, String)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("KEY_DOCTOR_LANG".to_owned(), "en".to_owned()),
        (
            "KEY_DOCTOR_CONFIG_DIR".to_owned(),
            config.display().to_string(),
        ),
    ];
    all.extend(env.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    all
}

/// Runs the binary with only PATH and those variables, off the runtime's threads so the
/// simulator answers.
async fn run(config: &Path, args: &[&str], env: &[(&str, String)]) -> Output {
    let all = with_basics(config, env);
    let all: Vec<(&str, String)> = all.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    super::common::run_isolated(args, &all).await
}

/// The same, with `input` on standard input.
async fn run_with_stdin(
    config: &Path,
    args: &[&str],
    env: &[(&str, String)],
    input: String,
) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_key-doctor"));
    command
        .args(args)
        .env_clear()
        .envs(with_basics(config, env))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    tokio::task::spawn_blocking(move || {
        let mut child = command.spawn().expect("the binary runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("the key is written");
        child.wait_with_output().expect("output")
    })
    .await
    .expect("joined")
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

/// None of `secrets` is in anything the binary printed (their last 20 characters are looked
/// for: a redacted form shows a few).
fn assert_never_printed(output: &Output, secrets: &[String]) {
    let text = format!("{}{}", stdout(output), stderr(output));
    for secret in secrets {
        let tail = &secret[secret.len().saturating_sub(20)..];
        assert!(!text.contains(tail), "a key was printed: {text}");
    }
}

/// The exit status a verdict gets (DESIGN.md): 0 works, 1 a problem, 2 could not check.
fn status_of(code: VerdictCode) -> i32 {
    if code.is_ok() {
        0
    } else if code.is_inconclusive() {
        2
    } else {
        1
    }
}

/// A provider's key in its usual variable and the simulator in its base URL variable.
fn provider_env(sim: &Simulator, scenario: ProviderScenario) -> Vec<(&'static str, String)> {
    let entry = provider_of(scenario).entry();
    vec![
        (
            entry.key_variables[0],
            sim.provider_key(scenario).expose_secret().to_owned(),
        ),
        (
            entry.base_url_variables[0],
            sim.provider_base_url(scenario.provider()),
        ),
    ]
}

#[tokio::test]
async fn each_provider_scenario_from_its_own_variables_gets_its_verdict_page_and_status() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    for scenario in ProviderScenario::ALL {
        let provider = provider_of(scenario);
        let want = expected(scenario);
        let output = run(
            config.path(),
            &["check", "--json"],
            &provider_env(&sim, scenario),
        )
        .await;
        let report = json(&output);
        assert_eq!(report["provider"], provider.as_str(), "{scenario:?}");
        assert_eq!(
            report["verdict"]["code"],
            want.code.as_str(),
            "{scenario:?}: {report}"
        );
        assert_eq!(
            report["key"]["source"],
            provider.entry().key_variables[0],
            "{scenario:?}"
        );
        let fix_url = report["verdict"]["fix_url"].as_str();
        match want.fix_url_starts {
            Some(start) => assert!(
                fix_url.is_some_and(|url| url.starts_with(start)),
                "{scenario:?}: {fix_url:?}"
            ),
            None => assert_eq!(fix_url, None, "{scenario:?}"),
        }
        assert_eq!(
            output.status.code(),
            Some(status_of(want.code)),
            "{scenario:?}: {}",
            stderr(&output)
        );
        assert_never_printed(&output, &[scenario.secret()]);
    }
}

#[tokio::test]
async fn an_openai_key_says_openai_and_a_person_reads_the_provider_with_the_kind() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let openai = [
        ("OPENAI_API_KEY", Scenario::FullAccess.secret()),
        ("OPENAI_BASE_URL", sim.base_url().to_owned()),
    ];
    let output = run(config.path(), &["check", "--json"], &openai).await;
    assert_eq!(json(&output)["provider"], "openai");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let output = run(config.path(), &["check"], &openai).await;
    assert!(
        stdout(&output).contains("(OpenAI Project key, from OPENAI_API_KEY)"),
        "{}",
        stdout(&output)
    );

    let scenario = ProviderScenario::AnthropicRevoked;
    let output = run(config.path(), &["check"], &provider_env(&sim, scenario)).await;
    let said = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains("(Anthropic API key, from ANTHROPIC_API_KEY)"),
        "{said}"
    );
    assert!(
        said.contains("Anthropic does not accept this key"),
        "{said}"
    );
    assert!(
        said.contains("Fix: https://platform.claude.com/settings/keys"),
        "{said}"
    );
    // OpenAI's organization has nothing to say about an Anthropic key.
    assert!(!said.contains("Admin key"), "{said}");
    assert_never_printed(&output, &[scenario.secret()]);

    // The limits a provider's answer gave are shown, as its sentence says.
    let scenario = ProviderScenario::GroqPaid;
    let output = run(config.path(), &["check"], &provider_env(&sim, scenario)).await;
    let said = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(said.contains("(Groq key, from GROQ_API_KEY)"), "{said}");
    assert!(said.contains("rate limits it read are below"), "{said}");
    assert!(said.contains("  Rate limits: "), "{said}");
}

#[tokio::test]
async fn provider_with_base_url_points_that_provider_and_openai_keeps_its_own() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    // A DeepSeek key in OPENAI_API_KEY, as a tool speaking OpenAI's API to DeepSeek has it:
    // the variable says OpenAI, --provider says DeepSeek.
    let scenario = ProviderScenario::DeepSeekValid;
    let env = [
        ("OPENAI_API_KEY", scenario.secret()),
        ("OPENAI_BASE_URL", sim.base_url().to_owned()),
    ];
    let deepseek = sim.provider_base_url("deepseek");
    let args = [
        "check",
        "--json",
        "--provider",
        "deepseek",
        "--base-url",
        deepseek.as_str(),
    ];
    let output = run(config.path(), &args, &env).await;
    let report = json(&output);
    assert_eq!(report["provider"], "deepseek");
    assert_eq!(report["key"]["kind"], "deepseek");
    assert_eq!(report["verdict"]["code"], "ok", "{report}");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        sim.requests()
            .iter()
            .all(|r| r.path.starts_with("/deepseek/")),
        "{:?}",
        sim.requests()
    );
    assert_never_printed(&output, &[scenario.secret()]);

    // Without --provider, the variable's name says OpenAI's, and --base-url is OpenAI's.
    let output = run(
        config.path(),
        &["check", "--json", "--base-url", sim.base_url()],
        &env,
    )
    .await;
    assert_eq!(json(&output)["provider"], "openai");
}

#[tokio::test]
async fn key_env_names_the_provider_by_its_variable() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    // A Mistral key has no prefix: only its variable's name says whose it is.
    let scenario = ProviderScenario::MistralValid;
    let env = [
        ("WORK_MISTRAL_KEY", scenario.secret()),
        ("MISTRAL_BASE_URL", sim.provider_base_url("mistral")),
    ];
    let args = ["check", "--json", "--key-env", "WORK_MISTRAL_KEY"];
    let output = run(config.path(), &args, &env).await;
    let report = json(&output);
    assert_eq!(report["provider"], "mistral");
    assert_eq!(report["key"]["source"], "WORK_MISTRAL_KEY");
    assert_eq!(report["verdict"]["code"], "ok", "{report}");
    assert_eq!(output.status.code(), Some(0));
    assert_never_printed(&output, &[scenario.secret()]);
}

#[tokio::test]
async fn stdin_with_provider_checks_the_key_as_that_provider_s() {
    let sim = simulator().await;
    let config = tempfile::tempdir().expect("dir");
    let scenario = ProviderScenario::MistralRateLimited;
    let env = [("MISTRAL_BASE_URL", sim.provider_base_url("mistral"))];
    let args = ["check", "--json", "--stdin", "--provider", "mistral"];
    let output = run_with_stdin(config.path(), &args, &env, scenario.secret()).await;
    let report = json(&output);
    assert_eq!(report["provider"], "mistral");
    assert_eq!(report["key"]["source"], "stdin");
    assert_eq!(report["verdict"]["code"], "rate_limited", "{report}");
    assert_eq!(output.status.code(), Some(1));
    assert_never_printed(&output, &[scenario.secret()]);
}

#[tokio::test]
async fn an_address_without_https_and_an_unknown_provider_are_refused() {
    let config = tempfile::tempdir().expect("dir");
    let key = [("GROQ_API_KEY", ProviderScenario::GroqPaid.secret())];
    let args = [
        "check",
        "--provider",
        "groq",
        "--base-url",
        "http://example.com",
    ];
    let output = run(config.path(), &args, &key).await;
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(
        said.starts_with("key-doctor: The address for Groq in --base-url cannot be used"),
        "{said}"
    );
    assert!(said.contains("HTTPS"), "{said}");
    assert!(stdout(&output).is_empty());

    // The SDK's own variable is held to the same rule.
    let env = [
        key[0].clone(),
        ("GROQ_BASE_URL", "http://example.com".to_owned()),
    ];
    let output = run(config.path(), &["check"], &env).await;
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("GROQ_BASE_URL"),
        "{}",
        stderr(&output)
    );

    let output = run(config.path(), &["check", "--provider", "nope"], &key).await;
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(
        said.contains("\"nope\" is not a provider Key Doctor knows"),
        "{said}"
    );
    for word in ["openai", "anthropic", "azure_openai", "deepseek"] {
        assert!(said.contains(word), "{said}");
    }
}

#[tokio::test]
async fn without_any_key_the_message_names_the_provider_variables() {
    let config = tempfile::tempdir().expect("dir");
    let output = run(config.path(), &["check"], &[]).await;
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(said.contains("OPENAI_API_KEY is not set"), "{said}");
    assert!(said.contains("ANTHROPIC_API_KEY, GEMINI_API_KEY"), "{said}");
    assert!(said.contains("DEEPSEEK_API_KEY"), "{said}");
}

/// Five providers' keys, OpenAI's organization and Azure's endpoint (the simulator's), and
/// the scenario of each key.
fn five_providers_file(sim: &Simulator, dir: &Path) -> (std::path::PathBuf, Vec<String>) {
    let keys = [
        ("OPENAI_API_KEY", Scenario::FullAccess.secret()),
        (
            "ANTHROPIC_API_KEY",
            ProviderScenario::AnthropicValid.secret(),
        ),
        ("GEMINI_API_KEY", ProviderScenario::GeminiValid.secret()),
        (
            "AZURE_OPENAI_API_KEY",
            ProviderScenario::AzureValid.secret(),
        ),
        ("GROQ_API_KEY", ProviderScenario::GroqRevoked.secret()),
    ];
    let mut text: String = keys
        .iter()
        .map(|(name, value)| format!("{name}={value}\n"))
        .collect();
    text.push_str(&format!("OPENAI_ORG_ID={ORG_ID}\n"));
    text.push_str(&format!(
        "AZURE_OPENAI_ENDPOINT={}\n",
        sim.provider_base_url("azure_openai")
    ));
    let file = dir.join("five.env");
    std::fs::write(&file, text).expect("the file is written");
    (file, keys.into_iter().map(|(_, secret)| secret).collect())
}

#[tokio::test]
async fn import_dry_run_lists_each_provider_s_key_with_its_kind_and_azure_s_endpoint() {
    let sim = simulator().await;
    let dir = tempfile::tempdir().expect("dir");
    let (file, secrets) = five_providers_file(&sim, dir.path());
    let file_text = file.display().to_string();
    let config = dir.path().join("config");
    let output = run(&config, &["import", &file_text, "--dry-run", "--json"], &[]).await;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = json(&output);
    let keys = report["keys"].as_array().expect("keys");
    let listed: Vec<(&str, &str, &str)> = keys
        .iter()
        .map(|k| {
            (
                k["variable"].as_str().unwrap_or_default(),
                k["provider"].as_str().unwrap_or_default(),
                k["kind"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("OPENAI_API_KEY", "openai", "project"),
            ("ANTHROPIC_API_KEY", "anthropic", "anthropic_api"),
            ("GEMINI_API_KEY", "gemini", "gemini_auth"),
            ("AZURE_OPENAI_API_KEY", "azure_openai", "azure_openai"),
            ("GROQ_API_KEY", "groq", "groq"),
        ]
    );
    let azure = &keys[3];
    assert_eq!(
        azure["hints"]["base_url"],
        sim.provider_base_url("azure_openai").as_str()
    );
    assert_eq!(
        azure["hints"]["organization"],
        Value::Null,
        "OpenAI's header is OpenAI's"
    );
    assert_eq!(keys[0]["hints"]["organization"], ORG_ID);
    assert_eq!(keys[0]["hints"]["base_url"], Value::Null);
    assert_eq!(keys[1]["hints"]["base_url"], Value::Null);
    for key in keys {
        assert!(
            key.get("could_also_be").is_none(),
            "a name said whose: {key}"
        );
        assert_eq!(key["already_stored"], false);
    }
    for (key, secret) in keys.iter().zip(&secrets) {
        assert_eq!(key["redacted"], key_doctor::vault::redact(secret).as_str());
    }
    assert_never_printed(&output, &secrets);
    assert!(sim.requests().is_empty(), "a dry run sends nothing");
}

#[tokio::test]
async fn check_env_file_checks_every_provider_s_key_at_its_address() {
    let sim = simulator().await;
    let dir = tempfile::tempdir().expect("dir");
    let (file, secrets) = five_providers_file(&sim, dir.path());
    let file_text = file.display().to_string();
    let config = dir.path().join("config");
    // Azure's endpoint comes from the file; the others' from their variables.
    let env = [
        ("OPENAI_BASE_URL", sim.base_url().to_owned()),
        ("ANTHROPIC_BASE_URL", sim.provider_base_url("anthropic")),
        ("GOOGLE_GEMINI_BASE_URL", sim.provider_base_url("gemini")),
        ("GROQ_BASE_URL", sim.provider_base_url("groq")),
    ];
    let args = ["check", "--json", "--env-file", &file_text];
    let output = run(&config, &args, &env).await;
    let reports = json(&output);
    let reports = reports.as_array().expect("one object per key");
    let seen: Vec<(&str, &str, &str)> = reports
        .iter()
        .map(|r| {
            (
                r["provider"].as_str().unwrap_or_default(),
                r["key"]["source"].as_str().unwrap_or_default(),
                r["verdict"]["code"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("openai", "five.env:OPENAI_API_KEY", "ok"),
            ("anthropic", "five.env:ANTHROPIC_API_KEY", "ok"),
            ("gemini", "five.env:GEMINI_API_KEY", "ok"),
            ("azure_openai", "five.env:AZURE_OPENAI_API_KEY", "ok"),
            ("groq", "five.env:GROQ_API_KEY", "invalid_key"),
        ],
        "{}",
        stderr(&output)
    );
    assert_eq!(output.status.code(), Some(1), "the Groq key has a problem");
    assert_never_printed(&output, &secrets);
}

#[test]
fn simulate_prints_each_provider_s_base_url_after_its_own() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_key-doctor"))
        .args(["simulate", "--port", "0"])
        .env("KEY_DOCTOR_LANG", "en")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("key-doctor simulate starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut next = || lines.next().and_then(Result::ok).unwrap_or_default();
    let base_url = next();
    let others: Vec<String> = (1..ProviderId::ALL.len()).map(|_| next()).collect();
    let _ = child.kill();
    let _ = child.wait();
    let root = base_url.strip_suffix("/v1").unwrap_or(&base_url).to_owned();
    assert!(root.starts_with("http://127.0.0.1:"), "{base_url}");
    for (line, provider) in others.iter().zip(ProviderId::ALL.into_iter().skip(1)) {
        let prefix = format!("{}: {root}/", provider.as_str());
        assert!(line.starts_with(&prefix), "{line}");
    }
    assert!(
        others.contains(&format!("anthropic: {root}/anthropic")),
        "{others:?}"
    );
    assert!(
        others.contains(&format!("azure_openai: {root}/azure/demo-resource")),
        "{others:?}"
    );
}
