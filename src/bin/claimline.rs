//! `claimline`: the native command-line tool over the same engine as the web app.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    restore_sigpipe();
    std::process::exit(claimline::cli::main());
}

/// Rust starts programs with SIGPIPE ignored, so `claimline eval ... | head` would panic on the first write after
/// `head` exits. A command-line filter should end quietly there, as `cat` does: the signal's default action.
#[cfg(all(unix, not(target_arch = "wasm32")))]
fn restore_sigpipe() {
    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    const SIGPIPE: i32 = 13; // the same on Linux, macOS and the BSDs
    const SIG_DFL: usize = 0;
    // SAFETY: `signal` from the C library the standard library already links; no handler code of ours runs.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

#[cfg(all(not(unix), not(target_arch = "wasm32")))]
fn restore_sigpipe() {}

#[cfg(target_arch = "wasm32")]
fn main() {}
