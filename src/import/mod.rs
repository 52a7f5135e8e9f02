//! Reading `.env` files (with dotenvy, never by hand) and finding the OpenAI settings in them:
//! keys by variable name and by the value's shape, and the organization, project and base URL
//! hints that go with them. The file is only ever read.

use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::files::{ReadError, read_regular_file};
use crate::vault::{KeyKind, clean_key, looks_like_openai_key, redact};

/// Larger files are not `.env` files; refusing them keeps a mistaken pick (a video, a database)
/// from filling memory.
pub const MAX_ENV_FILE_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{file} could not be opened: {reason}.")]
    Unreadable { file: String, reason: String },
    #[error(
        "{file} is larger than the {limit} bytes a .env file can be. Pick the .env file itself."
    )]
    TooLarge { file: String, limit: usize },
    #[error(
        "{file} is {what}, not a file, so it cannot be a .env file. Pick the .env file itself."
    )]
    NotAFile { file: String, what: &'static str },
    #[error(
        "{file} is text saved as {encoding}, which .env files are not. Open it in a text editor, save it with the encoding \"UTF-8\", and open it again."
    )]
    OtherEncoding {
        file: String,
        encoding: &'static str,
    },
    #[error("{file} is not a text file (it holds binary data), so it is not a .env file.")]
    Binary { file: String },
    #[error("{file} is not UTF-8 text. Save it as UTF-8 in your editor and try again.")]
    NotUtf8 { file: String },
}

/// A key found in the text.
#[derive(Clone)]
pub struct FoundKey {
    pub variable: String,
    pub secret: SecretString,
    pub kind: KeyKind,
    pub redacted: String,
}

impl std::fmt::Debug for FoundKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FoundKey")
            .field("variable", &self.variable)
            .field("kind", &self.kind)
            .field("redacted", &self.redacted)
            .finish_non_exhaustive()
    }
}

/// Settings that go with the keys of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Hints {
    pub organization: Option<String>,
    pub project: Option<String>,
    pub base_url: Option<String>,
}

/// What a `.env` text holds for Key Doctor.
#[derive(Debug, Clone, Default)]
pub struct EnvScan {
    pub keys: Vec<FoundKey>,
    pub hints: Hints,
    /// Sentences about what could not be read or was left out.
    pub warnings: Vec<String>,
}

/// Reads a `.env` file; size, binary data and encoding are checked before parsing. Only a
/// regular file is opened (a FIFO would block the read forever, a device never ends), and at
/// most the limit plus one byte is read, whatever size the file claims.
pub fn read_env_file(path: &Path) -> Result<EnvScan, ImportError> {
    let file = path.display().to_string();
    let bytes = read_regular_file(path, MAX_ENV_FILE_BYTES).map_err(|e| match e {
        ReadError::NotAFile { what } => ImportError::NotAFile {
            file: file.clone(),
            what,
        },
        ReadError::TooLarge => ImportError::TooLarge {
            file: file.clone(),
            limit: MAX_ENV_FILE_BYTES,
        },
        ReadError::Io(e) => ImportError::Unreadable {
            file: file.clone(),
            reason: e.to_string(),
        },
    })?;
    scan_env_bytes(&bytes, &file)
}

/// The encoding a byte-order mark announces, when it is not UTF-8.
fn other_encoding(bytes: &[u8]) -> Option<&'static str> {
    // UTF-32 first: its little-endian mark starts like UTF-16's.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        Some("UTF-32")
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        Some("UTF-16")
    } else {
        None
    }
}

