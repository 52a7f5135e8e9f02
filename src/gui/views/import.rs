//! The import preview: every OpenAI key found in a .env file or pasted text (masked), its kind,
//! whether it is already stored; the person ticks what to store and may check keys before
//! saving. A key found not to work is unticked, with the reason beside it.

use egui::RichText;

use super::card;
use crate::gui::command::Command;
use crate::gui::keys::{ImportOrigin, ImportPreview, ImportRow, KeysCommand};
use crate::gui::widgets::{
    FormKey, confirmation_key, icon_button, icon_button_enabled, verdict_colour, verdict_icon,
};
use crate::import::Hints;

fn keys(commands: &mut Vec<Command>, command: KeysCommand) {
    commands.push(Command::Keys(command));
}

pub fn show(ui: &mut egui::Ui, preview: &ImportPreview, place: &str, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    let origin = preview.origin.words();
    card(ui, &format!("Import from {origin}"), |ui| {
        let unchanged = match preview.origin {
            ImportOrigin::Pasted => "The pasted text is not kept.",
            _ => "The file itself is never changed.",
        };
        ui.add(egui::Label::new(format!("Tick the keys to keep in {place}. {unchanged}")).wrap());
        for warning in &preview.warnings {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {warning}"))
                        .color(crate::gui::theme::Palette::warning(dark)),
                )
                .wrap(),
            );
        }
        ui.add_space(8.0);
        for (index, row) in preview.rows.iter().enumerate() {
            import_row(ui, index, row, &preview.origin, commands);
            ui.add_space(6.0);
        }
        settings_found(ui, &preview.hints, &origin);
        ui.add_space(10.0);
        ui.horizontal_wrapped(|ui| {
            let count = preview.rows.iter().filter(|r| r.selected).count();
            let words = match count {
                1 => "Store 1 key".to_owned(),
                n => format!("Store {n} keys"),
            };
            if icon_button_enabled(ui, count > 0, "💾", &words).clicked() {
                keys(commands, KeysCommand::StoreImport);
            }
            let unchecked = preview
                .rows
                .iter()
                .any(|r| r.report.is_none() && !r.checking);
            if preview.rows.len() > 1
                && icon_button_enabled(ui, unchecked, "🔍", "Check every key").clicked()
            {
                keys(commands, KeysCommand::CheckEveryImportRow);
            }
            if ui.button("Cancel").clicked() {
                keys(commands, KeysCommand::CancelImport);
            }
        });
        match confirmation_key(ui) {
            Some(FormKey::Enter) if preview.rows.iter().any(|r| r.selected) => {
                keys(commands, KeysCommand::StoreImport)
            }
            Some(FormKey::Escape) => keys(commands, KeysCommand::CancelImport),
            _ => {}
        }
    });
}

/// One key found: tick to store, its variable, kind, masked value, and its check with the reason.
fn import_row(
    ui: &mut egui::Ui,
    index: usize,
    row: &ImportRow,
    origin: &ImportOrigin,
    commands: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        let mut ticked = row.selected;
        if ui
            .add_enabled(
                row.already_stored.is_none(),
                egui::Checkbox::new(&mut ticked, RichText::new(&row.found.variable).strong()),
            )
            .on_hover_text(format!(
                "Store it as \"{}\"",
                origin.label_for(&row.found.variable)
            ))
            .clicked()
        {
            keys(commands, KeysCommand::ToggleImportRow(index));
        }
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
            ui.label("Checking…");
        } else if row.report.is_none()
            && icon_button(ui, "🔍", &format!("Check {}", row.found.variable)).clicked()
        {
            keys(commands, KeysCommand::CheckImportRow(index));
        }
    });
    if let Some(report) = &row.report {
        let code = report.verdict.code;
        let mut text = format!(
            "{} {}: {}",
            verdict_icon(code),
            code.title(),
            report.verdict.summary
        );
        if !row.selected && !code.is_ok() && row.already_stored.is_none() {
            text.push_str(" Not ticked: tick it to store it anyway.");
        }
        ui.indent(("import_reason", index), |ui| {
            ui.add(egui::Label::new(RichText::new(text).color(verdict_colour(code, dark))).wrap());
        });
    }
}

/// The organization, project and OpenAI address the file sets, kept with its keys.
fn settings_found(ui: &mut egui::Ui, hints: &Hints, origin: &str) {
    let mut found = Vec::new();
    if let Some(org) = &hints.organization {
        found.push(format!("the organization {org}"));
    }
    if let Some(project) = &hints.project {
        found.push(format!("the project {project}"));
    }
    if let Some(base) = &hints.base_url {
        found.push(format!("the OpenAI address {base}"));
    }
    if !found.is_empty() {
        ui.add_space(6.0);
        ui.add(
            egui::Label::new(format!(
                "Also found in {origin}: {}. Key Doctor keeps them with the keys and uses them when checking.",
                found.join(", ")
            ))
            .wrap(),
        );
    }
}
