//! The complaint form, walked through the DOM-free core as a resident would.

mod common;

use common::*;
use loket::core::exchange::payload::{Envelope, build};
use loket::core::journey::flow::{Forward, backward, forward, progress};
use loket::core::rules::validate::{check_step, first_invalid_step, notices};
use loket::core::texts::messages::error_text;
use loket::{Answer, Answers, DateParts, FieldError, Position, Rule};

fn date(d: &str, m: &str, y: &str) -> Answer {
    Answer::Date(DateParts {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    })
}

fn complete_answers() -> Answers {
    let mut a = Answers::new();
    a.set_text("soort", "behandeling");
    a.set_text(
        "omschrijving",
        "  De medewerker aan de balie was onvriendelijk.  ",
    );
    a.set("datum", date("3", "11", "2026"));
    a.set_text("wens", "Een gesprek");
    a.set_text("naam", "Anna de Vries");
    a.set_text("email", "anna@voorbeeld.nl");
    a.set_text("contactwijze", "email");
    a
}

fn text(t: &str) -> loket::core::exchange::payload::Value {
    loket::core::exchange::payload::Value::Text(t.to_string())
}

fn rules(errors: &[FieldError]) -> Vec<(&str, Rule)> {
    errors
        .iter()
        .map(|e| (e.question.as_str(), e.rule.clone()))
        .collect()
}

#[test]
fn an_empty_step_lists_every_required_question_in_order() {
    let spec = form("klacht");
    let errors = check_step(&spec, &spec.steps[1], &Answers::new(), today());
    assert_eq!(
        rules(&errors),
        vec![("omschrijving", Rule::Required), ("datum", Rule::Required)]
    );
}

#[test]
fn a_decision_or_a_street_report_leads_to_its_own_route() {
    let spec = form("klacht");
    for (answer, page) in [("besluit", "bezwaar"), ("melding", "melding")] {
        let mut a = Answers::new();
        a.set_text("soort", answer);
        assert_eq!(
            forward(&spec, &a, 0, None, today()),
            Forward::To(Position::Exit {
                step: 0,
                page: page.into()
            })
        );
        let back = backward(
            &spec,
            &a,
            &Position::Exit {
                step: 0,
                page: page.into(),
            },
        );
        assert_eq!(back, Some(Position::Step { index: 0 }));
    }
    let mut a = Answers::new();
    a.set_text("soort", "dienstverlening");
    assert_eq!(
        forward(&spec, &a, 0, None, today()),
        Forward::To(Position::Step { index: 1 })
    );
}

#[test]
fn dates_must_exist_and_be_in_the_past_and_old_ones_get_a_kind_notice() {
    let spec = form("klacht");
    let step = &spec.steps[1];
    let mut a = complete_answers();
    for (d, m, y, rule) in [
        ("23", "11", "2026", Some(Rule::DateNotPast)),
        ("31", "2", "2026", Some(Rule::DateInvalid)),
        ("3", "", "2026", Some(Rule::DateIncomplete)),
        ("22", "11", "2026", None),
    ] {
        a.set("datum", date(d, m, y));
        let got = check_step(&spec, step, &a, today())
            .into_iter()
            .map(|e| e.rule)
            .next();
        assert_eq!(got, rule, "{d}-{m}-{y}");
    }
    a.set("datum", date("1", "11", "2025"));
    assert!(
        check_step(&spec, step, &a, today()).is_empty(),
        "an old date is allowed"
    );
    assert_eq!(
        notices(&spec, step, &a, today()),
        vec![("datum".to_string(), "oud".to_string())]
    );
    a.set("datum", date("1", "1", "2026"));
    assert!(notices(&spec, step, &a, today()).is_empty());
}

#[test]
fn text_that_is_too_long_says_the_limit_and_the_count() {
    let spec = form("klacht");
    let catalog = catalog();
    let mut a = complete_answers();
    a.set_text("omschrijving", "é".repeat(4001));
    let errors = check_step(&spec, &spec.steps[1], &a, today());
    assert_eq!(
        rules(&errors),
        vec![(
            "omschrijving",
            Rule::TooLong {
                max: 4000,
                count: 4001
            }
        )]
    );
    let nl_text = error_text(&catalog, &nl(), &spec, &errors[0]);
    assert_eq!(
        nl_text,
        "Maak de beschrijving korter. U kunt maximaal 4000 tekens gebruiken, nu zijn het er 4001."
    );
    let en_text = error_text(&catalog, &en(), &spec, &errors[0]);
    assert!(
        en_text.contains("the description") && en_text.contains("4000"),
        "{en_text}"
    );
}

#[test]
fn phone_is_optional_until_the_resident_asks_to_be_called() {
    let spec = form("klacht");
    let step = &spec.steps[4];
    let mut a = complete_answers();
    assert!(check_step(&spec, step, &a, today()).is_empty());
    a.set_text("contactwijze", "telefoon");
    assert_eq!(
        rules(&check_step(&spec, step, &a, today())),
        vec![("telefoon", Rule::Required)]
    );
    let catalog = catalog();
    let err = &check_step(&spec, step, &a, today())[0];
    assert_eq!(
        error_text(&catalog, &nl(), &spec, err),
        "Vul uw telefoonnummer in. U koos ervoor dat we u bellen."
    );
    a.set_text("telefoon", "06 1234");
    assert_eq!(
        rules(&check_step(&spec, step, &a, today())),
        vec![("telefoon", Rule::Phone)]
    );
    a.set_text("telefoon", "06 12345678");
    assert!(check_step(&spec, step, &a, today()).is_empty());
}

