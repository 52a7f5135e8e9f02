//! Runs every probe for a key at once, under one cap on requests in flight shared by all keys,
//! each probe with its own timeout, and turns the answers into a report. A slow or failing probe
//! never hides the others' results.

use std::sync::Arc;
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
    Finding, Observation, RESPONSES_TRAP_SENTENCE, Verdict, VerdictCode, VerdictContext, canonical,
    classify,
};
use crate::openai::{ApiError, ApiResponse, Client, Me, RateLimits};
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
}

impl KeyUnderCheck {
    pub fn new(secret: SecretString, source: impl Into<String>) -> Self {
        KeyUnderCheck {
            secret,
            source: source.into(),
            organization: None,
            project: None,
        }
    }
}

#[derive(Clone)]
pub struct Checker {
    client: Client,
    in_flight: Arc<Semaphore>,
    probe_timeout: Duration,
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
        }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Every probe for the key, at once; then one report.
    pub async fn check(&self, key: &KeyUnderCheck) -> CheckReport {
        let started = Instant::now();
        let kind = KeyKind::detect(key.secret.expose_secret());
        let client = self
            .client
            .with_headers(key.organization.clone(), key.project.clone());
        let now = jiff::Timestamp::now().as_second();
        let probes = probes_for(kind == KeyKind::Admin);
        let outcomes = join_all(probes.map(|probe| {
            let client = &client;
            async move {
                let request = probe.request(now).timeout(self.probe_timeout);
                let result = match self.in_flight.acquire().await {
                    Ok(_permit) => client.send(&key.secret, &request).await,
                    Err(_) => Err(ApiError::Transport {
                        detail: "the check was stopped".to_owned(),
                    }),
                };
                ProbeOutcome { probe, result }
            }
        }))
        .await;
        let description = KeyDescription {
            kind,
            redacted: redact(key.secret.expose_secret()),
            source: key.source.clone(),
        };
        assemble(
            description,
            key.project.clone(),
            &outcomes,
            started.elapsed(),
        )
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
fn failure_code(error: &ApiError) -> VerdictCode {
    match error {
        ApiError::Dns { .. }
        | ApiError::ConnectionRefused { .. }
        | ApiError::Tls { .. }
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
struct Problem {
    code: VerdictCode,
    finding: Finding,
    http_status: Option<u16>,
    message: Option<String>,
}

/// The row status and the problem (if any) of one probe's answer.
fn read_outcome(outcome: &ProbeOutcome) -> (PermissionStatus, Option<u16>, Option<Problem>) {
    let response = match &outcome.result {
        Ok(response) => response,
        Err(error) => {
            let problem = Problem {
                code: failure_code(error),
                finding: Finding::default(),
                http_status: error.http_status(),
                message: Some(error.to_string()),
            };
            return (PermissionStatus::Error, error.http_status(), Some(problem));
        }
    };
    let status = response.status;
    if let Err(not_json) = response.ensure_json() {
        let problem = Problem {
            code: failure_code(&not_json),
            finding: Finding::default(),
            http_status: Some(status),
            message: Some(not_json.to_string()),
        };
        return (PermissionStatus::Error, Some(status), Some(problem));
    }
    // A broken proxy may answer 200 with anything: only a JSON object is OpenAI's success.
    if response.is_success()
        && serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&response.body)
            .is_err()
    {
        let problem = Problem {
            code: VerdictCode::UnexpectedResponse,
            finding: Finding::default(),
            http_status: Some(status),
            message: Some(unexplained_answer(response)),
        };
        return (PermissionStatus::Error, Some(status), Some(problem));
    }
    // Validation errors come after the scope check (reference section 5): the scope is granted.
    // OpenAI sends them in its error envelope; anything else is not OpenAI's answer.
    let validation =
        matches!(status, 400 | 404 | 405 | 409 | 415 | 422) && response.error_body().is_some();
    if response.is_success() || validation {
        let problem = (status == 404 || status == 400 || status == 403)
            .then(|| response.error_body())
            .flatten()
            .and_then(|body| {
                classify(&Observation::from_body(Some(status), &body)).map(|c| (c, body))
            })
            .filter(|((code, _), _)| {
                *code == VerdictCode::ModelAccess || *code == VerdictCode::VerificationRequired
            })
            .map(|((code, finding), body)| Problem {
                code,
                finding,
                http_status: Some(status),
                message: Some(body.message),
            });
        return (PermissionStatus::Granted, Some(status), problem);
    }
    let Some(body) = response.error_body() else {
        let code = if status >= 500 {
            VerdictCode::ServerError
        } else {
            VerdictCode::UnexpectedResponse
        };
        let text = unexplained_answer(response);
        let row = if status >= 500 {
            PermissionStatus::Error
        } else {
            PermissionStatus::Unknown
        };
        let problem = Problem {
            code,
            finding: Finding::default(),
            http_status: Some(status),
            message: Some(text),
        };
        return (row, Some(status), Some(problem));
    };
    let classified = classify(&Observation::from_body(Some(status), &body));
    let (code, finding) = classified.unwrap_or((
        if status >= 500 {
            VerdictCode::ServerError
        } else {
            VerdictCode::UnexpectedResponse
        },
        Finding::default(),
    ));
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
        message: Some(body.message),
    };
    (row, Some(status), Some(problem))
}

/// What an answer without OpenAI's error message was, in words for the verdict's brackets.
fn unexplained_answer(response: &ApiResponse) -> String {
    let status = response.status;
    if (300..400).contains(&status) {
        return format!(
            "the server answered HTTP {status}, sending Key Doctor to another address; it is not followed, so that the key is not sent elsewhere"
        );
    }
    let text = String::from_utf8_lossy(&response.body[..response.body.len().min(200)]);
    let text = text.trim();
    let parsed = serde_json::from_slice::<serde_json::Value>(&response.body);
    if text.is_empty() {
        format!("the server answered HTTP {status} with an empty body")
    } else if parsed.as_ref().is_err_and(|e| e.is_eof()) {
        ApiError::Truncated { status }.to_string()
    } else if parsed.is_err() || response.is_success() {
        format!("HTTP {status} with a body that is not OpenAI's JSON")
    } else {
        format!("HTTP {status}: {text}")
    }
}

fn assemble(
    key: KeyDescription,
    project_hint: Option<String>,
    outcomes: &[ProbeOutcome],
    elapsed: Duration,
) -> CheckReport {
    let mut permissions = Vec::new();
    let mut problems: Vec<(&'static Probe, Problem)> = Vec::new();
    let mut missing_scopes: Vec<String> = Vec::new();
    let mut request_ids = Vec::new();
    let mut organization = None;
    let mut rate_limits: Option<RateLimits> = None;
    let mut conclusive_core = 0;
    for outcome in outcomes {
        let (status, http_status, problem) = read_outcome(outcome);
        if let Ok(response) = &outcome.result {
            if let Some(id) = &response.meta.request_id {
                request_ids.push(id.clone());
            }
            if outcome.probe.role == ProbeRole::Identity && response.is_success() {
                organization = organization_from(response);
            }
            if outcome.probe.role == ProbeRole::QuotaAndLimits
                && !response.meta.rate_limits.is_empty()
            {
                rate_limits = Some(response.meta.rate_limits.clone());
            }
        }
        let core = matches!(outcome.probe.id, "model_request" | "quota" | "usage_read");
        if core && status != PermissionStatus::Error && status != PermissionStatus::Unknown {
            conclusive_core += 1;
        }
        if outcome.probe.is_permission_row() {
            let mut scopes: Vec<String> = outcome
                .probe
                .scopes
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
            if let Some(problem) = &problem
                && status == PermissionStatus::Missing
                && !problem.finding.missing_scopes.is_empty()
            {
                // The answer names the real scopes; they beat the catalog's guess.
                scopes = problem.finding.missing_scopes.clone();
            }
            permissions.push(PermissionRow {
                group: outcome.probe.group.to_owned(),
                level: outcome.probe.level.to_owned(),
                scopes,
                status,
                http_status,
            });
        }
        if let Some(problem) = problem {
            for scope in &problem.finding.missing_scopes {
                if !missing_scopes
                    .iter()
                    .any(|s| canonical(s) == canonical(scope))
                {
                    missing_scopes.push(scope.clone());
                }
            }
            problems.push((outcome.probe, problem));
        }
    }

    let admin = key.kind == KeyKind::Admin;
    let decisive = problems
        .iter()
        .filter(|(_, p)| !p.code.is_inconclusive())
        .min_by_key(|(_, p)| p.code.precedence());
    let inconclusive = problems.iter().find(|(_, p)| p.code.is_inconclusive());
    let context = VerdictContext {
        kind: Some(key.kind),
        project_id: project_hint,
    };
    let mut verdict = match (decisive, inconclusive) {
        (Some((_, problem)), _) => {
            let mut code = problem.code;
            let mut finding = problem.finding.clone();
            if code == VerdictCode::AdminKeyRequired && admin {
                code = VerdictCode::MissingScopes;
            }
            if code == VerdictCode::MissingScopes {
                finding.missing_scopes = missing_scopes.clone();
            }
            let mut verdict = Verdict::for_finding(code, &finding, &context);
            verdict.details.http_status = problem.http_status;
            verdict.details.openai_message = problem.message.clone();
            verdict
        }
        // Only failures to get an answer: say so, unless the core probes answered anyway.
        (None, Some((probe, problem))) if conclusive_core == 0 => {
            let mut verdict = Verdict::for_finding(problem.code, &problem.finding, &context);
            // Say what happened, in the client's words ("the connection was refused", ...).
            if let Some(what) = &problem.message {
                verdict.summary = match problem.code {
                    VerdictCode::NetworkError => format!(
                        "Key Doctor could not reach OpenAI: {what}. Check the internet connection, VPN or proxy, then try again."
                    ),
                    VerdictCode::UnexpectedResponse => format!(
                        "The answer was not OpenAI's ({what}), so the key could not be checked. A proxy, firewall or a wrong base URL may be in the way."
                    ),
                    _ => verdict.summary,
                };
            }
            verdict.details.http_status = problem.http_status;
            verdict.details.openai_message = problem.message.clone();
            verdict.details.notes.push(format!(
                "The first check that failed was {} ({}).",
                probe.group, probe.level
            ));
            verdict
        }
        _ => Verdict::for_finding(VerdictCode::Ok, &Finding::default(), &context),
    };
    let responses_ticked = permissions
        .iter()
        .any(|row| row.group == "Responses" && row.status == PermissionStatus::Granted);
    let model_request_missing = missing_scopes
        .iter()
        .any(|s| canonical(s) == "model.request");
    if verdict.code == VerdictCode::MissingScopes && model_request_missing && responses_ticked {
        verdict.summary = RESPONSES_TRAP_SENTENCE.to_owned();
    }
    if verdict.code == VerdictCode::Ok && admin {
        verdict.summary =
            "This Admin key works: it may read usage and costs and the organization's projects."
                .to_owned();
    }
    let unanswered = permissions
        .iter()
        .filter(|r| r.status == PermissionStatus::Error)
        .count();
    if unanswered > 0 && !verdict.code.is_inconclusive() {
        verdict.details.notes.push(format!(
            "{unanswered} of the {} permission checks got no usable answer (network or server trouble); their rows say \"Could not check\".",
            permissions.len()
        ));
    }
    request_ids.truncate(5);
    verdict.details.request_ids = request_ids;
    let tier = rate_limits.as_ref().and_then(infer_tier);
    CheckReport {
        key,
        verdict,
        permissions,
        organization,
        rate_limits,
        tier,
        elapsed_ms: elapsed.as_millis() as u64,
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
