//! From rows to what a person reads: totals per day and per group, stacked series for graphs,
//! month to date and a forecast. Dollars come from the Costs API wherever it has them; where it
//! does not, an estimate from tokens and the price table is used and marked as one.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use jiff::civil::Date;

use super::dataset::{CostRow, Dataset, KeyCostsNote, Names, UsageRow};
use super::pricing::{PriceSource, PricingTable};
use super::range::{DateRange, date_of_day, day_number};

/// What groups are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    Model,
    Project,
    ApiKey,
    LineItem,
}

impl GroupBy {
    pub const ALL: [GroupBy; 4] = [
        GroupBy::Model,
        GroupBy::Project,
        GroupBy::ApiKey,
        GroupBy::LineItem,
    ];

    /// The word of the CLI and the JSON: `model`, `project`, `api_key`, `line_item`.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Model => "model",
            GroupBy::Project => "project",
            GroupBy::ApiKey => "api_key",
            GroupBy::LineItem => "line_item",
        }
    }

    pub fn parse(text: &str) -> Option<GroupBy> {
        GroupBy::ALL.into_iter().find(|g| g.as_str() == text)
    }

    /// The word for people, in the current language.
    pub fn label(self) -> String {
        match self {
            GroupBy::Model => crate::tr!("usage-group-model"),
            GroupBy::Project => crate::tr!("usage-group-project"),
            GroupBy::ApiKey => crate::tr!("usage-group-key"),
            GroupBy::LineItem => crate::tr!("usage-group-kind-of-use"),
        }
    }

    /// The name of a group without one (no model, project or key given), in the current
    /// language, for people; `GroupTotals::name` keeps the stable English one for JSON and CSV.
    pub fn nameless_words(self) -> String {
        match self {
            GroupBy::Model => crate::tr!("usage-nameless-model"),
            GroupBy::Project => crate::tr!("usage-nameless-project"),
            GroupBy::ApiKey => crate::tr!("usage-nameless-key"),
            GroupBy::LineItem => crate::tr!("usage-nameless-kind-of-use"),
        }
    }

    /// Data, not words: the name `usage --json` and the CSV give a group without one.
    fn nameless(self) -> &'static str {
        match self {
            GroupBy::Model => "(no model given)",
            GroupBy::Project => "(no project)",
            GroupBy::ApiKey => "(no key given)",
            GroupBy::LineItem => "(no line item given)",
        }
    }
}

/// One day of the range.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DayTotals {
    pub day: i64,
    /// From the Costs API.
    pub cost: f64,
    /// Includes cached input.
    pub input_tokens: u64,
    pub cached_tokens: u64,
    pub output_tokens: u64,
    pub requests: u64,
}

/// One model, project, key or line item over the range. Serialized as a group of
/// `usage --json` (DESIGN.md, Contracts): dollars rounded, cached tokens left out. `name` is
/// data (English for a group without a name); people read `shown_name`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupTotals {
    pub group_by: GroupBy,
    /// `None` for usage the API did not attribute (for example no project).
    pub id: Option<String>,
    pub name: String,
    /// `None` (`null`) when it could only be estimated and no price is known for its models.
    #[serde(serialize_with = "super::export::serialize_dollars")]
    pub cost: Option<f64>,
    pub cost_is_estimate: bool,
    pub input_tokens: u64,
    #[serde(skip)]
    pub cached_tokens: u64,
    pub output_tokens: u64,
    pub requests: u64,
}

impl GroupTotals {
    /// The name for people: the group's own name, or words in the current language for a
    /// group without one.
    pub fn shown_name(&self) -> String {
        shown_name(self.group_by, self.id.as_deref(), &self.name)
    }
}

/// The name for people of a group or series: its own name, or words in the current language
/// when it has none.
pub fn shown_name(group_by: GroupBy, id: Option<&str>, name: &str) -> String {
    match id {
        None => group_by.nameless_words(),
        Some(_) => name.to_owned(),
    }
}

