//! The Settings page's own state: the OpenAI address as it is being typed, and why the last one
//! tried was refused. The settings themselves (language, theme, text size, prices, the address in
//! force) belong to the app, which every page reads.

#[derive(Debug, Default)]
pub struct SettingsPage {
    pub base_url_draft: String,
    /// Why the last address tried was refused, in the library's words (shown under "Technical
    /// details" beneath a plain sentence).
    pub base_url_refused: Option<String>,
}
