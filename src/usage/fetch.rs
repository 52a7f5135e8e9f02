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
    ApiError, BucketWidth, Client, CostBucket, CostResult, CostsQuery, Page, UsageBucket,
    UsageKind, UsageQuery, UsageResult, walk_pages,
};

use super::dataset::{
    CostRow, Dataset, FetchFailure, KeyCostRow, KeyCostsNote, KeyInfo, Names, Part, UsageRow,
};
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

    fn has<S: DailyStream>(&self, day: i64) -> bool {
        S::days(&mut self.lock()).contains_key(&day)
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
pub(super) fn plan_windows(
    range: DateRange,
    max_days: usize,
    cached: impl Fn(i64) -> bool,
) -> Vec<DateRange> {
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

/// What every request of one fetch shares: the client and key, the page size, the cap on
/// requests in flight and the bookkeeping.
struct Run<'a> {
    client: &'a Client,
    key: &'a SecretString,
    page_size: Option<u32>,
    gate: Semaphore,
    tracker: Tracker<'a>,
}

impl<'a> Run<'a> {
    fn new(
        client: &'a Client,
        key: &'a SecretString,
        options: &FetchOptions,
        report: &'a (dyn Fn(Progress) + Send + Sync),
    ) -> Run<'a> {
        Run {
            client,
            key,
            page_size: options.page_size,
            gate: Semaphore::new(options.max_in_flight.max(1)),
            tracker: Tracker {
                done: AtomicUsize::new(0),
                total: AtomicUsize::new(0),
                requests: AtomicUsize::new(0),
                report,
            },
        }
    }

    /// One request, sent once the cap on requests in flight allows, and counted.
    async fn request<T>(&self, send: impl Future<Output = T>) -> T {
        let _permit = self.gate.acquire().await;
        self.tracker.requests.fetch_add(1, Ordering::SeqCst);
        send.await
    }
}

/// An endpoint of daily buckets: how a window is asked for and how a bucket's results are read.
trait Endpoint {
    type Query: Sync;
    type Bucket: Send;
    type Result;

    /// The most days one request may cover (the endpoint's largest daily `limit`).
    const WINDOW_DAYS: usize;

    /// The query for a window, `limit` buckets a page, grouped by `group_by`.
    fn query(window: DateRange, limit: u32, group_by: Vec<String>) -> Self::Query;

    /// One page of a window; `page` is the previous page's `next_page`.
    fn page(
        client: &Client,
        key: &SecretString,
        query: &Self::Query,
        page: Option<&str>,
    ) -> impl Future<Output = Result<Page<Self::Bucket>, ApiError>> + Send;

    /// A bucket's first second, and its results.
    fn results(bucket: &Self::Bucket) -> (i64, &[Self::Result]);
}

/// `/organization/usage/completions`.
struct UsageEndpoint;

impl Endpoint for UsageEndpoint {
    type Query = UsageQuery;
    type Bucket = UsageBucket;
    type Result = UsageResult;

    const WINDOW_DAYS: usize = BucketWidth::Day.max_usage_limit() as usize;

    fn query(window: DateRange, limit: u32, group_by: Vec<String>) -> UsageQuery {
        UsageQuery {
            limit: Some(limit),
            group_by,
            ..UsageQuery::daily(window.start_time(), window.end_time())
        }
    }

    async fn page(
        client: &Client,
        key: &SecretString,
        query: &UsageQuery,
        page: Option<&str>,
    ) -> Result<Page<UsageBucket>, ApiError> {
        client
            .usage_page(key, UsageKind::Completions, query, page)
            .await
    }

    fn results(bucket: &UsageBucket) -> (i64, &[UsageResult]) {
        (bucket.start_time, &bucket.results)
    }
}

/// `/organization/costs`.
struct CostsEndpoint;

impl Endpoint for CostsEndpoint {
    type Query = CostsQuery;
    type Bucket = CostBucket;
    type Result = CostResult;

    const WINDOW_DAYS: usize = COSTS_WINDOW_DAYS;

    fn query(window: DateRange, limit: u32, group_by: Vec<String>) -> CostsQuery {
        CostsQuery {
            limit: Some(limit),
            group_by,
            ..CostsQuery::daily(window.start_time(), window.end_time())
        }
    }

    async fn page(
        client: &Client,
        key: &SecretString,
        query: &CostsQuery,
        page: Option<&str>,
    ) -> Result<Page<CostBucket>, ApiError> {
        client.costs_page(key, query, page).await
    }

    fn results(bucket: &CostBucket) -> (i64, &[CostResult]) {
        (bucket.start_time, &bucket.results)
    }
}

/// One kind of daily data (usage, costs, costs per key): its endpoint and grouping, the row a
/// result becomes, and where its finished days are cached.
trait DailyStream {
    type Endpoint: Endpoint;
    type Row: Clone;

