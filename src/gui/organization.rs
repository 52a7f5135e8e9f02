//! The Organization page: which Admin key reads the organization, the read itself on the tokio
//! runtime (its answer comes back as `OrgMsg`), and the table of every key kept sorted and
//! searched here, so that a frame only draws the rows on screen. The view
//! (`views::organization`) draws this and returns commands.

use secrecy::SecretString;

use super::background::Background;
use crate::clock::Clock;
use crate::openai::Client;
use crate::org::table::{SortColumn, sort_rows};
use crate::org::{KeyFlag, KeyRow, OrgFacts, StoredKey, key_rows, read_organization};
use crate::usage::AdminKey;
use crate::usage::key_match::redactions_agree;
use crate::vault::{CatalogEntry, KeyKind, VaultError, VaultWorker};

/// Reads are numbered across every page this process makes (leaving the demo makes a new
/// page): an answer from an old page's read can never pass for a new page's.
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Which Admin key reads the organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminChoice {
    /// The key the Usage page reads with when it is none of the stored ones (the demo's, one
    /// from the environment, one pasted for the session).
    InForce,
    /// A stored Admin key, by its entry's id.
    Stored(String),
}

/// One Admin key the person can read with, as the picker lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminOption {
    pub choice: AdminChoice,
    /// The name the person gave it, or where it came from ("the demo's Admin key").
    pub name: String,
    /// True for a stored key (its name is the person's); false for the key in force.
    pub stored: bool,
    /// The key the Usage page reads with: chosen unless the person picks another.
    pub in_force: bool,
}

/// The Admin keys to read with: every stored one, in the vault's order, and the key in force
/// when it is not one of them.
pub fn admin_options<'a>(
    in_force: Option<&AdminKey>,
    entries: impl Iterator<Item = &'a CatalogEntry>,
) -> Vec<AdminOption> {
    let in_force_print = in_force.map(AdminKey::fingerprint);
    let mut options: Vec<AdminOption> = entries
        .filter(|entry| entry.kind == KeyKind::Admin)
        .map(|entry| AdminOption {
            choice: AdminChoice::Stored(entry.id.clone()),
            name: entry.label.clone(),
            stored: true,
            in_force: in_force_print == Some(entry.fingerprint.as_str()),
        })
        .collect();
    if let Some(key) = in_force
        && !options.iter().any(|option| option.in_force)
    {
        options.insert(
            0,
            AdminOption {
                choice: AdminChoice::InForce,
                name: key.origin.describe(),
                stored: false,
                in_force: true,
            },
        );
    }
    options
}

/// What the Organization view asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum OrgCommand {
    Refresh,
    Cancel,
    ChooseAdminKey(AdminChoice),
    Search(String),
    ClearSearch,
    /// A column header: sort by it, or the other way round when it is sorted by already.
    SortBy(SortColumn),
}

/// Results of the Organization page's background work.
#[derive(Debug)]
pub enum OrgMsg {
    /// A stored Admin key, read from the keychain for a read.
    AdminKeyRead {
        generation: u64,
        read: Result<SecretString, VaultError>,
    },
    Read {
        generation: u64,
        facts: Box<OrgFacts>,
    },
}

/// What the page needs from the rest of the app to start a read.
pub struct OrgInputs<'a> {
    pub client: &'a Client,
    pub clock: &'a Clock,
    /// The key the Usage page reads with, when there is one.
    pub in_force: Option<&'a AdminKey>,
    /// The stored keys (Admin keys to read with; the others to tell which keys are kept here).
    pub entries: &'a [CatalogEntry],
    /// The vault's worker, once the vault is open.
    pub vault: Option<&'a VaultWorker>,
}

/// A read in progress.
#[derive(Debug)]
pub struct Reading {
    pub generation: u64,
    task: Option<tokio::task::AbortHandle>,
}

/// A stored Admin key that could not be taken from the keychain: its sentence, and the
/// keychain's own words for the technical details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyProblem {
    pub sentence: String,
    pub technical: Option<String>,
}

