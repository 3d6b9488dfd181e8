//! Quantities: percentages, money, counts, ratios, with qualifiers.

use super::document::Document;
use super::model::{Quantity, Timex};

pub fn recognize(_doc: &Document<'_>, _timexes: &[Timex]) -> Vec<Quantity> {
    Vec::new()
}
