//! A spec that points at something that does not exist is refused with a message that says where.

mod common;

use loket::FormSpec;

fn spec_with(step_extra: &str, question_extra: &str) -> String {
    format!(
        r#"{{"id":"test","version":1,"steps":[
            {{"id":"een","questions":[{{"id":"keuze","kind":{{"type":"choice","options":["ja","nee"]}}}}]{step_extra}}},
            {{"id":"twee","questions":[{{"id":"tekst","kind":{{"type":"text"}}{question_extra}}}]}}
        ],"exits":[{{"id":"weg"}}]}}"#
    )
}

fn error_of(json: &str) -> String {
    FormSpec::from_json(json)
        .expect_err("spec should be refused")
        .0
}

#[test]
fn a_good_spec_loads() {
    let spec = FormSpec::from_json(&spec_with("", "")).unwrap();
    assert_eq!(spec.questions().count(), 2);
}

#[test]
fn a_condition_on_an_unknown_question_is_refused() {
    let e = error_of(&spec_with(
        "",
        r#","visible_when":{"question":"bestaatniet","is_one_of":["ja"]}"#,
    ));
    assert!(
        e.contains("question `tekst` depends on question `bestaatniet`, which does not exist"),
        "{e}"
    );
}

#[test]
fn a_condition_on_an_option_that_does_not_exist_is_refused() {
    let e = error_of(&spec_with(
        "",
        r#","required_when":{"question":"keuze","is_one_of":["misschien"]}"#,
    ));
    assert!(
        e.contains("`misschien`, which is not one of its options"),
        "{e}"
    );
}

#[test]
fn a_condition_on_a_later_question_is_refused() {
    let e = error_of(&spec_with(
        r#","visible_when":{"question":"tekst","is_one_of":["x"]}"#,
        "",
    ));
    assert!(e.contains("which comes later"), "{e}");
}

#[test]
fn an_exit_to_an_unknown_page_is_refused() {
    let e = error_of(&spec_with(
        r#","exits":[{"when":{"question":"keuze","is_one_of":["nee"]},"page":"nergens"}]"#,
        "",
    ));
    assert!(
        e.contains("exit page `nergens`, which is not in `exits`"),
        "{e}"
    );
}

#[test]
fn an_autocomplete_token_that_does_not_exist_is_refused() {
    let e = error_of(&spec_with("", r#","autocomplete":"e-mail""#));
    assert!(e.contains("autocomplete `e-mail` does not exist"), "{e}");
}

#[test]
fn a_misspelt_field_is_refused_not_ignored() {
    let e = error_of(&spec_with("", r#","requird":false"#));
    assert!(e.contains("unknown field `requird`"), "{e}");
}

#[test]
fn duplicate_question_ids_are_refused() {
    let json = spec_with("", "").replace(r#""id":"tekst""#, r#""id":"keuze""#);
    let e = error_of(&json);
    assert!(e.contains("question `keuze` appears twice"), "{e}");
}

#[test]
fn broken_json_gives_a_message_not_a_panic() {
    for junk in ["", "{", "null", "[]", "{\"id\":1}", "\u{0}\u{202e}<script>"] {
        assert!(FormSpec::from_json(junk).is_err(), "{junk:?}");
    }
}

#[test]
fn named_conditions_that_loop_are_refused_before_anything_evaluates_them() {
    let looped = r#"{"id":"test","version":1,
        "conditions":{
            "a":{"any_of":[{"ref":"b"},{"ref":"b"},{"ref":"b"}]},
            "b":{"all_of":[{"ref":"a"},{"not":{"ref":"a"}}]},
            "zelf":{"not":{"ref":"zelf"}},
            "goed":{"question":"keuze","is_one_of":["ja"]}
        },
        "steps":[
            {"id":"een","questions":[{"id":"keuze","kind":{"type":"choice","options":["ja","nee"]}}]},
            {"id":"twee","visible_when":{"ref":"a"},"questions":[{"id":"tekst","kind":{"type":"text"}}]}
        ]}"#;
    let e = error_of(looped);
    for name in ["a", "b", "zelf"] {
        assert!(
            e.contains(&format!("condition `{name}` refers back to itself")),
            "{e}"
        );
    }
    assert!(!e.contains("`goed`"), "{e}");
    assert!(e.contains("remove the loop"), "{e}");
}

/// The reference site finds a form's spec by its file name before it reads it
/// (`app/src/site.rs`), so every spec in `forms/` is named after its id.
#[test]
fn every_shipped_spec_is_named_after_its_id() {
    let dir = common::root().join("forms");
    for entry in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let spec = FormSpec::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy();
        assert_eq!(
            spec.id,
            stem,
            "{}: rename the file to {}.json",
            path.display(),
            spec.id
        );
    }
}
