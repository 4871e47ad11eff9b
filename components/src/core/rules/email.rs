//! Whether a text is an e-mail address, by the grammar browsers use for `<input type="email">`
//! (the HTML standard's "valid e-mail address"), with the domain widened to Latin letters with
//! accents (the kind `.nl` and other European registries allow), so an address such as
//! `jozef@café.nl` is not refused. The domain must have a dot, because an address without
//! one cannot reach anybody from outside.
//!
//! Written by hand on purpose: a regular-expression or IDNA library would add about a third of a
//! megabyte of tables to the WebAssembly for a check of a few lines. The property tests hold this
//! grammar against the `validator` crate (every address accepted here is accepted there too).

/// Longest address accepted, in bytes (RFC 5321: a path of 256 octets minus the angle brackets).
///
/// # Examples
///
/// ```
/// use loket::core::rules::email::{is_email, MAX_ADDRESS_BYTES};
///
/// let domain = ["b".repeat(63), "c".repeat(63), "d".repeat(63), "nl".into()].join(".");
/// let longest = format!("{}@{domain}", "a".repeat(59));
/// assert_eq!(longest.len(), MAX_ADDRESS_BYTES);
/// assert!(is_email(&longest));
/// assert!(!is_email(&format!("a{longest}")));
/// ```
pub const MAX_ADDRESS_BYTES: usize = 254;
/// Longest part before the `@`, in bytes (RFC 5321).
///
/// # Examples
///
/// ```
/// use loket::core::rules::email::{is_email, MAX_LOCAL_BYTES};
///
/// let local = "a".repeat(MAX_LOCAL_BYTES);
/// assert!(is_email(&format!("{local}@voorbeeld.nl")));
/// assert!(!is_email(&format!("{local}a@voorbeeld.nl")));
/// ```
pub const MAX_LOCAL_BYTES: usize = 64;
/// Longest part between two dots of the domain, in bytes (RFC 1035).
///
/// # Examples
///
/// ```
/// use loket::core::rules::email::{is_email, MAX_LABEL_BYTES};
///
/// let label = "b".repeat(MAX_LABEL_BYTES);
/// assert!(is_email(&format!("naam@{label}.nl")));
/// assert!(!is_email(&format!("naam@{label}b.nl")));
/// ```
pub const MAX_LABEL_BYTES: usize = 63;

/// Whether `text`, trimmed of spaces around it, is an e-mail address with a dotted domain.
///
/// # Examples
///
/// ```
/// use loket::core::rules::email::is_email;
///
/// assert!(is_email("anna@voorbeeld.nl"));
/// assert!(is_email(" jozef@café.nl "));
/// assert!(!is_email("anna@voorbeeld"));
/// assert!(!is_email("anna"));
/// ```
pub fn is_email(text: &str) -> bool {
    let address = text.trim();
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    address.len() <= MAX_ADDRESS_BYTES
        && is_local_part(local)
        && domain.contains('.')
        && domain.split('.').all(is_label)
}

/// The part before the `@`: one or more of the ASCII letters, digits and signs the standard allows.
fn is_local_part(local: &str) -> bool {
    !local.is_empty() && local.len() <= MAX_LOCAL_BYTES && local.chars().all(is_local_char)
}

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c)
}

/// One label of the domain: letters and digits, with hyphens inside but not at either end.
fn is_label(label: &str) -> bool {
    let is_letter_or_digit = |c: char| c.is_ascii_alphanumeric() || is_accented_latin_letter(c);
    !label.is_empty()
        && label.len() <= MAX_LABEL_BYTES
        && label.chars().all(|c| is_letter_or_digit(c) || c == '-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

/// A letter of the Latin-1 Supplement and Latin Extended-A and -B blocks, such as é, ß or ł.
fn is_accented_latin_letter(c: char) -> bool {
    ('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_pass() {
        for good in [
            "naam@voorbeeld.nl",
            " naam@voorbeeld.nl ",
            "anna.de.vries+loket@gemeente.enschede.nl",
            "a_b-c@sub-domein.voorbeeld.nl",
            "jozef@café.nl",
            "o'brien@example.ie",
        ] {
            assert!(is_email(good), "{good}");
        }
    }

    #[test]
    fn broken_addresses_fail() {
        for bad in [
            "",
            "naam",
            "naam@",
            "naam@voorbeeld",
            "@voorbeeld.nl",
            "na am@voorbeeld.nl",
            "anna.devries@gmail",
            "naam@@voorbeeld.nl",
            "naam@voorbeeld..nl",
            "naam@.voorbeeld.nl",
            "naam@voorbeeld.nl.",
            "naam@-voorbeeld.nl",
            "naam@voorbeeld-.nl",
            "naam@voor_beeld.nl",
            "<script>@voorbeeld.nl",
            "naam@[127.0.0.1]",
            "józef@voorbeeld.nl",
            "naam@voorbeeld.nl\u{0663}",
            "naam@voorbeeld.nl\u{05d0}",
            "naam\u{202e}@voorbeeld.nl",
        ] {
            assert!(!is_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn lengths_are_bounded() {
        let local = "a".repeat(MAX_LOCAL_BYTES);
        assert!(is_email(&format!("{local}@voorbeeld.nl")));
        assert!(!is_email(&format!("{local}a@voorbeeld.nl")));
        let label = "b".repeat(MAX_LABEL_BYTES);
        assert!(is_email(&format!("a@{label}.nl")));
        assert!(!is_email(&format!("a@{label}b.nl")));
        let long_domain = vec!["c".repeat(60); 5].join(".");
        assert!(!is_email(&format!("a@{long_domain}")));
    }
}
