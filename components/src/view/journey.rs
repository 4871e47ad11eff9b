//! Sends anonymous journey signals (see [`crate::core::exchange::signals`]) when the profile asks for
//! them: pages reached with the time spent before, failed checks by question and rule, offers
//! of help shown, declined and taken. Never an answer.

use leptos::prelude::*;

use super::browser;
use super::context::{FormCtx, HelpView, Kit};
use super::submit;
use crate::core::exchange::signals::{Event, SCHEMA, Signal, page_name};

/// Posts one signal, in a task of its own so that it never lengthens the one that caused it
/// (the first render, a step change); failures are ignored (signals must never get in the
/// resident's way).
pub fn send_signal(kit: &Kit, ctx: &FormCtx, event: Event) {
    let Some(endpoint) = kit.profile.signals_endpoint.clone() else {
        return;
    };
    let locale = kit.locale.get_untracked();
    let body = Signal {
        schema: SCHEMA,
        schema_version: 1,
        municipality: &kit.profile.id,
        form: ctx.form(),
        form_version: ctx.spec.version,
        locale: locale.tag(),
        event,
    }
    .to_json();
    browser::soon(move || {
        leptos::task::spawn_local(async move {
            submit::post_json(&endpoint, body).await;
        });
    });
}

/// Watches the form and sends a signal for each thing worth learning from.
pub fn watch_journey(kit: &Kit, ctx: &FormCtx) {
    if kit.profile.signals_endpoint.is_none() {
        return;
    }
    // Whether help was opened on the way, for the signal of the sent page.
    let helped = StoredValue::new(false);
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        let since = StoredValue::new(None::<f64>);
        Effect::new(move |_| {
            let page = ctx.position.with(|p| page_name(&ctx.spec, p));
            let now = browser::now_ms();
            let seconds_before = since
                .get_value()
                .map_or(0, |start| ((now - start) / 1000.0).max(0.0) as u64);
            since.set_value(Some(now));
            send_signal(
                &kit,
                &ctx,
                Event::Page {
                    helped: (page == "sent").then(|| helped.get_value()),
                    page,
                    seconds_before,
                },
            );
        });
    }
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Effect::new(move |_| {
            let errors: Vec<String> = ctx.errors.with(|errors| {
                errors
                    .iter()
                    .map(|e| format!("{}:{}", e.question, e.rule.key_name()))
                    .collect()
            });
            if !errors.is_empty() {
                let page = ctx.position.with_untracked(|p| page_name(&ctx.spec, p));
                send_signal(&kit, &ctx, Event::Invalid { page, errors });
            }
        });
    }
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Effect::new(move |_| {
            if let Some(reason) = ctx.offer.get() {
                send_signal(&kit, &ctx, Event::OfferShown { reason });
            }
        });
    }
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Effect::new(move |was: Option<bool>| {
            let dismissed = ctx.help_memory.with(|m| m.dismissed);
            if dismissed && was == Some(false) {
                send_signal(&kit, &ctx, Event::OfferDismissed);
            }
            dismissed
        });
    }
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Effect::new(move |_| {
            let help = match ctx.help.get() {
                Some(HelpView::HandOff) => "handoff",
                Some(HelpView::Callback) => "callback",
                None => return,
            };
            helped.set_value(true);
            let page = ctx.position.with_untracked(|p| page_name(&ctx.spec, p));
            send_signal(
                &kit,
                &ctx,
                Event::HelpOpened {
                    help: help.to_string(),
                    page,
                },
            );
        });
    }
}
