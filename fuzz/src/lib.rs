//! Hostile and broken input for Loket's DOM-free core.
//!
//! Each public check takes raw bytes, turns them into input for one entry point of the core
//! (spec loader, validators, answers file, hand-off code, draft, a submission as a service
//! receives it) and panics only when the core
//! panics or a property is broken: a round trip that does not give back what went in, an
//! error for a question that does not exist, a draft that opens on a page that does not exist.
//! The libFuzzer targets in `fuzz_targets/` and the stable driver (`src/bin/stress.rs`) call
//! the same checks.
//!
//! The first byte of the input chooses a mode: the rest is read as a raw string, or drives
//! [`arbitrary::Unstructured`] to build plausible input (real specs and files, mutated) so the
//! search gets past the JSON parser.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use loket::core::exchange::handoff;
use loket::core::journey::flow;
use loket::core::rules::conditions::{parse_number, parse_time};
use loket::core::rules::dates::DateProblem;
use loket::{
    Answer, Answers, CalendarDate, DateParts, FileAnswer, FormSpec, FormState, HandOffError,
    Package, Position, Profile, QuestionKind,
};
use serde_json::Value;

#[path = "../../components/tests/support/invariants.rs"]
mod invariants;
use invariants::{JsonChange, change_json, json_node, json_paths};
pub use invariants::{NASTY, as_read_back, check_everything, same_json};

/// The shipped form specs, by file name.
pub const FORM_SOURCES: [(&str, &str); 4] = [
    ("klacht", include_str!("../../forms/klacht.json")),
    ("terugbellen", include_str!("../../forms/terugbellen.json")),
    (
        "vergunning-evenement",
        include_str!("../../forms/vergunning-evenement.json"),
    ),
    ("woo-verzoek", include_str!("../../forms/woo-verzoek.json")),
];

/// The shipped municipality profiles.
pub const PROFILE_SOURCES: [&str; 2] = [
    include_str!("../../profiles/enschede.json"),
    include_str!("../../profiles/haaksbergen.json"),
];

/// Every shipped form as loaded, and once more with each profile's settings filled in.
pub fn forms() -> &'static [FormSpec] {
    static FORMS: OnceLock<Vec<FormSpec>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut all = Vec::new();
        for (name, source) in FORM_SOURCES {
            let spec = FormSpec::from_json(source)
                .unwrap_or_else(|e| panic!("shipped form {name} does not load: {e}"));
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

/// The shipped profiles.
pub fn profiles() -> &'static [Profile] {
    static PROFILES: OnceLock<Vec<Profile>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        PROFILE_SOURCES
            .iter()
            .map(|s| Profile::from_json(s).expect("shipped profile does not load"))
            .collect()
    })
}

/// A hostile text: raw arbitrary text, nasty pieces glued together, digits, or one piece
/// repeated into a huge text.
pub fn text(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0u8..=9)? {
        0..=2 => u.arbitrary::<String>()?,
        3..=5 => {
            let mut t = String::new();
            for _ in 0..u.int_in_range(1u8..=8)? {
                t.push_str(u.choose(NASTY)?);
            }
            t
        }
        6 | 7 => {
            let n = u.int_in_range(0u8..=20)?;
            (0..n)
                .map(|_| Ok(char::from(b'0' + u.int_in_range(0u8..=9)?)))
                .collect::<Result<String>>()?
        }
        8 => u.int_in_range(i64::MIN..=i64::MAX)?.to_string(),
        _ => u
            .choose(NASTY)?
            .repeat(usize::from(u.int_in_range(0u16..=5000)?)),
    })
}

/// A text, or often one of the given words (option ids, question ids) so conditions hold.
fn word_or_text(u: &mut Unstructured, words: &[String]) -> Result<String> {
    if !words.is_empty() && u.ratio(2u8, 3)? {
        Ok(u.choose(words)?.clone())
    } else {
        text(u)
    }
}

/// A file as the browser might report it.
fn file(u: &mut Unstructured, accept: &[String]) -> Result<FileAnswer> {
    Ok(FileAnswer {
        name: text(u)?,
        media_type: word_or_text(u, accept)?,
        size: match u.int_in_range(0u8..=3)? {
            0 => 0,
            1 => u.arbitrary()?,
            _ => u.int_in_range(1u64..=20_000_000)?,
        },
        content_base64: text(u)?,
    })
}

