//! A form embedded in another page: `loket-embed.js` gives each `<loket-form>` (or each
//! `mount(element, options)` call) a shadow root with Loket's stylesheet and a container, and
//! calls [`mount_form`] to show the form there.
//!
//! An embedded form keeps to itself: its ids live in its own shadow root (several forms fit
//! on one page), it never sets the host page's title, language, address or history, and it
//! takes only the CSS custom properties (design tokens) from the page.

use std::any::Any;
use std::sync::Arc;

use leptos::prelude::*;
use loket::core::model::prefill::Prefill;
use loket::view::{GuidedForm, HelpPanel, Host, Kit, warn};
use loket::{Catalog, Locale, Profile};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::data::{DEFAULT_PROFILE, built_in_profile, catalog, form_of};

/// One form on a host page, as `mount` gives it back to the page's script.
#[wasm_bindgen]
pub struct EmbeddedForm {
    host: Host,
    catalog: Arc<Catalog>,
    locale: RwSignal<Locale>,
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl EmbeddedForm {
    /// Shows the form in the language closest to `tag` (`en`, `en-GB`), keeping every answer
    /// and the focus; the language actually shown is returned.
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&self, tag: &str) -> String {
        let locale = self.catalog.closest(tag);
        if self.locale.get_untracked() != locale {
            self.locale.set(locale.clone());
        }
        locale.tag().to_string()
    }

    /// Takes the form off the page. What was typed stays kept in this tab, so mounting the
    /// form again continues where the resident was.
    pub fn unmount(&mut self) {
        self.mounted = None;
        self.host.release();
    }
}

/// Why a form cannot be shown; written to the console for the web team.
enum Problem {
    /// The profile file was not valid.
    Profile(String),
    /// The profile has no form with this id.
    Form(String),
}

/// The profile to use: the contents of the file the page named, or a built-in one by id.
fn chosen_profile(id: &str, json: Option<&str>) -> Result<Profile, Problem> {
    match json {
        Some(json) => Profile::from_json(json).map_err(|e| Problem::Profile(e.0)),
        None => {
            let id = if id.is_empty() { DEFAULT_PROFILE } else { id };
            built_in_profile(id)
                .ok_or_else(|| Problem::Profile(format!("no built-in profile {id:?}")))
        }
    }
}

/// Shows the form `form` of a municipality profile in `container` (inside `root`, the shadow
/// root the page's script made), in the language closest to `lang`. The profile is the
/// contents of a profile file (`profile_json`) or else the built-in one named `profile`.
/// `prefill_json` is verified data from the page's own login (see `loket::core::model::prefill`).
/// When the form cannot be shown, the resident reads that, with the municipality's help
/// channels when the profile is known, and the console says why.
#[wasm_bindgen(js_name = mountForm)]
pub fn mount_form(
    container: web_sys::HtmlElement,
    root: web_sys::ShadowRoot,
    form: &str,
    lang: &str,
    profile: &str,
    profile_json: Option<String>,
    prefill_json: Option<String>,
) -> EmbeddedForm {
    let catalog = catalog();
    let locale = catalog.closest(lang);
    let host = Host::embed(root);
    let (profile, known) = match chosen_profile(profile, profile_json.as_deref()) {
        Ok(profile) => (profile, true),
        Err(problem) => {
            report(&problem);
            // Only to render the message: its help channels are not this municipality's.
            let stand_in = built_in_profile(DEFAULT_PROFILE);
            (
                stand_in.expect("the built-in profiles are valid (tested)"),
                false,
            )
        }
    };
    // Only this form and the call-back form are read, not every form of the profile.
    let spec = known
        .then(|| form_of(&profile, form))
        .flatten()
        .filter(|_| profile.offers(form));
    if known && spec.is_none() {
        report(&Problem::Form(form.to_string()));
    }
    // "Call me back" is offered inside a form only: without one, it is not read.
    let callback = profile
        .callback_form
        .as_deref()
        .filter(|_| spec.is_some())
        .and_then(|id| form_of(&profile, id));
    // Verified data from the page's own login; a bad one is reported and left out.
    let prefill = prefill_json.and_then(|json| {
        Prefill::from_json(&json)
            .inspect_err(|why| warn(&format!("Loket: {why}; the form starts without it")))
            .ok()
    });
    let profile = Arc::new(profile);
    let kit = Kit::new(catalog.clone(), profile.clone(), locale)
        .with_callback_form(callback)
        .embedded_in(host);
    let locale = kit.locale;
    let mounted = leptos::mount::mount_to(container, move || {
        provide_context(kit.clone());
        let lang = move || kit.locale.get().tag().to_string();
        let shown = match spec {
            Some(spec) => match prefill {
                Some(prefill) => view! { <GuidedForm spec prefill/> }.into_any(),
                None => view! { <GuidedForm spec/> }.into_any(),
            },
            None => view! { <Unavailable help=known/> }.into_any(),
        };
        view! { <div class="loket-embedded" lang=lang>{shown}</div> }
    });
    // The pages after the first step come while the resident reads it (docs/speed.md).
    loket::view::fetch_rare_parts();
    EmbeddedForm {
        host,
        catalog,
        locale,
        mounted: Some(Box::new(mounted)),
    }
}

/// Tells the web team, in the console, why a form is not shown.
fn report(problem: &Problem) {
    match problem {
        Problem::Profile(why) => warn(&format!(
            "Loket: the profile could not be read ({why}); check the profile attribute or option"
        )),
        Problem::Form(id) => warn(&format!(
            "Loket: the profile offers no form {id:?}; check the form attribute or option"
        )),
    }
}

/// In place of a form that cannot be shown: what happened and, when the municipality is
/// known (`help`), its help channels.
#[component]
fn Unavailable(help: bool) -> impl IntoView {
    let kit = loket::view::use_kit();
    view! {
        <div class="loket">
            <h2 class="loket-heading">{kit.text("site-embed-unavailable-title")}</h2>
            <p>{kit.text("site-embed-unavailable-body")}</p>
            {help.then(|| view! { <HelpPanel form=String::new()/> })}
        </div>
    }
}
