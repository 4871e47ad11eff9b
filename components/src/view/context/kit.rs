//! The kit: texts, municipality profile and the current language, one per page.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use super::super::browser::Host;
use crate::core::texts::i18n::{Arg, Catalog, Locale};
use crate::core::{FieldError, FormSpec, Profile};

/// Texts, municipality profile and the current language; one per page.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::Kit;
/// use loket::{Catalog, Locale, Profile};
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = Profile::from_json(json).unwrap();
/// let mut catalog = Catalog::new();
/// catalog.add("nl", "site.ftl", "loket-next = Volgende\n").unwrap();
/// catalog.add("en", "site.ftl", "loket-next = Continue\n").unwrap();
/// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
/// assert_eq!(kit.t("loket-next"), "Volgende");
/// kit.locale.set(Locale::new("en"));
/// assert_eq!(kit.t("loket-next"), "Continue");
/// ```
#[derive(Clone)]
pub struct Kit {
    /// All texts of all locales.
    pub catalog: Arc<Catalog>,
    /// The municipality.
    pub profile: Arc<Profile>,
    /// The language shown now.
    pub locale: RwSignal<Locale>,
    /// The form behind "Call me back" (the profile's `callback_form`), if the site has it.
    pub callback_form: Option<Arc<FormSpec>>,
    /// Where the form is shown: a page of its own, or embedded in another page.
    pub host: Host,
    /// Where the texts of a language the catalog offers but does not have yet come from (see
    /// [`Catalog::offer`]); the language switch fetches them before it switches.
    pub fetch_texts: Option<FetchTexts>,
}

/// Fetches the compiled texts of a locale (see [`Kit::with_texts_from`]); `Err` when they
/// could not be had (no network, a file that does not match its integrity).
pub type FetchTexts =
    Arc<dyn Fn(Locale) -> Pin<Box<dyn Future<Output = Result<String, ()>>>> + Send + Sync>;

impl Kit {
    /// A kit showing `locale` first.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let kit = Kit::new(Arc::new(Catalog::new()), Arc::new(profile), Locale::new("nl"));
    /// assert!(kit.callback_form.is_none());
    /// ```
    pub fn new(catalog: Arc<Catalog>, profile: Arc<Profile>, locale: Locale) -> Self {
        Self {
            catalog,
            profile,
            locale: RwSignal::new(locale),
            callback_form: None,
            host: Host::Page,
            fetch_texts: None,
        }
    }

    /// The same kit fetching a language's texts with `fetch` when the resident switches to a
    /// language whose texts are not on the page yet (see [`Catalog::offer`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let kit = Kit::new(Arc::new(Catalog::new()), Arc::new(profile), Locale::new("nl"))
    ///     .with_texts_from(Arc::new(|_locale| Box::pin(async { Err(()) })));
    /// assert!(kit.fetch_texts.is_some());
    /// ```
    pub fn with_texts_from(mut self, fetch: FetchTexts) -> Self {
        self.fetch_texts = Some(fetch);
        self
    }

    /// The same kit for a form embedded in another page (see [`Host`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::{Host, Kit};
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let kit = Kit::new(Arc::new(Catalog::new()), Arc::new(profile), Locale::new("nl"));
    /// assert_eq!(kit.host, Host::Page);
    /// let embedded = kit.embedded_in(Host::Embedded(0));
    /// assert!(embedded.host.is_embedded());
    /// ```
    pub fn embedded_in(mut self, host: Host) -> Self {
        self.host = host;
        self
    }

    /// The same kit offering "Call me back" with `form`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, FormSpec, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/terugbellen.json"));
    /// let callback = Arc::new(FormSpec::from_json(json).unwrap());
    /// let kit = Kit::new(Arc::new(Catalog::new()), Arc::new(profile), Locale::new("nl"))
    ///     .with_callback_form(Some(callback));
    /// assert_eq!(kit.callback_form.unwrap().id, "terugbellen");
    /// ```
    pub fn with_callback_form(mut self, form: Option<Arc<FormSpec>>) -> Self {
        self.callback_form = form;
        self
    }

    /// A text in the current language (reactive: re-runs when the language changes).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "loket-next = Volgende\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// assert_eq!(kit.t("loket-next"), "Volgende");
    /// ```
    pub fn t(&self, key: &str) -> String {
        self.catalog.text(&self.locale.get(), key)
    }

