//! The submission payload (schema `loket.submission`, version 1): what is sent to the
//! municipality's endpoint. Only answers to questions that are shown are included.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::dates::CalendarDate;
use super::spec::{FormSpec, QuestionKind};

/// The schema name in every payload.
pub const SCHEMA: &str = "loket.submission";
/// The schema version this crate writes.
pub const SCHEMA_VERSION: u32 = 1;

/// One submitted form. Documented field by field in the README ("Submission payload").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// Always `loket.submission`.
    pub schema: String,
    /// Version of this payload's shape.
    pub schema_version: u32,
    /// The reference shown to the resident.
    pub reference: String,
    /// The form's id.
    pub form: String,
    /// The form spec's version.
    pub form_version: u32,
    /// The municipality profile's id.
    pub municipality: String,
    /// The language the resident used; replies should use it too.
    pub locale: String,
    /// When the resident pressed send (ISO 8601, from the device clock).
    pub submitted_at: String,
    /// Answers by question id: text trimmed, choices as option ids, dates as `YYYY-MM-DD`.
    pub answers: BTreeMap<String, String>,
}

/// What the payload needs besides the spec and answers.
#[derive(Debug, Clone)]
pub struct Envelope<'a> {
    /// The reference shown to the resident.
    pub reference: &'a str,
    /// The municipality profile's id.
    pub municipality: &'a str,
    /// The resident's language.
    pub locale: &'a str,
    /// ISO 8601 timestamp.
    pub submitted_at: &'a str,
}

/// The normal form of an answer for the payload; `None` when blank or not a real value.
pub fn normalised(kind: &QuestionKind, answer: &Answer) -> Option<String> {
    if answer.is_blank() {
        return None;
    }
    match (kind, answer) {
        (QuestionKind::Date { .. }, Answer::Date(d)) => {
            CalendarDate::parse(&d.day, &d.month, &d.year)
                .ok()
                .map(CalendarDate::iso)
        }
        (_, Answer::Text(t)) => Some(t.trim().to_string()),
        _ => None,
    }
}

/// Builds the payload from the answers to the questions that are shown.
pub fn build(spec: &FormSpec, answers: &Answers, envelope: &Envelope<'_>) -> Submission {
    let visible: BTreeMap<String, String> = answers
        .visible_steps(spec)
        .into_iter()
        .flat_map(|i| answers.visible_questions(&spec.steps[i]))
        .filter_map(|q| {
            let value = normalised(&q.kind, answers.get(&q.id)?)?;
            Some((q.id.clone(), value))
        })
        .collect();
    Submission {
        schema: SCHEMA.to_string(),
        schema_version: SCHEMA_VERSION,
        reference: envelope.reference.to_string(),
        form: spec.id.clone(),
        form_version: spec.version,
        municipality: envelope.municipality.to_string(),
        locale: envelope.locale.to_string(),
        submitted_at: envelope.submitted_at.to_string(),
        answers: visible,
    }
}

impl Submission {
    /// The payload as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
