//! Speaker resolution: from a source span to an `Actor`, by documented in-document rules, tried in order.
//!
//! 1. "speaker.mention": the source overlaps a mention of an actor (the longest overlap wins; on a tie a person wins
//!    over an organisation; a tie between two people is not resolved).
//! 2. "speaker.name": the source's last capitalised word is the last word of an actor's name or one of its aliases.
//! 3. "speaker.title": the source without its determiner ("the president", "NATO's secretary general") equals or
//!    ends one actor's role or alias; two actors with the title are not resolved.
//! 4. "speaker.message_author": the source is a written message ("the message", "the text", "the post") and the text
//!    earlier says whose it is ("a text message from Mark Rutte", "Rutte's message"): its author.
//! 5. "speaker.pronoun": "he"/"she" -> the only person actor mentioned in the sentence before the pronoun and the
//!    sentence before it; with several, the previous attribution's speaker if it is one of them; otherwise not
//!    resolved ("pronoun 'he' with two candidate people"). "they"/"it" likewise with organisations.

use super::super::document::Document;
use super::super::model::{Actor, ActorKind, Span};
use super::tables::{is_in, DETERMINERS, GROUP_PRONOUNS, MESSAGE_NOUNS, PERSON_PRONOUNS};

/// How far back (in bytes) the message-author rule looks for "message from X".
const MESSAGE_LOOKBACK_BYTES: usize = 4_000;

/// All actors' mentions sorted by position, so that each lookup is a binary search, not a scan of every mention.
pub struct MentionIndex {
    /// (start, end, actor index, mention index)
    items: Vec<(usize, usize, usize, usize)>,
    max_len: usize,
}

impl MentionIndex {
    pub fn new(actors: &[Actor]) -> Self {
        let mut items = Vec::new();
        for (ai, a) in actors.iter().enumerate() {
            for (mi, m) in a.mentions.iter().enumerate() {
                items.push((m.span.start, m.span.end, ai, mi));
            }
        }
        crate::sort::sort(&mut items);
        let max_len = items.iter().map(|x| x.1.saturating_sub(x.0)).max().unwrap_or(0);
        MentionIndex { items, max_len }
    }

    /// Mentions overlapping `span`.
    fn overlapping(&self, span: Span) -> impl Iterator<Item = &(usize, usize, usize, usize)> {
        let lo = self.items.partition_point(|x| x.0 < span.start.saturating_sub(self.max_len));
        let hi = self.items.partition_point(|x| x.0 < span.end);
        self.items.get(lo..hi).unwrap_or(&[]).iter().filter(move |x| x.0 < span.end && span.start < x.1)
    }

    /// Mentions lying within `lo..hi`.
    fn within(&self, lo: usize, hi: usize) -> impl Iterator<Item = &(usize, usize, usize, usize)> {
        let a = self.items.partition_point(|x| x.0 < lo);
        let b = self.items.partition_point(|x| x.0 < hi);
        self.items.get(a..b.max(a)).unwrap_or(&[]).iter().filter(move |x| x.1 <= hi)
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '“' | '”' | '"'))
        .filter(|w| !w.is_empty())
        .map(|w| strip_possessive(w).to_lowercase())
        .collect()
}

/// Whether the last word of `s` (`words(s).last()`) is `lower`, a lower-case word: by_name and by_title ask it of
/// every actor's names and roles, so an ASCII word is compared byte by byte, lower-cased, without a copy.
fn last_word_is(s: &str, lower: &str) -> bool {
    let Some(w) =
        s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '“' | '”' | '"')).rfind(|w| !w.is_empty())
    else {
        return false;
    };
    let w = strip_possessive(w);
    if w.is_ascii() {
        // `lower` is lower-cased by every caller, so this equals comparing `w` lower-cased
        return w.eq_ignore_ascii_case(lower);
    }
    w.to_lowercase() == lower
}

