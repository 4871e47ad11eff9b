//! Texts compiled when the site is built: a locale's Fluent messages as one string, read
//! without a Fluent parser in the browser (see [`crate::core::texts::compile`], which makes it).
//!
//! The string is a list of records, each `id` `␟` `value` `␞`, with the ids in any order. A
//! value is plain text with a few control characters that never occur in a text:
//!
//! | bytes | meaning |
//! | --- | --- |
//! | `\u{1}` name `\u{2}` | the argument `$name` |
//! | `\u{3}` id `\u{2}` | the message `id` |
//! | `\u{4}` name `\u{2}` variants `\u{7}` | a choice on `$name`; each variant is `\u{5}` key `\u{2}` text, `\u{6}` for the default |
//!
//! A key that starts with a digit or `-` is a number; any other is a word (`one`, `other`,
//! `email`). The choice follows Fluent: a word matches a text argument equal to it, a number a
//! number argument equal to it, and a word matches a number argument by the locale's plural
//! category ([`plural_category`]); the first variant that matches is shown, else the default.

use std::sync::OnceLock;

use super::i18n::Arg;
use crate::core::model::decimal::read_decimal;

pub use super::compile::{
    DEFAULT, END_ID, END_MESSAGE, END_NAME, END_SELECT, REF, SELECT, VAR, VARIANT, reserved,
};

/// The plural category of a number in a locale, as Fluent's `[one]` and `[other]` use it:
/// `one` for exactly 1 in Dutch, English, German and the other languages with that rule,
/// `one` for 0 and 1 in French and Portuguese; `other` otherwise. [`plural_rule_known`] says
/// which languages these are: compiled texts of another language are refused by the build.
///
/// # Examples
///
/// ```
/// use loket::core::texts::compiled::plural_category;
///
/// assert_eq!(plural_category("nl", 1.0), "one");
/// assert_eq!(plural_category("en", 2.0), "other");
/// assert_eq!(plural_category("de", 1.5), "other");
/// assert_eq!(plural_category("fr", 0.0), "one");
/// ```
pub fn plural_category(tag: &str, n: f64) -> &'static str {
    let integer = n.fract() == 0.0;
    let one = match language(tag) {
        "fr" | "pt" => integer && (n == 0.0 || n == 1.0),
        _ => integer && n == 1.0,
    };
    if one { "one" } else { "other" }
}

/// Whether [`plural_category`] knows a locale's plural rule.
///
/// # Examples
///
/// ```
/// use loket::core::texts::compiled::plural_rule_known;
///
/// assert!(plural_rule_known("nl") && plural_rule_known("en-XA") && plural_rule_known("de"));
/// assert!(!plural_rule_known("pl"));
/// ```
pub fn plural_rule_known(tag: &str) -> bool {
    const KNOWN: [&str; 18] = [
        "nl", "en", "de", "fy", "da", "sv", "nb", "no", "fi", "et", "it", "es", "ca", "el", "hu",
        "tr", "fr", "pt",
    ];
    KNOWN.contains(&language(tag))
}

fn language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}

/// One locale's compiled texts, with an index made when they are first read.
pub struct CompiledTexts {
    text: &'static str,
    /// Per message, sorted by id: where its id starts, where its value starts and where the
    /// value ends.
    index: OnceLock<Vec<(u32, u32, u32)>>,
}

impl CompiledTexts {
    /// Texts from a compiled string.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::texts::compiled::CompiledTexts;
    ///
    /// let texts = CompiledTexts::new("next\u{1f}Volgende\u{1e}");
    /// assert_eq!(texts.value("next"), Some("Volgende"));
    /// assert_eq!(texts.value("back"), None);
    /// ```
    pub fn new(text: &'static str) -> Self {
        Self {
            text,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &[(u32, u32, u32)] {
        self.index.get_or_init(|| {
            let mut index = Vec::new();
            let mut start = 0;
            for record in self.text.split_inclusive(END_MESSAGE) {
                let end = start + record.len();
                if let Some(id_len) = record.find(END_ID) {
                    let value_end = end - record.ends_with(END_MESSAGE) as usize;
                    index.push((start as u32, (start + id_len + 1) as u32, value_end as u32));
                }
                start = end;
            }
            index.sort_unstable_by(|a, b| self.id_at(a).cmp(self.id_at(b)));
            index
        })
    }

    fn id_at(&self, entry: &(u32, u32, u32)) -> &'static str {
        &self.text[entry.0 as usize..entry.1 as usize - 1]
    }

    /// Reads the index now, so the first text shown does not wait for it.
    pub fn prepare(&self) {
        self.index();
    }

    /// A message's compiled value, found without making the index when it is not made yet:
    /// asking whether a language not shown has a text, or its own name for the language
    /// switch, does not index that language.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::texts::compiled::CompiledTexts;
    ///
    /// let texts = CompiledTexts::new("next\u{1f}Volgende\u{1e}back\u{1f}Vorige\u{1e}");
    /// assert_eq!(texts.look_up("back"), Some("Vorige"));
    /// assert_eq!(texts.look_up("nex"), None);
    /// ```
    pub fn look_up(&self, id: &str) -> Option<&'static str> {
        if self.index.get().is_some() {
            return self.value(id);
        }
        self.text
            .split(END_MESSAGE)
            .find_map(|record| record.strip_prefix(id)?.strip_prefix(END_ID))
    }

