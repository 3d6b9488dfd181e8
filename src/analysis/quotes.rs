//! Quotations and attributions: who said what.

use super::document::Document;
use super::model::{Actor, Attribution};

pub fn recognize(_doc: &Document<'_>, _actors: &[Actor]) -> Vec<Attribution> {
    Vec::new()
}