    /// A kit text as a reactive closure for a view: `{kit.text("loket-next")}`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "loket-next = Volgende\n").unwrap();
    /// catalog.add("en", "site.ftl", "loket-next = Continue\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// let next = kit.text("loket-next");
    /// assert_eq!(next(), "Volgende");
    /// kit.locale.set(Locale::new("en"));
    /// assert_eq!(next(), "Continue");
    /// // In a view: view! { <button>{kit.text("loket-next")}</button> }
    /// ```
    pub fn text<K: Into<String>>(
        &self,
        key: K,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static + use<K> {
        let (kit, key) = (self.clone(), key.into());
        move || kit.t(&key)
    }

    /// A form or profile text (see [`Kit::tp`]) as a reactive closure for a view.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "klacht.ftl", "klacht-bel = Bel { $phone }.\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// let call = kit.form_text("klacht-bel");
    /// assert_eq!(call(), "Bel 14053.");
    /// ```
    pub fn form_text<K: Into<String>>(
        &self,
        key: K,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static + use<K> {
        let (kit, key) = (self.clone(), key.into());
        move || kit.tp(&key)
    }

    /// The message of an error in the current language: names the field and says how to fix
    /// it (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, FieldError, FormSpec, Locale, Profile, Rule};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = FormSpec::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "loket-error-required-text = Vul { $name } in.\n").unwrap();
    /// catalog.add("nl", "klacht.ftl", "klacht-naam-name = uw naam\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// let error = FieldError { question: "naam".into(), rule: Rule::Required };
    /// assert_eq!(kit.error_text(&spec, &error), "Vul uw naam in.");
    /// ```
    pub fn error_text(&self, spec: &FormSpec, error: &FieldError) -> String {
        crate::core::texts::messages::error_text(&self.catalog, &self.locale.get(), spec, error)
    }

    /// A text with arguments in the current language (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("en", "site.ftl", "loket-progress = Step { $current } of { $total }\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("en"));
    /// let text = kit.tf("loket-progress", &[("current", 2usize.into()), ("total", 5usize.into())]);
    /// assert_eq!(text, "Step 2 of 5");
    /// ```
    pub fn tf(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.format(&self.locale.get(), key, args)
    }

    /// The title of a form's page, "`<page> – <form> – <municipality>`", with "Fout: " in front
    /// while errors show (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
    /// catalog.add("nl", "loket.ftl", texts).unwrap();
    /// catalog.add("nl", "site.ftl", "klacht-title = Klacht indienen\nenschede-name = Gemeente Enschede\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// let title = kit.form_page_title("Controleer".into(), "klacht", true);
    /// assert_eq!(title, "Fout: Controleer – Klacht indienen – Gemeente Enschede");
    /// ```
    pub fn form_page_title(&self, page: String, form: &str, errors: bool) -> String {
        let title = self.tf(
            "loket-page-title",
            &[
                ("page", page.into()),
                (
                    "form",
                    self.t(&crate::core::texts::messages::form_title(form))
                        .into(),
                ),
                ("municipality", self.t(&self.profile.name_key()).into()),
            ],
        );
        self.error_title(title, errors)
    }

    /// `title` with "Fout: " in front when `errors` (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "site.ftl", "loket-page-title-error = Fout: { $title }\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// assert_eq!(kit.error_title("Verder gaan".into(), true), "Fout: Verder gaan");
    /// assert_eq!(kit.error_title("Verder gaan".into(), false), "Verder gaan");
    /// ```
    pub fn error_title(&self, title: String, errors: bool) -> String {
        if errors {
            self.tf("loket-page-title-error", &[("title", title.into())])
        } else {
            title
        }
    }

    /// Whether the current language has a text (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// catalog.add("nl", "klacht.ftl", "klacht-email-hint = We sturen u een bevestiging.\n").unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// assert!(kit.has("klacht-email-hint"));
    /// assert!(!kit.has("klacht-naam-hint"));
    /// ```
    pub fn has(&self, key: &str) -> bool {
        self.catalog.has(&self.locale.get(), key)
    }

    /// A form or profile text, with the municipality's phone number as `$phone` (or where to
    /// find it, when the profile has none) and each
    /// profile setting as `$<name>` (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::Kit;
    /// use loket::{Catalog, Locale, Profile};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// # let profile = Profile::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// let source = "evenement-grens = Tot { $evenement-melding-max-bezoekers } bezoekers? Bel { $phone }.\n";
    /// catalog.add("nl", "evenement.ftl", source).unwrap();
    /// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
    /// assert_eq!(kit.tp("evenement-grens"), "Tot 250 bezoekers? Bel 14053.");
    /// ```
    pub fn tp(&self, key: &str) -> String {
        let owned = self.profile.text_args(|k| self.t(k));
        let args: Vec<(&str, Arg)> = owned.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
        self.tf(key, &args)
    }
}

/// The kit provided by an enclosing component.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{use_kit, Kit};
/// use loket::{Catalog, Locale, Profile};
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = Profile::from_json(json).unwrap();
/// let kit = Kit::new(Arc::new(Catalog::new()), Arc::new(profile), Locale::new("nl"));
/// let owner = Owner::new();
/// owner.with(|| {
///     provide_context(kit);
///     // Inside any component below:
///     let kit = use_kit();
///     assert_eq!(kit.profile.id, "enschede");
/// });
/// ```
pub fn use_kit() -> Kit {
    use_context::<Kit>().expect("a Loket component needs a Kit in context")
}
