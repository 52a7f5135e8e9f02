//! The Organization view through egui_kittest against the simulator over loopback: every key of
//! the organization in one table with its flags and fix buttons (the deleted key not among
//! them), keys stored here named, search and sort, a project at its hard spend limit, an Admin
//! key that may not read the organization's settings, one project's list failing while the
//! rest shows, the key ids remembered in the vault, and the view whole at 800×600 with the
//! largest text.

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use key_doctor::clock::Clock;
use key_doctor::gui::{App, Services, View};
use key_doctor::i18n::{Language, message_in};
use key_doctor::openai::platform;
use key_doctor::org::table::SortColumn;
use key_doctor::org::{KeyFlag, OrgFacts};
use key_doctor::settings::{TextSize, ThemePreference};
use key_doctor::simulator::{Fault, FaultRule, Scenario};
use key_doctor::vault::SessionStore;

use crate::common::gui::*;

/// The world's keys in this session's memory, read with the computer's clock: the simulator's
/// organization is as of now.
fn services(world: &World, seed: Vec<Scenario>) -> Services {
    let mut services = world.services(Ok(Arc::new(SessionStore::default())), seed, None);
    services.clock = Clock::system();
    services
}

fn harness_of(services: Services, size: [f32; 2]) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        // Answers from the runtime (theme, the vault) may ask for a repaint while it settles.
        .with_max_steps(64)
        .build_eframe(|cc| App::new(&cc.egui_ctx, services));
    let _ = harness.run_ok();
    harness
}

fn open_organization(harness: &mut Harness<'_, App>) {
    wait_for_vault(harness);
    harness
        .get_by_role_and_label(Role::Button, &View::Organization.label())
        .click_accesskit();
    let _ = harness.run_ok();
    step_until(harness, "the organization read", |h| {
        let page = h.state().organization();
        page.facts.is_some() && page.reading.is_none()
    });
}

/// The view with these keys stored, the organization read.
fn read_with(world: &World, seed: Vec<Scenario>) -> Harness<'static, App> {
    let mut harness = harness_of(services(world, seed), [1100.0, 1000.0]);
    open_organization(&mut harness);
    harness
}

/// The rows the table shows, by their keys' names, in order.
fn shown_names(harness: &Harness<'_, App>) -> Vec<String> {
    let table = &harness.state().organization().table;
    table.shown_rows().map(|row| row.name.clone()).collect()
}

/// The label `words` drawn in the same row as the key named `name` (below its name, above the
/// next row).
fn in_row_of(harness: &Harness<'_, App>, name: &str, words: &str) -> bool {
    let name_top = harness.get_by_label(name).rect().min.y;
    harness
        .query_all_by_label(words)
        .any(|node| (0.0..80.0).contains(&(node.rect().min.y - name_top)))
}

#[test]
fn every_key_is_listed_once_with_what_needs_attention_first() {
    let world = world("org-list");
    let mut harness = read_with(&world, vec![Scenario::AdminFull, Scenario::FullAccess]);
    let names = shown_names(&harness);
    let owner_left = Scenario::OwnerLeft.description();
    let archived = Scenario::ArchivedProject.description();
    // Keys that no longer work come first.
    assert!(
        names[..3].contains(&owner_left.to_owned()) && names[..3].contains(&archived.to_owned()),
        "{names:?}"
    );
    assert!(in_row_of(&harness, owner_left, "Owner lost access"));
    assert!(in_row_of(&harness, owner_left, "no longer has access"));
    assert!(in_row_of(&harness, archived, "Project archived"));
    // Its project was retired 150 days ago: when it was last used, as a person says it.
    assert!(in_row_of(&harness, archived, "5 months ago"));
    // The deleted key is not the organization's any more.
    assert!(!names.iter().any(|n| n == Scenario::Revoked.description()));
    assert!(
        harness
            .query_by_label(Scenario::Revoked.description())
            .is_none()
    );
    harness.get_by_label_contains("keys in 5 projects.");
    harness.get_by_label_contains("This month so far: $");

    // A key stored here says under which name.
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Search the keys"),
        "full access",
    );
    let full = Scenario::FullAccess.description();
    assert!(in_row_of(&harness, full, &format!("Stored here as {full}")));
    let row = harness
        .state()
        .organization()
        .table
        .shown_rows()
        .find(|row| row.name == full)
        .cloned()
        .expect("the stored key's row");
    assert!(!row.flags.contains(&KeyFlag::NotInThisApp));
}

