//! The one redaction gate. Text that came from outside (a server's answer, a file, a paste) passes
//! through [`redact_text`] or [`redact_bytes`] before it can reach a report, JSON, a log, the
//! window or the clipboard: anything shaped like an API key of any provider we know, and any
//! secret the caller names exactly, is replaced by its redacted form (`sk-proj-…abcd`).
//!
//! Some proxies and gateways repeat the key they were sent in their error messages; a person
//! who copies such a report to a forum must not publish the key with it.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::bytes::{Captures, NoExpand, Regex};
use secrecy::{ExposeSecret, SecretString};

use crate::vault::redact;

/// Key shapes by provider (reference/providers.md and reference/openai-api.md section 1).
/// Keys without a prefix (Mistral, Azure's older ones) cannot be told from other long words by
/// shape: they are caught when the caller names the secret.
static KEY_SHAPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // OpenAI (sk-, sk-proj-, sk-admin-, sk-svcacct-), Anthropic (sk-ant-), OpenRouter
        // (sk-or-v1-), DeepSeek (sk- and hex).
        r"(?-u:\b)sk-[A-Za-z0-9_\-]{16,}",
        // Google Gemini.
        r"|(?-u:\b)AIza[0-9A-Za-z_\-]{30,}",
        // Groq.
        r"|(?-u:\b)gsk_[A-Za-z0-9]{20,}",
        // xAI.
        r"|(?-u:\b)xai-[A-Za-z0-9_]{20,}",
        // Gemini's newer keys (length and characters not confirmed: generous).
        r"|(?-u:\b)[AI]Q\.[A-Za-z0-9_\-.]{20,}",
        // Azure's newer keys: 84 characters with a fixed mark at 52.
        r"|(?-u:\b)[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{26}",
    ))
    .expect("the key patterns are valid")
});

/// A credential after a word that announces one: `Bearer …`, `api-key: …`, `x-api-key=…`.
static ANNOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)((?-u:\b)bearer\s+|(?-u:\b)(?:x-)?api[-_]?key["']?\s*[:=]\s*["']?)([A-Za-z0-9._~+/\-]{16,}=*)"#,
    )
    .expect("the announced-credential pattern is valid")
});

/// The gate for text. `secrets` are replaced wherever they appear, whatever their shape.
pub fn redact_text<'a>(text: &'a str, secrets: &[&SecretString]) -> Cow<'a, str> {
    match redact_bytes(text.as_bytes(), secrets) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        // Only ASCII runs were replaced, by UTF-8 text: the result is still UTF-8.
        Cow::Owned(bytes) => Cow::Owned(String::from_utf8_lossy(&bytes).into_owned()),
    }
}

/// The gate for bytes (a response body before anything parses it). JSON stays JSON: the
/// replacements hold no quote or backslash.
pub fn redact_bytes<'a>(bytes: &'a [u8], secrets: &[&SecretString]) -> Cow<'a, [u8]> {
    let mut text: Cow<'a, [u8]> = Cow::Borrowed(bytes);
    for secret in secrets {
        let secret = secret.expose_secret().trim();
        // A secret this short would match ordinary words; none of the providers' keys is.
        if secret.len() < 8 {
            continue;
        }
        let Ok(literal) = Regex::new(&regex::escape(secret)) else {
            continue;
        };
        let redacted = redact(secret);
        if let Cow::Owned(replaced) = literal.replace_all(&text, NoExpand(redacted.as_bytes())) {
            text = Cow::Owned(replaced);
        }
    }
    if let Cow::Owned(replaced) = KEY_SHAPED.replace_all(&text, |found: &Captures| {
        redact(&String::from_utf8_lossy(&found[0])).into_bytes()
    }) {
        text = Cow::Owned(replaced);
    }
    if let Cow::Owned(replaced) = ANNOUNCED.replace_all(&text, |found: &Captures| {
        let mut kept = found[1].to_vec();
        kept.extend_from_slice(redact(&String::from_utf8_lossy(&found[2])).as_bytes());
        kept
    }) {
        text = Cow::Owned(replaced);
    }
    text
}

