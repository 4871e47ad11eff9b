//! One question: picks the field for its kind, and the pieces every field shares (label text,
//! hint, error message, notices and the `aria-describedby` list).

use leptos::prelude::*;

use super::choice_field::ChoiceField;
use super::context::{use_form, use_kit};
use super::date_field::DateField;
use super::files_field::FilesField;
use super::list_field::ListField;
use super::text_field::TextField;
use super::why_we_ask::WhyWeAsk;
use crate::core::{Question, QuestionKind, model::ids, rules::validate, texts::messages};

/// Renders a question. With `as_heading` its label (or legend) is the page's `h1`, for steps
/// with a single question.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::QuestionField;
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// let ctx = form_ctx(&spec);
/// let soort = spec.question("soort").unwrap().clone();
/// let email = spec.question("email").unwrap().clone();
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! {
///         // The only question of its step: its legend is the page's heading.
///         <QuestionField question=soort as_heading=true/>
///         <QuestionField question=email/>
///     }
/// });
/// assert!(html.contains(r#"<h1 id="loket-step-heading""#), "{html}");
/// assert!(html.contains("Hoe een medewerker mij heeft behandeld</label>"), "{html}");
/// // A text field: its label, and its hint and "why" named by the input.
/// assert!(html.contains(r#"<label for="klacht-email""#), "{html}");
/// assert!(html.contains(r#"aria-describedby="klacht-email-hint klacht-email-why""#), "{html}");
/// ```
#[component]
pub fn QuestionField(question: Question, #[prop(optional)] as_heading: bool) -> impl IntoView {
    match question.kind {
        QuestionKind::Choice { .. } | QuestionKind::Checkboxes { .. } => {
            view! { <ChoiceField question as_heading/> }.into_any()
        }
        QuestionKind::Date { .. } => view! { <DateField question as_heading/> }.into_any(),
        QuestionKind::List { .. } => view! { <ListField question as_heading/> }.into_any(),
        QuestionKind::Files { .. } => view! { <FilesField question as_heading/> }.into_any(),
        QuestionKind::Text { .. }
        | QuestionKind::LongText
        | QuestionKind::Number { .. }
        | QuestionKind::Time => view! { <TextField question as_heading/> }.into_any(),
    }
}

/// The label of a one-control question; inside the page's `h1` when the step has only it.
pub fn label_or_heading(question: &Question, as_heading: bool) -> AnyView {
    let ctx = use_form();
    let label = view! {
        <label class="utrecht-form-label loket-label" for=ids::control(ctx.form(), &question.id)>
            <LabelText question=question.clone()/>
        </label>
    };
    if as_heading {
        view! { <h1 class="loket-heading loket-heading--label" id=ids::STEP_HEADING tabindex="-1">{label}</h1> }
            .into_any()
    } else {
        label.into_any()
    }
}

/// The legend of a grouped question; inside the page's `h1` when the step has only it.
pub fn legend(question: &Question, as_heading: bool) -> AnyView {
    let text = view! { <LabelText question=question.clone()/> };
    if as_heading {
        view! {
            <legend class="utrecht-form-fieldset__legend loket-legend loket-legend--heading">
                <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{text}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="utrecht-form-fieldset__legend loket-legend">{text}</legend> }
            .into_any()
    }
}

/// A question with several controls (options, date parts, list entries): a fieldset with its
/// legend, hint, why and error tied to the group, the controls, and its notices.
#[component]
pub fn QuestionGroup(question: Question, as_heading: bool, children: Children) -> impl IntoView {
    let ctx = use_form();
    let qid = question.id.clone();
    let (has_error, id, described) = (
        ctx.has_error(&qid),
        ids::control(ctx.form(), &qid),
        described_by(&qid, false),
    );
    view! {
        <fieldset
            class="utrecht-form-fieldset loket-question loket-fieldset"
            class:loket-question--error=has_error
            id=id
            aria-describedby=described
        >
            {legend(&question, as_heading)}
            <Hint question=qid.clone()/>
            <QuestionWhy question=qid.clone()/>
            <ErrorMessage question=qid.clone()/>
            {children()}
            <Notices question=qid/>
        </fieldset>
    }
}

/// The label text with "(niet verplicht)" while the question is optional.
#[component]
pub fn LabelText(question: Question) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let key = messages::label(ctx.form(), &question.id);
    let optional_kit = kit.clone();
    let spec = ctx.spec.clone();
    // A memo: the label is rebuilt only when an answer makes the question required or not,
    // not on every keystroke.
    let required = Memo::new(move |_| ctx.answers.with(|a| a.question_required(&spec, &question)));
    let optional = move || {
        (!required.get()).then(|| {
            let kit = optional_kit.clone();
            view! { <span class="loket-optional">" " {move || kit.t("loket-optional")}</span> }
        })
    };
    view! { {move || kit.tp(&key)} {optional} }
}

/// Extra text in a hint that the kit adds for some kinds of question.
#[derive(Debug, Clone, PartialEq)]
pub enum HintExtra {
    /// "You can use up to N characters."
    CharLimit(usize),
    /// How a time is written ("Bijvoorbeeld 14:30."), before the resident types.
    TimeFormat,
    /// Accepted types, size and number of files.
    Files {
        /// Short type names ("JPG, PNG, PDF").
        types: String,
        /// Largest size in MB.
        size: f64,
        /// Most files.
        count: usize,
    },
}

