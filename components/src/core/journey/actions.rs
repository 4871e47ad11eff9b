//! Every move a resident makes through a form, as one function: [`FormState::apply`] takes an
//! [`Action`] and changes the state, and returns the [`Effect`]s the view must carry out
//! (move focus, show errors, tell the stuck detector, send). The view renders the state and
//! sends actions; what an action does is decided here, and tested without a browser.

use crate::core::journey::flow::{FormState, Forward, Position, SendingKeys, backward, forward};
use crate::core::journey::stuck::FormEvent;
use crate::core::model::answers::Answer;
use crate::core::model::spec::FormSpec;
use crate::core::rules::dates::CalendarDate;
use crate::core::rules::validate::{FieldError, check_step, first_invalid_step};

/// What the resident (or the service's answer) does to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// An answer given or changed.
    Answer {
        /// The question's id.
        question: String,
        /// The new answer.
        answer: Answer,
    },
    /// "Volgende" on step `from`.
    Next {
        /// The step's index.
        from: usize,
    },
    /// "Volgende" was pressed on step `from` before the app ran, and the first step's check
    /// (`first/`) already shows that step's errors on the page: the app checks the step and
    /// shows its errors where they are, leaving the focus where the resident has it.
    CheckedBefore {
        /// The step's index.
        from: usize,
    },
    /// "Vorige".
    Back,
    /// A change link on the check page for step `step`: after it, "Volgende" returns to the
    /// check page (through any step the change brings into view).
    Change {
        /// The step's index.
        step: usize,
    },
    /// A link straight to a page (an exit page's way back, for example).
    GoTo(Position),
    /// "Versturen" on the check page. `fresh` are new keys, used only when this is the first
    /// attempt: a retry, a double press or a send after a refresh keeps the first keys.
    Send {
        /// A reference and idempotency key made for this press.
        fresh: SendingKeys,
    },
    /// The service received the form.
    Sent {
        /// The reference it kept (the browser's, or a new one when that was taken).
        reference: String,
        /// When it was received (ISO 8601), if the service said.
        received_at: Option<String>,
    },
    /// The service refused these answers.
    Refused(Vec<FieldError>),
    /// "Wis mijn antwoorden": start again, keeping nothing.
    Wipe,
    /// Continue from a draft or hand-off read elsewhere.
    Restore(Box<FormState>),
}

/// What the view must do after an action, in this order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A new page shows: clear the errors, move focus to its heading, scroll to the top.
    ShowPage,
    /// Show these errors on the current step and move focus to the error summary.
    ShowErrors(Vec<FieldError>),
    /// Show these errors on the current step, as they are already shown there, and leave the
    /// focus where it is (none: the step has none left).
    KeepErrors(Vec<FieldError>),
    /// Tell the stuck detector.
    Stuck(FormEvent),
    /// "Vorige" on the first step: leave the form (the browser's own back).
    Leave,
    /// Send the answers with these keys.
    Attempt(SendingKeys),
    /// The refusal named no question of this form: show it as a failed attempt.
    RefusedElsewhere,
}

