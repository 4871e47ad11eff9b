//! What the components' examples and native tests start from: a [`Kit`] with the shipped
//! Dutch texts and the Enschede profile, a shipped form, and a view rendered to HTML without a
//! browser. Only in native builds: the residents' WebAssembly never carries it.

use std::sync::Arc;

use leptos::prelude::*;

use super::context::{FormCtx, Kit};
use crate::core::{CalendarDate, Catalog, FormSpec, FormState, Locale, Profile, StuckSettings};

/// The shipped forms and their Dutch texts: (id, spec, texts).
const FORMS: &[(&str, &str, &str)] = &[
    (
        "klacht",
        include_str!("../../../forms/klacht.json"),
        include_str!("../../../locales/nl/klacht.ftl"),
    ),
    (
        "woo-verzoek",
        include_str!("../../../forms/woo-verzoek.json"),
        include_str!("../../../locales/nl/woo-verzoek.ftl"),
    ),
    (
        "vergunning-evenement",
        include_str!("../../../forms/vergunning-evenement.json"),
        include_str!("../../../locales/nl/vergunning-evenement.ftl"),
    ),
    (
        "terugbellen",
        include_str!("../../../forms/terugbellen.json"),
        include_str!("../../../locales/nl/terugbellen.ftl"),
    ),
];

/// "Today" in every example, so each one shows the same on every day.
pub const TODAY: (i32, u32, u32) = super::browser::NATIVE_TODAY;

/// The examples' today as a date.
pub fn today() -> CalendarDate {
    super::browser::today()
}

/// A kit in Dutch with the Enschede profile and the kit's and every shipped form's texts.
pub fn kit() -> Kit {
    let mut catalog = Catalog::new();
    let texts = [
        ("loket.ftl", include_str!("../../../locales/nl/loket.ftl")),
        (
            "enschede.ftl",
            include_str!("../../../locales/nl/enschede.ftl"),
        ),
    ];
    for (file, source) in texts {
        catalog
            .add("nl", file, source)
            .unwrap_or_else(|e| panic!("{file}: {e:?}"));
    }
    for (id, _, source) in FORMS {
        catalog
            .add("nl", &format!("{id}.ftl"), source)
            .unwrap_or_else(|e| panic!("{id}.ftl: {e:?}"));
    }
    let profile = Profile::from_json(include_str!("../../../profiles/enschede.json"))
        .unwrap_or_else(|e| panic!("profiles/enschede.json: {e:?}"));
    Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"))
}

/// A shipped form (`klacht`, `woo-verzoek`, `vergunning-evenement`, `terugbellen`).
pub fn form(id: &str) -> Arc<FormSpec> {
    let (_, json, _) = FORMS
        .iter()
        .find(|(i, _, _)| *i == id)
        .unwrap_or_else(|| panic!("no shipped form {id}"));
    Arc::new(FormSpec::from_json(json).unwrap_or_else(|e| panic!("forms/{id}.json: {e:?}")))
}

/// [`kit`] and [`form`] together.
pub fn kit_and_form(id: &str) -> (Kit, Arc<FormSpec>) {
    (kit(), form(id))
}

/// A form's state in the view, at its first step with no answers, as a page starts it.
pub fn form_ctx(spec: &Arc<FormSpec>) -> FormCtx {
    FormCtx::new(
        spec.clone(),
        FormState::new(spec),
        StuckSettings::default(),
        today(),
    )
}

/// Renders a view to HTML with `kit` (and whatever `view` provides) in its context, as the
/// browser would show it first. Effects do not run (see [`super::render_to_html`]).
pub fn render_html<V: IntoView + 'static>(kit: Kit, view: impl FnOnce() -> V) -> String {
    super::render_to_html(move || {
        provide_context(kit);
        view()
    })
}

/// Runs a future that never waits to its end: outside a browser nothing is fetched, so a load
/// finishes at once (panics when the future waits all the same).
pub fn ready<T>(future: impl Future<Output = T>) -> T {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the future waits for something only a browser gives"),
    }
}
