//! The other providers in the window, through egui_kittest against the simulator over loopback
//! with keys in this session's memory: every provider scenario's verdict, its facts and fix page;
//! the list grouped by provider with a filter; a key that fits several providers asks whose it
//! is; an Azure key needs its endpoint (typed or imported); and the Keys view whole at 800×600
//! with the largest text, light and dark, and in German.

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use key_doctor::gui::{App, Services};
use key_doctor::providers::ProviderId;
use key_doctor::settings::{TextSize, ThemePreference};
use key_doctor::simulator::{ProviderScenario, Scenario};
use key_doctor::vault::{KeyHints, KeyKind, KeySource, NewKey, OnUnsaved, SessionStore};
use secrecy::SecretString;

use super::{expected, provider_of, simulator_bases};
use crate::common::gui::*;

/// The world's keys in this session's memory: the OpenAI scenarios' and these providers'
/// (named by their descriptions; an Azure key with its endpoint), every provider reached at
/// the simulator.
fn services_with(world: &World, openai: Vec<Scenario>, seed: &[ProviderScenario]) -> Services {
    let mut services = world.services(Ok(Arc::new(SessionStore::default())), openai, None);
    services.provider_bases = simulator_bases(&world.simulator);
    let opener = services.vault_opener.clone();
    let endpoint = world.simulator.provider_base_url("azure_openai");
    let seed = seed.to_vec();
    services.vault_opener = Arc::new(move || {
        let mut opening = opener();
        if let Ok(vault) = opening.vault.as_mut() {
            for scenario in &seed {
                let provider = provider_of(*scenario);
                let hints = KeyHints {
                    base_url: (provider == ProviderId::AzureOpenAi).then(|| endpoint.clone()),
                    ..KeyHints::default()
                };
                let key = NewKey {
                    secret: SecretString::from(scenario.secret()),
                    label: scenario.description().to_owned(),
                    source: KeySource::pasted(),
                    hints,
                };
                vault
                    .add_for(key, Some(provider), OnUnsaved::KeepForSession)
                    .expect("seeded");
            }
        }
        opening
    });
    services
}

/// Check all, then every key in the list again (Check all shows those that fail first).
fn check_all(harness: &mut Harness<'_, App>) {
    click_button(harness, "Check all");
    step_until(harness, "every key checked", |h| {
        let keys = h.state().keys();
        keys.check_all.is_none() && keys.reports.len() == keys.entries.len()
    });
    if harness
        .query_by_role_and_label(Role::Button, "Show all keys")
        .is_some()
    {
        click_button(harness, "Show all keys");
    }
}

/// Selects the key named `name` in the list, as a screen reader presses its row.
fn select(harness: &mut Harness<'_, App>, name: &str) {
    harness
        .get_by_label_contains(&format!("{name}, "))
        .click_accesskit();
    let _ = harness.run_ok();
}

/// The names of the keys whose rows the list shows.
fn rows_shown(harness: &Harness<'_, App>) -> Vec<String> {
    let keys = harness.state().keys();
    keys.entries
        .iter()
        .filter(|e| {
            harness
                .query_by_label_contains(&format!("{}, ", e.label))
                .is_some()
        })
        .map(|e| e.label.clone())
        .collect()
}

/// Words on the right of the list (the selected key) that say OpenAI, when the key is not
/// OpenAI's ("Azure OpenAI" is Azure's name).
fn openai_named_beside_the_list(harness: &Harness<'_, App>) -> Vec<String> {
    let right_of_list = harness
        .get_by_role_and_label(Role::Button, "Check")
        .rect()
        .min
        .x
        - 4.0;
    let bottom = harness.ctx.content_rect().max.y - 60.0;
    harness
        .query_all(egui_kittest::kittest::by().include_labels())
        .filter_map(|node| {
            let words = words_of(&node)?;
            let rect = node.rect();
            let beside = rect.min.x >= right_of_list && rect.max.y <= bottom;
            (beside && words.replace("Azure OpenAI", "").contains("OpenAI")).then_some(words)
        })
        .collect()
}

