//! Claims: checkable assertions, each with a check-worthiness score from documented rules.
//!
//! A claim is one of:
//! - `quotation`: one per attribution (direct, indirect or partial); the speaker is the attribution's actor;
//!   `speaker_label` is that actor's name, else the source's words, else "the article" (no source). Its span runs
//!   from the first content to the last; its text joins the contents with " … ". Rule `claim.quotation`.
//! - `comparison`: a clause with a comparative + "than" ("spends more on defense than any other member") or a
//!   superlative after "the" or a possessive ("the most powerful country", "the largest", any "-est" word but "interest", "latest"...). The sentence is cut into clauses at the "and",
//!   "but", comma or semicolon just before each further comparison. Rule `claim.comparison`.
//! - `statistic`: a sentence (or clause) with a quantity. Rule `claim.statistic`.
//! - `prediction`: a sentence with a future or expectation cue ("will", "is expected to", "plans to",
//!   "forecast"). Rule `claim.prediction`.
//! - `statement`: any other sentence of at least four words that ends with a full stop (or, without one, has a
//!   verb: headlines), stated by the article itself, kept only when check-worthy: it names an actor (or belongs to
//!   a dated event) and is not opinion, personal experience, a question or a fragment (rule
//!   `statement.check_worthy`, applied after scoring with the same score rules). Rule `claim.statement`.
//!
//! Attributions flagged `sourceless` ("X is expected to ...", "Asked whether ...") quote nobody: they make no
//! quotation claim, and their sentence is claimed as the article's (mostly a prediction).
//!
//! Sentences mostly (at least half) covered by an attribution's cue, sources and contents are not claimed again:
//! their quotation claim stands for them. Headlines and captions without a verb are not claims.
//!
//! Check-worthiness (0..=100), after Full Fact's triage: specific and measurable, attributable, affecting many
//! people rank higher; predictions, opinion and personal experience lower. `score_reasons` lists the rules that
//! fired, with their points:
//!
//! | rule | points | fires when |
//! |---|---|---|
//! | `base` | 30 | always |
//! | `measurable.quantity` | +25 | the claim holds a quantity |
//! | `measurable.several_quantities` | +5 | it holds two or more |
//! | `measurable.comparison` | +15 | it compares ("more ... than", "the most ...", "-est") |
//! | `attributable.speaker` | +15 | a quotation whose speaker resolved to an actor |
//! | `attributable.unresolved` | +5 | a quotation whose speaker could not be resolved |
//! | `actors.named` | +5 each, at most +10 | actors are mentioned in it |
//! | `impact.many_people` | +10 | it speaks of many people ("all", "citizens", "countries", "millions", a quantity of a million or more) |
//! | `event.dated` | +5 | the event it belongs to has a date |
//! | `factual.causal` | +10 | not a quotation, and it asserts a cause ("because", "led to", "due to", "after") |
//! | `prediction.future` | -10 | it predicts: not checkable yet |
//! | `opinion.subjective` | -15 | opinion or evaluation ("I think", "should", "truly", "extraordinary") |
//! | `personal.experience` | -10 | first person singular ("I", "me", "my") |
//! | `question` | -20 | it is a question |
//! | `short` | -10 | fewer than six words |

use super::document::{Document, TokenKind};
use super::lexicon::TableMap;
use super::model::{Actor, Attribution, Claim, ClaimKind, Event, Quantity, Span};

// ---------------------------------------------------------------------------------------------------------
// Data: cue words and scoring points.
// ---------------------------------------------------------------------------------------------------------

/// Comparatives that, with a "than" after them, compare ("more ... than", "higher than").
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "greater", "higher", "lower", "larger", "smaller", "bigger", "better",
    "worse", "faster", "slower", "cheaper", "dearer", "richer", "poorer", "older", "younger",
    "longer", "shorter", "stronger", "weaker", "wider", "narrower", "deeper", "heavier", "lighter",
    "safer", "riskier", "costlier", "harder", "easier", "bigger", "quicker", "warmer", "colder",
    "hotter", "busier", "deadlier", "likelier",
];
/// "than" after these does not compare quantities of things ("rather than", "other than").
const NOT_COMPARISON_BEFORE_THAN: &[&str] = &["rather", "other", "sooner"];
/// Superlatives (after "the", a possessive, "its", "their").
const SUPERLATIVES: &[&str] = &[
    "biggest",
    "largest",
    "highest",
    "lowest",
    "best",
    "worst",
    "greatest",
    "smallest",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "richest",
    "poorest",
    "oldest",
    "youngest",
    "longest",
    "shortest",
    "deadliest",
    "cheapest",
    "busiest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "tallest",
    "heaviest",
    "safest",
    "widest",
    "deepest",
    "fewest",
    "most",
    "least",
];
/// Words in "-est" that are no superlatives ("the interest", "the latest").
const NOT_SUPERLATIVES: &[&str] = &[
    "interest",
    "protest",
    "request",
    "forest",
    "honest",
    "modest",
    "guest",
    "test",
    "arrest",
    "suggest",
    "contest",
    "harvest",
    "earnest",
    "manifest",
    "invest",
    "digest",
    "latest",
    "conquest",
    "unrest",
    "inquest",
    "behest",
    "midwest",
    "southwest",
    "northwest",
    "priest",
    "bequest",
    "pretest",
    "dishonest",
    "detest",
    "attest",
];
const DETERMINERS_BEFORE_SUPERLATIVE: &[&str] = &[
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "world's",
    "country's",
    "nation's",
];

