//! The named patterns of the temporal tagger, as data. Each rule is a sequence of token classes
//! (`El`), some optional, and the way its value is computed (`Sem`). At every token the matcher
//! (`mod.rs`) tries all rules and keeps the longest match (the first rule on ties).

/// A token class in a pattern.
#[derive(Clone, Copy, Debug)]
pub enum El {
    /// One word from the list (lower case).
    W(&'static [&'static str]),
    /// A month name (full, or abbreviated with its period).
    Month,
    /// A weekday name.
    Weekday,
    /// A year: four digits, or a year in words ("nineteen ninety-six").
    Year,
    /// A day of the month: 1-31, "24th".
    Day,
    /// A cardinal number: digits or words ("twenty-four", "a couple of" is `Vague`).
    Num,
    /// "a" / "an" (one).
    A,
    /// A vague count: several, a few, many, some, a couple of.
    Vague,
    /// A unit of time, singular.
    UnitSg,
    /// A unit of time, plural.
    UnitPl,
    /// Any unit of time.
    Unit,
    /// An ordinal: "third", "3rd".
    Ord,
    /// A season name.
    Season,
    /// A part of the day.
    Pod,
    /// A decade: "1990s", "'80s".
    Decade,
    /// A clock time: "14:30", "5" before a.m./p.m., "noon".
    Clock,
    /// a.m. / p.m.
    Ampm,
    /// A time zone: EST, GMT...
    Zone,
    /// A relative word: this, last, next, past, coming...
    Rel,
    /// A hyphen glued to both sides ("five-year").
    Hy,
    /// A punctuation mark.
    P(char),
    /// A numeric date with slashes: 6/24/2025, 24/06/2025 (a bare "1/8" is a fraction).
    Slash,
    /// "2025-06-24".
    Iso,
    /// A holiday's name: "Christmas", "New Year's Day", "Thanksgiving".
    Holiday,
}

/// One pattern element: a class, and whether it may be skipped.
#[derive(Clone, Copy, Debug)]
pub struct E(pub El, pub bool);

const fn r(e: El) -> E {
    E(e, false)
}
const fn o(e: El) -> E {
    E(e, true)
}

/// How the value of a match is computed (see `resolve.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sem {
    /// A fixed TIMEX3 value: PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// A day relative to the publication date: today (0), yesterday (-1), tomorrow (1).
    DayOffset(i64),
    /// A full date (month, day, year in any order, or a numeric date).
    FullDate,
    /// Month and day without a year: the year comes from the publication date and the tense.
    MonthDay,
    MonthYear,
    /// A month alone: the year comes from the publication date and the tense.
    Month,
    /// "last April", "this September".
    MonthRel,
    /// "June last year", "January this year".
    MonthOfRelYear,
    Year,
    Decade,
    Century,
    /// A weekday: the one before or after the publication date, following the clause's tense.
    Weekday,
    /// "last Friday", "next Tuesday".
    WeekdayRel,
    /// "this week", "last month", "next year", "the current quarter".
    UnitRel,
    /// "earlier this year", "later this month".
    UnitPart,
    /// "the end of the year", "year-end".
    UnitEdge,
    /// "two weeks ago", "a year from now".
    Ago(i64),
    /// "two weeks later", "a year earlier": from the last date mentioned.
    Narrative(i64),
    /// "the next day", "the previous week", "that year", "the same day": from the last date mentioned.
    NarrativeUnit,
    /// "the third quarter (of 1990)", "third-quarter", "this year's second quarter".
    Quarter,
    /// "the first half (of 1989)".
    Half,
    /// "the quarter", "the latest quarter", "the year-earlier quarter": the last completed quarter.
    LastQuarter(i64),
    /// "year-earlier", "year-ago": the year before the publication year.
    YearAgo,
    Season,
    SeasonYear,
    SeasonRel,
    /// "fiscal 1989", "the year 2000".
    FiscalYear,
    /// A number of units: "three years", "five-year", "the first nine months".
    Duration,
    /// An unknown number of units: "several years", "decades", "recent months".
    VagueDuration,
    /// "the past week", "the last two weeks": a duration up to the reference.
    PastDuration,
    /// A clock time, with the day it names or the publication date.
    Clock,
    /// A part of a day: "this morning", "Tuesday night", "last night", "tonight".
    PartOfDay,
    /// An unknown stretch of time: "a while", "some time".
    DurationX,
    /// "the weekend": the one before (or after) the publication date, by the tense.
    Weekend,
    /// "the year", "the fiscal year": the publication year, or a year-long duration ("the year ended June 30").
    TheYear,
    /// "1990 and beyond", "1994 or later".
    YearOpen,
    /// "the 1988 period": the quarter under discussion, in that year (else the year).
    YearQuarter,
    /// "the year-earlier third quarter".
    QuarterYearAgo,
    /// "the first week of March", "the last day of the year": a week or a day counted inside a month or a year.
    PartOf,
    /// A holiday, in the year of the publication date (or the one the tense points to), or the year written.
    Holiday,
    /// "on the 15th": a day of the month of the publication date (or the one before or after, by the tense).
    DayOfMonth,
    /// "every week", "each Thursday", "daily".
    Set,
    /// "twice a year", "$5 a day": a frequency.
    SetPer,
}

