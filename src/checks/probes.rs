//! The probe catalog: one row per permission of OpenAI's key-permission screen, each a request
//! that costs nothing (a free endpoint, or a body that fails validation after the scope check),
//! with its source in reference/openai-api.md. Rows are data; the runner has no per-probe code.

use serde_json::Value;

use crate::i18n::{self, Language};
use crate::openai::{ApiRequest, HttpMethod};

/// Which keys a probe is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeFor {
    /// Keys that call models: project, service-account and user keys.
    StandardKeys,
    /// Admin keys.
    AdminKeys,
}

/// What a probe is mainly for, beyond its permission row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeRole {
    /// A row of the permission table.
    Permission,
    /// `GET /v1/me`: validity, organizations and projects.
    Identity,
    /// A model request that fails validation: quota, model access and rate-limit headers.
    QuotaAndLimits,
}

#[derive(Debug, Clone, Copy)]
pub struct Probe {
    pub id: &'static str,
    /// The group as OpenAI's key-permission screen names it.
    pub group: &'static str,
    pub level: &'static str,
    /// The scopes the row stands for; a "Missing scopes" answer names the real ones.
    pub scopes: &'static [&'static str],
    pub method: HttpMethod,
    pub path: &'static str,
    /// JSON body for POSTs: always invalid, so nothing is generated or created.
    pub body: Option<&'static str>,
    pub probe_for: ProbeFor,
    pub role: ProbeRole,
    /// Where the reference documents the probe, and how sure it is.
    pub source: &'static str,
}

/// The model the quota probe asks for. Its rate-limit headers give the usage tier (reference
/// section 4, gpt-5 family table of `kc`).
pub const QUOTA_PROBE_MODEL: &str = "gpt-5-mini";

// A row constructor keeps the table one line per probe; its arguments are the columns.
#[allow(clippy::too_many_arguments)]
const fn probe(
    id: &'static str,
    group: &'static str,
    level: &'static str,
    scopes: &'static [&'static str],
    method: HttpMethod,
    path: &'static str,
    body: Option<&'static str>,
    source: &'static str,
) -> Probe {
    Probe {
        id,
        group,
        level,
        scopes,
        method,
        path,
        body,
        probe_for: ProbeFor::StandardKeys,
        role: ProbeRole::Permission,
        source,
    }
}

use HttpMethod::{Get, Post};

