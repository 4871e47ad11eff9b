//! The desk's records: accounts, sessions, the status of call-back requests, the audit log, and
//! the anonymous signals and feedback it counts. The audit log is only ever added to: there is
//! no query here that changes or deletes a line of it.

use sqlx::Row;

use crate::seal;
use crate::store::Store;

fn failed(e: impl std::fmt::Display) -> String {
    format!("the database: {e}")
}

/// An account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The name it signs in with.
    pub name: String,
    /// `desk` or `admin`.
    pub role: String,
    /// Its password, as an argon2id hash.
    pub password_hash: String,
    /// Wrong passwords since the last right one.
    pub failed: u32,
    /// Until when it may not sign in (ms since 1970; 0: not locked).
    pub locked_until: i64,
}

/// A session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The account.
    pub user: String,
    /// The token every form post must carry.
    pub csrf: String,
    /// When it began.
    pub created_at: i64,
    /// When it was last used.
    pub seen_at: i64,
}

/// A line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    /// When.
    pub at: i64,
    /// Who.
    pub user: String,
    /// What (an action name, see `balie-action-*`).
    pub action: String,
    /// About what (a reference, a code's first characters, a delivery).
    pub subject: String,
}

/// The status of a call-back request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackStatus {
    /// `open`, `called` or `done`.
    pub status: String,
    /// Who changed it last.
    pub changed_by: String,
    /// When.
    pub changed_at: i64,
}