/// An answer of any shape, often the shape the question asks for, with plausible values.
pub fn answer(u: &mut Unstructured, kind: Option<&QuestionKind>) -> Result<Answer> {
    let words: Vec<String> = match kind {
        Some(QuestionKind::Choice { options } | QuestionKind::Checkboxes { options }) => {
            options.clone()
        }
        Some(QuestionKind::Files { accept, .. }) => accept.clone(),
        _ => Vec::new(),
    };
    let list = |u: &mut Unstructured| -> Result<Vec<String>> {
        (0..u.int_in_range(0u8..=12)?)
            .map(|_| word_or_text(u, &words))
            .collect()
    };
    let date = |u: &mut Unstructured| -> Result<DateParts> {
        let mut part = |lo: u32, hi: u32| -> Result<String> {
            if u.ratio(3u8, 4)? {
                Ok(u.int_in_range(lo..=hi)?.to_string())
            } else {
                text(u)
            }
        };
        Ok(DateParts {
            day: part(0, 32)?,
            month: part(0, 13)?,
            year: part(999, 10_000)?,
        })
    };
    let fitting = u.ratio(2u8, 3)?;
    Ok(match (fitting, kind) {
        (true, Some(QuestionKind::Date { .. })) => Answer::Date(date(u)?),
        (true, Some(QuestionKind::Files { accept, .. })) => Answer::Files(
            (0..u.int_in_range(0u8..=6)?)
                .map(|_| file(u, accept))
                .collect::<Result<_>>()?,
        ),
        (true, Some(QuestionKind::Checkboxes { .. } | QuestionKind::List { .. })) => {
            Answer::List(list(u)?)
        }
        (true, Some(QuestionKind::Choice { .. })) => Answer::Text(word_or_text(u, &words)?),
        _ => match u.int_in_range(0u8..=3)? {
            0 => Answer::Text(text(u)?),
            1 => Answer::List(list(u)?),
            2 => Answer::Date(date(u)?),
            _ => Answer::Files(
                (0..u.int_in_range(0u8..=3)?)
                    .map(|_| file(u, &words))
                    .collect::<Result<_>>()?,
            ),
        },
    })
}

/// Answers to some of the form's questions, and to some questions it does not have.
pub fn answers(u: &mut Unstructured, spec: &FormSpec) -> Result<Answers> {
    let mut answers = if u.arbitrary()? {
        Answers::new().with_defaults(spec)
    } else {
        Answers::new()
    };
    for q in spec.questions() {
        if u.ratio(4u8, 5)? {
            answers.set(&q.id, answer(u, Some(&q.kind))?);
        }
    }
    for _ in 0..u.int_in_range(0u8..=2)? {
        let id = text(u)?;
        answers.set(&id, answer(u, None)?);
    }
    Ok(answers)
}

/// A day to count from: any real date the core accepts.
pub fn today(u: &mut Unstructured) -> Result<CalendarDate> {
    let year = u.int_in_range(1000..=9999)?;
    let month = u.int_in_range(1..=12)?;
    let day = u.int_in_range(1..=31)?;
    Ok(CalendarDate::new(year, month, day)
        .unwrap_or(CalendarDate::new(year, month, 28).expect("the 28th always exists")))
}

