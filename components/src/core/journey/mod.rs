//! The resident's way through a form: where they are, what "next" and "back" do, sending with
//! retries, and noticing that they are stuck. Imports only the layers before it.

pub mod actions;
pub mod flow;
pub mod sending;
pub mod stuck;
