//! Checks a form spec and its texts: every problem says what is wrong and where.

use std::collections::BTreeSet;

use crate::core::model::profile::Profile;
use crate::core::model::spec::{FormSpec, Question, QuestionKind};
use crate::core::rules::validate::Rule;
use crate::core::texts::i18n::{Catalog, Locale};
use crate::core::texts::messages;

use crate::core::model::integrity::structure_problems;
pub use crate::core::texts::completeness::text_problems;

/// One problem the linter found in a form's files.
///
/// # Examples
///
/// ```
/// use loket::authoring::lint::Problem;
///
/// let problem = Problem {
///     file: "locales/en/runtime/avg-verzoek.ftl".into(),
///     question: Some("naam".into()),
///     message: "add the text `avg-verzoek-naam-why`".into(),
/// };
/// assert_eq!(
///     problem.to_string(),
///     "locales/en/runtime/avg-verzoek.ftl: add the text `avg-verzoek-naam-why`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file to change (`forms/runtime/avg-verzoek.json`, `locales/en/runtime/avg-verzoek.ftl`).
    pub file: String,
    /// The question it is about, when it is about one.
    pub question: Option<String>,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Problem {
    fn new(file: &str, question: Option<&str>, message: String) -> Self {
        Self {
            file: file.to_string(),
            question: question.map(str::to_string),
            message,
        }
    }

    /// A problem from one of [`structure_problems`]' lines: the question is the first one it
    /// names.
    fn from_structure(file: &str, message: String) -> Self {
        let question = message
            .split("question `")
            .nth(1)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string);
        Self {
            file: file.to_string(),
            question,
            message,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// One `.ftl` file of a form in one locale, as read (or why it could not be read).
///
/// # Examples
///
/// ```
/// use loket::authoring::lint::TextFile;
///
/// let read = TextFile {
///     locale: "nl".into(),
///     file: "locales/nl/runtime/melding.ftl".into(),
///     source: Ok("melding-title = Melding\n".into()),
/// };
/// let missing = TextFile {
///     locale: "en".into(),
///     file: "locales/en/runtime/melding.ftl".into(),
///     source: Err("could not be found".into()),
/// };
/// assert!(read.source.is_ok() && missing.source.is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextFile {
    /// The locale's tag (`nl`).
    pub locale: String,
    /// Where the file is, as shown in problems.
    pub file: String,
    /// Its text, or why it could not be read.
    pub source: Result<String, String>,
}

/// What [`check_form`] found: the spec, when it could be read, and every problem.
///
/// # Examples
///
/// ```
/// use loket::authoring::lint::check_form;
/// use loket::Catalog;
///
/// let mut catalog = Catalog::new();
/// let checked = check_form("melding.json", "{", &[], &mut catalog, &[]);
/// assert_eq!(checked.spec, None);
/// assert_eq!(checked.problems[0].file, "melding.json");
/// ```
#[derive(Debug, Clone)]
pub struct Checked {
    /// The spec as read (without profile settings filled in), when it is valid.
    pub spec: Option<FormSpec>,
    /// Every problem, in the order of the files.
    pub problems: Vec<Problem>,
}

/// The fewest words a "why" text needs to really explain.
///
/// # Examples
///
/// ```
/// use loket::authoring::lint::WHY_MIN_WORDS;
/// use loket::authoring::plain::words;
///
/// let why = "We need it to reply.";
/// assert!(words(why).count() < WHY_MIN_WORDS, "too short to explain anything");
/// ```
pub const WHY_MIN_WORDS: usize = 6;

/// Checks a form given as files: its spec (`spec_file`, `spec_json`) and its own texts, one
/// file per locale, against the kit's texts already in `catalog` and each municipality
/// profile (its file and contents). The form's texts are added to `catalog`, so a valid form
/// can be shown with it. Every problem names the file, the question when there is one, and
/// the fix.
///
/// # Examples
///
/// ```
/// use loket::authoring::lint::{check_form, TextFile};
/// use loket::Catalog;
///
/// let mut catalog = Catalog::new();
/// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// catalog.add("nl", "loket.ftl", kit).unwrap();
///
/// let spec = r#"{"id": "melding", "version": 1, "steps": [{"id": "wat",
///     "questions": [{"id": "omschrijving", "kind": {"type": "long_text"}}]}]}"#;
/// let texts = [TextFile {
///     locale: "nl".into(),
///     file: "melding.ftl".into(),
///     source: Ok("melding-title = Melding doen\n".into()),
/// }];
/// let checked = check_form("melding.json", spec, &texts, &mut catalog, &[]);
/// assert!(checked.spec.is_some(), "the spec itself is sound");
/// let about_question = checked
///     .problems
///     .iter()
///     .find(|p| p.question.as_deref() == Some("omschrijving"))
///     .unwrap();
/// assert_eq!(about_question.file, "melding.ftl");
/// ```
pub fn check_form(
    spec_file: &str,
    spec_json: &str,
    texts: &[TextFile],
    catalog: &mut Catalog,
    profiles: &[(String, Profile)],
) -> Checked {
    let mut problems = Vec::new();
    let spec = match serde_json::from_str::<FormSpec>(spec_json) {
        Ok(spec) => {
            let found = structure_problems(&spec);
            let valid = found.is_empty();
            problems.extend(
                found
                    .into_iter()
                    .map(|m| Problem::from_structure(spec_file, m)),
            );
            valid.then_some(spec)
        }
        Err(e) => {
            problems.push(Problem::new(
                spec_file,
                None,
                format!(
                    "the spec is not valid JSON for a form: {e}; fix it there (every field is described in schemas/authoring/form-spec.schema.json)"
                ),
            ));
            None
        }
    };
    if let Some(spec) = &spec {
        // A municipality that does not offer the form need not have its settings.
        let offering = profiles.iter().filter(|(_, p)| {
            p.offers(&spec.id) || p.callback_form.as_deref() == Some(spec.id.as_str())
        });
        for (file, profile) in offering {
            if let Err(e) = spec.clone().with_profile(&profile.settings) {
                let mut lines: Vec<&str> = e.0.split("; ").collect();
                lines.sort_unstable();
                lines.dedup();
                for line in lines {
                    problems.push(Problem::new(file, None, line.to_string()));
                }
            }
        }
    }
    let kit_locales = catalog.locales();
    let mut own: Vec<(Locale, &TextFile, BTreeSet<String>)> = Vec::new();
    for text in texts {
        let locale = Locale::new(&text.locale);
        if !kit_locales.contains(&locale) {
            problems.push(Problem::new(
                &text.file,
                None,
                format!(
                    "the site has no language `{}`: remove this file or add the language's kit texts",
                    text.locale
                ),
            ));
            continue;
        }
        let source = match &text.source {
            Ok(source) => source,
            Err(why) => {
                problems.push(Problem::new(
                    &text.file,
                    None,
                    format!("the form's texts in `{}` {why}: add the file", text.locale),
                ));
                continue;
            }
        };
        let mut scratch = Catalog::new();
        let _ = scratch.add(&text.locale, &text.file, source);
        let ids = scratch.ids(&locale);
        if let Err(found) = catalog.add(&text.locale, &text.file, source) {
            let prefix = format!("{}: ", text.file);
            for line in found {
                let line = line.strip_prefix(&prefix).unwrap_or(&line).to_string();
                problems.push(Problem::new(
                    &text.file,
                    None,
                    format!("{line}; fix the Fluent text there"),
                ));
            }
        }
        own.push((locale, text, ids));
    }
    for locale in &kit_locales {
        if !texts.iter().any(|t| t.locale == locale.tag()) {
            problems.push(Problem::new(
                spec_file,
                None,
                format!(
                    "the form has no texts in `{}`: add its .ftl file for that language",
                    locale.tag()
                ),
            ));
        }
    }
    if let Some(spec) = &spec {
        for (locale, text, ids) in &own {
            problems.extend(text_file_problems(spec, catalog, locale, text, ids));
        }
        let needed: BTreeSet<String> = messages::required_keys(spec).into_iter().collect();
        problems.extend(parity_problems(&own, &needed));
        for (file, profile) in profiles {
            for locale in own.iter().map(|(l, _, _)| l) {
                for key in profile.required_keys() {
                    if !catalog.has(locale, &key) {
                        problems.push(Problem::new(
                            file,
                            None,
                            format!(
                                "locale `{}` lacks the profile text `{key}`: add it to the profile's .ftl file for `{}`",
                                locale.tag(),
                                locale.tag()
                            ),
                        ));
                    }
                }
            }
        }
    }
    Checked { spec, problems }
}

/// The keys of one question that every locale needs, with what each one is for.
fn question_keys(form: &str, q: &Question) -> Vec<(String, &'static str)> {
    let mut keys = vec![
        (messages::label(form, &q.id), "label"),
        (messages::name(form, &q.id), "name"),
        (messages::why(form, &q.id), "why"),
    ];
    keys.extend(
        q.notices
            .iter()
            .map(|n| (messages::notice(form, &q.id, &n.id), "notice")),
    );
    match &q.kind {
        QuestionKind::Choice { options } | QuestionKind::Checkboxes { options } => {
            keys.extend(
                options
                    .iter()
                    .map(|o| (messages::option(form, &q.id, o), "option")),
            );
        }
        QuestionKind::List { .. } => {
            keys.push((messages::list_item(form, &q.id), "list item"));
            keys.push((messages::list_add(form, &q.id), "list add"));
        }
        _ => {}
    }
    keys
}

fn is_required(q: &Question) -> bool {
    q.required || q.required_when.is_some()
}

/// What a question's missing text means for the resident, and the fix.
fn missing_question_text(q: &Question, locale: &str, key: &str, what: &str) -> String {
    let id = &q.id;
    match what {
        "label" => format!(
            "question `{id}` has no label in `{locale}`: add `{key} = …` with the question as asked"
        ),
        "why" => format!(
            "question `{id}` has no \"why\" text in `{locale}`: add `{key} = …` saying why we ask it"
        ),
        "name" if is_required(q) => format!(
            "question `{id}` is required but has no error message in `{locale}`: add `{key} = …`, its short name in \"Vul {{ $name }} in.\""
        ),
        "name" => format!(
            "question `{id}` has no short name for its error messages in `{locale}`: add `{key} = …`"
        ),
        other => format!("question `{id}` lacks its {other} text in `{locale}`: add `{key} = …`"),
    }
}

/// Problems in one locale's file of the form: missing texts, "why" texts that explain
/// nothing, required questions without an error message, and texts for questions, options or
/// steps that do not exist.
fn text_file_problems(
    spec: &FormSpec,
    catalog: &Catalog,
    locale: &Locale,
    text: &TextFile,
    ids: &BTreeSet<String>,
) -> Vec<Problem> {
    let form = spec.id.as_str();
    let tag = locale.tag();
    let file = text.file.as_str();
    let mut problems = Vec::new();
    let mut question_owned = BTreeSet::new();
    for q in spec.questions() {
        for (key, what) in question_keys(form, q) {
            question_owned.insert(key.clone());
            if !catalog.has(locale, &key) {
                problems.push(Problem::new(
                    file,
                    Some(&q.id),
                    missing_question_text(q, tag, &key, what),
                ));
            }
        }
        let why = messages::why(form, &q.id);
        if catalog.has(locale, &why)
            && catalog.text(locale, &why).split_whitespace().count() < WHY_MIN_WORDS
        {
            problems.push(Problem::new(
                file,
                Some(&q.id),
                format!(
                    "question `{}`: the \"why\" text `{why}` in `{tag}` is too short to explain: write at least {WHY_MIN_WORDS} words on why we ask it",
                    q.id
                ),
            ));
        }
        if is_required(q) {
            let key = messages::error_key(catalog, locale, form, q, &Rule::Required);
            if !catalog.has(locale, &key) {
                problems.push(Problem::new(
                    file,
                    Some(&q.id),
                    format!(
                        "question `{}` is required but has no error message in `{tag}`: add `{}` or the kit's `{key}`",
                        q.id,
                        format_args!("{form}-{}-error-required = …", q.id)
                    ),
                ));
            }
        }
    }
    for key in messages::required_keys(spec)
        .into_iter()
        .filter(|k| !question_owned.contains(k))
    {
        if !catalog.has(locale, &key) {
            problems.push(Problem::new(
                file,
                None,
                format!("the form lacks `{key}` in `{tag}`: add `{key} = …`"),
            ));
        }
    }
    for key in ids {
        if let Some(message) = unknown_key(spec, key) {
            let question = key
                .strip_prefix(&format!("{form}-"))
                .and_then(|rest| {
                    spec.questions()
                        .find(|q| rest.starts_with(&format!("{}-", q.id)))
                })
                .map(|q| q.id.as_str());
            problems.push(Problem::new(file, question, message));
        }
    }
    problems
}

/// The parts a question's text key may end with (`<form>-<question>-<part>`).
const QUESTION_PARTS: &[&str] = &["label", "name", "why", "hint", "item", "add"];

/// Every rule a form may give its own error text (`<form>-<question>-error-<rule>`).
const RULES: &[&str] = &[
    "required",
    "too-long",
    "email",
    "phone",
    "postcode",
    "date-incomplete",
    "date-invalid",
    "date-not-past",
    "date-not-future",
    "unknown-option",
    "number",
    "number-too-small",
    "number-too-large",
    "time",
    "too-many",
    "file-type",
    "file-too-large",
    "file-empty",
];

/// Why a key of the form's own file names nothing in the spec, if it does not.
fn unknown_key(spec: &FormSpec, key: &str) -> Option<String> {
    let form = spec.id.as_str();
    let Some(rest) = key.strip_prefix(&format!("{form}-")) else {
        return Some(format!(
            "text `{key}` does not start with the form's id: name it `{form}-…` or move it to the kit's texts"
        ));
    };
    if matches!(rest, "title" | "summary" | "done-title" | "done-body") {
        return None;
    }
    if let Some(part) = rest.strip_prefix("data-") {
        return (!messages::DATA_USE.contains(&part)).then(|| {
            format!("text `{key}` is not one of the data-use texts: use `{form}-data-what`, `-why`, `-who` or `-how-long`")
        });
    }
    if let Some(step) = rest.strip_prefix("step-").and_then(|s| {
        s.strip_suffix("-title")
            .or_else(|| s.strip_suffix("-intro"))
    }) {
        if spec.steps.iter().any(|s| s.id == step) {
            return None;
        }
    }
    if let Some(exit) = rest
        .strip_prefix("exit-")
        .and_then(|s| s.strip_suffix("-title").or_else(|| s.strip_suffix("-body")))
    {
        return (!spec.exits.iter().any(|e| e.id == exit)).then(|| {
            format!("text `{key}` is for exit page `{exit}`, which is not in `exits`: check the spelling")
        });
    }
    if let Some(deadline) = rest.strip_prefix("deadline-") {
        return (!spec.deadlines.iter().any(|d| d.id == deadline)).then(|| {
            format!("text `{key}` is for deadline `{deadline}`, which is not in `deadlines`: check the spelling")
        });
    }
    if let Some(outcome) = rest
        .strip_prefix("done-")
        .and_then(|s| s.strip_suffix("-title").or_else(|| s.strip_suffix("-body")))
    {
        if spec.outcomes.iter().any(|o| o.id == outcome) {
            return None;
        }
    }
    // The longest question id that fits, so `email-hint` is not taken for question `e`.
    let mut questions: Vec<&Question> = spec.questions().collect();
    questions.sort_by_key(|q| std::cmp::Reverse(q.id.len()));
    if let Some(q) = questions
        .iter()
        .find(|q| rest.starts_with(&format!("{}-", q.id)))
    {
        let part = &rest[q.id.len() + 1..];
        return question_part_problem(spec, q, key, part);
    }
    if let Some(step) = rest.strip_prefix("step-") {
        return Some(format!(
            "text `{key}` is for step `{}`, which does not exist: check the spelling",
            step.rsplit_once('-').map_or(step, |(s, _)| s)
        ));
    }
    let named = rest.rsplit_once('-').map_or(rest, |(q, _)| q);
    Some(format!(
        "text `{key}` is for question `{named}`, which is not in the spec: check the spelling of the question id"
    ))
}

/// Why a question's text key fits no part of that question, if it does not.
fn question_part_problem(spec: &FormSpec, q: &Question, key: &str, part: &str) -> Option<String> {
    let id = &q.id;
    if QUESTION_PARTS.contains(&part) {
        return None;
    }
    let options = match &q.kind {
        QuestionKind::Choice { options } | QuestionKind::Checkboxes { options } => {
            options.as_slice()
        }
        _ => &[],
    };
    if let Some(option) = part.strip_prefix("option-") {
        let option = option
            .strip_suffix("-hint")
            .filter(|o| options.iter().any(|x| x == o))
            .unwrap_or(option);
        return (!options.iter().any(|o| o == option)).then(|| {
            format!("question `{id}` has no option `{option}`, but text `{key}` is for it: check the spelling or add the option")
        });
    }
    if let Some(notice) = part.strip_prefix("notice-") {
        return (!q.notices.iter().any(|n| n.id == notice)).then(|| {
            format!("question `{id}` has no notice `{notice}`, but text `{key}` is for it: check the spelling or add the notice")
        });
    }
    if let Some(rule) = part.strip_prefix("error-") {
        return (!RULES.contains(&rule)).then(|| {
            format!("question `{id}`: text `{key}` is for rule `{rule}`, which does not exist: use one of {}", RULES.join(", "))
        });
    }
    let _ = spec;
    Some(format!(
        "question `{id}`: text `{key}` is not one of its texts: use `-label`, `-name`, `-why`, `-hint`, `-option-<id>`, `-notice-<id>` or `-error-<rule>`"
    ))
}

/// Keys that one locale's file of the form has and another's lacks.
/// Keys every locale needs are left out: a missing one is already reported.
fn parity_problems(
    own: &[(Locale, &TextFile, BTreeSet<String>)],
    needed: &BTreeSet<String>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some((first, first_file, first_ids)) = own.first() else {
        return problems;
    };
    for (locale, text, ids) in own.iter().skip(1) {
        for key in first_ids.difference(ids).filter(|k| !needed.contains(*k)) {
            problems.push(Problem::new(
                &text.file,
                None,
                format!(
                    "`{key}` is in {} but not in `{}`: translate it here",
                    first_file.file,
                    locale.tag()
                ),
            ));
        }
        for key in ids.difference(first_ids).filter(|k| !needed.contains(*k)) {
            problems.push(Problem::new(
                &text.file,
                None,
                format!(
                    "`{key}` is not in `{}` ({}): add it there too, or remove it here",
                    first.tag(),
                    first_file.file
                ),
            ));
        }
    }
    problems
}
