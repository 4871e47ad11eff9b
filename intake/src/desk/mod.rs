//! The desk (`/balie`): the signed-in part of the service for municipal staff, served as plain
//! HTML pages that work without script (one small module focuses the error summary and shows a
//! password on request). It opens a resident's answers from their short code and lets a helper
//! finish and send the form with them ("the question travels, not the resident"), lists
//! call-back requests with their status, failed and waiting deliveries (admins) and the audit
//! log (admins), and shows where residents get stuck. Every view of personal data and every
//! change is written to the audit log.
//!
//! Signing in: accounts made with `loket-intake user add`, argon2id, a lock after repeated
//! wrong passwords, a session cookie that is `HttpOnly`, `SameSite=Strict` and (with
//! `--https`) `Secure`, and a CSRF token in every form. A municipality's own sign-in (OIDC) can
//! take the place of the password later: see docs/desk.md.

pub mod accounts;
pub mod insight;
pub mod layout;
pub mod pages;
pub mod records;

use std::sync::Arc;

use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use loket::Locale;
use maud::Markup;

use self::layout::{LANGUAGES, Texts, Who};
use crate::{App, clock};

/// The session cookie.
pub const COOKIE: &str = "loket_balie";
/// The cookie of the language chosen at the desk.
const LANGUAGE_COOKIE: &str = "loket_balie_lang";
/// The cookie that carries the sign-in form's CSRF token before there is a session.
const LOGIN_COOKIE: &str = "loket_balie_login";

/// The desk's routes, under `/balie`.
pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/balie", get(pages::home))
        .route("/balie/inloggen", get(pages::login_form).post(pages::login))
        .route("/balie/uitloggen", post(pages::logout))
        .route("/balie/code", get(pages::code_form).post(pages::code))
        .route("/balie/inzendingen/{reference}", get(pages::submission))
        .route("/balie/terugbellen", get(pages::callbacks))
        .route(
            "/balie/terugbellen/{reference}",
            post(pages::callback_status),
        )
        .route("/balie/bezorging", get(pages::deliveries))
        .route("/balie/bezorging/opnieuw", post(pages::retry))
        .route("/balie/inzicht", get(insight::show))
        .route("/balie/logboek", get(pages::audit))
        .route(
            "/balie/loket.css",
            get(|| asset("text/css; charset=utf-8", LOKET_CSS)),
        )
        .route(
            "/balie/balie.css",
            get(|| asset("text/css; charset=utf-8", BALIE_CSS)),
        )
        .route(
            "/balie/balie.js",
            get(|| asset("text/javascript; charset=utf-8", BALIE_JS)),
        )
}

/// The kit's stylesheet: the desk looks like the forms.
const LOKET_CSS: &str = include_str!("../../../components/style/loket.css");
/// The desk's own layout: header, navigation, tables, charts.
const BALIE_CSS: &str = include_str!("../../assets/balie.css");
/// Focuses the error summary or the main content, and shows a password on request.
const BALIE_JS: &str = include_str!("../../assets/balie.js");

async fn asset(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// The policy of every desk page: nothing from elsewhere, nothing inline, no framing.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// An HTML answer of the desk: never cached, never framed.
pub fn html(status: StatusCode, markup: Markup) -> Response {
    let mut response = (status, markup).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(POLICY),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// A cookie's value from the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (n, value) = pair.trim().split_once('=')?;
            (n == name).then_some(value)
        })
}

/// A `Set-Cookie` value: `HttpOnly`, `SameSite=Strict`, the whole site, `Secure` behind https.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, https: bool) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if https {
        cookie.push_str("; Secure");
    }
    cookie
}

/// The language of a desk page: `?lang=` (kept in a cookie), the cookie, or the desk's default.
pub fn language(
    app: &App,
    parts_query: Option<&str>,
    headers: &HeaderMap,
) -> (String, Option<String>) {
    let asked = parts_query.and_then(|q| {
        q.split('&')
            .find_map(|p| p.strip_prefix("lang="))
            .filter(|l| LANGUAGES.contains(l))
            .map(str::to_string)
    });
    if let Some(lang) = asked {
        let set = set_cookie(
            LANGUAGE_COOKIE,
            &lang,
            Some(365 * 24 * 3600),
            app.settings.https,
        );
        return (lang, Some(set));
    }
    let kept = cookie(headers, LANGUAGE_COOKIE)
        .filter(|l| LANGUAGES.contains(l))
        .map(str::to_string);
    (
        kept.unwrap_or_else(|| app.settings.desk_locale.clone()),
        None,
    )
}

