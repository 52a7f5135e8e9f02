//! Mistral (La Plateforme), reference/providers.md section 5.

use super::rules::{Fix, Rule, Saying, When};
use super::{KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, nothing_more};
use crate::checks::VerdictCode;
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

/// No prefix: 32 letters and digits is what people observe [T, weak].
fn mistral_kind(value: &str) -> Option<KeyKind> {
    (value.len() == 32 && value.chars().all(|c| c.is_ascii_alphanumeric()))
        .then_some(KeyKind::Mistral)
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::Mistral,
    name: "Mistral",
    mark: Mark {
        letter: 'M',
        rgb: [230, 120, 0],
    },
    main_kind: KeyKind::Mistral,
    shapes: &[KeyShape {
        kind_of: mistral_kind,
        needs_a_name: true,
    }],
    key_variables: &["MISTRAL_API_KEY", "CODESTRAL_API_KEY"],
    name_words: &["MISTRAL", "CODESTRAL"],
    base_url_variables: &["MISTRAL_BASE_URL", "KEY_DOCTOR_MISTRAL_BASE_URL"],
    default_base_url: "https://api.mistral.ai",
    key_header: KeyHeader::Bearer,
    headers: &[],
    probes: &[ProviderProbe {
        id: "models",
        path: "/v1/models",
        query: &[],
        kinds: &[],
        only_a_fact: false,
    }],
    rules: &[
        Rule {
            when: When {
                status: &[401],
                words: &["unauthorized"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "unauthorized",
            saying: Saying::fixed("provider-mistral-invalid", Fix::keys()),
        },
        Rule {
            when: When {
                words: &["capacity exceeded"],
                ..When::ANY
            },
            code: VerdictCode::ServerError,
            sub_code: "capacity_exceeded",
            saying: Saying::plain("provider-overloaded"),
        },
        Rule {
            when: When {
                words: &["rate limit exceeded", "token cap"],
                ..When::ANY
            },
            code: VerdictCode::RateLimited,
            sub_code: "rate_limited",
            saying: Saying::fixed("provider-rate-limited", Fix::limits()),
        },
    ],
    refused_kinds: &[],
    works: Saying::fixed("provider-mistral-works", Fix::billing()),
    read_success: nothing_more,
    pages: Pages {
        keys: "https://console.mistral.ai/api-keys",
        billing: Some("https://admin.mistral.ai/organization/billing"),
        limits: Some("https://admin.mistral.ai/plateforme/limits"),
    },
    reach: Reach {
        can_tell: "provider-mistral-can-tell",
        cannot_tell: "provider-mistral-cannot-tell",
    },
    markers: &[
        "mistral",
        "ratelimitbysize",
        "requests rate limit exceeded",
        // Its API's error family [T].
        "\"object\":\"error\"",
        "\"object\": \"error\"",
        // Its gateway's bare answers to a wrong key [T].
        "{\"message\":\"unauthorized\"",
        "{\"detail\":\"unauthorized\"",
    ],
};
