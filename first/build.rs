//! Writes what the first step's check knows, as code: the first step of every form that each
//! municipality offers on a page (its local rules filled in), and, per language, every error
//! text those steps can show, written by the kit from the texts as the site's build compiles
//! them. Nothing is read or formatted at run time.

use std::fmt::Write as _;
use std::fs;

use loket_bake::{files, stem};
use std::path::{Path, PathBuf};

use loket_bake::loket::core::model::spec::TextFormat;
use loket_bake::loket::core::texts::compile;
use loket_bake::loket::core::texts::messages::error_text;
use loket_bake::loket::{Catalog, FieldError, FormSpec, Question, QuestionKind, Rule};

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let root = Path::new(&manifest_dir).join("..");
    for dir in ["forms", "profiles", "locales"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    let mut out = String::new();
    // Each step's code once, with every municipality that asks it so; and each form's step
    // once, for its texts.
    let mut steps: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut specs: Vec<FormSpec> = Vec::new();
    for profile_path in files(&root.join("profiles"), "json") {
        let profile = fs::read_to_string(&profile_path).unwrap();
        let profile_id = stem(&profile_path);
        for form_path in files(&root.join("forms"), "json") {
            let form = fs::read_to_string(&form_path).unwrap();
            let step = loket_bake::first_step(&form, &profile)
                .unwrap_or_else(|e| panic!("{}: {e}", form_path.display()));
            let Some(step) = step else { continue };
            let key = (profile_id.clone(), step.form.clone());
            match steps.iter_mut().find(|(code, _)| *code == step.code) {
                Some((_, keys)) => keys.push(key),
                None => steps.push((step.code, vec![key])),
            }
            if !specs.iter().any(|s| s.id == step.spec.id) {
                specs.push(step.spec);
            }
        }
    }
    let mut arms = String::new();
    for (code, keys) in &steps {
        let patterns: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        let _ = writeln!(arms, "        {} => Some({code}),", patterns.join(" | "));
    }
    let _ = writeln!(
        out,
        "/// The form `form` with its first step alone, as the municipality `profile` asks it."
    );
    let _ = writeln!(
        out,
        "pub fn first_step(profile: &str, form: &str) -> Option<loket::FormSpec> {{"
    );
    let _ = writeln!(out, "    extern crate alloc;");
    let _ = writeln!(
        out,
        "    match (profile, form) {{\n{arms}        _ => None,\n    }}\n}}"
    );

    let catalog = catalog(&root);
    let mut messages = String::new();
    for locale in catalog.locales() {
        let title = catalog.format(
            &locale,
            "loket-page-title-error",
            &[("title", TITLE_MARK.into())],
        );
        assert_eq!(
            title.matches(TITLE_MARK).count(),
            1,
            "loket-page-title-error shows the title once"
        );
        let record = [
            locale.0.as_str(),
            "",
            "",
            "",
            &catalog.text(&locale, "loket-error-summary-title"),
            &catalog.text(&locale, "loket-error-prefix"),
            &title,
        ];
        push(&mut messages, &record);
        for spec in &specs {
            for question in spec.steps.iter().flat_map(|s| &s.questions) {
                for rule in rules(question) {
                    let error = FieldError {
                        question: question.id.clone(),
                        rule: rule.clone(),
                    };
                    let message = error_text(&catalog, &locale, spec, &error);
                    // A count the text does not show once cannot be put in at run time.
                    if matches!(rule, Rule::TooLong { .. })
                        && message.matches(COUNT_MARK).count() != 1
                    {
                        continue;
                    }
                    let record = [
                        locale.0.as_str(),
                        &spec.id,
                        &question.id,
                        rule.key_name(),
                        &message,
                    ];
                    push(&mut messages, &record);
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "/// In the place of a too long answer's length in [`MESSAGES`]."
    );
    let _ = writeln!(out, "pub const COUNT_MARK: &str = {COUNT_MARK:?};");
    let _ = writeln!(
        out,
        "/// Per language, the error summary's title, the words before each error and the title \
         of a page in error, then the error texts of every first-step question as the kit writes them: records (language, \
         form, question, rule, text…) separated by U+001E, fields by U+001F."
    );
    let _ = writeln!(out, "pub const MESSAGES: &str = {messages:?};");
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("first.rs");
    fs::write(path, out).unwrap();
}

/// Written where a too long answer's length goes: no text holds this number.
const COUNT_MARK: &str = "918273645";
/// Written where the page's title goes in the title of a page in error (U+0001, as `check`
/// answers it): the page puts its own title there.
const TITLE_MARK: &str = "\u{1}";

/// Adds one record to `out` (see `MESSAGES`).
fn push(out: &mut String, fields: &[&str]) {
    if !out.is_empty() {
        out.push('\u{1e}');
    }
    out.push_str(&fields.join("\u{1f}"));
}

/// Every language's texts, compiled as the site's build compiles them, in a catalog.
fn catalog(root: &Path) -> Catalog {
    let mut locales: Vec<PathBuf> = fs::read_dir(root.join("locales"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    let mut catalog = Catalog::new();
    for dir in locales {
        let sources: Vec<(String, String)> = files(&dir, "ftl")
            .into_iter()
            .filter(|p| p.file_name().is_some_and(|n| n != "gallery.ftl"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, fs::read_to_string(&p).unwrap())
            })
            .collect();
        let refs: Vec<(&str, &str)> = sources
            .iter()
            .map(|(n, s)| (n.as_str(), s.as_str()))
            .collect();
        let compiled = compile::compile(&refs).unwrap_or_else(|problems| {
            panic!(
                "the texts of {} do not compile:\n{}",
                dir.display(),
                problems.join("\n")
            )
        });
        catalog.add_compiled(&stem(&dir), Box::leak(compiled.into_boxed_str()));
    }
    catalog
}

/// The problems a question of a first step can have whose text is the same for every answer
/// (and a too long answer's, whose length is put in at run time). Any other problem is left to
/// the app: the step's check then says it cannot tell.
fn rules(question: &Question) -> Vec<Rule> {
    let too_long = Rule::TooLong {
        max: question.max_chars(),
        count: COUNT_MARK.parse().unwrap(),
    };
    let mut rules = vec![Rule::Required];
    match &question.kind {
        QuestionKind::Text { format } => {
            rules.push(too_long);
            rules.extend(match format {
                TextFormat::Email => Some(Rule::Email),
                TextFormat::Phone => Some(Rule::Phone),
                TextFormat::Postcode => Some(Rule::Postcode),
                TextFormat::Plain | TextFormat::Name => None,
            });
        }
        QuestionKind::LongText => rules.push(too_long),
        QuestionKind::Choice { .. } | QuestionKind::Checkboxes { .. } => {
            rules.push(Rule::UnknownOption)
        }
        QuestionKind::Number { .. } => rules.push(Rule::Number),
        QuestionKind::Time => rules.push(Rule::Time),
        // Not read on a first step (`check` leaves such a step to the app): no texts.
        QuestionKind::Date { .. } | QuestionKind::List { .. } | QuestionKind::Files { .. } => {
            return Vec::new();
        }
    }
    rules
}
