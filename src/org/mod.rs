//! The organization's side, read with an Admin key (admin reference sections 3–12): every
//! project and its keys with their owners, service accounts, model and tool permissions, rate
//! limits, hard spend limits and alerts, this month's cost per project and per key, Admin keys,
//! and what the audit log says about keys. A key's own probes say *that* it fails; these facts
//! often say *why* (`refine`). Nothing here knows egui.

pub mod read;
pub mod refine;
pub mod table;

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Serialize, Serializer};

use crate::openai::admin::{
    AdminApiKey, AuditLog, HostedToolPermissions, ModelPermissions, ProjectRateLimit,
    ServiceAccount, SpendAlert, SpendLimit,
};
use crate::openai::{ApiError, Project, ProjectApiKey};

pub use read::{OrgReader, read_organization};
pub use refine::{HeldCheck, OrgCause, RecentFacts, Refiner, refine_report};
pub use table::{KeyFlag, KeyRow, StoredKey, key_rows};

/// One part of the organization's facts, or why it could not be read. A part that fails
/// leaves every other part as it is.
pub type Part<T> = Result<T, PartError>;

/// Which part of the organization a failure is about, for its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartName {
    Projects,
    Keys,
    ServiceAccounts,
    ModelPermissions,
    ToolPermissions,
    RateLimits,
    SpendLimit,
    SpendAlerts,
    AdminKeys,
    Costs,
    AuditLog,
}

impl PartName {
    fn words(self) -> String {
        let id = match self {
            PartName::Projects => "org-part-projects",
            PartName::Keys => "org-part-keys",
            PartName::ServiceAccounts => "org-part-service-accounts",
            PartName::ModelPermissions => "org-part-model-permissions",
            PartName::ToolPermissions => "org-part-tool-permissions",
            PartName::RateLimits => "org-part-rate-limits",
            PartName::SpendLimit => "org-part-spend-limit",
            PartName::SpendAlerts => "org-part-spend-alerts",
            PartName::AdminKeys => "org-part-admin-keys",
            PartName::Costs => "org-part-costs",
            PartName::AuditLog => "org-part-audit-log",
        };
        crate::i18n::message(id, &[])
    }
}

/// A part that could not be read, and the error that stopped it.
#[derive(Debug, Clone)]
pub struct PartError {
    pub part: PartName,
    pub error: Arc<ApiError>,
}

impl PartError {
    /// One sentence in the current language: what is missing and why.
    pub fn sentence(&self) -> String {
        let part = self.part.words();
        let status = self.error.http_status();
        let missing = self
            .error
            .body()
            .map(|body| crate::openai::missing_scopes(&body.message))
            .unwrap_or_default();
        if missing.iter().any(|scope| scope.contains("management")) {
            return crate::tr!("org-part-needs-management-read", part = part);
        }
        if missing.iter().any(|scope| scope.contains("usage")) {
            return crate::tr!("org-part-needs-usage-read", part = part);
        }
        match status {
            Some(401) => crate::tr!("org-part-admin-key-refused", part = part),
            Some(403) => crate::tr!("org-part-forbidden", part = part),
            _ => crate::tr!(
                "org-part-failed",
                part = part,
                reason = self.error.to_string()
            ),
        }
    }
}

impl Serialize for PartError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let sentence =
            crate::i18n::with_language(crate::i18n::Language::English, || self.sentence());
        let mut error = serializer.serialize_struct("PartError", 4)?;
        error.serialize_field("part", &self.part)?;
        error.serialize_field("sentence", &sentence)?;
        error.serialize_field("kind", self.error.kind())?;
        error.serialize_field("http_status", &self.error.http_status())?;
        error.end()
    }
}

/// `{"error": {...}}` in place of a part that failed, else the part itself.
fn part<T: Serialize, S: Serializer>(value: &Part<T>, serializer: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Failed<'a> {
        error: &'a PartError,
    }
    match value {
        Ok(found) => found.serialize(serializer),
        Err(error) => Failed { error }.serialize(serializer),
    }
}

/// What the Admin API says about one project.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectFacts {
    #[serde(serialize_with = "project_fields")]
    pub project: Project,
    #[serde(serialize_with = "part")]
    pub keys: Part<Vec<ProjectApiKey>>,
    #[serde(serialize_with = "part")]
    pub service_accounts: Part<Vec<ServiceAccount>>,
    /// `None`: no policy, every model the organization has.
    #[serde(serialize_with = "part")]
    pub model_permissions: Part<Option<ModelPermissions>>,
    #[serde(serialize_with = "part")]
    pub tool_permissions: Part<Option<HostedToolPermissions>>,
    #[serde(serialize_with = "part")]
    pub rate_limits: Part<Vec<ProjectRateLimit>>,
    #[serde(serialize_with = "part")]
    pub spend_limit: Part<Option<SpendLimit>>,
    #[serde(serialize_with = "part")]
    pub spend_alerts: Part<Vec<SpendAlert>>,
}

