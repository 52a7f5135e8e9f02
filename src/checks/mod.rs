//! Key checks: the probe catalog (data), the concurrent runner, the verdict rules and "Explain an
//! error". No egui here.

mod explain;
mod fix_steps;
pub mod network;
pub mod probes;
mod report;
mod runner;
mod verdict;

pub use explain::{
    CONTAINS_A_KEY, ExplainError, Explanation, KnownKey, MatchedKey, NOT_RECOGNISED, explain,
    explain_with, whole_keys_in,
};
pub use fix_steps::{KeyNaming, fix_steps, fixed_in_place};
pub use report::{
    CheckReport, KeyDescription, OrganizationInfo, PermissionRow, PermissionStatus, ProjectInfo,
    infer_tier,
};
pub use runner::{Checker, DEFAULT_MAX_IN_FLIGHT, DEFAULT_PROBE_TIMEOUT, KeyUnderCheck};
pub use verdict::{
    Finding, FixPage, Observation, Verdict, VerdictCode, VerdictContext, VerdictDetails, classify,
    describe_scopes,
};
