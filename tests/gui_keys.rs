//! The Keys view through egui_kittest, against the simulator over loopback and the real Secret
//! Service when scripts/test.sh provides one (keyring-core's mock store otherwise): paste a key,
//! import a .env file through the file picker and by dropping it, check keys, read the verdict and
//! the permission table, press the fix button, copy a report, delete with confirmation.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use key_doctor::gui::Command;
use key_doctor::simulator::Scenario;
use key_doctor::vault::{Catalog, SessionStore, StoreError};
use secrecy::ExposeSecret;

mod common;
use common::gui::*;

/// A fake key, assembled from pieces so no line holds a key-shaped string.
const PASTED: &str = concat!(
    "sk-proj-",
    "guipastedkey-abcdefghijklmnopqrstuvwxyz",
    "T3BlbkFJ9876"
);

#[test]
fn a_pasted_key_is_stored_and_listed_with_its_kind() {
    let world = world("paste");
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![], None));
    wait_for_vault(&mut harness);
    type_into(&mut harness, Role::PasswordInput, Some("API key"), PASTED);
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Name (optional)"),
        "Website chatbot",
    );
    // The field is masked: neither the screen nor the accessibility tree shows the key.
    assert!(harness.query_by_label_contains(PASTED).is_none());
    assert!(harness.query_by_value(PASTED).is_none());
    harness.get_by_label_contains("Project key sk-proj-…9876");
    click_button(&mut harness, "Add key");
    wait_for_label(
        &mut harness,
        "Website chatbot, Project key, Not checked yet",
    );
    harness.get_by_label_contains("was stored in your system keychain");
    let entry = harness.state().keys().entries[0].clone();
    assert_eq!(
        store
            .get(&entry.id)
            .expect("in the keychain")
            .expose_secret(),
        PASTED
    );
    assert_eq!(
        harness
            .get_by_role_and_label(Role::PasswordInput, "API key")
            .value()
            .as_deref(),
        Some("")
    );
    let catalog =
        std::fs::read_to_string(Catalog::file_in(world.dir.path())).expect("catalog written");
    assert!(catalog.contains("Website chatbot") && !catalog.contains(PASTED));
    store.delete(&entry.id).expect("clean up");
}

fn env_file(dir: &Path, body: &str) -> PathBuf {
    let path = dir.join("project.env");
    std::fs::write(&path, body).expect("write");
    path
}

#[test]
fn a_picked_env_file_is_previewed_checked_and_stored_without_being_changed() {
    let world = world("import");
    let store = keychain(&world.service);
    let body = format!(
        "# app settings\nOPENAI_API_KEY={}\nOPEN_AI_KEY_ADM={}\nANTHROPIC_API_KEY=sk-ant-api03-not-openai-aaaaaaaaaaaa\n",
        Scenario::NoModelRequest.secret(),
        Scenario::AdminFull.secret()
    );
    let path = env_file(world.dir.path(), &body);
    let mut harness = open(world.services(Ok(store.clone()), vec![], Some(path.clone())));
    wait_for_vault(&mut harness);
    first_button(&mut harness, "Open a .env file");
    wait_for_label(&mut harness, "Import from");
    harness.get_by_label("OPENAI_API_KEY");
    harness.get_by_label("OPEN_AI_KEY_ADM");
    harness.get_by_label("Admin key");
    assert!(
        harness.query_by_label("ANTHROPIC_API_KEY").is_none(),
        "only OpenAI keys are listed"
    );
    assert!(
        harness
            .query_by_label_contains(&Scenario::NoModelRequest.secret())
            .is_none()
    );
    click_button(&mut harness, "Check OPENAI_API_KEY");
    wait_for_label(&mut harness, "✖ Missing permissions");
    // Found not to work: unticked, with the reason beside it; the person may tick it again.
    harness.get_by_label_contains("Not ticked: tick it to store it anyway.");
    harness.get_by_role_and_label(Role::Button, "Store 1 key");
    harness
        .get_by_role_and_label(Role::CheckBox, "OPENAI_API_KEY")
        .click();
    let _ = harness.run_ok();
    click_button(&mut harness, "Store 2 keys");
    wait_for_label(
        &mut harness,
        "were stored in your system keychain. The file was not changed.",
    );
    let entries = harness.state().keys().entries.clone();
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[0].source.variable.as_deref(),
        Some("OPENAI_API_KEY")
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        body,
        "the file is never modified"
    );
    for entry in entries {
        store.delete(&entry.id).expect("clean up");
    }
}

