//! The endpoints, and the site behind them. Every route is listed once, in [`ROUTES`], which
//! the router is built from and the OpenAPI test reads (`schemas/openapi.json` documents each).

pub mod anonymous;
pub mod body;
pub mod error;
pub mod handoffs;
pub mod help;
pub mod submissions;

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodRouter, get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};

use self::error::{ApiError, json};
use crate::App;
use crate::site::checked_path;

/// The JSON contracts in `schemas/`, served under `/api/schemas/`: the OpenAPI document and
/// the JSON Schemas it refers to (made from the Rust types; `tests/contracts.rs` keeps them so).
pub const SCHEMAS: &[(&str, &str)] = &[
    (
        "openapi.json",
        include_str!("../../../schemas/openapi.json"),
    ),
    (
        "submission.schema.json",
        include_str!("../../../schemas/submission.schema.json"),
    ),
    (
        "receipt.schema.json",
        include_str!("../../../schemas/receipt.schema.json"),
    ),
    (
        "error.schema.json",
        include_str!("../../../schemas/error.schema.json"),
    ),
    (
        "handoff-request.schema.json",
        include_str!("../../../schemas/handoff-request.schema.json"),
    ),
    (
        "handoff-reply.schema.json",
        include_str!("../../../schemas/handoff-reply.schema.json"),
    ),
    (
        "handoff-package.schema.json",
        include_str!("../../../schemas/handoff-package.schema.json"),
    ),
    (
        "feedback.schema.json",
        include_str!("../../../schemas/feedback.schema.json"),
    ),
    (
        "signal.schema.json",
        include_str!("../../../schemas/signal.schema.json"),
    ),
    (
        "accepted.schema.json",
        include_str!("../../../schemas/accepted.schema.json"),
    ),
];

/// Every route: method and path as the OpenAPI document writes them.
pub const ROUTES: &[(&str, &str)] = &[
    ("post", "/api/submissions/{form}"),
    ("post", "/api/help/{form}"),
    ("get", "/api/handoffs/{code}"),
    ("post", "/api/feedback"),
    ("post", "/api/signals"),
    ("get", "/api/health"),
    ("get", "/api/schemas/{name}"),
    ("get", "/api/schemas/forms/{name}"),
    ("get", "/balie/api/terugbellen"),
];

fn handler(method: &str, path: &str) -> MethodRouter<Arc<App>> {
    match (method, path) {
        ("post", "/api/submissions/{form}") => post(submissions::submit),
        ("post", "/api/help/{form}") => post(help::help),
        ("get", "/api/handoffs/{code}") => get(handoffs::lookup),
        ("post", "/api/feedback") => post(anonymous::feedback),
        ("post", "/api/signals") => post(anonymous::signals),
        ("get", "/api/health") => get(health),
        ("get", "/api/schemas/{name}") => get(schema),
        ("get", "/api/schemas/forms/{name}") => get(form_schema),
        ("get", "/balie/api/terugbellen") => get(crate::desk::pages::callbacks_json),
        _ => MethodRouter::new(),
    }
}

/// The router: the endpoints, the test hook when switched on, and the site for every other
/// address.
pub fn router(app: Arc<App>) -> Router {
    let mut router = Router::new();
    for (method, path) in ROUTES {
        router = router.route(path, handler(method, path));
    }
    router = router.route(
        "/api/openapi.json",
        get(|| async { Redirect::permanent("/api/schemas/openapi.json") }),
    );
    router = router.merge(crate::desk::router());
    if app.settings.test_hooks {
        router = router.route("/__loket/submissions", get(hook));
    }
    let mut router = router
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(site)
        .with_state(app.clone())
        .layer(axum::middleware::map_response(common_headers))
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Something went wrong on our side.",
            )
            .into_response()
        }));
    let origins: Vec<HeaderValue> = app
        .settings
        .allow_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if !origins.is_empty() {
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([
                    header::CONTENT_TYPE,
                    header::HeaderName::from_static("idempotency-key"),
                ])
                .max_age(std::time::Duration::from_secs(3600)),
        );
    }
    router
}

/// Headers on every answer: no sniffing, no referrer; JSON answers are never cached and may
/// not be framed or run anything.
async fn common_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if is_json && !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    response
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "This address does not take this method; see /api/schemas/openapi.json.",
    )
}

fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not-found", "Nothing is here.")
}

/// The `lang` query parameter, if given.
fn lang_of(uri: &Uri) -> Option<String> {
    uri.query()?.split('&').find_map(|pair| {
        let value = pair.strip_prefix("lang=")?;
        percent_encoding::percent_decode_str(value)
            .decode_utf8()
            .ok()
            .map(|v| v.into_owned())
    })
}

/// Every address that is not an endpoint: a file of the site or a page.
async fn site(
    State(app): State<Arc<App>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if method != Method::GET && method != Method::HEAD {
        return Err(method_not_allowed().await);
    }
    let path = checked_path(uri.path()).map_err(|_| error::bad_address())?;
    if path.starts_with("/api/") || path.starts_with("/__loket/") {
        return Err(not_found());
    }
    app.site
        .respond(
            &path,
            lang_of(&uri).as_deref(),
            &headers,
            app.settings.https,
        )
        .ok_or_else(not_found)
}

/// `GET /api/health`: whether the service can reach its database.
async fn health(State(app): State<Arc<App>>) -> Result<Response, ApiError> {
    if app.store.ping().await {
        Ok(json(StatusCode::OK, &serde_json::json!({ "ok": true })))
    } else {
        Err(error::unavailable("the health check found no database"))
    }
}

/// `GET /api/schemas/<name>`: the OpenAPI document and the JSON Schemas.
async fn schema(
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Response, ApiError> {
    let (_, text) = SCHEMAS
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(not_found)?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        *text,
    )
        .into_response())
}

/// `GET /api/schemas/forms/<form>.schema.json`: the JSON Schema of one form's submissions.
async fn form_schema(
    State(app): State<Arc<App>>,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Response, ApiError> {
    let spec = name
        .strip_suffix(".schema.json")
        .and_then(|id| app.forms.any(id))
        .ok_or_else(not_found)?;
    Ok(json(
        StatusCode::OK,
        &loket::core::exchange::form_schema::submission_schema(spec),
    ))
}

/// `GET /__loket/submissions` (only with `--test-hooks`): every submission kept.
async fn hook(State(app): State<Arc<App>>) -> Result<Response, ApiError> {
    let listed = app.store.list().await.map_err(error::unavailable)?;
    Ok(json(StatusCode::OK, &listed))
}
