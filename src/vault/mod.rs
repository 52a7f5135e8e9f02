//! Where keys live: secrets in the OS keychain (or, by explicit choice, this session's memory),
//! everything else in a small JSON catalog. Also what kind a key is and how it is shown redacted.

mod catalog;
mod kind;
mod store;

use std::sync::Arc;

use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

pub use catalog::{
    Catalog, CatalogEntry, CatalogError, CheckRecord, HISTORY_LIMIT, KeyHints, KeySource, LoadNote,
    SCHEMA_VERSION,
};
pub use kind::{KeyKind, looks_like_openai_key, redact};
pub use store::{KeyringStore, SecretStore, SessionStore, StoreError};

/// The keychain service name: the app id, so entries are easy to find in a keychain app.
pub const KEYCHAIN_SERVICE: &str = "org.keydoctor.KeyDoctor";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    #[error("{}", .0.sentence())]
    Store(StoreError),
    #[error("{0}")]
    Catalog(CatalogError),
    #[error("There is no key with this id.")]
    NoSuchKey,
    #[error("This key is already stored as \"{label}\".")]
    AlreadyStored { label: String },
}

/// A short, irreversible fingerprint of a key (SHA-256 of a high-entropy secret, truncated).
pub fn fingerprint(secret: &str) -> String {
    let digest = Sha256::digest(secret.trim().as_bytes());
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// A new entry id, unique enough for one person's keys.
fn new_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = jiff::Timestamp::now();
    format!(
        "key-{}-{}",
        now.as_millisecond(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A key that was stored. `not_saved` says the catalog could not be written: the key is in the
/// keychain and listed for this session, and the sentence says why it may be missing next time.
#[derive(Debug)]
pub struct Added {
    pub entry: CatalogEntry,
    pub not_saved: Option<CatalogError>,
}

/// A key to add, with what goes with it.
pub struct NewKey {
    pub secret: SecretString,
    pub label: String,
    pub source: KeySource,
    pub hints: KeyHints,
}

/// The keys: secrets in a store, the rest in the catalog. Methods block (the keychain may), so
/// the GUI calls them on a worker thread.
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

    /// The entry already holding this key, if any.
    pub fn find_by_secret(&self, secret: &str) -> Option<&CatalogEntry> {
        let wanted = fingerprint(secret);
        self.catalog
            .entries()
            .iter()
            .find(|e| e.fingerprint == wanted)
    }

    /// Stores the secret first, then lists it. If the catalog cannot be saved the key is still
    /// in the keychain and listed for this session; the error says so.
    pub fn add(&mut self, key: NewKey) -> Result<Added, VaultError> {
        let secret = key.secret.expose_secret().trim().to_owned();
        if let Some(existing) = self.find_by_secret(&secret) {
            return Err(VaultError::AlreadyStored {
                label: existing.label.clone(),
            });
        }
        let kind = KeyKind::detect(&secret);
        let label = if key.label.trim().is_empty() {
            format!("{} {}", kind.words(), redact(&secret))
        } else {
            key.label.trim().to_owned()
        };
        let entry = CatalogEntry {
            id: new_id(),
            label,
            kind,
            redacted: redact(&secret),
            fingerprint: fingerprint(&secret),
            source: key.source,
            hints: key.hints,
            created: jiff::Timestamp::now(),
            history: Vec::new(),
        };
        self.store
            .put(&entry.id, &entry.label, &SecretString::from(secret))
            .map_err(VaultError::Store)?;
        self.catalog.push(entry.clone());
        Ok(Added {
            entry,
            not_saved: self.catalog.save().err(),
        })
    }

    pub fn secret(&self, id: &str) -> Result<SecretString, VaultError> {
        if self.catalog.entry(id).is_none() {
            return Err(VaultError::NoSuchKey);
        }
        self.store.get(id).map_err(VaultError::Store)
    }

    pub fn rename(&mut self, id: &str, label: &str) -> Result<(), VaultError> {
        let entry = self.catalog.entry_mut(id).ok_or(VaultError::NoSuchKey)?;
        entry.label = label.trim().to_owned();
        self.catalog.save().map_err(VaultError::Catalog)
    }

    /// Removes the keychain entry, then the catalog entry. A keychain error keeps the entry.
    pub fn delete(&mut self, id: &str) -> Result<(), VaultError> {
        if self.catalog.entry(id).is_none() {
            return Err(VaultError::NoSuchKey);
        }
        self.store.delete(id).map_err(VaultError::Store)?;
        self.catalog.remove(id);
        self.catalog.save().map_err(VaultError::Catalog)
    }

    /// Remembers a check's verdict (never the key).
    pub fn record_check(&mut self, id: &str, record: CheckRecord) -> Result<(), VaultError> {
        let entry = self.catalog.entry_mut(id).ok_or(VaultError::NoSuchKey)?;
        entry.history.push(record);
        let excess = entry.history.len().saturating_sub(HISTORY_LIMIT);
        entry.history.drain(..excess);
        self.catalog.save().map_err(VaultError::Catalog)
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
        let entry = vault.add(new_key(KEY)).expect("added").entry;
        assert_eq!(entry.kind, KeyKind::Project);
        assert_eq!(entry.label, "Project key sk-proj-…6789");
        assert_eq!(
            vault.secret(&entry.id).expect("secret").expose_secret(),
            KEY
        );
        assert!(matches!(
            vault.add(new_key(KEY)),
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

    #[test]
    fn a_keychain_error_never_deletes_a_catalog_entry() {
        let dir = tempfile::tempdir().expect("dir");
        let (mock, mut vault) = mock_vault(dir.path());
        let entry = vault.add(new_key(KEY)).expect("added").entry;
        let credential = mock
            .build("org.keydoctor.test", &entry.id, None)
            .expect("entry");
        let cred: &mock::Cred = credential.as_any().downcast_ref().expect("mock");
        cred.set_error(keyring_core::Error::NoStorageAccess(Box::new(
            std::io::Error::other("locked"),
        )));
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
        let (mock, mut vault) = mock_vault(dir.path());
        let entry = vault.add(new_key(KEY)).expect("added").entry;
        let credential = mock
            .build("org.keydoctor.test", &entry.id, None)
            .expect("entry");
        let cred: &mock::Cred = credential.as_any().downcast_ref().expect("mock");
        cred.set_error(keyring_core::Error::NoStorageAccess(Box::new(
            std::io::Error::other("locked"),
        )));
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
        fn place(&self) -> &'static str {
            "a locked keychain"
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
        let error = vault.add(new_key(KEY)).expect_err("locked");
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
        std::fs::remove_dir(&config).expect("remove");
        std::fs::write(&config, b"").expect("a file in its place");
        let mut vault = Vault::new(store, catalog);
        let added = vault.add(new_key(KEY)).expect("stored in the keychain");
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
        let entry = vault.add(new_key(KEY)).expect("added").entry;
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
            vault.add(new_key(KEY)).expect("added");
            vault
                .add(new_key("sk-admin-0123456789abcdefghijklmn"))
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
    fn fingerprints_are_stable_and_do_not_reveal_the_key() {
        assert_eq!(fingerprint(KEY), fingerprint(&format!(" {KEY}\n")));
        assert_ne!(fingerprint(KEY), fingerprint("sk-proj-other"));
        assert!(!fingerprint(KEY).contains("abcdef"));
    }
}
