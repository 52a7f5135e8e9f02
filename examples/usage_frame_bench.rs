//! Benchmark: the CPU time of one frame of the usage dashboard with 365 days × 30 series in
//! every graph (30 models, 30 projects, 30 keys), drawn headless with egui_kittest: the app's
//! `ui` plus tessellation of what it drew, with the pointer over a graph so the hover text is
//! made too. GPU work is not counted. Prints the median over many frames. Run by
//! scripts/bench.sh:
//!
//!     cargo run --release --example usage_frame_bench -- [frames]

use std::sync::Arc;

use egui_kittest::Harness;
use key_doctor::clock::Clock;
use key_doctor::gui::{App, Connection, Services, View};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::usage::dataset::{CostRow, Dataset, KeyCostRow, UsageRow};
use key_doctor::usage::range::day_number;
use key_doctor::usage::{AdminKey, AdminKeyOrigin, DateRange};
use secrecy::SecretString;

#[path = "support/frame_timing.rs"]
mod frame_timing;

const SERIES: usize = 30;
const DAYS: u32 = 365;

/// A year of traffic from 30 streams, each its own model, project and key.
fn dataset(range: DateRange) -> Dataset {
    let mut data = Dataset {
        range: Some(range),
        key_costs: Some(Vec::new()),
        ..Dataset::default()
    };
    for day in range.days() {
        for stream in 0..SERIES {
            let scale = (1 + stream) as u64 * (3 + (day as u64 % 7));
            let (model, project, key) = (
                format!("model-{stream:02}"),
                format!("proj_{stream:02}"),
                format!("key_{stream:02}"),
            );
            data.usage.push(UsageRow {
                day,
                model: Some(model.clone()),
                project_id: Some(project.clone()),
                api_key_id: Some(key.clone()),
                input_tokens: 10_000 * scale,
                cached_tokens: 2_000 * scale,
                output_tokens: 3_000 * scale,
                requests: 10 * scale,
            });
            for part in ["input", "output"] {
                data.costs.push(CostRow {
                    day,
                    project_id: Some(project.clone()),
                    line_item: Some(format!("{model}, {part}")),
                    amount: 0.01 * scale as f64,
                });
            }
            if let Some(rows) = data.key_costs.as_mut() {
                rows.push(KeyCostRow {
                    day,
                    api_key_id: Some(key),
                    amount: 0.02 * scale as f64,
                });
            }
            data.names
                .projects
                .insert(project, format!("Project number {stream}"));
        }
    }
    data
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let frames: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(300);
    let runtime = tokio::runtime::Runtime::new()?;
    // Nothing is fetched: the data is given to the app directly.
    let client = Client::new(ClientConfig::new("http://127.0.0.1:9/v1")?)?;
    let config = tempfile::tempdir()?;
    let mut services = Services::isolated(
        runtime.handle().clone(),
        client,
        Connection::Demo {
            base_url: "http://127.0.0.1:9/v1".to_owned(),
        },
        config.path(),
    );
    services.desktop_prefers_dark = Arc::new(|| Some(false));
    services.admin_key = Some(AdminKey::new(
        SecretString::from("sk-admin-benchmark"),
        AdminKeyOrigin::Demo,
    ));
    let today = day_number(jiff::civil::date(2026, 6, 15));
    services.clock = Clock::fixed(jiff::Timestamp::from_second(today * 86_400 + 43_200)?);
    let range = DateRange::last_days(today, DAYS);

    let mut harness = Harness::builder()
        .with_size([1000.0, 2000.0])
        .with_max_steps(64)
        .build_eframe(|cc| {
            let mut app = App::new(&cc.egui_ctx, services);
            app.show_usage_dataset(range, today, dataset(range));
            app.open_view(View::Usage);
            app
        });
    harness.run_ok();
    let dashboard = harness
        .state()
        .usage()
        .dashboard
        .as_ref()
        .ok_or("the dashboard is not shown")?;
    let series = [
        dashboard.cost_chart.layers.len(),
        dashboard.usage_chart.layers.len(),
        dashboard.requests_chart.layers.len(),
    ];
    if series.iter().any(|&n| n != SERIES) {
        return Err(format!("expected {SERIES} series per graph, got {series:?}").into());
    }
    // Over the cost graph, so its hover text is built every frame.
    harness.hover_at(egui::pos2(500.0, 520.0));
    harness.step();

    let (cpu_ms, vertices) = frame_timing::measure_frames(&mut harness, frames);
    let (median, p90) = frame_timing::median_and_p90(&cpu_ms);
    println!(
        "usage dashboard frame, {DAYS} days x {SERIES} series in 3 graphs ({vertices} vertices), {frames} frames:"
    );
    println!(
        "  CPU per frame (ui + tessellation): median {median:.2} ms, p90 {p90:.2} ms   (target <= 4 ms)"
    );
    Ok(())
}
