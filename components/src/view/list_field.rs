//! A list of short texts (for example streets) with buttons to add and remove entries.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::question::QuestionGroup;
use crate::core::{Answer, Question, QuestionKind, model::ids, texts::messages};

/// A list question: one labelled box per entry, "add another" and "remove" buttons.
#[component]
pub fn ListField(question: Question, as_heading: bool) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let QuestionKind::List { max_items } = question.kind else {
        return ().into_any();
    };
    // Stable keys for the rows, so typing in one box never rebuilds the others.
    let start = ctx.answer_now(&qid, |a| a.list(&qid).len()).max(1);
    let next_key = StoredValue::new(start as u32);
    let rows = RwSignal::new((0..start as u32).collect::<Vec<u32>>());
    // What was removed, said politely to screen readers.
    let said = RwSignal::new(String::new());
    let position = move |key: u32| rows.with(|r| r.iter().position(|k| *k == key).unwrap_or(0));
    let write = {
        let ctx = ctx.clone();
        let qid = qid.clone();
        move |index: usize, value: Option<String>| {
            let mut list = ctx.answer_now(&qid, |a| a.list(&qid));
            while list.len() <= index {
                list.push(String::new());
            }
            match value {
                Some(v) => list[index] = v,
                None => {
                    list.remove(index);
                }
            }
            ctx.type_answer(&qid, Answer::List(list));
        }
    };
    let add = {
        let (write, ctx) = (write.clone(), ctx.clone());
        let (form, qid) = (form.clone(), qid.clone());
        move |_| {
            let count = rows.with(Vec::len);
            if count >= max_items {
                return;
            }
            write(count, Some(String::new()));
            ctx.commit_typing();
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            rows.update(|r| r.push(key));
            ctx.host.focus_soon(ids::list_item(&form, &qid, count + 1));
        }
    };
    let row_view = {
        let (kit, ctx, form, qid, write) = (
            kit.clone(),
            ctx.clone(),
            form.clone(),
            qid.clone(),
            write.clone(),
        );
        move |key: u32| {
            let index = move || position(key);
            let id = {
                let (form, qid) = (form.clone(), qid.clone());
                move || ids::list_item(&form, &qid, index() + 1)
            };
            let item_key = messages::list_item(&form, &qid);
            let label = {
                let kit = kit.clone();
                let item_key = item_key.clone();
                move || kit.tf(&item_key, &[("number", (index() + 1).into())])
            };
            let initial = ctx.answer_now(&qid, |a| {
                a.list(&qid).get(index()).cloned().unwrap_or_default()
            });
            let on_input = {
                let write = write.clone();
                move |ev: leptos::ev::Event| write(index(), Some(event_target_value(&ev)))
            };
            let remove = {
                let (write, ctx, label) = (write.clone(), ctx.clone(), label.clone());
                let (form, qid, kit) = (form.clone(), qid.clone(), kit.clone());
                move |_| {
                    let at = index();
                    said.set(kit.tf("loket-list-removed", &[("item", label().into())]));
                    write(at, None);
                    ctx.commit_typing();
                    rows.update(|r| {
                        r.remove(at);
                    });
                    ctx.host.focus_soon(ids::list_item(&form, &qid, at.max(1)));
                }
            };
            // A row added while errors show is not in error itself: it is new. The next check
            // (errors shown again) judges it with the others.
            let fresh = RwSignal::new(ctx.has_error(&qid)());
            {
                let errors = ctx.errors;
                Effect::new(move |seen: Option<()>| {
                    errors.track();
                    if seen.is_some() {
                        fresh.set(false);
                    }
                });
            }
            let invalid = {
                let invalid = ctx.invalid(&qid);
                move || invalid().filter(|_| !fresh.get())
            };
            let (kr, label_hidden) = (kit.text("loket-list-remove"), label.clone());
            let label_for = id.clone();
            let settle = {
                let ctx = ctx.clone();
                move |_: leptos::ev::Event| ctx.settle()
            };
            view! {
                <div class="loket-list__item">
                    <label class="utrecht-form-label loket-list__label" for=label_for>{label}</label>
                    <div class="loket-list__row">
                        <input
                            class="utrecht-textbox loket-input"
                            type="text"
                            id=id
                            aria-invalid=invalid
                            prop:value=initial
                            on:input=on_input
                            on:change=settle
                        />
                        {move || (rows.with(Vec::len) > 1).then(|| {
                            let (kr, label_hidden, remove) = (kr.clone(), label_hidden.clone(), remove.clone());
                            view! {
                                <button type="button" class="loket-link-button loket-list__remove" on:click=remove>
                                    {kr}
                                    <span class="loket-visually-hidden">" " {label_hidden.clone()}</span>
                                </button>
                            }
                        })}
                    </div>
                </div>
            }
        }
    };
    let ka = kit.form_text(messages::list_add(&form, &qid));
    view! {
        <QuestionGroup question=question.clone() as_heading>
            <div class="loket-list">
                <For each=move || rows.get() key=|k| *k children=row_view/>
            </div>
            <div class="loket-visually-hidden loket-list__said" aria-live="polite">{move || said.get()}</div>
            {move || (rows.with(Vec::len) < max_items).then(|| {
                let (ka, add) = (ka.clone(), add.clone());
                view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button loket-list__add" on:click=add>
                        {ka}
                    </button>
                }
            })}
        </QuestionGroup>
    }
    .into_any()
}
