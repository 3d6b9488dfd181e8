//! The browser benchmark's hook (scripts/bench-browser.cjs): `window.wasmBindings.claimline_bench(text, date)`
//! analyses `text` as the app does and returns the milliseconds `analyze` took, by the page's `performance.now()`.

use crate::analysis::{analyze, Date, Options};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn now() -> f64 {
    let perf = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance")).ok();
    let now = perf
        .as_ref()
        .and_then(|p| js_sys::Reflect::get(p, &JsValue::from_str("now")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (perf, now) {
        (Some(p), Some(f)) => f.call0(&p).ok().and_then(|v| v.as_f64()).unwrap_or(0.0),
        _ => js_sys::Date::now(),
    }
}

/// Milliseconds to analyse `text` published on `date` ("YYYY-MM-DD", or "" for none).
#[wasm_bindgen]
pub fn claimline_bench(text: &str, date: &str) -> f64 {
    let options = Options {
        publication_date: Date::parse_iso(date),
    };
    let t0 = now();
    let analysis = analyze(text, &options);
    let n = analysis.events.len();
    drop(analysis);
    let ms = now() - t0;
    // Keep the result observable so the analysis cannot be optimised away.
    if n == usize::MAX {
        return -1.0;
    }
    ms
}
