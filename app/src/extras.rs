//! The pages of the full module only (feature `extras`): the gallery (`/gallery`,
//! `/gallery/<id>`, `/gallery/lint`) and forms loaded at run time (`/formulier/<id>`).
//!
//! Residents' pages are built without this feature, so the gallery, the linter and the loader of
//! run-time forms are not in the module every resident downloads. `scripts/build.sh` builds the
//! crate a second time with it, and `app/loader.js` starts that full module on these addresses
//! (see docs/speed.md, "Two modules"): what [`route`] takes here, the loader must take too.

use leptos::prelude::*;
use loket::authoring::lint_input;
use loket::view::{RuntimeForm, RuntimeSource};

use crate::data::{catalog, fresh_catalog};
use crate::gallery::{self, GALLERY_PATH, GalleryPage};
use crate::site::{Route, profile};

/// The address of forms loaded at run time: `/formulier/<id>`.
pub const RUNTIME_PATH: &str = "formulier";

/// A page of the full module.
pub enum Page {
    /// `/formulier/<id>`: a form whose spec and texts are loaded when the page opens
    /// (`forms/runtime/<id>.json`, `locales/<lang>/runtime/<id>.ftl`), not built in.
    Runtime(RuntimeSource),
    /// `/gallery` (`None`) or one example, `/gallery/<id>`.
    Gallery(Option<String>),
}

/// The route of an address of the full module (relative to the site's root, without slashes
/// around it), or `None` when the address is not one of them.
pub fn route(rest: &str) -> Option<Route> {
    if rest == GALLERY_PATH {
        return Some(Route::Extra(Page::Gallery(None)));
    }
    if let Some(example) = rest
        .strip_prefix(GALLERY_PATH)
        .and_then(|r| r.strip_prefix('/'))
    {
        return Some(Route::Extra(Page::Gallery(Some(example.to_string()))));
    }
    let id = rest
        .strip_prefix(RUNTIME_PATH)
        .and_then(|r| r.strip_prefix('/'))?;
    Some(if form_id_like(id) && profile().offers(id) {
        Route::Extra(Page::Runtime(runtime_source(id)))
    } else {
        Route::NotFound
    })
}

/// Whether the site's header shows its language switch: the language switch example shows the
/// page's own switch, one per page (axe `landmark-unique`), so the header leaves it out there.
pub fn header_switch(page: &Page) -> bool {
    match page {
        Page::Gallery(Some(example)) => !gallery::shows_language_switch(example),
        _ => true,
    }
}

/// The page itself.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::Runtime(source) => view! { <RuntimeForm source base=fresh_catalog/> }.into_any(),
        Page::Gallery(example) => view! { <GalleryPage example/> }.into_any(),
    }
}

/// Where the web server keeps a form loaded at run time: its spec and, per locale, its
/// texts, relative to the site's root.
fn runtime_source(id: &str) -> RuntimeSource {
    RuntimeSource {
        id: id.to_string(),
        spec_url: lint_input::spec_file(id),
        texts_urls: catalog()
            .locales()
            .into_iter()
            .map(|l| (l.tag().to_string(), lint_input::texts_file(l.tag(), id)))
            .collect(),
        profile_file: profile_file(),
    }
}

/// The profile's file as problems name it (`profiles/enschede.json`).
pub fn profile_file() -> String {
    format!("profiles/{}.json", profile().id)
}

/// Whether an address part can be a form id: lower-case letters, digits and dashes, so it
/// never leads a request out of the site's folders.
fn form_id_like(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
