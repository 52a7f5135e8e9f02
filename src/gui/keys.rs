//! The Keys view's model: the vault, the list, checks, the import preview, and the work each
//! command starts in the background. Views draw from it and return `KeysCommand`s.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use secrecy::SecretString;
use secrecy::zeroize::Zeroize;

use super::app::Msg;
use super::background::Background;
use crate::checks::{CheckReport, Checker, KeyUnderCheck};
use crate::import::{self, EnvScan, FoundKey, Hints, ImportError};
use crate::vault::{
    Catalog, CatalogEntry, CheckRecord, KeyHints, KeySource, NewKey, OnUnsaved, SessionStore,
    StoreError, Vault, VaultError, clean_key,
};

/// How long a revealed key stays visible.
pub const REVEAL_FOR: Duration = Duration::from_secs(8);

/// What opening the vault gave: a vault, or why the keychain cannot be used.
pub struct VaultOpening {
    pub vault: Result<Vault, StoreError>,
    /// Sentences about the catalog (recovered from backup, unreadable, newer format).
    pub notes: Vec<String>,
}

/// Opens the vault; runs on a worker because the keychain and the file may block.
pub type VaultOpener = Arc<dyn Fn() -> VaultOpening + Send + Sync>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
    Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub tone: Tone,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Info,
        }
    }
    pub fn warning(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Warning,
        }
    }
    pub fn problem(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Problem,
        }
    }
}

pub enum VaultStatus {
    Opening,
    Open {
        vault: Arc<Mutex<Vault>>,
        persistent: bool,
        place: &'static str,
    },
    /// No keychain, and the person has not chosen "this session only" yet.
    KeychainUnavailable {
        sentence: String,
    },
}

/// One key found in an import, and what the person chose for it.
pub struct ImportRow {
    pub found: FoundKey,
    /// The label of the stored entry holding the same key.
    pub already_stored: Option<String>,
    pub selected: bool,
    pub checking: bool,
    pub report: Option<CheckReport>,
}

pub struct ImportPreview {
    /// The file's path, or "pasted text" / the dropped file's name.
    pub origin: String,
    pub file: Option<PathBuf>,
    pub rows: Vec<ImportRow>,
    pub hints: Hints,
    pub warnings: Vec<String>,
}

/// Text the person is typing; the key field is zeroed as soon as it was used.
#[derive(Default)]
pub struct KeysForms {
    pub paste_key: String,
    pub paste_label: String,
    pub env_text: String,
    pub show_env_text: bool,
    pub rename: Option<(String, String)>,
}

pub struct CheckAllProgress {
    pub done: usize,
    pub total: usize,
    handle: tokio::task::JoinHandle<()>,
}

pub struct Revealed {
    pub id: String,
    pub secret: SecretString,
    pub until: Instant,
}

