//! The source text with the words behind every item highlighted. Pieces come from the pure
//! `view_model::source_view`; text is rendered only as text nodes. One click handler on the container
//! reads the clicked piece's `data-ids` and selects its most specific item (clicking again walks outward
//! through the items covering the same words).
//!
//! Each visible kind (dates, quotations, numbers, actors) can be switched off with its chip; hovering or
//! focusing a highlight shows how the engine read it (the rule's name and explanation) in a tooltip that
//! the focused highlight points at with `aria-describedby`.

use super::state::{Action, Shared};
use super::{event_element, Dispatch, Selection};
use crate::analysis::Analysis;
use crate::view_model::{self, paging, MarkKind, Piece, SourceView};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    /// The text the analysis was computed on.
    pub text: Shared<str>,
    pub analysis: Shared<Analysis>,
    pub selection: Selection,
    /// Sentences of the selected item (indices into `Analysis::sentences`).
    pub sentences: Shared<Vec<usize>>,
}

/// The kind chips: kind, class and words.
const LEGEND: &[(MarkKind, &str, &str)] = &[
    (MarkKind::Time, "hl-time", "Dates"),
    (MarkKind::Quote, "hl-quote", "Quotations"),
    (MarkKind::Number, "hl-number", "Numbers"),
    (MarkKind::Actor, "hl-actor", "Actors"),
];

/// The tooltip's id (the focused highlight's `aria-describedby`).
const TIP_ID: &str = "hl-tip";

/// The highlight the tooltip is about: its ids and where it is on screen.
#[derive(Clone, PartialEq)]
struct Tip {
    ids: String,
    left: f64,
    top: f64,
    above: bool,
}

fn tip_for(el: &web_sys::Element) -> Option<Tip> {
    let ids = el.get_attribute("data-ids")?;
    let r = el.get_bounding_client_rect();
    let vh = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    let vw = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(1280.0);
    let above = r.bottom() + 150.0 > vh && r.top() > 160.0;
    Some(Tip {
        ids,
        left: r.left().clamp(8.0, (vw - 330.0).max(8.0)),
        top: if above {
            r.top() - 6.0
        } else {
            r.bottom() + 6.0
        },
        above,
    })
}

fn render_piece(
    text: &str,
    view: &SourceView,
    piece: &Piece,
    selection: &Selection,
    hidden: &[MarkKind],
) -> Html {
    let words = text.get(piece.start..piece.end).unwrap_or("").to_string();
    let piece = &view.shown(piece, hidden);
    if piece.marks.is_empty() {
        return html! { { words } };
    }
    let ids = view.ids_of(piece);
    let kinds = view.kinds_of(piece);
    let selected = ids.iter().any(|id| selection.is(id));
    // Related items are outlined only where they are visible highlights (an event's date and actors);
    // clause-long events and claims related to a selection would outline half the article.
    let related = !selected
        && piece
            .marks
            .iter()
            .filter_map(|&m| view.marks.get(m))
            .any(|m| m.kind.visible() && selection.is_related(&m.id));
    let mut classes = Classes::new();
    for k in &kinds {
        classes.push(k.class());
    }
    if selected {
        classes.push("selected");
    }
    if related {
        classes.push("related");
    }
    let title = piece
        .marks
        .first()
        .and_then(|&m| view.marks.get(m))
        .map(|m| m.label.clone());
    let data_ids = ids.join(" ");
    if kinds.iter().any(|k| k.visible()) {
        html! { <mark class={classes} data-ids={data_ids} tabindex="-1">{ words }</mark> }
    } else {
        html! { <span class={classes} data-ids={data_ids} title={title}>{ words }</span> }
    }
}

/// Selects the most specific item of a highlight piece; if that item is already selected, the next
/// wider item covering the same words; after the widest, nothing.
fn select_piece(dispatch: &Dispatch, piece: &web_sys::Element, current: Option<&str>) {
    let ids_attr = piece.get_attribute("data-ids").unwrap_or_default();
    let ids: Vec<&str> = ids_attr.split_whitespace().collect();
    let next = match current.and_then(|c| ids.iter().position(|id| *id == c)) {
        Some(i) => ids.get(i + 1).map(|s| s.to_string()),
        None => ids.first().map(|s| s.to_string()),
    };
    dispatch.dispatch(Action::Select {
        id: next,
        from_source: true,
    });
}

