//! Events: clauses that state that something happened, is happening or is expected, placed in time.
//!
//! Each clause with a verb (see `clauses`) is a candidate. Clauses inside direct quotations are the speaker's
//! claims, not timeline facts, and are skipped; so are bare states ("X is the biggest") and reporting clauses
//! whose content is a quotation (the quotation is the claim).
//!
//! Dating, first rule that applies (the name travels in `Event::rule`):
//! | rule                    | when                                                                 | time                         |
//! |-------------------------|----------------------------------------------------------------------|------------------------------|
//! | `time.in_clause`        | a DATE/TIME expression stands in the clause                          | its range; relation from the preposition before it (before/after/since/until/by) or its mod |
//! | `time.present_in_period` | a present-tense clause dated by a period that contains the publication date ("drawings released this month show") | during the publication date (the period stays in force for the narrative) |
//! | `time.not_until`        | a negated clause bounded by "until" ("won't reopen until May")       | that date (expected or done, not negated) |
//! | `time.duration_perfect` | a duration ("for years") with a perfect verb; with a present verb    | until the publication date, open start; during it |
//! | `time.so_far`           | "so far", "to date", "until now", "thus far" in the clause           | during the publication date (ongoing) |
//! | `time.repeated_perfect` | "repeatedly", "long", "often" with a perfect verb                    | until the publication date, open start |
//! | `time.expectation_state`| the cue of an expectation ("is expected", "plans"; present passive "are supposed to", "is scheduled for": `clause.expectation_cue`; a reduced "a move expected to": `boundary.reduced_expectation`) split from what is expected; a subject naming a happening ("Construction is set to begin") stays with what is expected (`time.expected_subject`) | during the publication date |
//! | `time.expectation_state_dated` | the same cue in the past tense, in a clause dated before the publication date ("Last April, they planned to buy") | that date |
//! | `time.expected`         | an expected, planned or future event with no date                    | after the publication date   |
//! | `time.narrative_expected` | the same, in the sentence after one dated after the publication date ("The summit opens on Friday. Leaders will discuss trade.") | that date |
//! | `time.when_clause`      | a "when" clause right after a date ("in 1998, when ...")               | that date                    |
//! | `time.relative_antecedent` | a past relative clause ("who", "which", "that") opening a few words after a date of the clause before it, no verb between ("a court order in 1992 against protesters who had blocked a clinic") | that date |
//! | `time.host_clause`      | a subordinate clause ("which", "as", "where", "in which") in a sentence whose other clause is dated | the host clause's time |
//! | `time.reported_at_report` | a past-tense clause reported by "say", "tell" or "add", with no date ("Police said the suspect fled") | the time of its report (TimeML: the day's report tells the day's news) |
//! | `time.reported_before`  | the same with another verb of reporting, or a report with no time "on" a day, or a past perfect | before the publication date |
//! | `time.narrative`        | a past-tense clause in the sentence right after a dated one (same paragraph) | the last date in force |
//! | `time.complement`       | the complement of a present-tense verb that looks ahead ("expect the trend to continue into the fourth quarter"), or of a present-perfect verb with a later date after it ("has invited them to a summit on May 2") | the date in it (the verb itself: the publication date); that date is in force for the next sentence |
//! | `time.narrative_next_paragraph` | the same, when the dated sentence ends the paragraph before | that date |
//! | `time.speech_in_narrative` | a sentence opening with a verb of speech ("He said ...", "The army told ...") right after a sentence dated by a date in the text | that date (said on the occasion the narrative tells) |
//! |                         | (not a negated verb of speech: "Police did not say ...", `narrative.negated_speech`) | |
//! |                         | (neither narrative rule past a sentence that turns to another matter: "Separately, ...", "Meanwhile, ...": `narrative.break`) | |
//! |                         | (neither when the clause names a time of its own that dates nothing: a duration, "this season": `narrative.own_time`) | |
//! | `time.dct_reporting`    | a reporting verb, a present-perfect clause                           | the publication date         |
//! | `time.dct_present`      | a present-tense clause, or one with "can" ("You can get discounts")  | during the publication date  |
//! | `time.negated_past`     | a negated past-tense clause with no date ("Terms weren't disclosed"), not a state nor a quotation | the publication date (not done as of it) |
//! | `time.fronted_date`     | after the clause's verb, a date right after a comma, then a subject pronoun and a verb ("..., and the following year he was appointed") | that date (the words from the date on: an event of its own) |
//! | `nominal.noun_then_date` | a noun naming a happening followed by a date that does not date the clause's verb ("the talks in February", "his visit to Paris last week") | that date (an event of its own) |
//! | `nominal.gerund_then_date` | a gerund right after a preposition, a date a few words after it that does not date the clause's verb ("accused of blowing up a jet in 1988", "After touring the capital Thursday") | that date (an event of its own) |
//! | `nominal.bound_possessive` | a date in the possessive after "before"/"after" that bounds the verb ("before next week's talks"): the noun | that date |
//! | `nominal.retold`        | a definite noun of a kind of happening ("the slaying") after a happening of that kind placed on a day earlier in the text ("was shot on Friday night"), in a clause with no date of its own | that day (an event of its own) |
//! | `nominal.period_end`    | "the quarter ended Sept. 30": the end of a named period (`govern.period_end` keeps the date from the clause's verb) | that date |
//! | `time.headline`         | the first paragraph, in the present tense (a headline)               | the publication date         |
//! | `undated`               | none of the above                                                    | listed apart                 |
//!
//! A date does not date its clause's verb when a rule of `NOT_GOVERNING` says so (a past date in a present-tense
//! clause; a date that modifies the object noun); a date that modifies a noun names a happening of its own
//! (`nominal.dated_noun`: "his Aug. 2 power-grab").
//!
//! Mentions of one event (same verb or a shared object noun, an actor in common, compatible times) merge
//! into one event with several spans (`merge.same_happening`).

use super::clauses::{clauses, Clause, Tense};
use super::date::{Date, MONTH_NAMES};
use super::document::{Document, TokenKind};
use super::model::*;

/// Words after which a date is a bound rather than the event's time.
const RELATION_PREPOSITIONS: &[(&str, Relation)] = &[
    ("before", Relation::Before),
    ("by", Relation::Before),
    ("after", Relation::After),
    ("since", Relation::Since),
    ("until", Relation::Until),
    ("till", Relation::Until),
    ("through", Relation::During),
    ("throughout", Relation::During),
];

/// Verbs of speech that, opening the sentence after a dated one, speak on the occasion it tells
/// (`time.speech_in_narrative`): "On Sunday, rebels attacked the town. The army said ...".
const NARRATIVE_SPEECH_VERBS: &[&str] = &["say", "tell", "add"];

/// Words opening a sentence that turn to another matter: the narrative's date does not carry past them
/// (`narrative.break`): "Separately, the company said ...".
const NARRATIVE_BREAKS: &[&[&str]] = &[&["separately"], &["meanwhile"], &["elsewhere"], &["in", "other", "news"], &["in", "other", "developments"], &["in", "a", "separate"], &["on", "another", "front"]];

/// Where a time in force is kept: a clause's own time (`own[i]`) or an event already made (`events[k]`), so that it
/// is copied only when a later clause takes it.
#[derive(Clone, Copy)]
enum TimeAt {
    Own(usize),
    Event(usize),
}

/// The time `at` refers to.
fn time_at<'e>(
    at: Option<TimeAt>,
    own: &'e [Option<EventTime>],
    events: &'e [(Event, usize, Option<usize>)],
) -> Option<&'e EventTime> {
    match at? {
        TimeAt::Own(i) => own.get(i)?.as_ref(),
        TimeAt::Event(k) => events.get(k)?.0.time.as_ref(),
    }
}

/// The last time in force with its paragraph and sentence, read where it is kept.
fn in_force<'e>(
    last: &'e Option<(TimeAt, usize, usize)>,
    own: &'e [Option<EventTime>],
    events: &'e [(Event, usize, Option<usize>)],
) -> Option<(&'e EventTime, &'e usize, &'e usize)> {
    let (at, p, s) = last.as_ref()?;
    Some((time_at(Some(*at), own, events)?, p, s))
}

/// Where any of the phrases `ps` stands in the text (lower case, words in a row): each hit's token range, in text
/// order. Read once per document so that a clause's test ("does it hold one of the phrases?") is a binary search,
/// not a scan of its tokens for every phrase (`clause_has_any`).
fn phrase_hits(doc: &Document<'_>, ps: &[&[&str]]) -> Vec<(usize, usize)> {
    // the phrases' first words (length, first and last byte) turn most tokens away before any comparison
    let first = super::lexicon::WordFilter::new(ps.iter().filter_map(|p| p.first().copied()));
    let n = doc.tokens.len();
    let mut hits = Vec::new();
    for s in 0..n {
        let w = doc.lower(s);
        if !first.may_contain(w) {
            continue;
        }
        for p in ps {
            if p.first() == Some(&w)
                && s + p.len() <= n
                && p.iter().enumerate().skip(1).all(|(j, x)| doc.lower(s + j) == *x)
            {
                hits.push((s, s + p.len()));
            }
        }
    }
    hits
}

/// Does the clause hold one of the phrases whose hits are `hits` (`phrase_hits`), wholly inside its tokens?
fn clause_has_any(hits: &[(usize, usize)], c: &Clause) -> bool {
    let at = hits.partition_point(|h| h.0 < c.tok_start);
    hits.get(at..).unwrap_or(&[]).iter().take_while(|h| h.0 < c.tok_end).any(|h| h.1 <= c.tok_end)
}

/// Does the clause's sentence open with a word that turns to another matter (`NARRATIVE_BREAKS`)?
fn narrative_break(doc: &Document<'_>, c: &Clause) -> bool {
    let Some(s) = doc.sentences.get(c.sentence) else { return false };
    NARRATIVE_BREAKS.iter().any(|m| m.iter().enumerate().all(|(j, w)| s.tok_start + j < s.tok_end && doc.lower(s.tok_start + j) == *w))
}

/// Verbs of plain speech: the saying is not itself a timeline event unless dated.
const SPEECH_VERBS: &[&str] = &["say", "add", "tell", "suggest", "note", "write", "state", "explain", "reply", "comment", "tweet", "post"];

const SO_FAR_PHRASES: &[&[&str]] = &[&["so", "far"], &["to", "date"], &["until", "now"], &["thus", "far"], &["up", "to", "now"], &["as", "yet"]];
const REPEATED_ADVERBS: &[&str] = &["repeatedly", "long", "often", "frequently", "consistently", "always", "continually", "regularly"];

/// Words that carry no content for merging and titles.
const STOP_NOUNS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "that", "which",
    "his", "her", "its", "their", "this", "these", "those", "he", "she", "it", "they", "we", "is", "was", "are", "were",
    "has", "have", "had", "be", "been", "will", "would", "as", "who", "where", "when", "into", "than", "more", "all",
    "not", "no", "new", "other", "said", "says", "say",
];

/// Prepositions and conjunctions before which a long title may be cut.
const TITLE_CUTS: &[&str] = &[
    "on", "in", "at", "with", "for", "because", "toward", "towards", "as", "while", "after", "before", "since", "over",
    "amid", "despite", "during", "through", "under", "via", "by", "from", "into", "within", "including",
];

const MAX_TITLE_WORDS_AFTER_VERB: usize = 8;

