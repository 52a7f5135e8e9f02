//! Runs every probe for a key at once, under one cap on requests in flight shared by all keys,
//! each probe with its own timeout, and turns the answers into a report. A slow or failing probe
//! never hides the others' results.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

use super::probes::{Probe, ProbeRole, probes_for};
use super::report::{
    CheckReport, KeyDescription, OrganizationInfo, PermissionRow, PermissionStatus, ProjectInfo,
    infer_tier,
};
use super::verdict::{
    Finding, Instead, Observation, Verdict, VerdictCode, VerdictContext, classify,
};
use super::words::{Note, RowNote, Said, canonical};
use crate::i18n::{self, Language};
use crate::openai::{ApiError, ApiResponse, Client, Me, RateLimits};
use crate::providers::{Detected, ProviderBases, ProviderId};
use crate::tr;
use crate::vault::{KeyKind, redact};

/// Requests in flight across every check at once. High enough that "Check all" on 20 keys takes a
/// few round trips, low enough not to flood a connection or OpenAI's per-minute limits.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 128;
pub const DEFAULT_PROBE_TIMEOUT: Duration = Duration::from_secs(15);

/// A key to check and what goes with it.
#[derive(Clone)]
pub struct KeyUnderCheck {
    pub secret: SecretString,
    /// Where it came from, for the report (never the key itself).
    pub source: String,
    /// Sent as OpenAI-Organization for this key, overriding the client's.
    pub organization: Option<String>,
    /// Sent as OpenAI-Project for this key, overriding the client's.
    pub project: Option<String>,
    /// The provider the person said the key is for; else it is told by its shape.
    pub provider: Option<ProviderId>,
    /// Where this key's provider is reached for it: an Azure resource's endpoint, or a base
    /// URL its `.env` named. Else the checker's.
    pub endpoint: Option<String>,
}

impl KeyUnderCheck {
    pub fn new(secret: SecretString, source: impl Into<String>) -> Self {
        KeyUnderCheck {
            secret,
            source: source.into(),
            organization: None,
            project: None,
            provider: None,
            endpoint: None,
        }
    }

    /// The same key, checked as `provider`'s.
    pub fn for_provider(mut self, provider: Option<ProviderId>) -> Self {
        self.provider = provider;
        self
    }

    /// The same key, reached at `endpoint` (an Azure resource's address).
    pub fn at(mut self, endpoint: Option<String>) -> Self {
        self.endpoint = endpoint.filter(|e| !e.trim().is_empty());
        self
    }

    /// The provider and kind it is checked as.
    /// `None`: checked as OpenAI's, as every key was before other providers came.
    pub fn detected(&self) -> Option<Detected> {
        let detection = crate::providers::detect(self.secret.expose_secret(), None);
        // A prefix names its provider for certain; a shape without one is only a guess.
        let certain: Vec<Detected> = detection
            .candidates
            .iter()
            .copied()
            .filter(|d| !d.shapeless)
            .collect();
        match self.provider {
            // Unnamed, a key that could be OpenAI's stays OpenAI's, and a guess is not acted
            // on: nothing goes to a provider the person did not name or the key does not show.
            None if certain.iter().any(|d| d.provider == ProviderId::OpenAi) => None,
            None => certain.first().copied(),
            // Named: that provider's, unless the key's own prefix says it is another's (it
            // goes to its own provider, never to one that would only refuse it).
            Some(provider) => detection
                .for_provider(provider)
                .or_else(|| certain.first().copied())
                .or(Some(Detected {
                    provider,
                    kind: provider.entry().main_kind,
                    shapeless: true,
                })),
        }
    }
}

#[derive(Clone)]
pub struct Checker {
    client: Client,
    in_flight: Arc<Semaphore>,
    probe_timeout: Duration,
    bases: ProviderBases,
    /// One client per provider address, made when first needed.
    provider_clients: Arc<Mutex<HashMap<String, Client>>>,
}

struct ProbeOutcome {
    probe: &'static Probe,
    result: Result<ApiResponse, ApiError>,
}

impl Checker {
    pub fn new(client: Client) -> Self {
        Checker::with_limits(client, DEFAULT_MAX_IN_FLIGHT, DEFAULT_PROBE_TIMEOUT)
    }

