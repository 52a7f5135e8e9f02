//! Keys: the stored keys on the left with a coloured status, their kind in words and when they
//! were checked; on the right the selected key's verdict as one sentence with one fix button,
//! the steps on the fix page, the permission table and the details. First run: one card to
//! paste a key, open a .env file, or try the demo.

use egui::{RichText, TextEdit};
use secrecy::ExposeSecret;

use super::{ViewContext, card, view_heading};
use crate::checks::{CheckReport, KeyNaming, fix_steps};
use crate::gui::command::Command;
use crate::gui::keys::{
    AddProblem, KeysCommand, KeysForms, KeysPage, VaultStatus, chosen_in, developer_facts,
    key_as_stored, place_id,
};
use crate::gui::widgets::{
    FormKey, checked_when, confirmation_key, danger_button, forget_field_history, form_key,
    icon_button, icon_button_enabled, list_row, permission_table, provider_title, steady_button,
    technical_details, verdict_banner, verdict_colour, verdict_icon, verdict_title,
};
use crate::openai::platform;
use crate::providers::{Detection, ProviderId};
use crate::tr;
use crate::vault::{CatalogEntry, KeyKind, StoreError, redact};

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
    // Fields that were emptied forgot their history in this frame.
    forms.forget_typing = false;
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
            view_heading(ui, &tr!("keys-title"));
            ui.add_space(16.0);
            toolbar(ui, model, commands);
        });
        if let VaultStatus::KeychainUnavailable { error } = &model.vault {
            no_keychain(ui, error, commands);
        }
        if forms.show_path_field {
            path_field(ui, forms, commands);
        }
        if forms.show_env_text {
            paste_env_text(ui, forms, commands);
        }
        ui.add_space(4.0);
    });

    if let Some(preview) = &model.import {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                super::import::show(ui, preview, forms, is_persistent(model), commands)
            });
        });
        return;
    }

    if model.listed().next().is_none() {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .show(ui, |ui| first_run(ui, model, forms, context, commands));
        });
        return;
    }

    // The list takes a third of a narrow window, so the verdict beside it keeps its room.
    // It never takes more than 40 %, also when the window shrinks after the list was drawn.
    let list_width = (ui.available_width() * 0.34).clamp(170.0, 290.0);
    egui::Panel::left("key_list")
        .resizable(true)
        .default_size(list_width)
        .max_size((ui.available_width() * 0.4).max(170.0))
        .show(ui, |ui| {
            // Once a frame: the filter and every row ask which providers are listed.
            let present = providers_present(model);
            list_tools(ui, model, forms, &present, commands);
            egui::ScrollArea::vertical().show(ui, |ui| {
                key_list(ui, model, forms, &present, commands);
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
                    ui.label(tr!("keys-select-a-key"));
                }
            });
    });
}

/// True when keys outlive the app (the keychain); false for this session only. Until the
/// vault is open, the keychain is what Key Doctor is about to use.
fn is_persistent(model: &KeysPage) -> bool {
    model.vault().is_none_or(|worker| worker.is_persistent())
}

/// The keychain could not be opened: what happened and what to do, in plain words, with the
/// keychain's own words folded under "Technical details".
fn no_keychain(ui: &mut egui::Ui, error: &StoreError, commands: &mut Vec<Command>) {
    card(ui, &tr!("keys-no-keychain-title"), |ui| {
        let sentence = match error {
            StoreError::Locked { .. } => tr!("keys-keychain-locked"),
            _ => tr!("keys-no-keychain"),
        };
        ui.add(egui::Label::new(sentence).wrap());
        ui.add_space(6.0);
        if icon_button(ui, "⏳", &tr!("keys-keep-for-session")).clicked() {
            keys(commands, KeysCommand::KeepForSession);
        }
        if let Some(technical) = error.technical() {
            technical_details(ui, "no_keychain_details", technical);
        }
    });
}

fn toolbar(ui: &mut egui::Ui, model: &KeysPage, commands: &mut Vec<Command>) {
    // Each button straight in the wrapping row (no enabled scope around them), so that long
    // words in another language move the last ones to the next line instead of off the window.
    let open = matches!(model.vault, VaultStatus::Open(_));
    if icon_button_enabled(ui, open, "📂", &tr!("keys-open-env-file")).clicked() {
        keys(commands, KeysCommand::ChooseEnvFile);
    }
    if icon_button_enabled(ui, open, "📋", &tr!("keys-paste-env-text")).clicked() {
        keys(commands, KeysCommand::ShowEnvText);
    }
    match &model.check_all {
        Some(progress) => {
            ui.add(egui::Spinner::new());
            ui.label(tr!(
                "keys-check-all-progress",
                done = progress.done,
                total = progress.total
            ));
            if icon_button_enabled(ui, open, "⏹", &tr!("keys-stop-checking")).clicked() {
                keys(commands, KeysCommand::CancelCheckAll);
            }
        }
        None => {
            let any = open && model.listed().next().is_some();
            if icon_button_enabled(ui, any, "🔄", &tr!("keys-check-all")).clicked() {
                keys(commands, KeysCommand::CheckAll);
            }
        }
    }
}

