//! Writes a form spec out as the Rust code that makes it, for a site's build script: the site's
//! module then carries neither the form's JSON nor the code that reads it (see app/build.rs and
//! the kit's feature `bake`).
//!
//! # Examples
//!
//! ```
//! let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/terugbellen.json"));
//! let code = loket_bake::form_code(json).unwrap();
//! assert!(code.starts_with("loket :: core :: model :: spec :: FormSpec {"));
//! assert!(loket_bake::form_code("{}").unwrap_err().contains("missing field"));
//! ```

use databake::Bake as _;

/// The kit, for a build script that also formats texts with it (`first/build.rs`).
pub use loket;

/// The Rust expression that makes the form spec in `json`, which refers to the kit as `loket`
/// and to `alloc`; or why `json` does not read as a form spec.
pub fn form_code(json: &str) -> Result<String, String> {
    let spec = loket::FormSpec::from_json(json).map_err(|e| e.0)?;
    Ok(spec.bake(&databake::CrateEnv::default()).to_string())
}

/// A form's first step as one municipality asks it, for the first step's check (`first/`).
#[derive(Debug, Clone, PartialEq)]
pub struct FirstStep {
    /// The form's id.
    pub form: String,
    /// The ids of the step's questions, in order.
    pub questions: Vec<String>,
    /// The Rust expression that makes the form with this step alone (see [`form_code`]).
    pub code: String,
    /// The form with this step alone.
    pub spec: loket::FormSpec,
}

/// The first step of the form in `form_json` as the municipality of `profile_json` asks it
/// (its local rules filled in, the later steps left out); `None` when that municipality does
/// not offer the form on a page of its own.
///
/// # Examples
///
/// ```
/// let form = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/klacht.json"));
/// let profile = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../profiles/enschede.json"));
/// let step = loket_bake::first_step(form, profile).unwrap().unwrap();
/// assert_eq!(step.questions, ["soort"]);
/// assert!(step.code.contains("\"soort\""));
/// // The second step's question is not there.
/// assert!(!step.code.contains("\"omschrijving\""));
/// // The call-back form opens from the help panel, never as a page.
/// let callback = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/terugbellen.json"));
/// assert_eq!(loket_bake::first_step(callback, profile).unwrap(), None);
/// ```
pub fn first_step(form_json: &str, profile_json: &str) -> Result<Option<FirstStep>, String> {
    let profile = loket::Profile::from_json(profile_json).map_err(|e| e.0)?;
    let mut spec = loket::FormSpec::from_json(form_json).map_err(|e| e.0)?;
    // Only a form the municipality offers has a page of its own; the call-back form opens from
    // the help, once the app runs (as the site lists its forms).
    if !profile.offers(&spec.id) || profile.callback_form.as_deref() == Some(spec.id.as_str()) {
        return Ok(None);
    }
    spec = spec.with_profile(&profile.settings).map_err(|e| e.0)?;
    spec.steps.truncate(1);
    // What the step's check does not read: the form's ends, exits and deadlines, and every
    // named condition that neither the step nor a kept condition names.
    spec.outcomes.clear();
    spec.exits.clear();
    spec.deadlines.clear();
    let mut named = serde_json::to_string(&spec.steps).map_err(|e| e.to_string())?;
    let mut kept = std::collections::BTreeMap::new();
    loop {
        let more: Vec<String> = spec
            .conditions
            .keys()
            .filter(|id| !kept.contains_key(*id) && named.contains(&format!("\"{id}\"")))
            .cloned()
            .collect();
        if more.is_empty() {
            break;
        }
        for id in more {
            let condition = spec.conditions[&id].clone();
            named.push_str(&serde_json::to_string(&condition).map_err(|e| e.to_string())?);
            kept.insert(id, condition);
        }
    }
    spec.conditions = kept;
    let questions = spec
        .steps
        .first()
        .map(|s| s.questions.iter().map(|q| q.id.clone()).collect())
        .unwrap_or_default();
    Ok(Some(FirstStep {
        form: spec.id.clone(),
        questions,
        code: spec.bake(&databake::CrateEnv::default()).to_string(),
        spec,
    }))
}

/// Every file in `dir` whose name ends in `.extension`, sorted by name (none when `dir` cannot
/// be read): what a site's build script embeds from `forms/`, `profiles/` or `locales/<lang>/`.
///
/// # Examples
///
/// ```
/// let forms = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms"));
/// let found = loket_bake::files(forms, "json");
/// assert!(found.iter().any(|p| loket_bake::stem(p) == "klacht"));
/// assert!(loket_bake::files(&forms.join("nowhere"), "json").is_empty());
/// ```
pub fn files(dir: &std::path::Path, extension: &str) -> Vec<std::path::PathBuf> {
    let mut found: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == extension))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// A file's name without its extension (`klacht` for `forms/klacht.json`), or a folder's name.
pub fn stem(path: &std::path::Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}
