//! The desk's pages: signing in and out, the start page, a resident's answers behind a short
//! code, a submission, the call-back requests, the deliveries and the audit log.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Form, Path};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use loket::core::exchange::in_words::answer_in_words;
use loket::core::exchange::payload::{Value, normalised};
use loket::core::exchange::short_code::{ShortCode, ShortCodeError};
use loket::core::texts::i18n::Arg;
use loket::core::texts::messages::{self, date_in_words};
use loket::{FormSpec, Locale, Package};
use maud::{Markup, html};

use super::accounts::{self, SignIn};
use super::layout::{Problem, Texts, field, page};
use super::{COOKIE, Desk, Stop, cookie, html, login_cookie_name, login_token, set_cookie};
use crate::{clock, seal};

/// The fields of a posted form.
type Fields = Form<HashMap<String, String>>;

fn value<'a>(fields: &'a HashMap<String, String>, name: &str) -> &'a str {
    fields.get(name).map_or("", String::as_str)
}

/// A date and time in words, in Dutch time.
fn moment(texts: &Texts<'_>, ms: i64) -> (String, String) {
    let (day, time) = clock::dutch_time(ms);
    (date_in_words(texts.catalog, &texts.locale, day), time)
}

/// A page that only says something (not found, no access, expired).
fn notice(desk: &Desk, status: StatusCode, title_key: &str, body_key: &str) -> Response {
    let texts = desk.texts();
    let title = texts.t(title_key);
    let body = html! {
        h1 class="loket-heading" { (title) }
        p { (texts.t(body_key)) }
    };
    desk.respond(html(
        status,
        page(&texts, &title, &desk.path, desk.who().as_ref(), &[], body),
    ))
}

/// A form post without the session's CSRF token: refused, nothing done.
fn refused(desk: &Desk) -> Response {
    notice(
        desk,
        StatusCode::FORBIDDEN,
        "balie-error-title",
        "balie-login-error-expired",
    )
}

fn admins_only(desk: &Desk) -> Result<(), Stop> {
    desk.require_signed_in()?;
    if desk.is_admin() {
        Ok(())
    } else {
        Err(notice(
            desk,
            StatusCode::FORBIDDEN,
            "balie-forbidden-title",
            "balie-forbidden-body",
        )
        .into())
    }
}

/// `GET /balie`.
pub async fn home(desk: Desk) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    let texts = desk.texts();
    let title = texts.t("balie-home-title");
    let mut links = vec![
        ("/balie/code", "balie-home-code"),
        ("/balie/terugbellen", "balie-home-callbacks"),
        ("/balie/inzicht", "balie-home-insight"),
    ];
    if desk.is_admin() {
        links.push(("/balie/bezorging", "balie-home-deliveries"));
        links.push(("/balie/logboek", "balie-home-audit"));
    }
    let body = html! {
        h1 class="loket-heading" { (title) }
        p class="loket-intro" { (texts.t("balie-home-intro")) }
        ul class="balie-links" {
            @for (href, key) in links {
                li { a href=(href) { (texts.t(key)) } }
            }
        }
    };
    Ok(desk.respond(html(
        StatusCode::OK,
        page(&texts, &title, "/balie", desk.who().as_ref(), &[], body),
    )))
}

