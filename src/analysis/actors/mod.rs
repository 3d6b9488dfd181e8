//! Actors: people, organisations and places, found without a network model, with their mentions clustered.
//!
//! Rules (each mention carries the name of the rule that found or linked it):
//!
//! | rule | what it finds |
//! |---|---|
//! | `gazetteer.country` / `.region` / `.city` / `.continent` / `.organisation` / `.institution` / `.media` | a form from the small gazetteers in `lexicon.rs` ("NATO", "EU", "U.S.", "The Hague", "Truth Social") |
//! | `title.before_name` | a title or role, optionally qualified by a country or organisation, before a capitalised name ("NATO Secretary General Mark Rutte", "President Donald Trump", "Sen. Ann Lee") |
//! | `name.capitalised` | a run of capitalised words (with particles, initials, "of" after an organisation head) |
//! | `name.single_confirmed` | a single capitalised word at the start of a sentence, kept only when the rest of the document confirms it (it is capitalised mid-sentence elsewhere, or a speech verb follows it) |
//! | `alias.surname` / `alias.first_name` | a single word that is the last (first) word of a fuller person name in the document ("Trump", "Donald") |
//! | `description.appositive` | "Mark Rutte, the NATO chief," or "Jane Doe, the chief executive of Acme": the description is the name before it |
//! | `description.role_match` | "the president", "The US President", "the NATO chief", "NATO's secretary general": links to the person holding a matching role (same head title; same organisation or country when one is given). Generic heads ("chief", "head", "leader") need a matching organisation or country |
//! | `description.nearest_person` | a role description whose role nobody holds yet links to the nearest preceding person in its sentence who holds no other role ("... from Mark Rutte, in which the NATO Secretary General praised ...") |
//!
//! Choices:
//! - Demonyms and adjectives ("American", "European", "Iranian") do not make mentions: "NO American president"
//!   or "European suppliers" describe; they do not name an actor. They qualify roles ("the American president").
//! - "America" is the United States (news usage) and joins its cluster with "US", "U.S.", "United States";
//!   a gazetteer actor is named by its canonical name when the text uses it, else by the form used most.
//!   "Europe" (the continent, a place) and the "European Union" (an organisation) stay apart.
//! - Pronouns are not mentions (quotes.rs resolves pronouns for speakers). Descriptions that no rule can link
//!   ("the president" in a text with no president) are dropped rather than guessed.
//! - A capitalised word at the start of a sentence (or after an opening quotation mark or a colon) is a name only
//!   if it is not a stop word, is not seen in lower case elsewhere in the document, and is confirmed; this keeps
//!   "Under the plan", "Earlier this year", "So far", "Safe travels" out. Capitalised phrases that fill a pair of
//!   quotation marks (scare quotes, titles of works) and photo credits ("(Image: Getty)") are not actors.

pub mod lexicon;

use crate::analysis::lexicon::{TableMap, TableSet, TextMap, TextSet, TextState, WordFilter};
use std::borrow::Cow;
use self::lexicon::*;
use crate::analysis::document::{Document, TokenKind};
use crate::analysis::model::{Actor, ActorKind, Mention, Span};

/// Recognises and clusters the actors of a document. Ids "a1", "a2", ... follow the order of first mention.
pub fn recognize(doc: &Document<'_>) -> Vec<Actor> {
    let r = Recognizer::new(doc);
    let raws = r.scan();
    r.cluster(raws)
}

#[derive(Clone, Debug)]
struct Tk<'a> {
    start: usize,
    /// End of the token without a possessive "'s".
    core_end: usize,
    text: &'a str,
    core: &'a str,
    poss: bool,
    word: bool,
    cap: bool,
    allcaps: bool,
    initial: bool,
    sent: usize,
    /// `core` lower-cased, with ’ as ' (borrowed from the document's table for ASCII tokens).
    low: Cow<'a, str>,
}

#[derive(Clone, Debug, PartialEq)]
struct Role {
    modk: Option<String>,
    head: String,
    generic: bool,
    text: String,
}

#[derive(Clone, Debug)]
enum RawKind<'d> {
    Gaz(usize),
    Name {
        /// the name's words, borrowed from the text
        words: Vec<&'d str>,
        role: Option<Role>,
        titled: bool,
        needs_conf: bool,
        hint: ActorKind,
    },
    Desc {
        role: Role,
        appos: Option<usize>,
    },
}

#[derive(Clone, Debug)]
struct Raw<'d> {
    #[allow(dead_code)]
    tok: usize,
    tok_end: usize,
    start: usize,
    end: usize,
    sent: usize,
    kind: RawKind<'d>,
}

struct Recognizer<'d, 'a> {
    doc: &'d Document<'a>,
    toks: Vec<Tk<'d>>,
    gaz_index: &'static TableMap<&'static str, Vec<(usize, Vec<&'static str>)>>,
    title_index: &'static TableMap<String, Vec<(usize, Vec<String>)>>,
    lower_seen: TextSet<Cow<'d, str>>,
    cap_noninitial: TextSet<&'d str>,
    stop: &'static TableSet<&'static str>,
    demonyms: &'static TableMap<&'static str, &'static str>,
    gaz_filter: &'static WordFilter,
    title_filter: &'static WordFilter,
    /// `gaz_at` of every token, computed once (the rules ask for most tokens several times); u32 to keep it small.
    gaz: Vec<Option<(u32, u32)>>,
}

/// The lexicon's look-up tables, built once for every document: gazetteer forms and titles by first word, stop
/// words, demonyms.
struct Tables {
    gaz_index: TableMap<&'static str, Vec<(usize, Vec<&'static str>)>>,
    title_index: TableMap<String, Vec<(usize, Vec<String>)>>,
    /// Quick filters in front of the two indexes (most words are neither).
    gaz_filter: WordFilter,
    /// Every gazetteer key but "the" starts with an upper-case letter: a word that is not capitalised can start
    /// no form but "the"/"The" (computed from the table, so that a lower-case form added later still works).
    gaz_keys_capitalised: bool,
    title_filter: WordFilter,
    stop: TableSet<&'static str>,
    demonyms: TableMap<&'static str, &'static str>,
    /// `TITLES`' forms, `ORG_WORDS`, `NON_ACTOR_HEADS` and `NON_ACTOR_WORDS` as sets (asked for most capitalised words).
    title_forms: TableSet<&'static str>,
    org_words: TableSet<&'static str>,
    non_actor_heads: TableSet<&'static str>,
    non_actor_words: TableSet<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut gaz_index: TableMap<&'static str, Vec<(usize, Vec<&'static str>)>> = TableMap::default();
        for (gi, gz) in GAZETTEER.iter().enumerate() {
            for form in gz.forms {
                let words: Vec<&'static str> = form.split_whitespace().collect();
                let Some(&first) = words.first() else {
                    continue;
                };
                let key = if first == "The" { "the" } else { first };
                gaz_index.entry(key).or_default().push((gi, words));
            }
        }
        let mut title_index: TableMap<String, Vec<(usize, Vec<String>)>> = TableMap::default();
        for (ti, title) in TITLES.iter().enumerate() {
            let words: Vec<String> = title
                .form
                .split_whitespace()
                .map(|w| w.to_string())
                .collect();
            let Some(first) = words.first() else { continue };
            let key = first.trim_end_matches('.').to_string();
            title_index.entry(key).or_default().push((ti, words));
        }
        Tables {
            gaz_filter: WordFilter::new(gaz_index.keys().copied()),
            gaz_keys_capitalised: gaz_index.keys().all(|k| *k == "the" || starts_upper(k)),
            title_filter: WordFilter::new(title_index.keys().map(String::as_str)),
            gaz_index,
            title_index,
            stop: STOP_WORDS.iter().copied().collect(),
            demonyms: DEMONYMS.iter().copied().collect(),
            title_forms: TITLES.iter().map(|t| t.form).collect(),
            org_words: ORG_WORDS.iter().copied().collect(),
            non_actor_heads: NON_ACTOR_HEADS.iter().copied().collect(),
            non_actor_words: NON_ACTOR_WORDS.iter().copied().collect(),
        }
    })
}

