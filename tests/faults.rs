//! The fault suite: what goes wrong in ordinary life (servers that repeat the key, two writers at
//! once, lists that cannot be saved, keys removed behind the app's back, proxies that answer
//! anything, odd files, odd pastes, odd addresses) through the library, the CLI and the window.
//! Each test asserts the sentence a person reads, the exit status, that nothing was lost (every
//! key listed and in the keychain), and that no output, file or clipboard holds a full key.
//!
//! Tests marked "real keychain" use the Secret Service of scripts/test.sh's private D-Bus session
//! (as the CLI does); elsewhere they say so and return.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use key_doctor::checks::{Checker, KeyUnderCheck, VerdictCode};
use key_doctor::gui::Connection;
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::redaction::holds_secret;
use key_doctor::simulator::{Fault, FaultRule, Scenario, Simulator, SimulatorOptions};
use key_doctor::vault::{
    Catalog, CheckRecord, KEYCHAIN_SERVICE, KeyHints, KeySource, KeyringStore, NewKey, OnUnsaved,
    SecretStore, Vault, fingerprint,
};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

mod common;
use common::gui::*;

/// Every full key a test may have used; none may appear in anything the suite reads back.
fn known_secrets(extra: &[&str]) -> Vec<String> {
    Scenario::ALL
        .iter()
        .map(|s| s.secret())
        .chain(extra.iter().map(|s| (*s).to_owned()))
        .collect()
}

/// The leak scan: no known key, and nothing key-shaped at all.
fn assert_no_key(text: &str, what: &str, extra: &[&str]) {
    for secret in known_secrets(extra) {
        assert!(!text.contains(&secret), "{what} holds a full key:\n{text}");
    }
    assert!(
        !holds_secret(text, None),
        "{what} holds something key-shaped:\n{text}"
    );
}

/// A made-up project key, different for every `seed`.
fn made_up_key(seed: &str) -> String {
    let body: String = format!("{seed}abcdefghijklmnopqrstuvwxyz")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(26)
        .collect();
    format!("{}{body}{}", "sk-proj-", "T3BlbkFJ0123456789")
}

/// `site.env` in `dir`, holding `key` as OPENAI_API_KEY.
fn env_file_with(dir: &Path, key: &str) -> PathBuf {
    let env = dir.join("site.env");
    std::fs::write(&env, format!("OPENAI_API_KEY={key}\n")).expect("write");
    env
}

fn real_keychain() -> bool {
    let here = std::env::var_os("KEY_DOCTOR_KEYCHAIN_TESTS").is_some();
    if !here {
        eprintln!("skipped: needs the Secret Service of scripts/test.sh");
    }
    here
}

