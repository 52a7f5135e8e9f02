//! The Usage page: its state and the work behind it: which range and groupings are chosen, the
//! fetch running on the tokio runtime (progress, cancel, results through `UsageMsg`), the dashboard
//! built from the last dataset, and CSV export through the injected file dialog. The view
//! itself (`views::usage`) only draws this and returns commands.

use std::path::PathBuf;

use egui::Color32;
use secrecy::{ExposeSecret, SecretString};

use super::background::Background;
use super::effect::{Effect, Notice};
use super::services::Services;
use crate::dialogs::{FileKind, ParentWindow};
use crate::files::write_atomically;
use crate::tr;
use crate::usage::admin_key::key_from_paste;
use crate::usage::export::{daily_csv, groups_csv};
use crate::usage::range::{RangeError, day_number, iso_date, local_offset_on, readable_date};
use crate::usage::{
    AccessProblem, AdminKey, AdminKeyOrigin, Dataset, DateRange, EstimateNote, FailureReason,
    FetchOptions, GroupBy, GroupTotals, KeyShape, Measure, Part, PricingTable, Progress,
    RangePreset, Report, SortColumn, Stacked, UsageCache, fetch_dataset, report::sort_groups,
};

/// Text typed into the Admin key field. Commands are kept and may be printed with `{:?}`, so
/// this holds the text as a secret and never shows it.
#[derive(Clone)]
pub struct PastedText(pub SecretString);

impl std::fmt::Debug for PastedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let length = self.0.expose_secret().len();
        write!(f, "PastedText({length} characters)") // not words: Debug, for tests and logs
    }
}

impl PartialEq for PastedText {
    fn eq(&self, other: &Self) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

/// What the Usage view asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum UsageCommand {
    ChoosePreset(RangePreset),
    EditCustomFirst(String),
    EditCustomLast(String),
    ApplyCustomRange,
    /// Esc in a date field: back to the days shown.
    ResetCustomRange,
    StackCostsBy(GroupBy),
    ShowMeasure(Measure),
    StackUsageBy(GroupBy),
    TableGroupBy(GroupBy),
    SortTableBy(SortColumn),
    Refresh,
    Cancel,
    EditPastedKey(PastedText),
    UsePastedKey,
    /// Esc in the Admin key field: empty it.
    ClearPastedKey,
    /// The emptied Admin key field forgot its undo history.
    FieldHistoryForgotten,
    ForgetPastedKey,
    /// Show this provider's usage (read with its stored Admin key).
    ShowProvider(crate::providers::ProviderId),
    ExportDailyCsv,
    ExportTableCsv,
    /// No save window: save the CSV made last into the Downloads folder.
    SaveExportToDownloads,
    /// No save window: put the CSV made last on the clipboard.
    CopyExportCsv,
}

/// Results of the Usage view's background work.
#[derive(Debug)]
pub enum UsageMsg {
    Progress {
        generation: u64,
        progress: Progress,
    },
    Loaded {
        generation: u64,
        dataset: Box<Dataset>,
    },
    Exported(ExportOutcome),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportOutcome {
    Saved {
        path: PathBuf,
        rows: usize,
    },
    /// Cancelled, or no dialog could be shown.
    NotSaved,
    /// The file could not be written; the system's words, for the technical details.
    Failed(String),
}

/// What became of the last export, said in words when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportStatus {
    /// Saved where the save window said.
    Saved { path: PathBuf, rows: usize },
    /// Saved in the Downloads (or home) folder.
    SavedInDownloads { path: PathBuf },
    /// No save window opened, or it was closed without saving.
    NotSaved,
    /// The file could not be written; `technical` is the system's reason.
    Failed { technical: String },
    /// The CSV itself could not be made.
    NotMade { technical: String },
    /// No Downloads or home folder to save into.
    NoDownloadsFolder,
    /// Saving into the Downloads folder failed.
    DownloadsFailed { dir: PathBuf, technical: String },
}

impl ExportStatus {
    /// The sentence, in the current language.
    pub fn sentence(&self) -> String {
        match self {
            ExportStatus::Saved { path, rows } => tr!(
                "usage-export-saved",
                count = *rows,
                path = path.display().to_string()
            ),
            ExportStatus::SavedInDownloads { path } => {
                tr!("usage-export-saved-to", path = path.display().to_string())
            }
            ExportStatus::NotSaved => tr!("usage-export-not-saved"),
            ExportStatus::Failed { .. } => tr!("usage-export-failed"),
            ExportStatus::NotMade { .. } => tr!("usage-export-not-made"),
            ExportStatus::NoDownloadsFolder => tr!("usage-export-no-downloads-folder"),
            ExportStatus::DownloadsFailed { dir, .. } => tr!(
                "usage-export-downloads-failed",
                folder = dir.display().to_string()
            ),
        }
    }