/// Shown when no file dialog gave a file: type or paste the file's path instead.
fn path_field(ui: &mut egui::Ui, forms: &mut KeysForms, commands: &mut Vec<Command>) {
    card(ui, &tr!("keys-path-title"), |ui| {
        ui.add(egui::Label::new(tr!("keys-path-explained")).wrap());
        let label = ui.label(tr!("keys-path-label"));
        let field = ui
            .add(
                TextEdit::singleline(&mut forms.env_path)
                    .hint_text("~/my-site/.env")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut forms.focus_pending) {
            field.request_focus();
        }
        match form_key(ui, &field, false) {
            Some(FormKey::Enter) => keys(commands, KeysCommand::ImportTypedPath),
            Some(FormKey::Escape) => keys(commands, KeysCommand::ClosePathField),
            None => {}
        }
        go_or_cancel(
            ui,
            (
                "📂",
                &tr!("keys-open-this-file"),
                KeysCommand::ImportTypedPath,
            ),
            (&tr!("keys-cancel"), KeysCommand::ClosePathField),
            commands,
        );
    });
}

fn paste_env_text(ui: &mut egui::Ui, forms: &mut KeysForms, commands: &mut Vec<Command>) {
    card(ui, &tr!("keys-paste-title"), |ui| {
        let label = ui.label(tr!("keys-paste-explained"));
        let example = "OPENAI_API_KEY=sk-proj-..."; // not words: a .env line, in every language
        let field = ui
            .add(
                TextEdit::multiline(&mut forms.env_text)
                    .hint_text(example)
                    .desired_rows(5)
                    .desired_width(f32::INFINITY)
                    .font(egui::TextStyle::Monospace),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut forms.focus_pending) {
            field.request_focus();
        }
        if forms.env_text.is_empty() && forms.forget_typing {
            forget_field_history(ui.ctx(), &field);
        }
        match form_key(ui, &field, true) {
            Some(FormKey::Enter) => keys(commands, KeysCommand::ImportText),
            Some(FormKey::Escape) => keys(commands, KeysCommand::HideEnvText),
            None => {}
        }
        ui.label(RichText::new(tr!("keys-paste-keyboard")).weak().small());
        go_or_cancel(
            ui,
            ("🔍", &tr!("keys-read-pasted-text"), KeysCommand::ImportText),
            (&tr!("keys-cancel"), KeysCommand::HideEnvText),
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
    card(ui, &tr!("keys-welcome-title"), |ui| {
        ui.add(egui::Label::new(tr!("keys-welcome-intro")).wrap());
        // Where keys go says the truth: the keychain, or this session only once chosen.
        if let VaultStatus::Open(worker) = &model.vault {
            let kept = if worker.is_persistent() {
                tr!("keys-welcome-kept-in-keychain")
            } else {
                tr!("keys-welcome-kept-for-session")
            };
            ui.add(egui::Label::new(kept).wrap());
        }
        ui.add_space(10.0);
        add_key_form(ui, model, forms, commands);
        ui.add_space(10.0);
        ui.add(egui::Label::new(tr!("keys-welcome-open-file")).wrap());
        if icon_button(ui, "📂", &tr!("keys-open-env-file")).clicked() {
            keys(commands, KeysCommand::ChooseEnvFile);
        }
        ui.add_space(10.0);
        if context.is_demo() {
            ui.label(RichText::new(tr!("keys-welcome-demo-loading")).weak());
        } else {
            ui.add(egui::Label::new(RichText::new(tr!("keys-welcome-try-demo")).weak()).wrap());
            if icon_button(ui, "🔬", &tr!("common-try-demo")).clicked() {
                commands.push(Command::TryDemo);
            }
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
    ui.label(RichText::new(tr!("keys-add-a-key")).strong());
    crate::gui::widgets::glossary_line(
        ui,
        &[
            crate::gui::widgets::Term::ApiKey,
            crate::gui::widgets::Term::Project,
            crate::gui::widgets::Term::Organization,
        ],
    );
    ui.add_enabled_ui(open && !forms.adding, |ui| {
        let key_label = ui.label(tr!("keys-api-key"));
        let key_field = ui
            .add(
                TextEdit::singleline(&mut forms.paste_key)
                    .password(true)
                    .hint_text("sk-proj-...")
                    .desired_width(ui.available_width().min(260.0)),
            )
            .labelled_by(key_label.id);
        if std::mem::take(&mut forms.go_to_add_form) {
            key_field.scroll_to_me(Some(egui::Align::Center));
            key_field.request_focus();
        }
        if key_field.changed() {
            forms.add_problem = None;
        }
        if forms.paste_key.is_empty() && forms.forget_typing {
            forget_field_history(ui.ctx(), &key_field);
        }
        let endpoint_field = about_the_typed_key(ui, forms, commands);
        let endpoint_shown = endpoint_field.is_some();
        let name_label = ui.label(tr!("keys-name-optional"));
        let name_field = ui
            .add(
                TextEdit::singleline(&mut forms.paste_label)
                    .hint_text(tr!("keys-name-example"))
                    .desired_width(ui.available_width().min(260.0)),
            )
            .labelled_by(name_label.id);
        let pressed = form_key(ui, &key_field, false)
            .or(form_key(ui, &name_field, false))
            .or(endpoint_field.and_then(|field| form_key(ui, &field, false)));
        if pressed == Some(FormKey::Escape) {
            keys(commands, KeysCommand::ClearAddForm);
        }
        // An endpoint's problem goes under its field; without the field, here with the others.
        if let Some(problem) = forms
            .add_problem
            .as_ref()
            .filter(|p| !(p.is_about_the_endpoint() && endpoint_shown))
        {
            add_problem(ui, problem, commands);
        }
        let can_add = !forms.paste_key.trim().is_empty();
        if forms.adding {
            ui.horizontal(|ui| {
                ui.add(egui::Spinner::new());
                ui.label(tr!("keys-storing"));
            });
        } else if (icon_button(ui, "➕", &tr!("keys-add-key")).clicked()
            || pressed == Some(FormKey::Enter))
            && can_add
        {
            keys(commands, KeysCommand::AddPasted);
        }
        if let VaultStatus::Open(worker) = &model.vault {
            let kept = tr!("keys-add-kept", place = place_id(worker.is_persistent()));
            ui.label(RichText::new(kept).weak().small());
        }
    });
}

/// Under the typed key: its kind, whose it is when it fits several providers, and an Azure
/// key's endpoint field (returned, for Enter and Esc).
fn about_the_typed_key(
    ui: &mut egui::Ui,
    forms: &mut KeysForms,
    commands: &mut Vec<Command>,
) -> Option<egui::Response> {
    // What Add stores: a quoted or `Bearer ` key is told apart as the key it holds.
    let stored = key_as_stored(&forms.paste_key);
    let key = stored.expose_secret();
    let detection = crate::providers::detect(key, None);
    let detected = chosen_in(&detection, forms.add_provider);
    if !key.is_empty() {
        let kind = detected.map_or(KeyKind::Unknown, |d| d.kind);
        ui.label(RichText::new(format!("{} {}", kind.words(), redact(key))).weak());
    }
    if detection.is_ambiguous() {
        which_service(ui, &detection, detected.map(|d| d.provider), forms);
    }
    let azure = detected.is_some_and(|d| d.provider == ProviderId::AzureOpenAi);
    azure.then(|| endpoint_field(ui, forms, commands))
}

/// "Which service is this key for?": the providers a key of this shape may be for, the
/// likeliest chosen until the person chooses another.
fn which_service(
    ui: &mut egui::Ui,
    detection: &Detection,
    chosen: Option<ProviderId>,
    forms: &mut KeysForms,
) {
    ui.add(egui::Label::new(tr!("keys-which-service")).wrap());
    ui.horizontal_wrapped(|ui| {
        for candidate in &detection.candidates {
            let provider = candidate.provider;
            if ui
                .radio(chosen == Some(provider), provider.name())
                .clicked()
            {
                forms.add_provider = Some(provider);
                forms.add_problem = None;
            }
        }
    });
}

/// The endpoint of an Azure OpenAI key, which it only works with; why it is needed, under it.
fn endpoint_field(
    ui: &mut egui::Ui,
    forms: &mut KeysForms,
    commands: &mut Vec<Command>,
) -> egui::Response {
    let label = ui.label(tr!("keys-endpoint"));
    let field = ui
        .add(
            TextEdit::singleline(&mut forms.paste_endpoint)
                .hint_text("https://your-resource.openai.azure.com") // not words: an address
                .desired_width(ui.available_width().min(260.0)),
        )
        .labelled_by(label.id);
    if field.changed()
        && forms
            .add_problem
            .as_ref()
            .is_some_and(AddProblem::is_about_the_endpoint)
    {
        forms.add_problem = None;
    }
    match forms
        .add_problem
        .as_ref()
        .filter(|p| p.is_about_the_endpoint())
    {
        Some(problem) => add_problem(ui, problem, commands),
        None => {
            ui.add(egui::Label::new(RichText::new(tr!("keys-endpoint-why")).weak().small()).wrap());
        }
    }
    field
}

/// Why the typed key was not stored, under the form that still holds it.
fn add_problem(ui: &mut egui::Ui, problem: &AddProblem, commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    let sentence = problem.sentence();
    ui.add(
        egui::Label::new(
            RichText::new(format!("✖ {sentence}")).color(crate::gui::theme::Palette::warning(dark)),
        )
        .wrap(),
    );
    if *problem == AddProblem::NotAKey
        && icon_button(ui, "🌐", &tr!("keys-open-api-keys-page")).clicked()
    {
        commands.push(Command::OpenUrl(platform::api_keys()));
    }
}

fn entry_status(
    model: &KeysPage,
    entry: &CatalogEntry,
) -> (String, Option<crate::checks::VerdictCode>) {
    if model.checking.contains(&entry.id) && !quietly_checked(model, &entry.id) {
        return (tr!("keys-status-checking"), None);
    }
    if model.missing_secrets.contains(&entry.id) {
        return (
            tr!("keys-status-missing"),
            Some(crate::checks::VerdictCode::InvalidKey),
        );
    }
    let when = model
        .last_checked(entry)
        .map(|at| format!(" · {}", checked_when(at, model.now())))
        .unwrap_or_default();
    if let Some(report) = model.reports.get(&entry.id) {
        let title = verdict_title(report.verdict.code, report.provider);
        return (format!("{title}{when}"), Some(report.verdict.code));
    }
    match entry.history.last() {
        Some(last) => (
            format!(
                "{}{when}",
                tr!(
                    "keys-status-last-check",
                    verdict = code_title(&last.code, entry.provider())
                )
            ),
            code_of(&last.code),
        ),
        None => (tr!("keys-status-not-checked"), None),
    }
}

/// The fix loop checks its key without a spinner: the list does not flicker every 20 s.
fn quietly_checked(model: &KeysPage, id: &str) -> bool {
    model
        .fix_loop
        .as_ref()
        .is_some_and(|fix| fix.id == id && fix.checks > 0)
}

fn code_of(code: &str) -> Option<crate::checks::VerdictCode> {
    crate::checks::VerdictCode::from_code(code)
}

fn code_title(code: &str, provider: ProviderId) -> String {
    code_of(code).map_or_else(|| code.to_owned(), |c| verdict_title(c, provider))
}

/// Above the list: what Check all found, a button to the add form (which sits below a long
/// list), and once there are many keys, a search field and a "Needs attention" filter.
fn list_tools(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    present: &[ProviderId],
    commands: &mut Vec<Command>,
) {
    if let Some(summary) = &model.check_all_summary {
        let dark = ui.visuals().dark_mode;
        let words = tr!(
            "keys-need-attention",
            count = summary.need_attention,
            total = summary.total
        );
        ui.label(
            RichText::new(format!("⚠ {words}"))
                .strong()
                .color(crate::gui::theme::Palette::warning(dark)),
        );
        if forms.needs_attention_only && icon_button(ui, "☰", &tr!("keys-show-all")).clicked() {
            keys(commands, KeysCommand::ShowAllKeys);
        }
        ui.add_space(4.0);
    }
    if icon_button(ui, "➕", &tr!("keys-add-a-key")).clicked() {
        forms.go_to_add_form = true;
    }
    let long = model.entries.len() > LONG_LIST;
    if long {
        let label = ui.label(tr!("keys-find"));
        let field = ui
            .add(
                TextEdit::singleline(&mut forms.search)
                    .hint_text(tr!("keys-find-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if form_key(ui, &field, false) == Some(FormKey::Escape) {
            forms.search.clear();
        }
    }
    provider_filter(ui, forms, present);
    if long || forms.needs_attention_only {
        ui.checkbox(
            &mut forms.needs_attention_only,
            tr!("keys-needs-attention-only"),
        );
    }
    ui.add_space(4.0);
}

/// The providers whose keys are listed, in the order of their groups (OpenAI first).
fn providers_present(model: &KeysPage) -> Vec<ProviderId> {
    let mut present: Vec<ProviderId> = model.listed().map(CatalogEntry::provider).collect();
    present.sort();
    present.dedup();
    present
}

/// True once a key of another provider than OpenAI is listed (`present`: the providers
/// listed): the list is then grouped by provider and each key shows its provider's mark.
fn by_provider(present: &[ProviderId]) -> bool {
    present
        .iter()
        .any(|provider| *provider != ProviderId::OpenAi)
}

/// The provider whose keys alone are shown, while keys of several are listed.
fn provider_shown(forms: &KeysForms, present: &[ProviderId]) -> Option<ProviderId> {
    forms
        .provider_filter
        .filter(|provider| present.len() > 1 && present.contains(provider))
}

/// With keys of several providers: "All providers", or one provider's keys alone.
fn provider_filter(ui: &mut egui::Ui, forms: &mut KeysForms, present: &[ProviderId]) {
    if present.len() < 2 {
        return;
    }
    let all = tr!("keys-all-providers");
    let shown = provider_shown(forms, present).map_or(all.clone(), |p| p.name().to_owned());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("keys-provider-filter"));
        let combo = egui::ComboBox::from_id_salt("provider_filter")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut forms.provider_filter, None, all);
                for &provider in present {
                    ui.selectable_value(
                        &mut forms.provider_filter,
                        Some(provider),
                        provider.name(),
                    );
                }
            });
        combo.response.labelled_by(label.id);
    });
}

/// The order kinds are listed in: the keys apps use first, Admin keys after.
fn kind_order(kind: KeyKind) -> u8 {
    match kind {
        KeyKind::Project => 0,
        KeyKind::ServiceAccount => 1,
        KeyKind::UserWithoutProject => 2,
        KeyKind::LegacyUser => 3,
        KeyKind::Admin => 4,
        _ => 5,
    }
}

fn kind_group_title(kind: KeyKind) -> String {
    match kind {
        KeyKind::Project => tr!("keys-group-project"),
        KeyKind::ServiceAccount => tr!("keys-group-service-account"),
        KeyKind::UserWithoutProject => tr!("keys-group-user"),
        KeyKind::LegacyUser => tr!("keys-group-legacy-user"),
        KeyKind::Admin => tr!("keys-group-admin"),
        _ => tr!("keys-group-other"),
    }
}

/// More keys than this get a search field and a filter.
const LONG_LIST: usize = 8;

/// True when the key is shown with the search and the filter as they are.
fn shown_in_list(
    model: &KeysPage,
    forms: &KeysForms,
    shown_provider: Option<ProviderId>,
    entry: &CatalogEntry,
) -> bool {
    let words = forms.search.trim().to_lowercase();
    let found = words.is_empty()
        || model.entries.len() <= LONG_LIST
        || [
            entry.label.clone(),
            entry.kind.words(),
            entry.source.describe(),
            entry.provider().name().to_owned(),
        ]
        .iter()
        .any(|text| text.to_lowercase().contains(&words));
    let (_, code) = entry_status(model, entry);
    let needs = model.needs_attention(&entry.id) || code.is_some_and(|code| !code.is_ok());
    let of_provider = shown_provider.is_none_or(|p| entry.provider() == p);
    found && of_provider && (!forms.needs_attention_only || needs)
}

/// The search or the filter hides every key: say so, with the button that shows them again.
fn nothing_shown(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    commands: &mut Vec<Command>,
) {
    let words = forms.search.trim().to_owned();
    if !words.is_empty() && model.entries.len() > LONG_LIST {
        let sentence = tr!("keys-no-match", words = &words);
        ui.add(egui::Label::new(RichText::new(sentence).weak()).wrap());
        if icon_button(ui, "✖", &tr!("keys-clear-search")).clicked() {
            forms.search.clear();
        }
    } else {
        ui.add(egui::Label::new(RichText::new(tr!("keys-none-need-attention")).weak()).wrap());
    }
    // After Check all, "Show all keys" is already above the list.
    if forms.needs_attention_only
        && model.check_all_summary.is_none()
        && icon_button(ui, "☰", &tr!("keys-show-all")).clicked()
    {
        keys(commands, KeysCommand::ShowAllKeys);
    }
}

fn key_list(
    ui: &mut egui::Ui,
    model: &KeysPage,
    forms: &mut KeysForms,
    present: &[ProviderId],
    commands: &mut Vec<Command>,
) {
    let shown_provider = provider_shown(forms, present);
    let mut shown: Vec<&CatalogEntry> = model
        .listed()
        .filter(|entry| shown_in_list(model, forms, shown_provider, entry))
        .collect();
    if shown.is_empty() {
        nothing_shown(ui, model, forms, commands);
    }
    // A long list is grouped by kind, each group under its name ("Admin keys"); with other
    // providers' keys, by provider first (OpenAI's keys first, by kind when long).
    let long = model.entries.len() > LONG_LIST;
    let by_provider = by_provider(present);
    shown.sort_by_key(|entry| {
        let kind = if long && entry.provider() == ProviderId::OpenAi {
            kind_order(entry.kind)
        } else {
            0
        };
        (by_provider.then(|| entry.provider()), kind)
    });
    let (mut provider_group, mut kind_group) = (None, None);
    for entry in shown {
        let provider = entry.provider();
        if by_provider && provider_group != Some(provider) {
            provider_group = Some(provider);
            kind_group = None;
            ui.add_space(6.0);
            provider_title(ui, provider, true);
        }
        if long && provider == ProviderId::OpenAi && kind_group != Some(entry.kind) {
            kind_group = Some(entry.kind);
            ui.add_space(4.0);
            ui.label(RichText::new(kind_group_title(entry.kind)).strong());
        }
        key_row(ui, model, entry, by_provider, commands);
    }
}

/// One key in the list: its status, its provider's mark (when several are listed), its name,
/// kind and last verdict.
fn key_row(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    by_provider: bool,
    commands: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    let selected = model.selected.as_deref() == Some(entry.id.as_str());
    let (status, code) = entry_status(model, entry);
    let (icon, colour) = match code {
        Some(code) => (verdict_icon(code), verdict_colour(code, dark)),
        None => ("●", ui.visuals().weak_text_color()),
    };
    let subtitle = format!("{} · {status}", entry.kind.words());
    let provider = by_provider.then(|| entry.provider());
    let named = provider
        .map(|p| format!("{}, ", p.name()))
        .unwrap_or_default();
    let accessible = format!("{}, {named}{}, {status}", entry.label, entry.kind.words());
    let response = list_row(
        ui,
        selected,
        ((icon, colour), provider),
        &entry.label,
        &subtitle,
        &accessible,
    );
    if response.clicked() && !selected {
        keys(commands, KeysCommand::Select(entry.id.clone()));
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
    // The verdict and its fix first, right under the name.
    let report = model.reports.get(&entry.id);
    if let Some(report) = report {
        verdict_and_fix(ui, model, entry, report, commands);
    }
    ui.add_space(6.0);
    key_facts(ui, model, context, entry);
    ui.add_space(6.0);
    key_actions(ui, model, entry, commands);
    if let Some(revealed) = model.revealed.as_ref().filter(|r| r.id == entry.id) {
        // Below the buttons, so that none of them moves when the key shows.
        ui.add(egui::Label::new(RichText::new(revealed.secret.expose_secret()).monospace()).wrap());
    }
    if model.confirm_delete.as_deref() == Some(entry.id.as_str()) {
        delete_confirmation(ui, model, entry, commands);
    }
    ui.add_space(10.0);
    if model.missing_secrets.contains(&entry.id) {
        card(ui, &tr!("keys-missing-title"), |ui| {
            ui.add(egui::Label::new(tr!("keys-missing")).wrap());
            if icon_button(ui, "➕", &tr!("keys-add-again")).clicked() {
                commands.push(Command::FocusAddKey);
            }
        });
    }
    match report {
        Some(report) => key_report(ui, entry, report, commands),
        None if !model.checking.contains(&entry.id) => {
            ui.add(egui::Label::new(tr!("keys-not-checked-yet")).wrap());
        }
        None => {}
    }
    check_history(ui, entry);
}

/// The verdict with its fix button; under it the steps on the fix page, and once that page
/// was opened, the way back: "I've changed it — check again", and the quiet re-checks.
fn verdict_and_fix(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    report: &CheckReport,
    commands: &mut Vec<Command>,
) {
    let works_now = model.works_now.as_deref() == Some(entry.id.as_str());
    if works_now && report.verdict.code.is_ok() {
        let dark = ui.visuals().dark_mode;
        ui.label(
            RichText::new(format!("✔ {}", tr!("keys-works-now")))
                .size(18.0)
                .strong()
                .color(verdict_colour(report.verdict.code, dark)),
        );
        ui.add_space(4.0);
    }
    if let Some(url) = verdict_banner(ui, &report.verdict) {
        keys(
            commands,
            KeysCommand::OpenFix {
                id: entry.id.clone(),
                url,
            },
        );
    }
    let has_admin_key = model
        .entries
        .iter()
        .any(|e| e.kind == crate::vault::KeyKind::Admin);
    let openai = report.provider == ProviderId::OpenAi;
    if openai && !has_admin_key && crate::org::Refiner::wants(report) {
        ui.add(egui::Label::new(RichText::new(tr!("org-admin-key-would-tell")).weak()).wrap());
    }
    let last_four = entry.redacted.rsplit('…').next().unwrap_or_default();
    let steps = fix_steps(
        &report.verdict,
        &KeyNaming {
            name: &entry.label,
            last_four,
        },
    );
    if steps.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr!("keys-fix-steps-title")).strong());
    for (number, step) in steps.iter().enumerate() {
        ui.add(egui::Label::new(format!("{}. {step}", number + 1)).wrap());
    }
    let sent_with_key = entry.hints.organization.is_some() || entry.hints.project.is_some();
    let wrong_place = matches!(
        report.verdict.code,
        crate::checks::VerdictCode::WrongOrganization | crate::checks::VerdictCode::WrongProject
    );
    if wrong_place && sent_with_key {
        // Key Doctor sends what the .env file named: that setting can go from here.
        ui.add(egui::Label::new(tr!("keys-sent-with-key")).wrap());
        if icon_button(ui, "✂", &tr!("keys-stop-sending")).clicked() {
            keys(commands, KeysCommand::ForgetOrganization(entry.id.clone()));
        }
    }
    if crate::checks::fixed_in_place(&report.verdict) {
        fix_loop_status(ui, model, entry, commands);
    } else if report.verdict.code.calls_for_a_new_key() {
        ui.add(egui::Label::new(tr!("keys-new-key-next")).wrap());
        if icon_button(ui, "➕", &tr!("keys-add-new-key")).clicked() {
            commands.push(Command::FocusAddKey);
        }
    }
}

/// After the fix page was opened: the button to check at once, and what the quiet checks do.
fn fix_loop_status(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    let Some(fix) = model.fix_loop.as_ref().filter(|f| f.id == entry.id) else {
        return;
    };
    ui.add_space(6.0);
    let checking = model.checking.contains(&entry.id);
    if icon_button_enabled(ui, !checking, "✔", &tr!("keys-changed-check-again")).clicked() {
        keys(commands, KeysCommand::CheckAgain(entry.id.clone()));
    }
    let every = model.timings.recheck_every.as_secs().max(1);
    let minutes = (model.timings.recheck_for.as_secs() / 60).max(1);
    let text = if fix.gave_up {
        tr!("keys-fix-loop-gave-up", minutes = minutes)
    } else if fix.changed {
        tr!(
            "keys-fix-loop-still-failing",
            seconds = every,
            minutes = minutes
        )
    } else {
        tr!("keys-fix-loop-checking", seconds = every, minutes = minutes)
    };
    ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
}

/// The key's name, or the field to rename it.
fn key_title(
    ui: &mut egui::Ui,
    forms: &mut KeysForms,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    let focus = &mut forms.focus_pending;
    match &mut forms.rename {
        Some((id, label)) if *id == entry.id => {
            ui.horizontal_wrapped(|ui| {
                let name = ui.label(tr!("keys-new-name"));
                let field = ui
                    .add(TextEdit::singleline(label).desired_width(260.0))
                    .labelled_by(name.id);
                if std::mem::take(focus) {
                    field.request_focus();
                }
                match form_key(ui, &field, false) {
                    Some(FormKey::Enter) => keys(commands, KeysCommand::SaveRename),
                    Some(FormKey::Escape) => keys(commands, KeysCommand::CancelRename),
                    None => {}
                }
                if ui.button(tr!("keys-save")).clicked() {
                    keys(commands, KeysCommand::SaveRename);
                }
                if ui.button(tr!("keys-cancel")).clicked() {
                    keys(commands, KeysCommand::CancelRename);
                }
            });
        }
        _ => {
            ui.heading(RichText::new(&entry.label).strong());
        }
    }
}

/// Kind, the key (redacted), where it came from, when it was checked, what it spent, its
/// project.
fn key_facts(ui: &mut egui::Ui, model: &KeysPage, context: &ViewContext, entry: &CatalogEntry) {
    let pasted = entry.source.file.is_none() && entry.source.variable.is_none();
    let facts = if pasted {
        tr!(
            "keys-facts-pasted",
            kind = entry.kind.words(),
            redacted = &entry.redacted
        )
    } else {
        tr!(
            "keys-facts",
            kind = entry.kind.words(),
            redacted = &entry.redacted,
            source = entry.source.describe()
        )
    };
    let provider = entry.provider();
    if provider != ProviderId::OpenAi {
        provider_title(ui, provider, false);
    }
    ui.add(egui::Label::new(facts).wrap());
    if let Some(endpoint) = entry.endpoint() {
        let line = if provider == ProviderId::AzureOpenAi {
            tr!("keys-endpoint-of-key", endpoint = endpoint)
        } else {
            tr!("keys-address-of-key", address = endpoint)
        };
        ui.add(egui::Label::new(line).wrap());
    }
    if let Some(at) = model.last_checked(entry) {
        let when = checked_when(at, model.now());
        let mut when = when.chars();
        let first = when.next().map(|c| c.to_uppercase().to_string());
        ui.label(format!("{}{}.", first.unwrap_or_default(), when.as_str()));
    }
    // The Usage view reads OpenAI's spending only.
    let spend = (provider == ProviderId::OpenAi)
        .then(|| context.usage.key_spend(&entry.redacted))
        .flatten();
    if let Some(spend) = spend {
        ui.label(format!("💲 {}", tr!("keys-spend", amount = spend)));
    }
    if let Some(project) = &entry.hints.project {
        ui.label(RichText::new(tr!("keys-project", project = project)).weak());
    }
}

fn key_actions(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    let revealed = model.revealed.as_ref().filter(|r| r.id == entry.id);
    let checking = model.checking.contains(&entry.id);
    ui.horizontal_wrapped(|ui| {
        let (check_words, checking_words) = (tr!("keys-check"), tr!("keys-status-checking"));
        let check = if checking {
            ("⏳", checking_words.as_str())
        } else {
            ("🔍", check_words.as_str())
        };
        let widest = longer(format!("⏳ {checking_words}"), format!("🔍 {check_words}"));
        if steady_button(ui, !checking, check, &widest).clicked() {
            keys(commands, KeysCommand::Check(entry.id.clone()));
        }
        if model.reports.contains_key(&entry.id)
            && icon_button(ui, "📋", &tr!("keys-copy-report")).clicked()
        {
            keys(commands, KeysCommand::CopyReport(entry.id.clone()));
        }
        if icon_button(ui, "🔑", &tr!("keys-copy-key"))
            .on_hover_text(tr!("keys-copy-key-hover"))
            .clicked()
        {
            keys(commands, KeysCommand::CopyKey(entry.id.clone()));
        }
        if icon_button(ui, "✏", &tr!("keys-rename")).clicked() {
            keys(commands, KeysCommand::StartRename(entry.id.clone()));
        }
        let red = crate::gui::theme::Palette::warning(ui.visuals().dark_mode);
        let delete_words = tr!("keys-delete");
        let delete = ui.button(RichText::new(format!("🗑 {delete_words}")).color(red));
        delete.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &delete_words));
        if delete.clicked() {
            keys(commands, KeysCommand::AskDelete(entry.id.clone()));
        }
        reveal_or_hide(ui, model, entry, revealed, commands);
    });
}

