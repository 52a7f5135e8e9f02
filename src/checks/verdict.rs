//! From OpenAI's answers to one plain verdict. The rules are a table: each row matches an error by
//! its code, type or words and cites where reference/openai-api.md documents it. The same rules
//! serve the permission check and "Explain an error".

use serde::Serialize;

use super::network::NetworkCause;
use super::words::{Note, Said, describe_scopes_in};
use crate::i18n::{self, Language};
use crate::openai::{ApiErrorBody, missing_scopes, platform};
use crate::vault::KeyKind;

/// The verdict codes of DESIGN.md: the same words in the GUI, the CLI and JSON.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::IntoStaticStr, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum VerdictCode {
    Ok,
    InvalidKey,
    MissingScopes,
    NoQuota,
    RateLimited,
    WrongOrganization,
    WrongProject,
    NoOrganization,
    ModelAccess,
    VerificationRequired,
    RegionBlocked,
    IpNotAllowed,
    AccessTerminated,
    AdminKeyRequired,
    NetworkError,
    ServerError,
    UnexpectedResponse,
    /// A key of a kind its provider no longer accepts (Gemini's older standard keys).
    RetiredKeyKind,
    /// A Claude subscription's login token where an API key belongs.
    LoginToken,
    /// An Azure OpenAI key without its resource's endpoint: it cannot be checked alone.
    EndpointRequired,
    /// The provider's API is not switched on for the key's project (Google Cloud).
    ApiNotEnabled,
}

impl VerdictCode {
    /// The code's word, as in JSON and DESIGN.md ("missing_scopes").
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub const ALL: [VerdictCode; 21] = [
        VerdictCode::Ok,
        VerdictCode::InvalidKey,
        VerdictCode::MissingScopes,
        VerdictCode::NoQuota,
        VerdictCode::RateLimited,
        VerdictCode::WrongOrganization,
        VerdictCode::WrongProject,
        VerdictCode::NoOrganization,
        VerdictCode::ModelAccess,
        VerdictCode::VerificationRequired,
        VerdictCode::RegionBlocked,
        VerdictCode::IpNotAllowed,
        VerdictCode::AccessTerminated,
        VerdictCode::AdminKeyRequired,
        VerdictCode::NetworkError,
        VerdictCode::ServerError,
        VerdictCode::UnexpectedResponse,
        VerdictCode::RetiredKeyKind,
        VerdictCode::LoginToken,
        VerdictCode::EndpointRequired,
        VerdictCode::ApiNotEnabled,
    ];

    /// The code for its word, as stored in a key's history.
    pub fn from_code(code: &str) -> Option<VerdictCode> {
        code.parse().ok()
    }

    /// A short title in words, for lists and badges, in the current language.
    pub fn title(self) -> String {
        self.title_in(i18n::language())
    }

    pub fn title_in(self, language: Language) -> String {
        i18n::message_in(language, self.text().title, &[])
    }

    /// The row of `VERDICT_TEXTS` for this code.
    fn text(self) -> &'static VerdictText {
        // The table has one row per code in the enum's order (a test holds it to that).
        let text = &VERDICT_TEXTS[self as usize];
        debug_assert_eq!(text.code, self);
        text
    }

    /// Which verdict wins when several probes disagree: the one a person must fix first.
    /// Lower is more important.
    pub fn precedence(self) -> u8 {
        match self {
            VerdictCode::InvalidKey
            | VerdictCode::AccessTerminated
            | VerdictCode::NoOrganization
            | VerdictCode::RegionBlocked
            | VerdictCode::IpNotAllowed
            | VerdictCode::RetiredKeyKind
            | VerdictCode::LoginToken
            | VerdictCode::EndpointRequired => 0,
            VerdictCode::WrongOrganization | VerdictCode::WrongProject => 1,
            VerdictCode::NoQuota => 2,
            VerdictCode::MissingScopes
            | VerdictCode::AdminKeyRequired
            | VerdictCode::ApiNotEnabled => 3,
            VerdictCode::ModelAccess | VerdictCode::VerificationRequired => 4,
            VerdictCode::RateLimited => 5,
            VerdictCode::ServerError
            | VerdictCode::NetworkError
            | VerdictCode::UnexpectedResponse => 6,
            VerdictCode::Ok => 7,
        }
    }

    /// True when the fix is another key (this one was revoked, or is of the wrong kind).
    pub fn calls_for_a_new_key(self) -> bool {
        matches!(
            self,
            VerdictCode::InvalidKey
                | VerdictCode::AdminKeyRequired
                | VerdictCode::WrongProject
                | VerdictCode::RetiredKeyKind
                | VerdictCode::LoginToken
        )
    }

    /// True for verdicts that mean the key itself works.
    pub fn is_ok(self) -> bool {
        self == VerdictCode::Ok
    }

    /// True when Key Doctor could not find out (as opposed to finding a problem).
    pub fn is_inconclusive(self) -> bool {
        matches!(
            self,
            VerdictCode::NetworkError
                | VerdictCode::ServerError
                | VerdictCode::UnexpectedResponse
                | VerdictCode::EndpointRequired
        )
    }
}

/// One error as OpenAI (or something in between) reported it.
#[derive(Debug, Clone, Default)]
pub struct Observation {
    pub status: Option<u16>,
    pub code: Option<String>,
    pub error_type: Option<String>,
    pub message: String,
}

impl Observation {
    pub fn from_body(status: Option<u16>, body: &ApiErrorBody) -> Self {
        Observation {
            status,
            code: body.code.clone(),
            error_type: body.error_type.clone(),
            message: body.message.clone(),
        }
    }
}

/// A recognised problem, with what the words of the error told us.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Finding {
    pub sub_code: Option<String>,
    pub missing_scopes: Vec<String>,
    pub model: Option<String>,
    pub project_id: Option<String>,
}

struct Rule {
    code: VerdictCode,
    /// Matches OpenAI's `code`.
    codes: &'static [&'static str],
    /// Matches OpenAI's `type`.
    types: &'static [&'static str],
    /// Matches words of the message (lower case), or of any pasted text.
    phrases: &'static [&'static str],
    #[allow(dead_code)] // Documentation kept with the row it documents.
    source: &'static str,
}

