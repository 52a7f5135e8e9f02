//! The simulator's HTTP side: an accept loop on hyper (so a fault can reset the TCP connection
//! itself), fault injection, the request log and the `/_simulator/` control endpoints.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::http::request::Parts;
use hyper::{HeaderMap, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::api::{Reply, SimRequest, answer};
use super::faults::{Fault, FaultRule, LoggedRequest};
use super::providers::{self, ProviderReply, ProviderRequest};
use super::scenarios::{ORG_SLUG, Scenario};
use super::{SimState, lock};

pub(crate) async fn accept_loop(listener: tokio::net::TcpListener, state: Arc<SimState>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let reset = Arc::new(AtomicBool::new(false));
        let io = TokioIo::new(ResettableStream {
            inner: stream,
            reset: reset.clone(),
        });
        let state = state.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let state = state.clone();
                let reset = reset.clone();
                async move { Ok::<_, std::convert::Infallible>(handle(state, request, reset).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await;
        });
    }
}

/// A TCP stream that, once asked, fails its next write and closes with a reset (linger 0).
struct ResettableStream {
    inner: TcpStream,
    reset: Arc<AtomicBool>,
}

impl AsyncRead for ResettableStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for ResettableStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.reset.load(Ordering::SeqCst) {
            let _ = socket2::SockRef::from(&self.inner).set_linger(Some(Duration::ZERO));
            return Poll::Ready(Err(io::ErrorKind::ConnectionReset.into()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// What the simulator answers with: a whole body, or the stream of a slow or huge fault.
type Body = BoxBody<Bytes, io::Error>;

/// A body sent in one piece.
fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed()
}

/// A body sent chunk by chunk, as the stream yields them.
fn streamed(chunks: impl Stream<Item = Bytes> + Send + Sync + 'static) -> Body {
    BoxBody::new(StreamBody::new(chunks.map(|chunk| Ok(Frame::data(chunk)))))
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The whole request body; a body that breaks off counts as empty, as a bad one would.
async fn read_body(body: Incoming) -> Bytes {
    body.collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default()
}

async fn handle(
    state: Arc<SimState>,
    request: Request<Incoming>,
    reset: Arc<AtomicBool>,
) -> Response<Body> {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_owned();
    let method = parts.method.as_str().to_owned();
    if let Some(control) = path.strip_prefix("/_simulator/") {
        return control_endpoint(&state, &method, control, &read_body(body).await);
    }
    if let Some(request) = ProviderRequest::new(&method, &path, parts.uri.query(), |name| {
        header(&parts.headers, name)
    }) {
        // Read to the end so the connection stays usable; no provider route takes a body.
        read_body(body).await;
        return provider_request(&state, request, method, path, &reset).await;
    }
    let sim_request = sim_request(&parts, &method, &path, read_body(body).await);

    let latency = *lock(&state.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let key_scenario = scenario_of(sim_request.bearer.as_deref());
    let mut sim_request = sim_request;
    if let Some(becomes) = changed_access(&state, key_scenario) {
        sim_request.bearer = Some(becomes.secret());
    }
    let fault = take_fault(&state, &sim_request.path, key_scenario);
    if let Some(Fault::Delay { ms }) = &fault {
        tokio::time::sleep(Duration::from_millis(*ms)).await;
    }
    let reply = reply_to(&state, &path, &sim_request);
    let (status, response) = render(
        &reply,
        fault.as_ref(),
        &reset,
        sim_request.bearer.as_deref().unwrap_or_default(),
    );
    lock(&state.log).push(LoggedRequest {
        method,
        path: sim_request.path,
        query: sim_request.query,
        scenario: key_scenario.map(str::to_owned),
        organization_header: sim_request.organization,
        project_header: sim_request.project,
        status,
        generated_tokens: reply.generated_tokens && fault.is_none(),
        fault: fault.map(|f| format!("{f:?}")),
    });
    response
}

/// A request under another provider's route (`/anthropic/…`, see providers.rs): the same
/// latency, faults and log as OpenAI's, with the full path in the log and in fault rules' path
/// prefixes, and the provider scenario's id as the key's name.
async fn provider_request(
    state: &SimState,
    request: ProviderRequest,
    method: String,
    path: String,
    reset: &AtomicBool,
) -> Response<Body> {
    let latency = *lock(&state.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let scenario = request.scenario_id();
    let fault = take_fault(state, &path, scenario);
    if let Some(Fault::Delay { ms }) = &fault {
        tokio::time::sleep(Duration::from_millis(*ms)).await;
    }
    let reply = providers::answer(&request);
    let (status, response) = render_provider(
        &reply,
        fault.as_ref(),
        reset,
        request.key().unwrap_or_default(),
    );
    let generated_tokens = would_generate(&method, &path);
    lock(&state.log).push(LoggedRequest {
        method,
        path,
        query: request.logged_query(),
        scenario: scenario.map(str::to_owned),
        organization_header: None,
        project_header: None,
        status,
        // What a provider would have answered with tokens, had the key been good: the
        // simulator answers none of these, but a probe sent there is one that could cost.
        generated_tokens,
        fault: fault.map(|f| format!("{f:?}")),
    });
    response
}

/// A provider's reply on the wire, the fault applied as `render` applies it to OpenAI's.
fn render_provider(
    reply: &ProviderReply,
    fault: Option<&Fault>,
    reset: &AtomicBool,
    key: &str,
) -> (u16, Response<Body>) {
    let respond = |status: u16, body: Body| {
        let mut builder = Response::builder()
            .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
            .header("content-type", reply.content_type);
        for (name, value) in &reply.headers {
            builder = builder.header(*name, value);
        }
        builder.body(body).unwrap_or_default()
    };
    let status = reply.status;
    let bytes = reply.body.as_bytes();
    match fault {
        None | Some(Fault::Delay { .. }) => (status, respond(status, full(bytes.to_vec()))),
        Some(Fault::Reset) => {
            reset.store(true, Ordering::SeqCst);
            (0, respond(status, full(bytes.to_vec())))
        }
        Some(Fault::TruncatedJson) => {
            let half = bytes[..bytes.len() / 2].to_vec();
            (status, respond(status, full(half)))
        }
        Some(Fault::SlowBody { chunk_delay_ms }) => {
            let body = slow_body(bytes.to_vec(), Duration::from_millis(*chunk_delay_ms));
            (status, respond(status, body))
        }
        Some(Fault::HugeBody { bytes }) => (status, respond(200, huge_body(*bytes))),
        // The others answer instead of the provider, whichever it is.
        Some(other) => render(&Reply::ok(Value::Null), Some(other), reset, key),
    }
}

/// The request as the API side reads it: the path below `/v1`, the query, and the headers that
/// matter to OpenAI.
fn sim_request(parts: &Parts, method: &str, path: &str, body: Bytes) -> SimRequest {
    let query: Vec<(String, String)> = parts
        .uri
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let headers = &parts.headers;
    SimRequest {
        method: method.to_owned(),
        path: path.strip_prefix("/v1").unwrap_or(path).to_owned(),
        query,
        bearer: header(headers, "authorization")
            .and_then(|v| v.strip_prefix("Bearer ").map(|k| k.trim().to_owned())),
        organization: header(headers, "openai-organization"),
        project: header(headers, "openai-project"),
        openai_beta: header(headers, "openai-beta").is_some(),
        content_type: header(headers, "content-type"),
        body: body.to_vec(),
    }
}

/// The scenario id of the key sent, `unknown` for a key the simulator does not know, `None`
/// without a key: faults and the log name keys this way, never in full.
fn scenario_of(bearer: Option<&str>) -> Option<&'static str> {
    bearer.map(|bearer| {
        Scenario::ALL
            .into_iter()
            .find(|s| s.secret() == bearer)
            .map_or("unknown", Scenario::id)
    })
}

/// OpenAI's answer, or its 404 for anything outside `/v1/`.
fn reply_to(state: &SimState, path: &str, request: &SimRequest) -> Reply {
    if !request.path.starts_with('/') || !path.starts_with("/v1/") {
        return Reply::error(
            404,
            &format!("Invalid URL ({} {path})", request.method),
            "invalid_request_error",
            None,
            None,
        );
    }
    let (_, reply) = answer(&state.data, jiff::Timestamp::now().as_second(), request);
    reply
}

/// The scenario a key answers as once its change is due, counting the requests down.
fn changed_access(state: &SimState, scenario: Option<&str>) -> Option<Scenario> {
    let mut changes = lock(&state.changes);
    let change = changes
        .iter_mut()
        .find(|change| Some(change.scenario.id()) == scenario)?;
    if change.after > 0 {
        change.after -= 1;
        return None;
    }
    Some(change.becomes)
}

/// The first matching rule's fault, counting it down.
fn take_fault(state: &SimState, path: &str, scenario: Option<&str>) -> Option<Fault> {
    let mut rules = lock(&state.faults);
    let rule = rules.iter_mut().find(|rule| rule.matches(path, scenario))?;
    if let Some(times) = rule.times.as_mut() {
        *times -= 1;
    }
    Some(rule.fault.clone())
}

/// True for a request that makes a provider generate (and bill) tokens.
fn would_generate(method: &str, path: &str) -> bool {
    method == "POST"
        && [
            "/messages",
            ":generatecontent",
            ":streamgeneratecontent",
            "/chat/completions",
            "/completions",
            "/responses",
            "/embeddings",
        ]
        .iter()
        .any(|end| path.to_ascii_lowercase().ends_with(end))
}

fn base_response(status: u16) -> hyper::http::response::Builder {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header("x-request-id", format!("req_{:016x}", rand_id()))
        .header("openai-organization", ORG_SLUG)
        .header("openai-processing-ms", "23")
        .header("openai-version", "2020-10-01")
}

fn rand_id() -> u64 {
    use std::sync::atomic::AtomicU64;
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    super::scenarios::fnv(&COUNTER.fetch_add(1, Ordering::Relaxed).to_string())
}

/// OpenAI's headers, the reply's own (rate limits, retry-after) and a JSON body.
fn json_response(reply: &Reply, status: u16, body: Body) -> Response<Body> {
    let mut builder = base_response(status).header("content-type", "application/json");
    for (name, value) in &reply.headers {
        builder = builder.header(*name, value);
    }
    builder.body(body).unwrap_or_default()
}

/// Turns a reply into bytes on the wire, applying the fault if there is one. The status is the
/// one logged: 0 when the connection is reset instead.
fn render(
    reply: &Reply,
    fault: Option<&Fault>,
    reset: &AtomicBool,
    bearer: &str,
) -> (u16, Response<Body>) {
    let status = reply.status;
    let body_bytes = serde_json::to_vec(&reply.body).unwrap_or_default();
    match fault {
        None | Some(Fault::Delay { .. }) => {
            (status, json_response(reply, status, full(body_bytes)))
        }
        Some(Fault::ServerError {
            status,
            retry_after_ms,
        }) => (*status, server_error(*status, *retry_after_ms)),
        Some(Fault::Reset) => {
            reset.store(true, Ordering::SeqCst);
            (0, json_response(reply, status, full(body_bytes)))
        }
        Some(Fault::Html { status }) => (*status, proxy_page(*status)),
        Some(Fault::TruncatedJson) => {
            let cut = body_bytes.len() / 2;
            let half = body_bytes[..cut].to_vec();
            (status, json_response(reply, status, full(half)))
        }
        Some(Fault::SlowBody { chunk_delay_ms }) => {
            let body = slow_body(body_bytes, Duration::from_millis(*chunk_delay_ms));
            (status, json_response(reply, status, body))
        }
        Some(Fault::HugeBody { bytes }) => (status, json_response(reply, 200, huge_body(*bytes))),
        Some(Fault::EchoKey { status }) => (*status, key_echo(*status, bearer)),
        Some(Fault::NotJsonSuccess { body }) => {
            let response = base_response(200)
                .header("content-type", "application/json")
                .body(full(body.clone()))
                .unwrap_or_default();
            (200, response)
        }
        Some(Fault::Redirect { status, location }) => {
            let response = base_response(*status)
                .header("location", location.as_str())
                .body(Body::default())
                .unwrap_or_default();
            (*status, response)
        }
        Some(Fault::PlainStringError { status }) => {
            let body = json!({"error": "You have insufficient permissions for this operation."});
            (
                *status,
                json_response(reply, *status, full(body.to_string())),
            )
        }
    }
}

/// OpenAI's own 5xx envelope, with `retry-after-ms` when the fault sets one.
fn server_error(status: u16, retry_after_ms: Option<u64>) -> Response<Body> {
    let mut builder = base_response(status).header("content-type", "application/json");
    if let Some(ms) = retry_after_ms {
        builder = builder.header("retry-after-ms", ms.to_string());
    }
    let body = json!({"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error", "param": null, "code": null}});
    builder.body(full(body.to_string())).unwrap_or_default()
}

/// The HTML error page a proxy in between sends instead of OpenAI's JSON.
fn proxy_page(status: u16) -> Response<Body> {
    let page = format!(
        "<html>\r\n<head><title>{status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>{status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    );
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY))
        .header("content-type", "text/html")
        .body(full(page))
        .unwrap_or_default()
}

/// The normal answer in 16-byte pieces, each after a pause.
fn slow_body(bytes: Vec<u8>, delay: Duration) -> Body {
    let chunks: Vec<Bytes> = bytes.chunks(16).map(Bytes::copy_from_slice).collect();
    streamed(
        futures_util::stream::iter(chunks).then(move |chunk| async move {
            tokio::time::sleep(delay).await;
            chunk
        }),
    )
}

/// Valid JSON of at least `bytes` bytes, mostly spaces, sent in 64 KiB pieces.
fn huge_body(bytes: usize) -> Body {
    let filler = Bytes::from(vec![b' '; 64 * 1024]);
    let chunk_count = bytes.div_ceil(filler.len()).max(1);
    streamed(futures_util::stream::iter(
        std::iter::once(Bytes::from_static(b"{\"data\":[]"))
            .chain(std::iter::repeat_n(filler, chunk_count))
            .chain(std::iter::once(Bytes::from_static(b"}"))),
    ))
}

/// A gateway that repeats the key it was sent, in its message and in a header.
fn key_echo(status: u16, bearer: &str) -> Response<Body> {
    let body = json!({"error": {"message": format!("Incorrect API key provided: {bearer}. The gateway refused the request."), "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}});
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::UNAUTHORIZED))
        .header("content-type", "application/json")
        .header("x-request-id", format!("req_for_{bearer}"))
        .body(full(body.to_string()))
        .unwrap_or_default()
}

/// `/_simulator/keys`, `/_simulator/requests`, `/_simulator/faults`, `/_simulator/latency`:
/// for scripts and benchmarks that drive a simulator started by `key-doctor simulate`.
fn control_endpoint(state: &SimState, method: &str, path: &str, body: &[u8]) -> Response<Body> {
    let reply = |status: u16, value: Value| {
        Response::builder()
            .status(StatusCode::from_u16(status).unwrap_or(StatusCode::OK))
            .header("content-type", "application/json")
            .body(full(value.to_string()))
            .unwrap_or_default()
    };
    match (method, path) {
        ("GET", "keys") => reply(
            200,
            Value::Array(
                Scenario::ALL
                    .iter()
                    .map(|s| json!({"scenario": s.id(), "description": s.description(), "kind": s.kind(), "key": s.secret()}))
                    .collect(),
            ),
        ),
        ("GET", "requests") => reply(200, serde_json::to_value(&*lock(&state.log)).unwrap_or_default()),
        ("DELETE", "requests") => {
            lock(&state.log).clear();
            reply(200, json!({"cleared": true}))
        }
        ("POST", "faults") => match serde_json::from_slice::<FaultRule>(body) {
            Ok(rule) => {
                lock(&state.faults).push(rule);
                reply(200, json!({"added": true}))
            }
            Err(e) => reply(400, json!({"error": e.to_string()})),
        },
        ("DELETE", "faults") => {
            lock(&state.faults).clear();
            reply(200, json!({"cleared": true}))
        }
        ("POST", "latency") => match serde_json::from_slice::<Value>(body).ok().and_then(|v| v["ms"].as_u64()) {
            Some(ms) => {
                *lock(&state.latency) = Duration::from_millis(ms);
                reply(200, json!({"latency_ms": ms}))
            }
            None => reply(400, json!({"error": "send {\"ms\": N}"})),
        },
        _ => reply(404, json!({"error": "unknown simulator control endpoint"})),
    }
}
