//! What the check page says when sending did not work: what happened, that every answer is
//! kept, what happens next, and other ways to get the form to the municipality.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::help_panel::HelpActions;
use crate::core::journey::sending::SendStatus;

/// A polite live region that speaks up when sending fails; it never takes focus.
#[component]
pub fn SendProblemNotice(
    /// Where sending stands.
    status: RwSignal<SendStatus>,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let failed = move || match status.get() {
        SendStatus::Failed(problem) => Some(problem),
        _ => None,
    };
    let other_kit = kit.clone();
    let message = move || {
        failed().map(|problem| {
            view! {
                <div class="utrecht-alert utrecht-alert--error loket-alert">
                    <p>{kit.form_text(problem.key())}</p>
                </div>
            }
        })
    };
    // The other ways sit outside the live region, so it reads the message only.
    let other_ways = move || {
        failed().map(|_| {
            let (kit, ctx) = (other_kit.clone(), ctx.clone());
            view! {
                <p>{kit.text("loket-send-other-ways")}</p>
                <ul class="loket-help__actions"><HelpActions on_help=ctx.help_opener()/></ul>
            }
        })
    };
    view! {
        <div role="status" class="loket-status">{message}</div>
        {other_ways}
    }
}
