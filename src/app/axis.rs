//! The horizontal time axis (wide screens): the timeline's dated events placed at their dates, ranges and
//! fuzzy dates drawn with soft edges, expected events hollow, the publication date as a line, optional
//! lanes by actor. Zoom (ctrl+wheel, or the wheel once the plot was pressed; a two-finger pinch; the
//! buttons; + and -), pan (drag, Shift+wheel, the buttons, Shift+arrows), "Fit all". Every number comes from `view_model::axis`; this component only
//! keeps the view state (`AxisView`, changed through `AxisAction`) and positions elements.
//!
//! Keyboard: the axis's events are one Tab stop (roving tabindex); arrows move through them in the
//! timeline's order (the window follows), Home and End jump to the ends, Enter selects (the same
//! `Action::Select` as the list).

use super::state::Shared;
use super::{event_element, select_callback, Dispatch, Selection};
use crate::analysis::Analysis;
use crate::view_model::axis::{
    self, AxisAction, AxisView, Window, PAN_STEP, ROW_PX, TICKS_PX, ZOOM_STEP,
};
use crate::view_model::{self, status_attr};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AxisProps {
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
    /// List every event class, not only occurrences (the same events as the list).
    pub all: bool,
}

/// The view state as a Yew reducer.
#[derive(Clone, PartialEq)]
struct ViewState(AxisView);

impl Reducible for ViewState {
    type Action = AxisAction;
    fn reduce(self: Rc<Self>, action: AxisAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(ViewState(next))
        }
    }
}

/// Pointers down on the plot (for drag and pinch): id → last clientX; and whether the gesture moved
/// (then the click that ends it does not select).
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, f64>,
    moved: bool,
    start_x: f64,
    /// The reader pressed on the plot and the pointer has not left it since: the plain wheel zooms.
    engaged: bool,
}

fn px(v: f64) -> String {
    format!("{:.1}px", v)
}

