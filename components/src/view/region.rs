//! A region of a form (help, keeping, feedback, the offer of help): a `<section>` named by its
//! heading on a page of its own, and by the heading and the form's title when embedded.

use leptos::prelude::*;

use super::context::{Kit, use_kit};

/// The accessible name of a region of a form: `None` on a page of its own, where the heading
/// names it (`aria-labelledby`); in a form embedded in another page, where several forms may
/// each have such a region, the heading's text and the form's title, so that no two regions on
/// the page sound alike.
fn embedded_region_name(
    kit: &Kit,
    form: &str,
    heading_key: &'static str,
) -> Option<impl Fn() -> String + Clone + Send + Sync + 'static + use<>> {
    kit.host.is_embedded().then(|| {
        let (kit, title) = (kit.clone(), crate::core::texts::messages::form_title(form));
        move || {
            let region = kit.t(heading_key);
            let form = kit.tp(&title);
            kit.tf(
                "loket-region-for-form",
                &[("region", region.into()), ("form", form.into())],
            )
        }
    })
}

/// A `<section>` of class `class` whose heading has the id `heading_id` and the text
/// `heading_key`, in the form `form` (none: outside a form, where the heading names it).
#[component]
pub(crate) fn Region(
    class: &'static str,
    heading_id: &'static str,
    heading_key: &'static str,
    form: Option<String>,
    children: Children,
) -> impl IntoView {
    let kit = use_kit();
    let name = form.and_then(|form| embedded_region_name(&kit, &form, heading_key));
    let labelled_by = name.is_none().then_some(heading_id);
    view! {
        <section class=class aria-labelledby=labelled_by aria-label=name>
            {children()}
        </section>
    }
}