/// The per-value checks: numbers, times and dates read back what they print.
pub fn check_values(u: &mut Unstructured) -> Result<()> {
    let t = text(u)?;
    if let Some(n) = parse_number(&t) {
        assert_eq!(parse_number(&n.to_string()), Some(n), "number {t:?}");
    }
    if let Some(m) = parse_time(&t) {
        assert!(m < 24 * 60, "time {t:?}");
        assert_eq!(parse_time(&format!("{:02}:{:02}", m / 60, m % 60)), Some(m));
    }
    let parts = [text(u)?, text(u)?, text(u)?];
    match CalendarDate::parse(&parts[0], &parts[1], &parts[2]) {
        Ok(date) => {
            let again = CalendarDate::parse(
                &date.day.to_string(),
                &date.month.to_string(),
                &date.year.to_string(),
            );
            assert_eq!(again, Ok(date));
            assert_eq!(
                CalendarDate::from_days_since_epoch(date.days_since_epoch()),
                date
            );
            assert!(date.weekday() < 7);
            assert_eq!(date.iso().len(), 10);
        }
        Err(DateProblem::Incomplete(missing)) => {
            assert!(!missing.is_empty());
            assert!(missing.iter().all(|p| parts[*p as usize].trim().is_empty()))
        }
        Err(DateProblem::Invalid { parts: wrong, .. }) => assert!(!wrong.is_empty()),
    }
    Ok(())
}

fn mode_and_rest(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((mode, rest)) => (*mode, rest),
        None => (0, data),
    }
}

/// Validators: arbitrary answers to every question of a shipped form, and the per-value checks.
pub fn validators(data: &[u8]) {
    let run = |u: &mut Unstructured| -> Result<()> {
        let spec = u.choose(forms())?;
        let answers = answers(u, spec)?;
        let today = today(u)?;
        check_everything(spec, &answers, today);
        check_values(u)
    };
    let _ = run(&mut Unstructured::new(data));
}

fn words_of(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| words_of(i, out)),
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                words_of(v, out);
            }
        }
        _ => {}
    }
}

/// A random JSON value, using the document's own words so references can still resolve.
fn random_value(u: &mut Unstructured, words: &[String], depth: u8) -> Result<Value> {
    Ok(match u.int_in_range(0u8..=9)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::from(u.arbitrary::<i64>()?),
        3 => Value::from(u.arbitrary::<u64>()?),
        4 => serde_json::Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        5 | 6 => Value::String(word_or_text(u, words)?),
        7 if depth < 3 => Value::Array(
            (0..u.int_in_range(0u8..=4)?)
                .map(|_| random_value(u, words, depth + 1))
                .collect::<Result<_>>()?,
        ),
        8 if depth < 3 => {
            let mut map = serde_json::Map::new();
            for _ in 0..u.int_in_range(0u8..=4)? {
                map.insert(word_or_text(u, words)?, random_value(u, words, depth + 1)?);
            }
            Value::Object(map)
        }
        _ => Value::from(u.int_in_range(0u32..=20)?),
    })
}

/// Changes a JSON document in a few places: replaces a node with a random value or with a
/// copy of another node, removes a member or an item, adds one, or duplicates an item.
pub fn mutate_json(u: &mut Unstructured, value: &mut Value) -> Result<()> {
    let mut words = Vec::new();
    words_of(value, &mut words);
    for _ in 0..u.int_in_range(1u8..=4)? {
        let all = json_paths(value);
        let target = u.choose(&all)?.clone();
        let donor = u.choose(&all)?;
        let copy = json_node(value, donor).cloned().unwrap_or(Value::Null);
        let fresh = random_value(u, &words, 0)?;
        let how = u.int_in_range(0u8..=5)?;
        let key = word_or_text(u, &words)?;
        let at = u.arbitrary::<usize>()?;
        let change = JsonChange {
            copy,
            fresh,
            key,
            at,
        };
        change_json(value, &target, how, change);
    }
    Ok(())
}

/// Changes a text in a few places: cuts it, inserts a nasty piece, repeats a stretch.
pub fn mutate_text(u: &mut Unstructured, text: &str) -> Result<String> {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..u.int_in_range(1u8..=4)? {
        let at = u.int_in_range(0..=chars.len())?;
        match u.int_in_range(0u8..=3)? {
            0 => chars.truncate(at),
            1 => {
                let piece: Vec<char> = u.choose(NASTY)?.chars().collect();
                chars.splice(at..at, piece);
            }
            2 if at < chars.len() => {
                chars.remove(at);
            }
            _ => {
                let end = u.int_in_range(at..=chars.len())?;
                let stretch: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, stretch);
            }
        }
    }
    Ok(chars.into_iter().collect())
}

