//! Usage and cost: graphs of what an organization spends, read with an Admin key. Draws the
//! `UsagePage` and returns commands; all work happens in `gui::usage`.

use egui::text::LayoutJob;
use egui::{FontId, RichText, Role, TextFormat, WidgetInfo};
use egui_plot::{FilledArea, GridMark, HoverPosition, Plot};
use secrecy::zeroize::Zeroize;
use secrecy::{ExposeSecret, SecretString};

use super::{ViewContext, card, view_heading};
use crate::gui::command::{Command, View};
use crate::gui::theme::Palette;
use crate::gui::usage::{Dashboard, PastedText, Period, PlotStack, UsageCommand, UsagePage};
use crate::gui::widgets;
use crate::i18n::{compact, count, decimal, money, month_and_year, short_date};
use crate::openai::platform;
use crate::tr;
use crate::usage::admin_key::ADMIN_KEY_VARIABLE;
use crate::usage::range::{date_of_day, openai_day_end, readable_date};
use crate::usage::{
    AccessProblem, AdminKey, AdminKeyOrigin, GroupBy, GroupTotals, Measure, RangePreset, SortColumn,
};

fn send(commands: &mut Vec<Command>, command: UsageCommand) {
    commands.push(Command::Usage(command));
}

pub fn show(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    view_heading(ui, &tr!("usage-title"));
    let panel = context.usage;
    provider_choice(ui, panel, commands);
    let Some(key) = context.admin_key else {
        admin_key_card(ui, panel, None, commands);
        return;
    };
    if let Some(problem) = &panel.access_problem {
        admin_key_card(ui, panel, Some(problem), commands);
        key_line(ui, key, commands);
        return;
    }
    key_line(ui, key, commands);
    range_bar(ui, panel, commands);
    status(ui, panel, commands);
    match &panel.dashboard {
        Some(dashboard)
            if dashboard.report.days.iter().all(is_empty_day)
                && !panel.problems.iter().any(|p| p.retry_helps()) =>
        {
            nothing_in_range(ui, panel, commands);
        }
        Some(dashboard) => show_dashboard(ui, panel, dashboard, commands),
        None if panel.loading.is_some() || !panel.problems.is_empty() => {}
        None => {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!("usage-nothing-loaded"));
                if widgets::icon_button(ui, "🔄", &tr!("usage-load")).clicked() {
                    send(commands, UsageCommand::Refresh);
                }
            });
        }
    }
}

/// With Admin keys of both OpenAI and Anthropic stored: whose usage to show.
fn provider_choice(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    let mut providers = panel.admin_providers.clone();
    if !providers.contains(&panel.provider) {
        providers.push(panel.provider);
    }
    if providers.len() < 2 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("usage-provider"));
        for provider in providers {
            if ui
                .selectable_label(panel.provider == provider, provider.name())
                .clicked()
            {
                send(commands, UsageCommand::ShowProvider(provider));
            }
        }
    });
    ui.add_space(4.0);
}

fn is_empty_day(day: &crate::usage::report::DayTotals) -> bool {
    day.cost == 0.0 && day.requests == 0 && day.input_tokens == 0 && day.output_tokens == 0
}

/// The range loaded and nothing was used in it: say so, and offer a longer range (or, after a
/// whole year, a look at the keys: the app may use a key of another organization).
fn nothing_in_range(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    card(ui, &tr!("usage-empty-title"), |ui| {
        match panel.preset.longer() {
            Some(longer) => {
                ui.label(tr!("usage-empty-try-longer"));
                ui.add_space(6.0);
                let days = longer.days().unwrap_or_default();
                let words = tr!("usage-empty-show-longer", count = days);
                if widgets::icon_button(ui, "📅", &words).clicked() {
                    send(commands, UsageCommand::ChoosePreset(longer));
                }
            }
            None => {
                ui.label(tr!("usage-empty-whole-year"));
                ui.add_space(6.0);
                if widgets::icon_button(ui, "🔑", &tr!("usage-empty-open-keys")).clicked() {
                    commands.push(Command::Navigate(View::Keys));
                }
            }
        }
    });
}

