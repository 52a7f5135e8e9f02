//! `key-doctor check` and `key-doctor explain`: the checks without a window, for scripts.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use super::{Problem, print_json};
use crate::checks::{
    CheckReport, Checker, DEFAULT_MAX_IN_FLIGHT, Explanation, KeyUnderCheck, KnownKey,
    PermissionStatus, Verdict, VerdictCode, explain_with,
};
use crate::clock::Clock;
use crate::import::read_env_file;
use crate::openai::Client;
use crate::org::refine::admin_key_could_tell_more;
use crate::org::{read_organization, refine_report};
use crate::providers::{ProviderBases, ProviderId, detect, variable_provider};
use crate::tr;
use crate::usage::admin_key::{ADMIN_KEY_VARIABLE, admin_key_from_environment};
use crate::vault::{Catalog, CatalogEntry, clean_key, fingerprint};

/// Exit statuses of DESIGN.md: 0 the key works, 1 it has a problem, 2 it could not be checked.
pub fn exit_status(code: VerdictCode) -> u8 {
    if code.is_ok() {
        0
    } else if code.is_inconclusive() {
        2
    } else {
        1
    }
}

/// Where `check` takes keys from. Never from the command line itself.
pub enum KeySource<'a> {
    /// The variable named by --key-env; `None`: OPENAI_API_KEY, else the first provider
    /// variable that is set.
    EnvVar(Option<&'a str>),
    EnvFile(&'a Path),
    Stdin,
}

/// What `check` was asked: where the keys are, whose they are (`None`: told by their shape
/// and their variable's name), and how to print.
pub struct CheckOptions<'a> {
    pub source: KeySource<'a>,
    pub provider: Option<ProviderId>,
    pub json: bool,
    pub timeout: Duration,
}

/// The variable OpenAI's key is read from when none is named.
const OPENAI_KEY_VARIABLE: &str = "OPENAI_API_KEY";

/// The keys to check, or why there are none.
fn keys_from(
    source: &KeySource,
    provider: Option<ProviderId>,
    organization: Option<&String>,
    project: Option<&String>,
) -> Result<Vec<KeyUnderCheck>, Problem> {
    match source {
        KeySource::EnvVar(named) => {
            let (variable, value) = key_variable(*named, provider)?;
            let secret = cleaned(&value)?;
            // The variable's name says whose key it is, unless the person said otherwise.
            let provider = provider.or_else(|| {
                detect(secret.expose_secret(), Some(&variable))
                    .best()
                    .map(|d| d.provider)
                    .or_else(|| variable_provider(&variable))
            });
            Ok(vec![
                KeyUnderCheck::new(secret, variable).for_provider(provider),
            ])
        }
        KeySource::Stdin => {
            let mut text = String::new();
            std::io::stdin()
                .take(64 * 1024)
                .read_to_string(&mut text)
                .map_err(|e| {
                    Problem::new(tr!("cli-stdin-unreadable")).with_technical(Some(e.to_string()))
                })?;
            if text.trim().is_empty() {
                return Err(Problem::new(tr!("cli-stdin-empty")));
            }
            Ok(vec![
                KeyUnderCheck::new(cleaned(&text)?, "stdin").for_provider(provider),
            ])
        }
        KeySource::EnvFile(path) => keys_in_file(path, provider, organization, project),
    }
}

