//! Usage and cost, read with an Admin key: the fetch planner (parallel windows within each
//! endpoint's limits, names beside them, a cache of finished days), aggregation into totals,
//! series and a month forecast, the price table for estimates, CSV and the `usage --json`
//! shape. No egui here: the GUI and the CLI are thin layers over this module.

pub mod admin_key;
pub mod anthropic;
pub mod dataset;
pub mod export;
pub mod fetch;
pub mod key_match;
pub mod pricing;
pub mod range;
pub mod report;

pub use admin_key::{AdminKey, AdminKeyOrigin, KeyShape};
pub use anthropic::fetch_anthropic_dataset;
pub use dataset::{AccessProblem, Dataset, FailureReason, FetchFailure, KeyCostsNote, Names, Part};
pub use fetch::{FetchOptions, Progress, UsageCache, fetch_dataset};
pub use pricing::{ModelPrice, PricingProblem, PricingTable};
pub use range::{DateRange, RangePreset};
pub use report::{EstimateNote, GroupBy, GroupTotals, Measure, Report, SortColumn, Stacked};
