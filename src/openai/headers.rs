//! The response headers Key Doctor reads: request id, organization, processing time, rate limits
//! and retry hints (reference section 4).

use std::time::Duration;

use reqwest::header::HeaderMap;
use serde::Serialize;

/// What the headers of one response said.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ResponseMeta {
    pub status: u16,
    pub request_id: Option<String>,
    /// May hold the organization's name slug rather than its `org-…` id (reference section 4).
    pub organization: Option<String>,
    pub processing_ms: Option<u64>,
    pub rate_limits: RateLimits,
    #[serde(skip)]
    pub retry_after: Option<Duration>,
    /// `x-should-retry`, which OpenAI's own SDK honours.
    #[serde(skip)]
    pub should_retry: Option<bool>,
}

/// The `x-ratelimit-*` headers; reset times are durations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RateLimits {
    pub limit_requests: Option<u64>,
    pub limit_tokens: Option<u64>,
    pub remaining_requests: Option<u64>,
    pub remaining_tokens: Option<u64>,
    #[serde(serialize_with = "serialize_millis")]
    pub reset_requests: Option<Duration>,
    #[serde(serialize_with = "serialize_millis")]
    pub reset_tokens: Option<Duration>,
}

impl RateLimits {
    pub fn is_empty(&self) -> bool {
        *self == RateLimits::default()
    }
}

fn serialize_millis<S: serde::Serializer>(
    value: &Option<Duration>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(duration) => serializer.serialize_u64(duration.as_millis() as u64),
        None => serializer.serialize_none(),
    }
}

impl ResponseMeta {
    /// The header texts a person may see, through the redaction gate.
    pub fn redacted(mut self, key: &secrecy::SecretString) -> Self {
        let gate = |text: Option<String>| {
            text.map(|t| crate::redaction::redact_text(&t, &[key]).into_owned())
        };
        self.request_id = gate(self.request_id);
        self.organization = gate(self.organization);
        self
    }

    pub fn from_headers(status: u16, headers: &HeaderMap) -> Self {
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let number = |name: &str| text(name).and_then(|v| v.parse::<u64>().ok());
        ResponseMeta {
            status,
            request_id: text("x-request-id"),
            organization: text("openai-organization"),
            processing_ms: number("openai-processing-ms"),
            rate_limits: RateLimits {
                limit_requests: number("x-ratelimit-limit-requests"),
                limit_tokens: number("x-ratelimit-limit-tokens"),
                remaining_requests: number("x-ratelimit-remaining-requests"),
                remaining_tokens: number("x-ratelimit-remaining-tokens"),
                reset_requests: text("x-ratelimit-reset-requests").and_then(|v| parse_duration(&v)),
                reset_tokens: text("x-ratelimit-reset-tokens").and_then(|v| parse_duration(&v)),
            },
            retry_after: retry_after(
                text("retry-after-ms").as_deref(),
                text("retry-after").as_deref(),
            ),
            should_retry: text("x-should-retry").map(|v| v.eq_ignore_ascii_case("true")),
        }
    }
}

/// `retry-after-ms` wins over `retry-after`, as in OpenAI's SDK; `retry-after` may be seconds
/// or an HTTP date.
fn retry_after(millis: Option<&str>, seconds_or_date: Option<&str>) -> Option<Duration> {
    if let Some(ms) = millis.and_then(|v| v.parse::<f64>().ok())
        && ms.is_finite()
        && ms >= 0.0
    {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    let value = seconds_or_date?;
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let date = jiff::fmt::rfc2822::parse(value).ok()?;
    let wait = date.timestamp().duration_since(jiff::Timestamp::now());
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

/// Parses the Go-style durations OpenAI sends in reset headers: `12ms`, `1s`, `6m0s`, `1.5s`,
/// `2h3m`.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let mut rest = text.trim();
    if rest.is_empty() {
        return None;
    }
    let mut total = 0.0_f64;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let number: f64 = rest[..number_len].parse().ok()?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let seconds_per_unit = match &rest[..unit_len] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" => 1e-6,
            "ns" => 1e-9,
            _ => return None,
        };
        total += number * seconds_per_unit;
        rest = &rest[unit_len..];
    }
    Some(Duration::from_secs_f64(total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderName, HeaderValue};

    #[test]
    fn go_durations() {
        assert_eq!(parse_duration("12ms"), Some(Duration::from_millis(12)));
        assert_eq!(parse_duration("1s"), Some(Duration::from_secs(1)));
        assert_eq!(parse_duration("6m0s"), Some(Duration::from_secs(360)));
        assert_eq!(parse_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2h3m"), Some(Duration::from_secs(7380)));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(parse_duration(""), None);
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        map
    }

    #[test]
    fn reads_every_documented_header() {
        let meta = ResponseMeta::from_headers(
            400,
            &headers(&[
                ("x-request-id", "req_123"),
                ("openai-organization", "user-abc"),
                ("openai-processing-ms", "41"),
                ("x-ratelimit-limit-requests", "5000"),
                ("x-ratelimit-limit-tokens", "2000000"),
                ("x-ratelimit-remaining-requests", "4999"),
                ("x-ratelimit-remaining-tokens", "1999990"),
                ("x-ratelimit-reset-requests", "12ms"),
                ("x-ratelimit-reset-tokens", "6m0s"),
                ("retry-after", "3"),
            ]),
        );
        assert_eq!(meta.request_id.as_deref(), Some("req_123"));
        assert_eq!(meta.organization.as_deref(), Some("user-abc"));
        assert_eq!(meta.processing_ms, Some(41));
        assert_eq!(meta.rate_limits.limit_requests, Some(5000));
        assert_eq!(meta.rate_limits.remaining_tokens, Some(1_999_990));
        assert_eq!(
            meta.rate_limits.reset_tokens,
            Some(Duration::from_secs(360))
        );
        assert_eq!(meta.retry_after, Some(Duration::from_secs(3)));
    }

    #[test]
    fn retry_after_ms_wins() {
        let meta = ResponseMeta::from_headers(
            429,
            &headers(&[("retry-after", "3"), ("retry-after-ms", "250")]),
        );
        assert_eq!(meta.retry_after, Some(Duration::from_millis(250)));
    }

    #[test]
    fn retry_after_as_http_date_in_the_past_means_now() {
        let meta = ResponseMeta::from_headers(
            503,
            &headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")]),
        );
        assert_eq!(meta.retry_after, Some(Duration::ZERO));
    }
}
