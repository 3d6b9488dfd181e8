//! Quantities: percentages, money, counts, ratios, ranges, fractions, with their bounds and what they measure.
//!
//! | rule | example | value, value2, unit |
//! |---|---|---|
//! | `percent` | "5%", "two percent", "5 per cent" | 5, -, percent |
//! | `percentage_points` | "3 percentage points" | 3, -, percentage points |
//! | `money.symbol` | "$5 billion", "€3m", "US$2" | 5e9, -, USD |
//! | `money.word` | "5 million euros", "EUR 3bn" | 5e6, -, EUR |
//! | `count.noun` | "32 member countries", "a dozen eggs" | 32, -, count (measures "member countries") |
//! | `number.bare` | "rose to 40" (digits with no unit or noun) | 40, -, number |
//! | `ratio.of` / `ratio.out_of` / `ratio.in` | "22 of the 32 member countries", "one in five" | 22, 32, ratio |
//! | `range.between` / `range.to` / `range.dash` | "between 3 and 5 percent", "3-5%" | 3, 5, percent |
//! | `fraction.of` | "a third of voters", "two thirds of", "half of" | 0.33, -, fraction |
//! | `vague.tens_of` / `vague.plural` | "tens of thousands of", "thousands of" | 10000 / 2000, -, count, AT_LEAST |
//!
//! Bounds and approximations before (or after) the number become `qualifier`: AT_LEAST ("at least", "no fewer
//! than", "or more"), MORE_THAN ("more than", "over", "above"), APPROX ("nearly", "about", "almost", "around",
//! "some", "roughly"), AT_MOST ("up to", "no more than", "as many as"), LESS_THAN ("less than", "fewer than",
//! "under"). `measures` is the noun phrase after "of" ("of GDP" -> "GDP"), or right after a count ("32 member
//! countries" -> "member countries"). A percentage whose sentence names no measure takes the one the article
//! states for the same figure elsewhere, when all such statements agree (`+measures.same_figure` is added to
//! its rule: "signed onto 5 percent!" -> "gross domestic product", from "five percent of gross domestic product").
//!
//! Not quantities (skipped): numbers inside a Timex span; four-digit years (1000-2100) without a unit; numbers
//! next to a month name ("June 24"); ordinals ("5th") and decades ("1990s"); times ("14:30", "3 p.m."); numbers
//! after a capitalised word or an identifier word ("Boeing 737", "H.R. 49", "No. 10", "Title 9"); house numbers
//! ("10 Downing Street"); phone-like chains ("555-0100") and scores ("3-1"); compounds ("a 25-year-old");
//! spelled-out numbers with nothing to count ("no one", "the two of them"), and "one" unless a unit, ratio or scale
//! follows.

pub mod lexicon;

use self::lexicon::*;
use crate::analysis::document::{Document, TokenKind};
use crate::analysis::lexicon::{TableSet, WordFilter};
use crate::analysis::model::{Quantity, Timex};

pub fn recognize(doc: &Document<'_>, timexes: &[Timex]) -> Vec<Quantity> {
    let mut timex_spans: Vec<(usize, usize)> =
        timexes.iter().map(|t| (t.span.start, t.span.end)).collect();
    crate::sort::sort(&mut timex_spans);
    let r = Rec::new(doc, timex_spans);
    let mut out: Vec<Quantity> = Vec::new();
    let mut k = 0;
    while k < r.toks.len() {
        // `at` finds nothing where no quantity can start (most tokens): not called there
        if r.toks.get(k).is_some_and(|t| !t.may_start) {
            k += 1;
            continue;
        }
        match r.at(k) {
            Some((q, end)) => {
                let id = crate::analysis::lexicon::numbered_id("n", out.len() + 1);
                out.push(Quantity { id, ..q });
                k = end.max(k + 1);
            }
            None => k += 1,
        }
    }
    inherit_measures(&mut out);
    // the quantities stay alive for the rest of the analysis: without the spare room of their growth
    out.shrink_to_fit();
    out
}

/// `measures.same_figure`: a percentage whose sentence does not say what it measures ("signed onto 5
/// percent!") takes the measure of the same figure stated elsewhere in the article ("five percent of gross
/// domestic product"), when all such statements agree on one measure. The rule is appended to `rule`.
fn inherit_measures(qs: &mut [Quantity]) {
    let mut known: std::collections::HashMap<(String, u64), Vec<String>> =
        std::collections::HashMap::new();
    for q in qs.iter() {
        if let (Some(m), None) = (&q.measures, q.value2) {
            if q.unit == "percent" {
                let v = known
                    .entry((q.unit.clone(), q.value.to_bits()))
                    .or_default();
                if !v.iter().any(|x| x.eq_ignore_ascii_case(m)) {
                    v.push(m.clone());
                }
            }
        }
    }
    for q in qs.iter_mut() {
        if q.measures.is_none() && q.value2.is_none() && q.unit == "percent" {
            if let Some([m]) = known
                .get(&(q.unit.clone(), q.value.to_bits()))
                .map(|v| v.as_slice())
            {
                q.measures = Some(m.clone());
                q.rule = format!("{}+measures.same_figure", q.rule);
            }
        }
    }
}

