//! Embeds every municipality profile and Fluent file of the repository and writes every form
//! spec out as the Rust code that makes it, so adding a form, a profile or a language needs no
//! change to Rust code; and gives the gallery the
//! integrity of the Voorbeeld theme's stylesheet. The gallery's texts (`gallery.ftl`) and that
//! integrity go into the full module only (feature `extras`): residents' pages never show them.

use std::fmt::Write as _;
use std::fs;

use loket_bake::{files, stem};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::{Digest, Sha384};

/// The kit's compiler of Fluent texts, included as it is: the residents' module reads texts
/// compiled here and carries no Fluent parser.
#[path = "../components/src/core/texts/compile.rs"]
#[allow(dead_code)]
mod compile;

/// Where the hook in `Trunk.toml` copies the Voorbeeld theme, relative to the site's root:
/// `voorbeeld-theme-<hash>.css`, the hash being the first 16 hex digits of its SHA-384 (as the
/// hook computes it with `sha384sum`), so the file may be cached for good.
fn voorbeeld_theme_href(digest: &[u8]) -> String {
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("voorbeeld-theme-{}.css", &hex[..16])
}

fn main() {
    // Read when the script runs, not when it is compiled: a build script copied with a
    // `target/` folder from another checkout must still embed this checkout's files.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let root = Path::new(&manifest_dir).join("..");
    // Cargo sets this for a build with the feature `extras` (the gallery and its texts).
    let extras = std::env::var_os("CARGO_FEATURE_EXTRAS").is_some();
    let mut out = String::new();
    // The forms' JSON only for the test that each baked form equals its file (src/data.rs).
    let _ = writeln!(out, "#[cfg(test)]");
    json_files(&root, &mut out, "FORMS", "forms");
    baked_forms(&root, &mut out);
    json_files(&root, &mut out, "PROFILES", "profiles");

    let locales_dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales_dir.display());
    let mut locales: Vec<PathBuf> = fs::read_dir(&locales_dir)
        .map(|e| {
            e.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    // Dutch first: the first locale is the default one.
    locales.sort_by_key(|p| (stem(p) != "nl", stem(p)));
    let _ = writeln!(
        out,
        "/// Every `locales/<lang>/*.ftl` file: (lang, file name, contents), Dutch first."
    );
    let _ = writeln!(out, "#[allow(dead_code)]");
    let _ = writeln!(out, "pub const LOCALES: &[(&str, &str, &str)] = &[");
    let mut compiled = Vec::new();
    for dir in &locales {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut sources = Vec::new();
        for path in files(dir, "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "gallery.ftl" && !extras {
                continue;
            }
            let _ = writeln!(
                out,
                "    ({:?}, {:?}, include_str!({:?})),",
                stem(dir),
                name,
                path.canonicalize().unwrap()
            );
            sources.push((name, fs::read_to_string(&path).unwrap()));
        }
        let files: Vec<(&str, &str)> = sources
            .iter()
            .map(|(name, source)| (name.as_str(), source.as_str()))
            .collect();
        match compile::compile(&files) {
            Ok(texts) => compiled.push((stem(dir), texts)),
            Err(problems) => panic!(
                "the texts of locales/{} do not compile:\n{}",
                stem(dir),
                problems.join("\n")
            ),
        }
    }
    let _ = writeln!(out, "];");
    // The residents' module carries no texts: a page fetches its own language's, compiled the
    // same way (`app --texts`, see src/prerender.rs), and another when the resident switches.
    // It knows each locale by its own name, for the language switch. The full module, the
    // embedding page's script aside, and native builds (the prerenderer, the tests) carry
    // every text.
    let residents = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") && !extras;
    let _ = writeln!(
        out,
        "/// Every locale's texts as `loket::core::texts::compile` compiles them: (lang, texts), Dutch first; none in the residents' module."
    );
    let _ = writeln!(out, "pub const TEXTS: &[(&str, &str)] = &[");
    for (locale, texts) in compiled.iter().filter(|_| !residents) {
        let _ = writeln!(out, "    ({locale:?}, {texts:?}),");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(
        out,
        "/// In the residents' module, every locale whose texts a page fetches: (lang, own name), Dutch first."
    );
    let _ = writeln!(out, "pub const FETCHED: &[(&str, &str)] = &[");
    for (locale, texts) in compiled.iter().filter(|_| residents) {
        let name = compile::own_name(texts).unwrap_or(locale);
        let _ = writeln!(out, "    ({locale:?}, {name:?}),");
    }
    let _ = writeln!(out, "];");

    if extras {
        voorbeeld_theme(&root, &mut out);
        // Each component's examples for the gallery, `index` (their order) among them.
        json_files(&root, &mut out, "GALLERY_EXAMPLES", "app/gallery/examples");
    }
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("assets.rs");
    fs::write(dest, out).unwrap();
}

/// Every `forms/*.json` file as the code that makes its spec: `FORM_IDS` and `baked_form(id)`.
/// The residents' module then carries neither a form's JSON nor the code that reads it; a form
/// that does not read stops the build with its file and the reason.
fn baked_forms(root: &Path, out: &mut String) {
    let mut ids = Vec::new();
    let mut arms = String::new();
    for path in files(&root.join("forms"), "json") {
        let id = stem(&path);
        let json = fs::read_to_string(&path).unwrap_or_else(|e| panic!("forms/{id}.json: {e}"));
        let code = loket_bake::form_code(&json)
            .unwrap_or_else(|e| panic!("forms/{id}.json does not read as a form: {e}"));
        let _ = writeln!(arms, "        {id:?} => Some({code}),");
        ids.push(id);
    }
    let _ = writeln!(
        out,
        "/// The id of every form built in (`forms/<id>.json`)."
    );
    let _ = writeln!(out, "pub const FORM_IDS: &[&str] = &{ids:?};");
    let _ = writeln!(
        out,
        "/// The form `id` as its file in `forms/` reads, made by code this build wrote from it."
    );
    let _ = writeln!(
        out,
        "pub fn baked_form(id: &str) -> Option<loket::FormSpec> {{"
    );
    let _ = writeln!(out, "    extern crate alloc;");
    let _ = writeln!(out, "    match id {{\n{arms}        _ => None,\n    }}\n}}");
}

/// Writes the constant `name`: every `dir/*.json` file (relative to the repository) as
/// (file stem, contents), sorted by name, embedded with `include_str!`.
fn json_files(root: &Path, out: &mut String, name: &str, dir: &str) {
    let _ = writeln!(out, "/// Every `{dir}/*.json` file: (id, contents).");
    let _ = writeln!(out, "pub const {name}: &[(&str, &str)] = &[");
    for path in files(&root.join(dir), "json") {
        let _ = writeln!(
            out,
            "    ({:?}, include_str!({:?})),",
            stem(&path),
            path.canonicalize().unwrap()
        );
    }
    let _ = writeln!(out, "];");
    println!("cargo:rerun-if-changed={}", root.join(dir).display());
}

/// The Voorbeeld theme's stylesheet in the build, for the gallery: `VOORBEELD_THEME`.
fn voorbeeld_theme(root: &Path, out: &mut String) {
    let theme = root.join("components/style/themes/voorbeeld.css");
    println!("cargo:rerun-if-changed={}", theme.display());
    let digest = Sha384::digest(fs::read(&theme).expect("components/style/themes/voorbeeld.css"));
    let href = voorbeeld_theme_href(&digest);
    let integrity = format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
    let _ = writeln!(
        out,
        "/// The Voorbeeld theme's stylesheet in the build: (address, integrity)."
    );
    let _ = writeln!(
        out,
        "pub const VOORBEELD_THEME: (&str, &str) = ({href:?}, {integrity:?});"
    );
}
