//! The site's pages: the start page, a form page and "not found".

use std::sync::Arc;

use leptos::prelude::*;
use loket::core::texts::messages;
use loket::view::{ContinueForm, GuidedForm, HelpPanel, Kit, set_title, use_kit};
use loket::{FormSpec, Locale};

use crate::site::{CONTINUE_PATH, forms, localised_href};

/// Keeps the title "<page> – <municipality>" in the current language.
fn keep_title(kit: &Kit, page_key: &'static str) {
    keep_title_with_errors(kit, page_key, None);
}

/// [`keep_title`], with "Fout: " in front while `errors` is set.
fn keep_title_with_errors(kit: &Kit, page_key: &'static str, errors: Option<RwSignal<bool>>) {
    let kit = kit.clone();
    Effect::new(move |_| {
        let title = kit.tf(
            "site-page-title",
            &[
                ("page", kit.t(page_key).into()),
                ("municipality", kit.t(&kit.profile.name_key()).into()),
            ],
        );
        set_title(&kit.error_title(title, errors.is_some_and(|e| e.get())));
    });
}

/// `/`: "Wat wilt u doen?" with every form, what it is for and how long it takes.
#[component]
pub fn StartPage() -> impl IntoView {
    let kit = use_kit();
    keep_title(&kit, "site-start-title");
    let items = forms()
        .into_iter()
        .map(|form| {
            let (k1, k4) = (kit.clone(), kit.clone());
            let id = form.id.clone();
            let path = form.site_path().to_string();
            let title = messages::form_title(&id);
            let summary = messages::form_summary(&id);
            let minutes = form.minutes.map(|m| {
                view! { <p class="site-forms__minutes">{move || k4.tf("site-form-minutes", &[("minutes", m.into())])}</p> }
            });
            view! {
                <li class="site-forms__item">
                    <h2 class="site-forms__title">
                        <a class="utrecht-link" href=move || localised_href(&k1, &path)>{kit.form_text(title)}</a>
                    </h2>
                    <p>{kit.form_text(summary)}</p>
                    {minutes}
                </li>
            }
        })
        .collect_view();
    let k5 = kit.clone();
    view! {
        <div class="loket">
            <h1 class="loket-heading" tabindex="-1">{kit.text("site-start-title")}</h1>
            <p>{kit.text("site-start-intro")}</p>
            <ul class="site-forms">{items}</ul>
            <h2>{kit.text("site-continue-title")}</h2>
            <p>{kit.text("site-continue-body")}" "<a class="utrecht-link" href=move || localised_href(&k5, CONTINUE_PATH)>{kit.text("site-continue-link")}</a></p>
            <HelpPanel form=String::new()/>
        </div>
    }
}

/// A form page.
#[component]
pub fn FormPage(spec: Arc<FormSpec>) -> impl IntoView {
    view! { <StartFailed/> <StartWaiting/> <GuidedForm spec/> }
}

/// What the prerendered first step says when its "Volgende" is pressed before the app runs:
/// `app/loader.js` shows this text beside the button, in a status it removes when the app
/// starts and carries the press out. Never shown by the app itself.
#[component]
fn StartWaiting() -> impl IntoView {
    let kit = use_kit();
    view! { <p hidden data-loket-start-waiting="">{kit.text("site-start-waiting")}</p> }
}

/// What the prerendered first step says when the app cannot start (the WebAssembly does not
/// arrive or does not run): hidden while the app runs, since then it did start; `app/loader.js`
/// shows it on the prerendered copy. The help block follows further down the page.
#[component]
fn StartFailed() -> impl IntoView {
    let kit = use_kit();
    view! {
        <div class="loket loket-notice" role="alert" hidden data-loket-start-failed="">
            <h2 class="loket-heading">{kit.text("site-start-failed-title")}</h2>
            <p>{kit.text("site-start-failed-body")}</p>
        </div>
    }
}

/// `/loket`: continue a form from a hand-off code or an answers file, in the resident's
/// language. Used at the desk and by residents who saved their answers.
#[component]
pub fn ContinuePage() -> impl IntoView {
    let kit = use_kit();
    let problem_shown = RwSignal::new(false);
    keep_title_with_errors(&kit, "loket-continue-title", Some(problem_shown));
    let on_continue = Callback::new(move |(spec, locale): (Arc<FormSpec>, Locale)| {
        let path = spec.site_path().to_string();
        let href = format!("{path}?lang={}", locale.tag());
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(&href);
        }
    });
    view! {
        <div class="loket">
            <ContinueForm forms=forms() on_continue problem_shown/>
            // Residents reach this page while getting help: the ways to reach us are here too.
            <HelpPanel form=String::new()/>
        </div>
    }
}

/// Any other address.
#[component]
pub fn NotFound() -> impl IntoView {
    let kit = use_kit();
    keep_title(&kit, "site-not-found-title");
    let k3 = kit.clone();
    view! {
        <div class="loket">
            <h1 class="loket-heading">{kit.text("site-not-found-title")}</h1>
            <p>{kit.text("site-not-found-body")}</p>
            <p><a class="utrecht-link" href=move || localised_href(&k3, "./")>{kit.text("site-home-link")}</a></p>
        </div>
    }
}
