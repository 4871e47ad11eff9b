//! The forms the service takes, as the site has them: the specs in `forms/` and
//! `forms/runtime/`, with the profile's settings filled in; the profile; and the texts (the
//! forms', and the service's own in `locales/<lang>/service/`), for the message keys of refused
//! answers, the e-mails and the desk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use loket::core::exchange::received::{Problem, Refusal};
use loket::{Catalog, FormSpec, Locale, Profile};

use crate::settings::Settings;

/// The forms, profile and texts, loaded once at start.
pub struct Forms {
    /// The municipality profile served.
    pub profile: Profile,
    specs: BTreeMap<String, Arc<FormSpec>>,
    catalog: Catalog,
}

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The profile named in the site's `<meta name="loket-profile">`, if the site has one.
pub fn built_profile(site: &Path) -> Option<String> {
    let page = std::fs::read_to_string(site.join("index.html")).ok()?;
    let at = page.find(r#"<meta name="loket-profile" content=""#)?;
    let rest = &page[at + r#"<meta name="loket-profile" content=""#.len()..];
    rest.split('"').next().map(str::to_string)
}

impl Forms {
    /// Loads the profile (the one asked for, or the site's own), every spec and every text.
    /// Fails with a message naming the file when something is broken, and when a form the
    /// profile offers does not say how long its data is kept.
    pub fn load(settings: &Settings) -> Result<Self, String> {
        let id = settings
            .profile
            .clone()
            .or_else(|| built_profile(&settings.site))
            .unwrap_or_else(|| "enschede".to_string());
        let path = settings.profiles.join(format!("{id}.json"));
        let profile = Profile::from_json(&read(&path)?)
            .map_err(|e| format!("{}: {}", path.display(), e.0))?;

        let mut specs = BTreeMap::new();
        let runtime = settings.forms.join("runtime");
        for path in files(&settings.forms, "json")
            .into_iter()
            .chain(files(&runtime, "json"))
        {
            let spec = FormSpec::from_json(&read(&path)?)
                .map_err(|e| format!("{}: {}", path.display(), e.0))?;
            let offered = profile.offers(&spec.id)
                || profile.callback_form.as_deref() == Some(spec.id.as_str());
            if !offered {
                continue;
            }
            let spec = spec
                .with_profile(&profile.settings)
                .map_err(|e| format!("{} with profile {id}: {}", path.display(), e.0))?;
            if profile.retention_of(&spec.id).is_none() {
                return Err(format!(
                    "profiles/{id}.json says nothing about how long `{}` is kept: add it to `retention`",
                    spec.id
                ));
            }
            specs.insert(spec.id.clone(), Arc::new(spec));
        }
        if specs.is_empty() {
            return Err(format!(
                "no form specs in {} for profile {id}",
                settings.forms.display()
            ));
        }

        let mut catalog = Catalog::new();
        for dir in files_in(&settings.locales) {
            let tag = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let texts = files(&dir, "ftl")
                .into_iter()
                .chain(files(&dir.join("runtime"), "ftl"))
                .chain(files(&dir.join("service"), "ftl"));
            for path in texts {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                catalog
                    .add(&tag, &name, &read(&path)?)
                    .map_err(|p| format!("{}: {}", path.display(), p.join("; ")))?;
            }
        }
        Ok(Self {
            profile,
            specs,
            catalog,
        })
    }

    /// A form residents may send to this service (not the call-back form, which comes with a
    /// request for help).
    pub fn offered(&self, id: &str) -> Option<&Arc<FormSpec>> {
        self.specs
            .get(id)
            .filter(|_| self.profile.callback_form.as_deref() != Some(id))
    }

    /// The call-back form, when the profile has one.
    pub fn callback(&self) -> Option<&Arc<FormSpec>> {
        self.profile
            .callback_form
            .as_deref()
            .and_then(|id| self.specs.get(id))
    }

    /// Any form the service takes, the call-back form included.
    pub fn any(&self, id: &str) -> Option<&Arc<FormSpec>> {
        self.specs.get(id)
    }

    /// The texts of every language.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Every form the service takes, the call-back form included.
    pub fn all(&self) -> impl Iterator<Item = &Arc<FormSpec>> {
        self.specs.values()
    }

    /// The refusals as problems with message keys, in the resident's language where the
    /// service has its texts (the keys are the same in every language).
    pub fn problems(&self, spec: &FormSpec, refusals: &[Refusal], locale: &str) -> Vec<Problem> {
        let locales = self.catalog.locales();
        let locale = locales
            .iter()
            .find(|l| l.tag() == locale)
            .cloned()
            .unwrap_or_else(|| Locale::new("nl"));
        refusals
            .iter()
            .map(|r| r.problem(&self.catalog, &locale, spec))
            .collect()
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}
