//! The window under test: the app with a simulator over loopback, a config folder of its own,
//! a scripted file picker, and the real Secret Service when scripts/test.sh provides one
//! (keyring-core's mock store otherwise); and the steps a person takes, as helpers.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use key_doctor::dialogs::ScriptedFilePicker;
use key_doctor::gui::{App, Connection, Services, VaultOpening};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::{Scenario, Simulator, SimulatorOptions};
use key_doctor::vault::{
    Catalog, KeyHints, KeySource, KeyringStore, NewKey, OnUnsaved, SecretStore, StoreError, Vault,
};
use secrecy::SecretString;

pub struct World {
    pub runtime: tokio::runtime::Runtime,
    pub simulator: Simulator,
    pub dir: tempfile::TempDir,
    pub service: String,
    /// Every page the app asked the browser to open, in order.
    pub opened: Arc<std::sync::Mutex<Vec<String>>>,
}

pub fn world(test: &str) -> World {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let simulator = runtime
        .block_on(Simulator::start(SimulatorOptions::default()))
        .expect("simulator");
    World {
        runtime,
        simulator,
        dir: tempfile::tempdir().expect("dir"),
        service: format!(
            "org.keydoctor.KeyDoctor.guitest.{test}.{}",
            std::process::id()
        ),
        opened: Arc::default(),
    }
}

/// The real Secret Service under scripts/test.sh; keyring-core's mock store elsewhere.
pub fn keychain(service: &str) -> Arc<dyn SecretStore> {
    if std::env::var_os("KEY_DOCTOR_KEYCHAIN_TESTS").is_some() {
        Arc::new(KeyringStore::system(service).expect("the Secret Service"))
    } else {
        Arc::new(KeyringStore::new(
            keyring_core::mock::Store::new().expect("mock"),
            service,
            false,
        ))
    }
}

impl World {
    pub fn services(
        &self,
        store: Result<Arc<dyn SecretStore>, StoreError>,
        seed: Vec<Scenario>,
        picked: Option<PathBuf>,
    ) -> Services {
        let client = Client::new(ClientConfig::new(self.simulator.base_url()).expect("url"))
            .expect("client");
        let connection = Connection::Live {
            base_url: self.simulator.base_url().to_owned(),
            is_default: false,
        };
        let mut services = Services::isolated(
            self.runtime.handle().clone(),
            client,
            connection,
            self.dir.path(),
        );
        services.desktop_prefers_dark = Arc::new(|| Some(false));
        services.file_picker = Arc::new(ScriptedFilePicker::answering(vec![picked]));
        let opened = self.opened.clone();
        services.open_url = Arc::new(move |url| {
            opened.lock().expect("lock").push(url.to_owned());
            Ok(())
        });
        let catalog_path = Catalog::file_in(self.dir.path());
        let store = std::sync::Mutex::new(Some(store));
        services.vault_opener = Arc::new(move || {
            let store = store.lock().expect("lock").take().expect("opened once");
            let (catalog, _) = Catalog::load(&catalog_path).expect("catalog");
            VaultOpening {
                vault: store.map(|store| {
                    let mut vault = Vault::new(store, catalog);
                    for scenario in &seed {
                        vault
                            .add(
                                NewKey {
                                    secret: SecretString::from(scenario.secret()),
                                    label: scenario.description().to_owned(),
                                    source: KeySource::pasted(),
                                    hints: KeyHints::default(),
                                },
                                OnUnsaved::KeepForSession,
                            )
                            .expect("seeded");
                    }
                    vault
                }),
                notes: Vec::new(),
            }
        });
        services
    }
}

impl World {
    /// Waits until the app asked the browser to open a page, and returns the last one.
    pub fn wait_for_opened(&self, harness: &mut Harness<'_, App>) -> String {
        let opened = self.opened.clone();
        step_until(harness, "a page opened in the browser", move |_| {
            !opened.lock().expect("lock").is_empty()
        });
        let mut opened = self.opened.lock().expect("lock");
        let last = opened.last().cloned().unwrap_or_default();
        opened.clear();
        last
    }
}

pub fn open(services: Services) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size([1100.0, 800.0])
        .build_eframe(|cc| App::new(&cc.egui_ctx, services));
    harness.run();
    harness
}

