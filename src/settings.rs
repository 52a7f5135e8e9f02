//! The person's preferences (theme, text size), saved as JSON in the config directory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::write_atomically;
use crate::usage::ModelPrice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ThemePreference {
    /// Follow the desktop's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl ThemePreference {
    pub const ALL: [ThemePreference; 3] = [
        ThemePreference::System,
        ThemePreference::Light,
        ThemePreference::Dark,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ThemePreference::System => "Follow the system",
            ThemePreference::Light => "Light",
            ThemePreference::Dark => "Dark",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    Small,
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Small,
        TextSize::Normal,
        TextSize::Large,
        TextSize::Larger,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TextSize::Small => "Small",
            TextSize::Normal => "Normal",
            TextSize::Large => "Large",
            TextSize::Larger => "Larger",
        }
    }

    /// How much larger than normal everything is drawn.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Small => 0.9,
            TextSize::Normal => 1.0,
            TextSize::Large => 1.2,
            TextSize::Larger => 1.45,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub schema_version: u32,
    pub theme: ThemePreference,
    pub text_size: TextSize,
    /// A pricing table chosen instead of the shipped one (for estimates only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pricing_file: Option<PathBuf>,
    /// Prices the person edited, applied over the table in force.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub price_edits: Vec<ModelPrice>,
    /// The OpenAI address chosen in Settings, used when none is given on the command line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            schema_version: 1,
            theme: ThemePreference::default(),
            text_size: TextSize::default(),
            pricing_file: None,
            price_edits: Vec::new(),
            base_url: None,
        }
    }
}

/// Where Key Doctor keeps its own (non-secret) files: `KEY_DOCTOR_CONFIG_DIR` when set (tests,
/// benchmarks, portable use), else the platform's config directory.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("KEY_DOCTOR_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "keydoctor", "Key Doctor")
        .map(|dirs| dirs.config_dir().to_owned())
}

/// Reads and writes `settings.json` in one directory.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    path: Option<PathBuf>,
}

impl SettingsStore {
    pub fn in_dir(dir: Option<&Path>) -> Self {
        SettingsStore {
            path: dir.map(|d| d.join("settings.json")),
        }
    }

    /// The directory the settings live in, when there is one.
    pub fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// A store that never touches the disk (no config directory on this system).
    pub fn in_memory() -> Self {
        SettingsStore { path: None }
    }

    /// The saved settings, or the defaults with a sentence saying why they could not be read.
    pub fn load(&self) -> (Settings, Option<String>) {
        let Some(path) = &self.path else {
            return (Settings::default(), None);
        };
        match std::fs::read(path) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(settings) => (settings, None),
                Err(e) => (
                    Settings::default(),
                    Some(format!(
                        "Your saved preferences in {} could not be read ({e}), so the defaults are used. The file is left as it is until you change a preference.",
                        path.display()
                    )),
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "Your saved preferences in {} could not be opened: {e}.",
                    path.display()
                )),
            ),
        }
    }

    pub fn save(&self, settings: &Settings) -> Result<(), String> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let json = serde_json::to_vec_pretty(settings).map_err(|e| e.to_string())?;
        write_atomically(path, &json).map_err(|e| {
            format!(
                "Your preferences could not be saved to {}: {e}.",
                path.display()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_restart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = SettingsStore::in_dir(Some(dir.path()));
        let chosen = Settings {
            theme: ThemePreference::Dark,
            text_size: TextSize::Large,
            ..Settings::default()
        };
        store.save(&chosen).expect("saved");
        let (loaded, warning) = SettingsStore::in_dir(Some(dir.path())).load();
        assert_eq!(loaded, chosen);
        assert_eq!(warning, None);
    }

    #[test]
    fn a_corrupt_file_gives_defaults_and_a_sentence_and_is_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{not json").expect("write");
        let (loaded, warning) = SettingsStore::in_dir(Some(dir.path())).load();
        assert_eq!(loaded, Settings::default());
        assert!(warning.expect("a warning").contains("could not be read"));
        assert_eq!(std::fs::read(&path).expect("still there"), b"{not json");
    }
}
