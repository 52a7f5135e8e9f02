//! Every key of the organization as one row: its project, owner and whether the owner still
//! has access, dates, this month's cost, and the flags that need someone's attention, each
//! with the page that fixes it. The Organization view and `key-doctor org` show the same rows.

use serde::Serialize;

use super::OrgFacts;
use crate::openai::platform;
use crate::usage::key_match::redactions_agree;

/// A key not used for this long is flagged.
pub const UNUSED_DAYS: i64 = 90;

/// A key kept in this app, to tell the organization's keys that are stored here.
#[derive(Debug, Clone)]
pub struct StoredKey {
    /// The name the person gave it here.
    pub name: String,
    /// Key Doctor's redacted form (`sk-proj-…abcd`).
    pub redacted: String,
    /// The `key_…` id it was seen under before, when known.
    pub remembered_id: Option<String>,
}

/// Something about a key that needs attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyFlag {
    /// Not used for 90 days (or never, and made more than 90 days ago).
    Unused,
    /// Its owner no longer has access to the project: the key no longer works.
    OwnerLostAccess,
    /// Its project is archived: the key no longer works.
    ProjectArchived,
    /// Not kept in this app.
    NotInThisApp,
}

impl KeyFlag {
    pub fn words(self) -> String {
        let id = match self {
            KeyFlag::Unused => "org-flag-unused",
            KeyFlag::OwnerLostAccess => "org-flag-owner-lost-access",
            KeyFlag::ProjectArchived => "org-flag-project-archived",
            KeyFlag::NotInThisApp => "org-flag-not-in-this-app",
        };
        crate::i18n::message(id, &[("days", UNUSED_DAYS.into())])
    }

    /// The button's words and the page that deals with it (none: nothing to fix there).
    pub fn fix(self, project_id: &str) -> Option<(String, String)> {
        let (label, url) = match self {
            KeyFlag::Unused => (
                "org-fix-key-page",
                platform::project_api_keys(Some(project_id)),
            ),
            KeyFlag::OwnerLostAccess => ("org-fix-members", platform::project_members(project_id)),
            KeyFlag::ProjectArchived => ("org-fix-projects", platform::organization_projects()),
            KeyFlag::NotInThisApp => return None,
        };
        Some((crate::i18n::message(label, &[]), url))
    }

    /// Flags that mean the key no longer works come first.
    pub fn is_serious(self) -> bool {
        matches!(self, KeyFlag::OwnerLostAccess | KeyFlag::ProjectArchived)
    }
}

/// One key of the organization.
#[derive(Debug, Clone, Serialize)]
pub struct KeyRow {
    pub id: String,
    pub name: String,
    pub redacted: Option<String>,
    pub project_id: String,
    pub project: String,
    pub owner: Option<String>,
    pub owner_email: Option<String>,
    pub owner_is_service_account: bool,
    /// The owner's role in the project.
    pub owner_role: Option<String>,
    pub owner_has_access: bool,
    pub created_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub expires_at: Option<i64>,
    /// This month's cost; `None` when costs could not be read.
    pub month_cost: Option<f64>,
    /// The name it has in this app, when it is kept here.
    pub stored_as: Option<String>,
    /// The scopes the audit log says it was last given.
    pub scopes: Option<Vec<String>>,
    pub flags: Vec<KeyFlag>,
}

impl KeyRow {
    /// Whether the search words are in its name, project, owner or name in this app.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        query.is_empty()
            || [
                Some(&self.name),
                Some(&self.project),
                self.owner.as_ref(),
                self.owner_email.as_ref(),
                self.stored_as.as_ref(),
                Some(&self.id),
            ]
            .into_iter()
            .flatten()
            .any(|text| text.to_lowercase().contains(&query))
    }
}

/// The rows of every key the organization lists, in the order the projects and keys came.
pub fn key_rows(facts: &OrgFacts, stored: &[StoredKey], now: i64) -> Vec<KeyRow> {
    let costs = facts.month_costs.as_ref().ok();
    facts
        .keys()
        .map(|(project, key)| {
            let stored_as = stored
                .iter()
                .find(|mine| {
                    mine.remembered_id.as_deref() == Some(key.id.as_str())
                        || key
                            .redacted_value
                            .as_deref()
                            .is_some_and(|theirs| redactions_agree(&mine.redacted, theirs))
                })
                .map(|mine| mine.name.clone());
            let owner_has_access = key.owner_project_access.as_deref() != Some("inactive");
            let mut flags = Vec::new();
            if project.is_archived() {
                flags.push(KeyFlag::ProjectArchived);
            }
            if !owner_has_access {
                flags.push(KeyFlag::OwnerLostAccess);
            }
            let last_seen = key.last_used_at.or(key.created_at);
            if last_seen.is_some_and(|at| now - at > UNUSED_DAYS * 86_400) {
                flags.push(KeyFlag::Unused);
            }
            if stored_as.is_none() {
                flags.push(KeyFlag::NotInThisApp);
            }
            KeyRow {
                id: key.id.clone(),
                name: key.name.clone().unwrap_or_else(|| key.id.clone()),
                redacted: key.redacted_value.clone(),
                project_id: project.project.id.clone(),
                project: project.name().to_owned(),
                owner: key.owner.name().map(str::to_owned),
                owner_email: key.owner.email().map(str::to_owned),
                owner_is_service_account: key.owner.is_service_account(),
                owner_role: key.owner.role().map(str::to_owned),
                owner_has_access,
                created_at: key.created_at,
                last_used_at: key.last_used_at,
                expires_at: key.expires_at,
                month_cost: costs.map(|c| c.by_key.get(&key.id).copied().unwrap_or(0.0)),
                stored_as,
                scopes: facts.key_scopes(&key.id),
                flags,
            }
        })
        .collect()
}

/// A column the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    /// Serious flags first, then by name.
    #[default]
    Attention,
    Name,
    Project,
    Owner,
    Created,
    LastUsed,
    MonthCost,
}

/// Sorts rows in place; a tie keeps the rows' order by name.
pub fn sort_rows(rows: &mut [KeyRow], column: SortColumn, descending: bool) {
    let attention = |row: &KeyRow| {
        let serious = row.flags.iter().filter(|f| f.is_serious()).count();
        std::cmp::Reverse((serious, row.flags.len()))
    };
    rows.sort_by(|a, b| {
        let order = match column {
            SortColumn::Attention => attention(a).cmp(&attention(b)),
            SortColumn::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            SortColumn::Project => a.project.to_lowercase().cmp(&b.project.to_lowercase()),
            SortColumn::Owner => a.owner.cmp(&b.owner),
            SortColumn::Created => a.created_at.cmp(&b.created_at),
            SortColumn::LastUsed => a.last_used_at.cmp(&b.last_used_at),
            SortColumn::MonthCost => a
                .month_cost
                .unwrap_or(0.0)
                .total_cmp(&b.month_cost.unwrap_or(0.0)),
        };
        let order = if descending { order.reverse() } else { order };
        order.then_with(|| a.name.cmp(&b.name))
    });
}
