//! The fetch planner and fetcher. A range is split into windows that respect each endpoint's
//! bucket limit (usage with daily buckets: 31 a page; costs: 180), the windows are fetched in
//! parallel with a cap on requests in flight, each window follows its own `next_page` chain,
//! and the names of projects and keys load beside them. Finished past days are kept in memory,
//! so switching ranges or pressing Refresh asks only for what is not known yet.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use futures_util::future::join_all;
use secrecy::SecretString;
use tokio::sync::Semaphore;

use crate::openai::{
    ApiError, BucketWidth, Client, CostBucket, CostsQuery, UsageBucket, UsageKind, UsageQuery,
    walk_pages,
};

use super::dataset::{CostRow, Dataset, FetchFailure, KeyCostRow, KeyInfo, Names, Part, UsageRow};
use super::range::{DateRange, day_of_timestamp};

/// What to load.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    pub range: DateRange,
    /// Today in UTC (day number): today and yesterday are never cached, since OpenAI's figures
    /// for them are still arriving.
    pub today: i64,
    /// Requests in flight at once, over all windows and name lists.
    pub max_in_flight: usize,
    /// Also load project and key names.
    pub names: bool,
    /// Also ask the Costs API for dollars per key (newer API; may be refused).
    pub key_costs: bool,
    /// Buckets asked per page; `None` asks for the whole window in one page. Smaller pages
    /// only exist to test that every window follows its own `next_page` chain.
    pub page_size: Option<u32>,
}

impl FetchOptions {
    /// A dashboard's worth: usage, costs, costs per key and names.
    pub fn dashboard(range: DateRange, today: i64) -> Self {
        FetchOptions {
            range,
            today,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            names: true,
            key_costs: true,
            page_size: None,
        }
    }
}

/// Enough for a year in one round of windows plus the name lists (12 usage windows, 3 + 3 cost
/// windows), without flooding the organization's rate limit.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 12;

/// The longest window of one costs request (the endpoint's largest `limit`).
pub const COSTS_WINDOW_DAYS: usize = CostsQuery::MAX_LIMIT as usize;

/// How far along a fetch is, in requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    /// Grows while loading: the number of key lists is known once the projects are.
    pub total: usize,
}

/// The three kinds of daily data, each cached separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Stream {
    Usage,
    Costs,
    KeyCosts,
}

impl Stream {
    fn window_days(self) -> usize {
        match self {
            Stream::Usage => BucketWidth::Day.max_usage_limit() as usize,
            Stream::Costs | Stream::KeyCosts => COSTS_WINDOW_DAYS,
        }
    }
}

#[derive(Default)]
struct CacheInner {
    usage: HashMap<i64, Vec<UsageRow>>,
    costs: HashMap<i64, Vec<CostRow>>,
    key_costs: HashMap<i64, Vec<KeyCostRow>>,
    /// Names loaded without failures; kept until `forget_names` (Refresh).
    names: Option<Names>,
}

/// Finished days already loaded, shared by the fetches of one key on one server. Make a new
/// one when the key or the server changes.
#[derive(Clone, Default)]
pub struct UsageCache {
    inner: Arc<Mutex<CacheInner>>,
}

impl std::fmt::Debug for UsageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        write!(
            f,
            "UsageCache({} usage days, {} cost days)",
            inner.usage.len(),
            inner.costs.len()
        )
    }
}

impl UsageCache {
    fn lock(&self) -> MutexGuard<'_, CacheInner> {
        // A poisoned lock only means a fetch panicked mid-insert; whole days are inserted at
        // once, so what is there is still right.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn has(&self, stream: Stream, day: i64) -> bool {
        let inner = self.lock();
        match stream {
            Stream::Usage => inner.usage.contains_key(&day),
            Stream::Costs => inner.costs.contains_key(&day),
            Stream::KeyCosts => inner.key_costs.contains_key(&day),
        }
    }

    /// Names are asked again by the next fetch (projects or keys may have been added).
    pub fn forget_names(&self) {
        self.lock().names = None;
    }

    /// Number of days cached, per stream (usage, costs, key costs), for tests.
    pub fn cached_days(&self) -> (usize, usize, usize) {
        let inner = self.lock();
        (inner.usage.len(), inner.costs.len(), inner.key_costs.len())
    }
}

/// A day's data is final once the day after it is over too: OpenAI's figures for a day keep
/// arriving for some hours after midnight UTC.
fn is_final(day: i64, today: i64) -> bool {
    day < today - 1
}

