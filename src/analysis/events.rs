//! Events: clauses that state that something happened, with their time, status and actors.

use super::date::Date;
use super::document::Document;
use super::model::{Actor, Attribution, Claim, Event, Timex};

pub fn build(_doc: &Document<'_>, _dct: Option<Date>, _timexes: &[Timex], _actors: &[Actor], _attributions: &[Attribution]) -> Vec<Event> {
    Vec::new()
}

pub fn link_claims(_events: &mut [Event], _claims: &[Claim]) {}
