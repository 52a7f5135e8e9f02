//! "Explain an error": any OpenAI error text or JSON, also wrapped in another app's words, to the
//! same verdict a check would give. No network.

use serde::Serialize;

use super::network::{NetworkCause, network_cause};
use super::verdict::{
    Finding, Instead, Observation, Verdict, VerdictCode, VerdictContext, classify, project_id_in,
};
use super::words::Note;
use crate::openai::parse_error_envelope;
use crate::tr;
use crate::vault::{KeyKind, looks_like_openai_key};

/// Why a text could not be explained at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplainError {
    Empty,
}

/// The sentence in the current language.
impl std::fmt::Display for ExplainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExplainError::Empty => f.write_str(&tr!("verdict-explain-empty")),
        }
    }
}

impl std::error::Error for ExplainError {}

/// A stored key, as "Explain" may match it: by its redacted form, never its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownKey {
    pub id: String,
    pub name: String,
    /// `sk-proj-…abcd`: the kind's prefix and the last four characters.
    pub redacted: String,
}

impl KnownKey {
    pub fn of(entry: &crate::vault::CatalogEntry) -> Self {
        KnownKey {
            id: entry.id.clone(),
            name: entry.label.clone(),
            redacted: entry.redacted.clone(),
        }
    }
}

/// The stored key an error text names (by the last characters OpenAI shows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchedKey {
    pub id: String,
    pub name: String,
}

/// What a text means, the stored key it names, and whether it holds a whole key.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub verdict: Verdict,
    pub matched_key: Option<MatchedKey>,
    /// The text holds a whole key: it was not kept, and the person is told.
    pub contains_key: bool,
}

/// `explain --json`: the verdict object with the stored key the text names.
#[derive(Serialize)]
pub struct ExplanationJson<'a> {
    #[serde(flatten)]
    pub verdict: &'a Verdict,
    pub matched_key: Option<&'a MatchedKey>,
}

impl Explanation {
    pub fn to_json(&self) -> ExplanationJson<'_> {
        ExplanationJson {
            verdict: &self.verdict,
            matched_key: self.matched_key.as_ref(),
        }
    }
}

pub fn explain(text: &str) -> Result<Verdict, ExplainError> {
    explain_with(text, &[]).map(|explanation| explanation.verdict)
}

/// Explains a text and matches the key it names against `known` keys.
pub fn explain_with(text: &str, known: &[KnownKey]) -> Result<Explanation, ExplainError> {
    let contains_key = holds_a_key(text);
    // Pasted text may hold the key itself; nothing below (nor the verdict) sees it.
    let gated = crate::redaction::redact_text(text, &[]);
    let text = gated.trim();
    if text.is_empty() {
        return Err(ExplainError::Empty);
    }
    let mut verdict = verdict_for(text);
    if contains_key {
        verdict.details.notes.insert(0, Note::ContainsAKey);
    }
    Ok(Explanation {
        matched_key: named_key(text).and_then(|named| named.matches(known)),
        verdict,
        contains_key,
    })
}