/// Last in the row and as wide as its longest words: nothing moves when it changes.
fn reveal_or_hide(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    revealed: Option<&crate::gui::keys::Revealed>,
    commands: &mut Vec<Command>,
) {
    let reveal_words = tr!("keys-reveal");
    let longest_hide = tr!("keys-hide", seconds = model.timings.reveal_for.as_secs());
    let widest = longer(format!("🙈 {longest_hide}"), format!("👁 {reveal_words}"));
    match revealed {
        Some(revealed) => {
            let left = revealed.seconds_left(std::time::Instant::now());
            let words = tr!("keys-hide", seconds = left);
            if steady_button(ui, true, ("🙈", &words), &widest).clicked() {
                keys(commands, KeysCommand::Hide);
            }
        }
        None => {
            if steady_button(ui, true, ("👁", &reveal_words), &widest)
                .on_hover_text(tr!("keys-reveal-hover"))
                .clicked()
            {
                keys(commands, KeysCommand::Reveal(entry.id.clone()));
            }
        }
    }
}

/// The longer of two labels (by letters): a button as wide as it fits either.
fn longer(one: String, other: String) -> String {
    if other.chars().count() > one.chars().count() {
        other
    } else {
        one
    }
}

fn delete_confirmation(
    ui: &mut egui::Ui,
    model: &KeysPage,
    entry: &CatalogEntry,
    commands: &mut Vec<Command>,
) {
    let place = place_id(is_persistent(model));
    let provider = entry.provider();
    let (no_copy, still_works) = match provider {
        ProviderId::OpenAi => (tr!("keys-delete-no-copy"), tr!("keys-delete-still-works")),
        other => (
            tr!("keys-delete-no-copy-of", provider = other.name()),
            tr!("keys-delete-still-works-of", provider = other.name()),
        ),
    };
    card(ui, &tr!("keys-delete-title", name = &entry.label), |ui| {
        for sentence in [
            tr!("keys-delete-forgets", place = place),
            no_copy,
            still_works,
            tr!("keys-delete-undo"),
        ] {
            ui.add(egui::Label::new(sentence).wrap());
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if danger_button(ui, "🗑", &tr!("keys-delete-confirm")).clicked() {
                keys(commands, KeysCommand::ConfirmDelete);
            }
            if ui.button(tr!("keys-keep-it")).clicked() {
                keys(commands, KeysCommand::CancelDelete);
            }
            if icon_button(ui, "🌐", &tr!("keys-open-api-keys-page")).clicked() {
                let page = match provider {
                    ProviderId::OpenAi => {
                        platform::project_api_keys(entry.hints.project.as_deref())
                    }
                    other => other.entry().pages.keys.to_owned(),
                };
                commands.push(Command::OpenUrl(page));
            }
        });
        match confirmation_key(ui) {
            Some(FormKey::Enter) => keys(commands, KeysCommand::ConfirmDelete),
            Some(FormKey::Escape) => keys(commands, KeysCommand::CancelDelete),
            None => {}
        }
    });
}