/// Spec loader: arbitrary text, mutated shipped specs and text edits of them. A spec that
/// loads is checked with arbitrary answers and reads back as itself.
pub fn spec_loader(data: &[u8]) {
    let (mode, rest) = mode_and_rest(data);
    if mode % 4 == 0 {
        if let Ok(spec) = FormSpec::from_json(&String::from_utf8_lossy(rest)) {
            loaded_spec(&spec, &mut Unstructured::new(rest));
        }
        return;
    }
    let run = |u: &mut Unstructured| -> Result<()> {
        let (_, source) = u.choose(&FORM_SOURCES)?;
        let json = if mode % 4 == 3 {
            mutate_text(u, source)?
        } else {
            let mut value: Value = serde_json::from_str(source).expect("shipped spec is JSON");
            mutate_json(u, &mut value)?;
            value.to_string()
        };
        if let Ok(spec) = FormSpec::from_json(&json) {
            loaded_spec(&spec, u);
        }
        Ok(())
    };
    let _ = run(&mut Unstructured::new(rest));
}

fn loaded_spec(spec: &FormSpec, u: &mut Unstructured) {
    assert!(loket::core::model::integrity::structure_problems(spec).is_empty());
    let json = serde_json::to_string(spec).expect("a spec can be written");
    let again = FormSpec::from_json(&json).expect("a written spec loads again");
    assert!(
        same_json(
            &serde_json::to_value(&again).expect("a spec can be written"),
            &serde_json::to_value(spec).expect("a spec can be written"),
        ),
        "a spec reads back as itself: {json}"
    );
    let mut specs = vec![spec.clone()];
    for profile in profiles() {
        if let Ok(with) = spec.clone().with_profile(&profile.settings) {
            specs.push(with);
        }
    }
    let run = |u: &mut Unstructured| -> Result<()> {
        let mut settings = BTreeMap::new();
        for _ in 0..u.int_in_range(0u8..=4)? {
            settings.insert(text(u)?, random_value(u, &[], 1)?);
        }
        let _ = spec.clone().with_profile(&settings);
        for spec in &specs {
            let answers = answers(u, spec)?;
            check_everything(spec, &answers, today(u)?);
        }
        Ok(())
    };
    let _ = run(u);
}

/// A package with arbitrary form, version, locale and answers.
pub fn package(u: &mut Unstructured) -> Result<Package> {
    let spec = u.choose(forms())?;
    let mut answers = answers(u, spec)?;
    if u.ratio(1u8, 4)? {
        answers = Answers::new();
    }
    Ok(Package {
        form: if u.ratio(3u8, 4)? {
            spec.id.clone()
        } else {
            text(u)?
        },
        version: if u.ratio(3u8, 4)? {
            spec.version
        } else {
            u.arbitrary()?
        },
        locale: word_or_text(u, &["nl".into(), "en".into(), "de".into()])?,
        answers,
    })
}

/// What a package that was read may be used for: find its form and continue with it.
fn continue_with(package: &Package, u: &mut Unstructured) -> Result<()> {
    let today = today(u)?;
    let spec = match package.find_form(forms()) {
        Ok(spec) => {
            assert_eq!(spec.id, package.form);
            assert_eq!(spec.version, package.version);
            spec
        }
        Err(_) => u.choose(forms())?,
    };
    let state = package.to_state(spec, today);
    assert_valid_position(spec, &state.position);
    for (id, a) in state.answers.iter() {
        let q = spec
            .question(id)
            .expect("only the form's questions are kept");
        assert!(a.fits(&q.kind));
    }
    check_everything(spec, &state.answers, today);
    let mut back = state.clone();
    back.answers = as_read_back(&state.answers);
    assert_eq!(
        FormState::from_draft(spec, &state.to_draft()),
        Some(back),
        "a draft reads back as itself"
    );
    Ok(())
}

fn assert_valid_position(spec: &FormSpec, position: &Position) {
    match position {
        Position::Step { index } => assert!(*index < spec.steps.len()),
        Position::Exit { step, page } => {
            assert!(*step < spec.steps.len());
            assert!(spec.exits.iter().any(|e| &e.id == page));
        }
        Position::Check | Position::Done { .. } => {}
    }
}

