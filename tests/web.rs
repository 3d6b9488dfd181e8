#![cfg(target_arch = "wasm32")]
//! Component tests in headless Chromium (wasm-bindgen-test): the App is mounted into a div, and the DOM
//! is checked against what the engine itself returns for the same text, so that these tests hold
//! whatever the recognisers find.
//!
//! Run: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
//!      cargo test --target wasm32-unknown-unknown --test web

use claimline::analysis::{analyze, Analysis, Date, Options};
use claimline::app::state::{DEBOUNCE_MS, SAMPLE_DATE, SAMPLE_TEXT};
use claimline::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: Option<AppHandle<App>>,
}

impl Mounted {
    async fn new() -> Mounted {
        // Each test opens on the sample: forget what an earlier test kept.
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.remove_item(claimline::app::keep::STORAGE_KEY);
        }
        let doc = gloo::utils::document();
        let root = doc.create_element("div").unwrap();
        doc.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn maybe(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        self.all(selector)
            .iter()
            .map(|e| e.get_attribute(attr).unwrap_or_default())
            .collect()
    }

    fn source_text(&self) -> String {
        self.one("[data-testid=source]")
            .text_content()
            .unwrap_or_default()
    }

    /// Types `text` into the article box as a user would: set the value, fire a bubbling input event.
    async fn type_text(&self, text: &str) {
        let area: HtmlTextAreaElement = self.one("#text-input").dyn_into().unwrap();
        area.set_value(text);
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
        area.dispatch_event(&ev).unwrap();
        yew::scheduler::flush().await;
    }

    async fn set_date(&self, value: &str) {
        let input: HtmlInputElement = self.one("#pub-date").dyn_into().unwrap();
        input.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
        input.dispatch_event(&ev).unwrap();
        yew::scheduler::flush().await;
    }

    async fn click(&self, el: &Element) {
        el.dyn_ref::<HtmlElement>()
            .expect("an HTML element")
            .click();
        yew::scheduler::flush().await;
    }

