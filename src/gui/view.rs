//! The four places of the app, named for navigation, the command line and screen readers.

/// The four places of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    Keys,
    Usage,
    Explain,
    Settings,
}

impl View {
    pub const ALL: [View; 4] = [View::Keys, View::Usage, View::Explain, View::Settings];

    /// The navigation entry's words (its accessible name).
    pub fn label(self) -> &'static str {
        match self {
            View::Keys => "Keys",
            View::Usage => "Usage",
            View::Explain => "Explain an error",
            View::Settings => "Settings",
        }
    }

    pub fn icon(self) -> &'static str {
        match self {
            View::Keys => "🔑",
            View::Usage => "📈",
            View::Explain => "❓",
            View::Settings => "⚙",
        }
    }
}
