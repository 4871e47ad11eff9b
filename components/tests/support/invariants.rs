//! Properties of the DOM-free core that must hold for any input, shared by the property tests
//! (`tests/properties.rs`) and the fuzz targets (`fuzz/src/lib.rs`, which includes this file):
//! every validator, the flow and the payload agree with each other and name real questions.
//! It also holds the JSON mutations both use to turn real specs and files into broken ones.

use loket::core::exchange::handoff;
use loket::core::exchange::payload::{self, Envelope};
use loket::core::journey::flow::{self, Forward};
use loket::core::rules::conditions;
use loket::core::rules::validate::{
    check_file, check_question, check_step, first_invalid_step, notices, notices_for_form,
};
use loket::{Answer, Answers, CalendarDate, FormSpec, Position, QuestionKind};
use serde_json::Value;

/// Pieces that break careless text handling: control characters, direction overrides,
/// characters whose lower case is longer, non-ASCII digits, markup, separators.
pub const NASTY: &[&str] = &[
    "",
    " ",
    "\t",
    "\r\n",
    "\u{0}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{3000}",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "\u{2066}",
    "\u{fffd}",
    "İ",
    "ß",
    "ﬀ",
    "Ω",
    "e\u{301}",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "٣",
    "１",
    "Ⅻ",
    "-",
    "+",
    "+31",
    "0",
    "00",
    "06",
    "9",
    "12",
    "31",
    "2026",
    "99999999999999999999",
    "-1",
    ":",
    ".",
    ",",
    "_",
    "@",
    "a@b.nl",
    "naam@voorbeeld.nl",
    "7511 JN",
    "0612345678",
    "14:30",
    "23.59",
    "24:00",
    "1.000",
    "1 000",
    "<script>",
    "</b>",
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    "%",
    "NaN",
    "null",
    "O",
    "I",
    "L",
    "U",
    "ja",
    "nee",
    "مرحبا",
    "שלום",
    "Zoë",
    "Ééé",
];

/// Every validator, over every question and step of the form, with its properties.
pub fn check_everything(spec: &FormSpec, answers: &Answers, today: CalendarDate) {
    let visible = answers.visible_steps(spec);
    for (index, step) in spec.steps.iter().enumerate() {
        let errors = check_step(spec, step, answers, today);
        let one_by_one: Vec<_> = step
            .questions
            .iter()
            .filter_map(|q| check_question(spec, q, answers, today))
            .collect();
        assert_eq!(
            errors, one_by_one,
            "a step's errors are its questions' errors"
        );
        for q in &step.questions {
            let error = check_question(spec, q, answers, today);
            if let Some(e) = &error {
                assert_eq!(e.question, q.id, "an error names its own question");
                assert!(
                    answers.question_visible(spec, q),
                    "a hidden question has no error"
                );
                assert!(!e.rule.key_name().is_empty());
            }
            if let QuestionKind::Files { max_files, .. } = &q.kind {
                for (already, f) in answers.files(&q.id).iter().enumerate() {
                    let rule = check_file(q, already, f);
                    assert_eq!(
                        matches!(rule, Some(loket::Rule::TooMany { .. })),
                        already >= *max_files
                    );
                }
            } else {
                for f in answers.files(&q.id) {
                    assert_eq!(
                        check_file(q, 0, &f),
                        None,
                        "only files questions take files"
                    );
                }
            }
        }
        for (question, notice) in notices(spec, step, answers, today) {
            let q = step.questions.iter().find(|q| q.id == question);
            assert!(
                q.is_some_and(|q| q.notices.iter().any(|n| n.id == notice)),
                "notice {question}/{notice} is not on step {index}"
            );
        }
        match flow::forward(spec, answers, index, None, today) {
            Forward::Fix(fix) => assert_eq!(fix, errors),
            Forward::To(Position::Step { index: next }) => assert!(next > index),
            Forward::To(Position::Exit { step, page }) => {
                assert_eq!(step, index);
                assert!(spec.exits.iter().any(|e| e.id == page));
            }
            Forward::To(Position::Check) => {}
            Forward::To(Position::Done { .. }) => panic!("forward never sends the form"),
        }
        let _ = flow::forward(spec, answers, index, Some(&visible), today);
        let _ = flow::backward(spec, answers, &Position::Step { index });
        let (at, of) = flow::progress(spec, answers, index);
        assert!(at >= 1 && at <= of.max(1));
    }
    match first_invalid_step(spec, answers, today) {
        Some((index, errors)) => {
            assert!(!errors.is_empty());
            assert!(visible.contains(&index));
            assert_eq!(errors, check_step(spec, &spec.steps[index], answers, today));
        }
        None => {
            for i in &visible {
                assert!(check_step(spec, &spec.steps[*i], answers, today).is_empty());
            }
        }
    }
    let all = notices_for_form(spec, answers, today);
    for (question, _) in &all {
        assert!(spec.question(question).is_some());
    }
    let _ = conditions::outcome(spec, answers);
    let _ = handoff::chosen_by_default(spec, answers);
    let submission = payload::build(
        spec,
        answers,
        &Envelope {
            reference: "ABC-123",
            idempotency_key: "0123456789abcdef0123456789abcdef",
            municipality: "enschede",
            locale: "nl",
            submitted_at: "2026-11-22T10:00:00Z",
        },
    );
    let json = submission.to_json();
    assert!(
        serde_json::from_str::<Value>(&json).is_ok(),
        "the payload is JSON"
    );
}

