//! Delivery: each submission goes on to where the profile says (`delivery.<form>`): an e-mail
//! to the department, an acknowledgement of receipt to the resident, a record in the Objects
//! API, a webhook. An outbox row per target is written in the submission's own transaction,
//! so nothing is kept without its deliveries, and the resident's answer never waits for them.
//! A worker takes due rows (claiming each first, so two instances never deliver one row at
//! once), delivers, and on a failure waits longer each time (doubling from
//! `--delivery-retry-seconds`, at most an hour, give or take a fifth) until
//! `--delivery-tries`; then the row is "failed", and staff see it at the desk and can retry.
//! Rows live in the database: they survive a restart.

pub mod mail;
pub mod objects;
pub mod webhook;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use loket::core::exchange::payload::{Submission, Value};
use loket::{FormSpec, QuestionKind};
use serde::Deserialize;
use tokio::sync::Notify;

use crate::settings::Settings;
use crate::store::{DeliveryRow, Kept};
use crate::{App, clock};

/// A place a submission goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// The department's e-mail (the reference and a link to the desk; the answers only when the
    /// profile says so).
    Department,
    /// The acknowledgement of receipt to the resident, when they gave an e-mail address.
    Acknowledgement,
    /// A record in the Objects API.
    Objects,
    /// A signed POST to the municipality's own system.
    Webhook,
}

impl Target {
    /// Every target.
    pub const ALL: [Target; 4] = [
        Target::Department,
        Target::Acknowledgement,
        Target::Objects,
        Target::Webhook,
    ];

    /// Its name in the outbox and at the desk.
    pub fn name(self) -> &'static str {
        match self {
            Target::Department => "department",
            Target::Acknowledgement => "acknowledgement",
            Target::Objects => "objects",
            Target::Webhook => "webhook",
        }
    }

    /// The target of a name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// The department's e-mail for a form.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentMail {
    /// One address, or several separated by commas.
    pub to: String,
    /// Whether the e-mail carries the answers (default: no; personal data stays out of
    /// mailboxes, the link leads to the desk).
    #[serde(default)]
    pub answers: bool,
}

/// The Objects API object type of a form.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectType {
    /// The object type's URL in the Objecttypes API.
    #[serde(rename = "type")]
    pub url: String,
    /// Its version.
    pub type_version: u32,
}

/// Where one form's submissions go.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDelivery {
    /// The department's e-mail.
    #[serde(default)]
    pub email: Option<DepartmentMail>,
    /// An acknowledgement to the resident.
    #[serde(default)]
    pub acknowledgement: bool,
    /// A record in the Objects API.
    #[serde(default)]
    pub objects: Option<ObjectType>,
    /// The webhook.
    #[serde(default)]
    pub webhook: bool,
}

/// What one try of one delivery gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Delivered (or found delivered before).
    Delivered,
    /// Not delivered; try again later.
    Retry(String),
    /// No answer: it may or may not have arrived. The next try checks first where the target
    /// allows it (the Objects API).
    Unknown(String),
    /// Refused for good (a 4xx that trying again will not change): failed at once.
    Refused(String),
}

/// The marker of an unknown outcome in `last_error`.
pub const UNKNOWN: &str = "unknown outcome: ";

/// The delivery settings and connections.
pub struct Delivery {
    forms: BTreeMap<String, FormDelivery>,
    mail: Option<mail::Mailer>,
    objects: Option<objects::ObjectsApi>,
    webhook: Option<webhook::Webhook>,
    wake: Notify,
    tries: u32,
    retry: Duration,
    /// The service's public address, for links to the desk.
    pub public_url: String,
}

/// The wait before try number `tries + 1` after `tries` failed ones: `first` doubled each
/// time, at most an hour, scaled by `jitter` (0.8 to 1.2).
///
/// ```
/// use std::time::Duration;
/// use loket_intake::delivery::wait_after;
///
/// let first = Duration::from_secs(30);
/// assert_eq!(wait_after(1, first, 1.0), Duration::from_secs(30));
/// assert_eq!(wait_after(3, first, 1.0), Duration::from_secs(120));
/// assert_eq!(wait_after(20, first, 1.0), Duration::from_secs(3600));
/// assert_eq!(wait_after(1, first, 1.2), Duration::from_secs(36));
/// ```
pub fn wait_after(tries: u32, first: Duration, jitter: f64) -> Duration {
    let doubled = first.saturating_mul(1u32 << tries.saturating_sub(1).min(20));
    doubled
        .min(Duration::from_secs(3600))
        .mul_f64(jitter.clamp(0.8, 1.2))
}

