//! The check of a form's first step, without Leptos: a small WebAssembly module that a
//! prerendered page starts long before the app's own module has arrived. A "Volgende" pressed
//! meanwhile is checked here, with the kit's own rules, and the error texts the kit wrote when
//! the site was built (`build.rs`), so the resident sees at once what to put right (the page's
//! loader, `app/loader.js`, shows it as the app would); a step without problems waits for the
//! app, which carries the press out.
//!
//! The page and this module speak plain text: records separated by [`RECORD`], fields by
//! [`FIELD`] (characters no field of a form holds). See [`check`].

use loket::core::model::ids;
use loket::core::rules::validate::check_step;
use loket::{Answer, Answers, CalendarDate, QuestionKind, Rule};

mod baked {
    include!(concat!(env!("OUT_DIR"), "/first.rs"));
}

#[cfg(target_arch = "wasm32")]
mod exports;

/// Separates the records of what the page asks and of the answer.
pub const RECORD: char = '\u{1e}';
/// Separates the fields of one record.
pub const FIELD: char = '\u{1f}';

/// Checks a first step, as the app checks it when "Volgende" is pressed.
///
/// `input`'s first record is the municipality's profile, the form, the page's language and
/// today's year, month and day; every further record a field's `name` and what it holds (a
/// ticked box or chosen round button gives its `value`; boxes ticked in one group give one
/// record each).
///
/// The answer is empty when this module cannot check that step (a profile, form or language it
/// does not know, a date that does not exist, a step with a date, a list or files, or a problem
/// whose text depends on more than the answer's length): the app then checks it when it runs.
/// Otherwise its first record is the error summary's title, the words that go before each
/// error message for screen readers and the title of a page in error (U+0001 where the page's
/// own title goes), and each further record one problem, in question order:
/// the id of the question's control (for a group of choices, its fieldset), of its "why" text,
/// of its error message, of the control the summary's link leads to, and the message.
///
/// # Examples
///
/// ```
/// use loket_first::{FIELD, RECORD, check};
///
/// let asked = ["enschede", "klacht", "nl", "2026", "12", "7"].join(&FIELD.to_string());
/// let answer = check(&asked);
/// let records: Vec<Vec<&str>> = answer.split(RECORD).map(|r| r.split(FIELD).collect()).collect();
/// assert_eq!(records[0], ["Er is een probleem", "Fout:", "Fout: \u{1}"]);
/// assert_eq!(
///     records[1],
///     [
///         "klacht-soort",
///         "klacht-soort-why",
///         "klacht-soort-error",
///         "klacht-soort-behandeling",
///         "Kies waar uw klacht over gaat.",
///     ]
/// );
///
/// // A choice made: nothing to put right.
/// let chosen = format!("{asked}{RECORD}klacht-soort{FIELD}besluit");
/// assert_eq!(check(&chosen).split(RECORD).count(), 1);
///
/// // A form this module does not know: the app checks it.
/// assert_eq!(check("enschede\u{1f}onbekend\u{1f}nl\u{1f}2026\u{1f}12\u{1f}7"), "");
/// ```
pub fn check(input: &str) -> String {
    let mut records = input.split(RECORD);
    let head: Vec<&str> = records.next().unwrap_or_default().split(FIELD).collect();
    let [profile, form, lang, year, month, day] = head[..] else {
        return String::new();
    };
    let today = match (year.parse(), month.parse(), day.parse()) {
        (Ok(y), Ok(m), Ok(d)) => CalendarDate::new(y, m, d),
        _ => None,
    };
    let (Some(spec), Some(today)) = (baked::first_step(profile, form), today) else {
        return String::new();
    };
    let Some(step) = spec.steps.first() else {
        return String::new();
    };
    // A date, a list or files: their fields are not named after the question, so the page
    // cannot tell their answers here. The app checks such a step.
    let readable = |q: &loket::Question| {
        !matches!(
            q.kind,
            QuestionKind::Date { .. } | QuestionKind::List { .. } | QuestionKind::Files { .. }
        )
    };
    if !step.questions.iter().all(readable) {
        return String::new();
    }
    let mut answers = Answers::new();
    for record in records {
        let Some((name, value)) = record.split_once(FIELD) else {
            continue;
        };
        let Some(question) = step
            .questions
            .iter()
            .find(|q| ids::control(&spec.id, &q.id) == name)
        else {
            continue;
        };
        let answer = match (&question.kind, answers.get(&question.id)) {
            (QuestionKind::Checkboxes { .. }, Some(Answer::List(ticked))) => {
                let mut ticked = ticked.clone();
                ticked.push(value.to_string());
                Answer::List(ticked)
            }
            (QuestionKind::Checkboxes { .. }, _) => Answer::List(vec![value.to_string()]),
            _ => Answer::Text(value.to_string()),
        };
        answers.set(&question.id, answer);
    }
    let messages = || {
        baked::MESSAGES
            .split(RECORD)
            .map(|record| record.split(FIELD).collect::<Vec<_>>())
    };
    let Some(summary) = messages().find(|m| m.len() == 7 && m[..4] == [lang, "", "", ""]) else {
        return String::new();
    };
    // The page's title in error holds U+0001 where the page's own title goes.
    let mut out = summary[4..7].join(&FIELD.to_string());
    for error in check_step(&spec, step, &answers, today) {
        let (Some(question), rule) = (spec.question(&error.question), error.rule.key_name()) else {
            continue;
        };
        let wanted = [lang, spec.id.as_str(), question.id.as_str(), rule];
        // A problem whose text was not written when the site was built: the app tells it.
        let Some(message) = messages().find(|m| m.len() == 5 && m[..4] == wanted) else {
            return String::new();
        };
        let message = match error.rule {
            Rule::TooLong { count, .. } => {
                message[4].replacen(baked::COUNT_MARK, &count.to_string(), 1)
            }
            _ => message[4].to_string(),
        };
        let fields = [
            ids::control(&spec.id, &question.id),
            ids::why(&spec.id, &question.id),
            ids::error(&spec.id, &question.id),
            error.target(&spec.id, question),
            message,
        ];
        out.push(RECORD);
        out.push_str(&fields.join(&FIELD.to_string()));
    }
    out
}
