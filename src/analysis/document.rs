//! The document: the article's text cut into paragraphs, sentences and tokens, with its quotation marks.
//!
//! Every recogniser is a pure function of a `Document`. Offsets are byte offsets into `text`; `span()`
//! also fills the code-point offsets that exports use. Nothing here can panic on any UTF-8 input: all
//! slicing goes through `get` or through offsets that come from `char_indices`.

use super::lexicon::{Lemma, VerbCode, VerbForm};
use super::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, hyphens and periods of abbreviations: "don't", "U.S.", "well-known").
    Word,
    /// Digits, with inner separators: "2023", "5,000", "2.5", "1/8".
    Number,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteRole {
    Open,
    Close,
    /// A straight `"` whose role depends on pairing.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteMark {
    pub pos: usize,
    pub len: usize,
    /// Double (“ ” ") or single (‘ ’ ').
    pub double: bool,
    pub role: QuoteRole,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceRange {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Index of the first token of the sentence in `Document::tokens`, and one past the last.
    pub tok_start: usize,
    pub tok_end: usize,
}

#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<(usize, usize)>,
    pub sentences: Vec<SentenceRange>,
    pub tokens: Vec<Token>,
    pub quote_marks: Vec<QuoteMark>,
    /// For each multi-byte character: (byte offset just after it, bytes beyond one so far).
    multibyte: Vec<(usize, usize)>,
    /// Every token lower-cased, built once for all recognisers: token `i` is `lower_buf[lower_at[i].0..lower_at[i].1]`.
    /// `lower_buf` is the text with its ASCII letters lower-cased (an ASCII token's lower case is at its own
    /// offsets), followed by the lower case of each token that is not ASCII. In an ASCII text `lower_at` is empty
    /// (each token's lower case is at its own offsets).
    lower_buf: String,
    lower_at: Vec<(u32, u32)>,
    /// Each token's reading as a verb (`lexicon::verb_form_lower` of its lower case), four bytes a token, computed
    /// once, at the first question: the clause reader, events and quotations ask about most words, many of them more
    /// than once, and mostly want only the form; the temporal tagger alone never asks, so it does not pay for it.
    verbs: std::cell::OnceCell<Vec<VerbCode>>,
    /// For each hyphen or apostrophe inside a word token ("well-known", "don't", "we’ve"), the token's index, in order.
    inner_marks: Vec<u32>,
}

/// Abbreviations after which a period does not end a sentence (lower-cased, without the period).
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "maj", "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "fig", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m", "d.c", "calif", "mass", "conn", "ariz", "fla", "ill", "pa", "va", "wash", "rev",
    "ft", "mt", "ave", "blvd", "dept", "est", "approx", "pres", "supt", "messrs", "n.y", "l.a",
];

/// Abbreviations only before a number ("No. 5", "Nos. 3 and 4"); elsewhere the word and a full stop ("said no.").
pub const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos"];

/// Abbreviations that may end a sentence ("... in the U.S. He said"): after them a period ends the sentence when
/// the next word is one of `SENTENCE_STARTERS`.
pub const FINAL_ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "d.c", "n.y", "l.a", "a.m", "p.m", "etc", "jr", "sr", "inc", "corp", "co", "ltd", "llc",
    "calif", "mass", "conn", "ariz", "fla", "ill", "pa", "va", "wash",
];
/// Capitalised function words that open a sentence and never continue a name ("He", "The", "But").
pub const SENTENCE_STARTERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "the", "but", "and", "this", "that", "these", "those", "there",
    "his", "her", "their", "its", "our", "my", "in", "on", "at", "after", "when", "while", "so", "yet", "if", "as",
    "for", "a", "an", "some", "many", "most", "what", "why", "how", "still", "now", "then", "however", "meanwhile",
];

