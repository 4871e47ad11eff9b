//! The plain-language check ("Direct Duidelijk", B1): long sentences, very long words and
//! bureaucratic words, each finding naming the text key and the plain alternative; and a
//! readability score per text set (Flesch–Douma for Dutch, Flesch reading ease for English,
//! Amstad for German). The word lists are data: `locales/<lang>/plain-language.tsv`.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Sentences longer than this many words are flagged.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::{check, WordLists, MAX_SENTENCE_WORDS};
///
/// let long = "woord ".repeat(MAX_SENTENCE_WORDS + 1);
/// assert_eq!(check("key", &long, &WordLists::default()).len(), 1);
/// ```
pub const MAX_SENTENCE_WORDS: usize = 20;
/// Words longer than this many letters are flagged, unless the list allows them.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::{check, WordLists, MAX_WORD_LETTERS};
///
/// let word = "a".repeat(MAX_WORD_LETTERS);
/// assert!(check("key", &word, &WordLists::default()).is_empty());
/// assert_eq!(check("key", &format!("{word}a"), &WordLists::default()).len(), 1);
/// ```
pub const MAX_WORD_LETTERS: usize = 20;

/// One language's word lists, read from its `plain-language.tsv`.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::WordLists;
///
/// let lists = WordLists {
///     avoid: vec![("middels".into(), "met".into())],
///     allow: vec!["evenementenvergunning".into()],
/// };
/// assert_eq!(WordLists::parse("avoid\tmiddels\tmet\nallow\tevenementenvergunning\n"), Ok(lists));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordLists {
    /// Words or phrases to avoid, each with its plain alternative.
    pub avoid: Vec<(String, String)>,
    /// Long words that are accepted (names of desks, laws, e-mail addresses).
    pub allow: Vec<String>,
}

impl WordLists {
    /// Reads the tab-separated lists: `avoid<TAB>word or phrase<TAB>plain alternative` and
    /// `allow<TAB>long word`; `#` starts a comment. Returns the lines it could not read.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::authoring::plain::WordLists;
    ///
    /// let lists = WordLists::parse("# Plain Dutch\navoid\tdient te\tmoet\n").unwrap();
    /// assert_eq!(lists.avoid, [("dient te".to_string(), "moet".to_string())]);
    /// assert!(WordLists::parse("avoid\tonly one part\n").is_err());
    /// ```
    pub fn parse(source: &str) -> Result<Self, Vec<String>> {
        let mut lists = WordLists::default();
        let mut problems = Vec::new();
        for (n, line) in source.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            match fields.as_slice() {
                ["avoid", word, plain] if !word.is_empty() && !plain.is_empty() => {
                    lists.avoid.push((word.to_lowercase(), plain.to_string()))
                }
                ["allow", word] if !word.is_empty() => lists.allow.push(word.to_lowercase()),
                _ => problems.push(format!(
                    "line {}: expected `avoid<TAB>word<TAB>plain word` or `allow<TAB>word`",
                    n + 1
                )),
            }
        }
        if problems.is_empty() {
            Ok(lists)
        } else {
            Err(problems)
        }
    }
}

/// What the check found in one text.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::{check, Finding, WordLists};
///
/// let lists = WordLists::parse("avoid\tmiddels\tmet\n").unwrap();
/// let found: Vec<Finding> = check("klacht-why", "Betaal middels iDEAL.", &lists);
/// assert_eq!(found[0].key, "klacht-why");
/// assert_eq!(found[0].problem, r#""middels" is officialese: write "met""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The message key.
    pub key: String,
    /// What is wrong and what to write instead.
    pub problem: String,
}

/// The visible text of every message in a Fluent file, by key; each placeholder reads as `X`
/// and each variant of a selector counts as text of its own.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::texts;
///
/// let found = texts("call = Bel { $phone } voor hulp.\n");
/// assert_eq!(found, [("call".to_string(), "Bel X voor hulp.".to_string())]);
/// ```
pub fn texts(source: &str) -> Vec<(String, String)> {
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let key = message.id.name.to_string();
            if let Some(value) = &message.value {
                for text in pattern_texts(value) {
                    out.push((key.clone(), text));
                }
            }
            for attribute in &message.attributes {
                for text in pattern_texts(&attribute.value) {
                    out.push((format!("{key}.{}", attribute.id.name), text));
                }
            }
        }
    }
    out
}

