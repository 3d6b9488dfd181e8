//! `claimline eval attribution GOLD_DIR [--json] [--errors] [--missed] [--content-missed] [--source-errors]
//! [--rules|--rule-cues]`: scores the engine's
//! attributions against PolNeAR.
//!
//! Every text of GOLD_DIR (with the first annotator's .ann by name) is analysed with its publication date from
//! metadata.tsv. Spans are compared in code points as lists of fragments (a discontinuous BRAT span, or an
//! attribution's several `contents`/`sources`):
//! - exact: the same fragments; overlap: at least one character in common;
//! - for each kind (cue, source, content) the distinct spans of a document are compared: precision is the share of
//!   system spans that match some gold span, recall the share of gold spans matched by some system span
//!   (micro-averaged over all documents);
//! - an attribution matches when its cue, source and content all overlap those of a gold attribution (an attribution
//!   without a source matches only one without a source); attribution F1 is computed the same way.

use super::polnear::{read_split, Fragments, GoldAttribution, GoldDocument};
use super::CliError;
use crate::analysis::{analyze, Attribution, Options};
use serde::Serialize;
use std::path::Path;

#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct KindScores {
    pub cue: Prf,
    pub source: Prf,
    pub content: Prf,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub exact: KindScores,
    pub overlap: KindScores,
    pub attribution_f1: f64,
    pub documents: usize,
}

/// Raw counts: matched system items, system items, matched gold items, gold items.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub sys_ok: usize,
    pub sys: usize,
    pub gold_ok: usize,
    pub gold: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.sys_ok += o.sys_ok;
        self.sys += o.sys;
        self.gold_ok += o.gold_ok;
        self.gold += o.gold;
    }
    pub fn prf(&self) -> Prf {
        let p = if self.sys == 0 { 0.0 } else { self.sys_ok as f64 / self.sys as f64 };
        let r = if self.gold == 0 { 0.0 } else { self.gold_ok as f64 / self.gold as f64 };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Prf { p, r, f1 }
    }
}

/// Counts for one document: [exact cue, source, content], [overlap cue, source, content], attribution.
#[derive(Clone, Copy, Debug, Default)]
pub struct DocCounts {
    pub exact: [Counts; 3],
    pub overlap: [Counts; 3],
    pub attribution: Counts,
}

impl DocCounts {
    fn add(&mut self, o: &DocCounts) {
        for i in 0..3 {
            self.exact[i].add(o.exact[i]);
            self.overlap[i].add(o.overlap[i]);
        }
        self.attribution.add(o.attribution);
    }
}

fn overlaps(a: &Fragments, b: &Fragments) -> bool {
    a.iter().any(|&(s1, e1)| b.iter().any(|&(s2, e2)| s1 < e2 && s2 < e1))
}

fn match_counts(sys: &[Fragments], gold: &[Fragments], same: impl Fn(&Fragments, &Fragments) -> bool) -> Counts {
    Counts {
        sys_ok: sys.iter().filter(|s| gold.iter().any(|g| same(s, g))).count(),
        sys: sys.len(),
        gold_ok: gold.iter().filter(|g| sys.iter().any(|s| same(s, g))).count(),
        gold: gold.len(),
    }
}

fn distinct(mut v: Vec<Fragments>) -> Vec<Fragments> {
    v.retain(|f| !f.is_empty());
    v.sort();
    v.dedup();
    v
}

/// The engine's attributions in the gold's shape (code-point fragments).
pub fn system_attributions(atts: &[Attribution]) -> Vec<GoldAttribution> {
    let frs = |v: &mut dyn Iterator<Item = (usize, usize)>| -> Option<Fragments> {
        let mut f: Fragments = v.filter(|(s, e)| e > s).collect();
        f.sort_unstable();
        if f.is_empty() {
            None
        } else {
            Some(f)
        }
    };
    atts.iter()
        .map(|a| GoldAttribution {
            cue: frs(&mut a.cue.iter().map(|c| (c.span.cp_start, c.span.cp_end))),
            source: frs(&mut a.sources.iter().map(|c| (c.span.cp_start, c.span.cp_end))),
            content: frs(&mut a.contents.iter().map(|c| (c.span.cp_start, c.span.cp_end))),
        })
        .collect()
}