/// Checked in order; the first row that matches decides.
const RULES: &[Rule] = &[
    Rule {
        code: VerdictCode::InvalidKey,
        codes: &["invalid_api_key"],
        types: &[],
        phrases: &[
            "incorrect api key provided",
            "you didn't provide an api key",
            "provide your api key in an authorization header",
            "invalid api key",
            "invalid_api_key",
        ],
        source: "§3: wrong or revoked key, no Authorization header [C]",
    },
    Rule {
        code: VerdictCode::WrongOrganization,
        codes: &["mismatched_organization"],
        types: &[],
        phrases: &[
            "openai-organization header should match",
            "no such organization",
            "mismatched_organization",
        ],
        source: "§3: org header ≠ key's org; invalid org header [C]",
    },
    Rule {
        code: VerdictCode::WrongProject,
        codes: &["mismatched_project"],
        types: &[],
        phrases: &["openai-project header should match", "mismatched_project"],
        source: "§3: project header ≠ key's project [C]",
    },
    Rule {
        code: VerdictCode::NoOrganization,
        codes: &["no_organization"],
        types: &[],
        phrases: &["must be a member of an organization", "no_organization"],
        source: "§3: not in any org [C]",
    },
    Rule {
        code: VerdictCode::RegionBlocked,
        codes: &["unsupported_country_region_territory"],
        types: &[],
        phrases: &[
            "country, region, or territory not supported",
            "unsupported_country_region_territory",
        ],
        source: "§3: region blocked [C]",
    },
    Rule {
        code: VerdictCode::IpNotAllowed,
        codes: &[],
        types: &[],
        phrases: &[
            "ip not authorized",
            "ip address is not authorized",
            "not in the ip allowlist",
        ],
        source: "§3: IP not on allowlist [C]",
    },
    Rule {
        code: VerdictCode::AccessTerminated,
        codes: &["access_terminated"],
        types: &["access_terminated"],
        phrases: &["access was terminated", "access_terminated"],
        source: "§3: legacy billing, access_terminated [C]",
    },
    Rule {
        code: VerdictCode::NoQuota,
        codes: &[
            "insufficient_quota",
            "credit_balance_exhausted",
            "organization_spend_limit_exceeded",
            "project_spend_limit_exceeded",
            "organization_usage_limit_exceeded",
            "billing_hard_limit_reached",
        ],
        types: &["insufficient_quota", "billing_not_active"],
        phrases: &[
            "exceeded your current quota",
            "insufficient_quota",
            "credit balance",
            "spend limit",
            "usage limit",
            "billing_hard_limit_reached",
            "billing hard limit",
            "account is not active",
        ],
        source: "§3: out of credit or limit, read error.code for the sub-code [C]",
    },
    Rule {
        code: VerdictCode::RateLimited,
        codes: &["rate_limit_exceeded", "slow_down"],
        types: &["rate_limit_error"],
        phrases: &[
            "rate limit reached",
            "request too large for",
            "rate_limit_exceeded",
        ],
        source: "§3: rate limit, request too large, slow_down [C]",
    },
    Rule {
        code: VerdictCode::VerificationRequired,
        codes: &[],
        types: &[],
        phrases: &["must be verified to", "verify organization"],
        source: "§3: org not verified [C]",
    },
    Rule {
        code: VerdictCode::ModelAccess,
        codes: &["model_not_found"],
        types: &[],
        phrases: &[
            "does not have access to model",
            "does not exist or you do not have access",
            "model_not_found",
            // Older and shorter wordings: "The model: `gpt-4` does not exist",
            // "That model does not exist", "Model gpt-4 does not exist."
            "model…does not exist",
            "model not found",
        ],
        source: "§3: project lacks model; unknown model [C]",
    },
    Rule {
        code: VerdictCode::MissingScopes,
        codes: &[],
        types: &[],
        phrases: &[
            "missing scopes:",
            "insufficient permissions for this operation",
        ],
        source: "§2 and §3: Missing scopes, from the key or the person's role [C]",
    },
    Rule {
        code: VerdictCode::ServerError,
        codes: &["server_is_overloaded", "server_error"],
        types: &["server_error", "service_unavailable_error"],
        phrases: &[
            "the server had an error",
            "server_is_overloaded",
            "overloaded",
            "an error occurred while processing your request",
            "bad gateway",
        ],
        source: "§3: 5xx, overloaded [C]",
    },
];

/// How a verdict reads: its title, its sentence and fix, and the special cases that read
/// otherwise. One row per code, in the order of `VerdictCode::ALL`, so a code is its index.
/// The words are message ids of `locales/<language>/verdicts.ftl`, said in the language of the
/// moment the verdict is read. Their variables are filled in by `Verdict::summary_in`: `$model`
/// (the model named, or "this model"), `$scopes` (the missing permissions in the screen's words),
/// `$kind` (the key's kind, for a select) and `$cause` (what went wrong, in the client's words).
struct VerdictText {
    code: VerdictCode,
    /// The message of a short title, for lists and badges.
    title: &'static str,
    /// Checked in order; the first case that holds gives the sentence.
    special: &'static [(Case, Sentence)],
    /// The sentence when no special case holds.
    usual: Sentence,
    /// A further sentence for the details section.
    note: Option<Note>,
}

/// One plain sentence (a message id) and the button that fixes it (page and message id), if any.
#[derive(Debug, PartialEq, Eq)]
struct Sentence {
    summary: &'static str,
    fix: Option<(FixPage, &'static str)>,
}

/// When a special sentence applies.
enum Case {
    /// OpenAI's sub-code is one of these.
    SubCode(&'static [&'static str]),
    /// The key is an Admin key.
    AdminKey,
    /// The key's kind is known and is not Admin.
    OtherKind,
    /// The missing permissions include Model capabilities: Request.
    ModelRequestMissing,
    /// An Admin key that may not read usage.
    AdminWithoutUsage,
    /// The answer named no permission.
    NoScopeNamed,
    /// The client said what went wrong.
    CauseKnown,
}

/// The page a fix button opens (the addresses themselves live in `openai::platform`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixPage {
    /// The API keys page of the key's project, or the organization's.
    ApiKeys,
    /// Where the key's permissions are set: the Admin keys page for an Admin key, else `ApiKeys`.
    KeySettings,
    AdminKeys,
    Billing,
    BillingOverview,
    OrganizationLimits,
    /// The Limits page of the key's project, or the organization's when the project is unknown.
    ProjectLimits,
    OrganizationGeneral,
    SupportedCountries,
    IpAllowlist,
    StatusPage,
}

const OPEN_BILLING: &str = "verdict-fix-billing";
const OPEN_ORGANIZATION_LIMITS: &str = "verdict-fix-organization-limits";
const OPEN_PROJECT_LIMITS: &str = "verdict-fix-project-limits";
const OPEN_ORGANIZATION_SETTINGS: &str = "verdict-fix-organization-settings";
const OPEN_API_KEYS: &str = "verdict-fix-api-keys";
const OPEN_KEY_SETTINGS: &str = "verdict-fix-key-settings";
const OPEN_ADMIN_KEYS: &str = "verdict-fix-admin-keys";

/// A sentence without a fix button.
const fn said(summary: &'static str) -> Sentence {
    Sentence { summary, fix: None }
}

