//! Rules → errors. Every error names its question and the rule it broke; the text for it is
//! chosen in [`crate::core::texts::messages`], so it can name the field and say how to fix it.

use crate::core::model::answers::{Answers, FileAnswer};
use crate::core::model::ids;
use crate::core::model::spec::{
    Bound, DateRule, FormSpec, Question, QuestionKind, Step, TextFormat,
};
use crate::core::rules::conditions::{parse_number, parse_time};
use crate::core::rules::dates::{CalendarDate, DatePart, DateProblem};
use crate::core::rules::email::is_email;

/// A rule an answer broke.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::check_question;
/// use loket::{Answers, CalendarDate, Rule};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("email", "anna@voorbeeld");
/// let error = check_question(&spec, spec.question("email").unwrap(), &answers, today).unwrap();
/// assert_eq!(error.rule, Rule::Email);
/// ```
///
/// On the wire (a service's refusal) a rule is an object tagged `rule` with its name as
/// [`Rule::key_name`] gives it, and its details beside it: `{"rule":"too-long","max":2000,"count":2400}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Rule {
    /// Nothing was given for a required question.
    Required,
    /// The text is longer than allowed.
    TooLong {
        /// Most characters allowed.
        max: usize,
        /// Characters given.
        count: usize,
    },
    /// Not an e-mail address.
    Email,
    /// Not a phone number.
    Phone,
    /// Not a Dutch postcode.
    Postcode,
    /// A date with one or two of its parts left empty.
    DateIncomplete {
        /// The parts left empty, in the order day, month, year (empty: not said, as in a
        /// refusal of an older service; the message then asks for the whole date).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        parts: Vec<DatePart>,
    },
    /// A date that does not exist.
    DateInvalid {
        /// The parts that cannot be right, in order: the day of 31 April, the month 13, a
        /// year of 2 digits (empty: not said).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        parts: Vec<DatePart>,
        /// The last day of the month, when the day is the only part that is wrong.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    /// A date after today where today or earlier is asked.
    DateNotPast,
    /// A date of today or earlier where a future date is asked.
    DateNotFuture,
    /// A choice that is not one of the options.
    UnknownOption,
    /// Not a whole number.
    Number,
    /// A number below the smallest allowed.
    NumberTooSmall {
        /// The smallest number allowed.
        min: i64,
    },
    /// A number above the largest allowed.
    NumberTooLarge {
        /// The largest number allowed.
        max: i64,
    },
    /// Not a time of day.
    Time,
    /// More entries or files than allowed.
    TooMany {
        /// Most allowed.
        max: usize,
    },
    /// A file of a type that is not accepted.
    FileType {
        /// The file's name.
        file: String,
    },
    /// A file larger than allowed.
    FileTooLarge {
        /// The file's name.
        file: String,
    },
    /// An empty file.
    FileEmpty {
        /// The file's name.
        file: String,
    },
}

impl Rule {
    /// The rule's name in message keys (`loket-error-<name>`, `<form>-<question>-error-<name>`).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Rule;
    ///
    /// assert_eq!(Rule::TooLong { max: 200, count: 250 }.key_name(), "too-long");
    /// assert_eq!(format!("loket-error-{}", Rule::DateNotPast.key_name()), "loket-error-date-not-past");
    /// ```
    pub fn key_name(&self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TooLong { .. } => "too-long",
            Rule::Email => "email",
            Rule::Phone => "phone",
            Rule::Postcode => "postcode",
            Rule::DateIncomplete { .. } => "date-incomplete",
            Rule::DateInvalid { .. } => "date-invalid",
            Rule::DateNotPast => "date-not-past",
            Rule::DateNotFuture => "date-not-future",
            Rule::UnknownOption => "unknown-option",
            Rule::Number => "number",
            Rule::NumberTooSmall { .. } => "number-too-small",
            Rule::NumberTooLarge { .. } => "number-too-large",
            Rule::Time => "time",
            Rule::TooMany { .. } => "too-many",
            Rule::FileType { .. } => "file-type",
            Rule::FileTooLarge { .. } => "file-too-large",
            Rule::FileEmpty { .. } => "file-empty",
        }
    }
}

