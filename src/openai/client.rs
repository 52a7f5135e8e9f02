//! One shared `reqwest::Client` for every call: base URL, Bearer auth, organization and project
//! headers, timeouts, a body-size cap and bounded retries.

use std::error::Error as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde_json::Value;
use url::Url;

use super::envelope::{ApiErrorBody, parse_error_envelope};
use super::error::{ApiError, CertificateProblem, ProxyProblem};
use super::headers::ResponseMeta;
use super::types::{
    CostBucket, CostsQuery, ListPage, Me, ModelList, Page, Project, ProjectApiKey, UsageBucket,
    UsageKind, UsageQuery,
};
use crate::tr;

/// Why a base URL was refused: a plain clause by `Display`; the URL parser's own words in
/// [`ConfigError::technical`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", tr!("error-address-invalid", url = .url))]
    InvalidUrl { url: String, reason: String },
    /// `ftp://…`, `htp://…`: not a web address Key Doctor can use.
    #[error("{}", tr!("error-address-scheme", url = .url, scheme = .scheme))]
    WrongScheme { url: String, scheme: String },
    #[error("{}", tr!("error-address-insecure", url = .url))]
    Insecure { url: String },
    /// `https://user:password@host/v1`: the client would send that login instead of the key.
    #[error("{}", tr!("error-address-has-login", url = .url))]
    HasCredentials { url: String },
}

impl ConfigError {
    /// The URL parser's own words, for Technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            ConfigError::InvalidUrl { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// How the client talks to OpenAI.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: Url,
    /// Sent as `OpenAI-Organization` when set.
    pub organization: Option<String>,
    /// Sent as `OpenAI-Project` when set.
    pub project: Option<String>,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    pub max_body_bytes: usize,
    /// Retries after the first attempt, for 5xx and `rate_limit_exceeded` only.
    pub max_retries: u32,
    /// A retry that would have to wait longer than this is not made; the error is returned.
    pub max_retry_wait: Duration,
    /// Page size for the list endpoints (projects, api keys): 1 to 100.
    pub list_page_limit: u32,
    /// True when the base URL was given (flag or environment) rather than the default.
    pub base_url_given: bool,
    /// The proxy the desktop's settings name (`with_desktop_proxy`), used when no
    /// HTTPS_PROXY / HTTP_PROXY / ALL_PROXY variable names one for the base URL.
    pub desktop_proxy: Option<Url>,
    /// Addresses to use for a host name instead of asking DNS (`key-doctor --resolve`, as
    /// curl's): to try one server of several, or a network's IPv6 against its IPv4.
    pub resolve: Vec<(String, SocketAddr)>,
}

impl ClientConfig {
    pub fn new(base_url: &str) -> Result<Self, ConfigError> {
        Ok(ClientConfig {
            base_url: validate_base_url(base_url)?,
            organization: None,
            project: None,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_body_bytes: 16 * 1024 * 1024,
            max_retries: 2,
            max_retry_wait: Duration::from_secs(20),
            list_page_limit: 100,
            base_url_given: false,
            desktop_proxy: None,
            resolve: Vec::new(),
        })
    }

    /// The addresses given for `host` (`with_resolved`); empty when DNS decides.
    fn addresses_for(&self, host: &str) -> Vec<SocketAddr> {
        self.resolve
            .iter()
            .filter(|(name, _)| name == host)
            .map(|(_, address)| *address)
            .collect()
    }

    /// The same settings, reaching `host` at `address` (added to any given before for it).
    pub fn with_resolved(mut self, host: &str, address: SocketAddr) -> Self {
        self.resolve.push((host.to_ascii_lowercase(), address));
        self
    }

    /// The same settings, going through the proxy the desktop's network settings name for the
    /// base URL (asked once, here: it blocks for up to a second).
    pub fn with_desktop_proxy(mut self) -> Self {
        self.desktop_proxy = crate::desktop::proxy_for(&self.base_url);
        self
    }

    /// The proxy requests go through ("proxy.example:3128", no login), for the status line:
    /// the environment's first, else the desktop's; `None` when they go straight out.
    pub fn proxy_in_use(&self) -> Option<String> {
        proxy_for(&self.base_url).or_else(|| self.desktop_proxy.as_ref().map(host_and_port))
    }

