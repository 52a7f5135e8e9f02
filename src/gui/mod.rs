//! The eframe app: state, messages from background work, commands from views, one file per view.
//! The only module that knows egui.

mod app;
mod background;
pub mod keys;
mod theme;
pub mod usage;
mod views;
pub(crate) mod widgets;

use std::sync::Arc;
use std::time::Instant;

use secrecy::SecretString;

pub use app::{App, Command, Msg, View};
pub use keys::{KeysCommand, VaultOpener, VaultOpening};
pub use widgets::verdict_icon as verdict_mark;

use crate::clock::Clock;
use crate::dialogs::{FilePicker, NativeFilePicker};
use crate::openai::{Client, ClientConfig, DEFAULT_BASE_URL, client_is_default};
use crate::settings::{SettingsStore, config_dir};
use crate::simulator::{Scenario, Simulator, SimulatorOptions};
use crate::usage::{AdminKey, AdminKeyOrigin, admin_key::admin_key_from_environment};
use crate::vault::{
    Catalog, KEYCHAIN_SERVICE, KeyHints, KeySource, KeyringStore, NewKey, OnUnsaved, SessionStore,
    Vault,
};

/// The reverse-DNS id shared by the window, the .desktop file and the packages.
pub const APP_ID: &str = "org.keydoctor.KeyDoctor";

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
    /// given, and why. The window opens anyway and says so.
    pub base_url_problem: Option<(String, String)>,
}

/// Where the app's requests go, shown in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// The built-in simulator (`--demo`).
    Demo { base_url: String },
    /// api.openai.com, or another address the person chose.
    Live { base_url: String, is_default: bool },
    /// The address given cannot be used; nothing is sent until it is fixed in Settings.
    Unusable { given: String, problem: String },
}

impl Connection {
    /// Where requests go for a client that was built from `config`.
    pub fn live(config: &ClientConfig) -> Connection {
        Connection::Live {
            base_url: config.base_url.to_string(),
            is_default: client_is_default(config),
        }
    }
}

/// Everything the app uses from outside, injected so tests can swap it.
#[derive(Clone)]
pub struct Services {
    pub runtime: tokio::runtime::Handle,
    pub openai: Client,
    pub connection: Connection,
    pub settings: SettingsStore,
    /// Opens the key vault (keychain and catalog) on a worker.
    pub vault_opener: VaultOpener,
    /// Asks the desktop whether it prefers dark (blocking; run off the UI thread).
    pub desktop_prefers_dark: Arc<dyn Fn() -> Option<bool> + Send + Sync>,
    /// Set by benchmarks: print the time to the first frame and quit.
    pub exit_after_first_frame: Option<Instant>,
    /// A .env file given on the command line, previewed for import at start.
    pub import_file: Option<std::path::PathBuf>,
    /// The Admin key for usage when one is known at start (demo, OPENAI_ADMIN_KEY). The key
    /// vault will become its source; the person can also paste one for the session.
    pub admin_key: Option<AdminKey>,
    /// Save and open dialogs.
    pub file_picker: Arc<dyn FilePicker>,
    /// What day it is (UTC), for date ranges and the month forecast.
    pub clock: Clock,
}

impl Services {
    /// Services for a client, with the real desktop, keychain and config directory.
    pub fn new(runtime: tokio::runtime::Handle, openai: Client, connection: Connection) -> Self {
        Services {
            runtime,
            openai,
            connection,
            settings: SettingsStore::in_dir(config_dir().as_deref()),
            vault_opener: Arc::new(system_vault),
            desktop_prefers_dark: Arc::new(crate::desktop::prefers_dark),
            exit_after_first_frame: None,
            import_file: None,
            admin_key: None,
            file_picker: Arc::new(NativeFilePicker),
            clock: Clock::system(),
        }
    }
}

