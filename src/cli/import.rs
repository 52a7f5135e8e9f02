//! `key-doctor import FILE [--dry-run] [--json]`: what a .env import finds (values redacted), and,
//! without --dry-run, stores those keys in the keychain like the app does.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use serde::Serialize;

use crate::import::{EnvScan, Hints, read_env_file};
use crate::settings::config_dir;
use crate::vault::{
    Catalog, KEYCHAIN_SERVICE, KeyHints, KeyKind, KeySource, KeyringStore, NewKey, OnUnsaved,
    SecretStore, SessionStore, Vault,
};

#[derive(Serialize)]
struct ImportedKey {
    variable: String,
    kind: KeyKind,
    redacted: String,
    already_stored: bool,
    hints: Hints,
}

#[derive(Serialize)]
struct ImportReport {
    file: String,
    keys: Vec<ImportedKey>,
    warnings: Vec<String>,
    /// Present when keys were stored (not with --dry-run).
    #[serde(skip_serializing_if = "Option::is_none")]
    stored: Option<Vec<String>>,
}

pub fn import(path: &Path, dry_run: bool, json: bool) -> ExitCode {
    let scan = match read_env_file(path) {
        Ok(scan) => scan,
        Err(e) => {
            eprintln!("key-doctor: {e}");
            return ExitCode::from(2);
        }
    };
    let mut warnings = scan.warnings.clone();
    warnings.extend(crate::import::git_exposure(path));
    let catalog = match open_catalog(dry_run, &mut warnings) {
        Ok(catalog) => catalog,
        Err(exit) => return exit,
    };
    // The keychain says whether a listed key is really stored; without one, the list decides.
    let store = KeyringStore::system(KEYCHAIN_SERVICE).map(|s| Arc::new(s) as Arc<dyn SecretStore>);
    let vault = Vault::new(
        store
            .clone()
            .unwrap_or_else(|_| Arc::new(SessionStore::default())),
        catalog,
    );
    let mut report = ImportReport {
        file: path.display().to_string(),
        keys: scan
            .keys
            .iter()
            .map(|found| ImportedKey {
                variable: found.variable.clone(),
                kind: found.kind,
                redacted: found.redacted.clone(),
                already_stored: match (&store, vault.stored_entry(found.expose())) {
                    (Ok(_), Ok(entry)) => entry.is_some(),
                    _ => vault.find_by_secret(found.expose()).is_some(),
                },
                hints: scan.hints.clone(),
            })
            .collect(),
        warnings,
        stored: None,
    };
    let mut status = 0;
    if !dry_run {
        if let Err(e) = &store {
            eprintln!("key-doctor: {} Nothing was stored.", e.sentence());
            return ExitCode::from(2);
        }
        status = store_new_keys(vault, scan, &mut report);
    }
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("key-doctor: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print_text(&report);
    }
    ExitCode::from(status)
}

/// The key list, as the window would open it; its note about a damaged or newer list becomes a
/// warning. A dry run changes no file: a damaged list is reported, not set aside.
fn open_catalog(dry_run: bool, warnings: &mut Vec<String>) -> Result<Catalog, ExitCode> {
    let loaded = config_dir().map(|dir| {
        let file = Catalog::file_in(&dir);
        if dry_run {
            Catalog::load_read_only(&file)
        } else {
            Catalog::load(&file)
        }
    });
    match loaded {
        Some(Ok((catalog, note))) => {
            // The same sentence the window shows about a damaged or newer list.
            warnings.extend(note.map(|note| note.sentence()));
            Ok(catalog)
        }
        Some(Err(error)) => {
            eprintln!("key-doctor: {error} Nothing was stored.");
            Err(ExitCode::from(2))
        }
        None if dry_run => Ok(Catalog::in_memory()),
        None => {
            eprintln!(
                "key-doctor: this system has no configuration folder for the key list, so nothing was stored."
            );
            Err(ExitCode::from(2))
        }
    }
}

/// Stores the keys not stored yet, noting each in the report; the exit status (2 when one
/// could not be stored).
fn store_new_keys(mut vault: Vault, scan: EnvScan, report: &mut ImportReport) -> u8 {
    let mut status = 0;
    let mut stored = Vec::new();
    for (found, listed) in scan.keys.into_iter().zip(&report.keys) {
        if listed.already_stored {
            continue;
        }
        let new_key = NewKey {
            secret: found.secret,
            label: found.variable.clone(),
            source: KeySource {
                file: Some(report.file.clone()),
                variable: Some(found.variable.clone()),
            },
            hints: KeyHints {
                organization: scan.hints.organization.clone(),
                project: scan.hints.project.clone(),
                base_url: scan.hints.base_url.clone(),
            },
        };
        match vault.add(new_key, OnUnsaved::Undo) {
            Ok(added) => {
                if added.restored {
                    report.warnings.push(format!(
                        "{} was listed but missing from the keychain; it was put back.",
                        found.variable
                    ));
                }
                stored.push(found.variable);
            }
            Err(e) => {
                report.warnings.push(format!("{}: {e}", found.variable));
                status = 2;
            }
        }
    }
    report.stored = Some(stored);
    status
}

/// The report for a person: one line a key, the warnings, and what was stored.
fn print_text(report: &ImportReport) {
    println!("{}", report.file);
    if report.keys.is_empty() {
        println!("  No OpenAI key found.");
    }
    for key in &report.keys {
        println!(
            "  {:<24} {:<22} {}{}",
            key.variable,
            key.kind.words(),
            key.redacted,
            if key.already_stored {
                "  (already stored)"
            } else {
                ""
            }
        );
    }
    for warning in &report.warnings {
        println!("  ⚠ {warning}");
    }
    match &report.stored {
        Some(stored) if !stored.is_empty() => println!(
            "Stored in your system keychain: {}. The file was not changed.",
            stored.join(", ")
        ),
        Some(_) => println!("Nothing new to store."),
        None => println!("Dry run: nothing was stored, and the file was not changed."),
    }
}
