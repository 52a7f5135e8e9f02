//! `key-doctor check` and `key-doctor explain`: the checks without a window, for scripts.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use secrecy::SecretString;

use crate::checks::{
    CheckReport, Checker, DEFAULT_MAX_IN_FLIGHT, Explanation, KeyUnderCheck, KnownKey,
    PermissionStatus, Verdict, VerdictCode, explain_with,
};
use crate::import::read_env_file;
use crate::openai::Client;
use crate::vault::{Catalog, clean_key};

/// Exit statuses of DESIGN.md: 0 the key works, 1 it has a problem, 2 it could not be checked.
pub fn exit_status(code: VerdictCode) -> u8 {
    if code.is_ok() {
        0
    } else if code.is_inconclusive() {
        2
    } else {
        1
    }
}

/// Where `check` takes keys from. Never from the command line itself.
pub enum KeySource<'a> {
    EnvVar(&'a str),
    EnvFile(&'a Path),
    Stdin,
}

/// The keys to check, or a sentence saying why there are none.
fn keys_from(
    source: &KeySource,
    organization: Option<&String>,
    project: Option<&String>,
) -> Result<Vec<KeyUnderCheck>, String> {
    match source {
        KeySource::EnvVar(name) => match std::env::var(name) {
            Ok(value) if !value.trim().is_empty() => {
                Ok(vec![KeyUnderCheck::new(cleaned(&value)?, *name)])
            }
            _ => Err(format!(
                "{name} is not set. Put the key in it, or use --env-file FILE or --stdin (a key is never read from the command line)."
            )),
        },
        KeySource::Stdin => {
            let mut text = String::new();
            std::io::stdin()
                .take(64 * 1024)
                .read_to_string(&mut text)
                .map_err(|e| format!("The key could not be read from standard input: {e}."))?;
            if text.trim().is_empty() {
                return Err("Standard input was empty: send the key on it.".to_owned());
            }
            Ok(vec![KeyUnderCheck::new(cleaned(&text)?, "stdin")])
        }
        KeySource::EnvFile(path) => {
            let scan = read_env_file(path).map_err(|e| e.to_string())?;
            for warning in &scan.warnings {
                eprintln!("key-doctor: {warning}");
            }
            if scan.keys.is_empty() {
                return Err(format!("{} holds no OpenAI key.", path.display()));
            }
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok(scan
                .keys
                .into_iter()
                .map(|found| KeyUnderCheck {
                    secret: found.secret,
                    source: format!("{file_name}:{}", found.variable),
                    // Flags win over the file, as they would for the app using the file.
                    organization: organization
                        .cloned()
                        .or_else(|| scan.hints.organization.clone()),
                    project: project.cloned().or_else(|| scan.hints.project.clone()),
                })
                .collect())
        }
    }
}

/// The key without what a paste brought along (said on stderr), or why it cannot be one.
fn cleaned(raw: &str) -> Result<SecretString, String> {
    let cleaned = clean_key(raw).map_err(|refused| refused.to_string())?;
    for note in &cleaned.notes {
        eprintln!("key-doctor: {note}");
    }
    Ok(cleaned.secret)
}

pub fn check(client: Client, source: KeySource, json: bool, timeout: Duration) -> ExitCode {
    let organization = client.config().organization.clone();
    let project = client.config().project.clone();
    let keys = match keys_from(&source, organization.as_ref(), project.as_ref()) {
        Ok(keys) => keys,
        Err(message) => {
            eprintln!("key-doctor: {message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("key-doctor: could not start: {e}");
            return ExitCode::from(2);
        }
    };
    let checker = Checker::with_limits(client, DEFAULT_MAX_IN_FLIGHT, timeout);
    let reports = runtime.block_on(checker.check_all(&keys, |_, _| {}));
    if json {
        let value = if matches!(source, KeySource::EnvFile(_)) {
            serde_json::to_string_pretty(&reports)
        } else {
            serde_json::to_string_pretty(&reports[0])
        };
        match value {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("key-doctor: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        for report in &reports {
            print!("{}", human_report(report));
        }
    }
    let worst = reports
        .iter()
        .map(|r| exit_status(r.verdict.code))
        .max_by_key(|status| match status {
            1 => 2, // A problem found beats "could not check" another key.
            2 => 1,
            _ => 0,
        })
        .unwrap_or(2);
    ExitCode::from(worst)
}

fn human_report(report: &CheckReport) -> String {
    let mark = if report.verdict.code.is_ok() {
        "✔"
    } else {
        "✖"
    };
    let mut text = format!(
        "{} ({}, from {})\n{mark} {}: {}\n",
        report.key.redacted,
        report.key.kind.words(),
        report.key.source,
        report.verdict.code.title(),
        report.verdict.summary
    );
    if let Some(url) = &report.verdict.fix_url {
        text.push_str(&format!("  Fix: {url}\n"));
    }
    for note in &report.verdict.details.notes {
        text.push_str(&format!("  Note: {note}\n"));
    }
    if !report.permissions.is_empty() {
        text.push_str("  Permissions:\n");
        for row in &report.permissions {
            let mark = match row.status {
                PermissionStatus::Granted => "✔",
                PermissionStatus::Missing => "✖",
                _ => "?",
            };
            text.push_str(&format!(
                "    {mark} {:<30} {}\n",
                format!("{} — {}", row.group, row.level),
                row.status.words()
            ));
        }
    }
    if let Some(org) = &report.organization {
        text.push_str(&format!(
            "  Organization: {} ({})\n",
            org.title.as_deref().unwrap_or("untitled"),
            org.id
        ));
    }
    if let Some(tier) = &report.tier {
        text.push_str(&format!("  Usage tier: {tier}\n"));
    }
    text.push('\n');
    text
}

pub fn explain_stdin(json: bool) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().take(1024 * 1024).read_to_end(&mut bytes) {
        eprintln!("key-doctor: the error text could not be read: {e}.");
        return ExitCode::from(2);
    }
    let text = String::from_utf8_lossy(&bytes);
    let explanation = match explain_with(&text, &stored_keys()) {
        Ok(explanation) => explanation,
        Err(e) => {
            eprintln!("key-doctor: {e}");
            return ExitCode::from(2);
        }
    };
    print_explanation(&explanation, json)
}

/// The stored keys, by name and redacted form, for naming the key an error text shows. A list
/// that cannot be read names none: explaining does not need it.
fn stored_keys() -> Vec<KnownKey> {
    crate::settings::config_dir()
        .and_then(|dir| Catalog::load_read_only(&Catalog::file_in(&dir)).ok())
        .map(|(catalog, _)| catalog.entries().iter().map(KnownKey::of).collect())
        .unwrap_or_default()
}

fn print_explanation(explanation: &Explanation, json: bool) -> ExitCode {
    if !json {
        if let Some(key) = &explanation.matched_key {
            println!("This text names your stored key \"{}\".", key.name);
        }
        return print_verdict(&explanation.verdict, false);
    }
    match serde_json::to_string_pretty(&explanation.to_json()) {
        Ok(text) => println!("{text}"),
        Err(e) => {
            eprintln!("key-doctor: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::from(exit_status(explanation.verdict.code))
}

fn print_verdict(verdict: &Verdict, json: bool) -> ExitCode {
    if json {
        match serde_json::to_string_pretty(verdict) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("key-doctor: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        println!("{}: {}", verdict.code.title(), verdict.summary);
        if let Some(url) = &verdict.fix_url {
            println!("Fix: {url}");
        }
        for note in &verdict.details.notes {
            println!("Note: {note}");
        }
    }
    ExitCode::from(exit_status(verdict.code))
}
