//! Tools for people who write forms and texts: the spec and text linter, the checker for
//! pasted input, and the plain-language checker. Never imported by the core or the view, so
//! it stays out of the residents' module.

pub mod lint;
pub mod lint_input;
pub mod plain;
