//! Every view readable at the smallest window with the largest text: nothing a person reads or
//! presses is cut by the window's edge, and a checked key's verdict and fix button are on
//! screen without scrolling. Plus pictures of the views at 800×600 (largest text), 1080×720
//! and 1920×1080, light and dark.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use key_doctor::gui::{App, Connection, View};
use key_doctor::i18n::{Language, message_in};
use key_doctor::settings::{TextSize, ThemePreference};
use key_doctor::simulator::Scenario;
use key_doctor::usage::{AdminKey, AdminKeyOrigin};
use key_doctor::vault::SessionStore;

mod common;
use common::gui::*;

/// Opens the demo-like window at `size` (pixels) with `text_size` and `theme` kept in its
/// settings. The text size zooms egui's points: a window of 800 pixels at 1.45× is 552 points
/// wide, as on a real screen, so the harness is given the size in points.
fn open_sized(
    world: &World,
    size: [f32; 2],
    text_size: TextSize,
    theme: ThemePreference,
) -> Harness<'static, App> {
    open_in(world, size, text_size, theme, None)
}

/// `open_sized`, with a language chosen in Settings (`None`: the system's, English in tests).
fn open_in(
    world: &World,
    size: [f32; 2],
    text_size: TextSize,
    theme: ThemePreference,
    language: Option<Language>,
) -> Harness<'static, App> {
    keep_settings(world, text_size, theme, language);
    let seed = vec![
        Scenario::CreditBalanceExhausted,
        Scenario::NoModelRequest,
        Scenario::FullAccess,
    ];
    let mut services = world.services(Ok(std::sync::Arc::new(SessionStore::default())), seed, None);
    // The simulator's port changes from run to run; the address shown does not.
    services.connection = Connection::Demo {
        base_url: "http://127.0.0.1:8080/v1".to_owned(),
    };
    services.admin_key = Some(AdminKey::new(
        world.simulator.key(Scenario::AdminFull),
        AdminKeyOrigin::Demo,
    ));
    let scale = text_size.scale();
    let mut harness = Harness::builder()
        .with_size([size[0] / scale, size[1] / scale])
        .with_max_steps(64)
        .build_eframe(|cc| App::new(&cc.egui_ctx, services));
    let _ = harness.run_ok();
    harness
}

/// The demo checks every key at start; wait for the selected one's verdict.
fn wait_for_verdicts(harness: &mut Harness<'_, App>) {
    step_until(harness, "every demo key checked", |h| {
        let keys = h.state().keys();
        !keys.entries.is_empty() && keys.reports.len() == keys.entries.len()
    });
    for _ in 0..5 {
        harness.step();
    }
}

fn open_view(harness: &mut Harness<'_, App>, view: View) {
    harness
        .get_by_role_and_label(Role::Button, &view.label())
        .click_accesskit();
    let _ = harness.run_ok();
    if view == View::Usage {
        step_until(harness, "the dashboard", |h| {
            h.state().usage().dashboard.is_some()
        });
    }
    if view == View::Explain {
        harness
            .get_by_role(Role::MultilineTextInput)
            .set_text_value_accesskit(
                "Error code: 429 - You exceeded your current quota, please check your plan and billing details.",
            );
        harness.step();
        harness
            // The window set this thread's language in its last frame.
            .get_by_role_and_label(Role::Button, &key_doctor::tr!("explain-explain"))
            .click_accesskit();
    }
    for _ in 0..4 {
        harness.step();
    }
}

#[test]
fn at_800_by_600_with_the_largest_text_nothing_is_cut_and_the_verdict_shows_first() {
    let world = world("layout800");
    let mut harness = open_sized(
        &world,
        [800.0, 600.0],
        TextSize::Larger,
        ThemePreference::Light,
    );
    wait_for_verdicts(&mut harness);
    // The selected key (the first) has its verdict and fix button on screen, above the status
    // line at the bottom of the window.
    let window = harness.ctx.content_rect();
    let status_top = harness.get_by_label("🔬 Demo mode").rect().min.y;
    let fix = harness.get_by_role_and_label(Role::Button, "Open billing");
    assert!(
        fix.rect().max.y <= status_top && fix.rect().max.x <= window.max.x,
        "the fix button is off screen: {:?}, the status line starts at {status_top}",
        fix.rect()
    );
    let sentence = harness.get_by_label_contains("Add credit on the billing page");
    assert!(sentence.rect().max.y <= status_top);
    for view in View::ALL {
        open_view(&mut harness, view);
        let cut = cut_by_the_edge(&harness);
        assert!(
            cut.is_empty(),
            "{view:?} at 800×600, largest text: {cut:#?}"
        );
    }
}