/// A sentence with the button that opens its fix page.
const fn fixed_on(summary: &'static str, page: FixPage, label: &'static str) -> Sentence {
    Sentence {
        summary,
        fix: Some((page, label)),
    }
}

/// A row with no special case and no note.
const fn plain(code: VerdictCode, title: &'static str, usual: Sentence) -> VerdictText {
    VerdictText {
        code,
        title,
        special: &[],
        usual,
        note: None,
    }
}

static VERDICT_TEXTS: [VerdictText; 21] = [
    VerdictText {
        code: VerdictCode::Ok,
        title: "verdict-title-ok",
        special: &[(Case::AdminKey, said("verdict-ok-admin-key"))],
        usual: said("verdict-ok"),
        note: None,
    },
    VerdictText {
        code: VerdictCode::InvalidKey,
        title: "verdict-title-invalid-key",
        special: &[(
            Case::SubCode(&["no_key_sent"]),
            said("verdict-invalid-key-no-key-sent"),
        )],
        usual: fixed_on("verdict-invalid-key", FixPage::ApiKeys, OPEN_API_KEYS),
        note: None,
    },
    VerdictText {
        code: VerdictCode::MissingScopes,
        title: "verdict-title-missing-scopes",
        special: &[
            (
                Case::ModelRequestMissing,
                fixed_on(
                    "verdict-missing-scopes-model-request",
                    FixPage::KeySettings,
                    OPEN_KEY_SETTINGS,
                ),
            ),
            (
                Case::AdminWithoutUsage,
                fixed_on(
                    "verdict-missing-scopes-admin-without-usage",
                    FixPage::KeySettings,
                    OPEN_KEY_SETTINGS,
                ),
            ),
            (
                Case::NoScopeNamed,
                fixed_on(
                    "verdict-missing-scopes-none-named",
                    FixPage::KeySettings,
                    OPEN_KEY_SETTINGS,
                ),
            ),
        ],
        usual: fixed_on(
            "verdict-missing-scopes",
            FixPage::KeySettings,
            OPEN_KEY_SETTINGS,
        ),
        note: Some(Note::Role),
    },
    VerdictText {
        code: VerdictCode::NoQuota,
        title: "verdict-title-no-quota",
        special: &[
            (
                Case::SubCode(&["credit_balance_exhausted"]),
                fixed_on("verdict-no-quota-no-credit", FixPage::Billing, OPEN_BILLING),
            ),
            (
                Case::SubCode(&[
                    "organization_spend_limit_exceeded",
                    "billing_hard_limit_reached",
                ]),
                fixed_on(
                    "verdict-no-quota-organization-spend-limit",
                    FixPage::OrganizationLimits,
                    OPEN_ORGANIZATION_LIMITS,
                ),
            ),
            (
                Case::SubCode(&["project_spend_limit_exceeded"]),
                fixed_on(
                    "verdict-no-quota-project-spend-limit",
                    FixPage::ProjectLimits,
                    OPEN_PROJECT_LIMITS,
                ),
            ),
            (
                Case::SubCode(&["organization_usage_limit_exceeded"]),
                fixed_on(
                    "verdict-no-quota-organization-usage-limit",
                    FixPage::OrganizationLimits,
                    OPEN_ORGANIZATION_LIMITS,
                ),
            ),
            (
                Case::SubCode(&["billing_not_active"]),
                fixed_on(
                    "verdict-no-quota-billing-not-active",
                    FixPage::Billing,
                    OPEN_BILLING,
                ),
            ),
        ],
        usual: fixed_on("verdict-no-quota", FixPage::BillingOverview, OPEN_BILLING),
        note: None,
    },
    VerdictText {
        code: VerdictCode::RateLimited,
        title: "verdict-title-rate-limited",
        special: &[(
            Case::SubCode(&["request_too_large"]),
            fixed_on(
                "verdict-rate-limited-request-too-large",
                FixPage::OrganizationLimits,
                OPEN_ORGANIZATION_LIMITS,
            ),
        )],
        usual: fixed_on(
            "verdict-rate-limited",
            FixPage::OrganizationLimits,
            OPEN_ORGANIZATION_LIMITS,
        ),
        note: None,
    },
    plain(
        VerdictCode::WrongOrganization,
        "verdict-title-wrong-organization",
        fixed_on(
            "verdict-wrong-organization",
            FixPage::OrganizationGeneral,
            OPEN_ORGANIZATION_SETTINGS,
        ),
    ),
    plain(
        VerdictCode::WrongProject,
        "verdict-title-wrong-project",
        fixed_on("verdict-wrong-project", FixPage::ApiKeys, OPEN_API_KEYS),
    ),
    plain(
        VerdictCode::NoOrganization,
        "verdict-title-no-organization",
        fixed_on(
            "verdict-no-organization",
            FixPage::OrganizationGeneral,
            OPEN_ORGANIZATION_SETTINGS,
        ),
    ),
    VerdictText {
        code: VerdictCode::ModelAccess,
        title: "verdict-title-model-access",
        special: &[(
            Case::SubCode(&["model_unknown"]),
            fixed_on(
                "verdict-model-access-unknown-model",
                FixPage::ProjectLimits,
                OPEN_PROJECT_LIMITS,
            ),
        )],
        usual: fixed_on(
            "verdict-model-access",
            FixPage::ProjectLimits,
            OPEN_PROJECT_LIMITS,
        ),
        note: None,
    },
    plain(
        VerdictCode::VerificationRequired,
        "verdict-title-verification-required",
        fixed_on(
            "verdict-verification-required",
            FixPage::OrganizationGeneral,
            OPEN_ORGANIZATION_SETTINGS,
        ),
    ),
    plain(
        VerdictCode::RegionBlocked,
        "verdict-title-region-blocked",
        fixed_on(
            "verdict-region-blocked",
            FixPage::SupportedCountries,
            "verdict-fix-supported-countries",
        ),
    ),
    plain(
        VerdictCode::IpNotAllowed,
        "verdict-title-ip-not-allowed",
        fixed_on(
            "verdict-ip-not-allowed",
            FixPage::IpAllowlist,
            "verdict-fix-ip-allowlist",
        ),
    ),
    plain(
        VerdictCode::AccessTerminated,
        "verdict-title-access-terminated",
        fixed_on(
            "verdict-access-terminated",
            FixPage::OrganizationGeneral,
            OPEN_ORGANIZATION_SETTINGS,
        ),
    ),
    VerdictText {
        code: VerdictCode::AdminKeyRequired,
        title: "verdict-title-admin-key-required",
        special: &[(
            Case::OtherKind,
            fixed_on(
                "verdict-admin-key-required-other-kind",
                FixPage::AdminKeys,
                OPEN_ADMIN_KEYS,
            ),
        )],
        usual: fixed_on(
            "verdict-admin-key-required",
            FixPage::AdminKeys,
            OPEN_ADMIN_KEYS,
        ),
        note: None,
    },
    VerdictText {
        code: VerdictCode::NetworkError,
        title: "verdict-title-network-error",
        special: NETWORK_SENTENCES,
        usual: said("verdict-network-error"),
        note: None,
    },
    plain(
        VerdictCode::ServerError,
        "verdict-title-server-error",
        fixed_on(
            "verdict-server-error",
            FixPage::StatusPage,
            "verdict-fix-status-page",
        ),
    ),
    VerdictText {
        code: VerdictCode::UnexpectedResponse,
        title: "verdict-title-unexpected-response",
        special: &[
            (
                Case::SubCode(&["web_page"]),
                said("verdict-unexpected-web-page"),
            ),
            (Case::CauseKnown, said("verdict-unexpected-response-cause")),
            (
                Case::SubCode(&["session_key_required"]),
                fixed_on(
                    "verdict-unexpected-session-key-required",
                    FixPage::BillingOverview,
                    OPEN_BILLING,
                ),
            ),
        ],
        usual: said("verdict-unexpected-response"),
        note: None,
    },
    // The codes other providers added: their sentences come from the provider's rules
    // (providers.ftl); these rows give the titles and a sentence for anything else.
    plain(
        VerdictCode::RetiredKeyKind,
        "verdict-title-retired-key-kind",
        said("verdict-retired-key-kind"),
    ),
    plain(
        VerdictCode::LoginToken,
        "verdict-title-login-token",
        said("verdict-login-token"),
    ),
    plain(
        VerdictCode::EndpointRequired,
        "verdict-title-endpoint-required",
        said("verdict-endpoint-required"),
    ),
    plain(
        VerdictCode::ApiNotEnabled,
        "verdict-title-api-not-enabled",
        said("verdict-api-not-enabled"),
    ),
];

