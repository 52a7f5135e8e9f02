//! The simulator's keys: one per scenario, each of a kind and with the access OpenAI would give
//! it. The secrets are made up at start-up and work only against this simulator.

use serde::Serialize;

/// The organization every demo key belongs to.
pub const ORG_ID: &str = "org-KeyDoctorDemo";
pub const ORG_SLUG: &str = "key-doctor-demo";
pub const ORG_TITLE: &str = "Demo Organization";
pub const USER_ID: &str = "user-demoowner";

/// Key kinds by prefix (reference section 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SimKeyKind {
    Project,
    ServiceAccount,
    Admin,
    LegacyUser,
}

impl SimKeyKind {
    fn prefix(self) -> &'static str {
        match self {
            SimKeyKind::Project => "sk-proj-",
            SimKeyKind::ServiceAccount => "sk-svcacct-",
            SimKeyKind::Admin => "sk-admin-",
            SimKeyKind::LegacyUser => "sk-",
        }
    }
}

/// What a key may do: the three levels of OpenAI's key screen (reference section 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    All,
    ReadOnly,
    Restricted(&'static [&'static str]),
}

impl Access {
    /// `model.request` and `api.model.request` name the same permission, as do the two read forms.
    pub fn allows(self, scope: &str) -> bool {
        match self {
            Access::All => true,
            Access::ReadOnly => scope.ends_with(".read"),
            Access::Restricted(scopes) => scopes
                .iter()
                .any(|granted| canonical(granted) == canonical(scope)),
        }
    }
}

fn canonical(scope: &str) -> &str {
    scope.strip_prefix("api.").unwrap_or(scope)
}

/// Every situation the simulator can show. Organization and project mismatches need no key of
/// their own: any key sent with another `OpenAI-Organization` or `OpenAI-Project` header gets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scenario {
    FullAccess,
    ServiceAccount,
    LegacyUser,
    NoModelRequest,
    NoModelRead,
    ReadOnly,
    ResponsesWithoutRequest,
    Revoked,
    InsufficientQuota,
    CreditBalanceExhausted,
    OrganizationSpendLimit,
    ProjectSpendLimit,
    OrganizationUsageLimit,
    RateLimited,
    RegionBlocked,
    NoOrganization,
    ProjectWithoutModel,
    VerificationRequired,
    IpNotAllowed,
    AccessTerminated,
    AdminFull,
    AdminNoUsage,
    OwnerLeft,
    ArchivedProject,
    ModelDenied,
    AdminNoManagement,
    AdminAuditOff,
    AdminLargeOrganization,
}

