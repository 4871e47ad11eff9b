//! Reads a decimal number written plainly ("250", "-3", "2.5"), as a form's limits and the keys
//! of a text's variants are written. Written by hand: Rust's reader of floating-point numbers
//! brings its tables (about 14 kB of WebAssembly) into every module that reads one.

/// Most significant digits read: every such number, and its tenths to its 1e-15ths, is a
/// double exactly, so the quotient below is the double nearest to what is written, as Rust's
/// own reader would give.
const MAX_DIGITS: usize = 15;

/// The number `text` writes: an optional `-` or `+`, digits, and optionally a point and more
/// digits (at most fifteen significant digits, leading zeros not counted, and at most fifteen
/// after the point); `None` for anything else (an exponent, a comma, `inf`, white space).
///
/// # Examples
///
/// ```
/// use loket::core::model::decimal::read_decimal;
///
/// assert_eq!(read_decimal("250"), Some(250.0));
/// assert_eq!(read_decimal("-2.5"), Some(-2.5));
/// assert_eq!(read_decimal("0.1"), Some(0.1));
/// assert_eq!(read_decimal("+007"), Some(7.0));
/// assert_eq!(read_decimal("1e3"), None);
/// assert_eq!(read_decimal("2,5"), None);
/// assert_eq!(read_decimal(" 1"), None);
/// assert_eq!(read_decimal("."), None);
/// assert_eq!(read_decimal("1234567890123456"), None);
/// ```
pub fn read_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let digits = || whole.bytes().chain(fraction.bytes());
    if whole.is_empty() && fraction.is_empty() || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let significant = digits().skip_while(|b| *b == b'0').count();
    if significant > MAX_DIGITS || fraction.len() > MAX_DIGITS {
        return None;
    }
    let mantissa = digits().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    let scale = (0..fraction.len()).fold(1i64, |s, _| s * 10);
    let value = mantissa as f64 / scale as f64;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::read_decimal;

    #[test]
    fn reads_what_rusts_own_reader_reads_for_every_plain_number() {
        for text in [
            "0",
            "1",
            "-1",
            "10",
            "250",
            "0.5",
            "2.6",
            "0.1",
            "0.3",
            "-0.7",
            "123.456",
            "99999999999999.9",
            "999999999999999",
            "0.000000000000001",
            "007.50",
            "1.",
        ] {
            assert_eq!(read_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn reads_no_other_writing_of_a_number() {
        for text in [
            "", "-", "+", ".", "1e3", "inf", "NaN", "2,5", " 1", "1 ", "0x10", "--1", "1.2.3",
        ] {
            assert_eq!(read_decimal(text), None, "{text:?}");
        }
    }
}
