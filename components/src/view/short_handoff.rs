//! "Korte code om voor te lezen" / "Short code to read out", on the hand-off page: when the
//! profile names a hand-off endpoint, the resident can ask the municipality's service to keep
//! the chosen answers behind a code of nine characters ("K7M-4QX-9PT") that is easy to read
//! out on the phone. The code is shown for the eye in three groups and read by screen readers
//! character by character; a copy button sits beside it. A change of the chosen answers
//! afterwards replaces what the service keeps, and the code stays. When the service cannot be
//! reached, the long code, the QR code and the answers file below work as before.

use leptos::prelude::*;

use super::browser;
use super::context::{use_form, use_kit};
use crate::core::Package;
use crate::core::exchange::short_code::{HandOffReply, HandOffRequest, REQUEST_SCHEMA, ShortCode};
use crate::core::texts::messages::date_in_words;

/// Where making the code stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    /// Not asked for yet.
    Idle,
    /// Asked; waiting for the service.
    Busy,
    /// The service keeps the answers behind this code.
    Ready(HandOffReply),
    /// The service could not be reached or refused.
    Failed,
}

/// Asks the service to keep the package under the page's key; the reply names the code.
async fn request_code(url: &str, request: &HandOffRequest) -> Option<HandOffReply> {
    let body = serde_json::to_string(request).ok()?;
    let response = gloo_net::http::Request::post(url)
        .header("Content-Type", "application/json")
        .body(body)
        .ok()?
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    let reply: HandOffReply = response.json().await.ok()?;
    ShortCode::parse(&reply.code).ok().map(|_| reply)
}

/// The id of the code's element, focused once the code is there.
const CODE: &str = "loket-handoff-short";

/// The short-code part of the hand-off page; nothing when the profile has no hand-off
/// endpoint.
#[component]
pub fn ShortHandOff(
    /// The chosen answers, as they change.
    package: Memo<Package>,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    if kit.profile.handoff_endpoint.is_none() {
        return ().into_any();
    }
    let url = kit.profile.help_url(ctx.form());
    let days = kit
        .profile
        .retention_of(ctx.form())
        .map_or(crate::core::model::profile::DEFAULT_HANDOFF_DAYS, |r| {
            r.handoff_days
        });
    let key: String = browser::random_bytes::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let state = RwSignal::new(State::Idle);
    let copied = RwSignal::new(false);
    let host = kit.host;

    let send = {
        let (url, key, ctx) = (url.clone(), key.clone(), ctx.clone());
        move |first: bool| {
            // Where the resident was, and why help was offered: for the helper.
            let page = ctx
                .position
                .with_untracked(|p| crate::core::exchange::signals::page_name(&ctx.spec, p));
            let request = HandOffRequest {
                schema: REQUEST_SCHEMA.to_string(),
                schema_version: 1,
                key: key.clone(),
                package: package.get_untracked(),
                page: Some(page),
                stuck: ctx.offer.get_untracked(),
            };
            let url = url.clone();
            if first {
                state.set(State::Busy);
            }
            leptos::task::spawn_local(async move {
                let reply = request_code(&url, &request).await;
                let Some(current) = state.try_get_untracked() else {
                    return;
                };
                match reply {
                    Some(reply) => {
                        state.set(State::Ready(reply));
                        if first {
                            host.focus_soon(CODE);
                        }
                    }
                    // A failed update keeps the code shown: the service still has the
                    // earlier choice behind it.
                    None if matches!(current, State::Ready(_)) => {}
                    None => state.set(State::Failed),
                }
            });
        }
    };
    // A change of the chosen answers once the code exists: the service keeps the new choice.
    {
        let send = send.clone();
        Effect::new(move |was: Option<()>| {
            package.track();
            if was.is_some() && matches!(state.get_untracked(), State::Ready(_)) {
                copied.set(false);
                send(false);
            }
        });
    }

    let status = {
        let kit = kit.clone();
        move || match state.get() {
            State::Busy => Some(kit.t("loket-handoff-short-busy")),
            State::Failed => Some(kit.t("loket-handoff-short-failed")),
            State::Ready(_) if copied.get() => Some(kit.t("loket-handoff-short-copied")),
            _ => None,
        }
    };
    let code_view = {
        let kit = kit.clone();
        let send = send.clone();
        move || match state.get() {
            State::Ready(reply) => {
                let code = ShortCode::parse(&reply.code).ok()?;
                let valid = browser::local_date_time(&reply.expires_at).map(|(date, _)| {
                    let kit = kit.clone();
                    view! {
                        <p>{move || {
                            let words = date_in_words(&kit.catalog, &kit.locale.get(), date);
                            kit.tf("loket-handoff-short-valid", &[("date", words.into())])
                        }}</p>
                    }
                });
                let grouped = code.grouped();
                let plain = code.as_str().to_string();
                let copy = move |_| {
                    let promise =
                        web_sys::window().map(|w| w.navigator().clipboard().write_text(&plain));
                    leptos::task::spawn_local(async move {
                        if let Some(promise) = promise {
                            let done = wasm_bindgen_futures::JsFuture::from(promise).await;
                            copied.set(done.is_ok());
                        }
                    });
                };
                Some(view! {
                    <p class="loket-handoff__short-label">{kit.text("loket-handoff-short-label")}</p>
                    <p class="loket-handoff__short" id=CODE tabindex="-1">
                        <span aria-hidden="true">{grouped}</span>
                        <span class="loket-visually-hidden" id="loket-handoff-short-spoken">{code.spoken()}</span>
                    </p>
                    {valid}
                    <div class="utrecht-button-group loket-actions loket-no-print">
                        <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=copy>
                            {kit.text("loket-handoff-short-copy")}
                        </button>
                    </div>
                }
                .into_any())
            }
            _ => {
                let send = send.clone();
                Some(view! {
                    <div class="utrecht-button-group loket-actions loket-no-print">
                        <button type="button" class="utrecht-button utrecht-button--primary-action loket-button"
                            aria-disabled=move || (state.get() == State::Busy).then_some("true")
                            on:click=move |_| if state.get_untracked() != State::Busy { send(true) }>
                            {kit.text("loket-handoff-short-make")}
                        </button>
                    </div>
                }
                .into_any())
            }
        }
    };
    let keep = {
        let kit = kit.clone();
        move || kit.tf("loket-handoff-short-keep", &[("days", days.into())])
    };
    view! {
        // Printed only once there is a code to print.
        <section aria-labelledby="loket-handoff-short-title"
            class=move || if matches!(state.get(), State::Ready(_)) { "loket-handoff__short-part" } else { "loket-handoff__short-part loket-no-print" }>
            <h2 id="loket-handoff-short-title">{kit.text("loket-handoff-short-title")}</h2>
            <p class="loket-no-print">{kit.text("loket-handoff-short-body")}</p>
            <p class="loket-no-print">{keep}</p>
            {code_view}
            <div role="status" class="loket-status">{move || status().map(|t| view! { <p>{t}</p> })}</div>
        </section>
    }
    .into_any()
}
