//! Source spans after the attributions are found (issue 5, round 10): a source read backwards from its cue stops at
//! the first word that cannot stand inside a plain noun phrase, but PolNeAR's sources are whole subjects. Measured on
//! PolNeAR train by classifying each source that differs from the gold source of the same cue
//! (`claimline eval attribution DIR --source-errors`); each rule widens the start of a source that ends before its
//! cue, and never adds or drops an attribution.
//!
//! - "source.coordinated": the conjuncts before "and"/"or" and a list's earlier items belong to the subject
//!   ("Mrs. Clinton and Ms. Warren criticized", "Crane, Kibbe and other libertarians said"), when the subject so
//!   widened opens its clause and no conjunct has a verb of its own (`tables::SOURCE_COORDINATORS`).
//! - "source.postmodifier": a noun phrase and its prepositional phrase are one subject ("Aides to Clinton said",
//!   "Democratic insiders in New Hampshire said", `tables::SOURCE_POSTMODIFIER_PREPOSITIONS`), under the same
//!   conditions.
//!
//! - "source.object_gap": a source read backwards over an object-gap relative ("an offer the leadership rebuffed",
//!   "a trend that the foundation predicts") is the relative clause's subject ("the leadership", "the foundation").
//!
//! - "source.asked_by": "Asked by Matt Lauer whether ...": the one who asks is the source of the question.
//!
//! - "source.reduced_passive": "The bill, opposed by House Republicans, never became law": the agent after "by" is
//!   the source of a participle cue, the noun phrase it qualifies the content.
//!
//! - "source.interjection": "Cement makers, for instance, argue": the interjected adverbial and its commas are left out.
//!
//! Round 13 (same measure): "source.trailing_auxiliary", "source.after_dash", "source.dash_relative" and
//! "source.forward_postmodifier" move an edge; "source.noun_cue_possessor", "source.noun_cue_subject",
//! "source.possessive_object" and "source.framing_relative" / "_and" / "_inverted" give noun cues and framed quotations
//! the source read around them (each documented at its function).
//!
//! Each source widens at most `MAX_WIDENINGS` times, each by a noun phrase of at most `MAX_SOURCE_TOKENS` words, so
//! the pass is linear in the drafts.

use super::tables::noun_cue_prepositions;
use super::tables::{
    is_in, CAUSATIVE_VERBS, DETERMINERS, FINITE_AUXILIARIES, FRAMING_RELATIVES, GERUND_SUBJECT_PARTICLES,
    GERUND_SUBJECT_VERBS, INTERJECTED_OBJECT_OPENERS, IRREGULAR_PAST_VERBS, NOUN_CUE_PREPOSITIONS,
    NOUN_CUE_VERB_READINGS, NP_BOUNDARY, OBJECT_GAP_DETERMINERS, OBJECT_GAP_HEADS, OBJECT_GAP_NON_HEADS,
    OPENING_TIME_TAILS, PERSON_PRONOUNS, POSSESSIVE_SOURCES, QUANTIFIER_SOURCES, REDUCED_PASSIVE_NOT_CUES,
    RELATIVE_HEAD_PRONOUNS, SOURCE_ADVERBIAL_OPENERS, SOURCE_CLAUSE_LINKS, SOURCE_COORDINATORS, SOURCE_DASH_CONTINUERS,
    SOURCE_DASH_RELATIVES, SOURCE_END_AUXILIARIES, SOURCE_FORWARD_PREPOSITIONS, SOURCE_FORWARD_TIME_HEADS,
    SOURCE_INTERJECTIONS, SOURCE_LIST_NON_ITEMS, SOURCE_OPENING_ADVERBS, SOURCE_POSTMODIFIER_PREPOSITIONS,
    SUBJECT_OPENING_PREPOSITIONS, SUBJECT_PREPOSITIONS, SUBJECT_PRONOUNS, VERB_PARTICLES, WEEKDAYS_AND_TIMES,
};
use super::tables::{
    WC_CLAUSE_OPENERS, WC_COMPLEMENTIZERS, WC_DETERMINERS, WC_FINITE_AUXILIARIES, WC_PERSON_PRONOUNS,
    WC_POSSESSIVE_SOURCES, WC_RELATIVE_PRONOUNS, WC_SUBJECT_PREPOSITIONS, WC_WEEKDAYS_AND_TIMES,
};
use super::{Cx, Draft, MAX_AGENT_TOKENS, MAX_SOURCE_TOKENS};
use crate::analysis::lexicon::VerbForm;
use crate::analysis::model::QuoteKind;

/// At most this many conjuncts or prepositional phrases join one source.
const MAX_WIDENINGS: usize = 4;
/// The longest source so widened, in tokens.
const MAX_WIDENED_TOKENS: usize = 24;

/// Widens the sources of `drafts` that end before their cue; `used` marks the tokens some draft holds.
pub(super) fn widen(cx: &Cx<'_, '_>, drafts: &mut [Draft], used: &[bool]) {
    let doc = cx.doc;
    for d in drafts.iter_mut() {
        asked_by(cx, d);
        reduced_passive(cx, d);
        noun_cue_source(cx, d, used);
        framing_source(cx, d, used);
        possessive_object(cx, d);
        verb_object_gerund(cx, d);
        infinitive_object(cx, d);
        let Some(cue) = d.cue else { continue };
        let rule = d.rule;
        // "said a longtime adviser to Trump": a source read forwards keeps its prepositional phrase
        for src in d.sources.iter_mut().filter(|s| s.0 >= cue.1) {
            if let Some(tok) =
                cx.forward_postmodifier(doc.token_at_or_after(src.1), used).and_then(|e| doc.tokens.get(e - 1))
            {
                src.1 = tok.end;
            }
        }
        for src in d.sources.iter_mut().filter(|s| s.1 <= cue.0) {
            // "Moreover, X, a spokesman,", "The White House contends ..., and X, its adviser,": the subject after an
            // opening adverb or clause
            if let Some(tok) = cx
                .leading_clause(doc.token_at_or_after(src.0), doc.token_at_or_after(src.1))
                .and_then(|k| doc.tokens.get(k))
            {
                src.0 = tok.start;
            }
            // "Ultimately, | Mr. Yanukovych disregarded ... and refused": the subject after an opening adverbial
            if let Some((a, b)) = cx.after_opening(
                doc.token_at_or_after(src.0),
                doc.token_at_or_after(src.1),
                doc.token_at_or_after(cue.0),
            ) {
                if let (Some(ta), Some(tb)) = (doc.tokens.get(a), b.checked_sub(1).and_then(|k| doc.tokens.get(k))) {
                    *src = (ta.start, tb.end);
                }
            }
            // "Federal | investigators have ...": the lowercase head after the capitalised words
            if let Some(tok) = cx
                .subject_head(doc.token_at_or_after(src.0), doc.token_at_or_after(src.1), doc.token_at_or_after(cue.0))
                .and_then(|k| k.checked_sub(1))
                .and_then(|k| doc.tokens.get(k))
            {
                src.1 = tok.end;
            }
            let t0 = doc.token_at_or_after(src.0);
            let end = doc.token_at_or_after(src.1);
            let (s0, _) = cx.sentence_toks(t0);
            // "His campaign sued the DNC in federal court on Friday, seeking": the subject of the clause before the
            // comma
            if let Some(tok) =
                cx.clause_before_comma(t0, end).and_then(|k| k.checked_sub(1)).and_then(|k| doc.tokens.get(k))
            {
                src.1 = tok.end;
                continue;
            }
            // "The governor has said", "Mr. Trump has repudiated decades of ... , saying": a finite auxiliary ends
            // the subject
            if let Some(tok) =
                cx.trailing_auxiliary(t0, end).and_then(|k| k.checked_sub(1)).and_then(|k| doc.tokens.get(k))
            {
                src.1 = tok.end;
                continue;
            }
            // "CHICAGO - Rahm Emanuel said", "- Mr. Biden told": the source starts after a single dash
            if let Some(tok) = cx.after_single_dash(t0, end).and_then(|k| doc.tokens.get(k)) {
                src.0 = tok.start;
                continue;
            }
            // "Joyce — who is listed as an attorney — told": a relative clause between dashes is left out
            if let Some(tok) = cx.dash_relative(t0, end).and_then(|k| k.checked_sub(1)).and_then(|k| doc.tokens.get(k))
            {
                src.1 = tok.end;
                continue;
            }
            // "Cement makers, for instance, argue": an interjected adverbial is not part of the source
            if let Some(k) = cx.trailing_interjection(t0, end) {
                if let Some(tok) = k.checked_sub(1).and_then(|k| doc.tokens.get(k)) {
                    src.1 = tok.end;
                }
                continue;
            }
            // "an offer the leadership rebuffed": the subject of an object-gap relative, not its head noun
            if let Some(k) = cx.object_gap(t0, end) {
                if let Some(tok) = doc.tokens.get(k) {
                    src.0 = tok.start;
                }
                continue;
            }
            // "a tactic Democrats hope", "everything Trump says": the subject after an object-gap relative's head
            if let Some(tok) = cx.object_gap_head(t0, end).and_then(|k| doc.tokens.get(k)) {
                src.0 = tok.start;
                continue;
            }
            // "people who have battled | other online threats say", "People involved in | the lobbying project
            // offered": the noun phrase that the relative clause or participle qualifies
            if let Some(tok) = cx
                .clause_postmodifier(t0, end, s0, used)
                .filter(|_| rule != "indirect.reduced_relative" && end == doc.token_at_or_after(cue.0))
                .and_then(|k| doc.tokens.get(k))
            {
                src.0 = tok.start;
                continue;
            }
            // widen step by step; keep the furthest start that opens its clause
            let (mut t, mut best) = (t0, t0);
            for _ in 0..MAX_WIDENINGS {
                match cx.widen_once(t, end, s0, used) {
                    Some(n) if n < t && end - n <= MAX_WIDENED_TOKENS => t = n,
                    _ => break,
                }
                if cx.opens_clause(t, s0) {
                    best = t;
                }
            }
            let t = best;
            if t < t0 {
                if let Some(tok) = doc.tokens.get(t) {
                    src.0 = tok.start;
                }
            }
        }
    }
}