/// Checks and parses `.env` content (a dropped file, pasted text).
pub fn scan_env_bytes(bytes: &[u8], origin: &str) -> Result<EnvScan, ImportError> {
    if bytes.len() > MAX_ENV_FILE_BYTES {
        return Err(ImportError::TooLarge {
            file: origin.to_owned(),
            limit: MAX_ENV_FILE_BYTES,
        });
    }
    if let Some(encoding) = other_encoding(bytes) {
        return Err(ImportError::OtherEncoding {
            file: origin.to_owned(),
            encoding,
        });
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary {
            file: origin.to_owned(),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8 {
        file: origin.to_owned(),
    })?;
    Ok(scan_env_text(text))
}

/// Parses `.env` text with dotenvy: a bad line becomes a warning, the other lines still count.
pub fn scan_env_text(text: &str) -> EnvScan {
    // Windows editors write a BOM and CRLF line ends; dotenvy wants neither.
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let (pairs, warnings) = parse_pairs(&text);
    let mut scan = EnvScan {
        warnings,
        ..EnvScan::default()
    };
    for (name, value) in pairs {
        scan.add(name, value.trim());
    }
    scan
}

/// The variables in the order they first appear, each with its last value, and warnings about
/// repeated names and lines that could not be read.
fn parse_pairs(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut warnings = Vec::new();
    for item in dotenvy::from_read_iter(text.as_bytes()) {
        match item {
            Ok((name, value)) => {
                if let Some(existing) = pairs.iter_mut().find(|(n, _)| *n == name) {
                    warnings.push(format!(
                        "{name} is set more than once; the last value counts, as in a shell."
                    ));
                    existing.1 = value;
                } else {
                    pairs.push((name, value));
                }
            }
            Err(dotenvy::Error::LineParse(line, _)) => warnings.push(bad_line(text, &line)),
            Err(other) => warnings.push(format!(
                "Part of the text could not be read: {}.",
                crate::redaction::redact_text(&other.to_string(), &[])
            )),
        }
    }
    (pairs, warnings)
}

/// What is wrong with a line dotenvy could not parse. The line is named by its number and
/// variable, never by its value: it may be a key.
fn bad_line(text: &str, line: &str) -> String {
    let where_ = line_description(text, line);
    if line.contains('\n')
        || line.matches('"').count() % 2 == 1
        || line.matches('\'').count() % 2 == 1
    {
        format!(
            "A quote opened on {where_} is never closed, so that line and the ones after it could not be read."
        )
    } else {
        format!(
            "{} is not a NAME=value line and was skipped.",
            capitalized(&where_)
        )
    }
}

impl EnvScan {
    /// One variable: a hint, a key, or a warning about what looked like a key but is not one.
    fn add(&mut self, name: String, value: &str) {
        let upper = name.to_ascii_uppercase();
        let hint = match upper.as_str() {
            "OPENAI_ORG_ID" | "OPENAI_ORGANIZATION" | "OPENAI_ORGANIZATION_ID" => {
                Some(&mut self.hints.organization)
            }
            "OPENAI_PROJECT_ID" | "OPENAI_PROJECT" => Some(&mut self.hints.project),
            "OPENAI_BASE_URL" | "OPENAI_API_BASE" => Some(&mut self.hints.base_url),
            _ => None,
        };
        if let Some(hint) = hint {
            *hint = Some(value.to_owned()).filter(|v| !v.is_empty());
            return;
        }
        let named_like_openai_key =
            (upper.contains("OPENAI") || upper.contains("OPEN_AI")) && upper.contains("KEY");
        let cleaned = clean_key(value);
        if let Ok(cleaned) = &cleaned
            && looks_like_openai_key(cleaned.secret.expose_secret())
        {
            let key = cleaned.secret.expose_secret();
            self.warnings
                .extend(cleaned.notes.iter().map(|note| format!("{name}: {note}")));
            self.keys.push(FoundKey {
                variable: name,
                kind: KeyKind::detect(key),
                redacted: redact(key),
                secret: cleaned.secret.clone(),
            });
        } else if let Err(refused) = &cleaned
            && (named_like_openai_key || value.starts_with("sk-"))
        {
            self.warnings
                .push(format!("{name} is not listed. {refused}"));
        } else if named_like_openai_key && !value.is_empty() {
            self.warnings.push(format!(
                "{name} does not hold an OpenAI key (it may be another provider's, such as Azure's), so it is not listed."
            ));
        }
    }
}

/// A warning when the file sits in a git work tree and git does not ignore it: a key in such a
/// file is one `git add .` away from being published.
pub fn git_exposure(path: &Path) -> Option<String> {
    let absolute = path.canonicalize().ok()?;
    let dir = absolute.parent()?;
    let root = dir.ancestors().find(|d| d.join(".git").exists())?;
    let name = absolute.file_name()?.to_string_lossy().into_owned();
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["check-ignore", "-q", "--"])
        .arg(&absolute)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    match status.map(|s| s.code()) {
        Ok(Some(0)) => None,
        Ok(Some(1)) => Some(format!(
            "{name} is inside the git repository at {} and git does not ignore it, so the key could be committed and published. Add {name} to .gitignore.",
            root.display()
        )),
        _ => Some(format!(
            "{name} is inside a git repository ({}). Make sure .gitignore lists it, so the key is never committed.",
            root.display()
        )),
    }
}

