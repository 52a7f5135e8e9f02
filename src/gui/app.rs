//! The app's state and its one loop: drain messages from background work in `logic`, draw the
//! views in `ui`, and apply the commands they return.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{RichText, Theme};

use super::theme::{self, Palette};
use super::usage::{UsageCommand, UsageMsg, UsagePanel};
use super::views;
use super::widgets;
use super::{Connection, Services};
use crate::dialogs::FileKind;
use crate::settings::{Settings, TextSize, ThemePreference};
use crate::usage::range::day_number;
use crate::usage::{Dataset, DateRange, ModelPrice, PricingTable};

/// The four places of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Keys,
    Usage,
    Explain,
    Settings,
}

impl View {
    pub const ALL: [View; 4] = [View::Keys, View::Usage, View::Explain, View::Settings];

    /// The navigation entry's words (its accessible name).
    /// The view named on the command line (`--start-view usage`).
    pub fn from_name(name: &str) -> Option<View> {
        match name.to_ascii_lowercase().as_str() {
            "keys" => Some(View::Keys),
            "usage" => Some(View::Usage),
            "explain" => Some(View::Explain),
            "settings" => Some(View::Settings),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Keys => "Keys",
            View::Usage => "Usage",
            View::Explain => "Explain an error",
            View::Settings => "Settings",
        }
    }

    fn icon(self) -> &'static str {
        match self {
            View::Keys => "🔑",
            View::Usage => "📈",
            View::Explain => "❓",
            View::Settings => "⚙",
        }
    }
}

/// Results of background work, sent over a channel and drained in `App::logic`.
#[derive(Debug)]
pub enum Msg {
    /// What the desktop said about light or dark.
    DesktopPrefersDark(Option<bool>),
    Usage(UsageMsg),
    /// The pricing file the person chose (`None`: cancelled or no dialog).
    PricingFileChosen(Option<PathBuf>),
}

/// What a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Navigate(View),
    SetTheme(ThemePreference),
    SetTextSize(TextSize),
    OpenUrl(String),
    Usage(UsageCommand),
    /// Ask for a pricing JSON file to use instead of the shipped prices.
    ChoosePricingFile,
    /// Back to the shipped prices, without edits.
    UseShippedPrices,
    /// A price edited in Settings.
    EditPrice(ModelPrice),
}

pub struct App {
    services: Services,
    view: View,
    settings: Settings,
    /// A sentence about a preferences file that could not be read or written.
    settings_problem: Option<String>,
    desktop_prefers_dark: Option<bool>,
    sender: Sender<Msg>,
    receiver: Receiver<Msg>,
    frames_drawn: u64,
    /// Commands the last frame produced, kept for tests that assert on what a click asked for.
    last_commands: Vec<Command>,
    usage: UsagePanel,
    pricing: PricingTable,
    pricing_problem: Option<String>,
}

impl App {
    pub fn new(ctx: &egui::Context, services: Services) -> Self {
        theme::install_fonts(ctx);
        let (settings, settings_problem) = services.settings.load();
        let (sender, receiver) = channel();
        let (pricing, pricing_problem) =
            PricingTable::from_settings(settings.pricing_file.as_deref(), &settings.price_edits);
        let usage = UsagePanel::new(day_number(services.clock.today_utc()));
        let app = App {
            services,
            view: View::Keys,
            settings,
            settings_problem,
            desktop_prefers_dark: None,
            sender,
            receiver,
            frames_drawn: 0,
            last_commands: Vec::new(),
            usage,
            pricing,
            pricing_problem,
        };
        app.apply_settings(ctx);
        app.ask_desktop_theme(ctx);
        app
    }

