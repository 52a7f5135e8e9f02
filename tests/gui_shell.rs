//! The app shell through egui_kittest, as a person (or a screen reader) meets it: navigation by
//! name, each view's heading, the status line, theme and text size kept across a restart, and one
//! snapshot of the window drawn on the CPU.

use std::path::Path;
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use key_doctor::gui::{App, Command, Connection, Services, View};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::settings::{TextSize, ThemePreference};

mod common;

const DEMO_URL: &str = "http://127.0.0.1:8080/v1";

fn services(
    runtime: &tokio::runtime::Runtime,
    dir: &Path,
    prefers_dark: Option<bool>,
    connection: Connection,
) -> Services {
    let client = Client::new(ClientConfig::new(DEMO_URL).expect("url")).expect("client");
    let mut services = Services::isolated(runtime.handle().clone(), client, connection, dir);
    services.desktop_prefers_dark = Arc::new(move || prefers_dark);
    services
}

fn demo() -> Connection {
    Connection::Demo {
        base_url: DEMO_URL.to_owned(),
    }
}

fn open_app<'a>(services: Services) -> Harness<'a, App> {
    let mut harness = Harness::builder()
        .with_size([1000.0, 680.0])
        // The desktop's theme arrives from a worker and may ask for a repaint while `run`
        // settles; four steps were sometimes too few.
        .with_max_steps(64)
        .build_eframe(|cc| App::new(&cc.egui_ctx, services));
    harness.run();
    harness
}

/// Steps until the background answer about the desktop theme has arrived.
fn wait_for_desktop_theme(harness: &mut Harness<'_, App>, want_dark: bool) {
    common::gui::step_until(harness, "the desktop's theme", |h| {
        h.ctx.global_style().visuals.dark_mode == want_dark
    });
}

#[test]
fn every_navigation_entry_opens_its_view() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    harness.get_by_label("Your keys");
    for (view, heading) in [
        (View::Usage, "Usage and cost"),
        (View::Explain, "Explain an error"),
        (View::Settings, "Settings"),
        (View::Keys, "Your keys"),
    ] {
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, &view.label())
            .click();
        harness.run();
        assert_eq!(harness.state().view(), view);
        let headings: Vec<_> = harness
            .query_all_by_label(heading)
            .filter(|node| node.accesskit_node().role() != egui::accesskit::Role::Button)
            .collect();
        assert_eq!(headings.len(), 1, "one heading \"{heading}\"");
    }
}

#[test]
fn the_status_line_says_demo_mode_and_where_requests_go() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    harness.get_by_label("🔬 Demo mode");
    harness.get_by_label_contains("built-in OpenAI simulator at http://127.0.0.1:8080/v1");

    let custom = Connection::Live {
        base_url: "https://proxy.example.com/v1".to_owned(),
        is_default: false,
    };
    let harness = open_app(services(&runtime, dir.path(), Some(false), custom));
    harness.get_by_label("⚠ Custom OpenAI address");
    harness.get_by_label_contains("Requests go to https://proxy.example.com/v1");
    assert!(harness.query_by_label("🔬 Demo mode").is_none());
}

#[test]
fn theme_and_text_size_are_kept_across_a_restart() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    wait_for_desktop_theme(&mut harness, false);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Settings")
        .click();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    harness.get_by_label("Large").click();
    harness.run();
    assert!(harness.ctx.global_style().visuals.dark_mode);
    assert_eq!(harness.ctx.zoom_factor(), TextSize::Large.scale());
    drop(harness);

    let saved = std::fs::read_to_string(dir.path().join("settings.json")).expect("settings saved");
    assert!(
        saved.contains("\"dark\"") && saved.contains("\"large\""),
        "{saved}"
    );

    let harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    assert_eq!(harness.state().settings().theme, ThemePreference::Dark);
    assert_eq!(harness.state().settings().text_size, TextSize::Large);
    assert!(harness.ctx.global_style().visuals.dark_mode);
    assert_eq!(harness.ctx.zoom_factor(), TextSize::Large.scale());
}

#[test]
fn following_the_system_uses_what_the_desktop_prefers() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open_app(services(&runtime, dir.path(), Some(true), demo()));
    assert_eq!(harness.state().settings().theme, ThemePreference::System);
    wait_for_desktop_theme(&mut harness, true);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Settings")
        .click();
    harness.run();
    harness.get_by_label("Your desktop prefers dark.");
    harness.get_by_label("Light").click();
    harness.run();
    assert!(!harness.ctx.global_style().visuals.dark_mode);
}