pub struct KeysModel {
    pub vault: VaultStatus,
    pub entries: Vec<CatalogEntry>,
    pub selected: Option<String>,
    pub reports: HashMap<String, CheckReport>,
    pub checking: HashSet<String>,
    pub check_all: Option<CheckAllProgress>,
    /// Entries whose secret the keychain no longer holds.
    pub missing_secrets: HashSet<String>,
    pub notices: Vec<Notice>,
    pub import: Option<ImportPreview>,
    pub confirm_delete: Option<String>,
    pub revealed: Option<Revealed>,
    /// Set when the last file dialog gave nothing back (cancelled, or no dialog service).
    pub dialog_gave_nothing: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum KeysCommand {
    AddPasted,
    ChooseEnvFile,
    ImportFile(PathBuf),
    ImportText,
    ImportDroppedBytes { name: String, bytes: Vec<u8> },
    ToggleImportRow(usize),
    CheckImportRow(usize),
    StoreImport,
    CancelImport,
    Select(String),
    Check(String),
    CheckAll,
    CancelCheckAll,
    CopyReport(String),
    CopyKey(String),
    Reveal(String),
    StartRename(String),
    SaveRename,
    CancelRename,
    AskDelete(String),
    ConfirmDelete,
    CancelDelete,
    KeepForSession,
    DismissNotice(usize),
    ReportProblem(String),
}

pub enum KeysMsg {
    VaultOpened(VaultOpening),
    VaultUpdated {
        entries: Vec<CatalogEntry>,
        notice: Option<Notice>,
        selected: Option<String>,
    },
    FilePicked(Option<PathBuf>),
    ImportReady(Result<ImportPreview, String>),
    Checked {
        id: String,
        report: Box<CheckReport>,
    },
    ImportRowChecked {
        variable: String,
        report: Box<CheckReport>,
    },
    CheckAllProgress {
        done: usize,
    },
    CheckAllFinished,
    SecretMissing {
        id: String,
        sentence: String,
        /// The keychain no longer holds the key (rather than: could not be read now).
        gone: bool,
    },
    SecretForCopy(SecretString),
    SecretForReveal {
        id: String,
        secret: SecretString,
    },
}

fn lock(vault: &Arc<Mutex<Vault>>) -> MutexGuard<'_, Vault> {
    vault
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Changes the vault on a worker (the keychain may block), then sends the new list with a
/// sentence about what happened and, optionally, the entry to select.
fn change_vault(
    background: &Background,
    vault: Arc<Mutex<Vault>>,
    change: impl FnOnce(&mut Vault) -> (Option<Notice>, Option<String>) + Send + 'static,
) {
    background.spawn_blocking(move || {
        let mut vault = lock(&vault);
        let (notice, selected) = change(&mut vault);
        Msg::Keys(KeysMsg::VaultUpdated {
            entries: vault.entries().to_vec(),
            notice,
            selected,
        })
    });
}

impl KeysModel {
    pub fn new() -> Self {
        KeysModel {
            vault: VaultStatus::Opening,
            entries: Vec::new(),
            selected: None,
            reports: HashMap::new(),
            checking: HashSet::new(),
            check_all: None,
            missing_secrets: HashSet::new(),
            notices: Vec::new(),
            import: None,
            confirm_delete: None,
            revealed: None,
            dialog_gave_nothing: false,
        }
    }

    pub fn open(&self, opener: VaultOpener, background: &Background) {
        background.spawn_blocking(move || Msg::Keys(KeysMsg::VaultOpened(opener())));
    }

    pub fn vault(&self) -> Option<Arc<Mutex<Vault>>> {
        match &self.vault {
            VaultStatus::Open { vault, .. } => Some(vault.clone()),
            _ => None,
        }
    }

    pub fn selected_entry(&self) -> Option<&CatalogEntry> {
        let id = self.selected.as_deref()?;
        self.entries.iter().find(|e| e.id == id)
    }

    /// Forgets a revealed key once its time is up; returns how long until then, for a repaint.
    pub fn expire_reveal(&mut self, now: Instant) -> Option<Duration> {
        let until = self.revealed.as_ref()?.until;
        if now >= until {
            self.revealed = None;
            None
        } else {
            Some(until - now)
        }
    }