#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub name: &'static str,
    pub pat: &'static [E],
    pub sem: Sem,
    /// The type the rule produces when `sem` does not decide it.
    pub example: &'static str,
}

use El::*;

const THE: El = W(&["the"]);
/// The ordinals of "the first week of March", "the last day of the year".
const ORDINALS_OF: &[&str] = &["first", "second", "third", "fourth", "last", "final"];
const COMMA: El = P(',');

/// At most 128 rules: the matcher indexes them by a 128-bit mask.
pub const RULES: &[Rule] = &[
    Rule {
        name: "ref.future.one_day",
        pat: &[r(W(&["one", "some"])), r(W(&["day"]))],
        sem: Sem::Ref("FUTURE_REF"),
        example: "Islam will one day be the second religion",
    },
    // --- references to the present, past and future
    Rule {
        name: "ref.present",
        pat: &[r(W(&[
            "now",
            "currently",
            "nowadays",
            "presently",
            "current",
        ]))],
        sem: Sem::Ref("PRESENT_REF"),
        example: "Now prices are rising.",
    },
    Rule {
        name: "ref.present",
        pat: &[r(W(&["these"])), r(W(&["days"]))],
        sem: Sem::Ref("PRESENT_REF"),
        example: "these days",
    },
    Rule {
        name: "ref.present",
        pat: &[r(W(&["the"])), r(W(&["present"]))],
        sem: Sem::Ref("PRESENT_REF"),
        example: "the present",
    },
    Rule {
        name: "ref.past",
        pat: &[r(W(&["recently", "lately"]))],
        sem: Sem::Ref("PAST_REF"),
        example: "He recently resigned.",
    },
    Rule {
        name: "ref.past",
        pat: &[r(THE), r(W(&["past"]))],
        sem: Sem::Ref("PAST_REF"),
        example: "in the past",
    },
    Rule {
        // ("for the foreseeable future" is left out: TimeBank tags it in none of its 2 uses; an idiom for "for now")
        name: "ref.future",
        pat: &[
            r(THE),
            o(W(&["near", "distant", "immediate"])),
            r(W(&["future"])),
        ],
        sem: Sem::Ref("FUTURE_REF"),
        example: "in the near future",
    },
    Rule {
        name: "ref.future",
        pat: &[r(THE), r(W(&["near", "short"])), r(W(&["term"]))],
        sem: Sem::Ref("FUTURE_REF"),
        example: "in the near term",
    },
    Rule {
        name: "ref.past.the_time",
        pat: &[r(THE), r(W(&["time"]))],
        sem: Sem::Ref("PAST_REF"),
        example: "at the time",
    },
    Rule {
        name: "ref.future",
        pat: &[
            r(W(&["as"])),
            r(W(&["soon"])),
            r(W(&["as"])),
            r(W(&["possible", "practicable"])),
        ],
        sem: Sem::Ref("FUTURE_REF"),
        example: "as soon as possible",
    },
    Rule {
        name: "ref.future.later_date",
        pat: &[r(A), r(W(&["later"])), r(W(&["date"]))],
        sem: Sem::Ref("FUTURE_REF"),
        example: "the rest will be sold at a later date",
    },
    Rule {
        name: "ref.future",
        pat: &[r(W(&["soon"]))],
        sem: Sem::Ref("FUTURE_REF"),
        example: "They will meet soon.",
    },
    // --- days relative to the publication date
    Rule {
        name: "date.today",
        pat: &[r(W(&["today"]))],
        sem: Sem::DayOffset(0),
        example: "today",
    },
    Rule {
        name: "date.yesterday",
        pat: &[r(W(&["yesterday"]))],
        sem: Sem::DayOffset(-1),
        example: "yesterday",
    },
    Rule {
        name: "date.tomorrow",
        pat: &[r(W(&["tomorrow"]))],
        sem: Sem::DayOffset(1),
        example: "tomorrow",
    },
    Rule {
        name: "date.day_before_yesterday",
        pat: &[
            r(THE),
            r(W(&["day"])),
            r(W(&["before"])),
            r(W(&["yesterday"])),
        ],
        sem: Sem::DayOffset(-2),
        example: "the day before yesterday",
    },
    Rule {
        name: "date.day_after_tomorrow",
        pat: &[
            r(THE),
            r(W(&["day"])),
            r(W(&["after"])),
            r(W(&["tomorrow"])),
        ],
        sem: Sem::DayOffset(2),
        example: "the day after tomorrow",
    },
    // --- full dates
    Rule {
        name: "date.month_day_year",
        pat: &[o(Weekday), o(COMMA), r(Month), r(Day), o(COMMA), r(Year)],
        sem: Sem::FullDate,
        example: "June 24, 2025",
    },
    Rule {
        name: "date.day_month_year",
        pat: &[
            o(Weekday),
            o(COMMA),
            o(THE),
            r(Day),
            o(W(&["of"])),
            r(Month),
            o(COMMA),
            r(Year),
        ],
        sem: Sem::FullDate,
        example: "24 June 2025",
    },
    Rule {
        name: "date.numeric",
        pat: &[r(Slash)],
        sem: Sem::FullDate,
        example: "6/24/2025",
    },
    Rule {
        name: "date.iso",
        pat: &[r(Iso)],
        sem: Sem::FullDate,
        example: "2025-06-24",
    },
    Rule {
        name: "date.month_day",
        pat: &[o(Weekday), o(COMMA), r(Month), r(Day)],
        sem: Sem::MonthDay,
        example: "Saturday, April 25",
    },
    Rule {
        name: "date.day_month",
        pat: &[
            o(Weekday),
            o(COMMA),
            o(THE),
            r(Day),
            o(W(&["of"])),
            r(Month),
        ],
        sem: Sem::MonthDay,
        example: "24 June",
    },
    Rule {
        name: "date.holiday.week",
        pat: &[r(Holiday), r(W(&["week"]))],
        sem: Sem::Holiday,
        example: "Easter week",
    },
    Rule {
        name: "date.holiday",
        pat: &[r(Holiday), o(Year)],
        sem: Sem::Holiday,
        example: "on Christmas Day",
    },
    Rule {
        name: "date.day_of_month",
        pat: &[r(THE), r(Day)],
        sem: Sem::DayOfMonth,
        example: "on the 15th",
    },
    Rule {
        name: "date.month_year",
        pat: &[r(Month), o(W(&["of"])), o(COMMA), r(Year)],
        sem: Sem::MonthYear,
        example: "August 1988",
    },
    Rule {
        name: "date.month",
        pat: &[r(Month)],
        sem: Sem::Month,
        example: "in January",
    },
    Rule {
        name: "date.month.relative",
        pat: &[r(Rel), r(Month)],
        sem: Sem::MonthRel,
        example: "last April",
    },
    Rule {
        name: "date.month.of_relative_year",
        pat: &[r(Month), o(W(&["of"])), r(Rel), r(W(&["year"]))],
        sem: Sem::MonthOfRelYear,
        example: "June last year",
    },
    Rule {
        name: "date.year",
        pat: &[r(Year)],
        sem: Sem::Year,
        example: "In 2023, leaders agreed.",
    },
    Rule {
        name: "date.year.open_end",
        pat: &[
            r(Year),
            r(W(&["and", "or"])),
            r(W(&["beyond", "later", "after", "earlier", "before"])),
        ],
        sem: Sem::YearOpen,
        example: "1990 and beyond",
    },
    Rule {
        name: "date.quarter.of_year",
        pat: &[o(THE), r(Year), r(W(&["quarter", "period"]))],
        sem: Sem::YearQuarter,
        example: "the 1988 period",
    },
    Rule {
        name: "date.quarter.year_ago",
        pat: &[
            o(THE),
            r(W(&["year"])),
            r(Hy),
            r(W(&["earlier", "ago"])),
            o(W(&["fiscal"])),
            r(Ord),
            r(W(&["quarter"])),
        ],
        sem: Sem::QuarterYearAgo,
        example: "the year-earlier third quarter",
    },
    Rule {
        name: "date.year.fiscal",
        pat: &[
            o(THE),
            r(W(&["fiscal", "year", "calendar", "model", "school"])),
            o(W(&["year"])),
            r(Year),
        ],
        sem: Sem::FiscalYear,
        example: "fiscal 1989",
    },
    Rule {
        name: "date.decade",
        pat: &[o(THE), r(Decade)],
        sem: Sem::Decade,
        example: "the 1990s",
    },
    Rule {
        name: "date.century",
        pat: &[o(THE), r(Ord), r(W(&["century"]))],
        sem: Sem::Century,
        example: "the 20th century",
    },
    // --- weekdays
    Rule {
        name: "date.weekday.tense",
        pat: &[r(Weekday)],
        sem: Sem::Weekday,
        example: "said Friday",
    },
    Rule {
        name: "date.weekday.relative",
        pat: &[r(W(&["this"])), r(W(&["past", "coming"])), r(Weekday)],
        sem: Sem::WeekdayRel,
        example: "this coming Sunday",
    },
    Rule {
        name: "date.weekday.relative",
        pat: &[o(THE), r(Rel), r(Weekday)],
        sem: Sem::WeekdayRel,
        example: "last Friday",
    },
    // --- units relative to the publication date
    Rule {
        name: "date.narrative.unit",
        pat: &[
            r(THE),
            r(W(&["next", "following", "previous", "preceding", "same"])),
            r(W(&[
                "day", "morning", "evening", "night", "week", "month", "year",
            ])),
        ],
        sem: Sem::NarrativeUnit,
        example: "the next day",
    },
    Rule {
        name: "date.narrative.unit",
        pat: &[
            r(THE),
            r(W(&["day", "week", "month", "year"])),
            r(W(&["before", "after"])),
        ],
        sem: Sem::NarrativeUnit,
        example: "the day before",
    },
    Rule {
        name: "date.narrative.unit",
        pat: &[
            r(W(&["that"])),
            r(W(&[
                "day", "week", "month", "quarter", "year", "morning", "evening", "night",
            ])),
        ],
        sem: Sem::NarrativeUnit,
        example: "that year",
    },
    Rule {
        name: "date.unit.relative",
        pat: &[
            o(THE),
            r(Rel),
            o(W(&["fiscal", "calendar"])),
            r(UnitSg),
            o(W(&["or"])),
            o(W(&["so"])),
        ],
        sem: Sem::UnitRel,
        example: "last week",
    },
    Rule {
        name: "date.unit.relative",
        pat: &[r(W(&["this"])), r(W(&["past", "coming"])), r(UnitSg)],
        sem: Sem::UnitRel,
        example: "this past weekend",
    },
    Rule {
        name: "date.unit.part",
        pat: &[r(W(&["earlier", "later"])), r(W(&["this"])), r(UnitSg)],
        sem: Sem::UnitPart,
        example: "Earlier this year",
    },
    Rule {
        name: "date.unit.part",
        pat: &[
            r(W(&["earlier", "later"])),
            r(W(&["in"])),
            r(W(&["the"])),
            r(W(&["year", "month", "week", "day"])),
        ],
        sem: Sem::UnitPart,
        example: "earlier in the year",
    },
    Rule {
        name: "date.unit.edge",
        pat: &[
            o(THE),
            r(W(&["end", "beginning", "start", "middle", "turn", "close"])),
            r(W(&["of"])),
            r(W(&["the", "this", "next", "last"])),
            r(UnitSg),
        ],
        sem: Sem::UnitEdge,
        example: "the end of the year",
    },
    Rule {
        name: "date.unit.edge",
        pat: &[
            r(W(&["year", "month", "week", "quarter"])),
            o(Hy),
            o(W(&["'s"])),
            r(W(&["end"])),
        ],
        sem: Sem::UnitEdge,
        example: "year-end",
    },
    Rule {
        name: "date.ago",
        pat: &[r(Num), r(Unit), r(W(&["ago"]))],
        sem: Sem::Ago(-1),
        example: "two weeks ago",
    },
    Rule {
        name: "date.ago",
        pat: &[
            r(A),
            r(UnitSg),
            o(W(&["or"])),
            o(W(&["so"])),
            r(W(&["ago"])),
        ],
        sem: Sem::Ago(-1),
        example: "a year ago",
    },
    Rule {
        name: "date.ago",
        pat: &[r(Vague), r(UnitPl), r(W(&["ago"]))],
        sem: Sem::Ago(-1),
        example: "several years ago",
    },
    Rule {
        // "just months ago", "years ago": no count, so a time somewhere in the past
        name: "ref.past.units_ago",
        pat: &[r(UnitPl), r(W(&["ago"]))],
        sem: Sem::Ref("PAST_REF"),
        example: "Control Data, which just months ago was losing money",
    },
    Rule {
        name: "date.from_now",
        pat: &[r(Num), r(Unit), r(W(&["from"])), r(W(&["now", "today"]))],
        sem: Sem::Ago(1),
        example: "two years from now",
    },
    Rule {
        name: "date.from_now",
        pat: &[r(A), r(UnitSg), r(W(&["from"])), r(W(&["now", "today"]))],
        sem: Sem::Ago(1),
        example: "a year from now",
    },
    Rule {
        name: "date.narrative.offset",
        pat: &[r(Num), r(Unit), r(W(&["earlier", "later"]))],
        sem: Sem::Narrative(0),
        example: "two weeks later",
    },
    Rule {
        name: "date.narrative.offset",
        pat: &[r(A), r(UnitSg), r(W(&["earlier", "later"]))],
        sem: Sem::Narrative(0),
        example: "a year earlier",
    },
    // --- quarters, halves, seasons, financial periods
    Rule {
        name: "date.quarter",
        pat: &[
            o(THE),
            o(W(&["fiscal", "calendar"])),
            o(Hy),
            r(Ord),
            o(Hy),
            o(W(&["fiscal"])),
            o(Hy),
            r(W(&["quarter", "qtr"])),
            o(W(&["of"])),
            o(Year),
        ],
        sem: Sem::Quarter,
        example: "the third quarter of 1990",
    },
    Rule {
        name: "date.quarter",
        pat: &[
            o(THE),
            r(Year),
            o(W(&["fiscal"])),
            r(Ord),
            r(W(&["quarter"])),
        ],
        sem: Sem::Quarter,
        example: "the 1988 third quarter",
    },
    Rule {
        name: "date.quarter",
        pat: &[
            r(W(&["this", "last", "next"])),
            r(W(&["year"])),
            r(W(&["'s"])),
            r(Ord),
            r(W(&["quarter"])),
        ],
        sem: Sem::Quarter,
        example: "this year's third quarter",
    },
    Rule {
        name: "date.quarter",
        pat: &[r(W(&["q1", "q2", "q3", "q4"])), o(Year)],
        sem: Sem::Quarter,
        example: "Q2 2025",
    },
    Rule {
        name: "date.quarter.of_relative_year",
        pat: &[
            o(THE),
            r(Ord),
            r(W(&["quarter"])),
            r(W(&["of"])),
            r(W(&["this", "next", "last"])),
            r(W(&["year"])),
        ],
        sem: Sem::Quarter,
        example: "the first quarter of next year",
    },
    Rule {
        name: "date.part_of",
        // "the first week of March", "the last week of 1999" (one of the two at least: see resolve)
        pat: &[
            r(THE),
            r(W(ORDINALS_OF)),
            r(W(&["week", "day"])),
            r(W(&["of"])),
            o(Month),
            o(Year),
        ],
        sem: Sem::PartOf,
        example: "the first week of March",
    },
    Rule {
        name: "date.part_of",
        pat: &[
            r(THE),
            r(W(ORDINALS_OF)),
            r(W(&["week", "day"])),
            r(W(&["of"])),
            r(W(&["the", "this", "next", "last"])),
            r(W(&["year", "month"])),
        ],
        sem: Sem::PartOf,
        example: "the last day of the month",
    },
    Rule {
        // "today is the eighth day of Desert Shield", "it's the second day of an offensive": the day of an event
        // counted in the present is the publication date (only after "is" / "'s": see `Tagger::accept`)
        name: "date.event_day.present",
        pat: &[o(THE), r(Ord), r(W(&["day"]))],
        sem: Sem::DayOffset(0),
        example: "it is the third day of the strike",
    },
    Rule {
        name: "date.half.of_relative_year",
        pat: &[
            o(THE),
            r(W(&["first", "second"])),
            r(W(&["half"])),
            r(W(&["of"])),
            r(W(&["this", "next", "last"])),
            r(W(&["year"])),
        ],
        sem: Sem::Half,
        example: "in the first half of next year",
    },
    Rule {
        name: "date.half",
        pat: &[r(W(&["h1", "h2"])), o(Year)],
        sem: Sem::Half,
        example: "H1 2025",
    },
    Rule {
        name: "date.half",
        pat: &[
            o(THE),
            r(W(&["first", "second", "last"])),
            r(W(&["half"])),
            o(W(&["of"])),
            r(Year),
        ],
        sem: Sem::Half,
        example: "the first half of 1989",
    },
    Rule {
        name: "date.quarter.last",
        pat: &[
            r(THE),
            o(W(&[
                "latest",
                "most",
                "recent",
                "just",
                "ended",
                "completed",
            ])),
            o(W(&["recent"])),
            r(W(&["quarter", "period"])),
        ],
        sem: Sem::LastQuarter(0),
        example: "profit doubled in the quarter",
    },
    Rule {
        name: "date.quarter.year_ago",
        pat: &[
            o(THE),
            o(W(&["comparable", "corresponding", "same"])),
            r(W(&["year"])),
            o(Hy),
            r(W(&["earlier", "ago"])),
            r(W(&["quarter", "period"])),
        ],
        sem: Sem::LastQuarter(-4),
        example: "the year-ago quarter",
    },
    Rule {
        name: "date.quarter.year_ago",
        pat: &[
            r(THE),
            r(W(&["comparable", "corresponding", "same"])),
            r(W(&["quarter", "period"])),
            r(W(&["last", "a"])),
            r(W(&["year"])),
            o(W(&["ago", "earlier"])),
        ],
        sem: Sem::LastQuarter(-4),
        example: "the corresponding period last year",
    },
    Rule {
        name: "date.quarter.year_ago",
        pat: &[
            o(THE),
            r(W(&["quarter", "period"])),
            r(W(&["a"])),
            r(W(&["year"])),
            r(W(&["ago", "earlier"])),
        ],
        sem: Sem::LastQuarter(-4),
        example: "the quarter a year ago",
    },
    Rule {
        name: "date.quarter.year_ago",
        pat: &[
            r(W(&["last"])),
            r(W(&["year"])),
            r(W(&["'s"])),
            r(W(&["quarter", "period"])),
        ],
        sem: Sem::LastQuarter(-4),
        example: "last year's quarter",
    },
    Rule {
        name: "date.year_ago",
        pat: &[r(W(&["year"])), r(Hy), r(W(&["earlier", "ago"]))],
        sem: Sem::YearAgo,
        example: "year-earlier",
    },
    Rule {
        name: "date.season",
        pat: &[o(THE), r(Season)],
        sem: Sem::Season,
        example: "this summer",
    },
    Rule {
        name: "date.season.year",
        pat: &[o(THE), r(Season), o(W(&["of"])), r(Year)],
        sem: Sem::SeasonYear,
        example: "the winter of 1994",
    },
    Rule {
        name: "date.season.relative",
        pat: &[r(W(&["this"])), r(W(&["past", "coming"])), r(Season)],
        sem: Sem::SeasonRel,
        example: "this past spring",
    },
    Rule {
        name: "date.season.relative",
        pat: &[r(Rel), r(Season)],
        sem: Sem::SeasonRel,
        example: "last winter",
    },
    // --- durations
    Rule {
        name: "set.per",
        pat: &[r(W(&["a", "an", "per"])), r(UnitSg)],
        sem: Sem::SetPer,
        example: "twice a year",
    },
    Rule {
        name: "duration.count",
        pat: &[
            o(THE),
            o(W(&[
                "first",
                "last",
                "past",
                "next",
                "latest",
                "final",
                "previous",
                "coming",
                "further",
                "additional",
                "entire",
                "full",
            ])),
            r(Num),
            o(Hy),
            o(W(&[
                "more",
                "full",
                "straight",
                "consecutive",
                "trading",
                "business",
                "calendar",
                "long",
            ])),
            r(Unit),
            o(W(&["or"])),
            o(W(&["so"])),
        ],
        sem: Sem::Duration,
        example: "the first nine months",
    },
    Rule {
        // one stretch with a range of counts, as TimeML draws it: "two to three weeks", "the next 12 to 18 months"
        name: "duration.range",
        pat: &[
            o(THE),
            o(W(&["next", "past", "last", "coming", "first", "previous"])),
            r(Num),
            r(W(&["to", "or"])),
            r(Num),
            o(Hy),
            r(Unit),
        ],
        sem: Sem::Duration,
        example: "within two to three weeks",
    },
    Rule {
        name: "duration.range",
        pat: &[r(UnitPl), r(W(&["or"])), r(UnitPl)],
        sem: Sem::VagueDuration,
        example: "within weeks or months",
    },
    Rule {
        name: "duration.count",
        pat: &[
            r(A),
            r(UnitSg),
            r(W(&["and"])),
            r(W(&["a"])),
            r(W(&["half"])),
        ],
        sem: Sem::Duration,
        example: "a year and a half",
    },
    Rule {
        name: "duration.count",
        pat: &[
            r(A),
            o(W(&["full", "whole", "further", "additional"])),
            r(UnitSg),
        ],
        sem: Sem::Duration,
        example: "for a year",
    },
    Rule {
        name: "duration.vague",
        pat: &[
            o(THE),
            o(W(&["past", "last", "next", "coming", "first", "recent"])),
            r(Vague),
            o(W(&["more"])),
            r(UnitPl),
        ],
        sem: Sem::VagueDuration,
        example: "the next few days",
    },
    Rule {
        name: "duration.vague",
        pat: &[
            r(THE),
            r(W(&["recent", "coming", "past", "last", "next"])),
            r(UnitPl),
        ],
        sem: Sem::VagueDuration,
        example: "the coming months",
    },
    Rule {
        // TimeML draws "in recent months", "in recent weeks" as stretches of unknown length; "recent years" and
        // "recent days" stay vague references to the past (the resolver declines them here)
        name: "duration.recent_units",
        pat: &[r(W(&["recent"])), r(UnitPl)],
        sem: Sem::VagueDuration,
        example: "in recent weeks",
    },
    Rule {
        name: "ref.past.recent_units",
        pat: &[r(W(&["recent", "past"])), r(UnitPl)],
        sem: Sem::Ref("PAST_REF"),
        example: "in recent years",
    },
    Rule {
        name: "ref.future.coming_units",
        pat: &[r(W(&["coming", "future"])), r(UnitPl)],
        sem: Sem::Ref("FUTURE_REF"),
        example: "in coming months",
    },
    Rule {
        name: "duration.vague",
        pat: &[
            o(THE),
            o(W(&["first", "early", "final", "initial"])),
            r(UnitPl),
            o(W(&["ahead"])),
        ],
        sem: Sem::VagueDuration,
        example: "For years, he has accused",
    },
    Rule {
        name: "duration.unknown",
        pat: &[r(W(&["a"])), o(W(&["little", "short"])), r(W(&["while"]))],
        sem: Sem::DurationX,
        example: "for a while",
    },
    Rule {
        name: "duration.unknown",
        pat: &[r(W(&["some"])), r(W(&["time"]))],
        sem: Sem::DurationX,
        example: "for some time",
    },
    Rule {
        name: "duration.unknown",
        // "for a long time", "take quite a long time" are left untagged in TimeBank and AQUAINT (0 of 2)
        pat: &[r(W(&["a"])), r(W(&["long"])), r(W(&["while"]))],
        sem: Sem::DurationX,
        example: "for a long while",
    },
    Rule {
        name: "date.weekend",
        pat: &[r(THE), r(W(&["weekend"]))],
        sem: Sem::Weekend,
        example: "over the weekend",
    },
    Rule {
        name: "date.the_week",
        pat: &[r(THE), r(W(&["week"]))],
        sem: Sem::TheYear,
        example: "for the week, the index fell",
    },
    Rule {
        name: "date.the_year",
        pat: &[
            r(THE),
            o(W(&["full", "fiscal", "entire", "whole", "calendar", "new"])),
            r(W(&["year"])),
        ],
        sem: Sem::TheYear,
        example: "for the year",
    },
    Rule {
        name: "duration.count",
        pat: &[
            o(A),
            r(Num),
            r(Hy),
            r(UnitSg),
            r(W(&["period", "term", "span", "stint", "stretch"])),
        ],
        sem: Sem::Duration,
        example: "a three-year period",
    },
    Rule {
        // "a day-long meeting", "the year-long strike": one unit, as an adjective (the article stays out)
        name: "duration.unit_long",
        pat: &[r(UnitSg), r(Hy), r(W(&["long"]))],
        sem: Sem::Duration,
        example: "their third day-long meeting",
    },
    Rule {
        name: "duration.count",
        pat: &[r(W(&["half"])), r(A), r(UnitSg)],
        sem: Sem::Duration,
        example: "half an hour",
    },
    Rule {
        name: "duration.count",
        pat: &[r(A), r(W(&["half"])), o(Hy), r(UnitSg)],
        sem: Sem::Duration,
        example: "a half-hour",
    },
    // --- times
    Rule {
        name: "time.clock",
        pat: &[
            r(Clock),
            o(Ampm),
            o(Zone),
            // "4 p.m. local time Thursday"
            o(W(&["local"])),
            o(W(&["time"])),
            o(COMMA),
            o(W(&["on"])),
            o(Weekday),
            o(W(&["today", "yesterday", "tomorrow", "tonight"])),
            o(COMMA),
            o(Month),
            o(Day),
        ],
        sem: Sem::Clock,
        example: "5 p.m. EST Nov. 9",
    },
    Rule {
        name: "time.part_of_day",
        pat: &[
            r(W(&[
                "this",
                "last",
                "tomorrow",
                "yesterday",
                "early",
                "late",
            ])),
            r(Pod),
        ],
        sem: Sem::PartOfDay,
        example: "this morning",
    },
    Rule {
        name: "time.part_of_day",
        pat: &[r(Weekday), r(Pod)],
        sem: Sem::PartOfDay,
        example: "Saturday night",
    },
    Rule {
        name: "time.part_of_day",
        pat: &[r(Pod), r(W(&["yesterday", "today", "tomorrow"]))],
        sem: Sem::PartOfDay,
        example: "afternoon yesterday",
    },
    Rule {
        name: "time.part_of_day.mid",
        pat: &[
            r(W(&["mid"])),
            o(Hy),
            r(Pod),
            o(W(&["yesterday", "today", "tomorrow"])),
        ],
        sem: Sem::PartOfDay,
        example: "mid-afternoon",
    },
    Rule {
        name: "time.part_of_day.narrative",
        pat: &[r(THE), r(Pod)],
        sem: Sem::PartOfDay,
        example: "in the evening",
    },
    Rule {
        name: "time.part_of_day",
        pat: &[r(W(&["tonight"]))],
        sem: Sem::PartOfDay,
        example: "tonight",
    },
    // --- sets
    Rule {
        name: "set.every",
        pat: &[r(W(&["every"])), r(Num), r(UnitPl)],
        sem: Sem::Set,
        example: "every four years",
    },
    Rule {
        name: "set.every",
        pat: &[r(W(&["every", "each"])), o(W(&["other"])), r(UnitSg)],
        sem: Sem::Set,
        example: "every week",
    },
    Rule {
        name: "set.every",
        pat: &[r(W(&["every", "each"])), r(Weekday)],
        sem: Sem::Set,
        example: "each Thursday",
    },
    Rule {
        name: "set.every",
        pat: &[r(W(&["every", "each"])), r(Month)],
        sem: Sem::Set,
        example: "each July",
    },
    Rule {
        name: "set.adverb",
        pat: &[r(W(&[
            "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
        ]))],
        sem: Sem::Set,
        example: "twice daily",
    },
];