impl Rule {
    /// The rule named `name` with the details given (as a service's refusal carries them), or
    /// `None` for a name no rule has or details it lacks. The same names as
    /// [`Rule::key_name`]; read field by field, which keeps the browser's module small.
    /// `parts` are the parts of a date the rule names (`day`, `month`, `year`); others are
    /// left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Rule;
    /// use loket::core::rules::dates::DatePart;
    ///
    /// assert_eq!(Rule::from_parts("too-long", Some(2000), None, Some(2400), None, &[]), Some(Rule::TooLong { max: 2000, count: 2400 }));
    /// assert_eq!(Rule::from_parts("email", None, None, None, None, &[]), Some(Rule::Email));
    /// assert_eq!(Rule::from_parts("too-long", None, None, None, None, &[]), None);
    /// assert_eq!(Rule::from_parts("nonsense", None, None, None, None, &[]), None);
    /// assert_eq!(
    ///     Rule::from_parts("date-incomplete", None, None, None, None, &["month".into(), "week".into()]),
    ///     Some(Rule::DateIncomplete { parts: vec![DatePart::Month] })
    /// );
    /// ```
    pub fn from_parts(
        name: &str,
        max: Option<i64>,
        min: Option<i64>,
        count: Option<usize>,
        file: Option<String>,
        parts: &[String],
    ) -> Option<Rule> {
        // In the order day, month, year, each once, whatever the order sent.
        let date_parts = || -> Vec<DatePart> {
            DatePart::ALL
                .into_iter()
                .filter(|part| parts.iter().any(|p| p == part.id()))
                .collect()
        };
        let size = |n: Option<i64>| n.and_then(|n| usize::try_from(n).ok());
        Some(match name {
            "required" => Rule::Required,
            "too-long" => Rule::TooLong {
                max: size(max)?,
                count: count?,
            },
            "email" => Rule::Email,
            "phone" => Rule::Phone,
            "postcode" => Rule::Postcode,
            "date-incomplete" => Rule::DateIncomplete {
                parts: date_parts(),
            },
            "date-invalid" => Rule::DateInvalid {
                parts: date_parts(),
                max: max.and_then(|m| u32::try_from(m).ok()),
            },
            "date-not-past" => Rule::DateNotPast,
            "date-not-future" => Rule::DateNotFuture,
            "unknown-option" => Rule::UnknownOption,
            "number" => Rule::Number,
            "number-too-small" => Rule::NumberTooSmall { min: min? },
            "number-too-large" => Rule::NumberTooLarge { max: max? },
            "time" => Rule::Time,
            "too-many" => Rule::TooMany { max: size(max)? },
            "file-type" => Rule::FileType { file: file? },
            "file-too-large" => Rule::FileTooLarge { file: file? },
            "file-empty" => Rule::FileEmpty { file: file? },
            _ => return None,
        })
    }

    /// The parts of a date this rule names: those left empty or that cannot be right. Empty
    /// when it is about the date as a whole (nothing given, a date after today, …) or about
    /// another kind of question.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Rule;
    /// use loket::core::rules::dates::DatePart;
    ///
    /// let missing = Rule::DateIncomplete { parts: vec![DatePart::Month] };
    /// assert_eq!(missing.date_parts(), [DatePart::Month]);
    /// assert!(Rule::DateNotPast.date_parts().is_empty());
    /// ```
    pub fn date_parts(&self) -> &[DatePart] {
        match self {
            Rule::DateIncomplete { parts } | Rule::DateInvalid { parts, .. } => parts,
            _ => &[],
        }
    }
}

