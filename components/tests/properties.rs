//! Hostile and broken input for the DOM-free core: no validator, parser or loader panics, ever,
//! and whatever round trips gives back what went in.
//!
//! Each property runs 256 cases by default; `PROPTEST_CASES=100000 cargo test --release --test
//! properties` is the long run (see `scripts/fuzz.sh`, which also runs the fuzz targets).

mod common;

#[path = "support/invariants.rs"]
mod invariants;

use std::sync::OnceLock;

use invariants::{
    JsonChange, NASTY, as_read_back, change_json, check_everything, json_node, json_paths,
    same_json,
};
use loket::authoring::lint::{TextFile, check_form};
use loket::core::exchange::handoff;
use loket::core::rules::conditions::{parse_number, parse_time};
use loket::core::rules::dates::{DatePart, DateProblem};
use loket::core::rules::validate::check_file;
use loket::{
    Answer, Answers, CalendarDate, DateParts, FileAnswer, FormSpec, FormState, HandOffError,
    Package, Position, Profile, QuestionKind, Rule,
};
use proptest::prelude::*;
use serde_json::Value;

/// The shipped specs as text, by file name.
fn sources() -> &'static [(String, String)] {
    static SOURCES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let dir = common::root().join("forms");
        let mut found: Vec<(String, String)> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        found.sort();
        found
    })
}

fn profiles() -> &'static [Profile] {
    static PROFILES: OnceLock<Vec<Profile>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        ["enschede", "haaksbergen"]
            .iter()
            .map(|name| {
                let path = common::root().join(format!("profiles/{name}.json"));
                Profile::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
            })
            .collect()
    })
}

/// Every shipped form, as loaded and with each profile's settings filled in.
fn forms() -> &'static [FormSpec] {
    static FORMS: OnceLock<Vec<FormSpec>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut all = Vec::new();
        for spec in common::forms() {
            for profile in profiles() {
                if let Ok(with) = spec.clone().with_profile(&profile.settings) {
                    all.push(with);
                }
            }
            all.push(spec);
        }
        all
    })
}

/// Words of the forms: question ids, option ids, accepted file types, exit pages.
fn vocabulary() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<String> = Vec::new();
        for spec in forms() {
            words.extend(spec.exits.iter().map(|e| e.id.clone()));
            for q in spec.questions() {
                words.push(q.id.clone());
                match &q.kind {
                    QuestionKind::Choice { options } | QuestionKind::Checkboxes { options } => {
                        words.extend(options.iter().cloned())
                    }
                    QuestionKind::Files { accept, .. } => words.extend(accept.iter().cloned()),
                    _ => {}
                }
            }
        }
        words.sort();
        words.dedup();
        words
    })
}

/// Hostile text: any characters, glued nasty pieces, digits, a word of the forms, or a
/// huge repetition.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => any::<String>(),
        3 => prop::collection::vec(prop::sample::select(NASTY), 1..8).prop_map(|p| p.concat()),
        2 => "[0-9]{0,20}",
        3 => prop::sample::select(vocabulary()),
        1 => (prop::sample::select(NASTY), 0usize..5000).prop_map(|(p, n)| p.repeat(n)),
    ]
    .boxed()
}

fn file() -> impl Strategy<Value = FileAnswer> {
    (
        text(),
        text(),
        prop_oneof![Just(0u64), any::<u64>(), 1u64..20_000_000],
        text(),
    )
        .prop_map(|(name, media_type, size, content_base64)| FileAnswer {
            name,
            media_type,
            size,
            content_base64,
        })
}

fn date_part(range: std::ops::Range<u32>) -> BoxedStrategy<String> {
    prop_oneof![3 => range.prop_map(|n| n.to_string()), 1 => text()].boxed()
}

/// Any answer of any shape.
fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        3 => text().prop_map(Answer::Text),
        2 => prop::collection::vec(text(), 0..8).prop_map(Answer::List),
        2 => (date_part(0..33), date_part(0..14), date_part(999..10_001))
            .prop_map(|(day, month, year)| Answer::Date(DateParts { day, month, year })),
        1 => prop::collection::vec(file(), 0..4).prop_map(Answer::Files),
    ]
}

