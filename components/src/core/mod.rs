//! The DOM-free core: everything that decides what a resident sees and what is submitted.

pub mod answers;
pub mod conditions;
pub mod dates;
pub mod draft;
pub mod email;
pub mod feedback;
pub mod flow;
pub mod form_schema;
pub mod handoff;
pub mod i18n;
pub mod ids;
pub mod lint;
pub mod lint_input;
pub mod messages;
pub mod payload;
pub mod plain;
pub mod profile;
pub mod received;
pub mod reference;
pub mod sending;
pub mod short_code;
pub mod signals;
pub mod spec;
pub mod stuck;
pub mod validate;

pub use answers::{Answer, Answers, DateParts, FileAnswer};
pub use dates::CalendarDate;
pub use flow::{FormState, Position, SendingKeys};
pub use handoff::{HandOffError, Package};
pub use i18n::{Catalog, Locale};
pub use profile::{Channel, ChannelKind, Profile};
pub use spec::{Bound, Condition, FormSpec, NoticeRule, Outcome, Question, QuestionKind, Step};
pub use stuck::{FormEvent, HelpMemory, StuckDetector, StuckReason, StuckSettings};
pub use validate::{FieldError, Rule};
