//! The Usage view through egui_kittest against the simulator over loopback: totals read by
//! their labels equal the simulator's sums, ranges and groupings switch, a missing or unfit
//! Admin key is explained, CSV export goes through the (scripted) save dialog, loading can be
//! cancelled, and one snapshot of the dashboard with a pinned day.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use key_doctor::clock::Clock;
use key_doctor::dialogs::ScriptedFilePicker;
use key_doctor::gui::{App, Connection, Services, View};
use key_doctor::i18n::money;
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::{Scenario, Simulator, SimulatorOptions};
use key_doctor::usage::range::{date_of_day, day_number};
use key_doctor::usage::{AdminKey, AdminKeyOrigin, DateRange};
use secrecy::ExposeSecret;

struct Setup {
    runtime: tokio::runtime::Runtime,
    sim: Simulator,
    dir: tempfile::TempDir,
}

mod common;

fn setup(options: SimulatorOptions) -> Setup {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sim = runtime
        .block_on(Simulator::start(options))
        .expect("simulator");
    Setup {
        runtime,
        sim,
        dir: tempfile::tempdir().expect("dir"),
    }
}

fn services(setup: &Setup, admin: Option<Scenario>) -> Services {
    let client =
        Client::new(ClientConfig::new(setup.sim.base_url()).expect("url")).expect("client");
    let connection = Connection::Demo {
        base_url: setup.sim.base_url().to_owned(),
    };
    let mut services = Services::isolated(
        setup.runtime.handle().clone(),
        client,
        connection,
        setup.dir.path(),
    );
    services.desktop_prefers_dark = Arc::new(|| Some(false));
    services.admin_key = admin.map(|s| AdminKey::new(setup.sim.key(s), AdminKeyOrigin::Demo));
    // The simulator's last day is today for the app too.
    let today = setup.sim.usage_data().last_day;
    let noon = jiff::Timestamp::from_second(today * 86_400 + 12 * 3600).expect("time");
    services.clock = Clock::fixed(noon);
    services
}

fn open_usage<'a>(services: Services) -> Harness<'a, App> {
    let mut harness = Harness::builder()
        .with_size([1000.0, 2000.0])
        // Answers from the runtime (theme, progress) may ask for a repaint while it settles.
        .with_max_steps(64)
        .build_eframe(|cc| App::new(&cc.egui_ctx, services));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, &View::Usage.label())
        .click();
    harness.run();
    harness
}

/// Steps until the background work has answered (the shared harness saves the frame if not).
fn wait_until(harness: &mut Harness<'_, App>, what: &str, done: impl Fn(&App) -> bool) {
    common::gui::step_until(harness, what, |h| done(h.state()));
}

fn wait_for_dashboard(harness: &mut Harness<'_, App>) {
    wait_until(harness, "the dashboard", |app| {
        app.usage().loading.is_none() && app.usage().dashboard.is_some()
    });
}

/// The value of a headline figure, read the way a screen reader reads it: "Total cost: $12.34".
fn figure(harness: &Harness<'_, App>, title: &str) -> String {
    let prefix = format!("{title}: ");
    let node = harness.get_by_label_contains(&prefix);
    // egui names a label by its value.
    let label = node
        .accesskit_node()
        .value()
        .or_else(|| node.accesskit_node().label())
        .unwrap_or_default()
        .to_owned();
    label
        .strip_prefix(&prefix)
        .map(str::to_owned)
        .unwrap_or(label)
}

fn expected_cost(sim: &Simulator, range: DateRange) -> String {
    money(sim.usage_data().expected_cost(range.first(), range.last()))
}