/// A noun cue without a source (rule "indirect.noun_cue") takes one from before it:
/// - "source.noun_cue_possessor": a possessor before the noun's adjectives ("Trump's false claims that", "her tentative
///   embrace of", "budget hawks’ warnings", "the nonprofit's assurances that");
/// - "source.noun_cue_subject": a noun of `tables::NOUN_CUE_VERB_READINGS` right after a subject and before "that" is
///   its verb ("She fears that", "the suit claims that", "some Democratic strategists fear that").
fn noun_cue_source(cx: &Cx<'_, '_>, d: &mut Draft, used: &[bool]) {
    let doc = cx.doc;
    if d.rule != "indirect.noun_cue" || !d.sources.is_empty() {
        return;
    }
    let Some(cue) = d.cue else { return };
    let c0 = doc.token_at_or_after(cue.0);
    let c1 = doc.token_at_or_after(cue.1);
    let (s0, _) = cx.sentence_toks(c0);
    if c0 <= s0 {
        return;
    }
    let span = |a: usize, b: usize| -> Option<(usize, usize)> {
        let (ta, tb) = (doc.tokens.get(a)?, doc.tokens.get(b.checked_sub(1)?)?);
        (b > a && !(a..b).any(|i| used.get(i).copied().unwrap_or(false))).then_some((ta.start, tb.end))
    };
    // the noun is the cue's last word before its preposition or "that"
    let noun = (c0..c1).rev().find(|&i| noun_cue_prepositions(cx.lw(i)).is_some());
    // "her allies fear that": a plural noun before a plural verb reading is its subject, not an adjective
    let verb_reading = c1 == c0 + 1 && is_in(NOUN_CUE_VERB_READINGS, cx.lw(c0)) && cx.lw(c1) == "that";
    let plural_subject = verb_reading
        && !cx.lw(c0).ends_with('s')
        && cx.lw(c0 - 1).ends_with('s')
        && !cx.lw(c0 - 1).contains(['’', '\'']);
    let poss = if plural_subject { None } else { possessor(cx, noun, s0) };
    let src = poss
        .or_else(|| verb_reading.then(|| subject_before(cx, c0, s0)).flatten())
        .or_else(|| verb_phrase_subject(cx, c0, s0));
    if let Some(x) = src.and_then(|x| span(x.0, x.1)) {
        d.sources.push(x);
    }
}

/// The subject right before a noun cue read as a verb at `c0` ("She fears", "the suit claims", "some Democratic
/// strategists fear") (rule "source.noun_cue_subject").
fn subject_before(cx: &Cx<'_, '_>, c0: usize, s0: usize) -> Option<(usize, usize)> {
    let p = cx.lw(c0.checked_sub(1)?);
    if is_in(SUBJECT_PRONOUNS, p) {
        return Some((c0 - 1, c0));
    }
    if cx.is_punct(c0 - 1) || is_in(DETERMINERS, p) || is_in(NP_BOUNDARY, p) || cx.verbal(c0 - 1) {
        return None;
    }
    cx.source_before(c0, s0).filter(|x| {
        x.1 == c0
            && cx.opens_clause(x.0, s0)
            && !cx.np_has_verb(x.0, x.1)
            && !(x.0..x.1).any(|i| cx.has(i, WC_SUBJECT_PREPOSITIONS) || is_in(NOUN_CUE_PREPOSITIONS, cx.lw(i)))
    })
}

/// "source.noun_cue_verb_subject": the subject before a noun cue that opens with its finite verb ("Donald Trump | has
/// delivered an impassioned defense of", "Ms. Warren | roused the crowd with criticism", "It | makes no mention of"):
/// a noun phrase that opens its clause and has no verb of its own.
fn verb_phrase_subject(cx: &Cx<'_, '_>, c0: usize, s0: usize) -> Option<(usize, usize)> {
    let finite = |k: usize| {
        let w = cx.lw(k);
        !cx.is_cap(k)
            && !(k > 0 && cx.has(k - 1, WC_DETERMINERS))
            && (is_in(FINITE_AUXILIARIES, w)
                || cx
                    .doc
                    .verb_form(k)
                    .is_some_and(|f| matches!(f, VerbForm::Past | VerbForm::Present3 | VerbForm::PastOrParticiple)))
    };
    // the verb opens the cue, or stands before its determiner and adjectives ("has delivered | an impassioned defense
    // of")
    let mut b = c0;
    while b > s0 + 1
        && c0 - b < 4
        && !finite(b)
        && !cx.is_punct(b - 1)
        && !cx.is_cap(b - 1)
        && !cx.has(b - 1, WC_CLAUSE_OPENERS)
        && !cx.has(b - 1, WC_SUBJECT_PREPOSITIONS)
        && !is_in(SUBJECT_OPENING_PREPOSITIONS, cx.lw(b - 1))
        && !matches!(cx.lw(b - 1), "into" | "as" | "like" | "than" | "to")
    {
        b -= 1;
    }
    // "she won the endorsement of X", "picked up the endorsement of X": the one received from speaks
    if !finite(b)
        || b <= s0
        || matches!(cx.lw(b), "won" | "picked" | "earned" | "received" | "got" | "secured" | "gained")
    {
        return None;
    }
    let c0 = cx.aux_start(b, s0);
    if c0 <= s0 {
        return None;
    }
    // "It makes no mention of": "it" before a verb is a source here
    if cx.lw(c0 - 1) == "it" && (c0 - 1 == s0 || cx.is_punct(c0 - 2)) {
        return Some((c0 - 1, c0));
    }
    let p = cx.lw(c0 - 1);
    if is_in(SUBJECT_PRONOUNS, p) {
        return Some((c0 - 1, c0));
    }
    cx.source_before(c0, s0).filter(|x| x.1 == c0 && cx.opens_clause(x.0, s0) && !cx.np_has_verb(x.0, x.1))
}

/// "source.possessive_object": a noun cue whose possessive pronoun is the object of a verb reports the verb's subject
/// ("Trump continued his attacks against", "Both parents stiffened their denunciation of", "Sanders has toned down
/// his criticism of"), not the pronoun.
fn possessive_object(cx: &Cx<'_, '_>, d: &mut Draft) {
    let doc = cx.doc;
    if d.rule != "indirect.noun_cue" {
        return;
    }
    let Some(&[(ss, se)]) = Some(d.sources.as_slice()) else { return };
    let p = doc.token_at_or_after(ss);
    if doc.token_at_or_after(se) != p + 1 || cx.is_cap(p) || !cx.has(p, WC_POSSESSIVE_SOURCES) {
        return;
    }
    let (s0, _) = cx.sentence_toks(p);
    let Some(mut v) = p.checked_sub(1).filter(|&v| v > s0) else { return };
    if is_in(VERB_PARTICLES, cx.lw(v)) && v > s0 + 1 {
        v -= 1; // "toned down his criticism"
    }
    let w = cx.lw(v);
    let finite = cx.doc.verb_form(v).is_some_and(|f| matches!(f, VerbForm::Past | VerbForm::Present3));
    if cx.is_cap(v) || !(finite || cx.verbal(v)) || is_in(FINITE_AUXILIARIES, w) {
        return;
    }
    let a = cx.aux_start(v, s0);
    let Some((x, y)) =
        cx.source_before(a, s0).filter(|x| x.1 == a && cx.opens_clause(x.0, s0) && !cx.np_has_verb(x.0, x.1))
    else {
        return;
    };
    // "He’s been ratcheting up": the contracted auxiliary is not part of the subject
    let y = if y > x + 1 && matches!(cx.lw(y - 1), "’s" | "'s") { y - 1 } else { y };
    let (Some(tx), Some(ty)) = (doc.tokens.get(x), y.checked_sub(1).and_then(|i| doc.tokens.get(i))) else { return };
    d.sources = vec![(tx.start, ty.end)];
}