fn pattern_texts(pattern: &Pattern<&str>) -> Vec<String> {
    let mut main = String::new();
    let mut variants = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => main.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants: vs, .. } => {
                    for v in vs {
                        variants.extend(pattern_texts(&v.value));
                    }
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    main.push_str(value)
                }
                // A placeholder stands for a value such as a number or a name: one word.
                Expression::Inline(_) => main.push('X'),
            },
        }
    }
    let mut all = vec![main];
    all.extend(variants);
    all.retain(|t| !t.trim().is_empty());
    all
}

/// The sentences of a text: split after `.`, `!`, `?` or `:` followed by white space, and at
/// line ends.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::sentences;
///
/// assert_eq!(sentences("Vul uw naam in. Dan gaan we verder!"), ["Vul uw naam in.", "Dan gaan we verder!"]);
/// ```
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends =
            matches!(c, '.' | '!' | '?' | ':') && chars.peek().is_none_or(|n| n.is_whitespace());
        if ends || c == '\n' {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| words(s).next().is_some())
        .collect()
}

/// The words of a text: runs of letters, digits, `-` and `'`, at least one letter.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::words;
///
/// let found: Vec<&str> = words("Mail naar info@enschede.nl, of bel 14053.").collect();
/// assert_eq!(found, ["Mail", "naar", "info@enschede.nl", "of", "bel"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '@' || c == '.'))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '-' || c == '\''))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

fn contains_phrase(text: &str, phrase: &str) -> bool {
    let text = format!(
        " {} ",
        words(&text.to_lowercase()).collect::<Vec<_>>().join(" ")
    );
    let phrase = words(phrase).collect::<Vec<_>>().join(" ");
    text.contains(&format!(" {phrase} "))
}

/// Checks one text of message `key` against the lists.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::{check, WordLists};
///
/// let lists = WordLists::parse("avoid\tdient te\tmoet\n").unwrap();
/// assert!(check("k", "U moet het formulier sturen.", &lists).is_empty());
/// assert_eq!(check("k", "U dient het formulier te sturen.", &lists).len(), 0);
/// assert_eq!(check("k", "Dit dient te gebeuren.", &lists).len(), 1);
/// ```
pub fn check(key: &str, text: &str, lists: &WordLists) -> Vec<Finding> {
    let mut found = Vec::new();
    let finding = |problem: String| Finding {
        key: key.to_string(),
        problem,
    };
    for sentence in sentences(text) {
        let count = words(&sentence).count();
        if count > MAX_SENTENCE_WORDS {
            found.push(finding(format!(
                "a sentence of {count} words (at most {MAX_SENTENCE_WORDS}): split it: \"{sentence}\""
            )));
        }
    }
    for word in words(text) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let allowed =
            word.contains('@') || word.contains('.') || lists.allow.contains(&word.to_lowercase());
        if letters > MAX_WORD_LETTERS && !allowed {
            found.push(finding(format!(
                "the word \"{word}\" has {letters} letters (at most {MAX_WORD_LETTERS}): use shorter words, or add it to `allow` if it is a name"
            )));
        }
    }
    for (avoid, plain) in &lists.avoid {
        if contains_phrase(text, avoid) {
            found.push(finding(format!(
                "\"{avoid}\" is officialese: write \"{plain}\""
            )));
        }
    }
    found
}

/// Syllables in a word, estimated from groups of vowels (a final silent `e` in English is not
/// counted).
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::syllables;
///
/// assert_eq!(syllables("gemeente", "nl"), 3);
/// assert_eq!(syllables("complete", "en"), 2);
/// ```
pub fn syllables(word: &str, language: &str) -> usize {
    let lower = word.to_lowercase();
    let is_vowel = |c: char| "aeiouyàáâäèéêëìíîïòóôöùúûü".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in lower.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous {
            count += 1;
        }
        previous = vowel;
    }
    if language == "en" && lower.ends_with('e') && !lower.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// A readability score of a set of texts: higher is easier. Flesch–Douma (Dutch), Flesch