/// Answers file: arbitrary text, mutated real files and text edits of them; a file written
/// from any package reads back as that package.
pub fn answers_file(data: &[u8]) {
    let (mode, rest) = mode_and_rest(data);
    let mut u = Unstructured::new(rest);
    if mode % 4 == 0 {
        if let Ok(p) = Package::from_file(&String::from_utf8_lossy(rest)) {
            let _ = continue_with(&p, &mut u);
        }
        return;
    }
    let run = |u: &mut Unstructured| -> Result<()> {
        let package = package(u)?;
        let file = package.to_file(&text(u)?);
        let mut expected = package.clone();
        expected.answers = as_read_back(&package.answers);
        assert_eq!(Package::from_file(&file), Ok(expected), "a file reads back");
        let changed = match mode % 4 {
            1 => file,
            2 => {
                let mut value: Value = serde_json::from_str(&file).expect("a file is JSON");
                mutate_json(u, &mut value)?;
                if u.arbitrary()? {
                    value.to_string()
                } else {
                    serde_json::to_string_pretty(&value).unwrap_or_default()
                }
            }
            _ => mutate_text(u, &file)?,
        };
        if let Ok(p) = Package::from_file(&changed) {
            continue_with(&p, u)?;
        }
        Ok(())
    };
    let _ = run(&mut u);
}

/// The Crockford alphabet as typed: capitals, lower case, look-alikes, spaces and dashes,
/// and a few characters that are not in it.
const TYPED: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzOoIiLl -UuU*=~#";

/// Codes never unpack to more than this (the core's guard against a "zip bomb").
pub const CODE_MAX_BYTES: usize = 256 * 1024;

/// Whether a package's code unpacks within the limit; a larger one is refused as damaged.
pub fn code_fits(package: &Package) -> bool {
    serde_json::to_vec(package).is_ok_and(|json| json.len() <= CODE_MAX_BYTES)
}

/// Hand-off code: arbitrary text, text over the code's alphabet, edits of real codes; a code
/// of any package reads back as the package without its files, however it is typed.
pub fn handoff_code(data: &[u8]) {
    let (mode, rest) = mode_and_rest(data);
    let mut u = Unstructured::new(rest);
    match mode % 4 {
        0 => {
            if let Ok(p) = Package::from_code(&String::from_utf8_lossy(rest)) {
                let _ = continue_with(&p, &mut u);
            }
        }
        1 => {
            let typed: String = std::iter::once('1')
                .chain(
                    rest.iter()
                        .map(|b| char::from(TYPED[*b as usize % TYPED.len()])),
                )
                .collect();
            if let Ok(p) = Package::from_code(&typed) {
                let _ = continue_with(&p, &mut Unstructured::new(&[]));
            }
        }
        _ => {
            let run = |u: &mut Unstructured| -> Result<()> {
                let package = package(u)?;
                let code = package.to_code();
                assert!(
                    code.chars()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
                );
                let mut expected = package.clone();
                expected.answers = Answers::new();
                for (id, a) in package.answers.iter() {
                    if !matches!(a, Answer::Files(_)) {
                        expected.answers.set(id, a.clone());
                    }
                }
                let expected = if code_fits(&expected) {
                    Ok(expected)
                } else {
                    Err(HandOffError::Damaged)
                };
                assert_eq!(Package::from_code(&code), expected, "code {code}");
                let typed = Package::grouped(&code)
                    .to_lowercase()
                    .replace('0', "o")
                    .replace('1', "l");
                assert_eq!(Package::from_code(&typed), expected, "typed {typed}");
                if u.ratio(1u8, 32)? && code.len() < 1500 {
                    let _ = handoff::qr_path(&code);
                }
                let mut chars: Vec<char> = code.chars().collect();
                for _ in 0..u.int_in_range(1u8..=3)? {
                    let at = u.int_in_range(0..=chars.len())?;
                    let c = char::from(*u.choose(TYPED)?);
                    match u.int_in_range(0u8..=3)? {
                        0 => chars.truncate(at),
                        1 => chars.insert(at, c),
                        2 if at < chars.len() => chars[at] = c,
                        _ if at < chars.len() => {
                            chars.remove(at);
                        }
                        _ => {}
                    }
                }
                let tampered: String = chars.into_iter().collect();
                if let Ok(p) = Package::from_code(&tampered) {
                    continue_with(&p, u)?;
                }
                Ok(())
            };
            let _ = run(&mut u);
        }
    }
}

