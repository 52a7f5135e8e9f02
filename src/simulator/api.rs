//! How api.openai.com answers, written as plain JSON from the reference (sections 1–6), apart from
//! the client's types. The order of checks follows reference section 5: authentication, then
//! scope, then quota, then parameter validation, then model access and verification.

use serde_json::{Value, json};

use super::scenarios::{
    Access, ORG_ID, ORG_SLUG, ORG_TITLE, Scenario, SimKeyKind, USER_ID, error_message_redaction,
};
use super::usage_data::{
    COST_GROUP_FIELDS, PROJECTS, SECONDS_PER_DAY, USAGE_GROUP_FIELDS, UsageData, UsageFilter,
};

/// A request, as the simulator needs it.
pub struct SimRequest {
    pub method: String,
    /// The path below `/v1`.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub bearer: Option<String>,
    pub organization: Option<String>,
    pub project: Option<String>,
    pub openai_beta: bool,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// An answer before faults are applied.
pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub headers: Vec<(&'static str, String)>,
    pub generated_tokens: bool,
}

impl Reply {
    pub(super) fn ok(body: Value) -> Reply {
        Reply {
            status: 200,
            body,
            headers: Vec::new(),
            generated_tokens: false,
        }
    }

    pub(super) fn error(
        status: u16,
        message: &str,
        error_type: &str,
        param: Option<&str>,
        code: Option<&str>,
    ) -> Reply {
        Reply {
            status,
            body: json!({"error": {"message": message, "type": error_type, "param": param, "code": code}}),
            headers: Vec::new(),
            generated_tokens: false,
        }
    }

    fn invalid(message: &str, param: Option<&str>, code: Option<&str>) -> Reply {
        Reply::error(400, message, "invalid_request_error", param, code)
    }