    /// A message's compiled value (the index is made now if it was not).
    pub fn value(&self, id: &str) -> Option<&'static str> {
        let index = self.index();
        let found = index
            .binary_search_by(|entry| self.id_at(entry).cmp(id))
            .ok()?;
        let (_, start, end) = index[found];
        Some(&self.text[start as usize..end as usize])
    }

    /// Every message id.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.index().iter().map(|entry| self.id_at(entry))
    }
}

/// How deep messages may refer to messages (a loop of references stops there).
const MAX_DEPTH: usize = 8;

/// Writes a compiled value with its arguments. `message` gives another message's compiled
/// value, for references.
///
/// # Examples
///
/// ```
/// use loket::core::texts::compiled::format;
/// use loket::core::texts::i18n::Arg;
///
/// let value = "\u{4}count\u{2}\u{5}one\u{2}One file\u{6}other\u{2}\u{1}count\u{2} files\u{7}";
/// let none = |_: &str| None;
/// assert_eq!(format("en", value, &[("count", Arg::Number(1.0))], &none), "One file");
/// assert_eq!(format("en", value, &[("count", Arg::Number(3.0))], &none), "3 files");
/// ```
pub fn format(
    tag: &str,
    value: &str,
    args: &[(&str, Arg)],
    message: &dyn Fn(&str) -> Option<&'static str>,
) -> String {
    let mut out = String::with_capacity(value.len());
    Writer { tag, args, message }.pattern(value, &mut out, 0);
    out
}

struct Writer<'a> {
    tag: &'a str,
    args: &'a [(&'a str, Arg)],
    message: &'a dyn Fn(&str) -> Option<&'static str>,
}

/// The name that starts `text`, and what follows its end.
fn name(text: &str) -> (&str, &str) {
    text.split_once(END_NAME).unwrap_or((text, ""))
}

impl Writer<'_> {
    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// Writes a pattern up to its end or the end of the variant it is in; returns the rest.
    fn pattern<'t>(&self, mut text: &'t str, out: &mut String, depth: usize) -> &'t str {
        loop {
            let Some(at) = text.find(|c: char| matches!(c, '\u{1}'..='\u{7}')) else {
                out.push_str(text);
                return "";
            };
            out.push_str(&text[..at]);
            let marker = text[at..].chars().next().unwrap_or(END_SELECT);
            let rest = &text[at + 1..];
            text = match marker {
                VAR => {
                    let (name, rest) = name(rest);
                    match self.arg(name) {
                        Some(Arg::Text(t)) => out.push_str(t),
                        Some(Arg::Number(n)) => write_number(*n, out),
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest
                }
                REF => {
                    let (id, rest) = name(rest);
                    match (self.message)(id).filter(|_| depth < MAX_DEPTH) {
                        Some(value) => {
                            self.pattern(value, out, depth + 1);
                        }
                        None => {
                            out.push('{');
                            out.push_str(id);
                            out.push('}');
                        }
                    }
                    rest
                }
                SELECT => self.select(rest, out, depth),
                // The end of a variant: the caller goes on.
                _ => return &text[at..],
            };
        }
    }

    /// Writes the chosen variant of a choice (`text` starts with its variable's name); returns
    /// what follows the choice.
    fn select<'t>(&self, text: &'t str, out: &mut String, depth: usize) -> &'t str {
        let (var, mut rest) = name(text);
        let value = self.arg(var);
        let mut chosen: Option<&str> = None;
        let mut default: Option<&str> = None;
        loop {
            let mut chars = rest.chars();
            let marker = chars.next();
            if !matches!(marker, Some(VARIANT | DEFAULT)) {
                // The end of the choice (or of a damaged text).
                rest = chars.as_str();
                break;
            }
            let (key, body) = name(chars.as_str());
            let after = skip_variant(body);
            let variant = &body[..body.len() - after.len()];
            if marker == Some(DEFAULT) {
                default = Some(variant);
            }
            if chosen.is_none() && value.is_some_and(|v| self.matches(key, v)) {
                chosen = Some(variant);
            }
            rest = after;
        }
        if let Some(variant) = chosen.or(default) {
            self.pattern(variant, out, depth);
        }
        rest
    }

    fn matches(&self, key: &str, value: &Arg) -> bool {
        let numeric = key.starts_with(|c: char| c.is_ascii_digit() || c == '-');
        match value {
            Arg::Text(t) => !numeric && key == t,
            Arg::Number(n) if numeric => read_decimal(key).is_some_and(|k| k == *n),
            Arg::Number(n) => key == plural_category(self.tag, *n),
        }
    }
}

