//! The import preview: every key found in a .env file or pasted text (masked), whose it is and
//! its kind, whether it is already stored; the person ticks what to store, says whose a key is
//! when it fits several providers, gives an Azure key's endpoint when the file names none, and
//! may check keys before saving. A key found not to work is unticked, with the reason beside it.

use egui::{RichText, TextEdit};

use super::card;
use crate::gui::command::Command;
use crate::gui::keys::{
    AddProblem, ImportOrigin, ImportPreview, ImportRow, KeysCommand, KeysForms, place_id,
};
use crate::gui::widgets::{
    FormKey, confirmation_key, form_key, icon_button, icon_button_enabled, provider_mark,
    technical_details, verdict_colour, verdict_icon, verdict_title,
};
use crate::import::Hints;
use crate::providers::ProviderId;
use crate::tr;

fn keys(commands: &mut Vec<Command>, command: KeysCommand) {
    commands.push(Command::Keys(command));
}

pub fn show(
    ui: &mut egui::Ui,
    preview: &ImportPreview,
    forms: &mut KeysForms,
    persistent: bool,
    commands: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    let origin = preview.origin.words();
    card(ui, &tr!("keys-import-title", origin = &origin), |ui| {
        for (index, warning) in preview.warnings.iter().enumerate() {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("⚠ {warning}"))
                        .color(crate::gui::theme::Palette::warning(dark)),
                )
                .wrap(),
            );
            if let Some(technical) = warning.technical() {
                technical_details(ui, ("import_warning", index), technical);
            }
        }
        if preview.rows.is_empty() {
            nothing_found(ui, &preview.origin, &origin, commands);
            return;
        }
        let unchanged = match preview.origin {
            ImportOrigin::Pasted => tr!("keys-import-pasted-not-kept"),
            _ => tr!("keys-import-file-never-changed"),
        };
        let tick = tr!("keys-import-tick", place = place_id(persistent));
        ui.add(egui::Label::new(format!("{tick} {unchanged}")).wrap());
        ui.add_space(8.0);
        let show_provider = preview.has_other_providers();
        for (index, row) in preview.rows.iter().enumerate() {
            import_row(ui, index, row, (&preview.origin, show_provider), commands);
            ui.add_space(6.0);
        }
        settings_found(ui, preview);
        if preview.needs_azure_endpoint() {
            import_endpoint(ui, forms, commands);
        }
        ui.add_space(10.0);
        store_or_cancel(ui, preview, commands);
    });
}

/// Store the ticked keys, check them all first, or leave the import.
fn store_or_cancel(ui: &mut egui::Ui, preview: &ImportPreview, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let count = preview.rows.iter().filter(|r| r.selected).count();
        let words = tr!("keys-import-store", count = count);
        if icon_button_enabled(ui, count > 0, "💾", &words).clicked() {
            keys(commands, KeysCommand::StoreImport);
        }
        let unchecked = preview
            .rows
            .iter()
            .any(|r| r.report.is_none() && !r.checking);
        if preview.rows.len() > 1
            && icon_button_enabled(ui, unchecked, "🔍", &tr!("keys-import-check-every")).clicked()
        {
            keys(commands, KeysCommand::CheckEveryImportRow);
        }
        if ui.button(tr!("keys-cancel")).clicked() {
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
}

/// No key in the file or text: say what a key looks like, and offer the next try.
fn nothing_found(
    ui: &mut egui::Ui,
    origin: &ImportOrigin,
    origin_words: &str,
    commands: &mut Vec<Command>,
) {
    let next = tr!("keys-import-nothing-found-next", source = source_id(origin));
    let found = tr!("keys-import-nothing-found", origin = origin_words);
    ui.add(egui::Label::new(format!("{found} {next}")).wrap());
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let next = match origin {
            ImportOrigin::Pasted => (
                "📋",
                tr!("keys-import-paste-other"),
                KeysCommand::ShowEnvText,
            ),
            _ => (
                "📂",
                tr!("keys-import-open-another"),
                KeysCommand::ChooseEnvFile,
            ),
        };
        if icon_button(ui, next.0, &next.1).clicked() {
            keys(commands, next.2);
        }
        if ui.button(tr!("keys-import-close")).clicked() {
            keys(commands, KeysCommand::CancelImport);
        }
    });
    if confirmation_key(ui) == Some(FormKey::Escape) {
        keys(commands, KeysCommand::CancelImport);
    }
}

/// The endpoint of the Azure OpenAI keys found, when the file names none: they are stored
/// with it, and checked at it.
fn import_endpoint(ui: &mut egui::Ui, forms: &mut KeysForms, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    ui.add_space(6.0);
    ui.add(egui::Label::new(tr!("keys-import-endpoint-needed")).wrap());
    let label = ui.label(tr!("keys-endpoint"));
    let field = ui
        .add(
            TextEdit::singleline(&mut forms.import_endpoint)
                .hint_text("https://your-resource.openai.azure.com") // not words: an address
                .desired_width(ui.available_width().min(360.0)),
        )
        .labelled_by(label.id);
    if field.changed() {
        forms.import_endpoint_problem = None;
    }
    match form_key(ui, &field, false) {
        Some(FormKey::Enter) => keys(commands, KeysCommand::StoreImport),
        Some(FormKey::Escape) => keys(commands, KeysCommand::CancelImport),
        None => {}
    }
    if let Some(problem) = &forms.import_endpoint_problem {
        let sentence = match problem {
            AddProblem::EndpointNeeded => tr!("keys-import-endpoint-missing"),
            other => other.sentence(),
        };
        let sentence = format!("✖ {sentence}");
        let warning = crate::gui::theme::Palette::warning(dark);
        ui.add(egui::Label::new(RichText::new(sentence).color(warning)).wrap());
    }
}

