//! The first step's check says what the app says: for every form the site offers, in every
//! language and for answers of every kind (none, blank, too long, not an option, right), the
//! problems and their texts are those the kit finds with every text read from `locales/`.

use std::fs;
use std::path::Path;

use loket::core::rules::validate::check_step;
use loket::core::texts::messages::error_text;
use loket::{Answers, CalendarDate, Catalog, FormSpec, Locale, Profile, QuestionKind};
use loket_first::{FIELD, RECORD, check};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// Every language's texts, read by Fluent's own parser (not compiled).
fn catalog() -> Catalog {
    let mut catalog = Catalog::new();
    for dir in fs::read_dir(root().join("locales")).unwrap().flatten() {
        let lang = dir.file_name().to_string_lossy().into_owned();
        for file in fs::read_dir(dir.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") && name != "gallery.ftl" {
                let source = fs::read_to_string(file.path()).unwrap();
                catalog.add(&lang, &name, &source).unwrap();
            }
        }
    }
    catalog
}

/// The answers to try on a step: each question left out, blank, far too long, an option that
/// is not one, and right.
fn answer_sets(spec: &FormSpec) -> Vec<Vec<(String, String)>> {
    let step = &spec.steps[0];
    let control = |q: &str| format!("{}-{q}", spec.id);
    let given = |pick: &dyn Fn(&QuestionKind, usize) -> Option<String>| {
        step.questions
            .iter()
            .filter_map(|q| pick(&q.kind, q.max_chars()).map(|v| (control(&q.id), v)))
            .collect::<Vec<_>>()
    };
    vec![
        Vec::new(),
        given(&|_, _| Some("   ".into())),
        given(&|_, max| Some("woord ".repeat(max / 3 + 5))),
        given(&|kind, _| match kind {
            QuestionKind::Choice { .. } => Some("geen-keuze".into()),
            _ => None,
        }),
        given(&|kind, _| match kind {
            QuestionKind::Choice { options } => options.first().cloned(),
            _ => Some("De e-mails over de nieuwe brug".into()),
        }),
    ]
}

#[test]
fn every_problem_on_every_first_step_has_the_apps_text_in_every_language() {
    let catalog = catalog();
    let today = CalendarDate::new(2026, 12, 7).unwrap();
    let profile_json = fs::read_to_string(root().join("profiles/enschede.json")).unwrap();
    let profile = Profile::from_json(&profile_json).unwrap();
    let mut checked = 0;
    for id in ["klacht", "woo-verzoek", "vergunning-evenement"] {
        let json = fs::read_to_string(root().join(format!("forms/{id}.json"))).unwrap();
        let spec = FormSpec::from_json(&json)
            .unwrap()
            .with_profile(&profile.settings)
            .unwrap();
        for lang in ["nl", "en", "de"] {
            let locale = Locale::new(lang);
            for set in answer_sets(&spec) {
                let mut answers = Answers::new();
                let mut asked = ["enschede", id, lang, "2026", "12", "7"].join(&FIELD.to_string());
                for (control, value) in &set {
                    let question = control.strip_prefix(&format!("{id}-")).unwrap();
                    answers.set_text(question, value.clone());
                    asked.push_str(&format!("{RECORD}{control}{FIELD}{value}"));
                }
                let expected: Vec<String> = check_step(&spec, &spec.steps[0], &answers, today)
                    .iter()
                    .map(|e| error_text(&catalog, &locale, &spec, e))
                    .collect();
                let said = check(&asked);
                let mut records = said.split(RECORD);
                let head: Vec<&str> = records.next().unwrap().split(FIELD).collect();
                let page_title = catalog.format(
                    &locale,
                    "loket-page-title-error",
                    &[("title", "\u{1}".into())],
                );
                assert_eq!(
                    head,
                    [
                        catalog.text(&locale, "loket-error-summary-title"),
                        catalog.text(&locale, "loket-error-prefix"),
                        page_title,
                    ],
                    "{id} {lang}"
                );
                let found: Vec<String> = records
                    .map(|r| r.split(FIELD).next_back().unwrap().to_string())
                    .collect();
                assert_eq!(found, expected, "{id} in {lang} with {set:?}");
                checked += expected.len();
            }
        }
    }
    assert!(checked > 30, "the answers tried find problems ({checked})");
}

#[test]
fn a_too_long_answer_is_counted_in_its_text() {
    let long = "a".repeat(12345);
    let asked = format!(
        "enschede{FIELD}woo-verzoek{FIELD}en{FIELD}2026{FIELD}12{FIELD}7{RECORD}woo-verzoek-onderwerp{FIELD}{long}"
    );
    let said = check(&asked);
    assert!(said.contains("12345"), "{said}");
    assert!(!said.contains("918273645"), "{said}");
}

#[test]
fn what_it_does_not_know_it_leaves_to_the_app() {
    let asked = |profile: &str, form: &str, lang: &str, date: [&str; 3]| {
        let mut fields = vec![profile, form, lang];
        fields.extend(date);
        check(&fields.join(&FIELD.to_string()))
    };
    let today = ["2026", "12", "7"];
    assert_eq!(asked("elders", "klacht", "nl", today), "");
    assert_eq!(
        asked("enschede", "terugbellen", "nl", today),
        "",
        "no page of its own"
    );
    assert_eq!(asked("enschede", "klacht", "fr", today), "");
    assert_eq!(asked("enschede", "klacht", "nl", ["2026", "2", "30"]), "");
    assert_eq!(check(""), "");
    assert_eq!(check("\u{1e}\u{1f}\u{1f}"), "");
    // Another municipality that offers the form: checked.
    assert_ne!(asked("haaksbergen", "klacht", "nl", today), "");
}
