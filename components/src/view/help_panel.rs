//! The help block: the same place and order on every step (WCAG 3.2.6), channels from the
//! municipality profile.

use leptos::prelude::*;

use super::context::use_kit;
use crate::core::ChannelKind;

/// Ways to get help for this form, from the profile: the form's own channels first.
#[component]
pub fn HelpPanel(form: String) -> impl IntoView {
    let kit = use_kit();
    let profile = kit.profile.clone();
    let channels = profile
        .channels_for(&form)
        .into_iter()
        .map(|channel| {
            let title_key = profile.channel_title_key(channel);
            let body_key = profile.channel_body_key(channel);
            let kc = kit.clone();
            let call = (channel.kind == ChannelKind::Phone)
                .then(|| channel.phone.clone())
                .flatten()
                .map(|phone| {
                    let href = format!("tel:{}", phone.replace(' ', ""));
                    view! {
                        <p><a class="utrecht-link loket-help__call" href=href>{move || kc.tf("loket-help-call", &[("phone", phone.clone().into())])}</a></p>
                    }
                });
            view! {
                <li class="loket-help__channel">
                    <h3 class="loket-help__channel-title">{kit.form_text(title_key)}</h3>
                    <p>{kit.form_text(body_key)}</p>
                    {call}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="loket-help" aria-labelledby="loket-help-title">
            <h2 class="loket-help__title" id="loket-help-title">{kit.text("loket-help-title")}</h2>
            <p>{kit.text("loket-help-intro")}</p>
            <ul class="loket-help__channels">{channels}</ul>
        </section>
    }
}
