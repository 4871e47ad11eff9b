//! Short hand-off codes a person can read aloud ("K7M-4QX-9PT"): eight random characters and
//! one check character from Crockford's base 32 (no I, L, O or U, so nothing looks alike),
//! shown in three groups of three. The service keeps the answers behind the code; the code
//! itself only finds them.
//!
//! The eight random characters carry 40 bits from the operating system's generator (the caller
//! passes them in, so this module stays free of any platform). The check character (Luhn mod 32)
//! catches every single wrong character and every swap of two neighbours but one (0 and Z, as
//! Luhn's 09 and 90), so a mistyped code is told apart from an unknown one without asking the
//! service.

/// Crockford's base 32: digits and capitals without I, L, O and U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Random characters in a code.
pub const RANDOM_CHARS: usize = 8;

/// Characters in a code, the check character included.
pub const LENGTH: usize = RANDOM_CHARS + 1;

/// Bytes of randomness a code takes: 40 bits, five bits per character.
pub const RANDOM_BYTES: usize = 5;

/// A well-formed short code: nine characters of the alphabet, the last one checking the others.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::short_code::ShortCode;
///
/// let code = ShortCode::from_random([0x12, 0x34, 0x56, 0x78, 0x9a]);
/// assert_eq!(code.as_str().len(), 9);
/// assert_eq!(ShortCode::parse(&code.grouped()), Ok(code));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShortCode(String);

/// Why typed text is not a short code.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::short_code::{ShortCode, ShortCodeError};
///
/// assert_eq!(ShortCode::parse(" "), Err(ShortCodeError::Empty));
/// assert_eq!(ShortCode::parse("K7M-4QX"), Err(ShortCodeError::Length));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortCodeError {
    /// Nothing was typed.
    Empty,
    /// Not nine characters (spaces and dashes aside).
    Length,
    /// A character outside the alphabet, or the check character does not fit: a typing mistake.
    Mistyped,
}

impl ShortCodeError {
    /// The last part of the message key (`loket-continue-code-error-…`).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCodeError;
    ///
    /// assert_eq!(ShortCodeError::Mistyped.key(), "mistyped");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            ShortCodeError::Empty => "empty",
            ShortCodeError::Length => "length",
            ShortCodeError::Mistyped => "mistyped",
        }
    }
}

/// Whether a character only separates (spaces, dashes, commas, dots…): a code may be typed
/// with any of them, as it was heard or seen.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '\u{2010}'..='\u{2015}')
}

/// The value of one character, reading look-alikes as what they look like (O as 0, I and L as 1)
/// and lower case as upper case.
fn value(c: char) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// The Luhn mod 32 check value of `values`.
fn check_value(values: &[u32]) -> u32 {
    let n = ALPHABET.len() as u32;
    let mut sum = 0;
    // From the right, every other value (starting with the last) is doubled.
    for (i, v) in values.iter().rev().enumerate() {
        let mut add = if i % 2 == 0 { v * 2 } else { *v };
        add = add / n + add % n;
        sum += add;
    }
    (n - sum % n) % n
}

fn symbol(value: u32) -> char {
    char::from(ALPHABET[value as usize % ALPHABET.len()])
}

impl ShortCode {
    /// The code made from 40 random bits.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCode;
    ///
    /// let a = ShortCode::from_random([0, 0, 0, 0, 1]);
    /// let b = ShortCode::from_random([0, 0, 0, 0, 2]);
    /// assert_ne!(a, b);
    /// assert!(a.as_str().starts_with("0000000"));
    /// ```
    pub fn from_random(random: [u8; RANDOM_BYTES]) -> Self {
        let bits = random
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let values: Vec<u32> = (0..RANDOM_CHARS)
            .rev()
            .map(|i| ((bits >> (i * 5)) & 31) as u32)
            .collect();
        let mut code: String = values.iter().map(|v| symbol(*v)).collect();
        code.push(symbol(check_value(&values)));
        Self(code)
    }

