//! The organization as an Admin key sees it: every key in one table (sortable, searchable,
//! only the rows on screen drawn), each project's permissions and limits, and the organization's
//! own limits, audit log and Admin keys. A part that could not be read says so where it would
//! be; the rest is still shown. Draws the `OrganizationPage` and returns commands.

use egui::{Align, Layout, Rect, RichText, Role, Sense, UiBuilder, WidgetInfo, vec2};

use super::{card, view_heading};
use crate::gui::command::{Command, View};
use crate::gui::organization::{AdminOption, OrgCommand, OrganizationPage};
use crate::gui::theme::Palette;
use crate::gui::widgets;
use crate::i18n::{count, date_at, money};
use crate::openai::admin::{SpendAlert, SpendLimit};
use crate::openai::platform;
use crate::org::table::SortColumn;
use crate::org::{KeyFlag, KeyRow, OrgFacts, PartError, ProjectFacts};
use crate::tr;

fn send(commands: &mut Vec<Command>, command: OrgCommand) {
    commands.push(Command::Organization(command));
}

/// The view. `options` are the Admin keys to read with; `keys_ready` is false while the vault
/// is still opening (the stored Admin keys are not known yet).
pub fn show(
    ui: &mut egui::Ui,
    page: &OrganizationPage,
    options: &[AdminOption],
    keys_ready: bool,
    commands: &mut Vec<Command>,
) {
    view_heading(ui, &tr!("org-view-title"));
    ui.label(RichText::new(tr!("org-view-intro")).weak());
    ui.add_space(8.0);
    if options.is_empty() && page.facts.is_none() {
        if keys_ready {
            no_admin_key(ui, commands);
        } else {
            ui.label(format!("⏳ {}", tr!("org-view-opening-keys")));
        }
        return;
    }
    key_line(ui, page, options, commands);
    if let Some(facts) = &page.facts {
        show_facts(ui, page, facts, commands);
    }
}

/// Everything read: what failed for the whole organization first, then the keys, the projects
/// and the organization's own settings.
fn show_facts(
    ui: &mut egui::Ui,
    page: &OrganizationPage,
    facts: &OrgFacts,
    commands: &mut Vec<Command>,
) {
    organization_problems(ui, facts, commands);
    summary(ui, page, facts);
    if facts.projects.is_ok() {
        keys_card(ui, page, facts, commands);
        projects_card(ui, facts, commands);
    } else {
        costs_by_project(ui, facts);
    }
    organization_card(ui, facts, commands);
}

/// No Admin key is stored: what it is for, and where to add one.
fn no_admin_key(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    card(ui, &tr!("org-view-no-admin-key-title"), |ui| {
        ui.label(tr!("org-view-no-admin-key"));
        widgets::glossary_line(ui, &[widgets::Term::AdminKey, widgets::Term::Organization]);
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if widgets::icon_button(ui, "➕", &tr!("org-view-add-admin-key")).clicked() {
                commands.push(Command::Navigate(View::Keys));
                commands.push(Command::FocusAddKey);
            }
            if widgets::icon_button(ui, "🌐", &tr!("org-view-open-admin-keys-page")).clicked() {
                commands.push(Command::OpenUrl(platform::admin_keys()));
            }
        });
    });
}

/// Which Admin key reads (its name, or a choice when several are stored), and Refresh or,
/// while reading, Cancel.
fn key_line(
    ui: &mut egui::Ui,
    page: &OrganizationPage,
    options: &[AdminOption],
    commands: &mut Vec<Command>,
) {
    // The key read with may have been the one in force before the vault listed it as stored:
    // the same key, so its stored entry is the one marked.
    let chosen = page
        .read_with
        .clone()
        .filter(|read_with| options.iter().any(|o| &o.choice == read_with))
        .or_else(|| page.effective_choice(options));
    ui.horizontal_wrapped(|ui| {
        match options {
            [] => {}
            [only] => {
                let words = if only.stored {
                    tr!("org-view-reading-with-stored", name = only.name.as_str())
                } else {
                    tr!("org-view-reading-with-origin", key = only.name.as_str())
                };
                ui.label(RichText::new(format!("🔑 {words}")).weak());
            }
            _ => {
                ui.label(RichText::new(format!("🔑 {}", tr!("org-view-read-with"))).weak());
                for option in options {
                    let selected = chosen.as_ref() == Some(&option.choice);
                    if ui.radio(selected, option.name.as_str()).clicked() && !selected {
                        send(commands, OrgCommand::ChooseAdminKey(option.choice.clone()));
                    }
                }
            }
        }
        ui.add_space(8.0);
        reading_or_refresh(ui, page, commands);
    });
    if let Some(problem) = &page.key_problem {
        let dark = ui.visuals().dark_mode;
        let sentence = format!("⚠ {}", problem.sentence);
        ui.label(RichText::new(sentence).color(Palette::warning(dark)));
        if let Some(technical) = &problem.technical {
            widgets::technical_details(ui, "org-admin-key-problem", technical);
        }
    }
    ui.add_space(6.0);
}

