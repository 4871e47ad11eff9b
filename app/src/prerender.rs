//! Renders pages of the site to HTML without a browser, when the site is built
//! (`tools/prerender.mjs`): the same view as in the browser, so the app can take the page over
//! as it is (see `startSite`).
//!
//! `app --profile <id> <address>:<lang>…` prints a JSON array of `{address, lang, body}`, where
//! `body` is what goes inside `<body>`. `app --texts` prints each locale's compiled texts, which
//! the residents' module does not carry (`tools/texts.mjs` writes them into the site): a JSON
//! array of `{lang, also, texts}`, `also` naming the pseudo-locale that shows those texts.

use leptos::prelude::*;
use loket::view::render_to_html;

use crate::site::{Address, Site, set_native_profile};

/// The page at `address` as the app first renders it.
pub fn render(address: Address) -> String {
    render_to_html(move || view! { <Site address/> })
}

/// Reads the arguments, renders each page and prints them; or prints the texts.
pub fn run() {
    if std::env::args().nth(1).as_deref() == Some("--texts") {
        println!("{}", texts());
        return;
    }
    let mut args = std::env::args().skip(1);
    let mut pages = Vec::new();
    while let Some(arg) = args.next() {
        if arg == "--profile" {
            set_native_profile(&args.next().unwrap_or_default());
            continue;
        }
        let (rest, lang) = arg.rsplit_once(':').unwrap_or((&arg, ""));
        let address = Address {
            rest: rest.to_string(),
            lang: (!lang.is_empty()).then(|| lang.to_string()),
        };
        let body = render(address);
        pages.push(serde_json::json!({ "address": rest, "lang": lang, "body": body }));
    }
    println!("{}", serde_json::Value::Array(pages));
}

/// Every locale's compiled texts, as a page fetches them: `[{lang, also, texts}]`.
fn texts() -> serde_json::Value {
    let texts = crate::assets::TEXTS.iter().map(|(lang, texts)| {
        let also: Vec<&str> = crate::data::pseudo_of(lang).into_iter().collect();
        serde_json::json!({ "lang": lang, "also": also, "texts": texts })
    });
    serde_json::Value::Array(texts.collect())
}