/// The distinct spans of one role over a document's attributions: `k` 0 = cues, 1 = sources, else contents.
fn role_spans(v: &[GoldAttribution], k: usize) -> Vec<Fragments> {
    distinct(
        v.iter()
            .filter_map(|a| match k {
                0 => a.cue.clone(),
                1 => a.source.clone(),
                _ => a.content.clone(),
            })
            .collect(),
    )
}

/// Compares one document's system attributions with its gold ones.
pub fn score_document(sys: &[GoldAttribution], gold: &[GoldAttribution]) -> DocCounts {
    let mut out = DocCounts::default();
    for k in 0..3 {
        let (s, g) = (role_spans(sys, k), role_spans(gold, k));
        out.exact[k] = match_counts(&s, &g, |a, b| a == b);
        out.overlap[k] = match_counts(&s, &g, overlaps);
    }
    let opt_overlap = |a: &Option<Fragments>, b: &Option<Fragments>| match (a, b) {
        (Some(a), Some(b)) => overlaps(a, b),
        (None, None) => true,
        _ => false,
    };
    let same = |a: &GoldAttribution, b: &GoldAttribution| {
        a.cue.is_some()
            && opt_overlap(&a.cue, &b.cue)
            && opt_overlap(&a.source, &b.source)
            && opt_overlap(&a.content, &b.content)
    };
    out.attribution = Counts {
        sys_ok: sys.iter().filter(|s| gold.iter().any(|g| same(s, g))).count(),
        sys: sys.len(),
        gold_ok: gold.iter().filter(|g| sys.iter().any(|s| same(s, g))).count(),
        gold: gold.len(),
    };
    out
}

/// Analyses one gold document and scores it.
pub fn evaluate_document(doc: &GoldDocument) -> DocCounts {
    let analysis = analyze(&doc.text, &Options { publication_date: doc.publication_date });
    score_document(&system_attributions(&analysis.attributions), &doc.attributions)
}

/// The text of fragments, joined by " … ", on one line.
fn frag_text(chars: &[char], f: &Fragments) -> String {
    let parts: Vec<String> = f
        .iter()
        .map(|&(s, e)| chars.get(s.min(chars.len())..e.min(chars.len())).unwrap_or(&[]).iter().collect::<String>())
        .collect();
    parts.join(" … ").replace('\n', " ")
}

/// Up to 60 characters of context either side of fragments, on one line, with the span in [[ ]].
fn frag_context(chars: &[char], f: &Fragments) -> String {
    let (Some(&(s, _)), Some(e)) = (f.first(), f.iter().map(|x| x.1).max()) else {
        return String::new();
    };
    let (s, e) = (s.min(chars.len()), e.min(chars.len()));
    let a = s.saturating_sub(60);
    let b = (e + 60).min(chars.len());
    let g = |x: usize, y: usize| chars.get(x..y).unwrap_or(&[]).iter().collect::<String>();
    format!("{}[[{}]]{}", g(a, s), g(s, e), g(e, b)).replace('\n', " ¶ ")
}

/// A document's system attributions, as spans in code points, and its text as characters (for the dumps).
fn analysed(doc: &GoldDocument) -> (Vec<Attribution>, Vec<GoldAttribution>, Vec<char>) {
    let atts = analyze(&doc.text, &Options { publication_date: doc.publication_date }).attributions;
    let sys = system_attributions(&atts);
    (atts, sys, doc.text.chars().collect())
}

/// `--errors`: for one document, each missed gold span (MISS) and each spurious system span (SPUR) of each kind
/// under exact matching, with "~" when it still overlaps one on the other side; a line per item:
/// `KIND\tcue|source|content\tDOC\tTEXT\tCONTEXT` (plus the system rule for SPUR).
pub fn error_dump(doc: &GoldDocument) -> String {
    let (atts, sys, chars) = analysed(doc);
    let mut out = String::new();
    for (k, kind) in ["cue", "source", "content"].iter().enumerate() {
        let (s, g) = (role_spans(&sys, k), role_spans(&doc.attributions, k));
        for x in &g {
            if !s.contains(x) {
                let other = s.iter().find(|y| overlaps(x, y));
                let near = if other.is_some() { "MISS~" } else { "MISS" };
                out.push_str(&format!(
                    "{near}\t{kind}\t{}\t{}\t{}\t{}\n",
                    doc.name,
                    frag_text(&chars, x),
                    frag_context(&chars, x),
                    other.map_or(String::new(), |y| frag_text(&chars, y))
                ));
            }
        }
        for x in &s {
            if !g.contains(x) {
                let near = if g.iter().any(|y| overlaps(x, y)) { "SPUR~" } else { "SPUR" };
                let rule = sys
                    .iter()
                    .zip(&atts)
                    .find(|(a, _)| match k {
                        0 => a.cue.as_ref() == Some(x),
                        1 => a.source.as_ref() == Some(x),
                        _ => a.content.as_ref() == Some(x),
                    })
                    .map_or("", |(_, a)| a.rule.as_str());
                out.push_str(&format!(
                    "{near}\t{kind}\t{}\t{}\t{}\t{rule}\n",
                    doc.name,
                    frag_text(&chars, x),
                    frag_context(&chars, x)
                ));
            }
        }
    }
    out
}

