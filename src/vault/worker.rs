//! The vault as one worker that owns it: changes and reads go to it over a channel and are
//! applied one after another, in the order given, on a thread of its own (the keychain may
//! block). After each, the answer gets the entries as they are then, so whoever shows the list
//! receives the newest one last.

use std::sync::mpsc::{Sender, channel};

use super::{CatalogEntry, Vault};

type Job = Box<dyn FnOnce(&mut Vault) + Send>;

/// A handle to the worker; cheap to clone. The worker stops when every handle is gone.
#[derive(Clone)]
pub struct VaultWorker {
    jobs: Sender<Job>,
    persistent: bool,
}

impl VaultWorker {
    /// Moves the vault onto its own thread.
    pub fn start(vault: Vault) -> VaultWorker {
        let persistent = vault.store().is_persistent();
        let (jobs, queue) = channel::<Job>();
        let spawned = std::thread::Builder::new()
            .name("key-doctor-vault".to_owned())
            .spawn(move || {
                let mut vault = vault;
                for job in queue {
                    job(&mut vault);
                }
            });
        if let Err(error) = spawned {
            // Without a thread the jobs are never run; each caller's answer then never comes,
            // which the GUI shows as a key still "Checking…". Say why in the log.
            tracing::error!(%error, "the vault worker could not start");
        }
        VaultWorker { jobs, persistent }
    }

    /// Applies `change`, then calls `answer` with its result and the entries after it. Words
    /// made on the worker are in the language of the thread that asked.
    pub fn apply<R: 'static>(
        &self,
        change: impl FnOnce(&mut Vault) -> R + Send + 'static,
        answer: impl FnOnce(R, Vec<CatalogEntry>) + Send + 'static,
    ) {
        let language = crate::i18n::language();
        let _ = self.jobs.send(Box::new(move |vault: &mut Vault| {
            crate::i18n::set_language_of_this_thread(language);
            let result = change(vault);
            answer(result, vault.entries().to_vec());
        }));
    }

    /// Reads one key's secret, in turn with every change; `answer` gets the id back with it.
    pub fn read_secret(
        &self,
        id: String,
        answer: impl FnOnce(String, Result<secrecy::SecretString, super::VaultError>) + Send + 'static,
    ) {
        self.apply(
            move |vault| {
                let read = vault.secret(&id);
                (id, read)
            },
            move |(id, read), _| answer(id, read),
        );
    }

    /// True when secrets outlive the app (a keychain, not this session's memory).
    pub fn is_persistent(&self) -> bool {
        self.persistent
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::mpsc::channel;

    use secrecy::SecretString;

    use super::*;
    use crate::vault::{Catalog, KeyHints, KeySource, NewKey, OnUnsaved, SessionStore};

    #[test]
    fn changes_are_applied_and_answered_in_the_order_given() {
        let vault = Vault::new(Arc::new(SessionStore::default()), Catalog::in_memory());
        let worker = VaultWorker::start(vault);
        let (answers, received) = channel();
        for n in 0..50 {
            let answers = answers.clone();
            worker.apply(
                move |vault| {
                    vault
                        .add(
                            NewKey {
                                secret: SecretString::from(format!(
                                    "sk-proj-order{n:02}abcdefghijklmnopqrstuvwx"
                                )),
                                label: format!("key {n}"),
                                source: KeySource::pasted(),
                                hints: KeyHints::default(),
                            },
                            OnUnsaved::KeepForSession,
                        )
                        .is_ok()
                },
                move |added, entries| {
                    let _ = answers.send((n, added, entries.len()));
                },
            );
        }
        drop(answers);
        let order: Vec<(usize, bool, usize)> = received.iter().collect();
        assert_eq!(order.len(), 50);
        for (index, (n, added, listed)) in order.into_iter().enumerate() {
            assert_eq!((n, added, listed), (index, true, index + 1));
        }
    }
}
