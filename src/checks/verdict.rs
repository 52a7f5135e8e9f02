//! From OpenAI's answers to one plain verdict. The rules are a table: each row matches an error by
//! its code, type or words and cites where reference/openai-api.md documents it. The same rules
//! serve the permission check and "Explain an error".

use serde::Serialize;

use crate::openai::{ApiErrorBody, missing_scopes, platform};
use crate::vault::KeyKind;

/// The verdict codes of DESIGN.md: the same words in the GUI, the CLI and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
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
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictCode::Ok => "ok",
            VerdictCode::InvalidKey => "invalid_key",
            VerdictCode::MissingScopes => "missing_scopes",
            VerdictCode::NoQuota => "no_quota",
            VerdictCode::RateLimited => "rate_limited",
            VerdictCode::WrongOrganization => "wrong_organization",
            VerdictCode::WrongProject => "wrong_project",
            VerdictCode::NoOrganization => "no_organization",
            VerdictCode::ModelAccess => "model_access",
            VerdictCode::VerificationRequired => "verification_required",
            VerdictCode::RegionBlocked => "region_blocked",
            VerdictCode::IpNotAllowed => "ip_not_allowed",
            VerdictCode::AccessTerminated => "access_terminated",
            VerdictCode::AdminKeyRequired => "admin_key_required",
            VerdictCode::NetworkError => "network_error",
            VerdictCode::ServerError => "server_error",
            VerdictCode::UnexpectedResponse => "unexpected_response",
        }
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
        VerdictCode::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// A short title in words, for lists and badges.
    pub fn title(self) -> &'static str {
        match self {
            VerdictCode::Ok => "Works",
            VerdictCode::InvalidKey => "Key not accepted",
            VerdictCode::MissingScopes => "Missing permissions",
            VerdictCode::NoQuota => "Out of credit or over a limit",
            VerdictCode::RateLimited => "Rate limited",
            VerdictCode::WrongOrganization => "Wrong organization",
            VerdictCode::WrongProject => "Wrong project",
            VerdictCode::NoOrganization => "No organization",
            VerdictCode::ModelAccess => "No access to the model",
            VerdictCode::VerificationRequired => "Organization not verified",
            VerdictCode::RegionBlocked => "Country not supported",
            VerdictCode::IpNotAllowed => "IP address not allowed",
            VerdictCode::AccessTerminated => "Access terminated",
            VerdictCode::AdminKeyRequired => "Needs an Admin key",
            VerdictCode::NetworkError => "Could not reach OpenAI",
            VerdictCode::ServerError => "OpenAI had a problem",
            VerdictCode::UnexpectedResponse => "Unexpected answer",
        }
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
        phrases: &["must be verified to use", "verify organization"],
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
        codes: &["server_is_overloaded"],
        types: &["server_error", "service_unavailable_error"],
        phrases: &[
            "the server had an error",
            "server_is_overloaded",
            "overloaded",
        ],
        source: "§3: 5xx, overloaded [C]",
    },
];

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
    let message = observation.message.to_lowercase();
    let code = observation.code.as_deref().unwrap_or_default();
    let error_type = observation.error_type.as_deref().unwrap_or_default();
    let rule = RULES.iter().find(|rule| {
        (!code.is_empty() && rule.codes.contains(&code))
            || (!error_type.is_empty() && rule.types.contains(&error_type))
            || rule.phrases.iter().any(|phrase| message.contains(phrase))
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
    } else if error_type == "billing_not_active" || message.contains("account is not active") {
        "billing_not_active"
    } else {
        "insufficient_quota"
    };
    by_words.to_owned()
}

