//! The engine: pure Rust, no web dependencies, deterministic, and panic-free on any input.
//!
//! text + publication date -> `Document` -> recognisers (time, actors, quotes, quantities), each a pure
//! function of the document -> events and claims -> `Analysis`.

pub mod actors;
pub mod claims;
pub mod clauses;
pub mod date;
pub mod document;
pub mod events;
pub mod lexicon;
pub mod model;
pub mod quantities;
pub mod quotes;
pub mod time;
pub mod timeval;

pub use date::Date;
pub use document::Document;
pub use model::*;

/// Texts longer than this are cut for analysis (the user's text itself is never changed); a notice says so.
pub const MAX_ANALYSED_BYTES: usize = 8 * 1024 * 1024;

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The publication date given by the user. When `None`, a date found in the text is used.
    pub publication_date: Option<Date>,
}

/// Analyses `text` published on `options.publication_date` (or on a date found in the text).
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let mut notices = Vec::new();
    let text = if text.len() > MAX_ANALYSED_BYTES {
        let mut cut = MAX_ANALYSED_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        notices.push(Notice {
            level: NoticeLevel::Warning,
            code: "truncated".into(),
            message: format!(
                "The text is {} MB long; only its first {} MB were analysed.",
                text.len() / (1024 * 1024),
                MAX_ANALYSED_BYTES / (1024 * 1024)
            ),
        });
        &text[..cut]
    } else {
        text
    };
    let doc = Document::new(text);

    let publication_date = match options.publication_date {
        Some(d) => PublicationDate { date: Some(d), source: DateSource::User, span: None },
        None => match time::detect_publication_date(&doc) {
            Some((d, span)) => PublicationDate { date: Some(d), source: DateSource::Detected, span: Some(span) },
            None => PublicationDate { date: None, source: DateSource::None, span: None },
        },
    };
    let dct = publication_date.date;

    // The stages' outputs stay alive to the end, through the events stage's peak: kept without the spare room
    // of their growth (`cargo bench --bench memory`).
    let mut timexes = time::recognize(&doc, dct);
    timexes.shrink_to_fit();
    let actors = actors::recognize(&doc);
    let mut attributions = quotes::recognize(&doc, &actors);
    attributions.shrink_to_fit();
    let quantities = quantities::recognize(&doc, &timexes);
    let mut events = events::build(&doc, dct, &timexes, &actors, &attributions);
    let claims = claims::build(&doc, &attributions, &quantities, &events, &actors);
    events::link_claims(&mut events, &claims);

    if doc.text.trim().is_empty() {
        notices.push(Notice { level: NoticeLevel::Info, code: "empty".into(), message: "There is no text to analyse yet.".into() });
    } else {
        if dct.is_none() {
            notices.push(Notice {
                level: NoticeLevel::Warning,
                code: "no_publication_date".into(),
                message: "No publication date: relative dates such as \"Tuesday\" or \"last year\" cannot be placed on the timeline. Set the date the article was published.".into(),
            });
        }
        if timexes.is_empty() {
            notices.push(Notice { level: NoticeLevel::Info, code: "no_dates".into(), message: "No dates or times were found in this text, so the timeline is empty.".into() });
        }
        if looks_like_html(doc.text) {
            notices.push(Notice { level: NoticeLevel::Info, code: "html".into(), message: "The text looks like HTML source. It is shown and analysed as plain text; paste the article's visible text for a cleaner reading.".into() });
        }
        if looks_binary(doc.text) {
            notices.push(Notice { level: NoticeLevel::Warning, code: "binary".into(), message: "The text contains many control characters; it may not be an article.".into() });
        }
    }

    Analysis {
        schema_version: SCHEMA_VERSION,
        generator: concat!("claimline ", env!("CARGO_PKG_VERSION")).into(),
        text_length: doc.cp(doc.text.len()),
        publication_date,
        paragraphs: doc.paragraphs.iter().map(|&(s, e)| doc.span(s, e)).collect(),
        sentences: doc.sentences.iter().map(|s| Sentence { span: doc.span(s.start, s.end), paragraph: s.paragraph }).collect(),
        timexes,
        events,
        attributions,
        quantities,
        claims,
        actors,
        notices,
    }
}

