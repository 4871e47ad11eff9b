//! Verified data from a login on the host page. The kit never handles DigiD or eHerkenning
//! itself: a municipal page that already knows the resident (after its own login) passes the
//! data in, keyed by HTML autocomplete token (`name`, `email`, `tel`, `postal-code`, …), and
//! every question with that token starts with it. Such answers are marked as coming from the
//! login, on the page, on the check page and in the payload, and never kept in a draft.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::model::answers::{Answer, Answers};
use crate::core::model::spec::{FormSpec, PrefillMode, QuestionKind};

/// Most values a host page may pass.
pub const MAX_VALUES: usize = 32;
/// Most characters of one value.
pub const MAX_VALUE_CHARS: usize = 500;

/// The login the data comes from; it names the source in the texts residents read.
///
/// # Examples
///
/// ```
/// use loket::core::model::prefill::LoginSource;
///
/// let source: LoginSource = serde_json::from_str(r#""eherkenning""#).unwrap();
/// assert_eq!(source, LoginSource::Eherkenning);
/// assert_eq!(source.id(), "eherkenning");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LoginSource {
    /// DigiD, the login of residents.
    Digid,
    /// eHerkenning, the login of businesses.
    Eherkenning,
}

impl LoginSource {
    /// The source's id, as in the payload and as the `source` argument of the texts.
    pub fn id(self) -> &'static str {
        match self {
            LoginSource::Digid => "digid",
            LoginSource::Eherkenning => "eherkenning",
        }
    }
}

/// What a host page passes in: the login and its values by autocomplete token.
///
/// # Examples
///
/// ```
/// use loket::core::model::prefill::{LoginSource, Prefill};
///
/// let prefill = Prefill::from_json(r#"{"source": "digid", "values": {"name": "Anna de Vries"}}"#).unwrap();
/// assert_eq!(prefill.source, LoginSource::Digid);
/// assert_eq!(prefill.values["name"], "Anna de Vries");
///
/// let err = Prefill::from_json(r#"{"source": "google", "values": {}}"#).unwrap_err();
/// assert!(err.contains("source"), "{err}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prefill {
    /// The login the values come from.
    pub source: LoginSource,
    /// Values by HTML autocomplete token.
    pub values: BTreeMap<String, String>,
}

impl Prefill {
    /// Reads a host page's prefill; the error names what is wrong and how to fix it, for the
    /// web team's console.
    pub fn from_json(json: &str) -> Result<Self, String> {
        let prefill: Prefill = serde_json::from_str(json).map_err(|e| {
            format!(
                "the prefill is not valid ({e}); pass {{\"source\": \"digid\" or \"eherkenning\", \"values\": {{\"name\": \"…\"}}}}"
            )
        })?;
        if prefill.values.len() > MAX_VALUES {
            return Err(format!(
                "the prefill has {} values; pass at most {MAX_VALUES}",
                prefill.values.len()
            ));
        }
        for (token, value) in &prefill.values {
            let token_ok = !token.is_empty()
                && token
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !token_ok {
                return Err(format!(
                    "the prefill key {token:?} is not an autocomplete token; use one such as \"name\", \"email\" or \"postal-code\""
                ));
            }
            if value.chars().count() > MAX_VALUE_CHARS || value.chars().any(char::is_control) {
                return Err(format!(
                    "the prefill value of {token:?} is longer than {MAX_VALUE_CHARS} characters or holds control characters"
                ));
            }
        }
        Ok(prefill)
    }

