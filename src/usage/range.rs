//! Days and date ranges. OpenAI's usage and cost buckets are whole days in UTC, so every date
//! here is a UTC date, and a day is counted as a number of days since 1970-01-01 (the way the
//! buckets' Unix times divide), which makes windows and caching plain integer arithmetic.

use std::fmt;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

pub const SECONDS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 of a UTC date.
pub fn day_number(date: Date) -> i64 {
    // Every civil date jiff can hold is within Timestamp's range in UTC, so this cannot fail;
    // the fallback keeps a surprise from becoming a panic.
    date.to_zoned(TimeZone::UTC)
        .map(|zoned| zoned.timestamp().as_second().div_euclid(SECONDS_PER_DAY))
        .unwrap_or_default()
}

/// The UTC date of a day number, or `None` beyond the years jiff can represent.
pub fn date_of_day(day: i64) -> Option<Date> {
    let seconds = day.checked_mul(SECONDS_PER_DAY)?;
    Timestamp::from_second(seconds)
        .ok()
        .map(|at| at.to_zoned(TimeZone::UTC).date())
}

/// The day a bucket starting at `unix_seconds` belongs to.
pub fn day_of_timestamp(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(SECONDS_PER_DAY)
}

/// "2026-03-05", or the raw number if the day is out of range.
pub fn iso_date(day: i64) -> String {
    date_of_day(day).map_or_else(|| format!("day {day}"), |d| d.to_string())
}

/// "5 Mar 2026": dates the way people read them, without a locale to guess.
pub fn readable_date(day: i64) -> String {
    date_of_day(day).map_or_else(
        || format!("day {day}"),
        |d| d.strftime("%-d %b %Y").to_string(),
    )
}

/// Whole UTC days from `first` to `last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    first: i64,
    last: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("\"{0}\" is not a date; write it as year-month-day, for example 2026-03-05")]
    NotADate(String),
    #[error("the first day ({first}) is after the last day ({last})")]
    Reversed { first: String, last: String },
}

impl DateRange {
    /// The days from `first` to `last`; either order is accepted.
    pub fn between_days(a: i64, b: i64) -> Self {
        DateRange {
            first: a.min(b),
            last: a.max(b),
        }
    }

    pub fn new(first: Date, last: Date) -> Result<Self, RangeError> {
        if first > last {
            return Err(RangeError::Reversed {
                first: first.to_string(),
                last: last.to_string(),
            });
        }
        Ok(DateRange {
            first: day_number(first),
            last: day_number(last),
        })
    }

    /// Two dates typed by a person, as year-month-day.
    pub fn parse(first: &str, last: &str) -> Result<Self, RangeError> {
        let parse = |text: &str| {
            text.trim()
                .parse::<Date>()
                .map_err(|_| RangeError::NotADate(text.trim().to_owned()))
        };
        DateRange::new(parse(first)?, parse(last)?)
    }

    /// The last `days` days, today included (today's figures are still growing).
    pub fn last_days(today: i64, days: u32) -> Self {
        DateRange {
            first: today - i64::from(days.max(1)) + 1,
            last: today,
        }
    }

    pub fn first(&self) -> i64 {
        self.first
    }

    pub fn last(&self) -> i64 {
        self.last
    }

    pub fn len(&self) -> usize {
        (self.last - self.first + 1) as usize
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn contains(&self, day: i64) -> bool {
        (self.first..=self.last).contains(&day)
    }

    pub fn days(&self) -> impl Iterator<Item = i64> + use<> {
        self.first..=self.last
    }

    /// Unix seconds of the first day's midnight UTC (`start_time`, inclusive).
    pub fn start_time(&self) -> i64 {
        self.first * SECONDS_PER_DAY
    }

    /// Unix seconds of the midnight after the last day (`end_time`, exclusive).
    pub fn end_time(&self) -> i64 {
        (self.last + 1) * SECONDS_PER_DAY
    }

    /// The smallest range holding both.
    pub fn union(&self, other: &DateRange) -> DateRange {
        DateRange {
            first: self.first.min(other.first),
            last: self.last.max(other.last),
        }
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", readable_date(self.first))
        } else {
            write!(
                f,
                "{} – {}",
                readable_date(self.first),
                readable_date(self.last)
            )
        }
    }
}

