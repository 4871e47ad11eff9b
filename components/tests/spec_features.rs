//! The spec features every form can use: conditions and branches, outcomes, numbers and
//! times, lists, checkboxes, files, date rules and advice. Tested on the shipped forms.

mod common;

use common::*;
use loket::core::exchange::payload::{Envelope, Value, build};
use loket::core::journey::flow::{Forward, forward};
use loket::core::rules::conditions::{holds, outcome};
use loket::core::rules::validate::{check_file, check_step, notices, notices_for_form};
use loket::{Answer, Answers, Condition, DateParts, FileAnswer, FormSpec, Position, Rule};

fn event() -> FormSpec {
    let settings = enschede().settings;
    form("vergunning-evenement")
        .with_profile(&settings)
        .unwrap()
}

fn woo() -> FormSpec {
    form("woo-verzoek")
        .with_profile(&enschede().settings)
        .unwrap()
}

fn in_days(days: i64) -> Answer {
    let d = today().plus_days(days);
    Answer::Date(DateParts {
        day: d.day.to_string(),
        month: d.month.to_string(),
        year: d.year.to_string(),
    })
}

fn small_event() -> Answers {
    let mut a = Answers::new().with_defaults(&event());
    for (q, v) in [
        ("naam-evenement", "Burendag Hoogstraat"),
        ("soort", "straatfeest"),
        ("omschrijving", "Koffie en spelletjes"),
        ("begintijd", "14:00"),
        ("eindtijd", "22.00"),
        ("locatie", "Hoogstraat"),
        ("bezoekers", "80"),
        ("wegafsluiting", "nee"),
        ("muziek", "nee"),
        ("alcohol", "nee"),
        ("naam", "Sam"),
        ("email", "sam@voorbeeld.nl"),
        ("telefoon", "06 12345678"),
    ] {
        a.set_text(q, v);
    }
    a.set("datum", in_days(90));
    a
}

fn step_ids(spec: &FormSpec, a: &Answers) -> Vec<String> {
    a.visible_steps(spec)
        .into_iter()
        .map(|i| spec.steps[i].id.clone())
        .collect()
}

fn envelope() -> Envelope<'static> {
    Envelope {
        reference: "VER-2345-6789",
        idempotency_key: "key-1",
        municipality: "enschede",
        locale: "nl",
        submitted_at: "2026-11-22T10:00:00Z",
    }
}

#[test]
fn every_form_meets_every_profile_that_offers_it() {
    for profile in profiles() {
        let ids: Vec<String> = forms().into_iter().map(|f| f.id).collect();
        for wanted in profile.forms.iter().flatten().chain(&profile.callback_form) {
            assert!(
                ids.contains(wanted),
                "profile {} names the unknown form `{wanted}`",
                profile.id
            );
        }
        for spec in forms().into_iter().filter(|f| profile.offers(&f.id)) {
            let id = spec.id.clone();
            spec.with_profile(&profile.settings)
                .unwrap_or_else(|e| panic!("form {id} with profile {}: {e}", profile.id));
        }
    }
}

#[test]
fn a_missing_profile_setting_is_named() {
    let e = form("vergunning-evenement")
        .with_profile(&Default::default())
        .unwrap_err();
    assert!(
        e.0.contains("needs the profile setting `evenement-melding-max-bezoekers`"),
        "{e}"
    );
}

#[test]
fn a_small_event_is_a_notification_without_the_permit_steps() {
    let spec = event();
    let a = small_event();
    assert_eq!(
        step_ids(&spec, &a),
        vec!["evenement", "wanneer", "omvang", "melding", "organisator"]
    );
    assert_eq!(outcome(&spec, &a).map(|o| o.id.as_str()), Some("melding"));
    let p = build(&spec, &a, &envelope());
    assert_eq!(p.outcome.as_deref(), Some("melding"));
    assert_eq!(p.answers["aanvraagsoort"], Value::Text("melding".into()));
    assert_eq!(p.answers["eindtijd"], Value::Text("22:00".into()));
    assert_eq!(p.answers["bezoekers"], Value::Text("80".into()));
    assert!(!p.answers.contains_key("schets"));
}