/// Every key as a row, sorted and searched; rebuilt only when the facts, the stored keys, the
/// order or the search change.
#[derive(Debug, Clone, Default)]
pub struct KeyTable {
    /// Every row, in the order chosen.
    pub rows: Vec<KeyRow>,
    /// Which of `rows` the search lets through, in order.
    pub shown: Vec<usize>,
    /// The different sets of flags the shown rows have (a handful): a row's height depends
    /// only on its set, so the heights of a thousand rows are known without laying them out.
    pub flag_sets: Vec<Vec<KeyFlag>>,
    /// For each shown row, which of `flag_sets` it has.
    pub flag_set_of: Vec<usize>,
    /// How many keys no longer work (their owner left, or their project is archived).
    pub broken: usize,
}

impl KeyTable {
    pub fn shown_rows(&self) -> impl Iterator<Item = &KeyRow> {
        self.shown.iter().filter_map(|&index| self.rows.get(index))
    }
}

pub struct OrganizationPage {
    background: Background<OrgMsg>,
    /// The key the person picked; `None` reads with the default (see `default_choice`).
    pub choice: Option<AdminChoice>,
    /// The key the facts shown (or being read) come from.
    pub read_with: Option<AdminChoice>,
    pub reading: Option<Reading>,
    /// The person stopped the read: it is not started again by opening the view.
    pub cancelled: bool,
    pub key_problem: Option<KeyProblem>,
    pub facts: Option<Box<OrgFacts>>,
    pub table: KeyTable,
    /// (column, largest first).
    pub sort: (SortColumn, bool),
    pub search: String,
    /// The stored keys the rows were matched against.
    stored: Vec<StoredKey>,
    generation: u64,
}

/// A page replaced (entering or leaving the demo) stops its read: the Admin key it reads with
/// is not used behind the person's back.
impl Drop for OrganizationPage {
    fn drop(&mut self) {
        self.cancel();
    }
}

impl OrganizationPage {
    pub fn new(background: Background<OrgMsg>) -> Self {
        OrganizationPage {
            background,
            choice: None,
            read_with: None,
            reading: None,
            cancelled: false,
            key_problem: None,
            facts: None,
            table: KeyTable::default(),
            sort: (SortColumn::Attention, false),
            search: String::new(),
            stored: Vec::new(),
            generation: 0,
        }
    }

    /// The key to read with: the one picked when it is still there, else the key the Usage page
    /// reads with, else the first stored one.
    pub fn effective_choice(&self, options: &[AdminOption]) -> Option<AdminChoice> {
        let picked = self
            .choice
            .as_ref()
            .filter(|choice| options.iter().any(|o| &o.choice == *choice));
        picked
            .cloned()
            .or_else(|| {
                options
                    .iter()
                    .find(|o| o.in_force)
                    .map(|o| o.choice.clone())
            })
            .or_else(|| options.first().map(|o| o.choice.clone()))
    }

    /// The view opened: read the organization the first time (or after a key change).
    pub fn opened(&mut self, inputs: &OrgInputs) {
        if self.facts.is_none() && self.reading.is_none() && !self.cancelled {
            self.start(inputs);
        }
    }

    pub fn execute(&mut self, command: OrgCommand, inputs: &OrgInputs) {
        match command {
            OrgCommand::Refresh => self.start(inputs),
            OrgCommand::Cancel => self.cancel(),
            OrgCommand::ChooseAdminKey(choice) => {
                self.choice = Some(choice);
                // Another key may see another organization: nothing read before applies.
                self.facts = None;
                self.table = KeyTable::default();
                self.start(inputs);
            }
            OrgCommand::Search(text) => {
                self.search = text;
                self.filter();
            }
            OrgCommand::ClearSearch => {
                self.search.clear();
                self.filter();
            }
            OrgCommand::SortBy(column) => {
                self.sort = if self.sort.0 == column && column != SortColumn::Attention {
                    (column, !self.sort.1)
                } else {
                    // Amounts and dates read best largest (newest) first, names from A.
                    let descending = matches!(
                        column,
                        SortColumn::MonthCost | SortColumn::Created | SortColumn::LastUsed
                    );
                    (column, descending)
                };
                self.rebuild();
            }
        }
    }

    fn cancel(&mut self) {
        if let Some(reading) = self.reading.take() {
            if let Some(task) = reading.task {
                task.abort();
            }
            self.cancelled = true;
        }
    }

