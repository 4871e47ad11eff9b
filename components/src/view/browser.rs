//! Small wrappers around the browser: focus, clock, storage, title and URL.

use std::cell::RefCell;

use crate::core::CalendarDate;

/// The browser window.
#[cfg(target_arch = "wasm32")]
pub(crate) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Outside a browser (native tests and examples) there is no window.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn window() -> Option<web_sys::Window> {
    None
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

thread_local! {
    /// The shadow roots of the forms embedded in this page, by [`Host::Embedded`] number.
    static EMBEDDED: RefCell<Vec<Option<web_sys::ShadowRoot>>> = const { RefCell::new(Vec::new()) };
    /// Whether a mouse button, finger or pen is down now; `None` until first asked.
    static POINTER_DOWN: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
    /// What waits for the pointer to be released.
    static AFTER_RELEASE: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    /// The focus last asked for that found no element to go to, and where the focus was then:
    /// a part of the form that arrives later ([`super::rare_part`]) takes it once it is there.
    static MISSED_FOCUS: RefCell<Option<(Host, String, Option<web_sys::Element>)>> = const { RefCell::new(None) };
}

/// Runs `f` now, or, while a mouse button, finger or pen is down, once it is released and the
/// click it makes has been handled. A field left by pressing a button changes its advice only
/// after the press: advice that appears or goes at once would move the button away under the
/// pointer, and the click would be lost.
pub fn after_release(f: impl FnOnce() + 'static) {
    // Outside a browser (native tests) there is no pointer.
    if !cfg!(target_arch = "wasm32") {
        return f();
    }
    watch_pointer();
    if POINTER_DOWN.with(|down| down.get()) == Some(true) {
        AFTER_RELEASE.with(|waiting| waiting.borrow_mut().push(Box::new(f)));
    } else {
        f();
    }
}

/// Listens, once per page, to the pointer going down and up.
fn watch_pointer() {
    if POINTER_DOWN.with(|down| down.get()).is_some() {
        return;
    }
    POINTER_DOWN.with(|down| down.set(Some(false)));
    let press = leptos::prelude::window_event_listener_untyped("pointerdown", |_| {
        POINTER_DOWN.with(|down| down.set(Some(true)));
    });
    let release = |_| {
        POINTER_DOWN.with(|down| down.set(Some(false)));
        // After the click that follows the release, in the same task.
        soon(|| {
            for f in AFTER_RELEASE.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
                f();
            }
        });
    };
    let up = leptos::prelude::window_event_listener_untyped("pointerup", release);
    let cancel = leptos::prelude::window_event_listener_untyped("pointercancel", release);
    // For the life of the page.
    std::mem::forget((press, up, cancel));
}

/// Where a form is shown: on a page of its own (the reference site), or embedded in another
/// page inside a shadow root (`mount` in the app, `<loket-form>`). An embedded form looks up
/// its ids in its own shadow root, so several forms fit on one page, and it leaves the host
/// page's title, language, address and scroll position alone.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::view::{Host, StepPage};
/// use loket::view::examples::{form_ctx, kit_and_form, render_html};
///
/// // `root`: the shadow root the page's script made for the form.
/// fn show_in(root: web_sys::ShadowRoot) {
///     let host = Host::embed(root);
///     assert!(host.is_embedded());
///     host.set_title("Stap 1"); // leaves the page's title alone
///     host.focus_soon(loket::core::model::ids::STEP_HEADING); // the heading in this form's own root
///     host.release(); // once the form is taken off the page
/// }
/// # let _ = show_in;
/// assert!(!Host::Page.is_embedded());
///
/// // On its first step an embedded form has no "Vorige": the host page is around it.
/// let (kit, spec) = kit_and_form("klacht");
/// let ctx = form_ctx(&spec).shown_in(Host::Embedded(0));
/// let html = render_html(kit.embedded_in(Host::Embedded(0)), move || {
///     provide_context(ctx);
///     view! { <StepPage index=0/> }
/// });
/// assert!(html.contains("Stap 1 van 5"), "{html}");
/// assert!(!html.contains("Vorige"), "{html}");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Host {
    /// The form owns the page.
    #[default]
    Page,
    /// The form lives in a shadow root registered with [`Host::embed`].
    Embedded(usize),
}

/// A place to look up elements: the document, or an embedded form's shadow root.
enum Scope {
    Document(web_sys::Document),
    Shadow(web_sys::ShadowRoot),
}

impl Scope {
    fn by_id(&self, id: &str) -> Option<web_sys::Element> {
        match self {
            Scope::Document(d) => d.get_element_by_id(id),
            Scope::Shadow(s) => s.get_element_by_id(id),
        }
    }

