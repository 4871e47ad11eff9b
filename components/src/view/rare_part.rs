//! The pages of a form that a resident reaches only after the first step, or not at all: the
//! check page, the confirmation, the hand-off page (with its QR code) and the call-back page;
//! and the work behind `/loket`'s buttons (reading a hand-off code or an answers file).
//!
//! A split build (feature `split`, made by `tools/split.mjs`) moves them into a second
//! WebAssembly file, so the first download carries only what the first step needs. The page
//! fetches that file, with its integrity, while the resident reads the first step (the app
//! calls [`fetch_rare_parts`] once it has started); a page that is needed before it has
//! arrived shows a line that it is coming, and a page whose file cannot be loaded says so, with
//! a button to try again, while the answers stay where they are. Every other build (native
//! tests, the prerenderer, the full module) renders these pages directly.

use leptos::prelude::*;

use super::context::use_kit;
use crate::core::model::ids;

/// Declares a view function for a page few residents reach: a plain function, or in a split
/// build a function whose body lives in the module's second file (see the module's doc).
macro_rules! rare_view {
    ($(#[$attr:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> AnyView $body:block) => {
        $(#[$attr])*
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        fn $name($($arg: $ty),*) -> AnyView $body

        $(#[$attr])*
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        fn $name($($arg: $ty),*) -> AnyView {
            #[::leptos::wasm_split::wasm_split(rare, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name($($arg: $ty),*) -> Result<AnyView, ::leptos::wasm_split::SplitLoaderError> {
                Ok($body)
            }
            $crate::view::rare_part::later(move || $name($($arg.clone()),*))
        }
    };
}
pub(crate) use rare_view;

/// Declares a function for work few residents need (reading a hand-off code or an answers
/// file): a plain async function, or in a split build one whose body lives in the module's
/// second file. It gives `None` when that file cannot be loaded, and the caller says so.
macro_rules! rare_work {
    ($(#[$attr:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        $(#[$attr])*
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        async fn $name($($arg: $ty),*) -> Option<$out> {
            Some($body)
        }

        $(#[$attr])*
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        async fn $name($($arg: $ty),*) -> Option<$out> {
            #[::leptos::wasm_split::wasm_split(rare, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name($($arg: $ty),*) -> Result<$out, ::leptos::wasm_split::SplitLoaderError> {
                Ok($body)
            }
            match $name($($arg),*).await {
                Ok(out) => Some(out),
                Err(problem) => {
                    $crate::view::browser::warn(&format!("Loket: {problem}"));
                    None
                }
            }
        }
    };
}
pub(crate) use rare_work;

/// Fetches the file with the rare pages (see the module's doc) when the browser is idle, so it
/// is there when the resident moves on; a failure is not kept, and the page that needs it
/// tries again. Without a split build there is nothing to fetch.
///
/// Call it once a form is on the page and the app has taken the page over: an app that stopped
/// while taking over a prerendered page (and was followed by a second instance) must not fetch
/// the file for itself.
///
/// # Examples
///
/// ```
/// // Outside a split build (here: natively) it does nothing.
/// loket::view::fetch_rare_parts();
/// ```
pub fn fetch_rare_parts() {
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    super::browser::when_idle(|| {
        leptos::task::spawn_local(async {
            let _ = preload_rare().await;
        })
    });
}

/// Loads the file of the rare pages without calling any of them.
#[cfg(all(feature = "split", target_arch = "wasm32"))]
#[::leptos::wasm_split::wasm_split(rare, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_rare))]
fn nothing() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
    Ok(())
}

/// The page `part` makes once its file has arrived (see the module's doc): meanwhile a line
/// that it is coming; when the file cannot be loaded, [`PartFailed`], whose button asks again.
/// The focus asked for before the page was there (its heading, on a step change) goes to it.
#[cfg(all(feature = "split", target_arch = "wasm32"))]
pub(crate) fn later<F, E>(part: impl Fn() -> F + 'static) -> AnyView
where
    F: std::future::Future<Output = Result<AnyView, E>> + 'static,
    E: std::fmt::Display + 'static,
{
    use leptos::__reexports::send_wrapper::SendWrapper;

    let kit = use_kit();
    let host = kit.host;
    let attempt = RwSignal::new(0_u32);
    let part = SendWrapper::new(part);
    let retry = Callback::new(move |()| {
        attempt.update(|n| *n += 1);
        // The button goes; the page (or this message again) takes the focus.
        host.focus_soon(ids::STEP_HEADING);
    });
    let coming = kit.text("loket-part-loading");
    (move || {
        attempt.track();
        let made = SendWrapper::new(part());
        let coming = coming.clone();
        view! {
            <Suspense fallback=move || view! { <p class="loket-part-loading" role="status">{coming.clone()}</p> }>
                {Suspend::new(SendWrapper::new(async move {
                    let view = match made.take().await {
                        Ok(view) => view,
                        Err(problem) => {
                            super::browser::warn(&format!("Loket: {problem}"));
                            view! { <PartFailed on_retry=retry/> }.into_any()
                        }
                    };
                    host.focus_missed();
                    view
                }))}
            </Suspense>
        }
    })
    .into_any()
}

/// Says that a page of the form could not be loaded, that the answers stay, and how to get
/// help; its button tries again. Its heading is the page's, so it takes the focus a step
/// change gives.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::PartFailed;
/// # let (kit, _spec) = loket::view::examples::kit_and_form("klacht");
///
/// let html = loket::view::examples::render_html(kit, || {
///     view! { <PartFailed on_retry=Callback::new(|()| ())/> }
/// });
/// assert!(html.contains("Dit deel van het formulier kon niet worden geladen"), "{html}");
/// assert!(html.contains("14053"), "{html}");
/// assert!(html.contains(r#"type="button""#), "{html}");
/// ```
#[component]
pub fn PartFailed(
    /// Called when the resident asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let kit = use_kit();
    let body = {
        let kit = kit.clone();
        move || kit.tp("loket-part-failed-body")
    };
    view! {
        <div class="loket-part-failed">
            <h1 class="loket-heading" id=ids::STEP_HEADING tabindex="-1">{kit.text("loket-part-failed-title")}</h1>
            <p>{body}</p>
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=move |_| on_retry.run(())>
                {kit.text("loket-part-failed-retry")}
            </button>
        </div>
    }
}
