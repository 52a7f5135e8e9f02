//! Settings: theme, text size, and where requests go.

use egui::RichText;

use super::{ViewContext, card, view_heading};
use crate::gui::command::Command;
use crate::gui::services::Connection;
use crate::gui::settings_page::SettingsPage;
use crate::gui::widgets;
use crate::openai::DEFAULT_BASE_URL as OPENAI_DEFAULT;
use crate::settings::{TextSize, ThemePreference};
use crate::usage::pricing::PricingOrigin;
use crate::usage::{ModelPrice, PricingTable};

pub fn show(
    ui: &mut egui::Ui,
    context: &ViewContext,
    page: &mut SettingsPage,
    commands: &mut Vec<Command>,
) {
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
    connection_card(ui, context, page, commands);
    pricing_card(ui, context, commands);
    card(ui, "About", |ui| {
        ui.label(format!("Key Doctor {}", env!("CARGO_PKG_VERSION")));
        match context.config_dir {
            Some(dir) => ui.label(format!("Preferences are kept in {}", dir.display())),
            None => ui.label("This system has no configuration folder, so preferences last until you close the app."),
        };
    });
}

/// Where requests go, and a field to change it (not in demo mode, which uses the simulator).
fn connection_card(
    ui: &mut egui::Ui,
    context: &ViewContext,
    page: &mut SettingsPage,
    commands: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
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
            Connection::Unusable { problem, .. } => {
                ui.label(
                    RichText::new(format!("⚠ {problem} Nothing is sent until it is fixed."))
                        .color(crate::gui::theme::Palette::warning(dark)),
                );
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
        if context.is_demo() {
            return;
        }
        ui.add_space(6.0);
        let label = ui.label("OpenAI address");
        let mut submitted = false;
        ui.horizontal_wrapped(|ui| {
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut page.base_url_draft)
                        .desired_width(360.0)
                        .hint_text(OPENAI_DEFAULT),
                )
                .labelled_by(label.id);
            submitted |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            submitted |= widgets::icon_button(ui, "✔", "Use this address").clicked();
            if widgets::icon_button(ui, "↺", "Use OpenAI's address").clicked() {
                page.base_url_draft = OPENAI_DEFAULT.to_owned();
                submitted = true;
            }
        });
        if submitted {
            commands.push(Command::SetBaseUrl(page.base_url_draft.clone()));
        }
        if let Some(refused) = &page.base_url_refused {
            ui.label(
                RichText::new(format!("⚠ {refused}"))
                    .color(crate::gui::theme::Palette::warning(dark)),
            );
        }
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!(
                "The usual address is {OPENAI_DEFAULT}. Change it only if your company or your \
                 provider gave you another one. Only secure (https://) addresses are accepted, \
                 except for this computer. The address is saved for the next time."
            ))
            .weak(),
        );
    });
}

/// Prices for estimates: where they come from, each model's price editable, another file.
fn pricing_card(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    let pricing = context.pricing;
    card(ui, "Prices for cost estimates", |ui| {
        ui.label(
            "Costs come from OpenAI's Costs API, the figures on your invoice. Only where it gives \
             none, such as the cost of each key on some organizations, Key Doctor estimates from \
             tokens with these prices (US dollars per million tokens) and marks the figure as an \
             estimate.",
        );
        ui.label(RichText::new(pricing.describe()).weak());
        if let Some(problem) = context.pricing_problem {
            let dark = ui.visuals().dark_mode;
            ui.label(
                RichText::new(format!("⚠ {problem}"))
                    .color(crate::gui::theme::Palette::warning(dark)),
            );
        }
        ui.add_space(6.0);
        egui::CollapsingHeader::new("Show and edit the prices")
            .id_salt("pricing_table")
            .show(ui, |ui| price_grid(ui, pricing, commands));
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if widgets::icon_button(ui, "📂", "Choose a pricing file…").clicked() {
                commands.push(Command::ChoosePricingFile);
            }
            let customised = pricing.origin != PricingOrigin::Builtin || !pricing.edited.is_empty();
            if ui
                .add_enabled(customised, egui::Button::new("Use the shipped prices"))
                .clicked()
            {
                commands.push(Command::UseShippedPrices);
            }
        });
        ui.label(
            RichText::new(
                "A pricing file is JSON shaped like the shipped one: {\"as_of\": \"2026-06\", \
                 \"models\": [{\"model\": \"gpt-5\", \"input\": 1.25, \"cached_input\": 0.125, \
                 \"output\": 10}]}.",
            )
            .weak(),
        );
    });
}

/// Every model's prices, each editable; an edit becomes a command.
fn price_grid(ui: &mut egui::Ui, pricing: &PricingTable, commands: &mut Vec<Command>) {
    egui::Grid::new("pricing_grid")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for title in ["Model", "Input", "Cached input", "Output", ""] {
                ui.label(RichText::new(title).strong());
            }
            ui.end_row();
            for price in &pricing.models {
                ui.label(&price.model);
                let mut edited = price.clone();
                let mut changed = false;
                for (value, what) in [
                    (&mut edited.input, "input"),
                    (&mut edited.cached_input, "cached input"),
                    (&mut edited.output, "output"),
                ] {
                    let response = ui.add(
                        egui::DragValue::new(value)
                            .range(0.0..=1000.0)
                            .speed(0.01)
                            .max_decimals(3)
                            .prefix("$"),
                    );
                    let name = format!("{} {what} price", price.model);
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::accesskit::Role::SpinButton, true, &name)
                    });
                    changed |= response.changed();
                }
                if pricing.edited.contains(&price.model) {
                    ui.label(RichText::new("edited").weak());
                } else {
                    ui.label("");
                }
                ui.end_row();
                if changed {
                    commands.push(Command::EditPrice(ModelPrice {
                        source: Some("edited in Key Doctor".to_owned()),
                        ..edited
                    }));
                }
            }
        });
}
