//! Explain an error: paste an error text from OpenAI (or from an app that shows one) and read
//! what it means.

use super::{ViewContext, card, view_heading};
use crate::gui::Command;

pub fn show(ui: &mut egui::Ui, _context: &ViewContext, _commands: &mut Vec<Command>) {
    view_heading(ui, "Explain an error");
    card(ui, "What you will be able to do here", |ui| {
        ui.label(
            "Paste the error a plugin, script or app showed you, for example \"You have \
             insufficient permissions for this operation. Missing scopes: model.request\", and \
             read what it means and which page fixes it. Nothing is sent anywhere.",
        );
    });
}
