//! Which provider a key is for: from its shape, and from the name of the variable that held it.
//! A key that fits several says so, and the person is asked.

use super::{ProviderId, all};
use crate::vault::KeyKind;

/// One provider a key may be for, and its kind there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    pub provider: ProviderId,
    pub kind: KeyKind,
    /// Found by a shape without a prefix (Mistral, Azure's older keys): a guess unless a name
    /// said the provider.
    pub shapeless: bool,
}

/// The providers a key fits, the likeliest first; empty when it fits none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Detection {
    pub candidates: Vec<Detected>,
}

impl Detection {
    pub fn best(&self) -> Option<Detected> {
        self.candidates.first().copied()
    }

    /// True when the key fits more than one provider and nothing named which.
    pub fn is_ambiguous(&self) -> bool {
        self.candidates.len() > 1
    }

    pub fn for_provider(&self, provider: ProviderId) -> Option<Detected> {
        self.candidates
            .iter()
            .copied()
            .find(|d| d.provider == provider)
    }
}

/// The provider a variable's name names (`ANTHROPIC_API_KEY`, `CLAUDE_KEY`, `AZURE_OPENAI_API_KEY`).
/// Azure before OpenAI: its names hold both words.
pub fn variable_provider(variable: &str) -> Option<ProviderId> {
    let upper = variable.to_ascii_uppercase();
    let named = |id: ProviderId| {
        let entry = id.entry();
        entry.key_variables.iter().any(|v| *v == upper)
            || entry.name_words.iter().any(|word| upper.contains(word))
    };
    [ProviderId::AzureOpenAi]
        .into_iter()
        .chain(ProviderId::ALL)
        .find(|id| named(*id))
}

/// The providers `secret` fits. `variable` (the name it was found under) narrows it to its
/// provider, and lets a shape without a prefix count.
pub fn detect(secret: &str, variable: Option<&str>) -> Detection {
    let secret = secret.trim();
    let named = variable.and_then(variable_provider);
    let mut candidates: Vec<Detected> = all()
        .flat_map(|provider| {
            provider
                .shapes
                .iter()
                .filter(move |shape| !shape.needs_a_name || named.is_none_or(|n| n == provider.id))
                .filter_map(move |shape| {
                    Some(Detected {
                        provider: provider.id,
                        kind: (shape.kind_of)(secret)?,
                        shapeless: shape.needs_a_name && named != Some(provider.id),
                    })
                })
        })
        .collect();
    // One kind per provider: its first (most precise) shape.
    let mut seen = Vec::new();
    candidates.retain(|d| {
        let first = !seen.contains(&d.provider);
        seen.push(d.provider);
        first
    });
    // A prefix names a provider for certain; a shape without one yields to it.
    if candidates.iter().any(|d| !d.shapeless) {
        candidates.retain(|d| !d.shapeless);
    }
    if let Some(named) = named
        && candidates.iter().any(|d| d.provider == named)
    {
        candidates.retain(|d| d.provider == named);
    }
    // Without a name, a shapeless value (32 letters and digits) is only a guess: it stays
    // ambiguous, so that the person is asked, unless only one provider fits it at all.
    candidates.sort_by_key(|d| rank(d.kind));
    Detection { candidates }
}

