//! The command line: the app by default, headless subcommands otherwise. A key is never read
//! from the command line itself (DESIGN.md, Contracts).

mod usage;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod check;
mod import;
mod org;

use crate::gui::{self, LaunchOptions};
use crate::i18n::Language;
use crate::openai::{Client, ClientConfig, ConfigError, DEFAULT_BASE_URL};
use crate::providers::{BaseUrlError, ProviderBases, ProviderId};
use crate::simulator::{ORG_ID, ProviderScenario, Scenario, Simulator, SimulatorOptions};
use crate::tr;
use crate::usage::AdminKey;
use crate::vault::KeyKind;

#[derive(Debug, Parser)]
#[command(
    args_conflicts_with_subcommands = true,
    name = "key-doctor",
    version,
    about = "Tells you in one sentence why your API key (OpenAI, Anthropic, Gemini, …) fails, and which page fixes it.",
    long_about = "Key Doctor checks API keys of OpenAI and other providers (Anthropic, Google \
                  Gemini, OpenRouter, Groq, Mistral, Azure OpenAI, xAI, DeepSeek) without \
                  spending tokens, keeps them in your \
                  operating system's keychain, and shows usage and cost.\n\nWithout a subcommand \
                  it opens the app. `key-doctor --demo` opens it against a built-in simulator, \
                  so you can see every screen without a key or a network."
)]
pub struct Cli {
    /// Open the app against the built-in OpenAI simulator, with sample keys and usage.
    #[arg(long)]
    pub demo: bool,

    /// OpenAI API base URL [default: https://api.openai.com/v1]; with `check --provider P`, that
    /// provider's instead. Ignored with --demo.
    #[arg(long, env = "OPENAI_BASE_URL", global = true, value_name = "URL")]
    pub base_url: Option<String>,

    /// True when --base-url was typed (not read from OPENAI_BASE_URL): only then may it point
    /// another provider (`check --provider`). Set by [`parse`].
    #[arg(skip)]
    pub base_url_typed: bool,

    /// Organization id sent as OpenAI-Organization. Ignored with --demo.
    #[arg(long, env = "OPENAI_ORG_ID", global = true, value_name = "ORG_ID")]
    pub org: Option<String>,

