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
        match self {
            Part::Usage(range) => format!("Tokens and requests for {range}"),
            Part::Costs(range) => format!("Costs for {range}"),
            Part::KeyCosts(range) => format!("Costs per key for {range}"),
            Part::Projects => "The names of projects".to_owned(),
            Part::ProjectKeys { project_id } => {
                format!(
                    "The names of the keys of project {}",
                    names.project(project_id)
                )
            }
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
    pub fn sentence(&self, names: &Names) -> String {
        format!(
            "{} could not be loaded: {}.",
            self.part.describe(names),
            self.error
        )
    }

    /// The answer said the key may not do this (401 or 403).
    pub fn is_refusal(&self) -> bool {
        matches!(self.error.http_status(), Some(401 | 403))
    }
}

/// Why the key cannot read usage at all, when every usage and cost request was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessProblem {
    /// OpenAI does not accept the key (revoked, mistyped).
    KeyNotAccepted { message: String },
    /// The key works but may not read usage: a project key, or an Admin key without
    /// `api.usage.read`.
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
    /// Why `key_costs` is `None`, in a sentence.
    pub key_costs_note: Option<String>,
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
            .map_or_else(|| error.to_string(), |body| body.message.clone());
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
