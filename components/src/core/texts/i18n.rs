//! Texts: a catalog per locale and lookup with arguments. Nothing visible is written in Rust;
//! every string a resident sees is a Fluent message in `locales/<lang>/*.ftl`, compiled when
//! the site is built ([`super::compiled`]) or, with the feature `runtime-texts`, read at run time
//! with Fluent's own parser.

use std::collections::BTreeSet;
use std::sync::OnceLock;

#[cfg(feature = "runtime-texts")]
use fluent::concurrent::FluentBundle;
#[cfg(feature = "runtime-texts")]
use fluent::{FluentArgs, FluentResource, FluentValue};
#[cfg(feature = "runtime-texts")]
use fluent_syntax::ast::Entry;
use serde::{Deserialize, Serialize};
#[cfg(feature = "runtime-texts")]
use unic_langid::LanguageIdentifier;

use super::compiled::{self, CompiledTexts};

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
/// use loket::core::texts::i18n::Arg;
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
    /// Texts compiled when the site was built (see [`Catalog::add_compiled`]).
    compiled: Vec<CompiledTexts>,
    /// Compiled texts that arrive after the catalog is made (see [`Catalog::offer`]).
    arrived: OnceLock<CompiledTexts>,
    /// The locale's own name, when its texts arrive later (see [`Catalog::offer`]).
    name: Option<String>,
    /// The parsed texts: made when first needed from `deferred` (see [`Catalog::add_deferred`]).
    #[cfg(feature = "runtime-texts")]
    bundle: OnceLock<FluentBundle<FluentResource>>,
    /// Texts added to be parsed only when this locale is first shown.
    #[cfg(feature = "runtime-texts")]
    deferred: Vec<&'static str>,
    /// The ids of the texts read at run time.
    ids: BTreeSet<String>,
}

impl LocaleBundle {
    fn new(locale: &str) -> Self {
        Self {
            locale: Locale::new(locale),
            compiled: Vec::new(),
            arrived: OnceLock::new(),
            name: None,
            #[cfg(feature = "runtime-texts")]
            bundle: OnceLock::new(),
            #[cfg(feature = "runtime-texts")]
            deferred: Vec::new(),
            ids: BTreeSet::new(),
        }
    }

    /// Every compiled text of this locale: built in, and arrived later.
    fn all_compiled(&self) -> impl Iterator<Item = &CompiledTexts> {
        self.compiled.iter().chain(self.arrived.get())
    }

    /// A compiled message's value.
    fn compiled(&self, id: &str) -> Option<&'static str> {
        self.all_compiled().find_map(|texts| texts.value(id))
    }

    /// A compiled message's value, found without indexing a locale not yet shown.
    fn look_up(&self, id: &str) -> Option<&'static str> {
        self.all_compiled().find_map(|texts| texts.look_up(id))
    }

    /// Whether this locale's texts are here: it was not offered with texts to come, or they
    /// came.
    fn has_texts(&self) -> bool {
        self.name.is_none() || self.arrived.get().is_some()
    }

    /// Whether the locale has a message, compiled or read at run time.
    fn has(&self, id: &str) -> bool {
        self.ids.contains(id) || self.look_up(id).is_some()
    }
}

#[cfg(feature = "runtime-texts")]
impl LocaleBundle {
    /// The parsed texts, parsing the deferred ones now if they were not yet.
    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let mut bundle = empty_bundle(self.locale.tag());
            for source in &self.deferred {
                let resource =
                    FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
                // Problems were the test suite's to find; what parses is shown.
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    }

    /// The parsed texts, to add to.
    fn bundle_mut(&mut self) -> &mut FluentBundle<FluentResource> {
        self.bundle();
        self.bundle.get_mut().expect("made just now")
    }
}

#[cfg(feature = "runtime-texts")]
fn empty_bundle(tag: &str) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    bundle.set_use_isolating(false);
    bundle
}

/// The ids of the messages in a Fluent source, found without parsing it: a message starts a
/// line with its id and `=`; everything else (comments, terms, indented lines) does not.
#[cfg(feature = "runtime-texts")]
fn message_ids(source: &str) -> impl Iterator<Item = &str> {
    source.lines().filter_map(|line| {
        let id_end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(line.len());
        let id = &line[..id_end];
        let starts_well = id.starts_with(|c: char| c.is_ascii_alphabetic());
        (starts_well && line[id_end..].trim_start().starts_with('=')).then_some(id)
    })
}

