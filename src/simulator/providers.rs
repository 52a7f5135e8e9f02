//! The providers other than OpenAI: Anthropic, Gemini, OpenRouter, Groq, Mistral, Azure OpenAI,
//! xAI and DeepSeek, each under its own first path segment (`/anthropic/v1/models`). They answer
//! the free requests Key Doctor makes with the bodies of the provider wire reference
//! (providers.md); `[I]` marks an answer the reference could not confirm. Only GET routes exist,
//! and none of them generates anything.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use serde_json::{Value, json};

use super::scenarios::fnv;

// Anthropic's usage and cost report for its Admin key (a file of its own beside this one).
#[path = "anthropic_usage.rs"]
mod anthropic_usage;

/// A key of another provider, in one situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderScenario {
    AnthropicValid,
    AnthropicRevoked,
    AnthropicOrgDisabled,
    AnthropicRegion,
    AnthropicRateLimited,
    AnthropicAdmin,
    GeminiValid,
    GeminiStandardKey,
    GeminiStandardRefused,
    GeminiInvalid,
    GeminiLeaked,
    GeminiNotEnabled,
    GeminiRegion,
    // Serialized as `id()` spells them: the provider slug is one word.
    #[serde(rename = "openrouter_valid")]
    OpenRouterValid,
    #[serde(rename = "openrouter_free_tier")]
    OpenRouterFreeTier,
    #[serde(rename = "openrouter_key_limit")]
    OpenRouterKeyLimit,
    #[serde(rename = "openrouter_revoked")]
    OpenRouterRevoked,
    GroqPaid,
    GroqFreePlan,
    GroqRevoked,
    GroqRestricted,
    GroqBlocked,
    MistralValid,
    MistralRevoked,
    MistralRateLimited,
    AzureValid,
    AzureRevoked,
    AzureFirewall,
    XaiValid,
    XaiRevoked,
    XaiDisabled,
    XaiTeamBlocked,
    #[serde(rename = "deepseek_valid")]
    DeepSeekValid,
    #[serde(rename = "deepseek_no_balance")]
    DeepSeekNoBalance,
    #[serde(rename = "deepseek_revoked")]
    DeepSeekRevoked,
}

use ProviderScenario as S;

impl ProviderScenario {
    pub const ALL: [ProviderScenario; 35] = [
        S::AnthropicValid,
        S::AnthropicRevoked,
        S::AnthropicOrgDisabled,
        S::AnthropicRegion,
        S::AnthropicRateLimited,
        S::AnthropicAdmin,
        S::GeminiValid,
        S::GeminiStandardKey,
        S::GeminiStandardRefused,
        S::GeminiInvalid,
        S::GeminiLeaked,
        S::GeminiNotEnabled,
        S::GeminiRegion,
        S::OpenRouterValid,
        S::OpenRouterFreeTier,
        S::OpenRouterKeyLimit,
        S::OpenRouterRevoked,
        S::GroqPaid,
        S::GroqFreePlan,
        S::GroqRevoked,
        S::GroqRestricted,
        S::GroqBlocked,
        S::MistralValid,
        S::MistralRevoked,
        S::MistralRateLimited,
        S::AzureValid,
        S::AzureRevoked,
        S::AzureFirewall,
        S::XaiValid,
        S::XaiRevoked,
        S::XaiDisabled,
        S::XaiTeamBlocked,
        S::DeepSeekValid,
        S::DeepSeekNoBalance,
        S::DeepSeekRevoked,
    ];

    pub fn id(self) -> &'static str {
        match self {
            S::AnthropicValid => "anthropic_valid",
            S::AnthropicRevoked => "anthropic_revoked",
            S::AnthropicOrgDisabled => "anthropic_org_disabled",
            S::AnthropicRegion => "anthropic_region",
            S::AnthropicRateLimited => "anthropic_rate_limited",
            S::AnthropicAdmin => "anthropic_admin",
            S::GeminiValid => "gemini_valid",
            S::GeminiStandardKey => "gemini_standard_key",
            S::GeminiStandardRefused => "gemini_standard_refused",
            S::GeminiInvalid => "gemini_invalid",
            S::GeminiLeaked => "gemini_leaked",
            S::GeminiNotEnabled => "gemini_not_enabled",
            S::GeminiRegion => "gemini_region",
            S::OpenRouterValid => "openrouter_valid",
            S::OpenRouterFreeTier => "openrouter_free_tier",
            S::OpenRouterKeyLimit => "openrouter_key_limit",
            S::OpenRouterRevoked => "openrouter_revoked",
            S::GroqPaid => "groq_paid",
            S::GroqFreePlan => "groq_free_plan",
            S::GroqRevoked => "groq_revoked",
            S::GroqRestricted => "groq_restricted",
            S::GroqBlocked => "groq_blocked",
            S::MistralValid => "mistral_valid",
            S::MistralRevoked => "mistral_revoked",
            S::MistralRateLimited => "mistral_rate_limited",
            S::AzureValid => "azure_valid",
            S::AzureRevoked => "azure_revoked",
            S::AzureFirewall => "azure_firewall",
            S::XaiValid => "xai_valid",
            S::XaiRevoked => "xai_revoked",
            S::XaiDisabled => "xai_disabled",
            S::XaiTeamBlocked => "xai_team_blocked",
            S::DeepSeekValid => "deepseek_valid",
            S::DeepSeekNoBalance => "deepseek_no_balance",
            S::DeepSeekRevoked => "deepseek_revoked",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The provider's slug: `anthropic`, `gemini`, `openrouter`, `groq`, `mistral`,
    /// `azure_openai`, `xai` or `deepseek`.
    pub fn provider(self) -> &'static str {
        self.provider_kind().slug()
    }

