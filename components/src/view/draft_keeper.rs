//! Keeps the draft in the browser's storage as the resident goes. A step, a choice about
//! keeping, help or a send is written at once. Typing is written when the browser is next idle,
//! so a keystroke costs no storage write, and in any case when the page is hidden or left
//! (a refresh, another tab, closing it) or the form is taken off the page. "Clear my answers"
//! is written at once too.

use leptos::prelude::*;

use super::browser;
use super::context::FormCtx;
use crate::core::{FormState, exchange::draft};

/// Keeps the draft of `ctx` under `key` for as long as the current owner (the form) lives.
pub(crate) fn keep_draft_of(ctx: &FormCtx, key: String) {
    let pending = StoredValue::new(false);
    let write = {
        let ctx = ctx.clone();
        move || {
            pending.set_value(false);
            write_draft(&key, untrack(|| ctx.draft()));
        }
    };
    // Anything not yet written: a change waiting for the idle moment, or typing that has not
    // reached the answers yet (the draft has it).
    let flush = {
        let (ctx, write) = (ctx.clone(), write.clone());
        move || {
            if pending.try_get_value() == Some(true) || ctx.is_typing() {
                write();
            }
        }
    };

    // A change of anything but the answers is written at once (so is the restored draft, on
    // the first run), and so are answers cleared back to a fresh start ("Clear my answers"
    // must not leave them in storage); any other change of the answers alone, once the
    // browser is idle.
    {
        let (ctx, write, flush) = (ctx.clone(), write.clone(), flush.clone());
        let fresh = draft::wiped(&ctx.spec).answers;
        Effect::new(move |before: Option<FormState>| {
            let cleared = ctx.answers.with(|a| *a == fresh);
            let now = ctx.draft_but_answers();
            if cleared || before.as_ref() != Some(&now) {
                write();
            } else if pending.try_get_value() == Some(false) {
                pending.set_value(true);
                browser::when_idle(flush.clone());
            }
            now
        });
    }

    let listeners = browser::when_hidden(flush);
    // Taken off the page (an embedded form unmounted): the last change may not even have
    // reached the effect yet, so write without asking.
    on_cleanup(move || {
        write();
        for listener in listeners {
            listener.remove();
        }
    });
}

/// Writes the draft to this tab, and to the device when the resident asked; wipes both once
/// the form is sent.
fn write_draft(key: &str, mut state: FormState) {
    let now = browser::now_ms() as u64;
    let mut kept = draft::keep(&state, now);
    let fits = |kept: &draft::Keep| {
        kept.tab
            .as_ref()
            .is_none_or(|json| browser::session_set(key, json))
            && kept
                .device
                .as_ref()
                .is_none_or(|json| browser::local_set(key, json))
    };
    // Too big for the browser's storage (large files): leave out the contents of the largest
    // files, one at a time, until it fits. Their names stay, so after a reload the resident is
    // told which files to add again.
    while !fits(&kept) && state.answers.drop_largest_file_content() {
        kept = draft::keep(&state, now);
    }
    if kept.tab.is_none() {
        browser::session_remove(key);
    }
    if kept.device.is_none() {
        browser::local_remove(key);
    }
}