/// Every provider scenario through the window: its key checked shows the verdict's sentence
/// and the facts the check read, what a free check can and cannot tell instead of OpenAI's
/// permission table, no word of OpenAI, and its fix button opens the provider's page. The list
/// shows a group per provider under its mark and name, in the providers' order, and the
/// provider filter narrows it.
#[test]
fn each_provider_scenario_shows_its_verdict_and_opens_its_page_grouped_by_provider() {
    let world = world("providers-verdicts");
    let services = services_with(&world, vec![Scenario::FullAccess], &ProviderScenario::ALL);
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    check_all(&mut harness);

    // A group per provider, OpenAI first, each under its name, in the providers' order.
    let list_right = harness
        .get_by_role_and_label(Role::Button, "Check")
        .rect()
        .min
        .x;
    let mut tops = Vec::new();
    for provider in ProviderId::ALL {
        let title = harness
            .query_all_by_label(provider.name())
            .find(|node| node.rect().max.x < list_right)
            .unwrap_or_else(|| panic!("{provider:?} has its group"));
        tops.push(title.rect().min.y);
    }
    assert!(tops.is_sorted(), "groups in the providers' order: {tops:?}");
    keep_picture(&mut harness, "keys-every-provider");
    // Each row says whose key it is.
    harness.get_by_label_contains(&format!(
        "{}, Groq, Groq key, ",
        ProviderScenario::GroqPaid.description()
    ));
    harness.get_by_label_contains(&format!(
        "{}, OpenAI, Project key, ",
        Scenario::FullAccess.description()
    ));

    // The filter: one provider's keys alone, then all again.
    let groq: Vec<String> = ProviderScenario::ALL
        .iter()
        .filter(|s| provider_of(**s) == ProviderId::Groq)
        .map(|s| s.description().to_owned())
        .collect();
    harness.get_by_role(Role::ComboBox).click();
    let _ = harness.run_ok();
    click_button(&mut harness, "Groq");
    let mut shown = rows_shown(&harness);
    shown.sort();
    let mut wanted = groq.clone();
    wanted.sort();
    assert_eq!(shown, wanted);
    harness.get_by_role(Role::ComboBox).click();
    let _ = harness.run_ok();
    click_button(&mut harness, "All providers");
    assert_eq!(rows_shown(&harness).len(), ProviderScenario::ALL.len() + 1);

    for scenario in ProviderScenario::ALL {
        let what = format!("{scenario:?}");
        select(&mut harness, scenario.description());
        let keys = harness.state().keys();
        let entry = keys.selected_entry().expect("selected").clone();
        assert_eq!(entry.label, scenario.description(), "{what}");
        assert_eq!(entry.provider(), provider_of(scenario), "{what}");
        let report = keys.reports[&entry.id].clone();
        let want = expected(scenario);
        assert_eq!(report.verdict.code, want.code, "{what}");
        let summary = report.verdict.summary();
        assert!(
            harness
                .query_all_by_label_contains(&summary)
                .next()
                .is_some(),
            "{what}: {summary}"
        );
        assert!(
            harness
                .query_all_by_label_contains(want.words)
                .next()
                .is_some(),
            "{what}: {:?} in the window",
            want.words
        );
        harness.get_by_label("What a free check can tell");
        assert!(harness.query_by_label("Permissions").is_none(), "{what}");
        let openai = openai_named_beside_the_list(&harness);
        assert!(openai.is_empty(), "{what}: {openai:?}");
        match (want.fix_url_starts, report.verdict.fix_label()) {
            (Some(start), Some(label)) => {
                click_button(&mut harness, &label);
                let opened = world.wait_for_opened(&mut harness);
                assert!(opened.starts_with(start), "{what}: {opened}");
                assert_eq!(Some(opened), report.verdict.fix_url, "{what}");
            }
            (None, _) => assert_eq!(report.verdict.fix_url, None, "{what}"),
            (Some(_), None) => panic!("{what}: a page without its button's words"),
        }
    }
}