/// Speech verbs that, right after a closing quotation mark, continue the sentence ("...!" Rutte said.).
pub const CONTINUATION_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "asked", "asks", "replied",
    "explained", "noted", "stated", "declared", "insisted", "continued", "warned", "posted", "tweeted",
    "exclaimed", "shouted", "answered", "recalled",
];

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„')
}
fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»')
}
fn is_any_quote(c: char) -> bool {
    is_open_quote(c) || is_close_quote(c) || c == '"' || c == '\''
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        // each pass is a function of its own, never inlined (one call per document), so that a profile shows what
        // each one costs
        let multibyte = multibyte_chars(text);
        let Scan { mut tokens, inner_marks, breaks, quotes } = tokenize(text);
        let paragraphs = split_paragraphs(text, &breaks);
        // the reservation is an estimate: give back what it over-reserved (the tokens live as long as the document)
        tokens.shrink_to_fit();
        let quote_marks = find_quote_marks(text, &quotes);
        let (lower_buf, lower_at) = lower_tokens(text, &tokens);
        let sentences = Vec::new();
        let verbs = std::cell::OnceCell::new();
        let mut doc = Document {
            text,
            paragraphs,
            sentences,
            tokens,
            quote_marks,
            multibyte,
            lower_buf,
            lower_at,
            verbs,
            inner_marks,
        };
        doc.sentences = split_sentences(&doc);
        doc
    }

    /// Token `i` lower-cased (`str::to_lowercase`), without allocating; "" when there is no such token.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        if self.lower_at.is_empty() {
            // an ASCII text: every token's lower case is at its own offsets
            let Some(t) = self.tokens.get(i) else { return "" };
            return self.lower_buf.get(t.start..t.end).unwrap_or("");
        }
        let Some(&(start, end)) = self.lower_at.get(i) else { return "" };
        self.lower_buf.get(start as usize..end as usize).unwrap_or("")
    }

    /// Token `i` read as a verb, its lemma and form: `lexicon::verb_form_lower(self.lower(i))`, computed once.
    #[inline]
    pub fn verb(&self, i: usize) -> Option<(Lemma<'_>, VerbForm)> {
        self.verb_codes().get(i)?.read(self.lower(i))
    }

    /// The form of token `i` read as a verb (`self.verb(i)`'s form), without reading the lemma.
    #[inline]
    pub fn verb_form(&self, i: usize) -> Option<VerbForm> {
        self.verb_codes().get(i)?.form()
    }

    /// The form of token `i` when it is a verb of saying (its lemma one of `lexicon::REPORTING_VERBS`).
    #[inline]
    pub fn reporting_verb(&self, i: usize) -> Option<VerbForm> {
        self.verb_codes().get(i)?.reporting_form()
    }

    /// Every token's `VerbCode`, built for the whole document at the first question.
    #[inline]
    fn verb_codes(&self) -> &[VerbCode] {
        self.verbs.get_or_init(|| verb_codes(self))
    }

    /// For each hyphen or apostrophe inside a word token, the token's index (in order; a token once per mark).
    /// A word token holds one of - ' ’ exactly when it is listed here.
    pub(crate) fn inner_marks(&self) -> &[u32] {
        &self.inner_marks
    }

    /// Code-point offset of a byte offset (which must be a char boundary, as every engine offset is).
    pub fn cp(&self, byte: usize) -> usize {
        if self.multibyte.is_empty() {
            return byte;
        }
        let i = self.multibyte.partition_point(|&(end, _)| end <= byte);
        let extra = if i == 0 { 0 } else { self.multibyte[i - 1].1 };
        byte - extra
    }

    /// A span over `start..end` bytes, clamped into the text and onto char boundaries.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = self.floor_boundary(start.min(self.text.len()));
        let end = self.floor_boundary(end.clamp(start, self.text.len()));
        Span { start, end, cp_start: self.cp(start), cp_end: self.cp(end) }
    }

    fn floor_boundary(&self, mut i: usize) -> usize {
        while i > 0 && !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    pub fn tok_text(&self, t: &Token) -> &'a str {
        self.slice(t.start, t.end)
    }

    /// The index of the sentence that contains byte `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let i = self.sentences.partition_point(|s| s.start <= pos);
        Some(i.saturating_sub(1))
    }

    /// The index of the first token starting at or after `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        match self.sentences.get(s) {
            Some(r) => self.tokens.get(r.tok_start..r.tok_end).unwrap_or(&[]),
            None => &[],
        }
    }
}

/// For each multi-byte character: (byte offset just after it, bytes beyond one so far). Read from the lead bytes
/// (the text is valid UTF-8), without decoding characters; nothing at all for ASCII text.
#[inline(never)]
fn multibyte_chars(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if text.is_ascii() {
        return out;
    }
    let bytes = text.as_bytes();
    let mut extra = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // eight ASCII bytes at a time (the stretches between multi-byte characters)
        if let Some(w) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            if u64::from_le_bytes(w) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        let l = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 1, // ASCII or a continuation byte
        };
        if l > 1 {
            extra += l - 1;
            out.push((i + l, extra));
        }
        i += 1;
    }
    out
}

/// Each token's `VerbCode` (only words can be verbs: the others are not asked).
#[inline(never)]
fn verb_codes(doc: &Document<'_>) -> Vec<VerbCode> {
    doc.tokens
        .iter()
        .enumerate()
        .map(|(i, t)| if t.kind == TokenKind::Word { VerbCode::of(doc.lower(i)) } else { VerbCode::NONE })
        .collect()
}

