//! The error summary at the top of a step: takes focus, links move focus to each field (for a
//! date whose error names a part, to that part's input).

use std::sync::Arc;

use leptos::prelude::*;

use super::browser::Host;
use super::context::use_kit;
use crate::core::model::ids;
use crate::core::{FieldError, FormSpec};

/// Lists the step's errors in question order, while there are any. A presentational
/// component: everything it shows comes from its props (and the texts from the [`Kit`]).
///
/// [`Kit`]: super::Kit
///
/// # Examples
///
/// ```
/// # use std::sync::Arc;
/// use leptos::prelude::*;
/// use loket::view::ErrorSummary;
/// use loket::{FieldError, Rule};
/// # let (kit, spec) = loket::view::examples::kit_and_form("klacht");
///
/// let errors = RwSignal::new(vec![FieldError { question: "soort".into(), rule: Rule::Required }]);
/// let html = loket::view::examples::render_html(kit, move || {
///     view! { <ErrorSummary spec errors/> }
/// });
/// // The summary names the problem and links to the question's first control.
/// assert!(html.contains(r##"href="#klacht-soort-behandeling""##), "{html}");
/// assert!(html.contains("Er is een probleem"), "{html}");
/// ```
#[component]
pub fn ErrorSummary(
    /// The form the errors belong to.
    spec: Arc<FormSpec>,
    /// The errors to list (none: nothing is shown). Only read. (A `RwSignal`, the form's own,
    /// rather than any `Signal`: about a kilobyte less WebAssembly per type.)
    errors: RwSignal<Vec<FieldError>>,
    /// Where the form lives, to move focus to a field (the page unless embedded).
    #[prop(optional)]
    host: Host,
) -> impl IntoView {
    let kit = use_kit();
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            let title_kit = kit.clone();
            let items = errors
                .into_iter()
                .filter_map(|error| {
                    let question = spec.question(&error.question)?;
                    // The control to put right: a date's wrong part, else the first control.
                    let target = error.target(&spec.id, question);
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
