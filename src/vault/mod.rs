//! Where keys live: secrets in the OS keychain (or, by explicit choice, this session's memory),
//! everything else in a small JSON catalog. Also what kind a key is and how it is shown redacted.

mod catalog;
mod input;
mod kind;
mod store;
mod worker;

use std::sync::Arc;

use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use crate::tr;

pub use catalog::{
    Catalog, CatalogEntry, CatalogError, CatalogLock, CatalogProblem, CheckRecord, HISTORY_LIMIT,
    KeyHints, KeySource, LoadNote, SCHEMA_VERSION,
};
pub use input::{CleanNote, CleanedKey, KeyInputError, clean_key};
pub use kind::{KeyKind, looks_like_openai_key, redact};
pub use store::{KeyringStore, SecretStore, SessionStore, StoreError};
pub use worker::VaultWorker;

/// The keychain service name: the app id, so entries are easy to find in a keychain app.
pub const KEYCHAIN_SERVICE: &str = "org.keydoctor.KeyDoctor";

/// Why the vault could not do what was asked. `Display` is a plain sentence; the keychain's or
/// the file system's own words are in [`VaultError::technical`], for Technical details.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("{}", .0.sentence())]
    Store(StoreError),
    #[error("{0}")]
    Catalog(CatalogError),
    #[error("{}", tr!("error-vault-no-such-key"))]
    NoSuchKey,
    #[error("{}", tr!("error-vault-already-stored", name = .label))]
    AlreadyStored { label: String },
    #[error("{0}")]
    BadKey(KeyInputError),
    /// The list could not be saved and the key was taken back out of the keychain, so nothing
    /// is half stored.
    #[error("{}", tr!("error-vault-not-saved-undone", problem = .error.to_string()))]
    NotSavedUndone { error: CatalogError },
    /// The list could not be saved, and taking the key back out of the keychain failed too.
    #[error(
        "{}",
        tr!(
            "error-vault-not-saved-left-in-keychain",
            problem = .error.to_string(),
            name = .label,
            store_problem = .store.to_string()
        )
    )]
    NotSavedLeftInKeychain {
        error: CatalogError,
        label: String,
        store: StoreError,
    },
}

impl VaultError {
    /// True when the key's secret is gone from the keychain (the entry is listed without it).
    pub fn is_missing_secret(&self) -> bool {
        matches!(self, VaultError::Store(StoreError::NotFound))
    }

    /// The keychain's or the file system's own words, for Technical details.
    pub fn technical(&self) -> Option<String> {
        match self {
            VaultError::Store(store) => store.technical().map(str::to_owned),
            VaultError::Catalog(error) | VaultError::NotSavedUndone { error } => error.technical(),
            VaultError::NotSavedLeftInKeychain { error, store, .. } => {
                let both: Vec<String> = [error.technical(), store.technical().map(str::to_owned)]
                    .into_iter()
                    .flatten()
                    .collect();
                (!both.is_empty()).then(|| both.join("\n"))
            }
            VaultError::NoSuchKey | VaultError::AlreadyStored { .. } | VaultError::BadKey(_) => {
                None
            }
        }
    }
}

/// A short, irreversible fingerprint of a key (SHA-256 of a high-entropy secret, truncated).
pub fn fingerprint(secret: &str) -> String {
    let digest = Sha256::digest(secret.trim().as_bytes());
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// A new entry id: random (UUID v4), so two processes adding keys at the same moment can never
/// pick the same id and overwrite each other's keychain entry.
fn new_id() -> String {
    format!("key-{}", uuid::Uuid::new_v4().simple())
}

/// A key that was stored. `not_saved` says the catalog could not be written: the key is in the
/// keychain and listed for this session, and the sentence says why it may be missing next time.
#[derive(Debug)]
pub struct Added {
    pub entry: CatalogEntry,
    pub not_saved: Option<CatalogError>,
    /// True when the key was already listed but missing from the keychain, and was put back.
    pub restored: bool,
    /// What was removed from the pasted key (quotes, invisible characters).
    pub cleaned: Vec<CleanNote>,
}

/// What `add` does when the key list cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnUnsaved {
    /// The window: keep the key in the keychain and listed while the app stays open, and say so.
    KeepForSession,
    /// The command line: take the key back out of the keychain and fail, so no key is left on
    /// no list (each retry would add another unlisted copy).
    Undo,
}

