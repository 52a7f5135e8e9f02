//! OpenRouter, reference/providers.md section 3.

use super::check::{Answer, SuccessReading};
use super::rules::{Fix, Rule, Saying, When};
use super::{KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, alnum, prefixed};
use crate::checks::{Note, VerdictCode};
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn openrouter_kind(value: &str) -> Option<KeyKind> {
    prefixed(value, "sk-or-v1-", 40..=80, alnum).then_some(KeyKind::OpenRouter)
}

const KEY_LIMIT: Rule = Rule {
    when: When {
        words: &[
            "key limit exceeded",
            "create a key with a higher monthly limit",
        ],
        ..When::ANY
    },
    code: VerdictCode::NoQuota,
    sub_code: "key_limit_reached",
    saying: Saying::fixed("provider-openrouter-key-limit", Fix::keys()),
};

/// `GET /key` [D]: the key's own spend cap and what is left, the free tier, the expiry.
fn read_success(answer: &Answer<'_>) -> SuccessReading {
    let mut reading = SuccessReading::default();
    let Some(data) = answer.json.as_ref().and_then(|json| json.get("data")) else {
        return reading;
    };
    let number = |name: &str| data.get(name).and_then(serde_json::Value::as_f64);
    let dollars = |amount: f64| format!("${amount:.2}");
    if let (Some(limit), Some(remaining)) = (number("limit"), number("limit_remaining")) {
        let reset = data.get("limit_reset").and_then(serde_json::Value::as_str);
        let mut args = vec![("remaining", dollars(remaining)), ("limit", dollars(limit))];
        // OpenRouter's own word for the period ("daily", "monthly"), as it comes.
        args.extend(reset.map(|reset| ("reset", reset.to_owned())));
        reading.notes.push(Note::Fact {
            message: if reset.is_some() {
                "provider-fact-key-limit"
            } else {
                "provider-fact-key-limit-once"
            },
            args,
        });
        if remaining <= 0.0 {
            reading.problem = Some(&KEY_LIMIT);
        }
    }
    if let Some(usage) = number("usage") {
        reading.notes.push(Note::Fact {
            message: "provider-fact-spent",
            args: vec![("amount", dollars(usage))],
        });
    }
    match data
        .get("is_free_tier")
        .and_then(serde_json::Value::as_bool)
    {
        Some(true) => reading
            .notes
            .push(Note::said("provider-openrouter-fact-free-tier")),
        Some(false) => reading
            .notes
            .push(Note::said("provider-openrouter-fact-paid")),
        None => {}
    }
    if data
        .get("is_management_key")
        .and_then(serde_json::Value::as_bool)
        == Some(true)
    {
        reading
            .notes
            .push(Note::said("provider-openrouter-fact-management-key"));
    }
    if let Some(expires) = data.get("expires_at").and_then(serde_json::Value::as_str) {
        reading.notes.push(Note::Fact {
            message: "provider-fact-expires",
            args: vec![("date", expires.chars().take(10).collect())],
        });
    }
    reading
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::OpenRouter,
    name: "OpenRouter",
    mark: Mark {
        letter: 'R',
        rgb: [100, 90, 220],
    },
    main_kind: KeyKind::OpenRouter,
    shapes: &[KeyShape {
        kind_of: openrouter_kind,
        needs_a_name: false,
    }],
    key_variables: &["OPENROUTER_API_KEY"],
    name_words: &["OPENROUTER", "OPEN_ROUTER"],
    base_url_variables: &["OPENROUTER_BASE_URL", "KEY_DOCTOR_OPENROUTER_BASE_URL"],
    default_base_url: "https://openrouter.ai/api/v1",
    key_header: KeyHeader::Bearer,
    headers: &[],
    probes: &[ProviderProbe {
        id: "key",
        path: "/key",
        query: &[],
        kinds: &[],
        only_a_fact: false,
    }],
    rules: &[
        KEY_LIMIT,
        Rule {
            when: When {
                words: &["never purchased credits"],
                ..When::ANY
            },
            code: VerdictCode::NoQuota,
            sub_code: "never_purchased",
            saying: Saying::fixed("provider-openrouter-never-bought", Fix::billing()),
        },
        Rule {
            when: When {
                words: &["insufficient credits", "requires more credits"],
                ..When::ANY
            },
            code: VerdictCode::NoQuota,
            sub_code: "insufficient_credits",
            saying: Saying::fixed("provider-openrouter-no-credit", Fix::billing()),
        },
        Rule {
            when: When {
                words: &["free-models-per-day"],
                ..When::ANY
            },
            code: VerdictCode::RateLimited,
            sub_code: "free_models_per_day",
            saying: Saying::fixed("provider-openrouter-free-daily", Fix::billing()),
        },
        Rule {
            when: When {
                words: &[
                    "user not found",
                    "no auth credentials",
                    "no cookie auth",
                    "missing authentication",
                ],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "user_not_found",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
        Rule {
            when: When {
                kinds: &["region_restricted"],
                words: &["user location is not supported"],
                ..When::ANY
            },
            code: VerdictCode::RegionBlocked,
            sub_code: "region_restricted",
            saying: Saying::plain("provider-region"),
        },
        Rule {
            when: When {
                kinds: &["authentication"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "authentication",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
        Rule {
            when: When {
                kinds: &["payment_required"],
                ..When::ANY
            },
            code: VerdictCode::NoQuota,
            sub_code: "payment_required",
            saying: Saying::fixed("provider-openrouter-no-credit", Fix::billing()),
        },
    ],
    refused_kinds: &[],
    works: Saying::fixed("provider-openrouter-works", Fix::billing()),
    read_success,
    pages: Pages {
        keys: "https://openrouter.ai/settings/keys",
        billing: Some("https://openrouter.ai/settings/credits"),
        limits: Some("https://openrouter.ai/settings/keys"),
    },
    reach: Reach {
        can_tell: "provider-openrouter-can-tell",
        cannot_tell: "provider-openrouter-cannot-tell",
    },
    markers: &[
        "openrouter",
        "sk-or-v1-",
        "user not found.",
        "no auth credentials found",
        "no cookie auth credentials",
        "free-models-per-day",
        // Its envelope's stable field [D].
        "\"error_type\"",
        "region_restricted",
    ],
};
