//! "Check your answers": every answer grouped by step, each with a change button; and the
//! same list without buttons on the confirmation page.

use leptos::prelude::*;

use std::sync::Arc;

use super::context::{FormCtx, Kit, login_text, use_form, use_kit};
use super::keeping::KeepingNotice;
use super::send_problem::SendProblemNotice;
use crate::core::exchange::payload::{Value, normalised};
use crate::core::journey::sending::SendStatus;
use crate::core::model::prefill::Prefilled;
use crate::core::{
    Answers, CalendarDate, FormSpec, Question, QuestionKind, rules::validate, texts::messages,
};

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
    ctx.answers
        .with(|answers| answer_text(kit, ctx.form(), answers, question))
}

/// [`shown_answer`] for given answers of the form `form`.
fn answer_text(kit: &Kit, form: &str, answers: &Answers, question: &Question) -> String {
    let value = answers
        .get(&question.id)
        .and_then(|v| normalised(&question.kind, v));
    let option = |v: &str| kit.tp(&messages::option(form, &question.id, v));
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

/// The answers of every shown step, under a heading per step. With `on_change` (the check
/// page) each answer has a change button and the advice that applies to it; the confirmation
/// uses `subheadings` so the step titles sit under its own "your answers" heading.
/// Presentational: all it shows comes from its props.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::Answers;
/// use loket::view::AnswerList;
/// use loket::view::examples::{kit_and_form, render_html, today};
///
/// let (kit, spec) = kit_and_form("klacht");
/// let mut answers = Answers::default();
/// answers.set_text("soort", "behandeling");
/// let html = render_html(kit, move || {
///     // A printable copy under the page's own heading: read-only, step titles as subheadings.
///     view! {
///         <h2>"Uw antwoorden"</h2>
///         <AnswerList spec answers=RwSignal::new(answers) today=today() subheadings=true/>
///     }
/// });
/// assert!(html.contains(r#"<h3 class="loket-summary__title">Waar gaat uw klacht over?</h3>"#), "{html}");
/// // The option's label, not its id; what is not answered yet says so.
/// assert!(html.contains("Hoe een medewerker mij heeft behandeld"), "{html}");
/// assert!(html.contains("Niet ingevuld"), "{html}");
/// assert!(!html.contains("Wijzig"), "{html}");
///
/// // On a check page: a change button for each answer, named after its question.
/// let (kit, spec) = kit_and_form("klacht");
/// let on_change = Callback::new(|_step: usize| ());
/// let html = render_html(kit, move || {
///     view! { <AnswerList spec answers=RwSignal::new(Answers::default()) today=today() on_change=Some(on_change)/> }
/// });
/// assert!(html.contains(r#"Wijzig<span class="loket-visually-hidden"> "#), "{html}");
/// ```
#[component]
pub fn AnswerList(
    /// The form.
    spec: Arc<FormSpec>,
    /// The answers to list (read when the list is made, for a page that shows them; an
    /// answer's text follows it). Only read: the form's own signal.
    answers: RwSignal<Answers>,
    /// Today, for the advice that depends on a date.
    today: CalendarDate,
    /// Data from a login on the host page: its answers are marked, and fixed ones get no
    /// change button.
    #[prop(default = None)]
    prefilled: Option<Arc<Prefilled>>,
    /// With it, every answer has a change button (with its step's index) and the advice that
    /// applies to it: the check page.
    #[prop(default = None)]
    on_change: Option<Callback<usize>>,
    /// Step titles as `h3`, under a heading of the page's own (the confirmation).
    #[prop(optional)]
    subheadings: bool,
) -> impl IntoView {
    let kit = use_kit();
    let editable = on_change.is_some();
    let (steps, advice) = answers.with_untracked(|a| {
        (
            a.visible_steps(&spec),
            validate::notices_for_form(&spec, a, today),
        )
    });
    steps
        .into_iter()
        .map(|index| {
            let step = &spec.steps[index];
            let title = kit.form_text(messages::step_title(&spec.id, &step.id));
            let rows = answers
                .with_untracked(|a| a.visible_questions(&spec, step).cloned().collect::<Vec<_>>())
                .into_iter()
                .map(|question| {
                    let label_key = messages::label(&spec.id, &question.id);
                    let (change_text, hidden_label) =
                        (kit.text("loket-check-change"), kit.form_text(label_key.clone()));
                    // A login's answer that the spec fixes has nothing to change.
                    let fixed = prefilled
                        .as_ref()
                        .is_some_and(|p| p.is_fixed(&spec, &question.id));
                    let change = on_change.filter(|_| !fixed).map(|on_change| {
                        view! {
                            <dd class="loket-summary__actions">
                                <button type="button" class="loket-link-button" on:click=move |_| on_change.run(index)>
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
                    let (kv, form) = (kit.clone(), spec.id.clone());
                    let from_login = {
                        let (kit, spec, prefilled, qid) =
                            (kit.clone(), spec.clone(), prefilled.clone(), question.id.clone());
                        move || {
                            let prefilled = prefilled.as_ref()?;
                            answers
                                .with(|a| login_text(&kit, &spec, prefilled, a, "loket-prefill-check", &qid))
                                .map(|text| view! { <span class="loket-summary__source">{text}</span> })
                        }
                    };
                    view! {
                        <div class="loket-summary__row">
                            <dt class="loket-summary__key">{kit.form_text(label_key)}</dt>
                            <dd class="loket-summary__value">{move || answers.with(|a| answer_text(&kv, &form, a, &question))}{from_login}</dd>
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
/// ```
/// use leptos::prelude::*;
/// use loket::Position;
/// use loket::core::journey::sending::SendStatus;
/// use loket::view::CheckAnswers;
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// let ctx = form_ctx(&spec);
/// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
/// ctx.position.set(Position::Check);
/// let status = RwSignal::new(SendStatus::Idle);
/// let on_send = Callback::new(move |()| status.set(SendStatus::Sending));
/// // "Versturen" pressed: the button says it is busy, and does nothing when pressed again.
/// on_send.run(());
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <CheckAnswers on_send status/> }
/// });
/// assert!(html.contains("Controleer uw antwoorden</h1>"), "{html}");
/// assert!(html.contains("Hoe een medewerker mij heeft behandeld"), "{html}");
/// // Each answer has a change button.
/// assert!(html.contains(r#"<button type="button" class="loket-link-button">Wijzig"#), "{html}");
/// assert!(html.contains(r#"aria-disabled="true""#), "{html}");
/// assert!(html.contains("Bezig met versturen…</button>"), "{html}");
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
            <AnswerList spec=ctx.spec.clone() answers=ctx.answers today=ctx.today prefilled=ctx.prefilled.clone() on_change=Some(ctx.changer())/>
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