#[test]
fn a_resident_may_still_choose_a_permit_for_a_small_event() {
    let spec = event();
    let mut a = small_event();
    a.set_text("aanvraagsoort", "vergunning");
    assert_eq!(
        outcome(&spec, &a).map(|o| o.id.as_str()),
        Some("vergunning")
    );
    assert!(step_ids(&spec, &a).contains(&"tekening".to_string()));
}

/// A case name, the answers that cross one limit, and a step that must then appear.
type Threshold = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

#[test]
fn each_threshold_on_its_own_makes_a_permit_needed() {
    let spec = event();
    let cases: [Threshold; 4] = [
        ("visitors", &[("bezoekers", "251")], "veiligheid"),
        ("late end", &[("eindtijd", "01:00")], "tekening"),
        ("road closure", &[("wegafsluiting", "ja")], "afsluiting"),
        (
            "late music",
            &[("muziek", "ja"), ("muziek-tot", "23:30")],
            "muziek",
        ),
    ];
    for (name, change, step) in cases {
        let mut a = small_event();
        for (q, v) in change {
            a.set_text(q, *v);
        }
        let steps = step_ids(&spec, &a);
        assert_eq!(
            outcome(&spec, &a).map(|o| o.id.as_str()),
            Some("vergunning"),
            "{name}"
        );
        assert!(!steps.contains(&"melding".to_string()), "{name}: {steps:?}");
        assert!(steps.contains(&step.to_string()), "{name}: {steps:?}");
    }
    // At the limit is still small.
    let mut a = small_event();
    a.set_text("bezoekers", "250");
    a.set_text("eindtijd", "23:00");
    assert_eq!(outcome(&spec, &a).map(|o| o.id.as_str()), Some("melding"));
}

#[test]
fn answers_of_a_branch_that_was_left_are_neither_counted_nor_sent() {
    let spec = event();
    let mut a = small_event();
    a.set_text("wegafsluiting", "ja");
    a.set(
        "straten",
        Answer::List(vec!["Hoogstraat".into(), " ".into(), "Laagstraat".into()]),
    );
    a.set_text("afsluiting-van", "12:00");
    a.set_text("muziek", "ja");
    a.set_text("muziek-tot", "23:30");
    let p = build(&spec, &a, &envelope());
    assert_eq!(
        p.answers["straten"],
        Value::List(vec!["Hoogstraat".into(), "Laagstraat".into()])
    );
    // The resident changes their mind: no closure, no music.
    a.set_text("wegafsluiting", "nee");
    a.set_text("muziek", "nee");
    let p = build(&spec, &a, &envelope());
    for gone in ["straten", "afsluiting-van", "muziek-tot", "schets"] {
        assert!(!p.answers.contains_key(gone), "{gone} should not be sent");
    }
    assert_eq!(
        p.outcome.as_deref(),
        Some("melding"),
        "the hidden late music no longer counts"
    );
}

#[test]
fn a_change_that_brings_back_a_step_shows_it_before_the_check_page() {
    let spec = event();
    let mut a = small_event();
    a.set_text("bezoekers", "300");
    a.set(
        "schets",
        Answer::Files(vec![file("plan.pdf", "application/pdf", 3)]),
    );
    a.set_text("maatregelen", "EHBO");
    let before = a.visible_steps(&spec);
    assert!(!step_ids(&spec, &a).contains(&"melding".to_string()));
    // From the check page the resident lowers the number of visitors: the notification step
    // (with its preset answer) comes back and is shown, not skipped.
    a.set_text("bezoekers", "80");
    let melding = spec.steps.iter().position(|s| s.id == "melding").unwrap();
    assert_eq!(
        forward(&spec, &a, 2, Some(&before), today()),
        Forward::To(Position::Step { index: melding })
    );
    assert_eq!(
        forward(&spec, &a, melding, Some(&before), today()),
        Forward::To(Position::Check)
    );
}

