//! The form spec: a form is data (JSON) that names its steps, questions, rules and conditions.
//! Every visible text comes from Fluent keys derived from the ids (see [`crate::core::messages`]).

use serde::{Deserialize, Serialize};

/// A whole guided form as loaded from its spec file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormSpec {
    /// Short id, also the prefix of every text key and control id (`klacht`).
    pub id: String,
    /// Version of this form's questions; it travels in the payload.
    pub version: u32,
    /// Rough time a resident needs, in minutes (shown on the start page).
    #[serde(default)]
    pub minutes: Option<u32>,
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
}

fn yes() -> bool {
    true
}

/// The kinds of answer a question can ask for.
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
    /// A calendar date as day, month and year fields.
    Date {
        /// Which dates are accepted.
        #[serde(default)]
        rule: DateRule,
        /// Show a friendly notice (never a block) when the date is more than this many days ago.
        #[serde(default)]
        notice_older_than_days: Option<u32>,
    },
}

/// Formats a one-line text answer can be held to.
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
}

/// Which dates a date question accepts.
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

/// A condition on an earlier answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The question whose answer is looked at.
    pub question: String,
    /// The condition holds when the answer is one of these option ids or texts.
    pub is_one_of: Vec<String>,
}

/// Leads away from the form when a condition on this step holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitRule {
    /// When to leave.
    pub when: Condition,
    /// The exit page's id.
    pub page: String,
}

/// A page that tells the resident this form is not the right route, and what is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitPage {
    /// Id; names the page's title and body keys.
    pub id: String,
}

/// A promise on the confirmation page: something happens within a number of days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// Id; names the deadline's text key.
    pub id: String,
    /// Days after submission.
    pub days: u32,
}

/// Why a spec could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError(pub String);

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SpecError {}

impl FormSpec {
    /// Parses a spec from JSON and checks that every reference in it points at something real.
    pub fn from_json(json: &str) -> Result<Self, SpecError> {
        let spec: FormSpec =
            serde_json::from_str(json).map_err(|e| SpecError(format!("spec is not valid: {e}")))?;
        let problems = crate::core::lint::structure_problems(&spec);
        if problems.is_empty() {
            Ok(spec)
        } else {
            Err(SpecError(problems.join("; ")))
        }
    }

    /// The question with this id, on any step.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// Every question of the form, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.steps.iter().flat_map(|s| s.questions.iter())
    }

    /// Index of the step that holds this question.
    pub fn step_of(&self, question: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.questions.iter().any(|q| q.id == question))
    }
}

impl Question {
    /// Most characters accepted for text answers.
    pub fn max_chars(&self) -> usize {
        self.max_length.unwrap_or(match self.kind {
            QuestionKind::LongText => 4000,
            _ => 200,
        })
    }
}