    fn select(&self, selector: &str) -> Option<web_sys::Element> {
        match self {
            Scope::Document(d) => d.query_selector(selector).ok().flatten(),
            Scope::Shadow(s) => s.query_selector(selector).ok().flatten(),
        }
    }

    /// The element that has the focus, if any (the page's body counts as none).
    fn focused(&self) -> Option<web_sys::Element> {
        match self {
            Scope::Document(d) => d
                .active_element()
                .filter(|e| d.body().is_none_or(|body| *body != *e)),
            Scope::Shadow(s) => s.active_element(),
        }
    }
}

impl Host {
    /// Registers the shadow root of an embedded form; forget it with [`Host::release`].
    pub fn embed(root: web_sys::ShadowRoot) -> Host {
        EMBEDDED.with_borrow_mut(|roots| {
            roots.push(Some(root));
            Host::Embedded(roots.len() - 1)
        })
    }

    /// Forgets an embedded form's shadow root once the form is taken off the page.
    pub fn release(self) {
        if let Host::Embedded(n) = self {
            EMBEDDED.with_borrow_mut(|roots| {
                if let Some(root) = roots.get_mut(n) {
                    *root = None;
                }
            });
        }
    }

    /// Whether the form is embedded in another page.
    pub fn is_embedded(self) -> bool {
        matches!(self, Host::Embedded(_))
    }

    fn scope(self) -> Option<Scope> {
        match self {
            Host::Page => document().map(Scope::Document),
            Host::Embedded(n) => EMBEDDED
                .with_borrow(|roots| roots.get(n).cloned().flatten())
                .map(Scope::Shadow),
        }
    }

    /// Moves focus to an element after the current render has reached the DOM.
    #[cfg(target_arch = "wasm32")]
    pub fn focus_soon(self, id: impl Into<String>) {
        let id = id.into();
        gloo_timers::callback::Timeout::new(0, move || self.focus_now(&id)).forget();
    }

    /// Moves focus to an element after the current render has reached the DOM; outside a
    /// browser (native tests and examples) there is nothing to focus.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn focus_soon(self, _id: impl Into<String>) {}

    /// Focuses an element now and scrolls its label or legend into view (like the GOV.UK error
    /// summary) so the question stays readable above the control.
    pub fn focus_now(self, id: &str) {
        if let Some(scope) = self.scope() {
            let found = focus_in(&scope, id);
            MISSED_FOCUS.set((!found).then(|| (self, id.to_string(), scope.focused())));
        }
    }

    /// Gives the focus that was asked for before its element was on the page (a part of the
    /// form that arrived later) to that element now, if the resident has not moved the focus
    /// since: it is nowhere, or still where it was then (the help panel's button that opened
    /// the page, which stays on the page).
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    pub(crate) fn focus_missed(self) {
        let missed = MISSED_FOCUS.with_borrow_mut(|missed| match missed {
            Some((host, _, _)) if *host == self => missed.take(),
            _ => None,
        });
        let (Some((_, id, then)), Some(scope)) = (missed, self.scope()) else {
            return;
        };
        let now = scope.focused();
        if now.is_none() || now == then {
            self.focus_soon(id);
        }
    }

    /// Shows the top of the form, as a new page would: the page's top, or the top of an
    /// embedded form when it has scrolled out of view.
    pub fn scroll_to_top(self) {
        use wasm_bindgen::JsCast;
        match self.scope() {
            Some(Scope::Shadow(root)) => {
                let host = root.host();
                if host.get_bounding_client_rect().top() < 0.0 {
                    if let Ok(el) = host.dyn_into::<web_sys::HtmlElement>() {
                        el.scroll_into_view();
                    }
                }
            }
            _ => scroll_to_top(),
        }
    }

    /// Sets the page title; an embedded form leaves the host page's title alone.
    pub fn set_title(self, title: &str) {
        if !self.is_embedded() {
            set_title(title);
        }
    }
}

/// Focuses an element of the page now and scrolls its label or legend into view (like the
/// GOV.UK error summary) so the question stays readable above the control.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::core::model::ids;
/// use loket::core::rules::dates::DatePart;
/// use loket::view::{ErrorSummary, focus_now};
/// use loket::{FieldError, Rule};
/// # let (kit, spec) = loket::view::examples::kit_and_form("klacht");
///
/// // A date without its month: the error summary links to the month's input.
/// let rule = Rule::DateIncomplete { parts: vec![DatePart::Month] };
/// let errors = RwSignal::new(vec![FieldError { question: "datum".into(), rule }]);
/// let month = ids::date_part("klacht", "datum", "month");
/// let html = loket::view::examples::render_html(kit, move || view! { <ErrorSummary spec errors/> });
/// assert!(html.contains(&format!(r##"href="#{month}""##)), "{html}");
/// // The summary's link does this; outside a browser there is nothing to focus.
/// focus_now(&month);
/// ```
pub fn focus_now(id: &str) {
    Host::Page.focus_now(id);
}

