//! Sending a guided form, whatever the connection does: every answer stays, the check page says
//! what happened in plain words, and the form tries again by itself (after 2 s, 4 s, 8 s … and
//! at once when the connection returns) with the same idempotency key, so it arrives once.

use leptos::prelude::*;

use super::browser;
use super::context::{FormCtx, Kit};
use super::submit;
use crate::core::journey::actions::{Action, Effect};
use crate::core::journey::sending::{SendStatus, retry_delay_ms};
use crate::core::rules::validate::FieldError;

/// Sending as the check page shows it, plus a counter that makes older retry timers stale.
#[derive(Clone, Copy)]
pub struct Sender {
    /// Where sending stands.
    pub status: RwSignal<SendStatus>,
    attempts: RwSignal<u32>,
}

impl Sender {
    /// Nothing sent yet.
    pub fn new() -> Self {
        Self {
            status: RwSignal::new(SendStatus::Idle),
            attempts: RwSignal::new(0),
        }
    }
}

impl Default for Sender {
    fn default() -> Self {
        Self::new()
    }
}

/// "Send" on the check page: first any answer that still needs fixing, then an attempt.
pub fn send(kit: Kit, ctx: FormCtx, sender: Sender) {
    if sender.status.get_untracked() == SendStatus::Sending {
        return;
    }
    let fresh = submit::fresh_keys(ctx.form());
    let effects = ctx.dispatch(Action::Send { fresh });
    if effects.iter().any(|e| matches!(e, Effect::Attempt(_))) {
        attempt(kit, ctx, sender);
    }
}

fn attempt(kit: Kit, ctx: FormCtx, sender: Sender) {
    sender.status.set(SendStatus::Sending);
    let keys = submit::sending_keys(&ctx);
    let payload = submit::submission(&kit, &ctx, &keys);
    let url = kit.profile.submit_url(ctx.form());
    leptos::task::spawn_local(async move {
        let result = submit::deliver(&url, &payload).await;
        // The resident may have left the form meanwhile: then there is nothing to update.
        let Some(tries) = sender.attempts.try_get_untracked() else {
            return;
        };
        match result {
            Ok(receipt) => {
                sender.status.set(SendStatus::Idle);
                ctx.help.set(None);
                ctx.dispatch(Action::Sent {
                    reference: receipt.reference,
                    received_at: receipt.received_at,
                });
            }
            Err(failure) => {
                sender.attempts.set(tries + 1);
                if show_refused(&ctx, failure.refused) {
                    sender.status.set(SendStatus::Idle);
                    return;
                }
                sender.status.set(SendStatus::Failed(failure.problem));
                if failure.problem.retries() {
                    retry_later(kit, ctx, sender, tries);
                }
            }
        }
    });
}

/// Answers the service refused are shown like the form's own errors: on the first step that
/// has one, with the error summary, and "Volgende" returns to the check page. `false` when
/// none of them is about a question of this form.
fn show_refused(ctx: &FormCtx, refused: Vec<FieldError>) -> bool {
    !ctx.dispatch(Action::Refused(refused))
        .contains(&Effect::RefusedElsewhere)
}

/// Tries again after the back-off delay, or as soon as the connection returns, whichever
/// comes first; a timer of an older failure does nothing.
fn retry_later(kit: Kit, ctx: FormCtx, sender: Sender, tries: u32) {
    let generation = tries + 1;
    let still_waiting = move || {
        sender.attempts.try_get_untracked() == Some(generation)
            && matches!(
                sender.status.try_get_untracked(),
                Some(SendStatus::Failed(_))
            )
    };
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        gloo_timers::callback::Timeout::new(retry_delay_ms(tries), move || {
            if still_waiting() {
                attempt(kit, ctx, sender);
            }
        })
        .forget();
    }
    browser::when_online(move || {
        if still_waiting() {
            attempt(kit, ctx, sender);
        }
    });
}
