//! `/gallery/lint`: a web team pastes a form spec and its texts (or loads the shipped example)
//! and checks them with the linter of `loket-lint`, against the kit's texts and this site's
//! profile. The check is `loket::authoring::lint_input` (DOM-free, tested natively); this view only
//! gathers the text fields and shows what it found.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use loket::Locale;
use loket::authoring::lint::Problem;
use loket::authoring::lint_input::{self, MAX_INPUT_BYTES, PastedCheck, check_pasted};
use loket::view::{Kit, fetch_text, use_kit};

use crate::gallery::{Theme, gallery_link, keep_title};
use crate::{extras, site};

/// The address of the lint view inside the gallery: `/gallery/lint`.
pub const LINT_PAGE: &str = "lint";

/// The form that "Load the example" fetches from the site (`forms/runtime/<id>.json`).
const EXAMPLE_FORM: &str = "avg-verzoek";

/// The result heading, which takes focus after each check.
const RESULT_HEADING: &str = "gallery-lint-result-title";

/// The text field of the spec.
const SPEC_FIELD: &str = "gallery-lint-spec";

/// What the last check found, kept for the result.
type Found = Arc<Mutex<Option<PastedCheck>>>;

/// The id of the text field of one language's texts.
fn texts_field(locale: &Locale) -> String {
    format!("gallery-lint-texts-{}", locale.tag())
}

/// Fetches the shipped example into the text fields; `status` holds the key of what the
/// status line says.
fn load_example(
    spec: RwSignal<String>,
    texts: Vec<(Locale, RwSignal<String>)>,
    status: RwSignal<Option<&'static str>>,
) {
    status.set(Some("gallery-lint-example-loading"));
    leptos::task::spawn_local(async move {
        let Ok(json) = fetch_text(&lint_input::spec_file(EXAMPLE_FORM)).await else {
            status.set(Some("gallery-lint-example-failed"));
            return;
        };
        let mut loaded = Vec::new();
        for (locale, field) in &texts {
            match fetch_text(&lint_input::texts_file(locale.tag(), EXAMPLE_FORM)).await {
                Ok(source) => loaded.push((*field, source)),
                Err(_) => {
                    status.set(Some("gallery-lint-example-failed"));
                    return;
                }
            }
        }
        spec.set(json);
        for (field, source) in loaded {
            field.set(source);
        }
        status.set(Some("gallery-lint-example-loaded"));
    });
}

/// The lint view.
#[component]
pub fn LintPage() -> impl IntoView {
    let kit = use_kit();
    keep_title(&kit, |kit| {
        kit.tf(
            "gallery-example-page-title",
            &[("example", kit.t("gallery-lint-title").into())],
        )
    });
    let spec = RwSignal::new(String::new());
    let texts: Vec<(Locale, RwSignal<String>)> = kit
        .catalog
        .locales()
        .into_iter()
        .map(|l| (l, RwSignal::new(String::new())))
        .collect();
    let status = RwSignal::new(None::<&'static str>);
    // The result is kept beside the page; `checks` counts the checks, so the result shows anew
    // after each one.
    let found: Found = Arc::new(Mutex::new(None));
    let checks = RwSignal::new(0u32);
    let on_check = {
        let (texts, found) = (texts.clone(), found.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let pasted: Vec<(String, String)> = texts
                .iter()
                .map(|(l, t)| (l.tag().to_string(), t.get_untracked()))
                .collect();
            let profile = (extras::profile_file(), (*site::profile()).clone());
            let checked = check_pasted(
                &spec.get_untracked(),
                &pasted,
                crate::data::fresh_catalog(),
                &profile,
            );
            if let Ok(mut slot) = found.lock() {
                *slot = Some(checked);
            }
            checks.update(|n| *n += 1);
            kit.host.focus_soon(RESULT_HEADING);
        }
    };
    let on_load = {
        let texts = texts.clone();
        move |_| load_example(spec, texts.clone(), status)
    };
    let text_fields = texts
        .into_iter()
        .map(|(locale, value)| {
            let tag = locale.tag().to_string();
            let language = format!("gallery-lint-language-{tag}");
            let label = Text::Named("gallery-lint-texts-label", "language", language);
            let hint = Text::With("gallery-lint-texts-hint", "lang", tag);
            field(&kit, texts_field(&locale), label, hint, value)
        })
        .collect_view();
    let spec_field = field(
        &kit,
        SPEC_FIELD.to_string(),
        Text::Plain("gallery-lint-spec-label"),
        Text::Plain("gallery-lint-spec-hint"),
        spec,
    );
    let (k1, k2) = (kit.clone(), kit.clone());
    view! {
        <div class="loket gallery gallery-lint">
            <p><a class="utrecht-link" href=gallery_link(&k1, None, Theme::Neutral)>{kit.text("gallery-back-link")}</a></p>
            <h1 class="loket-heading" tabindex="-1">{kit.text("gallery-lint-title")}</h1>
            <p>{kit.text("gallery-lint-intro")}</p>
            <div class="utrecht-button-group loket-actions">
                <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=on_load>
                    {kit.text("gallery-lint-example")}
                </button>
            </div>
            <p role="status" class="gallery-lint__status">
                {move || status.get().map(|key| k2.t(key))}
            </p>
            <form class="gallery-lint__form" novalidate on:submit=on_check>
                {spec_field}
                {text_fields}
                <div class="utrecht-button-group loket-actions">
                    <button type="submit" class="utrecht-button utrecht-button--primary-action loket-button">{kit.text("gallery-lint-check")}</button>
                </div>
            </form>
            {lint_result(kit.clone(), checks, found)}
        </div>
    }
}

/// A text of a field: a key, with at most one argument that is either as it is or the key of
/// another text (so it follows the language too).
enum Text {
    Plain(&'static str),
    With(&'static str, &'static str, String),
    Named(&'static str, &'static str, String),
}

impl Text {
    /// The text in the current language, as a closure for a view (reactive).
    fn shown(self, kit: &Kit) -> impl Fn() -> String + Send + Sync + 'static + use<> {
        let kit = kit.clone();
        move || self.show(&kit)
    }

    /// The text in the current language (reactive).
    fn show(&self, kit: &Kit) -> String {
        match self {
            Text::Plain(key) => kit.t(key),
            Text::With(key, name, value) => kit.tf(key, &[(name, value.clone().into())]),
            Text::Named(key, name, of) => kit.tf(key, &[(name, kit.t(of).into())]),
        }
    }
}

/// A labelled text field with its hint, for pasting a whole file.
fn field(kit: &Kit, id: String, label: Text, hint: Text, value: RwSignal<String>) -> AnyView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="utrecht-form-field loket-question">
            <label class="utrecht-form-label loket-label" for=id.clone()>{label.shown(kit)}</label>
            <div class="utrecht-form-field-description loket-hint" id=hint_id.clone()>{hint.shown(kit)}</div>
            <textarea
                class="utrecht-textarea loket-textarea"
                id=id
                rows="8"
                spellcheck="false"
                aria-describedby=hint_id
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
    .into_any()
}

