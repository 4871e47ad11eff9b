//! One step: progress, heading, error summary, its questions and the buttons.

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::error_summary::ErrorSummary;
use super::keeping::KeepingNotice;
use super::question::QuestionField;
use crate::core::{journey::flow, model::ids, texts::messages};

/// Renders the step at `index` of the form in context.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::StepPage;
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// let (kit, spec) = kit_and_form("klacht");
/// // The first step has one question: its legend is the page's heading.
/// let ctx = form_ctx(&spec);
/// let html = render_html(kit.clone(), move || {
///     provide_context(ctx);
///     view! { <StepPage index=0/> }
/// });
/// assert!(html.contains("Stap 1 van 5"), "{html}");
/// assert!(html.contains(r#"loket-legend--heading"><h1 id="loket-step-heading""#), "{html}");
/// assert!(html.contains("Volgende</button>"), "{html}");
///
/// // The second has three: the step's title is the heading.
/// let ctx = form_ctx(&spec);
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <StepPage index=1/> }
/// });
/// assert!(html.contains(r#"class="loket-heading">Wat is er gebeurd?</h1>"#), "{html}");
/// assert!(html.contains(r#"<label for="klacht-omschrijving""#), "{html}");
/// ```
#[component]
pub fn StepPage(index: usize) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let spec = ctx.spec.clone();
    let step = spec.steps[index].clone();
    let intro_key = messages::step_intro(&spec.id, &step.id);
    let has_intro = kit
        .catalog
        .locales()
        .iter()
        .any(|l| kit.catalog.has(l, &intro_key));
    // A single question is the page's heading, unless the step first explains something.
    let single = step.questions.len() == 1 && !has_intro;
    let progress = {
        let kit = kit.clone();
        // A memo: the answers change with every answer typed or chosen, the number of steps
        // seldom.
        let progress = {
            let (ctx, spec) = (ctx.clone(), spec.clone());
            Memo::new(move |_| ctx.answers.with(|a| flow::progress(&spec, a, index)))
        };
        move || {
            let (current, total) = progress.get();
            kit.tf(
                "loket-step-progress",
                &[("current", current.into()), ("total", total.into())],
            )
        }
    };
    let heading = (!single).then(|| {
        let kit = kit.clone();
        let key = messages::step_title(&spec.id, &step.id);
        view! { <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{move || kit.tp(&key)}</h1> }
    });
    let intro = has_intro.then(|| {
        let kit = kit.clone();
        view! { <p class="loket-intro">{move || kit.tp(&intro_key)}</p> }
    });
    let questions = step
        .questions
        .iter()
        .cloned()
        .map(|question| {
            let visible = {
                let ctx = ctx.clone();
                let question = question.clone();
                {
                    let spec = ctx.spec.clone();
                    Memo::new(move |_| ctx.answers.with(|a| a.question_visible(&spec, &question)))
                }
            };
            move || {
                visible
                    .get()
                    .then(|| view! { <QuestionField question=question.clone() as_heading=single/> })
            }
        })
        .collect_view();
    let on_submit = {
        let ctx = ctx.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            ctx.next(index);
        }
    };
    // The prerendered first step's loader says that its check (`first/`) showed this step's
    // errors before the app ran: the app shows its own in their place.
    let on_checked = {
        let ctx = ctx.clone();
        move |_: web_sys::Event| ctx.checked_before(index)
    };
    let back = {
        let ctx = ctx.clone();
        move |_| {
            if !ctx.back() {
                super::browser::go_home();
            }
        }
    };
    let back_text = kit.text("loket-back");
    // On its first step an embedded form has nowhere to go back to: the host page is around it.
    let has_back = {
        let ctx = ctx.clone();
        move || {
            !ctx.host.is_embedded()
                || ctx.answers.with(|a| {
                    crate::core::journey::flow::backward(&ctx.spec, a, &ctx.position.get())
                        .is_some()
                })
        }
    };
    view! {
        <div class="loket-step">
            <Show when=has_back>
                <button type="button" class="loket-back-link" on:click=back.clone()>{back_text.clone()}</button>
            </Show>
            <ErrorSummary spec=ctx.spec.clone() errors=ctx.errors host=ctx.host/>
            <p class="loket-progress">{progress}</p>
            {heading}
            {intro}
            <form class="loket-form" novalidate on:submit=on_submit on:loket-checked=on_checked>
                {questions}
                <div class="utrecht-button-group loket-actions">
                    <button type="submit" class="utrecht-button utrecht-button--primary-action loket-button">
                        {kit.text("loket-next")}
                    </button>
                </div>
            </form>
            <KeepingNotice first=index == 0/>
        </div>
    }
}
