//! A small JSON writer and reader for the web bundle, so that the wasm carries no serde_json (docs/PERFORMANCE.md,
//! "Size"). The writer is a `serde::Serializer` whose output is byte-for-byte what `serde_json::to_string_pretty`
//! writes (two-space indent, `": "`, `[]` and `{}` when empty, the same string escapes, floats in the same shortest
//! form); `Obj` builds the few hand-made documents (TimelineJS, the kept text) with their keys in sorted order, as
//! serde_json's `json!` maps have them. `string_fields` reads back a flat object of strings (the kept text).
//! The native tests compare every output with serde_json's.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write as _};

/// Why a value could not be written (only kinds of value the crate never serialises).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// `value` as pretty JSON, as `serde_json::to_string_pretty` writes it.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    write(value, true)
}

fn write<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, Error> {
    let mut w = Writer {
        out: String::new(),
        indent: 0,
        has_value: false,
        pretty,
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// A JSON string literal with serde_json's escapes (quote, backslash, control characters; nothing else).
pub fn push_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A finite float in the shortest form that reads back exactly, laid out as serde_json writes it: plain decimals
/// for decimal exponents -5..=15 (`12.0`, `0.001234`), otherwise `1.5e-7`, `1e+16`. Non-finite values are `null`.
pub fn push_f64(out: &mut String, v: f64) {
    if !v.is_finite() {
        out.push_str("null");
        return;
    }
    // `{}` gives the shortest round-trip digits, never in exponent form ("0.0000001", "1000000000000000000000"):
    // read the significant digits and the decimal exponent of the first one off it.
    let plain = format!("{}", v.abs());
    let neg = v.is_sign_negative();
    let (int, frac) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let (digits, exp) = if int.bytes().all(|b| b == b'0') {
        let zeros = frac.bytes().take_while(|&b| b == b'0').count();
        match frac.get(zeros..) {
            Some(rest) if !rest.is_empty() => (rest.to_string(), -(zeros as i32) - 1),
            _ => ("0".to_string(), 0),
        }
    } else {
        let all = format!("{int}{frac}");
        (all.trim_end_matches('0').to_string(), int.len() as i32 - 1)
    };
    let n = digits.len() as i32;
    if neg {
        out.push('-');
    }
    if (-5..=15).contains(&exp) {
        if n - 1 <= exp {
            out.push_str(&digits);
            for _ in 0..(exp - (n - 1)) {
                out.push('0');
            }
            out.push_str(".0");
        } else if exp >= 0 {
            let (int, frac) = digits.split_at((exp + 1) as usize);
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        } else {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(out, "e{}{}", if exp >= 0 { '+' } else { '-' }, exp.abs());
    }
}

/// A hand-made JSON value: what the exports build without a derive.
pub enum Value {
    Str(String),
    Int(i64),
    Arr(Vec<Value>),
    Obj(Obj),
}

/// An object whose keys are written in sorted order (as serde_json's default map keeps them).
#[derive(Default)]
pub struct Obj(Vec<(&'static str, Value)>);

impl Obj {
    pub fn new() -> Self {
        Obj(Vec::new())
    }

    /// Sets `key` (replacing an earlier value of the same key).
    pub fn set(&mut self, key: &'static str, value: Value) -> &mut Self {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
        self
    }

    pub fn with(mut self, key: &'static str, value: Value) -> Self {
        self.set(key, value);
        self
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}

impl Serialize for Value {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Str(v) => s.serialize_str(v),
            Value::Int(v) => s.serialize_i64(*v),
            Value::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Obj(Obj(entries)) => {
                let mut order: Vec<&(&'static str, Value)> = entries.iter().collect();
                crate::sort::sort_by(&mut order, |a, b| a.0.cmp(b.0));
                let mut map = s.serialize_map(Some(order.len()))?;
                for (k, v) in order {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// `value` as compact JSON (`serde_json::to_string`).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    write(value, false)
}

/// The string members of a JSON object (`{"date":"2025-06-24","text":"..."}`), in their order; `None` when the
/// text is not one flat object whose values are all strings.
pub fn string_fields(text: &str) -> Option<Vec<(String, String)>> {
    let mut r = Reader {
        s: text.as_bytes(),
        pos: 0,
    };
    r.ws();
    r.eat(b'{')?;
    let mut out = Vec::new();
    r.ws();
    if r.peek() == Some(b'}') {
        r.pos += 1;
    } else {
        loop {
            r.ws();
            let k = r.string()?;
            r.ws();
            r.eat(b':')?;
            r.ws();
            let v = r.string()?;
            out.push((k, v));
            r.ws();
            match r.peek()? {
                b',' => r.pos += 1,
                b'}' => {
                    r.pos += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    r.ws();
    (r.pos == r.s.len()).then_some(out)
}

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.pos += 1)
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = std::str::from_utf8(self.s.get(self.pos..self.pos + 4)?).ok()?;
        self.pos += 4;
        u32::from_str_radix(h, 16).ok()
    }

    /// A string literal; `None` on bad escapes, lone surrogates, raw control characters or a missing quote.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let b = self.peek()?;
            self.pos += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = self.peek()?;
                    self.pos += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi) {
                                self.eat(b'\\')?;
                                self.eat(b'u')?;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(cp)?
                        }
                        _ => return None,
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                b if b < 0x20 => return None,
                b => out.push(b),
            }
        }
    }
}

/// The serializer: serde_json's `PrettyFormatter` (or its compact formatter) over a `String`.
struct Writer {
    out: String,
    indent: usize,
    has_value: bool,
    pretty: bool,
}

impl Writer {
    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.indent {
                self.out.push_str("  ");
            }
        }
    }

    fn begin(&mut self, open: char) {
        self.indent += 1;
        self.has_value = false;
        self.out.push(open);
    }

    fn end(&mut self, close: char) {
        self.indent = self.indent.saturating_sub(1);
        if self.has_value {
            self.newline();
        }
        self.out.push(close);
    }

    /// Before an element or a key.
    fn item(&mut self, first: bool) {
        if !first {
            self.out.push(',');
        }
        self.newline();
    }

    /// `{"Variant": ` and the opening of its contents; the compound closes both.
    fn variant(&mut self, name: &str, open: char) -> Result<Compound<'_>, Error> {
        self.begin('{');
        self.item(true);
        push_str(&mut self.out, name);
        self.colon();
        self.begin(open);
        Ok(Compound {
            w: self,
            first: true,
            variant: true,
        })
    }

    fn colon(&mut self) {
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }
}

/// An array or object being written; `first` until its first member.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    /// A struct variant: `{"Variant": {...}}` needs a second closing brace.
    variant: bool,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.item(self.first);
        self.first = false;
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.key(key);
        self.value(value)
    }

    fn key(&mut self, key: &str) {
        self.w.item(self.first);
        self.first = false;
        push_str(&mut self.w.out, key);
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.colon();
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    fn close(self, c: char) -> Result<(), Error> {
        self.w.end(c);
        if self.variant {
            self.w.has_value = true;
            self.w.end('}');
        }
        Ok(())
    }
}

/// The narrower integers go through the 64-bit ones.
macro_rules! widen_integers {
    () => {
        widen_integers!(serialize_i8(i8), serialize_i16(i16), serialize_i32(i32) => serialize_i64);
        widen_integers!(serialize_u8(u8), serialize_u16(u16), serialize_u32(u32) => serialize_u64);
    };
    ($($method:ident($t:ty)),* => $wide:ident) => {$(
        fn $method(self, v: $t) -> Result<Self::Ok, Error> {
            self.$wide(v.into())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    widen_integers!();

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // serde_json writes f32 with f32's shortest digits; the crate has no f32 fields
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        push_f64(&mut self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        let mut buf = [0u8; 4];
        self.serialize_str(v.encode_utf8(&mut buf))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        push_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.begin('{');
        let mut c = Compound {
            w: self,
            first: true,
            variant: false,
        };
        c.entry(variant, value)?;
        c.close('}')
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.begin('[');
        Ok(Compound {
            w: self,
            first: true,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(variant, '[')
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.begin('{');
        Ok(Compound {
            w: self,
            first: true,
            variant: false,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(variant, '{')
    }
}

/// The sequence-like compounds: each member is an element, `]` closes.
macro_rules! sequence_like {
    ($($kind:ident :: $method:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close(']')
            }
        }
    )*};
}

sequence_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let key = key.serialize(KeyName)?;
        self.key(&key);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}')
    }
}

/// The struct-like compounds: each field is a key and its value, `}` closes.
macro_rules! struct_like {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.entry(key, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close('}')
            }
        }
    )*};
}

struct_like!(SerializeStruct, SerializeStructVariant);

/// A map key as the text of its JSON string: strings as they are, integers in decimal (as serde_json does).
struct KeyName;

impl ser::Serializer for KeyName {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = ser::Impossible<String, Error>;
    type SerializeTuple = ser::Impossible<String, Error>;
    type SerializeTupleStruct = ser::Impossible<String, Error>;
    type SerializeTupleVariant = ser::Impossible<String, Error>;
    type SerializeMap = ser::Impossible<String, Error>;
    type SerializeStruct = ser::Impossible<String, Error>;
    type SerializeStructVariant = ser::Impossible<String, Error>;

    widen_integers!();

    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_unit_variant(
        self,
        _n: &'static str,
        _i: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(variant.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, _v: bool) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_f32(self, _v: f32) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_f64(self, _v: f64) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _v: &T) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _n: &'static str) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _value: &T,
    ) -> Result<String, Error> {
        Err(key_error())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_error())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_error())
    }
    fn serialize_tuple_struct(
        self,
        _n: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_error())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_error())
    }
    fn serialize_struct(
        self,
        _n: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_error())
    }
}

