//! Loket: accessible, bilingual guided forms for Dutch municipalities.
//!
//! The crate has two halves. [`core`] is plain Rust without a DOM: the form spec, answers,
//! validation, navigation, help channels, texts and the submission payload. It is tested natively
//! with `cargo test`. [`view`] (feature `view`) holds the thin Leptos components that render the
//! core's state in the browser.
//!
//! # Examples
//!
//! Parse a form spec, fill in answers, check them and move through the steps:
//!
//! ```
//! use loket::core::journey::flow::{backward, forward, Forward};
//! use loket::core::rules::validate::first_invalid_step;
//! use loket::{Answer, Answers, CalendarDate, DateParts, FormSpec, Position, Rule};
//!
//! let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
//! let spec = FormSpec::from_json(json)?;
//! let today = CalendarDate::new(2026, 11, 22).unwrap();
//! let mut answers = Answers::new();
//!
//! // "Next" on the first step without an answer: the step must be fixed first.
//! let Forward::Fix(errors) = forward(&spec, &answers, 0, None, today) else {
//!     panic!("the question is required");
//! };
//! assert_eq!(errors[0].question, "soort");
//! assert_eq!(errors[0].rule, Rule::Required);
//!
//! // A complaint about a decision leads to the exit page "bezwaar" (objection).
//! answers.set_text("soort", "besluit");
//! let exit = Position::Exit { step: 0, page: "bezwaar".into() };
//! assert_eq!(forward(&spec, &answers, 0, None, today), Forward::To(exit));
//!
//! // Any other complaint goes on to the next step.
//! answers.set_text("soort", "behandeling");
//! let step_1 = Position::Step { index: 1 };
//! assert_eq!(forward(&spec, &answers, 0, None, today), Forward::To(step_1.clone()));
//! assert_eq!(backward(&spec, &answers, &step_1), Some(Position::Step { index: 0 }));
//!
//! // Fill in the rest of the form.
//! answers.set_text("omschrijving", "Niemand belde terug.");
//! let date = DateParts { day: "3".into(), month: "11".into(), year: "2026".into() };
//! answers.set("datum", Answer::Date(date));
//! answers.set_text("wens", "Een gesprek.");
//! answers.set_text("naam", "Anna de Vries");
//! answers.set_text("email", "anna@voorbeeld.nl");
//! answers.set_text("adres", "geen");
//! answers.set_text("contactwijze", "email");
//!
//! // Everything is valid, and "next" on the last step leads to the check page.
//! assert_eq!(first_invalid_step(&spec, &answers, today), None);
//! assert_eq!(forward(&spec, &answers, 4, None, today), Forward::To(Position::Check));
//! # Ok::<(), loket::core::model::spec::SpecError>(())
//! ```

#![warn(missing_docs)]
// Leptos' hydration (the reference site takes over pages rendered when it was built) nests view
// types deeper than the default limit.
#![recursion_limit = "256"]

#[cfg(feature = "runtime-texts")]
pub mod authoring;
pub mod core;

#[cfg(feature = "view")]
pub mod view;

pub use crate::core::*;