/// Why an Admin key is needed and how to get one, with a paste field.
fn admin_key_card(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    problem: Option<&AccessProblem>,
    commands: &mut Vec<Command>,
) {
    let title = match problem {
        None => tr!("usage-admin-key-needed-title"),
        Some(AccessProblem::MayNotReadUsage { .. }) => tr!("usage-may-not-read-title"),
        Some(AccessProblem::KeyNotAccepted { .. }) => tr!("usage-key-not-accepted-title"),
    };
    card(ui, &title, |ui| {
        access_problem_said(ui, problem);
        admin_key_steps(ui, commands);
        ui.add_space(10.0);
        admin_key_field(ui, panel, commands);
        ui.add_space(4.0);
        // For developers only; the variable's name is on hover, not in the sentence.
        ui.label(RichText::new(tr!("usage-admin-key-environment-hint")).weak())
            .on_hover_text(ADMIN_KEY_VARIABLE);
    });
}

/// What to do about the key in force, when OpenAI refused it; OpenAI's own words are under
/// Technical details.
fn access_problem_said(ui: &mut egui::Ui, problem: Option<&AccessProblem>) {
    let (sentence, technical) = match problem {
        None => return,
        Some(AccessProblem::MayNotReadUsage { message }) => (
            tr!("usage-may-not-read"),
            format!(
                "{}\n{}",
                tr!("usage-openai-said", message = message),
                tr!("usage-permission-needed", permission = "api.usage.read")
            ),
        ),
        Some(AccessProblem::KeyNotAccepted { message }) => (
            tr!("usage-key-not-accepted"),
            tr!("usage-openai-said", message = message),
        ),
    };
    ui.label(sentence);
    widgets::technical_details(ui, "usage-access-problem", &technical);
    ui.add_space(6.0);
}

/// Why usage needs an Admin key, and the steps to create one.
fn admin_key_steps(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.label(tr!("usage-admin-key-why"));
    widgets::glossary_line(
        ui,
        &[
            widgets::Term::AdminKey,
            widgets::Term::Organization,
            widgets::Term::Token,
        ],
    );
    ui.add_space(6.0);
    ui.label(tr!("usage-admin-key-steps-title"));
    ui.label(tr!("usage-admin-key-step-open"));
    ui.label(tr!("usage-admin-key-step-create"));
    ui.label(tr!("usage-admin-key-step-paste"));
    ui.add_space(8.0);
    if widgets::icon_button(ui, "🌐", &tr!("usage-open-admin-keys-page")).clicked() {
        commands.push(Command::OpenUrl(platform::admin_keys()));
    }
}

/// The masked field for an Admin key kept for this session, and "Use this key".
fn admin_key_field(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    ui.label(tr!("usage-paste-admin-key"));
    ui.horizontal(|ui| {
        // egui edits a plain String; it lives only for this frame.
        let mut draft = panel.pasted_draft.expose_secret().to_owned();
        let field = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .password(true)
                .hint_text("sk-admin-…")
                .desired_width(360.0),
        );
        let field_name = tr!("usage-admin-key-field");
        field.widget_info(|| WidgetInfo::labeled(Role::TextInput, true, &field_name));
        if panel.forget_typing {
            widgets::forget_field_history(ui.ctx(), &field);
            send(commands, UsageCommand::FieldHistoryForgotten);
        }
        if field.changed() {
            send(
                commands,
                UsageCommand::EditPastedKey(PastedText(SecretString::from(std::mem::take(
                    &mut draft,
                )))),
            );
        }
        // The frame's copy of the key is zeroed; only the page's SecretString keeps it.
        draft.zeroize();
        let pressed = widgets::form_key(ui, &field, false);
        if pressed == Some(widgets::FormKey::Escape) {
            send(commands, UsageCommand::ClearPastedKey);
        }
        if widgets::icon_button(ui, "🔑", &tr!("usage-use-this-key")).clicked()
            || pressed == Some(widgets::FormKey::Enter)
        {
            send(commands, UsageCommand::UsePastedKey);
        }
    });
    if let Some(problem) = &panel.pasted_problem {
        let dark = ui.visuals().dark_mode;
        ui.label(RichText::new(problem.sentence()).color(Palette::warning(dark)));
    }
}

