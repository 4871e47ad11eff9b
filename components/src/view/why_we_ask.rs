//! "Waarom vragen we dit?": a native disclosure under every question's hint.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::{ids, messages};

/// The disclosure explaining why a question is asked (Handvest Open Enschede #3).
#[component]
pub fn WhyWeAsk(question: String) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let key = messages::why(ctx.form(), &question);
    let id = ids::why(ctx.form(), &question);
    let summary_kit = kit.clone();
    view! {
        <details class="loket-why">
            <summary class="loket-why__summary">{move || summary_kit.t("loket-why-summary")}</summary>
            <div class="loket-why__text" id=id>{move || kit.tp(&key)}</div>
        </details>
    }
}
