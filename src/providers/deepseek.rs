//! DeepSeek, reference/providers.md section 8.

use super::check::{Answer, SuccessReading};
use super::rules::{Fix, Rule, Saying, When};
use super::{KeyShape, Mark, Pages, Provider, ProviderId, ProviderProbe, Reach, prefixed};
use crate::checks::{Note, VerdictCode};
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn deepseek_kind(value: &str) -> Option<KeyKind> {
    prefixed(value, "sk-", 32..=32, |c| {
        c.is_ascii_lowercase() || c.is_ascii_digit()
    })
    .then_some(KeyKind::DeepSeek)
}

const NO_BALANCE: Rule = Rule {
    when: When {
        words: &["insufficient balance"],
        ..When::ANY
    },
    code: VerdictCode::NoQuota,
    sub_code: "insufficient_balance",
    saying: Saying::fixed("provider-deepseek-no-balance", Fix::billing()),
};

/// `GET /user/balance` [D]: the balance, and whether it may be spent on API calls.
fn read_success(answer: &Answer<'_>) -> SuccessReading {
    let mut reading = SuccessReading::default();
    let Some(json) = &answer.json else {
        return reading;
    };
    let balances = json
        .get("balance_infos")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten();
    for balance in balances {
        let text = |name: &str| {
            balance
                .get(name)
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
        };
        reading.notes.push(Note::Fact {
            message: "provider-fact-balance",
            args: vec![
                ("amount", text("total_balance").to_owned()),
                ("currency", text("currency").to_owned()),
            ],
        });
    }
    if json
        .get("is_available")
        .and_then(serde_json::Value::as_bool)
        == Some(false)
    {
        reading.problem = Some(&NO_BALANCE);
    }
    reading
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::DeepSeek,
    name: "DeepSeek",
    mark: Mark {
        letter: 'D',
        rgb: [77, 107, 254],
    },
    main_kind: KeyKind::DeepSeek,
    shapes: &[KeyShape {
        kind_of: deepseek_kind,
        needs_a_name: false,
    }],
    key_variables: &["DEEPSEEK_API_KEY"],
    name_words: &["DEEPSEEK"],
    base_url_variables: &["DEEPSEEK_BASE_URL", "KEY_DOCTOR_DEEPSEEK_BASE_URL"],
    default_base_url: "https://api.deepseek.com",
    key_header: KeyHeader::Bearer,
    headers: &[],
    probes: &[ProviderProbe {
        id: "balance",
        path: "/user/balance",
        query: &[],
        kinds: &[],
        only_a_fact: false,
    }],
    rules: &[
        NO_BALANCE,
        Rule {
            when: When {
                words: &["authentication fails"],
                ..When::ANY
            },
            code: VerdictCode::InvalidKey,
            sub_code: "authentication_fails",
            saying: Saying::fixed("provider-invalid-key", Fix::keys()),
        },
    ],
    refused_kinds: &[],
    works: Saying::plain("provider-deepseek-works"),
    read_success,
    pages: Pages {
        keys: "https://platform.deepseek.com/api_keys",
        billing: Some("https://platform.deepseek.com/top_up"),
        limits: None,
    },
    reach: Reach {
        can_tell: "provider-deepseek-can-tell",
        cannot_tell: "provider-deepseek-cannot-tell",
    },
    markers: &["deepseek", "authentication fails", "insufficient balance"],
};