fn key_line(ui: &mut egui::Ui, key: &AdminKey, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let words = match key.origin {
            AdminKeyOrigin::Demo => tr!("usage-reading-with", key = key.origin.describe()),
            _ => tr!(
                "usage-reading-with-redacted",
                key = key.origin.describe(),
                redacted = key.redacted()
            ),
        };
        let line = ui.label(RichText::new(format!("🔑 {words}")).weak());
        if key.origin == AdminKeyOrigin::Environment {
            line.on_hover_text(ADMIN_KEY_VARIABLE);
        }
        if key.origin == AdminKeyOrigin::PastedForSession
            && ui.small_button(tr!("usage-forget-key")).clicked()
        {
            send(commands, UsageCommand::ForgetPastedKey);
        }
    });
    ui.add_space(4.0);
}

fn range_bar(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        for preset in RangePreset::ALL {
            if ui
                .selectable_label(panel.preset == preset, preset.label())
                .clicked()
                && (panel.preset != preset || preset == RangePreset::Custom)
            {
                send(commands, UsageCommand::ChoosePreset(preset));
            }
        }
        ui.add_space(12.0);
        if widgets::icon_button(ui, "🔄", &tr!("usage-refresh")).clicked() {
            send(commands, UsageCommand::Refresh);
        }
    });
    if panel.preset == RangePreset::Custom {
        custom_range(ui, panel, commands);
    }
    if let Some(range) = panel.range {
        // Only a range that reaches today has a day whose figures still grow.
        let growing = if range.last() >= panel.today {
            format!(" {}", tr!("usage-today-growing"))
        } else {
            String::new()
        };
        ui.label(RichText::new(format!("{range}. {}{growing}", days_said(panel))).weak())
            .on_hover_text(tr!("usage-days-why", provider = panel.provider.name()));
    }
    ui.add_space(6.0);
}

/// When OpenAI's days (UTC) end on the person's own clock.
fn days_said(panel: &UsagePage) -> String {
    match openai_day_end(panel.utc_offset) {
        None => tr!("usage-days-match", provider = panel.provider.name()),
        Some(end) => tr!(
            "usage-days-end",
            provider = panel.provider.name(),
            time = format!("{:02}:{:02}", end.hour(), end.minute())
        ),
    }
}

/// The two date fields of a custom range, and what is wrong with them.
fn custom_range(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("usage-custom-from"));
        date_field(
            ui,
            &tr!("usage-custom-first-day"),
            &panel.custom_first,
            commands,
            UsageCommand::EditCustomFirst,
        );
        ui.label(tr!("usage-custom-to"));
        date_field(
            ui,
            &tr!("usage-custom-last-day"),
            &panel.custom_last,
            commands,
            UsageCommand::EditCustomLast,
        );
        if ui.button(tr!("usage-custom-show")).clicked() {
            send(commands, UsageCommand::ApplyCustomRange);
        }
        ui.label(RichText::new(tr!("usage-custom-format")).weak());
    });
    if let Some(problem) = &panel.custom_problem {
        let dark = ui.visuals().dark_mode;
        ui.label(RichText::new(problem.to_string()).color(Palette::warning(dark)));
    }
}

fn date_field(
    ui: &mut egui::Ui,
    name: &str,
    text: &str,
    commands: &mut Vec<Command>,
    make: fn(String) -> UsageCommand,
) {
    let mut draft = text.to_owned();
    let field = ui.add(egui::TextEdit::singleline(&mut draft).desired_width(100.0));
    field.widget_info(|| WidgetInfo::labeled(Role::TextInput, true, name));
    if field.changed() {
        send(commands, make(draft));
    }
    match widgets::form_key(ui, &field, false) {
        Some(widgets::FormKey::Enter) => send(commands, UsageCommand::ApplyCustomRange),
        Some(widgets::FormKey::Escape) => send(commands, UsageCommand::ResetCustomRange),
        None => {}
    }
}

fn status(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    if let Some(loading) = &panel.loading {
        ui.horizontal(|ui| {
            let fraction = if loading.progress.total == 0 {
                0.0
            } else {
                loading.progress.done as f32 / loading.progress.total as f32
            };
            // No animation: the bar moves when a part arrives, so an idle wait costs no frames.
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(260.0)
                    .text(tr!(
                        "usage-loading-progress",
                        done = loading.progress.done,
                        total = loading.progress.total
                    )),
            );
            if widgets::icon_button(ui, "✖", &tr!("usage-cancel")).clicked() {
                send(commands, UsageCommand::Cancel);
            }
        });
        ui.add_space(4.0);
    }
    if !panel.problems.is_empty() {
        problems(ui, panel, commands);
    }
}