/// All tokens lower-cased: the text with its ASCII letters lower-cased (one pass; an ASCII token's lower case is
/// then at its own offsets), and after it the lower case of each token that is not ASCII (`str::to_lowercase` may
/// change its length). Offsets beyond `u32` (texts over 4 GB, never analysed) read as "".
#[inline(never)]
fn lower_tokens(text: &str, tokens: &[Token]) -> (String, Vec<(u32, u32)>) {
    let at32 = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    // the non-ASCII tokens first apart, so that the buffer is allocated once at its exact size (it lives as long as
    // the document: no slack from growing)
    let mut extra = String::new();
    // in an ASCII text every token's lower case is at its own offsets: no table (see `Document::lower`)
    let (mut at, to_check) =
        if text.is_ascii() { (Vec::new(), &tokens[..0]) } else { (Vec::with_capacity(tokens.len()), tokens) };
    for t in to_check {
        let w = text.get(t.start..t.end).unwrap_or("");
        if w.is_ascii() {
            at.push((at32(t.start), at32(t.end)));
        } else {
            let from = text.len() + extra.len();
            extra.push_str(&w.to_lowercase());
            at.push((at32(from), at32(text.len() + extra.len())));
        }
    }
    let mut buf = String::with_capacity(text.len() + extra.len());
    buf.push_str(text);
    buf.make_ascii_lowercase();
    buf.push_str(&extra);
    (buf, at)
}

/// News text pasted from the web puts one paragraph on each
/// line, with or without blank lines between, so every non-blank line is a paragraph. Leading and trailing
/// white space is excluded from the range. `breaks`: the offsets of every \n, \r, U+2028 and U+2029, in order
/// (the tokenizer's).
#[inline(never)]
fn split_paragraphs(text: &str, breaks: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut push = |s: usize, e: usize| {
        let line = text.get(s..e).unwrap_or("");
        let trimmed_start = s + (line.len() - line.trim_start().len());
        let trimmed_end = s + line.trim_end().len();
        if trimmed_end > trimmed_start {
            out.push((trimmed_start, trimmed_end));
        }
    };
    let mut k = 0;
    while let Some(&i) = breaks.get(k) {
        k += 1;
        push(line_start, i);
        line_start = match bytes.get(i) {
            // \r\n is one line end (its \n is the next break)
            Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {
                k += 1;
                i + 2
            }
            Some(b'\n' | b'\r') => i + 1,
            // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            _ => i + 3,
        };
    }
    push(line_start.min(text.len()), text.len());
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Classes of the bytes for the tokenizer: ASCII white space (as `char::is_whitespace`), ASCII digits, the other
/// ASCII word characters (letters and '_'), and the lead and continuation bytes of other characters (decoded).
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 4;
const NON_ASCII: u8 = 8;
static BYTE_CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b' ' | 0x09..=0x0D => SPACE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => LETTER,
            0x80..=0xFF => NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    t
}

/// The end of the run of ASCII letters, digits and underscores that starts at `from`.
#[inline]
fn ascii_word_run(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or(&[]);
    from + rest.iter().position(|&b| BYTE_CLASS[usize::from(b)] & (DIGIT | LETTER) == 0).unwrap_or(rest.len())
}

/// The character at byte `i` (an ASCII byte without the UTF-8 machinery); None at the end or inside a character.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// What the tokenizer collects on its one pass through the text.
struct Scan {
    tokens: Vec<Token>,
    /// See `Document::inner_marks`.
    inner_marks: Vec<u32>,
    /// The offsets of the line ends: every \n, \r, U+2028 and U+2029 (white space between tokens).
    breaks: Vec<usize>,
    /// The offsets of the quotation mark characters (“ ” ‘ ’ „ « » " '): punctuation tokens, or apostrophes inside
    /// words.
    quotes: Vec<usize>,
}

/// Tokens read byte by byte through `BYTE_CLASS`: ASCII (most of a news text) without decoding characters, a
/// run of ASCII letters and digits at once; other characters are decoded where they are met. On the way, the
/// line ends, the quotation mark characters and the words with an inner hyphen or apostrophe (`Scan`), so that no
/// other pass over the text's bytes is needed.
#[inline(never)]
fn tokenize(text: &str) -> Scan {
    let bytes = text.as_bytes();
    // news text has about one token per five bytes: reserve that much once instead of growing step by step
    let mut tokens = Vec::with_capacity(text.len() / 5 + 16);
    let mut marks = Vec::new();
    let mut breaks = Vec::new();
    let mut quotes = Vec::new();
    // a word token read by `word_end`: its inner marks listed under its index, the token about to be pushed (u32:
    // texts over 4 GB are never analysed)
    let word = |index: usize, (end, n): (usize, u32), marks: &mut Vec<u32>| {
        let k = u32::try_from(index).unwrap_or(u32::MAX);
        marks.extend(std::iter::repeat_n(k, n as usize));
        (end, TokenKind::Word)
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let cl = BYTE_CLASS[usize::from(b)];
        let (end, kind) = if cl & SPACE != 0 {
            if b == b'\n' || b == b'\r' {
                breaks.push(i);
            }
            i += 1;
            continue;
        } else if cl & DIGIT != 0 {
            number_end(text, i)
        } else if cl & LETTER != 0 {
            // most words are ASCII letters up to a space or a punctuation mark: only an apostrophe, a hyphen, a
            // period or another character after them needs `word_end`
            let end = ascii_word_run(bytes, i + 1);
            match bytes.get(end) {
                Some(b'\'' | b'-' | b'.' | 0x80..) => {
                    word(tokens.len(), word_end(text, i, end, &mut quotes), &mut marks)
                }
                _ => (end, TokenKind::Word),
            }
        } else if cl & NON_ASCII == 0 {
            if b == b'"' || b == b'\'' {
                quotes.push(i);
            }
            (i + 1, TokenKind::Punct)
        } else {
            // `i` is always on a character boundary; were it not, the byte is skipped (never a panic)
            let Some(c) = char_at(text, i) else {
                i += 1;
                continue;
            };
            let len = c.len_utf8();
            if c.is_whitespace() {
                if matches!(c, '\u{2028}' | '\u{2029}') {
                    breaks.push(i);
                }
                i += len;
                continue;
            } else if is_word_char(c) {
                word(tokens.len(), word_end(text, i, i + len, &mut quotes), &mut marks)
            } else {
                if is_any_quote(c) {
                    quotes.push(i);
                }
                (i + len, TokenKind::Punct)
            }
        };
        tokens.push(Token { start: i, end, kind });
        i = end;
    }
    Scan { tokens, inner_marks: marks, breaks, quotes }
}

