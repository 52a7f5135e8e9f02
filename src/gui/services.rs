//! Everything the app uses from outside, injected so tests swap it: the runtime, the OpenAI
//! client, the keychain and the key list, settings, file dialogs, the desktop's theme, the clock.
//! The person's keychain and config folder are reached only through `Services::system`, which
//! only `gui::run` calls; tests get `Services::isolated`.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use secrecy::SecretString;

use super::keys::{KeysTimings, VaultOpener, VaultOpening};
use crate::clock::Clock;
use crate::dialogs::{FilePicker, NativeFilePicker, ScriptedFilePicker};
use crate::i18n::Language;
use crate::openai::{Client, ClientConfig, client_is_default};
use crate::providers::{ProviderBases, ProviderId};
use crate::settings::{SettingsStore, config_dir};
use crate::simulator::{ProviderScenario, Scenario, Simulator};
use crate::tr;
use crate::usage::AdminKey;
use crate::vault::{
    Catalog, KEYCHAIN_SERVICE, KeyHints, KeySource, KeyringStore, NewKey, OnUnsaved, SecretStore,
    SessionStore, StoreError, Vault,
};

/// Where the app's requests go, shown in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// The built-in simulator ("Try with sample keys", or `--demo`).
    Demo { base_url: String },
    /// api.openai.com, or another address the person chose.
    Live { base_url: String, is_default: bool },
    /// The address given cannot be used; nothing is sent until it is fixed in Settings. The
    /// problem is the technical reason, shown under "Technical details".
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

/// Where requests go and which keys open: the person's own, or the demo's (the app switches
/// between the two with "Try with sample keys" and "Leave the demo").
#[derive(Clone)]
pub struct Setup {
    pub openai: Client,
    pub connection: Connection,
    /// Where the other providers' keys are checked.
    pub provider_bases: ProviderBases,
    pub vault_opener: VaultOpener,
    pub admin_key: Option<AdminKey>,
}

/// Opens a page in the browser; the error says why it could not (no browser, no opener).
pub type UrlOpener = Arc<dyn Fn(&str) -> Result<(), String> + Send + Sync>;

/// Opens the person's keychain.
pub type KeychainOpener = Arc<dyn Fn() -> Result<Arc<dyn SecretStore>, StoreError> + Send + Sync>;

/// Everything the app uses from outside, injected so tests can swap it.
#[derive(Clone)]
pub struct Services {
    pub runtime: tokio::runtime::Handle,
    pub openai: Client,
    pub connection: Connection,
    /// Where the other providers' keys are checked: their public addresses unless the
    /// environment points one elsewhere (`ANTHROPIC_BASE_URL`, …); the demo's simulator.
    pub provider_bases: ProviderBases,
    pub settings: SettingsStore,
    /// Opens the key vault (keychain and catalog) on a worker.
    pub vault_opener: VaultOpener,
    /// The person's own keychain, for the vault opener of `gui::run`. In tests it panics: no
    /// test may open it by accident.
    pub system_keychain: KeychainOpener,
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
    /// Opens pages in the browser (blocking; run off the UI thread).
    pub open_url: UrlOpener,
    /// How long reveals, undos and the fix loop take.
    pub keys_timings: KeysTimings,
    /// Where a CSV goes when no save window can be shown: Downloads, else the home folder.
    pub downloads_dir: Option<std::path::PathBuf>,
    /// The proxy the system's settings send OpenAI's requests through, for the status line.
    pub proxy: Option<String>,
    /// The language the system asks for (read once, at start), spoken unless Settings chose
    /// another.
    pub system_language: Language,
    /// When the app starts in the demo: the person's own OpenAI and keychain, for "Leave the
    /// demo". `None` when there is nothing to go back to.
    pub own_setup: Option<Setup>,
}

