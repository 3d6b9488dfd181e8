//! Normalisation: from the captures of a rule to a TIMEX3 type, value, mod and calendar range, against
//! the publication date (news mode) or the last date mentioned (narrative mode).

use super::lexicon::{HolidayDate, Unit};
use super::rules::Sem;
use super::{Caps, Tense};
use crate::analysis::date::{days_in_month, Date, MONTH_NAMES, WEEKDAY_NAMES};
use crate::analysis::model::{DateRange, Precision, TimexType};

pub struct Ctx {
    pub dct: Option<Date>,
    /// The range of the last date mentioned before the expression.
    pub last: Option<DateRange>,
    pub tense: Tense,
    /// The last quarter mentioned a few sentences before, if any: "a year ago" then means that quarter a year before.
    pub quarter: Option<DateRange>,
}

pub struct Res {
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<String>,
    pub freq: Option<String>,
    pub quant: Option<String>,
    pub range: Option<DateRange>,
    pub reason: String,
}

/// A calendar point at some precision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pt {
    Century(i32),
    Decade(i32),
    Year(i32),
    Half(i32, u8),
    Season(i32, &'static str),
    Quarter(i32, u8),
    Month(i32, u8),
    Week(i32, u8),
    Weekend(i32, u8),
    Day(Date),
}

fn d(y: i32, m: u8, day: u8) -> Date {
    Date::new(y, m, day).unwrap_or(Date {
        year: y.clamp(1, 9999),
        month: 1,
        day: 1,
    })
}

impl Pt {
    pub fn value(self) -> String {
        match self {
            Pt::Century(c) => format!("{c:02}"),
            Pt::Decade(x) => format!("{:03}", x / 10),
            Pt::Year(y) => format!("{y:04}"),
            Pt::Half(y, h) => format!("{y:04}-H{h}"),
            Pt::Season(y, s) => format!("{y:04}-{s}"),
            Pt::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Pt::Month(y, m) => format!("{y:04}-{m:02}"),
            Pt::Week(y, w) => format!("{y:04}-W{w:02}"),
            Pt::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Pt::Day(x) => x.to_string(),
        }
    }

    pub fn range(self) -> DateRange {
        let (start, end, precision) = match self {
            Pt::Century(c) => (d(c * 100, 1, 1), d(c * 100 + 100, 1, 1), Precision::Century),
            Pt::Decade(x) => (d(x, 1, 1), d(x + 10, 1, 1), Precision::Decade),
            Pt::Year(y) => (d(y, 1, 1), d(y + 1, 1, 1), Precision::Year),
            Pt::Half(y, h) => {
                let s = d(y, if h == 2 { 7 } else { 1 }, 1);
                (s, s.add_months(6), Precision::Quarter)
            }
            Pt::Season(y, s) => {
                let m = match s {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                let st = d(y, m, 1);
                (st, st.add_months(3), Precision::Season)
            }
            Pt::Quarter(y, q) => {
                let s = d(y, (q.clamp(1, 4) - 1) * 3 + 1, 1);
                (s, s.add_months(3), Precision::Quarter)
            }
            Pt::Month(y, m) => {
                let s = d(y, m, 1);
                (s, s.add_months(1), Precision::Month)
            }
            Pt::Week(y, w) => {
                let s = Date::from_iso_week(y, w).unwrap_or(d(y, 1, 1));
                (s, s.add_days(7), Precision::Week)
            }
            Pt::Weekend(y, w) => {
                let s = Date::from_iso_week(y, w).unwrap_or(d(y, 1, 1)).add_days(5);
                (s, s.add_days(2), Precision::Week)
            }
            Pt::Day(x) => (x, x.add_days(1), Precision::Day),
        };
        DateRange {
            start,
            end,
            precision,
        }
    }

    pub fn of(date: Date, unit: Unit) -> Pt {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Pt::Day(date),
            Unit::Week => {
                let (y, w) = date.iso_week();
                Pt::Week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = date.iso_week();
                Pt::Weekend(y, w)
            }
            Unit::Month => Pt::Month(date.year, date.month),
            Unit::Quarter => Pt::Quarter(date.year, date.quarter()),
            Unit::Year => Pt::Year(date.year),
            Unit::Decade => Pt::Decade(date.year - date.year.rem_euclid(10)),
            Unit::Century | Unit::Millennium => Pt::Century(date.year / 100),
        }
    }
}

/// Whether a date of precision `p` is too coarse to name one `unit` ("1987" names no day, "March" no week).
fn coarser_than(p: Precision, unit: Unit) -> bool {
    let rank = |p: Precision| match p {
        Precision::Century => 0,
        Precision::Decade => 1,
        Precision::Year => 2,
        Precision::Season | Precision::Quarter => 3,
        Precision::Month => 4,
        Precision::Week => 5,
        Precision::Day | Precision::PartOfDay | Precision::Minute => 6,
    };
    let need = match unit {
        Unit::Day => 6,
        Unit::Week | Unit::Weekend => 5,
        Unit::Month => 4,
        Unit::Quarter => 3,
        Unit::Year => 2,
        _ => return false,
    };
    rank(p) < need
}