/// Words before "the week" that make it the week of the report ("for the week, the index fell 2%"); "the week's"
/// is one too. Elsewhere ("during the week", "the week before") it is left alone.
pub const THE_WEEK_BEFORE: &[&str] = &["for", "over", "throughout"];

/// Prepositions after which "the morning", "the night" is a part of the day in the narrative ("in the evening",
/// "during the night"); elsewhere ("the night the plane fell") it is left alone.
pub const POD_NARRATIVE_BEFORE: &[&str] = &["in", "during", "through", "throughout", "by"];

/// Nouns that make "the night", "the morning" part of a compound: "the night shift", "the evening news".
pub const POD_COMPOUND_NOUNS: &[&str] = &[
    "shift",
    "shifts",
    "sky",
    "news",
    "flight",
    "flights",
    "train",
    "club",
    "clubs",
    "life",
    "air",
    "watch",
    "session",
    "sessions",
    "edition",
    "paper",
    "papers",
    "prayer",
    "prayers",
    "show",
    "class",
    "classes",
    "court",
    "rush",
    "light",
    "lights",
    "star",
    "meeting",
    "service",
    "services",
    "newspaper",
    "bulletin",
    "program",
    "programme",
    "broadcast",
    "game",
    "games",
    "mist",
    "fog",
    "dew",
    "sun",
];

