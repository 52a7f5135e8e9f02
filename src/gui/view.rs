//! The places of the app, named for navigation, the command line and screen readers.

use crate::tr;

/// The places of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    Keys,
    Usage,
    Organization,
    Explain,
    Settings,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Keys,
        View::Usage,
        View::Organization,
        View::Explain,
        View::Settings,
    ];

    /// The navigation entry's words (its accessible name), in the current language.
    pub fn label(self) -> String {
        match self {
            View::Keys => tr!("common-nav-keys"),
            View::Usage => tr!("common-nav-usage"),
            View::Organization => tr!("org-view-nav"),
            View::Explain => tr!("common-nav-explain"),
            View::Settings => tr!("common-nav-settings"),
        }
    }

    pub fn icon(self) -> &'static str {
        match self {
            View::Keys => "🔑",
            View::Usage => "📈",
            View::Organization => "🏢",
            View::Explain => "❓",
            View::Settings => "⚙",
        }
    }
}