fn by_mention(actors: &[Actor], idx: &MentionIndex, span: Span) -> Option<(usize, String)> {
    // for each actor, its largest overlap with the source
    let mut best: Vec<(usize, usize, bool, usize)> = Vec::new(); // (overlap, actor, person, mention)
    for &(ms, me, ai, mi) in idx.overlapping(span) {
        let ov = me.min(span.end) - ms.max(span.start);
        match best.iter_mut().find(|x| x.1 == ai) {
            Some(x) if x.0 < ov => *x = (ov, ai, x.2, mi),
            Some(_) => {}
            None => best.push((ov, ai, actors.get(ai).is_some_and(|a| a.kind == ActorKind::Person), mi)),
        }
    }
    crate::sort::sort_by(&mut best, |x, y| y.0.cmp(&x.0).then(y.2.cmp(&x.2)));
    let first = best.first()?;
    if let Some(second) = best.get(1) {
        if second.0 == first.0 && second.2 == first.2 {
            return None;
        }
    }
    let text = actors.get(first.1).and_then(|a| a.mentions.get(first.3)).map_or(String::new(), |m| m.text.clone());
    Some((first.1, text))
}

fn by_name(actors: &[Actor], source: &str) -> Vec<usize> {
    let last_cap = source
        .split_whitespace()
        .rev()
        .map(strip_possessive)
        .find(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let Some(last) = last_cap else { return Vec::new() };
    if last.is_empty() {
        return Vec::new();
    }
    actors
        .iter()
        .enumerate()
        .filter(|(_, a)| std::iter::once(&a.name).chain(a.aliases.iter()).any(|n| last_word_is(n, &last)))
        .map(|(i, _)| i)
        .collect()
}

fn by_title(actors: &[Actor], source: &str) -> Vec<usize> {
    let mut w = words(source);
    while w.first().is_some_and(|f| is_in(DETERMINERS, f)) {
        w.remove(0);
    }
    if w.is_empty() {
        return Vec::new();
    }
    actors
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            a.roles.iter().chain(a.aliases.iter()).any(|r| {
                // both tests below need the same last word: check it first, without splitting the whole role
                if !w.last().is_some_and(|l| last_word_is(r, l)) {
                    return false;
                }
                let mut rw = words(r);
                while rw.first().is_some_and(|f| is_in(DETERMINERS, f)) {
                    rw.remove(0);
                }
                !rw.is_empty() && (rw == w || (w.len() >= 2 && rw.ends_with(&w)))
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// Who a message is from, as the text said before `before`: "message from X", "text from X", "X's message".
fn message_author(doc: &Document<'_>, actors: &[Actor], idx: &MentionIndex, before: usize) -> Option<(usize, String)> {
    let lo = before.saturating_sub(MESSAGE_LOOKBACK_BYTES);
    let t0 = doc.token_at_or_after(lo);
    let t1 = doc.token_at_or_after(before);
    let toks = doc.tokens.get(t0..t1)?;
    for k in (0..toks.len()).rev() {
        let w = doc.lower(t0 + k);
        let base = strip_possessive(&w);
        if is_in(MESSAGE_NOUNS, base) && base == w {
            // "message from X" / "message by X" / "a text purportedly from X"
            let adverb = toks.get(k + 1).is_some_and(|a| {
                let aw = doc.tok_text(a).to_lowercase();
                aw.len() > 4 && aw.ends_with("ly")
            });
            let pk = if adverb { k + 2 } else { k + 1 };
            if let (Some(p), Some(n)) = (toks.get(pk), toks.get(pk + 1)) {
                let pw = doc.tok_text(p).to_lowercase();
                if pw == "from" || pw == "by" {
                    // the author's words: up to four tokens before punctuation ("NATO chief", "Mark Rutte")
                    let mut last = n;
                    for m in toks.iter().skip(pk + 2).take(3) {
                        let mt = doc.tok_text(m);
                        let word = mt.chars().next().is_some_and(char::is_alphanumeric);
                        let stop = matches!(
                            mt.to_lowercase().as_str(),
                            "in" | "on" | "at" | "to" | "that" | "which" | "who" | "and" | "with" | "about" | "for"
                        );
                        if !word || stop {
                            break;
                        }
                        last = m;
                    }
                    let span = doc.span(n.start, last.end);
                    if let Some((i, _)) = by_mention(actors, idx, span) {
                        return Some((i, doc.slice(n.start, span.end).to_string()));
                    }
                    let names = by_name(actors, doc.slice(span.start, span.end));
                    if names.len() == 1 {
                        return Some((names[0], doc.slice(span.start, span.end).to_string()));
                    }
                    let titles = by_title(actors, doc.slice(span.start, span.end));
                    if titles.len() == 1 {
                        return Some((titles[0], doc.slice(span.start, span.end).to_string()));
                    }
                }
            }
            // "X's message"
            if k > 0 {
                if let Some(p) = toks.get(k - 1) {
                    let pw = doc.tok_text(p);
                    if pw != strip_possessive(pw) {
                        let span = doc.span(p.start, p.end);
                        if let Some((i, _)) = by_mention(actors, idx, span) {
                            return Some((i, pw.to_string()));
                        }
                        let names = by_name(actors, pw);
                        if names.len() == 1 {
                            return Some((names[0], pw.to_string()));
                        }
                    }
                }
            }
        }
    }
    None
}

/// Resolves the speaker of a source span. `previous` is the previous attribution's speaker.
pub fn resolve(
    doc: &Document<'_>,
    actors: &[Actor],
    idx: &MentionIndex,
    source: Option<Span>,
    previous: Option<&str>,
) -> (Option<String>, String) {
    let Some(span) = source else {
        return (None, "no source span".into());
    };
    let text = doc.slice(span.start, span.end).trim();
    let w = words(text);
    // 5. pronouns first: a pronoun never overlaps a name
    if w.len() == 1 && (is_in(PERSON_PRONOUNS, &w[0]) || is_in(GROUP_PRONOUNS, &w[0])) {
        return pronoun(doc, actors, idx, span, &w[0], previous);
    }
    // relative pronouns: the noun phrase before them ("a text purportedly from Rutte, which congratulated ...")
    if w.len() == 1 && matches!(w[0].as_str(), "who" | "which" | "that") {
        return relative(doc, actors, idx, span);
    }
    // 1. mentions
    if let Some((i, m)) = by_mention(actors, idx, span) {
        // "the message" overlapping nothing else falls through; a possessive owner ("Rutte's message") resolves here
        return (
            Some(actors[i].id.clone()),
            format!("speaker.mention: the source overlaps the mention '{m}' of {}", actors[i].name),
        );
    }
    // 4. messages
    let head = w.last().map(String::as_str).unwrap_or("");
    if is_in(MESSAGE_NOUNS, head) {
        return match message_author(doc, actors, idx, span.start) {
            Some((i, from)) => (
                Some(actors[i].id.clone()),
                format!(
                    "speaker.message_author: '{text}' is the message the text earlier gives as from '{from}' ({})",
                    actors[i].name
                ),
            ),
            None => {
                (None, format!("speaker.message_author: no earlier words say whose '{}' it is", text.to_lowercase()))
            }
        };
    }
    // 2. names
    let names = by_name(actors, text);
    if names.len() == 1 {
        let a = &actors[names[0]];
        return (Some(a.id.clone()), format!("speaker.name: '{text}' names {}", a.name));
    }
    if names.len() > 1 {
        return (None, format!("speaker.name: '{text}' fits {} actors", names.len()));
    }
    // 3. titles
    let titles = by_title(actors, text);
    match titles.len() {
        1 => {
            let a = &actors[titles[0]];
            (Some(a.id.clone()), format!("speaker.title: '{text}' is a title of {}", a.name))
        }
        0 => (None, format!("no actor found for '{text}'")),
        n => (None, format!("speaker.title: '{text}' fits {n} actors")),
    }
}

fn pronoun(
    doc: &Document<'_>,
    actors: &[Actor],
    idx: &MentionIndex,
    span: Span,
    p: &str,
    previous: Option<&str>,
) -> (Option<String>, String) {
    let want_person = is_in(PERSON_PRONOUNS, p);
    let sent = doc.sentence_at(span.start).unwrap_or(0);
    let from = doc.sentences.get(sent.saturating_sub(1)).map_or(0, |s| s.start);
    let mut cands: Vec<usize> = Vec::new();
    for &(_, _, i, _) in idx.within(from, span.start) {
        let Some(a) = actors.get(i) else { continue };
        let kind_ok = if want_person { a.kind == ActorKind::Person } else { a.kind == ActorKind::Organisation };
        if kind_ok && !cands.contains(&i) {
            cands.push(i);
        }
    }
    let what = if want_person { "people" } else { "organisations" };
    match cands.len() {
        1 => {
            let a = &actors[cands[0]];
            (
                Some(a.id.clone()),
                format!(
                    "speaker.pronoun: '{p}' -> {}, the only {} mentioned in this or the previous sentence",
                    a.name,
                    if want_person { "person" } else { "organisation" }
                ),
            )
        }
        0 => {
            // the previous attribution's speaker, when no one else was mentioned since
            match previous.and_then(|id| actors.iter().find(|a| a.id == id)) {
                Some(a) if (a.kind == ActorKind::Person) == want_person => (
                    Some(a.id.clone()),
                    format!(
                        "speaker.pronoun: '{p}' -> {}, the previous speaker (no other {what} mentioned since)",
                        a.name
                    ),
                ),
                _ => (None, format!("speaker.pronoun: '{p}' with no candidate {what} nearby")),
            }
        }
        n => match previous.and_then(|id| cands.iter().find(|&&i| actors[i].id == id)) {
            Some(&i) => (
                Some(actors[i].id.clone()),
                format!(
                    "speaker.pronoun: '{p}' -> {}, the previous speaker, among {n} candidate {what}",
                    actors[i].name
                ),
            ),
            None => (None, format!("speaker.pronoun: '{p}' with {n} candidate {what}")),
        },
    }
}

/// 6. "speaker.relative": "who"/"which" -> the phrase before it in its sentence: a message's author when it says
///    whose message it is, else the last actor mentioned in it.
fn relative(doc: &Document<'_>, actors: &[Actor], idx: &MentionIndex, span: Span) -> (Option<String>, String) {
    let sent = doc.sentence_at(span.start).and_then(|i| doc.sentences.get(i)).map_or(0, |s| s.start);
    let lo = sent.max(span.start.saturating_sub(120));
    let ante = doc.span(lo, span.start);
    let ante_text = doc.slice(ante.start, ante.end).trim_end_matches([',', ' ']);
    let toks_lo = doc.token_at_or_after(lo);
    let toks_hi = doc.token_at_or_after(span.start);
    let has_message = doc
        .tokens
        .get(toks_lo..toks_hi)
        .is_some_and(|ts| ts.iter().any(|t| is_in(MESSAGE_NOUNS, &doc.tok_text(t).to_lowercase())));
    if has_message {
        if let Some((i, from)) = message_author(doc, actors, idx, span.start) {
            return (
                Some(actors[i].id.clone()),
                format!(
                    "speaker.relative: '{}' refers to the message from '{from}' ({})",
                    doc.slice(span.start, span.end),
                    actors[i].name
                ),
            );
        }
    }
    let last =
        idx.within(ante.start, ante.end).filter_map(|&(_, e, i, _)| actors.get(i).map(|a| (e, a))).max_by_key(|x| x.0);
    match last {
        Some((_, a)) => (
            Some(a.id.clone()),
            format!("speaker.relative: '{}' refers to {} in '{ante_text}'", doc.slice(span.start, span.end), a.name),
        ),
        None => {
            (None, format!("speaker.relative: no actor in '{ante_text}' before '{}'", doc.slice(span.start, span.end)))
        }
    }
}