    fn with_header(mut self, name: &'static str, value: impl ToString) -> Reply {
        self.headers.push((name, value.to_string()));
        self
    }
}

/// The model the project of `Scenario::ProjectWithoutModel` may not use: the one Key Doctor's
/// quota probe asks for, so the demo shows the verdict.
pub const PROBE_BLOCKED_MODEL: &str = "gpt-5-mini";

/// The models the demo organization can see.
const MODELS: [&str; 9] = [
    "gpt-5",
    "gpt-5-mini",
    "gpt-4.1",
    "gpt-4o",
    "gpt-4o-mini",
    "o4-mini",
    "gpt-image-1",
    "omni-moderation-latest",
    "text-embedding-3-small",
];

/// What a route needs of the key.
enum Needs {
    /// Any valid key.
    ValidKey,
    /// These scopes; `models_forbidden` marks the one route that answers 403 rather than 401.
    Scopes(&'static [&'static str]),
    /// An admin key with this scope.
    Admin(&'static str),
    /// `GET /v1/organizations`: 200 for keys with every permission, 403 for the rest.
    AllPermissions,
    /// Not a route OpenAI has.
    Unknown,
}

/// The scope table of the simulator (reference sections 2 and 5).
fn needs(method: &str, path: &str) -> Needs {
    // Key Doctor sends GET and POST only; anything else (a DELETE of a spend limit) is no
    // route here, so a test of "reads only" can fail.
    if method != "GET" && method != "POST" {
        return Needs::Unknown;
    }
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let post = method == "POST";
    match (segments.as_slice(), post) {
        (["me"], false) => Needs::ValidKey,
        (["models"], false) | (["models", _], false) => Needs::Scopes(&["api.model.read"]),
        (["chat", "completions"], true)
        | (["completions"], true)
        | (["embeddings"], true)
        | (["moderations"], true)
        | (["images", "generations"], true)
        | (["audio", "speech"], true) => Needs::Scopes(&["model.request"]),
        (["responses"], true) => Needs::Scopes(&["api.responses.write", "model.request"]),
        (["responses", _], false) => Needs::Scopes(&["api.responses.read"]),
        (["assistants"], false) => Needs::Scopes(&["api.assistants.read"]),
        (["assistants"], true) => Needs::Scopes(&["api.assistants.write"]),
        (["threads", _], false) => Needs::Scopes(&["api.threads.read"]),
        (["threads"], true) => Needs::Scopes(&["api.threads.write"]),
        (["fine_tuning", "jobs"], false) => Needs::Scopes(&["api.fine_tuning.jobs.read"]),
        (["fine_tuning", "jobs"], true) => Needs::Scopes(&["api.fine_tuning.jobs.write"]),
        (["files"], false) => Needs::Scopes(&["api.files.read"]),
        (["files"], true) => Needs::Scopes(&["api.files.write"]),
        // The next three scope strings are [I] (reference section 2, "not confirmed").
        (["evals"], false) => Needs::Scopes(&["api.evals.read"]),
        (["evals"], true) => Needs::Scopes(&["api.evals.write"]),
        (["batches"], false) => Needs::Scopes(&["api.batch.read"]),
        (["batches"], true) => Needs::Scopes(&["api.batch.write"]),
        (["vector_stores"], false) => Needs::Scopes(&["api.vector_stores.read"]),
        (["vector_stores"], true) => Needs::Scopes(&["api.vector_stores.write"]),
        (["organizations"], false) => Needs::AllPermissions,
        (["organization", "usage", _], false) | (["organization", "costs"], false) => {
            Needs::Admin("api.usage.read")
        }
        (["organization", rest @ ..], false) if super::organization::is_route(rest) => {
            Needs::Admin("api.management.read")
        }
        _ => Needs::Unknown,
    }
}

fn missing_scopes_message(scope: &str, admin: bool) -> String {
    if admin {
        format!(
            "You have insufficient permissions for this operation. Missing scopes: {scope}. Check that you have the correct role in your organization, and if you're using a restricted API key, that it has the necessary scopes."
        )
    } else {
        format!(
            "You have insufficient permissions for this operation. Missing scopes: {scope}. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Viewer, Member, Owner), and if you're using a restricted API key, that it has the necessary scopes."
        )
    }
}

/// Answers one request. Returns the scenario of the key used (when known) beside the reply.
pub fn answer(data: &UsageData, now: i64, request: &SimRequest) -> (Option<Scenario>, Reply) {
    let Some(bearer) = request.bearer.as_deref() else {
        return (
            None,
            Reply::error(
                401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
                "invalid_request_error",
                None,
                None,
            ),
        );
    };
    let Some(scenario) = Scenario::ALL.into_iter().find(|s| s.secret() == bearer) else {
        return (None, incorrect_key(bearer));
    };
    (Some(scenario), answer_for_key(data, now, scenario, request))
}

fn incorrect_key(secret: &str) -> Reply {
    Reply::error(
        401,
        &format!(
            "Incorrect API key provided: {}. You can find your API key at https://platform.openai.com/account/api-keys.",
            error_message_redaction(secret)
        ),
        "invalid_request_error",
        None,
        Some("invalid_api_key"),
    )
}

fn answer_for_key(data: &UsageData, now: i64, scenario: Scenario, request: &SimRequest) -> Reply {
    let route = needs(&request.method, &request.path);
    if let Needs::Unknown = route {
        return Reply::invalid(
            &format!("Invalid URL ({} /v1{})", request.method, request.path),
            None,
            None,
        );
    }
    if let Some(refusal) = account_refusal(scenario).or_else(|| header_mismatch(scenario, request))
    {
        return refusal;
    }
    if let Some(reply) = permission_answer(&route, scenario, data, now, request) {
        return reply;
    }
    let generates = request.method == "POST"
        && matches!(
            request.path.as_str(),
            "/chat/completions"
                | "/completions"
                | "/embeddings"
                | "/images/generations"
                | "/audio/speech"
                | "/responses"
        );
    if generates {
        if let Some(reply) = account_limits(scenario) {
            return with_rate_limits(reply, scenario);
        }
        return with_rate_limits(model_route(scenario, request), scenario);
    }
    if scenario == Scenario::AccessTerminated {
        return account_limits(scenario).unwrap_or_else(|| Reply::ok(json!({})));
    }
    read_route(scenario, request)
}

/// Keys refused whatever they ask: revoked, no organization, a blocked region or address.
fn account_refusal(scenario: Scenario) -> Option<Reply> {
    match scenario {
        // What OpenAI answers for a key whose owner left or whose project was archived is [I]:
        // the admin reference has no capture; an unaccepted key is the likeliest.
        Scenario::Revoked | Scenario::OwnerLeft | Scenario::ArchivedProject => {
            Some(incorrect_key(&scenario.secret()))
        }
        Scenario::NoOrganization => Some(Reply::error(
            401,
            "You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.",
            "invalid_request_error",
            None,
            Some("no_organization"),
        )),
        Scenario::RegionBlocked => Some(Reply::error(
            403,
            "Country, region, or territory not supported",
            "request_forbidden",
            None,
            Some("unsupported_country_region_territory"),
        )),
        // Reference section 3 gives only the message; type and code are [I].
        Scenario::IpNotAllowed => Some(Reply::error(
            401,
            "IP not authorized",
            "invalid_request_error",
            None,
            None,
        )),
        _ => None,
    }
}

/// An OpenAI-Organization or OpenAI-Project header the key does not belong to.
fn header_mismatch(scenario: Scenario, request: &SimRequest) -> Option<Reply> {
    let kind = scenario.kind();
    if let Some(organization) = request.organization.as_deref()
        && organization != ORG_ID
    {
        return Some(Reply::error(
            401,
            "OpenAI-Organization header should match organization for API key",
            "invalid_request_error",
            None,
            Some("mismatched_organization"),
        ));
    }
    // Admin keys belong to the organization, not a project; the header is ignored for them [I].
    let project = request
        .project
        .as_deref()
        .filter(|_| kind != SimKeyKind::Admin)?;
    let own = scenario.project_index().map(|p| PROJECTS[p].id);
    // Legacy user keys may choose any project of their organization.
    let allowed = match kind {
        SimKeyKind::LegacyUser => PROJECTS.iter().any(|p| p.id == project),
        _ => own == Some(project),
    };
    (!allowed).then(|| {
        Reply::error(
            401,
            "OpenAI-Project header should match project for API key",
            "invalid_request_error",
            None,
            Some("mismatched_project"),
        )
    })
}

/// What the key's permissions decide: the Admin routes, the organizations list, and a scope
/// the key lacks. `None` when the request goes on.
fn permission_answer(
    route: &Needs,
    scenario: Scenario,
    data: &UsageData,
    now: i64,
    request: &SimRequest,
) -> Option<Reply> {
    let kind = scenario.kind();
    let access = scenario.access();
    match route {
        Needs::Admin(scope) if kind != SimKeyKind::Admin || !access.allows(scope) => {
            // Reference addendum: reported mostly as 403, the message naming the scope.
            Some(Reply::error(
                403,
                &missing_scopes_message(scope, true),
                "invalid_request_error",
                None,
                None,
            ))
        }
        Needs::Admin(_) => Some(admin_route(data, now, scenario, request)),
        Needs::AllPermissions if access == Access::All => Some(Reply::ok(
            json!({"object": "list", "data": [organization_json()]}),
        )),
        Needs::AllPermissions => Some(Reply::error(
            403,
            "You do not have access to this resource.",
            "invalid_request_error",
            None,
            None,
        )),
        // Admin keys cannot call models; the error comes as a plain string (reference section 3).
        Needs::Scopes(scopes) if kind == SimKeyKind::Admin => Some(Reply {
            status: 401,
            ..Reply::ok(json!({"error": missing_scopes_message(scopes[0], true)}))
        }),
        Needs::Scopes(scopes) => {
            let missing: Vec<&str> = scopes
                .iter()
                .copied()
                .filter(|s| !access.allows(s))
                .collect();
            let status = if request.path.starts_with("/models") {
                403
            } else {
                401
            };
            (!missing.is_empty()).then(|| {
                Reply::error(
                    status,
                    &missing_scopes_message(&missing.join(", "), false),
                    "invalid_request_error",
                    None,
                    None,
                )
            })
        }
        Needs::ValidKey | Needs::Unknown => None,
    }
}

/// Quota, rate limit and account state, checked before the body is validated (reference section 5).
fn account_limits(scenario: Scenario) -> Option<Reply> {
    let quota = |code: &str, message: &str| {
        Some(Reply::error(
            429,
            message,
            "insufficient_quota",
            None,
            Some(code),
        ))
    };
    match scenario {
        Scenario::InsufficientQuota => quota(
            "insufficient_quota",
            "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
        ),
        Scenario::CreditBalanceExhausted => quota(
            "credit_balance_exhausted",
            "Your credit balance is exhausted. Add credits to continue using the API at https://platform.openai.com/settings/organization/billing.",
        ),
        Scenario::OrganizationSpendLimit => quota(
            "organization_spend_limit_exceeded",
            "Your organization has reached its configured spend limit. Update your limit at https://platform.openai.com/settings/organization/limits.",
        ),
        Scenario::ProjectSpendLimit => quota(
            "project_spend_limit_exceeded",
            &format!(
                "Your project has reached its configured enforced spend limit. Update your limit at https://platform.openai.com/settings/{}/limits.",
                PROJECTS[2].id
            ),
        ),
        Scenario::OrganizationUsageLimit => quota(
            "organization_usage_limit_exceeded",
            "Your organization has reached its usage limit. Update your limit at https://platform.openai.com/settings/organization/limits.",
        ),
        Scenario::RateLimited => Some(
            Reply::error(
                429,
                &format!(
                    "Rate limit reached for gpt-5-mini in organization {ORG_ID} on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more."
                ),
                "requests",
                None,
                Some("rate_limit_exceeded"),
            )
            .with_header("retry-after", 1)
            .with_header("retry-after-ms", 150),
        ),
        Scenario::AccessTerminated => Some(Reply::error(
            429,
            "Your access was terminated due to violation of our policies, please check your email for more information. If you believe this is in error and would like to appeal, please contact us through our help center at help.openai.com.",
            "access_terminated",
            None,
            None,
        )),
        _ => None,
    }
}

/// Rate-limit headers, present even on a 400 (reference section 4, tier table of `kc`).
fn with_rate_limits(reply: Reply, scenario: Scenario) -> Reply {
    let (requests, tokens) = match scenario.tier() {
        1 => (500, 500_000),
        2 => (5000, 1_000_000),
        3 => (5000, 2_000_000),
        4 => (10_000, 4_000_000),
        _ => (15_000, 40_000_000),
    };
    reply
        .with_header("x-ratelimit-limit-requests", requests)
        .with_header("x-ratelimit-limit-tokens", tokens)
        .with_header("x-ratelimit-remaining-requests", requests - 1)
        .with_header("x-ratelimit-remaining-tokens", tokens - 16)
        .with_header("x-ratelimit-reset-requests", "12ms")
        .with_header("x-ratelimit-reset-tokens", "0s")
}

fn parse_body(request: &SimRequest) -> Result<serde_json::Map<String, Value>, Reply> {
    match serde_json::from_slice::<Value>(&request.body) {
        Ok(Value::Object(fields)) => Ok(fields),
        _ => Err(Reply::invalid(
            "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
            None,
            None,
        )),
    }
}

/// The model endpoints: validate like OpenAI, and generate only for a valid request.
fn model_route(scenario: Scenario, request: &SimRequest) -> Reply {
    let body = match parse_body(request) {
        Ok(body) => body,
        Err(reply) => return reply,
    };
    match valid_model_request(scenario, &request.path, &body) {
        Ok(model) => {
            let mut reply = Reply::ok(json!({
                "id": "chatcmpl-simulated",
                "object": "chat.completion",
                "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello from the Key Doctor simulator."}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 8, "completion_tokens": 8, "total_tokens": 16}
            }));
            reply.generated_tokens = true;
            reply
        }
        Err(reply) => reply,
    }
}

