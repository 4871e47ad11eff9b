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
    // Outside a browser (native tests and examples) time does not pass.
    if !cfg!(target_arch = "wasm32") {
        return;
    }
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
/// ```
/// use leptos::prelude::*;
/// use loket::FormEvent;
/// use loket::view::StuckOffer;
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// let ctx = form_ctx(&spec);
/// // Three failed checks of the same question: the offer shows.
/// for _ in 0..3 {
///     ctx.feed(FormEvent::Failed { page: 0, questions: vec!["soort".into()] });
/// }
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <StuckOffer/> }
/// });
/// assert!(html.contains("Komt u er niet uit?</h2>"), "{html}");
/// assert!(html.contains("Deze vraag lukt nog niet."), "{html}");
/// // Ways to get help, and a way to decline.
/// assert!(html.contains(r#"<a href="tel:14053""#), "{html}");
/// assert!(html.contains("Neem mijn antwoorden mee</button>"), "{html}");
/// assert!(html.contains("Nee, bedankt</button>"), "{html}");
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
                    <HelpActions on_help=actions.help_opener()/>
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
