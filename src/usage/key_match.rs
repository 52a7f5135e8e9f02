//! Which `key_…` id a stored key has, found by comparing it with the `redacted_value` the Admin
//! API lists for each project key. The redaction's shape (the first characters, "...", the last
//! characters; the simulator uses 8 and 4) is inferred, not documented [I] (reference, open
//! question 7), so the match accepts any split and requires enough characters on each side.

use secrecy::{ExposeSecret, SecretString};

use super::dataset::Names;

/// Fewer visible characters than this could match many keys by chance.
const MIN_HEAD: usize = 6;
const MIN_TAIL: usize = 3;

/// True when `redacted` has the shape matching reads: a head and a tail long enough to tell
/// keys apart, around "..." or "…".
pub fn is_readable_redaction(redacted: &str) -> bool {
    redacted
        .split_once("...")
        .or_else(|| redacted.split_once('…'))
        .is_some_and(|(head, tail)| {
            head.chars().count() >= MIN_HEAD && tail.chars().count() >= MIN_TAIL
        })
}

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
/// The `key_…` id of a key known only by Key Doctor's own redacted form (`sk-proj-…abcd`):
/// both redactions are a head and a tail of the same secret, so they agree when one head starts
/// the other and one tail ends the other. `None` when no key, or more than one, agrees.
pub fn key_id_for_redacted(names: &Names, ours: &str) -> Option<String> {
    let mut found = None;
    for (id, info) in &names.keys {
        let Some(theirs) = info.redacted_value.as_deref() else {
            continue;
        };
        if redactions_agree(ours, theirs) {
            if found.is_some() {
                return None;
            }
            found = Some(id.clone());
        }
    }
    found
}

/// Whether Key Doctor's redacted form (`sk-proj-…abcd`) and the Admin API's
/// (`sk-proj-...abcd`) can be the same key: one head starts the other and one tail ends the other.
pub fn redactions_agree(ours: &str, theirs: &str) -> bool {
    let Some((our_head, our_tail)) = ours.split_once('…') else {
        return false;
    };
    let Some((head, tail)) = theirs.split_once("...").or_else(|| theirs.split_once('…')) else {
        return false;
    };
    let heads_agree = head.starts_with(our_head) || our_head.starts_with(head);
    let tails_agree = tail.ends_with(our_tail) || our_tail.ends_with(tail);
    heads_agree
        && tails_agree
        && our_tail.chars().count() >= MIN_TAIL
        && tail.chars().count() >= MIN_TAIL
}

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

    #[test]
    fn our_redacted_form_finds_the_key_id() {
        use super::super::dataset::KeyInfo;
        let info = |redacted: &str| KeyInfo {
            name: None,
            project_id: "proj_x".into(),
            redacted_value: Some(redacted.to_owned()),
        };
        let mut names = Names::default();
        names.keys.insert("key_a".into(), info("sk-proj-...1234"));
        names.keys.insert("key_b".into(), info("sk-proj-...9876"));
        names.keys.insert("key_c".into(), info("sk-admin...1234"));
        assert_eq!(
            key_id_for_redacted(&names, "sk-proj-…1234"),
            Some("key_a".into())
        );
        assert_eq!(key_id_for_redacted(&names, "sk-proj-…5555"), None);
        assert_eq!(
            key_id_for_redacted(&names, "sk-proj-…"),
            None,
            "no tail to compare"
        );
        names.keys.insert("key_d".into(), info("sk-proj-...1234"));
        assert_eq!(
            key_id_for_redacted(&names, "sk-proj-…1234"),
            None,
            "two keys agree"
        );
    }
}
