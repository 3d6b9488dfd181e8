//! Lexicons for quantities: number words, scales, currencies, units, qualifiers. Data only; the rules that
//! apply them live in `quantities/mod.rs`.

/// Cardinal number words (lower case) and their values.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
];

/// Scale words after a number ("1.5 million", "5 billion") and their glued abbreviations ("3m", "5bn").
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];
pub const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Plural scale words that state a vague amount ("thousands of people"): the value is the smallest amount
/// the phrase can mean, with the qualifier AT_LEAST.
pub const VAGUE_PLURALS: &[(&str, f64)] = &[
    ("dozens", 24.0),
    ("scores", 40.0),
    ("hundreds", 200.0),
    ("thousands", 2000.0),
    ("millions", 2e6),
    ("billions", 2e9),
];

/// Currency symbols before a number, and prefixes that sharpen "$".
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
];
pub const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("A", "AUD"),
    ("C", "CAD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("S", "SGD"),
];

/// Currency words and codes after a number ("5 million euros", "EUR 3bn").
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupees", "INR"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("francs", "CHF"),
    ("pesos", "MXN"),
    ("won", "KRW"),
    ("lira", "TRY"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("CNY", "CNY"),
    ("INR", "INR"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
];

/// Percent units: (words, unit).
pub const PERCENT_UNITS: &[(&[&str], &str)] = &[
    (&["%"], "percent"),
    (&["percent"], "percent"),
    (&["per", "cent"], "percent"),
    (&["pct"], "percent"),
    (&["percentage", "points"], "percentage points"),
    (&["percentage", "point"], "percentage points"),
    (&["points"], "points"),
];

/// Fractions, matched only before "of" ("a third of voters", "two thirds of the seats", "half of").
pub const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("halves", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("tenth", 0.1),
    ("tenths", 0.1),
];

/// Bounds and approximations before a number, normalised. Longest match wins.
pub const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["at", "least"], "AT_LEAST"),
    (&["no", "fewer", "than"], "AT_LEAST"),
    (&["no", "less", "than"], "AT_LEAST"),
    (&["a", "minimum", "of"], "AT_LEAST"),
    (&["upwards", "of"], "MORE_THAN"),
    (&["more", "than"], "MORE_THAN"),
    (&["over"], "MORE_THAN"),
    (&["above"], "MORE_THAN"),
    (&["just", "over"], "MORE_THAN"),
    (&["in", "excess", "of"], "MORE_THAN"),
    (&["exceeding"], "MORE_THAN"),
    (&["nearly"], "APPROX"),
    (&["about"], "APPROX"),
    (&["almost"], "APPROX"),
    (&["around"], "APPROX"),
    (&["some"], "APPROX"),
    (&["roughly"], "APPROX"),
    (&["approximately"], "APPROX"),
    (&["an", "estimated"], "APPROX"),
    (&["estimated"], "APPROX"),
    (&["close", "to"], "APPROX"),
    (&["circa"], "APPROX"),
    (&["nearly", "all"], "APPROX"),
    (&["up", "to"], "AT_MOST"),
    (&["no", "more", "than"], "AT_MOST"),
    (&["at", "most"], "AT_MOST"),
    (&["as", "many", "as"], "AT_MOST"),
    (&["as", "much", "as"], "AT_MOST"),
    (&["a", "maximum", "of"], "AT_MOST"),
    (&["less", "than"], "LESS_THAN"),
    (&["fewer", "than"], "LESS_THAN"),
    (&["under"], "LESS_THAN"),
    (&["below"], "LESS_THAN"),
    (&["just", "under"], "LESS_THAN"),
];

/// Qualifiers after a number ("5 percent or more").
pub const POST_QUALIFIERS: &[(&[&str], &str)] = &[
    (&["or", "more"], "AT_LEAST"),
    (&["or", "higher"], "AT_LEAST"),
    (&["or", "less"], "AT_MOST"),
    (&["or", "fewer"], "AT_MOST"),
];

/// Month names: a number next to one is a date, not a quantity.
pub use crate::analysis::lexicon::MONTH_WORDS as MONTHS;

/// Words after which a number is an identifier, not a quantity ("No. 10", "H.R. 49", "number 5").
pub const ID_BEFORE: &[&str] = &[
    "no", "nos", "part", "number", "#", "h.r", "h.r.", "s.", "h.res", "room", "flight", "route",
    "highway", "page", "p", "pp", "chapter", "section", "article", "rule", "bill", "case",
    "version", "v", "phase", "level", "grade", "stage", "round", "game", "act",
];

/// Words that make a number followed by capitalised words an address ("10 Downing Street").
pub const STREET_WORDS: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Drive",
    "Square",
    "Place",
    "Way",
    "Court",
    "Terrace",
];

/// Words after a number that make it a time of day.
pub const TIME_WORDS: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "pst", "bst", "cet",
    "o'clock", "hours", "hrs",
];

/// Words that end the noun phrase a quantity measures: function words, auxiliaries and pronouns.
pub const MEASURE_STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "from", "to",
    "with", "as", "than", "that", "which", "who", "whom", "whose", "while", "when", "where", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "not", "this", "these",
    "those", "it", "its", "they", "their", "he", "she", "his", "her", "we", "our", "you", "your",
    "i", "me", "my", "so", "if", "per", "each", "every", "into", "over", "under", "since", "until",
    "after", "before", "during", "about", "said", "says", "say", "also", "already", "more", "less",
    "most", "least", "or", "up", "down", "out", "off", "again", "there", "here", "all", "only",
    "just", "between", "among", "across", "against", "within", "without", "through", "because",
    "though", "although", "yet", "both", "either", "neither", "last", "next", "ago", "later",
    "earlier", "now", "then", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "percent", "cent", "%",
];

/// Determiners skipped before the noun phrase after "of" ("of the vote", "of its budget").
pub const MEASURE_DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "your", "a", "an", "all", "this", "that", "these",
    "those", "total",
];

/// Ordinal words: never quantities here (they rank or date things).
pub const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
    "thousandth",
    "millionth",
];

/// Two-word currencies after a number (lower case).
pub const CURRENCY_PHRASES: &[(&[&str], &str)] = &[
    (&["swiss", "francs"], "CHF"),
    (&["us", "dollars"], "USD"),
    (&["u.s.", "dollars"], "USD"),
    (&["canadian", "dollars"], "CAD"),
    (&["australian", "dollars"], "AUD"),
    (&["hong", "kong", "dollars"], "HKD"),
    (&["new", "zealand", "dollars"], "NZD"),
    (&["british", "pounds"], "GBP"),
    (&["pounds", "sterling"], "GBP"),
    (&["chinese", "yuan"], "CNY"),
    (&["japanese", "yen"], "JPY"),
    (&["indian", "rupees"], "INR"),
    (&["russian", "roubles"], "RUB"),
    (&["russian", "rubles"], "RUB"),
    (&["mexican", "pesos"], "MXN"),
];

/// Time units: a number before one is a duration or an age, which the time recogniser owns ("40 years").
pub const DURATION_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
    "yrs",
];
