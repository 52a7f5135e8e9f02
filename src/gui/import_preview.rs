//! The import preview of the Keys page: the keys found in a `.env` file, pasted text or a dropped
//! file, what the person ticked, and the checks run before saving, which are kept with the keys
//! they stored.

use std::path::{Path, PathBuf};

use super::effect::Notice;
use crate::checks::CheckReport;
use crate::import::{self, EnvScan, EnvWarning, FoundKey, Hints};
use crate::providers::ProviderId;
use crate::tr;
use crate::vault::{CheckRecord, KeyHints, KeySource, NewKey, OnUnsaved, Vault};

/// Where the keys of a preview came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOrigin {
    File(PathBuf),
    Pasted,
    /// A dropped file whose path the system did not give, known by its name.
    Dropped(String),
}

impl ImportOrigin {
    /// "shop/.env", "the pasted text", "the dropped file".
    pub fn words(&self) -> String {
        match self {
            ImportOrigin::File(path) => short_path(path),
            ImportOrigin::Pasted => tr!("keys-import-pasted-text"),
            ImportOrigin::Dropped(name) => name.clone(),
        }
    }

    /// The name a stored key gets: "OPENAI_API_KEY in shop/.env".
    pub fn label_for(&self, variable: &str) -> String {
        match self {
            ImportOrigin::Pasted => tr!("keys-import-label-pasted", variable = variable),
            other => tr!(
                "keys-import-label-file",
                variable = variable,
                file = other.words()
            ),
        }
    }

    fn file(&self) -> Option<&Path> {
        match self {
            ImportOrigin::File(path) => Some(path),
            _ => None,
        }
    }
}

/// The file's folder and name: enough to tell `shop/.env` from `blog/.env`.
fn short_path(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let folder = path
        .parent()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned());
    match (folder, name) {
        (Some(folder), Some(name)) => format!("{folder}/{name}"),
        (None, Some(name)) => name,
        _ => path.display().to_string(),
    }
}

/// One key found in an import, and what the person chose for it.
pub struct ImportRow {
    pub found: FoundKey,
    /// The label of the stored entry holding the same key.
    pub already_stored: Option<String>,
    pub selected: bool,
    /// The person ticked or unticked it: a check's result no longer changes the tick.
    pub chosen: bool,
    pub checking: bool,
    pub report: Option<CheckReport>,
    /// When the check ran, for the key's history once stored.
    pub checked_at: Option<jiff::Timestamp>,
    /// The providers the key fits when its name said none of them, the likeliest first (the
    /// person chooses); empty when there is no choice to make.
    pub candidates: Vec<ProviderId>,
}

impl ImportRow {
    /// A check came back: a key found not to work is unticked, unless the person chose.
    pub fn checked(&mut self, report: CheckReport, at: jiff::Timestamp) {
        self.checking = false;
        let broken = !report.verdict.code.is_ok() && !report.verdict.code.is_inconclusive();
        if broken && !self.chosen {
            self.selected = false;
        }
        self.report = Some(report);
        self.checked_at = Some(at);
    }

    /// The person says whose key it is: its kind follows, and a check made as another
    /// provider's no longer counts.
    pub fn choose_provider(&mut self, provider: ProviderId) {
        if self.checking || !self.candidates.contains(&provider) || self.found.provider == provider
        {
            return;
        }
        let detection = crate::providers::detect(self.found.expose(), None);
        self.found.kind = detection
            .for_provider(provider)
            .map_or(provider.entry().main_kind, |d| d.kind);
        self.found.provider = provider;
        self.report = None;
        self.checked_at = None;
    }
}

pub struct ImportPreview {
    /// Tells this preview from the next one: a check still running for an earlier preview
    /// must not land on a row of this one.
    pub generation: u64,
    pub origin: ImportOrigin,
    pub rows: Vec<ImportRow>,
    pub hints: Hints,
    /// Other providers' endpoints and base URLs the file sets, for their keys.
    pub provider_settings: std::collections::BTreeMap<crate::providers::ProviderId, String>,
    /// What the scan warns about (a key in a Git folder, a line that could not be read), put
    /// into words where it is drawn. No key found is not among them: the view says it, with
    /// what to do next.
    pub warnings: Vec<EnvWarning>,
}

impl ImportPreview {
    /// What is kept with a key of `provider` from this import: the OpenAI organization,
    /// project and address the file sets for OpenAI's keys; for another provider's, its own
    /// address (an Azure resource's endpoint), which OpenAI's settings never replace.
    pub fn hints_for(&self, provider: ProviderId) -> KeyHints {
        if provider == ProviderId::OpenAi {
            return KeyHints {
                organization: self.hints.organization.clone(),
                project: self.hints.project.clone(),
                base_url: self.hints.base_url.clone(),
            };
        }
        KeyHints {
            base_url: self.provider_settings.get(&provider).cloned(),
            ..KeyHints::default()
        }
    }

    /// True when a key of this import is Azure's and the file names no endpoint for it.
    pub fn needs_azure_endpoint(&self) -> bool {
        let azure = ProviderId::AzureOpenAi;
        self.rows.iter().any(|row| row.found.provider == azure)
            && !self.provider_settings.contains_key(&azure)
    }

