//! Where each provider is reached: its default address, or one its SDK's own variable (or
//! `KEY_DOCTOR_<PROVIDER>_BASE_URL`, or `--base-url` with `--provider`) points elsewhere, for
//! proxies and tests. HTTPS only, except loopback, as for OpenAI.

use std::collections::BTreeMap;

use super::ProviderId;
use crate::openai::{ConfigError, validate_base_url};

/// A base URL that cannot be used, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::tr!("provider-base-url-refused", provider = .provider.name(), source = .source_name.as_str(), problem = .problem.to_string()))]
pub struct BaseUrlError {
    pub provider: ProviderId,
    /// The variable or flag it came from.
    pub source_name: String,
    pub problem: ConfigError,
}

/// The base URLs that were given; every other provider is reached at its default address. An
/// address that was refused stands for its provider alone: nothing is sent to it, nor to the
/// default in its place, and the other providers are not held up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderBases {
    given: BTreeMap<ProviderId, String>,
    refused: BTreeMap<ProviderId, BaseUrlError>,
}

impl ProviderBases {
    /// From the environment: each provider's variables, its SDK's own first.
    pub fn from_env() -> Result<ProviderBases, BaseUrlError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// As `from_env`, reading variables through `lookup` (tests, `.env` hints). Never fails:
    /// a refused address is kept as such for its provider (`refused`).
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<ProviderBases, BaseUrlError> {
        let mut bases = ProviderBases::default();
        for provider in super::others() {
            let found = provider.base_url_variables.iter().find_map(|name| {
                lookup(name)
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| (*name, v))
            });
            if let Some((name, value)) = found {
                bases = match bases.clone().with(provider.id, &value, name) {
                    Ok(with) => with,
                    Err(refused) => {
                        bases.refused.insert(provider.id, refused);
                        bases
                    }
                };
            }
        }
        Ok(bases)
    }

    /// The same, with `provider` reached at `url` (named `source` in an error). A URL that
    /// repeats the start of the provider's paths (`https://api.x.ai/v1`, as its SDKs are
    /// given it) is taken without it; an Azure endpoint is its resource's address alone.
    pub fn with(
        mut self,
        provider: ProviderId,
        url: &str,
        source: &str,
    ) -> Result<ProviderBases, BaseUrlError> {
        let checked = validate_base_url(url.trim()).map_err(|problem| BaseUrlError {
            provider,
            source_name: source.to_owned(),
            problem,
        })?;
        self.refused.remove(&provider);
        self.given.insert(provider, normalized(provider, &checked));
        Ok(self)
    }

    /// Why `provider`'s given address cannot be used, when it cannot.
    pub fn refused(&self, provider: ProviderId) -> Option<&BaseUrlError> {
        self.refused.get(&provider)
    }

    /// The base URL for `provider`: given, else its default; `None` for Azure without an
    /// endpoint (only the person knows their resource's address).
    pub fn base_for(&self, provider: ProviderId) -> Option<String> {
        if self.refused.contains_key(&provider) {
            return None;
        }
        self.given.get(&provider).cloned().or_else(|| {
            let default = provider.entry().default_base_url;
            (!default.is_empty()).then(|| default.to_owned())
        })
    }

    /// True when the provider's address is not its default (the window says so).
    pub fn is_given(&self, provider: ProviderId) -> bool {
        self.given.contains_key(&provider)
    }
}

/// A client for a provider's address with the app's connection settings (proxy, timeouts,
/// retries, addresses given) and none of OpenAI's organization or project headers.
pub fn client_at(
    config: &crate::openai::ClientConfig,
    base_url: &str,
) -> Result<crate::openai::Client, crate::openai::ApiError> {
    let mut config =
        config
            .clone()
            .with_base_url(base_url)
            .map_err(|e| crate::openai::ApiError::Transport {
                detail: e.to_string(),
            })?;
    config.organization = None;
    config.project = None;
    crate::openai::Client::new(config)
}

