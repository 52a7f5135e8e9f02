//! The providers Key Doctor knows, as data: one entry each (its key shapes and variable names,
//! base URL and key header, free probes, error rules and fix pages), in one module each. OpenAI
//! is one entry of the same shape; its probes and rules are the richer tables of `checks/`.
//! Adding a provider is one module here, its line in [`ALL`] and its tests. No egui here.
//! Wire facts: reference/providers.md (marks [T]/[D]/[I] are that file's).

mod anthropic;
mod azure;
mod bases;
mod check;
mod deepseek;
mod detect;
mod envelope;
mod explain;
mod gemini;
mod groq;
mod mistral;
mod openai;
mod openrouter;
mod rules;
mod xai;

use serde::{Deserialize, Serialize};

use crate::vault::KeyKind;

pub use bases::{BaseUrlError, ProviderBases, client_at, normalized};
pub use check::{check_key, no_address, unsent_report};
pub use detect::{Detected, Detection, detect, variable_provider};
pub use envelope::{ProviderError, parse_provider_error};
pub use explain::{explain_by_own_words, explain_provider_text};
pub use rules::{Fix, Rule, Saying, When};

/// Every provider, by the word JSON and the CLI use (`--provider anthropic`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
pub enum ProviderId {
    #[serde(rename = "openai")]
    #[strum(serialize = "openai")]
    OpenAi,
    #[serde(rename = "anthropic")]
    #[strum(serialize = "anthropic")]
    Anthropic,
    #[serde(rename = "gemini")]
    #[strum(serialize = "gemini")]
    Gemini,
    #[serde(rename = "openrouter")]
    #[strum(serialize = "openrouter")]
    OpenRouter,
    #[serde(rename = "groq")]
    #[strum(serialize = "groq")]
    Groq,
    #[serde(rename = "mistral")]
    #[strum(serialize = "mistral")]
    Mistral,
    #[serde(rename = "azure_openai")]
    #[strum(serialize = "azure_openai")]
    AzureOpenAi,
    #[serde(rename = "xai")]
    #[strum(serialize = "xai")]
    Xai,
    #[serde(rename = "deepseek")]
    #[strum(serialize = "deepseek")]
    DeepSeek,
}

impl ProviderId {
    pub const ALL: [ProviderId; 9] = [
        ProviderId::OpenAi,
        ProviderId::Anthropic,
        ProviderId::Gemini,
        ProviderId::OpenRouter,
        ProviderId::Groq,
        ProviderId::Mistral,
        ProviderId::AzureOpenAi,
        ProviderId::Xai,
        ProviderId::DeepSeek,
    ];

    /// The word of JSON and `--provider`: "openai", "azure_openai".
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn from_word(word: &str) -> Option<ProviderId> {
        word.trim()
            .to_ascii_lowercase()
            .replace('-', "_")
            .parse()
            .ok()
    }

    /// The provider's entry.
    pub fn entry(self) -> &'static Provider {
        match self {
            ProviderId::OpenAi => &openai::PROVIDER,
            ProviderId::Anthropic => &anthropic::PROVIDER,
            ProviderId::Gemini => &gemini::PROVIDER,
            ProviderId::OpenRouter => &openrouter::PROVIDER,
            ProviderId::Groq => &groq::PROVIDER,
            ProviderId::Mistral => &mistral::PROVIDER,
            ProviderId::AzureOpenAi => &azure::PROVIDER,
            ProviderId::Xai => &xai::PROVIDER,
            ProviderId::DeepSeek => &deepseek::PROVIDER,
        }
    }

    /// The provider's own name (a name, never translated): "Anthropic".
    pub fn name(self) -> &'static str {
        self.entry().name
    }
}

impl std::fmt::Display for ProviderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A key shape: the kind a value of this shape is (`None`: it does not fit).
pub struct KeyShape {
    pub kind_of: fn(&str) -> Option<KeyKind>,
    /// A shape without a prefix (Mistral, Azure's older keys) fits many random strings: it
    /// counts only where the variable's name or the person names the provider.
    pub needs_a_name: bool,
}

/// One free request a check sends (every probe is a GET of a list or of the key's own record:
/// nothing is generated, nothing is created).
pub struct ProviderProbe {
    /// Names the probe in rules and tests: "models", "balance".
    pub id: &'static str,
    /// Relative to the provider's base URL.
    pub path: &'static str,
    pub query: &'static [(&'static str, &'static str)],
    /// The kinds it is sent for; empty: every kind of the provider.
    pub kinds: &'static [KeyKind],
    /// It only adds a fact (Groq's plan): when it fails in a way no rule knows, the other
    /// probes' answer stands.
    pub only_a_fact: bool,
}

/// The mark the Keys view shows beside a provider's keys: a letter in a colour (no logos).
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    pub letter: char,
    pub rgb: [u8; 3],
}

/// The provider's pages, for fix buttons.
pub struct Pages {
    pub keys: &'static str,
    pub billing: Option<&'static str>,
    pub limits: Option<&'static str>,
}

/// What a free check can and cannot tell, for the README's table and the check's own words.
pub struct Reach {
    /// Message ids (providers.ftl).
    pub can_tell: &'static str,
    pub cannot_tell: &'static str,
}

