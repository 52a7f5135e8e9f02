//! What kind of key a secret is, from its prefix (reference section 1), and its redacted form.

use serde::{Deserialize, Serialize};

use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    /// `sk-proj-`: owned by a user, limited to one project.
    Project,
    /// `sk-svcacct-` (older `sk-service-`): a project's bot user.
    ServiceAccount,
    /// `sk-admin-`: reads usage and manages the organization; cannot call models.
    Admin,
    /// `sk-None-`: a user key not tied to a project [T].
    UserWithoutProject,
    /// `sk-` and letters: the old user key that reaches every project of its user.
    LegacyUser,
    /// Not shaped like an OpenAI key.
    Unknown,
}

impl KeyKind {
    pub fn detect(secret: &str) -> KeyKind {
        let secret = secret.trim();
        if secret.starts_with("sk-proj-") {
            KeyKind::Project
        } else if secret.starts_with("sk-svcacct-") || secret.starts_with("sk-service-") {
            KeyKind::ServiceAccount
        } else if secret.starts_with("sk-admin-") {
            KeyKind::Admin
        } else if secret.starts_with("sk-None-") {
            KeyKind::UserWithoutProject
        } else if let Some(rest) = secret.strip_prefix("sk-")
            && rest.len() >= 20
            && rest.chars().all(|c| c.is_ascii_alphanumeric())
        {
            KeyKind::LegacyUser
        } else {
            KeyKind::Unknown
        }
    }

    /// The kind in words, for people, in the current language.
    pub fn words(self) -> String {
        match self {
            KeyKind::Project => tr!("error-key-kind-project"),
            KeyKind::ServiceAccount => tr!("error-key-kind-service-account"),
            KeyKind::Admin => tr!("error-key-kind-admin"),
            KeyKind::UserWithoutProject => tr!("error-key-kind-user-without-project"),
            KeyKind::LegacyUser => tr!("error-key-kind-legacy-user"),
            KeyKind::Unknown => tr!("error-key-kind-unknown"),
        }
    }

    /// True for keys that can call models; Admin keys cannot (reference section 1, [T]).
    pub fn calls_models(self) -> bool {
        !matches!(self, KeyKind::Admin | KeyKind::Unknown)
    }

    pub fn is_openai(self) -> bool {
        self != KeyKind::Unknown
    }
}

/// `sk-proj-…abcd`: the kind's prefix and the last four characters, never more.
pub fn redact(secret: &str) -> String {
    let secret = secret.trim();
    // Longest first; other providers' prefixes too, for the redaction gate.
    let prefix = [
        "sk-ant-admin01-",
        "sk-ant-api03-",
        "sk-or-v1-",
        "sk-proj-",
        "sk-svcacct-",
        "sk-service-",
        "sk-admin-",
        "sk-None-",
        "sk-",
        "AIza",
        "gsk_",
        "xai-",
    ]
    .into_iter()
    .find(|p| secret.starts_with(p))
    .unwrap_or("");
    let chars: Vec<char> = secret.chars().collect();
    // Short strings show less, so the redacted form never reveals most of a value.
    let tail_len = if chars.len() >= prefix.chars().count() + 12 {
        4
    } else {
        0
    };
    let tail: String = chars[chars.len() - tail_len..].iter().collect();
    format!("{prefix}…{tail}")
}

/// True when a value looks like an OpenAI key (by prefix and length), for finding keys in files.
pub fn looks_like_openai_key(value: &str) -> bool {
    let value = value.trim();
    value.len() >= 20 && !value.contains(char::is_whitespace) && KeyKind::detect(value).is_openai()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_prefix() {
        assert_eq!(KeyKind::detect("sk-proj-abc123"), KeyKind::Project);
        assert_eq!(KeyKind::detect("sk-svcacct-abc"), KeyKind::ServiceAccount);
        assert_eq!(KeyKind::detect("sk-service-abc"), KeyKind::ServiceAccount);
        assert_eq!(KeyKind::detect("sk-admin-abc"), KeyKind::Admin);
        assert_eq!(KeyKind::detect("sk-None-abc"), KeyKind::UserWithoutProject);
        assert_eq!(
            KeyKind::detect("sk-abcdefghijklmnopqrstuvwxT3BlbkFJ0123"),
            KeyKind::LegacyUser
        );
        assert_eq!(KeyKind::detect("sk-ant-api03-xyz"), KeyKind::Unknown);
        assert_eq!(KeyKind::detect("hello"), KeyKind::Unknown);
    }

    #[test]
    fn redaction_keeps_prefix_and_last_four_only() {
        assert_eq!(
            redact("sk-proj-abcdefghijklmnopqrstuvwxyz0123"),
            "sk-proj-…0123"
        );
        assert_eq!(redact("sk-admin-0123456789abcdefWXYZ"), "sk-admin-…WXYZ");
        assert_eq!(redact("sk-proj-short"), "sk-proj-…");
        assert_eq!(redact("x"), "…");
    }
}
