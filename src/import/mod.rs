//! Reading `.env` files (with dotenvy, never by hand) and finding the OpenAI settings in them:
//! keys by variable name and by the value's shape, and the organization, project and base URL
//! hints that go with them. The file is only ever read.

use std::collections::BTreeMap;
use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::files::{IoProblem, NotAFile, ReadError, read_regular_file};
use crate::providers::ProviderId;
use crate::tr;
use crate::vault::{CleanNote, KeyInputError, KeyKind, clean_key, redact};

/// Larger files are not `.env` files; refusing them keeps a mistaken pick (a video, a database)
/// from filling memory.
pub const MAX_ENV_FILE_BYTES: usize = 1024 * 1024;

/// Why a `.env` file or text could not be read. `Display` says it plainly, with what to do; the
/// system's own words are in [`ImportError::technical`], for Technical details.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{}", tr!("error-import-unreadable", file = .file, problem = .problem.to_string()))]
    Unreadable { file: String, problem: IoProblem },
    #[error("{}", tr!("error-import-too-large", file = .file, limit = crate::i18n::count(*.limit as u64)))]
    TooLarge { file: String, limit: usize },
    #[error("{}", tr!("error-import-not-a-file", file = .file, what = .what.to_string()))]
    NotAFile { file: String, what: NotAFile },
    #[error("{}", tr!("error-import-other-encoding", file = .file, encoding = *.encoding))]
    OtherEncoding {
        file: String,
        encoding: &'static str,
    },
    #[error("{}", tr!("error-import-binary", file = .file))]
    Binary { file: String },
    #[error("{}", tr!("error-import-not-utf8", file = .file))]
    NotUtf8 { file: String },
}

impl ImportError {
    /// The system's own words ("Permission denied (os error 13)"), for Technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            ImportError::Unreadable { problem, .. } => Some(problem.technical()),
            _ => None,
        }
    }
}

/// Something a `.env` text holds that the person should know about: a line that could not be
/// read, a value that is not a key, a file git could publish. The words are made when shown,
/// so they follow the language of that moment; never holds a value (it may be a key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvWarning {
    /// The same variable twice; the last value counts.
    Repeated { name: String },
    /// A quote that is never closed: that line and the ones after it were not read.
    UnclosedQuote { line: LinePlace },
    /// A line that is not `NAME=value`.
    NotNameValue { line: LinePlace },
    /// The parser gave up on part of the text; its own words (redacted) for Technical details.
    Unreadable { technical: String },
    /// Looked like a key but is not one a key can be.
    NotListed {
        name: String,
        refused: KeyInputError,
    },
    /// Named like an OpenAI key, but the value is not a key.
    NotAnOpenAiKey { name: String },
    /// Named like one provider's key, but the value is another's: listed as the other's.
    OtherProvidersKey {
        name: String,
        provider: crate::providers::ProviderId,
    },
    /// The value fits several providers' keys and the name says none of them: listed as the
    /// likeliest, and the person may say which.
    FitsSeveral {
        name: String,
        providers: Vec<crate::providers::ProviderId>,
    },
    /// Cleaning the value removed something (quotes, invisible characters).
    Cleaned { name: String, note: CleanNote },
    /// In a git work tree and not ignored: one `git add .` away from being published.
    NotIgnoredByGit { name: String, repository: String },
    /// In a git work tree, and git could not say whether it ignores the file.
    InGitRepository { name: String, repository: String },
}

impl EnvWarning {
    /// The parser's own words, for Technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            EnvWarning::Unreadable { technical } => Some(technical),
            _ => None,
        }
    }
}

impl std::fmt::Display for EnvWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            EnvWarning::Repeated { name } => tr!("error-env-repeated", name = name),
            EnvWarning::UnclosedQuote { line } => {
                tr!("error-env-unclosed-quote", line = line.to_string())
            }
            EnvWarning::NotNameValue { line } => {
                tr!("error-env-not-name-value", line = line.to_string())
            }
            EnvWarning::Unreadable { .. } => tr!("error-env-unreadable"),
            EnvWarning::NotListed { name, refused } => {
                tr!(
                    "error-env-not-listed",
                    name = name,
                    reason = refused.to_string()
                )
            }
            EnvWarning::NotAnOpenAiKey { name } => tr!("error-env-not-openai", name = name),
            EnvWarning::OtherProvidersKey { name, provider } => tr!(
                "error-env-other-providers-key",
                name = name,
                provider = provider.name()
            ),
            EnvWarning::FitsSeveral { name, providers } => tr!(
                "error-env-fits-several",
                name = name,
                providers = crate::checks::list_in(
                    crate::i18n::language(),
                    &providers
                        .iter()
                        .map(|p| p.name().to_owned())
                        .collect::<Vec<_>>()
                )
            ),
            EnvWarning::Cleaned { name, note } => {
                tr!("error-env-cleaned", name = name, note = note.to_string())
            }
            EnvWarning::NotIgnoredByGit { name, repository } => tr!(
                "error-env-git-not-ignored",
                name = name,
                repository = repository
            ),
            EnvWarning::InGitRepository { name, repository } => tr!(
                "error-env-git-repository",
                name = name,
                repository = repository
            ),
        };
        f.write_str(&words)
    }
}

