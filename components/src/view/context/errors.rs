//! The errors shown on a step, per question, for the views.

use leptos::prelude::*;

use super::FormCtx;
use crate::core::FieldError;

impl FormCtx {
    /// The form's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    ///
    /// use loket::view::FormCtx;
    /// use loket::{CalendarDate, FormState, StuckSettings};
    ///
    /// # let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// # let spec = Arc::new(loket::FormSpec::from_json(json).unwrap());
    /// let today = CalendarDate::new(2026, 11, 22).unwrap();
    /// let ctx = FormCtx::new(spec.clone(), FormState::new(&spec), StuckSettings::default(), today);
    /// assert_eq!(ctx.form(), "klacht");
    /// ```
    pub fn form(&self) -> &str {
        &self.spec.id
    }

    /// Whether a question shows an error, as a reactive closure for a view.
    ///
    /// # Examples
    ///
    /// ```
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
    /// let has_error = ctx.has_error("naam");
    /// assert!(!has_error());
    /// ctx.errors.set(vec![FieldError { question: "naam".into(), rule: Rule::Required }]);
    /// assert!(has_error());
    /// // In a view: view! { <div class:loket-field--error=ctx.has_error("naam")>...</div> }
    /// ```
    pub fn has_error(
        &self,
        question: &str,
    ) -> impl Fn() -> bool + Clone + Send + Sync + 'static + use<> {
        let (ctx, question) = (self.clone(), question.to_string());
        move || ctx.error_for(&question).is_some()
    }

    /// `aria-invalid="true"` while a question shows an error, as a reactive closure.
    ///
    /// # Examples
    ///
    /// ```
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
    /// let invalid = ctx.invalid("email");
    /// assert_eq!(invalid(), None);
    /// ctx.errors.set(vec![FieldError { question: "email".into(), rule: Rule::Email }]);
    /// assert_eq!(invalid(), Some("true"));
    /// // In a view: view! { <input id="klacht-email" aria-invalid=ctx.invalid("email")/> }
    /// ```
    pub fn invalid(
        &self,
        question: &str,
    ) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static + use<> {
        let has_error = self.has_error(question);
        move || has_error().then_some("true")
    }

    /// The error shown for a question, if any (reactive).
    ///
    /// # Examples
    ///
    /// ```
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
    /// let error = FieldError { question: "email".into(), rule: Rule::Email };
    /// ctx.errors.set(vec![error.clone()]);
    /// assert_eq!(ctx.error_for("email"), Some(error));
    /// assert_eq!(ctx.error_for("naam"), None);
    /// ```
    pub fn error_for(&self, question: &str) -> Option<FieldError> {
        self.errors
            .with(|errors| errors.iter().find(|e| e.question == question).cloned())
    }
}
