//! Key checks: the probe catalog (data), the concurrent runner, the verdict rules and "Explain an
//! error". No egui here. Every sentence comes from `locales/<language>/verdicts.ftl` and is said
//! when it is read, in the language chosen then; JSON stays English.

mod explain;
mod fix_steps;
pub mod network;
pub mod probes;
mod report;
mod runner;
mod verdict;
mod words;

pub use explain::{
    ExplainError, Explanation, KnownKey, MatchedKey, explain, explain_with, whole_keys_in,
};
pub use fix_steps::{KeyNaming, fix_steps, fixed_in_place};
pub use report::{
    CheckReport, KeyDescription, OrganizationInfo, PermissionRow, PermissionStatus, ProjectInfo,
    UsageTier, infer_tier,
};
pub(crate) use runner::failure_code;
pub use runner::{Checker, DEFAULT_MAX_IN_FLIGHT, DEFAULT_PROBE_TIMEOUT, KeyUnderCheck};
pub use verdict::{
    Finding, FixPage, Observation, Verdict, VerdictCode, VerdictContext, VerdictDetails, classify,
};
pub(crate) use words::Said;
pub use words::{Note, RowNote, canonical, describe_scopes, describe_scopes_in, list_in};
