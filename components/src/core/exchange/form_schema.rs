//! The JSON Schema of one form's submissions: the `loket.submission` payload with this form's
//! id and version, its outcomes, and an `answers` object with a property for each question of
//! its kind (an option id of its options, a date, a time, digits, text of its length, the
//! ticked options, list entries, files). Published per form in `schemas/forms/`, for systems
//! that take submissions (the Objects API's object type, a webhook's receiver). Conditions
//! (which questions show, which become required) cannot be said in a schema: only answers that
//! are always asked and always required are `required`.

use serde_json::{Map, Value, json};

use crate::core::exchange::payload::{SCHEMA, SCHEMA_VERSION};
use crate::core::model::spec::{FormSpec, Question, QuestionKind, TextFormat};

/// The schema of one answer.
fn answer(question: &Question) -> Value {
    let text = || json!({ "type": "string", "maxLength": question.max_chars() });
    match &question.kind {
        QuestionKind::Text {
            format: TextFormat::Email,
        } => json!({ "type": "string", "format": "email", "maxLength": question.max_chars() }),
        QuestionKind::Text { .. } | QuestionKind::LongText => text(),
        QuestionKind::Choice { options } => json!({ "enum": options }),
        QuestionKind::Checkboxes { options } => {
            json!({ "type": "array", "items": { "enum": options }, "uniqueItems": true })
        }
        QuestionKind::Date { .. } => json!({ "type": "string", "format": "date" }),
        QuestionKind::Number { .. } => json!({ "type": "string", "pattern": "^-?[0-9]+$" }),
        QuestionKind::Time => {
            json!({ "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" })
        }
        QuestionKind::List { max_items } => json!({
            "type": "array",
            "items": { "type": "string", "maxLength": question.max_chars() },
            "maxItems": max_items,
        }),
        QuestionKind::Files {
            accept, max_files, ..
        } => json!({
            "type": "array",
            "maxItems": max_files,
            "items": {
                "type": "object",
                "required": ["name", "media_type", "size", "content_base64"],
                "properties": {
                    "name": { "type": "string" },
                    "media_type": { "enum": accept },
                    "size": { "type": "integer", "minimum": 1 },
                    "content_base64": { "type": "string", "contentEncoding": "base64" },
                },
            },
        }),
    }
}

/// The schema of this form's submissions.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::form_schema::submission_schema;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let schema = submission_schema(&spec);
/// assert_eq!(schema["properties"]["form"]["const"], "klacht");
/// assert_eq!(
///     schema["properties"]["answers"]["properties"]["contactwijze"]["enum"],
///     serde_json::json!(["telefoon", "balie", "email"])
/// );
/// ```
pub fn submission_schema(spec: &FormSpec) -> Value {
    let mut answers = Map::new();
    let mut required = Vec::new();
    for step in &spec.steps {
        for question in &step.questions {
            answers.insert(question.id.clone(), answer(question));
            let always =
                question.required && question.visible_when.is_none() && step.visible_when.is_none();
            if always {
                required.push(question.id.clone());
            }
        }
    }
    let outcomes: Vec<Value> = spec
        .outcomes
        .iter()
        .map(|o| Value::from(o.id.clone()))
        .chain([Value::Null])
        .collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": format!("{} (loket.submission)", spec.id),
        "description": format!(
            "A submission of the form `{}`, version {}, as the Loket kit sends it and the intake service keeps and delivers it.",
            spec.id, spec.version
        ),
        "type": "object",
        "required": [
            "schema", "schema_version", "reference", "idempotency_key", "form", "form_version",
            "municipality", "locale", "submitted_at", "answers"
        ],
        "properties": {
            "schema": { "const": SCHEMA },
            "schema_version": { "const": SCHEMA_VERSION },
            "reference": { "type": "string", "pattern": "^[A-Z]{1,3}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$" },
            "idempotency_key": { "type": "string", "minLength": 1, "maxLength": 128 },
            "form": { "const": spec.id },
            "form_version": { "const": spec.version },
            "outcome": { "enum": outcomes },
            "municipality": { "type": "string" },
            "locale": { "type": "string" },
            "submitted_at": { "type": "string" },
            "about": { "type": "string" },
            "assisted": { "type": "boolean" },
            "assisted_by": { "type": "string" },
            "prefilled": {
                "type": "object",
                "required": ["source", "questions"],
                "properties": {
                    "source": { "enum": ["digid", "eherkenning"] },
                    "questions": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } },
                },
                "additionalProperties": false,
            },
            "answers": {
                "type": "object",
                "additionalProperties": false,
                "required": required,
                "properties": answers,
            },
        },
        "additionalProperties": false,
    })
}
