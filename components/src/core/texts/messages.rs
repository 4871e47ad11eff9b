//! Text keys by convention, and the texts built from them (error messages, dates in words).
//!
//! A form `f` with step `s`, question `q` and option `o` uses:
//! `f-title`, `f-summary`, `f-step-s-title`, `f-q-label`, `f-q-name`, `f-q-why`, optional
//! `f-q-hint`, `f-q-option-o` (optional `f-q-option-o-hint`), optional `f-q-error-<rule>`,
//! `f-q-notice` for questions that can show a notice, `f-exit-<id>-title` and `-body`,
//! `f-deadline-<id>`, `f-done-title`.

use crate::core::model::answers::Answers;
use crate::core::model::spec::{FormSpec, Question, QuestionKind};
use crate::core::rules::dates::{CalendarDate, DatePart};
use crate::core::rules::validate::{FieldError, Rule};
use crate::core::texts::i18n::{Arg, Catalog, Locale};

/// `f-title`: the form's name, as on the start page and in the page title.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::form_title("klacht"), "klacht-title");
/// ```
pub fn form_title(form: &str) -> String {
    format!("{form}-title")
}

/// `f-summary`: one line on the start page saying what the form is for.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::form_summary("klacht"), "klacht-summary");
/// ```
pub fn form_summary(form: &str) -> String {
    format!("{form}-summary")
}

/// `f-step-s-title`: the step's title.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::step_title("klacht", "wens"), "klacht-step-wens-title");
/// ```
pub fn step_title(form: &str, step: &str) -> String {
    format!("{form}-step-{step}-title")
}

/// `f-q-label`: the question as asked.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::label("klacht", "email"), "klacht-email-label");
/// ```
pub fn label(form: &str, question: &str) -> String {
    format!("{form}-{question}-label")
}

/// `f-q-name`: a short name of the answer for error messages ("uw e-mailadres").
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::name("klacht", "email"), "klacht-email-name");
/// ```
pub fn name(form: &str, question: &str) -> String {
    format!("{form}-{question}-name")
}

/// `f-q-hint`: optional help under the label.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::hint("klacht", "email"), "klacht-email-hint");
/// ```
pub fn hint(form: &str, question: &str) -> String {
    format!("{form}-{question}-hint")
}

/// `f-q-why`: why we ask this (Handvest Open Enschede #3). Every question has one.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::why("klacht", "email"), "klacht-email-why");
/// ```
pub fn why(form: &str, question: &str) -> String {
    format!("{form}-{question}-why")
}

/// `f-q-notice-n`: a friendly notice that does not block.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::notice("klacht", "datum", "oud"), "klacht-datum-notice-oud");
/// ```
pub fn notice(form: &str, question: &str, notice: &str) -> String {
    format!("{form}-{question}-notice-{notice}")
}

/// `f-q-item`: the label of one entry of a list question, with `$number`.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::list_item("evenement", "straten"), "evenement-straten-item");
/// ```
pub fn list_item(form: &str, question: &str) -> String {
    format!("{form}-{question}-item")
}

/// `f-q-add`: the button that adds an entry to a list question.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::list_add("evenement", "straten"), "evenement-straten-add");
/// ```
pub fn list_add(form: &str, question: &str) -> String {
    format!("{form}-{question}-add")
}

/// `f-step-s-intro`: optional text under a step's heading.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::step_intro("klacht", "wens"), "klacht-step-wens-intro");
/// ```
pub fn step_intro(form: &str, step: &str) -> String {
    format!("{form}-step-{step}-intro")
}

/// `f-done-title` or, for an outcome, `f-done-<outcome>-title`.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::done_title_for;
///
/// assert_eq!(done_title_for("evenement", Some("melding")), "evenement-done-melding-title");
/// assert_eq!(done_title_for("klacht", None), "klacht-done-title");
/// ```
pub fn done_title_for(form: &str, outcome: Option<&str>) -> String {
    match outcome {
        Some(o) => format!("{form}-done-{o}-title"),
        None => done_title(form),
    }
}

/// `f-done-body` or `f-done-<outcome>-body`: optional text on the confirmation.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::done_body_for;
///
/// assert_eq!(done_body_for("evenement", Some("melding")), "evenement-done-melding-body");
/// assert_eq!(done_body_for("klacht", None), "klacht-done-body");
/// ```
pub fn done_body_for(form: &str, outcome: Option<&str>) -> String {
    match outcome {
        Some(o) => format!("{form}-done-{o}-body"),
        None => format!("{form}-done-body"),
    }
}

