//! Rendering a view to HTML outside a browser, as a server does: for the components' examples
//! and for sites that render their pages when they are built (the reference site's prerendered
//! pages). Only in native builds.

use leptos::prelude::*;

/// An executor that never runs what is given to it: effects and tasks wait for a browser, as
/// on a server, where rendering a view to HTML runs none of them either.
struct NoEffects;

impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Renders a view to HTML as the browser would show it first, with whatever `view` provides
/// in its context. Effects do not run.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::render_to_html;
///
/// let html = render_to_html(|| view! { <p class="loket-intro">"Welkom"</p> });
/// assert!(html.starts_with(r#"<p class="loket-intro">Welkom"#), "{html}");
/// ```
pub fn render_to_html<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    // Once per process; a second call finds it set, which is as good.
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| view().into_view().to_html())
}
