//! Model prices, for estimates only. The Costs API's dollars are the real figures; a price table
//! is the fallback where it gives none (cost per key on organizations whose Costs API cannot
//! group by key). The table ships as dated data in `assets/pricing.json` (reference section 9,
//! secondary sources) and can be replaced by a file or edited in Settings.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const BUILTIN_JSON: &str = include_str!("../../assets/pricing.json");

/// USD per million tokens of one model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelPrice {
    pub model: String,
    pub input: f64,
    pub cached_input: f64,
    pub output: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl ModelPrice {
    /// The cost of some tokens. `input` includes `cached`, as in the Usage API.
    pub fn cost(&self, input: u64, cached: u64, output: u64) -> f64 {
        let uncached = input.saturating_sub(cached) as f64;
        (uncached * self.input
            + cached.min(input) as f64 * self.cached_input
            + output as f64 * self.output)
            / 1e6
    }

    fn check(&self) -> Result<(), FileProblem> {
        if self.model.trim().is_empty() {
            return Err(FileProblem::NoModelName);
        }
        for (field, value) in [
            (PriceField::Input, self.input),
            (PriceField::CachedInput, self.cached_input),
            (PriceField::Output, self.output),
        ] {
            if !value.is_finite() || value < 0.0 {
                return Err(FileProblem::BadPrice {
                    model: self.model.clone(),
                    field,
                });
            }
        }
        Ok(())
    }
}

/// Where the prices in force came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PricingOrigin {
    /// The table shipped with Key Doctor.
    #[default]
    Builtin,
    /// A JSON file the person chose.
    File(PathBuf),
}

/// Which price of a model is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PriceField {
    Input,
    CachedInput,
    Output,
}

impl PriceField {
    /// The selector the catalog chooses the price's name by.
    fn code(self) -> &'static str {
        match self {
            PriceField::Input => "input",
            PriceField::CachedInput => "cached_input",
            PriceField::Output => "output",
        }
    }
}

/// What is wrong with a pricing table, whatever file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// It could not be read; `technical` is the system's reason.
    Unreadable {
        technical: String,
    },
    TooLarge,
    NotText,
    /// Not JSON in the shape of `assets/pricing.json`; `technical` is the parser's reason.
    NotATable {
        technical: String,
    },
    NotDollars {
        currency: String,
    },
    NoModelName,
    BadPrice {
        model: String,
        field: PriceField,
    },
}

/// A pricing file that could not be used, and why. Said in the current language when shown,
/// so it is kept as this and not as a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricingProblem {
    pub file: PathBuf,
    pub problem: FileProblem,
}

impl PricingProblem {
    /// What went wrong and what Key Doctor does instead, in the current language.
    pub fn sentence(&self) -> String {
        let file = self.file.display().to_string();
        match &self.problem {
            FileProblem::Unreadable { .. } => crate::tr!("usage-pricing-unreadable", file = file),
            FileProblem::TooLarge => crate::tr!("usage-pricing-too-large", file = file),
            FileProblem::NotText | FileProblem::NotATable { .. } => {
                crate::tr!("usage-pricing-not-a-table", file = file)
            }
            FileProblem::NotDollars { currency } => crate::tr!(
                "usage-pricing-not-dollars",
                file = file,
                currency = currency.to_uppercase()
            ),
            FileProblem::NoModelName => crate::tr!("usage-pricing-no-model-name", file = file),
            FileProblem::BadPrice { model, field } => crate::tr!(
                "usage-pricing-bad-price",
                file = file,
                model = model,
                field = field.code()
            ),
        }
    }

    /// The system's or the parser's own words, for the technical details.
    pub fn technical(&self) -> Option<&str> {
        match &self.problem {
            FileProblem::Unreadable { technical } | FileProblem::NotATable { technical } => {
                Some(technical)
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for PricingProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence())
    }
}

/// Where estimates' prices come from and how old they are (kept by a report's estimate note,
/// said in words when shown).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PriceSource {
    pub origin: PricingOrigin,
    /// "2026-06", or empty when the table does not say.
    pub as_of: String,
}

impl PriceSource {
    /// "Prices shipped with Key Doctor, as of June 2026.", in the current language.
    pub fn describe(&self) -> String {
        let as_of = as_of_words(&self.as_of);
        match (&self.origin, as_of) {
            (PricingOrigin::Builtin, Some(as_of)) => {
                crate::tr!("usage-prices-shipped", as_of = as_of)
            }
            (PricingOrigin::Builtin, None) => crate::tr!("usage-prices-shipped-undated"),
            (PricingOrigin::File(path), Some(as_of)) => crate::tr!(
                "usage-prices-from-file",
                file = path.display().to_string(),
                as_of = as_of
            ),
            (PricingOrigin::File(path), None) => crate::tr!(
                "usage-prices-from-file-undated",
                file = path.display().to_string()
            ),
        }
    }
}