/// Markers of HTML source, looked for in the first 4,000 characters (lower-cased).
const HTML_MARKERS: &[&str] = &["<html", "<div", "<p>", "<script", "<body", "<span", "<!doctype"];

/// The byte offset where the first `n` characters of `text` end (the whole text when it is shorter).
fn first_chars_end(text: &str, n: usize) -> usize {
    if text.len() <= n {
        // no more characters than bytes
        return text.len();
    }
    let mut chars = 0usize;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        // a character starts at every byte that is not a UTF-8 continuation byte
        if b & 0xC0 != 0x80 {
            if chars == n {
                return i;
            }
            chars += 1;
        }
    }
    text.len()
}

fn looks_like_html(text: &str) -> bool {
    let head = text.get(..first_chars_end(text, 4000)).unwrap_or(text);
    // at least three '<' first (lower-casing does not change them): most texts stop here, without a copy
    if head.bytes().filter(|&b| b == b'<').count() < 3 {
        return false;
    }
    let head = head.to_ascii_lowercase();
    HTML_MARKERS.iter().any(|t| head.contains(t))
}

fn looks_binary(text: &str) -> bool {
    // the first 10,000 characters all ASCII (most texts): count the control bytes in one pass
    if let Some(head) = text.as_bytes().get(..text.len().min(10_000)).filter(|h| h.is_ascii()) {
        let ctrl = head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f).count();
        return !head.is_empty() && ctrl * 20 > head.len();
    }
    let mut n = 0usize;
    let mut ctrl = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0;
    while n < 10_000 {
        let Some(&b) = bytes.get(i) else { break };
        n += 1;
        if b < 0x80 {
            // ASCII: the control characters are U+0000..U+001F and U+007F
            if (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f {
                ctrl += 1;
            }
            i += 1;
        } else {
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else { break };
            if c.is_control() || c == '\u{FFFD}' {
                ctrl += 1;
            }
            i += c.len_utf8();
        }
    }
    n > 0 && ctrl * 20 > n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former definitions (a lower-cased copy of the first 4,000 characters; every character classified).
    fn html_reference(text: &str) -> bool {
        let head: String = text.chars().take(4000).collect::<String>().to_ascii_lowercase();
        HTML_MARKERS.iter().any(|t| head.contains(t)) && head.matches('<').count() >= 3
    }

    fn binary_reference(text: &str) -> bool {
        let (mut n, mut ctrl) = (0usize, 0usize);
        for c in text.chars().take(10_000) {
            n += 1;
            if (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || c == '\u{FFFD}' {
                ctrl += 1;
            }
        }
        n > 0 && ctrl * 20 > n
    }

    #[test]
    fn html_and_binary_notices_agree_with_the_former_definitions() {
        let long_prose = "The council met on Tuesday. ".repeat(200);
        let texts: Vec<String> = vec![
            String::new(),
            "Plain prose, nothing else.".into(),
            "<DIV class=a><P>Hello</P> <span>x</span></DIV>".into(),
            "a < b and c < d but e < f".into(),
            "<html><body><p>One</p></body></html>".into(),
            // markers only after the first 4,000 characters (multi-byte ones count as one)
            format!("{}<div><p>late</p></div>", "é".repeat(4000)),
            format!("{}<div><p>late</p></div>", "é".repeat(3990)),
            format!("{long_prose}<script>x</script><div>"),
            "\u{1}\u{2}\u{3} bytes \u{7f}\u{85}\u{9f} and \u{FFFD}\u{FFFD}".into(),
            "tabs\tand\r\nlines\n".repeat(50),
            format!("{}{}", "ok ".repeat(9000), "\u{0}".repeat(3000)),
            format!("{}{}", "\u{80}".repeat(600), "text ".repeat(2000)),
            "\u{FFFD}".repeat(40),
            "😀 emoji, e\u{301} combining, עברית".into(),
        ];
        for t in &texts {
            assert_eq!(looks_like_html(t), html_reference(t), "html: {:?}", t.get(..60.min(t.len())));
            assert_eq!(looks_binary(t), binary_reference(t), "binary: {:?}", t.get(..60.min(t.len())));
        }
        assert!(looks_like_html("<html><body><p>One</p></body></html>"));
        assert!(looks_binary("\u{1}\u{2}\u{3} bytes \u{7f}\u{85}\u{9f} and \u{FFFD}\u{FFFD}"));
    }
}
