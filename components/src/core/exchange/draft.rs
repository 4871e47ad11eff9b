//! What a form keeps on the device, for how long, and when it is wiped.
//!
//! By default a draft lives in this browser tab only (session storage): it survives a refresh,
//! a crash and the back and forward buttons, and is gone when the tab closes. A resident may
//! choose "remember on this device": then a copy also lives in local storage until a date, and
//! is wiped after that date, after sending, or by "Clear my answers".

use crate::core::journey::flow::{FormState, Position};
use crate::core::model::spec::FormSpec;

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
    let device_state = device.and_then(|json| FormState::from_draft(spec, json));
    let device_valid = device_state
        .as_ref()
        .is_some_and(|s| s.keep_until.is_some_and(|until| until > now_ms));
    let wipe_device_copy = device.is_some() && !device_valid;
    let tab_state = tab.and_then(|json| FormState::from_draft(spec, json));
    let state = match (tab_state, device_state) {
        (Some(state), _) => state,
        (None, Some(state)) if device_valid => state,
        _ => FormState::new(spec),
    };
    Restored {
        state,
        wipe_device_copy,
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

    #[test]
    fn clearing_forgets_everything() {
        assert_eq!(wiped(&spec()), FormState::new(&spec()));
    }
}
