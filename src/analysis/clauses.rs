//! A shallow clause reader: sentences cut into clauses, each with its verb group, tense and status cues.
//!
//! No tagger and no parser: closed-class words and verb forms from `lexicon`, and a few boundary rules, each
//! named in `Clause::boundary`. It is enough to tell which clause a date belongs to, whether a clause states
//! something done, ongoing, expected, negated or hypothetical, and where its verb is.

use super::document::{Document, TokenKind};
use super::lexicon::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    PresentPerfect,
    PastPerfect,
    PresentProgressive,
    PastProgressive,
    Future,
    /// would, could, may, might, should, must (+ verb).
    Modal,
    /// No finite verb: a fragment, a headline noun phrase.
    None,
}

#[derive(Clone, Debug)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub paragraph: usize,
    /// Token range in `Document::tokens`.
    pub tok_start: usize,
    pub tok_end: usize,
    /// The word that opened the clause ("which", "as", "that", "and"), lower-cased.
    pub opener: Option<String>,
    /// The rule that started the clause: "sentence.start", "boundary.comma_relative", ...
    pub boundary: &'static str,
    /// Token index of the head verb, if any.
    pub head: Option<usize>,
    pub lemma: Option<String>,
    /// Token index where the verb group starts (first auxiliary or the head).
    pub group_start: Option<usize>,
    pub tense: Tense,
    pub modal: Option<String>,
    pub negated: bool,
    /// An expectation cue governs the verb: "are expected to set", "plans to".
    pub expected: bool,
    pub hypothetical: bool,
    pub reporting: bool,
    /// The verb group is a form of "be" alone (a state: "The US is the most powerful country").
    pub copular: bool,
    pub passive: bool,
}

fn lw<'d>(doc: &'d Document<'_>, i: usize) -> &'d str {
    doc.lower(i)
}

fn is_word(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
}

fn is_capitalised(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i).and_then(|t| doc.tok_text(t).chars().next()).is_some_and(char::is_uppercase)
}

fn is_aux(w: &str) -> bool {
    BE_FORMS.contains(&w) || HAVE_FORMS.contains(&w) || DO_FORMS.contains(&w) || is_modal(w) || negative_contraction(w).is_some()
}

/// Negative contractions, one token each ("hasn't", "weren’t", "cannot"), and the auxiliary they contain
/// (rule `clause.negative_contraction`: the verb group goes on after them and the clause is negated).
const NEGATIVE_CONTRACTIONS: &[(&str, &str)] = &[
    ("isn't", "is"), ("aren't", "are"), ("wasn't", "was"), ("weren't", "were"), ("hasn't", "has"), ("haven't", "have"),
    ("hadn't", "had"), ("doesn't", "does"), ("don't", "do"), ("didn't", "did"), ("won't", "will"), ("wouldn't", "would"),
    ("can't", "can"), ("cannot", "can"), ("couldn't", "could"), ("shouldn't", "should"), ("mustn't", "must"),
    ("mightn't", "might"), ("shan't", "shall"), ("needn't", "need"),
];

/// The auxiliary inside a negative contraction, with a straight or a curly apostrophe.
fn negative_contraction(w: &str) -> Option<&'static str> {
    if !(w.ends_with("n't") || w.ends_with("n’t") || w == "cannot") {
        return None;
    }
    let straight: std::borrow::Cow<'_, str> = if w.contains('’') { w.replace('’', "'").into() } else { w.into() };
    NEGATIVE_CONTRACTIONS.iter().find(|(c, _)| *c == straight).map(|(_, a)| *a)
}

/// Can token `i` be a finite or non-finite verb here, judging by its form and its left neighbour?
fn verb_here<'d>(doc: &'d Document<'_>, i: usize, first_in_sentence: bool) -> Option<(Lemma<'d>, VerbForm)> {
    if !is_word(doc, i) {
        return None;
    }
    if is_capitalised(doc, i) && !first_in_sentence {
        return None;
    }
    let (lemma, form) = doc.verb(i)?;
    if i > 0 {
        let prev = lw(doc, i - 1);
        // after a determiner or a possessive it is a noun or an adjective: "the plan", "his threats"
        if DETERMINERS.contains(&prev) {
            return None;
        }
        // ... also a noun's possessive ("before next week's talks", "the company's plans"), not a pronoun's "'s"
        // ("he's", "it's": "is"/"has"; rule `clause.noun_after_possessive`)
        if matches!(form, VerbForm::Present3 | VerbForm::Base) && noun_possessive_before(doc, i) {
            return None;
        }
        // a gerund or base after a preposition is not the clause's verb: "of not paying", "for meeting"
        if matches!(form, VerbForm::Gerund) && PREPOSITIONS.contains(&prev) {
            return None;
        }
        // nor a base form after a preposition other than the infinitive's "to": a noun ("On top of that", "in
        // place", "for sale"; rule `clause.noun_after_preposition`)
        if form == VerbForm::Base && prev != "to" && PREPOSITIONS.contains(&prev) {
            return None;
        }
    }
    Some((lemma, form))
}

/// Pronouns whose "'s" is "is" or "has", not a possessive.
const CONTRACTING_PRONOUNS: &[&str] = &["he", "she", "it", "that", "there", "what", "who", "here", "where", "let", "how", "this"];

/// Does a noun's possessive ("week's", "week" + "'s") stand right before token `i`?
fn noun_possessive_before(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let prev = lw(doc, p);
    let owner = if matches!(prev, "'s" | "’s") {
        match p.checked_sub(1) {
            Some(o) if doc.tokens.get(o).is_some_and(|t| t.end == doc.tokens[p].start) => lw(doc, o),
            _ => return false,
        }
    } else if let Some(o) = prev.strip_suffix("'s").or_else(|| prev.strip_suffix("’s")) {
        o
    } else {
        return false;
    };
    !owner.is_empty() && !CONTRACTING_PRONOUNS.contains(&owner)
}