    /// The system's own words, for the technical details.
    pub fn technical(&self) -> Option<&str> {
        match self {
            ExportStatus::Failed { technical }
            | ExportStatus::NotMade { technical }
            | ExportStatus::DownloadsFailed { technical, .. } => Some(technical),
            _ => None,
        }
    }
}

/// Why a pasted text was not used as an Admin key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastedKeyProblem {
    NotAKey,
    NotAnAdminKey,
}

impl PastedKeyProblem {
    pub fn sentence(self) -> String {
        match self {
            PastedKeyProblem::NotAKey => tr!("usage-pasted-not-a-key"),
            PastedKeyProblem::NotAnAdminKey => tr!("usage-pasted-not-admin"),
        }
    }
}

/// Something the page says above the figures about what did not load, kept as data and said
/// in the current language when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageProblem {
    /// A part of the fetch failed. `project` is the project's name (or id) for the names of a
    /// project's keys; `technical` is the exact error.
    NotLoaded {
        part: Part,
        project: String,
        reason: FailureReason,
        technical: String,
    },
    /// Every figure loaded; only some names are missing.
    OnlyNamesMissing,
    /// The totals leave out what did not load.
    TotalsIncomplete,
    /// No figure at all could be loaded.
    NothingLoaded,
    /// The person cancelled loading; `kept` when the figures of before are still shown.
    Cancelled { kept: bool },
}

impl UsageProblem {
    pub fn sentence(&self) -> String {
        match self {
            UsageProblem::NotLoaded {
                part,
                project,
                reason,
                ..
            } => crate::usage::dataset::not_loaded_sentence(
                &part.describe_with(|_| project.clone()),
                *reason,
            ),
            UsageProblem::OnlyNamesMissing => tr!("usage-problem-only-names-missing"),
            UsageProblem::TotalsIncomplete => tr!("usage-problem-totals-incomplete"),
            UsageProblem::NothingLoaded => tr!("usage-problem-nothing-loaded"),
            UsageProblem::Cancelled { kept: true } => tr!("usage-problem-cancelled-kept"),
            UsageProblem::Cancelled { kept: false } => tr!("usage-problem-cancelled"),
        }
    }

    /// The exact error, for the technical details.
    pub fn technical(&self) -> Option<String> {
        match self {
            UsageProblem::NotLoaded {
                part,
                project,
                technical,
                ..
            } => Some(format!(
                "{}: {technical}",
                part.describe_with(|_| project.clone())
            )),
            _ => None,
        }
    }

    /// True when loading again may help: the page offers a button for it.
    pub fn retry_helps(&self) -> bool {
        !matches!(self, UsageProblem::OnlyNamesMissing)
    }
}

/// A fetch in progress.
#[derive(Debug)]
pub struct Loading {
    pub generation: u64,
    pub progress: Progress,
    task: tokio::task::AbortHandle,
}

/// What a layer of a graph stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerKind {
    /// One model, project, key or kind of use.
    Series(GroupBy),
    /// The smaller series summed up; how many.
    Other { series: usize },
}

/// One coloured layer of a stacked graph.
#[derive(Debug, Clone)]
pub struct Layer {
    /// The series' id; `None` for a group without one, and for "Other".
    pub id: Option<String>,
    /// The series' own name (data: a model, project or key); empty for "Other".
    pub name: String,
    pub kind: LayerKind,
    pub color: Color32,
    /// One value per bar (a day, a week or a month).
    pub values: Vec<f64>,
    /// The layer's bottom and top at each of `PlotStack::xs`.
    pub lower: Vec<f64>,
    pub upper: Vec<f64>,
    pub total: f64,
}

/// How long one bar of a graph is: days up to three months, weeks up to a year, then months,
/// so a long range reads as a trend rather than a comb of daily spikes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Day,
    Week,
    Month,
}

impl Period {
    pub fn for_days(days: usize) -> Period {
        match days {
            0..=92 => Period::Day,
            93..=366 => Period::Week,
            _ => Period::Month,
        }
    }

