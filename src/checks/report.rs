//! The result of checking one key, in the shape of DESIGN.md's `check --json` contract, and the
//! redacted text a person can send to whoever helps them.

use serde::{Serialize, Serializer};

use super::probes;
use super::verdict::Verdict;
use super::words::RowNote;
use crate::i18n::{self, Language};
use crate::openai::RateLimits;
use crate::tr;
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
    /// The status in words, in the current language.
    pub fn words(self) -> String {
        match self {
            PermissionStatus::Granted => tr!("verdict-status-granted"),
            PermissionStatus::Missing => tr!("verdict-status-missing"),
            PermissionStatus::Unknown => tr!("verdict-status-unknown"),
            PermissionStatus::Error => tr!("verdict-status-error"),
        }
    }
}

/// One row of the permission table, in the words of OpenAI's key-permission screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PermissionRow {
    /// The permission as the probe catalog (and JSON) names it, in English: "Models".
    pub group: String,
    /// Its level, in English: "Read".
    pub level: String,
    pub scopes: Vec<String>,
    pub status: PermissionStatus,
    pub http_status: Option<u16>,
    /// Why the row says nothing: "not checked: the same network problem".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<RowNote>,
}

impl PermissionRow {
    /// The permission's name in the current language, as the key-permission screen says it.
    pub fn group_words(&self) -> String {
        probes::group_words_in(i18n::language(), &self.group)
    }

    /// The level's name in the current language.
    pub fn level_words(&self) -> String {
        probes::level_words_in(i18n::language(), &self.level)
    }
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
    /// "Demo Organization (org-…), your role: owner", in the current language.
    pub fn describe(&self) -> String {
        let name = self
            .title
            .clone()
            .unwrap_or_else(|| tr!("verdict-organization-untitled"));
        match &self.role {
            Some(role) => tr!(
                "verdict-organization-with-role",
                name = name,
                id = &self.id,
                role = role
            ),
            None => tr!("verdict-organization", name = name, id = &self.id),
        }
    }
}

/// The usage tier, read from a model's rate limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageTier {
    Free,
    /// Tier 1 to 5.
    Paid(u8),
}

impl UsageTier {
    pub fn words_in(self, language: Language) -> String {
        match self {
            UsageTier::Free => i18n::message_in(language, "verdict-tier-free", &[]),
            UsageTier::Paid(tier) => {
                i18n::message_in(language, "verdict-tier", &[("tier", tier.into())])
            }
        }
    }
}

/// "Tier 3 (inferred from rate limits)", in the current language.
impl std::fmt::Display for UsageTier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words_in(i18n::language()))
    }
}

/// JSON keeps the English words.
impl Serialize for UsageTier {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.words_in(Language::English))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    /// Whose key it is: "openai", "anthropic", … (JSON's `provider`).
    pub provider: crate::providers::ProviderId,
    pub key: KeyDescription,
    pub verdict: Verdict,
    pub permissions: Vec<PermissionRow>,
    pub organization: Option<OrganizationInfo>,
    pub rate_limits: Option<RateLimits>,
    pub tier: Option<UsageTier>,
    pub elapsed_ms: u64,
}

impl CheckReport {
    /// Plain text for "Copy report", in the current language: everything a helper needs, the
    /// key redacted.
    pub fn to_text(&self, checked_at: &str) -> String {
        let verdict = &self.verdict;
        let mut lines = vec![
            tr!("verdict-report-title", checked_at = checked_at),
            tr!(
                "verdict-report-key",
                kind = self.key.kind.words(),
                redacted = &self.key.redacted,
                source = &self.key.source
            ),
            tr!(
                "verdict-report-verdict",
                title = verdict.title(),
                code = verdict.code.as_str()
            ),
            verdict.summary(),
        ];
        if let Some(url) = &verdict.fix_url {
            lines.push(tr!("verdict-report-fix", url = url));
        }
        for note in verdict.notes() {
            lines.push(tr!("verdict-report-note", note = note));
        }
        lines.extend(self.details_lines());
        lines.extend(self.permission_lines());
        lines.extend(self.account_lines());
        lines.push(tr!(
            "verdict-report-checked-in",
            milliseconds = i18n::count(self.elapsed_ms)
        ));
        let mut text = lines.join("\n");
        text.push('\n');
        text
    }

    /// OpenAI's own codes and words: the sub-code, the missing scopes, its message.
    fn details_lines(&self) -> Vec<String> {
        let details = &self.verdict.details;
        let mut lines = Vec::new();
        let other = details.provider.map(crate::providers::ProviderId::name);
        if let Some(sub_code) = &details.sub_code {
            lines.push(match other {
                Some(provider) => tr!(
                    "provider-report-code",
                    provider = provider,
                    sub_code = sub_code
                ),
                None => tr!("verdict-report-openai-code", sub_code = sub_code),
            });
        }
        if !details.missing_scopes.is_empty() {
            lines.push(tr!(
                "verdict-report-missing-scopes",
                scopes = details.missing_scopes.join(", ")
            ));
        }
        if let Some(message) = &details.openai_message {
            lines.push(match other {
                Some(provider) => tr!(
                    "provider-report-said",
                    provider = provider,
                    message = message
                ),
                None => tr!("verdict-report-openai-said", message = message),
            });
        }
        lines
    }

    fn permission_lines(&self) -> Vec<String> {
        if self.permissions.is_empty() {
            return Vec::new();
        }
        let rows = self.permissions.iter().map(|row| {
            let (permission, level, status) = (row.group_words(), row.level_words(), row.status);
            let line = match row.http_status {
                Some(http_status) => tr!(
                    "verdict-report-permission-with-status",
                    permission = permission,
                    level = level,
                    status = status.words(),
                    http_status = http_status.to_string()
                ),
                None => tr!(
                    "verdict-report-permission",
                    permission = permission,
                    level = level,
                    status = status.words()
                ),
            };
            format!("  {line}")
        });
        std::iter::once(tr!("verdict-report-permissions"))
            .chain(rows)
            .collect()
    }

    /// The organization, the rate limits and the request ids.
    fn account_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(org) = &self.organization {
            lines.push(tr!(
                "verdict-report-organization",
                organization = org.describe()
            ));
        }
        if let Some(limits) = &self.rate_limits {
            let per_minute = |value: Option<u64>| value.map_or("?".to_owned(), i18n::count);
            let requests = per_minute(limits.limit_requests);
            let tokens = per_minute(limits.limit_tokens);
            lines.push(match self.tier {
                Some(tier) => tr!(
                    "verdict-report-rate-limits-with-tier",
                    requests = requests,
                    tokens = tokens,
                    tier = tier.to_string()
                ),
                None => tr!(
                    "verdict-report-rate-limits",
                    requests = requests,
                    tokens = tokens
                ),
            });
        }
        let request_ids = &self.verdict.details.request_ids;
        if !request_ids.is_empty() {
            lines.push(tr!(
                "verdict-report-request-ids",
                ids = request_ids.join(", ")
            ));
        }
        lines
    }
}

/// The usage tier from a model's limits, by the gpt-5 family table (reference section 4, [T]).
pub fn infer_tier(limits: &RateLimits) -> Option<UsageTier> {
    let tokens = limits.limit_tokens?;
    let tier = match tokens {
        t if t >= 30_000_000 => 5,
        t if t >= 4_000_000 => 4,
        t if t >= 2_000_000 => 3,
        t if t >= 1_000_000 => 2,
        t if t >= 200_000 => 1,
        _ => return Some(UsageTier::Free),
    };
    Some(UsageTier::Paid(tier))
}
