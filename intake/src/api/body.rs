//! Reading a request body: JSON only, within a size (a larger body gets 413 as soon as that is
//! clear, before it is read whole) and within a time (a client that sends slower gets 408),
//! then decoded with the path of the first field that does not fit.

use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use http_body_util::BodyExt as _;
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use super::error::ApiError;

/// The most a refused body is read and thrown away after the answer, so the browser reads
/// the answer instead of a reset connection.
const DRAIN_BYTES: usize = 64 * 1024 * 1024;

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large",
        format!("The body is larger than {limit} bytes, the most this form takes with its files."),
    )
    .with("limit_bytes", limit)
}

fn too_slow(time: Duration) -> ApiError {
    ApiError::new(
        StatusCode::REQUEST_TIMEOUT,
        "too-slow",
        format!("The body did not arrive within {} seconds.", time.as_secs()),
    )
}

/// Reads the rest of a refused body in the background, within the same time limit.
fn drain(mut body: Body, time: Duration) {
    tokio::spawn(async move {
        let _ = tokio::time::timeout(time, async move {
            let mut seen = 0usize;
            while let Some(Ok(frame)) = body.frame().await {
                seen += frame.data_ref().map_or(0, |d| d.len());
                if seen > DRAIN_BYTES {
                    break;
                }
            }
        })
        .await;
    });
}

/// The body of a JSON request, at most `limit` bytes, arrived within `time`.
pub async fn read(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    time: Duration,
) -> Result<Vec<u8>, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let media_type = content_type.split(';').next().unwrap_or_default().trim();
    if !media_type.eq_ignore_ascii_case("application/json") {
        drain(body, time);
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Send JSON, with Content-Type: application/json.",
        ));
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        drain(body, time);
        return Err(too_large(limit));
    }
    let deadline = Instant::now() + time;
    let mut body = body;
    let mut bytes = Vec::with_capacity(declared.map_or(0, |n| n as usize));
    loop {
        let frame = match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => return Err(too_slow(time)),
            Ok(None) => break,
            Ok(Some(Err(_))) => {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "unreadable-body",
                    "The body broke off before it was complete.",
                ));
            }
            Ok(Some(Ok(frame))) => frame,
        };
        if let Some(data) = frame.data_ref() {
            if bytes.len() + data.len() > limit {
                drain(body, time);
                return Err(too_large(limit));
            }
            bytes.extend_from_slice(data);
        }
    }
    Ok(bytes)
}

fn decoding(e: serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let path = e.path().to_string();
    let inner = e.into_inner();
    if inner.is_data() {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "wrong-shape",
            format!("`{path}` does not fit: {inner}. See /api/schemas/openapi.json."),
        )
        .with("field", path)
    } else {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "malformed",
            format!("The body is not JSON: {inner}."),
        )
    }
}

/// Decodes a JSON body into `T`, naming the first field that does not fit.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(decoding)?;
    reader.end().map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "malformed",
            format!("The body has more after its JSON value: {e}."),
        )
    })?;
    Ok(value)
}

/// Decodes an already parsed JSON value into `T`, naming the first field that does not fit.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "wrong-shape",
            format!(
                "`{path}` does not fit: {}. See /api/schemas/openapi.json.",
                e.into_inner()
            ),
        )
        .with("field", path)
    })
}
