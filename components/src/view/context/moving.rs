//! Moving through the form: next, back, change links, errors and focus.

use leptos::prelude::*;

use super::FormCtx;
use crate::core::{FieldError, FormEvent, Position};

impl FormCtx {
    /// Goes to a new place and moves focus to its heading.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // Moves focus to the new page's heading, so it needs a page.
    /// ctx.go(Position::Check);
    /// assert_eq!(ctx.position.get_untracked(), Position::Check);
    /// ```
    pub fn go(&self, position: Position) {
        self.commit_typing();
        let from = self.position.get_untracked().page_number(&self.spec);
        if let (Some(from), Some(to)) = (from, position.page_number(&self.spec)) {
            self.feed(FormEvent::Moved { from, to });
        }
        self.errors.set(Vec::new());
        self.wiped.set(false);
        self.position.set(position);
        self.host.focus_soon(crate::core::model::ids::STEP_HEADING);
        self.host.scroll_to_top();
    }

    /// Shows errors on the current step and moves focus to the error summary.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FieldError, FormState, Rule, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // Moves focus to the error summary, so it needs a page.
    /// ctx.show_errors(vec![FieldError { question: "soort".into(), rule: Rule::Required }]);
    /// assert!(ctx.error_for("soort").is_some());
    /// ```
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        if let Some(page) = self.position.get_untracked().page_number(&self.spec) {
            let questions = errors.iter().map(|e| e.question.clone()).collect();
            self.feed(FormEvent::Failed { page, questions });
        }
        self.errors.set(errors);
        self.host.focus_soon(crate::core::model::ids::ERROR_SUMMARY);
    }

    /// Remembers which steps exist now, before a change from the check page.
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
    /// ctx.remember_steps();
    /// assert_eq!(ctx.steps_before_change.get_untracked(), [0, 1, 2, 3, 4]);
    /// ```
    pub fn remember_steps(&self) {
        self.commit_typing();
        let steps = self.answers.with_untracked(|a| a.visible_steps(&self.spec));
        self.steps_before_change.set(steps);
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
        self.settled.update(|n| *n = n.wrapping_add(1));
    }

    /// "Next" on a step: errors, an exit, the check page or the next step.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// // "Next" without an answer shows the errors; with one, it moves on (focus moves: needs a page).
    /// ctx.next(0);
    /// assert!(ctx.error_for("soort").is_some());
    /// ctx.answers.update(|a| a.set_text("soort", "behandeling"));
    /// ctx.next(0);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 1 });
    /// ```
    pub fn next(&self, from: usize) {
        self.settle();
        let before = self.steps_before_change.get_untracked();
        let returning = self.returning.get_untracked().then_some(before.as_slice());
        let outcome = self.answers.with_untracked(|a| {
            crate::core::journey::flow::forward(&self.spec, a, from, returning, self.today)
        });
        match outcome {
            crate::core::journey::flow::Forward::Fix(errors) => self.show_errors(errors),
            crate::core::journey::flow::Forward::To(position) => {
                if position == Position::Check {
                    self.returning.set(false);
                }
                self.go(position);
            }
        }
    }

    /// "Back": the previous step; `false` when there is none (the caller leaves the form).
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.position.set(Position::Step { index: 2 });
    /// // Moves focus to the previous step's heading, so it needs a page.
    /// assert!(ctx.back());
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 1 });
    /// ```
    pub fn back(&self) -> bool {
        self.commit_typing();
        let here = self.position.get_untracked();
        match self
            .answers
            .with_untracked(|a| crate::core::journey::flow::backward(&self.spec, a, &here))
        {
            Some(position) => {
                self.go(position);
                true
            }
            None => false,
        }
    }

    /// A change link on the check page: edit a step, then "next" returns to the check page.
    ///
    /// # Examples
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use leptos::prelude::*;
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, Position, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// ctx.position.set(Position::Check);
    /// // A change link for the third step; moves focus, so it needs a page.
    /// ctx.change(2);
    /// assert_eq!(ctx.position.get_untracked(), Position::Step { index: 2 });
    /// assert!(ctx.returning.get_untracked());
    /// ```
    pub fn change(&self, index: usize) {
        self.remember_steps();
        self.returning.set(true);
        self.go(Position::Step { index });
    }
}
