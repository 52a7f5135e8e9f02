//! Days and date ranges. OpenAI's usage and cost buckets are whole days in UTC, so every date
//! here is a UTC date, and a day is counted as a number of days since 1970-01-01 (the way the
//! buckets' Unix times divide), which makes windows and caching plain integer arithmetic.

use std::fmt;

use jiff::civil::{Date, Time};
use jiff::tz::{Offset, TimeZone};
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

/// "5 Mar 2026": dates the way people of the current language read them.
pub fn readable_date(day: i64) -> String {
    date_of_day(day).map_or_else(
        || crate::tr!("usage-day-out-of-range", day = day),
        crate::i18n::date,
    )
}

/// The time on the person's clock when OpenAI's day ends (midnight UTC), for a UTC offset;
/// `None` when the offset is zero and OpenAI's days are the person's own.
pub fn openai_day_end(offset: Offset) -> Option<Time> {
    let seconds = offset.seconds().rem_euclid(SECONDS_PER_DAY as i32);
    if seconds == 0 {
        return None;
    }
    // Both parts are within a day, so the time always exists; None only as a safeguard.
    Time::new((seconds / 3600) as i8, (seconds % 3600 / 60) as i8, 0, 0).ok()
}

/// The offset of the computer's own time zone from UTC on `day` (noon, so a change of summer
/// time that day does not matter); zero when the time zone cannot be read.
pub fn local_offset_on(day: i64) -> Offset {
    let noon = day
        .checked_mul(SECONDS_PER_DAY)
        .and_then(|s| Timestamp::from_second(s + SECONDS_PER_DAY / 2).ok());
    match (TimeZone::try_system(), noon) {
        (Ok(zone), Some(at)) => zone.to_offset(at),
        _ => Offset::UTC,
    }
}

/// Whole UTC days from `first` to `last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    first: i64,
    last: i64,
}

/// Why typed days are not a range. Said in the current language when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeError {
    /// The text typed, which is not a year-month-day date.
    NotADate(String),
    Reversed {
        first: Date,
        last: Date,
    },
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sentence = match self {
            RangeError::NotADate(text) => {
                crate::tr!(
                    "usage-range-not-a-date",
                    text = text,
                    example = "2026-03-05"
                )
            }
            RangeError::Reversed { first, last } => crate::tr!(
                "usage-range-reversed",
                first = crate::i18n::date(*first),
                last = crate::i18n::date(*last)
            ),
        };
        f.write_str(&sentence)
    }
}

impl std::error::Error for RangeError {}

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
            return Err(RangeError::Reversed { first, last });
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
            let words = crate::tr!(
                "usage-date-range",
                first = readable_date(self.first),
                last = readable_date(self.last)
            );
            f.write_str(&words)
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

    /// The button's words, in the current language.
    pub fn label(self) -> String {
        match self {
            RangePreset::Last7Days => crate::tr!("usage-preset-last-days", count = 7),
            RangePreset::Last30Days => crate::tr!("usage-preset-last-days", count = 30),
            RangePreset::Last90Days => crate::tr!("usage-preset-last-days", count = 90),
            RangePreset::Last365Days => crate::tr!("usage-preset-last-days", count = 365),
            RangePreset::ThisMonth => crate::tr!("usage-preset-this-month"),
            RangePreset::LastMonth => crate::tr!("usage-preset-last-month"),
            RangePreset::Custom => crate::tr!("usage-preset-custom"),
        }
    }

    /// How many days a last-days preset covers; `None` for the others.
    pub fn days(self) -> Option<u32> {
        match self {
            RangePreset::Last7Days => Some(7),
            RangePreset::Last30Days => Some(30),
            RangePreset::Last90Days => Some(90),
            RangePreset::Last365Days => Some(365),
            _ => None,
        }
    }

    /// The next longer of the last-days presets, to offer when a range shows nothing.
    pub fn longer(self) -> Option<RangePreset> {
        match self {
            RangePreset::Last7Days | RangePreset::ThisMonth => Some(RangePreset::Last30Days),
            RangePreset::Last30Days | RangePreset::LastMonth | RangePreset::Custom => {
                Some(RangePreset::Last90Days)
            }
            RangePreset::Last90Days => Some(RangePreset::Last365Days),
            RangePreset::Last365Days => None,
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

    #[test]
    fn openai_days_end_on_the_persons_clock() {
        let hours = |h: i8| Offset::from_hours(h).expect("offset");
        assert_eq!(openai_day_end(Offset::UTC), None);
        assert_eq!(openai_day_end(hours(1)), Some(Time::constant(1, 0, 0, 0)));
        assert_eq!(openai_day_end(hours(-5)), Some(Time::constant(19, 0, 0, 0)));
        let india = Offset::from_seconds(5 * 3600 + 30 * 60).expect("offset");
        assert_eq!(openai_day_end(india), Some(Time::constant(5, 30, 0, 0)));
    }
}