/// Writes a number as Fluent does without options (no grouping, a point before the decimals),
/// rounded to six decimals: texts hold counts, days and sizes such as 2.6 (MB). Written by
/// hand, so the residents' module needs no formatting of floating-point numbers.
///
/// # Examples
///
/// ```
/// use loket::core::texts::compiled::write_number;
///
/// let shown = |n: f64| {
///     let mut out = String::new();
///     write_number(n, &mut out);
///     out
/// };
/// assert_eq!(shown(7.0), "7");
/// assert_eq!(shown(2.6), "2.6");
/// assert_eq!(shown(-0.25), "-0.25");
/// assert_eq!(shown(1_000_000.0), "1000000");
/// ```
pub fn write_number(n: f64, out: &mut String) {
    if n.is_nan() {
        out.push_str("NaN");
        return;
    }
    let scaled = (n.abs() * 1e6).round() as u128;
    if n < 0.0 && scaled != 0 {
        out.push('-');
    }
    out.push_str(&(scaled / 1_000_000).to_string());
    let decimals = scaled % 1_000_000;
    if decimals != 0 {
        let digits = (decimals + 1_000_000).to_string();
        out.push('.');
        out.push_str(digits[1..].trim_end_matches('0'));
    }
}

/// What follows a variant's text: the next variant's marker or the choice's end.
fn skip_variant(text: &str) -> &str {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            SELECT => depth += 1,
            END_SELECT if depth == 0 => return &text[at..],
            END_SELECT => depth -= 1,
            VARIANT | DEFAULT if depth == 0 => return &text[at..],
            _ => {}
        }
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &'static str) -> CompiledTexts {
        CompiledTexts::new(text)
    }

    #[test]
    fn messages_are_found_in_any_order_and_missing_ones_are_not() {
        let t = texts("b\u{1f}Bee\u{1e}a\u{1f}Aa\u{1e}c\u{1f}\u{1e}");
        assert_eq!(t.value("a"), Some("Aa"));
        assert_eq!(t.value("b"), Some("Bee"));
        assert_eq!(t.value("c"), Some(""));
        assert_eq!(t.value("d"), None);
        assert_eq!(t.ids().collect::<Vec<_>>(), ["a", "b", "c"]);
    }

    #[test]
    fn a_look_up_finds_what_the_index_finds_without_making_it() {
        let t = texts("b\u{1f}Bee\u{1e}ab\u{1f}Aa\u{1e}a\u{1f}A\u{1e}");
        for id in ["a", "ab", "b", "x", ""] {
            assert_eq!(t.look_up(id), texts(t.text).value(id), "{id}");
        }
        assert!(t.index.get().is_none(), "looked up without an index");
        t.prepare();
        assert_eq!(t.look_up("ab"), Some("Aa"));
    }

    #[test]
    fn choices_follow_fluent_text_number_plural_and_default() {
        let v = "\u{4}n\u{2}\u{5}0\u{2}none\u{5}one\u{2}one\u{5}mail\u{2}by mail\u{6}other\u{2}\u{1}n\u{2} of them\u{7}!";
        let none = |_: &str| None;
        let f = |args: &[(&str, Arg)]| format("en", v, args, &none);
        assert_eq!(f(&[("n", Arg::Number(0.0))]), "none!");
        assert_eq!(f(&[("n", Arg::Number(1.0))]), "one!");
        assert_eq!(f(&[("n", Arg::Number(7.0))]), "7 of them!");
        assert_eq!(f(&[("n", Arg::from("mail"))]), "by mail!");
        assert_eq!(f(&[("n", Arg::from("0"))]), "0 of them!");
        assert_eq!(f(&[]), "{$n} of them!");
    }

    #[test]
    fn nested_choices_and_references_are_written_and_loops_stop() {
        let inner = "\u{4}b\u{2}\u{5}yes\u{2}B\u{6}no\u{2}not B\u{7}";
        let v: &'static str = Box::leak(
            format!("<\u{4}a\u{2}\u{5}yes\u{2}A and {inner}\u{6}no\u{2}none\u{7}>")
                .into_boxed_str(),
        );
        let none = |_: &str| None;
        let args = [("a", Arg::from("yes")), ("b", Arg::from("no"))];
        assert_eq!(format("nl", v, &args, &none), "<A and not B>");
        let looped = |_: &str| Some("x\u{3}self\u{2}");
        let shown = format("nl", "\u{3}self\u{2}", &[], &looped);
        assert!(
            shown.starts_with("xxxxxxxx") && shown.ends_with("{self}"),
            "{shown}"
        );
    }
}
