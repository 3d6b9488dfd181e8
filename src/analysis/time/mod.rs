//! Temporal expressions: recognition and TIMEX3 normalisation against the publication date.
//!
//! The tagger works on the document's tokens (hyphenated words split at their hyphens, "'s" split off),
//! each looked up once in the word tables of `lexicon.rs`. At every token the named patterns of
//! `rules.rs` are tried and the longest match wins; a match is then checked against the negative rules
//! (identifiers, counts, addresses, names, modal "may"), widened by a modifier written before it ("early",
//! "nearly", "the end of") and normalised by `resolve.rs` against the publication date (news mode) or the
//! last date mentioned (narrative mode). No regex, no allocation per character, no recursion.

pub mod lexicon;
pub mod resolve;
pub mod rules;

use super::date::Date;
use super::document::{Document, TokenKind};
use super::model::{DateRange, Span, Timex, TimexType};
use lexicon::Unit;
use rules::{El, Rule, Sem, E, RULES};
use std::collections::HashMap;
use std::sync::OnceLock;

/// What the word tables say about one (lower-cased) word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Info {
    pub word: &'static str,
    pub month: u8,
    pub month_abbr: bool,
    /// Weekday + 1 (0: not a weekday).
    pub weekday: u8,
    pub unit: Option<(Unit, bool)>,
    pub num: i64,
    pub ord: u8,
    pub season: Option<&'static str>,
    pub pod: Option<&'static str>,
    pub rel: Option<i64>,
    /// 1: a.m., 2: p.m.
    pub ampm: u8,
    pub zone: bool,
    /// 12: noon, 24: midnight.
    pub clock_word: u8,
    /// "nineties" -> 1990
    pub decade: i32,
    /// The rules (bit k = RULES[k]) that can start at this word.
    pub starts: u128,
    /// The rules that can go on at this word after a leading "the".
    pub starts_after_the: u128,
}

/// The lexicon entry of words that are not in it.
static NO_INFO: Info = Info {
    word: "",
    month: 0,
    month_abbr: false,
    weekday: 0,
    unit: None,
    num: 0,
    ord: 0,
    season: None,
    pod: None,
    rel: None,
    ampm: 0,
    zone: false,
    clock_word: 0,
    decade: 0,
    starts: 0,
    starts_after_the: 0,
};

/// Which leading elements of a rule a token of some kind can match.
fn el_fits_word(el: El, i: &Info) -> bool {
    match el {
        El::W(ws) => ws.contains(&i.word),
        El::Month => i.month > 0,
        El::Weekday => i.weekday > 0,
        El::Year => i.num == 2 || (11..=20).contains(&i.num),
        // "a hundred years", "a dozen years"
        El::Num => i.num > 0 || matches!(i.word, "a" | "an"),
        El::A => matches!(i.word, "a" | "an"),
        El::Vague => i.word == "a" || one_of(VAGUE_WORDS, i.word),
        El::UnitSg | El::UnitPl | El::Unit => i.unit.is_some(),
        El::Ord => i.ord > 0,
        El::Season => i.season.is_some(),
        El::Pod => i.pod.is_some(),
        El::Decade => i.decade > 0,
        El::Clock => i.clock_word > 0,
        El::Ampm => i.ampm > 0,
        El::Zone => i.zone,
        El::Rel => i.rel.is_some(),
        El::Holiday => lexicon::HOLIDAYS
            .iter()
            .any(|(ws, _)| ws.first() == Some(&i.word)),
        El::Day | El::Hy | El::P(_) | El::Slash | El::Iso => false,
    }
}

fn el_fits_punct(el: El) -> bool {
    matches!(el, El::Year | El::Decade | El::Hy | El::P(_))
}

/// Rules whose leading elements (the optional ones and the first required one) satisfy `fits`;
/// with `after_the`, the rules that start with "the" and whose elements after it do.
fn start_mask(fits: impl Fn(El) -> bool, after_the: bool) -> u128 {
    let mut m = 0u128;
    for (k, rule) in RULES.iter().enumerate().take(128) {
        let pat = if after_the {
            match rule.pat.first() {
                Some(E(El::W(ws), _)) if ws.contains(&"the") => &rule.pat[1..],
                _ => continue,
            }
        } else {
            rule.pat
        };
        for e in pat {
            if fits(e.0) {
                m |= 1 << k;
                break;
            }
            if !e.1 {
                break;
            }
        }
    }
    m
}

/// Start masks of punctuation: (alone, after "the").
fn punct_masks() -> &'static (u128, u128) {
    static M: OnceLock<(u128, u128)> = OnceLock::new();
    M.get_or_init(|| {
        (
            start_mask(el_fits_punct, false),
            start_mask(el_fits_punct, true),
        )
    })
}

/// The classes a number token can match first, with the token properties each needs (a superset of what
/// `Tagger::el` accepts, so that a rule left out could never have matched there).
const NUMBER_CLASSES: [El; 8] = [
    El::Year,
    El::Day,
    El::Num,
    El::Clock,
    El::Slash,
    El::Iso,
    El::Decade,
    El::Ord,
];

fn number_fits(el: El, t: &Tk) -> bool {
    let small = t.digits > 0 && t.digits <= 2;
    match el {
        El::Year => t.digits == 4 && !t.has_sep && t.n.is_some_and(|y| (1000..=2100).contains(&y)),
        El::Day => t.ord_num > 0 || (small && t.n.is_some_and(|d| (1..=31).contains(&d))),
        El::Num => {
            t.decimal.is_some()
                || (t.n.is_some()
                    && t.ord_num == 0
                    && t.decade.is_none()
                    && t.clock.is_none()
                    && t.slash.is_none())
        }
        El::Clock => t.clock.is_some() || (small && t.n.is_some_and(|h| (1..=12).contains(&h))),
        El::Slash => t.slash.is_some_and(|(_, _, y)| y.is_some()),
        El::Iso => t.digits == 4,
        El::Decade => t.decade.is_some(),
        El::Ord => t.ord_num > 0,
        _ => false,
    }
}

/// For each of `NUMBER_CLASSES`: the rules it can start (alone, and after a leading "the"). A rule starts at a
/// token when one of its leading elements fits, so a token's mask is the union over the classes it fits.
fn number_class_masks() -> &'static [(u128, u128); 8] {
    static M: OnceLock<[(u128, u128); 8]> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = [(0u128, 0u128); 8];
        for (k, &cl) in NUMBER_CLASSES.iter().enumerate() {
            let same = |el: El| std::mem::discriminant(&el) == std::mem::discriminant(&cl);
            m[k] = (start_mask(same, false), start_mask(same, true));
        }
        m
    })
}

/// The rules a number token can start (`after_the`: those that go on after a leading "the").
fn number_mask(t: &Tk, after_the: bool) -> u128 {
    let masks = number_class_masks();
    let mut m = 0;
    for (k, &cl) in NUMBER_CLASSES.iter().enumerate() {
        if number_fits(cl, t) {
            m |= if after_the { masks[k].1 } else { masks[k].0 };
        }
    }
    m
}

/// Rules that start with "the" (as an optional or required first element).
fn rules_with_the() -> u128 {
    static M: OnceLock<u128> = OnceLock::new();
    *M.get_or_init(|| start_mask(|_| true, true))
}

const AMPM: &[(&str, u8)] = &[
    ("a.m.", 1),
    ("a.m", 1),
    ("am", 1),
    ("p.m.", 2),
    ("p.m", 2),
    ("pm", 2),
];
const ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
    "et", "pt",
];
const CLOCK_WORDS: &[(&str, u8)] = &[("noon", 12), ("midnight", 24), ("midday", 12)];
/// The words that may follow "a"/"an" in a rule (besides units and numbers).
const AFTER_A: &[&str] = &[
    "few",
    "couple",
    "full",
    "whole",
    "further",
    "additional",
    "half",
    "while",
    "long",
    "little",
    "short",
    "later",
];
const VAGUE_WORDS: &[&str] = &[
    "few", "several", "many", "some", "couple", "numerous", "various",
];

/// A small multiplicative hash (FNV-1a) for the short lower-case words of the lexicon.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Lexicon = HashMap<&'static str, Info, std::hash::BuildHasherDefault<WordHasher>>;

/// `w` is one of `list` (lengths first: most words differ in length).
fn one_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.len() == w.len() && *x == w)
}

fn lexicon() -> &'static Lexicon {
    static MAP: OnceLock<Lexicon> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: Lexicon = Lexicon::default();
        fn e<'m>(m: &'m mut Lexicon, w: &'static str) -> &'m mut Info {
            m.entry(w).or_insert_with(|| Info {
                word: w,
                ..Info::default()
            })
        }
        for &(w, n, abbr) in lexicon::MONTHS {
            let i = e(&mut m, w);
            i.month = n;
            i.month_abbr = abbr;
        }
        for &(w, d) in lexicon::WEEKDAYS {
            e(&mut m, w).weekday = d + 1;
        }
        for &(w, u, pl) in lexicon::UNITS {
            e(&mut m, w).unit = Some((u, pl));
        }
        for &(w, n) in lexicon::NUMBERS {
            e(&mut m, w).num = n;
        }
        for &(w, n) in lexicon::ORDINALS {
            e(&mut m, w).ord = n;
        }
        for &(w, c) in lexicon::SEASONS {
            e(&mut m, w).season = Some(c);
        }
        for &(w, c) in lexicon::PARTS_OF_DAY {
            e(&mut m, w).pod = Some(c);
        }
        for &(w, r) in lexicon::RELATIVE {
            e(&mut m, w).rel = Some(r);
        }
        for &(w, a) in AMPM {
            e(&mut m, w).ampm = a;
        }
        for &w in ZONES {
            e(&mut m, w).zone = true;
        }
        for &(w, y) in lexicon::DECADE_WORDS {
            e(&mut m, w).decade = y;
        }
        for &(w, c) in CLOCK_WORDS {
            e(&mut m, w).clock_word = c;
        }
        // (the lists of context words - tense markers, identifiers, counts - are compared on the raw text
        // where they are needed, so that frequent words such as "said" are never looked up)
        let lists: [&[&'static str]; 2] = [VAGUE_WORDS, lexicon::MONTH_CONTEXT_BEFORE];
        for l in lists {
            for &w in l {
                e(&mut m, w);
            }
        }
        for &(ws, _, _) in lexicon::PRE_MODIFIERS {
            for &w in ws {
                e(&mut m, w);
            }
        }
        for w in [
            "a", "an", "the", "of", "ago", "'s", "nineteen", "thousand", "and", "on", "in", "at",
            "for", "since",
        ] {
            e(&mut m, w);
        }
        for &(ws, _) in lexicon::HOLIDAYS {
            for &w in ws {
                e(&mut m, w);
            }
        }
        for rule in RULES {
            for el in rule.pat {
                if let El::W(ws) = el.0 {
                    for &w in ws {
                        e(&mut m, w);
                    }
                }
            }
        }
        for info in m.values_mut() {
            let snapshot = *info;
            info.starts = start_mask(|el| el_fits_word(el, &snapshot), false);
            info.starts_after_the = start_mask(|el| el_fits_word(el, &snapshot), true);
        }
        m
    })
}

/// 1 for a word of `FUTURE_MARKERS`, 2 for one of `PAST_MARKERS`, else 0 (ASCII case ignored).
fn marker_kind(raw: &str) -> u8 {
    type Markers = HashMap<&'static str, u8, std::hash::BuildHasherDefault<WordHasher>>;
    // the markers, and for each first letter (a-z, or 26 for any other byte) the lengths (bit n) of the markers
    // that begin with it: most words fail that test and are never lower-cased or hashed
    static M: OnceLock<(Markers, [u32; 27])> = OnceLock::new();
    let (m, lengths) = M.get_or_init(|| {
        let mut m = Markers::default();
        let mut lengths = [0u32; 27];
        for (list, kind) in [(lexicon::PAST_MARKERS, 2), (lexicon::FUTURE_MARKERS, 1)] {
            for &w in list {
                m.insert(w, kind);
                let first = w.bytes().next().map_or(26, |c| if c.is_ascii_lowercase() { (c - b'a') as usize } else { 26 });
                if w.len() < 32 {
                    lengths[first] |= 1 << w.len();
                }
            }
        }
        (m, lengths)
    });
    let b = raw.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return 0;
    }
    let first = b[0].to_ascii_lowercase();
    let first = if first.is_ascii_lowercase() { (first - b'a') as usize } else { 26 };
    if lengths[first] & (1 << b.len()) == 0 {
        return 0;
    }
    let mut buf = [0u8; 16];
    for (k, &c) in b.iter().enumerate() {
        if !c.is_ascii() {
            return 0;
        }
        buf[k] = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()])
        .ok()
        .and_then(|s| m.get(s).copied())
        .unwrap_or(0)
}

/// A token of the tagger: a document token, or a part of a hyphenated word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tk {
    pub start: usize,
    pub end: usize,
    pub number: bool,
    pub punct: char,
    pub cap: bool,
    pub info: &'static Info,
    /// Integer value of a plain number ("2023", "5,000": has_sep).
    pub n: Option<i64>,
    pub digits: u8,
    pub has_sep: bool,
    pub decimal: Option<f64>,
    /// "24th"
    pub ord_num: u8,
    /// "1990s" -> 1990
    pub decade: Option<i32>,
    pub clock: Option<(u8, u8)>,
    pub slash: Option<SlashDate>,
    /// "2pm": 2 (1 for am)
    pub ampm: u8,
}

/// A numeric date with slashes: (first, second, (year, its number of digits)).
pub(crate) type SlashDate = (u32, u32, Option<(u32, u8)>);

impl Default for Tk {
    fn default() -> Tk {
        Tk {
            start: 0,
            end: 0,
            number: false,
            punct: '\0',
            cap: false,
            info: &NO_INFO,
            n: None,
            digits: 0,
            has_sep: false,
            decimal: None,
            ord_num: 0,
            decade: None,
            clock: None,
            slash: None,
            ampm: 0,
        }
    }
}