    /// What the key is, in words, for the demo's key list.
    pub fn description(self) -> &'static str {
        match self {
            S::AnthropicValid => "Anthropic key that works",
            S::AnthropicRevoked => "Anthropic key that was revoked",
            S::AnthropicOrgDisabled => "Anthropic key of a disabled organization",
            S::AnthropicRegion => "Anthropic key used from an unsupported country",
            S::AnthropicRateLimited => "Anthropic key that is being rate limited",
            S::AnthropicAdmin => "Anthropic Admin key",
            S::GeminiValid => "Gemini key that works",
            S::GeminiStandardKey => {
                "Gemini key of the old kind, restricted to the Gemini API (still answered, being retired)"
            }
            S::GeminiStandardRefused => "Gemini key of the old kind, refused since June 2026",
            S::GeminiInvalid => "Gemini key that is not valid",
            S::GeminiLeaked => "Gemini key reported as leaked",
            S::GeminiNotEnabled => "Gemini key of a project without the Generative Language API",
            S::GeminiRegion => "Gemini key used from an unsupported country",
            S::OpenRouterValid => "OpenRouter key that works",
            S::OpenRouterFreeTier => "OpenRouter key of an account that never bought credits",
            S::OpenRouterKeyLimit => "OpenRouter key that has used up its spending limit",
            S::OpenRouterRevoked => "OpenRouter key that was deleted",
            S::GroqPaid => "Groq key on the Developer plan",
            S::GroqFreePlan => "Groq key on the free plan",
            S::GroqRevoked => "Groq key that was revoked",
            S::GroqRestricted => "Groq key of a restricted organization",
            S::GroqBlocked => "Groq key used from a network Cloudflare blocks",
            S::MistralValid => "Mistral key that works",
            S::MistralRevoked => "Mistral key that was revoked",
            S::MistralRateLimited => "Mistral key that is being rate limited",
            S::AzureValid => "Azure OpenAI key that works with its endpoint",
            S::AzureRevoked => "Azure OpenAI key that was regenerated",
            S::AzureFirewall => "Azure OpenAI key of a resource behind a firewall",
            S::XaiValid => "xAI key that works",
            S::XaiRevoked => "xAI key that was deleted",
            S::XaiDisabled => "xAI key that was disabled",
            S::XaiTeamBlocked => "xAI key of a blocked team",
            S::DeepSeekValid => "DeepSeek key with credit",
            S::DeepSeekNoBalance => "DeepSeek key with no balance left",
            S::DeepSeekRevoked => "DeepSeek key that was deleted",
        }
    }

    /// The made-up secret of this scenario's key, in its provider's shape: `demo` and the
    /// scenario's id where the charset allows, then filler from the id's hash.
    pub fn secret(self) -> String {
        let id = self.id();
        let marked = |len, charset| demo_body(id, "demo_", len, charset);
        match self.provider_kind() {
            Provider::Anthropic => {
                // Assembled so no source line looks like a real key.
                let prefix = if self == S::AnthropicAdmin {
                    concat!("sk-ant-", "admin01-")
                } else {
                    concat!("sk-ant-", "api03-")
                };
                format!("{prefix}{}AA", marked(93, URL_SAFE))
            }
            Provider::Gemini => match self {
                S::GeminiStandardKey | S::GeminiStandardRefused => {
                    format!("{}{}", concat!("AIza", "Sy"), marked(33, URL_SAFE))
                }
                _ => format!("AQ.{}", marked(50, URL_SAFE)),
            },
            Provider::OpenRouter => format!("{}{}", concat!("sk-or-", "v1-"), marked(64, HEX)),
            Provider::Groq => format!("gsk_{}", marked(52, ALNUM)),
            // A capital and a letter beyond `f` up front, so it is never read as hex.
            Provider::Mistral => demo_body(id, "Demo", 32, ALNUM),
            // Azure's 84-character layout: markers at offsets 52, 67 and 76.
            Provider::Azure => format!(
                "{}{}{}{}{}{}{}",
                marked(52, ALNUM),
                AZURE_MARKS[0],
                expand(&format!("{id}/1"), 9, ALNUM),
                AZURE_MARKS[1],
                expand(&format!("{id}/2"), 1, ALNUM),
                AZURE_MARKS[2],
                expand(&format!("{id}/3"), 4, ALNUM),
            ),
            Provider::Xai => format!("xai-{}", marked(80, WORD)),
            Provider::DeepSeek => format!("sk-{}", marked(32, LOWER_ALNUM)),
        }
    }

    fn provider_kind(self) -> Provider {
        match self {
            S::AnthropicValid
            | S::AnthropicRevoked
            | S::AnthropicOrgDisabled
            | S::AnthropicRegion
            | S::AnthropicRateLimited
            | S::AnthropicAdmin => Provider::Anthropic,
            S::GeminiValid
            | S::GeminiStandardKey
            | S::GeminiStandardRefused
            | S::GeminiInvalid
            | S::GeminiLeaked
            | S::GeminiNotEnabled
            | S::GeminiRegion => Provider::Gemini,
            S::OpenRouterValid
            | S::OpenRouterFreeTier
            | S::OpenRouterKeyLimit
            | S::OpenRouterRevoked => Provider::OpenRouter,
            S::GroqPaid | S::GroqFreePlan | S::GroqRevoked | S::GroqRestricted | S::GroqBlocked => {
                Provider::Groq
            }
            S::MistralValid | S::MistralRevoked | S::MistralRateLimited => Provider::Mistral,
            S::AzureValid | S::AzureRevoked | S::AzureFirewall => Provider::Azure,
            S::XaiValid | S::XaiRevoked | S::XaiDisabled | S::XaiTeamBlocked => Provider::Xai,
            S::DeepSeekValid | S::DeepSeekNoBalance | S::DeepSeekRevoked => Provider::DeepSeek,
        }
    }
}

const URL_SAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const WORD: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const HEX: &[u8] = b"0123456789abcdef";
/// The fixed pieces every Azure AI services key carries (reference 6.1).
const AZURE_MARKS: [&str; 3] = ["JQQJ99", "XJ3w3AAA", "ACOG"];

/// `mark` and `id` with the characters the charset lacks left out, then filler: `len` in all.
fn demo_body(id: &str, mark: &str, len: usize, charset: &[u8]) -> String {
    let mut text: String = format!("{mark}{id}")
        .chars()
        .filter(|c| c.is_ascii() && charset.contains(&(*c as u8)))
        .take(len)
        .collect();
    let rest = len - text.len();
    text.push_str(&expand(id, rest, charset));
    text
}

/// `len` characters of `charset`, the same for the same seed: splitmix64 spreads the seed's one
/// FNV hash over as many characters as needed.
fn expand(seed: &str, len: usize, charset: &[u8]) -> String {
    let mut state = fnv(seed);
    (0..len)
        .map(|_| {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            char::from(charset[(z % charset.len() as u64) as usize])
        })
        .collect()
}

/// A fresh id for a response header or body, different on every call.
fn request_id(len: usize, charset: &[u8]) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    expand(
        &format!("request-{}", COUNTER.fetch_add(1, Ordering::Relaxed)),
        len,
        charset,
    )
}