/// Does a clause (a verb) begin within the next few tokens after `i` (exclusive), before punctuation?
fn verb_soon(doc: &Document<'_>, i: usize, end: usize, window: usize) -> bool {
    let mut j = i + 1;
    while j < end && j <= i + window {
        let w = lw(doc, j);
        if matches!(w, "," | ";" | ":" | "." | "(" | ")") {
            return false;
        }
        // a capitalised "May" is the month, not the modal ("until May, the city said")
        if (is_aux(w) && !is_capitalised(doc, j)) || verb_here(doc, j, false).is_some_and(|(_, f)| !matches!(f, VerbForm::Gerund | VerbForm::Base)) {
            return true;
        }
        j += 1;
    }
    false
}

/// Whether tokens `k..end` are only a source and its verb of saying: "police said", "the newspaper reported on
/// Friday", "said spokesman Kenneth Bacon", "according to diplomatic sources in Riyadh".
fn reporting_tail(doc: &Document<'_>, k: usize, end: usize) -> bool {
    let n = end.saturating_sub(k);
    // "according to" names the source however long the source's description ("according to diplomatic sources in
    // Riyadh, the Saudi capital")
    if lw(doc, k) == "according" && lw(doc, k + 1) == "to" {
        return (3..=MAX_ACCORDING_TAIL).contains(&n);
    }
    if !(2..=MAX_INVERTED_TAIL).contains(&n) {
        return false;
    }
    let words: Vec<&str> = (k..end).map(|i| lw(doc, i)).collect();
    let Some(v) = (k..end).position(|i| doc.reporting_verb(i).is_some_and(|f| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3))) else {
        return false;
    };
    // the verb first, the source after it with its description: "says Louis Harvey, the group's president"
    if v == 0 {
        return words[1..].iter().all(|w| !matches!(*w, "that" | ";"));
    }
    // the source is short ("an official from the organization said on Wednesday") and before or right after the
    // verb; what follows is a date or the source
    n <= MAX_SOURCE_TAIL && v <= MAX_SOURCE_WORDS && words[v + 1..].iter().all(|w| !matches!(*w, "that" | "," | ";"))
}

/// Adverbs that may stand between the comma closing a relative clause and the main verb ("Smith, who ..., also
/// said", "The station, which ..., actually began").
const RELATIVE_END_ADVERBS: &[&str] = &["also", "actually", "later", "then", "still", "now", "already", "recently", "reportedly", "eventually", "finally", "quickly", "immediately"];

/// Words after which a subject pronoun does not open a relative clause with no "that" (`boundary.contact_relative`):
/// the nouns of time that end a fronted date ("last year it reported"), and words that are not a noun.
const NOT_BEFORE_CONTACT_RELATIVE: &[&str] = &[
    "year", "years", "week", "weeks", "month", "months", "day", "days", "quarter", "ago", "time", "times", "morning",
    "afternoon", "evening", "night", "weekend", "period", "season", "decade", "so", "now", "then", "also", "and",
    "but", "or", "nor", "yet", "if", "what", "how", "why", "where", "when", "whether", "not", "too", "as", "because",
    "said", "says", "say", "think", "believe", "hope", "know", "knew", "thought", "believed",
];

/// How many words after ", but" the verb of a clause of its own is looked for (`boundary.but_other_tense`).
const MAX_BUT_SUBJECT_WORDS: usize = 6;
/// How far back the verb of the clause before ", but" is looked for (`boundary.but_other_tense`).
const MAX_BUT_HOST_WORDS: usize = 30;

/// Past (0), present (1) or future and modal (2), by the first finite verb or auxiliary in `from..to`, before any
/// punctuation.
fn finite_time(doc: &Document<'_>, from: usize, to: usize) -> Option<u8> {
    for i in from..to {
        let w = lw(doc, i);
        if matches!(w, "," | ";" | ":" | "(" | ")") {
            return None;
        }
        let aux = negative_contraction(w).unwrap_or(w);
        if is_modal(aux) || aux == "will" {
            return Some(2);
        }
        if matches!(aux, "was" | "were" | "had" | "did" | "is" | "are" | "am" | "has" | "have" | "does" | "do") {
            // a bare "be" states ("but the risk is small": not an event, a cut there lost a link on AQ-held): no tense
            let bare_be = BE_FORMS.contains(&aux)
                && !verb_here(doc, i + 1, false).is_some_and(|(_, f)| !matches!(f, VerbForm::Base))
                && !matches!(lw(doc, i + 1), "being" | "not");
            if bare_be {
                return None;
            }
            return Some(u8::from(!matches!(aux, "was" | "were" | "had" | "did")));
        }
        match verb_here(doc, i, false).map(|(_, f)| f) {
            Some(VerbForm::Past | VerbForm::PastOrParticiple) => return Some(0),
            Some(VerbForm::Present3) => return Some(1),
            _ => {}
        }
    }
    None
}

/// Does ", but" at `k` open a clause of its own (rule `boundary.but_other_tense`)? A subject and a finite verb within
/// a few words, in another tense than the clause before it: "earnings haven't been very good, but the effect hit
/// home hard yesterday" (a date in one does not date the other).
fn but_turns_tense(doc: &Document<'_>, start: usize, k: usize, end: usize) -> bool {
    let to = (k + 1 + MAX_BUT_SUBJECT_WORDS).min(end);
    let Some(after) = finite_time(doc, k + 2, to) else { return false };
    let back = k.saturating_sub(MAX_BUT_HOST_WORDS).max(start);
    let before = (back..k).find_map(|i| finite_time(doc, i, i + 1));
    before.is_some_and(|b| b != after)
}

/// How far back the host clause's verb is looked for (`boundary.contact_relative`): bounded, so a long clause costs
/// no more per pronoun.
const MAX_CONTACT_HOST_WORDS: usize = 30;

