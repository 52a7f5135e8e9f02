//! Where the Admin key for usage comes from. This is the one seam the key vault will replace:
//! until it lands, demo mode uses the simulator's key, a live session reads `OPENAI_ADMIN_KEY`,
//! and otherwise the person pastes one that lives only in memory for the session.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// The variable OpenAI's SDKs read an Admin key from (reference section 7).
pub const ADMIN_KEY_VARIABLE: &str = "OPENAI_ADMIN_KEY";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminKeyOrigin {
    /// The built-in simulator's read-only Admin key.
    Demo,
    /// `OPENAI_ADMIN_KEY` in the environment.
    Environment,
    /// Pasted in the Usage view; forgotten when the app closes.
    PastedForSession,
    /// The first Admin key stored in the keychain (Keys view).
    Stored,
}

impl AdminKeyOrigin {
    /// Where the key came from, as the view says it, in the current language.
    pub fn describe(self) -> String {
        match self {
            AdminKeyOrigin::Demo => crate::tr!("usage-admin-key-demo"),
            AdminKeyOrigin::Environment => crate::tr!("usage-admin-key-environment"),
            AdminKeyOrigin::PastedForSession => crate::tr!("usage-admin-key-pasted"),
            AdminKeyOrigin::Stored => crate::tr!("usage-admin-key-stored"),
        }
    }
}

/// An Admin key and where it came from. `Debug` shows the redacted form only.
#[derive(Clone)]
pub struct AdminKey {
    pub secret: SecretString,
    pub origin: AdminKeyOrigin,
    /// `vault::fingerprint` of the secret, made once: the Organization view compares it with
    /// the stored keys' every frame.
    fingerprint: String,
}

impl fmt::Debug for AdminKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AdminKey({}, {:?})", self.redacted(), self.origin)
    }
}

impl AdminKey {
    pub fn new(secret: SecretString, origin: AdminKeyOrigin) -> Self {
        let fingerprint = crate::vault::fingerprint(secret.expose_secret());
        AdminKey {
            secret,
            origin,
            fingerprint,
        }
    }

    /// The fingerprint a stored copy of this key has in the catalog.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// `sk-admin…wxyz`: enough to recognise it, never enough to use it.
    pub fn redacted(&self) -> String {
        redact(&self.secret)
    }

    pub fn shape(&self) -> KeyShape {
        KeyShape::of(&self.secret)
    }

    /// Whose usage it reads: Anthropic's for an Anthropic Admin key, else OpenAI's.
    pub fn provider(&self) -> crate::providers::ProviderId {
        if self
            .secret
            .expose_secret()
            .trim()
            .starts_with(ANTHROPIC_ADMIN_PREFIX)
        {
            crate::providers::ProviderId::Anthropic
        } else {
            crate::providers::ProviderId::OpenAi
        }
    }
}

/// Anthropic's Admin keys read its usage and cost reports (reference/providers.md 1.6).
const ANTHROPIC_ADMIN_PREFIX: &str = "sk-ant-admin01-";

/// The key's first eight and last four characters, or only a hint when it is too short.
pub fn redact(secret: &SecretString) -> String {
    let text = secret.expose_secret();
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 20 {
        return crate::tr!("usage-short-key");
    }
    let head: String = chars[..8].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

/// What a key looks like from its prefix (reference section 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyShape {
    Admin,
    /// A project, service-account or user key: it cannot read organization usage.
    NotAdmin,
    /// Not an OpenAI key shape; let the server decide.
    Unknown,
}

impl KeyShape {
    pub fn of(secret: &SecretString) -> Self {
        let text = secret.expose_secret();
        if text.starts_with("sk-admin-") || text.starts_with(ANTHROPIC_ADMIN_PREFIX) {
            KeyShape::Admin
        } else if text.starts_with("sk-") {
            KeyShape::NotAdmin
        } else {
            KeyShape::Unknown
        }
    }
}

/// A pasted text as a key: trimmed, one line, no spaces inside; `None` when it cannot be one.
pub fn key_from_paste(text: &str) -> Option<SecretString> {
    let trimmed = text.trim().trim_matches(['"', '\'']);
    if trimmed.is_empty() || trimmed.chars().any(char::is_whitespace) {
        return None;
    }
    Some(SecretString::from(trimmed.to_owned()))
}

/// `OPENAI_ADMIN_KEY` when set to something that can be a key.
pub fn admin_key_from_environment() -> Option<AdminKey> {
    let value = std::env::var(ADMIN_KEY_VARIABLE).ok()?;
    key_from_paste(&value).map(|secret| AdminKey::new(secret, AdminKeyOrigin::Environment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_redaction_never_show_the_key() {
        let secret = "sk-admin-THISISSECRETMIDDLEPART-wxyz";
        let key = AdminKey::new(SecretString::from(secret), AdminKeyOrigin::PastedForSession);
        let shown = format!("{key:?} {}", key.redacted());
        assert!(!shown.contains("SECRETMIDDLE"), "{shown}");
        assert!(shown.contains("sk-admin…wxyz"));
        assert_eq!(key.shape(), KeyShape::Admin);
    }

    #[test]
    fn pasted_text_is_cleaned_or_refused() {
        let key = key_from_paste("  \"sk-proj-abc\"\n").expect("a key");
        assert_eq!(key.expose_secret(), "sk-proj-abc");
        assert_eq!(KeyShape::of(&key), KeyShape::NotAdmin);
        assert!(key_from_paste("   ").is_none());
        assert!(key_from_paste("two words").is_none());
    }
}
