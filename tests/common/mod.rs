//! What a check must find for each simulator scenario: shared by the library, CLI and GUI tests,
//! so the three front doors are held to one table.

#![allow(dead_code)] // Each test binary uses part of it.

pub mod gui;

use key_doctor::checks::{PermissionStatus, VerdictCode};
use key_doctor::simulator::{PROJECTS, Scenario};

/// Runs the binary with only PATH and the variables given (later ones win), off the runtime's
/// threads so a simulator on the same runtime keeps answering.
pub async fn run_isolated(args: &[&str], env: &[(&str, String)]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_key-doctor"));
    command.args(args).env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    tokio::task::spawn_blocking(move || command.output().expect("the binary runs"))
        .await
        .expect("joined")
}

/// `key-doctor explain --json` with `input` on standard input and its own config folder (`None`:
/// whatever the environment gives): (exit status, stdout, stderr).
pub fn explain_cli(
    input: &str,
    config_dir: Option<&std::path::Path>,
) -> (Option<i32>, String, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut command = Command::new(env!("CARGO_BIN_EXE_key-doctor"));
    command
        .args(["explain", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = config_dir {
        command.env("KEY_DOCTOR_CONFIG_DIR", dir);
    }
    let mut child = command.spawn().expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("output");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

pub const KEY_PAGE: &str = "https://platform.openai.com/settings/organization/api-keys";

pub struct Expected {
    pub scenario: Scenario,
    pub code: VerdictCode,
    pub sentence: &'static str,
    pub fix_url: Option<String>,
    /// (group, level, status) rows that must be in the table.
    pub rows: &'static [(&'static str, &'static str, PermissionStatus)],
}

pub fn expectations() -> Vec<Expected> {
    use PermissionStatus::{Granted, Missing, Unknown};
    let e = |scenario, code, sentence, fix_url: Option<&str>, rows| Expected {
        scenario,
        code,
        sentence,
        fix_url: fix_url.map(str::to_owned),
        rows,
    };
    let support_limits = format!(
        "https://platform.openai.com/settings/{}/limits",
        PROJECTS[2].id
    );
    let shop_limits = format!(
        "https://platform.openai.com/settings/{}/limits",
        PROJECTS[4].id
    );
    vec![
        e(
            Scenario::FullAccess,
            VerdictCode::Ok,
            "This key works",
            None,
            &[
                ("Models", "Read", Granted),
                ("Model capabilities", "Request", Granted),
                ("Files", "Write", Granted),
            ],
        ),
        e(
            Scenario::ServiceAccount,
            VerdictCode::Ok,
            "This key works",
            None,
            &[("Responses", "Write", Granted)],
        ),
        e(
            Scenario::LegacyUser,
            VerdictCode::Ok,
            "This key works",
            None,
            &[("Evals", "Write", Granted)],
        ),
        e(
            Scenario::NoModelRequest,
            VerdictCode::MissingScopes,
            "set Model capabilities to Request",
            Some(KEY_PAGE),
            &[
                ("Model capabilities", "Request", Missing),
                ("Models", "Read", Granted),
                ("Files", "Write", Granted),
            ],
        ),
        e(
            Scenario::NoModelRead,
            VerdictCode::MissingScopes,
            "it may not use Models (read)",
            Some(KEY_PAGE),
            &[
                ("Models", "Read", Missing),
                ("Model capabilities", "Request", Granted),
            ],
        ),
        e(
            Scenario::ReadOnly,
            VerdictCode::MissingScopes,
            "may not call models",
            Some(KEY_PAGE),
            &[
                ("Files", "Read", Granted),
                ("Files", "Write", Missing),
                ("Model capabilities", "Request", Missing),
            ],
        ),
        e(
            Scenario::ResponsesWithoutRequest,
            VerdictCode::MissingScopes,
            "ticking Responses alone is not enough",
            Some(KEY_PAGE),
            &[
                ("Responses", "Read", Granted),
                ("Model capabilities", "Request", Missing),
            ],
        ),
        e(
            Scenario::Revoked,
            VerdictCode::InvalidKey,
            "OpenAI does not accept this key",
            Some(KEY_PAGE),
            &[("Models", "Read", Unknown)],
        ),
        e(
            Scenario::InsufficientQuota,
            VerdictCode::NoQuota,
            "run out of quota",
            Some("https://platform.openai.com/settings/organization/billing/overview"),
            &[("Model capabilities", "Request", Granted)],
        ),
        e(
            Scenario::CreditBalanceExhausted,
            VerdictCode::NoQuota,
            "no credit left",
            Some("https://platform.openai.com/settings/organization/billing"),
            &[],
        ),
        e(
            Scenario::OrganizationSpendLimit,
            VerdictCode::NoQuota,
            "reached the spend limit it set",
            Some("https://platform.openai.com/settings/organization/limits"),
            &[],
        ),
        e(
            Scenario::ProjectSpendLimit,
            VerdictCode::NoQuota,
            "project reached its spend limit",
            Some(support_limits.as_str()),
            &[],
        ),
        e(
            Scenario::OrganizationUsageLimit,
            VerdictCode::NoQuota,
            "usage limit of its tier",
            Some("https://platform.openai.com/settings/organization/limits"),
            &[],
        ),
        e(
            Scenario::RateLimited,
            VerdictCode::RateLimited,
            "being rate limited right now",
            Some("https://platform.openai.com/settings/organization/limits"),
            &[("Models", "Read", Granted)],
        ),
        e(
            Scenario::RegionBlocked,
            VerdictCode::RegionBlocked,
            "does not serve the country or region",
            Some("https://platform.openai.com/docs/supported-countries"),
            &[],
        ),
        e(
            Scenario::NoOrganization,
            VerdictCode::NoOrganization,
            "not a member of any organization",
            Some("https://platform.openai.com/settings/organization/general"),
            &[],
        ),
        e(
            Scenario::ProjectWithoutModel,
            VerdictCode::ModelAccess,
            "may not use gpt-5-mini",
            Some(support_limits.as_str()),
            &[("Model capabilities", "Request", Granted)],
        ),
        // Verification is checked after validation (reference section 5): no free probe sees it,
        // so a check finds the key working; "Explain an error" names it.
        e(
            Scenario::VerificationRequired,
            VerdictCode::Ok,
            "This key works",
            None,
            &[],
        ),
        e(
            Scenario::IpNotAllowed,
            VerdictCode::IpNotAllowed,
            "not on your organization's IP allowlist",
            Some("https://platform.openai.com/settings/organization/security/ip-allowlist"),
            &[],
        ),
        e(
            Scenario::AccessTerminated,
            VerdictCode::AccessTerminated,
            "terminated this account's access",
            Some("https://platform.openai.com/settings/organization/general"),
            &[],
        ),
        e(
            Scenario::AdminFull,
            VerdictCode::Ok,
            "This Admin key works",
            None,
            &[
                ("Usage", "Read", Granted),
                ("Organization administration", "Read", Granted),
            ],
        ),
        e(
            Scenario::AdminNoUsage,
            VerdictCode::MissingScopes,
            "may not read usage and costs",
            Some("https://platform.openai.com/settings/organization/admin-keys"),
            &[
                ("Usage", "Read", Missing),
                ("Organization administration", "Read", Granted),
            ],
        ),
        // The organization's side: a key alone sees only that it is not accepted, or that its
        // project may not use the model; an Admin key tells why (tests/org.rs).
        e(
            Scenario::OwnerLeft,
            VerdictCode::InvalidKey,
            "OpenAI does not accept this key",
            Some(KEY_PAGE),
            &[("Models", "Read", Unknown)],
        ),
        e(
            Scenario::ArchivedProject,
            VerdictCode::InvalidKey,
            "OpenAI does not accept this key",
            Some(KEY_PAGE),
            &[("Models", "Read", Unknown)],
        ),
        e(
            Scenario::ModelDenied,
            VerdictCode::ModelAccess,
            "may not use gpt-5-mini",
            Some(shop_limits.as_str()),
            &[("Model capabilities", "Request", Granted)],
        ),
        e(
            Scenario::AdminNoManagement,
            VerdictCode::MissingScopes,
            "it may not use Organization administration (read)",
            Some("https://platform.openai.com/settings/organization/admin-keys"),
            &[
                ("Usage", "Read", Granted),
                ("Organization administration", "Read", Missing),
            ],
        ),
        e(
            Scenario::AdminAuditOff,
            VerdictCode::Ok,
            "This Admin key works",
            None,
            &[("Usage", "Read", Granted)],
        ),
        e(
            Scenario::AdminLargeOrganization,
            VerdictCode::Ok,
            "This Admin key works",
            None,
            &[("Organization administration", "Read", Granted)],
        ),
    ]
}
