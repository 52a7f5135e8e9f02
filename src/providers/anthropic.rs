//! Anthropic (Claude API), reference/providers.md section 1.

use super::rules::{Fix, Page, Rule, Saying, When};
use super::{
    KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, nothing_more, prefixed,
    url_safe,
};
use crate::checks::VerdictCode;
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn anthropic_kind(value: &str) -> Option<KeyKind> {
    let fits = |prefix| prefixed(value, prefix, 40..=200, url_safe);
    if fits("sk-ant-api03-") {
        Some(KeyKind::AnthropicApi)
    } else if fits("sk-ant-admin01-") {
        Some(KeyKind::AnthropicAdmin)
    } else if fits("sk-ant-oat01-") || fits("sk-ant-ort01-") {
        Some(KeyKind::ClaudeLoginToken)
    } else {
        None
    }
}

const LOGIN_TOKEN: Rule = Rule {
    when: When {
        words: &["only authorized for use with claude code"],
        ..When::ANY
    },
    code: VerdictCode::LoginToken,
    sub_code: "login_token",
    saying: Saying::fixed("provider-anthropic-login-token", Fix::keys()),
};

pub static PROVIDER: Provider = Provider {
    id: ProviderId::Anthropic,
    name: "Anthropic",
    mark: Mark {
        letter: 'A',
        rgb: [191, 87, 50],
    },
    main_kind: KeyKind::AnthropicApi,
    shapes: &[KeyShape {
        kind_of: anthropic_kind,
        needs_a_name: false,
    }],
    key_variables: &["ANTHROPIC_API_KEY", "ANTHROPIC_ADMIN_KEY", "CLAUDE_API_KEY"],
    name_words: &["ANTHROPIC", "CLAUDE"],
    base_url_variables: &["ANTHROPIC_BASE_URL", "KEY_DOCTOR_ANTHROPIC_BASE_URL"],
    default_base_url: "https://api.anthropic.com",
    key_header: KeyHeader::Named("x-api-key"),
    headers: &[("anthropic-version", "2023-06-01")],
    probes: &[
        // [T] 200 valid, 401 invalid or revoked.
        ProviderProbe {
            id: "models",
            path: "/v1/models",
            query: &[("limit", "1")],
            kinds: &[KeyKind::AnthropicApi],
            only_a_fact: false,
        },
        // [T] TruffleHog checks Admin keys here.
        ProviderProbe {
            id: "api_keys",
            path: "/v1/organizations/api_keys",
            query: &[("limit", "1")],
            kinds: &[KeyKind::AnthropicAdmin],
            only_a_fact: false,
        },
    ],
    rules: &[
        Rule {
            when: When {
                kinds: &["billing_error"],
                words: &["credit balance is too low"],
                ..When::ANY
            },
            code: VerdictCode::NoQuota,
            sub_code: "credit_balance_too_low",
            saying: Saying::fixed("provider-anthropic-no-credit", Fix::billing()),
        },
        Rule {
            when: When {
                words: &["organization has been disabled"],
                ..When::ANY
            },
            code: VerdictCode::AccessTerminated,
            sub_code: "organization_disabled",
            saying: Saying::fixed("provider-anthropic-org-disabled", Fix::keys()),
        },
        LOGIN_TOKEN,
        Rule {
            when: When {
                kinds: &["forbidden"],
                words: &["request not allowed"],
                ..When::ANY
            },
            code: VerdictCode::RegionBlocked,
            sub_code: "request_not_allowed",
            saying: Saying::fixed(
                "provider-region",
                Fix {
                    page: Page::At("https://www.anthropic.com/supported-countries"),
                    label: "provider-fix-countries",
                },
            ),
        },
        Rule {
            when: When {
                kinds: &["authentication_error"],
                words: &["invalid x-api-key"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "authentication_error",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
        Rule {
            when: When {
                kinds: &["rate_limit_error"],
                words: &[
                    "would exceed the rate limit for your organization",
                    "would exceed your organization's rate limit",
                ],
                ..When::ANY
            },
            code: VerdictCode::RateLimited,
            sub_code: "rate_limit_error",
            saying: Saying::fixed("provider-anthropic-rate-limited", Fix::limits()),
        },
        Rule {
            when: When {
                kinds: &["permission_error"],
                ..When::ANY
            },
            code: VerdictCode::MissingScopes,
            sub_code: "permission_error",
            saying: Saying::fixed("provider-forbidden", Fix::keys()),
        },
        Rule {
            // The message names the model ("model: claude-3-7-sonnet-latest") [T].
            when: When {
                words: &["model:"],
                ..When::ANY
            },
            code: VerdictCode::ModelAccess,
            sub_code: "model_not_found",
            saying: Saying::plain("provider-model-not-found"),
        },
        Rule {
            when: When {
                kinds: &["overloaded_error", "api_error", "timeout_error"],
                ..When::ANY
            },
            code: VerdictCode::ServerError,
            sub_code: "overloaded",
            saying: Saying::plain("provider-overloaded"),
        },
    ],
    refused_kinds: &[(KeyKind::ClaudeLoginToken, LOGIN_TOKEN)],
    works: Saying::fixed("provider-anthropic-works", Fix::billing()),
    read_success: nothing_more,
    pages: Pages {
        keys: "https://platform.claude.com/settings/keys",
        billing: Some("https://platform.claude.com/settings/billing"),
        limits: Some("https://platform.claude.com/settings/limits"),
    },
    reach: Reach {
        can_tell: "provider-anthropic-can-tell",
        cannot_tell: "provider-anthropic-cannot-tell",
    },
    markers: &[
        "anthropic",
        "claude",
        "x-api-key",
        "sk-ant-",
        "\"type\":\"error\"",
        "\"type\": \"error\"",
        "overloaded_error",
        "rate_limit_error",
        "billing_error",
        "request not allowed",
        "this organization has been disabled",
    ],
};