/// Words after which "a/an/per UNIT" is a frequency ("twice a year", "$5 a day", "3 percent a year").
pub const SET_PER_BEFORE: &[&str] = &["once", "twice", "thrice", "times"];

/// The counts written before "a/an/per UNIT" that TimeML keeps in the SET as its `freq` ("twice a week":
/// freq 2X); "N times" takes its number.
pub const SET_PER_COUNTS: &[(&str, u32)] = &[("once", 1), ("twice", 2), ("thrice", 3)];

/// The name given to a weekday match written in the plural ("on Mondays", "Tuesday nights"): a SET of such
/// days (XXXX-WXX-1, XXXX-WXX-2TNI) rather than one date.
pub const SET_PLURAL_WEEKDAY: &str = "set.plural_weekday";

/// The name of the rules that count a unit from the narrative's last date ("the next day", "the day before",
/// "that year").
pub const DATE_NARRATIVE_UNIT: &str = "date.narrative.unit";

/// The name given to "(in) the weeks before/after ..." read as a vague date near an event, not a duration.
pub const DATE_AROUND_EVENT: &str = "date.vague.around_event";

/// Rule `context.quarter_in_view.relative`: the relative words with which a relative quarter ("the latest quarter",
/// "this quarter", "the current quarter") is the quarter an earnings story reports on, so that a later "a year
/// ago" / "a year earlier" is that quarter a year before (1988-Q3), as a quarter written out ("the third quarter")
/// is. "last quarter" / "next quarter" name another quarter and are left out.
pub const QUARTER_IN_VIEW_REL: &[&str] = &["latest", "this", "current"];

