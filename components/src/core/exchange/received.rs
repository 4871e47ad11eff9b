//! Checking a submission on arrival, with the same rules the browser used: a municipality's
//! service trusts nothing from the network. Every answer must belong to a question the form
//! shows given the other answers, have its question's shape and pass its question's checks;
//! required answers must be there; files must be what they say (the bytes, not only the name);
//! the answers must not lead to an exit page; the reference, outcome and other envelope fields
//! must fit the form. What passes comes back as the payload in its normal form, ready to keep.

use serde::{Deserialize, Serialize};

use crate::core::exchange::payload::{Envelope, SCHEMA, SCHEMA_VERSION, Submission, Value, build};
use crate::core::exchange::reference;
use crate::core::model::answers::{Answer, Answers, DateParts, FileAnswer};
use crate::core::model::spec::{FormSpec, QuestionKind};
use crate::core::rules::conditions::{holds, outcome};
use crate::core::rules::dates::CalendarDate;
use crate::core::rules::validate::{FieldError, Rule, check_question};
use crate::core::texts::i18n::{Catalog, Locale};
use crate::core::texts::messages::error_key;

/// Why a submission was refused: one entry per thing to put right.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::received::Refusal;
///
/// let refusal = Refusal::NotAsked { question: "geheim".into() };
/// assert_eq!(refusal.field(), "answers.geheim");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// An answer breaks a rule of its question, exactly as the browser would have said.
    Answer(FieldError),
    /// An answer to a question the form does not have, or does not show given the other
    /// answers. Such an answer is never kept.
    NotAsked {
        /// The question id as sent.
        question: String,
    },
    /// An answer of another shape than its question takes (a list for a text, say).
    Shape {
        /// The question id.
        question: String,
    },
    /// The answers lead to an exit page: this form is not the way for this request.
    Exit {
        /// The exit page's id.
        page: String,
    },
    /// A field besides the answers does not fit the form.
    Envelope {
        /// The field's name in the payload (`reference`, `outcome`, …).
        field: &'static str,
    },
}

impl Refusal {
    /// Where in the payload the problem is: `answers.<question>` or an envelope field.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::received::Refusal;
    ///
    /// assert_eq!(Refusal::Envelope { field: "reference" }.field(), "reference");
    /// ```
    pub fn field(&self) -> String {
        match self {
            Refusal::Answer(e) => format!("answers.{}", e.question),
            Refusal::NotAsked { question } | Refusal::Shape { question } => {
                format!("answers.{question}")
            }
            Refusal::Exit { .. } => "answers".to_string(),
            Refusal::Envelope { field } => (*field).to_string(),
        }
    }

    /// The question the problem is about, if it is about one.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::received::Refusal;
    ///
    /// assert_eq!(Refusal::Shape { question: "naam".into() }.question(), Some("naam"));
    /// assert_eq!(Refusal::Envelope { field: "outcome" }.question(), None);
    /// ```
    pub fn question(&self) -> Option<&str> {
        match self {
            Refusal::Answer(e) => Some(&e.question),
            Refusal::NotAsked { question } | Refusal::Shape { question } => Some(question),
            Refusal::Exit { .. } | Refusal::Envelope { .. } => None,
        }
    }

    /// The problem as sent back to the browser, with the key of the message that says it.
    /// An answer's problem carries the same key the browser would choose
    /// ([`error_key`]); anything the resident cannot put right on a step carries
    /// `loket-send-rejected`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::received::Refusal;
    /// use loket::{Catalog, FieldError, Locale, Rule};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut catalog = Catalog::new();
    /// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
    /// catalog.add("nl", "loket.ftl", kit).unwrap();
    /// let refusal = Refusal::Answer(FieldError { question: "email".into(), rule: Rule::Email });
    /// let problem = refusal.problem(&catalog, &Locale::new("nl"), &spec);
    /// assert_eq!(problem.key, "loket-error-email");
    /// assert_eq!(problem.question.as_deref(), Some("email"));
    /// ```
    pub fn problem(&self, catalog: &Catalog, locale: &Locale, spec: &FormSpec) -> Problem {
        let (rule, key) = match self {
            Refusal::Answer(e) => {
                let key = spec.question(&e.question).map_or_else(
                    || REJECTED.to_string(),
                    |q| error_key(catalog, locale, &spec.id, q, &e.rule),
                );
                (Some(e.rule.clone()), key)
            }
            _ => (None, REJECTED.to_string()),
        };
        Problem {
            field: self.field(),
            question: self.question().map(str::to_string),
            rule,
            key,
        }
    }
}

