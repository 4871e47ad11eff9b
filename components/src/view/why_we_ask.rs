//! "Waarom vragen we dit?": a native disclosure under every question's hint.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::{model::ids, texts::messages};

/// The disclosure explaining why a question is asked (Handvest Open Enschede #3).
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{FormCtx, Kit, WhyWeAsk};
/// use loket::{CalendarDate, FormState, Locale};
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = loket::Profile::from_json(json).unwrap();
/// # let mut catalog = loket::Catalog::new();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// # catalog.add("nl", "loket.ftl", texts).unwrap();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// # catalog.add("nl", "klacht.ftl", texts).unwrap();
/// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// # let spec = loket::FormSpec::from_json(json).unwrap();
/// let spec = Arc::new(spec);
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), kit.profile.stuck, today);
///
/// // Shows the text `klacht-email-why` in a disclosure.
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     view! { <WhyWeAsk question="email".to_string()/> }
/// });
/// ```
#[component]
pub fn WhyWeAsk(question: String) -> impl IntoView {
    let ctx = use_form();
    let key = messages::why(ctx.form(), &question);
    let id = ids::why(ctx.form(), &question);
    // A login filled it in: the why says so, and whether it can be changed.
    // Only while the answer is still the login's: changed, it is the resident's own.
    let also = ctx
        .prefilled
        .as_ref()
        .is_some_and(|p| p.values.contains_key(&question))
        .then(|| {
            let (kit, ctx, question) = (use_kit(), ctx.clone(), question.clone());
            Signal::derive(move || {
                ctx.login_text(&kit, "loket-prefill-why", &question)
                    .unwrap_or_default()
            })
        });
    view! { <Why id text_key=key also/> }
}

/// The "why" disclosure itself, for any input a resident sees (a question, the feedback box,
/// "keep my answers on this device"): the one place its markup is written. `id` is what the
/// input's `aria-describedby` names.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{Kit, Why};
/// use loket::Locale;
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = loket::Profile::from_json(json).unwrap();
/// # let mut catalog = loket::Catalog::new();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// # catalog.add("nl", "loket.ftl", texts).unwrap();
/// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
/// // Needs only the kit, not a form.
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     view! { <Why id="loket-keep-device-why".to_string() text_key="loket-keep-device-why".to_string()/> }
/// });
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
