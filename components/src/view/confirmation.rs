//! The confirmation: the result, the reference, what happens next with dates in words, and a
//! printable copy of the answers.

use leptos::prelude::*;

use super::check_answers::AnswerList;
use super::context::{use_form, use_kit};
use super::feedback::FeedbackForm;
use crate::core::texts::i18n::Arg;
use crate::core::{model::ids, texts::messages};

/// Shown after a successful submission. Each promise (`f-deadline-<id>`) gets its date in
/// words as `$date` and the resident's choices as arguments (see [`messages::choice_args`]), so
/// it can say who will do what.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::Position;
/// use loket::view::Confirmation;
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// let ctx = form_ctx(&spec);
/// let reference = "KLA-2345-6789".to_string();
/// let received_at = Some("2026-11-23T10:00:00Z".to_string());
/// ctx.position.set(Position::Done { reference: reference.clone(), received_at: received_at.clone() });
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <Confirmation reference received_at/> }
/// });
/// assert!(html.contains("Uw klacht is verstuurd</h1>"), "{html}");
/// assert!(html.contains(r#"<strong class="loket-reference">KLA-2345-6789</strong>"#), "{html}");
/// // When it arrived (outside a browser local time is UTC), and the form's promises with dates.
/// assert!(html.contains("Ontvangen op maandag 23 november 2026 om 10:00."), "{html}");
/// assert!(html.contains("Uiterlijk maandag 4 januari 2027 hoort u"), "{html}");
/// ```
#[component]
pub fn Confirmation(
    /// The reference to quote.
    reference: String,
    /// When the service received the form (ISO 8601), shown in local time when given.
    received_at: Option<String>,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let outcome = ctx.answers.with_untracked(|a| {
        crate::core::rules::conditions::outcome(&ctx.spec, a).map(|o| o.id.clone())
    });
    // What the resident chose shapes each promise ("a complaints officer will call you").
    let choices = ctx
        .answers
        .with_untracked(|a| messages::choice_args(&ctx.spec, a));
    let deadlines = ctx
        .spec
        .deadlines
        .iter()
        .filter(|d| d.outcome.is_none() || d.outcome == outcome)
        .map(|d| {
            let key = messages::deadline(&form, &d.id);
            let date = ctx.today.plus_days(i64::from(d.days));
            let kit = kit.clone();
            let choices = choices.clone();
            view! {
                <li>{move || {
                    let words = messages::date_in_words(&kit.catalog, &kit.locale.get(), date);
                    let mut args: Vec<(&str, Arg)> =
                        choices.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
                    args.push(("date", words.into()));
                    kit.tf(&key, &args)
                }}</li>
            }
        })
        .collect::<Vec<_>>();
    let deadlines =
        (!deadlines.is_empty()).then(|| view! { <ul class="loket-list">{deadlines}</ul> });
    let title_key = messages::done_title_for(&form, outcome.as_deref());
    let body_key = messages::done_body_for(&form, outcome.as_deref());
    let body = {
        let kit = kit.clone();
        move || {
            kit.has(&body_key).then(|| {
                kit.tp(&body_key)
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|line| view! { <p>{line.to_string()}</p> })
                    .collect_view()
            })
        }
    };
    let received = received_at
        .as_deref()
        .and_then(super::browser::local_date_time)
        .map(|(date, time)| {
            let kit = kit.clone();
            view! {
                <p class="loket-panel__body">{move || {
                    let words = messages::date_in_words(&kit.catalog, &kit.locale.get(), date);
                    kit.tf("loket-done-received", &[("date", words.into()), ("time", time.clone().into())])
                }}</p>
            }
        });
    view! {
        <div class="loket-confirmation">
            <div class="loket-panel">
                <h1 class="loket-heading loket-panel__title" id=ids::STEP_HEADING tabindex="-1">{kit.form_text(title_key)}</h1>
                <p class="loket-panel__body">
                    {kit.text("loket-done-reference")}<br/>
                    <strong class="loket-reference">{reference}</strong>
                </p>
                {received}
            </div>
            <h2>{kit.text("loket-done-next-title")}</h2>
            {deadlines}
            {body}
            <h2>{kit.text("loket-done-answers-title")}</h2>
            <AnswerList spec=ctx.spec.clone() answers=ctx.answers today=ctx.today prefilled=ctx.prefilled.clone() subheadings=true/>
            <div class="utrecht-button-group loket-actions loket-no-print">
                <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=move |_| super::browser::print()>
                    {kit.text("loket-done-print")}
                </button>
            </div>
            <FeedbackForm/>
            // An embedded form has no start page of its own: the host page is around it.
            {(!kit.host.is_embedded()).then(|| view! {
                <p class="loket-no-print"><a class="utrecht-link" href=super::browser::home_href()>{kit.text("loket-done-start-over")}</a></p>
            })}
        </div>
    }
}
