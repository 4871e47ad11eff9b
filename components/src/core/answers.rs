//! What the resident typed or chose, kept exactly as entered so nothing is ever lost.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::spec::{Condition, FormSpec, Question, Step};

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

/// One raw answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// Typed text, or the id of the chosen option.
    Text(String),
    /// A date in three parts.
    Date(DateParts),
}

impl Answer {
    /// True when the resident gave nothing (only white space counts as nothing).
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Date(d) => d.is_blank(),
        }
    }

    /// The text, or an empty string for other kinds.
    pub fn text(&self) -> &str {
        match self {
            Answer::Text(t) => t,
            Answer::Date(_) => "",
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

    /// Every stored answer, by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter()
    }

    /// Whether a condition on the answers holds.
    pub fn holds(&self, condition: &Condition) -> bool {
        let given = self.text(&condition.question).trim();
        condition.is_one_of.iter().any(|v| v == given)
    }

    /// Whether a step exists with the answers given so far.
    pub fn step_visible(&self, step: &Step) -> bool {
        step.visible_when.as_ref().is_none_or(|c| self.holds(c))
    }

    /// Whether a question is shown with the answers given so far.
    pub fn question_visible(&self, question: &Question) -> bool {
        question.visible_when.as_ref().is_none_or(|c| self.holds(c))
    }

    /// Whether a question must be answered with the answers given so far.
    pub fn question_required(&self, question: &Question) -> bool {
        question.required
            || question
                .required_when
                .as_ref()
                .is_some_and(|c| self.holds(c))
    }

    /// The questions of a step that are shown.
    pub fn visible_questions<'a>(&'a self, step: &'a Step) -> impl Iterator<Item = &'a Question> {
        step.questions.iter().filter(|q| self.question_visible(q))
    }

    /// Indexes of the steps that exist with these answers, in order.
    pub fn visible_steps(&self, spec: &FormSpec) -> Vec<usize> {
        spec.steps
            .iter()
            .enumerate()
            .filter(|(_, s)| self.step_visible(s))
            .map(|(i, _)| i)
            .collect()
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