/// What did not load, in sentences; a button to load again; the exact errors folded away.
fn problems(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    for problem in &panel.problems {
        let sentence = problem.sentence();
        ui.label(RichText::new(format!("⚠ {sentence}")).color(Palette::warning(dark)));
    }
    let technical: Vec<String> = panel
        .problems
        .iter()
        .filter_map(|problem| problem.technical())
        .collect();
    if !technical.is_empty() {
        widgets::technical_details(ui, "usage-problems", &technical.join("\n"));
    }
    let retry_helps = panel.problems.iter().any(|p| p.retry_helps());
    if panel.loading.is_none()
        && retry_helps
        && widgets::icon_button(ui, "🔄", &tr!("usage-try-again")).clicked()
    {
        send(commands, UsageCommand::Refresh);
    }
    ui.add_space(6.0);
}

fn show_dashboard(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    dashboard: &Dashboard,
    commands: &mut Vec<Command>,
) {
    headline_figures(ui, &dashboard.report, panel.provider);
    ui.add_space(8.0);
    cost_card(ui, panel, dashboard, commands);
    tokens_card(ui, panel, dashboard, commands);
    if panel.provider != crate::providers::ProviderId::Anthropic {
        requests_card(ui, panel, dashboard);
    }
    top_groups_card(ui, panel, dashboard, commands);
}

/// Two rows of three equal columns rather than one wrapped row (frames in a wrapped row
/// stretch unevenly); in a column the words wrap, so longer languages and amounts fit.
fn headline_figures(
    ui: &mut egui::Ui,
    report: &crate::usage::Report,
    provider: crate::providers::ProviderId,
) {
    let mut money_figures = vec![(
        tr!("usage-figure-total-cost"),
        money(report.total_cost),
        report.range.to_string(),
    )];
    match &report.month {
        Some(month) => {
            let name = month_and_year(month.month);
            money_figures.push((
                tr!("usage-figure-month-to-date"),
                money(month.month_to_date),
                name.clone(),
            ));
            money_figures.push((
                tr!("usage-figure-forecast", month = name.as_str()),
                format!("≈ {}", money(month.forecast)),
                tr!(
                    "usage-figure-forecast-pace",
                    amount = money(month.pace_per_day)
                ),
            ));
        }
        None => money_figures.push((
            tr!("usage-figure-month-to-date"),
            tr!("usage-figure-not-available"),
            tr!("usage-figure-month-not-loaded"),
        )),
    }
    figure_row(ui, &money_figures);
    figure_row(
        ui,
        &[
            (
                tr!("usage-figure-input-tokens"),
                count(report.total_input_tokens),
                tr!(
                    "usage-figure-reused",
                    tokens = count(report.total_cached_tokens)
                ),
            ),
            (
                tr!("usage-figure-output-tokens"),
                count(report.total_output_tokens),
                tr!("usage-figure-in-range"),
            ),
            // Anthropic's usage report counts tokens, not requests.
            if provider == crate::providers::ProviderId::Anthropic {
                (
                    tr!("usage-figure-requests"),
                    "—".to_owned(),
                    tr!(
                        "usage-figure-requests-not-reported",
                        provider = provider.name()
                    ),
                )
            } else {
                (
                    tr!("usage-figure-requests"),
                    count(report.total_requests),
                    tr!("usage-figure-in-range"),
                )
            },
        ],
    );
}

/// Up to three figures (title, value, detail) side by side, each a third of the width.
fn figure_row(ui: &mut egui::Ui, figures: &[(String, String, String)]) {
    ui.columns(3, |columns| {
        for (column, (title, value, detail)) in columns.iter_mut().zip(figures) {
            figure(column, title, value, detail);
        }
    });
}

/// Selectable words, one per choice; the chosen one is marked.
fn choices<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    current: T,
    options: impl IntoIterator<Item = (T, String)>,
    mut choose: impl FnMut(T),
) {
    for (option, words) in options {
        if ui.selectable_label(current == option, words).clicked() {
            choose(option);
        }
    }
}

