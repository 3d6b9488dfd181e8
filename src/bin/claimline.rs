//! `claimline`: the native command-line tool over the same engine as the web app.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(claimline::cli::main());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
