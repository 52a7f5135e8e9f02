//! Usage and cost: graphs of what an organization spends, read with an Admin key. Draws the
//! `UsagePage` and returns commands; all work happens in `gui::usage`.

use egui::text::LayoutJob;
use egui::{FontId, RichText, Role, TextFormat, WidgetInfo};
use egui_plot::{FilledArea, GridMark, HoverPosition, Plot};
use secrecy::zeroize::Zeroize;
use secrecy::{ExposeSecret, SecretString};

use super::{ViewContext, card, view_heading};
use crate::gui::command::Command;
use crate::gui::theme::Palette;
use crate::gui::usage::{Dashboard, PastedText, Period, PlotStack, UsageCommand, UsagePage};
use crate::gui::widgets;
use crate::openai::platform;
use crate::i18n::{compact, count, money};
use crate::usage::range::readable_date;
use crate::usage::{
    AccessProblem, AdminKey, AdminKeyOrigin, GroupBy, GroupTotals, Measure, RangePreset, SortColumn,
};

fn send(commands: &mut Vec<Command>, command: UsageCommand) {
    commands.push(Command::Usage(command));
}

pub fn show(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    view_heading(ui, "Usage and cost");
    let panel = context.usage;
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
        Some(dashboard) => show_dashboard(ui, panel, dashboard, commands),
        None if panel.loading.is_some() => {}
        None => {
            ui.label("Nothing loaded yet. Press Refresh to load usage.");
        }
    }
}

/// Why an Admin key is needed and how to get one, with a paste field.
fn admin_key_card(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    problem: Option<&AccessProblem>,
    commands: &mut Vec<Command>,
) {
    let title = match problem {
        None => "An Admin key is needed to see usage",
        Some(AccessProblem::MayNotReadUsage { .. }) => "This key may not read usage",
        Some(AccessProblem::KeyNotAccepted { .. }) => "OpenAI did not accept this Admin key",
    };
    card(ui, title, |ui| {
        access_problem_said(ui, problem);
        admin_key_steps(ui, commands);
        ui.add_space(10.0);
        admin_key_field(ui, panel, commands);
        ui.add_space(4.0);
        ui.label(
            RichText::new(
                "You can also start Key Doctor with the key in the OPENAI_ADMIN_KEY environment \
                 variable.",
            )
            .weak(),
        );
    });
}

/// What OpenAI said about the key in force, when it refused it.
fn access_problem_said(ui: &mut egui::Ui, problem: Option<&AccessProblem>) {
    let (sentence, message) = match problem {
        None => return,
        Some(AccessProblem::MayNotReadUsage { message }) => (
            "OpenAI refused to show usage to this key. Reading usage needs an Admin key \
             that has the usage permission (api.usage.read).",
            message,
        ),
        Some(AccessProblem::KeyNotAccepted { message }) => (
            "The key may have been deleted, or part of it was not copied. Create a new \
             one or paste it again.",
            message,
        ),
    };
    ui.label(sentence);
    ui.label(RichText::new(format!("OpenAI said: {message}")).weak());
    ui.add_space(6.0);
}

/// Why usage needs an Admin key, and the steps to create one.
fn admin_key_steps(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.label(
        "OpenAI shows an organization's usage and costs only to Admin keys. The keys apps \
         use (project keys, which start with sk-proj-) can call models but may not read what \
         the organization spends. That is on purpose: a key leaked from an app cannot reveal \
         your bill.",
    );
    ui.add_space(6.0);
    ui.label("To create an Admin key that can only read:");
    ui.label("1.  Open the Admin keys page (only an organization owner can create one).");
    ui.label(
        "2.  Create a new Admin key, name it for example \"Key Doctor\", and give it read \
         access only if the page offers a choice.",
    );
    ui.label("3.  Copy the key, which starts with sk-admin-, and paste it below.");
    ui.add_space(8.0);
    if widgets::icon_button(ui, "🌐", "Open the Admin keys page").clicked() {
        commands.push(Command::OpenUrl(platform::admin_keys()));
    }
}

/// The masked field for an Admin key kept for this session, and "Use this key".
fn admin_key_field(ui: &mut egui::Ui, panel: &UsagePage, commands: &mut Vec<Command>) {
    ui.label("Paste an Admin key (kept for this session only, never saved to disk):");
    ui.horizontal(|ui| {
        // egui edits a plain String; it lives only for this frame.
        let mut draft = panel.pasted_draft.expose_secret().to_owned();
        let field = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .password(true)
                .hint_text("sk-admin-…")
                .desired_width(360.0),
        );
        field.widget_info(|| WidgetInfo::labeled(Role::TextInput, true, "Admin key"));
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
        if widgets::icon_button(ui, "🔑", "Use this key").clicked()
            || pressed == Some(widgets::FormKey::Enter)
        {
            send(commands, UsageCommand::UsePastedKey);
        }
    });
    if let Some(problem) = &panel.pasted_problem {
        let dark = ui.visuals().dark_mode;
        ui.label(RichText::new(problem).color(Palette::warning(dark)));
    }
}

