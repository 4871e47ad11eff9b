//! Renders pages of the site to HTML without a browser, when the site is built
//! (`tools/prerender.mjs`): the same view as in the browser, so the app can take the page over
//! as it is (see `startSite`).
//!
//! `app --profile <id> <address>:<lang>…` prints a JSON array of `{address, lang, body}`, where
//! `body` is what goes inside `<body>`.

use leptos::prelude::*;

use crate::site::{Address, Site, set_native_profile};

/// An executor that runs nothing: effects and tasks wait for the browser, as they do on any
/// server that renders a view to HTML.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The page at `address` as the app first renders it.
pub fn render(address: Address) -> String {
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| view! { <Site address/> }.into_view().to_html())
}

/// Reads the arguments, renders each page and prints them.
pub fn run() {
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
