//! `key-doctor usage`: the organization's usage and cost for the last N days, as text, JSON or
//! CSV. The key comes from OPENAI_ADMIN_KEY only; it is never printed, not even redacted.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Problem;
use crate::clock::Clock;
use crate::files::{IoProblem, write_atomically};
use crate::i18n::{count, money};
use crate::openai::ClientConfig;
use crate::providers::ProviderId;
use crate::tr;
use crate::usage::admin_key::ADMIN_KEY_VARIABLE;
use crate::usage::export::{UsageJson, daily_csv, groups_csv};
use crate::usage::range::{date_of_day, day_number, iso_date};
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
    /// "openai" or "anthropic": whose usage.
    pub provider: String,
}

/// The variable Anthropic's Admin key is read from (its own examples use ANTHROPIC_API_KEY,
/// which an app needs for an API key: one with `sk-ant-admin01-` there is taken too).
const ANTHROPIC_ADMIN_KEY_VARIABLE: &str = "ANTHROPIC_ADMIN_KEY";

pub fn run(config: ClientConfig, args: UsageArgs) -> ExitCode {
    let loaded = match ProviderId::from_word(&args.provider) {
        Some(ProviderId::OpenAi) => load(config, args.days),
        Some(ProviderId::Anthropic) => load_anthropic(config, args.days),
        _ => Err(Problem::new(tr!(
            "cli-usage-not-a-usage-provider",
            text = args.provider.as_str()
        ))),
    };
    let (dataset, range) = match loaded {
        Ok(loaded) => loaded,
        Err(problem) => return problem.exit(),
    };
    if let Err(problem) = check_complete(&dataset) {
        return problem.exit();
    }
    let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
    let groups: Vec<GroupBy> = match args.group_by {
        Some(group_by) => vec![group_by],
        None => GroupBy::ALL.to_vec(),
    };
    if let Some(path) = &args.csv
        && let Err(problem) = write_csv(path, &report, args.group_by)
    {
        return problem.exit();
    }
    if args.json {
        if let Err(exit) = super::print_json(&UsageJson::new(&report, &groups)) {
            return exit;
        }
    } else {
        print!("{}", text_report(&report, &groups));
        if let Some(note) = &report.estimate_note {
            println!("\n{note}");
            if let Some(technical) = note.technical() {
                println!("  {}", tr!("cli-details", details = technical));
            }
        }
    }
    ExitCode::SUCCESS
}

