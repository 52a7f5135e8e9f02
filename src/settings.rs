//! The person's preferences (theme, text size, language, prices, the OpenAI address), saved as
//! JSON in the config directory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};

use crate::files::write_atomically;
use crate::i18n::Language;
use crate::tr;
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

    /// Its name in Settings, in the current language.
    pub fn label(self) -> String {
        match self {
            ThemePreference::System => tr!("settings-theme-system"),
            ThemePreference::Light => tr!("settings-theme-light"),
            ThemePreference::Dark => tr!("settings-theme-dark"),
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

    /// Its name in Settings, in the current language.
    pub fn label(self) -> String {
        match self {
            TextSize::Small => tr!("settings-text-size-small"),
            TextSize::Normal => tr!("settings-text-size-normal"),
            TextSize::Large => tr!("settings-text-size-large"),
            TextSize::Larger => tr!("settings-text-size-larger"),
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
    /// The language chosen in Settings; `None` (or a language this version does not speak, as a
    /// newer version may have saved) follows the system.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "spoken_language_or_none"
    )]
    pub language: Option<Language>,
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
            language: None,
            pricing_file: None,
            price_edits: Vec::new(),
            base_url: None,
        }
    }
}

/// A saved language tag Key Doctor speaks, or `None` (a tag it does not know is not a reason to
/// lose the other preferences).
fn spoken_language_or_none<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Language>, D::Error> {
    // Anything but a known tag (a number, a list, a tag of a newer version) means "follow
    // the system"; it never costs the file's other preferences.
    let saved = serde_json::Value::deserialize(deserializer)?;
    Ok(saved
        .as_str()
        .and_then(|tag| Language::ALL.into_iter().find(|l| l.tag() == tag)))
}

/// Why the preferences file could not be used. Kept as this, not as a sentence, so it is said
/// in the language on screen when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsProblem {
    /// The file is there but is not preferences Key Doctor can read; the defaults are used.
    Unreadable { file: PathBuf, technical: String },
    /// The file could not be opened; the defaults are used.
    Unopenable { file: PathBuf, technical: String },
    /// A change could not be written; it applies until Key Doctor closes.
    Unsaved { file: PathBuf, technical: String },
}

impl SettingsProblem {
    /// What happened and what Key Doctor does instead, in the current language.
    pub fn sentence(&self) -> String {
        match self {
            SettingsProblem::Unreadable { file, .. } => {
                tr!(
                    "settings-file-unreadable",
                    file = file.display().to_string()
                )
            }
            SettingsProblem::Unopenable { file, .. } => {
                tr!(
                    "settings-file-unopenable",
                    file = file.display().to_string()
                )
            }
            SettingsProblem::Unsaved { file, .. } => {
                tr!("settings-file-unsaved", file = file.display().to_string())
            }
        }
    }

    /// The system's or the parser's own words, for the technical details.
    pub fn technical(&self) -> &str {
        match self {
            SettingsProblem::Unreadable { technical, .. }
            | SettingsProblem::Unopenable { technical, .. }
            | SettingsProblem::Unsaved { technical, .. } => technical,
        }
    }
}

impl std::fmt::Display for SettingsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.sentence(), self.technical())
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

    /// The saved settings, or the defaults and why the saved ones could not be used.
    pub fn load(&self) -> (Settings, Option<SettingsProblem>) {
        let Some(path) = &self.path else {
            return (Settings::default(), None);
        };
        let file = path.clone();
        match std::fs::read(path) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(settings) => (settings, None),
                Err(e) => (
                    Settings::default(),
                    Some(SettingsProblem::Unreadable {
                        file,
                        // The parser quotes what it refused, which may be a pasted key.
                        technical: crate::redaction::redact_text(&e.to_string(), &[]).into_owned(),
                    }),
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (
                Settings::default(),
                Some(SettingsProblem::Unopenable {
                    file,
                    technical: e.to_string(),
                }),
            ),
        }
    }

    pub fn save(&self, settings: &Settings) -> Result<(), SettingsProblem> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let unsaved = |technical: String| SettingsProblem::Unsaved {
            file: path.clone(),
            technical,
        };
        let json = serde_json::to_vec_pretty(settings).map_err(|e| unsaved(e.to_string()))?;
        write_atomically(path, &json).map_err(|e| unsaved(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An odd saved language (a number) means "follow the system" and keeps the rest.
    #[test]
    fn an_odd_language_keeps_the_other_preferences() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("settings.json"),
            r#"{"theme": "dark", "text_size": "larger", "language": 5}"#,
        )
        .expect("written");
        let (loaded, problem) = SettingsStore::in_dir(Some(dir.path())).load();
        assert_eq!(problem, None);
        assert_eq!(loaded.theme, ThemePreference::Dark);
        assert_eq!(loaded.text_size, TextSize::Larger);
        assert_eq!(loaded.language, None);
    }

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
        let warning = warning.expect("a warning");
        assert!(matches!(warning, SettingsProblem::Unreadable { .. }));
        assert!(warning.sentence().contains("could not be read"));
        assert!(!warning.technical().is_empty());
        assert_eq!(std::fs::read(&path).expect("still there"), b"{not json");
    }

    #[test]
    fn the_language_is_kept_and_an_older_file_follows_the_system() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = SettingsStore::in_dir(Some(dir.path()));
        let path = dir.path().join("settings.json");
        std::fs::write(&path, br#"{"schema_version": 1, "theme": "dark"}"#).expect("write");
        let (older, warning) = store.load();
        assert_eq!((older.language, older.theme), (None, ThemePreference::Dark));
        assert_eq!(warning, None);
        let chosen = Settings {
            language: Some(Language::PortugueseBrazil),
            ..Settings::default()
        };
        store.save(&chosen).expect("saved");
        let saved = std::fs::read_to_string(&path).expect("saved file");
        assert!(saved.contains(r#""language": "pt-BR""#), "{saved}");
        assert_eq!(store.load().0, chosen);
        // A language a newer version speaks: this one follows the system, keeping the rest.
        std::fs::write(&path, br#"{"theme": "dark", "language": "tlh"}"#).expect("write");
        let (newer, warning) = store.load();
        assert_eq!((newer.language, newer.theme), (None, ThemePreference::Dark));
        assert_eq!(warning, None);
    }
}