/// The end of a number token starting with the ASCII digit at `start`, and its kind.
fn number_end(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut end = start + 1;
    // digits with inner , . / : separators followed by a digit ("5,000", "2.5", "1/8", "14:30")
    loop {
        match bytes.get(end) {
            Some(d) if d.is_ascii_digit() => end += 1,
            Some(b',' | b'.' | b'/' | b':') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => end += 1,
            _ => break,
        }
    }
    // digits glued to letters ("1990s", "5th", "20km") stay one word-like number token
    let mut kind = TokenKind::Number;
    while let Some(d) = char_at(text, end).filter(|d| d.is_alphabetic()) {
        end += d.len_utf8();
        kind = TokenKind::Word;
    }
    if kind == TokenKind::Word
        && text.get(start..end).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c.is_alphabetic()))
    {
        // "1990s", "5th": keep as Number so that number recognisers see them; letters stay in the text.
        kind = TokenKind::Number;
    }
    (end, kind)
}

/// The end of a word token that starts at `start` and whose first character ends at `end`: word characters, inner
/// apostrophes and hyphens before a word character, and the periods of abbreviations. With it, the number of inner
/// apostrophes and hyphens; the offsets of the apostrophes go to `quotes` (see `Scan`).
fn word_end(text: &str, start: usize, mut end: usize, quotes: &mut Vec<usize>) -> (usize, u32) {
    let mut marks = 0;
    loop {
        // a run of ASCII letters, digits and underscores at once (each is a word char)
        end = ascii_word_run(text.as_bytes(), end);
        let Some(d) = char_at(text, end) else { break };
        if is_word_char(d) {
            end += d.len_utf8();
            continue;
        }
        match d {
            // inner apostrophe or hyphen followed by a letter: "don't", "we’ve", "well-known"
            '\'' | '’' | '-' => {
                if char_at(text, end + d.len_utf8()).is_some_and(is_word_char) {
                    if d != '-' {
                        quotes.push(end);
                    }
                    end += d.len_utf8();
                    marks += 1;
                } else {
                    break;
                }
            }
            // abbreviation periods: "U.S.", "a.m." (a single letter, a period, a letter)
            '.' => {
                let j = end;
                let word = text.get(start..end).unwrap_or("");
                let last_is_single = word.rsplit('.').next().is_some_and(|p| p.chars().count() == 1);
                let next = text.get(j + 1..).and_then(|r| r.chars().next());
                let next2 = text.get(j + 1..).and_then(|r| r.chars().nth(1));
                if last_is_single && next.is_some_and(|n| n.is_alphabetic()) && next2.is_none_or(|n| !n.is_alphabetic() || n == '.') {
                    end = j + 1;
                } else if last_is_single && word.contains('.') {
                    // final period of "U.S." belongs to the abbreviation
                    return (j + 1, marks);
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    (end, marks)
}

/// The quotation marks among the candidates `at` (offsets of quotation mark characters, in order: the tokenizer's).
#[inline(never)]
fn find_quote_marks(text: &str, at: &[usize]) -> Vec<QuoteMark> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    // only at a candidate is a character decoded, with the characters just before and after it
    for &i in at {
        if i < skip_to {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else { continue };
        if !is_any_quote(c) {
            continue;
        }
        let prev = text.get(..i).and_then(|r| r.chars().next_back());
        // "... 'Kosovo is a special case,''' Mr. Putin said": where quotations are written with doubled single
        // marks, three close a single quotation and the doubled one at once (or, before a word, open both). A
        // doubled single counts as one single mark at its inner character, as elsewhere.
        if c == '\'' && prev != Some('\'') && text.get(i..).is_some_and(|r| r.starts_with("'''")) {
            let next = text.get(i + 3..).and_then(|r| r.chars().next());
            let spaced_before = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'));
            let spaced_after =
                next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation() || matches!(n, '—' | '–' | '…'));
            let role = match (spaced_before, spaced_after) {
                (false, true) => Some((QuoteRole::Close, i, i + 1)),
                (true, false) => Some((QuoteRole::Open, i + 1, i + 2)),
                _ => None,
            };
            if let Some((role, a, b)) = role {
                out.push(QuoteMark { pos: a, len: 1, double: false, role });
                out.push(QuoteMark { pos: b, len: 1, double: false, role });
                skip_to = i + 3;
                continue;
            }
        }
        let next = text.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let double = matches!(c, '“' | '”' | '"' | '«' | '»' | '„');
        let before_space = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':') || is_any_quote(p));
        let after_space = next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation() || matches!(n, '—' | '–' | '…') || is_any_quote(n));
        let role = if is_open_quote(c) {
            // "... here,“ said Lee": an opening mark glued to the end of a word and followed by a space closes
            if !before_space && next.is_none_or(char::is_whitespace) {
                QuoteRole::Close
            } else {
                QuoteRole::Open
            }
        } else if c != '’' && is_close_quote(c) && before_space && next.is_some_and(char::is_alphanumeric) {
            // ”Here,” said Lee (Swedish and Finnish typography; a closing mark typed for an opening one) opens
            QuoteRole::Open
        } else if c == '’' || c == '\'' {
            // apostrophes: between letters ("we’ve"), or after s ("members’") are not quotation marks
            let inner = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if inner {
                continue;
            }
            if before_space && !after_space {
                QuoteRole::Open
            } else if after_space && !before_space {
                QuoteRole::Close
            } else {
                continue;
            }
        } else if is_close_quote(c) {
            QuoteRole::Close
        } else if before_space && !after_space {
            QuoteRole::Open
        } else if after_space && !before_space {
            QuoteRole::Close
        } else {
            QuoteRole::Either
        };
        out.push(QuoteMark { pos: i, len: c.len_utf8(), double, role });
    }
    out
}

