//! Numbers, money and dates for people, the way their language writes them: "$1,234.56" in
//! English, "1.234,56 US$" in Spanish. The same in the app and the CLI.

use super::{Language, language};
use crate::tr;

/// How a language writes numbers: what separates thousands and what separates decimals.
fn separators(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::English => (",", "."),
        Language::Spanish | Language::PortugueseBrazil | Language::German => (".", ","),
        // French groups with a space that never breaks a number across lines.
        Language::French => ("\u{a0}", ","),
    }
}

/// Dollars with cents and thousands separators. Amounts under a cent but above zero say so,
/// instead of showing "$0.00" for something that did cost money.
pub fn money(value: f64) -> String {
    if value > 0.0 && value < 0.005 {
        return tr!("money-under", amount = money(0.01));
    }
    let cents = (value.abs() * 100.0).round() as u128;
    let sign = if value < 0.0 && cents > 0 { "-" } else { "" };
    let (_, decimal_mark) = separators(language());
    let amount = format!("{}{decimal_mark}{:02}", thousands(cents / 100), cents % 100);
    let written = match language() {
        Language::English => format!("${amount}"),
        Language::Spanish => format!("{amount}\u{a0}US$"),
        Language::PortugueseBrazil => format!("US$\u{a0}{amount}"),
        Language::German => format!("{amount}\u{a0}$"),
        Language::French => format!("{amount}\u{a0}$\u{a0}US"),
    };
    format!("{sign}{written}")
}

/// A whole number with thousands separators.
pub fn count(value: u64) -> String {
    thousands(u128::from(value))
}

/// A number with `places` decimals, written the language's way ("12.5" or "12,5").
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let (_, decimal_mark) = separators(language());
    text.replacen('.', decimal_mark, 1)
}

fn thousands(value: u128) -> String {
    let (group_mark, _) = separators(language());
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group_mark);
        }
        out.push(digit);
    }
    out
}

/// Short forms for axes: 950, 12.5k, 3.4M, 1.2B (in the language's words).
pub fn compact(value: f64) -> String {
    let magnitude = value.abs();
    let (scaled, id) = if magnitude >= 1e9 {
        (value / 1e9, "compact-billions")
    } else if magnitude >= 1e6 {
        (value / 1e6, "compact-millions")
    } else if magnitude >= 1e3 {
        (value / 1e3, "compact-thousands")
    } else {
        return format!("{value:.0}");
    };
    let text = decimal(scaled, 1);
    let (_, decimal_mark) = separators(language());
    let trimmed = text
        .trim_end_matches(&format!("{decimal_mark}0"))
        .to_owned();
    crate::i18n::message(id, &[("value", trimmed.into())])
}

fn month_name(month: i8) -> String {
    crate::i18n::message(&format!("month-{month}"), &[])
}

fn month_short(month: i8) -> String {
    crate::i18n::message(&format!("month-short-{month}"), &[])
}

/// A day with its year: "29 Nov 2026", "29. Nov. 2026".
pub fn date(day: jiff::civil::Date) -> String {
    tr!(
        "date-long",
        day = day.day().to_string(),
        month = month_short(day.month()),
        year = day.year().to_string()
    )
}

/// The local day of a moment (Unix seconds), said as [`date`] says it.
pub fn date_at(seconds: i64) -> String {
    let at = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    date(at.to_zoned(jiff::tz::TimeZone::system()).date())
}

/// A day without its year, for axes: "Nov 29", "29 nov.".
pub fn short_date(day: jiff::civil::Date) -> String {
    tr!(
        "date-short",
        day = day.day().to_string(),
        month = month_short(day.month())
    )
}

/// A month with its year: "November 2026", "noviembre de 2026".
pub fn month_and_year(day: jiff::civil::Date) -> String {
    tr!(
        "date-month-year",
        month = month_name(day.month()),
        year = day.year().to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language_of_this_thread as set_language;

    /// One test walks every language: the language is one setting for the whole process.
    #[test]
    fn numbers_money_and_dates_in_each_language() {
        let day = jiff::civil::date(2026, 11, 29);
        set_language(Language::English);
        assert_eq!(money(1234.567), "$1,234.57");
        assert_eq!(money(0.0), "$0.00");
        assert_eq!(money(0.001), "under $0.01");
        assert_eq!(money(-2.5), "-$2.50");
        assert_eq!(money(1_000_000.0), "$1,000,000.00");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count(12), "12");
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(12_500.0), "12.5k");
        assert_eq!(compact(3_000_000.0), "3M");
        assert_eq!(date(day), "29 Nov 2026");
        assert_eq!(short_date(day), "Nov 29");
        assert_eq!(month_and_year(day), "November 2026");

        set_language(Language::German);
        assert_eq!(money(1234.567), "1.234,57\u{a0}$");
        assert_eq!(count(1_234_567), "1.234.567");
        assert_eq!(decimal(12.5, 1), "12,5");
        assert_eq!(date(day), "29. Nov. 2026");
        assert_eq!(month_and_year(day), "November 2026");

        set_language(Language::Spanish);
        assert_eq!(money(1234.567), "1.234,57\u{a0}US$");
        assert_eq!(month_and_year(day), "noviembre de 2026");

        set_language(Language::PortugueseBrazil);
        assert_eq!(money(1234.567), "US$\u{a0}1.234,57");

        set_language(Language::French);
        assert_eq!(count(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(money(-2.5), "-2,50\u{a0}$\u{a0}US");
        set_language(Language::English);
    }
}