/// Future and expectation cues.
const PREDICTION_CUES: &[&[&str]] = &[
    &["will"],
    &["won't"],
    &["shall"],
    &["expected", "to"],
    &["expects"],
    &["expect"],
    &["forecast"],
    &["forecasts"],
    &["predicted"],
    &["predicts"],
    &["projected", "to"],
    &["plans", "to"],
    &["plan", "to"],
    &["planning", "to"],
    &["set", "to"],
    &["likely", "to"],
    &["poised", "to"],
    &["aims", "to"],
    &["intends", "to"],
    &["going", "to"],
    &["due", "to", "be"],
    &["upcoming"],
];

/// Opinion and evaluation markers.
const OPINION_CUES: &[&[&str]] = &[
    &["i", "think"],
    &["i", "believe"],
    &["i", "feel"],
    &["we", "believe"],
    &["in", "my", "view"],
    &["should"],
    &["ought"],
    &["must"],
    &["truly"],
    &["really"],
    &["great"],
    &["terrible"],
    &["amazing"],
    &["wonderful"],
    &["extraordinary"],
    &["fantastic"],
    &["beautiful"],
    &["horrible"],
    &["ridiculous"],
    &["incredible"],
    &["disgraceful"],
    &["shameful"],
    &["outrageous"],
    &["awful"],
    &["brilliant"],
    &["fawning"],
    &["hope"],
];
const FIRST_PERSON: &[&str] = &[
    "i", "me", "my", "i'm", "i've", "i'd", "i'll", "mine", "myself",
];
/// Words that say a claim affects many people.
const MANY_PEOPLE: &[&str] = &[
    "all",
    "every",
    "everyone",
    "everybody",
    "nation",
    "nationwide",
    "country",
    "countries",
    "citizens",
    "public",
    "people",
    "voters",
    "taxpayers",
    "families",
    "households",
    "workers",
    "children",
    "patients",
    "residents",
    "millions",
    "billions",
    "members",
    "allies",
    "states",
    "economy",
    "worldwide",
    "global",
    "population",
];
/// Verbs and auxiliaries that make a word sequence a clause (besides "-ed" forms).
const VERB_HINTS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did", "said", "says", "say", "told",
    "won", "lost", "made", "came", "went", "left", "took", "gave", "got", "saw", "met", "ran",
    "fell", "rose", "grew", "paid", "spent", "became", "began", "held", "led", "kept", "sent",
    "set", "put", "cut", "hit", "spends", "makes", "takes", "gives", "plans", "wants", "needs",
    "remains", "shows", "reveals",
];
const CLAUSE_SPLITTERS: &[&str] = &["and", "but", ",", ";", "while", "whereas"];
/// Cues of a causal assertion ("closed the bridge because of cracks", "the strike led to delays").
const CAUSAL_CUES: &[&[&str]] = &[
    &["because"],
    &["due", "to"],
    &["led", "to"],
    &["leads", "to"],
    &["lead", "to"],
    &["caused"],
    &["causes"],
    &["resulted", "in"],
    &["results", "in"],
    &["as", "a", "result"],
    &["blamed", "on"],
    &["forced"],
    &["prompted"],
    &["triggered"],
    &["in", "response", "to"],
    &["thanks", "to"],
];
/// Score rules that make a plain statement not worth checking (rule `statement.check_worthy`): opinion, personal
/// experience, questions and fragments.
const UNWORTHY_STATEMENT_RULES: &[&str] = &[
    "opinion.subjective",
    "personal.experience",
    "question",
    "short",
];

/// Which of the tables above a lower-cased word is in (for the cue tables: the first word of a cue), one bit
/// each: built once, then read per token (scans of the tables for every word of every claim were a hot spot).
const W_CAUSAL: u16 = 1;
const W_PREDICTION: u16 = 1 << 1;
const W_OPINION: u16 = 1 << 2;
const W_MANY: u16 = 1 << 3;
const W_FIRST_PERSON: u16 = 1 << 4;
const W_VERB_HINT: u16 = 1 << 5;
const W_SUPERLATIVE: u16 = 1 << 6;