impl Services {
    /// The person's machine: the system keychain, the config folder, the desktop's theme and
    /// file dialogs, the real clock. Only `gui::run` calls this.
    pub fn system(runtime: tokio::runtime::Handle, openai: Client, connection: Connection) -> Self {
        let system_keychain: KeychainOpener = Arc::new(|| {
            KeyringStore::system(KEYCHAIN_SERVICE).map(|store| Arc::new(store) as Arc<_>)
        });
        let opener_keychain = system_keychain.clone();
        Services {
            runtime,
            connection,
            provider_bases: provider_bases_from_env(),
            settings: SettingsStore::in_dir(config_dir().as_deref()),
            vault_opener: Arc::new(move || system_vault(&opener_keychain)),
            system_keychain,
            desktop_prefers_dark: Arc::new(crate::desktop::prefers_dark),
            exit_after_first_frame: None,
            import_file: None,
            admin_key: None,
            file_picker: Arc::new(NativeFilePicker),
            clock: Clock::system(),
            open_url: Arc::new(|url| webbrowser::open(url).map_err(|e| e.to_string())),
            keys_timings: KeysTimings::default(),
            downloads_dir: directories::UserDirs::new().map(|dirs| {
                dirs.download_dir()
                    .unwrap_or_else(|| dirs.home_dir())
                    .to_owned()
            }),
            proxy: openai.config().proxy_in_use(),
            openai,
            system_language: Language::of_system(),
            own_setup: None,
        }
    }

    /// The person's own vault, on this system's keychain (to leave a demo the app started in).
    pub fn system_vault_opener(&self) -> VaultOpener {
        let keychain = self.system_keychain.clone();
        Arc::new(move || system_vault(&keychain))
    }

    /// Nothing of the person's machine: keys in this session's memory, settings in `dir`, a
    /// file picker that answers nothing, a desktop without a theme preference, a fixed clock, a
    /// browser that opens nothing, and a system keychain that panics when opened.
    pub fn isolated(
        runtime: tokio::runtime::Handle,
        openai: Client,
        connection: Connection,
        dir: &Path,
    ) -> Self {
        Services {
            runtime,
            openai,
            connection,
            // Tests that check other providers' keys point these at their simulator.
            provider_bases: ProviderBases::default(),
            settings: SettingsStore::in_dir(Some(dir)),
            vault_opener: Arc::new(|| VaultOpening {
                vault: Ok(Vault::new(
                    Arc::new(SessionStore::default()),
                    Catalog::in_memory(),
                )),
                notes: Vec::new(),
            }),
            system_keychain: Arc::new(|| {
                panic!(
                    "the system keychain was opened outside gui::run; tests use Services::isolated" // not words: for a developer
                )
            }),
            desktop_prefers_dark: Arc::new(|| None),
            exit_after_first_frame: None,
            import_file: None,
            admin_key: None,
            file_picker: Arc::new(ScriptedFilePicker::answering(Vec::new())),
            clock: Clock::fixed(jiff::Timestamp::from_second(1_780_000_000).unwrap_or_default()),
            // No browser opens from a test; tests that need one answer set their own.
            open_url: Arc::new(|_| Ok(())),
            keys_timings: KeysTimings::default(),
            downloads_dir: Some(dir.join("Downloads")), // not words: a folder's name
            proxy: None,
            // Tests read English unless they choose a language, whatever the machine speaks.
            system_language: Language::English,
            own_setup: None,
        }
    }
}

/// The person's vault: the system keychain and the catalog in the config directory.
pub fn system_vault(keychain: &KeychainOpener) -> VaultOpening {
    let mut notes = Vec::new();
    let catalog = match config_dir() {
        Some(dir) => match Catalog::load(&Catalog::file_in(&dir)) {
            Ok((catalog, note)) => {
                notes.extend(note.map(|n| n.sentence()));
                catalog
            }
            Err(error) => {
                notes.push(tr!(
                    "common-key-list-unreadable",
                    problem = error.to_string()
                ));
                Catalog::in_memory()
            }
        },
        None => {
            notes.push(tr!("common-no-config-folder-for-keys"));
            Catalog::in_memory()
        }
    };
    VaultOpening {
        vault: keychain().map(|store| Vault::new(store, catalog)),
        notes,
    }
}

/// The scenarios the demo lists, in an order that tells a story.
pub const DEMO_SCENARIOS: [Scenario; 18] = [
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
    // The organization's side (Organization view, and checks refined by the Admin key).
    Scenario::OwnerLeft,
    Scenario::ArchivedProject,
    Scenario::ModelDenied,
    Scenario::AdminNoManagement,
    Scenario::AdminAuditOff,
    Scenario::AdminLargeOrganization,
];

