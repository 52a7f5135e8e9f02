//! The non-secret catalog: one JSON file in the config directory listing the stored keys (label,
//! kind, redacted form, source, hints, check history), written atomically with a backup. A corrupt
//! file is recovered from the backup or set aside and reported, never silently replaced.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::kind::KeyKind;
use crate::files::{IoProblem, write_atomically};
use crate::tr;

pub const SCHEMA_VERSION: u32 = 1;
/// Checks kept per key; older ones are dropped.
pub const HISTORY_LIMIT: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyHints {
    pub organization: Option<String>,
    pub project: Option<String>,
    pub base_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeySource {
    /// The `.env` file it was imported from, if any.
    pub file: Option<String>,
    /// The variable it was read from, if any.
    pub variable: Option<String>,
}

impl KeySource {
    pub fn pasted() -> Self {
        KeySource {
            file: None,
            variable: None,
        }
    }

    /// In words: "pasted", "OPENAI_API_KEY in /home/me/app/.env".
    pub fn describe(&self) -> String {
        match (&self.variable, &self.file) {
            (Some(variable), Some(file)) => tr!(
                "error-source-variable-in-file",
                variable = variable,
                file = file
            ),
            (Some(variable), None) => variable.clone(),
            (None, Some(file)) => file.clone(),
            (None, None) => tr!("error-source-pasted"),
        }
    }
}

/// One check, remembered: when and what it said. Never the key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRecord {
    pub at: jiff::Timestamp,
    /// A verdict code of DESIGN.md.
    pub code: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub id: String,
    pub label: String,
    pub kind: KeyKind,
    pub redacted: String,
    /// A truncated SHA-256 of the key, to tell whether a key is already stored without reading
    /// every secret back from the keychain.
    pub fingerprint: String,
    pub source: KeySource,
    pub hints: KeyHints,
    pub created: jiff::Timestamp,
    #[serde(default)]
    pub history: Vec<CheckRecord>,
    /// The `key_…` id the organization lists this key under, once seen (with an Admin key): a
    /// deleted key is no longer listed, and this id still finds it in the audit log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openai_key_id: Option<String>,
    /// Whose key it is, when not OpenAI's (older catalogs have none: their keys are OpenAI's
    /// or told by their kind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<crate::providers::ProviderId>,
}

impl CatalogEntry {
    /// Whose key it is.
    pub fn provider(&self) -> crate::providers::ProviderId {
        self.provider
            .or_else(|| self.kind.provider())
            .unwrap_or(crate::providers::ProviderId::OpenAi)
    }

    /// Where this key's provider is reached for it (an Azure resource's endpoint, a base URL
    /// its `.env` named); `None` for OpenAI's keys, whose base URL is the app's.
    pub fn endpoint(&self) -> Option<String> {
        (self.provider() != crate::providers::ProviderId::OpenAi)
            .then(|| self.hints.base_url.clone())
            .flatten()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct CatalogFile {
    schema_version: u32,
    keys: Vec<CatalogEntry>,
}

/// Why the key list could not be read or saved. `Display` is a plain sentence; the file
/// system's own words are in [`CatalogError::technical`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("{}", tr!("error-catalog-unreadable", path = .path, problem = .problem.to_string()))]
    Unreadable {
        path: String,
        /// Boxed: errors stay small, as they are returned by every change of the vault.
        problem: Box<CatalogProblem>,
    },
    #[error("{}", tr!("error-catalog-not-saved", path = .path, problem = .problem.to_string()))]
    NotSaved {
        path: String,
        problem: Box<CatalogProblem>,
    },
}

impl CatalogError {
    /// The file system's or the JSON reader's own words, for Technical details.
    pub fn technical(&self) -> Option<String> {
        match self {
            CatalogError::Unreadable { problem, .. } | CatalogError::NotSaved { problem, .. } => {
                problem.technical()
            }
        }
    }
}

/// What kept the key list from being read or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogProblem {
    /// The file (or its folder) could not be read or written.
    Io(IoProblem),
    /// The file is damaged, and setting it aside under another name failed too.
    DamagedAndStuck { damage: String, io: IoProblem },
    /// The file is from a newer Key Doctor, which this one must not overwrite.
    NewerVersion,
    /// The list on disk could not be read just before the save, so it is not written over.
    UnreadableNow { technical: String },
    /// The list could not be turned into JSON (never expected).
    Encoding { technical: String },
}

impl CatalogProblem {
    pub fn technical(&self) -> Option<String> {
        match self {
            CatalogProblem::Io(io) => Some(io.technical().to_owned()),
            CatalogProblem::DamagedAndStuck { damage, io } => {
                Some(format!("{damage}; {}", io.technical()))
            }
            CatalogProblem::NewerVersion => None,
            CatalogProblem::UnreadableNow { technical }
            | CatalogProblem::Encoding { technical } => Some(technical.clone()),
        }
    }
}