/// One problem with one answer.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::check_step;
/// use loket::{Answers, CalendarDate, FieldError, Rule};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let errors = check_step(&spec, &spec.steps[3], &Answers::new(), today);
/// assert_eq!(errors[0], FieldError { question: "naam".into(), rule: Rule::Required });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The question's id.
    pub question: String,
    /// The rule that was broken.
    pub rule: Rule,
}

impl FieldError {
    /// Whether this error marks one part of a date question (`aria-invalid`): the parts it
    /// names, or every part when it names none (nothing given, a date after today, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::rules::dates::DatePart;
    /// use loket::{FieldError, Rule};
    ///
    /// let missing = FieldError {
    ///     question: "datum".into(),
    ///     rule: Rule::DateIncomplete { parts: vec![DatePart::Month] },
    /// };
    /// assert!(missing.marks(DatePart::Month));
    /// assert!(!missing.marks(DatePart::Day));
    /// let future = FieldError { question: "datum".into(), rule: Rule::DateNotPast };
    /// assert!(DatePart::ALL.iter().all(|p| future.marks(*p)));
    /// ```
    pub fn marks(&self, part: DatePart) -> bool {
        let parts = self.rule.date_parts();
        parts.is_empty() || parts.contains(&part)
    }

    /// The id of the control the error summary links to and focuses: the first date part the
    /// error names, else the question's first control.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::rules::dates::DatePart;
    /// use loket::{FieldError, Rule};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let datum = spec.question("datum").unwrap();
    /// let missing = FieldError {
    ///     question: "datum".into(),
    ///     rule: Rule::DateIncomplete { parts: vec![DatePart::Month, DatePart::Year] },
    /// };
    /// assert_eq!(missing.target("klacht", datum), "klacht-datum-month");
    /// let empty = FieldError { question: "datum".into(), rule: Rule::Required };
    /// assert_eq!(empty.target("klacht", datum), "klacht-datum-day");
    /// ```
    pub fn target(&self, form: &str, question: &Question) -> String {
        match (&question.kind, self.rule.date_parts().first()) {
            (QuestionKind::Date { .. }, Some(part)) => {
                ids::date_part(form, &question.id, part.id())
            }
            _ => ids::first_control(form, question),
        }
    }
}

/// How many digits a phone number may have (a Dutch number has 10, with +31 11).
const PHONE_MIN_DIGITS: usize = 8;
const PHONE_MAX_DIGITS: usize = 15;

fn is_phone(text: &str) -> bool {
    let t = text.trim();
    let body = t.strip_prefix('+').unwrap_or(t);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    body.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
        && (PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&digits)
}

/// A Dutch postcode: four digits (not starting with 0) and two letters, a space optional.
fn is_postcode(text: &str) -> bool {
    let chars: Vec<char> = text.trim().chars().filter(|c| *c != ' ').collect();
    chars.len() == 6
        && chars[..4].iter().all(char::is_ascii_digit)
        && chars[0] != '0'
        && chars[4..].iter().all(char::is_ascii_alphabetic)
}

/// Whether a chosen file may be added to a files question that already holds `already`.
/// Checked when the file is chosen, so a wrong file is never kept.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::check_file;
/// use loket::{FileAnswer, FormSpec, Rule};
///
/// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
///     {"id": "foto", "kind": {"type": "files", "accept": ["image/jpeg"], "max_bytes": 1000, "max_files": 2}}
/// ]}]}"#).unwrap();
/// let question = spec.question("foto").unwrap();
/// let file = |name: &str, media_type: &str, size| FileAnswer {
///     name: name.into(),
///     media_type: media_type.into(),
///     size,
///     content_base64: String::new(),
/// };
/// assert_eq!(check_file(question, 0, &file("stoep.jpg", "image/jpeg", 500)), None);
/// assert_eq!(
///     check_file(question, 0, &file("stoep.gif", "image/gif", 500)),
///     Some(Rule::FileType { file: "stoep.gif".into() })
/// );
/// assert_eq!(
///     check_file(question, 2, &file("derde.jpg", "image/jpeg", 500)),
///     Some(Rule::TooMany { max: 2 })
/// );
/// ```
pub fn check_file(question: &Question, already: usize, file: &FileAnswer) -> Option<Rule> {
    let QuestionKind::Files {
        accept,
        max_bytes,
        max_files,
    } = &question.kind
    else {
        return None;
    };
    let name = file.name.clone();
    if already >= *max_files {
        Some(Rule::TooMany { max: *max_files })
    } else if !accept.iter().any(|a| a == &file.media_type) {
        Some(Rule::FileType { file: name })
    } else if file.size == 0 {
        Some(Rule::FileEmpty { file: name })
    } else if file.size > *max_bytes {
        Some(Rule::FileTooLarge { file: name })
    } else {
        None
    }
}

