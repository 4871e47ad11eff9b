//! Stable element ids derived from the form and question ids, used by the view, by
//! `aria-describedby` and by the error summary links.

use super::spec::{Question, QuestionKind};

/// The id of a question's control (or of its fieldset for grouped questions).
pub fn control(form: &str, question: &str) -> String {
    format!("{form}-{question}")
}

/// The id of a question's hint.
pub fn hint(form: &str, question: &str) -> String {
    format!("{form}-{question}-hint")
}

/// The id of a question's "why do we ask this" text.
pub fn why(form: &str, question: &str) -> String {
    format!("{form}-{question}-why")
}

/// The id of a question's error message.
pub fn error(form: &str, question: &str) -> String {
    format!("{form}-{question}-error")
}

/// The id of a question's friendly notice (advice, never an error).
pub fn notice(form: &str, question: &str) -> String {
    format!("{form}-{question}-notice")
}

/// The id of one option's radio button.
pub fn option(form: &str, question: &str, option: &str) -> String {
    format!("{form}-{question}-{option}")
}

/// The id of one part (`day`, `month`, `year`) of a date question.
pub fn date_part(form: &str, question: &str, part: &str) -> String {
    format!("{form}-{question}-{part}")
}

/// The id of entry `number` (from 1) of a list question.
pub fn list_item(form: &str, question: &str, number: usize) -> String {
    format!("{form}-{question}-item-{number}")
}

/// The control an error summary link moves focus to: the control itself, or the first
/// control of a group.
pub fn first_control(form: &str, question: &Question) -> String {
    match &question.kind {
        QuestionKind::Choice { options } => match options.first() {
            Some(first) => option(form, &question.id, first),
            None => control(form, &question.id),
        },
        QuestionKind::Checkboxes { options } => match options.first() {
            Some(first) => option(form, &question.id, first),
            None => control(form, &question.id),
        },
        QuestionKind::Date { .. } => date_part(form, &question.id, "day"),
        QuestionKind::List { .. } => list_item(form, &question.id, 1),
        _ => control(form, &question.id),
    }
}

/// The id of the step heading that receives focus on every step change.
pub const STEP_HEADING: &str = "loket-step-heading";

/// The help block's heading; focus lands here when an offer of help is declined.
pub const HELP_TITLE: &str = "loket-help-title";

/// The id of the error summary.
pub const ERROR_SUMMARY: &str = "loket-error-summary";