#[test]
fn a_thousand_keys_are_listed_and_only_those_on_screen_are_drawn() {
    let world = world("org-large");
    let mut harness = read_with(&world, vec![Scenario::AdminLargeOrganization]);
    let table = &harness.state().organization().table;
    assert_eq!((table.rows.len(), table.shown.len()), (1_000, 1_000));
    let drawn = |h: &Harness<'_, App>| {
        h.query_all(by().include_labels())
            .filter(|node| words_of(node).is_some_and(|w| w.starts_with("Key 0")))
            .count()
    };
    let before = drawn(&harness);
    assert!((1..60).contains(&before), "{before} rows drawn");
    // A search is applied to all thousand at once, and still only what fits is drawn.
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Search the keys"),
        "Person 7",
    );
    let shown = harness.state().organization().table.shown.len();
    assert!(shown > 0 && shown < 1_000);
    assert!(drawn(&harness) <= before);
}

#[test]
fn a_flag_s_fix_button_opens_its_page() {
    let world = world("org-fix");
    let mut harness = read_with(&world, vec![Scenario::AdminFull]);
    // The first such button is in the table (the projects come below it).
    first_button(&mut harness, "Open the project's members");
    assert_eq!(
        world.wait_for_opened(&mut harness),
        platform::project_members("proj_demoShop")
    );
    first_button(&mut harness, "Open the projects");
    assert_eq!(
        world.wait_for_opened(&mut harness),
        platform::organization_projects()
    );
}

#[test]
fn searching_narrows_the_rows_and_a_column_sorts_them() {
    let world = world("org-search");
    let mut harness = read_with(&world, vec![Scenario::AdminFull]);
    let total = harness.state().organization().table.rows.len();
    type_into(
        &mut harness,
        Role::TextInput,
        Some("Search the keys"),
        "Ana",
    );
    let names = shown_names(&harness);
    assert!(
        !names.is_empty() && names.len() < total,
        "{names:?} of {total}"
    );
    assert!(names.contains(&Scenario::OwnerLeft.description().to_owned()));
    let table = &harness.state().organization().table;
    assert!(table.shown_rows().all(|row| row.matches("Ana")));
    harness.get_by_label(&format!("Showing {} of {total} keys", names.len()));

    // Esc empties the search: every key again.
    harness.key_press(egui::Key::Escape);
    let _ = harness.run_ok();
    assert_eq!(shown_names(&harness).len(), total);

    click_button(&mut harness, "Sort by this month's cost");
    let page = harness.state().organization();
    assert_eq!(page.sort, (SortColumn::MonthCost, true));
    let costs: Vec<f64> = page
        .table
        .shown_rows()
        .map(|row| row.month_cost.unwrap_or(0.0))
        .collect();
    let most = costs.iter().copied().fold(0.0, f64::max);
    assert!(most > 0.0);
    assert_eq!(costs[0], most, "{costs:?}");
    let first = page.table.shown_rows().next().expect("a row").name.clone();
    // It is drawn above every other row.
    let first_top = harness.get_by_label(&first).rect().min.y;
    for name in shown_names(&harness).iter().skip(1).take(3) {
        if let Some(node) = harness.query_by_label(name) {
            assert!(node.rect().min.y > first_top, "{name} above {first}");
        }
    }
}

#[test]
fn a_project_at_its_hard_limit_shows_the_bar_and_says_it_is_reached() {
    let world = world("org-limit");
    let harness = read_with(&world, vec![Scenario::AdminFull]);
    // Below Support inbox's heading, which opens by itself (the organization's own limit, at
    // the end of the page, is reached too).
    let heading = harness
        .get_by_label_contains("⚠ Support inbox: $")
        .rect()
        .min
        .y;
    let sentence = harness
        .query_all_by_label_contains("this month — reached, requests are refused")
        .map(|node| node.rect().min.y)
        .find(|&y| y > heading)
        .expect("Support inbox's sentence");
    // The project after it in the list begins below the sentence.
    let next = harness
        .get_by_label_contains("⚠ Old prototype: $")
        .rect()
        .min
        .y;
    assert!(heading < sentence && sentence < next);
    assert!(
        harness
            .query_all(by().role(Role::ProgressIndicator))
            .count()
            >= 1
    );
    harness.get_by_label("Allows only: gpt-4o-mini, gpt-4.1-mini");
    assert!(
        harness
            .query_all_by_label("gpt-5-mini: 5,000 requests a minute")
            .next()
            .is_some()
    );
}