/// `--missed`: for one document, each gold attribution whose cue overlaps no system cue, a line
/// `DOC\tCUE\tSOURCE\tCONTENT\tCONTEXT` (the cue in [[ ]] with 60 characters either side): the recall misses, to
/// group by their cue's construction.
pub fn missed_dump(doc: &GoldDocument) -> String {
    let (_, sys, chars) = analysed(doc);
    let mut out = String::new();
    for g in &doc.attributions {
        let Some(cue) = &g.cue else { continue };
        if sys.iter().any(|s| s.cue.as_ref().is_some_and(|c| overlaps(c, cue))) {
            continue;
        }
        let t = |f: &Option<Fragments>| f.as_ref().map_or(String::new(), |f| frag_text(&chars, f));
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            doc.name,
            frag_text(&chars, cue),
            t(&g.source),
            t(&g.content),
            frag_context(&chars, cue)
        ));
    }
    out
}

/// `--content-missed`: for one document, each gold attribution whose cue overlaps a system cue but whose content
/// overlaps no system content, a line `DOC\tCUE\tGOLD_CONTENT\tSYSTEM_CONTENT\tRULE\tCONTEXT` (the system content
/// and rule of the attribution with the overlapping cue): the content misses of cues already found.
pub fn content_missed_dump(doc: &GoldDocument) -> String {
    let (atts, sys, chars) = analysed(doc);
    let mut out = String::new();
    for g in &doc.attributions {
        let (Some(cue), Some(content)) = (&g.cue, &g.content) else { continue };
        let Some((s, a)) = sys.iter().zip(&atts).find(|(s, _)| s.cue.as_ref().is_some_and(|c| overlaps(c, cue))) else {
            continue;
        };
        if sys.iter().any(|s| s.content.as_ref().is_some_and(|c| overlaps(c, content))) {
            continue;
        }
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            doc.name,
            frag_text(&chars, cue),
            frag_text(&chars, content),
            s.content.as_ref().map_or(String::new(), |f| frag_text(&chars, f)),
            a.rule,
            frag_context(&chars, cue)
        ));
    }
    out
}

/// `--source-errors`: each source difference, classified, a line `CLASS\tDOC\tGOLD_SOURCE\tSYSTEM_SOURCE\tRULE\tCONTEXT`
/// (the context around the gold cue, or the system cue for `spurious_cue`). For each gold attribution whose cue a
/// system cue overlaps: `missing` (gold source, none in the system's), `bounds` (the sources overlap but differ),
/// `other` (no overlap: another entity), `extra` (a system source where the gold has none), and the agreements
/// `same` (the same source) and `same_none` (neither has one), to count a rule's share; and `spurious_cue`, a
/// system source whose attribution's cue overlaps no gold cue. Gold attributions whose cue is missed are left out.
pub fn source_error_dump(doc: &GoldDocument) -> String {
    let (atts, sys, chars) = analysed(doc);
    let t = |f: &Option<Fragments>| f.as_ref().map_or(String::new(), |f| frag_text(&chars, f));
    let mut out = String::new();
    for g in &doc.attributions {
        let Some(cue) = &g.cue else { continue };
        let Some((s, a)) = sys.iter().zip(&atts).find(|(s, _)| s.cue.as_ref().is_some_and(|c| overlaps(c, cue))) else {
            continue;
        };
        let class = match (&g.source, &s.source) {
            (Some(x), Some(y)) if x == y => "same",
            (Some(x), Some(y)) if overlaps(x, y) => "bounds",
            (Some(_), Some(_)) => "other",
            (Some(_), None) => "missing",
            (None, Some(_)) => "extra",
            (None, None) => "same_none",
        };
        let span: Fragments = cue.iter().chain(g.source.iter().flatten()).copied().collect();
        let mut span = span;
        span.sort_unstable();
        out.push_str(&format!(
            "{class}\t{}\t{}\t{}\t{}\t{}\n",
            doc.name,
            t(&g.source),
            t(&s.source),
            a.rule,
            frag_context(&chars, &span)
        ));
    }
    for (s, a) in sys.iter().zip(&atts) {
        let (Some(cue), Some(_)) = (&s.cue, &s.source) else { continue };
        if doc.attributions.iter().any(|g| g.cue.as_ref().is_some_and(|c| overlaps(c, cue))) {
            continue;
        }
        out.push_str(&format!(
            "spurious_cue\t{}\t\t{}\t{}\t{}\n",
            doc.name,
            t(&s.source),
            a.rule,
            frag_context(&chars, cue)
        ));
    }
    out
}

