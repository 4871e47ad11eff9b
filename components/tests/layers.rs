//! The kit's inside keeps its shape: the core's layers import only the layers before them,
//! no two core modules import each other (directly or round about), and neither the core nor
//! the view imports the authoring tools.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The core's layers, first to last.
const LAYERS: [&str; 5] = ["model", "rules", "texts", "journey", "exchange"];

/// One module's source: where it is and what it names from the crate.
struct Module {
    /// `core::rules::validate`, `view::question`, `authoring::lint`, …
    path: String,
    /// Every `crate::…` path it names outside comments and test modules.
    uses: BTreeSet<String>,
}

/// The code that ships: comments and the `#[cfg(test)]` module are cut off.
fn shipped_code(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::a::b::c` path named in `code`, with `use crate::a::{b, c::{d, e}}` spelled
/// out; `super::super` counts as a path to the core's root, which the layers do not allow.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        expand("", &code[at + "crate::".len()..], &mut found);
    }
    if code.contains("super::super") {
        found.insert("core::<above the layer, through super::super>".to_string());
    }
    found
}

/// Adds the paths of one `use` tree starting at `rest` below `stem`; returns what it read.
fn expand(stem: &str, rest: &str, found: &mut BTreeSet<String>) -> usize {
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(rest.len());
    let head = format!("{stem}{}", &rest[..end]);
    if !rest[end..].starts_with('{') {
        found.insert(head.trim_end_matches(':').to_string());
        return end;
    }
    let mut at = end + 1;
    loop {
        let skipped = rest[at..].len() - rest[at..].trim_start_matches([' ', '\n', ',']).len();
        at += skipped;
        match rest[at..].chars().next() {
            None => return at,
            Some('}') => return at + 1,
            Some(_) => at += expand(&head, &rest[at..], found).max(1),
        }
    }
}

/// Reads every module under `src/<dir>`.
fn modules(dir: &str) -> Vec<Module> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut todo = vec![root.join(dir)];
    while let Some(path) = todo.pop() {
        if path.is_dir() {
            todo.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(&root).unwrap().with_extension("");
            let name = relative
                .to_string_lossy()
                .replace('/', "::")
                .trim_end_matches("::mod")
                .to_string();
            let source = fs::read_to_string(&path).unwrap();
            found.push(Module {
                path: name,
                uses: crate_paths(&shipped_code(&source)),
            });
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// The layer a `core::<layer>::…` path is in, as its place in [`LAYERS`].
fn layer_of(path: &str) -> Option<usize> {
    let layer = path.strip_prefix("core::")?.split("::").next()?;
    LAYERS.iter().position(|l| *l == layer)
}

/// The core module (`core::<layer>::<module>`) a path points into.
fn core_module(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split("::").collect();
    match parts.as_slice() {
        ["core", layer, module, ..] if LAYERS.contains(layer) => {
            Some(format!("core::{layer}::{module}"))
        }
        _ => None,
    }
}

/// Every import that points the wrong way, one line each.
fn wrong_way(modules: &[Module]) -> Vec<String> {
    let mut problems = Vec::new();
    for module in modules {
        for used in &module.uses {
            let authoring = used == "authoring" || used.starts_with("authoring::");
            let view = used == "view" || used.starts_with("view::");
            if module.path.starts_with("core") {
                if authoring || view {
                    problems.push(format!(
                        "{} imports {used}: the core never does",
                        module.path
                    ));
                }
                let names_no_layer = used.starts_with("core") && layer_of(used).is_none();
                if names_no_layer && layer_of(&module.path).is_some() {
                    problems.push(format!(
                        "{} imports {used}: name the layer (`crate::core::<layer>::…`) so its direction shows",
                        module.path
                    ));
                }
                if let (Some(own), Some(theirs)) = (layer_of(&module.path), layer_of(used)) {
                    if theirs > own {
                        problems.push(format!(
                            "{} imports {used}: layer `{}` comes after `{}`; move the code down or invert the call",
                            module.path, LAYERS[theirs], LAYERS[own]
                        ));
                    }
                }
            }
            if module.path.starts_with("view") && authoring {
                problems.push(format!(
                    "{} imports {used}: the view never imports authoring tools",
                    module.path
                ));
            }
        }
    }
    problems
}

/// Import cycles between core modules, each as the modules around it.
fn cycles(modules: &[Module]) -> Vec<String> {
    let graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .filter_map(|m| {
            let own = core_module(&m.path)?;
            let targets = m
                .uses
                .iter()
                .filter_map(|u| core_module(u))
                .filter(|t| *t != own)
                .collect();
            Some((own, targets))
        })
        .collect();
    let mut found = Vec::new();
    for start in graph.keys() {
        // Depth-first from `start`, looking for a way back to it.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, way)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if next == start {
                    found.push(way.join(" → ") + " → " + start);
                } else if seen.insert(next.clone()) {
                    let mut longer = way.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
}

#[test]
fn every_core_layer_imports_only_the_layers_before_it_and_nothing_imports_authoring() {
    let mut all = modules("core");
    all.extend(modules("view"));
    assert!(all.len() > 40, "the walk found the modules: {}", all.len());
    assert_eq!(wrong_way(&all), Vec::<String>::new());
}

#[test]
fn no_two_core_modules_import_each_other_even_round_about() {
    assert_eq!(cycles(&modules("core")), Vec::<String>::new());
}

#[test]
fn every_core_module_sits_in_a_layer() {
    for module in modules("core") {
        let loose = module.path != "core" && layer_of(&module.path).is_none();
        assert!(
            !loose,
            "{} is in no layer: put it in one of {LAYERS:?}",
            module.path
        );
    }
}

#[test]
fn the_check_catches_an_upward_import_a_cycle_and_authoring_in_the_view() {
    let module = |path: &str, code: &str| Module {
        path: path.into(),
        uses: crate_paths(&shipped_code(code)),
    };
    let wrong = [
        module(
            "core::model::answers",
            "use crate::core::{\n    model::spec::Step,\n    rules::{conditions::holds, dates},\n};",
        ),
        module("view::question", "use crate::authoring::lint::check_form;"),
        module(
            "core::rules::dates",
            "// use crate::core::exchange::payload;\n",
        ),
        module("core::rules::email", "use super::super::exchange::payload;"),
        module(
            "core::journey::flow",
            "fn f() {}\n#[cfg(test)]\nmod tests { use crate::core::exchange::draft; }",
        ),
    ];
    let problems = wrong_way(&wrong);
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        problems[0]
            .contains("imports core::rules::conditions::holds: layer `rules` comes after `model`")
    );
    assert!(problems[1].contains("imports core::rules::dates: layer `rules`"));
    assert!(problems[2].contains("never imports authoring"));
    assert!(problems[3].contains("super::super"));
    let circle = [
        module(
            "core::rules::conditions",
            "use crate::core::rules::validate::Rule;",
        ),
        module(
            "core::rules::validate",
            "use crate::core::rules::email::is_email;",
        ),
        module(
            "core::rules::email",
            "use crate::core::rules::conditions::holds;",
        ),
    ];
    assert_eq!(
        cycles(&circle).len(),
        3,
        "each module on the circle reports it"
    );
}