/// Steps the app until `done` holds (background work answers through the channel). On a
/// timeout the frame is saved as `target/failed-<what>.png`, so the failure can be looked at.
pub fn step_until(
    harness: &mut Harness<'_, App>,
    what: &str,
    done: impl Fn(&Harness<'_, App>) -> bool,
) {
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        harness.step();
        if done(harness) {
            let _ = harness.run_ok();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let name: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let picture =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/failed-{name}.png"));
    let saved = harness
        .render()
        .map_err(|e| e.to_string())
        .and_then(|frame| frame.save(&picture).map_err(|e| e.to_string()));
    panic!(
        "timed out waiting for {what}; the frame is in {} ({saved:?})",
        picture.display()
    );
}

/// Opens a folded section (such as "3 permissions granted" or "For a developer") whose title
/// holds these words, as a person clicks it; nothing happens when there is none.
pub fn unfold(harness: &mut Harness<'_, App>, words: &str) {
    // Pressed the way a screen reader does: the section may be below the fold.
    let found = harness
        .query_all_by_label_contains(words)
        .next()
        .map(|node| node.click_accesskit());
    if found.is_some() {
        let _ = harness.run_ok();
    }
}

pub fn wait_for_label(harness: &mut Harness<'_, App>, text: &str) {
    let wanted = text.to_owned();
    step_until(harness, text, move |h| {
        h.query_by_label_contains(&wanted).is_some()
    });
}

pub fn click_button(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    // Spinners repaint on purpose while work runs; do not insist on a settled UI.
    let _ = harness.run_ok();
}

/// Focuses a text field and types into it, as a person would.
pub fn type_into(harness: &mut Harness<'_, App>, role: Role, label: Option<&str>, text: &str) {
    match label {
        Some(label) => harness.get_by_role_and_label(role, label).focus(),
        None => harness.get_by_role(role).focus(),
    }
    harness.run();
    match label {
        Some(label) => harness.get_by_role_and_label(role, label).type_text(text),
        None => harness.get_by_role(role).type_text(text),
    }
    harness.run();
}

pub fn first_button(harness: &mut Harness<'_, App>, label: &str) {
    harness
        .query_all_by_role_and_label(Role::Button, label)
        .next()
        .unwrap_or_else(|| panic!("no button {label}"))
        .click();
    let _ = harness.run_ok();
}

pub fn wait_for_vault(harness: &mut Harness<'_, App>) {
    step_until(harness, "the vault to open", |h| {
        matches!(
            h.state().keys().vault,
            key_doctor::gui::keys::VaultStatus::Open { .. }
        )
    });
}

pub fn copied_text(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

/// What a node says: a text's words (AccessKit keeps them as its value), a control's name.
pub fn words_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    let accessible = egui_kittest::kittest::NodeT::accesskit_node(node);
    match accessible.role() {
        Role::Label => accessible.value(),
        _ => accessible.label(),
    }
}

/// Every text and control that reaches past the window's left or right edge.
pub fn cut_by_the_edge(harness: &Harness<'_, App>) -> Vec<String> {
    let window = harness.ctx.content_rect();
    harness
        .query_all(egui_kittest::kittest::by().include_labels())
        .filter_map(|node| {
            let label = words_of(&node)?;
            let rect = node.rect();
            let cut = rect.max.x > window.max.x + 1.0 || rect.min.x < window.min.x - 1.0;
            (cut && !label.trim().is_empty() && rect.width() > 0.0).then(|| {
                format!(
                    "{label:?} spans x {:.0}..{:.0} of {:.0}",
                    rect.min.x, rect.max.x, window.max.x
                )
            })
        })
        .collect()
}

/// Keeps `text_size`, `theme` and `language` in the world's settings, as the person chose them.
pub fn keep_settings(
    world: &World,
    text_size: key_doctor::settings::TextSize,
    theme: key_doctor::settings::ThemePreference,
    language: Option<key_doctor::i18n::Language>,
) {
    let settings = key_doctor::settings::Settings {
        text_size,
        theme,
        language,
        ..key_doctor::settings::Settings::default()
    };
    key_doctor::settings::SettingsStore::in_dir(Some(world.dir.path()))
        .save(&settings)
        .expect("settings saved");
}
