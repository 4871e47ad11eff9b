//! Compiles a locale's Fluent files into the string that
//! [`CompiledTexts`](crate::core::texts::compiled::CompiledTexts) reads, so the browser needs no
//! Fluent parser. The site's build script includes this file as it is (it uses nothing but
//! `fluent_syntax` and the standard library).
//!
//! What compiles: text, arguments (`{ $name }`), references to messages (`{ other-id }`) and
//! terms (`{ -term }`, written in place), string and number literals, and choices on an
//! argument (`{ $n -> [one] … *[other] … }`), nested too. What does not (a function such as
//! `NUMBER()`, an attribute, a choice on something other than an argument) is named in an
//! error, with its file and message.

use std::collections::BTreeMap;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey,
};
use fluent_syntax::parser;

// The markers of the compiled form, defined here (the build script has only this file) and
// re-exported by `compiled`, which reads them.
/// Starts an argument.
pub const VAR: char = '\u{1}';
/// Ends a name or a key.
pub const END_NAME: char = '\u{2}';
/// Starts a reference to another message.
pub const REF: char = '\u{3}';
/// Starts a choice.
pub const SELECT: char = '\u{4}';
/// Starts a variant of a choice.
pub const VARIANT: char = '\u{5}';
/// Starts the default variant of a choice.
pub const DEFAULT: char = '\u{6}';
/// Ends a choice.
pub const END_SELECT: char = '\u{7}';
/// Ends a message's id.
pub const END_ID: char = '\u{1f}';
/// Ends a message.
pub const END_MESSAGE: char = '\u{1e}';

/// The language's name in that language (`loket-language-name`) in a locale's compiled texts,
/// for the language switch of a page that does not carry those texts.
///
/// # Examples
///
/// ```
/// use loket::core::texts::compile::{compile, own_name};
///
/// let compiled = compile(&[("loket.ftl", "loket-language-name = Deutsch\nnext = Weiter\n")]).unwrap();
/// assert_eq!(own_name(&compiled), Some("Deutsch"));
/// assert_eq!(own_name("next\u{1f}Weiter\u{1e}"), None);
/// ```
pub fn own_name(compiled: &str) -> Option<&str> {
    compiled.split(END_MESSAGE).find_map(|record| {
        record
            .strip_prefix("loket-language-name")?
            .strip_prefix(END_ID)
    })
}

/// Whether a text holds a character that has a meaning in compiled texts (a text that does
/// cannot be compiled).
///
/// # Examples
///
/// ```
/// use loket::core::texts::compiled::reserved;
///
/// assert!(!reserved("Waarom vragen we dit?"));
/// assert!(reserved("a\u{1}b"));
/// ```
pub fn reserved(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{1}'..='\u{7}' | END_ID | END_MESSAGE))
}

/// Writes a marker, a name (an argument, a message's id, a variant's key) and its end.
fn named(out: &mut String, marker: char, name: &str) {
    out.push(marker);
    out.push_str(name);
    out.push(END_NAME);
}