/// The verdict for a text already through the redaction gate: OpenAI's own errors first, then
/// the errors from around the request, then the status alone.
fn verdict_for(text: &str) -> Verdict {
    let status = status_in(text);
    // Another provider's error its own words name is read with that provider's rules; one
    // only its status tells comes after OpenAI's words (an OpenAI error passed on by
    // OpenRouter stays OpenAI's).
    if let Some(verdict) = crate::providers::explain_provider_text(text, status, false) {
        return verdict;
    }
    let message = peel(text);
    let envelope = embedded_envelope(message);
    let context = VerdictContext {
        kind: key_kind_in(text),
        project_id: project_id_in(text),
    };
    let from_envelope = envelope
        .as_ref()
        .and_then(|body| classify(&Observation::from_body(None, body)));
    let words = |status| Observation {
        status,
        message: message.to_owned(),
        ..Observation::default()
    };
    let around = network_cause(text).map(|cause| {
        let page = cause == NetworkCause::FirewallPage;
        if page && looks_like_an_outage(text, status) {
            (VerdictCode::ServerError, Finding::default())
        } else if page && text.to_lowercase().contains("404 not found") {
            // A web server's "not found" page: the app's OpenAI address is wrong.
            (VerdictCode::UnexpectedResponse, Finding::default())
        } else {
            let finding = Finding {
                sub_code: Some(cause.sub_code().to_owned()),
                ..Finding::default()
            };
            (VerdictCode::NetworkError, finding)
        }
    });
    let by_words = session_key_only(text)
        .or(from_envelope)
        .or_else(|| classify(&words(None)))
        .or(around);
    if by_words.is_none()
        && let Some(verdict) = crate::providers::explain_provider_text(text, status, true)
    {
        return verdict;
    }
    let found = by_words
        .or_else(|| classify(&words(status)))
        .map(|(code, finding)| match code {
            // An Admin key is told what it lacks, not that it needs to be one.
            VerdictCode::AdminKeyRequired if is_admin_key_text(text, &context, &finding) => {
                (VerdictCode::MissingScopes, finding)
            }
            _ => (code, finding),
        });
    // Last: a message that names no provider but is one provider's own words (Mistral's
    // gateway says only "Unauthorized" or "Requests rate limit exceeded").
    if found.is_none()
        && let Some(verdict) = crate::providers::explain_by_own_words(text, status)
    {
        return verdict;
    }
    let mut verdict = match found {
        Some((code, finding)) => Verdict::for_finding(code, &finding, &context),
        None => {
            let mut verdict = Verdict::for_finding(
                VerdictCode::UnexpectedResponse,
                &Finding::default(),
                &context,
            );
            // The next step is on the same screen: the keys, checked for free.
            verdict.say_instead(Instead::NotRecognised);
            verdict.retry = false;
            verdict
        }
    };
    verdict.details.http_status = status;
    verdict.details.openai_message = envelope.map(|body| body.message);
    verdict
}

/// The text is about an Admin key: it says so, or it is the Admin variant of the missing-scope
/// message (no project roles) naming the Admin key's own permission, api.management.read
/// (reference section 3; community /t/1345041).
fn is_admin_key_text(text: &str, context: &VerdictContext, finding: &Finding) -> bool {
    match context.kind {
        Some(kind) => kind == KeyKind::Admin,
        None => {
            let lower = text.to_lowercase();
            finding.missing_scopes == ["api.management.read"]
                && !lower.contains("project (")
                && !lower.contains("project(")
        }
    }
}

/// The billing pages' old endpoints answer any API key that only the website may ask them
/// (reference section 3): the key is fine, the app asks for what no key can read.
fn session_key_only(text: &str) -> Option<(VerdictCode, Finding)> {
    text.to_lowercase()
        .contains("must be made with a session key")
        .then(|| {
            let finding = Finding {
                sub_code: Some("session_key_required".to_owned()),
                ..Finding::default()
            };
            (VerdictCode::UnexpectedResponse, finding)
        })
}

/// An HTML page that says OpenAI's side failed (a 5xx from its Cloudflare), not a firewall.
fn looks_like_an_outage(text: &str, status: Option<u16>) -> bool {
    let lower = text.to_lowercase();
    status.is_some_and(|s| s >= 500)
        || [
            "bad gateway",
            "gateway time-out",
            "service unavailable",
            "service temporarily unavailable",
            "web server is down",
            "web server is returning an unknown error",
        ]
        .iter()
        .any(|words| lower.contains(words))
}

/// What SDKs and plugins put before OpenAI's message, peeled off one after the other:
/// "openai.RateLimitError:", "OpenAI\Exceptions\ErrorException:", "Error code: 429 -",
/// "API Error Type: invalid_request_error Message:", "Error:", Node's "429 ".
fn peel(text: &str) -> &str {
    static PREFIX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?ix)^\s*(?:
                [\w.\\]*(?:error|exception)\s*:                 # class names, 'Error:'
              | error\s+code\s*:?\s*\d{3}\s*[-:]?               # Error code: 429 -
              | http(?:/\d(?:\.\d)?)?\s*\d{3}\s*[-:]?           # HTTP 401 -
              | \d{3}\s+[-:]?                                  # Node: 429 You exceeded
              | api\s+error\s+type\s*:\s*\S+\s+message\s*:      # API Error Type: x Message:
              | \[[^\]\n]{1,40}\]\s*:?                          # [OpenAI], [AI Engine]:
            )\s*",
        )
        .expect("the prefix pattern is valid")
    });
    let mut rest = text.trim();
    while let Some(found) = PREFIX.find(rest) {
        let after = rest[found.end()..].trim_start();
        // What follows a prefix is words or JSON, never another number ("429 503 ...").
        if found.end() == 0 || after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        rest = after;
    }
    rest
}

