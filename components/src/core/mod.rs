//! The DOM-free core: everything that decides what a resident sees and what is submitted.
//!
//! Five layers, each importing only the layers before it (a test in `tests/layers.rs` keeps
//! it so):
//!
//! 1. [`model`]: plain data read from JSON: the form spec, the municipality profile, answers.
//! 2. [`rules`]: what the data means: conditions, validation, dates, e-mail addresses.
//! 3. [`texts`]: the Fluent catalog and the keys of every visible text.
//! 4. [`journey`]: the resident's way through a form: steps, sending, noticing trouble.
//! 5. [`exchange`]: what leaves the browser or comes back: payload, hand-off, draft, receipts.
//!
//! Authoring tools (linters, the plain-language checker) live in [`crate::authoring`], which
//! the core and the view never import.

pub mod exchange;
pub mod journey;
pub mod model;
pub mod rules;
pub mod texts;

pub use exchange::handoff::{HandOffError, Package};
pub use journey::flow::{FormState, Position, SendingKeys};
pub use journey::stuck::{FormEvent, HelpMemory, StuckDetector, StuckReason};
pub use model::answers::{Answer, Answers, DateParts, FileAnswer};
pub use model::profile::{Channel, ChannelKind, Profile, StuckSettings};
pub use model::spec::{
    Bound, Condition, FormSpec, NoticeRule, Outcome, Question, QuestionKind, Step,
};
pub use rules::dates::CalendarDate;
pub use rules::validate::{FieldError, Rule};
pub use texts::i18n::{Catalog, Locale};