#[test]
fn totals_follow_the_range_and_equal_the_simulators_sums() {
    let setup = setup(SimulatorOptions::default());
    let today = setup.sim.usage_data().last_day;
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_for_dashboard(&mut harness);
    // OpenAI's days are said on the person's own clock (the test machine's time zone).
    harness.get_by_label_contains("OpenAI's days ");

    let last_30 = DateRange::last_days(today, 30);
    assert_eq!(
        figure(&harness, "Total cost"),
        expected_cost(&setup.sim, last_30)
    );
    let tokens = setup
        .sim
        .usage_data()
        .expected_tokens(last_30.first(), last_30.last());
    assert_eq!(
        figure(&harness, "Requests"),
        key_doctor::i18n::count(tokens.requests)
    );

    for (label, range) in [
        ("Last 90 days", DateRange::last_days(today, 90)),
        ("Last 7 days", DateRange::last_days(today, 7)),
        ("Last 365 days", DateRange::last_days(today, 365)),
    ] {
        harness.get_by_label(label).click();
        harness.run();
        wait_for_dashboard(&mut harness);
        assert_eq!(
            figure(&harness, "Total cost"),
            expected_cost(&setup.sim, range),
            "{label}"
        );
        let input = setup
            .sim
            .usage_data()
            .expected_tokens(range.first(), range.last())
            .input;
        assert_eq!(
            figure(&harness, "Input tokens"),
            key_doctor::i18n::count(input)
        );
    }

    // Month to date equals the simulator's sum from the first of the month through today.
    let month_start = day_number(date_of_day(today).expect("date").first_of_month());
    assert_eq!(
        figure(&harness, "Month to date"),
        money(setup.sim.usage_data().expected_cost(month_start, today))
    );
    harness.get_by_label_contains("Forecast for ");
}

#[test]
fn groupings_switch_and_show_names() {
    let setup = setup(SimulatorOptions::default());
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_for_dashboard(&mut harness);
    // The table starts with models; projects and keys are shown by name.
    assert!(
        harness.query_all_by_label("gpt-5-mini").count() >= 2,
        "legend and table"
    );
    harness.get_by_label("Projects").click();
    harness.run();
    assert!(
        !harness
            .query_all_by_label("Website chatbot")
            .collect::<Vec<_>>()
            .is_empty()
    );
    harness.get_by_label("API keys").click();
    harness.run();
    assert!(
        !harness
            .query_all_by_label("CI pipeline")
            .collect::<Vec<_>>()
            .is_empty()
    );
    harness.get_by_label("Kinds of use").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label("gpt-5-mini, output")
            .next()
            .is_some()
    );

    // Sorting by requests puts the busiest first; a second click reverses it.
    harness.get_by_label("API keys").click();
    harness.run();
    harness.get_by_label("Sort by requests").click();
    harness.run();
    let table = &harness
        .state()
        .usage()
        .dashboard
        .as_ref()
        .expect("shown")
        .table;
    assert!(table.windows(2).all(|w| w[0].requests >= w[1].requests));
    harness.get_by_label("Sort by requests").click();
    harness.run();
    let table = &harness
        .state()
        .usage()
        .dashboard
        .as_ref()
        .expect("shown")
        .table;
    assert!(table.windows(2).all(|w| w[0].requests <= w[1].requests));

    // Graph groupings: the legends follow.
    harness.get_by_label("Kind of use").click();
    harness.run();
    assert!(
        harness
            .state()
            .usage()
            .dashboard
            .as_ref()
            .expect("shown")
            .cost_chart
            .layers
            .iter()
            .any(|l| l.name.ends_with(", cached input") || l.name.ends_with(", output"))
    );
    harness.get_by_label("Output").click();
    harness.run();
    harness.get_by_label("Key").click();
    harness.run();
    let dashboard = harness.state().usage().dashboard.as_ref().expect("shown");
    assert!(
        dashboard
            .usage_chart
            .layers
            .iter()
            .any(|l| l.name == "CI pipeline")
    );
    // The total of every stacked graph is the range's total.
    let output: f64 = dashboard.usage_chart.bar_totals.iter().sum();
    assert_eq!(output as u64, dashboard.report.total_output_tokens);
}

