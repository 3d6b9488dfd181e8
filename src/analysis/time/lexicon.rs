//! Word tables of the temporal tagger: month and weekday names, units, number words, ordinals, seasons,
//! parts of the day, modifiers, and the words that block a reading. Pure data; `mod.rs` applies them.

/// Months: (word, month 1-12, is an abbreviation that needs a day or a year next to it).
pub const MONTHS: &[(&str, u8, bool)] = &[
    ("january", 1, false),
    ("february", 2, false),
    ("march", 3, false),
    ("april", 4, false),
    ("may", 5, false),
    ("june", 6, false),
    ("july", 7, false),
    ("august", 8, false),
    ("september", 9, false),
    ("october", 10, false),
    ("november", 11, false),
    ("december", 12, false),
    ("jan", 1, true),
    ("feb", 2, true),
    ("mar", 3, true),
    ("apr", 4, true),
    ("jun", 6, true),
    ("jul", 7, true),
    ("aug", 8, true),
    ("sep", 9, true),
    ("sept", 9, true),
    ("oct", 10, true),
    ("nov", 11, true),
    ("dec", 12, true),
];

/// Month names that are also ordinary words or first names: alone, they need a date context
/// ("in May", "early March") to be read as months.
pub const AMBIGUOUS_MONTHS: &[&str] = &["may", "march", "april", "june", "august", "jan"];

/// Weekdays: (word, 0 = Monday .. 6 = Sunday).
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    ("mondays", 0),
    ("tuesdays", 1),
    ("wednesdays", 2),
    ("thursdays", 3),
    ("fridays", 4),
    ("saturdays", 5),
    ("sundays", 6),
];

/// Units of time. The code is the TimeML unit letter(s); `time` says the value needs a "T" (PT5H).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    pub fn code(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week | Unit::Weekend => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            // TimeML's letters (TimeBank: "P1E" about a decade, "PXC" centuries, "P2L" two thousand years), not
            // TIMEX2's DE / CE / ML
            Unit::Decade => "E",
            Unit::Century => "C",
            Unit::Millennium => "L",
        }
    }
    pub fn is_time(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Weekend => "weekend",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
            Unit::Millennium => "millennium",
        }
    }
}

/// (word, unit, plural).
pub const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
    ("millennium", Unit::Millennium, false),
    ("millennia", Unit::Millennium, true),
    ("yr", Unit::Year, false),
    ("yrs", Unit::Year, true),
    ("hrs", Unit::Hour, true),
    ("mins", Unit::Minute, true),
];

/// Cardinal number words.
pub const NUMBERS: &[(&str, i64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("dozen", 12),
    ("couple", 2),
];

/// Ordinal words: (word, n).
pub const ORDINALS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("thirtieth", 30),
];

/// Seasons with their TimeML codes.
pub const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("autumn", "FA"),
    ("fall", "FA"),
    ("winter", "WI"),
];

/// Parts of the day with their TimeML codes.
pub const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
    ("overnight", "NI"),
    ("mornings", "MO"),
    ("afternoons", "AF"),
    ("evenings", "EV"),
    ("nights", "NI"),
];

/// Relative words before a unit, month, weekday or season, with their offset from the reference.
pub const RELATIVE: &[(&str, i64)] = &[
    ("this", 0),
    ("current", 0),
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
    ("upcoming", 1),
    ("prior", -1),
    ("preceding", -1),
    ("latest", -1),
    ("same", 0),
];