/// A word's table bits (`W_*`): the table, and a filter in front of it that turns most words of a text away before
/// they are hashed.
type FlagTable = (TableMap<&'static str, u16>, crate::analysis::lexicon::WordFilter);

/// The table of `word_flags`, built once (fetched once per document, not once per token).
fn flag_table() -> &'static FlagTable {
    static TABLE: std::sync::OnceLock<FlagTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: TableMap<&'static str, u16> = TableMap::default();
        let cue_sets: [(&[&[&str]], u16); 3] = [(CAUSAL_CUES, W_CAUSAL), (PREDICTION_CUES, W_PREDICTION), (OPINION_CUES, W_OPINION)];
        for (set, bit) in cue_sets {
            for cue in set {
                if let Some(first) = cue.first() {
                    *m.entry(first).or_default() |= bit;
                }
            }
        }
        let word_sets: [(&[&str], u16); 4] = [(MANY_PEOPLE, W_MANY), (FIRST_PERSON, W_FIRST_PERSON), (VERB_HINTS, W_VERB_HINT), (SUPERLATIVES, W_SUPERLATIVE)];
        for (set, bit) in word_sets {
            for w in set {
                *m.entry(w).or_default() |= bit;
            }
        }
        let filter = crate::analysis::lexicon::WordFilter::new(m.keys().copied());
        (m, filter)
    })
}

fn word_flags((table, filter): &FlagTable, w: &str) -> u16 {
    if !filter.may_contain(w) {
        return 0;
    }
    table.get(w).copied().unwrap_or(0)
}

const BASE: i32 = 30;
const P_QUANTITY: i32 = 25;
const P_SEVERAL_QUANTITIES: i32 = 5;
const P_COMPARISON: i32 = 15;
const P_SPEAKER: i32 = 15;
const P_UNRESOLVED: i32 = 5;
const P_ACTOR: i32 = 5;
const P_ACTORS_MAX: i32 = 10;
const P_MANY: i32 = 10;
const P_DATED: i32 = 5;
const P_PREDICTION: i32 = -10;
const P_OPINION: i32 = -15;
const P_PERSONAL: i32 = -10;
const P_QUESTION: i32 = -20;
const P_SHORT: i32 = -10;
const P_CAUSAL: i32 = 10;

// ---------------------------------------------------------------------------------------------------------

