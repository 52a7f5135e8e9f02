//! Keys: the stored keys on the left with a coloured status and their kind in words; on the right
//! the selected key's verdict as one sentence with one fix button, the permission table and the
//! details. First run: one card to paste a key, open a .env file, or try the demo.

use egui::{RichText, TextEdit};
use secrecy::ExposeSecret;

use super::{ViewContext, card, view_heading};
use crate::gui::command::Command;
use crate::gui::keys::{KeysCommand, KeysForms, KeysPage, VaultStatus, developer_facts};
use crate::gui::widgets::{
    icon_button, icon_button_enabled, list_row, permission_table, verdict_banner, verdict_colour,
    verdict_icon,
};
use crate::vault::{CatalogEntry, KeyKind, redact};

fn keys(commands: &mut Vec<Command>, command: KeysCommand) {
    commands.push(Command::Keys(command));
}

pub fn show(
    ui: &mut egui::Ui,
    page: &mut KeysPage,
    context: &ViewContext,
    commands: &mut Vec<Command>,
) {
    // The forms are typed into while the rest of the page is only read.
    let mut forms = std::mem::take(&mut page.forms);
    draw(ui, page, &mut forms, context, commands);
    page.forms = forms;
}

fn draw(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    context: &ViewContext,
    commands: &mut Vec<Command>,
) {
    egui::Panel::top("keys_header").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            view_heading(ui, "Your keys");
            ui.add_space(16.0);
            toolbar(ui, model, commands);
        });
        super::notices(ui, context.notices, commands);
        if let VaultStatus::KeychainUnavailable { sentence } = &model.vault {
            card(ui, "No keychain", |ui| {
                ui.add(egui::Label::new(sentence.as_str()).wrap());
                ui.add_space(6.0);
                if icon_button(ui, "⏳", "Keep keys for this session only").clicked() {
                    keys(commands, KeysCommand::KeepForSession);
                }
            });
        }
        if model.dialog_gave_nothing {
            ui.label(
                RichText::new(
                    "No file was opened. If no file dialog appeared, drop the .env file onto this window, or paste its text with \"Paste .env text\".",
                )
                .weak(),
            );
        }
        if forms.show_env_text {
            paste_env_text(ui, forms, commands);
        }
        ui.add_space(4.0);
    });

    if let Some(preview) = &model.import {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| super::import::show(ui, preview, commands));
        });
        return;
    }

    if model.entries.is_empty() {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .show(ui, |ui| first_run(ui, model, forms, context, commands));
        });
        return;
    }

    // The list takes a third of a narrow window, so the verdict beside it keeps its room.
    let list_width = (ui.available_width() * 0.34).clamp(170.0, 290.0);
    egui::Panel::left("key_list")
        .resizable(true)
        .default_size(list_width)
        .show(ui, |ui| {
            list_tools(ui, model, forms);
            egui::ScrollArea::vertical().show(ui, |ui| {
                key_list(ui, model, forms, commands);
                ui.add_space(12.0);
                ui.separator();
                add_key_form(ui, model, forms, commands);
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        // Each key has a scroll position of its own: a key opens at its top, verdict first.
        let scroll_id = model.selected.clone().unwrap_or_default();
        egui::ScrollArea::vertical()
            .id_salt(("key_details", scroll_id))
            .show(ui, |ui| match model.selected_entry() {
                Some(entry) => key_details(ui, model, forms, context, entry, commands),
                None => {
                    ui.label("Select a key on the left.");
                }
            });
    });
}

fn toolbar(ui: &mut egui::Ui, model: &KeysPage, commands: &mut Vec<Command>) {
    let open = matches!(model.vault, VaultStatus::Open(_));
    ui.add_enabled_ui(open, |ui| {
        if icon_button(ui, "📂", "Open a .env file").clicked() {
            keys(commands, KeysCommand::ChooseEnvFile);
        }
        if icon_button(ui, "📋", "Paste .env text").clicked() {
            keys(commands, KeysCommand::ShowEnvText);
        }
        match &model.check_all {
            Some(progress) => {
                ui.add(egui::Spinner::new());
                ui.label(format!("Checked {} of {}", progress.done, progress.total));
                if icon_button(ui, "⏹", "Stop checking").clicked() {
                    keys(commands, KeysCommand::CancelCheckAll);
                }
            }
            None => {
                if icon_button_enabled(ui, !model.entries.is_empty(), "🔄", "Check all").clicked()
                {
                    keys(commands, KeysCommand::CheckAll);
                }
            }
        }
    });
}

fn paste_env_text(ui: &mut egui::Ui, forms: &mut KeysForms, commands: &mut Vec<Command>) {
    card(ui, "Paste the text of a .env file", |ui| {
        let label =
            ui.label("Key Doctor reads the OpenAI settings in it; nothing is sent anywhere.");
        ui.add(
            TextEdit::multiline(&mut forms.env_text)
                .hint_text("OPENAI_API_KEY=sk-proj-...")
                .desired_rows(5)
                .desired_width(f32::INFINITY)
                .font(egui::TextStyle::Monospace),
        )
        .labelled_by(label.id);
        go_or_cancel(
            ui,
            ("🔍", "Read the pasted text", KeysCommand::ImportText),
            ("Cancel", KeysCommand::HideEnvText),
            commands,
        );
    });
}

/// A button that goes ahead (icon and words) beside one that cancels.
fn go_or_cancel(
    ui: &mut egui::Ui,
    (icon, words, go): (&str, &str, KeysCommand),
    (cancel_words, cancel): (&str, KeysCommand),
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        if icon_button(ui, icon, words).clicked() {
            keys(commands, go);
        }
        if ui.button(cancel_words).clicked() {
            keys(commands, cancel);
        }
    });
}