/// A clause a sentence ends with: "your user account may not open it".
impl std::fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            CatalogProblem::Io(io) => io.to_string(),
            CatalogProblem::DamagedAndStuck { io, .. } => {
                tr!("error-catalog-damaged-and-stuck", problem = io.to_string())
            }
            CatalogProblem::NewerVersion => tr!("error-catalog-newer-version"),
            CatalogProblem::UnreadableNow { .. } => tr!("error-catalog-unreadable-now"),
            CatalogProblem::Encoding { .. } => tr!("error-catalog-encoding"),
        };
        f.write_str(&words)
    }
}

/// What loading found besides the entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNote {
    /// The main file was corrupt; the backup was used and the corrupt file kept at this path.
    RecoveredFromBackup { corrupt_copy: PathBuf },
    /// Neither file could be read; both were kept, the corrupt main file at this path.
    StartedEmpty {
        corrupt_copy: PathBuf,
        /// The JSON reader's words about the damage, for Technical details.
        reason: String,
    },
    /// The file is from a newer Key Doctor; it is read but never overwritten.
    NewerSchema { version: u32 },
}

impl LoadNote {
    /// What happened to the list, and that nothing was lost, in the current language.
    pub fn sentence(&self) -> String {
        match self {
            LoadNote::RecoveredFromBackup { corrupt_copy } => tr!(
                "error-catalog-recovered-from-backup",
                path = corrupt_copy.display().to_string()
            ),
            LoadNote::StartedEmpty { corrupt_copy, .. } => tr!(
                "error-catalog-started-empty",
                path = corrupt_copy.display().to_string()
            ),
            LoadNote::NewerSchema { version } => {
                tr!("error-catalog-newer-schema", version = version.to_string())
            }
        }
    }

    /// The JSON reader's words about the damage, for Technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            LoadNote::StartedEmpty { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Catalog {
    /// `None`: a catalog that lives only in memory (demo, no config directory).
    path: Option<PathBuf>,
    entries: Vec<CatalogEntry>,
    read_only: bool,
    /// Ids of entries whose save failed: listed until the app closes, kept across reloads.
    session_only: Vec<String>,
    /// Set when the file could not be read again before a change: saving would overwrite it.
    unreadable: Option<String>,
}

/// An exclusive lock on the catalog (`keys.json.lock` beside it), held across a change's keychain
/// write and its save, so that several windows and CLI runs can write at once without losing
/// each other's keys. Released when dropped.
pub struct CatalogLock {
    _file: std::fs::File,
}

impl CatalogLock {
    /// Waits for the lock. `None` when the lock file cannot be made (a read-only folder): then
    /// nothing can be saved there either, and the save says so.
    fn acquire(catalog: &Path) -> Option<CatalogLock> {
        if let Some(dir) = catalog.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(catalog.with_extension("json.lock"))
            .ok()?;
        file.lock().ok()?;
        Some(CatalogLock { _file: file })
    }
}

fn backup_path(path: &Path) -> PathBuf {
    path.with_extension("json.bak")
}

fn parse(bytes: &[u8]) -> Result<CatalogFile, String> {
    serde_json::from_slice::<CatalogFile>(bytes).map_err(|e| e.to_string())
}

impl Catalog {
    pub fn in_memory() -> Self {
        Catalog {
            path: None,
            entries: Vec::new(),
            read_only: false,
            session_only: Vec::new(),
            unreadable: None,
        }
    }

    fn empty_at(path: &Path) -> Self {
        Catalog {
            path: Some(path.to_owned()),
            ..Catalog::in_memory()
        }
    }

    /// Takes the catalog's lock and reads the file again, so a change is made to what is on disk
    /// now, not to what this process read earlier: another window or a CLI run may have added
    /// keys since. Entries kept for this session only (their save failed) stay listed. Hold the
    /// returned lock across the keychain write and the save.
    pub fn lock_and_reload(&mut self) -> Result<Option<CatalogLock>, CatalogError> {
        let Some(path) = self.path.clone() else {
            return Ok(None);
        };
        let lock = CatalogLock::acquire(&path);
        let mut fresh = match Catalog::read(&path, true) {
            Ok((fresh, _)) => fresh,
            // The list cannot be read now (the folder was replaced, permissions changed): keep
            // what is in memory, and never write over a file that could not be read.
            Err(error) => {
                self.unreadable = Some(error.technical().unwrap_or_else(|| error.to_string()));
                return Ok(lock);
            }
        };
        for entry in &self.entries {
            if self.session_only.contains(&entry.id) && fresh.entry(&entry.id).is_none() {
                fresh.entries.push(entry.clone());
            }
        }
        fresh.session_only = std::mem::take(&mut self.session_only);
        *self = fresh;
        Ok(lock)
    }

    /// Marks an entry as listed for this session only (its save failed).
    pub fn keep_for_session(&mut self, id: &str) {
        if !self.session_only.iter().any(|kept| kept == id) {
            self.session_only.push(id.to_owned());
        }
    }

