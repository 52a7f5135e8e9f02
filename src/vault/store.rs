//! Where secrets go: the OS keychain through keyring-core (one entry per key), or this session's
//! memory when the person chose that because no keychain is available. Never a plaintext file.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Error as KeyringError};
use secrecy::{ExposeSecret, SecretString};

use crate::tr;

/// Why the keychain could not do what was asked. No variant ever holds a secret. `Display` is a
/// plain clause ("the keychain is locked or refused access"), [`StoreError::sentence`] says what
/// to do, and the keychain library's own words ("zbus error: …") stay in `reason`, for
/// [`StoreError::technical`] (Technical details), never in the sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("{}", tr!("error-store-not-found"))]
    NotFound,
    #[error("{}", tr!("error-store-locked"))]
    Locked { reason: String },
    #[error("{}", tr!("error-store-unavailable"))]
    Unavailable { reason: String },
    #[error("{}", tr!("error-store-failed"))]
    Failed { reason: String },
}

impl StoreError {
    /// A sentence for people: what happened and what to do.
    pub fn sentence(&self) -> String {
        match self {
            StoreError::NotFound => tr!("error-store-not-found-sentence"),
            StoreError::Locked { .. } => tr!("error-store-locked-sentence"),
            StoreError::Unavailable { .. } => tr!("error-store-unavailable-sentence"),
            StoreError::Failed { .. } => tr!("error-store-failed-sentence"),
        }
    }

    /// The keychain library's own words, for Technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            StoreError::NotFound => None,
            StoreError::Locked { reason }
            | StoreError::Unavailable { reason }
            | StoreError::Failed { reason } => Some(reason),
        }
    }
}

/// Maps keyring-core's errors, dropping the raw bytes some variants carry (they could be secret).
fn store_error(error: KeyringError) -> StoreError {
    match error {
        KeyringError::NoEntry => StoreError::NotFound,
        KeyringError::NoStorageAccess(inner) => StoreError::Locked {
            reason: inner.to_string(),
        },
        KeyringError::PlatformFailure(inner) => StoreError::Unavailable {
            reason: inner.to_string(),
        },
        KeyringError::NoDefaultStore => StoreError::Unavailable {
            reason: "no credential store".to_owned(),
        },
        KeyringError::BadEncoding(_) | KeyringError::BadDataFormat(..) => StoreError::Failed {
            reason: "the stored value is not readable text".to_owned(),
        },
        other => StoreError::Failed {
            reason: other.to_string(),
        },
    }
}

/// Keeps secrets by entry id.
pub trait SecretStore: Send + Sync {
    fn put(&self, id: &str, label: &str, secret: &SecretString) -> Result<(), StoreError>;
    fn get(&self, id: &str) -> Result<SecretString, StoreError>;
    /// Deleting an entry that is already gone succeeds.
    fn delete(&self, id: &str) -> Result<(), StoreError>;
    /// False when secrets are forgotten when the app closes. Sentences about where keys are
    /// choose their words by it (languages inflect the place differently in each sentence).
    fn is_persistent(&self) -> bool;
}

/// Any keyring-core store: the OS keychain in the app, the mock store in unit tests.
pub struct KeyringStore {
    store: Arc<CredentialStore>,
    service: String,
    /// The Secret Service shows a label per item; the mock store refuses modifiers.
    labels: bool,
}

impl KeyringStore {
    pub fn new(store: Arc<CredentialStore>, service: &str, labels: bool) -> Self {
        KeyringStore {
            store,
            service: service.to_owned(),
            labels,
        }
    }

    /// The system keychain: Apple Keychain, Windows Credential Manager, or the Secret Service.
    pub fn system(service: &str) -> Result<Self, StoreError> {
        #[cfg(target_os = "linux")]
        let store: Arc<CredentialStore> =
            zbus_secret_service_keyring_store::Store::new().map_err(store_error)?;
        #[cfg(target_os = "macos")]
        let store: Arc<CredentialStore> =
            apple_native_keyring_store::keychain::Store::new().map_err(store_error)?;
        #[cfg(target_os = "windows")]
        let store: Arc<CredentialStore> =
            windows_native_keyring_store::Store::new().map_err(store_error)?;
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        return Err(StoreError::Unavailable {
            reason: "this operating system has no supported keychain".to_owned(),
        });
        #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
        Ok(KeyringStore::new(store, service, cfg!(target_os = "linux")))
    }

    fn entry(&self, id: &str, label: Option<&str>) -> Result<keyring_core::Entry, StoreError> {
        let label = label.map(|l| format!("Key Doctor: {l}"));
        let modifiers: HashMap<&str, &str> = match (&label, self.labels) {
            (Some(label), true) => HashMap::from([("label", label.as_str())]),
            _ => HashMap::new(),
        };
        self.store
            .build(
                &self.service,
                id,
                (!modifiers.is_empty()).then_some(&modifiers),
            )
            .map_err(store_error)
    }
}

