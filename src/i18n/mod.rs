//! Every sentence a person reads, in their language: one Fluent catalog per language under
//! `locales/<tag>/`, compiled into the binary. The GUI and the CLI's human output take their words
//! from here through [`tr!`]; JSON output keeps its English codes.
//!
//! Fluent (fluent-bundle) because its messages carry named arguments and plural rules written by
//! the translator, not by the code, and because it is what Firefox and the Rust ecosystem use; the
//! bundles are built once, from files embedded with `include_str!`, so a missing file fails the
//! build rather than a person's screen.

mod format;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use format::{compact, count, date, date_at, decimal, money, month_and_year, short_date};

/// The languages Key Doctor speaks, in the order Settings lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "pt-BR")]
    PortugueseBrazil,
    #[serde(rename = "de")]
    German,
    #[serde(rename = "fr")]
    French,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::PortugueseBrazil,
        Language::German,
        Language::French,
    ];

    /// The BCP 47 tag, as in `locales/<tag>/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::PortugueseBrazil => "pt-BR",
            Language::German => "de",
            Language::French => "fr",
        }
    }

    /// The language's name in itself, as a person looking for it expects to read it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::German => "Deutsch",
            Language::French => "Français",
        }
    }

    /// The language of a locale such as "de_DE.UTF-8", "pt-BR" or "es-419"; None for one we do
    /// not speak. Portuguese of any region gets Brazilian Portuguese, the one we have.
    pub fn for_locale(locale: &str) -> Option<Language> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "es" => Some(Language::Spanish),
            "pt" => Some(Language::PortugueseBrazil),
            "de" => Some(Language::German),
            "fr" => Some(Language::French),
            _ => None,
        }
    }

    /// The language the system asks for: `KEY_DOCTOR_LANG` first (for a person who wants Key
    /// Doctor in another language than the desktop), then the system locale; English otherwise.
    pub fn of_system() -> Language {
        let wanted = std::env::var("KEY_DOCTOR_LANG").ok();
        wanted
            .into_iter()
            .chain(sys_locale::get_locales())
            .find_map(|locale| Language::for_locale(&locale))
            .unwrap_or(Language::English)
    }

    fn index(self) -> usize {
        self as usize
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(Language::English as u8);

thread_local! {
    /// A language for this thread only: the GUI sets it each frame from the person's choice,
    /// so two windows (or two tests) in one process can speak two languages.
    static THIS_THREAD: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Chooses the language every later message is written in (the CLI's start).
pub fn set_language(language: Language) {
    CURRENT.store(language as u8, Ordering::Relaxed);
}

/// Chooses the language of the messages this thread writes (the GUI's frame; tests).
pub fn set_language_of_this_thread(language: Language) {
    THIS_THREAD.with(|cell| cell.set(Some(language)));
}

/// `make`'s result with this thread's messages in `language`, then the thread's own choice back
/// (also when `make` panics).
pub fn with_language<T>(language: Language, make: impl FnOnce() -> T) -> T {
    struct Restore(Option<Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THIS_THREAD.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(THIS_THREAD.with(|cell| cell.replace(Some(language))));
    make()
}

/// The language messages are written in now: this thread's, else the process's; English until
/// someone chooses.
pub fn language() -> Language {
    if let Some(language) = THIS_THREAD.with(Cell::get) {
        return language;
    }
    let index = usize::from(CURRENT.load(Ordering::Relaxed));
    Language::ALL
        .get(index)
        .copied()
        .unwrap_or(Language::English)
}

/// The catalog's files, one per part of the app, in every language.
macro_rules! catalog_files {
    ($tag:literal) => {
        [
            (
                "common.ftl",
                include_str!(concat!("../../locales/", $tag, "/common.ftl")),
            ),
            (
                "keys.ftl",
                include_str!(concat!("../../locales/", $tag, "/keys.ftl")),
            ),
            (
                "usage.ftl",
                include_str!(concat!("../../locales/", $tag, "/usage.ftl")),
            ),
            (
                "explain.ftl",
                include_str!(concat!("../../locales/", $tag, "/explain.ftl")),
            ),
            (
                "verdicts.ftl",
                include_str!(concat!("../../locales/", $tag, "/verdicts.ftl")),
            ),
            (
                "cli.ftl",
                include_str!(concat!("../../locales/", $tag, "/cli.ftl")),
            ),
            (
                "errors.ftl",
                include_str!(concat!("../../locales/", $tag, "/errors.ftl")),
            ),
            (
                "org.ftl",
                include_str!(concat!("../../locales/", $tag, "/org.ftl")),
            ),
            (
                "org-view.ftl",
                include_str!(concat!("../../locales/", $tag, "/org-view.ftl")),
            ),
            (
                "providers.ftl",
                include_str!(concat!("../../locales/", $tag, "/providers.ftl")),
            ),
        ]
    };
}

/// The embedded source of one language's catalog, file by file (for the catalog tests).
pub fn catalog_sources(language: Language) -> [(&'static str, &'static str); 10] {
    match language {
        Language::English => catalog_files!("en"),
        Language::Spanish => catalog_files!("es"),
        Language::PortugueseBrazil => catalog_files!("pt-BR"),
        Language::German => catalog_files!("de"),
        Language::French => catalog_files!("fr"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|&language| bundle(language))
            .collect()
    })
}

fn bundle(language: Language) -> Bundle {
    let id: unic_langid::LanguageIdentifier = language.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // The invisible direction marks Fluent puts around arguments draw as boxes in egui.
    bundle.set_use_isolating(false);
    for (_, source) in catalog_sources(language) {
        // A file with a broken entry still gives its good ones; the catalog tests catch the rest.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(good, _)| good);
        // Two entries with one id: the first is kept, and the catalog tests fail.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// An argument of a message: words, or a number Fluent picks a plural form by.
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! text_args {
    ($($t:ty),*) => {$(impl From<$t> for Arg {
        fn from(value: $t) -> Arg {
            Arg::Text(value.to_string())
        }
    })*};
}
text_args!(&str, String, &String, std::borrow::Cow<'_, str>);

macro_rules! number_args {
    ($($t:ty),*) => {$(impl From<$t> for Arg {
        #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
        fn from(value: $t) -> Arg {
            Arg::Number(value as f64)
        }
    })*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// The message `id` in the current language, with its arguments. A message the language lacks
/// comes in English; an id no catalog has comes back as itself (the catalog tests forbid both).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(language(), id, args)
}

/// The message `id` in a given language (the CLI's JSON and tests ask for one).
pub fn message_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    let chosen = &all[language.index()];
    let english = &all[Language::English.index()];
    let Some((bundle, pattern)) = [chosen, english]
        .into_iter()
        .find_map(|bundle| Some((bundle, bundle.get_message(id)?.value()?)))
    else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A message of the catalog in the current language: `tr!("keys-check")`,
/// `tr!("keys-back", name = key_name)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
