//! Deterministic usage and cost data for the demo organization: several projects, keys and
//! models over more than a year. The numbers depend only on the day, so the same request always
//! gets the same answer, and tests can compute what the totals must be without going through HTTP.

use serde_json::{Value, json};

use super::scenarios::{Scenario, USER_ID, admin_api_redaction, fnv};

pub const SECONDS_PER_DAY: i64 = 86_400;
/// How many days before today the data starts.
pub const HISTORY_DAYS: i64 = 400;

pub struct SimProject {
    pub id: &'static str,
    pub name: &'static str,
    pub created_at: i64,
    pub archived: bool,
}

pub const PROJECTS: [SimProject; 5] = [
    SimProject {
        id: "proj_demoWebsite",
        name: "Website chatbot",
        created_at: 1_690_000_000,
        archived: false,
    },
    SimProject {
        id: "proj_demoResearch",
        name: "Research notebooks",
        created_at: 1_695_000_000,
        archived: false,
    },
    SimProject {
        id: "proj_demoSupport",
        name: "Support inbox",
        created_at: 1_700_000_000,
        archived: false,
    },
    SimProject {
        id: "proj_demoPrototype",
        name: "Old prototype",
        created_at: 1_680_000_000,
        archived: true,
    },
    SimProject {
        id: "proj_demoShop",
        name: "Online shop",
        created_at: 1_710_000_000,
        archived: false,
    },
];

/// A project API key as the Admin API lists it.
#[derive(Clone)]
pub struct SimApiKey {
    pub id: String,
    pub name: String,
    pub project: usize,
    pub redacted_value: String,
    pub created_at: i64,
}

/// One steady source of traffic: a key calling a model.
struct Stream {
    project: usize,
    api_key: String,
    model: &'static str,
    daily_requests: f64,
    input_per_request: f64,
    output_per_request: f64,
    cached_share: f64,
}

/// Prices the simulator bills with, USD per million tokens (input, cached input, output).
/// The app keeps its own table; the two are written apart on purpose.
fn price(model: &str) -> (f64, f64, f64) {
    match model {
        "gpt-5" => (1.25, 0.125, 10.0),
        "gpt-5-mini" => (0.25, 0.025, 2.0),
        "gpt-4.1" => (2.0, 0.5, 8.0),
        "gpt-4o-mini" => (0.15, 0.075, 0.6),
        "o4-mini" => (1.10, 0.275, 4.40),
        _ => (1.0, 0.5, 4.0),
    }
}

/// Token counts of one stream (or a sum of streams) over some time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tokens {
    pub input: u64,
    pub output: u64,
    pub cached: u64,
    pub requests: u64,
}

impl Tokens {
    fn add(&mut self, other: Tokens) {
        self.input += other.input;
        self.output += other.output;
        self.cached += other.cached;
        self.requests += other.requests;
    }

    /// The `part`-th of `parts` equal shares, remainders going to the first shares, so the parts
    /// always add up to the whole.
    fn share(self, part: i64, parts: i64) -> Tokens {
        let split = |v: u64| {
            let (parts, part) = (parts as u64, part as u64);
            v / parts + u64::from(part < v % parts)
        };
        Tokens {
            input: split(self.input),
            output: split(self.output),
            cached: split(self.cached),
            requests: split(self.requests),
        }
    }
}

pub struct UsageData {
    pub api_keys: Vec<SimApiKey>,
    streams: Vec<Stream>,
    /// First day (days since the epoch) with data.
    pub first_day: i64,
    /// Last day with data: today, in UTC, when the simulator started.
    pub last_day: i64,
}

