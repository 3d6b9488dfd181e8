//! The web app's entry point (built for wasm32 by trunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    claimline::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("claimline-web is the browser app: run `bash scripts/serve` to build and serve it, or use the `claimline` CLI.");
    std::process::exit(2);
}