/// Replaces the text of a field the way a person does: click, select all, type.
fn retype(harness: &mut Harness<'_, App>, field: &str, text: &str) {
    harness.get_by_label(field).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

#[test]
fn a_custom_range_is_typed_and_checked() {
    let setup = setup(SimulatorOptions::default());
    let today = setup.sim.usage_data().last_day;
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_for_dashboard(&mut harness);
    harness.get_by_label("Custom").click();
    harness.run();
    let range = DateRange::between_days(today - 120, today - 61);
    let iso = key_doctor::usage::range::iso_date;
    retype(&mut harness, "First day", &iso(range.first()));
    retype(&mut harness, "Last day", &iso(range.last()));
    assert_eq!(harness.state().usage().custom_first, iso(range.first()));
    assert_eq!(harness.state().usage().custom_last, iso(range.last()));
    // Enter in the field shows the days, as the button does.
    harness.get_by_label("Last day").focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    wait_for_dashboard(&mut harness);
    assert_eq!(harness.state().usage().range, Some(range));
    assert_eq!(
        figure(&harness, "Total cost"),
        expected_cost(&setup.sim, range)
    );

    retype(&mut harness, "Last day", "2026-02-30");
    harness.get_by_label("Show these days").click();
    harness.run();
    harness.get_by_label_contains("This range cannot be shown");
    // The figures of the last good range stay.
    assert_eq!(
        figure(&harness, "Total cost"),
        expected_cost(&setup.sim, range)
    );
    // Esc takes the fields back to the days shown.
    harness.get_by_label("Last day").focus();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().usage().custom_last, iso(range.last()));
    assert!(
        harness
            .query_by_label_contains("This range cannot be shown")
            .is_none()
    );
}

#[test]
fn a_missing_admin_key_is_explained_and_one_can_be_pasted() {
    let setup = setup(SimulatorOptions::default());
    let mut harness = open_usage(services(&setup, None));
    harness.get_by_label("An Admin key is needed to see usage");
    harness.get_by_label_contains("only to Admin keys");
    harness.get_by_label("Open the Admin keys page");
    assert!(
        setup.sim.requests().is_empty(),
        "nothing is asked without a key"
    );

    // A project key is refused with a reason, before anything is sent.
    harness
        .get_by_role_and_label(Role::TextInput, "Admin key")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Admin key")
        .type_text(&Scenario::FullAccess.secret());
    harness.run();
    harness.get_by_label("Use this key").click();
    harness.run();
    harness.get_by_label_contains("not an Admin key");
    assert!(setup.sim.requests().is_empty());
    // Esc empties the field.
    harness
        .get_by_role_and_label(Role::TextInput, "Admin key")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Admin key")
        .type_text("sk-admin-typo");
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .state()
            .usage()
            .pasted_draft
            .expose_secret()
            .is_empty()
    );

    // A real Admin key loads the dashboard.
    harness
        .get_by_role_and_label(Role::TextInput, "Admin key")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Admin key")
        .type_text(&Scenario::AdminFull.secret());
    harness.run();
    // What the typing asked for is kept for tests and printable: it never shows the key.
    let asked = format!("{:?}", harness.state().last_commands());
    assert!(asked.contains("PastedText("), "{asked}");
    assert!(
        !asked.contains(&Scenario::AdminFull.secret()[10..]),
        "{asked}"
    );
    harness.get_by_label("Use this key").click();
    harness.run();
    wait_for_dashboard(&mut harness);
    harness.get_by_label_contains("kept for this session only");
    figure(&harness, "Total cost");
    // Nothing shown holds the key.
    let secret = Scenario::AdminFull.secret();
    assert!(
        harness
            .query_all_by_label_contains(&secret[12..])
            .next()
            .is_none()
    );
}

#[test]
fn an_admin_key_without_usage_permission_is_explained() {
    let setup = setup(SimulatorOptions::default());
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminNoUsage)));
    wait_until(&mut harness, "the refusal", |app| {
        app.usage().access_problem.is_some()
    });
    harness.get_by_label("This key may not read usage");
    harness.get_by_label_contains("OpenAI refused to show usage to this key");
    // OpenAI's own words and the permission's code are folded under Technical details.
    assert!(
        harness
            .query_by_label_contains("You have insufficient permissions")
            .is_none()
    );
    harness.get_by_label("Technical details").click();
    harness.run();
    harness.get_by_label_contains("OpenAI said: You have insufficient permissions");
    harness.get_by_label_contains("api.usage.read");
    harness.get_by_label("Open the Admin keys page");
    assert!(harness.state().usage().dashboard.is_none());
}

/// "2026-10-30-to-2026-11-28": the range shown, as export file names give it.
fn target_range(harness: &Harness<'_, App>) -> String {
    let range = harness.state().usage().range.expect("a range");
    let iso = key_doctor::usage::range::iso_date;
    format!("{}-to-{}", iso(range.first()), iso(range.last()))
}

