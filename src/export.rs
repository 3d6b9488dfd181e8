//! Exports of an `Analysis` (with the text it was made from). Every export uses code-point offsets.
//!
//! | format     | what                                                                                  |
//! |------------|---------------------------------------------------------------------------------------|
//! | json       | the `Analysis` itself, schema in docs/ANALYSIS-JSON.md                                 |
//! | timelinejs | TimelineJS 3 JSON: dated events with their dates at their precision                  |
//! | csv        | events (default) or claims, one row each, RFC 4180, safe to open in a spreadsheet     |
//! | markdown   | a report: timeline, claims, actors, with the article's date                           |
//! | timeml     | the text with TIMEX3 tags inline and the publication date as DCT                       |

use crate::analysis::model::*;
use crate::analysis::Analysis;
use crate::json::{Obj, Value};

/// The `Analysis` as pretty JSON.
pub fn to_json(analysis: &Analysis) -> String {
    crate::json::to_string_pretty(analysis).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn slice<'a>(text: &'a str, s: &Span) -> &'a str {
    text.get(s.start..s.end).unwrap_or("")
}

fn sentence_text<'a>(text: &'a str, a: &Analysis, i: usize) -> &'a str {
    a.sentences.get(i).map(|s| slice(text, &s.span)).unwrap_or("")
}

fn tl_date(d: crate::analysis::Date, p: Precision) -> Value {
    let mut o = Obj::new();
    o.set("year", Value::Int(d.year.into()));
    if p >= Precision::Month || p == Precision::Season || p == Precision::Quarter || p == Precision::Week {
        o.set("month", Value::Int(d.month.into()));
    }
    if p >= Precision::Week && p != Precision::Season && p != Precision::Quarter {
        o.set("day", Value::Int(d.day.into()));
    }
    Value::Obj(o)
}

/// TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): a title slide and one slide per
/// dated event; ranges get an end_date; `display_date` carries Claimline's label, `group` the event's status.
pub fn to_timelinejs(text: &str, a: &Analysis, title: &str) -> String {
    let events: Vec<Value> = a
        .events
        .iter()
        .filter_map(|e| {
            let t = e.time.as_ref()?;
            let mut o = Obj::new()
                .with("unique_id", e.id.as_str().into())
                .with("start_date", tl_date(if t.open_start { t.range.end.add_days(-1) } else { t.range.start }, t.range.precision))
                .with("display_date", t.label.as_str().into())
                .with("group", status_word(e.status).into())
                .with("text", Value::Obj(Obj::new().with("headline", html_escape(&e.title).into()).with("text", html_escape(sentence_text(text, a, e.sentence)).into())));
            let last = t.range.end.add_days(-1);
            if !t.open_start && last > t.range.start && t.range.precision >= Precision::Day {
                o.set("end_date", tl_date(last, t.range.precision));
            }
            Some(Value::Obj(o))
        })
        .collect();
    let date = a.publication_date.date.map(|d| d.to_string()).unwrap_or_else(|| "no publication date".into());
    let headline = Obj::new().with("headline", html_escape(title).into()).with("text", format!("Timeline read by Claimline; published {date}.").into());
    let doc = Obj::new().with("title", Value::Obj(Obj::new().with("text", Value::Obj(headline)))).with("events", Value::Arr(events));
    crate::json::to_string_pretty(&Value::Obj(doc)).unwrap_or_default()
}

/// TimelineJS renders its text fields as HTML: escape the article's words.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub fn status_word(s: EventStatus) -> &'static str {
    s.as_str()
}

fn relation_word(r: Relation) -> &'static str {
    r.as_str()
}

/// One CSV cell: quoted when needed; a leading = + - @ is neutralised so that spreadsheets do not run it.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(cells: &[String]) -> String {
    cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// Events as CSV, in timeline order.
