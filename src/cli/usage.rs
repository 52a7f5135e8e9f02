//! `key-doctor usage`: the organization's usage and cost for the last N days, as text, JSON or
//! CSV. The key comes from OPENAI_ADMIN_KEY only; it is never printed, not even redacted.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::clock::Clock;
use crate::files::write_atomically;
use crate::openai::{Client, ClientConfig};
use crate::usage::admin_key::{ADMIN_KEY_VARIABLE, admin_key_from_environment};
use crate::usage::export::{UsageJson, daily_csv, groups_csv};
use crate::i18n::{count, money};
use crate::usage::range::{day_number, iso_date};
use crate::usage::{
    AccessProblem, Dataset, DateRange, FetchOptions, GroupBy, PricingTable, Report, UsageCache,
    fetch_dataset,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum GroupByArg {
    Model,
    Project,
    ApiKey,
    LineItem,
}

impl From<GroupByArg> for GroupBy {
    fn from(arg: GroupByArg) -> GroupBy {
        match arg {
            GroupByArg::Model => GroupBy::Model,
            GroupByArg::Project => GroupBy::Project,
            GroupByArg::ApiKey => GroupBy::ApiKey,
            GroupByArg::LineItem => GroupBy::LineItem,
        }
    }
}

pub struct UsageArgs {
    pub days: u32,
    pub group_by: Option<GroupBy>,
    pub json: bool,
    pub csv: Option<PathBuf>,
}

pub fn run(config: ClientConfig, args: UsageArgs) -> ExitCode {
    let (dataset, range) = match load(config, args.days) {
        Ok(loaded) => loaded,
        Err(message) => return super::fail(&message),
    };
    if let Err(message) = check_complete(&dataset) {
        return super::fail(&message);
    }
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let groups: Vec<GroupBy> = match args.group_by {
        Some(group_by) => vec![group_by],
        None => GroupBy::ALL.to_vec(),
    };
    if let Some(path) = &args.csv
        && let Err(e) = write_csv(path, &report, args.group_by)
    {
        return super::fail(&format!(
            "the CSV file {} could not be written: {e}",
            path.display()
        ));
    }
    if args.json {
        match serde_json::to_string_pretty(&UsageJson::new(&report, &groups)) {
            Ok(json) => println!("{json}"),
            Err(e) => return super::fail(&e.to_string()),
        }
    } else {
        print!("{}", text_report(&report, &groups));
        if let Some(note) = &report.estimate_note {
            println!("\n{note}");
        }
    }
    ExitCode::SUCCESS
}

/// The last `days` days of the organization, with the Admin key of the environment.
fn load(config: ClientConfig, days: u32) -> Result<(Dataset, DateRange), String> {
    let Some(admin_key) = admin_key_from_environment() else {
        return Err(format!(
            "usage needs an Admin key in {ADMIN_KEY_VARIABLE}. A project key cannot \
             read the organization's usage; an organization owner can create a read-only Admin \
             key at {}.",
            crate::openai::platform::admin_keys()
        ));
    };
    let client = Client::new(config).map_err(|e| e.to_string())?;
    let runtime = super::runtime().map_err(|e| format!("could not start: {e}"))?;
    let today = day_number(Clock::system().today_utc());
    let range = DateRange::last_days(today, days);
    // Only the range: the CLI prints no forecast, so it needs neither the month nor the week
    // before today.
    let options = FetchOptions::dashboard(range, today);
    let dataset = runtime.block_on(fetch_dataset(
        &client,
        &admin_key.secret,
        &options,
        &UsageCache::default(),
        &|_| {},
    ));
    Ok((dataset, range))
}

/// Totals are printed only when everything loaded; what did not is said first.
fn check_complete(dataset: &Dataset) -> Result<(), String> {
    if let Some(problem) = dataset.access_problem() {
        return Err(match problem {
            AccessProblem::KeyNotAccepted { message } => {
                format!("OpenAI did not accept the key in {ADMIN_KEY_VARIABLE}: {message}")
            }
            AccessProblem::MayNotReadUsage { message } => format!(
                "the key in {ADMIN_KEY_VARIABLE} may not read usage. Usage needs an Admin key \
                 with the usage permission (api.usage.read); create one at {}. OpenAI said: \
                 {message}",
                crate::openai::platform::admin_keys()
            ),
        });
    }
    for failure in &dataset.failures {
        eprintln!("key-doctor: {}", failure.sentence(&dataset.names));
    }
    if !dataset.is_complete() {
        return Err("the totals would be incomplete, so none are printed.".to_owned());
    }
    Ok(())
}

/// One row per day, or one per group with --group-by.
fn write_csv(path: &Path, report: &Report, group_by: Option<GroupBy>) -> Result<(), String> {
    let bytes = match group_by {
        Some(group_by) => groups_csv(report.groups(group_by)),
        None => daily_csv(&report.days),
    };
    let bytes = bytes.map_err(|e| e.to_string())?;
    write_atomically(path, &bytes).map_err(|e| e.to_string())
}

/// The report as aligned text for a terminal.
fn text_report(report: &Report, groups: &[GroupBy]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Usage and cost, {} to {} (whole days in UTC)\nTotal cost: {}\nTokens: {} input \
         ({} cached), {} output; {} requests\n",
        iso_date(report.range.first()),
        iso_date(report.range.last()),
        money(report.total_cost),
        count(report.total_input_tokens),
        count(report.total_cached_tokens),
        count(report.total_output_tokens),
        count(report.total_requests),
    );
    let _ = writeln!(
        out,
        "{:<12} {:>14} {:>16} {:>16} {:>14} {:>10}",
        "Date", "Cost", "Input tokens", "Cached", "Output tokens", "Requests"
    );
    for day in &report.days {
        let _ = writeln!(
            out,
            "{:<12} {:>14} {:>16} {:>16} {:>14} {:>10}",
            iso_date(day.day),
            money(day.cost),
            count(day.input_tokens),
            count(day.cached_tokens),
            count(day.output_tokens),
            count(day.requests)
        );
    }
    for group_by in groups {
        let _ = writeln!(out, "\nBy {}:", group_by.label().to_lowercase());
        for group in report.groups(*group_by) {
            let cost = match (group.cost, group.cost_is_estimate) {
                (Some(cost), false) => money(cost),
                (Some(cost), true) => format!("≈{} (estimate)", money(cost)),
                (None, _) => "no price known".to_owned(),
            };
            let _ = writeln!(
                out,
                "  {:<36} {:>24} {:>16} input {:>14} output {:>10} requests",
                group.name,
                cost,
                count(group.input_tokens),
                count(group.output_tokens),
                count(group.requests)
            );
        }
    }
    out
}