pub fn build(
    doc: &Document<'_>,
    attributions: &[Attribution],
    quantities: &[Quantity],
    events: &[Event],
    actors: &[Actor],
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    // 1. quotations
    let mut covered: Vec<(usize, usize)> = Vec::new();
    // Speakers by id (a scan of every actor per quotation was quadratic on long lists of quotations).
    let actor_by_id: std::collections::HashMap<&str, &Actor> = actors.iter().map(|x| (x.id.as_str(), x)).collect();
    // a sourceless attribution ("X is expected to ...") quotes nobody: its sentence is claimed as the article's
    for a in attributions.iter().filter(|a| !a.sourceless) {
        for s in a
            .sources
            .iter()
            .map(|s| s.span)
            .chain(a.cue.iter().map(|c| c.span))
        {
            covered.push((s.start, s.end));
        }
        for c in &a.contents {
            covered.push((c.span.start, c.span.end));
        }
        // the claim spans the contents, or else the cue and the sources (read in place, not copied)
        let bounds = if a.contents.is_empty() {
            span_bounds(a.cue.iter().map(|c| c.span).chain(a.sources.iter().map(|s| s.span)))
        } else {
            span_bounds(a.contents.iter().map(|c| c.span))
        };
        let Some((start, end)) = bounds else {
            continue;
        };
        let span = doc.span(start, end);
        let text = if a.contents.len() > 1 {
            a.contents
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" … ")
        } else {
            doc.slice(span.start, span.end).to_string()
        };
        let speaker_label = match a
            .speaker
            .as_ref()
            .and_then(|id| actor_by_id.get(id.as_str()).copied())
        {
            Some(actor) => actor.name.clone(),
            None => a
                .sources
                .first()
                .map(|s| s.text.clone())
                // no source span: the article itself asserts it ("leaders are expected to ...")
                .unwrap_or_else(|| "the article".to_string()),
        };
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Quotation,
            span,
            text,
            speaker: a.speaker.clone(),
            speaker_label,
            actors: Vec::new(),
            quantities: Vec::new(),
            quote: Some(a.id.clone()),
            event: None,
            score: 0,
            score_reasons: Vec::new(),
            rule: "claim.quotation".into(),
        });
    }
    crate::sort::sort(&mut covered);
    // every token's table bits, once for the document
    let table = flag_table();
    let flags: Vec<u16> = (0..doc.tokens.len()).map(|i| word_flags(table, doc.lower(i))).collect();
    // 2. sentences and clauses
    for (si, s) in doc.sentences.iter().enumerate() {
        let len = s.end.saturating_sub(s.start);
        if len == 0 || covered_bytes(&covered, s.start, s.end) * 2 >= len {
            continue;
        }
        let toks = doc.sentence_tokens(si);
        // the document's lower-cased tokens, borrowed (no per-claim lower-casing)
        let first = doc.sentences.get(si).map_or(0, |s| s.tok_start);
        let sflags = flags.get(first..first + toks.len()).unwrap_or(&[]);
        if !is_clause(doc, toks, first, sflags) {
            continue;
        }
        let lows: Vec<&str> = (first..first + toks.len()).map(|i| doc.lower(i)).collect();
        let cues = comparison_cues(doc, toks, &lows, sflags);
        // clause boundaries: before each comparison after the first
        let mut bounds: Vec<usize> = vec![0];
        for w in cues.windows(2) {
            let (prev, cur) = (w[0], w[1]);
            if let Some(b) = (prev + 1..cur)
                .rev()
                .find(|&k| CLAUSE_SPLITTERS.contains(&lows[k]))
            {
                if b > *bounds.last().unwrap_or(&0) {
                    bounds.push(b);
                }
            }
        }
        bounds.push(toks.len());
        for w in bounds.windows(2) {
            let (mut a, mut b) = (w[0], w[1]);
            // drop the splitter and edge punctuation
            while a < b
                && (CLAUSE_SPLITTERS.contains(&lows[a])
                    || toks[a].kind == TokenKind::Punct && !is_quote(&lows[a]))
            {
                a += 1;
            }
            while b > a
                && toks[b - 1].kind == TokenKind::Punct
                && matches!(lows[b - 1], "," | ";" | "-" | "—" | ":")
            {
                b -= 1;
            }
            if a >= b {
                continue;
            }
            let seg = &toks[a..b];
            let seg_lows = &lows[a..b];
            let span = doc.span(seg[0].start, seg[seg.len() - 1].end);
            let has_cmp = cues.iter().any(|&c| c >= a && c < b);
            // quantities come in text order: look only at those that start inside the segment
            let has_q = {
                let from = quantities.partition_point(|q| q.span.start < span.start);
                quantities
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|q| q.span.start < span.end)
                    .any(|q| span.contains(&q.span))
            };
            let (kind, rule) = if has_cmp {
                (ClaimKind::Comparison, "claim.comparison")
            } else if has_q {
                (ClaimKind::Statistic, "claim.statistic")
            } else if has_cue(seg_lows, sflags.get(a..b).unwrap_or(&[]), PREDICTION_CUES, W_PREDICTION) {
                (ClaimKind::Prediction, "claim.prediction")
            } else {
                (ClaimKind::Statement, "claim.statement")
            };
            claims.push(Claim {
                id: String::new(),
                kind,
                span,
                text: doc.slice(span.start, span.end).to_string(),
                speaker: None,
                speaker_label: "the article".into(),
                actors: Vec::new(),
                quantities: Vec::new(),
                quote: None,
                event: None,
                score: 0,
                score_reasons: Vec::new(),
                rule: rule.into(),
            });
        }
    }
    // 3. links, scores, ids
    crate::sort::sort_by_key(&mut claims, |c| (c.span.start, c.span.end));
    // flat, sorted indexes so that linking stays linear-logarithmic on long texts
    let mut mentions: Vec<(usize, usize, usize)> = actors
        .iter()
        .enumerate()
        .flat_map(|(ai, a)| {
            a.mentions
                .iter()
                .map(move |m| (m.span.start, m.span.end, ai))
        })
        .collect();
    crate::sort::sort(&mut mentions);
    let mut qidx: Vec<(usize, usize, usize)> = quantities
        .iter()
        .enumerate()
        .map(|(qi, q)| (q.span.start, q.span.end, qi))
        .collect();
    crate::sort::sort(&mut qidx);
    let mut espans: Vec<(usize, usize, usize)> = events
        .iter()
        .enumerate()
        .flat_map(|(ei, e)| e.spans.iter().map(move |s| (s.start, s.end, ei)))
        .collect();
    crate::sort::sort(&mut espans);
    let max_event_span = espans
        .iter()
        .map(|&(a, b, _)| b.saturating_sub(a))
        .max()
        .unwrap_or(0);
    // one vector each for all claims: the actors' and quantities' indexes inside a claim, the events' overlaps, the
    // claim's lower-cased tokens
    let (mut act, mut qs, mut overlap, mut lows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for c in claims.iter_mut() {
        // (ids are given after the unworthy statements are dropped, below)
        let (cs, ce) = (c.span.start, c.span.end);
        let inside = |v: &[(usize, usize, usize)], out: &mut Vec<usize>| {
            let from = v.partition_point(|&(a, _, _)| a < cs);
            out.clear();
            out.extend(
                v.get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|&&(a, _, _)| a < ce)
                    .filter(|&&(_, b, _)| b <= ce)
                    .map(|&(_, _, i)| i),
            );
        };
        inside(&mentions, &mut act);
        crate::sort::sort(&mut act);
        act.dedup();
        c.actors = act
            .iter()
            .filter_map(|&i| actors.get(i))
            .map(|a| a.id.clone())
            .collect();
        inside(&qidx, &mut qs);
        c.quantities = qs
            .iter()
            .filter_map(|&i| quantities.get(i))
            .map(|q| q.id.clone())
            .collect();
        let big = qs
            .iter()
            .filter_map(|&i| quantities.get(i))
            .any(|q| q.value >= 1e6 && q.unit == "count");
        // the event whose spans overlap the claim most
        overlap.clear();
        let from = espans.partition_point(|&(a, _, _)| a < cs.saturating_sub(max_event_span));
        for &(a, b, ei) in espans
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(a, _, _)| a < ce)
        {
            if a < ce && cs < b {
                let ov = b.min(ce) - a.max(cs);
                match overlap.iter_mut().find(|(e, _)| *e == ei) {
                    Some(x) => x.1 += ov,
                    None => overlap.push((ei, ov)),
                }
            }
        }
        let best = overlap
            .iter()
            .fold(None, |acc: Option<(usize, usize)>, &(ei, ov)| match acc {
                Some((_, bo)) if bo >= ov => acc,
                _ => Some((ei, ov)),
            });
        let best_event = best.and_then(|(ei, _)| events.get(ei));
        c.event = best_event.map(|e| e.id.clone());
        let dated = best_event.is_some_and(|e| e.time.is_some());
        let (score, reasons) = score(doc, &flags, c, dated, big, &mut lows);
        c.score = score;
        c.score_reasons = reasons;
    }
    // plain statements stay only when worth checking: a named actor or a dated event, and no opinion, personal
    // experience, question or fragment (rule `statement.check_worthy`)
    claims.retain(|c| {
        c.kind != ClaimKind::Statement
            || ((!c.actors.is_empty()
                || c.score_reasons
                    .iter()
                    .any(|r| r.starts_with("event.dated ")))
                && !c.score_reasons.iter().any(|r| {
                    UNWORTHY_STATEMENT_RULES
                        .iter()
                        .any(|u| r.strip_prefix(u).is_some_and(|rest| rest.starts_with(' ')))
                }))
    });
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = crate::analysis::lexicon::numbered_id("c", n + 1);
    }
    claims
}

