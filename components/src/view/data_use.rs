//! "Wat doen we met uw gegevens?" / "What we do with your data": what the form keeps, why,
//! who sees it and for how long, from the form's texts and the municipality's profile.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::texts::messages::{DATA_USE, data_use};

/// A disclosure with the form's data facts; open on the first step, closed elsewhere.
#[component]
pub fn DataUse(
    /// Whether it starts open.
    open: bool,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let rows = DATA_USE
        .iter()
        .map(|part| {
            let term = format!("loket-data-{part}");
            let value = data_use(ctx.form(), part);
            view! {
                <dt class="loket-data-use__term">{kit.text(term)}</dt>
                <dd class="loket-data-use__value">{kit.form_text(value)}</dd>
            }
        })
        .collect_view();
    let rights = kit.profile.data_rights_key();
    view! {
        <details class="loket-data-use" open=open>
            <summary class="loket-data-use__title">{kit.text("loket-data-title")}</summary>
            <dl class="loket-data-use__facts">{rows}</dl>
            <p>{kit.form_text(rights)}</p>
        </details>
    }
}