    /// Project id sent as OpenAI-Project. Ignored with --demo.
    #[arg(
        long,
        env = "OPENAI_PROJECT_ID",
        global = true,
        value_name = "PROJECT_ID"
    )]
    pub project: Option<String>,

    /// Reach HOST:PORT at ADDRESS instead of asking DNS, as curl's --resolve (repeat it for
    /// several addresses; an IPv6 address in brackets: api.openai.com:443:[2001:db8::1]).
    #[arg(long, global = true, value_name = "HOST:PORT:ADDRESS", value_parser = host_port_address)]
    pub resolve: Vec<(String, SocketAddr)>,

    /// A .env file to open in the app's import preview (as "Open with Key Doctor" does).
    #[arg(value_name = "ENV_FILE")]
    pub env_file: Option<std::path::PathBuf>,

    /// Print what the libraries underneath log (warnings and errors) on standard error. Without
    /// it nothing is logged, unless KEY_DOCTOR_LOG sets a filter (for example "debug").
    #[arg(long, global = true)]
    pub verbose: bool,

    /// For benchmarks: quit as soon as the first frame has been drawn and print how long it took.
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,

    /// For screenshots and benchmarks: open this view first (keys, usage, explain, settings).
    #[arg(long, hide = true, value_enum, value_name = "VIEW")]
    pub start_view: Option<gui::View>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check one key (from OPENAI_API_KEY, else the first provider variable set such as
    /// ANTHROPIC_API_KEY or GEMINI_API_KEY; or --key-env, --stdin) or every key in --env-file.
    /// Exit status: 0 the key works, 1 it has a problem, 2 it could not be checked.
    ///
    /// Each provider is reached at its SDK's base URL variable (ANTHROPIC_BASE_URL,
    /// OPENROUTER_BASE_URL, GROQ_BASE_URL, GOOGLE_GEMINI_BASE_URL, …, else
    /// KEY_DOCTOR_<PROVIDER>_BASE_URL); an Azure OpenAI key at AZURE_OPENAI_ENDPOINT.
    ///
    /// With an Admin key in OPENAI_ADMIN_KEY, a key that fails is looked up in its
    /// organization (read once, with the Admin key only) for the exact cause: an archived
    /// project, an owner who left, a blocked model, a reached spend limit, a deleted key.
    Check {
        /// Print JSON: one object, or an array with --env-file.
        #[arg(long)]
        json: bool,
        /// The environment variable holding the key; its name says the provider
        /// (ANTHROPIC_API_KEY) [default: OPENAI_API_KEY, else the first provider variable set].
        #[arg(long, value_name = "VAR")]
        key_env: Option<String>,
        /// Check the key as this provider's, whatever its shape (with --env-file: every key of
        /// the file). With --base-url, the provider is reached there.
        #[arg(long, value_name = "PROVIDER", value_parser = provider_word)]
        provider: Option<ProviderId>,
        /// Check every key in this .env file (it is only read).
        #[arg(long, value_name = "FILE", conflicts_with = "stdin")]
        env_file: Option<std::path::PathBuf>,
        /// Read the key from standard input.
        #[arg(long)]
        stdin: bool,
        /// Seconds to wait for each answer before saying the provider did not answer.
        #[arg(long, value_name = "SECONDS", default_value_t = 15.0, value_parser = positive_seconds)]
        timeout: f64,
    },
    /// Show the API keys of a .env file (redacted, with their provider) and store them in the
    /// keychain. The file is only read.
    Import {
        /// The .env file.
        file: std::path::PathBuf,
        /// Only show what would be stored.
        #[arg(long)]
        dry_run: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Explain an OpenAI error: paste its text or JSON on standard input. No network.
    Explain {
        /// Print the verdict as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show the organization's side (needs an Admin key in OPENAI_ADMIN_KEY): each project's
    /// model and tool permissions, rate limits, hard spend limit and alerts, and every key with
    /// its owner, dates, this month's cost and what needs attention.
    ///
    /// Only reads: every request is a GET, sent with the Admin key alone. Exit status: 0 when
    /// everything was read, 1 when some part could not be read (said at the end), 2 when
    /// nothing could be read (no Admin key, a key OpenAI refused, no network).
    Org {
        /// Print JSON: the facts read, "keys" (one row per key) and "failures".
        #[arg(long)]
        json: bool,
    },
    /// Run the simulator alone and print its base URL, then each other provider's
    /// ("anthropic: http://…").
    Simulate {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Delay added to every answer, in milliseconds.
        #[arg(long, default_value_t = 0)]
        latency_ms: u64,
    },
    /// Show the organization's usage and cost per day (needs an Admin key in OPENAI_ADMIN_KEY).
    ///
    /// Days are whole UTC days and the range ends today (whose figures are still growing).
    /// Costs come from OpenAI's Costs API; a cost per key or model that the Costs API cannot
    /// give is estimated from tokens and marked as an estimate. Exit status: 0 when everything
    /// loaded, 2 when it could not be read (no key, a key that may not read usage, network).
    Usage {
        /// How many days, today included.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=3660))]
        days: u32,
        /// Totals per model, project, key or line item (all four when not given).
        #[arg(long, value_enum, value_name = "GROUP")]
        group_by: Option<usage::GroupByArg>,
        /// Print JSON: {"start","end","currency","total_cost","days":[..],"groups":[..]}.
        #[arg(long)]
        json: bool,
        /// Also write CSV to FILE: one row per day, or one per group with --group-by.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Whose usage: openai (OPENAI_ADMIN_KEY) or anthropic (ANTHROPIC_ADMIN_KEY).
        #[arg(long, value_name = "PROVIDER", default_value = "openai")]
        provider: String,
    },
}

impl Cli {
    /// True when the command prints JSON: its words (codes, sentences) stay English and stable
    /// for the scripts that read them, whatever the system's language.
    pub fn prints_json(&self) -> bool {
        matches!(
            self.command,
            Some(
                Command::Check { json: true, .. }
                    | Command::Import { json: true, .. }
                    | Command::Explain { json: true }
                    | Command::Usage { json: true, .. }
                    | Command::Org { json: true }
            )
        )
    }
}

/// The command line, as `Cli::parse` reads it, knowing also whether --base-url was typed.
pub fn parse() -> Cli {
    let matches = Cli::command().get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    cli.base_url_typed = typed(&matches, "base_url");
    cli
}

/// True when `id` was given on the command line, to the command or to its subcommand (a global
/// flag may follow either).
fn typed(matches: &clap::ArgMatches, id: &str) -> bool {
    let here = matches!(matches.value_source(id), Some(ValueSource::CommandLine));
    here || matches.subcommand().is_some_and(|(_, sub)| typed(sub, id))
}

/// The language of everything the command line says: the system's (KEY_DOCTOR_LANG first, then
/// the locale), except English for JSON. The app's own choice in Settings overrides it there.
pub fn choose_language(cli: &Cli) {
    let language = if cli.prints_json() {
        Language::English
    } else {
        Language::of_system()
    };
    crate::i18n::set_language(language);
}

/// The client settings from flags and environment, checked.
pub fn client_config(cli: &Cli) -> Result<ClientConfig, ConfigError> {
    client_config_at(cli, cli.base_url.as_deref())
}

/// The same, OpenAI reached at `base_url` (`None`: its default address).
fn client_config_at(cli: &Cli, base_url: Option<&str>) -> Result<ClientConfig, ConfigError> {
    let config = ClientConfig::new(DEFAULT_BASE_URL)?
        .with_organization(cli.org.clone())
        .with_project(cli.project.clone());
    let config = match base_url {
        Some(base_url) => config.with_base_url(base_url)?,
        None => config,
    };
    let config = cli.resolve.iter().fold(config, |config, (host, address)| {
        config.with_resolved(host, *address)
    });
    Ok(config.with_desktop_proxy())
}

/// Why the OpenAI address cannot be used, as the command line and the app say it.
fn address_problem(error: &ConfigError) -> Problem {
    Problem::new(tr!("cli-address-unusable", problem = error.to_string()))
        .with_technical(error.technical())
}

/// Something the command line could not do: a plain sentence, and a library's own words
/// ("Permission denied (os error 13)") apart, on a line of their own after it, for whoever
/// needs them. They are printed always: a person reads the sentence, a helper the details.
pub(crate) struct Problem {
    sentence: String,
    technical: Option<String>,
}

impl Problem {
    pub(crate) fn new(sentence: String) -> Problem {
        Problem {
            sentence,
            technical: None,
        }
    }

    pub(crate) fn with_technical(mut self, technical: Option<impl Into<String>>) -> Problem {
        self.technical = technical.map(Into::into);
        self
    }

    /// The sentence and, on the next line, the details, as stderr shows them.
    pub(crate) fn text(&self) -> String {
        match &self.technical {
            Some(technical) => format!(
                "{}\n  {}",
                self.sentence,
                tr!("cli-details", details = technical)
            ),
            None => self.sentence.clone(),
        }
    }

    /// Says it on standard error.
    pub(crate) fn say(&self) {
        eprintln!("key-doctor: {}", self.text());
    }

    /// Says it and exits with 2: the command could not run.
    pub(crate) fn exit(self) -> ExitCode {
        self.say();
        ExitCode::from(2)
    }
}

pub fn run(cli: Cli) -> ExitCode {
    choose_language(&cli);
    match cli.command {
        None => open_app(&cli),
        Some(Command::Simulate { port, latency_ms }) => {
            simulate(port, Duration::from_millis(latency_ms))
        }
        Some(Command::Explain { json }) => check::explain_stdin(json),
        Some(Command::Import {
            ref file,
            dry_run,
            json,
        }) => import::import(file, dry_run, json),
        Some(Command::Check {
            json,
            ref key_env,
            ref env_file,
            stdin,
            provider,
            timeout,
        }) => {
            let source = match (env_file, stdin) {
                (Some(path), _) => check::KeySource::EnvFile(path),
                (None, true) => check::KeySource::Stdin,
                (None, false) => check::KeySource::EnvVar(key_env.as_deref()),
            };
            run_check(
                &cli,
                check::CheckOptions {
                    source,
                    provider,
                    json,
                    timeout: Duration::from_secs_f64(timeout),
                },
            )
        }
        Some(Command::Usage {
            days,
            group_by,
            json,
            ref csv,
            ref provider,
        }) => match client_config(&cli) {
            Ok(config) => usage::run(
                config,
                usage::UsageArgs {
                    days,
                    group_by: group_by.map(Into::into),
                    json,
                    csv: csv.clone(),
                    provider: provider.clone(),
                },
            ),
            Err(error) => address_problem(&error).exit(),
        },
        Some(Command::Org { json }) => match client_config(&cli) {
            Ok(config) => org::run(config, json),
            Err(error) => address_problem(&error).exit(),
        },
    }
}

/// `check`: the OpenAI client and every provider's address from flags and environment, then
/// the keys. `--base-url` with `--provider P` (not OpenAI) points P, and OpenAI keeps
/// OPENAI_BASE_URL.
fn run_check(cli: &Cli, options: check::CheckOptions) -> ExitCode {
    let pointed = options
        .provider
        .filter(|p| *p != ProviderId::OpenAi)
        .zip(cli.base_url.as_deref().filter(|_| cli.base_url_typed));
    let openai_base = match pointed {
        Some(_) => std::env::var("OPENAI_BASE_URL")
            .ok()
            .filter(|url| !url.trim().is_empty()),
        None => cli.base_url.clone(),
    };
    let client = match client_config_at(cli, openai_base.as_deref()) {
        Ok(config) => Client::new(config),
        Err(error) => return address_problem(&error).exit(),
    };
    let client = match client {
        Ok(client) => client,
        Err(error) => return could_not_start(&error),
    };
    let bases = ProviderBases::from_env().and_then(|bases| match pointed {
        Some((provider, url)) => bases.with(provider, url, "--base-url"),
        None => Ok(bases),
    });
    match bases {
        Ok(bases) => check::check(client, bases, options),
        Err(error) => base_url_problem(&error).exit(),
    }
}

/// Why another provider's address cannot be used (the variable or flag it came from named).
fn base_url_problem(error: &BaseUrlError) -> Problem {
    Problem::new(error.to_string()).with_technical(error.problem.technical())
}

/// A provider's word as `--provider` takes it ("anthropic", "azure_openai"), or a sentence
/// listing the words.
fn provider_word(text: &str) -> Result<ProviderId, String> {
    ProviderId::from_word(text).ok_or_else(|| {
        let words: Vec<&str> = ProviderId::ALL.iter().map(|p| p.as_str()).collect();
        tr!("cli-not-provider", text = text, words = words.join(", "))
    })
}

/// A key's kind in words that name its provider: "Anthropic API key" as it is, "Project key"
/// as "OpenAI Project key" (a provider's name is never translated, so it is looked for as is).
pub(crate) fn kind_words_of(provider: ProviderId, kind: KeyKind) -> String {
    let words = kind.words();
    let upper = words.to_uppercase();
    let entry = provider.entry();
    let named = upper.contains(&entry.name.to_uppercase())
        || entry.name_words.iter().any(|word| upper.contains(word));
    if named {
        words
    } else {
        tr!(
            "cli-provider-kind",
            provider = provider.name(),
            kind = words
        )
    }
}

/// Says the command could not start (no threads, no network library), and exits with 2.
fn could_not_start(error: &dyn std::fmt::Display) -> ExitCode {
    Problem::new(tr!("cli-could-not-start"))
        .with_technical(Some(error.to_string()))
        .exit()
}

/// The app. A bad address does not keep the window from opening: it says so there, and the
/// address can be fixed in Settings.
fn open_app(cli: &Cli) -> ExitCode {
    let (client, base_url_problem) = match client_config(cli) {
        _ if cli.demo => (None, None),
        Ok(config) => (Some(config), None),
        Err(error) => (
            ClientConfig::new(DEFAULT_BASE_URL)
                .ok()
                .map(|c| c.with_organization(cli.org.clone()))
                .map(|c| c.with_project(cli.project.clone())),
            Some((
                crate::redaction::redact_text(cli.base_url.as_deref().unwrap_or(""), &[])
                    .into_owned(),
                address_problem(&error).sentence,
            )),
        ),
    };
    let options = LaunchOptions {
        demo: cli.demo,
        client,
        base_url_problem,
        exit_after_first_frame: cli.exit_after_first_frame,
        import_file: cli.env_file.clone(),
        start_view: cli.start_view,
    };
    match gui::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => Problem::new(message).exit(),
    }
}

fn simulate(port: u16, latency: Duration) -> ExitCode {
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(error) => return could_not_start(&error),
    };
    runtime.block_on(async {
        let simulator = match Simulator::start(SimulatorOptions {
            port,
            latency,
            ..SimulatorOptions::default()
        })
        .await
        {
            Ok(simulator) => simulator,
            Err(error) => {
                return Problem::new(tr!(
                    "cli-simulator-could-not-listen",
                    address = format!("127.0.0.1:{port}")
                ))
                .with_technical(Some(error.to_string()))
                .exit();
            }
        };
        // The base URL alone on stdout, so scripts can read it; the rest is for people. The
        // guide goes out first: whoever read the URL may stop the simulator at once.
        eprintln!("{}", simulator_guide(simulator.base_url()));
        println!("{}", simulator.base_url());
        for line in provider_base_lines(&simulator) {
            println!("{line}");
        }
        match tokio::signal::ctrl_c().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => Problem::new(tr!("cli-simulator-ctrl-c"))
                .with_technical(Some(error.to_string()))
                .exit(),
        }
    })
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

