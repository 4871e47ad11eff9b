//! `POST /api/feedback` ("Hoe ging het?") and `POST /api/signals` (anonymous journey signals):
//! no personal data, checked for their shape, kept for `--anonymous-days`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use loket::core::exchange::feedback::Feedback;
use loket::core::exchange::signals::Received;

use super::body;
use super::error::{ApiError, json, unavailable};
use crate::store::Anonymous;
use crate::{App, clock};

/// The answer to feedback or a signal that was kept.
#[derive(Debug, serde::Serialize, schemars::JsonSchema)]
pub struct Accepted {
    /// Always true.
    pub received: bool,
}

/// The largest feedback or signal.
const LIMIT: usize = 16 * 1024;

fn refused(what: &str) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        format!(
            "The {what} does not have the shape the kit sends (see /api/schemas/openapi.json)."
        ),
    )
}

/// `POST /api/feedback`.
pub async fn feedback(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = body::read(&headers, body, LIMIT, app.settings.body_time()).await?;
    let feedback: Feedback = body::parse(&bytes)?;
    if !feedback.fits() || feedback.municipality != app.forms.profile.id {
        return Err(refused("feedback"));
    }
    let item = Anonymous::Feedback {
        form: feedback.form,
        locale: feedback.locale,
        score: feedback.score,
        comment: feedback.comment,
    };
    app.writer
        .anonymous(item, clock::now_ms())
        .await
        .map_err(|e| unavailable(e.0))?;
    Ok(json(StatusCode::CREATED, &Accepted { received: true }))
}

/// `POST /api/signals`.
pub async fn signals(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = body::read(&headers, body, LIMIT, app.settings.body_time()).await?;
    let signal: Received = body::parse(&bytes)?;
    if !signal.fits() || signal.municipality != app.forms.profile.id {
        return Err(refused("signal"));
    }
    let body = serde_json::to_string(&signal).unwrap_or_default();
    let event = serde_json::to_value(&signal.event)
        .ok()
        .and_then(|v| v.get("event").and_then(|e| e.as_str()).map(str::to_string))
        .unwrap_or_default();
    let item = Anonymous::Signal {
        form: signal.form,
        event,
        body,
    };
    app.writer
        .anonymous(item, clock::now_ms())
        .await
        .map_err(|e| unavailable(e.0))?;
    Ok(json(StatusCode::ACCEPTED, &Accepted { received: true }))
}
