//! What the resident typed or chose, kept exactly as entered so nothing is ever lost.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::model::spec::{FormSpec, QuestionKind};

/// The three parts of a date as typed, unchecked.
///
/// # Examples
///
/// ```
/// use loket::{Answer, Answers, DateParts};
///
/// let parts = DateParts { day: "3".into(), month: "11".into(), year: "2026".into() };
/// let mut answers = Answers::new();
/// answers.set("datum", Answer::Date(parts.clone()));
/// assert_eq!(answers.date("datum"), parts);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::DateParts;
    ///
    /// assert!(DateParts::default().is_blank());
    /// let typed = DateParts { day: " ".into(), month: "11".into(), year: String::new() };
    /// assert!(!typed.is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|p| p.trim().is_empty())
    }
}

/// A file the resident chose, with its contents.
///
/// # Examples
///
/// ```
/// use loket::{Answer, Answers, FileAnswer};
///
/// let photo = FileAnswer {
///     name: "stoep.jpg".into(),
///     media_type: "image/jpeg".into(),
///     size: 3,
///     content_base64: "AAEC".into(),
/// };
/// let mut answers = Answers::new();
/// answers.set("foto", Answer::Files(vec![photo.clone()]));
/// assert_eq!(answers.files("foto"), [photo]);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
///
/// # Examples
///
/// ```
/// use loket::{Answer, DateParts};
///
/// let text = Answer::Text("Niemand belde terug.".into());
/// let ticked = Answer::List(vec!["geluid".into(), "licht".into()]);
/// let date = Answer::Date(DateParts { day: "3".into(), month: "11".into(), year: "2026".into() });
/// assert_eq!(text.text(), "Niemand belde terug.");
/// assert!(![ticked, date].iter().any(Answer::is_blank));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answer;
    ///
    /// assert!(Answer::Text("  \n".into()).is_blank());
    /// assert!(Answer::List(vec![" ".into()]).is_blank());
    /// assert!(Answer::Files(Vec::new()).is_blank());
    /// assert!(!Answer::Text("ja".into()).is_blank());
    /// ```
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::List(items) => items.iter().all(|i| i.trim().is_empty()),
            Answer::Date(d) => d.is_blank(),
            Answer::Files(files) => files.is_empty(),
        }
    }

    /// Whether this is the shape of answer a question of `kind` takes.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, QuestionKind};
    ///
    /// let kind = QuestionKind::Checkboxes { options: vec!["a".into(), "b".into()] };
    /// assert!(Answer::List(vec!["a".into()]).fits(&kind));
    /// assert!(!Answer::Text("a".into()).fits(&kind));
    /// ```
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
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answer;
    ///
    /// assert_eq!(Answer::Text("ja".into()).text(), "ja");
    /// assert_eq!(Answer::List(vec!["ja".into()]).text(), "");
    /// ```
    pub fn text(&self) -> &str {
        match self {
            Answer::Text(t) => t,
            _ => "",
        }
    }
}