/// Whose key a stream of traffic uses.
#[derive(Clone, Copy)]
enum Spender {
    /// The key of a scenario, as stored in Key Doctor.
    Scenario(Scenario),
    /// One of `UNSTORED_KEYS`, by id.
    Unstored(&'static str),
}

impl Spender {
    fn key_id(self) -> String {
        match self {
            Spender::Scenario(scenario) => scenario.key_id(),
            Spender::Unstored(id) => id.to_owned(),
        }
    }
}

/// Keys nobody stored in Key Doctor still spend money: id, name, project.
const UNSTORED_KEYS: [(&str, &str, usize); 3] = [
    ("key_ciPipeline", "CI pipeline", 0),
    ("key_nightlyJobs", "Nightly batch jobs", 1),
    ("key_prototype", "Prototype (retired)", 3),
];

/// The organization's traffic: project, key, model, requests a day, input and output tokens a
/// request, and the share of input that is cached.
#[rustfmt::skip]
const STREAMS: [(usize, Spender, &str, f64, f64, f64, f64); 12] = [
    (0, Spender::Scenario(Scenario::FullAccess), "gpt-5-mini", 900.0, 1200.0, 350.0, 0.4),
    (0, Spender::Scenario(Scenario::FullAccess), "gpt-5", 120.0, 2500.0, 900.0, 0.3),
    (0, Spender::Unstored("key_ciPipeline"), "gpt-4o-mini", 400.0, 800.0, 120.0, 0.1),
    (0, Spender::Unstored("key_ciPipeline"), "gpt-5-mini", 150.0, 1500.0, 300.0, 0.2),
    (1, Spender::Scenario(Scenario::ServiceAccount), "o4-mini", 60.0, 4000.0, 2500.0, 0.2),
    (1, Spender::Scenario(Scenario::ServiceAccount), "gpt-4.1", 80.0, 6000.0, 800.0, 0.5),
    (1, Spender::Scenario(Scenario::ReadOnly), "gpt-5", 20.0, 3000.0, 1200.0, 0.1),
    (1, Spender::Unstored("key_nightlyJobs"), "gpt-4.1", 300.0, 3000.0, 400.0, 0.6),
    (2, Spender::Scenario(Scenario::ProjectWithoutModel), "gpt-5-mini", 1500.0, 900.0, 250.0, 0.5),
    (2, Spender::Scenario(Scenario::ProjectWithoutModel), "gpt-4o-mini", 700.0, 600.0, 150.0, 0.3),
    (3, Spender::Unstored("key_prototype"), "gpt-4.1", 50.0, 2000.0, 500.0, 0.0),
    (4, Spender::Scenario(Scenario::ModelDenied), "gpt-4o-mini", 300.0, 700.0, 150.0, 0.2),
];

/// The project keys the Admin API lists: every scenario key of a project, then the unstored ones.
fn api_keys() -> Vec<SimApiKey> {
    let scenario_keys = Scenario::ALL.iter().filter_map(|scenario| {
        let project = scenario.project_index()?;
        Some(SimApiKey {
            id: scenario.key_id(),
            name: scenario.description().to_owned(),
            project,
            redacted_value: admin_api_redaction(&scenario.secret()),
            created_at: PROJECTS[project].created_at + 86_400,
        })
    });
    let unstored_keys = UNSTORED_KEYS.iter().map(|&(id, name, project)| SimApiKey {
        id: id.to_owned(),
        name: name.to_owned(),
        project,
        redacted_value: format!("sk-proj-...{}", &id[id.len() - 4..]),
        created_at: PROJECTS[project].created_at + 3600,
    });
    scenario_keys.chain(unstored_keys).collect()
}

impl UsageData {
    pub fn new(today: i64) -> Self {
        let streams = STREAMS
            .iter()
            .map(
                |&(project, spender, model, daily_requests, input, output, cached)| Stream {
                    project,
                    api_key: spender.key_id(),
                    model,
                    daily_requests,
                    input_per_request: input,
                    output_per_request: output,
                    cached_share: cached,
                },
            )
            .collect();
        UsageData {
            api_keys: api_keys(),
            streams,
            first_day: today - HISTORY_DAYS,
            last_day: today,
        }
    }

    /// Tokens of one stream on one day: a weekly rhythm, slow growth and some noise. The
    /// prototype project stopped when it was archived, 120 days ago.
    fn stream_day(&self, index: usize, day: i64) -> Tokens {
        if day < self.first_day || day > self.last_day {
            return Tokens::default();
        }
        let stream = &self.streams[index];
        if stream.project == 3 && day > self.last_day - 120 {
            return Tokens::default();
        }
        let noise = |salt: &str| {
            let hash = fnv(&format!("{index}/{day}/{salt}"));
            0.75 + (hash % 1000) as f64 / 2000.0
        };
        let weekday = (day + 4).rem_euclid(7); // 1970-01-01 was a Thursday; 0 = Sunday
        let rhythm = if weekday == 0 || weekday == 6 {
            0.45
        } else {
            1.0
        };
        let growth = 0.6 + 0.8 * (day - self.first_day) as f64 / HISTORY_DAYS as f64;
        let requests = (stream.daily_requests * rhythm * growth * noise("r")).round();
        let input = (requests * stream.input_per_request * noise("i")).round();
        let cached = (input * stream.cached_share * noise("c").min(1.0)).round();
        let output = (requests * stream.output_per_request * noise("o")).round();
        Tokens {
            input: input as u64,
            output: output as u64,
            cached: cached as u64,
            requests: requests as u64,
        }
    }

