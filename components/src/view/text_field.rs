//! A one-line text box or a multi-line text area.

use leptos::prelude::*;

use super::context::use_form;
use super::question::{described_by, ErrorMessage, Hint, LabelText};
use super::why_we_ask::WhyWeAsk;
use crate::core::spec::TextFormat;
use crate::core::{ids, Question, QuestionKind};

/// The HTML attributes that fit a text format: input type, input mode and spell check.
fn input_attributes(format: TextFormat) -> (&'static str, Option<&'static str>, bool) {
    match format {
        TextFormat::Plain => ("text", None, true),
        TextFormat::Name => ("text", None, false),
        TextFormat::Email => ("email", Some("email"), false),
        TextFormat::Phone => ("tel", Some("tel"), false),
    }
}

/// A text question: label, hint, why, error and the control.
#[component]
pub fn TextField(question: Question, as_heading: bool) -> impl IntoView {
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let cid = ids::control(&form, &qid);
    let initial = ctx.answers.with_untracked(|a| a.text(&qid).to_string());
    let invalid = {
        let ctx = ctx.clone();
        let qid = qid.clone();
        move || ctx.error_for(&qid).is_some().then_some("true")
    };
    let on_input = {
        let ctx = ctx.clone();
        let qid = qid.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            ctx.answers.update(|a| a.set_text(&qid, value));
        }
    };
    let label = {
        let question = question.clone();
        let cid = cid.clone();
        move || {
            let label = view! {
                <label class="utrecht-form-label loket-label" for=cid.clone()>
                    <LabelText question=question.clone()/>
                </label>
            };
            if as_heading {
                view! { <h1 class="loket-heading loket-heading--label" id=ids::STEP_HEADING tabindex="-1">{label}</h1> }.into_any()
            } else {
                label.into_any()
            }
        }
    };
    let limit = matches!(question.kind, QuestionKind::LongText).then(|| question.max_chars());
    let control = match question.kind {
        QuestionKind::LongText => view! {
            <textarea
                class="utrecht-textarea loket-textarea"
                id=cid.clone()
                name=cid.clone()
                rows="6"
                aria-describedby=described_by(&qid, true)
                aria-invalid=invalid
                prop:value=initial
                on:input=on_input
            ></textarea>
        }
        .into_any(),
        QuestionKind::Text { format } => {
            let (kind, mode, spell) = input_attributes(format);
            view! {
                <input
                    class="utrecht-textbox loket-input"
                    class:loket-input--short=matches!(format, TextFormat::Phone)
                    id=cid.clone()
                    name=cid.clone()
                    type=kind
                    inputmode=mode
                    spellcheck=if spell { "true" } else { "false" }
                    autocomplete=question.autocomplete.clone()
                    aria-describedby=described_by(&qid, false)
                    aria-invalid=invalid
                    prop:value=initial
                    on:input=on_input
                />
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    let has_error = {
        let qid = qid.clone();
        move || ctx.error_for(&qid).is_some()
    };
    view! {
        <div class="utrecht-form-field loket-question" class:loket-question--error=has_error>
            {label}
            <Hint question=qid.clone() limit=limit/>
            <WhyWeAsk question=qid.clone()/>
            <ErrorMessage question=qid.clone()/>
            {control}
        </div>
    }
}
