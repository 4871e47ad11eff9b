//! Shared state handed down through Leptos context: the kit (texts, profile, language) and the
//! state of the form being filled in.

mod errors;
mod help_view;
mod kit;
mod moving;
mod typing;

use std::sync::Arc;

use leptos::prelude::*;

pub use help_view::HelpView;
pub use kit::{FetchTexts, Kit, use_kit};

use super::browser::Host;
use crate::core::{
    Answers, CalendarDate, FieldError, FormEvent, FormSpec, FormState, HelpMemory, Position,
    SendingKeys, StuckDetector, StuckReason, StuckSettings, model::prefill::Prefilled,
};

/// The state of one form being filled in, shared by its step components.
///
/// # Examples
///
/// ```
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
/// // Step components find the kit and the form state in context (`render_html` provides the kit).
/// let html = loket::view::examples::render_html(kit, move || {
///     provide_context(ctx);
///     view! { <StepPage index=0/> }
/// });
/// assert!(html.contains("Stap 1 van 5"), "{html}");
/// assert!(html.contains("Waar gaat uw klacht over?"), "{html}");
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
    /// Opened at the desk: a helper sends it on the resident's behalf.
    pub assisted: bool,
    /// What a login on the host page filled in (see `model::prefill`).
    pub prefilled: Option<Arc<Prefilled>>,
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
    /// Answers typed but not yet in `answers`: per question, the latest (see
    /// [`FormCtx::type_text`]).
    typing: StoredValue<Answers>,
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
            assisted: state.assisted,
            prefilled: state.prefilled.map(Arc::new),
            wiped: RwSignal::new(false),
            today,
            settled: RwSignal::new(0),
            help: RwSignal::new(None),
            stuck: StoredValue::new(StuckDetector::new(stuck, state.help.clone(), page)),
            offer: RwSignal::new(None),
            help_memory: RwSignal::new(state.help),
            host: Host::Page,
            typing: StoredValue::new(Answers::new()),
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
            .try_with_value(|typing| typing::put_typing(&mut answers, typing));
        FormState {
            answers,
            ..self.draft_but_answers()
        }
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
            assisted: self.assisted,
            prefilled: self.prefilled.as_deref().cloned(),
        }
    }

    /// The text `key` about `question` coming from a login on the host page ("Ingevuld met
    /// uw DigiD-login"), with the login as `$source` and `$fixed` (`yes` when the spec does not
    /// let it be changed), while its answer is still the login's; `None` otherwise (reactive).
    pub fn login_text(&self, kit: &Kit, key: &str, question: &str) -> Option<String> {
        let prefilled = self.prefilled.as_ref()?;
        self.answers
            .with(|a| login_text(kit, &self.spec, prefilled, a, key, question))
    }

    /// "Clear my answers": everything back to a fresh start on the first step.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Position;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// ctx.position.set(Position::Step { index: 2 });
    /// // "Clear my answers": nothing kept, back to the first step, which says so.
    /// ctx.wipe();
    /// assert_eq!(ctx.answers.get_untracked().iter().count(), 0);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 0 });
    /// assert!(ctx.wiped.get_untracked());
    /// # });
    /// ```
    pub fn wipe(&self) {
        self.typing.set_value(Answers::new());
        self.help.set(None);
        self.dispatch(crate::core::journey::actions::Action::Wipe);
        let page = self
            .position
            .get_untracked()
            .page_number(&self.spec)
            .unwrap_or(0);
        self.stuck.update_value(|d| {
            *d = StuckDetector::new(d.settings(), HelpMemory::default(), page);
        });
        self.offer.set(None);
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
    /// ```
    /// use leptos::prelude::*;
    /// use loket::view::HelpView;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.type_text("omschrijving", "De stoep is kapot".into());
    /// // "Take my answers with me" in place of the step; what was typed goes along.
    /// ctx.open_help(HelpView::HandOff);
    /// assert_eq!(ctx.help.get_untracked(), Some(HelpView::HandOff));
    /// assert_eq!(ctx.answers.get_untracked().text("omschrijving"), "De stoep is kapot");
    /// # });
    /// ```
    pub fn open_help(&self, view: HelpView) {
        self.commit_typing();
        self.help.set(Some(view));
        self.host.focus_soon(crate::core::model::ids::STEP_HEADING);
        self.host.scroll_to_top();
    }

    /// [`FormCtx::open_help`] as a callback, for the components that offer help
    /// (`HelpPanel`, the offer of help, a failed send).
    pub fn help_opener(&self) -> Callback<HelpView> {
        let ctx = self.clone();
        Callback::new(move |view| ctx.open_help(view))
    }

    /// Closes the help page: back to the step, focus on its heading.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::view::HelpView;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.open_help(HelpView::Callback);
    /// // "Terug naar het formulier": the step shows again, focus on its heading.
    /// ctx.close_help();
    /// assert_eq!(ctx.help.get_untracked(), None);
    /// # });
    /// ```
    pub fn close_help(&self) {
        self.help.set(None);
        self.host.focus_soon(crate::core::model::ids::STEP_HEADING);
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

/// The form state provided by [`crate::view::GuidedForm`].
pub fn use_form() -> FormCtx {
    use_context::<FormCtx>().expect("a question component needs a GuidedForm around it")
}

/// [`FormCtx::login_text`] for given answers: the text `key` about `question` while its answer
/// is still the one `prefilled` gave, with `$source` and `$fixed`; `None` otherwise.
pub(crate) fn login_text(
    kit: &Kit,
    spec: &FormSpec,
    prefilled: &Prefilled,
    answers: &Answers,
    key: &str,
    question: &str,
) -> Option<String> {
    if !prefilled.holds(answers, question) {
        return None;
    }
    let fixed = if prefilled.is_fixed(spec, question) {
        "yes"
    } else {
        "no"
    };
    let args = [
        ("source", prefilled.source.id().into()),
        ("fixed", fixed.into()),
    ];
    Some(kit.tf(key, &args))
}
