//! The Explain page through egui_kittest: with nothing pasted it says what to do, with buttons
//! that do it; an explanation keeps OpenAI's codes under "Technical details"; its technical words
//! have the glossary's "?".

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use key_doctor::gui::View;
use key_doctor::simulator::Scenario;
use key_doctor::vault::SessionStore;

mod common;
use common::gui::*;

fn explain_open(test: &str) -> (World, egui_kittest::Harness<'static, key_doctor::gui::App>) {
    let world = world(test);
    let mut harness = open(world.services(
        Ok(std::sync::Arc::new(SessionStore::default())),
        vec![Scenario::FullAccess],
        None,
    ));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Explain an error");
    (world, harness)
}

#[test]
fn with_nothing_pasted_the_page_says_what_to_do_and_offers_the_keys() {
    let (_world, mut harness) = explain_open("explainempty");
    harness.get_by_label_contains("Nothing pasted yet");
    harness.get_by_role_and_label(Role::Button, "Paste what you copied");
    // Pressing Explain with nothing in says the same, and nothing else.
    click_button(&mut harness, "Explain");
    harness.get_by_label_contains("Nothing pasted yet");
    click_button(&mut harness, "Check your keys instead");
    assert_eq!(harness.state().view(), View::Keys);
}

#[test]
fn an_explanation_folds_openai_s_codes_and_explains_its_words() {
    let (_world, mut harness) = explain_open("explaincodes");
    harness
        .get_by_role(Role::MultilineTextInput)
        .set_text_value_accesskit(
            "Error code: 429 - You exceeded your current quota, please check your plan and billing details.",
        );
    let _ = harness.run_ok();
    click_button(&mut harness, "Explain");
    assert!(
        harness
            .query_by_label_contains("Nothing pasted yet")
            .is_none()
    );
    assert!(
        harness.query_by_label_contains("Verdict code").is_none(),
        "the codes are folded"
    );
    unfold(&mut harness, "Technical details");
    harness.get_by_label_contains("Verdict code: ");
    harness
        .get_by_role_and_label(Role::Button, "What is \"API key\"?")
        .click();
    let _ = harness.run_ok();
    harness.get_by_label_contains("lets a plugin, site or app use OpenAI");
}