fn key_line(ui: &mut egui::Ui, key: &AdminKey, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let redacted = match key.origin {
            AdminKeyOrigin::Demo => String::new(),
            _ => format!(" ({})", key.redacted()),
        };
        ui.label(
            RichText::new(format!(
                "🔑 Reading usage with {}{redacted}.",
                key.origin.describe()
            ))
            .weak(),
        );
        if key.origin == AdminKeyOrigin::PastedForSession
            && ui.small_button("Forget this key").clicked()
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
        if widgets::icon_button(ui, "🔄", "Refresh").clicked() {
            send(commands, UsageCommand::Refresh);
        }
    });
    if panel.preset == RangePreset::Custom {
        ui.horizontal_wrapped(|ui| {
            ui.label("From");
            date_field(
                ui,
                "First day",
                &panel.custom_first,
                commands,
                UsageCommand::EditCustomFirst,
            );
            ui.label("to");
            date_field(
                ui,
                "Last day",
                &panel.custom_last,
                commands,
                UsageCommand::EditCustomLast,
            );
            if ui.button("Show these days").clicked() {
                send(commands, UsageCommand::ApplyCustomRange);
            }
            ui.label(RichText::new("(year-month-day)").weak());
        });
        if let Some(problem) = &panel.custom_problem {
            let dark = ui.visuals().dark_mode;
            ui.label(RichText::new(problem).color(Palette::warning(dark)));
        }
    }
    if let Some(range) = panel.range {
        // Only a range that reaches today has a day whose figures still grow.
        let growing = if range.last() >= panel.today {
            "; today is still growing"
        } else {
            ""
        };
        ui.label(
            RichText::new(format!(
                "{range}. Whole days in UTC, the time zone OpenAI counts days in{growing}."
            ))
            .weak(),
        );
    }
    ui.add_space(6.0);
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
                    .text(format!(
                        "Loading… {} of {} parts",
                        loading.progress.done, loading.progress.total
                    )),
            );
            if widgets::icon_button(ui, "✖", "Cancel").clicked() {
                send(commands, UsageCommand::Cancel);
            }
        });
        ui.add_space(4.0);
    }
    if !panel.problems.is_empty() {
        let dark = ui.visuals().dark_mode;
        for problem in &panel.problems {
            ui.label(RichText::new(format!("⚠ {problem}")).color(Palette::warning(dark)));
        }
        ui.add_space(6.0);
    }
}

fn show_dashboard(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    dashboard: &Dashboard,
    commands: &mut Vec<Command>,
) {
    headline_figures(ui, &dashboard.report);
    ui.add_space(8.0);
    cost_card(ui, panel, dashboard, commands);
    tokens_card(ui, panel, dashboard, commands);
    requests_card(ui, panel, dashboard);
    top_groups_card(ui, panel, dashboard, commands);
}

/// Two short rows rather than one wrapped row: frames in a wrapped row stretch unevenly.
fn headline_figures(ui: &mut egui::Ui, report: &crate::usage::Report) {
    ui.horizontal_top(|ui| {
        figure(
            ui,
            "Total cost",
            &money(report.total_cost),
            &report.range.to_string(),
        );
        match &report.month {
            Some(month) => {
                figure(
                    ui,
                    "Month to date",
                    &money(month.month_to_date),
                    &month.month,
                );
                figure(
                    ui,
                    &format!("Forecast for {}", month.month),
                    &format!("≈ {}", money(month.forecast)),
                    &format!(
                        "at {} a day, the last 7 full days",
                        money(month.pace_per_day)
                    ),
                );
            }
            None => figure(
                ui,
                "Month to date",
                "not available",
                "this month did not load",
            ),
        }
    });
    ui.horizontal_top(|ui| {
        figure(
            ui,
            "Input tokens",
            &count(report.total_input_tokens),
            &format!("{} from cache", count(report.total_cached_tokens)),
        );
        figure(
            ui,
            "Output tokens",
            &count(report.total_output_tokens),
            "in the range",
        );
        figure(
            ui,
            "Requests",
            &count(report.total_requests),
            "in the range",
        );
    });
}

/// Selectable words, one per choice; the chosen one is marked.
fn choices<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    current: T,
    options: impl IntoIterator<Item = (T, &'static str)>,
    mut choose: impl FnMut(T),
) {
    for (option, words) in options {
        if ui.selectable_label(current == option, words).clicked() {
            choose(option);
        }
    }
}