fn login_page(
    desk: &Desk,
    name: &str,
    problems: &[Problem],
    token: &str,
    signed_out: bool,
) -> Response {
    let texts = desk.texts();
    let title = texts.t("balie-login-title");
    let problem = problems.first();
    let body = html! {
        h1 class="loket-heading" { (title) }
        @if signed_out {
            div role="status" class="utrecht-alert loket-alert balie-alert" { p { (texts.t("balie-signed-out")) } }
        }
        p class="loket-intro" { (texts.t("balie-login-intro")) }
        form method="post" action="/balie/inloggen" novalidate class="loket-form" {
            input type="hidden" name="csrf" value=(token);
            (field(&texts, "name", &texts.t("balie-login-name"), None, "text", "username", name, problem))
            (field(&texts, "password", &texts.t("balie-login-password"), None, "password", "current-password", "", problem))
            div class="utrecht-form-field loket-radio loket-radio--checkbox balie-show-password" hidden {
                input class="loket-radio__input utrecht-checkbox" type="checkbox" id="show-password" data-shows="password";
                label class="utrecht-form-label loket-radio__label" for="show-password" { (texts.t("balie-login-show")) }
            }
            div class="utrecht-button-group loket-actions" {
                button type="submit" class="utrecht-button utrecht-button--primary-action loket-button" { (texts.t("balie-login-submit")) }
            }
        }
    };
    let mut response = html(
        StatusCode::OK,
        page(&texts, &title, "/balie/inloggen", None, problems, body),
    );
    if let Ok(v) = HeaderValue::from_str(&set_cookie(
        login_cookie_name(),
        token,
        Some(3600),
        desk.app.settings.https,
    )) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    desk.respond(response)
}

/// `GET /balie/inloggen`.
pub async fn login_form(desk: Desk, uri: axum::http::Uri) -> Response {
    if desk.who.is_some() {
        return Redirect::to("/balie").into_response();
    }
    let signed_out = uri.query().is_some_and(|q| q.contains("uit=1"));
    login_page(&desk, "", &[], &login_token(), signed_out)
}