    pub fn with_limits(client: Client, max_in_flight: usize, probe_timeout: Duration) -> Self {
        Checker {
            client,
            in_flight: Arc::new(Semaphore::new(max_in_flight.max(1))),
            probe_timeout,
            bases: ProviderBases::default(),
            provider_clients: Arc::default(),
        }
    }

    /// The same checker, reaching the other providers at `bases`.
    pub fn with_provider_bases(mut self, bases: ProviderBases) -> Self {
        self.bases = bases;
        self.provider_clients = Arc::default();
        self
    }

    pub fn provider_bases(&self) -> &ProviderBases {
        &self.bases
    }

    /// The client for a provider's address: the OpenAI client's settings (proxy, timeouts,
    /// retries), its base URL and no OpenAI headers.
    fn client_at(&self, base_url: &str) -> Result<Client, ApiError> {
        let mut clients = self
            .provider_clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(client) = clients.get(base_url) {
            return Ok(client.clone());
        }
        let client = crate::providers::client_at(self.client.config(), base_url)?;
        clients.insert(base_url.to_owned(), client.clone());
        Ok(client)
    }

    /// A key of another provider than OpenAI.
    async fn check_other(&self, key: &KeyUnderCheck, detected: Detected) -> CheckReport {
        let provider = detected.provider.entry();
        let base = match key.endpoint.as_deref().map(url::Url::parse) {
            Some(Ok(endpoint)) => Some(crate::providers::normalized(detected.provider, &endpoint)),
            Some(Err(_)) => Some(key.endpoint.clone().unwrap_or_default()),
            None => self.bases.base_for(detected.provider),
        };
        let client = match base.as_deref().map(|base| self.client_at(base)) {
            Some(Ok(client)) => client,
            // Nothing is sent without an address: an Azure key goes nowhere but its resource.
            unusable => {
                let refused = self.bases.refused(detected.provider).is_some();
                let verdict =
                    crate::providers::no_address(detected.provider, unusable.is_some() || refused);
                return crate::providers::unsent_report(provider, key, detected.kind, verdict);
            }
        };
        crate::providers::check_key(
            provider,
            &client,
            key,
            detected.kind,
            &self.in_flight,
            self.probe_timeout,
        )
        .await
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Every probe for the key, at once; then one report. A key of another provider is checked
    /// with that provider's probes.
    pub async fn check(&self, key: &KeyUnderCheck) -> CheckReport {
        match key.detected() {
            Some(detected) if detected.provider != ProviderId::OpenAi => {
                self.check_other(key, detected).await
            }
            _ => self.check_openai(key).await,
        }
    }

    async fn check_openai(&self, key: &KeyUnderCheck) -> CheckReport {
        let started = Instant::now();
        let kind = KeyKind::detect_openai(key.secret.expose_secret());
        let client = self
            .client
            .with_headers(key.organization.clone(), key.project.clone());
        let now = jiff::Timestamp::now().as_second();
        let probes: Vec<&'static Probe> = probes_for(kind == KeyKind::Admin).collect();
        let send = |probe: &'static Probe| {
            let client = &client;
            async move {
                let request = probe.request(now).timeout(self.probe_timeout);
                let result = match self.in_flight.acquire().await {
                    Ok(_permit) => client.send(&key.secret, &request).await,
                    Err(_) => Err(ApiError::Transport {
                        detail: tr!("verdict-check-stopped"),
                    }),
                };
                ProbeOutcome { probe, result }
            }
        };
        // One request goes first: when the network stops it (no name, a refused connection, a
        // certificate), the others would only repeat that, so they are not sent.
        let gate = probes
            .iter()
            .position(|probe| probe.is_permission_row())
            .unwrap_or(0);
        let first = send(probes[gate]).await;
        let stopped = first
            .result
            .as_ref()
            .is_err_and(|error| error.stops_a_check());
        let others = probes
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != gate)
            .map(|(_, probe)| *probe);
        let mut outcomes: Vec<ProbeOutcome> = if stopped {
            others
                .map(|probe| ProbeOutcome {
                    probe,
                    result: Err(ApiError::NotSent),
                })
                .collect()
        } else {
            join_all(others.map(send)).await
        };
        outcomes.insert(gate, first);
        let description = KeyDescription {
            kind,
            redacted: redact(key.secret.expose_secret()),
            source: key.source.clone(),
        };
        let mut report = assemble(
            description,
            key.project.clone(),
            &outcomes,
            started.elapsed(),
        );
        if client.ipv6_went_silent() {
            report.verdict.details.notes.push(Note::Ipv6Silent);
        }
        report
    }

    /// Checks keys concurrently (the shared cap still holds), calling `on_done` as each finishes.
    pub async fn check_all(
        &self,
        keys: &[KeyUnderCheck],
        on_done: impl Fn(usize, &CheckReport),
    ) -> Vec<CheckReport> {
        join_all(keys.iter().enumerate().map(|(index, key)| {
            let on_done = &on_done;
            async move {
                let report = self.check(key).await;
                on_done(index, &report);
                report
            }
        }))
        .await
    }
}