/// Reading (with Cancel), or Refresh.
fn reading_or_refresh(ui: &mut egui::Ui, page: &OrganizationPage, commands: &mut Vec<Command>) {
    if page.reading.is_some() {
        // No spinner: nothing moves while waiting, so a wait costs no frames.
        ui.label(format!("⏳ {}", tr!("org-view-reading")));
        if widgets::icon_button(ui, "✖", &tr!("org-view-cancel")).clicked() {
            send(commands, OrgCommand::Cancel);
        }
        return;
    }
    if widgets::icon_button(ui, "🔄", &tr!("org-view-refresh")).clicked() {
        send(commands, OrgCommand::Refresh);
    }
    if page.cancelled {
        ui.label(tr!("org-view-cancelled"));
    }
}

/// The organization-wide lists that failed and matter for everything below (the projects, the
/// costs): their sentences, the Admin keys page when the key was refused, the exact errors.
fn organization_problems(ui: &mut egui::Ui, facts: &OrgFacts, commands: &mut Vec<Command>) {
    let failed: Vec<&PartError> = [
        facts.projects.as_ref().err(),
        facts.month_costs.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if failed.is_empty() {
        return;
    }
    card(ui, &tr!("org-view-problems-title"), |ui| {
        for error in &failed {
            part_sentence(ui, error);
        }
        ui.label(tr!("org-view-partly-read"));
        if failed.iter().any(|e| is_refusal(e)) {
            ui.add_space(4.0);
            if widgets::icon_button(ui, "🌐", &tr!("org-view-open-admin-keys-page")).clicked() {
                commands.push(Command::OpenUrl(platform::admin_keys()));
            }
        }
        let technical: Vec<String> = failed.iter().map(|e| technical_line(e)).collect();
        widgets::technical_details(ui, "org-problems", &technical.join("\n"));
    });
}

/// The Admin key may not read this part (or was not accepted): its permissions are the fix.
fn is_refusal(error: &PartError) -> bool {
    matches!(error.error.http_status(), Some(401 | 403))
}

/// A part that failed, as its sentence, in the warning colour.
fn part_sentence(ui: &mut egui::Ui, error: &PartError) {
    let dark = ui.visuals().dark_mode;
    let sentence = format!("⚠ {}", error.sentence());
    ui.add(egui::Label::new(RichText::new(sentence).color(Palette::warning(dark))).wrap());
}

/// A part that failed where it would be: its sentence and the exact error folded away.
fn part_failed(ui: &mut egui::Ui, salt: &str, error: &PartError) {
    part_sentence(ui, error);
    widgets::technical_details(
        ui,
        ("org-part", salt, format!("{:?}", error.part)),
        &technical_line(error),
    );
}

/// The exact error, for whoever helps: which list, the kind of failure, the status, and what
/// OpenAI or the library said.
fn technical_line(error: &PartError) -> String {
    let api = &error.error;
    let status = api.http_status().map(|s| s.to_string()).unwrap_or_default();
    let said = api
        .body()
        .map(|body| body.message.clone())
        .or_else(|| api.technical().map(str::to_owned))
        .unwrap_or_else(|| api.to_string());
    format!("{:?} · {} · {status} · {said}", error.part, api.kind())
}

/// How many keys, how many no longer work, and this month's cost so far.
fn summary(ui: &mut egui::Ui, page: &OrganizationPage, facts: &OrgFacts) {
    let mut words = tr!(
        "org-view-summary",
        keys = page.table.rows.len(),
        projects = facts.projects().len()
    );
    if page.table.broken > 0 {
        words = format!(
            "{words} {}",
            tr!("org-view-summary-broken", count = page.table.broken)
        );
    }
    ui.add(egui::Label::new(RichText::new(words).strong()).wrap());
    if let Ok(costs) = &facts.month_costs {
        let total: f64 = costs.by_project.values().sum();
        ui.label(tr!("org-view-month-total", amount = money(total)));
    }
    ui.add_space(8.0);
}

/// The projects' costs by id, when the list of projects (and so their names) could not be read.
fn costs_by_project(ui: &mut egui::Ui, facts: &OrgFacts) {
    let Ok(costs) = &facts.month_costs else {
        return;
    };
    let mut projects: Vec<(&String, &f64)> = costs.by_project.iter().collect();
    projects.sort_by(|a, b| b.1.total_cmp(a.1).then_with(|| a.0.cmp(b.0)));
    card(ui, &tr!("org-view-projects-title"), |ui| {
        for (project, amount) in projects {
            ui.label(tr!(
                "org-view-project-cost-only",
                project = project.as_str(),
                amount = money(*amount)
            ));
        }
    });
}

// ---------------------------------------------------------------------------------------------
// The table of keys

/// The search, the order, and the table with only its visible rows drawn.
fn keys_card(
    ui: &mut egui::Ui,
    page: &OrganizationPage,
    facts: &OrgFacts,
    commands: &mut Vec<Command>,
) {
    card(ui, &tr!("org-view-keys-title"), |ui| {
        for project in facts.projects() {
            if let Err(error) = &project.keys {
                part_failed(ui, &project.project.id, error);
            }
        }
        search_bar(ui, page, commands);
        let table = &page.table;
        if table.rows.is_empty() {
            ui.label(tr!("org-view-no-keys"));
            return;
        }
        if table.shown.is_empty() {
            ui.label(tr!("org-view-no-match", query = page.search.trim()));
            return;
        }
        if table.shown.len() < table.rows.len() {
            let words = tr!(
                "org-view-showing",
                shown = table.shown.len(),
                total = table.rows.len()
            );
            ui.label(RichText::new(words).weak());
        }
        key_table(ui, page, facts.read_at, commands);
    });
}

/// The search field (Esc empties it) and "Needs attention first".
fn search_bar(ui: &mut egui::Ui, page: &OrganizationPage, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        // egui edits a String of its own; the page keeps the search.
        let mut text = page.search.clone();
        let field = ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(tr!("org-view-search-hint"))
                .desired_width(ui.available_width().min(280.0)),
        );
        let name = tr!("org-view-search");
        field.widget_info(|| WidgetInfo::labeled(Role::TextInput, true, &name));
        if field.changed() {
            send(commands, OrgCommand::Search(text));
        }
        if widgets::form_key(ui, &field, false) == Some(widgets::FormKey::Escape) {
            send(commands, OrgCommand::ClearSearch);
        }
        if !page.search.is_empty()
            && widgets::icon_button(ui, "✖", &tr!("org-view-clear-search")).clicked()
        {
            send(commands, OrgCommand::ClearSearch);
        }
        let attention = page.sort.0 == SortColumn::Attention;
        let words = tr!("org-view-sort-attention");
        let order = ui.selectable_label(attention, format!("⚠ {words}"));
        order.widget_info(|| WidgetInfo::selected(Role::Button, true, attention, &words));
        if order.clicked() && !attention {
            send(commands, OrgCommand::SortBy(SortColumn::Attention));
        }
    });
    ui.add_space(6.0);
}

