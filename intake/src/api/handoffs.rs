//! `GET /api/handoffs/<code>`: the answers behind a short code, for "Verder met een formulier"
//! (and later the desk). A mistyped code (its check character is wrong) is told at once;
//! unknown codes count against the client, which waits once it has tried too many.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::rejection::PathRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use loket::core::exchange::short_code::{ShortCode, ShortCodeError};

use super::error::{ApiError, bad_address, unavailable};
use crate::{App, clock, seal};

/// The client's address: the connection's, or behind a trusted proxy the last
/// `X-Forwarded-For` entry (the one the proxy added).
pub fn client_ip(peer: SocketAddr, headers: &HeaderMap, trust_forwarded_for: bool) -> IpAddr {
    let forwarded = trust_forwarded_for
        .then(|| headers.get("x-forwarded-for"))
        .flatten()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse().ok());
    forwarded.unwrap_or(peer.ip())
}

/// The handler.
pub async fn lookup(
    State(app): State<Arc<App>>,
    code: Result<Path<String>, PathRejection>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let Path(typed) = code.map_err(|_| bad_address())?;
    let client = client_ip(peer, &headers, app.settings.trust_forwarded_for);
    if let Some(wait) = app.limiter.wait(client) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-tries",
            "Too many unknown codes from this address; wait, then try again.",
        )
        .retry_after(wait.as_secs().max(1)));
    }
    let code = ShortCode::parse(&typed).map_err(|e| {
        let (error, message) = match e {
            ShortCodeError::Mistyped => (
                "mistyped",
                "A character of the code is wrong or two are swapped (the check character does not fit).",
            ),
            ShortCodeError::Empty | ShortCodeError::Length => {
                ("length", "A short code has 9 characters.")
            }
        };
        ApiError::new(StatusCode::BAD_REQUEST, error, message)
    })?;
    let found = app
        .store
        .handoff(&seal::digest(code.as_str()), clock::now_ms())
        .await
        .map_err(unavailable)?;
    let Some(found) = found else {
        app.limiter.failed(client);
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown-code",
            "No answers are kept under this code: it was never made, or it has expired.",
        ));
    };
    let package = app
        .keys
        .open(&found.package_sealed, found.key_hash.as_bytes())
        .ok_or_else(|| unavailable("a kept hand-off does not open with the keys given"))?;
    Ok((
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        package,
    )
        .into_response())
}