impl FormState {
    /// Carries out `action` and says what the view must do.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::journey::actions::{Action, Effect};
    /// use loket::{Answer, CalendarDate, FormState, Position};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let mut state = FormState::new(&spec);
    ///
    /// // "Volgende" without an answer: errors, and the resident stays.
    /// let effects = state.apply(&spec, today, Action::Next { from: 0 });
    /// assert!(matches!(effects.last(), Some(Effect::ShowErrors(e)) if e[0].question == "soort"));
    /// assert_eq!(state.position, Position::Step { index: 0 });
    ///
    /// // With an answer, the next step shows.
    /// let answer = Answer::Text("behandeling".into());
    /// state.apply(&spec, today, Action::Answer { question: "soort".into(), answer });
    /// let effects = state.apply(&spec, today, Action::Next { from: 0 });
    /// assert_eq!(effects.last(), Some(&Effect::ShowPage));
    /// assert_eq!(state.position, Position::Step { index: 1 });
    /// ```
    pub fn apply(&mut self, spec: &FormSpec, today: CalendarDate, action: Action) -> Vec<Effect> {
        let mut effects = Vec::new();
        match action {
            Action::Answer { question, answer } => {
                // What a login fixed stays as the login gave it.
                let fixed = self
                    .prefilled
                    .as_ref()
                    .is_some_and(|p| p.is_fixed(spec, &question));
                if !fixed {
                    self.answers.set(&question, answer);
                }
            }
            Action::Next { from } => {
                let returning = self
                    .returning_to_check
                    .then_some(self.steps_before_change.as_slice());
                match forward(spec, &self.answers, from, returning, today) {
                    Forward::Fix(errors) => self.show_errors(spec, errors, &mut effects),
                    Forward::To(position) => {
                        if position == Position::Check {
                            self.returning_to_check = false;
                        }
                        self.go(spec, position, &mut effects);
                    }
                }
            }
            Action::CheckedBefore { from } => {
                if let Some(step) = spec.steps.get(from) {
                    let errors = check_step(spec, step, &self.answers, today);
                    let mut shown = errors_shown(spec, &self.position, errors);
                    if let Some(Effect::ShowErrors(errors)) = shown.pop() {
                        shown.push(Effect::KeepErrors(errors));
                    }
                    effects.extend(shown);
                }
            }
            Action::Back => match backward(spec, &self.answers, &self.position) {
                Some(position) => self.go(spec, position, &mut effects),
                None => effects.push(Effect::Leave),
            },
            Action::Change { step } => {
                self.remember_steps(spec);
                self.go(spec, Position::Step { index: step }, &mut effects);
            }
            Action::GoTo(position) => self.go(spec, position, &mut effects),
            Action::Send { fresh } => match first_invalid_step(spec, &self.answers, today) {
                Some((index, errors)) => {
                    self.remember_steps(spec);
                    self.go(spec, Position::Step { index }, &mut effects);
                    self.show_errors(spec, errors, &mut effects);
                }
                None => {
                    let keys = self.sending.get_or_insert(fresh).clone();
                    effects.push(Effect::Attempt(keys));
                }
            },
            Action::Sent {
                reference,
                received_at,
            } => self.go(
                spec,
                Position::Done {
                    reference,
                    received_at,
                },
                &mut effects,
            ),
            Action::Refused(refused) => {
                let first = refused
                    .iter()
                    .filter_map(|e| spec.step_of(&e.question))
                    .min();
                match first {
                    Some(index) => {
                        let errors = refused
                            .into_iter()
                            .filter(|e| spec.step_of(&e.question) == Some(index))
                            .collect();
                        self.remember_steps(spec);
                        self.go(spec, Position::Step { index }, &mut effects);
                        self.show_errors(spec, errors, &mut effects);
                    }
                    None => effects.push(Effect::RefusedElsewhere),
                }
            }
            Action::Wipe => {
                let prefilled = self.prefilled.take();
                *self = FormState {
                    assisted: self.assisted,
                    ..FormState::new(spec)
                };
                // The login is still there: what it gave comes back.
                if let Some(prefilled) = prefilled {
                    prefilled.fill(spec, &mut self.answers);
                    self.prefilled = Some(prefilled);
                }
                effects.push(Effect::ShowPage);
            }
            Action::Restore(state) => {
                *self = *state;
                effects.push(Effect::ShowPage);
            }
        }
        effects
    }

    /// Moves to `position`; the stuck detector hears of a move between two pages.
    fn go(&mut self, spec: &FormSpec, position: Position, effects: &mut Vec<Effect>) {
        let from = self.position.page_number(spec);
        if let (Some(from), Some(to)) = (from, position.page_number(spec)) {
            effects.push(Effect::Stuck(FormEvent::Moved { from, to }));
        }
        self.position = position;
        effects.push(Effect::ShowPage);
    }

