//! The article box, the publication date, and the Sample / Clear buttons.
//!
//! The box is not a controlled input: the page never writes the whole text into it on a render, nor reads it
//! on a key press (with 5 MB in the box each was a copy of the text between JavaScript and Rust, and Yew read
//! the box back on every render to compare). A key press dispatches `Edited`; the text is read from the box
//! (`read_box`) when the debounce fires (in `App`), when the box loses the focus, and before the buttons and
//! the date act; the box is written when the reducer replaces the text (`text_set` changes).

use super::state::{Action, BoxText, DateOrigin, JsText, Shared};
use super::Dispatch;
use crate::analysis::{Analysis, DateSource};
use crate::view_model::plural;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The article box's text now: a Rust copy and the JavaScript string it was copied from, or (`copy_long`
/// false) for a long text only the string (`BoxText::Long`: the worker sends the copy back). `None` when the
/// box is not mounted (or its value is not a string).
pub fn read_box(area: &NodeRef, copy_long: bool) -> Option<BoxText> {
    let (js, units) = box_string(area)?;
    if !copy_long && units >= super::worker::WORKER_MIN_BYTES {
        return Some(BoxText::Long(JsText(js)));
    }
    let text = js.as_string()?;
    Some(BoxText::Copied(text, JsText(js)))
}

/// The box's length in UTF-16 units (a handle to its string: no copy).
fn box_units(area: &NodeRef) -> usize {
    box_string(area).map_or(0, |(_, units)| units)
}

/// The box's `value` as a handle to its JavaScript string (no copy), and its length in UTF-16 units.
fn box_string(area: &NodeRef) -> Option<(JsValue, usize)> {
    let area = area.cast::<HtmlTextAreaElement>()?;
    let js = js_sys::Reflect::get(&area, &JsValue::from_str("value")).ok()?;
    let units = js.dyn_ref::<js_sys::JsString>()?.length() as usize;
    Some((js, units))
}

/// Reads the box into the state if it holds edits not yet read (before an action that uses the text).
fn flush(dispatch: &Dispatch, area: &NodeRef, unread: bool) {
    if unread {
        if let Some(BoxText::Copied(text, js)) = read_box(area, true) {
            dispatch.dispatch(Action::SetText(text, Some(js)));
        }
    }
}

#[derive(Properties)]
pub struct EditorProps {
    /// The text the reducer last set; written into the box when `text_set` changes.
    pub text: AttrValue,
    pub text_set: u64,
    /// The box holds a text not yet read into the state (`State::unread`).
    pub unread: bool,
    /// The state knows of edits in the box since the last read (`State::typed`): a key needs no `Edited`.
    pub typed: bool,
    /// The article box (owned by `App`, whose debounce timer reads it).
    pub area: NodeRef,
    /// A key while the box already holds unread edits: start the debounce timer again (no state change).
    pub on_key: Callback<()>,
    /// The box became long (`worker::WORKER_MIN_BYTES` UTF-16 units or more): start the worker.
    pub on_long: Callback<()>,
    pub date_input: AttrValue,
    pub date_origin: DateOrigin,
    pub analysis: Shared<Analysis>,
    pub pending: bool,
}

// By hand: `text` is compared through `text_set` (comparing 5 MB on every render is what this avoids).
impl PartialEq for EditorProps {
    fn eq(&self, other: &Self) -> bool {
        self.text_set == other.text_set
            && self.unread == other.unread
            && self.typed == other.typed
            && self.area == other.area
            && self.on_key == other.on_key
            && self.on_long == other.on_long
            && self.date_input == other.date_input
            && self.date_origin == other.date_origin
            && self.analysis == other.analysis
            && self.pending == other.pending
    }
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");