/// The windows needed to load `range` for one stream: the runs of days not in the cache, each
/// cut into pieces no longer than the endpoint's page limit, so every window is one request
/// unless the server pages anyway.
fn plan_windows(range: DateRange, max_days: usize, cached: impl Fn(i64) -> bool) -> Vec<DateRange> {
    let mut windows = Vec::new();
    let mut run_start: Option<i64> = None;
    for day in range.first()..=range.last() + 1 {
        let missing = day <= range.last() && !cached(day);
        match (missing, run_start) {
            (true, None) => run_start = Some(day),
            (false, Some(start)) => {
                let mut first = start;
                while first < day {
                    let last = (first + max_days as i64 - 1).min(day - 1);
                    windows.push(DateRange::between_days(first, last));
                    first = last + 1;
                }
                run_start = None;
            }
            _ => {}
        }
    }
    windows
}

/// Shared bookkeeping of one fetch.
struct Tracker<'a> {
    done: AtomicUsize,
    total: AtomicUsize,
    requests: AtomicUsize,
    report: &'a (dyn Fn(Progress) + Send + Sync),
}

impl Tracker<'_> {
    fn add_to_total(&self, more: usize) {
        self.total.fetch_add(more, Ordering::SeqCst);
        self.send();
    }

    fn finished_one(&self) {
        self.done.fetch_add(1, Ordering::SeqCst);
        self.send();
    }

    fn send(&self) {
        (self.report)(Progress {
            done: self.done.load(Ordering::SeqCst),
            total: self.total.load(Ordering::SeqCst),
        });
    }
}

/// Loads the range: usage (grouped by model, project and key), costs (by project and line
/// item), costs per key when asked and answered, and names. Never fails as a whole: what did
/// not load is listed in `Dataset::failures` in the words of `Part`.
pub async fn fetch_dataset(
    client: &Client,
    key: &SecretString,
    options: &FetchOptions,
    cache: &UsageCache,
    report: &(dyn Fn(Progress) + Send + Sync),
) -> Dataset {
    let range = options.range;
    let usage_windows = plan_windows(range, Stream::Usage.window_days(), |d| {
        cache.has(Stream::Usage, d)
    });
    let cost_windows = plan_windows(range, Stream::Costs.window_days(), |d| {
        cache.has(Stream::Costs, d)
    });
    let key_cost_windows = if options.key_costs {
        plan_windows(range, Stream::KeyCosts.window_days(), |d| {
            cache.has(Stream::KeyCosts, d)
        })
    } else {
        Vec::new()
    };
    let tracker = Tracker {
        done: AtomicUsize::new(0),
        total: AtomicUsize::new(0),
        requests: AtomicUsize::new(0),
        report,
    };
    tracker.add_to_total(
        usage_windows.len()
            + cost_windows.len()
            + key_cost_windows.len()
            + usize::from(options.names),
    );
    let gate = Semaphore::new(options.max_in_flight.max(1));
    let today = options.today;
    let cached_names = cache.lock().names.clone();

    // The name chain goes first so its two round trips overlap the windows.
    let names = async {
        match (&cached_names, options.names) {
            (Some(names), true) => {
                tracker.finished_one();
                Some((names.clone(), Vec::new()))
            }
            (None, true) => Some(fetch_names(client, key, &gate, &tracker).await),
            (_, false) => None,
        }
    };
    let usage = join_all(usage_windows.iter().map(|window| async {
        let result =
            fetch_usage_window(client, key, *window, options.page_size, &gate, &tracker).await;
        tracker.finished_one();
        (*window, result)
    }));
    let costs = join_all(cost_windows.iter().map(|window| async {
        let result = fetch_cost_window(
            client,
            key,
            *window,
            &["project_id", "line_item"],
            options.page_size,
            &gate,
            &tracker,
        )
        .await;
        tracker.finished_one();
        (*window, result)
    }));
    let key_costs = join_all(key_cost_windows.iter().map(|window| async {
        let result = fetch_cost_window(
            client,
            key,
            *window,
            &["api_key_id"],
            options.page_size,
            &gate,
            &tracker,
        )
        .await;
        tracker.finished_one();
        (*window, result)
    }));
    let (names, usage, costs, key_costs) = tokio::join!(names, usage, costs, key_costs);

    let mut dataset = Dataset {
        range: Some(range),
        ..Dataset::default()
    };
    if let Some((names, failures)) = names {
        if failures.is_empty() && cached_names.is_none() {
            cache.lock().names = Some(names.clone());
        }
        dataset.names = names;
        dataset.failures.extend(failures);
    }

    // Fresh days first, then what the cache had; a failed window's days stay missing.
    let mut fresh_usage: HashMap<i64, Vec<UsageRow>> = HashMap::new();
    for (window, result) in usage {
        match result {
            Ok(buckets) => spread(window, usage_rows(&buckets), |r| r.day, &mut fresh_usage),
            Err(error) => dataset.failures.push(FetchFailure {
                part: Part::Usage(window),
                error,
            }),
        }
    }
    let mut fresh_costs: HashMap<i64, Vec<CostRow>> = HashMap::new();
    for (window, result) in costs {
        match result {
            Ok(buckets) => spread(window, cost_rows(&buckets), |r| r.day, &mut fresh_costs),
            Err(error) => dataset.failures.push(FetchFailure {
                part: Part::Costs(window),
                error,
            }),
        }
    }
    let mut fresh_key_costs: HashMap<i64, Vec<KeyCostRow>> = HashMap::new();
    let mut key_cost_refusal: Option<ApiError> = None;
    for (window, result) in key_costs {
        match result {
            Ok(buckets) => spread(
                window,
                key_cost_rows(&buckets),
                |r| r.day,
                &mut fresh_key_costs,
            ),
            Err(error) => {
                if key_cost_refusal.is_none() {
                    key_cost_refusal = Some(error);
                }
            }
        }
    }

    let mut inner = cache.lock();
    dataset.usage = collect_days(range, &mut fresh_usage, &mut inner.usage, today);
    dataset.costs = collect_days(range, &mut fresh_costs, &mut inner.costs, today);
    if options.key_costs {
        let key_rows = collect_days(range, &mut fresh_key_costs, &mut inner.key_costs, today);
        match key_cost_refusal {
            None => dataset.key_costs = Some(key_rows),
            Some(error) => {
                dataset.key_costs_note = Some(format!(
                    "OpenAI's Costs API did not give costs per key ({error}), so the cost of \
                     each key is estimated from its tokens and the price table."
                ));
            }
        }
    } else {
        dataset.key_costs_note =
            Some("Costs per key were not asked for, so they are estimates.".to_owned());
    }
    drop(inner);
    dataset.requests_made = tracker.requests.load(Ordering::SeqCst);
    dataset
}