    /// Reads with the key chosen: a stored key is first taken from the keychain.
    fn start(&mut self, inputs: &OrgInputs) {
        let options = admin_options(inputs.in_force, inputs.entries.iter());
        let Some(choice) = self.effective_choice(&options) else {
            return;
        };
        self.cancel();
        self.cancelled = false;
        self.key_problem = None;
        self.generation = next_generation();
        let generation = self.generation;
        self.read_with = Some(choice.clone());
        match choice {
            AdminChoice::InForce => {
                if let Some(key) = inputs.in_force {
                    self.read(key.secret.clone(), inputs, generation);
                }
            }
            AdminChoice::Stored(id) => {
                let Some(worker) = inputs.vault else {
                    return;
                };
                let background = self.background.clone();
                worker.read_secret(id, move |_, read| {
                    background.send(OrgMsg::AdminKeyRead { generation, read })
                });
                self.reading = Some(Reading {
                    generation,
                    task: None,
                });
            }
        }
    }

    fn read(&mut self, secret: SecretString, inputs: &OrgInputs, generation: u64) {
        let client = inputs.client.clone();
        let now = inputs.clock.now().as_second();
        let task = self.background.spawn(async move {
            let facts = read_organization(&client, &secret, now).await;
            OrgMsg::Read {
                generation,
                facts: Box::new(facts),
            }
        });
        self.reading = Some(Reading {
            generation,
            task: Some(task.abort_handle()),
        });
    }

    /// A key read or the facts arrived. Returns the `key_…` ids to remember for stored keys
    /// (entry id, key id): a key deleted later is then still found in the audit log.
    pub fn handle(&mut self, msg: OrgMsg, inputs: &OrgInputs) -> Vec<(String, String)> {
        let current = self.reading.as_ref().map(|r| r.generation);
        match msg {
            OrgMsg::AdminKeyRead { generation, .. } | OrgMsg::Read { generation, .. }
                if current != Some(generation) =>
            {
                // An answer for a key or a read no longer asked for.
                Vec::new()
            }
            OrgMsg::AdminKeyRead {
                generation,
                read: Ok(secret),
            } => {
                self.read(secret, inputs, generation);
                Vec::new()
            }
            OrgMsg::AdminKeyRead { read: Err(e), .. } => {
                self.reading = None;
                self.key_problem = Some(KeyProblem {
                    sentence: crate::tr!("org-view-admin-key-unreadable", problem = e.to_string()),
                    technical: e.technical(),
                });
                Vec::new()
            }
            OrgMsg::Read { facts, .. } => {
                self.reading = None;
                self.sync_stored(inputs.entries.iter());
                self.show_facts(*facts);
                key_ids_to_remember(self.facts.as_deref(), inputs.entries)
            }
        }
    }

    /// Shows facts read elsewhere (a test or a benchmark), as if just read.
    pub fn show_facts(&mut self, facts: OrgFacts) {
        self.facts = Some(Box::new(facts));
        self.rebuild();
    }

