//! An exit page: this form is not the right route; says which route is, and how to get help.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::{ids, messages};

/// Shown when an answer leads away from the form (for example a decision: objection).
#[component]
pub fn ExitPage(step: usize, page: String) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let title_key = messages::exit_title(ctx.form(), &page);
    let body_key = messages::exit_body(ctx.form(), &page);
    let body = kit.form_text(body_key);
    let paragraphs = move || {
        body()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| view! { <p>{line.to_string()}</p> })
            .collect_view()
    };
    let change_ctx = ctx.clone();
    view! {
        <div class="loket-step">
            <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{kit.form_text(title_key)}</h1>
            {paragraphs}
            <div class="utrecht-button-group loket-actions">
                <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=move |_| change_ctx.go(crate::core::Position::Step { index: step })>
                    {kit.text("loket-exit-change")}
                </button>
            </div>
        </div>
    }
}