/// The date of a holiday in year `y`.
pub fn holiday_date(h: HolidayDate, y: i32) -> Option<Date> {
    match h {
        HolidayDate::Fixed(m, d) => Date::new(y, m, d),
        HolidayDate::Nth(m, wd, n) => {
            let first = Date::new(y, m, 1)?;
            let off = (i64::from(wd) - i64::from(first.weekday().0)).rem_euclid(7);
            Some(first.add_days(off + 7 * (i64::from(n) - 1)))
        }
        HolidayDate::Last(m, wd) => {
            let last = Date::new(y, m, days_in_month(y, m))?;
            let back = (i64::from(last.weekday().0) - i64::from(wd)).rem_euclid(7);
            Some(last.add_days(-back))
        }
        HolidayDate::Easter(off) => {
            // anonymous Gregorian algorithm (Meeus/Jones/Butcher)
            let a = y % 19;
            let b = y / 100;
            let c = y % 100;
            let d = b / 4;
            let e = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let i = c / 4;
            let k = c % 4;
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            Some(Date::new(y, month as u8, day as u8)?.add_days(i64::from(off)))
        }
    }
}

/// `date` moved by `n` units.
pub fn shift(date: Date, unit: Unit, n: i64) -> Date {
    // beyond any calendar: keeps the arithmetic below far from overflow ("999999999999 years ago")
    let n = n.clamp(-1_000_000, 1_000_000);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => date,
        Unit::Day => date.add_days(n),
        Unit::Week | Unit::Weekend => date.add_days(7 * n),
        Unit::Month => date.add_months(n),
        Unit::Quarter => date.add_months(3 * n),
        Unit::Year => date.add_months(12 * n),
        Unit::Decade => date.add_months(120 * n),
        Unit::Century => date.add_months(1200 * n),
        Unit::Millennium => date.add_months(12000 * n),
    }
}

fn unknown_value(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
    }
}

fn num_str(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e12 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A fraction of a unit written in the next smaller one, as TimeML writes it: "2 1/2 years" is P2Y6M,
/// "a minute and a half" PT1M30S, "1.5 days" P1DT12H. None when the rest is not a whole number of the
/// smaller unit (or the unit has no smaller one in this table).
fn split_fraction(n: f64, unit: Unit) -> Option<String> {
    const SMALLER: &[(Unit, Unit, f64)] = &[
        (Unit::Year, Unit::Month, 12.0),
        (Unit::Day, Unit::Hour, 24.0),
        (Unit::Hour, Unit::Minute, 60.0),
        (Unit::Minute, Unit::Second, 60.0),
    ];
    if !(n.is_finite() && n > 1.0 && n < 1e9) || n.fract() == 0.0 {
        return None;
    }
    let &(_, small, k) = SMALLER.iter().find(|(u, _, _)| *u == unit)?;
    let whole = n.trunc();
    let rest = n.fract() * k;
    if (rest - rest.round()).abs() > 1e-6 || rest.round() == 0.0 {
        return None;
    }
    let (w, r) = (whole as i64, rest.round() as i64);
    Some(match unit {
        Unit::Day => format!("P{w}DT{r}{}", small.code()),
        _ if unit.is_time() => format!("PT{w}{}{r}{}", unit.code(), small.code()),
        _ => format!("P{w}{}{r}{}", unit.code(), small.code()),
    })
}

/// P3Y, PT5H, PXY, P2Y6M; hours/minutes/seconds take the T.
pub fn duration_value(n: Option<f64>, unit: Unit) -> String {
    if let Some(v) = n.and_then(|x| split_fraction(x, unit)) {
        return v;
    }
    let count = n.map_or("X".to_string(), num_str);
    let t = if unit.is_time() { "T" } else { "" };
    match unit {
        Unit::Weekend => format!("P{count}WE"),
        _ => format!("P{t}{count}{}", unit.code()),
    }
}

fn date_res(pt: Pt, reason: String) -> Option<Res> {
    Some(Res {
        kind: TimexType::Date,
        value: pt.value(),
        modifier: None,
        freq: None,
        quant: None,
        range: Some(pt.range()),
        reason,
    })
}

fn fixed(kind: TimexType, value: &str, reason: impl Into<String>) -> Option<Res> {
    Some(Res {
        kind,
        value: value.to_string(),
        modifier: None,
        freq: None,
        quant: None,
        range: None,
        reason: reason.into(),
    })
}

fn tense_words(t: Tense) -> &'static str {
    match t {
        Tense::Past => "in a past-tense clause",
        Tense::Future => "in a future-tense clause",
        Tense::Present => "in a present-tense clause (read as upcoming)",
        _ => "with no clear tense (read as past, as news usually is)",
    }
}

/// The year of a month (and day) mentioned without one: the publication year, moved by the tense when
/// the date would otherwise fall far on the wrong side of the publication date.
fn year_for(dct: Date, month: u8, day: u8, tense: Tense) -> i32 {
    let y = dct.year;
    let cand = d(y, month, day.min(days_in_month(y, month)).max(1));
    let diff = cand.day_number() - dct.day_number();
    match tense {
        Tense::Future if diff < -31 => y + 1,
        Tense::Past if diff > 31 => y - 1,
        Tense::Future | Tense::Past => y,
        // "Mid-November is the deadline": the nearest one
        Tense::Present if diff > 183 => y - 1,
        Tense::Present if diff < -183 => y + 1,
        Tense::Present => y,
        // no tense: news mostly reports the past; a date months ahead needs a future verb to stay ahead
        _ if diff > 120 => y - 1,
        _ if diff < -240 => y + 1,
        _ => y,
    }
}

fn rel_offset(w: &str, r: i64) -> i64 {
    match w {
        "same" => 0,
        _ => r,
    }
}

