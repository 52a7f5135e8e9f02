//! One file per view. A view draws from a read-only context and returns commands; it never
//! changes the app's state itself.

pub mod explain;
pub mod import;
pub mod keys;
pub mod settings;
pub mod usage;

use std::path::Path;

use egui::RichText;

use super::command::Command;
use super::effect::{Notice, Tone};
use super::services::Connection;
use super::usage::UsagePage;
use crate::openai::ClientConfig;
use crate::settings::Settings;
use crate::usage::{AdminKey, PricingTable};

/// What views may read.
pub struct ViewContext<'a> {
    pub connection: &'a Connection,
    pub settings: &'a Settings,
    pub desktop_prefers_dark: Option<bool>,
    pub config_dir: Option<&'a Path>,
    pub client: &'a ClientConfig,
    pub usage: &'a UsagePage,
    /// Sentences about what just happened, shown above the view.
    pub notices: &'a [Notice],
    /// The Admin key the Usage view reads with, when there is one.
    pub admin_key: Option<&'a AdminKey>,
    /// Prices for estimates, and why a chosen price file could not be used.
    pub pricing: &'a PricingTable,
    pub pricing_problem: Option<&'a str>,
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

/// Sentences about what just happened, each with a Dismiss button.
pub fn notices(ui: &mut egui::Ui, notices: &[Notice], commands: &mut Vec<Command>) {
    let dark = ui.visuals().dark_mode;
    for (index, notice) in notices.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let (icon, colour) = match notice.tone {
                Tone::Info => ("ℹ", ui.visuals().text_color()),
                Tone::Warning => ("⚠", super::theme::Palette::demo(dark)),
                Tone::Problem => ("✖", super::theme::Palette::warning(dark)),
            };
            ui.label(RichText::new(format!("{icon} {}", notice.text)).color(colour));
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissNotice(index));
            }
        });
    }
}
