//! Notices the engine raised about the text (no publication date, HTML source, truncated...).

use super::state::Shared;
use crate::analysis::{Analysis, NoticeLevel};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub analysis: Shared<Analysis>,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    // An empty text has its own friendly empty state; its notice would only repeat it.
    let shown: Vec<_> = props
        .analysis
        .notices
        .iter()
        .filter(|n| n.code != "empty")
        .collect();
    if shown.is_empty() {
        return html! {};
    }
    html! {
        <div class="notices" role="status" aria-label="Notices about this text">
            { for shown.iter().map(|n| {
                let (class, icon) = match n.level {
                    NoticeLevel::Warning => ("notice notice-warning", "!"),
                    NoticeLevel::Info => ("notice notice-info", "i"),
                };
                html! {
                    <p class={class} data-testid="notice" data-code={n.code.clone()}>
                        <span class="notice-icon" aria-hidden="true">{ icon }</span>
                        <span>{ n.message.clone() }</span>
                    </p>
                }
            }) }
        </div>
    }
}
