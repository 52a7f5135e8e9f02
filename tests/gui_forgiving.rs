//! Forgiving interactions, through egui_kittest by role and label, against the simulator over
//! loopback and the real Secret Service under scripts/test.sh: forms keep what was typed and
//! answer Enter and Esc, Reveal toggles in place, a delete can be undone, an import keeps its
//! checks, notices never move a button, nothing ends in a dead end, and the fix loop ends in
//! "This key works now".

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use key_doctor::gui::App;
use key_doctor::simulator::Scenario;
use key_doctor::vault::{SecretStore, SessionStore, StoreError};
use secrecy::{ExposeSecret, SecretString};

mod common;
use common::gui::*;

/// A fake key, assembled from pieces so no line holds a key-shaped string.
const TYPED: &str = concat!(
    "sk-proj-",
    "forgivingkey-abcdefghijklmnopqrstuvwxyz",
    "T3BlbkFJ4321"
);

/// The keychain of the test, locked until the test unlocks it: refuses as a locked Secret
/// Service does (the real locked keychain is tested in tests/keychain_secret_service.rs).
struct Lockable {
    inner: Arc<dyn SecretStore>,
    locked: AtomicBool,
}

impl Lockable {
    fn refuse(&self) -> Result<(), StoreError> {
        if self.locked.load(Ordering::SeqCst) {
            Err(StoreError::Locked {
                reason: "the collection is locked".into(),
            })
        } else {
            Ok(())
        }
    }
}

impl SecretStore for Lockable {
    fn put(&self, id: &str, label: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.refuse()?;
        self.inner.put(id, label, secret)
    }
    fn get(&self, id: &str) -> Result<SecretString, StoreError> {
        self.refuse()?;
        self.inner.get(id)
    }
    fn delete(&self, id: &str) -> Result<(), StoreError> {
        self.refuse()?;
        self.inner.delete(id)
    }
    fn is_persistent(&self) -> bool {
        self.inner.is_persistent()
    }
}

/// What the add form says under text that is not a key.
fn not_a_key() -> String {
    key_doctor::tr!("keys-not-a-key")
}

fn forms(harness: &Harness<'_, App>) -> (String, String) {
    let forms = &harness.state().keys().forms;
    (forms.paste_key.clone(), forms.paste_label.clone())
}

#[test]
fn text_that_is_not_a_key_is_refused_and_kept_with_what_a_key_looks_like() {
    let world = world("notakey");
    let mut harness = open(world.services(Ok(Arc::new(SessionStore::default())), vec![], None));
    wait_for_vault(&mut harness);
    type_into(
        &mut harness,
        Role::PasswordInput,
        Some("API key"),
        "my openai key",
    );
    click_button(&mut harness, "Add key");
    harness.get_by_label_contains(&not_a_key());
    harness.get_by_label_contains("starts with sk-proj-");
    assert_eq!(forms(&harness).0, "my openai key", "the typed text stays");
    assert!(harness.state().keys().entries.is_empty(), "nothing stored");
    click_button(&mut harness, "Open the API keys page");
    assert!(world.wait_for_opened(&mut harness).ends_with("/api-keys"));
    // Esc empties the form.
    harness
        .get_by_role_and_label(Role::PasswordInput, "API key")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(forms(&harness).0, "");
    assert!(harness.query_by_label_contains(&not_a_key()).is_none());
}

/// With the keychain locked, Enter in the Name field tries to add: the sentence says to unlock
/// it, and the key and name stay. Unlocked, the same Enter stores it and empties the form.
#[test]
fn a_failed_add_keeps_the_key_and_the_name() {
    let world = world("lockedadd");
    let store = Arc::new(Lockable {
        inner: keychain(&world.service),
        locked: AtomicBool::new(true),
    });
    let mut harness = open(world.services(Ok(store.clone()), vec![], None));
    wait_for_vault(&mut harness);
    type_into(&mut harness, Role::PasswordInput, Some("API key"), TYPED);
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Name (optional)"),
        "Shop chatbot",
    );
    harness.key_press(egui::Key::Enter);
    wait_for_label(&mut harness, "Unlock it");
    harness.get_by_label_contains("The key was not stored.");
    assert_eq!(
        forms(&harness),
        (TYPED.to_owned(), "Shop chatbot".to_owned())
    );
    assert!(harness.state().keys().entries.is_empty());

    store.locked.store(false, Ordering::SeqCst);
    harness
        .get_by_role_and_label(Role::TextInput, "Name (optional)")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    wait_for_label(&mut harness, "Shop chatbot, Project key, Not checked yet");
    assert_eq!(forms(&harness), (String::new(), String::new()), "zeroed");
    let id = harness.state().keys().entries[0].id.clone();
    assert_eq!(store.get(&id).expect("stored").expose_secret(), TYPED);
    store.delete(&id).expect("clean up");
}