impl Scenario {
    pub const ALL: [Scenario; 28] = [
        Scenario::FullAccess,
        Scenario::ServiceAccount,
        Scenario::LegacyUser,
        Scenario::NoModelRequest,
        Scenario::NoModelRead,
        Scenario::ReadOnly,
        Scenario::ResponsesWithoutRequest,
        Scenario::Revoked,
        Scenario::InsufficientQuota,
        Scenario::CreditBalanceExhausted,
        Scenario::OrganizationSpendLimit,
        Scenario::ProjectSpendLimit,
        Scenario::OrganizationUsageLimit,
        Scenario::RateLimited,
        Scenario::RegionBlocked,
        Scenario::NoOrganization,
        Scenario::ProjectWithoutModel,
        Scenario::VerificationRequired,
        Scenario::IpNotAllowed,
        Scenario::AccessTerminated,
        Scenario::AdminFull,
        Scenario::AdminNoUsage,
        Scenario::OwnerLeft,
        Scenario::ArchivedProject,
        Scenario::ModelDenied,
        Scenario::AdminNoManagement,
        Scenario::AdminAuditOff,
        Scenario::AdminLargeOrganization,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Scenario::FullAccess => "full_access",
            Scenario::ServiceAccount => "service_account",
            Scenario::LegacyUser => "legacy_user",
            Scenario::NoModelRequest => "no_model_request",
            Scenario::NoModelRead => "no_model_read",
            Scenario::ReadOnly => "read_only",
            Scenario::ResponsesWithoutRequest => "responses_without_request",
            Scenario::Revoked => "revoked",
            Scenario::InsufficientQuota => "insufficient_quota",
            Scenario::CreditBalanceExhausted => "credit_balance_exhausted",
            Scenario::OrganizationSpendLimit => "organization_spend_limit_exceeded",
            Scenario::ProjectSpendLimit => "project_spend_limit_exceeded",
            Scenario::OrganizationUsageLimit => "organization_usage_limit_exceeded",
            Scenario::RateLimited => "rate_limited",
            Scenario::RegionBlocked => "region_blocked",
            Scenario::NoOrganization => "no_organization",
            Scenario::ProjectWithoutModel => "project_without_model",
            Scenario::VerificationRequired => "verification_required",
            Scenario::IpNotAllowed => "ip_not_allowed",
            Scenario::AccessTerminated => "access_terminated",
            Scenario::AdminFull => "admin_full",
            Scenario::AdminNoUsage => "admin_no_usage",
            Scenario::OwnerLeft => "owner_left",
            Scenario::ArchivedProject => "archived_project",
            Scenario::ModelDenied => "model_denied",
            Scenario::AdminNoManagement => "admin_no_management",
            Scenario::AdminAuditOff => "admin_audit_off",
            Scenario::AdminLargeOrganization => "admin_large_organization",
        }
    }

    pub fn from_id(id: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|s| s.id() == id)
    }

    /// What the key is, in words, for the demo's key list.
    pub fn description(self) -> &'static str {
        match self {
            Scenario::FullAccess => "Project key with full access",
            Scenario::ServiceAccount => "Service-account key with full access",
            Scenario::LegacyUser => "Legacy user key with full access",
            Scenario::NoModelRequest => "Restricted key without Model capabilities (model.request)",
            Scenario::NoModelRead => "Restricted key that may not list models (api.model.read)",
            Scenario::ReadOnly => "Read-only key",
            Scenario::ResponsesWithoutRequest => {
                "Restricted key with Responses but Model capabilities not set to Request"
            }
            Scenario::Revoked => "Revoked key",
            Scenario::InsufficientQuota => "Organization out of quota",
            Scenario::CreditBalanceExhausted => "Organization with no credit left",
            Scenario::OrganizationSpendLimit => "Organization at its spend limit",
            Scenario::ProjectSpendLimit => "Project at its spend limit",
            Scenario::OrganizationUsageLimit => "Organization at its usage limit",
            Scenario::RateLimited => "Key that is being rate limited",
            Scenario::RegionBlocked => "Key used from an unsupported country",
            Scenario::NoOrganization => "Key of a user without an organization",
            Scenario::ProjectWithoutModel => "Project that may not use gpt-5-mini",
            Scenario::VerificationRequired => "Organization not verified for gpt-image-1",
            Scenario::IpNotAllowed => "Key used from an IP address not on the allowlist",
            Scenario::AccessTerminated => "Account whose access was terminated",
            Scenario::AdminFull => "Admin key that may read usage",
            Scenario::AdminNoUsage => "Admin key without api.usage.read",
            Scenario::OwnerLeft => "Key of someone who left the project",
            Scenario::ArchivedProject => "Key of an archived project",
            Scenario::ModelDenied => "Project that blocks gpt-5-mini",
            Scenario::AdminNoManagement => "Admin key without api.management.read",
            Scenario::AdminAuditOff => "Admin key of an organization without audit logging",
            Scenario::AdminLargeOrganization => "Admin key of a large organization (1,000 keys)",
        }
    }

    pub fn kind(self) -> SimKeyKind {
        match self {
            Scenario::ServiceAccount => SimKeyKind::ServiceAccount,
            Scenario::LegacyUser => SimKeyKind::LegacyUser,
            Scenario::AdminFull
            | Scenario::AdminNoUsage
            | Scenario::AdminNoManagement
            | Scenario::AdminAuditOff
            | Scenario::AdminLargeOrganization => SimKeyKind::Admin,
            _ => SimKeyKind::Project,
        }
    }

    pub fn access(self) -> Access {
        match self {
            Scenario::NoModelRequest => Access::Restricted(&[
                "api.model.read",
                "api.files.read",
                "api.files.write",
                "api.responses.read",
                "api.responses.write",
            ]),
            Scenario::NoModelRead => Access::Restricted(&[
                "model.request",
                "api.responses.read",
                "api.responses.write",
                "api.files.read",
                "api.files.write",
            ]),
            Scenario::ReadOnly => Access::ReadOnly,
            Scenario::ResponsesWithoutRequest => Access::Restricted(&[
                "api.responses.read",
                "api.responses.write",
                "api.model.read",
            ]),
            Scenario::AdminNoUsage => Access::Restricted(&["api.management.read"]),
            Scenario::AdminNoManagement => Access::Restricted(&["api.usage.read"]),
            _ => Access::All,
        }
    }

    /// The project the key belongs to (admin and legacy user keys belong to none).
    pub fn project_index(self) -> Option<usize> {
        match self.kind() {
            SimKeyKind::Admin | SimKeyKind::LegacyUser => None,
            _ => Some(match self {
                Scenario::ProjectWithoutModel | Scenario::ProjectSpendLimit => 2,
                Scenario::ArchivedProject => 3,
                Scenario::ModelDenied | Scenario::OwnerLeft => 4,
                Scenario::ServiceAccount | Scenario::ReadOnly | Scenario::NoModelRead => 1,
                _ => 0,
            }),
        }
    }

    /// The usage tier the key's organization is on, for the rate-limit headers.
    pub fn tier(self) -> u8 {
        match self {
            Scenario::LegacyUser => 1,
            Scenario::ServiceAccount => 4,
            _ => 3,
        }
    }

    /// The made-up secret of this scenario's key: the kind's prefix, the scenario's name and
    /// `T3BlbkFJ` in the middle as real non-admin keys have (reference section 1).
    pub fn secret(self) -> String {
        let kind = self.kind();
        let body = format!("demo{}", self.id().replace('_', ""));
        let filler: String = fnv(self.id())
            .to_le_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        match kind {
            SimKeyKind::Admin => format!("{}{body}{filler}", kind.prefix()),
            SimKeyKind::LegacyUser => format!("{}{body}T3BlbkFJ{filler}", kind.prefix()),
            _ => format!("{}{body}-T3BlbkFJ{filler}", kind.prefix()),
        }
    }

    /// The `key_…` id the Admin API reports for this key.
    pub fn key_id(self) -> String {
        format!("key_{}", self.id().replace('_', ""))
    }
}

