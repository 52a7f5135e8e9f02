//! xAI (Grok), reference/providers.md section 7.

use super::check::{Answer, SuccessReading};
use super::rules::{Fix, Rule, Saying, When};
use super::{KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, prefixed};
use crate::checks::{Note, VerdictCode};
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn xai_kind(value: &str) -> Option<KeyKind> {
    prefixed(value, "xai-", 40..=120, |c| {
        c.is_ascii_alphanumeric() || c == '_'
    })
    .then_some(KeyKind::Xai)
}

const KEY_DISABLED: Rule = Rule {
    when: When::ANY,
    code: VerdictCode::InvalidKey,
    sub_code: "api_key_disabled",
    saying: Saying::fixed("provider-xai-key-disabled", Fix::keys()),
};

const TEAM_BLOCKED: Rule = Rule {
    when: When::ANY,
    code: VerdictCode::AccessTerminated,
    sub_code: "team_blocked",
    saying: Saying::fixed("provider-xai-team-blocked", Fix::keys()),
};

/// `GET /v1/api-key` [D]: whether the key or its team is blocked or disabled, and its ACLs.
fn read_success(answer: &Answer<'_>) -> SuccessReading {
    let mut reading = SuccessReading::default();
    let Some(json) = &answer.json else {
        return reading;
    };
    let flag = |name: &str| json.get(name).and_then(serde_json::Value::as_bool) == Some(true);
    if flag("team_blocked") {
        reading.problem = Some(&TEAM_BLOCKED);
    } else if flag("api_key_blocked") || flag("api_key_disabled") {
        reading.problem = Some(&KEY_DISABLED);
    }
    let acls: Vec<&str> = json
        .get("acls")
        .and_then(serde_json::Value::as_array)
        .map(|acls| acls.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    if !acls.is_empty() && !acls.contains(&"api-key:model:*") {
        reading.notes.push(Note::Fact {
            message: "provider-xai-fact-acls",
            args: vec![("acls", acls.join(", "))],
        });
    }
    reading
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::Xai,
    name: "xAI",
    mark: Mark {
        letter: 'X',
        rgb: [90, 90, 90],
    },
    main_kind: KeyKind::Xai,
    shapes: &[KeyShape {
        kind_of: xai_kind,
        needs_a_name: false,
    }],
    key_variables: &["XAI_API_KEY", "GROK_API_KEY"],
    name_words: &["XAI", "GROK"],
    base_url_variables: &["XAI_BASE_URL", "KEY_DOCTOR_XAI_BASE_URL"],
    default_base_url: "https://api.x.ai",
    key_header: KeyHeader::Bearer,
    headers: &[],
    probes: &[ProviderProbe {
        id: "api_key",
        path: "/v1/api-key",
        query: &[],
        kinds: &[],
        only_a_fact: false,
    }],
    rules: &[
        Rule {
            when: When {
                words: &["used all available credits", "monthly spending limit"],
                ..When::ANY
            },
            code: VerdictCode::NoQuota,
            sub_code: "credits_or_spending_limit",
            saying: Saying::fixed("provider-xai-no-credit", Fix::billing()),
        },
        Rule {
            when: When {
                words: &["incorrect api key"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "incorrect_api_key",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
        // TruffleHog reads 400 as an invalid key here [T].
        Rule {
            when: When {
                status: &[400],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "invalid_argument",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
    ],
    refused_kinds: &[],
    works: Saying::fixed("provider-xai-works", Fix::billing()),
    read_success,
    pages: Pages {
        keys: "https://console.x.ai",
        billing: None,
        limits: None,
    },
    reach: Reach {
        can_tell: "provider-xai-can-tell",
        cannot_tell: "provider-xai-cannot-tell",
    },
    markers: &[
        "console.x.ai",
        "api.x.ai",
        "xai-",
        "grok",
        "used all available credits",
    ],
};
