//! One file per view. A view draws from a read-only context and returns commands; it never
//! changes the app's state itself.

pub mod explain;
pub mod import;
pub mod keys;
pub mod organization;
pub mod settings;
pub mod usage;

use std::path::Path;

use egui::RichText;

use super::command::Command;
use super::effect::{NoticeAction, Tone};
use super::keys::KeysCommand;
use super::notices::Shown;
use super::services::Connection;
use super::usage::UsagePage;
use crate::i18n::Language;
use crate::openai::ClientConfig;
use crate::settings::Settings;
use crate::tr;
use crate::usage::{AdminKey, PricingProblem, PricingTable};

/// What views may read.
pub struct ViewContext<'a> {
    pub connection: &'a Connection,
    pub settings: &'a Settings,
    pub desktop_prefers_dark: Option<bool>,
    pub config_dir: Option<&'a Path>,
    pub client: &'a ClientConfig,
    pub usage: &'a UsagePage,
    /// The Admin key the Usage view reads with, when there is one.
    pub admin_key: Option<&'a AdminKey>,
    /// Prices for estimates, and why a chosen price file could not be used.
    pub pricing: &'a PricingTable,
    pub pricing_problem: Option<&'a PricingProblem>,
    /// The language the system asks for, which "Follow the system" speaks.
    pub system_language: Language,
}

impl ViewContext<'_> {
    pub fn is_demo(&self) -> bool {
        matches!(self.connection, Connection::Demo { .. })
    }
}

/// The view's title: one heading per view, which tests and screen readers find by its words.
pub fn view_heading(ui: &mut egui::Ui, title: &str) {
    ui.add_space(6.0);
    ui.heading(RichText::new(title).size(26.0).strong());
    ui.add_space(10.0);
}

/// A framed card with a title, for grouping what belongs together.
pub fn card(ui: &mut egui::Ui, title: &str, contents: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(14))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).size(18.0).strong());
            ui.add_space(6.0);
            contents(ui);
        });
    ui.add_space(10.0);
}

/// The notices of the view on screen, floating above the status line so that no button moves
/// when one comes or goes. Returns the one under the pointer, whose time stands still.
pub fn notice_area(
    ctx: &egui::Context,
    shown: &[&Shown],
    commands: &mut Vec<Command>,
) -> Option<u64> {
    if shown.is_empty() {
        return None;
    }
    let dark = ctx.global_style().visuals.dark_mode;
    let width = (ctx.content_rect().width() - 32.0).clamp(200.0, 640.0);
    let mut hovered = None;
    egui::Area::new(egui::Id::unique("notices"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_BOTTOM, [0.0, -48.0])
        .show(ctx, |ui| {
            ui.set_max_width(width);
            for shown in shown {
                let colour = match shown.notice.tone {
                    Tone::Info => ui.visuals().widgets.noninteractive.fg_stroke.color,
                    Tone::Warning => super::theme::Palette::demo(dark),
                    Tone::Problem => super::theme::Palette::warning(dark),
                };
                let frame = egui::Frame::popup(ui.style())
                    .stroke(egui::Stroke::new(1.5, colour))
                    .inner_margin(egui::Margin::same(10))
                    .show(ui, |ui| {
                        ui.set_width(width - 20.0);
                        notice_row(ui, shown, colour, commands);
                    });
                if ui.rect_contains_pointer(frame.response.rect) {
                    hovered = Some(shown.id);
                }
                ui.add_space(6.0);
            }
        });
    hovered
}

/// One notice: its sentence, the button it offers, and Dismiss.
fn notice_row(
    ui: &mut egui::Ui,
    shown: &Shown,
    colour: egui::Color32,
    commands: &mut Vec<Command>,
) {
    let icon = match shown.notice.tone {
        Tone::Info => "ℹ",
        Tone::Warning => "⚠",
        Tone::Problem => "✖",
    };
    ui.add(
        egui::Label::new(RichText::new(format!("{icon} {}", shown.notice.text)).color(colour))
            .wrap(),
    );
    ui.horizontal_wrapped(|ui| {
        match &shown.notice.action {
            Some(NoticeAction::UndoDelete { until }) => {
                let left = until
                    .saturating_duration_since(std::time::Instant::now())
                    .as_secs()
                    + 1;
                let undo = ui.button(format!(
                    "↩ {}",
                    tr!("common-undo-countdown", seconds = left)
                ));
                let name = tr!("common-undo");
                undo.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if undo.clicked() {
                    commands.push(Command::Keys(KeysCommand::UndoDelete));
                }
            }
            Some(NoticeAction::Copy { words, text })
                if super::widgets::icon_button(ui, "📋", words).clicked() =>
            {
                commands.push(Command::CopyText {
                    text: text.clone(),
                    confirmation: tr!("common-copied"),
                });
            }
            _ => {}
        }
        if ui.button(tr!("common-dismiss")).clicked() {
            commands.push(Command::DismissNotice(shown.id));
        }
    });
}