/// The value of a one-line message in a Fluent source, found without parsing it.
#[cfg(feature = "runtime-texts")]
fn one_line_value<'a>(source: &'a str, id: &str) -> Option<&'a str> {
    source.lines().find_map(|line| {
        let rest = line.strip_prefix(id)?.trim_start().strip_prefix('=')?;
        Some(rest.trim()).filter(|v| !v.is_empty() && !v.contains('{'))
    })
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
/// use loket::core::texts::i18n::PSEUDO_TAG;
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
/// use loket::core::texts::i18n::pseudo;
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

    /// Reads a locale's texts now instead of when the first of them is shown, so a page can
    /// do that work before it starts to render (the texts of other locales stay unread).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add_deferred("nl", "next = Volgende\n");
    /// catalog.prepare(&Locale::new("nl"));
    /// assert_eq!(catalog.text(&Locale::new("nl"), "next"), "Volgende");
    /// ```
    pub fn prepare(&self, locale: &Locale) {
        if let Some(entry) = self.find(locale) {
            entry.all_compiled().for_each(CompiledTexts::prepare);
            #[cfg(feature = "runtime-texts")]
            entry.bundle();
        }
    }

    /// Adds a locale's texts as the site's build compiled them (see
    /// [`compile`](crate::core::texts::compile::compile)): nothing is parsed in the browser, and
    /// a locale's index is made when it is first shown.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::texts::compile::compile;
    /// use loket::{Catalog, Locale};
    ///
    /// let files = [("site.ftl", "loket-language-name = Nederlands\nhi = Hoi { $name }\n")];
    /// let compiled: &'static str = compile(&files).unwrap().leak();
    /// let mut catalog = Catalog::new();
    /// catalog.add_compiled("nl", compiled);
    /// let nl = Locale::new("nl");
    /// assert_eq!(catalog.format(&nl, "hi", &[("name", "Anna".into())]), "Hoi Anna");
    /// assert_eq!(catalog.own_name(&nl), "Nederlands");
    /// assert!(catalog.has(&nl, "hi") && !catalog.has(&nl, "bye"));
    /// ```
    pub fn add_compiled(&mut self, locale: &str, texts: &'static str) {
        self.entry_mut(locale)
            .compiled
            .push(CompiledTexts::new(texts));
    }

    /// Offers a locale whose compiled texts arrive later, with [`Catalog::arrive`]: a page
    /// then carries only the texts of the language it shows, and fetches another language's
    /// when the resident switches to it. The language switch lists the locale by `own_name`
    /// meanwhile (see [`Catalog::own_name`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.offer("en", "English");
    /// let en = Locale::new("en");
    /// assert!(catalog.offers(&en) && !catalog.has_texts(&en));
    /// assert_eq!(catalog.own_name(&en), "English");
    /// assert!(catalog.arrive("en", "loket-next\u{1f}Continue\u{1e}".into()));
    /// assert!(catalog.has_texts(&en));
    /// assert_eq!(catalog.text(&en, "loket-next"), "Continue");
    /// ```
    pub fn offer(&mut self, locale: &str, own_name: &str) {
        self.entry_mut(locale).name = Some(own_name.to_string());
    }

    /// Gives an offered locale (see [`Catalog::offer`]) its compiled texts. It works on a
    /// catalog already shared by the forms on a page; false when the locale was not offered or
    /// its texts are already here (the first ones stay).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.offer("de", "Deutsch");
    /// assert!(!catalog.arrive("fr", "loket-next\u{1f}Suivant\u{1e}".into()), "not offered");
    /// assert!(catalog.arrive("de", "loket-next\u{1f}Weiter\u{1e}".into()));
    /// assert!(!catalog.arrive("de", "loket-next\u{1f}Nochmal\u{1e}".into()), "already here");
    /// assert_eq!(catalog.text(&Locale::new("de"), "loket-next"), "Weiter");
    /// ```
    pub fn arrive(&self, locale: &str, texts: String) -> bool {
        let awaited = self
            .bundles
            .iter()
            .find(|b| b.locale.tag() == locale && b.name.is_some() && b.arrived.get().is_none());
        // Kept for as long as the page is open and read in place, as the texts built into a
        // module are; only texts that are taken.
        awaited.is_some_and(|b| {
            let texts: &'static str = Box::leak(texts.into_boxed_str());
            b.arrived.set(CompiledTexts::new(texts)).is_ok()
        })
    }

    /// Whether a locale's texts are here, so it can be shown now: true for every locale but an
    /// offered one whose texts have not arrived (see [`Catalog::offer`]). The pseudo-locale
    /// needs its base's texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add_compiled("nl", "loket-next\u{1f}Volgende\u{1e}");
    /// catalog.offer("en", "English");
    /// catalog.add_pseudo("en-XA", "en");
    /// assert!(catalog.has_texts(&Locale::new("nl")));
    /// assert!(!catalog.has_texts(&Locale::new("en-XA")));
    /// assert!(!catalog.has_texts(&Locale::new("fr")), "not in the catalog");
    /// ```
    pub fn has_texts(&self, locale: &Locale) -> bool {
        self.find(locale).is_some_and(LocaleBundle::has_texts)
    }

    /// The locale whose texts `locale` shows: itself, or the pseudo-locale's base.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.offer("en", "English");
    /// catalog.add_pseudo("en-XA", "en");
    /// assert_eq!(catalog.texts_of(&Locale::new("en-XA")).tag(), "en");
    /// assert_eq!(catalog.texts_of(&Locale::new("nl")).tag(), "nl");
    /// ```
    pub fn texts_of(&self, locale: &Locale) -> Locale {
        self.pseudo_base(locale).unwrap_or(locale).clone()
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
    #[cfg(feature = "runtime-texts")]
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
        let entry = self.entry_mut(locale);
        for id in ids {
            if entry.compiled(&id).is_some() || !entry.ids.insert(id.clone()) {
                problems.push(format!("{file}: message `{id}` is defined twice"));
            }
        }
        if let Err(errors) = entry.bundle_mut().add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{file}: {e}")));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Adds one `.ftl` file's text to a locale, to be parsed only when that locale is first
    /// shown: a page in one language does not spend time or memory on the others. Problems
    /// are not reported (check the files with [`Catalog::add`] in a test); what parses is
    /// shown. [`Catalog::has`], [`Catalog::ids`] and [`Catalog::own_name`] need no parsing.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add_deferred("nl", "loket-language-name = Nederlands\nhi = Hoi { $name }\n");
    /// catalog.add_deferred("en", "loket-language-name = English\nhi = Hi { $name }\n");
    /// let en = Locale::new("en");
    /// assert!(catalog.has(&en, "hi")); // not parsed yet
    /// assert_eq!(catalog.format(&en, "hi", &[("name", "Sam".into())]), "Hi Sam"); // parsed now
    /// ```
    #[cfg(feature = "runtime-texts")]
    pub fn add_deferred(&mut self, locale: &str, source: &'static str) {
        let entry = self.entry_mut(locale);
        entry.ids.extend(message_ids(source).map(str::to_string));
        match entry.bundle.get_mut() {
            // Already shown: parse now.
            Some(bundle) => {
                if let Ok(resource) = FluentResource::try_new(source.to_string()) {
                    let _ = bundle.add_resource(resource);
                }
            }
            None => entry.deferred.push(source),
        }
    }

    fn entry_mut(&mut self, locale: &str) -> &mut LocaleBundle {
        let index = match self.bundles.iter().position(|b| b.locale.tag() == locale) {
            Some(i) => i,
            None => {
                self.bundles.push(LocaleBundle::new(locale));
                self.bundles.len() - 1
            }
        };
        &mut self.bundles[index]
    }

    /// A language's name in that language (`loket-language-name`: "Nederlands", "English"),
    /// for the language switch; read without parsing that language's other texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Catalog, Locale};
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add_deferred("de", "loket-language-name = Deutsch\n");
    /// assert_eq!(catalog.own_name(&Locale::new("de")), "Deutsch");
    /// ```
    pub fn own_name(&self, locale: &Locale) -> String {
        const KEY: &str = "loket-language-name";
        if let Some(name) = self.find(locale).and_then(|entry| entry.name.as_ref()) {
            return name.clone();
        }
        #[cfg(feature = "runtime-texts")]
        if let Some(entry) = self.find(locale)
            && entry.bundle.get().is_none()
            && entry.look_up(KEY).is_none()
        {
            let mut deferred = entry.deferred.iter();
            if let Some(name) = deferred.find_map(|source| one_line_value(source, KEY)) {
                return name.to_string();
            }
        }
        self.text(locale, KEY)
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

    /// The locale to show for a language tag from a page or an attribute (`en-GB`, `NL`,
    /// `de-AT`): the same locale, else the same language, else the first locale added (or
    /// `nl` in an empty catalog). The pseudo-locale is only chosen by its exact tag.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Catalog;
    ///
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "t.ftl", "hi = Hoi\n").unwrap();
    /// catalog.add("en", "t.ftl", "hi = Hi\n").unwrap();
    /// assert_eq!(catalog.closest("en-GB").tag(), "en");
    /// assert_eq!(catalog.closest("fr").tag(), "nl");
    /// ```
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
        let Some(entry) = self.find(locale) else {
            return BTreeSet::new();
        };
        let compiled = entry.all_compiled().flat_map(CompiledTexts::ids);
        let mut ids = entry.ids.clone();
        ids.extend(compiled.map(str::to_string));
        ids
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
        self.find(locale).is_some_and(|b| b.has(key))
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
        let text = match entry.compiled(key) {
            Some(value) => {
                let message = |id: &str| entry.compiled(id);
                compiled::format(entry.locale.tag(), value, args, &message)
            }
            None => Self::format_read(entry, key, args),
        };
        match self.pseudo_base(locale) {
            Some(_) => pseudo(&text),
            None => text,
        }
    }

    /// A message read at run time, with arguments; the key itself when it is missing.
    #[cfg(not(feature = "runtime-texts"))]
    fn format_read(_entry: &LocaleBundle, key: &str, _args: &[(&str, Arg)]) -> String {
        key.to_string()
    }

    /// A message read at run time, with arguments; the key itself when it is missing.
    #[cfg(feature = "runtime-texts")]
    fn format_read(entry: &LocaleBundle, key: &str, args: &[(&str, Arg)]) -> String {
        let bundle = entry.bundle();
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
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
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_reads_only_the_locale_it_is_given() {
        let mut catalog = Catalog::new();
        catalog.add_deferred("nl", "next = Volgende\n");
        catalog.add_deferred("en", "next = Continue\n");
        catalog.add_pseudo(PSEUDO_TAG, "en");
        let read = |catalog: &Catalog, tag: &str| {
            catalog
                .bundles
                .iter()
                .any(|b| b.locale.tag() == tag && b.bundle.get().is_some())
        };
        catalog.prepare(&Locale::new(PSEUDO_TAG));
        assert!(read(&catalog, "en"), "the pseudo-locale reads its base");
        assert!(!read(&catalog, "nl"));
        catalog.prepare(&Locale::new("nl"));
        assert!(read(&catalog, "nl"));
    }

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

    const NL: &str = "# Comment = not a message\nloket-language-name = Nederlands\n-term = Loket\nhi = Hallo { $name }\nlong =\n    Eerste regel\n    tweede = geen id\n";
    const EN: &str = "loket-language-name = English\nhi = Hello { $name }\nlong = One line\n";

    #[test]
    fn deferred_texts_are_parsed_only_when_their_language_is_shown() {
        let mut catalog = Catalog::new();
        catalog.add_deferred("nl", NL);
        catalog.add_deferred("en", EN);
        let (nl, en) = (Locale::new("nl"), Locale::new("en"));
        let parsed = |c: &Catalog, l: &Locale| c.find(l).is_some_and(|b| b.bundle.get().is_some());
        // Which messages exist, and each language's own name, need no parsing.
        assert!(catalog.has(&en, "long") && !catalog.has(&en, "tweede"));
        let ids: Vec<String> = catalog.ids(&nl).into_iter().collect();
        assert_eq!(ids, ["hi", "loket-language-name", "long"]);
        assert_eq!(catalog.own_name(&en), "English");
        assert_eq!(catalog.own_name(&nl), "Nederlands");
        assert!(!parsed(&catalog, &nl) && !parsed(&catalog, &en));
        // Showing Dutch parses Dutch only.
        assert_eq!(
            catalog.format(&nl, "hi", &[("name", "Anna".into())]),
            "Hallo Anna"
        );
        assert_eq!(catalog.text(&nl, "long"), "Eerste regel\ntweede = geen id");
        assert!(parsed(&catalog, &nl) && !parsed(&catalog, &en));
        // Texts added after a language was shown are parsed at once.
        catalog.add_deferred("nl", "later = Later\n");
        assert_eq!(catalog.text(&nl, "later"), "Later");
        // A checked file can still be added to a deferred language.
        catalog.add("en", "extra.ftl", "extra = Extra\n").unwrap();
        assert_eq!(catalog.text(&en, "extra"), "Extra");
    }

    #[test]
    fn the_pseudo_locale_works_on_deferred_texts() {
        let mut catalog = Catalog::new();
        catalog.add_deferred("en", EN);
        catalog.add_pseudo(PSEUDO_TAG, "en");
        let shown = catalog.text(&Locale::new(PSEUDO_TAG), "long");
        assert!(shown.starts_with("[Öñé líñé"), "{shown}");
        assert_eq!(catalog.own_name(&Locale::new("fr")), "loket-language-name");
    }
}
