//! A failing check made precise by the organization's facts (admin reference section 15): the
//! key's own probes say *that* it fails, the organization often says *why* and on which page.
//! A key is found among the organization's keys by its redacted value (never by sending it).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde::Serialize;

use super::{OrgFacts, ProjectFacts};
use crate::checks::{CheckReport, FixPage, VerdictCode, canonical};
use crate::i18n::{self, Language};
use crate::openai::platform;
use crate::openai::{Project, ProjectApiKey};
use crate::usage::key_match::redaction_matches;

/// The cause the organization's facts show, with what its sentence names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
pub enum OrgCause {
    /// The key's project is archived: its keys stopped working.
    ProjectArchived { project_id: String, project: String },
    /// The key's owner no longer has access to its project.
    OwnerLostAccess {
        project_id: String,
        project: String,
        owner: String,
    },
    /// The project allows only some models, and not this one.
    ModelNotAllowed {
        project_id: String,
        project: String,
        model: String,
        allowed: Vec<String>,
    },
    /// The project blocks this model.
    ModelDenied {
        project_id: String,
        project: String,
        model: String,
    },
    /// The project's hard spend limit is enforcing and this month's spend reached it.
    ProjectHardLimit {
        project_id: String,
        project: String,
        limit: f64,
        spent: f64,
    },
    /// The organization's hard spend limit is enforcing and this month's spend reached it.
    OrganizationHardLimit { limit: f64, spent: f64 },
    /// The project caps requests for this model low.
    ProjectRateLimit {
        project_id: String,
        project: String,
        model: String,
        per_minute: u64,
    },
    /// The audit log records the scopes the key was given, and the missing one is not there.
    ScopesFromAuditLog {
        project_id: String,
        scopes: Vec<String>,
    },
    /// The audit log records this key's deletion.
    KeyDeleted { at: i64, by: Option<String> },
    /// None of the organization's keys is this one.
    KeyNotInOrganization { keys: usize },
}

impl OrgCause {
    /// The machine word of the cause, for JSON and tests.
    pub fn code(&self) -> &'static str {
        match self {
            OrgCause::ProjectArchived { .. } => "project_archived",
            OrgCause::OwnerLostAccess { .. } => "owner_lost_access",
            OrgCause::ModelNotAllowed { .. } => "model_not_allowed",
            OrgCause::ModelDenied { .. } => "model_denied",
            OrgCause::ProjectHardLimit { .. } => "project_hard_limit",
            OrgCause::OrganizationHardLimit { .. } => "organization_hard_limit",
            OrgCause::ProjectRateLimit { .. } => "project_rate_limit",
            OrgCause::ScopesFromAuditLog { .. } => "scopes_from_audit_log",
            OrgCause::KeyDeleted { .. } => "key_deleted",
            OrgCause::KeyNotInOrganization { .. } => "key_not_in_organization",
        }
    }

    /// The one sentence, in `language`.
    pub fn sentence_in(&self, language: Language) -> String {
        i18n::with_language(language, || self.sentence())
    }

    fn sentence(&self) -> String {
        use crate::tr;
        match self {
            OrgCause::ProjectArchived { project, .. } => {
                tr!("org-cause-project-archived", project = project)
            }
            OrgCause::OwnerLostAccess { project, owner, .. } => {
                tr!(
                    "org-cause-owner-lost-access",
                    project = project,
                    owner = owner
                )
            }
            OrgCause::ModelNotAllowed {
                project,
                model,
                allowed,
                ..
            } => tr!(
                "org-cause-model-not-allowed",
                project = project,
                model = model,
                allowed = allowed.join(", "),
                count = allowed.len()
            ),
            OrgCause::ModelDenied { project, model, .. } => {
                tr!("org-cause-model-denied", project = project, model = model)
            }
            OrgCause::ProjectHardLimit {
                project,
                limit,
                spent,
                ..
            } => tr!(
                "org-cause-project-hard-limit",
                project = project,
                limit = i18n::money(*limit),
                spent = i18n::money(*spent)
            ),
            OrgCause::OrganizationHardLimit { limit, spent } => tr!(
                "org-cause-organization-hard-limit",
                limit = i18n::money(*limit),
                spent = i18n::money(*spent)
            ),
            OrgCause::ProjectRateLimit {
                project,
                model,
                per_minute,
                ..
            } => tr!(
                "org-cause-project-rate-limit",
                project = project,
                model = model,
                count = *per_minute
            ),
            OrgCause::ScopesFromAuditLog { scopes, .. } => {
                let scopes = if scopes.is_empty() {
                    i18n::message("org-scopes-none", &[])
                } else {
                    crate::checks::describe_scopes(scopes)
                };
                tr!("org-cause-scopes-from-audit-log", scopes = scopes)
            }
            OrgCause::KeyDeleted { at, by } => {
                let date = i18n::date_at(*at);
                match by {
                    Some(by) => tr!("org-cause-key-deleted-by", date = date, by = by),
                    None => tr!("org-cause-key-deleted", date = date),
                }
            }
            OrgCause::KeyNotInOrganization { keys } => {
                tr!("org-cause-key-not-in-organization", count = *keys)
            }
        }
    }

    /// The page that fixes it and its place in the fix steps; `None` keeps the key's own
    /// (the audit log's scopes only say more about a restriction the key's page already fixes).
    pub fn fix(&self) -> Option<(String, FixPage)> {
        Some(match self {
            OrgCause::ScopesFromAuditLog { .. } => return None,
            OrgCause::ProjectArchived { .. }
            | OrgCause::OwnerLostAccess { .. }
            | OrgCause::KeyDeleted { .. }
            | OrgCause::KeyNotInOrganization { .. } => (platform::api_keys(), FixPage::ApiKeys),
            OrgCause::ModelNotAllowed { project_id, .. }
            | OrgCause::ModelDenied { project_id, .. }
            | OrgCause::ProjectHardLimit { project_id, .. }
            | OrgCause::ProjectRateLimit { project_id, .. } => {
                (platform::project_limits(project_id), FixPage::ProjectLimits)
            }
            OrgCause::OrganizationHardLimit { .. } => {
                (platform::organization_limits(), FixPage::OrganizationLimits)
            }
        })
    }
}