/// `{"speed":1}`: an argument no endpoint knows, rejected with 400 after the scope check
/// (reference section 5, trufflehog's probes).
const JUNK: Option<&str> = Some(r#"{"speed":1}"#);

pub const CATALOG: &[Probe] = &[
    Probe {
        role: ProbeRole::Identity,
        ..probe(
            "me",
            "Key",
            "Valid",
            &[],
            Get,
            "/me",
            None,
            "§1 and §5: GET /v1/me [T]",
        )
    },
    probe(
        "models_read",
        "Models",
        "Read",
        &["api.model.read"],
        Get,
        "/models",
        None,
        "§2 and §5: GET /v1/models, 403 without [T]",
    ),
    probe(
        "model_request",
        "Model capabilities",
        "Request",
        &["model.request"],
        Post,
        "/images/generations",
        JUNK,
        "§5: POST /v1/images/generations {\"speed\":1} [T]",
    ),
    Probe {
        role: ProbeRole::QuotaAndLimits,
        ..probe(
            "quota",
            "Quota and model access",
            "Request",
            &["model.request"],
            Post,
            "/chat/completions",
            Some(
                r#"{"model":"gpt-5-mini","messages":[{"role":"user","content":""}],"max_completion_tokens":0}"#,
            ),
            "§5: chat with max_completion_tokens 0, 400 with rate-limit headers or 429 insufficient_quota [T kc]",
        )
    },
    probe(
        "responses_read",
        "Responses",
        "Read",
        &["api.responses.read"],
        Get,
        "/responses/1",
        None,
        "§2 and §5: GET /v1/responses/1 [T]",
    ),
    probe(
        "responses_write",
        "Responses",
        "Write",
        &["api.responses.write"],
        Post,
        "/responses",
        JUNK,
        "§2 and §5: POST /v1/responses {\"speed\":1} [T]",
    ),
    probe(
        "assistants_read",
        "Assistants",
        "Read",
        &["api.assistants.read"],
        Get,
        "/assistants",
        None,
        "§2 and §5: GET /v1/assistants, 400 without OpenAI-Beta [T]",
    ),
    probe(
        "assistants_write",
        "Assistants",
        "Write",
        &["api.assistants.write"],
        Post,
        "/assistants",
        JUNK,
        "§2 and §5 [T]",
    ),
    probe(
        "threads_read",
        "Threads",
        "Read",
        &["api.threads.read"],
        Get,
        "/threads/1",
        None,
        "§2 and §5: GET /v1/threads/1 [T]",
    ),
    probe(
        "threads_write",
        "Threads",
        "Write",
        &["api.threads.write"],
        Post,
        "/threads",
        JUNK,
        "§2 and §5 [T]",
    ),
    probe(
        "files_read",
        "Files",
        "Read",
        &["api.files.read"],
        Get,
        "/files",
        None,
        "§2 and §5: GET /v1/files [T]",
    ),
    probe(
        "files_write",
        "Files",
        "Write",
        &["api.files.write"],
        Post,
        "/files",
        Some("{}"),
        "§5: POST /v1/files with JSON, 415 [T]",
    ),
    probe(
        "fine_tuning_read",
        "Fine-tuning",
        "Read",
        &["api.fine_tuning.jobs.read"],
        Get,
        "/fine_tuning/jobs",
        None,
        "§2 and §5 [T]",
    ),
    probe(
        "fine_tuning_write",
        "Fine-tuning",
        "Write",
        &["api.fine_tuning.jobs.write"],
        Post,
        "/fine_tuning/jobs",
        JUNK,
        "§2 and §5 [T]",
    ),
    probe(
        "batches_read",
        "Batches",
        "Read",
        &["api.batch.read"],
        Get,
        "/batches",
        None,
        "§5: GET /v1/batches [I]",
    ),
    probe(
        "vector_stores_read",
        "Vector stores",
        "Read",
        &["api.vector_stores.read"],
        Get,
        "/vector_stores",
        None,
        "§5: GET /v1/vector_stores [I]",
    ),
    probe(
        "evals_read",
        "Evals",
        "Read",
        &["api.evals.read"],
        Get,
        "/evals",
        None,
        "§5: GET /v1/evals [T]; scope string [I]",
    ),
    probe(
        "evals_write",
        "Evals",
        "Write",
        &["api.evals.write"],
        Post,
        "/evals",
        JUNK,
        "§5 [T]; scope string [I]",
    ),
    Probe {
        probe_for: ProbeFor::AdminKeys,
        ..probe(
            "usage_read",
            "Usage",
            "Read",
            &["api.usage.read"],
            Get,
            "/organization/costs",
            None,
            "§2 and §6: GET /v1/organization/costs [C endpoint, I status]",
        )
    },
    Probe {
        probe_for: ProbeFor::AdminKeys,
        ..probe(
            "organization_read",
            "Organization administration",
            "Read",
            &["api.management.read"],
            Get,
            "/organization/projects",
            None,
            "§1: api.management.read [C]",
        )
    },
];

impl Probe {
    /// The request this probe sends. `now` (Unix seconds) bounds the costs query to one day.
    pub fn request(&self, now: i64) -> ApiRequest {
        let mut request = match (self.method, self.body) {
            (Post, Some(body)) => {
                ApiRequest::post(self.path, serde_json::from_str(body).unwrap_or(Value::Null))
            }
            (Post, None) => ApiRequest::post(self.path, Value::Object(Default::default())),
            (Get, _) => ApiRequest::get(self.path),
        };
        match self.path {
            "/organization/costs" => {
                request = request.query("start_time", now - 86_400).query("limit", 1);
            }
            "/organization/projects"
            | "/batches"
            | "/vector_stores"
            | "/evals"
            | "/fine_tuning/jobs" => {
                request = request.query("limit", 1);
            }
            _ => {}
        }
        request
    }

    pub fn is_permission_row(&self) -> bool {
        self.role == ProbeRole::Permission
    }
}

/// The catalog's groups (in English, as JSON names them) and the message that says each as
/// OpenAI's key-permission screen does in a language.
const GROUP_NAMES: [(&str, &str); 14] = [
    ("Key", "verdict-permission-key"),
    ("Models", "verdict-permission-models"),
    (
        "Model capabilities",
        "verdict-permission-model-capabilities",
    ),
    ("Quota and model access", "verdict-permission-quota"),
    ("Responses", "verdict-permission-responses"),
    ("Assistants", "verdict-permission-assistants"),
    ("Threads", "verdict-permission-threads"),
    ("Files", "verdict-permission-files"),
    ("Fine-tuning", "verdict-permission-fine-tuning"),
    ("Batches", "verdict-permission-batches"),
    ("Vector stores", "verdict-permission-vector-stores"),
    ("Evals", "verdict-permission-evals"),
    ("Usage", "verdict-permission-usage"),
    (
        "Organization administration",
        "verdict-permission-organization",
    ),
];

/// The catalog's levels, with the message for the table ("Read") and, where a level is said
/// inside a sentence, the one for that ("Files (read)").
const LEVEL_NAMES: [(&str, &str, Option<&str>); 4] = [
    ("Valid", "verdict-level-valid", None),
    (
        "Read",
        "verdict-level-read",
        Some("verdict-scope-level-read"),
    ),
    (
        "Write",
        "verdict-level-write",
        Some("verdict-scope-level-write"),
    ),
    (
        "Request",
        "verdict-level-request",
        Some("verdict-scope-level-request"),
    ),
];

/// A group of the catalog (`Probe::group`) in `language`; a name the catalog lacks, as it is.
pub fn group_words_in(language: Language, group: &str) -> String {
    GROUP_NAMES
        .iter()
        .find(|(name, _)| *name == group)
        .map_or_else(
            || group.to_owned(),
            |(_, id)| i18n::message_in(language, id, &[]),
        )
}

/// A level of the catalog (`Probe::level`) in `language`, for the permission table.
pub fn level_words_in(language: Language, level: &str) -> String {
    LEVEL_NAMES
        .iter()
        .find(|(name, _, _)| *name == level)
        .map_or_else(
            || level.to_owned(),
            |(_, id, _)| i18n::message_in(language, id, &[]),
        )
}

/// A level of the catalog in `language`, as said inside a sentence ("read").
pub fn scope_level_words_in(language: Language, level: &str) -> String {
    match LEVEL_NAMES.iter().find(|(name, _, _)| *name == level) {
        Some((_, _, Some(id))) => i18n::message_in(language, id, &[]),
        Some((_, id, None)) => i18n::message_in(language, id, &[]),
        None => level.to_lowercase(),
    }
}

/// The probes for a key that calls models, or for an admin key.
pub fn probes_for(admin: bool) -> impl Iterator<Item = &'static Probe> {
    let wanted = if admin {
        ProbeFor::AdminKeys
    } else {
        ProbeFor::StandardKeys
    };
    CATALOG.iter().filter(move |p| p.probe_for == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_post_body_parses_and_is_deliberately_invalid() {
        for probe in CATALOG.iter().filter(|p| p.method == Post) {
            let body: Value = serde_json::from_str(probe.body.expect("POST probes carry a body"))
                .expect("valid JSON");
            let invalid = body.get("speed").is_some()
                || body.get("max_completion_tokens") == Some(&Value::from(0))
                || probe.path == "/files";
            assert!(invalid, "{} could be a valid request", probe.id);
        }
    }

    #[test]
    fn every_group_and_level_has_its_words_in_the_english_catalog() {
        let said = |text: String, name: &str| {
            assert!(
                !text.is_empty() && !text.starts_with("verdict-") && !text.contains('{'),
                "{name}: {text}"
            );
        };
        for probe in CATALOG {
            assert!(GROUP_NAMES.iter().any(|(name, _)| *name == probe.group));
            assert!(LEVEL_NAMES.iter().any(|(name, _, _)| *name == probe.level));
            said(group_words_in(Language::English, probe.group), probe.group);
            said(level_words_in(Language::English, probe.level), probe.level);
            said(
                scope_level_words_in(Language::English, probe.level),
                probe.level,
            );
        }
        // English says them as the catalog (and JSON) names them.
        for (name, id) in GROUP_NAMES {
            assert_eq!(i18n::message_in(Language::English, id, &[]), name);
        }
        for (name, id, _) in LEVEL_NAMES {
            assert_eq!(i18n::message_in(Language::English, id, &[]), name);
        }
        assert_eq!(scope_level_words_in(Language::English, "Write"), "write");
    }

    #[test]
    fn ids_are_unique_and_every_row_cites_the_reference() {
        let mut ids: Vec<_> = CATALOG.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), CATALOG.len());
        assert!(CATALOG.iter().all(|p| p.source.contains('§')));
    }
}
