//! The submission payload (schema `loket.submission`, version 1): what is sent to the
//! municipality's endpoint. Only answers to questions that are shown are included.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers, FileAnswer};
use super::conditions::{outcome, parse_number, parse_time};
use super::dates::CalendarDate;
use super::spec::{FormSpec, QuestionKind};

/// The schema name in every payload.
pub const SCHEMA: &str = "loket.submission";
/// The schema version this crate writes.
pub const SCHEMA_VERSION: u32 = 1;

/// One answer in the payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Text, an option id, a date (`YYYY-MM-DD`), a time (`HH:MM`) or a number in digits.
    Text(String),
    /// Ticked option ids, or the entries of a list.
    List(Vec<String>),
    /// Uploaded files with their contents.
    Files(Vec<FileAnswer>),
}

/// One submitted form. Documented field by field in the README ("Submission payload").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// Always `loket.submission`.
    pub schema: String,
    /// Version of this payload's shape.
    pub schema_version: u32,
    /// The reference shown to the resident.
    pub reference: String,
    /// The same for every attempt to send this form (a retry, a double click, a send after a
    /// refresh): the endpoint keeps the first and answers later ones as already received.
    pub idempotency_key: String,
    /// The form's id.
    pub form: String,
    /// The form spec's version.
    pub form_version: u32,
    /// What the form turned out to be (an outcome id such as `melding`), if the form has outcomes.
    pub outcome: Option<String>,
    /// The municipality profile's id.
    pub municipality: String,
    /// The language the resident used; replies should use it too.
    pub locale: String,
    /// When the resident pressed send (ISO 8601, from the device clock).
    pub submitted_at: String,
    /// Answers by question id, in their normal form (see [`Value`]).
    pub answers: BTreeMap<String, Value>,
    /// For a call-back request: the form the resident was filling in when they asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

/// What the payload needs besides the spec and answers.
#[derive(Debug, Clone)]
pub struct Envelope<'a> {
    /// The reference shown to the resident.
    pub reference: &'a str,
    /// See [`Submission::idempotency_key`].
    pub idempotency_key: &'a str,
    /// The municipality profile's id.
    pub municipality: &'a str,
    /// The resident's language.
    pub locale: &'a str,
    /// ISO 8601 timestamp.
    pub submitted_at: &'a str,
}

/// The normal form of an answer; `None` when blank or not a real value.
pub fn normalised(kind: &QuestionKind, answer: &Answer) -> Option<Value> {
    if answer.is_blank() {
        return None;
    }
    let text = |t: String| Some(Value::Text(t));
    match (kind, answer) {
        (QuestionKind::Date { .. }, Answer::Date(d)) => {
            CalendarDate::parse(&d.day, &d.month, &d.year)
                .ok()
                .and_then(|d| text(d.iso()))
        }
        (QuestionKind::Time, Answer::Text(t)) => {
            parse_time(t).and_then(|m| text(format!("{:02}:{:02}", m / 60, m % 60)))
        }
        (QuestionKind::Number { .. }, Answer::Text(t)) => {
            parse_number(t).and_then(|n| text(n.to_string()))
        }
        (QuestionKind::Files { .. }, Answer::Files(files)) => Some(Value::Files(files.clone())),
        (QuestionKind::Checkboxes { .. } | QuestionKind::List { .. }, Answer::List(items)) => {
            Some(Value::List(
                items
                    .iter()
                    .map(|i| i.trim().to_string())
                    .filter(|i| !i.is_empty())
                    .collect(),
            ))
        }
        (_, Answer::Text(t)) => text(t.trim().to_string()),
        _ => None,
    }
}

/// Builds the payload from the answers to the questions that are shown.
pub fn build(spec: &FormSpec, answers: &Answers, envelope: &Envelope<'_>) -> Submission {
    let visible: BTreeMap<String, Value> = answers
        .visible_steps(spec)
        .into_iter()
        .flat_map(|i| answers.visible_questions(spec, &spec.steps[i]))
        .filter_map(|q| {
            let value = normalised(&q.kind, answers.get(&q.id)?)?;
            Some((q.id.clone(), value))
        })
        .collect();
    Submission {
        schema: SCHEMA.to_string(),
        schema_version: SCHEMA_VERSION,
        reference: envelope.reference.to_string(),
        idempotency_key: envelope.idempotency_key.to_string(),
        form: spec.id.clone(),
        form_version: spec.version,
        outcome: outcome(spec, answers).map(|o| o.id.clone()),
        municipality: envelope.municipality.to_string(),
        locale: envelope.locale.to_string(),
        submitted_at: envelope.submitted_at.to_string(),
        answers: visible,
        about: None,
    }
}

impl Submission {
    /// The payload as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