    /// The desktop's proxy, unless the environment names one (which the HTTP client follows).
    fn desktop_proxy_to_use(&self) -> Option<&Url> {
        self.desktop_proxy
            .as_ref()
            .filter(|_| proxy_for(&self.base_url).is_none())
    }

    /// The same settings with another base URL, checked.
    pub fn with_base_url(mut self, base_url: &str) -> Result<Self, ConfigError> {
        let base_url = validate_base_url(base_url)?;
        // The desktop named its proxy for one host; another host may go straight out.
        if base_url.host() != self.base_url.host() {
            self.desktop_proxy = None;
        }
        self.base_url = base_url;
        self.base_url_given = true;
        Ok(self)
    }

    pub fn with_organization(mut self, organization: Option<String>) -> Self {
        self.organization = organization.filter(|o| !o.trim().is_empty());
        self
    }

    pub fn with_project(mut self, project: Option<String>) -> Self {
        self.project = project.filter(|p| !p.trim().is_empty());
        self
    }
}

/// HTTPS anywhere; plain HTTP only to this computer (the simulator).
pub fn validate_base_url(text: &str) -> Result<Url, ConfigError> {
    let trimmed = text.trim().trim_end_matches('/');
    let url = Url::parse(trimmed).map_err(|e| ConfigError::InvalidUrl {
        url: crate::redaction::redact_text(trimmed, &[]).into_owned(),
        reason: e.to_string(),
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        let mut shown = url.clone();
        // The login itself is never repeated back: it may be a secret.
        let _ = shown.set_username("");
        let _ = shown.set_password(None);
        return Err(ConfigError::HasCredentials {
            url: shown.to_string().trim_end_matches('/').to_owned(),
        });
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(ConfigError::Insecure {
            url: trimmed.to_owned(),
        }),
        other => Err(ConfigError::WrongScheme {
            url: trimmed.to_owned(),
            scheme: other.to_owned(),
        }),
    }
}

/// True when the URL points at this computer.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
}

/// How a request carries the key: OpenAI and most providers take `Authorization: Bearer`;
/// Anthropic, Gemini and Azure name a header of their own (reference/providers.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyHeader {
    Bearer,
    Named(&'static str),
}

/// One request to the API, relative to the base URL.
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub method: HttpMethod,
    pub key_header: KeyHeader,
    /// Headers a provider requires beside the key (`anthropic-version`).
    pub headers: Vec<(&'static str, &'static str)>,
    /// Starts with `/`, relative to the base URL (which ends in `/v1`).
    pub path: String,
    pub query: Vec<(String, String)>,
    pub json_body: Option<Value>,
    /// Overrides the client's total timeout for this request.
    pub timeout: Option<Duration>,
}

impl ApiRequest {
    pub fn get(path: impl Into<String>) -> Self {
        ApiRequest {
            method: HttpMethod::Get,
            key_header: KeyHeader::Bearer,
            headers: Vec::new(),
            path: path.into(),
            query: Vec::new(),
            json_body: None,
            timeout: None,
        }
    }

    pub fn post(path: impl Into<String>, body: Value) -> Self {
        ApiRequest {
            method: HttpMethod::Post,
            json_body: Some(body),
            ..ApiRequest::get(path)
        }
    }