    /// The stored keys changed (one added, renamed, or its `key_…` id remembered): the rows
    /// say again which keys are kept here. Nothing is rebuilt when nothing changed.
    pub fn sync_stored<'a>(&mut self, entries: impl Iterator<Item = &'a CatalogEntry> + Clone) {
        let kept = entries.filter(|entry| lists_as_openai_key(entry));
        // Compared before anything is copied: this runs every frame the view is on screen.
        let same = |entry: &CatalogEntry, known: &StoredKey| {
            entry.label == known.name
                && entry.redacted == known.redacted
                && entry.openai_key_id == known.remembered_id
        };
        let unchanged = kept.clone().count() == self.stored.len()
            && kept.clone().zip(&self.stored).all(|(e, k)| same(e, k));
        if unchanged {
            return;
        }
        self.stored = kept
            .map(|entry| StoredKey {
                name: entry.label.clone(),
                redacted: entry.redacted.clone(),
                remembered_id: entry.openai_key_id.clone(),
            })
            .collect();
        self.rebuild();
    }

    /// When the key the facts were read with is no longer one to read with (deleted, or the
    /// key in force changed), its organization leaves the screen and its read stops.
    pub fn forget_if_key_gone(&mut self, options: &[AdminOption]) {
        let Some(read_with) = &self.read_with else {
            return;
        };
        let still_there = options.iter().any(|option| {
            &option.choice == read_with || (*read_with == AdminChoice::InForce && option.in_force)
        });
        if still_there {
            return;
        }
        self.cancel();
        self.cancelled = false;
        self.read_with = None;
        self.key_problem = None;
        self.facts = None;
        self.rebuild();
    }

    /// The rows from the facts, in the order chosen, then searched.
    fn rebuild(&mut self) {
        let Some(facts) = &self.facts else {
            self.table = KeyTable::default();
            return;
        };
        let mut rows = key_rows(facts, &self.stored, facts.read_at);
        sort_rows(&mut rows, self.sort.0, self.sort.1);
        self.table.broken = rows
            .iter()
            .filter(|row| row.flags.iter().any(|flag| flag.is_serious()))
            .count();
        self.table.rows = rows;
        self.filter();
    }

    fn filter(&mut self) {
        let table = &mut self.table;
        table.shown = table
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.matches(&self.search))
            .map(|(index, _)| index)
            .collect();
        table.flag_sets.clear();
        table.flag_set_of = table
            .shown
            .iter()
            .map(|&index| {
                let flags = table
                    .rows
                    .get(index)
                    .map(|r| r.flags.as_slice())
                    .unwrap_or(&[]);
                match table.flag_sets.iter().position(|set| set == flags) {
                    Some(known) => known,
                    None => {
                        table.flag_sets.push(flags.to_vec());
                        table.flag_sets.len() - 1
                    }
                }
            })
            .collect();
    }
}

/// True for a stored key the organization's key list may hold: OpenAI's, not an Admin key.
/// Another provider's key is never matched to an OpenAI key id, however alike they look.
fn lists_as_openai_key(entry: &CatalogEntry) -> bool {
    entry.kind != KeyKind::Admin && entry.provider() == crate::providers::ProviderId::OpenAi
}

/// The stored keys the organization lists, whose `key_…` id is not remembered yet: (entry id,
/// key id). A key whose redacted form two of the organization's keys share is left out: which
/// one it is cannot be told.
pub fn key_ids_to_remember(
    facts: Option<&OrgFacts>,
    entries: &[CatalogEntry],
) -> Vec<(String, String)> {
    let Some(facts) = facts else {
        return Vec::new();
    };
    entries
        .iter()
        .filter(|entry| lists_as_openai_key(entry))
        .filter_map(|entry| {
            let mut listed = facts.keys().filter(|(_, key)| {
                key.redacted_value
                    .as_deref()
                    .is_some_and(|theirs| redactions_agree(&entry.redacted, theirs))
            });
            let (_, key) = listed.next()?;
            if listed.next().is_some() {
                return None;
            }
            // Two stored keys alike cannot both be this one.
            let twins = entries
                .iter()
                .filter(|other| other.redacted == entry.redacted)
                .count();
            // An id already remembered stands while this organization lists it: a key of
            // another organization that merely looks alike must not replace it.
            let remembered_is_listed = entry
                .openai_key_id
                .as_deref()
                .is_some_and(|id| facts.keys().any(|(_, k)| k.id == id));
            (twins == 1 && !remembered_is_listed).then(|| (entry.id.clone(), key.id.clone()))
        })
        .collect()
}

/// Remembers each stored key's `key_…` id on the vault's worker, in order with every other
/// change; `answer` gets the list as it is then. A remembered id only helps a later check find
/// a deleted key in the audit log, so a list that cannot be saved now is not worth a notice:
/// the next read tries again.
pub fn remember_key_ids(
    worker: &VaultWorker,
    ids: Vec<(String, String)>,
    answer: impl FnOnce(Vec<CatalogEntry>) + Send + 'static,
) {
    if ids.is_empty() {
        return;
    }
    worker.apply(
        move |vault| {
            for (entry, key_id) in &ids {
                let _ = vault.remember_openai_key_id(entry, key_id);
            }
        },
        move |(), entries| answer(entries),
    );
}