/// The sentences of `network_error` by sub-code: first this computer's own connection (a
/// certificate, a refused or silent connection, a proxy), then, for pasted errors, a site's
/// server (`network::NetworkCause`), with the question to ask its host.
const NETWORK_SENTENCES: &[(Case, Sentence)] = &[
    (
        Case::SubCode(&["intercepted"]),
        said("verdict-network-intercepted"),
    ),
    (
        Case::SubCode(&["certificate_expired"]),
        said("verdict-network-certificate-expired"),
    ),
    (
        Case::SubCode(&["clock_behind"]),
        said("verdict-network-clock-behind"),
    ),
    (
        Case::SubCode(&["wrong_name"]),
        said("verdict-network-wrong-name"),
    ),
    (
        Case::SubCode(&["certificate_revoked"]),
        said("verdict-network-certificate-revoked"),
    ),
    (Case::SubCode(&["refused"]), said("verdict-network-refused")),
    (Case::SubCode(&["reset"]), said("verdict-network-reset")),
    (
        Case::SubCode(&["no_answer"]),
        said("verdict-network-no-answer"),
    ),
    (
        Case::SubCode(&["proxy_login"]),
        said("verdict-network-proxy-login"),
    ),
    (
        Case::SubCode(&["proxy_refused"]),
        said("verdict-network-proxy-refused"),
    ),
    (
        Case::SubCode(&["proxy_unreachable"]),
        said("verdict-network-proxy-unreachable"),
    ),
    (
        Case::SubCode(&["certificate_revoked", "certificate"]),
        said("verdict-network-certificate"),
    ),
    (Case::CauseKnown, said("verdict-network-error-cause")),
    (Case::SubCode(&["dns"]), said("verdict-host-dns")),
    (Case::SubCode(&["blocked"]), said("verdict-host-blocked")),
    (Case::SubCode(&["timeout"]), said("verdict-host-timeout")),
    (Case::SubCode(&["cut"]), said("verdict-host-cut")),
    (Case::SubCode(&["proxy"]), said("verdict-host-proxy")),
    (
        Case::SubCode(&["certificates"]),
        said("verdict-host-certificates"),
    ),
    (Case::SubCode(&["clock"]), said("verdict-host-clock")),
    (Case::SubCode(&["old_tls"]), said("verdict-host-old-tls")),
    (Case::SubCode(&["unclear"]), said("verdict-host-unclear")),
    (
        Case::SubCode(&["firewall_page"]),
        said("verdict-host-firewall-page"),
    ),
];

/// Cases a rule's code alone does not tell, named by the words: a request with no key, one too
/// large for any minute, a model the key's project does not know (older wordings, no code).
fn case_in_words(verdict: VerdictCode, message: &str) -> Option<&'static str> {
    match verdict {
        VerdictCode::InvalidKey
            if message.contains("didn't provide an api key")
                || message.contains("provide your api key in an authorization header") =>
        {
            Some("no_key_sent")
        }
        VerdictCode::RateLimited if message.contains("request too large") => {
            Some("request_too_large")
        }
        VerdictCode::ModelAccess
            if !message.contains("do not have access")
                && !message.contains("does not have access") =>
        {
            Some("model_unknown")
        }
        _ => None,
    }
}

/// A phrase's words in the message; "a…b" holds when "b" comes at most 60 characters after "a".
fn holds_phrase(message: &str, phrase: &str) -> bool {
    let Some((first, second)) = phrase.split_once('…') else {
        return message.contains(phrase);
    };
    // The second part follows closely: "model `x` does not exist", not two sentences apart.
    message.match_indices(first).any(|(at, _)| {
        let after = &message[at + first.len()..];
        after
            .find(second)
            .is_some_and(|gap| after[..gap].chars().count() <= 60)
    })
}

/// The sub-codes of `insufficient_quota` (reference section 3).
const QUOTA_SUB_CODES: [&str; 6] = [
    "credit_balance_exhausted",
    "organization_spend_limit_exceeded",
    "project_spend_limit_exceeded",
    "organization_usage_limit_exceeded",
    "billing_hard_limit_reached",
    "insufficient_quota",
];