/// The message key of a problem the resident cannot put right on a step.
const REJECTED: &str = "loket-send-rejected";

/// One problem in a refusal, as the service sends it (`422`, `problems`) and the form reads
/// it back: the field, the question, the broken rule with its details, and the message key.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::received::Problem;
/// use loket::Rule;
///
/// let json = r#"{"field":"answers.wens","question":"wens","rule":"too-long","max":2000,"count":2400,"key":"loket-error-too-long"}"#;
/// let problem: Problem = serde_json::from_str(json).unwrap();
/// assert_eq!(problem.rule, Some(Rule::TooLong { max: 2000, count: 2400 }));
/// assert_eq!(serde_json::to_string(&problem).unwrap(), json);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// `answers.<question>` or the envelope field (`reference`, `outcome`, …).
    pub field: String,
    /// The question, when the problem is about one.
    pub question: Option<String>,
    /// The rule the answer broke, with its details, when it broke one.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    /// The Fluent key of the message that says what to do.
    pub key: String,
}

impl Problem {
    /// The field error the form shows for this problem, when it is one it can show on a step.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::exchange::received::Problem;
    /// use loket::{FieldError, Rule};
    ///
    /// let problem = Problem {
    ///     field: "answers.email".into(),
    ///     question: Some("email".into()),
    ///     rule: Some(Rule::Email),
    ///     key: "loket-error-email".into(),
    /// };
    /// assert_eq!(problem.field_error(), Some(FieldError { question: "email".into(), rule: Rule::Email }));
    /// ```
    pub fn field_error(&self) -> Option<FieldError> {
        Some(FieldError {
            question: self.question.clone()?,
            rule: self.rule.clone()?,
        })
    }
}

/// What the service needs besides the spec to check a submission.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::received::Expected;
/// use loket::CalendarDate;
///
/// let expected = Expected {
///     municipality: "enschede",
///     today: CalendarDate::new(2026, 12, 5).unwrap(),
///     about: None,
/// };
/// assert_eq!(expected.municipality, "enschede");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The profile the service runs for.
    pub municipality: &'a str,
    /// The service's date. Date rules pass when they pass for this day, the day before or the
    /// day after: a resident's device may be in another time zone, or just past midnight.
    pub today: CalendarDate,
    /// For a call-back request: the form in the address (`/api/help/<form>`), which `about`
    /// must name.
    pub about: Option<&'a str>,
}

/// The longest idempotency key accepted.
pub const MAX_KEY_CHARS: usize = 128;