    // The reducer replaced the text: write it into the box (once per replacement, not per render).
    {
        let area = props.area.clone();
        let text = props.text.clone();
        use_effect_with(props.text_set, move |_| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                area.set_value(&text);
            }
        });
    }
    let (typed, unread) = (props.typed, props.unread);
    let on_text = {
        let (dispatch, on_key) = (dispatch.clone(), props.on_key.clone());
        let (on_long, area) = (props.on_long.clone(), props.area.clone());
        Callback::from(move |_: InputEvent| {
            if typed {
                on_key.emit(());
            } else {
                if box_units(&area) >= super::worker::WORKER_MIN_BYTES {
                    on_long.emit(());
                }
                dispatch.dispatch(Action::Edited);
            }
        })
    };
    let on_blur = {
        let (dispatch, area) = (dispatch.clone(), props.area.clone());
        Callback::from(move |_: FocusEvent| flush(&dispatch, &area, unread))
    };
    let on_date = {
        let (dispatch, area) = (dispatch.clone(), props.area.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                flush(&dispatch, &area, unread);
                dispatch.dispatch(Action::SetDate(input.value()));
            }
        })
    };
    let on_date_input = {
        let on_date = on_date.clone();
        Callback::from(move |e: InputEvent| on_date.emit(e.into()))
    };
    let on_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::LoadSample))
    };
    let on_clear = {
        // What "New" clears is offered back with an Undo: read the box first.
        let (dispatch, area) = (dispatch.clone(), props.area.clone());
        Callback::from(move |_: MouseEvent| {
            flush(&dispatch, &area, unread);
            dispatch.dispatch(Action::Clear)
        })
    };

    let a = &props.analysis;
    let date_hint = match (
        props.date_input.is_empty(),
        props.date_origin,
        a.publication_date.source,
    ) {
        (false, DateOrigin::Sample, _) => "The sample article’s publication date.".to_string(),
        (false, DateOrigin::User, _) => {
            "Set by you. Relative dates (“Tuesday”, “last year”) count from it.".to_string()
        }
        (true, _, DateSource::Detected) => match a.publication_date.date {
            Some(d) => format!("Found in the text: {d}. Set a date to override it."),
            None => "Found in the text.".to_string(),
        },
        (true, _, _) => {
            "Not set: relative dates cannot be placed. Enter the day the article was published."
                .to_string()
        }
    };
    // Where the date in force comes from, as the engine used it.
    let (source_attr, source_label) = match (a.publication_date.source, props.date_origin) {
        (DateSource::User, DateOrigin::Sample) => ("user", "the sample’s date"),
        (DateSource::User, DateOrigin::User) => ("user", "set by you"),
        (DateSource::Detected, _) => ("detected", "found in the text"),
        (DateSource::None, _) => ("none", "not set"),
    };
    let status = if props.pending {
        "Reading…".to_string()
    } else if a.text_length == 0 {
        "No text".to_string()
    } else {
        let n_dated = a.events.iter().filter(|e| e.time.is_some()).count();
        format!(
            "{} event{} ({} dated) · {} claim{} · {} actor{}",
            a.events.len(),
            plural(a.events.len()),
            n_dated,
            a.claims.len(),
            plural(a.claims.len()),
            a.actors.len(),
            plural(a.actors.len())
        )
    };

    html! {
        <section class="panel editor" aria-labelledby="editor-h">
            <h2 id="editor-h" class="panel-title">{ "Article" }</h2>
            <label for="text-input" class="field-label">{ "Article text" }</label>
            <textarea
                ref={props.area.clone()}
                id="text-input"
                class="text-input"
                rows="7"
                spellcheck="false"
                placeholder="Paste the article here, headline and all."
                oninput={on_text}
                onblur={on_blur}
            />
            <div class="editor-row">
                <div class="date-field">
                    <label for="pub-date" class="field-label">
                        { "Published" }
                        <span class="date-source" data-testid="date-source" data-source={source_attr}>{ format!(" · {source_label}") }</span>
                    </label>
                    <input
                        id="pub-date"
                        type="date"
                        value={props.date_input.clone()}
                        onchange={on_date}
                        oninput={on_date_input}
                        aria-describedby="pub-date-hint"
                    />
                </div>
                <div class="editor-buttons">
                    <button type="button" class="btn" onclick={on_sample}>{ "Sample" }</button>
                    <button type="button" class="btn" onclick={on_clear} data-testid="new" title="Start with an empty article (you can undo)">{ "New" }</button>
                </div>
            </div>
            <p id="pub-date-hint" class="hint">{ date_hint }</p>
            <p class="status" role="status" aria-live="polite">{ status }</p>
        </section>
    }
}