fn first_run(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    context: &ViewContext,
    commands: &mut Vec<Command>,
) {
    card(ui, "Welcome to Key Doctor", |ui| {
        ui.label(
            "Key Doctor tells you, in one sentence, why an OpenAI API key does not work and which page on platform.openai.com fixes it. Your keys are kept in your system's keychain, never in a plain file.",
        );
        ui.add_space(10.0);
        add_key_form(ui, model, forms, commands);
        ui.add_space(10.0);
        ui.label("Or open the .env file your app or developer gave you (you can also drop it onto this window):");
        if icon_button(ui, "📂", "Open a .env file").clicked() {
            keys(commands, KeysCommand::ChooseEnvFile);
        }
        ui.add_space(10.0);
        if context.is_demo() {
            ui.label(RichText::new("Demo mode: the sample keys are loading.").weak());
        } else {
            ui.label(
                RichText::new("To look around first, start Key Doctor with --demo: it shows sample keys against a simulator, without a key or a network.").weak(),
            );
        }
    });
}

fn add_key_form(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    commands: &mut Vec<Command>,
) {
    let open = matches!(model.vault, VaultStatus::Open { .. });
    ui.label(RichText::new("Add a key").strong());
    ui.add_enabled_ui(open, |ui| {
        let key_label = ui.label("API key");
        let response = ui
            .add(
                TextEdit::singleline(&mut forms.paste_key)
                    .password(true)
                    .hint_text("sk-proj-...")
                    .desired_width(260.0),
            )
            .labelled_by(key_label.id);
        if std::mem::take(&mut forms.go_to_add_form) {
            response.scroll_to_me(Some(egui::Align::Center));
            response.request_focus();
        }
        let kind = KeyKind::detect(&forms.paste_key);
        if !forms.paste_key.trim().is_empty() {
            ui.label(
                RichText::new(format!("{} {}", kind.words(), redact(&forms.paste_key))).weak(),
            );
        }
        let name_label = ui.label("Name (optional)");
        ui.add(
            TextEdit::singleline(&mut forms.paste_label)
                .hint_text("Website chatbot")
                .desired_width(260.0),
        )
        .labelled_by(name_label.id);
        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let can_add = !forms.paste_key.trim().is_empty();
        if (icon_button(ui, "➕", "Add key").clicked() || submitted) && can_add {
            keys(commands, KeysCommand::AddPasted);
        }
        if let VaultStatus::Open(worker) = &model.vault {
            let place = worker.place();
            let text = if worker.is_persistent() {
                format!("Stored in {place}.")
            } else {
                format!("Kept in {place} only.")
            };
            ui.label(RichText::new(text).weak().small());
        }
    });
}