/// The cause the organization shows for this failing report, if it shows one. `remembered_id`
/// is the `key_…` id the key was once seen under (a deleted key is no longer listed).
pub fn find_cause(
    report: &CheckReport,
    secret: &SecretString,
    remembered_id: Option<&str>,
    facts: &OrgFacts,
) -> Option<OrgCause> {
    let verdict = &report.verdict;
    // The organization is OpenAI's: another provider's key is not in it.
    if verdict.code == VerdictCode::Ok || report.provider != crate::providers::ProviderId::OpenAi {
        return None;
    }
    let listed: Vec<(&ProjectFacts, &ProjectApiKey)> = facts
        .keys()
        .filter(|(_, key)| {
            remembered_id == Some(key.id.as_str())
                || key
                    .redacted_value
                    .as_deref()
                    .is_some_and(|redacted| redaction_matches(secret, redacted))
        })
        .collect();
    match listed.as_slice() {
        [(project, key)] => cause_for_listed_key(report, project, key, facts),
        [] => cause_for_unlisted_key(verdict.code, remembered_id, facts),
        // Two keys with the same visible ends: which one this is cannot be told.
        _ => None,
    }
}

fn cause_for_listed_key(
    report: &CheckReport,
    project: &ProjectFacts,
    key: &ProjectApiKey,
    facts: &OrgFacts,
) -> Option<OrgCause> {
    let verdict = &report.verdict;
    let Project { id: project_id, .. } = &project.project;
    let (project_id, name) = (project_id.clone(), project.name().to_owned());
    // Both stop a key from being accepted at all; a key that was accepted failed for another
    // reason, which they would hide.
    let not_accepted = verdict.code == VerdictCode::InvalidKey;
    if not_accepted && project.is_archived() {
        return Some(OrgCause::ProjectArchived {
            project_id,
            project: name,
        });
    }
    if not_accepted && key.owner_project_access.as_deref() == Some("inactive") {
        return Some(OrgCause::OwnerLostAccess {
            project_id,
            project: name,
            owner: key.owner.name().unwrap_or("?").to_owned(),
        });
    }
    match verdict.code {
        VerdictCode::ModelAccess => {
            let model = verdict.details.model.clone()?;
            let permissions = project.model_permissions.as_ref().ok()?.as_ref()?;
            if permissions.allows(&model) {
                return None;
            }
            Some(if permissions.is_allow_list() {
                OrgCause::ModelNotAllowed {
                    project_id,
                    project: name,
                    model,
                    allowed: permissions.model_ids.clone(),
                }
            } else {
                OrgCause::ModelDenied {
                    project_id,
                    project: name,
                    model,
                }
            })
        }
        VerdictCode::NoQuota => {
            hard_limit_reached(verdict.details.sub_code.as_deref(), project, facts)
        }
        // Only when OpenAI's words name the project's limit: a project keeps a cap for every
        // model, and the organization's own limit is the usual one.
        VerdictCode::RateLimited if mentions_project(verdict.details.openai_message.as_deref()) => {
            let model = verdict.details.model.as_deref()?;
            let limit = project
                .rate_limits
                .as_deref()
                .ok()?
                .iter()
                .find(|limit| limit.model == model)?;
            Some(OrgCause::ProjectRateLimit {
                project_id,
                project: name,
                model: model.to_owned(),
                per_minute: limit.max_requests_per_1_minute?,
            })
        }
        VerdictCode::MissingScopes => audit_log_scopes(verdict, key, facts, project_id),
        _ => None,
    }
}