/// `f-q-option-o`: an option's label.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::option("klacht", "soort", "besluit"), "klacht-soort-option-besluit");
/// ```
pub fn option(form: &str, question: &str, option: &str) -> String {
    format!("{form}-{question}-option-{option}")
}

/// `f-q-option-o-hint`: optional help under an option.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::option_hint;
///
/// assert_eq!(option_hint("klacht", "soort", "besluit"), "klacht-soort-option-besluit-hint");
/// ```
pub fn option_hint(form: &str, question: &str, option: &str) -> String {
    format!("{form}-{question}-option-{option}-hint")
}

/// `f-exit-e-title`: the title of an exit page.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::exit_title("klacht", "bezwaar"), "klacht-exit-bezwaar-title");
/// ```
pub fn exit_title(form: &str, exit: &str) -> String {
    format!("{form}-exit-{exit}-title")
}

/// `f-exit-e-body`: the body of an exit page.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::exit_body("klacht", "bezwaar"), "klacht-exit-bezwaar-body");
/// ```
pub fn exit_body(form: &str, exit: &str) -> String {
    format!("{form}-exit-{exit}-body")
}

/// `f-deadline-d`: one promise on the confirmation page, with `$date` in words.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::deadline("klacht", "contact"), "klacht-deadline-contact");
/// ```
pub fn deadline(form: &str, id: &str) -> String {
    format!("{form}-deadline-{id}")
}

/// The option chosen at every shown choice question, as Fluent arguments named after the
/// question (`$contactwijze` = `telefoon`), so a text can say what follows from a choice with
/// a select expression: `{ $contactwijze -> [telefoon] … *[other] … }`.
///
/// The confirmation and the acknowledgement e-mail give these to every deadline text
/// (`f-deadline-<id>`), with `$date` after them, so a question named `date` never hides the
/// date. A choice that is not answered, not shown, or not one of its options gives no
/// argument: the text then shows its default variant.
///
/// # Examples
///
/// ```
/// use loket::core::texts::i18n::Arg;
/// use loket::core::texts::messages::choice_args;
/// use loket::{Answers, Catalog, Locale};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// answers.set_text("contactwijze", "balie");
/// answers.set_text("omschrijving", "Niemand belde terug.");
/// let args = choice_args(&spec, &answers);
/// assert_eq!(
///     args,
///     [
///         ("soort".to_string(), Arg::Text("behandeling".into())),
///         ("contactwijze".to_string(), Arg::Text("balie".into())),
///     ]
/// );
///
/// let mut catalog = Catalog::new();
/// let texts = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// catalog.add("nl", "klacht.ftl", texts).unwrap();
/// let mut with_date: Vec<(&str, Arg)> = args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
/// with_date.push(("date", "maandag 30 november 2026".into()));
/// let text = catalog.format(&Locale::new("nl"), "klacht-deadline-contact", &with_date);
/// assert!(text.starts_with("Uiterlijk maandag 30 november 2026 maakt een klachtbehandelaar een afspraak"));
/// ```
pub fn choice_args(spec: &FormSpec, answers: &Answers) -> Vec<(String, Arg)> {
    answers
        .visible_steps(spec)
        .into_iter()
        .flat_map(|index| answers.visible_questions(spec, &spec.steps[index]))
        .filter_map(|q| match &q.kind {
            QuestionKind::Choice { options } => {
                let chosen = answers.text(&q.id);
                options
                    .iter()
                    .any(|o| o == chosen)
                    .then(|| (q.id.clone(), Arg::from(chosen)))
            }
            _ => None,
        })
        .collect()
}

/// `f-done-title`: the confirmation heading.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::done_title("klacht"), "klacht-done-title");
/// ```
pub fn done_title(form: &str) -> String {
    format!("{form}-done-title")
}