/// A column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Key,
    Project,
    Owner,
    Created,
    LastUsed,
    Cost,
}

impl Column {
    /// Its share of the width left by the columns of dates and amounts.
    fn weight(self) -> f32 {
        match self {
            Column::Key => 4.0,
            Column::Project => 2.4,
            Column::Owner => 2.8,
            Column::Created | Column::LastUsed | Column::Cost => 0.0,
        }
    }

    fn sort(self) -> SortColumn {
        match self {
            Column::Key => SortColumn::Name,
            Column::Project => SortColumn::Project,
            Column::Owner => SortColumn::Owner,
            Column::Created => SortColumn::Created,
            Column::LastUsed => SortColumn::LastUsed,
            Column::Cost => SortColumn::MonthCost,
        }
    }

    /// Its title, and what a screen reader says for its sort button.
    fn words(self) -> (String, String) {
        match self {
            Column::Key => (tr!("org-view-column-key"), tr!("org-view-sort-key")),
            Column::Project => (tr!("org-view-column-project"), tr!("org-view-sort-project")),
            Column::Owner => (tr!("org-view-column-owner"), tr!("org-view-sort-owner")),
            Column::Created => (tr!("org-view-column-created"), tr!("org-view-sort-created")),
            Column::LastUsed => (
                tr!("org-view-column-last-used"),
                tr!("org-view-sort-last-used"),
            ),
            Column::Cost => (tr!("org-view-column-cost"), tr!("org-view-sort-cost")),
        }
    }

    /// Whether it says something beneath its first line (`second_line`).
    fn has_second_line(self) -> bool {
        matches!(self, Column::Key | Column::Owner)
    }

    /// How wide its title is, with room for the sort arrow.
    fn title_width(self, ui: &egui::Ui) -> f32 {
        widgets::text_width(ui, RichText::new(format!("{} ▼", self.words().0)).strong()) + 4.0
    }

    /// The width its longest usual content needs (dates and amounts); names have none.
    fn content_width(self, ui: &egui::Ui) -> f32 {
        // A long month name and the longest phrase of time; a five-figure amount.
        const SAMPLE_DAY: i64 = 1_790_000_000;
        let samples = match self {
            Column::Created => vec![date_at(SAMPLE_DAY)],
            Column::LastUsed => vec![when(Some(0), 330 * 86_400)],
            Column::Cost => vec![money(88_888.88)],
            _ => return 0.0,
        };
        samples
            .into_iter()
            .map(|text| widgets::text_width(ui, text) * 1.1)
            .fold(self.title_width(ui), f32::max)
    }
}

const COLUMN_GAP: f32 = 8.0;

