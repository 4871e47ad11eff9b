//! A form loaded at run time: its spec and texts come from URLs, not from the build. Before it
//! is shown, the spec must hold together and every text it needs must exist in each language
//! (`loket-lint` checks more, such as plain language, where the form is written). When they
//! cannot be loaded or have a problem, the resident gets a plain message and the ways to get
//! help, and each problem goes to the browser console for the web team.

use std::sync::Arc;

use leptos::context::Provider;
use leptos::prelude::*;

use super::browser;
use super::context::{Kit, use_kit};
use super::guided_form::GuidedForm;
use super::help_panel::HelpPanel;
use crate::core::texts::completeness::text_problems;
use crate::core::{Catalog, FormSpec, Profile};

/// Where a form loaded at run time lives: its spec and its texts per locale.
///
/// # Examples
///
/// ```
/// use loket::view::RuntimeSource;
///
/// let source = RuntimeSource {
///     id: "avg-verzoek".into(),
///     spec_url: "/forms/runtime/avg-verzoek.json".into(),
///     texts_urls: vec![
///         ("nl".into(), "/locales/nl/runtime/avg-verzoek.ftl".into()),
///         ("en".into(), "/locales/en/runtime/avg-verzoek.ftl".into()),
///     ],
///     profile_file: "profiles/enschede.json".into(),
/// };
/// assert_eq!(source.texts_urls.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeSource {
    /// The form's id; its draft is kept under it, like any form's.
    pub id: String,
    /// The URL of the spec (JSON), same origin.
    pub spec_url: String,
    /// The URL of the form's `.ftl` file for each locale of the site: (locale, URL).
    pub texts_urls: Vec<(String, String)>,
    /// The profile's file as named in problems (`profiles/enschede.json`).
    pub profile_file: String,
}

#[derive(Clone)]
enum Loaded {
    Loading,
    Failed,
    Ready(Kit, Arc<FormSpec>),
}

/// Reads one file of the site: its text when the server answered 2xx, else why not.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("could not be loaded ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "could not be loaded (HTTP {} from {url})",
            response.status()
        ));
    }
    response
        .text()
        .await
        .map_err(|e| format!("could not be read ({e})"))
}

/// Reads one file of the site: outside a browser (native tests and examples) there is no
/// site, so never its text.
#[cfg(not(target_arch = "wasm32"))]
pub async fn fetch_text(_url: &str) -> Result<String, String> {
    Err("could not be loaded (outside a browser)".to_string())
}