/// The ranges offered with one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RangePreset {
    Last7Days,
    Last30Days,
    Last90Days,
    Last365Days,
    ThisMonth,
    LastMonth,
    Custom,
}

impl RangePreset {
    pub const ALL: [RangePreset; 7] = [
        RangePreset::Last7Days,
        RangePreset::Last30Days,
        RangePreset::Last90Days,
        RangePreset::Last365Days,
        RangePreset::ThisMonth,
        RangePreset::LastMonth,
        RangePreset::Custom,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RangePreset::Last7Days => "Last 7 days",
            RangePreset::Last30Days => "Last 30 days",
            RangePreset::Last90Days => "Last 90 days",
            RangePreset::Last365Days => "Last 365 days",
            RangePreset::ThisMonth => "This month",
            RangePreset::LastMonth => "Last month",
            RangePreset::Custom => "Custom",
        }
    }

    /// The range this preset means on `today` (UTC); `None` for Custom, which the person types.
    pub fn resolve(self, today: Date) -> Option<DateRange> {
        let today_number = day_number(today);
        let month_start = today.first_of_month();
        match self {
            RangePreset::Last7Days => Some(DateRange::last_days(today_number, 7)),
            RangePreset::Last30Days => Some(DateRange::last_days(today_number, 30)),
            RangePreset::Last90Days => Some(DateRange::last_days(today_number, 90)),
            RangePreset::Last365Days => Some(DateRange::last_days(today_number, 365)),
            RangePreset::ThisMonth => Some(DateRange {
                first: day_number(month_start),
                last: today_number,
            }),
            RangePreset::LastMonth => {
                let previous = month_start.checked_sub(1.month()).ok()?;
                Some(DateRange {
                    first: day_number(previous),
                    last: day_number(previous.last_of_month()),
                })
            }
            RangePreset::Custom => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn day_numbers_round_trip_through_dates() {
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        let day = day_number(date(2026, 3, 5));
        assert_eq!(date_of_day(day), Some(date(2026, 3, 5)));
        assert_eq!(iso_date(day), "2026-03-05");
        assert_eq!(readable_date(day), "5 Mar 2026");
        assert_eq!(date_of_day(i64::MAX), None);
    }

    #[test]
    fn presets_on_a_fixed_day() {
        let today = date(2026, 3, 5);
        let range = |preset: RangePreset| preset.resolve(today).expect("a range");
        assert_eq!(range(RangePreset::Last7Days).len(), 7);
        assert_eq!(range(RangePreset::Last7Days).last(), day_number(today));
        assert_eq!(range(RangePreset::Last90Days).len(), 90);
        assert_eq!(
            range(RangePreset::ThisMonth),
            DateRange::new(date(2026, 3, 1), today).expect("range")
        );
        assert_eq!(
            range(RangePreset::LastMonth),
            DateRange::new(date(2026, 2, 1), date(2026, 2, 28)).expect("range")
        );
        assert_eq!(
            RangePreset::LastMonth.resolve(date(2026, 1, 15)),
            DateRange::new(date(2025, 12, 1), date(2025, 12, 31)).ok()
        );
        assert_eq!(RangePreset::Custom.resolve(today), None);
    }

    #[test]
    fn typed_dates_are_checked() {
        let range = DateRange::parse(" 2026-01-01", "2026-01-31 ").expect("valid");
        assert_eq!(range.len(), 31);
        assert_eq!(range.end_time() - range.start_time(), 31 * SECONDS_PER_DAY);
        assert!(matches!(
            DateRange::parse("2026-02-30", "2026-03-01"),
            Err(RangeError::NotADate(_))
        ));
        assert!(matches!(
            DateRange::parse("2026-03-02", "2026-03-01"),
            Err(RangeError::Reversed { .. })
        ));
        assert_eq!(range.to_string(), "1 Jan 2026 – 31 Jan 2026");
    }
}
