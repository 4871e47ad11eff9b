//! Texts compiled at build time read exactly as Fluent reads them: every message of every
//! shipped locale, with every variant of its choices.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use loket::core::texts::compile::compile;
use loket::core::texts::compiled::{self, plural_rule_known};
use loket::core::texts::i18n::Arg;
use loket::{Catalog, Locale};

/// Each locale's `.ftl` files, as the site's build compiles them: (file name, source).
fn shipped() -> BTreeMap<String, Vec<(String, String)>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut locales = BTreeMap::new();
    for dir in fs::read_dir(&root).unwrap().flatten() {
        if !dir.path().is_dir() {
            continue;
        }
        let mut files: Vec<(String, String)> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
            .map(|f| {
                let name = f.file_name().to_string_lossy().into_owned();
                (name, fs::read_to_string(f.path()).unwrap())
            })
            .collect();
        files.sort();
        locales.insert(dir.file_name().to_string_lossy().into_owned(), files);
    }
    locales
}

/// The arguments a compiled value uses, each with the values worth trying: every key of a
/// choice on it (a word as text, and numbers for plural categories), or a plain text.
fn arguments(value: &str) -> BTreeMap<String, Vec<Arg>> {
    let mut found: BTreeMap<String, Vec<Arg>> = BTreeMap::new();
    let mut rest = value;
    while let Some(at) = rest.find([
        compiled::VAR,
        compiled::SELECT,
        compiled::VARIANT,
        compiled::DEFAULT,
    ]) {
        let marker = rest[at..].chars().next().unwrap();
        let after = &rest[at + marker.len_utf8()..];
        let (name, next) = after.split_once(compiled::END_NAME).unwrap();
        match marker {
            compiled::VAR | compiled::SELECT => {
                found.entry(name.to_string()).or_default();
            }
            _ => {
                // A key: try it as text on every argument that is chosen on.
                for options in found.values_mut() {
                    options.push(Arg::from(name));
                }
            }
        }
        rest = next;
    }
    for options in found.values_mut() {
        options.extend([0.0, 1.0, 2.0, 1.5].map(Arg::Number));
        options.push(Arg::from("Anna <b>"));
    }
    found
}

#[test]
fn every_shipped_message_reads_as_fluent_reads_it() {
    let mut checked = 0;
    for (locale, files) in shipped() {
        let sources: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, s)| (n.as_str(), s.as_str()))
            .collect();
        let texts: &'static str = compile(&sources)
            .unwrap_or_else(|p| panic!("{locale}: {}", p.join("\n")))
            .leak();
        let mut compiled = Catalog::new();
        compiled.add_compiled(&locale, texts);
        let mut fluent = Catalog::new();
        for (name, source) in &sources {
            fluent.add(&locale, name, source).unwrap();
        }
        let tag = Locale::new(&locale);
        assert_eq!(
            compiled.ids(&tag),
            fluent.ids(&tag),
            "{locale}: the same messages"
        );
        assert!(
            plural_rule_known(&locale),
            "{locale}: no plural rule for compiled texts"
        );
        let index = compiled::CompiledTexts::new(texts);
        for id in fluent.ids(&tag) {
            let value = index.value(&id).unwrap();
            let arguments = arguments(value);
            let mut tries: Vec<Vec<(&str, Arg)>> = vec![Vec::new()];
            for (name, options) in &arguments {
                // Every option of this argument, the others at their first option.
                let base: Vec<(&str, Arg)> = arguments
                    .iter()
                    .map(|(n, o)| (n.as_str(), o[0].clone()))
                    .collect();
                for option in options {
                    let mut args = base.clone();
                    args.iter_mut().find(|(n, _)| n == name).unwrap().1 = option.clone();
                    tries.push(args);
                }
            }
            for args in tries {
                let want = fluent.format(&tag, &id, &args);
                let got = compiled.format(&tag, &id, &args);
                assert_eq!(got, want, "{locale}: `{id}` with {args:?}");
                checked += 1;
            }
        }
    }
    assert!(checked > 4000, "only {checked} texts checked");
}

#[test]
fn the_pseudo_locale_and_own_names_work_on_compiled_texts() {
    let texts: &'static str =
        compile(&[("t.ftl", "loket-language-name = English\nnext = Continue\n")])
            .unwrap()
            .leak();
    let mut catalog = Catalog::new();
    catalog.add_compiled("en", texts);
    catalog.add_pseudo("en-XA", "en");
    assert!(
        catalog
            .text(&Locale::new("en-XA"), "next")
            .starts_with("[Çöñtíñüé")
    );
    assert_eq!(catalog.own_name(&Locale::new("en")), "English");
    assert_eq!(catalog.text(&Locale::new("en"), "missing"), "missing");
}

#[test]
fn a_text_read_at_run_time_may_not_take_a_compiled_id() {
    let texts: &'static str = compile(&[("t.ftl", "next = Continue\n")]).unwrap().leak();
    let mut catalog = Catalog::new();
    catalog.add_compiled("en", texts);
    let problems = catalog
        .add("en", "form.ftl", "next = Go on\nown = Own\n")
        .unwrap_err();
    assert_eq!(problems, ["form.ftl: message `next` is defined twice"]);
    assert_eq!(catalog.text(&Locale::new("en"), "own"), "Own");
    assert_eq!(catalog.text(&Locale::new("en"), "next"), "Continue");
}
