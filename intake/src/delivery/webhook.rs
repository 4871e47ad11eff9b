//! The webhook: a JSON POST of each submission to the municipality's own system, signed so the
//! receiver knows it came from this service and was not changed.
//!
//! Headers: `Loket-Timestamp` (seconds since 1970), `Loket-Signature: v1=<hex>` where `<hex>`
//! is HMAC-SHA256 with the shared secret over `<timestamp>.<body>` (the bytes as sent), and
//! `Idempotency-Key` (the submission's reference: the same on every try). A receiver
//! recomputes the signature with the secret, compares it in constant time, refuses a
//! timestamp more than five minutes off, and keeps one submission per idempotency key.
//! Body: `{"event": "submission", "reference", "form", "received_at", "submission"}`.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::Outcome;
use crate::clock;
use crate::store::Kept;

/// The receiver and the secret.
pub struct Webhook {
    url: String,
    secret: String,
    http: reqwest::Client,
}

/// The signature of a body at a timestamp, as the `Loket-Signature` header carries it.
///
/// ```
/// use loket_intake::delivery::webhook::signature;
///
/// let signed = signature("geheim", 1_796_475_731, br#"{"event":"submission"}"#);
/// assert!(signed.starts_with("v1=") && signed.len() == 3 + 64);
/// assert_ne!(signed, signature("geheim", 1_796_475_732, br#"{"event":"submission"}"#));
/// ```
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let bytes = mac.finalize().into_bytes();
    format!(
        "v1={}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

impl Webhook {
    /// The receiver at `url`, signing with `secret`.
    pub fn new(url: &str, secret: &str, http: reqwest::Client) -> Self {
        Self {
            url: url.to_string(),
            secret: secret.to_string(),
            http,
        }
    }

    /// Posts the submission.
    pub async fn deliver(&self, kept: &Kept) -> Outcome {
        let body = serde_json::json!({
            "event": "submission",
            "reference": kept.submission.reference,
            "form": kept.submission.form,
            "received_at": clock::iso(kept.received_at),
            "submission": kept.submission,
        })
        .to_string();
        let timestamp = clock::now_ms() / 1000;
        let sent = self
            .http
            .post(&self.url)
            .header("Content-Type", "application/json")
            .header("Loket-Timestamp", timestamp.to_string())
            .header(
                "Loket-Signature",
                signature(&self.secret, timestamp, body.as_bytes()),
            )
            .header("Idempotency-Key", &kept.submission.reference)
            .body(body)
            .send()
            .await;
        match sent {
            Ok(r) if r.status().is_success() => Outcome::Delivered,
            Ok(r) if r.status().is_server_error() || matches!(r.status().as_u16(), 408 | 429) => {
                Outcome::Retry(format!("the webhook answered {}", r.status()))
            }
            Ok(r) => Outcome::Refused(format!("the webhook answered {}", r.status())),
            // The receiver keeps one per idempotency key: posting again is safe.
            Err(e) => Outcome::Retry(e.to_string()),
        }
    }
}
