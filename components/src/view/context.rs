//! Shared state handed down through Leptos context: the kit (texts, profile, language) and the
//! state of the form being filled in.

use std::sync::Arc;

use leptos::prelude::*;

use super::browser::Host;
use crate::core::i18n::{Arg, Catalog, Locale};
use crate::core::{
    Answers, CalendarDate, FieldError, FormEvent, FormSpec, FormState, HelpMemory, Position,
    Profile, SendingKeys, StuckDetector, StuckReason, StuckSettings,
};

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
}

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
        }
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
    pub fn text(
        &self,
        key: impl Into<String>,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
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
    pub fn form_text(
        &self,
        key: impl Into<String>,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
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
        crate::core::messages::error_text(&self.catalog, &self.locale.get(), spec, error)
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
        let phone = match self.profile.phone() {
            "" => self.t(&self.profile.phone_missing_key()),
            number => number.to_string(),
        };
        let mut args: Vec<(&str, Arg)> = vec![("phone", phone.into())];
        for (name, value) in &self.profile.settings {
            let arg = match value {
                serde_json::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                other => Arg::Text(
                    other
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| other.to_string()),
                ),
            };
            args.push((name.as_str(), arg));
        }
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

/// A help page shown in place of the current step; closing it returns to the step.
///
/// # Examples
///
/// ```
/// use loket::view::HelpView;
///
/// assert_eq!(HelpView::Callback.title_key(), "loket-callback-title");
/// assert_ne!(HelpView::HandOff, HelpView::Callback);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpView {
    /// "Take my answers with me": summary, code, QR code, download.
    HandOff,
    /// "Call me back".
    Callback,
}

impl HelpView {
    /// The key of the page's title.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::view::HelpView;
    ///
    /// assert_eq!(HelpView::HandOff.title_key(), "loket-handoff-title");
    /// ```
    pub fn title_key(self) -> &'static str {
        match self {
            HelpView::HandOff => "loket-handoff-title",
            HelpView::Callback => "loket-callback-title",
        }
    }
}

/// The state of one form being filled in, shared by its step components.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{FormCtx, Kit, StepPage};
/// use loket::{CalendarDate, FormState, Locale};
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = loket::Profile::from_json(json).unwrap();
/// # let mut catalog = loket::Catalog::new();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// # catalog.add("nl", "loket.ftl", texts).unwrap();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// # catalog.add("nl", "klacht.ftl", texts).unwrap();
/// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// # let spec = loket::FormSpec::from_json(json).unwrap();
/// let spec = Arc::new(spec);
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), kit.profile.stuck, today);
/// // Step components find the kit and the form state in context.
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     view! { <StepPage index=0/> }
/// });
/// ```
#[derive(Clone)]
pub struct FormCtx {
    /// The form.
    pub spec: Arc<FormSpec>,
    /// The answers so far. Text still being typed may not be in them yet: an action commits it
    /// first ([`FormCtx::commit_typing`]); [`FormCtx::draft`] has it at once.
    pub answers: RwSignal<Answers>,
    /// Where the resident is.
    pub position: RwSignal<Position>,
    /// The errors shown on the current step.
    pub errors: RwSignal<Vec<FieldError>>,
    /// True after a change link: "next" returns to the check page.
    pub returning: RwSignal<bool>,
    /// The steps that existed when the change link was used.
    pub steps_before_change: RwSignal<Vec<usize>>,
    /// The reference and idempotency key once the resident first pressed send, so a retry
    /// sends the same ones (kept in the draft).
    pub sending: RwSignal<Option<SendingKeys>>,
    /// Until when the resident asked to keep the answers on this device; `None`: this tab only.
    pub keep_until: RwSignal<Option<u64>>,
    /// True right after "Clear my answers", so the first step can say it happened.
    pub wiped: RwSignal<bool>,
    /// Today, from the device clock.
    pub today: CalendarDate,
    /// Ticks when the resident finishes an answer (leaves a field, picks an option) or presses
    /// "next": advice is shown then, not at every keystroke.
    pub settled: RwSignal<u32>,
    /// The help page open in place of the step, if any.
    pub help: RwSignal<Option<HelpView>>,
    /// Notices when the resident seems stuck.
    pub stuck: StoredValue<StuckDetector>,
    /// The offer of help showing now, and why.
    pub offer: RwSignal<Option<StuckReason>>,
    /// Where help was offered and whether it was declined (kept in the draft).
    pub help_memory: RwSignal<HelpMemory>,
    /// Where the form is shown (see [`Host`]).
    pub host: Host,
    /// Text typed but not yet in `answers`: per question, the latest (see
    /// [`FormCtx::type_text`]).
    typing: StoredValue<Vec<(String, String)>>,
}

