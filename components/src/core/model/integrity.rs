//! Whether a form spec holds together: ids, references between questions, exits and
//! autocomplete tokens. Checked whenever a spec is read, in the browser and in the service.

use std::collections::BTreeSet;

use crate::core::model::spec::{Condition, FormSpec, Question, QuestionKind, SpecError};

/// HTML autofill field names a question may use (WHATWG HTML, "Autofill": the autofill field
/// names), plus `on` and `off`; the contact field names are in [`CONTACT_TOKENS`].
///
/// # Examples
///
/// ```
/// use loket::core::model::integrity::AUTOCOMPLETE_TOKENS;
///
/// assert!(AUTOCOMPLETE_TOKENS.contains(&"postal-code"));
/// assert!(!AUTOCOMPLETE_TOKENS.contains(&"zip"));
/// ```
pub const AUTOCOMPLETE_TOKENS: &[&str] = &[
    "off",
    "on",
    "name",
    "honorific-prefix",
    "given-name",
    "additional-name",
    "family-name",
    "honorific-suffix",
    "nickname",
    "username",
    "new-password",
    "current-password",
    "one-time-code",
    "organization-title",
    "organization",
    "street-address",
    "address-line1",
    "address-line2",
    "address-line3",
    "address-level1",
    "address-level2",
    "address-level3",
    "address-level4",
    "country",
    "country-name",
    "postal-code",
    "cc-name",
    "cc-given-name",
    "cc-additional-name",
    "cc-family-name",
    "cc-number",
    "cc-exp",
    "cc-exp-month",
    "cc-exp-year",
    "cc-csc",
    "cc-type",
    "transaction-currency",
    "transaction-amount",
    "language",
    "bday",
    "bday-day",
    "bday-month",
    "bday-year",
    "sex",
    "url",
    "photo",
];

/// HTML's contact field names: field names too, and the only ones that may follow `home`,
/// `work`, `mobile`, `fax` or `pager`.
///
/// # Examples
///
/// ```
/// use loket::core::model::integrity::{autocomplete_is_valid, CONTACT_TOKENS};
///
/// assert!(CONTACT_TOKENS.contains(&"tel"));
/// assert!(autocomplete_is_valid("mobile tel"));
/// assert!(!autocomplete_is_valid("mobile name"));
/// ```
pub const CONTACT_TOKENS: &[&str] = &[
    "tel",
    "tel-country-code",
    "tel-national",
    "tel-area-code",
    "tel-local",
    "tel-local-prefix",
    "tel-local-suffix",
    "tel-extension",
    "email",
    "impp",
];

/// Whether an `autocomplete` value follows HTML's grammar: `on`, `off`, or an optional
/// `section-*`, an optional `shipping` or `billing`, an optional `home`, `work`, `mobile`,
/// `fax` or `pager` before a contact field, one field name, and an optional `webauthn`.
///
/// # Examples
///
/// ```
/// use loket::core::model::integrity::autocomplete_is_valid;
///
/// assert!(autocomplete_is_valid("email"));
/// assert!(autocomplete_is_valid("section-contact billing postal-code"));
/// assert!(!autocomplete_is_valid("e-mail"));
/// ```
pub fn autocomplete_is_valid(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let mut tokens: Vec<&str> = lower.split_ascii_whitespace().collect();
    if tokens.as_slice() == ["on"] || tokens.as_slice() == ["off"] {
        return true;
    }
    if tokens.last() == Some(&"webauthn") {
        tokens.pop();
    }
    let Some(field) = tokens.pop() else {
        return false;
    };
    let is_field_name = AUTOCOMPLETE_TOKENS.contains(&field) || CONTACT_TOKENS.contains(&field);
    if matches!(field, "on" | "off") || !is_field_name {
        return false;
    }
    if matches!(
        tokens.last(),
        Some(&("home" | "work" | "mobile" | "fax" | "pager"))
    ) {
        if !CONTACT_TOKENS.contains(&field) {
            return false;
        }
        tokens.pop();
    }
    if matches!(tokens.last(), Some(&("shipping" | "billing"))) {
        tokens.pop();
    }
    if tokens
        .last()
        .is_some_and(|t| t.len() > "section-".len() && t.starts_with("section-"))
    {
        tokens.pop();
    }
    tokens.is_empty()
}