    /// `keys.json` in the config directory.
    pub fn file_in(dir: &Path) -> PathBuf {
        dir.join("keys.json")
    }

    /// Reads the catalog, recovering from the backup when the main file is damaged (the damaged
    /// file is set aside under another name, under the catalog's lock).
    pub fn load(path: &Path) -> Result<(Catalog, Option<LoadNote>), CatalogError> {
        let _lock = CatalogLock::acquire(path);
        Catalog::read(path, true)
    }

    /// Reads the catalog the same way without changing any file: for a dry run. A damaged main
    /// file is reported, not set aside.
    pub fn load_read_only(path: &Path) -> Result<(Catalog, Option<LoadNote>), CatalogError> {
        Catalog::read(path, false)
    }

    fn read(path: &Path, set_aside: bool) -> Result<(Catalog, Option<LoadNote>), CatalogError> {
        let backup = backup_path(path);
        let read = |p: &Path| match std::fs::read(p) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(CatalogError::Unreadable {
                path: p.display().to_string(),
                problem: Box::new(CatalogProblem::Io(IoProblem::of(&e))),
            }),
        };
        let catalog = |file: CatalogFile| Catalog {
            path: Some(path.to_owned()),
            read_only: file.schema_version > SCHEMA_VERSION,
            entries: file.keys,
            session_only: Vec::new(),
            unreadable: None,
        };
        let main_error = match read(path)? {
            Some(bytes) => match parse(&bytes) {
                Ok(file) => {
                    let version = file.schema_version;
                    let catalog = catalog(file);
                    let note = catalog
                        .read_only
                        .then_some(LoadNote::NewerSchema { version });
                    return Ok((catalog, note));
                }
                Err(reason) => Some(reason),
            },
            None => None,
        };
        let from_backup = read(&backup)?.map(|bytes| parse(&bytes));
        let Some(main_error) = main_error else {
            // No main file: a first run, or a crash between writes; the backup is the last state.
            return Ok(match from_backup {
                Some(Ok(file)) => (catalog(file), None),
                _ => (Catalog::empty_at(path), None),
            });
        };
        // Keep the damaged file where the next save cannot overwrite it.
        let corrupt_copy = if set_aside {
            let stamp = jiff::Timestamp::now()
                .strftime("%Y%m%dT%H%M%S%.3fZ")
                .to_string();
            let corrupt_copy = path.with_extension(format!("corrupt-{stamp}.json"));
            std::fs::rename(path, &corrupt_copy).map_err(|e| CatalogError::Unreadable {
                path: path.display().to_string(),
                problem: Box::new(CatalogProblem::DamagedAndStuck {
                    damage: main_error.clone(),
                    io: IoProblem::of(&e),
                }),
            })?;
            corrupt_copy
        } else {
            path.to_owned()
        };
        match from_backup {
            Some(Ok(file)) => Ok((
                catalog(file),
                Some(LoadNote::RecoveredFromBackup { corrupt_copy }),
            )),
            _ => Ok((
                Catalog::empty_at(path),
                Some(LoadNote::StartedEmpty {
                    corrupt_copy,
                    reason: main_error,
                }),
            )),
        }
    }

    pub fn entries(&self) -> &[CatalogEntry] {
        &self.entries
    }

    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn entry_mut(&mut self, id: &str) -> Option<&mut CatalogEntry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    pub fn push(&mut self, entry: CatalogEntry) {
        self.entries.push(entry);
    }

    pub fn remove(&mut self, id: &str) -> Option<CatalogEntry> {
        let index = self.entries.iter().position(|e| e.id == id)?;
        Some(self.entries.remove(index))
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Writes the file: the previous version becomes the backup, then the new one replaces the
    /// file atomically.
    pub fn save(&self) -> Result<(), CatalogError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let not_saved = |problem: CatalogProblem| CatalogError::NotSaved {
            path: path.display().to_string(),
            problem: Box::new(problem),
        };
        let io = |e: std::io::Error| not_saved(CatalogProblem::Io(IoProblem::of(&e)));
        if self.read_only {
            return Err(not_saved(CatalogProblem::NewerVersion));
        }
        if let Some(technical) = &self.unreadable {
            return Err(not_saved(CatalogProblem::UnreadableNow {
                technical: technical.clone(),
            }));
        }
        let file = CatalogFile {
            schema_version: SCHEMA_VERSION,
            keys: self.entries.clone(),
        };
        let json = serde_json::to_vec_pretty(&file).map_err(|e| {
            not_saved(CatalogProblem::Encoding {
                technical: e.to_string(),
            })
        })?;
        if let Ok(previous) = std::fs::read(path)
            && parse(&previous).is_ok()
        {
            write_atomically(&backup_path(path), &previous).map_err(io)?;
        }
        write_atomically(path, &json).map_err(io)
    }

    /// Saves; on success nothing is "for this session only" any more.
    pub fn save_all(&mut self) -> Result<(), CatalogError> {
        self.save()?;
        self.session_only.clear();
        Ok(())
    }
}