pub fn build(doc: &Document<'_>, dct: Option<Date>, timexes: &[Timex], actors: &[Actor], attributions: &[Attribution]) -> Vec<Event> {
    let cls = clauses(doc);
    let mut quoted: Vec<Span> = attributions
        .iter()
        .filter(|a| a.kind == QuoteKind::Direct)
        .flat_map(|a| a.contents.iter().map(|c| c.span))
        .collect();
    crate::sort::sort_by_key(&mut quoted, |q| q.start);
    // the quotations that could touch a byte range (quotations do not nest deeply: a small window suffices)
    let quotes_near = |start: usize, end: usize| -> &[Span] {
        let lo = quoted.partition_point(|q| q.start < start).saturating_sub(4);
        let hi = quoted.partition_point(|q| q.start <= end + 3);
        quoted.get(lo..hi.max(lo)).unwrap_or(&[])
    };
    let mut cue_spans: Vec<Span> = attributions.iter().filter_map(|a| a.cue.as_ref().map(|c| c.span)).collect();
    crate::sort::sort_by_key(&mut cue_spans, |s| s.start);
    let mentions = mention_index(actors);
    let timex_by_id = timex_index(timexes);
    let mut events: Vec<(Event, usize, Option<usize>)> = Vec::new(); // event, clause index, subject actor
    // the last dated clause time, per sentence and per paragraph, for inheritance
    // first pass: each clause's own time
    let own: Vec<Option<EventTime>> = cls.iter().map(|c| time_in_clause(doc, c, dct, timexes)).collect();
    // the time of the nearest dated clause before (or else after) a clause in its sentence
    let host_time = |ci: usize| -> Option<EventTime> {
        let s = cls[ci].sentence;
        (0..ci).rev().take_while(|&j| cls[j].sentence == s).find_map(|j| own[j].clone()).or_else(|| {
            (ci + 1..cls.len()).take_while(|&j| cls[j].sentence == s).find_map(|j| own[j].clone())
        })
    };
    let mut last_in_paragraph: Option<(TimeAt, usize, usize)> = None; // time, paragraph, sentence
    // the time each clause's main event was given (the event's index), for the clauses reported by it
    let mut placed: Vec<Option<usize>> = vec![None; cls.len()];
    // where "so far", "to date", ... stand (rule `time.so_far`), found once for the text
    let so_far_hits = if dct.is_some() { phrase_hits(doc, SO_FAR_PHRASES) } else { Vec::new() };
    // the words of each title, one buffer for all
    let mut title_words: Vec<(usize, std::borrow::Cow<'_, str>)> = Vec::new();
    for (ci, c) in cls.iter().enumerate() {
        let Some(head) = c.head else { continue };
        // What kind of event: a happening, a report of speech, a state, or the speaker's own words inside a
        // quotation. All are placed in time; the timeline shows happenings first and lets the reader show the rest.
        let head_pos = doc.tokens[head].start;
        let (ps, pe) = doc.paragraphs.get(c.paragraph).copied().unwrap_or((0, 0));
        let next_to_quote = |q: &Span| q.start >= ps && q.end <= pe && ((q.end <= c.start + 3 && c.start <= q.end + 3) || (q.start >= c.end && q.start <= c.end + 3));
        let speech = matches!(c.lemma.as_deref(), Some(l) if SPEECH_VERBS.contains(&l));
        let has_complement = cls.get(ci + 1).is_some_and(|n| n.sentence == c.sentence && matches!(n.boundary, "boundary.reported_clause" | "boundary.subordinator") && n.opener.as_deref().is_none_or(|o| o == "that"));
        let quoted_words_follow = {
            let i = cue_spans.partition_point(|s| s.start < c.start);
            cue_spans.get(i..).unwrap_or(&[]).iter().take_while(|s| s.start < c.end).any(|s| s.end <= c.end)
        };
        let near = quotes_near(c.start, c.end);
        let class = if near.iter().any(|q| q.start <= head_pos && head_pos < q.end) {
            EventClass::Quoted
        } else if (c.reporting && c.tok_end - c.tok_start <= 6 && near.iter().any(next_to_quote)) || (speech && (has_complement || quoted_words_follow)) || c.lemma.as_deref() == Some("accord") {
            EventClass::Reporting
        } else if c.copular || (matches!(c.tense, Tense::Present) && !c.reporting && !c.expected && c.paragraph > 0) {
            EventClass::State
        } else {
            EventClass::Occurrence
        };
        // "would" in reported speech is the future of the past: "said his client would appeal"
        let reported_would = c.modal.as_deref() == Some("would")
            && c.opener.as_deref().is_none_or(|o| o == "that")
            && matches!(c.boundary, "boundary.reported_clause" | "boundary.subordinator")
            && (0..ci).rev().take_while(|&j| cls[j].sentence == c.sentence).find(|&j| cls[j].head.is_some()).is_some_and(|h| cls[h].reporting);
        let status = if reported_would && !c.negated {
            EventStatus::Expected
        } else if c.hypothetical {
            EventStatus::Hypothetical
        } else if c.negated {
            EventStatus::Negated
        } else if c.expected {
            EventStatus::Expected
        } else if (matches!(c.tense, Tense::Present | Tense::PresentProgressive) || c.modal.as_deref() == Some("can")) && !c.reporting {
            EventStatus::Ongoing
        } else {
            EventStatus::Happened
        };
        let perfect = matches!(c.tense, Tense::PresentPerfect);
        let mut rule = "undated";
        let mut why = String::new();
        let mut time = None;
        let mut headline_status = false;
        let mut so_far = false;
        if let Some(t) = &own[ci] {
            time = Some(t.clone());
            rule = if t.open_start && t.timex.is_some() && t.relation == Relation::Until { "time.duration_perfect" } else { "time.in_clause" };
            why = concat(&["dated by \"", timex_text(&timex_by_id, t.timex.as_deref()), "\" in its clause"]);
            // "drawings released this month show", "machine makers say this fall": a present-tense clause dated by a
            // period that contains the publication date states what holds now (rule `time.present_in_period`)
            if let Some(d) = dct.filter(|&d| rule == "time.in_clause" && present_in_period(doc, c, t, d)) {
                let text = timex_text(&timex_by_id, t.timex.as_deref());
                time = Some(event_time_at(d, Relation::During, t.timex.clone(), format!("ongoing at {} ({})", day_label(d), t.label), false));
                rule = "time.present_in_period";
                why = format!("present tense, dated by \"{text}\", which contains the publication date: true at the publication date");
            }
            // "the plant wasn't to open until 1993", "won't reopen until May": a negated verb bounded by "until"
            // happens at that date (rule `time.not_until`)
            if c.negated && t.relation == Relation::Until && !t.open_start {
                let mut at = t.clone();
                at.relation = Relation::On;
                at.open_end = false;
                at.label = range_label(&at.range, dct);
                why = format!("\"not ... until {}\": happens then", timex_text(&timex_by_id, t.timex.as_deref()));
                time = Some(at);
                rule = "time.not_until";
            }
        } else if let Some(d) = dct {
            if clause_has_any(&so_far_hits, c) && status != EventStatus::Expected {
                time = Some(event_time_at(d, Relation::During, None, prefixed_day_label("ongoing at ", d), false));
                rule = "time.so_far";
                so_far = true;
                why = "\"so far\": true up to the publication date".into();
            } else if perfect && (c.tok_start..c.tok_end).any(|i| REPEATED_ADVERBS.contains(&doc.lower(i))) {
                time = Some(until_dct(d, None, prefixed_day_label("repeatedly, up to ", d)));
                rule = "time.repeated_perfect";
                why = "a repeated action in the present perfect, up to the publication date".into();
            } else if status == EventStatus::Expected {
                time = Some(EventTime {
                    timex: None,
                    value: "FUTURE_REF".into(),
                    relation: Relation::After,
                    range: DateRange { start: d, end: d.add_days(1), precision: Precision::Day },
                    open_start: false,
                    open_end: true,
                    label: prefixed_day_label("after ", d),
                });
                rule = "time.expected";
                why = "expected or planned, with no date: after the publication date".into();
            }
        }
        // "in 1998, when 65 people died", "since August, when they traded at $10": the time right before "when"
        if time.is_none() && c.opener.as_deref() == Some("when") {
            let before = doc.token_at_or_after(c.start).checked_sub(1).filter(|&i| matches!(doc.tok_text(&doc.tokens[i]), "," | "_" | "—" | "-")).unwrap_or(doc.token_at_or_after(c.start));
            let end_of_prev = before.checked_sub(1).and_then(|i| doc.tokens.get(i)).map(|t| t.end);
            if let Some(t) = timexes_in(timexes, c.start.saturating_sub(200), c.start).iter().find(|t| Some(t.span.end) == end_of_prev && matches!(t.kind, TimexType::Date | TimexType::Time)) {
                if let Some(r) = t.range {
                    time = Some(EventTime {
                        timex: Some(t.id.clone()),
                        value: t.value.clone(),
                        relation: Relation::On,
                        range: r,
                        open_start: false,
                        open_end: false,
                        label: range_label(&r, dct),
                    });
                    rule = "time.when_clause";
                    why = format!("\"when\" after \"{}\": at that time", t.text);
                }
            }
        }
        // "a court order in 1992 against protesters who had blocked a clinic": a past relative clause right after a
        // dated noun phrase happened at its date, not at the host clause's (rule `time.relative_antecedent`)
        if time.is_none() && status == EventStatus::Happened && matches!(c.tense, Tense::Past | Tense::PastPerfect | Tense::PastProgressive) {
            if let Some(t) = relative_antecedent_time(doc, &cls, ci, timexes, dct) {
                time = Some(t);
                rule = "time.relative_antecedent";
                why = "a relative clause right after a dated noun phrase: at that date".into();
            }
        }
        if time.is_none() && c.opener.is_some() && !matches!(c.tense, Tense::Present | Tense::PresentProgressive) {
            if let Some(mut t) = host_time(ci) {
                if status != EventStatus::Expected {
                    // the host's bound ("since", "before") is the host's: a subordinate clause happens at the time
                    if matches!(t.relation, Relation::Since | Relation::Until) {
                        t.relation = Relation::On;
                        t.open_start = false;
                        t.open_end = false;
                        t.label = range_label(&t.range, dct);
                    }
                    time = Some(t);
                    rule = "time.host_clause";
                    why = "a subordinate clause: takes the time of its sentence's dated clause".into();
                }
            }
        }
        // what a report says happened is placed with its report (rule `time.reported_at_report`): TimeML puts what
        // a day's report tells in that day's news ("Police said the suspect fled" is news of the report's day); only
        // for plain verbs of speech (say, tell, add: "suggested", "confirmed" look back); otherwise, or with no report
        // placed on a day, before the publication date (`time.reported_before`)
        if time.is_none() && matches!(c.tense, Tense::Past | Tense::PastPerfect) && status == EventStatus::Happened {
            let host = (0..ci).rev().take_while(|&j| cls[j].sentence == c.sentence).find(|&j| cls[j].head.is_some());
            let reported = host.is_some_and(|h| cls[h].reporting) && matches!(c.boundary, "boundary.reported_clause" | "boundary.subordinator") && c.opener.as_deref().is_none_or(|o| o == "that");
            let report_time = host.filter(|&h| cls[h].lemma.as_deref().is_some_and(|l| NARRATIVE_SPEECH_VERBS.contains(&l))).and_then(|h| time_at(placed.get(h).copied().flatten().map(TimeAt::Event), &own, &events).cloned()).filter(|t| t.relation == Relation::On && dct.is_none_or(|d| t.range.start <= d));
            if let (true, Some(t), true) = (reported, report_time, c.tense == Tense::Past) {
                why = format!("reported in the past tense with no date: placed with its report ({})", t.label);
                let mut t = t;
                t.label = format!("as reported {}", t.label);
                time = Some(t);
                rule = "time.reported_at_report";
            } else if let (true, Some(d)) = (reported, dct) {
                let mut t = event_time_at(d, Relation::Before, None, prefixed_day_label("before ", d), true);
                t.value = d.to_string();
                time = Some(t);
                rule = "time.reported_before";
                why = "reported in the past tense with no date: before the publication date".into();
            }
        }
        if time.is_none() && matches!(c.tense, Tense::Past | Tense::PastPerfect | Tense::PastProgressive) && !c.reporting {
            if let Some((t, p, s)) = in_force(&last_in_paragraph, &own, &events) {
                // the narrative goes on in the next sentence, across a paragraph break too (news paragraphs are a
                // sentence or two long), but not into a quotation that opens a paragraph (a new voice)
                // a clause in the past tense tells what happened by the publication date: a later date in force
                // (a plan's, a forecast's) does not carry into it (rule `narrative.no_future_into_past`)
                let future_date = dct.is_some_and(|d| t.range.start > d);
                if c.sentence <= s + 1 && t.relation == Relation::On && (*p == c.paragraph || class != EventClass::Quoted) && !own_time_phrase(doc, c, timexes) && !future_date && !(c.sentence > *s && narrative_break(doc, c)) {
                    time = Some(t.clone());
                    if *p == c.paragraph {
                        rule = "time.narrative";
                        why = "no date of its own: the last date in force in its paragraph".into();
                    } else {
                        rule = "time.narrative_next_paragraph";
                        why = "no date of its own: the date of the sentence before it, which ends the paragraph before".into();
                    }
                }
            }
        }
        // "The summit opens on Friday. Leaders will discuss trade.": an expected event with no date of its own, in the
        // sentence after one dated after the publication date, is expected on that date (rule `time.narrative_expected`)
        if rule == "time.expected" && !own_time_phrase(doc, c, timexes) {
            if let Some((t, _, s)) = in_force(&last_in_paragraph, &own, &events) {
                if c.sentence <= s + 1 && t.relation == Relation::On && dct.is_some_and(|d| t.range.start > d) {
                    time = Some(t.clone());
                    rule = "time.narrative_expected";
                    why = format!("expected, with no date of its own: the later date in force ({})", t.label);
                }
            }
        }
        // "On Sunday, rebels attacked the town. The army said ...": a verb of speech opening the next sentence, with no
        // date of its own, speaks on the occasion the narrative tells (rule `time.speech_in_narrative`)
        // not a negated one ("Investigators did not say how close ..."): what was not said is not told of an occasion,
        // it holds as of the report (`narrative.negated_speech`)
        if time.is_none() && c.reporting && !c.negated && c.tense == Tense::Past && c.boundary == "sentence.start" && c.lemma.as_deref().is_some_and(|l| NARRATIVE_SPEECH_VERBS.contains(&l)) {
            if let Some((t, p, s)) = in_force(&last_in_paragraph, &own, &events) {
                if c.sentence == s + 1 && t.timex.is_some() && t.range.precision >= Precision::Day && t.relation == Relation::On && dct.is_none_or(|d| t.range.start <= d) && (*p == c.paragraph || class != EventClass::Quoted) && !narrative_break(doc, c) {
                    time = Some(t.clone());
                    rule = "time.speech_in_narrative";
                    why = "a verb of speech right after a dated sentence: said on that occasion".into();
                }
            }
        }
        if time.is_none() {
            if let Some(d) = dct {
                let first_para = c.paragraph == 0 && doc.paragraphs.len() > 1;
                if c.negated && c.tense == Tense::Past && !c.reporting && !c.copular && class != EventClass::Quoted {
                    // "Terms weren't disclosed": what had not happened, had not by the publication date
                    time = Some(event_time_at(d, Relation::On, None, prefixed_day_label("not as of ", d), false));
                    rule = "time.negated_past";
                    why = "negated in the past tense with no date: not done as of the publication date".into();
                } else if c.reporting || perfect {
                    time = Some(event_time_at(d, Relation::On, None, day_label(d), false));
                    rule = "time.dct_reporting";
                    why = if c.reporting { "a report: placed at the publication date".into() } else { "present perfect: placed at the publication date".into() };
                } else if first_para && matches!(c.tense, Tense::Present | Tense::Past) && !doc.slice(c.start, c.end).trim_end().ends_with('.') {
                    time = Some(event_time_at(d, Relation::On, None, day_label(d), false));
                    headline_status = true;
                    rule = "time.headline";
                    why = "a headline in the present tense: the news of the publication date".into();
                } else if matches!(c.tense, Tense::Present | Tense::PresentProgressive) || c.modal.as_deref() == Some("can") {
                    // "can" states what is possible now ("You can get 70 percent discounts"): true at the publication date
                    time = Some(event_time_at(d, Relation::During, None, prefixed_day_label("ongoing at ", d), false));
                    rule = "time.dct_present";
                    why = "present tense: true at the publication date".into();
                }
            }
        }
        if why.is_empty() {
            why = "no date in its clause or its narrative".into();
        }
        if !matches!(rule, "time.in_clause" | "time.duration_perfect") {
            let skipped = timexes_in(timexes, c.start, c.end).iter().filter(|t| t.span.start >= c.start && t.span.end <= c.end).find_map(|t| not_governing(doc, c, t, dct).map(|k| (t, k)));
            if let Some((t, k)) = skipped {
                let (name, _) = NOT_GOVERNING[k];
                why.push_str(&format!("; \"{}\" does not date this verb ({name})", t.text));
            }
        }
        if let Some(t) = &time {
            if t.relation == Relation::On || own[ci].is_some() {
                // a present state placed at the publication date leaves its clause's period in force
                // (the event made below is the next one)
                let carried = if rule == "time.present_in_period" && own[ci].is_some() { TimeAt::Own(ci) } else { TimeAt::Event(events.len()) };
                last_in_paragraph = Some((carried, c.paragraph, c.sentence));
            }
            if let Some(p) = placed.get_mut(ci) {
                *p = Some(events.len());
            }
        }
        // what is dated wholly after the publication date has not happened yet
        let mut status = if headline_status && status == EventStatus::Ongoing {
            EventStatus::Happened
        } else if rule == "time.not_until" {
            // not before the date, then at it: expected or done, not negated
            if matches!(c.tense, Tense::Future | Tense::Modal) || c.expected { EventStatus::Expected } else { EventStatus::Happened }
        } else if so_far && status == EventStatus::Happened {
            // "so far, 22 of the 32 have done so": a state of affairs that holds at the publication date
            EventStatus::Ongoing
        } else {
            status
        };
        if let (Some(t), Some(d)) = (&time, dct) {
            if t.range.start > d && matches!(status, EventStatus::Happened | EventStatus::Ongoing) && t.relation != Relation::Before {
                status = EventStatus::Expected;
                why.push_str("; after the publication date, so expected");
            }
        }
        let subject = subject_actor(doc, c, head, actors, &mentions);
        let title = title_of(doc, c, head, timexes_in(timexes, c.start, c.end), actors, subject, &cls, &mut title_words);
        let clause_span = doc.span(c.start, c.end);
        let ev_actors = actors_in(actors, &mentions, &clause_span, subject);
        let trigger = doc.span(doc.tokens[head].start, doc.tokens[head].end);
        events.push((
            Event {
                id: String::new(),
                spans: vec![clause_span],
                sentence: c.sentence,
                title,
                trigger: SpanText { span: trigger, text: doc.slice(trigger.start, trigger.end).to_string() },
                time,
                status,
                actors: ev_actors,
                claims: Vec::new(),
                rule: rule.to_string(),
                explanation: why,
                class,
            },
            ci,
            subject,
        ));
        // "analysts expect the trend to continue into the fourth quarter": the expecting holds now (above), what is
        // expected is an event of its own at the date that `govern.complement` kept from the verb
        if let Some(ev) = complement_event(doc, c, head, timexes, dct, events.last().map(|e| &e.0)) {
            // the looking-ahead verb keeps the words up to itself
            if let Some((main, _, _)) = events.last_mut() {
                main.spans = vec![doc.span(c.start, doc.tokens[head].end)];
            }
            // the complement's date is in force for the sentence after ("has invited them to a ceremony on March 12.
            // The ceremony will mark ...")
            if ev.time.as_ref().is_some_and(|t| t.relation == Relation::On) {
                last_in_paragraph = Some((TimeAt::Event(events.len()), c.paragraph, c.sentence));
            }
            events.push((ev, ci, subject));
        }
        // "..., and the following year he was appointed": a date after a comma, then a subject pronoun and a verb, opens
        // a clause that the reader left uncut; it is an event of its own at that date (rule `time.fronted_date`)
        if let Some(ev) = fronted_date_event(doc, c, head, timexes, &own[ci], dct, events.last().map(|e| &e.0)) {
            if let (Some((main, _, _)), Some(from)) = (events.last_mut(), ev.spans.first().map(|s| s.start)) {
                let cut =
                    doc.slice(c.start, from).trim_end_matches(|ch: char| ch.is_whitespace() || ch == ',' || ch == ';');
                let cut = cut
                    .strip_suffix(" and")
                    .or_else(|| cut.strip_suffix(" but"))
                    .unwrap_or(cut)
                    .trim_end_matches([',', ' ']);
                main.spans = vec![doc.span(c.start, c.start + cut.len())];
            }
            events.push((ev, ci, None));
        }
        // "X is expected to set", "X plans to buy": the expectation holds at the publication date, the expected
        // event comes after it. The clause becomes two events: a state (up to "expected") and the occurrence.
        // also "the talks are supposed to conclude", "the merger is scheduled for completion" (`clause.expectation_cue`)
        if let (Some(d), Some(to)) = (dct, if c.expected { super::clauses::expectation_opener(doc, c) } else { None }) {
            if let Some((main, _, _)) = events.last_mut() {
                let split = doc.tokens[to].start;
                if let Some(first) = main.spans.first_mut() {
                    *first = doc.span(split, c.end);
                }
                let mut state = main.clone();
                state.spans = vec![doc.span(c.start, doc.tokens[head].end)];
                // "Construction is set to begin in early 1991": a subject that names a happening is what is expected;
                // the expectation keeps the verb group (rule `time.expected_subject`)
                if let Some(gs) = c.group_start.filter(|&g| g > c.tok_start && g <= c.tok_start + EXPECTED_SUBJECT_MAX) {
                    let words = (c.tok_start..gs).all(|i| doc.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Word));
                    if words && is_event_noun(doc.lower(gs - 1)) {
                        // the expected event keeps the whole clause, the expectation only its verb group inside it
                        main.spans = vec![doc.span(c.start, c.end)];
                        state.spans = vec![doc.span(doc.tokens[gs].start, doc.tokens[head].end)];
                    }
                }
                state.class = EventClass::State;
                state.status = EventStatus::Ongoing;
                // "Last April, the backers planned to acquire ...": a cue in the past tense with a date of its own before
                // the publication date held at that date (rule `time.expectation_state_dated`)
                let past_cue = matches!(c.tense, Tense::Past | Tense::PastPerfect) && doc.verb_form(head).is_some_and(|f| matches!(f, super::lexicon::VerbForm::Past | super::lexicon::VerbForm::PastOrParticiple));
                match own[ci].as_ref().filter(|t| past_cue && t.relation == Relation::On && t.range.end <= d) {
                    Some(t) => {
                        state.time = Some(t.clone());
                        state.status = EventStatus::Happened;
                        state.rule = "time.expectation_state_dated".into();
                        state.explanation = format!("the expectation (\"{}\") held at {}", doc.tok_text(&doc.tokens[head]), t.label);
                    }
                    None => {
                        state.time = Some(event_time_at(d, Relation::During, None, prefixed_day_label("ongoing at ", d), false));
                        state.rule = "time.expectation_state".into();
                        state.explanation = format!("the expectation (\"{}\") holds at the publication date", doc.tok_text(&doc.tokens[head]));
                    }
                }
                state.trigger = SpanText { span: doc.span(doc.tokens[head].start, doc.tokens[head].end), text: doc.tok_text(&doc.tokens[head]).to_string() };
                events.push((state, ci, subject));
            }
        }
    }
    events.extend(dated_nouns(doc, &cls, &own, timexes, dct));
    events.extend(compared_events(doc, &cls, &own, timexes, dct));
    events.extend(nouns_then_dates(doc, &cls, &own, timexes, dct));
    events.extend(period_end_events(doc, &cls, timexes, dct));
    events.extend(retold_events(doc, &cls, &own, &events, dct));
    // the clauses' own times and the reports' placements are no longer needed: free them before events are merged
    // (the peak of memory)
    drop(own);
    drop(placed);
    let nominal = evaluated_actions(doc, &events, &cls, actors);
    events.extend(nominal);
    crate::sort::sort_by_cached_key(&mut events, |(e, _, _)| first_start(e));
    let merged = merge_mentions(doc, events, &cls);
    let mut out: Vec<Event> = merged;
    for (i, e) in out.iter_mut().enumerate() {
        e.id = super::lexicon::numbered_id("e", i + 1);
    }
    sort_events(&mut out);
    out
}

/// Rule `time.present_in_period`: is clause `c` in the present tense (simple or progressive, no modal, no
/// expectation, not a headline) and dated "on" a period longer than a day that contains the publication date `d`?
fn present_in_period(doc: &Document<'_>, c: &Clause, t: &EventTime, d: Date) -> bool {
    // a headline (a first paragraph whose sentence does not end in a full stop) tells the news of the day before
    let headline = c.paragraph == 0 && doc.paragraphs.len() > 1 && doc.sentences.get(c.sentence).is_none_or(|s| !doc.slice(s.start, s.end).trim_end().ends_with('.'));
    matches!(c.tense, Tense::Present | Tense::PresentProgressive)
        && !c.expected
        && !c.hypothetical
        && c.modal.is_none()
        && !headline
        && t.relation == Relation::On
        && t.range.start <= d
        && d < t.range.end
        && t.range.end > t.range.start.add_days(1)
}

/// Relative pronouns that open a clause about the noun phrase before it (`time.relative_antecedent`).
const RELATIVE_OPENERS: &[&str] = &["who", "which", "that", "whom", "whose"];
/// How many tokens may stand between a date and the relative pronoun of a clause about the noun phrase it dates.
const RELATIVE_MAX_GAP: usize = 10;

/// The most words of a subject naming a happening before an expectation's verb group (`time.expected_subject`).
const EXPECTED_SUBJECT_MAX: usize = 3;

/// Rule `time.relative_antecedent`: "a court order in 1992 against protesters who had blocked a clinic", "the 1994
/// Act, which Schumer sponsored": a relative clause in the past with no date of its own, opening at most
/// `RELATIVE_MAX_GAP` tokens after a date of the clause before it (no verb between), happened at that date.
fn relative_antecedent_time(doc: &Document<'_>, cls: &[Clause], ci: usize, timexes: &[Timex], dct: Option<Date>) -> Option<EventTime> {
    let c = cls.get(ci)?;
    let opener = c.opener.as_deref()?;
    if !RELATIVE_OPENERS.iter().any(|o| opener == *o || ends_with_word(opener, o)) {
        return None;
    }
    let prev = cls.get(ci.checked_sub(1)?)?;
    if prev.sentence != c.sentence {
        return None;
    }
    let t = timexes_in(timexes, prev.start, c.start).iter().filter(|t| t.span.start >= prev.start && matches!(t.kind, TimexType::Date | TimexType::Time)).last()?;
    let r = t.range?;
    if dct.is_some_and(|d| r.end > d) || r.precision < Precision::Year {
        return None;
    }
    let after = doc.token_at_or_after(t.span.end);
    if after > c.tok_start || c.tok_start - after > RELATIVE_MAX_GAP || prev.head.is_some_and(|h| h >= after) {
        return None;
    }
    Some(timex_time(t, r, Relation::On, dct))
}

