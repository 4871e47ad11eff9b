//! Human-friendly references ("KLA-7K3Q-9XPM") from random bytes.

/// Letters and digits that cannot be mistaken for each other (no I, L, O, U, 0, 1).
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A reference: the form's first three letters, then two groups of four characters.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::reference::reference;
///
/// assert_eq!(reference("klacht", [0, 1, 2, 3, 4, 5, 6, 7]), "KLA-2345-6789");
/// ```
pub fn reference(form: &str, random: [u8; 8]) -> String {
    let prefix = prefix(form);
    let chars: String = random
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    format!("{prefix}-{}-{}", &chars[..4], &chars[4..])
}

/// The prefix of a form's references: the first three letters of its id, in capitals.
/// Eight random bytes for [`reference()`], each below 240 (a multiple of 30) so that every
/// character of the alphabet is equally likely: bytes from `random` at or above 240 are
/// dropped and more are drawn.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::reference::{reference, unbiased_bytes};
///
/// // A source that counts up from 230: 240 to 255 are skipped.
/// let mut next = 230u8;
/// let bytes = unbiased_bytes(|| {
///     std::array::from_fn(|_| {
///         next = next.wrapping_add(1);
///         next
///     })
/// });
/// assert_eq!(bytes, [231, 232, 233, 234, 235, 236, 237, 238]);
/// assert!(reference("klacht", bytes).starts_with("KLA-"));
/// ```
pub fn unbiased_bytes(mut random: impl FnMut() -> [u8; 16]) -> [u8; 8] {
    let mut out = [0u8; 8];
    let mut filled = 0;
    while filled < out.len() {
        for b in random() {
            if b < 240 && filled < out.len() {
                out[filled] = b;
                filled += 1;
            }
        }
    }
    out
}

fn prefix(form: &str) -> String {
    form.chars()
        .filter(char::is_ascii_alphabetic)
        .take(3)
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Whether a reference has the shape this form's references have: its prefix, then two groups
/// of four characters of the alphabet.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::reference::{fits, reference};
///
/// assert!(fits("klacht", &reference("klacht", [9, 8, 7, 6, 5, 4, 3, 2])));
/// assert!(!fits("klacht", "WOO-2345-6789"));
/// assert!(!fits("klacht", "KLA-2345-678O"));
/// ```
pub fn fits(form: &str, reference: &str) -> bool {
    let Some(rest) = reference
        .strip_prefix(prefix(form).as_str())
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    let bytes = rest.as_bytes();
    bytes.len() == 9
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || ALPHABET.contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_equally_likely_from_an_even_source() {
        // Every byte that is kept maps to a character; those 240 values give each character
        // exactly 8 times, so an even source gives even characters.
        let mut counts = [0usize; 30];
        for b in 0u8..240 {
            let c = reference("klacht", [b; 8]).as_bytes()[4];
            counts[ALPHABET.iter().position(|a| *a == c).unwrap()] += 1;
        }
        assert!(counts.iter().all(|n| *n == 8), "{counts:?}");
        // The bytes from 240 up (which would favour the first 16 characters) are never kept.
        let mut blocks = [[255u8; 16], [240; 16], [7; 16]].into_iter();
        assert_eq!(unbiased_bytes(|| blocks.next().unwrap()), [7; 8]);
    }

    #[test]
    fn references_are_readable_and_differ_with_the_random_bytes() {
        let a = reference("klacht", [0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(a, "KLA-2345-6789");
        let b = reference("klacht", [200, 13, 99, 250, 7, 41, 77, 128]);
        assert_ne!(a, b);
        assert!(b.starts_with("KLA-"));
        assert!(
            b[4..]
                .chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8)))
        );
    }
}
