//! The site frame: skip link, header with the language switch, main, footer; and the route.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use loket::view::{
    focus_now, query_param, set_document_lang, Kit, LanguageSwitch, RuntimeForm, RuntimeSource,
};
use loket::{lint_input, Catalog, FormSpec, Locale, Profile};

use crate::data::{
    built_in_profile, callback_form_of, catalog, forms_of, fresh_catalog, DEFAULT_PROFILE,
};
use crate::pages::{ContinuePage, FormPage, NotFound, StartPage};

use crate::gallery::{self, GalleryPage, GALLERY_PATH};

/// The address of the "continue a form" page.
pub const CONTINUE_PATH: &str = "loket";

/// The address of forms loaded at run time: `/formulier/<id>`.
pub const RUNTIME_PATH: &str = "formulier";

/// What the address asks for.
pub enum Route {
    /// `/`: choose a form.
    Start,
    /// `/<form id>`: a form.
    Form(Arc<FormSpec>),
    /// `/formulier/<id>`: a form whose spec and texts are loaded when the page opens
    /// (`forms/runtime/<id>.json`, `locales/<lang>/runtime/<id>.ftl`), not built in.
    Runtime(RuntimeSource),
    /// `/loket`: continue a form from a hand-off code or an answers file.
    Continue,
    /// `/gallery` (`None`) or one example, `/gallery/<id>`.
    Gallery(Option<String>),
    /// Anything else.
    NotFound,
}

/// The municipality the page names in `<meta name="loket-profile">`: choosing a profile is
/// configuration in the HTML, not code.
fn profile_id() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=loket-profile]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
}

/// The municipality profile this site is for, read once per page load.
pub fn profile() -> Arc<Profile> {
    static PROFILE: OnceLock<Arc<Profile>> = OnceLock::new();
    PROFILE
        .get_or_init(|| {
            let profile = built_in_profile(&profile_id())
                .or_else(|| built_in_profile(DEFAULT_PROFILE))
                .expect("the reference site's profiles are valid (checked by the tests)");
            Arc::new(profile)
        })
        .clone()
}

/// Every form of this site, the call-back form included; read once per page load.
fn all_forms() -> &'static [Arc<FormSpec>] {
    static FORMS: OnceLock<Vec<Arc<FormSpec>>> = OnceLock::new();
    FORMS.get_or_init(|| forms_of(&profile()))
}

/// Reads the texts, the profile and the forms, so the page can be built without waiting for
/// them (the loader lets the browser paint and take input in between).
pub fn prepare() {
    catalog();
    all_forms();
}

/// The form behind "Call me back", if the profile names one.
fn callback_form() -> Option<Arc<FormSpec>> {
    callback_form_of(&profile(), all_forms())
}

/// The forms this site offers, in the order of the start page (`order` below, then the rest
/// by id); the call-back form is reached from the help block only.
pub fn forms() -> Vec<Arc<FormSpec>> {
    let callback = profile().callback_form.clone();
    let mut forms: Vec<Arc<FormSpec>> = all_forms()
        .iter()
        .filter(|f| Some(&f.id) != callback.as_ref())
        .cloned()
        .collect();
    let order = ["vergunning-evenement", "klacht", "woo-verzoek"];
    forms.sort_by_key(|f| {
        (
            order.iter().position(|o| *o == f.id).unwrap_or(order.len()),
            f.id.clone(),
        )
    });
    forms
}

/// Where the web server keeps a form loaded at run time: its spec and, per locale, its
/// texts, relative to the site's root.
fn runtime_source(id: &str, catalog: &Catalog) -> RuntimeSource {
    RuntimeSource {
        id: id.to_string(),
        spec_url: lint_input::spec_file(id),
        texts_urls: catalog
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

/// The address relative to the site's root (`<base>`, set by Trunk's public URL), so the site
/// also works under a sub-path (`/loket/klacht`).
fn route(catalog: &Catalog) -> Route {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Route::NotFound;
    };
    let path = document
        .location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let root = document
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_string());
    let rest = path
        .strip_prefix(&root)
        .unwrap_or(&path)
        .trim_start_matches('/')
        .trim_end_matches("index.html")
        .trim_end_matches('/');
    if rest.is_empty() {
        return Route::Start;
    }
    if rest == CONTINUE_PATH {
        return Route::Continue;
    }
    if rest == GALLERY_PATH {
        return Route::Gallery(None);
    }
    if let Some(example) = rest
        .strip_prefix(GALLERY_PATH)
        .and_then(|r| r.strip_prefix('/'))
    {
        return Route::Gallery(Some(example.to_string()));
    }
    if let Some(id) = rest
        .strip_prefix(RUNTIME_PATH)
        .and_then(|r| r.strip_prefix('/'))
    {
        return if form_id_like(id) && profile().offers(id) {
            Route::Runtime(runtime_source(id, catalog))
        } else {
            Route::NotFound
        };
    }
    match forms().into_iter().find(|f| f.site_path() == rest) {
        Some(form) => Route::Form(form),
        None => Route::NotFound,
    }
}

/// The whole page.
#[component]
pub fn Site() -> impl IntoView {
    let catalog = catalog();
    let locale = query_param("lang")
        .map(|tag| Locale::new(&tag))
        .filter(|l| catalog.offers(l))
        .or_else(|| catalog.locales().first().cloned())
        .unwrap_or_else(|| Locale::new("nl"));
    set_document_lang(locale.tag());
    let kit = Kit::new(catalog, profile(), locale).with_callback_form(callback_form());
    provide_context(kit.clone());
    let route = route(&kit.catalog);
    // The language switch example shows the page's own switch: one per page (axe
    // `landmark-unique`), so the header leaves it out there.
    let header_switch = match &route {
        Route::Gallery(Some(example)) => !gallery::shows_language_switch(example),
        _ => true,
    };
    let page = match route {
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Form(spec) => view! { <FormPage spec/> }.into_any(),
        Route::Runtime(source) => view! { <RuntimeForm source base=fresh_catalog/> }.into_any(),
        Route::Continue => view! { <ContinuePage/> }.into_any(),
        Route::Gallery(example) => view! { <GalleryPage example/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };
    let k3 = kit.clone();
    let municipality = kit.profile.name_key();
    view! {
        <a class="loket-skip-link" href="#main" on:click=skip_to_main>{kit.text("loket-skip-link")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__home" href=move || home_href(&k3)>{kit.form_text(municipality)}</a>
                {header_switch.then(|| view! { <LanguageSwitch/> })}
            </div>
        </header>
        <main id="main" class="site-main" tabindex="-1">{page}</main>
        <footer class="site-footer">
            <div class="site-footer__inner"><p>{kit.text("site-footer-note")}</p></div>
        </footer>
    }
}

/// The skip link moves focus to the main content itself: with a `<base>` element a bare
/// `#main` would lead to the start page.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_now("main");
}

/// A link to a page of this site that keeps the chosen language.
pub fn localised_href(kit: &Kit, path: &str) -> String {
    let current = kit.locale.get();
    match kit.catalog.locales().first() {
        Some(default) if *default != current => format!("{path}?lang={}", current.tag()),
        _ => path.to_string(),
    }
}

fn home_href(kit: &Kit) -> String {
    localised_href(kit, "./")
}