/// All answers of one form, by question id.
///
/// # Examples
///
/// ```
/// use loket::{Answer, Answers};
///
/// let mut answers = Answers::new();
/// answers.set_text("naam", "Anna de Vries");
/// answers.set("straten", Answer::List(vec!["Oude Markt".into()]));
/// assert_eq!(answers.text("naam"), "Anna de Vries");
/// assert_eq!(answers.list("straten"), ["Oude Markt"]);
///
/// // Answers are kept as JSON in a draft, exactly as typed.
/// let json = serde_json::to_string(&answers).unwrap();
/// assert_eq!(json, r#"{"naam":"Anna de Vries","straten":["Oude Markt"]}"#);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    /// No answers yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answers;
    ///
    /// let answers = Answers::new();
    /// assert_eq!(answers.iter().count(), 0);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to a question, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, Answers};
    ///
    /// let mut answers = Answers::new();
    /// answers.set_text("naam", "Anna");
    /// assert_eq!(answers.get("naam"), Some(&Answer::Text("Anna".into())));
    /// assert_eq!(answers.get("email"), None);
    /// ```
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }

    /// The text answer to a question, or "".
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answers;
    ///
    /// let mut answers = Answers::new();
    /// answers.set_text("naam", "Anna");
    /// assert_eq!(answers.text("naam"), "Anna");
    /// assert_eq!(answers.text("email"), "");
    /// ```
    pub fn text(&self, question: &str) -> &str {
        self.get(question).map(Answer::text).unwrap_or("")
    }

    /// The date parts answered, or blank parts.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, Answers, DateParts};
    ///
    /// let parts = DateParts { day: "3".into(), month: "11".into(), year: "2026".into() };
    /// let mut answers = Answers::new();
    /// answers.set("datum", Answer::Date(parts.clone()));
    /// assert_eq!(answers.date("datum"), parts);
    /// assert!(answers.date("geboortedatum").is_blank());
    /// ```
    pub fn date(&self, question: &str) -> DateParts {
        match self.get(question) {
            Some(Answer::Date(d)) => d.clone(),
            _ => DateParts::default(),
        }
    }

    /// Stores an answer, replacing an earlier one.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, Answers};
    ///
    /// let mut answers = Answers::new();
    /// answers.set("hinder", Answer::List(vec!["geluid".into()]));
    /// answers.set("hinder", Answer::List(vec!["licht".into()]));
    /// assert_eq!(answers.list("hinder"), ["licht"]);
    /// ```
    pub fn set(&mut self, question: &str, answer: Answer) {
        self.0.insert(question.to_string(), answer);
    }

    /// Stores a text answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answers;
    ///
    /// let mut answers = Answers::new();
    /// answers.set_text("naam", "Anna");
    /// answers.set_text("naam", String::from("Anna de Vries"));
    /// assert_eq!(answers.text("naam"), "Anna de Vries");
    /// ```
    pub fn set_text(&mut self, question: &str, text: impl Into<String>) {
        self.set(question, Answer::Text(text.into()));
    }

    /// The list answer (ticked options or list entries), or an empty list.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, Answers};
    ///
    /// let mut answers = Answers::new();
    /// answers.set("straten", Answer::List(vec!["Oude Markt".into(), "Langestraat".into()]));
    /// assert_eq!(answers.list("straten"), ["Oude Markt", "Langestraat"]);
    /// assert!(answers.list("hinder").is_empty());
    /// ```
    pub fn list(&self, question: &str) -> Vec<String> {
        match self.get(question) {
            Some(Answer::List(items)) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// The chosen files, or none.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, Answers, FileAnswer};
    ///
    /// let plan = FileAnswer {
    ///     name: "plattegrond.pdf".into(),
    ///     media_type: "application/pdf".into(),
    ///     size: 3,
    ///     content_base64: "AAEC".into(),
    /// };
    /// let mut answers = Answers::new();
    /// answers.set("bijlagen", Answer::Files(vec![plan]));
    /// assert_eq!(answers.files("bijlagen")[0].name, "plattegrond.pdf");
    /// assert!(answers.files("foto").is_empty());
    /// ```
    pub fn files(&self, question: &str) -> Vec<FileAnswer> {
        match self.get(question) {
            Some(Answer::Files(files)) => files.clone(),
            _ => Vec::new(),
        }
    }

    /// Leaves out the contents of the largest file that still has them, keeping its name, type
    /// and size, for storage that cannot hold everything; `false` when no file has contents
    /// left to leave out. A draft read back later names such files, so the resident can add
    /// them again (see `exchange::draft`).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answer, Answers, FileAnswer};
    ///
    /// let file = |name: &str, size: u64| FileAnswer {
    ///     name: name.into(),
    ///     media_type: "application/pdf".into(),
    ///     size,
    ///     content_base64: "AAEC".into(),
    /// };
    /// let mut answers = Answers::new();
    /// answers.set_text("naam", "Anna");
    /// answers.set("bijlagen", Answer::Files(vec![file("klein.pdf", 3), file("groot.pdf", 9)]));
    ///
    /// assert!(answers.drop_largest_file_content());
    /// let files = answers.files("bijlagen");
    /// assert_eq!(files[1].name, "groot.pdf");
    /// assert_eq!(files[1].content_base64, "");
    /// assert_eq!(files[0].content_base64, "AAEC", "the small file is still kept");
    ///
    /// assert!(answers.drop_largest_file_content());
    /// assert!(!answers.drop_largest_file_content(), "nothing left to leave out");
    /// assert_eq!(answers.text("naam"), "Anna");
    /// ```
    pub fn drop_largest_file_content(&mut self) -> bool {
        let largest = self
            .0
            .values_mut()
            .filter_map(|answer| match answer {
                Answer::Files(files) => Some(files.iter_mut()),
                _ => None,
            })
            .flatten()
            .filter(|file| !file.content_base64.is_empty())
            .max_by_key(|file| file.content_base64.len());
        match largest {
            Some(file) => {
                file.content_base64.clear();
                true
            }
            None => false,
        }
    }

    /// Every stored answer, by question id.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Answers;
    ///
    /// let mut answers = Answers::new();
    /// answers.set_text("naam", "Anna");
    /// answers.set_text("email", "anna@voorbeeld.nl");
    /// let ids: Vec<&String> = answers.iter().map(|(id, _)| id).collect();
    /// assert_eq!(ids, ["email", "naam"]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter()
    }

    /// Starts every question that has a default answer and no answer yet with its default.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, FormSpec};
    ///
    /// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
    ///     {"id": "ontvangst", "kind": {"type": "choice", "options": ["digitaal", "papier"]},
    ///      "default": "digitaal"}
    /// ]}]}"#).unwrap();
    /// let answers = Answers::new().with_defaults(&spec);
    /// assert_eq!(answers.text("ontvangst"), "digitaal");
    /// ```
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
