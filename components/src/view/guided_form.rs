//! A whole guided form: restores the draft, shows the current step, keeps the title in step,
//! and submits the payload to the profile's endpoint.

use std::sync::Arc;

use leptos::prelude::*;

use super::browser;
use super::callback::CallbackPage;
use super::check_answers::CheckAnswers;
use super::confirmation::Confirmation;
use super::context::HelpView;
use super::context::{use_kit, FormCtx, Kit};
use super::exit_page::ExitPage;
use super::hand_off::HandOffPage;
use super::help_panel::HelpPanel;
use super::journey::watch_journey;
use super::step_page::StepPage;
use super::stuck_offer::{watch_for_stuck, StuckOffer};
use super::submit;
use crate::core::conditions::outcome;
use crate::core::validate::first_invalid_step;
use crate::core::{flow, messages, FormSpec, FormState, Position};

/// The page title: "Stap 2 van 5: Wat is er gebeurd? – Klacht indienen – Gemeente Enschede",
/// prefixed "Fout: " while errors show.
fn page_title(kit: &Kit, ctx: &FormCtx) -> String {
    let form = ctx.form();
    let page = match ctx.position.get() {
        _ if ctx.help.get().is_some() => kit.t(ctx.help.get().map_or("", HelpView::title_key)),
        Position::Step { index } => {
            let (current, total) = ctx.answers.with(|a| flow::progress(&ctx.spec, a, index));
            kit.tf(
                "loket-step-page-title",
                &[
                    (
                        "progress",
                        kit.tf(
                            "loket-step-progress",
                            &[("current", current.into()), ("total", total.into())],
                        )
                        .into(),
                    ),
                    (
                        "step",
                        kit.t(&messages::step_title(form, &ctx.spec.steps[index].id))
                            .into(),
                    ),
                ],
            )
        }
        Position::Exit { page, .. } => kit.tp(&messages::exit_title(form, &page)),
        Position::Check => kit.t("loket-check-title"),
        Position::Done { .. } => {
            let outcome = ctx
                .answers
                .with(|a| outcome(&ctx.spec, a).map(|o| o.id.clone()));
            kit.t(&messages::done_title_for(form, outcome.as_deref()))
        }
    };
    let title = kit.tf(
        "loket-page-title",
        &[
            ("page", page.into()),
            ("form", kit.t(&messages::form_title(form)).into()),
            ("municipality", kit.t(&kit.profile.name_key()).into()),
        ],
    );
    if ctx.errors.with(Vec::is_empty) {
        title
    } else {
        kit.tf("loket-page-title-error", &[("title", title.into())])
    }
}

/// Sends the answers; on success shows the confirmation, on failure keeps everything.
fn send(kit: Kit, ctx: FormCtx, status: RwSignal<Option<bool>>) {
    let invalid = ctx
        .answers
        .with_untracked(|a| first_invalid_step(&ctx.spec, a, ctx.today));
    if let Some((index, errors)) = invalid {
        ctx.remember_steps();
        ctx.returning.set(true);
        ctx.go(Position::Step { index });
        ctx.show_errors(errors);
        return;
    }
    status.set(Some(true));
    let reference = submit::stable_reference(&ctx);
    let payload = submit::submission(&kit, &ctx, &reference);
    let url = kit.profile.submit_url(ctx.form());
    leptos::task::spawn_local(async move {
        let sent = submit::post(&url, &payload).await;
        if sent {
            status.set(None);
            ctx.go(Position::Done { reference });
        } else {
            status.set(Some(false));
        }
    });
}

/// Where a form's draft is kept in this tab's session storage.
pub(crate) fn draft_key(form: &str) -> String {
    format!("loket-draft-{form}")
}

/// A guided form for `spec`, with the help block in the same place on every step.
#[component]
pub fn GuidedForm(spec: Arc<FormSpec>) -> impl IntoView {
    let kit = use_kit();
    let draft_key = draft_key(&spec.id);
    let state = browser::session_get(&draft_key)
        .and_then(|json| FormState::from_draft(&spec, &json))
        .unwrap_or_else(|| FormState::new(&spec));
    let ctx = FormCtx::new(spec.clone(), state, kit.profile.stuck, browser::today());
    provide_context(ctx.clone());

    // Keep the draft as the resident types; forget it once the form is sent.
    {
        let ctx = ctx.clone();
        Effect::new(move |_| {
            let mut draft = ctx.draft();
            if matches!(draft.position, Position::Done { .. }) {
                browser::session_remove(&draft_key);
                return;
            }
            if !browser::session_set(&draft_key, &draft.to_draft()) {
                // Too big for this tab's storage (large files): keep everything but the files.
                draft.answers = draft.answers.without_file_contents();
                browser::session_set(&draft_key, &draft.to_draft());
            }
        });
    }
    watch_for_stuck(&ctx);
    watch_journey(&kit, &ctx);
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Effect::new(move |_| browser::set_title(&page_title(&kit, &ctx)));
    }

    let status = RwSignal::new(None::<bool>);
    let on_send = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        Callback::new(move |()| send(kit.clone(), ctx.clone(), status))
    };
    let page = {
        let ctx = ctx.clone();
        move || match (ctx.help.get(), ctx.position.get()) {
            (Some(HelpView::HandOff), _) => view! { <HandOffPage/> }.into_any(),
            (Some(HelpView::Callback), _) => view! { <CallbackPage/> }.into_any(),
            (None, position) => match position {
                Position::Step { index } => view! { <StepPage index/> }.into_any(),
                Position::Exit { step, page } => view! { <ExitPage step page/> }.into_any(),
                Position::Check => view! { <CheckAnswers on_send status/> }.into_any(),
                Position::Done { reference } => view! { <Confirmation reference/> }.into_any(),
            },
        }
    };
    view! {
        <div class="loket">
            {page}
            <StuckOffer/>
            <HelpPanel form=spec.id.clone()/>
        </div>
    }
}
