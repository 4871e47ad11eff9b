//! `/gallery`: every public component of the kit in every state that applies, in the neutral
//! theme and in the NL Design System "Voorbeeld" theme, like a design system's example pages.
//!
//! The examples are data, one file per component (`app/gallery/examples/<component>.json`, in
//! the order of `index.json`, on the example form `app/gallery/form.json`): this page renders
//! them, and `e2e/tests/gallery.spec.js` runs axe on each one, compares its accessibility tree
//! with the kept snapshot and takes its screenshot. Each example has a page of its own,
//! `/gallery/<id>?theme=voorbeeld&lang=en`, because the components carry fixed ids (the step
//! heading, the error summary, …) that must stay unique in a page. `/gallery/lint` is a tool,
//! not an example: it checks a pasted form with the linter (`crate::gallery_lint`).

use std::sync::Arc;

use leptos::prelude::*;
use loket::core::exchange::draft::Changes;
use loket::core::journey::sending::{SendProblem, SendStatus};
use loket::core::model::prefill::Prefill;
use loket::view::{
    AnswerList, CallbackPage, CheckAnswers, Confirmation, ContinueForm, DraftChanges, ErrorSummary,
    ExitPage, FeedbackForm, FormCtx, HandOffPage, HelpPanel, Kit, LanguageSwitch, PartFailed,
    QuestionField, StepPage, StuckOffer, WhyWeAsk, set_title, use_kit,
};
use loket::{
    Answers, CalendarDate, FormSpec, FormState, Position, StuckReason, StuckSettings,
    core::rules::validate,
};
use serde::Deserialize;

use crate::gallery_lint::{LINT_PAGE, LintPage};
use crate::site::forms;

/// The address of the gallery, relative to the site's root.
pub const GALLERY_PATH: &str = "gallery";

/// The form the examples fill in.
const FORM: &str = include_str!("../gallery/form.json");

/// "Today" in every example, so each one looks the same on every day.
const TODAY: (i32, u32, u32) = (2026, 11, 23);

/// The reference shown on the confirmation example.
const REFERENCE: &str = "GAL-7K3Q-9XPM";
/// When the service received the example's form.
const RECEIVED: &str = "2026-11-22T10:00:00Z";

/// A theme of the gallery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Loket's own values (the fallbacks in `loket.css`).
    Neutral,
    /// `components/style/themes/voorbeeld.css`, made from the NL Design System package.
    Voorbeeld,
}

impl Theme {
    /// Both themes, in the order of the theme switch.
    pub const ALL: [Theme; 2] = [Theme::Neutral, Theme::Voorbeeld];

    /// The value of `?theme=`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Neutral => "neutral",
            Theme::Voorbeeld => "voorbeeld",
        }
    }

    /// The class that applies the theme (the package's own class for Voorbeeld).
    pub fn class(self) -> &'static str {
        match self {
            Theme::Neutral => "",
            Theme::Voorbeeld => "voorbeeld-theme",
        }
    }

    /// The key of the theme's name.
    pub fn name_key(self) -> &'static str {
        match self {
            Theme::Neutral => "gallery-theme-neutral",
            Theme::Voorbeeld => "gallery-theme-voorbeeld",
        }
    }

    /// The theme the address asks for (`?theme=voorbeeld`); neutral otherwise.
    pub fn from_query(value: Option<&str>) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| Some(t.id()) == value)
            .unwrap_or(Theme::Neutral)
    }
}

/// What an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Render {
    /// One question (`QuestionField`) of the example form.
    Question,
    /// `WhyWeAsk` of one question.
    WhyWeAsk,
    /// `ErrorSummary` for the errors of one step.
    ErrorSummary,
    /// A whole step (`StepPage`).
    Step,
    /// The check page (`CheckAnswers`), idle, sending or after a failed attempt.
    CheckAnswers,
    /// `AnswerList` on its own.
    AnswerList,
    /// `Confirmation`.
    Confirmation,
    /// `ExitPage`.
    ExitPage,
    /// `HelpPanel`.
    HelpPanel,
    /// `StuckOffer`, offering help.
    StuckOffer,
    /// `HandOffPage`.
    HandOff,
    /// `CallbackPage`.
    Callback,
    /// `FeedbackForm`.
    Feedback,
    /// `ContinueForm`.
    ContinueForm,
    /// `LanguageSwitch`.
    LanguageSwitch,
    /// `PartFailed`: a page of the form whose file could not be loaded.
    PartFailed,
    /// `DraftChanges`: the form changed since the draft (its question asked again), or, with
    /// `file`, a file to add again.
    DraftChanges,
}