    /// Tokens of a stream in `[start, end)`, where the window lies inside one day and is whole
    /// hours or minutes.
    fn stream_window(&self, index: usize, start: i64, end: i64) -> Tokens {
        let day = start.div_euclid(SECONDS_PER_DAY);
        let day_tokens = self.stream_day(index, day);
        let width = end - start;
        if width >= SECONDS_PER_DAY {
            return day_tokens;
        }
        let into_day = start - day * SECONDS_PER_DAY;
        let hour = into_day / 3600;
        let hour_tokens = day_tokens.share(hour, 24);
        if width >= 3600 {
            return hour_tokens;
        }
        hour_tokens.share((into_day % 3600) / 60, 60)
    }

    /// The usage results of one bucket, grouped by the given fields and filtered.
    pub fn usage_results(&self, start: i64, end: i64, query: &UsageFilter) -> Vec<Value> {
        let mut groups: Vec<(GroupKey, Tokens)> = Vec::new();
        for (index, stream) in self.streams.iter().enumerate() {
            if !query.accepts(PROJECTS[stream.project].id, &stream.api_key, stream.model) {
                continue;
            }
            let tokens = self.stream_window(index, start, end);
            if tokens == Tokens::default() {
                continue;
            }
            let group_key = group_key(&USAGE_GROUP_FIELDS, &query.group_by, |field| match field {
                "project_id" => PROJECTS[stream.project].id.to_owned(),
                "user_id" => USER_ID.to_owned(),
                "api_key_id" => stream.api_key.clone(),
                "model" => stream.model.to_owned(),
                "batch" => "false".to_owned(),
                _ => "default".to_owned(),
            });
            add_to_group(&mut groups, group_key, tokens, Tokens::add);
        }
        groups.sort_by(|a, b| a.0.cmp(&b.0));
        groups
            .into_iter()
            .map(|(key, tokens)| {
                let field = |i: usize| key[i].clone().map_or(Value::Null, Value::String);
                json!({
                    "object": "organization.usage.completions.result",
                    "input_tokens": tokens.input,
                    "output_tokens": tokens.output,
                    "input_cached_tokens": tokens.cached,
                    "input_uncached_tokens": tokens.input - tokens.cached,
                    "input_audio_tokens": 0,
                    "output_audio_tokens": 0,
                    "num_model_requests": tokens.requests,
                    "project_id": field(0),
                    "user_id": field(1),
                    "api_key_id": field(2),
                    "model": field(3),
                    "batch": key[4].as_ref().map_or(Value::Null, |_| Value::Bool(false)),
                    "service_tier": field(5),
                })
            })
            .collect()
    }

    /// The cost results of one day, grouped by the given fields and filtered.
    pub fn cost_results(&self, day: i64, query: &UsageFilter) -> Vec<Value> {
        let mut groups: Vec<(GroupKey, (f64, f64))> = Vec::new();
        for (index, stream) in self.streams.iter().enumerate() {
            if !query.accepts(PROJECTS[stream.project].id, &stream.api_key, "") {
                continue;
            }
            let tokens = self.stream_day(index, day);
            if tokens == Tokens::default() {
                continue;
            }
            for (line_item, amount, quantity) in line_items(stream.model, tokens) {
                let group_key =
                    group_key(&COST_GROUP_FIELDS, &query.group_by, |field| match field {
                        "project_id" => PROJECTS[stream.project].id.to_owned(),
                        "line_item" => line_item.clone(),
                        _ => stream.api_key.clone(),
                    });
                add_to_group(&mut groups, group_key, (amount, quantity), |sum, more| {
                    sum.0 += more.0;
                    sum.1 += more.1;
                });
            }
        }
        groups.sort_by(|a, b| a.0.cmp(&b.0));
        groups
            .into_iter()
            .map(|(key, (amount, quantity))| {
                let field = |i: usize| key[i].clone().map_or(Value::Null, Value::String);
                json!({
                    "object": "organization.costs.result",
                    "amount": {"value": amount, "currency": "usd"},
                    "line_item": field(1),
                    "project_id": field(0),
                    "api_key_id": field(2),
                    "quantity": quantity,
                    "quantity_unit": "tokens",
                })
            })
            .collect()
    }