/// A key shaped like DeepSeek's and like OpenAI's older keys: the form asks whose it is and
/// stores it as the one chosen. An Azure key without its endpoint is refused with the sentence
/// under the field and the key kept; an endpoint that cannot be used is said; with its endpoint
/// the key is stored and works. An imported key that fits several providers is stored as the
/// one chosen, and Azure's keys wait for their endpoint when the file names none.
#[test]
fn a_key_that_fits_several_asks_whose_it_is_and_an_azure_key_needs_its_endpoint() {
    let world = world("providers-adding");
    let mut services = world.services(Ok(Arc::new(SessionStore::default())), vec![], None);
    // Every provider but Azure at the simulator: an Azure key is checked at its own endpoint.
    let mut bases = key_doctor::providers::ProviderBases::default();
    for provider in ProviderId::ALL
        .into_iter()
        .filter(|p| !matches!(p, ProviderId::OpenAi | ProviderId::AzureOpenAi))
    {
        let url = world.simulator.provider_base_url(provider.as_str());
        bases = bases.with(provider, &url, "test").expect("loopback");
    }
    services.provider_bases = bases;
    let mut harness = open(services);
    wait_for_vault(&mut harness);

    // Built at run time: sk- and 32 lowercase letters and digits. Pasted in quotes: the form
    // tells whose it is from the key Add stores, without them.
    let shared: String = format!("sk-{}", "0a1b2c3d4e5f6g7h".repeat(2));
    let quoted = format!("\"{shared}\"");
    type_into(&mut harness, Role::PasswordInput, Some("API key"), &quoted);
    harness.get_by_label("Which service is this key for?");
    let deepseek = harness.get_by_role_and_label(Role::RadioButton, "DeepSeek");
    let toggled = egui_kittest::kittest::NodeT::accesskit_node(&deepseek).toggled();
    assert_eq!(
        toggled,
        Some(egui::accesskit::Toggled::True),
        "the likeliest first"
    );
    harness
        .get_by_role_and_label(Role::RadioButton, "OpenAI")
        .click();
    let _ = harness.run_ok();
    harness.get_by_label_contains("Legacy user key sk-…");
    keep_picture(&mut harness, "keys-which-service");
    click_button(&mut harness, "Add key");
    step_until(&mut harness, "the key stored", |h| {
        h.state().keys().entries.len() == 1
    });
    let entry = harness.state().keys().entries[0].clone();
    assert_eq!(
        (entry.provider(), entry.kind),
        (ProviderId::OpenAi, KeyKind::LegacyUser)
    );

    // Quoted too: still an Azure key, which asks for its endpoint.
    let azure_key = ProviderScenario::AzureValid.secret();
    let typed = format!("'{azure_key}'");
    type_into(&mut harness, Role::PasswordInput, Some("API key"), &typed);
    let redacted = key_doctor::vault::redact(&azure_key);
    harness.get_by_label_contains(&format!("Azure OpenAI key {redacted}"));
    harness.get_by_role_and_label(Role::TextInput, "Endpoint");
    click_button(&mut harness, "Add key");
    harness.get_by_label_contains("Enter the endpoint of this key's Azure OpenAI resource");
    assert_eq!(
        harness.state().keys().forms.paste_key,
        typed,
        "the key is kept"
    );
    assert_eq!(harness.state().keys().entries.len(), 1);
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Endpoint"),
        "http://example.com",
    );
    click_button(&mut harness, "Add key");
    harness.get_by_label_contains("This endpoint cannot be used");
    keep_picture(&mut harness, "keys-azure-endpoint");
    assert_eq!(
        harness.state().keys().forms.paste_key,
        typed,
        "the key is kept"
    );
    let endpoint = world.simulator.provider_base_url("azure_openai");
    harness
        .get_by_role_and_label(Role::TextInput, "Endpoint")
        .set_text_value_accesskit(&endpoint);
    let _ = harness.run_ok();
    // Enter in the endpoint field adds the key, as in the other fields.
    harness
        .get_by_role_and_label(Role::TextInput, "Endpoint")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    step_until(&mut harness, "the Azure key stored", |h| {
        h.state().keys().entries.len() == 2
    });
    let azure = harness
        .state()
        .keys()
        .entries
        .iter()
        .find(|e| e.provider() == ProviderId::AzureOpenAi)
        .cloned()
        .expect("stored as Azure's");
    assert_eq!(azure.endpoint().as_deref(), Some(endpoint.as_str()));
    assert!(harness.state().keys().forms.paste_key.is_empty());
    harness.get_by_label_contains(&format!("Endpoint: {endpoint}"));
    click_button(&mut harness, "Check");
    wait_for_label(
        &mut harness,
        "This Azure OpenAI key works with this endpoint",
    );
    keep_picture(&mut harness, "keys-azure-works");

    // The same from a .env text: the key named by no provider fits two; Azure's file names
    // no endpoint.
    let text = format!(
        "MY_MODEL_KEY=sk-{}\nAZURE_OPENAI_API_KEY={}\n",
        "9z8y7x6w5v4u3t2s".repeat(2),
        ProviderScenario::AzureRevoked.secret()
    );
    first_button(&mut harness, "Paste .env text");
    harness
        .get_by_role(Role::MultilineTextInput)
        .set_text_value_accesskit(&text);
    let _ = harness.run_ok();
    click_button(&mut harness, "Read the pasted text");
    wait_for_label(&mut harness, "Import from the pasted text");
    harness.get_by_label("Azure OpenAI");
    harness.get_by_label("DeepSeek key");
    harness
        .get_by_role_and_label(Role::RadioButton, "OpenAI")
        .click();
    let _ = harness.run_ok();
    harness.get_by_label("Legacy user key");
    click_button(&mut harness, "Store 2 keys");
    harness.get_by_label_contains("Enter the endpoint to store the Azure OpenAI key with it");
    keep_picture(&mut harness, "keys-import-providers");
    assert_eq!(
        harness.state().keys().entries.len(),
        2,
        "nothing stored yet"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Endpoint")
        .set_text_value_accesskit(&endpoint);
    let _ = harness.run_ok();
    click_button(&mut harness, "Store 2 keys");
    step_until(&mut harness, "the imported keys", |h| {
        h.state().keys().entries.len() == 4
    });
    let entries = harness.state().keys().entries.clone();
    let by_name = |name: &str| {
        entries
            .iter()
            .find(|e| e.label.starts_with(name))
            .unwrap_or_else(|| panic!("{name} stored"))
    };
    assert_eq!(by_name("MY_MODEL_KEY").provider(), ProviderId::OpenAi);
    let imported_azure = by_name("AZURE_OPENAI_API_KEY");
    assert_eq!(imported_azure.provider(), ProviderId::AzureOpenAi);
    assert_eq!(
        imported_azure.endpoint().as_deref(),
        Some(endpoint.as_str())
    );
}