#[test]
fn a_corrupt_preferences_file_is_explained_and_kept() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("settings.json"), b"\x00\x01 not json").expect("write");
    let harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    harness.get_by_label_contains("could not be read");
    assert_eq!(
        std::fs::read(dir.path().join("settings.json")).expect("kept"),
        b"\x00\x01 not json"
    );
}

/// Choosing a language in Settings changes the whole window in the same run, without a
/// restart; it is saved, and "Follow the system" goes back to the system's language.
#[test]
fn a_language_chosen_in_settings_changes_the_window_at_once_and_is_kept() {
    use egui::accesskit::Role;
    use key_doctor::i18n::{Arg, Language, language, message_in};
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    let settings_in = |language| message_in(language, "common-nav-settings", &[]);
    harness
        .get_by_role_and_label(Role::Button, &settings_in(Language::English))
        .click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    assert_eq!(harness.state().settings().language, Some(Language::German));
    assert_eq!(language(), Language::German, "the window speaks German now");
    // Every navigation entry is in German in the same run.
    for id in [
        "common-nav-keys",
        "common-nav-usage",
        "common-nav-explain",
        "common-nav-settings",
    ] {
        harness.get_by_role_and_label(Role::Button, &message_in(Language::German, id, &[]));
    }
    // Holds once the German catalog has its words (translations come after the English).
    assert_ne!(
        settings_in(Language::German),
        settings_in(Language::English),
        "German names the Settings entry in German"
    );
    let saved = std::fs::read_to_string(dir.path().join("settings.json")).expect("saved");
    assert!(saved.contains(r#""language": "de""#), "{saved}");

    // Back to the system's language (English in tests).
    let follow = message_in(
        Language::German,
        "settings-language-system",
        &[("language", Arg::from("English"))],
    );
    harness.get_by_label(&follow).click();
    harness.run();
    assert_eq!(harness.state().settings().language, None);
    harness.get_by_role_and_label(Role::Button, &settings_in(Language::English));
    drop(harness);

    // Kept across a restart.
    let chosen = key_doctor::settings::Settings {
        language: Some(Language::French),
        ..Default::default()
    };
    key_doctor::settings::SettingsStore::in_dir(Some(dir.path()))
        .save(&chosen)
        .expect("saved");
    let harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    assert_eq!(language(), Language::French);
    harness.get_by_role_and_label(Role::Button, &settings_in(Language::French));
}

/// The demo is a button, not a flag: "Try with sample keys" on the welcome card switches the
/// running app to the built-in simulator and its sample keys, each checked, with the Demo mode
/// badge; "Leave the demo" brings back the person's own keys and OpenAI.
#[test]
fn the_demo_is_a_button_and_leaving_it_brings_back_the_person_s_keys() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let own = Connection::Live {
        base_url: "https://api.openai.com/v1".to_owned(),
        is_default: true,
    };
    let mut harness = open_app(services(&runtime, dir.path(), Some(false), own));
    common::gui::wait_for_vault(&mut harness);
    assert!(harness.state().keys().entries.is_empty());
    assert!(harness.query_by_label("🔬 Demo mode").is_none());

    common::gui::click_button(&mut harness, "Try with sample keys");
    common::gui::step_until(&mut harness, "every sample key checked", |h| {
        let keys = h.state().keys();
        keys.entries.len()
            == key_doctor::gui::DEMO_SCENARIOS.len()
                + key_doctor::gui::DEMO_PROVIDER_SCENARIOS.len()
            && keys.reports.len() == keys.entries.len()
    });
    assert!(harness.state().in_demo());
    harness.get_by_label("🔬 Demo mode");
    harness.get_by_label_contains("built-in OpenAI simulator at http://127.0.0.1:");

    common::gui::click_button(&mut harness, "Leave the demo");
    common::gui::step_until(&mut harness, "the person's own keys", |h| {
        !h.state().in_demo() && h.state().keys().entries.is_empty()
    });
    assert!(harness.query_by_label("🔬 Demo mode").is_none());
    harness.get_by_label("🌐 OpenAI: https://api.openai.com/v1");
    // And back again: a second demo starts as the first did.
    common::gui::click_button(&mut harness, "Try with sample keys");
    common::gui::step_until(&mut harness, "the sample keys again", |h| {
        h.state().keys().entries.len()
            == key_doctor::gui::DEMO_SCENARIOS.len()
                + key_doctor::gui::DEMO_PROVIDER_SCENARIOS.len()
    });
}

/// Started in the demo (`--demo`), the app offers "Leave the demo" too: it opens the person's
/// own keys then, not before.
#[test]
fn an_app_started_in_the_demo_leaves_it_for_the_person_s_own_keys() {
    use key_doctor::gui::{Setup, VaultOpening};
    use key_doctor::vault::{Catalog, SessionStore, Vault};
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut services = services(&runtime, dir.path(), Some(false), demo());
    services.vault_opener = Arc::new(key_doctor::gui::demo_vault);
    let own_opened = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let opened = own_opened.clone();
    let openai = ClientConfig::new("https://api.openai.com/v1").expect("url");
    services.own_setup = Some(Setup {
        connection: Connection::live(&openai),
        openai: Client::new(openai).expect("client"),
        provider_bases: Default::default(),
        vault_opener: Arc::new(move || {
            opened.store(true, std::sync::atomic::Ordering::SeqCst);
            VaultOpening {
                vault: Ok(Vault::new(
                    Arc::new(SessionStore::default()),
                    Catalog::in_memory(),
                )),
                notes: Vec::new(),
            }
        }),
        admin_key: None,
    });
    let mut harness = open_app(services);
    common::gui::step_until(&mut harness, "the sample keys", |h| {
        h.state().keys().entries.len() == key_doctor::gui::DEMO_SCENARIOS.len()
    });
    assert!(!own_opened.load(std::sync::atomic::Ordering::SeqCst));
    common::gui::click_button(&mut harness, "Leave the demo");
    common::gui::step_until(&mut harness, "the person's own keys", |h| {
        matches!(
            h.state().keys().vault,
            key_doctor::gui::keys::VaultStatus::Open { .. }
        ) && h.state().keys().entries.is_empty()
    });
    assert!(own_opened.load(std::sync::atomic::Ordering::SeqCst));
    assert!(!harness.state().in_demo());
    harness.get_by_label("🌐 OpenAI: https://api.openai.com/v1");
}

#[test]
fn the_fix_page_button_asks_to_open_the_admin_keys_page() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Usage")
        .click();
    harness.run();
    harness.get_by_label("Open the Admin keys page").click();
    harness.run();
    assert_eq!(
        harness.state().last_commands(),
        &[Command::OpenUrl(
            "https://platform.openai.com/settings/organization/admin-keys".into()
        )]
    );
}