/// Compiles one locale's files, given as (file name, source), into one string, messages
/// sorted by id. Every syntax error, duplicate id and construct that does not compile is
/// returned, named with its file.
///
/// # Examples
///
/// ```
/// use loket::core::texts::compile::compile;
///
/// let files = [("site.ftl", "next = Volgende\nhi = Hoi { $name }\n")];
/// let compiled = compile(&files).unwrap();
/// assert_eq!(compiled, "hi\u{1f}Hoi \u{1}name\u{2}\u{1e}next\u{1f}Volgende\u{1e}");
/// let broken = [("a.ftl", "x = { NUMBER($n) }\n")];
/// assert!(compile(&broken).unwrap_err()[0].contains("a.ftl: `x`"));
/// ```
pub fn compile(files: &[(&str, &str)]) -> Result<String, Vec<String>> {
    let mut problems = Vec::new();
    let mut terms: BTreeMap<String, Pattern<String>> = BTreeMap::new();
    let mut messages: BTreeMap<String, (String, Pattern<String>)> = BTreeMap::new();
    for (file, source) in files {
        let resource = match parser::parse(source.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{file}: {e:?}")));
                resource
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    if !m.attributes.is_empty() {
                        problems.push(format!(
                            "{file}: `{}` has attributes, which compiled texts do not support",
                            m.id.name
                        ));
                    }
                    let Some(value) = m.value else { continue };
                    if messages
                        .insert(m.id.name.clone(), (file.to_string(), value))
                        .is_some()
                    {
                        problems.push(format!("{file}: message `{}` is defined twice", m.id.name));
                    }
                }
                Entry::Term(t) => {
                    terms.insert(t.id.name, t.value);
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    for (id, (file, pattern)) in &messages {
        out.push_str(id);
        out.push(END_ID);
        let context = Context {
            file,
            id,
            terms: &terms,
        };
        if let Err(problem) = context.pattern(pattern, &mut out, 0) {
            problems.push(problem);
        }
        out.push(END_MESSAGE);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

struct Context<'a> {
    file: &'a str,
    id: &'a str,
    terms: &'a BTreeMap<String, Pattern<String>>,
}

impl Context<'_> {
    fn problem(&self, what: &str) -> String {
        format!(
            "{}: `{}` uses {what}, which compiled texts do not support",
            self.file, self.id
        )
    }

    fn text(&self, text: &str, out: &mut String) -> Result<(), String> {
        if reserved(text) {
            return Err(self.problem("a control character"));
        }
        out.push_str(text);
        Ok(())
    }

    fn pattern(
        &self,
        pattern: &Pattern<String>,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.text(value, out)?,
                PatternElement::Placeable { expression } => {
                    self.expression(expression, out, depth)?
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        expression: &Expression<String>,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        match expression {
            Expression::Inline(inline) => self.inline(inline, out, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err(self.problem("a choice on something other than an argument"));
                };
                named(out, SELECT, &id.name);
                for variant in variants {
                    self.variant(variant, out, depth)?;
                }
                out.push(END_SELECT);
                Ok(())
            }
        }
    }

    fn variant(
        &self,
        variant: &Variant<String>,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        let key = match &variant.key {
            VariantKey::Identifier { name } => name,
            VariantKey::NumberLiteral { value } => value,
        };
        named(out, if variant.default { DEFAULT } else { VARIANT }, key);
        self.pattern(&variant.value, out, depth)
    }

    fn inline(
        &self,
        inline: &InlineExpression<String>,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        match inline {
            InlineExpression::StringLiteral { value } => self.text(&unescape(value), out),
            InlineExpression::NumberLiteral { value } => self.text(value, out),
            InlineExpression::VariableReference { id } => {
                named(out, VAR, &id.name);
                Ok(())
            }
            InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                named(out, REF, &id.name);
                Ok(())
            }
            InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => match self.terms.get(&id.name) {
                Some(term) if depth < 8 => self.pattern(term, out, depth + 1),
                _ => Err(self.problem(&format!("the unknown term `-{}`", id.name))),
            },
            InlineExpression::Placeable { expression } => self.expression(expression, out, depth),
            InlineExpression::FunctionReference { id, .. } => {
                Err(self.problem(&format!("the function `{}`", id.name)))
            }
            InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } => {
                Err(self.problem("an attribute or a term with arguments"))
            }
        }
    }
}

/// A string literal's value: `\"`, `\\`, `\uXXXX` and `\UXXXXXX` unescaped, as Fluent does.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(len @ ('u' | 'U')) => {
                let digits: String = chars
                    .by_ref()
                    .take(if len == 'u' { 4 } else { 6 })
                    .collect();
                let decoded = u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32);
                out.push(decoded.unwrap_or('\u{fffd}'));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_literals_and_nested_choices_compile() {
        let source = "-brand = Loket\nx = { -brand }: { \"{\" }{ 3 } { $a ->\n    [yes] { $b ->\n        [one] one\n       *[other] many\n    }\n   *[no] no\n}\n";
        let compiled = compile(&[("t.ftl", source)]).unwrap();
        assert_eq!(
            compiled,
            "x\u{1f}Loket: {3 \u{4}a\u{2}\u{5}yes\u{2}\u{4}b\u{2}\u{5}one\u{2}one\u{6}other\u{2}many\u{7}\u{6}no\u{2}no\u{7}\u{1e}"
        );
    }

    #[test]
    fn what_does_not_compile_is_named_with_its_file_and_message() {
        let problems = compile(&[
            ("a.ftl", "x = Hi\n    .title = Hello\ny = { -missing }\n"),
            ("b.ftl", "x = Again\nz = {\n"),
        ])
        .unwrap_err();
        let all = problems.join("\n");
        assert!(all.contains("a.ftl: `x` has attributes"), "{all}");
        assert!(
            all.contains("a.ftl: `y` uses the unknown term `-missing`"),
            "{all}"
        );
        assert!(all.contains("b.ftl: message `x` is defined twice"), "{all}");
        assert!(all.contains("b.ftl: "), "{all}");
        assert_eq!(unescape(r#"a\"b\\c\u00e9"#), "a\"b\\cé");
    }
}
