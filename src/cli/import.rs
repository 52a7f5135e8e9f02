//! `key-doctor import FILE [--dry-run] [--json]`: what a .env import finds (values redacted), and,
//! without --dry-run, stores those keys in the keychain like the app does.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use serde::Serialize;

use super::Problem;
use crate::import::{EnvScan, EnvWarning, FoundKey, Hints, read_env_file};
use crate::providers::ProviderId;
use crate::settings::config_dir;
use crate::tr;
use crate::vault::{
    Catalog, KEYCHAIN_SERVICE, KeyHints, KeyKind, KeySource, KeyringStore, NewKey, OnUnsaved,
    SecretStore, SessionStore, Vault,
};

#[derive(Serialize)]
struct ImportedKey {
    variable: String,
    /// Whose key it is: "openai", "anthropic", … (the likeliest when it fits several).
    provider: ProviderId,
    /// The other providers the value fits, when its name said none of them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    could_also_be: Vec<ProviderId>,
    kind: KeyKind,
    redacted: String,
    already_stored: bool,
    hints: Hints,
}

/// Something the person should know, and apart from it a library's own words about it. JSON
/// holds the sentence only.
struct Warning {
    sentence: String,
    technical: Option<String>,
}

impl Warning {
    fn new(sentence: String, technical: Option<String>) -> Warning {
        Warning {
            sentence,
            technical,
        }
    }
}

impl From<&EnvWarning> for Warning {
    fn from(warning: &EnvWarning) -> Warning {
        Warning::new(warning.to_string(), warning.technical().map(str::to_owned))
    }
}

impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.sentence)
    }
}

#[derive(Serialize)]
struct ImportReport {
    file: String,
    keys: Vec<ImportedKey>,
    warnings: Vec<Warning>,
    /// Present when keys were stored (not with --dry-run).
    #[serde(skip_serializing_if = "Option::is_none")]
    stored: Option<Vec<String>>,
}

pub fn import(path: &Path, dry_run: bool, json: bool) -> ExitCode {
    let scan = match read_env_file(path) {
        Ok(scan) => scan,
        Err(e) => {
            return Problem::new(e.to_string())
                .with_technical(e.technical())
                .exit();
        }
    };
    let mut warnings: Vec<Warning> = scan.warnings.iter().map(Warning::from).collect();
    warnings.extend(
        crate::import::git_exposure(path)
            .as_ref()
            .map(Warning::from),
    );
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
                provider: found.provider,
                could_also_be: found.could_also_be.clone(),
                kind: found.kind,
                redacted: found.redacted.clone(),
                already_stored: match (&store, vault.stored_entry(found.expose())) {
                    (Ok(_), Ok(entry)) => entry.is_some(),
                    _ => vault.find_by_secret(found.expose()).is_some(),
                },
                hints: hints_for(&scan, found),
            })
            .collect(),
        warnings,
        stored: None,
    };
    let mut status = 0;
    if !dry_run {
        if let Err(e) = &store {
            return Problem::new(tr!("cli-import-nothing-stored", problem = e.sentence()))
                .with_technical(e.technical())
                .exit();
        }
        status = store_new_keys(vault, scan, &mut report);
    }
    if json {
        if let Err(exit) = super::print_json(&report) {
            return exit;
        }
    } else {
        print_text(&report);
    }
    ExitCode::from(status)
}

/// The settings the file gives a key: OpenAI's organization, project and base URL for an OpenAI
/// key; for another provider's, only its own address in the file (AZURE_OPENAI_ENDPOINT,
/// ANTHROPIC_BASE_URL), as `hints.base_url`. OpenAI's headers mean nothing to the others.
fn hints_for(scan: &EnvScan, found: &FoundKey) -> Hints {
    match found.provider {
        ProviderId::OpenAi => scan.hints.clone(),
        provider => Hints {
            base_url: scan.provider_settings.get(&provider).cloned(),
            ..Hints::default()
        },
    }
}

/// The key list, as the window would open it; its note about a damaged or newer list becomes a
/// warning. A dry run changes no file: a damaged list is reported, not set aside.
fn open_catalog(dry_run: bool, warnings: &mut Vec<Warning>) -> Result<Catalog, ExitCode> {
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
            warnings.extend(
                note.map(|note| Warning::new(note.sentence(), note.technical().map(str::to_owned))),
            );
            Ok(catalog)
        }
        Some(Err(error)) => Err(Problem::new(tr!(
            "cli-import-nothing-stored",
            problem = error.to_string()
        ))
        .with_technical(error.technical())
        .exit()),
        None if dry_run => Ok(Catalog::in_memory()),
        None => Err(Problem::new(tr!("cli-import-no-config-folder")).exit()),
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
                organization: listed.hints.organization.clone(),
                project: listed.hints.project.clone(),
                base_url: listed.hints.base_url.clone(),
            },
        };
        // Stored as the provider the listing showed, so the list and the store agree.
        match vault.add_for(new_key, Some(listed.provider), OnUnsaved::Undo) {
            Ok(added) => {
                if added.restored {
                    let sentence = tr!("cli-import-put-back", variable = &found.variable);
                    report.warnings.push(Warning::new(sentence, None));
                }
                stored.push(found.variable);
            }
            Err(e) => {
                let sentence = tr!(
                    "cli-import-not-stored",
                    variable = &found.variable,
                    problem = e.to_string()
                );
                report.warnings.push(Warning::new(sentence, e.technical()));
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
        println!("  {}", tr!("cli-import-no-api-key"));
    }
    for key in &report.keys {
        let already = if key.already_stored {
            format!("  {}", tr!("cli-import-already-stored"))
        } else {
            String::new()
        };
        println!(
            "  {:<24} {:<22} {}{already}",
            key.variable,
            super::kind_words_of(key.provider, key.kind),
            key.redacted,
        );
    }
    for warning in &report.warnings {
        println!("  ⚠ {}", warning.sentence);
        if let Some(technical) = &warning.technical {
            println!("    {}", tr!("cli-details", details = technical));
        }
    }
    match &report.stored {
        Some(stored) if !stored.is_empty() => println!(
            "{}",
            tr!(
                "cli-import-stored",
                names = stored.join(", "),
                count = stored.len()
            )
        ),
        Some(_) => println!("{}", tr!("cli-import-nothing-new")),
        None => println!("{}", tr!("cli-import-dry-run")),
    }
}
