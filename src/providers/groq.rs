//! Groq, reference/providers.md section 4.

use super::check::{Answer, SuccessReading};
use super::rules::{Fix, Page, Rule, Saying, When};
use super::{KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, alnum, prefixed};
use crate::checks::{Note, VerdictCode};
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn groq_kind(value: &str) -> Option<KeyKind> {
    prefixed(value, "gsk_", 40..=64, alnum).then_some(KeyKind::Groq)
}

/// The batches list answers only on a paid plan [T]: a free "which plan" check.
fn read_success(answer: &Answer<'_>) -> SuccessReading {
    let mut reading = SuccessReading::default();
    if answer.probe.id == "plan" {
        reading
            .notes
            .push(Note::said("provider-groq-fact-paid-plan"));
    }
    reading
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::Groq,
    name: "Groq",
    mark: Mark {
        letter: 'Q',
        rgb: [222, 70, 40],
    },
    main_kind: KeyKind::Groq,
    shapes: &[KeyShape {
        kind_of: groq_kind,
        needs_a_name: false,
    }],
    key_variables: &["GROQ_API_KEY"],
    name_words: &["GROQ"],
    base_url_variables: &["GROQ_BASE_URL", "KEY_DOCTOR_GROQ_BASE_URL"],
    default_base_url: "https://api.groq.com",
    key_header: KeyHeader::Bearer,
    headers: &[],
    probes: &[
        ProviderProbe {
            id: "models",
            path: "/openai/v1/models",
            query: &[],
            kinds: &[],
            only_a_fact: false,
        },
        ProviderProbe {
            id: "plan",
            path: "/openai/v1/batches",
            query: &[],
            kinds: &[],
            only_a_fact: true,
        },
    ],
    rules: &[
        // Not a problem: the free plan has no batches (the key itself works).
        Rule {
            when: When {
                codes: &["not_available_for_plan"],
                ..When::ANY
            },
            code: VerdictCode::Ok,
            sub_code: "free_plan",
            saying: Saying::plain("provider-groq-fact-free-plan"),
        },
        Rule {
            when: When {
                codes: &["organization_restricted"],
                words: &["organization has been restricted"],
                ..When::ANY
            },
            code: VerdictCode::AccessTerminated,
            sub_code: "organization_restricted",
            saying: Saying::fixed("provider-groq-restricted", Fix::keys()),
        },
        Rule {
            when: When {
                codes: &["invalid_api_key"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "invalid_api_key",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
        Rule {
            when: When {
                status: &[403],
                words: &[
                    "you have been blocked",
                    "attention required",
                    "enable cookies",
                ],
                ..When::ANY
            },
            code: VerdictCode::RegionBlocked,
            sub_code: "blocked_by_cloudflare",
            saying: Saying::plain("provider-groq-blocked"),
        },
        Rule {
            when: When {
                codes: &["model_decommissioned"],
                words: &["has been decommissioned"],
                ..When::ANY
            },
            code: VerdictCode::ModelAccess,
            sub_code: "model_decommissioned",
            saying: Saying::fixed(
                "provider-groq-decommissioned",
                Fix {
                    page: Page::At("https://console.groq.com/docs/deprecations"),
                    label: "provider-fix-deprecations",
                },
            ),
        },
        Rule {
            when: When {
                codes: &["model_not_found"],
                ..When::ANY
            },
            code: VerdictCode::ModelAccess,
            sub_code: "model_not_found",
            saying: Saying::plain("provider-model-not-found"),
        },
        Rule {
            when: When {
                words: &["upgrade to dev tier"],
                ..When::ANY
            },
            code: VerdictCode::RateLimited,
            sub_code: "rate_limit_exceeded",
            saying: Saying::fixed("provider-groq-rate-limited", Fix::billing()),
        },
    ],
    refused_kinds: &[],
    works: Saying::fixed("provider-groq-works", Fix::limits()),
    read_success,
    pages: Pages {
        keys: "https://console.groq.com/keys",
        billing: Some("https://console.groq.com/settings/billing"),
        limits: Some("https://console.groq.com/settings/limits"),
    },
    reach: Reach {
        can_tell: "provider-groq-can-tell",
        cannot_tell: "provider-groq-cannot-tell",
    },
    markers: &["groq", "gsk_", "organization has been restricted"],
};
