//! The error summary at the top of a step: takes focus, links move focus to each field.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::ids;

/// Lists the step's errors in question order, while there are any.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let (spec, host) = (ctx.spec.clone(), ctx.host);
    move || {
        let errors = ctx.errors.get();
        (!errors.is_empty()).then(|| {
            let title_kit = kit.clone();
            let items = errors
                .into_iter()
                .filter_map(|error| {
                    let question = spec.question(&error.question)?;
                    let target = ids::first_control(&spec.id, question);
                    let href = format!("#{target}");
                    let kit = kit.clone();
                    let spec = spec.clone();
                    let on_click = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        host.focus_now(&target);
                    };
                    Some(view! {
                        <li>
                            <a href=href on:click=on_click>
                                {move || kit.error_text(&spec, &error)}
                            </a>
                        </li>
                    })
                })
                .collect_view();
            view! {
                <div class="utrecht-alert utrecht-alert--error loket-error-summary" id=ids::ERROR_SUMMARY tabindex="-1">
                    <h2 class="loket-error-summary__title" id="loket-error-summary-title">{move || title_kit.t("loket-error-summary-title")}</h2>
                    <ul class="loket-error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}