/// What `simulate` tells a person: how to point a client at it and which key shows what.
pub fn simulator_guide(base_url: &str) -> String {
    let mut guide = tr!("cli-simulator-listening", url = base_url);
    guide.push_str("\n\n");
    guide.push_str(&tr!("cli-simulator-keys"));
    guide.push('\n');
    let line = |id: &str, description: &str, secret: String| {
        format!("  {id:<36} {description}\n      {secret}\n")
    };
    for scenario in Scenario::ALL {
        guide.push_str(&line(
            scenario.id(),
            scenario.description(),
            scenario.secret(),
        ));
    }
    guide.push('\n');
    guide.push_str(&tr!("cli-simulator-provider-keys"));
    guide.push('\n');
    for scenario in ProviderScenario::ALL {
        guide.push_str(&line(
            scenario.id(),
            scenario.description(),
            scenario.secret(),
        ));
    }
    guide.push('\n');
    guide.push_str(&tr!(
        "cli-simulator-wrong-organization",
        organization = ORG_ID
    ));
    guide.push('\n');
    // The requests are not words: they are the simulator's own, for developers.
    guide.push_str(&tr!(
        "cli-simulator-controls",
        requests = "GET /_simulator/requests, POST /_simulator/faults, POST /_simulator/latency"
    ));
    guide.push('\n');
    guide.push_str(&tr!("cli-simulator-stop"));
    guide
}

