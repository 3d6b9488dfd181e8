//! The actors: people, organisations and places, with how often and under which names they appear.

use super::state::Shared;
use super::{select_callback, Dispatch, Selection};
use crate::analysis::{Actor, ActorKind, Analysis};
use crate::view_model::{actor_kind_attr, plural};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorsProps {
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
}

/// The groups of the panel, in order, with their headings.
const GROUPS: &[(ActorKind, &str)] = &[
    (ActorKind::Person, "People"),
    (ActorKind::Organisation, "Organisations"),
    (ActorKind::Place, "Places"),
];

fn actor_item(a: &Actor, dispatch: &Dispatch, selection: &Selection) -> Html {
    let onclick = select_callback(dispatch, selection, &a.id);
    let pressed = if selection.is(&a.id) { "true" } else { "false" };
    let n = a.mentions.len();
    let aliases: Vec<&str> = a
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|x| *x != a.name)
        .collect();
    html! {
        <li>
            <button
                type="button"
                class={classes!("actor", format!("actor-{}", actor_kind_attr(a.kind)), selection.classes(&a.id))}
                data-testid="actor"
                data-id={a.id.clone()}
                data-kind={actor_kind_attr(a.kind)}
                aria-pressed={pressed}
                {onclick}
            >
                <span class="actor-name">{ a.name.clone() }</span>
                <span class="actor-count" aria-label={format!("{n} mention{}", plural(n))}>{ format!("×{n}") }</span>
                if !a.roles.is_empty() {
                    <span class="actor-roles">{ a.roles.join(", ") }</span>
                }
                if !aliases.is_empty() {
                    <span class="actor-aliases">{ format!("also: {}", aliases.join(", ")) }</span>
                }
            </button>
        </li>
    }
}

#[function_component(Actors)]
pub fn actors(props: &ActorsProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    let a = &props.analysis;
    // The actors in the panel's order (by group), drawn one page of LIST_PAGE at a time (issue 7).
    let order: Vec<&Actor> = GROUPS
        .iter()
        .flat_map(|(kind, _)| a.actors.iter().filter(move |x| x.kind == *kind))
        .collect();
    let selected_pos = props
        .selection
        .id
        .as_deref()
        .and_then(|id| order.iter().position(|x| x.id == id));
    let (page, go) = super::use_list_page(
        order.len(),
        props.selection.id.clone(),
        selected_pos,
        props.analysis.clone(),
    );
    let on_page = &order[page.start..page.end];
    html! {
        <section class="panel actors-panel" aria-labelledby="actors-h" data-testid="actors">
            <h2 id="actors-h" class="panel-title">{ "Actors" }<span class="count">{ a.actors.len() }</span></h2>
            if a.actors.is_empty() {
                <p class="empty-note">{ "No people, organisations or places found." }</p>
            }
            { for GROUPS.iter().map(|(kind, heading)| {
                let members: Vec<&Actor> = on_page.iter().copied().filter(|x| x.kind == *kind).collect();
                if members.is_empty() {
                    return html! {};
                }
                html! {
                    <div class="actor-group">
                        <h3 class="sub-title">{ *heading }</h3>
                        <ul class="actor-list">
                            { for members.iter().map(|x| actor_item(x, &dispatch, &props.selection)) }
                        </ul>
                    </div>
                }
            }) }
            { super::pager(page, &go, "actors", "actors-pager") }
        </section>
    }
}