/// The model a valid request asks for, or OpenAI's error for the first thing wrong, checked in
/// OpenAI's order.
fn valid_model_request<'a>(
    scenario: Scenario,
    path: &str,
    body: &'a serde_json::Map<String, Value>,
) -> Result<&'a str, Reply> {
    if let Some(unknown) = body.keys().find(|k| k.as_str() == "speed") {
        return Err(Reply::invalid(
            &format!("Unrecognized request argument supplied: {unknown}"),
            None,
            None,
        ));
    }
    if path == "/images/generations" && body.get("prompt").is_none() {
        return Err(missing_parameter("prompt"));
    }
    let model = usable_model(scenario, path, body)?;
    if path == "/chat/completions" {
        chat_parameters(body)?;
    }
    if path == "/responses" && body.get("input").is_none() {
        return Err(missing_parameter("input"));
    }
    // Verification is checked after parameter validation (reference section 5, kc).
    if scenario == Scenario::VerificationRequired && model == "gpt-image-1" {
        return Err(Reply::error(
            403,
            "Your organization must be verified to use the model `gpt-image-1`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.",
            "invalid_request_error",
            None,
            None,
        ));
    }
    Ok(model)
}

/// OpenAI's error for a required parameter left out.
fn missing_parameter(name: &str) -> Reply {
    Reply::invalid(
        &format!("Missing required parameter: '{name}'."),
        Some(name),
        Some("missing_required_parameter"),
    )
}