/// `POST /balie/inloggen`.
pub async fn login(desk: Desk, headers: HeaderMap, Form(fields): Fields) -> Response {
    let texts = desk.texts();
    let name = value(&fields, "name").trim().to_string();
    let password = value(&fields, "password");
    let token = login_token();
    let expected = cookie(&headers, login_cookie_name()).unwrap_or_default();
    let posted = value(&fields, "csrf");
    if expected.is_empty() || !super::constant_time_eq(expected.as_bytes(), posted.as_bytes()) {
        let problems = [Problem {
            field: "name",
            message: texts.t("balie-login-error-expired"),
        }];
        return login_page(&desk, &name, &problems, &token, false);
    }
    if name.is_empty() || password.is_empty() {
        let field = if name.is_empty() { "name" } else { "password" };
        let problems = [Problem {
            field,
            message: texts.t("balie-login-error-empty"),
        }];
        return login_page(&desk, &name, &problems, &token, false);
    }
    match accounts::sign_in(&desk.app.store, &name, password).await {
        Ok(SignIn::Welcome { token, .. }) => {
            let mut response = Redirect::to("/balie").into_response();
            let https = desk.app.settings.https;
            for set in [
                set_cookie(COOKIE, &token, None, https),
                set_cookie(login_cookie_name(), "", Some(0), https),
            ] {
                if let Ok(v) = HeaderValue::from_str(&set) {
                    response.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            response
        }
        Ok(SignIn::Wrong) => {
            let problems = [Problem {
                field: "password",
                message: texts.t("balie-login-error-wrong"),
            }];
            login_page(&desk, &name, &problems, &token, false)
        }
        Ok(SignIn::Locked(minutes)) => {
            let message = texts.tf(
                "balie-login-error-locked",
                &[("minutes", Arg::Number(minutes as f64))],
            );
            login_page(
                &desk,
                &name,
                &[Problem {
                    field: "password",
                    message,
                }],
                &token,
                false,
            )
        }
        Err(e) => super::failure(e),
    }
}

/// `POST /balie/uitloggen`.
pub async fn logout(desk: Desk, Form(fields): Fields) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    if !desk.csrf_fits(value(&fields, "csrf")) {
        return Ok(refused(&desk));
    }
    desk.audit("sign-out", "").await?;
    if let Some((_, _, token, _)) = &desk.who {
        desk.app
            .store
            .end_session(token)
            .await
            .map_err(super::failure)?;
    }
    let mut response = Redirect::to("/balie/inloggen?uit=1").into_response();
    if let Ok(v) = HeaderValue::from_str(&set_cookie(COOKIE, "", Some(0), desk.app.settings.https))
    {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

/// The answers of a form by its steps, as the check page lays them out: each step's title, and
/// each answered question's label and answer in words.
fn answers_view(texts: &Texts<'_>, spec: &FormSpec, answers: &BTreeMap<String, Value>) -> Markup {
    html! {
        @for step in &spec.steps {
            @let given: Vec<_> = step.questions.iter().filter(|q| answers.contains_key(&q.id)).collect();
            @if !given.is_empty() {
                h3 class="balie-step-title" { (texts.t(&messages::step_title(&spec.id, &step.id))) }
                dl class="loket-summary" {
                    @for q in given {
                        div class="loket-summary__row" {
                            dt class="loket-summary__key" { (texts.t(&messages::label(&spec.id, &q.id))) }
                            dd class="loket-summary__value" { (answer_in_words(texts.catalog, &texts.locale, spec, q, answers.get(&q.id))) }
                        }
                    }
                }
            }
        }
    }
}

fn code_page(desk: &Desk, typed: &str, problems: &[Problem], result: Option<Markup>) -> Response {
    let texts = desk.texts();
    let title = texts.t("balie-code-title");
    let csrf = desk.who().map(|w| w.csrf.to_string()).unwrap_or_default();
    let body = html! {
        h1 class="loket-heading" { (title) }
        p class="loket-intro" { (texts.t("balie-code-intro")) }
        form method="post" action="/balie/code" novalidate class="loket-form" {
            input type="hidden" name="csrf" value=(csrf);
            (field(&texts, "code", &texts.t("balie-code-label"), Some(&texts.t("balie-code-hint")), "text", "off", typed, problems.first()))
            div class="utrecht-button-group loket-actions" {
                button type="submit" class="utrecht-button utrecht-button--primary-action loket-button" { (texts.t("balie-code-open")) }
            }
        }
        @if let Some(result) = result { (result) }
    };
    desk.respond(html(
        StatusCode::OK,
        page(
            &texts,
            &title,
            "/balie/code",
            desk.who().as_ref(),
            problems,
            body,
        ),
    ))
}

/// `GET /balie/code`.
pub async fn code_form(desk: Desk) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    Ok(code_page(&desk, "", &[], None))
}

/// `POST /balie/code`: the answers behind a short code, with where the resident was and why
/// the form offered help, and a link to finish the form together.
pub async fn code(desk: Desk, Form(fields): Fields) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    if !desk.csrf_fits(value(&fields, "csrf")) {
        return Ok(refused(&desk));
    }
    let texts = desk.texts();
    let typed = value(&fields, "code").to_string();
    let problem = |key: &str| {
        vec![Problem {
            field: "code",
            message: texts.t(key),
        }]
    };
    let code = match ShortCode::parse(&typed) {
        Ok(code) => code,
        Err(ShortCodeError::Mistyped) => {
            return Ok(code_page(
                &desk,
                &typed,
                &problem("balie-code-error-mistyped"),
                None,
            ));
        }
        Err(_) => {
            return Ok(code_page(
                &desk,
                &typed,
                &problem("balie-code-error-length"),
                None,
            ));
        }
    };
    let digest = seal::digest(code.as_str());
    let found = desk
        .app
        .store
        .handoff(&digest, clock::now_ms())
        .await
        .map_err(super::failure)?;
    let opened = found.as_ref().and_then(|f| {
        let bytes = desk
            .app
            .keys
            .open(&f.package_sealed, f.key_hash.as_bytes())?;
        serde_json::from_slice::<Package>(&bytes).ok()
    });
    let (Some(found), Some(package)) = (found, opened) else {
        return Ok(code_page(
            &desk,
            &typed,
            &problem("balie-code-error-unknown"),
            None,
        ));
    };
    let Some(spec) = desk.app.forms.any(&package.form) else {
        return Ok(code_page(
            &desk,
            &typed,
            &problem("balie-code-error-unknown"),
            None,
        ));
    };
    desk.audit(
        "view-handoff",
        &format!("{} {}", package.form, &digest[..8]),
    )
    .await?;
    let answers: BTreeMap<String, Value> = package
        .answers
        .iter()
        .filter_map(|(id, a)| Some((id.clone(), normalised(&spec.question(id)?.kind, a)?)))
        .collect();
    let page_name = match found.page.as_str() {
        "" => String::new(),
        "check" => texts.t("balie-page-check"),
        "sent" => texts.t("balie-page-sent"),
        other => other
            .strip_prefix("step:")
            .map(|step| texts.t(&messages::step_title(&spec.id, step)))
            .unwrap_or_default(),
    };
    let stuck = if found.stuck.is_empty() {
        texts.t("balie-code-stuck-none")
    } else {
        texts.t(&format!("balie-stuck-{}", found.stuck.replace('_', "-")))
    };
    let language = texts
        .catalog
        .text(&Locale::new(&package.locale), "loket-language-name");
    let (expires, _) = moment(&texts, found.expires_at - 1);
    let continue_at = format!(
        "{}?balie=1&code={}&lang={}",
        "/loket",
        code.as_str(),
        package.locale
    );
    let result = html! {
        section class="balie-result" aria-labelledby="balie-result-title" {
            h2 id="balie-result-title" { (texts.t(&messages::form_title(&spec.id))) " " (code.grouped()) }
            dl class="loket-summary balie-facts" aria-label=(texts.t("balie-code-about")) {
                div class="loket-summary__row" { dt class="loket-summary__key" { (texts.t("balie-code-form")) } dd class="loket-summary__value" { (texts.t(&messages::form_title(&spec.id))) } }
                div class="loket-summary__row" { dt class="loket-summary__key" { (texts.t("balie-code-language")) } dd class="loket-summary__value" lang=(package.locale) { (language) } }
                @if !page_name.is_empty() {
                    div class="loket-summary__row" { dt class="loket-summary__key" { (texts.t("balie-code-page")) } dd class="loket-summary__value" { (page_name) } }
                }
                div class="loket-summary__row" { dt class="loket-summary__key" { (texts.t("balie-code-stuck")) } dd class="loket-summary__value" { (stuck) } }
                div class="loket-summary__row" { dt class="loket-summary__key" { (texts.t("balie-code-expires")) } dd class="loket-summary__value" { (expires) } }
            }
            h2 { (texts.t("balie-code-answers")) }
            (answers_view(&texts, spec, &answers))
            p { a class="utrecht-link balie-continue" href=(continue_at) { (texts.t("balie-code-continue")) } }
        }
    };
    Ok(code_page(&desk, &code.grouped(), &[], Some(result)))
}

/// `GET /balie/inzendingen/<reference>`: one submission (the department's e-mail links here).
pub async fn submission(desk: Desk, Path(reference): Path<String>) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    let kept = desk
        .app
        .store
        .kept(&reference)
        .await
        .map_err(super::failure)?;
    let Some(kept) = kept else {
        return Ok(notice(
            &desk,
            StatusCode::NOT_FOUND,
            "balie-not-found-title",
            "balie-not-found-body",
        ));
    };
    let Some(spec) = desk.app.forms.any(&kept.submission.form) else {
        return Ok(notice(
            &desk,
            StatusCode::NOT_FOUND,
            "balie-not-found-title",
            "balie-not-found-body",
        ));
    };
    desk.audit("view-submission", &reference).await?;
    let texts = desk.texts();
    let form = texts.t(&messages::form_title(&spec.id));
    let title = texts.tf(
        "balie-submission-title",
        &[
            ("form", form.into()),
            ("reference", reference.clone().into()),
        ],
    );
    let (date, time) = moment(&texts, kept.received_at);
    let body = html! {
        h1 class="loket-heading" { (title) }
        p { (texts.tf("balie-submission-received", &[("date", date.into()), ("time", time.into())])) }
        @if let Some(user) = &kept.submission.assisted_by {
            p { (texts.tf("balie-submission-assisted", &[("user", user.clone().into())])) }
        }
        h2 { (texts.t("balie-submission-answers")) }
        (answers_view(&texts, spec, &kept.submission.answers))
    };
    Ok(desk.respond(html(
        StatusCode::OK,
        page(&texts, &title, &desk.path, desk.who().as_ref(), &[], body),
    )))
}