/// Recognises an error; `None` when no rule matches.
pub fn classify(observation: &Observation) -> Option<(VerdictCode, Finding)> {
    // Terminals and forums break lines and curl apostrophes; the words stay the same.
    let message = observation
        .message
        .to_lowercase()
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let code = observation.code.as_deref().unwrap_or_default();
    let error_type = observation.error_type.as_deref().unwrap_or_default();
    let rule = RULES.iter().find(|rule| {
        (!code.is_empty() && rule.codes.contains(&code))
            || (!error_type.is_empty() && rule.types.contains(&error_type))
            || rule
                .phrases
                .iter()
                .any(|phrase| holds_phrase(&message, phrase))
    });
    let verdict = match rule {
        Some(rule) => rule.code,
        None => match observation.status {
            Some(status) if status >= 500 => VerdictCode::ServerError,
            _ => return None,
        },
    };
    let mut finding = Finding {
        missing_scopes: missing_scopes(&observation.message),
        model: quoted_model(&observation.message),
        project_id: project_id_in(&observation.message),
        sub_code: None,
    };
    if verdict == VerdictCode::NoQuota {
        finding.sub_code = Some(quota_sub_code(code, error_type, &message));
    } else if let Some(case) = case_in_words(verdict, &message) {
        finding.sub_code = Some(case.to_owned());
    } else if !code.is_empty() {
        finding.sub_code = Some(code.to_owned());
    }
    let verdict = match verdict {
        // Reading usage or the organization needs an Admin key (reference section 3, addendum).
        VerdictCode::MissingScopes
            if finding
                .missing_scopes
                .iter()
                .any(|s| s == "api.usage.read" || s == "api.management.read") =>
        {
            VerdictCode::AdminKeyRequired
        }
        other => other,
    };
    Some((verdict, finding))
}

fn quota_sub_code(code: &str, error_type: &str, message: &str) -> String {
    if QUOTA_SUB_CODES.contains(&code) && code != "insufficient_quota" {
        return code.to_owned();
    }
    if let Some(named) = QUOTA_SUB_CODES[..5].iter().find(|c| message.contains(*c)) {
        return (*named).to_owned();
    }
    // Older bodies carry code null; the words still say which limit (reference section 3).
    let by_words = if message.contains("credit balance") {
        "credit_balance_exhausted"
    } else if message.contains("project") && message.contains("spend limit") {
        "project_spend_limit_exceeded"
    } else if message.contains("spend limit") {
        "organization_spend_limit_exceeded"
    } else if message.contains("usage limit") {
        "organization_usage_limit_exceeded"
    } else if message.contains("billing hard limit") {
        "billing_hard_limit_reached"
    } else if error_type == "billing_not_active" || message.contains("account is not active") {
        "billing_not_active"
    } else {
        "insufficient_quota"
    };
    by_words.to_owned()
}

/// The model named in "model `gpt-4o`" or "model 'gpt-4o'".
fn quoted_model(message: &str) -> Option<String> {
    // ASCII lower case keeps every byte where it was: an offset found in it fits the message.
    let lower = message.to_ascii_lowercase();
    let at = lower.find("model `").or_else(|| lower.find("model '"))? + "model ".len();
    let quote = message[at..].chars().next()?;
    let rest = &message[at + quote.len_utf8()..];
    let end = rest.find(quote)?;
    Some(rest[..end].to_owned()).filter(|m| !m.is_empty())
}

/// The first `proj_…` id in a message.
pub fn project_id_in(text: &str) -> Option<String> {
    let start = text.find("proj_")?;
    let id: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (id.len() > "proj_".len()).then_some(id)
}

/// What a verdict says beyond its sentence: OpenAI's own words and codes, for whoever helps.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct VerdictDetails {
    /// OpenAI's sub-code, such as `credit_balance_exhausted`.
    pub sub_code: Option<String>,
    pub missing_scopes: Vec<String>,
    pub model: Option<String>,
    pub project_id: Option<String>,
    pub http_status: Option<u16>,
    /// OpenAI's message, as it came (it never holds the full key: OpenAI redacts it); for a
    /// failure on the way, the client's words in English.
    pub openai_message: Option<String>,
    pub request_ids: Vec<String>,
    /// Further sentences for the details section (English in JSON; `Verdict::notes` says them
    /// in the current language).
    pub notes: Vec<Note>,
    /// A library's own words about a failure (a TLS error), for "Technical details".
    pub technical: Option<String>,
    /// What the organization's facts (read with an Admin key) show as the cause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_cause: Option<crate::org::OrgCause>,
    /// The provider whose answer this is, when it is not OpenAI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<crate::providers::ProviderId>,
}

/// One plain sentence and one fix. The words are not stored: the verdict keeps what decides
/// them and says them in the language of the moment they are read (`summary`, `fix_label`,
/// `notes`); JSON has them in English.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub code: VerdictCode,
    pub fix_url: Option<String>,
    /// The page the fix is on, for the steps shown under the verdict (`fix_steps`).
    pub fix_page: Option<FixPage>,
    pub details: VerdictDetails,
    /// Whether waiting and trying again can help (rate limits, outages, timeouts) or not
    /// (quota, permissions, a wrong key): also said in the summary.
    pub retry: bool,
    wording: Wording,
}

/// What a verdict's sentence is made of.
#[derive(Debug, Clone, PartialEq)]
struct Wording {
    /// The sentence of the verdict table that applies.
    sentence: &'static Sentence,
    model: Option<String>,
    missing_scopes: Vec<String>,
    kind: Option<KeyKind>,
    /// What went wrong, in the client's words, in every language.
    cause: Option<Said>,
    /// The sentence said after it: `Some(true)` trying again can help, `Some(false)` it will
    /// not, `None` none (a working key, or a sentence that says so itself).
    retry_sentence: Option<bool>,
    /// A sentence said in place of the table's.
    instead: Option<Instead>,
    /// A provider's own sentence and fix button, in place of the table's.
    provider: Option<ProviderWording>,
}

/// A provider's rule's sentence (it may name `$provider` and `$cause`) and its fix button.
#[derive(Debug, Clone, PartialEq)]
struct ProviderWording {
    provider: crate::providers::ProviderId,
    saying: crate::providers::Saying,
}

/// A sentence said in place of the verdict table's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Instead {
    /// The trap of reference section 2: Responses ticked, Model capabilities not set to Request.
    ResponsesTrap,
    /// "Explain an error" recognised nothing in the text.
    NotRecognised,
}

impl Instead {
    fn message(self) -> &'static str {
        match self {
            Instead::ResponsesTrap => "verdict-responses-trap",
            Instead::NotRecognised => "verdict-explain-not-recognised",
        }
    }
}

/// What is known about the key, for choosing the right page and words.
#[derive(Debug, Clone, Default)]
pub struct VerdictContext {
    pub kind: Option<KeyKind>,
    /// From the error, /v1/me or the key's hints.
    pub project_id: Option<String>,
}

impl Verdict {
    /// The verdict for a recognised problem.
    pub fn for_finding(code: VerdictCode, finding: &Finding, context: &VerdictContext) -> Verdict {
        Verdict::with_cause(code, finding, context, None)
    }

