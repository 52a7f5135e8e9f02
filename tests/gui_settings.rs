//! Settings through egui_kittest, read as a site owner reads it: plain sentences first (no
//! command-line options, variable names or file formats), the technical words under
//! "Technical details", and the glossary's "?" beside the words that have to stay.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use key_doctor::gui::{App, View};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::Scenario;
use key_doctor::vault::SessionStore;

mod common;
use common::gui::*;

/// The app on Settings, sending an organization and a project with every request.
fn settings_open(world: &World) -> Harness<'static, App> {
    let mut services = world.services(
        Ok(std::sync::Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    );
    let config = ClientConfig::new(world.simulator.base_url())
        .expect("url")
        .with_organization(Some("org-settingstest".to_owned()))
        .with_project(Some("proj_settingstest".to_owned()));
    services.openai = Client::new(config).expect("client");
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    harness.state_mut().open_view(View::Settings);
    let _ = harness.run_ok();
    harness
}

/// Every word on screen: the names of controls and the texts.
fn words_on_screen(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .query_all(by().include_labels())
        .filter_map(|node| node.accesskit_node().label().or_else(|| node.value()))
        .collect()
}

#[test]
fn settings_speak_plainly_and_keep_the_technical_words_folded() {
    let world = world("settingsplain");
    let mut harness = settings_open(&world);
    harness.get_by_label("Language");
    harness.get_by_label("Follow the system (English)");
    harness.get_by_label_contains("Costs are OpenAI's own figures");
    let folded = words_on_screen(&harness).join("\n");
    for technical in [
        "--base-url",
        "OPENAI_BASE_URL",
        "Costs API",
        "\"as_of\"",
        "JSON",
    ] {
        assert!(
            !folded.contains(technical),
            "{technical:?} is in the main text:\n{folded}"
        );
    }
    // Under "Technical details": how to give the address at start, and the file's format.
    for node in harness
        .query_all_by_label("Technical details")
        .collect::<Vec<_>>()
    {
        node.click_accesskit();
    }
    let _ = harness.run_ok();
    let unfolded = words_on_screen(&harness).join("\n");
    assert!(unfolded.contains("OPENAI_BASE_URL"), "{unfolded}");
    assert!(unfolded.contains("\"as_of\""), "{unfolded}");
}

#[test]
fn the_glossary_explains_organization_and_project() {
    let world = world("settingsglossary");
    let mut harness = settings_open(&world);
    harness.get_by_label_contains("org-settingstest, sent with every request");
    harness.get_by_label_contains("proj_settingstest, sent with every request");
    harness
        .get_by_role_and_label(Role::Button, "What is \"organization\"?")
        .click();
    let _ = harness.run_ok();
    harness.get_by_label_contains("Your company's or your own account at OpenAI");
}

#[test]
fn a_refused_address_says_so_plainly_with_the_reason_folded() {
    let world = world("settingsrefused");
    let mut harness = settings_open(&world);
    let field = harness.get_by_role_and_label(Role::TextInput, "OpenAI address");
    field.set_text_value_accesskit("htp://typo");
    let _ = harness.run_ok();
    click_button(&mut harness, "Use this address");
    harness.get_by_label_contains("This address cannot be used. Check it for a typing mistake");
    let folds = harness.query_all_by_label("Technical details").count();
    assert!(folds >= 2, "the reason is folded beside the how-to");
}

/// Settings offers the demo too, for a person who already has keys.
#[test]
fn settings_offer_the_sample_keys() {
    let world = world("settingsdemo");
    let mut harness = settings_open(&world);
    click_button(&mut harness, "Try with sample keys");
    step_until(&mut harness, "the sample keys", |h| {
        h.state().in_demo()
            && h.state().keys().entries.len()
                == key_doctor::gui::DEMO_SCENARIOS.len()
                    + key_doctor::gui::DEMO_PROVIDER_SCENARIOS.len()
    });
    harness.state_mut().open_view(View::Settings);
    let _ = harness.run_ok();
    harness.get_by_label_contains("Demo mode: requests go to the built-in simulator");
    click_button(&mut harness, "Leave the demo");
    step_until(&mut harness, "the person's own key", |h| {
        !h.state().in_demo() && h.state().keys().entries.len() == 1
    });
}