#[test]
fn rename_takes_the_cursor_enter_saves_and_esc_cancels() {
    let world = world("rename");
    let mut harness = open(world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Rename");
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "New name")
            .is_focused()
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("New name").is_none());
    assert_eq!(
        harness.state().keys().entries[0].label,
        "Project key with full access"
    );
    click_button(&mut harness, "Rename");
    harness
        .get_by_role_and_label(Role::TextInput, "New name")
        .set_text_value_accesskit("Blog");
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "New name")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    step_until(&mut harness, "the new name", |h| {
        h.state().keys().entries[0].label == "Blog"
    });
}

#[test]
fn the_delete_question_answers_esc_and_enter_and_the_delete_can_be_undone() {
    let world = world("undo");
    let store = keychain(&world.service);
    let mut harness = open(world.services(Ok(store.clone()), vec![Scenario::FullAccess], None));
    wait_for_vault(&mut harness);
    let id = harness.state().keys().entries[0].id.clone();
    click_button(&mut harness, "Delete");
    harness.get_by_label_contains("Delete \"");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label_contains("Delete \"").is_none(),
        "Esc keeps it"
    );
    click_button(&mut harness, "Delete");
    harness.key_press(egui::Key::Enter);
    wait_for_label(&mut harness, "was deleted");
    assert!(
        harness
            .query_by_label_contains("Project key with full access, ")
            .is_none()
    );
    click_button(&mut harness, "Undo");
    wait_for_label(&mut harness, "is back");
    harness.get_by_label_contains("Project key with full access, Project key");
    assert!(store.get(&id).is_ok(), "the keychain entry never left");
    assert_eq!(harness.state().keys().entries.len(), 1);
    // Quitting during the undo time does the delete before the window goes.
    click_button(&mut harness, "Delete");
    click_button(&mut harness, "Delete the key");
    wait_for_label(&mut harness, "was deleted");
    eframe::App::on_exit(harness.state_mut());
    assert!(matches!(store.get(&id), Err(StoreError::NotFound)));
}

/// Kept only for this session: the question says so, not "your keychain".
#[test]
fn the_delete_question_says_where_the_key_really_is() {
    let world = world("sessiondelete");
    let mut harness = open(world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Delete");
    harness.get_by_label_contains("it was kept only for this session");
    assert!(
        harness
            .query_by_label_contains("from your system keychain")
            .is_none()
    );
}

#[test]
fn reveal_becomes_hide_with_a_countdown_and_no_button_moves() {
    let world = world("reveal");
    let mut harness = open(world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    let rects = |h: &Harness<'_, App>| {
        ["Check", "Copy key", "Rename", "Delete", "Reveal"]
            .map(|label| h.get_by_role_and_label(Role::Button, label).rect())
    };
    let before = rects(&harness);
    click_button(&mut harness, "Reveal");
    let secret = Scenario::FullAccess.secret();
    wait_for_label(&mut harness, &secret);
    let hide = harness.get_by_label_contains("Hide (");
    let hide_rect = hide.rect();
    assert_eq!(hide_rect.min, before[4].min, "Hide is where Reveal was");
    for (label, (old, new)) in ["Check", "Copy key", "Rename", "Delete"].iter().zip(
        before[..4].iter().zip(
            ["Check", "Copy key", "Rename", "Delete"]
                .map(|l| harness.get_by_role_and_label(Role::Button, l).rect()),
        ),
    ) {
        assert_eq!(*old, new, "{label} did not move");
    }
    hide.click();
    let _ = harness.run_ok();
    assert!(harness.query_by_label_contains(&secret).is_none());
    harness.get_by_role_and_label(Role::Button, "Reveal");
}

/// A notice floats: the buttons stay where they were when it comes.
#[test]
fn a_notice_moves_no_button_and_stays_in_its_view() {
    let world = world("notice");
    let mut harness = open(world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "checked just now");
    let labels = ["Check all", "Check", "Copy report", "Add key"];
    let before = labels.map(|l| harness.get_by_role_and_label(Role::Button, l).rect());
    click_button(&mut harness, "Copy report");
    wait_for_label(&mut harness, "The report was copied");
    let after = labels.map(|l| harness.get_by_role_and_label(Role::Button, l).rect());
    assert_eq!(before, after);
    click_button(&mut harness, "Settings");
    assert!(
        harness
            .query_by_label_contains("The report was copied")
            .is_none()
    );
    click_button(&mut harness, "Keys");
    harness.get_by_label_contains("The report was copied");
    click_button(&mut harness, "Dismiss");
    assert!(
        harness
            .query_by_label_contains("The report was copied")
            .is_none()
    );
}

/// When no browser opens, the notice says so and gives the address to copy.
#[test]
fn a_page_that_cannot_be_opened_is_shown_with_copy() {
    let world = world("nobrowser");
    let mut services = world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::Revoked],
        None,
    );
    services.open_url = Arc::new(|_| Err("no browser".to_owned()));
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "OpenAI does not accept this key");
    click_button(&mut harness, "Open the API keys page");
    wait_for_label(&mut harness, "did not work: no browser opened");
    harness
        .get_by_role_and_label(Role::Button, "Copy the address")
        .click();
    harness.step();
    assert_eq!(
        copied_text(&harness).as_deref(),
        Some("https://platform.openai.com/settings/organization/api-keys")
    );
}

