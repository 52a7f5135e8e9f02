//! What the Admin API answered, flattened into rows per day, with the names of projects and keys
//! and what could not be loaded. Aggregation (`report`) works from this alone.

use std::collections::BTreeMap;

use crate::openai::ApiError;

use super::range::DateRange;

/// Completions usage of one day, one model, one project and one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRow {
    pub day: i64,
    pub model: Option<String>,
    pub project_id: Option<String>,
    pub api_key_id: Option<String>,
    /// Includes cached input, as the Usage API counts it.
    pub input_tokens: u64,
    pub cached_tokens: u64,
    pub output_tokens: u64,
    pub requests: u64,
}

/// Dollars of one day, one project and one line item (Costs API).
#[derive(Debug, Clone, PartialEq)]
pub struct CostRow {
    pub day: i64,
    pub project_id: Option<String>,
    pub line_item: Option<String>,
    pub amount: f64,
}

/// Dollars of one day and one key (Costs API grouped by `api_key_id`).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyCostRow {
    pub day: i64,
    pub api_key_id: Option<String>,
    pub amount: f64,
}

/// A project API key as listed by the Admin API, without anything secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    pub name: Option<String>,
    pub project_id: String,
    /// For example `sk-proj-...abcd`; see `key_match`.
    pub redacted_value: Option<String>,
}

/// Names of projects and keys, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    pub projects: BTreeMap<String, String>,
    pub keys: BTreeMap<String, KeyInfo>,
}

impl Names {
    /// The project's name, else its id.
    pub fn project(&self, id: &str) -> String {
        self.projects
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// The key's name, else its id.
    pub fn key(&self, id: &str) -> String {
        self.keys
            .get(id)
            .and_then(|info| info.name.clone())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| id.to_owned())
    }
}

/// One request (or a window of pages) of the fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Tokens and requests per day.
    Usage(DateRange),
    /// Dollars per day by project and line item.
    Costs(DateRange),
    /// Dollars per day by key.
    KeyCosts(DateRange),
    /// The list of projects (for names).
    Projects,
    /// The keys of one project (for names).
    ProjectKeys { project_id: String },
}

impl Part {
    /// What was missing, in words: "Tokens and requests for 1 Mar – 31 Mar 2026".
    pub fn describe(&self, names: &Names) -> String {
        self.describe_with(|project_id| names.project(project_id))
    }

    /// The same, with the project's name (or id) given by `project_name`.
    pub fn describe_with(&self, project_name: impl FnOnce(&str) -> String) -> String {
        match self {
            Part::Usage(range) => crate::tr!("usage-part-tokens", range = range.to_string()),
            Part::Costs(range) => crate::tr!("usage-part-costs", range = range.to_string()),
            Part::KeyCosts(range) => {
                crate::tr!("usage-part-key-costs", range = range.to_string())
            }
            Part::Projects => crate::tr!("usage-part-project-names"),
            Part::ProjectKeys { project_id } => {
                crate::tr!("usage-part-key-names", project = project_name(project_id))
            }
        }
    }
}

/// Why a part did not load, in the words a person can act on (the exact error goes to the
/// technical details).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureReason {
    /// The request never reached a server: no network, a proxy, a certificate.
    NoConnection,
    /// OpenAI would not let the key read it (401 or 403).
    NotAllowed,
    /// OpenAI asked to slow down (429).
    TooManyRequests,
    /// OpenAI's side failed (5xx) or did not answer in time.
    ServerTrouble,
    /// Anything else: an answer that could not be read.
    Unreadable,
}

impl FailureReason {
    pub fn of(error: &ApiError) -> FailureReason {
        match error.http_status() {
            Some(401 | 403) => FailureReason::NotAllowed,
            Some(429) => FailureReason::TooManyRequests,
            Some(500..=599) => FailureReason::ServerTrouble,
            Some(_) => FailureReason::Unreadable,
            None if matches!(error, ApiError::Timeout { .. }) => FailureReason::ServerTrouble,
            None if error.stops_a_check() => FailureReason::NoConnection,
            None => FailureReason::Unreadable,
        }
    }

    /// The selector the catalog's `usage-part-not-loaded` chooses its words by.
    pub fn code(self) -> &'static str {
        match self {
            FailureReason::NoConnection => "no_connection",
            FailureReason::NotAllowed => "not_allowed",
            FailureReason::TooManyRequests => "too_many_requests",
            FailureReason::ServerTrouble => "server_trouble",
            FailureReason::Unreadable => "unreadable",
        }
    }
}

/// A part that did not load, and why.
#[derive(Debug)]
pub struct FetchFailure {
    pub part: Part,
    pub error: ApiError,
}