fn strip_possessive(text: &str) -> (&str, bool) {
    // every suffix ends in s or S: most words are turned away by their last byte
    if !matches!(text.as_bytes().last(), Some(b's' | b'S')) {
        return (text, false);
    }
    for suf in ["'s", "’s", "'S", "’S"] {
        if let Some(core) = text.strip_suffix(suf) {
            if !core.is_empty() {
                return (core, true);
            }
        }
    }
    (text, false)
}

fn is_quote_char(s: &str) -> bool {
    matches!(s, "\"" | "'" | "“" | "”" | "‘" | "’" | "«" | "»" | "„")
}

/// Whether a token may start a new sentence-like stretch for the word after it (`Recognizer::new`): only these
/// punctuation tokens can, so the first byte turns away every other token before the string comparisons.
fn may_open(prev: &str) -> bool {
    // ':' '(' '[' '|' '"' '\'' '-', and the first byte of “ ” ‘ ’ „ — – • (E2) and « » (C2)
    matches!(prev.as_bytes().first(), Some(b':' | b'(' | b'[' | b'|' | b'"' | b'\'' | b'-' | 0xE2 | 0xC2))
}

/// The first character is upper-case (lower-case), read from the first byte when it is ASCII.
fn starts_upper(s: &str) -> bool {
    match s.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => s.chars().next().is_some_and(char::is_uppercase),
    }
}

fn starts_lower(s: &str) -> bool {
    match s.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => s.chars().next().is_some_and(char::is_lowercase),
    }
}

/// At least two letters, all upper-case ("NATO", "U.S.").
fn all_caps(core: &str, ascii: bool) -> bool {
    if ascii {
        let b = core.as_bytes();
        b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2
            && b.iter().filter(|c| c.is_ascii_alphabetic()).all(u8::is_ascii_uppercase)
    } else {
        core.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && core.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
    }
}