/// Modifiers written before an expression and kept inside its extent, as TimeML draws it.
/// (words, TimeML mod, applies to: 'd' dates, 'u' durations (and dates counted back: "about two years ago"),
/// 'b' both).
pub const PRE_MODIFIERS: &[(&[&str], &str, char)] = &[
    (&["early"], "START", 'd'),
    (&["late"], "END", 'd'),
    (&["mid"], "MID", 'd'),
    (&["middle"], "MID", 'd'),
    (&["the", "end", "of"], "END", 'd'),
    (&["the", "beginning", "of"], "START", 'd'),
    (&["the", "start", "of"], "START", 'd'),
    (&["the", "middle", "of"], "MID", 'd'),
    (&["the", "close", "of"], "END", 'd'),
    (&["the", "turn", "of"], "START", 'd'),
    (&["end", "of"], "END", 'd'),
    (&["beginning", "of"], "START", 'd'),
    (&["start", "of"], "START", 'd'),
    (&["about"], "APPROX", 'u'),
    (&["around"], "APPROX", 'b'),
    (&["sometime"], "", 'd'),
    (&["roughly"], "APPROX", 'u'),
    (&["approximately"], "APPROX", 'u'),
    (&["some"], "APPROX", 'u'),
    (&["almost"], "LESS_THAN", 'b'),
    (&["nearly"], "EQUAL_OR_LESS", 'b'),
    (&["more", "than"], "MORE_THAN", 'u'),
    (&["earlier"], "", 'd'),
    (&["later"], "", 'd'),
    (&["less", "than"], "LESS_THAN", 'u'),
    (&["under"], "LESS_THAN", 'u'),
    (&["at", "least"], "EQUAL_OR_MORE", 'u'),
    (&["at", "most"], "EQUAL_OR_LESS", 'u'),
    (&["up", "to"], "EQUAL_OR_LESS", 'u'),
    (&["no", "more", "than"], "EQUAL_OR_LESS", 'u'),
    (&["no", "less", "than"], "EQUAL_OR_MORE", 'u'),
];

/// Words kept inside the extent of one reference word, as TimeML draws them: (word before, reference word).
pub const REF_PRE_MODIFIERS: &[(&str, &str)] = &[("more", "recently"), ("right", "now")];

/// Words before a number that make it an identifier, not a year: "H.R. 2000", "Flight 1990", "No. 2010".
pub const ID_BEFORE_NUMBER: &[&str] = &[
    "h.r",
    "h.r.",
    "hr",
    "s",
    "no",
    "nos",
    "number",
    "flight",
    "flights",
    "bill",
    "room",
    "rooms",
    "route",
    "highway",
    "interstate",
    "i",
    "model",
    "version",
    "page",
    "pages",
    "chapter",
    "section",
    "article",
    "resolution",
    "amendment",
    "rule",
    "item",
    "channel",
    "gate",
    "platform",
    "apartment",
    "suite",
    "unit",
    "box",
    "code",
    "exit",
    "windows",
    "office",
    "paragraph",
    "article",
    "psalm",
    "rev",
    "vol",
    "volume",
    "issue",
    "episode",
    "mile",
    "miles",
    "km",
    "pier",
    "bus",
    "train",
    "car",
    "jersey",
    "square",
    "lot",
    "p.o",
];

/// Nouns after a four-digit number that make it a count or a measure, not a year: "2000 soldiers".
/// Besides these, any lower-case plural noun blocks a year reading (see `mod.rs`).
pub const COUNT_AFTER_NUMBER: &[&str] = &[
    "people",
    "percent",
    "per",
    "%",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "times",
    "feet",
    "foot",
    "meters",
    "metres",
    "kilometers",
    "kilometres",
    "miles",
    "tons",
    "tonnes",
    "men",
    "women",
    "children",
    "police",
    "troops",
    "personnel",
    "staff",
    "acres",
    "square",
    "calories",
    "points",
    "votes",
    "members",
    "hectares",
    "kilograms",
    "kg",
    "km",
    "mph",
    "degrees",
    "yards",
    "pieces",
    "copies",
    "units",
    "barrels",
    "shares",
];

/// Words after a number + capitalised word that make it an address: "1600 Pennsylvania Avenue".
pub const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "place",
    "court",
    "square",
    "parkway",
    "highway",
];

/// Words before a month name that make it a date ("in May", "early March"); without one of these, a day
/// number or a year, an ambiguous month name ("May", "March") is not read as a month.
pub const MONTH_CONTEXT_BEFORE: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "thru",
    "during",
    "from",
    "to",
    "of",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "that",
    "each",
    "every",
    "between",
    "and",
    "or",
    "on",
    "past",
    "until",
    "throughout",
    "around",
    "as",
    "end",
    "beginning",
    "middle",
    "start",
    "far",
];

