//! The real keychain: the Secret Service of an unlocked gnome-keyring inside a private D-Bus
//! session (scripts/in-desktop-session.sh, run by scripts/test.sh). Store, read, list, delete,
//! still there after a restart; and a keychain that is locked or missing says so and loses nothing.

use std::process::Command;
use std::sync::Arc;

use key_doctor::vault::{
    Catalog, KeyHints, KeySource, KeyringStore, NewKey, OnUnsaved, SecretStore, Vault, VaultError,
};
use secrecy::{ExposeSecret, SecretString};

/// A fake key, assembled from pieces so no line holds a key-shaped string.
const KEY: &str = concat!(
    "sk-proj-",
    "keychaintest-abcdefghijklmnopqrstuvwxyz",
    "T3BlbkFJ01234"
);

/// These tests need the session scripts/test.sh provides; elsewhere they say so and stop.
fn in_desktop_session() -> bool {
    let ready = std::env::var_os("KEY_DOCTOR_KEYCHAIN_TESTS").is_some();
    if !ready {
        eprintln!("skipped: run through scripts/test.sh (a D-Bus session with gnome-keyring)");
    }
    ready
}

fn service(test: &str) -> String {
    format!("org.keydoctor.KeyDoctor.test.{test}.{}", std::process::id())
}

fn open_vault(service: &str, dir: &std::path::Path) -> Vault {
    let store = KeyringStore::system(service).expect("the Secret Service is available");
    let (catalog, note) = Catalog::load(&Catalog::file_in(dir)).expect("catalog");
    assert_eq!(note, None);
    Vault::new(Arc::new(store), catalog)
}

fn new_key(secret: &str, label: &str) -> NewKey {
    NewKey {
        secret: SecretString::from(secret.to_owned()),
        label: label.to_owned(),
        source: KeySource {
            file: Some("/tmp/project/.env".into()),
            variable: Some("OPENAI_API_KEY".into()),
        },
        hints: KeyHints {
            organization: Some("org-test".into()),
            ..KeyHints::default()
        },
    }
}

#[test]
fn keys_are_stored_read_listed_and_deleted_in_the_secret_service() {
    if !in_desktop_session() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let service = service("roundtrip");
    let mut vault = open_vault(&service, dir.path());
    let first = vault
        .add(new_key(KEY, "Website"), OnUnsaved::KeepForSession)
        .expect("stored")
        .entry;
    let second = vault
        .add(
            new_key("sk-admin-keychaintest-0123456789abcdefgh", "Usage"),
            OnUnsaved::KeepForSession,
        )
        .expect("stored")
        .entry;
    assert_eq!(vault.entries().len(), 2);
    assert_eq!(vault.secret(&first.id).expect("read").expose_secret(), KEY);

    // secret-tool, another Secret Service client, sees the entry under our service name.
    let looked_up = Command::new("secret-tool")
        .args(["lookup", "service", &service, "username", &first.id])
        .output()
        .expect("secret-tool runs");
    assert_eq!(String::from_utf8_lossy(&looked_up.stdout).trim(), KEY);

    vault.delete(&second.id).expect("deleted");
    assert_eq!(vault.entries().len(), 1);
    let store = KeyringStore::system(&service).expect("store");
    assert!(
        store.get(&second.id).is_err(),
        "the keychain entry went with it"
    );
    let catalog = std::fs::read_to_string(Catalog::file_in(dir.path())).expect("catalog file");
    assert!(!catalog.contains(KEY) && catalog.contains("Website"));
    vault.delete(&first.id).expect("cleaned up");
}

#[test]
fn keys_are_still_there_after_the_app_restarts() {
    if !in_desktop_session() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let service = service("restart");
    let id = {
        let mut vault = open_vault(&service, dir.path());
        vault
            .add(new_key(KEY, "Kept"), OnUnsaved::KeepForSession)
            .expect("stored")
            .entry
            .id
    };
    let mut reopened = open_vault(&service, dir.path());
    let entry = reopened.entry(&id).expect("listed again").clone();
    assert_eq!(entry.label, "Kept");
    assert_eq!(entry.hints.organization.as_deref(), Some("org-test"));
    assert_eq!(
        reopened.secret(&id).expect("read again").expose_secret(),
        KEY
    );
    reopened.delete(&id).expect("cleaned up");
}

/// Runs in a child process on a fresh D-Bus session whose keyring was never unlocked.
#[test]
#[ignore = "run by keychain_that_is_locked_or_missing_says_so in its own session"]
fn locked_keychain_child() {
    let dir = tempfile::tempdir().expect("dir");
    let outcome = KeyringStore::system(&service("locked")).map(|store| {
        let (catalog, _) = Catalog::load(&Catalog::file_in(dir.path())).expect("catalog");
        let mut vault = Vault::new(Arc::new(store), catalog);
        let result = vault.add(new_key(KEY, "Nope"), OnUnsaved::KeepForSession);
        (result.map(|_| ()), vault.entries().len())
    });
    match outcome {
        Err(error) => println!("STORE-REFUSED: {}", error.sentence()),
        Ok((Err(VaultError::Store(error)), entries)) => {
            assert_eq!(entries, 0);
            assert!(
                !Catalog::file_in(dir.path()).exists(),
                "no catalog entry for a key that was not stored"
            );
            println!("STORE-REFUSED: {}", error.sentence());
        }
        Ok((other, _)) => panic!("a locked keychain stored the key: {other:?}"),
    }
}

#[test]
fn keychain_that_is_locked_or_missing_says_so() {
    if !in_desktop_session() {
        return;
    }
    let runtime_dir = tempfile::tempdir().expect("dir");
    let data_dir = tempfile::tempdir().expect("dir");
    let script = format!(
        "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; exec '{}' --exact locked_keychain_child --ignored --nocapture",
        std::env::current_exe().expect("test binary").display()
    );
    let output = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("XDG_RUNTIME_DIR", runtime_dir.path())
        .env("XDG_DATA_HOME", data_dir.path())
        .output()
        .expect("dbus-run-session runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let sentence = stdout
        .lines()
        .find_map(|l| l.strip_prefix("STORE-REFUSED: "))
        .expect("the child reports the refusal");
    assert!(
        sentence.contains("locked")
            || sentence.contains("No system keychain")
            || sentence.contains("keychain reported"),
        "{sentence}"
    );
}
