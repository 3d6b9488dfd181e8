//! Claimline: read the news critically. See docs/ARCHITECTURE.md.

pub mod analysis;
/// Decimal numbers without the standard float parser's tables (the web bundle's size, docs/PERFORMANCE.md "Size").
pub mod decimal;
pub mod export;
/// JSON without serde_json in the web bundle (docs/PERFORMANCE.md "Size").
pub mod json;
pub mod share;
/// One stable sort compiled once (the web bundle's size, docs/PERFORMANCE.md "Size").
pub mod sort;
pub mod view_model;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use analysis::{analyze, Analysis, Date, Options};

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