/// Does a relative clause with no "that" open at token `k` (rule `boundary.contact_relative`)? A subject pronoun
/// right after a noun, then a past verb (a present one or an auxiliary there lost a link on AQ-held), in a clause
/// whose own verb stands before the noun: "retreated from the principle it upheld two years ago", "lower than the
/// 16 cents a share it reported last year".
fn contact_relative_here(doc: &Document<'_>, start: usize, k: usize) -> bool {
    let w = lw(doc, k);
    if !matches!(w, "he" | "she" | "it" | "we" | "they") || k < 1 || !is_word(doc, k - 1) || is_capitalised(doc, k - 1) {
        return false;
    }
    let prev = lw(doc, k - 1);
    if NOT_BEFORE_CONTACT_RELATIVE.contains(&prev)
        || DETERMINERS.contains(&prev)
        || PREPOSITIONS.contains(&prev)
        || SUBORDINATORS.contains(&prev)
        || TIME_WORDS.contains(&prev)
        || is_aux(prev)
        || doc.verb(k - 1).is_some_and(|(_, f)| !matches!(f, VerbForm::Base))
    {
        return false;
    }
    let finite = |i: usize| {
        (is_aux(lw(doc, i)) && !matches!(lw(doc, i), "being" | "having" | "be" | "been"))
            || verb_here(doc, i, false).is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3))
    };
    let past = |i: usize| verb_here(doc, i, false).is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple));
    past(k + 1) && (start.max(k.saturating_sub(MAX_CONTACT_HOST_WORDS))..k - 1).any(finite)
}

/// How many words of object may stand between a verb that opens a clause and its infinitive ("requires thrifts to
/// divest", "urged the two banks to merge") for the verb to head the clause (`clause.infinitive_after_object`).
const MAX_OBJECT_BEFORE_INFINITIVE: usize = 5;

/// Adverbs that may stand between a subject noun that looks like a verb and the verb ("Dow Jones shares also fell",
/// "Bond prices still rose"): the word before them is read as a noun (rule `clause.noun_adverb_verb`).
const SUBJECT_ADVERBS: &[&str] = &["also", "still", "already", "just", "recently", "reportedly", "later", "then", "actually", "eventually", "finally", "quickly", "immediately", "initially", "again", "sharply", "briefly"];

/// Expectation cues besides the lexicon's `EXPECTATION_CUES`, each with the word that opens what is expected, for a
/// present-tense passive clause only ("the talks are supposed to conclude by May", "the merger is scheduled for
/// completion by Dec. 10"; rule `clause.expectation_cue`): the cue holds now, what follows it is expected.
pub const PRESENT_EXPECTATION_CUES: &[(&str, &str)] = &[
    ("supposed", "to"),
    ("scheduled", "for"),
    ("slated", "for"),
    ("set", "for"),
    ("planned", "for"),
    ("expected", "for"),
];

/// Participles of expectation that, right after a noun past the clause's verb and before "to", open a reduced
/// relative clause of their own ("in a cost-cutting move expected to result in a charge"; rule
/// `boundary.reduced_expectation`).
const REDUCED_EXPECTATION_CUES: &[&str] = &["expected", "scheduled", "slated", "planned"];

/// If clause `c`'s head is an expectation cue ("expected to", "plans to", `PRESENT_EXPECTATION_CUES`), the token that
/// opens what is expected ("to", "for").
pub fn expectation_opener(doc: &Document<'_>, c: &Clause) -> Option<usize> {
    let h = c.head?;
    let (cue, next) = (lw(doc, h), lw(doc, h + 1));
    if h + 1 >= c.tok_end {
        return None;
    }
    ((EXPECTATION_CUES.contains(&cue) && next == "to") || present_expectation_cue(doc, c, h)).then_some(h + 1)
}

/// Whether head `h` of clause `c` is a present passive cue of expectation ("is supposed to", "are scheduled for":
/// `PRESENT_EXPECTATION_CUES`, rule `clause.expectation_cue`).
fn present_expectation_cue(doc: &Document<'_>, c: &Clause, h: usize) -> bool {
    c.passive
        && c.tense == Tense::Present
        && PRESENT_EXPECTATION_CUES.iter().any(|&(w, n)| w == lw(doc, h) && n == lw(doc, h + 1))
}

/// The longest tail that starts with its verb of saying ("..., says Louis Harvey, the group's president.").
const MAX_INVERTED_TAIL: usize = 14;

/// The longest tail whose source stands before its verb of saying ("..., an official from the organization said on
/// Wednesday."), in tokens to the end of the sentence, and the most words of source before the verb.
const MAX_SOURCE_TAIL: usize = 12;
const MAX_SOURCE_WORDS: usize = 7;

/// The longest "according to ..." tail (in tokens, to the end of the sentence) that is cut as the source's clause.
const MAX_ACCORDING_TAIL: usize = 24;

/// Is token `k` (a participle of expectation before "to") a reduced relative clause's verb: after a word that is no
/// auxiliary, pronoun, adverb or conjunction, with a finite verb between the clause's start and it?
fn reduced_relative_here(doc: &Document<'_>, start: usize, k: usize) -> bool {
    let prev = lw(doc, k - 1);
    let noun_before = is_word(doc, k - 1)
        && !is_aux(prev)
        && !SUBJECT_PRONOUNS.contains(&prev)
        && !NEGATIONS.contains(&prev)
        && !prev.ends_with("ly")
        && !matches!(prev, "and" | "or" | "but" | "not" | "also" | "still" | "now" | "been" | "being" | "be" | "it" | "that" | "which" | "who");
    noun_before && (start..k - 1).any(|j| is_aux(lw(doc, j)) || verb_here(doc, j, j == start).is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3)))
}