/// Where an event's first span starts (an event always has one; none sorts first rather than panicking).
fn first_start(e: &Event) -> usize {
    e.spans.first().map_or(0, |s| s.start)
}

/// Timeline order: by time (ranges by start, open-started ones by end), then relation, then text order.
/// Undated events last, in text order.
pub fn sort_events(events: &mut [Event]) {
    crate::sort::sort_by_cached_key(events, |e| match &e.time {
        Some(t) => {
            let key = if t.open_start { t.range.end.add_days(-1) } else { t.range.start };
            let rel = match t.relation {
                Relation::Before => 0,
                Relation::On | Relation::Since => 1,
                Relation::During => 2,
                Relation::Until => 3,
                Relation::After => 4,
            };
            (0, key.day_number(), rel, first_start(e))
        }
        None => (1, 0, 0, first_start(e)),
    });
}

/// Each event lists the claims that name it, in claim order (an index by event id: linear in events + claims).
pub fn link_claims(events: &mut [Event], claims: &[Claim]) {
    // (event, claim) pairs found through an index that borrows the ids, then the claim ids copied in
    let links: Vec<(usize, usize)> = {
        let mut by_id: std::collections::HashMap<&str, usize> = std::collections::HashMap::with_capacity(events.len());
        for (i, e) in events.iter().enumerate() {
            by_id.entry(e.id.as_str()).or_insert(i);
        }
        claims.iter().enumerate().filter_map(|(ci, c)| Some((*by_id.get(c.event.as_deref()?)?, ci))).collect()
    };
    for e in events.iter_mut() {
        e.claims.clear();
    }
    for (i, ci) in links {
        if let (Some(e), Some(c)) = (events.get_mut(i), claims.get(ci)) {
            e.claims.push(c.id.clone());
        }
    }
}

/// The clauses of `c`'s sentence before it, nearest first (clauses come in text order: found by binary search).
fn earlier_in_sentence<'c>(cls: &'c [Clause], c: &Clause) -> impl Iterator<Item = &'c Clause> {
    let at = cls.partition_point(|k| k.tok_start < c.tok_start);
    let sentence = c.sentence;
    cls.get(..at).unwrap_or(&[]).iter().rev().take_while(move |k| k.sentence == sentence)
}

/// The timexes that overlap `start..end` (timexes come in text order): a slice, found by binary search.
fn timexes_in(timexes: &[Timex], start: usize, end: usize) -> &[Timex] {
    let lo = timexes.partition_point(|t| t.span.start < start).saturating_sub(1);
    let hi = timexes.partition_point(|t| t.span.start < end);
    timexes.get(lo..hi.max(lo)).unwrap_or(&[])
}

/// Every actor mention, sorted by start: (start, end, actor index).
fn mention_index(actors: &[Actor]) -> Vec<(usize, usize, usize)> {
    let mut v: Vec<(usize, usize, usize)> = actors.iter().enumerate().flat_map(|(ai, a)| a.mentions.iter().map(move |m| (m.span.start, m.span.end, ai))).collect();
    crate::sort::sort(&mut v);
    v
}

/// The text of each timex by its id (the first timex with that id), built once per document.
fn timex_index(timexes: &[Timex]) -> std::collections::HashMap<&str, &str> {
    let mut m = std::collections::HashMap::with_capacity(timexes.len());
    for t in timexes {
        m.entry(t.id.as_str()).or_insert(t.text.as_str());
    }
    m
}

fn timex_text<'t>(index: &std::collections::HashMap<&str, &'t str>, id: Option<&str>) -> &'t str {
    id.and_then(|id| index.get(id).copied()).unwrap_or("")
}

pub fn day_label(d: Date) -> String {
    prefixed_day_label("", d)
}

/// `prefix` followed by `d`'s day label ("ongoing at 24 June 2025"), written into one string of its exact length (was
/// `format!` of a `day_label`: two strings and the formatting machinery, for most events).
fn prefixed_day_label(prefix: &str, d: Date) -> String {
    // "24 June 2025" written piece by piece, at its exact length (a label for nearly every event: `format!` of the
    // numbers cost about a thousand instructions)
    let month = MONTH_NAMES[usize::from(d.month - 1).min(11)];
    let year = u64::from(d.year.unsigned_abs());
    let len = super::lexicon::decimal_len(u64::from(d.day)) + 1 + month.len() + 1 + usize::from(d.year < 0) + super::lexicon::decimal_len(year);
    let mut s = String::with_capacity(prefix.len() + len);
    s.push_str(prefix);
    super::lexicon::push_decimal(&mut s, u64::from(d.day));
    s.push(' ');
    s.push_str(month);
    s.push(' ');
    if d.year < 0 {
        s.push('-');
    }
    super::lexicon::push_decimal(&mut s, year);
    s
}

/// The pieces written one after another into a string of their exact length (an explanation without `format!`).
fn concat(pieces: &[&str]) -> String {
    let mut s = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    for p in pieces {
        s.push_str(p);
    }
    s
}

/// Whether `text` is `word` or ends with a space and `word` ("that", "in which"), without building " word".
fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

#[cfg(test)]
mod label_writer_tests {
    use super::*;

    #[test]
    fn labels_and_explanations_read_as_format_writes_them() {
        for d in [
            Date { year: 2025, month: 6, day: 24 },
            Date { year: -44, month: 3, day: 15 },
            Date { year: 12_345, month: 12, day: 1 },
        ] {
            for prefix in ["", "after ", "ongoing at ", "repeatedly, up to "] {
                let label = prefixed_day_label(prefix, d);
                assert_eq!(label, format!("{prefix}{}", day_label(d)));
                assert_eq!(label.capacity(), label.len(), "exact size: {label}");
            }
        }
        assert_eq!(
            concat(&["dated by \"", "last Friday", "\" in its clause"]),
            "dated by \"last Friday\" in its clause"
        );
        assert_eq!(concat(&[]), "");
        for (text, word) in [
            ("that", "that"),
            ("in which", "which"),
            ("whichever", "which"),
            ("swhich", "which"),
            ("", "who"),
            ("of whom", "whom"),
        ] {
            assert_eq!(
                ends_with_word(text, word),
                text == word || text.ends_with(&format!(" {word}")),
                "{text:?} {word:?}"
            );
        }
    }
}

fn event_time_at(d: Date, relation: Relation, timex: Option<String>, label: String, open_start: bool) -> EventTime {
    EventTime {
        timex,
        value: d.to_string(),
        relation,
        range: DateRange { start: d, end: d.add_days(1), precision: Precision::Day },
        open_start,
        open_end: false,
        label,
    }
}

fn until_dct(d: Date, timex: Option<String>, label: String) -> EventTime {
    EventTime {
        timex,
        value: d.to_string(),
        relation: Relation::Until,
        range: DateRange { start: Date { year: d.year - 3, month: d.month, day: 1 }, end: d.add_days(1), precision: Precision::Year },
        open_start: true,
        open_end: false,
        label,
    }
}

/// A label for a range at its precision: "2023", "June 2025", "24 June 2025", "earlier in 2025".
pub fn range_label(r: &DateRange, dct: Option<Date>) -> String {
    let s = r.start;
    let last = r.end.add_days(-1);
    match r.precision {
        Precision::Century => format!("{}s", s.year / 100 * 100),
        Precision::Decade => format!("the {}s", s.year / 10 * 10),
        Precision::Year | Precision::Season | Precision::Quarter | Precision::Month | Precision::Week => {
            let whole_year = s.month == 1 && s.day == 1 && last.month == 12 && last.day == 31 && s.year == last.year;
            if whole_year {
                return s.year.to_string();
            }
            if s.year == last.year && Some(r.end) == dct && s.month == 1 && s.day == 1 {
                return format!("earlier in {}", s.year);
            }
            if s.year == last.year && dct.is_some_and(|d| d == s.add_days(-1) || d == s) && last.month == 12 && last.day == 31 {
                return format!("later in {}", s.year);
            }
            let whole_month = s.day == 1 && last.add_days(1).day == 1 && s.month == last.month && s.year == last.year;
            if whole_month {
                return format!("{} {}", MONTH_NAMES[usize::from(s.month - 1)], s.year);
            }
            if s == last {
                return day_label(s);
            }
            format!("{} to {}", day_label(s), day_label(last))
        }
        _ => {
            if s == last || r.precision >= Precision::Day {
                day_label(s)
            } else {
                format!("{} to {}", day_label(s), day_label(last))
            }
        }
    }
}

/// The event of a noun that names a happening and the date that dates it (rules `nominal.dated_noun` and
/// `nominal.noun_then_date`): its span as its title, on (or before, after) the date, expected if the date is ahead.
#[allow(clippy::too_many_arguments)]
fn nominal_event(
    doc: &Document<'_>,
    sentence: usize,
    span: Span,
    noun: Span,
    (t, r): (&Timex, DateRange),
    dct: Option<Date>,
    rule: &str,
    explanation: String,
) -> Event {
    let mut title = doc.slice(span.start, span.end).to_string();
    if let Some(f) = title.get(0..1) {
        title = f.to_uppercase() + title.get(1..).unwrap_or("");
    }
    let relation = match t.modifier.as_deref() {
        Some("BEFORE" | "ON_OR_BEFORE") => Relation::Before,
        Some("AFTER" | "ON_OR_AFTER") => Relation::After,
        _ => Relation::On,
    };
    let status = if dct.is_some_and(|d| r.start > d) { EventStatus::Expected } else { EventStatus::Happened };
    Event {
        id: String::new(),
        spans: vec![span],
        sentence,
        title,
        trigger: SpanText { span: noun, text: doc.slice(noun.start, noun.end).to_string() },
        time: Some(timex_time(t, r, relation, dct)),
        status,
        actors: Vec::new(),
        claims: Vec::new(),
        rule: rule.into(),
        explanation,
        class: EventClass::Occurrence,
    }
}


/// The time a date gives, with the relation read before it ("before", "since"...) and a reader's label.
fn timex_time(t: &Timex, r: DateRange, relation: Relation, dct: Option<Date>) -> EventTime {
    let base = range_label(&r, dct);
    let label = match relation {
        Relation::On | Relation::During => base,
        Relation::Before => format!("before {base}"),
        Relation::After => format!("after {base}"),
        Relation::Since => format!("since {base}"),
        Relation::Until => format!("until {base}"),
    };
    EventTime {
        timex: Some(t.id.clone()),
        value: t.value.clone(),
        relation,
        range: r,
        open_start: relation == Relation::Before,
        open_end: matches!(relation, Relation::After | Relation::Since),
        label,
    }
}

fn time_in_clause(doc: &Document<'_>, c: &Clause, dct: Option<Date>, timexes: &[Timex]) -> Option<EventTime> {
    let perfect_or_present = matches!(c.tense, Tense::PresentPerfect | Tense::Present | Tense::PresentProgressive | Tense::PastPerfect);
    let inside: Vec<&Timex> = timexes_in(timexes, c.start, c.end)
        .iter()
        .filter(|t| t.span.start >= c.start && t.span.end <= c.end && !in_comparison_aside(doc, c, t.span.start) && not_governing(doc, c, t, dct).is_none())
        .collect();
    // a date introduced by a preposition ("on April 30") dates the clause before one used as a modifier
    // ("its first-quarter results")
    let introduced = |t: &Timex| {
        let i = doc.token_at_or_after(t.span.start);
        let own = doc.lower(i);
        let prev = i.checked_sub(1).map(|p| doc.lower(p)).unwrap_or_default();
        PREPOSITION_OF_TIME.contains(&prev) || PREPOSITION_OF_TIME.contains(&own) || RELATION_PREPOSITIONS.iter().any(|(w, _)| *w == prev)
    };
    // a date given as the point of comparison ("from a year earlier", "than in 1987", "the year-ago quarter") dates
    // the comparison, not the clause: used only when nothing else dates it
    let comparison = |t: &Timex| {
        let i = doc.token_at_or_after(t.span.start);
        let prev = i.checked_sub(1).map(|p| doc.lower(p)).unwrap_or_default();
        let prev2 = i.checked_sub(2).map(|p| doc.lower(p)).unwrap_or_default();
        let lower = t.text.to_lowercase();
        matches!(prev, "from" | "than" | "with" | "versus") || (prev2 == "than" && prev == "in") || lower.contains("year ago") || lower.contains("year earlier") || lower.contains("year-ago") || lower.contains("year-earlier")
    };
    // among dates of one kind, the one nearest the verb dates it ("The court Friday rejected objections to a case
    // brought in 1988")
    let distance = |t: &Timex| {
        let Some(h) = c.head else { return 0 };
        let first = doc.token_at_or_after(t.span.start);
        let last = doc.token_at_or_after(t.span.end).saturating_sub(1);
        if first > h { first - h } else { h.saturating_sub(last) }
    };
    let mut ordered: Vec<&Timex> = inside.iter().copied().collect();
    crate::sort::sort_by_key(&mut ordered, |t| {
        // dates first (a duration dates the clause only when no date does); points of comparison last; then the
        // nearest to the verb, and of two as near, one introduced by a preposition ("on April 30") before a
        // modifier ("its first-quarter results")
        (matches!(t.kind, TimexType::Duration | TimexType::Set), comparison(t), distance(t), !introduced(t))
    });
    for t in ordered {
        match t.kind {
            TimexType::Date | TimexType::Time => {
                let Some(r) = t.range else { continue };
                let prev = doc.token_at_or_after(t.span.start).checked_sub(1).map(|i| doc.lower(i)).unwrap_or_default();
                let mut relation = RELATION_PREPOSITIONS.iter().find(|(w, _)| *w == prev).map(|(_, r)| *r).unwrap_or(Relation::On);
                match t.modifier.as_deref() {
                    Some("BEFORE") | Some("ON_OR_BEFORE") => relation = Relation::Before,
                    Some("AFTER") | Some("ON_OR_AFTER") => relation = Relation::After,
                    _ => {}
                }
                return Some(timex_time(t, r, relation, dct));
            }
            TimexType::Duration if perfect_or_present => {
                let d = dct?;
                let what = t.text.trim().trim_end_matches(',').to_string();
                let before = doc.token_at_or_after(t.span.start).checked_sub(1).and_then(|i| doc.tokens.get(i)).map(|x| doc.tok_text(x).to_lowercase());
                let what = match what.strip_prefix("For ").or_else(|| what.strip_prefix("for ")) {
                    Some(w) => format!("for {w}"),
                    None if matches!(before.as_deref(), Some("for" | "over" | "in")) => format!("{} {what}", before.unwrap_or_default()),
                    None => what,
                };
                if matches!(c.tense, Tense::PresentPerfect | Tense::PastPerfect) {
                    // "has accused them for years": a span of time ending at the publication date
                    let mut et = until_dct(d, Some(t.id.clone()), format!("{what}, up to {}", day_label(d)));
                    et.value = t.value.clone();
                    return Some(et);
                }
                // "the lights are out for days": a state that holds at the publication date
                return Some(event_time_at(d, Relation::During, Some(t.id.clone()), format!("ongoing at {} ({what})", day_label(d)), false));
            }
            _ => {}
        }
    }
    None
}

/// Dates that stand in a clause but do not date its verb (the first that applies; its name is given in the
/// explanation of the event, which then falls back to the next dating rule).
pub const NOT_GOVERNING: &[(&str, &str)] = &[
    ("govern.present_over_past", "a date wholly before the publication date in a present-tense clause dates a noun or an earlier happening, not the state the clause states (\"that 1978 resolution calls for\")"),
    ("govern.complement", "a date after the verb of a present-tense clause whose verb looks ahead (\"expect\", \"requires\", \"thinks\") belongs to what is expected or required, not to the expecting (\"analysts expect the trend to continue into the fourth quarter\")"),
    ("govern.past_over_future", "a date wholly after the publication date, before the verb of a past-tense clause, dates a noun of its subject (\"notes due Nov. 1, 2009, priced at par\"), not what the clause says happened"),
    ("govern.object_modifier", "a date between a determiner and a noun after the verb modifies that noun (\"posted a third-quarter loss\", \"his Aug. 2 power-grab\")"),
    ("govern.period_end", "a date after \"ended\" or \"ending\" that follows the name of a period ends that period (\"sales rose in the quarter ended Sept. 30\"): it dates the period's end, not the clause's verb"),
    ("govern.perfect_over_future", "a date wholly after the publication date in a present-perfect clause (\"has invited the ministers to a ceremony on March 12\"): what has been done is done by now, so the date belongs to what was planned or invited to"),
    ("govern.term_of_noun", "a date right after \"due\" that follows a noun, not a form of \"be\" nor a noun naming a happening (\"notes due Nov. 1, 2009, priced at par\"; not \"the election due this September\"), is the noun's term, a property of what the clause is about, not when its verb happens"),
];

/// Words that, right after a noun and right before a date (or "on"/"in" and a date), give the noun's term
/// (`govern.term_of_noun`): "debentures due Oct. 15, 1999". After a form of "be" they are the predicate ("will be due
/// on Nov. 1"), and the date dates the clause.
const TERM_WORDS: &[&str] = &["due"];

/// Words besides the forms of "be" (`lexicon::BE_FORMS`) before a term word that make it a predicate, not a noun's term.
const TERM_PREDICATE_BEFORE: &[&str] = &["become", "becomes", "became", "not"];

/// Nouns naming an accounting or calendar period, before "ended"/"ending" and a date (`govern.period_end`).
const PERIOD_NOUNS: &[&str] = &["quarter", "quarters", "year", "years", "period", "periods", "month", "months", "week", "weeks", "half", "season", "term"];

/// Participles that, between a period noun and a date, name the period's end.
const PERIOD_END_WORDS: &[&str] = &["ended", "ending", "ends"];

/// If the date `t` stands right after "<period noun> ended|ending" and that participle is not the clause's verb, the
/// participle's token (rule `govern.period_end`).
fn period_end_participle(doc: &Document<'_>, c: &Clause, t: &Timex) -> Option<usize> {
    let first = doc.token_at_or_after(t.span.start);
    let part = first.checked_sub(1)?;
    let noun = part.checked_sub(1)?;
    if part < c.tok_start || noun < c.tok_start || c.head == Some(part) {
        return None;
    }
    (PERIOD_END_WORDS.contains(&doc.lower(part)) && PERIOD_NOUNS.contains(&doc.lower(noun))).then_some(part)
}

/// Verbs whose complement looks ahead: in the present tense, the verb holds now and a later date is the complement's.
const LOOKING_AHEAD_VERBS: &[&str] = &[
    "expect", "hope", "plan", "intend", "aim", "want", "seek", "require", "think", "believe", "predict", "forecast",
    "anticipate", "talk", "consider", "propose", "urge", "ask", "project", "estimate", "see",
];

/// Determiners before a date that modifies the noun after it: "a third-quarter loss", "its 1988 results".
const MODIFIER_DETERMINERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "'s", "’s"];