/// A framed quotation without a source (rule "partial.framing") takes one from around its verb:
/// - "source.framing_relative": the relative pronoun before it ("leaflets that said, "...""; PolNeAR marks the
///   pronoun, as for "who said");
/// - "source.framing_and": the subject of the verb before "and" ("Ms. Okafor smiled and said, "..."");
/// - "source.framing_inverted": a name after it, between commas ("But, said Okafor, "..."").
fn framing_source(cx: &Cx<'_, '_>, d: &mut Draft, used: &[bool]) {
    let doc = cx.doc;
    if d.rule != "partial.framing" || !d.sources.is_empty() {
        return;
    }
    let Some(cue) = d.cue else { return };
    let c0 = doc.token_at_or_after(cue.0);
    let c1 = doc.token_at_or_after(cue.1);
    let (s0, _) = cx.sentence_toks(c0);
    let free = |a: usize, b: usize| b > a && !(a..b).any(|i| used.get(i).copied().unwrap_or(false));
    let src = if c0 > s0 + 1 && is_in(FRAMING_RELATIVES, cx.lw(c0 - 1)) && !cx.is_punct(c0 - 2) {
        Some((c0 - 1, c0))
    } else if c0 > s0 + 2 && cx.lw(c0 - 1) == "and" && !cx.is_cap(c0 - 2) && cx.verbal(c0 - 2) {
        cx.source_before(c0 - 2, s0).filter(|x| x.1 == c0 - 2 && cx.opens_clause(x.0, s0) && !cx.np_has_verb(x.0, x.1))
    } else if c1 == c0 + 1 && (c0 == s0 || cx.is_text(c0 - 1, ",")) && cx.is_cap(c1) {
        let limit = (c1..c1 + MAX_AGENT_TOKENS).find(|&j| cx.is_text(j, ",")).filter(|&j| cx.is_quote_tok(j + 1));
        limit.and_then(|l| cx.source_after(c1, l)).filter(|x| Some(x.1) == limit)
    } else {
        framing_subject(cx, c0, s0)
    };
    let Some((a, b)) = src.filter(|x| free(x.0, x.1)) else { return };
    let (Some(ta), Some(tb)) = (doc.tokens.get(a), b.checked_sub(1).and_then(|i| doc.tokens.get(i))) else { return };
    d.sources.push((ta.start, tb.end));
}

/// "source.framing_subject": the subject of a framing verb at `c0` (after its auxiliaries): a pronoun or a noun
/// phrase that opens its clause right before it ("Will described Trump as ..."), or the sentence's subject with its
/// apposition between commas ("Col. Steven Warren, a military spokesman, said, ''...''").
fn framing_subject(cx: &Cx<'_, '_>, c0: usize, s0: usize) -> Option<(usize, usize)> {
    let a = cx.aux_start(c0, s0);
    if a <= s0 {
        return None;
    }
    let p = cx.lw(a - 1);
    if is_in(SUBJECT_PRONOUNS, p) && (a - 1 == s0 || cx.is_punct(a - 2) || cx.has(a - 2, WC_CLAUSE_OPENERS)) {
        return Some((a - 1, a));
    }
    if cx.is_text(a - 1, ",") {
        // a noun phrase that opens its clause and its apposition between commas
        let lo = a.saturating_sub(MAX_SOURCE_TOKENS).max(s0 + 1);
        let k = (lo..a - 1)
            .rev()
            .take_while(|&i| !cx.is_punct(i) || cx.abbrev_period(i) || cx.is_text(i, ","))
            .find(|&i| cx.is_text(i, ","))?;
        let x =
            cx.source_before(k, s0).filter(|x| x.1 == k && cx.opens_clause(x.0, s0) && !cx.np_has_verb(x.0, x.1))?;
        return (!cx.np_has_verb(k + 1, a - 1) && !cx.has(k + 1, WC_PERSON_PRONOUNS)).then_some((x.0, a));
    }
    cx.source_before(a, s0).filter(|x| x.1 == a && cx.opens_clause(x.0, s0) && !cx.np_has_verb(x.0, x.1))
}

/// The possessor before a noun cue's noun `noun` and at most three adjectives (rule "source.noun_cue_possessor").
fn possessor(cx: &Cx<'_, '_>, noun: Option<usize>, s0: usize) -> Option<(usize, usize)> {
    let doc = cx.doc;
    let n = noun?;
    let mut b = n;
    while b > s0 && n - b < 3 {
        let w = cx.lw(b - 1);
        if cx.is_punct(b - 1)
            || cx.is_cap(b - 1)
            || is_in(DETERMINERS, w)
            || is_in(NP_BOUNDARY, w)
            || is_in(SUBJECT_PREPOSITIONS, w)
            || w.contains(['’', '\''])
            || cx.verbal(b - 1)
            || doc.verb_form(b - 1).is_some_and(|f| matches!(f, VerbForm::Past | VerbForm::Present3))
        {
            break;
        }
        b -= 1;
    }
    let p = b.checked_sub(1).filter(|&p| p >= s0)?;
    let w = cx.lw(p);
    let glued = |x: usize| doc.tokens.get(x).zip(doc.tokens.get(x + 1)).is_some_and(|(a, c)| a.end == c.start);
    if is_in(POSSESSIVE_SOURCES, w) {
        Some((p, p + 1))
    } else {
        // "Trump's", "Mr. Obama's", "budget hawks’", "the nonprofit's": the mark glued to its word (or one token
        // with it), and the capitalised words before a capitalised one
        let mark = matches!(w, "’s" | "'s" | "’" | "'");
        let last = if mark { p.checked_sub(1).filter(|&l| l >= s0 && glued(l) && !cx.is_punct(l))? } else { p };
        let ok = if mark {
            matches!(w, "’s" | "'s") || cx.lw(last).ends_with('s')
        } else {
            w.ends_with("’s") || w.ends_with("'s")
        };
        if !ok {
            return None;
        }
        let mut a = last;
        while cx.is_cap(a) && last - a < MAX_AGENT_TOKENS {
            if a > s0 && cx.is_cap(a - 1) {
                a -= 1;
            } else if a > s0 + 1 && cx.abbrev_period(a - 1) && cx.is_cap(a - 2) {
                a -= 2; // "Mr. Obama's"
            } else {
                break;
            }
        }
        Some((a, p + 1))
    }
}

/// "source.asked_by": "Asked by Matt Lauer whether ...": the one who asks is the source of the question, and the
/// content opens after the name (and a day: "asked by Ingraham on Thursday about ...").
fn asked_by(cx: &Cx<'_, '_>, d: &mut Draft) {
    let doc = cx.doc;
    if d.rule != "indirect.asked" || !d.sources.is_empty() {
        return;
    }
    let (Some(cue), Some(first)) = (d.cue, d.contents.first_mut()) else { return };
    let by = doc.token_at_or_after(cue.1);
    let ce = doc.token_at_or_after(first.1);
    if cx.lw(by) != "by" || doc.tokens.get(by).is_none_or(|t| t.start < first.0) {
        return;
    }
    // the name runs to a complementizer, a preposition or punctuation
    let limit =
        (by + 1..ce).find(|&j| cx.is_punct(j) && !cx.abbrev_period(j) || cx.has(j, WC_COMPLEMENTIZERS)).unwrap_or(ce);
    let Some((s, e)) = cx.source_after(by + 1, limit) else { return };
    let mut c = e;
    if cx.lw(c) == "on" && cx.has(c + 1, WC_WEEKDAYS_AND_TIMES) {
        c += 2;
    }
    let (Some(ts), Some(te), Some(tc)) = (doc.tokens.get(s), doc.tokens.get(e - 1), doc.tokens.get(c)) else { return };
    if c >= ce {
        return;
    }
    d.sources.push((ts.start, te.end));
    first.0 = tc.start;
}

