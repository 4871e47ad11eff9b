//! The offer of help when the resident seems stuck: it appears in the page, is announced
//! politely, never takes focus, and "No, thank you" is remembered.

use leptos::prelude::*;

use super::browser;
use super::context::{FormCtx, use_form, use_kit};
use super::help_panel::{HelpActions, call_link};
use super::region::Region;
use crate::core::{ChannelKind, FormEvent};

/// How often the idle trigger looks at the clock.
const TICK_MS: u64 = 5_000;

/// Feeds the stuck detector with answer changes and the passing of time.
pub fn watch_for_stuck(ctx: &FormCtx) {
    let changes = ctx.clone();
    Effect::new(move |first: Option<()>| {
        changes.answers.track();
        if first.is_some() {
            if let Some(page) = changes.position.get_untracked().page_number(&changes.spec) {
                changes.feed(FormEvent::Changed {
                    page,
                    at_ms: browser::now_ms(),
                });
            }
        }
    });
    let ticks = ctx.clone();
    let interval = set_interval_with_handle(
        move || {
            // Once the form is sent there is nothing left to get stuck on.
            if ticks
                .position
                .get_untracked()
                .page_number(&ticks.spec)
                .is_some()
            {
                ticks.feed(FormEvent::Tick {
                    at_ms: browser::now_ms(),
                })
            }
        },
        std::time::Duration::from_millis(TICK_MS),
    );
    if let Ok(handle) = interval {
        on_cleanup(move || handle.clear());
    }
}

/// "Komt u er niet uit?": ways to get help, take the answers along, or decline.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{FormCtx, Kit, StuckOffer};
/// use loket::{CalendarDate, FormEvent, FormState, Locale};
///
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// # let profile = loket::Profile::from_json(json).unwrap();
/// # let mut catalog = loket::Catalog::new();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// # catalog.add("nl", "loket.ftl", texts).unwrap();
/// # let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// # catalog.add("nl", "klacht.ftl", texts).unwrap();
/// let kit = Kit::new(Arc::new(catalog), Arc::new(profile), Locale::new("nl"));
/// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// # let spec = loket::FormSpec::from_json(json).unwrap();
/// let spec = Arc::new(spec);
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), kit.profile.stuck, today);
/// // Three failed checks of the same question: the offer shows.
/// for _ in 0..3 {
///     ctx.feed(FormEvent::Failed { page: 0, questions: vec!["soort".into()] });
/// }
///
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     view! { <StuckOffer/> }
/// });
/// ```
#[component]
pub fn StuckOffer() -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let showing = {
        let ctx = ctx.clone();
        move || {
            let in_form = ctx.position.with(|p| p.page_number(&ctx.spec).is_some());
            ctx.offer
                .get()
                .filter(|_| in_form && ctx.help.get().is_none())
        }
    };
    let offer = move |reason: crate::core::StuckReason| {
        let call = kit
            .profile
            .channels
            .iter()
            .find_map(|c| {
                (c.kind == ChannelKind::Phone)
                    .then(|| c.phone.clone())
                    .flatten()
            })
            .map(|phone| view! { <li>{call_link(&kit, phone)}</li> });
        let (actions, dismiss) = (ctx.clone(), ctx.clone());
        view! {
            <Region class="loket-offer" heading_id="loket-offer-title" heading_key="loket-stuck-title" form=Some(ctx.form().to_string())>
                <h2 class="loket-offer__title" id="loket-offer-title">{kit.text("loket-stuck-title")}</h2>
                <p>{kit.text(format!("loket-stuck-{}", reason.key()))}</p>
                <ul class="loket-offer__ways">
                    {call}
                    <HelpActions ctx=actions/>
                </ul>
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action loket-button loket-offer__dismiss"
                    on:click=move |_| {
                        dismiss.dismiss_offer();
                        dismiss.host.focus_now(crate::core::model::ids::HELP_TITLE);
                    }
                >{kit.text("loket-stuck-dismiss")}</button>
            </Region>
        }
    };
    view! {
        <div class="loket-offer-region loket-no-print" role="status">
            {move || showing().map(offer.clone())}
        </div>
    }
}
