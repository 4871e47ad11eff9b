//! Texts: Fluent bundles per locale and lookup with arguments. Nothing visible is written in
//! Rust; every string a resident sees is a Fluent message in `locales/<lang>/*.ftl`.

use std::collections::BTreeSet;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language tag such as `nl` or `en`; the set of locales is data, not code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Locale(pub String);

impl Locale {
    /// A locale from its tag.
    pub fn new(tag: &str) -> Self {
        Self(tag.to_string())
    }

    /// The tag, for `lang` attributes and URLs.
    pub fn tag(&self) -> &str {
        &self.0
    }
}

/// A value for a placeholder in a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text.
    Text(String),
    /// A number (plural rules apply).
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

struct LocaleBundle {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
}

/// All texts of all locales.
pub struct Catalog {
    bundles: Vec<LocaleBundle>,
    /// A pseudo-locale and the locale it is made from (see [`pseudo`]).
    pseudo: Option<(Locale, Locale)>,
}

/// The tag of the pseudo-locale testers can switch to (`?lang=en-XA`).
pub const PSEUDO_TAG: &str = "en-XA";

/// A text as the pseudo-locale shows it: letters accented, about 35 % longer and in
/// brackets, so hard-coded text (without brackets) and text that does not fit stand out. Each
/// line is bracketed on its own: the kit shows the lines of a message as paragraphs.
pub fn pseudo(text: &str) -> String {
    text.split('\n')
        .map(pseudo_line)
        .collect::<Vec<_>>()
        .join("\n")
}

fn pseudo_line(line: &str) -> String {
    if line.trim().is_empty() {
        return line.to_string();
    }
    let accented: String = line
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'y' => 'ý',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ö',
            'U' => 'Ü',
            'C' => 'Ç',
            'N' => 'Ñ',
            other => other,
        })
        .collect();
    let length = accented.chars().count();
    let extra = (length * 35).div_ceil(100);
    let filler: String = " ļöŕéɱ íƥšüɱ ðöļöŕ šíţ"
        .chars()
        .cycle()
        .take(extra)
        .collect();
    format!("[{accented}{}]", filler.trim_end())
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.bundles.iter().map(|b| &b.locale))
            .finish()
    }
}

