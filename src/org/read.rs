//! Reads the organization's facts: every list at once, every page of each, under one cap on
//! requests in flight. The project list comes first (the per-project lists need its ids); the
//! organization-wide parts go alongside it. Only GETs are sent, and only with the Admin key.

use std::sync::Arc;

use futures_util::future::join_all;
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;

use super::{MonthCosts, OrgFacts, Part, PartError, PartName, ProjectFacts};
use crate::openai::admin::AuditLog;
use crate::openai::{ApiError, ApiRequest, Client, CostsQuery, HasId, Project};

/// Parts read at once. A 50-project organization has about 350 per-project lists; reading them
/// in one round keeps the whole read near two round trips.
pub const MAX_PARTS_IN_FLIGHT: usize = 512;

/// How far back the audit log is read for key events, in windows read side by side.
const AUDIT_WINDOWS: i64 = 12;
const AUDIT_WINDOW_SECONDS: i64 = 30 * 86_400;
const KEY_EVENTS: [&str; 3] = ["api_key.created", "api_key.updated", "api_key.deleted"];

/// The Admin key and the client it reads with.
#[derive(Clone)]
pub struct OrgReader {
    client: Client,
    admin_key: SecretString,
    in_flight: Arc<Semaphore>,
}

/// Reads everything with `admin_key` (see [`OrgReader::read`]).
pub async fn read_organization(client: &Client, admin_key: &SecretString, now: i64) -> OrgFacts {
    OrgReader::new(client.clone(), admin_key.clone())
        .read(now)
        .await
}

impl OrgReader {
    pub fn new(client: Client, admin_key: SecretString) -> Self {
        OrgReader::with_max_in_flight(client, admin_key, MAX_PARTS_IN_FLIGHT)
    }

    /// At most `parts` read at once (1: one list after another, the benchmark's baseline).
    pub fn with_max_in_flight(client: Client, admin_key: SecretString, parts: usize) -> Self {
        OrgReader {
            client,
            admin_key,
            in_flight: Arc::new(Semaphore::new(parts.max(1))),
        }
    }

    /// Every part; a part that fails is kept as its error and the others still come.
    pub async fn read(&self, now: i64) -> OrgFacts {
        let (projects, admin_keys, spend_limit, spend_alerts, month_costs, audit_log) = tokio::join!(
            self.projects(),
            self.list(
                PartName::AdminKeys,
                ApiRequest::get("/organization/admin_api_keys")
            ),
            self.optional(PartName::SpendLimit, "/organization/spend_limit".into()),
            self.list(
                PartName::SpendAlerts,
                ApiRequest::get("/organization/spend_alerts")
            ),
            self.month_costs(now),
            self.audit_log(now),
        );
        OrgFacts {
            read_at: now,
            projects,
            admin_keys,
            spend_limit,
            spend_alerts,
            month_costs,
            audit_log,
        }
    }

    async fn limited<T>(
        &self,
        part: PartName,
        read: impl Future<Output = Result<T, ApiError>>,
    ) -> Part<T> {
        let _permit = self.in_flight.acquire().await.map_err(|_| PartError {
            part,
            error: Arc::new(ApiError::NotSent),
        })?;
        read.await.map_err(|error| PartError {
            part,
            error: Arc::new(error),
        })
    }

    async fn list<T: DeserializeOwned + HasId>(
        &self,
        part: PartName,
        request: ApiRequest,
    ) -> Part<Vec<T>> {
        self.limited(part, self.client.list_all(&self.admin_key, request))
            .await
    }

    async fn optional<T: DeserializeOwned>(&self, part: PartName, path: String) -> Part<Option<T>> {
        self.limited(part, self.client.get_optional(&self.admin_key, path))
            .await
    }

    /// Every project, archived ones too (their keys no longer work: that is worth saying).
    async fn projects(&self) -> Part<Vec<ProjectFacts>> {
        let request = ApiRequest::get("/organization/projects").query("include_archived", true);
        let projects: Vec<Project> = self.list(PartName::Projects, request).await?;
        Ok(join_all(projects.into_iter().map(|p| self.project(p))).await)
    }