/// No file dialog (or Cancel): a path field opens, with the other ways in beside it; the path
/// typed opens the file, Esc closes the field.
#[test]
fn without_a_file_dialog_a_typed_path_opens_the_file() {
    let world = world("cancel");
    let body = format!("OPENAI_API_KEY={}\n", Scenario::FullAccess.secret());
    let path = env_file(world.dir.path(), &body);
    let mut harness = open(world.services(Ok(keychain(&world.service)), vec![], None));
    wait_for_vault(&mut harness);
    first_button(&mut harness, "Open a .env file");
    wait_for_label(&mut harness, "drop the file onto this window");
    harness.get_by_label_contains("paste its text with \"Paste .env text\"");
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Path of the .env file")
            .is_focused(),
        "the field that opened has the cursor"
    );
    harness.key_press(egui::Key::Escape);
    let _ = harness.run_ok();
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Path of the .env file")
            .is_none(),
        "Esc closes it"
    );
    // A folder first: said, then replaced by what the next path does.
    first_button(&mut harness, "Open a .env file");
    wait_for_label(&mut harness, "Path of the .env file");
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Path of the .env file"),
        &world.dir.path().display().to_string(),
    );
    harness.key_press(egui::Key::Enter);
    wait_for_label(&mut harness, "is a folder, not a file");
    harness
        .get_by_role_and_label(Role::TextInput, "Path of the .env file")
        .set_text_value_accesskit("");
    harness.run();
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Path of the .env file"),
        &format!("\"{}\"", path.display()),
    );
    harness.key_press(egui::Key::Enter);
    wait_for_label(&mut harness, "Import from");
    harness.get_by_label_contains("project.env");
    harness.get_by_label("OPENAI_API_KEY");
    assert!(
        harness.query_by_label_contains("is a folder").is_none(),
        "the file read: the problem is solved"
    );
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_env_file_is_previewed() {
    let world = world("drop");
    let body = format!(
        "OPENAI_API_KEY={}\nOPENAI_PROJECT_ID=proj_demoWebsite\n",
        Scenario::FullAccess.secret()
    );
    let path = env_file(world.dir.path(), &body);
    let mut harness = open(world.services(Ok(keychain(&world.service)), vec![], None));
    wait_for_vault(&mut harness);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    let _ = harness.run_ok();
    wait_for_label(&mut harness, "Import from");
    harness.get_by_label("OPENAI_API_KEY");
    harness.get_by_label_contains("This file also sets a project (proj_demoWebsite).");
    click_button(&mut harness, "Cancel");
    assert!(harness.state().keys().entries.is_empty());
}

#[test]
fn pasted_env_text_with_a_broken_line_still_imports_the_rest() {
    let world = world("envtext");
    let mut harness = open(world.services(Ok(keychain(&world.service)), vec![], None));
    wait_for_vault(&mut harness);
    // Esc closes the field; opened again it has the cursor; Ctrl+Enter reads the text.
    click_button(&mut harness, "Paste .env text");
    assert!(harness.get_by_role(Role::MultilineTextInput).is_focused());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_role(Role::MultilineTextInput).is_none());
    click_button(&mut harness, "Paste .env text");
    let text = format!(
        "OPENAI_API_KEY={}\nBROKEN=\"never closed\n",
        Scenario::FullAccess.secret()
    );
    type_into(&mut harness, Role::MultilineTextInput, None, &text);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.run();
    wait_for_label(&mut harness, "Import from the pasted text");
    harness.get_by_label_contains("The pasted text is not kept.");
    harness.get_by_label("OPENAI_API_KEY");
    harness.get_by_label_contains("never closed");
}

