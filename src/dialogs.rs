//! Native file dialogs behind a small trait, so tests answer with a path instead of a window.
//! The real one is rfd's async dialog (XDG desktop portal on Linux, the system panels on macOS
//! and Windows). Where no dialog can be shown, for example a Linux desktop without the portal,
//! rfd answers `None`, exactly as if the person pressed Cancel: callers must say that nothing
//! happened and why that might be.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Mutex;

use raw_window_handle::{HasDisplayHandle, HasWindowHandle};

/// The answer of a dialog: a path, or `None` for Cancel (or no dialog available).
pub type DialogFuture = Pin<Box<dyn Future<Output = Option<PathBuf>> + Send>>;

/// The window a dialog belongs to, so it opens above it (and stays there).
pub trait ParentWindow: HasWindowHandle + HasDisplayHandle {}

impl<T: HasWindowHandle + HasDisplayHandle + ?Sized> ParentWindow for T {}

/// What kind of file a dialog offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    Json,
    /// `.env` files have no extension to filter on: every file is offered.
    Env,
}

impl FileKind {
    /// The dialog's file-type choice: its name, in the current language, and its extensions.
    fn filter(self) -> Option<(String, &'static [&'static str])> {
        match self {
            FileKind::Csv => Some((crate::tr!("error-dialog-filter-csv"), &["csv"])),
            FileKind::Json => Some((crate::tr!("error-dialog-filter-json"), &["json"])),
            FileKind::Env => None,
        }
    }

    fn dialog(self, title: &str, parent: Option<&dyn ParentWindow>) -> rfd::AsyncFileDialog {
        let mut dialog = rfd::AsyncFileDialog::new().set_title(title);
        if let Some((name, extensions)) = self.filter() {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(parent) = parent {
            dialog = dialog.set_parent(parent);
        }
        dialog
    }
}

pub trait FilePicker: Send + Sync {
    /// Asks where to save. Call it on the UI thread (macOS wants dialogs created there) and
    /// await the answer anywhere.
    fn save_file(
        &self,
        parent: Option<&dyn ParentWindow>,
        title: &str,
        suggested_name: &str,
        kind: FileKind,
    ) -> DialogFuture;
    /// Asks which file to open.
    fn open_file(
        &self,
        parent: Option<&dyn ParentWindow>,
        title: &str,
        kind: FileKind,
    ) -> DialogFuture;
}

/// The operating system's dialogs.
pub struct NativeFilePicker;

impl FilePicker for NativeFilePicker {
    fn save_file(
        &self,
        parent: Option<&dyn ParentWindow>,
        title: &str,
        suggested_name: &str,
        kind: FileKind,
    ) -> DialogFuture {
        let dialog = kind
            .dialog(title, parent)
            .set_file_name(suggested_name)
            .save_file();
        Box::pin(async move { dialog.await.map(|handle| handle.path().to_owned()) })
    }

    fn open_file(
        &self,
        parent: Option<&dyn ParentWindow>,
        title: &str,
        kind: FileKind,
    ) -> DialogFuture {
        let mut dialog = kind.dialog(title, parent);
        if let Ok(dir) = std::env::current_dir() {
            dialog = dialog.set_directory(dir);
        }
        let dialog = dialog.pick_file();
        Box::pin(async move { dialog.await.map(|handle| handle.path().to_owned()) })
    }
}

/// For tests: every dialog answers with the next prepared path (or Cancel when none is left),
/// and remembers what it was asked.
#[derive(Default)]
pub struct ScriptedFilePicker {
    answers: Mutex<Vec<Option<PathBuf>>>,
    asked: Mutex<Vec<String>>,
}

impl ScriptedFilePicker {
    /// Answers in this order.
    pub fn answering(answers: Vec<Option<PathBuf>>) -> Self {
        let mut answers = answers;
        answers.reverse();
        ScriptedFilePicker {
            answers: Mutex::new(answers),
            asked: Mutex::new(Vec::new()),
        }
    }

    /// The titles of the dialogs shown so far.
    pub fn asked(&self) -> Vec<String> {
        self.asked
            .lock()
            .map(|asked| asked.clone())
            .unwrap_or_default()
    }

    fn next(&self, title: &str) -> DialogFuture {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(title.to_owned());
        }
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|mut answers| answers.pop())
            .flatten();
        Box::pin(async move { answer })
    }
}

impl FilePicker for ScriptedFilePicker {
    fn save_file(
        &self,
        _parent: Option<&dyn ParentWindow>,
        title: &str,
        _suggested_name: &str,
        _kind: FileKind,
    ) -> DialogFuture {
        self.next(title)
    }

    fn open_file(
        &self,
        _parent: Option<&dyn ParentWindow>,
        title: &str,
        _kind: FileKind,
    ) -> DialogFuture {
        self.next(title)
    }
}