/// The last `n` characters of a key (keys come from the network, so no byte slicing).
fn last_chars(key: &str, n: usize) -> String {
    let count = key.chars().count();
    key.chars().skip(count.saturating_sub(n)).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provider {
    Anthropic,
    Gemini,
    OpenRouter,
    Groq,
    Mistral,
    Azure,
    Xai,
    DeepSeek,
}

impl Provider {
    const ALL: [Provider; 8] = [
        Provider::Anthropic,
        Provider::Gemini,
        Provider::OpenRouter,
        Provider::Groq,
        Provider::Mistral,
        Provider::Azure,
        Provider::Xai,
        Provider::DeepSeek,
    ];

    fn slug(self) -> &'static str {
        match self {
            Provider::Anthropic => "anthropic",
            Provider::Gemini => "gemini",
            Provider::OpenRouter => "openrouter",
            Provider::Groq => "groq",
            Provider::Mistral => "mistral",
            Provider::Azure => "azure_openai",
            Provider::Xai => "xai",
            Provider::DeepSeek => "deepseek",
        }
    }

    /// The first path segment it answers under.
    fn route(self) -> &'static str {
        match self {
            Provider::Azure => "azure",
            other => other.slug(),
        }
    }

    /// What Key Doctor's base URL adds after the route: the provider's own base path (for Azure,
    /// the resource that makes the endpoint).
    fn base_path(self) -> &'static str {
        match self {
            Provider::OpenRouter => "/api/v1",
            Provider::Azure => concat!("/", "demo-resource"),
            _ => "",
        }
    }

    /// The provider whose route `path` is under.
    fn of_path(path: &str) -> Option<Provider> {
        let (segment, _) = path.strip_prefix('/')?.split_once('/')?;
        Provider::ALL.into_iter().find(|p| p.route() == segment)
    }
}

/// The only Azure resource this simulator has.
const AZURE_RESOURCE: &str = "demo-resource";

/// `http://127.0.0.1:PORT` + the provider's route and base path; `root/<slug>` for a slug the
/// simulator does not know.
pub(crate) fn base_url(root: &str, slug: &str) -> String {
    match Provider::ALL.into_iter().find(|p| p.slug() == slug) {
        Some(provider) => format!("{root}/{}{}", provider.route(), provider.base_path()),
        None => format!("{root}/{slug}"),
    }
}

/// A request to one of the providers, as they read it.
pub(crate) struct ProviderRequest {
    provider: Provider,
    method: String,
    /// Below the route: `/v1/models` for `/anthropic/v1/models`.
    path: String,
    query: Vec<(String, String)>,
    key: Option<String>,
    anthropic_version: bool,
}

impl ProviderRequest {
    /// `None` when `path` is not under a provider's route. `header` looks a header up by its
    /// lowercase name.
    pub(crate) fn new(
        method: &str,
        path: &str,
        query: Option<&str>,
        header: impl Fn(&str) -> Option<String>,
    ) -> Option<ProviderRequest> {
        let provider = Provider::of_path(path)?;
        let below = path
            .get(1 + provider.route().len()..)
            .unwrap_or_default()
            .to_owned();
        let query: Vec<(String, String)> = query
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        let bearer =
            || header("authorization").and_then(|v| v.strip_prefix("Bearer ").map(str::to_owned));
        // Each provider's own way of sending the key (reference 1.2, 2.2, 6.2; Bearer elsewhere).
        let key = match provider {
            Provider::Anthropic => header("x-api-key"),
            Provider::Gemini => header("x-goog-api-key").or_else(|| {
                query
                    .iter()
                    .find(|(name, _)| name == "key")
                    .map(|(_, value)| value.clone())
            }),
            Provider::Azure => header("api-key"),
            _ => bearer(),
        }
        .map(|key| key.trim().to_owned())
        .filter(|key| !key.is_empty());
        Some(ProviderRequest {
            provider,
            method: method.to_owned(),
            path: below,
            query,
            key,
            anthropic_version: header("anthropic-version").is_some(),
        })
    }

    /// The key sent, for a fault that echoes it.
    pub(crate) fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The key's scenario; a key of another provider is no scenario here.
    fn scenario(&self) -> Option<ProviderScenario> {
        let key = self.key.as_deref()?;
        ProviderScenario::ALL
            .into_iter()
            .filter(|s| s.provider_kind() == self.provider)
            .find(|s| s.secret() == key)
    }

    /// How the log and the fault rules name the key: its scenario id, `unknown`, or `None`
    /// when none was sent.
    pub(crate) fn scenario_id(&self) -> Option<&'static str> {
        self.key
            .as_ref()
            .map(|_| self.scenario().map_or("unknown", ProviderScenario::id))
    }

    /// The query for the log, with a key sent in it (Gemini's `key=`) left out.
    pub(crate) fn logged_query(&self) -> Vec<(String, String)> {
        self.query
            .iter()
            .map(|(name, value)| {
                let value = if name == "key" {
                    "[redacted]".to_owned()
                } else {
                    value.clone()
                };
                (name.clone(), value)
            })
            .collect()
    }

    fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
    }

    fn is_get(&self, path: &str) -> bool {
        self.method == "GET" && self.path == path
    }
}

/// A provider's answer before faults: status, content type, its own headers and the body.
pub(crate) struct ProviderReply {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl ProviderReply {
    fn json(status: u16, body: Value) -> ProviderReply {
        ProviderReply {
            status,
            content_type: "application/json",
            headers: Vec::new(),
            body: body.to_string(),
        }
    }

