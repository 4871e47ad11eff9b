//! Sending a form over a bad connection: what went wrong, whether to try again, and when.
//! The view does the network; this decides.

/// How long one attempt may take before it counts as failed.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::{outcome, Attempt, SendProblem, ATTEMPT_TIMEOUT_MS};
///
/// assert_eq!(ATTEMPT_TIMEOUT_MS, 30_000);
/// // An attempt that takes longer counts as failed, and is tried again.
/// assert_eq!(outcome(Attempt::TimedOut), Err(SendProblem::Unreachable));
/// ```
pub const ATTEMPT_TIMEOUT_MS: u32 = 30_000;

/// The longest wait between two automatic attempts.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::{retry_delay_ms, MAX_RETRY_DELAY_MS};
///
/// assert_eq!(retry_delay_ms(10), MAX_RETRY_DELAY_MS);
/// ```
pub const MAX_RETRY_DELAY_MS: u32 = 60_000;

/// What one attempt to send gave.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::{outcome, Attempt, SendProblem};
///
/// assert_eq!(outcome(Attempt::Answered(201)), Ok(()));
/// assert_eq!(outcome(Attempt::NoConnection { online: false }), Err(SendProblem::Offline));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// The endpoint answered with this HTTP status.
    Answered(u16),
    /// No answer: the request did not get through. `online` is what the browser believes.
    NoConnection {
        /// `navigator.onLine` at the moment of failure.
        online: bool,
    },
    /// No answer within [`ATTEMPT_TIMEOUT_MS`].
    TimedOut,
}

/// Why a form was not sent (yet).
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::{outcome, Attempt, SendProblem};
///
/// let problem = outcome(Attempt::Answered(503)).unwrap_err();
/// assert_eq!(problem, SendProblem::Server);
/// assert!(problem.retries());
/// assert_eq!(problem.key(), "loket-send-server");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendProblem {
    /// The device has no internet connection.
    Offline,
    /// The municipality could not be reached, or did not answer in time.
    Unreachable,
    /// The municipality's system had a problem (5xx, 408, 425, 429).
    Server,
    /// The municipality's system refused the form (another 4xx); trying again will not help.
    Rejected,
    /// The form with its files is larger than the municipality's system takes (413); trying
    /// again will not help, smaller files or another way will.
    TooLarge,
}

impl SendProblem {
    /// Every problem, for tests that check each has a message.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::journey::sending::SendProblem;
    ///
    /// let keys: Vec<&str> = SendProblem::ALL.iter().map(|p| p.key()).collect();
    /// assert_eq!(keys.len(), 5);
    /// ```
    pub const ALL: [SendProblem; 5] = [
        SendProblem::Offline,
        SendProblem::Unreachable,
        SendProblem::Server,
        SendProblem::Rejected,
        SendProblem::TooLarge,
    ];

    /// Whether the form tries again by itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::journey::sending::SendProblem;
    ///
    /// assert!(SendProblem::Offline.retries());
    /// assert!(!SendProblem::Rejected.retries());
    /// assert!(!SendProblem::TooLarge.retries());
    /// ```
    pub fn retries(self) -> bool {
        !matches!(self, SendProblem::Rejected | SendProblem::TooLarge)
    }

    /// The key of the message that says what happened and what happens next.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::journey::sending::SendProblem;
    ///
    /// assert_eq!(SendProblem::Offline.key(), "loket-send-offline");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            SendProblem::Offline => "loket-send-offline",
            SendProblem::Unreachable => "loket-send-unreachable",
            SendProblem::Server => "loket-send-server",
            SendProblem::Rejected => "loket-send-rejected",
            SendProblem::TooLarge => "loket-send-too-large",
        }
    }
}

/// Whether an attempt sent the form, and if not, why.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::{outcome, Attempt, SendProblem};
///
/// assert_eq!(outcome(Attempt::Answered(200)), Ok(()));
/// assert_eq!(outcome(Attempt::Answered(422)), Err(SendProblem::Rejected));
/// assert_eq!(outcome(Attempt::NoConnection { online: true }), Err(SendProblem::Unreachable));
/// ```
pub fn outcome(attempt: Attempt) -> Result<(), SendProblem> {
    match attempt {
        Attempt::Answered(200..=299) => Ok(()),
        Attempt::Answered(408 | 425 | 429 | 500..=599) => Err(SendProblem::Server),
        Attempt::Answered(413) => Err(SendProblem::TooLarge),
        Attempt::Answered(_) => Err(SendProblem::Rejected),
        Attempt::NoConnection { online: false } => Err(SendProblem::Offline),
        Attempt::NoConnection { online: true } | Attempt::TimedOut => Err(SendProblem::Unreachable),
    }
}