/// The three graphs.
#[derive(Clone, Copy)]
enum Chart {
    Cost,
    Tokens,
    Requests,
}

impl Chart {
    /// "Cost per week", in the current language.
    fn title(self, period: Period) -> String {
        match self {
            Chart::Cost => tr!("usage-chart-cost", period = period.code()),
            Chart::Tokens => tr!("usage-chart-tokens", period = period.code()),
            Chart::Requests => tr!("usage-chart-requests", period = period.code()),
        }
    }
}

/// A graph's card: "Cost per week", the controls above the graph, the graph and its legend.
fn chart_card(
    ui: &mut egui::Ui,
    chart: Chart,
    (id, stack, unit): (&str, &PlotStack, Unit),
    controls: impl FnOnce(&mut egui::Ui),
) {
    card(ui, &chart.title(stack.period), |ui| {
        controls(ui);
        stacked_chart(ui, id, stack, unit);
    });
}

fn cost_card(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    dashboard: &Dashboard,
    commands: &mut Vec<Command>,
) {
    let chart = ("cost_per_day", &dashboard.cost_chart, Unit::Dollars);
    chart_card(ui, Chart::Cost, chart, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("usage-split-by"));
            let options = [GroupBy::Project, GroupBy::LineItem].map(|g| (g, g.label()));
            choices(ui, panel.cost_stack, options, |g| {
                send(commands, UsageCommand::StackCostsBy(g))
            });
        });
        ui.label(
            RichText::new(tr!(
                "usage-cost-from-invoice",
                provider = panel.provider.name()
            ))
            .weak(),
        );
    });
}

fn tokens_card(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    dashboard: &Dashboard,
    commands: &mut Vec<Command>,
) {
    let chart = ("tokens_per_day", &dashboard.usage_chart, Unit::Count);
    chart_card(ui, Chart::Tokens, chart, |ui| {
        ui.horizontal_wrapped(|ui| {
            let measures = Measure::TOKENS.map(|m| (m, m.label()));
            choices(ui, panel.measure, measures, |m| {
                send(commands, UsageCommand::ShowMeasure(m))
            });
            ui.add_space(12.0);
            ui.label(tr!("usage-split-by"));
            let options =
                [GroupBy::Model, GroupBy::Project, GroupBy::ApiKey].map(|g| (g, g.label()));
            choices(ui, panel.usage_stack, options, |g| {
                send(commands, UsageCommand::StackUsageBy(g))
            });
        });
        let note = match panel.measure {
            Measure::InputTokens => Some(tr!(
                "usage-input-includes-reused",
                provider = panel.provider.name()
            )),
            Measure::CachedTokens => Some(tr!(
                "usage-reused-input-explained",
                provider = panel.provider.name()
            )),
            _ => None,
        };
        if let Some(note) = note {
            ui.label(RichText::new(note).weak());
        }
    });
}

fn requests_card(ui: &mut egui::Ui, panel: &UsagePage, dashboard: &Dashboard) {
    let chart = ("requests_per_day", &dashboard.requests_chart, Unit::Count);
    chart_card(ui, Chart::Requests, chart, |ui| {
        let split = tr!("usage-requests-split", group = panel.usage_stack.as_str());
        ui.label(RichText::new(split).weak());
    });
}

fn top_groups_card(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    dashboard: &Dashboard,
    commands: &mut Vec<Command>,
) {
    card(ui, &tr!("usage-top-title"), |ui| {
        ui.horizontal_wrapped(|ui| {
            let options = [
                (GroupBy::Model, tr!("usage-tab-models")),
                (GroupBy::Project, tr!("usage-tab-projects")),
                (GroupBy::ApiKey, tr!("usage-tab-keys")),
                (GroupBy::LineItem, tr!("usage-tab-kinds-of-use")),
            ];
            choices(ui, panel.table_group, options, |g| {
                send(commands, UsageCommand::TableGroupBy(g))
            });
        });
        ui.add_space(4.0);
        group_table(ui, panel, &dashboard.table, commands);
        if let Some(note) = &panel.note {
            ui.add_space(4.0);
            ui.label(RichText::new(format!("≈ {}", note.sentence())).weak());
            if let Some(technical) = note.technical() {
                widgets::technical_details(ui, "usage-estimate-note", technical);
            }
        }
        ui.add_space(8.0);
        export(ui, panel, commands);
    });
}