/// Table columns a person can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Name,
    Cost,
    InputTokens,
    CachedTokens,
    OutputTokens,
    Requests,
}

/// Sorts groups; ties keep a stable order by name so the table does not jump.
pub fn sort_groups(groups: &mut [GroupTotals], column: SortColumn, descending: bool) {
    groups.sort_by(|a, b| {
        let order = match column {
            SortColumn::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            SortColumn::Cost => a.cost.unwrap_or(-1.0).total_cmp(&b.cost.unwrap_or(-1.0)),
            SortColumn::InputTokens => a.input_tokens.cmp(&b.input_tokens),
            SortColumn::CachedTokens => a.cached_tokens.cmp(&b.cached_tokens),
            SortColumn::OutputTokens => a.output_tokens.cmp(&b.output_tokens),
            SortColumn::Requests => a.requests.cmp(&b.requests),
        };
        let order = if descending { order.reverse() } else { order };
        order.then_with(|| a.name.cmp(&b.name))
    });
}

/// What a token graph shows per day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    InputTokens,
    CachedTokens,
    OutputTokens,
    Requests,
}

impl Measure {
    pub const TOKENS: [Measure; 3] = [
        Measure::InputTokens,
        Measure::CachedTokens,
        Measure::OutputTokens,
    ];

    /// The chooser's word, in the current language.
    pub fn label(self) -> String {
        match self {
            Measure::InputTokens => crate::tr!("usage-measure-input"),
            Measure::CachedTokens => crate::tr!("usage-measure-reused-input"),
            Measure::OutputTokens => crate::tr!("usage-measure-output"),
            Measure::Requests => crate::tr!("usage-measure-requests"),
        }
    }
}

/// One line of a stacked graph: a value per day of the range.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub group_by: GroupBy,
    pub id: Option<String>,
    pub name: String,
    pub values: Vec<f64>,
    pub total: f64,
}

/// Series over the same days, largest total first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stacked {
    pub first_day: i64,
    pub series: Vec<Series>,
}

/// This month so far and where it is heading.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthFigures {
    /// The month's first day (shown as "November 2026").
    pub month: Date,
    /// The month's cost from its first day through today (today still growing).
    pub month_to_date: f64,
    /// The month's finished days plus the pace for every day left, today included.
    pub forecast: f64,
    /// Average cost per day over the last 7 finished days.
    pub pace_per_day: f64,
}

/// Everything the dashboard, the CSV and the JSON show for one range.
#[derive(Debug, Clone)]
pub struct Report {
    pub range: DateRange,
    pub days: Vec<DayTotals>,
    pub total_cost: f64,
    pub total_input_tokens: u64,
    pub total_cached_tokens: u64,
    pub total_output_tokens: u64,
    pub total_requests: u64,
    groups: HashMap<GroupBy, Vec<GroupTotals>>,
    /// `None` when the loaded days do not cover this month and the week before today.
    pub month: Option<MonthFigures>,
    /// Set when some figure is an estimate: how it was made.
    pub estimate_note: Option<EstimateNote>,
    /// Rows kept for the stacked series.
    usage_by_day: Vec<(i64, UsageKeyed)>,
    cost_by_day: Vec<(i64, Option<String>, Option<String>, f64)>,
    names: Names,
}

#[derive(Debug, Clone)]
struct UsageKeyed {
    model: Option<String>,
    project_id: Option<String>,
    api_key_id: Option<String>,
    input: u64,
    cached: u64,
    output: u64,
    requests: u64,
}

/// The model of a Costs API line item: "gpt-5-mini, cached input" is gpt-5-mini. The format
/// is inferred from OpenAI's dashboard exports and the simulator, not documented [I].
pub fn model_of_line_item(line_item: &str) -> Option<&str> {
    line_item
        .split_once(", ")
        .map(|(model, _)| model.trim())
        .filter(|model| !model.is_empty())
}

