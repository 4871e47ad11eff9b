//! The form spec: a form is data (JSON) that names its steps, questions, rules and conditions.
//! Every visible text comes from Fluent keys derived from the ids (see [`crate::core::texts::messages`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A whole guided form as loaded from its spec file.
///
/// # Examples
///
/// ```
/// use loket::FormSpec;
///
/// let spec = FormSpec::from_json(r#"{
///     "id": "melding",
///     "version": 1,
///     "minutes": 3,
///     "steps": [{"id": "wat", "questions": [{"id": "omschrijving", "kind": {"type": "long_text"}}]}]
/// }"#).unwrap();
/// assert_eq!(spec.id, "melding");
/// assert_eq!(spec.minutes, Some(3));
/// assert_eq!(spec.steps[0].questions[0].id, "omschrijving");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormSpec {
    /// The JSON Schema the file follows, for editors
    /// (`schemas/authoring/form-spec.schema.json`); the kit reads past it.
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
    /// Short id, also the prefix of every text key and control id (`klacht`).
    pub id: String,
    /// Version of this form's questions; it travels in the payload.
    pub version: u32,
    /// Rough time a resident needs, in minutes (shown on the start page).
    #[serde(default)]
    pub minutes: Option<u32>,
    /// The form's address on a site, without slashes at either end (`vergunning/evenement`);
    /// the id when not given.
    #[serde(default)]
    pub path: Option<String>,
    /// Named conditions that several steps or questions share (`{"ref": "name"}`).
    #[serde(default)]
    pub conditions: BTreeMap<String, Condition>,
    /// What the form turns out to be, by the answers (a notification instead of a permit
    /// application): the first outcome whose condition holds; it names the confirmation texts.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// Pages that end the form early and point the resident to another route.
    #[serde(default)]
    pub exits: Vec<ExitPage>,
    /// What happens after submission: deadlines shown on the confirmation, in days.
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
}

/// One step: one topic, one page.
///
/// # Examples
///
/// ```
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let step = &spec.steps[0];
/// assert_eq!(step.id, "soort");
/// assert_eq!(step.questions.len(), 1);
/// assert_eq!(step.exits[0].page, "bezwaar");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Id, unique in the form; names the step's title key.
    pub id: String,
    /// The questions on this step, in order.
    pub questions: Vec<Question>,
    /// When set, the step only exists while the condition holds.
    #[serde(default)]
    pub visible_when: Option<Condition>,
    /// Answers on this step that lead away from the form to an exit page.
    #[serde(default)]
    pub exits: Vec<ExitRule>,
}

/// A question: one answer from the resident.
///
/// # Examples
///
/// ```
/// use loket::QuestionKind;
/// use loket::core::model::spec::TextFormat;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let email = spec.question("email").unwrap();
/// assert_eq!(email.kind, QuestionKind::Text { format: TextFormat::Email });
/// assert!(email.required);
/// assert_eq!(email.autocomplete.as_deref(), Some("email"));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Id, unique in the form; names its text keys, control ids and payload field.
    pub id: String,
    /// What kind of answer is asked.
    pub kind: QuestionKind,
    /// Whether an answer is needed; required is the default.
    #[serde(default = "yes")]
    pub required: bool,
    /// An optional question becomes required while this holds.
    #[serde(default)]
    pub required_when: Option<Condition>,
    /// The question only exists while this holds; hidden answers are neither checked nor sent.
    #[serde(default)]
    pub visible_when: Option<Condition>,
    /// The HTML `autocomplete` token for personal data (WCAG 1.3.5).
    #[serde(default)]
    pub autocomplete: Option<String>,
    /// Most characters accepted; a default follows from the kind.
    #[serde(default)]
    pub max_length: Option<usize>,
    /// The answer a resident starts with (an option id), e.g. "digital" for how to receive.
    #[serde(default)]
    pub default: Option<String>,
    /// Friendly advice under the question when its answer calls for it; never a block.
    #[serde(default)]
    pub notices: Vec<NoticeRule>,
    /// Whether the answer is personal (left out of a hand-off unless the resident chooses
    /// it). Unset: personal when `autocomplete` names personal data, or for files.
    #[serde(default)]
    pub sensitive: Option<bool>,
    /// Whether the resident may change a value a login on the host page filled in (found by
    /// the `autocomplete` token; see `model::prefill`).
    #[serde(default)]
    pub prefill: PrefillMode,
}

