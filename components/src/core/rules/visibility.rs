//! Which steps and questions are shown, and which are required, given the answers so far.
//! Methods on [`Answers`], kept here because they follow the spec's conditions.

use crate::core::model::answers::Answers;
use crate::core::model::spec::{FormSpec, Question, Step};
use crate::core::rules::conditions::holds;

impl Answers {
    /// Whether a step exists with the answers given so far.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, FormSpec};
    ///
    /// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [
    ///     {"id": "a", "questions": [{"id": "post", "kind": {"type": "choice", "options": ["ja", "nee"]}}]},
    ///     {"id": "b", "visible_when": {"question": "post", "is_one_of": ["ja"]},
    ///      "questions": [{"id": "adres", "kind": {"type": "long_text"}}]}
    /// ]}"#).unwrap();
    /// let mut answers = Answers::new();
    /// assert!(!answers.step_visible(&spec, &spec.steps[1]));
    /// answers.set_text("post", "ja");
    /// assert!(answers.step_visible(&spec, &spec.steps[1]));
    /// ```
    pub fn step_visible(&self, spec: &FormSpec, step: &Step) -> bool {
        step.visible_when
            .as_ref()
            .is_none_or(|c| holds(spec, self, c))
    }

    /// Whether a question is shown with the answers given so far.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, FormSpec};
    ///
    /// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
    ///     {"id": "post", "kind": {"type": "choice", "options": ["ja", "nee"]}},
    ///     {"id": "adres", "kind": {"type": "long_text"},
    ///      "visible_when": {"question": "post", "is_one_of": ["ja"]}}
    /// ]}]}"#).unwrap();
    /// let adres = spec.question("adres").unwrap();
    /// let mut answers = Answers::new();
    /// assert!(!answers.question_visible(&spec, adres));
    /// answers.set_text("post", "ja");
    /// assert!(answers.question_visible(&spec, adres));
    /// ```
    pub fn question_visible(&self, spec: &FormSpec, question: &Question) -> bool {
        question
            .visible_when
            .as_ref()
            .is_none_or(|c| holds(spec, self, c))
    }

    /// Whether a question must be answered with the answers given so far.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answers;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let telefoon = spec.question("telefoon").unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("contactwijze", "email");
    /// assert!(!answers.question_required(&spec, telefoon));
    /// answers.set_text("contactwijze", "telefoon");
    /// assert!(answers.question_required(&spec, telefoon));
    /// ```
    pub fn question_required(&self, spec: &FormSpec, question: &Question) -> bool {
        question.required
            || question
                .required_when
                .as_ref()
                .is_some_and(|c| holds(spec, self, c))
    }

    /// The questions of a step that are shown.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, FormSpec};
    ///
    /// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
    ///     {"id": "post", "kind": {"type": "choice", "options": ["ja", "nee"]}},
    ///     {"id": "adres", "kind": {"type": "long_text"},
    ///      "visible_when": {"question": "post", "is_one_of": ["ja"]}}
    /// ]}]}"#).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("post", "nee");
    /// let shown: Vec<&str> = answers
    ///     .visible_questions(&spec, &spec.steps[0])
    ///     .map(|q| q.id.as_str())
    ///     .collect();
    /// assert_eq!(shown, ["post"]);
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, FormSpec};
    ///
    /// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [
    ///     {"id": "a", "questions": [{"id": "post", "kind": {"type": "choice", "options": ["ja", "nee"]}}]},
    ///     {"id": "b", "visible_when": {"question": "post", "is_one_of": ["ja"]},
    ///      "questions": [{"id": "adres", "kind": {"type": "long_text"}}]},
    ///     {"id": "c", "questions": [{"id": "wens", "kind": {"type": "long_text"}}]}
    /// ]}"#).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("post", "nee");
    /// assert_eq!(answers.visible_steps(&spec), [0, 2]);
    /// answers.set_text("post", "ja");
    /// assert_eq!(answers.visible_steps(&spec), [0, 1, 2]);
    /// ```
    pub fn visible_steps(&self, spec: &FormSpec) -> Vec<usize> {
        spec.steps
            .iter()
            .enumerate()
            .filter(|(_, s)| self.step_visible(spec, s))
            .map(|(i, _)| i)
            .collect()
    }
}