/// For each first letter a-z and second letter (a-z, or 26 for anything else): the lengths (bit n) of the
/// lexicon's words that begin so. Most words of a text fail this test and are never hashed.
fn first_letters_lengths() -> &'static [[u32; 27]; 26] {
    static M: OnceLock<[[u32; 27]; 26]> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = [[0u32; 27]; 26];
        for w in lexicon().keys() {
            let b = w.as_bytes();
            if let Some(&c) = b.first().filter(|c| c.is_ascii_lowercase()) {
                let second = match b.get(1) {
                    Some(&d) if d.is_ascii_lowercase() => (d - b'a') as usize,
                    _ => 26,
                };
                if w.len() < 32 {
                    m[(c - b'a') as usize][second] |= 1 << w.len();
                }
            }
        }
        m
    })
}

/// For each ASCII first byte that is not a lower-case letter: the lengths (bit n) of the lexicon's words that begin
/// with it (a lookup lower-cases the first byte, so the letters never come here). Punctuation and digits mostly fail
/// it and are never hashed.
fn other_first_lengths() -> &'static [u32; 128] {
    static M: OnceLock<[u32; 128]> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = [0u32; 128];
        for w in lexicon().keys() {
            if let Some(&c) = w.as_bytes().first().filter(|c| c.is_ascii() && !c.is_ascii_lowercase()) {
                if w.len() < 32 {
                    m[usize::from(c)] |= 1 << w.len();
                }
            }
        }
        m
    })
}

/// The longest word the table can hold (longer words are never looked up).
const MAX_WORD: usize = 24;

/// A word of at most `MAX_WORD` bytes as three zero-padded little-endian 64-bit words (longer words: their first
/// `MAX_WORD` bytes).
fn padded_words(bytes: &[u8]) -> [u64; 3] {
    let mut buf = [0u8; MAX_WORD];
    let n = bytes.len().min(MAX_WORD);
    buf[..n].copy_from_slice(&bytes[..n]);
    let w = |k: usize| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&buf[8 * k..8 * k + 8]);
        u64::from_le_bytes(x)
    };
    [w(0), w(1), w(2)]
}

/// The first `len` (at most `MAX_WORD`) bytes of `tail` as `padded_words`: three loads and masks when `tail` holds
/// `MAX_WORD` bytes (a word read in the text it stands in), else a copy.
#[inline]
fn masked_words(tail: &[u8], len: usize) -> [u64; 3] {
    let Some(src) = tail.get(..MAX_WORD) else {
        return padded_words(tail.get(..len).unwrap_or(tail));
    };
    let w = |k: usize| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&src[8 * k..8 * k + 8]);
        // the bytes of the word in this 64-bit word: none, some, or all eight
        let n = len.saturating_sub(8 * k);
        let mask = if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
        u64::from_le_bytes(x) & mask
    };
    [w(0), w(1), w(2)]
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// ASCII bytes (each below 0x80) lower-cased eight at a time: 0x20 is added to the bytes from 'A' to 'Z' (the sums
/// below carry into no other byte).
#[inline]
fn ascii_lower8(x: u64) -> u64 {
    let ge_a = x.wrapping_add(LO * u64::from(0x80 - b'A'));
    let gt_z = x.wrapping_add(LO * u64::from(0x80 - b'Z' - 1));
    x | ((ge_a & !gt_z & HI) >> 2)
}

/// The table's hash of a lower-cased word of at most `MAX_WORD` bytes as `padded_words`: multiplied and mixed (a
/// few instructions for any length, where a byte-wise hash costs several per byte).
#[inline]
fn words_hash(w: &[u64; 3], len: usize) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (w[0] ^ len as u64).wrapping_mul(K);
    h = (h.rotate_left(23) ^ w[1]).wrapping_mul(K);
    h = (h.rotate_left(23) ^ w[2]).wrapping_mul(K);
    h ^ (h >> 29)
}

/// A slot of the word table: a word's hash, its `padded_words` and length, and its entry.
#[derive(Clone, Copy)]
struct Slot {
    hash: u64,
    words: [u64; 3],
    len: usize,
    info: &'static Info,
}

/// The lexicon as an open-addressing table (a power of two of slots, at most half full): the slot of a
/// word is its `words_hash`'s low bits, probed linearly. Built once from `lexicon()`; a lookup lower-cases and
/// hashes the word as three 64-bit words and compares them, with no UTF-8 check and no allocation.
struct WordTable {
    mask: usize,
    slots: Vec<Option<Slot>>,
}

fn word_table() -> &'static WordTable {
    static T: OnceLock<WordTable> = OnceLock::new();
    T.get_or_init(|| {
        let lex = lexicon();
        let size = (lex.len() * 2).next_power_of_two().max(16);
        let mut slots: Vec<Option<Slot>> = vec![None; size];
        let mask = size - 1;
        for info in lex.values() {
            let b = info.word.as_bytes();
            let words = padded_words(b);
            let hash = words_hash(&words, b.len().min(MAX_WORD));
            let mut k = (hash as usize) & mask;
            while slots[k].is_some() {
                k = (k + 1) & mask;
            }
            slots[k] = Some(Slot { hash, words, len: b.len(), info });
        }
        WordTable { mask, slots }
    })
}

/// For each byte: the index of its letter (0-25 for a-z and A-Z), else 26.
static LETTER_INDEX: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut k = 0;
    while k < 26 {
        t[b'a' as usize + k] = k as u8;
        t[b'A' as usize + k] = k as u8;
        k += 1;
    }
    t
};

/// The lexicon entry of `word` (any case).
fn lookup(word: &str) -> Option<&'static Info> {
    lookup_in(word, word.as_bytes())
}

/// The lexicon entry of `word`, which `tail` begins with: the text from the word on, so that the word is read
/// from it eight bytes at a time (or the word itself).
#[inline]
fn lookup_in(word: &str, tail: &[u8]) -> Option<&'static Info> {
    let b = word.as_bytes();
    let Some(&c0) = b.first().filter(|_| b.len() <= MAX_WORD) else {
        return None;
    };
    let first = LETTER_INDEX[usize::from(c0)];
    if first < 26 {
        let second = b.get(1).map_or(26, |&d| LETTER_INDEX[usize::from(d)]);
        if first_letters_lengths()[usize::from(first)][usize::from(second)] & (1 << b.len()) == 0 {
            return None;
        }
    } else if c0.is_ascii() && other_first_lengths()[usize::from(c0)] & (1 << b.len()) == 0 {
        // punctuation and digits: only the few entries that begin so ("'s")
        return None;
    }
    lookup_table(word, tail)
}

/// `lookup_in` past its prefilter: the word lower-cased and hashed as three 64-bit words and found in the table. A
/// non-ASCII byte means no entry, but for the curly apostrophe of "’s".
#[inline(never)]
fn lookup_table(word: &str, tail: &[u8]) -> Option<&'static Info> {
    let b = word.as_bytes();
    debug_assert!(tail.starts_with(b));
    let w = masked_words(tail, b.len());
    if (w[0] | w[1] | w[2]) & HI != 0 {
        return if b.contains(&0xE2) { lookup_unicode(word) } else { None };
    }
    let w = [ascii_lower8(w[0]), ascii_lower8(w[1]), ascii_lower8(w[2])];
    let h = words_hash(&w, b.len());
    let t = word_table();
    let mut k = (h as usize) & t.mask;
    // the table is at most half full: a probe meets an empty slot within its length
    for _ in 0..t.slots.len() {
        match t.slots.get(k).copied().flatten() {
            None => return None,
            Some(s) if s.hash == h && s.len == b.len() && s.words == w => return Some(s.info),
            Some(_) => k = (k + 1) & t.mask,
        }
    }
    None
}

fn lookup_unicode(word: &str) -> Option<&'static Info> {
    // curly apostrophes: "’s" (rewritten on the stack)
    let mut buf = [0u8; MAX_WORD];
    let mut n = 0;
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        if !c.is_ascii() || n == buf.len() {
            return None;
        }
        buf[n] = c as u8;
        n += 1;
    }
    lookup(std::str::from_utf8(&buf[..n]).ok()?)
}

/// The tagger's tokens (see `Tk`). Never inlined (one call per document), so that a profile shows what it costs.
#[inline(never)]
fn tokens(doc: &Document<'_>) -> Vec<Tk> {
    // room for the pieces of split words, so that the vector never grows by doubling (on a 1 MB text that
    // doubling was the peak of the whole analysis's memory): a word splits into at most two more tokens for each
    // inner hyphen or apostrophe, which the document lists
    let marks = doc.inner_marks();
    let mut out = Vec::with_capacity(doc.tokens.len() + 2 * marks.len() + 8);
    let bytes = doc.text.as_bytes();
    // the next listed word (a hyphen or an apostrophe inside): only such a word is looked at byte by byte
    let mut marks = marks.iter().map(|&k| k as usize).peekable();
    for (k, t) in doc.tokens.iter().enumerate() {
        let s = doc.tok_text(t);
        let tail = bytes.get(t.start..).unwrap_or(&[]);
        match t.kind {
            TokenKind::Punct => {
                let c = s.chars().next().unwrap_or(' ');
                out.push(Tk {
                    start: t.start,
                    end: t.end,
                    punct: c,
                    info: lookup_in(s, tail).unwrap_or(&NO_INFO),
                    ..Tk::default()
                });
            }
            TokenKind::Number => out.push(number_token(s, t.start, t.end)),
            TokenKind::Word => {
                let mut marked = false;
                while let Some(m) = marks.next_if(|&m| m <= k) {
                    marked |= m == k;
                }
                if marked || s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                    split_word(s, t.start, bytes, &mut out);
                } else {
                    out.push(word_token(s, t.start, t.end, tail));
                }
            }
        }
    }
    out
}

/// A word token; `tail` is the text from the word on (see `lookup_in`).
#[inline(always)]
fn word_token(s: &str, start: usize, end: usize, tail: &[u8]) -> Tk {
    let cap = match s.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    };
    Tk {
        start,
        end,
        cap,
        info: lookup_in(s, tail).unwrap_or(&NO_INFO),
        ..Tk::default()
    }
}

/// A word cut at its hyphens (each one a token) and before a final "'s"; `text` is the whole text's bytes.
fn split_word(s: &str, start: usize, text: &[u8], out: &mut Vec<Tk>) {
    let mut from = 0;
    let b = s.as_bytes();
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        if c == b'-' {
            push_part(s, start, from, k, text, out);
            out.push(Tk {
                start: start + k,
                end: start + k + 1,
                punct: '-',
                ..Tk::default()
            });
            from = k + 1;
        } else if (c == b'\'' || (c == 0xE2 && s.get(k..k + 3) == Some("’"))) && {
            let rest = if c == b'\'' {
                s.get(k + 1..)
            } else {
                s.get(k + 3..)
            };
            rest.is_some_and(|r| r.eq_ignore_ascii_case("s"))
        } {
            push_part(s, start, from, k, text, out);
            out.push(Tk {
                start: start + k,
                end: start + s.len(),
                info: lookup("'s").unwrap_or(&NO_INFO),
                ..Tk::default()
            });
            return;
        }
        k += 1;
    }
    push_part(s, start, from, s.len(), text, out);
}

fn push_part(s: &str, start: usize, a: usize, b: usize, text: &[u8], out: &mut Vec<Tk>) {
    if b <= a {
        return;
    }
    let Some(p) = s.get(a..b) else { return };
    if p.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        out.push(number_token(p, start + a, start + b));
    } else {
        out.push(word_token(p, start + a, start + b, text.get(start + a..).unwrap_or(&[])));
    }
}

