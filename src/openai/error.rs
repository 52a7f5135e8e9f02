//! Everything that can go wrong between us and OpenAI, as types the checks turn into sentences.
//! No variant ever holds the key: reqwest's errors carry the URL, never the Authorization header.

use std::time::Duration;

use super::envelope::ApiErrorBody;
use super::headers::ResponseMeta;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("could not find the server {host} (the name lookup failed)")]
    Dns { host: String },
    #[error("{host} refused the connection")]
    ConnectionRefused { host: String },
    #[error("the secure connection to {host} failed: {detail}")]
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
    #[error("not checked: the same network problem")]
    NotSent,
    #[error("no answer from {host} within {} seconds", .after.as_secs_f32())]
    Timeout { host: String, after: Duration },
    #[error("the connection to {host} was reset before the answer arrived")]
    ConnectionReset { host: String },
    #[error("{} (HTTP {status})", described(.content_type))]
    NotJson {
        status: u16,
        content_type: String,
        /// The first characters of the body, for the details section.
        snippet: String,
    },
    #[error("the answer was cut off before it was complete (HTTP {status})")]
    Truncated { status: u16 },
    #[error("the answer was larger than the {limit}-byte limit (HTTP {status})")]
    TooLarge { status: u16, limit: usize },
    #[error("OpenAI answered HTTP {status}: {}", .body.message)]
    Api {
        status: u16,
        body: ApiErrorBody,
        meta: Box<ResponseMeta>,
    },
    #[error("the server answered HTTP {status} without an OpenAI error message")]
    UnexpectedStatus {
        status: u16,
        meta: Box<ResponseMeta>,
    },
    #[error("the answer did not have the expected shape: {detail}")]
    BadShape { status: u16, detail: String },
    #[error("network error: {detail}")]
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

    fn words(self) -> &'static str {
        match self {
            ProxyProblem::NeedsLogin => "the proxy asked for a user name and password (HTTP 407)",
            ProxyProblem::Refused => "the proxy refused to open the way to OpenAI",
            ProxyProblem::Unreachable => "the proxy could not be reached",
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
        let what = match self {
            CertificateProblem::Untrusted => "is not signed by anyone this computer trusts",
            CertificateProblem::Expired => "has expired",
            CertificateProblem::NotYetValid => "is not valid yet",
            CertificateProblem::WrongName => "was made for another name",
            CertificateProblem::Revoked => "was revoked",
            CertificateProblem::Other => "was refused",
        };
        format!("the certificate presented for {host} {what}")
    }
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
        "text/html" => "a web page instead of JSON".to_owned(),
        "text/plain" => "plain text instead of JSON".to_owned(),
        "application/json" => "it claimed to be JSON but was not".to_owned(),
        "" | "an unknown type" => "something other than JSON".to_owned(),
        other => format!("{other} instead of JSON"),
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

    /// The TLS library's own words, for the technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            ApiError::Certificate { detail, .. } | ApiError::Tls { detail, .. } => Some(detail),
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
