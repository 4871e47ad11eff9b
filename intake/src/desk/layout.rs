//! The desk's page shell and its building blocks: a skip link, the header with the desk's
//! navigation, the language switch and who is signed in; the error summary; a labelled field
//! with its hint and error; a bar chart with its numbers in a table beside it. Every text comes
//! from Fluent (`locales/<lang>/service/balie.ftl`), every page names itself in its title.

use loket::Locale;
use loket::core::texts::i18n::{Arg, Catalog};
use maud::{DOCTYPE, Markup, PreEscaped, html};

/// The languages of the desk.
pub const LANGUAGES: [&str; 3] = ["nl", "en", "de"];

/// The texts of one language.
pub struct Texts<'a> {
    /// Every language's texts.
    pub catalog: &'a Catalog,
    /// This language.
    pub locale: Locale,
    /// The profile, for the municipality's name and `$phone`.
    pub profile: &'a loket::Profile,
}

impl Texts<'_> {
    /// A text.
    pub fn t(&self, key: &str) -> String {
        self.tf(key, &[])
    }

    /// A text with arguments (and the profile's).
    pub fn tf(&self, key: &str, more: &[(&str, Arg)]) -> String {
        let owned = self
            .profile
            .text_args(|k| self.catalog.text(&self.locale, k));
        let mut args: Vec<(&str, Arg)> =
            owned.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
        args.extend(more.iter().cloned());
        self.catalog.format(&self.locale, key, &args)
    }

    /// The language's tag.
    pub fn lang(&self) -> &str {
        self.locale.tag()
    }
}

/// Who is signed in, for the header.
pub struct Who<'a> {
    /// The account.
    pub name: &'a str,
    /// Its role.
    pub role: &'a str,
    /// The CSRF token, for the sign-out form.
    pub csrf: &'a str,
}

/// One problem on a page: the field's id and the message.
pub struct Problem {
    /// The id of the control to move to.
    pub field: &'static str,
    /// What to do.
    pub message: String,
}

/// The desk's pages in its navigation: address, text key, admins only.
const NAVIGATION: [(&str, &str, bool); 6] = [
    ("/balie", "balie-nav-home", false),
    ("/balie/code", "balie-nav-code", false),
    ("/balie/terugbellen", "balie-nav-callbacks", false),
    ("/balie/inzicht", "balie-nav-insight", false),
    ("/balie/bezorging", "balie-nav-deliveries", true),
    ("/balie/logboek", "balie-nav-audit", true),
];