/// A form, and answers to some of its questions (by index) and to made-up ones.
fn form_and_answers() -> impl Strategy<Value = (&'static FormSpec, Answers)> {
    (
        (0..forms().len()).prop_map(|i| &forms()[i]),
        any::<bool>(),
        prop::collection::vec((any::<prop::sample::Index>(), answer()), 0..24),
        prop::collection::vec((text(), answer()), 0..2),
    )
        .prop_map(|(spec, defaults, given, strange)| {
            let mut answers = if defaults {
                Answers::new().with_defaults(spec)
            } else {
                Answers::new()
            };
            let ids: Vec<&str> = spec.questions().map(|q| q.id.as_str()).collect();
            for (index, a) in given {
                answers.set(ids[index.index(ids.len())], a);
            }
            for (id, a) in strange {
                answers.set(&id, a);
            }
            (spec, answers)
        })
}

fn today() -> impl Strategy<Value = CalendarDate> {
    (1000i32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| CalendarDate::new(y, m, d).unwrap())
}

/// A package with any form, version, locale and answers.
fn package() -> impl Strategy<Value = Package> {
    (form_and_answers(), text(), any::<u32>(), text(), 0u8..4).prop_map(
        |((spec, answers), form, version, locale, which)| Package {
            form: if which == 0 { form } else { spec.id.clone() },
            version: if which == 1 { version } else { spec.version },
            locale,
            answers,
        },
    )
}

/// What may be done with a package that was read: find its form and continue with it, and
/// keep that as a draft.
fn continue_with(package: &Package, fallback: &FormSpec, today: CalendarDate) {
    let spec = match package.find_form(forms()) {
        Ok(spec) => {
            assert_eq!((&spec.id, spec.version), (&package.form, package.version));
            spec
        }
        Err(_) => fallback,
    };
    let state = package.to_state(spec, today);
    for (id, a) in state.answers.iter() {
        assert!(a.fits(&spec.question(id).expect("only the form's questions").kind));
    }
    check_everything(spec, &state.answers, today);
    let mut expected = state.clone();
    expected.answers = as_read_back(&state.answers);
    assert_eq!(
        FormState::from_draft(spec, &state.to_draft()),
        Some(expected)
    );
}

/// One change to a JSON document: which node, what to do, and a value or word to use.
#[derive(Debug, Clone)]
struct Mutation {
    target: prop::sample::Index,
    donor: prop::sample::Index,
    how: u8,
    fresh: Value,
    key: String,
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        (0u32..20).prop_map(Value::from),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    let one = (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0u8..6,
        json_value(),
        text(),
    )
        .prop_map(|(target, donor, how, fresh, key)| Mutation {
            target,
            donor,
            how,
            fresh,
            key,
        });
    prop::collection::vec(one, 1..5)
}

/// Applies the changes: replace a node by a fresh value or a copy of another node, remove a
/// member or item, add one, or duplicate an item.
fn mutate(value: &mut Value, changes: &[Mutation]) {
    for m in changes {
        let all = json_paths(value);
        let target = all[m.target.index(all.len())].clone();
        let donor = &all[m.donor.index(all.len())];
        let copy = json_node(value, donor).cloned().unwrap_or(Value::Null);
        let change = JsonChange {
            copy,
            fresh: m.fresh.clone(),
            key: m.key.clone(),
            at: m.target.index(usize::MAX),
        };
        change_json(value, &target, m.how, change);
    }
}

/// Text edits: (where, what) cuts, inserts and deletions.
fn edits() -> impl Strategy<Value = Vec<(prop::sample::Index, u8, char)>> {
    prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..6)
}

