//! Quotations and attributions: who said what.
//!
//! Three passes over the document; every attribution names the rule that made it in `rule`.
//!
//! 1. Quotation marks are paired per paragraph (`pair_quotes`): curly marks by their shape, straight `"` by
//!    position; doubled singles (`''...''`) count as one mark; an unclosed single mark is an apostrophe ("‘08").
//!    A double opening mark left open at a paragraph's end continues into the next paragraph when that one opens
//!    with a quotation mark.
//! 2. Direct quotations get their cue and source from the words next to them:
//!    - after the closing mark: "quote.said_source" (`"...," said X[, apposition]`), "quote.source_said"
//!      (`"...," X [, apposition,] said`), "quote.source_verb" (`"...," she remarked.`: any verb closing the
//!      sentence);
//!    - before the opening mark: "quote.source_said_colon" (`X said: "..."`, `X told reporters: "..."`),
//!      "quote.according_to", "quote.participle" (`X posted a comment, saying, "..."`), "quote.headline_from"
//!      (`... text from X: '...'`), "quote.colon" (`X: "..."`), "quote.verb_colon" (`X agreed: "..."`);
//!    - "quote.continues": a quotation right after an attributed one (same paragraph, or filling the next
//!      paragraph) is more of the same speech and joins its contents (`"A," X said. "B."`).
//!
//!    Titles of works ("The Old Man and the Sea": short, every word capitalised) are never attributions.
//! 3. Reported speech without quotation marks, sentence by sentence, with the cue verbs of `tables`:
//!    "indirect.said" (`X said (that) ...`), "indirect.told" (`X told Y (that) ...`), "indirect.object"
//!    (`X criticized the plan`, `X urged him to resign`), "indirect.called_for", "indirect.according_to"
//!    (`according to X, ...` / `..., according to X`), "indirect.inverted" (`..., X said.`),
//!    "indirect.parenthetical" (`A, he said, B`), "indirect.participle" (`..., saying ...` with the sentence's
//!    subject), "indirect.coordinated" (`X praised ... and said ...`), "indirect.relative" (`X, who said ...`),
//!    "indirect.colon" (`Pat Caddell: Democrats worried ...`), and, without a source, "indirect.asked"
//!    (`Asked whether ..., ...`) and "indirect.expected" (`X is expected to ...`, `X seemed ...`).
//!    Also "indirect.according_to_nested" (`"...," X said, according to CNN.`: the inner attribution is the
//!    content), "indirect.relative_content" (`the plan, which X said would ...`: "which" joins the content) and
//!    "indirect.attitude" (`X is confident that ...`, `X made it clear that ...`),
//!    "quote.continues_indirect" (`X said A. "B."`: a whole quoted sentence with no speaker of its own goes on with
//!    the reported speech), "indirect.intention" (`X plans to ...`, `X would like to ...`: `tables::INTENTION_VERBS`
//!    before "to"), "indirect.document" (`a poll shows ...`: a noun-like cue after `tables::DOCUMENT_HEADS`) and
//!    "indirect.in_source" (`In a CNN poll released Monday, ...`, `In his view, ...`, `... in the polls.`),
//!    "indirect.nominal" (`Her plan to ...` as the subject), "quote.participle_continues" (`"A," she said,
//!    adding, "B."`: a second attribution by the same speaker).
//!    Attributions without a source ("indirect.expected", "indirect.asked") are flagged `sourceless`: PolNeAR
//!    counts them, but they quote nobody, and claims do not present them as quotations. Cue verbs come from
//!    `tables::CUE_VERBS` and, for the long tail, from the -s/-ed/-ing forms of `tables::CUE_LEMMAS` ("cue.lemma");
//!    a particle ("said of", "asked about"), a preposition right after the verb ("cue.preposition": "talked
//!    about"), "went on to" ("cue.went_on") and "in a statement" belong to the cue ("cue.statement").
//!    Round 4 (measured on PolNeAR train): "cue.participle" (the -ing form of any cue verb, "..., believing
//!    that"), "cue.non_reporting" (`did not respond to a request for comment`, `reported from`, `you know`),
//!    "source.interjection" (`X, for example, said`: the adverbial is not in the source), "source.relative_cue"
//!    (`said X, who added that ...`: the relative clause is an attribution of its own), "source.close_to" (`a person
//!    close to the campaign`), views with "as" (`voters see him as ...`, `tables::SEE_AS_VERBS`), quantifier
//!    sources (`many argue`), and `it seems likely that` (no dummy "it" in the content).
//!    Round 5 (per-rule precision on PolNeAR train, `claimline eval attribution DIR --rules|--rule-cues`):
//!    "said of/on/about", "responded to" and "spoke to" leave the preposition out of the cue
//!    (`tables::PREPOSITION_OUTSIDE_VERBS`); "content.relative_close" (`X, who said ..., issued`: the relative
//!    clause ends at the comma before the main verb), "content.parenthesis" (no unopened ")" at a content's end),
//!    "content.recipient" (`asked Trump whether ...`: the person asked is not content, `tables::RECIPIENT_VERBS`),
//!    "content.compared_with" (`said yes, compared with ...`), "source.poll_share" (`with 30 percent of voters
//!    saying ...`, `42% say`); a poll at a sentence's end must be named ("in a CNN poll", not "in the polls").
//!    Round 6 (recall, from `claimline eval attribution DIR --missed` on PolNeAR train): "indirect.reduced_relative"
//!    (`a super PAC backing Bush`), "indirect.gerund_clause" (`by saying ...`, `After announcing ..., X`),
//!    "indirect.noun_cue" (`has raised questions about`, `X's criticism of`, `tables::NOUN_CUES`),
//!    "indirect.manner" (`has repeatedly ripped`), "indirect.hearsay" (`is reportedly spending`, no source),
//!    "indirect.passive_asked" (`X was asked by Y whether ...`), documents a few words back (`A video of the
//!    episode shows`), and sources with shares (`more than 4 in 10`), time adverbs (`defenders today argue`) and
//!    descriptions before a name in commas ("source.described").
//!    Round 8 (recall by construction, PolNeAR train): "indirect.passive" (`X was declared the winner`, `the plan was
//!    criticized by Y`, `is seen as`, `was said to`, `it is assumed that`: no source without "by"),
//!    "cue.catenative" (`continues to insist`, `is trying to persuade`, `are more likely to say`),
//!    "indirect.infinitive" (`X took to the radio to say ...`: the subject and the predicate join the cue),
//!    "indirect.as_put" (`As X puts it, ...`), "cue.headline" (`Pence Calls For ...`, `Hayek Described ...`),
//!    "cue.singular_subject" (`the candidate claims his ...`), "cue.progressive" (`polling is showing`),
//!    "source.after_opener" for participles (`On Tuesday, X toured the pier, saying ...`), phrasal verbs of stance
//!    (`shot back`, `brushed off`) and more noun cues (`made no mention of`).
//!    Round 11 (cue recall, PolNeAR train): "indirect.to_viewpoint" (`To many, ...`), "indirect.opening_participle"
//!    (`Noting that ..., X said`), "indirect.titled" (`an ad titled "Scam"`, no source), a participle after a
//!    parenthetical cue is its own attribution (`A, X said, adding that B`), doubled single marks close a content
//!    before `, adding` ("content.doubled_close_participle"), and headline object verbs (`slams`, `blasts`).
//!    Round 10 (sources, PolNeAR train, `claimline eval attribution DIR --source-errors`): a pass over the drafts in
//!    `sources` widens a source read backwards to its whole subject ("X and Y", "Aides to X"), narrows it to an
//!    object-gap relative's subject, drops interjections, and reads agents ("Asked by X", "The bill, opposed by X").
//!    A quoted fragment inside such content makes the attribution Partial; a fragment left after a framing verb
//!    ("called the actions "truly extraordinary"") is "partial.framing"; scare quotes are left alone.
//!
//! Spans follow PolNeAR's conventions (Newell et al. 2018): a direct content includes its quotation marks; an
//! indirect one starts at its complementizer ("that") and leaves out the sentence's final period; cues include
//! auxiliaries and adverbs ("has repeatedly called for"); a source keeps its apposition. Each
//! token belongs to at most one attribution's cue or content. Speakers are resolved in `speaker`.
//! Every scan is bounded (a few tokens around a cue or a mark, at most `MAX_CONTENT_TOKENS` for a content), so
//! the work is linear in the length of the text.

mod bounds;
mod sources;
pub mod speaker;
// hand-laid-out lexicons
#[rustfmt::skip]
pub mod tables;

use super::document::{Document, QuoteRole, TokenKind};
use super::lexicon::VerbForm;
use super::model::{Actor, Attribution, QuoteKind, Span, SpanText};
use tables::*;

/// At most this many unmatched opening marks are kept per paragraph while pairing.
const MAX_OPEN_MARKS: usize = 8;
/// The longest source noun phrase, in tokens.
const MAX_SOURCE_TOKENS: usize = 10;
/// The longest agent of a passive, in tokens ("by both the national teachers unions and the Florida Education
/// Association").
const MAX_AGENT_TOKENS: usize = 16;
/// At most this many lowercase modifiers inside a subject noun phrase ("Democratic presidential candidate X").
const MAX_NP_MODIFIERS: usize = 3;
/// At most this many tokens of place and date in a dateline before the agency ("NEW YORK, Dec. 14 (UPI) —").
const MAX_DATELINE_TOKENS: usize = 8;
/// The longest opening adverbial skipped before a sentence's subject ("Speaking to the Republican Jewish Coalition in
/// Washington, Trump ...").
const MAX_OPENING_ADVERBIAL: usize = 16;
/// At most this many opening adverbials are skipped ("Sunday, on CNN's State of the Union, Gov. X ...").
const MAX_OPENING_ADVERBIALS: usize = 2;
/// The longest indirect content, in tokens (a bound on the work per cue).
const MAX_CONTENT_TOKENS: usize = 400;
/// The longest quoted title after "titled" (rule "indirect.titled"), in tokens.
const MAX_TITLE_TOKENS: usize = 16;
/// How far after a cue a complementizer is looked for ("said on Friday in an interview that").
const COMPLEMENTIZER_WINDOW: usize = 8;

/// A paired quotation: the byte offsets of its opening mark and of the end of its closing mark (or of its
/// paragraph's end when it is left open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Quotation {
    start: usize,
    end: usize,
    closed: bool,
    paragraph: usize,
}

/// A quotation over one or more paragraphs.
type QuoteGroup = Vec<Quotation>;

struct Draft {
    kind: QuoteKind,
    cue: Option<(usize, usize)>,
    sources: Vec<(usize, usize)>,
    contents: Vec<(usize, usize)>,
    rule: &'static str,
    paragraph: usize,
}

impl Draft {
    fn pos(&self) -> usize {
        let mut p = usize::MAX;
        for &(s, _) in self.contents.iter().chain(self.cue.iter()).chain(self.sources.iter()) {
            p = p.min(s);
        }
        p
    }
}

pub fn recognize(doc: &Document<'_>, actors: &[Actor]) -> Vec<Attribution> {
    let cx = Cx::new(doc);
    let groups = pair_quotes(doc);
    let mut used = vec![false; doc.tokens.len()];
    let mut consumed = vec![false; groups.len()];
    let mut drafts: Vec<Draft> = Vec::new();

    // pass 2: direct quotations
    for (gi, g) in groups.iter().enumerate() {
        if let Some(d) = cx.direct(g, &drafts, &used) {
            consumed[gi] = true;
            cx.mark(&mut used, &d);
            if d.rule == "quote.continues" {
                if let Some(last) = drafts.last_mut() {
                    last.contents.extend(d.contents);
                    last.paragraph = d.paragraph;
                    continue;
                }
            }
            drafts.push(d);
        }
    }
    cx.n_direct.set(drafts.len());
    // quotation token ranges, to keep indirect cues out of quoted words
    let mut in_quote = vec![false; doc.tokens.len()];
    for g in &groups {
        for q in g {
            let a = doc.token_at_or_after(q.start);
            let b = doc.token_at_or_after(q.end);
            for f in in_quote.iter_mut().take(b).skip(a) {
                *f = true;
            }
        }
    }
    // pass 3: indirect speech
    for (si, _) in doc.sentences.iter().enumerate() {
        cx.indirect(si, &mut used, &in_quote, &mut drafts);
    }
    // "talked about the plan": a preposition right after the cue belongs to it (rule "cue.preposition")
    for d in drafts.iter_mut().filter(|d| d.kind == QuoteKind::Indirect) {
        let (Some(cue), Some(first)) = (d.cue.as_mut(), d.contents.first_mut()) else { continue };
        let t = doc.token_at_or_after(cue.1);
        let (Some(p), Some(n)) = (doc.tokens.get(t), doc.tokens.get(t + 1)) else { continue };
        if p.start == first.0
            && n.end <= first.1
            && (is_in(CUE_PREPOSITIONS, cx.lw(t)) || (cx.lw(t) == "at" && t > 0 && is_in(AT_CUE_WORDS, cx.lw(t - 1))))
            && !(t > 0 && is_in(PREPOSITION_OUTSIDE_VERBS, cx.lw(t - 1)))
        {
            cue.1 = p.end;
            first.0 = n.start;
        }
    }
    // "asked Trump whether ...", "thanked the crowd for ...": the person addressed is not part of the content, which opens
    // at the question or the demand (rule "content.recipient")
    for d in drafts.iter_mut().filter(|d| d.kind == QuoteKind::Indirect && d.rule != "indirect.asked") {
        let (Some(cue), Some(first)) = (d.cue.as_ref(), d.contents.first_mut()) else { continue };
        let v = doc.token_at_or_after(cue.1);
        let Some(markers) = v.checked_sub(1).and_then(|v| recipient_markers(cx.lw(v))) else { continue };
        let c0 = doc.token_at_or_after(first.0);
        for m in c0 + 1..c0 + 1 + MAX_RECIPIENT_TOKENS {
            let Some(tok) = doc.tokens.get(m) else { break };
            if tok.end > first.1 || matches!(cx.text(m), "," | ";" | ":") || cx.is_quote_tok(m) {
                break;
            }
            if is_in(markers, cx.lw(m)) {
                first.0 = tok.start;
                break;
            }
        }
    }
    // "(He said the timing was unrelated.)": a content never ends with a parenthesis it did not open, nor with the
    // period before it (rule "content.parenthesis")
    for d in drafts.iter_mut().filter(|d| d.kind == QuoteKind::Indirect) {
        let Some(last) = d.contents.last_mut() else { continue };
        let Some(t) = doc.text.get(last.0..last.1) else { continue };
        if t.ends_with(')') && !t.contains('(') {
            let kept = t.trim_end_matches(')').trim_end().trim_end_matches('.').trim_end();
            if !kept.is_empty() {
                last.1 = last.0 + kept.len();
            }
        }
    }
    // span boundaries as PolNeAR draws them (rules in `bounds`)
    bounds::adjust(&cx, &mut drafts, &mut used, &groups);
    // quoted fragments inside indirect contents make them partial
    let starts: Vec<usize> = groups.iter().map(|g| g.first().map_or(0, |q| q.start)).collect();
    for d in drafts.iter_mut().filter(|d| d.kind == QuoteKind::Indirect) {
        for &(cs, ce) in &d.contents {
            let i0 = starts.partition_point(|&s| s < cs);
            for gi in i0..groups.len() {
                if starts[gi] >= ce {
                    break;
                }
                consumed[gi] = true;
                d.kind = QuoteKind::Partial;
            }
        }
    }
    // leftover fragments after a framing verb
    for (gi, g) in groups.iter().enumerate() {
        if consumed[gi] {
            continue;
        }
        // `X said A. "B."`: a quoted sentence right after reported speech, with no attribution of its own, goes on
        // with it (rule "quote.continues_indirect")
        if let Some(di) = cx.continues_indirect(g, &drafts, &used) {
            if let Some(d) = drafts.get_mut(di) {
                d.contents.extend(g.iter().map(|q| (q.start, q.end)));
                d.kind = QuoteKind::Partial;
                let tmp = Draft {
                    kind: QuoteKind::Partial,
                    cue: None,
                    sources: Vec::new(),
                    contents: g.iter().map(|q| (q.start, q.end)).collect(),
                    rule: "quote.continues_indirect",
                    paragraph: d.paragraph,
                };
                cx.mark(&mut used, &tmp);
            }
            continue;
        }
        if let Some(d) = cx.framed_fragment(g, &used) {
            cx.mark(&mut used, &d);
            drafts.push(d);
        }
    }

    // sources as whole subjects (rules in `sources`)
    sources::widen(&cx, &mut drafts, &used);
    crate::sort::sort_by_key(&mut drafts, |d| d.pos());
    let mut out = Vec::with_capacity(drafts.len());
    let mut previous: Option<String> = None;
    let index = speaker::MentionIndex::new(actors);
    for (i, d) in drafts.into_iter().enumerate() {
        let sp = |&(s, e): &(usize, usize)| {
            let span: Span = doc.span(s, e);
            SpanText { span, text: doc.slice(span.start, span.end).to_string() }
        };
        // a source does not open with a focus adverb ("even critics")
        let trimmed: Vec<(usize, usize)> = d
            .sources
            .iter()
            .map(|&(s, e)| {
                let t = doc.text.get(s..e).unwrap_or("");
                let t2 = t;
                let mut s2 = s;
                for adv in SOURCE_FOCUS_ADVERBS {
                    if t2.len() > adv.len() + 1
                        && t2.get(..adv.len()).is_some_and(|x| x.eq_ignore_ascii_case(adv))
                        && t2.as_bytes().get(adv.len()) == Some(&b' ')
                    {
                        s2 = s + adv.len() + 1;
                        break;
                    }
                }
                (s2, s + t2.len())
            })
            .collect();
        let sources: Vec<SpanText> = trimmed.iter().map(sp).collect();
        let (speaker, speaker_rule) =
            speaker::resolve(doc, actors, &index, sources.first().map(|s| s.span), previous.as_deref());
        if speaker.is_some() {
            previous = speaker.clone();
        }
        out.push(Attribution {
            id: format!("q{}", i + 1),
            kind: d.kind,
            cue: d.cue.as_ref().map(sp),
            sources,
            contents: d.contents.iter().map(sp).collect(),
            speaker,
            speaker_rule,
            rule: d.rule.to_string(),
            sourceless: d.sources.is_empty(),
        });
    }
    out
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„')
}