#[derive(Default, Clone, Copy)]
struct Sums {
    cost: f64,
    estimate: f64,
    unpriced_tokens: bool,
    input: u64,
    cached: u64,
    output: u64,
    requests: u64,
}

impl Report {
    /// Totals for `range` from `dataset`. `today` (UTC day number) enables the month figures.
    pub fn build(
        dataset: &Dataset,
        range: DateRange,
        pricing: &PricingTable,
        today: Option<i64>,
    ) -> Report {
        let mut tally = Tally::new(range, dataset);
        for row in dataset.usage.iter().filter(|r| range.contains(r.day)) {
            tally.add_usage(row, pricing);
        }
        for row in dataset.costs.iter().filter(|r| range.contains(r.day)) {
            tally.add_cost(row);
        }
        let groups = tally.groups(&dataset.names);
        let any_estimate = groups.values().flatten().any(|g| g.cost_is_estimate);
        let days: Vec<DayTotals> = tally.days.into_values().collect();
        Report {
            range,
            total_cost: days.iter().map(|d| d.cost).sum(),
            total_input_tokens: days.iter().map(|d| d.input_tokens).sum(),
            total_cached_tokens: days.iter().map(|d| d.cached_tokens).sum(),
            total_output_tokens: days.iter().map(|d| d.output_tokens).sum(),
            total_requests: days.iter().map(|d| d.requests).sum(),
            days,
            groups,
            month: today.and_then(|today| month_figures(dataset, today)),
            estimate_note: any_estimate.then(|| estimate_note(dataset, pricing)),
            usage_by_day: tally.usage_by_day,
            cost_by_day: tally.cost_by_day,
            names: dataset.names.clone(),
        }
    }

    /// The groups of one kind, most expensive first.
    pub fn groups(&self, group_by: GroupBy) -> &[GroupTotals] {
        self.groups.get(&group_by).map_or(&[], Vec::as_slice)
    }

    /// The group of a key id (for "this key spent $X").
    pub fn key(&self, api_key_id: &str) -> Option<&GroupTotals> {
        self.groups(GroupBy::ApiKey)
            .iter()
            .find(|g| g.id.as_deref() == Some(api_key_id))
    }

    /// Dollars per day, one series per project or line item.
    pub fn cost_series(&self, group_by: GroupBy) -> Stacked {
        let mut series = SeriesBuilder::new(self.range);
        for (day, project, line_item, amount) in &self.cost_by_day {
            let id = match group_by {
                GroupBy::LineItem => line_item,
                _ => project,
            };
            series.add(id, *day, *amount);
        }
        series.finish(group_by, &self.names)
    }

    /// Tokens or requests per day, one series per model, project or key.
    pub fn usage_series(&self, measure: Measure, group_by: GroupBy) -> Stacked {
        let mut series = SeriesBuilder::new(self.range);
        for (day, row) in &self.usage_by_day {
            let id = match group_by {
                GroupBy::Project => &row.project_id,
                GroupBy::ApiKey => &row.api_key_id,
                _ => &row.model,
            };
            let value = match measure {
                Measure::InputTokens => row.input,
                Measure::CachedTokens => row.cached,
                Measure::OutputTokens => row.output,
                Measure::Requests => row.requests,
            };
            series.add(id, *day, value as f64);
        }
        series.finish(group_by, &self.names)
    }
}

/// The sums of one range, while its rows are added.
struct Tally {
    days: BTreeMap<i64, DayTotals>,
    by: HashMap<GroupBy, BTreeMap<Option<String>, Sums>>,
    /// Real dollars per model, read from the Costs API's line items.
    model_costs: BTreeMap<String, f64>,
    /// Real dollars per key, when the Costs API split them.
    key_costs: Option<BTreeMap<Option<String>, f64>>,
    usage_by_day: Vec<(i64, UsageKeyed)>,
    cost_by_day: Vec<(i64, Option<String>, Option<String>, f64)>,
}