    /// The values for the questions of `spec`: every text question whose autocomplete token
    /// has a value (blank values are left out).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::model::prefill::Prefill;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let prefill = Prefill::from_json(r#"{"source": "digid", "values": {"name": "Anna de Vries", "bsn": "x"}}"#).unwrap();
    /// let prefilled = prefill.for_form(&spec);
    /// assert_eq!(prefilled.values["naam"], "Anna de Vries");
    /// assert_eq!(prefilled.values.len(), 1, "no question asks for a bsn");
    /// ```
    pub fn for_form(&self, spec: &FormSpec) -> Prefilled {
        let values = spec
            .questions()
            .filter(|q| matches!(q.kind, QuestionKind::Text { .. } | QuestionKind::LongText))
            .filter_map(|q| {
                let token = q.autocomplete.as_deref()?.rsplit(' ').next()?;
                let value = self.values.get(token)?.trim();
                (!value.is_empty()).then(|| (q.id.clone(), value.to_string()))
            })
            .collect();
        Prefilled {
            source: self.source,
            values,
        }
    }
}

/// The answers a login filled in, by question id; kept next to the answers, never in a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefilled {
    /// The login they come from.
    pub source: LoginSource,
    /// The value given for each question.
    pub values: BTreeMap<String, String>,
}

/// Which answers of a payload came from a login, as the host page said.
///
/// # Examples
///
/// ```
/// use loket::core::model::prefill::{LoginSource, PrefilledMark};
///
/// let mark: PrefilledMark = serde_json::from_str(r#"{"source": "digid", "questions": ["naam"]}"#).unwrap();
/// assert_eq!(mark.source, LoginSource::Digid);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrefilledMark {
    /// The login.
    pub source: LoginSource,
    /// The questions whose answer is the login's value, unchanged.
    pub questions: Vec<String>,
}

impl Prefilled {
    /// Fills in `answers`: a question the spec fixes always takes the login's value; others
    /// only when the resident has not answered them yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::model::prefill::Prefill;
    /// use loket::Answers;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let prefill = Prefill::from_json(r#"{"source": "digid", "values": {"email": "anna@voorbeeld.nl"}}"#).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("email", "eigen@voorbeeld.nl");
    /// prefill.for_form(&spec).fill(&spec, &mut answers);
    /// assert_eq!(answers.text("email"), "eigen@voorbeeld.nl", "the resident's own answer stays");
    /// ```
    pub fn fill(&self, spec: &FormSpec, answers: &mut Answers) {
        for (question, value) in &self.values {
            let own = answers.get(question).is_some_and(|a| !a.is_blank());
            if self.is_fixed(spec, question) || !own {
                answers.set_text(question, value.clone());
            }
        }
    }

    /// True when `question` was filled in and the spec does not let the resident change it.
    pub fn is_fixed(&self, spec: &FormSpec, question: &str) -> bool {
        self.values.contains_key(question)
            && spec
                .question(question)
                .is_some_and(|q| q.prefill == PrefillMode::Fixed)
    }

    /// True when the answer to `question` is still the login's value.
    pub fn holds(&self, answers: &Answers, question: &str) -> bool {
        self.values.get(question).is_some_and(
            |value| matches!(answers.get(question), Some(Answer::Text(t)) if t == value),
        )
    }

    /// The answers without the login's values, for a draft: what the login gave is never
    /// kept on the device (the host page passes it again).
    pub fn left_out_of(&self, answers: &Answers) -> Answers {
        let mut kept = Answers::new();
        for (question, answer) in answers.iter() {
            if !self.holds(answers, question) {
                kept.set(question, answer.clone());
            }
        }
        kept
    }

