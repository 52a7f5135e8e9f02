//! The app: navigation, settings, language, theme, notices, the demo and the message pump.
//! Messages from background work are drained in `logic`; pages are drawn in `ui`; the commands
//! views return are applied after drawing, and the effects pages return are done here, where the
//! window is.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

use egui::{RichText, Theme};
use secrecy::{ExposeSecret, SecretString};

use super::background::Background;
use super::command::{Command, View};
use super::effect::{Effect, FileRequest, Notice, NoticeAction};
use super::explain::ExplainPage;
use super::keys::{KeysCommand, KeysMsg, KeysPage, VaultChange};
use super::notices::NoticeBoard;
use super::organization::{
    OrgCommand, OrgInputs, OrgMsg, OrganizationPage, admin_options, remember_key_ids,
};
use super::services::{Connection, Services, Setup, demo_vault_at, simulator_provider_bases};
use super::settings_page::SettingsPage;
use super::theme::{self, Palette};
use super::usage::{UsageMsg, UsagePage};
use super::views;
use super::widgets;
use crate::checks::{Checker, KnownKey};
use crate::dialogs::FileKind;
use crate::i18n::set_language_of_this_thread;
use crate::openai::{Client, ClientConfig};
use crate::settings::{Settings, SettingsProblem, ThemePreference};
use crate::simulator::{Scenario, Simulator, SimulatorOptions};
use crate::tr;
use crate::usage::range::day_number;
use crate::usage::{AdminKey, AdminKeyOrigin, Dataset, DateRange, PricingProblem, PricingTable};
use crate::vault::KeyKind;

/// Results of background work, sent over a channel and drained in `App::logic`.
pub enum Msg {
    /// What the desktop said about light or dark.
    DesktopPrefersDark(Option<bool>),
    /// From the person's own Keys and Usage pages.
    Keys(KeysMsg),
    Usage(UsageMsg),
    /// From the demo's Keys and Usage pages: kept apart, so that an answer for one never lands
    /// on the other after a switch.
    DemoKeys(KeysMsg),
    DemoUsage(UsageMsg),
    /// From the Organization page: the person's, or the demo's (dropped once it ended).
    Organization(OrgMsg),
    DemoOrganization(OrgMsg),
    /// The simulator "Try with sample keys" started, or why it could not start.
    DemoStarted(Result<Simulator, String>),
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
    organization: OrganizationPage,
    explain: ExplainPage,
    settings: SettingsPage,
}

/// The person's Keys and Usage pages, put aside as they were while the demo is on.
struct OwnPages {
    keys: KeysPage,
    usage: UsagePage,
}

/// The demo in force: the sample keys against the built-in simulator.
struct DemoSession {
    /// Started by "Try with sample keys"; `None` when `gui::run` started it (`--demo`) and
    /// keeps it.
    _simulator: Option<Simulator>,
    /// The person's own setup, for "Leave the demo"; `None` when there is nothing to go back to.
    own: Option<Setup>,
    /// Their pages as they left them; `None` when the app started in the demo (their keychain
    /// is opened only when they leave it).
    own_pages: Option<OwnPages>,
}

