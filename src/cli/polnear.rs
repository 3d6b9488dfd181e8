//! Reading PolNeAR (Newell, Margolin and Ruths 2018): BRAT standoff attributions over plain-text articles.
//!
//! Layout: `SPLIT/text/NAME.txt`, `SPLIT/attributions/NAME_ANNOTATOR.ann` (one or more annotators per text; we
//! take the first file by name), and `metadata.tsv` beside the split folders (filename, publication_date...).
//! BRAT offsets are code-point offsets into the .txt; a text-bound annotation may be discontinuous
//! (`Content 315 448;463 553`). An attribution is an E-line: `E3\tAttribution:T12 Cue:T10 Source:T11 Content:T9`
//! (the Source may be absent; its trigger type is then `Attribution-no-source`).

use super::CliError;
use crate::analysis::Date;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A span of one or more fragments `[start, end)` in code points, sorted.
pub type Fragments = Vec<(usize, usize)>;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldAttribution {
    pub cue: Option<Fragments>,
    pub source: Option<Fragments>,
    pub content: Option<Fragments>,
}

#[derive(Clone, Debug)]
pub struct GoldDocument {
    pub name: String,
    pub text: String,
    pub publication_date: Option<Date>,
    pub annotator: String,
    pub attributions: Vec<GoldAttribution>,
}

/// Parses the ranges of a BRAT T-line ("315 448;463 553"). `None` when malformed.
pub fn parse_ranges(s: &str) -> Option<Fragments> {
    let mut out = Vec::new();
    for part in s.split(';') {
        let mut it = part.split_whitespace();
        let a: usize = it.next()?.parse().ok()?;
        let b: usize = it.next()?.parse().ok()?;
        if it.next().is_some() || b < a {
            return None;
        }
        out.push((a, b));
    }
    out.sort_unstable();
    if out.is_empty() {
        None
    } else {
        Some(out)
    }
}

/// Parses one .ann file into its attributions (E-lines). Malformed lines are skipped.
pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
    let mut spans: HashMap<&str, Fragments> = HashMap::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(head)) = (cols.next(), cols.next()) else { continue };
        if !id.starts_with('T') {
            continue;
        }
        let Some((_, ranges)) = head.split_once(' ') else { continue };
        if let Some(r) = parse_ranges(ranges) {
            spans.insert(id, r);
        }
    }
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(args)) = (cols.next(), cols.next()) else { continue };
        if !id.starts_with('E') {
            continue;
        }
        let mut a = GoldAttribution::default();
        for arg in args.split_whitespace() {
            let Some((role, t)) = arg.split_once(':') else { continue };
            let Some(frs) = spans.get(t) else { continue };
            // A repeated role ("Content2", "Cue2") is a further part of the same span: its fragments join the first's.
            let slot = match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Cue" => &mut a.cue,
                "Source" => &mut a.source,
                "Content" => &mut a.content,
                _ => continue,
            };
            let all = slot.get_or_insert_with(Vec::new);
            all.extend_from_slice(frs);
            all.sort_unstable();
            all.dedup();
        }
        if a.cue.is_some() || a.content.is_some() {
            out.push(a);
        }
    }
    out
}

/// Publication dates by file name (without extension) from metadata.tsv.
pub fn read_metadata(path: &Path) -> HashMap<String, Date> {
    let mut out = HashMap::new();
    let Ok(text) = std::fs::read_to_string(path) else { return out };
    let mut lines = text.lines();
    let Some(header) = lines.next() else { return out };
    let cols: Vec<&str> = header.split('\t').collect();
    let (Some(fi), Some(di)) =
        (cols.iter().position(|c| *c == "filename"), cols.iter().position(|c| *c == "publication_date"))
    else {
        return out;
    };
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        if let (Some(name), Some(date)) = (f.get(fi), f.get(di)) {
            if let Some(d) = Date::parse_iso(date.trim()) {
                out.insert(name.trim().to_string(), d);
            }
        }
    }
    out
}

/// metadata.tsv beside the split folder (GOLD_DIR/../metadata.tsv), or inside GOLD_DIR.
fn find_metadata(gold_dir: &Path) -> Option<PathBuf> {
    let inside = gold_dir.join("metadata.tsv");
    if inside.is_file() {
        return Some(inside);
    }
    let beside = gold_dir.parent()?.join("metadata.tsv");
    beside.is_file().then_some(beside)
}

/// Reads a PolNeAR split: every text with at least one annotation file, with the first annotator's file by name.
pub fn read_split(gold_dir: &Path) -> Result<Vec<GoldDocument>, CliError> {
    let text_dir = gold_dir.join("text");
    let ann_dir = gold_dir.join("attributions");
    let entries = std::fs::read_dir(&ann_dir).map_err(|e| {
        CliError::fail(format!("cannot read {}: {e} (expected GOLD_DIR/attributions/*.ann)", ann_dir.display()))
    })?;
    let mut anns: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let dates = find_metadata(gold_dir).map(|p| read_metadata(&p)).unwrap_or_default();
    let mut seen: HashMap<String, ()> = HashMap::new();
    let mut docs = Vec::new();
    for ann_name in anns {
        let stem = ann_name.trim_end_matches(".ann");
        // NAME_ANNOTATOR.ann: the text is NAME.txt (annotator ids have no underscore)
        let (name, annotator) = match stem.rsplit_once('_') {
            Some((n, a)) if text_dir.join(format!("{n}.txt")).is_file() => (n.to_string(), a.to_string()),
            _ => (stem.to_string(), String::new()),
        };
        if seen.insert(name.clone(), ()).is_some() {
            continue; // a later annotator of a text already read
        }
        let txt_path = text_dir.join(format!("{name}.txt"));
        if !txt_path.is_file() {
            continue;
        }
        let text = super::read_text(&txt_path.to_string_lossy())?;
        let ann_path = ann_dir.join(&ann_name);
        let ann = std::fs::read_to_string(&ann_path)
            .map_err(|e| CliError::fail(format!("cannot read {}: {e}", ann_path.display())))?;
        docs.push(GoldDocument {
            publication_date: dates.get(&name).copied(),
            name,
            text,
            annotator,
            attributions: parse_ann(&ann),
        });
    }
    if docs.is_empty() {
        return Err(CliError::fail(format!("no annotated texts found in {}", gold_dir.display())));
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_discontinuous_spans_and_missing_sources() {
        let ann = "T1\tSource 0 11\tPat Caddell\nT2\tCue 11 12\t:\nT3\tContent 315 448;13 98\tx\nT4\tAttribution 11 12\t:\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tCue 5 9\tsaid\nE2\tAttribution:T5 Cue:T5 Content:T3\nbad line\n";
        let a = parse_ann(ann);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].source, Some(vec![(0, 11)]));
        assert_eq!(a[0].content, Some(vec![(13, 98), (315, 448)]));
        assert_eq!(a[1].source, None);
        assert_eq!(parse_ranges("3 1"), None);
    }

    #[test]
    fn joins_the_parts_of_a_repeated_role() {
        let ann = "T1\tCue 20 24\tsaid\nT2\tContent 0 10\tx\nT3\tContent 30 40\ty\nT4\tAttribution 20 24\tsaid\n\
                   E1\tAttribution:T4 Cue:T1 Content:T3 Content2:T2\n";
        let a = parse_ann(ann);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].content, Some(vec![(0, 10), (30, 40)]));
        assert_eq!(a[0].cue, Some(vec![(20, 24)]));
    }
}
