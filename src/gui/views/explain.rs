//! Explain an error: paste the error a plugin, script or app showed, and read what it means and
//! which page fixes it. Nothing is sent anywhere.

use egui::{RichText, TextEdit};

use super::{card, view_heading};
use crate::checks::{Explanation, VerdictCode};
use crate::gui::command::{Command, View};
use crate::gui::explain::{ExplainCommand, ExplainPage};
use crate::gui::keys::KeysCommand;
use crate::gui::widgets::{
    Term, forget_field_history, glossary_line, icon_button, technical_details, verdict_banner,
};
use crate::tr;

pub fn show(ui: &mut egui::Ui, page: &mut ExplainPage, commands: &mut Vec<Command>) {
    view_heading(ui, &tr!("explain-title"));
    let field = paste_card(ui, page, commands);
    match &page.result {
        Some(Ok(explanation)) => explained(ui, explanation, commands),
        // Nothing to explain (pressed with an empty field, or nothing pasted yet): say what to
        // do, with the buttons that do it.
        Some(Err(_)) | None => {
            if page.text.trim().is_empty() {
                let pressed = page.result.is_some();
                nothing_pasted(ui, field, pressed, commands);
            }
        }
    }
    ui.add_space(10.0);
    // The words verdicts use that a site owner may not know.
    glossary_line(
        ui,
        &[
            Term::ApiKey,
            Term::AdminKey,
            Term::Project,
            Term::Organization,
        ],
    );
}

/// The field for the error and its buttons. Returns the field's id.
fn paste_card(ui: &mut egui::Ui, page: &mut ExplainPage, commands: &mut Vec<Command>) -> egui::Id {
    let text = &mut page.text;
    let forget_typing = &mut page.forget_typing;
    let mut field_id = egui::Id::NULL;
    card(ui, &tr!("explain-paste-title"), |ui| {
        let label = ui.label(tr!("explain-paste-explained"));
        let field = ui
            .add(
                TextEdit::multiline(text)
                    .hint_text(tr!("explain-paste-hint"))
                    .desired_rows(6)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        field_id = field.id;
        // Emptied, it may have held a key: Ctrl+Z must not bring it back.
        if std::mem::take(forget_typing) {
            forget_field_history(ui.ctx(), &field);
        }
        ui.horizontal(|ui| {
            if icon_button(ui, "❓", &tr!("explain-explain")).clicked() {
                commands.push(Command::Explain(ExplainCommand::Explain));
            }
            if !text.is_empty() && ui.button(tr!("explain-clear")).clicked() {
                commands.push(Command::Explain(ExplainCommand::Clear));
            }
        });
    });
    field_id
}

/// The empty page: what to paste, a button that pastes it, and the way to the keys for a
/// person who has no error to paste. Stronger once Explain was pressed with nothing in.
fn nothing_pasted(ui: &mut egui::Ui, field: egui::Id, pressed: bool, commands: &mut Vec<Command>) {
    let sentence = RichText::new(tr!("explain-nothing-pasted"));
    ui.label(if pressed { sentence.strong() } else { sentence });
    ui.horizontal_wrapped(|ui| {
        if icon_button(ui, "📋", &tr!("explain-paste-from-clipboard")).clicked() {
            // The clipboard's text arrives as a paste into the field, next frame.
            ui.memory_mut(|memory| memory.request_focus(field));
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
        }
        if icon_button(ui, "🔑", &tr!("explain-check-keys-instead")).clicked() {
            commands.push(Command::Navigate(View::Keys));
        }
    });
}

/// The verdict, then its next step as buttons on this screen, then the technical details.
fn explained(ui: &mut egui::Ui, explanation: &Explanation, commands: &mut Vec<Command>) {
    let verdict = &explanation.verdict;
    if let Some(url) = verdict_banner(ui, verdict) {
        commands.push(Command::OpenUrl(url));
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| next_steps(ui, explanation, commands));
    let details = &verdict.details;
    if details.sub_code.is_some()
        || !details.missing_scopes.is_empty()
        || details.http_status.is_some()
        || details.technical.is_some()
    {
        ui.add_space(6.0);
        technical_details(ui, "explain_details", &technical_lines(explanation));
    }
}

/// What a developer or the hosting company needs: the verdict's code, OpenAI's answer and code,
/// and the permissions (scopes) it named.
fn technical_lines(explanation: &Explanation) -> String {
    let verdict = &explanation.verdict;
    let details = &verdict.details;
    let mut lines = vec![tr!(
        "explain-detail-verdict-code",
        code = verdict.code.as_str()
    )];
    if let Some(status) = details.http_status {
        lines.push(tr!(
            "explain-detail-http-status",
            status = status.to_string()
        ));
    }
    if let Some(sub_code) = &details.sub_code {
        lines.push(if verdict.code == VerdictCode::NetworkError {
            tr!("explain-detail-cause", cause = sub_code.as_str())
        } else {
            tr!("explain-detail-openai-code", code = sub_code.as_str())
        });
    }
    if !details.missing_scopes.is_empty() {
        lines.push(tr!(
            "explain-detail-missing-scopes",
            scopes = details.missing_scopes.join(", ")
        ));
    }
    lines.extend(details.technical.clone());
    lines.join("\n")
}

/// What to do next, as buttons: check the stored key the text names, store the key it holds,
/// add a new key, write to the host, or check a key when the text says nothing known.
fn next_steps(ui: &mut egui::Ui, explanation: &Explanation, commands: &mut Vec<Command>) {
    let code = explanation.verdict.code;
    if let Some(key) = &explanation.matched_key
        && icon_button(
            ui,
            "🔍",
            &tr!("explain-check-named-key", name = key.name.as_str()),
        )
        .clicked()
    {
        commands.push(Command::Navigate(View::Keys));
        commands.push(Command::Keys(KeysCommand::Select(key.id.clone())));
        commands.push(Command::Keys(KeysCommand::Check(key.id.clone())));
    }
    if explanation.contains_key && icon_button(ui, "➕", &tr!("explain-add-this-key")).clicked() {
        commands.push(Command::AddKeyFromExplain);
    }
    let no_key_sent = explanation.verdict.details.sub_code.as_deref() == Some("no_key_sent");
    if code == VerdictCode::InvalidKey
        && !no_key_sent
        && icon_button(ui, "➕", &tr!("explain-add-new-key")).clicked()
    {
        commands.push(Command::Navigate(View::Keys));
        commands.push(Command::FocusAddKey);
    }
    if code == VerdictCode::NetworkError
        && icon_button(ui, "✉", &tr!("explain-copy-host-message")).clicked()
    {
        commands.push(Command::CopyMessageForHost);
    }
    // Nothing known, or an answer that was not OpenAI's: whether the key itself works is
    // found out on Keys.
    // No key sent: the key to paste into the app is on Keys (Copy key).
    let to_keys = (code == VerdictCode::UnexpectedResponse
        && explanation.verdict.fix_url.is_none())
        || no_key_sent;
    if to_keys && icon_button(ui, "🔑", &tr!("explain-check-your-keys")).clicked() {
        commands.push(Command::Navigate(View::Keys));
    }
}