fn edit(text: &str, edits: &[(prop::sample::Index, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, how, c) in edits {
        let at = at.index(chars.len() + 1);
        match how {
            0 => chars.truncate(at),
            1 => chars.insert(at, *c),
            _ if at < chars.len() => {
                chars.remove(at);
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// A loaded spec: reads back as itself, takes profiles, and its validators take any answers.
fn check_loaded(spec: &FormSpec, answers: &[(prop::sample::Index, Answer)], today: CalendarDate) {
    let json = serde_json::to_string(spec).unwrap();
    let again = FormSpec::from_json(&json).unwrap();
    assert!(
        same_json(
            &serde_json::to_value(&again).unwrap(),
            &serde_json::to_value(spec).unwrap()
        ),
        "a spec reads back as itself: {json}"
    );
    let mut specs = vec![spec.clone()];
    for profile in profiles() {
        if let Ok(with) = spec.clone().with_profile(&profile.settings) {
            specs.push(with);
        }
    }
    for spec in &specs {
        let ids: Vec<&str> = spec.questions().map(|q| q.id.as_str()).collect();
        let mut given = Answers::new().with_defaults(spec);
        for (index, a) in answers {
            given.set(ids[index.index(ids.len())], a.clone());
        }
        check_everything(spec, &given, today);
    }
}

/// Forms as a service checks them: with the profile's settings filled in.
fn served_forms() -> &'static [(FormSpec, &'static Profile)] {
    static FORMS: OnceLock<Vec<(FormSpec, &'static Profile)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut all = Vec::new();
        for spec in common::forms() {
            for profile in profiles() {
                if let Ok(with) = spec.clone().with_profile(&profile.settings) {
                    all.push((with, profile));
                }
            }
        }
        all
    })
}

/// A file of an accepted type whose bytes are what its type says, or (when `honest` is
/// false, now and then) are not.
fn real_file(accept: Vec<String>, honest: bool) -> impl Strategy<Value = FileAnswer> {
    let true_bytes = if honest {
        Just(true).boxed()
    } else {
        prop::bool::weighted(0.7).boxed()
    };
    (prop::sample::select(accept), 0usize..64, true_bytes, text()).prop_map(
        |(media_type, extra, true_bytes, name)| {
            use base64::Engine as _;
            let mut bytes = match (media_type.as_str(), true_bytes) {
                ("image/jpeg", true) => vec![0xff, 0xd8, 0xff, 0xe0],
                ("image/png", true) => b"\x89PNG\r\n\x1a\n".to_vec(),
                ("application/pdf", true) => b"%PDF-1.7\n".to_vec(),
                _ => b"<script>alert(1)</script>".to_vec(),
            };
            bytes.extend(std::iter::repeat_n(b'x', extra));
            FileAnswer {
                name,
                media_type,
                size: bytes.len() as u64,
                content_base64: base64::engine::general_purpose::STANDARD.encode(&bytes),
            }
        },
    )
}

/// An answer a resident could well give to this question; with `noise`, now and then a
/// wrong or hostile one.
fn plausible(kind: &QuestionKind, today: CalendarDate, noise: bool) -> BoxedStrategy<Answer> {
    use loket::core::model::spec::{DateRule, TextFormat};
    // Mostly the good strategy; with noise, now and then the bad one.
    let mix =
        move |good: BoxedStrategy<Answer>, wrong: BoxedStrategy<Answer>| -> BoxedStrategy<Answer> {
            if noise {
                prop_oneof![4 => good, 1 => wrong].boxed()
            } else {
                good
            }
        };
    let typed = move |good: &'static [&'static str],
                      wrong: &'static [&'static str]|
          -> BoxedStrategy<Answer> {
        mix(
            prop::sample::select(good)
                .prop_map(|t| Answer::Text(t.into()))
                .boxed(),
            prop_oneof![
                prop::sample::select(wrong).prop_map(|t| Answer::Text(t.into())),
                text().prop_map(Answer::Text),
            ]
            .boxed(),
        )
    };
    match kind.clone() {
        QuestionKind::Text { format } => match format {
            TextFormat::Email => typed(&["anna@voorbeeld.nl", " piet@enschede.nl "], &["anna@"]),
            TextFormat::Phone => typed(&["0612345678", "+31 53 481 12 34"], &["12"]),
            TextFormat::Postcode => typed(&["7511 JD", "7511jd"], &["0123 AB"]),
            _ => typed(&["Anna de Vries", "Oude Markt 1", "<b>vet</b>"], &[" "]),
        },
        QuestionKind::LongText => typed(&["Niemand belde terug.", "Een gesprek, graag."], &[""]),
        QuestionKind::Choice { options } => mix(
            prop::sample::select(options).prop_map(Answer::Text).boxed(),
            text().prop_map(Answer::Text).boxed(),
        ),
        QuestionKind::Checkboxes { options } => {
            let least = usize::from(!noise);
            prop::sample::subsequence(options.clone(), least..=options.len())
                .prop_map(Answer::List)
                .boxed()
        }
        QuestionKind::Date { rule } => {
            let days = match (rule, noise) {
                (_, true) | (DateRule::Any, _) => -400i64..400,
                (DateRule::PastOrToday, false) => -400..1,
                (DateRule::Future, false) => 1..400,
            };
            (days, any::<bool>())
                .prop_map(move |(days, plain)| {
                    let d = today.plus_days(days);
                    let day = if plain {
                        d.day.to_string()
                    } else {
                        format!("{:02}", d.day)
                    };
                    Answer::Date(DateParts {
                        day,
                        month: d.month.to_string(),
                        year: d.year.to_string(),
                    })
                })
                .boxed()
        }
        QuestionKind::Number { min, max } => {
            let (low, high) = (min.unwrap_or(0), max.unwrap_or(100_000));
            mix(
                (low..=high.max(low))
                    .prop_map(|n| Answer::Text(n.to_string()))
                    .boxed(),
                prop::sample::select(&["1.500", "-3", "veel"][..])
                    .prop_map(|t| Answer::Text(t.into()))
                    .boxed(),
            )
        }
        QuestionKind::Time => typed(&["14:30", "9.05", "23"], &["24:00"]),
        QuestionKind::List { max_items } => {
            let most = if noise { max_items + 2 } else { max_items + 1 };
            let entry = if noise {
                prop_oneof![3 => Just("Oude Markt".to_string()), 1 => text()].boxed()
            } else {
                Just("Oude Markt".to_string()).boxed()
            };
            prop::collection::vec(entry, 1..most.max(2))
                .prop_map(Answer::List)
                .boxed()
        }
        QuestionKind::Files {
            accept, max_files, ..
        } => {
            let most = if noise { max_files + 2 } else { max_files + 1 };
            prop::collection::vec(real_file(accept, !noise), 1..most.max(2))
                .prop_map(Answer::Files)
                .boxed()
        }
    }
}