fn number_token(s: &str, start: usize, end: usize) -> Tk {
    let mut tk = Tk {
        start,
        end,
        number: true,
        ..Tk::default()
    };
    let b = s.as_bytes();
    let nd = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let digits = s.get(..nd).unwrap_or("");
    let rest = s.get(nd..).unwrap_or("");
    if rest.is_empty() {
        tk.n = digits.parse().ok();
        tk.digits = nd.min(255) as u8;
        return tk;
    }
    // the rest lower-cased on the stack (the suffixes looked at below are short and ASCII: a longer or
    // non-ASCII rest matches none of them, as the empty string does)
    let mut lbuf = [0u8; 8];
    let lrest = if rest.len() <= lbuf.len() && rest.is_ascii() {
        for (d, c) in lbuf.iter_mut().zip(rest.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        std::str::from_utf8(&lbuf[..rest.len()]).unwrap_or("")
    } else {
        ""
    };
    // "2pm", "2.30pm", "11am": a clock time in one token
    let (mins, suffix) = match lrest.strip_prefix(['.', ':']) {
        Some(r) if r.len() >= 4 && r.as_bytes()[..2].iter().all(u8::is_ascii_digit) => (
            r.get(..2).and_then(|m| m.parse::<u8>().ok()),
            r.get(2..).unwrap_or(""),
        ),
        _ => (Some(0), lrest),
    };
    if nd <= 2 && matches!(suffix, "am" | "pm") {
        let h: u8 = digits.parse().unwrap_or(99);
        if let Some(m) = mins.filter(|&m| m < 60 && (1..=12).contains(&h)) {
            tk.clock = Some((h, m));
            tk.ampm = if suffix == "pm" { 2 } else { 1 };
        }
        return tk;
    }
    match lrest {
        "st" | "nd" | "rd" | "th" => {
            tk.ord_num = digits
                .parse::<u32>()
                .ok()
                .filter(|&n| n <= 200)
                .unwrap_or(0) as u8;
            return tk;
        }
        "s" => {
            if let Ok(n) = digits.parse::<i32>() {
                if nd == 4 && n % 10 == 0 {
                    tk.decade = Some(n);
                } else if nd == 2 && n % 10 == 0 {
                    tk.decade = Some(1900 + n);
                }
            }
            return tk;
        }
        _ => {}
    }
    if rest.starts_with(':') {
        let mm = rest.get(1..).unwrap_or("");
        if mm.len() == 2 && mm.bytes().all(|c| c.is_ascii_digit()) && nd <= 2 {
            let h: u8 = digits.parse().unwrap_or(99);
            let m: u8 = mm.parse().unwrap_or(99);
            if h <= 24 && m < 60 {
                tk.clock = Some((h, m));
            }
        }
        return tk;
    }
    if rest.starts_with('/') {
        // up to four parts, on the stack (a fourth means none of the forms below)
        let mut parts = [""; 4];
        let mut np = 0;
        for p in s.split('/') {
            if np == parts.len() {
                np += 1;
                break;
            }
            parts[np] = p;
            np += 1;
        }
        let parts = &parts[..np.min(4)];
        if np == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        {
            let a = parts[0].parse().unwrap_or(0);
            let bb = parts[1].parse().unwrap_or(0);
            let y = parts[2].parse().unwrap_or(0);
            tk.slash = Some((a, bb, Some((y, parts[2].len() as u8))));
        } else if np == 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
        {
            // a fraction ("1/2") or a day and month without a year: never a date alone
            tk.slash = Some((
                parts[0].parse().unwrap_or(0),
                parts[1].parse().unwrap_or(0),
                None,
            ));
        }
        return tk;
    }
    let cleaned_ok = rest
        .bytes()
        .all(|c| c.is_ascii_digit() || c == b',' || c == b'.');
    if cleaned_ok {
        if rest.contains('.') && !rest.contains(',') {
            tk.decimal = crate::decimal::parse_f64(s);
        } else if !rest.contains('.') {
            tk.has_sep = true;
            // the digits without their commas ("5,000"), None past i64 as a parse would say
            tk.n = s.bytes().filter(u8::is_ascii_digit).try_fold(0i64, |v, c| {
                v.checked_mul(10)?.checked_add(i64::from(c - b'0'))
            });
        }
    }
    tk
}

/// The tense of the clause around a token range, for weekdays and months without a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// Captures of a match.
#[derive(Clone, Copy, Debug, Default)]
pub struct Caps {
    pub month: u8,
    pub month_abbr: bool,
    pub day: u8,
    pub year: Option<i32>,
    pub weekday: Option<u8>,
    pub num: Option<f64>,
    pub vague: bool,
    pub unit: Option<Unit>,
    pub plural: bool,
    pub ord: u8,
    pub season: Option<&'static str>,
    pub pod: Option<&'static str>,
    pub decade: Option<i32>,
    pub clock: Option<(u8, u8)>,
    pub ampm: u8,
    pub rel: Option<i64>,
    pub rel_word: &'static str,
    pub has_the: bool,
    pub words: [&'static str; 6],
    pub nwords: usize,
    pub full: Option<Date>,
    pub day_word: Option<i64>,
    pub holiday: Option<lexicon::HolidayDate>,
    /// The match has a glued hyphen ("five-year", "third-quarter"): an adjective.
    pub hy: bool,
}

impl Caps {
    pub fn has(&self, w: &str) -> bool {
        self.words[..self.nwords.min(6)].contains(&w)
    }
}

struct Tagger<'d, 'a> {
    doc: &'d Document<'a>,
    t: Vec<Tk>,
}

/// Token `t` cannot match element `el`: a check of the token's own fields, inlined where the rules are tried,
/// that answers most failures without calling `Tagger::el`. Every case here is one where `el` returns `None`
/// before it looks at anything else (or changes the captures), so the matches are the same.
#[inline]
fn cannot_fit(el: El, t: &Tk) -> bool {
    match el {
        El::W(_) => t.info.word.is_empty(),
        El::Month => t.info.month == 0 || !t.cap,
        El::Weekday => t.info.weekday == 0 || !t.cap,
        El::Day => t.ord_num == 0 && !(1..=2).contains(&t.digits),
        El::UnitSg | El::UnitPl | El::Unit => t.info.unit.is_none(),
        El::Ord => t.ord_num == 0 && t.info.ord == 0,
        El::Season => t.info.season.is_none(),
        El::Pod => t.info.pod.is_none(),
        El::Decade => t.decade.is_none() && t.info.decade <= 0 && t.punct != '\'' && t.punct != '’',
        El::Clock => t.clock.is_none() && t.info.clock_word == 0 && !(1..=2).contains(&t.digits),
        El::Ampm => t.info.ampm == 0,
        El::Zone => !(t.info.zone && t.cap),
        El::Rel => t.info.rel.is_none(),
        El::Hy => t.punct != '-' && t.punct != '–',
        El::P(ch) => t.punct != ch,
        El::Slash => t.slash.is_none(),
        El::Iso => t.digits != 4,
        El::Year | El::Num | El::A | El::Vague | El::Holiday => false,
    }
}

impl Tagger<'_, '_> {
    fn glued(&self, i: usize) -> bool {
        // token i touches the previous one
        i > 0
            && self
                .t
                .get(i)
                .zip(self.t.get(i - 1))
                .is_some_and(|(a, b)| a.start == b.end)
    }

    /// The apostrophe at `i` closes or opens a quotation written with two apostrophes (`''60 Minutes''`), so it
    /// does not stand for a century's digits.
    fn doubled_apostrophe(&self, i: usize) -> bool {
        i > 0 && self.glued(i) && self.t.get(i - 1).is_some_and(|p| p.punct == '\'' || p.punct == '’')
    }

    /// "24 hours a day", "seven days a week", "365 days a year" begin at `k`: all the time, not two expressions.
    fn round_the_clock(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else { return false };
        let n = t.n.filter(|_| !t.has_sep).unwrap_or(t.info.num);
        lexicon::ROUND_THE_CLOCK.iter().any(|&(count, units, per)| {
            n == count
                && self.raw_is(k + 1, &[units])
                && self.raw_is(k + 2, &["a", "per"])
                && self.raw_is(k + 3, &[per])
        })
    }

    fn is_hy(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.punct == '-' || t.punct == '–')
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// A quarter is written in this sentence or the one before ("third-quarter profit ... the period").
    fn quarter_context(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        let Some(s) = self.doc.sentence_at(t.start) else {
            return false;
        };
        let from = self
            .doc
            .sentences
            .get(s.saturating_sub(1))
            .map_or(0, |x| x.start);
        // at most 80 tokens back: a text without sentence breaks stays linear
        let k0 = self
            .t
            .partition_point(|x| x.start < from)
            .max(i.saturating_sub(80));
        (k0..i).any(|k| self.lc(k) == "quarter" || self.lc(k) == "quarters")
    }

    /// "months" is written earlier in the sentence of token `i` ("In the first nine months, net rose ...").
    fn months_before_in_sentence(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        let Some(from) = self
            .doc
            .sentence_at(t.start)
            .and_then(|s| self.doc.sentences.get(s))
            .map(|s| s.start)
        else {
            return false;
        };
        // at most 80 tokens back: a text without sentence breaks stays linear
        let k0 = self
            .t
            .partition_point(|x| x.start < from)
            .max(i.saturating_sub(80));
        (k0..i).any(|k| self.raw_is(k, &["months"]))
    }

    /// A comparison ("compared with", rules::COMPARISON_CUES) opens at most 16 tokens before token `i`, in its
    /// sentence.
    fn comparison_before(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        let Some(from) = self.doc.sentence_at(t.start).and_then(|s| self.doc.sentences.get(s)).map(|s| s.start) else {
            return false;
        };
        let k0 = self.t.partition_point(|x| x.start < from).max(i.saturating_sub(16));
        (k0..i).any(|k| rules::COMPARISON_CUES.iter().any(|[a, b]| self.raw_is(k, &[a]) && self.raw_is(k + 1, &[b])))
    }

    /// Token `i` opens a sentence.
    fn starts_sentence(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        self.doc
            .sentence_at(t.start)
            .and_then(|s| self.doc.sentences.get(s))
            .is_some_and(|s| s.start == t.start)
    }

    /// The raw text of token `i` is one of `list` (ignoring ASCII case).
    fn raw_is(&self, i: usize, list: &[&str]) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        let raw = self.doc.slice(t.start, t.end);
        list.iter()
            .any(|x| x.len() == raw.len() && x.eq_ignore_ascii_case(raw))
    }

    /// The count before a frequency at `i` ("twice", "three times", "10 times"): (its first token, the count).
    fn set_count(&self, i: usize) -> Option<(usize, u32)> {
        let p = i.checked_sub(1)?;
        let t = self.t.get(p)?;
        let raw = self.doc.slice(t.start, t.end);
        if let Some(&(_, n)) = rules::SET_PER_COUNTS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(raw))
        {
            return Some((p, n));
        }
        if !raw.eq_ignore_ascii_case("times") {
            return None;
        }
        let q = p.checked_sub(1)?;
        let n = self.t.get(q)?;
        if n.number {
            // a plain count: "10 times", not "1.5 times" or "2,000 times"
            let v =
                n.n.filter(|&v| (1..=1000).contains(&v) && !n.has_sep && n.decimal.is_none())?;
            return Some((q, v as u32));
        }
        // a count in words, of one or more tokens ("three", "twenty-five") ending just before "times"
        (q.saturating_sub(4)..=q).find_map(|k| match self.number_words(k) {
            Some((v, end)) if end == p && (1.0..=1000.0).contains(&v) => Some((k, v as u32)),
            _ => None,
        })
    }
    fn lc(&self, i: usize) -> &'static str {
        self.t.get(i).map_or("", |t| t.info.word)
    }

    fn number_words(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.t.get(i)?;
        let mut v = t.info.num;
        if v == 0
            || t.info.word == "couple"
            || t.info.word == "dozen"
            || t.info.word == "hundred"
            || t.info.word == "thousand"
        {
            return None;
        }
        let mut j = i + 1;
        if (20..100).contains(&v) && v % 10 == 0 {
            let k = if self.is_hy(j) { j + 1 } else { j };
            if let Some(n) = self
                .t
                .get(k)
                .map(|t| t.info.num)
                .filter(|n| (1..10).contains(n))
            {
                v += n;
                j = k + 1;
            }
        }
        if let Some(m) = self
            .t
            .get(j)
            .map(|t| t.info.word)
            .filter(|w| *w == "hundred" || *w == "thousand")
        {
            v *= if m == "hundred" { 100 } else { 1000 };
            j += 1;
        }
        Some((v as f64, j))
    }

    /// "two and a half (years)": adds the half, returns the index after it (or `j` unchanged).
    fn and_a_half(&self, j: usize, c: &mut Caps) -> usize {
        if self.lc(j) == "and" && matches!(self.lc(j + 1), "a" | "one") && self.lc(j + 2) == "half"
        {
            c.num = c.num.map(|v| v + 0.5);
            return j + 3;
        }
        j
    }

    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        let a = *self.t.get(i)?.info;
        if a.num == 2 && self.lc(i + 1) == "thousand" {
            let mut j = i + 2;
            if self.lc(j) == "and" {
                j += 1;
            }
            if let Some((n, k)) = self.number_words(j).filter(|&(n, _)| n < 100.0) {
                return Some((2000 + n as i32, k));
            }
            return Some((2000, i + 2));
        }
        if (11..=20).contains(&a.num) {
            let (n, k) = self.number_words(i + 1)?;
            if (10.0..100.0).contains(&n) {
                return Some((a.num as i32 * 100 + n as i32, k));
            }
        }
        None
    }

    /// A four-digit number that may be read as a year here (not "2000 soldiers", "H.R. 2000", "$1990").
    fn year_ok(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        let Some(y) = t.n.filter(|_| t.digits == 4 && !t.has_sep) else {
            return false;
        };
        if !(1000..=2100).contains(&y) {
            return false;
        }
        let prev = if i > 0 { self.t.get(i - 1) } else { None };
        if let Some(p) = prev {
            if matches!(p.punct, '$' | '€' | '£' | '#' | '¥')
                || self.raw_is(i - 1, lexicon::ID_BEFORE_NUMBER)
            {
                return false;
            }
            if p.punct == '.' && i >= 2 && self.raw_is(i - 2, lexicon::ID_BEFORE_NUMBER) {
                return false;
            }
            // "a venture called Orion 1980", "Windows 2000": a name that ends in a number (a capitalised word
            // the tagger does not know, inside the sentence)
            if p.cap
                && !p.number
                && p.info.word.is_empty()
                && p.end < t.start
                && !self.starts_sentence(i - 1)
            {
                return false;
            }
            if p.number
                || p.punct == '-'
                    && self
                        .t
                        .get(i.saturating_sub(2))
                        .is_some_and(|q| q.number && q.n.is_some_and(|n| n < 1000))
            {
                return false;
            }
        }
        if y < 1900 {
            let w = prev.map_or("", |p| p.info.word);
            let in_date = prev
                .is_some_and(|p| p.punct == ',' || (p.number && p.digits <= 2) || p.info.month > 0);
            if !in_date
                && !matches!(
                    w,
                    "in" | "since"
                        | "of"
                        | "by"
                        | "until"
                        | "from"
                        | "before"
                        | "after"
                        | "year"
                        | "early"
                        | "late"
                        | "mid"
                        | "through"
                        | "between"
                        | "around"
                        | "about"
                )
            {
                return false;
            }
        }
        if let Some(n) = self.t.get(i + 1) {
            if n.punct == '%' || self.raw_is(i + 1, lexicon::COUNT_AFTER_NUMBER) {
                return false;
            }
            let ntext = self.doc.slice(n.start, n.end);
            // "the 2024 elections", "in 2023 prices rose": a year before a noun; "sent 2000 soldiers": a count
            // ("mid-1998 sales": glued to a word by a hyphen, a year too)
            // "November 2000 matters": after a month's name the number is that month's year
            let month_before = prev.is_some_and(|p| p.info.month > 0)
                || (prev.is_some_and(|p| p.punct == '.')
                    && i >= 2
                    && self.t[i - 2].info.month > 0);
            let det_before = month_before
                || (i >= 2 && self.is_hy(i - 1) && !self.t[i - 2].number)
                || prev.is_some_and(|p| {
                    matches!(
                        p.info.word,
                        "the"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "our"
                            | "'s"
                            | "this"
                            | "that"
                            | "fiscal"
                            | "in"
                            | "since"
                            | "during"
                            | "until"
                            | "by"
                            | "before"
                            | "after"
                    )
                });
            if !n.number
                && !n.cap
                && n.info.word.is_empty()
                && ntext.len() > 3
                && ntext.ends_with('s')
                && !ntext.ends_with("ss")
                && !det_before
                && n.start > t.end
            {
                return false; // "2000 soldiers"
            }
            // "1600 Pennsylvania Avenue"
            if n.cap && !n.number && n.info.month == 0 {
                for k in i + 2..i + 5 {
                    if self.raw_is(k, lexicon::STREET_WORDS) && self.t.get(k).is_some_and(|t| t.cap)
                    {
                        return false;
                    }
                }
            }
            // a score or a range of counts: "2000-1999" is fine as two years, "2000 to 3000 soldiers" is not
        }
        true
    }

    /// Matches one element at token `i`; returns the index after it.
    fn el(&self, el: El, i: usize, c: &mut Caps) -> Option<usize> {
        let t = self.t.get(i)?;
        match el {
            El::W(list) => {
                let w = t.info.word;
                if !w.is_empty() && one_of(list, w) {
                    if w == "the" {
                        c.has_the = true;
                    }
                    if c.nwords < 6 {
                        c.words[c.nwords] = w;
                        c.nwords += 1;
                    }
                    if let Some(r) = t.info.rel {
                        // "this past spring": "past" says more than "this"
                        if c.rel.is_none() || (c.rel == Some(0) && r != 0) {
                            c.rel = Some(r);
                            c.rel_word = w;
                        }
                    }
                    return Some(i + 1);
                }
                None
            }
            El::Month => {
                if t.info.month == 0 || !t.cap {
                    return None;
                }
                c.month = t.info.month;
                c.month_abbr = t.info.month_abbr;
                if t.info.month_abbr
                    && self.t.get(i + 1).is_some_and(|n| n.punct == '.')
                    && self.glued(i + 1)
                {
                    return Some(i + 2);
                }
                Some(i + 1)
            }
            El::Weekday => {
                if t.info.weekday == 0 || !t.cap {
                    return None;
                }
                c.weekday = Some(t.info.weekday - 1);
                if self.t.get(i + 1).is_some_and(|n| n.punct == '.')
                    && self.glued(i + 1)
                    && self.doc.slice(t.start, t.end).len() <= 5
                {
                    return Some(i + 2);
                }
                Some(i + 1)
            }
            El::Year => {
                if t.number {
                    if self.year_ok(i) {
                        c.year = t.n.map(|n| n as i32);
                        return Some(i + 1);
                    }
                    return None;
                }
                if t.punct == '\'' || t.punct == '’' {
                    let n = self.t.get(i + 1)?;
                    if n.digits == 2 && self.glued(i + 1) && !self.doubled_apostrophe(i) {
                        let y = n.n? as i32;
                        c.year = Some(if y < 30 { 2000 + y } else { 1900 + y });
                        return Some(i + 2);
                    }
                    return None;
                }
                let (y, j) = self.year_words(i)?;
                c.year = Some(y);
                Some(j)
            }
            El::Day => {
                let d = if t.ord_num > 0 {
                    t.ord_num as i64
                } else if t.digits > 0 && t.digits <= 2 {
                    t.n?
                } else {
                    return None;
                };
                if !(1..=31).contains(&d) {
                    return None;
                }
                c.day = d as u8;
                Some(i + 1)
            }
            El::Num if c.num.is_some() && i > 0 && matches!(self.lc(i - 1), "to" | "or") => {
                // "two to three weeks", "12 to 18 months": a range, drawn as one duration of the lower count
                let mut second = *c;
                second.num = None;
                self.el(El::Num, i, &mut second)
            }
            El::Num => {
                if t.number {
                    if let Some(d) = t.decimal {
                        c.num = Some(d);
                        return Some(i + 1);
                    }
                    if t.ord_num > 0 || t.decade.is_some() || t.clock.is_some() || t.slash.is_some()
                    {
                        return None;
                    }
                    c.num = Some(t.n? as f64);
                    // "2 1/2 years"
                    if self
                        .t
                        .get(i + 1)
                        .and_then(|n| n.slash)
                        .is_some_and(|(a, b, y)| a == 1 && b == 2 && y.is_none())
                    {
                        c.num = c.num.map(|v| v + 0.5);
                        return Some(i + 2);
                    }
                    return Some(self.and_a_half(i + 1, c));
                }
                if matches!(t.info.word, "a" | "an") {
                    // "a hundred years", "a thousand years", "a dozen years": a count, not one
                    let v = match self.lc(i + 1) {
                        "hundred" => 100.0,
                        "thousand" => 1000.0,
                        "dozen" => 12.0,
                        _ => return None,
                    };
                    c.num = Some(v);
                    return Some(i + 2);
                }
                let (v, j) = self.number_words(i)?;
                c.num = Some(v);
                Some(self.and_a_half(j, c))
            }
            El::A => {
                if matches!(t.info.word, "a" | "an") {
                    c.num = Some(1.0);
                    return Some(i + 1);
                }
                None
            }
            El::Vague => {
                let mut j = i;
                if self.lc(j) == "a" {
                    j += 1;
                }
                let w = self.lc(j);
                if !one_of(VAGUE_WORDS, w) || (j > i && !matches!(w, "few" | "couple")) {
                    return None;
                }
                j += 1;
                if w == "couple" {
                    if c.nwords < 6 {
                        c.words[c.nwords] = "couple";
                        c.nwords += 1;
                    }
                    if self.lc(j) == "of" {
                        j += 1;
                    }
                    c.num = Some(2.0);
                } else {
                    c.vague = true;
                }
                Some(j)
            }
            El::UnitSg | El::UnitPl | El::Unit => {
                let (u, pl) = t.info.unit?;
                if (matches!(el, El::UnitSg) && pl) || (matches!(el, El::UnitPl) && !pl) {
                    return None;
                }
                // "weeks or months": one stretch, of the first unit
                if c.unit.is_none() || !matches!(self.lc(i.wrapping_sub(1)), "or" | "to") {
                    c.unit = Some(u);
                    c.plural = pl;
                }
                Some(i + 1)
            }
            El::Ord => {
                let o = if t.ord_num > 0 { t.ord_num } else { t.info.ord };
                if o == 0 {
                    return None;
                }
                c.ord = o;
                Some(i + 1)
            }
            El::Season => {
                c.season = Some(t.info.season?);
                Some(i + 1)
            }
            El::Pod => {
                c.pod = Some(t.info.pod?);
                Some(i + 1)
            }
            El::Decade => {
                if let Some(d) = t.decade.or(Some(t.info.decade).filter(|&y| y > 0)) {
                    c.decade = Some(d);
                    return Some(i + 1);
                }
                if t.punct == '\'' || t.punct == '’' {
                    let n = self.t.get(i + 1)?;
                    if self.glued(i + 1) && !self.doubled_apostrophe(i) {
                        c.decade = Some(n.decade?);
                        return Some(i + 2);
                    }
                }
                None
            }
            El::Clock => {
                if let Some(hm) = t.clock {
                    c.clock = Some(hm);
                    if t.ampm > 0 {
                        c.ampm = t.ampm;
                    }
                    return Some(i + 1);
                }
                if t.info.clock_word > 0 {
                    c.clock = Some((t.info.clock_word, 0));
                    return Some(i + 1);
                }
                if t.digits > 0
                    && t.digits <= 2
                    && t.n.is_some_and(|h| (1..=12).contains(&h))
                    && self.t.get(i + 1).is_some_and(|n| n.info.ampm > 0)
                {
                    c.clock = Some((t.n.unwrap_or(0) as u8, 0));
                    return Some(i + 1);
                }
                None
            }
            El::Ampm => {
                if t.info.ampm == 0 {
                    return None;
                }
                c.ampm = t.info.ampm;
                // "p.m" followed by its final period
                if !t.info.word.ends_with('.')
                    && t.info.word.contains('.')
                    && self.t.get(i + 1).is_some_and(|n| n.punct == '.')
                    && self.glued(i + 1)
                {
                    return Some(i + 2);
                }
                Some(i + 1)
            }
            El::Zone => {
                if t.info.zone && t.cap {
                    Some(i + 1)
                } else {
                    None
                }
            }
            El::Rel => {
                let r = t.info.rel?;
                c.rel = Some(r);
                c.rel_word = t.info.word;
                if c.nwords < 6 {
                    c.words[c.nwords] = t.info.word;
                    c.nwords += 1;
                }
                Some(i + 1)
            }
            El::Hy => {
                if self.is_hy(i) {
                    c.hy = true;
                    Some(i + 1)
                } else {
                    None
                }
            }
            El::P(ch) => {
                if t.punct == ch {
                    Some(i + 1)
                } else {
                    None
                }
            }
            El::Slash => {
                let (a, b, y) = t.slash?;
                let (y, ylen) = y?;
                let year = if ylen == 4 {
                    y as i32
                } else if ylen == 2 {
                    if y < 50 {
                        2000 + y as i32
                    } else {
                        1900 + y as i32
                    }
                } else {
                    return None;
                };
                // month/day/year (US) first, then day/month/year
                let d = Date::new(year, a.min(255) as u8, b.min(255) as u8)
                    .or_else(|| Date::new(year, b.min(255) as u8, a.min(255) as u8))?;
                c.full = Some(d);
                Some(i + 1)
            }
            El::Holiday => {
                // the longest name that starts here, every word capitalised except "'s"
                let mut best: Option<(usize, lexicon::HolidayDate)> = None;
                for &(ws, h) in lexicon::HOLIDAYS {
                    let ok = ws.iter().enumerate().all(|(k, w)| {
                        self.t
                            .get(i + k)
                            .is_some_and(|x| x.info.word == *w && (x.cap || *w == "'s"))
                    });
                    if ok && best.is_none_or(|(n, _)| ws.len() > n) {
                        best = Some((ws.len(), h));
                    }
                }
                let (n, h) = best?;
                c.holiday = Some(h);
                Some(i + n)
            }
            El::Iso => {
                if t.digits != 4 || !self.is_hy(i + 1) || !self.is_hy(i + 3) {
                    return None;
                }
                let y = t.n? as i32;
                let m = self.t.get(i + 2).filter(|x| x.digits == 2)?.n?;
                let d = self.t.get(i + 4).filter(|x| x.digits == 2)?.n?;
                c.full = Some(Date::new(y, m as u8, d as u8)?);
                Some(i + 5)
            }
        }
    }

    fn match_rule(&self, rule: &Rule, i: usize) -> Option<(usize, Caps)> {
        let mut c = Caps::default();
        let mut j = i;
        let mut last_content = i;
        for e in rule.pat {
            let found = match self.t.get(j) {
                Some(t) if !cannot_fit(e.0, t) => self.el(e.0, j, &mut c),
                _ => None,
            };
            match found {
                Some(n) => {
                    let glue = match e.0 {
                        El::P(_) | El::Hy => true,
                        El::W(ws) => ws
                            .iter()
                            .all(|w| matches!(*w, "of" | "on" | "in" | "or" | "and")),
                        _ => false,
                    };
                    if glue && j == i {
                        return None; // a match starts at a word, not at a comma or a hyphen
                    }
                    j = n;
                    if !glue {
                        last_content = j;
                    }
                }
                None if e.1 => {}
                None => return None,
            }
        }
        if last_content == i {
            return None;
        }
        Some((last_content, c))
    }

    /// Negative rules that depend on the match as a whole.
    fn accept(&self, rule: &Rule, i: usize, end: usize, c: &Caps) -> bool {
        let prev = if i > 0 { self.lc(i - 1) } else { "" };
        let next = self.t.get(end);
        match rule.sem {
            // "last Oct. 23": the day goes with its month ("Oct. 23", in the clause's tense), not "last Oct."
            Sem::MonthRel => !next.is_some_and(|n| {
                n.number && (n.ord_num > 0 || (n.digits <= 2 && n.n.is_some_and(|d| (1..=31).contains(&d))))
            }),
            Sem::Month | Sem::MonthDay | Sem::MonthYear => {
                let first = self.t.get(i).map_or("", |t| t.info.word);
                if rule.sem == Sem::Month {
                    if c.month_abbr {
                        return false;
                    }
                    // a name: "April Ryan", "June Carter"
                    if next.is_some_and(|n| {
                        n.cap
                            && !n.number
                            && n.info.month == 0
                            && n.info.weekday == 0
                            && n.start > self.t.get(end - 1).map_or(0, |t| t.end)
                    }) {
                        return false;
                    }
                    // "mid-April": the word before the hyphen
                    let prev = if i >= 2 && self.is_hy(i - 1) {
                        self.lc(i - 2)
                    } else {
                        prev
                    };
                    // "the March accession", "the June elections": a capitalised month before a noun ("may" stays out:
                    // "the May government")
                    let before_noun = prev == "the"
                        && first != "may"
                        && self.t.get(i).is_some_and(|t| t.cap)
                        && next.is_some_and(|n| {
                            let w = self.doc.slice(n.start, n.end);
                            !n.cap
                                && !n.number
                                && n.punct == '\0'
                                && n.info.unit.is_none()
                                && n.info.month == 0
                                // "The March on Washington", "the march ended": a noun, followed by its preposition
                                // or verb
                                && !w.ends_with("ed")
                                && !one_of(lexicon::NOT_A_NOUN, w)
                        });
                    if one_of(lexicon::AMBIGUOUS_MONTHS, first)
                        && !one_of(lexicon::MONTH_CONTEXT_BEFORE, prev)
                        && !before_noun
                    {
                        return false;
                    }
                }
                if rule.sem == Sem::MonthDay {
                    // "May 5 soldiers", "March 3-2 win": a count or a score
                    if next.is_some_and(|n| n.punct == '-' || n.punct == '%')
                        && self.t.get(end + 1).is_some_and(|n| n.number)
                    {
                        return false;
                    }
                }
                true
            }
            Sem::Season => {
                let w = self.t.get(end - 1).map_or("", |t| t.info.word);
                let st = self.t.get(end - 1);
                // "Summer Jones", "the Winter Palace": a name
                if st.is_some_and(|t| t.cap)
                    && (next.is_some_and(|n| n.cap && !n.number)
                        || (i > 0
                            && !self.starts_sentence(end - 1)
                            && !c.has_the
                            && prev != "this"
                            && prev != "last"
                            && prev != "next"))
                    && (next.is_some_and(|n| n.cap && !n.number)
                        || !matches!(prev, "in" | "early" | "late" | "by" | "since" | "until"))
                {
                    return false;
                }
                // "the spring in the mattress", "the fall in prices", "the fall of Rome"
                if next.is_some_and(|n| matches!(n.info.word, "in" | "of"))
                    && !self.t.get(end + 1).is_some_and(|n| n.number)
                {
                    return false;
                }
                if w == "fall" || w == "spring" {
                    if !c.has_the
                        && !matches!(
                            prev,
                            "this"
                                | "last"
                                | "next"
                                | "in"
                                | "early"
                                | "late"
                                | "that"
                                | "by"
                                | "until"
                                | "since"
                        )
                    {
                        return false;
                    }
                    if next.is_some_and(|n| n.info.word == "of")
                        && !self.t.get(end + 1).is_some_and(|n| n.number)
                    {
                        return false;
                    }
                }
                true
            }
            Sem::SetPer => {
                // "three times a year's earnings" is a multiple of a year's worth, not a frequency
                let p = self.t.get(i.wrapping_sub(1));
                p.is_some() && self.raw_is(i - 1, rules::SET_PER_BEFORE) && self.lc(end) != "'s"
            }
            Sem::Set
                if c.nwords == 1 && c.unit.is_none() && c.weekday.is_none() && c.month == 0 =>
            {
                // "to rise 8.5% annually", "grew 20 percent annually": a rate of growth, not a set of times
                // (TimeBank tags none of these)
                if i >= 1 && (self.t[i - 1].punct == '%' || self.raw_is(i - 1, &["percent", "pct"]))
                {
                    return false;
                }
                // "10,000 units annually", "doubling its profits annually": how much of something per period (a
                // plural noun after a count or a determiner; "the board meets annually" stays a set of times)
                if i >= 2
                    && self.t.get(i - 1).is_some_and(|p| {
                        let raw = self.doc.slice(p.start, p.end);
                        p.info.word.is_empty()
                            && !p.cap
                            && !p.number
                            && raw.len() > 3
                            && raw.ends_with('s')
                            && !raw.ends_with("ss")
                            && !raw.eq_ignore_ascii_case("times")
                    })
                    && (self.t[i - 2].number || self.raw_is(i - 2, lexicon::COUNT_DETERMINERS))
                {
                    return false;
                }
                // "daily flights", "its annual report": an adjective before a noun is not a set of times
                let adjective = next.is_some_and(|n| {
                    let raw = self.doc.slice(n.start, n.end);
                    !n.number
                        && n.punct == '\0'
                        && !n.cap
                        && !matches!(
                            raw,
                            "in" | "on"
                                | "at"
                                | "for"
                                | "to"
                                | "and"
                                | "or"
                                | "but"
                                | "from"
                                | "since"
                                | "until"
                                | "by"
                                | "with"
                                | "of"
                                | "the"
                                | "a"
                                | "an"
                                | "as"
                                | "than"
                                | "through"
                                | "during"
                                | "over"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                        )
                });
                !adjective
            }
            // "the talks would last three days": a verb, not "the last three days"
            Sem::Duration | Sem::VagueDuration
                if !c.has_the
                    && matches!(
                        self.lc(i),
                        "last" | "first" | "past" | "next" | "final" | "previous" | "latest"
                    ) =>
            {
                false
            }
            // "between two to six days", "from two to three weeks": the ends of a range, each its own expression
            Sem::Duration
                if rule.name == "duration.range"
                    && i > 0
                    && self.raw_is(i - 1, &["between", "from"]) =>
            {
                false
            }
            Sem::Duration => {
                // "a second time", "the second half": an ordinal, not a unit
                if c.unit == Some(Unit::Second) && c.num == Some(1.0) {
                    return false;
                }
                // "CBS's ''60 Minutes''": digits and a capitalised unit inside a sentence are a name
                if self.t.get(i).is_some_and(|t| t.number && t.digits > 0)
                    && end == i + 2
                    && self.t.get(i + 1).is_some_and(|u| u.cap && u.info.unit.is_some())
                    && !self.starts_sentence(i)
                {
                    return false;
                }
                // "a year-earlier loss": the adjective goes on
                if next.is_some_and(|n| n.punct == '-') && self.is_hy(end) {
                    return false;
                }
                // "24 hours a day", "seven days a week": all the time, an idiom (TimeML tags neither part)
                if self.round_the_clock(i) || (i >= 2 && self.round_the_clock(i - 2)) {
                    return false;
                }
                // "37 years old": an age
                if next.is_some_and(|n| self.doc.slice(n.start, n.end).eq_ignore_ascii_case("old"))
                {
                    return false;
                }
                // "three-quarters of its food", "a quarter of the vote": a fraction
                if c.unit == Some(Unit::Quarter) && next.is_some_and(|n| n.info.word == "of") {
                    return false;
                }
                // "700 seats a week", "$500 million a year": a rate, not a stretch of time
                if c.nwords == 0 && self.lc(i) != "the" && matches!(self.lc(i), "a" | "an") {
                    if let Some(p) = self.t.get(i.wrapping_sub(1)) {
                        let raw = self.doc.slice(p.start, p.end);
                        if p.number
                            || matches!(raw, "million" | "billion" | "thousand" | "hundred")
                            || (p.info.word.is_empty()
                                && !p.cap
                                && raw.len() > 3
                                && raw.ends_with('s')
                                && !raw.ends_with("ss"))
                        {
                            return false;
                        }
                    }
                }
                // "he hopes to one day fly", "she might one day lead": "one day" as "some day", no stretch of time
                if c.unit == Some(Unit::Day)
                    && end == i + 2
                    && self.raw_is(i, &["one"])
                    && self.raw_is(i.wrapping_sub(1), lexicon::SOMEDAY_BEFORE)
                {
                    return false;
                }
                // "1,000 years" is fine; "one day" at the start of a narrative ("One day he left") still a duration
                true
            }
            Sem::VagueDuration => {
                // "seven days a week": the idiom's unit on its own
                if i >= 1 && self.round_the_clock(i - 1) {
                    return false;
                }
                // "in the early hours of Thursday morning": a part of the date that follows, which is the
                // expression ("the first hours of the ground war" stays a stretch of time); nor is "hours" alone
                if (c.has("early") || prev == "early")
                    && self.raw_is(end, &["of"])
                    && self.t.get(end + 1).is_some_and(|n| {
                        n.info.weekday > 0
                            || n.info.month > 0
                            || n.info.pod.is_some()
                            || matches!(n.info.word, "today" | "yesterday" | "tomorrow")
                    })
                {
                    return false;
                }
                // a plural unit alone after a number word that did not match ("the 1990s") or in "hours of" lists
                if self.t.get(i.wrapping_sub(1)).is_some_and(|p| p.number) {
                    return false;
                }
                if c.unit == Some(Unit::Second)
                    || (c.unit == Some(Unit::Quarter) && c.nwords == 0 && !c.vague)
                {
                    return false;
                }
                // "after-hours trading", "man-hours": part of a compound word
                if i > 0 && self.is_hy(i - 1) {
                    return false;
                }
                // "in a matter of months": an idiom for "soon" (TimeBank leaves it untagged)
                if prev == "of" && i >= 2 && self.raw_is(i - 2, &["matter"]) {
                    return false;
                }
                // "hundreds of years": a count in words
                if prev == "of"
                    && i >= 2
                    && matches!(
                        self.doc
                            .slice(self.t[i - 2].start, self.t[i - 2].end)
                            .to_ascii_lowercase()
                            .as_str(),
                        "hundreds" | "thousands" | "dozens" | "millions"
                    )
                {
                    return false;
                }
                true
            }
            Sem::TheYear if rule.name == "date.the_week" => {
                let possessive = matches!(self.lc(end), "'s" | "’s");
                let after = next.is_some_and(|n| {
                    matches!(n.info.word, "of" | "before" | "after" | "ahead" | "and" | "or")
                        || self.raw_is(end, &["when", "that", "in", "ended", "ending", "to"])
                });
                (possessive || self.raw_is(i.wrapping_sub(1), rules::THE_WEEK_BEFORE)) && !after
            }
            // "the New Year holiday": a holiday's name, not "the new year"
            Sem::TheYear
                if c.has("new")
                    && (i..end).any(|k| self.lc(k) == "new" && self.t.get(k).is_some_and(|t| t.cap)) =>
            {
                false
            }
            Sem::TheYear | Sem::LastQuarter(_) => {
                // "the period" is a quarter only in a report about quarters ("the year-ago period")
                let period = (i..end).any(|k| self.lc(k) == "period");
                let period_ok = !period || c.nwords > 2 || self.quarter_context(i);
                next.is_none_or(|n| n.punct != '-') && period_ok
            }
            Sem::Holiday => !next.is_some_and(|n| n.cap && !n.number && n.info.month == 0),
            // "in the evening", "during the night": a part of the day after a preposition, in the singular
            Sem::PartOfDay if c.has_the => {
                self.raw_is(i.wrapping_sub(1), rules::POD_NARRATIVE_BEFORE)
                    && self.t.get(end - 1).is_some_and(|t| {
                        !self.doc.slice(t.start, t.end).ends_with('s')
                    })
                    && !next.is_some_and(|n| {
                        matches!(n.info.word, "of" | "before" | "after")
                            || self.raw_is(end, &["when", "that", "the"])
                            || self.raw_is(end, rules::POD_COMPOUND_NOUNS)
                    })
            }
            // "the 1996-2000 period": the second year of a range, not "the 2000 period"
            Sem::YearQuarter => !(!c.has_the && i >= 1 && self.is_hy(i - 1)),
            Sem::Decade => {
                // "in his 60s", "in their early 40s": an age, not a decade
                let mut k = i;
                if k >= 2 && self.is_hy(k - 1) {
                    k -= 2; // "mid-60s"
                }
                if k >= 1 && matches!(self.lc(k - 1), "early" | "mid" | "late") {
                    k -= 1;
                }
                // "in their 40s and 50s", "in his late 30s or early 40s": a list of ages after the pronoun
                while k >= 2
                    && (self.raw_is(k - 1, &["and", "or", "to", "early", "mid", "late"])
                        || self.t[k - 1].punct == ','
                        || self.is_hy(k - 1)
                        || self.t[k - 1].decade.is_some())
                    && k + 8 > i
                {
                    k -= 1;
                }
                !(k >= 1
                    && self.raw_is(k - 1, &["his", "her", "their", "my", "your", "our", "its"]))
            }
            Sem::DayOfMonth => {
                // "on the 15th": an ordinal written with its suffix, after "on", and not "the 15th century"
                prev == "on"
                    && self.t.get(end - 1).is_some_and(|t| t.ord_num > 0)
                    && !next.is_some_and(|n| n.info.unit.is_some() || n.info.word == "of")
            }
            Sem::UnitRel => {
                // "This Week" (a programme's name): every word capitalised inside a sentence
                let all_cap = (i..end).all(|k| self.t.get(k).is_some_and(|t| t.cap));
                let sent_start = self.starts_sentence(i);
                !all_cap || sent_start
            }
            Sem::Ref(_) => {
                let w = self.lc(i);
                // "the now-defunct airline", "a recently-built plant": part of an adjective
                if next.is_some_and(|n| n.punct == '-') && self.is_hy(end) {
                    return false;
                }
                if w == "current" {
                    // "current account", "electric current": only as an adjective of a period or state
                    let nraw = next.map_or("", |n| self.doc.slice(n.start, n.end));
                    let det = matches!(
                        prev,
                        "the" | "its" | "their" | "his" | "her" | "our" | "'s" | "a"
                    );
                    return det
                        && next.is_some_and(|n| !n.number && n.punct == '\0')
                        && !matches!(
                            nraw,
                            "account" | "accounts" | "affairs" | "events" | "flows" | "flow"
                        );
                }
                if rule.name == "ref.past.the_time" {
                    return prev == "at";
                }
                // "will one day be": a vague future; "one day" after anything but a modal is a duration
                if rule.name == "ref.future.one_day" {
                    return w == "some"
                        || self.raw_is(
                            i.wrapping_sub(1),
                            &["will", "would", "could", "may", "might", "can", "shall"],
                        );
                }
                // "as soon as", "soon after he was captured": a relation, not a time
                if w == "soon"
                    && (prev == "as"
                        || next.is_some_and(|n| matches!(n.info.word, "after" | "before")))
                {
                    return false;
                }
                // "Now, he says ...", "Currently, the plant ...": the adverb and a comma opening a sentence frame
                // what follows (TimeBank tags none of its 4; it tags "now" inside a clause)
                if end == i + 1
                    && matches!(w, "now" | "currently")
                    && next.is_some_and(|n| n.punct == ',')
                    && self.starts_sentence(i)
                {
                    return false;
                }
                // "the future of our peoples": what becomes of something, not a time
                if rule.name == "ref.future" && self.lc(end - 1) == "future" && self.raw_is(end, &["of"]) {
                    return false;
                }
                true
            }
            Sem::DayOffset(_) if rule.name == "date.event_day.present" => {
                // the day of an event, counted, after a present copula: "it's the second day of an offensive"
                // ("the first day of March" is `date.part_of`; "was the third day" is not the publication date)
                let temporal_after = self.t.get(end + 1).is_some_and(|n| {
                    n.number || n.info.month > 0 || n.info.unit.is_some() || n.info.rel.is_some()
                }) || (self.raw_is(end + 1, &["the", "this", "that"])
                    && self.t.get(end + 2).is_some_and(|n| n.info.unit.is_some()));
                self.raw_is(i.wrapping_sub(1), &["is", "'s", "’s"]) && self.raw_is(end, &["of", "in"]) && !temporal_after
            }
            Sem::DayOffset(n) => {
                // "the people of tomorrow", "the cities of today": the coming (or present) age, not a day
                if (n == 0 || n == 1)
                    && end == i + 1
                    && prev == "of"
                    && i >= 2
                    && self.raw_is(i - 2, lexicon::GENERIC_OF_TODAY_NOUNS)
                    && !matches!(self.lc(end), "'s" | "’s")
                {
                    return false;
                }
                // "in today's world", "many of today's personal computers": the present age, not a day
                if n == 0
                    && end == i + 1
                    && matches!(self.lc(end), "'s" | "’s")
                    && (self.raw_is(end + 1, lexicon::GENERIC_TODAY_NOUNS)
                        || (i >= 2
                            && self.raw_is(i - 1, &["of"])
                            && self.raw_is(i - 2, lexicon::GENERIC_TODAY_QUANTIFIERS)))
                {
                    return false;
                }
                // "VOA Today", "USA Today": a name
                let t = self.t.get(i);
                !(t.is_some_and(|t| t.cap)
                    && i > 0
                    && self.t.get(i - 1).is_some_and(|p| p.cap && !p.number)
                    && self.doc.sentence_at(t.map_or(0, |t| t.start))
                        == self.doc.sentence_at(self.t[i - 1].start))
            }
            Sem::Weekday
                if next.is_some_and(|n| {
                    n.cap && !n.number && n.info.month == 0 && n.info.pod.is_none()
                }) =>
            {
                false
            } // "Sunday Times"
            Sem::Weekday => {
                // "Friday's" as a possessive before a noun is still a date; a weekday that names something
                // ("Good Friday" is still a date too) - nothing to block
                true
            }
            _ => true,
        }
    }

    fn tense(&self, i: usize, end: usize) -> Tense {
        let doc = self.doc;
        let start_b = self.t.get(i).map_or(0, |t| t.start);
        let Some(s) = doc.sentence_at(start_b) else {
            return Tense::Unknown;
        };
        let Some(sent) = doc.sentences.get(s) else {
            return Tense::Unknown;
        };
        let (a, b) = (sent.start, sent.end);
        // look at up to 10 tokens on each side, inside the sentence; the nearest marker wins
        let mut best: Option<(usize, Tense)> = None;
        let consider = |k: usize, dist: usize, best: &mut Option<(usize, Tense)>| {
            let Some(t) = self.t.get(k) else { return };
            if t.start < a || t.end > b {
                return;
            }
            let raw = doc.slice(t.start, t.end);
            let w = t.info.word;
            let raw_at = |j: usize| self.t.get(j).map_or("", |t| doc.slice(t.start, t.end));
            let prev1 = if k > 0 { raw_at(k - 1) } else { "" };
            let is_any = |s: &str, list: &[&str]| {
                list.iter()
                    .any(|x| x.len() == s.len() && s.eq_ignore_ascii_case(x))
            };
            // "will be paid", "is expected to be completed": a passive or an infinitive, not a past
            let passive =
                k > 0 && is_any(prev1, &["be", "is", "are", "being", "to", "will", "would"]);
            // a modal or a schedule; "is to meet"; "by Dec. 15" (a deadline); "he'll"
            let mut kind = marker_kind(raw);
            // "hard for Sun to meet demand well into the summer": an infinitive takes the tense of the verb
            // that governs it (the modals never follow "to")
            if kind == 1 && k > 0 && prev1.eq_ignore_ascii_case("to") {
                kind = 0;
            }
            // "could last until Monday", "will cut jobs in May", "to put it off until June": a past form that is
            // also the base form, after a modal or "to", is no past
            if kind == 2 && k > 0 && is_any(prev1, lexicon::BASE_AFTER) {
                kind = 0;
            }
            // "could not be reached Wednesday", "could be located Wednesday": what the reporter found, a past
            let could_be_found = raw.eq_ignore_ascii_case("could")
                && (self.raw_is(k + 1, &["be"]) || (self.raw_is(k + 1, &["not"]) && self.raw_is(k + 2, &["be"])))
                && (k + 2..k + 4).any(|j| self.raw_is(j, lexicon::FOUND_PARTICIPLES));
            if could_be_found {
                kind = 2;
            }
            // "the accession was planned for early March": a plan for the date
            let planned_for = raw.eq_ignore_ascii_case("planned") && self.raw_is(k + 1, &["for"]);
            // "has decided to admit them in early March": a decision made now, its act ahead
            let decided_to = raw == "to"
                && is_any(prev1, lexicon::DECISION_PARTICIPLES)
                && k >= 2
                && is_any(raw_at(k - 2), &["has", "have", "'ve", "’ve"])
                && self.t.get(k + 1).is_some_and(|n| !n.cap && !n.number && n.punct == '\0')
                && !is_any(raw_at(k + 1), lexicon::DETERMINERS_AFTER_TO);
            let future = kind == 1
                || planned_for
                || decided_to
                || (w == "may" && !t.cap)
                || (raw == "to"
                    && is_any(prev1, lexicon::FUTURE_BEFORE_TO)
                    && self.next_is_base_verb(k))
                // "ahead of the weekend", "ahead of Tuesday's vote": what is to come
                || (k + 2 == i
                    && raw.eq_ignore_ascii_case("ahead")
                    && self.raw_is(k + 1, &["of"]))
                || raw.ends_with("'ll")
                || raw.ends_with("’ll");
            // "had been due to expire Friday", "had been scheduled to meet": a plan seen from the past, whose
            // day has gone by (the past perfect wins over the schedule word)
            let schedule = kind == 1 || (raw == "to" && is_any(prev1, lexicon::FUTURE_BEFORE_TO));
            let planned_before =
                schedule && (1..=4).any(|b| k >= b && raw_at(k - b).eq_ignore_ascii_case("had"));
            let tense = if planned_before {
                Some(Tense::Past)
            } else if future {
                Some(Tense::Future)
            } else if kind == 2 && !passive {
                Some(Tense::Past)
            } else if raw.len() > 4 && raw.ends_with("ed") && !t.cap {
                // "a still unspecified date", "the undisclosed sum", "an unnamed official": adjectives
                let adjective = (raw.len() > 6 && raw.starts_with("un"))
                    || (k > 0 && is_any(prev1, &["a", "an", "the", "still"]));
                if passive || adjective {
                    None
                } else {
                    Some(Tense::Past)
                }
            } else if matches!(raw, "is" | "are" | "Is" | "Are") {
                Some(Tense::Present)
            } else {
                None
            };
            if let Some(te) = tense {
                if best.is_none_or(|(d, _)| dist < d) {
                    *best = Some((dist, te));
                }
            }
        };
        // "had filed reports by Wednesday": a past perfect before a deadline puts the deadline in the past
        // "as soon as Tuesday", "as early as next month": a deadline too
        let soon_before =
            i >= 3 && self.lc(i - 1) == "as" && matches!(self.lc(i - 2), "soon" | "early") && self.lc(i - 3) == "as";
        let by_before = (i >= 1 && self.lc(i - 1) == "by") || soon_before;
        // ("By Monday, the rebels had withdrawn": the past perfect may follow the date)
        let past_perfect = by_before
            && ((2..=10).any(|d| {
                i >= d
                    && self
                        .t
                        .get(i - d)
                        .is_some_and(|t| t.start >= a && self.raw_is(i - d, &["had"]))
            }) || (end..end + 8).any(|k| {
                self.t
                    .get(k)
                    .is_some_and(|t| t.end <= b && self.raw_is(k, &["had"]))
            }));
        // "the treaty signed in November takes effect in July": a verb that governs the date through its
        // preposition is as near as the verb after the date (and wins the tie)
        if i >= 2 && self.raw_is(i - 1, lexicon::VERB_PREPOSITIONS) {
            consider(i - 2, 1, &mut best);
        }
        // a verb after a comma that follows the date is farther than it looks: "will cut flights in September,
        // it said" (the report does not date the reported clause)
        // - but a date opening the sentence ("On Tuesday, the league plans to hold a news conference") frames the
        // clause after its comma, whose verb may stand past a long subject
        let opening = self.t.get(i).is_some_and(|t| t.start == a)
            || (i >= 1 && self.t.get(i - 1).is_some_and(|t| t.start == a) && self.raw_is(i - 1, lexicon::DATE_OPENERS));
        // how much farther a verb after the date counts: past the date's comma, or inside a clause opened after it
        let mut later_clause = 0;
        let mut comma_after = false;
        let mut after_comma_pick = None;
        for d in 1..=10 {
            if i >= d {
                consider(i - d, d, &mut best);
            }
            if !opening && self.t.get(end + d - 1).is_some_and(|t| t.punct == ',') {
                comma_after = true;
                later_clause = later_clause.max(4);
            }
            // "rose after Unisys Corp.'s announcement Friday that it would cut jobs": the verbs of a clause that a
            // complementizer or relative pronoun opens after the date govern it only when no verb before it does
            if self.raw_is(end + d - 1, lexicon::SUBORDINATE_OPENERS) {
                later_clause = later_clause.max(10);
            }
            let kept = best;
            consider(end + d - 1, d + later_clause, &mut best);
            if comma_after && best != kept {
                after_comma_pick = best;
            }
        }
        // a past verb past the date's comma is the report's ("..., an official said"): a future that governs the
        // clause from before the date, up to 16 tokens back past a long object, wins over it ("has decided to admit
        // Poland, Hungary and the Czech Republic in early March, an official said")
        if best.is_some_and(|(_, t)| t == Tense::Past) && best == after_comma_pick {
            let mut back = None;
            for d in 1..=16 {
                if i >= d {
                    consider(i - d, d, &mut back);
                }
            }
            if back.is_some_and(|(_, t)| t == Tense::Future) {
                best = back;
            }
        }
        // a deadline ("by Monday") looks ahead, like a verb next to the date, unless a past perfect rules or a
        // past verb stands just before it in the clause: "the toll rose to 200 by Monday" is past
        if by_before && !past_perfect {
            let mut near = None;
            for d in 2..=5 {
                if i >= d {
                    consider(i - d, d, &mut near);
                }
            }
            if !matches!(near, Some((_, Tense::Past))) {
                best = Some((1, Tense::Future));
            }
        }
        // a time limit granted for an act: "has given them until 9 a.m. Tuesday to sign", "have until Friday to
        // respond" - the act lies ahead, unless a past perfect tells it from the past ("had until Friday to file");
        // "it was not until Tuesday that he spoke" has no act after the date and keeps its tense
        let until_to = i >= 1
            && self.lc(i - 1) == "until"
            && self.raw_is(end, &["to"])
            && self.t.get(end + 1).is_some_and(|n| !n.cap && !n.number && n.punct == '\0')
            && !self.raw_is(end + 1, lexicon::DETERMINERS_AFTER_TO)
            && !(2..=10).any(|d| {
                i >= d && self.t.get(i - d).is_some_and(|t| t.start >= a && self.raw_is(i - d, &["had"]))
            });
        if until_to {
            best = Some((1, Tense::Future));
        }
        // nothing near: the verb that governs a long clause may stand further back ("will be named commander of
        // the Space Shuttle Columbia for a mission in December")
        // - only a future counts from that far: a past verb there rarely governs the date ("agreed to buy
        // the line for $22 million in February")
        if best.is_none() {
            let mut far = None;
            for d in 11..=16 {
                if i >= d {
                    consider(i - d, d, &mut far);
                }
                if opening {
                    consider(end + d - 1, d, &mut far);
                }
            }
            best = far.filter(|&(_, t)| t == Tense::Future);
            // a date opening its sentence frames the clause after its comma however long its subject: that
            // clause's verb, past or not, governs it ("In January, a week after the anniversary of the ruling, a
            // bombing in Birmingham, Ala., killed a guard"); bounded by the sentence and 32 tokens
            if best.is_none() && opening {
                let mut framed = None;
                for d in 11..=OPENING_FAR_VERB {
                    consider(end + d - 1, d, &mut framed);
                }
                best = framed;
            }
        }
        // a present-tense clause that sets a date "for" a day is about what is to come: "rain is forecast for
        // Thursday", "the vote is scheduled for Friday"
        let after_for = i >= 1 && self.raw_is(i - 1, &["for"]);
        match best {
            Some((_, Tense::Present)) if after_for => Tense::Future,
            Some((_, t)) => t,
            None => Tense::Unknown,
        }
    }

    fn next_is_base_verb(&self, k: usize) -> bool {
        // "to" + a verb: "is to meet", "plans to visit"; not "to Tuesday" / "to the"
        self.t
            .get(k + 1)
            .is_some_and(|t| !t.cap && !t.number && t.info.word.is_empty() && t.punct == '\0')
    }

    /// A modifier written before the match ("early", "nearly", "the end of", "mid-"), as (first token, mod).
    ///
    /// `class` widens what applies: 'a' for a date counted back ("about two years ago" takes the modifiers
    /// of durations), 'r' for a reference to the present or past (only `REF_PRE_MODIFIERS`: "more recently").
    fn pre_modifier(
        &self,
        i: usize,
        kind: TimexType,
        class: char,
    ) -> Option<(usize, &'static str)> {
        let mut best: Option<(usize, &'static str)> = None;
        if class == 'r' {
            let w = self.lc(i);
            return lexicon::REF_PRE_MODIFIERS
                .iter()
                .any(|&(b, r)| r == w && i >= 1 && self.raw_is(i - 1, &[b]))
                .then(|| (i - 1, ""));
        }
        let mut at = i;
        if i >= 1 && self.is_hy(i - 1) {
            at = i - 1;
        }
        for &(words, m, applies) in lexicon::PRE_MODIFIERS {
            let ok = match applies {
                'd' => matches!(kind, TimexType::Date | TimexType::Time) && class != 'r',
                'u' => kind == TimexType::Duration || class == 'a',
                _ => true,
            };
            if !ok || at < words.len() {
                continue;
            }
            if words == ["over"]
                && !self.t.get(i).is_some_and(|t| {
                    t.number || t.info.num > 0 || matches!(t.info.word, "a" | "an")
                })
            {
                continue;
            }
            let s = at - words.len();
            if words.iter().enumerate().all(|(k, w)| self.lc(s + k) == *w) {
                // "to get around Wednesday's ruling": a phrasal verb, not an approximation
                if words == ["around"] && s >= 1 && self.raw_is(s - 1, lexicon::AROUND_VERBS) {
                    continue;
                }
                // the hyphen of "mid-1990s", "late-November" only after "mid", "early", "late"
                if at != i && !matches!(words, ["mid"] | ["early"] | ["late"]) {
                    continue;
                }
                if best.is_none_or(|(b, _)| s < b) {
                    best = Some((s, m));
                }
            }
        }
        best
    }
}

