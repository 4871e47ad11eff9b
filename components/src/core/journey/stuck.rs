//! Noticing that a resident is stuck, from what happens in the form: the same question failing
//! again and again, going back and forth between two pages, or no change for a while after
//! starting on a page. The view feeds it events and shows an offer of help when it says so;
//! the offer never takes focus.

use serde::{Deserialize, Serialize};

pub use crate::core::model::profile::StuckSettings;

/// Why help is offered.
///
/// # Examples
///
/// ```
/// use loket::{FormEvent, HelpMemory, StuckDetector, StuckReason, StuckSettings};
///
/// let mut detector = StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 1);
/// detector.record(FormEvent::Changed { page: 1, at_ms: 0.0 });
/// let reason = detector.record(FormEvent::Tick { at_ms: 180_000.0 });
/// assert_eq!(reason, Some(StuckReason::NoProgress));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StuckReason {
    /// One question failed its check again and again.
    RepeatedErrors,
    /// Back and forth between the same two pages.
    BackAndForth,
    /// No change for a while after starting.
    NoProgress,
}

impl StuckReason {
    /// Every reason, for checks that each has its text.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::StuckReason;
    ///
    /// let keys: Vec<String> = StuckReason::ALL.iter().map(|r| format!("loket-stuck-{}", r.key())).collect();
    /// assert_eq!(keys.len(), 3);
    /// ```
    pub const ALL: [StuckReason; 3] = [
        StuckReason::RepeatedErrors,
        StuckReason::BackAndForth,
        StuckReason::NoProgress,
    ];

    /// The reason as used in text keys (`loket-stuck-<reason>`).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::StuckReason;
    ///
    /// assert_eq!(StuckReason::BackAndForth.key(), "back-and-forth");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            StuckReason::RepeatedErrors => "repeated-errors",
            StuckReason::BackAndForth => "back-and-forth",
            StuckReason::NoProgress => "no-progress",
        }
    }
}

/// Something that happened in the form. Pages are numbered by the view (a step's index; the
/// check page and exit pages after the steps).
///
/// # Examples
///
/// ```
/// use loket::{FormEvent, HelpMemory, StuckDetector, StuckReason, StuckSettings};
///
/// let mut detector = StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 0);
/// let moves = [(0, 1), (1, 0), (0, 1), (1, 0)];
/// let reasons: Vec<_> = moves
///     .into_iter()
///     .map(|(from, to)| detector.record(FormEvent::Moved { from, to }))
///     .collect();
/// assert_eq!(reasons, [None, None, None, Some(StuckReason::BackAndForth)]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum FormEvent {
    /// "Next" found these questions not yet right on `page`.
    Failed {
        /// The page.
        page: usize,
        /// The questions with an error.
        questions: Vec<String>,
    },
    /// The resident went from one page to another.
    Moved {
        /// Where they were.
        from: usize,
        /// Where they are now.
        to: usize,
    },
    /// An answer changed on `page` at `at_ms` (milliseconds on any steady clock).
    Changed {
        /// The page.
        page: usize,
        /// When.
        at_ms: f64,
    },
    /// Time passed: it is now `at_ms`.
    Tick {
        /// Now.
        at_ms: f64,
    },
}

/// What the detector remembers across a refresh: where help was offered and whether the
/// resident said "no, thank you".
///
/// # Examples
///
/// ```
/// use loket::{FormEvent, HelpMemory, StuckDetector, StuckSettings};
///
/// // After a refresh, help that was declined is not offered again.
/// let memory = HelpMemory { offered: vec![1], dismissed: true };
/// let mut detector = StuckDetector::new(StuckSettings::default(), memory, 2);
/// for _ in 0..3 {
///     let failed = FormEvent::Failed { page: 2, questions: vec!["email".into()] };
///     assert_eq!(detector.record(failed), None);
/// }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpMemory {
    /// Pages where help was offered already (once per page).
    #[serde(default)]
    pub offered: Vec<usize>,
    /// The resident dismissed an offer: no more offers on this form.
    #[serde(default)]
    pub dismissed: bool,
}

