//! The engine never panics, and every span it returns lies inside the text on character boundaries, whatever
//! the input: empty, white space, binary, HTML, emoji and combining marks, right-to-left scripts, CRLF and lone
//! CR, unbalanced quotation marks, very long lines. (Property tests and fuzzing extend this in issue 7.)
#![cfg(not(target_arch = "wasm32"))]

use claimline::analysis::{analyze, Analysis, Date, Options};

fn spans(a: &Analysis) -> Vec<claimline::analysis::Span> {
    let mut v = Vec::new();
    v.extend(a.paragraphs.iter().copied());
    v.extend(a.sentences.iter().map(|s| s.span));
    v.extend(a.timexes.iter().map(|t| t.span));
    v.extend(a.quantities.iter().map(|q| q.span));
    v.extend(a.claims.iter().map(|c| c.span));
    for e in &a.events {
        v.extend(e.spans.iter().copied());
        v.push(e.trigger.span);
    }
    for q in &a.attributions {
        v.extend(q.cue.iter().map(|c| c.span));
        v.extend(q.sources.iter().map(|c| c.span));
        v.extend(q.contents.iter().map(|c| c.span));
    }
    for ac in &a.actors {
        v.extend(ac.mentions.iter().map(|m| m.span));
    }
    v
}

fn check(text: &str) {
    for date in [None, Date::new(2025, 6, 24), Date::new(1, 1, 1), Date::new(9999, 12, 31)] {
        let a = analyze(text, &Options { publication_date: date });
        let cps = text.chars().count();
        assert_eq!(a.text_length, cps);
        for s in spans(&a) {
            assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} outside {} bytes", text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} not on char boundaries");
            assert_eq!(text[..s.start].chars().count(), s.cp_start);
            assert_eq!(text[..s.end].chars().count(), s.cp_end);
        }
        serde_json::to_string(&a).expect("serialisable");
    }
}

#[test]
fn hostile_and_odd_inputs() {
    let long_line = "word ".repeat(50_000);
    let quotes = "\"a\" “b” ‘c’ '".repeat(2_000);
    let many_lines = "\"I agree,\" she said.\n".repeat(2_000);
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t\r\n ".into(),
        "\r\r\r".into(),
        "\u{0}\u{1}\u{2}\u{7f}\u{fffd}".repeat(100),
        "<html><body><script>alert(1)</script><img src=x onerror=alert(2)><p>On Monday, he said \"hi\".</p></body></html>".into(),
        "👩‍👩‍👧‍👦 said “🎉” on Tuesday; é́́́ combining ñ̃ marks in 2023.".into(),
        "قال الرئيس يوم الثلاثاء إن \"الاتفاق\" تم في 2023. שלום עולם".into(),
        "Line one\r\nLine two said \"Friday\"\r\n\r\nIn 2023 they agreed.\r".into(),
        "\"\"\"\"\" ''''' “““ ””” ‘‘ ’’".into(),
        "Mr. Mrs. Dr. U.S. e.g. i.e. ... ?!?! — – - : ;".into(),
        "1/8 2000 soldiers H.R. 49 $5,000.50 5% 22 of the 32 99999999999999999999999999 0.0.0.0".into(),
        "On 31 February 2025, on 2025-13-45, in the year 0 and 10000 AD, week 54, Q5.".into(),
        long_line,
        quotes,
        many_lines,
        "a".into(),
        "\"".into(),
        "’".into(),
        ".".into(),
        "Tuesday".into(),
    ];
    for c in &cases {
        check(c);
    }
}

#[test]
fn pseudo_random_byte_soup() {
    // a fixed linear congruential generator: the same soup every run
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let alphabet: Vec<char> = "ab AZ09.,;:!?\"'“”‘’()-—\n\r\té😀\u{200f}\u{301}Monday2023 percent said%$€".chars().collect();
    for _ in 0..300 {
        let mut s = String::new();
        let len = (x % 400) as usize;
        for _ in 0..len {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push(alphabet[((x >> 33) as usize) % alphabet.len()]);
        }
        check(&s);
    }
}
