//! A key as a person pastes it, made into the key itself before it is stored or sent. Copying
//! from a web page, a chat or a PDF brings quotes, spaces and invisible characters along, and
//! sometimes letters that only look like Latin ones; a key with any of them is refused by the
//! server as if it were revoked, and a person told "create a new key" may revoke a good one.

use secrecy::SecretString;

use crate::tr;

/// Why a pasted key cannot be used as it is. No variant holds the key; a character named is
/// the one that is wrong, which is not a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyInputError {
    #[error("{}", tr!("error-key-empty"))]
    Empty,
    #[error(
        "{}",
        tr!("error-key-forbidden-character", what = describe(*.character), position = *.position)
    )]
    Forbidden { character: char, position: usize },
}

/// What cleaning a pasted key removed, said when shown (in the language of that moment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CleanNote {
    /// Zero-width spaces, byte-order marks and the like.
    InvisibleRemoved {
        count: usize,
    },
    QuotesRemoved,
}

impl std::fmt::Display for CleanNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match *self {
            CleanNote::InvisibleRemoved { count } => {
                tr!("error-key-invisible-removed", count = count)
            }
            CleanNote::QuotesRemoved => tr!("error-key-quotes-removed"),
        })
    }
}

/// The key, and what was removed on the way.
pub struct CleanedKey {
    pub secret: SecretString,
    /// What was removed ("2 invisible characters were removed."); empty when nothing was.
    pub notes: Vec<CleanNote>,
}

impl std::fmt::Debug for CleanedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CleanedKey")
            .field("notes", &self.notes)
            .finish_non_exhaustive()
    }
}

/// Characters that print as nothing: zero-width spaces and joiners, the byte-order mark, soft
/// hyphens, direction marks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Quote pairs that editors, chats and word processors put around pasted text.
const QUOTES: [(char, char); 7] = [
    ('"', '"'),
    ('\'', '\''),
    ('`', '`'),
    ('\u{201C}', '\u{201D}'),
    ('\u{2018}', '\u{2019}'),
    ('\u{00AB}', '\u{00BB}'),
    ('<', '>'),
];

/// The characters any provider's key is made of (and those of a Bearer token).
fn allowed(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=')
}

/// A character, in words a person can find on the screen.
fn describe(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    let character = c.to_string();
    match c {
        ' ' => tr!("error-character-space"),
        '\t' => tr!("error-character-tab"),
        '\n' | '\r' => tr!("error-character-line-break"),
        '\0' => tr!("error-character-nul"),
        c if c.is_control() => tr!("error-character-control", code = &code),
        c if c.is_whitespace() => tr!("error-character-space-like", code = &code),
        c if !c.is_ascii() => tr!(
            "error-character-look-alike",
            character = &character,
            code = &code
        ),
        _ => tr!("error-character-other", character = &character),
    }
}

/// Removes what a paste brings along (surrounding spaces and quotes, a leading `Bearer `,
/// invisible characters), then refuses a key that still holds anything a key never has.
pub fn clean_key(raw: &str) -> Result<CleanedKey, KeyInputError> {
    let mut notes = Vec::new();
    let invisible = raw.chars().filter(|c| is_invisible(*c)).count();
    // A copy of the key: zeroed when dropped, as the key itself is.
    let visible = secrecy::zeroize::Zeroizing::new(
        raw.chars()
            .filter(|c| !is_invisible(*c))
            .collect::<String>(),
    );
    if invisible > 0 {
        notes.push(CleanNote::InvisibleRemoved { count: invisible });
    }
    let mut key = visible.trim();
    let mut unquoted = false;
    loop {
        let before = key;
        for (open, close) in QUOTES {
            if let Some(inner) = key
                .strip_prefix(open)
                .and_then(|rest| rest.strip_suffix(close))
            {
                key = inner.trim();
                unquoted = true;
            }
        }
        if let Some(rest) = key.strip_prefix("Bearer ") {
            key = rest.trim();
        }
        if key == before {
            break;
        }
    }
    if unquoted {
        notes.push(CleanNote::QuotesRemoved);
    }
    if key.is_empty() {
        return Err(KeyInputError::Empty);
    }
    if let Some((index, c)) = key.chars().enumerate().find(|(_, c)| !allowed(*c)) {
        return Err(KeyInputError::Forbidden {
            character: c,
            position: index + 1,
        });
    }
    Ok(CleanedKey {
        secret: SecretString::from(key.to_owned()),
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    const KEY: &str = concat!("sk-proj-", "abcdefghijklmnopqrstuvwxyz", "T3BlbkFJ0123");

    #[test]
    fn quotes_spaces_and_invisible_characters_are_removed_with_a_note() {
        for pasted in [
            format!("  \"{KEY}\"\n"),
            format!("'{KEY}'"),
            format!("\u{201C}{KEY}\u{201D}"),
            format!("\u{200B}{KEY}\u{FEFF}"),
            format!("Bearer {KEY}"),
        ] {
            let cleaned = clean_key(&pasted).expect("usable");
            assert_eq!(cleaned.secret.expose_secret(), KEY, "{pasted:?}");
        }
        assert!(clean_key(KEY).expect("plain").notes.is_empty());
        let notes = clean_key(&format!("\"{KEY}\u{200B}\""))
            .expect("usable")
            .notes;
        assert_eq!(notes.len(), 2, "{notes:?}");
    }

    #[test]
    fn look_alikes_and_control_characters_are_refused_with_their_place() {
        // A Cyrillic "о" in place of the Latin "o" at position 23.
        let look_alike = KEY.replacen('o', "\u{043E}", 1);
        let error = clean_key(&look_alike).expect_err("refused");
        let KeyInputError::Forbidden { position, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!(*position, KEY.find('o').expect("an o") + 1);
        assert!(error.to_string().contains("U+043E"), "{error}");
        assert!(!error.to_string().contains(KEY));
        for (inner, words) in [("\0", "NUL"), ("\r", "line break"), (" ", "space")] {
            let error =
                clean_key(&format!("{}{inner}{}", &KEY[..10], &KEY[10..])).expect_err("refused");
            assert!(error.to_string().contains(words), "{error}");
            assert!(error.to_string().contains("position 11"), "{error}");
        }
        assert_eq!(clean_key("  \"\" ").err(), Some(KeyInputError::Empty));
        assert!(clean_key("my openai key").is_err());
    }
}