    /// The verdict, saying what went wrong (`cause`, in the client's words) where its sentence
    /// has room for it.
    pub(crate) fn with_cause(
        code: VerdictCode,
        finding: &Finding,
        context: &VerdictContext,
        cause: Option<Said>,
    ) -> Verdict {
        let text = code.text();
        let sentence = text
            .special
            .iter()
            .find(|(case, _)| case.holds(finding, context, cause.is_some()))
            .map_or(&text.usual, |(_, sentence)| sentence);
        let project = finding
            .project_id
            .clone()
            .or_else(|| context.project_id.clone());
        let retry = retry_helps(code, finding.sub_code.as_deref());
        let mut wording = Wording {
            sentence,
            model: finding.model.clone(),
            missing_scopes: finding.missing_scopes.clone(),
            kind: context.kind,
            cause,
            retry_sentence: None,
            instead: None,
            provider: None,
        };
        // Decided once, on the English words, so that every language adds the same sentence.
        wording.retry_sentence =
            retry_sentence(&wording.sentence_in(Language::English), code, retry);
        Verdict {
            code,
            retry,
            fix_url: sentence
                .fix
                .map(|(page, _)| page.url(project.as_deref(), context.kind)),
            fix_page: sentence.fix.map(|(page, _)| page),
            details: VerdictDetails {
                sub_code: finding.sub_code.clone(),
                missing_scopes: finding.missing_scopes.clone(),
                model: finding.model.clone(),
                project_id: project,
                notes: text.note.clone().into_iter().collect(),
                ..VerdictDetails::default()
            },
            wording,
        }
    }

    /// The verdict of a provider's rule, said in its own sentence with its fix page.
    pub fn for_provider(
        provider: crate::providers::ProviderId,
        code: VerdictCode,
        saying: &crate::providers::Saying,
        sub_code: Option<&str>,
    ) -> Verdict {
        let finding = Finding {
            sub_code: sub_code.map(str::to_owned),
            ..Finding::default()
        };
        let mut verdict = Verdict::for_finding(code, &finding, &VerdictContext::default());
        verdict.wording.provider = Some(ProviderWording {
            provider,
            saying: *saying,
        });
        let pages = &provider.entry().pages;
        verdict.fix_url = saying.fix.map(|fix| fix.url(pages));
        // The steps under a verdict are OpenAI's pages; a provider's button is enough.
        verdict.fix_page = None;
        verdict.details.provider = Some(provider);
        verdict.details.notes.clear();
        verdict.wording.retry_sentence = retry_sentence(
            &verdict.wording.sentence_in(Language::English),
            code,
            verdict.retry,
        );
        verdict
    }

    /// What went wrong in the client's words (a provider's network failure), for `$cause`.
    pub(crate) fn set_cause(&mut self, cause: Said) {
        self.wording.cause = Some(cause);
        self.wording.retry_sentence = retry_sentence(
            &self.wording.sentence_in(Language::English),
            self.code,
            self.retry,
        );
    }

    /// The verdict's short title in the current language: the code's, naming the provider
    /// where the code's own title names OpenAI.
    pub fn title(&self) -> String {
        self.title_in(i18n::language())
    }

    pub fn title_in(&self, language: Language) -> String {
        let provider = self
            .details
            .provider
            .filter(|p| *p != crate::providers::ProviderId::OpenAi);
        let own = match (provider, self.code) {
            (Some(_), VerdictCode::NetworkError) => "provider-title-network-error",
            (Some(_), VerdictCode::ServerError) => "provider-title-server-error",
            _ => return self.code.title_in(language),
        };
        let name = provider.map_or("", crate::providers::ProviderId::name);
        i18n::message_in(language, own, &[("provider", name.into())])
    }

    /// The provider whose answer this verdict reads; OpenAI's when none other.
    pub fn provider(&self) -> crate::providers::ProviderId {
        self.details
            .provider
            .unwrap_or(crate::providers::ProviderId::OpenAi)
    }

    pub fn ok() -> Verdict {
        Verdict::for_finding(
            VerdictCode::Ok,
            &Finding::default(),
            &VerdictContext::default(),
        )
    }

    /// Says the organization's cause in place of the table's sentence, with its exact page.
    /// The key's own sentence follows, so whoever knew it still finds it.
    pub fn set_organization_cause(&mut self, cause: crate::org::OrgCause) {
        if let Some((url, page)) = cause.fix() {
            self.fix_url = Some(url);
            self.fix_page = Some(page);
        }
        self.details.organization_cause = Some(cause);
    }

    /// Says `instead` in place of the table's sentence (it says whether trying again helps).
    pub(crate) fn say_instead(&mut self, instead: Instead) {
        self.wording.instead = Some(instead);
    }

    /// The one plain sentence, in the current language.
    pub fn summary(&self) -> String {
        self.summary_in(i18n::language())
    }

    /// The one plain sentence in `language`, ending with whether trying again helps.
    pub fn summary_in(&self, language: Language) -> String {
        let own = self.own_summary_in(language);
        match &self.details.organization_cause {
            // A cause with its own page says why first; one that only adds detail comes after.
            Some(cause) if cause.fix().is_some() => {
                format!("{} {own}", cause.sentence_in(language))
            }
            Some(cause) => format!("{own} {}", cause.sentence_in(language)),
            None => own,
        }
    }

    /// The sentence the key's own probes give.
    fn own_summary_in(&self, language: Language) -> String {
        if let Some(instead) = self.wording.instead {
            return i18n::message_in(language, instead.message(), &[]);
        }
        let sentence = self.wording.sentence_in(language);
        let retry = match self.wording.retry_sentence {
            None => return sentence,
            Some(true) => "verdict-retry-helps",
            Some(false) => "verdict-retry-will-not-help",
        };
        format!("{sentence} {}", i18n::message_in(language, retry, &[]))
    }

    /// The fix button's words in the current language, when the fix is on a page.
    pub fn fix_label(&self) -> Option<String> {
        self.fix_label_in(i18n::language())
    }

    pub fn fix_label_in(&self, language: Language) -> Option<String> {
        let cause_fix = self
            .details
            .organization_cause
            .as_ref()
            .and_then(|c| c.fix());
        if cause_fix.is_some() {
            let label = match self.fix_page? {
                FixPage::ProjectLimits => OPEN_PROJECT_LIMITS,
                FixPage::OrganizationLimits => OPEN_ORGANIZATION_LIMITS,
                _ => OPEN_API_KEYS,
            };
            return Some(i18n::message_in(language, label, &[]));
        }
        if let Some(provider) = &self.wording.provider {
            let fix = provider.saying.fix?;
            return Some(i18n::message_in(
                language,
                fix.label,
                &[("provider", provider.provider.name().into())],
            ));
        }
        let (_, label) = self.wording.sentence.fix?;
        Some(i18n::message_in(language, label, &[]))
    }

    /// The notes for the details section, in the current language.
    pub fn notes(&self) -> Vec<String> {
        self.details.notes.iter().map(Note::words).collect()
    }
}