    /// What the endpoint is asked to group by.
    const GROUP_BY: &'static [&'static str];

    fn row(day: i64, result: &<Self::Endpoint as Endpoint>::Result) -> Self::Row;

    /// The stream's cached days.
    fn days(cache: &mut CacheInner) -> &mut HashMap<i64, Vec<Self::Row>>;
}

/// Tokens and requests, grouped by model, project and key.
struct UsageStream;

impl DailyStream for UsageStream {
    type Endpoint = UsageEndpoint;
    type Row = UsageRow;
    const GROUP_BY: &'static [&'static str] = &["model", "project_id", "api_key_id"];

    fn row(day: i64, r: &UsageResult) -> UsageRow {
        UsageRow {
            day,
            model: r.model.clone(),
            project_id: r.project_id.clone(),
            api_key_id: r.api_key_id.clone(),
            input_tokens: r.input_tokens,
            cached_tokens: r.input_cached_tokens,
            output_tokens: r.output_tokens,
            requests: r.num_model_requests,
        }
    }

    fn days(cache: &mut CacheInner) -> &mut HashMap<i64, Vec<UsageRow>> {
        &mut cache.usage
    }
}

/// Dollars, by project and line item.
struct CostStream;

impl DailyStream for CostStream {
    type Endpoint = CostsEndpoint;
    type Row = CostRow;
    const GROUP_BY: &'static [&'static str] = &["project_id", "line_item"];

    fn row(day: i64, r: &CostResult) -> CostRow {
        CostRow {
            day,
            project_id: r.project_id.clone(),
            line_item: r.line_item.clone(),
            // A non-number would have failed decoding; a NaN or infinity cannot come from
            // JSON, so the amount is used as given.
            amount: r.amount.value,
        }
    }

    fn days(cache: &mut CacheInner) -> &mut HashMap<i64, Vec<CostRow>> {
        &mut cache.costs
    }
}

/// Dollars per key (a newer grouping of the Costs API, which may refuse it).
struct KeyCostStream;

impl DailyStream for KeyCostStream {
    type Endpoint = CostsEndpoint;
    type Row = KeyCostRow;
    const GROUP_BY: &'static [&'static str] = &["api_key_id"];

    fn row(day: i64, r: &CostResult) -> KeyCostRow {
        KeyCostRow {
            day,
            api_key_id: r.api_key_id.clone(),
            amount: r.amount.value,
        }
    }

    fn days(cache: &mut CacheInner) -> &mut HashMap<i64, Vec<KeyCostRow>> {
        &mut cache.key_costs
    }
}

type BucketOf<S> = <<S as DailyStream>::Endpoint as Endpoint>::Bucket;

/// A stream's rows from its buckets, each with the day its bucket starts.
fn rows<S: DailyStream>(buckets: &[BucketOf<S>]) -> Vec<(i64, S::Row)> {
    buckets
        .iter()
        .flat_map(|bucket| {
            let (start_time, results) = S::Endpoint::results(bucket);
            let day = day_of_timestamp(start_time);
            results.iter().map(move |result| (day, S::row(day, result)))
        })
        .collect()
}

/// The windows of one stream that `range` still needs.
fn plan<S: DailyStream>(range: DateRange, cache: &UsageCache) -> Vec<DateRange> {
    plan_windows(range, S::Endpoint::WINDOW_DAYS, |day| cache.has::<S>(day))
}

/// What one stream's windows brought: the rows of every day loaded, and the windows that failed.
struct Fetched<R> {
    days: HashMap<i64, Vec<R>>,
    failed: Vec<(DateRange, ApiError)>,
}

/// Loads every window of one stream at once (under the fetch's cap on requests in flight).
async fn fetch_stream<S: DailyStream>(run: &Run<'_>, windows: &[DateRange]) -> Fetched<S::Row> {
    let results = join_all(windows.iter().map(|window| async move {
        let result = fetch_window::<S>(run, *window).await;
        run.tracker.finished_one();
        (*window, result)
    }))
    .await;
    let mut fetched = Fetched {
        days: HashMap::new(),
        failed: Vec::new(),
    };
    for (window, result) in results {
        match result {
            Ok(buckets) => spread(window, rows::<S>(&buckets), &mut fetched.days),
            Err(error) => fetched.failed.push((window, error)),
        }
    }
    fetched
}