/// Where each column starts and how wide it is, in a table `width` wide: dates and amounts as
/// wide as they need, names sharing the rest (cut short with "…" when narrow, whole on hover).
/// A narrow window leaves out the creation date (it is in the key's hover text).
fn columns(ui: &egui::Ui, width: f32) -> Vec<(Column, f32, f32)> {
    let mut shown = vec![
        Column::Key,
        Column::Project,
        Column::Owner,
        Column::Created,
        Column::LastUsed,
        Column::Cost,
    ];
    if width < 700.0 {
        shown.retain(|c| *c != Column::Created);
    }
    let gaps = COLUMN_GAP * (shown.len() - 1) as f32;
    let fixed: f32 = shown.iter().map(|c| c.content_width(ui)).sum();
    let room = (width - gaps - fixed).max(0.0);
    let weights: f32 = shown.iter().map(|c| c.weight()).sum();
    let mut x = 0.0;
    shown
        .into_iter()
        .map(|column| {
            let w = if column.weight() > 0.0 {
                room * column.weight() / weights
            } else {
                column.content_width(ui)
            };
            let placed = (column, x, w);
            x += w + COLUMN_GAP;
            placed
        })
        .collect()
}

/// The table's columns and the sizes its rows share.
struct TableLayout {
    columns: Vec<(Column, f32, f32)>,
    width: f32,
    /// One line of body text.
    line: f32,
    padding: f32,
}

impl TableLayout {
    /// The two lines of text, without the flags.
    fn text_height(&self) -> f32 {
        2.0 * self.line + 2.0 * self.padding
    }
}

/// The header, then the rows in their own scrolling area, of which only those on screen are
/// laid out: a row's height depends only on its set of flags (a handful of sets), so where each
/// of a thousand rows starts is a running sum, not a layout.
fn key_table(ui: &mut egui::Ui, page: &OrganizationPage, now: i64, commands: &mut Vec<Command>) {
    let table = &page.table;
    let bar = ui.spacing().scroll.allocated_width();
    let width = (ui.available_width() - bar).max(120.0);
    let layout = TableLayout {
        // Beyond this, wider name columns only push the amounts away from the names.
        columns: columns(ui, width.min(1300.0)),
        width,
        line: ui.text_style_height(&egui::TextStyle::Body),
        padding: 4.0,
    };
    header(ui, page, &layout.columns, commands);
    let spacing = ui.spacing().item_spacing.y;
    let set_heights: Vec<f32> = table
        .flag_sets
        .iter()
        .map(|flags| layout.text_height() + layout_flags(ui, flags, "", width).1)
        .collect();
    let mut tops = Vec::with_capacity(table.shown.len() + 1);
    let mut top = 0.0;
    for &set in &table.flag_set_of {
        tops.push(top);
        top += set_heights.get(set).copied().unwrap_or(0.0) + spacing;
    }
    let total = (top - spacing).max(0.0);
    let most = (ui.ctx().content_rect().height() * 0.6).max(3.0 * layout.text_height());
    let height = total.min(most);
    egui::ScrollArea::vertical()
        .id_salt("org-key-table")
        .max_height(height)
        // In the page's own scrolling area the room left below is only what is on screen:
        // the table takes its height all the same, and the page scrolls.
        .min_scrolled_height(height)
        .auto_shrink([false, true])
        .show_viewport(ui, |ui, viewport| {
            ui.set_height(total);
            let origin = ui.max_rect().min;
            // The first row whose bottom is below the viewport's top.
            let first = tops.partition_point(|&t| t + layout.text_height() < viewport.min.y);
            let first = first.saturating_sub(1);
            for position in first..table.shown.len() {
                let (Some(&top), Some(row)) = (
                    tops.get(position),
                    table.shown.get(position).and_then(|&i| table.rows.get(i)),
                ) else {
                    break;
                };
                if top > viewport.max.y {
                    break;
                }
                let set = table.flag_set_of.get(position).copied().unwrap_or(0);
                let height = set_heights.get(set).copied().unwrap_or(0.0);
                let rect = Rect::from_min_size(origin + vec2(0.0, top), vec2(width, height));
                key_row(ui, row, position, rect, &layout, now, commands);
            }
        });
}

/// The columns' titles as buttons that sort by them, with an arrow on the one sorted by.
fn header(
    ui: &mut egui::Ui,
    page: &OrganizationPage,
    columns: &[(Column, f32, f32)],
    commands: &mut Vec<Command>,
) {
    let height = ui.spacing().interact_size.y;
    let width = columns.last().map_or(0.0, |(_, x, w)| x + w);
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    for &(column, x, w) in columns {
        let (title, spoken) = column.words();
        let arrow = match page.sort {
            (sorted, true) if sorted == column.sort() => " ▼",
            (sorted, false) if sorted == column.sort() => " ▲",
            _ => "",
        };
        let cell = Rect::from_min_size(rect.min + vec2(x, 0.0), vec2(w, height));
        let mut cell_ui = ui.new_child(
            UiBuilder::new()
                .max_rect(cell)
                .layout(Layout::left_to_right(Align::Center)),
        );
        let button = egui::Button::new(RichText::new(format!("{title}{arrow}")).strong())
            .frame(false)
            .truncate();
        let response = cell_ui.add(button);
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &spoken));
        if response.clicked() {
            send(commands, OrgCommand::SortBy(column.sort()));
        }
    }
    ui.separator();
}