/// A request of the desk: the language, and the signed-in account if any.
pub struct Desk {
    /// The service.
    pub app: Arc<App>,
    /// The language's tag.
    pub lang: String,
    /// A cookie to set with the answer (the language chosen).
    pub set_language: Option<String>,
    /// The account signed in, its role, the session token and CSRF token.
    pub who: Option<(String, String, String, String)>,
    /// The address asked for, without the query.
    pub path: String,
}

impl FromRequestParts<Arc<App>> for Desk {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<App>,
    ) -> Result<Self, Self::Rejection> {
        let (lang, set_language) = language(app, parts.uri.query(), &parts.headers);
        let now = clock::now_ms();
        let mut who = None;
        if let Some(token) = cookie(&parts.headers, COOKIE) {
            let session = app.store.session(token).await.map_err(failure)?;
            if let Some(session) = session {
                let fresh = now - session.seen_at < accounts::IDLE_MS
                    && now - session.created_at < accounts::LONGEST_MS;
                let user = app.store.user(&session.user).await.map_err(failure)?;
                match (fresh, user) {
                    (true, Some(user)) => {
                        if now - session.seen_at > 60_000 {
                            app.store.touch_session(token, now).await.map_err(failure)?;
                        }
                        who = Some((user.name, user.role, token.to_string(), session.csrf));
                    }
                    _ => app.store.end_session(token).await.map_err(failure)?,
                }
            }
        }
        Ok(Desk {
            app: app.clone(),
            lang,
            set_language,
            who,
            path: parts.uri.path().to_string(),
        })
    }
}

/// A page that stops a request early (to the sign-in page, no access, a database failure);
/// boxed, so every handler's result stays small.
pub struct Stop(Box<Response>);

impl From<Response> for Stop {
    fn from(response: Response) -> Self {
        Self(Box::new(response))
    }
}

impl IntoResponse for Stop {
    fn into_response(self) -> Response {
        *self.0
    }
}

/// The database failed: a plain answer, nothing half done.
fn failure(e: String) -> Response {
    tracing::error!(error = %e, "the desk could not reach the database");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "The service cannot reach its database. Try again in a minute.",
    )
        .into_response()
}

impl Desk {
    /// The texts in the desk's language.
    pub fn texts(&self) -> Texts<'_> {
        Texts {
            catalog: self.app.forms.catalog(),
            locale: Locale::new(&self.lang),
            profile: &self.app.forms.profile,
        }
    }

    /// The header's account, when signed in.
    pub fn who(&self) -> Option<Who<'_>> {
        self.who
            .as_ref()
            .map(|(name, role, _, csrf)| Who { name, role, csrf })
    }

    /// Whether an admin is signed in.
    pub fn is_admin(&self) -> bool {
        self.who
            .as_ref()
            .is_some_and(|(_, role, _, _)| role == "admin")
    }

    /// The account's name (empty when nobody is signed in).
    pub fn user(&self) -> &str {
        self.who
            .as_ref()
            .map_or("", |(name, _, _, _)| name.as_str())
    }

    /// Whether a posted CSRF token is the session's.
    pub fn csrf_fits(&self, posted: &str) -> bool {
        self.who.as_ref().is_some_and(|(_, _, _, csrf)| {
            !posted.is_empty() && constant_time_eq(csrf.as_bytes(), posted.as_bytes())
        })
    }

    /// Adds a line to the audit log.
    pub async fn audit(&self, action: &str, subject: &str) -> Result<(), Stop> {
        self.app
            .store
            .audit(self.user(), action, subject, clock::now_ms())
            .await
            .map_err(|e| Stop::from(failure(e)))
    }

    /// Sends an answer with the language cookie when one was chosen.
    pub fn respond(&self, mut response: Response) -> Response {
        if let Some(set) = &self.set_language
            && let Ok(value) = HeaderValue::from_str(set)
        {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        response
    }

    /// To the sign-in page, when nobody is signed in.
    pub fn require_signed_in(&self) -> Result<(), Stop> {
        if self.who.is_some() {
            Ok(())
        } else {
            Err(Redirect::to("/balie/inloggen").into_response().into())
        }
    }
}

/// Compares two byte strings in a time that does not depend on where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The signed-in account of a request to an endpoint (for a form sent on a resident's behalf):
/// `None` when the request carries no live session.
pub async fn signed_in(app: &App, headers: &HeaderMap) -> Option<String> {
    let token = cookie(headers, COOKIE)?;
    let session = app.store.session(token).await.ok()??;
    let now = clock::now_ms();
    let fresh = now - session.seen_at < accounts::IDLE_MS
        && now - session.created_at < accounts::LONGEST_MS;
    fresh.then_some(session.user)
}

/// The sign-in form's CSRF cookie and token.
pub fn login_token() -> String {
    crate::seal::random::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The name of the sign-in form's CSRF cookie.
pub fn login_cookie_name() -> &'static str {
    LOGIN_COOKIE
}
