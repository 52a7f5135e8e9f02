//! The result of checking one key, in the shape of DESIGN.md's `check --json` contract, and the
//! redacted text a person can send to whoever helps them.

use serde::Serialize;

use super::verdict::Verdict;
use crate::openai::RateLimits;
use crate::vault::KeyKind;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyDescription {
    pub kind: KeyKind,
    /// `sk-proj-…abcd`; the full key never appears in a report.
    pub redacted: String,
    /// Where the key came from: `OPENAI_API_KEY`, `.env:OPENAI_API_KEY`, `stdin`, a label.
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PermissionStatus {
    Granted,
    Missing,
    /// The answer did not say (the key was refused before the scope was checked, or rate limited).
    Unknown,
    /// The probe failed: network, timeout, 5xx.
    Error,
}

impl PermissionStatus {
    pub fn words(self) -> &'static str {
        match self {
            PermissionStatus::Granted => "Granted",
            PermissionStatus::Missing => "Missing",
            PermissionStatus::Unknown => "Unknown",
            PermissionStatus::Error => "Could not check",
        }
    }
}

/// One row of the permission table, in the words of OpenAI's key-permission screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PermissionRow {
    pub group: String,
    pub level: String,
    pub scopes: Vec<String>,
    pub status: PermissionStatus,
    pub http_status: Option<u16>,
    /// Why the row says nothing: "not checked: the same network problem".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProjectInfo {
    pub id: String,
    pub title: Option<String>,
    pub role: Option<String>,
}

/// From `GET /v1/me` and the `openai-organization` header.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationInfo {
    pub id: String,
    pub title: Option<String>,
    pub role: Option<String>,
    pub is_default: Option<bool>,
    pub projects: Vec<ProjectInfo>,
    /// The organizations beyond the first, when the key's user belongs to several.
    pub other_organizations: Vec<String>,
    /// What the `openai-organization` response header said (an id or a name slug).
    pub header: Option<String>,
}

impl OrganizationInfo {
    /// "Demo Organization (org-…), your role: owner".
    pub fn describe(&self) -> String {
        format!(
            "{} ({}){}",
            self.title.as_deref().unwrap_or("untitled"),
            self.id,
            self.role
                .as_deref()
                .map(|r| format!(", your role: {r}"))
                .unwrap_or_default()
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    pub key: KeyDescription,
    pub verdict: Verdict,
    pub permissions: Vec<PermissionRow>,
    pub organization: Option<OrganizationInfo>,
    pub rate_limits: Option<RateLimits>,
    pub tier: Option<String>,
    pub elapsed_ms: u64,
}

impl CheckReport {
    /// Plain text for "Copy report": everything a helper needs, the key redacted.
    pub fn to_text(&self, checked_at: &str) -> String {
        let mut text = format!(
            "Key Doctor report ({checked_at})\n\
             Key: {} {} (from {})\n\
             Verdict: {} [{}]\n{}\n",
            self.key.kind.words(),
            self.key.redacted,
            self.key.source,
            self.verdict.code.title(),
            self.verdict.code.as_str(),
            self.verdict.summary,
        );
        if let Some(url) = &self.verdict.fix_url {
            text.push_str(&format!("Fix: {url}\n"));
        }
        for note in &self.verdict.details.notes {
            text.push_str(&format!("Note: {note}\n"));
        }
        let details = &self.verdict.details;
        if let Some(sub_code) = &details.sub_code {
            text.push_str(&format!("OpenAI code: {sub_code}\n"));
        }
        if !details.missing_scopes.is_empty() {
            text.push_str(&format!(
                "Missing scopes: {}\n",
                details.missing_scopes.join(", ")
            ));
        }
        if let Some(message) = &details.openai_message {
            text.push_str(&format!("OpenAI said: {message}\n"));
        }
        if !self.permissions.is_empty() {
            text.push_str("Permissions:\n");
            for row in &self.permissions {
                text.push_str(&format!(
                    "  {} — {}: {}{}\n",
                    row.group,
                    row.level,
                    row.status.words(),
                    row.http_status
                        .map(|s| format!(" (HTTP {s})"))
                        .unwrap_or_default()
                ));
            }
        }
        if let Some(org) = &self.organization {
            text.push_str(&format!("Organization: {}\n", org.describe()));
        }
        if let Some(limits) = &self.rate_limits {
            text.push_str(&format!(
                "Rate limits: {} requests/min, {} tokens/min{}\n",
                limits.limit_requests.map_or("?".into(), |v| v.to_string()),
                limits.limit_tokens.map_or("?".into(), |v| v.to_string()),
                self.tier
                    .as_deref()
                    .map(|t| format!(" ({t})"))
                    .unwrap_or_default()
            ));
        }
        if !details.request_ids.is_empty() {
            text.push_str(&format!(
                "Request ids: {}\n",
                details.request_ids.join(", ")
            ));
        }
        text.push_str(&format!("Checked in {} ms.\n", self.elapsed_ms));
        text
    }
}

/// The usage tier from a model's limits, by the gpt-5 family table (reference section 4, [T]).
pub fn infer_tier(limits: &RateLimits) -> Option<String> {
    let tokens = limits.limit_tokens?;
    let tier = match tokens {
        t if t >= 30_000_000 => 5,
        t if t >= 4_000_000 => 4,
        t if t >= 2_000_000 => 3,
        t if t >= 1_000_000 => 2,
        t if t >= 200_000 => 1,
        _ => return Some("Free tier (inferred from rate limits)".to_owned()),
    };
    Some(format!("Tier {tier} (inferred from rate limits)"))
}
