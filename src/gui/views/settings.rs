//! Settings: language, theme, text size, where requests go, prices, and about.

use egui::RichText;

use super::{ViewContext, card, view_heading};
use crate::gui::command::Command;
use crate::gui::services::Connection;
use crate::gui::settings_page::SettingsPage;
use crate::gui::theme::Palette;
use crate::gui::widgets::{self, Term, glossary_line, glossary_mark, technical_details};
use crate::i18n::Language;
use crate::openai::DEFAULT_BASE_URL as OPENAI_DEFAULT;
use crate::settings::{TextSize, ThemePreference};
use crate::tr;
use crate::usage::pricing::PricingOrigin;
use crate::usage::{ModelPrice, PricingTable};

/// What a price list file looks like, for the technical details. The format is the same in
/// every language.
const PRICE_FILE_EXAMPLE: &str = r#"{"as_of": "2026-06", "models": [{"model": "gpt-5", "input": 1.25, "cached_input": 0.125, "output": 10}]}"#;

/// Where a price edited in Settings came from, saved with it (a tag, not shown).
const EDITED_HERE: &str = "edited in Key Doctor"; // not words: a tag saved in the settings file

pub fn show(
    ui: &mut egui::Ui,
    context: &ViewContext,
    page: &mut SettingsPage,
    commands: &mut Vec<Command>,
) {
    view_heading(ui, &tr!("settings-title"));
    language_card(ui, context, commands);
    appearance_card(ui, context, commands);
    connection_card(ui, context, page, commands);
    pricing_card(ui, context, commands);
    card(ui, &tr!("settings-about"), |ui| {
        ui.label(tr!("settings-version", version = env!("CARGO_PKG_VERSION")));
        match context.config_dir {
            Some(dir) => ui.label(tr!(
                "settings-preferences-kept-in",
                folder = dir.display().to_string()
            )),
            None => ui.label(tr!("settings-no-config-folder")),
        };
    });
}

/// The language: the system's, or one chosen here, each named in itself so that a person who
/// cannot read the current one still finds theirs.
fn language_card(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    card(ui, &tr!("settings-language"), |ui| {
        let chosen = context.settings.language;
        ui.horizontal_wrapped(|ui| {
            let system = tr!(
                "settings-language-system",
                language = context.system_language.own_name()
            );
            if ui.radio(chosen.is_none(), system).clicked() && chosen.is_some() {
                commands.push(Command::SetLanguage(None));
            }
            for language in Language::ALL {
                if ui
                    .radio(chosen == Some(language), language.own_name())
                    .clicked()
                    && chosen != Some(language)
                {
                    commands.push(Command::SetLanguage(Some(language)));
                }
            }
        });
        ui.add_space(4.0);
        ui.label(RichText::new(tr!("settings-language-note")).weak());
    });
}

fn appearance_card(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    card(ui, &tr!("settings-appearance"), |ui| {
        ui.label(tr!("settings-theme"));
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
                Some(true) => tr!("settings-desktop-prefers-dark"),
                Some(false) => tr!("settings-desktop-prefers-light"),
                None => tr!("settings-desktop-says-nothing"),
            };
            ui.label(RichText::new(said).weak());
        }
        ui.add_space(8.0);
        ui.label(tr!("settings-text-size"));
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
        ui.label(RichText::new(tr!("settings-appearance-saved")).weak());
    });
}

/// Where requests go, and a field to change it (not in the demo, which uses the simulator).
fn connection_card(
    ui: &mut egui::Ui,
    context: &ViewContext,
    page: &mut SettingsPage,
    commands: &mut Vec<Command>,
) {
    card(ui, &tr!("settings-connection"), |ui| {
        where_requests_go(ui, context);
        if context.is_demo() {
            return;
        }
        ui.add_space(6.0);
        address_field(ui, page, commands);
        ui.add_space(8.0);
        ui.label(RichText::new(tr!("settings-try-demo-explained")).weak());
        if widgets::icon_button(ui, "🔬", &tr!("common-try-demo")).clicked() {
            commands.push(Command::TryDemo);
        }
    });
}

/// The address in force (or why the one given cannot be used), and the organization and
/// project sent with every request.
fn where_requests_go(ui: &mut egui::Ui, context: &ViewContext) {
    let dark = ui.visuals().dark_mode;
    match context.connection {
        // "Leave the demo" is beside the Demo mode badge, at the bottom of every page.
        Connection::Demo { base_url } => {
            ui.label(tr!("settings-connection-demo", base_url = base_url));
        }
        Connection::Live { base_url, .. } => {
            ui.label(tr!("settings-connection-live", base_url = base_url));
        }
        Connection::Unusable { given, problem } => {
            ui.label(
                RichText::new(format!(
                    "⚠ {}",
                    tr!("settings-connection-unusable", address = given)
                ))
                .color(Palette::warning(dark)),
            );
            technical_details(ui, "address_problem", problem);
        }
    }
    for (name, term, value) in [
        (
            tr!("settings-organization"),
            Term::Organization,
            &context.client.organization,
        ),
        (
            tr!("settings-project"),
            Term::Project,
            &context.client.project,
        ),
    ] {
        if let Some(value) = value {
            ui.horizontal_wrapped(|ui| {
                ui.label(name);
                glossary_mark(ui, term);
                ui.label(tr!("settings-sent-with-every-request", value = value));
            });
        }
    }
}

