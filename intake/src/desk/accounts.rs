//! Accounts and signing in: passwords hashed with argon2id (the `argon2` crate's defaults:
//! 19 MiB, 2 passes), an account locked for 15 minutes after 5 wrong passwords in a row,
//! sessions that end after 30 minutes unused or 8 hours in all, and the commands that make
//! accounts (`loket-intake user add <name> --role desk|admin`, the password on standard input).

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

use crate::clock;
use crate::store::Store;

/// Wrong passwords in a row before an account is locked.
pub const TRIES: u32 = 5;
/// How long a locked account waits, in minutes.
pub const LOCK_MINUTES: i64 = 15;
/// A session ends after this long unused.
pub const IDLE_MS: i64 = 30 * 60 * 1000;
/// A session ends after this long in all.
pub const LONGEST_MS: i64 = 8 * 60 * 60 * 1000;
/// The shortest password an account may have.
pub const SHORTEST_PASSWORD: usize = 12;

/// The roles an account can have.
pub const ROLES: [&str; 2] = ["desk", "admin"];

/// The argon2id hash of a password.
pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether a password fits its hash.
pub fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// What a sign-in attempt gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// Signed in: the session's token and CSRF token.
    Welcome {
        /// The session token (the cookie).
        token: String,
        /// The CSRF token.
        csrf: String,
    },
    /// The name or the password is wrong (which one is not said).
    Wrong,
    /// Locked for this many more minutes.
    Locked(i64),
}

/// A hash to check against when the name is unknown, so a wrong name takes as long as a
/// wrong password.
fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("loket-decoy-password").unwrap_or_default())
}

/// Checks a name and password, counts a wrong one, locks after [`TRIES`].
pub async fn sign_in(store: &Store, name: &str, password: &str) -> Result<SignIn, String> {
    let now = clock::now_ms();
    let Some(user) = store.user(name).await? else {
        verify(password, decoy());
        return Ok(SignIn::Wrong);
    };
    if user.locked_until > now {
        let minutes = (user.locked_until - now + 59_999) / 60_000;
        return Ok(SignIn::Locked(minutes));
    }
    let right = verify(password, &user.password_hash);
    let lock_until = now + LOCK_MINUTES * 60_000;
    store.record_sign_in(name, right, TRIES, lock_until).await?;
    if !right {
        // The try that locked the account says so at once.
        let locked = store
            .user(name)
            .await?
            .is_some_and(|u| u.locked_until > now);
        return Ok(if locked {
            SignIn::Locked(LOCK_MINUTES)
        } else {
            SignIn::Wrong
        });
    }
    let (token, csrf) = store.start_session(name, now).await?;
    store.audit(name, "sign-in", "", now).await?;
    Ok(SignIn::Welcome { token, csrf })
}

/// Adds an account (or gives an existing one a new password and role, and unlocks it).
pub async fn add_user(store: &Store, name: &str, role: &str, password: &str) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-@".contains(c))
    {
        return Err(
            "a user name has 1 to 64 letters, digits, dots, dashes, underscores or @".into(),
        );
    }
    if !ROLES.contains(&role) {
        return Err(format!("the role is `desk` or `admin`, not `{role}`"));
    }
    if password.chars().count() < SHORTEST_PASSWORD {
        return Err(format!(
            "a password has at least {SHORTEST_PASSWORD} characters"
        ));
    }
    store
        .put_user(name, role, &hash(password)?, clock::now_ms())
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_takes_its_own_password_only() {
        let h = hash("een lang wachtwoord").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("een lang wachtwoord", &h));
        assert!(!verify("een lang wachtwoorD", &h));
        assert!(!verify("een lang wachtwoord", "not a hash"));
        assert_ne!(
            h,
            hash("een lang wachtwoord").unwrap(),
            "a fresh salt each time"
        );
    }
}