impl SecretStore for KeyringStore {
    fn put(&self, id: &str, label: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.entry(id, Some(label))?
            .set_password(secret.expose_secret())
            .map_err(store_error)
    }

    fn get(&self, id: &str) -> Result<SecretString, StoreError> {
        self.entry(id, None)?
            .get_password()
            .map(SecretString::from)
            .map_err(store_error)
    }

    fn delete(&self, id: &str) -> Result<(), StoreError> {
        match self.entry(id, None)?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(other) => Err(store_error(other)),
        }
    }

    fn is_persistent(&self) -> bool {
        true
    }
}

/// Secrets kept in memory for this session only (the person's explicit choice, or the demo).
#[derive(Default)]
pub struct SessionStore {
    secrets: Mutex<HashMap<String, SecretString>>,
}

impl SessionStore {
    /// How many secrets it holds.
    pub fn len(&self) -> usize {
        self.secrets().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn secrets(&self) -> std::sync::MutexGuard<'_, HashMap<String, SecretString>> {
        self.secrets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl SecretStore for SessionStore {
    fn put(&self, id: &str, _label: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.secrets().insert(id.to_owned(), secret.clone());
        Ok(())
    }

    fn get(&self, id: &str) -> Result<SecretString, StoreError> {
        self.secrets().get(id).cloned().ok_or(StoreError::NotFound)
    }

    fn delete(&self, id: &str) -> Result<(), StoreError> {
        self.secrets().remove(id);
        Ok(())
    }

    fn is_persistent(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use keyring_core::api::CredentialStoreApi;
    use keyring_core::mock;

    fn mock_store() -> (Arc<mock::Store>, KeyringStore) {
        let store = mock::Store::new().expect("mock");
        let keyring = KeyringStore::new(store.clone(), "org.keydoctor.test", false);
        (store, keyring)
    }

    fn fail_next(store: &mock::Store, id: &str, error: KeyringError) {
        let entry = store.build("org.keydoctor.test", id, None).expect("entry");
        let cred: &mock::Cred = entry.as_any().downcast_ref().expect("a mock credential");
        cred.set_error(error);
    }

    #[test]
    fn round_trip_and_delete() {
        let (_, keyring) = mock_store();
        keyring
            .put("a", "Label", &SecretString::from("sk-proj-secret"))
            .expect("stored");
        assert_eq!(
            keyring.get("a").expect("read").expose_secret(),
            "sk-proj-secret"
        );
        keyring.delete("a").expect("deleted");
        assert_eq!(keyring.get("a").err(), Some(StoreError::NotFound));
        keyring.delete("a").expect("deleting twice is fine");
    }

    #[test]
    fn a_missing_keychain_is_said_plainly_with_the_library_words_apart() {
        // What the Secret Service library says on a first start without a D-Bus session.
        let reason = "zbus error: Failed to connect to address `unix:path=/run/user/0/bus`: No such file or directory (os error 2)";
        let error = StoreError::Unavailable {
            reason: reason.to_owned(),
        };
        for words in [error.to_string(), error.sentence()] {
            assert!(
                !words.contains("zbus") && !words.contains("os error"),
                "{words}"
            );
        }
        assert!(error.sentence().contains("this session only"));
        assert_eq!(error.technical(), Some(reason));
    }

    #[test]
    fn injected_errors_become_sentences_without_secrets() {
        let (store, keyring) = mock_store();
        keyring
            .put("a", "Label", &SecretString::from("sk-proj-secret"))
            .expect("stored");
        fail_next(
            &store,
            "a",
            KeyringError::NoStorageAccess(Box::new(std::io::Error::other("collection is locked"))),
        );
        let error = keyring.get("a").expect_err("locked");
        assert!(matches!(error, StoreError::Locked { .. }));
        assert!(error.sentence().contains("locked"));
        // The library's words are kept for the details, never in the sentence.
        assert!(!error.sentence().contains("collection"));
        assert!(!error.to_string().contains("collection"));
        assert_eq!(error.technical(), Some("collection is locked"));
        fail_next(
            &store,
            "a",
            KeyringError::BadEncoding(b"sk-proj-secret".to_vec()),
        );
        let error = keyring.get("a").expect_err("bad encoding");
        assert!(!format!("{error} {error:?}").contains("sk-proj-secret"));
        // The error is cleared after one call, and the secret was never lost.
        assert_eq!(
            keyring.get("a").expect("still there").expose_secret(),
            "sk-proj-secret"
        );
    }
}