    pub fn query(mut self, name: &str, value: impl ToString) -> Self {
        self.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// Adds the cursor of a paged request, when there is one (none asks for the first page).
    pub fn cursor(self, name: &str, cursor: Option<&str>) -> Self {
        match cursor {
            Some(cursor) => self.query(name, cursor),
            None => self,
        }
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The key in the header the provider reads it from, and the headers it requires.
    fn with_key(
        &self,
        builder: reqwest::RequestBuilder,
        key: &SecretString,
    ) -> reqwest::RequestBuilder {
        let builder = match self.key_header {
            KeyHeader::Bearer => builder.bearer_auth(key.expose_secret()),
            KeyHeader::Named(name) => builder.header(name, key.expose_secret()),
        };
        self.headers.iter().fold(builder, |builder, (name, value)| {
            builder.header(*name, *value)
        })
    }
}

/// A complete answer: status, headers we read, and the body (at most `max_body_bytes`).
#[derive(Debug, Clone)]
pub struct ApiResponse {
    pub status: u16,
    pub meta: ResponseMeta,
    pub content_type: String,
    pub body: Bytes,
    /// How many attempts it took (1 when no retry happened).
    pub attempts: u32,
}

impl ApiResponse {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// OpenAI's error envelope, when the body is one.
    pub fn error_body(&self) -> Option<ApiErrorBody> {
        parse_error_envelope(&self.body)
    }

    /// The body as `T` for a success; the matching [`ApiError`] otherwise.
    pub fn into_json<T: DeserializeOwned>(self) -> Result<T, ApiError> {
        if !self.is_success() {
            return Err(self.into_error());
        }
        self.ensure_json()?;
        serde_json::from_slice(&self.body).map_err(|e| {
            if e.is_eof() {
                ApiError::Truncated {
                    status: self.status,
                }
            } else {
                ApiError::BadShape {
                    status: self.status,
                    detail: e.to_string(),
                }
            }
        })
    }

    /// The error this answer stands for (meant for answers that are not a success).
    pub fn into_error(self) -> ApiError {
        if let Some(body) = self.error_body() {
            return ApiError::Api {
                status: self.status,
                body,
                meta: Box::new(self.meta),
            };
        }
        if let Err(error) = self.ensure_json() {
            return error;
        }
        if serde_json::from_slice::<Value>(&self.body).is_err_and(|e| e.is_eof()) {
            return ApiError::Truncated {
                status: self.status,
            };
        }
        ApiError::UnexpectedStatus {
            status: self.status,
            meta: Box::new(self.meta),
        }
    }

    /// A proxy or captive portal answering HTML instead of JSON is caught here.
    pub fn ensure_json(&self) -> Result<(), ApiError> {
        let first = self.body.iter().find(|b| !b.is_ascii_whitespace());
        match first {
            Some(b'{') | Some(b'[') => Ok(()),
            None if self.is_success() => Err(ApiError::Truncated {
                status: self.status,
            }),
            None => Ok(()),
            Some(_) => Err(ApiError::NotJson {
                status: self.status,
                content_type: if self.content_type.is_empty() {
                    "an unknown type".to_owned()
                } else {
                    self.content_type.clone()
                },
                snippet: String::from_utf8_lossy(&self.body[..self.body.len().min(120)])
                    .into_owned(),
            }),
        }
    }

    /// True when OpenAI says this is worth another try: 5xx, or a 429 that is a rate limit
    /// rather than a quota problem (reference section 3: retrying billing errors never helps).
    fn is_retryable(&self) -> bool {
        if self.meta.should_retry == Some(false) {
            return false;
        }
        if self.status >= 500 {
            return true;
        }
        self.status == 429
            && self.error_body().is_some_and(|body| {
                body.code.as_deref() == Some("rate_limit_exceeded")
                    && body.error_type.as_deref() != Some("insufficient_quota")
            })
    }
}

/// The OpenAI client. Cheap to clone: the connection pool is shared.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    /// The same client reaching servers over IPv4 only, for a network whose IPv6 is silent.
    http_ipv4: reqwest::Client,
    /// Set once a request got no answer over IPv6 and then one over IPv4: from then on this
    /// client (and its clones) uses IPv4 only, and checks say so.
    ipv6_silent: Arc<AtomicBool>,
    config: ClientConfig,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, ApiError> {
        // Ring is our TLS crypto provider; installing it twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        Ok(Client {
            http: http_client(&config, false)?,
            http_ipv4: http_client(&config, true)?,
            ipv6_silent: Arc::new(AtomicBool::new(false)),
            config,
        })
    }

    /// True once OpenAI gave no answer over IPv6 and answered over IPv4: the network's IPv6
    /// to OpenAI is broken, which apps on it meet as hangs.
    pub fn ipv6_went_silent(&self) -> bool {
        self.ipv6_silent.load(Ordering::Relaxed)
    }

    /// The same client (and connection pool) sending other organization or project headers;
    /// `None` keeps the client's own.
    pub fn with_headers(&self, organization: Option<String>, project: Option<String>) -> Client {
        let mut config = self.config.clone();
        if organization.is_some() {
            config = config.with_organization(organization);
        }
        if project.is_some() {
            config = config.with_project(project);
        }
        Client {
            http: self.http.clone(),
            http_ipv4: self.http_ipv4.clone(),
            ipv6_silent: self.ipv6_silent.clone(),
            config,
        }
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    pub fn base_url(&self) -> &Url {
        &self.config.base_url
    }

    /// Sends the request, retrying 5xx and `rate_limit_exceeded` at most `max_retries` times.
    /// Any complete answer is returned as `Ok`, whatever its status; `Err` means no usable answer.
    pub async fn send(
        &self,
        key: &SecretString,
        request: &ApiRequest,
    ) -> Result<ApiResponse, ApiError> {
        let mut attempt = 1;
        loop {
            let mut response = self.send_once_any_family(key, request).await?;
            response.attempts = attempt;
            if attempt > self.config.max_retries || !response.is_retryable() {
                return Ok(response);
            }
            let wait = response
                .meta
                .retry_after
                .unwrap_or_else(|| Duration::from_millis(500 * 2u64.pow(attempt - 1)));
            if wait > self.config.max_retry_wait {
                return Ok(response);
            }
            tracing::debug!(path = %request.path, status = response.status, ?wait, "retrying");
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// GET and decode a success, or the error the answer stands for.
    pub async fn get_json<T: DeserializeOwned>(
        &self,
        key: &SecretString,
        request: ApiRequest,
    ) -> Result<T, ApiError> {
        self.send(key, &request).await?.into_json()
    }

    /// `send_once`; and when no answer came while the server also has IPv6 addresses this
    /// computer can reach, once more over IPv4 (which the client then keeps to). A connection
    /// that IPv6 refuses falls back by itself (Happy Eyeballs); one that IPv6 accepts and then
    /// leaves silent, as a broken IPv6 path does, would otherwise fail every check.
    async fn send_once_any_family(
        &self,
        key: &SecretString,
        request: &ApiRequest,
    ) -> Result<ApiResponse, ApiError> {
        if self.ipv6_went_silent() {
            return self.send_once(&self.http_ipv4, key, request).await;
        }
        match self.send_once(&self.http, key, request).await {
            Err(ApiError::Timeout { .. }) if self.reachable_over_both_families().await => {
                let answer = self.send_once(&self.http_ipv4, key, request).await;
                if answer.is_ok() {
                    self.ipv6_silent.store(true, Ordering::Relaxed);
                }
                answer
            }
            other => other,
        }
    }

    /// True when the server's name has IPv4 addresses and IPv6 ones this computer has a route
    /// to (a route costs nothing to ask: a UDP socket's connect sends no packet).
    async fn reachable_over_both_families(&self) -> bool {
        let url = &self.config.base_url;
        let (Some(url::Host::Domain(host)), Some(port)) = (url.host(), url.port_or_known_default())
        else {
            return false;
        };
        let host = host.to_ascii_lowercase();
        let given = self.config.addresses_for(&host);
        let addresses = if given.is_empty() {
            match tokio::net::lookup_host((host.as_str(), port)).await {
                Ok(found) => found.collect(),
                Err(_) => return false,
            }
        } else {
            given
        };
        let routed_ipv6 = addresses.iter().filter(|a| a.is_ipv6()).any(|address| {
            std::net::UdpSocket::bind("[::]:0").is_ok_and(|socket| socket.connect(address).is_ok())
        });
        routed_ipv6 && addresses.iter().any(SocketAddr::is_ipv4)
    }

    async fn send_once(
        &self,
        http: &reqwest::Client,
        key: &SecretString,
        request: &ApiRequest,
    ) -> Result<ApiResponse, ApiError> {
        let url = self.url_for(&request.path);
        let timeout = request.timeout.unwrap_or(self.config.request_timeout);
        let mut builder = match request.method {
            HttpMethod::Get => http.get(url.clone()),
            HttpMethod::Post => http.post(url.clone()),
        }
        .timeout(timeout);
        builder = request.with_key(builder, key);
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if let Some(organization) = &self.config.organization {
            builder = builder.header("OpenAI-Organization", organization);
        }
        if let Some(project) = &self.config.project {
            builder = builder.header("OpenAI-Project", project);
        }
        if let Some(body) = &request.json_body {
            builder = builder.json(body);
        }
        let mut response = builder
            .send()
            .await
            .map_err(|e| classify_transport_error(&e, &url, timeout))?;
        let status = response.status().as_u16();
        let meta = ResponseMeta::from_headers(status, response.headers());
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let limit = self.config.max_body_bytes;
        if response
            .content_length()
            .is_some_and(|len| len as usize > limit)
        {
            return Err(ApiError::TooLarge { status, limit });
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > limit {
                        return Err(ApiError::TooLarge { status, limit });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) if e.is_timeout() => {
                    return Err(ApiError::Timeout {
                        host: host_of(&url),
                        after: timeout,
                    });
                }
                Err(_) => return Err(ApiError::Truncated { status }),
            }
        }
        // The gate: some proxies repeat the key they were sent; nothing after this sees it.
        let body = match crate::redaction::redact_bytes(&body, &[key]) {
            std::borrow::Cow::Borrowed(_) => body,
            std::borrow::Cow::Owned(redacted) => redacted,
        };
        Ok(ApiResponse {
            status,
            meta: meta.redacted(key),
            content_type,
            body: Bytes::from(body),
            attempts: 1,
        })
    }

    fn url_for(&self, path: &str) -> Url {
        let mut url = self.config.base_url.clone();
        let joined = format!("{}{}", url.path().trim_end_matches('/'), path);
        url.set_path(&joined);
        url
    }

    pub async fn me(&self, key: &SecretString) -> Result<Me, ApiError> {
        self.get_json(key, ApiRequest::get("/me")).await
    }

    pub async fn models(&self, key: &SecretString) -> Result<ModelList, ApiError> {
        self.get_json(key, ApiRequest::get("/models")).await
    }

    /// One page of `/organization/usage/{kind}`; `page` is the previous page's `next_page`.
    pub async fn usage_page(
        &self,
        key: &SecretString,
        kind: UsageKind,
        query: &UsageQuery,
        page: Option<&str>,
    ) -> Result<Page<UsageBucket>, ApiError> {
        let path = format!("/organization/usage/{}", kind.path());
        self.bucket_page(key, path, query.to_query(), page).await
    }

    /// One page of buckets (usage or costs) for a query.
    async fn bucket_page<T: DeserializeOwned>(
        &self,
        key: &SecretString,
        path: impl Into<String>,
        query: Vec<(String, String)>,
        page: Option<&str>,
    ) -> Result<Page<T>, ApiError> {
        let request = ApiRequest {
            query,
            ..ApiRequest::get(path)
        };
        self.get_json(key, request.cursor("page", page)).await
    }

    /// Every bucket of a usage query, following `next_page` to the end.
    pub async fn usage_all(
        &self,
        key: &SecretString,
        kind: UsageKind,
        query: &UsageQuery,
    ) -> Result<Vec<UsageBucket>, ApiError> {
        walk_pages(|page| async move { self.usage_page(key, kind, query, page.as_deref()).await })
            .await
    }

    pub async fn costs_page(
        &self,
        key: &SecretString,
        query: &CostsQuery,
        page: Option<&str>,
    ) -> Result<Page<CostBucket>, ApiError> {
        self.bucket_page(key, "/organization/costs", query.to_query(), page)
            .await
    }

    pub async fn costs_all(
        &self,
        key: &SecretString,
        query: &CostsQuery,
    ) -> Result<Vec<CostBucket>, ApiError> {
        walk_pages(|page| async move { self.costs_page(key, query, page.as_deref()).await }).await
    }

    pub async fn projects_page(
        &self,
        key: &SecretString,
        after: Option<&str>,
        limit: u32,
    ) -> Result<ListPage<Project>, ApiError> {
        let request = ApiRequest::get("/organization/projects")
            .query("limit", limit)
            .query("include_archived", true)
            .cursor("after", after);
        self.get_json(key, request).await
    }

    /// Every project, archived ones included (their usage still counts).
    pub async fn projects_all(&self, key: &SecretString) -> Result<Vec<Project>, ApiError> {
        let limit = self.config.list_page_limit;
        walk_list(|after| async move { self.projects_page(key, after.as_deref(), limit).await })
            .await
    }

    pub async fn project_api_keys_page(
        &self,
        key: &SecretString,
        project_id: &str,
        after: Option<&str>,
        limit: u32,
    ) -> Result<ListPage<ProjectApiKey>, ApiError> {
        let request = ApiRequest::get(format!("/organization/projects/{project_id}/api_keys"))
            .query("limit", limit)
            .cursor("after", after);
        self.get_json(key, request).await
    }

    pub async fn project_api_keys_all(
        &self,
        key: &SecretString,
        project_id: &str,
    ) -> Result<Vec<ProjectApiKey>, ApiError> {
        let limit = self.config.list_page_limit;
        walk_list(|after| async move {
            self.project_api_keys_page(key, project_id, after.as_deref(), limit)
                .await
        })
        .await
    }
}

/// Pages of the usage and costs endpoints, chained by `next_page`. `fetch` gets the cursor
/// (`None` for the first page); a cursor that repeats itself ends the walk instead of looping.
pub async fn walk_pages<T, F, Fut>(mut fetch: F) -> Result<Vec<T>, ApiError>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>, ApiError>>,
{
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = fetch(cursor.clone()).await?;
        items.extend(page.data);
        match page.next_page {
            Some(next) if page.has_more && cursor.as_deref() != Some(next.as_str()) => {
                cursor = Some(next)
            }
            _ => return Ok(items),
        }
    }
}