/// "line 3 (OPENAI_API_KEY)": where a bad line is, without quoting its value.
fn line_description(text: &str, line: &str) -> String {
    let first = line.lines().next().unwrap_or_default();
    let number = text
        .find(first)
        .map(|at| text[..at].matches('\n').count() + 1);
    let name: String = first
        .trim_start()
        .trim_start_matches("export ")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let named = first.trim_start().trim_start_matches("export ")[name.len()..]
        .trim_start()
        .starts_with('=');
    match (number, named && !name.is_empty()) {
        (Some(number), true) => format!("line {number} ({name})"),
        (Some(number), false) => format!("line {number}"),
        (None, true) => format!("the line of {name}"),
        (None, false) => "one line".to_owned(),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl FoundKey {
    pub fn expose(&self) -> &str {
        self.secret.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A fake key, assembled from pieces so no line holds a key-shaped string.
    const PROJECT_KEY: &str = concat!(
        "sk-proj-",
        "abcdefghijklmnopqrstuvwxyz",
        "T3BlbkFJ0123456789"
    );

    #[test]
    fn finds_keys_by_name_and_shape_and_the_hints() {
        let text = format!(
            "# settings\nexport OPENAI_API_KEY={PROJECT_KEY}\nOPEN_AI_KEY_ADM='sk-admin-0123456789abcdefghij'\nSOMETHING=sk-svcacct-zzzzzzzzzzzzzzzzzzzzzzzzzzzz\nOPENAI_ORG_ID=org-abc\nOPENAI_PROJECT_ID=\"proj_xyz\"\nOPENAI_BASE_URL=https://eu.api.openai.com/v1\nANTHROPIC_API_KEY=sk-ant-api03-aaaaaaaaaaaaaaaaaaaaaaaa\nAZURE_OPENAI_API_KEY=0123456789abcdef0123456789abcdef\n"
        );
        let scan = scan_env_text(&text);
        let found: Vec<(&str, KeyKind)> = scan
            .keys
            .iter()
            .map(|k| (k.variable.as_str(), k.kind))
            .collect();
        assert_eq!(
            found,
            vec![
                ("OPENAI_API_KEY", KeyKind::Project),
                ("OPEN_AI_KEY_ADM", KeyKind::Admin),
                ("SOMETHING", KeyKind::ServiceAccount)
            ]
        );
        assert_eq!(scan.keys[0].expose(), PROJECT_KEY);
        assert_eq!(scan.hints.organization.as_deref(), Some("org-abc"));
        assert_eq!(scan.hints.project.as_deref(), Some("proj_xyz"));
        assert_eq!(
            scan.hints.base_url.as_deref(),
            Some("https://eu.api.openai.com/v1")
        );
        assert!(
            scan.warnings
                .iter()
                .any(|w| w.contains("AZURE_OPENAI_API_KEY"))
        );
        assert!(!scan.warnings.iter().any(|w| w.contains("ANTHROPIC")));
    }

    #[test]
    fn bom_crlf_comments_and_duplicates() {
        let text = format!(
            "\u{feff}A=1\r\nOPENAI_API_KEY=old{PROJECT_KEY}\r\n# c\r\nOPENAI_API_KEY={PROJECT_KEY} # trailing comment\r\n"
        );
        let scan = scan_env_text(&text);
        assert_eq!(scan.keys.len(), 1);
        assert_eq!(scan.keys[0].expose(), PROJECT_KEY);
        assert!(scan.warnings.iter().any(|w| w.contains("more than once")));
    }

    #[test]
    fn a_broken_quote_is_a_warning_and_earlier_lines_still_count() {
        let text = format!("OPENAI_API_KEY={PROJECT_KEY}\nBROKEN=\"never closed\nOTHER=1\n");
        let scan = scan_env_text(&text);
        assert_eq!(scan.keys.len(), 1);
        assert!(
            scan.warnings.iter().any(|w| w.contains("never closed")),
            "{:?}",
            scan.warnings
        );
    }

    #[test]
    fn binary_huge_and_non_utf8_input_is_refused_with_a_sentence() {
        assert!(matches!(
            scan_env_bytes(b"A=1\0\x01", "f"),
            Err(ImportError::Binary { .. })
        ));
        assert!(matches!(
            scan_env_bytes(b"A=\xff\xfe", "f"),
            Err(ImportError::NotUtf8 { .. })
        ));
        let huge = vec![b'a'; MAX_ENV_FILE_BYTES + 1];
        assert!(matches!(
            scan_env_bytes(&huge, "f"),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn a_file_in_a_git_work_tree_is_warned_about_unless_ignored() {
        let dir = tempfile::tempdir().expect("dir");
        let git = |args: &[&str]| {
            std::process::Command::new("git")
                .arg("-C")
                .arg(dir.path())
                .args(args)
                .output()
                .expect("git runs")
        };
        let env = dir.path().join(".env");
        std::fs::write(&env, "OPENAI_API_KEY=x\n").expect("write");
        assert_eq!(git_exposure(&env), None, "not in a repository");
        git(&["init", "-q"]);
        let warning = git_exposure(&env).expect("a warning");
        assert!(
            warning.contains("does not ignore it") && warning.contains(".gitignore"),
            "{warning}"
        );
        std::fs::write(dir.path().join(".gitignore"), ".env\n").expect("write");
        assert_eq!(git_exposure(&env), None, "ignored");
    }

    #[test]
    fn debug_output_never_shows_the_key() {
        let scan = scan_env_text(&format!("OPENAI_API_KEY={PROJECT_KEY}\n"));
        let printed = format!("{scan:?}");
        assert!(!printed.contains(PROJECT_KEY));
        assert!(printed.contains("sk-proj-…6789"));
    }
}
