//! OpenAI's error envelope. It comes in two forms: `{"error":{"message","type","param","code"}}`
//! and, seen with admin keys, `{"error":"plain text"}` (reference section 3).

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The fields of an OpenAI error, whichever form it arrived in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub message: String,
    /// OpenAI's `type`, such as `invalid_request_error` or `insufficient_quota`.
    #[serde(rename = "type")]
    pub error_type: Option<String>,
    pub param: Option<String>,
    /// OpenAI's `code`, such as `invalid_api_key` or `credit_balance_exhausted`.
    pub code: Option<String>,
}

impl ApiErrorBody {
    /// The scopes named by a "Missing scopes: ..." message, in the order OpenAI lists them.
    pub fn missing_scopes(&self) -> Vec<String> {
        missing_scopes(&self.message)
    }
}

/// Reads an error envelope out of a response body; `None` when the body is not one.
pub fn parse_error_envelope(body: &[u8]) -> Option<ApiErrorBody> {
    let value: Value = serde_json::from_slice(body).ok()?;
    match value.get("error")? {
        Value::String(text) => Some(ApiErrorBody {
            message: text.clone(),
            error_type: None,
            param: None,
            code: None,
        }),
        Value::Object(fields) => {
            let text = |name: &str| match fields.get(name) {
                Some(Value::String(s)) => Some(s.clone()),
                // Some providers send numeric codes; keep them readable rather than dropping them.
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            Some(ApiErrorBody {
                message: text("message").unwrap_or_default(),
                error_type: text("type"),
                param: text("param"),
                code: text("code"),
            })
        }
        _ => None,
    }
}

/// The scope names listed after "Missing scopes:" in an OpenAI message (reference section 5:
/// read the list rather than guessing the scope from the endpoint).
pub fn missing_scopes(message: &str) -> Vec<String> {
    const MARKER: &str = "missing scopes:";
    let lower = message.to_ascii_lowercase();
    let Some(start) = lower.find(MARKER) else {
        return Vec::new();
    };
    let rest = &message[start + MARKER.len()..];
    // The list ends at the sentence that follows it ("... model.request. Check that ...").
    let end = rest
        .to_ascii_lowercase()
        .find(". check")
        .or_else(|| rest.find('\n'))
        .unwrap_or(rest.len());
    rest[..end]
        .split([',', ' '])
        .map(|scope| scope.trim().trim_end_matches('.').trim_matches('`'))
        .filter(|scope| !scope.is_empty() && scope.contains('.'))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_form_keeps_every_field() {
        let body = br#"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#;
        let parsed = parse_error_envelope(body).expect("an envelope");
        assert_eq!(parsed.message, "Incorrect API key provided");
        assert_eq!(parsed.error_type.as_deref(), Some("invalid_request_error"));
        assert_eq!(parsed.param, None);
        assert_eq!(parsed.code.as_deref(), Some("invalid_api_key"));
    }

    #[test]
    fn plain_string_form_becomes_the_message() {
        let parsed = parse_error_envelope(br#"{"error":"Missing scopes: api.model.read"}"#)
            .expect("an envelope");
        assert_eq!(parsed.message, "Missing scopes: api.model.read");
        assert_eq!(parsed.code, None);
    }

    #[test]
    fn bodies_that_are_not_envelopes_are_rejected() {
        assert_eq!(parse_error_envelope(b"<html>502</html>"), None);
        assert_eq!(parse_error_envelope(br#"{"data":[]}"#), None);
        assert_eq!(parse_error_envelope(br#"{"error":42}"#), None);
    }

    #[test]
    fn scopes_are_read_from_the_message() {
        let seed = "You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.";
        assert_eq!(missing_scopes(seed), vec!["model.request"]);
        assert_eq!(
            missing_scopes("Missing scopes: api.responses.write, api.model.read"),
            vec!["api.responses.write", "api.model.read"]
        );
        assert_eq!(
            missing_scopes("insufficient permissions. Missing scopes: api.usage.read."),
            vec!["api.usage.read"]
        );
        assert!(missing_scopes("Incorrect API key provided").is_empty());
    }
}