/// "2026-06" as "June 2026" in the current language; other text as written; `None` when empty.
fn as_of_words(as_of: &str) -> Option<String> {
    let as_of = as_of.trim();
    if as_of.is_empty() {
        return None;
    }
    let month = as_of
        .split_once('-')
        .and_then(|(year, month)| Some((year.parse::<i16>().ok()?, month.parse::<i8>().ok()?)))
        .and_then(|(year, month)| jiff::civil::Date::new(year, month, 1).ok());
    Some(month.map_or_else(|| as_of.to_owned(), crate::i18n::month_and_year))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PricingTable {
    #[serde(default = "schema_one")]
    pub schema_version: u32,
    #[serde(default = "usd")]
    pub currency: String,
    /// The month the prices were collected, for example "2026-06".
    #[serde(default)]
    pub as_of: String,
    #[serde(default)]
    pub note: String,
    pub models: Vec<ModelPrice>,
    #[serde(skip)]
    pub origin: PricingOrigin,
    /// Models whose price the person edited in Settings.
    #[serde(skip)]
    pub edited: Vec<String>,
}

fn schema_one() -> u32 {
    1
}

fn usd() -> String {
    "usd".to_owned()
}

impl PricingTable {
    /// The shipped table.
    pub fn builtin() -> Self {
        // The asset is checked by a unit test; an empty table (no estimates) is the safe
        // fallback should it ever fail to parse.
        PricingTable::from_json(BUILTIN_JSON).unwrap_or_else(|_| PricingTable {
            schema_version: 1,
            currency: usd(),
            as_of: String::new(),
            note: String::new(),
            models: Vec::new(),
            origin: PricingOrigin::Builtin,
            edited: Vec::new(),
        })
    }

    /// A table in the shape of `assets/pricing.json`.
    pub fn from_json(text: &str) -> Result<Self, FileProblem> {
        let table: PricingTable =
            serde_json::from_str(text).map_err(|e| FileProblem::NotATable {
                // The parser quotes what it refused, which may be a key in the wrong file.
                technical: crate::redaction::redact_text(&e.to_string(), &[]).into_owned(),
            })?;
        if !table.currency.eq_ignore_ascii_case("usd") {
            return Err(FileProblem::NotDollars {
                currency: table.currency,
            });
        }
        for price in &table.models {
            price.check()?;
        }
        Ok(table)
    }

    /// A table read from a file the person chose.
    pub fn from_file(path: &Path) -> Result<Self, PricingProblem> {
        let problem = |problem: FileProblem| PricingProblem {
            file: path.to_owned(),
            problem,
        };
        let bytes =
            crate::files::read_regular_file(path, 4 * 1024 * 1024).map_err(|e| match e {
                crate::files::ReadError::NotAFile { what } => problem(FileProblem::Unreadable {
                    technical: format!("{}: {what}", path.display()),
                }),
                crate::files::ReadError::TooLarge => problem(FileProblem::TooLarge),
                crate::files::ReadError::Io(e) => problem(FileProblem::Unreadable {
                    technical: format!("{}: {e}", path.display()),
                }),
            })?;
        let text = String::from_utf8(bytes).map_err(|_| problem(FileProblem::NotText))?;
        let mut table = PricingTable::from_json(&text).map_err(problem)?;
        table.origin = PricingOrigin::File(path.to_owned());
        Ok(table)
    }

    /// This table with the person's edited prices on top (replacing or adding models).
    pub fn with_edits(mut self, edits: &[ModelPrice]) -> Self {
        for edit in edits.iter().filter(|e| e.check().is_ok()) {
            match self.models.iter_mut().find(|m| m.model == edit.model) {
                Some(existing) => *existing = edit.clone(),
                None => self.models.push(edit.clone()),
            }
            self.edited.push(edit.model.clone());
        }
        self
    }

    /// The table the settings ask for: the chosen file (or the shipped table) with the edits
    /// on top. A file that cannot be used gives the shipped table and what was wrong with it.
    pub fn from_settings_checked(
        file: Option<&Path>,
        edits: &[ModelPrice],
    ) -> (Self, Option<PricingProblem>) {
        let (table, problem) = match file {
            None => (PricingTable::builtin(), None),
            Some(path) => match PricingTable::from_file(path) {
                Ok(table) => (table, None),
                Err(problem) => (PricingTable::builtin(), Some(problem)),
            },
        };
        (table.with_edits(edits), problem)
    }

    /// The price of a model: its own entry, or the entry it is a dated snapshot of
    /// (`gpt-4o-2024-08-06` is priced as `gpt-4o`). Other variants are not guessed: `gpt-5-nano`
    /// is not `gpt-5`.
    pub fn price_for(&self, model: &str) -> Option<&ModelPrice> {
        if let Some(exact) = self.models.iter().find(|m| m.model == model) {
            return Some(exact);
        }
        self.models
            .iter()
            .filter(|m| {
                model
                    .strip_prefix(m.model.as_str())
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
            .max_by_key(|m| m.model.len())
    }

    /// Estimated USD for some tokens of a model, `None` when the model has no price.
    pub fn estimate(&self, model: &str, input: u64, cached: u64, output: u64) -> Option<f64> {
        self.price_for(model)
            .map(|price| price.cost(input, cached, output))
    }

    /// Where these prices come from and how old they are.
    pub fn source(&self) -> PriceSource {
        PriceSource {
            origin: self.origin.clone(),
            as_of: self.as_of.clone(),
        }
    }

    /// One line for people: where these prices come from and how old they are.
    pub fn describe(&self) -> String {
        self.source().describe()
    }
}

#[cfg(test)]
mod tests {
    /// A key put where a price should be is not quoted whole in the technical details.
    #[test]
    fn a_key_in_a_price_file_stays_redacted() {
        // A fake key, assembled from pieces so no line holds a key-shaped string.
        let key = concat!("sk-proj-", "fakepricefilekey", "-notarealkey0123456789");
        // serde_json's own words quote it: "invalid type: string \"sk-proj-…\", expected …".
        let text = format!("\"{key}\"");
        let Err(problem) = PricingTable::from_json(&text) else {
            panic!("a key is not a price");
        };
        let shown = format!("{problem:?}");
        assert!(!shown.contains(key), "{shown}");
    }
    use super::*;

    #[test]
    fn the_shipped_table_parses_and_is_dated() {
        let table = PricingTable::builtin();
        assert!(table.models.len() >= 12);
        assert_eq!(table.as_of, "2026-06");
        assert!(table.models.iter().all(|m| m.source.is_some()));
        let gpt5 = table.price_for("gpt-5").expect("gpt-5");
        assert_eq!(
            (gpt5.input, gpt5.cached_input, gpt5.output),
            (1.25, 0.125, 10.0)
        );
    }

    #[test]
    fn snapshots_take_their_family_price_and_other_variants_do_not() {
        let table = PricingTable::builtin();
        assert_eq!(
            table
                .price_for("gpt-4o-2024-08-06")
                .map(|p| p.model.as_str()),
            Some("gpt-4o")
        );
        assert_eq!(
            table
                .price_for("gpt-4o-mini-2024-07-18")
                .map(|p| p.model.as_str()),
            Some("gpt-4o-mini")
        );
        assert_eq!(table.price_for("gpt-5-nano"), None);
        assert_eq!(table.price_for("claude-3"), None);
    }

    #[test]
    fn cost_counts_cached_tokens_at_their_own_price() {
        let price = ModelPrice {
            model: "m".into(),
            input: 2.0,
            cached_input: 0.5,
            output: 8.0,
            source: None,
        };
        // 1M input of which 400k cached, 250k output.
        let cost = price.cost(1_000_000, 400_000, 250_000);
        assert!((cost - (1.2 + 0.2 + 2.0)).abs() < 1e-12, "{cost}");
    }

    #[test]
    fn edits_replace_or_add_and_bad_files_are_explained() {
        let table = PricingTable::builtin().with_edits(&[ModelPrice {
            model: "gpt-5".into(),
            input: 9.0,
            cached_input: 1.0,
            output: 20.0,
            source: None,
        }]);
        assert_eq!(table.price_for("gpt-5").map(|p| p.input), Some(9.0));
        assert_eq!(table.edited, vec!["gpt-5".to_owned()]);

        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("prices.json");
        std::fs::write(
            &path,
            r#"{"models":[{"model":"x","input":-1,"cached_input":0,"output":0}]}"#,
        )
        .expect("write");
        let error = PricingTable::from_file(&path).expect_err("negative price");
        assert!(
            matches!(&error.problem, FileProblem::BadPrice { model, field: PriceField::Input } if model == "x"),
            "{error:?}"
        );
        assert!(
            error.sentence().contains("not a positive number"),
            "{error}"
        );
        std::fs::write(
            &path,
            r#"{"as_of":"2027-01","models":[{"model":"x","input":1,"cached_input":0.5,"output":2}]}"#,
        )
        .expect("write");
        let table = PricingTable::from_file(&path).expect("valid file");
        assert_eq!(table.origin, PricingOrigin::File(path.clone()));
        assert!(
            table.describe().contains("as of January 2027"),
            "{}",
            table.describe()
        );
        assert!(PricingTable::from_file(&dir.path().join("missing.json")).is_err());
    }
}