/// What a transport failure means for the verdict.
pub(crate) fn failure_code(error: &ApiError) -> VerdictCode {
    match error {
        ApiError::Dns { .. }
        | ApiError::ConnectionRefused { .. }
        | ApiError::Tls { .. }
        | ApiError::Certificate { .. }
        | ApiError::Proxy { .. }
        | ApiError::NotSent
        | ApiError::Timeout { .. }
        | ApiError::ConnectionReset { .. }
        | ApiError::Transport { .. } => VerdictCode::NetworkError,
        ApiError::Api { status, .. } | ApiError::UnexpectedStatus { status, .. }
            if *status >= 500 =>
        {
            VerdictCode::ServerError
        }
        _ => VerdictCode::UnexpectedResponse,
    }
}

/// A problem one probe found.
struct Problem<'a> {
    code: VerdictCode,
    finding: Finding,
    http_status: Option<u16>,
    words: Words<'a>,
    /// A library's own words, for the technical details.
    technical: Option<String>,
}

impl<'a> Problem<'a> {
    /// A problem the words of the answer said nothing more about.
    fn plain(code: VerdictCode, http_status: Option<u16>, words: Words<'a>) -> Problem<'a> {
        Problem {
            code,
            finding: Finding::default(),
            http_status,
            words,
            technical: None,
        }
    }
}

/// What a problem's answer said, kept as it came so that it can be said in any language.
enum Words<'a> {
    /// OpenAI's own message, as it came.
    OpenAi(String),
    /// A failure on the way, in the client's words.
    Failure(&'a ApiError),
    /// An answer that is not OpenAI's, described by Key Doctor.
    Answer(&'a ApiResponse),
}

impl Words<'_> {
    /// The words in the current language.
    fn say(&self) -> String {
        match self {
            Words::OpenAi(message) => message.clone(),
            Words::Failure(error) => error.to_string(),
            Words::Answer(response) => match response.ensure_json() {
                Err(not_json) => not_json.to_string(),
                Ok(()) => unexplained_answer(response),
            },
        }
    }

    /// The words in English, which JSON's details keep.
    fn english(&self) -> String {
        i18n::with_language(Language::English, || self.say())
    }

    /// The words in every language.
    fn said(&self) -> Said {
        match self {
            Words::OpenAi(message) => Said::verbatim(message.as_str()),
            _ => Said::capture(|| self.say()),
        }
    }
}

/// What one probe's answer says: its permission row's status, the HTTP status, and the problem
/// (if any).
type Reading<'a> = (PermissionStatus, Option<u16>, Option<Problem<'a>>);

