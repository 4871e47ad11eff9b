//! "Dit formulier is veranderd" / "Add your files again": what the resident must know about
//! the answers they continue with. Shown above the page's heading, as a notification banner
//! (a region named by its own heading), until the resident moves on.

use leptos::prelude::*;

use super::context::use_kit;
use crate::core::exchange::draft::Changes;
use crate::core::texts::messages;

/// The id of the banner's heading.
const TITLE_ID: &str = "loket-draft-changes-title";

/// The banner for `changes` in the form `form`; nothing when there is nothing to tell.
#[component]
pub fn DraftChanges(
    /// The form's id, for the questions' labels.
    form: String,
    /// What to tell (see [`Changes`]).
    #[prop(into)]
    changes: Signal<Changes>,
) -> impl IntoView {
    let kit = use_kit();
    move || {
        let changes = changes.get();
        if changes.is_empty() {
            return None;
        }
        let title = if changes.form_changed {
            "loket-draft-changed-title"
        } else {
            "loket-draft-files-title"
        };
        let changed = changes
            .form_changed
            .then(|| view! { <p>{kit.text("loket-draft-changed")}</p> });
        let again = (!changes.answer_again.is_empty()).then(|| {
            let count = changes.answer_again.len();
            let items = changes
                .answer_again
                .iter()
                .map(|q| view! { <li>{kit.tp(&messages::label(&form, q))}</li> })
                .collect_view();
            view! {
                <p>{kit.tf("loket-draft-answer-again", &[("count", count.into())])}</p>
                <ul class="utrecht-unordered-list">{items}</ul>
            }
        });
        let files = (!changes.add_again.is_empty()).then(|| {
            let count = changes.add_again.len();
            let items = changes
                .add_again
                .iter()
                .map(|(q, file)| {
                    let question = kit.tp(&messages::label(&form, q));
                    let args = [("file", file.clone().into()), ("question", question.into())];
                    view! { <li>{kit.tf("loket-draft-file", &args)}</li> }
                })
                .collect_view();
            view! {
                <p>{kit.tf("loket-draft-files", &[("count", count.into())])}</p>
                <ul class="utrecht-unordered-list">{items}</ul>
            }
        });
        Some(view! {
            <section class="loket-notification" aria-labelledby=TITLE_ID>
                <h2 class="loket-notification__title" id=TITLE_ID>{kit.t(title)}</h2>
                {changed}
                {again}
                {files}
            </section>
        })
    }
}
