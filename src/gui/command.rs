//! What views ask for: the app's own commands (navigation, settings, the browser, notices) and
//! each page's commands, which the app hands to that page.

use super::explain::ExplainCommand;
use super::keys::KeysCommand;
use super::usage::UsageCommand;
use crate::settings::{TextSize, ThemePreference};
use crate::usage::ModelPrice;

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

/// What a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Navigate(View),
    SetTheme(ThemePreference),
    SetTextSize(TextSize),
    OpenUrl(String),
    DismissNotice(usize),
    Keys(KeysCommand),
    Usage(UsageCommand),
    Explain(ExplainCommand),
    /// Ask for a pricing JSON file to use instead of the shipped prices.
    ChoosePricingFile,
    /// Back to the shipped prices, without edits.
    UseShippedPrices,
    /// A price edited in Settings.
    EditPrice(ModelPrice),
    /// Use the OpenAI address typed in Settings (checked first) and keep it.
    SetBaseUrl(String),
}