/// Where a line of a `.env` text is, without quoting its value: "line 3 (OPENAI_API_KEY)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinePlace {
    number: Option<usize>,
    name: Option<String>,
}

impl std::fmt::Display for LinePlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match (self.number, &self.name) {
            (Some(number), Some(name)) => tr!("error-env-line-named", number = number, name = name),
            (Some(number), None) => tr!("error-env-line", number = number),
            (None, Some(name)) => tr!("error-env-line-of", name = name),
            (None, None) => tr!("error-env-line-unknown"),
        };
        f.write_str(&words)
    }
}

/// A key found in the text.
#[derive(Clone)]
pub struct FoundKey {
    pub variable: String,
    pub secret: SecretString,
    pub kind: KeyKind,
    pub redacted: String,
    /// Whose key it is (the likeliest, when it fits several: see `could_also_be`).
    pub provider: ProviderId,
    /// Other providers the value fits, when its name said none of them.
    pub could_also_be: Vec<ProviderId>,
}

impl std::fmt::Debug for FoundKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FoundKey")
            .field("variable", &self.variable)
            .field("kind", &self.kind)
            .field("provider", &self.provider)
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
    /// The other providers' base URLs and endpoints the file sets (`AZURE_OPENAI_ENDPOINT`,
    /// `ANTHROPIC_BASE_URL`), for their keys.
    pub provider_settings: BTreeMap<ProviderId, String>,
    /// What could not be read or was left out.
    pub warnings: Vec<EnvWarning>,
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
            problem: IoProblem::of(&e),
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
fn parse_pairs(text: &str) -> (Vec<(String, String)>, Vec<EnvWarning>) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut warnings = Vec::new();
    for item in dotenvy::from_read_iter(text.as_bytes()) {
        match item {
            Ok((name, value)) => {
                if let Some(existing) = pairs.iter_mut().find(|(n, _)| *n == name) {
                    warnings.push(EnvWarning::Repeated { name });
                    existing.1 = value;
                } else {
                    pairs.push((name, value));
                }
            }
            Err(dotenvy::Error::LineParse(line, _)) => warnings.push(bad_line(text, &line)),
            Err(other) => warnings.push(EnvWarning::Unreadable {
                technical: crate::redaction::redact_text(&other.to_string(), &[]).into_owned(),
            }),
        }
    }
    (pairs, warnings)
}

/// What is wrong with a line dotenvy could not parse. The line is named by its number and
/// variable, never by its value: it may be a key.
fn bad_line(text: &str, line: &str) -> EnvWarning {
    let place = line_place(text, line);
    if line.contains('\n')
        || line.matches('"').count() % 2 == 1
        || line.matches('\'').count() % 2 == 1
    {
        EnvWarning::UnclosedQuote { line: place }
    } else {
        EnvWarning::NotNameValue { line: place }
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
        if let Some(provider) = crate::providers::all()
            .find(|p| p.id != ProviderId::OpenAi && p.base_url_variables.contains(&upper.as_str()))
        {
            if !value.trim().is_empty() {
                self.provider_settings
                    .insert(provider.id, value.trim().to_owned());
            }
            return;
        }
        let named = crate::providers::variable_provider(&name).filter(|_| upper.contains("KEY"));
        let named_like_openai_key = named == Some(ProviderId::OpenAi);
        let cleaned = clean_key(value);
        let found = cleaned.as_ref().ok().and_then(|cleaned| {
            let key = cleaned.secret.expose_secret();
            if key.len() < 20 || key.contains(char::is_whitespace) {
                return None;
            }
            let detection = crate::providers::detect(key, Some(&name));
            // A shape without a prefix counts only under its provider's name.
            let best = detection.best().filter(|d| !d.shapeless)?;
            Some((cleaned, detection, best))
        });
        if let Some((cleaned, detection, best)) = found {
            let key = cleaned.secret.expose_secret();
            self.warnings
                .extend(cleaned.notes.iter().map(|&note| EnvWarning::Cleaned {
                    name: name.clone(),
                    note,
                }));
            let could_also_be: Vec<ProviderId> = detection
                .candidates
                .iter()
                .skip(1)
                .map(|d| d.provider)
                .collect();
            if named.is_some_and(|n| n != best.provider) {
                self.warnings.push(EnvWarning::OtherProvidersKey {
                    name: name.clone(),
                    provider: best.provider,
                });
            } else if !could_also_be.is_empty() {
                self.warnings.push(EnvWarning::FitsSeveral {
                    name: name.clone(),
                    providers: detection.candidates.iter().map(|d| d.provider).collect(),
                });
            }
            self.keys.push(FoundKey {
                variable: name,
                kind: best.kind,
                redacted: redact(key),
                secret: cleaned.secret.clone(),
                provider: best.provider,
                could_also_be,
            });
        } else if let Err(refused) = &cleaned
            && (named.is_some() || value.starts_with("sk-"))
        {
            self.warnings.push(EnvWarning::NotListed {
                name,
                refused: refused.clone(),
            });
        } else if named_like_openai_key && !value.is_empty() {
            self.warnings.push(EnvWarning::NotAnOpenAiKey { name });
        }
    }
}