fn check_text(question: &Question, text: &str, format: TextFormat) -> Option<Rule> {
    let count = text.trim().chars().count();
    if count > question.max_chars() {
        return Some(Rule::TooLong {
            max: question.max_chars(),
            count,
        });
    }
    match format {
        TextFormat::Email if !is_email(text) => Some(Rule::Email),
        TextFormat::Phone if !is_phone(text) => Some(Rule::Phone),
        TextFormat::Postcode if !is_postcode(text) => Some(Rule::Postcode),
        _ => None,
    }
}

fn check_given(question: &Question, answers: &Answers, today: CalendarDate) -> Option<Rule> {
    let id = &question.id;
    match &question.kind {
        QuestionKind::Text { format } => check_text(question, answers.text(id), *format),
        QuestionKind::LongText => check_text(question, answers.text(id), TextFormat::Plain),
        QuestionKind::Choice { options } => {
            let given = answers.text(id).trim();
            (!options.iter().any(|o| o == given)).then_some(Rule::UnknownOption)
        }
        QuestionKind::Checkboxes { options } => answers
            .list(id)
            .iter()
            .any(|t| !options.contains(t))
            .then_some(Rule::UnknownOption),
        QuestionKind::Date { rule } => {
            let parts = answers.date(id);
            match CalendarDate::parse(&parts.day, &parts.month, &parts.year) {
                Err(DateProblem::Incomplete(parts)) => Some(Rule::DateIncomplete { parts }),
                Err(DateProblem::Invalid { parts, last_day }) => Some(Rule::DateInvalid {
                    parts,
                    max: last_day,
                }),
                Ok(date) => match rule {
                    DateRule::PastOrToday if date > today => Some(Rule::DateNotPast),
                    DateRule::Future if date <= today => Some(Rule::DateNotFuture),
                    _ => None,
                },
            }
        }
        QuestionKind::Number { min, max } => match parse_number(answers.text(id)) {
            None => Some(Rule::Number),
            Some(n) if min.is_some_and(|m| n < m) => Some(Rule::NumberTooSmall {
                min: min.unwrap_or(0),
            }),
            Some(n) if max.is_some_and(|m| n > m) => Some(Rule::NumberTooLarge {
                max: max.unwrap_or(0),
            }),
            Some(_) => None,
        },
        QuestionKind::Time => parse_time(answers.text(id)).is_none().then_some(Rule::Time),
        QuestionKind::List { max_items } => {
            let items: Vec<String> = answers
                .list(id)
                .into_iter()
                .filter(|i| !i.trim().is_empty())
                .collect();
            if items.len() > *max_items {
                return Some(Rule::TooMany { max: *max_items });
            }
            items
                .iter()
                .find_map(|i| check_text(question, i, TextFormat::Plain))
        }
        QuestionKind::Files { .. } => {
            let files = answers.files(id);
            files
                .iter()
                .enumerate()
                .find_map(|(i, f)| check_file(question, i, f))
        }
    }
}

