//! Everything that can go wrong between us and OpenAI, as types the checks turn into sentences.
//! No variant ever holds the key: reqwest's errors carry the URL, never the Authorization header.

use std::time::Duration;

use super::envelope::ApiErrorBody;
use super::headers::ResponseMeta;
use crate::tr;

/// `Display` is a plain clause a verdict can hold ("could not find the server api.openai.com"),
/// in the current language. Status codes, the TLS library's words and a parser's complaint are
/// not in it: [`ApiError::http_status`] and [`ApiError::technical`] keep them for the details.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{}", tr!("error-api-dns", host = .host))]
    Dns { host: String },
    #[error("{}", tr!("error-api-connection-refused", host = .host))]
    ConnectionRefused { host: String },
    #[error("{}", tr!("error-api-tls", host = .host))]
    Tls { host: String, detail: String },
    /// The certificate presented for the host was refused, and why, in words; `detail` is the
    /// TLS library's own text, for the technical details.
    #[error("{}", .problem.words(.host))]
    Certificate {
        host: String,
        problem: CertificateProblem,
        detail: String,
    },
    /// The proxy in between did not open the way to the host.
    #[error("{}", .problem.words())]
    Proxy { problem: ProxyProblem },
    /// Not sent: an earlier request of the same check could not get through the network.
    #[error("{}", tr!("error-api-not-sent"))]
    NotSent,
    #[error(
        "{}",
        tr!("error-api-timeout", host = .host, seconds = seconds(*.after), count = .after.as_secs_f64())
    )]
    Timeout { host: String, after: Duration },
    #[error("{}", tr!("error-api-connection-reset", host = .host))]
    ConnectionReset { host: String },
    #[error("{}", described(.content_type))]
    NotJson {
        status: u16,
        content_type: String,
        /// The first characters of the body, for the details section.
        snippet: String,
    },
    #[error("{}", tr!("error-api-truncated"))]
    Truncated { status: u16 },
    #[error("{}", tr!("error-api-too-large", limit = crate::i18n::count(*.limit as u64)))]
    TooLarge { status: u16, limit: usize },
    #[error("{}", tr!("error-api-openai-said", message = .body.message.as_str()))]
    Api {
        status: u16,
        body: ApiErrorBody,
        meta: Box<ResponseMeta>,
    },
    #[error("{}", tr!("error-api-unexpected-status"))]
    UnexpectedStatus {
        status: u16,
        meta: Box<ResponseMeta>,
    },
    #[error("{}", tr!("error-api-bad-shape"))]
    BadShape { status: u16, detail: String },
    #[error("{}", tr!("error-api-transport"))]
    Transport { detail: String },
}

/// What went wrong at the proxy the system's settings (HTTPS_PROXY) send requests through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyProblem {
    /// 407: it wants a user name and password, or other ones.
    NeedsLogin,
    /// It answered CONNECT with something else than "go ahead".
    Refused,
    /// It could not be reached at all.
    Unreachable,
}

impl ProxyProblem {
    pub fn sub_code(self) -> &'static str {
        match self {
            ProxyProblem::NeedsLogin => "proxy_login",
            ProxyProblem::Refused => "proxy_refused",
            ProxyProblem::Unreachable => "proxy_unreachable",
        }
    }

    fn words(self) -> String {
        match self {
            ProxyProblem::NeedsLogin => tr!("error-proxy-needs-login"),
            ProxyProblem::Refused => tr!("error-proxy-refused"),
            ProxyProblem::Unreachable => tr!("error-proxy-unreachable"),
        }
    }
}

/// Why a certificate was refused, as far as it matters to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertificateProblem {
    /// Nothing trusted here signed it: self-signed, or a box in between signs its own.
    Untrusted,
    Expired,
    /// Not valid yet: this computer's clock is behind.
    NotYetValid,
    /// Made for another name than the host.
    WrongName,
    Revoked,
    /// Anything else the verifier refused.
    Other,
}

impl CertificateProblem {
    /// The verdict's sub-code for it.
    pub fn sub_code(self) -> &'static str {
        match self {
            CertificateProblem::Untrusted => "intercepted",
            CertificateProblem::Expired => "certificate_expired",
            CertificateProblem::NotYetValid => "clock_behind",
            CertificateProblem::WrongName => "wrong_name",
            CertificateProblem::Revoked => "certificate_revoked",
            CertificateProblem::Other => "certificate",
        }
    }

    fn words(self, host: &str) -> String {
        match self {
            CertificateProblem::Untrusted => tr!("error-certificate-untrusted", host = host),
            CertificateProblem::Expired => tr!("error-certificate-expired", host = host),
            CertificateProblem::NotYetValid => tr!("error-certificate-not-yet-valid", host = host),
            CertificateProblem::WrongName => tr!("error-certificate-wrong-name", host = host),
            CertificateProblem::Revoked => tr!("error-certificate-revoked", host = host),
            CertificateProblem::Other => tr!("error-certificate-other", host = host),
        }
    }
}

