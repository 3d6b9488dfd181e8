//! The claims: quotations with their speakers, and statements with numbers.

use super::state::Shared;
use super::{keep, select_callback, Dispatch, Selection};
use crate::analysis::{Analysis, Claim};
use crate::view_model::{self, claim_kind_attr, claim_kind_label, ClaimFilter};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
    /// The article's headline (for citations).
    pub headline: AttrValue,
}

/// The "Copy" button: the claim, its speaker and the article's date as a citation on the clipboard.
fn copy_button(
    c: &Claim,
    analysis: &Shared<Analysis>,
    headline: &AttrValue,
    copied: &UseStateHandle<Option<(String, bool)>>,
) -> Html {
    let analysis = analysis.clone();
    let headline = headline.clone();
    let copied = copied.clone();
    let id = c.id.clone();
    let said = match &*copied {
        Some((cid, true)) if *cid == c.id => "Copied",
        Some((cid, false)) if *cid == c.id => "Copy failed",
        _ => "Copy",
    };
    let onclick = Callback::from(move |_: MouseEvent| {
        let Some(cite) = view_model::citation(&analysis, &id, &headline) else {
            return;
        };
        let copied = copied.clone();
        let id = id.clone();
        keep::copy_to_clipboard(cite, move |ok| copied.set(Some((id, ok))));
    });
    html! {
        <button type="button" class="btn btn-small claim-copy" data-testid="claim-copy"
            aria-label={format!("Copy a citation of claim {}", c.id)} {onclick}>{ said }</button>
    }
}

fn claim_item(c: &Claim, dispatch: &Dispatch, selection: &Selection, copy: Html) -> Html {
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
        <li class="claim-row">
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
            { copy }
        </li>
    }
}

#[function_component(Claims)]
pub fn claims(props: &ClaimsProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    let filter = use_state(ClaimFilter::default);
    let copied = use_state(|| None::<(String, bool)>);
    let a = &props.analysis;
    // A new analysis may not have the filtered actor or kind: keep the filter only while it still applies.
    let actors = {
        let analysis = props.analysis.clone();
        use_memo(analysis, |a| view_model::claim_actors(a))
    };
    let kinds = view_model::claim_kinds(a);
    let effective = ClaimFilter {
        kind: if kinds
            .iter()
            .any(|(k, _)| claim_kind_attr(*k) == filter.kind)
        {
            filter.kind.clone()
        } else {
            String::new()
        },
        actor: if actors.iter().any(|(id, _, _)| *id == filter.actor) {
            filter.actor.clone()
        } else {
            String::new()
        },
    };
    let shown = view_model::claims_view(a, &effective);
    // A render budget (issue 7): one page of LIST_PAGE claims at a time.
    let selected_pos = props.selection.id.as_deref().and_then(|id| {
        shown
            .iter()
            .position(|&i| a.claims.get(i).is_some_and(|c| c.id == id))
    });
    let (page, go) = super::use_list_page(
        shown.len(),
        props.selection.id.clone(),
        selected_pos,
        (props.analysis.clone(), effective.clone()),
    );
    let on_kind = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                filter.set(ClaimFilter {
                    kind: sel.value(),
                    actor: filter.actor.clone(),
                });
            }
        })
    };
    let on_actor = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                filter.set(ClaimFilter {
                    kind: filter.kind.clone(),
                    actor: sel.value(),
                });
            }
        })
    };
    let count = if shown.len() == a.claims.len() {
        a.claims.len().to_string()
    } else {
        format!("{} of {}", shown.len(), a.claims.len())
    };
    html! {
        <section class="panel claims-panel" aria-labelledby="claims-h" data-testid="claims">
            <h2 id="claims-h" class="panel-title">{ "Claims" }<span class="count">{ count }</span></h2>
            if a.claims.is_empty() {
                <p class="empty-note">{ "No quotations or statements with numbers found." }</p>
            } else {
                <div class="claim-filters">
                    <label class="filter">
                        <span class="field-label">{ "Kind" }</span>
                        <select data-testid="claim-kind-filter" onchange={on_kind}>
                            <option value="" selected={effective.kind.is_empty()}>{ "All kinds" }</option>
                            { for kinds.iter().map(|(k, n)| {
                                let v = claim_kind_attr(*k);
                                html! { <option value={v} selected={effective.kind == v}>{ format!("{} ({n})", claim_kind_label(*k)) }</option> }
                            }) }
                        </select>
                    </label>
                    <label class="filter">
                        <span class="field-label">{ "Actor" }</span>
                        <select data-testid="claim-actor-filter" onchange={on_actor}>
                            <option value="" selected={effective.actor.is_empty()}>{ "Everyone" }</option>
                            { for actors.iter().map(|(id, name, n)| html! {
                                <option value={id.clone()} selected={effective.actor == *id}>{ format!("{name} ({n})") }</option>
                            }) }
                        </select>
                    </label>
                </div>
                <p class="hint">{ "Most check-worthy first." }</p>
                <ul class="claim-list">
                    { for shown[page.start..page.end].iter().filter_map(|&i| a.claims.get(i)).map(|c| {
                        let copy = copy_button(c, &props.analysis, &props.headline, &copied);
                        claim_item(c, &dispatch, &props.selection, copy)
                    }) }
                </ul>
                { super::pager(page, &go, "claims", "claims-pager") }
            }
        </section>
    }
}
