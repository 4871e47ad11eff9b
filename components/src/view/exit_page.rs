//! An exit page: this form is not the right route; says which route is, and how to get help.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::{model::ids, texts::messages};

/// Shown when an answer leads away from the form (for example a decision: objection).
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{ExitPage, FormCtx, Kit};
/// use loket::{CalendarDate, FormState, Locale, Position};
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
/// // A complaint about a decision: the route is an objection, not this form.
/// ctx.answers.update(|a| a.set_text("soort", "besluit"));
/// ctx.position.set(Position::Exit { step: 0, page: "bezwaar".into() });
///
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     view! { <ExitPage step=0 page="bezwaar".to_string()/> }
/// });
/// ```
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
