//! The organization's side of the Admin API (admin reference sections 3–10): projects' keys with
//! their owners, service accounts, model and hosted-tool permissions, rate limits, hard spend
//! limits, spend alerts, Admin keys and the audit log. Every call here is a GET: the
//! organization is read, never changed.

use std::collections::BTreeMap;

use secrecy::SecretString;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::client::{ApiRequest, Client, walk_list};
use super::error::ApiError;
use super::types::{HasId, ListPage};

/// `owner` of a project key: a person or a service account (reference section 4).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct KeyOwner {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub user: Option<OwnerUser>,
    pub service_account: Option<OwnerServiceAccount>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct OwnerUser {
    pub id: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    /// The person's role in the project.
    pub role: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct OwnerServiceAccount {
    pub id: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
}

impl KeyOwner {
    pub fn is_service_account(&self) -> bool {
        self.kind.as_deref() == Some("service_account") || self.service_account.is_some()
    }

    /// The owner's name, else their e-mail address, else the id.
    pub fn name(&self) -> Option<&str> {
        if let Some(user) = &self.user {
            return user
                .name
                .as_deref()
                .or(user.email.as_deref())
                .or(user.id.as_deref());
        }
        let account = self.service_account.as_ref()?;
        account.name.as_deref().or(account.id.as_deref())
    }

    pub fn email(&self) -> Option<&str> {
        self.user.as_ref()?.email.as_deref()
    }

    pub fn role(&self) -> Option<&str> {
        match (&self.user, &self.service_account) {
            (Some(user), _) => user.role.as_deref(),
            (None, Some(account)) => account.role.as_deref(),
            (None, None) => None,
        }
    }
}

/// `organization.project.service_account`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ServiceAccount {
    pub id: String,
    pub name: Option<String>,
    pub role: Option<String>,
    pub created_at: Option<i64>,
}

impl HasId for ServiceAccount {
    fn id(&self) -> &str {
        &self.id
    }
}

/// `project.model_permissions`: which models the project may use.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ModelPermissions {
    /// `allow_list` or `deny_list`.
    pub mode: String,
    #[serde(default)]
    pub model_ids: Vec<String>,
}

impl ModelPermissions {
    pub fn is_allow_list(&self) -> bool {
        self.mode == "allow_list"
    }

    /// Whether the project may use `model` (a snapshot counts as its family's name).
    pub fn allows(&self, model: &str) -> bool {
        let listed = self
            .model_ids
            .iter()
            .any(|id| id == model || model.starts_with(&format!("{id}-20")));
        listed == self.is_allow_list()
    }
}

/// `{"enabled": bool}` of one hosted tool.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
pub struct ToolSwitch {
    pub enabled: bool,
}

/// Hosted tool permissions: `file_search`, `web_search`, `image_generation`, `mcp`,
/// `code_interpreter`, each `{"enabled": bool}`. Read leniently: a field that is not a switch
/// (an `object` name, should OpenAI add one) is left aside instead of failing the part, and a
/// tool Key Doctor does not know is kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct HostedToolPermissions(pub BTreeMap<String, ToolSwitch>);

impl<'de> Deserialize<'de> for HostedToolPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = BTreeMap::<String, serde_json::Value>::deserialize(deserializer)?;
        Ok(HostedToolPermissions(
            fields
                .into_iter()
                .filter_map(|(tool, value)| {
                    let switch = serde_json::from_value::<ToolSwitch>(value).ok()?;
                    Some((tool, switch))
                })
                .collect(),
        ))
    }
}

impl HostedToolPermissions {
    /// The tools turned off for the project.
    pub fn turned_off(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(|(_, switch)| !switch.enabled)
            .map(|(tool, _)| tool.as_str())
    }
}

/// A hosted tool's name in words; one Key Doctor does not know keeps OpenAI's name.
pub fn tool_words(tool: &str) -> String {
    match tool {
        "file_search" => crate::tr!("org-view-tool-file-search"),
        "web_search" => crate::tr!("org-view-tool-web-search"),
        "image_generation" => crate::tr!("org-view-tool-image-generation"),
        "mcp" => crate::tr!("org-view-tool-mcp"),
        "code_interpreter" => crate::tr!("org-view-tool-code-interpreter"),
        other => other.replace('_', " "),
    }
}

/// `project.rate_limit`: the project's cap for one model.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ProjectRateLimit {
    pub id: String,
    pub model: String,
    pub max_requests_per_1_minute: Option<u64>,
    pub max_tokens_per_1_minute: Option<u64>,
    pub max_images_per_1_minute: Option<u64>,
    pub max_audio_megabytes_per_1_minute: Option<u64>,
    pub max_requests_per_1_day: Option<u64>,
    pub batch_1_day_max_input_tokens: Option<u64>,
}

impl HasId for ProjectRateLimit {
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct Enforcement {
    pub status: Option<String>,
}

/// A hard spend limit (organization or project), `threshold_amount` in cents.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct SpendLimit {
    pub threshold_amount: i64,
    pub currency: Option<String>,
    pub interval: Option<String>,
    #[serde(default)]
    pub enforcement: Enforcement,
}

