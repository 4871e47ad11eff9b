//! Every visible string comes from Fluent, in every language, and every question says why.

mod common;

use std::collections::BTreeSet;

use common::*;
use loket::core::texts::completeness::text_problems;
use loket::core::texts::i18n::Catalog;
use loket::core::texts::messages;

#[test]
fn every_locale_has_the_same_files_and_keys_as_dutch() {
    let dutch: Vec<(String, BTreeSet<String>)> = ftl_files("nl")
        .into_iter()
        .map(|(name, src)| (name, ids_of(&src)))
        .collect();
    assert!(!dutch.is_empty());
    for tag in locale_tags().into_iter().filter(|t| t != "nl") {
        let other: Vec<(String, BTreeSet<String>)> = ftl_files(&tag)
            .into_iter()
            .map(|(name, src)| (name, ids_of(&src)))
            .collect();
        let names = |v: &Vec<(String, BTreeSet<String>)>| {
            v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
        };
        assert_eq!(
            names(&dutch),
            names(&other),
            "locales/{tag} has other files than locales/nl"
        );
        for ((name, nl_keys), (_, keys)) in dutch.iter().zip(&other) {
            let missing: Vec<_> = nl_keys.difference(keys).collect();
            let extra: Vec<_> = keys.difference(nl_keys).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{tag}/{name}: missing {missing:?}, not in Dutch {extra:?}"
            );
        }
    }
}

#[test]
fn texts_read_when_first_shown_are_the_same_as_texts_read_at_once() {
    // The app parses a language only when it is shown (`Catalog::add_deferred`): which
    // messages exist and each language's own name are read from the files without parsing.
    for tag in locale_tags() {
        let locale = loket::Locale::new(&tag);
        let (mut now, mut later) = (Catalog::new(), Catalog::new());
        for (name, source) in ftl_files(&tag) {
            now.add(&tag, &name, &source).unwrap();
            later.add_deferred(&tag, Box::leak(source.into_boxed_str()));
        }
        assert_eq!(now.ids(&locale), later.ids(&locale), "locales/{tag}");
        assert_eq!(
            now.text(&locale, "loket-language-name"),
            later.own_name(&locale)
        );
        for id in now.ids(&locale) {
            assert_eq!(
                now.text(&locale, &id),
                later.text(&locale, &id),
                "{tag}: {id}"
            );
        }
    }
}

#[test]
fn every_locale_has_the_html_pages_texts_of_dutch() {
    let dutch = page_ftl_files("nl");
    assert!(
        dutch.iter().any(|(name, _)| name == "embed-demo.ftl"),
        "locales/nl/pages has the /embed-demo page's texts"
    );
    for tag in locale_tags().into_iter().filter(|t| t != "nl") {
        let other = page_ftl_files(&tag);
        assert_eq!(
            dutch.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            other.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            "locales/{tag}/pages has other files than locales/nl/pages"
        );
        for ((name, nl), (_, source)) in dutch.iter().zip(&other) {
            let (nl, keys) = (ids_of(nl), ids_of(source));
            assert_eq!(
                nl, keys,
                "locales/{tag}/pages/{name} has other texts than Dutch"
            );
        }
    }
}

#[test]
fn every_locale_has_the_services_texts_of_dutch() {
    let dutch = service_ftl_files("nl");
    assert!(
        dutch.iter().any(|(name, _)| name == "service/mail.ftl"),
        "locales/nl/service has the e-mails' texts"
    );
    for tag in locale_tags().into_iter().filter(|t| t != "nl") {
        let other = service_ftl_files(&tag);
        assert_eq!(
            dutch.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            other.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            "locales/{tag}/service has other files than locales/nl/service"
        );
        for ((name, nl), (_, source)) in dutch.iter().zip(&other) {
            assert_eq!(
                ids_of(nl),
                ids_of(source),
                "locales/{tag}/{name} has other texts than Dutch"
            );
        }
    }
}

fn ids_of(source: &str) -> BTreeSet<String> {
    let mut catalog = Catalog::new();
    catalog.add("xx", "file", source).expect("parses");
    catalog.ids(&loket::Locale::new("xx"))
}

#[test]
fn english_and_dutch_are_both_present() {
    let tags = locale_tags();
    assert!(
        tags.contains(&"nl".to_string()) && tags.contains(&"en".to_string()),
        "{tags:?}"
    );
}

#[test]
fn every_question_of_every_form_explains_why_in_every_language() {
    let catalog = catalog();
    for form in forms() {
        for question in form.questions() {
            for locale in catalog.locales() {
                let key = messages::why(&form.id, &question.id);
                let text = catalog.text(&locale, &key);
                assert!(
                    catalog.has(&locale, &key) && text.split_whitespace().count() >= 6,
                    "form `{}`, question `{}` has no real \"why\" text in `{}` (add `{key}`)",
                    form.id,
                    question.id,
                    locale.tag()
                );
            }
        }
    }
}