/// Under the verdict: the permission table, what the check learnt about the key, and the
/// developer's facts (closed).
fn key_report(
    ui: &mut egui::Ui,
    entry: &CatalogEntry,
    report: &CheckReport,
    commands: &mut Vec<Command>,
) {
    if report.provider == ProviderId::OpenAi {
        ui.label(RichText::new(tr!("keys-permissions")).size(17.0).strong());
        permission_table(ui, &entry.id, &report.permissions);
    } else {
        // No permission table: what a free check of this provider can and cannot tell.
        free_check_reach(ui, report.provider);
    }
    ui.add_space(10.0);
    about_the_key(ui, report);
    egui::CollapsingHeader::new(tr!("keys-for-a-developer"))
        .id_salt(("for_a_developer", &entry.id))
        .default_open(false)
        .show(ui, |ui| {
            for (name, value) in developer_facts(report) {
                ui.add(egui::Label::new(format!("{name}: {value}")).wrap());
            }
            if icon_button(ui, "📋", &tr!("keys-copy-lines")).clicked() {
                keys(commands, KeysCommand::CopyDeveloperFacts(entry.id.clone()));
            }
        });
}

fn check_history(ui: &mut egui::Ui, entry: &CatalogEntry) {
    if entry.history.is_empty() {
        return;
    }
    ui.add_space(6.0);
    let title = tr!("keys-history", count = entry.history.len());
    // The same fold in every language: its open state does not depend on its title.
    egui::CollapsingHeader::new(title)
        .id_salt(("check_history", &entry.id))
        .show(ui, |ui| {
            let zone = jiff::tz::TimeZone::system();
            for record in entry.history.iter().rev().take(20) {
                let at = record.at.to_zoned(zone.clone());
                ui.label(tr!(
                    "keys-history-line",
                    date = crate::i18n::date(at.date()),
                    time = at.strftime("%H:%M").to_string(),
                    verdict = code_title(&record.code, entry.provider())
                ));
            }
        });
}