/// One example: a component in one state.
#[derive(Debug, Clone, Deserialize)]
pub struct Example {
    /// The address (`/gallery/<id>`) and the id of its section.
    pub id: String,
    /// Names the text `gallery-component-<component>`: the file's `component`.
    #[serde(default)]
    pub component: String,
    /// Names the text `gallery-state-<state>`.
    pub state: String,
    /// What is rendered.
    pub render: Render,
    /// The question, for one-question examples.
    #[serde(default)]
    pub question: Option<String>,
    /// The step, for step examples.
    #[serde(default)]
    pub step: Option<String>,
    /// The answers given so far.
    #[serde(default)]
    pub answers: Answers,
    /// Show the errors the form's own checks give for these answers.
    #[serde(default)]
    pub check: bool,
    /// The check page while the form is being sent (its send button is disabled).
    #[serde(default)]
    pub sending: bool,
    /// The check page after a failed attempt: `offline`, `unreachable`, `server` or `rejected`.
    #[serde(default)]
    pub failed: Option<String>,
    /// Data from a login on the host page, as a page passes it in.
    #[serde(default)]
    pub prefill: Option<Prefill>,
    /// For `draft-changes`: a file too large to keep, to add again.
    #[serde(default)]
    pub file: Option<String>,
}

/// One component's examples file.
#[derive(Deserialize)]
struct ComponentExamples {
    component: String,
    examples: Vec<Example>,
}

/// `index.json`: the order of the components in the gallery.
#[derive(Deserialize)]
struct Index {
    components: Vec<String>,
}

/// The examples file of `name` (`index` for the order).
fn examples_file(name: &str) -> Option<&'static str> {
    crate::assets::GALLERY_EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Every example, in the order of the gallery.
pub fn examples() -> Vec<Example> {
    let order = examples_file("index")
        .and_then(|text| serde_json::from_str::<Index>(text).ok())
        .map(|index| index.components)
        .unwrap_or_default();
    order
        .iter()
        .filter_map(|name| examples_file(name))
        .filter_map(|text| serde_json::from_str::<ComponentExamples>(text).ok())
        .flat_map(|file| {
            let component = file.component;
            file.examples.into_iter().map(move |mut e| {
                e.component = component.clone();
                e
            })
        })
        .collect()
}

/// Whether the example at `/gallery/<id>` is the language switch, which then is the page's only
/// one.
pub fn shows_language_switch(id: &str) -> bool {
    examples()
        .iter()
        .any(|e| e.id == id && e.render == Render::LanguageSwitch)
}

/// The example form.
pub fn example_form() -> Option<Arc<FormSpec>> {
    FormSpec::from_json(FORM).ok().map(Arc::new)
}

fn today() -> CalendarDate {
    let (y, m, d) = TODAY;
    CalendarDate::new(y, m, d).unwrap_or_else(|| CalendarDate::from_days_since_epoch(0))
}

/// An address in the gallery that keeps the language and the theme.
pub(crate) fn gallery_href(kit: &Kit, example: Option<&str>, theme: Theme) -> String {
    let mut href = match example {
        Some(id) => format!("{GALLERY_PATH}/{id}"),
        None => GALLERY_PATH.to_string(),
    };
    let mut params = Vec::new();
    if theme != Theme::Neutral {
        params.push(format!("theme={}", theme.id()));
    }
    let current = kit.locale.get();
    if kit.catalog.locales().first() != Some(&current) {
        params.push(format!("lang={}", current.tag()));
    }
    if !params.is_empty() {
        href.push('?');
        href.push_str(&params.join("&"));
    }
    href
}

/// [`gallery_href`] as a closure for a view's `href` (reactive: it follows the language); one
/// closure for every link of the gallery keeps the WebAssembly small.
pub(crate) fn gallery_link(
    kit: &Kit,
    example: Option<&str>,
    theme: Theme,
) -> impl Fn() -> String + Clone + Send + Sync + 'static + use<> {
    let (kit, example) = (kit.clone(), example.map(str::to_string));
    move || gallery_href(&kit, example.as_deref(), theme)
}

