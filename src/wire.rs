//! A compact binary form of an [`Analysis`], cut into parts, for handing a long text's analysis from the
//! Web Worker to the page (docs/ARCHITECTURE.md, "Worker").
//!
//! The JSON export cannot serve: it drops the byte offsets the page needs and would bring serde's
//! deserialising code into the wasm. This form keeps every field and decodes part by part, so the page can
//! decode a 1 MB text's analysis in slices of a few milliseconds between frames. It is private to one build
//! (the page and the worker run the same wasm module): no versioning. Decoding never panics: damaged or
//! truncated bytes give `None`.

use crate::analysis::model::*;
use crate::analysis::Date;

/// A value written to and read from the binary form.
pub trait Wire: Sized {
    fn put(&self, w: &mut Vec<u8>);
    fn get(r: &mut Reader) -> Option<Self>;
}

/// Reads a part.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn left(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }
    pub fn is_done(&self) -> bool {
        self.at >= self.bytes.len()
    }
}

fn put_uint(mut v: u64, w: &mut Vec<u8>) {
    while v >= 0x80 {
        w.push((v as u8) | 0x80);
        v >>= 7;
    }
    w.push(v as u8);
}

fn get_uint(r: &mut Reader) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0u32;
    loop {
        let b = r.byte()?;
        if shift > 63 {
            return None;
        }
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
    }
}

impl Wire for usize {
    fn put(&self, w: &mut Vec<u8>) {
        put_uint(*self as u64, w)
    }
    fn get(r: &mut Reader) -> Option<Self> {
        usize::try_from(get_uint(r)?).ok()
    }
}
impl Wire for u32 {
    fn put(&self, w: &mut Vec<u8>) {
        put_uint(u64::from(*self), w)
    }
    fn get(r: &mut Reader) -> Option<Self> {
        u32::try_from(get_uint(r)?).ok()
    }
}
impl Wire for u8 {
    fn put(&self, w: &mut Vec<u8>) {
        w.push(*self)
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.byte()
    }
}
impl Wire for i32 {
    fn put(&self, w: &mut Vec<u8>) {
        put_uint(u64::from(((*self << 1) ^ (*self >> 31)) as u32), w)
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let z = u32::try_from(get_uint(r)?).ok()?;
        Some(((z >> 1) as i32) ^ -((z & 1) as i32))
    }
}
impl Wire for bool {
    fn put(&self, w: &mut Vec<u8>) {
        w.push(u8::from(*self))
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}
impl Wire for f64 {
    fn put(&self, w: &mut Vec<u8>) {
        w.extend_from_slice(&self.to_le_bytes())
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let b: [u8; 8] = r.take(8)?.try_into().ok()?;
        Some(f64::from_le_bytes(b))
    }
}
impl Wire for String {
    fn put(&self, w: &mut Vec<u8>) {
        self.len().put(w);
        w.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = usize::get(r)?;
        let b = r.take(n)?;
        std::str::from_utf8(b).ok().map(str::to_string)
    }
}
impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            None => w.push(0),
            Some(v) => {
                w.push(1);
                v.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::get(r)?)),
            _ => None,
        }
    }
}
impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Vec<u8>) {
        self.len().put(w);
        for v in self {
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = usize::get(r)?;
        // Every item takes at least one byte: a damaged count cannot reserve more than the part holds.
        let mut out = Vec::with_capacity(n.min(r.left()));
        for _ in 0..n {
            out.push(T::get(r)?);
        }
        Some(out)
    }
}

/// A struct: its fields in order. The struct literal makes the compiler insist that every field is listed.
macro_rules! wire_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Wire for $t {
            fn put(&self, w: &mut Vec<u8>) {
                $( self.$f.put(w); )*
            }
            fn get(r: &mut Reader) -> Option<Self> {
                Some($t { $( $f: Wire::get(r)?, )* })
            }
        }
    };
}

