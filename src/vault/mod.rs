//! Where keys live: the OS keychain for secrets, a small JSON catalog for everything else.
//! Also what kind a key is and how it is shown redacted.

mod kind;

pub use kind::{KeyKind, looks_like_openai_key, redact};
