//! Step navigation: forward with checks, back without, exits, the check page and returning
//! to it after a change.

use serde::{Deserialize, Serialize};

use crate::core::journey::stuck::HelpMemory;
use crate::core::model::answers::Answers;
use crate::core::model::prefill::{Prefill, Prefilled};
use crate::core::model::spec::FormSpec;
use crate::core::rules::conditions::holds;
use crate::core::rules::dates::CalendarDate;
use crate::core::rules::validate::{FieldError, check_step, first_invalid_step};

/// Where the resident is in a form.
///
/// # Examples
///
/// ```
/// use loket::Position;
///
/// let position: Position = serde_json::from_str(r#"{"at": "step", "index": 2}"#).unwrap();
/// assert_eq!(position, Position::Step { index: 2 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Position {
    /// On a step (index into the spec's steps).
    Step {
        /// The step's index.
        index: usize,
    },
    /// On an exit page reached from a step.
    Exit {
        /// The step the resident came from.
        step: usize,
        /// The exit page's id.
        page: String,
    },
    /// On the "check your answers" page.
    Check,
    /// The form was sent.
    Done {
        /// The reference the resident can quote.
        reference: String,
        /// When the municipality's service received the form (ISO 8601, UTC), if it said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        received_at: Option<String>,
    },
}

impl Position {
    /// A number for each page, for the stuck detector: a step's index, then the check page,
    /// then exit pages. `None` once the form is sent.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Position;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert_eq!(Position::Step { index: 2 }.page_number(&spec), Some(2));
    /// assert_eq!(Position::Check.page_number(&spec), Some(5));
    /// assert_eq!(Position::Done { reference: "KLA-2345-6789".into(), received_at: None }.page_number(&spec), None);
    /// ```
    pub fn page_number(&self, spec: &FormSpec) -> Option<usize> {
        match self {
            Position::Step { index } => Some(*index),
            Position::Check => Some(spec.steps.len()),
            Position::Exit { .. } => Some(spec.steps.len() + 1),
            Position::Done { .. } => None,
        }
    }
}

/// The result of asking to go forward.
///
/// # Examples
///
/// ```
/// use loket::core::journey::flow::{forward, Forward};
/// use loket::{CalendarDate, Position};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut state = loket::FormState::new(&spec);
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// assert!(matches!(forward(&spec, &state.answers, 0, None, today), Forward::Fix(_)));
/// state.answers.set_text("soort", "dienstverlening");
/// let next = forward(&spec, &state.answers, 0, None, today);
/// assert_eq!(next, Forward::To(Position::Step { index: 1 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Forward {
    /// Go here.
    To(Position),
    /// Stay: these answers need fixing first, in question order.
    Fix(Vec<FieldError>),
}

/// Everything about one resident's progress through one form; this is what a draft keeps.
///
/// # Examples
///
/// ```
/// use loket::{FormState, Position};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut state = FormState::new(&spec);
/// state.answers.set_text("soort", "behandeling");
/// state.position = Position::Step { index: 1 };
/// let again = FormState::from_draft(&spec, &state.to_draft()).unwrap();
/// assert_eq!(again, state);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    /// The form's id.
    pub form: String,
    /// The form's version, so a draft of an older form is not forced onto a newer one.
    pub version: u32,
    /// The answers so far.
    pub answers: Answers,
    /// Where the resident is.
    pub position: Position,
    /// True after a change link: "next" leads back to the check page.
    #[serde(default)]
    pub returning_to_check: bool,
    /// The steps that existed when the change link was used, so steps a change brings into
    /// view are shown before the check page.
    #[serde(default)]
    pub steps_before_change: Vec<usize>,
    /// Where help was offered and whether the resident declined it.
    #[serde(default)]
    pub help: HelpMemory,
    /// Until when the resident asked to keep this draft on the device (milliseconds since
    /// 1970); `None`: only in this browser tab.
    #[serde(default)]
    pub keep_until: Option<u64>,
    /// The reference and the idempotency key of the first attempt to send, so a retry or a
    /// send after a refresh is recognised as the same submission.
    #[serde(default)]
    pub sending: Option<SendingKeys>,
    /// Opened at the desk from a resident's short code: a helper fills it in and sends it on
    /// the resident's behalf, and the payload says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub assisted: bool,
    /// What a login on the host page filled in: marked as such, and never written into a
    /// draft (the host page passes it again).
    #[serde(skip)]
    pub prefilled: Option<Prefilled>,
}

