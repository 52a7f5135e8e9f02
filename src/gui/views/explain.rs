//! Explain an error: paste the error a plugin, script or app showed, and read what it means and
//! which page fixes it. Nothing is sent anywhere.

use egui::{RichText, TextEdit};

use super::{card, view_heading};
use crate::gui::command::Command;
use crate::gui::explain::{ExplainCommand, ExplainPage};
use crate::gui::widgets::{icon_button, verdict_banner};

pub fn show(ui: &mut egui::Ui, page: &mut ExplainPage, commands: &mut Vec<Command>) {
    let text = &mut page.text;
    view_heading(ui, "Explain an error");
    card(ui, "Paste the error", |ui| {
        let label = ui.label(
            "Paste the message your plugin, script or app showed, for example \"You have insufficient permissions for this operation. Missing scopes: model.request\". Nothing is sent anywhere.",
        );
        ui.add(
            TextEdit::multiline(text)
                .hint_text("Error code: 401 - {'error': {'message': ...")
                .desired_rows(6)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.horizontal(|ui| {
            if icon_button(ui, "❓", "Explain").clicked() {
                commands.push(Command::Explain(ExplainCommand::Explain));
            }
            if !text.is_empty() && ui.button("Clear").clicked() {
                commands.push(Command::Explain(ExplainCommand::Clear));
            }
        });
    });
    match &page.result {
        Some(Ok(verdict)) => {
            if let Some(url) = verdict_banner(ui, verdict) {
                commands.push(Command::OpenUrl(url));
            }
            let details = &verdict.details;
            if details.sub_code.is_some()
                || !details.missing_scopes.is_empty()
                || details.http_status.is_some()
            {
                ui.add_space(6.0);
                egui::CollapsingHeader::new("Details")
                    .default_open(true)
                    .show(ui, |ui| {
                        ui.label(format!("Verdict code: {}", verdict.code.as_str()));
                        if let Some(status) = details.http_status {
                            ui.label(format!("HTTP status: {status}"));
                        }
                        if let Some(sub_code) = &details.sub_code {
                            ui.label(format!("OpenAI code: {sub_code}"));
                        }
                        if !details.missing_scopes.is_empty() {
                            ui.label(format!(
                                "Missing scopes: {}",
                                details.missing_scopes.join(", ")
                            ));
                        }
                    });
            }
        }
        Some(Err(sentence)) => {
            ui.label(RichText::new(sentence).strong());
        }
        None => {}
    }
}