/// The OpenAI address as typed, with its buttons, why the last one was refused, and what the
/// setting is for.
fn address_field(ui: &mut egui::Ui, page: &mut SettingsPage, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    let label = ui.label(tr!("settings-openai-address"));
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
        submitted |= widgets::icon_button(ui, "✔", &tr!("settings-use-this-address")).clicked();
        if widgets::icon_button(ui, "↺", &tr!("settings-use-openai-address")).clicked() {
            page.base_url_draft = OPENAI_DEFAULT.to_owned();
            submitted = true;
        }
    });
    if submitted {
        commands.push(Command::SetBaseUrl(page.base_url_draft.clone()));
    }
    if let Some(refused) = &page.base_url_refused {
        ui.label(
            RichText::new(format!("⚠ {}", tr!("settings-address-refused")))
                .color(Palette::warning(dark)),
        );
        technical_details(ui, "address_refused", refused);
    }
    ui.add_space(4.0);
    ui.label(
        RichText::new(tr!(
            "settings-address-explained",
            default_address = OPENAI_DEFAULT
        ))
        .weak(),
    );
    technical_details(ui, "address_how_to", &tr!("settings-address-technical"));
}

/// Prices for estimates: where they come from, each model's price editable, another file.
fn pricing_card(ui: &mut egui::Ui, context: &ViewContext, commands: &mut Vec<Command>) {
    let pricing = context.pricing;
    card(ui, &tr!("settings-prices"), |ui| {
        ui.label(tr!("settings-prices-explained"));
        glossary_line(ui, &[Term::Token]);
        ui.label(RichText::new(pricing.describe()).weak());
        if let Some(problem) = context.pricing_problem {
            let dark = ui.visuals().dark_mode;
            ui.label(
                RichText::new(format!("⚠ {}", problem.sentence())).color(Palette::warning(dark)),
            );
            if let Some(technical) = problem.technical() {
                technical_details(ui, "pricing_problem", technical);
            }
        }
        ui.add_space(6.0);
        egui::CollapsingHeader::new(tr!("settings-show-prices"))
            .id_salt("pricing_table")
            .show(ui, |ui| price_grid(ui, pricing, commands));
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if widgets::icon_button(ui, "📂", &tr!("settings-choose-price-file")).clicked() {
                commands.push(Command::ChoosePricingFile);
            }
            let customised = pricing.origin != PricingOrigin::Builtin || !pricing.edited.is_empty();
            if ui
                .add_enabled(
                    customised,
                    egui::Button::new(tr!("settings-use-shipped-prices")),
                )
                .clicked()
            {
                commands.push(Command::UseShippedPrices);
            }
        });
        ui.label(RichText::new(tr!("settings-price-file-explained")).weak());
        technical_details(
            ui,
            "price_file_format",
            &tr!("settings-price-file-format", example = PRICE_FILE_EXAMPLE),
        );
    });
}

/// Every model's prices, each editable; an edit becomes a command.
fn price_grid(ui: &mut egui::Ui, pricing: &PricingTable, commands: &mut Vec<Command>) {
    egui::Grid::new("pricing_grid")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for title in [
                tr!("settings-price-model"),
                tr!("settings-price-input"),
                tr!("settings-price-reused-input"),
                tr!("settings-price-output"),
                String::new(),
            ] {
                ui.label(RichText::new(title).strong());
            }
            ui.end_row();
            for price in &pricing.models {
                price_row(ui, pricing, price, commands);
                ui.end_row();
            }
        });
}

/// One model's row: its name, three prices to edit, and whether it was edited.
fn price_row(
    ui: &mut egui::Ui,
    pricing: &PricingTable,
    price: &ModelPrice,
    commands: &mut Vec<Command>,
) {
    ui.label(&price.model);
    let mut edited = price.clone();
    let mut changed = false;
    let model = price.model.as_str();
    for (value, name) in [
        (
            &mut edited.input,
            tr!("settings-price-input-of", model = model),
        ),
        (
            &mut edited.cached_input,
            tr!("settings-price-reused-input-of", model = model),
        ),
        (
            &mut edited.output,
            tr!("settings-price-output-of", model = model),
        ),
    ] {
        let response = ui.add(
            egui::DragValue::new(value)
                .range(0.0..=1000.0)
                .speed(0.01)
                .max_decimals(3)
                .prefix("$"),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::accesskit::Role::SpinButton, true, &name)
        });
        changed |= response.changed();
    }
    if pricing.edited.contains(&price.model) {
        ui.label(RichText::new(tr!("settings-price-edited")).weak());
    } else {
        ui.label("");
    }
    if changed {
        commands.push(Command::EditPrice(ModelPrice {
            source: Some(EDITED_HERE.to_owned()),
            ..edited
        }));
    }
}
