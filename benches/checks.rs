//! Check benchmarks against the simulator with injected latency (DESIGN.md, Performance):
//! one key with all probes at once against the same probes one after another, and "Check all"
//! on 20 keys against keys one after another; then one valid key of each other provider, its
//! probes at once against the same probes one after another. Prints medians and ratios to the
//! latency.

use std::time::{Duration, Instant};

use key_doctor::checks::{Checker, DEFAULT_MAX_IN_FLIGHT, DEFAULT_PROBE_TIMEOUT, KeyUnderCheck};
use key_doctor::openai::{Client, ClientConfig};
use key_doctor::providers::{ProviderBases, ProviderId};
use key_doctor::simulator::{ProviderScenario, Scenario, Simulator, SimulatorOptions};

const RUNS: usize = 7;
/// Runs per provider: eight providers, so fewer than for OpenAI to keep the run short.
const PROVIDER_RUNS: usize = 5;

/// One key that works for each provider other than OpenAI.
const PROVIDER_SCENARIOS: [ProviderScenario; 8] = [
    ProviderScenario::AnthropicValid,
    ProviderScenario::GeminiValid,
    ProviderScenario::OpenRouterValid,
    ProviderScenario::GroqPaid,
    ProviderScenario::MistralValid,
    ProviderScenario::AzureValid,
    ProviderScenario::XaiValid,
    ProviderScenario::DeepSeekValid,
];

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn ratio(value: Duration, latency: Duration) -> f64 {
    value.as_secs_f64() / latency.as_secs_f64()
}

fn main() {
    let latency = Duration::from_millis(
        std::env::var("BENCH_LATENCY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(200),
    );
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let sim = Simulator::start(SimulatorOptions { latency, ..SimulatorOptions::default() }).await.expect("simulator");
        let client = Client::new(ClientConfig::new(sim.base_url()).expect("url")).expect("client");
        let parallel = Checker::new(client.clone());
        let sequential = Checker::with_limits(client, 1, DEFAULT_PROBE_TIMEOUT);
        let key = KeyUnderCheck::new(sim.key(Scenario::FullAccess), "bench");

        // Warm the connection pool so both sides start equal.
        parallel.check(&key).await;
        let mut one_parallel = Vec::new();
        let mut one_sequential = Vec::new();
        let mut probes = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let report = parallel.check(&key).await;
            one_parallel.push(started.elapsed());
            probes = report.permissions.len() + 2;
        }
        for _ in 0..3 {
            let started = Instant::now();
            sequential.check(&key).await;
            one_sequential.push(started.elapsed());
        }
        let p = median(one_parallel);
        let s = median(one_sequential);
        println!("simulator latency: {} ms", latency.as_millis());
        println!(
            "one key, {probes} probes at once:        median {:>6} ms = {:.2} x latency (target <= 1.5)",
            p.as_millis(),
            ratio(p, latency)
        );
        println!(
            "one key, probes one after another:  median {:>6} ms = {:.2} x latency (baseline)",
            s.as_millis(),
            ratio(s, latency)
        );

        // Twenty keys: every scenario but the rate-limited one, whose retries wait on purpose,
        // and one more to make the round number the target names.
        let scenarios: Vec<Scenario> = Scenario::ALL
            .into_iter()
            .filter(|s| !matches!(s, Scenario::RateLimited | Scenario::AccessTerminated))
            .take(20)
            .collect();
        let keys: Vec<KeyUnderCheck> = scenarios.iter().map(|s| KeyUnderCheck::new(sim.key(*s), s.id())).collect();
        let mut all = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            parallel.check_all(&keys, |_, _| {}).await;
            all.push(started.elapsed());
        }
        let started = Instant::now();
        for key in &keys {
            parallel.check(key).await;
        }
        let one_by_one = started.elapsed();
        let a = median(all);
        println!(
            "check all, {} keys (cap {DEFAULT_MAX_IN_FLIGHT} in flight): median {:>6} ms = {:.2} x latency (target <= 4)",
            keys.len(),
            a.as_millis(),
            ratio(a, latency)
        );
        println!(
            "check all, keys one after another:  {:>13} ms = {:.2} x latency (baseline)",
            one_by_one.as_millis(),
            ratio(one_by_one, latency)
        );
        let generated = sim.requests().iter().filter(|r| r.generated_tokens).count();
        println!("requests that generated tokens: {generated} of {}", sim.requests().len());

        // Every other provider at the simulator (Azure too: its endpoint is the simulator's).
        let bases = ProviderId::ALL
            .into_iter()
            .filter(|p| *p != ProviderId::OpenAi)
            .fold(ProviderBases::default(), |bases, p| {
                bases.with(p, &sim.provider_base_url(p.as_str()), "bench").expect("simulator base URL")
            });
        let parallel = parallel.with_provider_bases(bases.clone());
        let sequential = sequential.with_provider_bases(bases);
        println!("other providers, one valid key each ({PROVIDER_RUNS} runs):");
        let mut provider_tokens = 0;
        for scenario in PROVIDER_SCENARIOS {
            let provider = ProviderId::from_word(scenario.provider());
            let key = KeyUnderCheck::new(sim.provider_key(scenario), scenario.id()).for_provider(provider);
            // Warm both checkers' clients for this address, then count one check's requests.
            sequential.check(&key).await;
            parallel.check(&key).await;
            sim.clear_requests();
            let report = parallel.check(&key).await;
            let requests = sim.requests();
            provider_tokens += requests.iter().filter(|r| r.generated_tokens).count();
            let mut at_once = Vec::new();
            let mut one_by_one = Vec::new();
            for _ in 0..PROVIDER_RUNS {
                let started = Instant::now();
                parallel.check(&key).await;
                at_once.push(started.elapsed());
                let started = Instant::now();
                sequential.check(&key).await;
                one_by_one.push(started.elapsed());
            }
            let p = median(at_once);
            let s = median(one_by_one);
            println!(
                "  {:<13} {} request(s), verdict {:<8} at once: median {:>5} ms = {:.2} x latency (target <= 1.5); \
                 one after another: median {:>5} ms = {:.2} x latency (baseline)",
                report.provider.name(),
                requests.len(),
                report.verdict.code.as_str(),
                p.as_millis(),
                ratio(p, latency),
                s.as_millis(),
                ratio(s, latency)
            );
        }
        println!("other providers' requests that generated tokens: {provider_tokens}");
    });
}