/// Whether an answer a login filled in can be changed.
///
/// # Examples
///
/// ```
/// use loket::core::model::spec::PrefillMode;
///
/// let mode: PrefillMode = serde_json::from_str(r#""fixed""#).unwrap();
/// assert_eq!(mode, PrefillMode::Fixed);
/// assert_eq!(PrefillMode::default(), PrefillMode::Changeable);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrefillMode {
    /// The resident may change it (then it is their own answer, no longer the login's).
    #[default]
    Changeable,
    /// Shown read-only: it is what the login says (a verified name, say).
    Fixed,
}

fn yes() -> bool {
    true
}

/// The kinds of answer a question can ask for.
///
/// # Examples
///
/// ```
/// use loket::QuestionKind;
///
/// let kind: QuestionKind =
///     serde_json::from_str(r#"{"type": "number", "min": 1, "max": 5000}"#).unwrap();
/// assert_eq!(kind, QuestionKind::Number { min: Some(1), max: Some(5000) });
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum QuestionKind {
    /// One line of text, optionally in a checked format.
    Text {
        /// The format the text must have.
        #[serde(default)]
        format: TextFormat,
    },
    /// Several lines of free text.
    LongText,
    /// Pick one of a few options (radio buttons).
    Choice {
        /// Option ids, in the order shown.
        options: Vec<String>,
    },
    /// Tick any of a few options (checkboxes).
    Checkboxes {
        /// Option ids, in the order shown.
        options: Vec<String>,
    },
    /// A calendar date as day, month and year fields.
    Date {
        /// Which dates are accepted.
        #[serde(default)]
        rule: DateRule,
    },
    /// A whole number, e.g. a number of visitors.
    Number {
        /// The smallest number accepted.
        #[serde(default)]
        min: Option<i64>,
        /// The largest number accepted.
        #[serde(default)]
        max: Option<i64>,
    },
    /// A time of day, typed as `14:30` or `14.30`.
    Time,
    /// A list of short texts the resident can add to and remove from (e.g. streets).
    List {
        /// Most entries.
        max_items: usize,
    },
    /// Files to upload.
    Files {
        /// Accepted media types (`image/jpeg`, `application/pdf`).
        accept: Vec<String>,
        /// Largest size of one file, in bytes.
        max_bytes: u64,
        /// Most files.
        max_files: usize,
    },
}

/// Formats a one-line text answer can be held to.
///
/// # Examples
///
/// ```
/// use loket::QuestionKind;
/// use loket::core::model::spec::TextFormat;
///
/// let kind: QuestionKind = serde_json::from_str(r#"{"type": "text", "format": "postcode"}"#).unwrap();
/// assert_eq!(kind, QuestionKind::Text { format: TextFormat::Postcode });
/// assert_eq!(TextFormat::default(), TextFormat::Plain);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextFormat {
    /// Any text.
    #[default]
    Plain,
    /// A person's name: no spell check.
    Name,
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A Dutch postcode (`7511 JN`).
    Postcode,
}

/// Which dates a date question accepts.
///
/// # Examples
///
/// ```
/// use loket::QuestionKind;
/// use loket::core::model::spec::DateRule;
///
/// let kind: QuestionKind = serde_json::from_str(r#"{"type": "date", "rule": "future"}"#).unwrap();
/// assert_eq!(kind, QuestionKind::Date { rule: DateRule::Future });
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRule {
    /// Any real date.
    #[default]
    Any,
    /// Today or earlier.
    PastOrToday,
    /// Tomorrow or later.
    Future,
}

/// A condition on answers. Exactly one of its forms is used:
/// an answer test (`question` with `is_one_of`, `at_most` or `more_than`), `any_of`, `all_of`,
/// `not`, or `ref` to a named condition of the form.
///
/// # Examples
///
/// ```
/// use loket::{Answers, Condition};
/// use loket::core::rules::conditions::holds;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let condition: Condition = serde_json::from_str(
///     r#"{"not": {"question": "soort", "is_one_of": ["besluit", "melding"]}}"#,
/// ).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// assert!(holds(&spec, &answers, &condition));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The question whose answer is tested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// Holds when the answer (or, for checkboxes, one of the ticked options) is one of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_one_of: Option<Vec<String>>,
    /// Holds when a number or time answer is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<Bound>,
    /// Holds when a number or time answer is more than this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_than: Option<Bound>,
    /// Holds when any of these holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any_of: Option<Vec<Condition>>,
    /// Holds when all of these hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_of: Option<Vec<Condition>>,
    /// Holds when this does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Condition>>,
    /// The named condition of the form (`conditions`) with this name.
    #[serde(default, rename = "ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