/// A whole page.
pub fn page(
    texts: &Texts<'_>,
    title: &str,
    here: &str,
    who: Option<&Who<'_>>,
    problems: &[Problem],
    content: Markup,
) -> Markup {
    let municipality = texts.t(&texts.profile.name_key());
    let full_title = format!("{title} – {} – {municipality}", texts.t("balie-name"));
    let full_title = if problems.is_empty() {
        full_title
    } else {
        format!("{} {full_title}", texts.t("balie-error-prefix"))
    };
    html! {
        (DOCTYPE)
        html lang=(texts.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (full_title) }
                link rel="stylesheet" href="/balie/loket.css";
                link rel="stylesheet" href="/balie/balie.css";
                script type="module" src="/balie/balie.js" {}
            }
            body class="loket balie" {
                a class="loket-skip-link" href="#main" { (texts.t("balie-skip")) }
                header class="balie-header" {
                    p class="balie-header__name" { (municipality) " – " (texts.t("balie-name")) }
                    @if let Some(who) = who {
                        nav class="balie-nav" aria-label=(texts.t("balie-nav")) {
                            ul {
                                @for (href, key, admin) in NAVIGATION {
                                    @if !admin || who.role == "admin" {
                                        li {
                                            a href=(href) aria-current=[(href == here).then_some("page")] { (texts.t(key)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    nav class="balie-languages" aria-label=(texts.t("balie-language")) {
                        ul {
                            @for lang in LANGUAGES {
                                @let name = texts.catalog.text(&Locale::new(lang), "loket-language-name");
                                li {
                                    a href={ (here) "?lang=" (lang) } lang=(lang) hreflang=(lang)
                                        aria-current=[(lang == texts.lang()).then_some("true")] { (name) }
                                }
                            }
                        }
                    }
                    @if let Some(who) = who {
                        form class="balie-signed-in" method="post" action="/balie/uitloggen" {
                            span { (texts.tf("balie-signed-in", &[("name", who.name.into()), ("role", texts.t(&format!("balie-role-{}", who.role)).into())])) }
                            " "
                            input type="hidden" name="csrf" value=(who.csrf);
                            button type="submit" class="utrecht-button utrecht-button--secondary-action loket-button" { (texts.t("balie-sign-out")) }
                        }
                    }
                }
                main id="main" class="balie-main" tabindex="-1" {
                    (summary(texts, problems))
                    (content)
                }
            }
        }
    }
}

/// The error summary: focused when the page loads (balie.js), a link to each field.
pub fn summary(texts: &Texts<'_>, problems: &[Problem]) -> Markup {
    html! {
        @if !problems.is_empty() {
            div class="utrecht-alert utrecht-alert--error loket-error-summary" id="balie-error-summary" tabindex="-1" data-focus="" {
                h2 class="loket-error-summary__title" { (texts.t("balie-error-title")) }
                ul class="loket-error-summary__list" {
                    @for p in problems {
                        li { a href={ "#" (p.field) } { (p.message) } }
                    }
                }
            }
        }
    }
}

/// A text field with its label, hint and error, tied with `aria-describedby`.
#[allow(clippy::too_many_arguments)]
pub fn field(
    texts: &Texts<'_>,
    id: &str,
    label: &str,
    hint: Option<&str>,
    kind: &str,
    autocomplete: &str,
    value: &str,
    problem: Option<&Problem>,
) -> Markup {
    let error = problem.filter(|p| p.field == id);
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(format!("{id}-hint"));
    }
    if error.is_some() {
        described.push(format!("{id}-error"));
    }
    html! {
        div class={ "utrecht-form-field loket-question" @if error.is_some() { " loket-question--error" } } {
            label class="utrecht-form-label loket-label" for=(id) { (label) }
            @if let Some(hint) = hint {
                div class="utrecht-form-field-description loket-hint" id={ (id) "-hint" } { (hint) }
            }
            @if let Some(error) = error {
                p class="utrecht-form-field-error-message loket-error-message" id={ (id) "-error" } {
                    span class="loket-visually-hidden" { (texts.t("balie-error-prefix")) " " }
                    (error.message)
                }
            }
            input class="utrecht-textbox loket-input" type=(kind) id=(id) name=(id) value=(value)
                autocomplete=(autocomplete) spellcheck="false"
                aria-describedby=[(!described.is_empty()).then(|| described.join(" "))]
                aria-invalid=[error.map(|_| "true")];
        }
    }
}

/// A horizontal bar chart as SVG, with the same numbers in a table beside it. The chart is an
/// image with a text alternative; the table is what assistive technology reads. Every bar has
/// its number written beside it: colour carries nothing alone.
pub fn chart(
    texts: &Texts<'_>,
    id: &str,
    title: &str,
    first: &str,
    rows: &[(String, i64)],
) -> Markup {
    let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bar = 24;
    let gap = 10;
    let height = rows.len() as i64 * (bar + gap) + gap;
    let alternative = texts.tf("balie-insight-chart", &[("title", title.into())]);
    let mut bars = String::new();
    for (i, (label, n)) in rows.iter().enumerate() {
        let y = gap + i as i64 * (bar + gap);
        let width = (n * 420 / most).max(if *n > 0 { 2 } else { 0 });
        // The label as far as it fits beside the bar; the table has it whole.
        let short: String = if label.chars().count() > 40 {
            label.chars().take(39).chain(['…']).collect()
        } else {
            label.clone()
        };
        let short = maud::html! { (short) }.into_string();
        bars.push_str(&format!(
            "<text x=\"0\" y=\"{}\" class=\"balie-chart__label\">{short}</text>\
             <rect x=\"380\" y=\"{y}\" width=\"{width}\" height=\"{bar}\" class=\"balie-chart__bar\"></rect>\
             <text x=\"{}\" y=\"{}\" class=\"balie-chart__value\">{n}</text>",
            y + 17,
            388 + width,
            y + 17
        ));
    }
    html! {
        section class="balie-chart" aria-labelledby={ (id) "-title" } {
            h2 id={ (id) "-title" } { (title) }
            div class="balie-chart__parts" {
                svg class="balie-chart__image" role="img" aria-label=(alternative) viewBox={ "0 0 880 " (height) }
                    xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet" {
                    (PreEscaped(bars))
                }
                table class="balie-table" {
                    caption { (title) }
                    thead { tr { th scope="col" { (first) } th scope="col" { (texts.t("balie-insight-count")) } } }
                    tbody {
                        @for (label, n) in rows {
                            tr { th scope="row" { (label) } td { (n) } }
                        }
                    }
                }
            }
        }
    }
}
