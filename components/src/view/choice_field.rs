//! A group of radio buttons or checkboxes in a fieldset with a legend.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::question::QuestionGroup;
use crate::core::{Answer, Question, QuestionKind, model::ids, texts::messages};

/// A choice (radio buttons) or checkboxes question: legend, hint, why, error and the options.
#[component]
pub fn ChoiceField(question: Question, as_heading: bool) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let (options, multiple) = match &question.kind {
        QuestionKind::Choice { options } => (options.clone(), false),
        QuestionKind::Checkboxes { options } => (options.clone(), true),
        _ => return ().into_any(),
    };
    // In error, every option says so: a screen reader on any one of them hears it.
    let invalid = ctx.has_error(&qid);
    let (chosen, ticked) = ctx
        .answers
        .with_untracked(|a| (a.text(&qid).to_string(), a.list(&qid)));
    let inputs = options
        .into_iter()
        .map(|option| {
            let id = ids::option(&form, &qid, &option);
            let hint_id = format!("{id}-hint");
            let label_key = messages::option(&form, &qid, &option);
            let hint_key = messages::option_hint(&form, &qid, &option);
            let checked = if multiple {
                ticked.contains(&option)
            } else {
                chosen == option
            };
            let group_name = ids::control(&form, &qid);
            let on_change = {
                let ctx = ctx.clone();
                let qid = qid.clone();
                let value = option.clone();
                move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    let answer = if multiple {
                        let mut list = ctx.answers.with_untracked(|a| a.list(&qid));
                        list.retain(|v| v != &value);
                        if on {
                            list.push(value.clone());
                        }
                        Answer::List(list)
                    } else {
                        Answer::Text(value.clone())
                    };
                    ctx.answer(&qid, answer);
                    ctx.settle();
                }
            };
            let has_hint = {
                let kit = kit.clone();
                let hint_key = hint_key.clone();
                move || kit.has(&hint_key)
            };
            let described = {
                let has_hint = has_hint.clone();
                let hint_id = hint_id.clone();
                move || has_hint().then(|| hint_id.clone())
            };
            let (kit_label, kit_hint) = (kit.clone(), kit.clone());
            let invalid = invalid.clone();
            let kind = if multiple { "checkbox" } else { "radio" };
            view! {
                <div class="utrecht-form-field loket-radio" class:loket-radio--checkbox=multiple>
                    <input
                        class="loket-radio__input"
                        class:utrecht-radio-button=!multiple
                        class:utrecht-checkbox=multiple
                        type=kind
                        id=id.clone()
                        name=group_name
                        value=option.clone()
                        checked=checked
                        aria-describedby=described
                        aria-invalid=move || invalid().then_some("true")
                        on:change=on_change
                    />
                    <label class="utrecht-form-label loket-radio__label" for=id.clone()>
                        {move || kit_label.tp(&label_key)}
                    </label>
                    {move || has_hint().then(|| view! {
                        <div class="utrecht-form-field-description loket-radio__hint" id=hint_id.clone()>
                            {let kit = kit_hint.clone(); let key = hint_key.clone(); move || kit.tp(&key)}
                        </div>
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionGroup question=question.clone() as_heading>
            <div class="loket-radios">{inputs}</div>
        </QuestionGroup>
    }
    .into_any()
}
