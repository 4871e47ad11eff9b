//! The complaint form, walked through the DOM-free core as a resident would.

mod common;

use common::*;
use loket::core::exchange::payload::{Envelope, build};
use loket::core::journey::flow::{Forward, backward, forward, progress};
use loket::core::rules::dates::DatePart;
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
    a.set_text("adres", "woonadres");
    a.set_text("postcode", "7511 JN");
    a.set_text("huisnummer", "12");
    a.set_text("straat", "Langestraat");
    a.set_text("plaats", "Enschede");
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
        (
            "31",
            "2",
            "2026",
            Some(Rule::DateInvalid {
                parts: vec![DatePart::Day],
                max: Some(28),
            }),
        ),
        (
            "3",
            "",
            "2026",
            Some(Rule::DateIncomplete {
                parts: vec![DatePart::Month],
            }),
        ),
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
fn a_date_with_one_wrong_part_names_that_part_and_marks_only_it() {
    let spec = form("klacht");
    let catalog = catalog();
    let step = &spec.steps[1];
    let datum = spec.question("datum").unwrap();
    let mut a = complete_answers();
    let cases = [
        // Only day and year: the month is asked for.
        (
            ("12", "", "2026"),
            "Vul bij de datum de maand in.",
            "For the date, enter the month.",
        ),
        (
            ("", "", "2026"),
            "Vul bij de datum de dag en de maand in.",
            "For the date, enter the day and the month.",
        ),
        (
            ("31", "4", "2026"),
            "Vul bij de datum een dag in van 1 tot en met 30.",
            "For the date, enter a day from 1 to 30.",
        ),
        (
            ("29", "2", "2025"),
            "Vul bij de datum een dag in van 1 tot en met 28.",
            "For the date, enter a day from 1 to 28.",
        ),
        (
            ("1", "13", "2026"),
            "Vul bij de datum een maand in van 1 tot en met 12.",
            "For the date, enter a month from 1 to 12.",
        ),
        (
            ("1", "3", "26"),
            "Vul bij de datum het jaar in met 4 cijfers, bijvoorbeeld 2026.",
            "For the date, enter the year in 4 digits, for example 2026.",
        ),
    ];
    for ((d, m, y), dutch, english) in cases {
        a.set("datum", date(d, m, y));
        let errors = check_step(&spec, step, &a, today());
        let error = errors.iter().find(|e| e.question == "datum").unwrap();
        assert_eq!(
            error_text(&catalog, &nl(), &spec, error),
            dutch,
            "{d}-{m}-{y}"
        );
        assert_eq!(
            error_text(&catalog, &en(), &spec, error),
            english,
            "{d}-{m}-{y}"
        );
        // Only the named parts are marked, and the summary links to the first of them.
        let named = error.rule.date_parts();
        assert_eq!(
            named.len(),
            if d.is_empty() && m.is_empty() { 2 } else { 1 }
        );
        for part in DatePart::ALL {
            assert_eq!(
                error.marks(part),
                named.contains(&part),
                "{d}-{m}-{y} {part:?}"
            );
        }
        assert_eq!(
            error.target("klacht", datum),
            format!("klacht-datum-{}", named[0].id())
        );
    }
    // The whole date: as before, every part marked and the first linked.
    for (d, m, y) in [("", "", ""), ("23", "11", "2026")] {
        a.set("datum", date(d, m, y));
        let errors = check_step(&spec, step, &a, today());
        let error = errors.iter().find(|e| e.question == "datum").unwrap();
        assert!(DatePart::ALL.iter().all(|p| error.marks(*p)), "{d}-{m}-{y}");
        assert_eq!(error.target("klacht", datum), "klacht-datum-day");
    }
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
        vec![("telefoon", Rule::Required), ("dagdelen", Rule::Required)]
    );
    a.set("dagdelen", Answer::List(vec!["ochtend".into()]));
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
        (
            "datum",
            Rule::DateInvalid {
                parts: vec![],
                max: None,
            },
        ),
        (
            "datum",
            Rule::DateInvalid {
                parts: vec![DatePart::Day],
                max: Some(30),
            },
        ),
        (
            "datum",
            Rule::DateIncomplete {
                parts: vec![DatePart::Month, DatePart::Year],
            },
        ),
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

fn payload_of(spec: &loket::FormSpec, a: &Answers) -> loket::core::exchange::payload::Submission {
    build(
        spec,
        a,
        &Envelope {
            reference: "KLA-2345-6789",
            idempotency_key: "key-1",
            municipality: "enschede",
            locale: "nl",
            submitted_at: "2026-11-22T10:00:00.000Z",
        },
    )
}

fn list(items: &[&str]) -> loket::core::exchange::payload::Value {
    loket::core::exchange::payload::Value::List(items.iter().map(|i| i.to_string()).collect())
}

const ADDRESS: [&str; 5] = ["postcode", "huisnummer", "toevoeging", "straat", "plaats"];

