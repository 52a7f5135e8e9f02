//! File dialogs behind a trait, so tests can answer them. The native one is rfd's async dialog,
//! parented to the window; where no dialog service exists rfd answers nothing, exactly as for
//! Cancel, and the view says what else works.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;

pub type PickedFile = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

pub trait FileDialogs: Send + Sync {
    /// Asks for a `.env` file to import. `None`: cancelled, or no dialog available.
    fn pick_env_file(&self, parent: &eframe::Frame) -> PickedFile;
}

/// The operating system's dialog (xdg-desktop-portal on Linux).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_env_file(&self, parent: &eframe::Frame) -> PickedFile {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Open a .env file")
            .set_parent(parent);
        let dialog = match std::env::current_dir() {
            Ok(dir) => dialog.set_directory(dir),
            Err(_) => dialog,
        };
        let picked = dialog.pick_file();
        Box::pin(async move { picked.await.map(|file| file.path().to_owned()) })
    }
}