/// What the last check found: nothing to fix, a list of problems, or a text too long.
fn lint_result(kit: Kit, checks: RwSignal<u32>, found: Found) -> impl IntoView {
    move || {
        checks.track();
        let kit = kit.clone();
        let found = found.lock().ok().and_then(|f| f.clone());
        found.map(|found| {
            let (title, body) = match &found {
                PastedCheck::TooLarge => (
                    kit.t("gallery-lint-too-large-title"),
                    kit.tf(
                        "gallery-lint-too-large",
                        &[("max", (MAX_INPUT_BYTES / 1_000_000).into())],
                    ),
                ),
                PastedCheck::Checked(problems) if problems.is_empty() => (
                    kit.t("gallery-lint-no-problems"),
                    kit.t("gallery-lint-no-problems-body"),
                ),
                PastedCheck::Checked(problems) => (
                    kit.tf("gallery-lint-problems", &[("count", problems.len().into())]),
                    kit.t("gallery-lint-problems-body"),
                ),
            };
            let list = match found {
                PastedCheck::Checked(problems) if !problems.is_empty() => {
                    let items = problems
                        .into_iter()
                        .map(|p| problem_item(&kit, p))
                        .collect_view();
                    Some(view! { <ol class="gallery-lint__problems">{items}</ol> })
                }
                _ => None,
            };
            view! {
                <section class="gallery-lint__result" aria-labelledby=RESULT_HEADING>
                    <h2 id=RESULT_HEADING tabindex="-1">{title}</h2>
                    <p>{body}</p>
                    {list}
                </section>
            }
            .into_any()
        })
    }
}

/// One problem: the file, the question when there is one, and the linter's line (the same
/// words as `loket-lint` prints, in English).
fn problem_item(kit: &Kit, problem: Problem) -> AnyView {
    let rows = [
        ("gallery-lint-file", Some(problem.file), None),
        ("gallery-lint-question", problem.question, None),
        ("gallery-lint-fix", Some(problem.message), Some("en")),
    ];
    let rows = rows
        .into_iter()
        .filter_map(|(key, value, lang)| {
            let value = value?;
            Some(view! { <dt>{kit.text(key)}</dt><dd lang=lang>{value}</dd> })
        })
        .collect_view();
    view! { <li><dl class="gallery-lint__problem">{rows}</dl></li> }.into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_of_the_site_is_named_in_every_language() {
        let catalog = crate::data::fresh_catalog();
        for shown in catalog.locales() {
            for named in catalog.locales() {
                let key = format!("gallery-lint-language-{}", named.tag());
                assert!(catalog.has(&shown, &key), "{}: no text {key}", shown.tag());
            }
        }
    }

    #[test]
    fn the_shipped_example_has_no_problems_in_the_browser_check() {
        let catalog = crate::data::fresh_catalog();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).unwrap();
        let spec = read(&lint_input::spec_file(EXAMPLE_FORM));
        let texts: Vec<(String, String)> = catalog
            .locales()
            .iter()
            .map(|l| {
                let file = lint_input::texts_file(l.tag(), EXAMPLE_FORM);
                (l.tag().to_string(), read(&file))
            })
            .collect();
        let (_, json) = crate::assets::PROFILES
            .iter()
            .find(|(id, _)| *id == "enschede")
            .expect("the reference site's profile");
        let profile = (
            "profiles/enschede.json".to_string(),
            loket::Profile::from_json(json).unwrap(),
        );
        assert_eq!(
            check_pasted(&spec, &texts, catalog, &profile),
            PastedCheck::Checked(Vec::new())
        );
    }
}
