//! A one-line text box or a multi-line text area.

use leptos::prelude::*;

use super::context::use_form;
use super::question::QuestionWhy;
use super::question::{ErrorMessage, Hint, Notices, described_by, hint_extra, label_or_heading};
use crate::core::model::spec::TextFormat;
use crate::core::{Question, QuestionKind, model::ids};

/// The HTML attributes that fit a question: input type, input mode, spell check and whether
/// the box is short.
fn input_attributes(kind: &QuestionKind) -> (&'static str, Option<&'static str>, bool, bool) {
    match kind {
        QuestionKind::Text { format } => match format {
            TextFormat::Plain => ("text", None, true, false),
            TextFormat::Name => ("text", None, false, false),
            TextFormat::Email => ("email", Some("email"), false, false),
            TextFormat::Phone => ("tel", Some("tel"), false, true),
            TextFormat::Postcode => ("text", None, false, true),
        },
        QuestionKind::Number { .. } => ("text", Some("numeric"), false, true),
        QuestionKind::Time => ("text", Some("decimal"), false, true),
        _ => ("text", None, true, false),
    }
}

/// A text question: label, hint, why, error and the control.
#[component]
pub fn TextField(question: Question, as_heading: bool) -> impl IntoView {
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let cid = ids::control(&form, &qid);
    // What the resident last typed, also if the field is built again before the typing has
    // reached the answers.
    let initial = ctx.text_now(&qid);
    let invalid = ctx.invalid(&qid);
    let on_input = {
        let ctx = ctx.clone();
        let qid = qid.clone();
        move |ev: leptos::ev::Event| {
            ctx.type_text(&qid, event_target_value(&ev));
        }
    };
    let extra = hint_extra(&question);
    let prefilled = ctx
        .prefilled
        .as_ref()
        .is_some_and(|p| p.values.contains_key(&qid));
    // What a login gave and the spec fixes is shown, not typed over.
    let fixed = ctx
        .prefilled
        .as_ref()
        .is_some_and(|p| p.is_fixed(&ctx.spec, &qid));
    let always_hint = extra.is_some() || prefilled;
    let settle = {
        let ctx = ctx.clone();
        move |_: leptos::ev::Event| ctx.settle()
    };
    let control = match question.kind {
        QuestionKind::LongText => view! {
            <textarea
                class="utrecht-textarea loket-textarea"
                id=cid.clone()
                name=cid.clone()
                rows="6"
                aria-describedby=described_by(&qid, always_hint)
                aria-invalid=invalid
                readonly=fixed
                prop:value=initial
                on:input=on_input
                on:change=settle
            ></textarea>
        }
        .into_any(),
        ref kind => {
            let (kind, mode, spell, short) = input_attributes(kind);
            view! {
                <input
                    class="utrecht-textbox loket-input"
                    class:loket-input--short=short
                    id=cid.clone()
                    name=cid.clone()
                    type=kind
                    inputmode=mode
                    spellcheck=if spell { "true" } else { "false" }
                    autocomplete=question.autocomplete.clone()
                    aria-describedby=described_by(&qid, always_hint)
                    aria-invalid=invalid
                    readonly=fixed
                    prop:value=initial
                    on:input=on_input
                    on:change=settle
                />
            }
            .into_any()
        }
    };
    let has_error = ctx.has_error(&qid);
    view! {
        <div class="utrecht-form-field loket-question" class:loket-question--error=has_error>
            {label_or_heading(&question, as_heading)}
            <Hint question=qid.clone() extra=extra prefilled/>
            <QuestionWhy question=qid.clone()/>
            <ErrorMessage question=qid.clone()/>
            {control}
            <Notices question=qid.clone()/>
        </div>
    }
}
