//! Settings: theme, text size, and where requests go.

use egui::RichText;

use super::{ViewContext, card, view_heading};
use crate::gui::{Command, Connection, OPENAI_DEFAULT};
use crate::settings::{TextSize, ThemePreference};

pub fn show(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    view_heading(ui, "Settings");
    card(ui, "Appearance", |ui| {
        ui.label("Theme");
        ui.horizontal_wrapped(|ui| {
            for theme in ThemePreference::ALL {
                if ui
                    .radio(context.settings.theme == theme, theme.label())
                    .clicked()
                    && context.settings.theme != theme
                {
                    commands.push(Command::SetTheme(theme));
                }
            }
        });
        if context.settings.theme == ThemePreference::System {
            let said = match context.desktop_prefers_dark {
                Some(true) => "Your desktop prefers dark.",
                Some(false) => "Your desktop prefers light.",
                None => {
                    "Your desktop does not say whether it prefers light or dark, so light is used."
                }
            };
            ui.label(RichText::new(said).weak());
        }
        ui.add_space(8.0);
        ui.label("Text size");
        ui.horizontal_wrapped(|ui| {
            for size in TextSize::ALL {
                if ui
                    .radio(context.settings.text_size == size, size.label())
                    .clicked()
                    && context.settings.text_size != size
                {
                    commands.push(Command::SetTextSize(size));
                }
            }
        });
        ui.add_space(4.0);
        ui.label(
            RichText::new("Both are saved and kept the next time you open Key Doctor.").weak(),
        );
    });
    card(ui, "Connection to OpenAI", |ui| {
        match context.connection {
            Connection::Demo { base_url } => {
                ui.label(format!(
                    "Demo mode: requests go to the built-in simulator at {base_url}."
                ));
            }
            Connection::Live { base_url, .. } => {
                ui.label(format!("Requests go to {base_url}."));
            }
        }
        if let Some(organization) = &context.client.organization {
            ui.label(format!(
                "Organization sent with every request: {organization}"
            ));
        }
        if let Some(project) = &context.client.project {
            ui.label(format!("Project sent with every request: {project}"));
        }
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!(
                "To use another address, start Key Doctor with --base-url or set OPENAI_BASE_URL. \
                 The usual address is {OPENAI_DEFAULT}. Only HTTPS addresses are accepted, except \
                 for this computer."
            ))
            .weak(),
        );
    });
    card(ui, "About", |ui| {
        ui.label(format!("Key Doctor {}", env!("CARGO_PKG_VERSION")));
        match context.config_dir {
            Some(dir) => ui.label(format!("Preferences are kept in {}", dir.display())),
            None => ui.label("This system has no configuration folder, so preferences last until you close the app."),
        };
    });
}