/// The row status and the problem (if any) of one probe's answer.
fn read_outcome(outcome: &ProbeOutcome) -> Reading<'_> {
    let response = match &outcome.result {
        Ok(response) => response,
        // Not sent: the row says why (its note), the first request's problem speaks for the
        // check.
        Err(ApiError::NotSent) => return (PermissionStatus::Error, None, None),
        Err(error) => {
            let mut problem = Problem::plain(
                failure_code(error),
                error.http_status(),
                Words::Failure(error),
            );
            problem.finding.sub_code = error.path_sub_code().map(str::to_owned);
            problem.technical = error.technical().map(str::to_owned);
            return (PermissionStatus::Error, error.http_status(), Some(problem));
        }
    };
    let status = response.status;
    if let Err(not_json) = response.ensure_json() {
        let mut problem = Problem::plain(
            failure_code(&not_json),
            Some(status),
            Words::Answer(response),
        );
        problem.finding.sub_code = not_json.path_sub_code().map(str::to_owned);
        return (PermissionStatus::Error, Some(status), Some(problem));
    }
    // A broken proxy may answer 200 with anything: only a JSON object is OpenAI's success.
    if response.is_success()
        && serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&response.body)
            .is_err()
    {
        let problem = Problem::plain(
            VerdictCode::UnexpectedResponse,
            Some(status),
            Words::Answer(response),
        );
        return (PermissionStatus::Error, Some(status), Some(problem));
    }
    // Validation errors come after the scope check (reference section 5): the scope is granted.
    // OpenAI sends them in its error envelope; anything else is not OpenAI's answer.
    let validation =
        matches!(status, 400 | 404 | 405 | 409 | 415 | 422) && response.error_body().is_some();
    if response.is_success() || validation {
        return (
            PermissionStatus::Granted,
            Some(status),
            model_problem(response),
        );
    }
    read_refusal(response)
}

/// A granted scope may still meet a model the project may not use or that needs verification.
fn model_problem(response: &ApiResponse) -> Option<Problem<'_>> {
    let status = response.status;
    (status == 404 || status == 400 || status == 403)
        .then(|| response.error_body())
        .flatten()
        .and_then(|body| classify(&Observation::from_body(Some(status), &body)).map(|c| (c, body)))
        .filter(|((code, _), _)| {
            *code == VerdictCode::ModelAccess || *code == VerdictCode::VerificationRequired
        })
        .map(|((code, finding), body)| Problem {
            code,
            finding,
            http_status: Some(status),
            words: Words::OpenAi(body.message),
            technical: None,
        })
}

/// The verdict of an answer nothing recognised: OpenAI's trouble for a 5xx, else not OpenAI.
fn unrecognised(status: u16) -> VerdictCode {
    if status >= 500 {
        VerdictCode::ServerError
    } else {
        VerdictCode::UnexpectedResponse
    }
}

/// A refusal: the row and the problem, from OpenAI's error envelope when there is one.
fn read_refusal(response: &ApiResponse) -> Reading<'_> {
    let status = response.status;
    let Some(body) = response.error_body() else {
        let row = if status >= 500 {
            PermissionStatus::Error
        } else {
            PermissionStatus::Unknown
        };
        let problem = Problem::plain(unrecognised(status), Some(status), Words::Answer(response));
        return (row, Some(status), Some(problem));
    };
    let classified = classify(&Observation::from_body(Some(status), &body));
    let (code, finding) = classified.unwrap_or((unrecognised(status), Finding::default()));
    let row = match code {
        VerdictCode::MissingScopes | VerdictCode::AdminKeyRequired => PermissionStatus::Missing,
        // Quota is checked after the scope (reference section 5): the permission is there.
        VerdictCode::NoQuota => PermissionStatus::Granted,
        VerdictCode::ModelAccess | VerdictCode::VerificationRequired => PermissionStatus::Granted,
        VerdictCode::ServerError | VerdictCode::NetworkError => PermissionStatus::Error,
        _ => PermissionStatus::Unknown,
    };
    let problem = Problem {
        code,
        finding,
        http_status: Some(status),
        words: Words::OpenAi(body.message),
        technical: None,
    };
    (row, Some(status), Some(problem))
}

/// What an answer without OpenAI's error message was, in words for the verdict's brackets, in
/// the current language.
fn unexplained_answer(response: &ApiResponse) -> String {
    let status = response.status;
    // Not a number to the catalog: an HTTP status is a code, never written as "1,234".
    let code = status.to_string();
    if (300..400).contains(&status) {
        return tr!("verdict-answer-redirect", status = code);
    }
    let text = String::from_utf8_lossy(&response.body[..response.body.len().min(200)]);
    let text = text.trim();
    let parsed = serde_json::from_slice::<serde_json::Value>(&response.body);
    if text.is_empty() {
        tr!("verdict-answer-empty", status = code)
    } else if parsed.as_ref().is_err_and(|e| e.is_eof()) {
        ApiError::Truncated { status }.to_string()
    } else if parsed.is_err() || response.is_success() {
        tr!("verdict-answer-not-json", status = code)
    } else {
        tr!("verdict-answer-text", status = code, text = text)
    }
}