/// Checks one question against the answers; `None` when it is fine or not shown.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::check_question;
/// use loket::{Answer, Answers, CalendarDate, DateParts, Rule};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let datum = spec.question("datum").unwrap();
/// let mut answers = Answers::new();
/// let tomorrow = DateParts { day: "23".into(), month: "11".into(), year: "2026".into() };
/// answers.set("datum", Answer::Date(tomorrow));
/// let error = check_question(&spec, datum, &answers, today).unwrap();
/// assert_eq!(error.rule, Rule::DateNotPast);
///
/// let today_parts = DateParts { day: "22".into(), month: "11".into(), year: "2026".into() };
/// answers.set("datum", Answer::Date(today_parts));
/// assert_eq!(check_question(&spec, datum, &answers, today), None);
/// ```
pub fn check_question(
    spec: &FormSpec,
    question: &Question,
    answers: &Answers,
    today: CalendarDate,
) -> Option<FieldError> {
    if !answers.question_visible(spec, question) {
        return None;
    }
    // An answer of another shape than the question asks (from an old or edited draft) counts
    // as not given, so it is asked again instead of silently left out of the payload.
    let blank = answers
        .get(&question.id)
        .is_none_or(|a| a.is_blank() || !a.fits(&question.kind));
    let rule = if blank {
        answers
            .question_required(spec, question)
            .then_some(Rule::Required)
    } else {
        check_given(question, answers, today)
    };
    rule.map(|rule| FieldError {
        question: question.id.clone(),
        rule,
    })
}

/// Checks every shown question of a step, in question order.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::check_step;
/// use loket::{Answers, CalendarDate, Rule};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("contactwijze", "telefoon");
/// let errors = check_step(&spec, &spec.steps[4], &answers, today);
/// let found: Vec<(&str, &Rule)> = errors.iter().map(|e| (e.question.as_str(), &e.rule)).collect();
/// assert_eq!(found, [("telefoon", &Rule::Required), ("dagdelen", &Rule::Required)]);
/// ```
pub fn check_step(
    spec: &FormSpec,
    step: &Step,
    answers: &Answers,
    today: CalendarDate,
) -> Vec<FieldError> {
    step.questions
        .iter()
        .filter_map(|q| check_question(spec, q, answers, today))
        .collect()
}

/// The first shown step with a problem, and its problems; `None` when the whole form is fine.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::first_invalid_step;
/// use loket::{Answers, CalendarDate};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// let (index, errors) = first_invalid_step(&spec, &answers, today).unwrap();
/// assert_eq!(index, 1);
/// assert_eq!(errors[0].question, "omschrijving");
/// ```
pub fn first_invalid_step(
    spec: &FormSpec,
    answers: &Answers,
    today: CalendarDate,
) -> Option<(usize, Vec<FieldError>)> {
    answers
        .visible_steps(spec)
        .into_iter()
        .map(|i| (i, check_step(spec, &spec.steps[i], answers, today)))
        .find(|(_, errors)| !errors.is_empty())
}

/// Whether one notice rule applies to the answers.
fn notice_applies(
    spec: &FormSpec,
    question: &Question,
    rule: &crate::core::model::spec::NoticeRule,
    answers: &Answers,
    today: CalendarDate,
    whole_form: bool,
) -> bool {
    let Some(answer) = answers.get(&question.id).filter(|a| !a.is_blank()) else {
        return false;
    };
    let text = answer.text().trim().to_lowercase();
    let date = {
        let p = answers.date(&question.id);
        CalendarDate::parse(&p.day, &p.month, &p.year).ok()
    };
    let days_from_today = date.map(|d| d.days_since_epoch() - today.days_since_epoch());
    let sooner = match &rule.sooner_than_days {
        Some(Bound::Number(n)) => days_from_today.is_some_and(|d| d >= 0 && (d as f64) < *n),
        _ => false,
    };
    let older = rule
        .older_than_days
        .is_some_and(|n| days_from_today.is_some_and(|d| -d > i64::from(n)));
    let one_of = rule.is_one_of.iter().any(|v| v.to_lowercase() == text)
        || answers
            .list(&question.id)
            .iter()
            .any(|i| rule.is_one_of.contains(i));
    let few_words = rule
        .fewer_words_than
        .is_some_and(|n| text.split_whitespace().count() < n);
    let contains = rule
        .contains_any
        .iter()
        .any(|phrase| text.contains(&phrase.to_lowercase()));
    // On the step itself, a blank question of the same step is not yet "left blank": the
    // resident may be about to fill it in. On the check page it is.
    let own_step = spec.step_of(&question.id);
    let others_blank = rule.others_blank.iter().any(|q| {
        (whole_form || spec.step_of(q) != own_step) && answers.get(q).is_none_or(|a| a.is_blank())
    });
    sooner || older || one_of || few_words || contains || others_blank
}

