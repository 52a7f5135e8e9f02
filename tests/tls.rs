//! The path to OpenAI through a network that presents its own certificate, as company firewalls
//! and antivirus products do, or through a proxy: a TLS server on loopback with the
//! certificates of tests/data/tls (made by make.py), and a CONNECT proxy on loopback. A check
//! says in words what the certificate or the proxy means, once for the whole check (one
//! connection tried, the other rows "not checked"), with the technical text under the details,
//! and no dependency's log line on stderr; a CA in the trust store is accepted, and HTTPS_PROXY
//! (with a login in it, or not) is honoured.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use key_doctor::checks::{Checker, KeyUnderCheck, PermissionStatus};
use key_doctor::openai::{Client, ClientConfig};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use secrecy::SecretString;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

mod common;

fn tls_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/tls")
        .join(name)
}

/// A server on 127.0.0.1 presenting `certificate`; it answers every request as OpenAI does a
/// wrong key, and counts the connections that reached it.
struct TlsServer {
    port: u16,
    connections: Arc<AtomicUsize>,
}

fn serve(runtime: &tokio::runtime::Runtime, certificate: &str) -> TlsServer {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(tls_file(&format!("{certificate}.pem")))
            .expect("pem")
            .collect::<Result<_, _>>()
            .expect("certificates");
    let key = PrivateKeyDer::from_pem_file(tls_file(&format!("{certificate}.key"))).expect("key");
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    runtime.spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(stream).await else {
                    return;
                };
                let mut request = vec![0u8; 16 * 1024];
                let _ = tls.read(&mut request).await;
                let body = r#"{"error":{"message":"Incorrect API key provided: sk-proj-****abcd.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#;
                let answer = format!(
                    "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.write_all(answer.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    TlsServer { port, connections }
}

const KEY: &str = concat!(
    "sk-proj-",
    "tlstestkeyabcdefghijklmnopqrstuvwxyz012345",
    "abcd"
);

/// `key-doctor check --json` against the server, with `trusted` as the only trusted CA file when
/// given: (exit status, JSON, stderr).
fn check_cli(port: u16, trusted: Option<&Path>) -> (Option<i32>, serde_json::Value, String) {
    check_cli_with(port, trusted, &[])
}

fn check_cli_with(
    port: u16,
    trusted: Option<&Path>,
    env: &[(&str, String)],
) -> (Option<i32>, serde_json::Value, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_key-doctor"));
    command.envs(env.iter().map(|(name, value)| (*name, value.as_str())));
    command
        .args([
            "check",
            "--json",
            "--base-url",
            &format!("https://127.0.0.1:{port}/v1"),
        ])
        .env("OPENAI_API_KEY", KEY)
        .env_remove("KEY_DOCTOR_LOG")
        .env_remove("RUST_LOG")
        .env(
            "KEY_DOCTOR_CONFIG_DIR",
            tempfile::tempdir().expect("dir").keep(),
        )
        .stdin(Stdio::null());
    match trusted {
        Some(file) => command.env("SSL_CERT_FILE", file),
        // An empty trust store: nothing of this machine's is trusted either.
        None => command.env("SSL_CERT_FILE", tls_file("make.py")),
    };
    let output = command.output().expect("runs");
    let json = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    (
        output.status.code(),
        json,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn assert_said_once(json: &serde_json::Value) {
    let rows = json["permissions"].as_array().expect("rows");
    let not_checked = rows
        .iter()
        .filter(|row| {
            row["note"]
                .as_str()
                .is_some_and(|note| note.contains("same network problem"))
        })
        .count();
    assert_eq!(not_checked, rows.len() - 1, "{rows:?}");
}

#[test]
fn a_certificate_nobody_trusts_is_said_in_words_once_and_quietly() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    for certificate in ["self-signed", "signed"] {
        let server = serve(&runtime, certificate);
        let (status, json, stderr) = check_cli(server.port, None);
        assert_eq!(status, Some(2), "{certificate}: could not check");
        assert_eq!(json["verdict"]["code"], "network_error");
        assert_eq!(
            json["verdict"]["details"]["sub_code"], "intercepted",
            "{certificate}"
        );
        let summary = json["verdict"]["summary"].as_str().expect("summary");
        assert!(summary.contains("reading secure connections"), "{summary}");
        assert!(
            !summary.contains("Other("),
            "no library text in the sentence: {summary}"
        );
        assert!(json["verdict"]["details"]["technical"].is_string());
        assert_said_once(&json);
        assert_eq!(
            server.connections.load(Ordering::SeqCst),
            1,
            "one connection tried"
        );
        assert!(
            stderr.trim().is_empty(),
            "no log lines by default: {stderr}"
        );
    }
}

#[test]
fn a_ca_in_the_trust_store_is_accepted() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = serve(&runtime, "signed");
    let (status, json, _) = check_cli(server.port, Some(&tls_file("ca.pem")));
    assert_eq!(status, Some(1));
    assert_eq!(
        json["verdict"]["code"], "invalid_key",
        "the connection was trusted"
    );
}

#[test]
fn an_expired_certificate_or_one_for_another_name_is_said_in_words() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let ca = tls_file("ca.pem");
    for (certificate, sub_code, words) in [
        ("expired", "certificate_expired", "clock"),
        ("other-name", "wrong_name", "another name"),
    ] {
        let server = serve(&runtime, certificate);
        let (status, json, stderr) = check_cli(server.port, Some(&ca));
        assert_eq!(status, Some(2), "{certificate}");
        assert_eq!(
            json["verdict"]["details"]["sub_code"], sub_code,
            "{certificate}"
        );
        let summary = json["verdict"]["summary"].as_str().expect("summary");
        assert!(summary.contains(words), "{summary}");
        assert_said_once(&json);
        assert!(stderr.trim().is_empty(), "{stderr}");
    }
}

