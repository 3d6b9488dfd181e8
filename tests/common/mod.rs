//! The engine's invariants, checked in one place: by tests/robustness.rs (hostile inputs, byte soup), by
//! tests/proptest_invariants.rs (property tests) and by the cargo-fuzz target fuzz/fuzz_targets/analyze.rs (which
//! includes this file with `#[path]`). Whatever the text and the date: no panic, every span inside the text on
//! character boundaries, code-point offsets that agree with the byte offsets, and output that serialises to JSON
//! and reads back unchanged.
#![allow(dead_code)]

use claimline::analysis::{analyze, Analysis, Date, Options, Span, MAX_ANALYSED_BYTES};

/// Every span the analysis returns, with the text it claims to cover when it has one.
pub fn spans(a: &Analysis) -> Vec<(Span, Option<&str>)> {
    let mut v: Vec<(Span, Option<&str>)> = Vec::new();
    v.extend(a.paragraphs.iter().map(|s| (*s, None)));
    v.extend(a.sentences.iter().map(|s| (s.span, None)));
    v.extend(a.publication_date.span.iter().map(|s| (*s, None)));
    v.extend(a.timexes.iter().map(|t| (t.span, Some(t.text.as_str()))));
    v.extend(a.quantities.iter().map(|q| (q.span, None)));
    v.extend(a.claims.iter().map(|c| (c.span, None)));
    for e in &a.events {
        v.extend(e.spans.iter().map(|s| (*s, None)));
        v.push((e.trigger.span, Some(e.trigger.text.as_str())));
    }
    for q in &a.attributions {
        for st in q.cue.iter().chain(&q.sources).chain(&q.contents) {
            v.push((st.span, Some(st.text.as_str())));
        }
    }
    for ac in &a.actors {
        v.extend(ac.mentions.iter().map(|m| (m.span, None)));
    }
    v
}

/// Code-point offset of every byte offset that is a char boundary (`None` elsewhere): one pass, so checking
/// thousands of spans stays linear.
fn cp_table(text: &str) -> Vec<Option<usize>> {
    let mut t = vec![None; text.len() + 1];
    let mut n = 0;
    for (i, _) in text.char_indices() {
        t[i] = Some(n);
        n += 1;
    }
    t[text.len()] = Some(n);
    t
}

/// Asserts the invariants of one analysis of `text`.
pub fn check_analysis(text: &str, a: &Analysis) {
    // A text longer than the limit is analysed up to it (on a char boundary); spans lie in that prefix.
    let analysed = if text.len() > MAX_ANALYSED_BYTES {
        let mut cut = MAX_ANALYSED_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        &text[..cut]
    } else {
        text
    };
    let cps = cp_table(analysed);
    assert_eq!(
        Some(a.text_length),
        cps[analysed.len()],
        "text_length is the analysed text's code points"
    );
    for (s, words) in spans(a) {
        assert!(
            s.start <= s.end && s.end <= analysed.len(),
            "span {s:?} outside {} bytes",
            analysed.len()
        );
        assert!(
            analysed.is_char_boundary(s.start) && analysed.is_char_boundary(s.end),
            "span {s:?} not on char boundaries"
        );
        assert_eq!(cps[s.start], Some(s.cp_start), "cp_start of {s:?}");
        assert_eq!(cps[s.end], Some(s.cp_end), "cp_end of {s:?}");
        if let Some(w) = words {
            assert_eq!(analysed.get(s.start..s.end), Some(w), "the text of {s:?}");
        }
    }
    let json = serde_json::to_string(a).expect("serialisable");
    let back: serde_json::Value = serde_json::from_str(&json).expect("the JSON reads back");
    let direct = serde_json::to_value(a).expect("serialisable to a value");
    assert!(same_json(&direct, &back), "the JSON round-trips unchanged");
}

/// Equal JSON values, floats up to the last bit of parsing (serde_json's default float parser may differ by 1 ulp).
fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (a, b) {
        (V::Number(x), V::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => {
                x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
            }
            _ => x == y,
        },
        (V::Array(x), V::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (V::Object(x), V::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Analyses `text` on `date` and asserts the invariants.
pub fn check_with(text: &str, date: Option<Date>) {
    let a = analyze(
        text,
        &Options {
            publication_date: date,
        },
    );
    check_analysis(text, &a);
}

/// Analyses `text` with no date, a common date and the extreme dates, and asserts the invariants each time.
pub fn check(text: &str) {
    for date in [
        None,
        Date::new(2025, 6, 24),
        Date::new(1, 1, 1),
        Date::new(9999, 12, 31),
    ] {
        check_with(text, date);
    }
}

/// A date from raw parts: a valid one when the parts make one, else `None` (no date), as the app and the CLI do
/// with what the user typed.
pub fn date_from(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::new(year, month, day)
}

/// A date and a text from fuzzer bytes: the first 4 bytes pick the date (bytes 0-1 the year, 2 the month, 3 the
/// day; month 0 means no date), the rest is the text, as lossy UTF-8.
pub fn split_input(data: &[u8]) -> (Option<Date>, String) {
    if data.len() < 4 {
        return (None, String::from_utf8_lossy(data).into_owned());
    }
    let year = i32::from(u16::from_le_bytes([data[0], data[1]]));
    let month = data[2] % 13;
    let day = data[3] % 32;
    (
        date_from(year, month, day),
        String::from_utf8_lossy(&data[4..]).into_owned(),
    )
}
