//! The words of a verdict that are not its sentence: its notes, the missing permissions as a
//! list, and words from elsewhere (the client's) kept in every language. Each says itself in any
//! language at any time after the verdict was made: the GUI's language can change while a
//! verdict is on screen, and JSON is always English.

use serde::{Serialize, Serializer};

use super::probes::{self, ProbeRole};
use crate::i18n::{self, Arg, Language};

/// A further sentence under a verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The person's role may be what is missing, not the key's permission.
    Role,
    /// "Explain an error": the pasted text holds a whole key.
    ContainsAKey,
    /// The check could not get through; the first permission asked (group and level, as in the
    /// probe catalog) failed.
    FirstFailed {
        group: &'static str,
        level: &'static str,
    },
    /// A free check cannot know whether the organization is verified.
    CannotKnowVerification,
    /// Some permission rows got no usable answer.
    Unanswered { unanswered: usize, total: usize },
    /// OpenAI gave no answer over IPv6 and answered over IPv4.
    Ipv6Silent,
    /// What a provider's answer told beyond the verdict (a balance, a spend cap, a plan): a
    /// message of providers.ftl and its arguments, as text.
    Fact {
        message: &'static str,
        args: Vec<(&'static str, String)>,
    },
}

impl Note {
    /// The note in the current language.
    pub fn words(&self) -> String {
        self.words_in(i18n::language())
    }

    /// A fact a provider's answer told, without arguments.
    pub fn said(message: &'static str) -> Note {
        Note::Fact {
            message,
            args: Vec::new(),
        }
    }

    pub fn words_in(&self, language: Language) -> String {
        let say = |id: &str, args: &[(&str, Arg)]| i18n::message_in(language, id, args);
        match *self {
            Note::Fact {
                message, ref args, ..
            } => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, value)| (*name, Arg::from(value.as_str())))
                    .collect();
                say(message, &args)
            }
            Note::Role => say("verdict-note-role", &[]),
            Note::ContainsAKey => say("verdict-note-contains-key", &[]),
            Note::FirstFailed { group, level } => say(
                "verdict-note-first-failed",
                &[
                    ("permission", probes::group_words_in(language, group).into()),
                    ("level", probes::level_words_in(language, level).into()),
                ],
            ),
            Note::CannotKnowVerification => say("verdict-note-cannot-know-verification", &[]),
            Note::Unanswered { unanswered, total } => say(
                "verdict-note-unanswered",
                &[("unanswered", unanswered.into()), ("total", total.into())],
            ),
            Note::Ipv6Silent => say("verdict-note-ipv6-silent", &[]),
        }
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words())
    }
}

/// JSON keeps its English sentences, whatever the language of the screen.
impl Serialize for Note {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.words_in(Language::English))
    }
}

/// Why a row of the permission table says nothing about its permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowNote {
    /// Not sent: the first request of the check already failed on the network.
    NotChecked,
}

impl RowNote {
    /// The note in the current language.
    pub fn words(self) -> String {
        self.words_in(i18n::language())
    }

    pub fn words_in(self, language: Language) -> String {
        match self {
            RowNote::NotChecked => i18n::message_in(language, "error-api-not-sent", &[]),
        }
    }
}

impl std::fmt::Display for RowNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words())
    }
}

impl Serialize for RowNote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.words_in(Language::English))
    }
}

/// Words another part of the app writes in the current language (a failed connection in the
/// client's words), kept in every language when the verdict is made, so that the verdict can say
/// them later in whichever language is chosen then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// One text per language, in the order of `Language::ALL`.
    texts: Vec<String>,
}

impl Said {
    /// Words that are the same in every language (OpenAI's own message, as it came).
    pub fn verbatim(text: impl Into<String>) -> Said {
        let text = text.into();
        Said {
            texts: Language::ALL.iter().map(|_| text.clone()).collect(),
        }
    }

    /// `say`'s words in every language; the caller's thread keeps its own language.
    pub fn capture(say: impl Fn() -> String) -> Said {
        Said {
            texts: Language::ALL
                .iter()
                .map(|&language| i18n::with_language(language, &say))
                .collect(),
        }
    }

    pub fn in_language(&self, language: Language) -> &str {
        let index = Language::ALL
            .iter()
            .position(|&l| l == language)
            .unwrap_or_default();
        self.texts.get(index).map_or("", String::as_str)
    }
}

/// Scopes in the words of the key-permission screen, in the current language, levels of one
/// group together: "Files (write) and Evals (read and write)".
pub fn describe_scopes(scopes: &[String]) -> String {
    describe_scopes_in(i18n::language(), scopes)
}

