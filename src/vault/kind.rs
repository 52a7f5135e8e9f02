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
    /// `sk-ant-api03-`: an Anthropic (Claude API) key.
    AnthropicApi,
    /// `sk-ant-admin01-`: an Anthropic Admin key (usage, cost, the organization).
    AnthropicAdmin,
    /// `sk-ant-oat01-`: a Claude subscription's login token, not an API key.
    ClaudeLoginToken,
    /// `AQ.`: a Gemini API key of the kind AI Studio makes now.
    GeminiAuth,
    /// `AIza`: a Google Cloud API key, the kind Gemini stops accepting in 2026.
    GeminiStandard,
    /// `sk-or-v1-`
    #[serde(rename = "openrouter")]
    OpenRouter,
    /// `gsk_`
    Groq,
    /// 32 letters and digits, no prefix.
    Mistral,
    /// 84 characters (or 32 hex digits for older ones); checked with its resource's endpoint.
    #[serde(rename = "azure_openai")]
    AzureOpenAi,
    /// `xai-`
    #[serde(rename = "xai")]
    Xai,
    /// `sk-` and 32 lowercase letters and digits.
    #[serde(rename = "deepseek")]
    DeepSeek,
    /// Not shaped like a key Key Doctor knows.
    Unknown,
}

impl KeyKind {
    /// The kind of the likeliest provider the key fits ([`crate::providers::detect`]), for a
    /// key found without a variable's name.
    pub fn detect(secret: &str) -> KeyKind {
        crate::providers::detect(secret, None)
            .best()
            .map_or(KeyKind::Unknown, |detected| detected.kind)
    }

    /// The kind by OpenAI's prefixes alone (reference section 1).
    pub fn detect_openai(secret: &str) -> KeyKind {
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
            KeyKind::AnthropicApi => tr!("error-key-kind-anthropic-api"),
            KeyKind::AnthropicAdmin => tr!("error-key-kind-anthropic-admin"),
            KeyKind::ClaudeLoginToken => tr!("error-key-kind-claude-login-token"),
            KeyKind::GeminiAuth => tr!("error-key-kind-gemini-auth"),
            KeyKind::GeminiStandard => tr!("error-key-kind-gemini-standard"),
            KeyKind::OpenRouter => tr!("error-key-kind-openrouter"),
            KeyKind::Groq => tr!("error-key-kind-groq"),
            KeyKind::Mistral => tr!("error-key-kind-mistral"),
            KeyKind::AzureOpenAi => tr!("error-key-kind-azure-openai"),
            KeyKind::Xai => tr!("error-key-kind-xai"),
            KeyKind::DeepSeek => tr!("error-key-kind-deepseek"),
            KeyKind::Unknown => tr!("error-key-kind-unknown"),
        }
    }

    /// True for keys that can call models; Admin keys cannot (reference section 1, [T]).
    pub fn calls_models(self) -> bool {
        !matches!(
            self,
            KeyKind::Admin | KeyKind::AnthropicAdmin | KeyKind::ClaudeLoginToken | KeyKind::Unknown
        )
    }

    /// True for OpenAI's own kinds.
    pub fn is_openai(self) -> bool {
        self.provider() == Some(crate::providers::ProviderId::OpenAi)
    }

    /// The provider whose key this kind is; `None` for an unknown shape.
    pub fn provider(self) -> Option<crate::providers::ProviderId> {
        use crate::providers::ProviderId;
        Some(match self {
            KeyKind::Project
            | KeyKind::ServiceAccount
            | KeyKind::Admin
            | KeyKind::UserWithoutProject
            | KeyKind::LegacyUser => ProviderId::OpenAi,
            KeyKind::AnthropicApi | KeyKind::AnthropicAdmin | KeyKind::ClaudeLoginToken => {
                ProviderId::Anthropic
            }
            KeyKind::GeminiAuth | KeyKind::GeminiStandard => ProviderId::Gemini,
            KeyKind::OpenRouter => ProviderId::OpenRouter,
            KeyKind::Groq => ProviderId::Groq,
            KeyKind::Mistral => ProviderId::Mistral,
            KeyKind::AzureOpenAi => ProviderId::AzureOpenAi,
            KeyKind::Xai => ProviderId::Xai,
            KeyKind::DeepSeek => ProviderId::DeepSeek,
            KeyKind::Unknown => return None,
        })
    }
}

/// `sk-proj-…abcd`: the kind's prefix and the last four characters, never more.
pub fn redact(secret: &str) -> String {
    let secret = secret.trim();
    // Longest first; other providers' prefixes too, for the redaction gate.
    let prefix = [
        "sk-ant-admin01-",
        "sk-ant-api03-",
        "sk-ant-oat01-",
        "sk-ant-ort01-",
        "sk-or-v1-",
        "sk-proj-",
        "sk-svcacct-",
        "sk-service-",
        "sk-admin-",
        "sk-None-",
        "sk-",
        "AIza",
        "AQ.",
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
    value.len() >= 20
        && !value.contains(char::is_whitespace)
        && KeyKind::detect_openai(value).is_openai()
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
        assert_eq!(KeyKind::detect_openai("sk-ant-api03-xyz"), KeyKind::Unknown);
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
