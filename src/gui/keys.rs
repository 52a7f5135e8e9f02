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
use super::effect::{Effect, FileRequest, Notice, NoticeAction};
pub use super::import_preview::{ImportOrigin, ImportPreview, ImportRow};
use super::import_preview::{preview, store_rows};
use crate::checks::{CheckReport, Checker, KeyUnderCheck};
use crate::clock::Clock;
use crate::import::{self, ImportError};
use crate::org::{HeldCheck, RecentFacts, Refiner};
use crate::providers::{Detected, ProviderId};
use crate::tr;
use crate::vault::{
    Catalog, CatalogEntry, CheckRecord, KeyHints, KeyInputError, KeyKind, KeySource, NewKey,
    OnUnsaved, SessionStore, StoreError, Vault, VaultError, VaultWorker, clean_key,
};

/// How long things take on the Keys page; tests shorten them.
#[derive(Debug, Clone, Copy)]
pub struct KeysTimings {
    /// How long a revealed key stays visible.
    pub reveal_for: Duration,
    /// How long a delete can be undone before the keychain entry goes.
    pub undo_delete_for: Duration,
    /// After the fix page was opened: how often the key is checked again, quietly...
    pub recheck_every: Duration,
    /// ...and for how long.
    pub recheck_for: Duration,
}

impl Default for KeysTimings {
    fn default() -> Self {
        KeysTimings {
            reveal_for: Duration::from_secs(10),
            undo_delete_for: Duration::from_secs(10),
            recheck_every: Duration::from_secs(20),
            recheck_for: Duration::from_secs(600),
        }
    }
}

/// The notice topic of a file or text that could not be read for an import.
const IMPORT_TOPIC: &str = "import";

/// The notice topic of the undo offer after a delete.
const UNDO_TOPIC: &str = "undo-delete";

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
    /// No keychain, and the person has not chosen "this session only" yet. The view says it
    /// plainly and folds the keychain's own words under "Technical details".
    KeychainUnavailable {
        error: StoreError,
    },
}

/// Where keys are kept, for the sentences that say so: the id a message selects its words by.
pub fn place_id(persistent: bool) -> &'static str {
    if persistent { "keychain" } else { "session" }
}

/// Why the key typed into the add form was not stored; the words are made where it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum AddProblem {
    /// Words, or anything else not shaped like an OpenAI key.
    NotAKey,
    /// Shaped like a key, with a character a key never has.
    Refused(KeyInputError),
    /// The vault could not store it (a locked keychain, a list that could not be saved).
    NotStored(VaultError),
    /// An Azure OpenAI key without its resource's endpoint, which it only works with.
    EndpointNeeded,
    /// The endpoint typed cannot be used; the words say why.
    EndpointRefused(String),
}

impl AddProblem {
    pub fn sentence(&self) -> String {
        match self {
            AddProblem::NotAKey => tr!("keys-not-a-key"),
            AddProblem::Refused(refused) => refused.to_string(),
            AddProblem::NotStored(error) => tr!("keys-not-stored", reason = error.to_string()),
            AddProblem::EndpointNeeded => tr!("keys-endpoint-needed"),
            AddProblem::EndpointRefused(problem) => {
                tr!("keys-endpoint-refused", problem = problem.as_str())
            }
        }
    }

    /// True when the endpoint field is what needs correcting (the sentence goes under it).
    pub fn is_about_the_endpoint(&self) -> bool {
        matches!(
            self,
            AddProblem::EndpointNeeded | AddProblem::EndpointRefused(_)
        )
    }
}

/// The provider and kind a key is stored as: the one the person chose among those it fits, else
/// the likeliest; `None` when it fits none.
pub fn provider_for(secret: &str, chosen: Option<ProviderId>) -> Option<Detected> {
    chosen_in(&crate::providers::detect(secret, None), chosen)
}

/// The provider the person chose among those a detection found, else the likeliest.
pub fn chosen_in(
    detection: &crate::providers::Detection,
    chosen: Option<ProviderId>,
) -> Option<Detected> {
    chosen
        .and_then(|provider| detection.for_provider(provider))
        .or_else(|| detection.best())
}

/// The typed key as Add stores it (surrounding quotes, invisible characters and a leading
/// `Bearer ` removed), or the trimmed text when it cannot be cleaned: the form tells the key's
/// provider from what will be stored, not from what was pasted.
pub fn key_as_stored(typed: &str) -> SecretString {
    clean_key(typed.trim()).map_or_else(
        |_| SecretString::from(typed.trim().to_owned()),
        |cleaned| cleaned.secret,
    )
}

/// An Azure OpenAI resource's endpoint as typed: an address Key Doctor may send a key to.
pub fn endpoint_of(typed: &str) -> Result<String, AddProblem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(AddProblem::EndpointNeeded);
    }
    crate::openai::validate_base_url(typed)
        .map(|url| url.as_str().trim_end_matches('/').to_owned())
        .map_err(|problem| AddProblem::EndpointRefused(problem.to_string()))
}

/// Text the person is typing. Fields that may hold a key are zeroed when the key was stored,
/// when their form closes, and when the forms are dropped.
#[derive(Default)]
pub struct KeysForms {
    pub paste_key: String,
    pub paste_label: String,
    /// The provider chosen for a key that fits several ("Which service is this key for?").
    pub add_provider: Option<ProviderId>,
    /// The endpoint of an Azure OpenAI key being added.
    pub paste_endpoint: String,
    /// Why the typed key was not stored; the fields keep what was typed.
    pub add_problem: Option<AddProblem>,
    /// The typed key is being stored: the form waits.
    pub adding: bool,
    pub env_text: String,
    pub show_env_text: bool,
    /// The path typed when no file dialog could be shown, and whether its field is open.
    pub env_path: String,
    pub show_path_field: bool,
    pub rename: Option<(String, String)>,
    /// A field just opened and should take the keyboard (rename, path, pasted text).
    pub focus_pending: bool,
    /// Words to find a key by, once the list is long.
    pub search: String,
    /// Show only this provider's keys (`None`: every provider's).
    pub provider_filter: Option<ProviderId>,
    /// The endpoint typed for the Azure OpenAI keys of an import whose file names none, and why
    /// it could not be used.
    pub import_endpoint: String,
    pub import_endpoint_problem: Option<AddProblem>,
    /// Show only the keys whose last verdict was not "works".
    pub needs_attention_only: bool,
    /// "Add a key" was pressed: bring the form into view and put the cursor in it.
    pub go_to_add_form: bool,
    /// The key field was emptied: its earlier text must not stay in egui's undo history.
    pub forget_typing: bool,
}

