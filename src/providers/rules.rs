//! Error rules as data: a row matches a provider's error by its status, type, code or words and
//! names the verdict code, its sentence and its fix page. A provider's rows come first, then the
//! shared rows below, which go by the status alone.

use super::envelope::ProviderError;
use super::{Pages, Provider};
use crate::checks::VerdictCode;

/// Which of the provider's pages a fix button opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Keys,
    Billing,
    Limits,
    /// A page of its own (a status page, Google's API library).
    At(&'static str),
}

/// A fix button: the page and its words (a message id of providers.ftl).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fix {
    pub page: Page,
    pub label: &'static str,
}

impl Fix {
    pub const fn keys() -> Fix {
        Fix {
            page: Page::Keys,
            label: "provider-fix-keys",
        }
    }
    pub const fn billing() -> Fix {
        Fix {
            page: Page::Billing,
            label: "provider-fix-billing",
        }
    }
    pub const fn limits() -> Fix {
        Fix {
            page: Page::Limits,
            label: "provider-fix-limits",
        }
    }

    /// The address, from the provider's pages (a provider without a billing page sends the
    /// person to its keys page, where its console starts).
    pub fn url(self, pages: &Pages) -> String {
        match self.page {
            Page::Keys => pages.keys,
            Page::Billing => pages.billing.unwrap_or(pages.keys),
            Page::Limits => pages.limits.or(pages.billing).unwrap_or(pages.keys),
            Page::At(url) => url,
        }
        .to_owned()
    }
}

/// A sentence (message id; it may use `$provider`) and its fix button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saying {
    pub sentence: &'static str,
    pub fix: Option<Fix>,
}

impl Saying {
    pub const fn fixed(sentence: &'static str, fix: Fix) -> Saying {
        Saying {
            sentence,
            fix: Some(fix),
        }
    }
    pub const fn plain(sentence: &'static str) -> Saying {
        Saying {
            sentence,
            fix: None,
        }
    }
}

/// What an error must show for a rule to hold: its status (when listed), and any one of its
/// types, codes or words (when any are listed).
#[derive(Debug, Clone, Copy)]
pub struct When {
    pub status: &'static [u16],
    /// The error's type, status or error_type (any of them).
    pub kinds: &'static [&'static str],
    /// Its code or reason (any of them).
    pub codes: &'static [&'static str],
    /// Words its message holds, lowercase (any of them).
    pub words: &'static [&'static str],
}

impl When {
    pub const ANY: When = When {
        status: &[],
        kinds: &[],
        codes: &[],
        words: &[],
    };

    pub fn holds(&self, error: &ProviderError) -> bool {
        let message = error.message.to_lowercase();
        // A pasted message often comes without its status: its words decide then.
        let status_fits = self.status.is_empty()
            || error
                .status
                .is_none_or(|status| self.status.contains(&status));
        let one_of = |wanted: &[&str], found: &[String]| {
            found
                .iter()
                .any(|f| wanted.iter().any(|w| f.eq_ignore_ascii_case(w)))
        };
        let named = !self.names_the_error()
            || one_of(self.kinds, &error.kinds)
            || one_of(self.codes, &error.codes)
            || self.words.iter().any(|w| message.contains(w));
        status_fits && named
    }

    /// True when the rule names the error by its own words, type or code, not its status
    /// alone: only such a rule may recognise a pasted message whose status is unknown.
    pub fn names_the_error(&self) -> bool {
        !(self.kinds.is_empty() && self.codes.is_empty() && self.words.is_empty())
    }
}

/// One row: when it holds, the verdict.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub when: When,
    pub code: VerdictCode,
    /// The provider's own sub-code, for JSON's details ("key_limit_reached").
    pub sub_code: &'static str,
    pub saying: Saying,
}

/// By the status alone, for any provider, after its own rows.
pub static COMMON: &[Rule] = &[
    Rule {
        when: When {
            status: &[401],
            ..When::ANY
        },
        code: VerdictCode::InvalidKey,
        sub_code: "unauthorized",
        saying: Saying::fixed("provider-invalid-key", Fix::keys()),
    },
    Rule {
        when: When {
            status: &[402],
            ..When::ANY
        },
        code: VerdictCode::NoQuota,
        sub_code: "payment_required",
        saying: Saying::fixed("provider-no-credit", Fix::billing()),
    },
    Rule {
        when: When {
            status: &[403],
            ..When::ANY
        },
        code: VerdictCode::MissingScopes,
        sub_code: "forbidden",
        saying: Saying::fixed("provider-forbidden", Fix::keys()),
    },
    Rule {
        when: When {
            status: &[429],
            ..When::ANY
        },
        code: VerdictCode::RateLimited,
        sub_code: "rate_limited",
        saying: Saying::fixed("provider-rate-limited", Fix::limits()),
    },
    Rule {
        when: When {
            status: &[500, 502, 503, 504, 529],
            ..When::ANY
        },
        code: VerdictCode::ServerError,
        sub_code: "server_error",
        saying: Saying::plain("provider-server-error"),
    },
];

/// The first rule of the provider's, then the shared ones, that holds.
pub fn rule_for(provider: &Provider, error: &ProviderError) -> Option<&'static Rule> {
    provider
        .rules
        .iter()
        .chain(COMMON)
        .find(|rule| rule.when.holds(error))
}

/// The first of the provider's own rules that names this error by its words, type or code.
pub fn named_rule_for(provider: &Provider, error: &ProviderError) -> Option<&'static Rule> {
    provider
        .rules
        .iter()
        .find(|rule| rule.when.names_the_error() && rule.when.holds(error))
}