pub fn resolve(sem: Sem, c: &Caps, ctx: &Ctx) -> Option<Res> {
    let dct = ctx.dct;
    match sem {
        Sem::Ref(v) => fixed(
            TimexType::Date,
            v,
            match v {
                "PRESENT_REF" => "the present, as of the publication date",
                "PAST_REF" => "an unspecified time in the past",
                _ => "an unspecified time in the future",
            },
        ),
        Sem::DayOffset(n) => {
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    "XXXX-XX-XX",
                    "a day relative to the publication date, which is unknown",
                );
            };
            let day = dct.add_days(n);
            let what = match n {
                0 => "the publication date".to_string(),
                -1 => "the day before the publication date".to_string(),
                1 => "the day after the publication date".to_string(),
                _ => format!("{n:+} days from the publication date"),
            };
            date_res(Pt::Day(day), what)
        }
        Sem::FullDate => {
            let date = match c.full {
                Some(x) => x,
                None => Date::new(c.year?, c.month, c.day)?,
            };
            if let Some(wd) = c.weekday {
                if date.weekday().0 != wd {
                    // the weekday and the date disagree: keep the date, say so
                    return date_res(
                        Pt::Day(date),
                        format!(
                            "the date as written (its weekday is not {})",
                            WEEKDAY_NAMES.get(wd as usize).unwrap_or(&"")
                        ),
                    );
                }
            }
            date_res(Pt::Day(date), "the date as written".into())
        }
        Sem::MonthDay => {
            if c.day == 0 || c.month == 0 {
                return None;
            }
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-{:02}-{:02}", c.month, c.day),
                    "a day without a year, and no publication date",
                );
            };
            let y = year_for(dct, c.month, c.day, ctx.tense);
            let date = Date::new(y, c.month, c.day)?;
            date_res(
                Pt::Day(date),
                format!(
                    "the year of the publication date{}, {}",
                    if y != dct.year {
                        " moved by the tense"
                    } else {
                        ""
                    },
                    tense_words(ctx.tense)
                ),
            )
        }
        Sem::Holiday => {
            let h = c.holiday?;
            if let Some(y) = c.year {
                return date_res(
                    Pt::Day(holiday_date(h, y)?),
                    "the holiday in the year written".into(),
                );
            }
            let Some(dct) = dct else {
                return match h {
                    HolidayDate::Fixed(m, d) => fixed(
                        TimexType::Date,
                        &format!("XXXX-{m:02}-{d:02}"),
                        "a holiday, and no publication date",
                    ),
                    _ => fixed(
                        TimexType::Date,
                        "XXXX-XX-XX",
                        "a holiday, and no publication date",
                    ),
                };
            };
            let this = holiday_date(h, dct.year)?;
            let y = year_for(dct, this.month, this.day, ctx.tense);
            let date = holiday_date(h, y)?;
            // "Easter week", "Christmas week": the (ISO) week that holds the holiday
            if c.has("week") {
                let (wy, w) = date.iso_week();
                return date_res(Pt::Week(wy, w), "the week of the holiday".into());
            }
            date_res(
                Pt::Day(date),
                format!(
                    "the holiday in the year the tense points to ({})",
                    tense_words(ctx.tense)
                ),
            )
        }
        Sem::DayOfMonth => {
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-XX-{:02}", c.day),
                    "a day of an unknown month",
                );
            };
            let this = Date::new(dct.year, dct.month, c.day);
            let base = match ctx.tense {
                Tense::Future if this.is_none_or(|d| d < dct) => dct.add_months(1),
                Tense::Past if this.is_none_or(|d| d > dct) => dct.add_months(-1),
                _ => dct,
            };
            let date = Date::new(base.year, base.month, c.day)?;
            date_res(
                Pt::Day(date),
                format!(
                    "day {} of the month of the publication date (or the one the tense points to)",
                    c.day
                ),
            )
        }
        Sem::MonthYear => date_res(Pt::Month(c.year?, c.month), "the month as written".into()),
        Sem::Month => {
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-{:02}", c.month),
                    "a month without a year, and no publication date",
                );
            };
            let y = year_for(dct, c.month, 15, ctx.tense);
            date_res(
                Pt::Month(y, c.month),
                format!(
                    "{} of the year the tense points to ({})",
                    MONTH_NAMES
                        .get((c.month as usize).saturating_sub(1))
                        .unwrap_or(&""),
                    tense_words(ctx.tense)
                ),
            )
        }
        Sem::MonthRel => {
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-{:02}", c.month),
                    "no publication date",
                );
            };
            let r = c.rel.unwrap_or(0);
            let y = match r {
                0 => dct.year,
                x if x < 0 => {
                    // "last February" written on March 1st: the month just ended would be "last month", so the
                    // one a year before
                    if c.month + 1 < dct.month {
                        dct.year
                    } else {
                        dct.year - 1
                    }
                }
                _ => {
                    if c.month > dct.month {
                        dct.year
                    } else {
                        dct.year + 1
                    }
                }
            };
            date_res(
                Pt::Month(y, c.month),
                format!(
                    "'{}' month before or after the publication date",
                    c.rel_word
                ),
            )
        }
        Sem::MonthOfRelYear => {
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-{:02}", c.month),
                    "no publication date",
                );
            };
            date_res(
                Pt::Month(dct.year + c.rel.unwrap_or(0) as i32, c.month),
                "the month of the year named relative to the publication date".into(),
            )
        }
        Sem::Year => date_res(Pt::Year(c.year?), "the year as written".into()),
        Sem::FiscalYear => date_res(Pt::Year(c.year?), "the (fiscal) year as written".into()),
        Sem::Decade => {
            let x = c.decade?;
            date_res(Pt::Decade(x), "the decade as written".into())
        }
        Sem::Century => {
            if c.ord == 0 {
                return None;
            }
            date_res(
                Pt::Century(c.ord as i32 - 1),
                "the century as written".into(),
            )
        }
        Sem::Weekday | Sem::WeekdayRel => {
            let wd = c.weekday?;
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-WXX-{}", wd + 1),
                    "a weekday, and no publication date",
                );
            };
            let cur = dct.weekday().0 as i64;
            let back = (cur - wd as i64).rem_euclid(7);
            let fwd = (wd as i64 - cur).rem_euclid(7);
            // "the previous Friday", "the following Monday": from the last day mentioned
            if sem == Sem::WeekdayRel
                && matches!(c.rel_word, "previous" | "preceding" | "following" | "prior")
            {
                if let Some(l) = ctx.last.filter(|l| l.precision >= Precision::Day) {
                    let base = l.start;
                    let cur = base.weekday().0 as i64;
                    let date = if c.rel.unwrap_or(0) < 0 {
                        base.add_days(-(((cur - wd as i64).rem_euclid(7) + 6) % 7 + 1))
                    } else {
                        base.add_days(((wd as i64 - cur).rem_euclid(7) + 6) % 7 + 1)
                    };
                    return date_res(
                        Pt::Day(date),
                        format!(
                            "the {} {} the last day mentioned",
                            WEEKDAY_NAMES[wd as usize % 7],
                            if c.rel.unwrap_or(0) < 0 {
                                "before"
                            } else {
                                "after"
                            }
                        ),
                    );
                }
            }
            let (date, why) = if sem == Sem::WeekdayRel {
                match c.rel.unwrap_or(0) {
                    x if x < 0 => (
                        dct.add_days(-if back == 0 { 7 } else { back }),
                        "the one before the publication date".to_string(),
                    ),
                    x if x > 0 => (
                        dct.add_days(if fwd == 0 { 7 } else { fwd }),
                        "the one after the publication date".to_string(),
                    ),
                    _ => (
                        dct.add_days(if matches!(ctx.tense, Tense::Future | Tense::Present) {
                            fwd
                        } else {
                            -back
                        }),
                        "in the week of the publication date".to_string(),
                    ),
                }
            } else if matches!(ctx.tense, Tense::Future | Tense::Present) {
                (
                    dct.add_days(fwd),
                    format!(
                        "the next {} on or after the publication date, {}",
                        WEEKDAY_NAMES[wd as usize % 7],
                        tense_words(ctx.tense)
                    ),
                )
            } else if back == 0 {
                (
                    dct,
                    format!(
                        "the weekday of the publication date, {}",
                        tense_words(ctx.tense)
                    ),
                )
            } else {
                (
                    dct.add_days(-back),
                    format!(
                        "the last {} before the publication date, {}",
                        WEEKDAY_NAMES[wd as usize % 7],
                        tense_words(ctx.tense)
                    ),
                )
            };
            date_res(Pt::Day(date), why)
        }
        Sem::UnitRel => {
            let unit = c.unit?;
            let off = rel_offset(c.rel_word, c.rel.unwrap_or(0));
            // ... but TimeBank draws "the past year" and "the next year or so" as the calendar year (as "last
            // year" is): those fall through to the date below
            // ... and "the next century", "the last century" name centuries (1990s news on the 2000s), while
            // "the past century" is the hundred years up to now
            let century = matches!(unit, Unit::Century | Unit::Millennium) && c.rel_word != "past";
            if c.has_the
                && matches!(c.rel_word, "past" | "last" | "next")
                && !matches!(unit, Unit::Quarter | Unit::Year)
                && !century
            {
                // "the past year", "the last week": a stretch of time up to (or from) the reference
                return Some(Res {
                    kind: TimexType::Duration,
                    value: duration_value(Some(1.0), unit),
                    modifier: None,
                    freq: None,
                    quant: None,
                    range: None,
                    reason: format!(
                        "one {} {} the publication date",
                        unit.name(),
                        if c.rel_word == "next" {
                            "after"
                        } else {
                            "up to"
                        }
                    ),
                });
            }
            if unit.is_time() || unit == Unit::Day {
                return None;
            }
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    unknown_value(unit),
                    "relative to the publication date, which is unknown",
                );
            };
            let pt = Pt::of(shift(dct, unit, off), unit);
            date_res(
                pt,
                format!(
                    "the {} {} the publication date's",
                    unit.name(),
                    match off {
                        0 => "of",
                        x if x < 0 => "before",
                        _ => "after",
                    }
                ),
            )
        }
        Sem::UnitPart => {
            let unit = c.unit.or(if c.has("year") {
                Some(Unit::Year)
            } else if c.has("month") {
                Some(Unit::Month)
            } else if c.has("week") {
                Some(Unit::Week)
            } else if c.has("day") {
                Some(Unit::Day)
            } else {
                None
            })?;
            let Some(dct) = dct else {
                return fixed(TimexType::Date, unknown_value(unit), "no publication date");
            };
            let pt = Pt::of(dct, unit);
            let full = pt.range();
            let earlier = c.has("earlier");
            let range = if unit == Unit::Day {
                // "later in the day": the day itself
                full
            } else if earlier {
                DateRange {
                    start: full.start,
                    end: dct,
                    precision: full.precision,
                }
            } else {
                DateRange {
                    start: dct.add_days(1),
                    end: full.end,
                    precision: full.precision,
                }
            };
            Some(Res {
                kind: TimexType::Date,
                value: pt.value(),
                // TimeBank marks "earlier this year" START (5 of 5) and "later this year" END
                modifier: Some(if earlier { "START" } else { "END" }.into()),
                freq: None,
                quant: None,
                range: Some(range),
                reason: format!(
                    "the {} of the publication date, {} it",
                    unit.name(),
                    if earlier { "before" } else { "after" }
                ),
            })
        }
        Sem::UnitEdge => {
            let unit = c.unit.unwrap_or(if c.has("month") {
                Unit::Month
            } else if c.has("week") {
                Unit::Week
            } else if c.has("quarter") {
                Unit::Quarter
            } else {
                Unit::Year
            });
            let m = if c.has("beginning") || c.has("start") || c.has("turn") {
                "START"
            } else if c.has("middle") {
                "MID"
            } else {
                "END"
            };
            let Some(dct) = dct else {
                return fixed(TimexType::Date, unknown_value(unit), "no publication date");
            };
            let pt = Pt::of(shift(dct, unit, c.rel.unwrap_or(0)), unit);
            let mut r = date_res(pt, format!("the {} of the publication date", unit.name()))?;
            r.modifier = Some(m.into());
            Some(r)
        }
        Sem::DurationX => Some(Res {
            kind: TimexType::Duration,
            value: "PXX".into(),
            modifier: None,
            freq: None,
            quant: None,
            range: None,
            reason: "a stretch of time of unknown length".into(),
        }),
        Sem::Weekend => {
            let Some(dct) = dct else {
                return fixed(TimexType::Date, "XXXX-WXX-WE", "no publication date");
            };
            let cur = dct.weekday().0 as i64;
            let sat = if matches!(ctx.tense, Tense::Future | Tense::Present) {
                dct.add_days((5 - cur).rem_euclid(7))
            } else {
                dct.add_days(-((cur - 5).rem_euclid(7)))
            };
            let (y, w) = sat.iso_week();
            date_res(
                Pt::Weekend(y, w),
                format!(
                    "the weekend {} the publication date, {}",
                    if matches!(ctx.tense, Tense::Future | Tense::Present) {
                        "after"
                    } else {
                        "before"
                    },
                    tense_words(ctx.tense)
                ),
            )
        }
        Sem::TheYear => {
            if c.day_word == Some(1) {
                return Some(Res {
                    kind: TimexType::Duration,
                    value: "P1Y".into(),
                    modifier: None,
                    freq: None,
                    quant: None,
                    range: None,
                    reason: "a year-long period".into(),
                });
            }
            let week = c.has("week");
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    if week { "XXXX-WXX" } else { "XXXX" },
                    "no publication date",
                );
            };
            if week {
                // "for the week": a week of the report that the words do not fix (TimeML: the year's WXX)
                return fixed(
                    TimexType::Date,
                    &format!("{:04}-WXX", dct.year),
                    "a week of the report, in the year of the publication date",
                );
            }
            if c.has("new") && dct.month >= 10 {
                // "the new year" written in the autumn is the coming one
                return date_res(
                    Pt::Year(dct.year + 1),
                    "the year after the publication date's (written late in the year)".into(),
                );
            }
            date_res(
                Pt::Year(dct.year),
                "the year of the publication date".into(),
            )
        }
        Sem::Ago(sign) => {
            let unit = c.unit?;
            if let (Some(l), Unit::Year, Some(n)) = (ctx.quarter, unit, c.num) {
                if l.precision == Precision::Quarter && n == 1.0 && sign < 0 {
                    let q = l.start.add_months(-12);
                    return date_res(
                        Pt::Quarter(q.year, q.quarter()),
                        "the same quarter a year before the quarter just mentioned".into(),
                    );
                }
            }
            if c.vague || c.num.is_none() {
                return fixed(
                    TimexType::Date,
                    if sign < 0 { "PAST_REF" } else { "FUTURE_REF" },
                    "an unspecified number of units before the publication date",
                );
            }
            let n = c.num?;
            if n.fract() != 0.0 || unit.is_time() {
                return fixed(
                    TimexType::Date,
                    if sign < 0 { "PAST_REF" } else { "FUTURE_REF" },
                    "a fraction of a unit before the publication date",
                );
            }
            let Some(dct) = dct else {
                return fixed(TimexType::Date, unknown_value(unit), "no publication date");
            };
            let pt = Pt::of(shift(dct, unit, sign * n as i64), unit);
            date_res(
                pt,
                format!(
                    "{} {}(s) {} the publication date",
                    num_str(n),
                    unit.name(),
                    if sign < 0 { "before" } else { "after" }
                ),
            )
        }
        Sem::Narrative(_) => {
            let unit = c.unit?;
            let n = c.num?;
            if unit.is_time() || n.fract() != 0.0 {
                return None;
            }
            let sign = if c.has("earlier") { -1 } else { 1 };
            if let (Some(l), Unit::Year) = (ctx.quarter, unit) {
                if l.precision == Precision::Quarter && n == 1.0 {
                    let q = l.start.add_months(12 * sign);
                    return date_res(
                        Pt::Quarter(q.year, q.quarter()),
                        "the same quarter a year from the quarter just mentioned".into(),
                    );
                }
            }
            let last = ctx.last;
            let (base, from) = match last {
                Some(r) => (r.start, "the last date mentioned"),
                None => (dct?, "the publication date"),
            };
            let pt = Pt::of(shift(base, unit, sign * n as i64), unit);
            date_res(
                pt,
                format!(
                    "{} {}(s) {} {}",
                    num_str(n),
                    unit.name(),
                    if sign < 0 { "before" } else { "after" },
                    from
                ),
            )
        }
        Sem::NarrativeUnit => {
            let wordunit = c.words[..c.nwords.min(6)].iter().find_map(|w| match *w {
                "day" | "morning" | "evening" | "night" => Some(Unit::Day),
                "week" => Some(Unit::Week),
                "month" => Some(Unit::Month),
                "quarter" => Some(Unit::Quarter),
                "year" => Some(Unit::Year),
                _ => None,
            })?;
            let off = if c.has("next") || c.has("following") || c.has("after") {
                1
            } else if c.has("previous") || c.has("preceding") || c.has("before") {
                -1
            } else {
                0
            };
            // "trades made that day", "redemptions that day" after a year or a month: no such day was named, the
            // phrase is generic (TimeBank tags neither), and the first day of the year would be made up
            if off == 0 && ctx.last.is_some_and(|r| coarser_than(r.precision, wordunit)) {
                return None;
            }
            let (base, from) = match ctx.last {
                Some(r) => (r.start, "the last date mentioned"),
                None => (dct?, "the publication date"),
            };
            let pt = Pt::of(shift(base, wordunit, off), wordunit);
            let mut r = date_res(
                pt,
                format!(
                    "{} {} {}",
                    match off {
                        0 => "the same",
                        1 => "the",
                        _ => "the",
                    },
                    wordunit.name(),
                    match off {
                        0 => format!("as {from}"),
                        1 => format!("after {from}"),
                        _ => format!("before {from}"),
                    }
                ),
            )?;
            let pod = c.words[..c.nwords.min(6)].iter().find_map(|w| match *w {
                "morning" => Some("MO"),
                "evening" => Some("EV"),
                "night" => Some("NI"),
                _ => None,
            });
            if let Some(p) = pod {
                r.kind = TimexType::Time;
                r.value = format!("{}T{}", r.value, p);
            }
            Some(r)
        }
        Sem::Quarter => {
            let q = if c.ord > 0 {
                c.ord
            } else {
                c.words[..c.nwords.min(6)]
                    .iter()
                    .find_map(|w| w.strip_prefix('q').and_then(|d| d.parse().ok()))
                    .unwrap_or(0)
            };
            if !(1..=4).contains(&q) {
                return None;
            }
            let y = match (c.year, dct) {
                (Some(y), _) => y,
                (None, Some(dct)) => {
                    let base = dct.year + c.rel.unwrap_or(0) as i32;
                    if c.rel.is_none()
                        && matches!(ctx.tense, Tense::Past | Tense::Unknown)
                        && q > dct.quarter()
                    {
                        base - 1
                    } else {
                        base
                    }
                }
                (None, None) => {
                    return fixed(
                        TimexType::Date,
                        &format!("XXXX-Q{q}"),
                        "a quarter without a year, and no publication date",
                    )
                }
            };
            date_res(
                Pt::Quarter(y, q),
                if c.year.is_some() {
                    "the quarter as written".into()
                } else {
                    format!(
                        "the quarter of the publication year, {}",
                        tense_words(ctx.tense)
                    )
                },
            )
        }
        Sem::PartOf => {
            let w = c.words.get(..c.nwords.min(6))?;
            let n: i64 = match w.get(1).copied() {
                Some("first") => 1,
                Some("second") => 2,
                Some("third") => 3,
                Some("fourth") => 4,
                Some("last" | "final") => -1,
                _ => return None,
            };
            let week = w.get(2) == Some(&"week");
            // "the first week of" with neither a month, a year nor "the year" after it
            if c.month == 0 && c.year.is_none() && w.len() < 6 {
                return None;
            }
            // the month or year it is counted in: [start, end)
            let (start, end) = if c.month > 0 {
                let y = match (c.year, dct) {
                    (Some(y), _) => y,
                    (None, Some(d)) => year_for(d, c.month, 15, ctx.tense),
                    (None, None) => return None,
                };
                let s = Date::new(y, c.month, 1)?;
                (s, s.add_months(1))
            } else if let Some(y) = c.year {
                (Date::new(y, 1, 1)?, Date::new(y + 1, 1, 1)?)
            } else {
                let d = dct?;
                let rel = match w.get(4).copied() {
                    Some("next") => 1,
                    Some("last") => -1,
                    _ => 0,
                };
                if w.get(5) == Some(&"month") {
                    let s = Date::new(d.year, d.month, 1)?.add_months(rel);
                    (s, s.add_months(1))
                } else {
                    let s = Date::new(d.year + rel as i32, 1, 1)?;
                    (s, Date::new(s.year + 1, 1, 1)?)
                }
            };
            let day = if n > 0 {
                start.add_days(if week { 7 * (n - 1) } else { n - 1 })
            } else {
                end.add_days(-1)
            };
            if day >= end {
                return None;
            }
            let pt = if week {
                Pt::of(day, Unit::Week)
            } else {
                Pt::Day(day)
            };
            date_res(
                pt,
                "a week or a day counted inside the month or year named".into(),
            )
        }
        Sem::Half => {
            let h = if c.has("first") || c.has("h1") { 1 } else { 2 };
            // "the first half of next year": the year named relative to the publication date
            let rel_year = c.has("year") && c.rel.is_some();
            let y = match (c.year, dct) {
                (Some(y), _) => y,
                (None, Some(dct)) => {
                    dct.year
                        + if rel_year {
                            c.rel.unwrap_or(0) as i32
                        } else {
                            0
                        }
                }
                (None, None) => {
                    return fixed(
                        TimexType::Date,
                        &format!("XXXX-H{h}"),
                        "no publication date",
                    )
                }
            };
            if c.year.is_none() && !c.has_the && !c.has("h1") && !c.has("h2") && !rel_year {
                return None;
            }
            date_res(Pt::Half(y, h), "the half-year".into())
        }
        Sem::LastQuarter(off) => {
            if let Some(q) = ctx.quarter {
                let d = q.start.add_months(3 * off);
                return date_res(
                    Pt::Quarter(d.year, d.quarter()),
                    if off == 0 {
                        "the quarter under discussion".into()
                    } else {
                        "the quarter under discussion, a year earlier".into()
                    },
                );
            }
            let Some(dct) = dct else {
                return fixed(TimexType::Date, "XXXX-QX", "no publication date");
            };
            let cur = dct.add_months(-3 + 3 * off);
            date_res(
                Pt::Quarter(cur.year, cur.quarter()),
                if off == 0 {
                    "the last quarter completed before the publication date".into()
                } else {
                    "the same quarter a year earlier".into()
                },
            )
        }
        Sem::YearOpen => {
            let mut r = date_res(
                Pt::Year(c.year?),
                "the year as written, and any time after (or before) it".into(),
            )?;
            r.modifier = Some(
                if c.has("earlier") || c.has("before") {
                    "ON_OR_BEFORE"
                } else {
                    "ON_OR_AFTER"
                }
                .into(),
            );
            Some(r)
        }
        Sem::YearQuarter => {
            let y = c.year?;
            match ctx.quarter {
                Some(q) => date_res(
                    Pt::Quarter(y, q.start.quarter()),
                    "the quarter under discussion, in the year written".into(),
                ),
                None => date_res(Pt::Year(y), "the year as written".into()),
            }
        }
        Sem::QuarterYearAgo => {
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Date,
                    &format!("XXXX-Q{}", c.ord),
                    "no publication date",
                );
            };
            if !(1..=4).contains(&c.ord) {
                return None;
            }
            date_res(
                Pt::Quarter(dct.year - 1, c.ord),
                "that quarter of the year before the publication year".into(),
            )
        }
        Sem::YearAgo => {
            if let Some(q) = ctx.quarter {
                let d = q.start.add_months(-12);
                return date_res(
                    Pt::Quarter(d.year, d.quarter()),
                    "the quarter under discussion, a year earlier".into(),
                );
            }
            let Some(dct) = dct else {
                return fixed(TimexType::Date, "XXXX", "no publication date");
            };
            date_res(
                Pt::Year(dct.year - 1),
                "the year before the publication year".into(),
            )
        }
        Sem::Season | Sem::SeasonRel | Sem::SeasonYear => {
            let s = c.season?;
            if let Some(y) = c.year {
                return date_res(Pt::Season(y, s), "the season of the year as written".into());
            }
            let Some(dct) = dct else {
                return fixed(TimexType::Date, &format!("XXXX-{s}"), "no publication date");
            };
            let here = Pt::Season(dct.year, s).range();
            let y = match c.rel.map_or(0, |r| rel_offset(c.rel_word, r)) {
                // "last winter": the latest one that is over (or under way) before the publication date
                r if r < 0 => {
                    if here.start < dct && dct >= here.end {
                        dct.year
                    } else {
                        dct.year - 1
                    }
                }
                r if r > 0 => {
                    if here.start > dct {
                        dct.year
                    } else {
                        dct.year + 1
                    }
                }
                // no relative word: the tense decides ("will meet in the spring" after this spring is over)
                _ if ctx.tense == Tense::Future && here.end <= dct => dct.year + 1,
                _ if ctx.tense == Tense::Past && here.start > dct => dct.year - 1,
                _ => dct.year,
            };
            date_res(
                Pt::Season(y, s),
                "the season of the publication year, or the one before or after it".into(),
            )
        }
        Sem::Duration | Sem::VagueDuration | Sem::PastDuration => {
            let unit = c.unit?;
            let n = if c.vague || (sem == Sem::VagueDuration && !c.has("couple")) {
                None
            } else {
                c.num
            };
            // "day-long", "year-long" (rule duration.unit_long): one unit
            let n = if n.is_none() && !c.vague && sem == Sem::Duration && c.has("long") { Some(1.0) } else { n };
            let (n, unit) = if c.has("and") && c.has("half") {
                (n.map(|v| v + 0.5), unit) // "a year and a half"
            } else if c.has("half") {
                if c.num == Some(1.0) && !c.has("a") || c.nwords > 0 {
                    // "half an hour", "a half-hour"
                    match unit {
                        Unit::Hour => (Some(30.0), Unit::Minute),
                        Unit::Year => (Some(6.0), Unit::Month),
                        Unit::Day => (Some(12.0), Unit::Hour),
                        u => (Some(0.5), u),
                    }
                } else {
                    (n, unit)
                }
            } else {
                (n, unit)
            };
            if sem == Sem::VagueDuration && c.has("recent") && !c.plural {
                return None;
            }
            if sem == Sem::VagueDuration
                && !c.has_the
                && !c.vague
                && c.has("recent")
                && !matches!(unit, Unit::Week | Unit::Month | Unit::Quarter)
            {
                // "recent years", "recent days": left to the reference to the past
                return None;
            }
            let value = duration_value(n, unit);
            let reason = match n {
                Some(x) => format!("a duration of {} {}(s)", num_str(x), unit.name()),
                None => format!("an unspecified number of {}s", unit.name()),
            };
            Some(Res {
                kind: TimexType::Duration,
                value,
                modifier: if c.num == Some(2.0) && c.nwords > 0 && c.has("couple") {
                    Some("APPROX".into())
                } else {
                    None
                },
                freq: None,
                quant: None,
                range: None,
                reason,
            })
        }
        Sem::Clock => {
            let (mut h, m) = c.clock?;
            if c.ampm == 2 && h < 12 {
                h += 12;
            } else if c.ampm == 1 && h == 12 {
                h = 0;
            }
            let day = if let (Some(dct), true) = (dct, c.month > 0 && c.day > 0) {
                Date::new(year_for(dct, c.month, c.day, ctx.tense), c.month, c.day)
            } else if let (Some(dct), Some(wd)) = (dct, c.weekday) {
                let cur = dct.weekday().0 as i64;
                Some(if matches!(ctx.tense, Tense::Future | Tense::Present) {
                    dct.add_days((wd as i64 - cur).rem_euclid(7))
                } else {
                    dct.add_days(-(cur - wd as i64).rem_euclid(7))
                })
            } else {
                let off = if c.has("yesterday") {
                    -1
                } else if c.has("tomorrow") {
                    1
                } else {
                    0
                };
                // "On Tuesday, ... At 10 a.m., police ...": a time without a day falls on the day of the narrative
                // (a day mentioned in this sentence or the one before), else on the publication date
                let narrative = ctx.last.filter(|l| {
                    off == 0
                        && !c.has("today")
                        && !c.has("tonight")
                        && l.precision >= Precision::Day
                });
                match narrative {
                    Some(l) if dct.is_some() => Some(l.start),
                    _ => dct.map(|dct| dct.add_days(off)),
                }
            };
            let Some(day) = day else {
                return fixed(
                    TimexType::Time,
                    &format!("XXXX-XX-XXT{h:02}:{m:02}"),
                    "a clock time, and no publication date",
                );
            };
            Some(Res {
                kind: TimexType::Time,
                value: format!("{day}T{h:02}:{m:02}"),
                modifier: None,
                freq: None,
                quant: None,
                range: Some(Pt::Day(day).range()).map(|r| DateRange {
                    precision: Precision::Minute,
                    ..r
                }),
                reason: "the clock time on the day named, else the day of the narrative, else the publication date"
                    .into(),
            })
        }
        Sem::PartOfDay => {
            let pod = c.pod.unwrap_or("NI");
            let Some(dct) = dct else {
                return fixed(
                    TimexType::Time,
                    &format!("XXXX-XX-XXT{pod}"),
                    "a part of a day, and no publication date",
                );
            };
            let day = if let Some(wd) = c.weekday {
                let cur = dct.weekday().0 as i64;
                if matches!(ctx.tense, Tense::Future | Tense::Present) {
                    dct.add_days((wd as i64 - cur).rem_euclid(7))
                } else {
                    dct.add_days(-(cur - wd as i64).rem_euclid(7))
                }
            } else if c.has("yesterday") || (c.has("last") && pod == "NI") {
                dct.add_days(-1)
            } else if c.has("tomorrow") {
                dct.add_days(1)
            } else if c.has_the && !c.has("today") {
                // "in the evening": the day of the narrative (a day of this sentence or the one before)
                ctx.last
                    .filter(|l| l.precision >= Precision::Day)
                    .map_or(dct, |l| l.start)
            } else {
                dct
            };
            let modifier = if c.has("early") {
                Some("START".to_string())
            } else if c.has("late") {
                Some("END".to_string())
            } else if c.has("mid") {
                Some("MID".to_string())
            } else {
                None
            };
            Some(Res {
                kind: TimexType::Time,
                value: format!("{day}T{pod}"),
                modifier,
                freq: None,
                quant: None,
                range: Some(DateRange {
                    precision: Precision::PartOfDay,
                    ..Pt::Day(day).range()
                }),
                reason: "a part of the day named, relative to the publication date".into(),
            })
        }
        Sem::Set => {
            let w = c.words.first().copied().unwrap_or("");
            let (value, reason) = if let Some(wd) = c.weekday {
                (format!("XXXX-WXX-{}", wd + 1), "every such weekday")
            } else if c.month > 0 {
                (format!("XXXX-{:02}", c.month), "every such month")
            } else if let Some(u) = c.unit {
                let n = if c.has("other") {
                    2.0
                } else {
                    c.num.unwrap_or(1.0)
                };
                (
                    duration_value(Some(n), u),
                    "once per stretch of that length",
                )
            } else {
                let v = match w {
                    "daily" | "nightly" => "P1D",
                    "weekly" => "P1W",
                    "biweekly" => "P2W",
                    "monthly" => "P1M",
                    "quarterly" => "P1Q",
                    "hourly" => "PT1H",
                    _ => "P1Y",
                };
                (v.to_string(), "a regular frequency")
            };
            Some(Res {
                kind: TimexType::Set,
                value,
                modifier: None,
                freq: None,
                quant: if matches!(w, "every" | "each") {
                    Some(w.to_uppercase())
                } else {
                    None
                },
                range: None,
                reason: reason.into(),
            })
        }
        Sem::SetPer => {
            let u = c.unit?;
            Some(Res {
                kind: TimexType::Set,
                value: duration_value(Some(1.0), u),
                modifier: None,
                freq: None,
                quant: None,
                range: None,
                reason: format!("per {}", u.name()),
            })
        }
    }
}