/// Loads a form from `source` and checks it with the same linter as `loket-lint`, against
/// the site's texts (`base`) and `profile`: the texts with the form's added and the spec with
/// the profile's settings filled in, or one line per problem naming the file, the question
/// and the fix. A gallery or preview page can show these lines to a web team.
///
/// # Examples
///
/// ```
/// use loket::view::{load_runtime_form, RuntimeSource};
/// use loket::{Catalog, Profile};
///
/// fn site_texts() -> Catalog {
///     let mut catalog = Catalog::new();
///     let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
///     catalog.add("nl", "loket.ftl", kit).unwrap();
///     catalog
/// }
///
/// async fn preview(source: RuntimeSource, profile: Profile) -> Vec<String> {
///     match load_runtime_form(&source, &profile, site_texts).await {
///         // The texts with the form's added, and the spec with the profile's settings.
///         Ok((_catalog, spec)) => vec![format!("{} is ready", spec.id)],
///         // One line per problem, naming the file, the question and the fix.
///         Err(problems) => problems,
///     }
/// }
///
/// # let profile = loket::view::examples::kit().profile.as_ref().clone();
/// let source = RuntimeSource {
///     id: "avg-verzoek".into(),
///     spec_url: "/forms/runtime/avg-verzoek.json".into(),
///     texts_urls: vec![("nl".into(), "/locales/nl/runtime/avg-verzoek.ftl".into())],
///     profile_file: "profiles/enschede.json".into(),
/// };
/// // Outside a browser nothing can be fetched: the problem names the spec's file.
/// let lines = loket::view::examples::ready(preview(source, profile));
/// assert_eq!(lines, ["/forms/runtime/avg-verzoek.json: the spec could not be loaded (outside a browser)"]);
/// ```
pub async fn load_runtime_form(
    source: &RuntimeSource,
    profile: &Profile,
    base: fn() -> Catalog,
) -> Result<(Catalog, FormSpec), Vec<String>> {
    let json = fetch_text(&source.spec_url)
        .await
        .map_err(|why| vec![format!("{}: the spec {why}", source.spec_url)])?;
    let mut problems = Vec::new();
    let spec = FormSpec::from_json(&json)
        .map_err(|e| problems.push(format!("{}: {e}", source.spec_url)))
        .ok();
    let mut catalog = base();
    for (locale, url) in &source.texts_urls {
        match fetch_text(url).await {
            Ok(text) => {
                if let Err(found) = catalog.add(locale, url, &text) {
                    problems.extend(found);
                }
            }
            Err(why) => problems.push(format!("{url}: the form's texts in `{locale}` {why}")),
        }
    }
    let Some(spec) = spec else {
        return Err(problems);
    };
    problems.extend(
        text_problems(&spec, profile, &catalog)
            .into_iter()
            .map(|p| format!("{}: {p}", source.spec_url)),
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    if spec.id != source.id {
        return Err(vec![format!(
            "{}: the form's id is `{}`, but it was loaded as `{}`: give the file the form's id",
            source.spec_url, spec.id, source.id
        )]);
    }
    let spec = spec
        .with_profile(&profile.settings)
        .map_err(|e| vec![format!("{}: {e}", source.profile_file)])?;
    Ok((catalog, spec))
}

/// Loads and checks the form; the kit for it (the site's texts plus the form's) when it is
/// sound, `None` after logging every problem to the console.
async fn load(
    source: &RuntimeSource,
    kit: &Kit,
    base: fn() -> Catalog,
) -> Option<(Kit, Arc<FormSpec>)> {
    match load_runtime_form(source, &kit.profile, base).await {
        Ok((catalog, spec)) => {
            let kit = Kit {
                catalog: Arc::new(catalog),
                ..kit.clone()
            };
            Some((kit, Arc::new(spec)))
        }
        Err(problems) => {
            for problem in &problems {
                browser::warn(&format!("loket: {problem}"));
            }
            None
        }
    }
}

/// A form whose spec and texts are loaded from `source` when the page opens. `base` makes the
/// site's own texts (the kit's and the profile's), to which the form's are added.
///
/// # Examples
///
/// ```
/// # // A whole form's view types nest deeper than the default limit.
/// # #![recursion_limit = "256"]
/// use leptos::prelude::*;
/// use loket::view::{RuntimeForm, RuntimeSource};
/// use loket::view::examples::{kit, render_html};
/// use loket::Catalog;
///
/// fn site_texts() -> Catalog {
///     let mut catalog = Catalog::new();
///     let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
///     catalog.add("nl", "loket.ftl", kit).unwrap();
///     catalog
/// }
///
/// let source = RuntimeSource {
///     id: "avg-verzoek".into(),
///     spec_url: "/forms/runtime/avg-verzoek.json".into(),
///     texts_urls: vec![("nl".into(), "/locales/nl/runtime/avg-verzoek.ftl".into())],
///     profile_file: "profiles/enschede.json".into(),
/// };
/// // Needs the kit; once loaded and checked it shows a `GuidedForm` with the form's texts added.
/// // First, and outside a browser (nothing to load from), it says it is loading.
/// let html = render_html(kit(), move || view! { <RuntimeForm source base=site_texts/> });
/// assert!(html.contains(r#"<p role="status">Het formulier wordt geladen.</p>"#), "{html}");
/// ```
#[component]
pub fn RuntimeForm(source: RuntimeSource, base: fn() -> Catalog) -> impl IntoView {
    let kit = use_kit();
    let loaded = RwSignal::new(Loaded::Loading);
    // Outside a browser (native tests and examples) there is nothing to load from: the page
    // stays as it first shows.
    if cfg!(target_arch = "wasm32") {
        let kit = kit.clone();
        leptos::task::spawn_local(async move {
            let result = load(&source, &kit, base).await;
            loaded.set(match result {
                Some((kit, spec)) => Loaded::Ready(kit, spec),
                None => Loaded::Failed,
            });
        });
    }
    {
        let kit = kit.clone();
        Effect::new(move |_| {
            let page = match loaded.get() {
                Loaded::Loading => "loket-runtime-loading",
                Loaded::Failed => "loket-runtime-failed-title",
                Loaded::Ready(..) => return,
            };
            browser::set_title(&kit.tf(
                "loket-runtime-page-title",
                &[
                    ("page", kit.t(page).into()),
                    ("municipality", kit.t(&kit.profile.name_key()).into()),
                ],
            ));
        });
    }
    move || {
        match loaded.get() {
        Loaded::Loading => view! {
            <div class="loket">
                <p role="status">{kit.text("loket-runtime-loading")}</p>
            </div>
        }
        .into_any(),
        Loaded::Failed => view! {
            <div class="loket">
                <h1 class="loket-heading" tabindex="-1">{kit.text("loket-runtime-failed-title")}</h1>
                <p>{kit.text("loket-runtime-failed-body")}</p>
                <HelpPanel form=String::new()/>
            </div>
        }
        .into_any(),
        Loaded::Ready(form_kit, spec) => view! {
            <Provider value=form_kit>
                <GuidedForm spec/>
            </Provider>
        }
        .into_any(),
    }
    }
}