/// Which of several fitting kinds is likelier: DeepSeek's exact `sk-` + 32 lowercase before
/// OpenAI's older user key, which is longer and mixed case.
fn rank(kind: KeyKind) -> u8 {
    u8::from(kind == KeyKind::LegacyUser)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake(prefix: &str, body: char, len: usize, suffix: &str) -> String {
        format!("{prefix}{}{suffix}", body.to_string().repeat(len))
    }

    #[test]
    fn prefixes_name_their_provider() {
        let cases = [
            (
                fake("sk-ant-api03-", 'x', 93, "AA"),
                ProviderId::Anthropic,
                KeyKind::AnthropicApi,
            ),
            (
                fake("sk-ant-admin01-", 'x', 93, "AA"),
                ProviderId::Anthropic,
                KeyKind::AnthropicAdmin,
            ),
            (
                fake("sk-ant-oat01-", 'x', 80, ""),
                ProviderId::Anthropic,
                KeyKind::ClaudeLoginToken,
            ),
            (
                fake("AQ.", 'x', 50, ""),
                ProviderId::Gemini,
                KeyKind::GeminiAuth,
            ),
            (
                fake("sk-or-v1-", 'a', 64, ""),
                ProviderId::OpenRouter,
                KeyKind::OpenRouter,
            ),
            (fake("gsk_", 'x', 52, ""), ProviderId::Groq, KeyKind::Groq),
            (fake("xai-", 'x', 80, ""), ProviderId::Xai, KeyKind::Xai),
            (
                fake("sk-proj-", 'x', 40, ""),
                ProviderId::OpenAi,
                KeyKind::Project,
            ),
        ];
        for (secret, provider, kind) in cases {
            let detection = detect(&secret, None);
            assert_eq!(
                detection.candidates,
                [Detected {
                    provider,
                    kind,
                    shapeless: false
                }],
                "{provider:?}"
            );
        }
    }

    #[test]
    fn a_google_cloud_key_is_gemini_s_only_under_a_gemini_name() {
        let google = fake("AIzaSy", 'x', 33, "");
        let unnamed = detect(&google, None);
        assert!(unnamed.best().is_some_and(|d| d.shapeless), "{unnamed:?}");
        assert!(
            detect(&google, Some("GOOGLE_MAPS_API_KEY"))
                .best()
                .is_none_or(|d| d.shapeless)
        );
        let named = detect(&google, Some("GEMINI_API_KEY")).best();
        assert_eq!(
            named,
            Some(Detected {
                provider: ProviderId::Gemini,
                kind: KeyKind::GeminiStandard,
                shapeless: false
            })
        );
        let google_api_key = detect(&google, Some("GOOGLE_API_KEY")).best();
        assert_eq!(google_api_key.map(|d| d.shapeless), Some(false));
    }

    #[test]
    fn a_key_that_fits_several_says_so_and_a_name_decides() {
        let deepseek_shaped = fake("sk-", 'a', 32, "");
        let detection = detect(&deepseek_shaped, None);
        assert!(detection.is_ambiguous());
        assert_eq!(
            detection.best().map(|d| d.provider),
            Some(ProviderId::DeepSeek)
        );
        assert!(detection.for_provider(ProviderId::OpenAi).is_some());
        let named = detect(&deepseek_shaped, Some("OPENAI_API_KEY"));
        assert_eq!(named.best().map(|d| d.provider), Some(ProviderId::OpenAi));
        assert!(!named.is_ambiguous());

        // 32 hex digits: an older Azure key or a Mistral key; nothing says which.
        let hex = fake("", 'a', 32, "");
        let detection = detect(&hex, None);
        assert!(detection.is_ambiguous(), "{detection:?}");
        let mistral = detect(&hex, Some("MISTRAL_API_KEY"));
        assert_eq!(
            mistral.best().map(|d| d.provider),
            Some(ProviderId::Mistral)
        );
        let azure = detect(&hex, Some("AZURE_OPENAI_API_KEY"));
        assert_eq!(
            azure.best().map(|d| d.provider),
            Some(ProviderId::AzureOpenAi)
        );
    }

    #[test]
    fn variables_name_their_provider_azure_before_openai() {
        assert_eq!(
            variable_provider("AZURE_OPENAI_API_KEY"),
            Some(ProviderId::AzureOpenAi)
        );
        assert_eq!(
            variable_provider("OPENAI_API_KEY"),
            Some(ProviderId::OpenAi)
        );
        assert_eq!(
            variable_provider("GOOGLE_API_KEY"),
            Some(ProviderId::Gemini)
        );
        assert_eq!(variable_provider("claude_key"), Some(ProviderId::Anthropic));
        assert_eq!(variable_provider("GOOGLE_MAPS_API_KEY"), None);
        assert_eq!(variable_provider("DATABASE_URL"), None);
    }
}
