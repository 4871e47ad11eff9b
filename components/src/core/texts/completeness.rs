//! Whether every text a form and a municipality profile need exists in each locale.

use crate::core::model::profile::Profile;
use crate::core::model::spec::FormSpec;
use crate::core::texts::i18n::Catalog;
use crate::core::texts::messages;

/// Text keys the form and profile need but a locale lacks, one line per key and locale.
///
/// # Examples
///
/// ```
/// use loket::core::texts::completeness::text_problems;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// let profile = loket::Profile::from_json(json).unwrap();
/// let mut catalog = loket::Catalog::new();
/// let kit = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/loket.ftl"));
/// let form = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/klacht.ftl"));
/// catalog.add("nl", "loket.ftl", kit).unwrap();
/// catalog.add("nl", "klacht.ftl", form).unwrap();
/// let nl = loket::Locale::new("nl");
/// let site = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/nl/enschede.ftl"));
/// catalog.add("nl", "enschede.ftl", site).unwrap();
/// assert_eq!(text_problems(&spec, &profile, &catalog), Vec::<String>::new());
///
/// // Without the profile's texts, each missing key is named.
/// let mut kit_only = loket::Catalog::new();
/// kit_only.add("nl", "loket.ftl", kit).unwrap();
/// kit_only.add("nl", "klacht.ftl", form).unwrap();
/// let problems = text_problems(&spec, &profile, &kit_only);
/// assert!(problems[0].starts_with("locale `nl` lacks `enschede-name`"));
/// ```
pub fn text_problems(spec: &FormSpec, profile: &Profile, catalog: &Catalog) -> Vec<String> {
    let mut keys = messages::required_keys(spec);
    keys.extend(profile.required_keys());
    let mut problems = Vec::new();
    for locale in catalog.locales() {
        for key in &keys {
            if !catalog.has(&locale, key) {
                problems.push(format!(
                    "locale `{}` lacks `{key}`: add it to locales/{}/{}.ftl",
                    locale.tag(),
                    locale.tag(),
                    if key.starts_with(&format!("{}-", profile.id)) {
                        &profile.id
                    } else {
                        &spec.id
                    }
                ));
            }
        }
    }
    problems
}