/// A graph's card: "Cost per week", the controls above the graph, the graph and its legend.
fn chart_card(
    ui: &mut egui::Ui,
    what: &str,
    (id, stack, unit): (&str, &PlotStack, Unit),
    controls: impl FnOnce(&mut egui::Ui),
) {
    card(ui, &format!("{what} {}", stack.period.per()), |ui| {
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
    chart_card(ui, "Cost", chart, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label("Stacked by");
            let options = [GroupBy::Project, GroupBy::LineItem].map(|g| (g, g.label()));
            choices(ui, panel.cost_stack, options, |g| {
                send(commands, UsageCommand::StackCostsBy(g))
            });
        });
        ui.label(
            RichText::new("From OpenAI's Costs API: the amounts that appear on the invoice.")
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
    chart_card(ui, "Tokens", chart, |ui| {
        ui.horizontal_wrapped(|ui| {
            let measures = Measure::TOKENS.map(|m| (m, m.label()));
            choices(ui, panel.measure, measures, |m| {
                send(commands, UsageCommand::ShowMeasure(m))
            });
            ui.add_space(12.0);
            ui.label("Stacked by");
            let options =
                [GroupBy::Model, GroupBy::Project, GroupBy::ApiKey].map(|g| (g, g.label()));
            choices(ui, panel.usage_stack, options, |g| {
                send(commands, UsageCommand::StackUsageBy(g))
            });
        });
        if panel.measure == Measure::InputTokens {
            ui.label(
                RichText::new("Input tokens include cached ones, as OpenAI counts them.").weak(),
            );
        }
    });
}

fn requests_card(ui: &mut egui::Ui, panel: &UsagePage, dashboard: &Dashboard) {
    let chart = ("requests_per_day", &dashboard.requests_chart, Unit::Count);
    chart_card(ui, "Requests", chart, |ui| {
        ui.label(
            RichText::new(format!(
                "Stacked by {}, as the tokens above.",
                panel.usage_stack.label().to_lowercase()
            ))
            .weak(),
        );
    });
}

fn top_groups_card(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    dashboard: &Dashboard,
    commands: &mut Vec<Command>,
) {
    card(ui, "Top models, projects and keys", |ui| {
        ui.horizontal_wrapped(|ui| {
            let options = [
                (GroupBy::Model, "Models"),
                (GroupBy::Project, "Projects"),
                (GroupBy::ApiKey, "API keys"),
                (GroupBy::LineItem, "Line items"),
            ];
            choices(ui, panel.table_group, options, |g| {
                send(commands, UsageCommand::TableGroupBy(g))
            });
        });
        ui.add_space(4.0);
        group_table(ui, panel, &dashboard.table, commands);
        if let Some(note) = &panel.note {
            ui.add_space(4.0);
            ui.label(RichText::new(format!("≈ {note}")).weak());
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if widgets::icon_button(ui, "💾", "Export daily CSV…").clicked() {
                send(commands, UsageCommand::ExportDailyCsv);
            }
            if widgets::icon_button(ui, "💾", "Export this table as CSV…").clicked() {
                send(commands, UsageCommand::ExportTableCsv);
            }
        });
        if let Some(status) = &panel.export_status {
            ui.add(egui::Label::new(status.as_str()).wrap());
        }
        if panel.export_unsaved.is_some() && panel.export_status.is_some() {
            ui.horizontal_wrapped(|ui| {
                if widgets::icon_button(ui, "💾", "Save in Downloads").clicked() {
                    send(commands, UsageCommand::SaveExportToDownloads);
                }
                if widgets::icon_button(ui, "📋", "Copy CSV").clicked() {
                    send(commands, UsageCommand::CopyExportCsv);
                }
            });
        }
    });
}

/// A headline number: its title small, its value large; read aloud as "Title: value".
fn figure(ui: &mut egui::Ui, title: &str, value: &str, detail: &str) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(12, 8))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_min_width(120.0);
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
            let spoken = format!("{title}: {value}");
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
            Unit::Dollars if value == 0.0 => "$0".to_owned(),
            Unit::Dollars if value.abs() < 10.0 && value.fract() != 0.0 => format!("${value:.2}"),
            Unit::Dollars => format!("${}", compact(value)),
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

/// Layers shown by name in a tooltip; the rest are summed up.
const TOOLTIP_LAYERS: usize = 8;

/// Stacked areas with a legend below and the day's figures on hover.
fn stacked_chart(ui: &mut egui::Ui, id: &str, stack: &PlotStack, unit: Unit) {
    if stack.is_empty() {
        ui.label("Nothing in this range.");
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
                    FilledArea::new(&layer.name, &stack.xs, &layer.lower, &layer.upper)
                        .fill_color(layer.color)
                        .allow_hover(false)
                        .id(("layer", index)),
                );
            }
        });
    legend(ui, stack);
}

