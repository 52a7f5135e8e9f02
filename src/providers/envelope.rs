//! Every provider's error envelope, read into one shape (reference/providers.md, "Error
//! envelopes differ a lot"): OpenAI-like `{"error":{message,type,code}}` (Groq, DeepSeek),
//! Anthropic `{"type":"error","error":{type,message}}`, Google's `google.rpc.Status` (also
//! wrapped in an array), OpenRouter `{"error":{code:int,message,metadata}}`, Mistral's gateway
//! `{"message"}` / `{"detail"}` and `{"object":"error",…}`, Azure `{"error":{code:"…",message}}`,
//! xAI `{"code":"<text>","error":"<string>"}`; anything else (an HTML page) is kept as text.

use serde_json::Value;

/// One error, whoever wrote it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProviderError {
    pub status: Option<u16>,
    /// Types, statuses and `error_type`s it names ("authentication_error", "PERMISSION_DENIED").
    pub kinds: Vec<String>,
    /// Codes and reasons ("invalid_api_key", "API_KEY_INVALID", "401").
    pub codes: Vec<String>,
    /// The message; for an answer that is not JSON, the start of its text.
    pub message: String,
    /// True when the answer was not JSON (a proxy's or a firewall's page).
    pub not_json: bool,
}

/// Reads a body (already through the redaction gate) into an error; `None` for an empty body.
pub fn parse_provider_error(status: Option<u16>, body: &str) -> Option<ProviderError> {
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return None;
    }
    let Ok(value) = serde_json::from_str::<Value>(trimmed) else {
        return Some(ProviderError {
            status,
            message: trimmed.chars().take(600).collect(),
            not_json: true,
            ..ProviderError::default()
        });
    };
    // Google's streaming answers wrap the object in an array.
    let value = match value {
        Value::Array(items) => items.into_iter().next()?,
        other => other,
    };
    let object = value.as_object()?;
    let mut error = ProviderError {
        status,
        ..ProviderError::default()
    };
    let text = |v: Option<&Value>| -> Option<String> {
        match v? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    match object.get("error") {
        Some(Value::Object(inner)) => {
            error.message = text(inner.get("message")).unwrap_or_default();
            error.kinds.extend(text(inner.get("type")));
            error.kinds.extend(text(inner.get("status")));
            if let Some(Value::Object(metadata)) = inner.get("metadata") {
                error.kinds.extend(text(metadata.get("error_type")));
            }
            if let Some(code) = inner.get("code") {
                match code {
                    // Google and OpenRouter give the HTTP status as a number.
                    Value::Number(n) => {
                        let number = n.as_u64().and_then(|n| u16::try_from(n).ok());
                        error.status = error.status.or(number);
                        error.codes.push(n.to_string());
                    }
                    other => error.codes.extend(text(Some(other))),
                }
            }
            if let Some(Value::Array(details)) = inner.get("details") {
                error
                    .codes
                    .extend(details.iter().filter_map(|d| text(d.get("reason"))));
            }
        }
        // xAI: `error` is the message, `code` a gRPC status in words.
        Some(Value::String(message)) => {
            error.message = message.clone();
            error.kinds.extend(text(object.get("code")));
        }
        _ => {
            error.message = text(object.get("message"))
                .or_else(|| text(object.get("detail")))
                .unwrap_or_default();
            error.kinds.extend(text(object.get("type")));
            error.codes.extend(text(object.get("code")));
        }
    }
    if error.message.is_empty() && error.kinds.is_empty() && error.codes.is_empty() {
        return None;
    }
    Some(error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_envelope_family_reads_into_one_shape() {
        let anthropic = parse_provider_error(
            Some(401),
            r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_1"}"#,
        )
        .unwrap_or_default();
        assert_eq!(anthropic.kinds, ["authentication_error"]);
        assert_eq!(anthropic.message, "invalid x-api-key");

        let google = parse_provider_error(
            None,
            r#"[{"error":{"code":403,"message":"Blocked.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SERVICE_DISABLED"}]}}]"#,
        )
        .unwrap_or_default();
        assert_eq!(google.status, Some(403));
        assert_eq!(google.kinds, ["PERMISSION_DENIED"]);
        assert!(google.codes.contains(&"SERVICE_DISABLED".to_owned()));

        let xai = parse_provider_error(
            Some(400),
            r#"{"code":"Client specified an invalid argument","error":"Incorrect API key provided"}"#,
        )
        .unwrap_or_default();
        assert_eq!(xai.message, "Incorrect API key provided");
        assert_eq!(xai.kinds, ["Client specified an invalid argument"]);

        let mistral =
            parse_provider_error(Some(401), r#"{"detail":"Unauthorized"}"#).unwrap_or_default();
        assert_eq!(mistral.message, "Unauthorized");

        let openrouter = parse_provider_error(
            None,
            r#"{"error":{"code":402,"message":"Insufficient credits.","metadata":{"error_type":"payment_required"}}}"#,
        )
        .unwrap_or_default();
        assert_eq!(openrouter.status, Some(402));
        assert_eq!(openrouter.kinds, ["payment_required"]);

        let page = parse_provider_error(Some(403), "<html>Sorry, you have been blocked</html>")
            .unwrap_or_default();
        assert!(page.not_json);
        assert_eq!(parse_provider_error(Some(500), "  "), None);
        assert_eq!(parse_provider_error(Some(200), "{}"), None);
    }
}