/// How long to wait before automatic attempt number `retry` (0 for the first retry):
/// 2 s, 4 s, 8 s … up to a minute.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::retry_delay_ms;
///
/// let waits: Vec<u32> = (0..6).map(retry_delay_ms).collect();
/// assert_eq!(waits, [2_000, 4_000, 8_000, 16_000, 32_000, 60_000]);
/// ```
pub fn retry_delay_ms(retry: u32) -> u32 {
    2_000u32
        .checked_shl(retry.min(16))
        .unwrap_or(MAX_RETRY_DELAY_MS)
        .min(MAX_RETRY_DELAY_MS)
}

/// What the municipality's service said when it took the form: the reference it keeps (the
/// form's own, or a new one when that was taken) and when it received the form. Any 2xx
/// counts as received; a service that says nothing more leaves both as the form had them.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::Receipt;
///
/// let body = r#"{"received":true,"reference":"KLA-2345-6789","received_at":"2026-12-05T13:02:11Z"}"#;
/// let receipt = Receipt::from_reply(body, "KLA-9999-9999");
/// assert_eq!(receipt.reference, "KLA-2345-6789");
/// assert_eq!(receipt.received_at.as_deref(), Some("2026-12-05T13:02:11Z"));
///
/// // An endpoint that answers 204 without a body.
/// let receipt = Receipt::from_reply("", "KLA-9999-9999");
/// assert_eq!((receipt.reference.as_str(), receipt.received_at), ("KLA-9999-9999", None));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The reference to show the resident.
    pub reference: String,
    /// When the service received the form (ISO 8601, UTC), if it said.
    pub received_at: Option<String>,
}

/// The part of a service's 2xx answer the form reads.
#[derive(serde::Deserialize)]
struct Reply {
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    received_at: Option<String>,
}

/// The longest reference or timestamp taken from a reply; anything longer is ignored.
const MAX_REPLY_FIELD: usize = 64;

impl Receipt {
    /// Reads a 2xx answer's body; `sent_reference` is the reference the form sent.
    pub fn from_reply(body: &str, sent_reference: &str) -> Self {
        let reply: Option<Reply> = serde_json::from_str(body).ok();
        let short = |s: Option<String>| s.filter(|s| !s.is_empty() && s.len() <= MAX_REPLY_FIELD);
        let (reference, received_at) = match reply {
            Some(r) => (short(r.reference), short(r.received_at)),
            None => (None, None),
        };
        Self {
            reference: reference.unwrap_or_else(|| sent_reference.to_string()),
            received_at,
        }
    }
}

