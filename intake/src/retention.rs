//! Retention from one source: the profile says per form how many years a submission is kept
//! and how many days a hand-off is kept; the same field fills the form's "how long" text. A
//! purge deletes what is past its time and logs how many rows went, at start and then every
//! `--purge-seconds`.

use std::sync::Arc;
use std::time::Duration;

use crate::App;
use crate::clock::{self, DAY_MS};
use crate::store::Purged;

/// Until when a submission of this form received now is kept.
pub fn keep_until(app: &App, form: &str, received_at: i64) -> i64 {
    let years = app.forms.profile.retention_of(form).map_or(0, |r| r.years);
    clock::years_later(received_at, years)
}

/// Until when a hand-off of this form made now is kept.
pub fn handoff_until(app: &App, form: &str, now: i64) -> (i64, u32) {
    let days = handoff_days(app, form);
    (now + i64::from(days) * DAY_MS, days)
}

/// How many days a hand-off of this form is kept.
pub fn handoff_days(app: &App, form: &str) -> u32 {
    app.forms
        .profile
        .retention_of(form)
        .map_or(loket::core::model::profile::DEFAULT_HANDOFF_DAYS, |r| {
            r.handoff_days
        })
}

/// Deletes what is past its time, once.
pub async fn purge_once(app: &App) -> Result<Purged, String> {
    let now = clock::now_ms();
    let anonymous_before = now - i64::from(app.settings.anonymous_days) * DAY_MS;
    let purged = app.store.purge(now, anonymous_before).await?;
    let sessions = app
        .store
        .end_old_sessions(
            now - crate::desk::accounts::IDLE_MS,
            now - crate::desk::accounts::LONGEST_MS,
        )
        .await?;
    tracing::info!(
        submissions = purged.submissions,
        handoffs = purged.handoffs,
        anonymous = purged.anonymous,
        sessions,
        "purge"
    );
    Ok(purged)
}

/// Purges now and then every `--purge-seconds`, for as long as the service runs.
pub fn spawn(app: Arc<App>) {
    let every = Duration::from_secs(app.settings.purge_seconds.max(1));
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            if let Err(e) = purge_once(&app).await {
                tracing::error!(error = %e, "purge failed");
            }
        }
    });
}