/// Cuts the document's sentences into clauses.
pub fn clauses(doc: &Document<'_>) -> Vec<Clause> {
    let mut out = Vec::new();
    // the clause starts of a sentence, one vector for all sentences
    let mut starts: Vec<(usize, &'static str, Option<String>)> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let (t0, t1) = (s.tok_start, s.tok_end.min(doc.tokens.len()));
        if t0 >= t1 {
            continue;
        }
        starts.clear();
        starts.push((t0, "sentence.start", None));
        let mut k = t0 + 1;
        while k < t1 {
            let w = lw(doc, k);
            let prev = lw(doc, k - 1);
            let last_start = starts.last().map(|s| s.0).unwrap_or(t0);
            let long_enough = k >= last_start + 2;
            let mut cut: Option<(usize, &'static str, Option<String>)> = None;
            if matches!(prev, ";" | "—" | "–") || (prev == "-" && k >= 2 && doc.tokens[k - 1].start > doc.tokens[k - 2].end) || (prev == ":" && verb_soon(doc, k - 1, t1, 6)) {
                cut = Some((k, "boundary.punctuation", None));
            } else if (w == "which" || w == "whom") && PREPOSITIONS.contains(&prev) && long_enough {
                // "in which Rutte congratulated ..."
                cut = Some((k - 1, "boundary.preposition_relative", Some(format!("{prev} {w}"))));
            } else if SUBORDINATORS.contains(&w) && long_enough {
                let ok = match w {
                    // complement "that" after a verb: "said that", "confirmed that"
                    "that" => {
                        let reporting_before = (last_start..k).any(|j| doc.reporting_verb(j).is_some_and(|f| !matches!(f, VerbForm::Gerund)));
                        ((doc.verb_form(k - 1).is_some() && !DETERMINERS.contains(&prev)) || reporting_before) && verb_soon(doc, k, t1, 8)
                    }
                    // "as" opens a clause only when a verb follows soon: "as he headed"
                    "as" | "since" | "after" | "before" | "until" | "once" => verb_soon(doc, k, t1, 5) && !matches!(lw(doc, k + 1), "well" | "much" | "many" | "long" | "soon" | "far"),
                    "who" | "which" | "where" | "when" | "while" | "because" | "although" | "though" | "unless" | "whereas" | "if" | "whether" | "whose" => {
                        prev == "," || verb_soon(doc, k, t1, 8)
                    }
                    _ => false,
                };
                if ok {
                    cut = Some((k, "boundary.subordinator", Some(w.to_string())));
                }
            } else if prev == "," && last_start == t0 && lw(doc, t0) == "according" && lw(doc, t0 + 1) == "to" && k <= t0 + 10 {
                // "According to the filing, X acquired ...": the source is a clause of its own
                cut = Some((k, "boundary.according_to", None));
            } else if (prev == "," || (matches!(prev, "\"" | "”" | "''") && k >= 2 && lw(doc, k - 2) == ",")) && long_enough && reporting_tail(doc, k, t1) {
                // a sentence that ends in its source: "..., police said.", "..., according to officials."
                cut = Some((k, "boundary.reporting_tail", None));
            } else if prev == "," && long_enough && starts.last().is_some_and(|s| matches!(s.2.as_deref(), Some("who" | "which"))) && (verb_here(doc, k, false).is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3)) || (is_aux(w) && !matches!(w, "being" | "having" | "be" | "been")) || (RELATIVE_END_ADVERBS.contains(&w) && verb_here(doc, k + 1, false).is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3)))) {
                // the end of a relative clause: "The Liberals, who had governed since 2007, lost 12 seats"; the main
                // verb group may open with an auxiliary ("The plant, which makes batteries, will be closed") or an
                // adverb ("The station, which backs the party, actually began")
                cut = Some((k, "boundary.relative_end", None));
            } else if k >= 2 && long_enough && doc.reporting_verb(k - 1).is_some_and(|f| !matches!(f, VerbForm::Gerund | VerbForm::Base)) && (DETERMINERS.contains(&w) || SUBJECT_PRONOUNS.contains(&w) || is_capitalised(doc, k)) && !TIME_WORDS.contains(&w) && verb_soon(doc, k, t1, 5) {
                // reported speech without "that": "said his client would appeal"
                cut = Some((k, "boundary.reported_clause", None));
            } else if REDUCED_EXPECTATION_CUES.contains(&w) && lw(doc, k + 1) == "to" && long_enough && reduced_relative_here(doc, last_start, k) {
                // "Upjohn offered a package in a cost-cutting move expected to result in a charge"
                cut = Some((k, "boundary.reduced_expectation", None));
            } else if long_enough && contact_relative_here(doc, last_start, k) {
                // a relative clause with no "that": "retreated from the principle it upheld two years ago"
                cut = Some((k, "boundary.contact_relative", None));
            } else if matches!(w, "and" | "but" | "or") && long_enough {
                // coordinated predicates and clauses: "and spends more", "and has cast doubt", ", but he said"
                let next = lw(doc, k + 1);
                let verb_next = is_aux(&next) || verb_here(doc, k + 1, false).is_some_and(|(_, f)| !matches!(f, VerbForm::Gerund | VerbForm::Participle | VerbForm::Base));
                let subject_next = SUBJECT_PRONOUNS.contains(&next) && verb_soon(doc, k + 1, t1, 3);
                if verb_next || (subject_next && prev == ",") {
                    cut = Some((k, "boundary.coordination", Some(w.to_string())));
                } else if w == "but" && prev == "," && but_turns_tense(doc, last_start, k, t1) {
                    // ", but now those estimates are being scaled back" after a past clause
                    cut = Some((k, "boundary.but_other_tense", Some(w.to_string())));
                }
            }
            if let Some(c) = cut {
                if c.0 > last_start {
                    starts.push(c);
                }
            }
            k += 1;
        }
        for n in 0..starts.len() {
            let te = starts.get(n + 1).map(|s| s.0).unwrap_or(t1);
            // the opener moved into its clause, not copied
            let Some((ts, rule, opener)) = starts.get_mut(n).map(|s| (s.0, s.1, s.2.take())) else { continue };
            // leave trailing punctuation (",", "-") that separated it from the next clause out of the span
            let mut te_span = te;
            while te_span > ts + 1 && doc.tokens[te_span - 1].kind == TokenKind::Punct && matches!(lw(doc, te_span - 1), "," | ";" | "-" | "—" | "–" | ":") {
                te_span -= 1;
            }
            let mut c = Clause {
                start: doc.tokens[ts].start,
                end: doc.tokens[te_span - 1].end,
                sentence: si,
                paragraph: s.paragraph,
                tok_start: ts,
                tok_end: te,
                hypothetical: opener.as_deref().is_some_and(|o| HYPOTHETICAL_OPENERS.contains(&o)),
                opener,
                boundary: rule,
                head: None,
                lemma: None,
                group_start: None,
                tense: Tense::None,
                modal: None,
                negated: false,
                expected: false,
                reporting: false,
                copular: false,
                passive: false,
            };
            read_verb_group(doc, &mut c, ts == t0);
            out.push(c);
        }
    }
    out
}