fn is_quote(s: &str) -> bool {
    matches!(s, "\"" | "'" | "“" | "”" | "‘" | "’")
}

fn covered_bytes(covered: &[(usize, usize)], start: usize, end: usize) -> usize {
    // merge overlapping intervals clipped to [start, end)
    let mut total = 0;
    let mut cur = start;
    let first = covered.partition_point(|&(_, e)| e <= start);
    for &(a, b) in covered.get(first..).unwrap_or(&[]) {
        if a >= end {
            break;
        }
        let a = a.max(cur);
        let b = b.min(end);
        if b > a {
            total += b - a;
            cur = b;
        }
    }
    total
}

/// A clause: at least four words, one of them a verb (a known verb or auxiliary, a lower-case "-ed" form, or
/// a "-s" form after a name or pronoun).
fn is_clause(doc: &Document<'_>, toks: &[super::document::Token], first: usize, flags: &[u16]) -> bool {
    // the words: token indices (in the document) of the sentence's word tokens
    let words = || (first..first + toks.len()).filter(|&i| doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word));
    if words().nth(3).is_none() {
        return false;
    }
    // a sentence that ends like one is a clause; headlines and captions without a full stop need a verb
    if toks.last().is_some_and(|t| {
        matches!(
            doc.tok_text(t),
            "." | "!" | "?" | "…" | "\"" | "”" | "’" | "'"
        )
    }) {
        return true;
    }
    let text = |i: usize| doc.tokens.get(i).map_or("", |t| doc.tok_text(t));
    let mut prev: Option<usize> = None;
    words().any(|i| {
        let p = prev.replace(i);
        let lw = doc.lower(i);
        let lower = text(i).chars().next().is_some_and(|c| c.is_lowercase());
        lower
            && (flags.get(i - first).is_some_and(|f| f & W_VERB_HINT != 0)
                || (lw.ends_with("ed") && lw.len() > 3)
                || (lw.ends_with('s')
                    && !lw.ends_with("ss")
                    && p.is_some_and(|p| {
                        text(p).chars().next().is_some_and(|c| c.is_uppercase())
                            || matches!(doc.lower(p), "he" | "she" | "it" | "who" | "which" | "that")
                    })))
    })
}