/// A key as an error text shows it: the kind's prefix and the last four characters
/// ("Incorrect API key provided: sk-proj-****ABCD").
struct NamedKey {
    kind: KeyKind,
    last_four: String,
}

impl NamedKey {
    fn matches(&self, known: &[KnownKey]) -> Option<MatchedKey> {
        let mut candidates = known.iter().filter(|key| {
            let (prefix, tail) = key.redacted.split_once('…').unwrap_or(("", ""));
            tail == self.last_four
                && (self.kind == KeyKind::Unknown
                    || KeyKind::detect_openai(&format!("{prefix}{}", "x".repeat(24))) == self.kind)
        });
        let first = candidates.next()?;
        // Two stored keys ending alike: naming one would be a guess.
        candidates.next().is_none().then(|| MatchedKey {
            id: first.id.clone(),
            name: first.name.clone(),
        })
    }
}

fn named_key(text: &str) -> Option<NamedKey> {
    static MASKED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(sk-[A-Za-z0-9_\-]*?)[*.…x]{3,}[A-Za-z0-9_\-]*?([A-Za-z0-9]{4})\b")
            .expect("the masked key pattern is valid")
    });
    let found = MASKED.captures(text)?;
    let prefix = found.get(1).map_or("", |m| m.as_str());
    Some(NamedKey {
        kind: KeyKind::detect_openai(&format!("{prefix}{}", "x".repeat(24))),
        last_four: found.get(2)?.as_str().to_owned(),
    })
}

/// True when the text holds a whole OpenAI key (not one shown masked).
fn holds_a_key(text: &str) -> bool {
    whole_keys_in(text).next().is_some()
}

/// The whole OpenAI keys a text holds (not those shown masked), in the order they come.
pub fn whole_keys_in(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|token| looks_like_openai_key(token))
}

/// An error envelope anywhere in the text (apps often print it after their own words).
fn embedded_envelope(text: &str) -> Option<crate::openai::ApiErrorBody> {
    if let Some(body) = parse_error_envelope(text.as_bytes()) {
        return Some(body);
    }
    let start = text.find('{')?;
    let end = text.rfind('}')?;
    (start < end)
        .then(|| parse_error_envelope(&text.as_bytes()[start..=end]))
        .flatten()
}

/// An HTTP status such as "Error code: 429", "HTTP 401" or "status 403".
fn status_in(text: &str) -> Option<u16> {
    let lower = text.to_lowercase();
    let bytes = lower.as_bytes();
    for (index, window) in bytes.windows(3).enumerate() {
        let is_number = window.iter().all(u8::is_ascii_digit);
        let alone = (index == 0 || !bytes[index - 1].is_ascii_alphanumeric())
            && bytes
                .get(index + 3)
                .is_none_or(|b| !b.is_ascii_alphanumeric());
        if !is_number || !alone {
            continue;
        }
        let Ok(status) = lower[index..index + 3].parse::<u16>() else {
            continue;
        };
        // Bytes, not characters: the words before may be in any script.
        let before = String::from_utf8_lossy(&bytes[index.saturating_sub(14)..index]);
        if (400..600).contains(&status)
            && ["code", "status", "http", "error"]
                .iter()
                .any(|w| before.contains(w))
        {
            return Some(status);
        }
    }
    None
}