    async fn project(&self, project: Project) -> ProjectFacts {
        let base = format!("/organization/projects/{}", project.id);
        let archived =
            project.status.as_deref() == Some("archived") || project.archived_at.is_some();
        let keys_request =
            ApiRequest::get(format!("{base}/api_keys")).query("owner_project_access", "any");
        let service_accounts = async {
            if archived {
                // OpenAI answers 400 here: an archived project has no service accounts.
                Ok(Vec::new())
            } else {
                let request = ApiRequest::get(format!("{base}/service_accounts"));
                self.list(PartName::ServiceAccounts, request).await
            }
        };
        // All seven at once: a second group after the first would add a round trip.
        let (
            keys,
            service_accounts,
            model_permissions,
            tool_permissions,
            rate_limits,
            spend_limit,
            spend_alerts,
        ) = tokio::join!(
            self.list(PartName::Keys, keys_request),
            service_accounts,
            self.optional(
                PartName::ModelPermissions,
                format!("{base}/model_permissions")
            ),
            self.optional(
                PartName::ToolPermissions,
                format!("{base}/hosted_tool_permissions")
            ),
            self.list(
                PartName::RateLimits,
                ApiRequest::get(format!("{base}/rate_limits"))
            ),
            self.optional(PartName::SpendLimit, format!("{base}/spend_limit")),
            self.list(
                PartName::SpendAlerts,
                ApiRequest::get(format!("{base}/spend_alerts"))
            ),
        );
        ProjectFacts {
            project,
            keys,
            service_accounts,
            model_permissions,
            tool_permissions,
            rate_limits,
            spend_limit,
            spend_alerts,
        }
    }

    /// This UTC month's cost by project and by key: one query grouped by both.
    async fn month_costs(&self, now: i64) -> Part<MonthCosts> {
        let since = month_start(now);
        let mut query = CostsQuery::daily(since, now);
        query.limit = Some(31);
        query.group_by = vec!["project_id".into(), "api_key_id".into()];
        let buckets = self
            .limited(
                PartName::Costs,
                self.client.costs_all(&self.admin_key, &query),
            )
            .await?;
        let mut costs = MonthCosts {
            since,
            ..MonthCosts::default()
        };
        for result in buckets.iter().flat_map(|bucket| &bucket.results) {
            if let Some(project) = &result.project_id {
                *costs.by_project.entry(project.clone()).or_default() += result.amount.value;
            }
            if let Some(key) = &result.api_key_id {
                *costs.by_key.entry(key.clone()).or_default() += result.amount.value;
            }
        }
        Ok(costs)
    }

    /// Key events of the last year, month windows side by side, newest first.
    async fn audit_log(&self, now: i64) -> Part<Vec<AuditLog>> {
        let windows = (0..AUDIT_WINDOWS).map(|window| {
            let end = now + 1 - window * AUDIT_WINDOW_SECONDS;
            let mut request = ApiRequest::get("/organization/audit_logs")
                .query("effective_at[gte]", end - AUDIT_WINDOW_SECONDS)
                .query("effective_at[lt]", end);
            for kind in KEY_EVENTS {
                request = request.query("event_types[]", kind);
            }
            self.list::<AuditLog>(PartName::AuditLog, request)
        });
        let mut events = Vec::new();
        for window in join_all(windows).await {
            events.extend(window?);
        }
        events.sort_by_key(|event| std::cmp::Reverse(event.effective_at));
        Ok(events)
    }
}

/// The first second of the UTC month `now` falls in.
pub fn month_start(now: i64) -> i64 {
    let day = jiff::Timestamp::from_second(now)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    day.first_of_month()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_or(now, |start| start.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_month_starts_at_midnight_utc_on_the_first() {
        // 2026-11-29 14:00 UTC
        assert_eq!(month_start(1_795_960_800), 1_793_491_200);
        assert_eq!(month_start(1_793_491_200), 1_793_491_200);
    }
}
