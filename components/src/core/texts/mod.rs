//! The texts residents read: the Fluent catalog per locale and the key of every visible text.
//! Imports only the model and the rules (an error's key follows its rule).

pub mod compile;
pub mod compiled;
pub mod completeness;
pub mod i18n;
pub mod messages;
pub mod names;
pub mod profile_args;