/// The redacted form the Admin API reports in `redacted_value`: the first eight characters and
/// the last four [I] (reference open question 7).
pub fn admin_api_redaction(secret: &str) -> String {
    head_and_tail(secret, 8, "...")
}

/// The redaction OpenAI puts in "Incorrect API key provided: sk-abc***...wxyz" (reference section 3).
pub fn error_message_redaction(secret: &str) -> String {
    head_and_tail(secret, 6, "***...")
}

/// The first `head` characters and the last four, with `gap` between them.
fn head_and_tail(secret: &str, head: usize, gap: &str) -> String {
    let first: String = secret.chars().take(head).collect();
    let count = secret.chars().count();
    let last: String = secret.chars().skip(count.saturating_sub(4)).collect();
    format!("{first}{gap}{last}")
}

pub(crate) fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_unique_and_carry_their_kind_prefix() {
        let secrets: std::collections::HashSet<String> =
            Scenario::ALL.iter().map(|s| s.secret()).collect();
        assert_eq!(secrets.len(), Scenario::ALL.len());
        assert!(Scenario::FullAccess.secret().starts_with("sk-proj-"));
        assert!(Scenario::ServiceAccount.secret().starts_with("sk-svcacct-"));
        assert!(Scenario::AdminFull.secret().starts_with("sk-admin-"));
        let legacy = Scenario::LegacyUser.secret();
        assert!(legacy.starts_with("sk-") && !legacy["sk-".len()..].contains('-'));
    }

    #[test]
    fn scenario_ids_round_trip() {
        for scenario in Scenario::ALL {
            assert_eq!(Scenario::from_id(scenario.id()), Some(scenario));
        }
    }

    #[test]
    fn scope_aliases_are_the_same_permission() {
        let access = Access::Restricted(&["model.request"]);
        assert!(access.allows("api.model.request"));
        assert!(!access.allows("api.model.read"));
        assert!(Access::ReadOnly.allows("api.files.read"));
        assert!(!Access::ReadOnly.allows("model.request"));
    }
}
