//! The help pages shown in place of a step.

/// A help page shown in place of the current step; closing it returns to the step.
///
/// # Examples
///
/// ```
/// use loket::view::HelpView;
///
/// assert_eq!(HelpView::Callback.title_key(), "loket-callback-title");
/// assert_ne!(HelpView::HandOff, HelpView::Callback);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpView {
    /// "Take my answers with me": summary, code, QR code, download.
    HandOff,
    /// "Call me back".
    Callback,
}

impl HelpView {
    /// The key of the page's title.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::view::HelpView;
    ///
    /// assert_eq!(HelpView::HandOff.title_key(), "loket-handoff-title");
    /// ```
    pub fn title_key(self) -> &'static str {
        match self {
            HelpView::HandOff => "loket-handoff-title",
            HelpView::Callback => "loket-callback-title",
        }
    }
}