/// Every view at 800×600 (largest text, light and dark), 1080×720 and 1920×1080. Explain, and
/// Settings at 800×600, are compared with their snapshots; Keys and Usage show live demo data, so they are
/// only drawn (and written to target/views/ with KEY_DOCTOR_WRITE_SCREENSHOTS=1, to be
/// looked at). The pictures kept in docs/ come from the real binary: scripts/view-screenshots.sh.
#[test]
fn snapshots_of_every_view_at_the_sizes_that_matter() {
    let mut results = egui_kittest::SnapshotResults::new();
    let write = std::env::var_os("KEY_DOCTOR_WRITE_SCREENSHOTS").is_some();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/views");
    for (size, text_size, theme, name) in [
        (
            [800.0, 600.0],
            TextSize::Larger,
            ThemePreference::Light,
            "800x600-larger-light",
        ),
        (
            [800.0, 600.0],
            TextSize::Larger,
            ThemePreference::Dark,
            "800x600-larger-dark",
        ),
        (
            [1080.0, 720.0],
            TextSize::Normal,
            ThemePreference::Dark,
            "1080x720-dark",
        ),
        (
            [1920.0, 1080.0],
            TextSize::Normal,
            ThemePreference::Light,
            "1920x1080-light",
        ),
    ] {
        let world = world("snapshots");
        let mut harness = open_sized(&world, size, text_size, theme);
        wait_for_verdicts(&mut harness);
        for view in View::ALL {
            open_view(&mut harness, view);
            let file = format!("{}-{name}", format!("{view:?}").to_lowercase());
            // Settings names the (temporary) config folder, below the fold at 800×600 only.
            let stable = view == View::Explain || (view == View::Settings && size[0] < 1000.0);
            if stable {
                harness.snapshot(&file);
            }
            let picture = harness.render().expect("the view renders");
            assert_eq!(
                (picture.width(), picture.height()),
                (size[0] as u32, size[1] as u32),
                "{file}"
            );
            if write {
                std::fs::create_dir_all(&folder).expect("folder");
                picture
                    .save(folder.join(format!("{file}.png")))
                    .expect("saved");
            }
        }
        results.extend_harness(&mut harness);
    }
}

/// The failing key in each language at 800×600 with the largest text: the verdict and its fix
/// button are on screen in that language, no view has words cut by the window's edge, and the
/// Keys view matches its picture (tests/snapshots/keys-failing-<language>.png; the README's
/// pictures of the real window are in docs/screenshots/languages/).
#[test]
fn the_failing_key_in_every_language_at_800_by_600_nothing_cut() {
    let mut results = egui_kittest::SnapshotResults::new();
    for language in Language::ALL {
        let world = world("languages");
        let mut harness = open_in(
            &world,
            [800.0, 600.0],
            TextSize::Larger,
            ThemePreference::Light,
            Some(language),
        );
        wait_for_verdicts(&mut harness);
        let tag = language.tag();
        // The first key has no credit left: its sentence and fix button, in this language.
        let fix = message_in(language, "verdict-fix-billing", &[]);
        harness.get_by_role_and_label(Role::Button, &fix);
        let sentence = message_in(language, "verdict-no-quota-no-credit", &[]);
        let first_words: String = sentence.chars().take(30).collect();
        harness.get_by_label_contains(&first_words);
        if language != Language::English {
            assert_ne!(
                fix,
                message_in(Language::English, "verdict-fix-billing", &[]),
                "{tag}: the fix button is not translated"
            );
        }
        let cut = cut_by_the_edge(&harness);
        assert!(cut.is_empty(), "Keys in {tag} at 800×600: {cut:#?}");
        harness.snapshot(format!("keys-failing-{tag}"));
        for view in View::ALL {
            open_view(&mut harness, view);
            let cut = cut_by_the_edge(&harness);
            if !cut.is_empty() {
                // The picture, to look at what was cut.
                let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/views");
                std::fs::create_dir_all(&folder).expect("folder");
                let picture = harness.render().expect("the view renders");
                let file = folder.join(format!("{view:?}-{tag}-cut.png"));
                picture.save(&file).expect("saved");
                panic!(
                    "{view:?} in {tag} at 800×600 (see {}): {cut:#?}",
                    file.display()
                );
            }
        }
        results.extend_harness(&mut harness);
    }
}