/// "source.reduced_passive": "The immigration bill, opposed by House Republicans, never became law", "a call echoed by
/// Japan": a participle cue right before "by" reports its agent; the noun phrase it qualifies is the content.
fn reduced_passive(cx: &Cx<'_, '_>, d: &mut Draft) {
    let doc = cx.doc;
    if d.kind != QuoteKind::Indirect || d.rule == "indirect.passive" || d.sources.len() != 1 || d.contents.is_empty() {
        return;
    }
    let (Some(cue), Some(&(ss, se)), Some(first)) = (d.cue, d.sources.first(), d.contents.first()) else { return };
    let v = doc.token_at_or_after(cue.1).saturating_sub(1);
    let w = cx.lw(v);
    let participle =
        !cx.is_cap(v) && (w.ends_with("ed") || is_in(IRREGULAR_PAST_VERBS, w)) && !is_in(REDUCED_PASSIVE_NOT_CUES, w);
    let by = v + 1;
    if !participle || cx.lw(by) != "by" || doc.tokens.get(by).is_none_or(|t| t.start != first.0) || se > cue.0 {
        return;
    }
    // nothing but a comma, a dash or an adverb between the noun phrase and the participle
    let (a, c0) = (doc.token_at_or_after(se), doc.token_at_or_after(cue.0));
    if (a..c0).any(|i| !(matches!(cx.text(i), "," | "-" | "—" | "–") || cx.lw(i).ends_with("ly") || cx.lw(i) == "once"))
    {
        return;
    }
    // a finite verb before the participle makes it a clause's predicate ("The bill was opposed by ...")
    if (doc.token_at_or_after(ss)..c0).any(|i| cx.has(i, WC_FINITE_AUXILIARIES)) {
        return;
    }
    let ce = doc.token_at_or_after(first.1);
    let Some((x, y)) = cx.agent_np(by + 1, ce) else { return };
    let mut ne = doc.token_at_or_after(se);
    while ne > doc.token_at_or_after(ss) + 1 && matches!(cx.text(ne - 1), "," | "-" | "—" | "–") {
        ne -= 1;
    }
    let (Some(xs), Some(ye), Some(ns), Some(nend)) = (
        doc.tokens.get(x),
        y.checked_sub(1).and_then(|i| doc.tokens.get(i)),
        doc.tokens.get(doc.token_at_or_after(ss)),
        ne.checked_sub(1).and_then(|i| doc.tokens.get(i)),
    ) else {
        return;
    };
    d.sources = vec![(xs.start, ye.end)];
    d.contents = vec![(ns.start, nend.end)];
}

/// "source.verb_object_gerund": a gerund after the object of a verb of `tables::GERUND_SUBJECT_VERBS` reports the
/// verb's subject ("The town released a statement Wednesday saying", "Sanders spent much of his campaign railing
/// against", "which released a statement Tuesday questioning"), not the object nor the words read back over the verb.
fn verb_object_gerund(cx: &Cx<'_, '_>, d: &mut Draft) {
    let doc = cx.doc;
    if d.rule != "indirect.reduced_relative" {
        return;
    }
    let (Some(cue), Some(&[(ss, se)])) = (d.cue, Some(d.sources.as_slice())) else { return };
    if se > cue.0 {
        return;
    }
    let (t0, end) = (doc.token_at_or_after(ss), doc.token_at_or_after(se));
    let (s0, _) = cx.sentence_toks(t0);
    let verb = |k: usize| !cx.is_cap(k) && is_in(GERUND_SUBJECT_VERBS, cx.lw(k));
    // the verb inside the source read back over it, or right before the source (and a particle)
    let inside = (t0 + 1..end).find(|&k| verb(k));
    let before = || {
        let p = t0.checked_sub(1)?;
        let p = if is_in(GERUND_SUBJECT_PARTICLES, cx.lw(p)) { p.checked_sub(1)? } else { p };
        (p > s0 && verb(p)).then_some(p)
    };
    let Some(k) = inside.or_else(before) else { return };
    let a = cx.aux_start(k, s0);
    let subject = if a > s0 && cx.has(a - 1, WC_RELATIVE_PRONOUNS) {
        Some((a - 1, a))
    } else if inside.is_some() {
        (a > t0 && !cx.np_has_verb(t0, a) && cx.np_plausible(t0, a)).then_some((t0, a))
    } else {
        cx.source_before(a, s0).filter(|x| x.1 == a && cx.opens_clause(x.0, s0) && !cx.np_has_verb(x.0, x.1))
    };
    let Some((x, y)) = subject else { return };
    let (Some(tx), Some(ty)) = (doc.tokens.get(x), y.checked_sub(1).and_then(|i| doc.tokens.get(i))) else { return };
    d.sources = vec![(tx.start, ty.end)];
}

/// "source.infinitive_object": the object of a causative verb (`tables::CAUSATIVE_VERBS`) is the subject of the
/// infinitive cue after it ("The victory led | Priebus | to declare", "will force | Sen. Bernie Sanders | to
/// acknowledge", "a chance for | Clinton | to highlight"): it is the source, and the cue starts at "to".
fn infinitive_object(cx: &Cx<'_, '_>, d: &mut Draft) {
    let doc = cx.doc;
    if d.rule != "indirect.infinitive" {
        return;
    }
    let Some(cue) = d.cue else { return };
    let (c0, c1) = (doc.token_at_or_after(cue.0), doc.token_at_or_after(cue.1));
    let (s0, _) = cx.sentence_toks(c0);
    let Some(to) = (c0..c1).rev().find(|&k| cx.lw(k) == "to") else { return };
    let causative = |k: usize| !cx.is_cap(k) && is_in(CAUSATIVE_VERBS, cx.lw(k));
    // the object inside the cue ("led some to speculate") or right before it ("force X | to acknowledge")
    let np = match (c0..to).find(|&k| causative(k)) {
        Some(v) => Some((v + 1, to)),
        None if to == c0 => {
            cx.source_before(c0, s0).filter(|x| x.1 == c0 && x.0 > s0 && causative(x.0 - 1)).map(|x| (x.0, x.1))
        }
        None => None,
    };
    let Some((a, b)) = np else { return };
    if b <= a
        || cx.has(a, WC_SUBJECT_PREPOSITIONS)
        || matches!(cx.lw(a), "by" | "it")
        || b - a > MAX_SOURCE_TOKENS
        || (a..b).any(|i| cx.is_punct(i) && !cx.abbrev_period(i))
        || cx.np_has_verb(a, b)
        || !cx.np_plausible(a, b)
    {
        return;
    }
    let (Some(ta), Some(tb), Some(tt)) = (doc.tokens.get(a), doc.tokens.get(b - 1), doc.tokens.get(to)) else {
        return;
    };
    d.sources = vec![(ta.start, tb.end)];
    if let Some(c) = d.cue.as_mut() {
        c.0 = tt.start;
    }
}

impl Cx<'_, '_> {
    /// "source.leading_clause": in a source `t..end` read backwards, the start of the subject after an opening adverb
    /// ("Moreover, Jeffrey Sachs, director of ...,", `tables::SOURCE_OPENING_ADVERBS`), a colon ("Voter
    /// participation: Sanders, whose ...,") or a clause whose finite verb comes before a link ("Facebook created the
    /// tool ..., a spokeswoman,", "The White House contends ..., and Brian Deese, its adviser,"); at most four steps.
    fn leading_clause(&self, t: usize, end: usize) -> Option<usize> {
        let mut n = t;
        let starts_np = |m: usize| {
            m < end
                && (self.is_cap(m)
                    || self.has(m, WC_DETERMINERS)
                    || self.has(m, WC_PERSON_PRONOUNS)
                    || self.has(m, WC_POSSESSIVE_SOURCES)
                    || self.is_number(m))
        };
        for _ in 0..4 {
            if end < n + 2 {
                break;
            }
            let w = self.lw(n);
            let adverb = is_in(SOURCE_OPENING_ADVERBS, w) || (w.len() > 4 && w.ends_with("ly") && self.is_cap(n));
            if adverb && self.is_text(n + 1, ",") && starts_np(n + 2) {
                n += 2;
                continue;
            }
            if is_in(SOURCE_OPENING_ADVERBS, w) && !self.is_punct(n + 1) && starts_np(n + 1) {
                n += 1;
                continue;
            }
            if let Some(c) = (n + 1..end - 1).find(|&i| self.is_text(i, ":")).filter(|&c| starts_np(c + 1)) {
                n = c + 1;
                continue;
            }
            // a finite verb before any punctuation or relative pronoun, then a comma or a clause opener
            let Some(f) = (n + 1..end).take_while(|&i| self.within_clause(i)).find(|&i| self.finite_in_source(i))
            else {
                break;
            };
            let Some(l) =
                (f + 1..end).find(|&i| matches!(self.text(i), "," | ";" | "—" | "–") || self.has(i, WC_CLAUSE_OPENERS))
            else {
                break;
            };
            let mut m = l + 1;
            while m < end && (self.has(m, WC_CLAUSE_OPENERS) || self.is_text(m, ",") || self.lw(m) == "even") {
                m += 1;
            }
            if !starts_np(m) {
                break;
            }
            n = m;
        }
        // what is left is a noun phrase: no finite verb before its first punctuation
        let p = (n + 1..end).find(|&i| self.is_punct(i) && !self.abbrev_period(i)).unwrap_or(end);
        let clause =
            self.np_has_verb(n, p) || (n + 1..p).any(|i| self.finite_in_source(i) || self.has(i, WC_CLAUSE_OPENERS));
        (n > t && n < end && !clause && self.np_plausible(n, end)).then_some(n)
    }

    /// A lowercase finite verb at token `i` of a would-be source: an auxiliary, a past form, or an -s form or a
    /// regular past after a name or a pronoun ("The White House contends", "Facebook created").
    /// Token `i` keeps a source's clause going: no punctuation (but an abbreviation's period), no relative pronoun, no
    /// "that".
    fn within_clause(&self, i: usize) -> bool {
        !(self.is_punct(i) && !self.abbrev_period(i)) && !self.has(i, WC_RELATIVE_PRONOUNS) && self.lw(i) != "that"
    }