/// Rule `context.quarter_in_view.not_ahead`: a quarter written out that starts after the publication date is a
/// forecast ("losses through the third quarter of 1990") and does not become the quarter an earnings story reports
/// on; nor does the quarter under way after one of these words ("to continue into the fourth quarter"). A fiscal
/// "fourth-quarter net" reported in November stays the quarter in view.
pub const QUARTER_FORECAST_BEFORE: &[&str] = &["into", "through", "until", "till", "throughout"];

/// Rule `date.year_end.day`: the prepositions before which the hyphenated noun "year-end" is the last day of a year
/// ("by year-end" 1989-12-31, "since year-end" 1988-12-31 in a 1989 story), with whether that day is the last one
/// passed (true) or the publication year's (false). "a year-end rally", "around year end" stay the year's end.
pub const YEAR_END_DAY_BEFORE: &[(&str, bool)] = &[("by", false), ("until", false), ("till", false), ("since", true)];

/// The name given to "year-end" read as a day.
pub const DATE_YEAR_END_DAY: &str = "date.year_end.day";

/// Rule `date.last_year.compared_quarter`: the words that open a comparison ("compared with a loss of $3 million
/// last year"); with a quarter in view, such a "last year" is that quarter a year before (1988-Q3), not the year.
/// "down from $21.4 million last year" stays the year (TimeBank gives it 1988 twice).
pub const COMPARISON_CUES: &[[&str; 2]] = &[["compared", "with"], ["compared", "to"]];