/// Whether there was an element `id` to focus.
fn focus_in(scope: &Scope, id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = scope.by_id(id) else {
        return false;
    };
    let label = scope.select(&format!("label[for=\"{id}\"]")).and_then(|l| {
        // A date part or radio: show the group's legend, not only the part's label.
        el.closest("fieldset")
            .ok()
            .flatten()
            .and_then(|f| f.query_selector("legend").ok().flatten())
            .or(Some(l))
    });
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
    if let Some(label) = label {
        label.scroll_into_view();
    }
    true
}

/// Today by the device clock, in local time.
#[cfg(target_arch = "wasm32")]
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(CalendarDate {
        year: 2026,
        month: 1,
        day: 1,
    })
}

/// "Today" outside a browser (native tests and the components' examples): a fixed day, so
/// each example shows the same on every day.
#[cfg(not(target_arch = "wasm32"))]
pub const NATIVE_TODAY: (i32, u32, u32) = (2026, 11, 23);

/// Outside a browser (native tests and examples): [`NATIVE_TODAY`].
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> CalendarDate {
    let (y, m, d) = NATIVE_TODAY;
    CalendarDate::new(y, m, d).unwrap_or_else(|| CalendarDate::from_days_since_epoch(0))
}

/// The current moment as ISO 8601.
#[cfg(target_arch = "wasm32")]
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Outside a browser: noon (UTC) of the examples' fixed today.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_iso() -> String {
    format!("{}T12:00:00.000Z", today().iso())
}

/// Random bytes for a reference or a key, from the browser's cryptographic generator.
#[cfg(target_arch = "wasm32")]
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let filled = window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Every browser that runs WebAssembly has `crypto`; this is only a last resort.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

/// Outside a browser (native tests and examples): from the random keys of the standard
/// library's hash maps.
#[cfg(not(target_arch = "wasm32"))]
pub fn random_bytes<const N: usize>() -> [u8; N] {
    use std::hash::{BuildHasher, RandomState};
    let mut bytes = [0u8; N];
    for (i, chunk) in bytes.chunks_mut(8).enumerate() {
        let word = RandomState::new().hash_one(i).to_le_bytes();
        chunk.copy_from_slice(&word[..chunk.len()]);
    }
    bytes
}

/// Writes a warning to the browser console, for the web team (never shown to residents).
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Sets `document.title`.
///
/// # Examples
///
/// ```
/// use loket::view::set_title;
/// # let kit = loket::view::examples::kit();
///
/// // The title of a step, as a guided form makes it; outside a browser it goes nowhere.
/// let title = kit.form_page_title("Stap 2 van 5: Wat is er gebeurd?".into(), "klacht", false);
/// assert_eq!(title, "Stap 2 van 5: Wat is er gebeurd? – Klacht indienen – Gemeente Enschede");
/// set_title(&title);
/// ```
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Sets `<html lang>`.
///
/// # Examples
///
/// ```
/// use leptos::prelude::*;
/// use loket::Locale;
/// use loket::view::set_document_lang;
/// # let kit = loket::view::examples::kit();
///
/// // After a switch of language; outside a browser there is no page to mark.
/// kit.locale.set(Locale::new("en"));
/// set_document_lang(kit.locale.get_untracked().tag());
/// assert_eq!(kit.locale.get_untracked().tag(), "en");
/// ```
pub fn set_document_lang(tag: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", tag);
    }
}

