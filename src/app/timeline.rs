//! The timeline as a vertical list (the whole timeline on narrow screens and for screen readers; beside the time
//! axis of axis.rs on wide ones): dated events in time order, each at its date's true precision, expected and
//! planned events drawn apart from facts; undated events listed separately.

use super::state::{Action, Shared};
use super::{event_element, select_callback, Dispatch, Selection};
use crate::analysis::{Analysis, Event};
use crate::view_model::{self, relation_attr, status_attr, status_label};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Arrow keys, Home and End on an event move the focus between the panel's events (dated, then undated),
/// with a roving tabindex: the focused event is the panel's one Tab stop. Enter and Space press the button
/// (select it, which shows its details and its words).
fn on_event_keys(e: KeyboardEvent) {
    let Some(target) = event_element(&e) else {
        return;
    };
    move_focus(&e, &target);
}

/// Moves the focus from the event `target` as `e`'s key says, among the events drawn.
fn move_focus(e: &KeyboardEvent, target: &web_sys::Element) {
    if target.get_attribute("data-testid").as_deref() != Some("event") {
        return;
    }
    let Ok(Some(panel)) = target.closest(".timeline-panel") else {
        return;
    };
    let Ok(list) = panel.query_selector_all("[data-testid=event]") else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect();
    let Some(current) = items.iter().position(|x| x.is_same_node(Some(&target))) else {
        return;
    };
    let Some(next) = view_model::list_key_target(&e.key(), current, items.len()) else {
        return;
    };
    e.prevent_default();
    for (i, item) in items.iter().enumerate() {
        let _ = item.set_attribute("tabindex", if i == next { "0" } else { "-1" });
    }
    if let Some(item) = items.get(next) {
        let _ = item.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
    /// List every event class, not only occurrences.
    pub all: bool,
}

/// `repeat`: the previous event has the same date label (drawn quieter, so that dates read as groups).
/// `tab_stop`: this event is the timeline's Tab stop (the selected one, else the first).
fn event_button(
    e: &Event,
    dispatch: &Dispatch,
    selection: &Selection,
    repeat: bool,
    tab_stop: bool,
) -> Html {
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
        <li class={classes!("tl-item", format!("status-{status}"), repeat.then_some("tl-repeat"))}>
            <button
                type="button"
                class={classes!("tl-event", selection.classes(&e.id))}
                data-testid="event"
                data-id={e.id.clone()}
                data-date={date}
                data-relation={relation}
                data-status={status}
                aria-pressed={pressed}
                tabindex={if tab_stop { "0" } else { "-1" }}
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

fn same_label(a: &Event, b: &Event) -> bool {
    match (&a.time, &b.time) {
        (Some(x), Some(y)) => x.label == y.label,
        _ => false,
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
    // A render budget (issue 7): the dated then the undated events, one page of LIST_PAGE at a time.
    let total = view.dated.len() + view.undated.len();
    let selected_pos = props.selection.id.as_deref().and_then(|id| {
        view.dated
            .iter()
            .chain(view.undated.iter())
            .position(|&i| a.events.get(i).is_some_and(|e| e.id == id))
    });
    let (page, go) = super::use_list_page(
        total,
        props.selection.id.clone(),
        selected_pos,
        (props.analysis.clone(), props.all),
    );
    let on_dated = page.start.min(view.dated.len())..page.end.min(view.dated.len());
    let on_undated = page
        .start
        .saturating_sub(view.dated.len())
        .min(view.undated.len())
        ..page
            .end
            .saturating_sub(view.dated.len())
            .min(view.undated.len());
    let dated: Vec<&Event> = view.dated[on_dated.clone()]
        .iter()
        .filter_map(|&i| a.events.get(i))
        .collect();
    let undated: Vec<&Event> = view.undated[on_undated]
        .iter()
        .filter_map(|&i| a.events.get(i))
        .collect();
    // The publication date's row, if it falls on this page.
    let marker = view_model::publication_marker(a, &view.dated)
        .and_then(|m| m.checked_sub(on_dated.start))
        .filter(|&m| m <= dated.len() && (m < dated.len() || on_dated.end == view.dated.len()));
    // The one Tab stop: the selected event if it is listed, else the first listed.
    let stop: Option<&str> = dated
        .iter()
        .chain(undated.iter())
        .find(|e| props.selection.is(&e.id))
        .or_else(|| dated.first().or(undated.first()))
        .map(|e| e.id.as_str());
    // Home and End reach the true first and last events: on another page, that page is drawn and its
    // first or last event focused after the render.
    let panel_ref = use_node_ref();
    let focus_edge = use_mut_ref(|| None::<bool>);
    {
        let focus_edge = focus_edge.clone();
        let panel_ref = panel_ref.clone();
        use_effect(move || {
            if let Some(last) = focus_edge.borrow_mut().take() {
                focus_end(&panel_ref, last);
            }
        });
    }
    let onkeydown = {
        let go = go.clone();
        let focus_edge = focus_edge.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(target) = event_element(&e) else {
                return;
            };
            if target.get_attribute("data-testid").as_deref() != Some("event") {
                return;
            }
            let key = e.key();
            let to = match key.as_str() {
                "Home" if page.has_prev() => Some((0, false)),
                "End" if page.has_next() => Some((page.count - 1, true)),
                _ => None,
            };
            match to {
                Some((index, last)) => {
                    e.prevent_default();
                    *focus_edge.borrow_mut() = Some(last);
                    go.emit(index);
                }
                None => on_event_keys(e),
            }
        })
    };
    let published_row = match a.publication_date.date {
        Some(d) => html! {
            <li class="tl-published" aria-label={format!("Publication date: {d}")}>
                <span class="tl-published-line" aria-hidden="true"></span>
                <span>{ format!("Published {d}") }</span>
            </li>
        },
        None => html! {},
    };

    html! {
        <section class="panel timeline-panel" aria-labelledby="timeline-h" ref={panel_ref} {onkeydown}>
            <h2 id="timeline-h" class="panel-title">
                { "Timeline" }
                <span class="count">{ view.dated.len() }</span>
            </h2>
            <div class="timeline" data-testid="timeline">
                if view.dated.is_empty() {
                    <p class="empty-note">{ "No dated events found in this text." }</p>
                } else if !dated.is_empty() {
                    <p id="tl-keys" class="visually-hidden">{ "Arrow keys move between events, Home and End go to the first and last, Enter shows an event’s details." }</p>
                    <ol class="tl-list" aria-label="Dated events, earliest first" aria-describedby="tl-keys">
                        { for dated.iter().enumerate().map(|(i, e)| html! {
                            <>
                                if marker == Some(i) {
                                    { published_row.clone() }
                                }
                                { event_button(e, &dispatch, &props.selection, i > 0 && same_label(dated[i - 1], e), stop == Some(e.id.as_str())) }
                            </>
                        }) }
                        if marker == Some(dated.len()) && !dated.is_empty() {
                            { published_row.clone() }
                        }
                    </ol>
                }
            </div>
            if can_toggle {
                <button type="button" class="btn btn-small tl-toggle" aria-pressed={if props.all { "true" } else { "false" }} onclick={toggle}>
                    { toggle_label }
                </button>
            }
            { super::pager(page, &go, "events", "timeline-pager") }
            if !undated.is_empty() {
                <div class="undated" data-testid="undated">
                    <h3 class="sub-title">{ "Undated" }<span class="count">{ view.undated.len() }</span></h3>
                    <ul class="tl-list tl-undated">
                        { for undated.iter().map(|e| event_button(e, &dispatch, &props.selection, false, stop == Some(e.id.as_str()))) }
                    </ul>
                </div>
            }
        </section>
    }
}

/// Focuses the first (or, `last`, the last) event drawn in the panel, as the one Tab stop.
fn focus_end(panel: &NodeRef, last: bool) {
    let Some(panel) = panel.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(list) = panel.query_selector_all("[data-testid=event]") else {
        return;
    };
    let n = list.length();
    if n == 0 {
        return;
    }
    let k = if last { n - 1 } else { 0 };
    for i in 0..n {
        if let Some(el) = list
            .item(i)
            .and_then(|x| x.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_attribute("tabindex", if i == k { "0" } else { "-1" });
        }
    }
    if let Some(el) = list
        .item(k)
        .and_then(|x| x.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