/// What all the probes' answers add up to, before the verdict is chosen.
#[derive(Default)]
struct Answers<'a> {
    permissions: Vec<PermissionRow>,
    problems: Vec<(&'static Probe, Problem<'a>)>,
    /// Every scope an answer named as missing, each once.
    missing_scopes: Vec<String>,
    request_ids: Vec<String>,
    organization: Option<OrganizationInfo>,
    rate_limits: Option<RateLimits>,
    /// How many of the probes that decide whether the key works got a real answer.
    conclusive_core: usize,
}

impl<'a> Answers<'a> {
    fn gather(outcomes: &'a [ProbeOutcome]) -> Answers<'a> {
        let mut answers = Answers::default();
        for outcome in outcomes {
            answers.add(outcome);
        }
        answers
    }

    fn add(&mut self, outcome: &'a ProbeOutcome) {
        let (status, http_status, problem) = read_outcome(outcome);
        if let Ok(response) = &outcome.result {
            self.note_response(outcome.probe, response);
        }
        let core = matches!(outcome.probe.id, "model_request" | "quota" | "usage_read");
        if core && status != PermissionStatus::Error && status != PermissionStatus::Unknown {
            self.conclusive_core += 1;
        }
        if outcome.probe.is_permission_row() {
            let mut row = permission_row(outcome.probe, status, http_status, problem.as_ref());
            if matches!(outcome.result, Err(ApiError::NotSent)) {
                row.note = Some(RowNote::NotChecked);
            }
            self.permissions.push(row);
        }
        if let Some(problem) = problem {
            for scope in &problem.finding.missing_scopes {
                if !self
                    .missing_scopes
                    .iter()
                    .any(|s| canonical(s) == canonical(scope))
                {
                    self.missing_scopes.push(scope.clone());
                }
            }
            self.problems.push((outcome.probe, problem));
        }
    }

    /// What any answer tells beside the permission: request ids, the organization, rate limits.
    fn note_response(&mut self, probe: &Probe, response: &ApiResponse) {
        if let Some(id) = &response.meta.request_id {
            self.request_ids.push(id.clone());
        }
        if probe.role == ProbeRole::Identity && response.is_success() {
            self.organization = organization_from(response);
        }
        if probe.role == ProbeRole::QuotaAndLimits && !response.meta.rate_limits.is_empty() {
            self.rate_limits = Some(response.meta.rate_limits.clone());
        }
    }
}

fn permission_row(
    probe: &Probe,
    status: PermissionStatus,
    http_status: Option<u16>,
    problem: Option<&Problem>,
) -> PermissionRow {
    let mut scopes: Vec<String> = probe.scopes.iter().map(|s| (*s).to_owned()).collect();
    if let Some(problem) = problem
        && status == PermissionStatus::Missing
        && !problem.finding.missing_scopes.is_empty()
    {
        // The answer names the real scopes; they beat the catalog's guess.
        scopes = problem.finding.missing_scopes.clone();
    }
    PermissionRow {
        group: probe.group.to_owned(),
        level: probe.level.to_owned(),
        scopes,
        status,
        http_status,
        note: None,
    }
}

fn assemble(
    key: KeyDescription,
    project_hint: Option<String>,
    outcomes: &[ProbeOutcome],
    elapsed: Duration,
) -> CheckReport {
    let mut answers = Answers::gather(outcomes);
    let context = VerdictContext {
        kind: Some(key.kind),
        project_id: project_hint,
    };
    let mut verdict = decide(&answers, &context);
    add_remarks(&mut verdict, &answers);
    answers.request_ids.truncate(5);
    verdict.details.request_ids = answers.request_ids;
    let tier = answers.rate_limits.as_ref().and_then(infer_tier);
    CheckReport {
        provider: ProviderId::OpenAi,
        key,
        verdict,
        permissions: answers.permissions,
        organization: answers.organization,
        rate_limits: answers.rate_limits,
        tier,
        elapsed_ms: elapsed.as_millis() as u64,
    }
}

/// The one verdict: the problem a person must fix first; else, when nothing answered, why not;
/// else the key works.
fn decide(answers: &Answers, context: &VerdictContext) -> Verdict {
    let problems = &answers.problems;
    let decisive = problems
        .iter()
        .filter(|(_, p)| !p.code.is_inconclusive())
        .min_by_key(|(_, p)| p.code.precedence());
    let inconclusive = problems.iter().find(|(_, p)| p.code.is_inconclusive());
    match (decisive, inconclusive) {
        (Some((_, problem)), _) => {
            let mut code = problem.code;
            let mut finding = problem.finding.clone();
            if code == VerdictCode::AdminKeyRequired && context.kind == Some(KeyKind::Admin) {
                code = VerdictCode::MissingScopes;
            }
            if code == VerdictCode::MissingScopes {
                finding.missing_scopes = answers.missing_scopes.clone();
            }
            let mut verdict = Verdict::for_finding(code, &finding, context);
            verdict.details.http_status = problem.http_status;
            verdict.details.openai_message = Some(problem.words.english());
            verdict
        }
        // Only failures to get an answer: say so, unless the core probes answered anyway.
        (None, Some((probe, problem))) if answers.conclusive_core == 0 => {
            // Say what happened, in the client's words ("the connection was refused", ...).
            let cause = problem.words.said();
            let openai_message = cause.in_language(Language::English).to_owned();
            let mut verdict =
                Verdict::with_cause(problem.code, &problem.finding, context, Some(cause));
            verdict.details.http_status = problem.http_status;
            verdict.details.openai_message = Some(openai_message);
            verdict.details.technical = problem.technical.clone();
            verdict.details.notes.push(Note::FirstFailed {
                group: probe.group,
                level: probe.level,
            });
            verdict
        }
        _ => {
            let mut verdict = Verdict::for_finding(VerdictCode::Ok, &Finding::default(), context);
            // What a free check cannot find out: OpenAI checks verification only after it
            // accepted a request, and a free probe is never accepted (reference section 3,
            // "Order of checks").
            if context.kind.is_none_or(KeyKind::calls_models) {
                verdict.details.notes.push(Note::CannotKnowVerification);
            }
            verdict
        }
    }
}

/// What the permission table adds to the verdict: the Responses trap, and rows left unanswered.
fn add_remarks(verdict: &mut Verdict, answers: &Answers) {
    let permissions = &answers.permissions;
    let responses_ticked = permissions
        .iter()
        .any(|row| row.group == "Responses" && row.status == PermissionStatus::Granted);
    let model_request_missing = answers
        .missing_scopes
        .iter()
        .any(|s| canonical(s) == "model.request");
    if verdict.code == VerdictCode::MissingScopes && model_request_missing && responses_ticked {
        verdict.say_instead(Instead::ResponsesTrap);
    }
    let unanswered = permissions
        .iter()
        .filter(|r| r.status == PermissionStatus::Error)
        .count();
    if unanswered > 0 && !verdict.code.is_inconclusive() {
        verdict.details.notes.push(Note::Unanswered {
            unanswered,
            total: permissions.len(),
        });
    }
}

fn organization_from(response: &ApiResponse) -> Option<OrganizationInfo> {
    let me: Me = serde_json::from_slice(&response.body).ok()?;
    let mut orgs = me.orgs?.data.into_iter();
    let first = orgs.next()?;
    Some(OrganizationInfo {
        id: first.id,
        title: first.title,
        role: first.role,
        is_default: first.is_default,
        projects: first
            .projects
            .map(|p| p.data)
            .unwrap_or_default()
            .into_iter()
            .map(|p| ProjectInfo {
                id: p.id,
                title: p.title,
                role: p.role,
            })
            .collect(),
        other_organizations: orgs.map(|o| o.title.unwrap_or(o.id)).collect(),
        header: response.meta.organization.clone(),
    })
}
