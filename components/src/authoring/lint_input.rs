//! Checks a form pasted into a page (the gallery's lint view): its spec and one text per
//! language, named as the files they become on the web server, with the same linter as
//! `loket-lint`.

use crate::authoring::lint::{Problem, TextFile, check_form};
use crate::core::model::integrity::valid_id;
use crate::core::model::profile::Profile;
use crate::core::texts::i18n::Catalog;

/// The most bytes one pasted text may have; a longer one is refused before the check, so a
/// page never stalls on a huge paste.
pub const MAX_INPUT_BYTES: usize = 1_000_000;

/// The name used for a spec whose id cannot be read.
const UNKNOWN_ID: &str = "form";

/// What checking pasted files found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PastedCheck {
    /// A text is longer than [`MAX_INPUT_BYTES`]: nothing was checked.
    TooLarge,
    /// Every problem the linter found; none when the form is sound.
    Checked(Vec<Problem>),
}

/// The form's id as the spec gives it, when it is a valid id; `form` otherwise (broken JSON,
/// no id, or an id that could not be a file name).
pub fn form_id(spec_json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(spec_json)
        .ok()
        .and_then(|v| v.get("id")?.as_str().map(str::to_string))
        .filter(|id| id.len() <= 64 && valid_id(id))
        .unwrap_or_else(|| UNKNOWN_ID.to_string())
}

/// Where a form loaded at run time keeps its spec, relative to the site's root.
pub fn spec_file(id: &str) -> String {
    format!("forms/runtime/{id}.json")
}

/// Where a form loaded at run time keeps its texts in one language.
pub fn texts_file(locale: &str, id: &str) -> String {
    format!("locales/{locale}/runtime/{id}.ftl")
}

/// Checks a pasted spec and its texts (locale, text) against the site's own texts in `base`
/// and its profile (file, contents), as `loket-lint --profile` does. An empty text counts as
/// an empty file.
pub fn check_pasted(
    spec_json: &str,
    texts: &[(String, String)],
    base: Catalog,
    profile: &(String, Profile),
) -> PastedCheck {
    let too_large = std::iter::once(spec_json)
        .chain(texts.iter().map(|(_, t)| t.as_str()))
        .any(|t| t.len() > MAX_INPUT_BYTES);
    if too_large {
        return PastedCheck::TooLarge;
    }
    let id = form_id(spec_json);
    let files: Vec<TextFile> = texts
        .iter()
        .map(|(locale, source)| TextFile {
            locale: locale.clone(),
            file: texts_file(locale, &id),
            source: Ok(source.clone()),
        })
        .collect();
    let mut catalog = base;
    let checked = check_form(
        &spec_file(&id),
        spec_json,
        &files,
        &mut catalog,
        std::slice::from_ref(profile),
    );
    PastedCheck::Checked(checked.problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_names_the_files_only_when_it_is_a_valid_id() {
        assert_eq!(form_id(r#"{"id": "avg-verzoek"}"#), "avg-verzoek");
        assert_eq!(form_id(r#"{"id": "../../etc"}"#), "form");
        assert_eq!(form_id(r#"{"id": "<script>alert(1)</script>"}"#), "form");
        assert_eq!(form_id(r#"{"id": 7}"#), "form");
        assert_eq!(form_id("{{7*7}}"), "form");
        assert_eq!(form_id(""), "form");
        assert_eq!(spec_file("x"), "forms/runtime/x.json");
        assert_eq!(texts_file("de", "x"), "locales/de/runtime/x.ftl");
    }

    fn profile() -> (String, Profile) {
        let json = r#"{"id": "test", "submit_endpoint": "/api", "channels": []}"#;
        let profile = Profile::from_json(json).expect("a minimal profile");
        ("profiles/test.json".to_string(), profile)
    }

    #[test]
    fn a_text_that_is_too_long_is_refused_before_the_check() {
        let huge = "a".repeat(MAX_INPUT_BYTES + 1);
        let texts = vec![("en".to_string(), huge.clone())];
        assert_eq!(
            check_pasted("{}", &texts, Catalog::new(), &profile()),
            PastedCheck::TooLarge
        );
        assert_eq!(
            check_pasted(&huge, &[], Catalog::new(), &profile()),
            PastedCheck::TooLarge
        );
    }

    #[test]
    fn broken_input_gives_problems_named_after_the_files_never_a_panic() {
        for spec in [
            "",
            "{",
            "<script>alert(1)</script>",
            "{{7*7}}",
            "[]",
            "null",
        ] {
            let mut base = Catalog::new();
            base.add("en", "loket.ftl", "loket-next = Next\n").unwrap();
            let texts = vec![("en".to_string(), "{{7*7}} = <b>\n".to_string())];
            let PastedCheck::Checked(problems) = check_pasted(spec, &texts, base, &profile())
            else {
                panic!("{spec}: checked");
            };
            assert!(
                problems
                    .iter()
                    .any(|p| p.file == "forms/runtime/form.json"
                        && p.message.contains("not valid JSON")),
                "{spec}: {problems:?}"
            );
        }
    }
}
