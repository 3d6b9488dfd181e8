//! Exports of an `Analysis`. Every export uses code-point offsets.

use crate::analysis::Analysis;

/// The `Analysis` as pretty JSON (schema in docs/ANALYSIS-JSON.md).
pub fn to_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(analysis).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
