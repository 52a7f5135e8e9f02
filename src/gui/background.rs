//! Running work off the UI thread: every result comes back as a message over the app's channel,
//! and the sender asks for a repaint so the UI shows it without polling.
//!
//! A page gets a `Background<PageMsg>` made from the app's handle with a wrapping function
//! (`background.scoped(Msg::Keys)`), so a page never names the app's message type.
//!
//! Work speaks the language of the frame that started it: a sentence a worker writes (a note
//! about the keychain, a problem) is in the language on screen, not the process's.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::task::{Context, Poll};

use crate::i18n::{Language, language, set_language_of_this_thread};

/// Delivers a message to the UI thread and wakes it.
type Deliver<M> = Arc<dyn Fn(M) + Send + Sync>;

pub struct Background<M> {
    pub runtime: tokio::runtime::Handle,
    deliver: Deliver<M>,
}

impl<M> Clone for Background<M> {
    fn clone(&self) -> Self {
        Background {
            runtime: self.runtime.clone(),
            deliver: self.deliver.clone(),
        }
    }
}

impl<M: Send + 'static> Background<M> {
    /// The app's handle: messages go into its channel, then the window repaints.
    pub fn new(runtime: tokio::runtime::Handle, sender: Sender<M>, ctx: egui::Context) -> Self {
        Background {
            runtime,
            deliver: Arc::new(move |msg| {
                // A closed channel means the window is gone: nothing to wake.
                if sender.send(msg).is_ok() {
                    ctx.request_repaint();
                }
            }),
        }
    }

    /// A handle for a part of the app whose messages are wrapped into this one's.
    pub fn scoped<P: Send + 'static>(&self, wrap: fn(P) -> M) -> Background<P> {
        let deliver = self.deliver.clone();
        Background {
            runtime: self.runtime.clone(),
            deliver: Arc::new(move |msg| deliver(wrap(msg))),
        }
    }

    /// Sends a message now (from a worker) and wakes the UI.
    pub fn send(&self, msg: M) {
        (self.deliver)(msg);
    }

    /// Async work (network) on the runtime.
    pub fn spawn<F>(&self, work: F) -> tokio::task::JoinHandle<()>
    where
        F: Future<Output = M> + Send + 'static,
    {
        let this = self.clone();
        let work = InLanguage {
            language: language(),
            work: Box::pin(work),
        };
        self.runtime.spawn(async move {
            let msg = work.await;
            this.send(msg);
        })
    }

    /// Blocking work (keychain, files) on the runtime's blocking pool.
    pub fn spawn_blocking<F>(&self, work: F)
    where
        F: FnOnce() -> M + Send + 'static,
    {
        let this = self.clone();
        let language = language();
        self.runtime.spawn_blocking(move || {
            set_language_of_this_thread(language);
            let msg = work();
            this.send(msg);
        });
    }
}

/// A future that speaks `language` on whichever worker thread polls it (a task may move
/// between threads at every await).
struct InLanguage<F> {
    language: Language,
    work: Pin<Box<F>>,
}

impl<F: Future> Future for InLanguage<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        set_language_of_this_thread(self.language);
        self.work.as_mut().poll(cx)
    }
}