/// The demo's other providers' keys: one that works and one or two that fail for each.
pub const DEMO_PROVIDER_SCENARIOS: [ProviderScenario; 19] = [
    ProviderScenario::AnthropicValid,
    ProviderScenario::AnthropicRevoked,
    ProviderScenario::AnthropicRateLimited,
    // Its organization's usage and costs: the demo's Usage view offers Anthropic's too.
    ProviderScenario::AnthropicAdmin,
    ProviderScenario::GeminiValid,
    ProviderScenario::GeminiStandardKey,
    ProviderScenario::GeminiLeaked,
    ProviderScenario::OpenRouterValid,
    ProviderScenario::OpenRouterKeyLimit,
    ProviderScenario::GroqFreePlan,
    ProviderScenario::GroqRevoked,
    ProviderScenario::MistralValid,
    ProviderScenario::MistralRevoked,
    ProviderScenario::AzureValid,
    ProviderScenario::AzureFirewall,
    ProviderScenario::XaiValid,
    ProviderScenario::XaiDisabled,
    ProviderScenario::DeepSeekValid,
    ProviderScenario::DeepSeekNoBalance,
];

/// Where the other providers are reached: as the environment says, each address that cannot
/// be used left out (its provider is reached at its public address, as when none was set).
pub fn provider_bases_from_env() -> ProviderBases {
    let mut left_out: Vec<ProviderId> = Vec::new();
    // One more try per address refused; at most one per provider.
    for _ in 0..=ProviderId::ALL.len() {
        let lookup = |name: &str| {
            let refused = left_out
                .iter()
                .any(|p| p.entry().base_url_variables.contains(&name));
            (!refused).then(|| std::env::var(name).ok()).flatten()
        };
        match ProviderBases::from_lookup(lookup) {
            Ok(bases) => return bases,
            Err(refused) if !left_out.contains(&refused.provider) => {
                left_out.push(refused.provider);
            }
            Err(_) => break,
        }
    }
    ProviderBases::default()
}

/// Every other provider reached at the simulator (Azure at its sample resource's endpoint).
pub fn simulator_provider_bases(simulator: &Simulator) -> ProviderBases {
    ProviderId::ALL
        .into_iter()
        .filter(|provider| *provider != ProviderId::OpenAi)
        .fold(ProviderBases::default(), |bases, provider| {
            let url = simulator.provider_base_url(provider.as_str());
            // The simulator is on this computer, which plain HTTP may reach.
            bases.clone().with(provider, &url, "demo").unwrap_or(bases)
        })
}

/// The demo's OpenAI keys alone, for a demo whose simulator is not known here (its other
/// providers' keys would be checked at their public addresses): see [`demo_vault_at`].
pub fn demo_vault() -> VaultOpening {
    demo_vault_at(None)
}

/// The demo's vault: this session's memory, holding the simulator's sample keys. Their names
/// are the scenarios' descriptions, as the simulator's tests know them. With the simulator's
/// provider addresses, the other providers' sample keys too, an Azure key with its endpoint.
pub fn demo_vault_at(provider_bases: Option<&ProviderBases>) -> VaultOpening {
    let mut vault = Vault::new(Arc::new(SessionStore::default()), Catalog::in_memory());
    for scenario in DEMO_SCENARIOS {
        let added = vault.add(
            NewKey {
                secret: SecretString::from(scenario.secret()),
                label: sample_key_name(scenario),
                source: KeySource {
                    file: Some("demo".to_owned()),
                    variable: Some(scenario.id().to_uppercase()),
                },
                hints: KeyHints::default(),
            },
            OnUnsaved::KeepForSession,
        );
        // As if an earlier look at the organization had seen it, before it was deleted: the
        // audit log then says who deleted it and when.
        if let (Scenario::Revoked, Ok(added)) = (scenario, &added) {
            let _ = vault.remember_openai_key_id(&added.entry.id, &scenario.key_id());
        }
    }
    if let Some(bases) = provider_bases {
        add_provider_samples(&mut vault, bases);
    }
    VaultOpening {
        vault: Ok(vault),
        notes: Vec::new(),
    }
}

