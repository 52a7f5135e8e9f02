//! Keys: the list of stored keys and their verdicts. Storing keys and checking them arrive with
//! the vault and checks work; until then the view says so plainly.

use super::{ViewContext, card, view_heading};
use crate::gui::Command;
use crate::gui::widgets;
use crate::openai::platform;

pub fn show(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    view_heading(ui, "Your keys");
    card(ui, "Welcome to Key Doctor", |ui| {
        ui.label(
            "Key Doctor tells you, in one sentence, why an OpenAI API key does not work and which \
             page on platform.openai.com fixes it.",
        );
        ui.add_space(6.0);
        if context.is_demo() {
            ui.label(
                "You are in demo mode: the sample keys and their problems come from a simulator \
                 on this computer, so you can look around without a key or a network.",
            );
        }
        ui.label(
            "Coming next in this view: paste a key or open a .env file, keep keys in your \
             system's keychain, and check each one with a single button.",
        );
        ui.add_space(8.0);
        if widgets::icon_button(ui, "🌐", "Open OpenAI's API keys page").clicked() {
            commands.push(Command::OpenUrl(platform::api_keys()));
        }
    });
}