#[test]
fn the_address_is_asked_unless_the_resident_has_none() {
    let spec = form("klacht");
    let catalog = catalog();
    let step = &spec.steps[3];
    assert_eq!(step.id, "gegevens");
    let mut a = complete_answers();
    assert!(check_step(&spec, step, &a, today()).is_empty());

    // Where to send a letter is asked of everyone, with a way out.
    a.set_text("adres", "");
    assert_eq!(
        rules(&check_step(&spec, step, &a, today())),
        vec![("adres", Rule::Required)]
    );

    // A home or postal address in the Netherlands: all of it but the addition.
    for choice in ["woonadres", "briefadres"] {
        let mut b = Answers::new();
        b.set_text("naam", "Anna de Vries");
        b.set_text("email", "anna@voorbeeld.nl");
        b.set_text("adres", choice);
        assert_eq!(
            rules(&check_step(&spec, step, &b, today())),
            vec![
                ("postcode", Rule::Required),
                ("huisnummer", Rule::Required),
                ("straat", Rule::Required),
                ("plaats", Rule::Required),
            ],
            "{choice}"
        );
    }
    a.set_text("adres", "briefadres");
    a.set_text("postcode", "7511");
    a.set_text("huisnummer", "12a");
    let errors = check_step(&spec, step, &a, today());
    assert_eq!(
        rules(&errors),
        vec![("postcode", Rule::Postcode), ("huisnummer", Rule::Number)]
    );
    // Each message says how to fix it, and where a letter or an address abroad goes.
    let texts: Vec<String> = errors
        .iter()
        .map(|e| error_text(&catalog, &nl(), &spec, e))
        .collect();
    assert!(
        texts[0].contains("7511 JN") && texts[0].contains("buiten Nederland"),
        "{}",
        texts[0]
    );
    assert!(texts[1].contains("Toevoeging"), "{}", texts[1]);
    a.set_text("postcode", "7511jn");
    a.set_text("huisnummer", "12");
    a.set_text("toevoeging", "a");
    assert!(check_step(&spec, step, &a, today()).is_empty());
    let p = payload_of(&spec, &a);
    assert_eq!(p.answers["adres"], text("briefadres"));
    assert_eq!(p.answers["postcode"], text("7511jn"));
    assert_eq!(p.answers["huisnummer"], text("12"));
    assert_eq!(p.answers["toevoeging"], text("a"));
    assert_eq!(p.answers["straat"], text("Langestraat"));
    assert_eq!(p.answers["plaats"], text("Enschede"));
    assert!(!p.answers.contains_key("buitenlands-adres"));

    // No address: nothing more is asked, and a typed address is kept but not sent.
    a.set_text("adres", "geen");
    assert!(check_step(&spec, step, &a, today()).is_empty());
    assert_eq!(first_invalid_step(&spec, &a, today()), None);
    let p = payload_of(&spec, &a);
    assert_eq!(p.answers["adres"], text("geen"));
    for question in ADDRESS {
        assert!(!p.answers.contains_key(question), "{question}");
    }
    assert_eq!(a.text("postcode"), "7511jn");
    // The way out says it is fine, what happens instead and where to get help.
    let hint = catalog.format(
        &nl(),
        "klacht-adres-option-geen-hint",
        &[("phone", "14053".into())],
    );
    assert!(
        hint.contains("e-mail of telefoon") && hint.contains("14053"),
        "{hint}"
    );

    // An address abroad is written as it goes on a letter.
    a.set_text("adres", "buitenland");
    assert_eq!(
        rules(&check_step(&spec, step, &a, today())),
        vec![("buitenlands-adres", Rule::Required)]
    );
    a.set_text(
        "buitenlands-adres",
        "Hauptstraße 1\n48599 Gronau\nDeutschland",
    );
    assert!(check_step(&spec, step, &a, today()).is_empty());
    let p = payload_of(&spec, &a);
    assert_eq!(p.answers["adres"], text("buitenland"));
    assert_eq!(
        p.answers["buitenlands-adres"],
        text("Hauptstraße 1\n48599 Gronau\nDeutschland")
    );
    assert!(!p.answers.contains_key("postcode"));

    // Where someone lives stays home in a hand-off unless they choose it.
    for question in ["adres", "buitenlands-adres"].into_iter().chain(ADDRESS) {
        assert!(
            spec.question(question).unwrap().is_sensitive(),
            "{question}"
        );
    }
    assert_eq!(
        spec.question("postcode").unwrap().autocomplete.as_deref(),
        Some("postal-code")
    );
}