    /// The mark for a payload that sends the questions in `sent`; `None` when no answer sent
    /// is the login's.
    pub fn mark<'a>(
        &self,
        answers: &Answers,
        sent: impl IntoIterator<Item = &'a String>,
    ) -> Option<PrefilledMark> {
        let questions: Vec<String> = sent
            .into_iter()
            .filter(|q| self.holds(answers, q))
            .cloned()
            .collect();
        (!questions.is_empty()).then_some(PrefilledMark {
            source: self.source,
            questions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> FormSpec {
        FormSpec::from_json(
            r#"{"id":"f","version":1,"steps":[{"id":"s","questions":[
                {"id":"naam","kind":{"type":"text"},"autocomplete":"name","prefill":"fixed"},
                {"id":"email","kind":{"type":"text","format":"email"},"autocomplete":"email"},
                {"id":"post","kind":{"type":"text"},"autocomplete":"shipping postal-code"},
                {"id":"wens","kind":{"type":"long_text"}}
            ]}]}"#,
        )
        .unwrap()
    }

    fn prefill() -> Prefilled {
        Prefill::from_json(
            r#"{"source":"digid","values":{"name":"Anna de Vries","email":"anna@voorbeeld.nl","postal-code":"7511 AB"}}"#,
        )
        .unwrap()
        .for_form(&spec())
    }

    #[test]
    fn questions_are_found_by_their_autocomplete_token() {
        let p = prefill();
        assert_eq!(p.values.len(), 3);
        assert_eq!(
            p.values["post"], "7511 AB",
            "the last token names the field"
        );
    }

    #[test]
    fn a_fixed_question_always_takes_the_login_s_value_others_keep_the_resident_s() {
        let p = prefill();
        let mut answers = Answers::new();
        answers.set_text("naam", "Iemand anders");
        answers.set_text("email", "eigen@voorbeeld.nl");
        p.fill(&spec(), &mut answers);
        assert_eq!(answers.text("naam"), "Anna de Vries");
        assert_eq!(answers.text("email"), "eigen@voorbeeld.nl");
        assert_eq!(answers.text("post"), "7511 AB");
        assert!(p.is_fixed(&spec(), "naam"));
        assert!(!p.is_fixed(&spec(), "email"));
    }

    #[test]
    fn the_login_s_values_are_left_out_of_a_draft_and_marked_in_a_payload() {
        let p = prefill();
        let mut answers = Answers::new();
        p.fill(&spec(), &mut answers);
        answers.set_text("post", "7500 AA");
        answers.set_text("wens", "Een gesprek");
        let draft = p.left_out_of(&answers);
        assert_eq!(draft.get("naam"), None);
        assert_eq!(draft.get("email"), None);
        assert_eq!(
            draft.text("post"),
            "7500 AA",
            "changed by the resident: their own"
        );
        assert_eq!(draft.text("wens"), "Een gesprek");
        let ids = ["email", "naam", "post", "wens"].map(String::from);
        let mark = p.mark(&answers, &ids).unwrap();
        assert_eq!(mark.questions, ["email", "naam"]);
        assert_eq!(mark.source, LoginSource::Digid);
        assert_eq!(p.mark(&answers, &ids[2..]), None);
    }

    #[test]
    fn a_spec_that_fixes_a_question_no_login_can_fill_is_refused() {
        let err = FormSpec::from_json(
            r#"{"id":"f","version":1,"steps":[{"id":"s","questions":[
                {"id":"naam","kind":{"type":"text"},"prefill":"fixed"}]}]}"#,
        )
        .unwrap_err();
        assert!(
            err.0.contains("`prefill` works on a text question"),
            "{}",
            err.0
        );
    }

    #[test]
    fn bad_prefills_are_refused_with_what_to_fix() {
        for (json, says) in [
            ("{", "not valid"),
            (
                r#"{"source":"digid","values":{"Name":"x"}}"#,
                "autocomplete token",
            ),
            (
                r#"{"source":"digid","values":{"name":"a\u0000b"}}"#,
                "control",
            ),
            (r#"{"source":"digid","values":{},"bsn":"1"}"#, "not valid"),
        ] {
            let err = Prefill::from_json(json).unwrap_err();
            assert!(err.contains(says), "{json}: {err}");
        }
        let many: BTreeMap<String, String> = (0..40)
            .map(|i| (format!("t{i}"), "x".to_string()))
            .collect();
        let json = serde_json::json!({"source": "digid", "values": many}).to_string();
        assert!(Prefill::from_json(&json).unwrap_err().contains("at most"));
    }
}
