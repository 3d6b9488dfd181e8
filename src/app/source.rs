//! The source text with the words behind every item highlighted. Pieces come from the pure
//! `view_model::source_view`; text is rendered only as text nodes. One click handler on the container
//! reads the clicked piece's `data-ids` and selects its most specific item (clicking again walks outward
//! through the items covering the same words).

use super::state::{Action, Shared};
use super::{event_element, Dispatch, Selection};
use crate::analysis::Analysis;
use crate::view_model::{self, Piece, SourceView};
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

/// Legend rows: class and words.
const LEGEND: &[(&str, &str)] = &[
    ("hl-time", "Dates"),
    ("hl-quote", "Quotations"),
    ("hl-number", "Numbers"),
    ("hl-actor", "Actors"),
];

fn render_piece(text: &str, view: &SourceView, piece: &Piece, selection: &Selection) -> Html {
    let words = text.get(piece.start..piece.end).unwrap_or("").to_string();
    if piece.marks.is_empty() {
        return html! { { words } };
    }
    let ids = view.ids_of(piece);
    let kinds = view.kinds_of(piece);
    let selected = ids.iter().any(|id| selection.is(id));
    let related = !selected && ids.iter().any(|id| selection.is_related(id));
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
        html! { <mark class={classes} data-ids={data_ids} title={title}>{ words }</mark> }
    } else {
        html! { <span class={classes} data-ids={data_ids} title={title}>{ words }</span> }
    }
}

#[function_component(Source)]
pub fn source(props: &SourceProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");
    let view = {
        let deps = (props.text.clone(), props.analysis.clone());
        use_memo(deps, |(text, analysis)| {
            view_model::source_view(text, analysis)
        })
    };

    let onclick = {
        let dispatch = dispatch.clone();
        let current = props.selection.id.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = event_element(&e) else { return };
            let Ok(Some(piece)) = el.closest("[data-ids]") else {
                return;
            };
            let ids_attr = piece.get_attribute("data-ids").unwrap_or_default();
            let ids: Vec<&str> = ids_attr.split_whitespace().collect();
            let next = match current
                .as_deref()
                .and_then(|c| ids.iter().position(|id| *id == c))
            {
                // Walk outward through the items covering these words, then back to none.
                Some(i) => ids.get(i + 1).map(|s| s.to_string()),
                None => ids.first().map(|s| s.to_string()),
            };
            dispatch.dispatch(Action::Select {
                id: next,
                from_source: true,
            });
        })
    };

    let text: &str = &props.text;
    let selection = &props.selection;
    let sentences = &props.sentences;
    html! {
        <section class="panel source-panel" aria-labelledby="source-h">
            <div class="source-head">
                <h2 id="source-h" class="panel-title">{ "Source" }</h2>
                <ul class="legend" aria-label="Highlight colours">
                    { for LEGEND.iter().map(|(class, words)| html! {
                        <li><mark class={*class}>{ *words }</mark></li>
                    }) }
                </ul>
            </div>
            <p class="hint">{ "Click highlighted words to select what they belong to; click again to go to the wider item." }</p>
            <article class="source" data-testid="source" aria-label="The article with highlights" {onclick}>
                { for view.paragraphs.iter().enumerate().map(|(pi, para)| html! {
                    <p key={pi} data-para={pi.to_string()}>
                        { for para.runs.iter().map(|run| {
                            let pieces = html! { <>{ for run.pieces.iter().map(|p| render_piece(text, &view, p, selection)) }</> };
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
        </section>
    }
}