    /// True when keys of another provider than OpenAI are among the rows: each row then says
    /// whose key it is.
    pub fn has_other_providers(&self) -> bool {
        self.rows
            .iter()
            .any(|row| row.found.provider != ProviderId::OpenAi || !row.candidates.is_empty())
    }
}

/// An import preview: every key found, with whether it is already stored.
pub fn preview(scan: EnvScan, origin: ImportOrigin, stored: &[(String, String)]) -> ImportPreview {
    let mut warnings = scan.warnings;
    if let Some(path) = origin.file()
        && let Some(warning) = import::git_exposure(path)
    {
        warnings.push(warning);
    }
    let rows = scan
        .keys
        .into_iter()
        .map(|found| {
            let fingerprint = crate::vault::fingerprint(found.expose());
            let already_stored = stored
                .iter()
                .find(|(f, _)| *f == fingerprint)
                .map(|(_, label)| label.clone());
            let candidates = if found.could_also_be.is_empty() {
                Vec::new()
            } else {
                std::iter::once(found.provider)
                    .chain(found.could_also_be.iter().copied())
                    .collect()
            };
            ImportRow {
                selected: already_stored.is_none(),
                chosen: false,
                already_stored,
                checking: false,
                report: None,
                checked_at: None,
                candidates,
                found,
            }
        })
        .collect();
    ImportPreview {
        generation: 0,
        origin,
        rows,
        hints: scan.hints,
        provider_settings: scan.provider_settings,
        warnings,
    }
}

/// What storing an import did: the sentence, the entry to select, and the checks made in the
/// preview, now the stored keys' own (by entry id).
pub struct Stored {
    pub notice: Notice,
    pub selected: Option<String>,
    pub checked: Vec<(String, CheckReport)>,
}

/// Stores the ticked rows of an import with their checks; the sentence says what was stored and
/// what was not.
pub fn store_rows(vault: &mut Vault, preview: ImportPreview) -> Stored {
    let mut stored = Vec::new();
    let mut problems = Vec::new();
    let mut checked = Vec::new();
    let mut selected = None;
    let hints: Vec<KeyHints> = preview
        .rows
        .iter()
        .map(|row| preview.hints_for(row.found.provider))
        .collect();
    let origin = preview.origin;
    for (row, hints) in preview
        .rows
        .into_iter()
        .zip(hints)
        .filter(|(r, _)| r.selected)
    {
        let provider = row.found.provider;
        let new_key = NewKey {
            secret: row.found.secret,
            label: origin.label_for(&row.found.variable),
            source: KeySource {
                file: origin.file().map(|p| p.display().to_string()),
                variable: Some(row.found.variable.clone()),
            },
            hints,
        };
        // Stored as the provider the preview showed (the person may have chosen it).
        match vault.add_for(new_key, Some(provider), OnUnsaved::KeepForSession) {
            Ok(added) => {
                let id = added.entry.id.clone();
                selected.get_or_insert(id.clone());
                stored.push(row.found.variable);
                if let Some(e) = added.not_saved {
                    problems.push(e.to_string());
                }
                if let (Some(report), Some(at)) = (row.report, row.checked_at) {
                    let record = CheckRecord {
                        at,
                        code: report.verdict.code.as_str().to_owned(),
                        summary: report.verdict.summary(),
                    };
                    if let Err(e) = vault.record_check(&id, record) {
                        problems.push(e.to_string());
                    }
                    checked.push((id, report));
                }
            }
            Err(e) => problems.push(format!("{}: {e}", row.found.variable)),
        }
    }
    let mut text = stored_sentence(&stored, &origin, vault.store().is_persistent());
    for problem in &problems {
        text.push(' ');
        text.push_str(problem);
    }
    let notice = if problems.is_empty() {
        Notice::info(text)
    } else {
        Notice::warning(text)
    };
    Stored {
        notice,
        selected,
        checked,
    }
}

/// What storing an import did, in a sentence or two: which keys were stored and where, and
/// that the file was left as it was.
fn stored_sentence(stored: &[String], origin: &ImportOrigin, persistent: bool) -> String {
    if stored.is_empty() {
        return tr!("keys-import-stored-none");
    }
    let (names, count) = (stored.join(", "), stored.len());
    let mut text = if persistent {
        tr!("keys-import-stored-keychain", names = &names, count = count)
    } else {
        tr!("keys-import-stored-session", names = &names, count = count)
    };
    if !matches!(origin, ImportOrigin::Pasted) {
        text.push(' ');
        text.push_str(&tr!("keys-import-file-unchanged"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_where_a_key_came_from() {
        let file = ImportOrigin::File(PathBuf::from("/srv/www/shop/.env"));
        assert_eq!(
            file.label_for("OPENAI_API_KEY"),
            "OPENAI_API_KEY in shop/.env"
        );
        assert_eq!(
            ImportOrigin::Pasted.label_for("OPENAI_API_KEY"),
            "OPENAI_API_KEY from the pasted text"
        );
        assert_eq!(ImportOrigin::Pasted.words(), "the pasted text");
    }
}
