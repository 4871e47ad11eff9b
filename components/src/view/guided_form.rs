//! A whole guided form: restores the draft, shows the current step, keeps the title in step,
//! and submits the payload to the profile's endpoint.

use std::sync::Arc;

use leptos::prelude::*;

use super::browser;
use super::callback::CallbackPage;
use super::check_answers::CheckAnswers;
use super::confirmation::Confirmation;
use super::context::HelpView;
use super::context::{FormCtx, Kit, use_kit};
use super::draft_changes::DraftChanges;
use super::draft_keeper::keep_draft_of;
use super::exit_page::ExitPage;
use super::hand_off::HandOffPage;
use super::help_panel::HelpPanel;
use super::journey::watch_journey;
use super::rare_part::rare_view;
use super::send_form::{Sender, send};
use super::step_page::StepPage;
use super::stuck_offer::{StuckOffer, watch_for_stuck};
use crate::core::rules::conditions::outcome;
use crate::core::{
    FormSpec, Position, exchange::draft, journey::flow, model::prefill::Prefill, texts::messages,
};

/// The page title: "Stap 2 van 5: Wat is er gebeurd? – Klacht indienen – Gemeente Enschede",
/// prefixed "Fout: " while errors show.
/// `progress` is the step's "current of total", which changes far less often than the answers.
fn page_title(kit: &Kit, ctx: &FormCtx, progress: Memo<(usize, usize)>) -> String {
    let form = ctx.form();
    let page = match ctx.position.get() {
        _ if ctx.help.get().is_some() => kit.t(ctx.help.get().map_or("", HelpView::title_key)),
        Position::Step { index } => {
            let (current, total) = progress.get();
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
    kit.form_page_title(page, form, !ctx.errors.with(Vec::is_empty))
}

/// The current step's "current of total" (both 0 off the steps), as a memo: the answers change
/// with every answer typed or chosen, the number of steps only when an answer changes the way.
fn step_progress(ctx: &FormCtx) -> Memo<(usize, usize)> {
    let ctx = ctx.clone();
    Memo::new(move |_| match ctx.position.get() {
        Position::Step { index } => ctx.answers.with(|a| flow::progress(&ctx.spec, a, index)),
        _ => (0, 0),
    })
}

/// A guided form for `spec`, with the help block in the same place on every step.
///
/// # Examples
///
/// ```
/// # // A whole form's view types nest deeper than the default limit.
/// # #![recursion_limit = "256"]
/// use leptos::prelude::*;
/// use loket::view::GuidedForm;
/// use loket::view::examples::{kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// // Needs only the kit: the guided form makes and provides its own form state (a `FormCtx`),
/// // restored from a kept draft when there is one (none here: it starts at the first step).
/// let html = render_html(kit, move || view! { <GuidedForm spec/> });
/// assert!(html.contains(r#"data-loket-draft="loket-draft-klacht""#), "{html}");
/// assert!(html.contains("Stap 1 van 5"), "{html}");
/// assert!(html.contains("Waar gaat uw klacht over?"), "{html}");
/// // The help block, in the same place on every step.
/// assert!(html.contains("Hulp nodig?"), "{html}");
/// ```
#[component]
pub fn GuidedForm(
    /// The form.
    spec: Arc<FormSpec>,
    /// Verified data from a login on the host page (see `model::prefill`).
    #[prop(optional)]
    prefill: Option<Prefill>,
) -> impl IntoView {
    let kit = use_kit();
    let key = draft::storage_key(&spec.id);
    let restored = draft::restore(
        &spec,
        browser::session_get(&key).as_deref(),
        browser::local_get(&key).as_deref(),
        browser::now_ms() as u64,
    );
    if restored.wipe_device_copy {
        browser::local_remove(&key);
    }
    let state = match &prefill {
        Some(prefill) => restored.state.prefilled_from(&spec, prefill),
        None => restored.state,
    };
    let ctx =
        FormCtx::new(spec.clone(), state, kit.profile.stuck, browser::today()).shown_in(kit.host);
    provide_context(ctx.clone());
    // What changed in the draft is told until the resident moves on.
    let changes = RwSignal::new(restored.changes);
    {
        let ctx = ctx.clone();
        Effect::new(move |first: Option<()>| {
            ctx.position.track();
            ctx.help.track();
            if first.is_some() {
                changes.set(Default::default());
            }
        });
    }

    // Keep the draft as the resident goes; forget it once the form is sent.
    keep_draft_of(&ctx, key.clone());
    watch_for_stuck(&ctx);
    watch_journey(&kit, &ctx);
    {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        let progress = step_progress(&ctx);
        // The call-back page keeps its own title: its errors and its "sent" are its own.
        Effect::new(move |_| {
            if ctx.help.get() != Some(HelpView::Callback) {
                kit.host.set_title(&page_title(&kit, &ctx, progress));
            }
        });
    }

    let on_help = ctx.help_opener();
    let sender = Sender::new();
    let page = {
        let (kit, ctx) = (kit.clone(), ctx.clone());
        move || match (ctx.help.get(), ctx.position.get()) {
            (Some(HelpView::HandOff), _) => hand_off_page(),
            (Some(HelpView::Callback), _) => callback_page(),
            (None, position) => match position {
                Position::Step { index } => view! { <StepPage index/> }.into_any(),
                Position::Exit { step, page } => {
                    let back = ctx.clone();
                    let on_change =
                        Callback::new(move |()| back.go(Position::Step { index: step }));
                    view! { <ExitPage form=ctx.form().to_string() page on_change/> }.into_any()
                }
                Position::Check => check_page(kit.clone(), ctx.clone(), sender),
                Position::Done {
                    reference,
                    received_at,
                } => confirmation_page(reference, received_at),
            },
        }
    };
    // Where the draft is kept, on the page: a copy of this step rendered at build time tells
    // the resident to wait for the app when there is a draft to restore (app/loader.js).
    view! {
        <div class="loket" data-loket-draft=key>
            <DraftChanges form=spec.id.clone() changes/>
            {page}
            <StuckOffer/>
            <HelpPanel form=spec.id.clone() on_help=Some(on_help)/>
        </div>
    }
}

rare_view! {
    /// The hand-off page, with its QR code.
    fn hand_off_page() -> AnyView {
        view! { <HandOffPage/> }.into_any()
    }
}

rare_view! {
    /// The call-back page.
    fn callback_page() -> AnyView {
        view! { <CallbackPage/> }.into_any()
    }
}

rare_view! {
    /// The check page, which sends the form: the sending comes with it (in a split build in the
    /// module's second file, see `rare_part`), as only its button starts it.
    fn check_page(kit: Kit, ctx: FormCtx, sender: Sender) -> AnyView {
        let on_send = Callback::new(move |()| send(kit.clone(), ctx.clone(), sender));
        let status = sender.status;
        view! { <CheckAnswers on_send status/> }.into_any()
    }
}

rare_view! {
    /// The confirmation, once the form is sent.
    fn confirmation_page(reference: String, received_at: Option<String>) -> AnyView {
        view! { <Confirmation reference received_at/> }.into_any()
    }
}
