//! The browser's side of sharing, keeping and exporting: the URL fragment, localStorage, downloads and the
//! clipboard. Every call here may fail (storage full or blocked, no clipboard): failures are returned, never
//! panicked on, so the text is never lost.

use super::state::{DateOrigin, Kept, SAMPLE_DATE, SAMPLE_TEXT};
use crate::share;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::AttrValue;

/// The localStorage key (versioned: a later format gets a new key; src/app/crash.js forgets it too).
pub const STORAGE_KEY: &str = "claimline:v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the app opens on: a share link in the URL first, else the kept text, else the sample; a notice
/// when a share link could not be read; and the kept text a share link replaced (for an Undo).
pub fn startup() -> (Kept, Option<String>, Option<Kept>) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let mut notice = None;
    match share::parse_fragment(&hash) {
        Ok(Some(shared)) => {
            // The text now lives in the page (and is kept in storage): drop the fragment, so that a reload
            // after edits does not bring the shared text back over them.
            clear_fragment();
            let replaced = load_kept().filter(|k| {
                !k.text.trim().is_empty()
                    && k.text.as_str() != shared.text
                    && k.text.as_str() != SAMPLE_TEXT
            });
            return (
                Kept {
                    text: AttrValue::from(shared.text),
                    date_input: AttrValue::from(shared.date),
                    date_origin: DateOrigin::User,
                },
                None,
                replaced,
            );
        }
        Ok(None) => {}
        Err(e) => {
            notice = Some(format!(
                "This link could not be opened: {e}. Ask for the link again, or paste the article."
            ));
            // The damaged fragment would fail again on every reload: drop it from the address bar.
            clear_fragment();
        }
    }
    let kept = load_kept().unwrap_or(Kept {
        text: AttrValue::Static(SAMPLE_TEXT),
        date_input: AttrValue::Static(SAMPLE_DATE),
        date_origin: DateOrigin::Sample,
    });
    (kept, notice, None)
}

/// Reads a share link the address bar changed to while the app is open: `Ok(None)` when the fragment is
/// not a share link. The fragment is consumed either way.
pub fn read_changed_fragment() -> Result<Option<Kept>, String> {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match share::parse_fragment(&hash) {
        Ok(Some(shared)) => {
            clear_fragment();
            Ok(Some(Kept {
                text: AttrValue::from(shared.text),
                date_input: AttrValue::from(shared.date),
                date_origin: DateOrigin::User,
            }))
        }
        Ok(None) => Ok(None),
        Err(e) => {
            clear_fragment();
            Err(format!(
                "This link could not be opened: {e}. Ask for the link again, or paste the article."
            ))
        }
    }
}

/// Removes the fragment from the address bar without reloading.
pub fn clear_fragment() {
    let Some(w) = web_sys::window() else { return };
    let (Ok(path), Ok(search)) = (w.location().pathname(), w.location().search()) else {
        return;
    };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&(path + &search)));
    }
}

/// The kept text and date, if any (a damaged value counts as none).
pub fn load_kept() -> Option<Kept> {
    let raw = storage()?.get_item(STORAGE_KEY).ok()??;
    let fields = crate::json::string_fields(&raw)?;
    let field = |name: &str| fields.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let text = field("text")?.to_string();
    let date = field("date").unwrap_or("");
    let date = if crate::analysis::Date::parse_iso(date).is_some() {
        date
    } else {
        ""
    };
    let origin = if text == SAMPLE_TEXT && date == SAMPLE_DATE {
        DateOrigin::Sample
    } else {
        DateOrigin::User
    };
    Some(Kept {
        text: AttrValue::from(text),
        date_input: AttrValue::from(date.to_string()),
        date_origin: origin,
    })
}

/// Texts longer than this are not kept: Chromium refuses about 5 million characters per site, and writing
/// the JSON of a 2 MB text into storage is already one long task of a few hundred milliseconds on the main
/// thread (docs/PERFORMANCE.md, "Worker").
pub const KEEP_MAX_BYTES: usize = 2_000_000;

/// What the page says when a text is too long to keep.
pub fn too_long_to_keep(bytes: usize) -> String {
    format!(
        "This text ({}) is too long for this browser to keep (up to {} are kept): it stays on this page until you close it, and a reload brings back the last text kept. Keep a copy of it yourself.",
        super::worker::size_label(bytes),
        super::worker::size_label(KEEP_MAX_BYTES)
    )
}

/// Keeps the text and date; `false` when the browser refused (full, blocked, private mode). The caller
/// checks `KEEP_MAX_BYTES` first.
pub fn save_kept(text: &str, date: &str) -> bool {
    let Some(s) = storage() else { return false };
    // One pass over the text (no intermediate `json::Value` holding a copy of it).
    let value = crate::json::to_string(&KeptJson { text, date }).unwrap_or_default();
    !value.is_empty() && s.set_item(STORAGE_KEY, &value).is_ok()
}

#[derive(serde::Serialize)]
struct KeptJson<'a> {
    text: &'a str,
    date: &'a str,
}

/// The page's URL without its fragment.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Offers `content` as a download named `name`. `Err` with a reason when the browser refused.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| "the file could not be made")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "").ok();
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a).map_err(|_| "no link")?;
    a.click();
    a.remove();
    // Revoke later: Chromium may still be reading the blob right after the click.
    let later = gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    later.forget();
    Ok(())
}

/// Writes `text` to the clipboard; `on_done(true)` when it worked.
pub fn copy_to_clipboard(text: String, on_done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        on_done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(&text);
    // The promise's two outcomes as two one-shot closures (not `spawn_local` and `JsFuture`: this was the
    // bundle's only future, and the futures runtime is code of its own; docs/PERFORMANCE.md, "Size"). Whichever
    // runs takes `on_done` from the shared slot. Both are left to JavaScript (`forget`): a few bytes per copy.
    let slot: Rc<Cell<Option<Box<dyn FnOnce(bool)>>>> = Rc::new(Cell::new(Some(Box::new(on_done))));
    let settle = |ok: bool| {
        let slot = slot.clone();
        wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
            if let Some(done) = slot.take() {
                done(ok);
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = promise.then2(&resolved, &rejected);
    resolved.forget();
    rejected.forget();
}