impl Store {
    /// Adds an account, or replaces the password and role of an existing one (and unlocks it).
    pub async fn put_user(
        &self,
        name: &str,
        role: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<(), String> {
        sqlx::query(
            "INSERT INTO users (name, role, password_hash, failed, locked_until, created_at) \
             VALUES ($1, $2, $3, 0, 0, $4) \
             ON CONFLICT (name) DO UPDATE SET role = $2, password_hash = $3, failed = 0, locked_until = 0",
        )
        .bind(name)
        .bind(role)
        .bind(password_hash)
        .bind(now)
        .execute(self.pool())
        .await
        .map_err(failed)?;
        Ok(())
    }

    /// An account by name.
    pub async fn user(&self, name: &str) -> Result<Option<User>, String> {
        let row = sqlx::query(
            "SELECT name, role, password_hash, failed, locked_until FROM users WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(self.pool())
        .await
        .map_err(failed)?;
        row.map(|r| {
            Ok(User {
                name: r.try_get(0).map_err(failed)?,
                role: r.try_get(1).map_err(failed)?,
                password_hash: r.try_get(2).map_err(failed)?,
                failed: u32::try_from(r.try_get::<i64, _>(3).map_err(failed)?).unwrap_or(0),
                locked_until: r.try_get(4).map_err(failed)?,
            })
        })
        .transpose()
    }

    /// Records a sign-in attempt: a right password clears the count; a wrong one counts, and
    /// the `tries`-th locks the account until `lock_until`.
    pub async fn record_sign_in(
        &self,
        name: &str,
        right: bool,
        tries: u32,
        lock_until: i64,
    ) -> Result<(), String> {
        let query = if right {
            "UPDATE users SET failed = 0, locked_until = 0 WHERE name = $1"
        } else {
            "UPDATE users SET failed = failed + 1 WHERE name = $1"
        };
        sqlx::query(query)
            .bind(name)
            .execute(self.pool())
            .await
            .map_err(failed)?;
        if !right {
            sqlx::query(
                "UPDATE users SET failed = 0, locked_until = $1 WHERE name = $2 AND failed >= $3",
            )
            .bind(lock_until)
            .bind(name)
            .bind(i64::from(tries))
            .execute(self.pool())
            .await
            .map_err(failed)?;
        }
        Ok(())
    }

    /// Starts a session; returns its token (only its digest is kept).
    pub async fn start_session(&self, user: &str, now: i64) -> Result<(String, String), String> {
        let token: String = seal::random::<32>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let csrf: String = seal::random::<32>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_name, csrf, created_at, seen_at) VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(seal::digest(&token))
        .bind(user)
        .bind(&csrf)
        .bind(now)
        .execute(self.pool())
        .await
        .map_err(failed)?;
        Ok((token, csrf))
    }

    /// The session of a token.
    pub async fn session(&self, token: &str) -> Result<Option<Session>, String> {
        let row = sqlx::query(
            "SELECT user_name, csrf, created_at, seen_at FROM sessions WHERE token_hash = $1",
        )
        .bind(seal::digest(token))
        .fetch_optional(self.pool())
        .await
        .map_err(failed)?;
        row.map(|r| {
            Ok(Session {
                user: r.try_get(0).map_err(failed)?,
                csrf: r.try_get(1).map_err(failed)?,
                created_at: r.try_get(2).map_err(failed)?,
                seen_at: r.try_get(3).map_err(failed)?,
            })
        })
        .transpose()
    }

    /// Marks a session as used now.
    pub async fn touch_session(&self, token: &str, now: i64) -> Result<(), String> {
        sqlx::query("UPDATE sessions SET seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(seal::digest(token))
            .execute(self.pool())
            .await
            .map_err(failed)?;
        Ok(())
    }

    /// Ends a session.
    pub async fn end_session(&self, token: &str) -> Result<(), String> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(seal::digest(token))
            .execute(self.pool())
            .await
            .map_err(failed)?;
        Ok(())
    }

    /// Ends every session last used before `idle_before` or begun before `begun_before`.
    pub async fn end_old_sessions(
        &self,
        idle_before: i64,
        begun_before: i64,
    ) -> Result<u64, String> {
        Ok(
            sqlx::query("DELETE FROM sessions WHERE seen_at < $1 OR created_at < $2")
                .bind(idle_before)
                .bind(begun_before)
                .execute(self.pool())
                .await
                .map_err(failed)?
                .rows_affected(),
        )
    }

    /// Adds a line to the audit log.
    pub async fn audit(
        &self,
        user: &str,
        action: &str,
        subject: &str,
        now: i64,
    ) -> Result<(), String> {
        let id: String = seal::random::<16>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        sqlx::query(
            "INSERT INTO audit (id, at, user_name, action, subject) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(now)
        .bind(user)
        .bind(action)
        .bind(subject)
        .execute(self.pool())
        .await
        .map_err(failed)?;
        Ok(())
    }

    /// The newest lines of the audit log.
    pub async fn audit_lines(&self, limit: i64) -> Result<Vec<AuditLine>, String> {
        let rows = sqlx::query(
            "SELECT at, user_name, action, subject FROM audit ORDER BY at DESC, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|r| {
                Ok(AuditLine {
                    at: r.try_get(0).map_err(failed)?,
                    user: r.try_get(1).map_err(failed)?,
                    action: r.try_get(2).map_err(failed)?,
                    subject: r.try_get(3).map_err(failed)?,
                })
            })
            .collect()
    }

    /// The call-back requests, newest first: reference, received, payload JSON.
    pub async fn callback_requests(
        &self,
        limit: i64,
    ) -> Result<Vec<(String, i64, String)>, String> {
        let rows = sqlx::query(
            "SELECT reference, received_at, payload FROM submissions WHERE kind = 'callback' \
             ORDER BY received_at DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get(0).map_err(failed)?,
                    r.try_get(1).map_err(failed)?,
                    r.try_get(2).map_err(failed)?,
                ))
            })
            .collect()
    }

    /// The status of a call-back request, if anyone changed it.
    pub async fn callback_status(&self, reference: &str) -> Result<Option<CallbackStatus>, String> {
        let row = sqlx::query(
            "SELECT status, changed_by, changed_at FROM callbacks WHERE reference = $1",
        )
        .bind(reference)
        .fetch_optional(self.pool())
        .await
        .map_err(failed)?;
        row.map(|r| {
            Ok(CallbackStatus {
                status: r.try_get(0).map_err(failed)?,
                changed_by: r.try_get(1).map_err(failed)?,
                changed_at: r.try_get(2).map_err(failed)?,
            })
        })
        .transpose()
    }

    /// Sets the status of a call-back request.
    pub async fn set_callback_status(
        &self,
        reference: &str,
        status: &str,
        user: &str,
        now: i64,
    ) -> Result<(), String> {
        sqlx::query(
            "INSERT INTO callbacks (reference, status, changed_by, changed_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (reference) DO UPDATE SET status = $2, changed_by = $3, changed_at = $4",
        )
        .bind(reference)
        .bind(status)
        .bind(user)
        .bind(now)
        .execute(self.pool())
        .await
        .map_err(failed)?;
        Ok(())
    }

    /// The signals of a form received in a period, as JSON.
    pub async fn signals_between(
        &self,
        form: &str,
        from: i64,
        to: i64,
    ) -> Result<Vec<String>, String> {
        let rows = sqlx::query(
            "SELECT body FROM signals WHERE form = $1 AND received_at >= $2 AND received_at < $3",
        )
        .bind(form)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await
        .map_err(failed)?;
        rows.iter().map(|r| r.try_get(0).map_err(failed)).collect()
    }

    /// How many of each smiley a form got in a period.
    pub async fn scores_between(
        &self,
        form: &str,
        from: i64,
        to: i64,
    ) -> Result<Vec<(String, i64)>, String> {
        let rows = sqlx::query(
            "SELECT score, COUNT(*) FROM feedback WHERE form = $1 AND received_at >= $2 AND received_at < $3 \
             GROUP BY score",
        )
        .bind(form)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|r| Ok((r.try_get(0).map_err(failed)?, r.try_get(1).map_err(failed)?)))
            .collect()
    }
}