impl Tally {
    /// Every day of the range (a day without rows is a day at zero), and the costs per key.
    fn new(range: DateRange, dataset: &Dataset) -> Tally {
        let days = range
            .days()
            .map(|day| {
                (
                    day,
                    DayTotals {
                        day,
                        ..DayTotals::default()
                    },
                )
            })
            .collect();
        let key_costs = dataset.key_costs.as_ref().map(|rows| {
            let mut sums: BTreeMap<Option<String>, f64> = BTreeMap::new();
            for row in rows.iter().filter(|r| range.contains(r.day)) {
                *sums.entry(row.api_key_id.clone()).or_default() += row.amount;
            }
            sums
        });
        Tally {
            days,
            by: HashMap::new(),
            model_costs: BTreeMap::new(),
            key_costs,
            usage_by_day: Vec::new(),
            cost_by_day: Vec::new(),
        }
    }

    fn sums(&mut self, group_by: GroupBy, id: &Option<String>) -> &mut Sums {
        self.by
            .entry(group_by)
            .or_default()
            .entry(id.clone())
            .or_default()
    }

    /// Tokens and requests to the day and to its model, project and key, each with an
    /// estimate of its dollars.
    fn add_usage(&mut self, row: &UsageRow, pricing: &PricingTable) {
        if let Some(day) = self.days.get_mut(&row.day) {
            day.input_tokens += row.input_tokens;
            day.cached_tokens += row.cached_tokens;
            day.output_tokens += row.output_tokens;
            day.requests += row.requests;
        }
        let estimate = row.model.as_deref().and_then(|model| {
            pricing.estimate(
                model,
                row.input_tokens,
                row.cached_tokens,
                row.output_tokens,
            )
        });
        for (group_by, id) in [
            (GroupBy::Model, &row.model),
            (GroupBy::Project, &row.project_id),
            (GroupBy::ApiKey, &row.api_key_id),
        ] {
            let sums = self.sums(group_by, id);
            sums.input += row.input_tokens;
            sums.cached += row.cached_tokens;
            sums.output += row.output_tokens;
            sums.requests += row.requests;
            match estimate {
                Some(dollars) => sums.estimate += dollars,
                None => sums.unpriced_tokens = true,
            }
        }
        self.usage_by_day.push((
            row.day,
            UsageKeyed {
                model: row.model.clone(),
                project_id: row.project_id.clone(),
                api_key_id: row.api_key_id.clone(),
                input: row.input_tokens,
                cached: row.cached_tokens,
                output: row.output_tokens,
                requests: row.requests,
            },
        ));
    }

    /// Real dollars: by project and line item always, by model through line items.
    fn add_cost(&mut self, row: &CostRow) {
        if let Some(day) = self.days.get_mut(&row.day) {
            day.cost += row.amount;
        }
        self.sums(GroupBy::Project, &row.project_id).cost += row.amount;
        self.sums(GroupBy::LineItem, &row.line_item).cost += row.amount;
        if let Some(model) = row.line_item.as_deref().and_then(model_of_line_item) {
            *self.model_costs.entry(model.to_owned()).or_default() += row.amount;
        }
        self.cost_by_day.push((
            row.day,
            row.project_id.clone(),
            row.line_item.clone(),
            row.amount,
        ));
    }

