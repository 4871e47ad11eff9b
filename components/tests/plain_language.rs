//! Every text in plain language: no sentence over 20 words, no very long word, none of the
//! officialese in `locales/<lang>/plain-language.tsv`. Prints a readability score per file:
//! run `cargo test --test plain_language -- --nocapture` to see them.

mod common;

use common::{ftl_files, locale_tags, root, runtime_ftl_files, service_ftl_files};
use loket::authoring::plain::{WordLists, check, reading_ease, texts};

fn lists(tag: &str) -> WordLists {
    let path = root().join("locales").join(tag).join("plain-language.tsv");
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (every locale needs its word lists)",
            path.display()
        )
    });
    WordLists::parse(&source).unwrap_or_else(|p| panic!("{}: {}", path.display(), p.join("; ")))
}

#[test]
fn every_text_is_plain_language() {
    let mut problems = Vec::new();
    eprintln!("locale | file | texts | reading ease");
    for tag in locale_tags() {
        let lists = lists(&tag);
        let files = ftl_files(&tag)
            .into_iter()
            .chain(runtime_ftl_files(&tag))
            .chain(service_ftl_files(&tag));
        for (file, source) in files {
            let all = texts(&source);
            for (key, text) in &all {
                for finding in check(key, text, &lists) {
                    problems.push(format!(
                        "locales/{tag}/{file}: {}: {}",
                        finding.key, finding.problem
                    ));
                }
            }
            let score = reading_ease(&tag, all.iter().map(|(_, t)| t.as_str()));
            eprintln!(
                "{tag} | {file} | {} | {}",
                all.len(),
                score.map_or("-".to_string(), |s| format!("{s:.0}"))
            );
        }
    }
    assert!(
        problems.is_empty(),
        "{} findings:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
