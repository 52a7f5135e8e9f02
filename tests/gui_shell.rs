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
            .get_by_role_and_label(egui::accesskit::Role::Button, view.label())
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
    common::gui::wait_for_label(&mut harness, "was stored in this session's memory");
    for view in View::ALL {
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, view.label())
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
