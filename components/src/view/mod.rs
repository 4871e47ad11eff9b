//! The Leptos components (feature `view`). They render the core's state and forward events;
//! every decision is made in [`crate::core`].

mod browser;
mod callback;
mod check_answers;
mod choice_field;
mod confirmation;
mod context;
mod continue_form;
mod data_use;
mod date_field;
mod draft_changes;
mod draft_keeper;
mod error_summary;
#[cfg(all(not(target_arch = "wasm32"), feature = "runtime-texts"))]
pub mod examples;
mod exit_page;
mod feedback;
mod files_field;
mod guided_form;
mod hand_off;
mod help_panel;
mod journey;
mod keeping;
mod language_switch;
mod list_field;
#[cfg(not(target_arch = "wasm32"))]
mod native_html;
mod question;
pub(crate) mod rare_part;
mod region;
#[cfg(feature = "runtime-texts")]
mod runtime_form;
mod send_form;
mod send_problem;
mod short_handoff;
mod step_page;
mod stuck_offer;
mod submit;
mod text_field;
mod why_we_ask;

pub use browser::{Host, focus_now, query_param, set_document_lang, set_title, warn};
pub use callback::CallbackPage;
pub use check_answers::{AnswerList, CheckAnswers};
pub use confirmation::Confirmation;
pub use context::{FetchTexts, FormCtx, HelpView, Kit, use_kit};
pub use continue_form::ContinueForm;
pub use draft_changes::DraftChanges;
pub use error_summary::ErrorSummary;
pub use exit_page::ExitPage;
pub use feedback::FeedbackForm;
pub use guided_form::GuidedForm;
pub use hand_off::HandOffPage;
pub use help_panel::HelpPanel;
pub use language_switch::LanguageSwitch;
#[cfg(not(target_arch = "wasm32"))]
pub use native_html::render_to_html;
pub use question::QuestionField;
pub use rare_part::{PartFailed, fetch_rare_parts};
#[cfg(feature = "runtime-texts")]
pub use runtime_form::{RuntimeForm, RuntimeSource, fetch_text, load_runtime_form};
pub use step_page::StepPage;
pub use stuck_offer::StuckOffer;
pub use why_we_ask::{Why, WhyWeAsk};