#[test]
fn numbers_and_times_get_specific_errors() {
    let spec = event();
    let omvang = &spec.steps[2];
    let mut a = small_event();
    for (value, rule) in [
        ("veel", Some(Rule::Number)),
        ("0", Some(Rule::NumberTooSmall { min: 1 })),
        ("2000000", Some(Rule::NumberTooLarge { max: 1_000_000 })),
        ("1.500", None),
    ] {
        a.set_text("bezoekers", value);
        let errors = check_step(&spec, omvang, &a, today());
        assert_eq!(errors.first().map(|e| e.rule.clone()), rule, "{value}");
    }
    let wanneer = &spec.steps[1];
    a.set_text("eindtijd", "25:00");
    assert_eq!(check_step(&spec, wanneer, &a, today())[0].rule, Rule::Time);
    let catalog = catalog();
    let error = &check_step(&spec, wanneer, &a, today())[0];
    assert_eq!(
        loket::core::texts::messages::error_text(&catalog, &nl(), &spec, error),
        "Vul de eindtijd in zoals 14:30."
    );
}

#[test]
fn an_event_date_must_be_in_the_future_and_a_short_lead_time_is_advice_not_a_block() {
    let spec = event();
    let wanneer = &spec.steps[1];
    let mut a = small_event();
    a.set("datum", in_days(0));
    assert_eq!(
        check_step(&spec, wanneer, &a, today())[0].rule,
        Rule::DateNotFuture
    );
    a.set("datum", in_days(20));
    assert!(check_step(&spec, wanneer, &a, today()).is_empty());
    assert_eq!(
        notices(&spec, wanneer, &a, today()),
        vec![("datum".into(), "te-laat".into())]
    );
    a.set("datum", in_days(56));
    assert!(notices(&spec, wanneer, &a, today()).is_empty());
}

#[test]
fn serving_alcohol_explains_the_separate_exemption() {
    let spec = event();
    let mut a = small_event();
    assert!(notices(&spec, &spec.steps[2], &a, today()).is_empty());
    a.set_text("alcohol", "ja");
    assert_eq!(
        notices(&spec, &spec.steps[2], &a, today()),
        vec![("alcohol".into(), "ontheffing".into())]
    );
}

#[test]
fn lists_hold_at_most_their_entries_and_each_entry_is_checked() {
    let spec = event();
    let step = spec.steps.iter().find(|s| s.id == "afsluiting").unwrap();
    let mut a = small_event();
    a.set_text("wegafsluiting", "ja");
    a.set_text("afsluiting-van", "12:00");
    a.set_text("afsluiting-tot", "23:00");
    a.set("straten", Answer::List(vec![" ".into()]));
    assert_eq!(check_step(&spec, step, &a, today())[0].rule, Rule::Required);
    a.set(
        "straten",
        Answer::List((0..11).map(|i| format!("Straat {i}")).collect()),
    );
    assert_eq!(
        check_step(&spec, step, &a, today())[0].rule,
        Rule::TooMany { max: 10 }
    );
    a.set("straten", Answer::List(vec!["x".repeat(201)]));
    assert_eq!(
        check_step(&spec, step, &a, today())[0].rule,
        Rule::TooLong {
            max: 200,
            count: 201
        }
    );
}

fn file(name: &str, media_type: &str, size: u64) -> FileAnswer {
    FileAnswer {
        name: name.into(),
        media_type: media_type.into(),
        size,
        content_base64: "AAAA".into(),
    }
}

#[test]
fn files_are_refused_by_type_size_emptiness_and_count_with_their_name() {
    let spec = event();
    let q = spec.question("schets").unwrap();
    assert_eq!(
        check_file(q, 0, &file("plan.pdf", "application/pdf", 10_000)),
        None
    );
    assert_eq!(
        check_file(q, 0, &file("foto.jpg", "image/jpeg", 5_000_000)),
        None
    );
    assert_eq!(
        check_file(q, 0, &file("virus.exe", "application/x-msdownload", 10)),
        Some(Rule::FileType {
            file: "virus.exe".into()
        })
    );
    assert_eq!(
        check_file(q, 0, &file("groot.png", "image/png", 5_000_001)),
        Some(Rule::FileTooLarge {
            file: "groot.png".into()
        })
    );
    assert_eq!(
        check_file(q, 0, &file("leeg.pdf", "application/pdf", 0)),
        Some(Rule::FileEmpty {
            file: "leeg.pdf".into()
        })
    );
    assert_eq!(
        check_file(q, 3, &file("vierde.pdf", "application/pdf", 10)),
        Some(Rule::TooMany { max: 3 })
    );
    let catalog = catalog();
    let error = loket::FieldError {
        question: "schets".into(),
        rule: Rule::FileType {
            file: "virus.exe".into(),
        },
    };
    assert_eq!(
        loket::core::texts::messages::error_text(&catalog, &nl(), &spec, &error),
        "Het bestand virus.exe kan niet. Kies een bestand van het type JPG, PNG, PDF."
    );
    let big = loket::FieldError {
        question: "schets".into(),
        rule: Rule::FileTooLarge {
            file: "groot.png".into(),
        },
    };
    assert_eq!(
        loket::core::texts::messages::error_text(&catalog, &en(), &spec, &big),
        "The file groot.png is too large. Choose a file of at most 5 MB."
    );
}

