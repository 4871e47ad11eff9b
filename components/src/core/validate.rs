//! Rules → errors. Every error names its question and the rule it broke; the text for it is
//! chosen in [`crate::core::messages`], so it can name the field and say how to fix it.

use validator::ValidateEmail;

use super::answers::Answers;
use super::dates::{CalendarDate, DateProblem};
use super::spec::{DateRule, FormSpec, Question, QuestionKind, Step, TextFormat};

/// A rule an answer broke.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// A date with a part missing.
    DateIncomplete,
    /// A date that does not exist.
    DateInvalid,
    /// A date after today where today or earlier is asked.
    DateNotPast,
    /// A date of today or earlier where a future date is asked.
    DateNotFuture,
    /// A choice that is not one of the options.
    UnknownOption,
}

impl Rule {
    /// The rule's name in message keys (`loket-error-<name>`, `<form>-<question>-error-<name>`).
    pub fn key_name(&self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TooLong { .. } => "too-long",
            Rule::Email => "email",
            Rule::Phone => "phone",
            Rule::DateIncomplete => "date-incomplete",
            Rule::DateInvalid => "date-invalid",
            Rule::DateNotPast => "date-not-past",
            Rule::DateNotFuture => "date-not-future",
            Rule::UnknownOption => "unknown-option",
        }
    }
}

/// One problem with one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The question's id.
    pub question: String,
    /// The rule that was broken.
    pub rule: Rule,
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

fn is_email(text: &str) -> bool {
    let t = text.trim();
    t.len() <= 254 && t.contains('.') && t.validate_email()
}

/// Checks one question against the answers; `None` when it is fine or not shown.
pub fn check_question(
    question: &Question,
    answers: &Answers,
    today: CalendarDate,
) -> Option<FieldError> {
    if !answers.question_visible(question) {
        return None;
    }
    let fail = |rule| {
        Some(FieldError {
            question: question.id.clone(),
            rule,
        })
    };
    let blank = answers.get(&question.id).is_none_or(|a| a.is_blank());
    if blank {
        return if answers.question_required(question) {
            fail(Rule::Required)
        } else {
            None
        };
    }
    match &question.kind {
        QuestionKind::Text { format } => {
            let text = answers.text(&question.id);
            let count = text.trim().chars().count();
            if count > question.max_chars() {
                return fail(Rule::TooLong {
                    max: question.max_chars(),
                    count,
                });
            }
            match format {
                TextFormat::Email if !is_email(text) => fail(Rule::Email),
                TextFormat::Phone if !is_phone(text) => fail(Rule::Phone),
                _ => None,
            }
        }
        QuestionKind::LongText => {
            let count = answers.text(&question.id).trim().chars().count();
            (count > question.max_chars()).then(|| FieldError {
                question: question.id.clone(),
                rule: Rule::TooLong {
                    max: question.max_chars(),
                    count,
                },
            })
        }
        QuestionKind::Choice { options } => {
            let given = answers.text(&question.id).trim();
            if options.iter().any(|o| o == given) {
                None
            } else {
                fail(Rule::UnknownOption)
            }
        }
        QuestionKind::Date { rule, .. } => {
            let parts = answers.date(&question.id);
            match CalendarDate::parse(&parts.day, &parts.month, &parts.year) {
                Err(DateProblem::Incomplete) => fail(Rule::DateIncomplete),
                Err(DateProblem::Invalid) => fail(Rule::DateInvalid),
                Ok(date) => match rule {
                    DateRule::PastOrToday if date > today => fail(Rule::DateNotPast),
                    DateRule::Future if date <= today => fail(Rule::DateNotFuture),
                    _ => None,
                },
            }
        }
    }
}

/// Checks every shown question of a step, in question order.
pub fn check_step(step: &Step, answers: &Answers, today: CalendarDate) -> Vec<FieldError> {
    step.questions
        .iter()
        .filter_map(|q| check_question(q, answers, today))
        .collect()
}

/// The first shown step with a problem, and its problems; `None` when the whole form is fine.
pub fn first_invalid_step(
    spec: &FormSpec,
    answers: &Answers,
    today: CalendarDate,
) -> Option<(usize, Vec<FieldError>)> {
    answers
        .visible_steps(spec)
        .into_iter()
        .map(|i| (i, check_step(&spec.steps[i], answers, today)))
        .find(|(_, errors)| !errors.is_empty())
}

/// Questions of a step whose answer deserves a friendly notice (advice, never a block).
pub fn notices(step: &Step, answers: &Answers, today: CalendarDate) -> Vec<String> {
    answers
        .visible_questions(step)
        .filter(|q| {
            let QuestionKind::Date {
                notice_older_than_days: Some(days),
                ..
            } = q.kind
            else {
                return false;
            };
            let parts = answers.date(&q.id);
            CalendarDate::parse(&parts.day, &parts.month, &parts.year).is_ok_and(|d| {
                d <= today && today.days_since_epoch() - d.days_since_epoch() > i64::from(days)
            })
        })
        .map(|q| q.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn email_addresses_need_a_domain_with_a_dot() {
        assert!(is_email("naam@voorbeeld.nl"));
        assert!(is_email(" naam@voorbeeld.nl "));
        for bad in [
            "naam",
            "naam@",
            "naam@voorbeeld",
            "@voorbeeld.nl",
            "na am@voorbeeld.nl",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