/// Every key a form needs in every locale, for the completeness tests and the linter.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::required_keys;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let keys = required_keys(&spec);
/// assert!(keys.contains(&"klacht-soort-option-besluit".to_string()));
/// assert!(keys.contains(&"klacht-exit-bezwaar-body".to_string()));
/// assert!(keys.contains(&"klacht-data-how-long".to_string()));
/// ```
pub fn required_keys(spec: &FormSpec) -> Vec<String> {
    let f = spec.id.as_str();
    let mut keys = vec![form_title(f), form_summary(f), done_title(f)];
    for step in &spec.steps {
        keys.push(step_title(f, &step.id));
        for q in &step.questions {
            keys.extend([label(f, &q.id), name(f, &q.id), why(f, &q.id)]);
            keys.extend(q.notices.iter().map(|n| notice(f, &q.id, &n.id)));
            match &q.kind {
                QuestionKind::Choice { options } | QuestionKind::Checkboxes { options } => {
                    keys.extend(options.iter().map(|o| option(f, &q.id, o)))
                }
                QuestionKind::List { .. } => {
                    keys.extend([list_item(f, &q.id), list_add(f, &q.id)]);
                }
                _ => {}
            }
        }
    }
    for exit in &spec.exits {
        keys.extend([exit_title(f, &exit.id), exit_body(f, &exit.id)]);
    }
    keys.extend(spec.deadlines.iter().map(|d| deadline(f, &d.id)));
    keys.extend(spec.outcomes.iter().map(|o| done_title_for(f, Some(&o.id))));
    keys.extend(DATA_USE.iter().map(|part| data_use(f, part)));
    keys
}

/// The parts of "what we do with your data" every form explains: what is kept, why, who
/// sees it and for how long.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::{data_use, DATA_USE};
///
/// let keys: Vec<String> = DATA_USE.iter().map(|part| data_use("klacht", part)).collect();
/// assert_eq!(keys[0], "klacht-data-what");
/// assert_eq!(keys.len(), 4);
/// ```
pub const DATA_USE: [&str; 4] = ["what", "why", "who", "how-long"];

/// `<form>-data-<part>`: one part of what the form does with the resident's data.
///
/// # Examples
///
/// ```
/// assert_eq!(loket::core::texts::messages::data_use("klacht", "why"), "klacht-data-why");
/// ```
pub fn data_use(form: &str, part: &str) -> String {
    format!("{form}-data-{part}")
}

fn kind_name(question: &Question) -> &'static str {
    match question.kind {
        QuestionKind::Choice { .. } | QuestionKind::Checkboxes { .. } => "choice",
        QuestionKind::Date { .. } => "date",
        QuestionKind::Files { .. } => "files",
        QuestionKind::List { .. } => "list",
        _ => "text",
    }
}