/// The library, in this process's trust store (which does not hold the test CA).
#[test]
fn the_library_reports_an_intercepted_connection_once() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = serve(&runtime, "self-signed");
    let client = Client::new(
        ClientConfig::new(&format!("https://127.0.0.1:{}/v1", server.port)).expect("config"),
    )
    .expect("client");
    let report = runtime
        .block_on(Checker::new(client).check(&KeyUnderCheck::new(SecretString::from(KEY), "test")));
    assert_eq!(
        report.verdict.details.sub_code.as_deref(),
        Some("intercepted")
    );
    let not_sent = report
        .permissions
        .iter()
        .filter(|row| {
            row.note.map(|note| note.to_string()).as_deref()
                == Some("not checked: the same network problem")
        })
        .count();
    assert_eq!(
        not_sent,
        report.permissions.len() - 1,
        "one row says what happened; the others were not sent"
    );
    assert!(
        report
            .permissions
            .iter()
            .all(|row| row.status == PermissionStatus::Error)
    );
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

/// A refused connection: one attempt, the others not sent.
#[test]
fn a_refused_connection_is_tried_once() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    drop(listener);
    let (status, json, stderr) = check_cli(port, None);
    assert_eq!(status, Some(2));
    assert_eq!(json["verdict"]["code"], "network_error");
    assert_eq!(json["verdict"]["details"]["sub_code"], "refused");
    assert!(json["verdict"]["summary"].as_str().is_some_and(|s| {
        s.contains("ask your IT whether api.openai.com is blocked")
            || s.contains("Ask your IT whether api.openai.com is blocked")
    }));
    assert_eq!(json["verdict"]["retry"], false);
    assert_said_once(&json);
    assert!(stderr.trim().is_empty(), "{stderr}");
}

/// The window: Check says in words that something reads secure connections; the TLS library's
/// text is under "For a developer".
#[test]
fn the_window_says_what_an_intercepted_connection_means() {
    use common::gui::*;
    use egui_kittest::kittest::Queryable;
    let world = world("intercepted");
    let server = serve(&world.runtime, "self-signed");
    let mut services = world.services(
        Ok(std::sync::Arc::new(
            key_doctor::vault::SessionStore::default(),
        )),
        vec![key_doctor::simulator::Scenario::FullAccess],
        None,
    );
    let base_url = format!("https://127.0.0.1:{}/v1", server.port);
    services.openai = Client::new(ClientConfig::new(&base_url).expect("config")).expect("client");
    services.connection = key_doctor::gui::Connection::Live {
        base_url,
        is_default: false,
    };
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "reading secure connections");
    unfold(&mut harness, "For a developer");
    harness.get_by_label_contains("Technical details: ");
    let report = harness
        .state()
        .keys()
        .reports
        .values()
        .next()
        .expect("a report")
        .clone();
    assert!(
        !report.verdict.summary().contains("certificate:"),
        "the library's words stay in the details: {}",
        report.verdict.summary()
    );
    assert!(report.verdict.details.technical.is_some());
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