/// Words that open a subordinate clause after a date ("the announcement Friday that it would cut jobs"): the tense
/// of that clause's verbs is the clause's own, so they count as farther from the date (rule `date.weekday.tense`).
pub const SUBORDINATE_OPENERS: &[&str] = &["that", "which", "who"];

/// Verbs and clause words that tell the tense of the clause of a weekday or a month.
pub const FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "’ll",
    "wo",
    "scheduled",
    "due",
    "upcoming",
    "tomorrow",
    "next",
    "expected",
    "expects",
    "would",
    "could",
    "might",
    "expires",
    "takes",
    "closes",
    "ends",
    // present-tense plural (and base) forms of scheduling verbs: "the talks resume Monday"
    "resume",
    "meet",
    "begin",
    "convene",
    "payable",
    "effective",
    "begins",
    "starts",
    "opens",
    "resumes",
    "meets",
    "arrives",
    "visits",
    "convenes",
    // more present-tense verbs of a coming event in news: "the talks open Tuesday", "Congress returns Monday",
    // "the court hears the case Wednesday" (the nearest verb wins, so "said Monday" stays past); words that are
    // as often nouns ("a vote Tuesday", "the launch Monday") are left out
    "open",
    "returns",
    "hear",
    "hears",
    "travels",
    "leaves",
    "testify",
    "testifies",
    "attend",
    "attends",
    "unveil",
    "unveils",
    "go",
    "goes",
    "arrive",
    "continue",
    "continues",
    "expire",
    "depart",
    "departs",
    "conclude",
    "concludes",
    "reconvene",
    "reconvenes",
];
/// Nouns after "today's" that make it the present age, not the day: "today's world", "today's youth".
pub const GENERIC_TODAY_NOUNS: &[&str] = &[
    "world",
    "society",
    "youth",
    "generation",
    "culture",
    "standards",
    "children",
    "kids",
    "teenagers",
    "families",
    "workplace",
    "economy",
    "marketplace",
    "climate",
    "age",
    "era",
];
/// Nouns before "of tomorrow" / "of today" that make it an age, not a day: "the people of tomorrow".
pub const GENERIC_OF_TODAY_NOUNS: &[&str] = &[
    "people",
    "world",
    "society",
    "youth",
    "generation",
    "generations",
    "children",
    "leaders",
    "cities",
    "city",
    "workers",
    "workforce",
    "technology",
    "technologies",
    "jobs",
    "schools",
    "economy",
    "car",
    "cars",
    "homes",
    "army",
    "armies",
    "warfare",
    "challenges",
];
/// "many of today's computers": a quantifier over the things of the present age.
pub const GENERIC_TODAY_QUANTIFIERS: &[&str] = &["many", "most", "some", "all", "few", "much"];
/// Prepositions through which the verb just before a date governs it ("signed in November", "died on Friday").
pub const VERB_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "since"];
/// Words after which a verb is in its base form, even one spelt as a past ("could last", "will cut", "to put").
pub const BASE_AFTER: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "can", "must", "shall", "to", "cannot",
];
/// Words before a plural noun that make it a quantity ("its profits annually", "the shares annually"), not the
/// subject of a verb ("the board meets annually").
pub const COUNT_DETERMINERS: &[&str] =
    &["its", "their", "his", "her", "our", "my", "your", "the", "these", "those", "million", "billion", "thousand"];