/// With KEY_DOCTOR_WRITE_SCREENSHOTS set, the frame is written to target/views/, to be looked
/// at.
fn keep_picture(harness: &mut Harness<'_, App>, name: &str) {
    if std::env::var_os("KEY_DOCTOR_WRITE_SCREENSHOTS").is_none() {
        return;
    }
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/views");
    std::fs::create_dir_all(&folder).expect("folder");
    let name: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let picture = harness.render().expect("the view renders");
    picture
        .save(folder.join(format!("{name}.png")))
        .expect("saved");
}

/// The Keys view with other providers' keys, checked, at 800×600 with the largest text, light
/// and dark, and in German: nothing reaches past the window's edge, with the provider filter,
/// the group titles, an Azure key's endpoint and a long verdict on screen, and the add form
/// asking whose a key is.
#[test]
fn the_keys_view_with_other_providers_holds_at_800_by_600_with_the_largest_text() {
    let seed = [
        ProviderScenario::GeminiStandardKey,
        ProviderScenario::AzureFirewall,
        ProviderScenario::OpenRouterKeyLimit,
        ProviderScenario::GroqFreePlan,
    ];
    for (theme, language) in [
        (ThemePreference::Light, None),
        (ThemePreference::Dark, None),
        (
            ThemePreference::Light,
            Some(key_doctor::i18n::Language::German),
        ),
    ] {
        let what = format!("{theme:?} {language:?}");
        let world = world("providers-layout");
        keep_settings(&world, TextSize::Larger, theme, language);
        let services = services_with(&world, vec![Scenario::FullAccess], &seed);
        let scale = TextSize::Larger.scale();
        let mut harness = Harness::builder()
            .with_size([800.0 / scale, 600.0 / scale])
            .with_max_steps(64)
            .build_eframe(|cc| App::new(&cc.egui_ctx, services));
        wait_for_vault(&mut harness);
        // The window speaks its language from its first frame on: its words come from there.
        let check_all = key_doctor::tr!("keys-check-all");
        harness
            .get_by_role_and_label(Role::Button, &check_all)
            .click_accesskit();
        step_until(&mut harness, "every key checked", |h| {
            let keys = h.state().keys();
            keys.check_all.is_none() && keys.reports.len() == keys.entries.len()
        });
        let shared: String = format!("sk-{}", "0a1b2c3d4e5f6g7h".repeat(2));
        let field = key_doctor::tr!("keys-api-key");
        type_into(&mut harness, Role::PasswordInput, Some(&field), &shared);
        harness.get_by_role(Role::ComboBox);
        for scenario in [
            ProviderScenario::AzureFirewall,
            ProviderScenario::GeminiStandardKey,
        ] {
            select(&mut harness, scenario.description());
            for _ in 0..3 {
                harness.step();
            }
            keep_picture(&mut harness, &format!("keys-{what}-{scenario:?}"));
            let cut = cut_by_the_edge(&harness);
            assert!(cut.is_empty(), "{what} {scenario:?}: {cut:#?}");
        }
    }
}