/// A random factor between 0.8 and 1.2, from the operating system's generator.
fn jitter() -> f64 {
    0.8 + f64::from(crate::seal::random::<1>()[0]) / 255.0 * 0.4
}

/// The resident's e-mail address in a submission: the answer to a question with
/// `autocomplete="email"` or the e-mail format.
pub fn resident_email(spec: &FormSpec, submission: &Submission) -> Option<String> {
    spec.questions()
        .filter(|q| {
            q.autocomplete.as_deref() == Some("email")
                || matches!(
                    q.kind,
                    QuestionKind::Text {
                        format: loket::core::model::spec::TextFormat::Email
                    }
                )
        })
        .find_map(|q| match submission.answers.get(&q.id) {
            Some(Value::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_string()),
            _ => None,
        })
}

impl Delivery {
    /// Reads the profile's `delivery` and connects what the settings name. A target the
    /// profile asks for whose server is not configured is left out, with a warning.
    pub fn load(settings: &Settings, profile: &loket::Profile) -> Result<Self, String> {
        let forms: BTreeMap<String, FormDelivery> = if profile.delivery.is_null() {
            BTreeMap::new()
        } else {
            serde_json::from_value(profile.delivery.clone())
                .map_err(|e| format!("profiles/{}.json, `delivery`: {e}", profile.id))?
        };
        let timeout = Duration::from_secs(settings.delivery_timeout_seconds.max(1));
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .build()
            .map_err(|e| e.to_string())?;
        let mail = settings
            .smtp_url
            .as_deref()
            .map(|url| mail::Mailer::new(url, &settings.mail_from, timeout))
            .transpose()?;
        let objects = match (&settings.objects_url, &settings.objects_token) {
            (Some(url), Some(token)) => Some(objects::ObjectsApi::new(url, token, http.clone())),
            _ => None,
        };
        let webhook = match (&settings.webhook_url, &settings.webhook_secret) {
            (Some(url), Some(secret)) => Some(webhook::Webhook::new(url, secret, http)),
            _ => None,
        };
        let asks = |f: fn(&FormDelivery) -> bool| forms.values().any(f);
        for (asked, there, what) in [
            (
                asks(|f| f.email.is_some() || f.acknowledgement),
                mail.is_some(),
                "e-mail (--smtp-url)",
            ),
            (
                asks(|f| f.objects.is_some()),
                objects.is_some(),
                "the Objects API (--objects-url, --objects-token)",
            ),
            (
                asks(|f| f.webhook),
                webhook.is_some(),
                "the webhook (--webhook-url, --webhook-secret)",
            ),
        ] {
            if asked && !there {
                tracing::warn!("the profile delivers to {what}, which is not configured: left out");
            }
        }
        Ok(Self {
            forms,
            mail,
            objects,
            webhook,
            wake: Notify::new(),
            tries: settings.delivery_tries.max(1),
            retry: Duration::from_secs(settings.delivery_retry_seconds.max(1)),
            public_url: settings.public_url.trim_end_matches('/').to_string(),
        })
    }

    /// Where this submission goes: the form's targets whose server is configured; the
    /// acknowledgement only when the resident gave an e-mail address.
    pub fn targets(&self, spec: &FormSpec, submission: &Submission) -> Vec<Target> {
        let Some(form) = self.forms.get(&spec.id) else {
            return Vec::new();
        };
        let mut targets = Vec::new();
        if form.email.is_some() && self.mail.is_some() {
            targets.push(Target::Department);
        }
        if form.acknowledgement && self.mail.is_some() && resident_email(spec, submission).is_some()
        {
            targets.push(Target::Acknowledgement);
        }
        if form.objects.is_some() && self.objects.is_some() {
            targets.push(Target::Objects);
        }
        if form.webhook && self.webhook.is_some() {
            targets.push(Target::Webhook);
        }
        targets
    }

    /// Wakes the worker: new deliveries are due.
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}