/// Token indices (within the sentence) of comparison cues.
fn comparison_cues(
    doc: &Document<'_>,
    toks: &[super::document::Token],
    lows: &[&str],
    flags: &[u16],
) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, &w) in lows.iter().enumerate() {
        if w == "than" {
            if k > 0 && NOT_COMPARISON_BEFORE_THAN.contains(&lows[k - 1]) {
                continue;
            }
            // "more than 5,000": a bound on a number, not a comparison
            let next_is_number = toks.get(k + 1).is_some_and(|t| {
                t.kind == TokenKind::Number || matches!(doc.tok_text(t), "$" | "€" | "£")
            }) || lows.get(k + 1).is_some_and(|&n| {
                matches!(
                    n,
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "a"
                        | "half"
                        | "twice"
                        | "double"
                )
            });
            if next_is_number {
                continue;
            }
            let lo = k.saturating_sub(6);
            if let Some(c) = (lo..k).rev().find(|&j| {
                COMPARATIVES.contains(&lows[j])
                    || (lows[j].ends_with("er") && lows[j].len() > 4 && j + 1 == k)
            }) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        } else if (flags.get(k).is_some_and(|f| f & W_SUPERLATIVE != 0)
            || (w.len() > 5 && w.ends_with("est") && !NOT_SUPERLATIVES.contains(&w)))
            && k > 0
            && DETERMINERS_BEFORE_SUPERLATIVE.contains(&lows[k - 1])
        {
            // "the most powerful", "the largest"; not "most of the members"
            if (w == "most" || w == "least")
                && lows
                    .get(k + 1)
                    .is_none_or(|n| *n == "of" || toks[k + 1].kind != TokenKind::Word)
            {
                continue;
            }
            out.push(k);
        }
    }
    crate::sort::sort(&mut out);
    out
}

/// Whether a cue of `cues` starts at some word of `lows`; `flags` are the words' table bits, `bit` the one that
/// says a cue of `cues` starts with the word (only those words are compared with the cues).
fn has_cue(lows: &[&str], flags: &[u16], cues: &[&[&str]], bit: u16) -> bool {
    (0..lows.len()).any(|k| {
        flags.get(k).is_some_and(|f| f & bit != 0)
            && cues.iter().any(|c| {
            c.iter()
                .enumerate()
                .all(|(i, w)| lows.get(k + i).is_some_and(|x| x == w))
        })
    })
}

/// The least start and the greatest end of `spans`.
fn span_bounds(spans: impl Iterator<Item = Span>) -> Option<(usize, usize)> {
    spans.fold(None, |b, s| Some(b.map_or((s.start, s.end), |(lo, hi): (usize, usize)| (lo.min(s.start), hi.max(s.end)))))
}

/// "rule (+p)", as `format!("{rule} ({p:+})")` writes it (made for every candidate claim: no formatting machinery).
fn reason(rule: &str, p: i32) -> String {
    let mut r = String::with_capacity(rule.len() + 8);
    r.push_str(rule);
    r.push_str(if p < 0 { " (-" } else { " (+" });
    crate::analysis::lexicon::push_decimal(&mut r, u64::from(p.unsigned_abs()));
    r.push(')');
    r
}

