//! Anonymous journey signals (schema `loket.signal`): where residents get stuck, never what
//! they answered. Sent only when the profile names a `signals_endpoint`. A signal holds no
//! answer value, no reference, no time stamp and no identifier that could follow a person.

use serde::{Deserialize, Serialize};

use crate::core::journey::flow::Position;
use crate::core::journey::stuck::StuckReason;
use crate::core::model::spec::FormSpec;

/// The schema name in every signal.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::signals::{Event, Signal, SCHEMA};
///
/// let signal = Signal {
///     schema: SCHEMA,
///     schema_version: 1,
///     municipality: "enschede",
///     form: "klacht",
///     form_version: 1,
///     locale: "nl",
///     event: Event::OfferDismissed,
/// };
/// assert!(signal.to_json().contains(r#""schema":"loket.signal""#));
/// ```
pub const SCHEMA: &str = "loket.signal";

/// What happened.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::signals::Event;
///
/// let event = Event::Page { page: "step:wens".into(), seconds_before: 40, helped: None };
/// assert_eq!(
///     serde_json::to_string(&event).unwrap(),
///     r#"{"event":"page","page":"step:wens","seconds_before":40}"#
/// );
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A page of the form was reached, after `seconds` on the page before.
    Page {
        /// `step:<id>`, `check`, `exit:<id>` or `sent`.
        page: String,
        /// Whole seconds spent on the page before (0 for the first page).
        seconds_before: u64,
        /// On `sent` only: whether help was opened on the way (the share of forms sent
        /// without help is the "100 % digital" measure). Nothing that tells residents apart.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        helped: Option<bool>,
    },
    /// "Next" found answers not yet right: which questions, by id, and which rule.
    Invalid {
        /// The page.
        page: String,
        /// `<question id>:<rule>` for each error.
        errors: Vec<String>,
    },
    /// Help was offered because the resident seemed stuck.
    OfferShown {
        /// Why.
        reason: StuckReason,
    },
    /// The offer was declined.
    OfferDismissed,
    /// A help page was opened: `handoff` or `callback`.
    HelpOpened {
        /// Which one.
        help: String,
        /// The page it was opened on.
        #[serde(default)]
        page: String,
    },
    /// The answers file was downloaded.
    AnswersDownloaded,
}

/// One signal as sent.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::signals::{Event, Signal, SCHEMA};
/// use loket::StuckReason;
///
/// let signal = Signal {
///     schema: SCHEMA,
///     schema_version: 1,
///     municipality: "enschede",
///     form: "klacht",
///     form_version: 1,
///     locale: "nl",
///     event: Event::OfferShown { reason: StuckReason::BackAndForth },
/// };
/// let json: serde_json::Value = serde_json::from_str(&signal.to_json()).unwrap();
/// assert_eq!(json["event"], "offer_shown");
/// assert_eq!(json["reason"], "back_and_forth");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal<'a> {
    /// Always `loket.signal`.
    pub schema: &'static str,
    /// Version of this shape.
    pub schema_version: u32,
    /// The profile's id.
    pub municipality: &'a str,
    /// The form's id.
    pub form: &'a str,
    /// The form's version.
    pub form_version: u32,
    /// The language in use.
    pub locale: &'a str,
    /// What happened.
    #[serde(flatten)]
    pub event: Event,
}

impl Signal<'_> {
    /// The signal as JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::signals::{Event, Signal, SCHEMA};
    ///
    /// let signal = Signal {
    ///     schema: SCHEMA,
    ///     schema_version: 1,
    ///     municipality: "enschede",
    ///     form: "klacht",
    ///     form_version: 1,
    ///     locale: "nl",
    ///     event: Event::AnswersDownloaded,
    /// };
    /// assert!(signal.to_json().contains(r#""event":"answers_downloaded""#));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The name of a place in a form, as signals give it.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::signals::page_name;