fn entry_status(
    model: &KeysPage,
    entry: &CatalogEntry,
) -> (String, Option<crate::checks::VerdictCode>) {
    if model.checking.contains(&entry.id) {
        return ("Checking…".to_owned(), None);
    }
    if model.missing_secrets.contains(&entry.id) {
        return (
            "Missing from the keychain".to_owned(),
            Some(crate::checks::VerdictCode::InvalidKey),
        );
    }
    if let Some(report) = model.reports.get(&entry.id) {
        return (
            report.verdict.code.title().to_owned(),
            Some(report.verdict.code),
        );
    }
    match entry.history.last() {
        Some(last) => (
            format!("Last check: {}", code_title(&last.code)),
            code_of(&last.code),
        ),
        None => ("Not checked yet".to_owned(), None),
    }
}

fn code_of(code: &str) -> Option<crate::checks::VerdictCode> {
    crate::checks::VerdictCode::from_code(code)
}

fn code_title(code: &str) -> String {
    code_of(code).map_or_else(|| code.to_owned(), |c| c.title().to_owned())
}

/// Above the list: a button to the add form (which sits below a long list), and once there
/// are many keys, a search field and a "Needs attention" filter.
fn list_tools(ui: &mut egui::Ui, model: &KeysPage, forms: &mut KeysForms) {
    if icon_button(ui, "➕", "Add a key").clicked() {
        forms.go_to_add_form = true;
    }
    if model.entries.len() > LONG_LIST {
        let label = ui.label("Find a key");
        ui.add(
            TextEdit::singleline(&mut forms.search)
                .hint_text("name, kind or file")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.checkbox(&mut forms.needs_attention_only, "Needs attention only");
    }
    ui.add_space(4.0);
}

/// The order kinds are listed in: the keys apps use first, Admin keys after.
fn kind_order(kind: KeyKind) -> u8 {
    match kind {
        KeyKind::Project => 0,
        KeyKind::ServiceAccount => 1,
        KeyKind::UserWithoutProject => 2,
        KeyKind::LegacyUser => 3,
        KeyKind::Admin => 4,
        KeyKind::Unknown => 5,
    }
}

fn kind_group_title(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::Project => "Project keys",
        KeyKind::ServiceAccount => "Service-account keys",
        KeyKind::UserWithoutProject => "User keys (no project)",
        KeyKind::LegacyUser => "Legacy user keys",
        KeyKind::Admin => "Admin keys",
        KeyKind::Unknown => "Other keys",
    }
}

/// More keys than this get a search field and a filter.
const LONG_LIST: usize = 8;

/// True when the key is shown with the search and the filter as they are.
fn shown_in_list(model: &KeysPage, forms: &KeysForms, entry: &CatalogEntry) -> bool {
    if model.entries.len() <= LONG_LIST {
        return true;
    }
    let words = forms.search.trim().to_lowercase();
    let found = words.is_empty()
        || [
            entry.label.as_str(),
            entry.kind.words(),
            &entry.source.describe(),
        ]
        .iter()
        .any(|text| text.to_lowercase().contains(&words));
    let (_, code) = entry_status(model, entry);
    found && (!forms.needs_attention_only || code.is_some_and(|code| !code.is_ok()))
}