struct T<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// `text` lower-cased (the document's table).
    lower: &'a str,
    num: bool,
    word: bool,
    sent: usize,
    sent_initial: bool,
    /// A number token, or a word with which a quantity can start (`may_start_word`).
    may_start: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum NumKind {
    Digits,
    Spelled,
    /// "one" alone: a pronoun more often than a number.
    One,
}

#[derive(Clone, Copy, Debug)]
struct Num {
    value: f64,
    end: usize,
    kind: NumKind,
    scaled: bool,
    /// Plain integer digits with no separators ("2023"), for the year rule.
    plain_int: bool,
}

struct Rec<'d, 'a> {
    doc: &'d Document<'a>,
    toks: Vec<T<'d>>,
    timex: Vec<(usize, usize)>,
}

fn lookup<V: Copy>(table: &[(&str, V)], key: &str) -> Option<V> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Whether a quantity can start at a (lower-cased) word: `Rec::at` finds nothing at any other word, because
/// fractions start with "half", "a", "an", "one" or a number word, vague amounts with "tens", "hundreds" or a
/// vague plural, and spelled numbers with "a", "an", a number word or a hyphenated one ("twenty-five"). Read
/// once per token, so that the tables are not scanned at every word (a hot spot).
fn may_start_word(lower: &str) -> bool {
    // the set, and a quick filter in front of it that turns most words away without hashing them
    static WORDS: std::sync::OnceLock<(TableSet<&'static str>, WordFilter)> = std::sync::OnceLock::new();
    let (words, filter) = WORDS.get_or_init(|| {
        let mut set: TableSet<&'static str> = ["a", "an", "one", "tens", "hundreds"].into_iter().collect();
        for table in [NUMBER_WORDS, FRACTIONS, VAGUE_PLURALS] {
            set.extend(table.iter().map(|&(w, _)| w));
        }
        let filter = WordFilter::new(set.iter().copied());
        (set, filter)
    });
    lower.contains('-') || (filter.may_contain(lower) && words.contains(lower))
}

impl<'d, 'a> Rec<'d, 'a> {
    fn new(doc: &'d Document<'a>, timex: Vec<(usize, usize)>) -> Self {
        let mut toks: Vec<T<'d>> = doc
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let text = doc.tok_text(t);
                let lower = doc.lower(i);
                let num = t.kind == TokenKind::Number;
                T {
                    start: t.start,
                    end: t.end,
                    text,
                    lower,
                    num,
                    word: t.kind == TokenKind::Word,
                    sent: usize::MAX,
                    sent_initial: false,
                    may_start: num || may_start_word(lower),
                }
            })
            .collect();
        for (si, s) in doc.sentences.iter().enumerate() {
            for k in s.tok_start..s.tok_end.min(toks.len()) {
                toks[k].sent = si;
            }
            if let Some(t) = toks.get_mut(s.tok_start) {
                t.sent_initial = true;
            }
        }
        Rec { doc, toks, timex }
    }

    fn low(&self, k: usize) -> &str {
        self.toks.get(k).map(|t| t.lower).unwrap_or("")
    }

    fn glued(&self, k: usize) -> bool {
        k > 0
            && matches!((self.toks.get(k - 1), self.toks.get(k)), (Some(a), Some(b)) if a.end == b.start)
    }

    fn in_timex(&self, start: usize, end: usize) -> bool {
        let i = self.timex.partition_point(|&(_, e)| e <= start);
        self.timex.get(i).is_some_and(|&(s, _)| s < end)
    }

    /// Words matched in sequence at `k` (lower-cased): the end token.
    fn words_at(&self, k: usize, words: &[&str]) -> Option<usize> {
        for (i, w) in words.iter().enumerate() {
            if self.low(k + i) != *w
                || self
                    .toks
                    .get(k + i)
                    .is_none_or(|t| t.sent != self.toks[k].sent)
            {
                return None;
            }
        }
        Some(k + words.len())
    }

    fn scale_after(&self, mut e: usize, mut value: f64, mut scaled: bool) -> (f64, usize, bool) {
        while let Some(s) = lookup(SCALES, self.low(e)) {
            value *= s;
            scaled = true;
            e += 1;
        }
        (value, e, scaled)
    }

    /// A number starting at token `k`.
    fn number(&self, k: usize) -> Option<Num> {
        let t = self.toks.get(k)?;
        if t.num {
            let text = t.text;
            if text.contains(':') {
                return None;
            }
            let digits_end = text.find(|c: char| c.is_alphabetic()).unwrap_or(text.len());
            let (digits, suffix) = (
                text.get(..digits_end)?,
                text.get(digits_end..)?.to_lowercase(),
            );
            let mut value = if let Some((a, b)) = digits.split_once('/') {
                let (a, b) = (crate::decimal::parse_f64(a)?, crate::decimal::parse_f64(b)?);
                // "1/8", "3/4"; not "9/11" or "6/24" (dates)
                if a >= b
                    || a.fract() != 0.0
                    || ![2.0, 3.0, 4.0, 5.0, 8.0, 10.0, 16.0, 100.0].contains(&b)
                {
                    return None;
                }
                a / b
            } else {
                crate::decimal::parse_f64(&digits.replace(',', ""))?
            };
            if !value.is_finite() {
                return None;
            }
            let mut scaled = false;
            if !suffix.is_empty() {
                let s = lookup(SCALE_SUFFIXES, suffix.as_str())?;
                value *= s;
                scaled = true;
            }
            let plain_int = suffix.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
            // identifiers and timestamps ("760428498989289472"): long digit strings without separators
            if plain_int && digits.len() >= 7 {
                return None;
            }
            // ranked lists: "6 Ben Carson." at the start of a sentence
            if t.sent_initial
                && self.toks.get(k + 1).is_some_and(|p| {
                    p.word && p.text.chars().next().is_some_and(char::is_uppercase)
                })
            {
                return None;
            }
            // list markers: "1)", "2)"
            if self
                .toks
                .get(k + 1)
                .is_some_and(|p| p.text == ")" && p.start == t.end)
                && !self
                    .toks
                    .get(k.wrapping_sub(1))
                    .is_some_and(|p| p.text == "(")
            {
                return None;
            }
            let (value, end, scaled) = self.scale_after(k + 1, value, scaled);
            return Some(Num {
                value,
                end,
                kind: NumKind::Digits,
                scaled,
                plain_int,
            });
        }
        if !t.word {
            return None;
        }
        // spelled out: "five", "twenty-five", "two hundred and fifty", "a dozen", "a million", "1.5 million"
        let mut total = 0.0;
        let mut cur = 0.0;
        let mut j = k;
        let mut any = false;
        let mut words = 0;
        let mut scaled = false;
        if matches!(t.lower, "a" | "an") {
            let next = self.low(k + 1);
            if next == "dozen" || lookup(SCALES, next).is_some() {
                cur = 1.0;
                any = true;
                j = k + 1;
            } else {
                return None;
            }
        }
        while let Some(tk) = self.toks.get(j) {
            if tk.sent != t.sent || !tk.word {
                break;
            }
            let w = tk.lower;
            if let Some(v) = lookup(NUMBER_WORDS, w).filter(|_| w != "dozen") {
                cur += v;
            } else if w == "dozen" && any {
                cur = cur.max(1.0) * 12.0;
            } else if let Some(v) = hyphenated(w) {
                cur += v;
            } else if let Some(s) = lookup(SCALES, w).filter(|_| any) {
                cur = cur.max(1.0) * s;
                scaled = true;
                if s >= 1000.0 {
                    total += cur;
                    cur = 0.0;
                }
            } else if w == "and"
                && any
                && lookup(NUMBER_WORDS, self.low(j + 1)).is_some()
                && self.low(j - 1) == "hundred"
            {
                // "two hundred and fifty"
            } else {
                break;
            }
            any = true;
            words += 1;
            j += 1;
        }
        if !any || j == k {
            return None;
        }
        let value = total + cur;
        let kind = if words == 1 && t.lower == "one" {
            NumKind::One
        } else {
            NumKind::Spelled
        };
        Some(Num {
            value,
            end: j,
            kind,
            scaled,
            plain_int: false,
        })
    }

    /// The unit right after a number: ("percent"|..., end) for percents.
    fn percent_at(&self, e: usize) -> Option<(&'static str, usize)> {
        let mut best: Option<(&'static str, usize)> = None;
        for (words, unit) in PERCENT_UNITS {
            if let Some(end) = self.words_at(e, words) {
                if best.is_none_or(|(_, b)| end > b) {
                    best = Some((unit, end));
                }
            }
        }
        // "points" alone only after a glued sign or in "percentage points"; plain "points" is a score
        best.filter(|(u, _)| *u != "points")
    }

    /// A currency word or code after a number: ("EUR", end token). Two-word forms first ("Swiss francs").
    fn currency_after(&self, e: usize) -> Option<(&'static str, usize)> {
        for (words, c) in CURRENCY_PHRASES {
            if let Some(end) = self.words_at(e, words) {
                return Some((c, end));
            }
        }
        let t = self.toks.get(e)?;
        lookup(CURRENCY_WORDS, t.text)
            .or_else(|| lookup(CURRENCY_WORDS, t.lower))
            .map(|c| (c, e + 1))
    }

    fn currency_before(&self, k: usize) -> Option<(&'static str, usize)> {
        let p = k.checked_sub(1)?;
        let pt = self.toks.get(p)?;
        if let Some(c) = lookup(CURRENCY_SYMBOLS, pt.text) {
            if pt.text == "$" && p > 0 && self.glued(p) {
                if let Some(c2) = self
                    .toks
                    .get(p - 1)
                    .and_then(|x| lookup(DOLLAR_PREFIXES, x.text))
                {
                    return Some((c2, p - 1));
                }
            }
            return Some((c, p));
        }
        if pt.text.len() == 3 && pt.text.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(c) = lookup(CURRENCY_WORDS, pt.text) {
                return Some((c, p));
            }
        }
        None
    }

    /// A noun phrase starting at `j` (after skipping determiners if `skip_det`): (text, end token).
    fn noun_phrase(&self, j: usize, skip_det: bool) -> Option<String> {
        let s = self.toks.get(j)?.sent;
        let mut k = j;
        if skip_det {
            while MEASURE_DETERMINERS.contains(&self.low(k)) {
                k += 1;
            }
        }
        // "14 million more jobs"
        if matches!(
            self.low(k),
            "more" | "fewer" | "additional" | "extra" | "new"
        ) && self.toks.get(k + 1).is_some_and(|t| t.word)
        {
            k += 1;
        }
        let start = k;
        let mut end = k;
        while let Some(t) = self.toks.get(end) {
            if t.sent != s || !t.word || end - start >= 4 {
                break;
            }
            let w = t.lower;
            // a participle counts only as a modifier of a following noun ("registered voters", not "5 people injured")
            let participle = w.ends_with("ed")
                && w.len() > 4
                && w != "hundred"
                && (end > start
                    || !self.toks.get(end + 1).is_some_and(|n| {
                        n.sent == s
                            && n.word
                            && !MEASURE_STOP.contains(&n.lower)
                            && !n.lower.ends_with("ed")
                            && !n.lower.ends_with("ly")
                    }));
            if MEASURE_STOP.contains(&w)
                || lookup(NUMBER_WORDS, w).is_some()
                || (w.ends_with("ly") && w.len() > 4)
                || participle
            {
                break;
            }
            if end > start
                && t.text.chars().next().is_some_and(|c| c.is_uppercase())
                && !t.text.chars().all(|c| c.is_uppercase())
            {
                // a capitalised word after a common noun starts a new phrase
                let prev_cap = self.toks[end - 1]
                    .text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase());
                if !prev_cap {
                    break;
                }
            }
            end += 1;
            // a plural noun ends the phrase ("two points ahead" -> "points")
            if w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.ends_with("'s")
                && !w.ends_with("’s")
            {
                break;
            }
        }
        if end == start {
            return None;
        }
        let a = self.toks.get(start)?.start;
        let b = self.toks.get(end - 1)?.end;
        Some(self.doc.slice(a, b).to_string())
    }

    fn qualifier_before(&self, start: usize) -> Option<(&'static str, usize)> {
        let s = self.toks.get(start)?.sent;
        let mut best: Option<(&'static str, usize)> = None;
        for (words, q) in QUALIFIERS {
            let n = words.len();
            let Some(b) = start.checked_sub(n) else {
                continue;
            };
            if self.toks.get(b).is_some_and(|t| t.sent == s)
                && self.words_at(b, words) == Some(start)
                && best.is_none_or(|(_, x)| b < x)
            {
                best = Some((q, b));
            }
        }
        best
    }

    /// A quantity whose number starts at `k`: the quantity (without id) and the token after it.
    fn at(&self, k: usize) -> Option<(Quantity, usize)> {
        // nothing can start here (see `may_start_word`): skip the rules' table scans
        if !self.toks.get(k)?.may_start {
            return None;
        }
        // fractions: "a third of", "two thirds of", "half of"
        if let Some(q) = self.fraction(k) {
            return Some(q);
        }
        if let Some(q) = self.vague(k) {
            return Some(q);
        }
        let t = self.toks.get(k)?;
        let n = self.number(k)?;
        let mut e = n.end;
        if self.in_timex(t.start, self.toks.get(e - 1)?.end) {
            return None;
        }
        let mut start_tok = k;
        let mut currency: Option<&'static str> = None;
        let mut rule = "count.noun";
        if let Some((c, p)) = self.currency_before(k) {
            currency = Some(c);
            start_tok = p;
            rule = "money.symbol";
        }
        let mut unit: Option<&'static str> = None;
        if currency.is_none() {
            if let Some((u, end)) = self.percent_at(e) {
                unit = Some(u);
                e = end;
                rule = if u == "percent" {
                    "percent"
                } else {
                    "percentage_points"
                };
            } else if let Some((c, end)) = self.currency_after(e) {
                currency = Some(c);
                e = end;
                rule = "money.word";
            }
        }
        // "40 years", "six months": durations belong to the time recogniser
        if currency.is_none() && unit.is_none() && DURATION_UNITS.contains(&self.low(e)) {
            return None;
        }
        let measured = currency.is_some() || unit.is_some() || n.scaled;
        // identifiers, dates, times, addresses, compounds
        let prev = start_tok.checked_sub(1).and_then(|p| self.toks.get(p));
        let next = self.toks.get(n.end);
        if n.kind == NumKind::Digits {
            if let Some(p) = prev {
                let prev_word_cap = p.word
                    && p.text.chars().next().is_some_and(|c| c.is_uppercase())
                    && !p.sent_initial
                    && p.sent == t.sent;
                // "Feb. 1": the period of an abbreviated month is its own token
                let month_abbr = p.text == "."
                    && start_tok >= 2
                    && self
                        .toks
                        .get(start_tok - 2)
                        .is_some_and(|m| MONTHS.contains(&m.lower) && m.end == p.start);
                // "Nicky Driscoll, 24, from Manchester": an age after a name
                let age = p.text == ","
                    && self
                        .toks
                        .get(n.end)
                        .is_some_and(|x| x.text == "," || x.text == ".")
                    && start_tok >= 2
                    && self.toks.get(start_tok - 2).is_some_and(|m| {
                        m.word && m.text.chars().next().is_some_and(|c| c.is_uppercase())
                    })
                    && n.value < 120.0;
                if MONTHS.contains(&p.lower)
                    || month_abbr
                    || age
                    || ID_BEFORE.contains(&p.lower.trim_end_matches('.'))
                    || p.text == "#"
                {
                    return None;
                }
                if prev_word_cap
                    && self.qualifier_before(start_tok).is_none()
                    && lookup(CURRENCY_WORDS, p.text).is_none()
                {
                    return None;
                }
            }
            if !measured {
                if let Some(nx) = next {
                    if MONTHS.contains(&nx.lower)
                        || TIME_WORDS.contains(&nx.lower)
                    {
                        return None;
                    }
                    if nx.word && nx.text.chars().next().is_some_and(|c| c.is_uppercase()) {
                        let street = (n.end..n.end + 4).any(|q| {
                            self.toks.get(q).is_some_and(|x| {
                                STREET_WORDS.contains(&x.text.trim_end_matches('.'))
                            })
                        });
                        if street {
                            return None;
                        }
                    }
                }
                if n.plain_int && (1000.0..=2100.0).contains(&n.value) && t.text.len() == 4 {
                    return None; // a year
                }
            }
            // chains glued by "-", "." or "/" (phone numbers, ISO dates) and compounds ("25-year-old")
            if let (Some(d), Some(after)) = (self.toks.get(n.end), self.toks.get(n.end + 1)) {
                if matches!(d.text, "-" | "–") && self.glued(n.end) && self.glued(n.end + 1) {
                    if after.word && currency.is_none() && unit.is_none() {
                        return None;
                    }
                    if after.num {
                        let chain3 = self.toks.get(n.end + 2).is_some_and(|x| {
                            matches!(x.text, "-" | "." | "–") && self.glued(n.end + 2)
                        }) && self
                            .toks
                            .get(n.end + 3)
                            .is_some_and(|x| x.num && self.glued(n.end + 3));
                        let score = crate::decimal::parse_f64(&after.text.replace(',', ""))
                            .is_some_and(|v2| v2 <= n.value);
                        if chain3
                            || score
                            || (t.text.len() >= 3 && after.text.len() >= 4)
                            || after.text.starts_with('0') && after.text.len() > 1
                        {
                            return None;
                        }
                    }
                }
            }
            if prev.is_some_and(|p| matches!(p.text, "-" | "–") && self.glued(start_tok))
                && start_tok >= 2
                && self
                    .toks
                    .get(start_tok - 2)
                    .is_some_and(|x| x.num && self.glued(start_tok - 1))
            {
                return None; // the second half of a chain already refused
            }
        }
        // ranges
        let mut value2: Option<f64> = None;
        let mut value = n.value;
        let between = prev.is_some_and(|p| p.lower == "between" || p.lower == "from");
        let link = self.low(e);
        let link_tok = e;
        let is_link = (link == "and" && prev.is_some_and(|p| p.lower == "between"))
            || link == "to"
            || ((link == "-" || link == "–") && self.glued(e) && self.glued(e + 1));
        if is_link {
            let mut k2 = link_tok + 1;
            let mut cur2 = None;
            if let Some((c2, _)) = self.currency_before(k2 + 1).filter(|_| {
                self.toks
                    .get(k2)
                    .is_some_and(|x| lookup(CURRENCY_SYMBOLS, x.text).is_some())
            }) {
                cur2 = Some(c2);
                k2 += 1;
            }
            if let Some(n2) = self.number(k2).filter(|n2| n2.kind != NumKind::One) {
                let mut e2 = n2.end;
                let mut ok = cur2.is_none() || cur2 == currency;
                let mut unit2 = None;
                if let Some((u, end)) = self.percent_at(e2) {
                    unit2 = Some(u);
                    e2 = end;
                }
                if currency.is_none() {
                    if let Some((c, end2)) = self.currency_after(e2) {
                        currency = Some(c);
                        e2 = end2;
                        rule = "money.word";
                    }
                }
                if unit.is_some() && unit2.is_some() && unit != unit2 {
                    ok = false;
                }
                if link != "and" && !between && n2.value <= value {
                    ok = false; // "3-1" is a score, "6 to 4" a vote
                }
                if ok {
                    let mut v2 = n2.value;
                    if n2.scaled && !n.scaled {
                        let factor =
                            n2.value / (self.number(k2).map(|x| x.value).unwrap_or(n2.value));
                        let _ = factor;
                        // "$3 to $5 billion": the scale of the second applies to the first
                        let mut s = 1.0;
                        let mut q = k2 + 1;
                        while let Some(sc) = lookup(SCALES, self.low(q)) {
                            s *= sc;
                            q += 1;
                        }
                        if s == 1.0 {
                            s = scale_of_suffix(
                                self.toks.get(k2).map(|x| x.lower).unwrap_or(""),
                            );
                        }
                        value *= s;
                    }
                    if unit.is_none() {
                        unit = unit2;
                    }
                    if !matches!(v2, x if x.is_finite()) {
                        v2 = 0.0;
                    }
                    value2 = Some(v2);
                    e = e2;
                    rule = if between && link == "and" {
                        "range.between"
                    } else if link == "to" {
                        "range.to"
                    } else {
                        "range.dash"
                    };
                    if between {
                        start_tok -= 1;
                    }
                }
            }
        }
        if value2.is_some()
            && unit.is_none()
            && currency.is_none()
            && DURATION_UNITS.contains(&self.low(e))
        {
            return None; // "4 to 20 years old": ages and durations
        }
        // ratios: "22 of the 32 member countries", "22 of 32", "one in five", "3 out of 4"
        let mut ratio_measures: Option<String> = None;
        if value2.is_none() && unit.is_none() && currency.is_none() {
            let (k2, r) = if self.low(e) == "of" {
                (
                    if self.low(e + 1) == "the"
                        || self.low(e + 1) == "its"
                        || self.low(e + 1) == "their"
                    {
                        e + 2
                    } else {
                        e + 1
                    },
                    "ratio.of",
                )
            } else if self.low(e) == "out" && self.low(e + 1) == "of" {
                (e + 2, "ratio.out_of")
            } else if self.low(e) == "in" && n.value <= 10.0 {
                (e + 1, "ratio.in")
            } else {
                (usize::MAX, "")
            };
            if let Some(n2) = self
                .number(k2)
                .filter(|n2| n2.value > value && n2.kind != NumKind::One)
            {
                if !self.in_timex(
                    self.toks.get(k2).map(|x| x.start).unwrap_or(0),
                    self.toks.get(n2.end - 1).map(|x| x.end).unwrap_or(0),
                ) && !(n2.plain_int && (1000.0..=2100.0).contains(&n2.value) && r != "ratio.of")
                {
                    value2 = Some(n2.value);
                    unit = Some("ratio");
                    rule = r;
                    e = n2.end;
                    ratio_measures = self.noun_phrase(e, false);
                }
            }
        }
        // measures
        let measures = if ratio_measures.is_some() {
            ratio_measures
        } else if unit.is_some() || currency.is_some() {
            let in_noun = self.low(e) == "in"
                && !MEASURE_DETERMINERS.contains(&self.low(e + 1))
                && !self
                    .toks
                    .get(e + 1)
                    .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase));
            if self.low(e) == "of" || (currency.is_some() && in_noun) {
                self.noun_phrase(e + 1, true)
            } else {
                self.noun_phrase(e, false)
            }
        } else if n.value.fract() != 0.0 && !n.scaled {
            None // "a magnitude 7.1 earthquake": a measurement, not a count of things
        } else {
            self.noun_phrase(e, false)
        };
        let unit_s: String = if let Some(c) = currency {
            c.to_string()
        } else if let Some(u) = unit {
            u.to_string()
        } else if measures.is_some() {
            "count".to_string()
        } else {
            rule = "number.bare";
            "number".to_string()
        };
        if unit_s == "number" && (n.kind != NumKind::Digits) {
            return None; // "the two of them", "no one"
        }
        if n.kind == NumKind::One && unit.is_none() && currency.is_none() && !n.scaled {
            return None;
        }
        // qualifiers
        let mut qualifier = None;
        if let Some((q, b)) = self.qualifier_before(start_tok) {
            qualifier = Some(q.to_string());
            start_tok = b;
        }
        for (words, q) in POST_QUALIFIERS {
            if let Some(end) = self.words_at(e, words) {
                if qualifier.is_none() {
                    qualifier = Some(q.to_string());
                    e = end;
                }
            }
        }
        if !value.is_finite() || value2.is_some_and(|v| !v.is_finite()) {
            return None;
        }
        let a = self.toks.get(start_tok)?.start;
        let b = self.toks.get(e.checked_sub(1)?)?.end;
        let span = self.doc.span(a, b);
        let text = self.doc.slice(span.start, span.end).to_string();
        Some((
            Quantity {
                id: String::new(),
                span,
                text,
                value,
                value2,
                unit: unit_s,
                qualifier,
                measures,
                rule: rule.to_string(),
            },
            e,
        ))
    }

    fn fraction(&self, k: usize) -> Option<(Quantity, usize)> {
        let t = self.toks.get(k)?;
        let (mult, fk) =
            if let Some(f) = lookup(FRACTIONS, t.lower).filter(|_| t.lower == "half") {
                let _ = f;
                (1.0, k)
            } else if matches!(t.lower, "a" | "an" | "one") {
                (1.0, k + 1)
            } else if let Some(v) =
                lookup(NUMBER_WORDS, t.lower).filter(|v| *v >= 2.0 && *v < 10.0)
            {
                (v, k + 1)
            } else {
                return None;
            };
        let fw = self.low(fk);
        let f = lookup(FRACTIONS, fw)?;
        let of = fk + 1;
        if self.low(of) != "of" {
            return None;
        }
        let plural = fw.ends_with('s');
        if (mult > 1.0) != plural && fw != "half" {
            return None;
        }
        let mut start_tok = k;
        let mut qualifier = None;
        if let Some((q, b)) = self.qualifier_before(k) {
            qualifier = Some(q.to_string());
            start_tok = b;
        }
        let measures = self.noun_phrase(of + 1, true);
        let a = self.toks.get(start_tok)?.start;
        let b = self.toks.get(fk)?.end;
        let span = self.doc.span(a, b);
        let text = self.doc.slice(span.start, span.end).to_string();
        Some((
            Quantity {
                id: String::new(),
                span,
                text,
                value: mult * f,
                value2: None,
                unit: "fraction".into(),
                qualifier,
                measures,
                rule: "fraction.of".into(),
            },
            fk + 1,
        ))
    }

    fn vague(&self, k: usize) -> Option<(Quantity, usize)> {
        let t = self.toks.get(k)?;
        let (value, end, rule) =
            if matches!(t.lower, "tens" | "hundreds") && self.low(k + 1) == "of" {
                let s = match self.low(k + 2) {
                    "thousands" => 1e3,
                    "millions" => 1e6,
                    "billions" => 1e9,
                    _ => return None,
                };
                let m = if t.lower == "tens" { 10.0 } else { 100.0 };
                (m * s, k + 3, "vague.tens_of")
            } else if let Some(v) = lookup(VAGUE_PLURALS, t.lower) {
                if self.low(k + 1) != "of" {
                    return None;
                }
                (v, k + 1, "vague.plural")
            } else {
                return None;
            };
        let measures = if self.low(end) == "of" {
            self.noun_phrase(end + 1, true)
        } else {
            None
        };
        measures.as_ref()?;
        let span = self.doc.span(t.start, self.toks.get(end - 1)?.end);
        let text = self.doc.slice(span.start, span.end).to_string();
        Some((
            Quantity {
                id: String::new(),
                span,
                text,
                value,
                value2: None,
                unit: "count".into(),
                qualifier: Some("AT_LEAST".into()),
                measures,
                rule: rule.into(),
            },
            end,
        ))
    }
}