    /// Reads a code as a person typed it: spaces, dashes, commas and dots anywhere, any case,
    /// O for 0 and I or L for 1.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::{ShortCode, ShortCodeError};
    ///
    /// let code = ShortCode::from_random([9, 8, 7, 6, 5]);
    /// let typed = code.grouped().to_lowercase().replace('-', " ");
    /// assert_eq!(ShortCode::parse(&typed), Ok(code.clone()));
    ///
    /// // One character wrong is noticed.
    /// let mut wrong = code.as_str().to_string();
    /// let first = if wrong.starts_with('Z') { "Y" } else { "Z" };
    /// wrong.replace_range(0..1, first);
    /// assert_eq!(ShortCode::parse(&wrong), Err(ShortCodeError::Mistyped));
    /// ```
    pub fn parse(typed: &str) -> Result<Self, ShortCodeError> {
        let chars: Vec<char> = typed.chars().filter(|c| !is_separator(*c)).collect();
        if chars.is_empty() {
            return Err(ShortCodeError::Empty);
        }
        if chars.len() != LENGTH {
            return Err(ShortCodeError::Length);
        }
        let values: Vec<u32> = chars
            .iter()
            .map(|c| value(*c))
            .collect::<Option<_>>()
            .ok_or(ShortCodeError::Mistyped)?;
        let (body, check) = values.split_at(RANDOM_CHARS);
        if check_value(body) != check[0] {
            return Err(ShortCodeError::Mistyped);
        }
        Ok(Self(values.iter().map(|v| symbol(*v)).collect()))
    }

    /// Whether typed text is meant as a short code rather than a long hand-off code: at most
    /// eleven characters once separators are left out. Long codes are far longer.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCode;
    ///
    /// assert!(ShortCode::looks_short("k7m 4qx 9pt"));
    /// assert!(!ShortCode::looks_short("1ABCDEFGHJKMNPQRSTVWXYZ0123456789"));
    /// ```
    pub fn looks_short(typed: &str) -> bool {
        typed.chars().filter(|c| !is_separator(*c)).count() <= LENGTH + 2
    }

    /// The nine characters, without grouping.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCode;
    ///
    /// assert!(!ShortCode::from_random([1, 2, 3, 4, 5]).as_str().contains('-'));
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Three groups of three for the eye: `K7M-4QX-9PT`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCode;
    ///
    /// let grouped = ShortCode::from_random([1, 2, 3, 4, 5]).grouped();
    /// assert_eq!(grouped.len(), 11);
    /// assert_eq!(grouped.matches('-').count(), 2);
    /// ```
    pub fn grouped(&self) -> String {
        self.groups().join("-")
    }

    /// The three groups, each to be shown (and read) on its own.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCode;
    ///
    /// let code = ShortCode::from_random([1, 2, 3, 4, 5]);
    /// assert_eq!(code.groups().concat(), code.as_str());
    /// ```
    pub fn groups(&self) -> Vec<&str> {
        vec![&self.0[0..3], &self.0[3..6], &self.0[6..9]]
    }

    /// What a screen reader should say: every character on its own, a pause between groups
    /// ("K 7 M, 4 Q X, 9 P T"), so the code is never read as a word or a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::short_code::ShortCode;
    ///
    /// let code = ShortCode::parse("K7M-4QX-9PV").or_else(|_| {
    ///     Ok::<_, ()>(ShortCode::from_random([0, 0, 0, 0, 0]))
    /// }).unwrap();
    /// let spoken = code.spoken();
    /// assert_eq!(spoken.split(", ").count(), 3);
    /// assert!(spoken.split(", ").all(|g| g.split(' ').count() == 3));
    /// ```
    pub fn spoken(&self) -> String {
        crate::core::exchange::handoff::spell_out(self.groups())
    }
}

