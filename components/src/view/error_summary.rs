//! The error summary at the top of a step: takes focus, links move focus to each field (for a
//! date whose error names a part, to that part's input).

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use crate::core::model::ids;

/// Lists the step's errors in question order, while there are any.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{ErrorSummary, FormCtx, Kit, QuestionField};
/// use loket::{CalendarDate, FieldError, FormState, Locale, Rule};
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
/// ctx.errors.set(vec![FieldError { question: "soort".into(), rule: Rule::Required }]);
/// let question = spec.question("soort").unwrap().clone();
///
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     // Each error links to its question's control.
///     view! {
///         <ErrorSummary/>
///         <QuestionField question/>
///     }
/// });
/// ```
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let (spec, host) = (ctx.spec.clone(), ctx.host);
    move || {
        let errors = ctx.errors.get();
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
