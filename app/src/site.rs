//! The site frame: skip link, header with the language switch, main, footer; and the route.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use loket::view::{FetchTexts, Kit, LanguageSwitch, focus_now, query_param, set_document_lang};
use loket::{Catalog, FormSpec, Locale, Profile};

use crate::data::{DEFAULT_PROFILE, built_in_profile, callback_form_of, catalog, forms_of};
use crate::pages::{ContinuePage, FormPage, NotFound, StartPage};

/// The address of the "continue a form" page.
pub const CONTINUE_PATH: &str = "loket";

/// What the address asks for.
pub enum Route {
    /// `/`: choose a form.
    Start,
    /// `/<form id>`: a form.
    Form(Arc<FormSpec>),
    /// `/loket`: continue a form from a hand-off code or an answers file.
    Continue,
    /// The gallery or a form loaded at run time, in the full module only.
    #[cfg(feature = "extras")]
    Extra(crate::extras::Page),
    /// Anything else.
    NotFound,
}

/// The municipality the page names in `<meta name="loket-profile">`: choosing a profile is
/// configuration in the HTML, not code.
#[cfg(target_arch = "wasm32")]
fn profile_id() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=loket-profile]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
}

/// Outside a browser (rendering pages when the site is built): the one named by
/// [`set_native_profile`], or the default.
#[cfg(not(target_arch = "wasm32"))]
fn profile_id() -> String {
    #[cfg(feature = "prerender")]
    if let Some(id) = NATIVE_PROFILE.get() {
        return id.clone();
    }
    DEFAULT_PROFILE.to_string()
}

#[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
static NATIVE_PROFILE: OnceLock<String> = OnceLock::new();

/// Names the municipality whose pages are rendered outside a browser, as the page's
/// `<meta name="loket-profile">` does in it; before the first page only.
#[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
pub fn set_native_profile(id: &str) {
    let _ = NATIVE_PROFILE.set(id.to_string());
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
    let catalog = catalog();
    catalog.prepare(&start_locale(&catalog, query_param("lang").as_deref()));
    all_forms();
}

/// The language the page starts in: the one in the address (`?lang=`) if the site offers it,
/// otherwise the first one.
fn start_locale(catalog: &Catalog, lang: Option<&str>) -> Locale {
    lang.map(Locale::new)
        .filter(|l| catalog.offers(l))
        .or_else(|| catalog.locales().first().cloned())
        .unwrap_or_else(|| Locale::new("nl"))
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

/// Where a page is: its address below the site's root (`klacht`, `` for the start page) and the
/// language its address asks for (`?lang=`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Address {
    /// The path below the site's root, without slashes at either end.
    pub rest: String,
    /// `?lang=`, if there is one.
    pub lang: Option<String>,
}

impl Address {
    /// This page's address, relative to the site's root (`<base>`, set by Trunk's public URL),
    /// so the site also works under a sub-path (`/loket/klacht`).
    pub fn of_page() -> Self {
        let lang = query_param("lang");
        // Outside a browser (rendering pages when the site is built) there is no page.
        let document = cfg!(target_arch = "wasm32")
            .then(|| web_sys::window().and_then(|w| w.document()))
            .flatten();
        let Some(document) = document else {
            return Address {
                rest: String::new(),
                lang,
            };
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
            .trim_end_matches('/')
            .to_string();
        Address { rest, lang }
    }
}

/// What `rest` (see [`Address`]) asks for.
fn route(rest: &str) -> Route {
    if rest.is_empty() {
        return Route::Start;
    }
    if rest == CONTINUE_PATH {
        return Route::Continue;
    }
    #[cfg(feature = "extras")]
    if let Some(route) = crate::extras::route(rest) {
        return route;
    }
    match forms().into_iter().find(|f| f.site_path() == rest) {
        Some(form) => Route::Form(form),
        None => Route::NotFound,
    }
}

/// The whole page at `address`.
#[component]
pub fn Site(address: Address) -> impl IntoView {
    let catalog = catalog();
    let locale = start_locale(&catalog, address.lang.as_deref());
    set_document_lang(locale.tag());
    let kit = Kit::new(catalog, profile(), locale)
        .with_callback_form(callback_form())
        .with_texts_from(texts_named_by_page());
    provide_context(kit.clone());
    let route = route(&address.rest);
    #[cfg(feature = "extras")]
    let header_switch = match &route {
        Route::Extra(page) => crate::extras::header_switch(page),
        _ => true,
    };
    #[cfg(not(feature = "extras"))]
    let header_switch = true;
    let page = match route {
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Form(spec) => view! { <FormPage spec/> }.into_any(),
        Route::Continue => view! { <ContinuePage/> }.into_any(),
        #[cfg(feature = "extras")]
        Route::Extra(page) => crate::extras::view(page),
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

/// Fetches a language's compiled texts from the file the page names for it, with its
/// integrity: `<meta name="loket-texts" data-lang="en" content="texts-en-….txt"
/// data-integrity="sha384-…">` (written by `tools/texts.mjs`).
fn texts_named_by_page() -> FetchTexts {
    Arc::new(|locale: Locale| {
        Box::pin(async move {
            #[cfg(target_arch = "wasm32")]
            {
                let named = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| {
                        let selector =
                            format!(r#"meta[name="loket-texts"][data-lang="{}"]"#, locale.tag());
                        d.query_selector(&selector).ok().flatten()
                    })
                    .and_then(|m| {
                        Some((
                            m.get_attribute("content")?,
                            m.get_attribute("data-integrity")?,
                        ))
                    });
                let (href, integrity) = named.ok_or(())?;
                let response = gloo_net::http::Request::get(&href)
                    .integrity(&integrity)
                    .send()
                    .await
                    .map_err(|_| ())?;
                match response.ok() {
                    true => response.text().await.map_err(|_| ()),
                    false => Err(()),
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                // Outside a browser every text is built in.
                let _ = locale;
                Err(())
            }
        })
    })
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