/// Per-rule counts for `--rules`: attributions made, cue exactly a gold cue, cue overlapping one, content exactly a
/// gold content, whole attribution matched (cue, source and content all overlap one gold attribution).
#[derive(Clone, Copy, Debug, Default)]
pub struct RuleCounts {
    pub n: usize,
    pub cue_exact: usize,
    pub cue_overlap: usize,
    pub content_exact: usize,
    pub attribution: usize,
}

/// Adds one document's per-rule counts to `acc` (kept sorted by rule name).
/// With `by_cue`, the key is the rule and the cue's words in lower case ("indirect.relative\tpledged").
pub fn rule_counts(doc: &GoldDocument, acc: &mut Vec<(String, RuleCounts)>, by_cue: bool) {
    let chars: Vec<char> = doc.text.chars().collect();
    let analysis = analyze(&doc.text, &Options { publication_date: doc.publication_date });
    let sys = system_attributions(&analysis.attributions);
    let gold = &doc.attributions;
    for (s, a) in sys.iter().zip(&analysis.attributions) {
        let key = match (&s.cue, by_cue) {
            (Some(c), true) => format!("{}\t{}", a.rule, frag_text(&chars, c).to_lowercase()),
            _ => a.rule.clone(),
        };
        let i = match acc.binary_search_by(|(r, _)| r.as_str().cmp(key.as_str())) {
            Ok(i) => i,
            Err(i) => {
                acc.insert(i, (key, RuleCounts::default()));
                i
            }
        };
        let c = &mut acc[i].1;
        c.n += 1;
        let any = |f: &dyn Fn(&GoldAttribution) -> bool| gold.iter().any(|g| f(g));
        let ov = |x: &Option<Fragments>, y: &Option<Fragments>| match (x, y) {
            (Some(x), Some(y)) => overlaps(x, y),
            (None, None) => true,
            _ => false,
        };
        if s.cue.is_some() && any(&|g| g.cue == s.cue) {
            c.cue_exact += 1;
        }
        if s.cue.is_some() && any(&|g| ov(&g.cue, &s.cue)) {
            c.cue_overlap += 1;
        }
        if s.content.is_some() && any(&|g| g.content == s.content) {
            c.content_exact += 1;
        }
        if s.cue.is_some() && any(&|g| ov(&g.cue, &s.cue) && ov(&g.source, &s.source) && ov(&g.content, &s.content)) {
            c.attribution += 1;
        }
    }
}

pub fn report(total: &DocCounts, documents: usize) -> Report {
    let ks = |c: &[Counts; 3]| KindScores { cue: c[0].prf(), source: c[1].prf(), content: c[2].prf() };
    Report {
        exact: ks(&total.exact),
        overlap: ks(&total.overlap),
        attribution_f1: total.attribution.prf().f1,
        documents,
    }
}

/// Evaluates a whole split: the report and each document's counts.
pub fn evaluate_dir(gold_dir: &Path) -> Result<(Report, Vec<(String, DocCounts)>), CliError> {
    let docs = read_split(gold_dir)?;
    let mut total = DocCounts::default();
    let mut per_doc = Vec::new();
    for d in &docs {
        let c = evaluate_document(d);
        total.add(&c);
        per_doc.push((d.name.clone(), c));
    }
    Ok((report(&total, docs.len()), per_doc))
}