/// A CONNECT proxy on 127.0.0.1: it wants `login` ("user:password") when given, refuses every
/// tunnel when `refuse`, and counts the tunnels asked for.
struct ConnectProxy {
    port: u16,
    asked: Arc<AtomicUsize>,
}

fn connect_proxy(
    runtime: &tokio::runtime::Runtime,
    login: Option<&'static str>,
    refuse: bool,
) -> ConnectProxy {
    use base64_engine::encode;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    let asked = Arc::new(AtomicUsize::new(0));
    let counted = asked.clone();
    let expected =
        login.map(|login| format!("proxy-authorization: basic {}", encode(login)).to_lowercase());
    runtime.spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let expected = expected.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
                    if client.read_exact(&mut byte).await.is_err() {
                        return;
                    }
                    head.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&head).to_lowercase();
                let target = head
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or_default()
                    .to_owned();
                let answer = if refuse {
                    "HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n"
                } else if expected.as_ref().is_some_and(|line| !head.contains(line.as_str())) {
                    "HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic realm=\"test\"\r\ncontent-length: 0\r\n\r\n"
                } else {
                    "HTTP/1.1 200 Connection established\r\n\r\n"
                };
                let _ = client.write_all(answer.as_bytes()).await;
                if !answer.contains(" 200 ") {
                    return;
                }
                if let Ok(mut server) = tokio::net::TcpStream::connect(target).await {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                }
            });
        }
    });
    ConnectProxy { port, asked }
}

/// Base64 for the proxy's login check, kept here: the app has no use for it.
mod base64_engine {
    pub fn encode(text: &str) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let bytes = text.as_bytes();
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}

#[test]
fn https_proxy_is_honoured_with_or_without_a_login() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = serve(&runtime, "signed");
    let ca = tls_file("ca.pem");
    let open = connect_proxy(&runtime, None, false);
    let proxy_env = |url: String| vec![("HTTPS_PROXY", url), ("NO_PROXY", String::new())];
    let (status, json, _) = check_cli_with(
        server.port,
        Some(&ca),
        &proxy_env(format!("http://127.0.0.1:{}", open.port)),
    );
    assert_eq!(status, Some(1), "{json}");
    assert_eq!(
        json["verdict"]["code"], "invalid_key",
        "through the proxy to the server"
    );
    assert!(open.asked.load(Ordering::SeqCst) >= 1, "the proxy was used");

    let guarded = connect_proxy(&runtime, Some("ana:secret"), false);
    let (status, json, stderr) = check_cli_with(
        server.port,
        Some(&ca),
        &proxy_env(format!("http://127.0.0.1:{}", guarded.port)),
    );
    assert_eq!(status, Some(2));
    assert_eq!(json["verdict"]["details"]["sub_code"], "proxy_login");
    let summary = json["verdict"]["summary"].as_str().expect("summary");
    assert!(summary.contains("user name and password"), "{summary}");
    assert_said_once(&json);
    assert!(stderr.trim().is_empty(), "{stderr}");

    let (status, json, _) = check_cli_with(
        server.port,
        Some(&ca),
        &proxy_env(format!("http://ana:secret@127.0.0.1:{}", guarded.port)),
    );
    assert_eq!(status, Some(1), "with the login: {json}");
    assert_eq!(json["verdict"]["code"], "invalid_key");
    assert!(
        !json.to_string().contains("secret"),
        "the proxy's password is never printed"
    );
}

