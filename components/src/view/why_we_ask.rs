//! "Waarom vragen we dit?": a native disclosure under every question's hint.

use leptos::prelude::*;

use super::context::use_kit;
use crate::core::{model::ids, texts::messages};

/// The disclosure explaining why a question is asked (Handvest Open Enschede #3): the text
/// `<form>-<question>-why` under a native `details`, with the id the question's controls name
/// in `aria-describedby`. Presentational: all it shows comes from its props.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::WhyWeAsk;
/// use loket::view::examples::{kit, render_html};
///
/// let html = render_html(kit(), || {
///     view! { <WhyWeAsk form="klacht".to_string() question="email".to_string()/> }
/// });
/// assert!(html.contains("Waarom vragen we dit?"), "{html}");
/// // Tied to the question by the id its input names in `aria-describedby`.
/// assert!(html.contains(r#"id="klacht-email-why""#), "{html}");
///
/// // An answer from the resident's login: the why says so too.
/// let also = Signal::stored("We hebben dit ingevuld met uw DigiD-login.".to_string());
/// let html = render_html(kit(), move || {
///     view! { <WhyWeAsk form="klacht".to_string() question="naam".to_string() also=Some(also)/> }
/// });
/// assert!(html.contains("DigiD-login"), "{html}");
/// ```
#[component]
pub fn WhyWeAsk(
    /// The form's id.
    form: String,
    /// The question's id in the form.
    question: String,
    /// More to explain after it (e.g. that a login filled the answer in).
    #[prop(default = None)]
    also: Option<Signal<String>>,
) -> impl IntoView {
    let key = messages::why(&form, &question);
    let id = ids::why(&form, &question);
    view! { <Why id text_key=key also/> }
}

/// The "why" disclosure itself, for any input a resident sees (a question, the feedback box,
/// "keep my answers on this device"): the one place its markup is written. `id` is what the
/// input's `aria-describedby` names.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::Why;
/// use loket::view::examples::{kit, render_html};
///
/// // Needs only the kit, not a form.
/// let html = render_html(kit(), || {
///     view! { <Why id="loket-keep-device-why".to_string() text_key="loket-keep-device-why".to_string()/> }
/// });
/// assert!(html.starts_with(r#"<details class="loket-why">"#), "{html}");
/// assert!(html.contains(r#"<div id="loket-keep-device-why" class="loket-why__text">"#), "{html}");
/// ```
#[component]
pub fn Why(
    /// The element id of the explanation, for `aria-describedby`.
    id: String,
    /// The Fluent key of the explanation.
    text_key: String,
    /// More to explain after it (e.g. that a login filled the answer in).
    #[prop(default = None)]
    also: Option<Signal<String>>,
) -> impl IntoView {
    let kit = use_kit();
    let summary_kit = kit.clone();
    let also = also.map(|text| view! { " " {text} });
    view! {
        <details class="loket-why">
            <summary class="loket-why__summary">{move || summary_kit.t("loket-why-summary")}</summary>
            <div class="loket-why__text" id=id>{move || kit.tp(&text_key)}{also}</div>
        </details>
    }
}
