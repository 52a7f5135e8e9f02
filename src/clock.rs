//! What time it is, injected: the app asks a `Clock` instead of the system, so tests and
//! snapshots can pin "today" and get the same dates every run.

use std::fmt;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

#[derive(Clone)]
pub struct Clock {
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl Clock {
    /// The computer's clock.
    pub fn system() -> Self {
        Clock {
            now: Arc::new(Timestamp::now),
        }
    }

    /// A clock that always says `at`.
    pub fn fixed(at: Timestamp) -> Self {
        Clock {
            now: Arc::new(move || at),
        }
    }

    pub fn now(&self) -> Timestamp {
        (self.now)()
    }

    /// Today's date in UTC, the time zone OpenAI's usage buckets use.
    pub fn today_utc(&self) -> Date {
        self.now().to_zoned(TimeZone::UTC).date()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_gives_its_utc_date() {
        let at: Timestamp = "2026-03-31T23:30:00-02:00".parse().expect("timestamp");
        assert_eq!(Clock::fixed(at).today_utc(), jiff::civil::date(2026, 4, 1));
    }
}
