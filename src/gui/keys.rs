//! The Keys page: the vault, the list, checks, the import preview, the forms, and the work each
//! command starts in the background. `views::keys` draws it and returns `KeysCommand`s; what
//! only the window can do goes back to the app as `Effect`s.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use secrecy::SecretString;
use secrecy::zeroize::Zeroize;

use super::background::Background;
use super::effect::{Effect, FileRequest, Notice};
use crate::checks::{CheckReport, Checker, KeyUnderCheck};
use crate::import::{self, EnvScan, FoundKey, Hints, ImportError};
use crate::vault::{
    Catalog, CatalogEntry, CheckRecord, KeyHints, KeySource, NewKey, OnUnsaved, SessionStore,
    StoreError, Vault, VaultError, VaultWorker, clean_key,
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

pub enum VaultStatus {
    Opening,
    /// The vault, owned by its worker.
    Open(VaultWorker),
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
    /// Words to find a key by, once the list is long.
    pub search: String,
    /// Show only the keys whose last verdict was not "works".
    pub needs_attention_only: bool,
    /// "Add a key" was pressed: bring the form into view and put the cursor in it.
    pub go_to_add_form: bool,
}

impl KeysMsg {
    /// A secret that could not be read: gone from the keychain, or not readable now.
    pub fn missing(id: String, error: &VaultError) -> KeysMsg {
        KeysMsg::SecretMissing {
            id,
            gone: error.is_missing_secret(),
            sentence: error.to_string(),
        }
    }
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

pub struct KeysPage {
    background: Background<KeysMsg>,
    pub forms: KeysForms,
    pub vault: VaultStatus,
    pub entries: Vec<CatalogEntry>,
    pub selected: Option<String>,
    pub reports: HashMap<String, CheckReport>,
    pub checking: HashSet<String>,
    pub check_all: Option<CheckAllProgress>,
    /// Entries whose secret the keychain no longer holds.
    pub missing_secrets: HashSet<String>,
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
    ImportDroppedBytes {
        name: String,
        bytes: Vec<u8>,
    },
    ToggleImportRow(usize),
    CheckImportRow(usize),
    StoreImport,
    CancelImport,
    Select(String),
    Check(String),
    CheckAll,
    CancelCheckAll,
    CopyReport(String),
    /// The "For a developer" lines of a key's last check, for the clipboard.
    CopyDeveloperFacts(String),
    CopyKey(String),
    Reveal(String),
    StartRename(String),
    SaveRename,
    CancelRename,
    AskDelete(String),
    ConfirmDelete,
    CancelDelete,
    KeepForSession,
    ShowEnvText,
    HideEnvText,
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

impl KeysPage {
    pub fn new(background: Background<KeysMsg>) -> Self {
        KeysPage {
            background,
            forms: KeysForms::default(),
            vault: VaultStatus::Opening,
            entries: Vec::new(),
            selected: None,
            reports: HashMap::new(),
            checking: HashSet::new(),
            check_all: None,
            missing_secrets: HashSet::new(),
            import: None,
            confirm_delete: None,
            revealed: None,
            dialog_gave_nothing: false,
        }
    }

    pub fn open(&self, opener: VaultOpener) {
        self.background
            .spawn_blocking(move || KeysMsg::VaultOpened(opener()));
    }

    pub fn vault(&self) -> Option<&VaultWorker> {
        match &self.vault {
            VaultStatus::Open(worker) => Some(worker),
            _ => None,
        }
    }

    /// Changes the vault on its worker, in order with every other change, then shows the new
    /// list with a sentence about what happened and, optionally, the entry to select.
    fn change_vault(
        &self,
        change: impl FnOnce(&mut Vault) -> (Option<Notice>, Option<String>) + Send + 'static,
    ) {
        let Some(worker) = self.vault() else { return };
        let background = self.background.clone();
        worker.apply(change, move |(notice, selected), entries| {
            background.send(KeysMsg::VaultUpdated {
                entries,
                notice,
                selected,
            })
        });
    }

    /// Reads the list again: another window or `key-doctor import` may have changed it.
    pub fn reload(&self) {
        self.change_vault(|vault| {
            let notice = vault.reload().err().map(|e| Notice::warning(e.to_string()));
            (notice, None)
        });
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

    /// A message from background work; returns what the window should do about it.
    pub fn handle(&mut self, msg: KeysMsg) -> Vec<Effect> {
        match msg {
            KeysMsg::VaultOpened(opening) => return self.vault_opened(opening),
            KeysMsg::VaultUpdated {
                entries,
                notice,
                selected,
            } => {
                self.show_entries(entries, selected);
                return notice.map(Effect::Notice).into_iter().collect();
            }
            KeysMsg::FilePicked(Some(path)) => {
                self.dialog_gave_nothing = false;
                self.scan_file(path);
            }
            KeysMsg::FilePicked(None) => self.dialog_gave_nothing = true,
            KeysMsg::ImportReady(Ok(preview)) => {
                self.forms.env_text.zeroize();
                self.forms.show_env_text = false;
                self.import = Some(preview);
            }
            KeysMsg::ImportReady(Err(sentence)) => return notice(Notice::problem(sentence)),
            KeysMsg::Checked { id, report } => self.checked(id, *report),
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
                    return notice(Notice::problem(sentence));
                }
            }
            KeysMsg::SecretForCopy(secret) => {
                return vec![
                    Effect::CopySecret(secret),
                    Effect::Notice(Notice::info(
                        "The full key was copied to the clipboard. Paste it only where it belongs.",
                    )),
                ];
            }
            KeysMsg::SecretForReveal { id, secret } => {
                self.revealed = Some(Revealed {
                    id,
                    secret,
                    until: Instant::now() + REVEAL_FOR,
                });
                return vec![Effect::RepaintAfter(REVEAL_FOR)];
            }
        }
        Vec::new()
    }

    fn vault_opened(&mut self, opening: VaultOpening) -> Vec<Effect> {
        let effects = opening
            .notes
            .into_iter()
            .map(|note| Effect::Notice(Notice::warning(note)))
            .collect();
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
        effects
    }

    /// The list as the vault has it now; the selection follows if its entry is gone.
    fn show_entries(&mut self, entries: Vec<CatalogEntry>, selected: Option<String>) {
        self.entries = entries;
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

    /// A check finished: show it and remember its verdict (never the key).
    fn checked(&mut self, id: String, report: CheckReport) {
        self.checking.remove(&id);
        self.missing_secrets.remove(&id);
        let record = CheckRecord {
            at: jiff::Timestamp::now(),
            code: report.verdict.code.as_str().to_owned(),
            summary: report.verdict.summary.clone(),
        };
        let recorded = id.clone();
        self.change_vault(move |vault| {
            let notice = vault
                .record_check(&recorded, record)
                .err()
                .map(|e| Notice::warning(e.to_string()));
            (notice, None)
        });
        self.reports.insert(id, report);
    }

    fn install_vault(&mut self, vault: Vault) {
        self.entries = vault.entries().to_vec();
        self.selected = self.entries.first().map(|e| e.id.clone());
        self.vault = VaultStatus::Open(VaultWorker::start(vault));
    }

    fn scan_file(&self, path: PathBuf) {
        let stored = self.fingerprints();
        self.background.spawn_blocking(move || {
            let origin = path.display().to_string();
            let result = import::read_env_file(&path)
                .map(|scan| preview(scan, origin, Some(path.clone()), &stored))
                .map_err(|e: ImportError| e.to_string());
            KeysMsg::ImportReady(result)
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

    /// Starts what a command asks; returns what only the window can do.
    pub fn execute(&mut self, command: KeysCommand, checker: &Checker) -> Vec<Effect> {
        match command {
            KeysCommand::AddPasted => return self.add_pasted(),
            KeysCommand::ChooseEnvFile => return vec![Effect::PickFile(FileRequest::EnvFile)],
            KeysCommand::ImportFile(path) => self.scan_file(path),
            KeysCommand::ImportText => {
                let scan = import::scan_env_text(&self.forms.env_text);
                let preview = preview(scan, "pasted text".to_owned(), None, &self.fingerprints());
                self.background.send(KeysMsg::ImportReady(Ok(preview)));
            }
            KeysCommand::ImportDroppedBytes { name, bytes } => {
                let stored = self.fingerprints();
                let result = import::scan_env_bytes(&bytes, &name)
                    .map(|scan| preview(scan, name.clone(), None, &stored))
                    .map_err(|e| e.to_string());
                self.background.send(KeysMsg::ImportReady(result));
            }
            KeysCommand::ToggleImportRow(index) => {
                if let Some(row) = self.import.as_mut().and_then(|p| p.rows.get_mut(index)) {
                    row.selected = !row.selected;
                }
            }
            KeysCommand::CheckImportRow(index) => self.check_import_row(index, checker),
            KeysCommand::StoreImport => self.store_import(),
            KeysCommand::CancelImport => self.import = None,
            KeysCommand::Select(id) => self.selected = Some(id),
            KeysCommand::Check(id) => self.check(vec![id], checker, false),
            KeysCommand::CheckAll => {
                let ids: Vec<String> = self.entries.iter().map(|e| e.id.clone()).collect();
                self.check(ids, checker, true);
            }
            KeysCommand::CancelCheckAll => return self.cancel_check_all(),
            KeysCommand::CopyReport(id) => return self.copy_report(&id),
            KeysCommand::CopyDeveloperFacts(id) => {
                let Some(report) = self.reports.get(&id) else {
                    return Vec::new();
                };
                let lines: Vec<String> = developer_facts(report)
                    .into_iter()
                    .map(|(name, value)| format!("{name}: {value}"))
                    .collect();
                return vec![
                    Effect::CopyText(lines.join("\n")),
                    Effect::Notice(Notice::info("The developer's details were copied.")),
                ];
            }
            KeysCommand::CopyKey(id) => self.fetch_secret(id, false),
            KeysCommand::Reveal(id) => self.fetch_secret(id, true),
            KeysCommand::StartRename(id) => self.start_rename(id),
            KeysCommand::SaveRename => self.save_rename(),
            KeysCommand::CancelRename => self.forms.rename = None,
            KeysCommand::AskDelete(id) => self.confirm_delete = Some(id),
            KeysCommand::CancelDelete => self.confirm_delete = None,
            KeysCommand::ConfirmDelete => self.delete_confirmed(),
            KeysCommand::KeepForSession => {
                let vault = Vault::new(Arc::new(SessionStore::default()), Catalog::in_memory());
                self.install_vault(vault);
                return notice(Notice::warning(
                    "Keys are kept for this session only: they are forgotten when Key Doctor closes.",
                ));
            }
            KeysCommand::ShowEnvText => self.forms.show_env_text = true,
            KeysCommand::HideEnvText => self.forms.show_env_text = false,
            KeysCommand::ReportProblem(sentence) => return notice(Notice::problem(sentence)),
        }
        Vec::new()
    }

    fn check_import_row(&mut self, index: usize, checker: &Checker) {
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
        self.background.spawn(async move {
            let report = checker.check(&key).await;
            KeysMsg::ImportRowChecked {
                variable,
                report: Box::new(report),
            }
        });
    }

    fn cancel_check_all(&mut self) -> Vec<Effect> {
        let Some(progress) = self.check_all.take() else {
            return Vec::new();
        };
        progress.handle.abort();
        self.checking.clear();
        notice(Notice::info(format!(
            "Checking stopped after {} of {} keys.",
            progress.done, progress.total
        )))
    }

    /// The report as text for whoever helps: built from redacted parts only.
    fn copy_report(&self, id: &str) -> Vec<Effect> {
        let Some(report) = self.reports.get(id) else {
            return Vec::new();
        };
        let now = jiff::Timestamp::now()
            .strftime("%Y-%m-%d %H:%M UTC")
            .to_string();
        vec![
            Effect::CopyText(report.to_text(&now)),
            Effect::Notice(Notice::info(
                "The report was copied. It shows the key only redacted, so you can send it to whoever helps you.",
            )),
        ]
    }

    fn start_rename(&mut self, id: String) {
        let label = self
            .entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.label.clone())
            .unwrap_or_default();
        self.forms.rename = Some((id, label));
    }

    fn save_rename(&mut self) {
        let Some((id, label)) = self.forms.rename.take() else {
            return;
        };
        if label.trim().is_empty() {
            return;
        }
        self.change_vault(move |vault| {
            let notice = vault
                .rename(&id, &label)
                .err()
                .map(|e| Notice::warning(e.to_string()));
            (notice, None)
        });
    }

    fn delete_confirmed(&mut self) {
        let Some(id) = self.confirm_delete.take() else {
            return;
        };
        self.reports.remove(&id);
        self.change_vault(move |vault| {
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

    fn add_pasted(&mut self) -> Vec<Effect> {
        if self.vault().is_none() || self.forms.paste_key.trim().is_empty() {
            return Vec::new();
        }
        // A key that cannot be a key is refused here, with the field kept for correcting it.
        // The vault cleans it again and says what it removed.
        if let Err(refused) = clean_key(&self.forms.paste_key) {
            return notice(Notice::problem(refused.to_string()));
        }
        let secret = SecretString::from(std::mem::take(&mut self.forms.paste_key));
        let label = std::mem::take(&mut self.forms.paste_label);
        self.change_vault(move |vault| {
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
        Vec::new()
    }

    fn store_import(&mut self) {
        let Some(preview) = self.import.take() else {
            return;
        };
        self.change_vault(move |vault| store_rows(vault, preview));
    }

    fn check(&mut self, ids: Vec<String>, checker: &Checker, all: bool) {
        let Some(worker) = self.vault().cloned() else {
            return;
        };
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
        let background = self.background.clone();
        let handle = self.background.runtime.spawn(async move {
            // Secrets come out of the keychain on the vault's worker, all at once, in turn
            // with every other change.
            let (sender, secrets) = tokio::sync::oneshot::channel();
            worker.apply(
                move |vault| {
                    entries
                        .into_iter()
                        .map(|entry| (vault.secret(&entry.id), entry))
                        .collect::<Vec<_>>()
                },
                move |read, _| {
                    let _ = sender.send(read);
                },
            );
            let read = secrets.await.unwrap_or_default();
            let keys = keys_to_check(read, &background);
            let done = std::sync::atomic::AtomicUsize::new(total - keys.len());
            let ids: Vec<String> = keys.iter().map(|(id, _)| id.clone()).collect();
            let under_check: Vec<KeyUnderCheck> = keys.into_iter().map(|(_, k)| k).collect();
            checker
                .check_all(&under_check, |index, report| {
                    let finished = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    background.send(KeysMsg::Checked {
                        id: ids[index].clone(),
                        report: Box::new(report.clone()),
                    });
                    background.send(KeysMsg::CheckAllProgress { done: finished });
                })
                .await;
            background.send(KeysMsg::CheckAllFinished);
        });
        if all {
            self.check_all = Some(CheckAllProgress {
                done: 0,
                total,
                handle,
            });
        }
    }

    /// Reads a secret for the clipboard or for showing it, on the vault's worker.
    fn fetch_secret(&self, id: String, reveal: bool) {
        let Some(worker) = self.vault() else { return };
        let background = self.background.clone();
        worker.read_secret(id, move |id, read| {
            background.send(match read {
                Ok(secret) if reveal => KeysMsg::SecretForReveal { id, secret },
                Ok(secret) => KeysMsg::SecretForCopy(secret),
                Err(e) => KeysMsg::missing(id, &e),
            })
        });
    }
}

/// What a developer needs to dig further, as (name, value): codes, scopes, OpenAI's own words,
/// request ids, timing. Everything here came through the redaction gate.
pub fn developer_facts(report: &CheckReport) -> Vec<(&'static str, String)> {
    let details = &report.verdict.details;
    let mut facts = vec![("Verdict code", report.verdict.code.as_str().to_owned())];
    if let Some(status) = details.http_status {
        facts.push(("HTTP status", status.to_string()));
    }
    if let Some(sub_code) = &details.sub_code {
        facts.push(("OpenAI code", sub_code.clone()));
    }
    if !details.missing_scopes.is_empty() {
        facts.push(("Missing scopes", details.missing_scopes.join(", ")));
    }
    if let Some(message) = &details.openai_message {
        facts.push(("OpenAI said", message.clone()));
    }
    if !details.request_ids.is_empty() {
        facts.push(("Request ids", details.request_ids.join(", ")));
    }
    facts.push(("Checked in", format!("{} ms", report.elapsed_ms)));
    facts
}

fn notice(notice: Notice) -> Vec<Effect> {
    vec![Effect::Notice(notice)]
}

/// The keys whose secrets could be read, ready to check; a missing one is said at once.
fn keys_to_check(
    read: Vec<(Result<SecretString, VaultError>, CatalogEntry)>,
    background: &Background<KeysMsg>,
) -> Vec<(String, KeyUnderCheck)> {
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
            Err(e) => background.send(KeysMsg::missing(entry.id, &e)),
        }
    }
    keys
}

/// Stores the ticked rows of an import; the sentence says what was stored and what was not.
fn store_rows(vault: &mut Vault, preview: ImportPreview) -> (Option<Notice>, Option<String>) {
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
    let place = vault.store().place();
    let mut text = match stored.len() {
        0 => "No key was stored.".to_owned(),
        1 => format!(
            "{} was stored in {place}. The file was not changed.",
            stored[0]
        ),
        n => format!(
            "{n} keys ({}) were stored in {place}. The file was not changed.",
            stored.join(", ")
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