/// JSON: the fields of DESIGN.md's contract, in English whatever language the screen speaks.
impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("Verdict", 5)?;
        fields.serialize_field("code", &self.code)?;
        fields.serialize_field("summary", &self.summary_in(Language::English))?;
        fields.serialize_field("fix_url", &self.fix_url)?;
        fields.serialize_field("details", &self.details)?;
        fields.serialize_field("retry", &self.retry)?;
        fields.end()
    }
}

impl Wording {
    /// The table's sentence in `language`, its variables filled in.
    fn sentence_in(&self, language: Language) -> String {
        let cause = self
            .cause
            .as_ref()
            .map_or("", |cause| cause.in_language(language));
        if let Some(provider) = &self.provider {
            return i18n::message_in(
                language,
                provider.saying.sentence,
                &[
                    ("provider", provider.provider.name().into()),
                    ("cause", cause.into()),
                ],
            );
        }
        let model = self
            .model
            .clone()
            .unwrap_or_else(|| i18n::message_in(language, "verdict-this-model", &[]));
        i18n::message_in(
            language,
            self.sentence.summary,
            &[
                ("model", model.into()),
                (
                    "scopes",
                    describe_scopes_in(language, &self.missing_scopes).into(),
                ),
                ("kind", kind_selector(self.kind).into()),
                ("cause", cause.into()),
            ],
        )
    }
}

/// The key's kind as the sentences' `$kind` selects on.
fn kind_selector(kind: Option<KeyKind>) -> &'static str {
    match kind {
        Some(KeyKind::Project) => "project",
        Some(KeyKind::ServiceAccount) => "service_account",
        Some(KeyKind::Admin) => "admin",
        Some(KeyKind::UserWithoutProject) => "user_without_project",
        Some(KeyKind::LegacyUser) => "legacy_user",
        Some(_) | None => "unknown",
    }
}

/// The sub-codes of a certificate or a proxy that stopped this computer's own connection
/// (`ApiError::Certificate`, `ApiError::Proxy`): trying again changes nothing.
const NETWORK_SUB_CODES_WITHOUT_RETRY: [&str; 10] = [
    "refused",
    "intercepted",
    "certificate_expired",
    "clock_behind",
    "wrong_name",
    "certificate_revoked",
    "certificate",
    "proxy_login",
    "proxy_refused",
    "proxy_unreachable",
];

/// True when waiting and trying again can help without changing anything.
pub fn retry_helps(code: VerdictCode, sub_code: Option<&str>) -> bool {
    match code {
        VerdictCode::RateLimited => sub_code != Some("request_too_large"),
        VerdictCode::ServerError => true,
        VerdictCode::NetworkError
            if sub_code.is_some_and(|s| NETWORK_SUB_CODES_WITHOUT_RETRY.contains(&s)) =>
        {
            false
        }
        VerdictCode::NetworkError => sub_code
            .and_then(|sub_code| {
                NetworkCause::ALL
                    .into_iter()
                    .find(|cause| cause.sub_code() == sub_code)
            })
            .is_none_or(NetworkCause::retry_helps),
        _ => false,
    }
}

/// Which sentence follows the summary about trying again, unless it says so already.
fn retry_sentence(english_summary: &str, code: VerdictCode, retry: bool) -> Option<bool> {
    let says_so = english_summary.to_lowercase().contains("try again");
    (code != VerdictCode::Ok && !says_so).then_some(retry)
}

impl Case {
    fn holds(&self, finding: &Finding, context: &VerdictContext, cause_known: bool) -> bool {
        let scopes = &finding.missing_scopes;
        let admin = context.kind == Some(KeyKind::Admin);
        match self {
            Case::SubCode(codes) => finding
                .sub_code
                .as_deref()
                .is_some_and(|sub_code| codes.contains(&sub_code)),
            Case::AdminKey => admin,
            Case::OtherKind => context.kind.is_some() && !admin,
            Case::ModelRequestMissing => scopes
                .iter()
                .any(|s| s == "model.request" || s == "api.model.request"),
            Case::AdminWithoutUsage => admin && scopes.iter().any(|s| s == "api.usage.read"),
            Case::NoScopeNamed => scopes.is_empty(),
            Case::CauseKnown => cause_known,
        }
    }
}