#[test]
fn without_management_read_the_sentence_says_so_and_costs_still_show() {
    let world = world("org-nomgmt");
    let harness = read_with(&world, vec![Scenario::AdminNoManagement]);
    harness.get_by_label_contains("Key Doctor could not read the list of projects: this Admin key");
    harness.get_by_role_and_label(Role::Button, "Open the Admin keys page");
    harness.get_by_label_contains("This month so far: $");
    harness.get_by_label_contains("proj_demoSupport: $");
    // The audit log's part is in place, with its own sentence.
    harness.get_by_label_contains("Key Doctor could not read the audit log");
}

#[test]
fn a_project_list_that_keeps_failing_says_so_in_place_and_the_table_stays() {
    let world = world("org-fault");
    world.simulator.inject(
        FaultRule::new(Fault::ServerError {
            status: 500,
            retry_after_ms: Some(0),
        })
        .on_path("/organization/projects/proj_demoSupport/rate_limits")
        .times(20),
    );
    let harness = read_with(&world, vec![Scenario::AdminFull]);
    let facts = harness
        .state()
        .organization()
        .facts
        .as_deref()
        .expect("read");
    let support = facts.project("proj_demoSupport").expect("Support inbox");
    assert!(support.rate_limits.is_err());
    harness.get_by_label_contains("Key Doctor could not read a project's rate limits.");
    // Everything else is there: the table, and the other projects' limits.
    harness.get_by_role_and_label(Role::Button, "Sort by key name");
    harness.get_by_label(Scenario::OwnerLeft.description());
    assert!(
        harness
            .query_all_by_label_contains("reached, requests are refused")
            .next()
            .is_some()
    );
}

#[test]
fn a_stored_key_s_id_is_remembered_after_a_read() {
    let world = world("org-remember");
    let mut harness = read_with(&world, vec![Scenario::AdminFull, Scenario::FullAccess]);
    step_until(&mut harness, "the key id remembered", |h| {
        h.state()
            .keys()
            .entries
            .iter()
            .any(|e| e.openai_key_id == Some(Scenario::FullAccess.key_id()))
    });
    // The Admin key is not a project key: nothing to remember for it.
    let admin = harness
        .state()
        .keys()
        .entries
        .iter()
        .find(|e| e.label == Scenario::AdminFull.description())
        .cloned()
        .expect("stored");
    assert_eq!(admin.openai_key_id, None);
}

#[test]
fn with_several_admin_keys_the_person_picks_which_reads() {
    let world = world("org-pick");
    let mut harness = read_with(&world, vec![Scenario::AdminFull, Scenario::AdminAuditOff]);
    // The first stored one reads; the other is a choice.
    harness.get_by_label_contains("It lists ");
    harness
        .get_by_role_and_label(Role::RadioButton, Scenario::AdminAuditOff.description())
        .click();
    let _ = harness.run_ok();
    step_until(&mut harness, "the organization read again", |h| {
        let page = h.state().organization();
        page.facts.is_some() && page.reading.is_none()
    });
    harness.get_by_label_contains("Audit logging seems to be off");
    // Below the fold: pressed the way a screen reader does.
    harness
        .get_by_role_and_label(Role::Button, "Open the organization's settings")
        .click_accesskit();
    assert_eq!(
        world.wait_for_opened(&mut harness),
        platform::organization_general()
    );
}

#[test]
fn without_an_admin_key_the_view_says_where_to_add_one() {
    let world = world("org-none");
    let mut harness = harness_of(
        services(&world, vec![Scenario::FullAccess]),
        [1000.0, 700.0],
    );
    wait_for_vault(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, &View::Organization.label())
        .click();
    let _ = harness.run_ok();
    harness.get_by_label("An Admin key is needed");
    click_button(&mut harness, "Add an Admin key on the Keys page");
    assert_eq!(harness.state().view(), View::Keys);
}

/// The world's services with `text_size`, `theme` and `language` kept in its settings.
fn styled(
    world: &World,
    text_size: TextSize,
    theme: ThemePreference,
    language: Option<Language>,
) -> Services {
    keep_settings(world, text_size, theme, language);
    services(world, vec![Scenario::AdminFull, Scenario::FullAccess])
}

