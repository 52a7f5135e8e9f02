//! Azure OpenAI (a key and its resource's endpoint), reference/providers.md section 6.

use super::rules::{Fix, Page, Rule, Saying, When};
use super::{KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, nothing_more};
use crate::checks::VerdictCode;
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

/// Newer keys: 84 characters with fixed marks at 52, 67 and 76 [T].
pub fn is_new_format(value: &str) -> bool {
    value.len() == 84
        && value.is_ascii()
        && value.chars().all(|c| c.is_ascii_alphanumeric())
        && value.get(52..58) == Some("JQQJ99")
        && value.get(67..75) == Some("XJ3w3AAA")
        && value.get(76..80) == Some("ACOG")
}

fn azure_new_kind(value: &str) -> Option<KeyKind> {
    is_new_format(value).then_some(KeyKind::AzureOpenAi)
}

/// Older keys: 32 lowercase hex digits [T], a shape that says nothing without a name.
fn azure_old_kind(value: &str) -> Option<KeyKind> {
    (value.len() == 32
        && value
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()))
    .then_some(KeyKind::AzureOpenAi)
}

const AZURE_AI_FOUNDRY: &str = "https://ai.azure.com";

pub static PROVIDER: Provider = Provider {
    id: ProviderId::AzureOpenAi,
    name: "Azure OpenAI",
    mark: Mark {
        letter: 'Z',
        rgb: [0, 120, 212],
    },
    main_kind: KeyKind::AzureOpenAi,
    shapes: &[
        KeyShape {
            kind_of: azure_new_kind,
            needs_a_name: false,
        },
        KeyShape {
            kind_of: azure_old_kind,
            needs_a_name: true,
        },
    ],
    key_variables: &["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY", "AZURE_API_KEY"],
    name_words: &["AZURE"],
    base_url_variables: &["AZURE_OPENAI_ENDPOINT", "KEY_DOCTOR_AZURE_OPENAI_BASE_URL"],
    default_base_url: "",
    key_header: KeyHeader::Named("api-key"),
    headers: &[],
    // Checks the key and the endpoint together [D]; the deployments are not listed.
    probes: &[ProviderProbe {
        id: "models",
        path: "/openai/models",
        query: &[("api-version", "2024-10-21")],
        kinds: &[],
        only_a_fact: false,
    }],
    rules: &[
        Rule {
            when: When {
                words: &["invalid subscription key or wrong api endpoint"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "invalid_key_or_endpoint",
            saying: Saying::fixed("provider-azure-invalid", Fix::keys()),
        },
        Rule {
            when: When {
                words: &[
                    "virtual network/firewall",
                    "public access is disabled",
                    "virtual network is configured",
                ],
                ..When::ANY
            },
            code: VerdictCode::IpNotAllowed,
            sub_code: "firewall",
            saying: Saying::fixed(
                "provider-azure-firewall",
                Fix {
                    page: Page::At("https://aka.ms/cogsvc-vnet"),
                    label: "provider-fix-network-help",
                },
            ),
        },
        Rule {
            when: When {
                codes: &["DeploymentNotFound"],
                words: &["api deployment for this resource does not exist"],
                ..When::ANY
            },
            code: VerdictCode::ModelAccess,
            sub_code: "deployment_not_found",
            saying: Saying::fixed(
                "provider-azure-deployment",
                Fix {
                    page: Page::At(AZURE_AI_FOUNDRY),
                    label: "provider-fix-deployments",
                },
            ),
        },
        Rule {
            when: When {
                words: &["retry after 86400 seconds"],
                ..When::ANY
            },
            code: VerdictCode::NoQuota,
            sub_code: "daily_quota",
            saying: Saying::fixed(
                "provider-azure-daily",
                Fix {
                    page: Page::At("https://aka.ms/429TrialUpgrade"),
                    label: "provider-fix-billing",
                },
            ),
        },
        Rule {
            when: When {
                words: &["exceeded token rate limit", "exceeded call rate limit"],
                ..When::ANY
            },
            code: VerdictCode::RateLimited,
            sub_code: "deployment_rate_limit",
            saying: Saying::fixed(
                "provider-azure-rate-limited",
                Fix {
                    page: Page::At("https://aka.ms/oai/quotaincrease"),
                    label: "provider-fix-quota",
                },
            ),
        },
        Rule {
            when: When {
                status: &[404],
                words: &["resource not found"],
                ..When::ANY
            },
            code: VerdictCode::UnexpectedResponse,
            sub_code: "wrong_path",
            saying: Saying::fixed("provider-azure-not-found", Fix::keys()),
        },
    ],
    refused_kinds: &[],
    works: Saying::fixed(
        "provider-azure-works",
        Fix {
            page: Page::At(AZURE_AI_FOUNDRY),
            label: "provider-fix-deployments",
        },
    ),
    read_success: nothing_more,
    pages: Pages {
        keys: "https://portal.azure.com",
        billing: Some("https://portal.azure.com"),
        limits: Some("https://aka.ms/oai/quotaincrease"),
    },
    reach: Reach {
        can_tell: "provider-azure-can-tell",
        cannot_tell: "provider-azure-cannot-tell",
    },
    markers: &[
        "azure",
        "subscription key",
        "aka.ms/oai",
        "deploymentnotfound",
        "virtual network/firewall",
        "cognitiveservices",
        "api deployment for this resource",
    ],
};