    /// Shows errors on the current page (see [`errors_shown`]).
    fn show_errors(&self, spec: &FormSpec, errors: Vec<FieldError>, effects: &mut Vec<Effect>) {
        effects.extend(errors_shown(spec, &self.position, errors));
    }

    /// Before a change from the check page: which steps exist now, and "Volgende" returns.
    fn remember_steps(&mut self, spec: &FormSpec) {
        self.steps_before_change = self.answers.visible_steps(spec);
        self.returning_to_check = true;
    }
}

/// What showing `errors` at `position` takes: the stuck detector hears which questions
/// failed on which page, then the errors show. For a form's own check and for any other
/// form-like page (the call-back form) alike.
///
/// # Examples
///
/// ```
/// use loket::core::journey::actions::{errors_shown, Effect};
/// use loket::{FieldError, FormEvent, Position, Rule};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let errors = vec![FieldError { question: "soort".into(), rule: Rule::Required }];
/// let effects = errors_shown(&spec, &Position::Step { index: 0 }, errors.clone());
/// assert_eq!(effects, [
///     Effect::Stuck(FormEvent::Failed { page: 0, questions: vec!["soort".into()] }),
///     Effect::ShowErrors(errors),
/// ]);
/// ```
pub fn errors_shown(spec: &FormSpec, position: &Position, errors: Vec<FieldError>) -> Vec<Effect> {
    let mut effects = Vec::new();
    if let Some(page) = position.page_number(spec) {
        let questions = errors.iter().map(|e| e.question.clone()).collect();
        effects.push(Effect::Stuck(FormEvent::Failed { page, questions }));
    }
    effects.push(Effect::ShowErrors(errors));
    effects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::DateParts;
    use crate::core::rules::validate::Rule;

    fn klacht() -> FormSpec {
        FormSpec::from_json(include_str!("../../../../forms/klacht.json")).unwrap()
    }

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 11, 22).unwrap()
    }

    fn keys(n: u8) -> SendingKeys {
        SendingKeys {
            reference: format!("KLA-2345-678{n}"),
            idempotency_key: format!("k{n}"),
        }
    }

    /// A complaint with every step answered, on the check page.
    fn complete() -> FormState {
        let spec = klacht();
        let mut state = FormState::new(&spec);
        for (q, v) in [
            ("soort", "behandeling"),
            (
                "omschrijving",
                "De medewerker aan de balie was onvriendelijk tegen mij.",
            ),
            ("wens", "excuses"),
            ("naam", "Anna de Vries"),
            ("email", "anna@voorbeeld.nl"),
            ("adres", "geen"),
            ("contactwijze", "email"),
        ] {
            state.answers.set_text(q, v);
        }
        let date = |d: &str, m: &str, y: &str| DateParts {
            day: d.into(),
            month: m.into(),
            year: y.into(),
        };
        state
            .answers
            .set("datum", Answer::Date(date("3", "11", "2026")));
        state.position = Position::Check;
        state
    }

    #[test]
    fn back_on_the_first_step_leaves_the_form_and_elsewhere_goes_one_step_back() {
        let spec = klacht();
        let mut state = FormState::new(&spec);
        assert_eq!(state.apply(&spec, today(), Action::Back), [Effect::Leave]);
        state.position = Position::Step { index: 2 };
        let effects = state.apply(&spec, today(), Action::Back);
        assert_eq!(state.position, Position::Step { index: 1 });
        assert_eq!(
            effects,
            [
                Effect::Stuck(FormEvent::Moved { from: 2, to: 1 }),
                Effect::ShowPage
            ]
        );
    }

    #[test]
    fn errors_shown_before_the_app_ran_stay_where_they_are_and_the_step_stays() {
        let spec = klacht();
        let mut state = FormState::new(&spec);
        let effects = state.apply(&spec, today(), Action::CheckedBefore { from: 0 });
        let errors = vec![FieldError {
            question: "soort".into(),
            rule: Rule::Required,
        }];
        assert_eq!(
            effects,
            [
                Effect::Stuck(FormEvent::Failed {
                    page: 0,
                    questions: vec!["soort".into()]
                }),
                Effect::KeepErrors(errors)
            ]
        );
        // Put right before the app ran: the errors go, and the resident stays on the step
        // until they press "Volgende" themselves.
        state.answers.set_text("soort", "besluit");
        let effects = state.apply(&spec, today(), Action::CheckedBefore { from: 0 });
        assert_eq!(effects.last(), Some(&Effect::KeepErrors(Vec::new())));
        assert_eq!(state.position, Position::Step { index: 0 });
        // A step the form does not have: nothing happens.
        assert!(
            state
                .apply(&spec, today(), Action::CheckedBefore { from: 99 })
                .is_empty()
        );
    }

    #[test]
    fn a_change_link_returns_to_the_check_page_after_next() {
        let spec = klacht();
        let mut state = complete();
        state.apply(&spec, today(), Action::Change { step: 2 });
        assert_eq!(state.position, Position::Step { index: 2 });
        assert!(state.returning_to_check);
        state.apply(&spec, today(), Action::Next { from: 2 });
        assert_eq!(state.position, Position::Check);
        assert!(!state.returning_to_check, "the next change starts afresh");
    }

    #[test]
    fn send_keeps_the_first_keys_and_goes_to_a_step_that_needs_fixing() {
        let spec = klacht();
        let mut state = complete();
        assert_eq!(
            state.apply(&spec, today(), Action::Send { fresh: keys(1) }),
            [Effect::Attempt(keys(1))]
        );
        // A retry or a second press sends the same keys.
        assert_eq!(
            state.apply(&spec, today(), Action::Send { fresh: keys(2) }),
            [Effect::Attempt(keys(1))]
        );
        // An answer emptied meanwhile: its step, its error, and "Volgende" returns here.
        state.answers.set_text("naam", "");
        let effects = state.apply(&spec, today(), Action::Send { fresh: keys(3) });
        assert_eq!(state.position, Position::Step { index: 3 });
        assert!(state.returning_to_check);
        let Some(Effect::ShowErrors(errors)) = effects.last() else {
            panic!("errors are shown: {effects:?}");
        };
        assert_eq!(errors[0].question, "naam");
    }

    #[test]
    fn a_refusal_shows_the_first_step_with_a_refused_answer_and_only_its_errors() {
        let spec = klacht();
        let mut state = complete();
        let refused = vec![
            FieldError {
                question: "email".into(),
                rule: Rule::Email,
            },
            FieldError {
                question: "omschrijving".into(),
                rule: Rule::Required,
            },
        ];
        let effects = state.apply(&spec, today(), Action::Refused(refused));
        assert_eq!(state.position, Position::Step { index: 1 });
        let Some(Effect::ShowErrors(errors)) = effects.last() else {
            panic!("errors are shown: {effects:?}");
        };
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].question, "omschrijving");
        let unknown = vec![FieldError {
            question: "bestaat-niet".into(),
            rule: Rule::Required,
        }];
        assert_eq!(
            state.apply(&spec, today(), Action::Refused(unknown)),
            [Effect::RefusedElsewhere]
        );
        assert_eq!(state.position, Position::Step { index: 1 }, "nothing moved");
    }

    #[test]
    fn sent_shows_the_reference_and_wipe_keeps_nothing_but_who_helps() {
        let spec = klacht();
        let mut state = complete();
        state.assisted = true;
        state.apply(
            &spec,
            today(),
            Action::Sent {
                reference: "KLA-2345-6789".into(),
                received_at: None,
            },
        );
        assert!(
            matches!(&state.position, Position::Done { reference, .. } if reference == "KLA-2345-6789")
        );
        assert_eq!(
            state.apply(&spec, today(), Action::Wipe),
            [Effect::ShowPage]
        );
        assert_eq!(state.answers.iter().count(), 0);
        assert_eq!(state.position, Position::Step { index: 0 });
        assert!(state.assisted, "a form opened at the desk stays one");
    }
}