/// One key found: tick to store, its variable, whose it is (when other providers' keys are
/// among them) and its kind, masked value, and its check with the reason.
fn import_row(
    ui: &mut egui::Ui,
    index: usize,
    row: &ImportRow,
    (origin, show_provider): (&ImportOrigin, bool),
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
            .on_hover_text(tr!(
                "keys-import-store-as",
                name = origin.label_for(&row.found.variable)
            ))
            .clicked()
        {
            keys(commands, KeysCommand::ToggleImportRow(index));
        }
        if show_provider {
            provider_mark(ui, row.found.provider);
            ui.label(row.found.provider.name());
        }
        ui.label(row.found.kind.words());
        match &row.already_stored {
            Some(label) => ui.label(tr!(
                "keys-import-already-stored",
                redacted = &row.found.redacted,
                name = label
            )),
            None => ui.label(&row.found.redacted),
        };
        if row.checking {
            ui.add(egui::Spinner::new());
            ui.label(tr!("keys-status-checking"));
        } else if row.report.is_none()
            && icon_button(
                ui,
                "🔍",
                &tr!("keys-import-check-one", variable = &row.found.variable),
            )
            .clicked()
        {
            keys(commands, KeysCommand::CheckImportRow(index));
        }
    });
    if row.candidates.len() > 1 {
        which_provider(ui, index, row, commands);
    }
    if let Some(report) = &row.report {
        let code = report.verdict.code;
        let mut text = format!(
            "{} {}: {}",
            verdict_icon(code),
            verdict_title(code, report.provider),
            report.verdict.summary()
        );
        if !row.selected && !code.is_ok() && row.already_stored.is_none() {
            text.push(' ');
            text.push_str(&tr!("keys-import-not-ticked"));
        }
        ui.indent(("import_reason", index), |ui| {
            ui.add(egui::Label::new(RichText::new(text).color(verdict_colour(code, dark))).wrap());
        });
    }
}

/// A key that fits several providers: whose it is, the likeliest chosen until the person
/// chooses another.
fn which_provider(ui: &mut egui::Ui, index: usize, row: &ImportRow, commands: &mut Vec<Command>) {
    ui.indent(("import_provider", index), |ui| {
        ui.add(egui::Label::new(tr!("keys-which-service")).wrap());
        ui.add_enabled_ui(!row.checking, |ui| {
            ui.horizontal_wrapped(|ui| {
                for provider in &row.candidates {
                    let chosen = row.found.provider == *provider;
                    if ui.radio(chosen, provider.name()).clicked() && !chosen {
                        keys(
                            commands,
                            KeysCommand::ChooseImportProvider {
                                index,
                                provider: *provider,
                            },
                        );
                    }
                }
            });
        });
    });
}

/// The organization, project and OpenAI address the file sets, and the other providers'
/// addresses for their keys: Key Doctor keeps them with its keys and sends them when checking.
fn settings_found(ui: &mut egui::Ui, preview: &ImportPreview) {
    let (hints, origin): (&Hints, &ImportOrigin) = (&preview.hints, &preview.origin);
    let mut found = Vec::new();
    if let Some(organization) = &hints.organization {
        found.push(tr!(
            "keys-import-setting-organization",
            organization = organization
        ));
    }
    if let Some(project) = &hints.project {
        found.push(tr!("keys-import-setting-project", project = project));
    }
    if let Some(address) = &hints.base_url {
        found.push(tr!("keys-import-setting-address", address = address));
    }
    // Only the addresses of providers whose keys are found matter here.
    for (provider, address) in &preview.provider_settings {
        if !preview
            .rows
            .iter()
            .any(|row| row.found.provider == *provider)
        {
            continue;
        }
        found.push(match provider {
            ProviderId::AzureOpenAi => {
                tr!(
                    "keys-import-setting-azure-endpoint",
                    address = address.as_str()
                )
            }
            other => tr!(
                "keys-import-setting-provider-address",
                provider = other.name(),
                address = address.as_str()
            ),
        });
    }
    if found.is_empty() {
        return;
    }
    let sets = tr!(
        "keys-import-also-sets",
        source = source_id(origin),
        settings = found.join(", ")
    );
    let kept = tr!("keys-import-settings-kept", count = found.len());
    ui.add_space(6.0);
    ui.add(egui::Label::new(format!("{sets} {kept}")).wrap());
}

/// Where the keys came from, for the sentences that say so: the id a message selects its words
/// by ("file" for a dropped file too).
fn source_id(origin: &ImportOrigin) -> &'static str {
    match origin {
        ImportOrigin::Pasted => "pasted",
        _ => "file",
    }
}