    fn finite_in_source(&self, i: usize) -> bool {
        if self.is_cap(i) || i == 0 {
            return false;
        }
        let after_name = self.is_cap(i - 1) || self.has(i - 1, WC_PERSON_PRONOUNS);
        let after_noun = !self.has(i - 1, WC_DETERMINERS | WC_SUBJECT_PREPOSITIONS | WC_FINITE_AUXILIARIES);
        self.has(i, WC_FINITE_AUXILIARIES)
            || self.doc.verb_form(i).is_some_and(|f| match f {
                VerbForm::Past => true,
                VerbForm::PastOrParticiple => after_noun,
                VerbForm::Present3 => after_name,
                _ => false,
            })
    }

    /// "source.clause_before_comma": in a source `t..end` that ends with a comma, read back over a clause ("His
    /// campaign sued the DNC in federal court on Friday,", "Activists engaged in a brief sit-in ...,"), the end of
    /// the clause's subject: the words before its first finite verb (and the auxiliaries and adverbs before it), when
    /// no punctuation, relative pronoun or "that" comes first and the words before read as a noun phrase.
    fn clause_before_comma(&self, t: usize, end: usize) -> Option<usize> {
        if end < t + 3 || !self.is_text(end - 1, ",") {
            return None;
        }
        let f = (t + 1..end).take_while(|&i| self.within_clause(i)).find(|&i| self.finite_in_source(i))?;
        // one clause up to the comma: no other punctuation, clause opener or question word after the verb ("...
        // when Michael Capellas, her counterpart,", "how and why Mr. Trump, almost unilaterally,")
        if (f + 1..end - 1).any(|i| {
            (self.is_punct(i) && !self.abbrev_period(i))
                || self.has(i, WC_CLAUSE_OPENERS)
                || matches!(self.lw(i), "how" | "why" | "what")
        }) {
            return None;
        }
        let mut a = f;
        while a > t + 1
            && (self.has(a - 1, WC_FINITE_AUXILIARIES)
                || matches!(self.lw(a - 1), "also" | "even" | "just" | "then" | "now" | "still" | "already" | "never")
                || (!self.is_cap(a - 1) && self.lw(a - 1).len() > 4 && self.lw(a - 1).ends_with("ly")))
        {
            a -= 1;
        }
        (a > t && !self.np_has_verb(t, a) && self.np_plausible(t, a)).then_some(a)
    }

    /// "source.clause_postmodifier": the start of the noun phrase that a source `t..end` read backwards ends, when the
    /// source stops inside its postmodifier: a relative clause with a verb ("people who have battled | other online
    /// threats", "those who back | her opponents") or a participle and a preposition ("People involved in | the
    /// lobbying project", "a super PAC started by | a former Romney aide"); the noun phrase opens its clause.
    fn clause_postmodifier(&self, t: usize, end: usize, s0: usize, used: &[bool]) -> Option<usize> {
        let first = self.lw(t);
        if is_in(PERSON_PRONOUNS, first) || matches!(first, "they" | "we" | "i" | "who" | "which" | "that" | "it") {
            return None;
        }
        let lo = t.saturating_sub(10).max(s0 + 1);
        let plain = |i: usize| !self.is_punct(i) || self.abbrev_period(i);
        let back: Vec<usize> = (lo..t).rev().take_while(|&i| plain(i)).collect();
        let verb = |i: usize| {
            !self.is_cap(i)
                && (self.has(i, WC_FINITE_AUXILIARIES)
                    || self.doc.verb_form(i).is_some_and(|f| !matches!(f, VerbForm::Gerund)))
        };
        let head = if let Some(&r) = back.iter().find(|&&i| matches!(self.lw(i), "who" | "that")) {
            // a verb right after the pronoun: "whom Trump called", "that the campaign" are none
            if r + 1 >= t || !verb(r + 1) || (r + 1..t).any(|i| self.has(i, WC_CLAUSE_OPENERS)) {
                return None;
            }
            r
        } else {
            let p = *back.iter().find(|&&i| {
                let w = self.lw(i);
                !self.is_cap(i)
                    && (w.ends_with("ed") || is_in(IRREGULAR_PAST_VERBS, w))
                    && self.doc.verb_form(i).is_some_and(|f| matches!(f, VerbForm::PastOrParticiple | VerbForm::Past))
            })?;
            // a participle that takes no object: a preposition or a time word right after it ("People involved
            // in", "a poll released Sunday by"; "He sent a memo to" is a clause)
            let next = self.lw(p + 1);
            if !is_in(SOURCE_POSTMODIFIER_PREPOSITIONS, self.lw(t - 1))
                || p + 1 >= t
                || !(is_in(SOURCE_POSTMODIFIER_PREPOSITIONS, next) || is_in(WEEKDAYS_AND_TIMES, next))
            {
                return None;
            }
            p
        };
        let x = if head > s0 && is_in(RELATIVE_HEAD_PRONOUNS, self.lw(head - 1)) && !self.is_cap(head - 1) {
            Some((head - 1, head))
        } else {
            self.source_before(head, s0).filter(|x| x.1 == head && !self.np_has_verb(x.0, x.1))
        }?;
        (x.0 < t && self.opens_clause(x.0, s0) && end - x.0 <= MAX_WIDENED_TOKENS && !self.used_any(used, x.0, t))
            .then_some(x.0)
    }

    /// "source.after_opening": a source `t..end` read as a sentence's subject that is its opening adverbial
    /// ("Ultimately", "Once", "Outside", "A few minutes", "QLast October": a first word of
    /// `tables::SOURCE_ADVERBIAL_OPENERS`, `SUBJECT_OPENING_PREPOSITIONS`, a capitalised -ly adverb, or words before a
    /// comma that hold a time word) is replaced by the subject after the adverbial's comma, before the cue at `c0`.
    fn after_opening(&self, t: usize, end: usize, c0: usize) -> Option<(usize, usize)> {
        let (s0, _) = self.sentence_toks(t);
        let mut f = s0;
        while f < t && matches!(self.lw(f), "but" | "and" | "so" | "yet") {
            f += 1;
        }
        if t != f || end > c0 || !self.is_cap(t) {
            return None;
        }
        let w = self.lw(t);
        let c = (end..c0.min(end + MAX_SOURCE_TOKENS)).find(|&i| self.is_text(i, ","))?;
        let opener = is_in(SOURCE_ADVERBIAL_OPENERS, w)
            || is_in(SUBJECT_OPENING_PREPOSITIONS, w)
            || (w.len() > 4 && w.ends_with("ly"))
            || (t..c).any(|i| self.has(i, WC_WEEKDAYS_AND_TIMES) || is_in(OPENING_TIME_TAILS, self.lw(i)));
        if !opener || (t..c).any(|i| self.is_quote_tok(i)) {
            return None;
        }
        let x = self.subject_np(c + 1, c0)?;
        (x.0 > c && x.1 <= c0 && !self.np_has_verb(x.0, x.1)).then_some(x)
    }

    /// "source.subject_head": the new end of a source `t..end` that stops before the lowercase head of its noun
    /// phrase ("Federal | investigators have", "Sanders | supporters are crying", "Former Secretary | of State
    /// Madeleine Albright recently urged"): up to three lowercase modifiers (or "of" and capitalised words), then a
    /// verb, an adverb, a time word or the cue at `c0`.
    fn subject_head(&self, t: usize, end: usize, c0: usize) -> Option<usize> {
        if end <= t || end >= c0 || !(t..end).any(|i| self.is_cap(i)) || self.is_punct(end - 1) {
            return None;
        }
        let last = self.lw(end - 1);
        if is_in(PERSON_PRONOUNS, last)
            || matches!(last, "they" | "we" | "i" | "it")
            || last.ends_with(['’', '\''])
            || last.ends_with("’s")
            || last.ends_with("'s")
        {
            return None;
        }
        let mut e = end;
        if self.lw(e) == "of" && self.is_cap(e + 1) && self.is_cap(end - 1) {
            e += 1;
            while e < c0 && e - end < 6 && (self.is_cap(e) || self.abbrev_period(e)) {
                e += 1;
            }
        } else {
            while e < c0
                && e - end < 3
                && self.np_modifier(e)
                && !self.has(e, WC_WEEKDAYS_AND_TIMES)
                && !self.has(e, WC_PERSON_PRONOUNS)
                && !matches!(self.lw(e), "they" | "we" | "i" | "it" | "you")
            {
                e += 1;
            }
        }
        if e == end || e > c0 || self.is_cap(e) && e < c0 {
            return None;
        }
        let w = self.lw(e);
        let verbish = e == c0
            || is_in(FINITE_AUXILIARIES, w)
            || is_in(WEEKDAYS_AND_TIMES, w)
            || (w.len() > 4 && w.ends_with("ly"))
            || self.is_cue(e)
            || self.doc.verb_form(e).is_some_and(|f| matches!(f, VerbForm::Past | VerbForm::Present3));
        verbish.then_some(e)
    }

