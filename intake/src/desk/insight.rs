//! "Waar lopen inwoners vast?" / "Where do residents get stuck?": per form and week, from the
//! anonymous journey signals and the smileys: how many residents reached each step, on which
//! steps they asked for help, the share of forms sent without help (the "100 % digital"
//! measure a municipality reports to its council), and how it went. Each as a bar chart with
//! the same numbers in a table beside it.

use std::collections::HashMap;

use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use loket::core::exchange::signals::{Event, Received};
use loket::core::texts::i18n::Arg;
use loket::core::texts::messages::{self, short_date_in_words};
use maud::html;

use super::layout::{chart, page};
use super::{Desk, Stop, html};
use crate::clock::{self, DAY_MS};

/// `GET /balie/inzicht?form=<id>&week=<YYYY-Www>`.
pub async fn show(
    desk: Desk,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, Stop> {
    desk.require_signed_in()?;
    let texts = desk.texts();
    let forms: Vec<_> = desk
        .app
        .forms
        .all()
        .filter(|f| desk.app.forms.offered(&f.id).is_some())
        .cloned()
        .collect();
    let spec = query
        .get("form")
        .and_then(|id| forms.iter().find(|f| &f.id == id))
        .or_else(|| forms.first())
        .cloned();
    let today = clock::date_of(clock::now_ms());
    let (year, week) = query
        .get("week")
        .and_then(|w| {
            let (y, n) = w.split_once("-W")?;
            let (y, n) = (y.parse().ok()?, n.parse().ok()?);
            clock::monday_of(y, n).map(|_| (y, n))
        })
        .unwrap_or_else(|| clock::iso_week(today));
    let monday = clock::monday_of(year, week).unwrap_or(today);
    let from = monday.days_since_epoch() * DAY_MS;
    let to = from + 7 * DAY_MS;
    let title = texts.t("balie-insight-title");
    let respond = |body| {
        let page = page(
            &texts,
            &title,
            "/balie/inzicht",
            desk.who().as_ref(),
            &[],
            body,
        );
        Ok(desk.respond(html(StatusCode::OK, page)))
    };
    let Some(spec) = spec else {
        return respond(html! { h1 class="loket-heading" { (title) } });
    };
    let store = &desk.app.store;
    let signals: Vec<Received> = store
        .signals_between(&spec.id, from, to)
        .await
        .map_err(super::failure)?
        .iter()
        .filter_map(|body| serde_json::from_str(body).ok())
        .collect();
    let page_label = |page: &str| match page {
        "check" => texts.t("balie-page-check"),
        "sent" => texts.t("balie-page-sent"),
        other => other
            .strip_prefix("step:")
            .map(|s| texts.t(&messages::step_title(&spec.id, s)))
            .unwrap_or_else(|| other.to_string()),
    };
    let pages: Vec<String> = spec
        .steps
        .iter()
        .map(|s| format!("step:{}", s.id))
        .chain(["check".to_string(), "sent".to_string()])
        .collect();
    let count = |matches: &dyn Fn(&Event) -> bool| {
        signals.iter().filter(|s| matches(&s.event)).count() as i64
    };
    let reached: Vec<(String, i64)> = pages
        .iter()
        .map(|p| {
            (
                page_label(p),
                count(&|e| matches!(e, Event::Page { page, .. } if page == p)),
            )
        })
        .collect();
    let helped: Vec<(String, i64)> = pages
        .iter()
        .take(pages.len() - 1)
        .map(|p| {
            (
                page_label(p),
                count(&|e| matches!(e, Event::HelpOpened { page, .. } if page == p)),
            )
        })
        .collect();
    let sent = count(&|e| matches!(e, Event::Page { page, .. } if page == "sent"));
    let alone =
        count(&|e| matches!(e, Event::Page { page, helped: Some(false), .. } if page == "sent"));
    let scores: HashMap<String, i64> = store
        .scores_between(&spec.id, from, to)
        .await
        .map_err(super::failure)?
        .into_iter()
        .collect();
    let smileys: Vec<(String, i64)> = loket::core::exchange::feedback::SCORES
        .iter()
        .map(|s| {
            (
                texts.t(&format!("loket-feedback-{s}")),
                scores.get(*s).copied().unwrap_or(0),
            )
        })
        .collect();
    let week_text = format!("{year}-W{week:02}");
    let period = texts.tf(
        "balie-insight-week-title",
        &[
            ("week", Arg::Number(f64::from(week))),
            ("year", year.to_string().into()),
            (
                "from",
                short_date_in_words(texts.catalog, &texts.locale, monday).into(),
            ),
            (
                "to",
                short_date_in_words(texts.catalog, &texts.locale, monday.plus_days(6)).into(),
            ),
        ],
    );
    let body = html! {
        h1 class="loket-heading" { (title) }
        p class="loket-intro" { (texts.t("balie-insight-intro")) }
        form method="get" action="/balie/inzicht" class="balie-filter" {
            div class="utrecht-form-field loket-question" {
                label class="utrecht-form-label loket-label" for="form" { (texts.t("balie-insight-form")) }
                select class="utrecht-select balie-select" id="form" name="form" {
                    @for f in &forms {
                        option value=(f.id) selected[f.id == spec.id] { (texts.t(&messages::form_title(&f.id))) }
                    }
                }
            }
            div class="utrecht-form-field loket-question" {
                label class="utrecht-form-label loket-label" for="week" { (texts.t("balie-insight-week")) }
                div class="utrecht-form-field-description loket-hint" id="week-hint" { (texts.t("balie-insight-week-hint")) }
                input class="utrecht-textbox loket-input loket-input--short" type="text" id="week" name="week" value=(week_text) aria-describedby="week-hint" spellcheck="false" autocomplete="off";
            }
            div class="utrecht-button-group loket-actions" {
                button type="submit" class="utrecht-button utrecht-button--primary-action loket-button" { (texts.t("balie-insight-show")) }
            }
        }
        h2 { (texts.t(&messages::form_title(&spec.id))) ": " (period) }
        p class="balie-digital" {
            @if sent == 0 {
                (texts.t("balie-insight-digital-none"))
            } @else {
                (texts.tf("balie-insight-digital", &[("share", Arg::Number((alone * 100 / sent) as f64)), ("sent", Arg::Number(sent as f64))]))
            }
        }
        (chart(&texts, "reached", &texts.t("balie-insight-reached"), &texts.t("balie-insight-step"), &reached))
        (chart(&texts, "helped", &texts.t("balie-insight-help"), &texts.t("balie-insight-step"), &helped))
        (chart(&texts, "smileys", &texts.t("balie-insight-smileys"), &texts.t("balie-insight-score"), &smileys))
    };
    respond(body)
}