fn key_fits(key: &str) -> bool {
    (1..=MAX_KEY_CHARS).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A language tag as BCP 47 writes it (`nl`, `en`, `de`, `en-XA`), at most 35 characters.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::received::is_language_tag;
///
/// assert!(is_language_tag("en-XA"));
/// assert!(!is_language_tag("<script>"));
/// ```
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    tag.len() <= 35
        && (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The answer a payload value stands for, for a question of this kind; `None` when the shape
/// does not fit the question.
fn answer_of(kind: &QuestionKind, value: &Value) -> Option<Answer> {
    match (kind, value) {
        (QuestionKind::Date { .. }, Value::Text(t)) => Some(Answer::Date(iso_parts(t))),
        (
            QuestionKind::Text { .. }
            | QuestionKind::LongText
            | QuestionKind::Choice { .. }
            | QuestionKind::Number { .. }
            | QuestionKind::Time,
            Value::Text(t),
        ) => Some(Answer::Text(t.clone())),
        (QuestionKind::Checkboxes { .. } | QuestionKind::List { .. }, Value::List(items)) => {
            Some(Answer::List(items.clone()))
        }
        (QuestionKind::Files { .. }, Value::Files(files)) => Some(Answer::Files(files.clone())),
        (QuestionKind::Files { .. }, Value::List(items)) if items.is_empty() => {
            Some(Answer::Files(Vec::new()))
        }
        _ => None,
    }
}

/// A date sent as `YYYY-MM-DD`; anything else becomes parts that do not make a date, so the
/// date rule refuses it the way it refuses a typed impossible date.
fn iso_parts(text: &str) -> DateParts {
    let bytes = text.as_bytes();
    let iso = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if iso {
        DateParts {
            year: text[0..4].to_string(),
            month: text[5..7].to_string(),
            day: text[8..10].to_string(),
        }
    } else {
        DateParts {
            day: "x".into(),
            month: "x".into(),
            year: text.chars().take(16).collect(),
        }
    }
}

/// Whether a file's bytes are what its name and type say: the content decodes, is as long as
/// stated, and starts the way files of its type start (for the types that can be told by
/// their first bytes: images, PDF, office documents, archives).
///
/// # Examples
///
/// ```
/// use loket::core::exchange::received::file_is_what_it_says;
/// use loket::FileAnswer;
///
/// let png = FileAnswer {
///     name: "kaart.png".into(),
///     media_type: "image/png".into(),
///     size: 8,
///     content_base64: "iVBORw0KGgo=".into(),
/// };
/// assert!(file_is_what_it_says(&png));
/// let fake = FileAnswer { media_type: "application/pdf".into(), ..png };
/// assert!(!file_is_what_it_says(&fake));
/// ```
pub fn file_is_what_it_says(file: &FileAnswer) -> bool {
    use base64::Engine as _;
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(&file.content_base64) else {
        return false;
    };
    if bytes.len() as u64 != file.size {
        return false;
    }
    if !infer::is_mime_supported(&file.media_type) {
        return true;
    }
    infer::get(&bytes).is_some_and(|kind| kind.mime_type() == file.media_type)
}

/// The answers of a submission, checked as the browser checks them, with the date rules
/// relaxed by a day either way (see [`Expected::today`]).
fn check_answers(
    spec: &FormSpec,
    submission: &Submission,
    today: CalendarDate,
) -> Result<Answers, Vec<Refusal>> {
    let mut refusals = Vec::new();
    let mut answers = Answers::new();
    for (id, value) in &submission.answers {
        match spec.question(id) {
            None => refusals.push(Refusal::NotAsked {
                question: id.clone(),
            }),
            Some(question) => match answer_of(&question.kind, value) {
                Some(answer) => answers.set(id, answer),
                None => refusals.push(Refusal::Shape {
                    question: id.clone(),
                }),
            },
        }
    }
    // Hidden answers: a question (or its step) that the other answers do not show.
    for (id, _) in answers.iter() {
        let shown = spec.question(id).is_some_and(|q| {
            let step = spec.step_of(id).map(|i| &spec.steps[i]);
            answers.question_visible(spec, q) && step.is_some_and(|s| answers.step_visible(spec, s))
        });
        if !shown {
            refusals.push(Refusal::NotAsked {
                question: id.clone(),
            });
        }
    }
    let days = [0, -1, 1].map(|d| today.plus_days(d));
    for index in answers.visible_steps(spec) {
        let step = &spec.steps[index];
        for question in &step.questions {
            let broken: Vec<FieldError> = days
                .iter()
                .map(|day| check_question(spec, question, &answers, *day))
                .collect::<Option<Vec<_>>>()
                .unwrap_or_default();
            if let Some(first) = broken.into_iter().next() {
                refusals.push(Refusal::Answer(first));
            }
        }
        if let Some(exit) = step.exits.iter().find(|e| holds(spec, &answers, &e.when)) {
            refusals.push(Refusal::Exit {
                page: exit.page.clone(),
            });
        }
    }
    // The bytes of every file, beyond what its stated type and size say.
    for (id, answer) in answers.iter() {
        if let Answer::Files(files) = answer {
            if let Some(file) = files.iter().find(|f| !file_is_what_it_says(f)) {
                refusals.push(Refusal::Answer(FieldError {
                    question: id.clone(),
                    rule: Rule::FileType {
                        file: file.name.clone(),
                    },
                }));
            }
        }
    }
    if refusals.is_empty() {
        Ok(answers)
    } else {
        Err(refusals)
    }
}

/// Checks a submission that arrived for `spec` and returns it in its normal form (exactly
/// what the browser's [`build`] makes of the same answers), or every reason to refuse it.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::payload::{build, Envelope};
/// use loket::core::exchange::received::{check, Expected, Refusal};
/// use loket::{Answers, CalendarDate};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// let envelope = Envelope {
///     reference: "KLA-2345-6789",
///     idempotency_key: "k1",
///     municipality: "enschede",
///     locale: "nl",
///     submitted_at: "2026-12-05T10:00:00Z",
/// };
/// let mut sent = build(&spec, &answers, &envelope);
/// sent.answers.insert("geheim".into(), loket::core::exchange::payload::Value::Text("x".into()));
/// let expected = Expected {
///     municipality: "enschede",
///     today: CalendarDate::new(2026, 12, 5).unwrap(),
///     about: None,
/// };
/// let refusals = check(&spec, &sent, &expected).unwrap_err();
/// assert!(refusals.contains(&Refusal::NotAsked { question: "geheim".into() }));
/// // The other steps' required answers are missing too.
/// assert!(refusals.iter().any(|r| r.question() == Some("omschrijving")));
/// ```
pub fn check(
    spec: &FormSpec,
    submission: &Submission,
    expected: &Expected<'_>,
) -> Result<Submission, Vec<Refusal>> {
    let mut refusals = Vec::new();
    let mut envelope = |ok: bool, field: &'static str| {
        if !ok {
            refusals.push(Refusal::Envelope { field });
        }
    };
    envelope(
        submission.schema == SCHEMA && submission.schema_version == SCHEMA_VERSION,
        "schema",
    );
    envelope(submission.form == spec.id, "form");
    envelope(submission.form_version == spec.version, "form_version");
    envelope(
        submission.municipality == expected.municipality,
        "municipality",
    );
    envelope(is_language_tag(&submission.locale), "locale");
    envelope(key_fits(&submission.idempotency_key), "idempotency_key");
    envelope(
        reference::fits(&spec.id, &submission.reference),
        "reference",
    );
    envelope(
        !submission.submitted_at.is_empty() && submission.submitted_at.len() <= 64,
        "submitted_at",
    );
    envelope(submission.about.as_deref() == expected.about, "about");
    // Only the service says who helped; a form never does.
    envelope(submission.assisted_by.is_none(), "assisted_by");
    let answers = match check_answers(spec, submission, expected.today) {
        Ok(answers) => Some(answers),
        Err(more) => {
            refusals.extend(more);
            None
        }
    };
    let Some(answers) = answers else {
        return Err(refusals);
    };
    let computed = outcome(spec, &answers).map(|o| o.id.clone());
    if computed != submission.outcome {
        refusals.push(Refusal::Envelope { field: "outcome" });
    }
    if !refusals.is_empty() {
        return Err(refusals);
    }
    let mut normal = build(
        spec,
        &answers,
        &Envelope {
            reference: &submission.reference,
            idempotency_key: &submission.idempotency_key,
            municipality: &submission.municipality,
            locale: &submission.locale,
            submitted_at: &submission.submitted_at,
        },
    );
    normal.about = submission.about.clone();
    normal.assisted = submission.assisted;
    // A mark from a login names only answers that were sent, each once.
    if let Some(mark) = &submission.prefilled {
        let mut seen = std::collections::BTreeSet::new();
        let fits = !mark.questions.is_empty()
            && mark
                .questions
                .iter()
                .all(|q| normal.answers.contains_key(q) && seen.insert(q));
        if !fits {
            return Err(vec![Refusal::Envelope { field: "prefilled" }]);
        }
        normal.prefilled = Some(mark.clone());
    }
    Ok(normal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::dates::DatePart;

    fn spec() -> FormSpec {
        FormSpec::from_json(include_str!("../../../../forms/klacht.json")).unwrap()
    }

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 12, 5).unwrap()
    }

    fn expected() -> Expected<'static> {
        Expected {
            municipality: "enschede",
            today: today(),
            about: None,
        }
    }

    fn complete() -> Answers {
        let mut a = Answers::new();
        a.set_text("soort", "behandeling");
        a.set_text(
            "omschrijving",
            "Niemand belde terug. <script>alert(1)</script>",
        );
        a.set(
            "datum",
            Answer::Date(DateParts {
                day: "3".into(),
                month: "11".into(),
                year: "2026".into(),
            }),
        );
        a.set_text("wens", "Een gesprek.");
        a.set_text("naam", "Anna de Vries");
        a.set_text("email", "anna@voorbeeld.nl");
        a.set_text("adres", "woonadres");
        a.set_text("postcode", "7511 JN");
        a.set_text("huisnummer", "12");
        a.set_text("straat", "Langestraat");
        a.set_text("plaats", "Enschede");
        a.set_text("contactwijze", "email");
        a
    }

    fn sent(answers: &Answers) -> Submission {
        build(
            &spec(),
            answers,
            &Envelope {
                reference: "KLA-2345-6789",
                idempotency_key: "0123456789abcdef0123456789abcdef",
                municipality: "enschede",
                locale: "nl",
                submitted_at: "2026-12-05T10:00:00Z",
            },
        )
    }

    #[test]
    fn what_the_browser_sends_for_a_complete_form_is_kept_as_sent() {
        let payload = sent(&complete());
        assert_eq!(check(&spec(), &payload, &expected()), Ok(payload));
    }

    #[test]
    fn a_login_s_mark_is_kept_when_it_names_answers_sent_and_refused_otherwise() {
        use crate::core::model::prefill::{LoginSource, PrefilledMark};
        let mark = |questions: &[&str]| PrefilledMark {
            source: LoginSource::Digid,
            questions: questions.iter().map(|q| q.to_string()).collect(),
        };
        let mut payload = sent(&complete());
        payload.prefilled = Some(mark(&["email", "naam"]));
        assert_eq!(check(&spec(), &payload, &expected()), Ok(payload.clone()));
        for wrong in [&["telefoon"][..], &["naam", "naam"], &[]] {
            payload.prefilled = Some(mark(wrong));
            assert_eq!(
                check(&spec(), &payload, &expected()),
                Err(vec![Refusal::Envelope { field: "prefilled" }]),
                "{wrong:?}"
            );
        }
    }

    #[test]
    fn a_missing_required_answer_is_named_with_the_browsers_rule() {
        let mut answers = complete();
        answers.set_text("wens", "");
        let refusals = check(&spec(), &sent(&answers), &expected()).unwrap_err();
        assert_eq!(
            refusals,
            vec![Refusal::Answer(FieldError {
                question: "wens".into(),
                rule: Rule::Required
            })]
        );
    }

    #[test]
    fn a_hidden_answer_is_refused_not_kept() {
        // The street is asked only when the resident wants the answer on paper.
        let spec = FormSpec::from_json(
            r#"{"id":"woo","version":1,"steps":[{"id":"s","questions":[
                {"id":"ontvangst","kind":{"type":"choice","options":["digitaal","papier"]}},
                {"id":"straat","kind":{"type":"text"},"visible_when":{"question":"ontvangst","is_one_of":["papier"]}}]}]}"#,
        )
        .unwrap();
        let mut answers = Answers::new();
        answers.set_text("ontvangst", "papier");
        answers.set_text("straat", "Langestraat 24");
        let envelope = Envelope {
            reference: "WOO-2345-6789",
            idempotency_key: "k1",
            municipality: "enschede",
            locale: "nl",
            submitted_at: "2026-12-05T10:00:00Z",
        };
        let on_paper = build(&spec, &answers, &envelope);
        assert!(check(&spec, &on_paper, &expected()).is_ok());
        let mut digital = on_paper.clone();
        digital
            .answers
            .insert("ontvangst".into(), Value::Text("digitaal".into()));
        assert_eq!(
            check(&spec, &digital, &expected()),
            Err(vec![Refusal::NotAsked {
                question: "straat".into()
            }])
        );
    }

    #[test]
    fn values_of_the_wrong_shape_or_failing_their_rule_are_refused() {
        let mut payload = sent(&complete());
        payload
            .answers
            .insert("naam".into(), Value::List(vec!["a".into()]));
        payload
            .answers
            .insert("email".into(), Value::Text("anna@".into()));
        payload
            .answers
            .insert("datum".into(), Value::Text("3 november".into()));
        let refusals = check(&spec(), &payload, &expected()).unwrap_err();
        assert!(refusals.contains(&Refusal::Shape {
            question: "naam".into()
        }));
        assert!(refusals.contains(&Refusal::Answer(FieldError {
            question: "email".into(),
            rule: Rule::Email
        })));
        assert!(refusals.contains(&Refusal::Answer(FieldError {
            question: "datum".into(),
            rule: Rule::DateInvalid {
                parts: vec![DatePart::Day, DatePart::Month, DatePart::Year],
                max: None
            }
        })));
    }

    #[test]
    fn answers_that_lead_to_an_exit_page_are_not_a_complaint() {
        let mut answers = complete();
        answers.set_text("soort", "besluit");
        let refusals = check(&spec(), &sent(&answers), &expected()).unwrap_err();
        assert!(refusals.contains(&Refusal::Exit {
            page: "bezwaar".into()
        }));
    }

    #[test]
    fn the_envelope_must_fit_the_form_and_the_municipality() {
        let mut payload = sent(&complete());
        payload.reference = "WOO-2345-6789".into();
        payload.municipality = "haaksbergen".into();
        payload.locale = "<b>".into();
        payload.idempotency_key = "a b".into();
        payload.outcome = Some("melding".into());
        payload.form_version = 9;
        let fields: Vec<String> = check(&spec(), &payload, &expected())
            .unwrap_err()
            .iter()
            .map(Refusal::field)
            .collect();
        for field in [
            "reference",
            "municipality",
            "locale",
            "idempotency_key",
            "form_version",
            "outcome",
        ] {
            assert!(fields.contains(&field.to_string()), "{field}: {fields:?}");
        }
    }

    #[test]
    fn a_date_of_today_passes_a_day_either_side_of_the_service_clock() {
        let mut answers = complete();
        answers.set(
            "datum",
            Answer::Date(DateParts {
                day: "6".into(),
                month: "12".into(),
                year: "2026".into(),
            }),
        );
        // Tomorrow for the service: a device just past midnight, or further east.
        assert!(check(&spec(), &sent(&answers), &expected()).is_ok());
        answers.set(
            "datum",
            Answer::Date(DateParts {
                day: "7".into(),
                month: "12".into(),
                year: "2026".into(),
            }),
        );
        assert!(check(&spec(), &sent(&answers), &expected()).is_err());
    }

    #[test]
    fn a_file_whose_bytes_are_not_its_type_is_refused() {
        let jpeg = FileAnswer {
            name: "foto.jpg".into(),
            media_type: "image/jpeg".into(),
            size: 4,
            content_base64: "/9j/4A==".into(),
        };
        assert!(file_is_what_it_says(&jpeg));
        let script = FileAnswer {
            content_base64: "PHNjcmlwdD4=".into(),
            size: 8,
            ..jpeg.clone()
        };
        assert!(!file_is_what_it_says(&script));
        let lying_size = FileAnswer {
            size: 5,
            ..jpeg.clone()
        };
        assert!(!file_is_what_it_says(&lying_size));
        let not_base64 = FileAnswer {
            content_base64: "!!!!".into(),
            ..jpeg
        };
        assert!(!file_is_what_it_says(&not_base64));
    }

    #[test]
    fn problems_carry_the_key_the_browser_would_show() {
        let mut catalog = Catalog::new();
        catalog
            .add(
                "nl",
                "loket.ftl",
                include_str!("../../../../locales/nl/loket.ftl"),
            )
            .unwrap();
        catalog
            .add(
                "nl",
                "klacht.ftl",
                include_str!("../../../../locales/nl/klacht.ftl"),
            )
            .unwrap();
        let nl = Locale::new("nl");
        let required = Refusal::Answer(FieldError {
            question: "omschrijving".into(),
            rule: Rule::Required,
        });
        let problem = required.problem(&catalog, &nl, &spec());
        assert_eq!(problem.key, "klacht-omschrijving-error-required");
        assert_eq!(problem.field, "answers.omschrijving");
        let json = serde_json::to_string(&problem).unwrap();
        assert_eq!(
            json,
            r#"{"field":"answers.omschrijving","question":"omschrijving","rule":"required","key":"klacht-omschrijving-error-required"}"#
        );
        let envelope = Refusal::Envelope { field: "reference" }.problem(&catalog, &nl, &spec());
        assert_eq!(
            serde_json::to_string(&envelope).unwrap(),
            r#"{"field":"reference","question":null,"key":"loket-send-rejected"}"#
        );
    }
}
