//! What a form keeps on the device, for how long, and when it is wiped.
//!
//! By default a draft lives in this browser tab only (session storage): it survives a refresh,
//! a crash and the back and forward buttons, and is gone when the tab closes. A resident may
//! choose "remember on this device": then a copy also lives in local storage until a date, and
//! is wiped after that date, after sending, or by "Clear my answers".

use crate::core::journey::flow::{FormState, Position};
use crate::core::model::answers::{Answer, Answers};
use crate::core::model::spec::{FormSpec, Question, QuestionKind};

pub use crate::core::model::profile::DEFAULT_REMEMBER_DAYS;

const DAY_MS: u64 = 86_400_000;

/// Where a form's draft is kept in this tab (session storage) and on the device (local storage).
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::storage_key;
///
/// assert_eq!(storage_key("klacht"), "loket-draft-klacht");
/// ```
pub fn storage_key(form: &str) -> String {
    format!("loket-draft-{form}")
}

/// The moment a draft remembered now stops being kept (milliseconds since 1970).
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::remember_until;
///
/// let now = 1_800_000_000_000;
/// assert_eq!(remember_until(now, 1), now + 86_400_000);
/// ```
pub fn remember_until(now_ms: u64, days: u32) -> u64 {
    now_ms.saturating_add(u64::from(days) * DAY_MS)
}

/// A draft found on opening a form, and what to do with the device copy.
///
/// # Examples
///
/// ```
/// use loket::FormState;
/// use loket::core::exchange::draft::restore;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let restored = restore(&spec, None, Some("not a draft"), 0);
/// assert_eq!(restored.state, FormState::new(&spec));
/// assert!(restored.wipe_device_copy);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The state to continue from (a fresh start when nothing usable was kept).
    pub state: FormState,
    /// The device copy is out of date or unreadable and must be wiped.
    pub wipe_device_copy: bool,
    /// What the resident must be told about the draft continued from.
    pub changes: Changes,
}

/// What changed between a kept draft and the form as the resident continues it: the form got
/// a new version since, or files were too large to keep in the browser.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::Changes;
///
/// assert!(Changes::default().is_empty());
/// let changes = Changes { form_changed: true, ..Changes::default() };
/// assert!(!changes.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The form has another version than the one the draft was made with. Every answer whose
    /// question is still asked and still accepts it was kept.
    pub form_changed: bool,
    /// Questions still asked whose earlier answer no longer fits (its option is gone, or the
    /// question now asks something else): the resident answers them again. In form order.
    pub answer_again: Vec<String>,
    /// Files that were too large to keep in the browser: (question id, file name). The
    /// resident adds them again.
    pub add_again: Vec<(String, String)>,
}

impl Changes {
    /// True when there is nothing to tell.
    pub fn is_empty(&self) -> bool {
        !self.form_changed && self.answer_again.is_empty() && self.add_again.is_empty()
    }
}

/// Whether `answer` is one `question` still accepts in its shape: the right kind of answer,
/// and for options, options that still exist.
fn still_accepts(question: &Question, answer: &Answer) -> bool {
    if !answer.fits(&question.kind) {
        return false;
    }
    match (&question.kind, answer) {
        (QuestionKind::Choice { options }, Answer::Text(chosen)) => {
            chosen.trim().is_empty() || options.contains(chosen)
        }
        (QuestionKind::Checkboxes { options }, Answer::List(ticked)) => {
            ticked.iter().all(|t| options.contains(t))
        }
        _ => true,
    }
}

/// A draft of another version of `spec`, brought over: every answer whose question is still
/// asked and still accepts it is kept; the resident starts again at the first step, where they
/// are told what changed, with the questions to answer again.
fn carried_over(spec: &FormSpec, old: FormState) -> (FormState, Vec<String>) {
    let mut answers = Answers::new();
    let mut again = Vec::new();
    for question in spec.questions() {
        match old.answers.get(&question.id) {
            Some(answer) if still_accepts(question, answer) => {
                answers.set(&question.id, answer.clone());
            }
            Some(answer) if !answer.is_blank() => {
                // Asked again without a default chosen for the resident.
                if question.default.is_some() {
                    answers.set_text(&question.id, "");
                }
                again.push(question.id.clone());
            }
            _ => {}
        }
    }
    let state = FormState {
        version: spec.version,
        answers: answers.with_defaults(spec),
        position: Position::Step { index: 0 },
        returning_to_check: false,
        steps_before_change: Vec::new(),
        ..old
    };
    (state, again)
}