fn scale_of_suffix(tok: &str) -> f64 {
    let digits_end = tok.find(|c: char| c.is_alphabetic()).unwrap_or(tok.len());
    tok.get(digits_end..)
        .and_then(|s| lookup(SCALE_SUFFIXES, s))
        .unwrap_or(1.0)
}

/// "twenty-five" -> 25.
fn hyphenated(w: &str) -> Option<f64> {
    let (a, b) = w.split_once('-')?;
    let a = lookup(NUMBER_WORDS, a).filter(|v| *v >= 20.0 && *v % 10.0 == 0.0)?;
    let b = lookup(NUMBER_WORDS, b).filter(|v| *v >= 1.0 && *v <= 9.0)?;
    Some(a + b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<Quantity> {
        recognize(&Document::new(text), &[])
    }

    fn one(text: &str) -> Quantity {
        let v = q(text);
        assert_eq!(v.len(), 1, "{text}: {v:#?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn percentages_money_and_bounds() {
        let x = one("Turnout reached at least 61.5 percent of registered voters.");
        assert_eq!(
            (
                x.value,
                x.unit.as_str(),
                x.qualifier.as_deref(),
                x.measures.as_deref()
            ),
            (61.5, "percent", Some("AT_LEAST"), Some("registered voters"))
        );
        let x = one("The fund lost $4.2 billion in assets.");
        assert_eq!(
            (x.value, x.unit.as_str(), x.measures.as_deref()),
            (4.2e9, "USD", Some("assets"))
        );
        let x = one("They paid €3m for it.");
        assert_eq!((x.value, x.unit.as_str()), (3e6, "EUR"));
        let x = one("It will cost nearly 5 million euros.");
        assert_eq!(
            (x.value, x.unit.as_str(), x.qualifier.as_deref()),
            (5e6, "EUR", Some("APPROX"))
        );
        let x = one("Prices rose by two percent.");
        assert_eq!((x.value, x.unit.as_str()), (2.0, "percent"));
    }

    #[test]
    fn ratios_ranges_fractions_and_vague_amounts() {
        let x = one("Only 9 of the 15 judges agreed.");
        assert_eq!(
            (x.value, x.value2, x.unit.as_str(), x.measures.as_deref()),
            (9.0, Some(15.0), "ratio", Some("judges"))
        );
        let x = one("Growth was between 3 and 5 percent.");
        assert_eq!(
            (x.value, x.value2, x.unit.as_str(), x.rule.as_str()),
            (3.0, Some(5.0), "percent", "range.between")
        );
        let x = one("A third of voters stayed home.");
        assert_eq!(
            (x.unit.as_str(), x.measures.as_deref()),
            ("fraction", Some("voters"))
        );
        assert!((x.value - 1.0 / 3.0).abs() < 1e-9);
        let x = one("Tens of thousands of fans marched.");
        assert_eq!(
            (x.value, x.qualifier.as_deref(), x.measures.as_deref()),
            (10000.0, Some("AT_LEAST"), Some("fans"))
        );
        let x = one("The club sold a dozen players.");
        assert_eq!(
            (x.value, x.unit.as_str(), x.measures.as_deref()),
            (12.0, "count", Some("players"))
        );
        let x = one("Three out of 4 nurses quit.");
        assert_eq!(
            (x.value, x.value2, x.rule.as_str(), x.measures.as_deref()),
            (3.0, Some(4.0), "ratio.out_of", Some("nurses"))
        );
        let x = one("Thousands of pilgrims waited.");
        assert_eq!(
            (x.value, x.qualifier.as_deref(), x.rule.as_str()),
            (2000.0, Some("AT_LEAST"), "vague.plural")
        );
        let x = one("One in five children is poor.");
        assert_eq!(
            (x.value, x.value2, x.unit.as_str()),
            (1.0, Some(5.0), "ratio")
        );
    }

    #[test]
    fn scales_and_spelled_numbers() {
        let x = one("The city has 1.5 million residents.");
        assert_eq!(
            (x.value, x.unit.as_str(), x.measures.as_deref()),
            (1.5e6, "count", Some("residents"))
        );
        let x = one("They raised £250,000 for the hospital.");
        assert_eq!((x.value, x.unit.as_str()), (250000.0, "GBP"));
        let x = one("Some twenty-five villages flooded.");
        assert_eq!(
            (x.value, x.qualifier.as_deref(), x.measures.as_deref()),
            (25.0, Some("APPROX"), Some("villages"))
        );
        let x = one("Up to two hundred and fifty workers may go.");
        assert_eq!((x.value, x.qualifier.as_deref()), (250.0, Some("AT_MOST")));
        let x = one("Costs fell by less than 3-5% a year.");
        assert_eq!(
            (x.value, x.value2, x.qualifier.as_deref(), x.rule.as_str()),
            (3.0, Some(5.0), Some("LESS_THAN"), "range.dash")
        );
    }

    #[test]
    fn a_figure_takes_its_measure_from_elsewhere_only_when_unambiguous() {
        let v = q("Unemployment hit 7 percent of the workforce. Nobody expected 7 percent. Prices rose 3 percent.");
        assert_eq!(v[1].measures.as_deref(), Some("workforce"));
        assert_eq!(v[1].rule, "percent+measures.same_figure");
        assert_eq!(v[2].measures, None);
        let v = q("It is 4% of sales and 4% of costs; analysts said 4% again.");
        assert_eq!(v[2].measures, None, "{v:#?}");
    }

    #[test]
    fn numbers_inside_timexes_are_skipped() {
        use crate::analysis::model::TimexType;
        let text = "The 12 judges met at 5 past noon.";
        let doc = Document::new(text);
        let i = text.find("5 past noon").unwrap();
        let timex = Timex {
            id: "t1".into(),
            span: doc.span(i, i + "5 past noon".len()),
            text: "5 past noon".into(),
            kind: TimexType::Time,
            value: "XXXX-XX-XXT12:05".into(),
            modifier: None,
            freq: None,
            quant: None,
            range: None,
            anchor: None,
            rule: "test".into(),
            explanation: String::new(),
        };
        let v = recognize(&doc, &[timex]);
        assert_eq!(
            v.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(),
            vec!["12"]
        );
        assert_eq!(recognize(&doc, &[]).len(), 2);
    }

    #[test]
    fn names_dates_and_identifiers_are_not_quantities() {
        for t in [
            "The G7 met in 2019.",
            "She flew a Boeing 737 on June 24.",
            "He backed H.R. 49 and Title 9 reforms.",
            "Call 555-0100 or visit 10 Downing Street.",
            "No one else came, and the two of them left.",
            "The game ended 3-1 in the 1990s, on the 5th.",
            "A 25-year-old man was seen at 14:30.",
            "Voting began Feb. 1 after the 9/11 memorial; Ann Roe, 24, of Leeds, came.",
            "Read part 3 here. <tweet id=\"760428498989289472\">",
            "Ranked:\n6 Ben Carson.\n7 John Kasich.",
            "Those aged 18 to 25 years old were asked.",
        ] {
            assert!(q(t).is_empty(), "{t}: {:#?}", q(t));
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        let huge = format!("{} trillion trillion dollars", vec!["999"; 120].join(","));
        assert!(q(&huge).iter().all(|x| x.value.is_finite()));
        for t in [
            "",
            "$",
            "between",
            "1/0",
            "99999999999999999999999999999999999999999",
            "a million",
            "5 percent of",
            "€",
            "tens of",
            "3-",
            "-3",
            "1e400",
        ] {
            let _ = q(t);
        }
    }
}