    fn button(&self, label: &str) -> Element {
        self.all("button")
            .into_iter()
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button labelled {label}"))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn after_debounce() {
    sleep(DEBOUNCE_MS + 150).await;
    yew::scheduler::flush().await;
}

fn analysis_of(text: &str, date: &str) -> Analysis {
    analyze(
        text,
        &Options {
            publication_date: Date::parse_iso(date),
        },
    )
}

/// What the timeline must show for an analysis: dated events' (id, value) in time order.
fn expected_dated(a: &Analysis) -> Vec<(String, String)> {
    let view = claimline::view_model::timeline(a, false);
    view.dated
        .iter()
        .map(|&i| {
            (
                a.events[i].id.clone(),
                a.events[i].time.as_ref().unwrap().value.clone(),
            )
        })
        .collect()
}

fn shown_dated(m: &Mounted) -> Vec<(String, String)> {
    m.all("[data-testid=timeline] [data-testid=event]")
        .iter()
        .map(|e| {
            (
                e.get_attribute("data-id").unwrap_or_default(),
                e.get_attribute("data-date").unwrap_or_default(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn opens_with_the_sample_analysed() {
    let m = Mounted::new().await;
    let area: HtmlTextAreaElement = m.one("#text-input").dyn_into().unwrap();
    assert_eq!(area.value(), SAMPLE_TEXT);
    let date: HtmlInputElement = m.one("#pub-date").dyn_into().unwrap();
    assert_eq!(date.value(), SAMPLE_DATE);

    let a = analysis_of(SAMPLE_TEXT, SAMPLE_DATE);
    // The source: one <p> per paragraph, with exactly the paragraphs' words.
    assert_eq!(m.all("[data-testid=source] p").len(), a.paragraphs.len());
    let expected: String = a
        .paragraphs
        .iter()
        .map(|p| &SAMPLE_TEXT[p.start..p.end])
        .collect();
    assert_eq!(m.source_text(), expected);
    assert!(m
        .source_text()
        .starts_with("Donald Trump reveals fawning text message"));
    // Every item the engine found is in the panels and behind highlighted words.
    assert_eq!(shown_dated(&m), expected_dated(&a));
    let view = claimline::view_model::timeline(&a, false);
    assert_eq!(
        m.all("[data-testid=undated] [data-testid=event]").len(),
        view.undated.len()
    );
    // On request, the timeline lists every event the engine found.
    if view.hidden > 0 {
        m.click(&m.one(".tl-toggle")).await;
        assert_eq!(m.all("[data-testid=event]").len(), a.events.len());
        m.click(&m.one(".tl-toggle")).await;
        assert_eq!(
            m.all("[data-testid=event]").len(),
            view.dated.len() + view.undated.len()
        );
    }
    // Claims: every one, most check-worthy first (the view model's order).
    assert_eq!(
        m.attrs("[data-testid=claims] [data-testid=claim]", "data-id"),
        claimline::view_model::claims_view(&a, &Default::default())
            .into_iter()
            .map(|i| a.claims[i].id.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        m.all("[data-testid=actors] [data-testid=actor]").len(),
        a.actors.len()
    );
    for t in &a.timexes {
        let piece = m.maybe(&format!("[data-testid=source] [data-ids~=\"{}\"]", t.id));
        assert!(
            piece.is_some_and(|p| p.class_list().contains("hl-time")),
            "timex {} is highlighted",
            t.id
        );
    }
    for e in claimline::view_model::timeline(&a, false)
        .dated
        .iter()
        .map(|&i| &a.events[i])
    {
        let el = m.one(&format!("[data-testid=event][data-id=\"{}\"]", e.id));
        let label = &e.time.as_ref().unwrap().label;
        assert!(
            el.text_content().unwrap().contains(label.as_str()),
            "event {} shows its date label",
            e.id
        );
        assert_eq!(
            el.get_attribute("data-status").as_deref(),
            Some(claimline::view_model::status_attr(e.status))
        );
    }
    // Notices are shown as they come.
    assert_eq!(
        m.all("[data-testid=notice]").len(),
        a.notices.iter().filter(|n| n.code != "empty").count()
    );
    assert!(m.maybe("[data-testid=empty-state]").is_none());
}

#[wasm_bindgen_test]
async fn typing_reanalyses_after_the_debounce() {
    let m = Mounted::new().await;
    let text = "Storm closes harbour\n\nThe harbour closed on Monday, officials said. \"We will reopen on 3 March 2025,\" said Jane Doe, the port director. About 40 percent of the fleet stayed at sea.";
    m.type_text(text).await;
    // Not yet: the source still shows the sample while the user types.
    assert!(m.source_text().starts_with("Donald Trump"));
    assert!(m.one(".status").text_content().unwrap().contains("Reading"));
    after_debounce().await;
    assert!(m.source_text().starts_with("Storm closes harbour"));
    let a = analysis_of(text, SAMPLE_DATE);
    assert_eq!(shown_dated(&m), expected_dated(&a));
    assert_eq!(m.all("[data-testid=claim]").len(), a.claims.len());
    assert_eq!(m.all("[data-testid=actor]").len(), a.actors.len());
    assert_eq!(m.all("[data-testid=source] p").len(), a.paragraphs.len());
}

#[wasm_bindgen_test]
async fn quick_edits_are_analysed_once_at_the_end() {
    let m = Mounted::new().await;
    m.type_text("First").await;
    sleep(DEBOUNCE_MS / 2).await;
    m.type_text("First draft, then the final text.").await;
    sleep(DEBOUNCE_MS / 2 + 30).await;
    yew::scheduler::flush().await;
    // The first edit's timer was cancelled by the second edit.
    assert!(m.source_text().starts_with("Donald Trump"));
    after_debounce().await;
    assert_eq!(m.source_text(), "First draft, then the final text.");
}

#[wasm_bindgen_test]
async fn html_in_the_text_shows_literally() {
    let m = Mounted::new().await;
    let text = "<script>window.__claimline_pwned = 1;</script><b>Bold</b> <img src=x onerror=\"window.__claimline_pwned = 2\"> Mayor Ann Lee said on Friday.";
    m.type_text(text).await;
    after_debounce().await;
    let source = m.one("[data-testid=source]");
    assert_eq!(m.source_text(), text);
    for tag in ["script", "b", "img"] {
        assert!(
            source.query_selector(tag).unwrap().is_none(),
            "no <{tag}> element was created"
        );
    }
    let pwned =
        js_sys::Reflect::get(&web_sys::window().unwrap(), &"__claimline_pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn empty_text_shows_the_empty_state_and_sample_restores() {
    let m = Mounted::new().await;
    m.click(&m.button("New")).await;
    assert!(m.maybe("[data-testid=empty-state]").is_some());
    assert!(m.maybe("[data-testid=source]").is_none());
    assert!(
        m.all("[data-testid=notice]").is_empty(),
        "an empty text is not an error"
    );
    let area: HtmlTextAreaElement = m.one("#text-input").dyn_into().unwrap();
    assert_eq!(area.value(), "");
    // Blank text typed by hand is empty too.
    m.type_text("  \n\n ").await;
    after_debounce().await;
    assert!(m.maybe("[data-testid=empty-state]").is_some());
    m.click(&m.button("Sample")).await;
    assert!(m.maybe("[data-testid=empty-state]").is_none());
    assert!(m.source_text().starts_with("Donald Trump"));
    let date: HtmlInputElement = m.one("#pub-date").dyn_into().unwrap();
    assert_eq!(date.value(), SAMPLE_DATE);
}

#[wasm_bindgen_test]
async fn changing_the_date_reresolves_at_once() {
    let m = Mounted::new().await;
    m.set_date("2024-01-10").await;
    let a = analysis_of(SAMPLE_TEXT, "2024-01-10");
    assert_eq!(a.publication_date.date, Date::new(2024, 1, 10));
    assert_eq!(shown_dated(&m), expected_dated(&a));
    assert!(m
        .one("#pub-date-hint")
        .text_content()
        .unwrap()
        .contains("Set by you"));
}

/// A text written for this test (not the sample), and the first event the engine dates in it.
const CLICK_TEXT: &str = "Council approves budget\n\nThe city council approved the budget on 12 May 2024. Mayor Ann Lee said the vote was \"a fair deal\". The new rules take effect in 2026.";

#[wasm_bindgen_test]
async fn selecting_an_event_highlights_its_words_and_sentence() {
    let m = Mounted::new().await;
    m.type_text(CLICK_TEXT).await;
    after_debounce().await;
    let a = analysis_of(CLICK_TEXT, SAMPLE_DATE);
    let Some(event) = a.events.first() else {
        // The engine found no event in this text (recognisers not merged yet): nothing to click.
        web_sys::console::log_1(&"SKIP selecting_an_event: the engine returned no events".into());
        return;
    };
    let button = m.one(&format!("[data-testid=event][data-id=\"{}\"]", event.id));
    m.click(&button).await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(button.class_list().contains("is-selected"));
    let selected = m.all("[data-testid=source] .selected");
    assert!(
        !selected.is_empty(),
        "the event's words are marked selected"
    );
    for piece in &selected {
        let ids = piece.get_attribute("data-ids").unwrap();
        assert!(
            ids.split(' ').any(|id| id == event.id),
            "{ids} holds {}",
            event.id
        );
    }
    assert!(!m.all("[data-testid=source] .sentence-selected").is_empty());
    // Clicking again unselects it.
    m.click(&button).await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(m.all("[data-testid=source] .selected").is_empty());
}

#[wasm_bindgen_test]
async fn clicking_highlighted_words_selects_their_item() {
    let m = Mounted::new().await;
    let pieces = m.all("[data-testid=source] [data-ids]");
    let Some(piece) = pieces.first() else {
        web_sys::console::log_1(
            &"SKIP clicking_highlighted_words: the engine returned no items".into(),
        );
        return;
    };
    let ids = piece.get_attribute("data-ids").unwrap();
    let first = ids.split(' ').next().unwrap().to_string();
    m.click(piece).await;
    // Every piece of that item is selected, and only those.
    let selected = m.all("[data-testid=source] .selected");
    assert!(!selected.is_empty());
    assert!(selected.iter().all(|p| p
        .get_attribute("data-ids")
        .unwrap()
        .split(' ')
        .any(|id| id == first)));
    // Its panel entry (if it has one) is selected too.
    if let Some(entry) = m.maybe(&format!("[data-testid=event][data-id=\"{first}\"], [data-testid=claim][data-id=\"{first}\"], [data-testid=actor][data-id=\"{first}\"]")) {
        assert!(entry.class_list().contains("is-selected"));
    }
    assert!(m.one(".selection-bar").text_content().is_some());
}

#[wasm_bindgen_test]
async fn selecting_the_words_of_a_hidden_event_lists_it() {
    let m = Mounted::new().await;
    let a = analysis_of(SAMPLE_TEXT, SAMPLE_DATE);
    let hidden: Vec<&str> = a
        .events
        .iter()
        .filter(|e| e.class != claimline::analysis::EventClass::Occurrence)
        .map(|e| e.id.as_str())
        .collect();
    let piece = m
        .all("[data-testid=source] [data-ids]")
        .into_iter()
        .find(|p| {
            let ids = p.get_attribute("data-ids").unwrap_or_default();
            ids.split(' ')
                .next()
                .is_some_and(|first| hidden.contains(&first))
        });
    let Some(piece) = piece else {
        web_sys::console::log_1(
            &"SKIP hidden event: no piece whose innermost item is a hidden event".into(),
        );
        return;
    };
    let id = piece
        .get_attribute("data-ids")
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    assert!(
        m.maybe(&format!("[data-testid=event][data-id=\"{id}\"]"))
            .is_none(),
        "hidden before"
    );
    m.click(&piece).await;
    let entry = m.one(&format!("[data-testid=event][data-id=\"{id}\"]"));
    assert!(entry.class_list().contains("is-selected"));
}

async fn press(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_keyboard_moves_between_highlights_and_selects() {
    let m = Mounted::new().await;
    let marks = m.all("[data-testid=source] mark[data-ids]");
    if marks.len() < 2 {
        web_sys::console::log_1(&"SKIP keyboard: fewer than two highlights".into());
        return;
    }
    let article: HtmlElement = m.one("[data-testid=source]").dyn_into().unwrap();
    article.focus().unwrap();
    let active = || gloo::utils::document().active_element().unwrap();
    press(&article, "ArrowRight").await;
    assert!(
        active().is_same_node(Some(&marks[0])),
        "→ from the article focuses the first highlight"
    );
    press(&active(), "ArrowRight").await;
    assert!(active().is_same_node(Some(&marks[1])));
    press(&active(), "ArrowLeft").await;
    assert!(active().is_same_node(Some(&marks[0])));
    press(&active(), "End").await;
    assert!(active().is_same_node(Some(marks.last().unwrap())));
    press(&active(), "Home").await;
    assert!(active().is_same_node(Some(&marks[0])));
    press(&active(), "Enter").await;
    let first = marks[0]
        .get_attribute("data-ids")
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    assert!(
        marks[0].class_list().contains("selected"),
        "Enter selects {first}"
    );
    assert!(m.one(".selection-bar").text_content().is_some());
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_timeline_events_with_one_tab_stop() {
    let m = Mounted::new().await;
    let events = m.all(".timeline-panel [data-testid=event]");
    assert!(events.len() > 2, "the sample has events");
    let stops: Vec<_> = events
        .iter()
        .filter(|e| e.get_attribute("tabindex").as_deref() == Some("0"))
        .collect();
    assert_eq!(stops.len(), 1, "one Tab stop in the timeline");
    let first: HtmlElement = events[0].clone().dyn_into().unwrap();
    first.focus().unwrap();
    let active = || gloo::utils::document().active_element().unwrap();
    press(&first, "ArrowDown").await;
    assert!(active().is_same_node(Some(&events[1])));
    press(&active(), "End").await;
    assert!(active().is_same_node(Some(events.last().unwrap())));
    press(&active(), "Home").await;
    assert!(active().is_same_node(Some(&events[0])));
    assert_eq!(events[0].get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(events[1].get_attribute("tabindex").as_deref(), Some("-1"));
}

#[wasm_bindgen_test]
async fn new_clears_the_text_and_undo_brings_it_back() {
    let m = Mounted::new().await;
    m.click(&m.button("New")).await;
    assert!(m.maybe("[data-testid=empty-state]").is_some());
    let undo = m.one("[data-testid=undo]");
    m.click(&undo).await;
    assert!(m.maybe("[data-testid=empty-state]").is_none());
    let area: HtmlTextAreaElement = m.one("#text-input").dyn_into().unwrap();
    assert_eq!(area.value(), SAMPLE_TEXT);
    assert!(m.maybe("[data-testid=undo-toast]").is_none());
}

#[wasm_bindgen_test]
async fn the_axis_shows_the_timelines_events_and_selects_like_the_list() {
    let m = Mounted::new().await;
    let a = analysis_of(SAMPLE_TEXT, SAMPLE_DATE);
    let view = claimline::view_model::timeline(&a, false);
    let mut expected: Vec<String> = view.dated.iter().map(|&i| a.events[i].id.clone()).collect();
    let mut shown = m.attrs("[data-testid=axis-event]", "data-id");
    expected.sort();
    shown.sort();
    assert_eq!(shown, expected, "Fit all shows every dated event of the list");
    // Zooming in changes the window; Fit all brings it back.
    let start = m.one("[data-testid=axis-plot]").get_attribute("data-start");
    m.click(&m.one("[data-testid=axis-zoom-in]")).await;
    assert_ne!(m.one("[data-testid=axis-plot]").get_attribute("data-start"), start);
    m.click(&m.one("[data-testid=axis-fit]")).await;
    assert_eq!(m.one("[data-testid=axis-plot]").get_attribute("data-start"), start);
    // Clicking an event on the axis selects it in the list too.
    let first = m.one("[data-testid=axis-event]");
    let id = first.get_attribute("data-id").unwrap_or_default();
    m.click(&first).await;
    let listed = m.one(&format!(".timeline-panel [data-testid=event][data-id=\"{id}\"]"));
    assert_eq!(listed.get_attribute("aria-pressed").as_deref(), Some("true"));
    // Lanes by actor: one band per main actor in view.
    m.click(&m.one("[data-testid=axis-lanes]")).await;
    assert!(!m.all("[data-testid=axis-lane]").is_empty());
}

#[wasm_bindgen_test]
async fn kind_chips_hide_their_highlights() {
    let m = Mounted::new().await;
    let before = m.all("[data-testid=source] mark.hl-time").len();
    assert!(before > 0);
    m.click(&m.one("[data-testid=kind-hl-time]")).await;
    assert!(m.all("[data-testid=source] mark.hl-time").is_empty());
    assert!(!m.all("[data-testid=source] mark.hl-actor").is_empty(), "other kinds stay");
    m.click(&m.one("[data-testid=kind-hl-time]")).await;
    assert_eq!(m.all("[data-testid=source] mark.hl-time").len(), before);
}