/// Reads a kept draft of `spec`, of this version or another; `None` when it is unreadable
/// or belongs to another form.
fn read(spec: &FormSpec, json: &str) -> Option<(FormState, Changes)> {
    if let Some(state) = FormState::from_draft(spec, json) {
        return Some((state, Changes::default()));
    }
    let old: FormState = serde_json::from_str(json).ok()?;
    if old.form != spec.id || old.version == spec.version {
        return None;
    }
    let (state, answer_again) = carried_over(spec, old);
    let changes = Changes {
        form_changed: true,
        answer_again,
        add_again: Vec::new(),
    };
    Some((state, changes))
}

/// Takes out the files whose contents could not be kept (a name and a size, no contents) and
/// names them, so the resident adds them again instead of sending them empty.
fn files_to_add_again(state: &mut FormState, spec: &FormSpec) -> Vec<(String, String)> {
    let mut lost = Vec::new();
    for question in spec.questions() {
        let (kept, gone): (Vec<_>, Vec<_>) = state
            .answers
            .files(&question.id)
            .into_iter()
            .partition(|f| f.size == 0 || !f.content_base64.is_empty());
        if gone.is_empty() {
            continue;
        }
        lost.extend(gone.into_iter().map(|f| (question.id.clone(), f.name)));
        state.answers.set(&question.id, Answer::Files(kept));
    }
    lost
}

/// Chooses the draft to continue from: this tab's copy first (it is the newest), else the
/// device copy while it has not expired.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::{keep, remember_until, restore};
/// use loket::FormState;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let now = 1_800_000_000_000;
/// let mut state = FormState::new(&spec);
/// state.answers.set_text("soort", "behandeling");
/// state.keep_until = Some(remember_until(now, 7));
/// let device_copy = keep(&state, now).device.unwrap();
///
/// // A new tab the next day continues from the device copy.
/// let restored = restore(&spec, None, Some(&device_copy), now + 86_400_000);
/// assert_eq!(restored.state.answers.text("soort"), "behandeling");
/// assert!(!restored.wipe_device_copy);
///
/// // After the chosen week, the device copy is wiped.
/// let restored = restore(&spec, None, Some(&device_copy), remember_until(now, 8));
/// assert_eq!(restored.state, FormState::new(&spec));
/// assert!(restored.wipe_device_copy);
/// ```
pub fn restore(spec: &FormSpec, tab: Option<&str>, device: Option<&str>, now_ms: u64) -> Restored {
    let device_state = device.and_then(|json| read(spec, json));
    let device_valid = device_state
        .as_ref()
        .is_some_and(|(s, _)| s.keep_until.is_some_and(|until| until > now_ms));
    let wipe_device_copy = device.is_some() && !device_valid;
    let tab_state = tab.and_then(|json| read(spec, json));
    let (mut state, mut changes) = match (tab_state, device_state) {
        (Some(kept), _) => kept,
        (None, Some(kept)) if device_valid => kept,
        _ => (FormState::new(spec), Changes::default()),
    };
    changes.add_again = files_to_add_again(&mut state, spec);
    Restored {
        state,
        wipe_device_copy,
        changes,
    }
}

/// What to write after a change.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::keep;
/// use loket::FormState;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let kept = keep(&FormState::new(&spec), 0);
/// assert!(kept.tab.is_some());
/// assert_eq!(kept.device, None);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Keep {
    /// The draft for this tab; `None` once the form is sent (wipe it).
    pub tab: Option<String>,
    /// The draft for the device; `None` when the resident did not ask for it, it expired, or
    /// the form is sent (wipe it).
    pub device: Option<String>,
}