/// A field-less enum: the index of its variant. The match makes the compiler insist that every variant is listed.
macro_rules! wire_enum {
    ($t:ident [ $($v:ident),* $(,)? ]) => {
        impl Wire for $t {
            fn put(&self, w: &mut Vec<u8>) {
                match self { $( $t::$v )|* => {} }
                let all = [$( $t::$v ),*];
                w.push(all.iter().position(|x| x == self).unwrap_or(0) as u8);
            }
            fn get(r: &mut Reader) -> Option<Self> {
                [$( $t::$v ),*].get(usize::from(r.byte()?)).copied()
            }
        }
    };
}

wire_struct!(Date { year, month, day });
wire_struct!(Span {
    start,
    end,
    cp_start,
    cp_end
});
wire_struct!(SpanText { span, text });
wire_enum!(DateSource [User, Detected, None]);
wire_struct!(PublicationDate { date, source, span });
wire_enum!(TimexType [Date, Time, Duration, Set]);
wire_enum!(Precision [Century, Decade, Year, Season, Quarter, Month, Week, Day, PartOfDay, Minute]);
wire_struct!(DateRange {
    start,
    end,
    precision
});
wire_struct!(Timex {
    id,
    span,
    text,
    kind,
    value,
    modifier,
    freq,
    quant,
    range,
    anchor,
    rule,
    explanation
});
wire_enum!(ActorKind [Person, Organisation, Place]);
wire_struct!(Mention { span, text, rule });
wire_struct!(Actor {
    id,
    name,
    kind,
    roles,
    aliases,
    mentions
});
wire_enum!(QuoteKind [Direct, Indirect, Partial]);
wire_struct!(Attribution {
    id,
    kind,
    cue,
    sources,
    contents,
    speaker,
    speaker_rule,
    rule,
    sourceless
});
wire_struct!(Quantity {
    id,
    span,
    text,
    value,
    value2,
    unit,
    qualifier,
    measures,
    rule
});
wire_enum!(Relation [On, Before, After, During, Since, Until]);
wire_enum!(EventStatus [Happened, Ongoing, Expected, Negated, Hypothetical]);
wire_enum!(EventClass [Occurrence, Reporting, State, Quoted]);
wire_struct!(EventTime {
    timex,
    value,
    relation,
    range,
    open_start,
    open_end,
    label
});
wire_struct!(Event {
    id,
    spans,
    sentence,
    title,
    trigger,
    time,
    status,
    actors,
    claims,
    rule,
    explanation,
    class
});
wire_enum!(ClaimKind [Quotation, Statistic, Comparison, Prediction, Statement]);
wire_struct!(Claim {
    id,
    kind,
    span,
    text,
    speaker,
    speaker_label,
    actors,
    quantities,
    quote,
    event,
    score,
    score_reasons,
    rule
});
wire_enum!(NoticeLevel [Info, Warning]);
wire_struct!(Notice {
    level,
    code,
    message
});
wire_struct!(Sentence { span, paragraph });

/// Part tags: the head (everything but the long lists), then one tag per list.
const HEAD: u8 = 0;

/// Appends the items of one list to `parts`, `tag` first, starting a new part once one holds `max` bytes.
fn put_list<T: Wire>(tag: u8, items: &[T], max: usize, parts: &mut Vec<Vec<u8>>) {
    let mut i = 0;
    while i < items.len() {
        let mut body = Vec::new();
        let mut n = 0usize;
        while i < items.len() && (n == 0 || body.len() < max) {
            items[i].put(&mut body);
            i += 1;
            n += 1;
        }
        let mut part = vec![tag];
        n.put(&mut part);
        part.extend_from_slice(&body);
        parts.push(part);
    }
}

/// The analysis as parts of about `max` bytes each (one long item may make a longer part). The first part is
/// the head; decode them in order with [`decode_part`].
pub fn encode_parts(a: &Analysis, max: usize) -> Vec<Vec<u8>> {
    let mut head = vec![HEAD];
    a.schema_version.put(&mut head);
    a.generator.put(&mut head);
    a.text_length.put(&mut head);
    a.publication_date.put(&mut head);
    a.notices.put(&mut head);
    let mut parts = vec![head];
    put_list(1, &a.paragraphs, max, &mut parts);
    put_list(2, &a.sentences, max, &mut parts);
    put_list(3, &a.timexes, max, &mut parts);
    put_list(4, &a.events, max, &mut parts);
    put_list(5, &a.attributions, max, &mut parts);
    put_list(6, &a.quantities, max, &mut parts);
    put_list(7, &a.claims, max, &mut parts);
    put_list(8, &a.actors, max, &mut parts);
    parts
}