impl FormCtx {
    /// The state of `spec` continuing from `state`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormSpec, FormState, Position, StuckSettings};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = Arc::new(FormSpec::from_json(json).unwrap());
    /// let mut state = FormState::new(&spec);
    /// state.position = Position::Step { index: 2 };
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec, state, StuckSettings::default(), today);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 2 });
    /// ```
    pub fn new(
        spec: Arc<FormSpec>,
        state: FormState,
        stuck: StuckSettings,
        today: CalendarDate,
    ) -> Self {
        let page = state.position.page_number(&spec).unwrap_or(0);
        Self {
            answers: RwSignal::new(state.answers),
            position: RwSignal::new(state.position),
            errors: RwSignal::new(Vec::new()),
            returning: RwSignal::new(state.returning_to_check),
            steps_before_change: RwSignal::new(state.steps_before_change),
            sending: RwSignal::new(state.sending),
            keep_until: RwSignal::new(state.keep_until),
            wiped: RwSignal::new(false),
            today,
            settled: RwSignal::new(0),
            help: RwSignal::new(None),
            stuck: StoredValue::new(StuckDetector::new(stuck, state.help.clone(), page)),
            offer: RwSignal::new(None),
            help_memory: RwSignal::new(state.help),
            host: Host::Page,
            typing: StoredValue::new(Vec::new()),
            spec,
        }
    }

    /// The same form state for a form shown in `host`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::{FormCtx, Host};
    /// use loket::{CalendarDate, FormSpec, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = Arc::new(FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 23).unwrap();
    /// let state = FormState::new(&spec);
    /// let ctx = FormCtx::new(spec, state, StuckSettings::default(), today).shown_in(Host::Embedded(0));
    /// assert!(ctx.host.is_embedded());
    /// ```
    pub fn shown_in(mut self, host: Host) -> Self {
        self.host = host;
        self
    }

    /// Everything a draft keeps, now, with text still being typed (reactive, except for that
    /// text).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// let draft = ctx.draft();
    /// assert_eq!(draft.answers.text("soort"), "behandeling");
    /// assert_eq!(FormState::from_draft(&spec, &draft.to_draft()), Some(draft));
    /// ```
    pub fn draft(&self) -> FormState {
        let mut answers = self.answers.get();
        self.typing
            .try_with_value(|typing| put_typing(&mut answers, typing.iter().cloned()));
        FormState {
            answers,
            ..self.draft_but_answers()
        }
    }

    /// Text the resident typed into `question`. It goes into [`FormCtx::answers`] when the
    /// browser is next idle (after it has shown the letter), or sooner when the resident
    /// leaves the field or acts (next, back, a change link, help): so what depends on the
    /// answers (which questions show, "Step 2 of 5", the draft) costs a keystroke nothing. The
    /// draft ([`FormCtx::draft`]) has it at once.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // Waits for the browser to be idle, so it needs a page.
    /// ctx.type_text("omschrijving", "De stoep".into());
    /// assert_eq!(ctx.draft().answers.text("omschrijving"), "De stoep");
    /// assert_eq!(ctx.text_now("omschrijving"), "De stoep");
    /// ctx.commit_typing();
    /// assert_eq!(ctx.answers.get_untracked().text("omschrijving"), "De stoep");
    /// ```
    pub fn type_text(&self, question: &str, text: String) {
        let first = self.typing.try_update_value(|typing| {
            let first = typing.is_empty();
            match typing.iter_mut().find(|(q, _)| q == question) {
                Some((_, kept)) => *kept = text,
                None => typing.push((question.to_string(), text)),
            }
            first
        });
        if first == Some(true) {
            let ctx = self.clone();
            super::browser::when_idle(move || ctx.commit_typing());
        }
    }

    /// Puts the text typed so far (see [`FormCtx::type_text`]) into the answers now.
    pub fn commit_typing(&self) {
        let typed = self
            .typing
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if !typed.is_empty() {
            self.answers
                .try_update(|answers| put_typing(answers, typed.into_iter()));
        }
    }

    /// Whether typed text is waiting to go into the answers (see [`FormCtx::type_text`]).
    pub fn is_typing(&self) -> bool {
        self.typing
            .try_with_value(|typing| !typing.is_empty())
            .unwrap_or(false)
    }

    /// The text of `question` as the resident last left it: typed, or else answered.
    pub fn text_now(&self, question: &str) -> String {
        self.typing
            .try_with_value(|typing| {
                typing
                    .iter()
                    .find(|(q, _)| q == question)
                    .map(|(_, text)| text.clone())
            })
            .flatten()
            .unwrap_or_else(|| {
                self.answers
                    .with_untracked(|a| a.text(question).to_string())
            })
    }

    /// The draft with no answers: everything else the resident did (where they are, help,
    /// keeping, sending). An effect that reads it runs again on every change but the answers.
    pub(crate) fn draft_but_answers(&self) -> FormState {
        FormState {
            form: self.spec.id.clone(),
            version: self.spec.version,
            answers: Answers::default(),
            position: self.position.get(),
            returning_to_check: self.returning.get(),
            steps_before_change: self.steps_before_change.get(),
            help: self.help_memory.get(),
            keep_until: self.keep_until.get(),
            sending: self.sending.get(),
        }
    }

    /// "Clear my answers": everything back to a fresh start on the first step.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// // "Clear my answers": moves focus, so it needs a page.
    /// ctx.wipe();
    /// assert_eq!(ctx.answers.get_untracked().iter().count(), 0);
    /// assert!(ctx.wiped.get_untracked());
    /// ```
    pub fn wipe(&self) {
        let fresh = crate::core::draft::wiped(&self.spec);
        let page = fresh.position.page_number(&self.spec).unwrap_or(0);
        self.typing.set_value(Vec::new());
        self.answers.set(fresh.answers);
        self.returning.set(false);
        self.steps_before_change.set(Vec::new());
        self.sending.set(None);
        self.keep_until.set(None);
        self.help.set(None);
        self.stuck.update_value(|d| {
            *d = StuckDetector::new(d.settings(), HelpMemory::default(), page);
        });
        self.offer.set(None);
        self.help_memory.set(HelpMemory::default());
        self.errors.set(Vec::new());
        self.wiped.set(true);
        self.position.set(fresh.position);
        self.host.focus_soon(crate::core::ids::STEP_HEADING);
        self.host.scroll_to_top();
    }

    /// Tells the stuck detector what happened; shows or hides the offer as it says.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormEvent, FormState, StuckReason, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// for _ in 0..3 {
    ///     ctx.feed(FormEvent::Failed { page: 0, questions: vec!["soort".into()] });
    /// }
    /// assert_eq!(ctx.offer.get_untracked(), Some(StuckReason::RepeatedErrors));
    /// assert_eq!(ctx.help_memory.get_untracked().offered, [0]);
    /// ```
    pub fn feed(&self, event: FormEvent) {
        let mut fired = false;
        self.stuck
            .update_value(|d| fired = d.record(event).is_some());
        self.sync_offer(fired);
    }

    /// Opens a help page in place of the step and moves focus to its heading.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::{FormCtx, HelpView};
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // "Take my answers with me" in place of the step; moves focus, so it needs a page.
    /// ctx.open_help(HelpView::HandOff);
    /// assert_eq!(ctx.help.get_untracked(), Some(HelpView::HandOff));
    /// ```
    pub fn open_help(&self, view: HelpView) {
        self.commit_typing();
        self.help.set(Some(view));
        self.host.focus_soon(crate::core::ids::STEP_HEADING);
        self.host.scroll_to_top();
    }

    /// Closes the help page: back to the step, focus on its heading.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::{FormCtx, HelpView};
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.open_help(HelpView::Callback);
    /// ctx.close_help();
    /// assert_eq!(ctx.help.get_untracked(), None);
    /// ```
    pub fn close_help(&self) {
        self.help.set(None);
        self.host.focus_soon(crate::core::ids::STEP_HEADING);
        self.host.scroll_to_top();
    }

    /// "No, thank you" on the offer: no more offers on this form.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormEvent, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// for _ in 0..3 {
    ///     ctx.feed(FormEvent::Failed { page: 0, questions: vec!["soort".into()] });
    /// }
    /// assert!(ctx.offer.get_untracked().is_some());
    /// ctx.dismiss_offer();
    /// assert_eq!(ctx.offer.get_untracked(), None);
    /// assert!(ctx.help_memory.get_untracked().dismissed);
    /// ```
    pub fn dismiss_offer(&self) {
        self.stuck.update_value(StuckDetector::dismiss);
        self.sync_offer(true);
    }

    fn sync_offer(&self, remember: bool) {
        let (showing, memory) = self.stuck.with_value(|d| (d.showing(), d.memory().clone()));
        if self.offer.get_untracked() != showing {
            self.offer.set(showing);
        }
        if remember {
            self.help_memory.set(memory);
        }
    }
}

