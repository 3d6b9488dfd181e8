//! The timeline (this version: a vertical list): dated events in time order, each at its date's true
//! precision, expected and planned events drawn apart from facts; undated events listed separately.

use super::state::{Action, Shared};
use super::{select_callback, Dispatch, Selection};
use crate::analysis::{Analysis, Event};
use crate::view_model::{self, relation_attr, status_attr, status_label};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
    /// List every event class, not only occurrences.
    pub all: bool,
}

fn event_button(e: &Event, dispatch: &Dispatch, selection: &Selection) -> Html {
    let onclick = select_callback(dispatch, selection, &e.id);
    let pressed = if selection.is(&e.id) { "true" } else { "false" };
    let status = status_attr(e.status);
    let badge = status_label(e.status);
    let date = e.time.as_ref().map(|t| AttrValue::from(t.value.clone()));
    let relation = e
        .time
        .as_ref()
        .map(|t| AttrValue::from(relation_attr(t.relation)));
    let label = e
        .time
        .as_ref()
        .map(|t| t.label.clone())
        .unwrap_or_else(|| "Undated".to_string());
    html! {
        <li class={classes!("tl-item", format!("status-{status}"))}>
            <button
                type="button"
                class={classes!("tl-event", selection.classes(&e.id))}
                data-testid="event"
                data-id={e.id.clone()}
                data-date={date}
                data-relation={relation}
                data-status={status}
                aria-pressed={pressed}
                title={e.explanation.clone()}
                {onclick}
            >
                <span class="tl-dot" aria-hidden="true"></span>
                <span class="tl-date">{ label }</span>
                <span class="tl-title">{ e.title.clone() }</span>
                if let Some(b) = badge {
                    <span class={classes!("badge", format!("badge-{status}"))}>{ b }</span>
                }
            </button>
        </li>
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    let a = &props.analysis;
    let view = {
        let deps = (props.analysis.clone(), props.all);
        use_memo(deps, |(a, all)| view_model::timeline(a, *all))
    };
    let toggle = {
        let dispatch = dispatch.clone();
        let all = props.all;
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowAllEvents(!all)))
    };
    let toggle_label = if props.all {
        "Show occurrences only".to_string()
    } else {
        format!(
            "Show {} more: reported speech, states, words in quotations",
            view.hidden
        )
    };
    let can_toggle = props.all || view.hidden > 0;
    let dated: Vec<&Event> = view.dated.iter().filter_map(|&i| a.events.get(i)).collect();
    let undated: Vec<&Event> = view
        .undated
        .iter()
        .filter_map(|&i| a.events.get(i))
        .collect();
    let published = a.publication_date.date.map(|d| d.to_string());

    html! {
        <section class="panel timeline-panel" aria-labelledby="timeline-h">
            <h2 id="timeline-h" class="panel-title">
                { "Timeline" }
                <span class="count">{ dated.len() }</span>
            </h2>
            <div class="timeline" data-testid="timeline">
                if dated.is_empty() {
                    <p class="empty-note">{ "No dated events found in this text." }</p>
                } else {
                    <ol class="tl-list" aria-label="Dated events, earliest first">
                        { for dated.iter().map(|e| event_button(e, &dispatch, &props.selection)) }
                    </ol>
                }
                if let Some(p) = published {
                    <p class="tl-published">{ format!("Published {p}") }</p>
                }
            </div>
            if can_toggle {
                <button type="button" class="btn btn-small tl-toggle" aria-pressed={if props.all { "true" } else { "false" }} onclick={toggle}>
                    { toggle_label }
                </button>
            }
            if !undated.is_empty() {
                <div class="undated" data-testid="undated">
                    <h3 class="sub-title">{ "Undated" }<span class="count">{ undated.len() }</span></h3>
                    <ul class="tl-list tl-undated">
                        { for undated.iter().map(|e| event_button(e, &dispatch, &props.selection)) }
                    </ul>
                </div>
            }
        </section>
    }
}