fn project_fields<S: Serializer>(project: &Project, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut fields = serializer.serialize_struct("Project", 5)?;
    fields.serialize_field("id", &project.id)?;
    fields.serialize_field("name", &project.name)?;
    fields.serialize_field("status", &project.status)?;
    fields.serialize_field("created_at", &project.created_at)?;
    fields.serialize_field("archived_at", &project.archived_at)?;
    fields.end()
}

impl ProjectFacts {
    pub fn name(&self) -> &str {
        self.project.name.as_deref().unwrap_or(&self.project.id)
    }

    pub fn is_archived(&self) -> bool {
        self.project.status.as_deref() == Some("archived") || self.project.archived_at.is_some()
    }
}

/// This month's cost (UTC month, as OpenAI bills), in US dollars.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MonthCosts {
    /// The first second of the month.
    pub since: i64,
    pub by_project: HashMap<String, f64>,
    pub by_key: HashMap<String, f64>,
}

/// Everything read about the organization, each part on its own.
#[derive(Debug, Clone, Serialize)]
pub struct OrgFacts {
    /// When it was read (Unix seconds).
    pub read_at: i64,
    #[serde(serialize_with = "part")]
    pub projects: Part<Vec<ProjectFacts>>,
    #[serde(serialize_with = "part")]
    pub admin_keys: Part<Vec<AdminApiKey>>,
    #[serde(serialize_with = "part")]
    pub spend_limit: Part<Option<SpendLimit>>,
    #[serde(serialize_with = "part")]
    pub spend_alerts: Part<Vec<SpendAlert>>,
    #[serde(serialize_with = "part")]
    pub month_costs: Part<MonthCosts>,
    /// The key events of the audit log (created, updated, deleted), newest first. Empty when
    /// audit logging is off: it records only what happens after it is turned on.
    #[serde(serialize_with = "part")]
    pub audit_log: Part<Vec<AuditLog>>,
}

impl OrgFacts {
    /// The projects that could be read (none when the list failed).
    pub fn projects(&self) -> &[ProjectFacts] {
        self.projects.as_deref().unwrap_or_default()
    }

    pub fn project(&self, id: &str) -> Option<&ProjectFacts> {
        self.projects().iter().find(|p| p.project.id == id)
    }

    /// Every project key, with its project.
    pub fn keys(&self) -> impl Iterator<Item = (&ProjectFacts, &ProjectApiKey)> {
        self.projects().iter().flat_map(|project| {
            project
                .keys
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(move |key| (project, key))
        })
    }

    pub fn key_count(&self) -> usize {
        self.keys().count()
    }

    /// Every part that failed, organization-wide ones first, each with its project's name.
    pub fn failures(&self) -> Vec<(Option<&str>, &PartError)> {
        let mut failed: Vec<(Option<&str>, &PartError)> = [
            self.projects.as_ref().err(),
            self.admin_keys.as_ref().err(),
            self.spend_limit.as_ref().err(),
            self.spend_alerts.as_ref().err(),
            self.month_costs.as_ref().err(),
            self.audit_log.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        .map(|error| (None, error))
        .collect();
        for project in self.projects() {
            let parts = [
                project.keys.as_ref().err(),
                project.service_accounts.as_ref().err(),
                project.model_permissions.as_ref().err(),
                project.tool_permissions.as_ref().err(),
                project.rate_limits.as_ref().err(),
                project.spend_limit.as_ref().err(),
                project.spend_alerts.as_ref().err(),
            ];
            failed.extend(
                parts
                    .into_iter()
                    .flatten()
                    .map(|e| (Some(project.name()), e)),
            );
        }
        failed
    }

    /// The latest audit event of `kind` about the key with this id.
    pub fn key_event(&self, kind: &str, key_id: &str) -> Option<&AuditLog> {
        self.audit_log
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter(|event| event.kind == kind && event.subject_id() == Some(key_id))
            .max_by_key(|event| event.effective_at)
    }

    /// The scopes a key was last given, from the audit log: the newest update that set them,
    /// else its creation's (an update of only its expiry records none). `None` when the log
    /// does not reach back to them.
    pub fn key_scopes(&self, key_id: &str) -> Option<Vec<String>> {
        let events = self.audit_log.as_deref().unwrap_or_default();
        let mut about_key: Vec<&AuditLog> = events
            .iter()
            .filter(|e| e.subject_id() == Some(key_id))
            .filter(|e| e.kind == "api_key.updated" || e.kind == "api_key.created")
            .collect();
        // Newest first; at the same moment an update comes after the creation.
        about_key.sort_by_key(|e| std::cmp::Reverse((e.effective_at, e.kind == "api_key.updated")));
        about_key.iter().find_map(|event| event.scopes())
    }
}