/// True when `text` still holds this secret, or (with `None`) anything key-shaped: for tests and
/// the leak scan of the fault suite.
pub fn holds_secret(text: &str, secret: Option<&str>) -> bool {
    match secret {
        Some(secret) => text.contains(secret.trim()),
        None => KEY_SHAPED.is_match(text.as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Fake keys, assembled from pieces so no line holds a key-shaped string.
    const PROJECT_KEY: &str = concat!("sk-proj-", "abcdefghijklmnopqrstuvwxyz", "T3BlbkFJ0123");
    const GEMINI_KEY: &str = concat!("AIza", "SyA1234567890abcdefghijklmnopqrstu");
    const GROQ_KEY: &str = concat!("gsk_", "abcdefghijklmnopqrstuvwxyz0123456789ABCD");
    const MISTRAL_KEY: &str = concat!("aBcD1234", "eFgH5678iJkL9012mNoP3456");
    const GEMINI_AUTH_KEY: &str = concat!("AQ.", "Ab8RN6", "fakefakefakefakefakefake_-");
    const XAI_KEY: &str = concat!("xai-", "fake_fake_", "abcdefghijklmnopqrstuvwxyz");
    const AZURE_KEY: &str = concat!(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "JQQJ99",
        "abcdefghi",
        "XJ3w3AAA",
        "b",
        "ACOG",
        "wxyz"
    );

    #[test]
    fn the_newer_shapes_of_gemini_xai_and_azure_are_redacted() {
        let text = format!("keys: {GEMINI_AUTH_KEY}, {XAI_KEY} and {AZURE_KEY}.");
        let gated = redact_text(&text, &[]);
        for key in [GEMINI_AUTH_KEY, XAI_KEY, AZURE_KEY] {
            assert!(!gated.contains(key), "{gated}");
        }
        assert!(
            gated.contains("AQ.…fake") || gated.contains("AQ.…"),
            "{gated}"
        );
    }

    #[test]
    fn key_shaped_words_of_every_provider_are_redacted() {
        let text =
            format!("Incorrect API key provided: {PROJECT_KEY}. Also {GEMINI_KEY} and {GROQ_KEY}.");
        let gated = redact_text(&text, &[]);
        assert!(!gated.contains(PROJECT_KEY), "{gated}");
        assert!(!gated.contains(GEMINI_KEY), "{gated}");
        assert!(!gated.contains(GROQ_KEY), "{gated}");
        assert!(gated.contains("sk-proj-…0123"), "{gated}");
        assert!(gated.starts_with("Incorrect API key provided: "));
    }

    #[test]
    fn a_named_secret_is_redacted_whatever_its_shape() {
        let secret = SecretString::from(MISTRAL_KEY);
        let text = format!("{{\"error\":\"key {MISTRAL_KEY} is not valid\"}}");
        let gated = redact_text(&text, &[&secret]);
        assert!(!gated.contains(MISTRAL_KEY), "{gated}");
        assert!(
            serde_json::from_str::<serde_json::Value>(&gated).is_ok(),
            "JSON stays JSON: {gated}"
        );
        assert!(!redact_text(&text, &[]).is_empty());
    }

    #[test]
    fn announced_credentials_are_redacted() {
        let gated = redact_text(&format!("Authorization: Bearer {MISTRAL_KEY}"), &[]).into_owned();
        assert!(!gated.contains(MISTRAL_KEY), "{gated}");
        assert!(gated.contains("Bearer "), "{gated}");
        let gated = redact_text(&format!("api-key: {MISTRAL_KEY}"), &[]).into_owned();
        assert!(!gated.contains(MISTRAL_KEY), "{gated}");
    }

    #[test]
    fn ordinary_text_and_openai_s_own_redaction_pass_unchanged() {
        for text in [
            "Incorrect API key provided: sk-proj-****ABCD.",
            "task-abcdefghijklmnopqrstuvwxyz is a word",
            "Missing scopes: model.request",
            "sk-proj-…0123",
        ] {
            assert!(matches!(redact_text(text, &[]), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn the_gate_is_idempotent() {
        let once = redact_text(PROJECT_KEY, &[]).into_owned();
        assert_eq!(redact_text(&once, &[]), once);
        assert!(!holds_secret(&once, Some(PROJECT_KEY)));
        assert!(!holds_secret(&once, None));
        assert!(holds_secret(PROJECT_KEY, None));
    }
}