impl KeysForms {
    /// Empties the add form, zeroing the key typed.
    pub fn clear_add_form(&mut self) {
        self.paste_key.zeroize();
        self.paste_label.clear();
        self.paste_endpoint.clear();
        self.add_provider = None;
        self.add_problem = None;
        self.forget_typing = true;
    }

    pub fn close_env_text(&mut self) {
        self.env_text.zeroize();
        self.show_env_text = false;
        self.forget_typing = true;
    }
}

impl Drop for KeysForms {
    fn drop(&mut self) {
        self.paste_key.zeroize();
        self.env_text.zeroize();
    }
}

/// What one change of the vault did, for the page to show.
#[derive(Default)]
pub struct VaultChange {
    pub notice: Option<Notice>,
    /// The entry to select.
    pub selected: Option<String>,
    /// The add form's key: stored (clear the form) or not (keep it, and say why).
    pub added: Option<Result<(), AddProblem>>,
    /// Checks made before the keys were stored (an import preview), by entry id.
    pub checked: Vec<(String, CheckReport)>,
}

impl VaultChange {
    fn notice(notice: Option<Notice>) -> Self {
        VaultChange {
            notice,
            ..VaultChange::default()
        }
    }
}

/// A deleted key that can still be brought back: its keychain entry goes when `until` passes.
pub struct PendingDelete {
    pub entry: CatalogEntry,
    pub report: Option<CheckReport>,
    pub until: Instant,
}

/// After the fix page was opened for a key: it is checked again quietly until it works.
pub struct FixLoop {
    pub id: String,
    pub started: Instant,
    pub next_check: Instant,
    /// The person said they changed it ("I've changed it — check again")...
    pub asked_again: bool,
    /// ...and a check after that still failed.
    pub changed: bool,
    /// Checks made since the fix page was opened.
    pub checks: u32,
    /// The loop gave up after `recheck_for`: the person is asked to check when done.
    pub gave_up: bool,
}

/// What Check all found.
pub struct CheckAllSummary {
    pub total: usize,
    pub need_attention: usize,
}