fn read_verb_group(doc: &Document<'_>, c: &mut Clause, sentence_start: bool) {
    let mut i = c.tok_start + usize::from(c.opener.is_some() && c.boundary != "boundary.preposition_relative");
    if c.boundary == "boundary.preposition_relative" {
        i = c.tok_start + 2;
    }
    let end = c.tok_end;
    let content_start = i;
    let mut auxes: Vec<String> = Vec::new();
    let mut group_start = None;
    let mut fallback: Option<(usize, String, VerbForm)> = None;
    while i < end {
        let w = lw(doc, i);
        if NEGATIONS.contains(&w) && group_start.is_some() {
            c.negated = true;
            i += 1;
            continue;
        }
        if let (Some(a), true) = (negative_contraction(w), is_word(doc, i)) {
            c.negated = true;
            group_start.get_or_insert(i);
            auxes.push(a.to_string());
            i += 1;
            continue;
        }
        if is_aux(&w) && is_word(doc, i) {
            // "'s" after a noun is a possessive, not "is", unless a verb form follows
            if (w == "'s" || w == "’s") && !verb_here(doc, i + 1, false).is_some_and(|(_, f)| matches!(f, VerbForm::Gerund | VerbForm::Participle | VerbForm::PastOrParticiple)) {
                i += 1;
                continue;
            }
            group_start.get_or_insert(i);
            auxes.push(w.to_string());
            i += 1;
            continue;
        }
        if w == "to" && !auxes.is_empty() && auxes.last().is_some_and(|a| a == "going") {
            i += 1;
            continue;
        }
        let first = sentence_start && i == c.tok_start;
        if let Some((lemma, form)) = verb_here(doc, i, first) {
            // without an auxiliary, a gerund or a bare participle does not head a finite clause
            let finite_ok = !auxes.is_empty() || matches!(form, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3 | VerbForm::Base);
            // a base form right at the start of a clause with no subject is an imperative or a noun: skip
            // a plural noun or a noun used as subject before the real verb: "shares rose", "prices have"
            // also with an adverb between ("Dow Jones shares also fell"; rule `clause.noun_adverb_verb`)
            let next = if SUBJECT_ADVERBS.contains(&lw(doc, i + 1)) { i + 2 } else { i + 1 };
            let noun_before_verb = auxes.is_empty()
                && matches!(form, VerbForm::Present3 | VerbForm::Base)
                && (is_aux(lw(doc, next))
                    || verb_here(doc, next, false).is_some_and(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3)));
            // a capitalised first word that could be a verb ("Rescue teams reached", "Shares dropped") is more
            // likely a noun: keep it only if no other verb follows
            let clause_first = i == content_start;
            // ... unless, inside the sentence, an -s form is followed by a subject pronoun: its complement clause
            // ("..., which lost money last year, thinks it will be healthy soon": "thinks" heads, not "will be")
            if clause_first && !first && auxes.is_empty() && form == VerbForm::Present3 && SUBJECT_PRONOUNS.contains(&lw(doc, i + 1)) && lw(doc, i + 1) != "there" {
                group_start.get_or_insert(i);
                c.head = Some(i);
                c.lemma = Some(lemma.to_string());
                c.tense = tense_of(&auxes, form);
                break;
            }
            if (first || clause_first) && auxes.is_empty() && matches!(form, VerbForm::Base | VerbForm::Present3) && fallback.is_none() {
                fallback = Some((i, lemma.to_string(), form));
                i += 1;
                continue;
            }
            // an infinitive after a verb read at the clause's start ("and hopes to win"): that verb is the head
            if form == VerbForm::Base && auxes.is_empty() && i > content_start && lw(doc, i - 1) == "to" && fallback.as_ref().is_some_and(|f| f.0 + 2 == i) {
                break;
            }
            // ... also with a short object between, no punctuation or auxiliary in it ("which requires thrifts to
            // divest": "requires" heads; rule `clause.infinitive_after_object`)
            if form == VerbForm::Base && auxes.is_empty() && i > content_start && lw(doc, i - 1) == "to" && fallback.as_ref().is_some_and(|f| f.0 + 2 < i && i <= f.0 + 2 + MAX_OBJECT_BEFORE_INFINITIVE && !(f.0 + 1..i - 1).any(|j| matches!(lw(doc, j), "," | ";" | ":") || is_aux(lw(doc, j)))) {
                break;
            }
            if finite_ok && !noun_before_verb && !(form == VerbForm::Base && auxes.is_empty() && i == c.tok_start && !first) {
                if lemma.is("go") && form == VerbForm::Gerund && lw(doc, i + 1) == "to" {
                    auxes.push("going".into());
                    group_start.get_or_insert(i);
                    i += 2;
                    continue;
                }
                group_start.get_or_insert(i);
                c.head = Some(i);
                c.lemma = Some(lemma.to_string());
                c.tense = tense_of(&auxes, form);
                break;
            }
        }
        if !auxes.is_empty() && !NEGATIONS.contains(&w) && !matches!(w, "also" | "already" | "still" | "just" | "now" | "repeatedly" | "long" | "since" | "recently" | "reportedly" | "really" | "been") {
            // an auxiliary with no verb after it: "is" is the head (copula), "has" is possession
            break;
        }
        i += 1;
    }
    if c.head.is_none() && group_start.is_none() && fallback.is_none() {
        fallback = unknown_present(doc, content_start, end);
    }
    if c.head.is_none() && group_start.is_none() {
        if let Some((i, lemma, form)) = fallback {
            c.head = Some(i);
            c.lemma = Some(lemma);
            c.tense = tense_of(&[], form);
            group_start = Some(i);
        }
    }
    // "according to the filing": no verb, but a report whose source is named; "according" stands as its head
    // (rule `clause.according_to`)
    let source_clause = c.head.is_none() || matches!(c.boundary, "boundary.reporting_tail" | "boundary.according_to");
    if source_clause && lw(doc, content_start) == "according" && lw(doc, content_start + 1) == "to" && is_word(doc, content_start) {
        c.head = Some(content_start);
        c.lemma = Some("accord".into());
        c.tense = Tense::Present;
        c.reporting = true;
        c.group_start = Some(content_start);
        return;
    }
    if c.head.is_none() {
        if let Some(gs) = group_start {
            c.head = Some(gs);
            let a = auxes.first().cloned().unwrap_or_default();
            c.lemma = Some(if BE_FORMS.contains(&a.as_str()) { "be".into() } else if HAVE_FORMS.contains(&a.as_str()) { "have".into() } else { a.clone() });
            c.copular = BE_FORMS.contains(&a.as_str());
            c.tense = match a.as_str() {
                "was" | "were" | "had" | "did" => Tense::Past,
                _ if is_modal(&a) => {
                    if FUTURE_MODALS.contains(&a.as_str()) { Tense::Future } else { Tense::Modal }
                }
                _ => Tense::Present,
            };
        }
    }
    c.group_start = group_start;
    if let Some(m) = auxes.iter().find(|a| is_modal(a)) {
        c.modal = Some(m.clone());
    }
    if auxes.iter().any(|a| a == "going") {
        c.tense = Tense::Future;
    }
    // the lemma taken out of the clause while its flags are set, and put back (no copy of it per clause)
    if let (Some(h), Some(lemma)) = (c.head, c.lemma.take()) {
        let head_form = doc.verb_form(h);
        c.passive = auxes.iter().any(|a| BE_FORMS.contains(&a.as_str())) && matches!(head_form, Some(VerbForm::Participle | VerbForm::PastOrParticiple));
        // expectation: "expected to", "plans to", "is set to", "are due to"
        if EXPECTATION_CUES.contains(&lw(doc, h)) && lw(doc, h + 1) == "to" {
            c.expected = true;
        }
        // "the talks are supposed to conclude", "is scheduled for completion" (rule `clause.expectation_cue`)
        if present_expectation_cue(doc, c, h) {
            c.expected = true;
        }
        if lemma == "be" && (lw(doc, h + 1) == "expected" || lw(doc, h + 1) == "due" || lw(doc, h + 1) == "set" || lw(doc, h + 1) == "likely") && lw(doc, h + 2) == "to" {
            c.expected = true;
        }
        c.reporting = REPORTING_VERBS.contains(&lemma.as_str());
        c.lemma = Some(lemma);
    }
    if matches!(c.tense, Tense::Future) {
        c.expected = true;
    }
    if matches!(c.modal.as_deref(), Some("would" | "could" | "might" | "may")) && !c.expected {
        c.hypothetical = true;
    }
}

