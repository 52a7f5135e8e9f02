//! "Explain an error": any OpenAI error text or JSON, also wrapped in another app's words, to the
//! same verdict a check would give. No network.

use super::verdict::{
    Finding, Observation, Verdict, VerdictCode, VerdictContext, classify, project_id_in,
};
use crate::openai::parse_error_envelope;
use crate::vault::KeyKind;

/// Why a text could not be explained at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExplainError {
    #[error("There is nothing to explain: paste the error text first.")]
    Empty,
}

pub fn explain(text: &str) -> Result<Verdict, ExplainError> {
    // Pasted text may hold the key itself; nothing below (nor the verdict) sees it.
    let gated = crate::redaction::redact_text(text, &[]);
    let text = gated.trim();
    if text.is_empty() {
        return Err(ExplainError::Empty);
    }
    let status = status_in(text);
    let envelope = embedded_envelope(text);
    let context = VerdictContext {
        kind: key_kind_in(text),
        project_id: project_id_in(text),
    };
    // The envelope's fields first; then the whole text, for wrappers such as
    // "API Error Type: invalid_request_error Message: ..." or Python's dict repr.
    let from_envelope = envelope
        .as_ref()
        .and_then(|body| classify(&Observation::from_body(status, body)));
    let from_text = || {
        classify(&Observation {
            status,
            message: text.to_owned(),
            ..Observation::default()
        })
    };
    let mut verdict = match from_envelope.or_else(from_text) {
        Some((code, finding)) => Verdict::for_finding(code, &finding, &context),
        None => {
            let mut verdict = Verdict::for_finding(
                VerdictCode::UnexpectedResponse,
                &Finding::default(),
                &context,
            );
            verdict.summary = "Key Doctor does not recognise this message as an OpenAI key problem. Check the key itself with the Check button; if that works, the problem is elsewhere in the app.".to_owned();
            verdict
        }
    };
    verdict.details.http_status = status;
    verdict.details.openai_message = envelope.map(|body| body.message);
    Ok(verdict)
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
        let before = &lower[index.saturating_sub(14)..index];
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
    let start = text.find("sk-")?;
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let kind = KeyKind::detect(&format!("{token}{}", "x".repeat(24)));
    (kind != KeyKind::Unknown).then_some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_found_next_to_their_words() {
        assert_eq!(status_in("Error code: 429 - {'error': ...}"), Some(429));
        assert_eq!(status_in("HTTP 401 Unauthorized"), Some(401));
        assert_eq!(status_in("failed with status code 403"), Some(403));
        assert_eq!(status_in("Limit 30000, Used 29937, Requested 385"), None);
        assert_eq!(status_in("nothing"), None);
    }

    #[test]
    fn empty_text_is_refused_with_a_sentence() {
        assert_eq!(explain("  \n"), Err(ExplainError::Empty));
    }
}