/// A warning when the file sits in a git work tree and git does not ignore it: a key in such a
/// file is one `git add .` away from being published.
pub fn git_exposure(path: &Path) -> Option<EnvWarning> {
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
    let repository = root.display().to_string();
    match status.map(|s| s.code()) {
        Ok(Some(0)) => None,
        Ok(Some(1)) => Some(EnvWarning::NotIgnoredByGit { name, repository }),
        _ => Some(EnvWarning::InGitRepository { name, repository }),
    }
}

/// Where a bad line is ("line 3 (OPENAI_API_KEY)"), without quoting its value.
fn line_place(text: &str, line: &str) -> LinePlace {
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
    LinePlace {
        number,
        name: (named && !name.is_empty()).then_some(name),
    }
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
                ("SOMETHING", KeyKind::ServiceAccount),
                // Named Azure's, 32 hex digits: an older Azure key (issue 16).
                ("AZURE_OPENAI_API_KEY", KeyKind::AzureOpenAi)
            ]
        );
        assert_eq!(scan.keys[3].provider, ProviderId::AzureOpenAi);
        assert_eq!(scan.keys[0].expose(), PROJECT_KEY);
        assert_eq!(scan.hints.organization.as_deref(), Some("org-abc"));
        assert_eq!(scan.hints.project.as_deref(), Some("proj_xyz"));
        assert_eq!(
            scan.hints.base_url.as_deref(),
            Some("https://eu.api.openai.com/v1")
        );
        let warnings: Vec<String> = scan.warnings.iter().map(ToString::to_string).collect();
        assert!(!warnings.iter().any(|w| w.contains("AZURE_OPENAI_API_KEY")));
        assert!(!warnings.iter().any(|w| w.contains("ANTHROPIC")));
    }

    #[test]
    fn bom_crlf_comments_and_duplicates() {
        let text = format!(
            "\u{feff}A=1\r\nOPENAI_API_KEY=old{PROJECT_KEY}\r\n# c\r\nOPENAI_API_KEY={PROJECT_KEY} # trailing comment\r\n"
        );
        let scan = scan_env_text(&text);
        assert_eq!(scan.keys.len(), 1);
        assert_eq!(scan.keys[0].expose(), PROJECT_KEY);
        assert!(
            scan.warnings
                .iter()
                .any(|w| w.to_string().contains("more than once"))
        );
    }

    #[test]
    fn a_broken_quote_is_a_warning_and_earlier_lines_still_count() {
        let text = format!("OPENAI_API_KEY={PROJECT_KEY}\nBROKEN=\"never closed\nOTHER=1\n");
        let scan = scan_env_text(&text);
        assert_eq!(scan.keys.len(), 1);
        assert!(
            scan.warnings
                .iter()
                .map(ToString::to_string)
                .any(|w| w.contains("line 2 (BROKEN)") && w.contains("never closed")),
            "{:?}",
            scan.warnings
        );
    }

    #[test]
    fn a_file_that_cannot_be_opened_is_said_plainly_with_the_system_words_apart() {
        let dir = tempfile::tempdir().expect("dir");
        let missing = dir.path().join("missing.env");
        let error = read_env_file(&missing).expect_err("missing");
        assert!(
            error
                .to_string()
                .contains("could not be opened: the file is not there"),
            "{error}"
        );
        assert!(!error.to_string().contains("os error"), "{error}");
        assert!(error.technical().is_some_and(|t| t.contains("os error 2")));
        let folder = read_env_file(dir.path()).expect_err("a folder");
        assert!(
            folder.to_string().contains("is a folder, not a file"),
            "{folder}"
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
        let warning = git_exposure(&env).expect("a warning").to_string();
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