/// The model asked for, when it exists and the key's project may use it.
fn usable_model<'a>(
    scenario: Scenario,
    path: &str,
    body: &'a serde_json::Map<String, Value>,
) -> Result<&'a str, Reply> {
    let model = body.get("model").and_then(Value::as_str);
    let Some(model) = model.or((path == "/images/generations").then_some("dall-e-2")) else {
        return Err(Reply::invalid(
            "you must provide a model parameter",
            None,
            None,
        ));
    };
    if !MODELS.contains(&model) && model != "dall-e-2" {
        return Err(Reply::error(
            404,
            &format!("The model `{model}` does not exist or you do not have access to it."),
            "invalid_request_error",
            None,
            Some("model_not_found"),
        ));
    }
    let blocked = matches!(
        scenario,
        Scenario::ProjectWithoutModel | Scenario::ModelDenied
    );
    if blocked && model == PROBE_BLOCKED_MODEL {
        let project = scenario.project_index().map_or("", |p| PROJECTS[p].id);
        return Err(Reply::error(
            403,
            &format!("Project `{project}` does not have access to model `{model}`"),
            "invalid_request_error",
            None,
            Some("model_not_found"),
        ));
    }
    Ok(model)
}

/// Chat completions need messages, and token limits of at least 1.
fn chat_parameters(body: &serde_json::Map<String, Value>) -> Result<(), Reply> {
    match body.get("messages") {
        Some(Value::Array(messages)) if !messages.is_empty() => {}
        _ => return Err(missing_parameter("messages")),
    }
    for name in ["max_completion_tokens", "max_tokens"] {
        if let Some(limit) = body.get(name).and_then(Value::as_i64)
            && limit < 1
        {
            return Err(Reply::invalid(
                &format!(
                    "Invalid '{name}': integer below minimum value. Expected a value >= 1, but got {limit} instead."
                ),
                Some(name),
                Some("integer_below_min_value"),
            ));
        }
    }
    Ok(())
}

