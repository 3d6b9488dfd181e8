//! `claimline eval anchoring GOLD_DIR [--json] [--errors] [--classify] [--links]`: are events placed at the right dates?
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
    /// Why it is wrong (or "correct"): see `classify`.
    pub category: &'static str,
    /// Where the gold date stands relative to the event (see `gold_place`), for --links.
    pub place: String,
    /// The gold EVENT's TimeML class (OCCURRENCE, REPORTING, STATE...).
    pub gold_class: String,
    /// Whether the gold EVENT's word is the system event's trigger (its verb), for --links.
    pub at_trigger: bool,
    /// Whether the gold EVENT's word reads as a noun (see `gold_word_nominal`), for the causes of --classify.
    pub nominal: bool,
}

/// Words before a noun: a gold event word after one of them is a nominal event ("after the attack", "its loss").
const BEFORE_NOUN: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "'s", "’s", "of", "for",
    "after", "before", "since", "during", "in", "on", "at", "by", "with", "from", "amid", "following", "new",
];

/// Is the gold event word a noun? The gold says so where it can: its MAKEINSTANCE's `pos` ("NOUN", or "VERB",
/// "ADJECTIVE", "PREPOSITION", "OTHER": "worth", "due", "to rejoin" are no nouns), and a finite or infinitive `tense`
/// where `pos` is "UNKNOWN" (AQUAINT's finite verbs). Without either, the word's shape decides: after a determiner,
/// possessive or preposition, or no verb form at all (an approximation for sorting errors by cause, not a tagger).
fn gold_word_nominal(text: &str, start: usize, end: usize, gold: Option<(&str, &str)>) -> bool {
    match gold {
        Some(("NOUN", _)) => return true,
        Some(("VERB" | "ADJECTIVE" | "PREPOSITION" | "OTHER", _)) => return false,
        Some((_, tense)) if !tense.is_empty() && tense != "NONE" => return false,
        _ => {}
    }
    let word = text.get(start..end).unwrap_or("").to_lowercase();
    let before = text.get(..start).unwrap_or("");
    let prev = before.trim_end().rsplit(|c: char| c.is_whitespace() || c == '"' || c == '`').next().unwrap_or("").to_lowercase();
    let prev = if prev.ends_with("'s") || prev.ends_with("’s") { "'s".to_string() } else { prev };
    BEFORE_NOUN.contains(&prev.as_str()) && !word.ends_with("ed") || crate::analysis::lexicon::verb_form_lower(&word).is_none()
}

