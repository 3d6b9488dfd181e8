//! Claims: checkable assertions, with a check-worthiness score.

use super::document::Document;
use super::model::{Actor, Attribution, Claim, Event, Quantity};

pub fn build(_doc: &Document<'_>, _attributions: &[Attribution], _quantities: &[Quantity], _events: &[Event], _actors: &[Actor]) -> Vec<Claim> {
    Vec::new()
}