/// Scopes in the screen's words, in `language`. A scope the screen's catalog does not know is
/// counted, never named: its raw name (`api.x.write`) belongs in the details.
pub fn describe_scopes_in(language: Language, scopes: &[String]) -> String {
    let mut groups: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    let mut unnamed = 0_usize;
    for scope in scopes {
        let found = probes::CATALOG.iter().find(|p| {
            p.role != ProbeRole::QuotaAndLimits
                && p.scopes.iter().any(|s| canonical(s) == canonical(scope))
        });
        let Some(probe) = found else {
            unnamed += 1;
            continue;
        };
        match groups.iter_mut().find(|(group, _)| *group == probe.group) {
            Some((_, levels)) if levels.contains(&probe.level) => {}
            Some((_, levels)) => levels.push(probe.level),
            None => groups.push((probe.group, vec![probe.level])),
        }
    }
    let mut items: Vec<String> = groups
        .into_iter()
        .map(|(group, levels)| {
            let levels: Vec<String> = levels
                .into_iter()
                .map(|level| probes::scope_level_words_in(language, level))
                .collect();
            i18n::message_in(
                language,
                "verdict-scope-with-levels",
                &[
                    ("permission", probes::group_words_in(language, group).into()),
                    ("levels", list_in(language, &levels).into()),
                ],
            )
        })
        .collect();
    if unnamed > 0 {
        let id = if items.is_empty() {
            "verdict-scopes-unnamed"
        } else {
            "verdict-scopes-more"
        };
        items.push(i18n::message_in(language, id, &[("count", unnamed.into())]));
    }
    list_in(language, &items)
}

/// Items as one list in `language`: "a", "a and b", "a, b and c".
pub fn list_in(language: Language, items: &[String]) -> String {
    let [first, rest @ ..] = items else {
        return String::new();
    };
    let Some((last, middle)) = rest.split_last() else {
        return first.clone();
    };
    let so_far = middle.iter().fold(first.clone(), |so_far, next| {
        i18n::message_in(
            language,
            "verdict-list-comma",
            &[("first", so_far.into()), ("next", next.into())],
        )
    });
    i18n::message_in(
        language,
        "verdict-list-and",
        &[("first", so_far.into()), ("last", last.into())],
    )
}

/// `model.request` and `api.model.request` are one permission.
pub fn canonical(scope: &str) -> &str {
    scope.strip_prefix("api.").unwrap_or(scope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_described_in_the_screen_s_words() {
        let english = |scopes: &[&str]| {
            let scopes: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
            describe_scopes_in(Language::English, &scopes)
        };
        assert_eq!(
            english(&["api.files.write", "api.evals.read"]),
            "Files (write) and Evals (read)"
        );
        assert_eq!(
            english(&["api.evals.read", "api.model.read", "api.evals.write"]),
            "Evals (read and write) and Models (read)"
        );
        assert_eq!(
            english(&["api.files.read", "api.model.read", "model.request"]),
            "Files (read), Models (read) and Model capabilities (request)"
        );
    }

    #[test]
    fn a_scope_without_a_name_on_the_screen_is_counted_never_named() {
        let english = |scopes: &[&str]| {
            let scopes: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
            describe_scopes_in(Language::English, &scopes)
        };
        let alone = english(&["api.unknown.thing"]);
        assert_eq!(alone, "a permission that Key Doctor does not know by name");
        let two = english(&["api.files.write", "api.unknown.thing", "api.other.read"]);
        assert_eq!(two, "Files (write) and 2 more permissions");
        assert!(!alone.contains("api.") && !two.contains("api."));
    }

    #[test]
    fn words_from_elsewhere_are_kept_in_every_language_and_the_thread_keeps_its_own() {
        i18n::set_language_of_this_thread(Language::Spanish);
        let said = Said::capture(|| i18n::language().tag().to_owned());
        assert_eq!(said.in_language(Language::German), "de");
        assert_eq!(said.in_language(Language::English), "en");
        assert_eq!(i18n::language(), Language::Spanish);
        let verbatim = Said::verbatim("Rate limit reached");
        assert_eq!(verbatim.in_language(Language::French), "Rate limit reached");
    }

    #[test]
    fn notes_say_themselves_in_english_json_whatever_the_screen_s_language() {
        i18n::set_language_of_this_thread(Language::Spanish);
        let note = Note::Unanswered {
            unanswered: 2,
            total: 19,
        };
        let json = serde_json::to_string(&note).expect("json");
        assert_eq!(
            json,
            "\"2 of the 19 permission checks got no usable answer (network or server trouble); their rows say \\\"Could not check\\\".\""
        );
        let first = Note::FirstFailed {
            group: "Models",
            level: "Read",
        };
        assert_eq!(
            first.words_in(Language::English),
            "The first check that failed was Models (Read)."
        );
        assert_eq!(
            serde_json::to_string(&RowNote::NotChecked).expect("json"),
            "\"not checked: the same network problem\""
        );
    }
}
