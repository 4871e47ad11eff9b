//! "Verder met een formulier" / "Continue a form": the other side of the desk. An employee
//! (or the resident, later) types or scans a hand-off code, or opens an answers file, and the
//! same form continues pre-filled in the resident's language.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::browser::Host;
use super::context::use_kit;
use super::rare_part::rare_work;
use super::why_we_ask::Why;
use crate::core::exchange::short_code::{LookupProblem, ShortCode};
use crate::core::{FormSpec, HandOffError, Locale, Package, model::ids};

const CODE: &str = "loket-continue-code";
const FILE: &str = "loket-continue-file";

/// Which of the two ways failed, and why.
/// What is wrong with the code or the file: the field, and the last part of its message key
/// (a [`HandOffError`], a [`LookupProblem`], or `not-loaded` when the part of the module that
/// reads codes and files could not be loaded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Problem {
    field: &'static str,
    error: &'static str,
}

impl Problem {
    fn key(self) -> String {
        format!("{}-error-{}", self.field, self.error)
    }
}

/// What a package is read from.
enum Source {
    /// A hand-off code, typed or scanned.
    Code(String),
    /// An answers file.
    File(String),
    /// The service's answer to a short code.
    Service(String),
}

rare_work! {
    /// Reads a package: in a split build in the module's second file, which also holds the
    /// page that makes codes (see `rare_part`).
    fn read(source: Source) -> Result<Package, HandOffError> {
        match source {
            Source::Code(text) => Package::from_code(&text),
            Source::File(text) => Package::from_file(&text),
            Source::Service(text) => serde_json::from_str(&text).map_err(|_| HandOffError::NotAnswers),
        }
    }
}

/// The last part of a problem's message key when the part of the module that reads packages
/// cannot be loaded.
const NOT_LOADED: &str = "not-loaded";

/// The answers kept behind a short code, from the profile's hand-off endpoint: the service's
/// answer, read by [`read`].
async fn fetch_package(endpoint: &str, code: &ShortCode) -> Result<String, LookupProblem> {
    let url = format!("{}/{}", endpoint.trim_end_matches('/'), code.as_str());
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|_| LookupProblem::Unavailable)?;
    if !response.ok() {
        return Err(LookupProblem::from_status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|_| LookupProblem::Unavailable)
}

/// Opens a package: keeps it as the form's draft and hands the form and language to the site.
/// `None`: it could not be read, as the part of the module that reads it did not load.
fn open(
    package: Option<Result<Package, HandOffError>>,
    field: &'static str,
    forms: &[Arc<FormSpec>],
    problem: RwSignal<Option<Problem>>,
    on_continue: Callback<(Arc<FormSpec>, Locale)>,
    host: Host,
) {
    let Some(package) = package else {
        problem.set(Some(Problem {
            field,
            error: NOT_LOADED,
        }));
        host.focus_soon(ids::ERROR_SUMMARY);
        return;
    };
    let found = package.and_then(|p| {
        let spec = p.find_form(forms.iter().map(AsRef::as_ref))?;
        let spec = forms.iter().find(|f| f.id == spec.id).cloned();
        Ok((p, spec.ok_or(HandOffError::UnknownForm)?))
    });
    match found {
        Ok((package, spec)) => {
            let mut state = package.to_state(&spec, browser::today());
            // Opened from the desk (`?balie=1`): the helper sends it on the resident's behalf.
            state.assisted = browser::query_param("balie").as_deref() == Some("1");
            browser::session_set(
                &crate::core::exchange::draft::storage_key(&spec.id),
                &state.to_draft(),
            );
            problem.set(None);
            on_continue.run((spec, Locale::new(&package.locale)));
        }
        Err(error) => {
            problem.set(Some(Problem {
                field,
                error: error.key(),
            }));
            host.focus_soon(ids::ERROR_SUMMARY);
        }
    }
}