/// The export buttons, what became of the last export, and the other ways when no save window
/// saved it.
fn export(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if widgets::icon_button(ui, "💾", &tr!("usage-export-daily")).clicked() {
            send(commands, UsageCommand::ExportDailyCsv);
        }
        if widgets::icon_button(ui, "💾", &tr!("usage-export-table")).clicked() {
            send(commands, UsageCommand::ExportTableCsv);
        }
    });
    let Some(status) = &panel.export_status else {
        return;
    };
    ui.add(egui::Label::new(status.sentence()).wrap());
    if panel.export_unsaved.is_some() {
        ui.horizontal_wrapped(|ui| {
            if widgets::icon_button(ui, "💾", &tr!("usage-export-save-in-downloads")).clicked() {
                send(commands, UsageCommand::SaveExportToDownloads);
            }
            if widgets::icon_button(ui, "📋", &tr!("usage-export-copy")).clicked() {
                send(commands, UsageCommand::CopyExportCsv);
            }
        });
    }
    if let Some(technical) = status.technical() {
        widgets::technical_details(ui, "usage-export", technical);
    }
}

/// A headline number: its title small, its value large; read aloud as "Title: value".
fn figure(ui: &mut egui::Ui, title: &str, value: &str, detail: &str) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(12, 8))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let visuals = ui.visuals();
            let mut job = LayoutJob::default();
            job.append(
                title,
                0.0,
                TextFormat {
                    font_id: FontId::proportional(13.0),
                    color: visuals.weak_text_color(),
                    ..Default::default()
                },
            );
            job.append(
                &format!("\n{value}"),
                0.0,
                TextFormat {
                    font_id: FontId::proportional(22.0),
                    color: visuals.strong_text_color(),
                    ..Default::default()
                },
            );
            if !detail.is_empty() {
                job.append(
                    &format!("\n{detail}"),
                    0.0,
                    TextFormat {
                        font_id: FontId::proportional(12.0),
                        color: visuals.weak_text_color(),
                        ..Default::default()
                    },
                );
            }
            let response = ui.label(job);
            // A figure that has no value says why instead of a dash.
            let spoken = if value == "—" {
                format!("{title}: {detail}")
            } else {
                format!("{title}: {value}")
            };
            response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &spoken));
        });
}

#[derive(Clone, Copy)]
enum Unit {
    Dollars,
    Count,
}

impl Unit {
    fn axis(self, value: f64) -> String {
        match self {
            Unit::Dollars if value == 0.0 => dollars_around("0"),
            Unit::Dollars if value.abs() < 10.0 && value.fract() != 0.0 => money(value),
            Unit::Dollars => dollars_around(&compact(value)),
            Unit::Count => compact(value),
        }
    }

    fn exact(self, value: f64) -> String {
        match self {
            Unit::Dollars => money(value),
            Unit::Count => count(value.round().max(0.0) as u64),
        }
    }
}

/// A short amount ("0", "12.5k") with the dollar sign where the language puts it: the way
/// `money` writes one dollar, with the amount in its place.
fn dollars_around(amount: &str) -> String {
    money(1.0).replacen(&decimal(1.0, 2), amount, 1)
}

/// Layers shown by name in a tooltip; the rest are summed up.
const TOOLTIP_LAYERS: usize = 8;

