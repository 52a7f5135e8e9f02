//! The app's state and its one loop: drain messages from background work in `logic`, draw the
//! views in `ui`, and apply the commands they return.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

use egui::{RichText, Theme};
use secrecy::ExposeSecret;

use super::background::Background;
use super::keys::{KeysCommand, KeysForms, KeysModel, KeysMsg, Notice, REVEAL_FOR, Revealed};
use super::theme::{self, Palette};
use super::usage::{UsageCommand, UsageMsg, UsagePanel};
use super::views;
use super::widgets;
use super::{Connection, Services};
use crate::checks::{Checker, Verdict, explain};
use crate::dialogs::FileKind;
use crate::openai::Client;
use crate::settings::{Settings, TextSize, ThemePreference};
use crate::usage::range::day_number;
use crate::usage::{Dataset, DateRange, ModelPrice, PricingTable};
use crate::vault::KeyKind;

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
    pub fn label(self) -> &'static str {
        match self {
            View::Keys => "Keys",
            View::Usage => "Usage",
            View::Explain => "Explain an error",
            View::Settings => "Settings",
        }
    }

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
pub enum Msg {
    /// What the desktop said about light or dark.
    DesktopPrefersDark(Option<bool>),
    Keys(KeysMsg),
    Usage(UsageMsg),
    /// The pricing file the person chose (`None`: cancelled or no dialog).
    PricingFileChosen(Option<PathBuf>),
    /// An Admin key read from the vault for the Usage view.
    StoredAdminKey(secrecy::SecretString),
}

/// What a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Navigate(View),
    SetTheme(ThemePreference),
    SetTextSize(TextSize),
    OpenUrl(String),
    Keys(KeysCommand),
    ShowEnvText,
    HideEnvText,
    Explain,
    ClearExplain,
    Usage(UsageCommand),
    /// Ask for a pricing JSON file to use instead of the shipped prices.
    ChoosePricingFile,
    /// Back to the shipped prices, without edits.
    UseShippedPrices,
    /// A price edited in Settings.
    EditPrice(ModelPrice),
    /// Use the OpenAI address typed in Settings (checked first) and keep it.
    SetBaseUrl(String),
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
    background: Background,
    checker: Checker,
    keys: KeysModel,
    keys_forms: KeysForms,
    explain_text: String,
    explain_result: Option<Result<Verdict, String>>,
    /// A key the person asked to copy, put on the clipboard in the next frame.
    pending_copy: Option<secrecy::SecretString>,
    frames_drawn: u64,
    /// Commands the last frame produced, kept for tests that assert on what a click asked for.
    last_commands: Vec<Command>,
    usage: UsagePanel,
    pricing: PricingTable,
    pricing_problem: Option<String>,
    /// The OpenAI address as typed in Settings, and why the last one tried was refused.
    base_url_draft: String,
    base_url_refused: Option<String>,
}

