//! "Bel mij terug" / "Call me back": a short form (the profile's `callback_form`), shown in
//! place of the current step and sent to the profile's help endpoint, with the form the
//! resident was filling in as `about`. A phone number already given in that form is filled in.

use std::sync::Arc;

use leptos::context::Provider;
use leptos::prelude::*;

use super::check_answers::AnswerList;
use super::context::{FormCtx, Kit, use_form, use_kit};
use super::data_use::DataUse;
use super::error_summary::ErrorSummary;
use super::question::QuestionField;
use super::submit;
use crate::core::rules::validate::check_step;
use crate::core::{Answers, FormSpec, FormState, StuckSettings, model::ids};

/// Sending state of the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sending {
    Not,
    Busy,
    Failed,
    Sent,
}

/// The callback form's answers to start with: the phone number given in the outer form.
fn prefilled(callback: &FormSpec, outer: &FormSpec, answers: &Answers) -> FormState {
    let mut state = FormState::new(callback);
    let phone = outer
        .questions()
        .filter(|q| q.autocomplete.as_deref() == Some("tel"))
        .map(|q| answers.text(&q.id))
        .find(|t| !t.trim().is_empty());
    if let (Some(phone), Some(target)) = (
        phone,
        callback
            .questions()
            .find(|q| q.autocomplete.as_deref() == Some("tel")),
    ) {
        state.answers.set_text(&target.id, phone);
    }
    state
}

fn send(kit: &Kit, ctx: &FormCtx, about: &str, status: RwSignal<Sending>) {
    let Some(step) = ctx.spec.steps.first() else {
        return;
    };
    // Enter in a field sends without leaving it: what was typed last counts.
    ctx.commit_typing();
    let errors = ctx
        .answers
        .with_untracked(|a| check_step(&ctx.spec, step, a, ctx.today));
    if !errors.is_empty() {
        ctx.show_errors(errors);
        return;
    }
    ctx.errors.set(Vec::new());
    status.set(Sending::Busy);
    let mut payload = submit::submission(kit, ctx, &submit::sending_keys(ctx));
    payload.about = Some(about.to_string());
    let url = kit.profile.help_url(ctx.form());
    let host = ctx.host;
    leptos::task::spawn_local(async move {
        let sent = submit::post(&url, &payload).await;
        status.set(if sent { Sending::Sent } else { Sending::Failed });
        if sent {
            host.focus_soon(ids::STEP_HEADING);
        }
    });
}

/// The call-back page. Renders nothing when the site has no callback form.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::{CallbackPage, HelpView};
/// use loket::view::examples::{form, form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// // The call-back form comes with the kit; without it the page renders nothing.
/// let kit = kit.with_callback_form(Some(form("terugbellen")));
/// let ctx = form_ctx(&spec);
/// ctx.help.set(Some(HelpView::Callback));
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <CallbackPage/> }
/// });
/// assert!(html.contains("Bel mij terug</h1>"), "{html}");
/// assert!(html.contains("Terug naar het formulier</button>"), "{html}");
/// assert!(html.contains("Vraag om terugbellen</button>"), "{html}");
/// # let (kit, spec) = kit_and_form("klacht");
/// # let html = render_html(kit, move || { provide_context(form_ctx(&spec)); view! { <CallbackPage/> } });
/// # assert!(!html.contains("Bel mij terug"), "{html}");
/// ```
#[component]
pub fn CallbackPage() -> impl IntoView {
    let kit = use_kit();
    let outer = use_form();
    let Some(spec) = kit.callback_form.clone() else {
        return ().into_any();
    };
    let state = outer
        .answers
        .with_untracked(|a| prefilled(&spec, &outer.spec, a));
    let inner = FormCtx::new(
        Arc::clone(&spec),
        state,
        StuckSettings::default(),
        outer.today,
    );
    let about = outer.spec.id.clone();
    let on_close = Callback::new(move |()| outer.close_help());
    // A provider of its own: the questions below see the call-back form, and the form
    // around it is untouched when the page closes.
    view! {
        <Provider value=inner>
            <CallbackForm about on_close/>
        </Provider>
    }
    .into_any()
}

/// The call-back form itself, inside its own [`FormCtx`].
#[component]
fn CallbackForm(about: String, on_close: Callback<()>) -> impl IntoView {
    let kit = use_kit();
    let inner = use_form();
    let spec = inner.spec.clone();
    let status = RwSignal::new(Sending::Not);

    let questions = spec.steps.first().map(|step| {
        step.questions
            .iter()
            .cloned()
            .map(|question| view! { <QuestionField question as_heading=false/> })
            .collect_view()
    });
    let form = about.clone();
    let on_submit = {
        let (kit, inner) = (kit.clone(), inner.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if status.get_untracked() != Sending::Busy {
                send(&kit, &inner, &about, status);
            }
        }
    };
    let close = move |_| on_close.run(());
    let (k1, k2) = (kit.clone(), kit.clone());
    let sent = move || status.get() == Sending::Sent;
    let failed = move || {
        (status.get() == Sending::Failed).then(|| {
            view! { <p class="utrecht-alert utrecht-alert--error loket-alert">{k1.text("loket-callback-failed")}</p> }
        })
    };
    let title = move || {
        if sent() {
            k2.t("loket-callback-sent-title")
        } else {
            k2.t("loket-callback-title")
        }
    };
    {
        // The page title follows the heading, with "Fout: " while errors show.
        let (kit, inner, title) = (kit.clone(), inner.clone(), title.clone());
        Effect::new(move |_| {
            let errors = !inner.errors.with(Vec::is_empty);
            kit.host
                .set_title(&kit.form_page_title(title(), &form, errors));
        });
    }
    let confirmation = {
        let (kit, spec, answers, today) =
            (kit.clone(), inner.spec.clone(), inner.answers, inner.today);
        move || {
            sent().then(|| {
                view! {
                    <p class="loket-intro">{kit.text("loket-callback-sent-body")}</p>
                    <AnswerList spec=spec.clone() answers today/>
                }
            })
        }
    };
    view! {
        <div class="loket-step loket-callback">
            <button type="button" class="loket-back-link" on:click=close>{kit.text("loket-help-back")}</button>
            <ErrorSummary spec=inner.spec.clone() errors=inner.errors host=inner.host/>
            <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{title}</h1>
            {confirmation}
            <div hidden=sent>
                <p class="loket-intro">{kit.text("loket-callback-intro")}</p>
                <form class="loket-form" novalidate on:submit=on_submit>
                    {questions}
                    <div role="status" class="loket-status">{failed}</div>
                    <div class="utrecht-button-group loket-actions">
                        <button type="submit" class="utrecht-button utrecht-button--primary-action loket-button"
                            aria-disabled=move || (status.get() == Sending::Busy).then_some("true")>
                            {kit.text("loket-callback-send")}
                        </button>
                    </div>
                </form>
                <DataUse open=false/>
            </div>
        </div>
    }
}