    pub fn view(&self) -> View {
        self.view
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn last_commands(&self) -> &[Command] {
        &self.last_commands
    }

    /// The Usage view's state, for tests that read what it shows.
    pub fn usage(&self) -> &UsagePanel {
        &self.usage
    }

    /// Opens a view as if its navigation entry was clicked.
    pub fn open_view(&mut self, ctx: &egui::Context, view: View) {
        self.execute(ctx, Command::Navigate(view));
    }

    /// Shows usage loaded elsewhere (benchmarks and tests with fixed data) for `range`, with
    /// `today` as the day of the month forecast.
    pub fn show_usage_dataset(&mut self, range: DateRange, today: i64, dataset: Dataset) {
        self.usage.preset = crate::usage::RangePreset::Custom;
        self.usage.custom_first = crate::usage::range::iso_date(range.first());
        self.usage.custom_last = crate::usage::range::iso_date(range.last());
        self.usage.range = Some(range);
        self.usage.today = today;
        self.usage.show_dataset(dataset, &self.pricing);
    }

    /// D-Bus can take a moment: ask on a worker and hear back through the channel.
    fn ask_desktop_theme(&self, ctx: &egui::Context) {
        let probe = self.services.desktop_prefers_dark.clone();
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        self.services.runtime.spawn_blocking(move || {
            let _ = sender.send(Msg::DesktopPrefersDark(probe()));
            ctx.request_repaint();
        });
    }

    /// The theme in force: the person's choice, or the desktop's, or what the OS told winit.
    fn effective_theme(&self, ctx: &egui::Context) -> Theme {
        match self.settings.theme {
            ThemePreference::Light => Theme::Light,
            ThemePreference::Dark => Theme::Dark,
            ThemePreference::System => match self.desktop_prefers_dark {
                Some(true) => Theme::Dark,
                Some(false) => Theme::Light,
                None => ctx.system_theme().unwrap_or(Theme::Light),
            },
        }
    }

    fn apply_settings(&self, ctx: &egui::Context) {
        ctx.set_theme(self.effective_theme(ctx));
        ctx.set_zoom_factor(self.settings.text_size.scale());
    }

    fn handle(&mut self, ctx: &egui::Context, msg: Msg) {
        match msg {
            Msg::DesktopPrefersDark(prefers_dark) => {
                self.desktop_prefers_dark = prefers_dark;
                self.apply_settings(ctx);
            }
            Msg::Usage(msg) => self.usage.handle(msg, &self.pricing),
            Msg::PricingFileChosen(Some(path)) => {
                self.change_settings(ctx, |s| s.pricing_file = Some(path));
                self.reload_pricing();
            }
            Msg::PricingFileChosen(None) => {}
        }
    }

    fn execute(&mut self, ctx: &egui::Context, command: Command) {
        match &command {
            Command::Navigate(view) => {
                self.view = *view;
                if *view == View::Usage {
                    self.usage.opened(&self.services, &self.sender, ctx);
                }
            }
            Command::Usage(command) => {
                self.usage
                    .execute(command.clone(), &self.services, &self.sender, ctx)
            }
            Command::ChoosePricingFile => {
                let answer = self
                    .services
                    .file_picker
                    .open_file("Choose a pricing table (JSON)", FileKind::Json);
                let sender = self.sender.clone();
                let ctx = ctx.clone();
                self.services.runtime.spawn(async move {
                    let _ = sender.send(Msg::PricingFileChosen(answer.await));
                    ctx.request_repaint();
                });
            }
            Command::UseShippedPrices => {
                self.change_settings(ctx, |s| {
                    s.pricing_file = None;
                    s.price_edits.clear();
                });
                self.reload_pricing();
            }
            Command::EditPrice(price) => {
                let price = price.clone();
                self.change_settings(ctx, |s| {
                    s.price_edits.retain(|p| p.model != price.model);
                    s.price_edits.push(price);
                });
                self.reload_pricing();
            }
            Command::SetTheme(theme) => self.change_settings(ctx, |s| s.theme = *theme),
            Command::SetTextSize(size) => self.change_settings(ctx, |s| s.text_size = *size),
            Command::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
        }
        self.last_commands.push(command);
    }

    /// The settings' prices changed: load them and rebuild the estimates shown.
    fn reload_pricing(&mut self) {
        let (pricing, problem) = PricingTable::from_settings(
            self.settings.pricing_file.as_deref(),
            &self.settings.price_edits,
        );
        self.pricing = pricing;
        self.pricing_problem = problem;
        self.usage.rebuild(&self.pricing);
    }

    fn change_settings(&mut self, ctx: &egui::Context, change: impl FnOnce(&mut Settings)) {
        change(&mut self.settings);
        self.apply_settings(ctx);
        self.settings_problem = self.services.settings.save(&self.settings).err();
    }

    fn navigation(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            ui.add_space(4.0);
            ui.label(RichText::new("Key Doctor").heading().strong());
            ui.add_space(16.0);
            for view in View::ALL {
                let response = widgets::nav_entry(ui, self.view == view, view.icon(), view.label());
                if response.clicked() && self.view != view {
                    commands.push(Command::Navigate(view));
                }
            }
        });
    }

    fn status_line(&self, ui: &mut egui::Ui) {
        let dark = ui.visuals().dark_mode;
        ui.horizontal_wrapped(|ui| match &self.services.connection {
            Connection::Demo { base_url } => {
                ui.label(RichText::new("🔬 Demo mode").strong().color(Palette::demo(dark)));
                ui.label(format!(
                    "Using the built-in OpenAI simulator at {base_url}. The sample keys are made up; nothing leaves this computer."
                ));
            }
            Connection::Live { base_url, is_default: true } => {
                ui.label(format!("🌐 OpenAI: {base_url}"));
            }
            Connection::Live { base_url, is_default: false } => {
                ui.label(RichText::new("⚠ Custom OpenAI address").strong().color(Palette::warning(dark)));
                ui.label(format!("Requests go to {base_url}, not api.openai.com."));
            }
        });
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        while let Ok(msg) = self.receiver.try_recv() {
            self.handle(ctx, msg);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        egui::Panel::top("navigation").show(ui, |ui| {
            ui.add_space(6.0);
            self.navigation(ui, &mut commands);
            ui.add_space(4.0);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.add_space(2.0);
            self.status_line(ui);
            ui.add_space(2.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.set_max_width(900.0);
                    if let Some(problem) = &self.settings_problem {
                        let dark = ui.visuals().dark_mode;
                        ui.label(
                            RichText::new(format!("⚠ {problem}")).color(Palette::warning(dark)),
                        );
                        ui.add_space(8.0);
                    }
                    let context = views::ViewContext {
                        connection: &self.services.connection,
                        settings: &self.settings,
                        desktop_prefers_dark: self.desktop_prefers_dark,
                        config_dir: self.services.settings.dir(),
                        client: self.services.openai.config(),
                        usage: &self.usage,
                        admin_key: self.usage.admin_key(&self.services),
                        pricing: &self.pricing,
                        pricing_problem: self.pricing_problem.as_deref(),
                    };
                    match self.view {
                        View::Keys => views::keys::show(ui, &context, &mut commands),
                        View::Usage => views::usage::show(ui, &context, &mut commands),
                        View::Explain => views::explain::show(ui, &context, &mut commands),
                        View::Settings => views::settings::show(ui, &context, &mut commands),
                    }
                });
        });
        if !commands.is_empty() {
            self.last_commands.clear();
        }
        for command in commands {
            self.execute(&ctx, command);
        }
        self.frames_drawn += 1;
        if let Some(started) = self.services.exit_after_first_frame {
            // The first frame is on screen once the second one starts.
            if self.frames_drawn == 1 {
                ctx.request_repaint();
            } else {
                println!("first_frame_ms={}", started.elapsed().as_millis());
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
