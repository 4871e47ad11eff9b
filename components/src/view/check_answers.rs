//! "Check your answers": every answer grouped by step, each with a change button; and the
//! same list without buttons on the confirmation page.

use leptos::prelude::*;

use super::context::{FormCtx, Kit, use_form, use_kit};
use super::keeping::KeepingNotice;
use super::send_problem::SendProblemNotice;
use crate::core::exchange::payload::{Value, normalised};
use crate::core::journey::sending::SendStatus;
use crate::core::{CalendarDate, Question, QuestionKind, rules::validate, texts::messages};

fn date_words(kit: &Kit, iso: &str) -> Option<String> {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let date = CalendarDate::new(i32::try_from(y).ok()?, m, d)?;
    Some(messages::short_date_in_words(
        &kit.catalog,
        &kit.locale.get(),
        date,
    ))
}

/// The answer as a resident reads it: option labels, dates in words, lists one per line,
/// file names, or "Niet ingevuld".
pub(super) fn shown_answer(kit: &Kit, ctx: &FormCtx, question: &Question) -> String {
    let value = ctx.answers.with(|a| {
        a.get(&question.id)
            .and_then(|v| normalised(&question.kind, v))
    });
    let option = |v: &str| kit.tp(&messages::option(ctx.form(), &question.id, v));
    match (value, &question.kind) {
        (None, _) => kit.t("loket-check-not-provided"),
        (Some(Value::Text(v)), QuestionKind::Choice { .. }) => option(&v),
        (Some(Value::Text(v)), QuestionKind::Date { .. }) => date_words(kit, &v).unwrap_or(v),
        (Some(Value::Text(v)), _) => v,
        (Some(Value::List(items)), QuestionKind::Checkboxes { .. }) => items
            .iter()
            .map(|i| option(i))
            .collect::<Vec<_>>()
            .join("\n"),
        (Some(Value::List(items)), _) => items.join("\n"),
        (Some(Value::Files(files)), _) => files
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// The answers of every shown step, under a heading per step. With `editable` (the check
/// page) each answer has a change button and the advice that applies to it; the confirmation
/// uses `subheadings` so the step titles sit under its own "your answers" heading.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::view::{AnswerList, FormCtx, Kit};
/// use loket::{CalendarDate, FormState, Locale};
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
/// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
///
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     // A printable copy under the page's own heading: read-only, step titles as subheadings.
///     view! {
///         <h2>"Uw antwoorden"</h2>
///         <AnswerList subheadings=true/>
///     }
/// });
/// ```
#[component]
pub fn AnswerList(
    #[prop(optional)] editable: bool,
    #[prop(optional)] subheadings: bool,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let spec = ctx.spec.clone();
    let (steps, advice) = ctx.answers.with_untracked(|a| {
        (
            a.visible_steps(&spec),
            validate::notices_for_form(&spec, a, ctx.today),
        )
    });
    steps
        .into_iter()
        .map(|index| {
            let step = &spec.steps[index];
            let title = kit.form_text(messages::step_title(&spec.id, &step.id));
            let rows = ctx
                .answers
                .with_untracked(|a| a.visible_questions(&spec, step).cloned().collect::<Vec<_>>())
                .into_iter()
                .map(|question| {
                    let label_key = messages::label(&spec.id, &question.id);
                    let ctx_c = ctx.clone();
                    let (change_text, hidden_label) =
                        (kit.text("loket-check-change"), kit.form_text(label_key.clone()));
                    // A login's answer that the spec fixes has nothing to change.
                    let fixed = ctx
                        .prefilled
                        .as_ref()
                        .is_some_and(|p| p.is_fixed(&spec, &question.id));
                    let change = (editable && !fixed).then(|| {
                        view! {
                            <dd class="loket-summary__actions">
                                <button type="button" class="loket-link-button" on:click=move |_| ctx_c.change(index)>
                                    {change_text}
                                    <span class="loket-visually-hidden">" " {hidden_label}</span>
                                </button>
                            </dd>
                        }
                    });
                    let notes = advice
                        .iter()
                        .filter(|(q, _)| editable && *q == question.id)
                        .map(|(q, notice)| {
                            view! {
                                <dd class="loket-summary__notice loket-notice">
                                    <strong>{kit.text("loket-notice-prefix")}</strong>" "
                                    {kit.form_text(messages::notice(&spec.id, q, notice))}
                                </dd>
                            }
                        })
                        .collect_view();
                    let (kv, ctx_v) = (kit.clone(), ctx.clone());
                    let from_login = {
                        let (kit, ctx, qid) = (kit.clone(), ctx.clone(), question.id.clone());
                        move || {
                            ctx.login_text(&kit, "loket-prefill-check", &qid).map(|text| {
                                view! { <span class="loket-summary__source">{text}</span> }
                            })
                        }
                    };
                    view! {
                        <div class="loket-summary__row">
                            <dt class="loket-summary__key">{kit.form_text(label_key)}</dt>
                            <dd class="loket-summary__value">{move || shown_answer(&kv, &ctx_v, &question)}{from_login}</dd>
                            {change}
                            {notes}
                        </div>
                    }
                })
                .collect_view();
            let heading = if subheadings {
                view! { <h3 class="loket-summary__title">{title}</h3> }.into_any()
            } else {
                view! { <h2 class="loket-summary__title">{title}</h2> }.into_any()
            };
            view! {
                {heading}
                <dl class="loket-summary">{rows}</dl>
            }
        })
        .collect_view()
}

/// The check page: every answer, change buttons, and the send button.
///
/// # Examples
///
/// ```no_run
/// use std::sync::Arc;
///
/// use leptos::prelude::*;
/// use loket::core::journey::sending::SendStatus;
/// use loket::view::{CheckAnswers, FormCtx, Kit};
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
/// ctx.position.set(Position::Check);
/// let status = RwSignal::new(SendStatus::Idle);
/// let on_send = Callback::new(move |()| status.set(SendStatus::Sending));
///
/// leptos::mount::mount_to_body(move || {
///     provide_context(kit);
///     provide_context(ctx);
///     view! { <CheckAnswers on_send status/> }
/// });
/// ```
#[component]
pub fn CheckAnswers(
    /// Sends the form; the page shows "sending" and failure states from `status`.
    on_send: Callback<()>,
    /// Where sending stands.
    status: RwSignal<SendStatus>,
) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let back = {
        let ctx = ctx.clone();
        move |_| {
            ctx.back();
        }
    };
    let (k5, k7) = (kit.clone(), kit.clone());
    let municipality = kit.profile.name_key();
    let sending = move || status.get() == SendStatus::Sending;
    view! {
        <div class="loket-step">
            <button type="button" class="loket-back-link" on:click=back>{kit.text("loket-back")}</button>
            <h1 class="loket-heading" id=crate::core::model::ids::STEP_HEADING tabindex="-1">{kit.text("loket-check-title")}</h1>
            <p>{kit.text("loket-check-intro")}</p>
            <AnswerList editable=true/>
            <h2>{kit.text("loket-check-send-title")}</h2>
            <p>{move || k5.tf("loket-check-send-body", &[("municipality", k5.t(&municipality).into())])}</p>
            <SendProblemNotice status/>
            <div class="utrecht-button-group loket-actions">
                <button
                    type="button"
                    class="utrecht-button utrecht-button--primary-action loket-button"
                    aria-disabled=move || sending().then_some("true")
                    on:click=move |_| { if !sending() { on_send.run(()) } }
                >
                    {move || if sending() { k7.t("loket-submitting") } else { k7.t("loket-submit") }}
                </button>
            </div>
            <KeepingNotice first=false/>
        </div>
    }
}