fn key_list(ui: &mut egui::Ui, model: &KeysPage, forms: &KeysForms, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    let shown: Vec<&CatalogEntry> = model
        .entries
        .iter()
        .filter(|entry| shown_in_list(model, forms, entry))
        .collect();
    if shown.is_empty() {
        ui.label(RichText::new("No key matches.").weak());
    }
    // A long list is grouped by kind, each group under its name ("Admin keys").
    let long = model.entries.len() > LONG_LIST;
    let mut shown = shown;
    if long {
        shown.sort_by_key(|entry| kind_order(entry.kind));
    }
    let mut group = None;
    for entry in shown {
        if long && group != Some(entry.kind) {
            group = Some(entry.kind);
            ui.add_space(4.0);
            ui.label(RichText::new(kind_group_title(entry.kind)).strong());
        }
        let selected = model.selected.as_deref() == Some(entry.id.as_str());
        let (status, code) = entry_status(model, entry);
        let (icon, colour) = match code {
            Some(code) => (verdict_icon(code), verdict_colour(code, dark)),
            None => ("●", ui.visuals().weak_text_color()),
        };
        let subtitle = format!("{} · {status}", entry.kind.words());
        let accessible = format!("{}, {}, {status}", entry.label, entry.kind.words());
        let response = list_row(
            ui,
            selected,
            (icon, colour),
            &entry.label,
            &subtitle,
            &accessible,
        );
        if response.clicked() && !selected {
            keys(commands, KeysCommand::Select(entry.id.clone()));
        }
    }
}

fn key_details(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    context: &ViewContext,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    key_title(ui, forms, entry, commands);
    // The verdict and its fix button first, right under the name.
    let report = model.reports.get(&entry.id);
    if let Some(report) = report
        && let Some(url) = verdict_banner(ui, &report.verdict)
    {
        commands.push(Command::OpenUrl(url));
    }
    ui.add_space(6.0);
    key_facts(ui, model, context, entry);
    ui.add_space(6.0);
    key_actions(ui, model, entry, commands);
    if model.confirm_delete.as_deref() == Some(entry.id.as_str()) {
        delete_confirmation(ui, entry, commands);
    }
    ui.add_space(10.0);
    if model.missing_secrets.contains(&entry.id) {
        card(ui, "The key is missing", |ui| {
            ui.label("Your keychain no longer holds this key (it may have been removed there). Add the key again, or delete this entry.");
        });
    }
    match report {
        Some(report) => key_report(ui, entry, report, commands),
        None if !model.checking.contains(&entry.id) => {
            ui.label("Press Check to find out whether this key works. It costs nothing: no tokens are used.");
        }
        None => {}
    }
    check_history(ui, entry);
}

/// The key's name, or the field to rename it.
fn key_title(
    ui: &mut egui::Ui,
    forms: &mut KeysForms,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    match &mut forms.rename {
        Some((id, label)) if *id == entry.id => {
            ui.horizontal(|ui| {
                let name = ui.label("New name");
                ui.add(TextEdit::singleline(label).desired_width(260.0))
                    .labelled_by(name.id);
                if ui.button("Save").clicked() {
                    keys(commands, KeysCommand::SaveRename);
                }
                if ui.button("Cancel").clicked() {
                    keys(commands, KeysCommand::CancelRename);
                }
            });
        }
        _ => {
            ui.heading(RichText::new(&entry.label).strong());
        }
    }
}

/// Kind, the key (redacted unless revealed), where it came from, what it spent, its project.
fn key_facts(ui: &mut egui::Ui, model: &KeysPage, context: &ViewContext, entry: &CatalogEntry) {
    let revealed = model.revealed.as_ref().filter(|r| r.id == entry.id);
    let shown = revealed.map_or_else(
        || entry.redacted.clone(),
        |r| r.secret.expose_secret().to_owned(),
    );
    ui.label(format!(
        "{} · {} · from {}",
        entry.kind.words(),
        shown,
        entry.source.describe()
    ));
    if let Some(spend) = context.usage.key_spend(&entry.redacted) {
        ui.label(format!("💲 {spend}, as the Usage view shows."));
    }
    if let Some(project) = &entry.hints.project {
        ui.label(RichText::new(format!("Project: {project}")).weak());
    }
}