#[test]
fn at_800_by_600_with_the_largest_text_and_at_1920_by_1080_nothing_is_cut() {
    for (size, text_size, theme, language) in [
        (
            [800.0, 600.0],
            TextSize::Larger,
            ThemePreference::Light,
            None,
        ),
        (
            [800.0, 600.0],
            TextSize::Larger,
            ThemePreference::Dark,
            None,
        ),
        // The longest words.
        (
            [800.0, 600.0],
            TextSize::Larger,
            ThemePreference::Light,
            Some(Language::German),
        ),
        (
            [1920.0, 1080.0],
            TextSize::Normal,
            ThemePreference::Dark,
            None,
        ),
    ] {
        let world = world("org-layout");
        let scale = text_size.scale();
        let services = styled(&world, text_size, theme, language);
        // The harness is given points, as a real screen shows them at that zoom.
        let mut harness = harness_of(services, [size[0] / scale, size[1] / scale]);
        open_organization(&mut harness);
        // The projects at their limit or with a problem are open.
        let cut = cut_by_the_edge(&harness);
        assert!(cut.is_empty(), "{size:?} {theme:?} {language:?}: {cut:#?}");
        // The table's sort buttons and a fix button are there too.
        let language = language.unwrap_or(Language::English);
        let sort = message_in(language, "org-view-sort-cost", &[]);
        harness.get_by_role_and_label(Role::Button, &sort);
        let fix = message_in(language, "org-fix-members", &[]);
        harness
            .query_all_by_role_and_label(Role::Button, &fix)
            .next()
            .expect("a fix button");
    }
}

/// The organization as read, with every date, cost and limit pinned, so that its picture is
/// the same on every day the test runs.
fn pinned(mut facts: OrgFacts) -> OrgFacts {
    const READ_AT: i64 = 1_780_000_000;
    facts.read_at = READ_AT;
    if let Ok(projects) = facts.projects.as_mut() {
        for project in projects {
            if let Ok(keys) = project.keys.as_mut() {
                for (n, key) in keys.iter_mut().enumerate() {
                    key.last_used_at = key.last_used_at.map(|_| READ_AT - n as i64 * 86_400 * 20);
                }
            }
            if let Ok(Some(limit)) = project.spend_limit.as_mut() {
                limit.threshold_amount = 5_000;
            }
        }
    }
    if let Ok(costs) = facts.month_costs.as_mut() {
        for (n, amount) in costs.by_key.values_mut().enumerate() {
            *amount = 1.25 * (n + 1) as f64;
        }
        let mut ids: Vec<String> = costs.by_project.keys().cloned().collect();
        ids.sort();
        for (n, id) in ids.into_iter().enumerate() {
            costs.by_project.insert(id, 50.0 + 10.0 * n as f64);
        }
    }
    if let Ok(Some(limit)) = facts.spend_limit.as_mut() {
        limit.threshold_amount = 100_000;
    }
    if let Ok(keys) = facts.admin_keys.as_mut() {
        for key in keys {
            key.last_used_at = Some(READ_AT - 60);
        }
    }
    facts
}

#[test]
fn snapshot_at_800_by_600_with_the_largest_text() {
    let world = world("org-snapshot");
    let client = key_doctor::openai::Client::new(
        key_doctor::openai::ClientConfig::new(world.simulator.base_url()).expect("url"),
    )
    .expect("client");
    let now = jiff::Timestamp::now().as_second();
    let facts = world.runtime.block_on(key_doctor::org::read_organization(
        &client,
        &world.simulator.key(Scenario::AdminFull),
        now,
    ));
    let facts = pinned(facts);
    let mut services = styled(&world, TextSize::Larger, ThemePreference::Light, None);
    // The simulator's port changes from run to run; the address shown does not.
    services.connection = key_doctor::gui::Connection::Demo {
        base_url: "http://127.0.0.1:8080/v1".to_owned(),
    };
    let scale = TextSize::Larger.scale();
    let mut harness = harness_of(services, [800.0 / scale, 600.0 / scale]);
    wait_for_vault(&mut harness);
    harness.state_mut().show_organization_facts(facts);
    harness.state_mut().open_view(View::Organization);
    for _ in 0..4 {
        harness.step();
    }
    assert!(harness.state().organization().reading.is_none());
    // Down to the table, as a person scrolls the page with the wheel (at once: the page would
    // otherwise glide until the table is under the pointer and takes the rest).
    harness
        .ctx
        .all_styles_mut(|style| style.scroll_animation = egui::style::ScrollAnimation::none());
    // Above the table's own scrolling area before and after the page moves.
    harness.hover_at(egui::pos2(300.0, 100.0));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -200.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    for _ in 0..4 {
        harness.step();
    }
    harness.snapshot("organization-800x600-larger-light");
}
