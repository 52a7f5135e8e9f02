//! A loopback OpenAI simulator: answers like api.openai.com for the requests Key Doctor makes,
//! with keys for every scenario, a year of usage, injected latency and faults, and a log of what
//! it was asked. `key-doctor --demo` and the tests run against it; it shares no types with the
//! client, so a serialization mistake on one side cannot hide behind the same mistake on the other.

mod api;
mod faults;
mod organization;
mod providers;
mod scenarios;
mod server;
mod usage_data;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use secrecy::SecretString;

pub use api::SimRequest;
pub use faults::{Fault, FaultRule, LoggedRequest};
pub use providers::ProviderScenario;
pub use scenarios::{Access, ORG_ID, Scenario, SimKeyKind};
pub use usage_data::{HISTORY_DAYS, PROJECTS, SECONDS_PER_DAY, Tokens, UsageData};

/// What the simulator shares between its connections.
pub(crate) struct SimState {
    pub data: UsageData,
    pub latency: Mutex<Duration>,
    pub faults: Mutex<Vec<FaultRule>>,
    pub log: Mutex<Vec<LoggedRequest>>,
    /// Keys whose permissions change after some requests, as when their owner fixes them.
    pub changes: Mutex<Vec<AccessChange>>,
}

/// After `after` more requests made with `scenario`'s key, it is answered as `becomes`'s key
/// would be: the person changed the key's permissions (or added credit) at OpenAI.
#[derive(Debug, Clone, Copy)]
pub struct AccessChange {
    pub scenario: Scenario,
    pub after: u32,
    pub becomes: Scenario,
}

/// A poisoned lock only means another connection panicked; the data is still usable.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Debug, Clone, Default)]
pub struct SimulatorOptions {
    /// 0 picks a free port.
    pub port: u16,
    /// Added to every answer.
    pub latency: Duration,
    /// The last day with usage (days since 1970-01-01, UTC); today when `None`. Pinning it
    /// makes every figure the same on every run, for snapshots.
    pub today: Option<i64>,
}

/// A running simulator; it stops when dropped.
pub struct Simulator {
    base_url: String,
    state: Arc<SimState>,
    accept_loop: tokio::task::JoinHandle<()>,
}

impl Simulator {
    /// Binds 127.0.0.1 and starts answering. Must be called inside a tokio runtime.
    pub async fn start(options: SimulatorOptions) -> std::io::Result<Simulator> {
        let today = options.today.unwrap_or_else(|| {
            jiff::Timestamp::now()
                .as_second()
                .div_euclid(SECONDS_PER_DAY)
        });
        let state = Arc::new(SimState {
            data: UsageData::new(today),
            latency: Mutex::new(options.latency),
            faults: Mutex::new(Vec::new()),
            log: Mutex::new(Vec::new()),
            changes: Mutex::new(Vec::new()),
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", options.port)).await?;
        let address = listener.local_addr()?;
        let accept_loop = tokio::spawn(server::accept_loop(listener, state.clone()));
        Ok(Simulator {
            base_url: format!("http://{address}/v1"),
            state,
            accept_loop,
        })
    }

    /// `http://127.0.0.1:PORT/v1`
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The key of a scenario (valid only against this simulator).
    pub fn key(&self, scenario: Scenario) -> SecretString {
        SecretString::from(scenario.secret())
    }

    /// The base URL Key Doctor would use for a provider against this simulator:
    /// `http://127.0.0.1:PORT/<slug>` + the provider's own base path (`/openrouter/api/v1`,
    /// `/azure/demo-resource` as Azure's endpoint). `provider` is a `ProviderScenario::provider`
    /// slug; any other gets `/<provider>`, where nothing answers.
    pub fn provider_base_url(&self, provider: &str) -> String {
        let root = self.base_url.strip_suffix("/v1").unwrap_or(&self.base_url);
        providers::base_url(root, provider)
    }

    /// The key of another provider's scenario (valid only against this simulator).
    pub fn provider_key(&self, scenario: ProviderScenario) -> SecretString {
        SecretString::from(scenario.secret())
    }

    pub fn set_latency(&self, latency: Duration) {
        *lock(&self.state.latency) = latency;
    }

    pub fn inject(&self, rule: FaultRule) {
        lock(&self.state.faults).push(rule);
    }

    pub fn clear_faults(&self) {
        lock(&self.state.faults).clear();
    }

    /// After `requests` more requests with `scenario`'s key, answer as `becomes`'s key would be.
    pub fn change_after(&self, scenario: Scenario, requests: u32, becomes: Scenario) {
        lock(&self.state.changes).push(AccessChange {
            scenario,
            after: requests,
            becomes,
        });
    }

    /// Every request answered so far, oldest first.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        lock(&self.state.log).clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.state.log).clear();
    }

    /// The generator behind usage and costs, for computing expected totals.
    pub fn usage_data(&self) -> &UsageData {
        &self.state.data
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}
