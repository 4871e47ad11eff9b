//! The language switch: each language named in its own language, the current one marked.

use leptos::prelude::*;

use super::browser::{replace_query_param, set_document_lang};
use super::context::use_kit;
use crate::Locale;

/// Buttons for every language the catalog has. Switching keeps every answer and the focus.
/// A language whose texts are not on the page yet (see [`crate::Catalog::offer`]) is fetched
/// first with the kit's [`Kit::fetch_texts`](super::Kit::fetch_texts), which a status line under
/// the buttons says meanwhile; if that fails, the page stays in its language and says so, with
/// the municipality's phone number.
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
    // Whether a language's texts are on their way (see `Kit::fetch_texts`), and whether the
    // last fetch failed.
    let fetching = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let show = {
        let kit = kit.clone();
        move |locale: Locale| {
            kit.locale.set(locale.clone());
            // An embedded form keeps to itself: the host page's language and address stay.
            if !kit.host.is_embedded() {
                set_document_lang(locale.tag());
                let param = (Some(&locale) != default.as_ref()).then(|| locale.tag().to_string());
                replace_query_param("lang", param.as_deref());
            }
        }
    };
    let buttons = kit
        .catalog
        .locales()
        .into_iter()
        .map(|locale| {
            let name = kit.catalog.own_name(&locale);
            let tag = locale.tag().to_string();
            let is_current = {
                let (kit, locale) = (kit.clone(), locale.clone());
                move || (kit.locale.get() == locale).then_some("true")
            };
            let (kit, show) = (kit.clone(), show.clone());
            let on_click = move |_| {
                failed.set(false);
                let missing = !kit.catalog.has_texts(&locale);
                let Some(fetch) = kit.fetch_texts.clone().filter(|_| missing) else {
                    return show(locale.clone());
                };
                // A second click while the texts come does not fetch them twice.
                if fetching.get_untracked() {
                    return;
                }
                fetching.set(true);
                let (kit, show, locale) = (kit.clone(), show.clone(), locale.clone());
                leptos::task::spawn_local(async move {
                    let base = kit.catalog.texts_of(&locale);
                    match fetch(base.clone()).await {
                        Ok(texts) => {
                            kit.catalog.arrive(base.tag(), texts);
                            show(locale);
                        }
                        Err(()) => failed.set(true),
                    }
                    fetching.set(false);
                });
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
    // Said while another language's texts come (on a slow line a click would otherwise seem to
    // do nothing), and when they could not be fetched: in the language shown, which stays, as
    // do the answers; with the municipality's phone number.
    let problem = move || {
        if fetching.get() {
            Some(nav_kit.t("loket-language-loading"))
        } else {
            failed.get().then(|| nav_kit.tp("loket-language-failed"))
        }
    };
    let label = {
        let kit = use_kit();
        move || kit.t("loket-language-nav")
    };
    view! {
        <nav class="loket-language-switch" aria-label=label>
            <ul class="loket-language-switch__list">{buttons}</ul>
            <p class="loket-language-switch__problem" role="status">{problem}</p>
        </nav>
    }
}