/// Stacked areas with a legend below and the day's figures on hover.
fn stacked_chart(ui: &mut egui::Ui, id: &str, stack: &PlotStack, unit: Unit) {
    if stack.is_empty() {
        ui.label(tr!("usage-nothing-in-range"));
        return;
    }
    let hover_text = move |position: &HoverPosition<'_>| -> Option<String> {
        let x = match position {
            HoverPosition::NearDataPoint { position, .. }
            | HoverPosition::Elsewhere { position } => position.x,
        };
        hover_label(stack, unit, x)
    };
    Plot::new(id)
        .height(220.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_y(false)
        .include_y(0.0)
        .include_y(stack.max * 1.05)
        .set_margin_fraction(egui::vec2(0.01, 0.0))
        // The first day a little in from the axis, so its date never meets the "$0" label.
        .include_x(stack.bars.first().map_or(0.0, |&(day, _)| day as f64 - 0.6))
        .x_axis_formatter(|mark: GridMark, _range: &std::ops::RangeInclusive<f64>| {
            if mark.value.fract() == 0.0 {
                date_tick(mark.value as i64)
            } else {
                String::new()
            }
        })
        // Four or five labelled steps of 1, 2, 2.5 or 5 times a power of ten: $0, $5, $10, $15.
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|input| {
            let step = readable_step((input.bounds.1 - input.bounds.0).max(f64::EPSILON) / 4.0);
            [step / 5.0, step, step * 5.0]
        }))
        .y_axis_formatter(
            move |mark: GridMark, _range: &std::ops::RangeInclusive<f64>| {
                if mark.value < 0.0 {
                    String::new()
                } else {
                    unit.axis(mark.value)
                }
            },
        )
        .y_axis_min_width(48.0)
        .label_formatter(hover_text)
        .show(ui, |plot| {
            for (index, layer) in stack.layers.iter().enumerate() {
                plot.add(
                    FilledArea::new(layer.words(), &stack.xs, &layer.lower, &layer.upper)
                        .fill_color(layer.color)
                        .allow_hover(false)
                        .id(("layer", index)),
                );
            }
        });
    legend(ui, stack);
}

/// One row of the table: the name beside its colour in the graphs, cost, tokens, requests.
fn table_row(
    ui: &mut egui::Ui,
    row: &GroupTotals,
    colours: Option<&crate::gui::usage::SeriesColours>,
    narrow: bool,
) {
    ui.horizontal(|ui| {
        // The series' colour in the graphs above, so a row is found in them.
        if let Some(colours) = colours {
            let colour = colours.of(row.id.as_deref(), &row.name);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
        }
        let id = row.id.clone().unwrap_or_else(|| tr!("usage-table-no-id"));
        ui.label(row.shown_name()).on_hover_text(id);
    });
    match (row.cost, row.cost_is_estimate) {
        (Some(cost), false) => ui.label(money(cost)),
        (Some(cost), true) => ui
            .label(tr!("usage-table-estimate", amount = money(cost)))
            .on_hover_text(tr!("usage-table-estimate-hover")),
        (None, _) => ui
            .label(tr!("usage-table-no-price"))
            .on_hover_text(tr!("usage-table-no-price-hover")),
    };
    ui.label(count(row.input_tokens));
    if !narrow {
        ui.label(count(row.cached_tokens));
        ui.label(count(row.output_tokens));
    }
    ui.label(count(row.requests));
}

/// What the hover says over a bar: its days, its total, and its largest layers.
fn hover_label(stack: &PlotStack, unit: Unit, x: f64) -> Option<String> {
    let index = stack.bar_at(x)?;
    let (day, length) = stack.bars[index];
    let total = tr!(
        "usage-chart-total",
        amount = unit.exact(stack.bar_totals[index])
    );
    let mut text = format!("{}\n{total}", bar_name(day, length, stack.period));
    let mut shown: Vec<(String, f64)> = stack
        .layers
        .iter()
        .filter(|layer| layer.values[index] > 0.0)
        .map(|layer| (layer.words(), layer.values[index]))
        .collect();
    shown.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (name, value) in shown.iter().take(TOOLTIP_LAYERS) {
        text.push_str(&format!("\n{name}: {}", unit.exact(*value)));
    }
    if shown.len() > TOOLTIP_LAYERS {
        let more = tr!("usage-chart-and-more", count = shown.len() - TOOLTIP_LAYERS);
        text.push_str(&format!("\n{more}"));
    }
    Some(text)
}

/// A step of 1, 2, 2.5 or 5 times a power of ten, at least `rough`.
fn readable_step(rough: f64) -> f64 {
    let magnitude = 10f64.powf(rough.log10().floor());
    let scaled = rough / magnitude;
    let nice = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|n| scaled <= *n)
        .unwrap_or(10.0);
    nice * magnitude
}