impl<'d, 'a> Recognizer<'d, 'a> {
    fn new(doc: &'d Document<'a>) -> Self {
        let mut toks: Vec<Tk<'d>> = doc
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let text = doc.tok_text(t);
                let word = t.kind == TokenKind::Word;
                let (core, poss) = if word {
                    strip_possessive(text)
                } else {
                    (text, false)
                };
                let cap = word && starts_upper(core);
                let ascii = word && core.is_ascii();
                let allcaps = cap && all_caps(core, ascii);
                let low = if !word {
                    Cow::Borrowed("")
                } else if ascii {
                    // the document's lower-cased token, minus any "'s" (ASCII: the same bytes)
                    match doc.lower(i).get(..core.len()) {
                        Some(l) => Cow::Borrowed(l),
                        None => Cow::Owned(core.to_ascii_lowercase()),
                    }
                } else if core.contains('’') {
                    Cow::Owned(core.to_lowercase().replace('’', "'"))
                } else {
                    Cow::Owned(core.to_lowercase())
                };
                Tk {
                    start: t.start,
                    core_end: t.start + core.len(),
                    text,
                    core,
                    poss,
                    word,
                    cap,
                    allcaps,
                    initial: false,
                    sent: usize::MAX,
                    low,
                }
            })
            .collect();
        // sentence index and sentence-initial positions
        for (si, s) in doc.sentences.iter().enumerate() {
            for k in s.tok_start..s.tok_end.min(toks.len()) {
                toks[k].sent = si;
            }
            if let Some(t) = toks.get_mut(s.tok_start) {
                t.initial = true;
            }
        }
        for k in 1..toks.len() {
            let prev = toks[k - 1].text;
            if !may_open(prev) {
                continue;
            }
            let glued = toks[k - 1].start + prev.len() == toks[k].start;
            if matches!(prev, ":" | "—" | "–" | "(" | "[" | "•" | "|")
                || (is_quote_char(prev) && glued)
                || (prev == "-" && !glued)
            {
                toks[k].initial = true;
            }
        }
        // title-case paragraphs (headlines in Title Case): every word counts as initial
        for &(ps, pe) in &doc.paragraphs {
            let a = toks.partition_point(|t| t.start < ps);
            let b = toks.partition_point(|t| t.start < pe);
            let Some(slice) = toks.get(a..b) else {
                continue;
            };
            let (content, caps) = slice
                .iter()
                .filter(|t| t.word && t.core.len() > 3 && t.core.chars().count() > 3)
                .fold((0usize, 0usize), |(n, c), t| (n + 1, c + usize::from(t.cap)));
            if content >= 4 && caps * 4 >= content * 3 {
                for t in toks.get_mut(a..b).into_iter().flatten() {
                    t.initial = true;
                }
            }
        }
        // sized once for the distinct lower-case words (about a quarter of the tokens), not grown step by step
        let mut lower_seen: TextSet<Cow<'d, str>> = TextSet::with_capacity_and_hasher(toks.len() / 4, TextState::default());
        let mut cap_noninitial = TextSet::default();
        for t in &toks {
            if !t.word {
                continue;
            }
            if starts_lower(t.core) {
                // borrowed from the document's table for ASCII tokens: cloning the Cow copies no text
                lower_seen.insert(t.low.clone());
            } else if t.cap && !t.initial {
                cap_noninitial.insert(t.core);
            }
        }
        let t = tables();
        let mut r = Recognizer {
            doc,
            toks,
            gaz_index: &t.gaz_index,
            title_index: &t.title_index,
            lower_seen,
            cap_noninitial,
            stop: &t.stop,
            demonyms: &t.demonyms,
            gaz_filter: &t.gaz_filter,
            title_filter: &t.title_filter,
            gaz: Vec::new(),
        };
        r.gaz = (0..r.toks.len())
            .map(|i| r.find_gaz_at(i).and_then(|(g, e)| Some((u32::try_from(g).ok()?, u32::try_from(e).ok()?))))
            .collect();
        r
    }

    /// Whether the word is seen in lower case elsewhere: `lower_seen` holds `low` (’ read as '), this asks for
    /// the plain lower-cased word, which is `low` itself unless the word has a ’.
    fn seen_in_lower_case(&self, t: &Tk) -> bool {
        if t.core.contains('’') {
            self.lower_seen.contains(t.core.to_lowercase().as_str())
        } else {
            self.lower_seen.contains(t.low.as_ref())
        }
    }

    fn is_stop(&self, t: &Tk) -> bool {
        self.stop.contains(t.low.as_ref())
    }

    /// "American", "Americans", "Hispanics": demonyms and their plurals.
    fn is_demonym(&self, core: &str) -> bool {
        self.demonyms.contains_key(core)
            || core
                .strip_suffix('s')
                .is_some_and(|c| self.demonyms.contains_key(c))
            || core == "Yorkers"
    }

    fn glued(&self, k: usize) -> bool {
        match (self.toks.get(k.wrapping_sub(1)), self.toks.get(k)) {
            (Some(a), Some(b)) if k > 0 => a.start + a.text.len() == b.start,
            _ => false,
        }
    }

    /// The longest gazetteer form starting at token `i`: (entry, end token).
    fn gaz_at(&self, i: usize) -> Option<(usize, usize)> {
        self.gaz.get(i).copied().flatten().map(|(g, e)| (g as usize, e as usize))
    }

    /// `gaz_at` as computed once per token by `new`.
    fn find_gaz_at(&self, i: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(i)?;
        if !t.word {
            return None;
        }
        let key = if t.text == "The" || t.text == "the" {
            "the"
        } else {
            t.core
        };
        // `core` and `text` start with the same character: not capitalised, neither can be a key
        if key != "the" && !t.cap && tables().gaz_keys_capitalised {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        let mut try_key = |key: &str| {
            if !self.gaz_filter.may_contain(key) {
                return;
            }
            for (gi, words) in self.gaz_index.get(key).into_iter().flatten() {
                let n = words.len();
                let mut ok = true;
                for (k, w) in words.iter().enumerate() {
                    let Some(tk) = self.toks.get(i + k) else {
                        ok = false;
                        break;
                    };
                    let last = k + 1 == n;
                    let m = if k == 0 && *w == "The" {
                        tk.text == "The" || tk.text == "the"
                    } else if last {
                        tk.core == *w
                    } else {
                        tk.text == *w
                    };
                    if !m || (k > 0 && tk.sent != t.sent) {
                        ok = false;
                        break;
                    }
                }
                if ok && best.is_none_or(|(_, e)| i + n > e) {
                    best = Some((*gi, i + n));
                }
            }
        };
        try_key(key);
        // `key` is "the" or `core`, a prefix of `text`: it differs from `text` exactly when it is shorter
        if key.len() != t.text.len() && t.text != "the" && t.text != "The" {
            try_key(t.text);
        }
        best
    }

    /// The longest title starting at token `i`: (title index, end token).
    fn title_at(&self, i: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(i)?;
        if !t.word {
            return None;
        }
        if !self.title_filter.may_contain(t.low.as_ref()) {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for (ti, words) in self.title_index.get(t.low.as_ref()).into_iter().flatten() {
            let mut k = i;
            let mut ok = true;
            for (wi, w) in words.iter().enumerate() {
                let Some(tk) = self.toks.get(k) else {
                    ok = false;
                    break;
                };
                let last = wi + 1 == words.len();
                let cmp = tk.low.as_ref();
                if tk.sent != t.sent || !tk.word || tk.poss && !last {
                    ok = false;
                    break;
                }
                if let Some(stem) = w.strip_suffix('.') {
                    if cmp != stem
                        || self.toks.get(k + 1).map(|p| p.text) != Some(".")
                        || !self.glued(k + 1)
                    {
                        ok = false;
                        break;
                    }
                    k += 2;
                } else {
                    if cmp != w.as_str() {
                        ok = false;
                        break;
                    }
                    k += 1;
                }
            }
            if ok && best.is_none_or(|(_, e)| k > e) {
                best = Some((*ti, k));
            }
        }
        best
    }

    /// A run of capitalised name words starting at `i`; returns its end token.
    fn name_run(&self, i: usize) -> Option<usize> {
        let first = self.toks.get(i)?;
        if !first.cap || self.is_stop(first) || tables().title_forms.contains(first.low.as_ref()) {
            return None;
        }
        let s = first.sent;
        let mut j = i;
        let mut end = None;
        while let Some(t) = self.toks.get(j) {
            if t.sent != s {
                break;
            }
            let shouted = t.allcaps && self.lower_seen.contains(t.low.as_ref()) && self.gaz_at(j).is_none();
            if t.word
                && t.cap
                && !shouted
                && !self.is_stop(t)
                && (j == i || !CREDIT_WORDS.contains(&t.core))
            {
                j += 1;
                // an initial or an abbreviation: "Donald J. Trump", "St. Louis", "Martin Luther King Jr."
                if (t.core.chars().count() == 1
                    || matches!(t.core, "St" | "Ft" | "Mt" | "Jr" | "Sr"))
                    && self.toks.get(j).is_some_and(|p| p.text == ".")
                    && self.glued(j)
                {
                    if self.toks.get(j + 1).is_some_and(|n| n.cap && n.sent == s) {
                        j += 1;
                    } else {
                        end = Some(j);
                        break;
                    }
                }
                end = Some(j);
                if t.poss {
                    break;
                }
                continue;
            }
            let next_cap = self
                .toks
                .get(j + 1)
                .is_some_and(|n| n.cap && n.sent == s && !self.is_stop(n));
            // a plural possessive inside a name: "Farmers' League"
            if j > i
                && matches!(t.text, "'" | "’")
                && self.glued(j)
                && next_cap
                && self.toks.get(j - 1).is_some_and(|p| p.core.ends_with('s'))
                && self
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| n.start == t.start + t.text.len() + 1)
            {
                j += 1;
                continue;
            }
            if j > i && t.word && next_cap && PARTICLES.contains(&t.text) {
                j += 1;
                continue;
            }
            if j > i
                && t.text == "of"
                && next_cap
                && self
                    .toks
                    .get(j - 1)
                    .is_some_and(|p| OF_HEADS.contains(&p.core))
            {
                j += 1;
                continue;
            }
            break;
        }
        end
    }

    /// Scare quotes and titles of works: a capitalised run that ends right at a closing quotation mark, with
    /// only capitalised or stop words back to the opening mark.
    fn quoted_title(&self, i: usize, end: usize) -> bool {
        // title words: capitalised words, stop words, numbers and inner punctuation ("Ocean's 11", "The Long Night")
        let title_like = |t: &Tk| !t.word || t.cap || self.is_stop(t);
        let s = self.toks.get(i).map(|t| t.sent);
        // forwards to a closing mark glued to the word before it
        let mut close = None;
        let mut k = end;
        while k < end + 8 {
            let Some(t) = self.toks.get(k) else { break };
            if t.sent != s.unwrap_or(usize::MAX) && !is_quote_char(t.text) {
                break;
            }
            if is_quote_char(t.text) && self.glued(k) {
                close = Some(k);
                break;
            }
            if !title_like(t) || matches!(t.text, "." | "," | ";" | ":" | "!" | "?") {
                break;
            }
            k += 1;
        }
        if close.is_none() {
            return false;
        }
        // backwards to the opening mark
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 8 {
            k -= 1;
            steps += 1;
            let t = &self.toks[k];
            if is_quote_char(t.text) {
                return self
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.start == t.start + t.text.len());
            }
            if !title_like(t) {
                return false;
            }
        }
        false
    }

    fn gaz_kind(&self, gi: usize) -> GazKind {
        GAZETTEER
            .get(gi)
            .map(|g| g.kind)
            .unwrap_or(GazKind::Organisation)
    }

    fn raw(&self, tok: usize, tok_end: usize, kind: RawKind<'d>) -> Raw<'d> {
        let start = self.toks.get(tok).map(|t| t.start).unwrap_or(0);
        let end = tok_end
            .checked_sub(1)
            .and_then(|k| self.toks.get(k))
            .map(|t| t.core_end)
            .unwrap_or(start)
            .max(start);
        let sent = self.toks.get(tok).map(|t| t.sent).unwrap_or(usize::MAX);
        Raw {
            tok,
            tok_end,
            start,
            end,
            sent,
            kind,
        }
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|k| self.toks.get(k)),
        ) {
            (Some(x), Some(y)) if y.core_end >= x.start => {
                self.doc.slice(x.start, y.core_end).to_string()
            }
            _ => String::new(),
        }
    }

    /// det? modifier? TITLE (NAME | description).
    fn title_pattern(&self, i: usize, raws: &mut Vec<Raw<'d>>) -> Option<usize> {
        let t0 = self.toks.get(i)?;
        let det = t0.text == "the" || t0.text == "The";
        let j = if det { i + 1 } else { i };
        // the modifier's key, copied only when a role is made with it
        let mut modk: Option<Cow<'static, str>> = None;
        let mut mod_raw: Option<Raw<'d>> = None;
        let mut mod_poss = false;
        let mut k = j;
        if let Some((gi, end)) = self.gaz_at(j) {
            let g = GAZETTEER.get(gi)?;
            modk = Some(Cow::Borrowed(g.name));
            mod_raw = Some(self.raw(j, end, RawKind::Gaz(gi)));
            mod_poss = self.toks.get(end - 1).is_some_and(|t| t.poss);
            k = end;
        } else if let Some(tk) = self.toks.get(j) {
            if tk.cap {
                if let Some(c) = self.demonyms.get(tk.core) {
                    if !c.is_empty() {
                        modk = Some(Cow::Borrowed(*c));
                    }
                    k = j + 1;
                } else if let Some(nend) = self.name_run(j) {
                    // "Harlow's chief executive": a possessive name qualifies the role
                    if self.toks.get(nend - 1).is_some_and(|t| t.poss)
                        && self.title_at(nend).is_some()
                    {
                        let words: Vec<&str> = (j..nend)
                            .filter_map(|q| self.toks.get(q))
                            .filter(|t| t.word)
                            .map(|t| t.core)
                            .collect();
                        modk = Some(Cow::Owned(words.join(" ")));
                        let hint = self.hint(j, nend, &words);
                        mod_raw = Some(self.raw(
                            j,
                            nend,
                            RawKind::Name {
                                words,
                                role: None,
                                titled: false,
                                needs_conf: tk.initial,
                                hint,
                            },
                        ));
                        mod_poss = true;
                        k = nend;
                    }
                }
            }
        }
        let (ti, tend) = self.title_at(k)?;
        let title = TITLES.get(ti)?;
        let title_tok = self.toks.get(k)?;
        let s = title_tok.sent;
        if s != t0.sent || self.toks.get(j).is_some_and(|t| t.sent != s) {
            return None;
        }
        // TITLE NAME
        if !self.toks.get(tend - 1).is_some_and(|t| t.poss) {
            if let Some(name_end) = self.name_run(tend) {
                if self.gaz_at(tend).is_none() || name_end > tend + 1 {
                    let words: Vec<&str> = (tend..name_end)
                        .filter_map(|q| self.toks.get(q))
                        .filter(|t| t.word && !PARTICLES.contains(&t.text) && t.text != "of")
                        .map(|t| t.core)
                        .collect();
                    if !words.is_empty() {
                        if let Some(m) = mod_raw {
                            raws.push(m);
                        }
                        let role = if title.honorific {
                            None
                        } else {
                            Some(Role {
                                modk: modk.map(Cow::into_owned),
                                head: title.head.to_string(),
                                generic: title.generic,
                                text: self.span_text(j, tend),
                            })
                        };
                        let start_tok = if title.honorific { k } else { j };
                        raws.push(self.raw(
                            start_tok,
                            name_end,
                            RawKind::Name {
                                words,
                                role,
                                titled: true,
                                needs_conf: false,
                                hint: ActorKind::Person,
                            },
                        ));
                        return Some(name_end);
                    }
                }
            }
        }
        // description
        if title.honorific || (title.generic && modk.is_none()) {
            return None;
        }
        if modk.is_none() && CAP_ONLY_HEADS.contains(&title.head) && !title_tok.cap {
            return None;
        }
        let gaz_mod = mod_raw.as_ref().is_some_and(|m| matches!(m.kind, RawKind::Gaz(gi) if matches!(self.gaz_kind(gi), GazKind::Country | GazKind::Organisation | GazKind::Institution | GazKind::Media)));
        if !(det || mod_poss || gaz_mod) {
            return None;
        }
        // the next word must not continue a noun phrase with the title as a modifier ("the president election")
        if let Some(n) = self.toks.get(tend) {
            if n.sent == s && n.word && n.cap && !self.is_stop(n) && self.gaz_at(tend).is_none() {
                return None;
            }
        }
        let mut end = tend;
        let mut modk = modk;
        let mut extra: Option<Raw<'d>> = None;
        if self
            .toks
            .get(tend)
            .is_some_and(|t| t.text == "of" && t.sent == s)
        {
            let after = if self.toks.get(tend + 1).is_some_and(|t| t.text == "the") {
                tend + 2
            } else {
                tend + 1
            };
            if let Some((gi, gend)) = self.gaz_at(after) {
                if modk.is_none() {
                    modk = GAZETTEER.get(gi).map(|g| Cow::Borrowed(g.name));
                }
                extra = Some(self.raw(after, gend, RawKind::Gaz(gi)));
                end = gend;
            } else if let Some(nend) = self.name_run(after) {
                if modk.is_none() {
                    modk = Some(Cow::Owned(self.span_text(after, nend)));
                }
                // the organisation itself is a mention: "the chief executive of Acme Corp"
                let words: Vec<&str> = (after..nend)
                    .filter_map(|q| self.toks.get(q))
                    .filter(|t| t.word && t.text != "of")
                    .map(|t| t.core)
                    .collect();
                let hint = match self.hint(after, nend, &words) {
                    ActorKind::Person => ActorKind::Organisation,
                    k => k,
                };
                extra = Some(self.raw(
                    after,
                    nend,
                    RawKind::Name {
                        words,
                        role: None,
                        titled: false,
                        needs_conf: false,
                        hint,
                    },
                ));
                end = nend;
            }
        }
        // appositive: "Mark Rutte, the NATO chief"
        let appos = if i >= 2 && self.toks.get(i - 1).is_some_and(|t| t.text == ",") {
            raws.iter()
                .rposition(|r| r.tok_end == i - 1 && matches!(r.kind, RawKind::Name { .. }))
        } else {
            None
        };
        if let Some(m) = mod_raw {
            raws.push(m);
        }
        let role = Role {
            modk: modk.map(Cow::into_owned),
            head: title.head.to_string(),
            generic: title.generic,
            text: self.span_text(j, end),
        };
        // "Harlow's chief executive, Daniel Reyes,": the name after the description holds the role
        let mut after: Option<(Raw<'d>, usize)> = None;
        if appos.is_none()
            && self
                .toks
                .get(end)
                .is_some_and(|t| t.text == "," && t.sent == s)
        {
            if let Some(nend) = self.name_run(end + 1) {
                let words: Vec<&str> = (end + 1..nend)
                    .filter_map(|q| self.toks.get(q))
                    .filter(|t| t.word && !PARTICLES.contains(&t.text) && t.text != "of")
                    .map(|t| t.core)
                    .collect();
                if !words.is_empty() && self.gaz_at(end + 1).is_none() {
                    let r = self.raw(
                        end + 1,
                        nend,
                        RawKind::Name {
                            words,
                            role: Some(role.clone()),
                            titled: false,
                            needs_conf: false,
                            hint: ActorKind::Person,
                        },
                    );
                    after = Some((r, nend));
                }
            }
        }
        let di = raws.len();
        raws.push(self.raw(i, end, RawKind::Desc { role, appos }));
        if let Some(x) = extra {
            raws.push(x);
        }
        if let Some((r, nend)) = after {
            let ni = raws.len();
            raws.push(r);
            if let Some(RawKind::Desc { appos, .. }) = raws.get_mut(di).map(|d| &mut d.kind) {
                *appos = Some(ni);
            }
            return Some(nend);
        }
        Some(end)
    }

    fn scan(&self) -> Vec<Raw<'d>> {
        let mut raws: Vec<Raw<'d>> = Vec::new();
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let tk = &self.toks[i];
            if !tk.word {
                i += 1;
                continue;
            }
            // photo credits: "(Image: Getty)"
            if CREDIT_WORDS.contains(&tk.core)
                && self.toks.get(i + 1).is_some_and(|t| t.text == ":")
            {
                let s = tk.sent;
                let mut k = i + 2;
                while k < n && self.toks[k].sent == s && self.toks[k].text != ")" {
                    k += 1;
                }
                i = k + 1;
                continue;
            }
            if let Some(next) = self.title_pattern(i, &mut raws) {
                i = next.max(i + 1);
                continue;
            }
            if let Some((gi, end)) = self.gaz_at(i) {
                let kind = self.gaz_kind(gi);
                let single_place = end == i + 1
                    && matches!(kind, GazKind::City | GazKind::Region | GazKind::Country);
                let continues = single_place
                    && !tk.poss
                    && self.toks.get(end).is_some_and(|t| {
                        t.cap
                            && t.sent == tk.sent
                            && !self.is_stop(t)
                            && self.gaz_at(end).is_none()
                            && self.title_at(end).is_none()
                    });
                if !continues {
                    raws.push(self.raw(i, end, RawKind::Gaz(gi)));
                    i = end;
                    continue;
                }
            }
            if tk.cap {
                // "Swedish-style", "Moscow-based", "US-led": adjectives, not names
                // "R-Texas", "D-Calif.": party and state labels
                let hyphen_adj = tk.core.rsplit_once('-').is_some_and(|(first, last)| {
                    last.chars().next().is_some_and(|c| c.is_lowercase())
                        || first.chars().count() == 1
                });
                if hyphen_adj {
                    i += 1;
                    continue;
                }
                let demonym = self.is_demonym(tk.core)
                    && !self
                        .toks
                        .get(i + 1)
                        .is_some_and(|t| t.cap && t.sent == tk.sent && !self.is_stop(t));
                if self.is_stop(tk)
                    || demonym
                    || ((tk.initial || tk.allcaps) && self.seen_in_lower_case(tk))
                {
                    i += 1;
                    continue;
                }
                if let Some(end) = self.name_run(i) {
                    if self.quoted_title(i, end) || self.not_an_actor(i, end) {
                        i = end;
                        continue;
                    }
                    // "Democrat Hillary Clinton", "Republican Donald Trump": the adjective is no part of the name
                    let mut b = i;
                    while end > b + 1
                        && self.toks.get(b).is_some_and(|t| {
                            let country = self.demonyms.get(t.core).copied().unwrap_or("");
                            !country.is_empty() && (end > b + 2 || country.ends_with("Party"))
                        })
                        && !(b..end).any(|q| {
                            self.toks
                                .get(q)
                                .is_some_and(|t| tables().org_words.contains(t.core))
                        })
                    {
                        b += 1;
                    }
                    let tk = &self.toks[b];
                    let words: Vec<&str> = (b..end)
                        .filter_map(|q| self.toks.get(q))
                        .filter(|t| t.word && !PARTICLES.contains(&t.text) && t.text != "of")
                        .map(|t| t.core)
                        .collect();
                    let all_initial = (b..end).all(|q| self.toks[q].initial);
                    let needs_conf =
                        (words.len() == 1 && tk.initial) || (words.len() > 1 && all_initial);
                    let hint = self.hint(b, end, &words);
                    raws.push(self.raw(
                        b,
                        end,
                        RawKind::Name {
                            words,
                            role: None,
                            titled: false,
                            needs_conf,
                            hint,
                        },
                    ));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        raws
    }

    /// Capitalised runs that name no actor: laws, wars, days, programmes ("Affordable Care Act", "Election Day"),
    /// lone generic words ("Medicaid", "State"), all-demonym runs ("African Americans") and all-capital
    /// headings ("FULL TEXT").
    fn not_an_actor(&self, i: usize, end: usize) -> bool {
        let Some(run) = self.toks.get(i..end) else {
            return true;
        };
        let words = || run.iter().filter(|t| t.word && t.cap);
        let Some(last) = words().last() else {
            return true;
        };
        let n = words().count();
        if tables().non_actor_heads.contains(last.core)
            || (n == 1 && tables().non_actor_words.contains(last.core))
        {
            return true;
        }
        if words().all(|t| self.is_demonym(t.core)) {
            return true;
        }
        // all-capital runs of several words are headings, datelines or shouting ("FULL TEXT", "NEW YORK")
        n >= 2 && words().all(|t| t.allcaps)
    }

    fn hint(&self, i: usize, end: usize, words: &[&str]) -> ActorKind {
        if words.iter().any(|w| tables().org_words.contains(*w)) {
            return ActorKind::Organisation;
        }
        if words
            .last()
            .is_some_and(|w| PLACE_WORDS.contains(w))
            || words.first().is_some_and(|&w| w == "Mount" || w == "Lake")
        {
            return ActorKind::Place;
        }
        if words.len() >= 2
            && words
                .first()
                .is_some_and(|w| PLACE_PREFIXES.contains(w))
        {
            return ActorKind::Place;
        }
        // "the Social Liberals", "the Clintons": a plural after "the" is a group
        let plural = words
            .last()
            .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        if plural
            && i > 0
            && self
                .toks
                .get(i - 1)
                .is_some_and(|p| p.text == "the" || p.text == "The")
        {
            return ActorKind::Organisation;
        }
        // "Arequipa, the country's second-largest city"
        let s = self.toks.get(i).map(|t| t.sent).unwrap_or(usize::MAX);
        if self.toks.get(end).is_some_and(|t| t.text == ",")
            && self
                .toks
                .get(end + 1)
                .is_some_and(|t| t.text == "the" || t.text == "a")
            && (end + 1..end + 7).any(|q| {
                self.toks
                    .get(q)
                    .is_some_and(|t| PLACE_NOUNS.contains(&t.core) && t.sent == s)
            })
        {
            return ActorKind::Place;
        }
        // "40 kilometres east of Arequipa"
        if i >= 2
            && self.toks.get(i - 1).is_some_and(|p| p.text == "of")
            && self
                .toks
                .get(i - 2)
                .is_some_and(|p| DIRECTIONS.contains(&p.text))
        {
            return ActorKind::Place;
        }
        if words.len() == 1 {
            if self.toks.get(i).is_some_and(|t| t.allcaps) {
                return ActorKind::Organisation;
            }
            if i > 0
                && self
                    .toks
                    .get(i - 1)
                    .is_some_and(|p| PLACE_PREPS.contains(&p.text))
            {
                return ActorKind::Place;
            }
        }
        let _ = end;
        ActorKind::Person
    }

    fn confirmed(&self, raw: &Raw<'_>, words: &[&str]) -> bool {
        if words.len() == 1 {
            if let Some(w) = words.first() {
                if self.cap_noninitial.contains(*w) {
                    return true;
                }
            }
        } else if let Some(w) = words.last() {
            if self.cap_noninitial.contains(*w) {
                return true;
            }
        }
        self.toks
            .get(raw.tok_end)
            .is_some_and(|t| PERSON_VERBS.contains(&t.text))
    }

    fn cluster(&self, raws: Vec<Raw<'d>>) -> Vec<Actor> {
        let mut ents: Vec<Ent> = Vec::new();
        let mut by_key: TextMap<String, usize> = TextMap::default();
        // raw index -> entity
        let mut assigned: Vec<Option<usize>> = vec![None; raws.len()];
        let mut get_ent = |ents: &mut Vec<Ent>, key: String, kind: ActorKind| -> usize {
            if let Some(&e) = by_key.get(&key) {
                return e;
            }
            ents.push(Ent::new(kind));
            by_key.insert(key, ents.len() - 1);
            ents.len() - 1
        };
        // gazetteer entities by canonical name (the keys above have other prefixes): no key string per mention
        let mut by_gaz: TextMap<&'static str, usize> = TextMap::default();
        // 1. gazetteer mentions and multi-word names
        let mut surnames: TextMap<String, Vec<usize>> = TextMap::default();
        let mut firstnames: TextMap<String, Vec<usize>> = TextMap::default();
        let mut multi_words: TextSet<&str> = TextSet::default();
        let mut org_short: TextMap<String, Vec<usize>> = TextMap::default();
        for (ri, r) in raws.iter().enumerate() {
            match &r.kind {
                RawKind::Gaz(gi) => {
                    let Some(g) = GAZETTEER.get(*gi) else {
                        continue;
                    };
                    let e = match by_gaz.get(g.name) {
                        Some(&e) => e,
                        None => {
                            ents.push(Ent::new(g.kind.actor_kind()));
                            by_gaz.insert(g.name, ents.len() - 1);
                            ents.len() - 1
                        }
                    };
                    ents[e].gaz = Some(*gi);
                    ents[e].push(self.doc, r, g.kind.rule(), None);
                    assigned[ri] = Some(e);
                }
                RawKind::Name {
                    words,
                    role,
                    titled,
                    needs_conf,
                    hint,
                } if words.len() >= 2 => {
                    if *needs_conf && !self.confirmed(r, words) {
                        continue;
                    }
                    let mut core = words.iter().copied().filter(|w| w.chars().count() > 1);
                    let Some(f) = core.next() else {
                        continue;
                    };
                    let l = core.last().unwrap_or(f);
                    let key = if *hint == ActorKind::Person {
                        key_of("p:", &[f, l], " ")
                    } else {
                        key_of("o:", words, " ")
                    };
                    let e = get_ent(&mut ents, key, *hint);
                    let rule = if *titled {
                        "title.before_name"
                    } else {
                        "name.capitalised"
                    };
                    let form = if *hint == ActorKind::Person || *titled {
                        initials(words)
                    } else {
                        self.doc.slice(r.start, r.end).to_string()
                    };
                    ents[e].push(self.doc, r, rule, Some(&form));
                    if let Some(ro) = role {
                        ents[e].add_role(ro.clone());
                    }
                    assigned[ri] = Some(e);
                    if *hint == ActorKind::Organisation {
                        // "Brightwave" for "Brightwave Systems", "Harlow" for "Harlow Chemicals"; "the League" for
                        // "the Farmers' League"
                        for key in [f.to_string(), l.to_string()] {
                            if key == l && !tables().org_words.contains(key.as_str()) {
                                continue;
                            }
                            let fv = org_short.entry(key).or_default();
                            if !fv.contains(&e) {
                                fv.push(e);
                            }
                        }
                    }
                    if *hint == ActorKind::Person {
                        let sv = surnames.entry(l.to_string()).or_default();
                        if !sv.contains(&e) {
                            sv.push(e);
                        }
                        let fv = firstnames.entry(f.to_string()).or_default();
                        if !fv.contains(&e) {
                            fv.push(e);
                        }
                    }
                    for &w in words {
                        multi_words.insert(w);
                    }
                }
                _ => {}
            }
        }
        // 2. single-word names: surname, first name, or a name of their own when confirmed. A lone name's kind
        // is voted over all its occurrences: a place if any occurrence reads as one ("in Brooklyn"), else an
        // organisation if any does, else a person.
        // sorted mention starts of each entity, kept up to date below, for the surnames' recency
        for ent in &mut ents {
            ent.starts = ent.mentions.iter().map(|m| m.span.start).collect();
            crate::sort::sort(&mut ent.starts);
        }
        let mut single_kind: TextMap<&str, ActorKind> = TextMap::default();
        for r in &raws {
            if let RawKind::Name {
                words,
                hint,
                titled: false,
                ..
            } = &r.kind
            {
                if let [w] = words.as_slice() {
                    let k = single_kind.entry(*w).or_insert(*hint);
                    if *hint == ActorKind::Place
                        || (*hint == ActorKind::Organisation && *k == ActorKind::Person)
                    {
                        *k = *hint;
                    }
                }
            }
        }
        for (ri, r) in raws.iter().enumerate() {
            let RawKind::Name {
                words,
                role,
                titled,
                needs_conf,
                hint,
            } = &r.kind
            else {
                continue;
            };
            if words.len() != 1 {
                continue;
            }
            let Some(&w) = words.first() else { continue };
            let (e, rule) = if let Some(v) = surnames.get(w) {
                // the most recently mentioned person with that surname, else the first
                let e = v
                    .iter()
                    .copied()
                    .max_by_key(|&e| {
                        // the latest mention starting at or before this one (sorted starts: binary search)
                        let st = &ents[e].starts;
                        let before = st.partition_point(|&s| s <= r.start);
                        before.checked_sub(1).and_then(|b| st.get(b)).map_or(0, |s| s + 1)
                    })
                    .unwrap_or(v[0]);
                (e, "alias.surname")
            } else if let Some(v) = firstnames.get(w).filter(|v| v.len() == 1) {
                (v[0], "alias.first_name")
            } else if let Some(v) = org_short.get(w).filter(|v| v.len() == 1) {
                (v[0], "alias.short_name")
            } else {
                if *needs_conf && !self.confirmed(r, words) && !multi_words.contains(w) {
                    continue;
                }
                let rule = if *titled {
                    "title.before_name"
                } else if *needs_conf {
                    "name.single_confirmed"
                } else {
                    "name.capitalised"
                };
                (
                    get_ent(
                        &mut ents,
                        key_of("s:", &[w], ""),
                        if *titled {
                            *hint
                        } else {
                            single_kind.get(w).copied().unwrap_or(*hint)
                        },
                    ),
                    rule,
                )
            };
            let rule = if *titled { "title.before_name" } else { rule };
            ents[e].push(self.doc, r, rule, Some(w));
            ents[e].note_start();
            if let Some(ro) = role {
                ents[e].add_role(ro.clone());
            }
            assigned[ri] = Some(e);
        }
        // 3. descriptions
        let descs: Vec<usize> = raws
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r.kind, RawKind::Desc { .. }))
            .map(|(i, _)| i)
            .collect();
        // appositives first
        for &di in &descs {
            let RawKind::Desc {
                role,
                appos: Some(a),
            } = &raws[di].kind
            else {
                continue;
            };
            if let Some(e) = assigned.get(*a).copied().flatten() {
                if ents[e].kind == ActorKind::Person {
                    ents[e].push(self.doc, &raws[di], "description.appositive", None);
                    ents[e].add_role(role.clone());
                    assigned[di] = Some(e);
                }
            }
        }
        // index of role holders by head title and by organisation/country, and sorted mention starts for recency
        let mut index: TextMap<String, Vec<usize>> = TextMap::default();
        for (e, ent) in ents.iter_mut().enumerate() {
            ent.starts = ent.mentions.iter().map(|m| m.span.start).collect();
            crate::sort::sort(&mut ent.starts);
            if ent.kind == ActorKind::Person {
                for r in &ent.roles {
                    index_role(&mut index, e, r);
                }
            }
        }
        for pass in 0..4 {
            for &di in &descs {
                if assigned[di].is_some() {
                    continue;
                }
                let RawKind::Desc { role, .. } = &raws[di].kind else {
                    continue;
                };
                let r = &raws[di];
                let found = if pass % 2 == 0 {
                    self.role_match(&ents, &index, role, r.start)
                        .map(|e| (e, "description.role_match"))
                } else if (pass == 1 && !role.generic) || pass == 3 {
                    self.nearest_person(&ents, &raws, &assigned, di, role)
                        .map(|e| (e, "description.nearest_person"))
                } else {
                    None
                };
                if let Some((e, rule)) = found {
                    ents[e].push(self.doc, r, rule, None);
                    ents[e].add_role(role.clone());
                    index_role(&mut index, e, role);
                    assigned[di] = Some(e);
                }
            }
        }
        // 4. actors in order of first mention
        let mut order: Vec<usize> = (0..ents.len())
            .filter(|&e| !ents[e].mentions.is_empty())
            .collect();
        for e in &mut ents {
            crate::sort::sort_by_key(&mut e.mentions, |m| (m.span.start, m.span.end));
            e.mentions.dedup_by_key(|m| (m.span.start, m.span.end));
        }
        crate::sort::sort_by_key(&mut order, |&e| {
            ents[e]
                .mentions
                .first()
                .map(|m| (m.span.start, std::cmp::Reverse(m.span.end)))
                .unwrap_or((usize::MAX, std::cmp::Reverse(0)))
        });
        order
            .into_iter()
            .enumerate()
            .map(|(n, e)| {
                let ent = &mut ents[e];
                let name = ent.name();
                let mut aliases: Vec<String> = Vec::new();
                for m in &ent.mentions {
                    if m.text != name && !aliases.contains(&m.text) {
                        aliases.push(m.text.clone());
                    }
                }
                let mut roles: Vec<String> = Vec::new();
                for r in &ent.roles {
                    if !r.text.is_empty() && !roles.iter().any(|x| x.eq_ignore_ascii_case(&r.text))
                    {
                        roles.push(r.text.clone());
                    }
                }
                Actor {
                    id: crate::analysis::lexicon::numbered_id("a", n + 1),
                    name,
                    kind: ent.kind,
                    roles,
                    aliases,
                    // each entity is output once (`order` has no repeats): its mentions move, not copied, without
                    // the spare room of their growth (they stay alive for the rest of the analysis)
                    mentions: {
                        let mut m = std::mem::take(&mut ent.mentions);
                        m.shrink_to_fit();
                        m
                    },
                }
            })
            .collect()
    }

    fn role_score(desc: &Role, roles: &[Role]) -> u8 {
        let mut best = 0;
        for r in roles {
            let head_ok = desc.generic || r.head == desc.head;
            if !head_ok {
                continue;
            }
            let s = match (&desc.modk, &r.modk) {
                (Some(a), Some(b)) if a == b => 3,
                (Some(_), Some(_)) => 0,
                (Some(_), None) if !desc.generic => 1,
                (Some(_), None) => 0,
                (None, _) if desc.generic => 0,
                (None, None) => 2,
                (None, Some(_)) => 1,
            };
            best = best.max(s);
        }
        best
    }

    fn role_match(
        &self,
        ents: &[Ent],
        index: &TextMap<String, Vec<usize>>,
        desc: &Role,
        pos: usize,
    ) -> Option<usize> {
        let mut best: Option<(u8, usize, usize)> = None;
        let key = if desc.generic {
            key_of("mod:", &[desc.modk.as_deref().unwrap_or("")], "")
        } else {
            key_of("head:", &[&desc.head], "")
        };
        let cands = index.get(&key).map(|v| v.as_slice()).unwrap_or(&[]);
        // the most recent role holders suffice (and keep hostile texts linear)
        for &e in cands.iter().rev().take(64) {
            let Some(ent) = ents.get(e) else { continue };
            if ent.kind != ActorKind::Person || ent.roles.is_empty() {
                continue;
            }
            let s = Self::role_score(desc, &ent.roles);
            if s == 0 {
                continue;
            }
            // recency: the latest mention before the description (or 0)
            let before = ent.starts.partition_point(|&st| st < pos);
            let rec = if before == 0 {
                0
            } else {
                ent.starts[before - 1] + 1
            };
            if best.is_none_or(|(bs, br, _)| (s, rec) > (bs, br)) {
                best = Some((s, rec, e));
            }
        }
        best.map(|(_, _, e)| e)
    }

    fn nearest_person(
        &self,
        ents: &[Ent],
        raws: &[Raw<'_>],
        assigned: &[Option<usize>],
        di: usize,
        desc: &Role,
    ) -> Option<usize> {
        let d = &raws[di];
        let mut k = di;
        let mut steps = 0;
        while k > 0 && steps < 30 {
            k -= 1;
            steps += 1;
            let r = &raws[k];
            if r.sent != d.sent {
                break;
            }
            if !matches!(r.kind, RawKind::Name { .. }) {
                continue;
            }
            let Some(e) = assigned.get(k).copied().flatten() else {
                continue;
            };
            let ent = &ents[e];
            if ent.kind != ActorKind::Person {
                continue;
            }
            if ent.roles.is_empty() || Self::role_score(desc, &ent.roles) > 0 {
                return Some(e);
            }
        }
        None
    }
}