/// A list of words, with the lengths (bit n; 31 for any longer) of its words for each first letter (a-z; 26 for any
/// other first byte): a word is compared with the list's words only when a word of the list starts and ends so.
struct WordList {
    words: &'static [&'static str],
    lengths: [u32; 27],
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> WordList {
        let mut lengths = [0u32; 27];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            lengths[Self::slot(w)] |= Self::bit(w);
            k += 1;
        }
        WordList { words, lengths }
    }

    const fn slot(w: &[u8]) -> usize {
        match w.first() {
            Some(&c) if c.is_ascii_lowercase() => (c - b'a') as usize,
            _ => 26,
        }
    }

    const fn bit(w: &[u8]) -> u32 {
        1 << if w.len() < 31 { w.len() } else { 31 }
    }

    /// `w` is one of the words: the length and the first byte are compared before the bytes.
    fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if self.lengths[Self::slot(b)] & Self::bit(b) == 0 {
            return false;
        }
        let first = b.first();
        self.words.iter().any(|x| x.len() == w.len() && x.as_bytes().first() == first && *x == w)
    }
}

static ABBREVIATION_LIST: WordList = WordList::new(ABBREVIATIONS);
static NUMBER_ABBREVIATION_LIST: WordList = WordList::new(NUMBER_ABBREVIATIONS);
static FINAL_ABBREVIATION_LIST: WordList = WordList::new(FINAL_ABBREVIATIONS);
static SENTENCE_STARTER_LIST: WordList = WordList::new(SENTENCE_STARTERS);
static CONTINUATION_VERB_LIST: WordList = WordList::new(CONTINUATION_VERBS);

