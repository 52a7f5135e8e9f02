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

/// The base URLs that were given; every other provider is reached at its default address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderBases {
    given: BTreeMap<ProviderId, String>,
}

impl ProviderBases {
    /// From the environment: each provider's variables, its SDK's own first.
    pub fn from_env() -> Result<ProviderBases, BaseUrlError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// As `from_env`, reading variables through `lookup` (tests, `.env` hints).
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<ProviderBases, BaseUrlError> {
        let mut bases = ProviderBases::default();
        for provider in super::all().filter(|p| p.id != ProviderId::OpenAi) {
            let found = provider.base_url_variables.iter().find_map(|name| {
                lookup(name)
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| (*name, v))
            });
            if let Some((name, value)) = found {
                bases = bases.with(provider.id, &value, name)?;
            }
        }
        Ok(bases)
    }

    /// The same, with `provider` reached at `url` (named `source` in an error).
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
        self.given
            .insert(provider, checked.as_str().trim_end_matches('/').to_owned());
        Ok(self)
    }

    /// The base URL for `provider`: given, else its default; `None` for Azure without an
    /// endpoint (only the person knows their resource's address).
    pub fn base_for(&self, provider: ProviderId) -> Option<String> {
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
        });
        let error = refused.err().map(|e| (e.provider, e.source_name));
        assert_eq!(error, Some((ProviderId::Groq, "GROQ_BASE_URL".to_owned())));
    }
}
