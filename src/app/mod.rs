//! The Yew app.

pub fn start() {}
