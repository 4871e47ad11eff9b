//! Plain data, read from JSON and written back: the form spec, the municipality profile and
//! the answers. Imports nothing else from the core.

pub mod answers;
pub mod decimal;
pub mod ids;
pub mod integrity;
pub mod prefill;
pub mod profile;
pub mod spec;
#[cfg(feature = "bake")]
pub mod spec_bake;