/// Draft restore: arbitrary text and mutated real drafts; a draft that is restored belongs to
/// the form and opens on a page that exists, and a good draft reads back as itself.
pub fn draft(data: &[u8]) {
    let (mode, rest) = mode_and_rest(data);
    let mut u = Unstructured::new(rest);
    let run = |u: &mut Unstructured| -> Result<()> {
        let spec = u.choose(forms())?;
        let json = if mode % 4 == 0 {
            String::from_utf8_lossy(rest).into_owned()
        } else {
            let mut state = FormState::new(spec);
            state.answers = answers(u, spec)?;
            state.position = match u.int_in_range(0u8..=3)? {
                0 => Position::Step {
                    index: u.int_in_range(0..=spec.steps.len() + 1)?,
                },
                1 => Position::Exit {
                    step: u.int_in_range(0..=spec.steps.len())?,
                    page: word_or_text(
                        u,
                        &spec.exits.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
                    )?,
                },
                2 => Position::Check,
                _ => Position::Done {
                    reference: text(u)?,
                    received_at: None,
                },
            };
            state.returning_to_check = u.arbitrary()?;
            state.steps_before_change = u.arbitrary()?;
            state.help.offered = u.arbitrary()?;
            state.help.dismissed = u.arbitrary()?;
            let good = state.to_draft();
            let restored = FormState::from_draft(spec, &good).expect("a good draft is restored");
            let mut expected = state.clone();
            expected.answers = as_read_back(&state.answers);
            if !matches!(&state.position, Position::Exit { step, page } if *step >= spec.steps.len() || !spec.exits.iter().any(|e| &e.id == page))
                && !matches!(&state.position, Position::Step { index } if *index >= spec.steps.len())
                && !matches!(state.position, Position::Done { .. })
            {
                assert_eq!(restored, expected, "a draft reads back as itself");
            }
            match mode % 4 {
                1 => good,
                2 => {
                    let mut value: Value = serde_json::from_str(&good).expect("a draft is JSON");
                    mutate_json(u, &mut value)?;
                    value.to_string()
                }
                _ => mutate_text(u, &good)?,
            }
        };
        if let Some(state) = FormState::from_draft(spec, &json) {
            assert_eq!(state.form, spec.id);
            assert_eq!(state.version, spec.version);
            assert_valid_position(spec, &state.position);
            assert!(!matches!(state.position, Position::Done { .. }));
            check_everything(spec, &state.answers, today(u)?);
            if let Position::Step { index } = state.position {
                let _ = flow::forward(spec, &state.answers, index, None, today(u)?);
            }
        }
        Ok(())
    };
    let _ = run(&mut u);
}

/// A submission as a municipality's service receives it: arbitrary text, and payloads of
/// typical and arbitrary answers (whole, mutated as JSON or as text), are decoded and checked
/// with the form's rules. Nothing panics, and what would be kept is in its normal form:
/// checking it again keeps it as it is.
pub fn submission(data: &[u8]) {
    use loket::core::exchange::payload::{Envelope, Submission, build};
    use loket::core::exchange::received::{Expected, check};
    let (mode, rest) = mode_and_rest(data);
    let mut u = Unstructured::new(rest);
    let run = |u: &mut Unstructured| -> Result<()> {
        let spec = u.choose(forms())?;
        let json = if mode % 4 == 0 {
            String::from_utf8_lossy(rest).into_owned()
        } else {
            let mut given = typical_answers(spec);
            for (id, a) in answers(u, spec)?.iter() {
                if u.arbitrary()? {
                    given.set(id, a.clone());
                }
            }
            let reference = loket::core::exchange::reference::reference(&spec.id, u.arbitrary()?);
            let sent = build(
                spec,
                &given,
                &Envelope {
                    reference: &reference,
                    idempotency_key: "0123456789abcdef",
                    municipality: "enschede",
                    locale: "nl",
                    submitted_at: "2026-12-05T10:00:00Z",
                },
            )
            .to_json();
            match mode % 4 {
                1 => sent,
                2 => {
                    let mut value: Value = serde_json::from_str(&sent).expect("a payload is JSON");
                    mutate_json(u, &mut value)?;
                    value.to_string()
                }
                _ => mutate_text(u, &sent)?,
            }
        };
        if let Ok(payload) = serde_json::from_str::<Submission>(&json) {
            let expected = Expected {
                municipality: "enschede",
                today: today(u)?,
                about: None,
            };
            if let Ok(kept) = check(spec, &payload, &expected) {
                assert_eq!(check(spec, &kept, &expected), Ok(kept.clone()));
            }
        }
        Ok(())
    };
    let _ = run(&mut u);
}