pub struct App {
    services: Services,
    view: View,
    settings: Settings,
    /// A preferences file that could not be read or written.
    settings_problem: Option<SettingsProblem>,
    desktop_prefers_dark: Option<bool>,
    receiver: Receiver<Msg>,
    background: Background<Msg>,
    checker: Checker,
    /// Prices for estimates, from the settings; read by Usage and Settings.
    pricing: PricingTable,
    pricing_problem: Option<PricingProblem>,
    pages: Pages,
    /// The demo, while it is on.
    demo: Option<DemoSession>,
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
    pub fn new(ctx: &egui::Context, mut services: Services) -> Self {
        theme::install_fonts(ctx);
        theme::install_style(ctx);
        let (settings, settings_problem) = services.settings.load();
        // Everything from here on (a page's first words, a worker's) speaks the chosen language.
        set_language_of_this_thread(settings.language.unwrap_or(services.system_language));
        let (sender, receiver) = channel();
        let background = Background::new(services.runtime.clone(), sender, ctx.clone());
        let (pricing, pricing_problem) = PricingTable::from_settings_checked(
            settings.pricing_file.as_deref(),
            &settings.price_edits,
        );
        let demo = matches!(services.connection, Connection::Demo { .. }).then(|| DemoSession {
            _simulator: None,
            own: services.own_setup.take(),
            own_pages: None,
        });
        let pages = Pages {
            keys: new_keys_page(&background, &services, demo.is_some()),
            usage: new_usage_page(&background, &services, demo.is_some()),
            organization: new_organization_page(&background, demo.is_some()),
            explain: ExplainPage::default(),
            settings: SettingsPage {
                base_url_draft: address_of(&services.connection),
                base_url_refused: None,
            },
        };
        let app = App {
            checker: checker_for(&services.openai, &services.provider_bases),
            pages,
            demo,
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

    /// The Organization page, for tests and benchmarks that read what it shows.
    pub fn organization(&self) -> &OrganizationPage {
        &self.pages.organization
    }

    /// Shows an organization read elsewhere (benchmarks and tests with fixed facts), as if the
    /// Organization view had just read it.
    pub fn show_organization_facts(&mut self, facts: crate::org::OrgFacts) {
        let page = &mut self.pages.organization;
        page.sync_stored(self.pages.keys.entries.iter());
        page.show_facts(facts);
    }

    /// Whether the demo (sample keys against the built-in simulator) is on.
    pub fn in_demo(&self) -> bool {
        self.demo.is_some()
    }

    /// "Try with sample keys": starts the built-in simulator off the UI thread; the app switches
    /// to it when it answers. In the demo already, it shows the sample keys.
    pub fn try_demo(&mut self) {
        if self.demo.is_some() {
            self.navigate(View::Keys);
            return;
        }
        self.background.spawn(async {
            let started = Simulator::start(SimulatorOptions::default()).await;
            Msg::DemoStarted(started.map_err(|e| e.to_string()))
        });
    }

    /// "Leave the demo": back to the person's own OpenAI and keys, as they left them. The
    /// simulator stops.
    pub fn leave_demo(&mut self) {
        let Some(own) = self.demo.as_mut().and_then(|demo| demo.own.take()) else {
            return;
        };
        let own_pages = self.demo.take().and_then(|demo| demo.own_pages);
        self.use_setup(own);
        // The demo's notices (an undo for a sample key) mean nothing to the person's keys.
        self.notices.forget(View::Keys);
        self.notices.forget(View::Usage);
        // The demo's organization is not the person's.
        self.pages.organization = new_organization_page(&self.background, false);
        match own_pages {
            Some(OwnPages { keys, usage }) => {
                self.pages.keys = keys;
                self.pages.usage = usage;
            }
            None => {
                self.pages.keys = new_keys_page(&self.background, &self.services, false);
                self.pages.usage = new_usage_page(&self.background, &self.services, false);
                self.pages.keys.open(self.services.vault_opener.clone());
            }
        }
        self.navigate(View::Keys);
    }

    /// The simulator answers: the demo's pages and setup take the place of the person's, which
    /// are put aside as they are.
    fn enter_demo(&mut self, simulator: Simulator) {
        if self.demo.is_some() {
            return;
        }
        let base_url = simulator.base_url().to_owned();
        let client = ClientConfig::new(&base_url)
            .map_err(|e| e.to_string())
            .and_then(|config| Client::new(config).map_err(|e| e.to_string()));
        let openai = match client {
            Ok(openai) => openai,
            Err(problem) => return self.demo_did_not_start(problem),
        };
        // The sample keys of every provider are checked at the simulator, nowhere else.
        let bases = simulator_provider_bases(&simulator);
        let demo_bases = bases.clone();
        let demo = Setup {
            openai,
            connection: Connection::Demo { base_url },
            provider_bases: bases,
            vault_opener: Arc::new(move || demo_vault_at(Some(&demo_bases))),
            admin_key: Some(AdminKey::new(
                simulator.key(Scenario::AdminFull),
                AdminKeyOrigin::Demo,
            )),
        };
        let own = self.use_setup(demo);
        self.notices.forget(View::Keys);
        self.notices.forget(View::Usage);
        let demo_keys = new_keys_page(&self.background, &self.services, true);
        let demo_usage = new_usage_page(&self.background, &self.services, true);
        self.pages.organization = new_organization_page(&self.background, true);
        self.demo = Some(DemoSession {
            _simulator: Some(simulator),
            own: Some(own),
            own_pages: Some(OwnPages {
                keys: std::mem::replace(&mut self.pages.keys, demo_keys),
                usage: std::mem::replace(&mut self.pages.usage, demo_usage),
            }),
        });
        self.pages.keys.open(self.services.vault_opener.clone());
        self.navigate(View::Keys);
    }

    fn demo_did_not_start(&mut self, problem: String) {
        let notice =
            Notice::problem(tr!("common-demo-did-not-start")).offering(NoticeAction::Copy {
                words: tr!("common-copy-technical-details"),
                text: problem,
            });
        self.notices.push(notice, self.view);
    }

    /// Sends requests where `setup` says and opens its keys from now on; returns the setup it
    /// replaces.
    fn use_setup(&mut self, setup: Setup) -> Setup {
        let services = &mut self.services;
        let demo = matches!(setup.connection, Connection::Demo { .. });
        services.proxy = (!demo)
            .then(|| setup.openai.config().proxy_in_use())
            .flatten();
        self.checker = checker_for(&setup.openai, &setup.provider_bases);
        self.pages.settings.base_url_draft = address_of(&setup.connection);
        self.pages.settings.base_url_refused = None;
        Setup {
            openai: std::mem::replace(&mut services.openai, setup.openai),
            connection: std::mem::replace(&mut services.connection, setup.connection),
            provider_bases: std::mem::replace(&mut services.provider_bases, setup.provider_bases),
            vault_opener: std::mem::replace(&mut services.vault_opener, setup.vault_opener),
            admin_key: std::mem::replace(&mut services.admin_key, setup.admin_key),
        }
    }

    /// The language chosen in Settings, or the system's: every word drawn or written from now
    /// on (this frame, the notices it raises, the work it starts) is in it.
    fn speak_the_chosen_language(&self) {
        set_language_of_this_thread(
            self.settings
                .language
                .unwrap_or(self.services.system_language),
        );
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
        if view == View::Organization && self.can_send() {
            self.with_organization(|page, inputs| page.opened(inputs));
        }
    }

    /// Lends the Organization page what it reads with: the client, the clock, the Usage page's
    /// Admin key and the stored keys.
    fn with_organization<R>(
        &mut self,
        work: impl FnOnce(&mut OrganizationPage, &OrgInputs) -> R,
    ) -> R {
        let Pages {
            keys,
            usage,
            organization,
            ..
        } = &mut self.pages;
        let inputs = OrgInputs {
            client: &self.services.openai,
            clock: &self.services.clock,
            // The organization is OpenAI's, whatever Usage shows: an Anthropic Admin key is
            // never sent there.
            in_force: usage.admin_key_of(crate::providers::ProviderId::OpenAi, &self.services),
            entries: &keys.entries,
            vault: keys.vault(),
        };
        work(organization, &inputs)
    }

    /// A message for the Organization page; one from the demo's page after it ended (or from
    /// the person's while the demo is on) is about another organization and goes nowhere.
    fn organization_msg(&mut self, msg: OrgMsg, from_demo: bool) {
        if from_demo != self.demo.is_some() {
            return;
        }
        let ids = self.with_organization(|page, inputs| page.handle(msg, inputs));
        let Some(worker) = self.pages.keys.vault() else {
            return;
        };
        let background = self.background.clone();
        let wrap: fn(KeysMsg) -> Msg = if from_demo { Msg::DemoKeys } else { Msg::Keys };
        remember_key_ids(worker, ids, move |entries| {
            background.send(wrap(KeysMsg::VaultUpdated {
                entries,
                change: VaultChange::default(),
            }))
        });
    }

    /// Usage needs an Admin key: when none is in force, read the first one the vault holds
    /// for the provider shown (OpenAI's, or Anthropic's).
    fn offer_stored_admin_key(&mut self) {
        let admin_kind = |provider| match provider {
            crate::providers::ProviderId::Anthropic => KeyKind::AnthropicAdmin,
            _ => KeyKind::Admin,
        };
        let keys = &self.pages.keys;
        let usage = &mut self.pages.usage;
        usage.admin_providers = [
            crate::providers::ProviderId::OpenAi,
            crate::providers::ProviderId::Anthropic,
        ]
        .into_iter()
        .filter(|p| keys.entries.iter().any(|e| e.kind == admin_kind(*p)))
        .collect();
        // Only Anthropic's Admin key is stored: show its usage.
        if usage.session_keys.is_empty()
            && self.services.admin_key.is_none()
            && usage.admin_providers == [crate::providers::ProviderId::Anthropic]
        {
            usage.provider = crate::providers::ProviderId::Anthropic;
        }
        if usage.admin_key(&self.services).is_some() {
            return;
        }
        let wanted = admin_kind(usage.provider);
        let (Some(entry), Some(worker)) =
            (keys.entries.iter().find(|e| e.kind == wanted), keys.vault())
        else {
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
            Msg::Keys(msg) => self.keys_msg(ctx, msg, false),
            Msg::DemoKeys(msg) => self.keys_msg(ctx, msg, true),
            Msg::Usage(msg) => self.usage_msg(ctx, msg, false),
            Msg::DemoUsage(msg) => self.usage_msg(ctx, msg, true),
            Msg::Organization(msg) => self.organization_msg(msg, false),
            Msg::DemoOrganization(msg) => self.organization_msg(msg, true),
            Msg::DemoStarted(Ok(simulator)) => self.enter_demo(simulator),
            Msg::DemoStarted(Err(problem)) => self.demo_did_not_start(problem),
            Msg::UrlOpened { url, view, result } => self.url_opened(url, view, result),
            Msg::PricingFileChosen(Some(path)) => {
                self.change_settings(ctx, |s| s.pricing_file = Some(path));
                self.reload_pricing();
            }
            Msg::PricingFileChosen(None) => {}
            Msg::StoredAdminKey(secret) => self.pages.usage.use_stored_key(secret, &self.services),
        }
    }

    /// A message for a Keys page: the one on screen, or the person's, put aside during the demo
    /// (which keeps up quietly: nothing of it is on screen).
    fn keys_msg(&mut self, ctx: &egui::Context, msg: KeysMsg, from_demo: bool) {
        if from_demo != self.demo.is_some() {
            if let Some(own) = self.put_aside(from_demo) {
                let _ = own.keys.handle(msg);
            }
            return;
        }
        let opened = matches!(msg, KeysMsg::VaultOpened(_));
        let effects = self.pages.keys.handle(msg);
        self.apply_effects(ctx, None, View::Keys, effects);
        if opened {
            self.vault_ready(ctx);
        }
    }

    /// A message for a Usage page, as `keys_msg`.
    fn usage_msg(&mut self, ctx: &egui::Context, msg: UsageMsg, from_demo: bool) {
        if from_demo != self.demo.is_some() {
            let own = (!from_demo)
                .then(|| self.demo.as_mut().and_then(|demo| demo.own_pages.as_mut()))
                .flatten();
            if let Some(own) = own {
                let _ = own.usage.handle(msg, &self.pricing);
            }
            return;
        }
        let effects = self.pages.usage.handle(msg, &self.pricing);
        self.apply_effects(ctx, None, View::Usage, effects);
    }

    /// The person's pages put aside during the demo, when a message is theirs; a message from
    /// the demo's pages after it ended has nowhere to go.
    fn put_aside(&mut self, from_demo: bool) -> Option<&mut OwnPages> {
        if from_demo {
            return None;
        }
        self.demo.as_mut().and_then(|demo| demo.own_pages.as_mut())
    }

    /// The vault is open: preview a .env file given on the command line, and in the demo check
    /// every key at once rather than showing a list of unchecked keys.
    fn vault_ready(&mut self, ctx: &egui::Context) {
        // The stored Admin keys are known now.
        if self.view == View::Organization && self.can_send() {
            self.with_organization(|page, inputs| page.opened(inputs));
        }
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
                if let crate::gui::usage::UsageCommand::ShowProvider(_) = command {
                    self.offer_stored_admin_key();
                    self.pages.usage.opened(&self.services);
                }
            }
            Command::Organization(OrgCommand::Refresh | OrgCommand::ChooseAdminKey(_))
                if !self.can_send() => {}
            Command::Organization(command) => {
                let command = command.clone();
                self.with_organization(|page, inputs| page.execute(command, inputs));
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
                        Notice::info(tr!("common-host-message-copied")),
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
            Command::UseShippedPrices | Command::EditPrice(_) => self.change_prices(ctx, &command),
            Command::SetTheme(theme) => self.change_settings(ctx, |s| s.theme = *theme),
            Command::SetTextSize(size) => self.change_settings(ctx, |s| s.text_size = *size),
            Command::SetLanguage(language) => {
                self.change_settings(ctx, |s| s.language = *language);
                // The rest of this frame's work, and the next frame, speak it.
                self.speak_the_chosen_language();
                ctx.request_repaint();
            }
            Command::TryDemo => self.try_demo(),
            Command::LeaveDemo => self.leave_demo(),
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

    /// Back to the shipped prices, or one model's price edited; saved, and the estimates
    /// rebuilt.
    fn change_prices(&mut self, ctx: &egui::Context, command: &Command) {
        match command {
            Command::UseShippedPrices => self.change_settings(ctx, |s| {
                s.pricing_file = None;
                s.price_edits.clear();
            }),
            Command::EditPrice(price) => {
                let price = price.clone();
                self.change_settings(ctx, |s| {
                    s.price_edits.retain(|p| p.model != price.model);
                    s.price_edits.push(price);
                });
            }
            _ => return,
        }
        self.reload_pricing();
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
                self.checker = checker_for(&client, &self.services.provider_bases);
                self.services.proxy = client.config().proxy_in_use();
                self.services.openai = client;
                self.change_settings(ctx, |s| s.base_url = keep);
            }
            // The library's words go under "Technical details", beneath a plain sentence.
            Err(problem) => page.base_url_refused = Some(problem),
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
                Notice::problem(tr!("common-nothing-checked-address")).about(ADDRESS_TOPIC),
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
            Ok(()) => Notice::info(tr!("common-opening-in-browser", url = url.as_str())),
            Err(_) => Notice::problem(tr!("common-browser-did-not-open", url = url.as_str()))
                .offering(NoticeAction::Copy {
                    words: tr!("common-copy-the-address"),
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
                let picked =
                    picker.open_file(parent, &tr!("common-dialog-open-env"), FileKind::Env);
                self.background
                    .spawn(async move { Msg::Keys(KeysMsg::FilePicked(picked.await)) });
            }
            FileRequest::PricingFile => {
                let picked =
                    picker.open_file(parent, &tr!("common-dialog-choose-prices"), FileKind::Json);
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
                    name: tr!("common-dropped-file-name"),
                    bytes,
                },
                // What the system said is not worth a person's reading: the button works.
                Err(_) => KeysCommand::ReportProblem(tr!("common-dropped-file-unreadable")),
            }));
        }
    }

    /// The settings' prices changed: load them and rebuild the estimates shown.
    fn reload_pricing(&mut self) {
        let (pricing, problem) = PricingTable::from_settings_checked(
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
        let entries: Vec<(View, String)> = View::ALL
            .into_iter()
            .map(|view| (view, format!("{} {}", view.icon(), view.label())))
            .collect();
        let name = RichText::new(super::APP_NAME).heading().strong();
        // The window's title already names the app: where the entries need the room (a
        // narrow window, longer words in another language), the name goes first.
        let padding = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
        let entries_width: f32 = entries
            .iter()
            .map(|(_, words)| widgets::text_width(ui, RichText::new(words).size(16.0)) + padding)
            .sum();
        let show_name =
            entries_width + widgets::text_width(ui, name.clone()) + 24.0 < ui.available_width();
        // Wrapping: when even the entries alone are too wide, the last ones take a second line.
        ui.horizontal_wrapped(|ui| {
            ui.add_space(4.0);
            if show_name {
                ui.label(name);
                ui.add_space(16.0);
            }
            for (view, _) in entries {
                let response =
                    widgets::nav_entry(ui, self.view == view, view.icon(), &view.label());
                if response.clicked() && self.view != view {
                    commands.push(Command::Navigate(view));
                }
            }
        });
    }

    /// Where requests go, at the bottom of the window: the demo (with the way out), OpenAI,
    /// another address, or an address that cannot be used (with the way to fix it).
    fn status_line(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let dark = ui.visuals().dark_mode;
        let through_proxy = |ui: &mut egui::Ui| {
            if let Some(proxy) = &self.services.proxy {
                ui.label(tr!("common-status-through-proxy", proxy = proxy.as_str()));
            }
            other_provider_addresses(ui, &self.services.provider_bases);
        };
        ui.horizontal_wrapped(|ui| match &self.services.connection {
            Connection::Demo { base_url } => {
                let badge = format!("🔬 {}", tr!("common-status-demo"));
                ui.label(RichText::new(badge).strong().color(Palette::demo(dark)));
                ui.label(tr!("common-status-demo-explained", base_url = base_url));
                let can_leave = self.demo.as_ref().is_some_and(|d| d.own.is_some());
                if can_leave && ui.button(tr!("common-leave-demo")).clicked() {
                    commands.push(Command::LeaveDemo);
                }
            }
            Connection::Live {
                base_url,
                is_default: true,
            } => {
                ui.label(format!(
                    "🌐 {}",
                    tr!("common-status-openai", base_url = base_url)
                ));
                through_proxy(ui);
            }
            Connection::Live {
                base_url,
                is_default: false,
            } => {
                let badge = format!("⚠ {}", tr!("common-status-custom-address"));
                ui.label(RichText::new(badge).strong().color(Palette::warning(dark)));
                ui.label(tr!("common-status-custom-explained", base_url = base_url));
                through_proxy(ui);
            }
            Connection::Unusable { .. } => {
                let badge = format!("⚠ {}", tr!("common-status-unusable"));
                ui.label(RichText::new(badge).strong().color(Palette::warning(dark)));
                ui.label(tr!("common-status-unusable-explained"));
                if self.view != View::Settings && ui.button(tr!("common-open-settings")).clicked() {
                    commands.push(Command::Navigate(View::Settings));
                }
            }
        });
    }

    /// The view's area: a settings problem, the drop hint, then the page.
    fn central(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let hovering_files = ui.ctx().input(|i| !i.raw.hovered_files.is_empty());
        if let Some(problem) = &self.settings_problem {
            let dark = ui.visuals().dark_mode;
            let sentence = format!("⚠ {}", problem.sentence());
            ui.label(RichText::new(sentence).color(Palette::warning(dark)));
            widgets::technical_details(ui, "settings_problem", problem.technical());
            ui.add_space(8.0);
        }
        if hovering_files {
            ui.label(
                RichText::new(format!("📂 {}", tr!("common-drop-env-file")))
                    .size(22.0)
                    .strong(),
            );
        }
        let Pages {
            keys,
            usage,
            organization,
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
            pricing_problem: self.pricing_problem.as_ref(),
            system_language: self.services.system_language,
        };
        let view = self.view;
        if view == View::Keys {
            views::keys::show(ui, keys, &context, commands);
            return;
        }
        let admin_options = if view == View::Organization {
            // A key stored, renamed or matched meanwhile: the rows say which are kept here.
            organization.sync_stored(keys.entries.iter());
            let openai = usage.admin_key_of(crate::providers::ProviderId::OpenAi, &self.services);
            let options = admin_options(openai, keys.entries.iter());
            organization.forget_if_key_gone(&options);
            options
        } else {
            Vec::new()
        };
        let keys_ready = keys.vault().is_some()
            || matches!(
                keys.vault,
                super::keys::VaultStatus::KeychainUnavailable { .. }
            );
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                // The whole width: text wraps at the window's edge, graphs use what there is.
                match view {
                    View::Keys => {}
                    View::Usage => views::usage::show(ui, &context, commands),
                    View::Organization => views::organization::show(
                        ui,
                        organization,
                        &admin_options,
                        keys_ready,
                        commands,
                    ),
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
        if let Some(own) = self.demo.as_mut().and_then(|d| d.own_pages.as_mut()) {
            own.keys.finish_before_quit();
        }
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.speak_the_chosen_language();
        while let Ok(msg) = self.receiver.try_recv() {
            self.handle(ctx, msg);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        // Every frame: a language chosen in Settings changes every view at once.
        self.speak_the_chosen_language();
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
            self.status_line(ui, &mut commands);
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

/// A Keys page whose messages come back as the person's or the demo's.
fn new_keys_page(background: &Background<Msg>, services: &Services, demo: bool) -> KeysPage {
    let wrap: fn(KeysMsg) -> Msg = if demo { Msg::DemoKeys } else { Msg::Keys };
    KeysPage::new(
        background.scoped(wrap),
        services.clock.clone(),
        services.keys_timings,
    )
}

/// An Organization page whose messages come back as the person's or the demo's.
fn new_organization_page(background: &Background<Msg>, demo: bool) -> OrganizationPage {
    let wrap: fn(OrgMsg) -> Msg = if demo {
        Msg::DemoOrganization
    } else {
        Msg::Organization
    };
    OrganizationPage::new(background.scoped(wrap))
}

/// A Usage page whose messages come back as the person's or the demo's.
fn new_usage_page(background: &Background<Msg>, services: &Services, demo: bool) -> UsagePage {
    let wrap: fn(UsageMsg) -> Msg = if demo { Msg::DemoUsage } else { Msg::Usage };
    UsagePage::new(
        day_number(services.clock.today_utc()),
        background.scoped(wrap),
    )
}

/// Other providers reached elsewhere than their public addresses (set in the environment): one
/// is named with its address; several by their names, their addresses when hovered.
fn other_provider_addresses(ui: &mut egui::Ui, bases: &crate::providers::ProviderBases) {
    let given: Vec<(crate::providers::ProviderId, String)> = crate::providers::ProviderId::ALL
        .into_iter()
        .filter(|provider| bases.is_given(*provider))
        .filter_map(|provider| Some((provider, bases.base_for(provider)?)))
        .collect();
    let lines: Vec<String> = given
        .iter()
        .map(|(provider, address)| {
            tr!(
                "keys-provider-address",
                provider = provider.name(),
                address = address.as_str()
            )
        })
        .collect();
    match lines.as_slice() {
        [] => {}
        [one] => {
            ui.label(format!("🌐 {one}"));
        }
        several => {
            let names: Vec<&str> = given.iter().map(|(provider, _)| provider.name()).collect();
            let words = tr!("keys-provider-addresses", providers = names.join(", "));
            ui.label(format!("🌐 {words}"))
                .on_hover_text(several.join("\n"));
        }
    }
}

/// The checker of every key: OpenAI's through `openai`, the other providers' at `bases`.
fn checker_for(openai: &Client, bases: &crate::providers::ProviderBases) -> Checker {
    Checker::new(openai.clone()).with_provider_bases(bases.clone())
}

/// The address Settings shows in its field for a connection.
fn address_of(connection: &Connection) -> String {
    match connection {
        Connection::Unusable { given, .. } => given.clone(),
        Connection::Live { base_url, .. } | Connection::Demo { base_url } => base_url.clone(),
    }
}