/// Words before "one day" that make it "some day" ("he hopes he one day follows", "to one day fly"), not a day.
pub const SOMEDAY_BEFORE: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "will", "would", "could", "may", "might",
    "should", "can", "to", "must", "shall",
];
/// Words before "the days/weeks/months" that, with one of `AROUND_EVENT_AFTER` after, make a vague date near an
/// event: "in the weeks before the shooting".
pub const AROUND_EVENT_BEFORE: &[&str] = &["in", "around", "during"];
pub const AROUND_EVENT_AFTER: &[&str] = &["before", "after", "preceding", "following", "leading"];
/// "24 hours a day", "seven days a week", "365 days a year": (count, unit, per unit), an idiom for "all the time".
pub const ROUND_THE_CLOCK: &[(i64, &str, &str)] = &[(24, "hours", "day"), (7, "days", "week"), (365, "days", "year")];
/// Verbs before "around" that make it a particle ("get around Wednesday's ruling"), not "about".
pub const AROUND_VERBS: &[&str] = &[
    "get", "gets", "got", "getting", "go", "goes", "went", "going", "come", "comes", "came", "coming", "turn", "turns",
    "turned", "turning", "work", "works", "worked", "working",
];
/// Words that cannot be the noun a month qualifies ("the March accession"): after "the March" they make it the
/// noun itself ("The March on Washington", "the March was peaceful").
pub const NOT_A_NOUN: &[&str] = &[
    "on", "of", "to", "in", "for", "against", "through", "from", "across", "into", "toward", "towards", "at", "by",
    "with", "and", "or", "but", "was", "is", "were", "are", "will", "would", "had", "has", "began", "drew", "went",
    "that", "which", "who",
];
/// Words before a date that opens its sentence ("On Tuesday, ...", "Earlier Friday, ..."): the date still frames the
/// clause after its comma.
pub const DATE_OPENERS: &[&str] = &["On", "In", "By", "Until", "Since", "During", "Earlier", "Later", "Early", "Late"];
/// Participles after "could (not) be" that report what the reporter found: "could not be reached Wednesday".
pub const FOUND_PARTICIPLES: &[&str] =
    &["reached", "located", "contacted", "found", "identified", "confirmed", "verified", "determined"];
/// Participles of a decision after "has"/"have" and before "to" + verb: the decision is made, its act lies ahead
/// ("has decided to admit them in early March", "have agreed to meet in May"). Only the present perfect: "agreed to
/// buy the line in February" in the simple past tells of a past act.
pub const DECISION_PARTICIPLES: &[&str] =
    &["decided", "agreed", "promised", "pledged", "vowed", "voted", "resolved", "undertaken", "committed", "chosen"];
/// Words after "to" that make it a preposition, not an infinitive: "has agreed to the terms in March".
pub const DETERMINERS_AFTER_TO: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "it", "them",
];
/// Past forms that never name the event a clock time is told again for (rule `time.clock.event_day`): reporting
/// verbs and auxiliaries ("said at 10 a.m." is the report's time).
pub const NOT_EVENT_VERBS: &[&str] = &[
    "said", "told", "added", "reported", "announced", "stated", "noted", "explained", "was", "were", "had", "did",
    "been", "called", "quoted", "confirmed", "declined", "asked", "replied",
];
/// Words before "to" that make a future: "is to resume", "set to meet", "plans to visit".
pub const FUTURE_BEFORE_TO: &[&str] = &[
    "is",
    "are",
    "set",
    "plans",
    "plan",
    "planned",
    "expected",
    "scheduled",
    "due",
    "going",
    "hopes",
    "hope",
    "wants",
    "intends",
    "intend",
    "intending",
    "planning",
    "preparing",
    "hoping",
    "aims",
    "likely",
    "poised",
    "ready",
    "prepared",
];
pub const PAST_MARKERS: &[&str] = &[
    // irregular past forms (regular ones end in -ed and are found by their ending)
    "brought",
    "thought",
    "caught",
    "fought",
    "sought",
    "taught",
    "chose",
    "drove",
    "felt",
    "kept",
    "knew",
    "meant",
    "rang",
    "sang",
    "sat",
    "spent",
    "stood",
    "stole",
    "swore",
    "threw",
    "understood",
    "woke",
    "wore",
    "withdrew",
    "shook",
    "sank",
    "hid",
    "forgot",
    "froze",
    "grew",
    "heard",
    "laid",
    "lay",
    "lent",
    "rode",
    "shut",
    "slid",
    "split",
    "spread",
    "swept",
    "swung",
    "tore",
    "let",
    "cost",
    "hurt",
    "began",
    "ate",
    "drew",
    "flew",
    "fled",
    "broke",
    "bid",
    "dealt",
    "dug",
    "fed",
    "forbade",
    "hung",
    "overtook",
    "sprang",
    "stuck",
    "struck",
    "arose",
    "awoke",
    "bore",
    "beat",
    "bent",
    "bled",
    "bred",
    "built",
    "burst",
    "clung",
    "crept",
    "dove",
    "dwelt",
    "fit",
    "flung",
    "ground",
    "knelt",
    "leapt",
    "lit",
    "lost",
    "mistook",
    "overcame",
    "quit",
    "rebuilt",
    "sent",
    "shone",
    "shot",
    "shrank",
    "slept",
    "sold",
    "sped",
    "spun",
    "stank",
    "strove",
    "stung",
    "swam",
    "undertook",
    "upheld",
    "withheld",
    "wove",
    "wrung",
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "announced",
    "reported",
    "met",
    "came",
    "went",
    "took",
    "began",
    "left",
    "made",
    "gave",
    "got",
    "found",
    "held",
    "won",
    "lost",
    "fell",
    "rose",
    "closed",
    "ended",
    "posted",
    "last",
    "ago",
    "yesterday",
    "earlier",
    "killed",
    "died",
    "been",
    "saw",
    "sent",
    "ran",
    "struck",
    "spoke",
    "wrote",
    "became",
    "paid",
    "sold",
    "bought",
    "led",
    "put",
    "hit",
    "quit",
    "cut",
    "agreed",
    "shot",
];