#[test]
fn a_permit_needs_a_sketch_and_sends_it() {
    let spec = event();
    let mut a = small_event();
    a.set_text("aanvraagsoort", "vergunning");
    let index = spec.steps.iter().position(|s| s.id == "tekening").unwrap();
    assert_eq!(
        forward(&spec, &a, index, None, today()),
        Forward::Fix(vec![loket::FieldError {
            question: "schets".into(),
            rule: Rule::Required
        }])
    );
    a.set(
        "schets",
        Answer::Files(vec![file("plan.pdf", "application/pdf", 3)]),
    );
    assert_eq!(
        forward(&spec, &a, index, None, today()),
        Forward::To(Position::Step { index: index + 1 })
    );
    let p = build(&spec, &a, &envelope());
    let Value::Files(files) = &p.answers["schets"] else {
        panic!("files expected")
    };
    assert_eq!(files[0].name, "plan.pdf");
    assert_eq!(files[0].content_base64, "AAAA");
}

#[test]
fn a_woo_request_never_asks_why_and_starts_digital() {
    let spec = woo();
    assert!(
        spec.questions()
            .all(|q| !q.id.contains("reden") && !q.id.contains("waarom"))
    );
    let a = Answers::new().with_defaults(&spec);
    assert_eq!(a.text("ontvangst"), "digitaal");
}

#[test]
fn a_broad_woo_request_gets_advice_and_a_sharp_one_does_not() {
    let spec = woo();
    let step = &spec.steps[0];
    let mut a = Answers::new();
    for (subject, period, on_step, on_check) in [
        ("Roombeek", "2024", true, true),
        ("Alles over de nieuwe brug bij de haven", "2024", true, true),
        // No period: the resident may still be about to fill it in on this step.
        (
            "De e-mails over de nieuwe brug bij de haven",
            "",
            false,
            true,
        ),
        (
            "De e-mails over de brug bij de haven",
            "2024 tot 2025",
            false,
            false,
        ),
        ("", "", false, false),
    ] {
        a.set_text("onderwerp", subject);
        a.set_text("periode", period);
        let got = !notices(&spec, step, &a, today()).is_empty();
        assert_eq!(got, on_step, "on the step: {subject:?} / {period:?}");
        let got = !notices_for_form(&spec, &a, today()).is_empty();
        assert_eq!(got, on_check, "on the check page: {subject:?} / {period:?}");
        assert!(
            check_step(&spec, step, &a, today())
                .iter()
                .all(|e| e.question != "periode")
        );
    }
}

#[test]
fn paper_delivery_asks_for_a_real_address() {
    let spec = woo();
    let step = &spec.steps[3];
    let mut a = Answers::new().with_defaults(&spec);
    a.set_text("naam", "Sam");
    a.set_text("email", "sam@voorbeeld.nl");
    assert!(check_step(&spec, step, &a, today()).is_empty());
    a.set_text("ontvangst", "papier");
    let missing: Vec<String> = check_step(&spec, step, &a, today())
        .into_iter()
        .map(|e| e.question)
        .collect();
    assert_eq!(missing, vec!["straat", "postcode", "woonplaats"]);
    a.set_text("straat", "Langestraat 24");
    a.set_text("postcode", "751 JN");
    a.set_text("woonplaats", "Enschede");
    assert_eq!(check_step(&spec, step, &a, today())[0].rule, Rule::Postcode);
    a.set_text("postcode", "7511jn");
    assert!(check_step(&spec, step, &a, today()).is_empty());
}