/// use loket::Position;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// assert_eq!(page_name(&spec, &Position::Step { index: 2 }), "step:wens");
/// assert_eq!(page_name(&spec, &Position::Check), "check");
/// assert_eq!(page_name(&spec, &Position::Done { reference: "KLA-2345-6789".into(), received_at: None }), "sent");
/// ```
pub fn page_name(spec: &FormSpec, position: &Position) -> String {
    match position {
        Position::Step { index } => spec
            .steps
            .get(*index)
            .map_or_else(|| "step".to_string(), |s| format!("step:{}", s.id)),
        Position::Check => "check".to_string(),
        Position::Exit { page, .. } => format!("exit:{page}"),
        Position::Done { .. } => "sent".to_string(),
    }
}

/// A signal as a service receives it (the same fields as [`Signal`], owned).
///
/// # Examples
///
/// ```
/// use loket::core::exchange::signals::{Event, Received};
///
/// let json = r#"{"schema":"loket.signal","schema_version":1,"municipality":"enschede","form":"klacht","form_version":1,"locale":"nl","event":"page","page":"step:soort","seconds_before":0}"#;
/// let signal: Received = serde_json::from_str(json).unwrap();
/// assert!(signal.fits());
/// assert_eq!(signal.event, Event::Page { page: "step:soort".into(), seconds_before: 0, helped: None });
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Received {
    /// Always `loket.signal`.
    pub schema: String,
    /// Always 1.
    pub schema_version: u32,
    /// The profile's id.
    pub municipality: String,
    /// The form's id.
    pub form: String,
    /// The form spec's version.
    pub form_version: u32,
    /// The language shown.
    pub locale: String,
    /// What happened.
    #[serde(flatten)]
    pub event: Event,
}

/// The longest text a received signal may carry in one field, and the most errors it lists.
const MAX_FIELD: usize = 100;
const MAX_ERRORS: usize = 64;

impl Received {
    /// Whether the signal has the shape the kit sends: its schema, short fields, a bounded
    /// list of errors. A signal that does not fit is refused, never kept.
    pub fn fits(&self) -> bool {
        let short = |s: &str| s.chars().count() <= MAX_FIELD;
        let event = match &self.event {
            Event::Page { page, .. } => short(page),
            Event::Invalid { page, errors } => {
                short(page) && errors.len() <= MAX_ERRORS && errors.iter().all(|e| short(e))
            }
            Event::HelpOpened { help, page } => short(help) && short(page),
            Event::OfferShown { .. } | Event::OfferDismissed | Event::AnswersDownloaded => true,
        };
        self.schema == SCHEMA
            && self.schema_version == 1
            && [&self.municipality, &self.form, &self.locale]
                .iter()
                .all(|s| short(s))
            && event
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_names_places_and_rules_never_answers_or_people() {
        let spec = FormSpec::from_json(
            r#"{"id":"f","version":3,"steps":[{"id":"s","questions":[{"id":"q","kind":{"type":"long_text"}}]}]}"#,
        )
        .unwrap();
        let signal = Signal {
            schema: SCHEMA,
            schema_version: 1,
            municipality: "enschede",
            form: "f",
            form_version: 3,
            locale: "nl",
            event: Event::Invalid {
                page: page_name(&spec, &Position::Step { index: 0 }),
                errors: vec!["q:required".into()],
            },
        };
        let json: serde_json::Value = serde_json::from_str(&signal.to_json()).unwrap();
        assert_eq!(json["event"], "invalid");
        assert_eq!(json["page"], "step:s");
        assert_eq!(json["errors"][0], "q:required");
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "errors",
                "event",
                "form",
                "form_version",
                "locale",
                "municipality",
                "page",
                "schema",
                "schema_version"
            ]
        );
        let done = page_name(
            &spec,
            &Position::Done {
                reference: "KLA-SECRET".into(),
                received_at: Some("2026-12-05T10:00:00Z".into()),
            },
        );
        assert_eq!(done, "sent", "the reference never goes into a signal");
    }
}
