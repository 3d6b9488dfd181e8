//! TIMEX3 values read back as calendar ranges: "1998" -> 1998-01-01..1999-01-01 at Year. Used to compare a
//! placed event with a gold value, and to draw a value whose range the tagger did not give.

use super::date::Date;
use super::model::{DateRange, Precision};

/// The calendar days a TIMEX3 value covers, or None for values that are not calendar dates (durations,
/// "PAST_REF", "XXXX-06"). `PRESENT_REF` is the reference date's day.
pub fn value_range(value: &str, reference: Option<Date>) -> Option<DateRange> {
    let v = value.trim();
    if v == "PRESENT_REF" {
        let d = reference?;
        return Some(DateRange { start: d, end: d.add_days(1), precision: Precision::Day });
    }
    let date_part = v.split('T').next().unwrap_or(v);
    let b = date_part.as_bytes();
    if b.len() < 3 || !b[..3].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let num = |s: &str| s.parse::<i32>().ok();
    // decades and centuries: "199" / "199X", "19" / "19XX"
    let digits: String = date_part.chars().take_while(char::is_ascii_digit).collect();
    if date_part.len() <= 4 && digits.len() < 4 {
        let n = num(&digits)?;
        return match digits.len() {
            3 => {
                let s = Date::new(n * 10, 1, 1)?;
                Some(DateRange { start: s, end: Date::new(n * 10 + 10, 1, 1)?, precision: Precision::Decade })
            }
            2 => {
                let s = Date::new((n * 100).max(1), 1, 1)?;
                Some(DateRange { start: s, end: Date::new(n * 100 + 100, 1, 1)?, precision: Precision::Century })
            }
            _ => None,
        };
    }
    let year = num(date_part.get(0..4)?)?;
    let rest = date_part.get(4..).unwrap_or("");
    let y0 = Date::new(year, 1, 1)?;
    if rest.is_empty() {
        return Some(DateRange { start: y0, end: Date::new(year + 1, 1, 1).unwrap_or(y0.add_days(365)), precision: Precision::Year });
    }
    let rest = rest.strip_prefix('-')?;
    if let Some(w) = rest.strip_prefix('W').filter(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
        let week: u8 = w.get(0..2)?.parse().ok()?;
        let s = Date::from_iso_week(year, week)?;
        return Some(DateRange { start: s, end: s.add_days(7), precision: Precision::Week });
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u8 = q.get(0..1)?.parse().ok()?;
        if !(1..=4).contains(&q) {
            return None;
        }
        let s = Date::new(year, (q - 1) * 3 + 1, 1)?;
        return Some(DateRange { start: s, end: s.add_months(3), precision: Precision::Quarter });
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: u8 = h.get(0..1)?.parse().ok()?;
        let s = Date::new(year, if h == 2 { 7 } else { 1 }, 1)?;
        return Some(DateRange { start: s, end: s.add_months(6), precision: Precision::Quarter });
    }
    let season = match rest.get(0..2) {
        Some("SP") => Some((3, 6)),
        Some("SU") => Some((6, 9)),
        Some("FA") => Some((9, 12)),
        Some("WI") => Some((12, 15)),
        _ => None,
    };
    if let Some((m0, m1)) = season {
        let s = Date::new(year, m0, 1)?;
        return Some(DateRange { start: s, end: Date::new(year, 1, 1)?.add_months(m1 - 1), precision: Precision::Season });
    }
    let month: u8 = rest.get(0..2)?.parse().ok()?;
    let m0 = Date::new(year, month, 1)?;
    match rest.get(2..) {
        None | Some("") => Some(DateRange { start: m0, end: m0.add_months(1), precision: Precision::Month }),
        Some(d) => {
            let day: u8 = d.strip_prefix('-')?.get(0..2)?.parse().ok()?;
            let s = Date::new(year, month, day)?;
            let precision = if v.contains('T') { Precision::PartOfDay } else { Precision::Day };
            Some(DateRange { start: s, end: s.add_days(1), precision })
        }
    }
}

/// Whether `inner` lies within `outer` (both half-open).
pub fn within(inner: &DateRange, outer: &DateRange) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: &str) -> Option<(String, String, Precision)> {
        value_range(v, Date::new(2025, 6, 24)).map(|r| (r.start.to_string(), r.end.to_string(), r.precision))
    }

    #[test]
    fn reads_values() {
        assert_eq!(r("1998"), Some(("1998-01-01".into(), "1999-01-01".into(), Precision::Year)));
        assert_eq!(r("1998-02"), Some(("1998-02-01".into(), "1998-03-01".into(), Precision::Month)));
        assert_eq!(r("1998-02-28TMO"), Some(("1998-02-28".into(), "1998-03-01".into(), Precision::PartOfDay)));
        assert_eq!(r("2025-W26"), Some(("2025-06-23".into(), "2025-06-30".into(), Precision::Week)));
        assert_eq!(r("2025-Q2"), Some(("2025-04-01".into(), "2025-07-01".into(), Precision::Quarter)));
        assert_eq!(r("2025-WI"), Some(("2025-12-01".into(), "2026-03-01".into(), Precision::Season)));
        assert_eq!(r("199"), Some(("1990-01-01".into(), "2000-01-01".into(), Precision::Decade)));
        assert_eq!(r("PRESENT_REF"), Some(("2025-06-24".into(), "2025-06-25".into(), Precision::Day)));
        for bad in ["PXY", "XXXX-06", "PAST_REF", "", "1998-13", "1998-02-30", "19é8", "2025-Q9"] {
            assert_eq!(r(bad), None, "{bad}");
        }
    }
}