    fn with_header(mut self, name: &'static str, value: impl Into<String>) -> ProviderReply {
        self.headers.push((name, value.into()));
        self
    }
}

/// What the key sent is, to the provider asked.
enum Caller {
    Missing,
    Unknown,
    Known(ProviderScenario),
}

impl ProviderRequest {
    fn caller(&self) -> Caller {
        match (&self.key, self.scenario()) {
            (None, _) => Caller::Missing,
            (Some(_), None) => Caller::Unknown,
            (Some(_), Some(scenario)) => Caller::Known(scenario),
        }
    }
}

/// The provider's answer to a request under its route.
pub(crate) fn answer(request: &ProviderRequest) -> ProviderReply {
    match request.provider {
        Provider::Anthropic => anthropic(request),
        Provider::Gemini => gemini(request),
        Provider::OpenRouter => openrouter(request),
        Provider::Groq => groq(request),
        Provider::Mistral => mistral(request),
        Provider::Azure => azure(request),
        Provider::Xai => xai(request),
        Provider::DeepSeek => deepseek(request),
    }
}

// ---------------------------------------------------------------- Anthropic (reference 1)

/// The organization of every demo Anthropic key (`anthropic-organization-id`).
const ANTHROPIC_ORG_ID: &str = "d0c5d0c5-7e57-4a11-9c0d-ee00de000001";

fn anthropic_error(status: u16, error_type: &str, message: &str) -> ProviderReply {
    let request_id = format!("req_011C{}", request_id(20, ALNUM));
    ProviderReply::json(
        status,
        json!({"type": "error", "error": {"type": error_type, "message": message}, "request_id": request_id}),
    )
    .with_header("request-id", request_id)
}

/// A success: Anthropic's headers, the organization's among them.
fn anthropic_ok(body: Value) -> ProviderReply {
    ProviderReply::json(200, body)
        .with_header("request-id", format!("req_011C{}", request_id(20, ALNUM)))
        .with_header("anthropic-organization-id", ANTHROPIC_ORG_ID)
}

fn anthropic(request: &ProviderRequest) -> ProviderReply {
    // The Admin API's routes (api_keys, usage and cost, workspaces); `None` for the models.
    let admin = if request.is_get("/v1/models") {
        None
    } else if let Some(route) = anthropic_usage::AdminRoute::of(request) {
        Some(route)
    } else {
        return anthropic_error(404, "not_found_error", "Not Found");
    };
    if !request.anthropic_version {
        return anthropic_error(
            400,
            "invalid_request_error",
            "anthropic-version: header is required",
        );
    }
    let scenario = match request.caller() {
        Caller::Missing => {
            return anthropic_error(401, "authentication_error", "x-api-key header is required");
        }
        Caller::Unknown => S::AnthropicRevoked,
        Caller::Known(scenario) => scenario,
    };
    match scenario {
        S::AnthropicOrgDisabled => anthropic_error(
            400,
            "invalid_request_error",
            "This organization has been disabled.",
        ),
        // Not Anthropic's envelope: no top-level `type`, no request id.
        S::AnthropicRegion => ProviderReply::json(
            403,
            json!({"error": {"type": "forbidden", "message": "Request not allowed"}}),
        ),
        S::AnthropicRateLimited => anthropic_error(
            429,
            "rate_limit_error",
            &format!(
                "This request would exceed your organization's rate limit of 30,000 input tokens per minute (org: {ANTHROPIC_ORG_ID}, model: claude-opus-4-6). For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase."
            ),
        )
        .with_header("retry-after", "30")
        .with_header("anthropic-organization-id", ANTHROPIC_ORG_ID),
        S::AnthropicAdmin if let Some(route) = admin => anthropic_usage::reply(route, request),
        // [I]: the status and text an API key gets on the Admin API are not confirmed.
        S::AnthropicValid if admin.is_some() => anthropic_error(
            403,
            "permission_error",
            "This endpoint requires an admin API key.",
        ),
        // [I]: an Admin key is assumed to list models too.
        S::AnthropicValid | S::AnthropicAdmin => anthropic_ok(anthropic_models()),
        _ => anthropic_error(401, "authentication_error", "invalid x-api-key"),
    }
}

fn anthropic_models() -> Value {
    let models = [
        (
            "claude-sonnet-4-5",
            "Claude Sonnet 4.5",
            "2025-09-29T00:00:00Z",
        ),
        ("claude-opus-4-6", "Claude Opus 4.6", "2026-02-05T00:00:00Z"),
        (
            "claude-haiku-4-5",
            "Claude Haiku 4.5",
            "2025-10-15T00:00:00Z",
        ),
    ];
    let data: Vec<Value> = models
        .iter()
        .map(|(id, name, created)| {
            json!({"type": "model", "id": id, "display_name": name, "created_at": created})
        })
        .collect();
    json!({"data": data, "has_more": false, "first_id": models[0].0, "last_id": models[2].0})
}

// ---------------------------------------------------------------- Gemini (reference 2)

const GEMINI_SERVICE: &str = "generativelanguage.googleapis.com";
const GEMINI_PROJECT: &str = "123456789012";

/// Google's `google.rpc.Status` envelope; `details` only when there is an ErrorInfo reason.
fn google_error(
    status: u16,
    code: &str,
    message: &str,
    reason: Option<(&str, Value)>,
) -> ProviderReply {
    let mut error = json!({"code": status, "message": message, "status": code});
    if let Some((reason, metadata)) = reason {
        error["details"] = json!([{
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": reason,
            "domain": "googleapis.com",
            "metadata": metadata,
        }]);
    }
    ProviderReply::json(status, json!({"error": error}))
}

fn gemini(request: &ProviderRequest) -> ProviderReply {
    // `/v1/models` too, as TruffleHog asks there.
    if !(request.is_get("/v1beta/models") || request.is_get("/v1/models")) {
        return google_error(404, "NOT_FOUND", "Method not found.", None);
    }
    let invalid = || {
        google_error(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
            Some(("API_KEY_INVALID", json!({"service": GEMINI_SERVICE}))),
        )
    };
    let scenario = match request.caller() {
        // [I]: Google's answer to a call with no credentials at all.
        Caller::Missing => {
            return google_error(
                403,
                "PERMISSION_DENIED",
                "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
                None,
            );
        }
        Caller::Unknown => return invalid(),
        Caller::Known(scenario) => scenario,
    };
    match scenario {
        S::GeminiValid | S::GeminiStandardKey => ProviderReply::json(200, gemini_models()),
        S::GeminiStandardRefused => google_error(
            401,
            "UNAUTHENTICATED",
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
            Some((
                "ACCESS_TOKEN_TYPE_UNSUPPORTED",
                json!({"service": GEMINI_SERVICE, "method": "google.ai.generativelanguage.v1beta.ModelService.ListModels"}),
            )),
        ),
        S::GeminiLeaked => google_error(
            403,
            "PERMISSION_DENIED",
            "Your API key was reported as leaked. Please use another API key.",
            None,
        ),
        S::GeminiNotEnabled => {
            let url = format!(
                "https://console.developers.google.com/apis/api/{GEMINI_SERVICE}/overview?project={GEMINI_PROJECT}"
            );
            google_error(
                403,
                "PERMISSION_DENIED",
                &format!(
                    "Generative Language API has not been used in project {GEMINI_PROJECT} before or it is disabled. Enable it by visiting {url} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry."
                ),
                Some((
                    "SERVICE_DISABLED",
                    json!({
                        "service": GEMINI_SERVICE,
                        "consumer": format!("projects/{GEMINI_PROJECT}"),
                        "activationUrl": url,
                    }),
                )),
            )
        }
        // [I]: whether listing models checks the country is not confirmed.
        S::GeminiRegion => google_error(
            400,
            "FAILED_PRECONDITION",
            "User location is not supported for the API use.",
            None,
        ),
        _ => invalid(),
    }
}

fn gemini_models() -> Value {
    let models = [
        (
            "gemini-2.5-flash",
            "Gemini 2.5 Flash",
            &["generateContent", "countTokens"][..],
        ),
        (
            "gemini-2.5-pro",
            "Gemini 2.5 Pro",
            &["generateContent", "countTokens"][..],
        ),
        (
            "gemini-embedding-001",
            "Gemini Embedding 001",
            &["embedContent", "countTokens"][..],
        ),
    ];
    let models: Vec<Value> = models
        .iter()
        .map(|(id, name, methods)| {
            json!({"name": format!("models/{id}"), "displayName": name, "supportedGenerationMethods": methods})
        })
        .collect();
    json!({"models": models})
}

// ---------------------------------------------------------------- OpenRouter (reference 3)

fn openrouter_error(status: u16, message: &str) -> ProviderReply {
    ProviderReply::json(
        status,
        json!({"error": {"code": status, "message": message}}),
    )
}

fn openrouter(request: &ProviderRequest) -> ProviderReply {
    if !request.is_get("/api/v1/key") {
        return openrouter_error(404, "Not Found");
    }
    let scenario = match request.caller() {
        Caller::Missing => return openrouter_error(401, "No auth credentials found"),
        Caller::Unknown => return openrouter_error(401, "User not found."),
        Caller::Known(scenario) => scenario,
    };
    let secret = scenario.secret();
    let head: String = secret.chars().take(12).collect();
    let label = format!("{head}...{}", last_chars(&secret, 3));
    let (limit, remaining, reset, usage, [daily, weekly, monthly], free) = match scenario {
        S::OpenRouterValid => (
            json!(null),
            json!(null),
            json!(null),
            12.5,
            [0.4, 2.1, 8.3],
            false,
        ),
        S::OpenRouterFreeTier => (json!(null), json!(null), json!(null), 0.0, [0.0; 3], true),
        S::OpenRouterKeyLimit => (
            json!(5.0),
            json!(0.0),
            json!("monthly"),
            5.0,
            [0.4, 2.1, 5.0],
            false,
        ),
        _ => return openrouter_error(401, "User not found."),
    };
    ProviderReply::json(
        200,
        json!({"data": {
            "label": label,
            "limit": limit,
            "limit_remaining": remaining,
            "limit_reset": reset,
            "include_byok_in_limit": false,
            "usage": usage,
            "usage_daily": daily,
            "usage_weekly": weekly,
            "usage_monthly": monthly,
            "byok_usage": 0,
            "byok_usage_daily": 0,
            "byok_usage_weekly": 0,
            "byok_usage_monthly": 0,
            "is_free_tier": free,
            "is_management_key": false,
            "is_provisioning_key": false,
            "creator_user_id": "user_demo",
            "expires_at": null,
        }}),
    )
}

// ---------------------------------------------------------------- Groq (reference 4)

fn groq_error(status: u16, message: &str, error_type: &str, code: &str) -> ProviderReply {
    ProviderReply::json(
        status,
        json!({"error": {"message": message, "type": error_type, "code": code}}),
    )
}

fn groq(request: &ProviderRequest) -> ProviderReply {
    let reply = groq_reply(request);
    // Cloudflare's page never reached Groq, so it has no Groq request id.
    if reply.content_type == "text/html" {
        return reply;
    }
    reply.with_header(
        "x-request-id",
        format!("req_{}", request_id(26, LOWER_ALNUM)),
    )
}

fn groq_reply(request: &ProviderRequest) -> ProviderReply {
    let batches = if request.is_get("/openai/v1/models") {
        false
    } else if request.is_get("/openai/v1/batches") {
        true
    } else {
        let full_path = format!("/{}{}", Provider::Groq.route(), request.path);
        return groq_error(
            404,
            &format!(
                "Unknown request URL: {} {full_path}. Please check the URL for typos, or see the docs at https://console.groq.com/docs/",
                request.method
            ),
            "invalid_request_error",
            "unknown_url",
        );
    };
    let invalid = || {
        groq_error(
            401,
            "Invalid API Key",
            "invalid_request_error",
            "invalid_api_key",
        )
    };
    let scenario = match request.caller() {
        Caller::Missing | Caller::Unknown => return invalid(),
        Caller::Known(scenario) => scenario,
    };
    match scenario {
        S::GroqRestricted => groq_error(
            400,
            "Organization has been restricted. Please reach out to support if you believe this was in error.",
            "invalid_request_error",
            "organization_restricted",
        ),
        // Cloudflare answers before Groq does: an HTML page, not JSON.
        S::GroqBlocked => ProviderReply {
            status: 403,
            content_type: "text/html",
            headers: vec![("server", "cloudflare".to_owned())],
            body: "<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1><p>You are unable to access api.groq.com</p><p>Cloudflare Ray ID: 8f0d0c5d0e7e57a1</p></body></html>".to_owned(),
        },
        // [I]: the text of the free plan's refusal was not captured.
        S::GroqFreePlan if batches => groq_error(
            403,
            "This feature is not available for your plan. Upgrade to the Developer tier to use it.",
            "permissions_error",
            "not_available_for_plan",
        ),
        S::GroqPaid if batches => ProviderReply::json(200, json!({"object": "list", "data": []})),
        S::GroqPaid | S::GroqFreePlan => {
            // [I]: both plans' limits on `/models` (the free plan's are llama-3.3-70b's RPD and TPM).
            let (requests, tokens, reset) = if scenario == S::GroqPaid {
                (14_400, 250_000, "6s")
            } else {
                (1_000, 12_000, "1m26.4s")
            };
            ProviderReply::json(200, groq_models())
                .with_header("x-ratelimit-limit-requests", requests.to_string())
                .with_header("x-ratelimit-limit-tokens", tokens.to_string())
                .with_header("x-ratelimit-remaining-requests", (requests - 1).to_string())
                .with_header("x-ratelimit-remaining-tokens", tokens.to_string())
                .with_header("x-ratelimit-reset-requests", reset)
                .with_header("x-ratelimit-reset-tokens", "0s")
        }
        _ => invalid(),
    }
}

fn groq_models() -> Value {
    let models = [
        ("llama-3.3-70b-versatile", 1_733_447_754, "Meta"),
        ("llama-3.1-8b-instant", 1_693_721_698, "Meta"),
        ("openai/gpt-oss-120b", 1_754_408_224, "OpenAI"),
    ];
    let data: Vec<Value> = models
        .iter()
        .map(|(id, created, owner)| {
            json!({"id": id, "object": "model", "created": created, "owned_by": owner, "active": true, "context_window": 131_072})
        })
        .collect();
    json!({"object": "list", "data": data})
}

// ---------------------------------------------------------------- Mistral (reference 5)

fn mistral(request: &ProviderRequest) -> ProviderReply {
    if !request.is_get("/v1/models") {
        return ProviderReply::json(404, json!({"detail": "Not Found"}));
    }
    let unauthorized = || {
        ProviderReply::json(
            401,
            json!({"message": "Unauthorized", "request_id": request_id(32, HEX)}),
        )
    };
    match request.caller() {
        Caller::Known(S::MistralValid) => {
            let data: Vec<Value> = ["mistral-large-latest", "mistral-small-latest", "codestral-latest"]
                .iter()
                .map(|id| json!({"id": id, "object": "model", "created": 1_732_000_000, "owned_by": "mistralai"}))
                .collect();
            // [I]: that `/v1/models` carries the size limits (these are the free plan's).
            ProviderReply::json(200, json!({"object": "list", "data": data}))
                .with_header("x-ratelimitbysize-limit-minute", "500000")
                .with_header("x-ratelimitbysize-remaining-minute", "500000")
                .with_header("x-ratelimitbysize-limit-month", "1000000000")
                .with_header("x-ratelimitbysize-remaining-month", "999000000")
        }
        Caller::Known(S::MistralRateLimited) => {
            ProviderReply::json(429, json!({"message": "Requests rate limit exceeded"}))
        }
        _ => unauthorized(),
    }
}

// ---------------------------------------------------------------- Azure OpenAI (reference 6)

const AZURE_DENIED: &str = "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

fn azure_error(status: u16, message: &str) -> ProviderReply {
    ProviderReply::json(
        status,
        json!({"error": {"code": status.to_string(), "message": message}}),
    )
}

fn azure(request: &ProviderRequest) -> ProviderReply {
    azure_reply(request).with_header("apim-request-id", azure_request_id())
}

fn azure_request_id() -> String {
    let hex = request_id(32, HEX);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

fn azure_reply(request: &ProviderRequest) -> ProviderReply {
    let (resource, below) = request
        .path
        .strip_prefix('/')
        .and_then(|p| p.split_once('/'))
        .unwrap_or((request.path.trim_start_matches('/'), ""));
    // Another resource is another host, which knows no demo key: Azure says the same as for a
    // wrong key.
    if resource != AZURE_RESOURCE {
        return azure_error(401, AZURE_DENIED);
    }
    let has_version = request
        .query_value("api-version")
        .is_some_and(|v| !v.is_empty());
    if request.method != "GET" || below != "openai/models" || !has_version {
        return azure_error(404, "Resource not found");
    }
    match request.caller() {
        // [I]: API Management's wording for a missing key.
        Caller::Missing => azure_error(
            401,
            "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.",
        ),
        Caller::Known(S::AzureValid) => ProviderReply::json(
            200,
            json!({"data": [{
                "id": "gpt-4o",
                "status": "succeeded",
                "capabilities": {"fine_tune": false, "inference": true, "completion": false, "chat_completion": true, "embeddings": false},
                "lifecycle_status": "generally-available",
                "deprecation": {"inference": 1_767_225_600},
                "created_at": 1_715_558_400,
                "object": "model",
            }], "object": "list"}),
        )
        .with_header("x-ms-region", "East US 2"),
        Caller::Known(S::AzureFirewall) => {
            azure_error(403, "Access denied due to Virtual Network/Firewall rules.")
                .with_header("policy-id", "ThrowExceptionDueToTrafficDenied")
        }
        _ => azure_error(401, AZURE_DENIED),
    }
}

// ---------------------------------------------------------------- xAI (reference 7)

fn xai_error(status: u16, code: &str, message: &str) -> ProviderReply {
    ProviderReply::json(status, json!({"code": code, "error": message}))
}

fn xai(request: &ProviderRequest) -> ProviderReply {
    if !request.is_get("/v1/api-key") {
        return xai_error(
            404,
            "Some requested entity was not found",
            &format!("No route for {} {}", request.method, request.path),
        );
    }
    let invalid = || {
        let key = request.key.as_deref().unwrap_or_default();
        let head: String = key.chars().take(2).collect();
        xai_error(
            400,
            "Client specified an invalid argument",
            &format!(
                "Incorrect API key provided: {head}***{}. You can obtain an API key from https://console.x.ai.",
                last_chars(key, 2)
            ),
        )
    };
    let scenario = match request.caller() {
        // [I]: xAI's wording for a missing key.
        Caller::Missing => {
            return xai_error(
                400,
                "Client specified an invalid argument",
                "No API key provided. You can obtain an API key from https://console.x.ai.",
            );
        }
        Caller::Unknown => return invalid(),
        Caller::Known(scenario) => scenario,
    };
    let (team_blocked, disabled) = match scenario {
        S::XaiValid => (false, false),
        S::XaiDisabled => (false, true),
        S::XaiTeamBlocked => (true, false),
        _ => return invalid(),
    };
    let user_id = "5e1f0d0c-7e57-4d0c-8000-00000000a001";
    ProviderReply::json(
        200,
        json!({
            "redacted_api_key": format!("xai-...{}", last_chars(&scenario.secret(), 4)),
            "user_id": user_id,
            "name": "Demo key",
            "create_time": "2026-01-05T10:00:00Z",
            "modify_time": "2026-01-05T10:00:00Z",
            "modified_by": user_id,
            "team_id": "7ea70d0c-7e57-4d0c-8000-00000000b001",
            "acls": ["api-key:model:*", "api-key:endpoint:*"],
            "api_key_id": "a91d0d0c-7e57-4d0c-8000-00000000c001",
            "team_blocked": team_blocked,
            "api_key_blocked": false,
            "api_key_disabled": disabled,
        }),
    )
}

// ---------------------------------------------------------------- DeepSeek (reference 8)

fn deepseek_error(status: u16, message: &str, error_type: &str) -> ProviderReply {
    ProviderReply::json(
        status,
        json!({"error": {"message": message, "type": error_type, "param": null, "code": "invalid_request_error"}}),
    )
}

fn deepseek(request: &ProviderRequest) -> ProviderReply {
    let balance = if request.is_get("/user/balance") {
        true
    } else if request.is_get("/models") {
        false
    } else {
        return deepseek_error(404, "Not Found", "invalid_request_error");
    };
    let scenario = match request.caller() {
        Caller::Missing => {
            return deepseek_error(
                401,
                "Authentication Fails (auth header format should be Bearer sk-...)",
                "authentication_error",
            );
        }
        Caller::Unknown => None,
        Caller::Known(scenario) => Some(scenario),
    };
    let (total, granted, topped_up) = match scenario {
        Some(S::DeepSeekValid) => ("110.00", "10.00", "100.00"),
        Some(S::DeepSeekNoBalance) => ("0.00", "0.00", "0.00"),
        _ => {
            let key = request.key.as_deref().unwrap_or_default();
            return deepseek_error(
                401,
                &format!(
                    "Authentication Fails, Your api key: ****{} is invalid",
                    last_chars(key, 4)
                ),
                "authentication_error",
            );
        }
    };
    if !balance {
        return ProviderReply::json(
            200,
            json!({"object": "list", "data": [
                {"id": "deepseek-chat", "object": "model", "owned_by": "deepseek"},
                {"id": "deepseek-reasoner", "object": "model", "owned_by": "deepseek"},
            ]}),
        );
    }
    ProviderReply::json(
        200,
        json!({
            "is_available": scenario == Some(S::DeepSeekValid),
            "balance_infos": [{
                "currency": "USD",
                "total_balance": total,
                "granted_balance": granted,
                "topped_up_balance": topped_up,
            }],
        }),
    )
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;
    use crate::simulator::{Fault, FaultRule, Simulator, SimulatorOptions};

    fn only(text: &str, charset: &[u8]) -> bool {
        text.bytes().all(|b| charset.contains(&b))
    }

    #[test]
    fn secrets_are_unique_and_deterministic() {
        let secrets: std::collections::HashSet<String> =
            ProviderScenario::ALL.iter().map(|s| s.secret()).collect();
        assert_eq!(secrets.len(), ProviderScenario::ALL.len());
        for scenario in ProviderScenario::ALL {
            assert_eq!(scenario.secret(), scenario.secret());
        }
    }

    #[test]
    fn secrets_have_their_providers_shape() {
        for scenario in ProviderScenario::ALL {
            let secret = scenario.secret();
            let shaped = |prefix: &str, len: usize, charset: &[u8]| {
                secret
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.len() == len && only(rest, charset))
            };
            let ok = match scenario.provider() {
                "anthropic" => {
                    let prefix = if scenario == S::AnthropicAdmin {
                        concat!("sk-ant-", "admin01-")
                    } else {
                        concat!("sk-ant-", "api03-")
                    };
                    secret.ends_with("AA")
                        && shaped(prefix, 95, URL_SAFE)
                        && (scenario == S::AnthropicAdmin || secret.len() == 108)
                }
                "gemini" => match scenario {
                    S::GeminiStandardKey | S::GeminiStandardRefused => {
                        shaped(concat!("AIza", "Sy"), 33, URL_SAFE) && secret.len() == 39
                    }
                    _ => shaped("AQ.", 50, URL_SAFE),
                },
                "openrouter" => shaped(concat!("sk-or-", "v1-"), 64, HEX),
                "groq" => shaped("gsk_", 52, ALNUM),
                "mistral" => {
                    shaped("", 32, ALNUM)
                        && secret.bytes().any(|b| b.is_ascii_uppercase())
                        && secret.bytes().any(|b| b.is_ascii_lowercase() && b > b'f')
                }
                "azure_openai" => {
                    secret.len() == 84
                        && only(&secret, ALNUM)
                        && &secret[52..58] == AZURE_MARKS[0]
                        && &secret[67..75] == AZURE_MARKS[1]
                        && &secret[76..80] == AZURE_MARKS[2]
                }
                "xai" => shaped("xai-", 80, WORD),
                "deepseek" => shaped("sk-", 32, LOWER_ALNUM),
                other => panic!("unexpected provider {other}"),
            };
            assert!(ok, "{} has the wrong shape: {secret}", scenario.id());
        }
    }

    #[test]
    fn secrets_say_they_are_demo_keys() {
        for scenario in ProviderScenario::ALL {
            let secret = scenario.secret().to_lowercase();
            // Hex has no room for the name; every other charset does.
            if scenario.provider() != "openrouter" {
                let name = scenario.id().replace('_', "");
                assert!(
                    secret.replace('_', "").contains(&format!("demo{name}")),
                    "{secret}"
                );
            }
        }
    }

    #[test]
    fn ids_round_trip_and_serialize_as_ids() {
        for scenario in ProviderScenario::ALL {
            assert_eq!(ProviderScenario::from_id(scenario.id()), Some(scenario));
            assert_eq!(
                serde_json::to_value(scenario).ok(),
                Some(json!(scenario.id()))
            );
            assert!(!scenario.description().is_empty());
        }
        assert_eq!(ProviderScenario::from_id("open_router_valid"), None);
    }

    #[test]
    fn base_urls_name_each_providers_route() {
        let root = "http://127.0.0.1:1";
        assert_eq!(
            base_url(root, "openrouter"),
            format!("{root}/openrouter/api/v1")
        );
        assert_eq!(
            base_url(root, "azure_openai"),
            format!("{root}/azure/demo-resource")
        );
        assert_eq!(base_url(root, "deepseek"), format!("{root}/deepseek"));
        assert_eq!(
            Provider::of_path("/anthropic/v1/models"),
            Some(Provider::Anthropic)
        );
        assert_eq!(Provider::of_path("/v1/models"), None);
        assert_eq!(Provider::of_path("/anthropic"), None);
    }

    /// One request: the status, the body and the `content-type`.
    async fn get(
        http: &reqwest::Client,
        url: String,
        headers: &[(&str, String)],
    ) -> (u16, String, String) {
        let mut request = http.get(url);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let response = request.send().await.expect("the simulator answers");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (
            status,
            response.text().await.unwrap_or_default(),
            content_type,
        )
    }

    /// The key the provider's own way.
    fn auth(scenario: ProviderScenario) -> Vec<(&'static str, String)> {
        let key = scenario.secret();
        match scenario.provider() {
            "anthropic" => vec![
                ("x-api-key", key),
                ("anthropic-version", "2023-06-01".to_owned()),
            ],
            "gemini" => vec![("x-goog-api-key", key)],
            "azure_openai" => vec![("api-key", key)],
            _ => vec![("authorization", format!("Bearer {key}"))],
        }
    }

    async fn started() -> (Simulator, reqwest::Client) {
        let sim = Simulator::start(SimulatorOptions::default())
            .await
            .expect("the simulator starts");
        // reqwest is built without a crypto provider; ring is the one the client installs.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .no_proxy()
            .build()
            .expect("a client");
        (sim, http)
    }

    #[tokio::test]
    async fn every_provider_answers_a_valid_and_a_revoked_key() {
        let (sim, http) = started().await;
        // Provider, route below the base URL, a valid and a revoked key, and the latter's status.
        let cases = [
            (
                "anthropic",
                "/v1/models",
                S::AnthropicValid,
                S::AnthropicRevoked,
                401,
            ),
            (
                "gemini",
                "/v1beta/models",
                S::GeminiValid,
                S::GeminiInvalid,
                400,
            ),
            (
                "openrouter",
                "/key",
                S::OpenRouterValid,
                S::OpenRouterRevoked,
                401,
            ),
            (
                "groq",
                "/openai/v1/models",
                S::GroqPaid,
                S::GroqRevoked,
                401,
            ),
            (
                "mistral",
                "/v1/models",
                S::MistralValid,
                S::MistralRevoked,
                401,
            ),
            (
                "azure_openai",
                "/openai/models?api-version=2024-10-21",
                S::AzureValid,
                S::AzureRevoked,
                401,
            ),
            ("xai", "/v1/api-key", S::XaiValid, S::XaiRevoked, 400),
            (
                "deepseek",
                "/user/balance",
                S::DeepSeekValid,
                S::DeepSeekRevoked,
                401,
            ),
        ];
        for (provider, path, valid, revoked, revoked_status) in cases {
            let url = format!("{}{path}", sim.provider_base_url(provider));
            for (scenario, status) in [(valid, 200), (revoked, revoked_status)] {
                assert_eq!(scenario.provider(), provider);
                answers_with(&sim, &http, &url, scenario, status).await;
            }
        }
    }

    /// One GET of `url` with `scenario`'s key gets `status`, JSON without the key, and one
    /// line in the log under the provider's route.
    async fn answers_with(
        sim: &Simulator,
        http: &reqwest::Client,
        url: &str,
        scenario: S,
        status: u16,
    ) {
        let provider = scenario.provider();
        let route = provider.split('_').next().unwrap_or(provider);
        sim.clear_requests();
        let (got, body, content_type) = get(http, url.to_owned(), &auth(scenario)).await;
        assert_eq!(got, status, "{} on {url}: {body}", scenario.id());
        assert_eq!(content_type, "application/json");
        assert!(serde_json::from_str::<Value>(&body).is_ok(), "{body}");
        assert!(
            !body.contains(&scenario.secret()),
            "the key came back: {body}"
        );
        let log = sim.requests();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].scenario.as_deref(), Some(scenario.id()));
        assert_eq!(log[0].status, status);
        assert!(
            log[0].path.starts_with(&format!("/{route}/")),
            "{}",
            log[0].path
        );
        assert!(!log[0].generated_tokens);
    }

    #[tokio::test]
    async fn providers_tell_their_situations_apart() {
        let (sim, http) = started().await;
        let bearer = auth;

        // A key of another provider is unknown here; no key is no scenario.
        let groq = sim.provider_base_url("groq");
        let (status, _, _) = get(
            &http,
            format!("{groq}/openai/v1/models"),
            &bearer(S::DeepSeekValid),
        )
        .await;
        assert_eq!(status, 401);
        let (status, body, _) = get(
            &http,
            format!("{groq}/openai/v1/batches"),
            &bearer(S::GroqFreePlan),
        )
        .await;
        assert_eq!(status, 403);
        assert!(body.contains("not_available_for_plan"));
        let (status, body, content_type) = get(
            &http,
            format!("{groq}/openai/v1/models"),
            &bearer(S::GroqBlocked),
        )
        .await;
        assert_eq!((status, content_type.as_str()), (403, "text/html"));
        assert!(body.contains("Sorry, you have been blocked"));
        let (status, _, _) = get(&http, format!("{groq}/openai/v1/models"), &[]).await;
        assert_eq!(status, 401);
        let log = sim.requests();
        assert_eq!(log[0].scenario.as_deref(), Some("unknown"));
        assert_eq!(log[3].scenario, None);

        // Anthropic wants its version header; an API key may not list keys.
        let anthropic = sim.provider_base_url("anthropic");
        let key = sim.provider_key(S::AnthropicValid);
        let (status, body, _) = get(
            &http,
            format!("{anthropic}/v1/models"),
            &[("x-api-key", key.expose_secret().to_owned())],
        )
        .await;
        assert_eq!(status, 400);
        assert!(body.contains("anthropic-version: header is required"));
        let with_version = auth;
        let keys_url = format!("{anthropic}/v1/organizations/api_keys?limit=1");
        let (status, _, _) = get(&http, keys_url.clone(), &with_version(S::AnthropicValid)).await;
        assert_eq!(status, 403);
        let (status, body, _) = get(&http, keys_url, &with_version(S::AnthropicAdmin)).await;
        assert_eq!(status, 200);
        assert!(body.contains("partial_key_hint"));
    }

    #[tokio::test]
    async fn gemini_reads_the_key_in_the_query_and_azure_its_resource() {
        let (sim, http) = started().await;
        // Gemini reads `?key=` too, and the log does not keep it.
        let gemini = sim.provider_base_url("gemini");
        sim.clear_requests();
        let (status, body, _) = get(
            &http,
            format!(
                "{gemini}/v1beta/models?key={}",
                S::GeminiStandardRefused.secret()
            ),
            &[],
        )
        .await;
        assert_eq!(status, 401);
        assert!(body.contains("ACCESS_TOKEN_TYPE_UNSUPPORTED"));
        let log = sim.requests();
        assert_eq!(log[0].scenario.as_deref(), Some("gemini_standard_refused"));
        assert!(!format!("{log:?}").contains(&S::GeminiStandardRefused.secret()));

        // Azure: another resource, or no api-version.
        let azure = sim.provider_base_url("azure_openai");
        let azure_key = vec![("api-key", S::AzureValid.secret())];
        let other = azure.replace("demo-resource", "other-resource");
        let (status, body, _) = get(
            &http,
            format!("{other}/openai/models?api-version=2024-10-21"),
            &azure_key,
        )
        .await;
        assert_eq!(status, 401);
        assert!(body.contains("wrong API endpoint"));
        let (status, _, _) = get(&http, format!("{azure}/openai/models"), &azure_key).await;
        assert_eq!(status, 404);
    }

    #[tokio::test]
    async fn balance_faults_and_methods_are_answered_as_on_openai_s_routes() {
        let (sim, http) = started().await;
        let bearer = auth;
        // DeepSeek with no balance still lists models.
        let deepseek = sim.provider_base_url("deepseek");
        let (status, body, _) = get(
            &http,
            format!("{deepseek}/user/balance"),
            &bearer(S::DeepSeekNoBalance),
        )
        .await;
        assert_eq!(status, 200);
        assert!(body.contains("\"is_available\":false"));
        let (status, _, _) = get(
            &http,
            format!("{deepseek}/models"),
            &bearer(S::DeepSeekNoBalance),
        )
        .await;
        assert_eq!(status, 200);

        // Faults match the full path and apply as on OpenAI's routes.
        sim.inject(
            FaultRule::new(Fault::ServerError {
                status: 503,
                retry_after_ms: None,
            })
            .on_path("/mistral/")
            .times(1),
        );
        let mistral = format!("{}/v1/models", sim.provider_base_url("mistral"));
        sim.clear_requests();
        let (status, _, _) = get(&http, mistral.clone(), &auth(S::MistralValid)).await;
        assert_eq!(status, 503);
        let (status, _, _) = get(&http, mistral, &auth(S::MistralValid)).await;
        assert_eq!(status, 200);
        let log = sim.requests();
        assert!(log[0].fault.is_some() && log[1].fault.is_none());

        // Only GET routes exist.
        let response = http
            .post(format!("{}/v1/api-key", sim.provider_base_url("xai")))
            .bearer_auth(S::XaiValid.secret())
            .send()
            .await
            .expect("the simulator answers");
        assert_eq!(response.status().as_u16(), 404);
    }
}
