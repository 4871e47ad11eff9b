//! A record in the Objects API (Common Ground, ZGW): `POST <objects>/api/v2/objects` with the
//! object type's URL and a record of its version, the submission as `data` (valid against the
//! form's published schema, `schemas/forms/<form>.schema.json`) and the day received as
//! `startAt`; `Authorization: Token …` and `Content-Crs: EPSG:4326` as the API asks. After a
//! try whose outcome is unknown (a time-out, a dropped connection), the next one first asks the
//! API for an object of that type with this reference, and posts only when there is none.

use loket::core::exchange::payload::Submission;
use serde::{Deserialize, Serialize};

use super::{ObjectType, Outcome};
use crate::clock;
use crate::store::Kept;

/// The Objects API.
pub struct ObjectsApi {
    base: String,
    token: String,
    http: reqwest::Client,
}

/// The body of `POST /api/v2/objects`.
#[derive(Debug, Serialize, Deserialize)]
pub struct NewObject {
    /// The object type's URL.
    #[serde(rename = "type")]
    pub object_type: String,
    /// The record.
    pub record: Record,
}

/// One record of an object.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    /// The object type's version.
    pub type_version: u32,
    /// The submission.
    pub data: Submission,
    /// The day it was received (`YYYY-MM-DD`).
    pub start_at: String,
}

fn failure(status: reqwest::StatusCode, what: &str) -> Outcome {
    let message = format!("{what}: {status}");
    if status.is_server_error() || status.as_u16() == 408 || status.as_u16() == 429 {
        Outcome::Retry(message)
    } else {
        Outcome::Refused(message)
    }
}

impl ObjectsApi {
    /// The API at `base` (without `/api/v2`), with its token.
    pub fn new(base: &str, token: &str, http: reqwest::Client) -> Self {
        Self {
            base: base.trim_end_matches('/').to_string(),
            token: token.to_string(),
            http,
        }
    }

    /// Whether an object of this type with this reference is already there.
    async fn already_there(
        &self,
        object_type: &ObjectType,
        reference: &str,
    ) -> Result<bool, Outcome> {
        #[derive(Deserialize)]
        struct Page {
            count: u64,
        }
        let response = self
            .http
            .get(format!("{}/api/v2/objects", self.base))
            .query(&[
                ("type", object_type.url.as_str()),
                ("data_attr", &format!("reference__exact__{reference}")),
            ])
            .header("Authorization", format!("Token {}", self.token))
            .header("Accept-Crs", "EPSG:4326")
            .send()
            .await
            .map_err(|e| Outcome::Retry(format!("looking for the record: {e}")))?;
        if !response.status().is_success() {
            return Err(failure(response.status(), "looking for the record"));
        }
        let page: Page = response
            .json()
            .await
            .map_err(|e| Outcome::Retry(format!("looking for the record: {e}")))?;
        Ok(page.count > 0)
    }

    /// Posts the record, once.
    pub async fn deliver(
        &self,
        object_type: &ObjectType,
        kept: &Kept,
        check_first: bool,
    ) -> Outcome {
        if check_first {
            match self
                .already_there(object_type, &kept.submission.reference)
                .await
            {
                Ok(true) => return Outcome::Delivered,
                Ok(false) => {}
                Err(outcome) => return outcome,
            }
        }
        let body = NewObject {
            object_type: object_type.url.clone(),
            record: Record {
                type_version: object_type.type_version,
                data: kept.submission.clone(),
                start_at: clock::dutch_time(kept.received_at).0.iso(),
            },
        };
        let sent = self
            .http
            .post(format!("{}/api/v2/objects", self.base))
            .header("Authorization", format!("Token {}", self.token))
            .header("Content-Crs", "EPSG:4326")
            .json(&body)
            .send()
            .await;
        match sent {
            Ok(response) if response.status().is_success() => Outcome::Delivered,
            Ok(response) => failure(response.status(), "the record"),
            // The request may have arrived: check before posting again.
            Err(e) => Outcome::Unknown(e.to_string()),
        }
    }
}
