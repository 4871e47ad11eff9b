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