/// A key to add, with what goes with it.
pub struct NewKey {
    pub secret: SecretString,
    pub label: String,
    pub source: KeySource,
    pub hints: KeyHints,
}

/// The keys: secrets in a store, the rest in the catalog. Methods block (the keychain may), so
/// the GUI calls them on a worker thread. Every change re-reads the catalog under its lock first
/// and holds the lock across the keychain write and the save.
pub struct Vault {
    store: Arc<dyn SecretStore>,
    catalog: Catalog,
}

impl Vault {
    pub fn new(store: Arc<dyn SecretStore>, catalog: Catalog) -> Self {
        Vault { store, catalog }
    }

    pub fn entries(&self) -> &[CatalogEntry] {
        self.catalog.entries()
    }

    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.catalog.entry(id)
    }

    pub fn store(&self) -> &dyn SecretStore {
        self.store.as_ref()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Reads the list again (another window or a CLI run may have changed it).
    pub fn reload(&mut self) -> Result<(), VaultError> {
        self.catalog
            .lock_and_reload()
            .map(drop)
            .map_err(VaultError::Catalog)
    }

    /// The entry already listing this key, if any (by fingerprint: the keychain is not read).
    pub fn find_by_secret(&self, secret: &str) -> Option<&CatalogEntry> {
        let wanted = fingerprint(secret);
        self.catalog
            .entries()
            .iter()
            .find(|e| e.fingerprint == wanted)
    }

    /// The entry holding this key, listed and in the keychain. A listed key whose secret is gone
    /// from the keychain is not stored: it can be added again.
    pub fn stored_entry(&self, secret: &str) -> Result<Option<&CatalogEntry>, StoreError> {
        let Some(entry) = self.find_by_secret(secret) else {
            return Ok(None);
        };
        match self.store.get(&entry.id) {
            Ok(_) => Ok(Some(entry)),
            Err(StoreError::NotFound) => Ok(None),
            Err(other) => Err(other),
        }
    }

    /// Cleans the key, stores the secret, then lists it, all under the catalog's lock. A key
    /// listed but missing from the keychain is put back under its entry.
    pub fn add(&mut self, key: NewKey, on_unsaved: OnUnsaved) -> Result<Added, VaultError> {
        self.add_for(key, None, on_unsaved)
    }

    /// As `add`, the key stored as `provider`'s (the person said so, or the variable it came
    /// from did); `None`: told by its shape and its variable's name.
    pub fn add_for(
        &mut self,
        key: NewKey,
        provider: Option<crate::providers::ProviderId>,
        on_unsaved: OnUnsaved,
    ) -> Result<Added, VaultError> {
        let cleaned = clean_key(key.secret.expose_secret()).map_err(VaultError::BadKey)?;
        let secret = cleaned.secret;
        let _lock = self
            .catalog
            .lock_and_reload()
            .map_err(VaultError::Catalog)?;
        if let Some(existing) = self.find_by_secret(secret.expose_secret()).cloned() {
            return match self.store.get(&existing.id) {
                Ok(_) => Err(VaultError::AlreadyStored {
                    label: existing.label,
                }),
                Err(StoreError::NotFound) => {
                    self.store
                        .put(&existing.id, &existing.label, &secret)
                        .map_err(VaultError::Store)?;
                    Ok(Added {
                        entry: existing,
                        not_saved: None,
                        restored: true,
                        cleaned: cleaned.notes,
                    })
                }
                Err(other) => Err(VaultError::Store(other)),
            };
        }
        let entry = new_entry(secret.expose_secret(), key, provider);
        self.store
            .put(&entry.id, &entry.label, &secret)
            .map_err(VaultError::Store)?;
        self.catalog.push(entry.clone());
        let not_saved = match (self.catalog.save_all(), on_unsaved) {
            (Ok(()), _) => None,
            (Err(error), OnUnsaved::KeepForSession) => {
                self.catalog.keep_for_session(&entry.id);
                Some(error)
            }
            (Err(error), OnUnsaved::Undo) => {
                self.catalog.remove(&entry.id);
                return Err(match self.store.delete(&entry.id) {
                    Ok(()) => VaultError::NotSavedUndone { error },
                    Err(store) => VaultError::NotSavedLeftInKeychain {
                        error,
                        label: entry.label,
                        store,
                    },
                });
            }
        };
        Ok(Added {
            entry,
            not_saved,
            restored: false,
            cleaned: cleaned.notes,
        })
    }

    pub fn secret(&self, id: &str) -> Result<SecretString, VaultError> {
        if self.catalog.entry(id).is_none() {
            return Err(VaultError::NoSuchKey);
        }
        self.store.get(id).map_err(VaultError::Store)
    }

    /// Applies a change to one entry under the lock, on the list as it is on disk now.
    fn change_entry(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut CatalogEntry),
    ) -> Result<(), VaultError> {
        let _lock = self
            .catalog
            .lock_and_reload()
            .map_err(VaultError::Catalog)?;
        change(self.catalog.entry_mut(id).ok_or(VaultError::NoSuchKey)?);
        self.catalog.save_all().map_err(VaultError::Catalog)
    }

    pub fn rename(&mut self, id: &str, label: &str) -> Result<(), VaultError> {
        let label = label.trim().to_owned();
        self.change_entry(id, |entry| entry.label = label)
    }

    /// Stops sending the organization (and the project) found with the key: they were wrong for
    /// it, as a check said.
    pub fn forget_organization_and_project(&mut self, id: &str) -> Result<(), VaultError> {
        self.change_entry(id, |entry| {
            entry.hints.organization = None;
            entry.hints.project = None;
        })
    }

    /// Removes the keychain entry, then the catalog entry. A keychain error keeps the entry.
    pub fn delete(&mut self, id: &str) -> Result<(), VaultError> {
        let _lock = self
            .catalog
            .lock_and_reload()
            .map_err(VaultError::Catalog)?;
        if self.catalog.entry(id).is_none() {
            return Err(VaultError::NoSuchKey);
        }
        self.store.delete(id).map_err(VaultError::Store)?;
        self.catalog.remove(id);
        self.catalog.save_all().map_err(VaultError::Catalog)
    }

    /// Remembers the `key_…` id the organization lists the key under.
    pub fn remember_openai_key_id(&mut self, id: &str, key_id: &str) -> Result<(), VaultError> {
        self.change_entry(id, |entry| entry.openai_key_id = Some(key_id.to_owned()))
    }

    /// Remembers a check's verdict (never the key).
    pub fn record_check(&mut self, id: &str, record: CheckRecord) -> Result<(), VaultError> {
        self.change_entry(id, |entry| {
            entry.history.push(record);
            let excess = entry.history.len().saturating_sub(HISTORY_LIMIT);
            entry.history.drain(..excess);
        })
    }
}

