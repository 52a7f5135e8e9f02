//! Benchmarks of the organization's side (run by scripts/bench.sh):
//!
//!     cargo run --release --example org_bench -- read [latency_ms] [runs]
//!     cargo run --release --example org_bench -- frame [frames]
//!
//! `read`: the whole organization of the simulator's large scenario (50 projects, 1,000 keys,
//! every per-project fact, this month's cost by key, a year of key events) with the simulator's
//! latency, beside the same reads one list after another; medians as ratios to the latency
//! (target: within 3 × latency).
//!
//! `frame`: the CPU time of one frame of the Organization view showing that organization,
//! headless with egui_kittest (the app's `ui` plus tessellation) at 1920×1080 with the pointer
//! over the table; GPU work is not counted (target: 4 ms).

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use key_doctor::gui::{App, Connection, Services, View};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::org::OrgReader;
use key_doctor::simulator::{Scenario, Simulator, SimulatorOptions};

#[path = "support/frame_timing.rs"]
mod frame_timing;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("read") => {
            read_bench(args);
            Ok(())
        }
        Some("frame") => frame_bench(args),
        _ => Err("usage: org_bench read [latency_ms] [runs] | frame [frames]".into()),
    }
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn read_bench(mut args: impl Iterator<Item = String>) {
    let latency_ms: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let latency = Duration::from_millis(latency_ms);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let options = SimulatorOptions {
            latency,
            ..SimulatorOptions::default()
        };
        let sim = Simulator::start(options).await.expect("simulator");
        let client = Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client");
        let admin = sim.key(Scenario::AdminLargeOrganization);
        let now = jiff::Timestamp::now().as_second();
        let parallel = OrgReader::new(client.clone(), admin.clone());
        // Warm the connection pool so both sides start equal.
        let facts = parallel.read(now).await;
        assert!(facts.failures().is_empty(), "{:?}", facts.failures());
        let (keys, projects) = (facts.key_count(), facts.projects().len());
        sim.clear_requests();
        let mut times = Vec::new();
        for _ in 0..runs {
            let started = Instant::now();
            parallel.read(now).await;
            times.push(started.elapsed());
        }
        let requests = sim.requests().len() / runs;
        let one_after_another = OrgReader::with_max_in_flight(client, admin, 1);
        let started = Instant::now();
        one_after_another.read(now).await;
        let baseline = started.elapsed();
        let ratio = |d: Duration| d.as_secs_f64() / latency.as_secs_f64();
        let whole = median(times);
        println!("simulator latency: {latency_ms} ms; {projects} projects, {keys} keys, {requests} requests a read");
        println!(
            "whole organization, lists at once:  median {:>6} ms = {:.2} x latency (target <= 3)",
            whole.as_millis(),
            ratio(whole)
        );
        println!(
            "whole organization, one list after another: {:>6} ms = {:.2} x latency (baseline)",
            baseline.as_millis(),
            ratio(baseline)
        );
    });
}

fn frame_bench(mut args: impl Iterator<Item = String>) -> Result<(), Box<dyn std::error::Error>> {
    let frames: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(300);
    let runtime = tokio::runtime::Runtime::new()?;
    let sim = runtime.block_on(Simulator::start(SimulatorOptions::default()))?;
    let client = Client::new(ClientConfig::new(sim.base_url())?)?;
    let now = jiff::Timestamp::now().as_second();
    let admin = sim.key(Scenario::AdminLargeOrganization);
    let facts = runtime.block_on(key_doctor::org::read_organization(&client, &admin, now));
    if facts.key_count() != 1000 {
        return Err(format!("expected 1,000 keys, read {}", facts.key_count()).into());
    }
    let config = tempfile::tempdir()?;
    let mut services = Services::isolated(
        runtime.handle().clone(),
        client,
        Connection::Demo {
            base_url: sim.base_url().to_owned(),
        },
        config.path(),
    );
    services.desktop_prefers_dark = Arc::new(|| Some(false));
    let mut harness = Harness::builder()
        .with_size([1920.0, 1080.0])
        .with_max_steps(64)
        .build_eframe(|cc| {
            let mut app = App::new(&cc.egui_ctx, services);
            app.show_organization_facts(facts);
            app.open_view(View::Organization);
            app
        });
    harness.run_ok();
    let rows = harness.state().organization().table.rows.len();
    if rows != 1000 {
        return Err(format!("expected 1,000 rows in the table, got {rows}").into());
    }
    // Over the table, so its hover handling runs every frame.
    harness.hover_at(egui::pos2(900.0, 700.0));
    harness.step();
    let (cpu_ms, vertices) = frame_timing::measure_frames(&mut harness, frames);
    let (median, p90) = frame_timing::median_and_p90(&cpu_ms);
    println!(
        "organization view frame, {rows} keys in the table ({vertices} vertices), {frames} frames:"
    );
    println!(
        "  CPU per frame (ui + tessellation): median {median:.2} ms, p90 {p90:.2} ms   (target <= 4 ms)"
    );
    Ok(())
}
