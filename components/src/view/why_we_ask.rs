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
