//! The Loket reference site: a start page and every form in `forms/`, for Gemeente Enschede;
//! and the same forms embedded in any other page (`loket-embed.js`, see [`embed`]).
//!
//! The module starts nothing by itself: the page's script says what to show. The site's
//! loader (`loader.js`) calls [`prepare_site`] and then [`start_site`]; the embedding script
//! calls [`embed::mount_form`] for each form on the page.
// `cargo test --workspace` builds this crate's tests with Leptos' `ssr` feature too (the kit's
// examples render to HTML natively), whose view types nest deeper than the default limit.
#![recursion_limit = "256"]

use wasm_bindgen::prelude::wasm_bindgen;

mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}
mod data;
mod embed;
// The gallery, its linter page and forms loaded at run time: in the full module only (see
// `extras`).
#[cfg(feature = "extras")]
mod extras;
#[cfg(feature = "extras")]
mod gallery;
#[cfg(feature = "extras")]
mod gallery_lint;
mod pages;
// Outside a browser, this program renders pages to HTML when the site is built.
#[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
mod prerender;
mod site;

fn main() {
    #[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
    prerender::run();
}

/// Gives the module a language's texts, fetched by the page (`loket-texts` in its `<head>`),
/// before [`prepare_site`] or [`embed::mount_form`]: the residents' module carries none.
/// Returns whether they were taken (false for a language the module does not fetch, or has).
#[wasm_bindgen(js_name = addTexts)]
pub fn add_texts(lang: &str, texts: String) -> bool {
    data::add_texts(lang, texts)
}

/// Reads the texts, the profile and the forms: the first half of starting the site, so the
/// browser can paint and take input before the second.
#[wasm_bindgen(js_name = prepareSite)]
pub fn prepare_site() {
    site::prepare();
}

/// Shows the site in the page's `<body>`. With `adopt`, the page's `<body>` already holds this
/// page as it was rendered when the site was built (`prerender`): the app takes those elements
/// over as they are (hydration), so what the resident typed, chose and focused there stays
/// where it is. Without, the app renders the page anew.
///
/// It returns once the page is the app's: a page that is not what the app renders stops it
/// here, as an exception the loader catches (a promise would never settle).
#[wasm_bindgen(js_name = startSite)]
pub fn start_site(adopt: bool) {
    use leptos::prelude::*;
    let address = site::Address::of_page();
    if adopt {
        leptos::mount::hydrate_body(move || view! { <site::Site address/> });
    } else {
        leptos::mount::mount_to_body(move || view! { <site::Site address/> });
    }
    // Only an app that has the page: the pages after the first step come while the resident
    // reads it (in the residents' module, a second file; docs/speed.md).
    loket::view::fetch_rare_parts();
}

/// Resolves once the first render has settled (its effects have run), so the loader can carry
/// over what was typed on the prerendered page without the app overwriting it, all before the
/// browser paints again.
#[wasm_bindgen(js_name = siteSettled)]
pub async fn site_settled() {
    leptos::task::tick().await;
    leptos::task::tick().await;
}
