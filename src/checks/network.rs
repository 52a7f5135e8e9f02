//! Errors from around the request: what a site's server, its PHP, Python or Node, a proxy or a
//! firewall says when the request never reached OpenAI, or came back as something else. Each
//! row names the cause (the `sub_code` of a `network_error` verdict) by words its messages hold,
//! with where those words come from. The sentences and the questions to ask a host are in the
//! verdict table (`verdict.rs`), under the same sub-codes.

/// Why a request did not get OpenAI's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum NetworkCause {
    /// The name api.openai.com could not be looked up.
    Dns,
    /// The connection was refused or could not be made: the host or a firewall blocks it.
    Blocked,
    /// No answer came in time.
    Timeout,
    /// The connection was cut or reset, or closed without an answer.
    Cut,
    /// A proxy wants settings or a login.
    Proxy,
    /// The server does not trust the certificate (old CA bundle, or interception).
    Certificates,
    /// The server's clock is wrong, so the certificate looks not yet valid.
    Clock,
    /// The server's TLS library is too old for OpenAI.
    OldTls,
    /// An HTML page from a firewall (Cloudflare's or the host's) came instead of JSON.
    FirewallPage,
    /// Only "connection error": the reason is further down the message.
    Unclear,
}

impl NetworkCause {
    pub const ALL: [NetworkCause; 10] = [
        NetworkCause::Dns,
        NetworkCause::Blocked,
        NetworkCause::Timeout,
        NetworkCause::Cut,
        NetworkCause::Proxy,
        NetworkCause::Certificates,
        NetworkCause::Clock,
        NetworkCause::OldTls,
        NetworkCause::FirewallPage,
        NetworkCause::Unclear,
    ];

    pub fn sub_code(self) -> &'static str {
        self.into()
    }

    /// True when trying again later may work without changing anything.
    pub fn retry_helps(self) -> bool {
        // A name lookup fails now and then (EAI_AGAIN is "try again"); a cut connection and a
        // timeout too. A refused connection, a proxy or a certificate stays as it is.
        matches!(
            self,
            NetworkCause::Dns | NetworkCause::Timeout | NetworkCause::Cut | NetworkCause::Unclear
        )
    }
}

struct NetworkRule {
    cause: NetworkCause,
    /// Lower-case words, any of which names the cause.
    phrases: &'static [&'static str],
    #[allow(dead_code)] // Documentation kept with the row it documents.
    source: &'static str,
}