/// The causes of wrong placements named by issue 4, for `--classify` (an automatic sorting of the categories of
/// `classify` with the dating rule, the gold word and the gold date's place; a sample read by hand checks it):
/// | cause                      | what went wrong                                                                     |
/// |----------------------------|-------------------------------------------------------------------------------------|
/// | `tagger`                   | the date that governs was found, its value is wrong (the tagger's)                  |
/// | `relation`                 | placed before/after/since/until or expected after the DCT, gold "on" a date         |
/// | `nominal`                  | the gold word is a noun (gold pos) inside the clause ("after the attack on Monday") |
/// | `reported`                 | a report or what it reports: placed at the report's time or the DCT, gold otherwise |
/// | `other_clause`             | the clause took a date that belongs to another clause of its sentence, or the reverse |
/// | `same_clause`              | another date of the same clause                                                     |
/// | `dct_for_text`             | the DCT taken where a date of the text governs                                      |
/// | `text_for_dct`             | a date of the text taken where the DCT governs                                      |
/// | `narrative_too_far`        | the narrative's date carried into a clause that it does not date                    |
/// | `narrative_not_far_enough` | the narrative's date not carried (DCT taken instead)                                |
/// | `later`                    | the gold date stands after the event's sentence                                     |
/// | `precision`                | the right date at a coarser precision                                               |
fn cause(j: &Judged) -> &'static str {
    let rule = j.system.as_deref().and_then(|s| s.split('[').nth(1)).and_then(|s| s.split(']').next()).unwrap_or("-");
    let narrative = matches!(rule, "time.narrative" | "time.narrative_next_paragraph" | "time.narrative_expected");
    let reported = matches!(rule, "time.dct_reporting" | "time.reported_at_report" | "time.speech_in_narrative" | "time.reported_before");
    match j.category {
        "tagger.value" => "tagger",
        "precision.coarser" => "precision",
        c if c.starts_with("bound.") => "relation",
        c if c.starts_with("coverage.") => "coverage",
        _ if j.nominal && !j.at_trigger => "nominal",
        _ if reported && (j.gold_class == "REPORTING" || rule != "time.dct_reporting") => "reported",
        "dct.took_narrative" => "narrative_too_far",
        "dct.took_timex" if narrative => "narrative_too_far",
        "dct.took_timex" if rule == "time.in_clause" => "text_for_dct",
        "dct.took_timex" => "other_clause",
        "text.same_clause_other" => "same_clause",
        "text.other_clause" => "other_clause",
        "text.sentence_dct" => "dct_for_text",
        "text.narrative_dct" => "narrative_not_far_enough",
        "text.narrative_other" if narrative => "narrative_too_far",
        "text.narrative_other" => "narrative_not_far_enough",
        "text.later" => "later",
        _ => "other",
    }
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
        // the most specific system event that contains the word: the narrowest span ("the August 1988 cease-fire"
        // inside the clause that mentions it)
        let sys = analysis
            .events
            .iter()
            .filter_map(|e| e.spans.iter().filter(|s| s.start <= ev.start && ev.end <= s.end).map(|s| s.end - s.start).min().map(|w| (w, e)))
            .min_by_key(|(w, _)| *w)
            .map(|(_, e)| e);
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
        let gold_span = if is_dct { None } else { doc.timexes.iter().find(|t| &t.tid == tid).map(|t| (t.start, t.end)) };
        let category = if ok { "correct" } else { classify(analysis, sys, (ev.start, ev.end), gold_span, &gold) };
        let gold_pos = doc.instance_pos.iter().find(|(i, _, _)| i == eiid).map(|(_, p, t)| (p.as_str(), t.as_str()));
        let nominal = gold_word_nominal(&doc.text, ev.start, ev.end, gold_pos);
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
            category,
            place: gold_place(analysis, sys, ev.start, gold_span),
            gold_class: ev.class.clone(),
            at_trigger: sys.is_some_and(|e| e.trigger.span.start <= ev.start && ev.start < e.trigger.span.end.max(e.trigger.span.start + 1)),
            nominal,
        });
    }
    c
}

