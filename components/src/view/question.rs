//! One question: picks the field for its kind, and the pieces every field shares (label text,
//! hint, error message, notice and the `aria-describedby` list).

use leptos::prelude::*;

use super::choice_field::ChoiceField;
use super::context::{use_form, use_kit};
use super::date_field::DateField;
use super::text_field::TextField;
use crate::core::{ids, messages, Question, QuestionKind};

/// Renders a question. With `as_heading` its label (or legend) is the page's `h1`, for steps
/// with a single question.
#[component]
pub fn QuestionField(question: Question, #[prop(optional)] as_heading: bool) -> impl IntoView {
    match question.kind {
        QuestionKind::Choice { .. } => view! { <ChoiceField question as_heading/> }.into_any(),
        QuestionKind::Date { .. } => view! { <DateField question as_heading/> }.into_any(),
        QuestionKind::Text { .. } | QuestionKind::LongText => {
            view! { <TextField question as_heading/> }.into_any()
        }
    }
}

/// The label text with "(niet verplicht)" while the question is optional.
#[component]
pub fn LabelText(question: Question) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let key = messages::label(ctx.form(), &question.id);
    let optional_kit = kit.clone();
    let optional = move || {
        let required = ctx.answers.with(|a| a.question_required(&question));
        (!required).then(|| {
            view! { <span class="loket-optional">" " {optional_kit.t("loket-optional")}</span> }
        })
    };
    view! { {move || kit.t(&key)} {optional} }
}

/// The hint under the label: the form's hint text when it has one, and for long texts the
/// most characters allowed, so nobody learns the limit only from an error.
#[component]
pub fn Hint(question: String, #[prop(default = None)] limit: Option<usize>) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let key = messages::hint(ctx.form(), &question);
    let id = ids::hint(ctx.form(), &question);
    move || {
        let text = kit.has(&key).then(|| kit.t(&key));
        let limit = limit.map(|max| kit.tf("loket-char-limit", &[("max", max.into())]));
        (text.is_some() || limit.is_some()).then(|| {
            let joined = [text, limit].into_iter().flatten().collect::<Vec<_>>().join(" ");
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
        ctx.error_for(&question).map(|error| {
            let kit = kit.clone();
            let spec = spec.clone();
            view! {
                <p class="utrecht-form-field-error-message loket-error-message" id=id.clone()>
                    <span class="loket-visually-hidden">{let kit = kit.clone(); move || kit.t("loket-error-prefix")}" "</span>
                    {move || crate::core::messages::error_text(&kit.catalog, &kit.locale.get(), &spec, &error)}
                </p>
            }
        })
    }
}

/// A friendly notice under a question (advice, never a block), announced politely.
#[component]
pub fn Notice(question: String) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let id = ids::notice(ctx.form(), &question);
    let key = messages::notice(ctx.form(), &question);
    let spec = ctx.spec.clone();
    let step = spec.step_of(&question);
    let shown = move || {
        step.is_some_and(|s| {
            ctx.answers
                .with(|a| crate::core::validate::notices(&spec.steps[s], a, ctx.today))
                .contains(&question)
        })
    };
    let prefix_kit = kit.clone();
    view! {
        <div class="loket-notice-region" aria-live="polite" id=id>
            {move || shown().then(|| {
                let kit = kit.clone();
                let prefix_kit = prefix_kit.clone();
                let key = key.clone();
                view! {
                    <p class="loket-notice">
                        <strong>{move || prefix_kit.t("loket-notice-prefix")}</strong>" "
                        {move || kit.t(&key)}
                    </p>
                }
            })}
        </div>
    }
}

/// The `aria-describedby` list of a question, in reading order: hint, why, error (reactive).
/// `has_limit` tells that the hint also shows a character limit, so it is always there.
pub fn described_by(
    question: &str,
    has_limit: bool,
) -> impl Fn() -> String + Send + Sync + 'static {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let question = question.to_string();
    let hint_key = messages::hint(&form, &question);
    move || {
        let mut list = Vec::new();
        if has_limit || kit.has(&hint_key) {
            list.push(ids::hint(&form, &question));
        }
        list.push(ids::why(&form, &question));
        if ctx.error_for(&question).is_some() {
            list.push(ids::error(&form, &question));
        }
        list.join(" ")
    }
}