#[test]
fn every_error_message_names_its_field_in_every_language() {
    let spec = form("klacht");
    let catalog = catalog();
    let cases = [
        ("naam", Rule::Required),
        ("email", Rule::Email),
        ("email", Rule::Required),
        ("datum", Rule::DateInvalid),
        ("datum", Rule::DateNotPast),
        ("soort", Rule::Required),
        (
            "wens",
            Rule::TooLong {
                max: 2000,
                count: 2100,
            },
        ),
    ];
    for locale in [nl(), en()] {
        for (question, rule) in cases.clone() {
            let error = FieldError {
                question: question.into(),
                rule,
            };
            let text = error_text(&catalog, &locale, &spec, &error);
            let name = catalog.text(&locale, &format!("klacht-{question}-name"));
            assert!(
                !text.starts_with("loket-") && !text.starts_with("klacht-"),
                "{text}"
            );
            let names_field = text.to_lowercase().contains(&name.to_lowercase())
                || catalog.has(
                    &locale,
                    &format!("klacht-{question}-error-{}", error.rule.key_name()),
                );
            assert!(names_field, "`{text}` does not name `{name}`");
        }
    }
    let email = FieldError {
        question: "email".into(),
        rule: Rule::Email,
    };
    assert_eq!(
        error_text(&catalog, &nl(), &spec, &email),
        "Vul uw e-mailadres in zoals naam@voorbeeld.nl."
    );
}

#[test]
fn the_whole_complaint_walks_to_the_check_page_with_progress() {
    let spec = form("klacht");
    let a = complete_answers();
    let mut at = 0;
    let mut seen = vec![];
    loop {
        seen.push(progress(&spec, &a, at));
        match forward(&spec, &a, at, None, today()) {
            Forward::To(Position::Step { index }) => at = index,
            Forward::To(Position::Check) => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(seen, vec![(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]);
    assert_eq!(first_invalid_step(&spec, &a, today()), None);
    assert_eq!(
        backward(&spec, &a, &Position::Check),
        Some(Position::Step { index: 4 })
    );
    assert_eq!(backward(&spec, &a, &Position::Step { index: 0 }), None);
}

#[test]
fn after_a_change_next_returns_to_the_check_page() {
    let spec = form("klacht");
    let a = complete_answers();
    assert_eq!(
        forward(&spec, &a, 2, Some(&[0, 1, 2, 3, 4]), today()),
        Forward::To(Position::Check)
    );
    assert_eq!(
        forward(&spec, &a, 2, None, today()),
        Forward::To(Position::Step { index: 3 })
    );
    // A change that makes another answer necessary leads there before the check page.
    let mut b = complete_answers();
    b.set_text("contactwijze", "telefoon");
    assert_eq!(
        first_invalid_step(&spec, &b, today()).map(|(i, _)| i),
        Some(4),
        "phone now needed"
    );
}

#[test]
fn the_payload_holds_normalised_shown_answers_only() {
    let spec = form("klacht");
    let mut a = complete_answers();
    a.set_text("telefoon", "06 12345678"); // typed, then e-mail chosen: still shown, so kept
    a.set_text("betrokkene", "   ");
    let envelope = Envelope {
        reference: "KLA-2345-6789",
        idempotency_key: "key-1",
        municipality: "enschede",
        locale: "nl",
        submitted_at: "2026-11-22T10:00:00.000Z",
    };
    let p = build(&spec, &a, &envelope);
    assert_eq!(p.schema, "loket.submission");
    assert_eq!(p.schema_version, 1);
    assert_eq!(p.form, "klacht");
    assert_eq!(
        p.answers["omschrijving"],
        text("De medewerker aan de balie was onvriendelijk.")
    );
    assert_eq!(p.answers["datum"], text("2026-11-03"));
    assert_eq!(p.outcome, None);
    assert!(
        !p.answers.contains_key("betrokkene"),
        "blank optional answers are left out"
    );
    assert_eq!(p.answers["telefoon"], text("06 12345678"));
    let json: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    assert_eq!(json["answers"]["soort"], "behandeling");
    assert_eq!(json["reference"], "KLA-2345-6789");
}

#[test]
fn hostile_text_is_kept_exactly_and_never_breaks_anything() {
    let spec = form("klacht");
    let mut a = complete_answers();
    let hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> 😀 \u{202e}gnp.exe مرحبا \u{0}\u{7}";
    a.set_text("omschrijving", hostile);
    a.set_text("naam", hostile);
    assert!(check_step(&spec, &spec.steps[1], &a, today()).is_empty());
    let p = build(
        &spec,
        &a,
        &Envelope {
            reference: "R",
            idempotency_key: "key-1",
            municipality: "m",
            locale: "nl",
            submitted_at: "t",
        },
    );
    let back: loket::core::exchange::payload::Submission =
        serde_json::from_str(&p.to_json()).unwrap();
    assert_eq!(back.answers["omschrijving"], text(hostile.trim()));
    // Answers that are not of the question's kind are refused, not trusted.
    a.set_text("soort", "<b>behandeling</b>");
    assert_eq!(
        rules(&check_step(&spec, &spec.steps[0], &a, today())),
        vec![("soort", Rule::UnknownOption)]
    );
    // An answer of the wrong shape (an edited draft) is asked again, not silently dropped.
    a.set("omschrijving", date("1", "1", "2026"));
    assert_eq!(
        rules(&check_step(&spec, &spec.steps[1], &a, today())),
        vec![("omschrijving", Rule::Required)]
    );
}