#[function_component(Source)]
pub fn source(props: &SourceProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    // A render budget (issue 7): a long text is drawn one part (whole paragraphs, about `SOURCE_PART_BYTES`) at a
    // time; a selection whose words are in another part draws that part (before App scrolls to them).
    let parts = {
        let deps = (props.text.clone(), props.analysis.clone());
        use_memo(deps, |(text, analysis)| {
            paging::source_parts(text, analysis, paging::SOURCE_PART_BYTES)
        })
    };
    let part_ref = use_mut_ref(|| 0usize);
    let seen = use_mut_ref(|| (props.analysis.clone(), props.selection.id.clone()));
    let force = use_force_update();
    {
        let mut seen = seen.borrow_mut();
        if seen.0 != props.analysis {
            *part_ref.borrow_mut() = 0;
            seen.0 = props.analysis.clone();
            // A selection kept across the new analysis is looked for again.
            seen.1 = None;
        }
        if seen.1 != props.selection.id {
            seen.1 = props.selection.id.clone();
            if let Some(id) = props.selection.id.as_deref() {
                let offsets = paging::item_offsets(&props.analysis, id);
                let now = *part_ref.borrow();
                *part_ref.borrow_mut() = paging::part_for(&parts, now, &offsets);
            }
        }
    }
    let part = (*part_ref.borrow()).min(parts.len().saturating_sub(1));
    let (lo, hi) = parts.get(part).copied().unwrap_or((0, props.text.len()));
    let view = {
        let deps = (props.text.clone(), props.analysis.clone(), lo, hi);
        use_memo(deps, |(text, analysis, lo, hi)| {
            view_model::source_view_in(text, analysis, *lo, *hi)
        })
    };
    let go_part = |to: usize| {
        let part_ref = part_ref.clone();
        let force = force.clone();
        Callback::from(move |_: MouseEvent| {
            *part_ref.borrow_mut() = to;
            force.force_update();
            // The new part's first lines are where the reader looks: the top of the article.
            if let Some(el) = gloo::utils::document()
                .query_selector("[data-testid=source]")
                .ok()
                .flatten()
            {
                el.scroll_into_view();
            }
        })
    };
    let part_nav = |place: &str| {
        if parts.len() < 2 {
            return html! {};
        }
        let label = format!(
            "Part {} of {} of this long text ({}–{} KB of {} KB)",
            part + 1,
            parts.len(),
            paging::thousands(lo / 1000),
            paging::thousands(hi.div_ceil(1000)),
            paging::thousands(props.text.len().div_ceil(1000)),
        );
        html! {
            <nav class="pager source-parts" data-testid={format!("source-parts-{place}")} aria-label={format!("Parts of the article ({place})")}>
                <span class="pager-label" data-testid="source-part-label">{ label }</span>
                <button type="button" class="btn btn-small" data-testid="source-prev" disabled={part == 0} onclick={go_part(part.saturating_sub(1))}>{ "◀ Previous part" }</button>
                <button type="button" class="btn btn-small" data-testid="source-next" disabled={part + 1 >= parts.len()} onclick={go_part(part + 1)}>{ "Next part ▶" }</button>
            </nav>
        }
    };

    let hidden = use_state(Vec::<MarkKind>::new);
    let tip = use_state(|| None::<Tip>);
    // The highlight the tooltip is about (under the pointer or focused).
    let tip_target = use_mut_ref(|| None::<web_sys::Element>);
    // The tooltip follows its highlight when the page scrolls.
    {
        let tip = tip.clone();
        let tip_target = tip_target.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new_with_options(
                    &w,
                    "scroll",
                    gloo::events::EventListenerOptions::run_in_capture_phase(),
                    move |_| {
                        let target = tip_target.borrow().clone();
                        tip.set(
                            target
                                .filter(|el| el.is_connected())
                                .and_then(|el| tip_for(&el)),
                        );
                    },
                )
            });
            move || drop(listener)
        });
    }
    let show_tip = {
        let tip = tip.clone();
        let tip_target = tip_target.clone();
        move |el: Option<web_sys::Element>| {
            let next = el.as_ref().and_then(tip_for);
            *tip_target.borrow_mut() = el;
            if next != *tip {
                tip.set(next);
            }
        }
    };
    let onmouseover = {
        let show_tip = show_tip.clone();
        Callback::from(move |e: MouseEvent| {
            show_tip(event_element(&e).and_then(|el| el.closest("mark[data-ids]").ok().flatten()))
        })
    };
    let onmouseleave = {
        let show_tip = show_tip.clone();
        Callback::from(move |_: MouseEvent| show_tip(None))
    };
    let onfocusin = {
        let show_tip = show_tip.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(el) = event_element(&e) else { return };
            if el.tag_name().eq_ignore_ascii_case("mark") {
                let _ = el.set_attribute("aria-describedby", TIP_ID);
                show_tip(Some(el));
            }
        })
    };
    let onfocusout = {
        let show_tip = show_tip.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(el) = event_element(&e) {
                if el.tag_name().eq_ignore_ascii_case("mark") {
                    let _ = el.remove_attribute("aria-describedby");
                }
            }
            show_tip(None);
        })
    };

    let onclick = {
        let dispatch = dispatch.clone();
        let current = props.selection.id.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = event_element(&e) else { return };
            if let Ok(Some(piece)) = el.closest("[data-ids]") {
                select_piece(&dispatch, &piece, current.as_deref());
            }
        })
    };
    // Keyboard: the article is one tab stop; arrow keys move between its highlights, Enter or Space
    // selects the focused one (as a click would).
    let onkeydown = {
        let dispatch = dispatch.clone();
        let current = props.selection.id.clone();
        let show_tip = show_tip.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                show_tip(None);
                return;
            }
            let Some(article) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let key = e.key();
            match key.as_str() {
                "ArrowRight" | "ArrowLeft" | "Home" | "End" => {
                    let Ok(list) = article.query_selector_all("mark[data-ids]") else {
                        return;
                    };
                    let n = list.length();
                    if n == 0 {
                        return;
                    }
                    let active = gloo::utils::document().active_element();
                    let pos = active.as_ref().and_then(|a| {
                        (0..n).find(|&i| list.item(i).is_some_and(|x| x.is_same_node(Some(a))))
                    });
                    let next = match (key.as_str(), pos) {
                        ("Home", _) | ("ArrowRight", None) | ("ArrowLeft", None) => 0,
                        ("End", _) => n - 1,
                        ("ArrowRight", Some(p)) => (p + 1).min(n - 1),
                        (_, Some(p)) => p.saturating_sub(1),
                        _ => 0,
                    };
                    if let Some(el) = list
                        .item(next)
                        .and_then(|x| x.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        e.prevent_default();
                        let _ = el.focus();
                    }
                }
                "Enter" | " " => {
                    let Some(el) = gloo::utils::document().active_element() else {
                        return;
                    };
                    if el.get_attribute("data-ids").is_some() && article.contains(Some(&el)) {
                        e.prevent_default();
                        select_piece(&dispatch, &el, current.as_deref());
                    }
                }
                _ => {}
            }
        })
    };

    let text: &str = &props.text;
    let selection = &props.selection;
    let sentences = &props.sentences;
    html! {
        <section class="panel source-panel" aria-labelledby="source-h">
            <div class="source-head">
                <h2 id="source-h" class="panel-title">{ "Source" }</h2>
                <ul class="legend kind-toggles" aria-label="Highlights to show" data-testid="kind-toggles">
                    { for LEGEND.iter().map(|&(kind, class, words)| {
                        let on = !hidden.contains(&kind);
                        let onchange = {
                            let hidden = hidden.clone();
                            Callback::from(move |_: Event| {
                                let mut next = (*hidden).clone();
                                if let Some(i) = next.iter().position(|k| *k == kind) {
                                    next.remove(i);
                                } else {
                                    next.push(kind);
                                }
                                hidden.set(next);
                            })
                        };
                        html! {
                            <li>
                                <label class={classes!("chip", class, (!on).then_some("chip-off"))}>
                                    <input type="checkbox" checked={on} data-testid={format!("kind-{class}")} {onchange} />
                                    <span>{ words }</span>
                                </label>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <p class="hint" id="source-keys">{ "Click highlighted words to select what they belong to; click again for the wider item. Point at or focus a highlight to see how it was read. With the keyboard: ← and → move between highlights, Enter selects." }</p>
            { part_nav("top") }
            <article class="source" data-testid="source" aria-label="The article with highlights" aria-describedby="source-keys" tabindex="0" {onclick} {onkeydown} {onmouseover} {onmouseleave} {onfocusin} {onfocusout}>
                { for view.paragraphs.iter().map(|para| html! {
                    <p key={para.start} data-para={para.start.to_string()}>
                        { for para.runs.iter().map(|run| {
                            let pieces = html! { <>{ for run.pieces.iter().map(|p| render_piece(text, &view, p, selection, &hidden)) }</> };
                            match run.sentence {
                                Some(si) => {
                                    let sel = sentences.contains(&si);
                                    html! {
                                        <span class={classes!("sent", sel.then_some("sentence-selected"))} data-sentence={si.to_string()}>
                                            { pieces }
                                        </span>
                                    }
                                }
                                None => pieces,
                            }
                        }) }
                    </p>
                }) }
            </article>
            { part_nav("bottom") }
            if let Some(t) = (*tip).clone() {
                { tooltip(&props.analysis, &t) }
            }
        </section>
    }
}

/// "How was this read": the item's description, then the engine's explanation with its rule's name.
fn tooltip(analysis: &Analysis, tip: &Tip) -> Html {
    let Some(id) = tip.ids.split_whitespace().next() else {
        return html! {};
    };
    let what = view_model::describe(analysis, id);
    let why = view_model::explain(analysis, id)
        .unwrap_or_else(|| "Found by the engine's rules; no further explanation.".to_string());
    let style = format!(
        "left:{:.0}px;top:{:.0}px{}",
        tip.left,
        tip.top,
        if tip.above {
            ";transform:translateY(-100%)"
        } else {
            ""
        }
    );
    html! {
        <div id={TIP_ID} class="hl-tip" role="tooltip" data-testid="hl-tip" {style}>
            if let Some(w) = what {
                <strong class="hl-tip-what">{ w }</strong>
            }
            <span class="hl-tip-why">{ why }</span>
        </div>
    }
}