/// Does the date starting at token `first` follow a term word after a noun ("notes due Nov. 1, 2009"; rule
/// `govern.term_of_noun`)? The word before the term word must be a word of the clause, not a form of "be" ("will be
/// due on Nov. 1" dates the clause), nor a noun naming a happening ("the election due this September" is held then).
fn term_of_noun(doc: &Document<'_>, c: &Clause, first: usize) -> bool {
    let mut w = first.checked_sub(1);
    if let Some(i) = w.filter(|&i| matches!(doc.lower(i), "on" | "in")) {
        w = i.checked_sub(1);
    }
    let Some(w) = w.filter(|&i| TERM_WORDS.contains(&doc.lower(i))) else { return false };
    let Some(before) = w.checked_sub(1).filter(|&i| i >= c.tok_start) else { return false };
    doc.tokens.get(before).is_some_and(|x| x.kind == TokenKind::Word)
        && !super::lexicon::BE_FORMS.contains(&doc.lower(before))
        && !TERM_PREDICATE_BEFORE.contains(&doc.lower(before))
        && !super::lexicon::PREPOSITIONS.contains(&doc.lower(before))
        // a happening due at a date happens then ("the general election due this September")
        && !is_event_noun(doc.lower(before))
}

/// Which rule of `NOT_GOVERNING`, if any, says that `t` does not date clause `c`'s verb.
fn not_governing(doc: &Document<'_>, c: &Clause, t: &Timex, dct: Option<Date>) -> Option<usize> {
    let head = c.head?;
    if matches!(t.kind, TimexType::Date | TimexType::Time) && period_end_participle(doc, c, t).is_some() {
        return Some(4);
    }
    let first = doc.token_at_or_after(t.span.start);
    let after = doc.token_at_or_after(t.span.end);
    let head_end = doc.tokens.get(head)?.end;
    // a present-tense clause, and no past form in it that the shallow reader may have missed ("Hun Sen staged")
    let present = matches!(c.tense, Tense::Present | Tense::PresentProgressive)
        && !c.expected
        && c.modal.is_none()
        && !(c.tok_start..c.tok_end).any(|i| {
            let w = doc.lower(i);
            matches!(w, "was" | "were" | "had" | "did")
                // a hyphenated compound ("self-declared", "long-awaited") is an adjective, not a past verb
                || (doc.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Word && !doc.tok_text(x).starts_with(char::is_uppercase) && !doc.tok_text(x).contains('-'))
                    && doc.verb_form(i).is_some_and(|f| matches!(f, super::lexicon::VerbForm::Past | super::lexicon::VerbForm::PastOrParticiple))
                    // a participle after a present form of "be" is a present passive ("are related"), not a past
                    && !(i > c.tok_start && matches!(doc.lower(i - 1), "is" | "are" | "am" | "be" | "being")))
        });
    // a headline in the present tense tells the news of the day before ("Storm hits coast on Saturday")
    let headline = c.paragraph == 0 && !doc.slice(c.start, c.end).trim_end().ends_with('.');
    if present && !headline && matches!(t.kind, TimexType::Date | TimexType::Time) {
        if let (Some(r), Some(d)) = (t.range, dct) {
            if r.end <= d {
                return Some(0);
            }
        }
    }
    if present && !headline && t.span.start > head_end && c.lemma.as_deref().is_some_and(|l| LOOKING_AHEAD_VERBS.contains(&l)) {
        if let (Some(r), Some(d)) = (t.range, dct) {
            if r.end > d {
                return Some(1);
            }
        }
    }
    let past = matches!(c.tense, Tense::Past | Tense::PastPerfect | Tense::PastProgressive) && !c.expected && !c.hypothetical && c.modal.is_none();
    // only a date before the verb, in its subject: one after it may belong to a complement the shallow reader keeps
    // in the clause ("said the rights will terminate on Nov. 30")
    if past && matches!(t.kind, TimexType::Date | TimexType::Time) && t.span.end <= doc.tokens.get(head)?.start {
        if let (Some(r), Some(d)) = (t.range, dct) {
            if r.start > d {
                return Some(2);
            }
        }
    }
    if t.span.start > head_end && first > 0 {
        let prev = doc.lower(first - 1);
        let possessive_after = matches!(doc.tokens.get(after).map(|x| doc.tok_text(x)), Some("'s" | "’s")) || t.text.ends_with("'s") || t.text.ends_with("’s");
        let noun_after = doc.tokens.get(after).is_some_and(|x| x.kind == TokenKind::Word && x.start < c.end) && {
            let w = doc.lower(after);
            !super::lexicon::PREPOSITIONS.contains(&w) && !matches!(w, "and" | "or" | "but" | "when" | "as" | "after" | "before" | "until" | "since") && !super::lexicon::SUBJECT_PRONOUNS.contains(&w)
        };
        if MODIFIER_DETERMINERS.contains(&prev) && (noun_after || possessive_after) {
            return Some(3);
        }
    }
    // "has invited the ministers to a ceremony on March 12": what has been done is done by now
    if c.tense == Tense::PresentPerfect && matches!(t.kind, TimexType::Date | TimexType::Time) {
        if let (Some(r), Some(d)) = (t.range, dct) {
            if r.start > d {
                return Some(5);
            }
        }
    }
    if matches!(t.kind, TimexType::Date | TimexType::Time) && term_of_noun(doc, c, first) {
        return Some(6);
    }
    None
}

/// Deictic time nouns: "this season", "last term" name a time of their own even when the tagger leaves them out.
const DEICTIC_TIME_NOUNS: &[&str] = &["season", "term", "year", "month", "week", "quarter", "half", "decade", "century", "spring", "summer", "autumn", "fall", "winter", "session", "campaign"];

/// Does the clause name a time of its own that dates nothing (a duration, "this season")? Then it does not inherit
/// the narrative's date (rule `narrative.own_time`).
fn own_time_phrase(doc: &Document<'_>, c: &Clause, timexes: &[Timex]) -> bool {
    let duration = timexes_in(timexes, c.start, c.end).iter().any(|t| t.span.start >= c.start && t.span.end <= c.end && matches!(t.kind, TimexType::Duration));
    duration || (c.tok_start + 1..c.tok_end).any(|i| matches!(doc.lower(i - 1), "this" | "last" | "next" | "that") && DEICTIC_TIME_NOUNS.contains(&doc.lower(i)))
}

/// Rule `time.complement`: the complement of a present-tense verb that looks ahead ("expect", "requires",
/// "thinks"), or of a present-perfect verb ("has invited them to a summit on May 2"), from the word after the verb to
/// the clause's end, placed at the date `govern.complement` or `govern.perfect_over_future` kept from the verb (the
/// first such date after the verb).
fn complement_event(doc: &Document<'_>, c: &Clause, head: usize, timexes: &[Timex], dct: Option<Date>, main: Option<&Event>) -> Option<Event> {
    let main = main?;
    if main.rule == "time.in_clause" {
        return None;
    }
    let head_end = doc.tokens.get(head)?.end;
    let t = timexes_in(timexes, c.start, c.end).iter().find(|t| t.span.start >= head_end && t.span.end <= c.end && matches!(not_governing(doc, c, t, dct), Some(1 | 5)))?;
    let r = t.range?;
    let from = doc.tokens.get(head + 1)?.start;
    if from >= c.end {
        return None;
    }
    let span = doc.span(from, c.end);
    let prev = doc.token_at_or_after(t.span.start).checked_sub(1).map(|i| doc.lower(i)).unwrap_or_default();
    let relation = RELATION_PREPOSITIONS.iter().find(|(w, _)| *w == prev).map(|(_, r)| *r).unwrap_or(Relation::On);
    let mut e = main.clone();
    e.spans = vec![span];
    e.time = Some(timex_time(t, r, relation, dct));
    e.status = EventStatus::Expected;
    e.class = EventClass::Occurrence;
    e.rule = "time.complement".into();
    e.explanation = format!("what \"{}\" looks ahead to, dated by \"{}\"", doc.tok_text(&doc.tokens[head]), t.text);
    Some(e)
}

/// Rule `time.fronted_date`: in a clause, after its verb, a date right after a comma (or ", and", ", but", ";") and
/// followed by a subject pronoun and a verb ("was made a general in 1995, and the following year he was appointed
/// attache", "this year it earned $5 million, last year they contributed $3 million") opens a clause of its own: the
/// words from the date to the clause's end are an event at that date, the verb after the pronoun its trigger. Not
/// when that date already dates the clause's verb.
fn fronted_date_event(
    doc: &Document<'_>,
    c: &Clause,
    head: usize,
    timexes: &[Timex],
    own: &Option<EventTime>,
    dct: Option<Date>,
    main: Option<&Event>,
) -> Option<Event> {
    let main = main?;
    let head_end = doc.tokens.get(head)?.end;
    let own_id = own.as_ref().and_then(|o| o.timex.as_deref());
    timexes_in(timexes, head_end, c.end)
        .iter()
        .filter(|t| other_date_within(t, head_end, c.end, own_id))
        .find_map(|t| {
            let r = t.range?;
            let first = doc.token_at_or_after(t.span.start);
            let before = first.checked_sub(1)?;
            let opens = match doc.lower(before) {
                "," | ";" => true,
                "and" | "but" => before.checked_sub(1).is_some_and(|b| doc.lower(b) == ","),
                _ => false,
            };
            let after = doc.token_at_or_after(t.span.end);
            let pronoun = matches!(doc.lower(after), "he" | "she" | "they" | "we" | "it" | "i");
            let w = doc.lower(after + 1);
            let verb = after + 1 < c.tok_end
                && (doc.verb_form(after + 1).is_some()
                    || super::lexicon::BE_FORMS.contains(&w)
                    || super::lexicon::HAVE_FORMS.contains(&w)
                    || super::lexicon::is_modal(w));
            if !(opens && pronoun && verb && before > head) {
                return None;
            }
            let trigger = doc.tokens.get(after + 1)?;
            let mut e = main.clone();
            e.spans = vec![doc.span(t.span.start, c.end)];
            e.trigger =
                SpanText { span: doc.span(trigger.start, trigger.end), text: doc.tok_text(trigger).to_string() };
            e.time = Some(timex_time(t, r, Relation::On, dct));
            e.status = if dct.is_some_and(|d| r.start > d) { EventStatus::Expected } else { EventStatus::Happened };
            e.class = EventClass::Occurrence;
            e.rule = "time.fronted_date".into();
            e.explanation = format!("a clause opened by \"{}\" after a comma: at that date", t.text);
            e.title = {
                let text = doc.slice(t.span.start, c.end).trim_end_matches(['.', ' ']);
                capitalised(text.to_string())
            };
            Some(e)
        })
}

/// Rule `nominal.dated_noun`: a date that modifies the noun after it ("the August 1988 cease-fire", "his Aug. 2
/// power-grab", "last month's explosion", "a third-quarter loss") names a happening of its own at that date. It
/// becomes an event (span: the date and the noun) when it does not date its clause's verb.
fn dated_nouns(doc: &Document<'_>, cls: &[Clause], own: &[Option<EventTime>], timexes: &[Timex], dct: Option<Date>) -> Vec<(Event, usize, Option<usize>)> {
    const MAX_NOUN_WORDS: usize = 4;
    let mut out = Vec::new();
    for (ci, c) in cls.iter().enumerate() {
        if c.head.is_none() {
            continue;
        }
        for t in timexes_in(timexes, c.start, c.end).iter().filter(|t| t.span.start >= c.start && t.span.end <= c.end && matches!(t.kind, TimexType::Date | TimexType::Time)) {
            let Some(r) = t.range else { continue };
            let own_time = own.get(ci).and_then(|o| o.as_ref()).filter(|o| o.timex.as_deref() == Some(t.id.as_str()));
            let first = doc.token_at_or_after(t.span.start);
            let mut k = doc.token_at_or_after(t.span.end);
            // "Tuesday's declaration": the possessive is a token of its own, or the rest of the date's last token
            let gap = doc.tokens.get(k).map_or("", |x| if x.start >= t.span.end { doc.slice(t.span.end, x.start) } else { "" });
            let possessive = t.text.ends_with("'s") || t.text.ends_with("’s") || gap.starts_with("'s") || gap.starts_with("’s") || matches!(doc.tokens.get(k).map(|x| doc.tok_text(x)), Some("'s" | "’s"));
            if matches!(doc.tokens.get(k).map(|x| doc.tok_text(x)), Some("'s" | "’s")) {
                k += 1;
            }
            // the date dates the verb; but "before next week's talks", "after Thursday's ruling": a bound read from
            // the preposition is the verb's, the noun in the possessive is at the date (rule `nominal.bound_possessive`)
            if own_time.is_some_and(|o| !(possessive && matches!(o.relation, Relation::Before | Relation::After))) {
                continue;
            }
            // "for November transactions": a date after "for" modifies the noun after it (`nominal.for_dated_noun`)
            let det_before =
                first > 0 && (MODIFIER_DETERMINERS.contains(&doc.lower(first - 1)) || doc.lower(first - 1) == "for");
            if !(det_before || possessive) {
                continue;
            }
            let noun_start = k;
            // the noun phrase ends before the clause's verb (a subject: "that 2019 agreement still binds")
            let stop_at = c.head.filter(|&h| h >= noun_start).unwrap_or(c.tok_end).min(c.tok_end);
            let mut words = 0;
            while k < stop_at && words < MAX_NOUN_WORDS {
                let Some(x) = doc.tokens.get(k) else { break };
                let w = doc.lower(k);
                // "Campeau Corp. credit squeeze": an abbreviation's period is part of its word (`nominal.abbreviation`)
                if abbreviation_period(doc, k) && k > noun_start {
                    k += 1;
                    continue;
                }
                let stop = x.kind != TokenKind::Word
                    || super::lexicon::PREPOSITIONS.contains(&w)
                    || super::lexicon::DETERMINERS.contains(&w)
                    || super::lexicon::SUBJECT_PRONOUNS.contains(&w)
                    || matches!(w, "and" | "or" | "but" | "that" | "which" | "who" | "when" | "as" | "after" | "before" | "until" | "since" | "while" | "still" | "also" | "already" | "now" | "again" | "not" | "never")
                    || matches!(w, "recently" | "currently" | "reportedly" | "apparently" | "probably" | "finally" | "formally" | "officially")
                    || super::lexicon::BE_FORMS.contains(&w)
                    || super::lexicon::HAVE_FORMS.contains(&w)
                    || super::lexicon::is_modal(w)
                    || doc.verb_form(k).is_some_and(|f| matches!(f, super::lexicon::VerbForm::Past | super::lexicon::VerbForm::PastOrParticiple));
                if stop {
                    break;
                }
                k += 1;
                words += 1;
            }
            while k > noun_start && abbreviation_period(doc, k - 1) {
                k -= 1;
            }
            if k == noun_start {
                continue;
            }
            let span = doc.span(t.span.start, doc.tokens[k - 1].end);
            let noun = doc.span(doc.tokens[k - 1].start, doc.tokens[k - 1].end);
            let event = match own_time {
                Some(_) => nominal_event(doc, c.sentence, span, noun, (t, r), dct, "nominal.bound_possessive", format!("a happening named by a noun in the possessive of \"{}\": at that date, the clause's verb before or after it", t.text)),
                None => nominal_event(doc, c.sentence, span, noun, (t, r), dct, "nominal.dated_noun", format!("a happening named by a noun that \"{}\" dates", t.text)),
            };
            out.push((event, ci, None));
        }
    }
    out
}

/// Nouns that name happenings (besides `EVENT_NOUNS` and the suffixes of `EVENT_NOUN_SUFFIXES`), lower case, singular
/// and plural.
const DATED_EVENT_NOUNS: &[&str] = &[
    "talks", "attack", "attacks", "visit", "visits", "trip", "meeting", "meetings", "summit", "crime", "crimes",
    "turnaround", "voyage", "vote", "strike", "strikes", "raid", "raids", "crash", "fire", "war", "deal", "deals",
    "rally", "protest", "protests", "speech", "trial", "arrest", "arrests", "crisis", "storm", "quake", "earthquake",
    "flood", "murder", "slaying", "death", "deaths", "loss", "losses", "fight", "squeeze", "plunge", "drop", "rise",
    "surge", "collapse", "merger", "takeover", "purchase", "sale", "offer", "bid", "ruling", "verdict", "release",
    "launch", "coup", "riot", "riots", "invasion", "ceasefire", "cease-fire", "debate", "hearing", "hearings",
];
/// Suffixes of nouns that name happenings ("announcement", "revision", "election"); a word must be longer than
/// the suffix by three letters.
const EVENT_NOUN_SUFFIXES: &[&str] = &["ment", "ments", "tion", "tions", "sion", "sions", "ings"];
/// The prepositions that may stand between the noun and its date.
/// Rule `nominal.noun_for_period`: "for" too ("a $20 million loss for its fourth quarter", "a vote for Tuesday").
const NOUN_DATE_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "for"];
/// The prepositions that open a phrase between the noun and its date ("his visit to Paris last week"), and how many
/// words that phrase may have.
const NOUN_PP_PREPOSITIONS: &[&str] = &["to", "by", "of", "with", "against", "between", "from", "in", "on", "at"];
const NOUN_PP_MAX: usize = 5;
/// Rule `nominal.counted_noun`: a number or a counting word introduces the noun as a determiner does ("follows two
/// decisions by the Supreme Court last June", "after 12 attacks in May").
const COUNTING_WORDS: &[&str] =
    &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both", "many", "few"];
/// How many words (modifiers) may stand between the determiner, possessive or preposition and the noun.
const NOUN_DATE_MAX_MODIFIERS: usize = 3;

fn is_event_noun(w: &str) -> bool {
    DATED_EVENT_NOUNS.contains(&w)
        || EVENT_NOUNS.contains(&w)
        || EVENT_NOUN_SUFFIXES.iter().any(|s| w.len() >= s.len() + 3 && w.ends_with(s))
}

/// Rule `nominal.abbreviation`: the tokenizer cuts "Corp.'s" into "Corp", ".", "'", "s" and "U.S.-based" or "Co."
/// keep their period apart; the nominal rules read the period of an abbreviation (`ABBREVIATIONS`) glued to its word,
/// and an apostrophe and "s" glued after it, as part of that word ("Unisys Corp.'s announcement Friday", "last month's
/// Campeau Corp. credit squeeze"). Is token `i` the period of such an abbreviation?
fn abbreviation_period(doc: &Document<'_>, i: usize) -> bool {
    let (Some(p), Some(x)) = (i.checked_sub(1).and_then(|p| doc.tokens.get(p)), doc.tokens.get(i)) else {
        return false;
    };
    p.end == x.start
        && p.kind == TokenKind::Word
        && doc.lower(i) == "."
        && super::document::ABBREVIATIONS.contains(&doc.lower(i - 1))
}

/// Is token `i` the "s" of a possessive the tokenizer cut from its word ("Corp.'s": "Corp", ".", "'", "s")?
fn split_possessive(doc: &Document<'_>, i: usize) -> bool {
    let glued = |a: usize, b: usize| doc.tokens.get(a).zip(doc.tokens.get(b)).is_some_and(|(x, y)| x.end == y.start);
    i >= 2 && doc.lower(i) == "s" && matches!(doc.lower(i - 1), "'" | "’") && glued(i - 1, i) && glued(i - 2, i - 1)
}

/// A token that the nominal rules read as part of the word before it (`abbreviation_period`, `split_possessive`).
fn glued_piece(doc: &Document<'_>, i: usize) -> bool {
    abbreviation_period(doc, i)
        || split_possessive(doc, i)
        || (matches!(doc.lower(i), "'" | "’") && split_possessive(doc, i + 1))
}

/// Is `t` a DATE or TIME inside `start..end` other than the clause's own date (`own_id`, the timex that dates its
/// verb)? Read by the rules that give such a date to another word of the clause.
fn other_date_within(t: &Timex, start: usize, end: usize, own_id: Option<&str>) -> bool {
    t.span.start >= start
        && t.span.end <= end
        && matches!(t.kind, TimexType::Date | TimexType::Time)
        && own_id != Some(t.id.as_str())
}