/// "Try with sample keys": the demo holds other providers' sample keys beside OpenAI's, each
/// stored as its provider's (Azure's with its endpoint) and checked at the simulator with the
/// verdict its scenario has.
#[test]
fn the_demo_checks_other_providers_sample_keys_at_the_simulator() {
    use key_doctor::gui::{DEMO_PROVIDER_SCENARIOS, DEMO_SCENARIOS};
    let world = world("providers-demo");
    let mut harness = open(world.services(Ok(Arc::new(SessionStore::default())), vec![], None));
    wait_for_vault(&mut harness);
    click_button(&mut harness, "Try with sample keys");
    let total = DEMO_SCENARIOS.len() + DEMO_PROVIDER_SCENARIOS.len();
    step_until(&mut harness, "every sample key checked", |h| {
        let keys = h.state().keys();
        keys.entries.len() == total && keys.reports.len() == total && keys.check_all.is_none()
    });
    let keys = harness.state().keys();
    for scenario in DEMO_PROVIDER_SCENARIOS {
        let fingerprint = key_doctor::vault::fingerprint(&scenario.secret());
        let entry = keys
            .entries
            .iter()
            .find(|e| e.fingerprint == fingerprint)
            .unwrap_or_else(|| panic!("{scenario:?} is in the demo"));
        assert_eq!(entry.provider(), provider_of(scenario), "{scenario:?}");
        let endpoint = entry.endpoint();
        if provider_of(scenario) == ProviderId::AzureOpenAi {
            let at_simulator = endpoint.is_some_and(|e| e.starts_with("http://127.0.0.1:"));
            assert!(at_simulator, "{scenario:?}: {:?}", entry.endpoint());
        } else {
            assert_eq!(endpoint, None, "{scenario:?}");
        }
        let report = &keys.reports[&entry.id];
        assert_eq!(report.verdict.code, expected(scenario).code, "{scenario:?}");
    }
    // Grouped by provider, OpenAI's keys first.
    harness.get_by_role(Role::ComboBox);
    harness.get_by_label("DeepSeek");
}

