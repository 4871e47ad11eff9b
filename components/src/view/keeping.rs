//! "Uw antwoorden bewaren" / "Keeping your answers": says what is kept, where and for how
//! long; lets the resident keep the answers on this device for a few days; and "Clear my
//! answers" wipes everything after a confirmation.

use leptos::prelude::*;

use super::browser;
use super::context::{use_form, use_kit};
use super::data_use::DataUse;
use super::region::Region;
use super::why_we_ask::Why;
use crate::core::exchange::draft::remember_until;
use crate::core::texts::messages::short_date_in_words;

const KEEP_ID: &str = "loket-keep-device";
const KEEP_HINT_ID: &str = "loket-keep-device-hint";
/// The id of the checkbox's "why".
const KEEP_WHY_ID: &str = "loket-keep-device-why";
const WIPE_CONFIRM_ID: &str = "loket-wipe-confirm";

/// The keeping block: open with the data facts on the first step, folded away elsewhere.
#[component]
pub fn KeepingNotice(
    /// On the form's first step: everything shown; elsewhere inside a closed disclosure.
    first: bool,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let host = ctx.host;
    let days = kit.profile.remember_days();
    let where_kept = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        move || match ctx.keep_until.get() {
            Some(until) => {
                let date = browser::date_of_ms(until);
                let words = short_date_in_words(&kit.catalog, &kit.locale.get(), date);
                kit.tf("loket-keep-device-until", &[("date", words.into())])
            }
            None => kit.t("loket-keep-tab"),
        }
    };
    let on_keep = {
        let ctx = ctx.clone();
        move |ev: leptos::ev::Event| {
            let until =
                event_target_checked(&ev).then(|| remember_until(browser::now_ms() as u64, days));
            ctx.keep_until.set(until);
        }
    };
    let asking = RwSignal::new(false);
    let ask = move |_| {
        asking.set(true);
        host.focus_soon(WIPE_CONFIRM_ID);
    };
    let confirm = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        move || {
            asking.get().then(|| {
                let ctx = ctx.clone();
                let yes = move |_| {
                    asking.set(false);
                    ctx.wipe();
                };
                let no = move |_| {
                    asking.set(false);
                    host.focus_soon("loket-wipe");
                };
                view! {
                    <div class="loket-wipe-confirm" role="group" aria-labelledby=WIPE_CONFIRM_ID>
                        <p id=WIPE_CONFIRM_ID tabindex="-1">{kit.text("loket-wipe-question")}</p>
                        <div class="utrecht-button-group loket-actions">
                            <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=yes>{kit.text("loket-wipe-yes")}</button>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=no>{kit.text("loket-wipe-no")}</button>
                        </div>
                    </div>
                }
            })
        }
    };
    let wiped = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        move || {
            ctx.wiped
                .get()
                .then(|| view! { <p>{kit.text("loket-wiped")}</p> })
        }
    };
    let checked = {
        let ctx = ctx.clone();
        move || ctx.keep_until.get().is_some()
    };
    let body = view! {
        <p>{where_kept}</p>
        <div class="utrecht-form-field loket-radio loket-radio--checkbox">
            <input class="loket-radio__input utrecht-checkbox" type="checkbox" id=KEEP_ID
                aria-describedby=format!("{KEEP_HINT_ID} {KEEP_WHY_ID}") prop:checked=checked on:change=on_keep/>
            <label class="utrecht-form-label loket-radio__label" for=KEEP_ID>
                {let kit = kit.clone(); move || kit.tf("loket-keep-device-label", &[("days", days.into())])}
            </label>
            <div class="utrecht-form-field-description loket-radio__hint" id=KEEP_HINT_ID>
                {kit.text("loket-keep-device-hint")}
            </div>
            <div class="loket-radio__hint">
                <Why id=KEEP_WHY_ID.to_string() text_key="loket-keep-device-why".to_string()/>
            </div>
        </div>
        <button type="button" id="loket-wipe" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=ask>
            {kit.text("loket-wipe")}
        </button>
        {confirm}
    };
    view! {
        <Region class="loket-keeping" heading_id="loket-keeping-title" heading_key="loket-keep-title" form=Some(ctx.form().to_string())>
            <div role="status" class="loket-status">{wiped}</div>
            {if first {
                view! {
                    <h2 class="loket-keeping__title" id="loket-keeping-title">{kit.text("loket-keep-title")}</h2>
                    {body}
                    <DataUse open=false/>
                }.into_any()
            } else {
                view! {
                    <details class="loket-keeping__more">
                        <summary class="loket-keeping__title" id="loket-keeping-title">{kit.text("loket-keep-title")}</summary>
                        {body}
                    </details>
                    <DataUse open=false/>
                }.into_any()
            }}
        </Region>
    }
}