/// "Mar 5" for axis ticks.
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
        ui.label(&row.name)
            .on_hover_text(row.id.as_deref().unwrap_or("no id"));
    });
    match (row.cost, row.cost_is_estimate) {
        (Some(cost), false) => ui.label(money(cost)),
        (Some(cost), true) => ui
            .label(format!("≈ {} (estimate)", money(cost)))
            .on_hover_text("Estimated from tokens and the price table in Settings."),
        (None, _) => ui
            .label("no price known")
            .on_hover_text("No price for this model in the price table in Settings."),
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
    let mut text = format!(
        "{}\nTotal: {}",
        bar_name(day, length, stack.period),
        unit.exact(stack.bar_totals[index])
    );
    let mut shown: Vec<(&str, f64)> = stack
        .layers
        .iter()
        .map(|layer| (layer.name.as_str(), layer.values[index]))
        .filter(|(_, value)| *value > 0.0)
        .collect();
    shown.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (name, value) in shown.iter().take(TOOLTIP_LAYERS) {
        text.push_str(&format!("\n{name}: {}", unit.exact(*value)));
    }
    if shown.len() > TOOLTIP_LAYERS {
        text.push_str(&format!("\nand {} more", shown.len() - TOOLTIP_LAYERS));
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

/// What one bar stands for, in words: "Mon 3 Nov", "Week of 3 Nov", "November 2026".
fn bar_name(day: i64, length: usize, period: Period) -> String {
    match period {
        Period::Day => readable_date(day),
        Period::Week => format!(
            "{} to {}",
            readable_date(day),
            readable_date(day + length as i64 - 1)
        ),
        Period::Month => crate::usage::range::date_of_day(day)
            .map(|d| d.strftime("%B %Y").to_string())
            .unwrap_or_default(),
    }
}

fn date_tick(day: i64) -> String {
    crate::usage::range::date_of_day(day)
        .map(|d| d.strftime("%b %-d").to_string())
        .unwrap_or_default()
}

/// Colour swatches with names, largest first, wrapped under the graph.
fn legend(ui: &mut egui::Ui, stack: &PlotStack) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for layer in &stack.layers {
            // A swatch and its name stay together: a name never breaks across lines.
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, layer.color);
                ui.add(
                    egui::Label::new(RichText::new(&layer.name).size(12.0))
                        .wrap_mode(egui::TextWrapMode::Extend),
                );
            });
            ui.add_space(8.0);
        }
    });
}

/// Rows shown; the CSV export holds them all.
const TABLE_ROWS: usize = 50;

fn group_table(
    ui: &mut egui::Ui,
    panel: &UsagePage,
    rows: &[GroupTotals],
    commands: &mut Vec<Command>,
) {
    if rows.is_empty() {
        ui.label("Nothing in this range.");
        return;
    }
    let name_title = match panel.table_group {
        GroupBy::Model => "Model",
        GroupBy::Project => "Project",
        GroupBy::ApiKey => "Key",
        GroupBy::LineItem => "Line item",
    };
    // A narrow window shows the columns that matter most; the CSV export has them all.
    let narrow = ui.available_width() < 720.0;
    let columns: Vec<(SortColumn, &str)> = [
        (SortColumn::Name, name_title),
        (SortColumn::Cost, "Cost"),
        (SortColumn::InputTokens, "Input tokens"),
        (SortColumn::CachedTokens, "Cached input"),
        (SortColumn::OutputTokens, "Output tokens"),
        (SortColumn::Requests, "Requests"),
    ]
    .into_iter()
    .filter(|(column, _)| {
        !narrow || !matches!(column, SortColumn::CachedTokens | SortColumn::OutputTokens)
    })
    .collect();
    egui::Grid::new(("usage_table", panel.table_group.as_str()))
        .striped(true)
        .num_columns(columns.len())
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            for &(column, title) in &columns {
                let arrow = match panel.sort {
                    (sorted, true) if sorted == column => " ▼",
                    (sorted, false) if sorted == column => " ▲",
                    _ => "",
                };
                let response = ui.add(
                    egui::Button::new(RichText::new(format!("{title}{arrow}")).strong())
                        .frame(false),
                );
                let spoken = format!("Sort by {}", title.to_lowercase());
                response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &spoken));
                if response.clicked() {
                    send(commands, UsageCommand::SortTableBy(column));
                }
            }
            ui.end_row();
            let colours = panel.dashboard.as_ref().map(|d| &d.colours);
            for row in rows.iter().take(TABLE_ROWS) {
                table_row(ui, row, colours, narrow);
                ui.end_row();
            }
        });
    if rows.len() > TABLE_ROWS {
        ui.label(
            RichText::new(format!(
                "And {} more; the CSV export has them all.",
                rows.len() - TABLE_ROWS
            ))
            .weak(),
        );
    }
}