#[test]
fn a_talk_asks_when_it_suits_and_only_for_a_call_or_the_desk() {
    let spec = form("klacht");
    let step = &spec.steps[4];
    assert_eq!(step.id, "contact");
    let when = spec.question("dagdelen").unwrap();
    let days = spec.question("dagen").unwrap();

    // Only by e-mail: no talk, so no time to ask for.
    let mut a = complete_answers();
    assert!(!a.question_visible(&spec, when) && !a.question_visible(&spec, days));
    assert!(check_step(&spec, step, &a, today()).is_empty());
    a.set("dagdelen", Answer::List(vec!["ochtend".into()]));
    assert!(!payload_of(&spec, &a).answers.contains_key("dagdelen"));

    // At the desk: when it suits is asked, the phone number is not needed, the days may stay
    // empty.
    let mut a = complete_answers();
    a.set_text("contactwijze", "balie");
    assert!(a.question_visible(&spec, when) && a.question_visible(&spec, days));
    assert!(!a.question_required(&spec, days));
    assert_eq!(
        rules(&check_step(&spec, step, &a, today())),
        vec![("dagdelen", Rule::Required)]
    );
    let catalog = catalog();
    let error = &check_step(&spec, step, &a, today())[0];
    assert_eq!(
        error_text(&catalog, &nl(), &spec, error),
        "Kies wanneer een gesprek u het best uitkomt: 's ochtends, 's middags of allebei."
    );
    a.set("dagdelen", Answer::List(vec!["middag".into()]));
    assert!(check_step(&spec, step, &a, today()).is_empty());
    a.set(
        "dagen",
        Answer::List(vec!["dinsdag".into(), "donderdag".into()]),
    );
    assert_eq!(first_invalid_step(&spec, &a, today()), None);
    let p = payload_of(&spec, &a);
    assert_eq!(p.answers["contactwijze"], text("balie"));
    assert_eq!(p.answers["dagdelen"], list(&["middag"]));
    assert_eq!(p.answers["dagen"], list(&["dinsdag", "donderdag"]));

    // By phone: the number and when it suits.
    a.set_text("contactwijze", "telefoon");
    a.set("dagdelen", Answer::List(vec![]));
    assert_eq!(
        rules(&check_step(&spec, step, &a, today())),
        vec![("telefoon", Rule::Required), ("dagdelen", Rule::Required)]
    );
}

#[test]
fn the_promise_of_contact_says_who_does_what_for_each_choice() {
    use loket::core::texts::i18n::Arg;
    use loket::core::texts::messages::{choice_args, date_in_words, deadline};

    let spec = form("klacht");
    let catalog = catalog();
    let promise = |a: &Answers, locale: &loket::Locale| {
        let mut args: Vec<(String, Arg)> = choice_args(&spec, a);
        let date = date_in_words(&catalog, locale, today().plus_days(7));
        args.push(("date".into(), date.into()));
        let args: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
        catalog.format(locale, &deadline("klacht", "contact"), &args)
    };
    let de = loket::Locale::new("de");
    for (choice, dutch, english, german) in [
        (
            "telefoon",
            "Uiterlijk zondag 29 november 2026 belt een klachtbehandelaar u.",
            "A complaints officer will call you by",
            "ruft Sie jemand von der Beschwerdestelle an.",
        ),
        (
            "balie",
            "Uiterlijk zondag 29 november 2026 maakt een klachtbehandelaar een afspraak met u voor een gesprek aan de balie.",
            "will make an appointment with you by",
            "macht jemand von der Beschwerdestelle einen Termin mit Ihnen",
        ),
        (
            "email",
            "Uiterlijk zondag 29 november 2026 stuurt een klachtbehandelaar u een e-mail.",
            "will send you an email by",
            "schickt Ihnen jemand von der Beschwerdestelle eine E-Mail.",
        ),
    ] {
        let mut a = complete_answers();
        a.set_text("contactwijze", choice);
        let nl_text = promise(&a, &nl());
        assert!(nl_text.starts_with(dutch), "{choice}: {nl_text}");
        let en_text = promise(&a, &en());
        assert!(en_text.contains(english), "{choice}: {en_text}");
        assert!(en_text.contains("29 November 2026"), "{choice}: {en_text}");
        let de_text = promise(&a, &de);
        assert!(de_text.contains(german), "{choice}: {de_text}");
    }
    // Without a choice (an older submission), the general promise.
    let mut a = complete_answers();
    a.set_text("contactwijze", "");
    assert!(
        promise(&a, &nl()).starts_with(
            "Uiterlijk zondag 29 november 2026 nemen we persoonlijk contact met u op."
        )
    );
    // A choice that is not shown gives no argument; an unknown option neither.
    a.set_text("contactwijze", "duif");
    assert!(
        !choice_args(&spec, &a)
            .iter()
            .any(|(name, _)| name == "contactwijze")
    );
    // Nor does a choice that is not shown.
    let spec = loket::FormSpec::from_json(
        r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
            {"id": "gesprek", "kind": {"type": "choice", "options": ["ja", "nee"]}},
            {"id": "waar", "kind": {"type": "choice", "options": ["thuis", "balie"]},
             "visible_when": {"question": "gesprek", "is_one_of": ["ja"]}}
        ]}]}"#,
    )
    .unwrap();
    let mut a = Answers::new();
    a.set_text("gesprek", "nee");
    a.set_text("waar", "balie");
    assert_eq!(
        choice_args(&spec, &a),
        [("gesprek".to_string(), Arg::Text("nee".into()))]
    );
}