/// Whether `id` is lower-case letters, digits and dashes, starting with a letter.
pub(crate) fn valid_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Problems in the spec itself: ids, references between questions, exits, autocomplete tokens.
///
/// # Examples
///
/// ```
/// use loket::core::model::integrity::structure_problems;
/// use loket::FormSpec;
///
/// // Read without the checks of `FormSpec::from_json`, to show what they find.
/// let spec: FormSpec = serde_json::from_str(r#"{"id": "f", "version": 1, "steps": [{"id": "a",
///     "questions": [{"id": "naam", "kind": {"type": "text"}, "autocomplete": "naam"}]}]}"#).unwrap();
/// let problems = structure_problems(&spec);
/// assert_eq!(problems.len(), 1);
/// assert!(problems[0].contains("`naam`"));
/// ```
pub fn structure_problems(spec: &FormSpec) -> Vec<String> {
    // A loop of named conditions would make every check below (and every answer) take
    // forever: refuse the spec before walking it.
    let loops = condition_loops(spec);
    if !loops.is_empty() {
        return loops;
    }
    let mut problems = Vec::new();
    let form = &spec.id;
    if !valid_id(form) {
        problems.push(format!(
            "form id `{form}`: use lower-case letters, digits and dashes"
        ));
    }
    if spec.steps.is_empty() {
        problems.push(format!("form `{form}` has no steps: add at least one"));
    }
    let mut step_ids = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for (index, step) in spec.steps.iter().enumerate() {
        if !step_ids.insert(step.id.as_str()) {
            problems.push(format!(
                "step `{}` appears twice: give each step its own id",
                step.id
            ));
        }
        if step.questions.is_empty() {
            problems.push(format!(
                "step `{}` has no questions: add one or remove the step",
                step.id
            ));
        }
        if let Some(c) = &step.visible_when {
            check_condition(
                spec,
                &format!("step `{}`", step.id),
                index,
                c,
                &mut problems,
            );
        }
        for q in &step.questions {
            let place = format!("question `{}`", q.id);
            if !valid_id(&q.id) {
                problems.push(format!(
                    "{place}: use lower-case letters, digits and dashes in the id"
                ));
            }
            for c in [&q.visible_when, &q.required_when].into_iter().flatten() {
                check_condition(spec, &place, index, c, &mut problems);
            }
            check_question_details(spec, q, &mut problems);
            if let QuestionKind::Choice { options } | QuestionKind::Checkboxes { options } = &q.kind
            {
                if options.len() < 2 && matches!(q.kind, QuestionKind::Choice { .. }) {
                    problems.push(format!("{place}: a choice needs at least two options"));
                }
                for o in options.iter().filter(|o| !valid_id(o)) {
                    problems.push(format!(
                        "{place}: option `{o}`: use lower-case letters, digits and dashes"
                    ));
                }
            }
            if let Some(token) = &q.autocomplete {
                if !autocomplete_is_valid(token) {
                    problems.push(format!(
                        "{place}: autocomplete `{token}` does not exist; use one of the HTML autofill names such as `name`, `email` or `tel`"
                    ));
                }
            }
            if q.prefill == crate::core::model::spec::PrefillMode::Fixed
                && (q.autocomplete.is_none()
                    || !matches!(q.kind, QuestionKind::Text { .. } | QuestionKind::LongText))
            {
                problems.push(format!(
                    "{place}: `prefill` works on a text question with an `autocomplete` token: add the token (such as `name`) or remove `prefill`"
                ));
            }
            if !seen.insert(q.id.clone()) {
                problems.push(format!(
                    "{place} appears twice: give each question its own id"
                ));
            }
        }
        for exit in &step.exits {
            check_condition(
                spec,
                &format!("step `{}` exit", step.id),
                index,
                &exit.when,
                &mut problems,
            );
            if !spec.exits.iter().any(|e| e.id == exit.page) {
                problems.push(format!(
                    "step `{}` leads to exit page `{}`, which is not in `exits`: add it there",
                    step.id, exit.page
                ));
            }
        }
    }
    check_outcomes(spec, &mut problems);
    problems
}

