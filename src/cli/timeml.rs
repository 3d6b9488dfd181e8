//! `claimline timeml IN_DIR OUT_DIR`: tag every .tml file with Claimline's TIMEX3 in place of the gold
//! annotation (gold TIMEX3 in <TEXT>, EVENT, MAKEINSTANCE, TLINK, SLINK, ALINK and SIGNAL removed).

use super::timeml_io::{parse_timeml, tags, tml_files};
use super::CliError;
use crate::analysis::{time, Document};
use std::path::Path;

const DROPPED: &[&str] = &[
    "TIMEX3",
    "EVENT",
    "MAKEINSTANCE",
    "TLINK",
    "SLINK",
    "ALINK",
    "SIGNAL",
];

pub fn run(args: &[String]) -> Result<(), CliError> {
    let [inp, out] = args else {
        return Err(CliError::usage("usage: claimline timeml IN_DIR OUT_DIR"));
    };
    let inp = Path::new(inp);
    let files = tml_files(inp).map_err(CliError::fail)?;
    if files.is_empty() {
        return Err(CliError::fail(format!(
            "no .tml files under {}",
            inp.display()
        )));
    }
    for p in &files {
        let xml = std::fs::read_to_string(p)
            .map_err(|e| CliError::fail(format!("cannot read {}: {e}", p.display())))?;
        let rel = p.strip_prefix(inp).unwrap_or(p);
        let tagged = tag_file(&rel.to_string_lossy(), &xml).map_err(CliError::fail)?;
        let dest = Path::new(out).join(rel);
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| CliError::fail(format!("cannot create {}: {e}", dir.display())))?;
        }
        std::fs::write(&dest, tagged)
            .map_err(|e| CliError::fail(format!("cannot write {}: {e}", dest.display())))?;
    }
    eprintln!("tagged {} files into {}", files.len(), out);
    Ok(())
}

/// The file with the system's TIMEX3 inside <TEXT> and the gold annotation removed.
pub fn tag_file(name: &str, xml: &str) -> Result<String, String> {
    let gold = parse_timeml(name, xml)?;
    let all = tags(xml)?;
    let open = all
        .iter()
        .find(|t| t.name == "TEXT" && !t.closing)
        .ok_or("no <TEXT>")?;
    let close = all
        .iter()
        .find(|t| t.name == "TEXT" && t.closing)
        .ok_or("no </TEXT>")?;
    let doc = Document::new(&gold.text);
    let found = time::recognize(&doc, gold.dct);
    let mut out = String::with_capacity(xml.len());
    // before <TEXT>: keep everything (the DCT's TIMEX3 stays), drop other annotation tags
    copy_without(xml, 0, open.end, &all, true, &mut out);
    let mut pos = 0;
    for t in &found {
        if t.span.start < pos {
            continue;
        }
        out.push_str(gold.text.get(pos..t.span.start).unwrap_or(""));
        out.push_str(&format!(
            "<TIMEX3 tid=\"{}\" type=\"{}\" value=\"{}\"",
            t.id,
            t.kind.as_str(),
            escape(&t.value)
        ));
        if let Some(m) = &t.modifier {
            out.push_str(&format!(" mod=\"{}\"", escape(m)));
        }
        out.push('>');
        out.push_str(gold.text.get(t.span.start..t.span.end).unwrap_or(""));
        out.push_str("</TIMEX3>");
        pos = t.span.end;
    }
    out.push_str(gold.text.get(pos..).unwrap_or(""));
    copy_without(xml, close.start, xml.len(), &all, false, &mut out);
    Ok(out)
}

fn copy_without(
    xml: &str,
    from: usize,
    to: usize,
    all: &[super::timeml_io::Tag<'_>],
    keep_dct: bool,
    out: &mut String,
) {
    let mut pos = from;
    let mut in_dct = false;
    for t in all.iter().filter(|t| t.start >= from && t.end <= to) {
        if t.name == "DCT" {
            in_dct = !t.closing;
        }
        if DROPPED.contains(&t.name) && !(keep_dct && in_dct) {
            out.push_str(xml.get(pos..t.start).unwrap_or(""));
            pos = t.end;
        }
    }
    out.push_str(xml.get(pos..to).unwrap_or(""));
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