/// Pages of the list endpoints, chained by `after` = the last id.
pub(crate) async fn walk_list<T, F, Fut>(mut fetch: F) -> Result<Vec<T>, ApiError>
where
    T: super::types::HasId,
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<ListPage<T>, ApiError>>,
{
    let mut items: Vec<T> = Vec::new();
    let mut after = None;
    loop {
        let page = fetch(after.take()).await?;
        let has_more = page.has_more;
        let last = page
            .last_id
            .clone()
            .or_else(|| page.data.last().map(|item| item.id().to_owned()));
        items.extend(page.data);
        match last {
            Some(last) if has_more => after = Some(last),
            _ => return Ok(items),
        }
    }
}

fn host_of(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => url.as_str().to_owned(),
    }
}

/// rustls reports through io::Errors nested in io::Errors, whose `source()` skips the inner error.
fn rustls_error_inside(io: &std::io::Error) -> Option<&rustls::Error> {
    let inner = io.get_ref()?;
    if let Some(tls) = inner.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    rustls_error_inside(inner.downcast_ref::<std::io::Error>()?)
}

/// A failure at the proxy, told by the CONNECT tunnel's own error (hyper-util's TunnelError,
/// whose words are all there is to read).
fn proxy_problem(error: &reqwest::Error) -> Option<ProxyProblem> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = error.source();
    while let Some(cause) = source {
        let words = cause.to_string();
        if let Some(tunnel) = words.strip_prefix("tunnel error: ") {
            return Some(match tunnel {
                "proxy authorization required" => ProxyProblem::NeedsLogin,
                "failed to create underlying connection" => ProxyProblem::Unreachable,
                _ => ProxyProblem::Refused,
            });
        }
        source = cause.source();
    }
    None
}

