//! Google Gemini API (AI Studio keys), reference/providers.md section 2.

use super::check::{Answer, SuccessReading};
use super::rules::{Fix, Page, Rule, Saying, When};
use super::{
    KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, prefixed, url_safe,
};
use crate::checks::VerdictCode;
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn gemini_auth_kind(value: &str) -> Option<KeyKind> {
    // Auth keys' length and characters are not confirmed (reference open question 4).
    let auth_char = |c: char| url_safe(c) || c == '.';
    (prefixed(value, "AQ.", 20..=300, auth_char) || prefixed(value, "IQ.", 20..=300, auth_char))
        .then_some(KeyKind::GeminiAuth)
}

/// Every Google Cloud API key (Maps, Firebase, …) has this shape [D/I]: it is Gemini's only
/// where a name says so.
fn gemini_standard_kind(value: &str) -> Option<KeyKind> {
    prefixed(value, "AIza", 35..=35, url_safe).then_some(KeyKind::GeminiStandard)
}

const API_KEYS_PAGE: &str = "https://aistudio.google.com/apikey";

/// The Gemini API is off for the key's project: the button opens the page that turns it on.
const NOT_ENABLED: Saying = Saying::fixed(
    "provider-gemini-not-enabled",
    Fix {
        page: Page::At(
            "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview",
        ),
        label: "provider-fix-enable-api",
    },
);

/// A standard key Google still answered: it works today, but its kind is being retired.
static STILL_ACCEPTED_STANDARD_KEY: Rule = Rule {
    when: When::ANY,
    code: VerdictCode::RetiredKeyKind,
    sub_code: "standard_key_retiring",
    saying: Saying::fixed("provider-gemini-standard-key", Fix::keys()),
};

fn read_success(answer: &Answer<'_>) -> SuccessReading {
    SuccessReading {
        problem: (answer.kind == KeyKind::GeminiStandard).then_some(&STILL_ACCEPTED_STANDARD_KEY),
        notes: Vec::new(),
    }
}