fn key_actions(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    let revealed = model.revealed.as_ref().is_some_and(|r| r.id == entry.id);
    ui.horizontal_wrapped(|ui| {
        if model.checking.contains(&entry.id) {
            ui.add(egui::Spinner::new());
            ui.label("Checking…");
        } else if icon_button(ui, "🔍", "Check").clicked() {
            keys(commands, KeysCommand::Check(entry.id.clone()));
        }
        if model.reports.contains_key(&entry.id) && icon_button(ui, "📋", "Copy report").clicked()
        {
            keys(commands, KeysCommand::CopyReport(entry.id.clone()));
        }
        if icon_button(ui, "🔑", "Copy key")
            .on_hover_text("Copies the full key to the clipboard")
            .clicked()
        {
            keys(commands, KeysCommand::CopyKey(entry.id.clone()));
        }
        if !revealed
            && icon_button(ui, "👁", "Reveal")
                .on_hover_text("Shows the full key for a few seconds")
                .clicked()
        {
            keys(commands, KeysCommand::Reveal(entry.id.clone()));
        }
        if icon_button(ui, "✏", "Rename").clicked() {
            keys(commands, KeysCommand::StartRename(entry.id.clone()));
        }
        if icon_button(ui, "🗑", "Delete").clicked() {
            keys(commands, KeysCommand::AskDelete(entry.id.clone()));
        }
    });
}

fn delete_confirmation(ui: &mut egui::Ui, entry: &CatalogEntry, commands: &mut Vec<Command>) {
    card(ui, "Delete this key?", |ui| {
        ui.label(format!(
            "\"{}\" will be removed from Key Doctor and from your keychain. The key itself keeps working at OpenAI until you revoke it there.",
            entry.label
        ));
        go_or_cancel(
            ui,
            ("🗑", "Delete the key", KeysCommand::ConfirmDelete),
            ("Keep it", KeysCommand::CancelDelete),
            commands,
        );
    });
}

/// Under the verdict: the permission table, what the check learnt about the key, and the
/// developer's facts (closed).
fn key_report(
    ui: &mut egui::Ui,
    entry: &CatalogEntry,
    report: &crate::checks::CheckReport,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new("Permissions").size(17.0).strong());
    permission_table(ui, &entry.id, &report.permissions);
    ui.add_space(10.0);
    about_the_key(ui, report);
    egui::CollapsingHeader::new("For a developer")
        .id_salt(("for_a_developer", &entry.id))
        .default_open(false)
        .show(ui, |ui| {
            for (name, value) in developer_facts(report) {
                ui.add(egui::Label::new(format!("{name}: {value}")).wrap());
            }
            if icon_button(ui, "📋", "Copy these lines").clicked() {
                keys(commands, KeysCommand::CopyDeveloperFacts(entry.id.clone()));
            }
        });
}

fn check_history(ui: &mut egui::Ui, entry: &CatalogEntry) {
    if entry.history.is_empty() {
        return;
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(format!("History of checks ({})", entry.history.len())).show(
        ui,
        |ui| {
            for record in entry.history.iter().rev().take(20) {
                ui.label(format!(
                    "{} — {}",
                    record.at.strftime("%Y-%m-%d %H:%M UTC"),
                    code_title(&record.code)
                ));
            }
        },
    );
}

/// The organization, projects, usage tier and rate limits the check found, in words.
fn about_the_key(ui: &mut egui::Ui, report: &crate::checks::CheckReport) {
    let mut lines = Vec::new();
    if let Some(org) = &report.organization {
        lines.push(format!("Organization: {}", org.describe()));
        if !org.projects.is_empty() {
            let names: Vec<String> = org
                .projects
                .iter()
                .map(|p| p.title.clone().unwrap_or_else(|| p.id.clone()))
                .collect();
            lines.push(format!("Projects: {}", names.join(", ")));
        }
    }
    if let Some(tier) = &report.tier {
        lines.push(format!("Usage tier: {tier}"));
    }
    if let Some(limits) = &report.rate_limits {
        let or_unknown = |v: Option<u64>| v.map_or("?".to_owned(), |v| v.to_string());
        lines.push(format!(
            "Rate limits: {} requests and {} tokens per minute",
            or_unknown(limits.limit_requests),
            or_unknown(limits.limit_tokens)
        ));
    }
    for line in lines {
        ui.add(egui::Label::new(line).wrap());
    }
    ui.add_space(6.0);
}
