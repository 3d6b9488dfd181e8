//! The article box, the publication date, and the Sample / Clear buttons.

use super::state::{Action, DateOrigin, Shared};
use super::Dispatch;
use crate::analysis::{Analysis, DateSource};
use crate::view_model::plural;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: AttrValue,
    pub date_input: AttrValue,
    pub date_origin: DateOrigin,
    pub analysis: Shared<Analysis>,
    pub pending: bool,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("the App provides the dispatcher");

    let on_text = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                dispatch.dispatch(Action::SetText(area.value()));
            }
        })
    };
    let on_date = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
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
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Clear))
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
                id="text-input"
                class="text-input"
                rows="7"
                spellcheck="false"
                placeholder="Paste the article here, headline and all."
                value={props.text.clone()}
                oninput={on_text}
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