#[test]
fn export_goes_through_the_save_dialog_or_another_way() {
    let setup = setup(SimulatorOptions::default());
    let target = setup.dir.path().join("daily.csv");
    let table_target = setup.dir.path().join("table.csv");
    let picker = Arc::new(ScriptedFilePicker::answering(vec![
        Some(target.clone()),
        None,
        Some(table_target.clone()),
    ]));
    let mut services = services(&setup, Some(Scenario::AdminFull));
    services.file_picker = picker.clone();
    let mut harness = open_usage(services);
    wait_for_dashboard(&mut harness);

    let exported = |harness: &mut Harness<'_, App>| {
        wait_until(harness, "the export", |app| {
            app.usage().export_status.is_some()
        });
    };
    harness.get_by_label("Export daily CSV…").click();
    harness.run();
    exported(&mut harness);
    harness.get_by_label_contains("Saved 30 rows to");
    let csv = std::fs::read_to_string(&target).expect("saved");
    assert!(
        csv.starts_with("date,cost_usd,input_tokens,cached_input_tokens,output_tokens,requests")
    );
    assert_eq!(csv.lines().count(), 31);

    harness.get_by_label("Export daily CSV…").click();
    harness.run();
    exported(&mut harness);
    harness.get_by_label_contains("Nothing was saved yet");
    // No save window: the other ways, the Downloads folder and the clipboard.
    harness.get_by_label("Copy CSV").click();
    harness.step();
    let copied = common::gui::copied_text(&harness).expect("the CSV on the clipboard");
    assert_eq!(copied, csv);
    harness.run();
    harness.get_by_label("Save in Downloads").click();
    harness.run();
    let in_downloads = setup
        .dir
        .path()
        .join("Downloads")
        .join(format!("openai-usage-daily-{}.csv", target_range(&harness)));
    harness.get_by_label_contains(&format!("Saved to {}.", in_downloads.display()));
    assert_eq!(std::fs::read_to_string(&in_downloads).expect("saved"), csv);

    harness.get_by_label("API keys").click();
    harness.run();
    harness.get_by_label("Export this table as CSV…").click();
    harness.run();
    exported(&mut harness);
    let table = std::fs::read_to_string(&table_target).expect("saved");
    assert!(table.contains("api_key,key_ciPipeline,CI pipeline,"));
    for scenario in Scenario::ALL {
        let secret = scenario.secret();
        assert!(!csv.contains(&secret[10..]) && !table.contains(&secret[10..]));
    }
    assert_eq!(picker.asked().len(), 3);
}

#[test]
fn loading_shows_progress_and_can_be_cancelled() {
    let setup = setup(SimulatorOptions::default());
    setup.sim.set_latency(Duration::from_secs(3));
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_until(&mut harness, "progress", |app| {
        app.usage()
            .loading
            .as_ref()
            .is_some_and(|l| l.progress.total > 0)
    });
    harness.get_by_label_contains("Loading… 0 of ");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().usage().loading.is_none());
    harness.get_by_label_contains("Loading was cancelled");
    setup.sim.set_latency(Duration::ZERO);
    // The page offers to load again where it says so.
    harness.get_by_label("Try again").click();
    harness.run();
    wait_for_dashboard(&mut harness);
    assert!(harness.state().usage().problems.is_empty());
}

/// A fixed day (a Monday in June 2026) for the simulator and the app's clock, so the snapshot
/// is the same every run.
fn pinned_setup() -> (Setup, i64) {
    let day = day_number(jiff::civil::date(2026, 6, 15));
    let setup = setup(SimulatorOptions {
        today: Some(day),
        ..SimulatorOptions::default()
    });
    (setup, day)
}

#[test]
fn snapshot_of_the_dashboard() {
    let (setup, _day) = pinned_setup();
    let mut services = services(&setup, Some(Scenario::AdminFull));
    // The simulator's port changes every run; the status line shows a fixed address instead.
    services.connection = Connection::Demo {
        base_url: "http://127.0.0.1:8080/v1".to_owned(),
    };
    let mut harness = open_usage(services);
    wait_for_dashboard(&mut harness);
    harness.run();
    harness.snapshot("usage_dashboard");
    keep_screenshot(&mut harness, "docs/screenshots/usage.png");
}

