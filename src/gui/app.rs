//! The app: navigation, settings, theme, notices and the message pump. Messages from background
//! work are drained in `logic`; pages are drawn in `ui`; the commands views return are applied
//! after drawing, and the effects pages return are done here, where the window is.

use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

use egui::{RichText, Theme};
use secrecy::{ExposeSecret, SecretString};

use super::background::Background;
use super::command::{Command, View};
use super::effect::{Effect, FileRequest, Notice, NoticeAction};
use super::explain::ExplainPage;
use super::keys::{KeysCommand, KeysMsg, KeysPage};
use super::notices::NoticeBoard;
use super::services::{Connection, Services};
use super::settings_page::SettingsPage;
use super::theme::{self, Palette};
use super::usage::{UsageMsg, UsagePage};
use super::views;
use super::widgets;
use crate::checks::{Checker, KnownKey};
use crate::dialogs::FileKind;
use crate::openai::Client;
use crate::settings::{Settings, ThemePreference};
use crate::usage::range::day_number;
use crate::usage::{Dataset, DateRange, PricingTable};
use crate::vault::KeyKind;

/// Results of background work, sent over a channel and drained in `App::logic`.
pub enum Msg {
    /// What the desktop said about light or dark.
    DesktopPrefersDark(Option<bool>),
    Keys(KeysMsg),
    Usage(UsageMsg),
    /// The pricing file the person chose (`None`: cancelled or no dialog).
    PricingFileChosen(Option<std::path::PathBuf>),
    /// An Admin key read from the vault for the Usage view.
    StoredAdminKey(SecretString),
    /// Whether the browser opened a page asked for in `view`.
    UrlOpened {
        url: String,
        view: View,
        result: Result<(), String>,
    },
}

/// The notice topic of the OpenAI address that cannot be used.
const ADDRESS_TOPIC: &str = "openai-address";
/// The notice topic of the last page opened in the browser.
const BROWSER_TOPIC: &str = "browser";

/// The pages, each owning its state.
struct Pages {
    keys: KeysPage,
    usage: UsagePage,
    explain: ExplainPage,
    settings: SettingsPage,
}

pub struct App {
    services: Services,
    view: View,
    settings: Settings,
    /// A sentence about a preferences file that could not be read or written.
    settings_problem: Option<String>,
    desktop_prefers_dark: Option<bool>,
    receiver: Receiver<Msg>,
    background: Background<Msg>,
    checker: Checker,
    /// Prices for estimates, from the settings; read by Usage and Settings.
    pricing: PricingTable,
    pricing_problem: Option<String>,
    pages: Pages,
    notices: NoticeBoard,
    /// A key the person asked to copy, put on the clipboard in the next frame.
    pending_copy: Option<SecretString>,
    frames_drawn: u64,
    /// Commands the last frame produced, kept for tests that assert on what a click asked for.
    last_commands: Vec<Command>,
    /// Whether the window had the keyboard focus last frame.
    focused: bool,
}