/// With an OpenAI and an Anthropic Admin key stored, Usage offers both; Anthropic's shows its
/// reports' total, read at the simulator with the Anthropic key only, and the Organization
/// view never reads with it.
#[test]
fn usage_shows_anthropic_s_reports_beside_openai_s_with_a_provider_choice() {
    use key_doctor::gui::View;
    let world = world("providers-usage");
    let services = services_with(
        &world,
        vec![Scenario::AdminFull],
        &[ProviderScenario::AnthropicAdmin],
    );
    let mut harness = open(services);
    wait_for_vault(&mut harness);
    harness.state_mut().open_view(View::Usage);
    step_until(&mut harness, "OpenAI's usage", |h| {
        h.state().usage().dashboard.is_some()
    });
    assert_eq!(h_provider(&harness), ProviderId::OpenAi);

    world.simulator.clear_requests();
    harness
        .get_by_role_and_label(Role::Button, "Anthropic")
        .click_accesskit();
    step_until(&mut harness, "Anthropic's usage", |h| {
        h.state().usage().provider == ProviderId::Anthropic && h.state().usage().dashboard.is_some()
    });
    let shown = harness
        .state()
        .usage()
        .dashboard
        .as_ref()
        .map(|d| (d.report.range, d.report.total_cost))
        .expect("a dashboard");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let client = key_doctor::openai::Client::new(
        key_doctor::openai::ClientConfig::new(&world.simulator.provider_base_url("anthropic"))
            .expect("url"),
    )
    .expect("client");
    let dataset = runtime.block_on(key_doctor::usage::fetch_anthropic_dataset(
        &client,
        &world
            .simulator
            .provider_key(ProviderScenario::AnthropicAdmin),
        shown.0,
    ));
    let report = key_doctor::usage::Report::build(
        &dataset,
        shown.0,
        &key_doctor::usage::PricingTable::builtin(),
        None,
    );
    assert!(
        (report.total_cost - shown.1).abs() < 0.005,
        "{} vs {}",
        report.total_cost,
        shown.1
    );
    assert!(shown.1 > 0.0, "Anthropic's demo organization spends");
    // Its report counts no requests: the figure says so rather than 0, and names Anthropic.
    harness.get_by_label_contains("Requests: Anthropic does not report them");
    harness.get_by_label_contains("amounts on your Anthropic invoice");
    let log = world.simulator.requests();
    assert!(!log.is_empty());
    for request in &log {
        assert!(request.path.starts_with("/anthropic/"), "{}", request.path);
        assert_eq!(
            request.scenario.as_deref(),
            Some("anthropic_admin"),
            "{}",
            request.path
        );
    }

    // The Organization view is OpenAI's, while Usage shows Anthropic's: it reads with the
    // OpenAI Admin key, never with Anthropic's, wherever a request goes.
    world.simulator.clear_requests();
    harness.state_mut().open_view(View::Organization);
    step_until(&mut harness, "the organization read", |h| {
        let page = h.state().organization();
        page.facts.is_some() || page.key_problem.is_some()
    });
    assert_eq!(h_provider(&harness), ProviderId::Anthropic);
    let log = world.simulator.requests();
    let anthropic: Vec<&str> = log
        .iter()
        .filter(|r| r.scenario.as_deref() == Some("anthropic_admin"))
        .map(|r| r.path.as_str())
        .collect();
    assert!(anthropic.is_empty(), "{anthropic:?}");
    assert!(
        log.iter()
            .any(|r| r.scenario.as_deref() == Some("admin_full")),
        "read with the OpenAI Admin key: {:?}",
        log.iter().map(|r| &r.path).collect::<Vec<_>>()
    );
}

fn h_provider(harness: &Harness<'_, App>) -> ProviderId {
    harness.state().usage().provider
}