impl Condition {
    /// An answer test: the answer to `question` is one of `values`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Condition;
    ///
    /// let condition = Condition::is_one_of("soort", &["besluit"]);
    /// let json = serde_json::to_string(&condition).unwrap();
    /// assert_eq!(json, r#"{"question":"soort","is_one_of":["besluit"]}"#);
    /// ```
    pub fn is_one_of(question: &str, values: &[&str]) -> Self {
        Self {
            question: Some(question.to_string()),
            is_one_of: Some(values.iter().map(|v| v.to_string()).collect()),
            ..Self::default()
        }
    }
}

/// A limit in a condition: a number, a time (`"23:00"`), or a setting of the municipality
/// profile (`{"profile": "event-max-visitors"}`), filled in when the spec meets its profile.
///
/// # Examples
///
/// ```
/// use loket::Bound;
///
/// let limits: Vec<Bound> =
///     serde_json::from_str(r#"[250, "23:00", {"profile": "evenement-melding-max-bezoekers"}]"#)
///         .unwrap();
/// assert_eq!(limits[0], Bound::Number(250.0));
/// assert_eq!(limits[1], Bound::Text("23:00".into()));
/// assert_eq!(limits[2], Bound::Profile { profile: "evenement-melding-max-bezoekers".into() });
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Bound {
    /// A number.
    Number(f64),
    /// A time of day or other text.
    Text(String),
    /// A profile setting, by name.
    Profile {
        /// The setting's name.
        profile: String,
    },
}

/// Advice under a question, shown while its answer is given and any of the tests holds.
///
/// # Examples
///
/// ```
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let rule = &spec.question("datum").unwrap().notices[0];
/// assert_eq!(rule.id, "oud");
/// assert_eq!(rule.older_than_days, Some(365));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeRule {
    /// Id; names the text `<form>-<question>-notice-<id>`.
    pub id: String,
    /// The answer is one of these options.
    #[serde(default)]
    pub is_one_of: Vec<String>,
    /// A date more than this many days ago.
    #[serde(default)]
    pub older_than_days: Option<u32>,
    /// A date from today on, but sooner than this many days from today.
    #[serde(default)]
    pub sooner_than_days: Option<Bound>,
    /// A text with fewer words than this.
    #[serde(default)]
    pub fewer_words_than: Option<usize>,
    /// A text containing any of these (case does not matter).
    #[serde(default)]
    pub contains_any: Vec<String>,
    /// Any of these other questions is left blank.
    #[serde(default)]
    pub others_blank: Vec<String>,
}

/// What a form turns out to be: names the confirmation texts and travels in the payload.
///
/// # Examples
///
/// ```
/// use loket::{Answers, FormSpec};
/// use loket::core::rules::conditions::outcome;
///
/// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1,
///     "outcomes": [{"id": "melding", "when": {"question": "bezoekers", "at_most": 250}}],
///     "steps": [{"id": "a", "questions": [{"id": "bezoekers", "kind": {"type": "number"}}]}]
/// }"#).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("bezoekers", "100");
/// assert_eq!(outcome(&spec, &answers).map(|o| o.id.as_str()), Some("melding"));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Id, e.g. `melding`.
    pub id: String,
    /// When this outcome applies.
    pub when: Condition,
}

/// Leads away from the form when a condition on this step holds.
///
/// # Examples
///
/// ```
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let rule = &spec.steps[0].exits[1];
/// assert_eq!(rule.page, "melding");
/// assert_eq!(rule.when.question.as_deref(), Some("soort"));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitRule {
    /// When to leave.
    pub when: Condition,
    /// The exit page's id.
    pub page: String,
}

/// A page that tells the resident this form is not the right route, and what is.
///
/// # Examples
///
/// ```
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let ids: Vec<&str> = spec.exits.iter().map(|e| e.id.as_str()).collect();
/// assert_eq!(ids, ["bezwaar", "melding"]);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitPage {
    /// Id; names the page's title and body keys.
    pub id: String,
}

/// A promise on the confirmation page: something happens within a number of days.
///
/// # Examples
///
/// ```
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let deadline = &spec.deadlines[1];
/// assert_eq!((deadline.id.as_str(), deadline.days), ("afhandeling", 42));
/// assert_eq!(deadline.outcome, None);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// Id; names the deadline's text key.
    pub id: String,
    /// Days after submission.
    pub days: u32,
    /// Only for this outcome (all outcomes when not given).
    #[serde(default)]
    pub outcome: Option<String>,
}

/// Why a spec could not be loaded.
///
/// # Examples
///
/// ```
/// use loket::FormSpec;
///
/// let error = FormSpec::from_json("{").unwrap_err();
/// assert!(error.to_string().starts_with("spec is not valid"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError(pub String);

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SpecError {}