#[function_component(Axis)]
pub fn axis_view(props: &AxisProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    let data = {
        let deps = (props.analysis.clone(), props.all);
        use_memo(deps, |(a, all)| {
            let tl = view_model::timeline(a, *all);
            axis::axis_data(a, &tl.dated)
        })
    };
    let view = {
        let data = data.clone();
        use_reducer(move || ViewState(AxisView::new(Window::fit(&data, 960.0))))
    };
    let plot_ref = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    // After a key moved the window, the event to focus once it is drawn.
    let focus_next = use_mut_ref(|| None::<String>);

    // A new analysis (or the "all events" switch) fits the window to its events; so does a new width
    // while the reader has not zoomed or panned.
    {
        let view_d = view.dispatcher();
        let width = view.0.width;
        use_effect_with(data.clone(), move |data| {
            view_d.dispatch(AxisAction::Fit(Window::fit(data, width)));
        });
    }
    {
        let view_d = view.dispatcher();
        let data = data.clone();
        let fitted = view.0.fitted;
        use_effect_with(view.0.width, move |width| {
            if fitted {
                view_d.dispatch(AxisAction::Fit(Window::fit(&data, *width)));
            }
        });
    }
    // The plot's width: measured after mounting and on every resize.
    {
        let view = view.dispatcher();
        let plot_ref = plot_ref.clone();
        use_effect_with((), move |_| {
            let measure = {
                let plot_ref = plot_ref.clone();
                let view = view.clone();
                move || {
                    if let Some(el) = plot_ref.cast::<web_sys::Element>() {
                        let w = el.client_width();
                        if w > 0 {
                            view.dispatch(AxisAction::Width(f64::from(w)));
                        }
                    }
                }
            };
            measure();
            let listener = web_sys::window()
                .map(|w| gloo::events::EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    // Wheel: Ctrl+wheel (a trackpad pinch arrives as one) zooms around the pointer; so does the plain
    // wheel once the reader has pressed on the plot (until the pointer leaves it), so that scrolling the
    // page past the axis never zooms it by accident. Shift+wheel or a sideways wheel pans. Registered by
    // hand: Yew's wheel listeners are passive and cannot keep the page from scrolling.
    {
        let view = view.dispatcher();
        let plot_ref = plot_ref.clone();
        let gesture = gesture.clone();
        use_effect_with((), move |_| {
            let listener = plot_ref.cast::<web_sys::Element>().map(|el| {
                let target = el.clone();
                gloo::events::EventListener::new_with_options(
                    &el,
                    "wheel",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else {
                            return;
                        };
                        let rect = target.get_bounding_client_rect();
                        if rect.width() <= 0.0 {
                            return;
                        }
                        // Lines and pages count as about 40 and 800 pixels.
                        let scale = match e.delta_mode() {
                            1 => 40.0,
                            2 => 800.0,
                            _ => 1.0,
                        };
                        let (dx, dy) = (e.delta_x() * scale, e.delta_y() * scale);
                        let sideways = e.shift_key() || dx.abs() > dy.abs();
                        if !sideways && !e.ctrl_key() && !gesture.borrow().engaged {
                            return;
                        }
                        e.prevent_default();
                        if sideways {
                            let d = if dx.abs() > dy.abs() { dx } else { dy };
                            view.dispatch(AxisAction::Pan(d / rect.width()));
                        } else {
                            let anchor = (f64::from(e.client_x()) - rect.left()) / rect.width();
                            let speed = if e.ctrl_key() { 0.01 } else { 0.002 };
                            view.dispatch(AxisAction::Zoom {
                                factor: (dy * speed).clamp(-1.0, 1.0).exp(),
                                anchor,
                            });
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }
    // A selection made elsewhere (the list, the source) brings its event into view.
    {
        let view = view.dispatcher();
        let data = data.clone();
        use_effect_with(props.selection.id.clone(), move |id| {
            if let Some(e) = id
                .as_deref()
                .and_then(|id| data.events.iter().find(|e| e.id == id))
            {
                view.dispatch(AxisAction::Reveal(e.start, e.end));
            }
        });
    }
    // Focus the event a key moved to, once the window shows it.
    {
        let focus_next = focus_next.clone();
        let plot_ref = plot_ref.clone();
        use_effect_with(view.0, move |_| {
            if let Some(id) = focus_next.borrow_mut().take() {
                if let Some(el) = plot_ref.cast::<web_sys::Element>().and_then(|p| {
                    p.query_selector(&format!("[data-testid=axis-event][data-id=\"{id}\"]"))
                        .ok()
                        .flatten()
                }) {
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }

    let v = view.0;
    let width = v.width;
    let layout = {
        let deps = (data.clone(), v);
        use_memo(deps, |(data, v)| {
            axis::layout(data, v.window, v.width, v.lanes)
        })
    };
    let (unit, ticks) = axis::ticks(v.window, width);

    let zoom = |factor: f64| {
        let view = view.dispatcher();
        Callback::from(move |_: MouseEvent| {
            view.dispatch(AxisAction::Zoom {
                factor,
                anchor: 0.5,
            })
        })
    };
    let pan = |fraction: f64| {
        let view = view.dispatcher();
        Callback::from(move |_: MouseEvent| view.dispatch(AxisAction::Pan(fraction)))
    };
    let fit = {
        let view = view.dispatcher();
        let data = data.clone();
        let width = v.width;
        Callback::from(move |_: MouseEvent| {
            view.dispatch(AxisAction::Fit(Window::fit(&data, width)))
        })
    };
    let lanes = {
        let view = view.dispatcher();
        let on = v.lanes;
        Callback::from(move |_: MouseEvent| view.dispatch(AxisAction::Lanes(!on)))
    };

    // Drag to pan, two pointers to pinch. The pointer is captured only once it has moved, so that a
    // plain click still reaches the event under it.
    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" && e.button() != 0 {
                return;
            }
            let mut g = gesture.borrow_mut();
            g.engaged = true;
            if g.pointers.is_empty() {
                g.moved = false;
                g.start_x = f64::from(e.client_x());
            }
            g.pointers.insert(e.pointer_id(), f64::from(e.client_x()));
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let view = view.dispatcher();
        let plot_ref = plot_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let id = e.pointer_id();
            let Some(&last) = g.pointers.get(&id) else {
                return;
            };
            let x = f64::from(e.client_x());
            if !g.moved && (x - g.start_x).abs() < 4.0 {
                return;
            }
            if !g.moved {
                g.moved = true;
                if let Some(el) = plot_ref.cast::<web_sys::Element>() {
                    let _ = el.set_pointer_capture(id);
                }
            }
            if g.pointers.len() >= 2 {
                let others: Vec<f64> = g
                    .pointers
                    .iter()
                    .filter(|(k, _)| **k != id)
                    .map(|(_, v)| *v)
                    .collect();
                if let (Some(&other), Some(el)) =
                    (others.first(), plot_ref.cast::<web_sys::Element>())
                {
                    let before = (last - other).abs();
                    let after = (x - other).abs();
                    let rect = el.get_bounding_client_rect();
                    if before > 8.0 && after > 8.0 && rect.width() > 0.0 {
                        let anchor = ((x + other) / 2.0 - rect.left()) / rect.width();
                        view.dispatch(AxisAction::Zoom {
                            factor: before / after,
                            anchor,
                        });
                    }
                }
            } else {
                view.dispatch(AxisAction::Drag(x - last));
            }
            g.pointers.insert(id, x);
        })
    };
    let onpointerleave = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() || e.pointer_type() == "mouse" {
                g.engaged = false;
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };
    // Keys on the axis: arrows, Home, End between events (the window follows); + and - zoom; Shift+arrows
    // pan; 0 fits all.
    let onkeydown = {
        let view = view.dispatcher();
        let data = data.clone();
        let focus_next = focus_next.clone();
        let window = v.window;
        let width_now = v.width;
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            match key.as_str() {
                "+" | "=" => view.dispatch(AxisAction::Zoom {
                    factor: 1.0 / ZOOM_STEP,
                    anchor: 0.5,
                }),
                "-" | "_" => view.dispatch(AxisAction::Zoom {
                    factor: ZOOM_STEP,
                    anchor: 0.5,
                }),
                "0" => view.dispatch(AxisAction::Fit(Window::fit(&data, width_now))),
                "ArrowLeft" | "ArrowRight" if e.shift_key() => {
                    let f = if key == "ArrowLeft" {
                        -PAN_STEP
                    } else {
                        PAN_STEP
                    };
                    view.dispatch(AxisAction::Pan(f));
                }
                "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" => {
                    let Some(el) = event_element(&e) else { return };
                    let Some(id) = el.get_attribute("data-id") else {
                        return;
                    };
                    let Some(current) = data.events.iter().position(|x| x.id == id) else {
                        return;
                    };
                    let k = match key.as_str() {
                        "ArrowLeft" | "ArrowUp" => "ArrowUp",
                        "ArrowRight" | "ArrowDown" => "ArrowDown",
                        other => other,
                    };
                    let Some(next) = view_model::list_key_target(k, current, data.events.len())
                    else {
                        return;
                    };
                    let Some(target) = data.events.get(next) else {
                        return;
                    };
                    e.prevent_default();
                    *focus_next.borrow_mut() = Some(target.id.clone());
                    let revealed = window.reveal(target.start, target.end);
                    if revealed == window {
                        // In view already: focus it now.
                        if let Some(el) = el
                            .parent_element()
                            .and_then(|p| p.parent_element())
                            .and_then(|ol| {
                                ol.query_selector(&format!("[data-id=\"{}\"]", target.id))
                                    .ok()
                                    .flatten()
                            })
                        {
                            focus_next.borrow_mut().take();
                            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                let _ = el.focus();
                            }
                        }
                    } else {
                        view.dispatch(AxisAction::Reveal(target.start, target.end));
                    }
                }
                _ => {}
            }
        })
    };

    // Events with no room left are counted in density marks on one more row (a render budget).
    let more_top = TICKS_PX + (layout.rows.max(1) as f64) * ROW_PX;
    let height = more_top + if layout.more.is_empty() { 0.0 } else { ROW_PX } + 6.0;
    // The one Tab stop: the selected event if it is in view, else the first in view.
    let in_view: Vec<usize> = layout.placed.iter().map(|p| p.event).collect();
    let stop = in_view
        .iter()
        .copied()
        .find(|&k| {
            data.events
                .get(k)
                .is_some_and(|e| props.selection.is(&e.id))
        })
        .or_else(|| in_view.iter().copied().min());
    let published = data.published.map(|p| v.window.x(p, width));
    let pub_date = props.analysis.publication_date.date;
    let label = axis::window_label(v.window);
    let total = data.events.len();
    let shown = layout.placed.len() + layout.hidden;

    html! {
        <section class="panel axis-panel" aria-labelledby="axis-h" data-testid="axis">
            <div class="axis-head">
                <h2 id="axis-h" class="panel-title">
                    { "Time axis" }
                    <span class="count">{ total }</span>
                </h2>
                <p class="axis-window" data-testid="axis-window" aria-live="polite">
                    { label.clone() }
                    if shown < total {
                        <span class="axis-shown">{ format!(" · {shown} of {total} in view") }</span>
                    }
                    if layout.hidden > 0 {
                        <span class="axis-hidden" data-testid="axis-hidden">{ format!(" · {} not drawn one by one: zoom in", view_model::paging::thousands(layout.hidden)) }</span>
                    }
                </p>
                <div class="axis-tools" role="toolbar" aria-label="Time axis view">
                    <button type="button" class="btn btn-small btn-icon" data-testid="axis-pan-left" aria-label="Show earlier" title="Show earlier (Shift+←)" onclick={pan(-PAN_STEP)}>{ "◀" }</button>
                    <button type="button" class="btn btn-small btn-icon" data-testid="axis-pan-right" aria-label="Show later" title="Show later (Shift+→)" onclick={pan(PAN_STEP)}>{ "▶" }</button>
                    <button type="button" class="btn btn-small btn-icon" data-testid="axis-zoom-out" aria-label="Zoom out" title="Zoom out (−)" onclick={zoom(ZOOM_STEP)}>{ "−" }</button>
                    <button type="button" class="btn btn-small btn-icon" data-testid="axis-zoom-in" aria-label="Zoom in" title="Zoom in (+)" onclick={zoom(1.0 / ZOOM_STEP)}>{ "+" }</button>
                    <button type="button" class="btn btn-small" data-testid="axis-fit" onclick={fit}>{ "Fit all" }</button>
                    <button type="button" class="btn btn-small" data-testid="axis-lanes" aria-pressed={if v.lanes { "true" } else { "false" }} onclick={lanes}>{ "Lanes by actor" }</button>
                </div>
            </div>
            <p id="axis-keys" class="visually-hidden">{ "The same events as the timeline list. Arrow keys move between events, Home and End go to the first and last, Enter selects. Plus and minus zoom, Shift with an arrow moves the view, 0 fits all events." }</p>
            <div
                class="axis-plot"
                ref={plot_ref}
                data-testid="axis-plot"
                data-unit={unit.as_str()}
                data-start={format!("{:.3}", v.window.start)}
                data-end={format!("{:.3}", v.window.end)}
                {onpointerdown}
                {onpointermove}
                {onpointerleave}
                onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup}
            >
            <div class="ax-canvas" style={format!("height:{}", px(height))}>
                <div class="ax-ticks" aria-hidden="true">
                    { for ticks.iter().map(|t| html! {
                        <>
                            <span class={classes!("ax-grid", t.major.then_some("major"))} style={format!("left:{}", px(t.x))}></span>
                            <span class={classes!("ax-tick", t.major.then_some("major"))} data-testid="axis-tick" style={format!("left:{}", px(t.x))}>{ t.label.clone() }</span>
                        </>
                    }) }
                </div>
                if let Some(x) = published.filter(|x| *x >= 0.0 && *x <= width) {
                    <span class="ax-published" data-testid="axis-published" style={format!("left:{}", px(x))} aria-hidden="true"></span>
                }
                { for layout.bands.iter().map(|b| {
                    let name = data.lanes.get(b.lane).map(|l| l.name.clone()).unwrap_or_default();
                    html! {
                        <div class="ax-lane" data-testid="axis-lane" aria-hidden="true"
                            style={format!("top:{};height:{}", px(TICKS_PX + b.name_row as f64 * ROW_PX), px((b.rows + 1) as f64 * ROW_PX))}>
                            <span class="ax-lane-name">{ name }</span>
                        </div>
                    }
                }) }
                <ol class="ax-events" aria-label="Events on the time axis, earliest first" aria-describedby="axis-keys" {onkeydown}>
                    { for layout.placed.iter().filter_map(|p| {
                        let e = data.events.get(p.event)?;
                        let ev = props.analysis.events.get(e.index)?;
                        let status = status_attr(ev.status);
                        // A click that ends a drag does not select.
                        let onclick = {
                            let select = select_callback(&dispatch, &props.selection, &e.id);
                            let gesture = gesture.clone();
                            Callback::from(move |m: MouseEvent| {
                                let moved = std::mem::take(&mut gesture.borrow_mut().moved);
                                if !moved {
                                    select.emit(m);
                                }
                            })
                        };
                        let selected = props.selection.is(&e.id);
                        let bar_classes = classes!(
                            "ax-bar",
                            if e.point && p.bar_width <= axis::DOT_PX + 0.5 { "ax-dot" } else { "ax-range" },
                            (e.soft_start && !p.cut_start).then_some("soft-start"),
                            (e.soft_end && !p.cut_end).then_some("soft-end"),
                            p.cut_start.then_some("cut-start"),
                            p.cut_end.then_some("cut-end"),
                        );
                        let badge = view_model::status_label(ev.status);
                        Some(html! {
                            <li key={e.id.clone()}>
                                <button
                                    type="button"
                                    class={classes!("ax-ev", format!("status-{status}"), e.expected.then_some("ax-expected"), props.selection.classes(&e.id))}
                                    data-testid="axis-event"
                                    data-id={e.id.clone()}
                                    data-lane={data.lanes.get(e.lane).map(|l| l.name.clone()).unwrap_or_default()}
                                    aria-pressed={if selected { "true" } else { "false" }}
                                    tabindex={if stop == Some(p.event) { "0" } else { "-1" }}
                                    title={format!("{} · {}", e.label, e.title)}
                                    style={format!("left:{};top:{};width:{}", px(p.left), px(TICKS_PX + p.row as f64 * ROW_PX), px(p.width))}
                                    {onclick}
                                >
                                    <span class={bar_classes} style={format!("left:{};width:{}", px(p.bar_left), px(p.bar_width))} aria-hidden="true"></span>
                                    <span class="ax-text" style={format!("padding-left:{}", px(p.text_left))}>
                                        <span class="visually-hidden">{ if v.lanes { format!("{}, {}: ", e.label, data.lanes.get(e.lane).map(|l| l.name.as_str()).unwrap_or("Other")) } else { format!("{}: ", e.label) } }</span>
                                        if let Some(b) = badge {
                                            <span class="ax-badge">{ b }</span>
                                        }
                                        { e.title.clone() }
                                    </span>
                                </button>
                            </li>
                        })
                    }) }
                </ol>
                { for layout.more.iter().map(|c| html! {
                    <span class="ax-more" data-testid="axis-more" aria-hidden="true"
                        title={format!("{} more events here: zoom in to see them", c.count)}
                        style={format!("left:{};top:{};width:{}", px(c.left), px(more_top), px(axis::CLUSTER_PX - 2.0))}>
                        { if c.count > 99 { "99+".to_string() } else { c.count.to_string() } }
                    </span>
                }) }
            </div>
            </div>
            <ul class="ax-legend" aria-label="Key">
                <li><span class="ax-key ax-key-dot" aria-hidden="true"></span>{ "Known day" }</li>
                <li><span class="ax-key ax-key-range" aria-hidden="true"></span>{ "Range or uncertain date" }</li>
                <li><span class="ax-key ax-key-expected" aria-hidden="true"></span>{ "Expected or planned" }</li>
                if let Some(d) = pub_date {
                    <li><span class="ax-key ax-key-published" aria-hidden="true"></span>{ format!("Published {d}") }</li>
                }
                <li class="ax-hint">{ "Drag or Shift+wheel to move · Ctrl+wheel or pinch to zoom" }</li>
            </ul>
        </section>
    }
}
