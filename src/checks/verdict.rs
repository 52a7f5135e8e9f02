//! From OpenAI's answers to one plain verdict. The rules are a table: each row matches an error by
//! its code, type or words and cites where reference/openai-api.md documents it. The same rules
//! serve the permission check and "Explain an error".

use serde::Serialize;

use super::network::NetworkCause;
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
}

impl VerdictCode {
    /// The code's word, as in JSON and DESIGN.md ("missing_scopes").
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub const ALL: [VerdictCode; 17] = [
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
    ];

    /// The code for its word, as stored in a key's history.
    pub fn from_code(code: &str) -> Option<VerdictCode> {
        code.parse().ok()
    }

    /// A short title in words, for lists and badges.
    pub fn title(self) -> &'static str {
        self.text().title
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
            | VerdictCode::IpNotAllowed => 0,
            VerdictCode::WrongOrganization | VerdictCode::WrongProject => 1,
            VerdictCode::NoQuota => 2,
            VerdictCode::MissingScopes | VerdictCode::AdminKeyRequired => 3,
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
            VerdictCode::InvalidKey | VerdictCode::AdminKeyRequired | VerdictCode::WrongProject
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
            VerdictCode::NetworkError | VerdictCode::ServerError | VerdictCode::UnexpectedResponse
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
/// Blanks in braces are filled in by `Verdict::for_finding`: `{model}` (the model named, or
/// "this model"), `{scopes}` (the missing permissions in the screen's words), `{kind}` (the key's
/// kind in words) and `{cause}` (what went wrong, in the client's words).
struct VerdictText {
    code: VerdictCode,
    /// A short title in words, for lists and badges.
    title: &'static str,
    /// Checked in order; the first case that holds gives the sentence.
    special: &'static [(Case, Sentence)],
    /// The sentence when no special case holds.
    usual: Sentence,
    /// A further sentence for the details section.
    note: Option<&'static str>,
}

/// One plain sentence and the button that fixes it (page and words), if any.
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

const OPEN_BILLING: &str = "Open billing";
const OPEN_ORGANIZATION_LIMITS: &str = "Open the organization's limits";
const OPEN_PROJECT_LIMITS: &str = "Open the project's limits";
const OPEN_ORGANIZATION_SETTINGS: &str = "Open the organization settings";
const OPEN_API_KEYS: &str = "Open the API keys page";
const OPEN_KEY_SETTINGS: &str = "Open the key's settings";
const OPEN_ADMIN_KEYS: &str = "Open the Admin keys page";

const VERDICT_TEXTS: [VerdictText; 17] = [
    VerdictText {
        code: VerdictCode::Ok,
        title: "Works",
        special: &[(
            Case::AdminKey,
            Sentence {
                summary: "This Admin key works: it may read usage and costs and the organization's projects.",
                fix: None,
            },
        )],
        usual: Sentence {
            summary: "This key works: it may call models, and every permission Key Doctor checked is granted.",
            fix: None,
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::InvalidKey,
        title: "Key not accepted",
        special: &[(
            Case::SubCode(&["no_key_sent"]),
            Sentence {
                summary: "Your app sent no API key at all: its API key setting is empty, or the key did not reach it. Paste your key into the app's or plugin's API key setting.",
                fix: None,
            },
        )],
        usual: Sentence {
            summary: "OpenAI does not accept this key: it is mistyped, or it was revoked or deleted. Create a new key and use it instead.",
            fix: Some((FixPage::ApiKeys, OPEN_API_KEYS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::MissingScopes,
        title: "Missing permissions",
        special: &[
            (
                Case::ModelRequestMissing,
                Sentence {
                    summary: MODEL_CAPABILITIES_SENTENCE,
                    fix: Some((FixPage::KeySettings, OPEN_KEY_SETTINGS)),
                },
            ),
            (
                Case::AdminWithoutUsage,
                Sentence {
                    summary: "This Admin key may not read usage and costs. Create a read-only Admin key, or give this one Usage: Read.",
                    fix: Some((FixPage::KeySettings, OPEN_KEY_SETTINGS)),
                },
            ),
            (
                Case::NoScopeNamed,
                Sentence {
                    summary: "This key is missing a permission for what was asked. Open the key's settings and check its permissions.",
                    fix: Some((FixPage::KeySettings, OPEN_KEY_SETTINGS)),
                },
            ),
        ],
        usual: Sentence {
            summary: "This key is restricted: it may not use {scopes}. Open the key's settings and allow what your app needs.",
            fix: Some((FixPage::KeySettings, OPEN_KEY_SETTINGS)),
        },
        note: Some(ROLE_NOTE),
    },
    VerdictText {
        code: VerdictCode::NoQuota,
        title: "Out of credit or over a limit",
        special: &[
            (
                Case::SubCode(&["credit_balance_exhausted"]),
                Sentence {
                    summary: "Your organization has no credit left. Add credit on the billing page; requests work again a few minutes later.",
                    fix: Some((FixPage::Billing, OPEN_BILLING)),
                },
            ),
            (
                Case::SubCode(&[
                    "organization_spend_limit_exceeded",
                    "billing_hard_limit_reached",
                ]),
                Sentence {
                    summary: "Your organization reached the spend limit it set for itself. Raise the limit on the Limits page.",
                    fix: Some((FixPage::OrganizationLimits, OPEN_ORGANIZATION_LIMITS)),
                },
            ),
            (
                Case::SubCode(&["project_spend_limit_exceeded"]),
                Sentence {
                    summary: "This key's project reached its spend limit. Raise the project's limit on its Limits page.",
                    fix: Some((FixPage::ProjectLimits, OPEN_PROJECT_LIMITS)),
                },
            ),
            (
                Case::SubCode(&["organization_usage_limit_exceeded"]),
                Sentence {
                    summary: "Your organization reached the usage limit of its tier. Raise it on the Limits page, or wait for next month.",
                    fix: Some((FixPage::OrganizationLimits, OPEN_ORGANIZATION_LIMITS)),
                },
            ),
            (
                Case::SubCode(&["billing_not_active"]),
                Sentence {
                    summary: "Your account's billing is not active. Add a payment method on the billing page.",
                    fix: Some((FixPage::Billing, OPEN_BILLING)),
                },
            ),
        ],
        usual: Sentence {
            summary: "Your organization has run out of quota: add credit, or raise its limit, on the billing page.",
            fix: Some((FixPage::BillingOverview, OPEN_BILLING)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::RateLimited,
        title: "Rate limited",
        special: &[(
            Case::SubCode(&["request_too_large"]),
            Sentence {
                summary: "This one request is larger than the tokens-per-minute limit of your usage tier, so it cannot go through as it is. Make the request smaller (shorter text, fewer documents at once), or reach a higher tier.",
                fix: Some((FixPage::OrganizationLimits, OPEN_ORGANIZATION_LIMITS)),
            },
        )],
        usual: Sentence {
            summary: "This key works, but it is being rate limited right now: too many requests or tokens per minute. Wait a minute and try again, or see your tier's limits.",
            fix: Some((FixPage::OrganizationLimits, OPEN_ORGANIZATION_LIMITS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::WrongOrganization,
        title: "Wrong organization",
        special: &[],
        usual: Sentence {
            summary: "The organization sent with this key (OPENAI_ORG_ID, or your app's organization setting) is not the key's organization. Remove that setting, or set it to the key's organization.",
            fix: Some((FixPage::OrganizationGeneral, OPEN_ORGANIZATION_SETTINGS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::WrongProject,
        title: "Wrong project",
        special: &[],
        usual: Sentence {
            summary: "The project sent with this key (OPENAI_PROJECT_ID, or your app's project setting) is not the key's project. Remove that setting, or use a key of that project.",
            fix: Some((FixPage::ApiKeys, OPEN_API_KEYS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::NoOrganization,
        title: "No organization",
        special: &[],
        usual: Sentence {
            summary: "Your OpenAI account is not a member of any organization, so its keys cannot be used. Create an organization or ask to be invited to one.",
            fix: Some((FixPage::OrganizationGeneral, OPEN_ORGANIZATION_SETTINGS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::ModelAccess,
        title: "No access to the model",
        special: &[(
            Case::SubCode(&["model_unknown"]),
            Sentence {
                summary: "OpenAI does not know the model {model} for this key: its name may be mistyped or the model retired, or the project may not use it. Check the model your app or plugin is set to; if the name is right, an owner can allow it on the project's Limits page.",
                fix: Some((FixPage::ProjectLimits, OPEN_PROJECT_LIMITS)),
            },
        )],
        usual: Sentence {
            summary: "This key's project may not use {model}. An owner can allow the model on the project's Limits page.",
            fix: Some((FixPage::ProjectLimits, OPEN_PROJECT_LIMITS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::VerificationRequired,
        title: "Organization not verified",
        special: &[],
        usual: Sentence {
            summary: "Your organization must be verified to use {model}. Verify it on the organization settings page; access follows within about 15 minutes.",
            fix: Some((FixPage::OrganizationGeneral, OPEN_ORGANIZATION_SETTINGS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::RegionBlocked,
        title: "Country not supported",
        special: &[],
        usual: Sentence {
            summary: "OpenAI does not serve the country or region this request came from, so the key cannot be used from here.",
            fix: Some((FixPage::SupportedCountries, "See the supported countries")),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::IpNotAllowed,
        title: "IP address not allowed",
        special: &[],
        usual: Sentence {
            summary: "This computer's IP address is not on your organization's IP allowlist. An owner can add it on the allowlist page.",
            fix: Some((FixPage::IpAllowlist, "Open the IP allowlist")),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::AccessTerminated,
        title: "Access terminated",
        special: &[],
        usual: Sentence {
            summary: "OpenAI has terminated this account's access. Only OpenAI support can help; look for their email.",
            fix: Some((FixPage::OrganizationGeneral, OPEN_ORGANIZATION_SETTINGS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::AdminKeyRequired,
        title: "Needs an Admin key",
        special: &[(
            Case::OtherKind,
            Sentence {
                summary: "Reading usage and costs needs an Admin key; this is a {kind}. An organization owner can create a read-only Admin key.",
                fix: Some((FixPage::AdminKeys, OPEN_ADMIN_KEYS)),
            },
        )],
        usual: Sentence {
            summary: "Reading usage and costs needs an Admin key. An organization owner can create a read-only Admin key.",
            fix: Some((FixPage::AdminKeys, OPEN_ADMIN_KEYS)),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::NetworkError,
        title: "Could not reach OpenAI",
        special: &[
            (
                Case::SubCode(&["intercepted"]),
                Sentence {
                    summary: "Something on your network (often a company firewall or an antivirus) is reading secure connections and shows its own certificate instead of OpenAI's, so Key Doctor stopped. Ask your IT to let api.openai.com through, or to install its certificate on this computer.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["certificate_expired"]),
                Sentence {
                    summary: "The certificate shown for OpenAI has expired, or this computer's clock is wrong. Check this computer's date and time; if they are right, something on your network shows an old certificate: ask your IT.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["clock_behind"]),
                Sentence {
                    summary: "This computer's clock is behind, so OpenAI's certificate looks not valid yet. Set this computer's date and time, then check again.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["wrong_name"]),
                Sentence {
                    summary: "The certificate shown was made for another name than OpenAI's: something on your network answers in OpenAI's place, or the OpenAI address in Settings is wrong. Check the address, or ask your IT.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["refused"]),
                Sentence {
                    summary: "Key Doctor could not reach OpenAI: {cause}. A firewall on this computer or network may block api.openai.com, or the OpenAI address is wrong. Ask your IT whether api.openai.com is blocked, or check the address in Settings.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["reset"]),
                Sentence {
                    summary: "Key Doctor could not reach OpenAI: {cause}. Something on your network ended the connection, as a firewall does with a site it blocks. Try again; if it keeps happening, ask your IT whether api.openai.com is blocked.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["no_answer"]),
                Sentence {
                    summary: "Key Doctor could not reach OpenAI: {cause}. The network is very slow, or a firewall silently drops connections to api.openai.com. Try again; if it keeps happening, ask your IT whether api.openai.com is blocked.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["proxy_login"]),
                Sentence {
                    summary: "The proxy this computer goes through asked for a user name and password, and got none or the wrong ones. Ask your IT for them, and put them in the proxy setting (as http://name:password@proxy:port).",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["proxy_refused"]),
                Sentence {
                    summary: "The proxy this computer goes through refused to open the way to api.openai.com. Ask your IT to let api.openai.com through the proxy.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["proxy_unreachable"]),
                Sentence {
                    summary: "The proxy set on this computer cannot be reached, so nothing got out. Check the proxy setting (HTTPS_PROXY), or ask your IT which proxy to use.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["certificate_revoked", "certificate"]),
                Sentence {
                    summary: "The secure connection to OpenAI was refused because of the certificate shown for it: something on your network is not what it should be. Ask your IT whether something inspects secure connections.",
                    fix: None,
                },
            ),
            (
                Case::CauseKnown,
                Sentence {
                    summary: "Key Doctor could not reach OpenAI: {cause}. Check the internet connection, VPN or proxy, then try again.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["dns"]),
                Sentence {
                    summary: "The server your site or app runs on cannot look up api.openai.com, so the request never reached OpenAI; the key is not the problem. Ask your hosting company: \"Please check that my server can resolve api.openai.com (DNS).\"",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["blocked"]),
                Sentence {
                    summary: "The server your site or app runs on could not connect to OpenAI: usually the host's firewall blocks outgoing connections; the key is not the problem. Ask your hosting company: \"Please allow outgoing HTTPS connections from my site to api.openai.com on port 443.\"",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["timeout"]),
                Sentence {
                    summary: "The server your site or app runs on waited too long for OpenAI and gave up; the key is not the problem. Try again: long answers take time. If it keeps happening, raise the plugin's timeout, or ask your hosting company to let outgoing requests to api.openai.com run for 60 seconds.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["cut"]),
                Sentence {
                    summary: "The connection to OpenAI was cut or closed before an answer came; the key is not the problem. Try again. If it keeps happening, ask your hosting company: \"Is a firewall, proxy or security filter cutting connections from my site to api.openai.com?\"",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["proxy"]),
                Sentence {
                    summary: "A proxy between your server and OpenAI did not let the request through: it needs settings or a login. Enter the proxy's address, user and password where your app or server asks for a proxy, or ask your hosting company which proxy to use.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["certificates"]),
                Sentence {
                    summary: "The server your site or app runs on does not trust OpenAI's security certificate: its list of trusted certificates is out of date, or something on the way replaces the certificate. Ask your hosting company: \"Please update the CA certificates (ca-certificates or cacert.pem) on my server.\"",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["clock"]),
                Sentence {
                    summary: "The clock of the server your site or app runs on is wrong, so OpenAI's security certificate looks not yet valid. Ask your hosting company to set the server's clock (NTP).",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["old_tls"]),
                Sentence {
                    summary: "The server your site or app runs on uses encryption too old for OpenAI, which needs TLS 1.2 or newer. Ask your hosting company to update OpenSSL and cURL, or to move your site to a current PHP version.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["unclear"]),
                Sentence {
                    summary: "The connection from your server to OpenAI failed, but this message does not say why; the key is not the problem. The reason is in the lines below it: paste the whole error here. Or ask your hosting company: \"My site could not connect to api.openai.com on port 443. Do your logs show a blocked or failed outgoing connection?\"",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["firewall_page"]),
                Sentence {
                    summary: "A web page came back instead of OpenAI's answer: a firewall blocked the request. If the page names Cloudflare, OpenAI's firewall refused your server's address; ask your hosting company for another outgoing address. If it names your host (ModSecurity, Forbidden, Not Acceptable), ask your hosting company to allow requests to api.openai.com.",
                    fix: None,
                },
            ),
        ],
        usual: Sentence {
            summary: "Key Doctor could not reach OpenAI. Check the internet connection, VPN or proxy, then try again.",
            fix: None,
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::ServerError,
        title: "OpenAI had a problem",
        special: &[],
        usual: Sentence {
            summary: "OpenAI had a problem answering. This is not your key's fault; try again in a few minutes.",
            fix: Some((FixPage::StatusPage, "Open OpenAI's status page")),
        },
        note: None,
    },
    VerdictText {
        code: VerdictCode::UnexpectedResponse,
        title: "Unexpected answer",
        special: &[
            (
                Case::SubCode(&["web_page"]),
                Sentence {
                    summary: "A web page answered instead of OpenAI, as the sign-in page of a hotel, airport or office network, or a proxy, does. Open any web page in your browser and sign in to the network, then check again; if there is nothing to sign in to, ask your IT about the proxy.",
                    fix: None,
                },
            ),
            (
                Case::CauseKnown,
                Sentence {
                    summary: "The answer was not OpenAI's ({cause}), so the key could not be checked. A proxy, firewall or a wrong base URL may be in the way.",
                    fix: None,
                },
            ),
            (
                Case::SubCode(&["session_key_required"]),
                Sentence {
                    summary: "Your app asked OpenAI for billing figures that only the OpenAI website shows; no API key can read them. The key is not the problem: update the app or plugin, or see the figures on the billing page.",
                    fix: Some((FixPage::BillingOverview, OPEN_BILLING)),
                },
            ),
        ],
        usual: Sentence {
            summary: "The answer was not OpenAI's, so the key could not be checked. A proxy, firewall or a wrong base URL may be in the way.",
            fix: None,
        },
        note: None,
    },
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
    /// OpenAI's message, as it came (it never holds the full key: OpenAI redacts it).
    pub openai_message: Option<String>,
    pub request_ids: Vec<String>,
    /// Further sentences for the details section.
    pub notes: Vec<String>,
    /// A library's own words about a failure (a TLS error), for "Technical details".
    pub technical: Option<String>,
}

/// One plain sentence and one fix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub code: VerdictCode,
    pub summary: String,
    pub fix_url: Option<String>,
    /// The fix button's words.
    #[serde(skip)]
    pub fix_label: Option<String>,
    /// The page the fix is on, for the steps shown under the verdict (`fix_steps`).
    #[serde(skip)]
    pub fix_page: Option<FixPage>,
    pub details: VerdictDetails,
    /// Whether waiting and trying again can help (rate limits, outages, timeouts) or not
    /// (quota, permissions, a wrong key): also said in the summary.
    pub retry: bool,
}

/// What is known about the key, for choosing the right page and words.
#[derive(Debug, Clone, Default)]
pub struct VerdictContext {
    pub kind: Option<KeyKind>,
    /// From the error, /v1/me or the key's hints.
    pub project_id: Option<String>,
}

const MODEL_CAPABILITIES_SENTENCE: &str = "This key is restricted and may not call models. Open the key's settings and set Model capabilities to Request.";

/// The trap of reference section 2: Responses ticked, Model capabilities not set to Request.
pub const RESPONSES_TRAP_SENTENCE: &str = "This key is restricted and may not call models. Open the key's settings and set Model capabilities to Request; ticking Responses alone is not enough. Trying again will not help until this is fixed.";

const ROLE_NOTE: &str = "If the key already allows this, your role may be what is missing: in the organization you need to be a Writer or Owner, and in the project a Member or Owner. An owner can change roles on the Members page.";

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
        cause: Option<&str>,
    ) -> Verdict {
        let text = code.text();
        let sentence = text
            .special
            .iter()
            .find(|(case, _)| case.holds(finding, context, cause))
            .map_or(&text.usual, |(_, sentence)| sentence);
        let project = finding
            .project_id
            .clone()
            .or_else(|| context.project_id.clone());
        let (fix_url, fix_label) = match sentence.fix {
            Some((page, label)) => (
                Some(page.url(project.as_deref(), context.kind)),
                Some(label.to_owned()),
            ),
            None => (None, None),
        };
        let retry = retry_helps(code, finding.sub_code.as_deref());
        Verdict {
            code,
            summary: with_retry_sentence(
                fill_blanks(sentence.summary, finding, context, cause),
                code,
                retry,
            ),
            retry,
            fix_url,
            fix_label,
            fix_page: sentence.fix.map(|(page, _)| page),
            details: VerdictDetails {
                sub_code: finding.sub_code.clone(),
                missing_scopes: finding.missing_scopes.clone(),
                model: finding.model.clone(),
                project_id: project,
                notes: text.note.iter().map(|note| (*note).to_owned()).collect(),
                ..VerdictDetails::default()
            },
        }
    }

    pub fn ok() -> Verdict {
        Verdict::for_finding(
            VerdictCode::Ok,
            &Finding::default(),
            &VerdictContext::default(),
        )
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

/// The summary, ending with whether trying again helps, unless it says so already.
fn with_retry_sentence(summary: String, code: VerdictCode, retry: bool) -> String {
    let says_so = summary.to_lowercase().contains("try again");
    match (code, retry) {
        (VerdictCode::Ok, _) => summary,
        (_, true) if !says_so => format!("{summary} Trying again in a minute can help."),
        (_, false) if !says_so => {
            format!("{summary} Trying again will not help until this is fixed.")
        }
        _ => summary,
    }
}

impl Case {
    fn holds(&self, finding: &Finding, context: &VerdictContext, cause: Option<&str>) -> bool {
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
            Case::CauseKnown => cause.is_some(),
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

/// The sentence with its blanks filled in, in one pass: words from outside (a model's name, an
/// error) are never read as blanks themselves.
fn fill_blanks(
    template: &str,
    finding: &Finding,
    context: &VerdictContext,
    cause: Option<&str>,
) -> String {
    let values = [
        (
            "{model}",
            finding.model.as_deref().unwrap_or("this model").to_owned(),
        ),
        ("{scopes}", describe_scopes(&finding.missing_scopes)),
        (
            "{kind}",
            context
                .kind
                .map(|k| k.words().to_lowercase())
                .unwrap_or_default(),
        ),
        ("{cause}", cause.unwrap_or_default().to_owned()),
    ];
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        rest = &rest[open..];
        match values.iter().find(|(blank, _)| rest.starts_with(blank)) {
            Some((blank, value)) => {
                filled.push_str(value);
                rest = &rest[blank.len()..];
            }
            None => {
                filled.push('{');
                rest = &rest[1..];
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// Scopes in the words of the key-permission screen, levels of one group together:
/// "Files (write), Evals (read and write)".
pub fn describe_scopes(scopes: &[String]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for scope in scopes {
        let found = super::probes::CATALOG.iter().find(|p| {
            p.role != super::probes::ProbeRole::QuotaAndLimits
                && p.scopes.iter().any(|s| canonical(s) == canonical(scope))
        });
        let (group, level) = match found {
            Some(probe) => (probe.group.to_owned(), Some(probe.level.to_lowercase())),
            None => (scope.clone(), None),
        };
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, levels)) => levels.extend(level),
            None => groups.push((group, level.into_iter().collect())),
        }
    }
    let words: Vec<String> = groups
        .into_iter()
        .map(|(group, levels)| match levels.as_slice() {
            [] => group,
            _ => format!("{group} ({})", levels.join(" and ")),
        })
        .collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `model.request` and `api.model.request` are one permission.
pub fn canonical(scope: &str) -> &str {
    scope.strip_prefix("api.").unwrap_or(scope)
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
    fn blanks_are_filled_once() {
        let finding = Finding {
            model: Some("{cause}".into()),
            ..Finding::default()
        };
        let filled = fill_blanks(
            "{model} and {cause} and {unknown}",
            &finding,
            &VerdictContext::default(),
            Some("{model}"),
        );
        assert_eq!(filled, "{cause} and {model} and {unknown}");
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
                .summary
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
                .any(|n| n.contains("your role"))
        );
    }

    #[test]
    fn scopes_are_described_in_the_screen_s_words() {
        assert_eq!(
            describe_scopes(&["api.files.write".into(), "api.evals.read".into()]),
            "Files (write) and Evals (read)"
        );
        assert_eq!(
            describe_scopes(&[
                "api.evals.read".into(),
                "api.model.read".into(),
                "api.evals.write".into()
            ]),
            "Evals (read and write) and Models (read)"
        );
        assert_eq!(
            describe_scopes(&["api.unknown.thing".into()]),
            "api.unknown.thing"
        );
    }
}