#[test]
fn snapshot_of_the_shell() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = open_app(services(&runtime, dir.path(), Some(false), demo()));
    wait_for_desktop_theme(&mut harness, false);
    common::gui::step_until(&mut harness, "the welcome card", |h| {
        h.query_by_label("Welcome to Key Doctor").is_some()
    });
    harness.run();
    harness.snapshot("shell_keys_view");
}

/// Tests get `Services::isolated`: keys in memory, settings in a temporary folder, and a system
/// keychain that panics when opened. Walking every view, adding a key and checking it never
/// opens it, and never touches the config folder `KEY_DOCTOR_CONFIG_DIR` names.
#[test]
fn isolated_services_never_reach_the_person_s_keychain_or_config() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let dir = tempfile::tempdir().expect("dir");
    let services = services(&runtime, dir.path(), Some(false), demo());
    let keychain = services.system_keychain.clone();
    let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| keychain().is_ok()));
    assert!(opened.is_err(), "the system keychain panics in tests");
    let person = std::env::var_os("KEY_DOCTOR_CONFIG_DIR").map(std::path::PathBuf::from);
    let before = person.as_deref().map(snapshot_of_folder);
    let mut harness = open_app(services);
    common::gui::wait_for_vault(&mut harness);
    common::gui::type_into(
        &mut harness,
        egui::accesskit::Role::PasswordInput,
        Some("API key"),
        concat!(
            "sk-proj-",
            "isolatedabcdefghijklmnopqrstuvwx",
            "T3BlbkFJ4242"
        ),
    );
    common::gui::click_button(&mut harness, "Add key");
    common::gui::wait_for_label(&mut harness, "is kept until you close Key Doctor");
    for view in View::ALL {
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, &view.label())
            .click();
        let _ = harness.run_ok();
    }
    assert_eq!(harness.state().keys().entries.len(), 1);
    if let (Some(folder), Some(before)) = (person.as_deref(), before) {
        assert_eq!(
            snapshot_of_folder(folder),
            before,
            "the config folder is untouched"
        );
    }
}

/// Names, sizes and modification times of the files in a folder.
fn snapshot_of_folder(folder: &Path) -> Vec<(String, u64, Option<std::time::SystemTime>)> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| {
                    let metadata = entry.metadata().ok();
                    (
                        entry.file_name().to_string_lossy().into_owned(),
                        metadata.as_ref().map_or(0, |m| m.len()),
                        metadata.and_then(|m| m.modified().ok()),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
