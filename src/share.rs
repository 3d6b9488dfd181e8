//! Share links: the article's text and publication date in a URL fragment, so that nothing reaches a server.
//!
//! The text is compressed with lz-string's `compressToEncodedURIComponent` format (lz-string 1.5, the same
//! bits, URI-safe alphabet), so other tools can read and write Claimline links:
//! `https://host/claimline/#d=2025-06-24&t=<lz-string>`. Both keys are optional on reading; `d` is an ISO date.
//!
//! Pure Rust, natively tested: linear time in the input, and decoding a damaged or hostile fragment returns an
//! error (never panics, never grows beyond `MAX_TEXT_UNITS`).

use std::collections::HashMap;

/// lz-string's URI-safe alphabet (6 bits a character; the 65th, '$', is never written and reads as 0 bits).
const URI_SAFE: &[u8; 65] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

/// Longest share URL we hand out (characters). Browsers accept far more, but chat tools, mail clients and
/// QR codes do not; beyond this the app offers the JSON download instead.
pub const MAX_URL_LEN: usize = 32 * 1024;

/// Most UTF-16 code units a decoded fragment may produce (2 MB of text): a hostile fragment of a few
/// kilobytes can otherwise expand quadratically.
pub const MAX_TEXT_UNITS: usize = 1 << 20;

/// Writes `bits` low bits of `value`, least significant first (lz-string's order), into 6-bit characters.
struct BitWriter {
    out: String,
    val: u32,
    pos: u32,
}

impl BitWriter {
    fn push_bit(&mut self, bit: u32) {
        self.val = (self.val << 1) | (bit & 1);
        if self.pos == 5 {
            self.pos = 0;
            self.out.push(URI_SAFE[(self.val & 63) as usize] as char);
            self.val = 0;
        } else {
            self.pos += 1;
        }
    }
    fn push_value(&mut self, mut value: u32, bits: u32) {
        for _ in 0..bits {
            self.push_bit(value & 1);
            value >>= 1;
        }
    }
}

/// lz-string's `compressToEncodedURIComponent`.
pub fn compress_to_uri(text: &str) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut w = BitWriter {
        out: String::new(),
        val: 0,
        pos: 0,
    };
    // The dictionary: single characters, and (code of a phrase, next character) -> code.
    let mut chars: HashMap<u16, u32> = HashMap::new();
    let mut phrases: HashMap<(u32, u16), u32> = HashMap::new();
    // Characters seen whose literal has not been written yet.
    let mut to_create: std::collections::HashSet<u16> = std::collections::HashSet::new();
    let mut dict_size: u32 = 3;
    let mut num_bits: u32 = 2;
    let mut enlarge_in: u32 = 2;
    // The current phrase: its code and, when it is a single character, that character.
    let mut cur: Option<(u32, Option<u16>)> = None;

    // Writes the current phrase (a literal the first time a character is written, else its code).
    fn emit(
        w: &mut BitWriter,
        phrase: (u32, Option<u16>),
        to_create: &mut std::collections::HashSet<u16>,
        num_bits: &mut u32,
        enlarge_in: &mut u32,
    ) {
        let (code, single) = phrase;
        match single {
            Some(ch) if to_create.contains(&ch) => {
                if ch < 256 {
                    w.push_value(0, *num_bits);
                    w.push_value(ch as u32, 8);
                } else {
                    w.push_value(1, *num_bits);
                    w.push_value(ch as u32, 16);
                }
                *enlarge_in -= 1;
                if *enlarge_in == 0 {
                    *enlarge_in = 1 << *num_bits;
                    *num_bits += 1;
                }
                to_create.remove(&ch);
            }
            _ => w.push_value(code, *num_bits),
        }
        *enlarge_in -= 1;
        if *enlarge_in == 0 {
            *enlarge_in = 1 << *num_bits;
            *num_bits += 1;
        }
    }

    for &c in &units {
        let c_code = match chars.get(&c) {
            Some(&code) => code,
            None => {
                let code = dict_size;
                dict_size += 1;
                chars.insert(c, code);
                to_create.insert(c);
                code
            }
        };
        match cur {
            None => cur = Some((c_code, Some(c))),
            Some((w_code, w_single)) => {
                if let Some(&wc) = phrases.get(&(w_code, c)) {
                    cur = Some((wc, None));
                } else {
                    emit(
                        &mut w,
                        (w_code, w_single),
                        &mut to_create,
                        &mut num_bits,
                        &mut enlarge_in,
                    );
                    phrases.insert((w_code, c), dict_size);
                    dict_size += 1;
                    cur = Some((c_code, Some(c)));
                }
            }
        }
    }
    if let Some(phrase) = cur {
        emit(
            &mut w,
            phrase,
            &mut to_create,
            &mut num_bits,
            &mut enlarge_in,
        );
    }
    // The end of the stream, then flush the last character.
    w.push_value(2, num_bits);
    loop {
        w.val <<= 1;
        if w.pos == 5 {
            w.out.push(URI_SAFE[(w.val & 63) as usize] as char);
            break;
        }
        w.pos += 1;
    }
    w.out
}