/// The model named in "model `gpt-4o`" or "model 'gpt-4o'".
fn quoted_model(message: &str) -> Option<String> {
    let lower = message.to_lowercase();
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
    pub details: VerdictDetails,
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
pub const RESPONSES_TRAP_SENTENCE: &str = "This key is restricted and may not call models. Open the key's settings and set Model capabilities to Request; ticking Responses alone is not enough.";

const ROLE_NOTE: &str = "If the key already allows this, your role may be what is missing: in the organization you need to be a Writer or Owner, and in the project a Member or Owner. An owner can change roles on the Members page.";

impl Verdict {
    /// The verdict for a recognised problem.
    pub fn for_finding(code: VerdictCode, finding: &Finding, context: &VerdictContext) -> Verdict {
        let project = finding
            .project_id
            .clone()
            .or_else(|| context.project_id.clone());
        let key_page = platform::project_api_keys(project.as_deref());
        let model = finding
            .model
            .clone()
            .unwrap_or_else(|| "this model".to_owned());
        let mut notes = Vec::new();
        let (summary, fix_url, fix_label): (String, Option<String>, &str) = match code {
            VerdictCode::Ok => (
                "This key works: it may call models, and every permission Key Doctor checked is granted.".to_owned(),
                None,
                "",
            ),
            VerdictCode::InvalidKey => (
                "OpenAI does not accept this key: it is mistyped, or it was revoked or deleted. Create a new key and use it instead.".to_owned(),
                Some(key_page),
                "Open the API keys page",
            ),
            VerdictCode::MissingScopes => {
                let scopes = &finding.missing_scopes;
                notes.push(ROLE_NOTE.to_owned());
                let model_request = scopes.iter().any(|s| s == "model.request" || s == "api.model.request");
                let summary = if model_request {
                    MODEL_CAPABILITIES_SENTENCE.to_owned()
                } else if context.kind == Some(KeyKind::Admin) && scopes.iter().any(|s| s == "api.usage.read") {
                    "This Admin key may not read usage and costs. Create a read-only Admin key, or give this one Usage: Read.".to_owned()
                } else if scopes.is_empty() {
                    "This key is missing a permission for what was asked. Open the key's settings and check its permissions.".to_owned()
                } else {
                    format!(
                        "This key is restricted: it may not use {}. Open the key's settings and allow what your app needs.",
                        describe_scopes(scopes)
                    )
                };
                let fix = if context.kind == Some(KeyKind::Admin) {
                    platform::admin_keys()
                } else {
                    key_page
                };
                (summary, Some(fix), "Open the key's settings")
            }
            VerdictCode::NoQuota => match finding.sub_code.as_deref() {
                Some("credit_balance_exhausted") => (
                    "Your organization has no credit left. Add credit on the billing page; requests work again a few minutes later.".to_owned(),
                    Some(platform::billing()),
                    "Open billing",
                ),
                Some("organization_spend_limit_exceeded") | Some("billing_hard_limit_reached") => (
                    "Your organization reached the spend limit it set for itself. Raise the limit on the Limits page.".to_owned(),
                    Some(platform::organization_limits()),
                    "Open the organization's limits",
                ),
                Some("project_spend_limit_exceeded") => (
                    "This key's project reached its spend limit. Raise the project's limit on its Limits page.".to_owned(),
                    Some(project.as_deref().map_or_else(platform::organization_limits, platform::project_limits)),
                    "Open the project's limits",
                ),
                Some("organization_usage_limit_exceeded") => (
                    "Your organization reached the usage limit of its tier. Raise it on the Limits page, or wait for next month.".to_owned(),
                    Some(platform::organization_limits()),
                    "Open the organization's limits",
                ),
                Some("billing_not_active") => (
                    "Your account's billing is not active. Add a payment method on the billing page.".to_owned(),
                    Some(platform::billing()),
                    "Open billing",
                ),
                _ => (
                    "Your organization has run out of quota: add credit, or raise its limit, on the billing page.".to_owned(),
                    Some(platform::billing_overview()),
                    "Open billing",
                ),
            },
            VerdictCode::RateLimited => (
                "This key works, but it is being rate limited right now: too many requests or tokens per minute. Wait a minute and try again, or see your tier's limits.".to_owned(),
                Some(platform::organization_limits()),
                "Open the organization's limits",
            ),
            VerdictCode::WrongOrganization => (
                "The organization sent with this key (OPENAI_ORG_ID, or your app's organization setting) is not the key's organization. Remove that setting, or set it to the key's organization.".to_owned(),
                Some(platform::organization_general()),
                "Open the organization settings",
            ),
            VerdictCode::WrongProject => (
                "The project sent with this key (OPENAI_PROJECT_ID, or your app's project setting) is not the key's project. Remove that setting, or use a key of that project.".to_owned(),
                Some(key_page),
                "Open the API keys page",
            ),
            VerdictCode::NoOrganization => (
                "Your OpenAI account is not a member of any organization, so its keys cannot be used. Create an organization or ask to be invited to one.".to_owned(),
                Some(platform::organization_general()),
                "Open the organization settings",
            ),
            VerdictCode::ModelAccess => (
                format!("This key's project may not use {model}. An owner can allow the model on the project's Limits page."),
                Some(project.as_deref().map_or_else(platform::organization_limits, platform::project_limits)),
                "Open the project's limits",
            ),
            VerdictCode::VerificationRequired => (
                format!("Your organization must be verified to use {model}. Verify it on the organization settings page; access follows within about 15 minutes."),
                Some(platform::organization_general()),
                "Open the organization settings",
            ),
            VerdictCode::RegionBlocked => (
                "OpenAI does not serve the country or region this request came from, so the key cannot be used from here.".to_owned(),
                Some(format!("{}/docs/supported-countries", platform::PLATFORM)),
                "See the supported countries",
            ),
            VerdictCode::IpNotAllowed => (
                "This computer's IP address is not on your organization's IP allowlist. An owner can add it on the allowlist page.".to_owned(),
                Some(platform::ip_allowlist()),
                "Open the IP allowlist",
            ),
            VerdictCode::AccessTerminated => (
                "OpenAI has terminated this account's access. Only OpenAI support can help; look for their email.".to_owned(),
                Some(platform::organization_general()),
                "Open the organization settings",
            ),
            VerdictCode::AdminKeyRequired => (
                format!(
                    "Reading usage and costs needs an Admin key{}. An organization owner can create a read-only Admin key.",
                    context.kind.filter(|k| *k != KeyKind::Admin).map(|k| format!("; this is a {}", k.words().to_lowercase())).unwrap_or_default()
                ),
                Some(platform::admin_keys()),
                "Open the Admin keys page",
            ),
            VerdictCode::ServerError => (
                "OpenAI had a problem answering. This is not your key's fault; try again in a few minutes.".to_owned(),
                Some("https://status.openai.com/".to_owned()),
                "Open OpenAI's status page",
            ),
            VerdictCode::NetworkError => (
                "Key Doctor could not reach OpenAI. Check the internet connection, VPN or proxy, then try again.".to_owned(),
                None,
                "",
            ),
            VerdictCode::UnexpectedResponse => (
                "The answer was not OpenAI's, so the key could not be checked. A proxy, firewall or a wrong base URL may be in the way.".to_owned(),
                None,
                "",
            ),
        };
        Verdict {
            code,
            summary,
            fix_url,
            fix_label: (!fix_label.is_empty()).then(|| fix_label.to_owned()),
            details: VerdictDetails {
                sub_code: finding.sub_code.clone(),
                missing_scopes: finding.missing_scopes.clone(),
                model: finding.model.clone(),
                project_id: project,
                notes,
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