impl Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Self {
            bundles: Vec::new(),
            pseudo: None,
        }
    }

    /// Adds the pseudo-locale `tag`, made from `base`'s texts (see [`pseudo`]). It is not
    /// listed by [`Catalog::locales`], so residents never see it in the language switch.
    pub fn add_pseudo(&mut self, tag: &str, base: &str) {
        self.pseudo = Some((Locale::new(tag), Locale::new(base)));
    }

    /// Whether a locale can be shown: a listed one or the pseudo-locale.
    pub fn offers(&self, locale: &Locale) -> bool {
        self.find(locale).is_some()
    }

    /// The pseudo-locale's base when `locale` is the pseudo-locale.
    fn pseudo_base(&self, locale: &Locale) -> Option<&Locale> {
        self.pseudo
            .as_ref()
            .filter(|(tag, _)| tag == locale)
            .map(|(_, base)| base)
    }

    /// Adds one `.ftl` file's text to a locale. Returns every syntax error or duplicate id,
    /// named with `file`, instead of failing silently.
    pub fn add(&mut self, locale: &str, file: &str, source: &str) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
                r
            }
        };
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let index = match self.bundles.iter().position(|b| b.locale.tag() == locale) {
            Some(i) => i,
            None => {
                let lang: LanguageIdentifier = locale.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![lang]);
                bundle.set_use_isolating(false);
                self.bundles.push(LocaleBundle {
                    locale: Locale::new(locale),
                    bundle,
                    ids: BTreeSet::new(),
                });
                self.bundles.len() - 1
            }
        };
        let entry = &mut self.bundles[index];
        for id in ids {
            if !entry.ids.insert(id.clone()) {
                problems.push(format!("{file}: message `{id}` is defined twice"));
            }
        }
        if let Err(errors) = entry.bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The locales present, in the order they were added.
    pub fn locales(&self) -> Vec<Locale> {
        self.bundles.iter().map(|b| b.locale.clone()).collect()
    }

    /// The locale to show for a language tag from a page or an attribute (`en-GB`, `NL`,
    /// `de-AT`): the same locale, else the same language, else the first locale added (or
    /// `nl` in an empty catalog). The pseudo-locale is only chosen by its exact tag.
    pub fn closest(&self, tag: &str) -> Locale {
        let tag = tag.trim();
        let wanted = Locale::new(tag);
        if self.offers(&wanted) {
            return wanted;
        }
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        self.bundles
            .iter()
            .map(|b| &b.locale)
            .find(|l| l.tag().eq_ignore_ascii_case(tag) || l.tag().eq_ignore_ascii_case(language))
            .or_else(|| self.bundles.first().map(|b| &b.locale))
            .cloned()
            .unwrap_or_else(|| Locale::new("nl"))
    }

    /// Every message id of a locale.
    pub fn ids(&self, locale: &Locale) -> BTreeSet<String> {
        self.find(locale).map(|b| b.ids.clone()).unwrap_or_default()
    }

    fn find(&self, locale: &Locale) -> Option<&LocaleBundle> {
        let locale = self.pseudo_base(locale).unwrap_or(locale);
        self.bundles.iter().find(|b| &b.locale == locale)
    }

    /// Whether a locale has a message.
    pub fn has(&self, locale: &Locale, key: &str) -> bool {
        self.find(locale).is_some_and(|b| b.bundle.has_message(key))
    }

    /// A message without arguments; the key itself when it is missing (a test catches that).
    pub fn text(&self, locale: &Locale, key: &str) -> String {
        self.format(locale, key, &[])
    }

    /// A message with arguments; the key itself when it is missing.
    pub fn format(&self, locale: &Locale, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(entry) = self.find(locale) else {
            return key.to_string();
        };
        let Some(pattern) = entry.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.clone())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = entry
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        match self.pseudo_base(locale) {
            Some(_) => pseudo(&text),
            None => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_locale_is_accented_longer_bracketed_and_unlisted() {
        let mut catalog = Catalog::new();
        catalog
            .add("en", "t.ftl", "call = Call { $phone } now\n")
            .unwrap();
        catalog.add_pseudo(PSEUDO_TAG, "en");
        let pseudo_locale = Locale::new(PSEUDO_TAG);
        let shown = catalog.format(&pseudo_locale, "call", &[("phone", "14053".into())]);
        assert!(shown.starts_with("[Çáll 14053 ñöw"), "{shown}");
        assert!(shown.ends_with(']'));
        let plain = "Call 14053 now".chars().count();
        assert!(shown.chars().count() >= plain * 135 / 100, "{shown}");
        assert_eq!(catalog.locales(), vec![Locale::new("en")]);
        assert!(catalog.offers(&pseudo_locale));
        assert!(catalog.has(&pseudo_locale, "call"));
        assert_eq!(pseudo("  "), "  ");
        let paragraphs = pseudo("One.\nTwo.");
        assert!(
            paragraphs
                .lines()
                .all(|l| l.starts_with('[') && l.ends_with(']')),
            "{paragraphs}"
        );
    }

    #[test]
    fn a_page_language_picks_the_same_locale_then_the_same_language_then_dutch() {
        let mut catalog = Catalog::new();
        for tag in ["nl", "en", "de"] {
            catalog.add(tag, "t.ftl", "hi = hi\n").unwrap();
        }
        catalog.add_pseudo(PSEUDO_TAG, "en");
        let closest = |tag: &str| catalog.closest(tag).tag().to_string();
        assert_eq!(closest("en"), "en");
        assert_eq!(closest("en-GB"), "en");
        assert_eq!(closest("DE-at"), "de");
        assert_eq!(closest("nl_BE"), "nl");
        assert_eq!(closest("fr"), "nl");
        assert_eq!(closest(""), "nl");
        assert_eq!(closest("<script>"), "nl");
        assert_eq!(closest(PSEUDO_TAG), PSEUDO_TAG);
        assert_eq!(Catalog::new().closest("en").tag(), "nl");
    }
}
