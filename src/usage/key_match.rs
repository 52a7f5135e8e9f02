//! Which `key_…` id a stored key has, found by comparing it with the `redacted_value` the Admin
//! API lists for each project key. The redaction's shape (the first characters, "...", the last
//! characters; the simulator uses 8 and 4) is inferred, not documented [I] (reference, open
//! question 7), so the match accepts any split and requires enough characters on each side.

use secrecy::{ExposeSecret, SecretString};

use super::dataset::Names;

/// Fewer visible characters than this could match many keys by chance.
const MIN_HEAD: usize = 6;
const MIN_TAIL: usize = 3;

/// True when `redacted` ("sk-proj-...abcd", "…" accepted too) could be this key.
pub fn redaction_matches(secret: &SecretString, redacted: &str) -> bool {
    let secret = secret.expose_secret();
    let Some((head, tail)) = redacted
        .split_once("...")
        .or_else(|| redacted.split_once('…'))
    else {
        return false;
    };
    head.chars().count() >= MIN_HEAD
        && tail.chars().count() >= MIN_TAIL
        && secret.len() >= head.len() + tail.len()
        && secret.starts_with(head)
        && secret.ends_with(tail)
}

/// The id of the one listed key that matches; `None` when none or several do (then the
/// redaction is too short to tell them apart).
pub fn find_key_id<'a>(
    secret: &SecretString,
    keys: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Option<&'a str> {
    let mut found = None;
    for (id, redacted) in keys {
        if redaction_matches(secret, redacted) {
            if found.is_some() {
                return None;
            }
            found = Some(id);
        }
    }
    found
}

/// The id of a stored key among the keys of the loaded names.
pub fn key_id_in(names: &Names, secret: &SecretString) -> Option<String> {
    find_key_id(
        secret,
        names.keys.iter().filter_map(|(id, info)| {
            info.redacted_value
                .as_deref()
                .map(|redacted| (id.as_str(), redacted))
        }),
    )
    .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> SecretString {
        SecretString::from(text)
    }

    #[test]
    fn matches_the_first_and_last_characters() {
        let key = secret("sk-proj-abcdefghijklmnopqrstuvwxyz1234");
        assert!(redaction_matches(&key, "sk-proj-...1234"));
        assert!(redaction_matches(&key, "sk-proj-ab…z1234"));
        assert!(!redaction_matches(&key, "sk-proj-...9999"));
        assert!(!redaction_matches(&key, "sk-...234"), "too little to tell");
        assert!(!redaction_matches(&key, "sk-proj-abcd"), "no separator");
    }

    #[test]
    fn an_ambiguous_redaction_matches_nothing() {
        let key = secret("sk-proj-abcdefghijklmnopqrstuvwxyz1234");
        let listed = [("key_1", "sk-proj-...1234"), ("key_2", "sk-admin...1234")];
        assert_eq!(find_key_id(&key, listed), Some("key_1"));
        let twins = [("key_1", "sk-proj-...1234"), ("key_2", "sk-proj-...1234")];
        assert_eq!(find_key_id(&key, twins), None);
    }
}