    /// The agent after "by", read forwards to a punctuation mark, a clause opener, a preposition, a time word, a
    /// finite or cue verb; "of"
    /// and "and" before a noun phrase go on ("by 64 percent of the electorate", "by Muslims and some other groups").
    pub(super) fn agent_np(&self, c: usize, limit: usize) -> Option<(usize, usize)> {
        let mut e = c;
        while e < limit
            && e - c < MAX_AGENT_TOKENS
            && !(self.is_punct(e) && !self.agent_punct(e))
            && !(self.has(e, WC_CLAUSE_OPENERS) && !self.agent_conjunct(e))
            && !self.has(e, WC_COMPLEMENTIZERS)
            && !self.has(e, WC_FINITE_AUXILIARIES)
            && !(e > c && !self.is_cap(e) && self.is_cue(e))
            && !self.has(e, WC_WEEKDAYS_AND_TIMES)
            && !(!self.is_cap(e) && self.lw(e).ends_with("ing"))
            && !(e > c && matches!(self.lw(e), "for" | "as" | "to" | "in" | "on" | "at" | "over"))
            && !(self.lw(e) == "of" && (e == c || self.lw(e + 1).ends_with("ing")))
            && !(e > c && !self.is_cap(e) && self.lw(e).len() > 4 && self.lw(e).ends_with("ly"))
        {
            e += 1;
        }
        let head = (c..e).find(|&i| self.lw(i) == "and").unwrap_or(e);
        (e > c && e - c < MAX_AGENT_TOKENS && self.np_plausible(c, head)).then_some((c, e))
    }

    /// "source.interjection": where a source `t..end` ends with an interjected adverbial between commas ("Cement
    /// makers, for instance,", "Proponents of the bill, however,"), the comma that opens it (`tables::SOURCE_INTERJECTIONS`).
    fn trailing_interjection(&self, t: usize, end: usize) -> Option<usize> {
        if end < t + 4 || !self.is_text(end - 1, ",") {
            return None;
        }
        SOURCE_INTERJECTIONS.iter().find_map(|phrase| {
            let n = phrase.split(' ').count();
            let k = end.checked_sub(n + 2)?;
            let words = (k + 1..end - 1).map(|i| self.lw(i));
            (k > t && self.is_text(k, ",") && words.eq(phrase.split(' '))).then_some(k)
        })
    }

    /// "source.object_gap": in a source `t..end` read backwards, the start of the subject of a relative clause with
    /// no relative pronoun or with "that" ("an offer the leadership rebuffed", "a trend that the foundation
    /// predicts"): a noun phrase opening with a determiner, a lowercase noun, then a determiner
    /// (`tables::OBJECT_GAP_DETERMINERS`) or "that"; not in a source with punctuation (an apposition).
    /// "source.trailing_auxiliary": in a source `t..end` read backwards over its verb ("The governor has", "Black
    /// voters have formed an important part of ..."), the finite auxiliary (`tables::SOURCE_END_AUXILIARIES`) that
    /// ends the subject; none after punctuation or a relative pronoun ("Kasich (who has 25 delegates)"), nor before one.
    fn trailing_auxiliary(&self, t: usize, end: usize) -> Option<usize> {
        (t + 1..end)
            .take_while(|&k| !self.is_punct(k) && !self.has(k, WC_RELATIVE_PRONOUNS) && self.lw(k) != "that")
            .find(|&k| !self.is_cap(k) && is_in(SOURCE_END_AUXILIARIES, self.lw(k)))
            // no punctuation after it but a closing comma ("Sanders is pushing back, said"): a comma inside leaves
            // the subject after it ("John Kasich is assuring voters ... after a woman in Worcester, Mass., told")
            .filter(|&k| !(k + 1..end.saturating_sub(1)).any(|i| self.is_punct(i) && !self.abbrev_period(i)))
            // the verb and at most one more word after it ("have begun"), or a clause closed by its comma; not a
            // clause whose object is the cue's subject ("The answers might just make you | feel")
            .filter(|&k| end <= k + 3 || self.is_text(end - 1, ","))
            .filter(|&k| !(k + 1..end).any(|i| is_in(SOURCE_CLAUSE_LINKS, self.lw(i))))
    }

    /// "source.forward_postmodifier": the end of a prepositional phrase (`tables::SOURCE_FORWARD_PREPOSITIONS`) at
    /// token `e`, just after a source read forwards ("said a longtime adviser | to Trump", "said one person | with
    /// knowledge of the talks"), up to punctuation; none when a word of it is taken or it holds a finite verb.
    fn forward_postmodifier(&self, e: usize, used: &[bool]) -> Option<usize> {
        if !is_in(SOURCE_FORWARD_PREPOSITIONS, self.lw(e)) {
            return None;
        }
        let (_, s1) = self.sentence_toks(e);
        let limit = (e + 1..s1.min(e + 1 + MAX_SOURCE_TOKENS)).find(|&j| self.is_punct(j) && !self.abbrev_period(j))?;
        let (a, b) = self.source_after(e + 1, limit)?;
        // "at the time", "on Monday": a time adverbial, not a postmodifier
        let time = self.has(b - 1, WC_WEEKDAYS_AND_TIMES) || is_in(SOURCE_FORWARD_TIME_HEADS, self.lw(b - 1));
        (a == e + 1 && b == limit && !time && !(e..b).any(|i| used.get(i).copied().unwrap_or(false))).then_some(b)
    }

    /// "source.after_dash": in a source `t..end` read backwards, the token after its one spaced dash ("CHICAGO - Rahm
    /// Emanuel", "- Mr. Biden", "a microscopic planner - a former speechwriter"), unless a word of
    /// `tables::SOURCE_DASH_CONTINUERS` follows it ("Democrats -- including Clinton").
    fn after_single_dash(&self, t: usize, end: usize) -> Option<usize> {
        let runs = self.dash_runs(t, end);
        let &[(_, b)] = runs.as_slice() else { return None };
        (b < end && !is_in(SOURCE_DASH_CONTINUERS, self.lw(b))).then_some(b)
    }

    /// "source.dash_relative": the first dash of a source `t..end` that ends with a relative clause between dashes
    /// ("Joyce — who is listed as an attorney —"), to end the source there.
    fn dash_relative(&self, t: usize, end: usize) -> Option<usize> {
        let runs = self.dash_runs(t, end);
        let &[(a1, b1), (_, b2)] = runs.as_slice() else { return None };
        (a1 > t && b2 == end && is_in(SOURCE_DASH_RELATIVES, self.lw(b1))).then_some(a1)
    }

    /// The spaced dashes in tokens `t..end` as token ranges (`--` may be two tokens); a hyphen glued to a word on
    /// both sides ("R-Tex.", "pro-Trump") is none. At most three are listed.
    fn dash_runs(&self, t: usize, end: usize) -> Vec<(usize, usize)> {
        let toks = &self.doc.tokens;
        let glued = |x: usize, y: usize| toks.get(x).zip(toks.get(y)).is_some_and(|(a, b)| a.end == b.start);
        let is_dash = |i: usize| matches!(self.text(i), "-" | "--" | "—" | "–");
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = t;
        while i < end && runs.len() < 3 {
            if !is_dash(i) {
                i += 1;
                continue;
            }
            let a = i;
            while i + 1 < end && is_dash(i + 1) && glued(i, i + 1) {
                i += 1;
            }
            let b = i + 1;
            // a hyphen is a dash only with a space on both sides ("R -S.C." is none); a long dash glued to
            // its words is one ("figures—whose")
            let spaced = (a == t || !glued(a - 1, a)) && (b >= end || !glued(b - 1, b));
            let hyphen = b == a + 1 && self.is_text(a, "-");
            if spaced || !hyphen {
                runs.push((a, b));
            }
            i = b;
        }
        runs
    }

    fn object_gap(&self, t: usize, end: usize) -> Option<usize> {
        if end > t + MAX_WIDENED_TOKENS
            || !(self.has(t, WC_DETERMINERS) || self.is_number(t))
            || (t..end).any(|i| self.is_punct(i) && !self.abbrev_period(i))
        {
            return None;
        }
        let k = (t + 2..end).find(|&k| {
            let w = self.lw(k);
            self.gap_head_noun(k - 1) && ((w == "that" && k + 1 < end) || is_in(OBJECT_GAP_DETERMINERS, w))
        })?;
        let k = if self.lw(k) == "that" { k + 1 } else { k };
        (!self.np_has_verb(k, end) && self.np_plausible(k, end)).then_some(k)
    }

    /// "source.object_gap_head": in a source `t..end` with no punctuation, the start of the subject after a head noun
    /// of `tables::OBJECT_GAP_HEADS` ("a tactic | Democrats hope", "the kind of campaign | Ayotte hoped", "everything |
    /// Trump says"): a name, a quantifier or a pronoun with no verb of its own.
    fn object_gap_head(&self, t: usize, end: usize) -> Option<usize> {
        if end > t + MAX_WIDENED_TOKENS || (t..end).any(|i| self.is_punct(i) && !self.abbrev_period(i)) {
            return None;
        }
        let k = (t + 1..end).find(|&k| {
            let w = self.lw(k);
            // "one Clinton aide", "Clinton campaign Chairman John Podesta": a number or a noun after a name is no
            // head
            let head = self.lw(k - 1);
            !self.is_cap(k - 1)
                && is_in(OBJECT_GAP_HEADS, head)
                && !(k >= t + 2 && self.is_cap(k - 2))
                && !(head == "one" && self.is_cap(k))
                && (self.is_cap(k)
                    || is_in(QUANTIFIER_SOURCES, w)
                    || is_in(PERSON_PRONOUNS, w)
                    || matches!(w, "we" | "they" | "i" | "you"))
        })?;
        (!self.np_has_verb(k, end) && self.np_plausible(k, end)).then_some(k)
    }

