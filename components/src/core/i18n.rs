//! Texts: Fluent bundles per locale and lookup with arguments. Nothing visible is written in
//! Rust; every string a resident sees is a Fluent message in `locales/<lang>/*.ftl`.

use std::collections::BTreeSet;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language tag such as `nl` or `en`; the set of locales is data, not code.
///
/// # Examples
///
/// ```
/// use loket::Locale;
///
/// let locale = Locale::new("nl");
/// assert_eq!(locale.tag(), "nl");
/// assert_eq!(serde_json::to_string(&locale).unwrap(), r#""nl""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Locale(pub String);

impl Locale {
    /// A locale from its tag.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Locale;
    ///
    /// assert_eq!(Locale::new("en"), Locale("en".to_string()));
    /// ```
    pub fn new(tag: &str) -> Self {
        Self(tag.to_string())
    }

    /// The tag, for `lang` attributes and URLs.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Locale;
    ///
    /// let lang = format!(r#"<html lang="{}">"#, Locale::new("de").tag());
    /// assert_eq!(lang, r#"<html lang="de">"#);
    /// ```
    pub fn tag(&self) -> &str {
        &self.0
    }
}

/// A value for a placeholder in a message.
///
/// # Examples
///
/// ```
/// use loket::core::i18n::Arg;
/// use loket::{Catalog, Locale};
///
/// let mut catalog = Catalog::new();
/// let source = "files = { $count ->\n [one] One file\n *[other] { $count } files\n} from { $name }\n";
/// catalog.add("en", "t.ftl", source).unwrap();
/// let args = [("count", Arg::Number(2.0)), ("name", Arg::from("Anna"))];
/// assert_eq!(catalog.format(&Locale::new("en"), "files", &args), "2 files from Anna");
/// ```
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
///
/// # Examples
///
/// ```
/// use loket::{Catalog, Locale};
///
/// let mut catalog = Catalog::new();
/// catalog.add("nl", "site.ftl", "next = Volgende\n").unwrap();
/// catalog.add("en", "site.ftl", "next = Continue\n").unwrap();
/// assert_eq!(catalog.text(&Locale::new("en"), "next"), "Continue");
/// assert_eq!(catalog.locales(), [Locale::new("nl"), Locale::new("en")]);
/// ```
pub struct Catalog {
    bundles: Vec<LocaleBundle>,
    /// A pseudo-locale and the locale it is made from (see [`pseudo`]).
    pseudo: Option<(Locale, Locale)>,
}

/// The tag of the pseudo-locale testers can switch to (`?lang=en-XA`).
///
/// # Examples
///
/// ```
/// use loket::core::i18n::PSEUDO_TAG;
/// use loket::{Catalog, Locale};
///
/// let mut catalog = Catalog::new();
/// catalog.add("en", "site.ftl", "next = Continue\n").unwrap();
/// catalog.add_pseudo(PSEUDO_TAG, "en");
/// assert!(catalog.text(&Locale::new(PSEUDO_TAG), "next").starts_with("[Çöñtíñüé"));
/// ```
pub const PSEUDO_TAG: &str = "en-XA";

/// A text as the pseudo-locale shows it: letters accented, about 35 % longer and in
/// brackets, so hard-coded text (without brackets) and text that does not fit stand out. Each
/// line is bracketed on its own: the kit shows the lines of a message as paragraphs.
///
/// # Examples
///
/// ```
/// use loket::core::i18n::pseudo;
///
/// let shown = pseudo("Continue");
/// assert!(shown.starts_with("[Çöñtíñüé"));
/// assert!(shown.ends_with(']'));
/// assert!(shown.chars().count() > "[Continue]".chars().count());
/// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let catalog = Catalog::new();
    /// assert!(catalog.locales().is_empty());
    /// assert_eq!(catalog.text(&Locale::new("nl"), "next"), "next");
    /// ```
    pub fn new() -> Self {
        Self {
            bundles: Vec::new(),
            pseudo: None,
        }
    }

    /// Adds the pseudo-locale `tag`, made from `base`'s texts (see [`pseudo`]). It is not
    /// listed by [`Catalog::locales`], so residents never see it in the language switch.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("en", "site.ftl", "next = Continue\n").unwrap();
    /// catalog.add_pseudo("en-XA", "en");
    /// assert!(catalog.offers(&Locale::new("en-XA")));
    /// assert_eq!(catalog.locales(), [Locale::new("en")]);
    /// ```
    pub fn add_pseudo(&mut self, tag: &str, base: &str) {
        self.pseudo = Some((Locale::new(tag), Locale::new(base)));
    }

    /// Whether a locale can be shown: a listed one or the pseudo-locale.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "next = Volgende\n").unwrap();
    /// assert!(catalog.offers(&Locale::new("nl")));
    /// assert!(!catalog.offers(&Locale::new("fr")));
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Catalog;
    ///
    /// let mut catalog = Catalog::new();
    /// assert!(catalog.add("nl", "site.ftl", "next = Volgende\n").is_ok());
    /// let problems = catalog.add("nl", "more.ftl", "next = Verder\n").unwrap_err();
    /// assert_eq!(problems[0], "more.ftl: message `next` is defined twice");
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "next = Volgende\n").unwrap();
    /// catalog.add("en", "site.ftl", "next = Continue\n").unwrap();
    /// assert_eq!(catalog.locales(), [Locale::new("nl"), Locale::new("en")]);
    /// ```
    pub fn locales(&self) -> Vec<Locale> {
        self.bundles.iter().map(|b| b.locale.clone()).collect()
    }

    /// Every message id of a locale.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "next = Volgende\nback = Vorige\n").unwrap();
    /// let ids: Vec<String> = catalog.ids(&Locale::new("nl")).into_iter().collect();
    /// assert_eq!(ids, ["back", "next"]);
    /// ```
    pub fn ids(&self, locale: &Locale) -> BTreeSet<String> {
        self.find(locale).map(|b| b.ids.clone()).unwrap_or_default()
    }

    fn find(&self, locale: &Locale) -> Option<&LocaleBundle> {
        let locale = self.pseudo_base(locale).unwrap_or(locale);
        self.bundles.iter().find(|b| &b.locale == locale)
    }

    /// Whether a locale has a message.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "next = Volgende\n").unwrap();
    /// assert!(catalog.has(&Locale::new("nl"), "next"));
    /// assert!(!catalog.has(&Locale::new("nl"), "back"));
    /// ```
    pub fn has(&self, locale: &Locale, key: &str) -> bool {
        self.find(locale).is_some_and(|b| b.bundle.has_message(key))
    }

    /// A message without arguments; the key itself when it is missing (a test catches that).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "next = Volgende\n").unwrap();
    /// assert_eq!(catalog.text(&Locale::new("nl"), "next"), "Volgende");
    /// assert_eq!(catalog.text(&Locale::new("nl"), "missing"), "missing");
    /// ```
    pub fn text(&self, locale: &Locale, key: &str) -> String {
        self.format(locale, key, &[])
    }

    /// A message with arguments; the key itself when it is missing.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "call = Bel { $phone }\n").unwrap();
    /// let text = catalog.format(&Locale::new("nl"), "call", &[("phone", "14053".into())]);
    /// assert_eq!(text, "Bel 14053");
    /// ```
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
}
