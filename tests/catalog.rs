//! The message catalog (locales/): every language has every message English has and no other,
//! each uses only the arguments the code passes, and each formats without an error.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use fluent_syntax::ast;
use key_doctor::i18n::{Language, catalog_sources};

/// Each message's id with the variables it (and the messages it refers to) reads.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut direct = BTreeMap::new();
    let mut references = BTreeMap::new();
    for (file, source) in catalog_sources(language) {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
            panic!("{}/{file} does not parse: {errors:?}", language.tag())
        });
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            let mut variables = BTreeSet::new();
            let mut referred = BTreeSet::new();
            if let Some(pattern) = &message.value {
                walk_pattern(pattern, &mut variables, &mut referred);
            }
            assert!(
                direct.insert(id.clone(), variables).is_none(),
                "{}/{file}: the message {id} is there twice",
                language.tag()
            );
            references.insert(id, referred);
        }
    }
    // A reference reads what the message it names reads.
    let mut all = direct.clone();
    for (id, referred) in &references {
        for other in referred {
            let more = direct.get(other).cloned().unwrap_or_default();
            all.get_mut(id).expect("known").extend(more);
        }
    }
    all
}

fn walk_pattern(
    pattern: &ast::Pattern<&str>,
    variables: &mut BTreeSet<String>,
    referred: &mut BTreeSet<String>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, variables, referred);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    variables: &mut BTreeSet<String>,
    referred: &mut BTreeSet<String>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, variables, referred);
            for variant in variants {
                walk_pattern(&variant.value, variables, referred);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, variables, referred),
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    referred: &mut BTreeSet<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            referred.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, variables, referred);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, variables, referred)
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages(Language::English);
    assert!(!english.is_empty());
    let mut problems = Vec::new();
    for language in Language::ALL {
        let translated = messages(language);
        for (id, variables) in &english {
            match translated.get(id) {
                None => problems.push(format!("{}: {id} is missing", language.tag())),
                Some(theirs) if !theirs.is_subset(variables) => problems.push(format!(
                    "{}: {id} reads {:?}, but the code passes only {:?}",
                    language.tag(),
                    theirs,
                    variables
                )),
                Some(_) => {}
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", language.tag()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_an_error_in_every_language() {
    let english = messages(Language::English);
    let mut problems = Vec::new();
    for language in Language::ALL {
        let mut bundle = FluentBundle::new_concurrent(vec![language.tag().parse().expect("tag")]);
        for (file, source) in catalog_sources(language) {
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|_| panic!("{}/{file} does not parse", language.tag()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}/{file}: {errors:?}", language.tag()));
        }
        for (id, variables) in &english {
            let Some(message) = bundle.get_message(id) else {
                continue; // The test above names it.
            };
            let Some(pattern) = message.value() else {
                problems.push(format!("{}: {id} has no text", language.tag()));
                continue;
            };
            // Once with numbers (plural choices) and once with words.
            for value in [FluentValue::from(1), FluentValue::from("x")] {
                let mut args = FluentArgs::new();
                for variable in variables {
                    args.set(variable.as_str(), value.clone());
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() || text.trim().is_empty() {
                    problems.push(format!("{}: {id}: {errors:?}", language.tag()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `tr!` in the code names a message English has, and passes every argument it reads.
#[test]
fn the_code_asks_only_for_messages_that_exist_with_their_arguments() {
    let english = messages(Language::English);
    let mut calls = Vec::new();
    collect_calls(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut calls,
    );
    assert!(calls.len() > 10, "found only {} tr! calls", calls.len());
    let mut problems = Vec::new();
    for (file, id, passed) in calls {
        match english.get(&id) {
            None => problems.push(format!("{file}: {id} is not in locales/en")),
            Some(reads) => {
                for missing in reads.difference(&passed) {
                    problems.push(format!(
                        "{file}: {id} reads ${missing}, which is not passed"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn collect_calls(dir: &Path, calls: &mut Vec<(String, String, BTreeSet<String>)>) {
    for entry in std::fs::read_dir(dir).expect("src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_calls(&path, calls);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).expect("source");
            let name = path.display().to_string();
            for (id, passed) in tr_calls(&source) {
                calls.push((name.clone(), id, passed));
            }
        }
    }
}

/// The `tr!("id", name = value, …)` calls of one file: the id and the names passed.
fn tr_calls(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find("tr!(") {
        // `include_str!(` and other macros ending in "tr" are not ours.
        let part_of_a_name = rest[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[start + 4..];
        if part_of_a_name {
            continue;
        }
        let Some(body) = balanced(rest) else { break };
        let parts = top_level_parts(body);
        let Some(id) = parts.first().map(|p| p.trim()) else {
            continue;
        };
        let Some(id) = id.strip_prefix('"').and_then(|id| id.strip_suffix('"')) else {
            continue; // The macro's own definition.
        };
        let passed = parts[1..]
            .iter()
            .filter_map(|part| part.split_once('=').map(|(name, _)| name.trim().to_owned()))
            .collect();
        found.push((id.to_owned(), passed));
    }
    found
}

/// The text up to the parenthesis that closes the one just opened.
fn balanced(text: &str) -> Option<&str> {
    let mut depth = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' | '[' | '{' if !in_string => depth += 1,
            ')' | ']' | '}' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[..i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// The comma-separated parts of a macro call, not splitting inside brackets or strings.
fn top_level_parts(body: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut in_string, mut escaped, mut from) = (0, false, false, 0);
    for (i, c) in body.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' | '[' | '{' if !in_string => depth += 1,
            ')' | ']' | '}' if !in_string => depth -= 1,
            ',' if !in_string && depth == 0 => {
                parts.push(&body[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[from..]);
    parts.retain(|part| !part.trim().is_empty());
    parts
}