/// The kind of a key quoted in the text (OpenAI redacts it, but the prefix stays).
fn key_kind_in(text: &str) -> Option<KeyKind> {
    // "sk-" starting a word: not the end of "task-runner" or "risk-free".
    static KEY_START: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\bsk-[A-Za-z0-9_\-]*").expect("the key pattern is valid")
    });
    KEY_START
        .find_iter(text)
        .map(|token| KeyKind::detect_openai(&format!("{}{}", token.as_str(), "x".repeat(24))))
        .find(|kind| *kind != KeyKind::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_found_next_to_their_words() {
        assert_eq!(status_in("刷新失败: 刷新失败 (status 403): {}"), Some(403));
        assert_eq!(status_in("Error code: 429 - {'error': ...}"), Some(429));
        assert_eq!(status_in("HTTP 401 Unauthorized"), Some(401));
        assert_eq!(status_in("failed with status code 403"), Some(403));
        assert_eq!(status_in("Limit 30000, Used 29937, Requested 385"), None);
        assert_eq!(status_in("nothing"), None);
    }

    #[test]
    fn a_key_kind_is_read_only_where_a_key_starts() {
        assert_eq!(
            key_kind_in("task-runner failed for sk-admin-****ab12"),
            Some(KeyKind::Admin)
        );
        assert_eq!(key_kind_in("a risk-free disk-cache"), None);
    }

    #[test]
    fn text_whose_case_changes_its_length_does_not_panic() {
        let explained =
            explain("İİ model `é` — You exceeded your current quota").expect("explained");
        assert_eq!(explained.code, VerdictCode::NoQuota);
    }

    #[test]
    fn prefixes_are_peeled() {
        assert_eq!(
            peel("openai.RateLimitError: Error code: 429 - {'error': 1}"),
            "{'error': 1}"
        );
        assert_eq!(
            peel("OpenAI\\Exceptions\\ErrorException: Incorrect API key provided"),
            "Incorrect API key provided"
        );
        assert_eq!(
            peel("API Error Type: invalid_request_error Message: You exceeded"),
            "You exceeded"
        );
        assert_eq!(
            peel("429 You exceeded your quota"),
            "You exceeded your quota"
        );
        assert_eq!(peel("[AI Engine] Error: Bad key"), "Bad key");
    }

    #[test]
    fn a_masked_key_names_the_stored_key_with_its_last_four() {
        let known = [
            KnownKey {
                id: "1".into(),
                name: "Shop chatbot".into(),
                redacted: "sk-proj-…ABCD".into(),
            },
            KnownKey {
                id: "2".into(),
                name: "Blog".into(),
                redacted: "sk-proj-…WXYZ".into(),
            },
        ];
        let explained = explain_with(
            "Incorrect API key provided: sk-proj-********************ABCD. You can find your API key at https://platform.openai.com/account/api-keys.",
            &known,
        )
        .expect("explained");
        assert_eq!(explained.verdict.code, VerdictCode::InvalidKey);
        assert_eq!(
            explained.matched_key,
            Some(MatchedKey {
                id: "1".into(),
                name: "Shop chatbot".into()
            })
        );
        assert!(!explained.contains_key);
        let other = explain_with("Incorrect API key provided: sk-abc***...QQQQ", &known)
            .expect("explained");
        assert_eq!(other.matched_key, None);
    }

    #[test]
    fn a_whole_key_is_said_and_never_shown() {
        let key = format!("sk-proj-{}", "a1B2c3D4".repeat(6));
        let explained =
            explain_with(&format!("Bearer {key} got 401 invalid_api_key"), &[]).expect("explained");
        assert!(explained.contains_key);
        let shown = format!("{:?}", explained.verdict);
        assert!(!shown.contains(&key[10..]), "{shown}");
        assert_eq!(explained.verdict.details.notes[0], Note::ContainsAKey);
        let json = serde_json::to_string(&explained.verdict).expect("json");
        assert!(json.contains("The text holds a whole API key."), "{json}");
    }

    /// The next step the unknown-answer sentence names is on the screen a person is on: the
    /// Keys page, not a button Explain does not have.
    #[test]
    fn an_unknown_text_leads_to_the_keys_page() {
        crate::i18n::set_language_of_this_thread(crate::i18n::Language::English);
        let verdict = explain("The printer is out of paper.").expect("explained");
        assert_eq!(verdict.code, VerdictCode::UnexpectedResponse);
        assert!(!verdict.retry);
        let summary = verdict.summary();
        assert!(summary.starts_with("Key Doctor does not recognise this message"));
        assert!(summary.contains("check it on the Keys page"), "{summary}");
        assert!(!summary.contains("Check button"));
    }

    #[test]
    fn empty_text_is_refused_with_a_sentence() {
        crate::i18n::set_language_of_this_thread(crate::i18n::Language::English);
        assert_eq!(explain("  \n"), Err(ExplainError::Empty));
        assert_eq!(
            ExplainError::Empty.to_string(),
            "There is nothing to explain: paste the error text first."
        );
    }
}