/// Files a window's rows under their days, and marks every day of the window as loaded (an
/// empty list is a day without traffic, not a missing day).
fn spread<T>(
    window: DateRange,
    rows: Vec<T>,
    day_of: impl Fn(&T) -> i64,
    into: &mut HashMap<i64, Vec<T>>,
) {
    for day in window.days() {
        into.entry(day).or_default();
    }
    for row in rows {
        let day = day_of(&row);
        // Buckets outside the window (a server ignoring end_time) would be counted twice.
        if window.contains(day) {
            into.entry(day).or_default().push(row);
        }
    }
}

/// The range's rows, fresh or cached; fresh final days go into the cache.
fn collect_days<T: Clone>(
    range: DateRange,
    fresh: &mut HashMap<i64, Vec<T>>,
    cache: &mut HashMap<i64, Vec<T>>,
    today: i64,
) -> Vec<T> {
    let mut rows = Vec::new();
    for day in range.days() {
        if let Some(day_rows) = fresh.remove(&day) {
            rows.extend(day_rows.iter().cloned());
            if is_final(day, today) {
                cache.insert(day, day_rows);
            }
        } else if let Some(day_rows) = cache.get(&day) {
            rows.extend(day_rows.iter().cloned());
        }
    }
    rows
}

async fn fetch_usage_window(
    client: &Client,
    key: &SecretString,
    window: DateRange,
    page_size: Option<u32>,
    gate: &Semaphore,
    tracker: &Tracker<'_>,
) -> Result<Vec<UsageBucket>, ApiError> {
    let mut query = UsageQuery::daily(window.start_time(), window.end_time());
    query.limit = Some(page_size.unwrap_or(window.len().min(Stream::Usage.window_days()) as u32));
    query.group_by = vec!["model".into(), "project_id".into(), "api_key_id".into()];
    walk_pages(|page| {
        let query = &query;
        async move {
            let _permit = gate.acquire().await;
            tracker.requests.fetch_add(1, Ordering::SeqCst);
            client
                .usage_page(key, UsageKind::Completions, query, page.as_deref())
                .await
        }
    })
    .await
}

async fn fetch_cost_window(
    client: &Client,
    key: &SecretString,
    window: DateRange,
    group_by: &[&str],
    page_size: Option<u32>,
    gate: &Semaphore,
    tracker: &Tracker<'_>,
) -> Result<Vec<CostBucket>, ApiError> {
    let mut query = CostsQuery::daily(window.start_time(), window.end_time());
    query.limit = Some(page_size.unwrap_or(window.len().min(COSTS_WINDOW_DAYS) as u32));
    query.group_by = group_by.iter().map(|g| (*g).to_owned()).collect();
    walk_pages(|page| {
        let query = &query;
        async move {
            let _permit = gate.acquire().await;
            tracker.requests.fetch_add(1, Ordering::SeqCst);
            client.costs_page(key, query, page.as_deref()).await
        }
    })
    .await
}