/// The name given to a comparison's "last year" read as the quarter in view a year before.
pub const DATE_COMPARED_QUARTER: &str = "date.last_year.compared_quarter";

/// The name given to the second day of "April 24 and 25" (a day of the month written just before).
pub const DATE_COORDINATED_DAY: &str = "date.month_day.coordinated";

const _: () = assert!(RULES.len() <= 128);

/// The name given to a past clock time with no day near it whose verb tells again an event dated earlier ("He was
/// shot on Oct. 23. ... He was shot at 10 p.m."): the time falls on that event's day, not the publication date.
pub const TIME_CLOCK_EVENT_DAY: &str = "time.clock.event_day";

/// Rule `date.weekday_part.attributive`: the words before a weekday with its part of the day ("a Sunday night
/// memorial service", "his Sunday night address") with which the expression modifies a noun: it dates the thing
/// named, a DATE (value kept: 1999-10-24TNI), as is one with a possessive ("Saturday night's debate"). Elsewhere
/// ("attacked Saturday night") it stays a TIME, as TimeBank has it (AQUAINT's gold gives DATE there too: left alone).
pub const WEEKDAY_PART_ATTRIBUTIVE_BEFORE: &[&str] =
    &["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"];

/// The name given to a weekday with its part of the day read as a DATE before a noun.
pub const DATE_WEEKDAY_PART_ATTRIBUTIVE: &str = "date.weekday_part.attributive";