impl App {
    pub fn new(ctx: &egui::Context, services: Services) -> Self {
        theme::install_fonts(ctx);
        let (settings, settings_problem) = services.settings.load();
        let (sender, receiver) = channel();
        let background = Background::new(services.runtime.clone(), sender.clone(), ctx.clone());
        let (pricing, pricing_problem) =
            PricingTable::from_settings(settings.pricing_file.as_deref(), &settings.price_edits);
        let usage = UsagePanel::new(day_number(services.clock.today_utc()));
        let mut app = App {
            checker: Checker::new(services.openai.clone()),
            keys: KeysModel::new(),
            keys_forms: KeysForms::default(),
            explain_text: String::new(),
            explain_result: None,
            pending_copy: None,
            background,
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
            base_url_draft: String::new(),
            base_url_refused: None,
        };
        app.base_url_draft = match &app.services.connection {
            Connection::Unusable { given, .. } => given.clone(),
            Connection::Live { base_url, .. } | Connection::Demo { base_url } => base_url.clone(),
        };
        app.apply_settings(ctx);
        let probe = app.services.desktop_prefers_dark.clone();
        app.background
            .spawn_blocking(move || Msg::DesktopPrefersDark(probe()));
        app.keys
            .open(app.services.vault_opener.clone(), &app.background);
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

    pub fn keys(&self) -> &KeysModel {
        &self.keys
    }

    /// The Usage view's state, for tests that read what it shows.
    pub fn usage(&self) -> &UsagePanel {
        &self.usage
    }

    /// Opens a view as if its navigation entry was clicked.
    pub fn open_view(&mut self, ctx: &egui::Context, view: View) {
        self.navigate(ctx, view);
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

    fn navigate(&mut self, ctx: &egui::Context, view: View) {
        self.view = view;
        if view == View::Usage && self.can_send() {
            self.offer_stored_admin_key();
            self.usage.opened(&self.services, &self.sender, ctx);
        }
    }

    /// Usage needs an Admin key: when none is in force, read the first one the vault holds.
    fn offer_stored_admin_key(&self) {
        if self.usage.admin_key(&self.services).is_some() {
            return;
        }
        let (Some(entry), Some(vault)) = (
            self.keys.entries.iter().find(|e| e.kind == KeyKind::Admin),
            self.keys.vault(),
        ) else {
            return;
        };
        let id = entry.id.clone();
        self.background.spawn_blocking(move || {
            let vault = vault
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            match vault.secret(&id) {
                Ok(secret) => Msg::StoredAdminKey(secret),
                Err(e) => Msg::Keys(KeysMsg::SecretMissing {
                    id,
                    gone: e.is_missing_secret(),
                    sentence: e.to_string(),
                }),
            }
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
            Msg::Keys(KeysMsg::SecretForCopy(secret)) => {
                // Copied during the next `ui` pass: output given outside a pass can be lost.
                self.pending_copy = Some(secret);
                self.keys.notices.push(Notice::info(
                    "The full key was copied to the clipboard. Paste it only where it belongs.",
                ));
            }
            Msg::Keys(KeysMsg::SecretForReveal { id, secret }) => {
                self.keys.revealed = Some(Revealed {
                    id,
                    secret,
                    until: Instant::now() + REVEAL_FOR,
                });
                ctx.request_repaint_after(REVEAL_FOR);
            }
            Msg::Keys(msg @ KeysMsg::VaultOpened(_)) => {
                self.keys
                    .handle(msg, &mut self.keys_forms, &self.background);
                if let Some(path) = self.services.import_file.take() {
                    self.keys.execute(
                        KeysCommand::ImportFile(path),
                        &mut self.keys_forms,
                        &self.background,
                        &self.checker,
                    );
                }
                // The demo shows every verdict at once rather than a list of unchecked keys.
                if matches!(self.services.connection, Connection::Demo { .. }) {
                    self.keys.execute(
                        KeysCommand::CheckAll,
                        &mut self.keys_forms,
                        &self.background,
                        &self.checker,
                    );
                }
            }
            Msg::Keys(msg) => self
                .keys
                .handle(msg, &mut self.keys_forms, &self.background),
            Msg::Usage(msg) => self.usage.handle(msg, &self.pricing),
            Msg::PricingFileChosen(Some(path)) => {
                self.change_settings(ctx, |s| s.pricing_file = Some(path));
                self.reload_pricing();
            }
            Msg::PricingFileChosen(None) => {}
            Msg::StoredAdminKey(secret) => {
                self.usage
                    .use_stored_key(secret, &self.services, &self.sender, ctx)
            }
        }
    }

    fn execute(&mut self, ctx: &egui::Context, frame: &eframe::Frame, command: Command) {
        match &command {
            Command::Navigate(view) => self.navigate(ctx, *view),
            Command::Usage(_) if !self.can_send() => {}
            Command::Usage(command) => self.usage.execute(
                command.clone(),
                &self.services,
                &self.sender,
                ctx,
                Some(frame),
            ),
            Command::ChoosePricingFile => {
                let answer = self.services.file_picker.open_file(
                    Some(frame),
                    "Choose a pricing table (JSON)",
                    FileKind::Json,
                );
                self.background
                    .spawn(async move { Msg::PricingFileChosen(answer.await) });
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
            Command::OpenUrl(url) => {
                ctx.open_url(egui::OpenUrl::new_tab(url));
                // Said in words too: a browser may open behind the window, or not at all.
                self.keys
                    .notices
                    .retain(|n| !n.text.starts_with("Opening "));
                self.keys
                    .notices
                    .push(Notice::info(format!("Opening {url} in your browser.")));
            }
            Command::ShowEnvText => self.keys_forms.show_env_text = true,
            Command::HideEnvText => self.keys_forms.show_env_text = false,
            Command::Explain => {
                self.explain_result = Some(explain(&self.explain_text).map_err(|e| e.to_string()));
            }
            Command::ClearExplain => {
                self.explain_text.clear();
                self.explain_result = None;
            }
            Command::SetBaseUrl(text) => self.set_base_url(ctx, text),
            Command::Keys(keys_command) => self.execute_keys(ctx, frame, keys_command.clone()),
        }
        self.last_commands.push(command);
    }

    /// Nothing is sent while the address given cannot be used: it would go to another server
    /// than the person asked for.
    fn can_send(&self) -> bool {
        !matches!(self.services.connection, Connection::Unusable { .. })
    }

    /// A new OpenAI address from Settings: checked, used from now on, and saved.
    fn set_base_url(&mut self, ctx: &egui::Context, text: &str) {
        let config = self.services.openai.config().clone().with_base_url(text);
        let client = config
            .map_err(|e| e.to_string())
            .and_then(|config| Client::new(config).map_err(|e| e.to_string()));
        match client {
            Ok(client) => {
                self.services.connection = Connection::live(client.config());
                let keep = (!crate::openai::client_is_default(client.config()))
                    .then(|| client.base_url().to_string());
                self.checker = Checker::new(client.clone());
                self.services.openai = client;
                self.base_url_refused = None;
                self.base_url_draft = self.services.openai.base_url().to_string();
                self.change_settings(ctx, |s| s.base_url = keep);
            }
            Err(problem) => {
                self.base_url_refused = Some(format!("This address cannot be used: {problem}."))
            }
        }
    }

    /// Keys commands that need the window, the clipboard or the clock are done here.
    fn execute_keys(&mut self, ctx: &egui::Context, frame: &eframe::Frame, command: KeysCommand) {
        let sends = matches!(
            command,
            KeysCommand::Check(_) | KeysCommand::CheckAll | KeysCommand::CheckImportRow(_)
        );
        if sends && !self.can_send() {
            self.keys.notices.push(Notice::problem(
                "Nothing was checked: the OpenAI address cannot be used. Fix it in Settings.",
            ));
            return;
        }
        match command {
            KeysCommand::ChooseEnvFile => {
                let picked = self.services.file_picker.open_file(
                    Some(frame),
                    "Open a .env file",
                    FileKind::Env,
                );
                self.background
                    .spawn(async move { Msg::Keys(KeysMsg::FilePicked(picked.await)) });
            }
            KeysCommand::CopyReport(id) => {
                if let Some(report) = self.keys.reports.get(&id) {
                    let now = jiff::Timestamp::now()
                        .strftime("%Y-%m-%d %H:%M UTC")
                        .to_string();
                    ctx.copy_text(report.to_text(&now));
                    self.keys.notices.push(Notice::info(
                        "The report was copied. It shows the key only redacted, so you can send it to whoever helps you.",
                    ));
                }
            }
            KeysCommand::CopyKey(id) => self.keys.fetch_secret(id, false, &self.background),
            KeysCommand::Reveal(id) => self.keys.fetch_secret(id, true, &self.background),
            other => {
                self.keys
                    .execute(other, &mut self.keys_forms, &self.background, &self.checker)
            }
        }
    }

    /// Files dropped on the window are imported like a picked file.
    fn take_dropped_files(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            commands.push(Command::Navigate(View::Keys));
            let path = file.path();
            if !path.as_os_str().is_empty() {
                commands.push(Command::Keys(KeysCommand::ImportFile(path.to_owned())));
                continue;
            }
            match file.bytes() {
                Ok(bytes) => commands.push(Command::Keys(KeysCommand::ImportDroppedBytes {
                    name: "the dropped file".to_owned(),
                    bytes,
                })),
                Err(reason) => self.keys_problem_later(commands, reason),
            }
        }
    }

    /// A dropped file that could not be read becomes a sentence in the Keys view.
    fn keys_problem_later(&self, commands: &mut Vec<Command>, reason: String) {
        commands.push(Command::Keys(KeysCommand::ReportProblem(format!(
            "The dropped file could not be read: {reason}."
        ))));
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
            Connection::Live {
                base_url,
                is_default: true,
            } => {
                ui.label(format!("🌐 OpenAI: {base_url}"));
            }
            Connection::Live {
                base_url,
                is_default: false,
            } => {
                ui.label(
                    RichText::new("⚠ Custom OpenAI address")
                        .strong()
                        .color(Palette::warning(dark)),
                );
                ui.label(format!("Requests go to {base_url}, not api.openai.com."));
            }
            Connection::Unusable { problem, .. } => {
                ui.label(
                    RichText::new("⚠ No checks until the OpenAI address is fixed")
                        .strong()
                        .color(Palette::warning(dark)),
                );
                ui.label(format!("{problem} Open Settings to change it."));
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

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        self.take_dropped_files(&ctx, &mut commands);
        if let Some(secret) = self.pending_copy.take() {
            ctx.copy_text(secret.expose_secret().to_owned());
        }
        if let Some(left) = self.keys.expire_reveal(Instant::now()) {
            ctx.request_repaint_after(left);
        }
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
        let hovering_files = ctx.input(|i| !i.raw.hovered_files.is_empty());
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(problem) = &self.settings_problem {
                let dark = ui.visuals().dark_mode;
                ui.label(RichText::new(format!("⚠ {problem}")).color(Palette::warning(dark)));
                ui.add_space(8.0);
            }
            if hovering_files {
                ui.label(
                    RichText::new("📂 Drop the .env file to import it")
                        .size(22.0)
                        .strong(),
                );
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
            if self.view != View::Keys {
                views::keys::notices(ui, &self.keys.notices, &mut commands);
            }
            if self.view == View::Keys {
                views::keys::show(
                    ui,
                    &self.keys,
                    &mut self.keys_forms,
                    &context,
                    &mut commands,
                );
                return;
            }
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.set_max_width(900.0);
                    match self.view {
                        View::Keys => {}
                        View::Usage => views::usage::show(ui, &context, &mut commands),
                        View::Explain => views::explain::show(
                            ui,
                            &mut self.explain_text,
                            self.explain_result.as_ref(),
                            &mut commands,
                        ),
                        View::Settings => views::settings::show(
                            ui,
                            &context,
                            views::settings::BaseUrlForm {
                                draft: &mut self.base_url_draft,
                                refused: self.base_url_refused.as_deref(),
                            },
                            &mut commands,
                        ),
                    }
                });
        });
        if !commands.is_empty() {
            self.last_commands.clear();
        }
        for command in commands {
            self.execute(&ctx, frame, command);
        }
        self.frames_drawn += 1;
        if let Some(started) = self.services.exit_after_first_frame {
            // The first frame is on screen once the second one starts.
            match self.frames_drawn {
                1 => ctx.request_repaint(),
                2 => {
                    println!("first_frame_ms={}", started.elapsed().as_millis());
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                // Frames drawn while the window closes are not the first.
                _ => {}
            }
        }
    }
}