/// Why a short code did not open any answers on "Verder met een formulier".
///
/// # Examples
///
/// ```
/// use loket::core::exchange::short_code::LookupProblem;
///
/// assert_eq!(LookupProblem::from_status(404), LookupProblem::Unknown);
/// assert_eq!(LookupProblem::from_status(429).key(), "too-many-tries");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupProblem {
    /// Not nine characters.
    Length,
    /// A wrong character or two swapped ones (the check character says so).
    Mistyped,
    /// No answers are kept under this code (never made, or expired and wiped).
    Unknown,
    /// Too many unknown codes from this device lately.
    TooManyTries,
    /// The service could not be reached or had a problem.
    Unavailable,
}

impl LookupProblem {
    /// Every problem, for the test that each has its text.
    pub const ALL: [LookupProblem; 5] = [
        LookupProblem::Length,
        LookupProblem::Mistyped,
        LookupProblem::Unknown,
        LookupProblem::TooManyTries,
        LookupProblem::Unavailable,
    ];

    /// The last part of the message key (`loket-continue-code-error-…`).
    pub fn key(self) -> &'static str {
        match self {
            LookupProblem::Length => "length",
            LookupProblem::Mistyped => "mistyped",
            LookupProblem::Unknown => "unknown",
            LookupProblem::TooManyTries => "too-many-tries",
            LookupProblem::Unavailable => "unavailable",
        }
    }

    /// What a service's status code on a lookup means (anything but 2xx).
    pub fn from_status(status: u16) -> Self {
        match status {
            400 => LookupProblem::Mistyped,
            404 | 410 => LookupProblem::Unknown,
            429 => LookupProblem::TooManyTries,
            _ => LookupProblem::Unavailable,
        }
    }
}

impl From<ShortCodeError> for LookupProblem {
    fn from(error: ShortCodeError) -> Self {
        match error {
            ShortCodeError::Empty | ShortCodeError::Length => LookupProblem::Length,
            ShortCodeError::Mistyped => LookupProblem::Mistyped,
        }
    }
}

/// The schema name of a request for a short code.
pub const REQUEST_SCHEMA: &str = "loket.handoff";

/// A request for a short code (`POST <help_endpoint>/<form>`): the chosen answers as a hand-off
/// package, and a key the page made. The same key again replaces the kept answers and keeps
/// the code, so a resident who changes which answers go along reads out the same code.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::short_code::{HandOffRequest, REQUEST_SCHEMA};
/// use loket::{Answers, Package};
///
/// let request = HandOffRequest {
///     schema: REQUEST_SCHEMA.into(),
///     schema_version: 1,
///     key: "0123456789abcdef0123456789abcdef".into(),
///     package: Package { form: "klacht".into(), version: 1, locale: "nl".into(), answers: Answers::new() },
///     page: Some("step:gebeurd".into()),
///     stuck: None,
/// };
/// let json = serde_json::to_string(&request).unwrap();
/// assert!(json.starts_with(r#"{"schema":"loket.handoff","schema_version":1,"key":"#));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandOffRequest {
    /// Always `loket.handoff`.
    pub schema: String,
    /// Always 1.
    pub schema_version: u32,
    /// Made by the page (32 hex characters); the same for every request of one hand-off page.
    pub key: String,
    /// The chosen answers (never files).
    pub package: crate::core::exchange::handoff::Package,
    /// The page the resident was on (`step:<id>`, `check`), for the helper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Why help was offered, if the form thought the resident was stuck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stuck: Option<crate::core::journey::stuck::StuckReason>,
}