#[test]
fn a_proxy_that_refuses_the_way_is_said_in_words() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = serve(&runtime, "signed");
    let refusing = connect_proxy(&runtime, None, true);
    let (status, json, stderr) = check_cli_with(
        server.port,
        Some(&tls_file("ca.pem")),
        &[
            ("HTTPS_PROXY", format!("http://127.0.0.1:{}", refusing.port)),
            ("NO_PROXY", String::new()),
        ],
    );
    assert_eq!(status, Some(2));
    assert_eq!(json["verdict"]["details"]["sub_code"], "proxy_refused");
    assert!(
        json["verdict"]["summary"]
            .as_str()
            .is_some_and(|s| s.contains("refused to open the way"))
    );
    assert_eq!(refusing.asked.load(Ordering::SeqCst), 1, "asked once");
    assert!(stderr.trim().is_empty(), "{stderr}");
}

/// A plain server on 127.0.0.1 that does `behaviour` with each connection.
fn plain_server(behaviour: fn(std::net::TcpStream)) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || behaviour(stream));
        }
    });
    port
}

/// Reads the request, then ends the connection with a reset, as a blocking firewall does.
fn reset(stream: std::net::TcpStream) {
    use std::io::Read;
    let mut buffer = [0u8; 4096];
    let _ = (&stream).read(&mut buffer);
    let _ = socket2::SockRef::from(&stream).set_linger(Some(std::time::Duration::ZERO));
}

/// Never answers, as a firewall that drops packets looks from here.
fn silent(stream: std::net::TcpStream) {
    std::thread::sleep(std::time::Duration::from_secs(30));
    drop(stream);
}

/// A network's sign-in page, answered to every request.
fn sign_in_page(mut stream: std::net::TcpStream) {
    use std::io::{Read, Write};
    let mut buffer = [0u8; 4096];
    let _ = stream.read(&mut buffer);
    let page =
        "<html><body><h1>Welcome to Hotel Wi-Fi</h1><a href=\"/login\">Sign in</a></body></html>";
    let _ = write!(
        stream,
        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}",
        page.len()
    );
}

