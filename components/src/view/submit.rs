//! Sending a form: one reference and idempotency key per filled-in form, the payload of the
//! answers shown, and the POST itself. Used by the guided form, the call-back form, feedback
//! and journey signals.

use leptos::prelude::*;

use super::browser;
use super::context::{FormCtx, Kit};
use crate::core::SendingKeys;
use crate::core::exchange::payload::{Envelope, Submission, build};
use crate::core::exchange::reference::{reference, unbiased_bytes};
use crate::core::journey::sending::{
    ATTEMPT_TIMEOUT_MS, Attempt, Receipt, SendProblem, outcome, refused_answers,
};
use crate::core::rules::validate::FieldError;

/// The form's reference and idempotency key, made on the first attempt and kept in the draft:
/// a retry, a double click or a send after a refresh uses the same.
pub fn sending_keys(ctx: &FormCtx) -> SendingKeys {
    if let Some(existing) = ctx.sending.get_untracked() {
        return existing;
    }
    let fresh = fresh_keys(ctx.form());
    ctx.sending.set(Some(fresh.clone()));
    fresh
}

/// A new reference and idempotency key for `form`, from the browser's random numbers.
pub fn fresh_keys(form: &str) -> SendingKeys {
    let key: String = browser::random_bytes::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    SendingKeys {
        reference: reference(form, unbiased_bytes(browser::random_bytes::<16>)),
        idempotency_key: key,
    }
}

/// The payload of the answers now, stamped with the keys, language and time.
pub fn submission(kit: &Kit, ctx: &FormCtx, keys: &SendingKeys) -> Submission {
    let locale = kit.locale.get_untracked();
    let submitted_at = browser::now_iso();
    let mut payload = ctx.answers.with_untracked(|a| {
        build(
            &ctx.spec,
            a,
            &Envelope {
                reference: &keys.reference,
                idempotency_key: &keys.idempotency_key,
                municipality: &kit.profile.id,
                locale: locale.tag(),
                submitted_at: &submitted_at,
            },
        )
    });
    payload.assisted = ctx.assisted;
    payload.prefilled = ctx.prefilled.as_ref().and_then(|p| {
        ctx.answers
            .with_untracked(|a| p.mark(a, payload.answers.keys()))
    });
    payload
}

/// Why an attempt did not send the form: the problem, and the answers the service refused
/// (a `422`), which the form shows on their steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong.
    pub problem: SendProblem,
    /// The refused answers, if the service named any.
    pub refused: Vec<FieldError>,
}

/// Posts the payload once, with its idempotency key also as a header, giving up after
/// [`ATTEMPT_TIMEOUT_MS`]; on success, what the service said about it.
pub async fn deliver(url: &str, payload: &Submission) -> Result<Receipt, Failure> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let timer = controller
        .map(|c| gloo_timers::callback::Timeout::new(ATTEMPT_TIMEOUT_MS, move || c.abort()));
    let request = gloo_net::http::Request::post(url)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", &payload.idempotency_key)
        .abort_signal(signal.as_ref())
        .body(payload.to_json());
    let (attempt, body) = match request {
        Ok(request) => match request.send().await {
            Ok(response) => {
                let status = response.status();
                let body = if (200..300).contains(&status) || status == 422 {
                    response.text().await.unwrap_or_default()
                } else {
                    String::new()
                };
                (Attempt::Answered(status), body)
            }
            Err(_) if signal.as_ref().is_some_and(web_sys::AbortSignal::aborted) => {
                (Attempt::TimedOut, String::new())
            }
            Err(_) => (
                Attempt::NoConnection {
                    online: browser::is_online(),
                },
                String::new(),
            ),
        },
        Err(_) => (Attempt::Answered(400), String::new()),
    };
    drop(timer);
    match outcome(attempt) {
        Ok(()) => Ok(Receipt::from_reply(&body, &payload.reference)),
        Err(problem) => Err(Failure {
            problem,
            refused: refused_answers(&body),
        }),
    }
}

/// Posts the payload as JSON; `true` when the endpoint answered 2xx.
pub async fn post(url: &str, payload: &Submission) -> bool {
    deliver(url, payload).await.is_ok()
}

/// Posts a JSON body; `true` when the endpoint answered 2xx.
pub async fn post_json(url: &str, body: String) -> bool {
    match gloo_net::http::Request::post(url)
        .header("Content-Type", "application/json")
        .body(body)
    {
        Ok(request) => request.send().await.is_ok_and(|r| r.ok()),
        Err(_) => false,
    }
}
