//! The help block: the same place and order on every step (WCAG 3.2.6). Channels come from
//! the municipality profile, each with what it helps with and how to reach it (its opening
//! hours and a link to make an appointment, where the profile has them); inside a form it
//! also offers "Call me back" and "Take my answers with me".

use leptos::prelude::*;

use super::context::{HelpView, Kit, use_kit};
use super::region::Region;
use crate::core::texts::names::dutch_names;
use crate::core::{Channel, ChannelKind, model::ids};

/// "Bel 14053" / "Call 14053" as a `tel:` link.
pub(super) fn call_link(kit: &Kit, phone: String) -> impl IntoView + use<> {
    let (kit, href) = (kit.clone(), format!("tel:{}", phone.replace(' ', "")));
    view! {
        <a class="utrecht-link loket-help__call" href=href>{move || kit.tf("loket-help-call", &[("phone", phone.clone().into())])}</a>
    }
}

/// A channel's opening hours and the link to make an appointment there, each when the profile
/// has them (`hours`, `appointment_url`). The link's text says what it does ("Maak een
/// afspraak bij het Overheidsloket"), with its Dutch names marked as the help block marks them.
pub(super) fn visit_details(kit: &Kit, channel: &Channel) -> impl IntoView + use<> {
    let profile = kit.profile.clone();
    let hours = channel.hours.then(|| {
        view! { <p class="loket-help__hours" inner_html=with_dutch_names(kit, profile.channel_hours_key(channel))></p> }
    });
    let appointment = channel.appointment_url.clone().map(|href| {
        view! {
            <p class="loket-help__appointment">
                <a class="utrecht-link loket-help__appointment-link" href=href
                    inner_html=with_dutch_names(kit, profile.channel_appointment_key(channel))></a>
            </p>
        }
    });
    view! { {hours}{appointment} }
}

/// The list items "Call me back" (when the site has a call-back form) and "Take my answers
/// with me", which open a help page in place of the step.
#[component]
pub(super) fn HelpActions(on_help: Callback<HelpView>) -> impl IntoView {
    let kit = use_kit();
    let callback = kit.callback_form.is_some().then(|| {
        view! {
            <li><button type="button" class="loket-link-button" on:click=move |_| on_help.run(HelpView::Callback)>{kit.text("loket-callback-open")}</button></li>
        }
    });
    view! {
        {callback}
        <li><button type="button" class="loket-link-button" on:click=move |_| on_help.run(HelpView::HandOff)>{kit.text("loket-handoff-open")}</button></li>
    }
}

/// Ways to get help for this form, from the profile: the form's own channels first.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::{HelpPanel, HelpView};
/// use loket::view::examples::{kit, render_html};
///
/// // On a page of its own: the profile's channels, the form's own first.
/// let html = render_html(kit(), || view! { <HelpPanel form="klacht".to_string()/> });
/// assert!(html.contains("14053"), "{html}");
/// assert!(!html.contains("loket-help__actions"), "{html}");
///
/// // Inside a form: also "Take my answers with me", which the form opens in place of the step.
/// let on_help = Callback::new(|_: HelpView| ());
/// let html = render_html(kit(), move || {
///     view! { <HelpPanel form="klacht".to_string() on_help=Some(on_help)/> }
/// });
/// assert!(html.contains("loket-help__actions"), "{html}");
/// ```
#[component]
pub fn HelpPanel(
    /// The form the resident is filling in (its own channels come first); empty for none.
    form: String,
    /// Inside a form: opens "Call me back" or "Take my answers with me" in place of the step.
    #[prop(default = None)]
    on_help: Option<Callback<HelpView>>,
) -> impl IntoView {
    let kit = use_kit();
    let profile = kit.profile.clone();
    let channels = profile
        .channels_for(&form)
        .into_iter()
        .map(|channel| {
            let call = (channel.kind == ChannelKind::Phone)
                .then(|| channel.phone.clone())
                .flatten()
                .map(|phone| view! { <p>{call_link(&kit, phone)}</p> });
            view! {
                <li class="loket-help__channel">
                    <h3 class="loket-help__channel-title" inner_html=with_dutch_names(&kit, profile.channel_title_key(channel))></h3>
                    <p inner_html=with_dutch_names(&kit, profile.channel_body_key(channel))></p>
                    <p class="loket-help__how" inner_html=with_dutch_names(&kit, profile.channel_how_key(channel))></p>
                    {visit_details(&kit, channel)}
                    {call}
                </li>
            }
        })
        .collect_view();
    // Inside a form: call back and hand-off, which need the form's answers.
    let form = on_help.is_some().then_some(form);
    let actions = on_help
        .map(|on_help| view! { <ul class="loket-help__actions"><HelpActions on_help/></ul> });
    view! {
        <Region class="loket-help" heading_id=ids::HELP_TITLE heading_key="loket-help-title" form>
            <h2 class="loket-help__title" id=ids::HELP_TITLE tabindex="-1">{kit.text("loket-help-title")}</h2>
            <p>{kit.text("loket-help-intro")}</p>
            {actions}
            <ul class="loket-help__channels">{channels}</ul>
        </Region>
    }
}

/// A text of the profile as HTML, every character escaped, with its Dutch names (the profile's
/// `dutch_names`) in `<span lang="nl">` when the page is in another language, so a screen
/// reader says them as Dutch. (A string, not a view per piece: far fewer bytes of WebAssembly.)
pub(super) fn with_dutch_names(
    kit: &Kit,
    key: String,
) -> impl Fn() -> String + Send + Sync + 'static + use<> {
    let text = kit.form_text(key);
    let (kit, names) = (kit.clone(), kit.profile.dutch_names.clone());
    move || {
        let text = text();
        if kit.locale.get().tag().starts_with("nl") {
            return escape(&text);
        }
        let mut html = String::with_capacity(text.len() + 32);
        for piece in dutch_names(&text, &names) {
            let escaped = escape(&piece.text);
            if piece.dutch {
                html.push_str("<span lang=\"nl\">");
                html.push_str(&escaped);
                html.push_str("</span>");
            } else {
                html.push_str(&escaped);
            }
        }
        html
    }
}

/// Text made safe to put in HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}
