//! Answers as a person reads them, for places that show a received payload.

use crate::core::exchange::payload::Value;
use crate::core::model::spec::{FormSpec, Question, QuestionKind};
use crate::core::rules::dates::CalendarDate;
use crate::core::texts::i18n::{Catalog, Locale};
use crate::core::texts::messages::{date_in_words, option};

/// An answer as a person reads it, as the check-answers page shows it: an option by its
/// label, ticked options and list entries joined, a date in words, files by their names, and
/// "Niet ingevuld" for nothing. For places that show a received payload (the desk, an e-mail
/// to the department).
///
/// # Examples
///
/// ```
/// use loket::core::exchange::in_words::answer_in_words;
/// use loket::core::exchange::payload::Value;
/// use loket::{Catalog, Locale};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut catalog = Catalog::new();
/// catalog.add("nl", "loket.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"))).unwrap();
/// catalog.add("nl", "klacht.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"))).unwrap();
/// let nl = Locale::new("nl");
/// let datum = spec.question("datum").unwrap();
/// let words = answer_in_words(&catalog, &nl, &spec, datum, Some(&Value::Text("2026-11-30".into())));
/// assert_eq!(words, "maandag 30 november 2026");
/// let soort = spec.question("soort").unwrap();
/// let words = answer_in_words(&catalog, &nl, &spec, soort, Some(&Value::Text("behandeling".into())));
/// assert_eq!(words, catalog.text(&nl, "klacht-soort-option-behandeling"));
/// ```
pub fn answer_in_words(
    catalog: &Catalog,
    locale: &Locale,
    spec: &FormSpec,
    question: &Question,
    value: Option<&Value>,
) -> String {
    let option_text = |o: &str| catalog.text(locale, &option(&spec.id, &question.id, o));
    match (&question.kind, value) {
        (_, None) => catalog.text(locale, "loket-check-not-provided"),
        (QuestionKind::Choice { .. }, Some(Value::Text(t))) => option_text(t),
        (QuestionKind::Date { .. }, Some(Value::Text(t))) => {
            let parts: Vec<&str> = t.split('-').collect();
            match parts.as_slice() {
                [y, m, d] => CalendarDate::parse(d, m, y)
                    .map(|date| date_in_words(catalog, locale, date))
                    .unwrap_or_else(|_| t.clone()),
                _ => t.clone(),
            }
        }
        (QuestionKind::Checkboxes { .. }, Some(Value::List(items))) => items
            .iter()
            .map(|i| option_text(i))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Some(Value::Text(t))) => t.clone(),
        (_, Some(Value::List(items))) => items.join(", "),
        (_, Some(Value::Files(files))) => files
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
    }
}
