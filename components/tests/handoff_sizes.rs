//! How long hand-off codes get for each form, with typical and with the longest answers the
//! form accepts. Run with `cargo test --test handoff_sizes -- --nocapture` to see the table.

mod common;

use common::{forms, ftl_files};
use loket::core::exchange::handoff::qr_path;
use loket::{Answer, Answers, DateParts, FormSpec, Package, QuestionKind};

/// Natural Dutch text to fill answers with: the form's own texts, one after the other.
fn prose() -> String {
    ftl_files("nl")
        .into_iter()
        .flat_map(|(_, source)| {
            source
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every question answered; each text is a different stretch of prose of `length(max)`
/// characters, so repeated text does not make the code look shorter than it is.
fn answers(spec: &FormSpec, length: impl Fn(usize) -> usize) -> Answers {
    let prose: Vec<char> = prose().chars().collect();
    let mut start = 0;
    let mut text = |max: usize| {
        let piece: String = prose.iter().cycle().skip(start).take(length(max)).collect();
        start = (start + length(max) + 1) % prose.len();
        piece
    };
    let mut a = Answers::new();
    for q in spec.questions() {
        let max = q.max_chars();
        let answer = match &q.kind {
            QuestionKind::Choice { options } => Answer::Text(options[0].clone()),
            QuestionKind::Checkboxes { options } => Answer::List(options.clone()),
            QuestionKind::Date { .. } => Answer::Date(DateParts {
                day: "28".into(),
                month: "12".into(),
                year: "2026".into(),
            }),
            QuestionKind::Number { .. } => Answer::Text("1250".into()),
            QuestionKind::Time => Answer::Text("23:30".into()),
            QuestionKind::List { max_items } => {
                Answer::List((0..*max_items).map(|_| text(80)).collect())
            }
            QuestionKind::Files { .. } => continue,
            _ => Answer::Text(text(max)),
        };
        a.set(&q.id, answer);
    }
    a
}

fn code_for(spec: &FormSpec, answers: &Answers) -> String {
    let all: Vec<String> = spec.questions().map(|q| q.id.clone()).collect();
    Package::new(spec, answers, &all, "nl").to_code()
}

#[test]
fn typical_answers_fit_a_qr_code_and_the_longest_are_reported() {
    eprintln!("form | typical code (chars) | QR | longest code (chars) | QR");
    for spec in forms() {
        let typical = code_for(&spec, &answers(&spec, |max| max.min(200)));
        let longest = code_for(&spec, &answers(&spec, |max| max));
        let fits = |code: &str| if qr_path(code).is_some() { "yes" } else { "no" };
        eprintln!(
            "{} | {} | {} | {} | {}",
            spec.id,
            typical.len(),
            fits(&typical),
            longest.len(),
            fits(&longest)
        );
        assert!(
            qr_path(&typical).is_some(),
            "{}: typical answers must fit a QR code",
            spec.id
        );
        assert!(
            Package::from_code(&longest).is_ok(),
            "{}: the longest code reads back",
            spec.id
        );
    }
}