    pub fn handle(&mut self, msg: KeysMsg, forms: &mut KeysForms, background: &Background) {
        match msg {
            KeysMsg::VaultOpened(opening) => {
                self.notices
                    .extend(opening.notes.into_iter().map(Notice::warning));
                match opening.vault {
                    Ok(vault) => self.install_vault(vault),
                    Err(error) => {
                        self.vault = VaultStatus::KeychainUnavailable {
                            sentence: format!(
                                "Your system keychain cannot be used: {error}. Key Doctor never writes keys to a plain file, so you can keep keys for this session only: they are forgotten when Key Doctor closes."
                            ),
                        }
                    }
                }
            }
            KeysMsg::VaultUpdated {
                entries,
                notice,
                selected,
            } => {
                self.entries = entries;
                if let Some(notice) = notice {
                    self.notices.push(notice);
                }
                if selected.is_some() {
                    self.selected = selected;
                }
                if let Some(id) = &self.selected
                    && !self.entries.iter().any(|e| &e.id == id)
                {
                    self.selected = None;
                }
                if self.selected.is_none() {
                    self.selected = self.entries.first().map(|e| e.id.clone());
                }
            }
            KeysMsg::FilePicked(Some(path)) => {
                self.dialog_gave_nothing = false;
                self.scan_file(path, background);
            }
            KeysMsg::FilePicked(None) => self.dialog_gave_nothing = true,
            KeysMsg::ImportReady(Ok(preview)) => {
                forms.env_text.zeroize();
                forms.show_env_text = false;
                self.import = Some(preview);
            }
            KeysMsg::ImportReady(Err(sentence)) => self.notices.push(Notice::problem(sentence)),
            KeysMsg::Checked { id, report } => {
                self.checking.remove(&id);
                self.missing_secrets.remove(&id);
                if let Some(vault) = self.vault() {
                    let record = CheckRecord {
                        at: jiff::Timestamp::now(),
                        code: report.verdict.code.as_str().to_owned(),
                        summary: report.verdict.summary.clone(),
                    };
                    let id = id.clone();
                    change_vault(background, vault, move |vault| {
                        let notice = vault
                            .record_check(&id, record)
                            .err()
                            .map(|e| Notice::warning(e.to_string()));
                        (notice, None)
                    });
                }
                self.reports.insert(id, *report);
            }
            KeysMsg::ImportRowChecked { variable, report } => {
                if let Some(row) = self.import.as_mut().and_then(|preview| {
                    preview
                        .rows
                        .iter_mut()
                        .find(|r| r.found.variable == variable)
                }) {
                    row.checking = false;
                    row.report = Some(*report);
                }
            }
            KeysMsg::CheckAllProgress { done } => {
                if let Some(progress) = &mut self.check_all {
                    progress.done = done;
                }
            }
            KeysMsg::CheckAllFinished => self.check_all = None,
            KeysMsg::SecretMissing { id, sentence, gone } => {
                self.checking.remove(&id);
                if gone {
                    self.missing_secrets.insert(id);
                } else {
                    self.notices.push(Notice::problem(sentence));
                }
            }
            KeysMsg::SecretForCopy(_) | KeysMsg::SecretForReveal { .. } => {
                // Handled by the app, which owns the clipboard and the clock.
            }
        }
    }

    fn install_vault(&mut self, vault: Vault) {
        self.entries = vault.entries().to_vec();
        self.selected = self.entries.first().map(|e| e.id.clone());
        let persistent = vault.store().is_persistent();
        let place = vault.store().place();
        self.vault = VaultStatus::Open {
            vault: Arc::new(Mutex::new(vault)),
            persistent,
            place,
        };
    }

    fn scan_file(&self, path: PathBuf, background: &Background) {
        let stored = self.fingerprints();
        background.spawn_blocking(move || {
            let origin = path.display().to_string();
            let result = import::read_env_file(&path)
                .map(|scan| preview(scan, origin, Some(path.clone()), &stored))
                .map_err(|e: ImportError| e.to_string());
            Msg::Keys(KeysMsg::ImportReady(result))
        });
    }

    /// The keys that are stored: listed, and not known to be missing from the keychain (those
    /// can be imported again).
    fn fingerprints(&self) -> Vec<(String, String)> {
        self.entries
            .iter()
            .filter(|e| !self.missing_secrets.contains(&e.id))
            .map(|e| (e.fingerprint.clone(), e.label.clone()))
            .collect()
    }

