//! Running work off the UI thread: every result comes back as a `Msg` over the app's channel, and
//! the sender asks for a repaint so the UI shows it without polling.

use std::future::Future;
use std::sync::mpsc::Sender;

use super::app::Msg;

#[derive(Clone)]
pub struct Background {
    pub runtime: tokio::runtime::Handle,
    sender: Sender<Msg>,
    ctx: egui::Context,
}

impl Background {
    pub fn new(runtime: tokio::runtime::Handle, sender: Sender<Msg>, ctx: egui::Context) -> Self {
        Background {
            runtime,
            sender,
            ctx,
        }
    }

    /// Sends a message now (from a worker) and wakes the UI.
    pub fn send(&self, msg: Msg) {
        let _ = self.sender.send(msg);
        self.ctx.request_repaint();
    }

    /// Async work (network) on the runtime.
    pub fn spawn<F>(&self, work: F) -> tokio::task::JoinHandle<()>
    where
        F: Future<Output = Msg> + Send + 'static,
    {
        let this = self.clone();
        self.runtime.spawn(async move {
            let msg = work.await;
            this.send(msg);
        })
    }

    /// Blocking work (keychain, files) on the runtime's blocking pool.
    pub fn spawn_blocking<F>(&self, work: F)
    where
        F: FnOnce() -> Msg + Send + 'static,
    {
        let this = self.clone();
        self.runtime.spawn_blocking(move || {
            let msg = work();
            this.send(msg);
        });
    }
}
