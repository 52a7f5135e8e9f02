//! Small widgets shared by the views. Icons always stand beside words, and the accessible name
//! is the words alone, so a screen reader says "Settings", not "gear Settings".

use egui::{Response, RichText, Role, WidgetInfo};

/// A button showing an icon and words, named by the words.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, words: &str) -> Response {
    let response = ui.button(format!("{icon} {words}"));
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, words));
    response
}

/// `icon_button`, greyed out and inert when `enabled` is false.
pub fn icon_button_enabled(ui: &mut egui::Ui, enabled: bool, icon: &str, words: &str) -> Response {
    ui.add_enabled_ui(enabled, |ui| icon_button(ui, icon, words))
        .inner
}

/// A navigation entry: selectable, with an icon, named by its words.
pub fn nav_entry(ui: &mut egui::Ui, selected: bool, icon: &str, words: &str) -> Response {
    let response = ui.selectable_label(
        selected,
        RichText::new(format!("{icon} {words}")).size(16.0),
    );
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::Button, enabled, selected, words));
    response
}

use egui::{Color32, Frame, Margin};

use crate::checks::{PermissionRow, PermissionStatus, Verdict, VerdictCode};

/// The colour that goes with a verdict (one palette, in `theme`).
pub fn verdict_colour(code: VerdictCode, dark: bool) -> Color32 {
    super::theme::Palette::verdict(code, dark)
}

pub fn verdict_icon(code: VerdictCode) -> &'static str {
    if code.is_ok() {
        "✔"
    } else if code.is_inconclusive() {
        "⚠"
    } else {
        "✖"
    }
}

/// The verdict as one big sentence and one fix button. Returns the fix URL when clicked.
pub fn verdict_banner(ui: &mut egui::Ui, verdict: &Verdict) -> Option<String> {
    let dark = ui.visuals().dark_mode;
    let colour = verdict_colour(verdict.code, dark);
    let mut clicked = None;
    Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, colour))
        .inner_margin(Margin::same(14))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    verdict_icon(verdict.code),
                    verdict.code.title()
                ))
                .color(colour)
                .strong()
                .size(15.0),
            );
            ui.add_space(4.0);
            ui.add(egui::Label::new(RichText::new(&verdict.summary).size(17.0)).wrap());
            if let (Some(url), Some(label)) = (&verdict.fix_url, &verdict.fix_label) {
                ui.add_space(8.0);
                if icon_button(ui, "🌐", label).on_hover_text(url).clicked() {
                    clicked = Some(url.clone());
                }
            }
            for note in &verdict.details.notes {
                ui.add_space(4.0);
                ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
            }
        });
    clicked
}

/// The permission table in the words of OpenAI's key-permission screen: what is missing (or
/// could not be checked) first; what is granted folded under one line.
pub fn permission_table(ui: &mut egui::Ui, id: &str, rows: &[PermissionRow]) {
    let (granted, needs_a_look): (Vec<&PermissionRow>, Vec<&PermissionRow>) = rows
        .iter()
        .partition(|row| row.status == PermissionStatus::Granted);
    if !needs_a_look.is_empty() {
        permission_grid(ui, ("permissions", id), &needs_a_look);
    }
    if granted.is_empty() {
        return;
    }
    let title = match (granted.len(), needs_a_look.is_empty()) {
        (1, _) => "1 permission granted".to_owned(),
        (n, true) => format!("All {n} permissions granted"),
        (n, false) => format!("{n} permissions granted"),
    };
    egui::CollapsingHeader::new(title)
        .id_salt(("granted", id))
        .default_open(false)
        .show(ui, |ui| permission_grid(ui, ("granted_rows", id), &granted));
}

fn permission_grid(ui: &mut egui::Ui, grid_id: (&str, &str), rows: &[&PermissionRow]) {
    let dark = ui.visuals().dark_mode;
    egui::Grid::new(grid_id)
        .num_columns(3)
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for title in ["Permission", "Level", "Status"] {
                ui.label(RichText::new(title).strong());
            }
            ui.end_row();
            for row in rows {
                ui.label(&row.group);
                ui.label(&row.level);
                let (icon, code) = match row.status {
                    PermissionStatus::Granted => ("✔", VerdictCode::Ok),
                    PermissionStatus::Missing => ("✖", VerdictCode::MissingScopes),
                    PermissionStatus::Unknown | PermissionStatus::Error => {
                        ("?", VerdictCode::NetworkError)
                    }
                };
                ui.label(
                    RichText::new(format!("{icon} {}", row.status.words()))
                        .color(verdict_colour(code, dark)),
                )
                .on_hover_text(format!(
                    "Scopes: {}{}",
                    row.scopes.join(", "),
                    row.http_status
                        .map(|s| format!(" · HTTP {s}"))
                        .unwrap_or_default()
                ));
                ui.end_row();
            }
        });
}

/// A selectable list row: a coloured status mark, a title, and a weaker line beneath, left
/// aligned. Named for screen readers by `accessible`.
pub fn list_row(
    ui: &mut egui::Ui,
    selected: bool,
    mark: (&str, Color32),
    title: &str,
    subtitle: &str,
    accessible: &str,
) -> Response {
    let width = ui.available_width();
    let padding = egui::vec2(8.0, 6.0);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let text_width = width - 2.0 * padding.x - 22.0;
    // On the selection's fill, the selection's own text colour is the one that reads.
    let (title_colour, sub_colour) = if selected {
        let colour = ui.visuals().selection.stroke.color;
        (colour, colour)
    } else {
        (ui.visuals().text_color(), ui.visuals().weak_text_color())
    };
    let title_galley =
        ui.painter()
            .layout(title.to_owned(), body.clone(), title_colour, text_width);
    let sub_galley = ui
        .painter()
        .layout(subtitle.to_owned(), small, sub_colour, text_width);
    let height = title_galley.size().y + sub_galley.size().y + 2.0 * padding.y + 2.0;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() || response.has_focus() {
        ui.painter().rect_filled(rect, 6.0, visuals.weak_bg_fill);
    }
    if response.has_focus() {
        ui.painter()
            .rect_stroke(rect, 6.0, visuals.fg_stroke, egui::StrokeKind::Inside);
    }
    let mark_galley = ui.painter().layout_no_wrap(mark.0.to_owned(), body, mark.1);
    ui.painter().galley(rect.min + padding, mark_galley, mark.1);
    let text_origin = rect.min + padding + egui::vec2(22.0, 0.0);
    let title_height = title_galley.size().y;
    ui.painter().galley(text_origin, title_galley, title_colour);
    ui.painter().galley(
        text_origin + egui::vec2(0.0, title_height + 2.0),
        sub_galley,
        sub_colour,
    );
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::Button, enabled, selected, accessible));
    response
}
