//! Faults the simulator can inject, per request (by path) or per key (by scenario), and the log
//! of every request it answered.

use serde::{Deserialize, Serialize};

/// One way of answering badly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    /// Wait this long before answering normally.
    Delay { ms: u64 },
    /// Answer with this 5xx status and OpenAI's `server_error` envelope.
    ServerError {
        status: u16,
        #[serde(default)]
        retry_after_ms: Option<u64>,
    },
    /// Drop the connection with a TCP reset instead of answering.
    Reset,
    /// A proxy's HTML page instead of JSON.
    Html { status: u16 },
    /// Valid headers, then JSON that stops in the middle.
    TruncatedJson,
    /// The normal answer, a few bytes at a time with this pause between them.
    SlowBody { chunk_delay_ms: u64 },
    /// A JSON body of this many bytes.
    HugeBody { bytes: usize },
    /// The error envelope's other form: `{"error":"text"}`.
    PlainStringError { status: u16 },
    /// A gateway that repeats the key it was sent in its error message and headers.
    EchoKey { status: u16 },
    /// A broken proxy: a success status with a body that is not JSON (or is cut at its start).
    NotJsonSuccess { body: String },
    /// A redirect to another address, with an empty body.
    Redirect { status: u16, location: String },
}

/// When a fault applies. Empty fields match everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaultRule {
    /// Matches paths that start with this, below `/v1` (for example `/models`).
    #[serde(default)]
    pub path_prefix: Option<String>,
    /// Matches requests made with this scenario's key (see `Scenario::id`).
    #[serde(default)]
    pub scenario: Option<String>,
    pub fault: Fault,
    /// How many matching requests get the fault; `None` means all of them.
    #[serde(default)]
    pub times: Option<u32>,
}

impl FaultRule {
    pub fn new(fault: Fault) -> Self {
        FaultRule {
            path_prefix: None,
            scenario: None,
            fault,
            times: None,
        }
    }

    pub fn on_path(mut self, prefix: &str) -> Self {
        self.path_prefix = Some(prefix.to_owned());
        self
    }

    pub fn for_scenario(mut self, scenario: super::Scenario) -> Self {
        self.scenario = Some(scenario.id().to_owned());
        self
    }

    pub fn times(mut self, times: u32) -> Self {
        self.times = Some(times);
        self
    }

    pub(crate) fn matches(&self, path: &str, scenario: Option<&str>) -> bool {
        self.path_prefix
            .as_deref()
            .is_none_or(|prefix| path.starts_with(prefix))
            && self
                .scenario
                .as_deref()
                .is_none_or(|wanted| scenario == Some(wanted))
            && self.times != Some(0)
    }
}

/// What the simulator was asked and what it answered. Keys appear by scenario, never in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedRequest {
    pub method: String,
    /// Below `/v1`, for example `/models`.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// The scenario of the key used, `unknown` for a key the simulator does not know, `None`
    /// when no key was sent.
    pub scenario: Option<String>,
    pub organization_header: Option<String>,
    pub project_header: Option<String>,
    pub status: u16,
    /// True when answering would have produced tokens (and so cost money) at OpenAI.
    pub generated_tokens: bool,
    pub fault: Option<String>,
}
