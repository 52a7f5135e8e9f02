//! The wire: one HTTP client for api.openai.com (or the loopback simulator), OpenAI's error
//! envelope, the response headers we read, typed Admin API responses and the platform pages that
//! fix problems. Nothing here knows about egui.

pub mod admin;
mod client;
mod envelope;
mod error;
mod headers;
pub mod platform;
mod types;

pub use client::{
    ApiRequest, ApiResponse, Client, ClientConfig, ConfigError, HttpMethod, KeyHeader, is_loopback,
    validate_base_url, walk_pages,
};
pub use envelope::{ApiErrorBody, missing_scopes, parse_error_envelope};
pub use error::{ApiError, CertificateProblem, ProxyProblem};
pub use headers::{RateLimits, ResponseMeta, parse_duration};
pub use types::*;

/// The base URL used when neither `--base-url` nor `OPENAI_BASE_URL` says otherwise.
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// True when the configuration points at api.openai.com itself.
pub fn client_is_default(config: &ClientConfig) -> bool {
    config.base_url.as_str().trim_end_matches('/') == DEFAULT_BASE_URL
}