/// Projects, then the keys of every project in parallel. Archived projects are included:
/// their past usage still counts.
async fn fetch_names(
    client: &Client,
    key: &SecretString,
    gate: &Semaphore,
    tracker: &Tracker<'_>,
) -> (Names, Vec<FetchFailure>) {
    let mut names = Names::default();
    let mut failures = Vec::new();
    let projects = {
        let _permit = gate.acquire().await;
        tracker.requests.fetch_add(1, Ordering::SeqCst);
        client.projects_all(key).await
    };
    tracker.finished_one();
    let projects = match projects {
        Ok(projects) => projects,
        Err(error) => {
            failures.push(FetchFailure {
                part: Part::Projects,
                error,
            });
            return (names, failures);
        }
    };
    for project in &projects {
        if let Some(name) = project.name.as_ref().filter(|n| !n.trim().is_empty()) {
            names.projects.insert(project.id.clone(), name.clone());
        }
    }
    tracker.add_to_total(projects.len());
    let key_lists = join_all(projects.iter().map(|project| async {
        let result = {
            let _permit = gate.acquire().await;
            tracker.requests.fetch_add(1, Ordering::SeqCst);
            client.project_api_keys_all(key, &project.id).await
        };
        tracker.finished_one();
        (project.id.clone(), result)
    }))
    .await;
    for (project_id, result) in key_lists {
        match result {
            Ok(keys) => {
                for api_key in keys {
                    names.keys.insert(
                        api_key.id,
                        KeyInfo {
                            name: api_key.name,
                            project_id: project_id.clone(),
                            redacted_value: api_key.redacted_value,
                        },
                    );
                }
            }
            Err(error) => failures.push(FetchFailure {
                part: Part::ProjectKeys { project_id },
                error,
            }),
        }
    }
    (names, failures)
}

fn usage_rows(buckets: &[UsageBucket]) -> Vec<UsageRow> {
    buckets
        .iter()
        .flat_map(|bucket| {
            let day = day_of_timestamp(bucket.start_time);
            bucket.results.iter().map(move |r| UsageRow {
                day,
                model: r.model.clone(),
                project_id: r.project_id.clone(),
                api_key_id: r.api_key_id.clone(),
                input_tokens: r.input_tokens,
                cached_tokens: r.input_cached_tokens,
                output_tokens: r.output_tokens,
                requests: r.num_model_requests,
            })
        })
        .collect()
}

fn cost_rows(buckets: &[CostBucket]) -> Vec<CostRow> {
    buckets
        .iter()
        .flat_map(|bucket| {
            let day = day_of_timestamp(bucket.start_time);
            bucket.results.iter().map(move |r| CostRow {
                day,
                project_id: r.project_id.clone(),
                line_item: r.line_item.clone(),
                // A non-number would have failed decoding; a NaN or infinity cannot come
                // from JSON, so the amount is used as given.
                amount: r.amount.value,
            })
        })
        .collect()
}

fn key_cost_rows(buckets: &[CostBucket]) -> Vec<KeyCostRow> {
    buckets
        .iter()
        .flat_map(|bucket| {
            let day = day_of_timestamp(bucket.start_time);
            bucket.results.iter().map(move |r| KeyCostRow {
                day,
                api_key_id: r.api_key_id.clone(),
                amount: r.amount.value,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_splits_into_windows_within_each_limit() {
        let range = DateRange::between_days(1000, 1364);
        let usage = plan_windows(range, 31, |_| false);
        assert_eq!(usage.len(), 12);
        assert!(usage.iter().all(|w| w.len() <= 31));
        assert_eq!(usage.iter().map(DateRange::len).sum::<usize>(), 365);
        assert_eq!(usage[0].first(), 1000);
        assert_eq!(usage[11].last(), 1364);
        let costs = plan_windows(range, 180, |_| false);
        assert_eq!(
            costs.iter().map(DateRange::len).collect::<Vec<_>>(),
            [180, 180, 5]
        );
    }

    #[test]
    fn cached_days_are_skipped_and_runs_split_around_them() {
        let range = DateRange::between_days(0, 99);
        let cached = |day: i64| (10..20).contains(&day) || day >= 95;
        let windows = plan_windows(range, 31, cached);
        let spans: Vec<(i64, i64)> = windows.iter().map(|w| (w.first(), w.last())).collect();
        assert_eq!(spans, [(0, 9), (20, 50), (51, 81), (82, 94)]);
        assert!(plan_windows(range, 31, |_| true).is_empty());
    }

    #[test]
    fn only_days_before_yesterday_are_final() {
        assert!(is_final(98, 100));
        assert!(!is_final(99, 100));
        assert!(!is_final(100, 100));
    }
}