    /// A word that may end the head noun phrase of an object-gap relative: a lowercase word that is not a
    /// determiner, a preposition, a conjunction, an adverb or a finite verb.
    fn gap_head_noun(&self, i: usize) -> bool {
        let w = self.lw(i);
        !self.is_cap(i)
            && !self.is_punct(i)
            && !self.is_number(i)
            && !is_in(DETERMINERS, w)
            && !is_in(NP_BOUNDARY, w)
            && !is_in(SUBJECT_PREPOSITIONS, w)
            && !is_in(OBJECT_GAP_NON_HEADS, w)
            && !w.ends_with("ly")
            && !w.ends_with("ing")
            && !w.ends_with("ed")
            && !self.doc.verb_form(i).is_some_and(|f| matches!(f, VerbForm::Past | VerbForm::Present3))
    }

    fn is_number(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == crate::analysis::document::TokenKind::Number)
    }

    /// Whether a subject starting at token `i` opens its clause: the sentence's start, or after punctuation, a
    /// conjunction or a subordinator.
    fn opens_clause(&self, i: usize, s0: usize) -> bool {
        i <= s0
            || matches!(self.text(i - 1), "," | ";" | ":" | "(" | "—" | "–" | "-" | "--")
            || self.has(i - 1, WC_CLAUSE_OPENERS)
    }

    /// A word that reads as a verb form inside a would-be noun phrase: a lowercase -ed or -ing word ("Following
    /// the release", "turned up").
    fn verbal(&self, i: usize) -> bool {
        let w = self.lw(i);
        (w.ends_with("ed") || w.ends_with("ing")) && (i > 0 && !self.has(i - 1, WC_DETERMINERS) || self.is_cap(i))
    }

    /// An earlier item of a list of sources: a name, a noun phrase with a determiner, or one word, at most five words.
    /// An opening adverb ("First, she and ...") is not one.
    fn list_item(&self, (a, b): (usize, usize)) -> bool {
        let w = self.lw(a);
        let adverb =
            b == a + 1 && (is_in(SOURCE_LIST_NON_ITEMS, w) || is_in(WEEKDAYS_AND_TIMES, w) || w.ends_with("ly"));
        b - a <= 5 && !adverb && (self.is_cap(a) || is_in(DETERMINERS, w) || b == a + 1)
    }

    /// Whether words `a..b` read as a noun phrase hold a finite verb: an auxiliary, a past form, or an -s form after
    /// a name or a pronoun ("Trump wins"; "exit polls" is a noun). Base forms are read as nouns ("protest organizers").
    fn np_has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| {
            if self.is_cap(i) && i > a {
                return false;
            }
            self.has(i, WC_FINITE_AUXILIARIES)
                || self.doc.verb_form(i).is_some_and(|f| match f {
                    VerbForm::Past => true,
                    VerbForm::PastOrParticiple => i == a || !self.has(i - 1, WC_DETERMINERS),
                    VerbForm::Present3 => i > a && (self.is_cap(i - 1) || self.has(i - 1, WC_PERSON_PRONOUNS)),
                    _ => false,
                })
        })
    }

    /// A noun phrase that ends right before token `p`, ends with a word and has no verb of its own.
    fn np_ending_at(&self, p: usize, s0: usize, used: &[bool]) -> Option<(usize, usize)> {
        let y = self.source_before(p, s0).filter(|y| y.1 == p && y.0 < p)?;
        let ok = !self.is_punct(p - 1)
            && !self.np_has_verb(y.0, y.1)
            && !(y.0..y.1).any(|i| self.verbal(i) && (i == y.0 || !self.is_cap(i)))
            && !self.used_any(used, y.0, y.1);
        ok.then_some(y)
    }

    /// The new start of a source that starts at token `t` and ends before token `end`, one conjunct, list item or
    /// noun phrase with its preposition further back ("source.coordinated", "source.postmodifier").
    fn widen_once(&self, t: usize, end: usize, s0: usize, used: &[bool]) -> Option<usize> {
        let p = t.checked_sub(1).filter(|&p| p > s0 && !self.is_cap(p))?;
        let w = self.lw(p);
        // the source so far is a noun phrase, not a time adverbial or a clause
        if self.np_has_verb(t, end) || (t..end).any(|i| self.verbal(i)) || self.has(t, WC_WEEKDAYS_AND_TIMES) {
            return None;
        }
        let start = if is_in(SOURCE_COORDINATORS, w) {
            // "and he said", "and which has endorsed" coordinate clauses
            let w_t = self.lw(t);
            if end == t + 1
                && (is_in(PERSON_PRONOUNS, w_t) || matches!(w_t, "they" | "we" | "i" | "it" | "who" | "which" | "that"))
            {
                return None;
            }
            // "A, B, and C": the comma before the conjunction, only in a list
            let oxford = self.is_text(p - 1, ",");
            let mut y = self.np_ending_at(if oxford { p - 1 } else { p }, s0, used)?;
            // earlier items of a list: short names, the list opening the clause after no comma ("Crane, Kibbe and
            // other libertarians")
            let (first, mut items) = (y, 0);
            while y.0 > s0 + 1 && self.is_text(y.0 - 1, ",") && end - y.0 < MAX_WIDENED_TOKENS {
                match self.np_ending_at(y.0 - 1, s0, used) {
                    Some(z) if self.list_item(z) && self.list_item(y) => {
                        y = z;
                        items += 1;
                    }
                    _ => break,
                }
            }
            // a list opens its clause after no comma ("In Britain, the cities of A and B" is no list)
            if items > 0 && !(self.opens_clause(y.0, s0) && (y.0 <= s0 || !self.is_text(y.0 - 1, ","))) {
                (y, items) = (first, 0);
            }
            if oxford && items == 0 {
                return None;
            }
            y.0
        } else if is_in(SOURCE_POSTMODIFIER_PREPOSITIONS, w) {
            let y = self.np_ending_at(p, s0, used)?;
            // "Trump in his speech called": a name and an interjected adverbial
            if (y.0..y.1).all(|i| self.is_cap(i) || self.is_punct(i)) && is_in(INTERJECTED_OBJECT_OPENERS, self.lw(t)) {
                return None;
            }
            y.0
        } else {
            return None;
        };
        (!self.used_any(used, start, t)).then_some(start)
    }
}

#[cfg(test)]
mod tests {
    use super::super::recognize;
    use crate::analysis::document::Document;
    use crate::analysis::model::Attribution;

    fn sources_of(text: &str, cue_part: &str) -> Vec<String> {
        let atts: Vec<Attribution> = recognize(&Document::new(text), &[]);
        let a = atts
            .iter()
            .find(|a| a.cue.as_ref().is_some_and(|c| c.text.contains(cue_part)))
            .unwrap_or_else(|| panic!("no cue with {cue_part:?} in {atts:#?}"));
        a.sources.iter().map(|s| s.text.clone()).collect()
    }

    #[test]
    fn coordinated_subjects_are_one_source() {
        assert_eq!(
            sources_of("Ms. Okafor and her deputy said the clinic would close.", "said"),
            ["Ms. Okafor and her deputy"]
        );
        assert_eq!(
            sources_of("Farmers, grocers and many local bakers complained that flour prices doubled.", "complained"),
            ["Farmers, grocers and many local bakers"]
        );
        // a clause before "and" is not a conjunct
        assert_eq!(
            sources_of("The mayor lost the vote and the council said it would appeal.", "said"),
            ["the council"]
        );
    }

    #[test]
    fn object_gap_relatives_report_their_subject() {
        let text = "The city proposed a new tax, a plan the union rejected on Monday.";
        assert_eq!(sources_of(text, "rejected"), ["the union"]);
        let text = "Rents rose again, a trend that most economists predict will last.";
        assert_eq!(sources_of(text, "predict"), ["most economists"]);
        // an adjective before a name is no gap; a noun phrase with its apposition is left whole
        assert_eq!(sources_of("A weary Ms. Okafor said the clinic would close.", "said"), ["A weary Ms. Okafor"]);
    }

    #[test]
    fn the_one_who_asks_is_the_source() {
        let text = "Asked by a local reporter whether the plant would close, the mayor shrugged.";
        assert_eq!(sources_of(text, "Asked"), ["a local reporter"]);
        let atts = recognize(&Document::new(text), &[]);
        let a = atts.iter().find(|a| a.rule == "indirect.asked").expect("asked");
        assert_eq!(a.contents[0].text, "whether the plant would close");
        assert!(!a.sourceless);
    }

