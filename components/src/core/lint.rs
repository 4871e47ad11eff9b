//! Checks a form spec and its texts: every problem says what is wrong and where.

use std::collections::BTreeSet;

use super::i18n::Catalog;
use super::messages;
use super::profile::Profile;
use super::spec::{Condition, FormSpec, QuestionKind};

/// HTML autofill field names a question may use (WHATWG, "autofill detail tokens").
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
    "language",
    "bday",
    "bday-day",
    "bday-month",
    "bday-year",
    "sex",
    "url",
    "tel",
    "tel-country-code",
    "tel-national",
    "tel-area-code",
    "tel-local",
    "tel-extension",
    "email",
];

fn valid_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Problems in the spec itself: ids, references between questions, exits, autocomplete tokens.
pub fn structure_problems(spec: &FormSpec) -> Vec<String> {
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
            if let QuestionKind::Choice { options } = &q.kind {
                if options.len() < 2 {
                    problems.push(format!("{place}: a choice needs at least two options"));
                }
                for o in options.iter().filter(|o| !valid_id(o)) {
                    problems.push(format!(
                        "{place}: option `{o}`: use lower-case letters, digits and dashes"
                    ));
                }
            }
            if let Some(token) = &q.autocomplete {
                if !AUTOCOMPLETE_TOKENS.contains(&token.as_str()) {
                    problems.push(format!(
                        "{place}: autocomplete `{token}` does not exist; use one of the HTML autofill names such as `name`, `email` or `tel`"
                    ));
                }
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
    problems
}

fn check_condition(
    spec: &FormSpec,
    place: &str,
    step_index: usize,
    condition: &Condition,
    problems: &mut Vec<String>,
) {
    let Some(target) = spec.question(&condition.question) else {
        problems.push(format!(
            "{place} depends on question `{}`, which does not exist: check the spelling",
            condition.question
        ));
        return;
    };
    if spec
        .step_of(&condition.question)
        .is_some_and(|s| s > step_index)
    {
        problems.push(format!(
            "{place} depends on question `{}`, which comes later: ask it on this or an earlier step",
            condition.question
        ));
    }
    if let QuestionKind::Choice { options } = &target.kind {
        for value in condition.is_one_of.iter().filter(|v| !options.contains(v)) {
            problems.push(format!(
                "{place} depends on `{}` being `{value}`, which is not one of its options",
                condition.question
            ));
        }
    }
}

/// Text keys the form and profile need but a locale lacks, one line per key and locale.
pub fn text_problems(spec: &FormSpec, profile: &Profile, catalog: &Catalog) -> Vec<String> {
    let mut keys = messages::required_keys(spec);
    keys.extend(profile.required_keys());
    let mut problems = Vec::new();
    for locale in catalog.locales() {
        for key in &keys {
            if !catalog.has(&locale, key) {
                problems.push(format!(
                    "locale `{}` lacks `{key}`: add it to locales/{}/{}.ftl",
                    locale.tag(),
                    locale.tag(),
                    if key.starts_with(&format!("{}-", profile.id)) {
                        &profile.id
                    } else {
                        &spec.id
                    }
                ));
            }
        }
    }
    problems
}