#[inline(never)]
fn split_sentences(doc: &Document<'_>) -> Vec<SentenceRange> {
    let text = doc.text;
    let toks = &doc.tokens;
    let mut out = Vec::new();
    // only a token that ends in . ! ? or … (its last byte 0xA6) can end a sentence or be an abbreviation
    let bytes = text.as_bytes();
    let may_end = |t: &Token| matches!(bytes.get(t.end.wrapping_sub(1)), Some(b'.' | b'!' | b'?' | 0xA6));
    for (p, &(ps, pe)) in doc.paragraphs.iter().enumerate() {
        let t0 = toks.partition_point(|t| t.start < ps);
        let t1 = toks.partition_point(|t| t.start < pe);
        let mut start_tok = t0;
        let mut k = t0;
        while k < t1 {
            // on to the next token that may end a sentence (the others only go on)
            match toks.get(k..t1).and_then(|r| r.iter().position(may_end)) {
                Some(d) => k += d,
                None => break,
            }
            let t = toks[k];
            let s = doc.tok_text(&t);
            let terminal = matches!(s, "." | "!" | "?" | "…");
            // "... in the U.S. He said": an abbreviation token with its final period ends the sentence before a
            // capitalised sentence opener
            if !terminal && s.len() > 2 && s.ends_with('.') && k + 1 < t1 {
                let abbr = doc.lower(k).trim_end_matches('.');
                let next_text = doc.tok_text(&toks[k + 1]);
                if FINAL_ABBREVIATION_LIST.contains(abbr)
                    && next_text.chars().next().is_some_and(char::is_uppercase)
                    && SENTENCE_STARTER_LIST.contains(doc.lower(k + 1))
                {
                    out.push(SentenceRange { start: toks[start_tok].start, end: t.end, paragraph: p, tok_start: start_tok, tok_end: k + 1 });
                    start_tok = k + 1;
                }
            }
            if !terminal {
                k += 1;
                continue;
            }
            // absorb more terminators and closing quotes/brackets: ?!", .”)
            let mut end_tok = k + 1;
            while end_tok < t1 {
                let n = doc.tok_text(&toks[end_tok]);
                let is_closer = matches!(n, "." | "!" | "?" | "…" | ")" | "]")
                    || n.chars().next().is_some_and(|c| is_close_quote(c) || c == '"' || c == '\'');
                if is_closer && toks[end_tok].start == toks[end_tok - 1].end {
                    end_tok += 1;
                } else {
                    break;
                }
            }
            if end_tok >= t1 {
                break; // the paragraph's end closes the sentence anyway
            }
            let next = toks[end_tok];
            let next_text = doc.tok_text(&next);
            let next_char = next_text.chars().next().unwrap_or(' ');
            // a straight single quote opens a quotation before a capital ("stride. ''I felt", "said. 'We")
            let single_open = next_char == '\''
                && text.get(next.start..).is_some_and(|r| r.trim_start_matches('\'').chars().next().is_some_and(char::is_uppercase));
            let mut split = next_char.is_uppercase() || next_char.is_ascii_digit() || is_open_quote(next_char) || next_char == '"' || next_char == '(' || single_open;
            // "(D-N.Y)": a period glued between letters, before a lone letter glued to its closing punctuation
            if s == "." && next.start == t.end && next_text.chars().count() == 1 {
                if let Some(n2) = toks.get(end_tok + 1) {
                    if n2.start == next.end && matches!(doc.tok_text(n2), ")" | "," | "." | "]") {
                        split = false;
                    }
                }
            }
            // no split after an abbreviation or an initial ("Mr. Smith", "J. Smith", "U.S. officials")
            if s == "." && k > t0 {
                // "then-Sen. John Smith", "ex-Gov. Jones": a hyphenated word ends in its abbreviation
                let prev = doc.lower(k - 1);
                let prev = prev.rsplit('-').next().unwrap_or(prev);
                let glued = toks[k - 1].end == t.start;
                let abbreviation = || {
                    ABBREVIATION_LIST.contains(prev)
                        && !(NUMBER_ABBREVIATION_LIST.contains(prev) && !next_char.is_ascii_digit() && next_char != '#')
                };
                if glued && (abbreviation() || (prev.chars().count() == 1 && prev.chars().all(char::is_alphabetic))) {
                    // "... in the U.S. He said": a place or company abbreviation ends the sentence before "He"
                    let starter = SENTENCE_STARTER_LIST.contains(doc.lower(end_tok));
                    split = starter && FINAL_ABBREVIATION_LIST.contains(prev);
                }
            }
            if s == "." && doc.tok_text(&toks[k.saturating_sub(1)]).ends_with('.') && toks[k.saturating_sub(1)].end == t.start {
                split = false;
            }
            // a quotation that ends in ! or ? and goes on with its speech verb is one sentence:
            // “... 5 percent!” Rutte's message said.
            let closed_by_quote = end_tok > k + 1;
            if split && closed_by_quote {
                let mut j = end_tok;
                let mut n = 0;
                let mut continues = false;
                while j < t1 && n < 5 {
                    let w = doc.lower(j);
                    if CONTINUATION_VERB_LIST.contains(w) {
                        let after = toks.get(j + 1).map(|t| doc.tok_text(t)).unwrap_or(".");
                        continues = matches!(after, "." | "," | "!" | "?") || j + 1 >= t1;
                        break;
                    }
                    if matches!(w, "." | "!" | "?") {
                        break;
                    }
                    j += 1;
                    n += 1;
                }
                if continues && s != "." {
                    split = false;
                }
            }
            if split {
                let start = toks[start_tok].start;
                let end = toks[end_tok - 1].end;
                out.push(SentenceRange { start, end, paragraph: p, tok_start: start_tok, tok_end: end_tok });
                start_tok = end_tok;
            }
            k = end_tok;
        }
        if start_tok < t1 {
            let start = toks[start_tok].start;
            let end = toks[t1 - 1].end;
            out.push(SentenceRange { start, end, paragraph: p, tok_start: start_tok, tok_end: t1 });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let d = Document::new(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith went to Washington, D.C. on Monday. He met U.S. officials. Then he left."),
            vec!["Mr. Smith went to Washington, D.C. on Monday.", "He met U.S. officials.", "Then he left."]
        );
        assert_eq!(sentences("“Stop!” she said. Nobody did."), vec!["“Stop!” she said.", "Nobody did."]);
        assert_eq!(
            sentences("He lived in the U.S. He says so. Jill A. Martin left. The U.S. Army came."),
            vec!["He lived in the U.S.", "He says so.", "Jill A. Martin left.", "The U.S. Army came."]
        );
        assert_eq!(
            sentences("Rep. Steve Israel (D-N.Y) said so. The plane took off.A new day."),
            vec!["Rep. Steve Israel (D-N.Y) said so.", "The plane took off.", "A new day."]
        );
        assert_eq!(
            sentences("She took it in stride. ''I felt fine,'' she said. It was 'em."),
            vec!["She took it in stride.", "''I felt fine,'' she said.", "It was 'em."]
        );
        assert_eq!(sentences("He asked: \"Why?\" Then he left."), vec!["He asked: \"Why?\"", "Then he left."]);
        // "no." ends a sentence unless a number follows ("No. 5")
        assert_eq!(
            sentences("The mayor said no. Asked why, she left. Bill No. 5 and Nos. 6 passed."),
            vec!["The mayor said no.", "Asked why, she left.", "Bill No. 5 and Nos. 6 passed."]
        );
        // a hyphenated word ends in its abbreviation ("then-Sen.", "ex-Gov."); "co-op." is no abbreviation
        assert_eq!(
            sentences("Then-Sen. John Smith said so. Ex-Gov. Jones agreed. They joined the co-op. Prices fell."),
            vec!["Then-Sen. John Smith said so.", "Ex-Gov. Jones agreed.", "They joined the co-op.", "Prices fell."]
        );
    }

    #[test]
    fn paragraphs_are_lines_and_crlf_is_fine() {
        let d = Document::new("One.\r\n\r\nTwo two.\rThree\n");
        let p: Vec<&str> = d.paragraphs.iter().map(|&(s, e)| &d.text[s..e]).collect();
        assert_eq!(p, vec!["One.", "Two two.", "Three"]);
    }

    #[test]
    fn tokens_keep_numbers_and_contractions_whole() {
        let d = Document::new("We’ve spent $5,000.50 on 1/8 of U.S. well-known 1990s goods.");
        let t: Vec<&str> = d.tokens.iter().map(|t| d.tok_text(t)).collect();
        assert_eq!(t, vec!["We’ve", "spent", "$", "5,000.50", "on", "1/8", "of", "U.S.", "well-known", "1990s", "goods", "."]);
    }

    #[test]
    fn lower_is_each_token_lower_cased() {
        let d = Document::new("The U.S. İstanbul ÉTÉ Members’ KEY-Word 2ND «Σ»");
        for (i, t) in d.tokens.iter().enumerate() {
            assert_eq!(d.lower(i), d.tok_text(t).to_lowercase(), "token {i}");
        }
        assert_eq!(d.lower(d.tokens.len()), "");
        assert_eq!(Document::new("").lower(0), "");
        // an ASCII text reads each token's lower case at its own offsets
        let d = Document::new("The U.S. KEY-Word 2ND, o'Neil");
        for (i, t) in d.tokens.iter().enumerate() {
            assert_eq!(d.lower(i), d.tok_text(t).to_lowercase(), "token {i}");
        }
        assert_eq!(d.lower(d.tokens.len()), "");
    }

    #[test]
    fn verb_form_is_verb_form_lower_of_each_token() {
        use super::super::lexicon::{verb_form_lower, REPORTING_VERBS};
        for text in [
            "Officials SAID the plan was carried, dropped — then 2ND-guessed; É running? internationalized it's 5",
            "the need, the speeds; Hurried crowds went cut set TOLD “well-known” counter-attacked, replied",
        ] {
            let d = Document::new(text);
            for i in 0..=d.tokens.len() {
                let expected = verb_form_lower(d.lower(i));
                assert_eq!(d.verb(i), expected, "token {i} of {text}");
                assert_eq!(d.verb_form(i), expected.map(|v| v.1), "token {i} of {text}");
                let reporting = expected.filter(|(l, _)| l.is_in(REPORTING_VERBS)).map(|v| v.1);
                assert_eq!(d.reporting_verb(i), reporting, "token {i} of {text}");
            }
        }
    }

    #[test]
    fn byte_classes_agree_with_the_char_methods() {
        for b in 0..=255u8 {
            let cl = BYTE_CLASS[usize::from(b)];
            if b >= 0x80 {
                assert_eq!(cl, NON_ASCII, "byte {b:#x}");
                continue;
            }
            let c = char::from(b);
            assert_eq!(cl & SPACE != 0, c.is_whitespace(), "byte {b:#x}");
            assert_eq!(cl & DIGIT != 0, c.is_ascii_digit(), "byte {b:#x}");
            assert_eq!(cl & (DIGIT | LETTER) != 0, is_word_char(c), "byte {b:#x}");
        }
        // tokens that end at the text's end, inside abbreviations and glued numbers, and after other characters
        let d = Document::new("a.b. x-y 5km² é-t’s U.S 3,");
        let t: Vec<&str> = d.tokens.iter().map(|t| d.tok_text(t)).collect();
        assert_eq!(t, vec!["a.b.", "x-y", "5km", "²", "é-t’s", "U.S", "3", ","]);
    }

    #[test]
    fn inner_marks_list_the_words_with_a_hyphen_or_an_apostrophe() {
        let d = Document::new("We’ve a mother-in-law's well- known 'quote' don't-stop -5 it’s. x'_y é-t");
        let want: Vec<u32> = d
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == TokenKind::Word)
            .flat_map(|(k, t)| d.tok_text(t).matches(['-', '\'', '’']).map(move |_| k as u32))
            .collect();
        assert_eq!(d.inner_marks(), &want[..]);
        assert_eq!(want.len(), 9);
    }

    #[test]
    fn word_lists_answer_as_their_words() {
        for (list, words) in [(&ABBREVIATION_LIST, ABBREVIATIONS), (&SENTENCE_STARTER_LIST, SENTENCE_STARTERS)] {
            for w in words {
                assert!(list.contains(w), "{w}");
            }
            for w in ["", "x", "mrs.", "u.s.", "thee", "St", "ñ", "a-very-long-word-that-is-in-no-list-at-all"] {
                assert_eq!(list.contains(w), words.contains(&w), "{w}");
            }
        }
        static LONG: WordList = WordList::new(&["a-very-long-word-of-more-than-31-bytes", ""]);
        assert!(LONG.contains("a-very-long-word-of-more-than-31-bytes") && LONG.contains(""));
        assert!(!LONG.contains("a-very-long-word-of-more-than-31-bytez") && !LONG.contains("b"));
    }

    #[test]
    fn code_points_count_chars() {
        let d = Document::new("é “a” 😀 b");
        let i = d.text.find('b').unwrap();
        let s = d.span(i, i + 1);
        assert_eq!((s.cp_start, s.cp_end), (8, 9));
        // out of range and inside a char: clamped, never a panic
        let s = d.span(1, 100);
        assert_eq!((s.start, s.end), (0, d.text.len()));
    }

    #[test]
    fn code_points_agree_with_char_indices_across_ascii_stretches() {
        // multi-byte characters at every place against the eight-byte steps over ASCII
        let pieces = ["é", "—", "😀", "abcdefgh", "abc", " ", "”x", "ab cd ef gh ij"];
        let mut text = String::new();
        for k in 0..200usize {
            text.push_str(pieces[(k * 7 + k / 3) % pieces.len()]);
        }
        let d = Document::new(&text);
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(d.cp(byte), cp, "byte {byte}");
        }
        assert_eq!(d.cp(text.len()), text.chars().count());
    }

    #[test]
    fn quote_marks_take_their_role_from_their_place() {
        // an opening mark typed for a closing one, and a closing mark typed for an opening one
        let d = Document::new("“We will stay here,“ said Lee. ”It is home,” she added.");
        let roles: Vec<_> = d.quote_marks.iter().map(|q| q.role).collect();
        assert_eq!(roles, vec![QuoteRole::Open, QuoteRole::Close, QuoteRole::Open, QuoteRole::Close]);
        // an opening mark before a word stays one, after a space or a bracket
        let d = Document::new("He said (“never”) and “soon”.");
        let roles: Vec<_> = d.quote_marks.iter().map(|q| q.role).collect();
        assert_eq!(roles, vec![QuoteRole::Open, QuoteRole::Close, QuoteRole::Open, QuoteRole::Close]);
    }

    #[test]
    fn tripled_straight_singles_close_two_quotations() {
        let d = Document::new("''We are told, 'Kosovo is special,''' Mr. Putin said. ''It is all lies.''");
        let marks: Vec<_> = d.quote_marks.iter().map(|q| (q.pos, q.role)).collect();
        let expected = [(1, QuoteRole::Open), (15, QuoteRole::Open), (34, QuoteRole::Close), (35, QuoteRole::Close)];
        assert_eq!(marks.get(..4), Some(&expected[..]));
        let d = Document::new("'''Yes,' he said,'' she wrote.");
        let marks: Vec<_> = d.quote_marks.iter().map(|q| (q.pos, q.role)).collect();
        assert_eq!(marks.get(..2), Some(&[(1, QuoteRole::Open), (2, QuoteRole::Open)][..]));
    }

    #[test]
    fn quote_marks_skip_apostrophes() {
        let d = Document::new("“We’ve got them,” he said of the 'deal' and members’ pledges.");
        let roles: Vec<_> = d.quote_marks.iter().map(|q| (q.role, q.double)).collect();
        assert_eq!(
            roles,
            vec![(QuoteRole::Open, true), (QuoteRole::Close, true), (QuoteRole::Open, false), (QuoteRole::Close, false), (QuoteRole::Close, false)]
        );
    }
}