impl FetchFailure {
    /// "Costs for 1 Mar – 31 Mar 2026 could not be loaded: OpenAI's servers did not answer…",
    /// in the current language; the exact error is in `technical`.
    pub fn sentence(&self, names: &Names) -> String {
        not_loaded_sentence(&self.part.describe(names), self.reason())
    }

    pub fn reason(&self) -> FailureReason {
        FailureReason::of(&self.error)
    }

    /// The exact error, for the technical details.
    pub fn technical(&self) -> String {
        technical_words(&self.error)
    }

    /// The answer said the key may not do this (401 or 403).
    pub fn is_refusal(&self) -> bool {
        matches!(self.error.http_status(), Some(401 | 403))
    }
}

/// An error as support reads it, the same in every language: its kind, the HTTP status,
/// OpenAI's own message and code, and a library's words ("api_error · HTTP 503 · The server
/// had an error…").
pub fn technical_words(error: &ApiError) -> String {
    let mut parts = vec![error.kind().to_owned()];
    if let Some(status) = error.http_status() {
        parts.push(format!("HTTP {status}"));
    }
    if let Some(body) = error.body() {
        parts.push(body.message.clone());
        parts.extend(body.code.clone());
    }
    parts.extend(error.technical().map(str::to_owned));
    parts.join(" · ")
}

/// "{what} could not be loaded: {reason}." in the current language.
pub fn not_loaded_sentence(what: &str, reason: FailureReason) -> String {
    crate::tr!("usage-part-not-loaded", what = what, reason = reason.code())
}

/// Why the cost of each key is an estimate rather than OpenAI's own figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyCostsNote {
    /// The fetch did not ask OpenAI for costs per key.
    NotAsked,
    /// OpenAI refused to split costs by key for this organization; `technical` is its answer.
    NotGiven { technical: String },
    /// The costs per key did not load (network, OpenAI's servers); `technical` is the error.
    NotLoaded { technical: String },
}

impl KeyCostsNote {
    /// The note in the current language.
    pub fn sentence(&self) -> String {
        match self {
            KeyCostsNote::NotAsked => crate::tr!("usage-key-costs-not-asked"),
            KeyCostsNote::NotGiven { .. } => crate::tr!("usage-key-costs-not-given"),
            KeyCostsNote::NotLoaded { .. } => crate::tr!("usage-key-costs-not-loaded"),
        }
    }

    /// OpenAI's answer, for the technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            KeyCostsNote::NotAsked => None,
            KeyCostsNote::NotGiven { technical } | KeyCostsNote::NotLoaded { technical } => {
                Some(technical)
            }
        }
    }
}

/// Why the key cannot read usage at all, when every usage and cost request was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessProblem {
    /// OpenAI does not accept the key (revoked, mistyped).
    KeyNotAccepted { message: String },
    /// The key works but may not read usage: a project key, or an Admin key without
    /// `api.usage.read`. `message` is OpenAI's own words, for the technical details.
    MayNotReadUsage { message: String },
}

/// Everything loaded for a range.
#[derive(Debug, Default)]
pub struct Dataset {
    /// The days asked for; rows lie inside it.
    pub range: Option<DateRange>,
    pub usage: Vec<UsageRow>,
    pub costs: Vec<CostRow>,
    /// `None` when the Costs API could not split costs by key; per-key costs are then estimates.
    pub key_costs: Option<Vec<KeyCostRow>>,
    /// Why `key_costs` is `None`.
    pub key_costs_note: Option<KeyCostsNote>,
    pub names: Names,
    pub failures: Vec<FetchFailure>,
    /// HTTP requests made (pages included), for benchmarks and tests.
    pub requests_made: usize,
}

impl Dataset {
    /// The failures that leave totals incomplete (usage or costs), not just names missing.
    pub fn data_failures(&self) -> impl Iterator<Item = &FetchFailure> {
        self.failures
            .iter()
            .filter(|f| matches!(f.part, Part::Usage(_) | Part::Costs(_)))
    }

    /// True when no usage or cost figure is missing.
    pub fn is_complete(&self) -> bool {
        self.data_failures().next().is_none()
    }

    /// Every usage and cost request was refused: the key itself is the problem.
    pub fn access_problem(&self) -> Option<AccessProblem> {
        let data: Vec<&FetchFailure> = self.data_failures().collect();
        let loaded_anything = !self.usage.is_empty() || !self.costs.is_empty();
        if data.is_empty() || loaded_anything || !data.iter().all(|f| f.is_refusal()) {
            return None;
        }
        let error = &data[0].error;
        let message = error
            .body()
            .map_or_else(|| technical_words(error), |body| body.message.clone());
        let invalid_key = error
            .body()
            .is_some_and(|body| body.code.as_deref() == Some("invalid_api_key"));
        Some(if invalid_key {
            AccessProblem::KeyNotAccepted { message }
        } else {
            AccessProblem::MayNotReadUsage { message }
        })
    }
}
