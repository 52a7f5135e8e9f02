//! What a page asks of the window: things only `App` can do (the clipboard, file dialogs, the
//! browser, the notices area, navigation). Pages return these instead of reaching for the window.

use std::time::Instant;

use secrecy::SecretString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
    Problem,
}

/// A button a notice offers beside its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeAction {
    /// Take back the delete of a key; offered until `until`.
    UndoDelete { until: Instant },
    /// Put this text on the clipboard (an address no browser opened, a CSV no dialog saved).
    Copy { words: String, text: String },
}

/// A sentence about what just happened, shown in the view that raised it (see `notices`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub tone: Tone,
    /// What it is about: a newer notice on the same topic replaces it, and solving the
    /// problem takes it away.
    pub topic: Option<String>,
    pub action: Option<NoticeAction>,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Info,
            topic: None,
            action: None,
        }
    }
    pub fn warning(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Warning,
            topic: None,
            action: None,
        }
    }
    pub fn problem(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Problem,
            topic: None,
            action: None,
        }
    }

    pub fn about(mut self, topic: impl Into<String>) -> Self {
        self.topic = Some(topic.into());
        self
    }

    pub fn offering(mut self, action: NoticeAction) -> Self {
        self.action = Some(action);
        self
    }
}

/// Which file a page wants picked, and for what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRequest {
    /// A `.env` file to import (the answer goes to the Keys page).
    EnvFile,
    /// A pricing table (the answer goes to the settings).
    PricingFile,
}

#[derive(Debug)]
pub enum Effect {
    /// Text for the clipboard (already redacted where it must be).
    CopyText(String),
    /// A key for the clipboard: the explicit "Copy key".
    CopySecret(SecretString),
    /// Show a file dialog.
    PickFile(FileRequest),
    /// Open a page in the browser.
    OpenUrl(String),
    Notice(Notice),
    /// The problem a notice topic stood for is solved: take its notice away.
    Solved(String),
    /// Ask the window to draw again after this long (a countdown ends).
    RepaintAfter(std::time::Duration),
}