/// One window, following its own `next_page` chain.
async fn fetch_window<S: DailyStream>(
    run: &Run<'_>,
    window: DateRange,
) -> Result<Vec<BucketOf<S>>, ApiError> {
    let limit = run
        .page_size
        .unwrap_or(window.len().min(S::Endpoint::WINDOW_DAYS) as u32);
    let group_by = S::GROUP_BY.iter().map(|g| (*g).to_owned()).collect();
    let query = S::Endpoint::query(window, limit, group_by);
    walk_pages(|page| {
        let query = &query;
        run.request(
            async move { S::Endpoint::page(run.client, run.key, query, page.as_deref()).await },
        )
    })
    .await
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
    let usage_windows = plan::<UsageStream>(range, cache);
    let cost_windows = plan::<CostStream>(range, cache);
    let key_cost_windows = if options.key_costs {
        plan::<KeyCostStream>(range, cache)
    } else {
        Vec::new()
    };
    let run = Run::new(client, key, options, report);
    run.tracker.add_to_total(
        usage_windows.len()
            + cost_windows.len()
            + key_cost_windows.len()
            + usize::from(options.names),
    );
    let cached_names = cache.lock().names.clone();
    // The name chain goes first so its two round trips overlap the windows.
    let (names, usage, costs, key_costs) = tokio::join!(
        load_names(&run, cached_names.as_ref(), options.names),
        fetch_stream::<UsageStream>(&run, &usage_windows),
        fetch_stream::<CostStream>(&run, &cost_windows),
        fetch_stream::<KeyCostStream>(&run, &key_cost_windows),
    );

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
    dataset.failures.extend(failures(usage.failed, Part::Usage));
    dataset.failures.extend(failures(costs.failed, Part::Costs));
    file_days(
        &mut dataset,
        cache,
        options,
        usage.days,
        costs.days,
        key_costs,
    );
    dataset.requests_made = run.tracker.requests.load(Ordering::SeqCst);
    dataset
}

/// The failed windows of a stream, in the words of `Part`.
fn failures(
    failed: Vec<(DateRange, ApiError)>,
    part: fn(DateRange) -> Part,
) -> impl Iterator<Item = FetchFailure> {
    failed.into_iter().map(move |(window, error)| FetchFailure {
        part: part(window),
        error,
    })
}

/// The range's days into the dataset: fresh days first, then what the cache had (a failed
/// window's days stay missing). Costs per key count only when no window was refused.
fn file_days(
    dataset: &mut Dataset,
    cache: &UsageCache,
    options: &FetchOptions,
    usage: HashMap<i64, Vec<UsageRow>>,
    costs: HashMap<i64, Vec<CostRow>>,
    key_costs: Fetched<KeyCostRow>,
) {
    let (range, today) = (options.range, options.today);
    let mut inner = cache.lock();
    dataset.usage = collect_days::<UsageStream>(range, usage, &mut inner, today);
    dataset.costs = collect_days::<CostStream>(range, costs, &mut inner, today);
    if !options.key_costs {
        dataset.key_costs_note = Some(KeyCostsNote::NotAsked);
        return;
    }
    let key_rows = collect_days::<KeyCostStream>(range, key_costs.days, &mut inner, today);
    // The first refusal says why; the others would say the same.
    match key_costs.failed.into_iter().next() {
        None => dataset.key_costs = Some(key_rows),
        // A refusal (an answer in the 400s) means OpenAI will not split costs by key here; any
        // other failure only means they did not load this time.
        Some((_, error)) => {
            let technical = super::dataset::technical_words(&error);
            dataset.key_costs_note = Some(match error.http_status() {
                Some(400..=499) => KeyCostsNote::NotGiven { technical },
                _ => KeyCostsNote::NotLoaded { technical },
            });
        }
    }
}

/// Files a window's rows under their days, and marks every day of the window as loaded (an
/// empty list is a day without traffic, not a missing day).
fn spread<T>(window: DateRange, rows: Vec<(i64, T)>, into: &mut HashMap<i64, Vec<T>>) {
    for day in window.days() {
        into.entry(day).or_default();
    }
    for (day, row) in rows {
        // Buckets outside the window (a server ignoring end_time) would be counted twice.
        if window.contains(day) {
            into.entry(day).or_default().push(row);
        }
    }
}

/// The range's rows of one stream, fresh or cached; fresh final days go into the cache.
fn collect_days<S: DailyStream>(
    range: DateRange,
    mut fresh: HashMap<i64, Vec<S::Row>>,
    cache: &mut CacheInner,
    today: i64,
) -> Vec<S::Row> {
    let cache = S::days(cache);
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

/// The names, from the cache when it has them; `None` when they were not asked for.
async fn load_names(
    run: &Run<'_>,
    cached: Option<&Names>,
    wanted: bool,
) -> Option<(Names, Vec<FetchFailure>)> {
    match (cached, wanted) {
        (Some(names), true) => {
            run.tracker.finished_one();
            Some((names.clone(), Vec::new()))
        }
        (None, true) => Some(fetch_names(run).await),
        (_, false) => None,
    }
}

/// Projects, then the keys of every project in parallel. Archived projects are included:
/// their past usage still counts.
async fn fetch_names(run: &Run<'_>) -> (Names, Vec<FetchFailure>) {
    let mut names = Names::default();
    let mut failures = Vec::new();
    let projects = run.request(run.client.projects_all(run.key)).await;
    run.tracker.finished_one();
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
    run.tracker.add_to_total(projects.len());
    let key_lists = join_all(projects.iter().map(|project| async {
        let result = run
            .request(run.client.project_api_keys_all(run.key, &project.id))
            .await;
        run.tracker.finished_one();
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