/// The day after "and" / "or" that follows a month and day ("April 24 and 25."), as its own DATE in the same month,
/// with the token after it; only a day later than the first, ending the phrase (punctuation or the text's end).
fn coordinated_day(tg: &Tagger<'_, '_>, end: usize, first: Option<DateRange>) -> Option<(usize, Timex)> {
    let first = first.filter(|r| r.precision == super::model::Precision::Day)?.start;
    if !tg.raw_is(end, &["and", "or", "&"]) {
        return None;
    }
    let t = tg.t.get(end + 1)?;
    let day = t.n.filter(|_| t.number && !t.has_sep && (1..=2).contains(&t.digits))?;
    if day <= i64::from(first.day) || !tg.t.get(end + 2).is_none_or(|n| matches!(n.punct, '.' | ',' | ';' | ')')) {
        return None;
    }
    let date = Date::new(first.year, first.month, u8::try_from(day).ok()?)?;
    let span = tg.doc.span(t.start, t.end);
    let text = tg.doc.slice(span.start, span.end).to_string();
    let value = date.to_string();
    let explanation = format!("'{text}' -> {value}: a day of the month written just before");
    Some((
        end + 2,
        Timex {
            id: String::new(),
            span,
            text,
            kind: TimexType::Date,
            value,
            modifier: None,
            freq: None,
            quant: None,
            range: Some(DateRange { start: date, end: date.add_days(1), precision: super::model::Precision::Day }),
            anchor: None,
            rule: rules::DATE_COORDINATED_DAY.to_string(),
            explanation,
        },
    ))
}