/// Rule `date.weekday_part.on`: the prepositions before a weekday with its part of the day with which the expression
/// names the day: "on Friday night", "the early hours of Thursday morning" are a DATE whose value is the day
/// (2000-01-07), as AQUAINT's gold gives all three of its development half's after "on" (two of three after "of",
/// the third a DATE with its part of the day); TimeBank has none after a preposition (its four are TIME).
pub const WEEKDAY_PART_DAY_BEFORE: &[&str] = &["on", "of"];

/// The name given to a weekday with its part of the day read as the day after "on" or "of".
pub const DATE_WEEKDAY_PART_ON: &str = "date.weekday_part.on";

/// Rule `date.quarter.ended_on`: the participles after "the quarter" / "the period" with which a day written next
/// is the quarter's last day ("the quarter ended Sept. 30", "the quarter ending March 31"): the quarter is the
/// calendar quarter that holds the middle of the three months up to that day (Sept. 30 -> Q3, July 31 -> Q2), not
/// the quarter in view nor the last one completed. The quarter in view stays (a fiscal "first quarter" keeps its
/// name for later anaphors); with none in view, this quarter becomes it.
pub const QUARTER_ENDED_ON: &[&str] = &["ended", "ending"];

/// How many days before a quarter's last day the middle of the quarter lies (rule `date.quarter.ended_on`).
pub const QUARTER_MIDDLE_DAYS: i64 = 45;

/// The name given to "the quarter ended <day>" read from its last day.
pub const DATE_QUARTER_ENDED_ON: &str = "date.quarter.ended_on";

/// Rule `duration.throughout_period`: the words before a named period ("throughout the fiscal year", "throughout
/// the 1990s") with which the expression measures the whole period, not a point in it: a DURATION, its value kept
/// (TimeBank 2 of 2, as its "DURATION 1989-Q4" quarters; no use in AQUAINT's development half). "in the 1990s" and
/// "during the year" stay dates.
pub const DURATION_WHOLE_PERIOD_BEFORE: &[&str] = &["throughout"];

/// The name given to a period read as a DURATION after "throughout".
pub const DURATION_THROUGHOUT_PERIOD: &str = "duration.throughout_period";