/// The title of an example: "Tekstveld: met een fout" (reactive).
fn example_title(kit: &Kit, example: &Example) -> String {
    kit.tf(
        "gallery-example-title",
        &[
            (
                "component",
                kit.t(&format!("gallery-component-{}", example.component))
                    .into(),
            ),
            (
                "state",
                kit.t(&format!("gallery-state-{}", example.state)).into(),
            ),
        ],
    )
}

/// Adds the Voorbeeld theme's stylesheet to the page once, with its integrity. The file is
/// copied into the build by the hook in `app/Trunk.toml`; `build.rs` hashes it.
fn load_theme_stylesheet() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (href, integrity) = crate::assets::VOORBEELD_THEME;
    if document
        .query_selector(&format!("link[href=\"{href}\"]"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let (Ok(link), Some(head)) = (
        document.create_element("link"),
        document.query_selector("head").ok().flatten(),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("integrity", integrity);
    let _ = head.append_child(&link);
}

/// `/gallery` or `/gallery/<id>`.
#[component]
pub fn GalleryPage(
    /// The example to show; `None` for the list of every example.
    example: Option<String>,
) -> impl IntoView {
    let theme = Theme::from_query(loket::view::query_param("theme").as_deref());
    load_theme_stylesheet();
    match example {
        None => view! { <GalleryIndex/> }.into_any(),
        Some(id) if id == LINT_PAGE => view! { <LintPage/> }.into_any(),
        Some(id) => match examples().into_iter().find(|e| e.id == id) {
            Some(example) => view! { <ExamplePage example theme/> }.into_any(),
            None => view! { <MissingExample/> }.into_any(),
        },
    }
}

/// Keeps the page title in the current language.
pub(crate) fn keep_title(kit: &Kit, page: impl Fn(&Kit) -> String + Send + Sync + 'static) {
    keep_any_title(kit, Box::new(page));
}

/// [`keep_title`] for any page: one effect in the WebAssembly for every page of the gallery.
fn keep_any_title(kit: &Kit, page: Box<dyn Fn(&Kit) -> String + Send + Sync>) {
    let kit = kit.clone();
    Effect::new(move |_| {
        set_title(&kit.tf(
            "site-page-title",
            &[
                ("page", page(&kit).into()),
                ("municipality", kit.t(&kit.profile.name_key()).into()),
            ],
        ))
    });
}

/// Every example, grouped by component, each with a link per theme.
#[component]
fn GalleryIndex() -> impl IntoView {
    let kit = use_kit();
    keep_title(&kit, |kit| kit.t("gallery-title"));
    let all = examples();
    let mut components: Vec<String> = Vec::new();
    for e in &all {
        if !components.contains(&e.component) {
            components.push(e.component.clone());
        }
    }
    let sections = components
        .into_iter()
        .map(|component| {
            let (title_id, labelled_by) = (
                format!("gallery-{component}-title"),
                format!("gallery-{component}-title"),
            );
            let items = all
                .iter()
                .filter(|e| e.component == component)
                .map(|example| {
                    Theme::ALL
                        .into_iter()
                        .map(|theme| {
                            let (k1, k2, id, state) = (
                                kit.clone(),
                                kit.clone(),
                                example.id.clone(),
                                format!("gallery-state-{}", example.state),
                            );
                            view! {
                                <li>
                                    <a class="utrecht-link" href=gallery_link(&k1, Some(&id), theme)>
                                        {move || k2.tf("gallery-index-link", &[
                                            ("state", k2.t(&state).into()),
                                            ("theme", k2.t(theme.name_key()).into()),
                                        ])}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                })
                .collect_view();
            view! {
                <section class="gallery-index__component" id=format!("gallery-{component}") aria-labelledby=labelled_by>
                    <h2 id=title_id>{kit.text(format!("gallery-component-{component}"))}</h2>
                    <ul class="gallery-index__examples">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="loket gallery">
            <h1 class="loket-heading" tabindex="-1">{kit.text("gallery-title")}</h1>
            <p>{kit.text("gallery-intro")}</p>
            <p>{kit.text("gallery-themes-intro")}</p>
            {lint_link(&kit)}
            {sections}
        </div>
    }
}

/// The way to the lint view, above the examples: a web team looks for it first.
fn lint_link(kit: &Kit) -> AnyView {
    let k1 = kit.clone();
    view! {
        <section class="gallery-index__tool" aria-labelledby="gallery-lint-link-title">
            <h2 id="gallery-lint-link-title">{kit.text("gallery-lint-title")}</h2>
            <p><a class="utrecht-link" href=gallery_link(&k1, Some(LINT_PAGE), Theme::Neutral)>{kit.text("gallery-lint-link")}</a></p>
        </section>
    }
    .into_any()
}

/// An address that is not an example.
#[component]
fn MissingExample() -> impl IntoView {
    let kit = use_kit();
    keep_title(&kit, |kit| kit.t("gallery-not-found"));
    let k1 = kit.clone();
    view! {
        <div class="loket gallery">
            <h1 class="loket-heading">{kit.text("gallery-not-found")}</h1>
            <p><a class="utrecht-link" href=gallery_link(&k1, None, Theme::Neutral)>{kit.text("gallery-back-link")}</a></p>
        </div>
    }
}

/// One example in one theme, with the way back and the theme switch.
#[component]
fn ExamplePage(example: Example, theme: Theme) -> impl IntoView {
    let kit = use_kit();
    {
        let example = example.clone();
        keep_title(&kit, move |kit| {
            kit.tf(
                "gallery-example-page-title",
                &[("example", example_title(kit, &example).into())],
            )
        });
    }
    let switch = Theme::ALL
        .into_iter()
        .map(|t| {
            let (k1, id) = (kit.clone(), example.id.clone());
            view! {
                <li>
                    <a class="utrecht-link gallery-themes__link" href=gallery_link(&k1, Some(&id), t)
                        aria-current=(t == theme).then_some("page")>{kit.text(t.name_key())}</a>
                </li>
            }
        })
        .collect_view();
    let (k1, k2, k3, k4) = (kit.clone(), kit.clone(), kit.clone(), kit.clone());
    let (title_id, labelled_by) = (
        format!("{}-title", example.id),
        format!("{}-title", example.id),
    );
    let title = {
        let example = example.clone();
        move || example_title(&k2, &example)
    };
    let shown_in = move || {
        k3.tf(
            "gallery-example-theme",
            &[("theme", k3.t(theme.name_key()).into())],
        )
    };
    let rendered = match example_form() {
        Some(spec) => render(&example, spec),
        None => ().into_any(),
    };
    view! {
        <div class="loket gallery">
            <p><a class="utrecht-link" href=gallery_link(&k1, None, theme)>{kit.text("gallery-back-link")}</a></p>
            <nav class="gallery-themes" aria-label=move || k4.t("gallery-theme-nav")>
                <ul class="gallery-themes__list">{switch}</ul>
            </nav>
        </div>
        <section id=example.id.clone() class=format!("loket gallery-example {}", theme.class()) aria-labelledby=labelled_by>
            <h1 class="loket-heading gallery-example__title" id=title_id tabindex="-1">{title}</h1>
            <p class="gallery-example__theme">{shown_in}</p>
            <div class="gallery-example__render">{rendered}</div>
        </section>
    }
}

/// The example's component in its state, with a form state of its own.
fn render(example: &Example, spec: Arc<FormSpec>) -> AnyView {
    let today = today();
    let step_index = example
        .step
        .as_ref()
        .and_then(|id| spec.steps.iter().position(|s| &s.id == id))
        .or_else(|| example.question.as_ref().and_then(|q| spec.step_of(q)))
        .unwrap_or(0);
    let position = match example.render {
        Render::CheckAnswers | Render::AnswerList => Position::Check,
        Render::Confirmation => Position::Done {
            reference: REFERENCE.to_string(),
            received_at: None,
        },
        Render::ExitPage => Position::Exit {
            step: step_index,
            page: spec.exits.first().map(|e| e.id.clone()).unwrap_or_default(),
        },
        _ => Position::Step { index: step_index },
    };
    let mut state = FormState {
        answers: example.answers.clone(),
        position,
        ..FormState::new(&spec)
    };
    if let Some(prefill) = &example.prefill {
        state = state.prefilled_from(&spec, prefill);
    }
    let ctx = FormCtx::new(spec.clone(), state, StuckSettings::default(), today);
    // The components below find this form state; each example page has one.
    provide_context(ctx.clone());
    let question = example
        .question
        .as_ref()
        .and_then(|id| {
            spec.steps
                .iter()
                .flat_map(|s| &s.questions)
                .find(|q| &q.id == id)
        })
        .cloned();
    if example.check {
        let errors = match &question {
            Some(q) if example.render == Render::Question => {
                validate::check_question(&spec, q, &example.answers, today)
                    .into_iter()
                    .collect()
            }
            _ => validate::check_step(&spec, &spec.steps[step_index], &example.answers, today),
        };
        ctx.errors.set(errors);
    }
    if example.render == Render::StuckOffer {
        ctx.offer.set(Some(StuckReason::RepeatedErrors));
    }
    let status = RwSignal::new(match example.failed.as_deref() {
        Some("offline") => SendStatus::Failed(SendProblem::Offline),
        Some("unreachable") => SendStatus::Failed(SendProblem::Unreachable),
        Some("server") => SendStatus::Failed(SendProblem::Server),
        Some("rejected") => SendStatus::Failed(SendProblem::Rejected),
        _ if example.sending => SendStatus::Sending,
        _ => SendStatus::Idle,
    });
    let form_id = spec.id.clone();

    match example.render {
        Render::Question => match question {
            Some(question) => view! { <QuestionField question/> }.into_any(),
            None => ().into_any(),
        },
        Render::WhyWeAsk => {
            let question = example.question.clone().unwrap_or_default();
            view! { <WhyWeAsk form=form_id question/> }.into_any()
        }
        Render::ErrorSummary => view! { <ErrorSummary spec errors=ctx.errors/> }.into_any(),
        Render::Step => view! { <StepPage index=step_index/> }.into_any(),
        Render::CheckAnswers => {
            view! { <CheckAnswers on_send=Callback::new(|()| ()) status/> }.into_any()
        }
        Render::AnswerList => {
            view! { <AnswerList spec answers=ctx.answers today=ctx.today prefilled=ctx.prefilled.clone()/> }.into_any()
        }
        Render::Confirmation => {
            view! { <Confirmation reference=REFERENCE.to_string() received_at=Some(RECEIVED.to_string())/> }.into_any()
        }
        Render::ExitPage => {
            let page = spec.exits.first().map(|e| e.id.clone()).unwrap_or_default();
            let back = ctx.clone();
            let on_change = Callback::new(move |()| back.go(Position::Step { index: step_index }));
            view! { <ExitPage form=form_id page on_change/> }.into_any()
        }
        Render::HelpPanel => {
            view! { <HelpPanel form=form_id on_help=Some(ctx.help_opener())/> }.into_any()
        }
        Render::StuckOffer => view! { <StuckOffer/> }.into_any(),
        Render::HandOff => view! { <HandOffPage/> }.into_any(),
        Render::Callback => view! { <CallbackPage/> }.into_any(),
        Render::Feedback => view! { <FeedbackForm/> }.into_any(),
        Render::ContinueForm => {
            view! { <ContinueForm forms=forms() on_continue=Callback::new(|_| ())/> }.into_any()
        }
        Render::LanguageSwitch => view! { <LanguageSwitch/> }.into_any(),
        Render::PartFailed => view! { <PartFailed on_retry=Callback::new(|()| ())/> }.into_any(),
        Render::DraftChanges => {
            let question = example.question.clone().unwrap_or_default();
            let changes = match &example.file {
                Some(file) => Changes {
                    add_again: vec![(question, file.clone())],
                    ..Changes::default()
                },
                None => Changes {
                    form_changed: true,
                    answer_again: vec![question],
                    ..Changes::default()
                },
            };
            view! { <DraftChanges form=form_id changes=Signal::stored(changes)/> }.into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loket::core::texts::messages;
    use std::collections::BTreeSet;

    fn catalog() -> loket::Catalog {
        let mut catalog = loket::Catalog::new();
        for (locale, file, source) in crate::assets::LOCALES {
            catalog.add(locale, file, source).expect("valid Fluent");
        }
        catalog
    }

    #[test]
    fn every_examples_file_is_in_the_index_and_names_its_component() {
        let index: Index = serde_json::from_str(examples_file("index").expect("index.json"))
            .expect("index.json lists the components");
        for (name, text) in crate::assets::GALLERY_EXAMPLES {
            if *name == "index" {
                continue;
            }
            let file: ComponentExamples = serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("app/gallery/examples/{name}.json: {e}"));
            assert_eq!(file.component, *name, "{name}.json names its own component");
            assert!(!file.examples.is_empty(), "{name}.json has an example");
            assert!(
                index.components.iter().any(|c| c == name),
                "{name}.json is listed in index.json, or the gallery leaves it out"
            );
        }
        for name in &index.components {
            assert!(
                examples_file(name).is_some(),
                "index.json lists {name}.json, which is missing"
            );
        }
    }

    #[test]
    fn every_example_is_read_and_has_a_unique_id() {
        let all = examples();
        assert!(all.len() > 30, "the examples files are read");
        let ids: BTreeSet<_> = all.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "example ids are unique");
        assert!(
            !ids.contains(LINT_PAGE),
            "`/gallery/{LINT_PAGE}` is the lint view"
        );
    }

    #[test]
    fn every_example_names_a_question_or_step_of_the_example_form() {
        let spec = example_form().expect("app/gallery/form.json is a valid form");
        for e in examples() {
            if let Some(q) = &e.question {
                assert!(spec.step_of(q).is_some(), "{}: no question {q}", e.id);
            }
            if let Some(s) = &e.step {
                assert!(
                    spec.steps.iter().any(|x| &x.id == s),
                    "{}: no step {s}",
                    e.id
                );
            }
            if e.check {
                assert!(
                    e.question.is_some() || e.step.is_some(),
                    "{}: what to check",
                    e.id
                );
            }
        }
    }

    #[test]
    fn every_example_and_the_example_form_have_their_texts_in_every_language() {
        let catalog = catalog();
        let spec = example_form().expect("app/gallery/form.json is a valid form");
        let mut keys = messages::required_keys(&spec);
        for e in examples() {
            keys.push(format!("gallery-component-{}", e.component));
            keys.push(format!("gallery-state-{}", e.state));
        }
        for theme in Theme::ALL {
            keys.push(theme.name_key().to_string());
        }
        for locale in catalog.locales() {
            for key in &keys {
                assert!(catalog.has(&locale, key), "{}: no text {key}", locale.tag());
            }
        }
    }

    #[test]
    fn the_examples_with_errors_show_errors() {
        let spec = example_form().expect("valid form");
        for e in examples().into_iter().filter(|e| e.check) {
            let errors = match (&e.question, e.render) {
                (Some(q), Render::Question) => {
                    let question = spec
                        .steps
                        .iter()
                        .flat_map(|s| &s.questions)
                        .find(|x| &x.id == q)
                        .expect("question");
                    validate::check_question(&spec, question, &e.answers, today())
                        .into_iter()
                        .count()
                }
                _ => {
                    let step = e
                        .step
                        .as_ref()
                        .and_then(|s| spec.steps.iter().find(|x| &x.id == s))
                        .expect("step");
                    validate::check_step(&spec, step, &e.answers, today()).len()
                }
            };
            assert!(errors > 0, "{}: its answers give no error", e.id);
        }
    }

    #[test]
    fn every_public_component_has_an_example() {
        let shown: BTreeSet<Render> = examples().iter().map(|e| e.render).collect();
        let every = [
            Render::Question,
            Render::WhyWeAsk,
            Render::ErrorSummary,
            Render::Step,
            Render::CheckAnswers,
            Render::AnswerList,
            Render::Confirmation,
            Render::ExitPage,
            Render::HelpPanel,
            Render::StuckOffer,
            Render::HandOff,
            Render::Callback,
            Render::Feedback,
            Render::ContinueForm,
            Render::LanguageSwitch,
            Render::PartFailed,
        ];
        for render in every {
            assert!(shown.contains(&render), "no example shows {render:?}");
        }
    }
}
