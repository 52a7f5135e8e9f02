//! The import path under bad and arbitrary input (property tests), and `key-doctor import`'s
//! JSON contract. Keys appear only redacted; files are only read.

use std::process::Command;

use key_doctor::import::{MAX_ENV_FILE_BYTES, scan_env_bytes, scan_env_text};
use key_doctor::vault::KeyKind;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any bytes at all: a sentence or a scan, never a panic; keys found are OpenAI-shaped.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        if let Ok(scan) = scan_env_bytes(&bytes, "fuzz") {
            for key in &scan.keys {
                prop_assert!(key.kind != KeyKind::Unknown);
                prop_assert!(key.redacted.chars().count() <= "sk-svcacct-".len() + 5);
            }
        }
    }

    /// Arbitrary text shaped like .env lines (quotes, comments, export, CRLF, unicode).
    #[test]
    fn env_like_text_never_panics(lines in proptest::collection::vec(
        "(export )?[A-Z_]{1,12}=(\"[^\"]{0,20}\"?|'[^']{0,20}'?|[ -~]{0,30})( #.*)?(\r)?", 0..30)) {
        let text = lines.join("\n");
        let _ = scan_env_text(&text);
    }

    /// Every well-formed key line is found, whatever surrounds it, and its value is read back
    /// exactly.
    #[test]
    fn well_formed_keys_are_always_found(
        body in "[A-Za-z0-9]{40,80}",
        noise in proptest::collection::vec("[A-Z]{1,8}=[a-z0-9 ]{0,12}", 0..10),
        quoted in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let key = format!("sk-proj-{body}");
        let value = if quoted { format!("\"{key}\"") } else { key.clone() };
        let mut lines = noise.clone();
        lines.insert(noise.len() / 2, format!("OPENAI_API_KEY={value}"));
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        let scan = scan_env_text(&text);
        prop_assert_eq!(scan.keys.len(), 1);
        prop_assert_eq!(scan.keys[0].expose(), key.as_str());
    }
}

#[test]
fn a_file_over_the_cap_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("huge.env");
    std::fs::write(&path, vec![b'#'; MAX_ENV_FILE_BYTES + 10]).expect("write");
    let error = key_doctor::import::read_env_file(&path).expect_err("too large");
    assert!(error.to_string().contains("larger than"), "{error}");
}

fn run(args: &[&str], config: &std::path::Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_key-doctor"))
        .args(args)
        .env("KEY_DOCTOR_CONFIG_DIR", config)
        // The words below are English; the machine's language must not change them.
        .env("KEY_DOCTOR_LANG", "en")
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A fake key, assembled from pieces so no line holds a key-shaped string.
const PROJECT_KEY: &str = concat!(
    "sk-proj-",
    "importcli-abcdefghijklmnopqrstuvwxyz",
    "T3BlbkFJ4242"
);

#[test]
fn import_dry_run_json_follows_the_contract() {
    let dir = tempfile::tempdir().expect("dir");
    let env = dir.path().join(".env");
    let body = format!(
        "\u{feff}OPENAI_API_KEY={PROJECT_KEY}\r\nOPENAI_ADMIN_KEY=sk-admin-importcli-0123456789abcdefgh\r\nOPENAI_ORG_ID=org-abc\r\nOPENAI_PROJECT_ID=proj_xyz\r\nAZURE_OPENAI_API_KEY=0123456789abcdef0123456789abcdef\r\nANTHROPIC_API_KEY=sk-ant-api03-zzzzzzzzzzzzzzzzzzzz\r\nBROKEN=\"oops\r\n"
    );
    std::fs::write(&env, &body).expect("write");
    let (status, stdout, stderr) = run(
        &["import", env.to_str().expect("path"), "--dry-run", "--json"],
        dir.path(),
    );
    assert_eq!(status, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(json["file"], env.display().to_string());
    let keys = json["keys"].as_array().expect("keys");
    // Every provider's keys are listed (issue 16); the short `sk-ant-` value is no key at all.
    assert_eq!(keys.len(), 3, "{stdout}");
    assert_eq!(keys[0]["variable"], "OPENAI_API_KEY");
    assert_eq!(keys[0]["kind"], "project");
    assert_eq!(keys[0]["redacted"], "sk-proj-…4242");
    assert_eq!(keys[0]["already_stored"], false);
    assert_eq!(keys[0]["hints"]["organization"], "org-abc");
    assert_eq!(keys[0]["hints"]["project"], "proj_xyz");
    assert!(keys[0]["hints"]["base_url"].is_null());
    assert_eq!(keys[0]["provider"], "openai");
    assert_eq!(keys[1]["kind"], "admin");
    assert_eq!(keys[2]["variable"], "AZURE_OPENAI_API_KEY");
    assert_eq!(keys[2]["provider"], "azure_openai");
    assert_eq!(keys[2]["kind"], "azure_openai");
    assert!(
        keys[2]["hints"]["organization"].is_null(),
        "OpenAI's hints are OpenAI's"
    );
    let warnings = json["warnings"].as_array().expect("warnings");
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().is_some_and(|w| w.contains("never closed")))
    );
    assert!(!stdout.contains(PROJECT_KEY) && !stdout.contains("importcli-0123456789"));
    assert_eq!(
        std::fs::read_to_string(&env).expect("read"),
        body,
        "never modified"
    );
}

#[test]
fn import_of_a_binary_file_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("photo.jpg");
    std::fs::write(&path, [0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a]).expect("write");
    let (status, _, stderr) = run(
        &["import", path.to_str().expect("path"), "--dry-run"],
        dir.path(),
    );
    assert_eq!(status, 2);
    assert!(stderr.contains("not a text file"), "{stderr}");
}

#[test]
fn full_keys_never_reach_the_logs_even_at_trace_level() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = runtime
        .block_on(key_doctor::simulator::Simulator::start(Default::default()))
        .expect("simulator");
    let secret = key_doctor::simulator::Scenario::NoModelRequest.secret();
    let output = Command::new(env!("CARGO_BIN_EXE_key-doctor"))
        .args(["check", "--json", "--base-url", sim.base_url()])
        .env("OPENAI_API_KEY", &secret)
        .env("KEY_DOCTOR_LOG", "trace")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stderr.len() > 1000, "trace logging was on");
    assert!(!stderr.contains(&secret), "the key reached the log");
    assert!(!stdout.contains(&secret));
}