/// One line per provider other than OpenAI, "anthropic: http://127.0.0.1:PORT/anthropic", for
/// scripts and for a person pointing their tools at the simulator (Azure's is its endpoint).
fn provider_base_lines(simulator: &Simulator) -> Vec<String> {
    ProviderId::ALL
        .into_iter()
        .filter(|p| *p != ProviderId::OpenAi)
        .map(|p| {
            format!(
                "{}: {}",
                p.as_str(),
                simulator.provider_base_url(p.as_str())
            )
        })
        .collect()
}

/// "api.openai.com:443:203.0.113.7" or "api.openai.com:443:[2001:db8::1]", as curl writes it.
fn host_port_address(text: &str) -> Result<(String, SocketAddr), String> {
    let parsed = text.split_once(':').and_then(|(host, rest)| {
        let (port, address) = rest.split_once(':')?;
        let port: u16 = port.parse().ok()?;
        let address: IpAddr = address
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .ok()?;
        (!host.is_empty()).then(|| (host.to_owned(), SocketAddr::new(address, port)))
    });
    parsed.ok_or_else(|| tr!("cli-not-resolve", value = text))
}

/// `value` as pretty JSON on standard output, or the exit for a value that cannot be written.
fn print_json(value: &impl serde::Serialize) -> Result<(), ExitCode> {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            println!("{text}");
            Ok(())
        }
        Err(error) => Err(Problem::new(tr!("cli-json-failed"))
            .with_technical(Some(error.to_string()))
            .exit()),
    }
}

/// A number of seconds above zero and at most a day.
fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(seconds) if seconds > 0.0 && seconds <= 86_400.0 => Ok(seconds),
        _ => Err(tr!("cli-not-seconds", text = text)),
    }
}

/// The Admin key of the environment, a client and a runtime to read with; or what is missing,
/// said by `needs_key` (a message naming the variable and the Admin keys page).
fn admin_session(
    config: ClientConfig,
    needs_key: &str,
) -> Result<(AdminKey, Client, tokio::runtime::Runtime), Problem> {
    let Some(admin_key) = crate::usage::admin_key::admin_key_from_environment() else {
        return Err(Problem::new(crate::i18n::message(
            needs_key,
            &[
                (
                    "variable",
                    crate::usage::admin_key::ADMIN_KEY_VARIABLE.into(),
                ),
                ("url", crate::openai::platform::admin_keys().into()),
            ],
        )));
    };
    let could_not_start =
        |e: String| Problem::new(tr!("cli-could-not-start")).with_technical(Some(e));
    let client = Client::new(config).map_err(|e| could_not_start(e.to_string()))?;
    let runtime = runtime().map_err(|e| could_not_start(e.to_string()))?;
    Ok((admin_key, client, runtime))
}