/// The kinds of error, by what went wrong, for `--classify` (in the order they are tested):
/// | category                  | the system's placement                                                        |
/// |---------------------------|-------------------------------------------------------------------------------|
/// | `coverage.no_event`       | the gold event word is in no system event                                     |
/// | `coverage.undated`        | it is in a system event with no time                                          |
/// | `bound.<rule>`            | placed before/after/since/until (or an open-started span), not on a date      |
/// | `precision.coarser`       | the right date at a coarser precision (system month, gold day)                |
/// | `tagger.value`            | dated by the gold's own time expression, resolved to another value            |
/// | `dct.took_timex`          | gold: the creation time; the system took a date in the text                   |
/// | `dct.took_narrative`      | gold: the creation time; the system inherited an earlier sentence's date      |
/// | `text.same_clause_other`  | gold date in the event's clause; the system took another date there           |
/// | `text.other_clause`       | gold date in another clause of the sentence; the system took one of its own   |
/// | `text.sentence_dct`       | gold date in the sentence (another clause); the system fell back to the DCT   |
/// | `text.narrative_dct`      | gold date in an earlier sentence; the system used the creation time           |
/// | `text.narrative_other`    | gold date in an earlier sentence; the system took another date                |
/// | `text.later`              | gold date after the event's sentence                                          |
/// | `other`                   | none of the above                                                             |
fn classify(a: &Analysis, sys: Option<&crate::analysis::Event>, ev: (usize, usize), gold_span: Option<(usize, usize)>, gold: &crate::analysis::model::DateRange) -> &'static str {
    let Some(e) = sys else { return "coverage.no_event" };
    let Some(t) = e.time.as_ref() else { return "coverage.undated" };
    if !matches!(t.relation, Relation::On | Relation::During) || t.open_start {
        return match e.rule.as_str() {
            "time.in_clause" => "bound.in_clause",
            "time.reported_before" => "bound.reported_before",
            "time.expected" => "bound.expected",
            "time.duration_perfect" | "time.repeated_perfect" => "bound.duration",
            "time.host_clause" => "bound.host_clause",
            "time.narrative" | "time.narrative_next_paragraph" => "bound.narrative",
            "nominal.evaluated_before" => "bound.nominal",
            _ => "bound.other",
        };
    }
    if gold.start <= t.range.start && t.range.start < gold.end && t.range.precision < gold.precision {
        return "precision.coarser";
    }
    let sys_timex = t.timex.as_deref().and_then(|id| a.timexes.iter().find(|x| x.id == id));
    let sentence_of = |pos: usize| a.sentences.iter().position(|s| s.span.start <= pos && pos < s.span.end.max(s.span.start + 1));
    let ev_sentence = sentence_of(ev.0);
    let from_dct = sys_timex.is_none() && !matches!(e.rule.as_str(), "time.narrative" | "time.narrative_next_paragraph" | "time.host_clause" | "time.when_clause");
    match gold_span {
        None => {
            if sys_timex.is_some() {
                "dct.took_timex"
            } else if matches!(e.rule.as_str(), "time.narrative" | "time.narrative_next_paragraph" | "time.host_clause") {
                "dct.took_narrative"
            } else {
                "other"
            }
        }
        Some((gs, ge)) => {
            if let Some(x) = sys_timex {
                if x.span.start < ge && gs < x.span.end {
                    return "tagger.value";
                }
            }
            let in_event = e.spans.iter().any(|s| s.start <= gs && ge <= s.end);
            let gold_sentence = sentence_of(gs);
            if in_event && sys_timex.is_some() {
                "text.same_clause_other"
            } else if gold_sentence == ev_sentence {
                if from_dct { "text.sentence_dct" } else { "text.other_clause" }
            } else if gold_sentence < ev_sentence {
                if from_dct { "text.narrative_dct" } else { "text.narrative_other" }
            } else if gold_sentence > ev_sentence {
                "text.later"
            } else {
                "other"
            }
        }
    }
}

/// Where the gold date is, seen from the event: `dct`, `clause` (inside the system event's span), `sentence`,
/// `before:N` (N sentences earlier), `after:N`, for --links.
fn gold_place(a: &Analysis, sys: Option<&crate::analysis::Event>, ev_start: usize, gold_span: Option<(usize, usize)>) -> String {
    let Some((gs, ge)) = gold_span else { return "dct".into() };
    if sys.is_some_and(|e| e.spans.iter().any(|s| s.start <= gs && ge <= s.end)) {
        return "clause".into();
    }
    let sentence_of = |pos: usize| a.sentences.partition_point(|s| s.span.start <= pos).saturating_sub(1);
    let (g, e) = (sentence_of(gs), sentence_of(ev_start));
    match g.cmp(&e) {
        std::cmp::Ordering::Equal => "sentence".into(),
        std::cmp::Ordering::Less => format!("before:{}", e - g),
        std::cmp::Ordering::Greater => format!("after:{}", g - e),
    }
}

