//! `loket-lint`: checks form specs and their texts, as a web team edits them.
//!
//! ```sh
//! cargo run -p loket --bin loket-lint -- forms/runtime/avg-verzoek.json
//! cargo run -p loket --bin loket-lint -- --texts locales --profile profiles/enschede.json forms/*.json
//! ```
//!
//! For each spec it reads the form's `.ftl` file in every language folder of `--texts`
//! (`<texts>/<lang>/<id>.ftl`, or `<texts>/<lang>/runtime/<id>.ftl` for a form loaded at run
//! time), the kit's texts beside it, and every profile (`--profile`, repeatable; default: every
//! `profiles/*.json`). It prints one line per problem, naming the file, the question and the
//! fix, and exits with 1 when there is any problem, 2 when it was called wrongly.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use loket::authoring::lint::{Problem, TextFile, check_form};
use loket::{Catalog, Profile};

const USAGE: &str = "usage: loket-lint [--texts DIR] [--profile FILE]... SPEC.json...";

struct Options {
    texts: PathBuf,
    profiles: Vec<PathBuf>,
    specs: Vec<PathBuf>,
}

fn options(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut texts = PathBuf::from("locales");
    let mut profiles = Vec::new();
    let mut specs = Vec::new();
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--texts" => texts = args.next().ok_or("--texts needs a folder")?.into(),
            "--profile" => profiles.push(args.next().ok_or("--profile needs a file")?.into()),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            spec => specs.push(spec.into()),
        }
    }
    if specs.is_empty() {
        return Err("name at least one spec file".to_string());
    }
    if profiles.is_empty() {
        profiles = files(Path::new("profiles"), "json");
    }
    Ok(Options {
        texts,
        profiles,
        specs,
    })
}

/// The files in `dir` ending in `.<extension>`, sorted; none when it cannot be read.
fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
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

/// The language folders in `texts`, Dutch first as on the site.
fn locale_dirs(texts: &Path) -> Vec<(String, PathBuf)> {
    let mut dirs: Vec<(String, PathBuf)> = fs::read_dir(texts)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .map(|p| (name_of(&p), p))
                .collect()
        })
        .unwrap_or_default();
    dirs.sort_by_key(|(tag, _)| (tag != "nl", tag.clone()));
    dirs
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot be read ({e})"))
}

/// Every problem of one spec file and its texts.
fn lint(spec_path: &Path, options: &Options) -> Vec<Problem> {
    let spec_file = spec_path.display().to_string();
    let spec_json = match read(spec_path) {
        Ok(json) => json,
        Err(why) => {
            return vec![Problem {
                file: spec_file,
                question: None,
                message: format!("the spec {why}: check the path"),
            }];
        }
    };
    let id = stem_of(spec_path);
    let runtime = spec_path
        .parent()
        .is_some_and(|p| p.file_name().is_some_and(|n| n == "runtime"));
    let mut problems = Vec::new();
    let mut catalog = Catalog::new();
    let mut texts = Vec::new();
    let dirs = locale_dirs(&options.texts);
    if dirs.is_empty() {
        problems.push(Problem {
            file: options.texts.display().to_string(),
            question: None,
            message: "has no language folders: name the texts folder with --texts".to_string(),
        });
    }
    let own_name = format!("{id}.ftl");
    for (tag, dir) in &dirs {
        for path in files(dir, "ftl")
            .into_iter()
            .filter(|p| name_of(p) != own_name)
        {
            let file = path.display().to_string();
            let added = read(&path)
                .map_err(|why| vec![format!("{file}: {why}")])
                .and_then(|source| catalog.add(tag, &file, &source));
            for line in added.err().unwrap_or_default() {
                let message = line.strip_prefix(&format!("{file}: ")).unwrap_or(&line);
                problems.push(Problem {
                    file: file.clone(),
                    question: None,
                    message: format!("{message}; fix the Fluent text there"),
                });
            }
        }
        let top = dir.join(&own_name);
        let nested = dir.join("runtime").join(&own_name);
        let path = if top.is_file() || (!nested.is_file() && !runtime) {
            top
        } else {
            nested
        };
        texts.push(TextFile {
            locale: tag.clone(),
            file: path.display().to_string(),
            source: read(&path),
        });
    }
    let mut profiles = Vec::new();
    for path in &options.profiles {
        let file = path.display().to_string();
        match read(path).and_then(|json| Profile::from_json(&json).map_err(|e| e.0)) {
            Ok(profile) => profiles.push((file, profile)),
            Err(why) => problems.push(Problem {
                file,
                question: None,
                message: format!("the profile {why}: fix it or leave it out"),
            }),
        }
    }
    let checked = check_form(&spec_file, &spec_json, &texts, &mut catalog, &profiles);
    if let Some(spec) = &checked.spec {
        if spec.id != id {
            problems.push(Problem {
                file: spec_file.clone(),
                question: None,
                message: format!(
                    "the file is named `{id}.json` but the form's id is `{}`: give the file the form's id",
                    spec.id
                ),
            });
        }
    }
    problems.extend(checked.problems);
    problems
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("loket-lint: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut total = 0;
    for spec in &options.specs {
        let problems = lint(spec, &options);
        for problem in &problems {
            println!("{problem}");
        }
        if problems.is_empty() {
            eprintln!("{}: no problems", spec.display());
        }
        total += problems.len();
    }
    if total == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("loket-lint: {total} problem(s)");
        ExitCode::FAILURE
    }
}