/// One key in `rect`: a line of columns; beneath the key's name what it is stored here as,
/// beneath its owner whether they still have access (each as wide as the columns beside it
/// leave free); then its flags with their fix buttons.
fn key_row(
    ui: &mut egui::Ui,
    row: &KeyRow,
    position: usize,
    rect: Rect,
    layout: &TableLayout,
    now: i64,
    commands: &mut Vec<Command>,
) {
    if position % 2 == 1 {
        ui.painter()
            .rect_filled(rect, 4.0, ui.visuals().faint_bg_color);
    }
    let top = rect.min.y + layout.padding;
    let columns = &layout.columns;
    for (index, &(column, x, w)) in columns.iter().enumerate() {
        let cell = Rect::from_min_size(egui::pos2(rect.min.x + x, top), vec2(w, layout.line));
        first_line(&mut cell_ui(ui, cell), column, row, now);
        let Some(text) = second_line(ui, column, row) else {
            continue;
        };
        let end = columns[index + 1..]
            .iter()
            .find(|(next, ..)| next.has_second_line())
            .map_or(layout.width, |&(_, next_x, _)| next_x - COLUMN_GAP);
        let below = Rect::from_min_size(
            egui::pos2(rect.min.x + x, top + layout.line),
            vec2(end - x, layout.line),
        );
        cell_ui(ui, below).add(egui::Label::new(text).truncate());
    }
    let flags_origin = egui::pos2(rect.min.x, top + 2.0 * layout.line + layout.padding);
    draw_flags(ui, row, flags_origin, layout.width, commands);
}

/// A place for one line of a cell, which moves nothing else.
fn cell_ui(ui: &mut egui::Ui, rect: Rect) -> egui::Ui {
    ui.new_child(
        UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::left_to_right(Align::Center)),
    )
}

/// A cell's first line, cut short with "…" when the column is too narrow (the whole text shows
/// on hover and is what a screen reader reads).
fn first_line(ui: &mut egui::Ui, column: Column, row: &KeyRow, now: i64) {
    let line = |ui: &mut egui::Ui, text: RichText| ui.add(egui::Label::new(text).truncate());
    match column {
        Column::Key => {
            let name = line(ui, RichText::new(&row.name).strong());
            if let Some(created) = row.created_at {
                name.on_hover_text(format!("{} · {}", row.name, date_at(created)));
            }
        }
        Column::Project => {
            line(ui, RichText::new(&row.project));
        }
        Column::Owner => {
            let owner = row
                .owner
                .clone()
                .unwrap_or_else(|| tr!("org-view-owner-unknown"));
            line(ui, RichText::new(owner));
        }
        Column::Created => {
            line(
                ui,
                RichText::new(row.created_at.map(date_at).unwrap_or_default()),
            );
        }
        Column::LastUsed => {
            let used = line(ui, RichText::new(when(row.last_used_at, now)));
            if let Some(at) = row.last_used_at {
                used.on_hover_text(date_at(at));
            }
        }
        Column::Cost => match row.month_cost {
            Some(cost) => {
                line(ui, RichText::new(money(cost)));
            }
            None => {
                line(ui, RichText::new(tr!("org-view-cost-unknown")).weak())
                    .on_hover_text(tr!("org-view-cost-unknown-hover"));
            }
        },
    }
}

/// What a cell says beneath its first line: under the key's name, the name it is stored here
/// as (or its redacted form); under the owner, that they no longer have access, or that it is
/// a service account, or their e-mail address.
fn second_line(ui: &egui::Ui, column: Column, row: &KeyRow) -> Option<RichText> {
    let dark = ui.visuals().dark_mode;
    match column {
        Column::Key => Some(match &row.stored_as {
            Some(stored) => RichText::new(tr!("org-view-stored-as", name = stored.as_str()))
                .color(Palette::verdict(crate::checks::VerdictCode::Ok, dark)),
            None => RichText::new(row.redacted.clone().unwrap_or_default()).weak(),
        }),
        Column::Owner if !row.owner_has_access => {
            Some(RichText::new(tr!("org-view-owner-left")).color(Palette::warning(dark)))
        }
        Column::Owner if row.owner_is_service_account => {
            Some(RichText::new(tr!("org-view-service-account")).weak())
        }
        Column::Owner => row
            .owner_email
            .as_ref()
            .map(|email| RichText::new(email).weak()),
        _ => None,
    }
}

/// When something happened, as a person says it: "today", "3 days ago", "4 months ago",
/// "never". `now` is when the organization was read.
pub fn when(at: Option<i64>, now: i64) -> String {
    let Some(at) = at else {
        return tr!("org-view-never");
    };
    let days = (now - at).max(0) / 86_400;
    match days {
        0 => tr!("org-view-today"),
        1 => tr!("org-view-yesterday"),
        2..=44 => tr!("org-view-days-ago", count = days),
        45..=364 => tr!("org-view-months-ago", count = ((days + 15) / 30).max(1)),
        _ => tr!("org-view-years-ago", count = days / 365),
    }
}

// ---------------------------------------------------------------------------------------------
// Flags and their fix buttons