pub fn run(args: &[String]) -> Result<(), CliError> {
    let mut dir = None;
    let mut json = false;
    let mut errors = false;
    let mut missed = false;
    let mut content_missed = false;
    let mut source_errors = false;
    let mut rules = false;
    let mut by_cue = false;
    for a in args {
        match a.as_str() {
            "--json" => json = true,
            "--errors" => errors = true,
            "--missed" => missed = true,
            "--content-missed" => content_missed = true,
            "--source-errors" => source_errors = true,
            "--rules" => rules = true,
            "--rule-cues" => (rules, by_cue) = (true, true),
            s if s.starts_with("--") => return Err(CliError::usage(format!("unknown option {s}"))),
            s if dir.is_none() => dir = Some(s.to_string()),
            s => return Err(CliError::usage(format!("unexpected argument '{s}'"))),
        }
    }
    let dir = dir.ok_or_else(|| CliError::usage("eval attribution needs GOLD_DIR (with text/ and attributions/)"))?;
    if errors {
        for d in read_split(Path::new(&dir))? {
            print!("{}", error_dump(&d));
        }
        return Ok(());
    }
    if missed {
        for d in read_split(Path::new(&dir))? {
            print!("{}", missed_dump(&d));
        }
        return Ok(());
    }
    if source_errors {
        for d in read_split(Path::new(&dir))? {
            print!("{}", source_error_dump(&d));
        }
        return Ok(());
    }
    if content_missed {
        for d in read_split(Path::new(&dir))? {
            print!("{}", content_missed_dump(&d));
        }
        return Ok(());
    }
    if rules {
        let mut acc = Vec::new();
        for d in read_split(Path::new(&dir))? {
            rule_counts(&d, &mut acc, by_cue);
        }
        acc.sort_by(|a, b| b.1.n.cmp(&a.1.n).then_with(|| a.0.cmp(&b.0)));
        println!("rule\tn\tcue_exact\tcue_overlap\tcontent_exact\tattribution");
        let pc = |x: usize, n: usize| if n == 0 { 0.0 } else { x as f64 / n as f64 };
        for (r, c) in &acc {
            println!(
                "{r}\t{}\t{:.2}\t{:.2}\t{:.2}\t{:.2}",
                c.n,
                pc(c.cue_exact, c.n),
                pc(c.cue_overlap, c.n),
                pc(c.content_exact, c.n),
                pc(c.attribution, c.n)
            );
        }
        return Ok(());
    }
    let (rep, per_doc) = evaluate_dir(Path::new(&dir))?;
    if json {
        println!("{}", serde_json::to_string(&rep).map_err(|e| CliError::fail(e.to_string()))?);
        return Ok(());
    }
    println!(
        "document\tgold\tsystem\tcue_f1_exact\tsource_f1_exact\tcontent_f1_exact\tcontent_f1_overlap\tattribution_f1"
    );
    for (name, c) in &per_doc {
        println!(
            "{name}\t{}\t{}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{:.3}",
            c.attribution.gold,
            c.attribution.sys,
            c.exact[0].prf().f1,
            c.exact[1].prf().f1,
            c.exact[2].prf().f1,
            c.overlap[2].prf().f1,
            c.attribution.prf().f1
        );
    }
    println!();
    println!("{} documents", rep.documents);
    println!("            cue (P/R/F1)         source (P/R/F1)      content (P/R/F1)");
    for (label, k) in [("exact  ", &rep.exact), ("overlap", &rep.overlap)] {
        let f = |p: &Prf| format!("{:.3}/{:.3}/{:.3}", p.p, p.r, p.f1);
        println!("{label}     {}   {}   {}", f(&k.cue), f(&k.source), f(&k.content));
    }
    println!("attribution F1 (cue, source and content all overlap): {:.3}", rep.attribution_f1);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_exact_and_overlap() {
        let g = vec![GoldAttribution {
            cue: Some(vec![(5, 9)]),
            source: Some(vec![(0, 4)]),
            content: Some(vec![(10, 20)]),
        }];
        let s = vec![GoldAttribution {
            cue: Some(vec![(5, 9)]),
            source: Some(vec![(0, 3)]),
            content: Some(vec![(10, 19)]),
        }];
        let c = score_document(&s, &g);
        assert_eq!(c.exact[0].prf().f1, 1.0);
        assert_eq!(c.exact[1].prf().f1, 0.0);
        assert_eq!(c.overlap[1].prf().f1, 1.0);
        assert_eq!(c.attribution.prf().f1, 1.0);
        let none = score_document(&[], &g);
        assert_eq!(none.attribution.prf().f1, 0.0);
    }
}