/// Routes that read or create objects without generating anything.
fn read_route(scenario: Scenario, request: &SimRequest) -> Reply {
    if request.method == "POST" {
        create_route(request)
    } else {
        get_route(scenario, request)
    }
}

/// The Assistants API's answer to a request without its beta header.
fn beta_needed() -> Reply {
    Reply::invalid(
        "You must provide the 'OpenAI-Beta' header to access the Assistants API. Please try again by setting the header 'OpenAI-Beta: assistants=v2'.",
        None,
        Some("invalid_beta"),
    )
}

/// POSTs that create objects: the probes send bodies that fail validation, so nothing is made.
fn create_route(request: &SimRequest) -> Reply {
    let path = request.path.as_str();
    if path == "/files" {
        let content_type = request.content_type.as_deref().unwrap_or("none");
        if !content_type.starts_with("multipart/form-data") {
            return Reply::error(
                415,
                &format!(
                    "Invalid Content-Type header ({content_type}), expected multipart/form-data. (HINT: If you're using curl, you can pass -H 'Content-Type: multipart/form-data')"
                ),
                "invalid_request_error",
                None,
                None,
            );
        }
    }
    if path == "/moderations" {
        // Free (reference section 5): answered for real, no tokens billed.
        return match parse_body(request) {
            Ok(body) if body.get("input").is_some() => Reply::ok(json!({
                "id": "modr-simulated",
                "model": "omni-moderation-latest",
                "results": [{"flagged": false, "categories": {}, "category_scores": {}}]
            })),
            Ok(_) => missing_parameter("input"),
            Err(reply) => reply,
        };
    }
    match parse_body(request) {
        Ok(body) if body.contains_key("speed") => {
            Reply::invalid("Unrecognized request argument supplied: speed", None, None)
        }
        Ok(_) if path.starts_with("/assistants") || path.starts_with("/threads") => {
            if request.openai_beta {
                Reply::invalid("Missing required parameter: 'model'.", Some("model"), None)
            } else {
                beta_needed()
            }
        }
        Ok(_) => Reply::invalid(
            "Missing required parameter.",
            None,
            Some("missing_required_parameter"),
        ),
        Err(reply) => reply,
    }
}