impl KeysMsg {
    /// A secret that could not be read: gone from the keychain, or not readable now.
    pub fn missing(id: String, error: &VaultError) -> KeysMsg {
        KeysMsg::SecretMissing {
            id,
            error: error.clone(),
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

impl Revealed {
    /// Whole seconds left, counted up, for the Hide button's countdown.
    pub fn seconds_left(&self, now: Instant) -> u64 {
        self.until.saturating_duration_since(now).as_secs() + 1
    }
}

pub struct KeysPage {
    background: Background<KeysMsg>,
    /// The organization as the Admin key last read it, for the causes of failing checks.
    recent_organization: RecentFacts,
    pub forms: KeysForms,
    pub vault: VaultStatus,
    pub entries: Vec<CatalogEntry>,
    pub selected: Option<String>,
    pub reports: HashMap<String, CheckReport>,
    pub checking: HashSet<String>,
    pub check_all: Option<CheckAllProgress>,
    /// Entries whose secret the keychain no longer holds.
    pub missing_secrets: HashSet<String>,
    /// Entries whose secret could not be read in the last check (a locked keychain).
    pub unread: HashSet<String>,
    /// When each key was last checked in this session (quiet re-checks included, which the
    /// history leaves out when nothing changed).
    last_checked: HashMap<String, jiff::Timestamp>,
    pub import: Option<ImportPreview>,
    pub confirm_delete: Option<String>,
    pub revealed: Option<Revealed>,
    pub pending_delete: Option<PendingDelete>,
    pub fix_loop: Option<FixLoop>,
    /// The key that the fix loop saw working: its verdict says so plainly.
    pub works_now: Option<String>,
    pub check_all_summary: Option<CheckAllSummary>,
    /// Counts import previews (see `ImportPreview::generation`).
    import_generation: u64,
    clock: Clock,
    pub timings: KeysTimings,
}

#[derive(Debug, Clone, PartialEq)]
pub enum KeysCommand {
    AddPasted,
    /// Esc in the add form: empty it.
    ClearAddForm,
    ChooseEnvFile,
    ImportFile(PathBuf),
    /// The path typed in the field shown when no file dialog opened.
    ImportTypedPath,
    ClosePathField,
    ImportText,
    ImportDroppedBytes {
        name: String,
        bytes: Vec<u8>,
    },
    ToggleImportRow(usize),
    /// A key of the import that fits several providers is this one's.
    ChooseImportProvider {
        index: usize,
        provider: ProviderId,
    },
    CheckImportRow(usize),
    CheckEveryImportRow,
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
    Hide,
    StartRename(String),
    SaveRename,
    CancelRename,
    AskDelete(String),
    ConfirmDelete,
    CancelDelete,
    UndoDelete,
    /// The fix button under a verdict: open its page and start checking again quietly.
    OpenFix {
        id: String,
        url: String,
    },
    /// "I've changed it — check again".
    CheckAgain(String),
    /// After Check all: show every key again, not only those that need attention.
    ShowAllKeys,
    /// The organization or project found with the key is not the key's: stop sending them, and
    /// check again.
    ForgetOrganization(String),
    KeepForSession,
    ShowEnvText,
    HideEnvText,
    ReportProblem(String),
}

pub enum KeysMsg {
    VaultOpened(VaultOpening),
    VaultUpdated {
        entries: Vec<CatalogEntry>,
        change: VaultChange,
    },
    FilePicked(Option<PathBuf>),
    ImportReady(Result<ImportPreview, ImportError>),
    Checked {
        id: String,
        report: Box<CheckReport>,
    },
    /// The organization's cause for a failing check already shown: the report in its place,
    /// nothing recorded again.
    Refined {
        id: String,
        report: Box<CheckReport>,
    },
    /// A key was checked because its fix page was opened; nothing shows unless it changed.
    Rechecked {
        id: String,
        report: Box<CheckReport>,
    },
    ImportRowChecked {
        generation: u64,
        variable: String,
        report: Box<CheckReport>,
    },
    CheckAllProgress {
        done: usize,
    },
    CheckAllFinished,
    /// The keychain no longer holds the key, or could not give it now.
    SecretMissing {
        id: String,
        error: VaultError,
    },
    SecretForCopy(SecretString),
    SecretForReveal {
        id: String,
        secret: SecretString,
    },
}

impl KeysPage {
    pub fn new(background: Background<KeysMsg>, clock: Clock, timings: KeysTimings) -> Self {
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
            unread: HashSet::new(),
            last_checked: HashMap::new(),
            import: None,
            confirm_delete: None,
            revealed: None,
            pending_delete: None,
            fix_loop: None,
            works_now: None,
            check_all_summary: None,
            recent_organization: RecentFacts::default(),
            import_generation: 0,
            clock,
            timings,
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
    fn change_vault(&self, change: impl FnOnce(&mut Vault) -> VaultChange + Send + 'static) {
        let Some(worker) = self.vault() else { return };
        let background = self.background.clone();
        worker.apply(change, move |change, entries| {
            background.send(KeysMsg::VaultUpdated { entries, change })
        });
    }

    /// Reads the list again: another window or `key-doctor import` may have changed it.
    pub fn reload(&self) {
        self.change_vault(|vault| {
            VaultChange::notice(vault.reload().err().map(|e| Notice::warning(e.to_string())))
        });
    }

    pub fn selected_entry(&self) -> Option<&CatalogEntry> {
        let id = self.selected.as_deref()?;
        self.listed().find(|e| e.id == id)
    }

    /// The keys shown: all but one deleted a moment ago (which can still be brought back).
    pub fn listed(&self) -> impl Iterator<Item = &CatalogEntry> {
        let hidden = self.pending_delete.as_ref().map(|p| p.entry.id.as_str());
        self.entries
            .iter()
            .filter(move |e| Some(e.id.as_str()) != hidden)
    }

    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }

    /// When the key was last checked: in this session, or as its history says.
    pub fn last_checked(&self, entry: &CatalogEntry) -> Option<jiff::Timestamp> {
        let recorded = entry.history.last().map(|record| record.at);
        self.last_checked.get(&entry.id).copied().max(recorded)
    }

    /// Time passes: a revealed key is hidden, a delete that was not undone is done, and the key
    /// whose fix page was opened is checked again. Returns when something is due next, for a
    /// repaint then.
    pub fn tick(&mut self, now: Instant, checker: &Checker) -> (Vec<Effect>, Option<Duration>) {
        let mut effects = Vec::new();
        let mut due = Vec::new();
        if let Some(revealed) = &self.revealed {
            if now >= revealed.until {
                self.revealed = None;
            } else {
                // The countdown on the Hide button changes every second.
                due.push(Duration::from_millis(250));
            }
        }
        if let Some(pending) = &self.pending_delete {
            if now >= pending.until {
                effects.extend(self.commit_delete());
            } else {
                due.push(pending.until - now);
            }
        }
        due.extend(self.tick_fix_loop(now, checker));
        (effects, due.into_iter().min())
    }

    /// Quietly checks the key whose fix page was opened, every `recheck_every`, until it works
    /// or `recheck_for` has passed, while it stays the selected key.
    fn tick_fix_loop(&mut self, now: Instant, checker: &Checker) -> Option<Duration> {
        let fix = self.fix_loop.as_ref()?;
        if fix.gave_up {
            return None;
        }
        if self.selected.as_deref() != Some(fix.id.as_str()) {
            self.fix_loop = None;
            return None;
        }
        if now.saturating_duration_since(fix.started) >= self.timings.recheck_for {
            if let Some(fix) = self.fix_loop.as_mut() {
                fix.gave_up = true;
            }
            return None;
        }
        if self.checking.contains(&fix.id) {
            return Some(self.timings.recheck_every);
        }
        if now < fix.next_check {
            return Some(fix.next_check - now);
        }
        let id = fix.id.clone();
        if let Some(fix) = self.fix_loop.as_mut() {
            fix.next_check = now + self.timings.recheck_every;
            fix.checks += 1;
        }
        self.check(vec![id], checker, CheckKind::Quiet);
        Some(self.timings.recheck_every)
    }

    /// A message from background work; returns what the window should do about it.
    pub fn handle(&mut self, msg: KeysMsg) -> Vec<Effect> {
        match msg {
            KeysMsg::VaultOpened(opening) => return self.vault_opened(opening),
            KeysMsg::VaultUpdated { entries, change } => {
                return self.vault_updated(entries, change);
            }
            KeysMsg::FilePicked(Some(path)) => {
                self.forms.show_path_field = false;
                self.scan_file(path);
            }
            KeysMsg::FilePicked(None) => {
                // Cancelled, or no file dialog on this computer: offer the other ways in.
                self.forms.show_path_field = true;
                self.forms.focus_pending = true;
            }
            KeysMsg::ImportReady(ready) => return self.import_ready(ready),
            KeysMsg::Checked { id, report } => return self.checked(id, *report, false),
            KeysMsg::Rechecked { id, report } => return self.checked(id, *report, true),
            KeysMsg::Refined { id, report } => {
                // Unless the key was checked again meanwhile with another outcome.
                if let Some(shown) = self.reports.get_mut(&id)
                    && shown.verdict.code == report.verdict.code
                {
                    *shown = *report;
                }
            }
            KeysMsg::ImportRowChecked {
                generation,
                variable,
                report,
            } => {
                let at = self.clock.now();
                if let Some(row) = self
                    .import
                    .as_mut()
                    .filter(|preview| preview.generation == generation)
                    .and_then(|preview| {
                        preview
                            .rows
                            .iter_mut()
                            .find(|r| r.found.variable == variable)
                    })
                {
                    row.checked(*report, at);
                }
            }
            KeysMsg::CheckAllProgress { done } => {
                if let Some(progress) = &mut self.check_all {
                    progress.done = done;
                }
            }
            KeysMsg::CheckAllFinished => return self.check_all_finished(),
            KeysMsg::SecretMissing { id, error } => {
                self.checking.remove(&id);
                if error.is_missing_secret() {
                    self.missing_secrets.insert(id);
                } else {
                    self.unread.insert(id);
                    return notice(Notice::problem(error.to_string()));
                }
            }
            KeysMsg::SecretForCopy(secret) => {
                return vec![
                    Effect::CopySecret(secret),
                    Effect::Notice(Notice::info(tr!("keys-full-key-copied"))),
                ];
            }
            KeysMsg::SecretForReveal { id, secret } => {
                self.revealed = Some(Revealed {
                    id,
                    secret,
                    until: Instant::now() + self.timings.reveal_for,
                });
                return vec![Effect::RepaintAfter(Duration::from_millis(250))];
            }
        }
        Vec::new()
    }

    /// A file or text was read for an import: its preview, or one problem notice at a time (the
    /// newest) until a file reads.
    fn import_ready(&mut self, ready: Result<ImportPreview, ImportError>) -> Vec<Effect> {
        match ready {
            Ok(mut preview) => {
                self.import_generation += 1;
                preview.generation = self.import_generation;
                self.forms.close_env_text();
                self.forms.show_path_field = false;
                self.forms.env_path.clear();
                self.import = Some(preview);
                vec![Effect::Solved(IMPORT_TOPIC.to_owned())]
            }
            Err(error) => notice(Notice::problem(error.to_string()).about(IMPORT_TOPIC)),
        }
    }

    fn vault_updated(&mut self, entries: Vec<CatalogEntry>, change: VaultChange) -> Vec<Effect> {
        self.show_entries(entries, change.selected);
        match change.added {
            Some(Ok(())) => {
                self.forms.adding = false;
                self.forms.clear_add_form();
            }
            Some(Err(problem)) => {
                // What was typed stays, so the person can try again once the cause is fixed.
                self.forms.adding = false;
                self.forms.add_problem = Some(problem);
            }
            None => {}
        }
        for (id, report) in change.checked {
            self.reports.insert(id, report);
        }
        change.notice.map(Effect::Notice).into_iter().collect()
    }

    /// Check all ended: say how many keys need attention, and show only those.
    fn check_all_finished(&mut self) -> Vec<Effect> {
        let Some(progress) = self.check_all.take() else {
            return Vec::new();
        };
        let need_attention = self
            .listed()
            .filter(|e| self.needs_attention(&e.id))
            .count();
        if need_attention == 0 {
            self.check_all_summary = None;
            self.forms.needs_attention_only = false;
            return notice(Notice::info(tr!("keys-all-work", count = progress.total)));
        }
        self.check_all_summary = Some(CheckAllSummary {
            total: progress.total,
            need_attention,
        });
        self.forms.needs_attention_only = true;
        // The key on the right is one of those shown on the left.
        if !self
            .selected
            .as_deref()
            .is_some_and(|id| self.needs_attention(id))
        {
            let first = self
                .listed()
                .find(|e| self.needs_attention(&e.id))
                .map(|e| e.id.clone());
            self.selected = first;
        }
        Vec::new()
    }

    /// A key fails, or its secret could not be read: it needs the person's attention as much.
    pub fn needs_attention(&self, id: &str) -> bool {
        self.missing_secrets.contains(id)
            || self.unread.contains(id)
            || self
                .reports
                .get(id)
                .is_some_and(|r| !r.verdict.code.is_ok())
    }

    fn vault_opened(&mut self, opening: VaultOpening) -> Vec<Effect> {
        let effects = opening
            .notes
            .into_iter()
            .map(|note| Effect::Notice(Notice::warning(note)))
            .collect();
        match opening.vault {
            Ok(vault) => self.install_vault(vault),
            Err(error) => self.vault = VaultStatus::KeychainUnavailable { error },
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
            && !self.listed().any(|e| &e.id == id)
        {
            self.selected = None;
        }
        if self.selected.is_none() {
            // The first key the list shows: with "Needs attention only", one that needs it.
            let filtered = self.forms.needs_attention_only;
            let first = self
                .listed()
                .find(|e| !filtered || self.needs_attention(&e.id))
                .or_else(|| self.listed().next())
                .map(|e| e.id.clone());
            self.selected = first;
        }
    }

    /// A check finished: show it and remember its verdict (never the key). A quiet re-check of
    /// the fix loop ends the loop when the key works.
    fn checked(&mut self, id: String, report: CheckReport, quiet: bool) -> Vec<Effect> {
        self.checking.remove(&id);
        self.missing_secrets.remove(&id);
        self.unread.remove(&id);
        let record = CheckRecord {
            at: self.clock.now(),
            code: report.verdict.code.as_str().to_owned(),
            summary: report.verdict.summary(),
        };
        self.last_checked.insert(id.clone(), record.at);
        let works = report.verdict.code.is_ok();
        let in_fix_loop = self.fix_loop.as_ref().is_some_and(|f| f.id == id);
        if in_fix_loop && works {
            self.fix_loop = None;
            self.works_now = Some(id.clone());
        } else if let Some(fix) = self
            .fix_loop
            .as_mut()
            .filter(|f| f.id == id && f.asked_again)
        {
            fix.changed = true;
        } else if !works && self.works_now.as_deref() == Some(id.as_str()) {
            self.works_now = None;
        }
        // A quiet check that finds nothing new is not written to the history again.
        let unchanged = self
            .reports
            .get(&id)
            .is_some_and(|before| before.verdict.code == report.verdict.code);
        if !(quiet && unchanged) {
            let recorded = id.clone();
            self.change_vault(move |vault| {
                VaultChange::notice(
                    vault
                        .record_check(&recorded, record)
                        .err()
                        .map(|e| Notice::warning(e.to_string())),
                )
            });
        }
        self.reports.insert(id, report);
        Vec::new()
    }

    fn install_vault(&mut self, vault: Vault) {
        self.entries = vault.entries().to_vec();
        self.selected = self.entries.first().map(|e| e.id.clone());
        self.vault = VaultStatus::Open(VaultWorker::start(vault));
    }

    fn scan_file(&self, path: PathBuf) {
        let stored = self.fingerprints();
        self.background.spawn_blocking(move || {
            let result = import::read_env_file(&path)
                .map(|scan| preview(scan, ImportOrigin::File(path.clone()), &stored));
            KeysMsg::ImportReady(result)
        });
    }

    /// The keys that are stored: listed, and not known to be missing from the keychain (those
    /// can be imported again).
    fn fingerprints(&self) -> Vec<(String, String)> {
        self.listed()
            .filter(|e| !self.missing_secrets.contains(&e.id))
            .map(|e| (e.fingerprint.clone(), e.label.clone()))
            .collect()
    }

    /// Starts what a command asks; returns what only the window can do.
    pub fn execute(&mut self, command: KeysCommand, checker: &Checker) -> Vec<Effect> {
        match command {
            KeysCommand::AddPasted => return self.add_pasted(),
            KeysCommand::ClearAddForm => self.forms.clear_add_form(),
            KeysCommand::Select(id) => self.selected = Some(id),
            KeysCommand::Check(id) => self.check(vec![id], checker, CheckKind::One),
            KeysCommand::CheckAll => {
                let ids: Vec<String> = self.listed().map(|e| e.id.clone()).collect();
                self.check_all_summary = None;
                self.forms.needs_attention_only = false;
                self.unread.clear();
                self.check(ids, checker, CheckKind::All);
            }
            KeysCommand::CancelCheckAll => return self.cancel_check_all(),
            KeysCommand::ShowAllKeys => {
                self.check_all_summary = None;
                self.forms.needs_attention_only = false;
            }
            KeysCommand::OpenFix { id, url } => return self.open_fix(id, url),
            KeysCommand::ForgetOrganization(id) => self.forget_organization(id, checker),
            KeysCommand::CheckAgain(id) => {
                if let Some(fix) = self.fix_loop.as_mut().filter(|f| f.id == id) {
                    fix.asked_again = true;
                    fix.next_check = Instant::now() + self.timings.recheck_every;
                }
                self.check(vec![id], checker, CheckKind::One);
            }
            KeysCommand::KeepForSession => {
                let vault = Vault::new(Arc::new(SessionStore::default()), Catalog::in_memory());
                self.install_vault(vault);
                return notice(Notice::warning(tr!("keys-kept-for-session")));
            }
            KeysCommand::ReportProblem(sentence) => return notice(Notice::problem(sentence)),
            command @ (KeysCommand::ChooseEnvFile
            | KeysCommand::ImportFile(_)
            | KeysCommand::ImportTypedPath
            | KeysCommand::ClosePathField
            | KeysCommand::ImportText
            | KeysCommand::ImportDroppedBytes { .. }
            | KeysCommand::ToggleImportRow(_)
            | KeysCommand::ChooseImportProvider { .. }
            | KeysCommand::CheckImportRow(_)
            | KeysCommand::CheckEveryImportRow
            | KeysCommand::StoreImport
            | KeysCommand::CancelImport
            | KeysCommand::ShowEnvText
            | KeysCommand::HideEnvText) => return self.execute_import(command, checker),
            command => return self.execute_on_key(command),
        }
        Vec::new()
    }

    /// The commands of the import: choosing a file, reading text, the preview.
    fn execute_import(&mut self, command: KeysCommand, checker: &Checker) -> Vec<Effect> {
        match command {
            KeysCommand::ChooseEnvFile => return vec![Effect::PickFile(FileRequest::EnvFile)],
            KeysCommand::ImportFile(path) => self.scan_file(path),
            KeysCommand::ImportTypedPath => match typed_path(&self.forms.env_path) {
                Some(path) => self.scan_file(path),
                None => return Vec::new(),
            },
            KeysCommand::ClosePathField => {
                self.forms.show_path_field = false;
                self.forms.env_path.clear();
            }
            KeysCommand::ImportText => {
                let scan = import::scan_env_text(&self.forms.env_text);
                let preview = preview(scan, ImportOrigin::Pasted, &self.fingerprints());
                self.background.send(KeysMsg::ImportReady(Ok(preview)));
            }
            KeysCommand::ImportDroppedBytes { name, bytes } => {
                let stored = self.fingerprints();
                let result = import::scan_env_bytes(&bytes, &name)
                    .map(|scan| preview(scan, ImportOrigin::Dropped(name.clone()), &stored));
                self.background.send(KeysMsg::ImportReady(result));
            }
            KeysCommand::ToggleImportRow(index) => {
                if let Some(row) = self.import.as_mut().and_then(|p| p.rows.get_mut(index)) {
                    row.selected = !row.selected;
                    row.chosen = true;
                }
            }
            KeysCommand::ChooseImportProvider { index, provider } => {
                if let Some(row) = self.import.as_mut().and_then(|p| p.rows.get_mut(index)) {
                    row.choose_provider(provider);
                }
            }
            KeysCommand::CheckImportRow(index) => self.check_import_row(index, checker),
            KeysCommand::CheckEveryImportRow => {
                let count = self.import.as_ref().map_or(0, |p| p.rows.len());
                for index in 0..count {
                    self.check_import_row(index, checker);
                }
            }
            KeysCommand::StoreImport => return self.store_import(),
            KeysCommand::CancelImport => {
                self.import = None;
                self.forms.import_endpoint.clear();
                self.forms.import_endpoint_problem = None;
            }
            KeysCommand::ShowEnvText => {
                self.forms.show_env_text = true;
                self.forms.focus_pending = true;
            }
            KeysCommand::HideEnvText => self.forms.close_env_text(),
            _ => {}
        }
        Vec::new()
    }

    /// The commands on one stored key: copy, reveal, rename, delete.
    fn execute_on_key(&mut self, command: KeysCommand) -> Vec<Effect> {
        match command {
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
                    Effect::Notice(Notice::info(tr!("keys-developer-details-copied"))),
                ];
            }
            KeysCommand::CopyKey(id) => self.fetch_secret(id, false),
            KeysCommand::Reveal(id) => self.fetch_secret(id, true),
            KeysCommand::Hide => self.revealed = None,
            KeysCommand::StartRename(id) => self.start_rename(id),
            KeysCommand::SaveRename => self.save_rename(),
            KeysCommand::CancelRename => self.forms.rename = None,
            KeysCommand::AskDelete(id) => self.confirm_delete = Some(id),
            KeysCommand::CancelDelete => self.confirm_delete = None,
            KeysCommand::ConfirmDelete => return self.delete_confirmed(),
            KeysCommand::UndoDelete => return self.undo_delete(),
            _ => {}
        }
        Vec::new()
    }

    /// Stops sending the key's stored organization and project, then checks the key again once
    /// the vault has it (the worker keeps the order).
    fn forget_organization(&mut self, id: String, checker: &Checker) {
        let forgotten = id.clone();
        self.change_vault(move |vault| {
            VaultChange::notice(
                vault
                    .forget_organization_and_project(&forgotten)
                    .err()
                    .map(|e| Notice::warning(e.to_string())),
            )
        });
        if let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) {
            entry.hints.organization = None;
            entry.hints.project = None;
        }
        self.check(vec![id], checker, CheckKind::One);
    }

    /// The fix button: its page opens, and the key is checked again quietly from now on.
    fn open_fix(&mut self, id: String, url: String) -> Vec<Effect> {
        let in_place = self
            .reports
            .get(&id)
            .is_some_and(|report| crate::checks::fixed_in_place(&report.verdict));
        if !in_place {
            // A new key or a setting in the app: checking this key again would not show it.
            return vec![Effect::OpenUrl(url)];
        }
        let now = Instant::now();
        self.works_now = None;
        self.fix_loop = Some(FixLoop {
            id,
            started: now,
            next_check: now + self.timings.recheck_every,
            asked_again: false,
            changed: false,
            checks: 0,
            gave_up: false,
        });
        vec![
            Effect::OpenUrl(url),
            Effect::RepaintAfter(self.timings.recheck_every),
        ]
    }

    fn check_import_row(&mut self, index: usize, checker: &Checker) {
        let typed_endpoint = self.typed_import_endpoint();
        let Some(preview) = self.import.as_mut() else {
            return;
        };
        let source = preview.origin.words();
        let generation = preview.generation;
        let Some(provider) = preview.rows.get(index).map(|row| row.found.provider) else {
            return;
        };
        let mut hints = preview.hints_for(provider);
        if provider == ProviderId::AzureOpenAi && hints.base_url.is_none() {
            hints.base_url = typed_endpoint;
        }
        let Some(row) = preview.rows.get_mut(index).filter(|r| !r.checking) else {
            return;
        };
        row.checking = true;
        let key = KeyUnderCheck {
            secret: row.found.secret.clone(),
            source: format!("{source}:{}", row.found.variable),
            organization: hints.organization,
            project: hints.project,
            provider: Some(provider),
            // OpenAI's keys go where the app sends OpenAI's requests.
            endpoint: hints.base_url.filter(|_| provider != ProviderId::OpenAi),
        };
        let variable = row.found.variable.clone();
        let checker = checker.clone();
        self.background.spawn(async move {
            let report = checker.check(&key).await;
            KeysMsg::ImportRowChecked {
                generation,
                variable,
                report: Box::new(report),
            }
        });
    }

    /// The endpoint typed for an import's Azure OpenAI keys, when one was typed and can be
    /// used; why one cannot is said under its field.
    fn typed_import_endpoint(&mut self) -> Option<String> {
        let forms = &mut self.forms;
        if forms.import_endpoint.trim().is_empty() {
            forms.import_endpoint_problem = None;
            return None;
        }
        match endpoint_of(&forms.import_endpoint) {
            Ok(endpoint) => {
                forms.import_endpoint_problem = None;
                Some(endpoint)
            }
            Err(problem) => {
                forms.import_endpoint_problem = Some(problem);
                None
            }
        }
    }

    fn cancel_check_all(&mut self) -> Vec<Effect> {
        let Some(progress) = self.check_all.take() else {
            return Vec::new();
        };
        progress.handle.abort();
        self.checking.clear();
        notice(Notice::info(tr!(
            "keys-check-stopped",
            done = progress.done,
            total = progress.total
        )))
    }

    /// The report as text for whoever helps: built from redacted parts only.
    fn copy_report(&self, id: &str) -> Vec<Effect> {
        let Some(report) = self.reports.get(id) else {
            return Vec::new();
        };
        // The copied report's time, for whoever helps: the same in every language.
        let now = self.clock.now().strftime("%Y-%m-%d %H:%M UTC").to_string(); // not words: a time
        vec![
            Effect::CopyText(report.to_text(&now)),
            Effect::Notice(Notice::info(tr!("keys-report-copied"))),
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
        self.forms.focus_pending = true;
    }

    fn save_rename(&mut self) {
        let Some((id, label)) = self.forms.rename.take() else {
            return;
        };
        if label.trim().is_empty() {
            return;
        }
        self.change_vault(move |vault| {
            VaultChange::notice(
                vault
                    .rename(&id, &label)
                    .err()
                    .map(|e| Notice::warning(e.to_string())),
            )
        });
    }

    /// The key leaves the list at once; its keychain entry goes when the undo time is over.
    fn delete_confirmed(&mut self) -> Vec<Effect> {
        let Some(id) = self.confirm_delete.take() else {
            return Vec::new();
        };
        // One delete waits at a time: an earlier one is done now.
        let mut effects = self.commit_delete();
        let Some(entry) = self.entries.iter().find(|e| e.id == id).cloned() else {
            return effects;
        };
        let until = Instant::now() + self.timings.undo_delete_for;
        let persistent = self.vault().is_some_and(VaultWorker::is_persistent);
        let text = tr!(
            "keys-deleted",
            name = &entry.label,
            place = place_id(persistent)
        );
        self.pending_delete = Some(PendingDelete {
            report: self.reports.remove(&id),
            entry,
            until,
        });
        if self.fix_loop.as_ref().is_some_and(|f| f.id == id) {
            self.fix_loop = None;
        }
        let listed: Vec<CatalogEntry> = self.entries.clone();
        self.show_entries(listed, None);
        effects.push(Effect::Notice(
            Notice::info(text)
                .about(UNDO_TOPIC)
                .offering(NoticeAction::UndoDelete { until }),
        ));
        effects.push(Effect::RepaintAfter(self.timings.undo_delete_for));
        effects
    }

    fn undo_delete(&mut self) -> Vec<Effect> {
        let Some(pending) = self.pending_delete.take() else {
            return Vec::new();
        };
        let id = pending.entry.id.clone();
        if let Some(report) = pending.report {
            self.reports.insert(id.clone(), report);
        }
        self.selected = Some(id);
        vec![
            Effect::Solved(UNDO_TOPIC.to_owned()),
            Effect::Notice(Notice::info(tr!("keys-back", name = &pending.entry.label))),
        ]
    }

    /// Deletes for good the key whose undo time is over (or at quit).
    pub fn commit_delete(&mut self) -> Vec<Effect> {
        let Some(pending) = self.pending_delete.take() else {
            return Vec::new();
        };
        let id = pending.entry.id;
        let label = pending.entry.label;
        self.change_vault(move |vault| {
            let notice = match vault.delete(&id) {
                Ok(()) => None,
                Err(VaultError::Catalog(e)) => Some(Notice::warning(e.to_string())),
                Err(e) => Some(Notice::problem(tr!(
                    "keys-not-deleted",
                    name = &label,
                    reason = e.to_string()
                ))),
            };
            VaultChange::notice(notice)
        });
        vec![Effect::Solved(UNDO_TOPIC.to_owned())]
    }

    /// At quit: a delete still waiting for its undo time is done before the window goes.
    pub fn finish_before_quit(&mut self) {
        let Some(pending) = self.pending_delete.take() else {
            return;
        };
        let Some(worker) = self.vault() else { return };
        let (sender, done) = std::sync::mpsc::channel();
        let id = pending.entry.id;
        worker.apply(
            move |vault| vault.delete(&id).is_ok(),
            move |deleted, _| {
                let _ = sender.send(deleted);
            },
        );
        let _ = done.recv_timeout(Duration::from_secs(5));
    }

    fn add_pasted(&mut self) -> Vec<Effect> {
        if self.vault().is_none() || self.forms.adding || self.forms.paste_key.trim().is_empty() {
            return Vec::new();
        }
        // A text that cannot be a key is refused here, with the fields kept for correcting it.
        // The vault cleans it again and says what it removed.
        let (provider, fingerprint, endpoint) = match self.key_to_add() {
            Ok(ready) => ready,
            Err(problem) => {
                self.forms.add_problem = Some(problem);
                return Vec::new();
            }
        };
        // The key waiting to be deleted is added again: the delete is done first, in turn.
        let effects = self.commit_delete_of(&[fingerprint]);
        self.forms.add_problem = None;
        self.forms.adding = true;
        let secret = SecretString::from(self.forms.paste_key.clone());
        let label = self.forms.paste_label.clone();
        self.change_vault(move |vault| {
            let new_key = NewKey {
                secret,
                label,
                source: KeySource::pasted(),
                hints: KeyHints {
                    base_url: endpoint,
                    ..KeyHints::default()
                },
            };
            added(
                vault.add_for(new_key, Some(provider), OnUnsaved::KeepForSession),
                vault.store().is_persistent(),
            )
        });
        effects
    }

    /// The typed key's provider (as chosen, when it fits several), its fingerprint and, for an
    /// Azure OpenAI key, its endpoint; or why it cannot be stored.
    fn key_to_add(&self) -> Result<(ProviderId, String, Option<String>), AddProblem> {
        let typed = self.forms.paste_key.trim();
        let cleaned = match clean_key(typed) {
            // Words, not a key with a stray character: say what a key looks like.
            Err(_) if !looks_like_a_key(typed) => return Err(AddProblem::NotAKey),
            Err(refused) => return Err(AddProblem::Refused(refused)),
            Ok(cleaned) => cleaned,
        };
        use secrecy::ExposeSecret;
        let key = cleaned.secret.expose_secret();
        let detected = provider_for(key, self.forms.add_provider).ok_or(AddProblem::NotAKey)?;
        let endpoint = match detected.provider {
            ProviderId::AzureOpenAi => Some(endpoint_of(&self.forms.paste_endpoint)?),
            _ => None,
        };
        Ok((detected.provider, crate::vault::fingerprint(key), endpoint))
    }

    /// Deletes now the key waiting for its undo time when it is one of these (by fingerprint):
    /// it is being added again, and the vault's worker must see the delete before the add.
    fn commit_delete_of(&mut self, fingerprints: &[String]) -> Vec<Effect> {
        let waiting = self.pending_delete.as_ref().map(|p| &p.entry.fingerprint);
        if waiting.is_some_and(|waiting| fingerprints.contains(waiting)) {
            self.commit_delete()
        } else {
            Vec::new()
        }
    }

    fn store_import(&mut self) -> Vec<Effect> {
        let Some(mut preview) = self.import.take() else {
            return Vec::new();
        };
        // An Azure OpenAI key is stored with its resource's endpoint: typed when the file
        // names none. Without one, nothing is stored yet and the field says why.
        let azure = ProviderId::AzureOpenAi;
        let needs_endpoint = preview
            .rows
            .iter()
            .any(|row| row.selected && row.found.provider == azure)
            && !preview.provider_settings.contains_key(&azure);
        if needs_endpoint {
            match endpoint_of(&self.forms.import_endpoint) {
                Ok(endpoint) => {
                    preview.provider_settings.insert(azure, endpoint);
                }
                Err(problem) => {
                    self.forms.import_endpoint_problem = Some(problem);
                    self.import = Some(preview);
                    return Vec::new();
                }
            }
        }
        self.forms.import_endpoint.clear();
        self.forms.import_endpoint_problem = None;
        let storing: Vec<String> = preview
            .rows
            .iter()
            .filter(|row| row.selected)
            .map(|row| crate::vault::fingerprint(row.found.expose()))
            .collect();
        let effects = self.commit_delete_of(&storing);
        self.change_vault(move |vault| {
            let stored = store_rows(vault, preview);
            VaultChange {
                notice: Some(stored.notice),
                selected: stored.selected,
                added: None,
                checked: stored.checked,
            }
        });
        effects
    }

    fn check(&mut self, ids: Vec<String>, checker: &Checker, kind: CheckKind) {
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
        // The first stored Admin key reads the organization when a check fails for a reason
        // that often sits there (the same key the Usage view starts with).
        let admin_id = self
            .entries
            .iter()
            .find(|e| e.kind == KeyKind::Admin)
            .map(|e| e.id.clone());
        let total = entries.len();
        let checker = checker.clone();
        let background = self.background.clone();
        let recent = self.recent_organization.clone();
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
            let admin = admin_id.map(|id| AdminKeyAt { worker, id, recent });
            check_and_refine(&checker, admin, read, kind, total, &background).await;
            if kind == CheckKind::All {
                background.send(KeysMsg::CheckAllFinished);
            }
        });
        if kind == CheckKind::All {
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
pub fn developer_facts(report: &CheckReport) -> Vec<(String, String)> {
    let details = &report.verdict.details;
    let mut facts = vec![(
        tr!("keys-fact-verdict-code"),
        report.verdict.code.as_str().to_owned(),
    )];
    if let Some(status) = details.http_status {
        facts.push((tr!("keys-fact-http-status"), status.to_string()));
    }
    // Another provider's code and words are named as its own.
    let provider = report.provider;
    let openai = provider == ProviderId::OpenAi;
    if let Some(sub_code) = &details.sub_code {
        let name = if openai {
            tr!("keys-fact-openai-code")
        } else {
            tr!("keys-fact-provider-code", provider = provider.name())
        };
        facts.push((name, sub_code.clone()));
    }
    if !details.missing_scopes.is_empty() {
        facts.push((
            tr!("keys-fact-missing-scopes"),
            details.missing_scopes.join(", "),
        ));
    }
    if let Some(message) = &details.openai_message {
        let name = if openai {
            tr!("keys-fact-openai-said")
        } else {
            tr!("keys-fact-provider-said", provider = provider.name())
        };
        facts.push((name, message.clone()));
    }
    if !details.request_ids.is_empty() {
        facts.push((tr!("keys-fact-request-ids"), details.request_ids.join(", ")));
    }
    if let Some(technical) = &details.technical {
        facts.push((tr!("common-technical-details"), technical.clone()));
    }
    let elapsed = crate::i18n::count(report.elapsed_ms);
    facts.push((
        tr!("keys-fact-checked-in"),
        tr!("keys-fact-milliseconds", milliseconds = elapsed),
    ));
    facts
}

fn notice(notice: Notice) -> Vec<Effect> {
    vec![Effect::Notice(notice)]
}

/// True when typed text starts like a key of some provider (and is not words).
fn looks_like_a_key(typed: &str) -> bool {
    typed.contains("sk-") || crate::providers::has_a_key_prefix(typed)
}

/// Where the Admin key that explains failures is: taken from the keychain only when a check
/// failed for a reason the organization could explain.
struct AdminKeyAt {
    worker: VaultWorker,
    id: String,
    recent: RecentFacts,
}

/// How long a failing check's own verdict waits for the organization's cause.
const CAUSE_WAIT: Duration = Duration::from_secs(30);

impl AdminKeyAt {
    async fn refine(self, checker: &Checker, held: &mut [HeldCheck]) {
        let (sender, secret) = tokio::sync::oneshot::channel();
        let id = self.id;
        self.worker.apply(
            move |vault| vault.secret(&id).ok(),
            move |read, _| {
                let _ = sender.send(read);
            },
        );
        let Ok(Some(secret)) = secret.await else {
            return;
        };
        let refiner = Refiner::new(checker.client().clone(), secret, self.recent);
        // A slow or silent Admin API must not keep the key's own verdict from the screen.
        let _ = tokio::time::timeout(CAUSE_WAIT, refiner.refine(held)).await;
    }
}

/// Checks the keys read, sending each report as it comes; with a `refiner`, the failures the
/// organization could explain wait for one read of it and come refined.
async fn check_and_refine(
    checker: &Checker,
    admin: Option<AdminKeyAt>,
    read: Vec<(Result<SecretString, VaultError>, CatalogEntry)>,
    kind: CheckKind,
    total: usize,
    background: &Background<KeysMsg>,
) {
    let remembered: HashMap<String, String> = read
        .iter()
        .filter_map(|(_, e)| Some((e.id.clone(), e.openai_key_id.clone()?)))
        .collect();
    let keys = keys_to_check(read, background);
    let done = std::sync::atomic::AtomicUsize::new(total - keys.len());
    let ids: Vec<String> = keys.iter().map(|(id, _)| id.clone()).collect();
    let under_check: Vec<KeyUnderCheck> = keys.into_iter().map(|(_, k)| k).collect();
    let held = std::sync::Mutex::new(Vec::new());
    let send = |id: String, report: CheckReport| {
        let report = Box::new(report);
        background.send(match kind {
            CheckKind::Quiet => KeysMsg::Rechecked { id, report },
            _ => KeysMsg::Checked { id, report },
        });
    };
    checker
        .check_all(&under_check, |index, report| {
            let finished = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            // Shown at once; a failure the organization could explain is also kept, to be
            // shown again with its cause.
            let id = ids[index].clone();
            // The organization is OpenAI's: another provider's key has no cause there.
            if admin.is_some() && report.provider == ProviderId::OpenAi && Refiner::wants(report) {
                held.lock().unwrap_or_else(|e| e.into_inner()).push((
                    id.clone(),
                    HeldCheck {
                        report: report.clone(),
                        secret: under_check[index].secret.clone(),
                        remembered_id: remembered.get(&id).cloned(),
                    },
                ));
            }
            send(id, report.clone());
            if kind == CheckKind::All {
                background.send(KeysMsg::CheckAllProgress { done: finished });
            }
        })
        .await;
    let held = held.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(admin) = admin.filter(|_| !held.is_empty()) {
        let (held_ids, mut checks): (Vec<String>, Vec<HeldCheck>) = held.into_iter().unzip();
        admin.refine(checker, &mut checks).await;
        for (id, check) in held_ids.into_iter().zip(checks) {
            if check.report.verdict.details.organization_cause.is_some() {
                let report = Box::new(check.report);
                background.send(KeysMsg::Refined { id, report });
            }
        }
    }
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
                    provider: Some(entry.provider()),
                    endpoint: entry.endpoint(),
                },
            )),
            Err(e) => background.send(KeysMsg::missing(entry.id, &e)),
        }
    }
    keys
}