/// The catalog entry for a new key: kind, redacted form and fingerprint from the secret.
fn new_entry(
    secret: &str,
    key: NewKey,
    provider: Option<crate::providers::ProviderId>,
) -> CatalogEntry {
    let detection = crate::providers::detect(secret, key.source.variable.as_deref());
    let detected = match provider {
        Some(provider) => detection.for_provider(provider),
        None => detection.best(),
    };
    let kind = match (detected, provider) {
        (Some(detected), _) => detected.kind,
        (None, Some(provider)) => provider.entry().main_kind,
        (None, None) => KeyKind::Unknown,
    };
    let provider = detected
        .map(|d| d.provider)
        .or(provider)
        .filter(|p| *p != crate::providers::ProviderId::OpenAi);
    let label = if key.label.trim().is_empty() {
        tr!(
            "error-key-default-name",
            kind = kind.words(),
            redacted = redact(secret)
        )
    } else {
        key.label.trim().to_owned()
    };
    CatalogEntry {
        id: new_id(),
        label,
        kind,
        redacted: redact(secret),
        fingerprint: fingerprint(secret),
        source: key.source,
        hints: key.hints,
        created: jiff::Timestamp::now(),
        history: Vec::new(),
        openai_key_id: None,
        provider,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use keyring_core::api::CredentialStoreApi;
    use keyring_core::mock;

    // A fake key, assembled from pieces so no line holds a key-shaped string.
    const KEY: &str = concat!(
        "sk-proj-",
        "abcdefghijklmnopqrstuvwxyz",
        "T3BlbkFJ0123456789"
    );

    fn new_key(secret: &str) -> NewKey {
        NewKey {
            secret: SecretString::from(secret.to_owned()),
            label: String::new(),
            source: KeySource::pasted(),
            hints: KeyHints::default(),
        }
    }

    fn mock_vault(dir: &std::path::Path) -> (Arc<mock::Store>, Vault) {
        let mock = mock::Store::new().expect("mock");
        let store = Arc::new(KeyringStore::new(mock.clone(), "org.keydoctor.test", false));
        let (catalog, note) = Catalog::load(&Catalog::file_in(dir)).expect("catalog");
        assert_eq!(note, None);
        (mock, Vault::new(store, catalog))
    }

    #[test]
    fn add_read_rename_delete_and_the_catalog_holds_no_secret() {
        let dir = tempfile::tempdir().expect("dir");
        let (_, mut vault) = mock_vault(dir.path());
        let entry = add_key(&mut vault);
        assert_eq!(entry.kind, KeyKind::Project);
        assert_eq!(entry.label, "Project key sk-proj-…6789");
        assert_eq!(
            vault.secret(&entry.id).expect("secret").expose_secret(),
            KEY
        );
        assert!(matches!(
            vault.add(new_key(KEY), OnUnsaved::KeepForSession),
            Err(VaultError::AlreadyStored { .. })
        ));
        vault.rename(&entry.id, "Website").expect("renamed");
        let on_disk = std::fs::read_to_string(Catalog::file_in(dir.path())).expect("catalog file");
        assert!(
            on_disk.contains("Website")
                && !on_disk.contains(KEY)
                && !on_disk.contains("abcdefghijklmnop")
        );
        vault.delete(&entry.id).expect("deleted");
        assert!(vault.entries().is_empty());
    }

    /// Adds KEY, as the window does.
    fn add_key(vault: &mut Vault) -> CatalogEntry {
        vault
            .add(new_key(KEY), OnUnsaved::KeepForSession)
            .expect("added")
            .entry
    }

    /// A vault holding KEY whose keychain refuses the next call on it, as a locked one does.
    fn stored_then_locked_once(dir: &std::path::Path) -> (Vault, CatalogEntry) {
        let (mock, mut vault) = mock_vault(dir);
        let entry = add_key(&mut vault);
        let credential = mock
            .build("org.keydoctor.test", &entry.id, None)
            .expect("entry");
        let cred: &mock::Cred = credential.as_any().downcast_ref().expect("mock");
        cred.set_error(keyring_core::Error::NoStorageAccess(Box::new(
            std::io::Error::other("locked"),
        )));
        (vault, entry)
    }

    #[test]
    fn a_keychain_error_never_deletes_a_catalog_entry() {
        let dir = tempfile::tempdir().expect("dir");
        let (mut vault, entry) = stored_then_locked_once(dir.path());
        assert!(matches!(
            vault.delete(&entry.id),
            Err(VaultError::Store(StoreError::Locked { .. }))
        ));
        assert_eq!(vault.entries().len(), 1);
        vault.delete(&entry.id).expect("works once unlocked");
    }

    #[test]
    fn a_locked_keychain_read_loses_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let (vault, entry) = stored_then_locked_once(dir.path());
        assert!(matches!(
            vault.secret(&entry.id),
            Err(VaultError::Store(StoreError::Locked { .. }))
        ));
        assert_eq!(
            vault
                .secret(&entry.id)
                .expect("readable again")
                .expose_secret(),
            KEY
        );
    }

    /// A store that refuses every write, as a locked keychain does.
    struct LockedStore;

    impl SecretStore for LockedStore {
        fn put(&self, _: &str, _: &str, _: &SecretString) -> Result<(), StoreError> {
            Err(StoreError::Locked {
                reason: "locked".into(),
            })
        }
        fn get(&self, _: &str) -> Result<SecretString, StoreError> {
            Err(StoreError::Locked {
                reason: "locked".into(),
            })
        }
        fn delete(&self, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Locked {
                reason: "locked".into(),
            })
        }
        fn is_persistent(&self) -> bool {
            true
        }
    }

    #[test]
    fn a_failed_keychain_write_lists_nothing_and_writes_no_file() {
        let dir = tempfile::tempdir().expect("dir");
        let path = Catalog::file_in(dir.path());
        let (catalog, _) = Catalog::load(&path).expect("catalog");
        let mut vault = Vault::new(Arc::new(LockedStore), catalog);
        let error = vault
            .add(new_key(KEY), OnUnsaved::KeepForSession)
            .expect_err("locked");
        assert!(error.to_string().contains("locked"));
        assert!(vault.entries().is_empty());
        assert!(!path.exists());
    }

    #[test]
    fn a_catalog_that_cannot_be_saved_keeps_the_key_for_the_session() {
        let dir = tempfile::tempdir().expect("dir");
        // A file where the config directory should be: as unwritable as a read-only folder,
        // even for root.
        let config = dir.path().join("config");
        std::fs::create_dir(&config).expect("dir");
        let mock = mock::Store::new().expect("mock");
        let store = Arc::new(KeyringStore::new(mock, "org.keydoctor.test", false));
        let (catalog, _) = Catalog::load(&Catalog::file_in(&config)).expect("an empty catalog");
        std::fs::remove_dir_all(&config).expect("remove");
        std::fs::write(&config, b"").expect("a file in its place");
        let mut vault = Vault::new(store, catalog);
        let added = vault
            .add(new_key(KEY), OnUnsaved::KeepForSession)
            .expect("stored in the keychain");
        let listed = added.entry;
        assert!(
            added
                .not_saved
                .expect("a sentence")
                .to_string()
                .contains("could not be saved")
        );
        assert_eq!(vault.entries().len(), 1);
        assert_eq!(
            vault
                .secret(&listed.id)
                .expect("in the keychain")
                .expose_secret(),
            KEY
        );
    }

    #[test]
    fn history_is_kept_and_bounded() {
        let dir = tempfile::tempdir().expect("dir");
        let (_, mut vault) = mock_vault(dir.path());
        let entry = add_key(&mut vault);
        for n in 0..(HISTORY_LIMIT + 5) {
            vault
                .record_check(
                    &entry.id,
                    CheckRecord {
                        at: jiff::Timestamp::now(),
                        code: "ok".into(),
                        summary: format!("check {n}"),
                    },
                )
                .expect("recorded");
        }
        let history = &vault.entry(&entry.id).expect("entry").history;
        assert_eq!(history.len(), HISTORY_LIMIT);
        assert_eq!(
            history.last().expect("last").summary,
            format!("check {}", HISTORY_LIMIT + 4)
        );
    }

    #[test]
    fn a_corrupt_catalog_is_recovered_from_the_backup_and_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let path = Catalog::file_in(dir.path());
        {
            let (_, mut vault) = mock_vault(dir.path());
            vault
                .add(new_key(KEY), OnUnsaved::KeepForSession)
                .expect("added");
            vault
                .add(
                    new_key("sk-admin-0123456789abcdefghijklmn"),
                    OnUnsaved::KeepForSession,
                )
                .expect("second save makes a backup");
        }
        std::fs::write(&path, b"{ broken").expect("damage");
        let (catalog, note) = Catalog::load(&path).expect("loads");
        assert_eq!(
            catalog.entries().len(),
            1,
            "the backup holds the state before the last save"
        );
        let Some(LoadNote::RecoveredFromBackup { corrupt_copy }) = note else {
            panic!("expected a recovery note, got {note:?}");
        };
        assert_eq!(std::fs::read(&corrupt_copy).expect("kept"), b"{ broken");

        std::fs::write(&path, b"{ broken again").expect("damage");
        std::fs::write(path.with_extension("json.bak"), b"also broken").expect("damage");
        let (catalog, note) = Catalog::load(&path).expect("loads");
        assert!(catalog.entries().is_empty());
        let Some(LoadNote::StartedEmpty { corrupt_copy, .. }) = note else {
            panic!("expected an empty start, got {note:?}");
        };
        assert_eq!(
            std::fs::read(&corrupt_copy).expect("kept"),
            b"{ broken again"
        );
        assert!(note_sentence_mentions_keychain(&LoadNote::StartedEmpty {
            corrupt_copy,
            reason: "x".into()
        }));
    }

    fn note_sentence_mentions_keychain(note: &LoadNote) -> bool {
        note.sentence().contains("still in the keychain")
    }

    #[test]
    fn vaults_writing_one_list_at_once_lose_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let path = Catalog::file_in(dir.path());
        let store: Arc<dyn SecretStore> = Arc::new(SessionStore::default());
        // Each writer read the list before any other wrote: a stale list must not win.
        let writers: Vec<Vault> = (0..4)
            .map(|_| Vault::new(store.clone(), Catalog::load(&path).expect("list").0))
            .collect();
        let threads: Vec<_> = writers
            .into_iter()
            .enumerate()
            .map(|(w, mut vault)| {
                std::thread::spawn(move || {
                    for n in 0..10 {
                        let secret = format!("sk-proj-writer{w}key{n}abcdefghijklmnopqrstuv");
                        let added = vault
                            .add(new_key(&secret), OnUnsaved::KeepForSession)
                            .expect("added");
                        assert!(added.not_saved.is_none());
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("joined");
        }
        let (listed, _) = Catalog::load(&path).expect("list");
        assert_eq!(listed.entries().len(), 40);
        for entry in listed.entries() {
            assert!(store.get(&entry.id).is_ok(), "each listed key is stored");
        }
    }

    #[test]
    fn a_key_listed_but_gone_from_the_keychain_is_put_back_on_its_entry() {
        let dir = tempfile::tempdir().expect("dir");
        let (_, mut vault) = mock_vault(dir.path());
        let entry = add_key(&mut vault);
        vault
            .store()
            .delete(&entry.id)
            .expect("gone behind our back");
        assert!(
            vault
                .secret(&entry.id)
                .expect_err("gone")
                .is_missing_secret()
        );
        assert_eq!(vault.stored_entry(KEY).expect("readable"), None);
        let added = vault
            .add(new_key(KEY), OnUnsaved::KeepForSession)
            .expect("added again");
        assert!(added.restored);
        assert_eq!(added.entry.id, entry.id);
        assert_eq!(vault.entries().len(), 1);
        assert_eq!(vault.secret(&entry.id).expect("back").expose_secret(), KEY);
    }

    #[test]
    fn the_command_line_takes_the_key_back_when_the_list_cannot_be_saved() {
        let dir = tempfile::tempdir().expect("dir");
        let config = dir.path().join("config");
        std::fs::create_dir(&config).expect("dir");
        let session = Arc::new(SessionStore::default());
        let store: Arc<dyn SecretStore> = session.clone();
        let (catalog, _) = Catalog::load(&Catalog::file_in(&config)).expect("empty");
        std::fs::remove_dir_all(&config).expect("remove");
        std::fs::write(&config, b"").expect("a file in its place");
        let mut vault = Vault::new(store.clone(), catalog);
        let error = vault
            .add(new_key(KEY), OnUnsaved::Undo)
            .expect_err("not saved");
        assert!(
            matches!(error, VaultError::NotSavedUndone { .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("The key was not stored."));
        assert!(vault.entries().is_empty());
        assert_eq!(session.len(), 0, "nothing is left in the keychain");
    }

    #[test]
    fn ids_are_random() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 1000);
        assert!(
            ids.iter()
                .all(|id| id.starts_with("key-") && id.len() == 36)
        );
    }

    #[test]
    fn fingerprints_are_stable_and_do_not_reveal_the_key() {
        assert_eq!(fingerprint(KEY), fingerprint(&format!(" {KEY}\n")));
        assert_ne!(fingerprint(KEY), fingerprint("sk-proj-other"));
        assert!(!fingerprint(KEY).contains("abcdef"));
    }
}
