//! An exit page: this form is not the right route; says which route is, and how to get help.

use leptos::prelude::*;

use super::context::use_kit;
use crate::core::{model::ids, texts::messages};

/// Shown when an answer leads away from the form (for example a decision: objection): the
/// texts `<form>-exit-<page>-title` and `-body`, and a button to change the answer.
/// Presentational: all it shows comes from its props.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::ExitPage;
/// use loket::view::examples::{kit, render_html};
///
/// // A complaint about a decision: the route is an objection, not this form.
/// let html = render_html(kit(), || {
///     let on_change = Callback::new(|()| ());
///     view! { <ExitPage form="klacht".to_string() page="bezwaar".to_string() on_change/> }
/// });
/// // The page's heading takes focus when it opens, as every step's does.
/// assert!(html.contains(r#"<h1 id="loket-step-heading" tabindex="-1""#), "{html}");
/// assert!(html.contains("Maak bezwaar</h1>"), "{html}");
/// assert!(html.contains("Ander antwoord kiezen</button>"), "{html}");
/// ```
#[component]
pub fn ExitPage(
    /// The form's id.
    form: String,
    /// The exit page's id in the form.
    page: String,
    /// "Change my answer": back to the step whose answer led here.
    on_change: Callback<()>,
) -> impl IntoView {
    let kit = use_kit();
    let title_key = messages::exit_title(&form, &page);
    let body_key = messages::exit_body(&form, &page);
    let body = kit.form_text(body_key);
    let paragraphs = move || {
        body()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| view! { <p>{line.to_string()}</p> })
            .collect_view()
    };
    view! {
        <div class="loket-step">
            <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{kit.form_text(title_key)}</h1>
            {paragraphs}
            <div class="utrecht-button-group loket-actions">
                <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=move |_| on_change.run(())>
                    {kit.text("loket-exit-change")}
                </button>
            </div>
        </div>
    }
}
