//! `POST /api/help/<form>`: a resident who needs help. Two kinds of body, told apart by their
//! `schema`: a call-back request (`loket.submission` of the profile's call-back form, `about`
//! naming the form it is about; the kit sends it to `/api/help/<call-back form>`), kept like a
//! submission; or the chosen answers for a short hand-off code (`loket.handoff`), kept sealed
//! until the profile's days have passed.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use loket::core::exchange::payload::{SCHEMA as SUBMISSION, Submission};
use loket::core::exchange::received::{Problem, is_language_tag};
use loket::core::exchange::short_code::{HandOffReply, HandOffRequest, REQUEST_SCHEMA, ShortCode};
use loket::{Answer, FormSpec};

use super::body;
use super::error::{ApiError, bad_address, json, unavailable, unknown_form};
use super::submissions::keep;
use crate::store::{Kind, NewHandoff};
use crate::{App, clock, retention, seal};

/// The largest help request: answers without files.
const LIMIT: usize = 512 * 1024;

/// New codes tried before giving up when each is taken (each has 2^40 possibilities).
const CODE_TRIES: usize = 8;

/// The handler.
pub async fn help(
    State(app): State<Arc<App>>,
    form: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let Path(form) = form.map_err(|_| bad_address())?;
    let callback = app.forms.callback().cloned();
    let is_callback = callback.as_ref().is_some_and(|c| c.id == form);
    let spec = app.forms.offered(&form).cloned();
    if spec.is_none() && !is_callback {
        return Err(unknown_form(&form));
    }
    let bytes = body::read(&headers, body, LIMIT, app.settings.body_time()).await?;
    let value: serde_json::Value = body::parse(&bytes)?;
    let schema = value.get("schema").and_then(serde_json::Value::as_str);
    match (schema, spec) {
        (Some(REQUEST_SCHEMA), Some(spec)) => handoff(&app, &spec, body::from_value(value)?).await,
        (Some(REQUEST_SCHEMA), None) => Err(unknown_form(&form)),
        (Some(SUBMISSION), _) => {
            let callback = callback.ok_or_else(|| {
                ApiError::new(
                    StatusCode::NOT_FOUND,
                    "no-callback",
                    "This municipality takes no call-back requests here.",
                )
            })?;
            let submission: Submission = body::from_value(value)?;
            // The kit sends a call-back to `<help>/<call-back form>`; a form's own help
            // address takes it too. Either way it is about a form residents may send here,
            // and at a form's own address, about that form.
            let about = submission
                .about
                .clone()
                .filter(|a| app.forms.offered(a).is_some())
                .filter(|a| is_callback || *a == form);
            keep(
                &app,
                &callback,
                submission,
                &headers,
                Kind::Callback,
                Some(about.as_deref().unwrap_or("")),
            )
            .await
        }
        _ => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "unknown-schema",
            "A help request is a call-back (schema loket.submission) or answers for a short code (schema loket.handoff).",
        )),
    }
}

fn refused(problems: Vec<Problem>) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        "The answers do not fit the form; each problem names its field.",
    )
    .with("problems", problems)
}

fn problem(field: String, question: Option<String>) -> Problem {
    Problem {
        field,
        question,
        rule: None,
        key: "loket-handoff-short-failed".to_string(),
    }
}

/// What is wrong with a request for a short code: its key, form, language, and answers to
/// questions the form does not have or of another shape. Files never go with a short code.
fn problems_of(spec: &FormSpec, request: &HandOffRequest) -> Vec<Problem> {
    let mut problems = Vec::new();
    let key = &request.key;
    let key_fits = (16..=128).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !key_fits {
        problems.push(problem("key".into(), None));
    }
    if request.schema_version != 1 {
        problems.push(problem("schema_version".into(), None));
    }
    if request.package.form != spec.id {
        problems.push(problem("package.f".into(), None));
    }
    let page_fits = request.page.as_deref().is_none_or(|p| {
        p.len() <= 100
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || ":-_".contains(c))
    });
    if !page_fits {
        problems.push(problem("page".into(), None));
    }
    if !is_language_tag(&request.package.locale) {
        problems.push(problem("package.l".into(), None));
    }
    for (id, answer) in request.package.answers.iter() {
        let fits = spec
            .question(id)
            .is_some_and(|q| answer.fits(&q.kind) && !matches!(answer, Answer::Files(_)));
        if !fits {
            problems.push(problem(format!("package.a.{id}"), Some(id.clone())));
        }
    }
    problems
}

async fn handoff(
    app: &App,
    spec: &FormSpec,
    request: HandOffRequest,
) -> Result<Response, ApiError> {
    if request.package.form == spec.id && request.package.version != spec.version {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "form-version",
            "The form has changed since this page was loaded.",
        )
        .with("form_version", spec.version));
    }
    let problems = problems_of(spec, &request);
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    let key_hash = seal::digest(&request.key);
    let package = serde_json::to_vec(&request.package).unwrap_or_default();
    let package_sealed = app.keys.seal(&package, key_hash.as_bytes());
    let now = clock::now_ms();
    let (expires_at, days) = retention::handoff_until(app, &spec.id, now);
    for _ in 0..CODE_TRIES {
        let code = ShortCode::from_random(seal::random());
        let item = NewHandoff {
            code_hash: seal::digest(code.as_str()),
            key_hash: key_hash.clone(),
            form: spec.id.clone(),
            form_version: spec.version,
            code_sealed: app.keys.seal(code.as_str().as_bytes(), key_hash.as_bytes()),
            package_sealed: package_sealed.clone(),
            now,
            expires_at,
            page: request.page.clone().unwrap_or_default(),
            stuck: request
                .stuck
                .and_then(|s| serde_json::to_value(s).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
        };
        let Some(stored) = app
            .writer
            .handoff(item)
            .await
            .map_err(|e| unavailable(e.0))?
        else {
            continue;
        };
        let code = app
            .keys
            .open(&stored.code_sealed, key_hash.as_bytes())
            .and_then(|c| String::from_utf8(c).ok())
            .ok_or_else(|| unavailable("a kept code does not open with the keys given"))?;
        let status = if stored.replaced {
            StatusCode::OK
        } else {
            StatusCode::CREATED
        };
        return Ok(json(
            status,
            &HandOffReply {
                code,
                expires_at: clock::iso(stored.expires_at),
                days,
            },
        ));
    }
    Err(ApiError::new(
        StatusCode::CONFLICT,
        "key-in-use",
        "This key belongs to a hand-off of another form; make a new key.",
    ))
}
