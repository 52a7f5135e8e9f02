//! Explain an error: paste the error a plugin, script or app showed, and read what it means and
//! which page fixes it. Nothing is sent anywhere.

use egui::{RichText, TextEdit};

use super::{card, view_heading};
use crate::checks::{Explanation, VerdictCode};
use crate::gui::command::{Command, View};
use crate::gui::explain::{ExplainCommand, ExplainPage};
use crate::gui::keys::KeysCommand;
use crate::gui::widgets::{forget_field_history, icon_button, verdict_banner};

pub fn show(ui: &mut egui::Ui, page: &mut ExplainPage, commands: &mut Vec<Command>) {
    let text = &mut page.text;
    let forget_typing = &mut page.forget_typing;
    view_heading(ui, "Explain an error");
    card(ui, "Paste the error", |ui| {
        let label = ui.label(
            "Paste the message your plugin, script or app showed, for example \"You have insufficient permissions for this operation. Missing scopes: model.request\". Nothing is sent anywhere.",
        );
        let field = ui
            .add(
                TextEdit::multiline(text)
                    .hint_text("Error code: 401 - {'error': {'message': ...")
                    .desired_rows(6)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        // Emptied, it may have held a key: Ctrl+Z must not bring it back.
        if std::mem::take(forget_typing) {
            forget_field_history(ui.ctx(), &field);
        }
        ui.horizontal(|ui| {
            if icon_button(ui, "❓", "Explain").clicked() {
                commands.push(Command::Explain(ExplainCommand::Explain));
            }
            if !text.is_empty() && ui.button("Clear").clicked() {
                commands.push(Command::Explain(ExplainCommand::Clear));
            }
        });
    });
    match &page.result {
        Some(Ok(explanation)) => explained(ui, explanation, commands),
        Some(Err(sentence)) => {
            ui.label(RichText::new(sentence).strong());
        }
        None => {}
    }
}

/// The verdict, then its next step as buttons on this screen, then the details.
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
    {
        ui.add_space(6.0);
        egui::CollapsingHeader::new("Details")
            .default_open(true)
            .show(ui, |ui| {
                ui.label(format!("Verdict code: {}", verdict.code.as_str()));
                if let Some(status) = details.http_status {
                    ui.label(format!("HTTP status: {status}"));
                }
                if let Some(sub_code) = &details.sub_code {
                    let what = if verdict.code == VerdictCode::NetworkError {
                        "Cause"
                    } else {
                        "OpenAI code"
                    };
                    ui.label(format!("{what}: {sub_code}"));
                }
                if !details.missing_scopes.is_empty() {
                    ui.label(format!(
                        "Missing scopes: {}",
                        details.missing_scopes.join(", ")
                    ));
                }
            });
    }
}

/// What to do next, as buttons: check the stored key the text names, store the key it holds,
/// add a new key, write to the host, or check a key when the text says nothing known.
fn next_steps(ui: &mut egui::Ui, explanation: &Explanation, commands: &mut Vec<Command>) {
    let code = explanation.verdict.code;
    if let Some(key) = &explanation.matched_key
        && icon_button(ui, "🔍", &format!("Check \"{}\" now", key.name)).clicked()
    {
        commands.push(Command::Navigate(View::Keys));
        commands.push(Command::Keys(KeysCommand::Select(key.id.clone())));
        commands.push(Command::Keys(KeysCommand::Check(key.id.clone())));
    }
    if explanation.contains_key && icon_button(ui, "➕", "Add this key to Key Doctor").clicked() {
        commands.push(Command::AddKeyFromExplain);
    }
    let no_key_sent = explanation.verdict.details.sub_code.as_deref() == Some("no_key_sent");
    if code == VerdictCode::InvalidKey
        && !no_key_sent
        && icon_button(ui, "➕", "Add a new key").clicked()
    {
        commands.push(Command::Navigate(View::Keys));
        commands.push(Command::FocusAddKey);
    }
    if code == VerdictCode::NetworkError
        && icon_button(ui, "✉", "Copy a message for your hosting company").clicked()
    {
        commands.push(Command::CopyMessageForHost);
    }
    // Nothing known, or an answer that was not OpenAI's: whether the key itself works is
    // found out on Keys.
    // No key sent: the key to paste into the app is on Keys (Copy key).
    let to_keys = (code == VerdictCode::UnexpectedResponse
        && explanation.verdict.fix_url.is_none())
        || no_key_sent;
    if to_keys && icon_button(ui, "🔑", "Check your keys").clicked() {
        commands.push(Command::Navigate(View::Keys));
    }
}
