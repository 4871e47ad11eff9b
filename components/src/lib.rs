//! Loket: accessible, bilingual guided forms for Dutch municipalities.
//!
//! The crate has two halves. [`core`] is plain Rust without a DOM: the form spec, answers,
//! validation, navigation, help channels, texts and the submission payload. It is tested natively
//! with `cargo test`. [`view`] (feature `view`) holds the thin Leptos components that render the
//! core's state in the browser.

#![warn(missing_docs)]

pub mod core;

#[cfg(feature = "view")]
pub mod view;

pub use crate::core::*;