impl FormSpec {
    /// Fills in every limit that names a profile setting; fails naming each missing setting.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::collections::BTreeMap;
    ///
    /// use loket::{Bound, FormSpec};
    ///
    /// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
    ///     {"id": "bezoekers", "kind": {"type": "number"}},
    ///     {"id": "vergunning", "kind": {"type": "long_text"},
    ///      "visible_when": {"question": "bezoekers", "more_than": {"profile": "max-bezoekers"}}}
    /// ]}]}"#).unwrap();
    ///
    /// let mut settings = BTreeMap::new();
    /// assert!(spec.clone().with_profile(&settings).is_err());
    ///
    /// settings.insert("max-bezoekers".to_string(), serde_json::json!(250));
    /// let spec = spec.with_profile(&settings).unwrap();
    /// let when = spec.question("vergunning").unwrap().visible_when.as_ref().unwrap();
    /// assert_eq!(when.more_than, Some(Bound::Number(250.0)));
    /// ```
    pub fn with_profile(
        mut self,
        settings: &BTreeMap<String, serde_json::Value>,
    ) -> Result<Self, SpecError> {
        let mut missing = Vec::new();
        let form_id = self.id.clone();
        let mut resolve = |bound: &mut Bound| {
            if let Bound::Profile { profile } = bound {
                match settings.get(profile.as_str()) {
                    Some(serde_json::Value::Number(n)) => *bound = Bound::Number(n.as_f64().unwrap_or(0.0)),
                    Some(serde_json::Value::String(t)) => *bound = Bound::Text(t.clone()),
                    _ => missing.push(format!(
                        "form `{form_id}` needs the profile setting `{profile}`: add it to the profile's `settings`"
                    )),
                }
            }
        };
        fn walk(c: &mut Condition, f: &mut dyn FnMut(&mut Bound)) {
            for b in [&mut c.at_most, &mut c.more_than].into_iter().flatten() {
                f(b);
            }
            for list in [&mut c.any_of, &mut c.all_of].into_iter().flatten() {
                list.iter_mut().for_each(|c| walk(c, f));
            }
            if let Some(n) = &mut c.not {
                walk(n, f);
            }
        }
        for c in self.conditions.values_mut() {
            walk(c, &mut resolve);
        }
        for o in &mut self.outcomes {
            walk(&mut o.when, &mut resolve);
        }
        for step in &mut self.steps {
            for c in step
                .visible_when
                .iter_mut()
                .chain(step.exits.iter_mut().map(|e| &mut e.when))
            {
                walk(c, &mut resolve);
            }
            for q in &mut step.questions {
                for c in q.visible_when.iter_mut().chain(q.required_when.iter_mut()) {
                    walk(c, &mut resolve);
                }
                for n in &mut q.notices {
                    if let Some(b) = &mut n.sooner_than_days {
                        resolve(b);
                    }
                }
            }
        }
        if missing.is_empty() {
            Ok(self)
        } else {
            missing.dedup();
            Err(SpecError(missing.join("; ")))
        }
    }

    /// The form's address on a site (`klacht`, `vergunning/evenement`).
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert_eq!(spec.site_path(), "klacht");
    /// ```
    pub fn site_path(&self) -> &str {
        self.path.as_deref().unwrap_or(&self.id)
    }

    /// The question with this id, on any step.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert!(spec.question("email").is_some());
    /// assert!(spec.question("bezoekers").is_none());
    /// ```
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// Every question of the form, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let ids: Vec<&str> = spec.questions().map(|q| q.id.as_str()).take(3).collect();
    /// assert_eq!(ids, ["soort", "omschrijving", "datum"]);
    /// ```
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.steps.iter().flat_map(|s| s.questions.iter())
    }

    /// Index of the step that holds this question.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert_eq!(spec.step_of("email"), Some(3));
    /// assert_eq!(spec.step_of("bezoekers"), None);
    /// ```
    pub fn step_of(&self, question: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.questions.iter().any(|q| q.id == question))
    }
}

impl Question {
    /// Most characters accepted for text answers.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert_eq!(spec.question("wens").unwrap().max_chars(), 2000);
    /// ```
    pub fn max_chars(&self) -> usize {
        self.max_length.unwrap_or(match self.kind {
            QuestionKind::LongText => 4000,
            _ => 200,
        })
    }

    /// Whether the answer stays home in a hand-off unless the resident chooses it.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert!(spec.question("naam").unwrap().is_sensitive());
    /// assert!(!spec.question("omschrijving").unwrap().is_sensitive());
    /// ```
    pub fn is_sensitive(&self) -> bool {
        self.sensitive.unwrap_or_else(|| {
            self.autocomplete.is_some() || matches!(self.kind, QuestionKind::Files { .. })
        })
    }
}