/// An import's checks are kept: the key found not to work is unticked with the reason; the
/// one stored carries its verdict and history, under a name that says where it came from.
#[test]
fn an_import_keeps_its_checks_and_unticks_a_key_that_does_not_work() {
    let world = world("importchecks");
    let folder = world.dir.path().join("shop");
    std::fs::create_dir_all(&folder).expect("folder");
    let path = folder.join(".env");
    std::fs::write(
        &path,
        format!(
            "OPENAI_API_KEY={}\nOLD_OPENAI_KEY={}\n",
            Scenario::FullAccess.secret(),
            Scenario::Revoked.secret()
        ),
    )
    .expect("write");
    let mut harness =
        open(world.services(Ok(Arc::new(SessionStore::default())), vec![], Some(path)));
    wait_for_vault(&mut harness);
    first_button(&mut harness, "Open a .env file");
    wait_for_label(&mut harness, "Import from shop/.env");
    click_button(&mut harness, "Check every key");
    wait_for_label(&mut harness, "Not ticked: tick it to store it anyway.");
    wait_for_label(&mut harness, "✔ Works: This key works");
    click_button(&mut harness, "Store 1 key");
    wait_for_label(
        &mut harness,
        "OPENAI_API_KEY in shop/.env, Project key, Works",
    );
    let entries = harness.state().keys().entries.clone();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        entries[0].history.len(),
        1,
        "the preview's check is its history"
    );
    assert!(harness.state().keys().reports.contains_key(&entries[0].id));
    assert!(harness.query_by_label_contains("Not checked yet").is_none());
}

/// The fix loop: the fix button opens the page and shows the steps; "I've changed it" checks at
/// once and says a change can take minutes; the quiet re-checks end in "This key works now",
/// and none of them spends a token.
#[test]
fn the_fix_loop_ends_in_this_key_works_now_without_a_billable_request() {
    let world = world("fixloop");
    let mut services = world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::NoModelRequest],
        None,
    );
    services.keys_timings.recheck_every = Duration::from_millis(1500);
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "may not call models");
    let per_check = world.simulator.requests().len() as u32;
    assert!(per_check > 0);
    // The person's change reaches OpenAI after one more check's worth of requests.
    world
        .simulator
        .change_after(Scenario::NoModelRequest, per_check, Scenario::FullAccess);
    let entry = harness.state().keys().entries[0].clone();
    let last_four = entry
        .redacted
        .rsplit('…')
        .next()
        .expect("last four")
        .to_owned();
    harness.get_by_label_contains("What to do on that page");
    harness.get_by_label_contains(&format!(
        "the key ending in {last_four} (Key Doctor calls it \"{}\")",
        entry.label
    ));
    click_button(&mut harness, "Open the key's settings");
    assert!(world.wait_for_opened(&mut harness).ends_with("/api-keys"));
    click_button(&mut harness, "I've changed it — check again");
    wait_for_label(
        &mut harness,
        "OpenAI can take some minutes to apply a change",
    );
    wait_for_label(
        &mut harness,
        "This key works now — your app or plugin can use it.",
    );
    assert!(
        harness.state().keys().fix_loop.is_none(),
        "the loop stopped"
    );
    let requests = world.simulator.requests();
    assert!(
        requests.len() as u32 >= 3 * per_check,
        "checked again quietly"
    );
    assert!(
        requests.iter().all(|r| !r.generated_tokens),
        "no request of the loop could cost money"
    );
    // Stopped: no more requests come.
    let count = requests.len();
    std::thread::sleep(Duration::from_millis(1800));
    harness.run_steps(5);
    assert_eq!(world.simulator.requests().len(), count);
}