/// reading ease (English) or Amstad (German); `None` for other languages or no text.
///
/// # Examples
///
/// ```
/// use loket::authoring::plain::reading_ease;
///
/// let easy = reading_ease("nl", ["Vul uw naam in. Wij bellen u terug."]).unwrap();
/// let hard = reading_ease("nl", ["Overeenkomstig de toepasselijke verordening wordt uw aanvraag beoordeeld."]).unwrap();
/// assert!(easy > hard);
/// assert_eq!(reading_ease("fr", ["Bonjour."]), None);
/// ```
pub fn reading_ease<'a>(language: &str, texts: impl IntoIterator<Item = &'a str>) -> Option<f64> {
    let (mut sentence_count, mut word_count, mut syllable_count) = (0usize, 0usize, 0usize);
    for text in texts {
        for sentence in sentences(text) {
            sentence_count += 1;
            for word in words(&sentence) {
                word_count += 1;
                syllable_count += syllables(word, language);
            }
        }
    }
    if sentence_count == 0 || word_count == 0 {
        return None;
    }
    let per_sentence = word_count as f64 / sentence_count as f64;
    let per_word = syllable_count as f64 / word_count as f64;
    match language {
        "nl" => Some(206.835 - 0.93 * per_sentence - 77.0 * per_word),
        "en" => Some(206.835 - 1.015 * per_sentence - 84.6 * per_word),
        "de" => Some(180.0 - per_sentence - 58.5 * per_word),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> WordLists {
        WordLists::parse(
            "# test\navoid\tmiddels\tmet\navoid\tdient te\tmoet\nallow\tevenementenvergunning\n",
        )
        .unwrap()
    }

    #[test]
    fn officialese_is_named_with_its_plain_word() {
        let found = check("k", "U dient te betalen middels iDEAL.", &lists());
        assert_eq!(found.len(), 2);
        assert!(found[0].problem.contains("\"met\"") || found[1].problem.contains("\"met\""));
        assert!(found.iter().all(|f| f.key == "k"));
        assert!(check("k", "Uw dienst telt.", &lists()).is_empty());
    }

    #[test]
    fn long_sentences_and_long_words_are_flagged_unless_allowed() {
        let long = "een ".repeat(21);
        assert_eq!(check("k", &long, &lists()).len(), 1);
        assert!(check("k", &"een ".repeat(20), &lists()).is_empty());
        assert!(check("k", "De evenementenvergunning.", &lists()).is_empty());
        assert_eq!(
            check("k", "De ontvangstbevestigingsbrief.", &lists()).len(),
            1
        );
        assert!(
            check(
                "k",
                "Mail naar gemeente-enschede-loket@voorbeeld.nl.",
                &lists()
            )
            .is_empty()
        );
    }

    #[test]
    fn placeholders_and_selectors_become_text_to_check() {
        let t = texts(
            "a = Bel { $phone }.\nb = { $n ->\n    [one] een dag\n   *[other] { $n } dagen\n}\n",
        );
        assert_eq!(
            t,
            vec![
                ("a".into(), "Bel X.".into()),
                ("b".into(), "een dag".into()),
                ("b".into(), "X dagen".into())
            ]
        );
    }

    #[test]
    fn a_bad_line_in_a_list_is_named() {
        assert_eq!(
            WordLists::parse("avoid\tmiddels").unwrap_err(),
            vec![
                "line 1: expected `avoid<TAB>word<TAB>plain word` or `allow<TAB>word`".to_string()
            ]
        );
    }

    #[test]
    fn simple_text_scores_higher_than_officialese() {
        let simple = reading_ease("nl", ["Bel ons. Wij helpen u graag."]).unwrap();
        let hard = reading_ease(
            "nl",
            ["Overeenkomstig de geldende verordening dient de aanvrager de ontvangstbevestiging te overleggen."],
        )
        .unwrap();
        assert!(simple > hard, "{simple} <= {hard}");
        assert_eq!(reading_ease("fr", ["Bonjour."]), None);
    }
}