/// Checked in order; the first row with a matching phrase decides. More telling causes come
/// first: "SSL certificate problem" also says "cURL error 60", a proxy's 407 also says "403".
/// cURL's numbers are matched as "curl error N:", whatever form the text gives them in
/// (`normalised`). Sources: libcurl-errors.3 and lib/strerror.c for the CURLE_ codes; the
/// texts in tests/data/network_errors.json, each from a public issue.
const NETWORK_RULES: &[NetworkRule] = &[
    NetworkRule {
        cause: NetworkCause::Clock,
        phrases: &[
            "certificate is not yet valid",
            "cert_not_yet_valid",
            "certificate has expired or is not yet valid",
        ],
        source: "OpenSSL X509_V_ERR_CERT_NOT_YET_VALID; Node CERT_NOT_YET_VALID; Go x509",
    },
    NetworkRule {
        cause: NetworkCause::Certificates,
        phrases: &[
            "curl error 60:",
            "curl error 77:",
            "ssl certificate problem",
            "unable to get local issuer certificate",
            "certificate_verify_failed",
            "certificate verify failed",
            "unable_to_verify_leaf_signature",
            "unable to verify the first certificate",
            "self_signed_cert_in_chain",
            "self-signed certificate",
            "self signed certificate",
            "cert_has_expired",
            "certificate has expired",
            "error setting certificate verify locations",
            "sslcertverificationerror",
            "ssl peer certificate or ssh remote key was not ok",
            "certificate signed by unknown authority",
            "failed to enable crypto",
        ],
        source: "CURLE_PEER_FAILED_VERIFICATION (60), CURLE_SSL_CACERT_BADFILE (77); Python ssl; Node tls codes; PHP streams",
    },
    NetworkRule {
        cause: NetworkCause::Proxy,
        phrases: &[
            "proxy authentication required",
            "curl error 5:",
            "could not resolve proxy",
            "proxyerror",
            "connect tunnel failed, response 407",
            "received http code 407",
            "from proxy after connect",
            "status code 407",
            "failed to authenticate with proxy",
            "cannot connect to proxy",
            "unable to connect to proxy",
        ],
        source: "RFC 9110 §15.5.8 (407); CURLE_COULDNT_RESOLVE_PROXY (5); Python requests ProxyError; OkHttp",
    },
    NetworkRule {
        cause: NetworkCause::Dns,
        phrases: &[
            "curl error 6:",
            "could not resolve host",
            "couldn't resolve host",
            "could not resolve:",
            "resolving timed out",
            "could not contact dns servers",
            "getaddrinfo",
            "enotfound",
            "eai_again",
            "name or service not known",
            "name resolution",
            "nodename nor servname provided",
            "no address associated with hostname",
            "no such host is known",
            "unable to resolve host",
            "unknownhostexception",
            "failed host lookup",
        ],
        source: "CURLE_COULDNT_RESOLVE_HOST (6); PHP php_network_getaddresses; Node ENOTFOUND, EAI_AGAIN; glibc gai_strerror; Java UnknownHostException",
    },
    NetworkRule {
        cause: NetworkCause::Timeout,
        phrases: &[
            "curl error 28:",
            "timed out",
            "etimedout",
            "esockettimedout",
            "timeout was reached",
            "connect timeout error",
            "connecttimeout",
            "readtimeout",
            "apitimeouterror",
            "maximum execution time",
        ],
        source: "CURLE_OPERATION_TIMEDOUT (28); Node ETIMEDOUT; undici Connect Timeout Error; httpx; openai-python APITimeoutError",
    },
    NetworkRule {
        cause: NetworkCause::Cut,
        phrases: &[
            "curl error 52:",
            "empty reply from server",
            "server returned nothing",
            "socket hang up",
            "remotedisconnected",
            "remote end closed connection",
            "server disconnected",
            "epipe",
            "connection reset",
            "econnreset",
            "connection aborted",
            "forcibly closed by the remote host",
            "ssl_error_syscall",
            "unexpected eof",
            "eof occurred in violation of protocol",
            "curl error 56:",
        ],
        source: "CURLE_GOT_NOTHING (52), CURLE_RECV_ERROR (56); Node 'socket hang up', ECONNRESET; Python http.client.RemoteDisconnected, ConnectionResetError",
    },
    NetworkRule {
        cause: NetworkCause::Blocked,
        phrases: &[
            "curl error 7:",
            "failed to connect to",
            "couldn't connect to server",
            "connection refused",
            "econnrefused",
            "network is unreachable",
            "enetunreach",
            "no route to host",
            "ehostunreach",
            "cannot connect to host",
            "failed to establish a new connection",
            "java.net.connectexception",
        ],
        source: "CURLE_COULDNT_CONNECT (7), CURLE_RECV_ERROR (56); Node ECONNREFUSED, ECONNRESET; aiohttp ClientConnectorError; urllib3 NewConnectionError",
    },
    NetworkRule {
        cause: NetworkCause::OldTls,
        phrases: &[
            "tlsv1 alert protocol version",
            "sslv3 alert handshake failure",
            "ssl23_get_server_hello",
            "unsupported protocol",
            "wrong version number",
            "curl error 35:",
        ],
        source: "CURLE_SSL_CONNECT_ERROR (35); OpenSSL handshake alerts",
    },
    NetworkRule {
        cause: NetworkCause::FirewallPage,
        phrases: &[
            "attention required! | cloudflare",
            "sorry, you have been blocked",
            "using a security service to protect itself",
            "error 1020",
            "error code 1020",
            "cf-ray",
            "mod_security",
            "modsecurity",
            "not acceptable!",
            "an appropriate representation of the requested resource",
            "access to this resource on the server is denied",
            "the requested url was rejected",
            "the response is not a valid json response",
            "unserializableresponse",
            "if you are using a vpn, try turning it off",
            "web server is returning an unknown error",
            "<html",
            "<!doctype html",
            "<head>",
            "<title>",
        ],
        source: "Cloudflare error pages; Apache ModSecurity 406 page; LiteSpeed 403 page; openai-php UnserializableResponse",
    },
    NetworkRule {
        cause: NetworkCause::Unclear,
        phrases: &[
            "apiconnectionerror",
            "connection error.",
            "fetch failed",
            "error communicating with openai",
        ],
        source: "openai-python and openai-node APIConnectionError ('Connection error.'), undici 'fetch failed'",
    },
];

/// The text in lower case, with cURL's numbers in one form: "curl: (7)", "libcurl error: 7" and
/// "error 56 accessing" all read "curl error N:".
fn normalised(text: &str) -> String {
    static CURL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"curl: \((\d+)\)|libcurl error: (\d+)|curl error (\d+):?|^error (\d+) accessing",
        )
        .expect("the cURL pattern is valid")
    });
    let lower = text.to_lowercase();
    CURL.replace_all(&lower, |found: &regex::Captures| {
        let number = (1..=4)
            .find_map(|group| found.get(group))
            .map_or("", |m| m.as_str());
        format!("curl error {number}:")
    })
    .into_owned()
}

/// The cause named by the words of a text, if any.
pub fn network_cause(text: &str) -> Option<NetworkCause> {
    let lower = normalised(text);
    NETWORK_RULES
        .iter()
        .find(|rule| rule.phrases.iter().any(|phrase| lower.contains(phrase)))
        .map(|rule| rule.cause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_telling_cause_wins() {
        assert_eq!(
            network_cause(
                "cURL error 60: SSL certificate problem: unable to get local issuer certificate"
            ),
            Some(NetworkCause::Certificates)
        );
        assert_eq!(
            network_cause("cURL error 60: SSL certificate problem: certificate is not yet valid"),
            Some(NetworkCause::Clock)
        );
        assert_eq!(
            network_cause(
                "cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received"
            ),
            Some(NetworkCause::Timeout)
        );
        assert_eq!(network_cause("Everything is fine"), None);
    }
}