/// The claim's score and the rules that fired; `flags` are the document's per-token table bits (`word_flags`).
/// `lows`: a vector to hold the claim's lower-cased tokens (one for all claims).
fn score<'d>(
    doc: &'d Document<'_>,
    flags: &[u16],
    c: &Claim,
    dated: bool,
    big: bool,
    lows: &mut Vec<&'d str>,
) -> (u8, Vec<String>) {
    let a = doc.token_at_or_after(c.span.start);
    let b = doc.token_at_or_after(c.span.end).max(a);
    // the claim's tokens, read in place (no vector of their texts per candidate claim)
    let toks = doc.tokens.get(a..b).unwrap_or(&[]);
    // the document's lower-cased tokens, borrowed (no per-claim lower-casing)
    lows.clear();
    lows.extend((a..a + toks.len()).map(|i| doc.lower(i)));
    let lows: &[&str] = lows;
    let fl = flags.get(a..a + toks.len()).unwrap_or(&[]);
    let mut s = BASE;
    // the rules that fire, noted first (at most one each: 14 rules), then written into a vector of their number
    let mut fired: [(&str, i32); 16] = [("", 0); 16];
    fired[0] = ("base", BASE);
    let mut n_fired = 1;
    let mut add = |s: &mut i32, rule: &'static str, p: i32| {
        *s += p;
        if let Some(slot) = fired.get_mut(n_fired) {
            *slot = (rule, p);
            n_fired += 1;
        }
    };
    if !c.quantities.is_empty() {
        add(&mut s, "measurable.quantity", P_QUANTITY);
        if c.quantities.len() > 1 {
            add(
                &mut s,
                "measurable.several_quantities",
                P_SEVERAL_QUANTITIES,
            );
        }
    }
    if c.kind == ClaimKind::Comparison {
        add(&mut s, "measurable.comparison", P_COMPARISON);
    }
    if c.kind == ClaimKind::Quotation {
        if c.speaker.is_some() {
            add(&mut s, "attributable.speaker", P_SPEAKER);
        } else {
            add(&mut s, "attributable.unresolved", P_UNRESOLVED);
        }
    }
    if !c.actors.is_empty() {
        add(
            &mut s,
            "actors.named",
            (P_ACTOR * c.actors.len() as i32).min(P_ACTORS_MAX),
        );
    }
    if big || fl.iter().any(|f| f & W_MANY != 0) {
        add(&mut s, "impact.many_people", P_MANY);
    }
    if dated {
        add(&mut s, "event.dated", P_DATED);
    }
    if c.kind != ClaimKind::Quotation && has_cue(&lows, fl, CAUSAL_CUES, W_CAUSAL) {
        add(&mut s, "factual.causal", P_CAUSAL);
    }
    if c.kind == ClaimKind::Prediction
        || (c.kind == ClaimKind::Quotation && has_cue(&lows, fl, PREDICTION_CUES, W_PREDICTION))
    {
        add(&mut s, "prediction.future", P_PREDICTION);
    }
    if has_cue(&lows, fl, OPINION_CUES, W_OPINION) {
        add(&mut s, "opinion.subjective", P_OPINION);
    }
    if fl.iter().any(|f| f & W_FIRST_PERSON != 0) {
        add(&mut s, "personal.experience", P_PERSONAL);
    }
    if toks
        .iter()
        .map(|t| doc.tok_text(t))
        .rev()
        .find(|t| !is_quote(t))
        .is_some_and(|t| t == "?")
    {
        add(&mut s, "question", P_QUESTION);
    }
    if toks
        .iter()
        .filter(|t| doc.tok_text(t).chars().next().is_some_and(char::is_alphanumeric))
        .count()
        < 6
    {
        add(&mut s, "short", P_SHORT);
    }
    let reasons: Vec<String> = fired.iter().take(n_fired).map(|&(rule, p)| reason(rule, p)).collect();
    (s.clamp(0, 100) as u8, reasons)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_as_the_formatter_writes_them() {
        for p in [0, 5, -5, 12, -30, BASE, i32::MIN, i32::MAX] {
            assert_eq!(reason("factual.causal", p), format!("factual.causal ({p:+})"));
        }
    }
    use crate::analysis::model::{QuoteKind, SpanText};
    use crate::analysis::{actors, quantities};

    fn st(doc: &Document<'_>, text: &str, needle: &str) -> SpanText {
        let i = text.find(needle).unwrap();
        SpanText {
            span: doc.span(i, i + needle.len()),
            text: needle.to_string(),
        }
    }

    #[test]
    fn quotation_statistic_comparison_prediction_statement() {
        let text = "Mayor Lena Ortiz said the city \"will build 4,000 homes by 2027.\" The city has more parks than any other town in the region. Rents rose 12 percent last year. The council will vote in May. The Harbor Authority closed the bridge because of cracks.";
        let doc = Document::new(text);
        let acts = actors::recognize(&doc);
        let qs = quantities::recognize(&doc, &[]);
        let ortiz = acts
            .iter()
            .find(|a| a.name == "Lena Ortiz")
            .expect("Ortiz")
            .id
            .clone();
        let att = Attribution {
            id: "q1".into(),
            kind: QuoteKind::Direct,
            cue: Some(st(&doc, text, "said")),
            sources: vec![st(&doc, text, "Mayor Lena Ortiz")],
            contents: vec![st(&doc, text, "will build 4,000 homes by 2027.")],
            speaker: Some(ortiz.clone()),
            speaker_rule: "test".into(),
            rule: "test".into(),
            sourceless: false,
        };
        let claims = build(&doc, &[att], &qs, &[], &acts);
        let kinds: Vec<ClaimKind> = claims.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ClaimKind::Quotation,
                ClaimKind::Comparison,
                ClaimKind::Statistic,
                ClaimKind::Prediction,
                ClaimKind::Statement
            ],
            "{claims:#?}"
        );
        let q = &claims[0];
        assert_eq!(
            (
                q.speaker.as_deref(),
                q.speaker_label.as_str(),
                q.quote.as_deref()
            ),
            (Some(ortiz.as_str()), "Lena Ortiz", Some("q1"))
        );
        assert_eq!(q.quantities.len(), 1);
        assert!(q
            .score_reasons
            .iter()
            .any(|r| r.starts_with("attributable.speaker")));
        assert!(q
            .score_reasons
            .iter()
            .any(|r| r.starts_with("prediction.future")));
        assert_eq!(claims[1].speaker_label, "the article");
        let ids: Vec<&str> = claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, vec!["c1", "c2", "c3", "c4", "c5"]);
        // a statistic outranks a plain statement
        assert!(claims[2].score > claims[4].score, "{claims:#?}");
    }

    #[test]
    fn clause_level_comparisons_and_no_claims_for_captions() {
        let text = "Photo by Ann Lee\nThe port is the busiest in Africa and handles more cargo than any rival. I think it is lovely?";
        let doc = Document::new(text);
        let claims = build(&doc, &[], &[], &[], &[]);
        let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
        // the opinion in a question is no claim worth checking (rule `statement.check_worthy`)
        assert_eq!(
            texts,
            vec![
                "The port is the busiest in Africa",
                "handles more cargo than any rival."
            ]
        );
    }

    #[test]
    fn statements_only_when_check_worthy_and_sourceless_attributions_are_not_quotations() {
        let text = "It was a sunny day in the valley. Farmers say the river is low. The Water Board cut supplies because of the drought. Governor Ana Ruiz is expected to declare an emergency.";
        let doc = Document::new(text);
        let acts = actors::recognize(&doc);
        let qs = quantities::recognize(&doc, &[]);
        let att = Attribution {
            id: "q1".into(),
            kind: QuoteKind::Indirect,
            cue: Some(st(&doc, text, "is expected")),
            sources: vec![],
            contents: vec![
                st(&doc, text, "Governor Ana Ruiz"),
                st(&doc, text, "to declare an emergency"),
            ],
            speaker: None,
            speaker_rule: "test".into(),
            rule: "test".into(),
            sourceless: true,
        };
        let claims = build(&doc, &[att], &qs, &[], &acts);
        let got: Vec<(ClaimKind, &str)> =
            claims.iter().map(|c| (c.kind, c.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (
                    ClaimKind::Statement,
                    "The Water Board cut supplies because of the drought."
                ),
                (
                    ClaimKind::Prediction,
                    "Governor Ana Ruiz is expected to declare an emergency."
                )
            ],
            "{claims:#?}"
        );
        assert!(claims[0]
            .score_reasons
            .iter()
            .any(|r| r.starts_with("factual.causal")));
        assert!(claims
            .iter()
            .all(|c| c.speaker_label == "the article" && c.quote.is_none()));
    }

    #[test]
    fn claims_take_the_event_they_overlap_most() {
        use crate::analysis::model::{Event, EventClass, EventStatus};
        let text = "The Hoover Dam burst on Monday. Rescuers reached 40 villages by Friday.";
        let doc = Document::new(text);
        let acts = actors::recognize(&doc);
        let qs = quantities::recognize(&doc, &[]);
        let ev = |id: &str, needle: &str| {
            let i = text.find(needle).unwrap();
            let span = doc.span(i, i + needle.len());
            Event {
                id: id.into(),
                spans: vec![span],
                sentence: 0,
                title: needle.into(),
                trigger: SpanText {
                    span,
                    text: needle.into(),
                },
                time: None,
                status: EventStatus::Happened,
                actors: vec![],
                claims: vec![],
                rule: "test".into(),
                explanation: String::new(),
                class: EventClass::Occurrence,
            }
        };
        let events = vec![
            ev("e1", "The Hoover Dam burst"),
            ev("e2", "Rescuers reached 40 villages"),
        ];
        let claims = build(&doc, &[], &qs, &events, &acts);
        assert_eq!(claims.len(), 2);
        assert_eq!(claims[0].event.as_deref(), Some("e1"));
        assert_eq!(claims[1].event.as_deref(), Some("e2"));
        assert_eq!(claims[1].kind, ClaimKind::Statistic);
        // no events: no event, no panic
        assert!(build(&doc, &[], &qs, &[], &acts)
            .iter()
            .all(|c| c.event.is_none()));
    }

    #[test]
    fn generic_superlatives_but_not_interest() {
        let doc = Document::new(
            "It was the loudest protest in the city. Mayor Jean Dupont voiced the interest of the town.",
        );
        let acts = actors::recognize(&doc);
        let claims = build(&doc, &[], &[], &[], &acts);
        let kinds: Vec<ClaimKind> = claims.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, vec![ClaimKind::Comparison, ClaimKind::Statement]);
    }

    #[test]
    fn more_than_a_number_is_not_a_comparison() {
        let doc = Document::new("More than 300 people attended the rally on Sunday.");
        let qs = quantities::recognize(&doc, &[]);
        let claims = build(&doc, &[], &qs, &[], &[]);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].kind, ClaimKind::Statistic);
    }
}