/// The scopes the audit log says the key was given, when they lack a permission the check
/// found missing. An empty list is no restriction [I] (reference, open question 3): then the
/// key is not what lacks the permission (its owner's role may be), and the log says nothing
/// that helps.
fn audit_log_scopes(
    verdict: &crate::checks::Verdict,
    key: &ProjectApiKey,
    facts: &OrgFacts,
    project_id: String,
) -> Option<OrgCause> {
    let scopes = facts.key_scopes(&key.id)?;
    let lacks_a_missing_one = verdict.details.missing_scopes.iter().any(|missing| {
        !scopes
            .iter()
            .any(|given| canonical(given) == canonical(missing))
    });
    (!scopes.is_empty() && lacks_a_missing_one)
        .then_some(OrgCause::ScopesFromAuditLog { project_id, scopes })
}

fn mentions_project(message: Option<&str>) -> bool {
    message.is_some_and(|m| m.to_lowercase().contains("project"))
}

/// The hard limit OpenAI's sub-code names (no credit or a tier's usage limit is not one).
fn hard_limit_reached(
    sub_code: Option<&str>,
    project: &ProjectFacts,
    facts: &OrgFacts,
) -> Option<OrgCause> {
    let costs = facts.month_costs.as_ref().ok()?;
    if sub_code == Some("organization_spend_limit_exceeded") {
        return organization_limit_reached(costs, facts);
    }
    if sub_code != Some("project_spend_limit_exceeded") {
        return None;
    }
    let project_spent = costs
        .by_project
        .get(&project.project.id)
        .copied()
        .unwrap_or(0.0);
    if let Ok(Some(limit)) = &project.spend_limit
        && limit.is_enforcing()
        && project_spent >= limit.dollars()
    {
        return Some(OrgCause::ProjectHardLimit {
            project_id: project.project.id.clone(),
            project: project.name().to_owned(),
            limit: limit.dollars(),
            spent: project_spent,
        });
    }
    None
}

fn organization_limit_reached(costs: &super::MonthCosts, facts: &OrgFacts) -> Option<OrgCause> {
    let organization_spent: f64 = costs.by_project.values().sum();
    match &facts.spend_limit {
        Ok(Some(limit)) if limit.is_enforcing() && organization_spent >= limit.dollars() => {
            Some(OrgCause::OrganizationHardLimit {
                limit: limit.dollars(),
                spent: organization_spent,
            })
        }
        _ => None,
    }
}