pub fn run(args: &[String]) -> Result<(), CliError> {
    let mut dir = None;
    let (mut json, mut errors, mut classify, mut links) = (false, false, false, false);
    for a in args {
        match a.as_str() {
            "--json" => json = true,
            "--errors" => errors = true,
            "--classify" => classify = true,
            "--links" => links = true,
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
    if classify {
        let mut by: std::collections::BTreeMap<(&str, &str), usize> = std::collections::BTreeMap::new();
        for (_, j) in judged_all.iter().filter(|(_, j)| !j.correct) {
            let rule = j.system.as_deref().and_then(|s| s.split('[').nth(1)).and_then(|s| s.split(']').next()).unwrap_or("-");
            *by.entry((j.category, rule)).or_default() += 1;
        }
        let mut cats: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for ((c, _), n) in &by {
            *cats.entry(c).or_default() += n;
        }
        let mut causes: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for (_, j) in judged_all.iter().filter(|(_, j)| !j.correct && !j.category.starts_with("coverage.")) {
            *causes.entry(cause(j)).or_default() += 1;
        }
        let mut causes: Vec<_> = causes.into_iter().collect();
        causes.sort_by_key(|(c, n)| (std::cmp::Reverse(*n), *c));
        println!("\nwrong placements by cause:");
        for (c, n) in causes {
            println!("{n:>5}  {c}");
        }
        let mut cats: Vec<_> = cats.into_iter().collect();
        cats.sort_by_key(|(c, n)| (std::cmp::Reverse(*n), *c));
        println!("\nerrors by category (system rule: count):");
        for (c, n) in cats {
            let rules: Vec<String> = by.iter().filter(|((k, _), _)| *k == c).map(|((_, r), m)| format!("{r}: {m}")).collect();
            println!("{n:>5}  {c:<24} {}", rules.join(", "));
        }
        // the accuracy of each rule over the covered links it placed (a score, not a list of errors)
        let mut per_rule: std::collections::BTreeMap<&str, (usize, usize)> = std::collections::BTreeMap::new();
        for (_, j) in &judged_all {
            if let Some(rule) = j.system.as_deref().and_then(|s| s.split('[').nth(1)).and_then(|s| s.split(']').next()) {
                let e = per_rule.entry(rule).or_default();
                e.0 += usize::from(j.correct);
                e.1 += 1;
            }
        }
        println!("\naccuracy by rule (correct / placed):");
        for (r, (ok, n)) in per_rule {
            println!("{:>5} / {:<5} {:.3}  {r}", ok, n, ratio(ok, n));
        }
        // the same, split by where the gold word is (the event's verb or another word of its span) and by the
        // gold event's TimeML class: scores, readable for any part of the corpus
        let mut per_word: std::collections::BTreeMap<(String, &str, &str), (usize, usize)> = std::collections::BTreeMap::new();
        for (_, j) in &judged_all {
            if let Some(rule) = j.system.as_deref().and_then(|s| s.split('[').nth(1)).and_then(|s| s.split(']').next()) {
                let e = per_word.entry((rule.to_string(), if j.at_trigger { "verb" } else { "other" }, j.gold_class.as_str())).or_default();
                e.0 += usize::from(j.correct);
                e.1 += 1;
            }
        }
        println!("\naccuracy by rule, gold word (the event's verb or another word) and gold class:");
        for ((r, w, k), (ok, n)) in per_word {
            println!("{:>5} / {:<5} {:.3}  {r} {w} {k}", ok, n, ratio(ok, n));
        }
    }
    if links {
        // every scored link, tab-separated: for studying the gold's conventions (develop on TimeBank only); the last
        // column is the system's placement (value, relation, rule, the clause's dates)
        println!("\nlinks:");
        for (name, j) in &judged_all {
            let rule = j.system.as_deref().and_then(|s| s.split('[').nth(1)).and_then(|s| s.split(']').next()).unwrap_or("-");
            println!("{name}\t{}\t{}\t{}\t{}\t{rule}\t{}\t{}\t{}\t{}\t{}", u8::from(j.correct), j.place, j.gold_class, j.event_text, j.gold_value, j.category, if j.at_trigger { "verb" } else { "other" }, j.context, j.system.as_deref().unwrap_or("-"));
        }
    }
    if errors {
        println!("\nerrors:");
        for (name, j) in judged_all.iter().filter(|(_, j)| !j.correct) {
            println!(
                "{name}: {} ({}) '{}' gold {} system {} | {}",
                j.category,
                cause(j),
                j.event_text,
                j.gold_value,
                j.system.as_deref().unwrap_or("undated/none"),
                j.context
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::gold_word_nominal;

    #[test]
    fn the_gold_part_of_speech_decides_what_is_nominal() {
        let text = "The bonds, worth $5 million in May, were sold after the sale to rejoin it.";
        let at = |w: &str| {
            let s = text.find(w).unwrap_or(0);
            (s, s + w.len())
        };
        let (s, e) = at("worth");
        assert!(!gold_word_nominal(text, s, e, Some(("ADJECTIVE", "NONE"))));
        let (s, e) = at("sale");
        assert!(gold_word_nominal(text, s, e, Some(("NOUN", "NONE"))));
        assert!(gold_word_nominal(text, s, e, None), "without the gold, a word after a determiner is a noun");
        let (s, e) = at("sold");
        assert!(!gold_word_nominal(text, s, e, Some(("UNKNOWN", "PAST"))), "AQUAINT's finite verbs");
    }
}