impl FixPage {
    fn url(self, project: Option<&str>, kind: Option<KeyKind>) -> String {
        match self {
            FixPage::KeySettings if kind == Some(KeyKind::Admin) => platform::admin_keys(),
            FixPage::ApiKeys | FixPage::KeySettings => platform::project_api_keys(project),
            FixPage::AdminKeys => platform::admin_keys(),
            FixPage::Billing => platform::billing(),
            FixPage::BillingOverview => platform::billing_overview(),
            FixPage::OrganizationLimits => platform::organization_limits(),
            FixPage::ProjectLimits => {
                project.map_or_else(platform::organization_limits, platform::project_limits)
            }
            FixPage::OrganizationGeneral => platform::organization_general(),
            FixPage::SupportedCountries => {
                format!("{}/docs/supported-countries", platform::PLATFORM)
            }
            FixPage::IpAllowlist => platform::ip_allowlist(),
            FixPage::StatusPage => "https://status.openai.com/".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_code_s_word_is_the_same_in_json_in_text_and_read_back() {
        for code in VerdictCode::ALL {
            let json = serde_json::to_string(&code).expect("json");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(VerdictCode::from_code(code.as_str()), Some(code));
        }
        assert_eq!(VerdictCode::from_code("no_such_code"), None);
    }

    use super::*;

    fn observe(
        code: Option<&str>,
        error_type: Option<&str>,
        message: &str,
    ) -> Option<(VerdictCode, Finding)> {
        classify(&Observation {
            status: None,
            code: code.map(str::to_owned),
            error_type: error_type.map(str::to_owned),
            message: message.to_owned(),
        })
    }

    #[test]
    fn every_code_has_its_row_of_words_in_order() {
        for code in VerdictCode::ALL {
            assert_eq!(code.text().code, code);
        }
    }

    #[test]
    fn words_from_outside_are_never_read_as_variables() {
        let finding = Finding {
            model: Some("{ $cause }".into()),
            ..Finding::default()
        };
        let verdict = Verdict::with_cause(
            VerdictCode::ModelAccess,
            &finding,
            &VerdictContext::default(),
            Some(Said::verbatim("{ $model }")),
        );
        assert!(
            verdict
                .summary_in(Language::English)
                .starts_with("This key's project may not use { $cause }.")
        );
    }

    /// Every message the table names, in English, with the variables the verdict passes: none
    /// is missing (it would come back as its id) and none reads a variable left unfilled.
    #[test]
    fn every_message_of_the_table_is_in_the_english_catalog() {
        let english = |id: &str, args: &[(&str, i18n::Arg)]| {
            let text = i18n::message_in(Language::English, id, args);
            assert!(text != id && !text.contains('{'), "{id}: {text}");
            text
        };
        for text in &VERDICT_TEXTS {
            english(text.title, &[]);
            let sentences = text.special.iter().map(|(_, s)| s).chain([&text.usual]);
            for sentence in sentences {
                english(
                    sentence.summary,
                    &[
                        ("model", "gpt-4o".into()),
                        ("scopes", "Files (write)".into()),
                        ("kind", "project".into()),
                        ("cause", "it failed".into()),
                    ],
                );
                if let Some((_, label)) = sentence.fix {
                    english(label, &[]);
                }
            }
            if let Some(note) = text.note.clone() {
                assert!(!note.words_in(Language::English).contains('{'));
            }
        }
        for instead in [Instead::ResponsesTrap, Instead::NotRecognised] {
            english(instead.message(), &[]);
        }
        for id in [
            "verdict-retry-helps",
            "verdict-retry-will-not-help",
            "verdict-this-model",
        ] {
            english(id, &[]);
        }
    }

    fn restricted_project_key() -> Verdict {
        Verdict::for_finding(
            VerdictCode::MissingScopes,
            &Finding {
                missing_scopes: vec!["api.files.write".into()],
                ..Finding::default()
            },
            &VerdictContext {
                kind: Some(KeyKind::Project),
                project_id: Some("proj_abc".into()),
            },
        )
    }

    /// A verdict made while one language is chosen says itself in the language chosen when it
    /// is read: its words come from that language's catalog each time (German falls back to
    /// English until its translation is in).
    #[test]
    fn a_verdict_says_itself_in_the_language_chosen_when_it_is_read() {
        i18n::set_language_of_this_thread(Language::English);
        let verdict = restricted_project_key();
        assert_eq!(
            verdict.summary(),
            "This key is restricted: it may not use Files (write). Open the key's settings and allow what your app needs. Trying again will not help until this is fixed."
        );
        i18n::set_language_of_this_thread(Language::German);
        let german = Language::German;
        let sentence = i18n::message_in(
            german,
            "verdict-missing-scopes",
            &[(
                "scopes",
                describe_scopes_in(german, &["api.files.write".to_owned()]).into(),
            )],
        );
        let retry = i18n::message_in(german, "verdict-retry-will-not-help", &[]);
        assert_eq!(verdict.summary(), format!("{sentence} {retry}"));
        assert_eq!(
            verdict.fix_label(),
            Some(i18n::message_in(german, "verdict-fix-key-settings", &[]))
        );
        assert_eq!(
            verdict.code.title(),
            i18n::message_in(german, "verdict-title-missing-scopes", &[])
        );
        assert_eq!(
            verdict.notes(),
            vec![i18n::message_in(german, "verdict-note-role", &[])]
        );
    }

    /// JSON is the same English, byte for byte, whatever language the screen speaks.
    #[test]
    fn json_stays_english_whatever_the_language() {
        i18n::set_language_of_this_thread(Language::English);
        let verdict = restricted_project_key();
        let english = serde_json::to_string(&verdict).expect("json");
        i18n::set_language_of_this_thread(Language::Spanish);
        assert_eq!(serde_json::to_string(&verdict).expect("json"), english);
        let json: serde_json::Value = serde_json::from_str(&english).expect("parsed");
        assert_eq!(json["summary"], verdict.summary_in(Language::English));
        assert_eq!(json["code"], "missing_scopes");
        assert!(
            json["details"]["notes"][0]
                .as_str()
                .is_some_and(|note| note.starts_with("If the key already allows this"))
        );
        // DESIGN.md's order of fields.
        let at = |field: &str| english.find(&format!("\"{field}\":")).expect(field);
        let order = ["code", "summary", "fix_url", "details", "retry"].map(at);
        assert!(order.is_sorted(), "{english}");
    }

    #[test]
    fn the_kind_of_key_is_said_by_the_sentence_itself() {
        let needs_admin = |kind| {
            Verdict::for_finding(
                VerdictCode::AdminKeyRequired,
                &Finding::default(),
                &VerdictContext {
                    kind: Some(kind),
                    project_id: None,
                },
            )
            .summary_in(Language::English)
        };
        assert!(needs_admin(KeyKind::ServiceAccount).contains("; this is a service-account key."));
        assert!(needs_admin(KeyKind::Unknown).contains("; this does not look like an OpenAI key."));
    }

    #[test]
    fn quota_sub_codes_come_from_the_code_or_the_words() {
        let (code, finding) = observe(
            Some("credit_balance_exhausted"),
            Some("insufficient_quota"),
            "x",
        )
        .expect("known");
        assert_eq!(code, VerdictCode::NoQuota);
        assert_eq!(
            finding.sub_code.as_deref(),
            Some("credit_balance_exhausted")
        );
        let (_, finding) = observe(
            None,
            Some("insufficient_quota"),
            "Your project has reached its configured enforced spend limit. Update your limit at https://platform.openai.com/settings/proj_abc123/limits.",
        )
        .expect("known");
        assert_eq!(
            finding.sub_code.as_deref(),
            Some("project_spend_limit_exceeded")
        );
        assert_eq!(finding.project_id.as_deref(), Some("proj_abc123"));
    }

    #[test]
    fn models_are_read_out_of_backticks_and_quotes() {
        assert_eq!(
            quoted_model("Project `proj_x` does not have access to model `gpt-4o-mini`"),
            Some("gpt-4o-mini".into())
        );
        assert_eq!(
            quoted_model("The model 'gpt-4o' does not exist"),
            Some("gpt-4o".into())
        );
        assert_eq!(quoted_model("nothing here"), None);
    }

    #[test]
    fn usage_scopes_mean_an_admin_key_is_needed() {
        let (code, _) = observe(
            None,
            None,
            "You have insufficient permissions for this operation. Missing scopes: api.usage.read.",
        )
        .expect("known");
        assert_eq!(code, VerdictCode::AdminKeyRequired);
    }

    #[test]
    fn the_model_capabilities_trap_is_explained() {
        let finding = Finding {
            missing_scopes: vec!["model.request".into()],
            ..Finding::default()
        };
        let verdict = Verdict::for_finding(
            VerdictCode::MissingScopes,
            &finding,
            &VerdictContext {
                kind: Some(KeyKind::Project),
                project_id: Some("proj_abc".into()),
            },
        );
        assert!(
            verdict
                .summary_in(Language::English)
                .contains("set Model capabilities to Request")
        );
        assert_eq!(
            verdict.fix_url.as_deref(),
            Some("https://platform.openai.com/settings/proj_abc/api-keys")
        );
        assert!(
            verdict
                .details
                .notes
                .iter()
                .any(|n| n.words_in(Language::English).contains("your role"))
        );
    }
}