/// `url` without the trailing path segments that begin the provider's probe paths (an SDK's
/// base ends in `/v1` where ours does not); an Azure endpoint keeps only its origin.
pub fn normalized(provider: ProviderId, url: &url::Url) -> String {
    if provider == ProviderId::AzureOpenAi {
        // The portal's "Target URI" holds the request's own path after the resource.
        let resource = url.path().split("/openai").next().unwrap_or_default();
        let mut base = url.clone();
        base.set_path(resource);
        base.set_query(None);
        return base.as_str().trim_end_matches('/').to_owned();
    }
    let path: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    let probe: Vec<&str> = provider
        .entry()
        .probes
        .first()
        .map(|p| p.path.split('/').filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    // The longest run of the probe path's first segments that the base ends with.
    let repeated = (1..probe.len())
        .rev()
        .find(|&n| path.len() >= n && path[path.len() - n..] == probe[..n])
        .unwrap_or(0);
    let kept = &path[..path.len() - repeated];
    let mut base = url.clone();
    base.set_path(&kept.join("/"));
    base.set_query(None);
    base.as_str().trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_variables_first_https_only_except_loopback() {
        let bases = ProviderBases::from_lookup(|name| match name {
            "ANTHROPIC_BASE_URL" => Some("http://127.0.0.1:9/anthropic/".to_owned()),
            "KEY_DOCTOR_ANTHROPIC_BASE_URL" => Some("https://elsewhere.example".to_owned()),
            "AZURE_OPENAI_ENDPOINT" => Some("https://demo.openai.azure.com/".to_owned()),
            _ => None,
        })
        .unwrap_or_default();
        assert_eq!(
            bases.base_for(ProviderId::Anthropic).as_deref(),
            Some("http://127.0.0.1:9/anthropic")
        );
        assert_eq!(
            bases.base_for(ProviderId::AzureOpenAi).as_deref(),
            Some("https://demo.openai.azure.com")
        );
        assert_eq!(
            bases.base_for(ProviderId::Groq).as_deref(),
            Some("https://api.groq.com")
        );
        assert!(!bases.is_given(ProviderId::Groq));
        assert_eq!(
            ProviderBases::default().base_for(ProviderId::AzureOpenAi),
            None
        );

        let refused = ProviderBases::from_lookup(|name| {
            (name == "GROQ_BASE_URL").then(|| "http://proxy.example".to_owned())
        })
        .unwrap_or_default();
        let error = refused
            .refused(ProviderId::Groq)
            .map(|e| (e.provider, e.source_name.clone()));
        assert_eq!(error, Some((ProviderId::Groq, "GROQ_BASE_URL".to_owned())));
        assert_eq!(
            refused.base_for(ProviderId::Groq),
            None,
            "not the default in its place"
        );
        assert!(
            refused.base_for(ProviderId::Mistral).is_some(),
            "the others go on"
        );
    }

    #[test]
    fn a_base_url_that_repeats_the_probe_paths_start_is_taken_without_it() {
        let at = |provider, url: &str| {
            ProviderBases::default()
                .with(provider, url, "test")
                .ok()
                .and_then(|b| b.base_for(provider))
        };
        assert_eq!(
            at(ProviderId::Xai, "https://api.x.ai/v1").as_deref(),
            Some("https://api.x.ai")
        );
        assert_eq!(
            at(ProviderId::Mistral, "https://api.mistral.ai/v1/").as_deref(),
            Some("https://api.mistral.ai")
        );
        assert_eq!(
            at(ProviderId::Groq, "https://api.groq.com/openai/v1").as_deref(),
            Some("https://api.groq.com")
        );
        assert_eq!(
            at(ProviderId::OpenRouter, "https://openrouter.ai/api/v1").as_deref(),
            Some("https://openrouter.ai/api/v1")
        );
        assert_eq!(
            at(ProviderId::AzureOpenAi, "https://shop.openai.azure.com/openai/deployments/x/chat/completions?api-version=2024-10-21").as_deref(),
            Some("https://shop.openai.azure.com")
        );
        assert_eq!(
            at(ProviderId::Anthropic, "http://127.0.0.1:9/anthropic").as_deref(),
            Some("http://127.0.0.1:9/anthropic")
        );
    }
}