fn check_plain_cli(port: u16, extra: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_key-doctor"))
        .args([
            "check",
            "--json",
            "--base-url",
            &format!("http://127.0.0.1:{port}/v1"),
        ])
        .args(extra)
        .env("OPENAI_API_KEY", KEY)
        .env_remove("KEY_DOCTOR_LOG")
        .env_remove("HTTPS_PROXY")
        .env_remove("HTTP_PROXY")
        .env(
            "KEY_DOCTOR_CONFIG_DIR",
            tempfile::tempdir().expect("dir").keep(),
        )
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    let json = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    (
        output.status.code(),
        json,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A reset, a silence and a sign-in page are told apart, each with its next step, through the
/// CLI and the library.
#[test]
fn blocked_silent_and_sign_in_pages_are_told_apart() {
    type Case = (
        fn(std::net::TcpStream),
        &'static str,
        &'static str,
        &'static str,
    );
    let cases: [Case; 3] = [
        (reset, "network_error", "reset", "ended the connection"),
        (
            silent,
            "network_error",
            "no_answer",
            "silently drops connections",
        ),
        (
            sign_in_page,
            "unexpected_response",
            "web_page",
            "sign in to the network",
        ),
    ];
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    for (behaviour, code, sub_code, words) in cases {
        let port = plain_server(behaviour);
        let (status, json, stderr) = check_plain_cli(port, &["--timeout", "1"]);
        assert_eq!(status, Some(2), "{sub_code}: could not check");
        assert_eq!(json["verdict"]["code"], code, "{sub_code}");
        assert_eq!(json["verdict"]["details"]["sub_code"], sub_code);
        let summary = json["verdict"]["summary"].as_str().expect("summary");
        assert!(summary.contains(words), "{summary}");
        assert!(stderr.trim().is_empty(), "{stderr}");

        let client =
            Client::new(ClientConfig::new(&format!("http://127.0.0.1:{port}/v1")).expect("config"))
                .expect("client");
        let checker = Checker::with_limits(
            client,
            key_doctor::checks::DEFAULT_MAX_IN_FLIGHT,
            std::time::Duration::from_secs(1),
        );
        let report =
            runtime.block_on(checker.check(&KeyUnderCheck::new(SecretString::from(KEY), "test")));
        assert_eq!(report.verdict.details.sub_code.as_deref(), Some(sub_code));
    }
}

/// The library in a process of its own, as an app built on it runs: the trust store and the
/// proxy come from the environment (SSL_CERT_FILE, HTTPS_PROXY), which a test must not change in
/// its own process. Run by `the_library_reads_certificates_and_proxies_from_the_system`.
#[test]
#[ignore = "run by the_library_reads_certificates_and_proxies_from_the_system in a child"]
fn library_check_in_a_child() {
    let port: u16 = std::env::var("TLS_TEST_PORT")
        .expect("port")
        .parse()
        .expect("a port");
    let expected = std::env::var("TLS_TEST_EXPECT").expect("expected sub-code");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let client =
        Client::new(ClientConfig::new(&format!("https://127.0.0.1:{port}/v1")).expect("config"))
            .expect("client");
    let report = runtime
        .block_on(Checker::new(client).check(&KeyUnderCheck::new(SecretString::from(KEY), "test")));
    assert_eq!(
        report.verdict.details.sub_code.as_deref(),
        Some(expected.as_str()),
        "{}",
        report.verdict.summary()
    );
}

#[test]
fn the_library_reads_certificates_and_proxies_from_the_system() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let guarded = connect_proxy(&runtime, Some("ana:secret"), false);
    let refusing = connect_proxy(&runtime, None, true);
    let cases = [
        ("expired", "certificate_expired", None),
        ("other-name", "wrong_name", None),
        ("signed", "proxy_login", Some(guarded.port)),
        ("signed", "proxy_refused", Some(refusing.port)),
    ];
    for (certificate, expected, proxy) in cases {
        let server = serve(&runtime, certificate);
        let mut child = Command::new(std::env::current_exe().expect("this test binary"));
        child
            .args([
                "--exact",
                "library_check_in_a_child",
                "--ignored",
                "--nocapture",
            ])
            .env("SSL_CERT_FILE", tls_file("ca.pem"))
            .env("TLS_TEST_PORT", server.port.to_string())
            .env("TLS_TEST_EXPECT", expected)
            .env("NO_PROXY", "")
            .env_remove("HTTP_PROXY");
        match proxy {
            Some(port) => child.env("HTTPS_PROXY", format!("http://127.0.0.1:{port}")),
            None => child.env_remove("HTTPS_PROXY"),
        };
        let output = child.output().expect("runs");
        assert!(
            output.status.success(),
            "{expected}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// The desktop's proxy resolver as the XDG portal serves it (GNOME and KDE answer it from their
/// network settings): `proxy` for URLs that hold `only_for`, no proxy for the rest, so that the
/// other tests of this file running beside it go straight out.
#[cfg(target_os = "linux")]
struct DesktopProxySettings {
    proxy: String,
    only_for: String,
}

#[cfg(target_os = "linux")]
#[zbus::interface(name = "org.freedesktop.portal.ProxyResolver")]
impl DesktopProxySettings {
    fn lookup(&self, uri: &str) -> Vec<String> {
        if uri.contains(&self.only_for) {
            vec![self.proxy.clone()]
        } else {
            vec!["direct://".to_owned()]
        }
    }
}

/// A proxy set only in the desktop's network settings (no HTTPS_PROXY) is used by the CLI and
/// named in the window's status line. Needs the test session's D-Bus (scripts/test.sh).
#[cfg(target_os = "linux")]
#[test]
fn the_desktop_s_proxy_setting_is_used_and_named() {
    use common::gui::*;
    use egui_kittest::kittest::Queryable;
    let world = world("desktop-proxy");
    let server = serve(&world.runtime, "signed");
    let proxy = connect_proxy(&world.runtime, None, false);
    let _portal = zbus::blocking::connection::Builder::session()
        .and_then(|builder| builder.name("org.freedesktop.portal.Desktop"))
        .and_then(|builder| {
            builder.serve_at(
                "/org/freedesktop/portal/desktop",
                DesktopProxySettings {
                    proxy: format!("http://127.0.0.1:{}", proxy.port),
                    only_for: format!("127.0.0.1:{}", server.port),
                },
            )
        })
        .and_then(|builder| builder.build())
        .expect("a desktop portal on the test session's D-Bus");

    // The command line: through the proxy to the server, which refuses the made-up key.
    let (status, json, _) = check_cli_with(
        server.port,
        Some(&tls_file("ca.pem")),
        &[("NO_PROXY", String::new())],
    );
    assert_eq!(status, Some(1), "{json}");
    assert_eq!(json["verdict"]["code"], "invalid_key");
    assert!(
        proxy.asked.load(Ordering::SeqCst) >= 1,
        "the desktop's proxy was used"
    );

    // The window names it where it says where requests go.
    let base_url = format!("https://127.0.0.1:{}/v1", server.port);
    let config = ClientConfig::new(&base_url)
        .expect("config")
        .with_desktop_proxy();
    let mut services = world.services(
        Ok(Arc::new(key_doctor::vault::SessionStore::default())),
        vec![key_doctor::simulator::Scenario::FullAccess],
        None,
    );
    services.proxy = config.proxy_in_use();
    services.openai = Client::new(config).expect("client");
    services.connection = key_doctor::gui::Connection::Live {
        base_url,
        is_default: false,
    };
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    harness.get_by_label_contains(&format!("through the proxy 127.0.0.1:{}", proxy.port));
}

/// A network whose IPv6 path to OpenAI takes connections and then stays silent (a broken IPv6
/// route), while IPv4 works: the check goes on over IPv4, gives the key's real verdict, and says
/// what happened and whom to ask; through the library and the CLI (`--resolve`, as curl's, gives
/// the name both addresses).
#[test]
fn a_silent_ipv6_path_falls_back_to_ipv4_and_is_said() {
    use key_doctor::checks::VerdictCode;
    use key_doctor::simulator::{Scenario, Simulator, SimulatorOptions};
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let simulator = runtime
        .block_on(Simulator::start(SimulatorOptions::default()))
        .expect("simulator");
    let port = url::Url::parse(simulator.base_url())
        .expect("url")
        .port()
        .expect("port");
    // The same port on IPv6's loopback: it accepts and never answers.
    let silent = runtime
        .block_on(tokio::net::TcpListener::bind(("::1", port)))
        .expect("::1 on this machine's loopback");
    runtime.spawn(async move {
        let mut held = Vec::new();
        while let Ok((connection, _)) = silent.accept().await {
            held.push(connection);
        }
    });
    let ipv6: std::net::SocketAddr = format!("[::1]:{port}").parse().expect("address");
    let ipv4: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().expect("address");
    let base_url = format!("http://localhost:{port}/v1");
    let key = Scenario::FullAccess.secret();

    let config = ClientConfig::new(&base_url)
        .expect("config")
        .with_resolved("localhost", ipv6)
        .with_resolved("localhost", ipv4);
    let checker = Checker::with_limits(
        Client::new(config).expect("client"),
        key_doctor::checks::DEFAULT_MAX_IN_FLIGHT,
        std::time::Duration::from_secs(1),
    );
    let report = runtime
        .block_on(checker.check(&KeyUnderCheck::new(SecretString::from(key.clone()), "test")));
    assert_eq!(
        report.verdict.code,
        VerdictCode::Ok,
        "{}",
        report.verdict.summary()
    );
    assert!(
        report
            .verdict
            .notes()
            .iter()
            .any(|note| note.contains("did not answer over IPv6")),
        "{:?}",
        report.verdict.notes()
    );

    let output = Command::new(env!("CARGO_BIN_EXE_key-doctor"))
        .args(["check", "--json", "--timeout", "1", "--base-url", &base_url])
        .args(["--resolve", &format!("localhost:{port}:[::1]")])
        .args(["--resolve", &format!("localhost:{port}:127.0.0.1")])
        .env("OPENAI_API_KEY", &key)
        .env(
            "KEY_DOCTOR_CONFIG_DIR",
            tempfile::tempdir().expect("dir").keep(),
        )
        .env_remove("HTTPS_PROXY")
        .env_remove("HTTP_PROXY")
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    assert_eq!(output.status.code(), Some(0), "{json}");
    assert_eq!(json["verdict"]["code"], "ok");
    let notes = json["verdict"]["details"]["notes"].to_string();
    assert!(
        notes.contains("ask your IT or hosting company to check IPv6"),
        "{notes}"
    );
}