/// What a free check of another provider's key can tell, and what it cannot.
fn free_check_reach(ui: &mut egui::Ui, provider: ProviderId) {
    let reach = &provider.entry().reach;
    let parts = [
        (tr!("keys-reach-can-tell"), reach.can_tell),
        (tr!("keys-reach-cannot-tell"), reach.cannot_tell),
    ];
    for (title, sentence) in parts {
        ui.label(RichText::new(title).size(17.0).strong());
        let name = crate::i18n::Arg::from(provider.name());
        let sentence = crate::i18n::message(sentence, &[("provider", name)]);
        ui.add(egui::Label::new(sentence).wrap());
        ui.add_space(4.0);
    }
}

/// The organization, projects, usage tier and rate limits the check found, in words.
fn about_the_key(ui: &mut egui::Ui, report: &CheckReport) {
    let mut lines = Vec::new();
    if let Some(org) = &report.organization {
        lines.push(tr!("keys-organization", organization = org.describe()));
        if !org.projects.is_empty() {
            let names: Vec<String> = org
                .projects
                .iter()
                .map(|p| p.title.clone().unwrap_or_else(|| p.id.clone()))
                .collect();
            lines.push(tr!("keys-projects", projects = names.join(", ")));
        }
    }
    if let Some(tier) = &report.tier {
        lines.push(tr!("keys-usage-tier", tier = tier.to_string()));
    }
    if let Some(limits) = &report.rate_limits {
        // not words: a question mark for a number OpenAI did not give
        let or_unknown = |v: Option<u64>| v.map_or_else(|| "?".to_owned(), crate::i18n::count);
        let (requests, tokens) = (
            or_unknown(limits.limit_requests),
            or_unknown(limits.limit_tokens),
        );
        // Another provider counts its limits over periods of its own (Groq: requests a day).
        lines.push(match report.provider {
            ProviderId::OpenAi => tr!("keys-rate-limits", requests = requests, tokens = tokens),
            provider => tr!(
                "keys-rate-limits-of",
                provider = provider.name(),
                requests = requests,
                tokens = tokens
            ),
        });
    }
    for line in lines {
        ui.add(egui::Label::new(line).wrap());
    }
    ui.add_space(6.0);
}
