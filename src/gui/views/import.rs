//! The import preview: every OpenAI key found in a .env file (masked), its kind, whether it is
//! already stored; the person ticks what to store and may check a key before saving.

use egui::RichText;

use super::card;
use crate::gui::command::Command;
use crate::gui::keys::{ImportPreview, ImportRow, KeysCommand};
use crate::gui::widgets::{icon_button, icon_button_enabled, verdict_colour, verdict_icon};
use crate::import::Hints;

pub fn show(ui: &mut egui::Ui, preview: &ImportPreview, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    card(ui, &format!("Import from {}", preview.origin), |ui| {
        ui.label("Tick the keys to keep in your keychain. The file itself is never changed.");
        for warning in &preview.warnings {
            ui.label(
                RichText::new(format!("⚠ {warning}"))
                    .color(crate::gui::theme::Palette::warning(dark)),
            );
        }
        ui.add_space(8.0);
        egui::Grid::new("import_rows")
            .num_columns(5)
            .striped(true)
            .spacing([18.0, 8.0])
            .show(ui, |ui| {
                for title in ["Store", "Variable", "Kind", "Key", "Check before saving"] {
                    ui.label(RichText::new(title).strong());
                }
                ui.end_row();
                for (index, row) in preview.rows.iter().enumerate() {
                    import_row(ui, index, row, commands);
                    ui.end_row();
                }
            });
        settings_found(ui, &preview.hints);
        for row in preview
            .rows
            .iter()
            .filter_map(|r| r.report.as_ref().map(|rep| (r, rep)))
        {
            ui.add_space(4.0);
            ui.label(format!(
                "{}: {}",
                row.0.found.variable, row.1.verdict.summary
            ));
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let count = preview.rows.iter().filter(|r| r.selected).count();
            let words = match count {
                1 => "Store 1 key".to_owned(),
                n => format!("Store {n} keys"),
            };
            if icon_button_enabled(ui, count > 0, "💾", &words).clicked() {
                commands.push(Command::Keys(KeysCommand::StoreImport));
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::Keys(KeysCommand::CancelImport));
            }
        });
    });
}

/// One key found: tick to store, its variable, kind, masked value, and its check.
fn import_row(ui: &mut egui::Ui, index: usize, row: &ImportRow, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    let mut ticked = row.selected;
    if ui
        .add_enabled(
            row.already_stored.is_none(),
            egui::Checkbox::new(&mut ticked, ""),
        )
        .on_hover_text("Store this key")
        .clicked()
    {
        commands.push(Command::Keys(KeysCommand::ToggleImportRow(index)));
    }
    ui.label(&row.found.variable);
    ui.label(row.found.kind.words());
    match &row.already_stored {
        Some(label) => ui.label(format!(
            "{} (already stored as \"{label}\")",
            row.found.redacted
        )),
        None => ui.label(&row.found.redacted),
    };
    if row.checking {
        ui.add(egui::Spinner::new());
    } else if let Some(report) = &row.report {
        let code = report.verdict.code;
        ui.label(
            RichText::new(format!("{} {}", verdict_icon(code), code.title()))
                .color(verdict_colour(code, dark)),
        )
        .on_hover_text(&report.verdict.summary);
    } else if icon_button(ui, "🔍", &format!("Check {}", row.found.variable)).clicked() {
        commands.push(Command::Keys(KeysCommand::CheckImportRow(index)));
    }
}

/// The organization, project and base URL the file sets, kept with its keys.
fn settings_found(ui: &mut egui::Ui, hints: &Hints) {
    let mut hint_lines = Vec::new();
    if let Some(org) = &hints.organization {
        hint_lines.push(format!("organization {org}"));
    }
    if let Some(project) = &hints.project {
        hint_lines.push(format!("project {project}"));
    }
    if let Some(base) = &hints.base_url {
        hint_lines.push(format!("base URL {base}"));
    }
    if !hint_lines.is_empty() {
        ui.add_space(6.0);
        ui.label(format!(
            "The file also sets {}; they are kept with the keys and used when checking.",
            hint_lines.join(", ")
        ));
    }
}