/// The named conditions a condition refers to with `ref`, at any depth inside it.
fn references(condition: &Condition, found: &mut Vec<String>) {
    found.extend(condition.reference.iter().cloned());
    for inner in [&condition.any_of, &condition.all_of]
        .into_iter()
        .flatten()
        .flatten()
    {
        references(inner, found);
    }
    if let Some(inner) = &condition.not {
        references(inner, found);
    }
}

/// Named conditions that lead back to themselves through `ref`, directly or through others.
fn condition_loops(spec: &FormSpec) -> Vec<String> {
    let mut problems = Vec::new();
    for start in spec.conditions.keys() {
        let mut visited = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(name) = stack.pop() {
            let mut next = Vec::new();
            if let Some(condition) = spec.conditions.get(&name) {
                references(condition, &mut next);
            }
            if next.iter().any(|n| n == start) {
                problems.push(format!(
                    "condition `{start}` refers back to itself (through `{name}`): remove the loop"
                ));
                break;
            }
            stack.extend(next.into_iter().filter(|n| visited.insert(n.clone())));
        }
    }
    problems
}

fn check_condition(
    spec: &FormSpec,
    place: &str,
    step_index: usize,
    condition: &Condition,
    problems: &mut Vec<String>,
) {
    let forms = [
        condition.question.is_some(),
        condition.any_of.is_some(),
        condition.all_of.is_some(),
        condition.not.is_some(),
        condition.reference.is_some(),
    ]
    .iter()
    .filter(|f| **f)
    .count();
    if forms != 1 {
        problems.push(format!(
            "{place}: a condition needs exactly one of `question`, `any_of`, `all_of`, `not` or `ref`"
        ));
        return;
    }
    if let Some(name) = &condition.reference {
        match spec.conditions.get(name) {
            None => problems.push(format!(
                "{place} uses condition `{name}`, which is not in `conditions`: add it there"
            )),
            Some(named) => {
                for later in questions_after(spec, named, step_index, 0) {
                    problems.push(format!(
                        "{place} depends, through condition `{name}`, on question `{later}`, which comes later: ask it on this or an earlier step"
                    ));
                }
            }
        }
        return;
    }
    for inner in [&condition.any_of, &condition.all_of]
        .into_iter()
        .flatten()
        .flatten()
    {
        check_condition(spec, place, step_index, inner, problems);
    }
    if let Some(inner) = &condition.not {
        check_condition(spec, place, step_index, inner, problems);
    }
    let Some(name) = &condition.question else {
        return;
    };
    let Some(target) = spec.question(name) else {
        problems.push(format!(
            "{place} depends on question `{name}`, which does not exist: check the spelling"
        ));
        return;
    };
    if spec.step_of(name).is_some_and(|s| s > step_index) {
        problems.push(format!(
            "{place} depends on question `{name}`, which comes later: ask it on this or an earlier step"
        ));
    }
    let tests = [
        condition.is_one_of.is_some(),
        condition.at_most.is_some(),
        condition.more_than.is_some(),
    ]
    .iter()
    .filter(|t| **t)
    .count();
    if tests != 1 {
        problems.push(format!(
            "{place}: the condition on `{name}` needs exactly one of `is_one_of`, `at_most` or `more_than`"
        ));
    }
    if let (Some(values), QuestionKind::Choice { options } | QuestionKind::Checkboxes { options }) =
        (&condition.is_one_of, &target.kind)
    {
        for value in values.iter().filter(|v| !options.contains(v)) {
            problems.push(format!(
                "{place} depends on `{name}` being `{value}`, which is not one of its options"
            ));
        }
    }
    let compares = condition.at_most.is_some() || condition.more_than.is_some();
    if compares
        && !matches!(
            target.kind,
            QuestionKind::Number { .. } | QuestionKind::Time
        )
    {
        problems.push(format!(
            "{place} compares `{name}` with a limit, but only number and time answers can be compared"
        ));
    }
}