/// Values read again from the words around a match, for two rare cases (out of line, so that the token loop's code
/// stays as it was): the "last year" of a comparison with a quarter in view (rule `date.last_year.compared_quarter`)
/// and "year-end" as a day (rule `date.year_end.day`). `quarter` is the quarter in view.
#[inline(never)]
fn reread_value(
    tg: &Tagger<'_, '_>,
    rule: &Rule,
    caps: &Caps,
    i: usize,
    end: usize,
    dct: Option<Date>,
    quarter: Option<DateRange>,
) -> Option<(resolve::Res, &'static str)> {
    // "posted earnings of $24 million, compared with a loss of $3 million last year": in an earnings story with a
    // quarter in view, the "last year" of a comparison is that quarter a year before
    if rule.sem == Sem::UnitRel
        && caps.unit == Some(Unit::Year)
        && caps.rel_word == "last"
        && !caps.has_the
        && end == i + 2
        && quarter.is_some()
        && tg.comparison_before(i)
        && !tg.months_before_in_sentence(i)
    {
        let ctx = resolve::Ctx { dct, last: None, tense: Tense::Unknown, quarter };
        return resolve::resolve(Sem::YearAgo, caps, &ctx).map(|r| (r, rules::DATE_COMPARED_QUARTER));
    }
    // "complete the deal by year-end", "the change since year-end": the hyphenated noun after a preposition of a
    // deadline or a starting point is the last day of the year (TimeBank 2 of 2); "a year-end rally", "year end"
    // stay the year's end
    if rule.sem == Sem::UnitEdge && end == i + 3 && tg.lc(i) == "year" && tg.is_hy(i + 1) && i >= 1 {
        let back = rules::YEAR_END_DAY_BEFORE.iter().find(|(w, _)| tg.raw_is(i - 1, &[w])).map(|&(_, b)| b)?;
        let d = dct?;
        // "since year-end": the last one passed (the publication date's own year only on Dec. 31)
        let y = if back && !(d.month == 12 && d.day == 31) { d.year - 1 } else { d.year };
        let day = Date::new(y, 12, 31)?;
        let reason =
            if back { "the last year-end before the publication date" } else { "the last day of the publication year" };
        let res = resolve::Res {
            kind: TimexType::Date,
            value: format!("{y:04}-12-31"),
            modifier: None,
            freq: None,
            quant: None,
            range: Some(DateRange { start: day, end: day.add_days(1), precision: super::model::Precision::Day }),
            reason: reason.into(),
        };
        return Some((res, rules::DATE_YEAR_END_DAY));
    }
    None
}

