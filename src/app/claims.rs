//! The claims: quotations with their speakers, and statements with numbers.

use super::state::Shared;
use super::{select_callback, Dispatch, Selection};
use crate::analysis::{Analysis, Claim};
use crate::view_model::{claim_kind_attr, claim_kind_label};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
}

fn claim_item(c: &Claim, dispatch: &Dispatch, selection: &Selection) -> Html {
    let onclick = select_callback(dispatch, selection, &c.id);
    let pressed = if selection.is(&c.id) { "true" } else { "false" };
    let kind = claim_kind_attr(c.kind);
    let reasons = if c.score_reasons.is_empty() {
        None
    } else {
        Some(format!(
            "Check-worthiness {}: {}",
            c.score,
            c.score_reasons.join("; ")
        ))
    };
    html! {
        <li>
            <button
                type="button"
                class={classes!("claim", format!("claim-{kind}"), selection.classes(&c.id))}
                data-testid="claim"
                data-id={c.id.clone()}
                data-kind={kind}
                data-speaker={c.speaker_label.clone()}
                aria-pressed={pressed}
                title={reasons}
                {onclick}
            >
                <span class="claim-meta">
                    <span class={classes!("badge", format!("badge-{kind}"))}>{ claim_kind_label(c.kind) }</span>
                    <span class="claim-speaker">{ c.speaker_label.clone() }</span>
                    if c.score > 0 {
                        <span class="claim-score" aria-label={format!("check-worthiness {} of 100", c.score)}>{ c.score }</span>
                    }
                </span>
                <span class="claim-text">{ c.text.clone() }</span>
            </button>
        </li>
    }
}

#[function_component(Claims)]
pub fn claims(props: &ClaimsProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    let a = &props.analysis;
    html! {
        <section class="panel claims-panel" aria-labelledby="claims-h" data-testid="claims">
            <h2 id="claims-h" class="panel-title">{ "Claims" }<span class="count">{ a.claims.len() }</span></h2>
            if a.claims.is_empty() {
                <p class="empty-note">{ "No quotations or statements with numbers found." }</p>
            } else {
                <ul class="claim-list">
                    { for a.claims.iter().map(|c| claim_item(c, &dispatch, &props.selection)) }
                </ul>
            }
        </section>
    }
}
