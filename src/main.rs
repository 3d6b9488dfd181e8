//! The web app's entry point (built for wasm32 by trunk).
//!
//! The same wasm module also serves the analysis worker (src/app/worker.js): there is no window in a worker,
//! so `main` returns at once and the worker calls `analyse_parts`.

#[cfg(target_arch = "wasm32")]
fn main() {
    if web_sys::window().is_some() {
        claimline::app::start();
    }
}

/// The worker's entry: the analysis of `text` (published on `date`, "YYYY-MM-DD" or ""), as the binary parts
/// of `claimline::wire`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn analyse_parts(text: &str, date: &str) -> js_sys::Array {
    claimline::app::worker::analyse_parts(text, date)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("claimline-web is the browser app: run `bash scripts/serve` to build and serve it, or use the `claimline` CLI.");
    std::process::exit(2);
}