/// Rows delivered at once by one worker.
const AT_ONCE: usize = 8;
/// How long a claim holds: longer than one delivery may take.
const CLAIM: Duration = Duration::from_secs(120);

/// One try of one row.
async fn attempt(app: &App, row: &DeliveryRow, kept: &Kept) -> Outcome {
    let delivery = &app.delivery;
    let Some(spec) = app.forms.any(&kept.submission.form) else {
        return Outcome::Refused(format!(
            "the form {} is not served here",
            kept.submission.form
        ));
    };
    let settings = delivery.forms.get(&spec.id).cloned().unwrap_or_default();
    match Target::from_name(&row.target) {
        Some(Target::Department) => match (&delivery.mail, &settings.email) {
            (Some(mailer), Some(config)) => {
                let letter = mail::department(app, spec, kept, config);
                mailer.send(&config.to, &letter, &row.id).await
            }
            _ => Outcome::Refused("e-mail is not configured".into()),
        },
        Some(Target::Acknowledgement) => {
            match (&delivery.mail, resident_email(spec, &kept.submission)) {
                (Some(mailer), Some(to)) => {
                    let letter = mail::acknowledgement(app, spec, kept);
                    mailer.send(&to, &letter, &row.id).await
                }
                _ => Outcome::Refused("no e-mail or no address".into()),
            }
        }
        Some(Target::Objects) => match (&delivery.objects, &settings.objects) {
            (Some(api), Some(object_type)) => {
                let checked_before = row.last_error.starts_with(UNKNOWN);
                api.deliver(object_type, kept, checked_before).await
            }
            _ => Outcome::Refused("the Objects API is not configured".into()),
        },
        Some(Target::Webhook) => match &delivery.webhook {
            Some(hook) => hook.deliver(kept).await,
            None => Outcome::Refused("the webhook is not configured".into()),
        },
        None => Outcome::Refused(format!("unknown target {}", row.target)),
    }
}

/// Delivers what is due, once.
pub async fn deliver_due(app: &App) -> Result<usize, String> {
    let now = clock::now_ms();
    let claim = i64::try_from(CLAIM.as_millis()).unwrap_or(i64::MAX);
    let rows = app
        .store
        .claim_deliveries(now, AT_ONCE, now + claim)
        .await?;
    let count = rows.len();
    let tries = rows.iter().map(|row| async move {
        let outcome = match app.store.kept(&row.reference).await {
            Ok(Some(kept)) => attempt(app, row, &kept).await,
            Ok(None) => Outcome::Refused("the submission is no longer kept".into()),
            Err(e) => Outcome::Retry(e),
        };
        let tries = row.tries + 1;
        let now = clock::now_ms();
        let wait = wait_after(tries, app.delivery.retry, jitter());
        let next = now + i64::try_from(wait.as_millis()).unwrap_or(i64::MAX / 2);
        let (state, error) = match &outcome {
            Outcome::Delivered => ("done", String::new()),
            Outcome::Refused(e) => ("failed", e.clone()),
            Outcome::Retry(e) if tries >= app.delivery.tries => ("failed", e.clone()),
            Outcome::Unknown(e) if tries >= app.delivery.tries => ("failed", format!("{UNKNOWN}{e}")),
            Outcome::Retry(e) => ("pending", e.clone()),
            Outcome::Unknown(e) => ("pending", format!("{UNKNOWN}{e}")),
        };
        if state != "done" {
            tracing::warn!(delivery = %row.id, tries, state, error = %error, "delivery did not go through");
        }
        if let Err(e) = app.store.finish_delivery(&row.id, state, tries, next, &error, now).await {
            tracing::error!(delivery = %row.id, error = %e, "could not record a delivery");
        }
    });
    futures_util::future::join_all(tries).await;
    Ok(count)
}

/// The worker: delivers what is due whenever it is woken (a new submission) and at least
/// every second, for as long as the service runs.
pub fn spawn(app: Arc<App>) {
    tokio::spawn(async move {
        loop {
            let delivered = match deliver_due(&app).await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "the outbox could not be read");
                    0
                }
            };
            if delivered == 0 {
                tokio::select! {
                    () = app.delivery.wake.notified() => {}
                    () = tokio::time::sleep(Duration::from_secs(1)) => {}
                }
            }
        }
    });
}
