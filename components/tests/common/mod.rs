//! Loads the repository's forms, profiles and texts from disk, as a web team would edit them.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use loket::{CalendarDate, Catalog, FormSpec, Locale, Profile};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    found.sort();
    found
}

/// Every locale directory name.
pub fn locale_tags() -> Vec<String> {
    let mut tags: Vec<String> = fs::read_dir(root().join("locales"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

/// The `.ftl` files in `dir`: (`prefix` + file name, contents).
fn named_ftl_files(dir: &Path, prefix: &str) -> Vec<(String, String)> {
    files(dir, "ftl")
        .into_iter()
        .map(|p| {
            (
                format!("{prefix}{}", p.file_name().unwrap().to_string_lossy()),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// The `.ftl` files of one locale: (file name, contents).
pub fn ftl_files(tag: &str) -> Vec<(String, String)> {
    named_ftl_files(&root().join("locales").join(tag), "")
}

/// The texts of the site's plain HTML pages (`locales/<lang>/pages/`, such as the embedding
/// example `/embed-demo`): (file name, contents). They are made into HTML at build time.
pub fn page_ftl_files(tag: &str) -> Vec<(String, String)> {
    named_ftl_files(&root().join("locales").join(tag).join("pages"), "")
}

/// The `.ftl` files of the intake service (`locales/<lang>/service/`: e-mails, the desk):
/// (`service/<file name>`, contents). Not in the WebAssembly: only the service reads them.
pub fn service_ftl_files(tag: &str) -> Vec<(String, String)> {
    let dir = root().join("locales").join(tag).join("service");
    named_ftl_files(&dir, "service/")
}

/// The `.ftl` files of forms loaded at run time (`locales/<lang>/runtime/`): (`runtime/<file
/// name>`, contents). They are not built into the site; `loket-lint` checks them.
pub fn runtime_ftl_files(tag: &str) -> Vec<(String, String)> {
    let dir = root().join("locales").join(tag).join("runtime");
    if !dir.is_dir() {
        return Vec::new();
    }
    named_ftl_files(&dir, "runtime/")
}

/// All texts of all locales; panics with every syntax error or duplicate found.
pub fn catalog() -> Catalog {
    let mut catalog = Catalog::new();
    let mut problems = Vec::new();
    for tag in locale_tags() {
        for (name, source) in ftl_files(&tag) {
            if let Err(p) = catalog.add(&tag, &format!("locales/{tag}/{name}"), &source) {
                problems.extend(p);
            }
        }
    }
    assert!(
        problems.is_empty(),
        "problems in the texts:\n{}",
        problems.join("\n")
    );
    catalog
}

/// Every form spec in `forms/`.
pub fn forms() -> Vec<FormSpec> {
    files(&root().join("forms"), "json")
        .into_iter()
        .map(|p| {
            FormSpec::from_json(&fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// One form spec by id.
pub fn form(id: &str) -> FormSpec {
    forms()
        .into_iter()
        .find(|f| f.id == id)
        .expect("form exists")
}

/// Every municipality profile in `profiles/`.
pub fn profiles() -> Vec<Profile> {
    files(&root().join("profiles"), "json")
        .into_iter()
        .map(|p| {
            Profile::from_json(&fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e:?}", p.display()))
        })
        .collect()
}

/// The Enschede profile.
pub fn enschede() -> Profile {
    profiles().into_iter().find(|p| p.id == "enschede").unwrap()
}

/// A fixed "today" so date rules are tested the same way every day.
pub fn today() -> CalendarDate {
    CalendarDate::new(2026, 11, 22).unwrap()
}

/// Dutch.
pub fn nl() -> Locale {
    Locale::new("nl")
}

/// English.
pub fn en() -> Locale {
    Locale::new("en")
}
