//! What the resident typed or chose, kept exactly as entered so nothing is ever lost.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::conditions::holds;
use super::spec::{FormSpec, Question, QuestionKind, Step};

/// The three parts of a date as typed, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateParts {
    /// Day of the month as typed.
    pub day: String,
    /// Month number as typed.
    pub month: String,
    /// Year as typed.
    pub year: String,
}

impl DateParts {
    /// True when no part has any text.
    pub fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|p| p.trim().is_empty())
    }
}

/// A file the resident chose, with its contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAnswer {
    /// The file's name on the resident's device.
    pub name: String,
    /// Its media type as the browser reports it (`application/pdf`).
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its contents, base64-encoded; empty in a draft that had to leave contents out.
    #[serde(default)]
    pub content_base64: String,
}

/// One raw answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// Typed text, or the id of the chosen option.
    Text(String),
    /// Several texts: ticked options, or entries of a list.
    List(Vec<String>),
    /// A date in three parts.
    Date(DateParts),
    /// Chosen files.
    Files(Vec<FileAnswer>),
}

impl Answer {
    /// True when the resident gave nothing (only white space counts as nothing).
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::List(items) => items.iter().all(|i| i.trim().is_empty()),
            Answer::Date(d) => d.is_blank(),
            Answer::Files(files) => files.is_empty(),
        }
    }

    /// Whether this is the shape of answer a question of `kind` takes.
    pub fn fits(&self, kind: &QuestionKind) -> bool {
        matches!(
            (kind, self),
            (QuestionKind::Date { .. }, Answer::Date(_))
                | (QuestionKind::Files { .. }, Answer::Files(_))
                | (QuestionKind::Files { .. }, Answer::List(_))
                | (
                    QuestionKind::Checkboxes { .. } | QuestionKind::List { .. },
                    Answer::List(_)
                )
                | (
                    QuestionKind::Text { .. }
                        | QuestionKind::LongText
                        | QuestionKind::Choice { .. }
                        | QuestionKind::Number { .. }
                        | QuestionKind::Time,
                    Answer::Text(_)
                )
        )
    }

    /// The text, or an empty string for other kinds.
    pub fn text(&self) -> &str {
        match self {
            Answer::Text(t) => t,
            _ => "",
        }
    }
}

/// All answers of one form, by question id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to a question, if any.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }

    /// The text answer to a question, or "".
    pub fn text(&self, question: &str) -> &str {
        self.get(question).map(Answer::text).unwrap_or("")
    }

    /// The date parts answered, or blank parts.
    pub fn date(&self, question: &str) -> DateParts {
        match self.get(question) {
            Some(Answer::Date(d)) => d.clone(),
            _ => DateParts::default(),
        }
    }

    /// Stores an answer, replacing an earlier one.
    pub fn set(&mut self, question: &str, answer: Answer) {
        self.0.insert(question.to_string(), answer);
    }

    /// Stores a text answer.
    pub fn set_text(&mut self, question: &str, text: impl Into<String>) {
        self.set(question, Answer::Text(text.into()));
    }

    /// The list answer (ticked options or list entries), or an empty list.
    pub fn list(&self, question: &str) -> Vec<String> {
        match self.get(question) {
            Some(Answer::List(items)) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// The chosen files, or none.
    pub fn files(&self, question: &str) -> Vec<FileAnswer> {
        match self.get(question) {
            Some(Answer::Files(files)) => files.clone(),
            _ => Vec::new(),
        }
    }

    /// The same answers without chosen files, for storage that cannot hold them.
    pub fn without_file_contents(&self) -> Self {
        let mut copy = self.clone();
        for answer in copy.0.values_mut() {
            if let Answer::Files(files) = answer {
                files.clear();
            }
        }
        copy
    }

    /// Every stored answer, by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter()
    }

    /// Whether a step exists with the answers given so far.
    pub fn step_visible(&self, spec: &FormSpec, step: &Step) -> bool {
        step.visible_when
            .as_ref()
            .is_none_or(|c| holds(spec, self, c))
    }

    /// Whether a question is shown with the answers given so far.
    pub fn question_visible(&self, spec: &FormSpec, question: &Question) -> bool {
        question
            .visible_when
            .as_ref()
            .is_none_or(|c| holds(spec, self, c))
    }

    /// Whether a question must be answered with the answers given so far.
    pub fn question_required(&self, spec: &FormSpec, question: &Question) -> bool {
        question.required
            || question
                .required_when
                .as_ref()
                .is_some_and(|c| holds(spec, self, c))
    }

    /// The questions of a step that are shown.
    pub fn visible_questions<'a>(
        &'a self,
        spec: &'a FormSpec,
        step: &'a Step,
    ) -> impl Iterator<Item = &'a Question> {
        step.questions
            .iter()
            .filter(move |q| self.question_visible(spec, q))
    }

    /// Indexes of the steps that exist with these answers, in order.
    pub fn visible_steps(&self, spec: &FormSpec) -> Vec<usize> {
        spec.steps
            .iter()
            .enumerate()
            .filter(|(_, s)| self.step_visible(spec, s))
            .map(|(i, _)| i)
            .collect()
    }

    /// Starts every question that has a default answer and no answer yet with its default.
    pub fn with_defaults(mut self, spec: &FormSpec) -> Self {
        for q in spec.questions() {
            if let (Some(default), None) = (&q.default, self.get(&q.id)) {
                self.set_text(&q.id, default.clone());
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_answers_are_blank_and_typed_ones_are_not() {
        assert!(Answer::Text("  \n ".into()).is_blank());
        assert!(!Answer::Text(" a ".into()).is_blank());
        assert!(Answer::Date(DateParts::default()).is_blank());
        let d = DateParts {
            day: "1".into(),
            ..Default::default()
        };
        assert!(!Answer::Date(d).is_blank());
    }

    #[test]
    fn answers_round_trip_through_json_exactly() {
        let mut a = Answers::new();
        a.set_text(
            "omschrijving",
            "<script>alert(1)</script> 😀 مرحبا \u{202e}x",
        );
        a.set(
            "datum",
            Answer::Date(DateParts {
                day: "3".into(),
                month: "11".into(),
                year: "2026".into(),
            }),
        );
        let json = serde_json::to_string(&a).unwrap();
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(a, back);
    }
}
