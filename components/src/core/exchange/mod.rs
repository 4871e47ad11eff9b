//! What leaves the browser or comes back: the submission payload and its JSON Schema, hand-off
//! packages and short codes, the draft kept on the device, references, journey signals,
//! feedback, and the service's receipts and refusals. The top layer of the core.

pub mod draft;
pub mod feedback;
pub mod form_schema;
pub mod handoff;
pub mod in_words;
pub mod payload;
pub mod received;
pub mod reference;
pub mod short_code;
pub mod signals;
