//! Sharing and exporting: "Copy link" (the text and date in the URL fragment, lz-string compressed; nothing
//! reaches a server) and the Export menu (JSON, TimelineJS, CSV of events or claims, Markdown, TimeML), each a
//! download made in the page from `crate::export`.

use super::keep;
use super::state::Shared;
use crate::analysis::Analysis;
use crate::{export, share, view_model};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The editor's text and date (what a link shares).
    pub text: AttrValue,
    pub date_input: AttrValue,
    /// The analysed text and its analysis (what the exports hold).
    pub analysed_text: Shared<str>,
    pub analysis: Shared<Analysis>,
}

/// The export formats: (test id, button label, file suffix, MIME type).
pub const FORMATS: &[(&str, &str, &str, &str)] = &[
    ("json", "Analysis (JSON)", ".json", "application/json"),
    (
        "timelinejs",
        "TimelineJS (JSON)",
        ".timeline.json",
        "application/json",
    ),
    ("csv-events", "Events (CSV)", "-events.csv", "text/csv"),
    ("csv-claims", "Claims (CSV)", "-claims.csv", "text/csv"),
    ("markdown", "Report (Markdown)", ".md", "text/markdown"),
    ("timeml", "TimeML (TIMEX3)", ".tml", "application/xml"),
];

/// The file's content for a format.
fn render(format: &str, text: &str, a: &Analysis) -> String {
    let title = match view_model::headline(text) {
        "" => "Article",
        t => t,
    };
    match format {
        "timelinejs" => export::to_timelinejs(text, a, title),
        "csv-events" => export::events_csv(text, a),
        "csv-claims" => export::claims_csv(a),
        "markdown" => export::to_markdown(text, a, title),
        "timeml" => export::to_timeml(text, a, &export::suggested_name(text)),
        _ => export::to_json(a),
    }
}

/// What the link control says after "Copy link".
#[derive(Clone, PartialEq)]
enum LinkState {
    None,
    /// The link, and whether it is on the clipboard.
    Ready(AttrValue, Option<bool>),
    /// Too long: its length in KB.
    TooLong(usize),
}

/// Escape closes the menu and puts the focus back on its button.
fn close_on_escape(e: KeyboardEvent) {
    if e.key() != "Escape" {
        return;
    }
    let Some(menu) = super::event_element(&e).and_then(|el| el.closest("details").ok().flatten())
    else {
        return;
    };
    if menu.has_attribute("open") {
        e.prevent_default();
        let _ = menu.remove_attribute("open");
        if let Ok(Some(summary)) = menu.query_selector("summary") {
            if let Ok(summary) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(summary) {
                let _ = summary.focus();
            }
        }
    }
}

