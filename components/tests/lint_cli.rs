//! `loket-lint`, the command web teams run on a form: every shipped form lints clean, and
//! each kind of mistake gets one line that names the file, the question and the fix.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::root;
use loket::core::model::integrity::autocomplete_is_valid;

const LINT: &str = env!("CARGO_BIN_EXE_loket-lint");
const SPEC: &str = "forms/runtime/avg-verzoek.json";

/// Runs the linter in `dir` with `args`: its exit code and its lines.
fn lint_in(dir: &Path, args: &[&str]) -> (i32, Vec<String>) {
    let out = Command::new(LINT)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the linter runs");
    let lines = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    (out.status.code().unwrap_or(-1), lines)
}

#[test]
fn every_shipped_form_lints_clean() {
    let mut specs: Vec<String> = Vec::new();
    for dir in ["forms", "forms/runtime"] {
        for entry in fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                specs.push(format!(
                    "{dir}/{}",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(specs.iter().any(|s| s == SPEC), "{specs:?}");
    let args: Vec<&str> = specs.iter().map(String::as_str).collect();
    let (code, lines) = lint_in(&root(), &args);
    assert_eq!((code, lines), (0, Vec::<String>::new()));
}

/// A copy of the AVG-verzoek's files and the kit's texts in a folder of its own, changed by
/// `spec` and `texts` (locale, text → text).
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new(
        name: &str,
        spec: impl Fn(String) -> String,
        texts: impl Fn(&str, String) -> String,
    ) -> Self {
        let dir = std::env::temp_dir().join(format!("loket-lint-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("forms/runtime")).unwrap();
        let json = fs::read_to_string(root().join(SPEC)).unwrap();
        fs::write(dir.join(SPEC), spec(json)).unwrap();
        for tag in common::locale_tags() {
            let to = dir.join("locales").join(&tag).join("runtime");
            fs::create_dir_all(&to).unwrap();
            for (file, source) in common::ftl_files(&tag) {
                fs::write(dir.join("locales").join(&tag).join(file), source).unwrap();
            }
            let own = root()
                .join("locales")
                .join(&tag)
                .join("runtime/avg-verzoek.ftl");
            let source = fs::read_to_string(own).unwrap();
            fs::write(to.join("avg-verzoek.ftl"), texts(&tag, source)).unwrap();
        }
        let profile = root().join("profiles/enschede.json");
        fs::create_dir_all(dir.join("profiles")).unwrap();
        fs::copy(profile, dir.join("profiles/enschede.json")).unwrap();
        Self { dir }
    }

    fn lint(&self) -> (i32, Vec<String>) {
        lint_in(&self.dir, &[SPEC])
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn unchanged(json: String) -> String {
    json
}

fn without(lines: &'static [&'static str]) -> impl Fn(String) -> String {
    move |source| {
        source
            .lines()
            .filter(|l| !lines.iter().any(|key| l.starts_with(&format!("{key} ="))))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Lints a fixture and expects exactly these lines and exit code 1.
fn expect_lines(fixture: Fixture, expected: &[&str]) {
    let (code, lines) = fixture.lint();
    assert_eq!(lines, expected, "exit code {code}");
    assert_eq!(code, 1);
}

#[test]
fn the_fixture_itself_is_clean() {
    let (code, lines) = Fixture::new("clean", unchanged, |_, s| s).lint();
    assert_eq!((code, lines), (0, Vec::<String>::new()));
}

#[test]
fn a_condition_on_an_unknown_question() {
    let fixture = Fixture::new(
        "unknown-question",
        |json| {
            json.replace(
                r#""question": "welke", "is_one_of""#,
                r#""question": "welk", "is_one_of""#,
            )
        },
        |_, s| s,
    );
    expect_lines(
        fixture,
        &[
            "forms/runtime/avg-verzoek.json: question `onderwerp` depends on question `welk`, which does not exist: check the spelling",
        ],
    );
}

#[test]
fn a_text_for_a_question_that_is_not_in_the_spec() {
    let fixture = Fixture::new("unknown-text", unchanged, |tag, s| {
        if tag == "en" {
            s.replace("avg-verzoek-periode-hint", "avg-verzoek-period-hint")
        } else {
            s
        }
    });
    expect_lines(
        fixture,
        &[
            "locales/en/runtime/avg-verzoek.ftl: text `avg-verzoek-period-hint` is for question `period`, which is not in the spec: check the spelling of the question id",
            "locales/en/runtime/avg-verzoek.ftl: `avg-verzoek-periode-hint` is in locales/nl/runtime/avg-verzoek.ftl but not in `en`: translate it here",
            "locales/en/runtime/avg-verzoek.ftl: `avg-verzoek-period-hint` is not in `nl` (locales/nl/runtime/avg-verzoek.ftl): add it there too, or remove it here",
        ],
    );
}

#[test]
fn a_missing_label_and_why_in_one_language() {
    // Languages in the site's order: Dutch first, then by tag.
    let fixture = Fixture::new("missing-label-why", unchanged, |tag, s| match tag {
        "en" => without(&["avg-verzoek-naam-label"])(s),
        "de" => without(&["avg-verzoek-telefoon-why"])(s),
        _ => s,
    });
    expect_lines(
        fixture,
        &[
            "locales/de/runtime/avg-verzoek.ftl: question `telefoon` has no \"why\" text in `de`: add `avg-verzoek-telefoon-why = …` saying why we ask it",
            "locales/en/runtime/avg-verzoek.ftl: question `naam` has no label in `en`: add `avg-verzoek-naam-label = …` with the question as asked",
        ],
    );
}

#[test]
fn a_why_text_that_explains_nothing() {
    let fixture = Fixture::new("short-why", unchanged, |tag, s| {
        if tag == "nl" {
            s.replace(
                "avg-verzoek-periode-why = Met een periode zoeken we alleen in de gegevens uit die tijd. Dan gaat het sneller.",
                "avg-verzoek-periode-why = Dat is handig.",
            )
        } else {
            s
        }
    });
    expect_lines(
        fixture,
        &[
            "locales/nl/runtime/avg-verzoek.ftl: question `periode`: the \"why\" text `avg-verzoek-periode-why` in `nl` is too short to explain: write at least 6 words on why we ask it",
        ],
    );
}

#[test]
fn a_required_question_without_its_error_message() {
    let fixture = Fixture::new("no-error-message", unchanged, |tag, s| {
        if tag == "nl" {
            without(&["avg-verzoek-naam-name"])(s)
        } else {
            s
        }
    });
    expect_lines(
        fixture,
        &[
            "locales/nl/runtime/avg-verzoek.ftl: question `naam` is required but has no error message in `nl`: add `avg-verzoek-naam-name = …`, its short name in \"Vul { $name } in.\"",
        ],
    );
}

#[test]
fn a_required_question_whose_kit_error_text_is_gone() {
    let fixture = Fixture::new("no-kit-error", unchanged, |_, s| s);
    let kit = fixture.dir.join("locales/en/loket.ftl");
    let source = without(&["loket-error-required-date"])(fs::read_to_string(&kit).unwrap());
    fs::write(&kit, source).unwrap();
    expect_lines(
        fixture,
        &[
            "locales/en/runtime/avg-verzoek.ftl: question `geboortedatum` is required but has no error message in `en`: add `avg-verzoek-geboortedatum-error-required = …` or the kit's `loket-error-required-date`",
        ],
    );
}

#[test]
fn an_autocomplete_token_that_does_not_exist() {
    let fixture = Fixture::new(
        "autocomplete",
        |json| {
            json.replace(
                r#""autocomplete": "name""#,
                r#""autocomplete": "full-name""#,
            )
        },
        |_, s| s,
    );
    expect_lines(
        fixture,
        &[
            "forms/runtime/avg-verzoek.json: question `naam`: autocomplete `full-name` does not exist; use one of the HTML autofill names such as `name`, `email` or `tel`",
        ],
    );
}

#[test]
fn an_option_text_for_an_option_that_does_not_exist() {
    let fixture = Fixture::new("option", unchanged, |_, s| {
        s.replace(
            "avg-verzoek-ontvangst-option-papier",
            "avg-verzoek-ontvangst-option-post",
        )
    });
    let (code, lines) = fixture.lint();
    assert_eq!(code, 1);
    assert!(lines.contains(&"locales/nl/runtime/avg-verzoek.ftl: question `ontvangst` lacks its option text in `nl`: add `avg-verzoek-ontvangst-option-papier = …`".to_string()), "{lines:#?}");
    assert!(lines.contains(&"locales/de/runtime/avg-verzoek.ftl: question `ontvangst` has no option `post`, but text `avg-verzoek-ontvangst-option-post` is for it: check the spelling or add the option".to_string()), "{lines:#?}");
}

#[test]
fn a_missing_language_file_and_broken_fluent() {
    let fixture = Fixture::new("files", unchanged, |tag, s| match tag {
        "en" => format!("{s}\navg-verzoek-oops = {{ $\n"),
        _ => s,
    });
    fs::remove_file(fixture.dir.join("locales/de/runtime/avg-verzoek.ftl")).unwrap();
    let (code, lines) = fixture.lint();
    assert_eq!(code, 1);
    assert!(
        lines.iter().any(|l| l.starts_with(
            "locales/de/runtime/avg-verzoek.ftl: the form's texts in `de` cannot be read"
        )),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("locales/en/runtime/avg-verzoek.ftl: ")
                && l.ends_with("; fix the Fluent text there")),
        "{lines:#?}"
    );
}

#[test]
fn a_spec_that_is_not_json_or_has_another_id() {
    let fixture = Fixture::new(
        "json",
        |json| json.replacen('{', "{ \"titel\": 1,", 1),
        |_, s| s,
    );
    let (code, lines) = fixture.lint();
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].starts_with("forms/runtime/avg-verzoek.json: the spec is not valid JSON for a form: unknown field `titel`"), "{lines:#?}");
    assert!(
        lines[0].ends_with("(every field is described in schemas/authoring/form-spec.schema.json)"),
        "{lines:#?}"
    );

    let fixture = Fixture::new(
        "id",
        |json| json.replace("\"id\": \"avg-verzoek\"", "\"id\": \"avg\""),
        |_, s| s,
    );
    let (code, lines) = fixture.lint();
    assert_eq!(code, 1);
    assert_eq!(
        lines[0],
        "forms/runtime/avg-verzoek.json: the file is named `avg-verzoek.json` but the form's id is `avg`: give the file the form's id"
    );
}

#[test]
fn a_wrong_call_exits_with_2() {
    assert_eq!(lint_in(&root(), &[]).0, 2);
    assert_eq!(lint_in(&root(), &["--nonsense", SPEC]).0, 2);
    let (code, lines) = lint_in(&root(), &["forms/runtime/bestaat-niet.json"]);
    assert_eq!(code, 1);
    assert!(
        lines[0].starts_with("forms/runtime/bestaat-niet.json: the spec cannot be read"),
        "{lines:?}"
    );
}

#[test]
fn autocomplete_follows_the_html_grammar() {
    for good in [
        "name",
        "off",
        "shipping street-address",
        "section-blue billing postal-code",
        "work email",
        "mobile tel webauthn",
        "EMAIL",
    ] {
        assert!(autocomplete_is_valid(good), "{good}");
    }
    for bad in [
        "",
        "e-mail",
        "full-name",
        "home name",
        "email shipping",
        "section- name",
        "on off",
        "work",
        "name name",
    ] {
        assert!(!autocomplete_is_valid(bad), "{bad}");
    }
}

/// What the browser's check (`/gallery/lint`, `loket::authoring::lint_input`) finds in a fixture's files,
/// pasted as they are, as the command's lines.
fn pasted_lines(fixture: &Fixture) -> Vec<String> {
    use loket::authoring::lint_input::{PastedCheck, check_pasted};
    let dir = &fixture.dir;
    let mut catalog = loket::Catalog::new();
    let mut texts = Vec::new();
    let mut tags = common::locale_tags();
    tags.sort_by_key(|t| (t != "nl", t.clone()));
    for tag in tags {
        for (file, source) in common::ftl_files(&tag) {
            catalog.add(&tag, &file, &source).unwrap();
        }
        let own = dir
            .join("locales")
            .join(&tag)
            .join("runtime/avg-verzoek.ftl");
        texts.push((tag, fs::read_to_string(own).unwrap()));
    }
    let spec = fs::read_to_string(dir.join(SPEC)).unwrap();
    let profile = ("profiles/enschede.json".to_string(), common::enschede());
    match check_pasted(&spec, &texts, catalog, &profile) {
        PastedCheck::Checked(problems) => problems.iter().map(ToString::to_string).collect(),
        PastedCheck::TooLarge => panic!("the fixture is small"),
    }
}

#[test]
fn the_browser_check_gives_the_same_lines_as_the_command() {
    let broken_spec = |json: String| {
        json.replace(
            r#""question": "welke", "is_one_of""#,
            r#""question": "welk", "is_one_of""#,
        )
        .replace(
            r#""autocomplete": "name""#,
            r#""autocomplete": "full-name""#,
        )
    };
    let broken_texts = |tag: &str, source: String| match tag {
        "en" => without(&["avg-verzoek-periode-why"])(source),
        "nl" => without(&["avg-verzoek-naam-name"])(source),
        _ => source,
    };
    let cases = [
        Fixture::new("browser-clean", unchanged, |_, s| s),
        Fixture::new("browser-spec", broken_spec, |_, s| s),
        Fixture::new("browser-texts", unchanged, broken_texts),
        Fixture::new("browser-json", |_| "{\"id\": [".to_string(), |_, s| s),
    ];
    let mut sizes = Vec::new();
    for fixture in &cases {
        let (_, mut command) = fixture.lint();
        let mut browser = pasted_lines(fixture);
        sizes.push(browser.len());
        if fixture
            .dir
            .ends_with(format!("loket-lint-{}-browser-json", std::process::id()))
        {
            // Without an id the browser names the spec `form`; the command knows its path.
            for line in &mut browser {
                *line = line.replace("forms/runtime/form.json", SPEC);
            }
        }
        command.sort();
        browser.sort();
        assert_eq!(browser, command, "{}", fixture.dir.display());
    }
    assert_eq!(sizes, [0, 2, 2, 1], "each broken case has its problems");
}
