//! Answers being typed: a keystroke keeps the latest answer per question aside, and it goes into
//! [`FormCtx::answers`] when the browser is next idle or the resident acts.

use leptos::prelude::*;

use super::FormCtx;
use crate::core::{Answer, Answers};

impl FormCtx {
    /// Text the resident typed into `question`. It goes into [`FormCtx::answers`] when the
    /// browser is next idle (after it has shown the letter), or sooner when the resident
    /// leaves the field or acts (next, back, a change link, help): so what depends on the
    /// answers (which questions show, "Step 2 of 5", the draft) costs a keystroke nothing. The
    /// draft ([`FormCtx::draft`]) has it at once.
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("klacht"));
    /// ctx.type_text("omschrijving", "De stoep".into());
    /// // The draft and the field have it at once; the answers once the browser is idle.
    /// assert_eq!(ctx.draft().answers.text("omschrijving"), "De stoep");
    /// assert_eq!(ctx.text_now("omschrijving"), "De stoep");
    /// assert_eq!(ctx.answers.get_untracked().text("omschrijving"), "");
    /// ctx.commit_typing();
    /// assert_eq!(ctx.answers.get_untracked().text("omschrijving"), "De stoep");
    /// # });
    /// ```
    pub fn type_text(&self, question: &str, text: String) {
        self.type_answer(question, Answer::Text(text));
    }

    /// An answer the resident is typing: a whole list after a keystroke in one of its entries,
    /// or a whole date after one in its day, month or year. Kept aside like
    /// [`FormCtx::type_text`].
    ///
    /// # Examples
    ///
    /// ```
    /// use leptos::prelude::*;
    /// use loket::Answer;
    /// use loket::view::examples::{form, form_ctx};
    ///
    /// # Owner::new().with(|| {
    /// let ctx = form_ctx(&form("vergunning-evenement"));
    /// // A keystroke in the first street of a list.
    /// ctx.type_answer("straten", Answer::List(vec!["Oude Markt".into()]));
    /// assert_eq!(ctx.answer_now("straten", |a| a.list("straten")), ["Oude Markt"]);
    /// assert!(ctx.answers.get_untracked().list("straten").is_empty());
    /// # });
    /// ```
    pub fn type_answer(&self, question: &str, answer: Answer) {
        let first = self.typing.try_update_value(|typing| {
            let first = typing.iter().next().is_none();
            typing.set(question, answer);
            first
        });
        if first == Some(true) {
            let ctx = self.clone();
            super::super::browser::when_idle(move || ctx.commit_typing());
        }
    }

    /// Puts the answers typed so far (see [`FormCtx::type_text`]) into the answers now.
    pub fn commit_typing(&self) {
        let typed = self
            .typing
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if typed.iter().next().is_some() {
            self.answers
                .try_update(|answers| put_typing(answers, &typed));
        }
    }

    /// Whether a typed answer is waiting to go into the answers (see [`FormCtx::type_text`]).
    pub fn is_typing(&self) -> bool {
        self.typing
            .try_with_value(|typing| typing.iter().next().is_some())
            .unwrap_or(false)
    }

    /// Reads `question` as the resident last left it: from the answers being typed if it is
    /// among them, else from the answers (not reactive).
    pub fn answer_now<R>(&self, question: &str, read: impl FnOnce(&Answers) -> R) -> R {
        match self
            .typing
            .try_with_value(|typing| typing.get(question).cloned())
            .flatten()
        {
            Some(typed) => {
                let mut answers = Answers::new();
                answers.set(question, typed);
                read(&answers)
            }
            None => self.answers.with_untracked(read),
        }
    }

    /// The text of `question` as the resident last left it: typed, or else answered.
    pub fn text_now(&self, question: &str) -> String {
        self.answer_now(question, |a| a.text(question).to_string())
    }
}

/// Puts typed answers into the answers.
pub(super) fn put_typing(answers: &mut Answers, typed: &Answers) {
    for (question, answer) in typed.iter() {
        answers.set(question, answer.clone());
    }
}
