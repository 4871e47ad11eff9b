//! "Neem mijn antwoorden mee" / "Take my answers with me": the answers so far as a readable,
//! printable summary, a hand-off code with its QR code, and an answers file to download. The
//! resident chooses which answers go along; personal ones start unticked. The code is shown
//! for the eye in groups and read by screen readers character by character. Where the
//! municipality's desks for this form take appointments, the page ends with their opening
//! hours and a link to make one.

use leptos::prelude::*;

use super::browser;
use super::check_answers::shown_answer;
use super::context::{Kit, use_form, use_kit};
use super::help_panel::{visit_details, with_dutch_names};
use super::journey::send_signal;
use super::short_handoff::ShortHandOff;
use crate::core::exchange::handoff::{answered_questions, chosen_by_default, qr_path};
use crate::core::exchange::signals::Event;
use crate::core::{Package, model::ids, texts::messages};

/// The hand-off page, shown in place of the current step.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::{HandOffPage, HelpView};
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// let ctx = form_ctx(&spec);
/// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
/// ctx.help.set(Some(HelpView::HandOff));
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <HandOffPage/> }
/// });
/// assert!(html.contains("Neem uw antwoorden mee</h1>"), "{html}");
/// // Each answer given can be left out; the code, its QR code and a file carry the rest.
/// assert!(html.contains(r#"id="loket-handoff-choose-soort""#), "{html}");
/// assert!(html.contains(r#"id="loket-handoff-code""#), "{html}");
/// assert!(html.contains(r#"aria-label="QR-code met uw antwoorden""#), "{html}");
/// assert!(html.contains("Download mijn antwoorden</button>"), "{html}");
/// ```
#[component]
pub fn HandOffPage() -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let spec = ctx.spec.clone();
    let answered = ctx.answers.with_untracked(|a| answered_questions(&spec, a));
    let chosen = RwSignal::new(ctx.answers.with_untracked(|a| chosen_by_default(&spec, a)));
    let package = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Memo::new(move |_| {
            let locale = kit.locale.get();
            ctx.answers
                .with(|a| Package::new(&ctx.spec, a, &chosen.get(), locale.tag()))
        })
    };
    let code = Memo::new(move |_| package.with(Package::to_code));
    let qr = Memo::new(move |_| code.with(|c| qr_path(c)));

    let choices = answered
        .iter()
        .map(|id| {
            let control = format!("loket-handoff-choose-{id}");
            let label = kit.form_text(messages::label(&spec.id, id));
            let id = id.clone();
            let checked = chosen.with_untracked(|c| c.contains(&id));
            let on_change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                chosen.update(|c| {
                    c.retain(|q| q != &id);
                    if on {
                        c.push(id.clone());
                    }
                });
            };
            view! {
                <div class="utrecht-form-field loket-radio loket-radio--checkbox">
                    <input class="loket-radio__input utrecht-checkbox" type="checkbox" id=control.clone()
                        checked=checked aria-describedby="loket-handoff-choose-hint" on:change=on_change/>
                    <label class="utrecht-form-label loket-radio__label" for=control>{label}</label>
                </div>
            }
        })
        .collect_view();
    let empty = answered.is_empty();
    let nothing = empty.then(|| {
        view! { <p class="loket-notice">{kit.text("loket-handoff-nothing")}</p> }
    });

    let summary = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        move || {
            let chosen = chosen.get();
            answered
                .iter()
                .filter(|id| chosen.contains(id))
                .filter_map(|id| ctx.spec.question(id).cloned())
                .map(|question| {
                    let (kv, cv) = (kit.clone(), ctx.clone());
                    view! {
                        <div class="loket-summary__row">
                            <dt class="loket-summary__key">{kit.form_text(messages::label(&ctx.spec.id, &question.id))}</dt>
                            <dd class="loket-summary__value">{move || shown_answer(&kv, &cv, &question)}</dd>
                        </div>
                    }
                })
                .collect_view()
        }
    };

    let qr_view = {
        let kit = kit.clone();
        move || match qr.get() {
            Some((width, path)) => {
                let view_box = format!("-4 -4 {} {}", width + 8, width + 8);
                let label = kit.t("loket-handoff-qr-label");
                view! {
                    <svg class="loket-handoff__qr" role="img" aria-label=label viewBox=view_box
                        xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                        <rect x="-4" y="-4" width=width + 8 height=width + 8 fill="#fff"/>
                        <path d=path fill="#000"/>
                    </svg>
                }
                .into_any()
            }
            None => view! { <p class="loket-notice">{kit.t("loket-handoff-qr-too-long")}</p> }
                .into_any(),
        }
    };

    let download = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        move |_| {
            let name = kit.tf(
                "loket-handoff-file-name",
                &[
                    ("form", ctx.spec.id.clone().into()),
                    ("date", ctx.today.iso().into()),
                ],
            );
            let contents = package.with_untracked(|p| p.to_file(&browser::now_iso()));
            browser::download(&name, "application/json", &contents);
            send_signal(&kit, &ctx, Event::AnswersDownloaded);
        }
    };
    let close = {
        let ctx = ctx.clone();
        move |_| ctx.close_help()
    };
    let visit = visit_part(&kit, ctx.form());
    let (k1, k2) = (kit.clone(), kit.clone());
    view! {
        <div class="loket-step loket-handoff">
            <button type="button" class="loket-back-link" on:click=close>{kit.text("loket-help-back")}</button>
            <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{kit.text("loket-handoff-title")}</h1>
            <p class="loket-intro">{kit.text("loket-handoff-intro")}</p>
            {nothing}
            <fieldset class="utrecht-form-fieldset loket-question loket-no-print" hidden=empty>
                <legend class="utrecht-form-fieldset__legend loket-legend">{kit.text("loket-handoff-choose-legend")}</legend>
                <div class="utrecht-form-field-description loket-hint" id="loket-handoff-choose-hint">{kit.text("loket-handoff-choose-hint")}</div>
                <div class="loket-radios">{choices}</div>
            </fieldset>

            <ShortHandOff package/>

            <h2>{kit.text("loket-handoff-code-title")}</h2>
            <p>{kit.text("loket-handoff-code-body")}</p>
            // For the eye in groups of four; for a screen reader one character at a time.
            <p class="loket-handoff__code">
                <span id="loket-handoff-code" aria-hidden="true">{move || Package::grouped(&code.get())}</span>
                <span class="loket-visually-hidden" id="loket-handoff-code-spoken">{move || Package::spoken(&code.get())}</span>
            </p>
            <p class="loket-handoff__size">{move || k1.tf("loket-handoff-code-size", &[("count", code.with(String::len).into())])}</p>
            {qr_view}

            <h2>{kit.text("loket-handoff-summary-title")}</h2>
            <dl class="loket-summary loket-handoff__summary">{summary}</dl>

            <h2 class="loket-no-print">{kit.text("loket-handoff-file-title")}</h2>
            <p class="loket-no-print">{kit.text("loket-handoff-file-body")}</p>
            <div class="utrecht-button-group loket-actions loket-no-print">
                <button type="button" class="utrecht-button utrecht-button--primary-action loket-button" on:click=download>
                    {kit.text("loket-handoff-download")}
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action loket-button" on:click=move |_| browser::print()>
                    {move || k2.t("loket-handoff-print")}
                </button>
            </div>
            {visit}
        </div>
    }
}

/// "Liever langskomen?" / "Would you rather come by?": the desks for this form that take
/// appointments (a channel with an `appointment_url`), each with its opening hours and the
/// link to make one; nothing when there are none. Not printed: a link does not work on paper.
fn visit_part(kit: &Kit, form: &str) -> Option<impl IntoView + use<>> {
    let profile = kit.profile.clone();
    let channels = profile.appointment_channels(form);
    (!channels.is_empty()).then(|| {
        let desks = channels
            .into_iter()
            .map(|channel| {
                view! {
                    <li class="loket-handoff__desk">
                        <h3 inner_html=with_dutch_names(kit, profile.channel_title_key(channel))></h3>
                        {visit_details(kit, channel)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="loket-handoff__visit loket-no-print" aria-labelledby="loket-handoff-visit-title">
                <h2 id="loket-handoff-visit-title">{kit.text("loket-handoff-visit-title")}</h2>
                <p>{kit.text("loket-handoff-visit-body")}</p>
                <ul class="loket-handoff__desks">{desks}</ul>
            </section>
        }
    })
}