fn model_json(id: &str) -> Value {
    json!({"id": id, "object": "model", "created": 1_700_000_000, "owned_by": "openai"})
}

/// GETs: the user, the models, and empty lists of everything else.
fn get_route(scenario: Scenario, request: &SimRequest) -> Reply {
    match request.path.as_str() {
        "/me" => Reply::ok(me_json(scenario)),
        "/models" => Reply::ok(json!({
            "object": "list",
            "data": MODELS.iter().map(|id| model_json(id)).collect::<Vec<_>>()
        })),
        p if p.starts_with("/models/") => {
            let id = &p["/models/".len()..];
            if MODELS.contains(&id) {
                Reply::ok(model_json(id))
            } else {
                Reply::error(
                    404,
                    &format!("The model '{id}' does not exist"),
                    "invalid_request_error",
                    Some("model"),
                    Some("model_not_found"),
                )
            }
        }
        p if p.starts_with("/responses/") => Reply::invalid(
            &format!(
                "Invalid 'response_id': '{}'. Expected an ID that begins with 'resp'.",
                &p["/responses/".len()..]
            ),
            Some("response_id"),
            Some("invalid_value"),
        ),
        "/assistants" if !request.openai_beta => beta_needed(),
        p if p.starts_with("/threads/") => {
            if request.openai_beta {
                Reply::error(
                    404,
                    "No thread found with id '1'.",
                    "invalid_request_error",
                    None,
                    None,
                )
            } else {
                beta_needed()
            }
        }
        _ => Reply::ok(
            json!({"object": "list", "data": [], "first_id": null, "last_id": null, "has_more": false}),
        ),
    }
}

fn organization_json() -> Value {
    json!({
        "object": "organization",
        "id": ORG_ID,
        "title": ORG_TITLE,
        "name": ORG_SLUG,
        "personal": false,
        "is_default": true,
        "role": "owner",
        "projects": {"object": "list", "data": PROJECTS.iter().filter(|p| !p.archived).map(|p| json!({"id": p.id, "title": p.name, "role": "owner"})).collect::<Vec<_>>()}
    })
}