impl App {
    pub fn new(ctx: &egui::Context, services: Services) -> Self {
        theme::install_fonts(ctx);
        theme::install_style(ctx);
        let (settings, settings_problem) = services.settings.load();
        let (sender, receiver) = channel();
        let background = Background::new(services.runtime.clone(), sender, ctx.clone());
        let (pricing, pricing_problem) =
            PricingTable::from_settings(settings.pricing_file.as_deref(), &settings.price_edits);
        let pages = Pages {
            keys: KeysPage::new(
                background.scoped(Msg::Keys),
                services.clock.clone(),
                services.keys_timings,
            ),
            usage: UsagePage::new(
                day_number(services.clock.today_utc()),
                background.scoped(Msg::Usage),
            ),
            explain: ExplainPage::default(),
            settings: SettingsPage {
                base_url_draft: match &services.connection {
                    Connection::Unusable { given, .. } => given.clone(),
                    Connection::Live { base_url, .. } | Connection::Demo { base_url } => {
                        base_url.clone()
                    }
                },
                base_url_refused: None,
            },
        };
        let app = App {
            checker: Checker::new(services.openai.clone()),
            pages,
            notices: NoticeBoard::default(),
            pending_copy: None,
            background,
            services,
            view: View::Keys,
            settings,
            settings_problem,
            desktop_prefers_dark: None,
            receiver,
            frames_drawn: 0,
            last_commands: Vec::new(),
            focused: true,
            pricing,
            pricing_problem,
        };
        app.apply_settings(ctx);
        let probe = app.services.desktop_prefers_dark.clone();
        app.background
            .spawn_blocking(move || Msg::DesktopPrefersDark(probe()));
        app.pages.keys.open(app.services.vault_opener.clone());
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

    /// The Keys page, for tests that read what it shows.
    pub fn keys(&self) -> &KeysPage {
        &self.pages.keys
    }

    /// The Usage page, for tests that read what it shows.
    pub fn usage(&self) -> &UsagePage {
        &self.pages.usage
    }

    /// Every notice of every view, oldest first.
    pub fn notices(&self) -> Vec<Notice> {
        self.notices.all().cloned().collect()
    }

    /// Opens a view as if its navigation entry was clicked.
    pub fn open_view(&mut self, view: View) {
        self.navigate(view);
    }

    /// Shows usage loaded elsewhere (benchmarks and tests with fixed data) for `range`, with
    /// `today` as the day of the month forecast.
    pub fn show_usage_dataset(&mut self, range: DateRange, today: i64, dataset: Dataset) {
        let usage = &mut self.pages.usage;
        usage.preset = crate::usage::RangePreset::Custom;
        usage.custom_first = crate::usage::range::iso_date(range.first());
        usage.custom_last = crate::usage::range::iso_date(range.last());
        usage.range = Some(range);
        usage.today = today;
        usage.show_dataset(dataset, &self.pricing);
    }

    fn navigate(&mut self, view: View) {
        self.view = view;
        if view == View::Usage && self.can_send() {
            self.offer_stored_admin_key();
            self.pages.usage.opened(&self.services);
        }
    }

    /// Usage needs an Admin key: when none is in force, read the first one the vault holds.
    fn offer_stored_admin_key(&self) {
        if self.pages.usage.admin_key(&self.services).is_some() {
            return;
        }
        let keys = &self.pages.keys;
        let (Some(entry), Some(worker)) = (
            keys.entries.iter().find(|e| e.kind == KeyKind::Admin),
            keys.vault(),
        ) else {
            return;
        };
        let id = entry.id.clone();
        let background = self.background.clone();
        worker.read_secret(id, move |id, read| {
            background.send(match read {
                Ok(secret) => Msg::StoredAdminKey(secret),
                Err(e) => Msg::Keys(KeysMsg::missing(id, &e)),
            })
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
            Msg::Keys(msg @ KeysMsg::VaultOpened(_)) => {
                let effects = self.pages.keys.handle(msg);
                self.apply_effects(ctx, None, View::Keys, effects);
                self.vault_ready(ctx);
            }
            Msg::Keys(msg) => {
                let effects = self.pages.keys.handle(msg);
                self.apply_effects(ctx, None, View::Keys, effects);
            }
            Msg::Usage(msg) => {
                let effects = self.pages.usage.handle(msg, &self.pricing);
                self.apply_effects(ctx, None, View::Usage, effects);
            }
            Msg::UrlOpened { url, view, result } => self.url_opened(url, view, result),
            Msg::PricingFileChosen(Some(path)) => {
                self.change_settings(ctx, |s| s.pricing_file = Some(path));
                self.reload_pricing();
            }
            Msg::PricingFileChosen(None) => {}
            Msg::StoredAdminKey(secret) => self.pages.usage.use_stored_key(secret, &self.services),
        }
    }

    /// The vault is open: preview a .env file given on the command line, and in the demo check
    /// every key at once rather than showing a list of unchecked keys.
    fn vault_ready(&mut self, ctx: &egui::Context) {
        if let Some(path) = self.services.import_file.take() {
            self.execute_keys(ctx, None, KeysCommand::ImportFile(path));
        }
        if matches!(self.services.connection, Connection::Demo { .. }) {
            self.execute_keys(ctx, None, KeysCommand::CheckAll);
        }
    }

    fn execute(&mut self, ctx: &egui::Context, frame: &eframe::Frame, command: Command) {
        match &command {
            Command::Navigate(view) => self.navigate(*view),
            Command::Usage(_) if !self.can_send() => {}
            Command::Usage(command) => {
                let effects =
                    self.pages
                        .usage
                        .execute(command.clone(), &self.services, Some(frame));
                self.apply_effects(ctx, Some(frame), View::Usage, effects);
            }
            Command::Keys(keys_command) => {
                self.execute_keys(ctx, Some(frame), keys_command.clone())
            }
            Command::Explain(explain_command) => {
                let known: Vec<KnownKey> = self.pages.keys.listed().map(KnownKey::of).collect();
                self.pages.explain.execute(explain_command.clone(), &known)
            }
            Command::AddKeyFromExplain => self.add_key_from_explain(),
            Command::FocusAddKey => self.pages.keys.forms.go_to_add_form = true,
            Command::CopyMessageForHost => {
                if let Some(text) = self.pages.explain.message_for_host() {
                    ctx.copy_text(text);
                    self.notices.push(
                        Notice::info(
                            "The message was copied: paste it into an email or ticket to your hosting company.",
                        ),
                        View::Explain,
                    );
                }
            }
            Command::ChoosePricingFile => self.apply_effects(
                ctx,
                Some(frame),
                View::Settings,
                vec![Effect::PickFile(FileRequest::PricingFile)],
            ),
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
            Command::OpenUrl(url) => self.apply_effects(
                ctx,
                Some(frame),
                self.view,
                vec![Effect::OpenUrl(url.clone())],
            ),
            Command::DismissNotice(id) => self.notices.dismiss(*id),
            Command::CopyText { text, confirmation } => {
                ctx.copy_text(text.clone());
                self.notices
                    .push(Notice::info(confirmation.clone()), self.view);
            }
            Command::SetBaseUrl(text) => self.set_base_url(ctx, text),
        }
        self.last_commands.push(command);
    }

    /// The whole key an error text held goes into the add form on Keys (not stored yet: the
    /// person names it and presses Add).
    fn add_key_from_explain(&mut self) {
        let Some(key) = self.pages.explain.take_key() else {
            return;
        };
        let forms = &mut self.pages.keys.forms;
        forms.clear_add_form();
        forms.paste_key = key.expose_secret().to_owned();
        forms.go_to_add_form = true;
        self.navigate(View::Keys);
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
        let page = &mut self.pages.settings;
        match client {
            Ok(client) => {
                self.services.connection = Connection::live(client.config());
                let keep = (!crate::openai::client_is_default(client.config()))
                    .then(|| client.base_url().to_string());
                page.base_url_refused = None;
                self.notices.solved(ADDRESS_TOPIC);
                page.base_url_draft = client.base_url().to_string();
                self.checker = Checker::new(client.clone());
                self.services.proxy = crate::openai::proxy_for(&client.config().base_url);
                self.services.openai = client;
                self.change_settings(ctx, |s| s.base_url = keep);
            }
            Err(problem) => {
                page.base_url_refused = Some(format!("This address cannot be used: {problem}."))
            }
        }
    }

    fn execute_keys(
        &mut self,
        ctx: &egui::Context,
        frame: Option<&eframe::Frame>,
        command: KeysCommand,
    ) {
        let sends = matches!(
            command,
            KeysCommand::Check(_) | KeysCommand::CheckAll | KeysCommand::CheckImportRow(_)
        );
        if sends && !self.can_send() {
            self.notices.push(
                Notice::problem(
                    "Nothing was checked: the OpenAI address cannot be used. Fix it in Settings.",
                )
                .about(ADDRESS_TOPIC),
                View::Keys,
            );
            return;
        }
        let effects = self.pages.keys.execute(command, &self.checker);
        self.apply_effects(ctx, frame, View::Keys, effects);
    }

    /// Does what pages asked of the window; notices go to `view`, the view that asked.
    fn apply_effects(
        &mut self,
        ctx: &egui::Context,
        frame: Option<&eframe::Frame>,
        view: View,
        effects: Vec<Effect>,
    ) {
        for effect in effects {
            match effect {
                Effect::CopyText(text) => ctx.copy_text(text),
                // Copied during the next `ui` pass: output given outside a pass can be lost.
                Effect::CopySecret(secret) => self.pending_copy = Some(secret),
                Effect::PickFile(request) => self.pick_file(frame, request),
                Effect::OpenUrl(url) => self.open_url(url, view),
                Effect::Notice(notice) => self.notices.push(notice, view),
                Effect::Solved(topic) => self.notices.solved(&topic),
                Effect::RepaintAfter(after) => ctx.request_repaint_after(after),
            }
        }
    }

    /// Asks the system to open the page, off the UI thread; the answer says whether it did.
    fn open_url(&self, url: String, view: View) {
        let open = self.services.open_url.clone();
        self.background.spawn_blocking(move || {
            let result = open(&url);
            Msg::UrlOpened { url, view, result }
        });
    }

    /// The browser opened the page, or could not: then the address is shown, with Copy.
    fn url_opened(&mut self, url: String, view: View, result: Result<(), String>) {
        let notice = match result {
            // Said in words too: a browser may open behind the window.
            Ok(()) => Notice::info(format!("Opening {url} in your browser.")),
            Err(_) => Notice::problem(format!(
                "Opening {url} did not work: no browser opened. Copy the address and paste it into your browser."
            ))
            .offering(NoticeAction::Copy {
                words: "Copy the address".to_owned(),
                text: url,
            }),
        };
        self.notices.push(notice.about(BROWSER_TOPIC), view);
    }

    /// A file dialog, parented to the window; the answer comes back as a message.
    fn pick_file(&self, frame: Option<&eframe::Frame>, request: FileRequest) {
        let parent = frame.map(|f| f as &dyn crate::dialogs::ParentWindow);
        let picker = &self.services.file_picker;
        match request {
            FileRequest::EnvFile => {
                let picked = picker.open_file(parent, "Open a .env file", FileKind::Env);
                self.background
                    .spawn(async move { Msg::Keys(KeysMsg::FilePicked(picked.await)) });
            }
            FileRequest::PricingFile => {
                let picked =
                    picker.open_file(parent, "Choose a pricing table (JSON)", FileKind::Json);
                self.background
                    .spawn(async move { Msg::PricingFileChosen(picked.await) });
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
            commands.push(Command::Keys(match file.bytes() {
                Ok(bytes) => KeysCommand::ImportDroppedBytes {
                    name: "the dropped file".to_owned(),
                    bytes,
                },
                Err(reason) => KeysCommand::ReportProblem(format!(
                    "The dropped file could not be read: {reason}."
                )),
            }));
        }
    }

    /// The settings' prices changed: load them and rebuild the estimates shown.
    fn reload_pricing(&mut self) {
        let (pricing, problem) = PricingTable::from_settings(
            self.settings.pricing_file.as_deref(),
            &self.settings.price_edits,
        );
        self.pricing = pricing;
        self.pricing_problem = problem;
        self.pages.usage.rebuild(&self.pricing);
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
                if let Some(proxy) = &self.services.proxy {
                    ui.label(format!("· through the proxy {proxy}"));
                }
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
                if let Some(proxy) = &self.services.proxy {
                    ui.label(format!("· through the proxy {proxy}"));
                }
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

    /// The view's area: a settings problem, the drop hint, then the page.
    fn central(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let hovering_files = ui.ctx().input(|i| !i.raw.hovered_files.is_empty());
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
        let Pages {
            keys,
            usage,
            explain,
            settings,
        } = &mut self.pages;
        let context = views::ViewContext {
            connection: &self.services.connection,
            settings: &self.settings,
            desktop_prefers_dark: self.desktop_prefers_dark,
            config_dir: self.services.settings.dir(),
            client: self.services.openai.config(),
            usage: &*usage,
            admin_key: usage.admin_key(&self.services),
            pricing: &self.pricing,
            pricing_problem: self.pricing_problem.as_deref(),
        };
        let view = self.view;
        if view == View::Keys {
            views::keys::show(ui, keys, &context, commands);
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                // The whole width: text wraps at the window's edge, graphs use what there is.
                match view {
                    View::Keys => {}
                    View::Usage => views::usage::show(ui, &context, commands),
                    View::Explain => views::explain::show(ui, explain, commands),
                    View::Settings => views::settings::show(ui, &context, settings, commands),
                }
            });
    }

    /// The notices of the view on screen, floating above the status line; confirmations whose
    /// time is up go.
    fn show_notices(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(next) = self.notices.tick(Instant::now(), self.view) {
            ctx.request_repaint_after(next);
        }
        let shown: Vec<_> = self.notices.in_view(self.view).collect();
        let counting_down = shown
            .iter()
            .any(|s| matches!(s.notice.action, Some(NoticeAction::UndoDelete { .. })));
        let hovered = views::notice_area(ctx, &shown, commands);
        self.notices.hovered = hovered;
        if counting_down {
            // The undo button counts down.
            ctx.request_repaint_after(std::time::Duration::from_millis(500));
        }
    }

    /// Benchmarks: the first frame is on screen once the second one starts; then quit.
    fn exit_after_first_frame(&self, ctx: &egui::Context) {
        let Some(started) = self.services.exit_after_first_frame else {
            return;
        };
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

impl eframe::App for App {
    fn on_exit(&mut self) {
        self.pages.keys.finish_before_quit();
    }

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
        // Back to the window: the key list may have changed meanwhile (a CLI import).
        let focused = ctx.input(|i| i.focused);
        if focused && !self.focused {
            self.pages.keys.reload();
        }
        self.focused = focused;
        let (effects, next) = self.pages.keys.tick(Instant::now(), &self.checker);
        self.apply_effects(&ctx, Some(frame), View::Keys, effects);
        if let Some(next) = next {
            ctx.request_repaint_after(next);
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
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut commands));
        self.show_notices(&ctx, &mut commands);
        if !commands.is_empty() {
            self.last_commands.clear();
        }
        for command in commands {
            self.execute(&ctx, frame, command);
        }
        self.frames_drawn += 1;
        self.exit_after_first_frame(&ctx);
    }
}
