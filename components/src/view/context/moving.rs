//! Moving through the form: every move is a core [`Action`]; this file hands it to
//! [`FormState::apply`](crate::core::FormState::apply) and carries out the effects (focus,
//! errors, the stuck detector).

use leptos::prelude::*;

use super::FormCtx;
use crate::core::journey::actions::{Action, Effect, errors_shown};
use crate::core::{Answer, Answers, FieldError, FormState, Position};

impl FormCtx {
    /// Carries out `action` on the form's state: what was typed is committed first, the
    /// signals that changed are set, focus moves as the core says. Returns the effects the
    /// page must still act on ([`Effect::Leave`], [`Effect::Attempt`],
    /// [`Effect::RefusedElsewhere`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::core::journey::actions::{Action, Effect};
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// // "Volgende" without an answer: the errors show, nothing is left for the page.
    /// assert_eq!(ctx.dispatch(Action::Next { from: 0 }), []);
    /// assert!(ctx.error_for("soort").is_some());
    /// // "Vorige" on the first step: the page leaves the form.
    /// assert_eq!(ctx.dispatch(Action::Back), [Effect::Leave]);
    /// # });
    /// ```
    pub fn dispatch(&self, action: Action) -> Vec<Effect> {
        self.commit_typing();
        let changes_answers = matches!(
            action,
            Action::Answer { .. } | Action::Wipe | Action::Restore(_)
        );
        let wipes = matches!(action, Action::Wipe);
        let mut answers = Answers::new();
        self.answers
            .update_untracked(|now| std::mem::swap(now, &mut answers));
        // The answers move into the state and back: no copy of what may be megabytes of files.
        let before = self.state_but_answers();
        let mut state = FormState {
            answers,
            ..before.clone()
        };
        let effects = state.apply(&self.spec, self.today, action);
        if changes_answers {
            self.answers.set(state.answers);
        } else {
            self.answers.update_untracked(|now| *now = state.answers);
        }
        set_if_changed(self.position, before.position, state.position);
        set_if_changed(
            self.returning,
            before.returning_to_check,
            state.returning_to_check,
        );
        set_if_changed(
            self.steps_before_change,
            before.steps_before_change,
            state.steps_before_change,
        );
        set_if_changed(self.sending, before.sending, state.sending);
        set_if_changed(self.keep_until, before.keep_until, state.keep_until);
        set_if_changed(self.help_memory, before.help, state.help);
        self.carry_out(effects, wipes)
    }

    /// Carries out the effects that belong to the page (focus, errors, the stuck detector);
    /// returns the rest for the caller. `wipes`: the page shows after "Clear my answers".
    fn carry_out(&self, effects: Vec<Effect>, wipes: bool) -> Vec<Effect> {
        let mut rest = Vec::new();
        for effect in effects {
            match effect {
                Effect::ShowPage => {
                    self.errors.set(Vec::new());
                    self.wiped.set(wipes);
                    self.host.focus_soon(crate::core::model::ids::STEP_HEADING);
                    self.host.scroll_to_top();
                }
                Effect::ShowErrors(errors) => {
                    self.errors.set(errors);
                    self.host.focus_soon(crate::core::model::ids::ERROR_SUMMARY);
                }
                Effect::KeepErrors(errors) => self.errors.set(errors),
                Effect::Stuck(event) => self.feed(event),
                other => rest.push(other),
            }
        }
        rest
    }

    /// The form's state but its answers, read without tracking.
    fn state_but_answers(&self) -> FormState {
        untrack(|| self.draft_but_answers())
    }

    /// Goes to a new place and moves focus to its heading.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Position;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// // Focus moves to the new page's heading.
    /// ctx.go(Position::Check);
    /// assert_eq!(ctx.position.get_untracked(), Position::Check);
    /// # });
    /// ```
    pub fn go(&self, position: Position) {
        self.dispatch(Action::GoTo(position));
    }

    /// Shows errors on the current step and moves focus to the error summary.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::view::examples::{form, form_ctx};
    /// use loket::{FieldError, Rule};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// // Focus moves to the error summary.
    /// ctx.show_errors(vec![FieldError { question: "soort".into(), rule: Rule::Required }]);
    /// assert!(ctx.error_for("soort").is_some());
    /// assert_eq!(ctx.errors.get_untracked().len(), 1);
    /// # });
    /// ```
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        let here = self.position.get_untracked();
        self.carry_out(errors_shown(&self.spec, &here, errors), false);
    }

    /// Marks the answers as finished for now (see `settled`), with what was typed last.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// let before = ctx.settled.get_untracked();
    /// // The resident left a field: notices may show now.
    /// ctx.settle();
    /// assert_eq!(ctx.settled.get_untracked(), before + 1);
    /// ```
    pub fn settle(&self) {
        self.commit_typing();
        // Advice may appear or go: not while a press on "Volgende" is under way.
        let settled = self.settled;
        super::super::browser::after_release(move || {
            settled.try_update(|n| *n = n.wrapping_add(1));
        });
    }

    /// "Next" on a step: errors, an exit, the check page or the next step.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Position;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// // "Volgende" without an answer shows the errors; with one, it moves on.
    /// ctx.next(0);
    /// assert!(ctx.error_for("soort").is_some());
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// ctx.next(0);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 1 });
    /// assert!(ctx.errors.get_untracked().is_empty());
    /// # });
    /// ```
    pub fn next(&self, from: usize) {
        self.settle();
        self.dispatch(Action::Next { from });
    }

    /// The step `from` was checked before the app ran (a "Volgende" on the prerendered first
    /// step, see `first/`), and its errors are on the page: the app checks the step and shows
    /// its own errors in their place, leaving the focus where it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Position;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.checked_before(0);
    /// assert!(ctx.error_for("soort").is_some());
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// ctx.checked_before(0);
    /// // Put right: no errors, and still the first step.
    /// assert!(ctx.errors.get_untracked().is_empty());
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 0 });
    /// # });
    /// ```
    pub fn checked_before(&self, from: usize) {
        self.settle();
        self.dispatch(Action::CheckedBefore { from });
    }

    /// "Back": the previous step; `false` when there is none (the caller leaves the form).
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Position;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.position.set(Position::Step { index: 2 });
    /// // Focus moves to the previous step's heading.
    /// assert!(ctx.back());
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 1 });
    /// # });
    /// ```
    pub fn back(&self) -> bool {
        !self.dispatch(Action::Back).contains(&Effect::Leave)
    }

    /// A change link on the check page: edit a step, then "next" returns to the check page.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Position;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.position.set(Position::Check);
    /// // A change link for the third step; "Volgende" there returns to the check page.
    /// ctx.change(2);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 2 });
    /// assert!(ctx.returning.get_untracked());
    /// # });
    /// ```
    pub fn change(&self, index: usize) {
        self.dispatch(Action::Change { step: index });
    }

    /// A new answer to `question` (a choice made, a file added or removed), through the
    /// reducer: an answer a login fixed stays as the login gave it.
    pub fn answer(&self, question: &str, answer: Answer) {
        self.dispatch(Action::Answer {
            question: question.to_string(),
            answer,
        });
    }

    /// [`FormCtx::change`] as a callback, for the change buttons of `AnswerList`.
    pub fn changer(&self) -> Callback<usize> {
        let ctx = self.clone();
        Callback::new(move |index| ctx.change(index))
    }
}

/// Sets `signal` to `after` when it differs from `before`, so nothing re-renders for nothing.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, before: T, after: T) {
    if before != after {
        signal.set(after);
    }
}