fn cause_for_unlisted_key(
    code: VerdictCode,
    remembered_id: Option<&str>,
    facts: &OrgFacts,
) -> Option<OrgCause> {
    if code != VerdictCode::InvalidKey {
        return None;
    }
    if let Some(deleted) = remembered_id.and_then(|id| facts.key_event("api_key.deleted", id)) {
        return Some(OrgCause::KeyDeleted {
            at: deleted.effective_at,
            by: deleted
                .actor
                .as_ref()
                .and_then(|actor| actor.email())
                .map(str::to_owned),
        });
    }
    // Only when every project's keys could be read (a part missing could hold it), and the
    // listed redactions have the shape matching reads (else nothing could ever match).
    let projects = facts.projects.as_ref().ok()?;
    if projects.iter().any(|project| project.keys.is_err()) {
        return None;
    }
    let readable = facts.keys().any(|(_, key)| {
        key.redacted_value
            .as_deref()
            .is_some_and(crate::usage::key_match::is_readable_redaction)
    });
    if !readable {
        return None;
    }
    Some(OrgCause::KeyNotInOrganization {
        keys: facts.key_count(),
    })
}

/// Puts the organization's cause, when it shows one, into the report's verdict. Returns the
/// cause found.
pub fn refine_report(
    report: &mut CheckReport,
    secret: &SecretString,
    remembered_id: Option<&str>,
    facts: &OrgFacts,
) -> Option<OrgCause> {
    let cause = find_cause(report, secret, remembered_id, facts)?;
    report.verdict.set_organization_cause(cause.clone());
    Some(cause)
}

/// Whether an Admin key of the key's organization could tell more about this verdict: the
/// failures whose cause often sits in the organization (admin reference section 15).
pub fn admin_key_could_tell_more(code: VerdictCode) -> bool {
    matches!(
        code,
        VerdictCode::InvalidKey
            | VerdictCode::MissingScopes
            | VerdictCode::NoQuota
            | VerdictCode::RateLimited
            | VerdictCode::ModelAccess
    )
}

/// Failing checks made precise with an Admin key, the organization read once for all of them.
#[derive(Clone)]
pub struct Refiner {
    client: crate::openai::Client,
    admin_key: SecretString,
    recent: RecentFacts,
}

/// The organization as last read, kept a minute: the quiet re-checks after a fix page was
/// opened come every 20 seconds and need not read it each time.
#[derive(Clone, Default)]
pub struct RecentFacts(Arc<Mutex<Option<ReadAt>>>);

/// Facts, when they were read, and the fingerprint of the Admin key that read them.
type ReadAt = (Instant, String, Arc<OrgFacts>);

const RECENT_FOR: Duration = Duration::from_secs(60);

impl RecentFacts {
    fn fresh(&self, admin: &str) -> Option<Arc<OrgFacts>> {
        let kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.as_ref()
            .filter(|(at, read_by, _)| at.elapsed() < RECENT_FOR && read_by == admin)
            .map(|(_, _, facts)| facts.clone())
    }

    fn keep(&self, admin: String, facts: Arc<OrgFacts>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), admin, facts));
    }
}

/// A failing check waiting for the organization's cause: the report, the key, and the `key_…`
/// id it was once seen under.
pub struct HeldCheck {
    pub report: CheckReport,
    pub secret: SecretString,
    pub remembered_id: Option<String>,
}

impl Refiner {
    pub fn new(
        client: crate::openai::Client,
        admin_key: SecretString,
        recent: RecentFacts,
    ) -> Self {
        Refiner {
            client,
            admin_key,
            recent,
        }
    }

    /// Whether the organization could tell more about this report.
    pub fn wants(report: &CheckReport) -> bool {
        report.provider == crate::providers::ProviderId::OpenAi
            && report.verdict.code != VerdictCode::Ok
            && admin_key_could_tell_more(report.verdict.code)
    }

    /// Reads the organization once and refines every held check (those it shows nothing for
    /// keep their verdict).
    pub async fn refine(&self, held: &mut [HeldCheck]) {
        if held.is_empty() {
            return;
        }
        let admin =
            crate::vault::fingerprint(secrecy::ExposeSecret::expose_secret(&self.admin_key));
        let facts = match self.recent.fresh(&admin) {
            Some(facts) => facts,
            None => {
                let now = jiff::Timestamp::now().as_second();
                let read = super::read_organization(&self.client, &self.admin_key, now).await;
                let read = Arc::new(read);
                // A read that got nothing (a refused key, no network) is not worth keeping.
                if read.projects.is_ok() {
                    self.recent.keep(admin, read.clone());
                }
                read
            }
        };
        for check in held.iter_mut() {
            refine_report(
                &mut check.report,
                &check.secret,
                check.remembered_id.as_deref(),
                &facts,
            );
        }
    }
}