    /// The catalog's selector for the period ("day", "week", "month").
    pub fn code(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    /// The bars over `days` days from `first_day`: (first day, number of days) each.
    fn bars(self, first_day: i64, days: usize) -> Vec<(i64, usize)> {
        let last_day = first_day + days as i64;
        let mut bars: Vec<(i64, usize)> = Vec::new();
        for day in first_day..last_day {
            let starts_a_bar = match self {
                Period::Day => true,
                Period::Week => (day - first_day) % 7 == 0,
                Period::Month => {
                    day == first_day
                        || crate::usage::range::date_of_day(day).is_some_and(|d| d.day() == 1)
                }
            };
            match bars.last_mut() {
                Some(bar) if !starts_a_bar => bar.1 += 1,
                _ => bars.push((day, 1)),
            }
        }
        bars
    }
}

/// A stacked graph ready to draw: the sums are made once, not every frame.
#[derive(Debug, Clone, Default)]
pub struct PlotStack {
    /// Where the layers' outlines turn, as plot x values (day numbers).
    pub xs: Vec<f64>,
    pub layers: Vec<Layer>,
    /// Each bar's first day and length in days.
    pub bars: Vec<(i64, usize)>,
    /// Each bar's total over every layer.
    pub bar_totals: Vec<f64>,
    pub max: f64,
    pub period: Period,
}

impl PlotStack {
    /// The largest series each in its own colour, the rest summed as one "Other" layer, so no
    /// graph stacks more layers than colours can tell apart.
    pub fn new(stacked: &Stacked, days: usize, colours: &SeriesColours) -> Self {
        let period = Period::for_days(days);
        let bars = period.bars(stacked.first_day, days);
        let per_bar = |daily: &[f64]| -> Vec<f64> {
            let mut from = 0;
            bars.iter()
                .map(|&(_, length)| {
                    let sum = daily.iter().skip(from).take(length).sum();
                    from += length;
                    sum
                })
                .collect()
        };
        let layers = named_and_other(stacked, days, colours, per_bar);
        // Days are points joined by slopes; weeks and months are flat-topped bars.
        let xs: Vec<f64> = match period {
            Period::Day => bars.iter().map(|&(day, _)| day as f64).collect(),
            _ => bars
                .iter()
                .flat_map(|&(day, length)| [day as f64, (day + length as i64) as f64 - 0.05])
                .collect(),
        };
        let at_xs = |per_bar: &[f64]| -> Vec<f64> {
            match period {
                Period::Day => per_bar.to_vec(),
                _ => per_bar.iter().flat_map(|&v| [v, v]).collect(),
            }
        };
        let mut running = vec![0.0; bars.len()];
        let layers: Vec<Layer> = layers
            .into_iter()
            .map(|(label, color, values, total)| {
                let lower = at_xs(&running);
                for (sum, value) in running.iter_mut().zip(&values) {
                    *sum += value;
                }
                Layer {
                    id: label.id,
                    name: label.name,
                    kind: label.kind,
                    color,
                    values,
                    lower,
                    upper: at_xs(&running),
                    total,
                }
            })
            .collect();
        let max = running.iter().copied().fold(0.0, f64::max);
        PlotStack {
            xs,
            layers,
            bars,
            bar_totals: running,
            max,
            period,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }

    /// The bar under a plot x value.
    pub fn bar_at(&self, x: f64) -> Option<usize> {
        match self.period {
            Period::Day => {
                let first = self.bars.first()?.0 as f64;
                let index = (x - first).round();
                (index >= 0.0 && (index as usize) < self.bars.len()).then_some(index as usize)
            }
            _ => self
                .bars
                .iter()
                .position(|&(day, length)| x >= day as f64 && x < (day + length as i64) as f64),
        }
    }
}

/// Who a layer is, before it is stacked.
struct LayerLabel {
    id: Option<String>,
    name: String,
    kind: LayerKind,
}

impl Layer {
    /// The layer's name for people, in the current language.
    pub fn words(&self) -> String {
        match self.kind {
            LayerKind::Series(group_by) => {
                crate::usage::report::shown_name(group_by, self.id.as_deref(), &self.name)
            }
            LayerKind::Other { series } => tr!("usage-chart-other", count = series),
        }
    }
}

/// The largest series by name and colour, the rest summed as "Other", each as values per bar.
fn named_and_other(
    stacked: &Stacked,
    days: usize,
    colours: &SeriesColours,
    per_bar: impl Fn(&[f64]) -> Vec<f64>,
) -> Vec<(LayerLabel, Color32, Vec<f64>, f64)> {
    let shown = if stacked.series.len() > NAMED_SERIES + 1 {
        NAMED_SERIES
    } else {
        stacked.series.len()
    };
    let (named, rest) = stacked.series.split_at(shown);
    let mut layers: Vec<(LayerLabel, Color32, Vec<f64>, f64)> = named
        .iter()
        .map(|series| {
            let colour = colours.of(series.id.as_deref(), &series.name);
            let label = LayerLabel {
                id: series.id.clone(),
                name: series.name.clone(),
                kind: LayerKind::Series(series.group_by),
            };
            (label, colour, per_bar(&series.values), series.total)
        })
        .collect();
    if !rest.is_empty() {
        let mut daily = vec![0.0; days];
        for series in rest {
            for (sum, value) in daily.iter_mut().zip(&series.values) {
                *sum += value;
            }
        }
        let total = rest.iter().map(|s| s.total).sum();
        let label = LayerLabel {
            id: None,
            name: String::new(),
            kind: LayerKind::Other { series: rest.len() },
        };
        layers.push((label, OTHER_COLOUR, per_bar(&daily), total));
    }
    layers
}

/// How many series a graph names; the rest are "Other".
const NAMED_SERIES: usize = 7;

/// Okabe and Ito's colours, told apart with the common kinds of colour blindness too.
const SERIES_PALETTE: [Color32; NAMED_SERIES] = [
    Color32::from_rgb(0x56, 0xb4, 0xe9),
    Color32::from_rgb(0xe6, 0x9f, 0x00),
    Color32::from_rgb(0x00, 0x9e, 0x73),
    Color32::from_rgb(0xcc, 0x79, 0xa7),
    Color32::from_rgb(0xf0, 0xe4, 0x42),
    Color32::from_rgb(0xd5, 0x5e, 0x00),
    Color32::from_rgb(0x00, 0x72, 0xb2),
];

pub const OTHER_COLOUR: Color32 = Color32::from_rgb(0x99, 0x99, 0x99);

/// One colour per series for the whole dashboard: the same model, project or key has the same
/// colour in every graph and in the table.
#[derive(Debug, Clone, Default)]
pub struct SeriesColours {
    by_id: std::collections::HashMap<String, Color32>,
}

impl SeriesColours {
    /// Colours for the series of every grouping the report has, the largest first so the
    /// biggest spenders get distinct colours; the others share the "Other" grey.
    pub fn for_report(report: &Report) -> Self {
        let mut by_id = std::collections::HashMap::new();
        for group_by in [
            GroupBy::Model,
            GroupBy::Project,
            GroupBy::ApiKey,
            GroupBy::LineItem,
        ] {
            let mut groups: Vec<&GroupTotals> = report.groups(group_by).iter().collect();
            groups.sort_by(|a, b| {
                let tokens = |g: &GroupTotals| g.input_tokens + g.output_tokens;
                b.cost
                    .unwrap_or(0.0)
                    .total_cmp(&a.cost.unwrap_or(0.0))
                    .then_with(|| tokens(b).cmp(&tokens(a)))
                    .then_with(|| a.name.cmp(&b.name))
            });
            for (index, group) in groups.iter().enumerate() {
                let key = group.id.clone().unwrap_or_else(|| group.name.clone());
                let colour = SERIES_PALETTE.get(index).copied().unwrap_or(OTHER_COLOUR);
                by_id.entry(key).or_insert(colour);
            }
        }
        SeriesColours { by_id }
    }

