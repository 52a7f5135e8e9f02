//! The steps of a fix as the person will meet them on the page the fix button opens, naming the
//! key the way that page shows it (by its last four characters) and the way Key Doctor does (by
//! its name). Button and field names on OpenAI's pages change over time, so the steps name
//! what to look for rather than where to click exactly.

use super::verdict::{FixPage, Verdict, VerdictCode, describe_scopes};

/// How the person knows the key: its name in Key Doctor and its last four characters.
pub struct KeyNaming<'a> {
    pub name: &'a str,
    /// The key's last four characters, as OpenAI's lists show them ("…ABCD").
    pub last_four: &'a str,
}

impl KeyNaming<'_> {
    fn on_openai(&self) -> String {
        if self.last_four.is_empty() {
            format!("the key you call \"{}\"", self.name)
        } else {
            format!(
                "the key ending in {} (Key Doctor calls it \"{}\")",
                self.last_four, self.name
            )
        }
    }
}

/// True when the fix is made at OpenAI on the key, the project or the organization, so the same
/// key works once it is done (and checking it again shows it); false when the fix is a new key
/// or a setting in the person's own app.
pub fn fixed_in_place(verdict: &Verdict) -> bool {
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
    let sign_in = "Sign in to platform.openai.com if it asks you to.".to_owned();
    let mut steps = vec![sign_in];
    steps.extend(match (page, verdict.code) {
        (FixPage::ApiKeys, _) => new_key_steps(key),
        (FixPage::KeySettings | FixPage::AdminKeys, VerdictCode::MissingScopes) => {
            permission_steps(verdict, key)
        }
        (FixPage::AdminKeys, _) => vec![
            "Press \"Create new admin key\" and give it a name.".to_owned(),
            "Copy the new key (OpenAI shows it only once) and add it in Key Doctor with \"Add a key\"."
                .to_owned(),
        ],
        (FixPage::KeySettings, _) => permission_steps(verdict, key),
        (FixPage::Billing | FixPage::BillingOverview, _) => vec![
            "Press \"Add to credit balance\" (or add a payment method if there is none).".to_owned(),
            "Choose an amount and confirm the payment.".to_owned(),
            "Requests work again a few minutes after the credit arrives.".to_owned(),
        ],
        (FixPage::OrganizationLimits, _) => vec![
            "Find the organization's monthly budget (its spend limit).".to_owned(),
            "Raise it above what you spend, and save.".to_owned(),
        ],
        (FixPage::ProjectLimits, VerdictCode::ModelAccess) => vec![
            format!(
                "Find the list of models this project may use, and allow {}.",
                verdict.details.model.as_deref().unwrap_or("the model your app uses")
            ),
            "Save. The key stays the same: nothing changes in your app.".to_owned(),
        ],
        (FixPage::ProjectLimits, _) => vec![
            "Find the project's budget (its spend limit).".to_owned(),
            "Raise it above what the project spends, and save.".to_owned(),
        ],
        (FixPage::OrganizationGeneral, VerdictCode::VerificationRequired) => vec![
            "Press \"Verify Organization\" and follow the steps (an ID document is asked for)."
                .to_owned(),
            "Verification can take a while; the model works once it is done.".to_owned(),
        ],
        (FixPage::OrganizationGeneral, _) => vec![
            "Read the Organization ID on the page.".to_owned(),
            "Where your app or plugin asks for an organization, use that ID, or leave the field empty."
                .to_owned(),
        ],
        (FixPage::IpAllowlist, _) => vec![
            "Add the address of the computer or server your app runs on to the allowlist (its host can tell you the address)."
                .to_owned(),
            "Save.".to_owned(),
        ],
        (FixPage::SupportedCountries | FixPage::StatusPage, _) => return Vec::new(),
    });
    steps
}

fn new_key_steps(key: &KeyNaming) -> Vec<String> {
    vec![
        format!(
            "Look for {} in the list. If it is not there, it was deleted.",
            key.on_openai()
        ),
        "Press \"Create new secret key\", give it a name, choose the project, and create it."
            .to_owned(),
        "Copy the new key (OpenAI shows it only once). Add it here with \"Add a key\", then put it into your app or plugin in place of the old one."
            .to_owned(),
    ]
}

fn permission_steps(verdict: &Verdict, key: &KeyNaming) -> Vec<String> {
    let missing = &verdict.details.missing_scopes;
    let what = if missing.is_empty() {
        "what your app needs".to_owned()
    } else {
        describe_scopes(missing)
    };
    vec![
        format!("Find {} in the list.", key.on_openai()),
        "Press the pencil (Edit) button on its row.".to_owned(),
        format!("Under Permissions, choose \"All\", or keep \"Restricted\" and allow {what}."),
        "Press Save. The key stays the same: nothing changes in your app.".to_owned(),
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
        let revoked = fix_steps(&verdict(VerdictCode::InvalidKey, Finding::default()), &KEY);
        assert!(revoked.iter().any(|s| s.contains("ending in ABCD")));
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
