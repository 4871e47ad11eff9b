//! A date as three labelled number fields (day, month, year) in a fieldset: no date picker.
//! An error that names a part (the month left empty, day 31 in April) marks only that part
//! `aria-invalid`; an error about the whole date marks all three.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::question::QuestionGroup;
use crate::core::rules::dates::DatePart;
use crate::core::{Answer, Question, model::ids};

/// A date question: legend, hint, why, error, day/month/year fields and a notice.
#[component]
pub fn DateField(question: Question, as_heading: bool) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let initial = ctx.answer_now(&qid, |a| a.date(&qid));
    let parts = [
        (DatePart::Day, "loket-date-day", initial.day.clone(), 2),
        (
            DatePart::Month,
            "loket-date-month",
            initial.month.clone(),
            2,
        ),
        (DatePart::Year, "loket-date-year", initial.year.clone(), 4),
    ];
    let fields = parts
        .into_iter()
        .map(|(part, label_key, value, width)| {
            let id = ids::date_part(&form, &qid, part.id());
            let ctx = ctx.clone();
            let qid = qid.clone();
            let kit = kit.clone();
            let invalid = {
                let (ctx, qid) = (ctx.clone(), qid.clone());
                move || {
                    ctx.error_for(&qid)
                        .is_some_and(|e| e.marks(part))
                        .then_some("true")
                }
            };
            let settle = {
                let ctx = ctx.clone();
                move |_: leptos::ev::Event| ctx.settle()
            };
            let on_input = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                let mut date = ctx.answer_now(&qid, |a| a.date(&qid));
                match part {
                    DatePart::Day => date.day = value,
                    DatePart::Month => date.month = value,
                    DatePart::Year => date.year = value,
                }
                ctx.type_answer(&qid, Answer::Date(date));
            };
            view! {
                <div class="loket-date__item">
                    <label class="utrecht-form-label loket-date__label" for=id.clone()>{kit.text(label_key)}</label>
                    <input
                        class="utrecht-textbox loket-input loket-date__input"
                        class:loket-date__input--year=width == 4
                        id=id.clone()
                        name=id.clone()
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        aria-invalid=invalid
                        prop:value=value
                        on:input=on_input
                        on:change=settle
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionGroup question=question.clone() as_heading>
            <div class="loket-date">{fields}</div>
        </QuestionGroup>
    }
}