/// Whether two JSON documents are the same, numbers to within float precision: a number that
/// is not exactly a double may read back one unit in the last place off.
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => x == y || (x - y).abs() <= x.abs().max(y.abs()) * 1e-15,
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, vx), (ky, vy))| kx == ky && same_json(vx, vy))
        }
        _ => a == b,
    }
}

/// The same answers after a trip through JSON: an empty list of files reads back as an empty
/// list, which the core treats alike (`Answer::fits`).
pub fn as_read_back(answers: &Answers) -> Answers {
    let mut copy = answers.clone();
    for (id, a) in answers.iter() {
        if matches!(a, Answer::Files(files) if files.is_empty()) {
            copy.set(id, Answer::List(Vec::new()));
        }
    }
    copy
}

/// One step of a path into a JSON document.
#[derive(Debug, Clone)]
pub enum PathStep {
    /// An array index.
    Index(usize),
    /// An object key.
    Key(String),
}

/// Every node of a JSON value, depth first, as paths of keys and indexes.
pub fn json_paths(value: &Value) -> Vec<Vec<PathStep>> {
    fn walk(value: &Value, here: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
        out.push(here.clone());
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    here.push(PathStep::Index(i));
                    walk(item, here, out);
                    here.pop();
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    here.push(PathStep::Key(k.clone()));
                    walk(item, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

/// The node at `path`, if it is there.
pub fn json_node<'a>(value: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        PathStep::Index(i) => v.get_mut(*i),
        PathStep::Key(k) => v.get_mut(k.as_str()),
    })
}

/// What one JSON mutation uses besides where and how.
pub struct JsonChange {
    /// A copy of another node of the same document.
    pub copy: Value,
    /// A new value.
    pub fresh: Value,
    /// A key for a new object member.
    pub key: String,
    /// Picks a member or item (taken modulo their number).
    pub at: usize,
}

/// Changes the node at `target`: 1 puts the copy there, 2 removes a member or item, 3 adds
/// one, 4 repeats an item, anything else puts the fresh value there.
pub fn change_json(value: &mut Value, target: &[PathStep], how: u8, change: JsonChange) {
    let JsonChange {
        copy,
        fresh,
        key,
        at,
    } = change;
    let Some(t) = json_node(value, target) else {
        return;
    };
    match (how, t) {
        (1, t) => *t = copy,
        (2, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(at % map.len()).cloned().unwrap_or_default();
            map.remove(&key);
        }
        (2, Value::Array(items)) if !items.is_empty() => {
            items.remove(at % items.len());
        }
        (3, Value::Object(map)) => {
            map.insert(key, fresh);
        }
        (3, Value::Array(items)) => items.push(fresh),
        (4, Value::Array(items)) if !items.is_empty() => {
            let item = items[at % items.len()].clone();
            items.push(item);
        }
        (_, t) => *t = fresh,
    }
}