/// A person's name from its words, with the periods of initials ("Donald J. Trump").
fn initials<S: AsRef<str>>(words: &[S]) -> String {
    // an initial is one upper-case letter: it takes a period
    let is_initial = |w: &str| w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    // written into one string of its exact length (was a string per word, their vector and the joined copy)
    let len = words.iter().map(|w| w.as_ref().len() + usize::from(is_initial(w.as_ref()))).sum::<usize>() + words.len().saturating_sub(1);
    let mut out = String::with_capacity(len);
    for (i, w) in words.iter().map(AsRef::as_ref).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
        if is_initial(w) {
            out.push('.');
        }
    }
    out
}

/// `prefix` followed by `parts` separated by `sep`, in one allocation (the clustering's map keys: `format!` and
/// `join` cost several hundred instructions a key).
fn key_of(prefix: &str, parts: &[&str], sep: &str) -> String {
    let len = prefix.len() + parts.iter().map(|p| p.len()).sum::<usize>() + sep.len() * parts.len().saturating_sub(1);
    let mut k = String::with_capacity(len);
    k.push_str(prefix);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            k.push_str(sep);
        }
        k.push_str(p);
    }
    k
}

fn index_role(index: &mut TextMap<String, Vec<usize>>, e: usize, r: &Role) {
    let head = key_of("head:", &[&r.head], "");
    let modk = r.modk.as_deref().map(|m| key_of("mod:", &[m], ""));
    for k in std::iter::once(head).chain(modk) {
        let v = index.entry(k).or_default();
        if v.last() != Some(&e) {
            if v.len() <= 256 {
                v.retain(|&x| x != e);
            }
            v.push(e);
        }
    }
}