    /// The groups of every kind, most expensive first. A model or key with dollars but no
    /// tokens is a group too.
    fn groups(&mut self, names: &Names) -> HashMap<GroupBy, Vec<GroupTotals>> {
        let mut groups = HashMap::new();
        for group_by in GroupBy::ALL {
            let mut sums = self.by.remove(&group_by).unwrap_or_default();
            if group_by == GroupBy::Model {
                for model in self.model_costs.keys() {
                    sums.entry(Some(model.clone())).or_default();
                }
            }
            if let (GroupBy::ApiKey, Some(key_costs)) = (group_by, &self.key_costs) {
                for id in key_costs.keys() {
                    sums.entry(id.clone()).or_default();
                }
            }
            let mut list: Vec<GroupTotals> = sums
                .into_iter()
                .map(|(id, s)| {
                    let (cost, cost_is_estimate) = self.cost_of(group_by, id.as_deref(), &s);
                    GroupTotals {
                        group_by,
                        name: display_name(group_by, id.as_deref(), names),
                        id,
                        cost,
                        cost_is_estimate,
                        input_tokens: s.input,
                        cached_tokens: s.cached,
                        output_tokens: s.output,
                        requests: s.requests,
                    }
                })
                .collect();
            sort_groups(&mut list, SortColumn::Cost, true);
            groups.insert(group_by, list);
        }
        groups
    }

    /// A group's dollars, and whether they are an estimate: the Costs API's where it has them.
    fn cost_of(&self, group_by: GroupBy, id: Option<&str>, sums: &Sums) -> (Option<f64>, bool) {
        match (group_by, &self.key_costs) {
            (GroupBy::Project | GroupBy::LineItem, _) => (Some(sums.cost), false),
            (GroupBy::ApiKey, Some(key_costs)) => (
                Some(
                    key_costs
                        .get(&id.map(str::to_owned))
                        .copied()
                        .unwrap_or_default(),
                ),
                false,
            ),
            (GroupBy::Model, _) => match id.and_then(|m| self.model_costs.get(m)) {
                Some(dollars) => (Some(*dollars), false),
                None => estimated(sums),
            },
            (GroupBy::ApiKey, None) => estimated(sums),
        }
    }
}

/// How the estimates of a report were made, and why keys had to be estimated. Kept as data,
/// said in the current language when shown (`Display` too, for the CLI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EstimateNote {
    pub prices: PriceSource,
    pub key_costs: Option<KeyCostsNote>,
}

impl EstimateNote {
    /// "Costs marked as estimates come from tokens and prices, …", in the current language.
    pub fn sentence(&self) -> String {
        let prices = crate::tr!("usage-estimate-note", prices = self.prices.describe());
        match &self.key_costs {
            Some(note) => format!("{prices} {}", note.sentence()),
            None => prices,
        }
    }

    /// OpenAI's answer when it did not split costs by key, for the technical details.
    pub fn technical(&self) -> Option<&str> {
        self.key_costs.as_ref().and_then(KeyCostsNote::technical)
    }
}

impl std::fmt::Display for EstimateNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence())
    }
}

fn estimate_note(dataset: &Dataset, pricing: &PricingTable) -> EstimateNote {
    EstimateNote {
        prices: pricing.source(),
        key_costs: dataset.key_costs_note.clone(),
    }
}

fn estimated(sums: &Sums) -> (Option<f64>, bool) {
    if sums.unpriced_tokens && sums.estimate == 0.0 {
        (None, true)
    } else {
        (Some(sums.estimate), true)
    }
}

fn display_name(group_by: GroupBy, id: Option<&str>, names: &Names) -> String {
    match (group_by, id) {
        (_, None) => group_by.nameless().to_owned(),
        (GroupBy::Project, Some(id)) => names.project(id),
        (GroupBy::ApiKey, Some(id)) => names.key(id),
        (_, Some(id)) => id.to_owned(),
    }
}

struct SeriesBuilder {
    range: DateRange,
    by_id: BTreeMap<Option<String>, Vec<f64>>,
}

impl SeriesBuilder {
    fn new(range: DateRange) -> Self {
        SeriesBuilder {
            range,
            by_id: BTreeMap::new(),
        }
    }

    fn add(&mut self, id: &Option<String>, day: i64, value: f64) {
        if !self.range.contains(day) {
            return;
        }
        let index = (day - self.range.first()) as usize;
        let len = self.range.len();
        let values = match self.by_id.get_mut(id) {
            Some(values) => values,
            None => self
                .by_id
                .entry(id.clone())
                .or_insert_with(|| vec![0.0; len]),
        };
        values[index] += value;
    }