    /// The series' colour; grey for one the report did not list.
    pub fn of(&self, id: Option<&str>, name: &str) -> Color32 {
        self.by_id
            .get(id.unwrap_or(name))
            .copied()
            .unwrap_or(OTHER_COLOUR)
    }
}

/// What the dashboard shows, rebuilt when the data, the groupings or the prices change.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub report: Report,
    /// One colour per series, shared by the graphs and the table.
    pub colours: SeriesColours,
    pub cost_chart: PlotStack,
    pub usage_chart: PlotStack,
    pub requests_chart: PlotStack,
    /// The table's rows, sorted as chosen.
    pub table: Vec<GroupTotals>,
}

pub struct UsagePage {
    background: Background<UsageMsg>,
    pub preset: RangePreset,
    /// The range shown (or being loaded).
    pub range: Option<DateRange>,
    pub custom_first: String,
    pub custom_last: String,
    pub custom_problem: Option<RangeError>,
    pub cost_stack: GroupBy,
    pub measure: Measure,
    pub usage_stack: GroupBy,
    pub table_group: GroupBy,
    pub sort: (SortColumn, bool),
    /// What is typed in the Admin key field, until "Use this key".
    pub pasted_draft: SecretString,
    pub pasted_problem: Option<PastedKeyProblem>,
    /// The Admin key field was emptied: egui's undo history forgets the key typed.
    pub forget_typing: bool,
    /// The keys pasted in the view (or read from the vault), at most one per provider; only
    /// in memory, gone when the app closes. Showing another provider keeps them.
    pub session_keys: Vec<AdminKey>,
    /// Whose usage is shown (OpenAI's, or Anthropic's with an Anthropic Admin key).
    pub provider: crate::providers::ProviderId,
    /// The providers a stored Admin key reads, for the choice between them.
    pub admin_providers: Vec<crate::providers::ProviderId>,
    pub loading: Option<Loading>,
    pub dashboard: Option<Dashboard>,
    /// The last dataset, kept to rebuild the dashboard when prices change.
    dataset: Option<Dataset>,
    /// What did not load, or a cancel.
    pub problems: Vec<UsageProblem>,
    pub access_problem: Option<AccessProblem>,
    /// How the estimates shown were made.
    pub note: Option<EstimateNote>,
    pub export_status: Option<ExportStatus>,
    /// The CSV made last and its name, kept when no save window saved it, for the other ways.
    pub export_unsaved: Option<(String, Vec<u8>)>,
    /// Today (UTC day number) when the data was asked for.
    pub today: i64,
    /// The computer's time zone's offset from UTC today: OpenAI's days are UTC days, and the
    /// page says when they end on the person's clock.
    pub utc_offset: jiff::tz::Offset,
    cache: UsageCache,
    generation: u64,
}

impl UsagePage {
    pub fn new(today: i64, background: Background<UsageMsg>) -> Self {
        let preset = RangePreset::Last30Days;
        let range = crate::usage::range::date_of_day(today).and_then(|d| preset.resolve(d));
        UsagePage {
            background,
            preset,
            custom_first: range.map(|r| iso_date(r.first())).unwrap_or_default(),
            custom_last: range.map(|r| iso_date(r.last())).unwrap_or_default(),
            range,
            custom_problem: None,
            cost_stack: GroupBy::Project,
            measure: Measure::InputTokens,
            usage_stack: GroupBy::Model,
            table_group: GroupBy::Model,
            sort: (SortColumn::Cost, true),
            pasted_draft: SecretString::default(),
            pasted_problem: None,
            forget_typing: false,
            session_keys: Vec::new(),
            provider: crate::providers::ProviderId::OpenAi,
            admin_providers: Vec::new(),
            loading: None,
            dashboard: None,
            dataset: None,
            problems: Vec::new(),
            access_problem: None,
            note: None,
            export_status: None,
            export_unsaved: None,
            today,
            utc_offset: local_offset_on(today),
            cache: UsageCache::default(),
            generation: 0,
        }
    }

