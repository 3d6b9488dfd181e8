//! Unit tests of the tagger: the sample article, publication dates, robustness.

use super::*;
use crate::analysis::model::Precision;

fn tag(text: &str, dct: &str) -> Vec<Timex> {
    recognize(&Document::new(text), Date::parse_iso(dct))
}

#[test]
fn sample_article_must_show() {
    let text = include_str!("../../samples/nato-hague-2025.txt");
    let t = tag(text, "2025-06-24");
    let got: Vec<(&str, &str, &str)> = t
        .iter()
        .map(|t| (t.text.as_str(), t.kind.as_str(), t.value.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Tuesday", "DATE", "2025-06-24"),
            ("Tuesday", "DATE", "2025-06-24"),
            ("decades", "DURATION", "PXE"),
            ("Tuesday", "DATE", "2025-06-24"),
            ("years", "DURATION", "PXY"),
            ("2023", "DATE", "2023"),
            ("Earlier this year", "DATE", "2025"),
        ]
    );
    let earlier = t.iter().find(|t| t.text == "Earlier this year").unwrap();
    let r = earlier.range.unwrap();
    assert_eq!(
        (r.start.to_string(), r.end.to_string(), r.precision),
        ("2025-01-01".into(), "2025-06-24".into(), Precision::Year)
    );
    assert_eq!(earlier.modifier.as_deref(), Some("START"));
    assert_eq!(earlier.rule, "date.unit.part");
    assert!(t
        .iter()
        .all(|x| !x.rule.is_empty() && x.explanation.contains("->")));
    let ids: Vec<&str> = t.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, vec!["t1", "t2", "t3", "t4", "t5", "t6", "t7"]);
    for x in &t {
        assert_eq!(&text[x.span.start..x.span.end], x.text);
    }
    let tue = &t[0];
    assert_eq!(tue.rule, "date.weekday.tense");
    assert!(
        tue.explanation.contains("weekday of the publication date"),
        "{}",
        tue.explanation
    );
}

#[test]
fn weekday_follows_tense_and_last_week_is_a_week() {
    // 2025-06-24 is a Tuesday
    assert_eq!(
        tag(
            "The minister said Friday that he would resign.",
            "2025-06-24"
        )[0]
        .value,
        "2025-06-20"
    );
    assert_eq!(
        tag("The ministers will meet Friday in Rome.", "2025-06-24")[0].value,
        "2025-06-27"
    );
    let lw = &tag("Prices rose last week.", "2025-06-24")[0];
    assert_eq!(
        (lw.value.as_str(), lw.range.unwrap().precision),
        ("2025-W25", Precision::Week)
    );
    assert_eq!(
        tag("It is due next month.", "2025-06-24")[0].value,
        "2025-07"
    );
}

#[test]
fn without_a_publication_date_relative_values_stay_unknown() {
    let t = tag("He arrived yesterday and leaves on Friday.", "");
    assert_eq!(t[0].value, "XXXX-XX-XX");
    assert!(t[0].range.is_none());
    assert_eq!(t[1].value, "XXXX-WXX-5");
}

