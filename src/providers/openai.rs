//! OpenAI, as one entry of the same shape. Its probes, rules and sentences are the richer
//! tables of `checks/` (probes.rs, verdict.rs), which read OpenAI's scopes and sub-codes.

use super::{KeyShape, Mark, Pages, Provider, ProviderId, Reach, Saying, nothing_more};
use crate::openai::KeyHeader;
use crate::vault::KeyKind;

fn openai_kind(value: &str) -> Option<KeyKind> {
    Some(KeyKind::detect_openai(value)).filter(|kind| kind.is_openai())
}

pub static PROVIDER: Provider = Provider {
    id: ProviderId::OpenAi,
    name: "OpenAI",
    mark: Mark {
        letter: 'O',
        rgb: [16, 163, 127],
    },
    main_kind: KeyKind::Project,
    shapes: &[KeyShape {
        kind_of: openai_kind,
        needs_a_name: false,
    }],
    key_variables: &["OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_KEY"],
    name_words: &["OPENAI", "OPEN_AI"],
    base_url_variables: &["OPENAI_BASE_URL"],
    default_base_url: crate::openai::DEFAULT_BASE_URL,
    key_header: KeyHeader::Bearer,
    headers: &[],
    // Checked by `checks::probes` (the permission table of OpenAI's key screen).
    probes: &[],
    rules: &[],
    refused_kinds: &[],
    works: Saying::plain("verdict-ok"),
    read_success: nothing_more,
    pages: Pages {
        keys: "https://platform.openai.com/api-keys",
        billing: Some("https://platform.openai.com/settings/organization/billing/overview"),
        limits: Some("https://platform.openai.com/settings/organization/limits"),
    },
    reach: Reach {
        can_tell: "provider-openai-can-tell",
        cannot_tell: "provider-openai-cannot-tell",
    },
    markers: &[],
};
