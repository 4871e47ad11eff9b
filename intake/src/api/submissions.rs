//! `POST /api/submissions/<form>`: a form arrives, is checked with the kit's own rules and is
//! kept once; the answer says the reference kept and when it was received.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use loket::core::exchange::payload::Submission;
use loket::core::exchange::received::{Expected, check};
use loket::{FormSpec, QuestionKind};
use serde::Serialize;

use super::body;
use super::error::{ApiError, bad_address, json, unavailable, unknown_form};
use crate::store::{Kind, NewSubmission};
use crate::{App, clock, retention};

/// A body without files, at most: generous for every text question at its longest.
const BASE_LIMIT: u64 = 256 * 1024;

/// The largest body a form can need: the base plus, for each file question, its most files
/// at their largest, as base64 (4 bytes for every 3), with room for the names. A larger body
/// cannot be a form a resident filled in, and is refused with 413 as soon as that is clear.
pub fn body_limit(spec: &FormSpec, cap: usize) -> usize {
    let files: u64 = spec
        .questions()
        .map(|q| match &q.kind {
            QuestionKind::Files {
                max_bytes,
                max_files,
                ..
            } => (*max_files as u64).saturating_mul(max_bytes.div_ceil(3) * 4 + 1024),
            _ => 0,
        })
        .sum();
    usize::try_from(BASE_LIMIT.saturating_add(files))
        .unwrap_or(usize::MAX)
        .min(cap)
}

/// What the resident's browser is told when the form is kept.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Receipt {
    /// Always true.
    pub received: bool,
    /// Whether this was a repeat of a form already kept (a retry); nothing new was kept.
    pub duplicate: bool,
    /// The reference kept: the browser's, or a new one when that one was taken.
    pub reference: String,
    /// When the form was received, the first time (ISO 8601, UTC).
    pub received_at: String,
}

/// The handler.
pub async fn submit(
    State(app): State<Arc<App>>,
    form: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let Path(form) = form.map_err(|_| bad_address())?;
    let spec = app
        .forms
        .offered(&form)
        .cloned()
        .ok_or_else(|| unknown_form(&form))?;
    let limit = body_limit(&spec, app.settings.max_body_bytes);
    let bytes = body::read(&headers, body, limit, app.settings.body_time()).await?;
    let submission: Submission = body::parse(&bytes)?;
    keep(&app, &spec, submission, &headers, Kind::Submission, None).await
}

/// Checks a submission for `spec` and keeps it: `201` when new, `200` for a repeat, `409` for
/// another version of the form, `422` with the problems when refused.
pub async fn keep(
    app: &App,
    spec: &FormSpec,
    submission: Submission,
    headers: &HeaderMap,
    kind: Kind,
    about: Option<&str>,
) -> Result<Response, ApiError> {
    if let Some(key) = headers.get("idempotency-key")
        && key.as_bytes() != submission.idempotency_key.as_bytes()
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "idempotency-key-mismatch",
            "The Idempotency-Key header and the body's idempotency_key differ; send the same in both.",
        ));
    }
    if submission.form == spec.id && submission.form_version != spec.version {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "form-version",
            "The form has changed since this page was loaded. Keep the answers and load the form again.",
        )
        .with("form_version", spec.version));
    }
    // Sent at the desk on a resident's behalf: only with a live desk session, whose account
    // the kept payload names.
    let helper = if submission.assisted {
        let Some(user) = crate::desk::signed_in(app, headers).await else {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "not-signed-in",
                "A form sent on a resident's behalf needs a desk session; sign in at /balie/inloggen.",
            ));
        };
        Some(user)
    } else {
        None
    };
    let now = clock::now_ms();
    let expected = Expected {
        municipality: &app.forms.profile.id,
        today: clock::date_of(now),
        about,
    };
    let checked = check(spec, &submission, &expected).map_err(|refusals| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "Some answers do not pass the form's rules; each problem names its field and the message key the form shows.",
        )
        .with(
            "problems",
            app.forms.problems(spec, &refusals, &submission.locale),
        )
    })?;
    let mut checked = checked;
    checked.assisted_by = helper.clone();
    let targets = app.delivery.targets(spec, &checked);
    let stored = app
        .writer
        .submission(NewSubmission {
            submission: checked,
            kind,
            received_at: now,
            keep_until: retention::keep_until(app, &spec.id, now),
            targets,
        })
        .await
        .map_err(|e| unavailable(e.0))?;
    if !stored.duplicate {
        app.delivery.wake();
        if let Some(user) = &helper {
            let audited = app
                .store
                .audit(user, "send-assisted", &stored.reference, now)
                .await;
            if let Err(e) = audited {
                tracing::error!(error = %e, "the audit log could not be written");
            }
        }
    }
    let status = if stored.duplicate {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok(json(
        status,
        &Receipt {
            received: true,
            duplicate: stored.duplicate,
            reference: stored.reference,
            received_at: clock::iso(stored.received_at),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(id: &str) -> FormSpec {
        let path = format!("{}/../forms/{id}.json", env!("CARGO_MANIFEST_DIR"));
        FormSpec::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn each_form_takes_what_its_files_can_be_and_no_more() {
        let cap = 32 * 1024 * 1024;
        assert_eq!(body_limit(&form("klacht"), cap), 256 * 1024);
        // Three files of at most 5 MB, as base64, with room for their names.
        let event = body_limit(&form("vergunning-evenement"), cap);
        assert_eq!(
            event,
            256 * 1024 + 3 * (5_000_000_usize.div_ceil(3) * 4 + 1024)
        );
        assert!((20_000_000..21_000_000).contains(&event), "{event}");
        assert_eq!(
            body_limit(&form("vergunning-evenement"), 1_000_000),
            1_000_000
        );
    }
}