struct Ent {
    /// Sorted starts of the name mentions, for recency.
    starts: Vec<usize>,
    kind: ActorKind,
    gaz: Option<usize>,
    /// Name forms seen (without titles), for `name`.
    names: Vec<String>,
    roles: Vec<Role>,
    mentions: Vec<Mention>,
}

impl Ent {
    fn new(kind: ActorKind) -> Ent {
        Ent {
            kind,
            gaz: None,
            names: Vec::new(),
            starts: Vec::new(),
            roles: Vec::new(),
            mentions: Vec::new(),
        }
    }

    fn push(&mut self, doc: &Document<'_>, r: &Raw<'_>, rule: &str, name: Option<&str>) {
        let span: Span = doc.span(r.start, r.end);
        let text = doc.slice(span.start, span.end).to_string();
        if text.is_empty() {
            return;
        }
        // a name form is copied only the first time it is seen
        if let Some(n) = name {
            if !self.names.iter().any(|x| x.as_str() == n) {
                self.names.push(n.to_string());
            }
        } else if self.gaz.is_some() && !self.names.contains(&text) {
            self.names.push(text.clone());
        }
        self.mentions.push(Mention {
            span,
            text,
            rule: rule.to_string(),
        });
    }

    /// Adds the start of the last mention (just pushed) to the sorted `starts`.
    fn note_start(&mut self) {
        if self.starts.len() < self.mentions.len() {
            if let Some(m) = self.mentions.last() {
                let at = self.starts.partition_point(|&s| s <= m.span.start);
                self.starts.insert(at, m.span.start);
            }
        }
    }