/// One flag as drawn: its words and colour, and its fix button's words and page.
struct FlagUnit {
    flag: KeyFlag,
    words: String,
    fix: Option<(String, String)>,
    chip: egui::Vec2,
    button: egui::Vec2,
}

const FLAG_GAP: f32 = 6.0;

/// A row's flags measured, at `width`: each flag beside its button, moving to the next line
/// as a whole when the line is full. Returns each flag with its place, and the height.
fn layout_flags(
    ui: &egui::Ui,
    flags: &[KeyFlag],
    project_id: &str,
    width: f32,
) -> (Vec<(FlagUnit, egui::Vec2)>, f32) {
    let line = ui.spacing().interact_size.y;
    let padding = ui.spacing().button_padding.x;
    let (mut x, mut y) = (0.0_f32, 0.0_f32);
    let mut placed = Vec::new();
    for &flag in flags {
        let words = flag.words();
        let fix = flag.fix(project_id);
        let chip = vec2(small_width(ui, &words) + 12.0, line);
        let button = fix.as_ref().map_or(egui::Vec2::ZERO, |(label, _)| {
            vec2(
                widgets::text_width(ui, format!("🌐 {label}")) + 2.0 * padding + 2.0,
                line,
            )
        });
        let unit = chip.x
            + if fix.is_some() {
                FLAG_GAP + button.x
            } else {
                0.0
            };
        if x > 0.0 && x + unit > width {
            x = 0.0;
            y += line + 4.0;
        }
        let at = vec2(x, y);
        x += unit + 2.0 * FLAG_GAP;
        placed.push((
            FlagUnit {
                flag,
                words,
                fix,
                chip,
                button,
            },
            at,
        ));
    }
    let height = if placed.is_empty() {
        0.0
    } else {
        y + line + 4.0
    };
    (placed, height)
}

fn small_width(ui: &egui::Ui, words: &str) -> f32 {
    widgets::text_width(ui, RichText::new(words).small())
}

/// The colour a flag is said in: red for a key that no longer works, amber for one unused,
/// grey for one only not kept here.
fn flag_colour(flag: KeyFlag, visuals: &egui::Visuals) -> egui::Color32 {
    let dark = visuals.dark_mode;
    match flag {
        KeyFlag::OwnerLostAccess | KeyFlag::ProjectArchived => {
            Palette::verdict(crate::checks::VerdictCode::InvalidKey, dark)
        }
        KeyFlag::Unused => Palette::demo(dark),
        KeyFlag::NotInThisApp => visuals.weak_text_color(),
    }
}