pub fn events_csv(text: &str, a: &Analysis) -> String {
    let mut out = row(&["id", "date", "relation", "label", "start", "end", "status", "title", "actors", "rule", "span_start", "span_end", "text"].map(String::from));
    for e in &a.events {
        let (date, rel, label, s, en) = match &e.time {
            Some(t) => (t.value.clone(), relation_word(t.relation).to_string(), t.label.clone(), t.range.start.to_string(), t.range.end.add_days(-1).to_string()),
            None => (String::new(), String::new(), "undated".into(), String::new(), String::new()),
        };
        let names: Vec<&str> = e.actors.iter().filter_map(|id| a.actors.iter().find(|x| &x.id == id)).map(|x| x.name.as_str()).collect();
        let sp = e.spans[0];
        out += &row(&[e.id.clone(), date, rel, label, s, en, status_word(e.status).into(), e.title.clone(), names.join("; "), e.rule.clone(), sp.cp_start.to_string(), sp.cp_end.to_string(), slice(text, &sp).to_string()]);
    }
    out
}

/// Claims as CSV, most check-worthy first.
pub fn claims_csv(a: &Analysis) -> String {
    let mut out = row(&["id", "kind", "score", "speaker", "text", "span_start", "span_end", "event", "reasons"].map(String::from));
    let mut claims: Vec<&Claim> = a.claims.iter().collect();
    crate::sort::sort_by_key(&mut claims, |c| std::cmp::Reverse(c.score));
    for c in claims {
        out += &row(&[c.id.clone(), format!("{:?}", c.kind).to_lowercase(), c.score.to_string(), c.speaker_label.clone(), c.text.clone(), c.span.cp_start.to_string(), c.span.cp_end.to_string(), c.event.clone().unwrap_or_default(), c.score_reasons.join("; ")]);
    }
    out
}

/// A Markdown report for a reader.
pub fn to_markdown(text: &str, a: &Analysis, title: &str) -> String {
    let md = |s: &str| s.replace('\\', "\\\\").replace(['\n', '\r'], " ").replace('*', "\\*").replace('_', "\\_").replace('[', "\\[").replace(']', "\\]").replace('<', "&lt;").replace('|', "\\|");
    let mut out = format!("# {}\n\n", md(title));
    match (a.publication_date.date, a.publication_date.source) {
        (Some(d), DateSource::User) => out += &format!("Published {d} (date given by the reader).\n\n"),
        (Some(d), DateSource::Detected) => out += &format!("Published {d} (date found in the text).\n\n"),
        _ => out += "No publication date: relative dates are unresolved.\n\n",
    }
    out += "## Timeline\n\n";
    let shown = |e: &&Event| e.class == EventClass::Occurrence;
    let dated: Vec<&Event> = a.events.iter().filter(shown).filter(|e| e.time.is_some()).collect();
    if dated.is_empty() {
        out += "No dated events.\n";
    }
    for e in &dated {
        let t = e.time.as_ref().map(|t| t.label.as_str()).unwrap_or("");
        let status = if e.status == EventStatus::Happened { String::new() } else { format!(" *({})*", status_word(e.status)) };
        out += &format!("- **{}**: {}{}\n", md(t), md(&e.title), status);
    }
    let undated: Vec<&Event> = a.events.iter().filter(shown).filter(|e| e.time.is_none()).collect();
    if !undated.is_empty() {
        out += "\n### Undated\n\n";
        for e in undated {
            let status = if e.status == EventStatus::Happened { String::new() } else { format!(" *({})*", status_word(e.status)) };
            out += &format!("- {}{}\n", md(&e.title), status);
        }
    }
    let others = a.events.iter().filter(|e| e.class != EventClass::Occurrence).count();
    if others > 0 {
        out += &format!("\n({others} reports of speech, states and quoted statements are in the JSON export.)\n");
    }
    out += "\n## Claims\n\n";
    let mut claims: Vec<&Claim> = a.claims.iter().collect();
    crate::sort::sort_by_key(&mut claims, |c| std::cmp::Reverse(c.score));
    if claims.is_empty() {
        out += "No claims.\n";
    }
    for c in claims {
        out += &format!("- {} ({}, {}, score {}): {}\n", md(&c.speaker_label), format!("{:?}", c.kind).to_lowercase(), span_ref(&c.span), c.score, md(&c.text));
    }
    out += "\n## Actors\n\n";
    if a.actors.is_empty() {
        out += "No actors.\n";
    }
    for x in &a.actors {
        let aliases = if x.aliases.is_empty() { String::new() } else { format!(" — also {}", x.aliases.iter().map(|s| md(s)).collect::<Vec<_>>().join(", ")) };
        out += &format!("- **{}** ({:?}, {} mentions){}\n", md(&x.name), x.kind, x.mentions.len(), aliases);
    }
    let _ = text;
    out += "\n---\nRead by Claimline: offsets are Unicode code points of the article's text.\n";
    out
}