/// One provider, as data.
pub struct Provider {
    pub id: ProviderId,
    pub name: &'static str,
    pub mark: Mark,
    /// The kind of its usual key (for a key the person says is this provider's, whatever
    /// its shape).
    pub main_kind: KeyKind,
    pub shapes: &'static [KeyShape],
    /// The variables its SDK (or custom) reads the key from, the usual one first.
    pub key_variables: &'static [&'static str],
    /// Words that, in a variable's name, name this provider ("ANTHROPIC", "CLAUDE").
    pub name_words: &'static [&'static str],
    /// The variables that point its base URL elsewhere (the SDK's own first, then ours).
    pub base_url_variables: &'static [&'static str],
    /// Empty for Azure: the base is the resource's endpoint, which only the person knows.
    pub default_base_url: &'static str,
    pub key_header: crate::openai::KeyHeader,
    pub headers: &'static [(&'static str, &'static str)],
    pub probes: &'static [ProviderProbe],
    /// Tried in order, before the shared rules ([`rules::COMMON`]).
    pub rules: &'static [Rule],
    /// Kinds that are never sent (a login token is not an API key), with their verdict.
    pub refused_kinds: &'static [(KeyKind, Rule)],
    /// The sentence of a key that works (it says what the check cannot know).
    pub works: Saying,
    /// What a successful answer still tells (a balance, a spend cap, a plan).
    pub read_success: fn(&check::Answer<'_>) -> check::SuccessReading,
    pub pages: Pages,
    pub reach: Reach,
    /// Words in an error text that show it came from this provider (lowercase), for Explain.
    pub markers: &'static [&'static str],
}

impl Provider {
    /// A GET of `path` carrying the key the way this provider reads it.
    pub fn get(&self, path: &str) -> crate::openai::ApiRequest {
        let mut request = crate::openai::ApiRequest::get(path);
        request.key_header = self.key_header;
        request.headers = self.headers.to_vec();
        request
    }

    pub fn probes_for(&self, kind: KeyKind) -> impl Iterator<Item = &'static ProviderProbe> {
        self.probes
            .iter()
            .filter(move |probe| probe.kinds.is_empty() || probe.kinds.contains(&kind))
    }
}

/// True when `text` starts with a prefix some provider's key shape starts with (a key
/// Key Doctor would recognise, unnamed), for telling a mistyped key from words.
pub fn has_a_key_prefix(text: &str) -> bool {
    detect(text, None).candidates.iter().any(|d| !d.shapeless)
        || ["AIza", "AQ.", "IQ.", "gsk_", "xai-"]
            .iter()
            .any(|prefix| text.trim().starts_with(prefix))
}

/// Every provider but OpenAI (whose checks are `checks/`'s own).
pub fn others() -> impl Iterator<Item = &'static Provider> {
    all().filter(|p| p.id != ProviderId::OpenAi)
}

/// All of them, OpenAI first.
pub fn all() -> impl Iterator<Item = &'static Provider> {
    ProviderId::ALL.into_iter().map(ProviderId::entry)
}

/// A success that tells nothing more.
fn nothing_more(_: &check::Answer<'_>) -> check::SuccessReading {
    check::SuccessReading::default()
}

/// `prefix` then `len` characters (a range) that all satisfy `allowed`.
fn prefixed(
    value: &str,
    prefix: &str,
    len: std::ops::RangeInclusive<usize>,
    allowed: fn(char) -> bool,
) -> bool {
    value
        .strip_prefix(prefix)
        .is_some_and(|rest| len.contains(&rest.len()) && rest.chars().all(allowed))
}

fn url_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_provider_is_one_entry_of_its_own_id_with_pages_and_words() {
        for id in ProviderId::ALL {
            let entry = id.entry();
            assert_eq!(entry.id, id);
            assert_eq!(ProviderId::from_word(id.as_str()), Some(id));
            assert!(entry.pages.keys.starts_with("https://"), "{id:?}");
            assert!(!entry.shapes.is_empty(), "{id:?}");
            assert!(!entry.key_variables.is_empty(), "{id:?}");
            for message in [
                entry.reach.can_tell,
                entry.reach.cannot_tell,
                entry.works.sentence,
            ] {
                let english = crate::i18n::message_in(
                    crate::i18n::Language::English,
                    message,
                    &[("provider", entry.name.into())],
                );
                assert_ne!(english, message, "{message} is in the catalog");
            }
        }
        assert_eq!(
            ProviderId::from_word("Azure-OpenAI"),
            Some(ProviderId::AzureOpenAi)
        );
        assert_eq!(ProviderId::from_word("nope"), None);
    }

    #[test]
    fn no_probe_of_any_provider_can_generate_anything() {
        // Every probe is a GET of a list or of the key's own record (the reference marks them free).
        for entry in others() {
            assert!(!entry.probes.is_empty(), "{:?}", entry.id);
            for probe in entry.probes {
                for word in [
                    "messages",
                    "generate",
                    "completions",
                    "chat",
                    "responses",
                    "embeddings",
                    "count_tokens",
                ] {
                    assert!(!probe.path.contains(word), "{} {}", entry.name, probe.path);
                }
            }
        }
    }
}