/// With KEEP_SCREENSHOTS set, also writes the rendered dashboard for the documentation.
fn keep_screenshot(harness: &mut Harness<'_, App>, relative: &str) {
    if std::env::var_os("KEEP_SCREENSHOTS").is_none() {
        return;
    }
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let image = harness.render().expect("rendered");
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("docs dir");
    }
    image.save(&path).expect("saved");
}

#[test]
fn a_partial_failure_is_said_in_sentences() {
    let setup = setup(SimulatorOptions::default());
    setup.sim.inject(
        key_doctor::simulator::FaultRule::new(key_doctor::simulator::Fault::ServerError {
            status: 503,
            retry_after_ms: None,
        })
        .on_path("/organization/costs"),
    );
    let mut services = services(&setup, Some(Scenario::AdminFull));
    let mut config = ClientConfig::new(setup.sim.base_url()).expect("url");
    config.max_retries = 0;
    services.openai = Client::new(config).expect("client");
    let mut harness = open_usage(services);
    wait_for_dashboard(&mut harness);
    harness.get_by_label_contains("⚠ Costs for ");
    harness.get_by_label_contains("OpenAI's servers did not answer properly");
    harness.get_by_label_contains("Totals below leave out what did not load");
    // The exact error (with its HTTP status) is only under Technical details.
    assert!(harness.query_by_label_contains("HTTP 503").is_none());
    // The first fold is the one under the problems (the estimates' note has its own).
    harness
        .query_all_by_label("Technical details")
        .next()
        .expect("a Technical details fold")
        .click();
    harness.run();
    harness.get_by_label_contains("HTTP 503");
    // Tokens still loaded and are right.
    let today = setup.sim.usage_data().last_day;
    let range = DateRange::last_days(today, 30);
    let requests = setup
        .sim
        .usage_data()
        .expected_tokens(range.first(), range.last())
        .requests;
    assert_eq!(
        figure(&harness, "Requests"),
        key_doctor::i18n::count(requests)
    );
}

#[test]
fn prices_for_estimates_come_from_a_chosen_file_and_can_be_reset() {
    let setup = setup(SimulatorOptions::default());
    let file = setup.dir.path().join("my-prices.json");
    std::fs::write(
        &file,
        r#"{"as_of": "2027-01", "models": [{"model": "gpt-5", "input": 2, "cached_input": 0.2, "output": 12}]}"#,
    )
    .expect("write");
    let mut services = services(&setup, Some(Scenario::AdminFull));
    services.file_picker = Arc::new(ScriptedFilePicker::answering(vec![Some(file.clone())]));
    let mut harness = open_usage(services);
    harness
        .get_by_role_and_label(Role::Button, &View::Settings.label())
        .click();
    harness.run();
    harness.get_by_label_contains("Prices shipped with Key Doctor, as of June 2026");
    harness.get_by_label("Choose a pricing file…").click();
    harness.run();
    wait_until(&mut harness, "the chosen file", |app| {
        app.settings().pricing_file.is_some()
    });
    harness.get_by_label_contains("as of January 2027");
    let saved = std::fs::read_to_string(setup.dir.path().join("settings.json")).expect("saved");
    assert!(saved.contains("my-prices.json"), "{saved}");
    harness.get_by_label("Use the shipped prices").click();
    harness.run();
    harness.get_by_label_contains("Prices shipped with Key Doctor");
    assert_eq!(harness.state().settings().pricing_file, None);
}

/// A series keeps its colour from graph to graph (tokens and requests stack by the same
/// grouping, in another order), and no graph stacks more than eight layers.
#[test]
fn each_series_has_one_colour_across_the_graphs() {
    let setup = setup(SimulatorOptions::default());
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_for_dashboard(&mut harness);
    let dashboard = harness.state().usage().dashboard.clone().expect("shown");
    let tokens = &dashboard.usage_chart.layers;
    let requests = &dashboard.requests_chart.layers;
    assert!(!tokens.is_empty());
    let mut compared = 0;
    for layer in tokens {
        if let Some(same) = requests.iter().find(|l| l.name == layer.name) {
            assert_eq!(layer.color, same.color, "{} changed colour", layer.name);
            compared += 1;
        }
    }
    assert!(compared >= 3, "the graphs share their series");
    let names: Vec<&str> = tokens.iter().map(|l| l.name.as_str()).collect();
    let order: Vec<&str> = requests.iter().map(|l| l.name.as_str()).collect();
    assert_ne!(
        names, order,
        "the two graphs order their series differently"
    );
    for chart in [
        &dashboard.cost_chart,
        &dashboard.usage_chart,
        &dashboard.requests_chart,
    ] {
        assert!(chart.layers.len() <= 8);
        let colours: std::collections::HashSet<_> = chart.layers.iter().map(|l| l.color).collect();
        assert_eq!(
            colours.len(),
            chart.layers.len(),
            "every layer has a colour of its own"
        );
    }
}