/// Text without a key: the preview says what a key looks like and offers the next try.
#[test]
fn an_import_without_a_key_says_what_to_do_next() {
    let world = world("nokeyfound");
    let mut harness = open(world.services(Ok(keychain(&world.service)), vec![], None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Paste .env text");
    type_into(&mut harness, Role::MultilineTextInput, None, "DEBUG=true\n");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.run();
    wait_for_label(&mut harness, "No OpenAI key was found in the pasted text.");
    assert!(harness.query_by_label_contains("Store 0 keys").is_none());
    click_button(&mut harness, "Paste other text");
    assert!(harness.get_by_role(Role::MultilineTextInput).is_focused());
    click_button(&mut harness, "Close");
    assert!(harness.state().keys().import.is_none());
    harness.get_by_label("Welcome to Key Doctor");
}

#[test]
fn checking_a_key_shows_the_verdict_the_table_and_the_fix_button() {
    let world = world("check");
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![Scenario::NoModelRequest], None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(
        &mut harness,
        "This key is restricted and may not call models.",
    );
    harness.get_by_label_contains("set Model capabilities to Request");
    harness.get_by_label("Model capabilities");
    unfold(&mut harness, "permissions granted");
    assert!(harness.query_all_by_label("✖ Missing").count() >= 1);
    assert!(harness.query_all_by_label("✔ Granted").count() >= 1);
    click_button(&mut harness, "Open the key's settings");
    assert_eq!(
        world.wait_for_opened(&mut harness),
        "https://platform.openai.com/settings/organization/api-keys"
    );
    harness
        .get_by_role_and_label(Role::Button, "Copy report")
        .click();
    harness.step();
    let report = copied_text(&harness).expect("the report went to the clipboard");
    assert!(
        report.contains("Verdict: Missing permissions [missing_scopes]"),
        "{report}"
    );
    assert!(report.contains("Model capabilities — Request: Missing"));
    assert!(
        !report.contains(&Scenario::NoModelRequest.secret()),
        "the report never holds the key"
    );
    wait_for_label(&mut harness, "History of checks (1)");
    for entry in harness.state().keys().entries.clone() {
        store.delete(&entry.id).expect("clean up");
    }
}

#[test]
fn check_all_checks_every_key_with_progress() {
    let world = world("checkall");
    let store = keychain(&world.service);
    world.simulator.set_latency(Duration::from_millis(150));
    let seed = vec![
        Scenario::FullAccess,
        Scenario::CreditBalanceExhausted,
        Scenario::Revoked,
        Scenario::AdminFull,
    ];
    let mut harness = open(world.services(Ok(store.clone()), seed, None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check all");
    wait_for_label(&mut harness, "Checked 0 of 4");
    harness.get_by_role_and_label(Role::Button, "Stop checking");
    step_until(&mut harness, "every key checked", |h| {
        h.state().keys().reports.len() == 4 && h.state().keys().check_all.is_none()
    });
    // The end is said, and the list shows the keys that need attention.
    wait_for_label(&mut harness, "2 of 4 keys need attention.");
    wait_for_label(
        &mut harness,
        "Organization with no credit left, Project key, Out of credit or over a limit · checked just now",
    );
    harness.get_by_label_contains("Revoked key, Project key, Key not accepted");
    assert!(
        harness
            .query_by_label_contains("Project key with full access, ")
            .is_none()
    );
    click_button(&mut harness, "Show all keys");
    harness.get_by_label_contains("Project key with full access, Project key, Works");
    harness.get_by_label_contains("Admin key that may read usage, Admin key, Works");
    for entry in harness.state().keys().entries.clone() {
        store.delete(&entry.id).expect("clean up");
    }
}

#[test]
fn deleting_asks_first_and_removes_the_keychain_entry_when_the_undo_time_is_over() {
    let world = world("delete");
    let store = keychain(&world.service);
    let mut services = world.services(Ok(store.clone()), vec![Scenario::FullAccess], None);
    services.keys_timings.undo_delete_for = Duration::from_millis(1500);
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    let id = harness.state().keys().entries[0].id.clone();
    click_button(&mut harness, "Delete");
    harness.get_by_label_contains("Delete \"Project key with full access\"?");
    harness.get_by_label_contains("remove it from your system keychain");
    harness.get_by_label_contains("OpenAI never shows the full key again");
    harness.get_by_label_contains("keeps working at OpenAI until you revoke it");
    click_button(&mut harness, "Open the API keys page");
    assert!(world.wait_for_opened(&mut harness).ends_with("/api-keys"));
    click_button(&mut harness, "Keep it");
    assert!(harness.query_by_label_contains("Delete \"").is_none());
    click_button(&mut harness, "Delete");
    click_button(&mut harness, "Delete the key");
    wait_for_label(&mut harness, "was deleted");
    assert!(
        harness
            .query_by_label_contains("Project key with full access, ")
            .is_none()
    );
    assert!(store.get(&id).is_ok(), "kept until the undo time is over");
    step_until(&mut harness, "the keychain entry gone", |h| {
        h.state().keys().pending_delete.is_none() && h.state().keys().entries.is_empty()
    });
    assert!(matches!(store.get(&id), Err(StoreError::NotFound)));
    assert!(harness.query_by_label_contains("Undo").is_none());
}

#[test]
fn a_missing_keychain_offers_this_session_only() {
    let world = world("nokeychain");
    let unavailable = Err(StoreError::Unavailable {
        reason: "no D-Bus session".into(),
    });
    let mut harness = open(world.services(unavailable, vec![], None));
    // A plain sentence; the keychain's own words wait under "Technical details".
    wait_for_label(&mut harness, "could not open this computer's keychain");
    assert!(
        harness
            .query_by_label_contains("no D-Bus session")
            .is_none()
    );
    harness.get_by_label("Technical details").click();
    let _ = harness.run_ok();
    harness.get_by_label_contains("no D-Bus session");
    // The demo is a button, not a command-line flag.
    harness.get_by_role_and_label(Role::Button, "Try with sample keys");
    assert!(harness.query_by_label_contains("--demo").is_none());
    click_button(&mut harness, "Keep keys for this session only");
    harness.get_by_label_contains("forgotten when Key Doctor closes");
    // The welcome card says where keys are kept now, not the keychain it could not open.
    harness.get_by_label_contains("Keys you add now are kept only until you close Key Doctor.");
    assert!(
        harness
            .query_by_label_contains("kept in your system's keychain")
            .is_none()
    );
    type_into(&mut harness, Role::PasswordInput, Some("API key"), PASTED);
    click_button(&mut harness, "Add key");
    wait_for_label(&mut harness, "is kept until you close Key Doctor");
    assert!(
        !Catalog::file_in(world.dir.path()).exists(),
        "nothing was written to disk"
    );
}

#[test]
fn explain_an_error_gives_the_same_verdict_and_fix() {
    let world = world("explain");
    let mut harness = open(world.services(Ok(Arc::new(SessionStore::default())), vec![], None));
    click_button(&mut harness, "Explain an error");
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        None,
        "API Error Type: invalid_request_error Message: You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project( Member, Owner)",
    );
    click_button(&mut harness, "Explain");
    harness.get_by_label_contains("set Model capabilities to Request");
    // OpenAI's permission codes are for whoever helps: under "Technical details".
    unfold(&mut harness, "Technical details");
    assert!(
        harness
            .query_all_by_label_contains("Missing scopes: model.request")
            .any(|node| {
                use egui_kittest::kittest::NodeT;
                // egui names a label by its value.
                let node = node.accesskit_node();
                node.value()
                    .or_else(|| node.label())
                    .is_some_and(|words| words.starts_with("Verdict code"))
            }),
        "the technical details name the missing permission"
    );
    click_button(&mut harness, "Open the key's settings");
    assert_eq!(
        harness.state().last_commands(),
        &[Command::OpenUrl(
            "https://platform.openai.com/settings/organization/api-keys".into()
        )]
    );
    assert!(
        world.simulator.requests().is_empty(),
        "explaining sends nothing"
    );
}

#[test]
fn copy_key_and_reveal_are_explicit() {
    let world = world("reveal");
    let mut harness = open(world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    let secret = Scenario::FullAccess.secret();
    assert!(harness.query_by_label_contains(&secret).is_none());
    click_button(&mut harness, "Reveal");
    wait_for_label(&mut harness, &secret);
    harness
        .get_by_role_and_label(Role::Button, "Copy key")
        .click();
    let copied = std::cell::RefCell::new(None);
    step_until(&mut harness, "the key on the clipboard", |h| {
        *copied.borrow_mut() = copied_text(h);
        copied.borrow().is_some()
    });
    assert_eq!(copied.into_inner().as_deref(), Some(secret.as_str()));
}

#[test]
fn a_stored_key_shows_what_it_spent_once_usage_is_loaded() {
    let world = world("spend");
    let mut services = world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess, Scenario::AdminFull],
        None,
    );
    // No Admin key from the environment: the Usage view takes the one stored in the vault.
    services.admin_key = None;
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Usage");
    step_until(
        &mut harness,
        "usage loaded with the stored Admin key",
        |h| h.state().usage().dashboard.is_some(),
    );
    harness.get_by_label_contains("the Admin key stored in your keychain");
    click_button(&mut harness, "Keys");
    harness
        .get_by_label_contains("Project key with full access, Project key")
        .click();
    let _ = harness.run_ok();
    wait_for_label(&mut harness, "💲 Spent ");
}

/// Every simulator scenario through the window: select the key, press Check, read the banner and
/// the permission table by their labels, press the fix button and see the page it asks to open.
#[test]
fn every_scenario_through_the_window() {
    let world = world("everyscenario");
    let cases = common::expectations();
    let seed: Vec<Scenario> = cases.iter().map(|c| c.scenario).collect();
    let mut harness = open(world.services(Ok(Arc::new(SessionStore::default())), seed, None));
    wait_for_vault(&mut harness);
    let entries = harness.state().keys().entries.clone();
    for (case, entry) in cases.iter().zip(&entries) {
        let what = format!("{:?}", case.scenario);
        // The row may be scrolled out of sight: press it the way a screen reader does.
        harness
            .get_by_label_contains(&format!("{}, ", entry.label))
            .click_accesskit();
        let _ = harness.run_ok();
        click_button(&mut harness, "Check");
        let id = entry.id.clone();
        step_until(&mut harness, &what, move |h| {
            h.state().keys().reports.contains_key(&id)
        });
        let title = format!(
            "{} {}",
            key_doctor::gui::verdict_mark(case.code),
            case.code.title()
        );
        assert!(
            harness.query_all_by_label(&title).next().is_some(),
            "{what}: banner title {title}"
        );
        assert!(
            harness
                .query_all_by_label_contains(case.sentence)
                .next()
                .is_some(),
            "{what}: {}",
            case.sentence
        );
        unfold(&mut harness, "permissions granted");
        unfold(&mut harness, "permission granted");
        for (group, level, status) in case.rows {
            let _ = level;
            let shown = match status {
                key_doctor::checks::PermissionStatus::Granted => "✔ Granted",
                key_doctor::checks::PermissionStatus::Missing => "✖ Missing",
                _ => "? Unknown",
            };
            assert!(
                harness.query_all_by_label(shown).next().is_some(),
                "{what}: a row {shown}"
            );
            assert!(
                harness.query_all_by_label(group).next().is_some(),
                "{what}: row {group}"
            );
        }
        if let Some(url) = &case.fix_url {
            let report = harness.state().keys().reports[&entry.id].clone();
            let label = report.verdict.fix_label().expect("a fix button label");
            click_button(&mut harness, &label);
            assert_eq!(&world.wait_for_opened(&mut harness), url, "{what}");
        }
    }
}

/// "Check all" records each key's verdict while the person renames a key: both go through the
/// vault's one worker in order, so the list on screen ends as the newest one (the new name and
/// every check's history), the same as the list on disk.
#[test]
fn a_rename_during_check_all_ends_with_the_newest_list_on_screen() {
    let world = world("renameduring");
    let store = keychain(&world.service);
    let seed = vec![
        Scenario::FullAccess,
        Scenario::NoModelRequest,
        Scenario::Revoked,
        Scenario::ReadOnly,
        Scenario::ServiceAccount,
        Scenario::CreditBalanceExhausted,
    ];
    let count = seed.len();
    let mut harness = open(world.services(Ok(store.clone()), seed, None));
    wait_for_vault(&mut harness);
    world.simulator.set_latency(Duration::from_millis(40));
    click_button(&mut harness, "Check all");
    // While the checks run: rename the selected (first) key.
    click_button(&mut harness, "Rename");
    harness
        .get_by_role_and_label(Role::TextInput, "New name")
        .set_text_value_accesskit("Shop chatbot");
    harness.step();
    click_button(&mut harness, "Save");
    step_until(&mut harness, "every check recorded and the new name", |h| {
        let entries = &h.state().keys().entries;
        h.state().keys().check_all.is_none()
            && entries.iter().all(|e| e.history.len() == 1)
            && entries.iter().any(|e| e.label == "Shop chatbot")
    });
    let on_screen = harness.state().keys().entries.clone();
    assert_eq!(on_screen.len(), count);
    // Check all ended showing the keys that need attention; the renamed one works.
    click_button(&mut harness, "Show all keys");
    let (on_disk, _) = Catalog::load(&Catalog::file_in(world.dir.path())).expect("the list");
    assert_eq!(
        on_disk.entries(),
        on_screen.as_slice(),
        "the screen shows the newest list"
    );
    assert!(
        harness
            .query_all_by_label_contains("Shop chatbot")
            .next()
            .is_some()
    );
    for entry in on_screen {
        store.delete(&entry.id).expect("clean up");
    }
}

/// A long list gets a search field and a "Needs attention" filter; "Add a key" at the top of
/// the list brings the form (below the list) into view with the cursor in it.
#[test]
fn a_long_list_can_be_searched_filtered_and_added_to_from_the_top() {
    let world = world("longlist");
    let seed: Vec<Scenario> = key_doctor::gui::DEMO_SCENARIOS.to_vec();
    let count = seed.len();
    let mut harness = open(world.services(Ok(Arc::new(SessionStore::default())), seed, None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check all");
    step_until(&mut harness, "every key checked", |h| {
        h.state().keys().reports.len() == count && h.state().keys().check_all.is_none()
    });
    let needing = harness
        .state()
        .keys()
        .reports
        .values()
        .filter(|r| !r.verdict.code.is_ok())
        .count();
    assert!(needing > 0 && needing < count);
    let rows = |h: &egui_kittest::Harness<'_, key_doctor::gui::App>| {
        h.state()
            .keys()
            .entries
            .iter()
            .filter(|e| {
                h.query_by_label_contains(&format!("{}, ", e.label))
                    .is_some()
            })
            .count()
    };
    // After Check all, the list shows what needs attention, and says so.
    harness.get_by_label(&format!("⚠ {needing} of {count} keys need attention."));
    assert_eq!(rows(&harness), needing);
    click_button(&mut harness, "Show all keys");
    assert_eq!(rows(&harness), count);
    // Grouped by kind, each group under its name.
    harness.get_by_label("Project keys");
    harness.get_by_label("Admin keys");
    harness.get_by_label("Service-account keys");
    type_into(&mut harness, Role::TextInput, Some("Find a key"), "spend");
    assert_eq!(rows(&harness), 1, "only the project at its spend limit");
    // Words that find nothing: the list says so, with the button that clears them.
    type_into(&mut harness, Role::TextInput, Some("Find a key"), "zzz");
    assert_eq!(rows(&harness), 0);
    harness.get_by_label_contains("No key matches \"spendzzz\".");
    click_button(&mut harness, "Clear the search");
    assert_eq!(rows(&harness), count);
    harness.get_by_label("Needs attention only").click();
    let _ = harness.run_ok();
    assert_eq!(rows(&harness), needing);
    click_button(&mut harness, "Add a key");
    let _ = harness.run_ok();
    assert!(
        harness
            .get_by_role_and_label(Role::PasswordInput, "API key")
            .is_focused(),
        "the cursor is in the key field"
    );
}

/// With an Admin key stored (the demo's), each organization scenario's failing check names
/// the organization's cause and opens its page; without one, the verdict says once what an
/// Admin key would add.
#[test]
fn a_stored_admin_key_names_the_organization_s_cause() {
    let world = world("orgcause");
    let mut services = world.services(Ok(Arc::new(SessionStore::default())), vec![], None);
    services.vault_opener = Arc::new(key_doctor::gui::demo_vault);
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    let limits = |project: usize| {
        format!(
            "https://platform.openai.com/settings/{}/limits",
            key_doctor::simulator::PROJECTS[project].id
        )
    };
    let cases = [
        (
            Scenario::OwnerLeft,
            "Ana Souza, who no longer has access",
            common::KEY_PAGE.to_owned(),
        ),
        (
            Scenario::ArchivedProject,
            "\"Old prototype\" is archived",
            common::KEY_PAGE.to_owned(),
        ),
        (
            Scenario::ModelDenied,
            "\"Online shop\" blocks gpt-5-mini",
            limits(4),
        ),
        (
            Scenario::ProjectWithoutModel,
            "allows only these models",
            limits(2),
        ),
        (
            Scenario::ProjectSpendLimit,
            "has reached its hard limit of $",
            limits(2),
        ),
        (
            Scenario::Revoked,
            "by ana@example.com",
            common::KEY_PAGE.to_owned(),
        ),
    ];
    for (scenario, words, page) in cases {
        let what = format!("{scenario:?}");
        harness
            .get_by_label_contains(&format!("{}, ", scenario.description()))
            .click_accesskit();
        let _ = harness.run_ok();
        click_button(&mut harness, "Check");
        wait_for_label(&mut harness, words);
        let entry = harness
            .state()
            .keys()
            .entries
            .iter()
            .find(|e| e.label == scenario.description())
            .cloned()
            .expect("listed");
        let report = harness.state().keys().reports[&entry.id].clone();
        let label = report.verdict.fix_label().expect("a fix button");
        click_button(&mut harness, &label);
        assert_eq!(world.wait_for_opened(&mut harness), page, "{what}");
        assert!(
            harness
                .query_all_by_label_contains("An Admin key of your organization")
                .next()
                .is_none(),
            "{what}"
        );
    }

    let world_without = common::gui::world("orgcausewithout");
    let seed = vec![Scenario::OwnerLeft];
    let mut harness =
        open(world_without.services(Ok(Arc::new(SessionStore::default())), seed, None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "OpenAI does not accept this key");
    assert_eq!(
        harness
            .query_all_by_label_contains("An Admin key of your organization")
            .count(),
        1
    );
    assert!(
        harness
            .query_all_by_label_contains("Ana Souza")
            .next()
            .is_none()
    );
}