fn get_list<T: Wire>(r: &mut Reader, into: &mut Vec<T>) -> Option<()> {
    let items = Vec::<T>::get(r)?;
    into.extend(items);
    Some(())
}

/// Decodes one part into `into` (the head creates the analysis; a list part before the head, damaged or
/// truncated bytes, or bytes left over give `None`).
pub fn decode_part(bytes: &[u8], into: &mut Option<Analysis>) -> Option<()> {
    let mut r = Reader::new(bytes);
    let tag = r.byte()?;
    if tag == HEAD {
        *into = Some(Analysis {
            schema_version: Wire::get(&mut r)?,
            generator: Wire::get(&mut r)?,
            text_length: Wire::get(&mut r)?,
            publication_date: Wire::get(&mut r)?,
            notices: Wire::get(&mut r)?,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            timexes: Vec::new(),
            events: Vec::new(),
            attributions: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
            actors: Vec::new(),
        });
    } else {
        let a = into.as_mut()?;
        match tag {
            1 => get_list(&mut r, &mut a.paragraphs)?,
            2 => get_list(&mut r, &mut a.sentences)?,
            3 => get_list(&mut r, &mut a.timexes)?,
            4 => get_list(&mut r, &mut a.events)?,
            5 => get_list(&mut r, &mut a.attributions)?,
            6 => get_list(&mut r, &mut a.quantities)?,
            7 => get_list(&mut r, &mut a.claims)?,
            8 => get_list(&mut r, &mut a.actors)?,
            _ => return None,
        }
    }
    r.is_done().then_some(())
}

/// Decodes all parts at once (tests; the page decodes part by part).
pub fn decode_parts<B: AsRef<[u8]>>(parts: &[B]) -> Option<Analysis> {
    let mut a = None;
    for p in parts {
        decode_part(p.as_ref(), &mut a)?;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, Options};

    fn articles() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = vec![include_str!("samples/nato-hague-2025.txt").to_string()];
        let mut names: Vec<_> = std::fs::read_dir(root.join("testdata/articles"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        crate::sort::sort(&mut names);
        out.extend(names.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        out
    }

    #[test]
    fn every_field_survives_the_round_trip_in_small_parts() {
        let opts = Options {
            publication_date: Date::new(2025, 6, 24),
        };
        for text in articles() {
            let a = analyze(&text, &opts);
            let parts = encode_parts(&a, 200);
            assert!(parts.len() > 3, "small parts: {}", parts.len());
            assert_eq!(decode_parts(&parts).as_ref(), Some(&a));
        }
        // No date, and an empty text.
        let a = analyze("", &Options::default());
        assert_eq!(decode_parts(&encode_parts(&a, 1 << 16)), Some(a));
    }

    #[test]
    fn damaged_parts_give_none_and_never_panic() {
        let text = "On Monday the council said it would spend 4 million euros, Mayor Jo Bell said.";
        let a = analyze(
            text,
            &Options {
                publication_date: Date::new(2024, 3, 1),
            },
        );
        let parts = encode_parts(&a, 64);
        // A list part before the head.
        assert_eq!(decode_parts(&parts[1..]), None);
        for p in &parts {
            for cut in 0..p.len() {
                let mut b = Some(a.clone());
                assert_eq!(decode_part(&p[..cut], &mut b), None, "a part cut at {cut}");
            }
            let mut flipped = p.clone();
            for i in 0..flipped.len() {
                flipped[i] ^= 0xff;
                let mut b = Some(a.clone());
                let _ = decode_part(&flipped, &mut b);
                flipped[i] ^= 0xff;
            }
        }
        assert_eq!(decode_part(&[9, 0], &mut Some(a.clone())), None);
        let mut extra = parts[0].clone();
        extra.push(0);
        assert_eq!(decode_part(&extra, &mut None), None);
    }
}