/// What makes a submission the same one across retries.
///
/// # Examples
///
/// ```
/// use loket::SendingKeys;
/// use loket::core::exchange::payload::{build, Envelope};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let keys = SendingKeys { reference: "KLA-2345-6789".into(), idempotency_key: "k1".into() };
/// let envelope = Envelope {
///     reference: &keys.reference,
///     idempotency_key: &keys.idempotency_key,
///     municipality: "enschede",
///     locale: "nl",
///     submitted_at: "2026-11-22T10:00:00Z",
/// };
/// let payload = build(&spec, &loket::Answers::new(), &envelope);
/// assert_eq!(payload.idempotency_key, "k1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendingKeys {
    /// The reference shown to the resident.
    pub reference: String,
    /// A random key the endpoint uses to accept a submission only once.
    pub idempotency_key: String,
}

impl FormState {
    /// A fresh start on the first step, with the spec's default answers.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{FormState, Position};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let state = FormState::new(&spec);
    /// assert_eq!(state.form, "klacht");
    /// assert_eq!(state.position, Position::Step { index: 0 });
    /// ```
    pub fn new(spec: &FormSpec) -> Self {
        Self {
            form: spec.id.clone(),
            version: spec.version,
            answers: Answers::new().with_defaults(spec),
            position: Position::Step { index: 0 },
            returning_to_check: false,
            steps_before_change: Vec::new(),
            help: HelpMemory::default(),
            keep_until: None,
            sending: None,
            assisted: false,
            prefilled: None,
        }
    }

    /// Reads a kept draft; `None` when it is unreadable or belongs to another form or version.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::FormState;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let draft = FormState::new(&spec).to_draft();
    /// assert!(FormState::from_draft(&spec, &draft).is_some());
    /// assert!(FormState::from_draft(&spec, "{not json").is_none());
    ///
    /// // A draft of an older version of the form is not restored.
    /// let mut older = spec.clone();
    /// older.version = 0;
    /// assert!(FormState::from_draft(&older, &draft).is_none());
    /// ```
    pub fn from_draft(spec: &FormSpec, json: &str) -> Option<Self> {
        let state: FormState = serde_json::from_str(json).ok()?;
        if state.form != spec.id || state.version != spec.version {
            return None;
        }
        let position = match state.position {
            Position::Step { index } if index < spec.steps.len() => state.position,
            Position::Exit { step, ref page }
                if step < spec.steps.len() && spec.exits.iter().any(|e| &e.id == page) =>
            {
                state.position
            }
            Position::Check => Position::Check,
            _ => Position::Step { index: 0 },
        };
        Some(Self { position, ..state })
    }

    /// The draft as JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::FormState;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let draft = FormState::new(&spec).to_draft();
    /// assert!(draft.starts_with(r#"{"form":"klacht","version":1,"#));
    /// ```
    pub fn to_draft(&self) -> String {
        match &self.prefilled {
            Some(prefilled) => serde_json::to_string(&FormState {
                answers: prefilled.left_out_of(&self.answers),
                ..self.clone()
            }),
            None => serde_json::to_string(self),
        }
        .unwrap_or_default()
    }

    /// Starts from what a login on the host page gave (see `model::prefill`): fills in the
    /// answers and remembers which ones came from it.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::FormState;
    /// use loket::core::model::prefill::Prefill;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let prefill = Prefill::from_json(r#"{"source": "digid", "values": {"name": "Anna de Vries"}}"#).unwrap();
    /// let state = FormState::new(&spec).prefilled_from(&spec, &prefill);
    /// assert_eq!(state.answers.text("naam"), "Anna de Vries");
    /// assert!(!state.to_draft().contains("Anna"), "never kept in a draft");
    /// ```
    pub fn prefilled_from(mut self, spec: &FormSpec, prefill: &Prefill) -> Self {
        let prefilled = prefill.for_form(spec);
        prefilled.fill(spec, &mut self.answers);
        self.prefilled = Some(prefilled);
        self
    }
}