/// The variable holding the key and its value: `named`, else OPENAI_API_KEY, else the first
/// other provider's variable that is set (in the order of [`ProviderId::ALL`]); or what to set.
/// A provider the person named has its own variables read first (its key may still sit in
/// OPENAI_API_KEY, for a tool that speaks OpenAI's API to it).
fn key_variable(
    named: Option<&str>,
    provider: Option<ProviderId>,
) -> Result<(String, String), Problem> {
    let set = |name: &str| {
        std::env::var(name)
            .ok()
            .filter(|value| !value.trim().is_empty())
            .map(|value| (name.to_owned(), value))
    };
    if let Some(name) = named {
        return set(name)
            .ok_or_else(|| Problem::new(tr!("cli-key-variable-not-set", variable = name)));
    }
    let others = || {
        ProviderId::ALL
            .into_iter()
            .filter(|p| *p != ProviderId::OpenAi)
            .flat_map(|p| p.entry().key_variables.iter().copied())
    };
    let own = provider
        .filter(|p| *p != ProviderId::OpenAi)
        .map(|p| p.entry().key_variables)
        .unwrap_or_default();
    own.iter()
        .copied()
        .find_map(set)
        .or_else(|| set(OPENAI_KEY_VARIABLE))
        .or_else(|| others().find_map(set))
        .ok_or_else(|| {
            // Each provider's usual variable names it; the others it reads are in --help.
            let usual: Vec<&str> = ProviderId::ALL
                .into_iter()
                .filter(|p| *p != ProviderId::OpenAi)
                .filter_map(|p| p.entry().key_variables.first().copied())
                .collect();
            Problem::new(format!(
                "{} {}",
                tr!("cli-key-variable-not-set", variable = OPENAI_KEY_VARIABLE),
                tr!("cli-key-other-variables", variables = usual.join(", "))
            ))
        })
}