fn notices_of(
    spec: &FormSpec,
    step: &Step,
    answers: &Answers,
    today: CalendarDate,
    whole_form: bool,
) -> Vec<(String, String)> {
    answers
        .visible_questions(spec, step)
        .flat_map(|q| {
            q.notices
                .iter()
                .filter(|rule| notice_applies(spec, q, rule, answers, today, whole_form))
                .map(|rule| (q.id.clone(), rule.id.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The notices that apply while a step is being filled in, as (question id, notice id).
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::notices;
/// use loket::{Answer, Answers, CalendarDate, DateParts};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let mut answers = Answers::new();
/// let long_ago = DateParts { day: "1".into(), month: "6".into(), year: "2024".into() };
/// answers.set("datum", Answer::Date(long_ago));
/// let found = notices(&spec, &spec.steps[1], &answers, today);
/// assert_eq!(found, [("datum".to_string(), "oud".to_string())]);
/// ```
pub fn notices(
    spec: &FormSpec,
    step: &Step,
    answers: &Answers,
    today: CalendarDate,
) -> Vec<(String, String)> {
    notices_of(spec, step, answers, today, false)
}

/// The notices that apply to the finished answers of the whole form (for the check page), so
/// advice that flashed by when "next" was pressed is seen before sending.
///
/// # Examples
///
/// ```
/// use loket::core::rules::validate::notices_for_form;
/// use loket::{Answer, Answers, CalendarDate, DateParts};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let today = CalendarDate::new(2026, 11, 22).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// let long_ago = DateParts { day: "1".into(), month: "6".into(), year: "2024".into() };
/// answers.set("datum", Answer::Date(long_ago));
/// let found = notices_for_form(&spec, &answers, today);
/// assert_eq!(found, [("datum".to_string(), "oud".to_string())]);
/// ```
pub fn notices_for_form(
    spec: &FormSpec,
    answers: &Answers,
    today: CalendarDate,
) -> Vec<(String, String)> {
    answers
        .visible_steps(spec)
        .into_iter()
        .flat_map(|i| notices_of(spec, &spec.steps[i], answers, today, true))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::{Answer, DateParts};

    fn date_error(day: &str, month: &str, year: &str) -> Option<FieldError> {
        let spec = FormSpec::from_json(
            r#"{"id": "f", "version": 1, "steps": [{"id": "s", "questions": [
                {"id": "geboren", "kind": {"type": "date", "rule": "past_or_today"}}
            ]}]}"#,
        )
        .unwrap();
        let mut answers = Answers::new();
        let parts = DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        };
        answers.set("geboren", Answer::Date(parts));
        let today = CalendarDate::new(2026, 11, 22).unwrap();
        check_question(&spec, spec.question("geboren").unwrap(), &answers, today)
    }

    #[test]
    fn a_date_error_names_the_part_to_put_right() {
        use DatePart::{Day, Month, Year};
        let rule = |d, m, y| date_error(d, m, y).map(|e| e.rule);
        assert_eq!(
            rule("12", "", "1980"),
            Some(Rule::DateIncomplete { parts: vec![Month] })
        );
        assert_eq!(
            rule("12", "", ""),
            Some(Rule::DateIncomplete {
                parts: vec![Month, Year]
            })
        );
        assert_eq!(
            rule("31", "4", "1980"),
            Some(Rule::DateInvalid {
                parts: vec![Day],
                max: Some(30)
            })
        );
        assert_eq!(
            rule("29", "2", "1981"),
            Some(Rule::DateInvalid {
                parts: vec![Day],
                max: Some(28)
            })
        );
        assert_eq!(
            rule("1", "13", "1980"),
            Some(Rule::DateInvalid {
                parts: vec![Month],
                max: None
            })
        );
        assert_eq!(
            rule("1", "3", "80"),
            Some(Rule::DateInvalid {
                parts: vec![Year],
                max: None
            })
        );
        // The whole date: nothing given, or a day that breaks the question's rule.
        assert_eq!(rule("", "", ""), Some(Rule::Required));
        assert_eq!(rule("23", "11", "2026"), Some(Rule::DateNotPast));
        assert_eq!(rule("22", "11", "2026"), None);
    }

    #[test]
    fn only_the_named_part_is_marked_and_linked() {
        let spec = FormSpec::from_json(
            r#"{"id": "f", "version": 1, "steps": [{"id": "s", "questions": [
                {"id": "geboren", "kind": {"type": "date"}}
            ]}]}"#,
        )
        .unwrap();
        let question = spec.question("geboren").unwrap();
        let missing_month = date_error("12", "", "1980").unwrap();
        assert!(missing_month.marks(DatePart::Month));
        assert!(!missing_month.marks(DatePart::Day) && !missing_month.marks(DatePart::Year));
        assert_eq!(missing_month.target("f", question), "f-geboren-month");
        let wrong_year = date_error("1", "3", "80").unwrap();
        assert_eq!(wrong_year.target("f", question), "f-geboren-year");
        let future = date_error("23", "11", "2026").unwrap();
        assert!(DatePart::ALL.iter().all(|p| future.marks(*p)));
        assert_eq!(future.target("f", question), "f-geboren-day");
    }

    #[test]
    fn a_date_rule_names_its_parts_on_the_wire_and_reads_back() {
        let rule = Rule::DateInvalid {
            parts: vec![DatePart::Day],
            max: Some(30),
        };
        let json = serde_json::to_string(&rule).unwrap();
        assert_eq!(json, r#"{"rule":"date-invalid","parts":["day"],"max":30}"#);
        assert_eq!(serde_json::from_str::<Rule>(&json).unwrap(), rule);
        // A refusal without parts (an older service) still reads: the whole date.
        let whole: Rule = serde_json::from_str(r#"{"rule":"date-incomplete"}"#).unwrap();
        assert_eq!(whole, Rule::DateIncomplete { parts: vec![] });
        assert!(whole.date_parts().is_empty());
        assert_eq!(
            Rule::from_parts("date-invalid", Some(30), None, None, None, &["day".into()]),
            Some(rule)
        );
    }

    #[test]
    fn phone_numbers_in_common_dutch_shapes_pass() {
        for ok in [
            "06 12345678",
            "+31 6 12345678",
            "053-4811111",
            "(053) 481 11 11",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "12",
            "06 1234 abcd",
            "++31612345678",
            "0612345678901234567",
            "<b>0612345678</b>",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn dutch_postcodes_with_or_without_space() {
        for ok in ["7511 JN", "7511jn", " 1234 AB "] {
            assert!(is_postcode(ok), "{ok}");
        }
        for bad in [
            "0511 JN",
            "751 JN",
            "7511 J1",
            "75114JN",
            "ABCD EF",
            "7511 JNX",
            "7511\u{0}JN",
            "é511 JN",
        ] {
            assert!(!is_postcode(bad), "{bad}");
        }
    }
}
