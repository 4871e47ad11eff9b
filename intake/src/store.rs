//! The database: SQLite embedded (WAL, full sync: a commit is on disk before it returns) or
//! PostgreSQL (a commit is durable before it returns), with one schema and one set of queries
//! for both (`migrations/`). Writes go through [`crate::writer`]; this module holds the SQL.

use std::fmt;
use std::path::Path;

use loket::core::exchange::payload::Submission;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Connection, Executor, Row};

use crate::seal;

/// The schema, from `migrations/`.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Which database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One file, for one instance.
    Sqlite,
    /// A server, for several instances.
    Postgres,
}

/// A pool of connections to the database.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    /// Which database.
    pub backend: Backend,
}

/// What kind of form a row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A form sent to `/api/submissions/<form>`.
    Submission,
    /// A call-back request sent to `/api/help/<form>`.
    Callback,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Submission => "submission",
            Kind::Callback => "callback",
        }
    }
}

/// A checked submission to keep.
#[derive(Debug, Clone)]
pub struct NewSubmission {
    /// The payload in its normal form; its reference may be replaced when taken.
    pub submission: Submission,
    /// How it arrived.
    pub kind: Kind,
    /// When (ms since 1970).
    pub received_at: i64,
    /// Until when it is kept (ms since 1970).
    pub keep_until: i64,
    /// Where it goes next: an outbox row each, in the same transaction.
    pub targets: Vec<crate::delivery::Target>,
}

/// A submission as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// The payload.
    pub submission: Submission,
    /// How it arrived.
    pub kind: Kind,
    /// When it was received (ms since 1970).
    pub received_at: i64,
}

/// One outbox row, as claimed for delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    /// `<reference>:<target>`.
    pub id: String,
    /// The submission.
    pub reference: String,
    /// The target's name.
    pub target: String,
    /// Tries so far.
    pub tries: u32,
    /// What went wrong last.
    pub last_error: String,
}

/// One outbox row, as the desk lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedDelivery {
    /// `<reference>:<target>`.
    pub id: String,
    /// The submission.
    pub reference: String,
    /// The target's name.
    pub target: String,
    /// `pending`, `done` or `failed`.
    pub state: String,
    /// Tries so far.
    pub tries: u32,
    /// The next try (ms since 1970).
    pub next_at: i64,
    /// What went wrong last.
    pub last_error: String,
}

/// A kept submission, as the resident's browser is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The reference kept: the browser's, or a new one when the browser's was taken.
    pub reference: String,
    /// When it was received (the first time, for a repeat).
    pub received_at: i64,
    /// Whether this was a repeat of a submission already kept.
    pub duplicate: bool,
}

/// Answers to keep behind a short code, already sealed.
#[derive(Debug, Clone)]
pub struct NewHandoff {
    /// Digest of the short code.
    pub code_hash: String,
    /// Digest of the page's key.
    pub key_hash: String,
    /// The form.
    pub form: String,
    /// Its version.
    pub form_version: u32,
    /// The code, sealed.
    pub code_sealed: String,
    /// The hand-off package (JSON), sealed.
    pub package_sealed: String,
    /// Now.
    pub now: i64,
    /// When it is wiped.
    pub expires_at: i64,
    /// The page the resident was on.
    pub page: String,
    /// Why help was offered, or empty.
    pub stuck: String,
}

/// A kept hand-off, as its maker is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoffStored {
    /// The code, sealed: the new one, or the one kept for this page's key.
    pub code_sealed: String,
    /// When it is wiped.
    pub expires_at: i64,
    /// Whether an earlier hand-off of the same page was replaced.
    pub replaced: bool,
}

/// A hand-off found by its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundHandoff {
    /// Digest of the page's key (the context its package was sealed under).
    pub key_hash: String,
    /// The package, sealed.
    pub package_sealed: String,
    /// The page the resident was on (`step:<id>`, `check`), or empty.
    pub page: String,
    /// Why help was offered (a stuck reason's name), or empty.
    pub stuck: String,
    /// When it is wiped.
    pub expires_at: i64,
}

/// Feedback or a journey signal to keep.
#[derive(Debug, Clone)]
pub enum Anonymous {
    /// "Hoe ging het?"
    Feedback {
        /// The form.
        form: String,
        /// The language.
        locale: String,
        /// The smiley.
        score: String,
        /// The comment.
        comment: String,
    },
    /// A journey signal.
    Signal {
        /// The form.
        form: String,
        /// The event's name.
        event: String,
        /// The whole signal as JSON.
        body: String,
    },
}