/// A verb the lexicon does not know, in the present tense, read from its place: a word in -s right after a name or
/// a noun phrase and before an object ("Iraq boasts an army", "the quarantine hopes to staunch").
fn unknown_present(doc: &Document<'_>, start: usize, end: usize) -> Option<(usize, String, VerbForm)> {
    for i in start + 1..end.min(start + 8) {
        let w = lw(doc, i);
        let ok_shape = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.chars().all(|c| c.is_ascii_lowercase());
        if !ok_shape || !is_word(doc, i) || NOT_VERBS.contains(&w) || is_capitalised(doc, i) {
            continue;
        }
        let prev_name = is_capitalised(doc, i - 1) && is_word(doc, i - 1);
        let prev_noun = i >= start + 2 && DETERMINERS.contains(&lw(doc, i - 2)) && is_word(doc, i - 1);
        let next = lw(doc, i + 1);
        let next_ok = DETERMINERS.contains(&next)
            || matches!(next, "to" | "about" | "up" | "down" | "more" | "less" | "nearly" | "almost" | "over")
            || doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number);
        if (prev_name || prev_noun) && next_ok {
            return Some((i, w.trim_end_matches('s').to_string(), VerbForm::Present3));
        }
    }
    None
}

fn tense_of(auxes: &[String], form: VerbForm) -> Tense {
    let has = |set: &[&str]| auxes.iter().any(|a| set.contains(&a.as_str()));
    if auxes.iter().any(|a| FUTURE_MODALS.contains(&a.as_str())) || auxes.iter().any(|a| a == "going") {
        return Tense::Future;
    }
    if auxes.iter().any(|a| is_modal(a)) {
        return Tense::Modal;
    }
    if has(&["has", "have", "'ve", "’ve"]) {
        return Tense::PresentPerfect;
    }
    if has(&["had", "'d", "’d"]) {
        return Tense::PastPerfect;
    }
    if has(&["was", "were", "did"]) {
        return if form == VerbForm::Gerund { Tense::PastProgressive } else { Tense::Past };
    }
    if has(&["is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m", "does", "do"]) {
        return if form == VerbForm::Gerund { Tense::PresentProgressive } else { Tense::Present };
    }
    match form {
        VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Participle => Tense::Past,
        VerbForm::Present3 | VerbForm::Base => Tense::Present,
        VerbForm::Gerund => Tense::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Option<String>, Tense, bool)> {
        let doc = Document::new(text);
        clauses(&doc)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_string(), c.lemma.clone(), c.tense, c.expected))
            .collect()
    }

    #[test]
    fn a_reduced_relative_of_expectation_and_a_noun_after_a_possessive() {
        // "expected to" right after a noun past the clause's verb opens a clause of its own
        let r = read("The mill cut 200 jobs in a restructuring expected to save $4 million a year.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r[1].0.starts_with("expected to save") && r[1].3, "{r:?}");
        // not as the clause's own verb, nor after an auxiliary
        assert_eq!(read("The mill expected to save $4 million a year.").len(), 1);
        assert_eq!(read("The mill is expected to save $4 million a year.").len(), 1);
        // a word after a noun's possessive is a noun: no clause opens at "before"
        let r = read("The envoys met to narrow gaps before next week's talks in Vell.");
        assert_eq!(r.len(), 1, "{r:?}");
        // a pronoun's "'s" is "is"/"has": the verb after it stays one
        let r = read("He's expected to meet the envoy.");
        assert_eq!(r[0].1.as_deref(), Some("expect"), "{r:?}");
        // a present passive cue: "are supposed to", "is scheduled for" (rule `clause.expectation_cue`)
        assert!(read("The talks are supposed to conclude by May.")[0].3);
        assert!(read("The merger is scheduled for completion by Dec. 10.")[0].3);
        assert!(!read("The merger was scheduled for completion by Dec. 10.")[0].3);
    }

    #[test]
    fn a_relative_clause_with_no_that_after_the_clauses_verb() {
        // rule `boundary.contact_relative`: a noun, a subject pronoun, a past verb
        let r = read("Profit will be lower than the 40 cents a share it earned last year, the mill said.");
        assert!(r.iter().any(|c| c.0.starts_with("it earned last year") && c.1.as_deref() == Some("earn")), "{r:?}");
        let r = read("The ferry board abandoned the timetable they adopted in 2019.");
        assert_eq!(r.len(), 2, "{r:?}");
        // not before the clause's verb, nor after a noun of time (a fronted date), nor with a present verb
        assert_eq!(read("The timetable they adopted in 2019 was abandoned.").len(), 1);
        let r = read("The mill closed a plant and last year it reported a loss.");
        assert!(!r.iter().any(|c| c.0.starts_with("it reported")), "{r:?}");
        assert_eq!(read("The board abandoned the timetable it likes.").len(), 1);
    }

    #[test]
    fn but_then_a_clause_in_another_tense() {
        // rule `boundary.but_other_tense`
        let r = read("Sales have been weak, but the storms took a toll on the mill in March.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r[1].0.starts_with("but the storms took"), "{r:?}");
        // a past form that is also the participle ("hit", "closed") is read as a past here
        let r = read("Sales have been weak, but the effect hit the mill hard in March.");
        assert!(r.iter().any(|c| c.0.starts_with("but the effect hit")), "{r:?}");
        let r = read("Analysts were predicting higher profits for 1990, but now those estimates are being scaled back.");
        assert!(r.iter().any(|c| c.0.starts_with("but now those estimates")), "{r:?}");
        // not in the same tense, nor before a bare "be" (a state)
        assert_eq!(read("Sales fell in March, but the mill hired more workers.").len(), 1);
        assert_eq!(read("Sales fell in March, but the risk is small.").len(), 1);
    }

    #[test]
    fn cuts_relative_and_subordinate_clauses() {
        let r = read("The minister left Paris on Monday as she headed to the talks in Rome, where delegates are expected to sign a treaty.");
        let texts: Vec<&str> = r.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, vec!["The minister left Paris on Monday", "as she headed to the talks in Rome", "where delegates are expected to sign a treaty."]);
        assert_eq!(r[0].1.as_deref(), Some("leave"));
        assert_eq!(r[0].2, Tense::Past);
        assert!(r[2].3, "expected");
    }

    #[test]
    fn reads_tense_and_coordination() {
        let r = read("The company has reported losses for years and will cut 300 jobs, but shares rose.");
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[0].2, Tense::PresentPerfect);
        assert_eq!(r[1].2, Tense::Future);
        assert_eq!(r[2].1.as_deref(), Some("rise"));
    }

    #[test]
    fn complement_that_after_reporting_verb() {
        let doc = Document::new("Police confirmed that the suspect had fled the country.");
        let cs = clauses(&doc);
        assert_eq!(cs.len(), 2);
        assert!(cs[0].reporting);
        assert_eq!(cs[1].tense, Tense::PastPerfect);
    }

    #[test]
    fn a_sentence_ending_in_its_source_gets_its_own_clause() {
        let r = read("The fire started at 10 p.m. Saturday in a warehouse, the fire department said.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].0, "the fire department said.");
        let r = read("Troops arrived Tuesday, according to diplomatic sources in the capital.");
        assert_eq!(r.len(), 2, "{r:?}");
        let r = read("According to the filing, the fund bought 730,070 shares on Aug. 10.");
        assert_eq!(r[0].0, "According to the filing", "{r:?}");
        // a source of several words before its verb
        let r = read("The league has fined the club for crowd trouble, a spokesman for the league said on Friday.");
        assert_eq!(r.last().map(|c| c.0.as_str()), Some("a spokesman for the league said on Friday."), "{r:?}");
    }

    #[test]
    fn present_verbs_the_lexicon_does_not_know() {
        let r = read("Norway exports most of its gas. The committee recommends a pause.");
        assert_eq!(r[0].1.as_deref(), Some("export"), "{r:?}");
        assert_eq!(r[1].1.as_deref(), Some("recommend"), "{r:?}");
        // a plural noun before a verb is not taken for one
        let r = read("The talks ended early.");
        assert_eq!(r[0].1.as_deref(), Some("end"), "{r:?}");
    }

    #[test]
    fn an_inverted_source_after_a_quotation_is_its_own_clause() {
        let r = read("\"We were not worried until the rain came,\" says Ann Lee, the farm's manager.");
        assert_eq!(r.last().map(|c| c.0.as_str()), Some("says Ann Lee, the farm's manager."), "{r:?}");
        let r = read("Prices have not fallen much, says Tom Ray, an analyst at the bank.");
        assert_eq!(r.last().map(|c| c.1.as_deref()), Some(Some("say")), "{r:?}");
    }

    #[test]
    fn a_verb_before_an_infinitive_heads_a_coordinated_clause() {
        let r = read("The party won two seats, and hopes to win more in the autumn.");
        assert!(r.iter().any(|c| c.1.as_deref() == Some("hope")), "{r:?}");
    }

    #[test]
    fn negative_contractions_are_auxiliaries() {
        let doc = Document::new("Terms weren't disclosed. The army hasn’t unleashed its reserves. The talks can't resume.");
        let cs = clauses(&doc);
        assert_eq!((cs[0].tense, cs[0].negated, cs[0].passive), (Tense::Past, true, true), "{cs:?}");
        assert_eq!((cs[1].tense, cs[1].negated, cs[1].lemma.as_deref()), (Tense::PresentPerfect, true, Some("unleash")), "{cs:?}");
        assert_eq!((cs[2].tense, cs[2].negated), (Tense::Modal, true), "{cs:?}");
    }

    #[test]
    fn the_month_may_is_not_a_modal() {
        let r = read("The new bridge won't open until May, the city said.");
        assert_eq!(r.first().map(|c| c.0.as_str()), Some("The new bridge won't open until May"), "{r:?}");
    }

    #[test]
    fn a_relative_clause_ends_before_an_auxiliary() {
        let r = read("The battery plant, which makes zinc cells, will be closed in 1990.");
        let texts: Vec<&str> = r.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, vec!["The battery plant", "which makes zinc cells", "will be closed in 1990."], "{r:?}");
        assert_eq!(r[1].2, Tense::Present);
        assert_eq!(r[2].2, Tense::Future);
        let r = read("The station, which backs the ruling party, actually began a new series.");
        assert_eq!(r.last().map(|c| (c.0.as_str(), c.1.as_deref())), Some(("actually began a new series.", Some("begin"))), "{r:?}");
    }

    #[test]
    fn led_is_a_verb_and_disclosed_is_disclose() {
        let r = read("The shortage led employers to raise wages.");
        assert_eq!(r.first().map(|c| c.1.as_deref()), Some(Some("lead")), "{r:?}");
        let r = read("The bank disclosed a loss.");
        assert_eq!(r.first().map(|c| c.1.as_deref()), Some(Some("disclose")), "{r:?}");
    }

    #[test]
    fn an_s_form_before_a_subject_pronoun_heads_its_clause() {
        let r = read("The bakery, which lost money last year, thinks it will grow in the spring.");
        let last = r.last().expect("clauses");
        assert_eq!((last.1.as_deref(), last.2), (Some("think"), Tense::Present), "{r:?}");
    }

    #[test]
    fn wonder_and_seem_are_present_verbs() {
        let r = read("Many growers wonder how long the drought will last.");
        assert_eq!(r.first().map(|c| (c.1.as_deref(), c.2)), Some((Some("wonder"), Tense::Present)), "{r:?}");
        let r = read("The plan seems fair to most tenants.");
        assert_eq!(r.first().map(|c| c.1.as_deref()), Some(Some("seem")), "{r:?}");
    }

    #[test]
    fn negation_and_hypothesis() {
        let doc = Document::new("He did not attend the hearing, and doubts grew over whether the court would rule.");
        let cs = clauses(&doc);
        assert!(cs[0].negated, "{cs:?}");
        assert!(cs.iter().any(|c| c.hypothetical));
    }
    #[test]
    fn a_noun_before_an_adverb_and_a_verb_is_the_subject() {
        // rule `clause.noun_adverb_verb`
        let r = read("Wheat futures also fell 4 cents a bushel.");
        assert_eq!(r.first().map(|c| (c.1.as_deref(), c.2)), Some((Some("fall"), Tense::Past)), "{r:?}");
        let r = read("The union's plans still worried the mayor.");
        assert_eq!(r.first().map(|c| c.1.as_deref()), Some(Some("worry")), "{r:?}");
    }

    #[test]
    fn a_base_form_after_a_preposition_is_a_noun() {
        // rule `clause.noun_after_preposition`
        let r = read("On top of the delays, the builder lost its permit.");
        assert_eq!(r.first().map(|c| (c.1.as_deref(), c.2)), Some((Some("lose"), Tense::Past)), "{r:?}");
        // the infinitive's "to" is not such a preposition
        let r = read("The council voted to close the pool.");
        assert_eq!(r.first().map(|c| c.1.as_deref()), Some(Some("vote")), "{r:?}");
    }
    #[test]
    fn a_verb_opening_a_clause_heads_it_before_the_infinitive_after_its_object() {
        // rule `clause.infinitive_after_object`
        let r = read("The state passed a law, which requires landlords to repair the roofs by June.");
        let last = r.last().expect("clauses");
        assert_eq!((last.1.as_deref(), last.2), (Some("require"), Tense::Present), "{r:?}");
    }
}
