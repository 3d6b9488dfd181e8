//! Fuzz target: any bytes -> a date (first 4 bytes) and lossy UTF-8 text -> `analyze`, then the engine's invariants
//! (no panic, spans inside the text on char boundaries, code points agreeing with bytes, JSON round trip), checked
//! by the same code as the property tests: tests/common/mod.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (date, text) = common::split_input(data);
    common::check_with(&text, date);
});