/// How many rows a purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    /// Submissions past their retention.
    pub submissions: u64,
    /// Hand-offs past their expiry.
    pub handoffs: u64,
    /// Feedback and signals past their days.
    pub anonymous: u64,
}

impl fmt::Display for Purged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "purged {} submissions, {} hand-offs, {} anonymous records",
            self.submissions, self.handoffs, self.anonymous
        )
    }
}

/// A submission as the test hook lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listed {
    /// The endpoint it came to.
    pub path: String,
    /// Its idempotency key.
    pub key: String,
    /// The payload kept.
    pub payload: serde_json::Value,
}

/// Tries to find a free reference before giving up (each try has 30^8 possibilities).
const REFERENCE_TRIES: usize = 8;

/// A new reference for a form, from the operating system's generator.
pub fn fresh_reference(form: &str) -> String {
    use loket::core::exchange::reference::{reference, unbiased_bytes};
    reference(form, unbiased_bytes(seal::random::<16>))
}

/// A new random id for anonymous rows.
fn fresh_id() -> String {
    seal::random::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn failed(e: impl fmt::Display) -> String {
    format!("the database: {e}")
}

impl Store {
    /// Connects, sets SQLite up for durability (WAL, `synchronous = FULL`, a busy wait) and
    /// brings the schema up to date. A SQLite file's folder is made when missing.
    pub async fn connect(url: &str, data_dir: &Path) -> Result<Self, String> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(format!(
                "the database address `{url}` is neither sqlite: nor postgres:"
            ));
        };
        if backend == Backend::Sqlite {
            std::fs::create_dir_all(data_dir)
                .map_err(|e| format!("{}: {e}", data_dir.display()))?;
        }
        let options: AnyConnectOptions = url.parse().map_err(failed)?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 4,
                Backend::Postgres => 8,
            })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(failed)?;
        MIGRATOR.run(&pool).await.map_err(failed)?;
        Ok(Self { pool, backend })
    }

    /// The pool, for the desk's own queries (`desk/records.rs`).
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// A setting of the SQLite connection (`journal_mode`, `synchronous`), for the tests that
    /// show durability is on.
    pub async fn sqlite_pragma(&self, name: &str) -> Option<String> {
        let query = match name {
            "journal_mode" => "PRAGMA journal_mode",
            "synchronous" => "PRAGMA synchronous",
            _ => return None,
        };
        if self.backend != Backend::Sqlite {
            return None;
        }
        let row = sqlx::query(query).fetch_one(&self.pool).await.ok()?;
        row.try_get::<String, _>(0)
            .ok()
            .or_else(|| row.try_get::<i64, _>(0).ok().map(|n| n.to_string()))
    }

    /// Starts a transaction on one connection of the pool.
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        self.pool.begin().await
    }

    /// The hand-off kept under a code, unless it has expired.
    pub async fn handoff(&self, code_hash: &str, now: i64) -> Result<Option<FoundHandoff>, String> {
        let row = sqlx::query(
            "SELECT key_hash, package_sealed, page, stuck, expires_at FROM handoffs \
             WHERE code_hash = $1 AND expires_at > $2",
        )
        .bind(code_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        row.map(|r| {
            Ok(FoundHandoff {
                key_hash: r.try_get(0).map_err(failed)?,
                package_sealed: r.try_get(1).map_err(failed)?,
                page: r.try_get(2).map_err(failed)?,
                stuck: r.try_get(3).map_err(failed)?,
                expires_at: r.try_get(4).map_err(failed)?,
            })
        })
        .transpose()
    }

    /// Every submission kept, oldest first (the test hook).
    pub async fn list(&self) -> Result<Vec<Listed>, String> {
        let rows = sqlx::query(
            "SELECT kind, form, idempotency_key, payload FROM submissions ORDER BY received_at, reference",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|r| {
                let kind: String = r.try_get(0).map_err(failed)?;
                let form: String = r.try_get(1).map_err(failed)?;
                let payload: String = r.try_get(3).map_err(failed)?;
                let payload: serde_json::Value = serde_json::from_str(&payload).map_err(failed)?;
                let path = if kind == Kind::Callback.name() {
                    format!("/api/help/{form}")
                } else {
                    format!("/api/submissions/{form}")
                };
                Ok(Listed {
                    path,
                    key: r.try_get(2).map_err(failed)?,
                    payload,
                })
            })
            .collect()
    }

    /// How many submissions of a form with this idempotency key are kept (0 or 1).
    pub async fn count_key(&self, form: &str, key: &str) -> Result<i64, String> {
        sqlx::query("SELECT COUNT(*) FROM submissions WHERE form = $1 AND idempotency_key = $2")
            .bind(form)
            .bind(key)
            .fetch_one(&self.pool)
            .await
            .and_then(|r| r.try_get::<i64, _>(0))
            .map_err(failed)
    }

    /// How many rows a table has (for tests and the bench).
    pub async fn count(&self, table: Table) -> Result<i64, String> {
        sqlx::query(table.count_query())
            .fetch_one(&self.pool)
            .await
            .and_then(|r| r.try_get::<i64, _>(0))
            .map_err(failed)
    }

    /// Deletes what is past its time: submissions past `keep_until`, hand-offs past their
    /// expiry, anonymous records received before `anonymous_before`.
    pub async fn purge(&self, now: i64, anonymous_before: i64) -> Result<Purged, String> {
        let mut tx = self.pool.begin().await.map_err(failed)?;
        // What belongs to a submission goes with it.
        for query in [
            "DELETE FROM deliveries WHERE reference IN (SELECT reference FROM submissions WHERE keep_until <= $1)",
            "DELETE FROM callbacks WHERE reference IN (SELECT reference FROM submissions WHERE keep_until <= $1)",
        ] {
            sqlx::query(query)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
        }
        let submissions = sqlx::query("DELETE FROM submissions WHERE keep_until <= $1")
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(failed)?
            .rows_affected();
        let handoffs = sqlx::query("DELETE FROM handoffs WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(failed)?
            .rows_affected();
        let mut anonymous = 0;
        for query in [
            "DELETE FROM feedback WHERE received_at < $1",
            "DELETE FROM signals WHERE received_at < $1",
        ] {
            anonymous += sqlx::query(query)
                .bind(anonymous_before)
                .execute(&mut *tx)
                .await
                .map_err(failed)?
                .rows_affected();
        }
        tx.commit().await.map_err(failed)?;
        Ok(Purged {
            submissions,
            handoffs,
            anonymous,
        })
    }

    /// A kept submission by its reference.
    pub async fn kept(&self, reference: &str) -> Result<Option<Kept>, String> {
        let row =
            sqlx::query("SELECT kind, received_at, payload FROM submissions WHERE reference = $1")
                .bind(reference)
                .fetch_optional(&self.pool)
                .await
                .map_err(failed)?;
        row.map(|r| {
            let kind: String = r.try_get(0).map_err(failed)?;
            let payload: String = r.try_get(2).map_err(failed)?;
            Ok(Kept {
                kind: if kind == Kind::Callback.name() {
                    Kind::Callback
                } else {
                    Kind::Submission
                },
                received_at: r.try_get(1).map_err(failed)?,
                submission: serde_json::from_str(&payload).map_err(failed)?,
            })
        })
        .transpose()
    }

    /// Claims up to `limit` due outbox rows until `until`: a row is claimed only when nobody
    /// holds it (a compare-and-set per row), so two instances never deliver the same row at once.
    pub async fn claim_deliveries(
        &self,
        now: i64,
        limit: usize,
        until: i64,
    ) -> Result<Vec<DeliveryRow>, String> {
        let due = sqlx::query(
            "SELECT id, reference, target, tries, last_error FROM deliveries \
             WHERE state = 'pending' AND next_at <= $1 AND claimed_until <= $1 \
             ORDER BY next_at LIMIT $2",
        )
        .bind(now)
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let mut claimed = Vec::new();
        for r in due {
            let row = DeliveryRow {
                id: r.try_get(0).map_err(failed)?,
                reference: r.try_get(1).map_err(failed)?,
                target: r.try_get(2).map_err(failed)?,
                tries: u32::try_from(r.try_get::<i64, _>(3).map_err(failed)?).unwrap_or(0),
                last_error: r.try_get(4).map_err(failed)?,
            };
            let taken = sqlx::query(
                "UPDATE deliveries SET claimed_until = $1 \
                 WHERE id = $2 AND state = 'pending' AND claimed_until <= $3",
            )
            .bind(until)
            .bind(&row.id)
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
            if taken.rows_affected() == 1 {
                claimed.push(row);
            }
        }
        Ok(claimed)
    }

    /// Records the result of a try and frees the claim.
    pub async fn finish_delivery(
        &self,
        id: &str,
        state: &str,
        tries: u32,
        next_at: i64,
        last_error: &str,
        now: i64,
    ) -> Result<(), String> {
        sqlx::query(
            "UPDATE deliveries SET state = $1, tries = $2, next_at = $3, last_error = $4, \
             claimed_until = 0, done_at = $5 WHERE id = $6",
        )
        .bind(state)
        .bind(i64::from(tries))
        .bind(next_at)
        .bind(last_error)
        .bind(if state == "done" { now } else { 0 })
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(())
    }

    /// The outbox rows not done, failed first, then by their next try.
    pub async fn open_deliveries(&self) -> Result<Vec<ListedDelivery>, String> {
        let rows = sqlx::query(
            "SELECT id, reference, target, state, tries, next_at, last_error FROM deliveries \
             WHERE state <> 'done' ORDER BY state, next_at LIMIT 500",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter().map(listed_delivery).collect()
    }

    /// The outbox rows of one submission (for tests and the desk).
    pub async fn deliveries_of(&self, reference: &str) -> Result<Vec<ListedDelivery>, String> {
        let rows = sqlx::query(
            "SELECT id, reference, target, state, tries, next_at, last_error FROM deliveries \
             WHERE reference = $1 ORDER BY target",
        )
        .bind(reference)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter().map(listed_delivery).collect()
    }

    /// A failed or pending delivery, due again now with its tries counted from zero.
    pub async fn retry_delivery(&self, id: &str, now: i64) -> Result<bool, String> {
        let done = sqlx::query(
            "UPDATE deliveries SET state = 'pending', tries = 0, next_at = $1, claimed_until = 0 \
             WHERE id = $2 AND state <> 'done'",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(done.rows_affected() == 1)
    }

    /// Closes every connection (after the writer has stopped).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The tables, for counting.
#[derive(Debug, Clone, Copy)]
pub enum Table {
    /// Submissions and call-back requests.
    Submissions,
    /// Hand-offs.
    Handoffs,
    /// Feedback.
    Feedback,
    /// Journey signals.
    Signals,
}

impl Table {
    fn count_query(self) -> &'static str {
        match self {
            Table::Submissions => "SELECT COUNT(*) FROM submissions",
            Table::Handoffs => "SELECT COUNT(*) FROM handoffs",
            Table::Feedback => "SELECT COUNT(*) FROM feedback",
            Table::Signals => "SELECT COUNT(*) FROM signals",
        }
    }
}

/// An outbox row as listed (`id, reference, target, state, tries, next_at, last_error`).
fn listed_delivery(r: &sqlx::any::AnyRow) -> Result<ListedDelivery, String> {
    Ok(ListedDelivery {
        id: r.try_get(0).map_err(failed)?,
        reference: r.try_get(1).map_err(failed)?,
        target: r.try_get(2).map_err(failed)?,
        state: r.try_get(3).map_err(failed)?,
        tries: u32::try_from(r.try_get::<i64, _>(4).map_err(failed)?).unwrap_or(0),
        next_at: r.try_get(5).map_err(failed)?,
        last_error: r.try_get(6).map_err(failed)?,
    })
}

/// Keeps a submission in the open transaction: the browser's reference when it is free,
/// otherwise a new one; a repeat of an idempotency key already kept is answered with the
/// first. A unique constraint decides, never a look before the write, so two instances that
/// receive the same key at the same moment keep one row.
pub async fn insert_submission(
    conn: &mut AnyConnection,
    item: &mut NewSubmission,
) -> Result<Stored, sqlx::Error> {
    for _ in 0..REFERENCE_TRIES {
        let payload = serde_json::to_string(&item.submission).unwrap_or_default();
        let s = &item.submission;
        let done = sqlx::query(
            "INSERT INTO submissions \
             (reference, form, idempotency_key, kind, form_version, locale, received_at, keep_until, payload) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
        )
        .bind(&s.reference)
        .bind(&s.form)
        .bind(&s.idempotency_key)
        .bind(item.kind.name())
        .bind(i64::from(s.form_version))
        .bind(&s.locale)
        .bind(item.received_at)
        .bind(item.keep_until)
        .bind(payload)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() == 1 {
            for target in &item.targets {
                sqlx::query(
                    "INSERT INTO deliveries \
                     (id, reference, target, state, tries, next_at, claimed_until, last_error, created_at, done_at) \
                     VALUES ($1, $2, $3, 'pending', 0, $4, 0, '', $5, 0)",
                )
                .bind(format!("{}:{}", s.reference, target.name()))
                .bind(&s.reference)
                .bind(target.name())
                .bind(item.received_at)
                .bind(item.received_at)
                .execute(&mut *conn)
                .await?;
            }
            return Ok(Stored {
                reference: s.reference.clone(),
                received_at: item.received_at,
                duplicate: false,
            });
        }
        let first = sqlx::query(
            "SELECT reference, received_at FROM submissions WHERE form = $1 AND idempotency_key = $2",
        )
        .bind(&s.form)
        .bind(&s.idempotency_key)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(row) = first {
            return Ok(Stored {
                reference: row.try_get(0)?,
                received_at: row.try_get(1)?,
                duplicate: true,
            });
        }
        // The reference was taken by another form: give this one a new one.
        item.submission.reference = fresh_reference(&item.submission.form);
    }
    Err(sqlx::Error::Protocol(
        "no free reference was found".to_string(),
    ))
}

/// Keeps a hand-off in the open transaction. The same page key again replaces the package and
/// keeps the code; a new page key gets the code it brought, or, when that code is taken, an
/// error the caller answers with a new code.
pub async fn insert_handoff(
    conn: &mut AnyConnection,
    item: &NewHandoff,
) -> Result<Option<HandoffStored>, sqlx::Error> {
    let replaced = sqlx::query(
        "UPDATE handoffs SET package_sealed = $1, updated_at = $2, form_version = $3, page = $4, stuck = $5 \
         WHERE key_hash = $6 AND form = $7 RETURNING code_sealed, expires_at",
    )
    .bind(&item.package_sealed)
    .bind(item.now)
    .bind(i64::from(item.form_version))
    .bind(&item.page)
    .bind(&item.stuck)
    .bind(&item.key_hash)
    .bind(&item.form)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = replaced {
        return Ok(Some(HandoffStored {
            code_sealed: row.try_get(0)?,
            expires_at: row.try_get(1)?,
            replaced: true,
        }));
    }
    let done = sqlx::query(
        "INSERT INTO handoffs \
         (code_hash, key_hash, form, form_version, code_sealed, package_sealed, created_at, updated_at, expires_at, page, stuck) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING",
    )
    .bind(&item.code_hash)
    .bind(&item.key_hash)
    .bind(&item.form)
    .bind(i64::from(item.form_version))
    .bind(&item.code_sealed)
    .bind(&item.package_sealed)
    .bind(item.now)
    .bind(item.now)
    .bind(item.expires_at)
    .bind(&item.page)
    .bind(&item.stuck)
    .execute(&mut *conn)
    .await?;
    Ok((done.rows_affected() == 1).then(|| HandoffStored {
        code_sealed: item.code_sealed.clone(),
        expires_at: item.expires_at,
        replaced: false,
    }))
}

/// Keeps feedback or a signal in the open transaction.
pub async fn insert_anonymous(
    conn: &mut AnyConnection,
    item: &Anonymous,
    now: i64,
) -> Result<(), sqlx::Error> {
    match item {
        Anonymous::Feedback {
            form,
            locale,
            score,
            comment,
        } => {
            sqlx::query(
                "INSERT INTO feedback (id, form, locale, score, comment, received_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(fresh_id())
            .bind(form)
            .bind(locale)
            .bind(score)
            .bind(comment)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
        Anonymous::Signal { form, event, body } => {
            sqlx::query(
                "INSERT INTO signals (id, form, event, body, received_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(fresh_id())
            .bind(form)
            .bind(event)
            .bind(body)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Opens a single connection (outside the pool), for a one-off check.
pub async fn connect_one(url: &str) -> Result<AnyConnection, String> {
    sqlx::any::install_default_drivers();
    AnyConnection::connect(url).await.map_err(failed)
}