/// The dates (DATE or TIME) standing in each clause with a verb that do not date that verb: (clause index, clause, its
/// verb, the date, its range), for the nominal rules that give such a date to a word of the clause.
fn dates_not_dating_their_verb<'a>(
    cls: &'a [Clause],
    own: &'a [Option<EventTime>],
    timexes: &'a [Timex],
) -> impl Iterator<Item = (usize, &'a Clause, usize, &'a Timex, DateRange)> + 'a {
    cls.iter().enumerate().filter_map(|(ci, c)| c.head.map(|h| (ci, c, h))).flat_map(move |(ci, c, head)| {
        let own_id = own.get(ci).and_then(|o| o.as_ref()).and_then(|o| o.timex.as_deref());
        timexes_in(timexes, c.start, c.end)
            .iter()
            .filter(move |t| other_date_within(t, c.start, c.end, own_id))
            .filter_map(move |t| t.range.map(|r| (ci, c, head, t, r)))
    })
}

/// The prepositions after which a gerund names a happening of its own ("suspected of blowing up a jet in 1988",
/// "after touring the capital Thursday"), for `nominal.gerund_then_date`.
const GERUND_PREPOSITIONS: &[&str] =
    &["of", "for", "after", "before", "by", "in", "on", "upon", "without", "from", "about", "since", "while"];
/// How many words may stand between the gerund and its date ("blowing up a Pan Am jumbo jet over Scotland in 1988").
const GERUND_DATE_MAX_WORDS: usize = 14;

/// Rule `nominal.gerund_then_date`: a gerund right after a preposition (`GERUND_PREPOSITIONS`), followed within a few
/// words (`GERUND_DATE_MAX_WORDS`, words only: no comma, no quotation mark, not the clause's verb) by a date that does
/// not date the clause's verb, is an event of its own at that date (span: the gerund to the end of the date): "two
/// Libyans suspected of blowing up a jet over Scotland in 1988", "After touring the capital Thursday, the chief met".
/// The gerund's token, for the date whose first token is `first`, in clause `c` headed by `head` (read by
/// `nouns_then_dates`, which gives the event). Linear: a constant number of tokens is read before each date.
fn gerund_before_date(doc: &Document<'_>, c: &Clause, head: usize, first: usize) -> Option<usize> {
    let lo = first.saturating_sub(GERUND_DATE_MAX_WORDS + 1).max(c.tok_start + 1);
    (lo..first).rev().take_while(|&i| i != head && doc.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Word)).find(
        |&i| {
            doc.verb_form(i) == Some(super::lexicon::VerbForm::Gerund)
                && GERUND_PREPOSITIONS.contains(&doc.lower(i - 1))
        },
    )
}

/// Rules `nominal.noun_then_date` and `nominal.gerund_then_date` (see `gerund_before_date`).
/// Rule `nominal.noun_then_date`: a noun that names a happening, introduced by a determiner, a possessive or a
/// preposition and followed at once by a date (with "in", "on", "at" or "during" between, or none): "the talks in
/// February", "Unisys's announcement Friday", "a turnaround next year"), or after a short phrase that opens with a
/// preposition ("his visit to Paris last week"). When that date does not date the clause's verb, the noun and its
/// date are an event of their own (span: the noun to the end of the date).
/// Linear: a constant number of tokens is read around each date.
fn nouns_then_dates(
    doc: &Document<'_>,
    cls: &[Clause],
    own: &[Option<EventTime>],
    timexes: &[Timex],
    dct: Option<Date>,
) -> Vec<(Event, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (ci, c, head, t, r) in dates_not_dating_their_verb(cls, own, timexes) {
        let first = doc.token_at_or_after(t.span.start);
        if let Some(a) = gerund_before_date(doc, c, head, first).and_then(|g| doc.tokens.get(g)) {
            let (span, word) = (doc.span(a.start, t.span.end), doc.span(a.start, a.end));
            let why = format!("a happening named by a gerund that \"{}\" after it dates", t.text);
            let event = nominal_event(doc, c.sentence, span, word, (t, r), dct, "nominal.gerund_then_date", why);
            out.push((event, ci, None));
        }
        let mut n = first;
        // "a loss for its fourth quarter": a possessive determiner the date leaves out (`nominal.noun_for_period`)
        if n > c.tok_start + 1
            && matches!(doc.lower(n - 1), "its" | "their" | "his" | "her" | "our")
            && NOUN_DATE_PREPOSITIONS.contains(&doc.lower(n - 2))
        {
            n -= 1;
        }
        if n > c.tok_start && NOUN_DATE_PREPOSITIONS.contains(&doc.lower(n - 1)) {
            n -= 1;
        }
        let Some(mut n) = n.checked_sub(1).filter(|&n| n >= c.tok_start && n != head) else { continue };
        // or the noun before a short prepositional phrase that ends at the date ("his visit to Paris last week")
        if !is_event_noun(doc.lower(n)) {
            let lo = n.saturating_sub(NOUN_PP_MAX).max(c.tok_start + 1);
            let found = (lo..=n)
                .rev()
                .take_while(|&i| {
                    i != head
                        && doc
                            .tokens
                            .get(i)
                            .is_some_and(|x| x.kind == TokenKind::Word || doc.lower(i) == "'s" || glued_piece(doc, i))
                })
                .find(|&i| {
                    NOUN_PP_PREPOSITIONS.contains(&doc.lower(i)) && i - 1 != head && is_event_noun(doc.lower(i - 1))
                });
            match found {
                Some(i) => n = i - 1,
                None => continue,
            }
        }
        if doc.tokens.get(n).is_none_or(|x| x.kind != TokenKind::Word) || !is_event_noun(doc.lower(n)) {
            continue;
        }
        // introduced by a determiner, a possessive or a preposition, with only words between
        let lo = n.saturating_sub(NOUN_DATE_MAX_MODIFIERS + 1).max(c.tok_start);
        let introduced = (lo..n).rev().find_map(|i| {
            let w = doc.lower(i);
            if MODIFIER_DETERMINERS.contains(&w)
                || super::lexicon::PREPOSITIONS.contains(&w)
                || w.ends_with("'s")
                || w.ends_with("’s")
                || split_possessive(doc, i)
                || COUNTING_WORDS.contains(&w)
                || doc.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Number)
            {
                Some(true)
            } else if glued_piece(doc, i) {
                None
            } else if i == head
                || doc.tokens.get(i).is_none_or(|x| x.kind != TokenKind::Word)
                || super::lexicon::BE_FORMS.contains(&w)
                || super::lexicon::HAVE_FORMS.contains(&w)
                || super::lexicon::is_modal(w)
            {
                Some(false)
            } else {
                None
            }
        });
        if introduced != Some(true) {
            continue;
        }
        let (Some(a), Some(b)) = (doc.tokens.get(n), doc.tokens.get(first)) else { continue };
        if t.span.end <= a.start || b.start < a.start {
            continue;
        }
        let span = doc.span(a.start, t.span.end);
        let noun = doc.span(a.start, a.end);
        let event = nominal_event(doc, c.sentence, span, noun, (t, r), dct, "nominal.noun_then_date", format!("a happening named by a noun that \"{}\" right after it dates", t.text));
        out.push((event, ci, None));
    }
    out
}

/// Rule `nominal.retold`: kinds of happening, each named by verbs (lemmas) and nouns. A definite noun of a kind ("the
/// slaying", "the unfortunate murder of the doctor") tells again the last happening of that kind placed on a day
/// earlier in the text ("Slepian was shot on Friday night"): it is an event of its own at that day.
const RETOLD_KINDS: &[(&[&str], &[&str])] = &[
    (
        &["kill", "slay", "murder", "shoot", "assassinate", "stab"],
        &["killing", "slaying", "murder", "homicide", "shooting", "assassination", "stabbing"],
    ),
    (&["attack", "bomb", "explode"], &["attack", "bombing", "blast", "explosion"]),
    (&["crash", "collide"], &["crash", "collision"]),
];
/// How many words (modifiers) may stand between "the" and the noun of `nominal.retold`.
const RETOLD_MAX_MODIFIERS: usize = 1;

/// The kind (`RETOLD_KINDS`) of an event's trigger: a verb of a kind, or a noun of one.
fn retold_kind(w: &str) -> Option<usize> {
    let lemma = super::lexicon::verb_form_lower(w).map(|(l, _)| l);
    RETOLD_KINDS.iter().position(|(verbs, nouns)| nouns.contains(&w) || lemma.as_ref().is_some_and(|l| l.is_in(verbs)))
}

/// Rule `nominal.retold` (see `RETOLD_KINDS`): not in a clause with a date of its own in the text, not a noun that is
/// already an event's trigger. Linear but for sorting the earlier placements by position.
fn retold_events(
    doc: &Document<'_>,
    cls: &[Clause],
    own: &[Option<EventTime>],
    events: &[(Event, usize, Option<usize>)],
    dct: Option<Date>,
) -> Vec<(Event, usize, Option<usize>)> {
    // the placements on a day that name a kind, by position
    let mut placed: Vec<(usize, usize, &EventTime)> = events
        .iter()
        .filter_map(|(e, _, _)| {
            let t = e.time.as_ref()?;
            let on_a_day = t.timex.is_some() && t.relation == Relation::On && t.range.precision >= Precision::Day;
            let past = dct.is_none_or(|d| t.range.start <= d);
            let kind = retold_kind(&e.trigger.text.to_lowercase())?;
            (on_a_day && past).then_some((e.trigger.span.start, kind, t))
        })
        .collect();
    if placed.is_empty() {
        return Vec::new();
    }
    crate::sort::sort_by_key(&mut placed, |p| p.0);
    let mut triggers: Vec<usize> = events.iter().map(|(e, _, _)| e.trigger.span.start).collect();
    crate::sort::sort(&mut triggers);
    let mut last: Vec<Option<&EventTime>> = vec![None; RETOLD_KINDS.len()];
    let mut next = 0;
    let mut out = Vec::new();
    for (ci, c) in cls.iter().enumerate() {
        if c.head.is_none() || own.get(ci).and_then(|o| o.as_ref()).is_some_and(|o| o.timex.is_some()) {
            continue;
        }
        for i in c.tok_start..c.tok_end {
            let Some(x) = doc.tokens.get(i) else { break };
            while let Some(&(_, kind, t)) = placed.get(next).filter(|p| p.0 < x.start) {
                last[kind] = Some(t);
                next += 1;
            }
            let w = doc.lower(i);
            let Some(kind) = RETOLD_KINDS.iter().position(|(_, nouns)| nouns.contains(&w)) else { continue };
            let Some(t) = last[kind] else { continue };
            let lo = i.saturating_sub(RETOLD_MAX_MODIFIERS + 1).max(c.tok_start);
            let Some(the) = (lo..i).rev().find(|&j| doc.lower(j) == "the") else { continue };
            let words_between = (the + 1..i)
                .all(|j| doc.tokens.get(j).is_some_and(|y| y.kind == TokenKind::Word) && doc.verb_form(j).is_none());
            if !words_between || triggers.binary_search(&x.start).is_ok() {
                continue;
            }
            let Some(a) = doc.tokens.get(the) else { continue };
            let span = doc.span(a.start, x.end);
            let mut title = doc.slice(span.start, span.end).to_string();
            if let Some(f) = title.get(0..1) {
                title = f.to_uppercase() + title.get(1..).unwrap_or("");
            }
            let event = Event {
                id: String::new(),
                spans: vec![span],
                sentence: c.sentence,
                title,
                trigger: SpanText { span: doc.span(x.start, x.end), text: doc.tok_text(x).to_string() },
                time: Some(t.clone()),
                status: EventStatus::Happened,
                actors: Vec::new(),
                claims: Vec::new(),
                rule: "nominal.retold".into(),
                explanation: format!(
                    "\"{}\" tells again the happening placed at {} earlier in the text",
                    doc.tok_text(x),
                    t.label
                ),
                class: EventClass::Occurrence,
            };
            out.push((event, ci, None));
        }
    }
    out
}

/// Rule `nominal.compared`: the markers that open a point of comparison naming a happening of its own ("posted a
/// profit of $24 million, compared with a loss of $3 million last year"): the words after the marker up to the
/// comparison's date (and the noun right after it) become an event at that date.
const COMPARED_MARKERS: &[&[&str]] = &[&["compared", "with"], &["compared", "to"], &["versus"], &["against"]];
/// How far before its date the marker may stand, and how far after the date the comparison may run, in tokens.
const COMPARED_MAX_BEFORE: usize = 10;
const COMPARED_MAX_AFTER: usize = 6;

fn compared_events(doc: &Document<'_>, cls: &[Clause], own: &[Option<EventTime>], timexes: &[Timex], dct: Option<Date>) -> Vec<(Event, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (ci, c) in cls.iter().enumerate() {
        if c.head.is_none() {
            continue;
        }
        let own_id = own.get(ci).and_then(|o| o.as_ref()).and_then(|o| o.timex.as_deref());
        for t in timexes_in(timexes, c.start, c.end).iter().filter(|t| t.span.start >= c.start && t.span.end <= c.end && matches!(t.kind, TimexType::Date | TimexType::Time)) {
            let Some(r) = t.range else { continue };
            if own_id == Some(t.id.as_str()) {
                continue;
            }
            let first = doc.token_at_or_after(t.span.start);
            let lo = first.saturating_sub(COMPARED_MAX_BEFORE).max(c.tok_start);
            // the nearest marker before the date, with no clause punctuation between them
            let Some(start) = (lo..first).rev().find_map(|i| {
                COMPARED_MARKERS
                    .iter()
                    .find(|m| (0..m.len()).all(|j| i + j < first && doc.lower(i + j) == m[j]))
                    .map(|m| i + m.len())
            }) else {
                continue;
            };
            if (start..first).any(|i| matches!(doc.lower(i), ";" | ":" | "(" | ")")) {
                continue;
            }
            // runs to the end of the date, and on to the noun it modifies ("year-earlier profit"), up to punctuation
            let mut end = doc.token_at_or_after(t.span.end);
            let stop = (end + COMPARED_MAX_AFTER).min(c.tok_end);
            if end < stop && doc.tokens.get(end).is_some_and(|x| x.kind == TokenKind::Word) && !super::lexicon::PREPOSITIONS.contains(&doc.lower(end)) {
                while end < stop && doc.tokens.get(end).is_some_and(|x| x.kind == TokenKind::Word) && !super::lexicon::PREPOSITIONS.contains(&doc.lower(end)) {
                    end += 1;
                }
            }
            let (Some(a), Some(b)) = (doc.tokens.get(start), end.checked_sub(1).and_then(|e| doc.tokens.get(e))) else { continue };
            if b.end <= a.start {
                continue;
            }
            let span = doc.span(a.start, b.end);
            // the happening's noun: the first word after any determiner that is not a number or the date
            let noun_i = (start..end).find(|&i| {
                let x = &doc.tokens[i];
                x.kind == TokenKind::Word && !super::lexicon::DETERMINERS.contains(&doc.lower(i)) && !(x.start >= t.span.start && x.end <= t.span.end)
            });
            let Some(ni) = noun_i else { continue };
            let noun = doc.span(doc.tokens[ni].start, doc.tokens[ni].end);
            let mut title = doc.slice(span.start, span.end).to_string();
            if let Some(f) = title.get(0..1) {
                title = f.to_uppercase() + title.get(1..).unwrap_or("");
            }
            let status = if dct.is_some_and(|d| r.start > d) { EventStatus::Expected } else { EventStatus::Happened };
            out.push((
                Event {
                    id: String::new(),
                    spans: vec![span],
                    sentence: c.sentence,
                    title,
                    trigger: SpanText { span: noun, text: doc.slice(noun.start, noun.end).to_string() },
                    time: Some(timex_time(t, r, Relation::On, dct)),
                    status,
                    actors: Vec::new(),
                    claims: Vec::new(),
                    rule: "nominal.compared".into(),
                    explanation: format!("the point of comparison, dated by \"{}\"", t.text),
                    class: EventClass::Occurrence,
                },
                ci,
                None,
            ));
        }
    }
    out
}

/// Rule `nominal.period_end`: "the quarter ended Sept. 30", "the year ending tomorrow": the period's end is a
/// happening of its own at the date (span: the participle and the date), which `govern.period_end` keeps from the
/// clause's verb.
fn period_end_events(doc: &Document<'_>, cls: &[Clause], timexes: &[Timex], dct: Option<Date>) -> Vec<(Event, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (ci, c) in cls.iter().enumerate() {
        if c.head.is_none() {
            continue;
        }
        for t in timexes_in(timexes, c.start, c.end).iter().filter(|t| t.span.start >= c.start && t.span.end <= c.end && matches!(t.kind, TimexType::Date | TimexType::Time)) {
            let Some(r) = t.range else { continue };
            let Some(part) = period_end_participle(doc, c, t) else { continue };
            let Some(p) = doc.tokens.get(part) else { continue };
            let span = doc.span(p.start, t.span.end);
            let trigger = doc.span(p.start, p.end);
            let Some(n) = part.checked_sub(1).and_then(|i| doc.tokens.get(i)) else { continue };
            let noun = doc.tok_text(n).to_lowercase();
            let phrase = doc.slice(n.start, t.span.end);
            let mut title = phrase.get(0..1).map(|f| f.to_uppercase()).unwrap_or_default();
            title.push_str(phrase.get(1..).unwrap_or(""));
            let status = if dct.is_some_and(|d| r.start > d) { EventStatus::Expected } else { EventStatus::Happened };
            out.push((
                Event {
                    id: String::new(),
                    spans: vec![span],
                    sentence: c.sentence,
                    title,
                    trigger: SpanText { span: trigger, text: doc.tok_text(p).to_string() },
                    time: Some(timex_time(t, r, Relation::On, dct)),
                    status,
                    actors: Vec::new(),
                    claims: Vec::new(),
                    rule: "nominal.period_end".into(),
                    explanation: format!("the end of the {noun} named before it, dated by \"{}\"", t.text),
                    class: EventClass::Occurrence,
                },
                ci,
                None,
            ));
        }
    }
    out
}

/// Verbs that judge something someone did, and the event nouns they judge it for: "praised the president for his
/// decisive action in Iran" states an action that happened before the praise.
const EVALUATIVE_VERBS: &[&str] = &[
    "praise", "congratulate", "thank", "criticize", "criticise", "condemn", "blame", "applaud", "hail", "commend",
    "credit", "fault", "punish", "reward", "honor", "honour", "attack", "slam", "fine", "sue", "arrest", "charge",
];
const EVENT_NOUNS: &[&str] = &[
    "action", "actions", "attack", "attacks", "strike", "strikes", "decision", "decisions", "role", "work", "effort",
    "efforts", "leadership", "victory", "handling", "response", "move", "intervention", "remarks", "comments",
    "statement", "vote", "policy", "invasion", "raid", "operation", "campaign", "failure", "conduct", "behavior",
    "behaviour", "crackdown", "deal", "speech", "visit", "help", "support",
];

/// Whether one of `a`'s mentions lies within `start..end` (an actor's mentions are sorted by start: binary search).
fn mention_within(a: &Actor, start: usize, end: usize) -> bool {
    let from = a.mentions.partition_point(|m| m.span.start < start);
    a.mentions.get(from..).unwrap_or(&[]).iter().take_while(|m| m.span.start <= end).any(|m| m.span.end <= end)
}

