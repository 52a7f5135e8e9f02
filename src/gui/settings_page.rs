//! The Settings page's own state: the OpenAI address as it is being typed, and why the last one
//! tried was refused. The settings themselves (theme, text size, prices, the address in force)
//! belong to the app, which every page reads.

#[derive(Debug, Default)]
pub struct SettingsPage {
    pub base_url_draft: String,
    pub base_url_refused: Option<String>,
}
