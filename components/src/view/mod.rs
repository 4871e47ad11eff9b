//! The Leptos components (feature `view`). They render the core's state and forward events;
//! every decision is made in [`crate::core`].

mod browser;
mod check_answers;
mod choice_field;
mod confirmation;
mod context;
mod date_field;
mod error_summary;
mod exit_page;
mod files_field;
mod guided_form;
mod help_panel;
mod language_switch;
mod list_field;
mod question;
mod step_page;
mod text_field;
mod why_we_ask;

pub use browser::{focus_now, query_param, set_document_lang, set_title};
pub use check_answers::{AnswerList, CheckAnswers};
pub use confirmation::Confirmation;
pub use context::{use_kit, FormCtx, Kit};
pub use error_summary::ErrorSummary;
pub use exit_page::ExitPage;
pub use guided_form::GuidedForm;
pub use help_panel::HelpPanel;
pub use language_switch::LanguageSwitch;
pub use question::QuestionField;
pub use step_page::StepPage;
pub use why_we_ask::WhyWeAsk;
