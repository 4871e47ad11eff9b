//! A form loaded at run time: its spec and texts come from URLs, not from the build. They are
//! checked with the same linter as `loket-lint` before the form is shown; when they cannot be
//! loaded or have a problem, the resident gets a plain message and the ways to get help, and
//! each problem goes to the browser console for the web team.

use std::sync::Arc;

use leptos::context::Provider;
use leptos::prelude::*;

use super::browser;
use super::context::{use_kit, Kit};
use super::guided_form::GuidedForm;
use super::help_panel::HelpPanel;
use crate::core::lint::{check_form, TextFile};
use crate::core::{Catalog, FormSpec};

/// Where a form loaded at run time lives: its spec and its texts per locale.
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

/// Reads one file: its text when the server answered 2xx, else why not.
async fn fetch_text(url: &str) -> Result<String, String> {
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

/// Loads and checks the form; the kit for it (the site's texts plus the form's) when it is
/// sound, `None` after logging every problem.
async fn load(
    source: &RuntimeSource,
    kit: &Kit,
    base: fn() -> Catalog,
) -> Option<(Kit, Arc<FormSpec>)> {
    let spec = fetch_text(&source.spec_url).await;
    let mut texts = Vec::new();
    for (locale, url) in &source.texts_urls {
        texts.push(TextFile {
            locale: locale.clone(),
            file: url.clone(),
            source: fetch_text(url).await,
        });
    }
    let mut problems = Vec::new();
    let json = match spec {
        Ok(json) => json,
        Err(why) => {
            problems.push(format!("{}: the spec {why}", source.spec_url));
            String::new()
        }
    };
    let mut catalog = base();
    let profile = kit.profile.as_ref().clone();
    let checked = check_form(
        &source.spec_url,
        &json,
        &texts,
        &mut catalog,
        &[(source.profile_file.clone(), profile.clone())],
    );
    if problems.is_empty() {
        problems.extend(checked.problems.iter().map(ToString::to_string));
    }
    let spec = checked
        .spec
        .filter(|_| problems.is_empty())
        .and_then(|spec| {
            if spec.id != source.id {
                problems.push(format!(
                "{}: the form's id is `{}`, but it was loaded as `{}`: give the file the form's id",
                source.spec_url, spec.id, source.id
            ));
                return None;
            }
            spec.with_profile(&profile.settings)
                .map_err(|e| problems.push(format!("{}: {e}", source.profile_file)))
                .ok()
        });
    for problem in &problems {
        browser::warn(&format!("loket: {problem}"));
    }
    let spec = spec.filter(|_| problems.is_empty())?;
    let kit = Kit {
        catalog: Arc::new(catalog),
        ..kit.clone()
    };
    Some((kit, Arc::new(spec)))
}

/// A form whose spec and texts are loaded from `source` when the page opens. `base` makes the
/// site's own texts (the kit's and the profile's), to which the form's are added.
#[component]
pub fn RuntimeForm(source: RuntimeSource, base: fn() -> Catalog) -> impl IntoView {
    let kit = use_kit();
    let loaded = RwSignal::new(Loaded::Loading);
    {
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