/// The answers a service refused (`422`, a list of problems), as errors the form shows on
/// its steps; problems that are not about a question are left out (the form then says it
/// was refused).
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::refused_answers;
/// use loket::{FieldError, Rule};
///
/// let body = r#"{"error":"invalid","problems":[
///     {"field":"answers.email","question":"email","rule":"email","key":"loket-error-email"},
///     {"field":"reference","question":null,"key":"loket-send-rejected"}]}"#;
/// assert_eq!(
///     refused_answers(body),
///     vec![FieldError { question: "email".into(), rule: Rule::Email }]
/// );
/// assert!(refused_answers("not json").is_empty());
/// ```
pub fn refused_answers(body: &str) -> Vec<crate::core::rules::validate::FieldError> {
    use crate::core::rules::validate::{FieldError, Rule};
    // Read field by field rather than as `received::Problem`: the same wire, far less code in
    // the residents' module.
    #[derive(serde::Deserialize)]
    struct Wire {
        #[serde(default)]
        question: Option<String>,
        #[serde(default)]
        rule: Option<String>,
        #[serde(default)]
        max: Option<i64>,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        count: Option<usize>,
        #[serde(default)]
        file: Option<String>,
        #[serde(default)]
        parts: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    struct Refusal {
        #[serde(default)]
        problems: Vec<Wire>,
    }
    serde_json::from_str::<Refusal>(body)
        .map(|r| {
            r.problems
                .into_iter()
                .filter_map(|p| {
                    let rule = Rule::from_parts(&p.rule?, p.max, p.min, p.count, p.file, &p.parts)?;
                    Some(FieldError {
                        question: p.question?,
                        rule,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Where sending stands, as the check page shows it.
///
/// # Examples
///
/// ```
/// use loket::core::journey::sending::{outcome, Attempt, SendStatus};
///
/// let mut status = SendStatus::default();
/// assert_eq!(status, SendStatus::Idle);
/// status = SendStatus::Sending;
/// if let Err(problem) = outcome(Attempt::Answered(500)) {
///     status = SendStatus::Failed(problem);
/// }
/// assert!(matches!(status, SendStatus::Failed(p) if p.retries()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SendStatus {
    /// Not sending.
    #[default]
    Idle,
    /// An attempt is under way.
    Sending,
    /// It failed; the answers are kept and it tries again (unless the problem was a refusal).
    Failed(SendProblem),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn success_is_any_2xx_only() {
        assert_eq!(outcome(Attempt::Answered(200)), Ok(()));
        assert_eq!(outcome(Attempt::Answered(201)), Ok(()));
        assert_eq!(outcome(Attempt::Answered(204)), Ok(()));
        assert_eq!(outcome(Attempt::Answered(302)), Err(SendProblem::Rejected));
    }

    #[test]
    fn server_trouble_and_no_connection_are_tried_again() {
        for status in [500, 502, 503, 504, 408, 429] {
            let problem = outcome(Attempt::Answered(status)).unwrap_err();
            assert_eq!(problem, SendProblem::Server, "{status}");
            assert!(problem.retries());
        }
        assert_eq!(
            outcome(Attempt::NoConnection { online: false }),
            Err(SendProblem::Offline)
        );
        assert_eq!(
            outcome(Attempt::NoConnection { online: true }),
            Err(SendProblem::Unreachable)
        );
        assert_eq!(outcome(Attempt::TimedOut), Err(SendProblem::Unreachable));
    }

    #[test]
    fn a_refusal_is_not_tried_again() {
        for status in [400, 401, 403, 404, 409, 422] {
            let problem = outcome(Attempt::Answered(status)).unwrap_err();
            assert_eq!(problem, SendProblem::Rejected, "{status}");
            assert!(!problem.retries());
        }
    }

    #[test]
    fn every_rule_reads_back_from_a_refusal_as_the_service_writes_it() {
        use crate::core::exchange::received::Problem;
        use crate::core::rules::dates::DatePart;
        use crate::core::rules::validate::{FieldError, Rule};
        let rules = [
            Rule::Required,
            Rule::TooLong {
                max: 4000,
                count: 4100,
            },
            Rule::Email,
            Rule::Phone,
            Rule::Postcode,
            Rule::DateIncomplete { parts: vec![] },
            Rule::DateIncomplete {
                parts: vec![DatePart::Month, DatePart::Year],
            },
            Rule::DateInvalid {
                parts: vec![],
                max: None,
            },
            Rule::DateInvalid {
                parts: vec![DatePart::Day],
                max: Some(30),
            },
            Rule::DateInvalid {
                parts: vec![DatePart::Day, DatePart::Year],
                max: None,
            },
            Rule::DateNotPast,
            Rule::DateNotFuture,
            Rule::UnknownOption,
            Rule::Number,
            Rule::NumberTooSmall { min: -5 },
            Rule::NumberTooLarge { max: 5000 },
            Rule::Time,
            Rule::TooMany { max: 3 },
            Rule::FileType {
                file: "a.pdf".into(),
            },
            Rule::FileTooLarge {
                file: "b.png".into(),
            },
            Rule::FileEmpty {
                file: "c.jpg".into(),
            },
        ];
        let problems: Vec<Problem> = rules
            .iter()
            .map(|rule| Problem {
                field: "answers.q".into(),
                question: Some("q".into()),
                rule: Some(rule.clone()),
                key: "k".into(),
            })
            .collect();
        let body = serde_json::json!({ "error": "invalid", "problems": problems }).to_string();
        let expected: Vec<FieldError> = rules
            .into_iter()
            .map(|rule| FieldError {
                question: "q".into(),
                rule,
            })
            .collect();
        assert_eq!(refused_answers(&body), expected);
    }

    #[test]
    fn waits_double_up_to_a_minute() {
        let waits: Vec<u32> = (0..8).map(retry_delay_ms).collect();
        assert_eq!(
            waits,
            [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]
        );
        assert_eq!(retry_delay_ms(u32::MAX), MAX_RETRY_DELAY_MS);
    }
}