/// The stuck detector for one form.
///
/// # Examples
///
/// ```
/// use loket::{FormEvent, HelpMemory, StuckDetector, StuckReason, StuckSettings};
///
/// let mut detector = StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 3);
/// let failed = || FormEvent::Failed { page: 3, questions: vec!["email".into()] };
/// assert_eq!(detector.record(failed()), None);
/// assert_eq!(detector.record(failed()), None);
/// assert_eq!(detector.record(failed()), Some(StuckReason::RepeatedErrors));
/// assert_eq!(detector.memory().offered, [3]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct StuckDetector {
    settings: StuckSettings,
    memory: HelpMemory,
    page: usize,
    failures: Vec<(String, u32)>,
    moves: Vec<(usize, usize)>,
    last_change_ms: Option<f64>,
    showing: Option<StuckReason>,
}

impl StuckDetector {
    /// A detector starting on `page`, remembering earlier offers and dismissal.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{HelpMemory, StuckDetector, StuckSettings};
    ///
    /// let detector = StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 0);
    /// assert_eq!(detector.showing(), None);
    /// ```
    pub fn new(settings: StuckSettings, memory: HelpMemory, page: usize) -> Self {
        Self {
            settings,
            memory,
            page,
            ..Self::default()
        }
    }

    /// The limits this detector works with.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{HelpMemory, StuckDetector, StuckSettings};
    ///
    /// let settings = StuckSettings { failures: 2, ..StuckSettings::default() };
    /// let detector = StuckDetector::new(settings, HelpMemory::default(), 0);
    /// assert_eq!(detector.settings().failures, 2);
    /// ```
    pub fn settings(&self) -> StuckSettings {
        self.settings
    }

    /// What to keep in the draft.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{HelpMemory, StuckDetector, StuckSettings};
    ///
    /// let mut detector = StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 0);
    /// detector.dismiss();
    /// assert!(detector.memory().dismissed);
    /// ```
    pub fn memory(&self) -> &HelpMemory {
        &self.memory
    }

    /// The offer showing now, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{FormEvent, HelpMemory, StuckDetector, StuckReason, StuckSettings};
    ///
    /// let settings = StuckSettings { failures: 1, ..StuckSettings::default() };
    /// let mut detector = StuckDetector::new(settings, HelpMemory::default(), 0);
    /// detector.record(FormEvent::Failed { page: 0, questions: vec!["naam".into()] });
    /// assert_eq!(detector.showing(), Some(StuckReason::RepeatedErrors));
    /// // Moving to another page hides the offer.
    /// detector.record(FormEvent::Moved { from: 0, to: 1 });
    /// assert_eq!(detector.showing(), None);
    /// ```
    pub fn showing(&self) -> Option<StuckReason> {
        self.showing
    }

    /// Takes in an event; returns the reason when an offer should appear now.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{FormEvent, HelpMemory, StuckDetector, StuckReason, StuckSettings};
    ///
    /// let mut detector = StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 0);
    /// assert_eq!(detector.record(FormEvent::Changed { page: 0, at_ms: 1_000.0 }), None);
    /// assert_eq!(detector.record(FormEvent::Tick { at_ms: 60_000.0 }), None);
    /// assert_eq!(
    ///     detector.record(FormEvent::Tick { at_ms: 181_000.0 }),
    ///     Some(StuckReason::NoProgress)
    /// );
    /// ```
    pub fn record(&mut self, event: FormEvent) -> Option<StuckReason> {
        let reason = match event {
            FormEvent::Failed { page, questions } => {
                self.enter(page);
                self.count_failures(&questions)
            }
            FormEvent::Moved { from, to } => {
                self.enter(to);
                self.count_move(from, to)
            }
            FormEvent::Changed { page, at_ms } => {
                self.enter(page);
                self.last_change_ms = Some(at_ms);
                None
            }
            FormEvent::Tick { at_ms } => self.check_idle(at_ms),
        }?;
        self.offer(reason)
    }