/// Why a share fragment could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The compressed text is damaged (cut short, altered, or not lz-string).
    Damaged,
    /// It would decode to more than `MAX_TEXT_UNITS`.
    TooLong,
    /// The date is not an ISO date (YYYY-MM-DD).
    BadDate,
    /// The fragment has neither `t=` nor `d=`.
    NotALink,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ShareError::Damaged => "the text in this link is damaged (cut short or altered)",
            ShareError::TooLong => "the text in this link is too long to open",
            ShareError::BadDate => "the date in this link is not a valid date",
            ShareError::NotALink => "this link does not hold an article",
        })
    }
}

struct BitReader<'a> {
    input: &'a [u8],
    val: u32,
    position: u32,
    index: usize,
}

impl BitReader<'_> {
    fn value_at(&self, i: usize) -> u32 {
        // lz-string reads an unknown or missing character as 0; a space stands for '+'.
        match self.input.get(i) {
            Some(b' ') => 62,
            Some(&b) => URI_SAFE.iter().position(|&k| k == b).unwrap_or(0) as u32,
            None => 0,
        }
    }
    fn read(&mut self, bits: u32) -> u32 {
        let mut out = 0;
        for k in 0..bits {
            let bit = u32::from(self.val & self.position > 0);
            self.position >>= 1;
            if self.position == 0 {
                self.position = 32;
                self.val = self.value_at(self.index);
                self.index += 1;
            }
            out |= bit << k;
        }
        out
    }
}

#[derive(Clone, Copy)]
enum Entry {
    Lit(u16),
    /// A slice of the output so far (every phrase after the first is one).
    Slice(usize, usize),
}

/// lz-string's `decompressFromEncodedURIComponent`, as UTF-16 code units; `Err` where lz-string returns
/// null or "" for a non-empty input, or would throw.
fn decompress_units(input: &str) -> Result<Vec<u16>, ShareError> {
    let bytes = input.as_bytes();
    if bytes.is_empty() {
        return Err(ShareError::Damaged);
    }
    let mut r = BitReader {
        input: bytes,
        val: 0,
        position: 32,
        index: 1,
    };
    r.val = r.value_at(0);
    let mut dict: Vec<Entry> = vec![Entry::Lit(0), Entry::Lit(1), Entry::Lit(2)];
    let mut out: Vec<u16> = Vec::new();
    let mut enlarge_in: u32 = 4;
    let mut num_bits: u32 = 3;

    let first = match r.read(2) {
        0 => r.read(8) as u16,
        1 => r.read(16) as u16,
        _ => return Ok(Vec::new()),
    };
    dict.push(Entry::Lit(first));
    out.push(first);
    // The previous phrase, as a slice of `out`.
    let mut w: (usize, usize) = (0, 1);
    loop {
        if r.index > bytes.len() {
            return Err(ShareError::Damaged);
        }
        let mut c = r.read(num_bits) as usize;
        match c {
            0 | 1 => {
                let lit = if c == 0 { r.read(8) } else { r.read(16) } as u16;
                dict.push(Entry::Lit(lit));
                c = dict.len() - 1;
                enlarge_in -= 1;
            }
            2 => return Ok(out),
            _ => {}
        }
        if enlarge_in == 0 {
            enlarge_in = 1u32.checked_shl(num_bits).ok_or(ShareError::Damaged)?;
            num_bits += 1;
        }
        let start = out.len();
        match dict.get(c).copied() {
            Some(Entry::Lit(u)) if c >= 3 => out.push(u),
            Some(Entry::Slice(s, len)) => {
                if out.len() + len > MAX_TEXT_UNITS {
                    return Err(ShareError::TooLong);
                }
                out.extend_from_within(s..s + len);
            }
            None if c == dict.len() => {
                // The phrase being defined: w + w[0].
                if out.len() + w.1 + 1 > MAX_TEXT_UNITS {
                    return Err(ShareError::TooLong);
                }
                out.extend_from_within(w.0..w.0 + w.1);
                let w0 = out.get(w.0).copied().ok_or(ShareError::Damaged)?;
                out.push(w0);
            }
            _ => return Err(ShareError::Damaged),
        }
        if out.len() > MAX_TEXT_UNITS {
            return Err(ShareError::TooLong);
        }
        // The new phrase w + entry[0] is the output from w's start to the entry's first unit, and w is
        // directly followed by the entry in the output.
        dict.push(Entry::Slice(w.0, w.1 + 1));
        enlarge_in -= 1;
        w = (start, out.len() - start);
        if enlarge_in == 0 {
            enlarge_in = 1u32.checked_shl(num_bits).ok_or(ShareError::Damaged)?;
            num_bits += 1;
        }
    }
}

