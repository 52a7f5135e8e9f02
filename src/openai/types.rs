//! Typed responses of the endpoints Key Doctor reads (reference sections 1 and 6). Fields that
//! OpenAI may leave out default instead of failing the whole answer.

use serde::{Deserialize, Serialize};

/// A page of the usage and costs endpoints, chained by `next_page`.
#[derive(Debug, Clone, Deserialize)]
pub struct Page<T> {
    pub data: Vec<T>,
    #[serde(default)]
    pub has_more: bool,
    pub next_page: Option<String>,
}

/// A page of the list endpoints (projects, api keys), chained by `after`.
#[derive(Debug, Clone, Deserialize)]
pub struct ListPage<T> {
    pub data: Vec<T>,
    #[serde(default)]
    pub has_more: bool,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
}

/// Items of list endpoints, which page by the last item's id.
pub trait HasId {
    fn id(&self) -> &str;
}

/// `GET /v1/me` (undocumented; reference section 1).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Me {
    pub id: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
    pub orgs: Option<MeList<MeOrganization>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MeList<T> {
    #[serde(default = "Vec::new")]
    pub data: Vec<T>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MeOrganization {
    pub id: String,
    pub title: Option<String>,
    pub name: Option<String>,
    pub personal: Option<bool>,
    pub is_default: Option<bool>,
    pub role: Option<String>,
    pub projects: Option<MeList<MeProject>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MeProject {
    pub id: String,
    pub title: Option<String>,
    pub role: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ModelList {
    pub data: Vec<Model>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Model {
    pub id: String,
    pub owned_by: Option<String>,
}

/// The usage endpoints under `/v1/organization/usage/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UsageKind {
    Completions,
    Embeddings,
    Moderations,
    Images,
    AudioSpeeches,
    AudioTranscriptions,
    VectorStores,
    CodeInterpreterSessions,
}

impl UsageKind {
    pub fn path(self) -> &'static str {
        match self {
            UsageKind::Completions => "completions",
            UsageKind::Embeddings => "embeddings",
            UsageKind::Moderations => "moderations",
            UsageKind::Images => "images",
            UsageKind::AudioSpeeches => "audio_speeches",
            UsageKind::AudioTranscriptions => "audio_transcriptions",
            UsageKind::VectorStores => "vector_stores",
            UsageKind::CodeInterpreterSessions => "code_interpreter_sessions",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BucketWidth {
    Minute,
    Hour,
    Day,
}

impl BucketWidth {
    pub fn as_str(self) -> &'static str {
        match self {
            BucketWidth::Minute => "1m",
            BucketWidth::Hour => "1h",
            BucketWidth::Day => "1d",
        }
    }

    /// The most buckets one usage page may hold (reference section 6).
    pub const fn max_usage_limit(self) -> u32 {
        match self {
            BucketWidth::Minute => 1440,
            BucketWidth::Hour => 168,
            BucketWidth::Day => 31,
        }
    }

    pub fn seconds(self) -> i64 {
        match self {
            BucketWidth::Minute => 60,
            BucketWidth::Hour => 3600,
            BucketWidth::Day => 86_400,
        }
    }
}

/// Query of a usage endpoint. Arrays go out as `group_by[]=…`, as OpenAI's SDK sends them.
#[derive(Debug, Clone)]
pub struct UsageQuery {
    /// Unix seconds, inclusive.
    pub start_time: i64,
    /// Unix seconds, exclusive.
    pub end_time: Option<i64>,
    pub bucket_width: BucketWidth,
    pub limit: Option<u32>,
    pub group_by: Vec<String>,
    pub project_ids: Vec<String>,
    pub api_key_ids: Vec<String>,
    pub models: Vec<String>,
}

impl UsageQuery {
    pub fn daily(start_time: i64, end_time: i64) -> Self {
        UsageQuery {
            start_time,
            end_time: Some(end_time),
            bucket_width: BucketWidth::Day,
            limit: None,
            group_by: Vec::new(),
            project_ids: Vec::new(),
            api_key_ids: Vec::new(),
            models: Vec::new(),
        }
    }

    pub(crate) fn to_query(&self) -> Vec<(String, String)> {
        let mut query = vec![
            ("start_time".to_owned(), self.start_time.to_string()),
            (
                "bucket_width".to_owned(),
                self.bucket_width.as_str().to_owned(),
            ),
        ];
        if let Some(end) = self.end_time {
            query.push(("end_time".to_owned(), end.to_string()));
        }
        if let Some(limit) = self.limit {
            query.push(("limit".to_owned(), limit.to_string()));
        }
        push_array(&mut query, "group_by[]", &self.group_by);
        push_array(&mut query, "project_ids[]", &self.project_ids);
        push_array(&mut query, "api_key_ids[]", &self.api_key_ids);
        push_array(&mut query, "models[]", &self.models);
        query
    }
}

/// Query of `/v1/organization/costs` (daily buckets only, at most 180 a page).
#[derive(Debug, Clone)]
pub struct CostsQuery {
    pub start_time: i64,
    pub end_time: Option<i64>,
    pub limit: Option<u32>,
    pub group_by: Vec<String>,
    pub project_ids: Vec<String>,
    pub api_key_ids: Vec<String>,
}

impl CostsQuery {
    pub const MAX_LIMIT: u32 = 180;

    pub fn daily(start_time: i64, end_time: i64) -> Self {
        CostsQuery {
            start_time,
            end_time: Some(end_time),
            limit: None,
            group_by: Vec::new(),
            project_ids: Vec::new(),
            api_key_ids: Vec::new(),
        }
    }

    pub(crate) fn to_query(&self) -> Vec<(String, String)> {
        let mut query = vec![
            ("start_time".to_owned(), self.start_time.to_string()),
            ("bucket_width".to_owned(), "1d".to_owned()),
        ];
        if let Some(end) = self.end_time {
            query.push(("end_time".to_owned(), end.to_string()));
        }
        if let Some(limit) = self.limit {
            query.push(("limit".to_owned(), limit.to_string()));
        }
        push_array(&mut query, "group_by[]", &self.group_by);
        push_array(&mut query, "project_ids[]", &self.project_ids);
        push_array(&mut query, "api_key_ids[]", &self.api_key_ids);
        query
    }
}

fn push_array(query: &mut Vec<(String, String)>, name: &str, values: &[String]) {
    query.extend(values.iter().map(|v| (name.to_owned(), v.clone())));
}

#[derive(Debug, Clone, Deserialize)]
pub struct UsageBucket {
    pub start_time: i64,
    pub end_time: i64,
    #[serde(default)]
    pub results: Vec<UsageResult>,
}

/// One result of a usage bucket; the token fields exist on completions, the others default to 0.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UsageResult {
    #[serde(default)]
    pub input_tokens: u64,
    #[serde(default)]
    pub output_tokens: u64,
    #[serde(default)]
    pub input_cached_tokens: u64,
    #[serde(default)]
    pub num_model_requests: u64,
    pub project_id: Option<String>,
    pub user_id: Option<String>,
    pub api_key_id: Option<String>,
    pub model: Option<String>,
    pub batch: Option<bool>,
    pub service_tier: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CostBucket {
    pub start_time: i64,
    pub end_time: i64,
    #[serde(default)]
    pub results: Vec<CostResult>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CostResult {
    pub amount: Amount,
    pub line_item: Option<String>,
    pub project_id: Option<String>,
    pub api_key_id: Option<String>,
    pub quantity: Option<f64>,
    pub quantity_unit: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Amount {
    pub value: f64,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Project {
    pub id: String,
    pub name: Option<String>,
    pub status: Option<String>,
    pub created_at: Option<i64>,
    pub archived_at: Option<i64>,
}

impl HasId for Project {
    fn id(&self) -> &str {
        &self.id
    }
}

/// `organization.project.api_key`: `redacted_value` lets a stored key be matched to its id.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ProjectApiKey {
    pub id: String,
    pub name: Option<String>,
    pub redacted_value: Option<String>,
    pub created_at: Option<i64>,
    pub last_used_at: Option<i64>,
    /// `active` or `inactive`: whether the key's owner still has access to the project.
    pub owner_project_access: Option<String>,
    #[serde(default)]
    pub owner: super::admin::KeyOwner,
    pub expires_at: Option<i64>,
}

impl HasId for ProjectApiKey {
    fn id(&self) -> &str {
        &self.id
    }
}