/// Rule `nominal.evaluated_before`: an action named as what someone was praised, blamed or thanked for is an
/// event of its own, placed before the judging event (no made-up date: only "before" it).
fn evaluated_actions(doc: &Document<'_>, events: &[(Event, usize, Option<usize>)], cls: &[Clause], actors: &[Actor]) -> Vec<(Event, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (e, ci, _) in events {
        let c = &cls[*ci];
        if !c.lemma.as_deref().is_some_and(|l| EVALUATIVE_VERBS.contains(&l)) || e.class != EventClass::Occurrence || e.status != EventStatus::Happened {
            continue;
        }
        let Some(t) = &e.time else { continue };
        let Some(head) = c.head else { continue };
        // "for" + a possessive or article + up to four modifiers + an event noun (+ "in/against/on X")
        let Some(f) = (head + 1..c.tok_end).find(|&i| doc.tok_text(&doc.tokens[i]).eq_ignore_ascii_case("for")) else { continue };
        let word = |i: usize| doc.lower(i);
        let det = word(f + 1);
        if !matches!(det, "his" | "her" | "their" | "its" | "the") {
            continue;
        }
        let Some(noun) = (f + 2..(f + 7).min(c.tok_end)).find(|&i| EVENT_NOUNS.contains(&word(i))) else { continue };
        let mut end = noun + 1;
        if matches!(word(end), "in" | "against" | "on" | "over" | "during" | "to") && end + 1 < c.tok_end && doc.tok_text(&doc.tokens[end + 1]).starts_with(char::is_uppercase) {
            end += 2;
            while end < c.tok_end && doc.tok_text(&doc.tokens[end]).starts_with(char::is_uppercase) {
                end += 1;
            }
        }
        // the quotation marks around the words are the article's; the title keeps the words
        let np: String = doc
            .slice(doc.tokens[f + 2].start, doc.tokens[end - 1].end)
            .chars()
            .filter(|ch| !matches!(ch, '"' | '“' | '”'))
            .collect();
        // whose action: the possessive refers to the judged person, the verb's object
        let owner = if det == "the" {
            None
        } else {
            actors.iter().find(|a| mention_within(a, doc.tokens[head].end, doc.tokens[f].start))
        };
        let title = match owner {
            Some(a) => format!("{}'s {}", short_name(a), np.trim()),
            None => {
                let mut t = np.trim().to_string();
                if let Some(first) = t.get(0..1) {
                    t = first.to_uppercase() + t.get(1..).unwrap_or("");
                }
                t
            }
        };
        let span = doc.span(doc.tokens[f + 2].start, doc.tokens[end - 1].end);
        let end_day = if t.open_start { t.range.end.add_days(-1) } else { t.range.start };
        let time = EventTime {
            timex: None,
            value: end_day.to_string(),
            relation: Relation::Before,
            range: DateRange { start: end_day.add_days(-365), end: end_day, precision: Precision::Day },
            open_start: true,
            open_end: false,
            label: prefixed_day_label("before ", end_day),
        };
        let mut ev_actors: Vec<String> = owner.map(|a| vec![a.id.clone()]).unwrap_or_default();
        for a in actors {
            if mention_within(a, span.start, span.end) && !ev_actors.contains(&a.id) {
                ev_actors.push(a.id.clone());
            }
        }
        let trigger = doc.span(doc.tokens[noun].start, doc.tokens[noun].end);
        out.push((
            Event {
                id: String::new(),
                spans: vec![span],
                sentence: c.sentence,
                title,
                trigger: SpanText { span: trigger, text: doc.slice(trigger.start, trigger.end).to_string() },
                time: Some(time),
                status: EventStatus::Happened,
                actors: ev_actors,
                claims: Vec::new(),
                rule: "nominal.evaluated_before".into(),
                explanation: format!("an action named as what \"{}\" judged: it happened before that, at a date the text does not give", doc.tok_text(&doc.tokens[head])),
                class: EventClass::Occurrence,
            },
            *ci,
            owner.and_then(|o| actors.iter().position(|a| a.id == o.id)),
        ));
    }
    out
}

/// Words that open a comparison aside; a date after them dates the comparison, not the clause:
/// "Turnout reached 68 percent, up from 59 percent in 2019".
const COMPARISON_MARKERS: &[&[&str]] = &[&["up", "from"], &["down", "from"], &["compared", "with"], &["compared", "to"], &["than"], &["versus"], &["a", "year", "earlier"]];

fn in_comparison_aside(doc: &Document<'_>, c: &Clause, pos: usize) -> bool {
    let end = doc.token_at_or_after(pos).min(c.tok_end);
    let words: Vec<&str> = (c.tok_start..end).map(|i| doc.lower(i)).collect();
    COMPARISON_MARKERS.iter().any(|m| words.windows(m.len()).any(|w| w.iter().zip(m.iter()).all(|(a, b)| a == b)))
}

/// The actor whose mention is the clause's subject: the last actor mention between the clause start and its
/// verb; a subject pronoun ("he", "she") resolves to the nearest earlier person mentioned.
fn subject_actor(doc: &Document<'_>, c: &Clause, head: usize, actors: &[Actor], mentions: &[(usize, usize, usize)]) -> Option<usize> {
    let start = doc.tokens.get(c.tok_start)?.start;
    let verb = doc.tokens.get(head)?.start;
    let lo = mentions.partition_point(|m| m.0 < start);
    let hi = mentions.partition_point(|m| m.0 < verb);
    if let Some(m) = mentions.get(lo..hi.max(lo)).unwrap_or(&[]).iter().rev().find(|m| m.1 <= verb) {
        return Some(m.2);
    }
    let pronoun = (c.tok_start..head).find(|&i| matches!(doc.lower(i), "he" | "she"));
    if let Some(p) = pronoun {
        let at = doc.tokens[p].start;
        let before = mentions.partition_point(|m| m.0 < at);
        // the nearest person mentioned before the pronoun (a bounded look back)
        return mentions
            .get(..before)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(200)
            .find(|m| m.1 <= at && actors.get(m.2).is_some_and(|a| a.kind == ActorKind::Person))
            .map(|m| m.2);
    }
    None
}

fn actors_in(actors: &[Actor], mentions: &[(usize, usize, usize)], span: &Span, subject: Option<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(s) = subject.and_then(|s| actors.get(s)) {
        out.push(s.id.clone());
    }
    let lo = mentions.partition_point(|m| m.0 < span.start);
    for m in mentions.get(lo..).unwrap_or(&[]).iter().take_while(|m| m.0 < span.end) {
        if m.1 <= span.end {
            if let Some(a) = actors.get(m.2) {
                if !out.contains(&a.id) {
                    out.push(a.id.clone());
                }
            }
        }
    }
    out
}

fn short_name(a: &Actor) -> String {
    if a.kind == ActorKind::Person {
        a.name.split_whitespace().last().unwrap_or(&a.name).to_string()
    } else {
        a.name.clone()
    }
}

/// A short extractive headline: the clause without its opener, leading or trailing time phrases, with the
/// subject pronoun or relative pronoun replaced by what it stands for, cut after a few words past the verb.
/// `words` is a buffer for the title's words (emptied here), so that titles are made without allocating it each time.
#[allow(clippy::too_many_arguments)]
fn title_of<'d>(
    doc: &'d Document<'_>,
    c: &Clause,
    head: usize,
    timexes: &[Timex],
    actors: &[Actor],
    subject: Option<usize>,
    cls: &[Clause],
    words: &mut Vec<(usize, std::borrow::Cow<'d, str>)>,
) -> String {
    let toks = &doc.tokens;
    let in_timex = |i: usize| timexes.iter().any(|t| matches!(t.kind, TimexType::Date | TimexType::Time) && toks[i].start >= t.span.start && toks[i].end <= t.span.end);
    let mut i = c.tok_start;
    let mut prefix: Option<String> = None;
    // the opener: "which"/"who" stand for the noun phrase before them; others are dropped
    if let Some(op) = &c.opener {
        if matches!(op.as_str(), "which" | "who" | "that") && c.boundary != "boundary.preposition_relative" {
            prefix = antecedent(doc, c.tok_start);
            // clauses come in text order, their ends too: the ones ending where this one starts, by binary search
            let at = cls.partition_point(|k| k.tok_end < c.tok_start);
            if op == "that" && cls.get(at..).unwrap_or(&[]).iter().take_while(|k| k.tok_end == c.tok_start).any(|k| k.reporting) {
                prefix = None;
            }
        }
        i += op.split_whitespace().count();
    }
    // a coordinated predicate ("and has cast doubt") takes the subject of the clause before it
    if c.boundary == "boundary.coordination" && c.group_start == Some(c.tok_start + 1) {
        if let Some(p) = earlier_in_sentence(cls, c).find(|k| k.group_start.is_some()) {
            let from = p.tok_start + p.opener.as_ref().map(|o| o.split_whitespace().count()).unwrap_or(0);
            let to = p.group_start.unwrap_or(from);
            let subj: Vec<usize> = (from..to).filter(|&i| !in_timex(i) && !matches!(doc.tok_text(&toks[i]), ",")).collect();
            if let (Some(&a), Some(&b)) = (subj.first(), subj.last()) {
                let phrase = doc.slice(toks[a].start, toks[b].end).to_string();
                let ph = phrase.to_lowercase();
                if !(ph == "so far" || ph.starts_with("for ") || ph.starts_with("in ")) && subj.len() <= 6 {
                    prefix = Some(if matches!(ph.as_str(), "he" | "she") { subject.and_then(|s| actors.get(s)).map(short_name).unwrap_or(phrase) } else { phrase });
                }
            }
        }
    }
    // the main clause resumed after a relative clause takes its subject from before it
    if c.boundary == "boundary.relative_end" {
        if let Some(f) = earlier_in_sentence(cls, c).find(|k| k.boundary == "sentence.start" && k.head.is_none()) {
            prefix = Some(doc.slice(f.start, f.end).trim_end_matches([',', ' ']).to_string());
        }
    }
    // leading time phrase and its comma: "In 2023,", "Earlier this year,", "So far,"
    let lead_start = i;
    let in_any_timex = |i: usize| timexes.iter().any(|t| toks[i].start >= t.span.start && toks[i].end <= t.span.end);
    while i < head && (in_any_timex(i) || (i == lead_start && PREPOSITION_OF_TIME.contains(&doc.lower(i)) && i + 1 < head && in_any_timex(i + 1))) {
        i += 1;
    }
    if i > lead_start && doc.tok_text(&toks[i.min(toks.len() - 1)]) == "," {
        i += 1;
    }
    let lower_i = doc.lower(i.min(toks.len() - 1));
    if matches!(lower_i, "so" | "thus") && toks.get(i + 1).is_some_and(|t| doc.tok_text(t) == "far") {
        i += 2;
        if toks.get(i).is_some_and(|t| doc.tok_text(t) == ",") {
            i += 1;
        }
    }
    // words: from i to the clause end, skipping time expressions (and the preposition before them)
    words.clear();
    let mut k = i;
    // the title keeps at most `MAX_TITLE_WORDS_AFTER_VERB` words past the verb (and looks at three more to know it
    // is cut): the words further on are not read (`title_words_enough`)
    let mut head_at: Option<usize> = None;
    while k < c.tok_end && !title_words_enough(words.len(), head_at) {
        if in_timex(k) {
            let first_of_timex = k == 0 || !in_timex(k - 1);
            if let (true, Some(&(w, _))) = (first_of_timex, words.last()) {
                if PREPOSITION_OF_TIME.contains(&doc.lower(w)) {
                    words.pop();
                }
            }
            k += 1;
            continue;
        }
        if head_at.is_none() && k >= head {
            head_at = Some(words.len());
        }
        words.push((k, std::borrow::Cow::Borrowed(doc.tok_text(&toks[k]))));
        k += 1;
    }
    // a subject pronoun is replaced by its actor's name
    if let (Some(&(pi, _)), Some(a)) = (words.first(), subject.and_then(|s| actors.get(s))) {
        if matches!(doc.lower(pi), "he" | "she") && pi < head {
            words[0].1 = std::borrow::Cow::Owned(short_name(a));
        }
    }
    // cut: at most a few words past the verb, before a preposition or a comma when possible
    let head_pos = words.iter().position(|(t, _)| *t >= head).unwrap_or(0);
    let limit = head_pos + 1 + MAX_TITLE_WORDS_AFTER_VERB;
    if words.len() > limit + 3 {
        // cut at a comma if there is one, else before a preposition or conjunction
        let range = head_pos + 3..=limit;
        let cut = range
            .clone()
            .rev()
            .find(|&j| words[j].1 == ",")
            .or_else(|| range.rev().find(|&j| TITLE_CUTS.contains(&title_word_lower(doc, &words[j]).as_ref())))
            .unwrap_or(limit);
        words.truncate(cut);
    }
    // no dangling punctuation or function word at the end (a particle right after the verb stays: "sworn in")
    while words.len() > 1 && words.last().is_some_and(|(t, w)| toks[*t].kind == TokenKind::Punct && !w.ends_with(['”', ')'])) {
        words.pop();
    }
    while words.len() > head_pos + 2
        && words.last().is_some_and(|tw @ (t, w)| {
            let l = title_word_lower(doc, tw);
            (toks[*t].kind == TokenKind::Punct && !w.ends_with(['”', ')']))
                || TITLE_CUTS.contains(&&*l)
                || matches!(&*l, "to" | "of" | "the" | "a" | "an" | "and" | "or" | "but" | "that" | "which" | "his" | "her" | "their" | "its" | "whether" | "than")
        })
    {
        words.pop();
    }
    // balance a quotation mark left open by the cut
    let mut out = String::with_capacity(title_capacity(prefix.as_deref(), words));
    if let Some(p) = prefix {
        out.push_str(&p);
    }
    let mut prev_end: Option<usize> = None;
    for (t, w) in words.iter() {
        let tok = toks[*t];
        let glued = prev_end.is_some_and(|e| e == tok.start) || (tok.kind == TokenKind::Punct && matches!(w.as_ref(), "," | "." | ";" | ":" | "!" | "?"));
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(w);
        prev_end = Some(tok.end);
    }
    // balance a quotation mark left open by the cut
    let (open, close, straight) = quote_marks(&out);
    if open > close {
        out.push('”');
    }
    if straight % 2 == 1 {
        out.push('"');
    }
    capitalised(out)
}

#[cfg(test)]
mod speed_tests {
    use super::*;

    /// `phrase_hits` and `clause_has_any` answer what a scan of each clause for each phrase answered.
    #[test]
    fn phrase_hits_agree_with_a_scan_of_each_clause() {
        let text = "So far, the club has paid. Up to now they said nothing, as yet. The council, which met \
                    so\nfar away, has to date approved it; until now. Thus far up to";
        let doc = Document::new(text);
        let hits = phrase_hits(&doc, SO_FAR_PHRASES);
        let cls = clauses(&doc);
        let mut found = 0;
        for c in &cls {
            let scan = SO_FAR_PHRASES.iter().any(|p| {
                c.tok_end >= c.tok_start + p.len()
                    && (c.tok_start..=c.tok_end - p.len())
                        .any(|s| p.iter().enumerate().all(|(j, w)| doc.lower(s + j) == *w))
            });
            assert_eq!(clause_has_any(&hits, c), scan, "{}", doc.slice(c.start, c.end));
            found += usize::from(scan);
        }
        assert!(found >= 3, "{found}");
    }

    #[test]
    fn quote_marks_counts_each_mark() {
        let texts = ["", "plain words", "“open", "“a” and “b", "\"x\" \"", "é “ ” ’ — \"", "…“”“"];
        for s in texts {
            assert_eq!(quote_marks(s), (s.matches('“').count(), s.matches('”').count(), s.matches('"').count()), "{s}");
        }
    }

    #[test]
    fn word_ids_number_each_word_once() {
        let mut ids = WordIds::default();
        let a = ids.id("plant".into());
        let b = ids.id("closure".into());
        assert_eq!((ids.id("plant".into()), ids.id(String::from("closure").into())), (a, b));
        assert_ne!(a, b);
        assert_eq!(ids.newest, vec![usize::MAX, usize::MAX]);
    }
}

/// Has a title's word list (`title_of`) read enough: `n` words, the verb's word at `head_at`? The cut keeps at most
/// `head_at + 1 + MAX_TITLE_WORDS_AFTER_VERB` words and is made when there are more than three past that; with two
/// more read (the word a time expression's preposition can take back, and one to spare) the words kept and the
/// decision to cut are those of the whole clause.
fn title_words_enough(n: usize, head_at: Option<usize>) -> bool {
    head_at.is_some_and(|h| n >= h + 1 + MAX_TITLE_WORDS_AFTER_VERB + 5)
}

/// The counts of the opening and closing curly quotation marks and of the straight one in `s`, in one pass over its
/// bytes (`“` is E2 80 9C, `”` E2 80 9D).
fn quote_marks(s: &str) -> (usize, usize, usize) {
    let b = s.as_bytes();
    let (mut open, mut close, mut straight) = (0, 0, 0);
    // most titles hold neither mark (two `memchr` scans)
    if !b.contains(&b'"') && !b.contains(&0xE2) {
        return (0, 0, 0);
    }
    for (i, &x) in b.iter().enumerate() {
        if x == b'"' {
            straight += 1;
        } else if x == 0xE2 && b.get(i + 1) == Some(&0x80) {
            match b.get(i + 2) {
                Some(0x9C) => open += 1,
                Some(0x9D) => close += 1,
                _ => {}
            }
        }
    }
    (open, close, straight)
}

/// A title word lower-cased: a word of the text is read from `doc.lower` (no allocation); a name put in for a pronoun
/// is lower-cased here.
fn title_word_lower<'a>(
    doc: &'a Document<'_>,
    (t, w): &'a (usize, std::borrow::Cow<'_, str>),
) -> std::borrow::Cow<'a, str> {
    match w {
        std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(doc.lower(*t)),
        std::borrow::Cow::Owned(s) => std::borrow::Cow::Owned(s.to_lowercase()),
    }
}

/// `s` with its first character upper-cased: in place when it is ASCII, else written once into a string of the
/// right size.
fn capitalised(mut s: String) -> String {
    if s.as_bytes().first().is_some_and(u8::is_ascii) {
        if let Some(f) = s.get_mut(..1) {
            f.make_ascii_uppercase();
        }
        return s;
    }
    let mut chars = s.chars();
    let Some(f) = chars.next() else { return String::new() };
    // the size of the text: an upper-case letter as long as its lower case (any other grows the string once)
    let mut out = String::with_capacity(s.len());
    out.extend(f.to_uppercase());
    out.push_str(chars.as_str());
    out
}

