//! What every page and every embedded form reads: the texts, the municipality profiles and the
//! forms, all built into the module (see `build.rs`).

use std::sync::{Arc, OnceLock};

use loket::core::texts::i18n::PSEUDO_TAG;
use loket::{Catalog, FormSpec, Profile};

use crate::assets;

/// The locale whose texts the pseudo-locale (`?lang=en-XA`) shows, accented.
const PSEUDO_BASE: &str = "en";

/// The pseudo-locale that shows `locale`'s texts, if one does (for `app --texts`).
#[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
pub fn pseudo_of(locale: &str) -> Option<&'static str> {
    (locale == PSEUDO_BASE).then_some(PSEUDO_TAG)
}

/// The municipality when the page does not name one.
pub const DEFAULT_PROFILE: &str = "enschede";

/// Every locale, with its texts as `build.rs` compiled them (a form loaded at run time adds its
/// own). Nothing is parsed in the browser; a language's index is made when it is first shown.
/// The residents' module carries no texts: each locale is offered, and its texts arrive from
/// the page ([`add_texts`]), so a page in Dutch never downloads the English and German ones.
pub fn fresh_catalog() -> Catalog {
    let mut catalog = Catalog::new();
    for (locale, texts) in assets::TEXTS {
        catalog.add_compiled(locale, texts);
    }
    for (locale, name) in assets::FETCHED {
        catalog.offer(locale, name);
    }
    // For testers: `?lang=en-XA` shows every text accented, longer and in brackets.
    catalog.add_pseudo(PSEUDO_TAG, PSEUDO_BASE);
    catalog
}

/// Every text of every locale, read once per page load and shared by every form on it.
pub fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG.get_or_init(|| Arc::new(fresh_catalog())).clone()
}

/// Gives the page's catalog a locale's compiled texts, fetched by the page; false when the
/// module does not fetch that locale's texts or already has them.
pub fn add_texts(locale: &str, texts: String) -> bool {
    catalog().arrive(locale, texts)
}

/// The built-in profile with this id (`enschede`, `haaksbergen`).
pub fn built_in_profile(id: &str) -> Option<Profile> {
    assets::PROFILES
        .iter()
        .find(|(p, _)| *p == id)
        .and_then(|(_, json)| Profile::from_json(json).ok())
}

/// Every form `profile` uses, the call-back form included, with its local rules filled in.
/// Only those forms are made (a spec's file is named after its id).
pub fn forms_of(profile: &Profile) -> Vec<Arc<FormSpec>> {
    assets::FORM_IDS
        .iter()
        .filter_map(|id| form_of(profile, id))
        .collect()
}

/// The form `id` if `profile` uses it (offers it, or names it for "Call me back"), with its
/// local rules filled in. Only that form is made.
pub fn form_of(profile: &Profile, id: &str) -> Option<Arc<FormSpec>> {
    let used = profile.offers(id) || profile.callback_form.as_deref() == Some(id);
    if !used {
        return None;
    }
    let spec = assets::baked_form(id)?;
    let spec = spec.with_profile(&profile.settings).ok()?;
    (spec.id == id).then(|| Arc::new(spec))
}

/// The form behind "Call me back" among `forms`, if `profile` names one.
pub fn callback_form_of(profile: &Profile, forms: &[Arc<FormSpec>]) -> Option<Arc<FormSpec>> {
    let id = profile.callback_form.as_deref()?;
    forms.iter().find(|f| f.id == id).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_form_is_made_as_its_file_reads() {
        assert_eq!(assets::FORM_IDS.len(), assets::FORMS.len());
        for (id, json) in assets::FORMS {
            let read = FormSpec::from_json(json).expect("a form that reads");
            assert_eq!(assets::baked_form(id), Some(read), "forms/{id}.json");
        }
        assert_eq!(assets::baked_form("bestaat-niet"), None);
    }

    #[test]
    fn one_form_is_read_as_every_form_of_the_profile_reads_it() {
        for id in ["enschede", "haaksbergen"] {
            let profile = built_in_profile(id).expect("a built-in profile");
            let every = forms_of(&profile);
            assert!(!every.is_empty());
            for spec in &every {
                assert_eq!(form_of(&profile, &spec.id).as_deref(), Some(spec.as_ref()));
            }
        }
    }

    #[test]
    fn a_form_the_profile_does_not_use_is_not_read() {
        let profile = built_in_profile(DEFAULT_PROFILE).expect("the default profile");
        assert!(form_of(&profile, "bestaat-niet").is_none());
        assert!(form_of(&profile, "").is_none());
        let mut fewer = profile.clone();
        fewer.forms = Some(vec!["klacht".into()]);
        fewer.callback_form = None;
        assert!(form_of(&fewer, "klacht").is_some());
        assert!(form_of(&fewer, "woo-verzoek").is_none());
        assert!(form_of(&fewer, "terugbellen").is_none());
    }
}
