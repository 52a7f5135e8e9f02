//! What views ask for: the app's own commands (navigation, settings, the browser, notices) and
//! each page's commands, which the app hands to that page.

use super::explain::ExplainCommand;
use super::keys::KeysCommand;
use super::organization::OrgCommand;
use super::usage::UsageCommand;
use crate::i18n::Language;
use crate::settings::{TextSize, ThemePreference};
use crate::usage::ModelPrice;

pub use super::view::View;

/// What a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Navigate(View),
    SetTheme(ThemePreference),
    SetTextSize(TextSize),
    /// The language to speak; `None` follows the system.
    SetLanguage(Option<Language>),
    OpenUrl(String),
    /// Take away the notice with this id.
    DismissNotice(u64),
    /// Put text on the clipboard and say so with `confirmation`.
    CopyText {
        text: String,
        confirmation: String,
    },
    Keys(KeysCommand),
    Usage(UsageCommand),
    Organization(OrgCommand),
    Explain(ExplainCommand),
    /// Ask for a pricing JSON file to use instead of the shipped prices.
    ChoosePricingFile,
    /// Back to the shipped prices, without edits.
    UseShippedPrices,
    /// A price edited in Settings.
    EditPrice(ModelPrice),
    /// Use the OpenAI address typed in Settings (checked first) and keep it.
    SetBaseUrl(String),
    /// The pasted error held a whole key: put it into the add form on Keys.
    AddKeyFromExplain,
    /// Copy a message for the hosting company about the error explained.
    CopyMessageForHost,
    /// Bring the add form into view with the cursor in it.
    FocusAddKey,
    /// Try Key Doctor with the built-in simulator and its sample keys (no real key needed).
    TryDemo,
    /// Leave the demo: back to the person's own keys and OpenAI.
    LeaveDemo,
}