    /// The whole organization's tokens over days `[first, last]`, computed straight from the
    /// generator, for tests to compare with what the client summed.
    pub fn expected_tokens(&self, first_day: i64, last_day: i64) -> Tokens {
        let mut total = Tokens::default();
        for day in first_day..=last_day {
            for index in 0..self.streams.len() {
                total.add(self.stream_day(index, day));
            }
        }
        total
    }

    /// The organization's cost in USD over days `[first, last]`, straight from the generator.
    pub fn expected_cost(&self, first_day: i64, last_day: i64) -> f64 {
        self.cost_of(first_day, last_day, None)
    }

    /// The cost of one project (or of all, `None`) over days `[first, last]`.
    pub fn cost_of(&self, first_day: i64, last_day: i64, project: Option<usize>) -> f64 {
        let mut total = 0.0;
        for day in first_day..=last_day {
            for (index, stream) in self.streams.iter().enumerate() {
                if project.is_some_and(|p| p != stream.project) {
                    continue;
                }
                let tokens = self.stream_day(index, day);
                total += line_items(stream.model, tokens)
                    .iter()
                    .map(|(_, amount, _)| amount)
                    .sum::<f64>();
            }
        }
        total
    }
}

/// The fields usage results can be grouped by, in the order of a result's group key.
pub(super) const USAGE_GROUP_FIELDS: [&str; 6] = [
    "project_id",
    "user_id",
    "api_key_id",
    "model",
    "batch",
    "service_tier",
];
/// The fields cost results can be grouped by, in the order of a result's group key.
pub(super) const COST_GROUP_FIELDS: [&str; 3] = ["project_id", "line_item", "api_key_id"];

/// A result's group: for each field the endpoint can group by, the value when the request
/// groups by that field.
type GroupKey = Vec<Option<String>>;

fn group_key(fields: &[&str], group_by: &[String], value_of: impl Fn(&str) -> String) -> GroupKey {
    fields
        .iter()
        .map(|field| group_by.iter().any(|g| g == field).then(|| value_of(field)))
        .collect()
}

/// Adds a stream's share to its group, starting the group when it is the first.
fn add_to_group<T>(
    groups: &mut Vec<(GroupKey, T)>,
    key: GroupKey,
    value: T,
    add: impl Fn(&mut T, T),
) {
    match groups.iter_mut().find(|(k, _)| *k == key) {
        Some((_, sum)) => add(sum, value),
        None => groups.push((key, value)),
    }
}

/// Line items the way OpenAI names them: "gpt-5-mini, input".
fn line_items(model: &str, tokens: Tokens) -> Vec<(String, f64, f64)> {
    if tokens == Tokens::default() {
        return Vec::new();
    }
    let (input, cached, output) = price(model);
    let uncached = (tokens.input - tokens.cached) as f64;
    vec![
        (format!("{model}, input"), uncached * input / 1e6, uncached),
        (
            format!("{model}, cached input"),
            tokens.cached as f64 * cached / 1e6,
            tokens.cached as f64,
        ),
        (
            format!("{model}, output"),
            tokens.output as f64 * output / 1e6,
            tokens.output as f64,
        ),
    ]
}

/// `group_by` and the filters of a usage or costs request.
#[derive(Debug, Default)]
pub struct UsageFilter {
    pub group_by: Vec<String>,
    pub project_ids: Vec<String>,
    pub api_key_ids: Vec<String>,
    pub models: Vec<String>,
}

impl UsageFilter {
    fn accepts(&self, project: &str, api_key: &str, model: &str) -> bool {
        let passes = |filter: &[String], value: &str| {
            filter.is_empty() || value.is_empty() || filter.iter().any(|f| f == value)
        };
        passes(&self.project_ids, project)
            && passes(&self.api_key_ids, api_key)
            && passes(&self.models, model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_add_up_to_their_day() {
        let data = UsageData::new(20_000);
        let day = 19_990;
        let whole = data.stream_window(0, day * SECONDS_PER_DAY, (day + 1) * SECONDS_PER_DAY);
        let mut hours = Tokens::default();
        for hour in 0..24 {
            let start = day * SECONDS_PER_DAY + hour * 3600;
            hours.add(data.stream_window(0, start, start + 3600));
        }
        assert_eq!(hours, whole);
        assert!(whole.requests > 0);
    }

    #[test]
    fn no_data_outside_the_history() {
        let data = UsageData::new(20_000);
        assert_eq!(data.expected_tokens(20_001, 20_010), Tokens::default());
        assert_eq!(data.expected_tokens(19_000, 19_500), Tokens::default());
        assert!(data.expected_cost(19_700, 19_730) > 0.0);
    }
}