    /// The Admin key in force for the provider shown (see [`UsagePage::admin_key_of`]).
    pub fn admin_key<'a>(&'a self, services: &'a Services) -> Option<&'a AdminKey> {
        self.admin_key_of(self.provider, services)
    }

    /// `provider`'s Admin key in force, whatever is shown: one pasted (or read from the vault)
    /// in this session, else the one the app started with.
    pub fn admin_key_of<'a>(
        &'a self,
        provider: crate::providers::ProviderId,
        services: &'a Services,
    ) -> Option<&'a AdminKey> {
        self.session_keys
            .iter()
            .find(|key| key.provider() == provider)
            .or(services.admin_key.as_ref())
            .filter(|key| key.provider() == provider)
    }

    /// Keeps `key` for this session in place of its provider's earlier one.
    fn keep_session_key(&mut self, key: AdminKey) {
        self.session_keys.retain(|k| k.provider() != key.provider());
        self.session_keys.push(key);
    }

    /// Whose usage is shown: the person's choice among the providers with a stored Admin key.
    /// The other provider's key stays, shown again when its provider is.
    fn show_provider(&mut self, provider: crate::providers::ProviderId) {
        if provider == self.provider {
            return;
        }
        self.provider = provider;
        self.reset_for_new_key();
    }

    /// The view opened: load the first time (or after a key change).
    pub fn opened(&mut self, services: &Services) {
        if self.dashboard.is_none() && self.loading.is_none() && self.access_problem.is_none() {
            self.start_fetch(services);
        }
    }

    pub fn execute(
        &mut self,
        command: UsageCommand,
        services: &Services,
        parent: Option<&dyn ParentWindow>,
    ) -> Vec<Effect> {
        match command {
            UsageCommand::ShowProvider(provider) => self.show_provider(provider),
            UsageCommand::ChoosePreset(preset) => self.choose_preset(preset, services),
            UsageCommand::EditCustomFirst(text) => self.custom_first = text,
            UsageCommand::EditCustomLast(text) => self.custom_last = text,
            UsageCommand::ApplyCustomRange => self.apply_custom_range(services),
            UsageCommand::ResetCustomRange => {
                self.custom_problem = None;
                if let Some(range) = self.range {
                    self.custom_first = iso_date(range.first());
                    self.custom_last = iso_date(range.last());
                }
            }
            UsageCommand::StackCostsBy(group_by) => {
                self.cost_stack = group_by;
                self.rebuild_charts();
            }
            UsageCommand::ShowMeasure(measure) => {
                self.measure = measure;
                self.rebuild_charts();
            }
            UsageCommand::StackUsageBy(group_by) => {
                self.usage_stack = group_by;
                self.rebuild_charts();
            }
            UsageCommand::TableGroupBy(group_by) => {
                self.table_group = group_by;
                self.forget_export();
                self.rebuild_table();
            }
            UsageCommand::SortTableBy(column) => self.sort_by(column),
            UsageCommand::Refresh => self.refresh(services),
            UsageCommand::Cancel => self.cancel(),
            UsageCommand::EditPastedKey(PastedText(text)) => {
                self.pasted_draft = text;
                self.pasted_problem = None;
            }
            UsageCommand::UsePastedKey => self.use_pasted_key(services),
            UsageCommand::FieldHistoryForgotten => self.forget_typing = false,
            UsageCommand::ClearPastedKey => {
                self.pasted_draft = SecretString::default();
                self.pasted_problem = None;
                self.forget_typing = true;
            }
            UsageCommand::ForgetPastedKey => {
                let shown = self.provider;
                self.session_keys.retain(|k| k.provider() != shown);
                self.reset_for_new_key();
                self.start_fetch(services);
            }
            UsageCommand::ExportDailyCsv => self.export(false, services, parent),
            UsageCommand::ExportTableCsv => self.export(true, services, parent),
            UsageCommand::SaveExportToDownloads => self.save_to_downloads(services),
            UsageCommand::CopyExportCsv => return self.copy_export(),
        }
        Vec::new()
    }

    /// Saves the CSV no save window took into the Downloads folder (or the home folder), under
    /// a name that takes nothing's place, and says where.
    fn save_to_downloads(&mut self, services: &Services) {
        let Some((name, bytes)) = &self.export_unsaved else {
            return;
        };
        let Some(dir) = services.downloads_dir.clone() else {
            self.export_status = Some(ExportStatus::NoDownloadsFolder);
            return;
        };
        let saved = std::fs::create_dir_all(&dir)
            .map_err(|e| e.to_string())
            .and_then(|()| {
                let path = free_path(&dir, name);
                write_atomically(&path, bytes)
                    .map(|()| path)
                    .map_err(|e| e.to_string())
            });
        self.export_status = Some(match saved {
            Ok(path) => {
                self.export_unsaved = None;
                ExportStatus::SavedInDownloads { path }
            }
            Err(technical) => ExportStatus::DownloadsFailed { dir, technical },
        });
    }

    fn copy_export(&mut self) -> Vec<Effect> {
        let Some((_, bytes)) = &self.export_unsaved else {
            return Vec::new();
        };
        vec![
            Effect::CopyText(String::from_utf8_lossy(bytes).into_owned()),
            // A notice is gone in seconds: its words may be made now.
            Effect::Notice(Notice::info(tr!("usage-export-copied"))),
        ]
    }

    fn choose_preset(&mut self, preset: RangePreset, services: &Services) {
        self.preset = preset;
        self.custom_problem = None;
        if preset == RangePreset::Custom {
            return;
        }
        let today = services.clock.today_utc();
        self.set_today(day_number(today));
        self.range = preset.resolve(today);
        if let Some(range) = self.range {
            self.custom_first = iso_date(range.first());
            self.custom_last = iso_date(range.last());
        }
        self.start_fetch(services);
    }

    fn apply_custom_range(&mut self, services: &Services) {
        match DateRange::parse(&self.custom_first, &self.custom_last) {
            Ok(range) => {
                self.custom_problem = None;
                self.range = Some(range);
                self.start_fetch(services);
            }
            Err(e) => self.custom_problem = Some(e),
        }
    }

    fn sort_by(&mut self, column: SortColumn) {
        self.sort = if self.sort.0 == column {
            (column, !self.sort.1)
        } else {
            // Numbers read best largest first, names from A.
            (column, column != SortColumn::Name)
        };
        self.rebuild_table();
    }

    fn refresh(&mut self, services: &Services) {
        let today = services.clock.today_utc();
        self.set_today(day_number(today));
        // Past midnight UTC "the last 30 days" are other days.
        if let Some(range) = self.preset.resolve(today) {
            self.range = Some(range);
        }
        // Finished days stay cached; names are asked again in case keys were added.
        self.cache.forget_names();
        self.start_fetch(services);
    }

    /// A new day: the offset of the person's clock may have changed too (summer time).
    fn set_today(&mut self, today: i64) {
        self.today = today;
        self.utc_offset = local_offset_on(today);
    }

    fn cancel(&mut self) {
        if let Some(loading) = self.loading.take() {
            loading.task.abort();
            self.problems = vec![UsageProblem::Cancelled {
                kept: self.dashboard.is_some(),
            }];
        }
    }

    fn use_pasted_key(&mut self, services: &Services) {
        let draft = std::mem::take(&mut self.pasted_draft);
        self.forget_typing = true;
        match key_from_paste(draft.expose_secret()).map(|s| (KeyShape::of(&s), s)) {
            None => self.pasted_problem = Some(PastedKeyProblem::NotAKey),
            Some((KeyShape::NotAdmin, _)) => {
                self.pasted_problem = Some(PastedKeyProblem::NotAnAdminKey)
            }
            Some((_, secret)) => self.use_key(secret, services),
        }
    }

    /// What a stored key (known by its redacted form) spent in the range shown, in words of the
    /// current language: "Spent $12.34 from 1 Nov 2026 to 23 Nov 2026". `None` before usage is
    /// loaded or when the key cannot be told apart from another.
    pub fn key_spend(&self, redacted: &str) -> Option<String> {
        let (dashboard, dataset) = (self.dashboard.as_ref()?, self.dataset.as_ref()?);
        let range = dashboard.report.range;
        let id = crate::usage::key_match::key_id_for_redacted(&dataset.names, redacted)?;
        let totals = dashboard.report.key(&id)?;
        let amount = crate::i18n::money(totals.cost?);
        let (first, last) = (readable_date(range.first()), readable_date(range.last()));
        Some(if totals.cost_is_estimate {
            tr!(
                "usage-key-spent-estimate",
                amount = amount,
                first = first,
                last = last
            )
        } else {
            tr!(
                "usage-key-spent",
                amount = amount,
                first = first,
                last = last
            )
        })
    }

    /// Uses an Admin key from the vault when no other key is in force.
    pub fn use_stored_key(&mut self, secret: SecretString, services: &Services) {
        if self.admin_key(services).is_some() {
            return;
        }
        let key = AdminKey::new(secret, AdminKeyOrigin::Stored);
        if key.provider() != self.provider {
            return;
        }
        self.keep_session_key(key);
        self.reset_for_new_key();
        self.start_fetch(services);
    }

    fn use_key(&mut self, secret: SecretString, services: &Services) {
        let key = AdminKey::new(secret, AdminKeyOrigin::PastedForSession);
        self.provider = key.provider();
        self.keep_session_key(key);
        self.reset_for_new_key();
        self.start_fetch(services);
    }

    /// Another key may see another organization: nothing loaded before applies.
    fn reset_for_new_key(&mut self) {
        self.forget_export();
        if let Some(loading) = self.loading.take() {
            loading.task.abort();
        }
        self.cache = UsageCache::default();
        self.dashboard = None;
        self.dataset = None;
        self.access_problem = None;
        self.problems.clear();
    }

    /// Loads the chosen range, plus this month and the week before today for the forecast.
    fn start_fetch(&mut self, services: &Services) {
        let Some(range) = self.range else {
            return;
        };
        let Some((key, provider)) = self
            .admin_key(services)
            .map(|k| (k.secret.clone(), k.provider()))
        else {
            return;
        };
        if let Some(loading) = self.loading.take() {
            loading.task.abort();
        }
        self.generation += 1;
        self.problems.clear();
        self.note = None;
        let generation = self.generation;
        let today = self.today;
        let forecast_span = crate::usage::range::date_of_day(today).map(|date| {
            let month_start = day_number(date.first_of_month());
            DateRange::between_days(month_start.min(today - 7), today)
        });
        let span = forecast_span.map_or(range, |f| range.union(&f));
        let options = FetchOptions::dashboard(span, today);
        // An Anthropic Admin key reads Anthropic's reports, at its address (a client with the
        // same proxy and timeouts).
        let anthropic = (provider == crate::providers::ProviderId::Anthropic).then(|| {
            services
                .provider_bases
                .base_for(provider)
                .and_then(|base| crate::providers::client_at(services.openai.config(), &base).ok())
        });
        let client = services.openai.clone();
        let cache = self.cache.clone();
        let progress = self.background.clone();
        let task = self.background.spawn(async move {
            let report_progress = move |progress_made: Progress| {
                progress.send(UsageMsg::Progress {
                    generation,
                    progress: progress_made,
                });
            };
            let dataset = match anthropic {
                None => fetch_dataset(&client, &key, &options, &cache, &report_progress).await,
                Some(Some(client)) => {
                    crate::usage::fetch_anthropic_dataset(&client, &key, options.range).await
                }
                // No usable address for Anthropic: nothing is sent anywhere else.
                Some(None) => Dataset::default(),
            };
            UsageMsg::Loaded {
                generation,
                dataset: Box::new(dataset),
            }
        });
        self.loading = Some(Loading {
            generation,
            progress: Progress { done: 0, total: 0 },
            task: task.abort_handle(),
        });
    }

    pub fn handle(&mut self, msg: UsageMsg, pricing: &PricingTable) -> Vec<Effect> {
        match msg {
            UsageMsg::Progress {
                generation,
                progress,
            } => {
                if let Some(loading) = self.loading.as_mut().filter(|l| l.generation == generation)
                {
                    loading.progress = progress;
                }
            }
            UsageMsg::Loaded {
                generation,
                dataset,
            } => {
                if self.loading.as_ref().map(|l| l.generation) != Some(generation) {
                    return Vec::new(); // an answer for a range no longer asked for
                }
                self.loading = None;
                self.show_dataset(*dataset, pricing);
            }
            UsageMsg::Exported(outcome) => {
                // Saved: the other ways are not needed. Not saved or failed: they stay.
                if matches!(outcome, ExportOutcome::Saved { .. }) {
                    self.export_unsaved = None;
                }
                self.export_status = Some(match outcome {
                    ExportOutcome::Saved { path, rows } => ExportStatus::Saved { path, rows },
                    ExportOutcome::NotSaved => ExportStatus::NotSaved,
                    ExportOutcome::Failed(technical) => ExportStatus::Failed { technical },
                });
            }
        }
        Vec::new()
    }

    /// Shows a dataset (from a fetch, or given by a test or benchmark).
    pub fn show_dataset(&mut self, dataset: Dataset, pricing: &PricingTable) {
        self.access_problem = dataset.access_problem();
        self.problems = dataset
            .failures
            .iter()
            .map(|failure| UsageProblem::NotLoaded {
                project: match &failure.part {
                    Part::ProjectKeys { project_id } => dataset.names.project(project_id),
                    _ => String::new(),
                },
                part: failure.part.clone(),
                reason: failure.reason(),
                technical: failure.technical(),
            })
            .collect();
        if self.access_problem.is_some() {
            self.problems.clear();
            self.dashboard = None;
            self.dataset = None;
            return;
        }
        let nothing_loaded = dataset.usage.is_empty() && dataset.costs.is_empty();
        if !self.problems.is_empty() {
            self.problems
                .push(match (dataset.is_complete(), nothing_loaded) {
                    (true, _) => UsageProblem::OnlyNamesMissing,
                    (false, false) => UsageProblem::TotalsIncomplete,
                    (false, true) => UsageProblem::NothingLoaded,
                });
        }
        if !dataset.is_complete() && nothing_loaded {
            // Zeros would read as "nothing was spent": show no figures at all.
            self.forget_export();
            self.dashboard = None;
            self.dataset = None;
            return;
        }
        self.dataset = Some(dataset);
        self.rebuild(pricing);
    }

    /// Prices changed, or new data: rebuild everything shown. A CSV made from the figures before
    /// is no longer offered.
    pub fn rebuild(&mut self, pricing: &PricingTable) {
        self.forget_export();
        let (Some(dataset), Some(range)) = (&self.dataset, self.range) else {
            return;
        };
        let report = Report::build(dataset, range, pricing, Some(self.today));
        self.note = report.estimate_note.clone();
        self.dashboard = Some(Dashboard {
            colours: SeriesColours::for_report(&report),
            report,
            cost_chart: PlotStack::default(),
            usage_chart: PlotStack::default(),
            requests_chart: PlotStack::default(),
            table: Vec::new(),
        });
        self.rebuild_charts();
        self.rebuild_table();
    }

    fn rebuild_charts(&mut self) {
        let Some(dashboard) = self.dashboard.as_mut() else {
            return;
        };
        let days = dashboard.report.range.len();
        let (report, colours) = (&dashboard.report, &dashboard.colours);
        dashboard.cost_chart = PlotStack::new(&report.cost_series(self.cost_stack), days, colours);
        dashboard.usage_chart = PlotStack::new(
            &report.usage_series(self.measure, self.usage_stack),
            days,
            colours,
        );
        dashboard.requests_chart = PlotStack::new(
            &report.usage_series(Measure::Requests, self.usage_stack),
            days,
            colours,
        );
    }

    fn forget_export(&mut self) {
        self.export_status = None;
        self.export_unsaved = None;
    }

    fn rebuild_table(&mut self) {
        let Some(dashboard) = self.dashboard.as_mut() else {
            return;
        };
        let mut table = dashboard.report.groups(self.table_group).to_vec();
        sort_groups(&mut table, self.sort.0, self.sort.1);
        dashboard.table = table;
    }

    fn export(&mut self, grouped: bool, services: &Services, parent: Option<&dyn ParentWindow>) {
        let Some(dashboard) = &self.dashboard else {
            return;
        };
        let report = &dashboard.report;
        let range = format!(
            "{}-to-{}",
            iso_date(report.range.first()),
            iso_date(report.range.last())
        );
        // The save window's title is shown while it is open: its words may be made now.
        let (bytes, rows, name, title) = if grouped {
            (
                groups_csv(&dashboard.table),
                dashboard.table.len(),
                format!("openai-usage-by-{}-{range}.csv", self.table_group.as_str()),
                tr!("usage-export-table-title"),
            )
        } else {
            (
                daily_csv(&report.days),
                report.days.len(),
                format!("openai-usage-daily-{range}.csv"),
                tr!("usage-export-daily-title"),
            )
        };
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(e) => {
                self.export_status = Some(ExportStatus::NotMade {
                    technical: e.to_string(),
                });
                self.export_unsaved = None;
                return;
            }
        };
        self.export_status = None;
        self.export_unsaved = Some((name.clone(), bytes.clone()));
        // The dialog is created here, on the UI thread, and awaited on the runtime.
        let answer = services
            .file_picker
            .save_file(parent, &title, &name, FileKind::Csv);
        self.background.spawn(async move {
            let outcome = match answer.await {
                None => ExportOutcome::NotSaved,
                Some(path) => {
                    let target = path.clone();
                    match tokio::task::spawn_blocking(move || write_atomically(&target, &bytes))
                        .await
                    {
                        Ok(Ok(())) => ExportOutcome::Saved { path, rows },
                        Ok(Err(e)) => ExportOutcome::Failed(format!("{}: {e}", path.display())),
                        Err(e) => ExportOutcome::Failed(e.to_string()),
                    }
                }
            };
            UsageMsg::Exported(outcome)
        });
    }
}

/// `name` in `dir`, or "name-2.csv", "name-3.csv"… when a file of that name is there already.
fn free_path(dir: &std::path::Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{extension}")))
        .find(|path| !path.exists())
        .unwrap_or(first)
}
