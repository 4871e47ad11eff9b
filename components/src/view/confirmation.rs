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
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{Confirmation, FormCtx, Kit};
/// use loket::{CalendarDate, FormState, Locale, Position};
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
/// let reference = "KLA-2345-6789".to_string();
/// ctx.position.set(Position::Done { reference: reference.clone(), received_at: None });
///
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     view! { <Confirmation reference received_at=Some("2026-11-22T10:00:00Z".into())/> }
/// });
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
            <AnswerList subheadings=true/>
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
