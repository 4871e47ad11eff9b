//! Dutch names inside texts in other languages ("Permit help desk (Hulploket Vergunningen)"):
//! found so the view can mark them `lang="nl"` and screen readers say them as Dutch.

/// A piece of a text: a run of the text's own language, or a Dutch name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text of the piece.
    pub text: String,
    /// Whether it is one of the Dutch names.
    pub dutch: bool,
}

/// Splits `text` into pieces, each of `names` found as whole words marked Dutch; the longest
/// name wins where two start at the same place ("Wijkwijzers" before "Wijkwijzer").
///
/// # Examples
///
/// ```
/// use loket::core::texts::names::{dutch_names, Piece};
///
/// let names = ["Overheidsloket".to_string(), "Stadskantoor".to_string()];
/// let pieces = dutch_names("Government desk (Overheidsloket) in the City Office", &names);
/// assert_eq!(pieces[1], Piece { text: "Overheidsloket".into(), dutch: true });
/// assert_eq!(pieces.len(), 3);
/// // Part of a longer word is not a name.
/// assert_eq!(dutch_names("Overheidsloketten", &names).len(), 1);
/// ```
pub fn dutch_names(text: &str, names: &[String]) -> Vec<Piece> {
    // A name stands between spaces, punctuation or the ends of the text. (ASCII classes only:
    // Unicode's letter tables would add kilobytes to the residents' module for no gain here.)
    let is_word =
        |c: Option<char>| c.is_some_and(|c| !(c.is_ascii_whitespace() || c.is_ascii_punctuation()));
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let before = text[..at].chars().next_back();
        // The longest name that starts here wins (found without sorting: a sort would cost
        // kilobytes of code).
        let found = names
            .iter()
            .filter(|name| {
                !name.is_empty()
                    && rest.starts_with(name.as_str())
                    && !is_word(before)
                    && !is_word(rest[name.len()..].chars().next())
            })
            .max_by_key(|name| name.len());
        match found {
            Some(name) => {
                if !plain.is_empty() {
                    pieces.push(Piece {
                        text: std::mem::take(&mut plain),
                        dutch: false,
                    });
                }
                pieces.push(Piece {
                    text: name.to_string(),
                    dutch: true,
                });
                at += name.len();
            }
            None => {
                let c = rest.chars().next().unwrap_or_default();
                plain.push(c);
                at += c.len_utf8().max(1);
            }
        }
    }
    if !plain.is_empty() {
        pieces.push(Piece {
            text: plain,
            dutch: false,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        [
            "Wijkwijzer",
            "Wijkwijzers",
            "Hulploket Vergunningen",
            "Stadskantoor",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn names_are_found_whole_longest_first_and_nothing_is_lost() {
        let text =
            "The government desk is also in 5 Wijkwijzers (Stadskantoor), or one Wijkwijzer.";
        let pieces = dutch_names(text, &names());
        let dutch: Vec<&str> = pieces
            .iter()
            .filter(|p| p.dutch)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(dutch, ["Wijkwijzers", "Stadskantoor", "Wijkwijzer"]);
        let whole: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(whole, text);
    }

    #[test]
    fn a_text_without_names_or_with_no_names_given_is_one_plain_piece() {
        assert_eq!(
            dutch_names("Phone – 14053 ✆", &names()),
            [Piece {
                text: "Phone – 14053 ✆".into(),
                dutch: false
            }]
        );
        assert_eq!(dutch_names("Stadskantoor", &[]).len(), 1);
        assert!(dutch_names("", &names()).is_empty());
    }
}