/// Puts typed text (question, text) into the answers.
fn put_typing(answers: &mut Answers, typed: impl Iterator<Item = (String, String)>) {
    for (question, text) in typed {
        answers.set_text(&question, text);
    }
}

impl FormCtx {
    /// The form's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// assert_eq!(ctx.form(), "klacht");
    /// ```
    pub fn form(&self) -> &str {
        &self.spec.id
    }

    /// Whether a question shows an error, as a reactive closure for a view.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FieldError, FormState, Rule, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// let has_error = ctx.has_error("naam");
    /// assert!(!has_error());
    /// ctx.errors.set(vec![FieldError { question: "naam".into(), rule: Rule::Required }]);
    /// assert!(has_error());
    /// // In a view: view! { <div class:loket-field--error=ctx.has_error("naam")>...</div> }
    /// ```
    pub fn has_error(&self, question: &str) -> impl Fn() -> bool + Clone + Send + Sync + 'static {
        let (ctx, question) = (self.clone(), question.to_string());
        move || ctx.error_for(&question).is_some()
    }

    /// `aria-invalid="true"` while a question shows an error, as a reactive closure.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FieldError, FormState, Rule, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// let invalid = ctx.invalid("email");
    /// assert_eq!(invalid(), None);
    /// ctx.errors.set(vec![FieldError { question: "email".into(), rule: Rule::Email }]);
    /// assert_eq!(invalid(), Some("true"));
    /// // In a view: view! { <input id="klacht-email" aria-invalid=ctx.invalid("email")/> }
    /// ```
    pub fn invalid(
        &self,
        question: &str,
    ) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static {
        let has_error = self.has_error(question);
        move || has_error().then_some("true")
    }

    /// The error shown for a question, if any (reactive).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FieldError, FormState, Rule, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// let error = FieldError { question: "email".into(), rule: Rule::Email };
    /// ctx.errors.set(vec![error.clone()]);
    /// assert_eq!(ctx.error_for("email"), Some(error));
    /// assert_eq!(ctx.error_for("naam"), None);
    /// ```
    pub fn error_for(&self, question: &str) -> Option<FieldError> {
        self.errors
            .with(|errors| errors.iter().find(|e| e.question == question).cloned())
    }
}