/// "15" or "2.5": a timeout in seconds, the language's way.
fn seconds(after: Duration) -> String {
    let seconds = after.as_secs_f64();
    let places = if seconds.fract() == 0.0 { 0 } else { 1 };
    crate::i18n::decimal(seconds, places)
}

/// What an answer that is not JSON was, in words.
fn described(content_type: &str) -> String {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "text/html" => tr!("error-api-not-json-web-page"),
        "text/plain" => tr!("error-api-not-json-text"),
        "application/json" => tr!("error-api-not-json-broken"),
        _ => tr!("error-api-not-json-other"),
    }
}

impl ApiError {
    /// The HTTP status, when the server answered at all.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            ApiError::NotJson { status, .. }
            | ApiError::Truncated { status }
            | ApiError::TooLarge { status, .. }
            | ApiError::Api { status, .. }
            | ApiError::UnexpectedStatus { status, .. }
            | ApiError::BadShape { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// OpenAI's error body, when there was one.
    pub fn body(&self) -> Option<&ApiErrorBody> {
        match self {
            ApiError::Api { body, .. } => Some(body),
            _ => None,
        }
    }

    /// True when the request never got through the network to a server: the same failure
    /// would meet every other request of a check, so they are not sent.
    pub fn stops_a_check(&self) -> bool {
        matches!(
            self,
            ApiError::Dns { .. }
                | ApiError::ConnectionRefused { .. }
                | ApiError::ConnectionReset { .. }
                | ApiError::Timeout { .. }
                | ApiError::Tls { .. }
                | ApiError::Certificate { .. }
                | ApiError::Proxy { .. }
        )
    }

    /// What the failure says about the way to the host, as a verdict's sub-code: a refused,
    /// reset or unanswered connection, a certificate, a proxy, or a web page where OpenAI's
    /// answer should be (a network's sign-in page).
    pub fn path_sub_code(&self) -> Option<&'static str> {
        match self {
            ApiError::ConnectionRefused { .. } => Some("refused"),
            ApiError::ConnectionReset { .. } => Some("reset"),
            ApiError::Timeout { .. } => Some("no_answer"),
            ApiError::Certificate { problem, .. } => Some(problem.sub_code()),
            ApiError::Proxy { problem } => Some(problem.sub_code()),
            ApiError::NotJson {
                status,
                content_type,
                ..
            } if *status < 400 && content_type.to_ascii_lowercase().contains("html") => {
                Some("web_page")
            }
            _ => None,
        }
    }

    /// A library's own words (the TLS library's, the JSON reader's, the HTTP client's), for
    /// the technical details; the HTTP status is in [`ApiError::http_status`].
    pub fn technical(&self) -> Option<&str> {
        match self {
            ApiError::Certificate { detail, .. }
            | ApiError::Tls { detail, .. }
            | ApiError::BadShape { detail, .. }
            | ApiError::Transport { detail } => Some(detail),
            ApiError::NotJson { content_type, .. } => Some(content_type),
            _ => None,
        }
    }

    /// A short machine-readable name of the variant, for details and JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            ApiError::Dns { .. } => "dns",
            ApiError::ConnectionRefused { .. } => "connection_refused",
            ApiError::Tls { .. } => "tls",
            ApiError::Certificate { .. } => "certificate",
            ApiError::NotSent => "not_sent",
            ApiError::Proxy { .. } => "proxy",
            ApiError::Timeout { .. } => "timeout",
            ApiError::ConnectionReset { .. } => "connection_reset",
            ApiError::NotJson { .. } => "not_json",
            ApiError::Truncated { .. } => "truncated",
            ApiError::TooLarge { .. } => "too_large",
            ApiError::Api { .. } => "api_error",
            ApiError::UnexpectedStatus { .. } => "unexpected_status",
            ApiError::BadShape { .. } => "bad_shape",
            ApiError::Transport { .. } => "transport",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_hold_no_status_codes_nor_library_words_which_stay_for_the_details() {
        let tls = ApiError::Tls {
            host: "api.openai.com".into(),
            detail: "invalid peer certificate: UnknownIssuer".into(),
        };
        assert_eq!(
            tls.to_string(),
            "the secure connection to api.openai.com failed"
        );
        assert_eq!(
            tls.technical(),
            Some("invalid peer certificate: UnknownIssuer")
        );
        let page = ApiError::NotJson {
            status: 502,
            content_type: "text/html; charset=utf-8".into(),
            snippet: "<html>".into(),
        };
        assert_eq!(page.to_string(), "a web page instead of OpenAI's answer");
        assert_eq!(page.http_status(), Some(502));
        let proxy = ApiError::Proxy {
            problem: ProxyProblem::NeedsLogin,
        };
        assert!(!proxy.to_string().contains("407"), "{proxy}");
        let timeout = ApiError::Timeout {
            host: "api.openai.com".into(),
            after: Duration::from_millis(2500),
        };
        assert_eq!(
            timeout.to_string(),
            "no answer from api.openai.com within 2.5 seconds"
        );
    }
}