/// `GET /v1/me`: the user and their organizations; service accounts see only the organization.
fn me_json(scenario: Scenario) -> Value {
    match scenario.kind() {
        SimKeyKind::ServiceAccount | SimKeyKind::Admin => json!({
            "object": "organization.service_account",
            "orgs": {"object": "list", "data": [organization_json()]}
        }),
        _ => json!({
            "object": "user",
            "id": USER_ID,
            "email": "owner@example.com",
            "name": "Demo Owner",
            "mfa_flag_enabled": true,
            "orgs": {"object": "list", "data": [organization_json()]}
        }),
    }
}

pub(super) fn query_values<'a>(request: &'a SimRequest, name: &str) -> Vec<&'a str> {
    let bracketed = format!("{name}[]");
    request
        .query
        .iter()
        .filter(|(key, _)| key == name || *key == bracketed)
        .flat_map(|(_, value)| value.split(','))
        .filter(|v| !v.is_empty())
        .collect()
}

pub(super) fn query_value<'a>(request: &'a SimRequest, name: &str) -> Option<&'a str> {
    query_values(request, name).into_iter().next()
}

/// The Admin API: usage and costs here, the organization's lists in `organization`.
fn admin_route(data: &UsageData, now: i64, admin: Scenario, request: &SimRequest) -> Reply {
    let segments: Vec<&str> = request.path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["organization", "costs"] => buckets(data, now, request, true),
        ["organization", "usage", _] => buckets(data, now, request, false),
        ["organization", rest @ ..] => super::organization::answer(data, now, admin, rest, request),
        _ => Reply::invalid(
            &format!("Invalid URL ({} /v1{})", request.method, request.path),
            None,
            None,
        ),
    }
}

/// `limit` (1–100, default 20) and `after` paging of the list endpoints.
pub(super) fn list_page(request: &SimRequest, items: Vec<Value>) -> Reply {
    let limit = match query_value(request, "limit").map(str::parse::<usize>) {
        None => 20,
        Some(Ok(limit)) if (1..=100).contains(&limit) => limit,
        Some(_) => {
            return Reply::invalid(
                "Invalid value for 'limit': must be between 1 and 100.",
                Some("limit"),
                None,
            );
        }
    };
    let start = match query_value(request, "after") {
        Some(after) => match items.iter().position(|item| item["id"] == after) {
            Some(index) => index + 1,
            None => {
                return Reply::invalid(
                    &format!("Invalid value for 'after': no object with id {after}."),
                    Some("after"),
                    None,
                );
            }
        },
        None => 0,
    };
    let page: Vec<Value> = items.iter().skip(start).take(limit).cloned().collect();
    Reply::ok(json!({
        "object": "list",
        "data": page,
        "first_id": page.first().map(|p| p["id"].clone()),
        "last_id": page.last().map(|p| p["id"].clone()),
        "has_more": start + page.len() < items.len(),
    }))
}

/// The span and paging of a usage or costs request.
struct BucketSpan {
    start_time: i64,
    end_time: i64,
    /// Seconds a bucket covers.
    width: i64,
    /// Buckets a page holds.
    limit: i64,
}

