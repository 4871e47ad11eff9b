//! What the model means: when a condition holds, which questions are shown and required, and
//! whether an answer is valid. Imports only [`crate::core::model`].

pub mod conditions;
pub mod dates;
pub mod email;
pub mod validate;
pub mod visibility;