/// Where "next" leads from a step: the step's errors, an exit, the check page or the next step.
/// `returning` holds the steps that existed when a change link on the check page was used.
///
/// # Examples
///
/// ```
/// use loket::core::journey::flow::{forward, Forward};
/// use loket::{Answers, CalendarDate, Position};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "melding");
/// let exit = Position::Exit { step: 0, page: "melding".into() };
/// assert_eq!(forward(&spec, &answers, 0, None, today), Forward::To(exit));
///
/// // After a change from the check page, "next" returns there.
/// answers.set_text("soort", "behandeling");
/// let before = answers.visible_steps(&spec);
/// let next = forward(&spec, &answers, 0, Some(&before), today);
/// assert!(matches!(next, Forward::To(Position::Step { index: 1 })), "the rest is not filled in yet");
/// ```
pub fn forward(
    spec: &FormSpec,
    answers: &Answers,
    from: usize,
    returning: Option<&[usize]>,
    today: CalendarDate,
) -> Forward {
    let Some(step) = spec.steps.get(from) else {
        return Forward::To(Position::Check);
    };
    let errors = check_step(spec, step, answers, today);
    if !errors.is_empty() {
        return Forward::Fix(errors);
    }
    if let Some(exit) = step.exits.iter().find(|e| holds(spec, answers, &e.when)) {
        return Forward::To(Position::Exit {
            step: from,
            page: exit.page.clone(),
        });
    }
    if let Some(before) = returning {
        // A change can bring steps into view: a step that needs answers first, then any step
        // the resident has not seen (even one with a preset answer), then the check page.
        if let Some((index, _)) = first_invalid_step(spec, answers, today) {
            return Forward::To(Position::Step { index });
        }
        let unseen = answers
            .visible_steps(spec)
            .into_iter()
            .find(|i| *i > from && !before.contains(i));
        return Forward::To(match unseen {
            Some(index) => Position::Step { index },
            None => Position::Check,
        });
    }
    match answers.visible_steps(spec).into_iter().find(|&i| i > from) {
        Some(index) => Forward::To(Position::Step { index }),
        None => Forward::To(Position::Check),
    }
}

/// Where "back" leads; `None` on the first step (back leaves the form).
///
/// # Examples
///
/// ```
/// use loket::core::journey::flow::backward;
/// use loket::{Answers, Position};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let answers = Answers::new();
/// assert_eq!(backward(&spec, &answers, &Position::Step { index: 0 }), None);
/// assert_eq!(
///     backward(&spec, &answers, &Position::Check),
///     Some(Position::Step { index: 4 })
/// );
/// let exit = Position::Exit { step: 0, page: "bezwaar".into() };
/// assert_eq!(backward(&spec, &answers, &exit), Some(Position::Step { index: 0 }));
/// ```
pub fn backward(spec: &FormSpec, answers: &Answers, from: &Position) -> Option<Position> {
    let visible = answers.visible_steps(spec);
    match from {
        Position::Step { index } => visible
            .into_iter()
            .rev()
            .find(|&i| i < *index)
            .map(|index| Position::Step { index }),
        Position::Exit { step, .. } => Some(Position::Step { index: *step }),
        Position::Check => visible.last().map(|&index| Position::Step { index }),
        Position::Done { .. } => None,
    }
}

/// "Step n of m" for a step: its number among the steps that exist with these answers.
///
/// # Examples
///
/// ```
/// use loket::core::journey::flow::progress;
/// use loket::Answers;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// assert_eq!(progress(&spec, &Answers::new(), 1), (2, 5));
/// ```
pub fn progress(spec: &FormSpec, answers: &Answers, index: usize) -> (usize, usize) {
    let visible = answers.visible_steps(spec);
    let current = visible
        .iter()
        .position(|&i| i == index)
        .map_or(1, |p| p + 1);
    (current, visible.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_of_another_form_or_garbage_is_not_restored() {
        let spec = FormSpec::from_json(
            r#"{"id":"f","version":1,"steps":[{"id":"s","questions":[{"id":"q","kind":{"type":"long_text"}}]}]}"#,
        )
        .unwrap();
        let mut state = FormState::new(&spec);
        state.answers.set_text("q", "tekst");
        state.position = Position::Check;
        assert_eq!(
            FormState::from_draft(&spec, &state.to_draft()),
            Some(state.clone())
        );
        state.form = "g".into();
        assert_eq!(FormState::from_draft(&spec, &state.to_draft()), None);
        assert_eq!(FormState::from_draft(&spec, "{not json"), None);
        let far = r#"{"form":"f","version":1,"answers":{},"position":{"at":"step","index":99}}"#;
        assert_eq!(
            FormState::from_draft(&spec, far).unwrap().position,
            Position::Step { index: 0 }
        );
    }
}