/// A query parameter of the page URL.
///
/// # Examples
///
/// ```
/// use loket::Locale;
/// use loket::view::query_param;
///
/// // On `/klacht?lang=en`: English. Without it (or outside a browser): the site's Dutch.
/// let locale = query_param("lang").map_or(Locale::new("nl"), |tag| Locale::new(&tag));
/// assert_eq!(locale, Locale::new("nl"));
/// ```
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Replaces a query parameter in the address bar without a page load (no personal data here).
pub fn replace_query_param(name: &str, value: Option<&str>) {
    let Some(window) = window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    match value {
        Some(v) => url.search_params().set(name, v),
        None => url.search_params().delete(name),
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// Reads a value kept for this browser tab.
pub fn session_get(key: &str) -> Option<String> {
    window()?.session_storage().ok()??.get_item(key).ok()?
}

/// Keeps a value for this browser tab; `false` when storage is unavailable or full.
pub fn session_set(key: &str, value: &str) -> bool {
    window()
        .and_then(|w| w.session_storage().ok().flatten())
        .is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Forgets a value kept for this browser tab.
pub fn session_remove(key: &str) {
    if let Some(storage) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.remove_item(key);
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok()?
}

/// Reads a value kept on this device (local storage).
pub fn local_get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Keeps a value on this device; `false` when storage is unavailable or full.
pub fn local_set(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Forgets a value kept on this device.
pub fn local_remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Whether the browser believes it has a network connection.
pub fn is_online() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

/// Runs `f` once, the next time the connection comes back.
pub fn when_online(f: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        return;
    };
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "online",
        wasm_bindgen::JsCast::unchecked_ref(&callback),
        &options,
    );
}

/// Runs `f` in a task of its own, after the current one: work that need not hold up what
/// the resident is waiting for (starting the page, a keystroke).
pub fn soon(f: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback(wasm_bindgen::JsCast::unchecked_ref(&callback));
}

/// Runs `f` once when the browser is next idle (after it has painted), and at the latest after
/// half a second; where the browser cannot say when it is idle, in the next task.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let callback: &js_sys::Function = wasm_bindgen::JsCast::unchecked_ref(&callback);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(500);
    if window
        .request_idle_callback_with_options(callback, &options)
        .is_err()
    {
        let _ = window.set_timeout_with_callback(callback);
    }
}

/// Runs `f` whenever the page is hidden or left: another tab, the home screen, a refresh or
/// closing it. Mobile browsers may end a hidden page without warning, so this is the last
/// moment to keep anything. Stops when the returned handles are removed.
#[cfg(target_arch = "wasm32")]
pub fn when_hidden(f: impl Fn() + Clone + 'static) -> [leptos::prelude::WindowListenerHandle; 2] {
    let on_hide = f.clone();
    [
        leptos::prelude::window_event_listener_untyped("pagehide", move |_| on_hide()),
        leptos::prelude::window_event_listener_untyped("visibilitychange", move |_| {
            let hidden = window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if hidden {
                f();
            }
        }),
    ]
}

/// Outside a browser (native tests and examples) a page is never hidden: no listeners.
#[cfg(not(target_arch = "wasm32"))]
pub fn when_hidden(_f: impl Fn() + Clone + 'static) -> [leptos::prelude::WindowListenerHandle; 0] {
    []
}

/// The local calendar date of a moment given in milliseconds since 1970.
pub fn date_of_ms(ms: u64) -> CalendarDate {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    CalendarDate::new(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(today)
}

/// The local calendar date and time (`14:03`) of a moment given as ISO 8601; `None` when it
/// is not one.
#[cfg(target_arch = "wasm32")]
pub fn local_date_time(iso: &str) -> Option<(CalendarDate, String)> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    let day = CalendarDate::new(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )?;
    Some((
        day,
        format!("{:02}:{:02}", date.get_hours(), date.get_minutes()),
    ))
}

/// Outside a browser (native tests and examples) local time is UTC: the date and time as
/// written in a moment like `2026-11-22T10:00:00Z`.
#[cfg(not(target_arch = "wasm32"))]
pub fn local_date_time(iso: &str) -> Option<(CalendarDate, String)> {
    let day = CalendarDate::parse(iso.get(8..10)?, iso.get(5..7)?, iso.get(..4)?).ok()?;
    let time = iso
        .get(11..16)
        .filter(|t| t.as_bytes().get(2) == Some(&b':'))?;
    Some((day, time.to_string()))
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Scrolls the page to the top, as a new page would be.
pub fn scroll_to_top() {
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The site's start page, keeping the language in the address.
pub fn home_href() -> String {
    let search = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    format!("./{search}")
}

/// Leaves the form for the site's start page, keeping the language.
pub fn go_home() {
    if let Some(window) = window() {
        let _ = window.location().set_href(&home_href());
    }
}

/// Milliseconds since 1970 by the device clock.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Outside a browser (native tests and examples): noon (UTC) of the examples' fixed today.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    (today().days_since_epoch() * 86_400_000 + 43_200_000) as f64
}

/// Offers `contents` as a file download named `name`.
pub fn download(name: &str, media_type: &str, contents: &str) {
    let blob = gloo_file::Blob::new_with_options(contents, Some(media_type));
    let url = gloo_file::ObjectUrl::from(blob);
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(link) = document.create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(link) {
        link.click();
    }
    // Keep the address alive while the browser saves the file.
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}