    fn finish(self, group_by: GroupBy, names: &Names) -> Stacked {
        let mut series: Vec<Series> = self
            .by_id
            .into_iter()
            .map(|(id, values)| Series {
                group_by,
                name: display_name(group_by, id.as_deref(), names),
                total: values.iter().sum(),
                id,
                values,
            })
            .collect();
        series.sort_by(|a, b| {
            b.total
                .total_cmp(&a.total)
                .then_with(|| a.name.cmp(&b.name))
        });
        Stacked {
            first_day: self.range.first(),
            series,
        }
    }
}

/// Month to date and forecast, from the dataset's daily costs. Needs the month so far and the
/// 7 days before today to be loaded without failures.
fn month_figures(dataset: &Dataset, today: i64) -> Option<MonthFigures> {
    let today_date = date_of_day(today)?;
    let month_start = day_number(today_date.first_of_month());
    let pace_first = today - 7;
    let needed = DateRange::between_days(month_start.min(pace_first), today);
    let loaded = dataset.range?;
    if loaded.first() > needed.first() || loaded.last() < needed.last() {
        return None;
    }
    let missing_costs = dataset.failures.iter().any(|f| match &f.part {
        super::dataset::Part::Costs(window) => {
            window.first() <= needed.last() && window.last() >= needed.first()
        }
        _ => false,
    });
    if missing_costs {
        return None;
    }
    let mut per_day: BTreeMap<i64, f64> = BTreeMap::new();
    for row in dataset.costs.iter().filter(|r| needed.contains(r.day)) {
        *per_day.entry(row.day).or_default() += row.amount;
    }
    let cost_of = |first: i64, last: i64| -> f64 {
        per_day.range(first..=last).map(|(_, amount)| amount).sum()
    };
    let month_to_date = cost_of(month_start, today);
    let finished_in_month = cost_of(month_start, today - 1);
    let pace_per_day = cost_of(pace_first, today - 1) / 7.0;
    let days_left_including_today = i64::from(today_date.days_in_month()) - (today - month_start);
    Some(MonthFigures {
        month: today_date.first_of_month(),
        month_to_date,
        forecast: finished_in_month + pace_per_day * days_left_including_today as f64,
        pace_per_day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn usage(day: i64, model: &str, key: &str, input: u64) -> UsageRow {
        UsageRow {
            day,
            model: Some(model.into()),
            project_id: Some("proj_a".into()),
            api_key_id: Some(key.into()),
            input_tokens: input,
            cached_tokens: input / 2,
            output_tokens: input / 4,
            requests: 1,
        }
    }

    fn cost(day: i64, line_item: &str, amount: f64) -> CostRow {
        CostRow {
            day,
            project_id: Some("proj_a".into()),
            line_item: Some(line_item.into()),
            amount,
        }
    }

    #[test]
    fn line_items_name_their_model() {
        assert_eq!(
            model_of_line_item("gpt-5-mini, cached input"),
            Some("gpt-5-mini")
        );
        assert_eq!(model_of_line_item("Web search"), None);
    }

    #[test]
    fn totals_groups_and_estimates() {
        let start = day_number(date(2026, 3, 1));
        let mut dataset = Dataset {
            range: Some(DateRange::between_days(start, start + 2)),
            ..Dataset::default()
        };
        dataset.usage = vec![
            usage(start, "gpt-5", "key_a", 1_000_000),
            usage(start + 1, "gpt-5", "key_b", 2_000_000),
            usage(start + 1, "mystery-model", "key_b", 10),
        ];
        dataset.costs = vec![
            cost(start, "gpt-5, input", 0.5),
            cost(start + 1, "gpt-5, output", 1.25),
            cost(start + 2, "Web search", 0.01),
        ];
        dataset
            .names
            .projects
            .insert("proj_a".into(), "Website".into());
        let range = DateRange::between_days(start, start + 2);
        let report = Report::build(&dataset, range, &PricingTable::builtin(), None);
        assert!((report.total_cost - 1.76).abs() < 1e-9);
        assert_eq!(report.days.len(), 3);
        assert_eq!(report.total_input_tokens, 3_000_010);
        let projects = report.groups(GroupBy::Project);
        assert_eq!(projects.len(), 1);
        assert_eq!(projects[0].name, "Website");
        assert!(!projects[0].cost_is_estimate);
        let models = report.groups(GroupBy::Model);
        let gpt5 = models
            .iter()
            .find(|g| g.id.as_deref() == Some("gpt-5"))
            .expect("gpt-5");
        assert_eq!(gpt5.cost, Some(1.75));
        assert!(!gpt5.cost_is_estimate);
        let mystery = models
            .iter()
            .find(|g| g.id.as_deref() == Some("mystery-model"))
            .expect("unpriced model");
        assert_eq!((mystery.cost, mystery.cost_is_estimate), (None, true));
        // No per-key costs from the API: keys are estimated from tokens.
        let key_a = report.key("key_a").expect("key a");
        assert!(key_a.cost_is_estimate);
        let expected = PricingTable::builtin()
            .estimate("gpt-5", 1_000_000, 500_000, 250_000)
            .expect("price");
        assert_eq!(key_a.cost, Some(expected));
        assert!(report.estimate_note.is_some());
        let stacked = report.usage_series(Measure::InputTokens, GroupBy::ApiKey);
        assert_eq!(stacked.series[0].id.as_deref(), Some("key_b"));
        assert_eq!(stacked.series[0].values, vec![0.0, 2_000_010.0, 0.0]);
        let line_items = report.cost_series(GroupBy::LineItem);
        assert_eq!(line_items.series.len(), 3);
    }

    #[test]
    fn month_to_date_and_forecast_follow_the_last_week() {
        let today = day_number(date(2026, 4, 10));
        let mut dataset = Dataset {
            range: Some(DateRange::between_days(today - 40, today)),
            ..Dataset::default()
        };
        // $2 a day, today $0.50 so far.
        for day in today - 40..today {
            dataset.costs.push(cost(day, "gpt-5, input", 2.0));
        }
        dataset.costs.push(cost(today, "gpt-5, input", 0.5));
        let range = DateRange::between_days(today - 6, today);
        let report = Report::build(&dataset, range, &PricingTable::builtin(), Some(today));
        let month = report.month.expect("month figures");
        assert_eq!(month.month, date(2026, 4, 1));
        assert!((month.month_to_date - 18.5).abs() < 1e-9);
        assert!((month.pace_per_day - 2.0).abs() < 1e-9);
        // 9 finished days at $2, then 21 days (today included) at the pace.
        assert!(
            (month.forecast - (18.0 + 21.0 * 2.0)).abs() < 1e-9,
            "{}",
            month.forecast
        );

        let short = Dataset {
            range: Some(DateRange::between_days(today - 2, today)),
            ..Dataset::default()
        };
        assert!(
            Report::build(&short, range, &PricingTable::builtin(), Some(today))
                .month
                .is_none()
        );
    }

    #[test]
    fn sorting_by_a_column() {
        let start = day_number(date(2026, 3, 1));
        let dataset = Dataset {
            usage: vec![
                usage(start, "a-model", "key_a", 5),
                usage(start, "b-model", "key_b", 50),
            ],
            ..Dataset::default()
        };
        let report = Report::build(
            &dataset,
            DateRange::between_days(start, start),
            &PricingTable::builtin(),
            None,
        );
        let mut groups = report.groups(GroupBy::Model).to_vec();
        sort_groups(&mut groups, SortColumn::InputTokens, true);
        assert_eq!(groups[0].name, "b-model");
        sort_groups(&mut groups, SortColumn::Name, false);
        assert_eq!(groups[0].name, "a-model");
    }
}