/// The day of an earlier event told again by a past clock time's clause (rule `time.clock.event_day`): the past
/// verb nearest before the time (within 8 tokens of its sentence, not a reporting verb) is looked for, as a whole
/// word, in the sentences of the last 30 day-precise timexes; the nearest such timex gives (its day, its index).
fn event_day(tg: &Tagger<'_, '_>, out: &[Timex], i: usize, end: usize, sent: usize) -> Option<(Date, usize)> {
    let doc = tg.doc;
    let s = doc.sentences.get(sent)?;
    if tg.tense(i, end) != Tense::Past {
        return None;
    }
    let verb = (1..=8).filter(|&d| i >= d).map(|d| i - d).find_map(|k| {
        let t = tg.t.get(k).filter(|t| t.start >= s.start)?;
        let raw = doc.slice(t.start, t.end);
        let past = marker_kind(raw) == 2 || (raw.len() > 4 && raw.ends_with("ed"));
        (past && !t.cap && !lexicon::NOT_EVENT_VERBS.contains(&raw)).then_some(raw)
    })?;
    // each sentence is read once, however many of its timexes are among the 30 (a long sentence with many dates)
    let mut read: Option<usize> = None;
    for (k, x) in out.iter().enumerate().rev().take(30) {
        let Some(r) = x.range.filter(|r| r.precision >= super::model::Precision::Day) else { continue };
        let Some(xs) = doc.sentence_at(x.span.start).filter(|&xs| xs < sent && read != Some(xs)) else { continue };
        read = Some(xs);
        let Some(text) = doc.sentences.get(xs).map(|q| doc.slice(q.start, q.end)) else { continue };
        let whole = text.match_indices(verb).any(|(p, _)| {
            let before = text.get(..p).and_then(|b| b.chars().next_back());
            let after = text.get(p + verb.len()..).and_then(|a| a.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        if whole {
            return Some((r.start, k));
        }
    }
    None
}

/// Every temporal expression in the document, in text order, with ids "t1", "t2", ...
pub fn recognize(doc: &Document<'_>, dct: Option<Date>) -> Vec<Timex> {
    let tg = Tagger {
        doc,
        t: tokens(doc),
    };
    let mut out: Vec<Timex> = Vec::new();
    let mut last: Option<DateRange> = None;
    let mut last_quarter: Option<(DateRange, usize)> = None;
    // the index in `out` of a "the quarter" resolved with no quarter in view (the last one completed)
    let mut quarter_fallback_at: Option<usize> = None;
    let mut last_sent = 0usize;
    let mut i = 0;
    let n = tg.t.len();
    // the matches at one token (reused: no allocation per token)
    let mut found: Vec<(usize, &Rule, Caps)> = Vec::new();
    while i < n {
        let t = &tg.t[i];
        // a punctuation mark starts a match only as the apostrophe of "'80s" or "'98" (the other rules that
        // allow one first - a comma, a hyphen - are glue, and a match never starts at glue)
        let apostrophe = t.punct == '\'' || t.punct == '’';
        if t.info.starts == 0 && !t.number && !apostrophe {
            i += 1;
            continue;
        }
        let masks = punct_masks();
        let mut mask = t.info.starts;
        if t.number {
            mask |= number_mask(t, false);
        } else if apostrophe {
            mask |= masks.0;
        }
        if matches!(t.info.word, "a" | "an") {
            // "a year", "a few days", "a while", "a three-year period": anything else after "a" starts nothing
            let goes_on = tg.t.get(i + 1).is_some_and(|n| {
                n.number || n.info.unit.is_some() || n.info.num > 0 || one_of(AFTER_A, n.info.word)
            });
            if !goes_on {
                mask = 0;
            }
        }
        if t.info.word == "the" {
            // a rule that opens with "the" goes on only if the next token can continue it
            let after = tg.t.get(i + 1).map_or(0, |n| {
                n.info.starts_after_the
                    | if n.number {
                        number_mask(n, true)
                    } else if n.punct != '\0' {
                        masks.1
                    } else {
                        0
                    }
            });
            mask &= !rules_with_the() | after;
        }
        // every accepted match, longest first (the table's order among equals); the first that resolves wins
        found.clear();
        while mask != 0 {
            let k = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let Some(rule) = RULES.get(k) else { break };
            if let Some((end, caps)) = tg.match_rule(rule, i) {
                found.push((end, rule, caps));
            }
        }
        if found.is_empty() {
            i += 1;
            continue;
        }
        crate::sort::sort_by_key(&mut found, |f| std::cmp::Reverse(f.0));
        let sent = doc.sentence_at(tg.t[i].start).unwrap_or(0);
        let mut chosen = None;
        for (end, rule, mut caps) in found.drain(..) {
            // the negative rules, only for the matches actually tried
            if !tg.accept(rule, i, end, &caps) {
                continue;
            }
            if rule.sem == Sem::TheYear {
                // "the year ended June 30": a year-long period
                if let Some(n) = tg.t.get(end) {
                    let w = doc.slice(n.start, n.end);
                    if w.eq_ignore_ascii_case("ended") || w.eq_ignore_ascii_case("ending") {
                        caps.day_word = Some(1);
                    }
                }
            }
            // "at 10:35 a.m. (0735 GMT) Friday": the day is named after the time in the other zone
            if rule.sem == Sem::Clock && caps.weekday.is_none() && caps.day == 0 {
                let close = (end + 1..end + 6)
                    .find(|&k| tg.t.get(k).is_some_and(|t| t.punct == ')'))
                    .filter(|_| tg.t.get(end).is_some_and(|t| t.punct == '('));
                if let Some(w) = close
                    .and_then(|k| tg.t.get(k + 1))
                    .filter(|w| w.info.weekday > 0 && w.cap)
                {
                    caps.weekday = Some(w.info.weekday - 1);
                }
            }
            let tense = match rule.sem {
                Sem::Weekday
                | Sem::Month
                | Sem::MonthDay
                | Sem::Quarter
                | Sem::Season
                | Sem::PartOfDay
                | Sem::Half
                | Sem::Clock
                | Sem::Weekend
                | Sem::DayOfMonth
                | Sem::Holiday => tg.tense(i, end),
                _ => Tense::Unknown,
            };
            // "Friday's purchases is far below ...": a weekday that names an event (a possessive) reports it;
            // the present tense of the clause describes the state now, it does not move the day ahead
            let tense = if tense == Tense::Present
                && rule.sem == Sem::Weekday
                && matches!(tg.lc(end), "'s" | "’s")
            {
                Tense::Unknown
            } else {
                tense
            };
            // an earnings story keeps its quarter for a while ("third-quarter profit ... a year earlier"), but "in
            // the first nine months, ... a year earlier" compares those months
            let quarter = last_quarter
                .filter(|&(_, s)| sent <= s + 12)
                .filter(|_| !tg.months_before_in_sentence(i))
                .map(|(r, _)| r);
            // "two weeks later" counts from a date of this or the previous sentence, else from the publication date
            let near_last = if rule.sem == Sem::Narrative(0) && caps.has("later") {
                // "a week later" never counts from the publication date: from the narrative's last date of the
                // last few sentences
                last.filter(|_| sent <= last_sent + 4)
            } else if matches!(rule.sem, Sem::Narrative(0) | Sem::Clock | Sem::PartOfDay) {
                last.filter(|_| sent <= last_sent + 1)
            } else {
                last
            };
            let ctx = resolve::Ctx {
                dct,
                last: near_last,
                tense,
                quarter,
            };
            if let Some(res) = resolve::resolve(rule.sem, &caps, &ctx) {
                chosen = Some((end, rule, caps, res));
                break;
            }
        }
        let Some((end, rule, caps, mut res)) = chosen else {
            i += 1;
            continue;
        };
        if caps.has("so") && res.modifier.is_none() {
            res.modifier = Some("APPROX".into()); // "the next year or so"
        }
        // "the day after his death", "Oct. 12, the day before the stock market plunge": "before" / "after" ties the
        // day to an event named next, a signal that TimeML leaves outside the expression ("he had left the day
        // before." keeps it); set off by a comma after a date, the day is that date
        let mut end = end;
        if rule.name == rules::DATE_NARRATIVE_UNIT
            && end == i + 3
            && matches!(tg.lc(end - 1), "before" | "after")
            && tg.t.get(end).is_some_and(|n| {
                n.punct == '\0'
                    && !n.number
                    && n.info.weekday == 0
                    && n.info.month == 0
                    && n.info.unit.is_none()
                    && n.info.rel.is_none()
                    && !matches!(n.info.word, "today" | "yesterday" | "tomorrow" | "that" | "then" | "and" | "or")
            })
        {
            end -= 1;
            let apposition = i >= 2
                && caps.has("day")
                && tg.t.get(i - 1).is_some_and(|c| c.punct == ',')
                && out.last().is_some_and(|p: &Timex| {
                    p.span.end == tg.t[i - 2].end
                        && p.range.is_some_and(|r| r.precision == super::model::Precision::Day)
                });
            if let Some(p) = out.last().filter(|_| apposition) {
                res.value = p.value.clone();
                res.range = p.range;
                res.kind = TimexType::Date;
                res.reason = format!("the day of {}, in apposition to it", p.text);
            }
        }
        // "on Mondays", "Tuesday nights": a plural weekday or part of a weekday is every such one
        let mut rule_name = rule.name;
        if let (Some(wd), TimexType::Date | TimexType::Time) = (caps.weekday, res.kind) {
            let plural = (i..end).any(|k| {
                tg.t.get(k).is_some_and(|t| {
                    let raw = doc.slice(t.start, t.end);
                    (t.info.weekday > 0 || t.info.pod.is_some())
                        && raw.ends_with('s')
                        && !raw.ends_with("'s")
                        && !raw.ends_with("’s")
                })
            });
            if plural {
                let pod = res
                    .value
                    .find('T')
                    .and_then(|k| res.value.get(k..))
                    .unwrap_or("");
                res.value = format!("XXXX-WXX-{}{}", wd + 1, pod);
                res.kind = TimexType::Set;
                res.range = None;
                res.modifier = None;
                res.reason = "a plural weekday: every such day".into();
                rule_name = rules::SET_PLURAL_WEEKDAY;
            }
        }
        // "a Sunday night memorial service", "Saturday night's debate": a weekday's part of the day that modifies a
        // noun dates the thing named, a DATE (rules::WEEKDAY_PART_ATTRIBUTIVE_BEFORE)
        if rule.sem == Sem::PartOfDay
            && res.kind == TimexType::Time
            && caps.weekday.is_some()
            && ((i >= 1 && tg.raw_is(i - 1, rules::WEEKDAY_PART_ATTRIBUTIVE_BEFORE))
                || matches!(tg.lc(end), "'s" | "’s"))
        {
            res.kind = TimexType::Date;
            res.reason = format!("{}, modifying a noun: the date of what it names", res.reason);
            rule_name = rules::DATE_WEEKDAY_PART_ATTRIBUTIVE;
        } else if rule.sem == Sem::PartOfDay
            && res.kind == TimexType::Time
            && caps.weekday.is_some()
            && i >= 1
            && tg.raw_is(i - 1, rules::WEEKDAY_PART_DAY_BEFORE)
        {
            // "on Friday night", "the early hours of Thursday morning": after the preposition, the day
            // (rules::WEEKDAY_PART_DAY_BEFORE)
            if let Some(day) = res.value.split('T').next().map(str::to_string) {
                res.value = day;
            }
            res.kind = TimexType::Date;
            res.range = res.range.map(|r| DateRange { precision: super::model::Precision::Day, ..r });
            res.reason = format!("{}, after a preposition: the day", res.reason);
            rule_name = rules::DATE_WEEKDAY_PART_ON;
        }
        // "throughout the fiscal year", "throughout the 1990s": the whole period, a DURATION whose value is the
        // period (rules::DURATION_WHOLE_PERIOD_BEFORE)
        if res.kind == TimexType::Date
            && res.range.is_some_and(|r| r.precision < super::model::Precision::Day)
            && i >= 1
            && tg.raw_is(i - 1, rules::DURATION_WHOLE_PERIOD_BEFORE)
        {
            res.kind = TimexType::Duration;
            res.reason = format!("{}, throughout: the whole period", res.reason);
            rule_name = rules::DURATION_THROUGHOUT_PERIOD;
        }
        // "He was shot on Oct. 23. ... He was shot at 10 p.m.": a past clock time with no day near it, whose verb
        // tells again an event of an earlier sentence with a day, falls on that day
        if rule.sem == Sem::Clock
            && caps.month == 0
            && caps.day == 0
            && caps.weekday.is_none()
            && !["today", "tonight", "yesterday", "tomorrow"].iter().any(|w| caps.has(w))
            && dct.is_some()
            && last.filter(|_| sent <= last_sent + 1).is_none()
        {
            if let Some((day, k)) = event_day(&tg, &out, i, end, sent) {
                let clock = res.value.find('T').and_then(|p| res.value.get(p..)).unwrap_or("").to_string();
                res.value = format!("{day}{clock}");
                res.range = res.range.map(|r| DateRange { start: day, end: day.add_days(1), ..r });
                res.reason = format!("a past clock time whose verb tells again the event of {}", out[k].text);
                rule_name = rules::TIME_CLOCK_EVENT_DAY;
            }
        }
        // a comparison's "last year" in an earnings story, "by year-end": values read again from the words around
        // (out of line: two rare cases, kept out of the token loop's code)
        if matches!(rule.sem, Sem::UnitRel | Sem::UnitEdge) {
            let quarter = last_quarter.filter(|&(_, s)| sent <= s + 12).map(|(r, _)| r);
            if let Some((r, name)) = reread_value(&tg, rule, &caps, i, end, dct, quarter) {
                res = r;
                rule_name = name;
            }
        }
        let mut start_tok = i;
        let starts_with_the = caps.has_the && tg.lc(i) == "the";
        // "in the weeks before the shooting", "in the days after the vote": when something happened, near an
        // event, not how long it lasted: a DATE without its article, as precise as the unit allows around the
        // narrative's date of this sentence or the one before (else a past reference)
        let around_event = rule.sem == Sem::VagueDuration
            && starts_with_the
            && end == i + 2
            && i >= 1
            && tg.raw_is(i - 1, lexicon::AROUND_EVENT_BEFORE)
            && tg.raw_is(end, lexicon::AROUND_EVENT_AFTER);
        if around_event {
            let unit = caps.unit;
            let anchor = last.filter(|_| sent <= last_sent + 1);
            res.value = match (anchor, unit) {
                (Some(l), Some(Unit::Day | Unit::Week)) if l.precision >= super::model::Precision::Month => {
                    format!("{:04}-{:02}", l.start.year, l.start.month)
                }
                (Some(l), Some(Unit::Month | Unit::Year)) if l.precision >= super::model::Precision::Year => {
                    format!("{:04}", l.start.year)
                }
                _ => "PAST_REF".to_string(),
            };
            res.kind = TimexType::Date;
            res.range = None;
            res.modifier = None;
            res.reason = "a vague time near an event, at the narrative's date".into();
            rule_name = rules::DATE_AROUND_EVENT;
            start_tok = i + 1;
        }
        // "the five-year plan", "the third-quarter results": TimeML leaves the article out of an adjective
        // ("the fiscal-first quarter" is a quarter: its hyphen is not before the unit); so is "the two day rally",
        // a count before a unit in the singular
        let adjective_count = rule.sem == Sem::Duration
            && caps.num.is_some_and(|n| n > 1.0)
            && end >= 1
            && tg.t[end - 1].info.unit.is_some_and(|(_, plural)| !plural)
            && tg.t.get(end).is_some_and(|n| n.punct == '\0' && !n.cap && !n.number);
        if starts_with_the
            && ((caps.hy && end >= 2 && tg.is_hy(end - 2)) || adjective_count)
            && matches!(rule.sem, Sem::Duration | Sem::Quarter)
        {
            start_tok = i + 1;
        }
        // "twice a week", "three times a year": TimeML draws the count with the SET, as its frequency
        if rule.sem == Sem::SetPer && res.freq.is_none() {
            if let Some((from, n)) = tg.set_count(i) {
                start_tok = from;
                res.freq = Some(format!("{n}X"));
                res.reason = format!("{} times {}", n, res.reason);
            }
        }
        let class = match rule.sem {
            Sem::Ago(_) => 'a',
            Sem::Ref(_) => 'r',
            _ => 'd',
        };
        if let Some((s, m)) = tg.pre_modifier(i, res.kind, class) {
            start_tok = s;
            if res.modifier.is_none() && !m.is_empty() {
                res.modifier = Some(m.to_string());
            }
            if matches!(m, "START" | "END" | "MID")
                && s >= 1
                && tg.lc(s - 1) == "the"
                && tg.lc(s) != "the"
                // "the late-November trip": TimeML leaves the article out of an adjective
                && !(tg.is_hy(s + 1) && m != "MID")
            {
                start_tok = s - 1;
            }
        }
        let (Some(a), Some(b)) = (tg.t.get(start_tok), tg.t.get(end - 1)) else {
            i += 1;
            continue;
        };
        let span = doc.span(a.start, b.end);
        let text = doc.slice(span.start, span.end).to_string();
        // "the quarter ended Sept. 30": the day written after the participle is the quarter's last day, which names
        // the quarter (rule `date.quarter.ended_on`, rules::QUARTER_ENDED_ON); a quarter in view stays in view
        if let Some(r) = res.range.filter(|r| r.precision == super::model::Precision::Day) {
            quarter_ended_on(&tg, &mut out, start_tok, r, &mut last_quarter, quarter_fallback_at);
        }
        let quarter_in_view_before = last_quarter.is_some_and(|(_, s)| sent <= s + 12);
        // the quarter under discussion: a quarter written as such ("the third quarter") or "the latest quarter",
        // which keeps it in view; not one derived from it ("the year-ago quarter"); a relative quarter only with
        // a word that names the quarter reported on (rules::QUARTER_IN_VIEW_REL: "the latest quarter", "this
        // quarter"), not "next quarter"
        if let Some(r) = res.range.filter(|r| {
            (matches!(rule.sem, Sem::Quarter | Sem::LastQuarter(0))
                || (rule.sem == Sem::UnitRel
                    && rules::QUARTER_IN_VIEW_REL.contains(&caps.rel_word)))
                && r.precision == super::model::Precision::Quarter
                && res.value.contains('Q')
                // a quarter written out that is still ahead ("losses through the third quarter of 1990"), or under
                // way after a word of continuation ("to continue into the fourth quarter"), is a forecast, not the
                // quarter reported on (rule `context.quarter_in_view.not_ahead`); a fiscal "fourth quarter" in
                // November is the one reported on
                && (rule.sem == Sem::UnitRel
                    || dct.is_none_or(|d| {
                        r.start <= d && (r.end <= d || !tg.raw_is(i.wrapping_sub(1), rules::QUARTER_FORECAST_BEFORE))
                    }))
        }) {
            if rule.sem == Sem::LastQuarter(0) && !quarter_in_view_before {
                quarter_fallback_at = Some(out.len());
            }
            last_quarter = Some((r, sent));
        }
        if let Some(r) = res.range {
            // a month ("In March, ...") replaces an anchor no finer than itself: "the following month" then
            // counts from it; a day stays the anchor through a month named after it
            if r.precision >= super::model::Precision::Day
                || r.precision <= super::model::Precision::Year
                || last.is_none_or(|l| l.precision <= r.precision)
                // "June 1998" after "Friday": a month that does not hold the day moves the narrative
                || last.is_some_and(|l| {
                    l.start.day_number() < r.start.day_number() || l.start.day_number() >= r.end.day_number()
                })
            {
                last = Some(r);
                last_sent = sent;
            }
        }
        // "'text' -> value: reason", built without the formatting machinery (a few thousand instructions each)
        let mut explanation = String::with_capacity(text.len() + res.value.len() + res.reason.len() + 7);
        for part in ["'", &text, "' -> ", &res.value, ": ", &res.reason] {
            explanation.push_str(part);
        }
        out.push(Timex {
            id: String::new(),
            span,
            text,
            kind: res.kind,
            value: res.value,
            modifier: res.modifier,
            freq: res.freq,
            quant: res.quant,
            range: res.range,
            anchor: None,
            rule: rule_name.to_string(),
            explanation,
        });
        i = end;
        // "April 24 and 25": the second day of the month just written is a date of its own
        if rule.sem == Sem::MonthDay {
            if let Some((k, timex)) = coordinated_day(&tg, end, res.range) {
                out.push(timex);
                i = k;
            }
        }
    }
    for (k, t) in out.iter_mut().enumerate() {
        t.id = timex_id(k + 1);
    }
    out
}

/// Rule `date.quarter.ended_on`: when the day at token `start` follows "ended" / "ending" (rules::QUARTER_ENDED_ON)
/// right after a "the quarter" of `date.quarter.last`, that quarter is read again from its last day: the calendar
/// quarter holding the middle of the three months up to the day. The quarter in view is replaced only when that
/// "the quarter" had none in view (`fallback_at`: it was the last quarter completed).
fn quarter_ended_on(
    tg: &Tagger<'_, '_>,
    out: &mut [Timex],
    start: usize,
    day: DateRange,
    last_quarter: &mut Option<(DateRange, usize)>,
    fallback_at: Option<usize>,
) {
    if start < 2 || !tg.raw_is(start - 1, rules::QUARTER_ENDED_ON) {
        return;
    }
    let Some(before) = tg.t.get(start - 2) else { return };
    let k = out.len().wrapping_sub(1);
    let Some(p) = out.get_mut(k).filter(|p| p.rule == "date.quarter.last" && p.span.end == before.end) else {
        return;
    };
    let mid = day.start.add_days(-rules::QUARTER_MIDDLE_DAYS);
    let q = mid.quarter();
    let Some(s) = Date::new(mid.year, (q - 1) * 3 + 1, 1) else { return };
    let range = DateRange { start: s, end: s.add_months(3), precision: super::model::Precision::Quarter };
    let value = format!("{:04}-Q{q}", mid.year);
    let mut explanation = String::with_capacity(p.text.len() + 60);
    for part in ["'", &p.text, "' -> ", &value, ": the quarter whose last day is written after it"] {
        explanation.push_str(part);
    }
    let old = p.range;
    p.value = value;
    p.range = Some(range);
    p.rule = rules::DATE_QUARTER_ENDED_ON.to_string();
    p.explanation = explanation;
    if fallback_at == Some(k) {
        if let Some((r, _)) = last_quarter.as_mut().filter(|(r, _)| Some(*r) == old) {
            *r = range;
        }
    }
}

/// "t" and the decimal digits of `n` ("t12"), without the formatting machinery.
/// How far after a date that opens its sentence (`Tagger::tense`) the verb of the clause it frames is looked for.
const OPENING_FAR_VERB: usize = 32;

fn timex_id(n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut v = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 || k == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - k);
    id.push('t');
    id.extend(digits[k..].iter().map(|&d| char::from(d)));
    id
}

/// Finds a publication date written in the text itself (a dateline, "Published June 24, 2025").
///
/// Conservative: only a full date (day, month and year) in the first lines, and only when it stands
/// alone on its line, follows a cue ("Published", "Updated", "Posted"), or opens a dateline
/// ("WASHINGTON, June 24, 2025 —").
pub fn detect_publication_date(doc: &Document<'_>) -> Option<(Date, Span)> {
    let limit = doc
        .paragraphs
        .get(6)
        .map_or(doc.text.len(), |p| p.0)
        .min(1500);
    let head = Document::new(doc.text.get(..limit).unwrap_or(""));
    let found = recognize(&head, None);
    let mut best: Option<(u8, Date, Span)> = None;
    for t in &found {
        if !matches!(
            t.rule.as_str(),
            "date.month_day_year" | "date.day_month_year" | "date.numeric" | "date.iso"
        ) {
            continue;
        }
        let Some(d) = Date::parse_iso(t.value.get(..10).unwrap_or("")) else {
            continue;
        };
        let Some(&(ps, pe)) = head
            .paragraphs
            .iter()
            .find(|p| p.0 <= t.span.start && t.span.end <= p.1)
        else {
            continue;
        };
        let before = head.slice(ps, t.span.start);
        let after = head.slice(t.span.end, pe).trim_start();
        let before_l = before.to_ascii_lowercase();
        let cue = lexicon::PUBLICATION_CUES.iter().any(|c| {
            before_l
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w == *c)
        });
        let alone = before
            .trim()
            .trim_end_matches([':', '|', '-', '—', '–', ','])
            .trim()
            .is_empty()
            && (after.is_empty()
                || after.len() < 30 && !after.contains(['.', '!', '?'])
                || after.starts_with(['|', '·', '—', '–']));
        let dateline = (after.starts_with('—')
            || after.starts_with("--")
            || after.starts_with("– ")
            || after.starts_with("- "))
            && before.len() < 60
            && before.trim_end().ends_with(',');
        let score = if before_l.contains("published") || before_l.contains("posted") {
            3
        } else if cue || dateline {
            2
        } else if alone {
            1
        } else {
            0
        };
        if score > 0 && best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, d, doc.span(t.span.start, t.span.end)));
        }
    }
    best.map(|(_, d, s)| (d, s))
}

#[cfg(test)]
mod tests;
