//! A group of radio buttons in a fieldset with a legend.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::question::{described_by, ErrorMessage, Hint, LabelText};
use super::why_we_ask::WhyWeAsk;
use crate::core::{ids, messages, Question, QuestionKind};

/// A choice question: legend, hint, why, error and one radio button per option.
#[component]
pub fn ChoiceField(question: Question, as_heading: bool) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let QuestionKind::Choice { options } = question.kind.clone() else {
        return ().into_any();
    };
    let chosen = ctx.answers.with_untracked(|a| a.text(&qid).to_string());
    let legend_text = view! { <LabelText question=question.clone()/> };
    let legend = if as_heading {
        view! {
            <legend class="utrecht-form-fieldset__legend loket-legend loket-legend--heading">
                <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{legend_text}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="utrecht-form-fieldset__legend loket-legend">{legend_text}</legend> }
            .into_any()
    };
    let radios = options
        .into_iter()
        .map(|option| {
            let id = ids::option(&form, &qid, &option);
            let hint_id = format!("{id}-hint");
            let label_key = messages::option(&form, &qid, &option);
            let hint_key = messages::option_hint(&form, &qid, &option);
            let checked = chosen == option;
            let ctx = ctx.clone();
            let group_name = ids::control(&form, &qid);
            let qid = qid.clone();
            let value = option.clone();
            let on_change = move |_| ctx.answers.update(|a| a.set_text(&qid, value.clone()));
            let kit_label = kit.clone();
            let kit_hint = kit.clone();
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
            view! {
                <div class="utrecht-form-field utrecht-form-field--radio loket-radio">
                    <input
                        class="utrecht-radio-button loket-radio__input"
                        type="radio"
                        id=id.clone()
                        name=group_name
                        value=option.clone()
                        checked=checked
                        aria-describedby=described
                        on:change=on_change
                    />
                    <label class="utrecht-form-label utrecht-form-label--radio loket-radio__label" for=id.clone()>
                        {move || kit_label.t(&label_key)}
                    </label>
                    {move || has_hint().then(|| view! {
                        <div class="utrecht-form-field-description loket-radio__hint" id=hint_id.clone()>
                            {let kit = kit_hint.clone(); let key = hint_key.clone(); move || kit.t(&key)}
                        </div>
                    })}
                </div>
            }
        })
        .collect_view();
    let has_error = {
        let ctx = ctx.clone();
        let qid = qid.clone();
        move || ctx.error_for(&qid).is_some()
    };
    view! {
        <fieldset
            class="utrecht-form-fieldset loket-question loket-fieldset"
            class:loket-question--error=has_error
            id=ids::control(&form, &qid)
            aria-describedby=described_by(&qid, false)
        >
            {legend}
            <Hint question=qid.clone()/>
            <WhyWeAsk question=qid.clone()/>
            <ErrorMessage question=qid.clone()/>
            <div class="loket-radios">{radios}</div>
        </fieldset>
    }
    .into_any()
}
