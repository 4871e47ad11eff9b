//! The language switch: each language named in its own language, the current one marked.

use leptos::prelude::*;

use super::browser::{replace_query_param, set_document_lang};
use super::context::use_kit;

/// Buttons for every language the catalog has. Switching keeps every answer and the focus.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::LanguageSwitch;
/// use loket::view::examples::{kit, render_html};
///
/// // A button for each locale in the kit's catalog, the current one marked; switching sets
/// // `kit.locale`.
/// let html = render_html(kit(), || view! { <header><LanguageSwitch/></header> });
/// assert!(html.contains(r#"<nav aria-label="Taal""#), "{html}");
/// assert!(html.contains(r#"lang="nl" aria-current="true""#), "{html}");
/// assert!(html.contains("Nederlands</button>"), "{html}");
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
