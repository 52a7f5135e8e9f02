//! The free check of a key of a provider other than OpenAI: its probes at once (one round trip),
//! under the cap on requests in flight that every check shares, then one verdict from its rules.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use secrecy::ExposeSecret;
use tokio::sync::Semaphore;

use super::envelope::{ProviderError, parse_provider_error};
use super::rules::{Rule, rule_for};
use super::{Provider, ProviderProbe};
use crate::checks::{CheckReport, KeyDescription, KeyUnderCheck, Note, Verdict, VerdictCode};
use crate::openai::{ApiError, ApiResponse, Client, RateLimits};
use crate::vault::{KeyKind, redact};

/// A probe's complete answer, for a provider's reader of successes.
pub struct Answer<'a> {
    pub probe: &'static ProviderProbe,
    pub kind: KeyKind,
    pub response: &'a ApiResponse,
    /// The body as JSON, when it is.
    pub json: Option<serde_json::Value>,
}

/// What a success still says: a problem it shows (no credit left, a disabled key) and facts.
#[derive(Default)]
pub struct SuccessReading {
    pub problem: Option<&'static Rule>,
    pub notes: Vec<Note>,
}

/// A problem one probe found.
struct Problem {
    code: VerdictCode,
    rule: Option<&'static Rule>,
    status: Option<u16>,
    /// The provider's own message, or the client's words for a failure on the way.
    message: Option<String>,
    technical: Option<String>,
    sub_code: Option<String>,
    request_id: Option<String>,
    /// A failure on the way, in the client's words, for the sentence's `$cause`.
    cause: Option<crate::checks::Said>,
}

/// Checks `key` as a key of `provider`, whose base URL `client` has.
pub async fn check_key(
    provider: &'static Provider,
    client: &Client,
    key: &KeyUnderCheck,
    kind: KeyKind,
    in_flight: &Semaphore,
    timeout: Duration,
) -> CheckReport {
    let started = Instant::now();
    let description = KeyDescription {
        kind,
        redacted: redact(key.secret.expose_secret()),
        source: key.source.clone(),
    };
    // A kind that is not an API key at all (a login token) is never sent anywhere.
    if let Some((_, rule)) = provider.refused_kinds.iter().find(|(k, _)| *k == kind) {
        let verdict =
            Verdict::for_provider(provider.id, rule.code, &rule.saying, Some(rule.sub_code));
        return report(provider, description, verdict, None, started);
    }
    let answers = join_all(provider.probes_for(kind).map(|probe| async move {
        let mut request = provider.get(probe.path).timeout(timeout);
        for (name, value) in probe.query {
            request = request.query(name, value);
        }
        let result = match in_flight.acquire().await {
            Ok(_permit) => client.send(&key.secret, &request).await,
            Err(_) => Err(ApiError::NotSent),
        };
        (probe, result)
    }))
    .await;
    let mut reading = Reading::default();
    for (probe, result) in &answers {
        reading.read(provider, kind, probe, result);
    }
    let rate_limits = reading.rate_limits.take();
    report(
        provider,
        description,
        reading.verdict(provider),
        rate_limits,
        started,
    )
}

/// What the answers of a check said, one answer at a time.
#[derive(Default)]
struct Reading {
    notes: Vec<Note>,
    rate_limits: Option<RateLimits>,
    problems: Vec<Problem>,
}

impl Reading {
    fn read(
        &mut self,
        provider: &'static Provider,
        kind: KeyKind,
        probe: &'static ProviderProbe,
        result: &Result<ApiResponse, ApiError>,
    ) {
        let succeeded = matches!(result, Ok(response) if response.is_success());
        if probe.only_a_fact && !succeeded && !self.tells_a_fact(provider, result) {
            return;
        }
        match result {
            Err(error) => self.problems.push(Problem {
                code: crate::checks::failure_code(error),
                rule: None,
                status: error.http_status(),
                message: Some(crate::i18n::with_language(
                    crate::i18n::Language::English,
                    || error.to_string(),
                )),
                technical: error.technical().map(str::to_owned),
                sub_code: error.path_sub_code().map(str::to_owned),
                request_id: None,
                cause: Some(crate::checks::Said::capture(|| error.to_string())),
            }),
            Ok(response) if response.is_success() => {
                // A proxy or a sign-in page may answer 200 with anything: only a JSON object
                // is the provider's success.
                match serde_json::from_slice::<serde_json::Value>(&response.body) {
                    Ok(json) if json.is_object() => {
                        self.read_success(provider, kind, probe, response, json);
                    }
                    _ => self.not_json(response),
                }
            }
            Ok(response) => self.read_refusal(provider, response),
        }
    }

    /// A success that is not the provider's answer.
    fn not_json(&mut self, response: &ApiResponse) {
        self.problems.push(Problem {
            code: VerdictCode::UnexpectedResponse,
            rule: None,
            status: Some(response.status),
            message: None,
            technical: None,
            sub_code: Some("not_json".to_owned()),
            request_id: None,
            cause: None,
        });
    }

