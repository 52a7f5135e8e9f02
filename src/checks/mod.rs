//! Key checks: the probe catalog (data), the concurrent runner, the verdict rules and "Explain an
//! error". No egui here.

mod explain;
pub mod probes;
mod report;
mod runner;
mod verdict;

pub use explain::{ExplainError, explain};
pub use report::{
    CheckReport, KeyDescription, OrganizationInfo, PermissionRow, PermissionStatus, ProjectInfo,
    infer_tier,
};
pub use runner::{Checker, DEFAULT_MAX_IN_FLIGHT, DEFAULT_PROBE_TIMEOUT, KeyUnderCheck};
pub use verdict::{
    Finding, Observation, Verdict, VerdictCode, VerdictContext, VerdictDetails, classify,
    describe_scopes,
};
