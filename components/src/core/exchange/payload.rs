//! The submission payload (schema `loket.submission`, version 1): what is sent to the
//! municipality's endpoint. Only answers to questions that are shown are included.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::model::answers::{Answer, Answers, FileAnswer};
use crate::core::model::prefill::PrefilledMark;
use crate::core::model::spec::{FormSpec, QuestionKind};
use crate::core::rules::conditions::{outcome, parse_number, parse_time};
use crate::core::rules::dates::CalendarDate;

/// The schema name in every payload.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::{build, Envelope, SCHEMA, SCHEMA_VERSION};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let envelope = Envelope {
///     reference: "KLA-2345-6789",
///     idempotency_key: "k1",
///     municipality: "enschede",
///     locale: "nl",
///     submitted_at: "2026-11-22T10:00:00Z",
/// };
/// let payload = build(&spec, &loket::Answers::new(), &envelope);
/// assert_eq!((payload.schema.as_str(), payload.schema_version), (SCHEMA, SCHEMA_VERSION));
/// assert_eq!(SCHEMA, "loket.submission");
/// ```
pub const SCHEMA: &str = "loket.submission";
/// The schema version this crate writes.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::SCHEMA_VERSION;
///
/// let shape = format!("loket.submission version {SCHEMA_VERSION}");
/// assert_eq!(shape, "loket.submission version 1");
/// ```
pub const SCHEMA_VERSION: u32 = 1;

/// One answer in the payload.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::Value;
///
/// let values: Vec<Value> = serde_json::from_str(r#"["2026-11-03", ["geluid", "licht"]]"#).unwrap();
/// assert_eq!(values[0], Value::Text("2026-11-03".into()));
/// assert_eq!(values[1], Value::List(vec!["geluid".into(), "licht".into()]));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// One submitted form. Documented field by field in docs/payload.md.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::{build, Envelope, Value};
/// use loket::Answers;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// let envelope = Envelope {
///     reference: "KLA-2345-6789",
///     idempotency_key: "k1",
///     municipality: "enschede",
///     locale: "nl",
///     submitted_at: "2026-11-22T10:00:00Z",
/// };
/// let payload = build(&spec, &answers, &envelope);
/// assert_eq!(payload.reference, "KLA-2345-6789");
/// assert_eq!(payload.answers["soort"], Value::Text("behandeling".into()));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Sent by a helper at the desk on the resident's behalf (from their short code).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub assisted: bool,
    /// Set by the intake service only: the desk account that sent it on the resident's behalf.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assisted_by: Option<String>,
    /// The answers a login on the host page filled in and the resident sent unchanged, as the
    /// host page said (see `model::prefill`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefilled: Option<PrefilledMark>,
}

/// What the payload needs besides the spec and answers.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::{build, Envelope};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let envelope = Envelope {
///     reference: "KLA-2345-6789",
///     idempotency_key: "3f1c0b7e",
///     municipality: "enschede",
///     locale: "en",
///     submitted_at: "2026-11-22T10:00:00Z",
/// };
/// let payload = build(&spec, &loket::Answers::new(), &envelope);
/// assert_eq!((payload.municipality.as_str(), payload.locale.as_str()), ("enschede", "en"));
/// ```
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
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::{normalised, Value};
/// use loket::{Answer, DateParts, QuestionKind};
///
/// let date = Answer::Date(DateParts { day: "3".into(), month: "11".into(), year: "2026".into() });
/// let kind = QuestionKind::Date { rule: Default::default() };
/// assert_eq!(normalised(&kind, &date), Some(Value::Text("2026-11-03".into())));
///
/// let number = QuestionKind::Number { min: None, max: None };
/// assert_eq!(normalised(&number, &Answer::Text("1.500".into())), Some(Value::Text("1500".into())));
/// assert_eq!(normalised(&QuestionKind::Time, &Answer::Text("9.30".into())), Some(Value::Text("09:30".into())));
/// assert_eq!(normalised(&QuestionKind::LongText, &Answer::Text(" ".into())), None);
/// ```
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
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::{build, Envelope};
/// use loket::Answers;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// answers.set_text("contactwijze", "email");
/// answers.set_text("naam", "  Anna de Vries ");
/// let envelope = Envelope {
///     reference: "KLA-2345-6789",
///     idempotency_key: "k1",
///     municipality: "enschede",
///     locale: "nl",
///     submitted_at: "2026-11-22T10:00:00Z",
/// };
/// let payload = build(&spec, &answers, &envelope);
/// assert_eq!(payload.form, "klacht");
/// assert_eq!(payload.answers.len(), 3);
/// assert_eq!(payload.answers["naam"], loket::core::exchange::payload::Value::Text("Anna de Vries".into()));
/// ```
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
        assisted: false,
        assisted_by: None,
        prefilled: None,
    }
}

impl Submission {
    /// The payload as JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::payload::{build, Envelope};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let envelope = Envelope {
    ///     reference: "KLA-2345-6789",
    ///     idempotency_key: "k1",
    ///     municipality: "enschede",
    ///     locale: "nl",
    ///     submitted_at: "2026-11-22T10:00:00Z",
    /// };
    /// let json = build(&spec, &loket::Answers::new(), &envelope).to_json();
    /// assert!(json.starts_with(r#"{"schema":"loket.submission","schema_version":1,"#));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