/// A row's flags as short coloured labels, each with its fix button beside it.
fn draw_flags(
    ui: &mut egui::Ui,
    row: &KeyRow,
    origin: egui::Pos2,
    width: f32,
    commands: &mut Vec<Command>,
) {
    let (placed, _) = layout_flags(ui, &row.flags, &row.project_id, width);
    for (unit, at) in placed {
        let colour = flag_colour(unit.flag, ui.visuals());
        let chip = Rect::from_min_size(origin + at, unit.chip);
        ui.painter().rect_stroke(
            chip.shrink(1.0),
            6.0,
            egui::Stroke::new(1.0, colour),
            egui::StrokeKind::Inside,
        );
        // Placed without moving the row's cursor: every row is exactly as tall as the others.
        ui.place(
            chip,
            egui::Label::new(RichText::new(&unit.words).small().color(colour)),
        );
        let Some((label, url)) = unit.fix else {
            continue;
        };
        let button =
            Rect::from_min_size(origin + at + vec2(unit.chip.x + FLAG_GAP, 0.0), unit.button);
        let response = ui.place(button, egui::Button::new(format!("🌐 {label}")));
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
        if response.on_hover_text(&url).clicked() {
            commands.push(Command::OpenUrl(url));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Projects

fn projects_card(ui: &mut egui::Ui, facts: &OrgFacts, commands: &mut Vec<Command>) {
    card(ui, &tr!("org-view-projects-title"), |ui| {
        for project in facts.projects() {
            let cost = facts.month_costs.as_ref().ok().map(|c| {
                c.by_project
                    .get(&project.project.id)
                    .copied()
                    .unwrap_or(0.0)
            });
            let heading = match cost {
                Some(cost) => tr!(
                    "org-view-project-heading",
                    name = project.name(),
                    amount = money(cost)
                ),
                None => project.name().to_owned(),
            };
            let open = project_needs_a_look(project, cost);
            let mark = if open { "⚠ " } else { "" };
            egui::CollapsingHeader::new(format!("{mark}{heading}"))
                .id_salt(("org-project", &project.project.id))
                .default_open(open)
                .show(ui, |ui| project_body(ui, project, cost, commands));
        }
    });
}

/// Opened at first: an archived project, one at its hard limit, one with a part not read.
fn project_needs_a_look(project: &ProjectFacts, spent: Option<f64>) -> bool {
    let reached = match (&project.spend_limit, spent) {
        (Ok(Some(limit)), Some(spent)) => limit.is_enforcing() && spent >= limit.dollars(),
        _ => false,
    };
    let failed = project.keys.is_err()
        || project.service_accounts.is_err()
        || project.model_permissions.is_err()
        || project.tool_permissions.is_err()
        || project.rate_limits.is_err()
        || project.spend_limit.is_err()
        || project.spend_alerts.is_err();
    project.is_archived() || reached || failed
}

/// One project: archived or not, its permissions and limits, and the pages that change them.
fn project_body(
    ui: &mut egui::Ui,
    project: &ProjectFacts,
    spent: Option<f64>,
    commands: &mut Vec<Command>,
) {
    let id = project.project.id.as_str();
    if project.is_archived() {
        let dark = ui.visuals().dark_mode;
        let words = tr!("org-view-project-archived");
        ui.label(RichText::new(words).color(Palette::warning(dark)));
    }
    permissions(ui, project);
    limits(ui, project, spent);
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if widgets::icon_button(ui, "🌐", &tr!("org-view-open-limits")).clicked() {
            commands.push(Command::OpenUrl(platform::project_limits(id)));
        }
        if widgets::icon_button(ui, "🌐", &tr!("org-view-open-members")).clicked() {
            commands.push(Command::OpenUrl(platform::project_members(id)));
        }
    });
    ui.add_space(6.0);
}

/// The models and hosted tools a project may use, and its service accounts.
fn permissions(ui: &mut egui::Ui, project: &ProjectFacts) {
    let id = project.project.id.as_str();
    let models = &project.model_permissions;
    part(
        ui,
        &tr!("org-view-models"),
        id,
        models,
        |ui, permissions| {
            let words = match permissions {
                None => tr!("org-view-models-all"),
                Some(p) if p.is_allow_list() => {
                    tr!("org-view-models-allow", models = p.model_ids.join(", "))
                }
                Some(p) => tr!("org-view-models-deny", models = p.model_ids.join(", ")),
            };
            ui.add(egui::Label::new(words).wrap());
        },
    );
    let tools = &project.tool_permissions;
    part(ui, &tr!("org-view-tools"), id, tools, |ui, tools| {
        ui.add(egui::Label::new(tools_words(tools.as_ref())).wrap());
    });
    let accounts = &project.service_accounts;
    part(
        ui,
        &tr!("org-view-service-accounts"),
        id,
        accounts,
        |ui, accounts| {
            let names: Vec<&str> = accounts
                .iter()
                .map(|a| a.name.as_deref().unwrap_or(&a.id))
                .collect();
            let words = if names.is_empty() {
                tr!("org-view-service-accounts-none")
            } else {
                names.join(", ")
            };
            ui.add(egui::Label::new(words).wrap());
        },
    );
}

/// A project's rate limits, hard spend limit and spend alerts.
fn limits(ui: &mut egui::Ui, project: &ProjectFacts, spent: Option<f64>) {
    let id = project.project.id.as_str();
    let rates = &project.rate_limits;
    part(ui, &tr!("org-view-rate-limits"), id, rates, |ui, found| {
        rate_limits(ui, found);
    });
    let limit = &project.spend_limit;
    part(ui, &tr!("org-view-spend-limit"), id, limit, |ui, found| {
        spend_limit(ui, found.as_ref(), spent);
    });
    let alerts = &project.spend_alerts;
    part(
        ui,
        &tr!("org-view-spend-alerts"),
        id,
        alerts,
        |ui, found| {
            spend_alerts(ui, found);
        },
    );
}

/// One part under its title: drawn by `draw` when it was read, its sentence when not.
fn part<T>(
    ui: &mut egui::Ui,
    title: &str,
    salt: &str,
    value: &Result<T, PartError>,
    draw: impl FnOnce(&mut egui::Ui, &T),
) {
    ui.label(RichText::new(title).strong());
    ui.indent(("org-part-body", salt, title), |ui| match value {
        Ok(found) => draw(ui, found),
        Err(error) => part_failed(ui, salt, error),
    });
    ui.add_space(2.0);
}

/// The hosted tools that are turned off, by their names in words.
fn tools_words(tools: Option<&crate::openai::admin::HostedToolPermissions>) -> String {
    let off: Vec<String> = tools
        .into_iter()
        .flat_map(|tools| tools.turned_off())
        .map(crate::openai::admin::tool_words)
        .collect();
    if off.is_empty() {
        tr!("org-view-tools-all-on")
    } else {
        tr!("org-view-tools-off", tools = off.join(", "))
    }
}

fn rate_limits(ui: &mut egui::Ui, limits: &[crate::openai::admin::ProjectRateLimit]) {
    if limits.is_empty() {
        ui.label(tr!("org-view-rate-limits-none"));
    }
    for limit in limits {
        let words = match (
            limit.max_requests_per_1_minute,
            limit.max_tokens_per_1_minute,
        ) {
            (Some(requests), _) => tr!(
                "org-view-rate-limit",
                model = limit.model.as_str(),
                count = requests,
                requests = count(requests)
            ),
            (None, Some(tokens)) => tr!(
                "org-view-rate-limit-tokens",
                model = limit.model.as_str(),
                tokens = count(tokens)
            ),
            (None, None) => continue,
        };
        ui.add(egui::Label::new(words).wrap());
    }
}

/// A hard spend limit: this month's spend as a bar towards it, and the amounts in words.
fn spend_limit(ui: &mut egui::Ui, limit: Option<&SpendLimit>, spent: Option<f64>) {
    let Some(limit) = limit else {
        ui.label(tr!("org-view-spend-limit-none"));
        return;
    };
    let cap = limit.dollars();
    let Some(spent) = spent else {
        ui.label(tr!("org-view-spend-limit-amount", limit = money(cap)));
        return;
    };
    let reached = spent >= cap;
    let (amount, of) = (money(spent), money(cap));
    let words = match (limit.is_enforcing(), reached) {
        (true, true) => tr!("org-view-spend-limit-reached", spent = amount, limit = of),
        (false, _) => tr!(
            "org-view-spend-limit-not-enforced",
            spent = amount,
            limit = of
        ),
        (true, false) => tr!("org-view-spend-limit-below", spent = amount, limit = of),
    };
    let dark = ui.visuals().dark_mode;
    let fraction = if cap > 0.0 { (spent / cap) as f32 } else { 1.0 };
    let mut bar = egui::ProgressBar::new(fraction.clamp(0.0, 1.0))
        .desired_width(ui.available_width().min(360.0));
    if reached {
        bar = bar.fill(Palette::warning(dark));
    }
    ui.add(bar);
    let text = RichText::new(words);
    let text = if reached && limit.is_enforcing() {
        text.color(Palette::warning(dark))
    } else {
        text
    };
    ui.add(egui::Label::new(text).wrap());
}

fn spend_alerts(ui: &mut egui::Ui, alerts: &[SpendAlert]) {
    if alerts.is_empty() {
        ui.label(tr!("org-view-spend-alerts-none"));
    }
    for alert in alerts {
        let amount = money(alert.threshold_amount as f64 / 100.0);
        let recipients = &alert.notification_channel.recipients;
        let words = if recipients.is_empty() {
            tr!("org-view-spend-alert-nobody", amount = amount)
        } else {
            tr!(
                "org-view-spend-alert",
                to = recipients.join(", "),
                amount = amount
            )
        };
        ui.add(egui::Label::new(words).wrap());
    }
}

// ---------------------------------------------------------------------------------------------
// The organization as a whole

fn organization_card(ui: &mut egui::Ui, facts: &OrgFacts, commands: &mut Vec<Command>) {
    card(ui, &tr!("org-view-organization-title"), |ui| {
        let spent = facts
            .month_costs
            .as_ref()
            .ok()
            .map(|c| c.by_project.values().sum::<f64>());
        part(
            ui,
            &tr!("org-view-spend-limit"),
            "org",
            &facts.spend_limit,
            |ui, limit| {
                spend_limit(ui, limit.as_ref(), spent);
            },
        );
        part(
            ui,
            &tr!("org-view-spend-alerts"),
            "org",
            &facts.spend_alerts,
            |ui, alerts| {
                spend_alerts(ui, alerts);
            },
        );
        if widgets::icon_button(ui, "🌐", &tr!("org-view-open-organization-limits")).clicked() {
            commands.push(Command::OpenUrl(platform::organization_limits()));
        }
        ui.add_space(6.0);
        part(
            ui,
            &tr!("org-view-audit-log"),
            "org",
            &facts.audit_log,
            |ui, events| {
                if events.is_empty() {
                    ui.add(egui::Label::new(tr!("org-view-audit-log-empty")).wrap());
                    let words = tr!("org-view-open-organization-settings");
                    if widgets::icon_button(ui, "🌐", &words).clicked() {
                        commands.push(Command::OpenUrl(platform::organization_general()));
                    }
                } else {
                    let words = tr!("org-view-audit-log-events", count = events.len());
                    ui.add(egui::Label::new(words).wrap());
                }
            },
        );
        admin_keys(ui, facts);
    });
}

/// The organization's Admin keys: when each was last used and when it expires.
fn admin_keys(ui: &mut egui::Ui, facts: &OrgFacts) {
    let keys = match &facts.admin_keys {
        Ok(keys) => keys,
        Err(error) => return part_failed(ui, "org-admin-keys", error),
    };
    egui::CollapsingHeader::new(tr!("org-view-admin-keys", count = keys.len()))
        .id_salt("org-admin-keys")
        .show(ui, |ui| {
            for key in keys {
                let expires = match key.expires_at {
                    None => tr!("org-view-expires-never"),
                    Some(at) if at <= facts.read_at => {
                        tr!("org-view-expired-on", date = date_at(at))
                    }
                    Some(at) => tr!("org-view-expires-on", date = date_at(at)),
                };
                let words = tr!(
                    "org-view-admin-key-line",
                    name = key.name.as_deref().unwrap_or(&key.id),
                    used = when(key.last_used_at, facts.read_at),
                    expires = expires
                );
                ui.add(egui::Label::new(words).wrap());
            }
        });
}
