//! What every page and every embedded form reads: the texts, the municipality profiles and the
//! forms, all built into the module (see `build.rs`).

use std::sync::{Arc, OnceLock};

use loket::{Catalog, FormSpec, Profile};

use crate::assets;

/// The municipality when the page does not name one.
pub const DEFAULT_PROFILE: &str = "enschede";

/// Every text of every locale, freshly read (a form loaded at run time adds its own). Each
/// language is parsed when it is first shown, so a page in Dutch spends no time or memory on
/// the English and German texts. Problems in texts are caught by the test suite.
pub fn fresh_catalog() -> Catalog {
    let mut catalog = Catalog::new();
    for (locale, _file, source) in assets::LOCALES {
        catalog.add_deferred(locale, source);
    }
    // For testers: `?lang=en-XA` shows every text accented, longer and in brackets.
    catalog.add_pseudo(loket::i18n::PSEUDO_TAG, "en");
    catalog
}

/// Every text of every locale, read once per page load and shared by every form on it.
pub fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG.get_or_init(|| Arc::new(fresh_catalog())).clone()
}

/// The built-in profile with this id (`enschede`, `haaksbergen`).
pub fn built_in_profile(id: &str) -> Option<Profile> {
    assets::PROFILES
        .iter()
        .find(|(p, _)| *p == id)
        .and_then(|(_, json)| Profile::from_json(json).ok())
}

/// Every form `profile` uses, the call-back form included, with its local rules filled in.
/// Only those forms are read (a spec's file is named after its id).
pub fn forms_of(profile: &Profile) -> Vec<Arc<FormSpec>> {
    let used = |id: &str| profile.offers(id) || profile.callback_form.as_deref() == Some(id);
    assets::FORMS
        .iter()
        .filter(|(file, _)| used(file))
        .filter_map(|(_, json)| FormSpec::from_json(json).ok())
        .filter(|spec| used(&spec.id))
        .filter_map(|spec| spec.with_profile(&profile.settings).ok())
        .map(Arc::new)
        .collect()
}

/// The form behind "Call me back" among `forms`, if `profile` names one.
pub fn callback_form_of(profile: &Profile, forms: &[Arc<FormSpec>]) -> Option<Arc<FormSpec>> {
    let id = profile.callback_form.as_deref()?;
    forms.iter().find(|f| f.id == id).cloned()
}