/// Whether a question's hint exists because the kit adds something to it.
pub fn hint_extra(question: &Question) -> Option<HintExtra> {
    match &question.kind {
        QuestionKind::LongText => Some(HintExtra::CharLimit(question.max_chars())),
        QuestionKind::Time => Some(HintExtra::TimeFormat),
        QuestionKind::Files {
            accept,
            max_bytes,
            max_files,
        } => Some(HintExtra::Files {
            types: messages::file_types(accept),
            size: messages::megabytes(*max_bytes),
            count: *max_files,
        }),
        _ => None,
    }
}

/// The hint under the label: the form's hint text when it has one, and what the kit adds
/// (character limit, how to write a time, accepted files), so nobody learns a rule only from
/// an error.
#[component]
pub fn Hint(
    question: String,
    #[prop(default = None)] extra: Option<HintExtra>,
    /// A login on the host page filled the answer in: the hint says so while the answer is
    /// still the login's.
    #[prop(default = false)]
    prefilled: bool,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let key = messages::hint(ctx.form(), &question);
    let id = ids::hint(ctx.form(), &question);
    move || {
        let text = kit.has(&key).then(|| kit.tp(&key));
        let from_login = prefilled
            .then(|| ctx.login_text(&kit, "loket-prefill-hint", &question))
            .flatten();
        // A form's own hint of a time already gives an example; the kit's is for those without.
        let extra = extra
            .as_ref()
            .filter(|e| !(**e == HintExtra::TimeFormat && text.is_some()));
        let extra = extra.map(|e| match e {
            HintExtra::CharLimit(max) => kit.tf("loket-char-limit", &[("max", (*max).into())]),
            HintExtra::TimeFormat => kit.t("loket-time-format"),
            HintExtra::Files { types, size, count } => kit.tf(
                "loket-files-limit",
                &[
                    ("types", types.clone().into()),
                    ("size", crate::core::texts::i18n::Arg::Number(*size)),
                    ("count", (*count).into()),
                ],
            ),
        });
        (text.is_some() || extra.is_some() || from_login.is_some()).then(|| {
            let joined = [from_login, text, extra]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            view! { <div class="utrecht-form-field-description loket-hint" id=id.clone()>{joined}</div> }
        })
    }
}

/// The error message, while the question has an error. Starts with a hidden "Fout:".
#[component]
pub fn ErrorMessage(question: String) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let id = ids::error(ctx.form(), &question);
    let spec = ctx.spec.clone();
    move || {
        ctx.error_for(&question)
            .map(|error| error_paragraph(&kit, spec.clone(), error, Some(id.clone())))
    }
}

/// One error message beside a field: a hidden "Fout:", then the message (reactive).
pub fn error_paragraph(
    kit: &super::context::Kit,
    spec: std::sync::Arc<crate::core::FormSpec>,
    error: crate::core::FieldError,
    id: Option<String>,
) -> impl IntoView + use<> {
    let message = {
        let kit = kit.clone();
        move || kit.error_text(&spec, &error)
    };
    view! {
        <p class="utrecht-form-field-error-message loket-error-message" id=id>
            <span class="loket-visually-hidden">{kit.text("loket-error-prefix")}" "</span>
            {message}
        </p>
    }
}

/// Friendly advice under a question (never a block), announced politely. It appears once the
/// resident has finished the answer, not at every keystroke.
#[component]
pub fn Notices(question: String) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let id = ids::notice(ctx.form(), &question);
    let form = ctx.form().to_string();
    let spec = ctx.spec.clone();
    let step = spec.step_of(&question);
    let qid = question.clone();
    let applying = move || {
        ctx.settled.track();
        let Some(step) = step else { return Vec::new() };
        ctx.answers.with_untracked(|a| {
            validate::notices(&spec, &spec.steps[step], a, ctx.today)
                .into_iter()
                .filter(|(q, _)| *q == question)
                .map(|(_, notice)| notice)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="loket-notice-region" aria-live="polite" id=id>
            {move || applying().into_iter().map(|notice| {
                let key = messages::notice(&form, &qid, &notice);
                view! {
                    <p class="loket-notice">
                        <strong>{kit.text("loket-notice-prefix")}</strong>" "
                        {kit.form_text(key)}
                    </p>
                }
            }).collect_view()}
        </div>
    }
}

/// The `aria-describedby` list of a question, in reading order: hint, why, error (reactive).
/// `always_hint` tells that the kit adds to the hint, so it is always there.
pub fn described_by(
    question: &str,
    always_hint: bool,
) -> impl Fn() -> String + Send + Sync + 'static + use<> {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let question = question.to_string();
    let hint_key = messages::hint(&form, &question);
    move || {
        let mut list = Vec::new();
        if always_hint || kit.has(&hint_key) {
            list.push(ids::hint(&form, &question));
        }
        list.push(ids::why(&form, &question));
        if ctx.error_for(&question).is_some() {
            list.push(ids::error(&form, &question));
        }
        list.join(" ")
    }
}

/// [`WhyWeAsk`] for a question of the form in context: says so, too, while its answer is still
/// the one a login filled in.
#[component]
pub(super) fn QuestionWhy(question: String) -> impl IntoView {
    let ctx = use_form();
    // Only while the answer is still the login's: changed, it is the resident's own.
    let also = ctx
        .prefilled
        .as_ref()
        .is_some_and(|p| p.values.contains_key(&question))
        .then(|| {
            let (kit, ctx, question) = (use_kit(), ctx.clone(), question.clone());
            Signal::derive(move || {
                ctx.login_text(&kit, "loket-prefill-why", &question)
                    .unwrap_or_default()
            })
        });
    view! { <WhyWeAsk form=ctx.form().to_string() question also/> }
}