/// Widens a quotation over quote characters glued to its marks (the doubled single quotes of `''...''`).
fn widen(doc: &Document<'_>, mut start: usize, mut end: usize) -> (usize, usize) {
    while let Some(c) = doc.text.get(..start).and_then(|t| t.chars().next_back()) {
        if !is_quote_char(c) {
            break;
        }
        start -= c.len_utf8();
    }
    while let Some(c) = doc.text.get(end..).and_then(|t| t.chars().next()) {
        if !is_quote_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    (start, end)
}

/// Pairs quotation marks, paragraph by paragraph, and joins quotations that run over paragraphs: a double
/// opening mark left open at a paragraph's end continues into the next paragraph when that one opens with a
/// quotation mark. Unclosed single marks are apostrophes ("‘08", "members’") and are dropped.
fn pair_quotes(doc: &Document<'_>) -> Vec<QuoteGroup> {
    let marks = &doc.quote_marks;
    let mut groups: Vec<QuoteGroup> = Vec::new();
    let mut mi = 0;
    // the group left open at the end of the previous paragraph
    let mut open_group: Option<QuoteGroup> = None;
    for (p, &(ps, pe)) in doc.paragraphs.iter().enumerate() {
        while mi < marks.len() && marks[mi].pos < ps {
            mi += 1;
        }
        let first = mi;
        let mut stack: Vec<usize> = Vec::new(); // indices into marks
        let mut closed: Vec<Quotation> = Vec::new();
        while mi < marks.len() && marks[mi].pos < pe {
            let m = marks[mi];
            mi += 1;
            let next = doc.text.get(m.pos + m.len..).and_then(|t| t.chars().next());
            if !m.double && m.role != QuoteRole::Close && next.is_some_and(|c| c.is_ascii_digit()) {
                continue; // ‘08
            }
            let top_same = stack.iter().rev().take(MAX_OPEN_MARKS).position(|&o| marks[o].double == m.double);
            // `''Francis' walls are ...''`: inside a quotation opened by doubled singles, a single mark after "s"
            // and before a word is a possessive apostrophe, not the doubled quotation's end
            let open_single = top_same.and_then(|k| stack.len().checked_sub(1 + k)).and_then(|at| stack.get(at));
            if !m.double
                && m.role == QuoteRole::Close
                && possessive_in_doubled(doc, m.pos, open_single.and_then(|&o| marks.get(o)).map(|o| o.pos))
            {
                continue;
            }
            let close = match m.role {
                QuoteRole::Open => false,
                QuoteRole::Close => true,
                QuoteRole::Either => top_same.is_some(),
            };
            if close {
                if let Some(k) = top_same {
                    let at = stack.len() - 1 - k;
                    let o = stack[at];
                    stack.truncate(at);
                    if stack.is_empty() {
                        let (s, e) = widen(doc, marks[o].pos, m.pos + m.len);
                        closed.push(Quotation { start: s, end: e, closed: true, paragraph: p });
                    }
                }
            } else if stack.len() < MAX_OPEN_MARKS {
                stack.push(mi - 1);
            }
        }
        // the first double mark left open, if any
        let open_double = stack.iter().copied().find(|&o| marks[o].double);
        let opens_with_quote = marks.get(first).is_some_and(|m| m.pos == ps && m.role != QuoteRole::Close);
        if let Some(mut g) = open_group.take() {
            if opens_with_quote && closed.first().is_some_and(|q| q.start == ps) {
                g.push(closed.remove(0));
                groups.push(g);
            } else if opens_with_quote && open_double.is_some_and(|o| marks[o].pos == ps) {
                g.push(Quotation { start: ps, end: pe, closed: false, paragraph: p });
                open_group = Some(g);
                for q in closed {
                    groups.push(vec![q]);
                }
                continue;
            } else {
                groups.push(g);
            }
        }
        for q in closed {
            groups.push(vec![q]);
        }
        if let Some(o) = open_double {
            let (s, _) = widen(doc, marks[o].pos, marks[o].pos + marks[o].len);
            open_group = Some(vec![Quotation { start: s, end: pe, closed: false, paragraph: p }]);
        }
    }
    if let Some(g) = open_group {
        groups.push(g);
    }
    crate::sort::sort_by_key(&mut groups, |g| g.first().map_or(0, |q| q.start));
    groups
}

/// Whether a single closing mark at byte `pos` is a possessive apostrophe ("Francis' walls") inside a quotation
/// opened by doubled single marks at byte `open` (`''Francis' walls ...''`).
fn possessive_in_doubled(doc: &Document<'_>, pos: usize, open: Option<usize>) -> bool {
    let Some(open) = open else { return false };
    let before = doc.text.get(..pos).and_then(|t| t.chars().next_back());
    let mut after = doc.text.get(pos + 1..).map(|t| t.chars()).into_iter().flatten();
    let doubled = open > 0 && doc.text.as_bytes().get(open - 1) == Some(&b'\'');
    doubled
        && matches!(before, Some('s' | 'S'))
        && after.next() == Some(' ')
        && after.next().is_some_and(|c| c.is_alphabetic())
}

struct Cx<'d, 'a> {
    doc: &'d Document<'a>,
    /// The sentence of each token.
    sent_of: Vec<usize>,
    /// Each token's word classes (`tables::word_classes` of its lower case) and cue-verb bits (`tables::cue_bits`),
    /// made once per document: `has`, `is_cue`, `is_object`, `inf_cue`, `part_cue`.
    classes: Vec<u32>,
    /// How many drafts the pass over quotations made: they come first in the drafts, in document order.
    n_direct: std::cell::Cell<usize>,
}

impl<'d, 'a> Cx<'d, 'a> {
    fn new(doc: &'d Document<'a>) -> Self {
        let mut sent_of = vec![0; doc.tokens.len()];
        for (si, s) in doc.sentences.iter().enumerate() {
            for x in sent_of.iter_mut().take(s.tok_end).skip(s.tok_start) {
                *x = si;
            }
        }
        let classes = (0..doc.tokens.len())
            .map(|i| {
                let w = doc.lower(i);
                let classes = word_classes(w);
                classes | cue_bits(w, classes)
            })
            .collect();
        Cx { doc, sent_of, classes, n_direct: std::cell::Cell::new(0) }
    }

    /// Whether token `i`'s lower case is in the lists of word class `class` (`tables::WC_*`): `is_in(LIST,
    /// self.lw(i))` without scanning the list (false past the text's end, where `lw` is "").
    #[inline]
    fn has(&self, i: usize, class: u32) -> bool {
        self.classes.get(i).is_some_and(|&c| c & class != 0)
    }

    /// `cue_verb(lw(i)).is_some()`, from the per-token bits (`tables::CB_CUE`).
    #[inline]
    fn is_cue(&self, i: usize) -> bool {
        self.has(i, CB_CUE)
    }

    /// `is_object_verb(lw(i))`.
    #[inline]
    fn is_object(&self, i: usize) -> bool {
        self.has(i, CB_OBJECT)
    }

    /// `infinitive_cue(lw(i))`.
    #[inline]
    fn inf_cue(&self, i: usize) -> bool {
        self.has(i, CB_INFINITIVE)
    }

    /// `participle_cue(lw(i))`.
    #[inline]
    fn part_cue(&self, i: usize) -> bool {
        self.has(i, CB_PARTICIPLE)
    }

    #[inline]
    fn lw(&self, i: usize) -> &str {
        self.doc.lower(i)
    }

    #[inline]
    fn text(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| self.doc.tok_text(t))
    }

    /// `self.text(i) == s` for a non-empty `s`, by the bytes (no check of the token's char boundaries: bytes equal
    /// to a whole string start and end at boundaries).
    #[inline]
    fn is_text(&self, i: usize, s: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| self.doc.text.as_bytes().get(t.start..t.end) == Some(s.as_bytes()))
    }

    #[inline]
    fn is_punct(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn is_quote_tok(&self, i: usize) -> bool {
        self.text(i).chars().next().is_some_and(|c| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„'))
    }

    /// Whether a closing quotation mark after a comma stands just before token `a` (`"a disaster," citing`,
    /// `''overblown,'' adding`: doubled single marks are two tokens).
    fn comma_quote_before(&self, a: usize) -> bool {
        let Some(q) = a.checked_sub(1) else { return false };
        if !self.is_quote_tok(q) {
            return false;
        }
        let doubled = q > 0 && self.is_text(q, "'") && self.is_text(q - 1, "'");
        let c = if doubled { q.checked_sub(2) } else { q.checked_sub(1) };
        c.is_some_and(|c| self.is_text(c, ","))
    }

    fn span_toks(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.doc.tokens.get(a).map_or(self.doc.text.len(), |t| t.start);
        let e = b.checked_sub(1).and_then(|i| self.doc.tokens.get(i)).map_or(s, |t| t.end);
        (s, e.max(s))
    }

    /// An indirect draft from token ranges: cue, source (if any) and one content.
    fn indirect_draft(
        &self,
        cue: (usize, usize),
        src: Option<(usize, usize)>,
        content: (usize, usize),
        rule: &'static str,
        paragraph: usize,
    ) -> Draft {
        Draft {
            kind: QuoteKind::Indirect,
            cue: Some(self.span_toks(cue.0, cue.1)),
            sources: src.map(|x| self.span_toks(x.0, x.1)).into_iter().collect(),
            contents: vec![self.span_toks(content.0, content.1)],
            rule,
            paragraph,
        }
    }

    fn sentence_toks(&self, i: usize) -> (usize, usize) {
        let si = self.sent_of.get(i).copied().unwrap_or(0);
        self.doc.sentences.get(si).map_or((0, 0), |s| (s.tok_start, s.tok_end))
    }

    fn paragraph_toks(&self, p: usize) -> (usize, usize) {
        match self.doc.paragraphs.get(p) {
            Some(&(s, e)) => (self.doc.token_at_or_after(s), self.doc.token_at_or_after(e)),
            None => (0, 0),
        }
    }

    /// A "." glued to an abbreviation ("Sen.", "Gov.") that belongs to a name.
    fn abbrev_period(&self, i: usize) -> bool {
        self.is_text(i, ".")
            && i > 0
            && self.doc.tokens[i - 1].end == self.doc.tokens[i].start
            && (super::document::ABBREVIATIONS.contains(&self.lw(i - 1))
                // a middle initial: "Gene B. Sperling"
                || (self.text(i - 1).chars().count() == 1
                    && self.text(i - 1).chars().all(char::is_uppercase)
                    && self.is_cap(i + 1)))
    }

    /// The end of a cue whose verb is token `v`: its particle ("said of", "asked about", "wrote about") and a
    /// following "in a (written) statement", which PolNeAR mostly marks as part of the cue (rule "cue.statement").
    fn cue_end(&self, v: usize) -> usize {
        let mut e = v + 1;
        if particle_follows(self.lw(v), self.lw(v + 1)) {
            e += 1;
        }
        if self.lw(e) == "in" && matches!(self.lw(e + 1), "a" | "the") {
            let n = if self.lw(e + 2) == "written" { e + 3 } else { e + 2 };
            if matches!(self.lw(n), "statement" | "tweet" | "post" | "letter" | "email" | "memo" | "release") {
                e = n + 1;
            }
        }
        e
    }

    /// Start of the auxiliaries before a cue verb at `v` ("has also said"), not before `min`.
    fn aux_start(&self, v: usize, min: usize) -> usize {
        // "went on to say": the whole phrase is the cue (rule "cue.went_on")
        let v0 = v;
        let v = if v >= min + 3
            && self.lw(v - 1) == "to"
            && self.lw(v - 2) == "on"
            && is_in(WENT_ON, self.lw(v - 3))
            && self.inf_cue(v0)
        {
            v - 3
        } else if let Some(g) = self.catenative_start(v).filter(|&g| g >= min) {
            // "continues to insist", "is trying to persuade", "are more likely to say": the verb or adjective that
            // takes the infinitive joins the cue (rule "cue.catenative")
            g
        } else {
            v
        };
        let mut a = v;
        // "is telling", "was urging": a progressive takes its form of "be"
        let gerund = self.lw(v).ends_with("ing");
        while a > min
            && a + 3 > v
            && (self.has(a - 1, WC_CUE_AUXILIARIES)
                || (gerund && matches!(self.lw(a - 1), "is" | "was" | "are" | "were" | "been" | "be" | "am"))
                || (self.lw(a - 1).len() > 4 && self.lw(a - 1).ends_with("ly") && !self.is_cap(a - 1))
                || self.lw(a - 1) == "twice")
        {
            a -= 1;
        }
        a
    }

    /// Whether the cue verb at `v` is an infinitive after a verb of `CATENATIVE_VERBS` ("continues to insist",
    /// "has tried to downplay"); an -ing form of it only in a progressive ("is trying to"), not opening a participle
    /// clause ("..., seeking to prove") (rule "cue.catenative").
    fn catenated(&self, v: usize) -> bool {
        self.catenative_start(v).is_some()
    }

    /// The subject after an opening adverbial and its comma: "On Tuesday, Gov. Jerry Brown endorsed her, citing ...",
    /// "In a speech Monday, Mr. Trump struck a measured tone, saying ..." (rule "source.after_opener").
    fn subject_after_opener(&self, s0: usize, a: usize) -> Option<(usize, usize)> {
        let w = self.lw(s0);
        if !(is_in(INTERJECTION_OPENERS, w) || is_in(ADVERBIAL_OPENERS, w)) {
            return None;
        }
        let c = (s0 + 1..a.min(s0 + 16)).find(|&i| self.is_punct(i) && !self.abbrev_period(i))?;
        if !self.is_text(c, ",") {
            return None;
        }
        self.subject_np(c + 1, a).filter(|x| x.0 == c + 1 && x.1 < a)
    }

    /// Where the verb or adjective that takes the infinitive cue at `v` starts: "continues" in "continues to insist",
    /// "are" in "are slightly more likely to say" (a form of "be" and degree words before `CATENATIVE_ADJECTIVES`).
    fn catenative_start(&self, v: usize) -> Option<usize> {
        let g = v.checked_sub(2)?;
        if self.lw(v - 1) != "to" || !self.inf_cue(v) || self.is_cap(v) {
            return None;
        }
        let gw = self.lw(g);
        if self.has(g, WC_CATENATIVE_VERBS) {
            let progressive = g.checked_sub(1).is_some_and(|b| self.has(b, WC_PASSIVE_BE));
            return (!gw.ends_with("ing") || progressive).then_some(g);
        }
        if !is_in(CATENATIVE_ADJECTIVES, gw) {
            return None;
        }
        let mut b = g;
        while b > 0 && g - b < 3 && is_in(DEGREE_WORDS, self.lw(b - 1)) {
            b -= 1;
        }
        let be = b.checked_sub(1)?;
        (self.has(be, WC_PASSIVE_BE) || matches!(self.lw(be), "’s" | "'s" | "’re" | "'re" | "am")).then_some(be)
    }

    fn np_word_ok(&self, i: usize) -> bool {
        let w = self.lw(i);
        if self.is_punct(i) {
            // "Sanders’ aides": a possessive apostrophe glued to a word in s
            let possessive = matches!(w, "’" | "'")
                && i > 0
                && self.doc.tokens[i - 1].end == self.doc.tokens[i].start
                && self.lw(i - 1).ends_with('s');
            // "42% say": a percent sign glued to its number
            let percent = w == "%"
                && i.checked_sub(1)
                    .and_then(|p| self.doc.tokens.get(p))
                    .zip(self.doc.tokens.get(i))
                    .is_some_and(|(p, t)| p.end == t.start && p.kind == TokenKind::Number);
            // "a CNN/ORC poll": a slash glued to the words on both sides
            let glued = |x: usize, y: usize| {
                self.doc.tokens.get(x).zip(self.doc.tokens.get(y)).is_some_and(|(a, b)| a.end == b.start)
            };
            let slash = w == "/" && i > 0 && glued(i - 1, i) && glued(i, i + 1);
            return self.abbrev_period(i) || possessive || percent || slash || w == "-" || w == "&";
        }
        !self.has(i, WC_NP_BOUNDARY) && !(self.is_cue(i) && !self.is_cap(i) && !self.has(i, WC_NOUN_LIKE))
    }

    /// The source noun phrase that ends just before token `end`, not before `min`.
    fn source_before(&self, end: usize, min: usize) -> Option<(usize, usize)> {
        // "A federal judge on Monday ordered": a time adverbial between the subject and its verb
        let mut end = end;
        if end > min + 2
            && self.has(end - 1, WC_WEEKDAYS_AND_TIMES)
            && matches!(self.lw(end - 2), "on" | "last" | "this" | "early" | "late" | "earlier")
        {
            end -= 2;
        } else if end > min + 1 && self.has(end - 1, WC_WEEKDAYS_AND_TIMES) && self.is_cap(end - 2) {
            end -= 1; // "Trump Tuesday said"
        } else if end > min + 1
            && is_in(SUBJECT_TIME_ADVERBS, self.lw(end - 1))
            && self.doc.tokens.get(end - 2).is_some_and(|t| t.kind == TokenKind::Word)
            && self.np_word_ok(end - 2)
            && !self.has(end - 2, WC_DETERMINERS)
        {
            end -= 1; // "Clinton defenders today argue" (rule "source.time_between")
        }
        let mut s = end;
        loop {
            while s > min && end - s < MAX_SOURCE_TOKENS && self.np_word_ok(s - 1) {
                s -= 1;
            }
            // "Rep. Hank Johnson (D-Ga.) said": a parenthesis inside the name
            if s > min + 1 && self.is_text(s - 1, ")") && end - s < MAX_SOURCE_TOKENS {
                if let Some(o) = (s.saturating_sub(24).max(min)..s - 1).rev().find(|&i| self.is_text(i, "(")) {
                    if o > min && self.np_word_ok(o - 1) {
                        s = o;
                        continue;
                    }
                }
            }
            break;
        }
        // "It added, "..."", "..., it said": "it" speaks through a verb of saying (an organisation, a document)
        if s == end && end > min && self.lw(end - 1) == "it" && is_in(IT_SPEECH_VERBS, self.lw(end)) {
            return Some((end - 1, end));
        }
        if s == end || (end - s >= MAX_SOURCE_TOKENS && s > min && self.np_word_ok(s - 1)) {
            return None;
        }
        // "Six in 10", "An earlier report in a New Hampshire paper", "many in the Republican establishment":
        // a noun phrase before "in"/"for"/"from"/"at" that opens the clause
        if s > min + 1 && matches!(self.lw(s - 1), "in" | "for" | "from" | "at") && end - s < MAX_SOURCE_TOKENS {
            let mut t = s - 1;
            while t > min && (s - 1) - t < 5 && self.np_word_ok(t - 1) {
                t -= 1;
            }
            // "more than 4 in 10", "about one in five": the approximation belongs to the share
            let mut u = t;
            if u > min + 1 && self.lw(u - 1) == "than" && matches!(self.lw(u - 2), "more" | "fewer" | "less") {
                u -= 2;
            } else if u > min && is_in(SHARE_APPROXIMATORS, self.lw(u - 1)) {
                u -= 1;
            }
            let share = u < t
                && (self.doc.tokens.get(t).is_some_and(|x| x.kind == TokenKind::Number)
                    || is_in(QUANTIFIERS, self.lw(t)));
            let t = if share { u } else { t };
            let clause_start = t == min
                || matches!(self.text(t - 1), "," | ";" | ":" | "—" | "–" | "(")
                || matches!(
                    self.lw(t - 1),
                    "and" | "but" | "that" | "while" | "because" | "as" | "if" | "when" | "so" | "with"
                );
            let head = self.lw(t);
            let good_head = share
                || is_in(DETERMINERS, head)
                || self.doc.tokens.get(t).is_some_and(|x| x.kind == TokenKind::Number)
                || is_in(QUANTIFIERS, head);
            if t < s - 1 && clause_start && good_head {
                s = t;
            }
        }
        // "That person said": a demonstrative that opens the clause is a determiner
        if s > min
            && matches!(self.lw(s - 1), "that" | "this" | "these" | "those")
            && (s - 1 == min || matches!(self.text(s - 2), "," | ";" | ":" | "(" | "—" | "–"))
            && end - s <= 3
            && !self.has(s, WC_PERSON_PRONOUNS)
            && !matches!(self.lw(s), "they" | "i" | "we" | "it" | "you")
        {
            s -= 1;
        }
        // "About three-quarters": an approximator belongs to the quantity
        // also "at least four senators", "less than a third", "only 49 percent", "not everyone" (rule
        // "source.poll_share")
        if s > min && self.lw(s) == "least" && self.lw(s - 1) == "at" && end > s + 1 {
            // ("at" ends a noun phrase read backwards, so "least" opens it: "at least four senators")
            s -= 1;
        } else if s > min
            && (self.doc.tokens.get(s).is_some_and(|x| x.kind == TokenKind::Number)
                || is_in(QUANTIFIERS, self.lw(s))
                || is_in(QUANTIFIER_SOURCES, self.lw(s)))
        {
            let p = self.lw(s - 1);
            if s > min + 1
                && ((p == "least" && self.lw(s - 2) == "at")
                    || (p == "than" && matches!(self.lw(s - 2), "more" | "less" | "fewer")))
            {
                s -= 2;
            } else if is_in(SHARE_APPROXIMATORS, p) || (p == "not" && matches!(self.lw(s), "everyone" | "all")) {
                s -= 1;
            }
        }
        // a leading "." of an abbreviation is never first
        while s < end && self.is_punct(s) {
            s += 1;
        }
        // "Let me", "talk Dave Gorab", "the time he": leading words that are not part of a noun phrase
        if end - s >= 2 {
            let last = self.lw(end - 1);
            if is_in(PERSON_PRONOUNS, last) || matches!(last, "they" | "we" | "i") {
                s = end - 1;
            } else {
                let verbish = |w: &str| {
                    cue_verb(w).is_some()
                        || is_object_verb(w)
                        || is_in(WEEKDAYS_AND_TIMES, w)
                        || w.ends_with("ed")
                        || matches!(
                            w,
                            "let"
                                | "did"
                                | "does"
                                | "do"
                                | "talk"
                                | "time"
                                | "make"
                                | "makes"
                                | "get"
                                | "gets"
                                | "got"
                                | "go"
                                | "goes"
                                | "had"
                                | "has"
                                | "have"
                                | "would"
                                | "could"
                                | "should"
                                | "will"
                                | "can"
                        )
                };
                while s + 1 < end
                    && !self.is_cap(s)
                    && verbish(self.lw(s))
                    && self.doc.tokens.get(s).is_some_and(|x| x.kind == TokenKind::Word)
                    && (s + 1..end).any(|i| self.is_cap(i) || self.has(i, WC_DETERMINERS))
                {
                    s += 1;
                }
                while s + 1 < end && self.has(s, WC_WEEKDAYS_AND_TIMES) {
                    s += 1;
                }
            }
        }
        if s >= end || !self.np_plausible(s, end) {
            return None;
        }
        Some((s, end))
    }

    /// Widens a source read backwards over what news writing puts inside a subject: "people familiar with the
    /// talks", "Democrats in Iowa who watched the debate", "Donald Trump - who previously said ... -".
    fn extend_source_back(&self, src: (usize, usize), min: usize) -> (usize, usize) {
        let (mut s, e) = src;
        for _ in 0..2 {
            if s <= min + 1 {
                break;
            }
            let w = self.lw(s - 1);
            // "familiar with", "close to", "knowledgeable about"
            if matches!(w, "with" | "to" | "about" | "on")
                && matches!(self.lw(s - 2), "familiar" | "close" | "knowledgeable" | "briefed" | "involved")
            {
                // the noun phrase before the adjective: "people familiar with her thinking"
                if let Some(x) = self.source_before(s - 2, min).filter(|x| x.1 == s - 2) {
                    s = x.0;
                    continue;
                }
                if let Some(x) = self.source_before(s - 1, min) {
                    s = x.0;
                    continue;
                }
            }
            // a relative clause: "officials who spoke on condition of anonymity said"
            if matches!(w, "who" | "that") {
                if let Some(x) = self.source_before(s - 1, min) {
                    let opens = x.0 == min
                        || matches!(self.text(x.0 - 1), "," | ";" | ":")
                        || matches!(self.lw(x.0 - 1), "and" | "but");
                    if opens && e - x.0 <= 25 && !self.has(x.0, WC_PERSON_PRONOUNS) {
                        s = x.0;
                        continue;
                    }
                }
            }
            break;
        }
        (s, e)
    }

    /// A subject with a restrictive relative clause before its verb at `a`: "organizations that have endorsed
    /// him say", "the people who know her best say": the noun phrase before "that"/"who" and the clause.
    fn relative_subject(&self, a: usize, min: usize) -> Option<(usize, usize)> {
        let r = (a.saturating_sub(8).max(min + 1)..a).rev().find(|&i| matches!(self.lw(i), "that" | "who"))?;
        if (r + 1..a).any(|i| self.is_punct(i) || cue_verb(self.lw(i)).is_some_and(|c| c.class != CueClass::Object)) {
            return None;
        }
        let np = self.source_before(r, min)?;
        let opens = np.0 == min
            || matches!(self.text(np.0 - 1), "," | ";" | ":" | "(")
            || matches!(self.lw(np.0 - 1), "and" | "but" | "while" | "because");
        (np.1 == r && opens && a > r + 1 && !self.has(np.0, WC_PERSON_PRONOUNS)).then_some((np.0, a))
    }

    /// The source noun phrase that starts at token `start` ("said Caddell", "said the mayor of Paris").
    fn source_after(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let first = self.lw(start);
        if self.is_punct(start) || is_in(TIME_WORDS, first) || is_in(NP_FORWARD_STOP, first) {
            return None;
        }
        let mut e = start;
        while e < limit && e - start < MAX_SOURCE_TOKENS {
            let w = self.lw(e);
            // "the 46-year-old": a hyphen glued on both sides
            let glued_hyphen = w == "-"
                && e > start
                && self.doc.tokens.get(e + 1).is_some_and(|n| n.start == self.doc.tokens[e].end)
                && self.doc.tokens[e - 1].end == self.doc.tokens[e].start;
            // "Rep. Bobby Scott (D-Va.)": a short parenthesis after a name
            if w == "(" && e > start && self.is_cap(e - 1) && self.is_cap(e + 1) {
                if let Some(c) = (e + 1..(e + 8).min(limit)).find(|&i| self.is_text(i, ")")) {
                    e = c + 1;
                    continue;
                }
            }
            if self.is_punct(e) && !self.abbrev_period(e) && !glued_hyphen {
                break;
            }
            // "Robert Antonacci of the New York delegation"
            if w == "of" && e > start && (self.is_cap(e + 1) || self.has(e + 1, WC_DETERMINERS)) {
                e += 1;
                continue;
            }
            // "..., said the vote was fair": a finite verb makes it a clause, not a source read forwards
            if e > start && is_in(FINITE_AUXILIARIES, w) {
                return None;
            }
            // "a source close to the campaign", "people familiar with the talks" (rule "source.close_to")
            if e > start && SOURCE_LINK_ADJECTIVES.iter().any(|&(a, p)| a == w && self.lw(e + 1) == p) {
                e += 2;
                continue;
            }
            // "the man who built his career on ...": a relative clause without a comma runs to the sentence's end
            if w == "who" && e > start && !self.is_text(e - 1, ",") {
                let (_, se) = self.sentence_toks(e);
                let mut x = e;
                while x < se.min(limit) && !self.is_quote_tok(x) && x - start < 40 {
                    x += 1;
                }
                while x > e + 1 && matches!(self.text(x - 1), "." | "," | "!" | "?") {
                    x -= 1;
                }
                return self.np_plausible(start, e).then_some((start, x));
            }
            if e > start && (is_in(NP_FORWARD_STOP, w) || is_in(TIME_WORDS, w)) {
                break;
            }
            e += 1;
        }
        if e == start || !self.np_plausible(start, e) {
            return None;
        }
        Some((start, e))
    }

    /// A source read forwards with its apposition, as PolNeAR marks it ("said Dino Spencer, who now runs the gym",
    /// "said Robert Klein, chairman of the institute"): up to the sentence's end or the next quotation mark.
    fn with_apposition(&self, src: (usize, usize)) -> (usize, usize) {
        if !self.is_text(src.1, ",") || self.relative_cue(src.1 + 1) {
            return src;
        }
        let nw = self.lw(src.1 + 1);
        if self.is_punct(src.1 + 1)
            || is_in(PERSON_PRONOUNS, nw)
            || self.part_cue(src.1 + 1)
            || self.is_cue(src.1 + 1)
            || is_in(CONTRAST_OPENERS, nw)
            || matches!(
                nw,
                "according" | "they" | "i" | "we" | "it" | "and" | "but" | "so" | "in" | "on" | "at" | "during"
            )
            || nw.ends_with("ing")
        {
            return src;
        }
        let (_, se) = self.sentence_toks(src.0);
        let mut e = src.1 + 1;
        while e < se
            && e - src.0 < 40
            && !self.is_quote_tok(e)
            && !matches!(self.text(e), ";" | "(" | ")")
            && !(self.is_text(e, ",")
                && (self.part_cue(e + 1) || self.lw(e + 1) == "according" || self.relative_cue(e + 1)))
        {
            e += 1;
        }
        if self.is_text(e, ",") && e > src.1 + 1 {
            return (src.0, e); // "said X, a spokesman, adding ..."
        }
        if e >= se || self.is_quote_tok(e) {
            while e > src.1 + 1 && matches!(self.text(e - 1), "." | "," | "!" | "?" | "—") {
                e -= 1;
            }
            if e > src.1 + 1 {
                return (src.0, e);
            }
        }
        src
    }

    /// A relative clause at token `i` whose verb is a cue ("who said he would ...", "who also added that ..."):
    /// an attribution of its own, which PolNeAR leaves out of the apposition of the source before it (rule
    /// "source.relative_cue").
    fn relative_cue(&self, i: usize) -> bool {
        if !matches!(self.lw(i), "who" | "which") {
            return false;
        }
        let mut v = i + 1;
        while v < i + 3 && self.has(v, WC_CUE_AUXILIARIES) {
            v += 1;
        }
        !self.is_cap(v) && cue_verb(self.lw(v)).is_some_and(|c| c.class != CueClass::Object)
    }

    /// "Developers see golf courses as wasted space", "voters regard him as ...": a verb of `SEE_AS_VERBS` with
    /// "as" ahead in its clause reports a view; the object and its "as" phrase are the content (rule
    /// "indirect.object").
    fn see_as(&self, k: usize) -> bool {
        if !self.has(k, WC_SEE_AS_VERBS) || self.is_cap(k) {
            return false;
        }
        let mut i = k + 1;
        while i < self.doc.tokens.len() && i <= k + 10 && !self.is_punct(i) {
            if self.lw(i) == "as" {
                return i > k + 1;
            }
            i += 1;
        }
        false
    }

    /// A new predicate of the subject at token `v` after "and"/"but" in an object's content ("criticized the plan
    /// but stopped short of ...", "and taunting ..."): a lower-case past or present participle form.
    fn predicate_start(&self, v: usize) -> bool {
        let w = self.lw(v);
        !self.is_cap(v)
            && !self.is_punct(v)
            && ((w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) || is_in(IRREGULAR_PAST_VERBS, w))
    }

    /// `The streets were deserted, he added, "and nobody came out."`: the words that open the sentence before
    /// `, X said, "..."` belong to the content when the quotation goes on with their sentence (it opens in lower
    /// case) and they are not an opening adverbial (rule "content.lead_in"). `s0` is the sentence's first token,
    /// `src` the source's first token, `open` the opening mark's token.
    fn quote_lead_in(&self, s0: usize, src: usize, open: usize, used: &[bool]) -> Option<(usize, usize)> {
        let first = self.doc.tokens.get(open + 1).filter(|t| t.kind == TokenKind::Word)?;
        let lower = self.doc.text.get(first.start..first.end)?.chars().next().is_some_and(char::is_lowercase);
        let end = src.checked_sub(1)?;
        (lower
            && end > s0
            && end - s0 <= MAX_LEAD_IN_TOKENS
            && self.is_text(end, ",")
            && !is_in(LEAD_IN_NOT_OPENERS, self.lw(s0))
            && !is_in(INTERJECTION_OPENERS, self.lw(s0))
            && !self.used_any(used, s0, end)
            && (s0..end).all(|x| !self.is_quote_tok(x) && !matches!(self.text(x), ":" | ";")))
        .then_some((s0, end))
    }

    /// "praised teachers, nurses, and firefighters": the comma at `j` before "and"/"or" closes a list whose items
    /// the content (from `st`) already separates with a comma, and the last item is no clause of its own (no
    /// pronoun, cue verb or participle after the conjunction) (rule "content.list").
    fn list_goes_on(&self, st: usize, j: usize) -> bool {
        let next = self.lw(j + 2);
        matches!(self.lw(j + 1), "and" | "or")
            && (st + 1..j).any(|x| self.is_text(x, ","))
            && !self.is_punct(j + 2)
            && !is_in(PERSON_PRONOUNS, next)
            && !is_in(GROUP_PRONOUNS, next)
            && !is_in(OTHER_PRONOUNS, next)
            && !self.is_cue(j + 2)
            && !self.part_cue(j + 2)
            && !(next.ends_with("ing") && !self.is_cap(j + 2))
    }

    /// "criticized Clinton for accepting donations and speaking fees": a gerund at `v` after "and" at `j` that
    /// goes on with a gerund governed by a preposition earlier in the content (from `st`), not a new predicate of
    /// the subject; PolNeAR's contents run on over it (rule "content.parallel_gerund").
    fn parallel_gerund(&self, st: usize, j: usize, v: usize) -> bool {
        self.lw(v).ends_with("ing")
            && (st.max(j.saturating_sub(MAX_PARALLEL_GERUND_TOKENS)) + 1..j)
                .any(|x| self.lw(x).ends_with("ing") && is_in(GERUND_PREPOSITIONS_IN_CONTENT, self.lw(x - 1)))
    }

    /// A cue word at `k` in a sense that reports nothing: a reply to a request for comment, a dateline
    /// ("reported from"), the filler "you know" (tables `NO_REPLY_OBJECTS`, `NON_REPORTING_PARTICLES`).
    fn non_reporting(&self, k: usize) -> bool {
        let w = self.lw(k);
        let next = self.lw(k + 1);
        if matches!(w, "respond" | "responds" | "responded" | "responding" | "reply" | "replied" | "replies")
            && next == "to"
        {
            return (k + 2..k + 7).any(|i| is_in(NO_REPLY_OBJECTS, self.lw(i)));
        }
        if NON_REPORTING_PARTICLES.iter().any(|&(v, p)| v == w && p == next) {
            return true;
        }
        w == "know" && k > 0 && self.lw(k - 1) == "you" && (self.is_punct(k + 1) || k + 1 >= self.doc.tokens.len())
    }

    /// The subject of a verb at `a` read back to its clause's start when it is not a plain noun phrase
    /// ("Enthusiasm for Clinton appears ...", "The tensions between supporters and protesters seem ...", "others
    /// appeared ..."): at most 12 words, no punctuation, no clause opener, no verb of saying.
    fn clause_subject(&self, a: usize, min: usize) -> Option<(usize, usize)> {
        let mut s = a;
        while s > min
            && a - s < 12
            && !(self.is_punct(s - 1) && !self.abbrev_period(s - 1))
            && !self.has(s - 1, WC_CLAUSE_OPENERS)
            && !self.is_cue(s - 1)
        {
            s -= 1;
        }
        let opens = s == min || self.is_punct(s - 1) || self.has(s - 1, WC_CLAUSE_OPENERS);
        (opens && s < a && a - s < 12 && !self.has(s, WC_NP_BOUNDARY)).then_some((s, a))
    }

    /// The source after "according to": up to the next comma or the sentence's end ("a new article in Politico").
    fn according_source(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let mut e = start;
        // "/" and "." glued on both sides stay inside ("a Times/CBS News survey", "ouest-france.fr")
        let glued = |i: usize| {
            i > start
                && matches!(self.text(i), "/" | ".")
                && self.doc.tokens.get(i + 1).is_some_and(|n| n.start == self.doc.tokens[i].end)
                && self.doc.tokens[i - 1].end == self.doc.tokens[i].start
        };
        while e < limit
            && e - start < 20
            && (!self.is_punct(e) || self.abbrev_period(e) || matches!(self.text(e), "-" | "&" | "’" | "'") || glued(e))
        {
            e += 1;
        }
        // "according to him", "according to state law", "according to exit polling data"
        let plain = (start..e).any(|i| {
            let w = self.lw(i);
            is_in(DOCUMENT_HEADS, w) || is_in(ACCORDING_HEADS, w) || (e - start == 1 && is_in(OBJECT_PRONOUNS, w))
        });
        // "according to ouest-france.fr", "according to complete but unofficial returns": a web address or a plural
        // head is a source too
        let loose = e > start
            && ((start..e).any(|i| glued(i) && self.is_text(i, "."))
                || (e - start <= 5 && self.lw(e - 1).ends_with('s') && !self.lw(e - 1).ends_with("ss")));
        (e > start && (plain || loose || self.np_plausible(start, e))).then_some((start, e))
    }

    /// A source looks like a noun phrase: a name, a pronoun, or a determiner or capitalised word in front.
    fn np_plausible(&self, s: usize, e: usize) -> bool {
        if e <= s {
            return false;
        }
        let first = self.lw(s);
        let last = self.lw(e - 1);
        if e - s == 1 && (is_in(PERSON_PRONOUNS, first) || is_in(GROUP_PRONOUNS, first) || is_in(OTHER_PRONOUNS, first))
        {
            // "it" speaks only through a verb of saying: "It said it decided ..." (an organisation, a report)
            return !matches!(first, "him" | "her" | "it") || (first == "it" && is_in(IT_SPEECH_VERBS, self.lw(e)));
        }
        // "many argue", "others said", "tweeted another": a quantifier alone is a source
        if e - s == 1 && is_in(QUANTIFIER_SOURCES, first) {
            return true;
        }
        if is_in(DETERMINERS, last) || last == "of" || last == "’s" || last == "'s" {
            return false;
        }
        (s..e).any(|i| self.is_cap(i) || self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number))
            || is_in(DETERMINERS, first)
            || is_in(GROUP_HEADS, last)
            || is_in(DOCUMENT_HEADS, last)
            || (e - s <= 3 && last.ends_with('s') && !last.ends_with("ss"))
    }

    /// The token after a news agency's dateline that opens a paragraph at `s0` ("WASHINGTON (AP) —", "PARIS, Aug 31
    /// (Reuters) -", "Orlando, Fla. (Reuters) -"): capitalised words, an optional date, the agency in parentheses and
    /// a dash (rule "source.dateline"); else `s0`.
    fn after_dateline(&self, s0: usize) -> usize {
        let si = self.sent_of.get(s0).copied().unwrap_or(0);
        let Some(sent) = self.doc.sentences.get(si) else { return s0 };
        if self.paragraph_toks(sent.paragraph).0 != s0 {
            return s0;
        }
        let mut x = s0;
        while x < s0 + MAX_DATELINE_TOKENS
            && (self.is_cap(x)
                || self.abbrev_period(x)
                || self.is_text(x, ",")
                || (x > s0 && self.doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Number)))
        {
            x += 1;
        }
        if x == s0 || !self.is_text(x, "(") {
            return s0;
        }
        let mut y = x + 1;
        while y < x + 4 && !self.is_text(y, ")") {
            y += 1;
        }
        if self.is_text(y, ")") && matches!(self.text(y + 1), "—" | "–" | "-" | "--") {
            y + 2
        } else {
            s0
        }
    }

    /// A lowercase word that may stand inside a noun phrase before its head ("presidential", "campaign"): not a
    /// boundary word, a determiner, a verb of the lexicons, a past form or an adverb.
    fn np_modifier(&self, x: usize) -> bool {
        let w = self.lw(x);
        self.doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Word)
            && !self.is_cap(x)
            && !is_in(NP_BOUNDARY, w)
            && !is_in(DETERMINERS, w)
            && !is_in(CUE_AUXILIARIES, w)
            && !is_in(PREDICATE_MODALS, w)
            && !self.is_cue(x)
            && !self.is_object(x)
            && !is_in(IRREGULAR_PAST_VERBS, w)
            && !w.ends_with("ed")
            && !w.ends_with("ly")
            && !w.ends_with("ing")
            && !matches!(w, "of" | "has" | "have" | "had" | "do" | "does" | "did")
    }

    /// A word that ends with a possessive mark ("Ryan's", "Sanders'").
    fn possessive(&self, x: usize) -> bool {
        let t = self.text(x);
        t.ends_with("’s") || t.ends_with("'s") || ((t.ends_with("s’") || t.ends_with("s'")) && t.chars().count() > 2)
    }

    /// The subject at the start of sentence tokens `s0..`: a pronoun or a run of capitalised words ("Sen. Marco
    /// Rubio"), after a leading conjunction ("But Trump, saying ...").
    fn subject_np(&self, s0: usize, limit: usize) -> Option<(usize, usize)> {
        let mut s = self.after_dateline(s0).min(limit);
        while s < limit
            && (matches!(
                self.lw(s),
                "but" | "and" | "so" | "still" | "yet" | "however" | "meanwhile" | "then" | "now" | "instead"
            ) || self.is_text(s, ","))
        {
            s += 1;
        }
        // "Hours later, Trump ...", "Speaking to the coalition, Trump ...", "Sunday, on CNN, Gov. X ...": the
        // subject after an opening adverbial (a time word, a participle or a preposition, up to its comma) (rule
        // "source.after_adverbial")
        for _ in 0..MAX_OPENING_ADVERBIALS {
            let opens = s < limit
                && (self.has(s, WC_WEEKDAYS_AND_TIMES)
                    || (s + 1..(s + 3).min(limit)).any(|i| is_in(OPENING_TIME_TAILS, self.lw(i)))
                    || ((self.lw(s).ends_with("ing") || self.lw(s).ends_with("ed"))
                        && self.is_cap(s)
                        && s + 1 < limit
                        && !self.is_cap(s + 1))
                    || (is_in(SUBJECT_OPENING_PREPOSITIONS, self.lw(s)) && self.is_cap(s)));
            if !opens {
                break;
            }
            let end = limit.min(s + MAX_OPENING_ADVERBIAL);
            match (s + 1..end).find(|&i| self.is_punct(i) && !self.is_text(i, ".")) {
                Some(c) if self.is_text(c, ",") && c + 1 < limit => s = c + 1,
                _ => break,
            }
        }
        let w = self.lw(s);
        if is_in(PERSON_PRONOUNS, w) || matches!(w, "they" | "i" | "we") {
            return Some((s, s + 1));
        }
        let base = w.split(['’', '\'']).next().unwrap_or("");
        if is_in(NP_BOUNDARY, w)
            || (base != w
                && (is_in(PERSON_PRONOUNS, base)
                    || is_in(NP_BOUNDARY, base)
                    || matches!(base, "they" | "i" | "we" | "you" | "let")))
        {
            return None;
        }
        let mut e = s;
        if is_in(DETERMINERS, w) && !self.is_punct(s + 1) {
            e += 1;
        }
        while e < limit && e - s < 6 && (self.is_cap(e) || self.abbrev_period(e)) && !(self.is_cue(e) && e > s) {
            e += 1;
        }
        // "Democratic presidential candidate Sen. Bernie Sanders": lowercase modifiers between capitalised words
        // run on to the name (rule "source.np_modifiers")
        if e > s && !(e == s + 1 && is_in(DETERMINERS, w)) {
            let mut x = e;
            while x < limit && x - e < MAX_NP_MODIFIERS && self.np_modifier(x) {
                x += 1;
            }
            if x > e && x < limit && self.is_cap(x) && !self.is_cue(x) {
                e = x;
                while e < limit
                    && e - s < MAX_SOURCE_TOKENS
                    && (self.is_cap(e) || self.abbrev_period(e))
                    && !self.is_cue(e)
                {
                    e += 1;
                }
            }
        }
        // "Ryan's campaign", "Bennett's younger sister": a possessive name and the noun it qualifies
        if e > s && self.possessive(e - 1) {
            let mut x = e;
            while x < limit && x - e < MAX_NP_MODIFIERS && self.np_modifier(x) {
                x += 1;
            }
            if x > e {
                return self.np_plausible(s, x).then_some((s, x));
            }
        }
        // "A federal judge": a determiner and a few plain words, up to a boundary or a verb
        if e == s + 1 && is_in(DETERMINERS, w) {
            while e < limit
                && e - s < 5
                && !self.is_punct(e)
                && !self.has(e, WC_NP_BOUNDARY)
                && !self.is_cue(e)
                && !self.is_object(e)
                && !is_in(IRREGULAR_PAST_VERBS, self.lw(e))
                && !self.lw(e).ends_with("ed")
            {
                e += 1;
            }
            return (e > s + 1 && self.np_plausible(s, e)).then_some((s, e));
        }
        // "The Vermont senator": one lowercase head noun after a determiner and capitalised words
        if e > s + 1
            && is_in(DETERMINERS, w)
            && e < limit
            && !self.is_punct(e)
            && !self.has(e, WC_NP_BOUNDARY)
            && !self.is_cue(e)
            && !self.is_object(e)
        {
            e += 1;
        }
        (e > s && self.np_plausible(s, e) && (s..e).any(|i| self.is_cap(i) && i > s || self.is_cap(s)))
            .then_some((s, e))
    }

    /// The drafts that may precede byte `hi` closely, latest first: the last few made (indirect ones, sentence by
    /// sentence) and the few quotations (made first, in document order) that open before `hi`, found by binary
    /// search, so that a participle after a quotation ("...," Jacobs said, adding that ...) finds its speaker in
    /// long documents too.
    fn nearby_drafts<'x>(&self, drafts: &'x [Draft], hi: usize) -> impl Iterator<Item = &'x Draft> {
        let nd = self.n_direct.get().min(drafts.len());
        let direct = drafts.get(..nd).unwrap_or(&[]);
        let i = direct.partition_point(|d| d.contents.first().map_or(0, |c| c.0) < hi);
        let indirect = drafts.get(nd..).unwrap_or(&[]);
        indirect.iter().rev().take(4).chain(direct.get(..i).unwrap_or(&[]).iter().rev().take(4))
    }

    fn used_any(&self, used: &[bool], a: usize, b: usize) -> bool {
        used.get(a..b).is_some_and(|u| u.iter().any(|&x| x))
    }

    fn mark(&self, used: &mut [bool], d: &Draft) {
        for &(s, e) in d.cue.iter().chain(d.sources.iter()).chain(d.contents.iter()) {
            let a = self.doc.token_at_or_after(s);
            let b = self.doc.token_at_or_after(e);
            for u in used.iter_mut().take(b).skip(a) {
                *u = true;
            }
        }
    }

    fn contents_of(&self, g: &QuoteGroup) -> Vec<(usize, usize)> {
        g.iter().map(|q| (q.start, q.end)).collect()
    }

    /// Pass 2: a direct quotation with its cue and source.
    fn direct(&self, g: &QuoteGroup, drafts: &[Draft], used: &[bool]) -> Option<Draft> {
        let first = *g.first()?;
        let last = *g.last()?;
        let open = self.doc.token_at_or_after(first.start);
        let close = self.doc.token_at_or_after(last.end); // token after the quotation
        let (p0, _) = self.paragraph_toks(first.paragraph);
        let (_, p1) = self.paragraph_toks(last.paragraph);
        let (s0, _) = self.sentence_toks(open);
        let contents = self.contents_of(g);
        if self.is_title(open, close) {
            return None;
        }
        let words =
            self.doc.tokens.get(open..close).map_or(0, |t| t.iter().filter(|t| t.kind != TokenKind::Punct).count());
        if words == 0 {
            return None;
        }
        // the quotation's own last characters: does it end a clause ("...," / "...!" / "...?" / "...." )?
        let mut ie = close.saturating_sub(1);
        while ie > open && self.is_quote_tok(ie) {
            ie -= 1;
        }
        let inner_end = self.text(ie);
        let ends_clause = last.closed && matches!(inner_end, "," | "!" | "?" | "." | "…" | "-" | "—");
        let sentence_start = open == s0 || (open > p0 && matches!(self.text(open - 1), ":" | "—" | "–"));
        // `They ''actually had chemistry,'' said X`: words before a quotation that ends its clause are part of
        // the content; a quotation that ends its sentence mid-way (`is "ongoing." Baker wrote`) takes no cue after
        let lead_in = !sentence_start
            && g.len() == 1
            && inner_end == ","
            && open > s0
            && !self.used_any(used, s0, open)
            && !(s0..open).any(|x| self.is_cue(x) || self.is_quote_tok(x) || self.is_text(x, ":"));
        let mut contents = contents;
        if lead_in {
            if let Some(c) = contents.first_mut() {
                c.0 = self.span_toks(s0, open).0;
            }
        }
        let ended_inside = !sentence_start && matches!(inner_end, "." | "!" | "?");
        let mk = |kind, cue: (usize, usize), src: Option<(usize, usize)>, rule| Draft {
            kind,
            cue: Some(self.span_toks(cue.0, cue.1)),
            sources: src.map(|(a, b)| self.span_toks(a, b)).into_iter().collect(),
            contents: contents.clone(),
            rule,
            paragraph: last.paragraph,
        };
        let kind = if sentence_start || words >= 8 { QuoteKind::Direct } else { QuoteKind::Partial };

        // after the closing mark: `"...," said X` / `"...," X said`
        if last.closed && (ends_clause || sentence_start) && !ended_inside {
            let mut j = close;
            if self.is_text(j, ",") {
                j += 1;
            }
            if j < p1 && !self.used_any(used, j, j + 1) {
                let (_, se) = self.sentence_toks(j);
                let limit = se.min(p1).max(j);
                if self.is_cue(j) && (!self.is_cap(j) || j == close) {
                    if let Some(src) = self.source_after(j + 1, limit) {
                        return Some(mk(kind, (j, j + 1), Some(self.with_apposition(src)), "quote.said_source"));
                    }
                }
                // X (aux) said; X, a spokesman for Y, said
                let mut k = j;
                let mut commas = 0;
                while k < limit && k - j <= 30 {
                    let w = self.lw(k);
                    if self.is_cue(k)
                        && !self.is_cap(k)
                        && !(is_in(NOUN_LIKE, w) && k > j && !self.is_cap(k - 1) && self.is_cue(k + 1))
                    {
                        break;
                    }
                    if self.is_text(k, ",") {
                        commas += 1;
                    } else if self.is_punct(k) && !self.abbrev_period(k) && !matches!(w, "(" | ")" | "-" | "’" | "'")
                    {
                        k = limit;
                        break;
                    }
                    if commas == 0 && k - j >= MAX_SOURCE_TOKENS {
                        k = limit;
                        break;
                    }
                    k += 1;
                }
                if k < limit && k > j && self.is_cue(k) {
                    let a = self.aux_start(k, j + 1);
                    let ce = self.cue_end(k).min(limit);
                    if commas == 0 {
                        if let Some(src) = self.source_before(a, j) {
                            if src.0 == j {
                                return Some(mk(kind, (a, ce), Some(src), "quote.source_said"));
                            }
                        }
                    } else if commas == 1 && !self.is_text(a - 1, ",") && a - j <= 8 && self.has(j, WC_DETERMINERS) {
                        // "the bespectacled, 71-year-old diplomat said"
                        return Some(mk(kind, (a, ce), Some((j, a)), "quote.source_said"));
                    } else if self.is_text(a - 1, ",")
                        && commas == 2
                        && self.np_plausible(j, (j + 1..a).find(|&x| self.is_text(x, ",")).unwrap_or(a))
                    {
                        return Some(mk(kind, (a, ce), Some((j, a)), "quote.source_said"));
                    }
                }
                // `"...," she remarked.` / `"...!" blared the Herald.`: any single verb closing the sentence after a
                // quotation that ends a clause
                if ends_clause {
                    let end_ok =
                        |x: usize| x >= limit || matches!(self.text(x), "." | "!" | "?") || self.is_quote_tok(x);
                    if let Some(src) = self.source_before(
                        (j + 1..limit.min(j + MAX_SOURCE_TOKENS))
                            .find(|&x| {
                                !self.np_word_ok(x)
                                    || (!self.is_cap(x)
                                        && !self.has(x, WC_DETERMINERS)
                                        && x > j
                                        && self.doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Word)
                                        && !is_in(GROUP_HEADS, self.lw(x))
                                        && !(x > j && self.has(x - 1, WC_DETERMINERS)))
                            })
                            .unwrap_or(j),
                        j,
                    ) {
                        let v = src.1;
                        if src.0 == j
                            && v < limit
                            && !self.is_cap(v)
                            && self.doc.tokens.get(v).is_some_and(|t| t.kind == TokenKind::Word)
                            && !self.has(v, WC_NP_BOUNDARY)
                            && end_ok(v + 1)
                        {
                            return Some(mk(kind, (v, v + 1), Some(src), "quote.source_verb"));
                        }
                    }
                }
            }
        }
        // before the opening mark
        let (mut i, mut prev_par) = (open, false);
        if open == p0 && first.paragraph > 0 {
            // "Caddell continued:\n\n"...""
            let (pp0, pp1) = self.paragraph_toks(first.paragraph - 1);
            if pp1 > pp0 && self.is_text(pp1 - 1, ":") {
                i = pp1;
                prev_par = true;
            }
        }
        let min = if prev_par { self.paragraph_toks(first.paragraph - 1).0 } else { p0 };
        if i > min {
            let sep = self.text(i - 1);
            let colon = sep == ":";
            let mut c = i;
            if matches!(sep, ":" | ",") {
                c -= 1;
            }
            let (cs0, _) = self.sentence_toks(c.saturating_sub(1));
            let smin = cs0.max(min);
            // `X said: "..."` / `X said, "..."` / `X said "..."`
            if c > smin && !self.used_any(used, c - 1, c) {
                let v = c - 1;
                if self.is_cue(v) {
                    let a = self.aux_start(v, smin);
                    let cue_end = if colon { i } else { v + 1 };
                    if let Some(src) = self.source_before(a, smin) {
                        // "X also said that Obama shows "great charm" and ...", "Y said he hopes "...": the verb
                        // before the quotation is inside reported speech; the quotation is left to the outer cue
                        // (rule "quote.embedded_frame")
                        if self.embedded_subject(src.0, smin) {
                            return None;
                        }
                        let mut d = mk(QuoteKind::Direct, (a, cue_end), Some(src), "quote.source_said_colon");
                        if let Some(lead) = self.quote_lead_in(smin, src.0, i, used) {
                            d.contents.insert(0, self.span_toks(lead.0, lead.1));
                        }
                        return Some(d);
                    }
                    if let Some(src) = self.source_after(v + 1, c) {
                        return Some(mk(QuoteKind::Direct, (v, cue_end), Some(src), "quote.said_source"));
                    }
                    // "Clinton posted a comment of her own, saying, "..."": the sentence's subject
                    if a == v && a > smin && self.part_cue(v) && matches!(self.text(a - 1), "," | "—" | "–") {
                        if let Some(src) = self.subject_np(smin, a).or_else(|| self.subject_after_opener(smin, a)) {
                            return Some(mk(QuoteKind::Direct, (v, cue_end), Some(src), "quote.participle"));
                        }
                    }
                    if let Some((src, rule)) = self.quote_clause_subject(smin, a, v, drafts) {
                        return Some(mk(QuoteKind::Direct, (a, cue_end), Some(src), rule));
                    }
                }
                // `according to X, "..."`
                if sep == "," {
                    if let Some(r) = self.according_to_before(c, smin) {
                        return Some(mk(QuoteKind::Direct, r.0, Some(r.1), "quote.according_to"));
                    }
                }
            }
            if colon && c > smin {
                // `... text from X: '...'`
                let mut k = c;
                while k > smin && c - k <= MAX_SOURCE_TOKENS {
                    k -= 1;
                    if self.lw(k) == "from" && k + 1 < c {
                        if let Some(src) = self.source_after(k + 1, c) {
                            if src.1 == c {
                                return Some(mk(QuoteKind::Direct, (c, i), Some(src), "quote.headline_from"));
                            }
                        }
                        break;
                    }
                }
                // a cue verb earlier in the clause: `X told reporters: "..."`
                let mut k = c;
                while k > smin && c - k <= 6 {
                    k -= 1;
                    if self.is_punct(k) {
                        break;
                    }
                    if self.is_cue(k) && !self.is_cap(k) {
                        let a = self.aux_start(k, smin);
                        if let Some(src) = self.source_before(a, smin) {
                            return Some(mk(QuoteKind::Direct, (a, k + 1), Some(src), "quote.source_said_colon"));
                        }
                        break;
                    }
                }
                // `X: "..."`: a name (or a short noun phrase) that opens the sentence
                if let Some(src) = self.source_before(c, smin) {
                    if src.0 == smin && src.1 - src.0 <= 5 {
                        // "Stated Stone:", "Continued Stone:": a capitalised cue verb before the name
                        if src.1 - src.0 >= 2 && self.is_cue(src.0) {
                            return Some(mk(
                                QuoteKind::Direct,
                                (src.0, src.0 + 1),
                                Some((src.0 + 1, src.1)),
                                "quote.said_source",
                            ));
                        }
                        return Some(mk(QuoteKind::Direct, (c, i), Some(src), "quote.colon"));
                    }
                }
                // `Mark Mahaney, an analyst, agreed: "..."`, `And Mr. Christie gloated: "..."`: any verb phrase
                // between the sentence's subject and the colon
                if let Some(subj) = self.subject_np(smin, c) {
                    let mut subj = subj;
                    // an apposition after the subject: "Mark Mahaney, technology analyst at RBC,"
                    if self.is_text(subj.1, ",") {
                        if let Some(x) = (subj.1 + 1..c).find(|&x| self.is_text(x, ",")) {
                            if x + 1 < c {
                                subj = (subj.0, x + 1);
                            }
                        }
                    }
                    let vp = subj.1;
                    if vp < c
                        && c - vp <= 6
                        && !self.is_cap(vp)
                        && !self.is_punct(vp)
                        && (vp..c).all(|x| !self.is_punct(x))
                    {
                        return Some(mk(QuoteKind::Direct, (vp, i), Some(subj), "quote.verb_colon"));
                    }
                }
            }
        }
        // more of the previous attribution's speech
        if sentence_start || drafts.last().is_some_and(|d| d.cue.is_some()) {
            if let Some(prev) = drafts.last() {
                let prev_end = prev.contents.iter().map(|c| c.1).max().unwrap_or(0);
                let fills = close >= p1 || (close..p1).all(|x| self.is_punct(x));
                let near =
                    prev.paragraph == first.paragraph || (prev.paragraph + 1 == first.paragraph && open == p0 && fills);
                // (a content with words before its quotation, `Sooner or later, "..."`, ends with the mark)
                let direct = matches!(prev.kind, QuoteKind::Direct | QuoteKind::Partial)
                    && prev.contents.iter().all(|c| {
                        self.text(self.doc.token_at_or_after(c.0))
                            .chars()
                            .next()
                            .is_some_and(|ch| !ch.is_alphanumeric())
                            || self.doc.text.get(..c.1).and_then(|t| t.chars().next_back()).is_some_and(is_quote_char)
                    });
                if near && direct && prev_end <= first.start {
                    // `"A," she said, adding, "B."`: a participle of saying right before the quotation makes it an
                    // attribution of its own, by the same speaker (rule "quote.participle_continues")
                    // (also `she said, adding: "B."`)
                    let pv =
                        open.saturating_sub(if matches!(self.text(open.saturating_sub(1)), "," | ":") { 2 } else { 1 });
                    if pv > 0
                        && self.part_cue(pv)
                        && self.is_text(pv - 1, ",")
                        && !prev.sources.is_empty()
                        && self.doc.tokens.get(pv).is_some_and(|t| t.start >= prev_end)
                        && prev.cue.is_some_and(|c| self.doc.tokens.get(pv).is_some_and(|t| t.start >= c.1))
                    {
                        return Some(Draft {
                            kind: QuoteKind::Direct,
                            cue: Some(self.span_toks(pv, pv + 1)),
                            sources: prev.sources.clone(),
                            contents,
                            rule: "quote.participle_continues",
                            paragraph: last.paragraph,
                        });
                    }
                    // nothing but the previous attribution between them
                    let gap = self.doc.token_at_or_after(prev_end);
                    let prev_cue_end =
                        prev.cue.map_or(0, |c| c.1).max(prev.sources.iter().map(|s| s.1).max().unwrap_or(0));
                    let after_cue = self.doc.token_at_or_after(prev_cue_end.max(prev_end));
                    let mut between = open.saturating_sub(after_cue);
                    // `"...," X said in a statement. "..."` / `"...," X said during the interview in Macau, "..."`:
                    // the quotation is in the cue's sentence or opens the next one
                    if let Some(ct) = prev.cue.map(|c| self.doc.token_at_or_after(c.0)) {
                        let cue_sentence_end = self.sentence_toks(ct).1;
                        // (a participle after a comma is the same speaker's: ", referencing a super PAC")
                        // (an -ing form inside the adverbial describes: "hundreds of screaming supporters"; "when
                        // asked ..." is a question put to the same speaker)
                        let no_other_cue = (after_cue..open).all(|x| {
                            !self.is_cue(x)
                                || self.is_cap(x)
                                || self.lw(x).ends_with("ing")
                                || (self.lw(x) == "asked" && x > 0 && is_in(ASKED_OPENERS, self.lw(x - 1)))
                        });
                        if prev.paragraph == first.paragraph
                            && ct >= gap
                            && open <= cue_sentence_end
                            && no_other_cue
                            && open.saturating_sub(after_cue) <= 40
                        {
                            between = between.min(1);
                        }
                    }
                    if gap <= open
                        && between <= 2
                        && (sentence_start
                            || (between >= 1 && matches!(self.text(open - 1), "," | "." | ":" | "—" | "–" | "-")))
                    {
                        return Some(Draft {
                            kind: QuoteKind::Direct,
                            cue: None,
                            sources: Vec::new(),
                            contents,
                            rule: "quote.continues",
                            paragraph: last.paragraph,
                        });
                    }
                }
            }
        }
        None
    }

    /// The index of the reported-speech draft that a whole quoted sentence continues: the quotation opens the
    /// sentence right after the draft's content (only its period between) in the same paragraph, and ends its
    /// own sentence.
    fn continues_indirect(&self, g: &QuoteGroup, drafts: &[Draft], used: &[bool]) -> Option<usize> {
        let q = *g.first()?;
        let last = *g.last()?;
        if !last.closed || g.len() > 1 {
            return None;
        }
        let open = self.doc.token_at_or_after(q.start);
        let close = self.doc.token_at_or_after(last.end);
        if self.used_any(used, open, close) || self.sentence_toks(open).0 != open || self.is_title(open, close) {
            return None;
        }
        // the quotation ends its sentence: `."` then the sentence's (or paragraph's) end
        let (_, se) = self.sentence_toks(open);
        let mut ie = close.saturating_sub(1);
        while ie > open && self.is_quote_tok(ie) {
            ie -= 1;
        }
        if !matches!(self.text(ie), "." | "!" | "?") || close < se {
            return None;
        }
        let (di, d) = drafts.iter().enumerate().rev().take(6).find(|(_, d)| {
            d.paragraph == q.paragraph && d.contents.iter().map(|c| c.1).max().is_some_and(|e| e <= q.start)
        })?;
        if d.kind != QuoteKind::Indirect || d.cue.is_none() || d.rule.starts_with("indirect.according_to") {
            return None;
        }
        let cend = self.doc.token_at_or_after(d.contents.iter().map(|c| c.1).max()?);
        let cue_end = self.doc.token_at_or_after(d.cue.map_or(0, |c| c.1));
        let after = cend.max(cue_end);
        (after <= open && open - after <= 1 && (after..open).all(|x| matches!(self.text(x), "." | "!" | "?")))
            .then_some(di)
    }

    /// "X is confident that ...", "X are convinced that ...", "X was eager to ...", "X made (it) clear that ...":
    /// the adjective of `tables::ATTITUDE_ADJECTIVES` after a form of "be" (or "made it clear") is the cue.
    fn attitude(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        let w = self.lw(k);
        let next = self.lw(k + 1);
        if k < s0 + 2 || !matches!(next, "that" | "to" | "about" | "of" | "he" | "she" | "they" | "it" | "the") {
            return None;
        }
        let mut b = k;
        if w == "clear" {
            // "made it clear", "made clear", "makes it clear"
            let mut v = k - 1;
            if self.lw(v) == "it" {
                v -= 1;
            }
            if !matches!(self.lw(v), "made" | "make" | "makes" | "making") || next != "that" {
                return None;
            }
            b = v;
        } else if self.has(k, WC_ATTITUDE_ADJECTIVES) {
            while b > s0 + 1
                && b + 3 > k
                && matches!(
                    self.lw(b - 1),
                    "very" | "so" | "not" | "n't" | "also" | "still" | "now" | "more" | "less" | "increasingly"
                )
            {
                b -= 1;
            }
            if !matches!(
                self.lw(b - 1),
                "is" | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "am"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "seemed"
                    | "appeared"
            ) {
                return None;
            }
            b -= 1;
        } else {
            return None;
        }
        let a = self.aux_start(b, s0);
        let src = self.source_before(a, s0).map(|x| self.extend_source_back(x, s0))?;
        let st = k + 1;
        let mut e = cend.min(st + MAX_CONTENT_TOKENS);
        for j in st + 1..e {
            let iq = in_quote.get(j).copied().unwrap_or(false);
            if (used.get(j).copied().unwrap_or(false) && !iq) || (self.is_text(j, ";") && !iq) {
                e = j;
                break;
            }
        }
        while e > st && matches!(self.text(e - 1), "," | ";" | "—" | "–") {
            e -= 1;
        }
        if e <= st + 1 || self.used_any(used, a, k + 1) {
            return None;
        }
        Some(self.indirect_draft((a, k + 1), Some(src), (st, e), "indirect.attitude", paragraph))
    }

    /// `according to X,` ending just before token `c` (the comma): ((cue), (source)).
    fn according_to_before(&self, c: usize, min: usize) -> Option<((usize, usize), (usize, usize))> {
        let mut k = c;
        while k > min + 1 && c - k <= MAX_SOURCE_TOKENS {
            k -= 1;
            if self.lw(k - 1) == "according" && self.lw(k) == "to" {
                let src = self.according_source(k + 1, c)?;
                return (src.1 == c).then_some(((k - 1, k + 1), src));
            }
        }
        None
    }

    /// A title of a work in quotation marks ("The Old Man and the Sea"): a few words, all capitalised but for short
    /// function words, and no sentence punctuation inside.
    fn is_title(&self, open: usize, close: usize) -> bool {
        let mut inner: Vec<usize> = (open..close).filter(|&i| !self.is_quote_tok(i)).collect();
        if inner.last().is_some_and(|&i| matches!(self.text(i), "," | ".")) {
            inner.pop(); // `“Morning Joe,”`
        }
        if inner.is_empty()
            || inner.len() > 10
            || inner.iter().any(|&i| matches!(self.text(i), "." | "," | "!" | "?" | ";"))
        {
            return false;
        }
        let words: Vec<usize> = inner.into_iter().filter(|&i| !self.is_punct(i)).collect();
        words.len() >= 2
            && words.first().is_some_and(|&i| self.is_cap(i))
            && words.iter().all(|&i| {
                self.is_cap(i)
                    || matches!(
                        self.lw(i),
                        "of" | "the" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "with" | "at" | "by" | "or"
                    )
            })
    }

    /// A quoted fragment after a framing verb in its sentence: "called the actions "truly extraordinary"".
    fn framed_fragment(&self, g: &QuoteGroup, used: &[bool]) -> Option<Draft> {
        let q = *g.first()?;
        if g.len() > 1 || !q.closed {
            return None;
        }
        let open = self.doc.token_at_or_after(q.start);
        let close = self.doc.token_at_or_after(q.end);
        let (s0, _) = self.sentence_toks(open);
        if open <= s0 || self.used_any(used, open, close) {
            return None;
        }
        let inner: Vec<usize> = (open..close).filter(|&i| !self.is_punct(i)).collect();
        // a title of a work: every word capitalised
        if inner.len() >= 2
            && inner.iter().all(|&i| {
                self.is_cap(i) || matches!(self.lw(i), "of" | "the" | "a" | "an" | "and" | "in" | "on" | "to" | "for")
            })
        {
            return None;
        }
        if inner.len() < 2 {
            return None;
        }
        let mut k = open;
        while k > s0 && open - k <= 12 {
            k -= 1;
            if is_in(FRAMING_VERBS, self.lw(k)) && !self.used_any(used, k, k + 1) {
                let a = self.aux_start(k, s0);
                // the subject of the verb: just before it, or the sentence's subject ("..., calling the detention ...")
                let src = self.source_before(a, s0).or_else(|| {
                    if a > s0 && self.is_text(a - 1, ",") {
                        let x = self.subject_np(s0, a)?;
                        // "Raphael Lemkin, who coined the word genocide, once said": the subject with what stands
                        // between commas after it (rule "source.framing_subject")
                        let finite = !self.lw(k).ends_with("ing");
                        Some(if finite && self.is_text(x.1, ",") && x.1 + 2 < a { (x.0, a) } else { x })
                    } else if a > s0
                        && (matches!(self.lw(a - 1), "and" | "but" | ")")
                            || is_in(FRAMING_SUBJECT_ADVERBS, self.lw(a - 1)))
                    {
                        // "Hayek confirmed she had been and said, ...", "Sen. Warren (D-MA) said", "Carter however
                        // said": the sentence's subject (rule "source.framing_subject")
                        self.subject_np(s0, a)
                    } else {
                        None
                    }
                });
                return Some(Draft {
                    kind: QuoteKind::Partial,
                    cue: Some(self.span_toks(a, k + 1)),
                    sources: src.map(|(x, y)| self.span_toks(x, y)).into_iter().collect(),
                    contents: vec![(q.start, q.end)],
                    rule: "partial.framing",
                    paragraph: q.paragraph,
                });
            }
            if self.is_quote_tok(k) {
                break;
            }
        }
        None
    }

    /// Pass 3: reported speech without quotation marks in sentence `si`.
    fn indirect(&self, si: usize, used: &mut [bool], in_quote: &[bool], drafts: &mut Vec<Draft>) {
        let Some(sent) = self.doc.sentences.get(si) else { return };
        let (s0, s1) = (sent.tok_start, sent.tok_end);
        let paragraph = sent.paragraph;
        // the end of content: the sentence's end without its final period
        let mut cend = s1;
        if cend > s0 && matches!(self.text(cend - 1), "." | "!" | "?" | ";" | ":") {
            cend -= 1;
        }
        // "Pat Caddell: Democrats worried ..." (headlines, interview transcripts): a name that opens its paragraph
        if let Some(dr) = self.colon_line(si, used) {
            self.mark(used, &dr);
            drafts.push(dr);
        }
        if let Some(dr) = self.in_source(s0, cend, used, in_quote, paragraph) {
            self.mark(used, &dr);
            drafts.push(dr);
        }
        // "..., according to a publishing executive.": the clause before is the content, before any verb in it
        // takes it
        if let Some(k) = (s0 + 2..s1).find(|&k| {
            self.has(k, WC_INDIRECT_START)
                && self.lw(k) == "according"
                && self.lw(k + 1) == "to"
                && self.is_text(k - 1, ",")
                && !in_quote.get(k).copied().unwrap_or(true)
                && !used.get(k).copied().unwrap_or(true)
        }) {
            if let Some(src) = self.according_source(k + 2, s1) {
                let lo = s0.max(k.saturating_sub(MAX_CONTENT_TOKENS));
                let b = (lo..k).rev().find(|&x| used.get(x).copied().unwrap_or(false)).map_or(lo, |x| x + 1);
                let e = k - 1;
                if e > b + 1 && (src.1 >= cend || self.is_text(src.1, ",")) {
                    let dr = Draft {
                        kind: QuoteKind::Indirect,
                        cue: Some(self.span_toks(k, k + 2)),
                        sources: vec![self.span_toks(src.0, src.1)],
                        contents: vec![self.span_toks(b, e)],
                        rule: "indirect.according_to",
                        paragraph,
                    };
                    self.mark(used, &dr);
                    drafts.push(dr);
                }
            }
        }
        // "..., Frankel said." / "..., said Frankel, a ...": the whole sentence is the content
        if let Some(dr) = self.inverted_tail(s0, cend, used, in_quote, paragraph) {
            self.mark(used, &dr);
            drafts.push(dr);
            return;
        }
        // a headline ("Bernie Sanders Says He's Already Writing His Inaugural Address"): a short paragraph of one
        // sentence with most words capitalised, where a capitalised cue verb is still a verb
        let headline = self.paragraph_toks(paragraph) == (s0, s1) && {
            let (mut words, mut caps) = (0usize, 0usize);
            for i in s0..s1 {
                if self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) {
                    words += 1;
                    caps += usize::from(self.is_cap(i));
                }
            }
            (4..=25).contains(&words) && caps * 10 >= words * 7
        };
        let mut k = s0;
        while k < s1 {
            // a word at which none of the rules below can start (`tables::INDIRECT_GATE`: the words they test by
            // name, their word classes and the cue verbs), without a manner adverb before it (`manner_verb`), is
            // passed over at one test
            if !self.has(k, INDIRECT_GATE) && !(k > s0 && self.has(k - 1, WC_MANNER_ADVERBS)) {
                k += 1;
                continue;
            }
            if used.get(k).copied().unwrap_or(true) || in_quote.get(k).copied().unwrap_or(true) || self.is_punct(k) {
                k += 1;
                continue;
            }
            let w = self.lw(k);
            // according to X, ... / ..., according to X.
            if w == "according" && self.lw(k + 1) == "to" {
                if let Some(src) = self.according_source(k + 2, s1) {
                    let after = src.1;
                    // "According to X, ...", also after "But", "And so," or "(" (rule "indirect.according_to")
                    let opens = (s0..k).all(|i| is_in(SENTENCE_LEADERS, self.lw(i)));
                    let d = if self.is_text(after, ",") && after + 1 < cend && opens {
                        // "(According to X, ...)": without the closing parenthesis and its period
                        let mut e = cend;
                        while self.is_text(s0, "(") && e > after + 2 && matches!(self.text(e - 1), ")" | ".") {
                            e -= 1;
                        }
                        Some((after + 1, e))
                    } else if k > s0 + 1 {
                        let mut e = k;
                        while e > s0 && matches!(self.text(e - 1), "," | "—" | "–" | "(") {
                            e -= 1;
                        }
                        // after any words another attribution already took
                        let lo = s0.max(e.saturating_sub(MAX_CONTENT_TOKENS));
                        let mut b =
                            (lo..e).rev().find(|&x| used.get(x).copied().unwrap_or(false)).map_or(lo, |x| x + 1);
                        while b < e && (self.is_punct(b) && !self.is_quote_tok(b)) {
                            b += 1;
                        }
                        Some((b, e))
                    } else {
                        None
                    };
                    if let Some((a, b)) = d.filter(|&(a, b)| b > a + 1 && !self.used_any(used, a, b)) {
                        let dr = Draft {
                            kind: QuoteKind::Indirect,
                            cue: Some(self.span_toks(k, k + 2)),
                            sources: vec![self.span_toks(src.0, src.1)],
                            contents: vec![self.span_toks(a, b)],
                            rule: "indirect.according_to",
                            paragraph,
                        };
                        self.mark(used, &dr);
                        drafts.push(dr);
                        k = src.1;
                        continue;
                    }
                }
                k += 1;
                continue;
            }
            // "Asked whether ..., 72 percent said ...": a question put to an unnamed source
            // also inside a sentence after "when", "after being" ("Christie said when asked whether ...")
            if w == "asked"
                && (k == s0 || (k > s0 && is_in(ASKED_OPENERS, self.lw(k - 1))))
                && is_in(ASKED_FOLLOWERS, self.lw(k + 1))
            {
                if let Some(comma) = (k + 2..cend)
                    .find(|&i| self.is_text(i, ",") && !in_quote.get(i).copied().unwrap_or(true))
                    .or_else(|| (k > s0 && cend > k + 2).then_some(cend))
                {
                    let mut e = comma;
                    while e > k + 2 && self.is_quote_tok(e - 1) && self.is_text(e - 2, ",") {
                        e -= 1; // the comma inside a closing quotation mark: `president,”`
                    }
                    let e = if self.is_text(e - 1, ",") { e - 1 } else { e };
                    let dr = Draft {
                        kind: QuoteKind::Indirect,
                        cue: Some(self.span_toks(k, k + 1)),
                        sources: vec![],
                        contents: vec![self.span_toks(k + 1, e.max(k + 2))],
                        rule: "indirect.asked",
                        paragraph,
                    };
                    self.mark(used, &dr);
                    drafts.push(dr);
                    k = comma + 1;
                    continue;
                }
            }
            // "an ad titled “Scam.”", "a book titled ''The Day of the Donald,''": a work's quoted title, without a
            // source (rule "indirect.titled"; PolNeAR train: 10 of 16 "titled" are gold cues)
            if matches!(w, "titled" | "entitled") && self.is_quote_tok(k + 1) {
                let lim = s1.min(k + 2 + MAX_TITLE_TOKENS);
                let o = (k + 1..lim).find(|&i| !self.is_quote_tok(i)).unwrap_or(lim);
                if let Some(c) = (o + 1..lim).find(|&i| self.is_quote_tok(i)) {
                    let mut e = c + 1;
                    while e < lim && self.is_quote_tok(e) {
                        e += 1;
                    }
                    if !self.used_any(used, k, e) {
                        let dr = self.indirect_draft((k, k + 1), None, (k + 1, e), "indirect.titled", paragraph);
                        self.mark(used, &dr);
                        drafts.push(dr);
                        k = e;
                        continue;
                    }
                }
            }
            // in a headline a capitalised cue verb after the subject's name is a verb: "Pence Calls for ...", "Hayek
            // Described Her ...", "Sanders Told A Reporter ..." (rule "cue.headline")
            let headline_verb = headline
                && k > s0
                && (self.is_cue(k) || self.is_object(k))
                && (w.ends_with('s') || (w.ends_with("ed") || matches!(w, "told" | "said")) && self.is_cap(k - 1));
            // "Noting that ..., X said": a participle cue opening the sentence (read below as a gerund clause)
            let opening = k == s0 && is_in(PARTICIPLE_CUES, w) && self.lw(k + 1) != "to";
            if self.is_cap(k) && !headline_verb && !opening {
                k += 1;
                continue;
            }
            // "Trump is expected to deliver a speech", "the judge seemed baffled": an attitude without a source
            // "is (widely, not) expected to"
            let mut be = k;
            while be > s0 + 1 && k - be < 2 && self.has(be - 1, WC_EXPECTED_ADVERBS) {
                be -= 1;
            }
            let be_before = be > s0 && matches!(self.lw(be - 1), "is" | "are" | "was" | "were" | "be" | "been");
            let expected = w == "expected" && be_before && self.lw(k + 1) == "to";
            let seems = matches!(w, "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared")
                && (matches!(self.lw(k + 1), "to" | "not" | "never")
                    || (!self.is_punct(k + 1) && !self.has(k + 1, WC_NP_BOUNDARY)));
            if expected || seems {
                let a = if expected { be - 1 } else { self.aux_start(k, s0) };
                // "it seems likely that ...": the content leaves out the dummy "it" (rule "indirect.expected")
                let dummy_it = seems && a > s0 && self.lw(a - 1) == "it";
                let subject = if dummy_it {
                    Some((a, a))
                } else if a > s0 && matches!(self.lw(a - 1), "who" | "which" | "that" | "it" | "they") {
                    // "delegates who are expected to ...", "It is expected to rise": the pronoun is the subject
                    Some((a - 1, a))
                } else {
                    // "Enthusiasm for Clinton appears": a noun phrase with its prepositional phrase
                    match self.source_before(a, s0) {
                        Some(x) if x.0 > s0 && self.has(x.0 - 1, WC_SUBJECT_PREPOSITIONS) => {
                            self.clause_subject(a, s0).filter(|y| y.0 < x.0).or(Some(x))
                        }
                        Some(x) => Some(x),
                        None => self.clause_subject(a, s0),
                    }
                };
                if let Some(subj) = subject {
                    let mut e = cend.min(k + MAX_CONTENT_TOKENS);
                    for j in k + 2..e {
                        if (self.is_text(j, ",") || self.is_text(j, ";")) && !in_quote.get(j).copied().unwrap_or(false)
                        {
                            e = j;
                            break;
                        }
                    }
                    if e > k + 1 && !self.used_any(used, k + 1, e) {
                        let dr = Draft {
                            kind: QuoteKind::Indirect,
                            cue: Some(self.span_toks(a, k + 1)),
                            sources: vec![],
                            contents: if subj.1 > subj.0 {
                                vec![self.span_toks(subj.0, subj.1), self.span_toks(k + 1, e)]
                            } else {
                                vec![self.span_toks(k + 1, e)]
                            },
                            rule: "indirect.expected",
                            paragraph,
                        };
                        self.mark(used, &dr);
                        drafts.push(dr);
                        k = e;
                        continue;
                    }
                }
            }
            // rules that make a whole attribution from the word at `k`, in this order: "was asked" (passive
            // questions), noun cues, hearsay adverbs, attitudes ("X is confident that ...", "X was eager to ...",
            // "X made it clear that ...", rule "indirect.attitude") and nouns of intention
            let made = self
                .passive_asked(k, s0, cend, used, in_quote, paragraph)
                .or_else(|| self.noun_cue(k, s0, cend, used, in_quote, paragraph))
                .or_else(|| self.passive(k, s0, cend, used, in_quote, paragraph))
                .or_else(|| self.as_put(k, s0, cend, used, in_quote, paragraph))
                .or_else(|| self.hearsay_adverb(k, s0, cend, used, in_quote, paragraph))
                .or_else(|| self.attitude(k, s0, cend, used, in_quote, paragraph))
                .or_else(|| self.nominal(k, s0, cend, used, in_quote, paragraph));
            if let Some(dr) = made {
                self.mark(used, &dr);
                let e = dr.contents.last().map_or(k + 1, |c| self.doc.token_at_or_after(c.1));
                drafts.push(dr);
                k = e.max(k + 1);
                continue;
            }
            // "continues to insist": the infinitive takes the cue, with the verb before it (rule "cue.catenative")
            if self.has(k, WC_CATENATIVE_VERBS) && self.lw(k + 1) == "to" && self.catenated(k + 2) {
                k += 1;
                continue;
            }
            let called_for = self.has(k, WC_CALL_FOR) && self.lw(k + 1) == "for";
            // "Recent polling is showing ...": an -ing noun after a form of "be" is a verb (rule "cue.progressive")
            let cv = (if self.is_cue(k) { cue_verb(w) } else { None })
                .or_else(|| (k > s0 && self.has(k - 1, WC_PASSIVE_BE)).then(|| progressive_cue_verb(w)).flatten());
            let catenated = k >= s0 + 2 && self.catenated(k);
            // "Sanders visited a studio to discuss ...", "took to the talk shows to defend ...": an infinitive of purpose
            // reports the sentence's subject (rule "indirect.infinitive")
            let infinitive = !catenated
                && k >= s0 + 3
                && self.lw(k - 1) == "to"
                && self.inf_cue(k)
                && !self.is_cap(k)
                && !is_in(INFINITIVE_NOT_AFTER, self.lw(k - 2))
                && !self.has(k - 2, WC_INTENTION_VERBS)
                && !is_in(INFINITIVE_NOT_CUES, w)
                && !(self.lw(k - 2) == "on" && is_in(WENT_ON, self.lw(k - 3)))
                && !w.ends_with("ing")
                && !self.is_punct(k - 2);
            // "Trump plans to ...", "the campaign would like to ..." (rule "indirect.intention")
            let intention = self.lw(k + 1) == "to"
                && self.has(k, WC_INTENTION_VERBS)
                && (!is_in(MODAL_INTENTION_VERBS, w) || (k > s0 && matches!(self.lw(k - 1), "would" | "’d" | "'d")));
            let manner = cv.is_none() && !called_for && self.manner_verb(k, s0);
            let object = cv.is_none()
                && !called_for
                && (intention
                    || self.is_object(k)
                    || self.see_as(k)
                    || particle_follows(w, self.lw(k + 1))
                    || manner
                    || catenated
                    || infinitive
                    || (k >= s0 + 3 && self.lw(k - 2) == "on" && is_in(WENT_ON, self.lw(k - 3)) && self.inf_cue(k)));
            if cv.is_none() && !called_for && !object {
                k += 1;
                continue;
            }
            // an infinitive's cue keeps its "to" ("to discuss"), and the predicate before it when that follows the
            // subject closely ("took to Twitter to say", "met last week to discuss")
            let inf_subject = if infinitive { self.subject_np(s0, k - 1).filter(|x| x.1 < k - 1) } else { None };
            let a = match inf_subject {
                Some(x) if k - 1 - x.1 <= 8 && (x.1..k - 1).all(|i| !self.is_punct(i)) => x.1,
                _ if infinitive => k - 1,
                _ => self.aux_start(k, s0),
            };
            let prev_w = if a > s0 { self.lw(a - 1) } else { "" };
            // "a super PAC called Future45", "a book titled ...": a participle that names, not a judgement
            if matches!(w, "called" | "named" | "dubbed" | "titled" | "entitled" | "labeled" | "known")
                && a == k
                && (self.is_cap(k + 1) || self.is_quote_tok(k + 1))
                && self.source_before(a, s0).is_some_and(|x| (x.0..a).any(|i| matches!(self.lw(i), "a" | "an")))
                && {
                    // the name ends its clause: "called Future45." / "called Future45, which" (not "called Trump a
                    // bully")
                    let mut n = k + 1;
                    while n < s1 && n - k <= 6 && (self.is_cap(n) || self.is_quote_tok(n)) {
                        n += 1;
                    }
                    n >= s1 || self.is_punct(n) || self.has(n, WC_NP_BOUNDARY) || self.lw(n).ends_with("ed")
                }
            {
                k += 1;
                continue;
            }
            // "a think tank"
            if w == "think" && matches!(self.lw(k + 1), "tank" | "tanks") {
                k += 1;
                continue;
            }
            // "did not respond to a request for comment", "reported from Los Angeles", "you know,": no speech is
            // reported (rule "cue.non_reporting")
            if self.non_reporting(k) {
                k += 1;
                continue;
            }
            // "Trump's plan to ...", "added to his portfolio": nouns and non-reporting senses
            let possessive_before = prev_w.ends_with("’s") || prev_w.ends_with("'s") || matches!(prev_w, "’" | "'");
            if (is_in(NOUN_LIKE, w) && possessive_before)
                || (matches!(w, "added" | "adding" | "adds" | "add") && self.lw(k + 1) == "to")
            {
                k += 1;
                continue;
            }
            let plural_subject = prev_w.len() > 3
                && prev_w.ends_with('s')
                && !prev_w.ends_with("ss")
                && prev_w != "news"
                && !w.ends_with('s')
                && a > s0 + 1
                && !self.has(a - 2, WC_DETERMINERS);
            // "FEC reports show ...": a document noun before a verb of showing is the subject, not the cue
            if is_in(NOUN_LIKE, w) && is_in(DOCUMENT_HEADS, w) && is_in(DOCUMENT_VERBS, self.lw(k + 1)) {
                k += 1;
                continue;
            }
            // "A video of the episode shows ...", "a poll out this week shows ...": the document further back
            // (rule "indirect.document")
            let doc_subject = if is_in(DOCUMENT_VERBS, w) && a == k { self.document_subject(a, s0) } else { None };
            // "the candidate claims his net worth ...": a verb after a singular noun phrase (rule "cue.singular_subject")
            let singular_subject = is_in(SINGULAR_SUBJECT_VERBS, w)
                && a == k
                && a > s0 + 1
                && !prev_w.ends_with('s')
                && !is_in(DETERMINERS, prev_w)
                && !self.is_punct(a - 1)
                && (is_in(SINGULAR_VERB_FOLLOWERS, self.lw(k + 1)) || self.is_cap(k + 1))
                && self.source_before(a, s0).is_some_and(|x| x.1 == a && x.0 < a - 1 && self.has(x.0, WC_DETERMINERS));
            if is_in(NOUN_LIKE, w)
                && a == k
                && !singular_subject
                && !(a > s0 && self.is_cap(a - 1))
                && !(is_in(DOCUMENT_HEADS, prev_w) && cv.is_some())
                && doc_subject.is_none()
                && !(intention && a > s0 && !is_in(DETERMINERS, prev_w) && !self.is_punct(a - 1))
                && !is_in(PERSON_PRONOUNS, prev_w)
                && !matches!(prev_w, "they" | "i" | "we" | "who" | "which" | "that")
                && !plural_subject
            {
                k += 1;
                continue;
            }
            // a gerund is a cue only as a verb: "..., saying", "and adding", "was telling" (not "writing professor");
            // also after a comma inside a closing quotation mark (`"a disaster," citing ...`)
            // "..., with 30 percent of voters saying they ...": a poll's share speaks through its gerund (rule
            // "source.poll_share")
            let poll_share = w.ends_with("ing")
                && cv.is_some()
                && self.source_before(a, s0).is_some_and(|x| {
                    x.1 == a
                        && x.0 > s0
                        && self.lw(x.0 - 1) == "with"
                        && (self.doc.tokens.get(x.0).is_some_and(|t| t.kind == TokenKind::Number)
                            || is_in(QUANTIFIERS, self.lw(x.0)))
                });
            let reduced_relative = self.reduced_relative(k, a, s0, prev_w, cv.is_some() || object) && !poll_share;
            // "Noting that ..., X said": a participle cue opening the sentence is such a clause too (rule
            // "indirect.opening_participle")
            let opening_participle = a == s0 && a == k && self.is_cap(a) && is_in(PARTICIPLE_CUES, w);
            let gerund_clause = w.ends_with("ing")
                && a == k
                && (is_in(GERUND_PREPOSITIONS, prev_w) || opening_participle)
                && !is_in(GERUNDS_NOT_REDUCED, w);
            if w.ends_with("ing")
                && a == k
                && !poll_share
                && !reduced_relative
                && !gerund_clause
                && !(a > s0 + 1 && self.comma_quote_before(a))
                && !matches!(
                    prev_w,
                    "," | "and"
                        | "by"
                        | "after"
                        | "while"
                        | "when"
                        | "before"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "been"
                        | "be"
                        | "without"
                        | "of"
                        | "—"
                        | "–"
                )
            {
                k += 1;
                continue;
            }
            let verb_end = if called_for { k + 2 } else { self.cue_end(k).min(cend.max(k + 1)) };
            // "..., said X."
            let f = self.lw(verb_end);
            // (a source in lower case, "..., said several observers", "..., says political scientist X", only
            // without a verb of its own: "..., said officials expected a delay" is a cue and its content)
            let lower_source = !self.is_cap(verb_end)
                && !self.is_punct(verb_end)
                && !is_in(COMPLEMENTIZERS, f)
                && !is_in(FINITE_AUXILIARIES, f)
                && !matches!(f, "it" | "we" | "i" | "you" | "to" | "so" | "this" | "these" | "those" | "his" | "her");
            if prev_w == ","
                && cv.is_some()
                && !w.ends_with("ing")
                && (self.is_cap(verb_end) || matches!(f, "the" | "a" | "an" | "he" | "she" | "they") || lower_source)
            {
                if let Some(src) = self.source_after(verb_end, cend).filter(|s| {
                    self.is_cap(verb_end)
                        || matches!(f, "the" | "a" | "an" | "he" | "she" | "they")
                        || !self.has_main_verb(s.0, s.1)
                }) {
                    if src.1 >= cend || self.is_text(src.1, ",") {
                        let src = self.with_apposition(src);
                        if let Some(dr) = self.inverted(s0, a, (a, verb_end), src, used, paragraph) {
                            self.mark(used, &dr);
                            drafts.push(dr);
                            k = src.1;
                            continue;
                        }
                    }
                }
            }
            // the source: a relative pronoun, the noun phrase before, or the sentence's subject
            // the source was found past an opening adverbial: the words before it are no content (rule
            // "source.after_opener"; "And on Tuesday, X, the chairman, said, ...")
            let mut past_opener = false;
            let (src, how) = if let Some(x) = doc_subject {
                (Some(x), "indirect.document")
            } else if matches!(prev_w, "who" | "which") {
                (Some((a - 1, a)), "indirect.relative")
            } else if prev_w == "it"
                && a == k
                && is_in(IT_SPEECH_VERBS, w)
                && (a - 1 == s0 || self.is_punct(a - 2) || matches!(self.lw(a - 2), "and" | "but"))
            {
                // "It said it decided ...": an organisation or a document named before
                (Some((a - 1, a)), "")
            } else if infinitive {
                (inf_subject, "indirect.infinitive")
            } else if let Some(x) = self.source_before(a, s0).map(|x| self.extend_source_back(x, s0)).map(|x| {
                // "Jeb Bush and Chris Christie say": a plural verb takes both conjuncts
                let plural = matches!(self.lw(a), "have" | "are" | "were")
                    || (!w.ends_with('s')
                        && !w.ends_with("ed")
                        && !matches!(w, "said" | "told" | "wrote" | "thought" | "found" | "felt" | "knew" | "saw"));
                // a past tense does not tell the number: both conjuncts when both are names and the first opens
                // the clause ("Sen. Susan Collins and Rep. Louis Gohmert suggested")
                let past = !w.ends_with('s');
                if (plural || past) && x.0 > s0 + 1 && self.lw(x.0 - 1) == "and" {
                    match self.source_before(x.0 - 1, s0) {
                        Some(y)
                            if y.1 == x.0 - 1
                                && x.1 - y.0 <= 16
                                && (plural
                                    || (self.is_cap(y.0)
                                        && self.is_cap(x.0)
                                        && (y.0 == s0 || self.is_punct(y.0 - 1)))) =>
                        {
                            (y.0, x.1)
                        }
                        _ => x,
                    }
                } else {
                    x
                }
            }) {
                (Some(x), "")
            } else if let Some(x) = self.relative_subject(a, s0) {
                (Some(x), "")
            } else if self.part_cue(k)
                && (matches!(prev_w, "," | "—" | "–" | "-") || (a > s0 + 1 && self.comma_quote_before(a)))
            {
                // `"...," Anderson said, adding that ...`: the speaker of the attribution just before in this
                // sentence, else the sentence's subject
                let lo = self.doc.tokens.get(s0).map_or(0, |t| t.start);
                let hi = self.doc.tokens.get(a).map_or(0, |t| t.start);
                let earlier = self
                    .nearby_drafts(drafts, hi)
                    .filter(|d| {
                        d.cue.is_some_and(|c| c.1 <= hi && c.1 >= lo)
                            || d.sources.iter().any(|x| x.1 <= hi && x.1 >= lo)
                    })
                    .max_by_key(|d| d.cue.map_or(0, |c| c.1))
                    .or_else(|| {
                        // `"... this race," adding that ...`: the speaker of the quotation that closes just before
                        let q = if self.is_quote_tok(a - 1) { a - 1 } else { a.saturating_sub(2) };
                        let qe = self.doc.tokens.get(q).filter(|_| self.is_quote_tok(q)).map(|t| t.end)?;
                        self.nearby_drafts(drafts, hi).find(|d| d.contents.iter().any(|c| c.1 == qe))
                    })
                    .and_then(|d| d.sources.first().copied());
                match earlier {
                    Some((x, y)) => {
                        (Some((self.doc.token_at_or_after(x), self.doc.token_at_or_after(y))), "indirect.participle")
                    }
                    None => {
                        (self.subject_np(s0, a).or_else(|| self.subject_after_opener(s0, a)), "indirect.participle")
                    }
                }
            } else if gerund_clause {
                // "by saying ...", "after announcing ...": the speaker of the clause (rule "indirect.gerund_clause")
                let rule = if opening_participle { "indirect.opening_participle" } else { "indirect.gerund_clause" };
                (self.gerund_clause_subject(s0, a, cend, drafts), rule)
            } else if matches!(prev_w, "-" | "—" | "–") && a > s0 + 2 {
                // "Donald Trump - who previously said ... - said": the subject before the dashes
                let open =
                    (a.saturating_sub(40).max(s0)..a - 1).rev().find(|&x| matches!(self.text(x), "-" | "—" | "–"));
                match open.and_then(|o| self.source_before(o, s0).map(|x| (x.0, a - 1))) {
                    Some(x) => (Some(x), ""),
                    None => (None, ""),
                }
            } else if prev_w == "and" || prev_w == "but" {
                // the subject of the verb before it in this sentence ("in which Rutte congratulated ... and said"),
                // else the sentence's subject
                let lo = self.doc.tokens.get(s0).map_or(0, |t| t.start);
                let hi = self.doc.tokens.get(a).map_or(0, |t| t.start);
                let earlier = self
                    .nearby_drafts(drafts, hi)
                    .filter(|d| d.cue.is_some_and(|c| c.0 >= lo && c.1 <= hi))
                    .max_by_key(|d| d.cue.map_or(0, |c| c.1))
                    .and_then(|d| d.sources.first().copied());
                match earlier {
                    Some((x, y)) => {
                        (Some((self.doc.token_at_or_after(x), self.doc.token_at_or_after(y))), "indirect.coordinated")
                    }
                    None => {
                        (self.subject_np(s0, a).or_else(|| self.subject_after_opener(s0, a)), "indirect.coordinated")
                    }
                }
            } else if prev_w == "," {
                // "Chris Cox, who runs the NRA's lobbying arm, says ...": the subject with its apposition
                // but an interjected adverbial is not part of it ("Humphrey, for example, said", "Clinton, during a
                // town hall meeting, said", "Archer, wearing a T-shirt, said": rule "source.interjection")
                let interjected = |x: (usize, usize)| {
                    self.is_text(x.1, ",")
                        && x.1 + 1 < a
                        && (is_in(INTERJECTION_OPENERS, self.lw(x.1 + 1))
                            || (self.lw(x.1 + 1).ends_with("ing") && !self.is_cap(x.1 + 1)))
                };
                // "As a part of his plea, Marcel Lazar, 44, said": the subject after an opening adverbial (rule
                // "source.after_opener")
                let after_opener = || {
                    // "And on Tuesday, X, the chairman, said", "Alarmed by the unrest, X, the leader, said": a
                    // conjunction before the opener, or a participle with its preposition as the opener (rule
                    // "source.after_opener", `tables::OPENER_CONJUNCTIONS`, `OPENING_PARTICIPLE_PREPOSITIONS`)
                    let s = if is_in(OPENER_CONJUNCTIONS, self.lw(s0)) { s0 + 1 } else { s0 };
                    let w = self.lw(s);
                    let participle =
                        w.len() > 4 && w.ends_with("ed") && is_in(OPENING_PARTICIPLE_PREPOSITIONS, self.lw(s + 1));
                    if !is_in(INTERJECTION_OPENERS, w) && !participle {
                        return None;
                    }
                    let c = (s + 1..a.saturating_sub(2)).find(|&i| self.is_text(i, ","))?;
                    self.subject_np(c + 1, a).filter(|x| x.0 == c + 1 && self.is_text(x.1, ","))
                };
                let np = self.subject_np(s0, a).filter(|x| x.0 <= s0 + 3 && a - x.0 <= 40);
                let opened = if np.is_none() { after_opener() } else { None };
                past_opener = opened.is_some();
                (
                    np.or(opened).or_else(|| self.described_subject(s0, a)).map(|x| {
                        if interjected(x) {
                            x
                        } else {
                            (x.0, a)
                        }
                    }),
                    "",
                )
            } else {
                (None, "")
            };
            let how = if reduced_relative && how.is_empty() { "indirect.reduced_relative" } else { how };
            // "After announcing his support, Rubio ...": an opening clause's content ends at its comma
            let opening_clause = gerund_clause && (a == s0 + 1 || opening_participle);
            // "A leaflet urging residents to save water reached every house": a reduced relative inside the
            // sentence's subject ends where the main predicate begins
            let subject_relative = how == "indirect.reduced_relative" && src.is_some_and(|x| x.0 <= s0 + 1);
            if let Some(src) = src {
                // "The golf industry, he said, was over-supplied": the content around a parenthetical cue
                let p0 = s0.max(src.0.saturating_sub(MAX_CONTENT_TOKENS));
                if how.is_empty()
                    && !past_opener
                    && src.0 > p0 + 1
                    && self.is_text(src.0 - 1, ",")
                    && self.is_text(verb_end, ",")
                    && verb_end + 2 < cend
                    && !self.used_any(used, p0, src.0)
                {
                    let mut e = cend.min(verb_end + MAX_CONTENT_TOKENS);
                    for j in verb_end + 2..e {
                        if self.is_text(j, ";")
                            || (self.is_text(j, ",")
                                && (is_in(CONTRAST_OPENERS, self.lw(j + 1)) || self.part_cue(j + 1)))
                        {
                            e = j;
                            break;
                        }
                    }
                    // "A, an official said, adding that B": the participle is a cue of its own, read next (rule
                    // "cue.participle_after_parenthetical")
                    let adding = self.part_cue(verb_end + 1);
                    let mut contents = vec![self.span_toks(p0, src.0 - 1)];
                    if adding {
                        e = verb_end + 1;
                    } else {
                        contents.push(self.span_toks(verb_end + 1, e));
                    }
                    let dr = Draft {
                        kind: QuoteKind::Indirect,
                        cue: Some(self.span_toks(a, verb_end)),
                        sources: vec![self.span_toks(src.0, src.1)],
                        contents,
                        rule: "indirect.parenthetical",
                        paragraph,
                    };
                    self.mark(used, &dr);
                    drafts.push(dr);
                    k = e;
                    continue;
                }
                // content after the verb
                let mut c = verb_end;
                if self.is_text(c, ",") {
                    c += 1;
                }
                if c < cend && (self.is_quote_tok(c) || self.is_text(c, ":")) {
                    k += 1;
                    continue;
                }
                let class = cv.map_or(CueClass::Speech, |v| v.class);
                // "Outright victory is vital, he said after meeting aides, because ...": a cue after a comma with an
                // adverbial and no complementizer after it reports the clause before the comma ("indirect.inverted")
                if !called_for
                    && !object
                    && class == CueClass::Speech
                    && how.is_empty()
                    && src.0 > s0 + 2
                    && self.is_text(src.0 - 1, ",")
                    && c < cend
                    && is_in(INVERTED_ADVERBIAL_OPENERS, self.lw(c))
                    && !is_in(ADVERBIAL_OPENERS, self.lw(s0))
                    && !is_in(CONTRAST_OPENERS, self.lw(s0))
                    && !(c..cend.min(c + COMPLEMENTIZER_WINDOW))
                        .take_while(|&i| !self.is_punct(i))
                        .any(|i| self.has(i, WC_COMPLEMENTIZERS))
                {
                    if let Some(dr) = self.inverted(s0, src.0, (a, verb_end), src, used, paragraph) {
                        self.mark(used, &dr);
                        drafts.push(dr);
                        k = verb_end;
                        continue;
                    }
                }
                // "said on Friday (that) ...", "said in a statement (that) ...": the adverbials are neither content
                // nor (mostly, in PolNeAR) cue
                if !called_for && !object && class != CueClass::Object {
                    c = self.skip_adverbials(c, cend);
                }
                // a complementizer a little further on only past a recipient or an adverbial ("told CNN that")
                let may_skip = c < cend
                    && (class == CueClass::Tell
                        || is_in(ADVERBIAL_OPENERS, self.lw(c))
                        || is_in(TIME_WORDS, self.lw(c)));
                let comp = (c..cend.min(c + COMPLEMENTIZER_WINDOW))
                    .take_while(|&i| !self.is_punct(i) || self.is_text(i, ",") || self.is_quote_tok(i))
                    .find(|&i| self.has(i, WC_COMPLEMENTIZERS))
                    .filter(|&x| x == c || may_skip);
                let start = match (comp, class) {
                    _ if called_for || object => Some(c),
                    (Some(x), CueClass::Object) if x == c => Some(x),
                    (_, CueClass::Object) => Some(c),
                    (Some(x), _) if self.lw(x) == "that" || class != CueClass::Speech || x == c => Some(x),
                    (_, CueClass::Speech) => Some(c),
                    (Some(x), _) => Some(x),
                    (None, CueClass::Tell) => {
                        // skip the recipient: "told reporters", "told CNN's Jake Tapper"
                        let mut x = c;
                        while x < cend
                            && x - c < 6
                            && !self.is_punct(x)
                            && (self.is_cap(x)
                                || self.has(x, WC_DETERMINERS)
                                || matches!(
                                    self.lw(x),
                                    "reporters"
                                        | "him"
                                        | "her"
                                        | "them"
                                        | "us"
                                        | "me"
                                        | "voters"
                                        | "supporters"
                                        | "people"
                                        | "audience"
                                        | "crowd"
                                ))
                        {
                            x += 1;
                        }
                        // "told investors it ...": one plain noun, then the clause's subject
                        let n = self.lw(x + 1);
                        if x == c
                            && !self.is_punct(c)
                            && (is_in(PERSON_PRONOUNS, n)
                                || matches!(n, "they" | "it" | "we" | "i")
                                || is_in(DETERMINERS, n)
                                || self.is_cap(x + 1))
                        {
                            x += 1;
                        }
                        (x > c && x < cend).then_some(x)
                    }
                    (None, _) => None,
                };
                if let Some(st) = start {
                    // the content ends at the sentence's end, or before ", X said" / ", adding" / "and said"
                    let mut e = cend.min(st + MAX_CONTENT_TOKENS);
                    let rel_open = how == "indirect.relative" && a >= 2 && self.is_text(a - 2, ",");
                    for j in st + 1..e {
                        if used.get(j).copied().unwrap_or(false) && !in_quote.get(j).copied().unwrap_or(false) {
                            e = j;
                            break;
                        }
                        // an object's content ends at its clause: "called it a victory, and now ..."
                        let object_comma = (object || class == CueClass::Object)
                            && self.is_text(j, ",")
                            && (self.has(j + 1, WC_NP_BOUNDARY) || self.has(j + 1, WC_DETERMINERS))
                            && !self.list_goes_on(st, j);
                        let clause_comma = (opening_clause && self.is_text(j, ","))
                            || (subject_relative && j > st + 1 && self.main_predicate(j));
                        if (self.is_text(j, ";") || object_comma || clause_comma)
                            && !in_quote.get(j).copied().unwrap_or(false)
                        {
                            e = j;
                            break;
                        }
                        // the end of a parenthetical between dashes: "who said ... - said"
                        if matches!(self.text(j), "-" | "—" | "–")
                            && !in_quote.get(j).copied().unwrap_or(false)
                            && (self.is_cue(j + 1) || self.has(j + 1, WC_CUE_AUXILIARIES))
                        {
                            e = j;
                            break;
                        }
                        let nw = self.lw(j + 1);
                        // the writer's own addition at the end: ", which votes on March 1" (a non-restrictive
                        // relative clause)
                        if self.is_text(j, ",")
                            && j > st + 2
                            && !in_quote.get(j).copied().unwrap_or(false)
                            && matches!(nw, "which" | "who" | "whose" | "where")
                        {
                            e = j;
                            break;
                        }
                        // "Mr. Trump, who said last week that ..., issued a statement": a non-restrictive relative
                        // clause closes at the comma before the main clause's verb (rule "content.relative_close")
                        if rel_open
                            && self.is_text(j, ",")
                            && !in_quote.get(j).copied().unwrap_or(false)
                            && !self.is_cap(j + 1)
                            && (is_in(MAIN_VERB_OPENERS, nw)
                                || is_in(CUE_AUXILIARIES, nw)
                                || (nw.ends_with("ed") && nw.len() > 4))
                        {
                            e = j;
                            break;
                        }
                        // `the rule was "a disaster," citing ...`: the comma inside a closing quotation mark
                        if self.is_quote_tok(j) && j > st + 1 && self.is_text(j - 1, ",") && self.part_cue(j + 1) {
                            e = j + 1;
                            break;
                        }
                        // `were ''overblown,'' adding that ...`: the same after doubled single marks (rule
                        // "content.doubled_close_participle")
                        if self.is_text(j, "'")
                            && self.is_text(j + 1, "'")
                            && j > st + 1
                            && self.is_text(j - 1, ",")
                            && self.part_cue(j + 2)
                        {
                            e = j + 2;
                            break;
                        }
                        if self.is_text(j, ",")
                            && !in_quote.get(j).copied().unwrap_or(false)
                            && (nw == "according"
                                // "46 percent said yes, compared with 23 percent who ...": the writer's comparison
                                // (rule "content.compared_with")
                                || (nw == "compared" && matches!(self.lw(j + 2), "with" | "to"))
                                || self.part_cue(j + 1)
                                // "said A, but that B": reported speech goes on (rule "content.but_that")
                                || (is_in(CONTRAST_OPENERS, nw) && !(nw == "but" && is_in(BUT_GOES_ON, self.lw(j + 2))))
                                || self.is_cue(j + 1)
                                || self.clause_with_cue(j + 1, cend))
                        {
                            e = j;
                            break;
                        }
                        if matches!(self.lw(j), "and" | "but") && !in_quote.get(j).copied().unwrap_or(false) {
                            let v = (j + 1..(j + 4).min(cend)).find(|&x| !self.has(x, WC_CUE_AUXILIARIES));
                            // "..., and Smith said ...": a clause with a speaker and a cue of its own
                            if v.is_some_and(|v| (self.is_cue(v) && !self.has(v, WC_NOUN_LIKE)) || self.is_object(v))
                                || self.clause_with_cue(j + 1, cend)
                                || ((object || class == CueClass::Object)
                                    && v.is_some_and(|v| self.predicate_start(v) && !self.parallel_gerund(st, j, v)))
                            {
                                e = j;
                                break;
                            }
                        }
                    }
                    while e > st && matches!(self.text(e - 1), "," | ";" | "—" | "–" | "-") {
                        e -= 1;
                    }
                    // a content cut off by another attribution's words mid-phrase ("reveals text message from")
                    if e < cend
                        && e > st
                        && (self.has(e - 1, WC_DETERMINERS)
                            || matches!(self.lw(e - 1), "from" | "of" | "to" | "by" | "with" | "for"))
                    {
                        k += 1;
                        continue;
                    }
                    if e > st + 1 || (e > st && !self.is_punct(st)) {
                        let rule = if !how.is_empty() {
                            how
                        } else if called_for {
                            "indirect.called_for"
                        } else if intention {
                            "indirect.intention"
                        } else if manner {
                            "indirect.manner"
                        } else if is_in(NOUN_LIKE, w) && is_in(DOCUMENT_HEADS, prev_w) {
                            "indirect.document"
                        } else if object || class == CueClass::Object {
                            "indirect.object"
                        } else if class == CueClass::Tell {
                            "indirect.told"
                        } else {
                            "indirect.said"
                        };
                        // "the plan, which he said would cost more": the relative pronoun is the content's subject
                        // (rule "indirect.relative_content")
                        let mut contents = vec![self.span_toks(st, e)];
                        let mut rule = rule;
                        if src.0 > s0
                            && matches!(self.lw(src.0 - 1), "which" | "what")
                            && !used.get(src.0 - 1).copied().unwrap_or(true)
                            && class != CueClass::Object
                            && !object
                            && !self.is_punct(st)
                            && !self.has(st, WC_COMPLEMENTIZERS)
                        {
                            contents.insert(0, self.span_toks(src.0 - 1, src.0));
                            rule = "indirect.relative_content";
                        }
                        let dr = Draft {
                            kind: QuoteKind::Indirect,
                            cue: Some(self.span_toks(a, verb_end)),
                            sources: vec![self.span_toks(src.0, src.1)],
                            contents,
                            rule,
                            paragraph,
                        };
                        self.mark(used, &dr);
                        drafts.push(dr);
                        k = e;
                        continue;
                    }
                }
                // "..., X said." : content before the source
                if verb_end >= cend || self.is_text(verb_end, ",") {
                    if let Some(dr) = self.inverted(s0, src.0, (a, verb_end), src, used, paragraph) {
                        self.mark(used, &dr);
                        drafts.push(dr);
                    }
                }
            }
            k += 1;
        }
        // `"...," Sanders said, according to CNN.`: an attribution reported by another source; the content is the
        // whole sentence before the comma, the inner attribution included (rule "indirect.according_to_nested")
        if let Some(k) = (s0 + 2..s1).find(|&k| {
            self.has(k, WC_INDIRECT_START)
                && self.lw(k) == "according"
                && self.lw(k + 1) == "to"
                && self.is_text(k - 1, ",")
                && !in_quote.get(k).copied().unwrap_or(true)
                && !used.get(k).copied().unwrap_or(true)
        }) {
            if let Some(src) = self.according_source(k + 2, s1) {
                let hi = self.doc.tokens.get(k).map_or(0, |t| t.start);
                let inner = self.nearby_drafts(drafts, hi).any(|d| {
                    d.paragraph == paragraph
                        && d.cue.is_some_and(|c| {
                            let t = self.doc.token_at_or_after(c.0);
                            t >= s0 && t < k
                        })
                });
                if inner && (src.1 >= cend || self.is_text(src.1, ",")) && k - 1 > s0 + 1 {
                    let dr = Draft {
                        kind: QuoteKind::Indirect,
                        cue: Some(self.span_toks(k, k + 2)),
                        sources: vec![self.span_toks(src.0, src.1)],
                        contents: vec![self.span_toks(s0, k - 1)],
                        rule: "indirect.according_to_nested",
                        paragraph,
                    };
                    self.mark(used, &dr);
                    drafts.push(dr);
                }
            }
        }
    }

    /// "Rubio was asked by moderator Gerard Baker whether ...", "Sanders was asked to name ...": a question put to the
    /// subject; the asker after "by" is the source (none otherwise), the question the content, and the subject joins
    /// it before an infinitive (rule "indirect.passive_asked").
    fn passive_asked(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        if !matches!(self.lw(k), "asked" | "questioned" | "pressed") || k <= s0 {
            return None;
        }
        let mut a = k;
        while a > s0 && k - a < 3 && (self.has(a - 1, WC_EXPECTED_ADVERBS) || self.lw(a - 1).ends_with("ly")) {
            a -= 1;
        }
        if !(a > s0 && matches!(self.lw(a - 1), "was" | "were" | "is" | "are" | "been" | "being" | "be")) {
            return None;
        }
        a -= 1;
        while a > s0 && self.has(a - 1, WC_CUE_AUXILIARIES) {
            a -= 1;
        }
        // the asker: "by host Bill Maher", up to the question
        let mut c = k + 1;
        let mut src = None;
        if self.lw(c) == "by" {
            let mut e = c + 1;
            while e < cend
                && e - c <= MAX_SOURCE_TOKENS
                && !(self.is_punct(e) && !self.abbrev_period(e))
                && !is_in(ASKED_FOLLOWERS, self.lw(e))
                && !self.has(e, WC_COMPLEMENTIZERS)
            {
                e += 1;
            }
            if e == c + 1 || e - c > MAX_SOURCE_TOKENS || !self.np_plausible(c + 1, e) {
                return None;
            }
            src = Some((c + 1, e));
            c = e;
        }
        if self.is_text(c, ",") {
            c += 1;
        }
        let next = self.lw(c);
        if c >= cend
            || self.is_punct(c)
            || self.is_quote_tok(c)
            || !(is_in(ASKED_FOLLOWERS, next) || is_in(DETERMINERS, next))
        {
            return None;
        }
        let mut e = cend.min(c + MAX_CONTENT_TOKENS);
        for j in c + 1..e {
            if matches!(self.text(j), "," | ";" | "—" | "–") && !in_quote.get(j).copied().unwrap_or(false) {
                e = j;
                break;
            }
        }
        // "Sanders was asked to name ...": the subject is part of what was asked
        let subj = if next == "to" { self.source_before(a, s0).filter(|x| x.1 == a) } else { None };
        let lo = subj.map_or(a, |x| x.0);
        if e <= c || self.used_any(used, lo, e) {
            return None;
        }
        Some(self.passive_draft((a, k + 1), src, subj, (c, e), "indirect.passive_asked", paragraph))
    }

    /// A passive's draft: the cue, the agent as source (if any), and the subject (if any) and the words after the
    /// verb (if any) as contents ("indirect.passive", "indirect.passive_asked").
    fn passive_draft(
        &self,
        cue: (usize, usize),
        src: Option<(usize, usize)>,
        subj: Option<(usize, usize)>,
        rest: (usize, usize),
        rule: &'static str,
        paragraph: usize,
    ) -> Draft {
        let mut contents = Vec::new();
        if let Some(x) = subj {
            contents.push(self.span_toks(x.0, x.1));
        }
        if rest.1 > rest.0 {
            contents.push(self.span_toks(rest.0, rest.1));
        }
        Draft {
            kind: QuoteKind::Indirect,
            cue: Some(self.span_toks(cue.0, cue.1)),
            sources: src.map(|x| self.span_toks(x.0, x.1)).into_iter().collect(),
            contents,
            rule,
            paragraph,
        }
    }

    /// Punctuation inside an agent: an abbreviation's period, a possessive apostrophe glued to its word ("the
    /// grocers' union").
    fn agent_punct(&self, e: usize) -> bool {
        self.abbrev_period(e)
            || (matches!(self.text(e), "’" | "'")
                && e > 0
                && self.doc.tokens[e - 1].end == self.doc.tokens[e].start
                && self.lw(e - 1).ends_with('s')
                && !self.is_punct(e + 1))
    }

    /// "by Republicans and independents": "and" before a name, a determiner, a number or a quantifier goes on with
    /// the agent of a passive ("source.passive_agent"; "of" goes on too: "by 64 percent of the electorate").
    fn agent_conjunct(&self, e: usize) -> bool {
        self.lw(e) == "and"
            && (self.is_cap(e + 1)
                || self.has(e + 1, WC_DETERMINERS)
                || is_in(QUANTIFIERS, self.lw(e + 1))
                || self.doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Number))
    }

    /// "Sanders was declared the winner", "the plan has been widely criticized by economists", "it is assumed that
    /// ...": the passive of a cue verb (`cue_verb` or `OBJECT_VERBS`, not `PASSIVE_NOT_CUES`) after a form of "be";
    /// the agent after "by" is the source (none otherwise), the content is the subject with what follows the verb
    /// up to the clause's end, or the clause after "it is ... that" (rule "indirect.passive").
    fn passive(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        let w = self.lw(k);
        // "is seen as a threat", "was said to be furious", "was shown to be false"
        // "is known for its ties", "was known as a backwater": the preposition joins the cue (rule
        // "indirect.passive_reputation", `tables::PASSIVE_PREPOSITION_CUES`)
        let reputation = PASSIVE_PREPOSITION_CUES.iter().any(|&(v, p)| v == w && self.lw(k + 1) == p);
        let seen_as = (self.has(k, WC_PASSIVE_AS_PARTICIPLES) && self.lw(k + 1) == "as")
            || reputation
            || (matches!(w, "said" | "shown" | "known" | "told") && matches!(self.lw(k + 1), "to" | "that"));
        if k < s0 + 2
            || !(seen_as
                || (w.ends_with("ed") && !self.has(k, WC_PASSIVE_NOT_CUES) && (self.is_cue(k) || self.is_object(k))))
        {
            return None;
        }
        let mut b = k;
        while b > s0 + 1
            && k - b < 2
            && (self.has(b - 1, WC_EXPECTED_ADVERBS)
                || self.lw(b - 1).ends_with("ly")
                || (reputation && is_in(REPUTATION_DEGREE_ADVERBS, self.lw(b - 1))))
        {
            b -= 1;
        }
        if !self.has(b - 1, WC_PASSIVE_BE) {
            return None;
        }
        let a = self.aux_start(b - 1, s0);
        // the subject: a relative pronoun, "it" before "that", or the noun phrase before the auxiliaries
        let dummy_it = a > s0 && self.lw(a - 1) == "it" && self.lw(k + 1) == "that";
        let subj = if dummy_it {
            None
        } else if a > s0 && matches!(self.lw(a - 1), "which" | "who" | "that") {
            Some((a - 1, a))
        } else {
            Some(self.source_before(a, s0).filter(|x| x.1 == a)?)
        };
        // the agent: "by economists", up to a punctuation mark or a clause opener (`Cx::agent_np`)
        let agent = |c: usize| self.agent_np(c + 1, cend);
        let mut src = None;
        let mut c = k + 1;
        let mut cue_end = k + 1;
        if reputation {
            c += 1;
            cue_end = c;
        } else if self.lw(c) == "by" {
            let x = agent(c)?;
            src = Some(x);
            c = x.1;
        } else if self.lw(c) == "as" && is_in(PASSIVE_AS_IN_CUE, w) {
            // "is seen as | a threat", "was criticized as | sloppy": "as" joins the cue (rule "cue.passive_as")
            c += 1;
            cue_end = c;
        }
        // what follows the verb, to the clause's end; a later "by X" is the agent
        let mut e = c;
        let mut after = None;
        while e < cend && e - c < MAX_CONTENT_TOKENS {
            let iq = in_quote.get(e).copied().unwrap_or(false);
            // "was praised as a bold step", "it is assumed that ...": "as" or "that" right after the verb opens the content
            let opener = self.has(e, WC_CLAUSE_OPENERS) && !(e == c && matches!(self.lw(e), "as" | "that"));
            if !iq && (matches!(self.text(e), "," | ";" | "—" | "–" | "(") || opener) {
                break;
            }
            if !iq && self.lw(e) == "by" && src.is_none() {
                if let Some(x) = agent(e) {
                    src = Some(x);
                    after = Some(x.1);
                }
                break;
            }
            e += 1;
        }
        let lo = subj.map_or(k + 1, |x| x.0);
        let hi = after.unwrap_or(e);
        if (subj.is_none() && e <= c + 1) || self.used_any(used, lo, hi) || self.used_any(used, a, cue_end) {
            return None;
        }
        let rule = if reputation { "indirect.passive_reputation" } else { "indirect.passive" };
        Some(self.passive_draft((a, cue_end), src, subj, (c, e), rule, paragraph))
    }

    /// "As The Post's columnist puts it, ...", "..., as an American diplomat put it.": the source between "as" and "put
    /// it", the cue "put it", the content the clause after its comma, or before "as" at the sentence's end (rule
    /// "indirect.as_put").
    fn as_put(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        if !matches!(self.lw(k), "put" | "puts") || self.lw(k + 1) != "it" || k < s0 + 2 {
            return None;
        }
        let src = self.source_before(k, s0).filter(|x| x.1 == k && x.0 > s0 && self.lw(x.0 - 1) == "as")?;
        let as_i = src.0 - 1;
        let j = k + 2;
        let content = if self.is_text(j, ",") && j + 1 < cend {
            let mut e = (j + 1..cend.min(j + 1 + MAX_CONTENT_TOKENS))
                .find(|&x| used.get(x).copied().unwrap_or(false) && !in_quote.get(x).copied().unwrap_or(false))
                .unwrap_or(cend.min(j + 1 + MAX_CONTENT_TOKENS));
            while e > j + 1 && matches!(self.text(e - 1), "," | ";") {
                e -= 1;
            }
            (j + 1, e)
        } else if j >= cend && as_i > s0 + 1 && self.is_text(as_i - 1, ",") {
            let lo = s0.max((as_i - 1).saturating_sub(MAX_CONTENT_TOKENS));
            let b = (lo..as_i - 1).rev().find(|&x| used.get(x).copied().unwrap_or(false)).map_or(lo, |x| x + 1);
            (b, as_i - 1)
        } else {
            return None;
        };
        if content.1 <= content.0 || self.used_any(used, content.0, content.1) || self.used_any(used, src.0, j) {
            return None;
        }
        Some(self.indirect_draft((k, k + 2), Some(src), content, "indirect.as_put", paragraph))
    }

    /// "criticism of the plan", "Trump's attacks on Clinton", "questions about her emails", "his assertion that
    /// ...": a noun of speech or stance with its preposition (`tables::NOUN_CUES`) is a cue; its object up to the
    /// clause's end is the content and a possessor before it the source (rule "indirect.noun_cue").
    fn noun_cue(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        let p = self.lw(k + 1);
        if !self.has(k + 1, WC_NOUN_CUE_LINKS) {
            return None;
        }
        let preps = noun_cue_prepositions(self.lw(k))?;
        if !is_in(preps, p) || k + 2 >= cend {
            return None;
        }
        // "that" opens the content; a preposition belongs to the cue
        let (cue_end, st) = if p == "that" { (k + 1, k + 1) } else { (k + 2, k + 2) };
        // "has raised questions about", "avoided direct criticism of", "an impassioned defense of": the words
        // before the noun up to its verb belong to the cue, and the verb's subject is the source
        let mut c0 = k;
        let mut verb = None;
        while c0 > s0 && k - c0 < 5 {
            let w = self.lw(c0 - 1);
            if self.is_punct(c0 - 1) || self.is_cap(c0 - 1) || is_in(POSSESSIVE_SOURCES, w) || w.contains(['’', '\''])
            {
                break;
            }
            if is_in(NOUN_CUE_VERBS, w) || (w.ends_with("ed") && w.len() > 4) || self.is_cue(c0 - 1) {
                verb = Some(c0 - 1);
                c0 = self.aux_start(c0 - 1, s0);
                break;
            }
            if is_in(NP_BOUNDARY, w) {
                break;
            }
            c0 -= 1;
        }
        if verb.is_none() {
            // no verb: only adjectives and an article are kept ("the endorsement of", "repeated denunciation of")
            while c0 < k
                && !is_in(NOUN_CUE_MODIFIER_START, self.lw(c0))
                && !self.lw(c0).ends_with("ed")
                && !self.lw(c0).ends_with("ing")
                && self.lw(c0) != "the"
            {
                c0 += 1;
            }
        }
        let prev = if c0 > s0 { self.lw(c0 - 1) } else { "" };
        let src = if verb.is_some() {
            self.source_before(c0, s0).filter(|x| x.1 == c0)
        } else if is_in(POSSESSIVE_SOURCES, prev) {
            Some((c0 - 1, c0))
        } else if (c0 > s0 + 1 && matches!(prev, "’s" | "'s"))
            || (c0 > s0 && (prev.ends_with("’s") || prev.ends_with("'s")))
        {
            let last = if matches!(prev, "’s" | "'s") { c0 - 2 } else { c0 - 1 };
            let mut b = last;
            while b > s0 && last - b < MAX_SOURCE_TOKENS && (self.is_cap(b - 1) || self.abbrev_period(b - 1)) {
                b -= 1;
            }
            self.is_cap(b).then_some((b, c0))
        } else {
            None
        };
        let k0 = c0;
        let mut e = cend.min(st + MAX_CONTENT_TOKENS);
        for j in st + 1..e {
            let iq = in_quote.get(j).copied().unwrap_or(false);
            let lw = self.lw(j);
            let predicate = !iq
                && p != "that"
                && (is_in(PREDICATE_MODALS, lw)
                    || is_in(IRREGULAR_PAST_VERBS, lw)
                    || matches!(lw, "is" | "was" | "are" | "were" | "has" | "have" | "had"));
            let boundary = !iq && matches!(self.text(j), "," | ";" | "(" | "—" | "–" | ":");
            if used.get(j).copied().unwrap_or(false) || predicate || boundary {
                e = j;
                break;
            }
        }
        if e <= st || self.used_any(used, src.map_or(k0, |x| x.0), e) {
            return None;
        }
        Some(self.indirect_draft((k0, cue_end), src, (st, e), "indirect.noun_cue", paragraph))
    }

    /// Whether the subject starting at `s` is that of a clause reported by an earlier cue of its sentence: right after
    /// a cue verb ("Benjamin said he believes"), or after "that" which follows a cue verb within
    /// `EMBEDDED_FRAME_REACH` words ("also said that Obama shows", "said on Tuesday that she") (rule
    /// "quote.embedded_frame").
    fn embedded_subject(&self, s: usize, smin: usize) -> bool {
        if s <= smin {
            return false;
        }
        let reporting = |i: usize| self.is_cue(i) && !self.is_cap(i);
        if reporting(s - 1) {
            return true;
        }
        self.lw(s - 1) == "that"
            && (s.saturating_sub(1 + EMBEDDED_FRAME_REACH).max(smin)..s - 1)
                .rev()
                .take_while(|&i| !self.is_punct(i))
                .any(reporting)
    }

    /// "One of the authors of that 2013 report, Ari Fleischer, said": a description without a verb that opens the
    /// sentence, then a name between commas before the verb at `a` (rule "source.described").
    fn described_subject(&self, s0: usize, a: usize) -> Option<(usize, usize)> {
        let mut s = s0;
        while s < a && matches!(self.lw(s), "but" | "and" | "so" | "yet") {
            s += 1;
        }
        let c1 = (s + 1..a.saturating_sub(2).min(s + 14)).find(|&i| self.is_text(i, ","))?;
        if c1 - s > 12 || a < c1 + 3 || !self.is_text(a - 1, ",") || !self.is_cap(c1 + 1) {
            return None;
        }
        let plain = |i: usize| {
            let w = self.lw(i);
            !self.is_punct(i) || self.abbrev_period(i) || matches!(w, "’" | "'" | "-")
        };
        let verbless = |i: usize| {
            let w = self.lw(i);
            !is_in(FINITE_AUXILIARIES, w) && !self.is_cue(i) && !self.is_object(i) && !w.ends_with("ed")
        };
        let head_ok = (s..c1).all(|i| plain(i) && verbless(i)) && !self.has(s, WC_NP_BOUNDARY);
        let name_ok = (c1 + 1..a - 1).all(|i| plain(i) && verbless(i)) && a - 1 - (c1 + 1) <= 5;
        (head_ok && name_ok && self.np_plausible(s, c1)).then_some((s, a))
    }

    /// The noun phrase of a document that ends before a verb of showing at `a`, its head a little further back than
    /// the word before: "A video of the episode", "A University of New Hampshire poll out this week", "Polls there",
    /// "Footage from the game" (rule "indirect.document").
    fn document_subject(&self, a: usize, s0: usize) -> Option<(usize, usize)> {
        let lo = a.saturating_sub(8).max(s0);
        let h = (lo..a).rev().find(|&i| is_in(DOCUMENT_HEADS, self.lw(i)))?;
        // only the words of a noun phrase between the head and the verb
        if (h + 1..a).any(|i| {
            self.is_punct(i)
                || self.is_cue(i)
                || self.is_object(i)
                || (self.has(i, WC_NP_BOUNDARY) && !is_in(DOCUMENT_TAIL_WORDS, self.lw(i)))
        }) {
            return None;
        }
        // the noun phrase that ends at the head, with its determiner
        let (s, _) = self.source_before(h + 1, s0).filter(|x| x.1 == h + 1)?;
        let opens = s == s0
            || self.is_punct(s - 1)
            || matches!(self.lw(s - 1), "and" | "but" | "that" | "as" | "because" | "while" | "so");
        opens.then_some((s, a))
    }

    /// Whether token `j` opens a main predicate after a subject ("... reached", "... will", "... held").
    fn main_predicate(&self, j: usize) -> bool {
        let w = self.lw(j);
        let prev = self.lw(j.saturating_sub(1));
        !self.is_cap(j)
            && !matches!(
                prev,
                "to" | "and" | "or" | "be" | "been" | "have" | "has" | "had" | "is" | "was" | "were" | "are"
            )
            && (is_in(IRREGULAR_PAST_VERBS, w)
                || is_in(PREDICATE_MODALS, w)
                || matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "had")
                || (w.ends_with("ed") && w.len() > 4))
    }

    /// "has repeatedly ripped", "openly mocked", "publicly derided": a finite verb after an adverb of public or
    /// insistent speech is a judgement of its object even when the verb is not in the lexicons (rule
    /// "indirect.manner").
    fn manner_verb(&self, k: usize, s0: usize) -> bool {
        let w = self.lw(k);
        k > s0
            && self.has(k - 1, WC_MANNER_ADVERBS)
            && w.len() > 3
            && !self.is_cap(k)
            && self.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
            && !is_in(NP_BOUNDARY, w)
            && !is_in(CUE_AUXILIARIES, w)
            && !is_in(MAIN_VERB_OPENERS, w)
    }

    /// "The Club for Growth is reportedly spending $1.5 million ...": an adverb of hearsay reports its clause without
    /// a source; the content is the clause around it, its subject included (rule "indirect.hearsay").
    fn hearsay_adverb(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        if !self.has(k, WC_HEARSAY_ADVERBS) || k + 1 >= cend {
            return None;
        }
        let n = self.lw(k + 1);
        // "reportedly said": the adverb joins the cue of the verb after it
        if self.is_punct(k + 1) || self.is_cue(k + 1) || self.is_object(k + 1) || is_in(PARTICIPLE_CUES, n) {
            return None;
        }
        let mut a = k;
        while a > s0 && k - a < 3 && self.has(a - 1, WC_FINITE_AUXILIARIES) || (a > s0 && self.lw(a - 1) == "been") {
            a -= 1;
        }
        let subj = match self.source_before(a, s0) {
            Some(x) if x.1 == a => x,
            _ => self.clause_subject(a, s0)?,
        };
        let mut e = cend.min(k + MAX_CONTENT_TOKENS);
        for j in k + 2..e {
            if matches!(self.text(j), "," | ";" | "(" | "—" | "–") && !in_quote.get(j).copied().unwrap_or(false) {
                e = j;
                break;
            }
        }
        if e <= k + 1 || self.used_any(used, subj.0, e) {
            return None;
        }
        Some(Draft {
            kind: QuoteKind::Indirect,
            cue: Some(self.span_toks(k, k + 1)),
            sources: vec![],
            contents: vec![self.span_toks(subj.0, k), self.span_toks(k + 1, e)],
            rule: "indirect.hearsay",
            paragraph,
        })
    }

    /// "a super PAC backing Jeb Bush", "an item suggesting that ...", "Mr. Netanyahu denouncing the deal": a gerund
    /// of a cue verb (`is_cue`) at `k` right after a noun phrase reports that noun phrase's speech or stance (rule
    /// "indirect.reduced_relative"), unless the word before governs the gerund ("kept saying", "is worth noting").
    fn reduced_relative(&self, k: usize, a: usize, s0: usize, prev_w: &str, is_cue: bool) -> bool {
        is_cue
            && a == k
            && a > s0
            && self.lw(k).ends_with("ing")
            && !is_in(GERUNDS_NOT_REDUCED, self.lw(k))
            && !self.is_punct(a - 1)
            && !is_in(GERUND_GOVERNORS, prev_w)
            && !prev_w.ends_with("ing")
            && !(prev_w.ends_with("ed") && !self.is_cap(a - 1))
            && !is_in(PERSON_PRONOUNS, prev_w)
            && !is_in(OTHER_PRONOUNS, prev_w)
            && !is_in(GROUP_PRONOUNS, prev_w)
            && self.source_before(a, s0).is_some_and(|x| x.1 == a)
    }

    /// The speaker of a cue verb right before a quotation that has no subject of its own: a verb coordinated with
    /// an earlier one (`She shook her head and said, "No."`, rule "quote.coordinated") or a gerund after a
    /// preposition (`He ended by saying, "..."`, rule "quote.gerund_clause"), the subject of the sentence (or of an
    /// attribution made earlier in it). `a` is the cue's first token (its auxiliaries), `v` the verb.
    fn quote_clause_subject(
        &self,
        s0: usize,
        a: usize,
        v: usize,
        drafts: &[Draft],
    ) -> Option<((usize, usize), &'static str)> {
        if a < s0 + 2 {
            return None;
        }
        let prev = self.lw(a - 1);
        if is_in(QUOTE_COORDINATORS, prev) && !self.lw(v).ends_with("ing") {
            let src = self.subject_np(s0, a - 1).or_else(|| self.subject_after_opener(s0, a - 1))?;
            return Some((src, "quote.coordinated"));
        }
        if a == v && self.lw(v).ends_with("ing") && is_in(GERUND_PREPOSITIONS, prev) {
            return Some((self.gerund_clause_subject(s0, a, a, drafts)?, "quote.gerund_clause"));
        }
        None
    }

    /// The speaker of a gerund clause after a preposition at `a - 1` ("Trump angered many by saying ...", "After
    /// announcing his run, Rubio ..."): the source of an attribution made earlier in the sentence, else the subject
    /// that opens the sentence or, for a clause that opens it, the subject after its comma.
    fn gerund_clause_subject(&self, s0: usize, a: usize, cend: usize, drafts: &[Draft]) -> Option<(usize, usize)> {
        let lo = self.doc.tokens.get(s0).map_or(0, |t| t.start);
        let hi = self.doc.tokens.get(a).map_or(0, |t| t.start);
        let earlier = self
            .nearby_drafts(drafts, hi)
            .filter(|d| d.cue.is_some_and(|c| c.0 >= lo && c.1 <= hi))
            .max_by_key(|d| d.cue.map_or(0, |c| c.1))
            .and_then(|d| d.sources.first().copied());
        if let Some((x, y)) = earlier {
            return Some((self.doc.token_at_or_after(x), self.doc.token_at_or_after(y)));
        }
        // "After announcing ..., X" and "Noting that ..., X": the subject after the opening clause's comma
        if a <= s0 + 1 {
            let comma = (a + 1..cend.min(a + 40)).find(|&i| self.is_text(i, ","))?;
            return self.subject_np(comma + 1, cend);
        }
        self.subject_np(s0, a.saturating_sub(1))
    }

    /// Skips time and circumstance adverbials after a cue: "on Friday", "last week", "Tuesday", "in a statement",
    /// "during an interview with CNN on Sunday".
    fn skip_adverbials(&self, mut c: usize, cend: usize) -> usize {
        for _ in 0..4 {
            let w = self.lw(c);
            if c >= cend {
                break;
            }
            if is_in(WEEKDAYS_AND_TIMES, w) {
                c += 1;
                if self.is_text(c, ",") {
                    c += 1;
                }
                continue;
            }
            if matches!(w, "on" | "last" | "this" | "earlier" | "late" | "early" | "next")
                && self.has(c + 1, WC_WEEKDAYS_AND_TIMES)
            {
                c += 2;
                while c < cend && self.has(c, WC_WEEKDAYS_AND_TIMES) {
                    c += 1;
                }
                if self.is_text(c, ",") {
                    c += 1;
                }
                continue;
            }
            if matches!(w, "in" | "during" | "at" | "on" | "via" | "through" | "over") {
                if let Some(n) = (c + 1..(c + 5).min(cend)).find(|&i| is_in(SPEECH_EVENTS, self.lw(i))) {
                    if (c + 1..n).all(|i| !self.is_punct(i) || self.abbrev_period(i)) {
                        c = n + 1;
                        // "with CNN", "with reporters"
                        if self.lw(c) == "with"
                            && (self.is_cap(c + 1) || self.has(c + 1, WC_DETERMINERS) || self.lw(c + 1) == "reporters")
                        {
                            c += 2;
                            while c < cend && self.is_cap(c) {
                                c += 1;
                            }
                        }
                        if self.is_text(c, ",") {
                            c += 1;
                        }
                        continue;
                    }
                }
            }
            break;
        }
        c
    }

    /// Does a new attributed clause start at `j` ("Mr. Manafort said ...", "he added ...")?
    fn clause_with_cue(&self, j: usize, limit: usize) -> bool {
        let mut k = j;
        while k < limit && k - j <= MAX_SOURCE_TOKENS {
            let w = self.lw(k);
            if self.is_punct(k) && !self.abbrev_period(k) {
                return false;
            }
            // a verb of judgement counts too ("and he accused Mr. Trump of ...", round 14)
            if k > j && !self.is_cap(k) && (self.is_cue(k) || self.is_object(k)) && !is_in(NOUN_LIKE, w) {
                let a = self.aux_start(k, j);
                return self.source_before(a, j).is_some_and(|s| s.0 == j);
            }
            k += 1;
        }
        false
    }

    /// "her plan to raise taxes", "Mr. Sanders's proposal to ...": a noun of intention after a possessive, before
    /// "to"; the possessor is the source, the infinitive up to the clause's end the content (rule
    /// "indirect.nominal").
    fn nominal(
        &self,
        k: usize,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        if k <= s0 || !self.has(k, WC_NOMINAL_INTENTIONS) || self.lw(k + 1) != "to" {
            return None;
        }
        let prev = self.lw(k - 1);
        let src = if is_in(POSSESSIVE_SOURCES, prev) {
            (k - 1, k)
        } else if (matches!(prev, "’s" | "'s") && k >= s0 + 2 && self.is_cap(k - 2))
            || ((prev.ends_with("’s") || prev.ends_with("'s")) && self.is_cap(k - 1))
        {
            // the capitalised name before the possessive
            let mut b = if self.is_cap(k - 1) { k - 1 } else { k - 2 };
            while b > s0 && k - b < MAX_SOURCE_TOKENS && (self.is_cap(b - 1) || self.abbrev_period(b - 1)) {
                b -= 1;
            }
            (b, k)
        } else {
            return None;
        };
        // only as the sentence's subject: inside another cue's object it is that cue's content ("criticized
        // Obama's decision to ...")
        if src.0 > s0 + 1 || (src.0 == s0 + 1 && !matches!(self.lw(s0), "but" | "and" | "yet" | "still")) {
            return None;
        }
        let st = k + 1;
        let mut e = cend.min(st + MAX_CONTENT_TOKENS);
        for j in st + 1..e {
            let iq = in_quote.get(j).copied().unwrap_or(false);
            let lw = self.lw(j);
            // the predicate of the sentence begins: "her plan to cut taxes drew praise", "... would hurt"
            let predicate = !iq
                && !matches!(self.lw(j - 1), "to" | "and" | "or")
                && (is_in(IRREGULAR_PAST_VERBS, lw)
                    || is_in(PREDICATE_MODALS, lw)
                    || (lw.ends_with("ed")
                        && !self.is_cap(j)
                        && !matches!(
                            self.lw(j - 1),
                            "be" | "been" | "have" | "has" | "had" | "is" | "was" | "were" | "are" | "get" | "got"
                        )));
            let boundary = !iq && matches!(self.text(j), "," | ";" | "(" | "—" | "–");
            if used.get(j).copied().unwrap_or(false) || predicate || boundary {
                e = j;
                break;
            }
        }
        if e <= st + 1 || self.used_any(used, src.0, e) {
            return None;
        }
        Some(self.indirect_draft((k, k + 1), Some(src), (st, e), "indirect.nominal", paragraph))
    }

    /// "In a CNN poll released Monday, Clinton led ...", "In his view, ...": the phrase after "In" up to the comma
    /// is the source when its words include a document or a point of view (`IN_SOURCE_HEADS`); the rest of the
    /// sentence is the content. Also at a sentence's end: "Clinton leads by 10 points in a CNN poll." (rule
    /// "indirect.in_source").
    fn in_source(&self, s0: usize, cend: usize, used: &[bool], in_quote: &[bool], paragraph: usize) -> Option<Draft> {
        // free words, and no verb of another attribution ("In a statement, X dismissed ...": the verb's own)
        let free = |a: usize, b: usize| {
            (a..b).all(|i| {
                !used.get(i).copied().unwrap_or(true)
                    && !in_quote.get(i).copied().unwrap_or(true)
                    && (self.is_cap(i) || self.has(i, WC_NOUN_LIKE) || (!self.is_cue(i) && !self.is_object(i)))
            })
        };
        let opener_ok = |i: usize| is_in(IN_SOURCE_OPENERS, self.lw(i)) || (self.is_cap(i) && !self.is_punct(i));
        let mut k = s0;
        if matches!(self.lw(k), "but" | "and" | "yet" | "still") {
            k += 1;
        }
        if self.lw(k) == "in" && opener_ok(k + 1) {
            let lim = cend.min(k + 2 + MAX_SOURCE_TOKENS + 4);
            // "In a CNN/ORC poll", "In an NBC News/Wall Street Journal poll": a slash or a hyphen inside the name
            let comma = (k + 2..lim).find(|&i| {
                self.is_punct(i) && !self.abbrev_period(i) && !matches!(self.lw(i), "’" | "/" | "-" | "&")
            })?;
            // a poll's respondents have verbs of their own ("In a CNN poll, 31% of Republicans backed ..."): they are
            // the poll's findings, not another attribution
            let poll = (k + 1..comma).any(|i| is_in(IN_SOURCE_TAIL_HEADS, self.lw(i)));
            let unclaimed = |a: usize, b: usize| {
                (a..b).all(|i| !used.get(i).copied().unwrap_or(true) && !in_quote.get(i).copied().unwrap_or(true))
            };
            if !self.is_text(comma, ",")
                || !(k + 1..comma).any(|i| is_in(IN_SOURCE_HEADS, self.lw(i)))
                || cend < comma + 4
                || !(if poll { unclaimed(k, cend) } else { free(k, cend) })
            {
                return None;
            }
            let (cue, src, content) = ((k, k + 1), (k + 1, comma), (comma + 1, cend));
            return Some(self.indirect_draft(cue, Some(src), content, "indirect.in_source", paragraph));
        }
        // "To many, Santilli is a provocateur", "To Ms. Gil, skateboarding represents ...": a person's view (rule
        // "indirect.to_viewpoint")
        if self.lw(k) == "to"
            && (is_in(TO_VIEWPOINT_SOURCES, self.lw(k + 1))
                || (self.is_cap(k + 1)
                    && !self.has(k + 1, WC_DETERMINERS)
                    && !self.has(k + 1, WC_WEEKDAYS_AND_TIMES)
                    && !is_in(TO_VIEWPOINT_NOT_SOURCES, self.lw(k + 1))))
        {
            let lim = cend.min(k + 2 + MAX_SOURCE_TOKENS);
            let comma = (k + 2..lim).find(|&i| self.is_punct(i) && !self.abbrev_period(i))?;
            if !self.is_text(comma, ",") || cend < comma + 4 || !free(k, cend) {
                return None;
            }
            let (cue, src, content) = ((k, k + 1), (k + 1, comma), (comma + 1, cend));
            return Some(self.indirect_draft(cue, Some(src), content, "indirect.to_viewpoint", paragraph));
        }
        // at the end: "... in a CNN poll" (the last few words), perhaps with "released Thursday" after it
        let h = (cend.saturating_sub(5).max(s0 + 3)..cend).rev().find(|&h| is_in(IN_SOURCE_TAIL_HEADS, self.lw(h)))?;
        if h + 1 < cend && !(is_in(POLL_TAIL_PARTICIPLES, self.lw(h + 1)) && cend - h <= 4) {
            return None;
        }
        let lo = h.saturating_sub(MAX_SOURCE_TOKENS).max(s0 + 3);
        let i = (lo..h).rev().find(|&i| self.lw(i) == "in")?;
        // a named or dated poll ("in a CNN poll", "in the 2016 Marist poll"), not the polls in general ("leads in the
        // polls", "in the latest polls")
        let named = (i + 1..h).any(|x| {
            (self.is_cap(x) && !is_in(IN_SOURCE_OPENERS, self.lw(x)))
                || self.doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Number)
        });
        if !opener_ok(i + 1)
            || !named
            || (i + 1..cend)
                .any(|x| self.is_punct(x) && !self.abbrev_period(x) && !matches!(self.lw(x), "/" | "-" | "&"))
            || !free(s0, cend)
        {
            return None;
        }
        let mut e = i;
        while e > s0 && self.is_text(e - 1, ",") {
            e -= 1;
        }
        let (cue, src) = ((i, i + 1), (i + 1, cend));
        (e >= s0 + 3).then(|| self.indirect_draft(cue, Some(src), (s0, e), "indirect.in_source", paragraph))
    }

    /// "X: content" at the start of a paragraph, with X a short capitalised name (rule "indirect.colon").
    fn colon_line(&self, si: usize, used: &[bool]) -> Option<Draft> {
        let sent = self.doc.sentences.get(si)?;
        let (p0, p1) = self.paragraph_toks(sent.paragraph);
        if sent.tok_start != p0 {
            return None;
        }
        let colon = (p0..(p0 + 6).min(p1)).find(|&i| self.is_text(i, ":"))?;
        if colon == p0 || colon + 1 >= p1 || self.is_quote_tok(colon + 1) || self.is_punct(colon + 1) {
            return None;
        }
        if self.doc.tokens.get(colon + 1).is_some_and(|t| t.kind == TokenKind::Number) {
            return None;
        }
        if !(p0..colon).all(|i| self.is_cap(i) || self.abbrev_period(i) || matches!(self.lw(i), "of" | "’s" | "'s")) {
            return None;
        }
        if is_in(COLON_LABELS, self.lw(p0))
            || (self.has(p0, WC_DETERMINERS) && colon > p0 + 1)
            || colon - p0 > 4
            || self.used_any(used, p0, p1)
        {
            return None;
        }
        Some(Draft {
            kind: QuoteKind::Indirect,
            cue: Some(self.span_toks(colon, colon + 1)),
            sources: vec![self.span_toks(p0, colon)],
            contents: vec![
                self.span_toks(colon + 1, if p1 > colon + 2 && self.is_text(p1 - 1, ".") { p1 - 1 } else { p1 })
            ],
            rule: "indirect.colon",
            paragraph: sent.paragraph,
        })
    }

    /// The inverted attribution at a sentence's end: ", X (aux) said." or ", said X[, apposition]."
    fn inverted_tail(
        &self,
        s0: usize,
        cend: usize,
        used: &[bool],
        in_quote: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        // "Asked why ..., Sanders said he would.": the question is an attribution of its own ("indirect.asked")
        if cend < s0 + 4 || self.lw(s0) == "asked" || (self.lw(s0) == "when" && self.lw(s0 + 1) == "asked") {
            return None;
        }
        // the last comma of the sentence, not far from its end
        let comma = (cend.saturating_sub(40).max(s0 + 2)..cend)
            .rev()
            .find(|&i| self.is_text(i, ",") && !in_quote.get(i).copied().unwrap_or(true))?;
        let mut c = comma;
        // ", X said" directly, or ", X, a spokesman, said" (apposition): the earliest comma whose clause has a cue
        for _ in 0..3 {
            let j = c + 1;
            // (a participle after the comma reports the subject's speech: "..., saying the country was strong")
            if self.is_cue(j) && !self.is_cap(j) && !self.lw(j).ends_with("ing") {
                let f = self.lw(j + 1);
                if !(self.is_cap(j + 1) || matches!(f, "the" | "a" | "an" | "he" | "she" | "they")) {
                    return None;
                }
                let src = self.source_after(j + 1, cend)?;
                let src = self.with_apposition(src);
                let after = src.1;
                if after < cend && !matches!(self.text(after), ",") {
                    return None;
                }
                return self.inverted(s0, j, (j, j + 1), src, used, paragraph);
            }
            let mut k = j;
            while k < cend && k - j <= MAX_SOURCE_TOKENS {
                let w = self.lw(k);
                if k > j && !self.is_cap(k) && self.is_cue(k) && !is_in(NOUN_LIKE, w) {
                    let a = self.aux_start(k, j);
                    // the cue ends the sentence (or a short adverbial follows: "said Tuesday", "said in a statement")
                    let tail_ok = k + 1 >= cend
                        || (k + 1..cend).all(|x| !self.is_punct(x) || self.abbrev_period(x))
                            && cend - k <= 6
                            && self.adverbial_tail(k + 1);
                    let src = self.source_before(a, j).filter(|s| s.0 == j);
                    if tail_ok {
                        if let Some(src) = src {
                            return self.inverted(s0, j, (a, k + 1), src, used, paragraph);
                        }
                    }
                    return None;
                }
                if self.is_punct(k) && !self.abbrev_period(k) && !matches!(w, "(" | ")") {
                    break;
                }
                k += 1;
            }
            // an apposition: try the comma before
            c = (c.saturating_sub(25).max(s0 + 2)..c).rev().find(|&i| self.is_text(i, ","))?;
            if !self.is_text(k, ",") || k != comma {
                return None;
            }
        }
        None
    }

    /// Whether the tokens `a..b` hold a finite verb outside a relative clause ("Sales rose", "the vote was fair"), so
    /// that they can be a clause rather than a noun phrase with its apposition ("Htay Oo, its acting chairman").
    fn has_main_verb(&self, a: usize, b: usize) -> bool {
        for i in a..b {
            let w = self.lw(i);
            if is_in(RELATIVE_PRONOUNS, w) {
                return false;
            }
            if self.is_cap(i) && i > a {
                continue;
            }
            // a base form after a determiner or a preposition is a noun ("his chief of staff")
            let after_np_word = i > a && {
                let p = self.lw(i - 1);
                is_in(DETERMINERS, p) || matches!(p, "of" | "in" | "on" | "for" | "to" | "with" | "and" | "at" | "by")
            };
            if is_in(FINITE_AUXILIARIES, w)
                || w == "am"
                || self.doc.verb_form(i).is_some_and(|f| match f {
                    VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present3 => true,
                    VerbForm::Base => !after_np_word,
                    _ => false,
                })
            {
                return true;
            }
        }
        false
    }

    /// Whether the word at `t`, right after a sentence-final cue, opens a short adverbial ("said Tuesday", "said in
    /// Paris", "said of Mr. Cruz", "noted recently") rather than the cue's object ("promised a country ...").
    fn adverbial_tail(&self, t: usize) -> bool {
        let w = self.lw(t);
        self.is_cap(t)
            || is_in(ADVERBIAL_OPENERS, w)
            || is_in(WEEKDAYS_AND_TIMES, w)
            || is_in(TIME_WORDS, w)
            || is_in(INVERTED_TAIL_OPENERS, w)
            || w.len() > 4 && w.ends_with("ly")
    }

    /// "CONTENT, X said." / "CONTENT, said X.": the content runs from the sentence start to the comma.
    fn inverted(
        &self,
        s0: usize,
        before: usize,
        cue: (usize, usize),
        src: (usize, usize),
        used: &[bool],
        paragraph: usize,
    ) -> Option<Draft> {
        let mut e = before;
        if e == 0 || !self.is_text(e - 1, ",") {
            return None;
        }
        e -= 1;
        let s0 = s0.max(e.saturating_sub(MAX_CONTENT_TOKENS));
        if e <= s0 + 1 || self.used_any(used, s0, e) {
            return None;
        }
        // "Rahm Emanuel, his chief of staff, urged a strong stand": before a cue that follows the comma, words with
        // no finite verb of their own are the subject and its apposition, not a content
        if before == cue.0 && !self.has_main_verb(s0, e) {
            return None;
        }
        Some(Draft {
            kind: QuoteKind::Indirect,
            cue: Some(self.span_toks(cue.0, cue.1)),
            sources: vec![self.span_toks(src.0, src.1)],
            contents: vec![self.span_toks(s0, e)],
            rule: "indirect.inverted",
            paragraph,
        })
    }
}

#[cfg(test)]
mod tests;
