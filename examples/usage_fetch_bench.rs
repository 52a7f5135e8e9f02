//! Benchmark: a year of usage grouped by model, plus costs (by project and line item, and by
//! key), plus project and key names, against the simulator with injected latency. Prints the
//! median wall time of the parallel fetch beside the page-after-page baseline (the same
//! requests one at a time), both measured in this run. Run by scripts/bench.sh:
//!
//!     cargo run --release --example usage_fetch_bench -- [latency_ms] [runs]

use std::time::{Duration, Instant};

use key_doctor::openai::{Client, ClientConfig};
use key_doctor::simulator::{Scenario, Simulator, SimulatorOptions};
use key_doctor::usage::{DateRange, FetchOptions, UsageCache, fetch_dataset};

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let latency_ms: u64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(200);
    let runs: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(5);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let sim = Simulator::start(SimulatorOptions {
            latency: Duration::from_millis(latency_ms),
            ..SimulatorOptions::default()
        })
        .await?;
        let client = Client::new(ClientConfig::new(sim.base_url())?)?;
        let key = sim.key(Scenario::AdminFull);
        let today = sim.usage_data().last_day;
        let range = DateRange::last_days(today, 365);
        let parallel = FetchOptions::dashboard(range, today);
        let sequential = FetchOptions {
            max_in_flight: 1,
            ..parallel.clone()
        };
        let mut parallel_ms = Vec::new();
        let mut sequential_ms = Vec::new();
        let mut requests = 0;
        for _ in 0..runs {
            for (options, times) in [
                (&parallel, &mut parallel_ms),
                (&sequential, &mut sequential_ms),
            ] {
                // A fresh cache each time: every window is really fetched.
                let started = Instant::now();
                let dataset =
                    fetch_dataset(&client, &key, options, &UsageCache::default(), &|_| {}).await;
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                if !dataset.failures.is_empty() {
                    return Err(format!("the fetch failed: {:?}", dataset.failures).into());
                }
                requests = dataset.requests_made;
            }
        }
        let latency = latency_ms as f64;
        let parallel = median(parallel_ms);
        let sequential = median(sequential_ms);
        println!(
            "usage fetch, 365 days by model + costs + names ({requests} requests, latency {latency_ms} ms, {runs} runs):"
        );
        println!(
            "  parallel windows:        median {parallel:.0} ms = {:.2} x latency   (target <= 3 x latency)",
            parallel / latency
        );
        println!(
            "  page after page:         median {sequential:.0} ms = {:.2} x latency   (baseline, same run)",
            sequential / latency
        );
        Ok(())
    })
}