/// The page: a code field and a file field, each with hint, why and its own error.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::ContinueForm;
/// use loket::view::examples::{form, kit, render_html};
/// use loket::{FormSpec, Locale};
///
/// let kit = kit();
/// let forms = vec![form("klacht")];
/// let locale = kit.locale;
/// let on_continue = Callback::new(move |(form, language): (Arc<FormSpec>, Locale)| {
///     // The draft is in place: open the form in the resident's language.
///     locale.set(language);
///     let _ = form.site_path();
/// });
/// // Needs only the kit: no form is open yet.
/// let html = render_html(kit, move || view! { <ContinueForm forms on_continue/> });
/// assert!(html.contains("Verder met een formulier</h1>"), "{html}");
/// // Two ways in: a code to type or scan, and an answers file.
/// assert!(html.contains(r#"<label for="loket-continue-code""#), "{html}");
/// assert!(html.contains("Open met deze code</button>"), "{html}");
/// assert!(html.contains(r#"<label for="loket-continue-file""#), "{html}");
/// ```
#[component]
pub fn ContinueForm(
    /// The forms this site offers.
    forms: Vec<Arc<FormSpec>>,
    /// Called with the form to open and the resident's language, once its draft is in place.
    on_continue: Callback<(Arc<FormSpec>, Locale)>,
    /// Set while a problem shows, so the page can say so in its title ("Fout: …").
    #[prop(optional)]
    problem_shown: Option<RwSignal<bool>>,
) -> impl IntoView {
    let kit = use_kit();
    let host = kit.host;
    let problem = RwSignal::new(None::<Problem>);
    if let Some(shown) = problem_shown {
        Effect::new(move |_| shown.set(problem.with(Option::is_some)));
    }
    let typed = RwSignal::new(String::new());
    let forms = StoredValue::new(forms);

    let endpoint = kit.profile.handoff_endpoint.clone();
    let open_code = move |text: String| {
        let short = endpoint
            .clone()
            .filter(|_| !text.trim().is_empty() && ShortCode::looks_short(&text));
        let Some(endpoint) = short else {
            leptos::task::spawn_local(async move {
                let package = read(Source::Code(text)).await;
                let _ =
                    forms.try_with_value(|f| open(package, CODE, f, problem, on_continue, host));
            });
            return;
        };
        let refuse = move |lookup: LookupProblem| {
            // The resident may have left the page while the service answered.
            let shown = problem.try_set(Some(Problem {
                field: CODE,
                error: lookup.key(),
            }));
            if shown.is_none() {
                host.focus_soon(ids::ERROR_SUMMARY);
            }
        };
        match ShortCode::parse(&text) {
            Err(e) => refuse(e.into()),
            Ok(code) => leptos::task::spawn_local(async move {
                let package = match fetch_package(&endpoint, &code).await {
                    Ok(text) => read(Source::Service(text)).await,
                    Err(lookup) => return refuse(lookup),
                };
                if matches!(package, Some(Err(_))) {
                    // The service answered with something that is not a package.
                    return refuse(LookupProblem::Unavailable);
                }
                let _ =
                    forms.try_with_value(|f| open(package, CODE, f, problem, on_continue, host));
            }),
        }
    };
    // A link from the desk names the code (`?code=`): it opens at once.
    if let Some(code) = browser::query_param("code").filter(|c| !c.trim().is_empty()) {
        typed.set(code.clone());
        let open_code = open_code.clone();
        browser::soon(move || open_code(code));
    }
    let on_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        open_code(typed.get_untracked());
    };
    let read_file = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let file = gloo_file::File::from(file);
            let package = if file.size() > crate::core::exchange::handoff::FILE_MAX_BYTES as u64 {
                Some(Err(HandOffError::TooLarge))
            } else {
                match gloo_file::futures::read_as_text(&file).await {
                    Ok(text) => read(Source::File(text)).await,
                    Err(_) => Some(Err(HandOffError::NotAnswers)),
                }
            };
            let _ = forms.try_with_value(|f| open(package, FILE, f, problem, on_continue, host));
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            read_file(input);
        }
    };
    // A file chosen on the page rendered at build time, before the app took it over, changed
    // nothing the app heard of: it is read as soon as the app has the field.
    let file_input = NodeRef::<leptos::html::Input>::new();
    file_input.on_load(read_file);

    let error_kit = kit.clone();
    let error_of = move |field: &'static str| {
        let kit = error_kit.clone();
        move || {
            problem
                .get()
                .filter(|p| p.field == field)
                .map(|p| kit.t(&p.key()))
        }
    };
    let described = move |field: &'static str| {
        move || {
            if problem.get().is_some_and(|p| p.field == field) {
                format!("{field}-hint {field}-why {field}-error")
            } else {
                format!("{field}-hint {field}-why")
            }
        }
    };
    let invalid = move |field: &'static str| {
        move || {
            problem
                .get()
                .is_some_and(|p| p.field == field)
                .then_some("true")
        }
    };
    let summary = {
        let kit = kit.clone();
        move || {
            problem.get().map(|p| {
                let target = p.field;
                view! {
                    <div class="utrecht-alert utrecht-alert--error loket-error-summary" id=ids::ERROR_SUMMARY tabindex="-1">
                        <h2 class="loket-error-summary__title">{kit.t("loket-error-summary-title")}</h2>
                        <ul class="loket-error-summary__list">
                            <li><a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); host.focus_now(target); }>{kit.t(&p.key())}</a></li>
                        </ul>
                    </div>
                }
            })
        }
    };
    let field_kit = kit.clone();
    let field_error = move |field: &'static str| {
        let (text, kit) = (error_of.clone()(field), field_kit.clone());
        move || {
            text().map(|t| {
                view! {
                    <p class="utrecht-form-field-error-message loket-error-message" id=format!("{field}-error")>
                        <span class="loket-visually-hidden">{kit.text("loket-error-prefix")}" "</span>{t}
                    </p>
                }
            })
        }
    };
    view! {
        <div class="loket-step loket-continue">
            {summary}
            <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{kit.text("loket-continue-title")}</h1>
            <p class="loket-intro">{kit.text("loket-continue-intro")}</p>

            <form class="loket-form" novalidate on:submit=on_code>
                <div class="utrecht-form-field loket-question" class:loket-question--error=move || invalid(CODE)().is_some()>
                    <label class="utrecht-form-label loket-label" for=CODE>{kit.text("loket-continue-code-label")}</label>
                    <div class="utrecht-form-field-description loket-hint" id=format!("{CODE}-hint")>{kit.text("loket-continue-code-hint")}</div>
                    <Why id=format!("{CODE}-why") text_key="loket-continue-code-why".to_string()/>
                    {field_error(CODE)}
                    <textarea class="utrecht-textarea loket-textarea loket-continue__code" id=CODE name=CODE rows="3"
                        autocomplete="off" spellcheck="false" autocapitalize="characters"
                        aria-describedby=described(CODE) aria-invalid=invalid(CODE)
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))></textarea>
                </div>
                <div class="utrecht-button-group loket-actions">
                    <button type="submit" class="utrecht-button utrecht-button--primary-action loket-button">{kit.text("loket-continue-code-open")}</button>
                </div>
            </form>

            <div class="utrecht-form-field loket-question" class:loket-question--error=move || invalid(FILE)().is_some()>
                <label class="utrecht-form-label loket-label" for=FILE>{kit.text("loket-continue-file-label")}</label>
                <div class="utrecht-form-field-description loket-hint" id=format!("{FILE}-hint")>{kit.text("loket-continue-file-hint")}</div>
                <Why id=format!("{FILE}-why") text_key="loket-continue-file-why".to_string()/>
                {field_error(FILE)}
                <input class="loket-files__input" type="file" id=FILE name=FILE accept=".json,application/json"
                    aria-describedby=described(FILE) aria-invalid=invalid(FILE) on:change=on_file node_ref=file_input/>
            </div>
        </div>
    }
}