/// The article box's text as it is now (`None` when it is not on the page).
fn box_value() -> Option<String> {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()?.document()?.get_element_by_id("text-input")?;
    Some(el.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?.value())
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let link = use_state(|| LinkState::None);
    let export_error = use_state(|| None::<String>);

    // An edit makes an old link stale: forget it.
    // The text and date the shown link was made of: reading the box into the state after the click (the pause,
    // the focus leaving the box) is not an edit of that text.
    let shared = use_mut_ref(|| None::<(String, AttrValue)>);
    {
        let (link, shared) = (link.clone(), shared.clone());
        use_effect_with((props.text.clone(), props.date_input.clone()), move |(text, date)| {
            let same = shared.borrow().as_ref().is_some_and(|(t, d)| t.as_str() == text.as_str() && d == date);
            if !same {
                link.set(LinkState::None);
            }
        });
    }

    let download = {
        let text = props.analysed_text.clone();
        let analysis = props.analysis.clone();
        let export_error = export_error.clone();
        move |format: &'static str, suffix: &'static str, mime: &'static str| {
            let text = text.clone();
            let analysis = analysis.clone();
            let export_error = export_error.clone();
            Callback::from(move |e: MouseEvent| {
                // A chosen item closes the menu.
                if let Some(menu) =
                    super::event_element(&e).and_then(|el| el.closest("details").ok().flatten())
                {
                    let _ = menu.remove_attribute("open");
                }
                let content = render(format, &text, &analysis);
                let name = format!("{}{suffix}", export::suggested_name(&text));
                match keep::download(&name, mime, &content) {
                    Ok(()) => export_error.set(None),
                    Err(e) => export_error.set(Some(format!("The download failed: {e}."))),
                }
            })
        }
    };

    let copy_link = {
        let (link, shared) = (link.clone(), shared.clone());
        let text = props.text.clone();
        let date = props.date_input.clone();
        Callback::from(move |_: MouseEvent| {
            // The box is read into the state when typing pauses or it loses the focus; a click that comes sooner
            // without moving the focus must still share what the box holds.
            let text = box_value().map_or_else(|| text.to_string(), |t| t);
            *shared.borrow_mut() = Some((text.clone(), date.clone()));
            let base = keep::base_url();
            match share::share_url(&base, &text, &date) {
                Some(url) => {
                    link.set(LinkState::Ready(AttrValue::from(url.clone()), None));
                    let link = link.clone();
                    let shown = AttrValue::from(url.clone());
                    keep::copy_to_clipboard(url, move |ok| {
                        link.set(LinkState::Ready(shown, Some(ok)));
                    });
                }
                None => {
                    let kb = (base.len() + share::fragment(&text, &date).len()).div_ceil(1024);
                    link.set(LinkState::TooLong(kb));
                }
            }
        })
    };
    let close_link = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| link.set(LinkState::None))
    };

    let link_box = match &*link {
        LinkState::None => html! {},
        LinkState::Ready(url, copied) => {
            let said = match copied {
                Some(true) => "Link copied. It holds the whole text: whoever opens it sees this analysis, and nothing is sent to a server.",
                Some(false) => "Copy this link (the clipboard was not available). It holds the whole text; nothing is sent to a server.",
                None => "Copying…",
            };
            html! {
                <div class="link-box" data-testid="link-box">
                    <p role="status">{ said }</p>
                    <div class="link-row">
                        <label class="visually-hidden" for="share-url">{ "Share link" }</label>
                        <input id="share-url" data-testid="share-url" type="text" readonly=true value={url.clone()}
                            onfocus={Callback::from(|e: FocusEvent| {
                                if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() { i.select(); }
                            })} />
                        <button type="button" class="btn btn-small" onclick={close_link.clone()}>{ "Close" }</button>
                    </div>
                </div>
            }
        }
        LinkState::TooLong(kb) => {
            let (_, _, suffix, mime) = FORMATS[0];
            html! {
                <div class="link-box link-too-long" data-testid="link-too-long">
                    <p role="status">
                        { format!("This article is too long for a link ({kb} KB; a link holds at most {} KB). Download the analysis as JSON and send the file instead.", share::MAX_URL_LEN / 1024) }
                    </p>
                    <div class="link-row">
                        <button type="button" class="btn btn-small" data-testid="too-long-json" onclick={download("json", suffix, mime)}>{ "Download JSON" }</button>
                        <button type="button" class="btn btn-small" onclick={close_link}>{ "Close" }</button>
                    </div>
                </div>
            }
        }
    };

    let empty = props.text.trim().is_empty();
    html! {
        <div class="toolbar" data-testid="toolbar">
            <div class="toolbar-row">
                <button type="button" class="btn" data-testid="copy-link" onclick={copy_link} disabled={empty}>
                    { "Copy link" }
                </button>
                <details class="menu" data-testid="export-menu" onkeydown={Callback::from(close_on_escape)}>
                    <summary class="btn">{ "Export" }</summary>
                    <div class="menu-items" role="group" aria-label="Download the analysis">
                        { for FORMATS.iter().map(|&(id, label, suffix, mime)| html! {
                            <button type="button" class="menu-item" data-testid={format!("export-{id}")}
                                onclick={download(id, suffix, mime)}>
                                { label }
                            </button>
                        }) }
                    </div>
                </details>
            </div>
            { link_box }
            if let Some(e) = &*export_error {
                <p class="notice notice-warning" role="alert">{ e.clone() }</p>
            }
        </div>
    }
}