fn span_ref(s: &Span) -> String {
    format!("chars {}–{}", s.cp_start, s.cp_end)
}

fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            // characters XML 1.0 does not allow are dropped
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => o.push(c),
        }
    }
    o
}

/// The TIMEX3 attributes of a timex, as TimeML writes them.
pub fn timex3_attributes(t: &Timex) -> String {
    let mut s = format!("tid=\"{}\" type=\"{}\" value=\"{}\"", xml_escape(&t.id), t.kind.as_str(), xml_escape(&t.value));
    if let Some(m) = &t.modifier {
        s += &format!(" mod=\"{}\"", xml_escape(m));
    }
    if let Some(f) = &t.freq {
        s += &format!(" freq=\"{}\"", xml_escape(f));
    }
    if let Some(q) = &t.quant {
        s += &format!(" quant=\"{}\"", xml_escape(q));
    }
    s
}

/// The text with TIMEX3 inline, XML-escaped. Nested or overlapping expressions keep the first.
pub fn inline_timex3(text: &str, timexes: &[Timex]) -> String {
    let mut out = String::with_capacity(text.len() + timexes.len() * 64);
    let mut pos = 0;
    for t in timexes {
        if t.span.start < pos || t.span.end > text.len() || t.span.start >= t.span.end {
            continue;
        }
        out += &xml_escape(text.get(pos..t.span.start).unwrap_or(""));
        out += &format!("<TIMEX3 {}>{}</TIMEX3>", timex3_attributes(t), xml_escape(text.get(t.span.start..t.span.end).unwrap_or("")));
        pos = t.span.end;
    }
    out += &xml_escape(text.get(pos..).unwrap_or(""));
    out
}

/// A TimeML document: the publication date as DCT and the text with its TIMEX3.
pub fn to_timeml(text: &str, a: &Analysis, doc_id: &str) -> String {
    let dct = match a.publication_date.date {
        Some(d) => format!("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{d}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{d}</TIMEX3></DCT>\n"),
        None => String::new(),
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>{}</DOCID>\n{dct}<TEXT>{}</TEXT>\n</TimeML>\n",
        xml_escape(doc_id),
        inline_timex3(text, &a.timexes)
    )
}

/// A file name for downloads: the first words of the first line, lower-cased and hyphenated.
pub fn suggested_name(text: &str) -> String {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("article");
    let words: Vec<String> = first
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| w.to_lowercase())
        .collect();
    if words.is_empty() { "claimline".into() } else { words.join("-") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formula_safe() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("-5"), "'-5");
    }

    #[test]
    fn xml_escapes_and_drops_forbidden_characters() {
        assert_eq!(xml_escape("a<b & \"c\"\u{1}>"), "a&lt;b &amp; &quot;c&quot;&gt;");
    }

    #[test]
    fn suggested_names() {
        assert_eq!(suggested_name("\n  Trump reveals text: 'Europe!'\nmore"), "trump-reveals-text-europe");
        assert_eq!(suggested_name("“” —"), "claimline");
    }
}
