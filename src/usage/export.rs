//! The report as CSV (daily rows, grouped rows) and as the JSON of `key-doctor usage --json`
//! (DESIGN.md, Contracts). Nothing here can hold a key: reports carry ids and names only.

use std::io::Write;

use serde::Serialize;

use super::range::iso_date;
use super::report::{DayTotals, GroupBy, GroupTotals, Report};

/// Dollars with six decimals: exact to far below a cent, without float noise such as
/// 0.30000000000000004 in files people open.
fn dollars(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// Rounded dollars in the JSON of a group.
pub(super) fn serialize_dollars<S: serde::Serializer>(
    cost: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    cost.map(dollars).serialize(serializer)
}

/// `usage --json`: `{"start","end","currency","total_cost","days":[..],"groups":[..]}`.
#[derive(Debug, Serialize)]
pub struct UsageJson {
    /// First day, `YYYY-MM-DD`, UTC.
    pub start: String,
    /// Last day included, `YYYY-MM-DD`, UTC.
    pub end: String,
    pub currency: &'static str,
    pub total_cost: f64,
    pub days: Vec<DayJson>,
    pub groups: Vec<GroupTotals>,
}

#[derive(Debug, Serialize)]
pub struct DayJson {
    pub date: String,
    pub cost: f64,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cached_tokens: u64,
    pub requests: u64,
}

impl UsageJson {
    /// The report's days and the groups of each kind asked for.
    pub fn new(report: &Report, group_by: &[GroupBy]) -> Self {
        UsageJson {
            start: iso_date(report.range.first()),
            end: iso_date(report.range.last()),
            currency: "usd",
            total_cost: dollars(report.total_cost),
            days: report
                .days
                .iter()
                .map(|d| DayJson {
                    date: iso_date(d.day),
                    cost: dollars(d.cost),
                    input_tokens: d.input_tokens,
                    output_tokens: d.output_tokens,
                    cached_tokens: d.cached_tokens,
                    requests: d.requests,
                })
                .collect(),
            groups: group_by
                .iter()
                .flat_map(|g| report.groups(*g))
                .cloned()
                .collect(),
        }
    }
}

/// Text a spreadsheet would run as a formula gets a leading apostrophe. Names come from the
/// organization's own settings, but a CSV should never be a way to run something.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// One row per day: date, cost, tokens, requests.
pub fn write_daily_csv(out: impl Write, days: &[DayTotals]) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "date",
        "cost_usd",
        "input_tokens",
        "cached_input_tokens",
        "output_tokens",
        "requests",
    ])?;
    for day in days {
        writer.write_record([
            iso_date(day.day),
            format!("{:.6}", dollars(day.cost)),
            day.input_tokens.to_string(),
            day.cached_tokens.to_string(),
            day.output_tokens.to_string(),
            day.requests.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// One row per model, project, key or line item.
pub fn write_groups_csv(out: impl Write, groups: &[GroupTotals]) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "group_by",
        "id",
        "name",
        "cost_usd",
        "cost_is_estimate",
        "input_tokens",
        "cached_input_tokens",
        "output_tokens",
        "requests",
    ])?;
    for group in groups {
        writer.write_record([
            group.group_by.as_str().to_owned(),
            cell(group.id.as_deref().unwrap_or_default()),
            cell(&group.name),
            group
                .cost
                .map(|c| format!("{:.6}", dollars(c)))
                .unwrap_or_default(),
            group.cost_is_estimate.to_string(),
            group.input_tokens.to_string(),
            group.cached_tokens.to_string(),
            group.output_tokens.to_string(),
            group.requests.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// The daily CSV as bytes.
pub fn daily_csv(days: &[DayTotals]) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = Vec::new();
    write_daily_csv(&mut bytes, days)?;
    Ok(bytes)
}

/// The grouped CSV as bytes.
pub fn groups_csv(groups: &[GroupTotals]) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = Vec::new();
    write_groups_csv(&mut bytes, groups)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_dollars_rounded() {
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("Website"), "Website");
        assert_eq!(dollars(0.1 + 0.2), 0.3);
        let groups = [GroupTotals {
            group_by: GroupBy::Project,
            id: Some("proj_x".into()),
            name: "=cmd, \"quoted\"".into(),
            cost: Some(1.5),
            cost_is_estimate: false,
            input_tokens: 10,
            cached_tokens: 5,
            output_tokens: 2,
            requests: 1,
        }];
        let text = String::from_utf8(groups_csv(&groups).expect("csv")).expect("utf-8");
        assert_eq!(
            text.lines().nth(1),
            Some("project,proj_x,\"'=cmd, \"\"quoted\"\"\",1.500000,false,10,5,2,1")
        );
    }
}
