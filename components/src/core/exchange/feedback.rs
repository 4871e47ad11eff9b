//! "Hoe ging het?" / "How did it go?" (schema `loket.feedback`, version 1): one of three
//! smileys and an optional comment, sent after a form without personal data (no reference, no
//! answers).

use serde::{Deserialize, Serialize};

/// The schema name of every feedback.
pub const SCHEMA: &str = "loket.feedback";

/// The three scores, in the order shown (green, orange, red).
pub const SCORES: [&str; 3] = ["goed", "gaat-wel", "niet-goed"];

/// The longest comment, in characters; the comment box says so and stops there.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// One answer to "Hoe ging het?".
///
/// # Examples
///
/// ```
/// use loket::core::exchange::feedback::Feedback;
///
/// let feedback = Feedback::new("enschede", "klacht", "nl", "goed", " Duidelijk! ");
/// assert_eq!(feedback.comment, "Duidelijk!");
/// assert!(feedback.fits());
/// let json = serde_json::to_string(&feedback).unwrap();
/// assert!(json.starts_with(r#"{"schema":"loket.feedback","schema_version":1,"#));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// Always `loket.feedback`.
    pub schema: String,
    /// Always 1.
    pub schema_version: u32,
    /// The profile's id.
    pub municipality: String,
    /// The form the resident sent.
    pub form: String,
    /// The language shown.
    pub locale: String,
    /// One of [`SCORES`].
    pub score: String,
    /// What the resident wrote, trimmed; may be empty.
    pub comment: String,
}

impl Feedback {
    /// Feedback as the kit sends it.
    pub fn new(municipality: &str, form: &str, locale: &str, score: &str, comment: &str) -> Self {
        Self {
            schema: SCHEMA.to_string(),
            schema_version: 1,
            municipality: municipality.to_string(),
            form: form.to_string(),
            locale: locale.to_string(),
            score: score.to_string(),
            comment: comment.trim().to_string(),
        }
    }

    /// Whether it has the shape the kit sends: its schema, a known score, a comment of at most
    /// [`MAX_COMMENT_CHARS`] and short ids.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::feedback::Feedback;
    ///
    /// assert!(!Feedback::new("enschede", "klacht", "nl", "super", "").fits());
    /// assert!(!Feedback::new("enschede", "klacht", "nl", "goed", &"x".repeat(1001)).fits());
    /// ```
    pub fn fits(&self) -> bool {
        let short = |s: &str| !s.is_empty() && s.chars().count() <= 100;
        self.schema == SCHEMA
            && self.schema_version == 1
            && SCORES.contains(&self.score.as_str())
            && self.comment.chars().count() <= MAX_COMMENT_CHARS
            && short(&self.municipality)
            && short(&self.form)
            && short(&self.locale)
    }
}
