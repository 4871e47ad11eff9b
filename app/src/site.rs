//! The site frame: skip link, header with the language switch, main, footer; and the route.

use std::sync::Arc;

use leptos::prelude::*;
use loket::view::{query_param, set_document_lang, Kit, LanguageSwitch};
use loket::{Catalog, FormSpec, Locale, Profile};

use crate::assets;
use crate::pages::{FormPage, NotFound, StartPage};

/// The municipality this site is for.
const PROFILE: &str = "enschede";

/// What the address asks for.
pub enum Route {
    /// `/`: choose a form.
    Start,
    /// `/<form id>`: a form.
    Form(Arc<FormSpec>),
    /// Anything else.
    NotFound,
}

fn catalog() -> Catalog {
    let mut catalog = Catalog::new();
    for (locale, file, source) in assets::LOCALES {
        // Problems in texts are caught by the test suite; the page shows the key instead.
        let _ = catalog.add(locale, file, source);
    }
    catalog
}

fn profile() -> Profile {
    assets::PROFILES
        .iter()
        .find(|(id, _)| *id == PROFILE)
        .and_then(|(_, json)| Profile::from_json(json).ok())
        .expect("the reference site's profile is valid (checked by the tests)")
}

/// The forms this site offers, in the order of the start page.
pub fn forms() -> Vec<Arc<FormSpec>> {
    assets::FORMS
        .iter()
        .filter_map(|(_, json)| FormSpec::from_json(json).ok())
        .map(Arc::new)
        .collect()
}

fn route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let path = path.trim_end_matches("/index.html").trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or("");
    if last.is_empty() {
        return Route::Start;
    }
    match forms().into_iter().find(|f| f.id == last) {
        Some(form) => Route::Form(form),
        None => Route::NotFound,
    }
}

/// The whole page.
#[component]
pub fn Site() -> impl IntoView {
    let catalog = Arc::new(catalog());
    let locales = catalog.locales();
    let locale = query_param("lang")
        .map(|tag| Locale::new(&tag))
        .filter(|l| locales.contains(l))
        .or_else(|| locales.first().cloned())
        .unwrap_or_else(|| Locale::new("nl"));
    set_document_lang(locale.tag());
    let kit = Kit::new(catalog, Arc::new(profile()), locale);
    provide_context(kit.clone());
    let page = match route() {
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Form(spec) => view! { <FormPage spec/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };
    let (k1, k2, k3) = (kit.clone(), kit.clone(), kit.clone());
    let municipality = kit.profile.name_key();
    view! {
        <a class="loket-skip-link" href="#main">{move || k1.t("loket-skip-link")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__home" href=move || home_href(&k3)>{move || k2.t(&municipality)}</a>
                <LanguageSwitch/>
            </div>
        </header>
        <main id="main" class="site-main" tabindex="-1">{page}</main>
        <footer class="site-footer">
            <div class="site-footer__inner"><p>{move || kit.t("site-footer-note")}</p></div>
        </footer>
    }
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
