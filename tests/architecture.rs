//! The shape of the GUI layer, checked from its source: modules under src/gui import each other
//! without a cycle (pages never reach back into the app), and `App` keeps only what is the
//! app's own (navigation, settings, theme, notices, the message pump), not a view's state.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// `src/gui/views/keys.rs` → `gui::views::keys`; `src/gui/views/mod.rs` → `gui::views`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code without comments, so a path written in a doc comment is no import.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Paths named in the code that start at `crate::gui`, `super` or `self`, made absolute, one
/// per use-tree leaf (`use super::{a, b::c}` names `super::a` and `super::b::c`).
fn named_paths(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let text = code;
    for start in ["crate::gui", "super::", "self::"] {
        let mut from = 0;
        while let Some(found) = text[from..].find(start) {
            let at = from + found;
            from = at + start.len();
            let before = text[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest: String = text[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut absolute: Vec<String> = Vec::new();
            let segments: Vec<&str> = rest.split("::").filter(|s| !s.is_empty()).collect();
            let mut segments = segments.into_iter().peekable();
            match segments.peek() {
                Some(&"crate") => {
                    segments.next();
                }
                Some(&"self") => {
                    segments.next();
                    absolute.extend(module.iter().cloned());
                }
                _ => {
                    segments.next();
                    absolute.extend(module.iter().cloned());
                    absolute.pop();
                }
            }
            for segment in segments {
                if segment == "super" {
                    absolute.pop();
                } else {
                    absolute.push(segment.to_owned());
                }
            }
            // `use super::{a, b}`: each name in the braces is a path of its own.
            let after = &text[at + rest.len()..];
            if let Some(list) = after.strip_prefix('{') {
                let end = list.find('}').unwrap_or(list.len());
                for name in list[..end].split(',') {
                    let name: String = name
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    let mut path = absolute.clone();
                    path.extend(
                        name.split("::")
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned),
                    );
                    paths.push(path);
                }
            } else {
                paths.push(absolute);
            }
        }
    }
    paths
}

#[test]
fn no_import_cycle_among_the_gui_modules() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src.join("gui"));
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let module = module_of(&src, file);
        let code = code_of(&std::fs::read_to_string(file).expect("readable"));
        for path in named_paths(&code, &module) {
            // The longest module the path starts with is the one imported.
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|prefix| modules.contains(prefix));
            if let Some(target) = target
                && target != module
                && target.first().is_some_and(|m| m == "gui")
            {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    assert!(
        edges.contains_key(&vec!["gui".to_owned(), "app".to_owned()]),
        "the scan finds the app's imports: {edges:?}"
    );
    // Depth-first search for a cycle.
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.clone());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    for module in &modules {
        if let Some(cycle) = visit(module, &edges, &mut Vec::new(), &mut done) {
            let shown: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            panic!("import cycle: {}", shown.join(" → "));
        }
    }
}

#[test]
fn the_app_keeps_no_view_s_state() {
    let source =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/gui/app.rs"))
            .expect("readable");
    let start = source.find("pub struct App {").expect("the App struct");
    let body = &source[start..start + source[start..].find("\n}").expect("its end")];
    let fields: Vec<&str> = body
        .lines()
        .skip(1)
        .filter_map(|line| {
            let line = line.trim();
            (!line.starts_with("//")).then(|| line.split(':').next())?
        })
        .filter(|name| !name.is_empty())
        .collect();
    let the_app_s_own = [
        "services",
        "view",
        "settings",
        "settings_problem",
        "desktop_prefers_dark",
        "receiver",
        "background",
        "checker",
        "pricing",
        "pricing_problem",
        "pages",
        // Which setup is in force (the demo's or the person's), not a view's state.
        "demo",
        "notices",
        "pending_copy",
        "frames_drawn",
        "last_commands",
        "focused",
    ];
    for field in &fields {
        assert!(
            the_app_s_own.contains(field),
            "App::{field} looks like a view's state: it belongs to that view's page"
        );
    }
    assert!(fields.contains(&"pages"));
}