/// The key-doctor binary with only what it needs from the environment (PATH, the D-Bus session
/// for the keychain) plus `env`; killed after a minute so a hang fails instead of waiting.
fn run_cli(args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_key-doctor"));
    command.args(args).env_clear();
    for name in [
        "PATH",
        "HOME",
        "DBUS_SESSION_BUS_ADDRESS",
        "XDG_RUNTIME_DIR",
        "XDG_DATA_HOME",
    ] {
        if let Some(value) = std::env::var_os(name) {
            command.env(name, value);
        }
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("key-doctor runs");
    if let Some(bytes) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(bytes)
            .expect("write");
    }
    drop(child.stdin.take());
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("key-doctor {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn text_of(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn simulator(runtime: &tokio::runtime::Runtime) -> Simulator {
    runtime
        .block_on(Simulator::start(SimulatorOptions::default()))
        .expect("simulator")
}

/// Every file below `dir`, read as text, for the leak scan.
fn files_below(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_below(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            found.push((path, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    found
}

// ---- 1. A server that repeats the key ------------------------------------------------------

#[test]
fn a_server_that_repeats_the_key_never_gets_it_shown() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = simulator(&runtime);
    sim.inject(FaultRule::new(Fault::EchoKey { status: 401 }));
    let key = Scenario::FullAccess.secret();

    // Library: the report, its JSON and its text.
    let checker =
        Checker::new(Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client"));
    let report =
        runtime.block_on(checker.check(&KeyUnderCheck::new(sim.key(Scenario::FullAccess), "test")));
    assert_eq!(report.verdict.code, VerdictCode::InvalidKey);
    let message = report.verdict.details.openai_message.clone().expect("kept");
    assert!(
        message.contains("Incorrect API key provided: sk-proj-…"),
        "the redacted form stays, so the message still says which key: {message}"
    );
    assert_no_key(
        &serde_json::to_string(&report).expect("json"),
        "check JSON",
        &[],
    );
    assert_no_key(&report.to_text("now"), "Copy report", &[]);

    // CLI: check, human and JSON.
    for json in [true, false] {
        let mut args = vec!["check"];
        if json {
            args.push("--json");
        }
        let output = run_cli(
            &args,
            &[
                ("OPENAI_API_KEY", &key),
                ("OPENAI_BASE_URL", sim.base_url()),
            ],
            None,
        );
        assert_eq!(output.status.code(), Some(1), "{}", text_of(&output));
        assert_no_key(&text_of(&output), "check output", &[]);
        assert!(text_of(&output).contains("sk-proj-…"));
    }

    // CLI: usage, whose error text comes from the server.
    let admin = Scenario::AdminFull.secret();
    let output = run_cli(
        &["usage", "--days", "3"],
        &[
            ("OPENAI_ADMIN_KEY", &admin),
            ("OPENAI_BASE_URL", sim.base_url()),
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    assert_no_key(&text_of(&output), "usage output", &[]);

    // CLI: explain, whose input is a paste that holds the key.
    let pasted = format!(
        "{{\"error\":{{\"message\":\"Incorrect API key provided: {key}.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}}}"
    );
    for json in [true, false] {
        let args: &[&str] = if json {
            &["explain", "--json"]
        } else {
            &["explain"]
        };
        let output = run_cli(args, &[], Some(pasted.as_bytes()));
        assert_eq!(output.status.code(), Some(1), "{}", text_of(&output));
        assert_no_key(&text_of(&output), "explain output", &[]);
    }
}

#[test]
fn a_server_that_repeats_the_key_is_shown_redacted_in_the_window() {
    let world = world("echo");
    world
        .simulator
        .inject(FaultRule::new(Fault::EchoKey { status: 401 }));
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![Scenario::FullAccess], None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "OpenAI does not accept this key");
    let secret = Scenario::FullAccess.secret();
    assert!(
        harness.query_by_label_contains(&secret).is_none()
            && harness.query_by_value(&secret).is_none(),
        "the window shows the key"
    );
    unfold(&mut harness, "For a developer");
    harness.get_by_label_contains("Incorrect API key provided: sk-proj-…");
    harness
        .get_by_role_and_label(Role::Button, "Copy report")
        .click();
    harness.step();
    let report = copied_text(&harness).expect("copied");
    assert_no_key(&report, "the copied report", &[]);
    for entry in harness.state().keys().entries.clone() {
        store.delete(&entry.id).expect("clean up");
    }
}

// ---- 2. Two writers ------------------------------------------------------------------------

/// 20 `key-doctor import` runs at once into one config folder, while a window that read the
/// list before they started adds, renames and records checks: every key ends listed, and every
/// listed key's secret is in the keychain. Rounds: KEY_DOCTOR_FAULT_ROUNDS (default 20, about 15 s).
#[test]
fn twenty_imports_and_the_window_at_once_lose_no_key() {
    if !real_keychain() {
        return;
    }
    let rounds: usize = std::env::var("KEY_DOCTOR_FAULT_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    for round in 0..rounds {
        one_round_of_writers(round);
    }
}

fn one_round_of_writers(round: usize) {
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config");
    let list = Catalog::file_in(&config);
    let store: Arc<dyn SecretStore> =
        Arc::new(KeyringStore::system(KEYCHAIN_SERVICE).expect("the Secret Service"));
    let mut window = Vault::new(store.clone(), Catalog::load(&list).expect("list").0);
    let window_key = |n: usize| made_up_key(&format!("w{round}x{n}window"));
    let add = |vault: &mut Vault, secret: String| {
        vault
            .add(
                NewKey {
                    secret: SecretString::from(secret),
                    label: String::new(),
                    source: KeySource::pasted(),
                    hints: KeyHints::default(),
                },
                OnUnsaved::KeepForSession,
            )
            .expect("the window adds")
    };
    let first = add(&mut window, window_key(0)).entry;

    let cli_keys: Vec<String> = (0..20)
        .map(|n| made_up_key(&format!("c{round}x{n}cli")))
        .collect();
    let files: Vec<PathBuf> = cli_keys
        .iter()
        .enumerate()
        .map(|(n, key)| {
            let path = dir.path().join(format!("site{n}.env"));
            std::fs::write(&path, format!("OPENAI_API_KEY={key}\n")).expect("write");
            path
        })
        .collect();
    let config_text = config.display().to_string();
    let runs: Vec<_> = files
        .iter()
        .map(|file| {
            let file = file.display().to_string();
            let config = config_text.clone();
            std::thread::spawn(move || {
                run_cli(
                    &["import", &file],
                    &[("KEY_DOCTOR_CONFIG_DIR", &config)],
                    None,
                )
            })
        })
        .collect();
    // The window goes on with the list it read before the imports started.
    for n in 1..4 {
        add(&mut window, window_key(n));
    }
    window.rename(&first.id, "Shop chatbot").expect("renamed");
    window
        .record_check(
            &first.id,
            CheckRecord {
                at: jiff::Timestamp::now(),
                code: "ok".into(),
                summary: "This key works.".into(),
            },
        )
        .expect("recorded");
    for run in runs {
        let output = run.join().expect("joined");
        assert_eq!(output.status.code(), Some(0), "{}", text_of(&output));
        assert!(text_of(&output).contains("Stored in your system keychain"));
        assert_no_key(&text_of(&output), "import output", &[]);
    }

    let (listed, note) = Catalog::load(&list).expect("the list reads");
    assert_eq!(note, None);
    let expected: Vec<String> = cli_keys
        .iter()
        .cloned()
        .chain((0..4).map(window_key))
        .collect();
    assert_eq!(
        listed.entries().len(),
        expected.len(),
        "round {round}: every key is listed once"
    );
    for secret in &expected {
        let entry = listed
            .entries()
            .iter()
            .find(|e| e.fingerprint == fingerprint(secret))
            .unwrap_or_else(|| panic!("round {round}: a key is not listed"));
        assert_eq!(
            store
                .get(&entry.id)
                .expect("in the keychain")
                .expose_secret(),
            secret,
            "round {round}: the keychain holds each key under its own id"
        );
    }
    let renamed = listed.entry(&first.id).expect("the window's key");
    assert_eq!(renamed.label, "Shop chatbot");
    assert_eq!(renamed.history.len(), 1);
    for (path, text) in files_below(&config) {
        assert_no_key(&text, &path.display().to_string(), &[]);
        for secret in &expected {
            assert!(!text.contains(secret.as_str()));
        }
    }
    for entry in listed.entries() {
        store.delete(&entry.id).expect("clean up");
    }
}

/// A key added by another writer (a CLI import) while the window is open appears when the
/// person comes back to the window, and the window's own next change keeps it.
#[test]
fn the_window_shows_keys_another_writer_added_when_it_is_focused_again() {
    let world = world("otherwriter");
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![Scenario::FullAccess], None));
    wait_for_vault(&mut harness);
    let list = Catalog::file_in(world.dir.path());
    let mut other = Vault::new(store.clone(), Catalog::load(&list).expect("list").0);
    let key = made_up_key("otherwriter");
    other
        .add(
            NewKey {
                secret: SecretString::from(key.clone()),
                label: "Added by the CLI".to_owned(),
                source: KeySource::pasted(),
                hints: KeyHints::default(),
            },
            OnUnsaved::Undo,
        )
        .expect("added");
    // The person goes to a terminal and comes back.
    harness.input_mut().focused = false;
    harness.step();
    harness.input_mut().focused = true;
    step_until(&mut harness, "the other writer's key", |h| {
        h.state().keys().entries.len() == 2
    });
    wait_for_label(&mut harness, "Added by the CLI");
    // The window's next change is made on the list as it is now: both keys stay.
    click_button(&mut harness, "Check");
    step_until(&mut harness, "the check recorded", |h| {
        h.state()
            .keys()
            .entries
            .iter()
            .any(|e| !e.history.is_empty())
    });
    let (listed, _) = Catalog::load(&list).expect("list");
    assert_eq!(listed.entries().len(), 2);
    for entry in listed.entries() {
        store.delete(&entry.id).expect("clean up");
    }
}

// ---- 3. No half-stored keys ----------------------------------------------------------------

/// How many items of the app's keychain service hold this secret (secret-tool prints them).
fn keychain_copies(secret: &str) -> usize {
    let output = Command::new("secret-tool")
        .args(["search", "--all", "--unlock", "service", KEYCHAIN_SERVICE])
        .output()
        .expect("secret-tool runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    text.lines()
        .filter(|line| line.trim() == format!("secret = {secret}"))
        .count()
}

#[test]
fn a_list_that_cannot_be_saved_leaves_no_key_behind() {
    if !real_keychain() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let key = made_up_key("unsaved");
    let env = env_file_with(dir.path(), &key);
    let env = env.display().to_string();

    // A file where the config folder should be: unwritable, even for root.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, b"").expect("a file");
    let config = blocked.join("config").display().to_string();
    let output = run_cli(
        &["import", &env],
        &[("KEY_DOCTOR_CONFIG_DIR", &config)],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    assert!(
        text_of(&output).contains("Nothing was stored"),
        "{}",
        text_of(&output)
    );
    assert_eq!(keychain_copies(&key), 0);

    // A list that reads but cannot be written (its backup's place is taken by a folder): the
    // key went to the keychain first, so it is taken back out.
    let config = dir.path().join("unwritable");
    std::fs::create_dir_all(config.join("keys.json.bak").join("inside")).expect("dirs");
    std::fs::write(
        Catalog::file_in(&config),
        r#"{"schema_version":1,"keys":[]}"#,
    )
    .expect("write");
    let config = config.display().to_string();
    for _ in 0..2 {
        let output = run_cli(
            &["import", &env],
            &[("KEY_DOCTOR_CONFIG_DIR", &config)],
            None,
        );
        assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
        let said = text_of(&output);
        assert!(said.contains("could not be saved"), "{said}");
        assert!(said.contains("The key was not stored."), "{said}");
        assert!(!said.contains("Stored in your system keychain"), "{said}");
        assert_eq!(keychain_copies(&key), 0, "each try leaves nothing behind");
    }

    // A list written by a newer Key Doctor: read, never overwritten, nothing stored.
    let config = dir.path().join("newer");
    std::fs::create_dir(&config).expect("dir");
    let newer = r#"{"schema_version":99,"keys":[],"future":"data"}"#;
    std::fs::write(Catalog::file_in(&config), newer).expect("write");
    let config_text = config.display().to_string();
    let output = run_cli(
        &["import", &env],
        &[("KEY_DOCTOR_CONFIG_DIR", &config_text)],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    assert!(
        text_of(&output).contains("newer Key Doctor"),
        "{}",
        text_of(&output)
    );
    assert_eq!(
        std::fs::read_to_string(Catalog::file_in(&config)).expect("kept"),
        newer
    );
    assert_eq!(keychain_copies(&key), 0);
}

#[test]
fn a_dry_run_changes_no_file_and_a_damaged_list_is_named() {
    let dir = tempfile::tempdir().expect("dir");
    let key = made_up_key("dryrun");
    let env = env_file_with(dir.path(), &key);
    let config = dir.path().join("config");
    std::fs::create_dir(&config).expect("dir");
    std::fs::write(Catalog::file_in(&config), b"{ damaged").expect("write");
    let before: Vec<PathBuf> = files_below(&config).into_iter().map(|(p, _)| p).collect();
    let output = run_cli(
        &["import", &env.display().to_string(), "--dry-run", "--json"],
        &[("KEY_DOCTOR_CONFIG_DIR", &config.display().to_string())],
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text_of(&output));
    let report: Value = serde_json::from_slice(&output.stdout).expect("json");
    let warnings = report["warnings"].to_string();
    assert!(warnings.contains("could not be read"), "{warnings}");
    let after: Vec<PathBuf> = files_below(&config).into_iter().map(|(p, _)| p).collect();
    assert_eq!(before, after, "a dry run renames nothing");
    assert_eq!(
        std::fs::read(Catalog::file_in(&config)).expect("still there"),
        b"{ damaged"
    );
    assert_no_key(&text_of(&output), "dry-run output", &[&key]);
}

// ---- 4. A key removed from the keychain behind the app's back -------------------------------

#[test]
fn a_key_gone_from_the_keychain_can_be_added_again_from_the_cli() {
    if !real_keychain() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let key = made_up_key("gone");
    let env = env_file_with(dir.path(), &key);
    let env = env.display().to_string();
    let config = dir.path().join("config");
    let config_text = config.display().to_string();
    let vars = [("KEY_DOCTOR_CONFIG_DIR", config_text.as_str())];
    assert_eq!(
        run_cli(&["import", &env], &vars, None).status.code(),
        Some(0)
    );
    let (list, _) = Catalog::load(&Catalog::file_in(&config)).expect("list");
    let id = list.entries()[0].id.clone();
    let store = KeyringStore::system(KEYCHAIN_SERVICE).expect("keychain");
    store.delete(&id).expect("removed behind the app's back");

    let output = run_cli(&["import", &env, "--dry-run", "--json"], &vars, None);
    let report: Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(
        report["keys"][0]["already_stored"], false,
        "the keychain decides"
    );

    let output = run_cli(&["import", &env], &vars, None);
    assert_eq!(output.status.code(), Some(0), "{}", text_of(&output));
    assert!(
        text_of(&output).contains("put back"),
        "{}",
        text_of(&output)
    );
    assert_eq!(store.get(&id).expect("back").expose_secret(), key);
    let (list, _) = Catalog::load(&Catalog::file_in(&config)).expect("list");
    assert_eq!(
        list.entries().len(),
        1,
        "onto its own entry, not a second one"
    );
    store.delete(&id).expect("clean up");
}

#[test]
fn a_key_gone_from_the_keychain_can_be_added_again_in_the_window() {
    let world = world("gone");
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![Scenario::FullAccess], None));
    wait_for_vault(&mut harness);
    let entry = harness.state().keys().entries[0].clone();
    store
        .delete(&entry.id)
        .expect("removed behind the app's back");
    type_into(
        &mut harness,
        Role::PasswordInput,
        Some("API key"),
        &Scenario::FullAccess.secret(),
    );
    click_button(&mut harness, "Add key");
    wait_for_label(&mut harness, "the key was put back");
    assert_eq!(harness.state().keys().entries.len(), 1);
    assert_eq!(
        store.get(&entry.id).expect("back").expose_secret(),
        Scenario::FullAccess.secret()
    );
    store.delete(&entry.id).expect("clean up");
}

// ---- 5. Answers are what they claim --------------------------------------------------------

#[test]
fn answers_that_are_not_openai_s_are_not_called_working() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = simulator(&runtime);
    let key = Scenario::FullAccess.secret();
    let env = [
        ("OPENAI_API_KEY", key.as_str()),
        ("OPENAI_BASE_URL", sim.base_url()),
    ];
    for body in ["OK", "{\"ok\": tru", "[]", "{\"data\": [] } trailing"] {
        sim.clear_faults();
        sim.inject(FaultRule::new(Fault::NotJsonSuccess {
            body: body.to_owned(),
        }));
        let output = run_cli(&["check", "--json"], &env, None);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{body}: {}",
            text_of(&output)
        );
        let report: Value = serde_json::from_slice(&output.stdout).expect("json");
        assert_eq!(report["verdict"]["code"], "unexpected_response", "{body}");
        let summary = report["verdict"]["summary"].as_str().unwrap_or_default();
        assert!(
            summary.contains("not OpenAI's") && summary.contains("proxy"),
            "{body}: {summary}"
        );
    }

    // A redirect is named as one, never as empty brackets.
    sim.clear_faults();
    sim.inject(FaultRule::new(Fault::Redirect {
        status: 302,
        location: "https://elsewhere.example/v1".to_owned(),
    }));
    let output = run_cli(&["check"], &env, None);
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    let said = text_of(&output);
    assert!(!said.contains("()"), "{said}");
    assert!(said.contains("another address"), "{said}");
}

// ---- 6. Files are read with a limit that holds ---------------------------------------------

#[test]
fn pipes_devices_and_other_encodings_get_a_sentence_not_a_hang() {
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("fifo.env");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let config = dir.path().join("config").display().to_string();
    let vars = [("KEY_DOCTOR_CONFIG_DIR", config.as_str())];
    for (path, words) in [
        (fifo.display().to_string(), "pipe"),
        ("/dev/zero".to_owned(), "device"),
    ] {
        for args in [
            vec!["import", path.as_str()],
            vec!["import", path.as_str(), "--dry-run"],
            vec!["check", "--env-file", path.as_str()],
        ] {
            let output = run_cli(&args, &vars, None);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{args:?}: {}",
                text_of(&output)
            );
            assert!(
                text_of(&output).contains(words),
                "{args:?}: {}",
                text_of(&output)
            );
        }
    }
    let utf16 = dir.path().join("utf16.env");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "OPENAI_API_KEY=x\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).expect("write");
    let output = run_cli(
        &["import", &utf16.display().to_string(), "--dry-run"],
        &vars,
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(text_of(&output).contains("UTF-16"), "{}", text_of(&output));
    assert!(text_of(&output).contains("UTF-8"), "{}", text_of(&output));

    // A line that is not NAME=value is named by its number, never quoted: it may hold a key.
    let key = made_up_key("broken");
    let broken = dir.path().join("broken.env");
    std::fs::write(&broken, format!("A=1\nOPENAI_API_KEY {key}\n")).expect("write");
    let output = run_cli(
        &[
            "import",
            &broken.display().to_string(),
            "--dry-run",
            "--json",
        ],
        &vars,
        None,
    );
    let said = text_of(&output);
    assert!(said.to_lowercase().contains("line 2"), "{said}");
    assert!(!said.contains(&key[..16]), "{said}");
}

#[test]
fn a_pipe_picked_in_the_window_gets_a_sentence() {
    let world = world("fifo");
    let fifo = world.dir.path().join("picked.env");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let mut harness = open(world.services(Ok(keychain(&world.service)), vec![], Some(fifo)));
    wait_for_vault(&mut harness);
    first_button(&mut harness, "Open a .env file");
    wait_for_label(&mut harness, "a device, pipe or socket, not a file");
}

// ---- 7. Keys and addresses are cleaned and checked -----------------------------------------

#[test]
fn pasted_keys_are_cleaned_or_refused_with_the_place_of_the_odd_character() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = simulator(&runtime);
    let key = Scenario::FullAccess.secret();
    let base = [("OPENAI_BASE_URL", sim.base_url())];

    let quoted = format!("\u{201C}{key}\u{200B}\u{201D}");
    let output = run_cli(
        &["check"],
        &[base[0], ("OPENAI_API_KEY", quoted.as_str())],
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text_of(&output));
    assert!(text_of(&output).contains("quotes around the key were removed"));
    assert!(text_of(&output).contains("invisible character"));

    let look_alike = key.replacen('a', "\u{0430}", 1);
    let position = key.find('a').expect("an a") + 1;
    let output = run_cli(
        &["check"],
        &[base[0], ("OPENAI_API_KEY", look_alike.as_str())],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    let said = text_of(&output);
    assert!(said.contains(&format!("position {position}")), "{said}");
    assert!(said.contains("U+0430"), "{said}");
    assert!(
        sim.requests().is_empty() || !said.contains("revoked"),
        "{said}"
    );

    let with_nul = format!("{}\0{}", &key[..12], &key[12..]);
    let output = run_cli(&["check", "--stdin"], &base, Some(with_nul.as_bytes()));
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    assert!(text_of(&output).contains("NUL"), "{}", text_of(&output));
    assert_no_key(&text_of(&output), "check output", &[]);

    // A base URL with a login would send Basic auth instead of the key.
    let with_login = sim.base_url().replace("http://", "http://someone:hunter2@");
    let output = run_cli(
        &["check"],
        &[
            ("OPENAI_BASE_URL", with_login.as_str()),
            ("OPENAI_API_KEY", key.as_str()),
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    let said = text_of(&output);
    assert!(said.contains("user name or password"), "{said}");
    assert!(!said.contains("hunter2"), "{said}");
}

#[test]
fn a_look_alike_character_is_refused_in_the_window_and_the_field_is_kept() {
    let world = world("lookalike");
    let mut harness = open(world.services(Ok(keychain(&world.service)), vec![], None));
    wait_for_vault(&mut harness);
    let look_alike = Scenario::FullAccess.secret().replacen('a', "\u{0430}", 1);
    type_into(
        &mut harness,
        Role::PasswordInput,
        Some("API key"),
        &look_alike,
    );
    click_button(&mut harness, "Add key");
    wait_for_label(&mut harness, "U+0430");
    assert!(harness.state().keys().entries.is_empty());
    assert_ne!(
        harness
            .get_by_role_and_label(Role::PasswordInput, "API key")
            .value()
            .as_deref(),
        Some(""),
        "what was typed is kept, to be corrected"
    );
}

// ---- 8. A bad base URL: the window opens and says so ---------------------------------------

#[test]
fn a_bad_base_url_opens_the_window_with_checks_off_until_fixed_in_settings() {
    let world = world("badurl");
    let store = keychain(&world.service);
    let mut services = world.services(Ok(store.clone()), vec![Scenario::FullAccess], None);
    services.connection = Connection::Unusable {
        given: "htp://typo".to_owned(),
        problem: "The OpenAI address cannot be used: \"htp://typo\" is not a web address."
            .to_owned(),
    };
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    harness.get_by_label_contains("No checks until the OpenAI address is fixed");
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "Nothing was checked");
    assert!(world.simulator.requests().is_empty(), "nothing was sent");

    first_button(&mut harness, "Settings");
    // Set the field's text the way a screen reader does (the field holds the bad address).
    harness
        .get_by_role_and_label(Role::TextInput, "OpenAI address")
        .set_text_value_accesskit(world.simulator.base_url());
    harness.run();
    click_button(&mut harness, "Use this address");
    step_until(&mut harness, "the new address", |h| {
        h.query_all_by_label_contains("Requests go to")
            .next()
            .is_some()
    });
    first_button(&mut harness, "Keys");
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "This key works");
    let saved = std::fs::read_to_string(world.dir.path().join("settings.json")).expect("saved");
    assert!(saved.contains(world.simulator.base_url()), "{saved}");
    for entry in harness.state().keys().entries.clone() {
        store.delete(&entry.id).expect("clean up");
    }
}

// ---- Faults that already passed, kept passing: network and server trouble -----------------

#[test]
fn network_and_server_trouble_become_sentences_through_the_cli() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = simulator(&runtime);
    let key = Scenario::FullAccess.secret();
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let refused = format!("http://127.0.0.1:{closed}/v1");
    let sim_url = sim.base_url().to_owned();
    // (what, fault, base URL, verdict code, words the JSON must hold); each exits 2.
    let case = |name, fault, url: &str, code, words| (name, fault, url.to_owned(), code, words);
    let cases = [
        case("refused", None, &refused, "network_error", "refused"),
        case(
            "dns",
            None,
            "https://nothing.invalid/v1",
            "network_error",
            "could not find the server",
        ),
        case(
            "html",
            Some(Fault::Html { status: 502 }),
            &sim_url,
            "unexpected_response",
            "a web page",
        ),
        case(
            "huge",
            Some(Fault::HugeBody {
                bytes: 20 * 1024 * 1024,
            }),
            &sim_url,
            "unexpected_response",
            "larger than",
        ),
        case(
            "reset",
            Some(Fault::Reset),
            &sim_url,
            "network_error",
            "reset",
        ),
        case(
            "truncated",
            Some(Fault::TruncatedJson),
            &sim_url,
            "unexpected_response",
            "cut off",
        ),
        case(
            "long retry-after",
            Some(Fault::ServerError {
                status: 503,
                retry_after_ms: Some(600_000),
            }),
            &sim_url,
            "server_error",
            "not your key's fault",
        ),
    ];
    for (name, fault, base_url, code, words) in cases {
        sim.clear_faults();
        if let Some(fault) = fault {
            sim.inject(FaultRule::new(fault));
        }
        let started = Instant::now();
        let output = run_cli(
            &["check", "--json"],
            &[
                ("OPENAI_API_KEY", key.as_str()),
                ("OPENAI_BASE_URL", base_url.as_str()),
            ],
            None,
        );
        assert_eq!(
            output.status.code(),
            Some(2),
            "{name}: {}",
            text_of(&output)
        );
        let report: Value = serde_json::from_slice(&output.stdout).expect("json");
        assert_eq!(report["verdict"]["code"], code, "{name}: {report}");
        let said = report.to_string();
        assert!(said.contains(words), "{name}: {said}");
        assert_no_key(&text_of(&output), name, &[]);
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{name} took too long"
        );
    }

    // 500 once, then success: retried, and the key works.
    sim.clear_faults();
    sim.inject(
        FaultRule::new(Fault::ServerError {
            status: 500,
            retry_after_ms: Some(10),
        })
        .times(3),
    );
    let output = run_cli(
        &["check"],
        &[
            ("OPENAI_API_KEY", key.as_str()),
            ("OPENAI_BASE_URL", sim.base_url()),
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text_of(&output));
}

#[test]
fn slow_and_silent_servers_end_in_a_sentence() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    // A server that accepts and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let silent_url = format!("http://{}/v1", silent.local_addr().expect("addr"));
    let mut config = ClientConfig::new(&silent_url).expect("url");
    config.request_timeout = Duration::from_millis(500);
    let checker = Checker::with_limits(
        Client::new(config).expect("client"),
        64,
        Duration::from_millis(500),
    );
    let report = runtime.block_on(checker.check(&KeyUnderCheck::new(
        SecretString::from(Scenario::FullAccess.secret()),
        "test",
    )));
    assert_eq!(report.verdict.code, VerdictCode::NetworkError);
    assert!(
        report.verdict.summary().contains("no answer"),
        "{}",
        report.verdict.summary()
    );
    drop(silent);

    let sim = simulator(&runtime);
    sim.inject(FaultRule::new(Fault::SlowBody {
        chunk_delay_ms: 400,
    }));
    let mut config = ClientConfig::new(sim.base_url()).expect("url");
    config.request_timeout = Duration::from_millis(600);
    let checker = Checker::with_limits(
        Client::new(config).expect("client"),
        64,
        Duration::from_millis(600),
    );
    let report =
        runtime.block_on(checker.check(&KeyUnderCheck::new(sim.key(Scenario::FullAccess), "test")));
    assert_eq!(report.verdict.code, VerdictCode::NetworkError);
    assert_no_key(&serde_json::to_string(&report).expect("json"), "slow", &[]);
}

