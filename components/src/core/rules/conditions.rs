//! Evaluates conditions on answers: which steps and questions exist, what is required, and
//! what the form turns out to be.

use crate::core::model::answers::{Answer, Answers};
use crate::core::model::decimal::read_decimal;
use crate::core::model::spec::{Bound, Condition, FormSpec, Outcome, QuestionKind};

/// Times before 06:00 count as after midnight, so an event until 01:00 ends later than 23:00.
const DAY_STARTS_AT: u32 = 6 * 60;

/// Minutes since midnight of a typed time (`14:30`, `14.30`, `14,30`, `9`), or `None`.
///
/// # Examples
///
/// ```
/// use loket::core::rules::conditions::parse_time;
///
/// assert_eq!(parse_time("14:30"), Some(14 * 60 + 30));
/// assert_eq!(parse_time("9.05"), Some(9 * 60 + 5));
/// assert_eq!(parse_time("25:00"), None);
/// ```
pub fn parse_time(text: &str) -> Option<u32> {
    let t = text.trim();
    let (h, m) = match t.find([':', '.', ',']) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, "00"),
    };
    let digits = |s: &str, max_len| {
        !s.is_empty() && s.len() <= max_len && s.chars().all(|c| c.is_ascii_digit())
    };
    if !digits(h, 2) || !digits(m, 2) || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A time for comparisons: times before 06:00 belong to the night after the day.
fn comparable_time(minutes: u32) -> f64 {
    f64::from(if minutes < DAY_STARTS_AT {
        minutes + 24 * 60
    } else {
        minutes
    })
}

/// A typed whole number ("1.000", "250", "1 000"), or `None`. A separator is only accepted
/// between groups of three digits, so "1,5" or "2.5" is not read as 15 or 25.
///
/// # Examples
///
/// ```
/// use loket::core::rules::conditions::parse_number;
///
/// assert_eq!(parse_number("1.000"), Some(1000));
/// assert_eq!(parse_number("1 500"), Some(1500));
/// assert_eq!(parse_number("2,5"), None);
/// assert_eq!(parse_number("honderd"), None);
/// ```
pub fn parse_number(text: &str) -> Option<i64> {
    let groups: Vec<&str> = text.trim().split([' ', '.', ',', '_']).collect();
    let grouped_well = groups
        .iter()
        .skip(1)
        .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    if !grouped_well {
        return None;
    }
    let cleaned: String = groups.concat();
    if cleaned.is_empty() || cleaned.len() > 15 {
        return None;
    }
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, cleaned.as_str()),
    };
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse::<i64>().ok().map(|n| sign * n))
        .flatten()
}

/// The value of a limit, compared as the answer of `kind` would be.
fn bound_value(bound: &Bound, kind: &QuestionKind) -> Option<f64> {
    match (bound, kind) {
        (Bound::Text(t), QuestionKind::Time) => parse_time(t).map(comparable_time),
        (Bound::Text(t), _) => read_decimal(t.trim()),
        (Bound::Number(n), QuestionKind::Time) => Some(comparable_time((*n * 60.0) as u32)),
        (Bound::Number(n), _) => Some(*n),
        (Bound::Profile { .. }, _) => None,
    }
}

/// The answer of a number or time question as a comparable number.
fn answer_value(kind: &QuestionKind, answer: &str) -> Option<f64> {
    match kind {
        QuestionKind::Time => parse_time(answer).map(comparable_time),
        _ => parse_number(answer).map(|n| n as f64),
    }
}

/// Whether a condition holds for these answers. Unknown questions, unfilled limits and answers
/// to questions that are not shown never hold.
///
/// # Examples
///
/// ```
/// use loket::{Answers, Condition};
/// use loket::core::rules::conditions::holds;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let by_phone = Condition::is_one_of("contactwijze", &["telefoon"]);
/// let mut answers = Answers::new();
/// assert!(!holds(&spec, &answers, &by_phone));
/// answers.set_text("contactwijze", "telefoon");
/// assert!(holds(&spec, &answers, &by_phone));
/// ```
pub fn holds(spec: &FormSpec, answers: &Answers, condition: &Condition) -> bool {
    holds_within(spec, answers, condition, 0)
}

