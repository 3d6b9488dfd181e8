//! A small hand-written TimeML reader: the text of <TEXT> with its tags removed (characters otherwise
//! unchanged, entities left as written), the DCT, the gold TIMEX3 and EVENT extents as byte offsets into
//! that text, MAKEINSTANCE and TLINK wherever they are in the file.

use crate::analysis::Date;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
pub struct GoldTimex {
    pub tid: String,
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
    pub modifier: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoldEvent {
    pub eid: String,
    pub start: usize,
    pub end: usize,
    pub class: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tlink {
    pub lid: String,
    pub rel_type: String,
    pub event_instance: Option<String>,
    pub time_id: Option<String>,
    pub related_to_time: Option<String>,
    pub related_to_event_instance: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimemlDoc {
    pub name: String,
    pub dct: Option<Date>,
    pub dct_tid: Option<String>,
    pub text: String,
    pub timexes: Vec<GoldTimex>,
    pub events: Vec<GoldEvent>,
    pub instances: Vec<(String, String)>,
    /// Each MAKEINSTANCE's eiid with its `pos` and `tense` attributes ("" when absent): the gold word's part of speech.
    pub instance_pos: Vec<(String, String, String)>,
    pub tlinks: Vec<Tlink>,
}

/// One markup item of the file.
#[derive(Debug)]
pub struct Tag<'a> {
    /// Byte offsets of the whole tag `<...>` in the file.
    pub start: usize,
    pub end: usize,
    pub name: &'a str,
    pub closing: bool,
    pub self_closing: bool,
    pub attrs: Vec<(&'a str, &'a str)>,
}

impl Tag<'_> {
    pub fn attr(&self, k: &str) -> Option<&str> {
        self.attrs.iter().find(|(a, _)| *a == k).map(|(_, v)| *v)
    }
}

/// Every tag of `xml` (comments, processing instructions and declarations are skipped).
pub fn tags(xml: &str) -> Result<Vec<Tag<'_>>, String> {
    let mut out = Vec::new();
    let b = xml.as_bytes();
    let mut i = 0;
    while let Some(off) = xml.get(i..).and_then(|r| r.find('<')) {
        let s = i + off;
        if xml.get(s..s + 4) == Some("<!--") {
            let e = xml
                .get(s..)
                .and_then(|r| r.find("-->"))
                .ok_or("unclosed comment")?;
            i = s + e + 3;
            continue;
        }
        let e = s + xml
            .get(s..)
            .and_then(|r| r.find('>'))
            .ok_or_else(|| format!("unclosed tag at byte {s}"))?;
        let inner = &xml[s + 1..e];
        i = e + 1;
        if inner.starts_with('?') || inner.starts_with('!') {
            continue;
        }
        let closing = inner.starts_with('/');
        let self_closing = inner.ends_with('/');
        let body = inner.trim_start_matches('/').trim_end_matches('/');
        let name_end = body.find(|c: char| c.is_whitespace()).unwrap_or(body.len());
        let name = &body[..name_end];
        let mut attrs = Vec::new();
        let mut rest = &body[name_end..];
        loop {
            rest = rest.trim_start();
            let Some(eq) = rest.find('=') else { break };
            let key = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            let q = after.chars().next().unwrap_or('"');
            if q != '"' && q != '\'' {
                return Err(format!("unquoted attribute {key} at byte {s}"));
            }
            let Some(close) = after[1..].find(q) else {
                return Err(format!("unclosed attribute at byte {s}"));
            };
            attrs.push((key, &after[1..1 + close]));
            rest = &after[1 + close + 1..];
        }
        let _ = b;
        out.push(Tag {
            start: s,
            end: e + 1,
            name,
            closing,
            self_closing,
            attrs,
        });
    }
    Ok(out)
}