#[test]
fn without_a_keychain_the_cli_stores_nothing_and_says_why() {
    let dir = tempfile::tempdir().expect("dir");
    let key = made_up_key("nokeychain");
    let env = env_file_with(dir.path(), &key);
    let config = dir.path().join("config").display().to_string();
    let output = run_cli(
        &["import", &env.display().to_string()],
        &[
            ("KEY_DOCTOR_CONFIG_DIR", &config),
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"),
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text_of(&output));
    assert!(
        text_of(&output).contains("keychain"),
        "{}",
        text_of(&output)
    );
    assert!(text_of(&output).contains("Nothing was stored"));
    assert!(!Catalog::file_in(Path::new(&config)).exists());
}

/// A key pasted with quotes and an invisible character is stored clean, and the window says what
/// was removed.
#[test]
fn a_quoted_paste_is_stored_clean_and_the_window_says_so() {
    let world = world("quotedpaste");
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![], None));
    wait_for_vault(&mut harness);
    let key = Scenario::FullAccess.secret();
    let pasted = format!("\"{key}\u{200B}\"");
    type_into(&mut harness, Role::PasswordInput, Some("API key"), &pasted);
    click_button(&mut harness, "Add key");
    wait_for_label(&mut harness, "The quotes around the key were removed.");
    harness.get_by_label_contains("invisible character");
    let entry = harness.state().keys().entries[0].clone();
    assert_eq!(entry.fingerprint, fingerprint(&key));
    store.delete(&entry.id).expect("clean up");
}
