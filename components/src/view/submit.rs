//! Sending a form: one reference per filled-in form, the payload of the answers shown, and the
//! POST itself. Used by the guided form, the call-back form, feedback and journey signals.

use leptos::prelude::*;

use super::browser;
use super::context::{FormCtx, Kit};
use crate::core::payload::{build, Envelope, Submission};
use crate::core::reference::reference;

/// The form's reference, made on the first attempt: a retry after a failure sends the same.
pub fn stable_reference(ctx: &FormCtx) -> String {
    if let Some(existing) = ctx.reference.get_value() {
        return existing;
    }
    let fresh = reference(ctx.form(), browser::random_bytes());
    ctx.reference.set_value(Some(fresh.clone()));
    fresh
}

/// The payload of the answers now, stamped with the reference, language and time.
pub fn submission(kit: &Kit, ctx: &FormCtx, reference: &str) -> Submission {
    let locale = kit.locale.get_untracked();
    let submitted_at = browser::now_iso();
    ctx.answers.with_untracked(|a| {
        build(
            &ctx.spec,
            a,
            &Envelope {
                reference,
                municipality: &kit.profile.id,
                locale: locale.tag(),
                submitted_at: &submitted_at,
            },
        )
    })
}

/// Posts the payload as JSON; `true` when the endpoint answered 2xx.
pub async fn post(url: &str, payload: &Submission) -> bool {
    post_json(url, payload.to_json()).await
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