    fn add_role(&mut self, r: Role) {
        if !self.roles.contains(&r) {
            self.roles.push(r);
        }
    }

    fn name(&self) -> String {
        if let Some(g) = self.gaz.and_then(|gi| GAZETTEER.get(gi)) {
            if self.names.iter().any(|n| n.eq_ignore_ascii_case(g.name)) {
                return g.name.to_string();
            }
        }
        if self.gaz.is_some() {
            // the form the article uses most ("US" over a single "America"), then the longest
            let count = |n: &String| self.mentions.iter().filter(|m| &m.text == n).count();
            if let Some(best) = self.names.iter().max_by_key(|n| (count(n), n.len())) {
                return best.clone();
            }
        }
        let mut best: Option<&String> = None;
        for n in &self.names {
            let wc = n.split_whitespace().count();
            if best.is_none_or(|b| (wc, n.len()) > (b.split_whitespace().count(), b.len())) {
                best = Some(n);
            }
        }
        best.cloned()
            .or_else(|| self.mentions.first().map(|m| m.text.clone()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_level_word_checks_agree_with_the_character_definitions() {
        let words = [
            "", "A", "a", "NATO", "U.S.", "Rutte's", "Rutte’s", "CEO's", "É", "école", "Éric", "ÉTÉ", "Ünal",
            "İstanbul", "x1", "X1", "A1", "MP", "iPhone", "'s", "’s", "S", "s", "the", "—", "–", "•", "«", "»",
            "„", "“", "”", "‘", "’", "\"", "'", ":", "(", "[", "|", "-", ",", "Σ", "σ", "ǅ", "1990s",
        ];
        for w in words {
            let reference_possessive = ["'s", "’s", "'S", "’S"]
                .iter()
                .find_map(|suf| w.strip_suffix(suf).filter(|c| !c.is_empty()).map(|c| (c, true)))
                .unwrap_or((w, false));
            assert_eq!(strip_possessive(w), reference_possessive, "{w}");
            assert_eq!(starts_upper(w), w.chars().next().is_some_and(char::is_uppercase), "{w}");
            assert_eq!(starts_lower(w), w.chars().next().is_some_and(char::is_lowercase), "{w}");
            let reference_caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            assert_eq!(all_caps(w, w.is_ascii()), reference_caps, "{w}");
            let opens = matches!(w, ":" | "—" | "–" | "(" | "[" | "•" | "|" | "-") || is_quote_char(w);
            assert!(!opens || may_open(w), "{w}");
        }
        assert_eq!(key_of("p:", &["Mark", "Rutte"], " "), format!("p:{} {}", "Mark", "Rutte"));
        assert_eq!(key_of("o:", &["Acme", "Corp", "Ltd"], " "), format!("o:{}", ["Acme", "Corp", "Ltd"].join(" ")));
        assert_eq!(key_of("s:", &[], " "), "s:");
        assert!(tables().gaz_keys_capitalised, "the gazetteer's forms start with capitals (or \"The\")");
        let former_initials = |words: &[String]| {
            words
                .iter()
                .map(|w| {
                    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
                        format!("{w}.")
                    } else {
                        w.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        for names in [&["Donald", "J", "Trump"][..], &["A", "B"], &["É", "x", "Ünal"], &["Rutte"], &[], &["", "J"]] {
            let words: Vec<String> = names.iter().map(|w| w.to_string()).collect();
            let made = initials(&words);
            assert_eq!(made, former_initials(&words));
            assert_eq!(made.capacity(), made.len());
        }
    }

    fn actors(text: &str) -> Vec<Actor> {
        recognize(&Document::new(text))
    }

    fn find<'a>(a: &'a [Actor], name: &str) -> &'a Actor {
        a.iter().find(|x| x.name == name).unwrap_or_else(|| {
            panic!(
                "no actor {name}: {:?}",
                a.iter().map(|x| &x.name).collect::<Vec<_>>()
            )
        })
    }

    #[test]
    fn title_surname_and_description_cluster() {
        let a = actors("Prime Minister Ana Costa met the Kenyan president in Nairobi. Costa said the talks went well. The prime minister left on Friday.");
        let costa = find(&a, "Ana Costa");
        assert_eq!(costa.kind, ActorKind::Person);
        assert!(costa.aliases.contains(&"Costa".to_string()), "{costa:?}");
        assert!(
            costa.aliases.contains(&"The prime minister".to_string()),
            "{costa:?}"
        );
        assert!(a.iter().any(|x| x.name == "Kenya") == false);
        find(&a, "Nairobi");
    }

    #[test]
    fn sentence_initial_common_words_are_not_actors() {
        let a = actors("Under the plan, teachers get more. Earlier this year, pay fell. So far, nobody knows. Safe travels, said Lena Moss.");
        let names: Vec<&str> = a.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Lena Moss"]);
    }

    #[test]
    fn single_names_need_confirmation_at_sentence_start() {
        let a = actors("Okonjo said the port would reopen. Residents thanked Okonjo. Brightly lit boats waited.");
        let o = find(&a, "Okonjo");
        assert_eq!(o.mentions.len(), 2);
        assert!(
            o.mentions.iter().any(|m| m.rule == "name.single_confirmed"),
            "{o:?}"
        );
        assert_eq!(a.len(), 1, "{a:?}");
    }

    #[test]
    fn scare_quotes_and_credits_are_not_actors() {
        let a = actors("The minister called the scheme a \"Golden Ticket\" for donors. (Photo: Reuters Pictures)");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn role_patterns_link_descriptions() {
        let a = actors(
            "UN Secretary-General Ana Lima arrived in Geneva. Jane Doe, the chief executive of Acme Corp, met her. \
             The UN's secretary-general praised Doe. Later the Acme chief said the deal was done.",
        );
        let lima = find(&a, "Ana Lima");
        assert!(
            lima.roles.iter().any(|r| r == "UN Secretary-General"),
            "{lima:?}"
        );
        assert!(
            lima.aliases
                .iter()
                .any(|x| x == "The UN's secretary-general"),
            "{lima:?}"
        );
        let doe = find(&a, "Jane Doe");
        assert!(
            doe.roles
                .iter()
                .any(|r| r == "chief executive of Acme Corp"),
            "{doe:?}"
        );
        assert!(
            doe.mentions
                .iter()
                .any(|m| m.rule == "description.appositive"),
            "{doe:?}"
        );
        assert_eq!(find(&a, "Acme Corp").kind, ActorKind::Organisation);
        assert_eq!(find(&a, "UN").kind, ActorKind::Organisation);
        assert!(find(&a, "Acme Corp").aliases.iter().any(|x| x == "Acme"));
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "The",
            "the the the",
            "Mr.",
            "Sen. ",
            "’s",
            "A. B. C.",
            "President",
            "the president of",
            "\"\"\"",
            "NATO's",
        ] {
            let _ = actors(t);
        }
    }
}