#[test]
fn publication_dates_are_detected_conservatively() {
    let d = |s: &str| detect_publication_date(&Document::new(s)).map(|(d, _)| d.to_string());
    assert_eq!(
        d("WASHINGTON, June 24, 2025 — Leaders met on Tuesday."),
        Some("2025-06-24".into())
    );
    assert_eq!(
        d("Nato summit opens\nPublished June 24, 2025\nLeaders met."),
        Some("2025-06-24".into())
    );
    assert_eq!(
        d("Headline here\nUpdated: 3 March 2021\nText."),
        Some("2021-03-03".into())
    );
    assert_eq!(
        d("A title\n24 June 2025\nThe story begins."),
        Some("2025-06-24".into())
    );
    // a date inside a sentence is not the publication date
    assert_eq!(
        d("The treaty was signed on June 24, 2025, in The Hague."),
        None
    );
    assert_eq!(d("Nothing dated here."), None);
    assert_eq!(d(""), None);
    let text = "Title\nPublished June 24, 2025\nBody.";
    let (_, span) = detect_publication_date(&Document::new(text)).unwrap();
    assert_eq!(&text[span.start..span.end], "June 24, 2025");
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        "",
        " ",
        "'",
        "’s",
        "-",
        "--2025--",
        "1/",
        "/1",
        "99:99",
        "12:",
        "Jan.",
        "May",
        "the",
        "the the the",
        "a",
        "ago",
        "2025-13-45",
        "0/0/0000",
        "31/31/31",
        "Feb. 30, 2025",
        "9999999999999999999999 years",
        "1e309 days",
        "😀 Tuesday 😀",
        "é 2023 é",
        "mid-",
        "-mid",
        "year-",
        "'90",
        "'s",
        "1990s'",
        "nineteen",
        "two thousand and",
        "twenty-",
        "Q5 2025",
        "the 0th century",
        "the 300th century",
        "at 24:60",
        "at 13 p.m.",
        "999999999999999999 years ago",
        "999999999999999999 years later",
        "in 999999999999999999 days",
        "the 255th century",
        "Q4 9999",
        "Dec. 31, 9999, and a year later",
        "\u{2028}June 5\u{2029}",
        "a hundred",
        "an thousand years",
        "two to",
        "to three weeks",
        "99999999999999999999 to 3 weeks",
        "weeks or",
        "or months",
        "his 60s",
        "her mid-",
        "-60s",
        "right now-",
        "more recently",
        "the first half of next",
        "first quarter of this year",
        "had been due to",
        "8.5% annually",
        "% annually",
        "later in the day",
    ];
    for s in odd {
        for dct in ["2025-06-24", "0001-01-01", "9999-12-31", ""] {
            let _ = tag(s, dct);
            let _ = detect_publication_date(&Document::new(s));
        }
    }
    // every byte sequence that is valid UTF-8 from a little generator
    let alphabet = [
        "May", " ", "5", ",", "2025", "-", "the", "next", "day", "'", "s", "ago", "years", ".",
        "Tuesday", "é", "/", ":", "a.m.", "mid", "a", "hundred", "to", "or", "his", "60s", "half",
        "of", "had", "%",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2000 {
        let mut s = String::new();
        for _ in 0..12 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(alphabet[(x % alphabet.len() as u64) as usize]);
        }
        let t = tag(&s, "2025-06-24");
        for e in t {
            assert_eq!(s.get(e.span.start..e.span.end), Some(e.text.as_str()));
        }
    }
}

#[test]
fn long_inputs_stay_linear() {
    let para = "On Tuesday, officials said that in 2023 prices rose 5 percent. \"Quotes\" “everywhere” '' and 2000 soldiers left two weeks ago.\n";
    let text = para.repeat(6000); // ~ 750 KB
    let quotes = "\"".repeat(10_000);
    // one endless sentence of rule-starting words
    let run_on =
        "the period the quarter a year ago in the coming months of May and ".repeat(15_000);
    let t = tag(&text, "2025-06-24");
    let _ = tag(&quotes, "2025-06-24");
    let _ = tag(&run_on, "2025-06-24");
    assert_eq!(t.len(), 6000 * 3);
    // no panic; the tagger's speed is measured by the criterion group `tag`, not by a clock here
}

#[test]
fn timex_ids_are_t_and_the_number() {
    assert_eq!(timex_id(1), "t1");
    assert_eq!(timex_id(10), "t10");
    assert_eq!(timex_id(1234), "t1234");
    assert_eq!(timex_id(usize::MAX), format!("t{}", usize::MAX));
}

#[test]
fn split_words_fit_the_reserved_tokens() {
    // hyphens and "'s" (straight and curly) split words; the reservation counts them from the text's bytes
    let text = "The twenty-five-year-old's well-known three-day talks end Friday’s noon - or re-run 2-for-1 deals' ends.";
    let doc = Document::new(text);
    let t = tokens(&doc);
    assert!(t.len() <= t.capacity());
    let parts: Vec<&str> = t.iter().map(|x| &text[x.start..x.end]).collect();
    assert!(parts.contains(&"twenty") && parts.contains(&"old") && parts.contains(&"’s") && parts.contains(&"'s"), "{parts:?}");
}

#[test]
fn clock_event_day_on_long_inputs() {
    // rule time.clock.event_day on a long text: a sentence with many dates, then past clock times with no day
    // near them, many times over; every clock time takes the day of the event its verb tells again
    let dates = "The ferry sank on May 3, May 4, May 5, May 6, May 7, May 8 and May 9 near the coast. ";
    let para = format!("{dates}Crews came. Divers worked for hours. The ferry sank at 4 a.m. as the crew slept.\n");
    let text = para.repeat(3000); // ~ 420 KB
    let t = tag(&text, "2025-06-24");
    let clocks: Vec<&Timex> = t.iter().filter(|x| x.text == "4 a.m.").collect();
    assert_eq!(clocks.len(), 3000);
    assert!(clocks.iter().all(|x| x.rule == rules::TIME_CLOCK_EVENT_DAY && x.value == "2025-05-09T04:00"));
}