/// What to keep where for `state` now.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::{keep, Keep};
/// use loket::{FormState, Position};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut state = FormState::new(&spec);
/// let kept = keep(&state, 0);
/// assert_eq!(kept.tab, Some(state.to_draft()));
///
/// // Once the form is sent, nothing is kept.
/// state.position = Position::Done { reference: "KLA-2345-6789".into(), received_at: None };
/// assert_eq!(keep(&state, 0), Keep { tab: None, device: None });
/// ```
pub fn keep(state: &FormState, now_ms: u64) -> Keep {
    if matches!(state.position, Position::Done { .. }) {
        return Keep {
            tab: None,
            device: None,
        };
    }
    let json = state.to_draft();
    let on_device = state.keep_until.is_some_and(|until| until > now_ms);
    Keep {
        device: on_device.then(|| json.clone()),
        tab: Some(json),
    }
}

/// A fresh start after "Clear my answers": nothing of the old draft remains.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::wiped;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let fresh = wiped(&spec);
/// assert_eq!(fresh.answers.iter().count(), 0);
/// assert_eq!(fresh.keep_until, None);
/// ```
pub fn wiped(spec: &FormSpec) -> FormState {
    FormState::new(spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_800_000_000_000;

    fn spec() -> FormSpec {
        FormSpec::from_json(
            r#"{"id":"f","version":1,"steps":[{"id":"s","questions":[{"id":"q","kind":{"type":"long_text"}}]},{"id":"t","questions":[{"id":"r","kind":{"type":"long_text"}}]}]}"#,
        )
        .unwrap()
    }

    fn typed(text: &str, keep_until: Option<u64>) -> FormState {
        let mut state = FormState::new(&spec());
        state.answers.set_text("q", text.to_string());
        state.position = Position::Step { index: 1 };
        state.keep_until = keep_until;
        state
    }

    #[test]
    fn by_default_a_draft_stays_in_this_tab_only() {
        let kept = keep(&typed("a", None), NOW);
        assert!(kept.tab.is_some());
        assert_eq!(kept.device, None);
    }

    #[test]
    fn remembered_on_the_device_until_the_chosen_day() {
        let until = remember_until(NOW, 7);
        assert_eq!(until - NOW, 7 * 86_400_000);
        let state = typed("a", Some(until));
        let kept = keep(&state, NOW);
        let device = kept.device.expect("kept on the device");
        // A new tab has no tab copy: the device copy brings the resident back where they were.
        let restored = restore(&spec(), None, Some(&device), NOW + 1);
        assert_eq!(restored.state, state);
        assert!(!restored.wipe_device_copy);
    }

    #[test]
    fn an_expired_device_copy_is_wiped_and_not_restored() {
        let state = typed("a", Some(remember_until(NOW, 7)));
        let device = keep(&state, NOW).device.unwrap();
        let later = remember_until(NOW, 7) + 1;
        let restored = restore(&spec(), None, Some(&device), later);
        assert_eq!(restored.state, FormState::new(&spec()));
        assert!(restored.wipe_device_copy);
        assert_eq!(keep(&state, later).device, None, "stops writing it too");
    }

    #[test]
    fn this_tab_s_copy_wins_over_the_device_copy() {
        let until = Some(remember_until(NOW, 7));
        let older = keep(&typed("older", until), NOW).device.unwrap();
        let newer = keep(&typed("newer", until), NOW).tab.unwrap();
        let restored = restore(&spec(), Some(&newer), Some(&older), NOW);
        assert_eq!(restored.state.answers.text("q"), "newer");
    }

    #[test]
    fn garbage_in_storage_gives_a_fresh_start_and_wipes_the_device_copy() {
        let restored = restore(&spec(), Some("{"), Some("\u{0}not json"), NOW);
        assert_eq!(restored.state, FormState::new(&spec()));
        assert!(restored.wipe_device_copy);
        let nothing = restore(&spec(), None, None, NOW);
        assert!(!nothing.wipe_device_copy);
    }

    #[test]
    fn nothing_is_kept_once_the_form_is_sent() {
        let mut state = typed("a", Some(remember_until(NOW, 7)));
        state.position = Position::Done {
            reference: "R".into(),
            received_at: None,
        };
        assert_eq!(
            keep(&state, NOW),
            Keep {
                tab: None,
                device: None
            }
        );
    }

    #[test]
    fn the_keys_survive_in_the_draft_so_a_send_after_a_refresh_is_the_same_submission() {
        let mut state = typed("a", None);
        state.sending = Some(crate::core::SendingKeys {
            reference: "KLA-1".into(),
            idempotency_key: "k".into(),
        });
        let tab = keep(&state, NOW).tab.unwrap();
        assert_eq!(
            restore(&spec(), Some(&tab), None, NOW).state.sending,
            state.sending
        );
    }

    fn spec_v2() -> FormSpec {
        FormSpec::from_json(
            r#"{"id":"f","version":2,"steps":[{"id":"s","questions":[{"id":"q","kind":{"type":"long_text"}},{"id":"kleur","kind":{"type":"choice","options":["rood","blauw"]}}]},{"id":"t","questions":[{"id":"r","kind":{"type":"date"}},{"id":"nieuw","kind":{"type":"text"}}]}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_draft_of_an_older_version_keeps_every_answer_the_new_form_still_accepts() {
        let old = FormSpec::from_json(
            r#"{"id":"f","version":1,"steps":[{"id":"s","questions":[{"id":"q","kind":{"type":"long_text"}},{"id":"kleur","kind":{"type":"choice","options":["rood","groen"]}}]},{"id":"t","questions":[{"id":"r","kind":{"type":"long_text"}},{"id":"weg","kind":{"type":"text"}}]}]}"#,
        )
        .unwrap();
        let mut state = FormState::new(&old);
        state.answers.set_text("q", "Mijn verhaal");
        state.answers.set_text("kleur", "groen");
        state.answers.set_text("r", "gisteren");
        state.answers.set_text("weg", "niet meer gevraagd");
        state.position = Position::Check;
        let tab = keep(&state, NOW).tab.unwrap();

        let restored = restore(&spec_v2(), Some(&tab), None, NOW);
        assert_eq!(restored.state.answers.text("q"), "Mijn verhaal");
        assert_eq!(
            restored.state.answers.get("kleur"),
            None,
            "its option is gone"
        );
        assert_eq!(restored.state.answers.get("r"), None, "now a date");
        assert_eq!(restored.state.answers.get("weg"), None, "no longer asked");
        assert_eq!(restored.state.version, 2);
        assert_eq!(restored.state.position, Position::Step { index: 0 });
        assert_eq!(
            restored.changes,
            Changes {
                form_changed: true,
                answer_again: vec!["kleur".into(), "r".into()],
                add_again: Vec::new(),
            }
        );
    }

    #[test]
    fn a_draft_of_another_form_is_not_carried_over() {
        let mut state = typed("a", None);
        state.form = "ander".into();
        let tab = keep(&state, NOW).tab.unwrap();
        let restored = restore(&spec_v2(), Some(&tab), None, NOW);
        assert_eq!(restored.state, FormState::new(&spec_v2()));
        assert!(restored.changes.is_empty());
    }

    #[test]
    fn files_too_large_to_keep_are_named_to_add_again_and_not_sent_empty() {
        use crate::core::model::answers::FileAnswer;
        let spec = FormSpec::from_json(
            r#"{"id":"f","version":1,"steps":[{"id":"s","questions":[{"id":"bijlagen","kind":{"type":"files","accept":["application/pdf"],"max_bytes":9000000,"max_files":3}}]}]}"#,
        )
        .unwrap();
        let file = |name: &str, content: &str| FileAnswer {
            name: name.into(),
            media_type: "application/pdf".into(),
            size: 3,
            content_base64: content.into(),
        };
        let mut state = FormState::new(&spec);
        state.answers.set(
            "bijlagen",
            Answer::Files(vec![
                file("klein.pdf", "AAEC"),
                file("groot.pdf", "AAECAwQF"),
            ]),
        );
        assert!(state.answers.drop_largest_file_content());
        let tab = keep(&state, NOW).tab.unwrap();

        let restored = restore(&spec, Some(&tab), None, NOW);
        assert_eq!(
            restored.state.answers.files("bijlagen"),
            [file("klein.pdf", "AAEC")]
        );
        assert_eq!(
            restored.changes.add_again,
            [("bijlagen".to_string(), "groot.pdf".to_string())]
        );
        assert!(!restored.changes.form_changed);
    }

    #[test]
    fn clearing_forgets_everything() {
        assert_eq!(wiped(&spec()), FormState::new(&spec()));
    }
}
