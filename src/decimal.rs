//! Decimal numbers read without `str::parse::<f64>`.
//!
//! The standard parser brings a 10 KB table of 128-bit powers of five and its slow path into the wasm, and random
//! 128-bit numbers do not gzip: about 10 KB of the bundle for the engine's three number readings (docs/PERFORMANCE.md,
//! "Size"). `parse_f64` accepts what `str::parse::<f64>` accepts (sign, digits, one point, exponent, `inf`,
//! `infinity`, `nan`) and gives the same value, correctly rounded, for every number of up to 15 significant digits
//! with a decimal exponent within ±22, and for every integer of up to 38 digits: all the numbers an article writes.
//! Longer fractions (16 or more significant digits) may differ from the standard parser in the last binary digit.

/// Powers of ten that `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `s` as a float, or `None` where `str::parse::<f64>` gives an error.
pub fn parse_f64(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..)?),
        Some(b'+') => (false, s.get(1..)?),
        _ => (false, s),
    };
    let v = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        finite(body)?
    };
    Some(if neg { -v } else { v })
}

/// Digits, at most one point, an optional exponent; at least one digit before the exponent.
fn finite(body: &str) -> Option<f64> {
    let b = body.as_bytes();
    let mut mantissa: u128 = 0;
    let mut exp10: i64 = 0;
    let mut any_digit = false;
    let mut point = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa < 10u128.pow(37) {
                    mantissa = mantissa * 10 + u128::from(c - b'0');
                    if point {
                        exp10 -= 1;
                    }
                } else if !point {
                    // digits beyond 38 only scale the value
                    exp10 += 1;
                }
            }
            b'.' if !point => point = true,
            b'e' | b'E' if any_digit => {
                exp10 = exp10.saturating_add(exponent(b.get(i + 1..)?)?);
                break;
            }
            _ => return None,
        }
        i += 1;
    }
    any_digit.then(|| scale(mantissa, exp10))
}

/// An exponent's text after the `e`: a sign and at least one digit.
fn exponent(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, b.get(1..)?),
        Some(b'+') => (false, b.get(1..)?),
        _ => (false, b),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let e = digits.iter().fold(0i64, |e, &d| {
        e.saturating_mul(10)
            .saturating_add(i64::from(d - b'0'))
            .min(1 << 40)
    });
    Some(if neg { -e } else { e })
}

/// `mantissa × 10^exp10` as the nearest `f64` (exactly so in the domain the module names).
fn scale(mantissa: u128, exp10: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    // one rounding of an exact product or quotient: correctly rounded (Clinger's fast path)
    if mantissa < (1 << 53) {
        if let Some(&p) = usize::try_from(exp10.unsigned_abs())
            .ok()
            .and_then(|e| EXACT_POWERS.get(e))
        {
            let m = mantissa as f64;
            return if exp10 >= 0 { m * p } else { m / p };
        }
    }
    // `u128 as f64` rounds correctly; further scaling may add a rounding
    let mut v = mantissa as f64;
    let mut e = exp10;
    while e > 0 && v.is_finite() {
        let step = e.min(22);
        v *= EXACT_POWERS[step as usize];
        e -= step;
    }
    while e < 0 && v != 0.0 {
        let step = (-e).min(22);
        v /= EXACT_POWERS[step as usize];
        e += step;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(s: &str) {
        let ours = parse_f64(s);
        let std = s.parse::<f64>().ok();
        match (ours, std) {
            (Some(a), Some(b)) => assert!(
                a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                "{s:?}: {a} vs {b}"
            ),
            (None, None) => {}
            _ => panic!("{s:?}: {ours:?} vs {std:?}"),
        }
    }

    #[test]
    fn agrees_with_the_standard_parser() {
        for s in [
            "0",
            "-0",
            "+0",
            "1",
            "12",
            "2025",
            "1.5",
            "0.1",
            "0.3",
            ".5",
            "5.",
            "3.14159",
            "1000000000000",
            "99.99",
            "0.000123",
            "123456789012345",
            "12345678901234567890",
            "340282366920938463463374607431768211455",
            "1e5",
            "1E-7",
            "2.5e+10",
            "1e22",
            "1e23",
            "1e-22",
            "1e309",
            "1e-400",
            "inf",
            "-Infinity",
            "NaN",
            "",
            "-",
            "+",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1,000",
            "12a",
            " 1",
            "1 ",
            "--1",
            "0x10",
            "1_000",
        ] {
            same(s);
        }
        // pseudo-random numbers as articles write them: up to 15 significant digits, a point anywhere
        let mut x: u64 = 0x2545F4914F6CDD1D;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = 1 + (x % 15) as usize;
            let n = (x >> 8) % 10u64.pow(digits as u32);
            let mut s = format!("{n:0digits$}");
            let point = ((x >> 40) % (digits as u64 + 1)) as usize;
            if point < digits {
                s.insert(point, '.');
            }
            same(&s);
        }
        // beyond the exact domain: within an ulp or two
        for s in [
            "1e308",
            "1.7976931348623157e308",
            "12345678901234567.5",
            "2.2250738585072014e-308",
        ] {
            let (a, b) = (parse_f64(s).unwrap(), s.parse::<f64>().unwrap());
            assert!(((a - b) / b).abs() < 1e-15, "{s}: {a} vs {b}");
        }
        // integers of up to 38 digits
        for k in 1..=38u32 {
            same(&"7".repeat(k as usize));
            same(&format!("1{}", "0".repeat(k as usize - 1)));
        }
    }
}
