//! The eframe app, the only module that knows egui. `App` keeps navigation, settings, theme and
//! the message pump; each view is a page that owns its state, messages and commands (`keys`,
//! `usage`, `organization`, `explain`, `settings_page`) and is drawn by its file in `views`. What
//! only the window can do comes back to `App` as an `Effect`. No module here imports `app`.

mod app;
mod background;
pub mod command;
pub mod effect;
pub mod explain;
mod import_preview;
pub mod keys;
mod notices;
pub mod organization;
pub mod services;
pub mod settings_page;
mod theme;
pub mod usage;
pub mod view;
mod views;
pub(crate) mod widgets;

use std::sync::Arc;
use std::time::Instant;

pub use app::App;
pub use command::{Command, View};
pub use effect::{Effect, Notice, NoticeAction, Tone};
pub use keys::{KeysCommand, VaultOpener, VaultOpening};
pub use services::{
    Connection, DEMO_PROVIDER_SCENARIOS, DEMO_SCENARIOS, KeychainOpener, Services, Setup,
    demo_vault, demo_vault_at, provider_bases_from_env, simulator_provider_bases, system_vault,
};
pub use widgets::verdict_icon as verdict_mark;

use crate::openai::{Client, ClientConfig, DEFAULT_BASE_URL};
use crate::providers::ProviderBases;
use crate::settings::{SettingsStore, config_dir};
use crate::simulator::{Scenario, Simulator, SimulatorOptions};
use crate::tr;
use crate::usage::{AdminKey, AdminKeyOrigin, admin_key::admin_key_from_environment};

/// The reverse-DNS id shared by the window, the .desktop file and the packages.
pub const APP_ID: &str = "org.keydoctor.KeyDoctor";

/// The product's name, the same in every language.
pub const APP_NAME: &str = "Key Doctor"; // not words: a name, never translated

/// What the command line decided.
#[derive(Debug, Clone)]
pub struct LaunchOptions {
    pub demo: bool,
    /// `None` in demo mode, where the simulator's address is used.
    pub client: Option<ClientConfig>,
    pub exit_after_first_frame: bool,
    /// A .env file to preview for import once the vault is open.
    pub import_file: Option<std::path::PathBuf>,
    /// The view to open first (hidden `--start-view`, for screenshots).
    pub start_view: Option<View>,
    /// The base URL given with --base-url or OPENAI_BASE_URL could not be used: the address as
    /// given, and why (for the technical details). The window opens anyway and says so.
    pub base_url_problem: Option<(String, String)>,
}

/// Opens the window and runs until it is closed.
pub fn run(options: LaunchOptions) -> Result<(), String> {
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("key-doctor-io")
        .build()
        .map_err(|e| tr!("common-launch-no-worker", problem = e.to_string()))?;
    // The simulator lives as long as the window in demo mode.
    let mut _simulator: Option<Simulator> = None;
    let mut admin_key = None;
    let mut demo_bases = None;
    let (config, connection) = match options.client {
        Some(config) if !options.demo => match (options.base_url_problem, config.base_url_given) {
            (Some((given, problem)), _) => (config, Connection::Unusable { given, problem }),
            // No address on the command line: the one saved in Settings, if any.
            (None, false) => saved_base_url(config),
            (None, true) => {
                let connection = Connection::live(&config);
                (config, connection)
            }
        },
        _ => {
            let simulator = runtime
                .block_on(Simulator::start(SimulatorOptions::default()))
                .map_err(|e| tr!("common-launch-demo-did-not-start", problem = e.to_string()))?;
            let base_url = simulator.base_url().to_owned();
            admin_key = Some(AdminKey::new(
                simulator.key(Scenario::AdminFull),
                AdminKeyOrigin::Demo,
            ));
            demo_bases = Some(simulator_provider_bases(&simulator));
            _simulator = Some(simulator);
            let config = ClientConfig::new(&base_url).map_err(|e| e.to_string())?;
            (config, Connection::Demo { base_url })
        }
    };
    let demo = matches!(connection, Connection::Demo { .. });
    let client = Client::new(config).map_err(|e| e.to_string())?;
    let mut services = Services::system(runtime.handle().clone(), client, connection);
    if demo {
        use_the_demo(&mut services, demo_bases);
    }
    services.exit_after_first_frame = options.exit_after_first_frame.then_some(started);
    services.import_file = options.import_file;
    services.admin_key = admin_key.or_else(admin_key_from_environment);
    let start_view = options.start_view;

    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_NAME)
            .with_app_id(APP_ID)
            .with_inner_size([1080.0, 720.0])
            // The smallest window tested to show every view whole, verdict first, at the
            // largest text size (tests/gui_layout.rs).
            .with_min_inner_size([800.0, 600.0])
            .with_icon(theme::window_icon())
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        APP_NAME,
        native_options,
        Box::new(move |cc| {
            let mut app = App::new(&cc.egui_ctx, services);
            if let Some(view) = start_view {
                app.open_view(view);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| tr!("common-launch-no-window", problem = e.to_string()))
}

/// The demo's sample keys, of every provider, checked at the simulator and nowhere else; the
/// person's own setup for "Leave the demo".
fn use_the_demo(services: &mut Services, provider_bases: Option<ProviderBases>) {
    services.own_setup = own_setup(services);
    services.vault_opener = match provider_bases {
        Some(bases) => {
            services.provider_bases = bases.clone();
            Arc::new(move || demo_vault_at(Some(&bases)))
        }
        None => Arc::new(demo_vault),
    };
}

/// What "Leave the demo" goes back to when the app started in it: OpenAI at the address saved
/// in Settings, the person's keychain, and an Admin key from the environment.
fn own_setup(services: &Services) -> Option<Setup> {
    let (config, connection) = saved_base_url(ClientConfig::new(DEFAULT_BASE_URL).ok()?);
    let config = config.with_desktop_proxy();
    Some(Setup {
        openai: Client::new(config).ok()?,
        connection,
        provider_bases: provider_bases_from_env(),
        vault_opener: services.system_vault_opener(),
        admin_key: admin_key_from_environment(),
    })
}

/// The client settings with the base URL saved in Settings (when there is one), and where
/// requests then go.
fn saved_base_url(config: ClientConfig) -> (ClientConfig, Connection) {
    let (settings, _) = SettingsStore::in_dir(config_dir().as_deref()).load();
    let Some(saved) = settings.base_url else {
        let connection = Connection::live(&config);
        return (config, connection);
    };
    match config.clone().with_base_url(&saved) {
        Ok(config) => {
            let connection = Connection::live(&config);
            (config, connection)
        }
        Err(problem) => (
            config,
            Connection::Unusable {
                given: saved,
                problem: problem.to_string(),
            },
        ),
    }
}
