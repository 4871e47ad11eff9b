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
mod site;

fn main() {}

/// Reads the texts, the profile and the forms: the first half of starting the site, so the
/// browser can paint and take input before the second.
#[wasm_bindgen(js_name = prepareSite)]
pub fn prepare_site() {
    site::prepare();
}

/// Shows the site in the page's `<body>`; resolves once the first render has settled (its
/// effects have run), so the loader can carry over what was typed on the prerendered page
/// without the app overwriting it, all before the browser paints again.
#[wasm_bindgen(js_name = startSite)]
pub async fn start_site() {
    leptos::mount::mount_to_body(site::Site);
    leptos::task::tick().await;
    leptos::task::tick().await;
}
