//! What a page asks of the window: things only `App` can do (the clipboard, file dialogs, the
//! browser, the notices area, navigation). Pages return these instead of reaching for the window.

use secrecy::SecretString;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
    Problem,
}

/// A sentence shown above the view until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub tone: Tone,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Info,
        }
    }
    pub fn warning(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Warning,
        }
    }
    pub fn problem(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            tone: Tone::Problem,
        }
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
    /// Ask the window to draw again after this long (a countdown ends).
    RepaintAfter(std::time::Duration),
}
