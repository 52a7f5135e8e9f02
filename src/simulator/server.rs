//! The simulator's HTTP side: an accept loop on hyper (so a fault can reset the TCP connection
//! itself), fault injection, the request log and the `/_simulator/` control endpoints.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use futures_util::StreamExt;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::api::{Reply, SimRequest, answer};
use super::faults::{Fault, FaultRule, LoggedRequest};
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

fn header(request: &Request<Incoming>, name: &str) -> Option<String> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

async fn handle(
    state: Arc<SimState>,
    request: Request<Incoming>,
    reset: Arc<AtomicBool>,
) -> Response<Body> {
    let path = request.uri().path().to_owned();
    let query: Vec<(String, String)> = request
        .uri()
        .query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let method = request.method().as_str().to_owned();
    if let Some(control) = path.strip_prefix("/_simulator/") {
        let control = control.to_owned();
        let body = request
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        return control_endpoint(&state, &method, &control, &body);
    }
    let sim_request = SimRequest {
        method: method.clone(),
        path: path.strip_prefix("/v1").unwrap_or(&path).to_owned(),
        query,
        bearer: header(&request, "authorization")
            .and_then(|v| v.strip_prefix("Bearer ").map(|k| k.trim().to_owned())),
        organization: header(&request, "openai-organization"),
        project: header(&request, "openai-project"),
        openai_beta: header(&request, "openai-beta").is_some(),
        content_type: header(&request, "content-type"),
        body: Vec::new(),
    };
    let body = request
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let sim_request = SimRequest {
        body: body.to_vec(),
        ..sim_request
    };

    let latency = *lock(&state.latency);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let key_scenario = sim_request.bearer.as_deref().map(|bearer| {
        Scenario::ALL
            .into_iter()
            .find(|s| s.secret() == bearer)
            .map_or("unknown", Scenario::id)
    });
    let fault = take_fault(&state, &sim_request.path, key_scenario);
    if let Some(Fault::Delay { ms }) = &fault {
        tokio::time::sleep(Duration::from_millis(*ms)).await;
    }
    let (_, reply) = if !sim_request.path.starts_with('/') || !path.starts_with("/v1/") {
        (
            None,
            Reply {
                status: 404,
                body: json!({"error": {"message": format!("Invalid URL ({method} {path})"), "type": "invalid_request_error", "param": null, "code": null}}),
                headers: Vec::new(),
                generated_tokens: false,
            },
        )
    } else {
        answer(
            &state.data,
            jiff::Timestamp::now().as_second(),
            &sim_request,
        )
    };
    let (status, response) = render(
        reply.status,
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

/// The first matching rule's fault, counting it down.
fn take_fault(state: &SimState, path: &str, scenario: Option<&str>) -> Option<Fault> {
    let mut rules = lock(&state.faults);
    let rule = rules.iter_mut().find(|rule| rule.matches(path, scenario))?;
    if let Some(times) = rule.times.as_mut() {
        *times -= 1;
    }
    Some(rule.fault.clone())
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

/// Turns a reply into bytes on the wire, applying the fault if there is one.
fn render(
    status: u16,
    reply: &Reply,
    fault: Option<&Fault>,
    reset: &AtomicBool,
    bearer: &str,
) -> (u16, Response<Body>) {
    let json_response = |status: u16, body: Body| {
        let mut builder = base_response(status).header("content-type", "application/json");
        for (name, value) in &reply.headers {
            builder = builder.header(*name, value);
        }
        builder.body(body).unwrap_or_default()
    };
    let body_bytes = serde_json::to_vec(&reply.body).unwrap_or_default();
    match fault {
        None | Some(Fault::Delay { .. }) => (status, json_response(status, Body::from(body_bytes))),
        Some(Fault::ServerError {
            status,
            retry_after_ms,
        }) => {
            let mut builder = base_response(*status).header("content-type", "application/json");
            if let Some(ms) = retry_after_ms {
                builder = builder.header("retry-after-ms", ms.to_string());
            }
            let body = json!({"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error", "param": null, "code": null}});
            (
                *status,
                builder
                    .body(Body::from(body.to_string()))
                    .unwrap_or_default(),
            )
        }
        Some(Fault::Reset) => {
            reset.store(true, Ordering::SeqCst);
            (0, json_response(status, Body::from(body_bytes)))
        }
        Some(Fault::Html { status }) => {
            let page = format!(
                "<html>\r\n<head><title>{status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>{status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            );
            let response = Response::builder()
                .status(StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_GATEWAY))
                .header("content-type", "text/html")
                .body(Body::from(page))
                .unwrap_or_default();
            (*status, response)
        }
        Some(Fault::TruncatedJson) => {
            let cut = body_bytes.len() / 2;
            (
                status,
                json_response(status, Body::from(body_bytes[..cut].to_vec())),
            )
        }
        Some(Fault::SlowBody { chunk_delay_ms }) => {
            let delay = Duration::from_millis(*chunk_delay_ms);
            let chunks: Vec<Bytes> = body_bytes.chunks(16).map(Bytes::copy_from_slice).collect();
            let stream = futures_util::stream::iter(chunks).then(move |chunk| async move {
                tokio::time::sleep(delay).await;
                Ok::<_, io::Error>(chunk)
            });
            (status, json_response(status, Body::from_stream(stream)))
        }
        Some(Fault::HugeBody { bytes }) => {
            let filler = Bytes::from(vec![b' '; 64 * 1024]);
            let chunk_count = bytes.div_ceil(filler.len()).max(1);
            let stream = futures_util::stream::iter(
                std::iter::once(Bytes::from_static(b"{\"data\":[]"))
                    .chain(std::iter::repeat_n(filler, chunk_count))
                    .chain(std::iter::once(Bytes::from_static(b"}")))
                    .map(Ok::<_, io::Error>),
            );
            (status, json_response(200, Body::from_stream(stream)))
        }
        Some(Fault::EchoKey { status }) => {
            let body = json!({"error": {"message": format!("Incorrect API key provided: {bearer}. The gateway refused the request."), "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}});
            let response = Response::builder()
                .status(StatusCode::from_u16(*status).unwrap_or(StatusCode::UNAUTHORIZED))
                .header("content-type", "application/json")
                .header("x-request-id", format!("req_for_{bearer}"))
                .body(Body::from(body.to_string()))
                .unwrap_or_default();
            (*status, response)
        }
        Some(Fault::NotJsonSuccess { body }) => {
            let response = base_response(200)
                .header("content-type", "application/json")
                .body(Body::from(body.clone()))
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
                json_response(*status, Body::from(body.to_string())),
            )
        }
    }
}

/// `/_simulator/keys`, `/_simulator/requests`, `/_simulator/faults`, `/_simulator/latency`:
/// for scripts and benchmarks that drive a simulator started by `key-doctor simulate`.
fn control_endpoint(state: &SimState, method: &str, path: &str, body: &[u8]) -> Response<Body> {
    let reply = |status: u16, value: Value| {
        Response::builder()
            .status(StatusCode::from_u16(status).unwrap_or(StatusCode::OK))
            .header("content-type", "application/json")
            .body(Body::from(value.to_string()))
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