/// The service's answer to a [`HandOffRequest`].
///
/// # Examples
///
/// ```
/// use loket::core::exchange::short_code::HandOffReply;
///
/// let reply: HandOffReply =
///     serde_json::from_str(r#"{"code":"K7M4QX9PV","expires_at":"2027-01-04T10:00:00Z","days":30}"#).unwrap();
/// assert_eq!(reply.days, 30);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HandOffReply {
    /// The short code, ungrouped.
    pub code: String,
    /// When the kept answers are wiped (ISO 8601, UTC).
    pub expires_at: String,
    /// How many days they are kept, as the profile says.
    pub days: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> impl Iterator<Item = ShortCode> {
        (0u32..2000).map(|i| {
            let b = i.wrapping_mul(2_654_435_761).to_be_bytes();
            ShortCode::from_random([b[0], b[1], b[2], b[3], (i % 251) as u8])
        })
    }

    #[test]
    fn every_code_reads_back_as_itself_in_any_typed_form() {
        for code in codes() {
            assert_eq!(ShortCode::parse(code.as_str()), Ok(code.clone()));
            assert_eq!(ShortCode::parse(&code.grouped()), Ok(code.clone()));
            let typed = code
                .grouped()
                .to_lowercase()
                .replace('0', "o")
                .replace('1', "l")
                .replace('-', "  ");
            assert_eq!(ShortCode::parse(&typed), Ok(code.clone()), "{typed}");
            // As a screen reader says it, and as someone writes down what they heard.
            assert_eq!(ShortCode::parse(&code.spoken()), Ok(code.clone()));
            let noted = code.spoken().replace(", ", ". ");
            assert_eq!(ShortCode::parse(&noted), Ok(code.clone()), "{noted}");
        }
    }

    #[test]
    fn no_code_has_a_look_alike_letter() {
        for code in codes() {
            assert!(
                code.as_str().chars().all(|c| !"ILOU".contains(c)),
                "{}",
                code.as_str()
            );
        }
    }

    #[test]
    fn every_single_wrong_character_is_caught() {
        for code in codes().take(200) {
            for at in 0..LENGTH {
                for &other in ALPHABET {
                    let mut chars: Vec<char> = code.as_str().chars().collect();
                    if chars[at] == char::from(other) {
                        continue;
                    }
                    chars[at] = char::from(other);
                    let typed: String = chars.into_iter().collect();
                    assert_eq!(
                        ShortCode::parse(&typed),
                        Err(ShortCodeError::Mistyped),
                        "{typed} from {}",
                        code.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn every_swap_of_two_different_neighbours_is_caught_but_0_and_z() {
        for code in codes().take(500) {
            for at in 0..LENGTH - 1 {
                let mut chars: Vec<char> = code.as_str().chars().collect();
                let pair = [chars[at], chars[at + 1]];
                if pair[0] == pair[1] || (pair.contains(&'0') && pair.contains(&'Z')) {
                    continue;
                }
                chars.swap(at, at + 1);
                let typed: String = chars.into_iter().collect();
                assert_eq!(ShortCode::parse(&typed), Err(ShortCodeError::Mistyped));
            }
        }
    }

    #[test]
    fn forty_random_bits_all_reach_the_code() {
        // Each bit of the randomness changes the code.
        let base = ShortCode::from_random([0; RANDOM_BYTES]);
        for byte in 0..RANDOM_BYTES {
            for bit in 0..8 {
                let mut random = [0u8; RANDOM_BYTES];
                random[byte] = 1 << bit;
                assert_ne!(
                    ShortCode::from_random(random),
                    base,
                    "byte {byte} bit {bit}"
                );
            }
        }
    }

    #[test]
    fn wrong_lengths_and_foreign_characters_are_refused_without_panic() {
        assert_eq!(ShortCode::parse(""), Err(ShortCodeError::Empty));
        assert_eq!(ShortCode::parse(" - - "), Err(ShortCodeError::Empty));
        assert_eq!(ShortCode::parse("ABC"), Err(ShortCodeError::Length));
        assert_eq!(ShortCode::parse("ABCDEFGHJK"), Err(ShortCodeError::Length));
        assert_eq!(ShortCode::parse("ÀÉ😀ABCDE"), Err(ShortCodeError::Length));
        assert_eq!(
            ShortCode::parse("ÀÉ😀ABCDEF"),
            Err(ShortCodeError::Mistyped)
        );
        assert_eq!(ShortCode::parse("UUUUUUUUU"), Err(ShortCodeError::Mistyped));
    }

    #[test]
    fn the_spoken_form_separates_every_character() {
        let code = ShortCode::from_random([0xff; RANDOM_BYTES]);
        let spoken = code.spoken();
        let letters: String = spoken
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        assert_eq!(letters, code.as_str());
        assert_eq!(spoken.len(), 9 + 6 + 4);
    }
}