const fn words(words: &'static [&'static str]) -> When {
    When { words, ..When::ANY }
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::Gemini,
    name: "Google Gemini",
    mark: Mark {
        letter: 'G',
        rgb: [26, 115, 232],
    },
    main_kind: KeyKind::GeminiAuth,
    shapes: &[
        KeyShape {
            kind_of: gemini_auth_kind,
            needs_a_name: false,
        },
        KeyShape {
            kind_of: gemini_standard_kind,
            needs_a_name: true,
        },
    ],
    key_variables: &[
        "GEMINI_API_KEY",
        "GOOGLE_API_KEY",
        "GOOGLE_GENERATIVE_AI_API_KEY",
    ],
    // Not GOOGLE alone: GOOGLE_MAPS_API_KEY holds a Maps key.
    name_words: &["GEMINI"],
    base_url_variables: &["GOOGLE_GEMINI_BASE_URL", "KEY_DOCTOR_GEMINI_BASE_URL"],
    default_base_url: "https://generativelanguage.googleapis.com",
    key_header: KeyHeader::Named("x-goog-api-key"),
    headers: &[],
    probes: &[
        // [T] 200 valid; 400 invalid or expired; 401 a refused standard key; 403 not enabled.
        ProviderProbe {
            id: "models",
            path: "/v1beta/models",
            query: &[("pageSize", "1")],
            kinds: &[],
            only_a_fact: false,
        },
    ],
    rules: &[
        Rule {
            when: When {
                codes: &["ACCESS_TOKEN_TYPE_UNSUPPORTED"],
                words: &["expected oauth 2 access token"],
                ..When::ANY
            },
            code: VerdictCode::RetiredKeyKind,
            sub_code: "standard_key_refused",
            saying: Saying::fixed("provider-gemini-retired-key", Fix::keys()),
        },
        Rule {
            when: words(&["reported as leaked"]),
            code: VerdictCode::InvalidKey,
            sub_code: "leaked",
            saying: Saying::fixed("provider-gemini-leaked", Fix::keys()),
        },
        Rule {
            when: When {
                codes: &["SERVICE_DISABLED"],
                words: &["has not been used in project"],
                ..When::ANY
            },
            code: VerdictCode::ApiNotEnabled,
            sub_code: "service_disabled",
            saying: NOT_ENABLED,
        },
        Rule {
            when: When {
                codes: &["API_KEY_SERVICE_BLOCKED"],
                words: &["generativeservice", "are blocked."],
                ..When::ANY
            },
            code: VerdictCode::MissingScopes,
            sub_code: "api_key_service_blocked",
            saying: Saying::fixed(
                "provider-gemini-blocked",
                Fix {
                    page: Page::At("https://console.cloud.google.com/apis/credentials"),
                    label: "provider-fix-credentials",
                },
            ),
        },
        Rule {
            when: words(&["api key expired"]),
            code: VerdictCode::InvalidKey,
            sub_code: "expired",
            saying: Saying::fixed("provider-gemini-expired", Fix::keys()),
        },
        Rule {
            when: When {
                codes: &["API_KEY_INVALID"],
                words: &["api key not valid", "api key not found"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "api_key_invalid",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
        Rule {
            when: words(&["user location is not supported"]),
            code: VerdictCode::RegionBlocked,
            sub_code: "user_location",
            saying: Saying::fixed(
                "provider-region",
                Fix {
                    page: Page::At("https://ai.google.dev/gemini-api/docs/available-regions"),
                    label: "provider-fix-countries",
                },
            ),
        },
        Rule {
            when: words(&["prepayment credits are depleted"]),
            code: VerdictCode::NoQuota,
            sub_code: "prepayment_depleted",
            saying: Saying::fixed("provider-gemini-prepay", Fix::billing()),
        },
        Rule {
            when: words(&["limit: 0"]),
            code: VerdictCode::NoQuota,
            sub_code: "no_free_quota",
            saying: Saying::fixed("provider-gemini-no-free-quota", Fix::billing()),
        },
        Rule {
            when: words(&["free_tier"]),
            code: VerdictCode::RateLimited,
            sub_code: "free_tier_quota",
            saying: Saying::fixed("provider-gemini-free-tier", Fix::billing()),
        },
        Rule {
            when: words(&["has been suspended", "has been denied access"]),
            code: VerdictCode::AccessTerminated,
            sub_code: "suspended",
            saying: Saying::fixed("provider-gemini-suspended", Fix::keys()),
        },
        Rule {
            when: When {
                kinds: &["RESOURCE_EXHAUSTED"],
                words: &["resource has been exhausted"],
                ..When::ANY
            },
            code: VerdictCode::RateLimited,
            sub_code: "resource_exhausted",
            saying: Saying::fixed("provider-rate-limited", Fix::limits()),
        },
        Rule {
            when: words(&["is not found for api version"]),
            code: VerdictCode::ModelAccess,
            sub_code: "model_not_found",
            saying: Saying::plain("provider-model-not-found"),
        },
        Rule {
            when: words(&["model is overloaded", "experiencing high demand"]),
            code: VerdictCode::ServerError,
            sub_code: "overloaded",
            saying: Saying::plain("provider-overloaded"),
        },
        Rule {
            when: When {
                kinds: &["PERMISSION_DENIED"],
                ..When::ANY
            },
            code: VerdictCode::ApiNotEnabled,
            sub_code: "permission_denied",
            saying: NOT_ENABLED,
        },
    ],
    refused_kinds: &[],
    works: Saying::fixed("provider-gemini-works", Fix::billing()),
    read_success,
    pages: Pages {
        keys: API_KEYS_PAGE,
        billing: Some("https://ai.studio/projects"),
        limits: Some("https://ai.dev/rate-limit"),
    },
    reach: Reach {
        can_tell: "provider-gemini-can-tell",
        cannot_tell: "provider-gemini-cannot-tell",
    },
    markers: &[
        "googleapis",
        "generativelanguage",
        "gemini",
        "ai.google.dev",
        "aistudio",
        "ai.studio",
        "ai.dev/",
        "api_key_invalid",
        "api key not valid",
        "permission_denied",
        "resource_exhausted",
        "invalid_argument",
        "failed_precondition",
        "user location is not supported",
        "reported as leaked",
        "please pass a valid api key",
        "please renew the api key",
        "expected oauth 2 access token",
        "(e.g. check quota)",
        "aiza",
        // google.rpc.Status names its canonical code in words; OpenAI's envelope does not.
        "\"status\":\"",
        "\"status\": \"",
    ],
};