/// The form state provided by [`crate::view::GuidedForm`].
pub fn use_form() -> FormCtx {
    use_context::<FormCtx>().expect("a question component needs a GuidedForm around it")
}

impl FormCtx {
    /// Goes to a new place and moves focus to its heading.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // Moves focus to the new page's heading, so it needs a page.
    /// ctx.go(Position::Check);
    /// assert_eq!(ctx.position.get_untracked(), Position::Check);
    /// ```
    pub fn go(&self, position: Position) {
        self.commit_typing();
        let from = self.position.get_untracked().page_number(&self.spec);
        if let (Some(from), Some(to)) = (from, position.page_number(&self.spec)) {
            self.feed(FormEvent::Moved { from, to });
        }
        self.errors.set(Vec::new());
        self.wiped.set(false);
        self.position.set(position);
        self.host.focus_soon(crate::core::ids::STEP_HEADING);
        self.host.scroll_to_top();
    }

    /// Shows errors on the current step and moves focus to the error summary.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FieldError, FormState, Rule, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // Moves focus to the error summary, so it needs a page.
    /// ctx.show_errors(vec![FieldError { question: "soort".into(), rule: Rule::Required }]);
    /// assert!(ctx.error_for("soort").is_some());
    /// ```
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        if let Some(page) = self.position.get_untracked().page_number(&self.spec) {
            let questions = errors.iter().map(|e| e.question.clone()).collect();
            self.feed(FormEvent::Failed { page, questions });
        }
        self.errors.set(errors);
        self.host.focus_soon(crate::core::ids::ERROR_SUMMARY);
    }

    /// Remembers which steps exist now, before a change from the check page.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.remember_steps();
    /// assert_eq!(ctx.steps_before_change.get_untracked(), [0, 1, 2, 3, 4]);
    /// ```
    pub fn remember_steps(&self) {
        self.commit_typing();
        let steps = self.answers.with_untracked(|a| a.visible_steps(&self.spec));
        self.steps_before_change.set(steps);
    }

    /// Marks the answers as finished for now (see `settled`), with what was typed last.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// let before = ctx.settled.get_untracked();
    /// // The resident left a field: notices may show now.
    /// ctx.settle();
    /// assert_eq!(ctx.settled.get_untracked(), before + 1);
    /// ```
    pub fn settle(&self) {
        self.commit_typing();
        self.settled.update(|n| *n = n.wrapping_add(1));
    }

    /// "Next" on a step: errors, an exit, the check page or the next step.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // "Next" without an answer shows the errors; with one, it moves on (focus moves: needs a page).
    /// ctx.next(0);
    /// assert!(ctx.error_for("soort").is_some());
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// ctx.next(0);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 1 });
    /// ```
    pub fn next(&self, from: usize) {
        self.settle();
        let before = self.steps_before_change.get_untracked();
        let returning = self.returning.get_untracked().then_some(before.as_slice());
        let outcome = self.answers.with_untracked(|a| {
            crate::core::flow::forward(&self.spec, a, from, returning, self.today)
        });
        match outcome {
            crate::core::flow::Forward::Fix(errors) => self.show_errors(errors),
            crate::core::flow::Forward::To(position) => {
                if position == Position::Check {
                    self.returning.set(false);
                }
                self.go(position);
            }
        }
    }

    /// "Back": the previous step; `false` when there is none (the caller leaves the form).
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.position.set(Position::Step { index: 2 });
    /// // Moves focus to the previous step's heading, so it needs a page.
    /// assert!(ctx.back());
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 1 });
    /// ```
    pub fn back(&self) -> bool {
        self.commit_typing();
        let here = self.position.get_untracked();
        match self
            .answers
            .with_untracked(|a| crate::core::flow::backward(&self.spec, a, &here))
        {
            Some(position) => {
                self.go(position);
                true
            }
            None => false,
        }
    }

    /// A change link on the check page: edit a step, then "next" returns to the check page.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.position.set(Position::Check);
    /// // A change link for the third step; moves focus, so it needs a page.
    /// ctx.change(2);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 2 });
    /// assert!(ctx.returning.get_untracked());
    /// ```
    pub fn change(&self, index: usize) {
        self.remember_steps();
        self.returning.set(true);
        self.go(Position::Step { index });
    }
}