/// Parses one TimeML document.
pub fn parse_timeml(name: &str, xml: &str) -> Result<TimemlDoc, String> {
    let all = tags(xml).map_err(|e| format!("{name}: {e}"))?;
    let mut doc = TimemlDoc {
        name: name.to_string(),
        dct: None,
        dct_tid: None,
        text: String::new(),
        timexes: vec![],
        events: vec![],
        instances: vec![],
        instance_pos: vec![],
        tlinks: vec![],
    };
    let text_open = all
        .iter()
        .position(|t| t.name == "TEXT" && !t.closing)
        .ok_or_else(|| format!("{name}: no <TEXT>"))?;
    let text_close = all
        .iter()
        .skip(text_open)
        .position(|t| t.name == "TEXT" && t.closing)
        .map(|p| p + text_open)
        .ok_or_else(|| format!("{name}: no </TEXT>"))?;
    let mut in_dct = false;
    for t in &all {
        if t.name == "DCT" {
            in_dct = !t.closing;
        }
        if t.name == "TIMEX3"
            && !t.closing
            && (in_dct || t.attr("functionInDocument") == Some("CREATION_TIME"))
            && doc.dct.is_none()
        {
            doc.dct = t
                .attr("value")
                .and_then(|v| Date::parse_iso(v.get(..10).unwrap_or(v)));
            doc.dct_tid = t.attr("tid").map(str::to_string);
        }
        if t.name == "MAKEINSTANCE" {
            if let (Some(a), Some(b)) = (t.attr("eiid"), t.attr("eventID")) {
                doc.instances.push((a.to_string(), b.to_string()));
                let attr = |k: &str| t.attr(k).unwrap_or("").to_string();
                doc.instance_pos.push((a.to_string(), attr("pos"), attr("tense")));
            }
        }
        if t.name == "TLINK" && !t.closing {
            doc.tlinks.push(Tlink {
                lid: t.attr("lid").unwrap_or("").to_string(),
                rel_type: t.attr("relType").unwrap_or("").to_string(),
                event_instance: t.attr("eventInstanceID").map(str::to_string),
                time_id: t.attr("timeID").map(str::to_string),
                related_to_time: t.attr("relatedToTime").map(str::to_string),
                related_to_event_instance: t.attr("relatedToEventInstance").map(str::to_string),
            });
        }
    }
    // the text of <TEXT> without its tags
    let mut pos = all[text_open].end;
    let mut stack: Vec<(usize, &Tag)> = Vec::new();
    for t in &all[text_open + 1..text_close] {
        doc.text.push_str(xml.get(pos..t.start).unwrap_or(""));
        pos = t.end;
        if t.self_closing {
            continue;
        }
        if !t.closing {
            stack.push((doc.text.len(), t));
        } else if let Some(k) = stack.iter().rposition(|(_, o)| o.name == t.name) {
            let (start, open) = stack.remove(k);
            let end = doc.text.len();
            match open.name {
                "TIMEX3" => doc.timexes.push(GoldTimex {
                    tid: open.attr("tid").unwrap_or("").to_string(),
                    start,
                    end,
                    kind: open.attr("type").unwrap_or("").to_string(),
                    value: open.attr("value").unwrap_or("").to_string(),
                    modifier: open.attr("mod").map(str::to_string),
                }),
                "EVENT" => doc.events.push(GoldEvent {
                    eid: open.attr("eid").unwrap_or("").to_string(),
                    start,
                    end,
                    class: open.attr("class").unwrap_or("").to_string(),
                }),
                _ => {}
            }
        }
    }
    doc.text
        .push_str(xml.get(pos..all[text_close].start).unwrap_or(""));
    doc.timexes.sort_by_key(|t| (t.start, t.end));
    doc.events.sort_by_key(|e| (e.start, e.end));
    Ok(doc)
}

/// Every .tml file under `dir`, recursively, sorted by path.
pub fn tml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let rd = std::fs::read_dir(&d)
            .map_err(|e| format!("cannot read directory {}: {e}", d.display()))?;
        for entry in rd {
            let p = entry.map_err(|e| e.to_string())?.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "tml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads and parses every .tml file under `dir` (sorted by path; names are paths relative to `dir`).
pub fn read_dir(dir: impl AsRef<Path>) -> Result<Vec<TimemlDoc>, String> {
    let dir = dir.as_ref();
    let mut out = Vec::new();
    for p in tml_files(dir)? {
        let xml =
            std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        let name = p
            .strip_prefix(dir)
            .unwrap_or(&p)
            .to_string_lossy()
            .to_string();
        out.push(parse_timeml(&name, &xml)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_keeps_offsets() {
        let xml = r#"<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>It <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST"/><TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/></TimeML>"#;
        let d = parse_timeml("x", xml).unwrap();
        assert_eq!(d.text, "It fell &amp; rose yesterday.");
        assert_eq!(d.dct, Date::new(1998, 1, 8));
        assert_eq!(d.dct_tid.as_deref(), Some("t0"));
        let t = &d.timexes[0];
        assert_eq!(&d.text[t.start..t.end], "yesterday");
        assert_eq!(&d.text[d.events[0].start..d.events[0].end], "fell");
        assert_eq!(d.instances, vec![("ei1".to_string(), "e1".to_string())]);
        assert_eq!(d.tlinks[0].related_to_time.as_deref(), Some("t1"));
        assert_eq!(d.tlinks[0].event_instance.as_deref(), Some("ei1"));
    }

    #[test]
    fn errors_are_reported_not_panics() {
        assert!(parse_timeml("x", "<TimeML><TEXT>abc").is_err());
        assert!(parse_timeml("x", "<TEXT>a <TIMEX3 tid=t1>b</TIMEX3></TEXT>").is_err());
    }
}