/// Short names of accepted media types for people ("JPG, PNG, PDF").
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::file_types;
///
/// let accept = ["image/jpeg".to_string(), "application/pdf".into(), "image/webp".into()];
/// assert_eq!(file_types(&accept), "JPG, PDF, WEBP");
/// ```
pub fn file_types(accept: &[String]) -> String {
    accept
        .iter()
        .map(|t| match t.as_str() {
            "image/jpeg" => "JPG".to_string(),
            "image/png" => "PNG".to_string(),
            "application/pdf" => "PDF".to_string(),
            "image/heic" => "HEIC".to_string(),
            other => other
                .rsplit('/')
                .next()
                .unwrap_or(other)
                .to_ascii_uppercase(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Megabytes, rounded to one decimal, for sizes shown to people.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::megabytes;
///
/// assert_eq!(megabytes(10_000_000), 10.0);
/// assert_eq!(megabytes(2_560_000), 2.6);
/// ```
pub fn megabytes(bytes: u64) -> f64 {
    (bytes as f64 / 100_000.0).round() / 10.0
}

/// The key used for an error: the question's own `f-q-error-<rule>` when the form has one,
/// else the kit's `loket-error-<rule>` (for `required`: `loket-error-required-<kind>`).
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::error_key;
/// use loket::Rule;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut catalog = loket::Catalog::new();
/// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// let form = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// catalog.add("nl", "loket.ftl", kit).unwrap();
/// catalog.add("nl", "klacht.ftl", form).unwrap();
/// let nl = loket::Locale::new("nl");
/// let omschrijving = spec.question("omschrijving").unwrap();
/// assert_eq!(
///     error_key(&catalog, &nl, "klacht", omschrijving, &Rule::Required),
///     "klacht-omschrijving-error-required"
/// );
/// let email = spec.question("email").unwrap();
/// assert_eq!(error_key(&catalog, &nl, "klacht", email, &Rule::Email), "loket-error-email");
/// ```
pub fn error_key(
    catalog: &Catalog,
    locale: &Locale,
    form: &str,
    question: &Question,
    rule: &Rule,
) -> String {
    let own = format!("{form}-{}-error-{}", question.id, rule.key_name());
    if catalog.has(locale, &own) {
        return own;
    }
    match rule {
        Rule::Required => format!("loket-error-required-{}", kind_name(question)),
        _ => format!("loket-error-{}", rule.key_name()),
    }
}

/// The text of an error: names the field (`$name`) and says how to fix it. A date's error
/// also gets `$parts`, the parts it names joined by `-` (`month`, `day-year`; empty for the
/// whole date), so its message can select the part to name, and `$max`, the last day of the
/// month when the day is wrong.
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::error_text;
/// use loket::{FieldError, Rule};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut catalog = loket::Catalog::new();
/// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// let form = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// catalog.add("nl", "loket.ftl", kit).unwrap();
/// catalog.add("nl", "klacht.ftl", form).unwrap();
/// let nl = loket::Locale::new("nl");
/// let error = FieldError { question: "email".into(), rule: Rule::Email };
/// assert_eq!(
///     error_text(&catalog, &nl, &spec, &error),
///     "Vul uw e-mailadres in zoals naam@voorbeeld.nl."
/// );
/// ```
pub fn error_text(
    catalog: &Catalog,
    locale: &Locale,
    spec: &FormSpec,
    error: &FieldError,
) -> String {
    let Some(question) = spec.question(&error.question) else {
        return String::new();
    };
    let key = error_key(catalog, locale, &spec.id, question, &error.rule);
    let mut args: Vec<(&str, Arg)> = vec![(
        "name",
        catalog.text(locale, &name(&spec.id, &question.id)).into(),
    )];
    match &error.rule {
        Rule::TooLong { max, count } => {
            args.push(("max", (*max).into()));
            args.push(("count", (*count).into()));
        }
        Rule::NumberTooSmall { min } => args.push(("min", Arg::Number(*min as f64))),
        Rule::NumberTooLarge { max } => args.push(("max", Arg::Number(*max as f64))),
        Rule::TooMany { max } => args.push(("max", (*max).into())),
        Rule::DateIncomplete { parts } => args.push(("parts", DatePart::joined(parts).into())),
        Rule::DateInvalid { parts, max } => {
            args.push(("parts", DatePart::joined(parts).into()));
            // A refusal that names the day without the month's length: no month is longer.
            args.push(("max", max.unwrap_or(31).into()));
        }
        Rule::FileType { file } | Rule::FileTooLarge { file } | Rule::FileEmpty { file } => {
            args.push(("file", file.clone().into()))
        }
        _ => {}
    }
    if let QuestionKind::Files {
        accept, max_bytes, ..
    } = &question.kind
    {
        args.push(("types", file_types(accept).into()));
        args.push(("size", Arg::Number(megabytes(*max_bytes))));
    }
    catalog.format(locale, &key, &args)
}

/// Day, month in words and year of a date, the arguments of every date text.
fn date_args(catalog: &Catalog, locale: &Locale, date: CalendarDate) -> Vec<(&'static str, Arg)> {
    vec![
        ("day", date.day.into()),
        (
            "month",
            catalog
                .text(locale, &format!("loket-month-{}", date.month))
                .into(),
        ),
        ("year", date.year.to_string().into()),
    ]
}

/// A date in words in the locale: "maandag 30 november 2026".
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::date_in_words;
/// use loket::CalendarDate;
///
/// let mut catalog = loket::Catalog::new();
/// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// let form = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// catalog.add("nl", "loket.ftl", kit).unwrap();
/// catalog.add("nl", "klacht.ftl", form).unwrap();
/// let nl = loket::Locale::new("nl");
/// let date = CalendarDate::new(2026, 11, 30).unwrap();
/// assert_eq!(date_in_words(&catalog, &nl, date), "maandag 30 november 2026");
/// ```
pub fn date_in_words(catalog: &Catalog, locale: &Locale, date: CalendarDate) -> String {
    let weekday = catalog.text(locale, &format!("loket-weekday-{}", date.weekday()));
    let mut args = date_args(catalog, locale, date);
    args.push(("weekday", weekday.into()));
    catalog.format(locale, "loket-date-long", &args)
}

/// A date in words without the weekday: "30 november 2026".
///
/// # Examples
///
/// ```
/// use loket::core::texts::messages::short_date_in_words;
/// use loket::CalendarDate;
///
/// let mut catalog = loket::Catalog::new();
/// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// let form = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// catalog.add("nl", "loket.ftl", kit).unwrap();
/// catalog.add("nl", "klacht.ftl", form).unwrap();
/// let nl = loket::Locale::new("nl");
/// let date = CalendarDate::new(2026, 11, 30).unwrap();
/// assert_eq!(short_date_in_words(&catalog, &nl, date), "30 november 2026");
/// ```
pub fn short_date_in_words(catalog: &Catalog, locale: &Locale, date: CalendarDate) -> String {
    catalog.format(
        locale,
        "loket-date-short",
        &date_args(catalog, locale, date),
    )
}