/// The statuses a call-back request can have.
const STATUSES: [&str; 3] = ["open", "called", "done"];

/// One call-back request as listed.
struct Callback {
    reference: String,
    received_at: i64,
    about: String,
    details: Vec<(String, String)>,
    status: String,
    changed: Option<(String, i64)>,
}

async fn callbacks_of(desk: &Desk) -> Result<Vec<Callback>, Stop> {
    let texts = desk.texts();
    let rows = desk
        .app
        .store
        .callback_requests(200)
        .await
        .map_err(super::failure)?;
    let spec = desk.app.forms.callback().cloned();
    let mut list = Vec::new();
    for (reference, received_at, payload) in rows {
        let Ok(submission) =
            serde_json::from_str::<loket::core::exchange::payload::Submission>(&payload)
        else {
            continue;
        };
        let details = spec
            .as_ref()
            .map(|spec| {
                spec.questions()
                    .filter(|q| submission.answers.contains_key(&q.id))
                    .map(|q| {
                        (
                            texts.t(&messages::label(&spec.id, &q.id)),
                            answer_in_words(
                                texts.catalog,
                                &texts.locale,
                                spec,
                                q,
                                submission.answers.get(&q.id),
                            ),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let status = desk
            .app
            .store
            .callback_status(&reference)
            .await
            .map_err(super::failure)?;
        let about = submission
            .about
            .as_deref()
            .map(|a| texts.t(&messages::form_title(a)))
            .unwrap_or_default();
        list.push(Callback {
            reference,
            received_at,
            about,
            details,
            status: status
                .as_ref()
                .map_or("open".to_string(), |s| s.status.clone()),
            changed: status.map(|s| (s.changed_by, s.changed_at)),
        });
    }
    Ok(list)
}

/// `GET /balie/terugbellen`.
pub async fn callbacks(desk: Desk) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    let list = callbacks_of(&desk).await?;
    desk.audit("view-callbacks", "").await?;
    let texts = desk.texts();
    let title = texts.t("balie-callbacks-title");
    let csrf = desk.who().map(|w| w.csrf.to_string()).unwrap_or_default();
    let body = html! {
        h1 class="loket-heading" { (title) }
        p class="loket-intro" { (texts.t("balie-callbacks-intro")) }
        @if list.is_empty() {
            p { (texts.t("balie-callbacks-none")) }
        } @else {
            div class="balie-table-wrap" tabindex="0" role="region" aria-labelledby="balie-callbacks-caption" {
                table class="balie-table" {
                    caption id="balie-callbacks-caption" { (texts.t("balie-callbacks-caption")) }
                    thead { tr {
                        th scope="col" { (texts.t("balie-callbacks-reference")) }
                        th scope="col" { (texts.t("balie-callbacks-received")) }
                        th scope="col" { (texts.t("balie-callbacks-about")) }
                        th scope="col" { (texts.t("balie-callbacks-details")) }
                        th scope="col" { (texts.t("balie-callbacks-status")) }
                    } }
                    tbody {
                        @for c in &list {
                            @let (date, time) = moment(&texts, c.received_at);
                            tr {
                                th scope="row" { (c.reference) }
                                td { (date) " " (time) }
                                td { (c.about) }
                                td { ul class="balie-details" { @for (label, answer) in &c.details { li { (label) ": " (answer) } } } }
                                td {
                                    form method="post" action={ "/balie/terugbellen/" (c.reference) } class="balie-status" {
                                        input type="hidden" name="csrf" value=(csrf);
                                        label class="loket-visually-hidden" for={ "status-" (c.reference) } {
                                            (texts.tf("balie-callbacks-change", &[("reference", c.reference.clone().into())]))
                                        }
                                        select class="utrecht-select balie-select" id={ "status-" (c.reference) } name="status" {
                                            @for s in STATUSES {
                                                option value=(s) selected[s == c.status] { (texts.t(&format!("balie-status-{s}"))) }
                                            }
                                        }
                                        " "
                                        button type="submit" class="utrecht-button utrecht-button--secondary-action loket-button" { (texts.t("balie-callbacks-save")) }
                                        @if let Some((user, at)) = &c.changed {
                                            @let (date, time) = moment(&texts, *at);
                                            p class="loket-hint" { (texts.tf("balie-callbacks-changed", &[("user", user.clone().into()), ("date", date.into()), ("time", time.into())])) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(desk.respond(html(
        StatusCode::OK,
        page(
            &texts,
            &title,
            "/balie/terugbellen",
            desk.who().as_ref(),
            &[],
            body,
        ),
    )))
}

/// `POST /balie/terugbellen/<reference>`.
pub async fn callback_status(
    desk: Desk,
    Path(reference): Path<String>,
    Form(fields): Fields,
) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    if !desk.csrf_fits(value(&fields, "csrf")) {
        return Ok(refused(&desk));
    }
    let status = value(&fields, "status");
    let known = desk
        .app
        .store
        .kept(&reference)
        .await
        .map_err(super::failure)?;
    if !STATUSES.contains(&status) || known.is_none() {
        return Ok(notice(
            &desk,
            StatusCode::NOT_FOUND,
            "balie-not-found-title",
            "balie-not-found-body",
        ));
    }
    desk.app
        .store
        .set_callback_status(&reference, status, desk.user(), clock::now_ms())
        .await
        .map_err(super::failure)?;
    desk.audit("change-callback", &format!("{reference} {status}"))
        .await?;
    Ok(Redirect::to("/balie/terugbellen").into_response())
}

/// `GET /balie/api/terugbellen`: the call-back requests as JSON; 401 when not signed in.
pub async fn callbacks_json(desk: Desk) -> Result<Response, Stop> {
    if desk.who.is_none() {
        return Ok(crate::api::error::ApiError::new(
            StatusCode::UNAUTHORIZED,
            "not-signed-in",
            "Sign in at /balie/inloggen first.",
        )
        .into_response());
    }
    let list = callbacks_of(&desk).await?;
    desk.audit("view-callbacks", "").await?;
    let json: Vec<serde_json::Value> = list
        .iter()
        .map(|c| serde_json::json!({"reference": c.reference, "received_at": clock::iso(c.received_at), "status": c.status}))
        .collect();
    Ok(crate::api::error::json(StatusCode::OK, &json))
}

/// `GET /balie/bezorging` (admins).
pub async fn deliveries(desk: Desk) -> Result<Response, Stop> {
    admins_only(&desk)?;
    let rows = desk
        .app
        .store
        .open_deliveries()
        .await
        .map_err(super::failure)?;
    let texts = desk.texts();
    let title = texts.t("balie-deliveries-title");
    let csrf = desk.who().map(|w| w.csrf.to_string()).unwrap_or_default();
    let body = html! {
        h1 class="loket-heading" { (title) }
        p class="loket-intro" { (texts.t("balie-deliveries-intro")) }
        @if rows.is_empty() {
            p { (texts.t("balie-deliveries-none")) }
        } @else {
            div class="balie-table-wrap" tabindex="0" role="region" aria-labelledby="balie-deliveries-caption" {
                table class="balie-table" {
                    caption id="balie-deliveries-caption" { (texts.t("balie-deliveries-caption")) }
                    thead { tr {
                        th scope="col" { (texts.t("balie-deliveries-reference")) }
                        th scope="col" { (texts.t("balie-deliveries-target")) }
                        th scope="col" { (texts.t("balie-deliveries-state")) }
                        th scope="col" { (texts.t("balie-deliveries-tries")) }
                        th scope="col" { (texts.t("balie-deliveries-next")) }
                        th scope="col" { (texts.t("balie-deliveries-error")) }
                    } }
                    tbody {
                        @for r in &rows {
                            @let (date, time) = moment(&texts, r.next_at);
                            tr {
                                th scope="row" { (r.reference) }
                                td { (texts.t(&format!("balie-target-{}", r.target))) }
                                td { (texts.t(&format!("balie-state-{}", r.state))) }
                                td { (r.tries) }
                                td { @if r.state == "pending" { (date) " " (time) } }
                                td {
                                    span class="balie-error-text" { (r.last_error) }
                                    form method="post" action="/balie/bezorging/opnieuw" {
                                        input type="hidden" name="csrf" value=(csrf);
                                        input type="hidden" name="id" value=(r.id);
                                        button type="submit" class="utrecht-button utrecht-button--secondary-action loket-button" {
                                            (texts.tf("balie-deliveries-retry", &[("reference", r.reference.clone().into())]))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(desk.respond(html(
        StatusCode::OK,
        page(
            &texts,
            &title,
            "/balie/bezorging",
            desk.who().as_ref(),
            &[],
            body,
        ),
    )))
}

/// `POST /balie/bezorging/opnieuw` (admins).
pub async fn retry(desk: Desk, Form(fields): Fields) -> Result<Response, Stop> {
    admins_only(&desk)?;
    if !desk.csrf_fits(value(&fields, "csrf")) {
        return Ok(refused(&desk));
    }
    let id = value(&fields, "id");
    if desk
        .app
        .store
        .retry_delivery(id, clock::now_ms())
        .await
        .map_err(super::failure)?
    {
        desk.audit("retry-delivery", id).await?;
        desk.app.delivery.wake();
    }
    Ok(Redirect::to("/balie/bezorging").into_response())
}

/// `GET /balie/logboek` (admins).
pub async fn audit(desk: Desk) -> Result<Response, Stop> {
    admins_only(&desk)?;
    desk.audit("view-audit", "").await?;
    let lines = desk
        .app
        .store
        .audit_lines(500)
        .await
        .map_err(super::failure)?;
    let texts = desk.texts();
    let title = texts.t("balie-audit-title");
    let body = html! {
        h1 class="loket-heading" { (title) }
        p class="loket-intro" { (texts.t("balie-audit-intro")) }
        @if lines.is_empty() {
            p { (texts.t("balie-audit-none")) }
        } @else {
            div class="balie-table-wrap" tabindex="0" role="region" aria-labelledby="balie-audit-caption" {
                table class="balie-table" {
                    caption id="balie-audit-caption" { (texts.t("balie-audit-caption")) }
                    thead { tr {
                        th scope="col" { (texts.t("balie-audit-when")) }
                        th scope="col" { (texts.t("balie-audit-who")) }
                        th scope="col" { (texts.t("balie-audit-what")) }
                        th scope="col" { (texts.t("balie-audit-subject")) }
                    } }
                    tbody {
                        @for l in &lines {
                            @let (date, time) = moment(&texts, l.at);
                            tr {
                                td { (date) " " (time) }
                                td { (l.user) }
                                td { (texts.t(&format!("balie-action-{}", l.action))) }
                                td { (l.subject) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(desk.respond(html(
        StatusCode::OK,
        page(
            &texts,
            &title,
            "/balie/logboek",
            desk.who().as_ref(),
            &[],
            body,
        ),
    )))
}
