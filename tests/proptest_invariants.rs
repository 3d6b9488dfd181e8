//! Property tests of the engine's invariants (tests/common/mod.rs): for any text — arbitrary Unicode, CR/LF mixes,
//! quotation marks, digits, words the recognisers look for — and any date, `analyze` does not panic, every span lies
//! inside the text on character boundaries with code-point offsets that agree with the bytes, and the output
//! serialises and reads back. The case counts keep the whole file to a few seconds in the test profile.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;

/// Pieces the recognisers react to, so random texts reach deep into the rules rather than stopping at "no token".
const PIECES: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\t",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "-",
    "—",
    "–",
    "/",
    "%",
    "$",
    "€",
    "£",
    "0",
    "1",
    "12",
    "2023",
    "1999",
    "31",
    "3.5",
    "1,000",
    "said",
    "says",
    "told",
    "according to",
    "Monday",
    "Tuesday",
    "last",
    "next",
    "year",
    "week",
    "month",
    "ago",
    "June",
    "Jan.",
    "May",
    "of",
    "the",
    "in",
    "on",
    "since",
    "until",
    "earlier",
    "percent",
    "million",
    "billion",
    "President",
    "Mr.",
    "Dr.",
    "U.S.",
    "NATO",
    "Helen Okafor",
    "she",
    "he",
    "they",
    "agreed",
    "announced",
    "will",
    "é",
    "e\u{301}",
    "😀",
    "👩‍👩‍👧",
    "\u{200f}",
    "\u{200b}",
    "قال",
    "שלום",
    "日本",
    "\u{0}",
    "\u{feff}",
    "\u{fffd}",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn any_date() -> impl Strategy<Value = Option<claimline::analysis::Date>> {
    prop_oneof![
        Just(None),
        (1i32..=9999, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| common::date_from(y, m, d)),
        (any::<i32>(), any::<u8>(), any::<u8>()).prop_map(|(y, m, d)| common::date_from(y, m, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any Unicode string (proptest's `.*` covers every code point class, controls and surrogate-free planes).
    #[test]
    fn any_unicode_text(text in any::<String>(), date in any_date()) {
        common::check_with(&text, date);
    }

    /// Texts built from the words, marks and line breaks the recognisers look for.
    #[test]
    fn recogniser_soup(text in soup(), date in any_date()) {
        common::check_with(&text, date);
    }

    /// Mixed line endings and quotation marks between sentences that carry dates and speakers.
    #[test]
    fn line_endings_and_quotes(
        parts in prop::collection::vec((
            prop::sample::select(&["\n", "\r\n", "\r", "\n\r", "\r\r\n", " "][..]),
            prop::sample::select(&["\"", "“", "”", "'", "‘", "’", ""][..]),
            prop::sample::select(&[
                "On Monday the council voted", "We will not wait,", "she said", "In 2019, 52% rejected it",
                "about 12 million euros", "last week", "according to officials", "",
            ][..]),
        ), 0..40),
        date in any_date(),
    ) {
        let text: String = parts.iter().flat_map(|(a, b, c)| [*a, *b, *c]).collect();
        common::check_with(&text, date);
    }
}