/// The other providers' sample keys, each stored as its provider's.
fn add_provider_samples(vault: &mut Vault, bases: &ProviderBases) {
    for scenario in DEMO_PROVIDER_SCENARIOS {
        let Some(provider) = ProviderId::from_word(scenario.provider()) else {
            continue;
        };
        // An Azure key is checked at its resource's endpoint, kept with the key.
        let endpoint = (provider == ProviderId::AzureOpenAi)
            .then(|| bases.base_for(provider))
            .flatten();
        let _ = vault.add_for(
            NewKey {
                secret: SecretString::from(scenario.secret()),
                label: sample_provider_key_name(scenario),
                source: KeySource {
                    file: Some("demo".to_owned()),
                    variable: Some(scenario.id().to_uppercase()),
                },
                hints: KeyHints {
                    base_url: endpoint,
                    ..KeyHints::default()
                },
            },
            Some(provider),
            OnUnsaved::KeepForSession,
        );
    }
}

/// The name of another provider's sample key in the demo, in the language on screen.
fn sample_provider_key_name(scenario: ProviderScenario) -> String {
    use ProviderScenario as S;
    match scenario {
        S::AnthropicValid => tr!("keys-sample-anthropic-valid"),
        S::AnthropicRevoked => tr!("keys-sample-anthropic-revoked"),
        S::AnthropicRateLimited => tr!("keys-sample-anthropic-rate-limited"),
        S::AnthropicAdmin => tr!("keys-sample-anthropic-admin"),
        S::GeminiValid => tr!("keys-sample-gemini-valid"),
        S::GeminiStandardKey => tr!("keys-sample-gemini-standard-key"),
        S::GeminiLeaked => tr!("keys-sample-gemini-leaked"),
        S::OpenRouterValid => tr!("keys-sample-openrouter-valid"),
        S::OpenRouterKeyLimit => tr!("keys-sample-openrouter-key-limit"),
        S::GroqFreePlan => tr!("keys-sample-groq-free-plan"),
        S::GroqRevoked => tr!("keys-sample-groq-revoked"),
        S::MistralValid => tr!("keys-sample-mistral-valid"),
        S::MistralRevoked => tr!("keys-sample-mistral-revoked"),
        S::AzureValid => tr!("keys-sample-azure-valid"),
        S::AzureFirewall => tr!("keys-sample-azure-firewall"),
        S::XaiValid => tr!("keys-sample-xai-valid"),
        S::XaiDisabled => tr!("keys-sample-xai-disabled"),
        S::DeepSeekValid => tr!("keys-sample-deepseek-valid"),
        S::DeepSeekNoBalance => tr!("keys-sample-deepseek-no-balance"),
        // Not in the demo's list.
        other => other.description().to_owned(),
    }
}

/// A sample key's name in the demo, in the language on screen when the demo opened.
fn sample_key_name(scenario: Scenario) -> String {
    match scenario {
        Scenario::FullAccess => tr!("common-sample-key-full-access"),
        Scenario::NoModelRequest => tr!("common-sample-key-no-model-request"),
        Scenario::ResponsesWithoutRequest => tr!("common-sample-key-responses-without-request"),
        Scenario::CreditBalanceExhausted => tr!("common-sample-key-no-credit"),
        Scenario::ProjectSpendLimit => tr!("common-sample-key-project-spend-limit"),
        Scenario::Revoked => tr!("common-sample-key-revoked"),
        Scenario::ProjectWithoutModel => tr!("common-sample-key-project-without-model"),
        Scenario::RateLimited => tr!("common-sample-key-rate-limited"),
        Scenario::ReadOnly => tr!("common-sample-key-read-only"),
        Scenario::ServiceAccount => tr!("common-sample-key-service-account"),
        Scenario::AdminFull => tr!("common-sample-key-admin-full"),
        Scenario::AdminNoUsage => tr!("common-sample-key-admin-no-usage"),
        Scenario::OwnerLeft => tr!("common-sample-key-owner-left"),
        Scenario::ArchivedProject => tr!("common-sample-key-archived-project"),
        Scenario::ModelDenied => tr!("common-sample-key-model-denied"),
        Scenario::AdminNoManagement => tr!("common-sample-key-admin-no-management"),
        Scenario::AdminAuditOff => tr!("common-sample-key-admin-audit-off"),
        Scenario::AdminLargeOrganization => tr!("common-sample-key-admin-large"),
        // Not in the demo's list.
        other => other.description().to_owned(),
    }
}