/// The HTTP client for `config`; with `ipv4_only`, one that connects over IPv4 alone.
fn http_client(config: &ClientConfig, ipv4_only: bool) -> Result<reqwest::Client, ApiError> {
    let transport = |e: reqwest::Error| ApiError::Transport {
        detail: e.to_string(),
    };
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("key-doctor/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(config.connect_timeout)
        .timeout(config.request_timeout)
        // A redirect could carry the key elsewhere; OpenAI does not redirect API calls.
        .redirect(reqwest::redirect::Policy::none());
    if ipv4_only {
        // Bound to an IPv4 address, the connector leaves the server's IPv6 addresses out.
        builder = builder.local_address(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    }
    // Each host with all its addresses (a host given twice is set twice, to the same list).
    for (host, _) in &config.resolve {
        builder = builder.resolve_to_addrs(host, &config.addresses_for(host));
    }
    if let Some(proxy) = config.desktop_proxy_to_use() {
        builder = builder.proxy(reqwest::Proxy::all(proxy.as_str()).map_err(transport)?);
    }
    builder.build().map_err(transport)
}

/// The proxy the system's settings send requests for `url` through ("proxy.example:3128"),
/// with any login left out; `None` when requests go straight out.
fn proxy_for(url: &Url) -> Option<String> {
    proxy_by(
        &hyper_util::client::proxy::matcher::Matcher::from_system(),
        url,
    )
}

/// The proxy `matcher` sends requests for `url` through, as `proxy_for` says it.
fn proxy_by(matcher: &hyper_util::client::proxy::matcher::Matcher, url: &Url) -> Option<String> {
    let uri: hyper::http::Uri = url.as_str().parse().ok()?;
    let intercept = matcher.intercept(&uri)?;
    let proxy = Url::parse(&intercept.uri().to_string()).ok()?;
    Some(host_and_port(&proxy))
}

/// A proxy as the status line names it: "proxy.example:3128", never its login.
fn host_and_port(proxy: &Url) -> String {
    let host = proxy.host_str().unwrap_or_default();
    match proxy.port_or_known_default() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

/// A TLS failure: a refused certificate said by its meaning, anything else as it is.
fn tls_failure(host: String, tls: &rustls::Error) -> ApiError {
    use rustls::CertificateError as Refused;
    let rustls::Error::InvalidCertificate(refused) = tls else {
        return ApiError::Tls {
            host,
            detail: tls.to_string(),
        };
    };
    let problem = match refused {
        Refused::UnknownIssuer | Refused::BadSignature | Refused::BadEncoding => {
            CertificateProblem::Untrusted
        }
        Refused::Expired | Refused::ExpiredContext { .. } => CertificateProblem::Expired,
        Refused::NotValidYet | Refused::NotValidYetContext { .. } => {
            CertificateProblem::NotYetValid
        }
        Refused::NotValidForName | Refused::NotValidForNameContext { .. } => {
            CertificateProblem::WrongName
        }
        Refused::Revoked => CertificateProblem::Revoked,
        // webpki's "CA used as end entity": a self-signed certificate of an intercepting box.
        Refused::Other(other) if format!("{other:?}").contains("CaUsedAsEndEntity") => {
            CertificateProblem::Untrusted
        }
        _ => CertificateProblem::Other,
    };
    ApiError::Certificate {
        host,
        problem,
        detail: tls.to_string(),
    }
}

/// Turns reqwest's error into the failure a person can be told about.
fn classify_transport_error(error: &reqwest::Error, url: &Url, timeout: Duration) -> ApiError {
    let host = host_of(url);
    if error.is_timeout() {
        return ApiError::Timeout {
            host,
            after: timeout,
        };
    }
    if let Some(problem) = proxy_problem(error) {
        return ApiError::Proxy { problem };
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = error.source();
    let mut chain_text = String::new();
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind;
            if let Some(tls) = rustls_error_inside(io) {
                return tls_failure(host, tls);
            }
            match io.kind() {
                ErrorKind::ConnectionRefused => return ApiError::ConnectionRefused { host },
                ErrorKind::ConnectionReset
                | ErrorKind::ConnectionAborted
                | ErrorKind::BrokenPipe
                | ErrorKind::UnexpectedEof => return ApiError::ConnectionReset { host },
                ErrorKind::TimedOut => {
                    return ApiError::Timeout {
                        host,
                        after: timeout,
                    };
                }
                _ => {}
            }
        }
        if let Some(tls) = cause.downcast_ref::<rustls::Error>() {
            return tls_failure(host, tls);
        }
        if let Some(hyper_error) = cause.downcast_ref::<hyper::Error>()
            && hyper_error.is_incomplete_message()
        {
            return ApiError::ConnectionReset { host };
        }
        chain_text.push_str(&cause.to_string().to_ascii_lowercase());
        chain_text.push(' ');
        source = cause.source();
    }
    if chain_text.contains("dns error") || chain_text.contains("failed to lookup address") {
        return ApiError::Dns {
            host: url.host_str().unwrap_or_default().to_owned(),
        };
    }
    if chain_text.contains("tls")
        || chain_text.contains("certificate")
        || chain_text.contains("handshake")
    {
        return ApiError::Tls {
            host,
            detail: chain_text.trim().to_owned(),
        };
    }
    ApiError::Transport {
        detail: format!("{error}: {}", chain_text.trim()),
    }
}

#[cfg(test)]
mod tests {
    /// The desktop's proxy was named for one host: another address does not inherit it.
    #[test]
    fn another_host_does_not_keep_the_desktop_s_proxy() {
        let mut config = ClientConfig::new("https://api.openai.com/v1").expect("valid");
        config.desktop_proxy = Url::parse("http://proxy.example:3128").ok();
        let same = config
            .clone()
            .with_base_url("https://api.openai.com/v1/")
            .expect("valid");
        assert_eq!(same.proxy_in_use().as_deref(), Some("proxy.example:3128"));
        let other = config
            .with_base_url("http://127.0.0.1:8080/v1")
            .expect("valid");
        assert_eq!(other.desktop_proxy, None);
    }

    /// Each way rustls refuses a certificate is told by its meaning; a revoked one too, which
    /// the tests cannot present for real (the platform verifier checks no revocation lists on
    /// Linux, where they run).
    #[test]
    fn each_refused_certificate_is_told_by_its_meaning() {
        use rustls::CertificateError as Refused;
        let cases = [
            (Refused::UnknownIssuer, CertificateProblem::Untrusted),
            (Refused::Expired, CertificateProblem::Expired),
            (Refused::NotValidYet, CertificateProblem::NotYetValid),
            (Refused::NotValidForName, CertificateProblem::WrongName),
            (Refused::Revoked, CertificateProblem::Revoked),
        ];
        for (refused, expected) in cases {
            let error = tls_failure(
                "api.openai.com".to_owned(),
                &rustls::Error::InvalidCertificate(refused),
            );
            assert!(
                matches!(error, ApiError::Certificate { problem, .. } if problem == expected),
                "{error:?}"
            );
        }
        let revoked = tls_failure(
            "api.openai.com".to_owned(),
            &rustls::Error::InvalidCertificate(Refused::Revoked),
        );
        let verdict = crate::checks::Verdict::for_finding(
            crate::checks::VerdictCode::NetworkError,
            &crate::checks::Finding {
                sub_code: revoked.path_sub_code().map(str::to_owned),
                ..Default::default()
            },
            &crate::checks::VerdictContext::default(),
        );
        assert!(
            verdict.summary().contains("withdrawn by whoever issued it"),
            "{}",
            verdict.summary()
        );
        assert!(verdict.summary().contains("Trying again will not help"));
    }

    use super::*;

    #[test]
    fn the_proxy_is_named_without_its_login_and_no_proxy_holds() {
        use hyper_util::client::proxy::matcher::Matcher;
        let openai = Url::parse("https://api.openai.com/v1").expect("url");
        let matcher = Matcher::builder()
            .https("http://ana:secret@proxy.example:3128")
            .no("localhost")
            .build();
        assert_eq!(
            proxy_by(&matcher, &openai).as_deref(),
            Some("proxy.example:3128")
        );
        let local = Url::parse("http://localhost:8080/v1").expect("url");
        assert_eq!(proxy_by(&matcher, &local), None);
        let direct = Matcher::builder().build();
        assert_eq!(proxy_by(&direct, &openai), None);
    }

    #[test]
    fn base_urls_must_be_https_unless_loopback() {
        assert!(validate_base_url("https://api.openai.com/v1").is_ok());
        assert!(validate_base_url("http://127.0.0.1:8080/v1").is_ok());
        assert!(validate_base_url("http://localhost:8080/v1/").is_ok());
        assert!(validate_base_url("http://[::1]:9/v1").is_ok());
        assert!(matches!(
            validate_base_url("http://api.openai.com/v1"),
            Err(ConfigError::Insecure { .. })
        ));
        assert!(matches!(
            validate_base_url("ftp://example.com"),
            Err(ConfigError::WrongScheme { .. })
        ));
        assert!(matches!(
            validate_base_url("not a url"),
            Err(ConfigError::InvalidUrl { .. })
        ));
    }

    #[test]
    fn paths_join_onto_the_base_path() {
        let client = Client::new(ClientConfig::new("https://api.openai.com/v1/").expect("valid"))
            .expect("client");
        assert_eq!(
            client.url_for("/models").as_str(),
            "https://api.openai.com/v1/models"
        );
    }
}