/// The person's vault: the system keychain and the catalog in the config directory.
pub fn system_vault() -> VaultOpening {
    let mut notes = Vec::new();
    let catalog = match config_dir() {
        Some(dir) => match Catalog::load(&Catalog::file_in(&dir)) {
            Ok((catalog, note)) => {
                notes.extend(note.map(|n| n.sentence()));
                catalog
            }
            Err(error) => {
                notes.push(format!(
                    "{error}. The list starts empty for this session and the file is left as it is."
                ));
                Catalog::in_memory()
            }
        },
        None => {
            notes.push("This system has no configuration folder, so the list of keys lasts until Key Doctor closes (the keys themselves go to the keychain).".to_owned());
            Catalog::in_memory()
        }
    };
    VaultOpening {
        vault: KeyringStore::system(KEYCHAIN_SERVICE)
            .map(|store| Vault::new(Arc::new(store), catalog)),
        notes,
    }
}

/// The scenarios the demo lists, in an order that tells a story.
pub const DEMO_SCENARIOS: [Scenario; 12] = [
    Scenario::FullAccess,
    Scenario::NoModelRequest,
    Scenario::ResponsesWithoutRequest,
    Scenario::CreditBalanceExhausted,
    Scenario::ProjectSpendLimit,
    Scenario::Revoked,
    Scenario::ProjectWithoutModel,
    Scenario::RateLimited,
    Scenario::ReadOnly,
    Scenario::ServiceAccount,
    Scenario::AdminFull,
    Scenario::AdminNoUsage,
];

/// The demo's vault: this session's memory, holding the simulator's sample keys.
pub fn demo_vault() -> VaultOpening {
    let mut vault = Vault::new(Arc::new(SessionStore::default()), Catalog::in_memory());
    for scenario in DEMO_SCENARIOS {
        let _ = vault.add(
            NewKey {
                secret: SecretString::from(scenario.secret()),
                label: scenario.description().to_owned(),
                source: KeySource {
                    file: Some("demo".to_owned()),
                    variable: Some(scenario.id().to_uppercase()),
                },
                hints: KeyHints::default(),
            },
            OnUnsaved::KeepForSession,
        );
    }
    VaultOpening {
        vault: Ok(vault),
        notes: Vec::new(),
    }
}

/// Opens the window and runs until it is closed.
pub fn run(options: LaunchOptions) -> Result<(), String> {
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("key-doctor-io")
        .build()
        .map_err(|e| format!("could not start the background worker: {e}"))?;
    // The simulator lives as long as the window in demo mode.
    let mut _simulator: Option<Simulator> = None;
    let mut admin_key = None;
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
                .map_err(|e| format!("the demo simulator could not start: {e}"))?;
            let base_url = simulator.base_url().to_owned();
            admin_key = Some(AdminKey::new(
                simulator.key(Scenario::AdminFull),
                AdminKeyOrigin::Demo,
            ));
            _simulator = Some(simulator);
            let config = ClientConfig::new(&base_url).map_err(|e| e.to_string())?;
            (config, Connection::Demo { base_url })
        }
    };
    let demo = matches!(connection, Connection::Demo { .. });
    let client = Client::new(config).map_err(|e| e.to_string())?;
    let mut services = Services::new(runtime.handle().clone(), client, connection);
    if demo {
        services.vault_opener = Arc::new(demo_vault);
    }
    services.exit_after_first_frame = options.exit_after_first_frame.then_some(started);
    services.import_file = options.import_file;
    services.admin_key = admin_key.or_else(admin_key_from_environment);
    let start_view = options.start_view;

    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Key Doctor")
            .with_app_id(APP_ID)
            .with_inner_size([1080.0, 720.0])
            .with_min_inner_size([640.0, 420.0])
            .with_icon(theme::window_icon())
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Key Doctor",
        native_options,
        Box::new(move |cc| {
            let mut app = App::new(&cc.egui_ctx, services);
            if let Some(view) = start_view {
                app.open_view(&cc.egui_ctx, view);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("the window could not open: {e}"))
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
                problem: format!("The OpenAI address saved in Settings cannot be used: {problem}."),
            },
        ),
    }
}

/// The default base URL, for views that explain how to change it.
pub const OPENAI_DEFAULT: &str = DEFAULT_BASE_URL;