/// What adding a typed key did: the notice and the entry to select, or why it was not stored
/// (shown under the form, which keeps what was typed).
fn added(result: Result<crate::vault::Added, VaultError>, persistent: bool) -> VaultChange {
    let added = match result {
        Ok(added) => added,
        Err(error) => {
            return VaultChange {
                added: Some(Err(AddProblem::NotStored(error))),
                ..VaultChange::default()
            };
        }
    };
    let (name, place) = (&added.entry.label, place_id(persistent));
    let mut text = if added.restored {
        tr!("keys-put-back", name = name, place = place)
    } else {
        tr!(
            "keys-stored",
            name = name,
            kind = added.entry.kind.words(),
            place = place
        )
    };
    for note in &added.cleaned {
        text.push(' ');
        text.push_str(&note.to_string());
    }
    let notice = match added.not_saved {
        Some(problem) => {
            text.push(' ');
            text.push_str(&problem.to_string());
            Notice::warning(text)
        }
        None => Notice::info(text),
    };
    VaultChange {
        notice: Some(notice),
        selected: Some(added.entry.id),
        added: Some(Ok(())),
        checked: Vec::new(),
    }
}

/// How a check was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CheckKind {
    /// Check, or "check again".
    One,
    /// Check all: with progress and a summary at the end.
    All,
    /// The fix loop's re-check: seen only when it changes something.
    Quiet,
}

/// A path typed or pasted into the path field: quotes around it removed, `~` for the home
/// folder.
fn typed_path(typed: &str) -> Option<PathBuf> {
    let typed = typed.trim().trim_matches(['"', '\'']);
    if typed.is_empty() {
        return None;
    }
    let home = || directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
    if typed == "~" {
        return home();
    }
    if let Some(rest) = typed.strip_prefix("~/")
        && let Some(home) = home()
    {
        return Some(home.join(rest));
    }
    Some(PathBuf::from(typed))
}

#[cfg(test)]
mod tests {
    use super::typed_path;

    #[test]
    fn a_typed_path_loses_its_quotes_and_tilde_is_the_home_folder() {
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_owned());
        assert_eq!(
            typed_path("  '/srv/shop/.env' "),
            Some("/srv/shop/.env".into())
        );
        assert_eq!(typed_path("~/shop/.env"), home.map(|h| h.join("shop/.env")));
        assert_eq!(typed_path("   "), None);
    }
}