impl SpendLimit {
    pub fn is_enforcing(&self) -> bool {
        self.enforcement.status.as_deref() == Some("enforcing")
    }

    pub fn dollars(&self) -> f64 {
        self.threshold_amount as f64 / 100.0
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct NotificationChannel {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub recipients: Vec<String>,
}

/// A spend alert: an e-mail when spending passes `threshold_amount` cents; it never blocks.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct SpendAlert {
    pub id: String,
    pub threshold_amount: i64,
    pub currency: Option<String>,
    #[serde(default)]
    pub notification_channel: NotificationChannel,
}

impl HasId for SpendAlert {
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct AdminKeyOwner {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
}

/// `organization.admin_api_key` (only Admin keys, whatever the operation's title says).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct AdminApiKey {
    pub id: String,
    pub name: Option<String>,
    pub redacted_value: Option<String>,
    pub created_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    #[serde(default)]
    pub owner: AdminKeyOwner,
}

impl HasId for AdminApiKey {
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct AuditUser {
    pub id: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct AuditSession {
    pub user: Option<AuditUser>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct AuditApiKeyActor {
    pub id: Option<String>,
    pub user: Option<AuditUser>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct AuditActor {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub session: Option<AuditSession>,
    pub api_key: Option<AuditApiKeyActor>,
}

impl AuditActor {
    /// Who did it: the person's e-mail address, whether by the dashboard or with a key.
    pub fn email(&self) -> Option<&str> {
        let from_session = self.session.as_ref().and_then(|s| s.user.as_ref());
        let from_key = self.api_key.as_ref().and_then(|k| k.user.as_ref());
        from_session.or(from_key)?.email.as_deref()
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct AuditProject {
    pub id: Option<String>,
    pub name: Option<String>,
}

/// One audit-log entry. Its details sit under a property named after its type
/// (`"api_key.created": {…}`), kept in `rest`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct AuditLog {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub effective_at: i64,
    pub project: Option<AuditProject>,
    pub actor: Option<AuditActor>,
    #[serde(flatten)]
    pub rest: serde_json::Map<String, serde_json::Value>,
}

impl HasId for AuditLog {
    fn id(&self) -> &str {
        &self.id
    }
}

impl AuditLog {
    fn details(&self) -> Option<&serde_json::Value> {
        self.rest.get(&self.kind)
    }

    /// The id of what the event is about (a key's `key_…` tracking id for key events).
    pub fn subject_id(&self) -> Option<&str> {
        self.details()?.get("id")?.as_str()
    }

    /// The scopes an `api_key.created` or `api_key.updated` event records. The schema puts
    /// an update's under `changes_requested`, its example under `data`: both are read.
    pub fn scopes(&self) -> Option<Vec<String>> {
        let details = self.details()?;
        let scopes = ["changes_requested", "data"]
            .iter()
            .find_map(|place| details.get(place)?.get("scopes"))?;
        Some(
            scopes
                .as_array()?
                .iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect(),
        )
    }
}

impl Client {
    /// Every item of an object-cursor list, page after page (`limit`, `after`).
    pub async fn list_all<T: DeserializeOwned + HasId>(
        &self,
        key: &SecretString,
        request: ApiRequest,
    ) -> Result<Vec<T>, ApiError> {
        let limit = self.config().list_page_limit;
        walk_list(|after| {
            let request = request
                .clone()
                .query("limit", limit)
                .cursor("after", after.as_deref());
            async move { self.get_json::<ListPage<T>>(key, request).await }
        })
        .await
    }

    /// A single object (a project's model permissions, a spend limit). `None` when the
    /// organization has set none: OpenAI's answer then is a 404 [I] (reference, open question 5).
    pub async fn get_optional<T: DeserializeOwned>(
        &self,
        key: &SecretString,
        path: String,
    ) -> Result<Option<T>, ApiError> {
        match self.get_json(key, ApiRequest::get(path)).await {
            Ok(found) => Ok(Some(found)),
            Err(error) if error.http_status() == Some(404) => Ok(None),
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_permissions_keep_the_switches_and_leave_other_fields() {
        let read: HostedToolPermissions = serde_json::from_str(
            r#"{"object":"project.hosted_tool_permissions","file_search":{"enabled":false},"mcp":{"enabled":true},"new_tool":{"enabled":false}}"#,
        )
        .expect("a field that is not a switch does not fail the part");
        let off: Vec<&str> = read.turned_off().collect();
        assert_eq!(off, ["file_search", "new_tool"]);
        assert_eq!(tool_words("new_tool"), "new tool");
    }

    #[test]
    fn model_permissions_count_a_snapshot_as_its_model() {
        let allow = ModelPermissions {
            mode: "allow_list".into(),
            model_ids: vec!["gpt-4.1".into()],
        };
        assert!(allow.allows("gpt-4.1"));
        assert!(allow.allows("gpt-4.1-2025-04-14"));
        assert!(!allow.allows("gpt-4.1-mini"));
        let deny = ModelPermissions {
            mode: "deny_list".into(),
            ..allow
        };
        assert!(!deny.allows("gpt-4.1"));
        assert!(deny.allows("gpt-5-mini"));
    }
}