    /// Starts what a command asks. Clipboard and dialogs that need the window are the app's.
    pub fn execute(
        &mut self,
        command: KeysCommand,
        forms: &mut KeysForms,
        background: &Background,
        checker: &Checker,
    ) {
        match command {
            KeysCommand::AddPasted => self.add_pasted(forms, background),
            KeysCommand::ChooseEnvFile => {}
            KeysCommand::ImportFile(path) => self.scan_file(path, background),
            KeysCommand::ImportText => {
                let scan = import::scan_env_text(&forms.env_text);
                let stored = self.fingerprints();
                let preview = preview(scan, "pasted text".to_owned(), None, &stored);
                background.send(Msg::Keys(KeysMsg::ImportReady(Ok(preview))));
            }
            KeysCommand::ImportDroppedBytes { name, bytes } => {
                let stored = self.fingerprints();
                let result = import::scan_env_bytes(&bytes, &name)
                    .map(|scan| preview(scan, name.clone(), None, &stored))
                    .map_err(|e| e.to_string());
                background.send(Msg::Keys(KeysMsg::ImportReady(result)));
            }
            KeysCommand::ToggleImportRow(index) => {
                if let Some(row) = self.import.as_mut().and_then(|p| p.rows.get_mut(index)) {
                    row.selected = !row.selected;
                }
            }
            KeysCommand::CheckImportRow(index) => {
                let Some(preview) = self.import.as_mut() else {
                    return;
                };
                let hints = preview.hints.clone();
                let Some(row) = preview.rows.get_mut(index) else {
                    return;
                };
                row.checking = true;
                let key = KeyUnderCheck {
                    secret: row.found.secret.clone(),
                    source: format!("{}:{}", preview.origin, row.found.variable),
                    organization: hints.organization,
                    project: hints.project,
                };
                let variable = row.found.variable.clone();
                let checker = checker.clone();
                background.spawn(async move {
                    let report = checker.check(&key).await;
                    Msg::Keys(KeysMsg::ImportRowChecked {
                        variable,
                        report: Box::new(report),
                    })
                });
            }
            KeysCommand::StoreImport => self.store_import(background),
            KeysCommand::CancelImport => self.import = None,
            KeysCommand::Select(id) => self.selected = Some(id),
            KeysCommand::Check(id) => self.check(vec![id], background, checker, false),
            KeysCommand::CheckAll => {
                let ids: Vec<String> = self.entries.iter().map(|e| e.id.clone()).collect();
                self.check(ids, background, checker, true);
            }
            KeysCommand::CancelCheckAll => {
                if let Some(progress) = self.check_all.take() {
                    progress.handle.abort();
                    self.checking.clear();
                    self.notices.push(Notice::info(format!(
                        "Checking stopped after {} of {} keys.",
                        progress.done, progress.total
                    )));
                }
            }
            KeysCommand::CopyReport(_) | KeysCommand::CopyKey(_) | KeysCommand::Reveal(_) => {}
            KeysCommand::StartRename(id) => {
                let label = self
                    .entries
                    .iter()
                    .find(|e| e.id == id)
                    .map(|e| e.label.clone())
                    .unwrap_or_default();
                forms.rename = Some((id, label));
            }
            KeysCommand::SaveRename => {
                let (Some((id, label)), Some(vault)) = (forms.rename.take(), self.vault()) else {
                    return;
                };
                if label.trim().is_empty() {
                    return;
                }
                change_vault(background, vault, move |vault| {
                    let notice = vault
                        .rename(&id, &label)
                        .err()
                        .map(|e| Notice::warning(e.to_string()));
                    (notice, None)
                });
            }
            KeysCommand::CancelRename => forms.rename = None,
            KeysCommand::AskDelete(id) => self.confirm_delete = Some(id),
            KeysCommand::CancelDelete => self.confirm_delete = None,
            KeysCommand::ConfirmDelete => {
                let (Some(id), Some(vault)) = (self.confirm_delete.take(), self.vault()) else {
                    return;
                };
                self.reports.remove(&id);
                change_vault(background, vault, move |vault| {
                    let label = vault
                        .entry(&id)
                        .map(|e| e.label.clone())
                        .unwrap_or_default();
                    let notice = match vault.delete(&id) {
                        Ok(()) => Notice::info(format!(
                            "\"{label}\" was deleted, from the list and from {}.",
                            vault.store().place()
                        )),
                        Err(VaultError::Catalog(e)) => Notice::warning(e.to_string()),
                        Err(e) => Notice::problem(format!("\"{label}\" was not deleted: {e}")),
                    };
                    (Some(notice), None)
                });
            }
            KeysCommand::KeepForSession => {
                let vault = Vault::new(Arc::new(SessionStore::default()), Catalog::in_memory());
                self.install_vault(vault);
                self.notices.push(Notice::warning(
                    "Keys are kept for this session only: they are forgotten when Key Doctor closes.",
                ));
            }
            KeysCommand::ReportProblem(sentence) => self.notices.push(Notice::problem(sentence)),
            KeysCommand::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
    }

    fn add_pasted(&mut self, forms: &mut KeysForms, background: &Background) {
        let Some(vault) = self.vault() else { return };
        if forms.paste_key.trim().is_empty() {
            return;
        }
        // A key that cannot be a key is refused here, with the field kept for correcting it.
        let secret = match clean_key(&forms.paste_key) {
            Ok(cleaned) => cleaned.secret,
            Err(refused) => {
                self.notices.push(Notice::problem(refused.to_string()));
                return;
            }
        };
        forms.paste_key.zeroize();
        let label = std::mem::take(&mut forms.paste_label);
        change_vault(background, vault, move |vault| {
            let new_key = NewKey {
                secret,
                label,
                source: KeySource::pasted(),
                hints: KeyHints::default(),
            };
            let (notice, selected) = added(
                vault.add(new_key, OnUnsaved::KeepForSession),
                vault.store().place(),
            );
            (Some(notice), selected)
        });
    }

    fn store_import(&mut self, background: &Background) {
        let (Some(preview), Some(vault)) = (self.import.take(), self.vault()) else {
            return;
        };
        change_vault(background, vault, move |vault| {
            let mut stored = Vec::new();
            let mut problems = Vec::new();
            let mut selected = None;
            for row in preview.rows.into_iter().filter(|r| r.selected) {
                let new_key = NewKey {
                    secret: row.found.secret,
                    label: row.found.variable.clone(),
                    source: KeySource {
                        file: preview.file.as_ref().map(|p| p.display().to_string()),
                        variable: Some(row.found.variable.clone()),
                    },
                    hints: KeyHints {
                        organization: preview.hints.organization.clone(),
                        project: preview.hints.project.clone(),
                        base_url: preview.hints.base_url.clone(),
                    },
                };
                match vault.add(new_key, OnUnsaved::KeepForSession) {
                    Ok(added) => {
                        selected.get_or_insert(added.entry.id.clone());
                        stored.push(row.found.variable);
                        if let Some(e) = added.not_saved {
                            problems.push(e.to_string());
                        }
                    }
                    Err(e) => problems.push(format!("{}: {e}", row.found.variable)),
                }
            }
            let mut text = match stored.len() {
                0 => "No key was stored.".to_owned(),
                1 => format!(
                    "{} was stored in {}. The file was not changed.",
                    stored[0],
                    vault.store().place()
                ),
                n => format!(
                    "{n} keys ({}) were stored in {}. The file was not changed.",
                    stored.join(", "),
                    vault.store().place()
                ),
            };
            for problem in &problems {
                text.push(' ');
                text.push_str(problem);
            }
            let notice = if problems.is_empty() {
                Notice::info(text)
            } else {
                Notice::warning(text)
            };
            (Some(notice), selected)
        });
    }

    fn check(&mut self, ids: Vec<String>, background: &Background, checker: &Checker, all: bool) {
        let Some(vault) = self.vault() else { return };
        if ids.is_empty() {
            return;
        }
        self.checking.extend(ids.iter().cloned());
        let entries: Vec<CatalogEntry> = self
            .entries
            .iter()
            .filter(|e| ids.contains(&e.id))
            .cloned()
            .collect();
        let total = entries.len();
        let checker = checker.clone();
        let worker = background.clone();
        let handle = background.runtime.spawn(async move {
            // Secrets come out of the keychain on the blocking pool, all at once.
            let read = tokio::task::spawn_blocking(move || {
                let vault = lock(&vault);
                entries
                    .into_iter()
                    .map(|entry| (vault.secret(&entry.id), entry))
                    .collect::<Vec<_>>()
            })
            .await
            .unwrap_or_default();
            let mut keys = Vec::new();
            for (secret, entry) in read {
                match secret {
                    Ok(secret) => keys.push((
                        entry.id.clone(),
                        KeyUnderCheck {
                            secret,
                            source: entry.label.clone(),
                            organization: entry.hints.organization.clone(),
                            project: entry.hints.project.clone(),
                        },
                    )),
                    Err(e) => worker.send(Msg::Keys(KeysMsg::SecretMissing {
                        id: entry.id,
                        gone: e.is_missing_secret(),
                        sentence: e.to_string(),
                    })),
                }
            }
            let done = std::sync::atomic::AtomicUsize::new(total - keys.len());
            let ids: Vec<String> = keys.iter().map(|(id, _)| id.clone()).collect();
            let under_check: Vec<KeyUnderCheck> = keys.into_iter().map(|(_, k)| k).collect();
            checker
                .check_all(&under_check, |index, report| {
                    let finished = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    worker.send(Msg::Keys(KeysMsg::Checked {
                        id: ids[index].clone(),
                        report: Box::new(report.clone()),
                    }));
                    worker.send(Msg::Keys(KeysMsg::CheckAllProgress { done: finished }));
                })
                .await;
            worker.send(Msg::Keys(KeysMsg::CheckAllFinished));
        });
        if all {
            self.check_all = Some(CheckAllProgress {
                done: 0,
                total,
                handle,
            });
        }
    }

    /// Reads a secret for the clipboard or for showing it, on a worker.
    pub fn fetch_secret(&self, id: String, reveal: bool, background: &Background) {
        let Some(vault) = self.vault() else { return };
        background.spawn_blocking(move || {
            let vault = lock(&vault);
            match vault.secret(&id) {
                Ok(secret) if reveal => Msg::Keys(KeysMsg::SecretForReveal { id, secret }),
                Ok(secret) => Msg::Keys(KeysMsg::SecretForCopy(secret)),
                Err(e) => Msg::Keys(KeysMsg::SecretMissing {
                    id,
                    gone: e.is_missing_secret(),
                    sentence: e.to_string(),
                }),
            }
        });
    }
}

impl Default for KeysModel {
    fn default() -> Self {
        KeysModel::new()
    }
}

/// The notice for an added key and the entry to select.
fn added(result: Result<crate::vault::Added, VaultError>, place: &str) -> (Notice, Option<String>) {
    match result {
        Ok(added) => {
            let mut text = if added.restored {
                format!(
                    "\"{}\" was missing from {place}; the key was put back.",
                    added.entry.label
                )
            } else {
                format!(
                    "\"{}\" ({}) was stored in {place}.",
                    added.entry.label,
                    added.entry.kind.words()
                )
            };
            for note in &added.cleaned {
                text.push(' ');
                text.push_str(note);
            }
            if let Some(problem) = added.not_saved {
                text.push(' ');
                text.push_str(&problem.to_string());
                (Notice::warning(text), Some(added.entry.id))
            } else {
                (Notice::info(text), Some(added.entry.id))
            }
        }
        Err(error) => (
            Notice::problem(format!("The key was not stored: {error}")),
            None,
        ),
    }
}

/// An import preview: every key found, with whether it is already stored.
fn preview(
    scan: EnvScan,
    origin: String,
    file: Option<PathBuf>,
    stored: &[(String, String)],
) -> ImportPreview {
    let mut warnings = scan.warnings;
    if let Some(path) = &file
        && let Some(warning) = import::git_exposure(path)
    {
        warnings.push(warning);
    }
    if scan.keys.is_empty() {
        warnings.push("No OpenAI key was found in it. Keys start with sk-proj-, sk-svcacct-, sk-admin- or sk-.".to_owned());
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
            ImportRow {
                selected: already_stored.is_none(),
                already_stored,
                checking: false,
                report: None,
                found,
            }
        })
        .collect();
    ImportPreview {
        origin,
        file,
        rows,
        hints: scan.hints,
        warnings,
    }
}