#[test]
fn checkboxes_send_the_ticked_options_and_refuse_unknown_ones() {
    let spec = woo();
    let step = &spec.steps[1];
    let mut a = Answers::new();
    a.set(
        "soorten",
        Answer::List(vec!["emails".into(), "besluiten".into()]),
    );
    assert!(check_step(&spec, step, &a, today()).is_empty());
    a.set("soorten", Answer::List(vec!["<script>".into()]));
    assert_eq!(
        check_step(&spec, step, &a, today())[0].rule,
        Rule::UnknownOption
    );
}

#[test]
fn conditions_combine_and_never_loop() {
    let json = r#"{"id":"t","version":1,
        "conditions":{"lus":{"ref":"lus"},"groot":{"question":"n","more_than":10}},
        "steps":[{"id":"s","questions":[
            {"id":"n","kind":{"type":"number"}},
            {"id":"k","kind":{"type":"choice","options":["a","b"]}}
        ]}]}"#;
    // The loader refuses the loop; a spec made without it (in code) still never loops.
    let refused = FormSpec::from_json(json).unwrap_err().0;
    assert!(
        refused.contains("condition `lus` refers back to itself"),
        "{refused}"
    );
    let spec: FormSpec = serde_json::from_str(json).unwrap();
    let mut a = Answers::new();
    a.set_text("n", "11");
    a.set_text("k", "a");
    let c = |j: &str| -> Condition { serde_json::from_str(j).unwrap() };
    assert!(holds(&spec, &a, &c(r#"{"ref":"groot"}"#)));
    assert!(!holds(&spec, &a, &c(r#"{"ref":"lus"}"#)));
    assert!(holds(
        &spec,
        &a,
        &c(r#"{"all_of":[{"ref":"groot"},{"question":"k","is_one_of":["a"]}]}"#)
    ));
    assert!(!holds(
        &spec,
        &a,
        &c(r#"{"not":{"any_of":[{"ref":"groot"},{"ref":"lus"}]}}"#)
    ));
    assert!(holds(&spec, &a, &c(r#"{"question":"n","at_most":11}"#)));
    assert!(!holds(
        &spec,
        &a,
        &c(r#"{"question":"nergens","at_most":11}"#)
    ));
}

#[test]
fn a_named_condition_on_a_later_question_is_refused_where_it_is_used() {
    let json = r#"{"id":"t","version":1,
        "conditions":{"laat":{"any_of":[{"question":"later","is_one_of":["a"]}]}},
        "steps":[
            {"id":"een","visible_when":{"ref":"laat"},"questions":[{"id":"x","kind":{"type":"text"}}]},
            {"id":"twee","questions":[{"id":"later","kind":{"type":"choice","options":["a","b"]}}]}
        ]}"#;
    let e = FormSpec::from_json(json).unwrap_err();
    assert!(
        e.0.contains(
            "step `een` depends, through condition `laat`, on question `later`, which comes later"
        ),
        "{e}"
    );
}

#[test]
fn broken_conditions_are_refused_when_the_spec_loads() {
    let base = |cond: &str| {
        format!(
            r#"{{"id":"t","version":1,"steps":[{{"id":"s","questions":[
                {{"id":"k","kind":{{"type":"choice","options":["a","b"]}}}},
                {{"id":"x","kind":{{"type":"text"}},"visible_when":{cond}}}
            ]}}]}}"#
        )
    };
    for (cond, says) in [
        (r#"{"ref":"onbekend"}"#, "which is not in `conditions`"),
        (r#"{"question":"k"}"#, "needs exactly one of `is_one_of`"),
        (
            r#"{"question":"k","more_than":3}"#,
            "only number and time answers can be compared",
        ),
        (r#"{}"#, "needs exactly one of `question`"),
    ] {
        let e = FormSpec::from_json(&base(cond)).unwrap_err();
        assert!(e.0.contains(says), "{cond}: {e}");
    }
}
