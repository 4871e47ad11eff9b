//! "Hoe ging het?" / "How did it go?" after sending: three smileys as a real radio group, an
//! optional comment, sent to the profile's feedback endpoint without personal data (no
//! reference, no answers).

use leptos::prelude::*;

use super::context::{use_form, use_kit};
use super::region::Region;
use super::submit;
use super::why_we_ask::Why;
use crate::core::exchange::feedback::{self, Feedback};

/// The three scores (see [`crate::core::exchange::feedback::SCORES`]) with their colours, in the order
/// shown (green, orange, red).
const SCORES: [(&str, &str); 3] = [
    (feedback::SCORES[0], "#00703c"),
    (feedback::SCORES[1], "#b35900"),
    (feedback::SCORES[2], "#c0311a"),
];

/// A smiley face in a colour; the mouth curves up, is straight, or curves down.
fn smiley(score: &'static str, colour: &'static str) -> impl IntoView {
    let mouth = match score {
        "goed" => "M7 14 Q12 19 17 14",
        "gaat-wel" => "M7 15 H17",
        _ => "M7 17 Q12 12 17 17",
    };
    view! {
        <svg class="loket-feedback__face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="11" fill=colour/>
            <circle cx="8.5" cy="9.5" r="1.5" fill="#fff"/>
            <circle cx="15.5" cy="9.5" r="1.5" fill="#fff"/>
            <path d=mouth stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round"/>
        </svg>
    }
}

/// The feedback question; nothing when the profile has no feedback endpoint.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::FeedbackForm;
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// // The question shows when the profile has a `feedback_endpoint`.
/// let (kit, spec) = kit_and_form("klacht");
/// assert!(kit.profile.feedback_endpoint.is_some());
/// let ctx = form_ctx(&spec);
/// let html = render_html(kit, move || {
///     provide_context(ctx);
///     view! { <FeedbackForm/> }
/// });
/// assert!(html.contains("Hoe ging het?</h2>"), "{html}");
/// // Three smileys as a real radio group, each with its word.
/// assert!(html.contains(r#"type="radio" name="loket-feedback" id="loket-feedback-goed""#), "{html}");
/// assert!(html.contains("Goed</label>"), "{html}");
/// ```
#[component]
pub fn FeedbackForm() -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let Some(endpoint) = kit.profile.feedback_endpoint.clone() else {
        return ().into_any();
    };
    let score = RwSignal::new(None::<&'static str>);
    let comment = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let form = ctx.form().to_string();

    let on_submit = {
        let kit = kit.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(chosen) = score.get_untracked() else {
                missing.set(true);
                kit.host.focus_now("loket-feedback-goed");
                return;
            };
            missing.set(false);
            let locale = kit.locale.get_untracked();
            let text = comment.get_untracked();
            let body = serde_json::to_string(&Feedback::new(
                &kit.profile.id,
                &form,
                locale.tag(),
                chosen,
                &text,
            ))
            .unwrap_or_default();
            let endpoint = endpoint.clone();
            leptos::task::spawn_local(async move {
                submit::post_json(&endpoint, body).await;
            });
            sent.set(true);
        }
    };
    let options = SCORES
        .iter()
        .map(|&(id, colour)| {
            let control = format!("loket-feedback-{id}");
            view! {
                <div class="utrecht-form-field loket-radio loket-feedback__option">
                    <input class="loket-radio__input utrecht-radio-button" type="radio" name="loket-feedback" id=control.clone()
                        value=id aria-describedby=move || missing.get().then_some("loket-feedback-error")
                        on:change=move |_| { score.set(Some(id)); missing.set(false); }/>
                    <label class="utrecht-form-label loket-radio__label loket-feedback__label" for=control>
                        {smiley(id, colour)}
                        {kit.text(format!("loket-feedback-{id}"))}
                    </label>
                </div>
            }
        })
        .collect_view();
    let (k1, k2) = (kit.clone(), kit.clone());
    view! {
        <Region class="loket-feedback loket-no-print" heading_id="loket-feedback-title" heading_key="loket-feedback-title" form=Some(ctx.form().to_string())>
            <h2 id="loket-feedback-title">{kit.text("loket-feedback-title")}</h2>
            <div role="status">
                {move || sent.get().then(|| view! { <p class="loket-feedback__thanks">{k1.text("loket-feedback-thanks")}</p> })}
            </div>
            <form class="loket-form" novalidate on:submit=on_submit hidden=move || sent.get()>
                <fieldset class="utrecht-form-fieldset loket-question" class:loket-question--error=move || missing.get()>
                    <legend class="utrecht-form-fieldset__legend loket-legend">{kit.text("loket-feedback-question")}</legend>
                    <Why id="loket-feedback-why".to_string() text_key="loket-feedback-why".to_string()/>
                    {move || missing.get().then(|| view! {
                        <p class="utrecht-form-field-error-message loket-error-message" id="loket-feedback-error">
                            <span class="loket-visually-hidden">{k2.text("loket-error-prefix")}" "</span>{k2.text("loket-feedback-error")}
                        </p>
                    })}
                    <div class="loket-radios loket-feedback__options">{options}</div>
                </fieldset>
                <div class="utrecht-form-field loket-question">
                    <label class="utrecht-form-label loket-label" for="loket-feedback-comment">{kit.text("loket-feedback-comment-label")}</label>
                    <div class="utrecht-form-field-description loket-hint" id="loket-feedback-comment-hint">
                        {kit.text("loket-feedback-comment-hint")}" "
                        {let kit = kit.clone(); move || kit.tf("loket-char-limit", &[("max", feedback::MAX_COMMENT_CHARS.into())])}
                    </div>
                    <Why id="loket-feedback-comment-why".to_string() text_key="loket-feedback-comment-why".to_string()/>
                    <textarea class="utrecht-textarea loket-textarea" id="loket-feedback-comment" rows="3" maxlength=feedback::MAX_COMMENT_CHARS
                        aria-describedby="loket-feedback-comment-hint loket-feedback-comment-why" on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                </div>
                <div class="utrecht-button-group loket-actions">
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action loket-button">{kit.text("loket-feedback-send")}</button>
                </div>
            </form>
        </Region>
    }
    .into_any()
}