/// The questions a condition looks at (following named conditions) that are asked after
/// step `step_index`.
fn questions_after(spec: &FormSpec, c: &Condition, step_index: usize, depth: usize) -> Vec<String> {
    if depth > 16 {
        return Vec::new();
    }
    let mut found = Vec::new();
    if let Some(q) = &c.question {
        if spec.step_of(q).is_some_and(|s| s > step_index) {
            found.push(q.clone());
        }
    }
    let nested = [&c.any_of, &c.all_of]
        .into_iter()
        .flatten()
        .flatten()
        .chain(c.not.as_deref())
        .chain(c.reference.as_ref().and_then(|r| spec.conditions.get(r)));
    for inner in nested {
        found.extend(questions_after(spec, inner, step_index, depth + 1));
    }
    found
}

fn check_question_details(spec: &FormSpec, q: &Question, problems: &mut Vec<String>) {
    let place = format!("question `{}`", q.id);
    if let Some(default) = &q.default {
        let allowed = match &q.kind {
            QuestionKind::Choice { options } => options.contains(default),
            _ => false,
        };
        if !allowed {
            problems.push(format!(
                "{place}: default `{default}` must be one of the question's options"
            ));
        }
    }
    for notice in &q.notices {
        if !valid_id(&notice.id) {
            problems.push(format!(
                "{place}: notice `{}`: use lower-case letters, digits and dashes",
                notice.id
            ));
        }
        for other in notice
            .others_blank
            .iter()
            .filter(|o| spec.question(o).is_none())
        {
            problems.push(format!(
                "{place}: notice `{}` looks at question `{other}`, which does not exist",
                notice.id
            ));
        }
    }
    match &q.kind {
        QuestionKind::Files {
            accept,
            max_files,
            max_bytes,
        } if accept.is_empty() || *max_files == 0 || *max_bytes == 0 => {
            problems.push(format!(
                "{place}: a files question needs `accept` types, `max_files` and `max_bytes` above 0"
            ));
        }
        QuestionKind::List { max_items } if *max_items == 0 => {
            problems.push(format!("{place}: a list needs `max_items` above 0"));
        }
        QuestionKind::Checkboxes { options } if options.is_empty() => {
            problems.push(format!("{place}: checkboxes need at least one option"));
        }
        _ => {}
    }
}

/// Problems with outcomes and deadlines.
fn check_outcomes(spec: &FormSpec, problems: &mut Vec<String>) {
    let last = spec.steps.len().saturating_sub(1);
    for outcome in &spec.outcomes {
        check_condition(
            spec,
            &format!("outcome `{}`", outcome.id),
            last,
            &outcome.when,
            problems,
        );
    }
    for (name, c) in &spec.conditions {
        check_condition(spec, &format!("condition `{name}`"), last, c, problems);
    }
    for d in &spec.deadlines {
        if let Some(o) = &d.outcome {
            if !spec.outcomes.iter().any(|x| &x.id == o) {
                problems.push(format!(
                    "deadline `{}` is for outcome `{o}`, which is not in `outcomes`",
                    d.id
                ));
            }
        }
    }
}

impl FormSpec {
    /// Parses a spec from JSON and checks that every reference in it points at something real.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::FormSpec;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// assert_eq!(spec.steps.len(), 5);
    ///
    /// // A reference to a question that does not exist is refused.
    /// let broken = r#"{"id": "f", "version": 1, "steps": [{"id": "a", "questions": [
    ///     {"id": "q", "kind": {"type": "long_text"}, "visible_when": {"question": "nope", "is_one_of": ["x"]}}
    /// ]}]}"#;
    /// assert!(FormSpec::from_json(broken).is_err());
    /// ```
    pub fn from_json(json: &str) -> Result<Self, SpecError> {
        let spec: FormSpec =
            serde_json::from_str(json).map_err(|e| SpecError(format!("spec is not valid: {e}")))?;
        let problems = structure_problems(&spec);
        if problems.is_empty() {
            Ok(spec)
        } else {
            Err(SpecError(problems.join("; ")))
        }
    }
}