/// What one bar stands for, in words: "3 Nov 2026", "3 Nov 2026 to 9 Nov 2026", "November
/// 2026".
fn bar_name(day: i64, length: usize, period: Period) -> String {
    match period {
        Period::Day => readable_date(day),
        Period::Week => tr!(
            "usage-chart-week",
            first = readable_date(day),
            last = readable_date(day + length as i64 - 1)
        ),
        Period::Month => date_of_day(day).map(month_and_year).unwrap_or_default(),
    }
}

/// "Mar 5" for axis ticks.
fn date_tick(day: i64) -> String {
    date_of_day(day).map(short_date).unwrap_or_default()
}

/// Colour swatches with names, largest first, wrapped under the graph.
fn legend(ui: &mut egui::Ui, stack: &PlotStack) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for layer in &stack.layers {
            let name = RichText::new(layer.words()).size(12.0);
            // A swatch and its name stay together: a name never breaks across lines, and an
            // entry that would pass the edge starts the next line.
            let needed = 10.0 + ui.spacing().item_spacing.x + widgets::text_width(ui, name.clone());
            // The visible edge: the card may reach a little past it when a wide graph sets
            // its width.
            let right = ui.max_rect().right().min(ui.clip_rect().right());
            if right - ui.cursor().min.x < needed {
                ui.end_row();
            }
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, layer.color);
                ui.add(egui::Label::new(name).wrap_mode(egui::TextWrapMode::Extend));
            });
            ui.add_space(8.0);
        }
    });
}

/// Rows shown; the CSV export holds them all.
const TABLE_ROWS: usize = 50;

/// A column's title and what a screen reader says for its sort button.
fn column_words(column: SortColumn, group: GroupBy) -> (String, String) {
    match column {
        SortColumn::Name => (
            group.label(),
            tr!("usage-sort-name", group = group.as_str()),
        ),
        SortColumn::Cost => (tr!("usage-column-cost"), tr!("usage-sort-cost")),
        SortColumn::InputTokens => (tr!("usage-column-input"), tr!("usage-sort-input")),
        SortColumn::CachedTokens => (tr!("usage-column-reused"), tr!("usage-sort-reused")),
        SortColumn::OutputTokens => (tr!("usage-column-output"), tr!("usage-sort-output")),
        SortColumn::Requests => (tr!("usage-column-requests"), tr!("usage-sort-requests")),
    }
}

fn group_table(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    rows: &[GroupTotals],
    commands: &mut Vec<Command>,
) {
    if rows.is_empty() {
        ui.label(tr!("usage-nothing-in-range"));
        return;
    }
    // A narrow window shows the columns that matter most; the CSV export has them all.
    let narrow = ui.available_width() < 720.0;
    let columns: Vec<SortColumn> = [
        SortColumn::Name,
        SortColumn::Cost,
        SortColumn::InputTokens,
        SortColumn::CachedTokens,
        SortColumn::OutputTokens,
        SortColumn::Requests,
    ]
    .into_iter()
    .filter(|column| {
        !narrow || !matches!(column, SortColumn::CachedTokens | SortColumn::OutputTokens)
    })
    .collect();
    egui::Grid::new(("usage_table", panel.table_group.as_str()))
        .striped(true)
        .num_columns(columns.len())
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            for &column in &columns {
                sort_button(ui, panel, column, commands);
            }
            ui.end_row();
            let colours = panel.dashboard.as_ref().map(|d| &d.colours);
            for row in rows.iter().take(TABLE_ROWS) {
                table_row(ui, row, colours, narrow);
                ui.end_row();
            }
        });
    if rows.len() > TABLE_ROWS {
        let more = tr!("usage-table-more", count = rows.len() - TABLE_ROWS);
        ui.label(RichText::new(more).weak());
    }
}

/// A column's title as a button that sorts by it, with an arrow on the column sorted by.
fn sort_button(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    column: SortColumn,
    commands: &mut Vec<Command>,
) {
    let (title, spoken) = column_words(column, panel.table_group);
    let arrow = match panel.sort {
        (sorted, true) if sorted == column => " ▼",
        (sorted, false) if sorted == column => " ▲",
        _ => "",
    };
    let response =
        ui.add(egui::Button::new(RichText::new(format!("{title}{arrow}")).strong()).frame(false));
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &spoken));
    if response.clicked() {
        send(commands, UsageCommand::SortTableBy(column));
    }
}