#[test]
fn every_form_and_profile_has_all_its_texts_in_every_language() {
    let catalog = catalog();
    for profile in profiles() {
        for form in forms() {
            let problems = text_problems(&form, &profile, &catalog);
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
}

#[test]
fn a_missing_why_text_is_reported_by_the_linter() {
    let form = form("klacht");
    let mut catalog = Catalog::new();
    for tag in ["nl", "en"] {
        for (name, source) in ftl_files(tag) {
            let source: String = if tag == "en" {
                source
                    .lines()
                    .filter(|l| !l.starts_with("klacht-naam-why"))
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                source
            };
            catalog.add(tag, &name, &source).unwrap();
        }
    }
    let problems = text_problems(&form, &enschede(), &catalog);
    assert_eq!(
        problems,
        vec!["locale `en` lacks `klacht-naam-why`: add it to locales/en/klacht.ftl".to_string()]
    );
}

/// Every `.rs` file in `dir` and the folders below it.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_kit_texts_used_by_the_components_exist() {
    let catalog = catalog();
    let source = rust_files(&root().join("components/src/view"))
        .into_iter()
        .chain(rust_files(&root().join("app/src")))
        .map(|path| std::fs::read_to_string(path).unwrap())
        // Code, not the examples in doc comments (their keys are made up for the example).
        .flat_map(|source| {
            source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .map(|line| format!("{line}\n"))
                .collect::<Vec<_>>()
        })
        .collect::<String>();
    // Every literal key passed to a text lookup: `.t("…")`, `.tf("…", …)`, `.tp("…")`.
    let mut used = BTreeSet::new();
    for marker in [".t(\"", ".tf(\"", ".tp(\"", ".text(\""] {
        for piece in source.split(marker).skip(1) {
            if let Some(key) = piece.split('"').next() {
                used.insert(key.to_string());
            }
        }
    }
    assert!(
        used.contains("loket-next") && used.len() > 20,
        "the scan found: {used:?}"
    );
    for locale in catalog.locales() {
        let ids = catalog.ids(&locale);
        let missing: Vec<_> = used.iter().filter(|k| !ids.contains(*k)).collect();
        assert!(
            missing.is_empty(),
            "locale `{}` lacks {missing:?}",
            locale.tag()
        );
    }
}

#[test]
fn counts_of_one_read_as_one_in_each_language() {
    use loket::core::texts::i18n::Arg;
    let catalog = catalog();
    let de = loket::Locale::new("de");
    let days = |locale: &loket::Locale, n: f64| {
        catalog.format(
            locale,
            "loket-keep-device-label",
            &[("days", Arg::Number(n))],
        )
    };
    assert_eq!(
        days(&nl(), 1.0),
        "Bewaar mijn antwoorden ook op dit apparaat, 1 dag lang"
    );
    assert_eq!(
        days(&nl(), 7.0),
        "Bewaar mijn antwoorden ook op dit apparaat, 7 dagen lang"
    );
    assert_eq!(
        days(&en(), 1.0),
        "Also keep my answers on this device, for 1 day"
    );
    assert_eq!(
        days(&de, 1.0),
        "Meine Antworten auch auf diesem Gerät speichern, 1 Tag lang"
    );
    let files = |locale: &loket::Locale, n: f64| {
        catalog.format(
            locale,
            "loket-files-limit",
            &[
                ("types", "PDF".into()),
                ("size", Arg::Number(10.0)),
                ("count", Arg::Number(n)),
            ],
        )
    };
    assert!(
        files(&nl(), 1.0).ends_with("en 1 bestand."),
        "{}",
        files(&nl(), 1.0)
    );
    assert!(files(&nl(), 3.0).ends_with("en 3 bestanden."));
    assert!(files(&en(), 1.0).ends_with("and 1 file."));
    assert!(files(&de, 1.0).ends_with("und 1 Datei."));
}

#[test]
fn dates_are_written_in_words_in_each_language() {
    let catalog = catalog();
    let date = loket::CalendarDate::new(2026, 11, 30).unwrap();
    assert_eq!(
        messages::date_in_words(&catalog, &nl(), date),
        "maandag 30 november 2026"
    );
    assert_eq!(
        messages::date_in_words(&catalog, &en(), date),
        "Monday 30 November 2026"
    );
}

#[test]
fn every_stuck_reason_feedback_score_hand_off_and_sending_problem_has_its_text_in_every_language() {
    let catalog = catalog();
    let mut keys: Vec<String> = loket::StuckReason::ALL
        .iter()
        .map(|r| format!("loket-stuck-{}", r.key()))
        .collect();
    for score in ["goed", "gaat-wel", "niet-goed"] {
        keys.push(format!("loket-feedback-{score}"));
    }
    for error in loket::HandOffError::ALL {
        for field in ["code", "file"] {
            keys.push(format!("loket-continue-{field}-error-{}", error.key()));
        }
    }
    for problem in loket::core::exchange::short_code::LookupProblem::ALL {
        keys.push(format!("loket-continue-code-error-{}", problem.key()));
    }
    keys.extend(
        loket::core::journey::sending::SendProblem::ALL
            .iter()
            .map(|p| p.key().to_string()),
    );
    keys.extend(
        loket::core::texts::messages::DATA_USE
            .iter()
            .map(|part| format!("loket-data-{part}")),
    );
    for locale in catalog.locales() {
        let missing: Vec<_> = keys.iter().filter(|k| !catalog.has(&locale, k)).collect();
        assert!(
            missing.is_empty(),
            "locale `{}` lacks {missing:?}",
            locale.tag()
        );
    }
}
