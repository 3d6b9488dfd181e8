//! `claimline eval anchoring GOLD_DIR [--json]`: are events placed at the right dates?
//!
//! For every gold EVENT that a TLINK with relType IS_INCLUDED, INCLUDES, DURING or SIMULTANEOUS ties to a TIMEX3
//! of type DATE or TIME (in the text, or the document's creation time), find the system event whose source span
//! contains the EVENT's word. Coverage is the share of such gold events that fall inside some dated system event;
//! accuracy is the share of the covered ones placed at the right date: the system's range (relation on or during)
//! lies within the gold value's range, i.e. the same value at the gold's precision. Gold values that are not
//! calendar dates (PAST_REF, XXXX-06) are left out of both counts. The analysis runs on the plain text of <TEXT>
//! with the <DCT> date, as in the temporal tagger's evaluation.

use super::timeml_io::{read_dir, TimemlDoc};
use super::CliError;
use crate::analysis::model::Relation;
use crate::analysis::timeval::{value_range, within};
use crate::analysis::{analyze, Analysis, Options};

const ANCHOR_RELATIONS: &[&str] = &["IS_INCLUDED", "INCLUDES", "DURING", "SIMULTANEOUS"];

#[derive(Default, Debug, Clone, Copy)]
pub struct Counts {
    pub links: usize,
    pub covered: usize,
    pub correct: usize,
    pub links_dct: usize,
    pub correct_dct: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.links += o.links;
        self.covered += o.covered;
        self.correct += o.correct;
        self.links_dct += o.links_dct;
        self.correct_dct += o.correct_dct;
    }
    pub fn coverage(&self) -> f64 {
        ratio(self.covered, self.links)
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.covered)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One scored link, for --errors.
pub struct Judged {
    pub event_text: String,
    pub gold_value: String,
    pub system: Option<String>,
    pub correct: bool,
    pub context: String,
}

/// Scores one document against its analysis.
pub fn score_document(doc: &TimemlDoc, analysis: &Analysis, judged: &mut Vec<Judged>) -> Counts {
    let mut c = Counts::default();
    let mut seen: Vec<&str> = Vec::new();
    // an event tied to a date in the text and to the creation time is judged against the date in the text
    let mut links: Vec<&super::timeml_io::Tlink> = doc.tlinks.iter().collect();
    links.sort_by_key(|l| {
        let t = l.related_to_time.as_deref().or(l.time_id.as_deref());
        t == doc.dct_tid.as_deref()
    });
    for l in links {
        if !ANCHOR_RELATIONS.contains(&l.rel_type.as_str()) {
            continue;
        }
        // one side an event instance, the other a time
        let (eiid, tid) = match (&l.event_instance, &l.time_id, &l.related_to_time, &l.related_to_event_instance) {
            (Some(e), None, Some(t), None) => (e, t),
            (None, Some(t), None, Some(e)) => (e, t),
            _ => continue,
        };
        let Some(eid) = doc.instances.iter().find(|(i, _)| i == eiid).map(|(_, e)| e.as_str()) else { continue };
        let Some(ev) = doc.events.iter().find(|e| e.eid == eid) else { continue };
        let is_dct = doc.dct_tid.as_deref() == Some(tid.as_str());
        let gold_value = if is_dct {
            match doc.dct {
                Some(d) => d.to_string(),
                None => continue,
            }
        } else {
            match doc.timexes.iter().find(|t| &t.tid == tid) {
                Some(t) if t.kind == "DATE" || t.kind == "TIME" => t.value.clone(),
                _ => continue,
            }
        };
        let Some(gold) = value_range(&gold_value, doc.dct) else { continue };
        if seen.contains(&eid) {
            continue; // an event linked to two dates counts once, at its first link
        }
        seen.push(eid);
        c.links += 1;
        if is_dct {
            c.links_dct += 1;
        }
        let sys = analysis.events.iter().find(|e| e.spans.iter().any(|s| s.start <= ev.start && ev.end <= s.end));
        let time = sys.and_then(|e| e.time.as_ref());
        let mut ok = false;
        if let Some(t) = time {
            c.covered += 1;
            ok = matches!(t.relation, Relation::On | Relation::During) && !t.open_start && within(&t.range, &gold);
            if ok {
                c.correct += 1;
                if is_dct {
                    c.correct_dct += 1;
                }
            }
        }
        let lo = doc.text.floor_char_boundary(ev.start.saturating_sub(60));
        let hi = doc.text.ceil_char_boundary((ev.end + 60).min(doc.text.len()));
        judged.push(Judged {
            event_text: doc.text.get(ev.start..ev.end).unwrap_or("").to_string(),
            gold_value: if is_dct { format!("{gold_value} (DCT)") } else { gold_value },
            system: time.map(|t| {
                let inside: Vec<&str> = sys
                    .map(|e| analysis.timexes.iter().filter(|x| e.spans.iter().any(|s| s.contains(&x.span))).map(|x| x.value.as_str()).collect())
                    .unwrap_or_default();
                format!("{} {:?} [{}] clause dates {:?}", t.value, t.relation, sys.map(|e| e.rule.as_str()).unwrap_or(""), inside)
            }),
            correct: ok,
            context: doc.text.get(lo..hi).unwrap_or("").replace('\n', " "),
        });
    }
    c
}

pub fn run(args: &[String]) -> Result<(), CliError> {
    let mut dir = None;
    let (mut json, mut errors) = (false, false);
    for a in args {
        match a.as_str() {
            "--json" => json = true,
            "--errors" => errors = true,
            s if s.starts_with("--") => return Err(CliError::usage(format!("unknown option {s}"))),
            s if dir.is_none() => dir = Some(s.to_string()),
            s => return Err(CliError::usage(format!("unexpected argument '{s}'"))),
        }
    }
    let dir = dir.ok_or_else(|| CliError::usage("eval anchoring needs GOLD_DIR"))?;
    let docs = read_dir(std::path::Path::new(&dir)).map_err(CliError::fail)?;
    if docs.is_empty() {
        return Err(CliError::fail(format!("no .tml files in {dir}")));
    }
    let mut total = Counts::default();
    let mut rows = Vec::new();
    let mut judged_all = Vec::new();
    for d in &docs {
        let a = analyze(&d.text, &Options { publication_date: d.dct });
        let mut judged = Vec::new();
        let c = score_document(d, &a, &mut judged);
        total.add(&c);
        rows.push((d.name.clone(), c));
        judged_all.extend(judged.into_iter().map(|j| (d.name.clone(), j)));
    }
    if json {
        println!(
            "{}",
            serde_json::json!({"coverage": total.coverage(), "accuracy": total.accuracy(), "links": total.links, "documents": docs.len()})
        );
        return Ok(());
    }
    println!("{:<40} {:>6} {:>9} {:>9}", "document", "links", "coverage", "accuracy");
    for (name, c) in &rows {
        println!("{:<40} {:>6} {:>9.3} {:>9.3}", name, c.links, c.coverage(), c.accuracy());
    }
    println!(
        "\nall: {} documents, {} links ({} to the creation time): coverage {:.3}, accuracy {:.3} (creation-time links correct: {})",
        docs.len(),
        total.links,
        total.links_dct,
        total.coverage(),
        total.accuracy(),
        total.correct_dct
    );
    if errors {
        println!("\nerrors:");
        for (name, j) in judged_all.iter().filter(|(_, j)| !j.correct) {
            println!(
                "{name}: '{}' gold {} system {} | {}",
                j.event_text,
                j.gold_value,
                j.system.as_deref().unwrap_or("undated/none"),
                j.context
            );
        }
    }
    Ok(())
}