/// The last `days` days of the organization, with the Admin key of the environment.
fn load(config: ClientConfig, days: u32) -> Result<(Dataset, DateRange), Problem> {
    let (admin_key, client, runtime) = super::admin_session(config, "cli-usage-needs-admin-key")?;
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

/// Anthropic's usage and cost of the last `days` days, with the Admin key of the environment.
fn load_anthropic(config: ClientConfig, days: u32) -> Result<(Dataset, DateRange), Problem> {
    let admin_key = [ANTHROPIC_ADMIN_KEY_VARIABLE, "ANTHROPIC_API_KEY"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| crate::vault::KeyKind::detect(value) == crate::vault::KeyKind::AnthropicAdmin)
        .map(secrecy::SecretString::from)
        .ok_or_else(|| {
            Problem::new(tr!(
                "cli-usage-needs-anthropic-admin-key",
                variable = ANTHROPIC_ADMIN_KEY_VARIABLE,
                url = "https://platform.claude.com/settings/admin-keys"
            ))
        })?;
    let bases = crate::providers::ProviderBases::from_env()
        .map_err(|error| Problem::new(error.to_string()))?;
    if let Some(refused) = bases.refused(ProviderId::Anthropic) {
        return Err(Problem::new(refused.to_string()));
    }
    let base = bases
        .base_for(ProviderId::Anthropic)
        .unwrap_or_else(|| ProviderId::Anthropic.entry().default_base_url.to_owned());
    let could_not_start =
        |e: String| Problem::new(tr!("cli-could-not-start")).with_technical(Some(e));
    let client =
        crate::providers::client_at(&config, &base).map_err(|e| could_not_start(e.to_string()))?;
    let runtime = super::runtime().map_err(|e| could_not_start(e.to_string()))?;
    let today = day_number(Clock::system().today_utc());
    let range = DateRange::last_days(today, days);
    let dataset = runtime.block_on(crate::usage::fetch_anthropic_dataset(
        &client, &admin_key, range,
    ));
    // Anthropic's refusals are its own (the sentences of `check_complete` name OpenAI's key).
    if dataset.failures.iter().any(|f| f.is_refusal())
        && dataset.usage.is_empty()
        && dataset.costs.is_empty()
    {
        let technical = dataset.failures.first().map(|f| f.technical());
        return Err(Problem::new(tr!(
            "cli-usage-anthropic-refused",
            variable = ANTHROPIC_ADMIN_KEY_VARIABLE,
            url = "https://platform.claude.com/settings/admin-keys"
        ))
        .with_technical(technical));
    }
    Ok((dataset, range))
}

/// Totals are printed only when everything loaded; what did not is said first.
fn check_complete(dataset: &Dataset) -> Result<(), Problem> {
    if let Some(problem) = dataset.access_problem() {
        return Err(match problem {
            AccessProblem::KeyNotAccepted { message } => Problem::new(tr!(
                "cli-usage-key-not-accepted",
                variable = ADMIN_KEY_VARIABLE
            ))
            .with_technical(Some(message)),
            AccessProblem::MayNotReadUsage { message } => Problem::new(tr!(
                "cli-usage-may-not-read",
                variable = ADMIN_KEY_VARIABLE,
                url = crate::openai::platform::admin_keys()
            ))
            .with_technical(Some(message)),
        });
    }
    for failure in &dataset.failures {
        Problem::new(failure.sentence(&dataset.names))
            .with_technical(Some(failure.technical()))
            .say();
    }
    if !dataset.is_complete() {
        return Err(Problem::new(tr!("cli-usage-incomplete")));
    }
    Ok(())
}

/// One row per day, or one per group with --group-by.
fn write_csv(path: &Path, report: &Report, group_by: Option<GroupBy>) -> Result<(), Problem> {
    let bytes = match group_by {
        Some(group_by) => groups_csv(report.groups(group_by)),
        None => daily_csv(&report.days),
    };
    let file = path.display().to_string();
    let bytes = bytes.map_err(|e| {
        Problem::new(tr!("cli-usage-csv-not-made", file = &file))
            .with_technical(Some(e.to_string()))
    })?;
    write_atomically(path, &bytes).map_err(|e| {
        let problem = IoProblem::of(&e);
        Problem::new(tr!(
            "cli-usage-csv-not-written",
            file = &file,
            problem = problem.to_string()
        ))
        .with_technical(Some(problem.technical()))
    })
}

/// A day as the person's language writes it ("5 Jan 2026").
fn day_words(day: i64) -> String {
    date_of_day(day).map_or_else(|| iso_date(day), crate::i18n::date)
}

/// The report as aligned text for a terminal.
fn text_report(report: &Report, groups: &[GroupBy]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n{}\n{}\n",
        tr!(
            "cli-usage-heading",
            first = day_words(report.range.first()),
            last = day_words(report.range.last())
        ),
        tr!("cli-usage-total-cost", cost = money(report.total_cost)),
        tr!(
            "cli-usage-tokens",
            input = count(report.total_input_tokens),
            reused = count(report.total_cached_tokens),
            output = count(report.total_output_tokens),
            requests = count(report.total_requests),
            request_count = report.total_requests
        ),
    );
    let _ = writeln!(
        out,
        "{:<12} {:>14} {:>16} {:>16} {:>14} {:>10}",
        tr!("cli-usage-column-date"),
        tr!("cli-usage-column-cost"),
        tr!("cli-usage-column-input"),
        tr!("cli-usage-column-reused"),
        tr!("cli-usage-column-output"),
        tr!("cli-usage-column-requests")
    );
    for day in &report.days {
        let _ = writeln!(
            out,
            "{:<12} {:>14} {:>16} {:>16} {:>14} {:>10}",
            day_words(day.day),
            money(day.cost),
            count(day.input_tokens),
            count(day.cached_tokens),
            count(day.output_tokens),
            count(day.requests)
        );
    }
    for group_by in groups {
        let _ = writeln!(out, "\n{}", group_heading(*group_by));
        let (input, output, requests) = (
            tr!("cli-usage-word-input"),
            tr!("cli-usage-word-output"),
            tr!("cli-usage-word-requests"),
        );
        for group in report.groups(*group_by) {
            let cost = match (group.cost, group.cost_is_estimate) {
                (Some(cost), false) => money(cost),
                (Some(cost), true) => tr!("cli-usage-estimate", cost = money(cost)),
                (None, _) => tr!("cli-usage-no-price"),
            };
            let _ = writeln!(
                out,
                "  {:<36} {:>24} {:>16} {input} {:>14} {output} {:>10} {requests}",
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

/// "By model:", the heading of one grouping.
fn group_heading(group_by: GroupBy) -> String {
    match group_by {
        GroupBy::Model => tr!("cli-usage-by-model"),
        GroupBy::Project => tr!("cli-usage-by-project"),
        GroupBy::ApiKey => tr!("cli-usage-by-key"),
        GroupBy::LineItem => tr!("cli-usage-by-line-item"),
    }
}