/// Enter in a form answers that form only: with the delete question open, Enter in the add form
/// adds (or refuses) and the key under the question stays.
#[test]
fn enter_in_a_field_never_answers_the_delete_question() {
    let world = world("enterdelete");
    let mut harness = open(world.services(
        Ok(Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Delete");
    harness.get_by_label_contains("Delete \"");
    type_into(
        &mut harness,
        Role::PasswordInput,
        Some("API key"),
        "not a key",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label_contains(&not_a_key());
    assert!(
        harness.state().keys().pending_delete.is_none(),
        "nothing deleted"
    );
    assert_eq!(harness.state().keys().listed().count(), 1);
}

/// A key deleted a moment ago and added again is stored, and stays stored after the undo time.
#[test]
fn a_key_added_again_during_the_undo_time_stays() {
    let world = world("readd");
    let store = keychain(&world.service);
    let mut services = world.services(Ok(store.clone()), vec![Scenario::FullAccess], None);
    services.keys_timings.undo_delete_for = Duration::from_millis(800);
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Delete");
    click_button(&mut harness, "Delete the key");
    wait_for_label(&mut harness, "was deleted");
    type_into(
        &mut harness,
        Role::PasswordInput,
        Some("API key"),
        &Scenario::FullAccess.secret(),
    );
    click_button(&mut harness, "Add key");
    wait_for_label(&mut harness, "was stored in your system keychain");
    std::thread::sleep(Duration::from_millis(1000));
    harness.run_steps(3);
    let entries = harness.state().keys().entries.clone();
    assert_eq!(entries.len(), 1);
    assert!(store.get(&entries[0].id).is_ok(), "still in the keychain");
    store.delete(&entries[0].id).expect("clean up");
}

/// The organization a .env file named is not the key's: the key's page offers to stop sending
/// it, and the check that follows finds the key working.
#[test]
fn a_wrong_organization_from_a_file_can_be_dropped_from_here() {
    let world = world("wrongorg");
    let path = world.dir.path().join(".env");
    std::fs::write(
        &path,
        format!(
            "OPENAI_API_KEY={}\nOPENAI_ORG_ID=org-SomeoneElse\n",
            Scenario::FullAccess.secret()
        ),
    )
    .expect("write");
    let mut harness =
        open(world.services(Ok(Arc::new(SessionStore::default())), vec![], Some(path)));
    wait_for_vault(&mut harness);
    first_button(&mut harness, "Open a .env file");
    wait_for_label(&mut harness, "Import from");
    // The organization the file names is said plainly, and kept with the key.
    harness.get_by_label_contains("This file also sets an organization (org-SomeoneElse).");
    harness.get_by_label_contains("Key Doctor keeps it with the keys you store");
    click_button(&mut harness, "Store 1 key");
    wait_for_label(&mut harness, "is kept until you close Key Doctor");
    click_button(&mut harness, "Check");
    wait_for_label(&mut harness, "is not the key's organization");
    click_button(&mut harness, "Stop sending them and check again");
    wait_for_label(&mut harness, "This key works");
    let entry = harness.state().keys().entries[0].clone();
    assert_eq!(entry.hints.organization, None, "no longer sent");
}

/// With "Needs attention only" on, the key shown after a delete is one the list shows.
#[test]
fn after_a_delete_the_key_shown_is_one_the_filtered_list_shows() {
    let world = world("deletefiltered");
    let seed = vec![
        Scenario::FullAccess,
        Scenario::Revoked,
        Scenario::NoModelRequest,
    ];
    let mut harness = open(world.services(Ok(Arc::new(SessionStore::default())), seed, None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Check all");
    wait_for_label(&mut harness, "2 of 3 keys need attention.");
    click_button(&mut harness, "Delete");
    click_button(&mut harness, "Delete the key");
    wait_for_label(&mut harness, "was deleted");
    let keys = harness.state().keys();
    let selected = keys.selected.clone().expect("a key shown");
    assert!(
        keys.needs_attention(&selected),
        "the shown key is in the filtered list"
    );
}