    /// "No, thank you": hides the offer and stops offering on this form.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{FormEvent, HelpMemory, StuckDetector, StuckSettings};
    ///
    /// let settings = StuckSettings { failures: 1, ..StuckSettings::default() };
    /// let mut detector = StuckDetector::new(settings, HelpMemory::default(), 0);
    /// assert!(detector.record(FormEvent::Failed { page: 0, questions: vec!["naam".into()] }).is_some());
    /// detector.dismiss();
    /// assert_eq!(detector.showing(), None);
    /// assert_eq!(detector.record(FormEvent::Failed { page: 1, questions: vec!["email".into()] }), None);
    /// ```
    pub fn dismiss(&mut self) {
        self.showing = None;
        self.memory.dismissed = true;
    }

    fn enter(&mut self, page: usize) {
        if page != self.page {
            self.page = page;
            self.failures.clear();
            self.last_change_ms = None;
            self.showing = None;
        }
    }

    fn count_failures(&mut self, questions: &[String]) -> Option<StuckReason> {
        let mut reached = false;
        for question in questions {
            let count = match self.failures.iter_mut().find(|(q, _)| q == question) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    self.failures.push((question.clone(), 1));
                    1
                }
            };
            reached |= count >= self.settings.failures.max(1);
        }
        reached.then_some(StuckReason::RepeatedErrors)
    }

    fn count_move(&mut self, from: usize, to: usize) -> Option<StuckReason> {
        let pair = (from.min(to), from.max(to));
        if self.moves.last().is_some_and(|last| *last != pair) {
            self.moves.clear();
        }
        self.moves.push(pair);
        (self.moves.len() >= self.settings.moves.max(2) as usize)
            .then_some(StuckReason::BackAndForth)
    }

    fn check_idle(&self, now_ms: f64) -> Option<StuckReason> {
        let limit = f64::from(self.settings.idle_seconds) * 1000.0;
        let since = self.last_change_ms?;
        (self.settings.idle_seconds > 0 && now_ms - since >= limit)
            .then_some(StuckReason::NoProgress)
    }

    fn offer(&mut self, reason: StuckReason) -> Option<StuckReason> {
        if self.memory.dismissed || self.memory.offered.contains(&self.page) {
            return None;
        }
        self.memory.offered.push(self.page);
        self.showing = Some(reason);
        Some(reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> StuckDetector {
        StuckDetector::new(StuckSettings::default(), HelpMemory::default(), 0)
    }

    fn failed(page: usize, questions: &[&str]) -> FormEvent {
        FormEvent::Failed {
            page,
            questions: questions.iter().map(|q| q.to_string()).collect(),
        }
    }

    #[test]
    fn the_same_question_failing_three_times_offers_help() {
        let mut d = detector();
        assert_eq!(d.record(failed(1, &["email", "naam"])), None);
        assert_eq!(d.record(failed(1, &["email"])), None);
        assert_eq!(
            d.record(failed(1, &["email"])),
            Some(StuckReason::RepeatedErrors)
        );
        assert_eq!(d.showing(), Some(StuckReason::RepeatedErrors));
    }

    #[test]
    fn different_questions_failing_do_not_add_up() {
        let mut d = detector();
        for q in ["a", "b", "c", "d"] {
            assert_eq!(d.record(failed(1, &[q])), None);
        }
    }

    #[test]
    fn failures_on_another_page_start_counting_again() {
        let mut d = detector();
        d.record(failed(1, &["email"]));
        d.record(failed(1, &["email"]));
        d.record(FormEvent::Moved { from: 1, to: 2 });
        d.record(FormEvent::Moved { from: 2, to: 1 });
        assert_eq!(d.record(failed(1, &["email"])), None);
    }

    #[test]
    fn going_back_and_forth_between_two_pages_offers_help() {
        let mut d = detector();
        assert_eq!(d.record(FormEvent::Moved { from: 0, to: 1 }), None);
        assert_eq!(d.record(FormEvent::Moved { from: 1, to: 2 }), None);
        assert_eq!(d.record(FormEvent::Moved { from: 2, to: 1 }), None);
        assert_eq!(d.record(FormEvent::Moved { from: 1, to: 2 }), None);
        assert_eq!(
            d.record(FormEvent::Moved { from: 2, to: 1 }),
            Some(StuckReason::BackAndForth)
        );
    }

    #[test]
    fn moving_on_through_the_form_is_not_back_and_forth() {
        let mut d = detector();
        for page in 0..6 {
            assert_eq!(
                d.record(FormEvent::Moved {
                    from: page,
                    to: page + 1
                }),
                None
            );
        }
    }

    #[test]
    fn no_change_for_a_while_after_starting_offers_help() {
        let mut d = detector();
        assert_eq!(d.record(FormEvent::Tick { at_ms: 900_000.0 }), None);
        d.record(FormEvent::Changed {
            page: 0,
            at_ms: 1_000.0,
        });
        assert_eq!(d.record(FormEvent::Tick { at_ms: 150_000.0 }), None);
        d.record(FormEvent::Changed {
            page: 0,
            at_ms: 150_000.0,
        });
        assert_eq!(d.record(FormEvent::Tick { at_ms: 329_000.0 }), None);
        assert_eq!(
            d.record(FormEvent::Tick { at_ms: 330_000.0 }),
            Some(StuckReason::NoProgress)
        );
    }

    #[test]
    fn moving_on_stops_the_clock_and_zero_switches_it_off() {
        let mut d = detector();
        d.record(FormEvent::Changed {
            page: 0,
            at_ms: 0.0,
        });
        d.record(FormEvent::Moved { from: 0, to: 1 });
        assert_eq!(d.record(FormEvent::Tick { at_ms: 1e9 }), None);

        let settings = StuckSettings {
            idle_seconds: 0,
            ..StuckSettings::default()
        };
        let mut off = StuckDetector::new(settings, HelpMemory::default(), 0);
        off.record(FormEvent::Changed {
            page: 0,
            at_ms: 0.0,
        });
        assert_eq!(off.record(FormEvent::Tick { at_ms: 1e9 }), None);
    }

    #[test]
    fn help_is_offered_at_most_once_per_page() {
        let mut d = detector();
        for _ in 0..3 {
            d.record(failed(1, &["email"]));
        }
        assert_eq!(d.record(failed(1, &["email"])), None);
        d.record(FormEvent::Changed {
            page: 1,
            at_ms: 0.0,
        });
        assert_eq!(d.record(FormEvent::Tick { at_ms: 1e9 }), None);
        d.record(FormEvent::Moved { from: 1, to: 2 });
        assert_eq!(
            d.showing(),
            None,
            "the offer belongs to the page it was made on"
        );
        for _ in 0..2 {
            d.record(failed(2, &["x"]));
        }
        assert_eq!(
            d.record(failed(2, &["x"])),
            Some(StuckReason::RepeatedErrors)
        );
        assert_eq!(d.memory().offered, vec![1, 2]);
    }

    #[test]
    fn dismissing_stops_all_offers_and_is_remembered() {
        let mut d = detector();
        for _ in 0..3 {
            d.record(failed(1, &["email"]));
        }
        d.dismiss();
        assert_eq!(d.showing(), None);
        let memory = d.memory().clone();
        assert!(memory.dismissed);

        let mut after_refresh = StuckDetector::new(StuckSettings::default(), memory, 2);
        for _ in 0..5 {
            assert_eq!(after_refresh.record(failed(2, &["x"])), None);
        }
    }

    #[test]
    fn an_offer_made_before_a_refresh_is_not_made_again() {
        let memory = HelpMemory {
            offered: vec![1],
            dismissed: false,
        };
        let mut d = StuckDetector::new(StuckSettings::default(), memory, 1);
        for _ in 0..3 {
            assert_eq!(d.record(failed(1, &["email"])), None);
        }
    }
}