/// A year reads as weeks, not as daily spikes; the bars hold the same totals as the days.
#[test]
fn a_long_range_is_drawn_in_weeks() {
    let setup = setup(SimulatorOptions::default());
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_for_dashboard(&mut harness);
    harness.get_by_label("Last 365 days").click();
    harness.run();
    wait_until(&mut harness, "a year of usage", |app| {
        app.usage().loading.is_none()
            && app
                .usage()
                .dashboard
                .as_ref()
                .is_some_and(|d| d.report.range.len() == 365)
    });
    let dashboard = harness.state().usage().dashboard.clone().expect("shown");
    let cost = &dashboard.cost_chart;
    assert_eq!(cost.period, key_doctor::gui::usage::Period::Week);
    assert_eq!(cost.bars.len(), 53, "52 weeks and a day");
    assert_eq!(cost.bars.iter().map(|&(_, days)| days).sum::<usize>(), 365);
    let drawn: f64 = cost.bar_totals.iter().sum();
    assert!(
        (drawn - dashboard.report.total_cost).abs() < 0.01,
        "{drawn} vs {}",
        dashboard.report.total_cost
    );
    harness.get_by_label("Cost per week");
}

/// Days in which nothing was used say so, and offer a longer range with one click.
#[test]
fn a_range_without_usage_offers_a_longer_one() {
    let setup = setup(SimulatorOptions::default());
    let today = setup.sim.usage_data().last_day;
    let mut harness = open_usage(services(&setup, Some(Scenario::AdminFull)));
    wait_for_dashboard(&mut harness);
    harness.get_by_label("Custom").click();
    harness.run();
    let iso = key_doctor::usage::range::iso_date;
    retype(&mut harness, "First day", &iso(today - 2000));
    retype(&mut harness, "Last day", &iso(today - 1990));
    harness.get_by_label("Show these days").click();
    harness.run();
    wait_for_dashboard(&mut harness);
    harness.get_by_label("Nothing was used in these days");
    harness.get_by_label("Show the last 90 days").click();
    harness.run();
    wait_for_dashboard(&mut harness);
    assert_eq!(
        harness.state().usage().range,
        Some(DateRange::last_days(today, 90))
    );
    assert_eq!(
        figure(&harness, "Total cost"),
        expected_cost(&setup.sim, DateRange::last_days(today, 90))
    );
}

/// When no figure loads, the page shows no zeros: it says so, with a button that loads again
/// and the exact errors under Technical details.
#[test]
fn a_failed_load_offers_to_try_again() {
    let setup = setup(SimulatorOptions::default());
    setup.sim.inject(
        key_doctor::simulator::FaultRule::new(key_doctor::simulator::Fault::ServerError {
            status: 503,
            retry_after_ms: None,
        })
        .on_path("/organization"),
    );
    let mut services = services(&setup, Some(Scenario::AdminFull));
    let mut config = ClientConfig::new(setup.sim.base_url()).expect("url");
    config.max_retries = 0;
    services.openai = Client::new(config).expect("client");
    let mut harness = open_usage(services);
    wait_until(&mut harness, "the failed load", |app| {
        app.usage().loading.is_none() && !app.usage().problems.is_empty()
    });
    assert!(harness.state().usage().dashboard.is_none());
    harness.get_by_label_contains("No figures could be loaded");
    assert!(harness.query_by_label_contains("Total cost").is_none());
    harness.get_by_label("Technical details");
    setup.sim.clear_faults();
    harness.get_by_label("Try again").click();
    harness.run();
    wait_for_dashboard(&mut harness);
    assert!(harness.state().usage().problems.is_empty());
    figure(&harness, "Total cost");
}
