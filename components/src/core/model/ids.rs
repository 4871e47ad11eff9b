//! Stable element ids derived from the form and question ids, used by the view, by
//! `aria-describedby` and by the error summary links.

use crate::core::model::spec::{Question, QuestionKind};

/// The id of a question's control (or of its fieldset for grouped questions).
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::control("klacht", "email"), "klacht-email");
/// ```
pub fn control(form: &str, question: &str) -> String {
    format!("{form}-{question}")
}

/// The id of a question's hint.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::hint("klacht", "email"), "klacht-email-hint");
/// ```
pub fn hint(form: &str, question: &str) -> String {
    format!("{form}-{question}-hint")
}

/// The id of a question's "why do we ask this" text.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::why("klacht", "email"), "klacht-email-why");
/// ```
pub fn why(form: &str, question: &str) -> String {
    format!("{form}-{question}-why")
}

/// The id of a question's error message.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::error("klacht", "email"), "klacht-email-error");
/// ```
pub fn error(form: &str, question: &str) -> String {
    format!("{form}-{question}-error")
}

/// The id of a question's friendly notice (advice, never an error).
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::notice("klacht", "datum"), "klacht-datum-notice");
/// ```
pub fn notice(form: &str, question: &str) -> String {
    format!("{form}-{question}-notice")
}

/// The id of one option's radio button.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::option("klacht", "soort", "besluit"), "klacht-soort-besluit");
/// ```
pub fn option(form: &str, question: &str, option: &str) -> String {
    format!("{form}-{question}-{option}")
}

/// The id of one part (`day`, `month`, `year`) of a date question.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::date_part("klacht", "datum", "day"), "klacht-datum-day");
/// ```
pub fn date_part(form: &str, question: &str, part: &str) -> String {
    format!("{form}-{question}-{part}")
}

/// The id of entry `number` (from 1) of a list question.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::model::ids::list_item("evenement", "straten", 2), "evenement-straten-item-2");
/// ```
pub fn list_item(form: &str, question: &str, number: usize) -> String {
    format!("{form}-{question}-item-{number}")
}

/// The control an error summary link moves focus to: the control itself, or the first
/// control of a group.
///
/// # Examples
///
/// ```
/// use loket::core::model::ids::first_control;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let soort = spec.question("soort").unwrap();
/// assert_eq!(first_control("klacht", soort), "klacht-soort-behandeling");
/// let datum = spec.question("datum").unwrap();
/// assert_eq!(first_control("klacht", datum), "klacht-datum-day");
/// ```
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
///
/// # Examples
///
/// ```
/// use loket::core::model::ids::STEP_HEADING;
///
/// let heading = format!(r#"<h1 id="{STEP_HEADING}" tabindex="-1">"#);
/// assert_eq!(heading, r#"<h1 id="loket-step-heading" tabindex="-1">"#);
/// ```
pub const STEP_HEADING: &str = "loket-step-heading";

/// The help block's heading; focus lands here when an offer of help is declined.
///
/// # Examples
///
/// ```
/// use loket::core::model::ids::HELP_TITLE;
///
/// assert_eq!(format!("#{HELP_TITLE}"), "#loket-help-title");
/// ```
pub const HELP_TITLE: &str = "loket-help-title";

/// The id of the error summary.
///
/// # Examples
///
/// ```
/// use loket::core::model::ids::ERROR_SUMMARY;
///
/// assert_eq!(format!("#{ERROR_SUMMARY}"), "#loket-error-summary");
/// ```
pub const ERROR_SUMMARY: &str = "loket-error-summary";