/// Bucketed usage or costs with OpenAI's widths, limits and `next_page` cursors.
fn buckets(data: &UsageData, now: i64, request: &SimRequest, costs: bool) -> Reply {
    let span = match bucket_span(request, now, costs) {
        Ok(span) => span,
        Err(reply) => return reply,
    };
    let filter = match usage_filter(request, costs) {
        Ok(filter) => filter,
        Err(reply) => return reply,
    };
    let width = span.width;
    // Buckets are aligned to whole widths in UTC, as OpenAI does (seed 002: a 11:17 start
    // came back as a bucket starting at midnight).
    let first_bucket = span.start_time.div_euclid(width) * width;
    let page_start = match query_value(request, "page") {
        Some(page) => match page
            .strip_prefix("page_")
            .and_then(|hex| i64::from_str_radix(hex, 16).ok())
        {
            Some(start) if start >= first_bucket && (start - first_bucket) % width == 0 => start,
            _ => return Reply::invalid("Invalid value for 'page'.", Some("page"), None),
        },
        None => first_bucket,
    };
    let mut items = Vec::new();
    let mut bucket_start = page_start;
    while bucket_start < span.end_time && (items.len() as i64) < span.limit {
        let bucket_end = bucket_start + width;
        let results = if costs {
            data.cost_results(bucket_start.div_euclid(SECONDS_PER_DAY), &filter)
        } else {
            data.usage_results(bucket_start, bucket_end, &filter)
        };
        items.push(json!({"object": "bucket", "start_time": bucket_start, "end_time": bucket_end, "results": results}));
        bucket_start = bucket_end;
    }
    let has_more = bucket_start < span.end_time;
    Reply::ok(json!({
        "object": "page",
        "data": items,
        "has_more": has_more,
        "next_page": if has_more { Value::from(format!("page_{bucket_start:x}")) } else { Value::Null },
    }))
}

/// `start_time`, `end_time`, `bucket_width` and `limit`, within OpenAI's bounds.
fn bucket_span(request: &SimRequest, now: i64, costs: bool) -> Result<BucketSpan, Reply> {
    let Some(start_time) = query_value(request, "start_time").and_then(|v| v.parse::<i64>().ok())
    else {
        return Err(missing_parameter("start_time"));
    };
    let end_time = match query_value(request, "end_time").map(str::parse::<i64>) {
        None => now,
        Some(Ok(end)) => end,
        Some(Err(_)) => {
            return Err(Reply::invalid(
                "Invalid value for 'end_time'.",
                Some("end_time"),
                None,
            ));
        }
    };
    let width_name = query_value(request, "bucket_width").unwrap_or("1d");
    let (width, default_limit, max_limit) = match (width_name, costs) {
        ("1d", true) => (SECONDS_PER_DAY, 7, 180),
        ("1d", false) => (SECONDS_PER_DAY, 7, 31),
        ("1h", false) => (3600, 24, 168),
        ("1m", false) => (60, 60, 1440),
        _ => {
            return Err(Reply::invalid(
                &format!("Invalid value for 'bucket_width': '{width_name}'."),
                Some("bucket_width"),
                None,
            ));
        }
    };
    let limit = match query_value(request, "limit").map(str::parse::<i64>) {
        None => default_limit,
        Some(Ok(limit)) if (1..=max_limit).contains(&limit) => limit,
        Some(_) => {
            return Err(Reply::invalid(
                &format!(
                    "Invalid value for 'limit': must be between 1 and {max_limit} for bucket_width {width_name}."
                ),
                Some("limit"),
                None,
            ));
        }
    };
    Ok(BucketSpan {
        start_time,
        end_time,
        width,
        limit,
    })
}

/// `group_by` (only the fields the endpoint groups by) and the filters.
fn usage_filter(request: &SimRequest, costs: bool) -> Result<UsageFilter, Reply> {
    let allowed_groups: &[&str] = if costs {
        &COST_GROUP_FIELDS
    } else {
        &USAGE_GROUP_FIELDS
    };
    let owned = |name: &str| -> Vec<String> {
        query_values(request, name)
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let group_by = owned("group_by");
    if let Some(bad) = group_by
        .iter()
        .find(|g| !allowed_groups.contains(&g.as_str()))
    {
        return Err(Reply::invalid(
            &format!("Invalid value for 'group_by': '{bad}'."),
            Some("group_by"),
            None,
        ));
    }
    Ok(UsageFilter {
        group_by,
        project_ids: owned("project_ids"),
        api_key_ids: owned("api_key_ids"),
        models: owned("models"),
    })
}
