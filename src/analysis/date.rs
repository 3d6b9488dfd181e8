//! Civil dates without a time zone, and the arithmetic the resolvers need.
//!
//! A `Date` is a proleptic Gregorian calendar day. Arithmetic goes through a day number (days since
//! 1970-01-01, Howard Hinnant's algorithm), so it is exact for any year a news article will mention and
//! never panics: out-of-range results saturate at the limits of `MIN_YEAR..=MAX_YEAR`.

use serde::Serialize;
use std::fmt;

pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // years 0..=9999 (every date the engine makes) from a stack buffer: the formatter's zero-padding costs
        // several hundred instructions a date, and events write one for nearly every event
        if let (Ok(y @ 0..=9999), m @ 0..=99, d @ 0..=99) = (u16::try_from(self.year), self.month, self.day) {
            let digit = |v: u16| b'0' + (v % 10) as u8;
            let (m, d) = (u16::from(m), u16::from(d));
            let b = [digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), b'-', digit(m / 10), digit(m), b'-', digit(d / 10), digit(d)];
            return f.write_str(std::str::from_utf8(&b).unwrap_or_default());
        }
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Weekday with Monday = 0 .. Sunday = 6 (ISO order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weekday(pub u8);

pub const WEEKDAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
pub const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y: i32 = s.get(0..4)?.parse().ok()?;
        let m: u8 = s.get(5..7)?.parse().ok()?;
        let d: u8 = s.get(8..10)?.parse().ok()?;
        Date::new(y, m, d)
    }

    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_day_number(z: i64) -> Date {
        let z = z.clamp(Date { year: MIN_YEAR, month: 1, day: 1 }.day_number(), Date { year: MAX_YEAR, month: 12, day: 31 }.day_number());
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (y + i64::from(m <= 2)) as i32;
        Date { year: y, month: m, day: d }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_day_number(self.day_number().saturating_add(n))
    }

    /// Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29).
    pub fn add_months(self, n: i64) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = (total.div_euclid(12)).clamp(i64::from(MIN_YEAR), i64::from(MAX_YEAR)) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (3).
        Weekday(((self.day_number() + 3).rem_euclid(7)) as u8)
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u8) {
        let wd = i64::from(self.weekday().0);
        let thursday = self.add_days(3 - wd);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.day_number() - jan1.day_number()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// The Monday of ISO week `week` of `year`.
    pub fn from_iso_week(year: i32, week: u8) -> Option<Date> {
        let jan4 = Date::new(year, 1, 4)?;
        let monday1 = jan4.add_days(-i64::from(jan4.weekday().0));
        Some(monday1.add_days(7 * (i64::from(week) - 1)))
    }

    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for z in [-719_162i64, -1, 0, 1, 10_957, 20_263, 2_932_896] {
            assert_eq!(Date::from_day_number(z).day_number(), z);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().day_number(), 0);
        assert_eq!(Date::new(2025, 6, 24).unwrap().weekday(), Weekday(1));
    }

    #[test]
    fn month_arithmetic_clamps() {
        let d = Date::new(2024, 1, 31).unwrap();
        assert_eq!(d.add_months(1), Date::new(2024, 2, 29).unwrap());
        assert_eq!(d.add_months(-2), Date::new(2023, 11, 30).unwrap());
        assert_eq!(Date::new(9999, 12, 1).unwrap().add_months(5).year, 9999);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(Date::new(2025, 6, 24).unwrap().iso_week(), (2025, 26));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::from_iso_week(2025, 26), Date::new(2025, 6, 23));
    }

    #[test]
    fn parse_rejects_bad_dates() {
        assert!(Date::parse_iso("2025-02-29").is_none());
        assert!(Date::parse_iso("2024-02-29").is_some());
        assert!(Date::parse_iso("20x5-01-01").is_none());
        assert!(Date::parse_iso("2025-1-01").is_none());
        assert!(Date::parse_iso("é025-01-01").is_none());
    }
}