fn holds_within(spec: &FormSpec, answers: &Answers, c: &Condition, depth: usize) -> bool {
    // A named condition that refers to itself must not loop forever.
    if depth > 16 {
        return false;
    }
    if let Some(name) = &c.reference {
        return spec
            .conditions
            .get(name)
            .is_some_and(|named| holds_within(spec, answers, named, depth + 1));
    }
    if let Some(list) = &c.any_of {
        return list
            .iter()
            .any(|c| holds_within(spec, answers, c, depth + 1));
    }
    if let Some(list) = &c.all_of {
        return list
            .iter()
            .all(|c| holds_within(spec, answers, c, depth + 1));
    }
    if let Some(inner) = &c.not {
        return !holds_within(spec, answers, inner, depth + 1);
    }
    let Some(question) = c.question.as_deref().and_then(|q| spec.question(q)) else {
        return false;
    };
    // An answer to a question that is not shown (its branch was left) does not count.
    let shown = |when: &Option<Condition>| {
        when.as_ref()
            .is_none_or(|w| holds_within(spec, answers, w, depth + 1))
    };
    let step = spec.step_of(&question.id).map(|i| &spec.steps[i]);
    if !shown(&question.visible_when) || !step.is_some_and(|s| shown(&s.visible_when)) {
        return false;
    }
    let answer = answers.get(&question.id);
    if let Some(values) = &c.is_one_of {
        return match answer {
            Some(Answer::Text(t)) => values.iter().any(|v| v == t.trim()),
            Some(Answer::List(items)) => items.iter().any(|i| values.contains(i)),
            _ => false,
        };
    }
    let given = answer
        .map(Answer::text)
        .and_then(|t| answer_value(&question.kind, t));
    let limit = |b: &Option<Bound>| b.as_ref().and_then(|b| bound_value(b, &question.kind));
    match (given, limit(&c.at_most), limit(&c.more_than)) {
        (Some(v), Some(max), _) => v <= max,
        (Some(v), None, Some(min)) => v > min,
        _ => false,
    }
}

/// The outcome whose condition holds first, if any.
///
/// # Examples
///
/// ```
/// use loket::{Answers, FormSpec};
/// use loket::core::rules::conditions::outcome;
///
/// let spec = FormSpec::from_json(r#"{"id": "f", "version": 1,
///     "outcomes": [
///         {"id": "melding", "when": {"question": "bezoekers", "at_most": 250}},
///         {"id": "vergunning", "when": {"question": "bezoekers", "more_than": 250}}
///     ],
///     "steps": [{"id": "a", "questions": [{"id": "bezoekers", "kind": {"type": "number"}}]}]
/// }"#).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("bezoekers", "1.000");
/// assert_eq!(outcome(&spec, &answers).unwrap().id, "vergunning");
/// ```
pub fn outcome<'a>(spec: &'a FormSpec, answers: &Answers) -> Option<&'a Outcome> {
    spec.outcomes.iter().find(|o| holds(spec, answers, &o.when))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_in_the_usual_dutch_and_english_ways() {
        assert_eq!(parse_time("14:30"), Some(870));
        assert_eq!(parse_time(" 9.05 "), Some(545));
        assert_eq!(parse_time("14,30"), Some(870));
        assert_eq!(parse_time("23"), Some(1380));
        for bad in [
            "24:00", "12:60", "12:5", "twaalf", "", "1:2:3", "-1:00", "123:00",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_accept_thousand_separators_and_refuse_words() {
        assert_eq!(parse_number("1.000"), Some(1000));
        assert_eq!(parse_number(" 250 "), Some(250));
        assert_eq!(parse_number("1 500"), Some(1500));
        assert_eq!(parse_number("-3"), Some(-3));
        for bad in [
            "",
            "honderd",
            "12a",
            "-",
            "99999999999999999999",
            "1,5",
            "2.5",
            "1.00",
            "1..000",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_time_after_midnight_is_later_than_the_evening() {
        assert!(
            comparable_time(parse_time("01:00").unwrap())
                > comparable_time(parse_time("23:00").unwrap())
        );
        assert!(
            comparable_time(parse_time("07:00").unwrap())
                < comparable_time(parse_time("23:00").unwrap())
        );
    }
}