/// Every key of a .env file, with the file's organization and project unless flags gave
/// others, and each provider's address the file sets (an Azure endpoint). `provider` (from
/// --provider) overrides whose keys they are. What the file holds besides is said on stderr.
fn keys_in_file(
    path: &Path,
    provider: Option<ProviderId>,
    organization: Option<&String>,
    project: Option<&String>,
) -> Result<Vec<KeyUnderCheck>, Problem> {
    let scan = read_env_file(path)
        .map_err(|e| Problem::new(e.to_string()).with_technical(e.technical()))?;
    for warning in &scan.warnings {
        Problem::new(warning.to_string())
            .with_technical(warning.technical())
            .say();
    }
    if scan.keys.is_empty() {
        return Err(Problem::new(tr!(
            "cli-env-file-no-api-key",
            file = path.display().to_string()
        )));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(scan
        .keys
        .into_iter()
        .map(|found| {
            let provider = provider.unwrap_or(found.provider);
            KeyUnderCheck {
                secret: found.secret,
                source: format!("{file_name}:{}", found.variable),
                // Flags win over the file, as they would for the app using the file.
                organization: organization
                    .cloned()
                    .or_else(|| scan.hints.organization.clone()),
                project: project.cloned().or_else(|| scan.hints.project.clone()),
                provider: Some(provider),
                endpoint: scan.provider_settings.get(&provider).cloned(),
            }
        })
        .collect())
}

/// The key without what a paste brought along (said on stderr), or why it cannot be one.
fn cleaned(raw: &str) -> Result<SecretString, Problem> {
    let cleaned = clean_key(raw).map_err(|refused| Problem::new(refused.to_string()))?;
    for note in &cleaned.notes {
        eprintln!("key-doctor: {note}");
    }
    Ok(cleaned.secret)
}

/// Checks the keys (OpenAI's with `client`, the others' at `bases`) and prints the reports;
/// the exit status of the worst.
pub fn check(client: Client, bases: ProviderBases, options: CheckOptions) -> ExitCode {
    let CheckOptions {
        source,
        provider,
        json,
        timeout,
    } = options;
    let organization = client.config().organization.clone();
    let project = client.config().project.clone();
    let keys = match keys_from(&source, provider, organization.as_ref(), project.as_ref()) {
        Ok(keys) => keys,
        Err(problem) => return problem.exit(),
    };
    let runtime = match super::runtime() {
        Ok(runtime) => runtime,
        Err(error) => return super::could_not_start(&error),
    };
    // An address refused for a provider that is checked here is said with where it came
    // from; its keys are not sent anywhere (their verdict says so).
    let checked: std::collections::BTreeSet<ProviderId> = keys
        .iter()
        .filter_map(|key| key.detected().map(|d| d.provider))
        .collect();
    for refused in checked.iter().filter_map(|p| bases.refused(*p)) {
        super::Problem::new(refused.to_string()).say();
    }
    let checker = Checker::with_limits(client.clone(), DEFAULT_MAX_IN_FLIGHT, timeout)
        .with_provider_bases(bases);
    let mut reports = runtime.block_on(checker.check_all(&keys, |_, _| {}));
    let admin_key_would_tell = refine_with_organization(&runtime, &client, &keys, &mut reports);
    if json {
        let printed = match (&source, reports.first()) {
            (KeySource::EnvFile(_), _) | (_, None) => print_json(&reports),
            (_, Some(report)) => print_json(report),
        };
        if let Err(exit) = printed {
            return exit;
        }
    } else {
        for report in &reports {
            print!("{}", human_report(report));
        }
        if admin_key_would_tell {
            println!(
                "{}\n{}",
                tr!("org-admin-key-would-tell"),
                tr!(
                    "cli-check-admin-key-variable",
                    variable = ADMIN_KEY_VARIABLE
                )
            );
        }
    }
    let worst = reports
        .iter()
        .map(|r| exit_status(r.verdict.code))
        .max_by_key(|status| match status {
            1 => 2, // A problem found beats "could not check" another key.
            2 => 1,
            _ => 0,
        })
        .unwrap_or(2);
    ExitCode::from(worst)
}

/// Whether a failing verdict's cause may sit in the OpenAI organization (an Admin key can
/// tell). Another provider's key is never looked up there.
fn organization_could_tell(report: &CheckReport) -> bool {
    report.provider == ProviderId::OpenAi
        && !report.verdict.code.is_ok()
        && admin_key_could_tell_more(report.verdict.code)
}

/// Gives each failing report the cause its organization shows, read once with the Admin key
/// of OPENAI_ADMIN_KEY (the checked keys are never sent to the organization's endpoints; they
/// are matched by their visible ends, or by the id the key list remembers). Returns true when
/// some key failed in a way an Admin key could explain but none is set.
fn refine_with_organization(
    runtime: &tokio::runtime::Runtime,
    client: &Client,
    keys: &[KeyUnderCheck],
    reports: &mut [CheckReport],
) -> bool {
    if !reports.iter().any(organization_could_tell) {
        return false;
    }
    let Some(admin_key) = admin_key_from_environment() else {
        return true;
    };
    let now = Clock::system().now().as_second();
    let facts = runtime.block_on(read_organization(client, &admin_key.secret, now));
    let stored = stored_entries();
    let mut unexplained = false;
    for (key, report) in keys.iter().zip(reports.iter_mut()) {
        if !organization_could_tell(report) {
            continue;
        }
        let fingerprint = fingerprint(key.secret.expose_secret());
        let remembered_id = stored
            .iter()
            .find(|entry| entry.fingerprint == fingerprint)
            .and_then(|entry| entry.openai_key_id.as_deref());
        unexplained |= refine_report(report, &key.secret, remembered_id, &facts).is_none();
    }
    // A part that could not be read may be why a cause was not found: say which.
    if unexplained {
        super::org::say_failures_once(&facts);
    }
    false
}

/// A check as a person reads it: the key, the verdict and its fix, then the permissions.
fn human_report(report: &CheckReport) -> String {
    let mut text = tr!(
        "cli-check-key",
        redacted = &report.key.redacted,
        kind = super::kind_words_of(report.provider, report.key.kind),
        source = &report.key.source
    );
    text.push('\n');
    text.push_str(&verdict_lines(&report.verdict, "  "));
    if !report.permissions.is_empty() {
        text.push_str(&format!("  {}\n", tr!("cli-permissions")));
        let names: Vec<String> = report
            .permissions
            .iter()
            .map(|row| format!("{} — {}", row.group_words(), row.level_words()))
            .collect();
        // At least as wide as the longest name in this language, so the statuses line up.
        let width = names.iter().map(|n| n.chars().count()).fold(30, usize::max);
        for (row, name) in report.permissions.iter().zip(&names) {
            let mark = match row.status {
                PermissionStatus::Granted => "✔",
                PermissionStatus::Missing => "✖",
                _ => "?",
            };
            let status = row.status.words();
            text.push_str(&format!("    {mark} {name:<width$} {status}\n"));
        }
    }
    if let Some(org) = &report.organization {
        let name = org.title.clone().unwrap_or_else(|| tr!("cli-untitled"));
        let line = tr!("cli-organization", name = name, id = &org.id);
        text.push_str(&format!("  {line}\n"));
    }
    if let Some(tier) = &report.tier {
        text.push_str(&format!(
            "  {}\n",
            tr!("cli-usage-tier", tier = tier.to_string())
        ));
    }
    // Another provider's verdict says its limits are shown (OpenAI's give the tier above).
    if let Some(limits) = report
        .rate_limits
        .as_ref()
        .filter(|_| report.provider != ProviderId::OpenAi)
    {
        // Not words: a question mark for a number the provider did not give.
        let or_unknown = |v: Option<u64>| v.map_or_else(|| "?".to_owned(), crate::i18n::count);
        let line = tr!(
            "verdict-report-rate-limits",
            requests = or_unknown(limits.limit_requests),
            tokens = or_unknown(limits.limit_tokens)
        );
        text.push_str(&format!("  {line}\n"));
    }
    text.push('\n');
    text
}

/// "✖ Key not accepted: …", then the fix and the notes, each indented by `indent`.
fn verdict_lines(verdict: &Verdict, indent: &str) -> String {
    let mark = if verdict.code.is_ok() { "✔" } else { "✖" };
    let mut text = format!(
        "{mark} {}\n",
        tr!(
            "cli-verdict",
            title = verdict.title(),
            summary = verdict.summary()
        )
    );
    if let Some(url) = &verdict.fix_url {
        text.push_str(&format!("{indent}{}\n", tr!("cli-fix", url = url)));
    }
    for note in verdict.notes() {
        text.push_str(&format!("{indent}{}\n", tr!("cli-note", note = note)));
    }
    text
}

pub fn explain_stdin(json: bool) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(error) = std::io::stdin().take(1024 * 1024).read_to_end(&mut bytes) {
        return Problem::new(tr!("cli-explain-unreadable"))
            .with_technical(Some(error.to_string()))
            .exit();
    }
    let text = String::from_utf8_lossy(&bytes);
    let explanation = match explain_with(&text, &stored_keys()) {
        Ok(explanation) => explanation,
        Err(error) => return Problem::new(error.to_string()).exit(),
    };
    print_explanation(&explanation, json)
}

/// The stored keys, by name and redacted form, for naming the key an error text shows. A list
/// that cannot be read names none: explaining does not need it.
fn stored_keys() -> Vec<KnownKey> {
    stored_entries().iter().map(KnownKey::of).collect()
}

/// The key list's entries (names, redacted forms, fingerprints, remembered ids), read without
/// changing any file and without opening the keychain. A list that cannot be read has none:
/// what uses it only names keys better with it.
pub(super) fn stored_entries() -> Vec<CatalogEntry> {
    crate::settings::config_dir()
        .and_then(|dir| Catalog::load_read_only(&Catalog::file_in(&dir)).ok())
        .map(|(catalog, _)| catalog.entries().to_vec())
        .unwrap_or_default()
}

fn print_explanation(explanation: &Explanation, json: bool) -> ExitCode {
    if json {
        if let Err(exit) = print_json(&explanation.to_json()) {
            return exit;
        }
    } else {
        if let Some(key) = &explanation.matched_key {
            println!("{}", tr!("cli-explain-names-key", name = &key.name));
        }
        print!("{}", verdict_lines(&explanation.verdict, ""));
    }
    ExitCode::from(exit_status(explanation.verdict.code))
}