/// A served form, the date, and answers a resident could give to its questions: half of the
/// cases answer every question with a fitting answer, the other half skip some and give
/// wrong ones.
fn plausibly_filled()
-> impl Strategy<Value = (&'static FormSpec, &'static Profile, CalendarDate, Answers)> {
    (0..served_forms().len(), today(), any::<bool>()).prop_flat_map(|(i, today, noise)| {
        let (spec, profile) = &served_forms()[i];
        let answers: Vec<BoxedStrategy<Option<(String, Answer)>>> = spec
            .questions()
            .map(|q| {
                let id = q.id.clone();
                let answer = plausible(&q.kind, today, noise);
                let given = if noise {
                    prop::option::weighted(0.8, answer).boxed()
                } else {
                    answer.prop_map(Some).boxed()
                };
                given.prop_map(move |a| a.map(|a| (id.clone(), a))).boxed()
            })
            .collect();
        (Just(spec), Just(*profile), Just(today), answers).prop_map(
            |(spec, profile, today, given)| {
                let mut answers = Answers::new().with_defaults(spec);
                for (id, a) in given.into_iter().flatten() {
                    answers.set(&id, a);
                }
                (spec, profile, today, answers)
            },
        )
    })
}

/// What the browser thinks of the answers on a day: no step to fix and no exit page on the way.
fn browser_would_send(spec: &FormSpec, answers: &Answers, today: CalendarDate) -> bool {
    use loket::core::rules::conditions::holds;
    loket::core::rules::validate::first_invalid_step(spec, answers, today).is_none()
        && answers.visible_steps(spec).iter().all(|&i| {
            !spec.steps[i]
                .exits
                .iter()
                .any(|e| holds(spec, answers, &e.when))
        })
}

fn files_honest(answers: &Answers) -> bool {
    answers.iter().all(|(_, a)| match a {
        Answer::Files(files) => files
            .iter()
            .all(loket::core::exchange::received::file_is_what_it_says),
        _ => true,
    })
}