fn key_error() -> Error {
    Error("key must be a string".into())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            2.5,
            12.0,
            100.0,
            1e15,
            1e16,
            1.5e16,
            123456789012345680.0,
        ];
        values.extend([
            1e-5,
            1.5e-5,
            1e-6,
            1.234e-7,
            0.1,
            0.3,
            1.0 / 3.0,
            2.0f64.sqrt(),
            1e21,
            1e22,
            5e-324,
            f64::MAX,
        ]);
        values.extend([
            f64::MIN_POSITIVE,
            7.0e10,
            1234.5678,
            99.99,
            0.000123,
            3.0e-300,
            6.02e23,
            -42.125,
        ]);
        let mut x: u64 = 0x9E3779B97F4A7C15;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            if v.is_finite() {
                values.push(v);
            }
            values.push((x % 1_000_000) as f64 / 1000.0);
        }
        for v in values {
            let mut ours = String::new();
            push_f64(&mut ours, v);
            assert_eq!(ours, serde_json::to_string(&v).unwrap(), "{v:e}");
        }
        let mut nan = String::new();
        push_f64(&mut nan, f64::NAN);
        assert_eq!(nan, "null");
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let s = "a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}/é💥\u{2028}";
        let mut ours = String::new();
        push_str(&mut ours, s);
        assert_eq!(ours, serde_json::to_string(s).unwrap());
    }

    #[test]
    fn hand_made_values_match_json_macro_output() {
        let v = Value::Obj(
            Obj::new()
                .with("title", Value::Obj(Obj::new().with("text", "x".into())))
                .with(
                    "events",
                    Value::Arr(vec![
                        Value::Int(3),
                        Value::Arr(vec![]),
                        Value::Obj(Obj::new()),
                    ]),
                )
                .with("b", Value::Int(-7)),
        );
        let expected = serde_json::json!({"title": {"text": "x"}, "events": [3, [], {}], "b": -7});
        assert_eq!(
            to_string_pretty(&v).unwrap(),
            serde_json::to_string_pretty(&expected).unwrap()
        );
        assert_eq!(
            to_string(&v).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );
    }

    #[test]
    fn reads_back_flat_objects_of_strings() {
        let text = "a \"quoted\" line\nand é 💥 \u{1}";
        let written = serde_json::json!({"text": text, "date": "2025-06-24"}).to_string();
        assert_eq!(
            string_fields(&written),
            Some(vec![
                ("date".to_string(), "2025-06-24".to_string()),
                ("text".to_string(), text.to_string())
            ])
        );
        assert_eq!(
            string_fields(" { \"a\" : \"\\ud83d\\udca5\\/\" } "),
            Some(vec![("a".into(), "💥/".into())])
        );
        assert_eq!(string_fields("{}"), Some(vec![]));
        for bad in [
            "",
            "{",
            "{\"a\":1}",
            "{\"a\":\"b\"",
            "{\"a\":\"\\ud83d\"}",
            "[\"a\"]",
            "{\"a\":\"b\"} x",
            "{\"a\":\"\u{1}\"}",
        ] {
            assert_eq!(string_fields(bad), None, "{bad:?}");
        }
    }
}
