//! Every answer of the endpoints is JSON, refusals included: `{"error": "<code>", "message":
//! "<what to do, for a developer>", …}` with a status that says what happened. Bad input is a
//! 4xx; only a database that does not answer is a 503 (the form tries again by itself).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Map, Value};

/// The body of every refusal and failure, as the OpenAPI document describes it
/// (`schemas/error.schema.json`); [`ApiError`] writes it.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ErrorBody {
    /// A short code for the kind of problem (`invalid`, `too-large`, `unknown-form`, …).
    pub error: String,
    /// What to do about it, in English, for the developer of a client.
    pub message: String,
    /// For `invalid`: each problem, with the field, the question, the rule and the message key
    /// the form shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<Vec<loket::core::exchange::received::Problem>>,
    /// For `wrong-shape`: where in the body the first field that does not fit is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For `unknown-form`: the id asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// For `form-version`: the version the service takes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form_version: Option<u32>,
    /// For `too-large`: the most this form takes, in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_bytes: Option<u64>,
    /// For `too-many-tries` and `unavailable`: seconds to wait (also in `Retry-After`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
}

/// A refusal or failure, answered as JSON.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: Map<String, Value>,
    retry_after: Option<u64>,
}

impl ApiError {
    /// A refusal with its status, a short code and a message that says what to do.
    pub fn new(status: StatusCode, error: &str, message: impl Into<String>) -> Self {
        let mut body = Map::new();
        body.insert("error".into(), Value::from(error));
        body.insert("message".into(), Value::from(message.into()));
        Self {
            status,
            body,
            retry_after: None,
        }
    }

    /// Adds a field to the body.
    pub fn with(mut self, key: &str, value: impl Serialize) -> Self {
        self.body.insert(
            key.into(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
        self
    }

    /// Adds `Retry-After` (seconds).
    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self.with("retry_after_seconds", seconds)
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = json(self.status, &Value::Object(self.body));
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// A JSON answer.
pub fn json(status: StatusCode, value: &impl Serialize) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// The database did not answer: the form keeps the answers and tries again.
pub fn unavailable(detail: impl std::fmt::Display) -> ApiError {
    tracing::error!(error = %detail, "the store did not answer");
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "The service cannot keep anything right now. Try again in a minute.",
    )
    .retry_after(30)
}

/// No form with this id here.
pub fn unknown_form(form: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "unknown-form",
        "This service takes no form with this id. The forms it takes are listed in /api/schemas/openapi.json.",
    )
    .with("form", form.chars().take(100).collect::<String>())
}

/// An address that does not decode.
pub fn bad_address() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "bad-path",
        "The address has characters that do not decode; use the address as the form gives it.",
    )
}