/// The bytes a title of these words takes at most (each word, a space before it, a closing quotation mark and the
/// capital's growth), so that it is written without growing.
fn title_capacity(prefix: Option<&str>, words: &[(usize, std::borrow::Cow<'_, str>)]) -> usize {
    prefix.map_or(0, str::len) + words.iter().map(|(_, w)| w.len() + 1).sum::<usize>() + 8
}

const PREPOSITION_OF_TIME: &[&str] = &["in", "on", "at", "during", "since", "by", "for", "until", "before", "after", "from", "through", "throughout", "over"];

/// The noun phrase right before a relative pronoun: "the NATO summit" in "referencing the NATO summit, which".
fn antecedent(doc: &Document<'_>, rel: usize) -> Option<String> {
    let mut j = rel;
    if j > 0 && doc.tok_text(&doc.tokens[j - 1]) == "," {
        j -= 1;
    }
    let end = j;
    let mut start = end;
    while start > 0 {
        let t = &doc.tokens[start - 1];
        let w = doc.lower(start - 1);
        let of_phrase = matches!(w, "of" | "from") || w.ends_with("ly");
        if t.kind == TokenKind::Punct || (super::lexicon::PREPOSITIONS.contains(&w) && !of_phrase) || doc.verb_form(start - 1).is_some_and(|f| !matches!(f, super::lexicon::VerbForm::Base)) || end - start >= 6 {
            break;
        }
        start -= 1;
        if super::lexicon::DETERMINERS.contains(&w) {
            break;
        }
    }
    if start == end {
        return None;
    }
    Some(doc.slice(doc.tokens[start].start, doc.tokens[end - 1].end).to_string())
}

/// Numbers for the words of `merge_mentions`, given at a word's first sight, and each word's newest node
/// (`usize::MAX`: none yet): the merge sorts, dedups and compares numbers instead of strings, and finds a word's list
/// by its number once it is numbered.
#[derive(Default)]
struct WordIds<'d> {
    ids: super::lexicon::TextMap<std::borrow::Cow<'d, str>, usize>,
    newest: Vec<usize>,
}

impl<'d> WordIds<'d> {
    fn id(&mut self, w: std::borrow::Cow<'d, str>) -> usize {
        let next = self.newest.len();
        let id = *self.ids.entry(w).or_insert(next);
        if id == next {
            self.newest.push(usize::MAX);
        }
        id
    }
}

/// Token `i` lower-cased if it is a content word (`merge_mentions`): a word not capitalised, longer than three
/// letters, not a stop noun, not a verb form. The cheap tests first: the length, then the first byte (an ASCII letter
/// is read as it is, any other character as a `char`).
fn content_word<'d>(doc: &'d Document<'_>, i: usize) -> Option<&'d str> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = doc.lower(i);
    if w.len() <= 3 {
        return None;
    }
    let text = doc.tok_text(t);
    let upper = match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text.starts_with(char::is_uppercase),
    };
    (!upper && !is_stop_noun(w) && doc.verb_form(i).is_none()).then_some(w)
}

/// Sorts `v[from..]` and drops its repeats (`v[..from]` stays as it is).
fn sort_dedup_tail<T: Ord + Copy>(v: &mut Vec<T>, from: usize) {
    if let Some(tail) = v.get_mut(from..) {
        crate::sort::sort(tail);
    }
    let mut kept = from;
    for r in from..v.len() {
        if kept == from || v[r] != v[kept - 1] {
            v[kept] = v[r];
            kept += 1;
        }
    }
    v.truncate(kept);
}

/// The mentions on a word's list, newest first (`merge_mentions`).
fn newest_first(nodes: &[(usize, usize)], newest: usize) -> impl Iterator<Item = usize> + '_ {
    let mut at = newest;
    std::iter::from_fn(move || {
        let &(k, before) = nodes.get(at)?;
        at = before;
        Some(k)
    })
}

/// `STOP_NOUNS.contains(w)`, with a filter in front that turns most words away without scanning the list (asked for
/// every word of every event's clause when mentions are merged).
fn is_stop_noun(w: &str) -> bool {
    static FILTER: std::sync::OnceLock<super::lexicon::WordFilter> = std::sync::OnceLock::new();
    FILTER.get_or_init(|| super::lexicon::WordFilter::new(STOP_NOUNS.iter().copied())).may_contain(w)
        && super::lexicon::word_in(STOP_NOUNS, w)
}