/// Decades in words: "the nineties".
pub const DECADE_WORDS: &[(&str, i32)] = &[
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
];

/// Words that start a publication line: "Published June 24, 2025", "Updated: 24 June 2025".
pub const PUBLICATION_CUES: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "dated",
    "date",
    "modified",
    "first",
];

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayDate {
    /// A fixed month and day.
    Fixed(u8, u8),
    /// The n-th weekday (0 = Monday) of a month: Thanksgiving is the 4th Thursday of November.
    Nth(u8, u8, u8),
    /// The last weekday of a month: Memorial Day.
    Last(u8, u8),
    /// Days from Easter Sunday (Gregorian computus).
    Easter(i8),
}

/// Holidays, as the lower-case tokens of their names ("'s" is a token of its own).
pub const HOLIDAYS: &[(&[&str], HolidayDate)] = &[
    (&["christmas", "eve"], HolidayDate::Fixed(12, 24)),
    (&["christmas", "day"], HolidayDate::Fixed(12, 25)),
    (&["christmas"], HolidayDate::Fixed(12, 25)),
    (&["boxing", "day"], HolidayDate::Fixed(12, 26)),
    (&["new", "year", "'s", "eve"], HolidayDate::Fixed(12, 31)),
    (&["new", "year", "'s", "day"], HolidayDate::Fixed(1, 1)),
    (&["valentine", "'s", "day"], HolidayDate::Fixed(2, 14)),
    (&["independence", "day"], HolidayDate::Fixed(7, 4)),
    (&["bastille", "day"], HolidayDate::Fixed(7, 14)),
    (&["halloween"], HolidayDate::Fixed(10, 31)),
    (&["may", "day"], HolidayDate::Fixed(5, 1)),
    (&["veterans", "day"], HolidayDate::Fixed(11, 11)),
    (&["armistice", "day"], HolidayDate::Fixed(11, 11)),
    (&["thanksgiving", "day"], HolidayDate::Nth(11, 3, 4)),
    (&["thanksgiving"], HolidayDate::Nth(11, 3, 4)),
    (&["labor", "day"], HolidayDate::Nth(9, 0, 1)),
    (&["memorial", "day"], HolidayDate::Last(5, 0)),
    (&["easter", "sunday"], HolidayDate::Easter(0)),
    (&["easter", "monday"], HolidayDate::Easter(1)),
    (&["easter"], HolidayDate::Easter(0)),
    (&["good", "friday"], HolidayDate::Easter(-2)),
];