    #[test]
    fn a_reduced_passive_reports_its_agent() {
        let text = "The zoning plan, opposed by most local shopkeepers, was shelved.";
        let atts = recognize(&Document::new(text), &[]);
        let a = atts.iter().find(|a| a.cue.as_ref().is_some_and(|c| c.text == "opposed")).expect("opposed");
        assert_eq!(a.sources[0].text, "most local shopkeepers");
        assert_eq!(a.contents[0].text, "The zoning plan");
        // a passive agent runs over "of" and "and" before a noun phrase
        assert_eq!(
            sources_of("The levy was rejected by 60 percent of the voters.", "rejected"),
            ["60 percent of the voters"]
        );
        assert_eq!(
            sources_of("The plan was criticized by farmers and the grocers' union.", "criticized"),
            ["farmers and the grocers' union"]
        );
    }

    #[test]
    fn a_source_starts_after_a_single_dash() {
        let text = "LEEDS - Ms. Okafor said the clinic would close.";
        assert_eq!(sources_of(text, "said"), ["Ms. Okafor"]);
        let text = "She was a careful planner - a former aide said she read every memo.";
        assert_eq!(sources_of(text, "said"), ["a former aide"]);
        // a dash that goes on with the subject, and a hyphen with one space, are kept
        let text = "Bakers -- including Ms. Okafor -- said flour prices doubled.";
        assert_eq!(sources_of(text, "said"), ["Bakers -- including Ms. Okafor --"]);
        // a relative clause between dashes is left out
        let text = "The mayor — who was elected in May — said the clinic would close.";
        assert_eq!(sources_of(text, "said"), ["The mayor"]);
    }

    #[test]
    fn noun_cues_take_a_possessor_over_adjectives_or_a_subject() {
        let text = "The race turned on Ortiz's false claims that the ferry lost money.";
        assert_eq!(sources_of(text, "claims"), ["Ortiz's"]);
        let text = "Few noticed the mayor's quiet embrace of the ferry plan.";
        assert_eq!(sources_of(text, "embrace"), ["mayor's"]);
        let text = "Nobody in town was surprised by Dr. Okafor's sharp criticism of the plan.";
        assert_eq!(sources_of(text, "criticism"), ["Dr. Okafor's"]);
        // a noun of stance read as a verb after its subject
        assert_eq!(sources_of("Local bakers fear that flour prices will double.", "fear"), ["Local bakers"]);
        assert_eq!(sources_of("In Leeds, she fears that the ward will close.", "fears"), ["she"]);
        // after a preposition the noun stays a noun without a source
        assert!(sources_of("Prices rose amid fears that the harvest failed.", "fears").is_empty());
    }

    #[test]
    fn a_finite_auxiliary_ends_the_subject() {
        let text = "The harbour board has spent weeks on the plan, saying that the ferry will close.";
        assert_eq!(sources_of(text, "saying"), ["The harbour board"]);
    }

    #[test]
    fn framed_quotations_take_a_relative_pronoun_a_conjoined_subject_or_an_inverted_name() {
        let text = "They handed out leaflets that said, \"The ferry must stay open.\"";
        assert_eq!(sources_of(text, "said"), ["that"]);
        let text = "When asked about the plan, Ms. Okafor smiled and said, \"We will see about that.\"";
        assert_eq!(sources_of(text, "said"), ["Ms. Okafor"]);
        let text = "The ward was calm. But, said Okafor, \"the plan is not dead yet.\"";
        assert_eq!(sources_of(text, "said"), ["Okafor"]);
    }

    #[test]
    fn a_source_read_forwards_keeps_its_prepositional_phrase() {
        let text = "\"The ferry will stay,\" said a longtime adviser to the mayor.";
        assert_eq!(sources_of(text, "said"), ["a longtime adviser to the mayor"]);
        // a time adverbial is not part of it
        let text = "\"The ferry will stay,\" said the harbour master at the time.";
        assert_eq!(sources_of(text, "said"), ["the harbour master"]);
    }

    #[test]
    fn a_possessive_object_of_a_verb_reports_the_subject() {
        let text = "The union renewed its criticism of the ferry contract.";
        assert_eq!(sources_of(text, "criticism"), ["The union"]);
        let text = "The mayor has toned down her attacks against the harbour board.";
        assert_eq!(sources_of(text, "attacks"), ["The mayor"]);
        // after a preposition the pronoun stays the source
        let text = "The mayor was firm in her criticism of the ferry contract.";
        assert_eq!(sources_of(text, "criticism"), ["her"]);
    }

    #[test]
    fn interjections_are_left_out() {
        assert_eq!(sources_of("Local bakers, however, argue that flour costs too much.", "argue"), ["Local bakers"]);
    }

    #[test]
    fn a_gerund_after_a_produced_object_reports_the_subject() {
        let text = "The harbour board released a statement Tuesday saying the ferry would stop in May.";
        assert_eq!(sources_of(text, "saying"), ["The harbour board"]);
        let text = "The mayor spent much of her speech defending the new tram line.";
        assert_eq!(sources_of(text, "defending"), ["The mayor"]);
    }

    #[test]
    fn an_opening_adverb_or_clause_is_no_part_of_the_subject() {
        let text = "Moreover, Dr. Amara Okafor, the head of the clinic, said the ward would close.";
        assert_eq!(sources_of(text, "said"), ["Dr. Amara Okafor, the head of the clinic,"]);
        let text = "The council approved the budget, but Peter Lind, a local baker, said it was too late.";
        assert_eq!(sources_of(text, "said"), ["Peter Lind, a local baker,"]);
    }

    #[test]
    fn a_subject_keeps_its_lowercase_head() {
        let text = "Peter Lind said the harbour was safe. Federal investigators have since argued that it was not.";
        assert_eq!(sources_of(text, "argued"), ["Federal investigators"]);
    }

    #[test]
    fn an_object_gap_head_before_a_name_is_left_out() {
        let text = "The tram was a tactic Mayor Okafor hoped would win votes.";
        assert_eq!(sources_of(text, "hoped"), ["Mayor Okafor"]);
        let text = "Not everything Okafor says is true.";
        assert_eq!(sources_of(text, "says"), ["Okafor"]);
        // an adjective before a name is no head
        assert_eq!(sources_of("A weary Ms. Okafor said the clinic would close.", "said"), ["A weary Ms. Okafor"]);
    }

    #[test]
    fn a_clause_before_the_comma_gives_its_subject() {
        let text = "The union sued the city in federal court on Friday, arguing that the rules were unfair.";
        assert_eq!(sources_of(text, "arguing"), ["The union"]);
    }

    #[test]
    fn a_relative_clause_or_participle_stays_with_its_noun() {
        let text = "Nurses who have worked in the ward for years say the clinic is understaffed.";
        assert_eq!(sources_of(text, "say"), ["Nurses who have worked in the ward for years"]);
        let text = "Bakers involved in the dispute argued that flour prices had doubled.";
        assert_eq!(sources_of(text, "argued"), ["Bakers involved in the dispute"]);
    }

    #[test]
    fn the_object_of_a_causative_verb_is_the_source_of_the_infinitive() {
        let text = "The sudden closure led the harbour master to declare an emergency.";
        let atts = recognize(&Document::new(text), &[]);
        let a = atts.iter().find(|a| a.rule == "indirect.infinitive").expect("infinitive");
        assert_eq!(a.sources[0].text, "the harbour master");
        assert_eq!(a.cue.as_ref().map(|c| c.text.as_str()), Some("to declare"));
    }

    #[test]
    fn an_opening_adverbial_is_not_the_subject() {
        let text = "Ultimately, the harbour master ignored the warning and refused to close the port.";
        assert_eq!(sources_of(text, "refused"), ["the harbour master"]);
    }

    #[test]
    fn a_framing_verb_takes_its_subject_and_apposition() {
        let text = "But in a call with reporters on Monday, Dr. Amara Okafor, the head of the clinic, said, \"We are \
                    out of beds.\"";
        let atts = recognize(&Document::new(text), &[]);
        let a = atts.iter().find(|a| a.rule == "partial.framing").expect("framing");
        assert_eq!(a.sources[0].text, "Dr. Amara Okafor, the head of the clinic,");
    }

    #[test]
    fn a_noun_cue_after_its_verb_takes_the_subject() {
        let text = "The mayor has delivered an impassioned defense of the tram line.";
        assert_eq!(sources_of(text, "defense"), ["The mayor"]);
    }

    #[test]
    fn prepositional_phrases_stay_with_their_noun() {
        assert_eq!(sources_of("Nurses in Leeds said the ward was understaffed.", "said"), ["Nurses in Leeds"]);
        assert_eq!(
            sources_of("Aides to the governor argued that the budget was balanced.", "argued"),
            ["Aides to the governor"]
        );
        // a verb before the preposition: a relative clause, not a noun phrase
        assert_eq!(sources_of("The woman who lives in Leeds said the ward was understaffed.", "said").len(), 1);
    }
}