/// Merges mentions of one happening: same verb lemma or a shared content noun, a shared actor, and times that
/// agree (equal, or one undated).
fn merge_mentions(doc: &Document<'_>, events: Vec<(Event, usize, Option<usize>)>, cls: &[Clause]) -> Vec<Event> {
    // candidates come from an index of content words (and of the nouns of judged actions), the most recent few per
    // word, so that merging stays linear in the length of the text
    const PER_WORD: usize = 24;
    // content words are numbered at their first sight (`WordIds`, keys borrowed from the document's lower-cased
    // tokens: a 1 MB text has tens of thousands of mentions); each kept mention's content words (their numbers,
    // sorted, no repeats) are `all_words[from..to]`
    let mut out: Vec<(Event, usize, Option<usize>, bool, (usize, usize))> = Vec::new();
    let mut all_words: Vec<usize> = Vec::new();
    // the mentions that have a word, newest first: a list through `nodes` (mention, the node before) from the word's
    // newest node (`ids.newest[word]`)
    let mut ids = WordIds::default();
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    let mut headlines: Vec<usize> = Vec::new();
    let mut cands: Vec<usize> = Vec::new();
    let mut gathered: Vec<usize> = Vec::new();
    'next: for (serial, (e, ci, subj)) in events.into_iter().enumerate() {
        let c = &cls[ci];
        let from = all_words.len();
        for i in c.tok_start..c.tok_end {
            if let Some(w) = content_word(doc, i) {
                all_words.push(ids.id(std::borrow::Cow::Borrowed(w)));
            }
        }
        sort_dedup_tail(&mut all_words, from);
        let words = all_words.get(from..).unwrap_or(&[]);
        let nominal_key = (e.rule == "nominal.evaluated_before")
            .then(|| ids.id(format!("#nominal:{}", e.trigger.text.trim_end_matches('s').to_lowercase()).into()));
        cands.clear();
        // only a happening merges, and only into a kept mention of its class that happened: the others are not
        // gathered (the lists and their cut at `PER_WORD` are the same)
        let can_merge =
            |k: &usize| out.get(*k).is_some_and(|o| o.0.status == EventStatus::Happened && o.0.class == e.class);
        // a kept mention found under several words is gathered once (`gathered[k]`: the last mention that took it)
        if e.status == EventStatus::Happened {
            let lists = words.iter().copied().chain(nominal_key).filter_map(|w| ids.newest.get(w).copied());
            for k in headlines.iter().copied().chain(lists.flat_map(|n| newest_first(&nodes, n).take(PER_WORD))) {
                if gathered.get(k).is_some_and(|&g| g != serial) && can_merge(&k) {
                    gathered[k] = serial;
                    cands.push(k);
                }
            }
        }
        crate::sort::sort(&mut cands);
        for &k in &cands {
            let (o, oci, osubj, has_headline, (ofrom, oto)) = &mut out[k];
            let owords = all_words.get(*ofrom..*oto).unwrap_or(&[]);
            let oc = &cls[*oci];
            if o.status != e.status || e.status != EventStatus::Happened || o.class != e.class {
                continue;
            }
            let shared_actor = e.actors.iter().any(|a| o.actors.contains(a));
            let same_lemma = c.lemma.is_some() && c.lemma == oc.lemma && !matches!(c.lemma.as_deref(), Some("say" | "tell" | "add" | "be" | "have"));
            // a headline ("Former mayor sentenced to four years") and the sentence that tells it share the verb
            let headline_pair = (*has_headline || e.rule == "time.headline") && same_lemma;
            let same_subject = (subj.is_some() && subj == *osubj) || (same_lemma && shared_actor) || headline_pair;
            let shared_noun = owords.iter().any(|w| words.binary_search(w).is_ok());
            let times_agree = *has_headline
                || e.rule == "time.headline"
                || match (&o.time, &e.time) {
                    (Some(a), Some(b)) => a.value == b.value && a.relation == b.relation,
                    _ => true,
                };
            let same_nominal = o.rule == "nominal.evaluated_before" && e.rule == o.rule && o.trigger.text.trim_end_matches('s').eq_ignore_ascii_case(e.trigger.text.trim_end_matches('s'));
            if same_subject && times_agree && (shared_noun || same_nominal) && (same_lemma || same_nominal || o.time.is_none() || e.time.is_none() || *has_headline || e.rule == "time.headline") {
                *has_headline |= e.rule == "time.headline";
                o.spans.extend(e.spans.iter().copied());
                for a in &e.actors {
                    if !o.actors.contains(a) {
                        o.actors.push(a.clone());
                    }
                }
                // the explicitly dated mention gives the title and the time
                let o_explicit = o.rule == "time.in_clause";
                let e_explicit = e.rule == "time.in_clause";
                if (e_explicit && !o_explicit) || (o.time.is_none() && e.time.is_some()) || (o.rule == "time.headline" && e.time.is_some()) {
                    o.time = e.time;
                    o.rule = e.rule;
                    o.explanation = e.explanation;
                    o.title = e.title;
                    o.trigger = e.trigger;
                }
                // the merged mention's words are not kept
                all_words.truncate(from);
                continue 'next;
            }
        }
        let headline = e.rule == "time.headline";
        let k = out.len();
        for w in words.iter().copied().chain(nominal_key) {
            if let Some(newest) = ids.newest.get_mut(w) {
                nodes.push((k, *newest));
                *newest = nodes.len() - 1;
            }
        }
        if headline {
            headlines.push(k);
        }
        out.push((e, ci, subj, headline, (from, all_words.len())));
        gathered.push(usize::MAX);
    }
    // the index is freed before the events are copied out (the peak of memory for a long text)
    drop((all_words, ids, nodes, headlines, cands, gathered));
    out.into_iter()
        .map(|(mut e, _, _, _, _)| {
            if e.spans.len() > 1 {
                e.explanation = format!("{}; {} mentions merged (same happening)", e.explanation, e.spans.len());
            }
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyze, Date, Options};

    fn events(text: &str, date: (i32, u8, u8)) -> Vec<crate::analysis::Event> {
        analyze(text, &Options { publication_date: Date::new(date.0, date.1, date.2) }).events
    }

    /// (title, value, relation, status) of each event.
    fn timeline(text: &str, date: (i32, u8, u8)) -> Vec<(String, String, String, String)> {
        events(text, date)
            .iter()
            .map(|e| {
                let t = e.time.as_ref().map(|t| (t.value.clone(), format!("{:?}", t.relation))).unwrap_or_default();
                (e.title.clone(), t.0, t.1, format!("{:?}", e.status))
            })
            .collect()
    }

    #[test]
    fn an_action_judged_is_placed_before_the_judgement() {
        let t = timeline("The mayor on Friday thanked the firefighters for their swift response to the blaze.", (2024, 3, 10));
        let r = t.iter().find(|e| e.0.contains("response")).expect("the response is an event");
        assert_eq!((r.2.as_str(), r.1.as_str()), ("Before", "2024-03-08"), "{t:?}");
    }

    #[test]
    fn so_far_is_ongoing_at_the_publication_date() {
        let t = timeline("So far, 14 of the 20 clubs have paid the fee.", (2024, 3, 10));
        assert_eq!((t[0].1.as_str(), t[0].2.as_str(), t[0].3.as_str()), ("2024-03-10", "During", "Ongoing"), "{t:?}");
    }

    #[test]
    fn reported_would_is_an_expectation_and_whether_is_not_a_fact() {
        let t = timeline("The minister said the ministry would publish the report in May. Critics asked whether the report would help.", (2024, 3, 10));
        assert!(t.iter().any(|e| e.0.contains("publish") && e.3 == "Expected" && e.1 == "2024-05"), "{t:?}");
        assert!(t.iter().any(|e| e.0.contains("help") && e.3 == "Hypothetical"), "{t:?}");
    }

    #[test]
    fn a_when_clause_takes_the_date_before_it() {
        let t = timeline("The shares have fallen since August, when they traded at about $10.", (1989, 10, 26));
        let traded = t.iter().find(|e| e.0.contains("traded")).expect("an event");
        assert_eq!((traded.1.as_str(), traded.2.as_str()), ("1989-08", "On"), "{t:?}");
    }

    #[test]
    fn the_date_nearest_the_verb_dates_it() {
        // "Tuesday" stands next to the verb; the year belongs to the case the objections are about
        let t = rules("The appeals court Tuesday dismissed the claims in a dispute over a lease signed in 2011.", (2024, 3, 14));
        let dismissed = t.iter().find(|e| e.0.contains("dismissed")).expect("the dismissal");
        assert_eq!((dismissed.1.as_str(), dismissed.2.as_str()), ("2024-03-12", "time.in_clause"), "{t:?}");
    }

    #[test]
    fn a_later_date_does_not_carry_into_a_past_clause() {
        // the plan's date (2026) is in force, but what the next sentence says happened, happened by now
        let t = rules("The club will move to a new stadium in 2026. Fans protested the decision.", (2024, 3, 10));
        let protested = t.iter().find(|e| e.0.contains("protested")).expect("the protest");
        assert_ne!(protested.1.as_str(), "2026", "{t:?}");
        assert_ne!(protested.2.as_str(), "time.narrative", "{t:?}");
    }

    #[test]
    fn a_point_of_comparison_with_its_own_date_is_an_event_at_that_date() {
        let text = "The brewer posted a profit of $12 million in the second quarter, compared with a loss of $4 million a year earlier.";
        let t = rules(text, (2023, 8, 2));
        let loss = t.iter().find(|e| e.2 == "nominal.compared").expect("the earlier loss");
        assert!(loss.0.contains("loss"), "{t:?}");
        assert_eq!(loss.1.as_str(), "2022-Q2", "{t:?}");
        // the profit keeps the clause's own date
        assert!(t.iter().any(|e| e.0.contains("profit") && e.1 == "2023-Q2" && e.2 == "time.in_clause"), "{t:?}");
        let ev = events(text, (2023, 8, 2));
        let pos = text.find("loss").expect("the word");
        let narrowest = ev.iter().filter(|e| e.spans.iter().any(|s| s.start <= pos && pos < s.end)).min_by_key(|e| e.spans.iter().map(|s| s.end - s.start).min());
        assert_eq!(narrowest.map(|e| e.rule.as_str()), Some("nominal.compared"));
    }

    #[test]
    fn a_later_date_in_the_subject_does_not_date_a_past_verb() {
        let t = rules("The city's bonds, due March 1, 2034, were sold at par on Tuesday.\n\nBonds of the water board due 2031 were priced at 99.", (2024, 3, 14));
        let sold = t.iter().find(|e| e.0.contains("sold")).expect("the sale");
        assert_eq!(sold.1.as_str(), "2024-03-12", "{t:?}");
        assert!(t.iter().all(|e| e.1 != "2031"), "a past pricing is not placed in 2031: {t:?}");
        let ev = events("Bonds of the water board due 2031 were priced at 99.", (2024, 3, 14));
        assert!(ev.iter().any(|e| e.explanation.contains("govern.past_over_future")), "{:?}", ev.iter().map(|e| &e.explanation).collect::<Vec<_>>());
    }

    #[test]
    fn a_date_after_due_is_the_term_of_its_noun() {
        // a noun's term: the date does not date the clause, which falls back to the narrative's day
        let text = "The water board raised money on Monday. It offered $40 million of revenue bonds due June 1, 2041, \
                    at a yield of 4.1%.";
        let t = rules(text, (2024, 5, 8));
        let offered = t.iter().find(|e| e.0.contains("offered")).expect("the offer");
        assert_eq!(offered.1.as_str(), "2024-05-06", "{t:?}");
        let ev = events(text, (2024, 5, 8));
        assert!(ev.iter().any(|e| e.explanation.contains("govern.term_of_noun")), "{:?}", ev.iter().map(|e| &e.explanation).collect::<Vec<_>>());
        // a happening that is due then happens then: the date dates the clause
        let t = rules("With the council vote due on Sept. 30, the mayor faced a hard month.", (2024, 9, 2));
        assert!(t.iter().any(|e| e.1 == "2024-09-30"), "{t:?}");
        assert!(!events("Its loans were due in March, the bank said.", (2024, 5, 8)).iter().any(|e| e.explanation.contains("govern.term_of_noun")));
    }

    /// (title, value, rule, class) of each event.
    fn rules(text: &str, date: (i32, u8, u8)) -> Vec<(String, String, String, String)> {
        events(text, date)
            .into_iter()
            .map(|e| {
                let value = e.time.as_ref().map(|t| t.value.clone()).unwrap_or_default();
                (e.title, value, e.rule, format!("{:?}", e.class))
            })
            .collect()
    }

    #[test]
    fn a_past_date_in_a_present_clause_dates_its_noun() {
        let t = rules("The council met on Monday.\n\nThat 2019 agreement still binds the two towns.", (2024, 3, 10));
        let binds = t.iter().find(|e| e.0.contains("binds") && e.2 != "nominal.dated_noun").expect("the binding");
        assert_eq!((binds.1.as_str(), binds.2.as_str()), ("2024-03-10", "time.dct_present"), "{t:?}");
        let deal = t.iter().find(|e| e.2 == "nominal.dated_noun").expect("the agreement of 2019");
        assert_eq!(deal.1, "2019", "{t:?}");
    }

    #[test]
    fn a_date_that_modifies_the_object_dates_the_noun_not_the_verb() {
        let t = rules("The carmaker announced its 2023 recall of 40,000 vans. The move follows Tuesday's decision by the regulator.", (2024, 3, 8));
        let recall = t.iter().find(|e| e.2 == "nominal.dated_noun" && e.0.contains("recall")).expect("the recall");
        assert_eq!(recall.1, "2023", "{t:?}");
        let decision = t.iter().find(|e| e.2 == "nominal.dated_noun" && e.0.contains("decision")).expect("Tuesday's decision");
        assert_eq!(decision.1, "2024-03-05", "{t:?}");
        assert!(t.iter().any(|e| e.0.contains("announced") && e.1 != "2023"), "{t:?}");
    }

    #[test]
    fn a_looking_ahead_verb_holds_now_and_its_complement_takes_the_date() {
        let t = rules("Traders expect the port to reopen in May.", (2024, 3, 10));
        let expect = t.iter().find(|e| e.2 != "time.complement").expect("the expecting");
        assert_eq!(expect.1, "2024-03-10", "{t:?}");
        let reopen = t.iter().find(|e| e.2 == "time.complement").expect("the reopening");
        assert_eq!(reopen.1, "2024-05", "{t:?}");
    }

    #[test]
    fn the_narrative_goes_on_into_the_next_paragraph() {
        let t = rules("On Monday, the club signed a new coach.\n\nHe replaced the interim manager.", (2024, 3, 13));
        let replaced = t.iter().find(|e| e.0.contains("replaced")).expect("the replacing");
        assert_eq!((replaced.1.as_str(), replaced.2.as_str()), ("2024-03-11", "time.narrative_next_paragraph"), "{t:?}");
    }

    #[test]
    fn a_clause_with_a_time_of_its_own_does_not_inherit_the_narrative() {
        let t = rules("The mayor took office in May 2021.\n\nShe cut the budget this term.", (2024, 3, 13));
        assert!(t.iter().filter(|e| e.0.contains("cut")).all(|e| e.1.is_empty()), "{t:?}");
        let t = rules("The mayor took office in May 2021. She waited three years for the vote.", (2024, 3, 13));
        assert!(t.iter().filter(|e| e.0.contains("waited")).all(|e| e.1.is_empty()), "{t:?}");
        // without a time of its own, the next sentence inherits
        let t = rules("The mayor took office in May 2021. She fired the city manager.", (2024, 3, 13));
        assert!(t.iter().any(|e| e.0.contains("fired") && e.1 == "2021-05"), "{t:?}");
    }

    #[test]
    fn according_to_is_a_report_at_the_publication_date() {
        let t = rules("Rescue teams reached the village on Tuesday, according to officials of the regional emergency service in the northern province.", (2024, 3, 8));
        let src = t.iter().find(|e| e.0.to_lowercase().starts_with("according")).expect("the source's report");
        assert_eq!((src.1.as_str(), src.3.as_str()), ("2024-03-08", "Reporting"), "{t:?}");
        assert!(t.iter().any(|e| e.0.contains("reached") && e.1 == "2024-03-05"), "{t:?}");
    }

    /// Placements on texts written for them: (what it shows, text, publication date, a word of the event's title,
    /// the value it is placed at, the rule that places it).
    const PLACEMENTS: &[(&str, &str, (i32, u8, u8), &str, &str, &str)] = &[
        ("a gerund after a preposition takes the date a few words after it", "The court on Monday convicted two men accused of setting fire to a depot near Lyon in 2019.", (2024, 3, 14), "Setting fire", "2019", "nominal.gerund_then_date"),
        ("and the clause's verb keeps its own date", "The court on Monday convicted two men accused of setting fire to a depot near Lyon in 2019.", (2024, 3, 14), "convicted", "2024-03-11", "time.in_clause"),
        ("a gerund after 'after'", "After visiting the flooded valley Tuesday, the minister promised new dams on Wednesday.", (2024, 3, 14), "Visiting", "2024-03-12", "nominal.gerund_then_date"),
        ("a date after a comma, then a pronoun and a verb, opens an event of its own", "The colonel was promoted to general in 2015, and the following year he was named envoy to Vienna.", (2024, 3, 14), "The following year he was named", "2016", "time.fronted_date"),
        ("and the clause before the comma keeps its date", "The colonel was promoted to general in 2015, and the following year he was named envoy to Vienna.", (2024, 3, 14), "promoted", "2015", "time.in_clause"),
        ("with no 'and'", "Exports grew 4% this year, last year they fell 2%.", (2024, 6, 10), "Last year they fell", "2023", "time.fronted_date"),
        ("what a report tells is placed with the report", "Police said the driver fled the scene.", (2024, 3, 10), "fled", "2024-03-10", "time.reported_at_report"),
        ("a report dated in the text dates what it tells", "The coroner on Monday said the boy drowned in the reservoir.", (2024, 3, 14), "drowned", "2024-03-11", "time.reported_at_report"),
        ("a verb of speech after a dated sentence speaks on that occasion", "On Sunday, rebels attacked the border town of Kell.\n\nThe army said the attack was repelled by noon.", (2024, 3, 13), "The army said", "2024-03-10", "time.speech_in_narrative"),
        ("not past a sentence that turns to another matter", "On Sunday, rebels attacked the border town of Kell.\n\nSeparately, the ministry said the budget was approved.", (2024, 3, 13), "said", "2024-03-13", "time.dct_reporting"),
        ("not for a negated verb of speech", "On Sunday, rebels attacked the border town of Kell.\n\nThe army did not say how many soldiers died.", (2024, 3, 13), "say", "2024-03-13", "time.dct_reporting"),
        ("not for a verb that is not one of speech", "The bank cut its rates on Monday.\n\nThe insurer reported a loss of $4 million.", (2024, 3, 13), "reported", "2024-03-13", "time.dct_reporting"),
        ("an expected event takes the later date in force", "The regional summit opens on Friday in Vell. Leaders will discuss the water treaty.", (2024, 3, 12), "discuss", "2024-03-15", "time.narrative_expected"),
        ("not a date already past", "The regional summit opened on Monday in Vell. Leaders will discuss the water treaty.", (2024, 3, 12), "discuss", "FUTURE_REF", "time.expected"),
        ("not ... until: happens at that date", "The new bridge won't open until May, the city said.", (2024, 3, 10), "open", "2024-05", "time.not_until"),
        ("a negated past is not done as of the publication date", "The brewer bought a rival.\n\nTerms weren't disclosed.", (2024, 3, 10), "disclosed", "2024-03-10", "time.negated_past"),
        ("a period's end is an event at its date", "Net income at the mill fell 8% to $3 million in the half ended Jan. 31.", (2024, 3, 10), "Half ended Jan. 31", "2024-01-31", "nominal.period_end"),
        ("a present passive is present: a past date in it does not date it", "The council met on Monday.\n\nThe 2019 water treaty is honored by both towns.", (2024, 3, 10), "honored", "2024-03-10", "time.dct_present"),
        ("and it does not date the clause's verb", "Freight volumes climbed 4% in the fourth quarter ended Dec. 31.", (2024, 3, 10), "climbed", "2023-Q4", "time.in_clause"),
        ("a past relative clause after a dated noun phrase happened at its date", "In Sunday's debate, the senator attacked the governor over a 2019 order against protesters who had blocked a clinic.", (2024, 3, 12), "blocked", "2019", "time.relative_antecedent"),
        ("not a relative clause far from the date", "In 2019, the senator attacked the governor over his long and bitter feud with the union leaders and the farmers who had blocked a road.", (2024, 3, 12), "blocked", "2019", "time.host_clause"),
        ("what has been done is done by now, not at a later date after it", "The foreign minister has invited the leaders of four states to a summit on May 2, 2024.", (2024, 3, 10), "invited", "2024-03-10", "time.dct_reporting"),
        ("the later date dates the complement", "The foreign minister has invited the leaders of four states to a summit on May 2, 2024.", (2024, 3, 10), "summit", "2024-05-02", "time.complement"),
        ("a present state in a period that contains the publication date holds at the publication date", "Orchard owners in the valley say this spring that the frost killed half the blossom.", (2024, 4, 20), "say", "2024-04-20", "time.present_in_period"),
        ("and in the progressive", "This month the two ferry lines are sharing one pier.", (2024, 4, 20), "sharing", "2024-04-20", "time.present_in_period"),
        ("not a past clause in that period", "This month the two ferry lines shared one pier.", (2024, 4, 20), "shared", "2024-04", "time.in_clause"),
        ("and its period stays in force for the narrative", "This month the ferry lines are sharing one pier. The older line sold its second boat.", (2024, 4, 20), "sold", "2024-04", "time.narrative"),
        ("a noun with its date right after it is an event at that date", "The union on Monday rejected the terms reached at the negotiations in January.", (2024, 3, 14), "Negotiations in January", "2024-01", "nominal.noun_then_date"),
        ("and a bare date after the noun", "Traders on Monday weighed the central bank's announcement Friday of a rate cut.", (2024, 3, 13), "Announcement Friday", "2024-03-08", "nominal.noun_then_date"),
        ("and a short phrase between the noun and the date", "The minister on Tuesday defended his visit to the coastal province last week.", (2024, 3, 14), "Visit to the coastal province last week", "2024-W10", "nominal.noun_then_date"),
        ("a present passive cue of expectation holds at the publication date", "The ferry contract is supposed to start in June.", (2024, 3, 10), "supposed", "2024-03-10", "time.expectation_state"),
        ("and what is expected takes the date", "The ferry contract is supposed to start in June.", (2024, 3, 10), "supposed", "2024-06", "time.in_clause"),
        ("\"scheduled for\" too", "The harbour works are scheduled for completion by Oct. 1.", (2024, 3, 10), "scheduled", "2024-03-10", "time.expectation_state"),
        ("a reduced relative of expectation after a noun", "The mill cut 200 jobs in a restructuring expected to save $4 million a year.", (2024, 3, 10), "xpected", "2024-03-10", "time.expectation_state"),
        ("a noun in a date's possessive after \"before\" is at that date", "The envoys met to narrow gaps before next week's talks in Vell.", (2024, 3, 13), "talks", "2024-W12", "nominal.bound_possessive"),
        ("a relative clause with no \"that\" keeps its own date", "The ferry board this week abandoned the timetable it adopted in 2019.", (2024, 3, 14), "adopted", "2019", "time.in_clause"),
        ("and the host clause keeps its date", "The ferry board this week abandoned the timetable it adopted in 2019.", (2024, 3, 14), "abandoned", "2024-W11", "time.in_clause"),
        ("a clause after \", but\" in another tense keeps its own date", "Ferry bookings have been weak all year, but the storms took a toll on the line in March.", (2024, 6, 10), "took", "2024-03", "time.in_clause"),
        ("and the one before it is not dated by it", "Ferry bookings have been weak all year, but the storms took a toll on the line in March.", (2024, 6, 10), "been weak", "2024-06-10", "time.dct_present"),
        ("an abbreviation's period and a possessive cut from it are read as part of the word", "Traders on Monday weighed Vell Corp.'s announcement Friday of a rate cut.", (2024, 3, 13), "Announcement Friday", "2024-03-08", "nominal.noun_then_date"),
        ("and a dated noun phrase of four words with an abbreviation in it", "Deposits fell on Monday, double the level of the week after last month's Vell Corp. credit squeeze.", (2024, 3, 13), "credit squeeze", "2024-02", "nominal.dated_noun"),
        ("a number introduces the noun as a determiner does", "The warning follows two decisions by the state court last June.", (2024, 3, 14), "Decisions by the state court last June", "2023-06", "nominal.noun_then_date"),
        ("\"for\" and a possessive determiner between the noun and its date", "The storms also resulted in the mill posting a $3 million loss for its fourth quarter ended Dec. 31.", (2024, 3, 14), "Loss for its fourth quarter", "2023-Q4", "nominal.noun_then_date"),
        ("a date after \"for\" modifies the noun after it", "Dealers placed orders on Monday for November deliveries.", (2024, 11, 20), "November deliveries", "2024-11", "nominal.dated_noun"),
        ("a gerund up to 14 words before its date", "The widow moved to town on Monday after losing her farm and two horses in a long and bitter flood along the river last spring.", (2024, 10, 10), "Losing her farm", "2024-SP", "nominal.gerund_then_date"),
        ("a definite noun of a kind of happening tells again the last one placed on a day", "A doctor was shot in his kitchen on Friday night.\n\nThe senator would not comment on the slaying, his aides said.", (2024, 3, 12), "The slaying", "2024-03-08", "nominal.retold"),
        ("and is in force for the next sentence", "The foreign minister has invited the leaders of four states to a summit on May 2, 2024. They will sign a water treaty.", (2024, 3, 10), "sign", "2024-05-02", "time.narrative_expected"),
    ];

    #[test]
    fn placements_on_texts_written_for_them() {
        let mut failures = Vec::new();
        for (what, text, date, word, value, rule) in PLACEMENTS {
            let t = rules(text, *date);
            if !t.iter().any(|e| e.0.contains(word) && e.1 == *value && e.2 == *rule) {
                failures.push(format!("{what}: no \"{word}\" at {value} by {rule} in {t:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(events("The brewer bought a rival.\n\nTerms weren't disclosed.", (2024, 3, 10)).iter().any(|e| e.status == crate::analysis::model::EventStatus::Negated));
    }

    #[test]
    fn a_subject_that_names_a_happening_is_what_is_expected() {
        let text = "The demolition is scheduled to begin in June.";
        let ev = events(text, (2024, 3, 10));
        let words = |text: &str, e: &crate::analysis::Event| e.spans.iter().map(|s| text.get(s.start..s.end).unwrap_or("")).collect::<Vec<_>>().join(" | ");
        let expected = ev.iter().find(|e| e.time.as_ref().is_some_and(|t| t.value == "2024-06")).expect("the expected demolition");
        assert_eq!(words(text, expected), "The demolition is scheduled to begin in June.");
        let state = ev.iter().find(|e| e.rule == "time.expectation_state").expect("the schedule");
        assert_eq!(words(text, state), "is scheduled");
        // not a subject that names no happening
        let text = "The old pier is scheduled to close in June.";
        let ev = events(text, (2024, 3, 10));
        let state = ev.iter().find(|e| e.rule == "time.expectation_state").expect("the schedule");
        assert_eq!(words(text, state), "The old pier is scheduled");
    }

    #[test]
    fn a_past_cue_or_an_active_one_is_not_split_by_the_present_passive_cues() {
        // "was scheduled for Monday" in the past: the clause keeps its date, no state at the publication date
        let t = rules("The hearing was scheduled for Monday.", (2024, 3, 13));
        assert!(!t.iter().any(|e| e.2 == "time.expectation_state"), "{t:?}");
        // "set for" as an active verb is no cue: "The board set for itself a goal"
        let t = rules("The board set for itself a new goal on Monday.", (2024, 3, 13));
        assert!(!t.iter().any(|e| e.2 == "time.expectation_state"), "{t:?}");
        // the bound stays the verb's: the envoys met before the talks
        let t = rules("The envoys met to narrow gaps before next week's talks in Vell.", (2024, 3, 13));
        assert!(t.iter().any(|e| e.0.contains("envoys met") && e.1 == "2024-W12" && e.2 == "time.in_clause"), "{t:?}");
        // a possessive date that dates its verb "on" makes no second event
        let t = rules("Tuesday's vote was held in the old hall.", (2024, 3, 13));
        assert!(!t.iter().any(|e| e.2 == "nominal.bound_possessive"), "{t:?}");
    }

    #[test]
    fn a_noun_then_date_only_for_a_happening_not_the_clause_date() {
        // the date dates the verb: no second event
        let t = rules("Ministers held talks in February.", (2024, 3, 10));
        assert!(!t.iter().any(|e| e.2 == "nominal.noun_then_date"), "{t:?}");
        // not a noun that names no happening, nor an amount
        let t =
            rules("The mayor on Monday praised the old bridge in March and the 40 workers last week.", (2024, 3, 14));
        assert!(!t.iter().any(|e| e.2 == "nominal.noun_then_date"), "{t:?}");
        // not a noun without a determiner, possessive or preposition before it
        let t = rules("On Monday officials said elections in May would be delayed.", (2024, 3, 14));
        assert!(!t.iter().any(|e| e.2 == "nominal.noun_then_date"), "{t:?}");
        // a date after "for" that dates the clause's verb makes no dated noun
        let t = rules("Dealers placed orders for November deliveries.", (2024, 11, 20));
        assert!(!t.iter().any(|e| e.2 == "nominal.dated_noun"), "{t:?}");
        // a noun phrase does not end in an abbreviation's period
        let t =
            rules("Deposits fell on Monday, a week after last month's rout at Vell Corp. Rates rose.", (2024, 3, 13));
        assert!(t.iter().any(|e| e.2 == "nominal.dated_noun"), "{t:?}");
        assert!(!t.iter().any(|e| e.2 == "nominal.dated_noun" && e.0.ends_with('.')), "{t:?}");
        let t = rules("Deposits fell on Monday, a week after last month's Vell Corp. crisis.", (2024, 3, 13));
        assert!(t.iter().any(|e| e.2 == "nominal.dated_noun" && e.0.ends_with("Corp. crisis")), "{t:?}");
    }

    /// Texts where a rule places nothing: (rule, text).
    const NEVER: &[(&str, &str)] = &[
        // not an indefinite noun (a happening of its own), nor one in a clause with a date of its own, nor one with
        // no happening of its kind placed earlier
        ("nominal.retold", "A doctor was shot on Friday night.\n\nThe senator spoke about a slaying in another town. The killing last year shocked the city."),
        ("nominal.retold", "The senator would not comment on the slaying."),
        ("nominal.retold", "A doctor was shot on Friday night.\n\nThe senator would not comment on the crash."),
        // not when the date dates the clause's verb, nor past a comma, nor a gerund after no preposition
        ("nominal.gerund_then_date", "The firm was fined for dumping waste in 2019."),
        ("nominal.gerund_then_date", "Critics, tired of waiting, protested in May."),
        ("nominal.gerund_then_date", "Workers kept repairing the dam in May while the town slept on Monday."),
        // not with no comma before the date, nor without a pronoun and a verb after it, nor a date before the verb
        ("time.fronted_date", "The colonel was promoted in 2015 and he was named envoy."),
        ("time.fronted_date", "The colonel was promoted to general, in 2015."),
        ("time.fronted_date", "Last year, they fell 2%."),
    ];

    #[test]
    fn rules_place_nothing_where_they_do_not_apply() {
        for (rule, text) in NEVER {
            let t = rules(text, (2024, 6, 14));
            assert!(!t.iter().any(|e| e.2 == *rule), "{rule}: {text}: {t:?}");
        }
    }

    #[test]
    fn a_fronted_date_leaves_the_clause_the_words_before_its_comma() {
        let text = "The colonel was promoted to general in 2015, and the following year he was named envoy to Vienna.";
        let e = events(text, (2024, 3, 14));
        let main = e.iter().find(|e| e.rule == "time.in_clause").map(|e| &text[e.spans[0].start..e.spans[0].end]);
        assert_eq!(main, Some("The colonel was promoted to general in 2015"), "{e:?}");
    }

    #[test]
    fn a_noun_then_date_on_a_long_text_is_linear() {
        let mut text = String::from("On Monday the council discussed ");
        for _ in 0..5000 {
            text.push_str("the visit of the the the to ");
        }
        text.push_str("last week.");
        let e = events(&text, (2024, 3, 14));
        assert!(!e.is_empty());
    }

    #[test]
    fn retold_happenings_on_a_long_text_are_linear() {
        // thousands of retold nouns after thousands of placed happenings: each noun reads only the last placement
        let mut text = String::new();
        for _ in 0..2000 {
            text.push_str("A guard was shot on Friday night. The mayor condemned the shooting and the killing. ");
        }
        let started = std::time::Instant::now();
        let t = rules(&text, (2024, 3, 12));
        assert!(t.iter().filter(|e| e.2 == "nominal.retold").count() >= 2000, "{}", t.len());
        assert!(started.elapsed().as_secs() < 20);
    }

    #[test]
    fn a_past_plan_with_a_date_held_at_that_date() {
        let state = |text: &str, date| rules(text, date).into_iter().find(|e| e.2.starts_with("time.expectation_state")).map(|e| (e.1, e.2));
        assert_eq!(state("Last March, the two chains planned to merge their stores.", (2024, 9, 10)), Some(("2024-03".into(), "time.expectation_state_dated".into())));
        // a plan stated now holds now
        assert_eq!(state("The two chains plan to merge their stores in May.", (2024, 3, 10)), Some(("2024-03-10".into(), "time.expectation_state".into())));
    }

    #[test]
    fn can_states_what_is_possible_at_the_publication_date() {
        let t = timeline("Hotels are half empty.\n\nVisitors can get rooms for a third of the usual price.", (2024, 3, 10));
        let get = t.iter().find(|e| e.0.contains("get rooms")).expect("the possibility");
        assert_eq!((get.1.as_str(), get.2.as_str(), get.3.as_str()), ("2024-03-10", "During", "Ongoing"), "{t:?}");
    }

    #[test]
    fn a_hyphenated_adjective_is_not_a_past_verb_in_a_present_clause() {
        let t = rules("The council met on Monday.\n\nThat 2019 agreement covers the self-declared free zone.", (2024, 3, 10));
        assert!(t.iter().any(|e| e.0.contains("covers") && e.1 == "2024-03-10" && e.2 == "time.dct_present"), "{t:?}");
    }

    #[test]
    fn a_year_in_a_comparison_does_not_date_the_clause() {
        let t = timeline("Exports rose 12 percent, up from 3 percent in 2021.", (2024, 3, 10));
        assert!(t.iter().all(|e| e.1 != "2021"), "{t:?}");
    }
}
