//! Usage and cost: graphs of what an organization spends, read with an Admin key.

use super::{ViewContext, card, view_heading};
use crate::gui::Command;
use crate::gui::widgets;
use crate::openai::platform;

pub fn show(ui: &mut egui::Ui, _context: &ViewContext, commands: &mut Vec<Command>) {
    view_heading(ui, "Usage and cost");
    card(ui, "What you will see here", |ui| {
        ui.label(
            "Cost per day, tokens and requests by model, project and key, this month's total and \
             a forecast for the month's end, with a CSV export.",
        );
        ui.add_space(6.0);
        ui.label(
            "Usage can only be read with an Admin key: a normal project key is not allowed to see \
             the organization's spending. An organization owner can create a read-only Admin key.",
        );
        ui.add_space(8.0);
        if widgets::icon_button(ui, "🌐", "Open the Admin keys page").clicked() {
            commands.push(Command::OpenUrl(platform::admin_keys()));
        }
    });
}
