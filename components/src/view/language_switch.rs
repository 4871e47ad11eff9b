//! The language switch: each language named in its own language, the current one marked.

use leptos::prelude::*;

use super::browser::{replace_query_param, set_document_lang};
use super::context::use_kit;

/// Buttons for every language the catalog has. Switching keeps every answer and the focus.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{Kit, LanguageSwitch};
/// use loket::Locale;
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = loket::Profile::from_json(json).unwrap();
/// # let mut catalog = loket::Catalog::new();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// # catalog.add("nl", "loket.ftl", texts).unwrap();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// # catalog.add("nl", "klacht.ftl", texts).unwrap();
/// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
///
/// // A button for each locale in the kit's catalog; switching sets `kit.locale`.
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     view! { <header><LanguageSwitch/></header> }
/// });
/// ```
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let kit = use_kit();
    let default = kit.catalog.locales().first().cloned();
    let nav_kit = kit.clone();
    let buttons = kit
        .catalog
        .locales()
        .into_iter()
        .map(|locale| {
            let name = kit.catalog.own_name(&locale);
            let tag = locale.tag().to_string();
            let is_current = {
                let locale = locale.clone();
                move || (kit.locale.get() == locale).then_some("true")
            };
            let default = default.clone();
            let on_click = move |_| {
                kit.locale.set(locale.clone());
                // An embedded form keeps to itself: the host page's language and address stay.
                if !kit.host.is_embedded() {
                    set_document_lang(locale.tag());
                    let param =
                        (Some(&locale) != default.as_ref()).then(|| locale.tag().to_string());
                    replace_query_param("lang", param.as_deref());
                }
            };
            view! {
                <li>
                    <button type="button" class="loket-language-switch__button" lang=tag aria-current=is_current on:click=on_click>
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="loket-language-switch" aria-label=move || nav_kit.t("loket-language-nav")>
            <ul class="loket-language-switch__list">{buttons}</ul>
        </nav>
    }
}