/// Plain answers a resident might give to every question of the form (files left out).
pub fn typical_answers(spec: &FormSpec) -> Answers {
    let mut answers = Answers::new().with_defaults(spec);
    for q in spec.questions() {
        let answer = match &q.kind {
            QuestionKind::Choice { options } => Answer::Text(options[0].clone()),
            QuestionKind::Checkboxes { options } => Answer::List(vec![options[0].clone()]),
            QuestionKind::Date { .. } => Answer::Date(DateParts {
                day: "28".into(),
                month: "12".into(),
                year: "2026".into(),
            }),
            QuestionKind::Number { .. } => Answer::Text("1.250".into()),
            QuestionKind::Time => Answer::Text("23:30".into()),
            QuestionKind::List { .. } => Answer::List(vec!["Oude Markt".into(), "Ööstraat".into()]),
            QuestionKind::Files { .. } => continue,
            QuestionKind::Text { .. } | QuestionKind::LongText => {
                Answer::Text("Zoë de Vries-Çelik, 7511 JN \u{202e}😀".into())
            }
        };
        answers.set(&q.id, answer);
    }
    answers
}

/// Starting inputs for a target, from the shipped specs and from files, codes and drafts of
/// typical answers: the mode byte, then the text.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    let with_mode = |mode: u8, text: &str| {
        let mut bytes = vec![mode];
        bytes.extend_from_slice(text.as_bytes());
        bytes
    };
    let packages = || {
        forms().iter().map(|spec| {
            let answers = typical_answers(spec);
            let all: Vec<String> = spec.questions().map(|q| q.id.clone()).collect();
            (spec, Package::new(spec, &answers, &all, "nl"))
        })
    };
    let mut seeds: Vec<Vec<u8>> = (1u8..=3).map(|mode| vec![mode; 64]).collect();
    match target {
        "spec_loader" => seeds.extend(FORM_SOURCES.iter().map(|(_, s)| with_mode(0, s))),
        "answers_file" => {
            seeds.extend(packages().map(|(_, p)| with_mode(0, &p.to_file("2026-11-22T10:00:00Z"))))
        }
        "handoff_code" => seeds.extend(packages().map(|(_, p)| with_mode(0, &p.to_code()))),
        "draft" => seeds.extend(packages().map(|(spec, p)| {
            with_mode(
                0,
                &p.to_state(spec, CalendarDate::new(2026, 11, 22).unwrap())
                    .to_draft(),
            )
        })),
        "submission" => seeds.extend(packages().map(|(spec, _)| {
            let answers = typical_answers(spec);
            let envelope = loket::core::exchange::payload::Envelope {
                reference: "KLA-2345-6789",
                idempotency_key: "k",
                municipality: "enschede",
                locale: "nl",
                submitted_at: "2026-12-05T10:00:00Z",
            };
            with_mode(
                0,
                &loket::core::exchange::payload::build(spec, &answers, &envelope).to_json(),
            )
        })),
        _ => seeds.push((0..=255).collect()),
    }
    seeds
}

/// A target: one input, checked.
pub type Target = fn(&[u8]);

/// The targets, by name.
pub const TARGETS: [(&str, Target); 6] = [
    ("validators", validators),
    ("spec_loader", spec_loader),
    ("answers_file", answers_file),
    ("handoff_code", handoff_code),
    ("draft", draft),
    ("submission", submission),
];