proptest! {
    #[test]
    fn validators_give_a_result_for_any_answers((spec, answers) in form_and_answers(), today in today()) {
        check_everything(spec, &answers, today);
    }

    #[test]
    fn numbers_times_and_dates_read_back_what_they_print(t in text(), d in text(), m in text(), y in text()) {
        if let Some(n) = parse_number(&t) {
            prop_assert_eq!(parse_number(&n.to_string()), Some(n));
        }
        if let Some(minutes) = parse_time(&t) {
            prop_assert!(minutes < 24 * 60);
            prop_assert_eq!(parse_time(&format!("{:02}:{:02}", minutes / 60, minutes % 60)), Some(minutes));
        }
        match CalendarDate::parse(&d, &m, &y) {
            Ok(date) => {
                let again = CalendarDate::parse(&date.day.to_string(), &date.month.to_string(), &date.year.to_string());
                prop_assert_eq!(again, Ok(date));
                prop_assert_eq!(CalendarDate::from_days_since_epoch(date.days_since_epoch()), date);
                prop_assert!(date.weekday() < 7);
            }
            Err(DateProblem::Incomplete(missing)) => {
                // Exactly the empty parts are named, in order.
                let empty: Vec<DatePart> = DatePart::ALL.into_iter().zip([&d, &m, &y]).filter(|(_, t)| t.trim().is_empty()).map(|(p, _)| p).collect();
                prop_assert_eq!(missing, empty);
            }
            Err(DateProblem::Invalid { parts, last_day }) => {
                prop_assert!(!parts.is_empty());
                prop_assert!(parts.windows(2).all(|w| w[0] < w[1]));
                prop_assert_eq!(last_day.is_some(), parts == [DatePart::Day]);
                if let Some(last) = last_day {
                    prop_assert!((28..=31).contains(&last));
                }
            }
        }
    }

    #[test]
    fn files_are_checked_against_their_question(spec in prop::sample::select(forms()), f in file(), already in 0usize..10) {
        for q in spec.questions() {
            let rule = check_file(q, already, &f);
            match &q.kind {
                QuestionKind::Files { max_files, accept, .. } => {
                    prop_assert_eq!(matches!(rule, Some(Rule::TooMany { .. })), already >= *max_files);
                    if rule.is_none() {
                        prop_assert!(accept.contains(&f.media_type) && f.size > 0);
                    }
                }
                _ => prop_assert_eq!(rule, None),
            }
        }
    }

    #[test]
    fn the_spec_loader_refuses_garbage_without_panic(json in text()) {
        if let Ok(spec) = FormSpec::from_json(&json) {
            check_loaded(&spec, &[], CalendarDate::new(2026, 11, 22).unwrap());
        }
    }

    #[test]
    fn mutated_specs_load_or_are_refused(
        source in prop::sample::select(sources()),
        changes in mutations(),
        answers in prop::collection::vec((any::<prop::sample::Index>(), answer()), 0..12),
        today in today(),
    ) {
        let mut value: Value = serde_json::from_str(&source.1).unwrap();
        mutate(&mut value, &changes);
        if let Ok(spec) = FormSpec::from_json(&value.to_string()) {
            check_loaded(&spec, &answers, today);
        }
    }

    #[test]
    fn edited_spec_texts_load_or_are_refused(source in prop::sample::select(sources()), edits in edits()) {
        if let Ok(spec) = FormSpec::from_json(&edit(&source.1, &edits)) {
            check_loaded(&spec, &[], CalendarDate::new(2026, 11, 22).unwrap());
        }
    }

    #[test]
    fn a_runtime_form_with_edited_files_is_linted_without_panic(
        spec_edits in edits(),
        text_edits in edits(),
        broken in 0usize..3,
        garbage in text(),
        replace in any::<bool>(),
    ) {
        let root = common::root();
        let spec = std::fs::read_to_string(root.join("forms/runtime/avg-verzoek.json")).unwrap();
        let spec = if replace { garbage.clone() } else { edit(&spec, &spec_edits) };
        let texts: Vec<TextFile> = common::locale_tags()
            .into_iter()
            .enumerate()
            .map(|(i, tag)| {
                let path = root.join(format!("locales/{tag}/runtime/avg-verzoek.ftl"));
                let source = std::fs::read_to_string(&path).unwrap();
                let source = match (i == broken, replace) {
                    (true, true) => garbage.clone(),
                    (true, false) => edit(&source, &text_edits),
                    _ => source,
                };
                TextFile { locale: tag, file: path.display().to_string(), source: Ok(source) }
            })
            .collect();
        let mut catalog = loket::Catalog::new();
        for tag in common::locale_tags() {
            for (name, source) in common::ftl_files(&tag) {
                let _ = catalog.add(&tag, &name, &source);
            }
        }
        let profiles = [("profiles/enschede.json".to_string(), common::enschede())];
        let checked = check_form("avg-verzoek.json", &spec, &texts, &mut catalog, &profiles);
        if let Some(spec) = &checked.spec {
            check_loaded(spec, &[], CalendarDate::new(2026, 11, 22).unwrap());
        }
        prop_assert!(checked.problems.iter().all(|p| !p.file.is_empty() && !p.message.is_empty()));
    }

    #[test]
    fn an_answers_file_reads_back_as_its_package(package in package(), saved_at in text()) {
        let mut expected = package.clone();
        expected.answers = as_read_back(&package.answers);
        prop_assert_eq!(Package::from_file(&package.to_file(&saved_at)), Ok(expected));
    }

    #[test]
    fn garbage_is_not_an_answers_file(contents in text(), today in today()) {
        if let Ok(p) = Package::from_file(&contents) {
            continue_with(&p, &forms()[0], today);
        }
    }

    #[test]
    fn mutated_answers_files_are_read_or_refused(
        package in package(),
        changes in mutations(),
        edits in edits(),
        fallback in prop::sample::select(forms()),
        today in today(),
    ) {
        let file = package.to_file("2026-11-22T10:00:00Z");
        let mut value: Value = serde_json::from_str(&file).unwrap();
        mutate(&mut value, &changes);
        for changed in [value.to_string(), edit(&file, &edits)] {
            if let Ok(p) = Package::from_file(&changed) {
                continue_with(&p, &fallback, today);
            }
        }
    }

    #[test]
    fn a_code_reads_back_as_its_package_without_files(package in package()) {
        let mut expected = package.clone();
        expected.answers = Answers::new();
        for (id, a) in package.answers.iter().filter(|(_, a)| !matches!(a, Answer::Files(_))) {
            expected.answers.set(id, a.clone());
        }
        let code = package.to_code();
        prop_assert!(code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
        // A code never unpacks to more than 256 KiB (a guard against a "zip bomb"); a larger
        // one is refused as damaged rather than read in part.
        let fits = serde_json::to_vec(&expected).unwrap().len() <= 256 * 1024;
        let expected = if fits { Ok(expected) } else { Err(HandOffError::Damaged) };
        prop_assert_eq!(Package::from_code(&code), expected.clone());
        let typed = Package::grouped(&code).to_lowercase().replace('0', "o").replace('1', "l");
        prop_assert_eq!(Package::from_code(&typed), expected);
    }

    #[test]
    fn garbage_is_not_a_code(
        typed in prop_oneof![text(), "1[0-9A-Za-z -]{0,200}", "[0-9A-Z]{0,40}"],
        today in today(),
    ) {
        if let Ok(p) = Package::from_code(&typed) {
            continue_with(&p, &forms()[0], today);
        }
    }

    #[test]
    fn tampered_codes_are_read_or_refused(package in package(), edits in edits(), today in today()) {
        let code = package.to_code();
        if let Ok(p) = Package::from_code(&edit(&code, &edits)) {
            continue_with(&p, &forms()[0], today);
        }
    }

    #[test]
    fn a_draft_reads_back_as_itself(
        (spec, answers) in form_and_answers(),
        step in any::<prop::sample::Index>(),
        at_check in any::<bool>(),
        returning in any::<bool>(),
        before in prop::collection::vec(any::<usize>(), 0..4),
        offered in prop::collection::vec(any::<usize>(), 0..4),
    ) {
        let mut state = FormState::new(spec);
        state.answers = answers;
        state.position = if at_check { Position::Check } else { Position::Step { index: step.index(spec.steps.len()) } };
        state.returning_to_check = returning;
        state.steps_before_change = before;
        state.help.offered = offered;
        let mut expected = state.clone();
        expected.answers = as_read_back(&state.answers);
        prop_assert_eq!(FormState::from_draft(spec, &state.to_draft()), Some(expected));
    }

    #[test]
    fn broken_drafts_are_refused_or_open_on_a_page_that_exists(
        (spec, answers) in form_and_answers(),
        garbage in text(),
        changes in mutations(),
        edits in edits(),
        today in today(),
    ) {
        let mut state = FormState::new(spec);
        state.answers = answers;
        let good = state.to_draft();
        let mut value: Value = serde_json::from_str(&good).unwrap();
        mutate(&mut value, &changes);
        for draft in [garbage, value.to_string(), edit(&good, &edits)] {
            if let Some(restored) = FormState::from_draft(spec, &draft) {
                prop_assert_eq!((&restored.form, restored.version), (&spec.id, spec.version));
                match &restored.position {
                    Position::Step { index } => prop_assert!(*index < spec.steps.len()),
                    Position::Exit { step, page } => {
                        prop_assert!(*step < spec.steps.len());
                        prop_assert!(spec.exits.iter().any(|e| &e.id == page));
                    }
                    Position::Check => {}
                    Position::Done { .. } => prop_assert!(false, "a draft never opens as sent"),
                }
                check_everything(spec, &restored.answers, today);
            }
        }
    }

    #[test]
    fn the_qr_code_takes_any_code(package in package()) {
        let code = package.to_code();
        if code.len() < 1500 {
            prop_assert!(handoff::qr_path(&code).is_some());
        }
    }

    /// The hand-written address grammar never lets through what the `validator` crate refuses.
    #[test]
    fn an_address_accepted_is_one_validator_accepts(
        local in "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~ é@-]{0,12}",
        domain in "[a-z0-9.éßłǅ×_ @\u{00c0}-\u{0250}-]{0,16}",
        noise in text(),
    ) {
        use validator::ValidateEmail;
        for address in [format!("{local}@{domain}"), noise] {
            if loket::core::rules::email::is_email(&address) {
                prop_assert!(address.trim().validate_email(), "{:?}", address);
            }
        }
    }

    /// The service takes exactly what the browser sends: a payload the browser would send is
    /// kept as it is, and anything the service keeps is something the browser would have sent
    /// (on that day, the day before or the day after).
    #[test]
    fn the_service_accepts_exactly_what_the_browser_would_send((spec, profile, today, answers) in plausibly_filled()) {
        use loket::core::exchange::payload::{build, Envelope};
        use loket::core::exchange::received::{check, Expected};
        let reference = loket::core::exchange::reference::reference(&spec.id, [1, 2, 3, 4, 5, 6, 7, 8]);
        let sent = build(spec, &answers, &Envelope {
            reference: &reference,
            idempotency_key: "0123456789abcdef0123456789abcdef",
            municipality: &profile.id,
            locale: "nl",
            submitted_at: "2026-12-05T10:00:00Z",
        });
        let expected = Expected { municipality: &profile.id, today, about: None };
        let result = check(spec, &sent, &expected);
        if browser_would_send(spec, &answers, today) && files_honest(&answers) {
            prop_assert_eq!(&result, &Ok(sent.clone()));
        }
        if result.is_ok() {
            prop_assert!(
                [-1, 0, 1].iter().any(|d| browser_would_send(spec, &answers, today.plus_days(*d))),
                "kept what the browser would not send: {:?}", sent.answers
            );
        }
    }

    /// A payload changed anywhere is kept or refused, never a panic; what is kept is in its
    /// normal form (checking it again gives the same).
    #[test]
    fn mutated_payloads_are_kept_or_refused((spec, profile, today, answers) in plausibly_filled(), changes in mutations()) {
        use loket::core::exchange::payload::{build, Envelope, Submission};
        use loket::core::exchange::received::{check, Expected};
        let reference = loket::core::exchange::reference::reference(&spec.id, [8, 7, 6, 5, 4, 3, 2, 1]);
        let sent = build(spec, &answers, &Envelope {
            reference: &reference,
            idempotency_key: "k",
            municipality: &profile.id,
            locale: "en",
            submitted_at: "2026-12-05T10:00:00Z",
        });
        let mut value = serde_json::to_value(&sent).unwrap();
        mutate(&mut value, &changes);
        let expected = Expected { municipality: &profile.id, today, about: None };
        if let Ok(payload) = serde_json::from_value::<Submission>(value) {
            if let Ok(kept) = check(spec, &payload, &expected) {
                prop_assert_eq!(check(spec, &kept, &expected), Ok(kept.clone()));
            }
        }
    }
}

/// One thing a resident can do where they are; indices pick among what the page offers.
#[derive(Debug, Clone)]
enum Move {
    /// Answer question `.0` (of the form) with its plausible answer, or with `.1` when set.
    Answer(prop::sample::Index, Option<Answer>),
    Next,
    Back,
    /// A change link on the check page, for one of the steps shown.
    Change(prop::sample::Index),
    /// A link to a page: a step, or the check page when `None`.
    GoTo(Option<prop::sample::Index>),
    Send(u8),
    /// The service refuses these questions (by index), or accepts when empty.
    Answered(Vec<prop::sample::Index>),
    Wipe,
}

fn moves() -> impl Strategy<Value = Vec<Move>> {
    let one = prop_oneof![
        6 => (any::<prop::sample::Index>(), prop::option::weighted(0.2, answer()))
            .prop_map(|(q, a)| Move::Answer(q, a)),
        5 => Just(Move::Next),
        2 => Just(Move::Back),
        1 => any::<prop::sample::Index>().prop_map(Move::Change),
        1 => prop::option::of(any::<prop::sample::Index>()).prop_map(Move::GoTo),
        2 => any::<u8>().prop_map(Move::Send),
        1 => prop::collection::vec(any::<prop::sample::Index>(), 0..3).prop_map(Move::Answered),
        1 => Just(Move::Wipe),
    ];
    prop::collection::vec(one, 1..60)
}

/// A form, a plausible answer for each of its questions, and a day.
fn form_with_plausible_answers()
-> impl Strategy<Value = (&'static FormSpec, Vec<Answer>, CalendarDate)> {
    (0..forms().len(), today()).prop_flat_map(|(i, today)| {
        let spec = &forms()[i];
        let answers: Vec<BoxedStrategy<Answer>> = spec
            .questions()
            .map(|q| plausible(&q.kind, today, false))
            .collect();
        (Just(spec), answers, Just(today))
    })
}

proptest! {
    #[test]
    fn no_sequence_of_moves_loses_an_answer_or_strands_the_resident(
        (spec, plausible, today) in form_with_plausible_answers(),
        moves in moves(),
    ) {
        use loket::core::journey::actions::{Action, Effect};
        use loket::{FieldError, SendingKeys};
        use std::collections::BTreeMap;

        let questions: Vec<&loket::Question> = spec.questions().collect();
        let mut state = FormState::new(spec);
        let mut given: BTreeMap<String, Answer> = BTreeMap::new();
        let mut keys: Option<SendingKeys> = None;
        for step in moves {
            let at = state.position.clone();
            let action = match (&at, step) {
                (Position::Done { .. }, _) => break,
                (_, Move::Answer(q, hostile)) => {
                    let index = q.index(questions.len());
                    let answer = hostile.unwrap_or_else(|| plausible[index].clone());
                    given.insert(questions[index].id.clone(), answer.clone());
                    Action::Answer { question: questions[index].id.clone(), answer }
                }
                (Position::Step { index }, Move::Next) => Action::Next { from: *index },
                (_, Move::Back) => Action::Back,
                (Position::Check, Move::Change(i)) => {
                    let shown = state.answers.visible_steps(spec);
                    Action::Change { step: shown[i.index(shown.len())] }
                }
                (_, Move::GoTo(Some(i))) => {
                    let shown = state.answers.visible_steps(spec);
                    Action::GoTo(Position::Step { index: shown[i.index(shown.len())] })
                }
                (Position::Check, Move::Send(n)) => Action::Send {
                    fresh: SendingKeys { reference: format!("REF-{n}"), idempotency_key: format!("k{n}") },
                },
                (Position::Check, Move::Answered(refused)) if keys.is_some() => {
                    if refused.is_empty() {
                        Action::Sent { reference: "REF".into(), received_at: None }
                    } else {
                        Action::Refused(refused.iter().map(|i| FieldError {
                            question: questions[i.index(questions.len())].id.clone(),
                            rule: Rule::Required,
                        }).collect())
                    }
                }
                (_, Move::Wipe) => {
                    given.clear();
                    keys = None;
                    Action::Wipe
                }
                _ => continue,
            };
            let effects = state.apply(spec, today, action.clone());

            for (question, answer) in &given {
                prop_assert_eq!(state.answers.get(question), Some(answer), "after {:?}", action);
            }
            match &state.position {
                Position::Step { index } => prop_assert!(*index < spec.steps.len()),
                Position::Exit { page, .. } => prop_assert!(spec.exits.iter().any(|e| &e.id == page)),
                Position::Check | Position::Done { .. } => {}
            }
            for effect in &effects {
                match effect {
                    Effect::ShowErrors(errors) => {
                        prop_assert!(!errors.is_empty(), "errors shown are never none");
                        let Position::Step { index } = state.position else {
                            return Err(TestCaseError::fail(format!("errors off a step after {action:?}")));
                        };
                        for e in errors {
                            prop_assert_eq!(spec.step_of(&e.question), Some(index), "{:?} shown on its own step", e);
                        }
                    }
                    Effect::Attempt(sent) => {
                        // Every attempt of one submission carries the same keys.
                        prop_assert_eq!(keys.get_or_insert(sent.clone()), sent);
                    }
                    _ => {}
                }
            }
        }
    }
}
