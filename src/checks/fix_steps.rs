//! The steps of a fix as the person will meet them on the page the fix button opens, naming the
//! key the way that page shows it (by its last four characters) and the way Key Doctor does (by
//! its name). Button and field names on OpenAI's pages change over time, so the steps name
//! what to look for rather than where to click exactly. The steps are said in the current
//! language: they are made where they are drawn.

use super::verdict::{FixPage, Verdict, VerdictCode};
use super::words::describe_scopes;
use crate::tr;

/// How the person knows the key: its name in Key Doctor and its last four characters.
pub struct KeyNaming<'a> {
    pub name: &'a str,
    /// The key's last four characters, as OpenAI's lists show them ("…ABCD").
    pub last_four: &'a str,
}

impl KeyNaming<'_> {
    fn on_openai(&self) -> String {
        if self.last_four.is_empty() {
            tr!("verdict-step-key-by-name", name = self.name)
        } else {
            tr!(
                "verdict-step-key-by-last-four",
                last_four = self.last_four,
                name = self.name
            )
        }
    }
}

/// True when the fix is made at OpenAI on the key, the project or the organization, so the same
/// key works once it is done (and checking it again shows it); false when the fix is a new key
/// or a setting in the person's own app.
pub fn fixed_in_place(verdict: &Verdict) -> bool {
    // Another provider's credit, permissions, API switch or network rule are fixed on its
    // console, and the same key then works.
    if verdict.details.provider.is_some() {
        return matches!(
            verdict.code,
            VerdictCode::NoQuota
                | VerdictCode::MissingScopes
                | VerdictCode::ApiNotEnabled
                | VerdictCode::IpNotAllowed
        );
    }
    matches!(
        (verdict.fix_page, verdict.code),
        (
            Some(
                FixPage::KeySettings
                    | FixPage::Billing
                    | FixPage::BillingOverview
                    | FixPage::OrganizationLimits
                    | FixPage::ProjectLimits
                    | FixPage::IpAllowlist,
            ),
            _,
        ) | (Some(FixPage::AdminKeys), VerdictCode::MissingScopes)
            | (
                Some(FixPage::OrganizationGeneral),
                VerdictCode::VerificationRequired
            )
    )
}

/// The numbered steps under a verdict whose fix is on a page; empty when there is nothing for
/// the person to change there (OpenAI's own outage, a key that works).
pub fn fix_steps(verdict: &Verdict, key: &KeyNaming) -> Vec<String> {
    let Some(page) = verdict.fix_page else {
        return Vec::new();
    };
    let on_the_page = match (page, verdict.code) {
        (FixPage::ApiKeys, _) => new_key_steps(key),
        (FixPage::KeySettings | FixPage::AdminKeys, VerdictCode::MissingScopes) => {
            permission_steps(verdict, key)
        }
        (FixPage::AdminKeys, _) => vec![
            tr!("verdict-step-create-admin-key"),
            tr!("verdict-step-copy-admin-key"),
        ],
        (FixPage::KeySettings, _) => permission_steps(verdict, key),
        (FixPage::Billing | FixPage::BillingOverview, _) => vec![
            tr!("verdict-step-add-credit"),
            tr!("verdict-step-pay"),
            tr!("verdict-step-credit-arrives"),
        ],
        (FixPage::OrganizationLimits, _) => vec![
            tr!("verdict-step-organization-budget"),
            tr!("verdict-step-raise-organization-budget"),
        ],
        (FixPage::ProjectLimits, VerdictCode::ModelAccess) => {
            let model = match &verdict.details.model {
                Some(model) => model.clone(),
                None => tr!("verdict-step-your-model"),
            };
            vec![
                tr!("verdict-step-allow-model", model = model),
                tr!("verdict-step-save-limits"),
            ]
        }
        (FixPage::ProjectLimits, _) => vec![
            tr!("verdict-step-project-budget"),
            tr!("verdict-step-raise-project-budget"),
        ],
        (FixPage::OrganizationGeneral, VerdictCode::VerificationRequired) => vec![
            tr!("verdict-step-verify"),
            tr!("verdict-step-verification-takes-time"),
        ],
        (FixPage::OrganizationGeneral, _) => vec![
            tr!("verdict-step-read-organization-id"),
            tr!("verdict-step-use-organization-id"),
        ],
        (FixPage::IpAllowlist, _) => vec![
            tr!("verdict-step-allowlist-add"),
            tr!("verdict-step-allowlist-save"),
        ],
        (FixPage::SupportedCountries | FixPage::StatusPage, _) => return Vec::new(),
    };
    std::iter::once(tr!("verdict-step-sign-in"))
        .chain(on_the_page)
        .collect()
}

fn new_key_steps(key: &KeyNaming) -> Vec<String> {
    vec![
        tr!("verdict-step-look-for-key", key = key.on_openai()),
        tr!("verdict-step-create-key"),
        tr!("verdict-step-copy-new-key"),
    ]
}

fn permission_steps(verdict: &Verdict, key: &KeyNaming) -> Vec<String> {
    let missing = &verdict.details.missing_scopes;
    let what = if missing.is_empty() {
        tr!("verdict-step-what-app-needs")
    } else {
        describe_scopes(missing)
    };
    vec![
        tr!("verdict-step-find-key", key = key.on_openai()),
        tr!("verdict-step-edit-key"),
        tr!("verdict-step-allow-permissions", permissions = what),
        tr!("verdict-step-save-key"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{Finding, VerdictContext};

    fn verdict(code: VerdictCode, finding: Finding) -> Verdict {
        Verdict::for_finding(code, &finding, &VerdictContext::default())
    }

    const KEY: KeyNaming = KeyNaming {
        name: "Shop chatbot",
        last_four: "ABCD",
    };

    #[test]
    fn steps_name_the_key_by_its_name_and_last_four() {
        crate::i18n::set_language_of_this_thread(crate::i18n::Language::English);
        let restricted = verdict(
            VerdictCode::MissingScopes,
            Finding {
                missing_scopes: vec!["model.request".to_owned()],
                ..Finding::default()
            },
        );
        let steps = fix_steps(&restricted, &KEY);
        assert!(
            steps
                .iter()
                .any(|s| s.contains("ending in ABCD") && s.contains("\"Shop chatbot\""))
        );
        assert!(steps.iter().any(|s| s.contains("Permissions")));
        assert!(
            steps
                .iter()
                .any(|s| s.contains("allow Model capabilities (request)")),
            "{steps:?}"
        );
        let revoked = fix_steps(&verdict(VerdictCode::InvalidKey, Finding::default()), &KEY);
        assert!(revoked.iter().any(|s| s.contains("ending in ABCD")));
        assert_eq!(
            revoked[0],
            "Sign in to platform.openai.com if it asks you to."
        );
    }

    #[test]
    fn only_fixes_made_at_openai_are_checked_again() {
        let restricted = verdict(VerdictCode::MissingScopes, Finding::default());
        assert!(fixed_in_place(&restricted));
        assert!(!fixed_in_place(&verdict(
            VerdictCode::InvalidKey,
            Finding::default()
        )));
        assert!(!fixed_in_place(&verdict(
            VerdictCode::WrongOrganization,
            Finding::default()
        )));
    }

    #[test]
    fn no_steps_without_a_page_to_change() {
        assert!(fix_steps(&Verdict::ok(), &KEY).is_empty());
        let outage = verdict(VerdictCode::ServerError, Finding::default());
        assert!(fix_steps(&outage, &KEY).is_empty());
    }
}
