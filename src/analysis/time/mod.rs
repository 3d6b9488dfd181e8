//! Temporal expressions: recognition and TIMEX3 normalisation against the publication date.

use super::date::Date;
use super::document::Document;
use super::model::{Span, Timex};

/// Finds a publication date written in the text itself (a dateline, "Published June 24, 2025").
pub fn detect_publication_date(_doc: &Document<'_>) -> Option<(Date, Span)> {
    None
}

/// Every temporal expression in the document, in text order, with ids "t1", "t2", ...
pub fn recognize(_doc: &Document<'_>, _dct: Option<Date>) -> Vec<Timex> {
    Vec::new()
}