    /// True when a refusal is one a rule knows (the free plan's, or a refused key's).
    fn tells_a_fact(&self, provider: &Provider, result: &Result<ApiResponse, ApiError>) -> bool {
        let Ok(response) = result else {
            return false;
        };
        let body = String::from_utf8_lossy(&response.body);
        parse_provider_error(Some(response.status), &body)
            .and_then(|error| super::rules::named_rule_for(provider, &error))
            .is_some()
    }

    fn read_success(
        &mut self,
        provider: &'static Provider,
        kind: KeyKind,
        probe: &'static ProviderProbe,
        response: &ApiResponse,
        json: serde_json::Value,
    ) {
        if !response.meta.rate_limits.is_empty() {
            self.rate_limits = Some(response.meta.rate_limits.clone());
        }
        let reading = (provider.read_success)(&Answer {
            probe,
            kind,
            response,
            json: Some(json),
        });
        self.notes.extend(reading.notes);
        if let Some(rule) = reading.problem {
            self.problems.push(Problem {
                code: rule.code,
                rule: Some(rule),
                status: Some(response.status),
                message: None,
                technical: None,
                sub_code: Some(rule.sub_code.to_owned()),
                request_id: response.meta.request_id.clone(),
                cause: None,
            });
        }
    }

    fn read_refusal(&mut self, provider: &'static Provider, response: &ApiResponse) {
        let body = String::from_utf8_lossy(&response.body);
        let error = parse_provider_error(Some(response.status), &body).unwrap_or(ProviderError {
            status: Some(response.status),
            ..ProviderError::default()
        });
        let rule = rule_for(provider, &error);
        // A rule that only tells a fact (Groq's free plan) is a note, not a problem.
        if let Some(rule) = rule.filter(|r| r.code.is_ok()) {
            self.notes.push(Note::said(rule.saying.sentence));
            return;
        }
        self.problems.push(Problem {
            code: rule.map_or_else(|| unrecognised(response.status), |r| r.code),
            rule,
            status: Some(response.status),
            message: (!error.message.is_empty()).then(|| error.message.clone()),
            technical: None,
            sub_code: rule.map(|r| r.sub_code.to_owned()),
            request_id: response.meta.request_id.clone(),
            cause: None,
        });
    }

    /// The problem a person must fix first decides; the facts go under it.
    fn verdict(self, provider: &Provider) -> Verdict {
        let Some(problem) = self
            .problems
            .into_iter()
            .min_by_key(|p| p.code.precedence())
        else {
            let mut verdict =
                Verdict::for_provider(provider.id, VerdictCode::Ok, &provider.works, None);
            verdict.details.notes.extend(self.notes);
            return verdict;
        };
        let saying = problem.rule.map_or_else(
            || super::Saying::plain(unrecognised_sentence(problem.code)),
            |rule| rule.saying,
        );
        let mut verdict = Verdict::for_provider(
            provider.id,
            problem.code,
            &saying,
            problem.sub_code.as_deref(),
        );
        if let Some(cause) = problem.cause {
            verdict.set_cause(cause);
        }
        verdict.details.http_status = problem.status;
        verdict.details.openai_message = problem.message;
        verdict.details.technical = problem.technical;
        verdict.details.request_ids.extend(problem.request_id);
        verdict.details.notes.extend(self.notes);
        verdict
    }
}

/// The report of a key that was not sent anywhere, with the verdict that says why.
pub fn unsent_report(
    provider: &Provider,
    key: &KeyUnderCheck,
    kind: KeyKind,
    verdict: Verdict,
) -> CheckReport {
    let description = KeyDescription {
        kind,
        redacted: redact(key.secret.expose_secret()),
        source: key.source.clone(),
    };
    report(provider, description, verdict, None, Instant::now())
}

/// The verdict of a provider with no address to reach it at: Azure without its endpoint, or
/// an address that cannot be used (`unusable`).
pub fn no_address(provider: super::ProviderId, unusable: bool) -> Verdict {
    let sentence = if unusable {
        "provider-address-unusable"
    } else {
        "provider-endpoint-required"
    };
    let code = if unusable {
        VerdictCode::UnexpectedResponse
    } else {
        VerdictCode::EndpointRequired
    };
    Verdict::for_provider(
        provider,
        code,
        &super::Saying::fixed(sentence, super::Fix::keys()),
        None,
    )
}

fn report(
    provider: &Provider,
    key: KeyDescription,
    verdict: Verdict,
    rate_limits: Option<RateLimits>,
    started: Instant,
) -> CheckReport {
    CheckReport {
        provider: provider.id,
        key,
        verdict,
        permissions: Vec::new(),
        organization: None,
        rate_limits,
        tier: None,
        elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    }
}

/// An answer no rule knows: the provider's trouble for a 5xx, else not its usual answer.
fn unrecognised(status: u16) -> VerdictCode {
    if status >= 500 {
        VerdictCode::ServerError
    } else {
        VerdictCode::UnexpectedResponse
    }
}

fn unrecognised_sentence(code: VerdictCode) -> &'static str {
    match code {
        VerdictCode::NetworkError => "provider-network-error",
        VerdictCode::ServerError => "provider-server-error",
        _ => "provider-unexpected",
    }
}
