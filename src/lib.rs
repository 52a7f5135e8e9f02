//! Key Doctor: why an OpenAI API key fails, in one sentence, and which page fixes it.

pub mod checks;
pub mod cli;
pub mod clock;
pub mod desktop;
pub mod dialogs;
pub mod files;
pub mod gui;
pub mod i18n;
pub mod import;
pub mod openai;
pub mod org;
pub mod providers;
pub mod redaction;
pub mod settings;
pub mod simulator;
pub mod usage;
pub mod vault;