/// lz-string's `decompressFromEncodedURIComponent`; text that is not valid UTF-16 counts as damaged.
pub fn decompress_from_uri(input: &str) -> Result<String, ShareError> {
    let units = decompress_units(input)?;
    String::from_utf16(&units).map_err(|_| ShareError::Damaged)
}

/// What a share link holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub text: String,
    /// "YYYY-MM-DD" or "" (no date set).
    pub date: String,
}

/// The fragment (without '#') for a text and a date ("" for none).
pub fn fragment(text: &str, date: &str) -> String {
    let mut f = String::new();
    if crate::analysis::Date::parse_iso(date).is_some() {
        f.push_str("d=");
        f.push_str(date);
        f.push('&');
    }
    f.push_str("t=");
    f.push_str(&compress_to_uri(text));
    f
}

/// The share URL: `base` (the page's URL without its fragment) + '#' + the fragment, or `None` when it would be
/// longer than `MAX_URL_LEN`.
pub fn share_url(base: &str, text: &str, date: &str) -> Option<String> {
    let base = base.split('#').next().unwrap_or(base);
    let url = format!("{base}#{}", fragment(text, date));
    (url.len() <= MAX_URL_LEN).then_some(url)
}

/// Undoes percent-encoding that a mail or chat client may have applied to a link ("%24" for '$', "%2B" for
/// '+'); anything that is not a valid escape stays as it is.
fn percent_decode(v: &str) -> std::borrow::Cow<'_, str> {
    if !v.contains('%') {
        return std::borrow::Cow::Borrowed(v);
    }
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |k: usize| b.get(k).and_then(|&c| (c as char).to_digit(16));
        match (b[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    std::borrow::Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// Reads a fragment (with or without its '#'). `Ok(None)`: an empty fragment or one that is not a share link
/// at all (e.g. `#results`, an in-page anchor).
pub fn parse_fragment(fragment: &str) -> Result<Option<Shared>, ShareError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if f.is_empty() {
        return Ok(None);
    }
    let mut text = None;
    let mut date = None;
    for part in f.split('&') {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match k {
            "t" if text.is_none() => text = Some(v),
            "d" if date.is_none() => date = Some(v),
            _ => {}
        }
    }
    if text.is_none() && date.is_none() {
        return Ok(None);
    }
    let date = date.map(percent_decode);
    let date = match date.as_deref() {
        Some(d) if !d.is_empty() => {
            if d.len() != 10 || crate::analysis::Date::parse_iso(d).is_none() {
                return Err(ShareError::BadDate);
            }
            d.to_string()
        }
        _ => String::new(),
    };
    let text = match text {
        Some(t) => decompress_from_uri(&percent_decode(t))?,
        None => return Err(ShareError::NotALink),
    };
    Ok(Some(Shared { text, date }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Outputs of lz-string 1.5.0's `compressToEncodedURIComponent` (node, scripts/node_modules/lz-string).
    const KNOWN: &[(&str, &str)] = &[
        ("", "Q"),
        ("a", "IZA"),
        ("Hello, world!", "BIUwNmD2A0AEDukBOYAmBCIA"),
        ("hello hello hello hello", "BYUwNmD2AEoTcq3FIA"),
        (
            "Ünïcödé — “quotes” 😀 end",
            "DsOw9wxgbwJglwAkCgEDA4BARwK4HsAuBTAZ0FwCBQXg3AAPYXxBiA",
        ),
        (
            "NATO leaders agreed in 2023.\n\nTrump said on Tuesday: \"We will.\"",
            "HIQQKg8gBANgpgQwCZwE4GcoIOarnJKASwDsoAmABnIGYA6AKAbFQFcBbABynQSMID2ZMKzjokCAJ4AuKACIA6nCgB3IjBh05QA",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "IY18ZXZQ",
        ),
        ("abababababababababab", "IYI17SIo"),
    ];

    #[test]
    fn compresses_like_lz_string() {
        for (text, lz) in KNOWN {
            assert_eq!(compress_to_uri(text), *lz, "compressing {text:?}");
        }
    }

    #[test]
    fn decompresses_lz_string_output() {
        for (text, lz) in KNOWN {
            assert_eq!(
                decompress_from_uri(lz).as_deref(),
                Ok(*text),
                "decompressing {lz:?}"
            );
        }
        // lz-string tolerates a '+' turned into a space by a form decoder.
        let lz = compress_to_uri("~~~~ some text with many symbols ~~~~ ~~~~ ????");
        assert!(lz.contains('+') || lz.contains('-') || lz.contains('$') || !lz.is_empty());
        assert_eq!(
            decompress_from_uri(&lz.replace('+', " ")).unwrap(),
            "~~~~ some text with many symbols ~~~~ ~~~~ ????"
        );
    }

    #[test]
    fn round_trips_long_and_varied_text() {
        let mut s = String::new();
        for i in 0..5000u32 {
            s.push(char::from_u32(32 + (i * 7919) % 900).unwrap_or('x'));
            if i % 13 == 0 {
                s.push_str("the same words again ");
            }
        }
        s.push('😀');
        let lz = compress_to_uri(&s);
        assert_eq!(decompress_from_uri(&lz).unwrap(), s);
    }

    #[test]
    fn damaged_and_hostile_input_is_an_error_not_a_panic() {
        let lz = compress_to_uri("NATO leaders agreed in 2023 to spend two percent.");
        for cut in 0..lz.len() {
            let r = decompress_from_uri(&lz[..cut]);
            assert!(r.is_err() || r.as_deref() != Ok(""), "cut at {cut}");
        }
        for junk in [
            "",
            "!!!",
            "zzzz",
            "////////",
            "$$$$$$$$$$$$",
            "<script>",
            "\u{0}\u{1}",
        ] {
            let _ = decompress_from_uri(junk);
        }
        // Every 6-bit character, many times: bounded work and output.
        let hostile: String = URI_SAFE
            .iter()
            .cycle()
            .take(40_000)
            .map(|&b| b as char)
            .collect();
        let _ = decompress_from_uri(&hostile);
        let runaway = format!("IY{}", "$".repeat(30_000));
        if let Ok(t) = decompress_from_uri(&runaway) {
            assert!(t.encode_utf16().count() <= MAX_TEXT_UNITS);
        }
    }

    #[test]
    fn fragments_round_trip_and_reject_bad_dates() {
        let f = fragment("Riverton voted on Monday.", "2024-03-12");
        assert!(f.starts_with("d=2024-03-12&t="));
        assert_eq!(
            parse_fragment(&format!("#{f}")),
            Ok(Some(Shared {
                text: "Riverton voted on Monday.".into(),
                date: "2024-03-12".into()
            }))
        );
        assert_eq!(
            parse_fragment(&fragment("No date here.", "")),
            Ok(Some(Shared {
                text: "No date here.".into(),
                date: String::new()
            }))
        );
        assert_eq!(parse_fragment(""), Ok(None));
        assert_eq!(parse_fragment("#results"), Ok(None));
        assert_eq!(
            parse_fragment("#d=2024-13-45&t=IZA"),
            Err(ShareError::BadDate)
        );
        assert_eq!(
            parse_fragment("#d=<img src=x>&t=IZA"),
            Err(ShareError::BadDate)
        );
        assert_eq!(parse_fragment("#d=2024-03-12"), Err(ShareError::NotALink));
        // A link whose '+', '$' or date a client percent-encoded still opens.
        let text = "~~~~ some text with many symbols ~~~~ ~~~~ ????";
        let encoded = fragment(text, "2024-03-12")
            .replace('+', "%2B")
            .replace('$', "%24")
            .replace("2024-03", "2024%2D03");
        assert_eq!(
            parse_fragment(&encoded).map(|s| s.map(|s| s.text)),
            Ok(Some(text.to_string()))
        );
        assert!(parse_fragment("#t=%%%%").is_err());
        assert!(parse_fragment("#t=%E2%82").is_err());
        assert!(parse_fragment("#t=HIQQKg8gBANgpgQwCZwE4").is_err());
    }

    #[test]
    fn share_urls_have_a_length_limit() {
        let url = share_url("https://x.org/claimline/#old", "Short text.", "2025-06-24").unwrap();
        assert!(url.starts_with("https://x.org/claimline/#d=2025-06-24&t="));
        // Text that does not compress well (every character new) is too long for a link.
        let big: String = (0..40_000u32)
            .map(|i| char::from_u32(0x4E00 + (i * 7) % 20_000).unwrap_or('x'))
            .collect();
        assert_eq!(share_url("https://x.org/", &big, ""), None);
    }
}
