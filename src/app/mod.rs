//! The Yew app: one reducer (`state`), small components that render it and dispatch actions.
//!
//! Pasted text is only ever rendered as text nodes, never as HTML.

pub mod actors;
pub mod axis;
pub mod bench;
pub mod claims;
pub mod editor;
pub mod keep;
pub mod notices;
pub mod source;
pub mod state;
pub mod timeline;
pub mod toolbar;
pub mod worker;

use crate::view_model;
use gloo::timers::callback::Timeout;
use state::{Action, Shared, State, DEBOUNCE_MS};
use std::collections::HashSet;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What every component may use to change the state.
pub type Dispatch = UseReducerDispatcher<State>;

/// The selection as the panels need it: the selected id and the ids related to it.
#[derive(Clone, PartialEq)]
pub struct Selection {
    pub id: Option<AttrValue>,
    pub related: Shared<HashSet<String>>,
}

impl Selection {
    pub fn is(&self, id: &str) -> bool {
        self.id.as_deref() == Some(id)
    }
    pub fn is_related(&self, id: &str) -> bool {
        self.related.contains(id)
    }
    /// Classes for a panel item.
    pub fn classes(&self, id: &str) -> Classes {
        classes!(
            self.is(id).then_some("is-selected"),
            self.is_related(id).then_some("is-related")
        )
    }
}

/// A callback that toggles the selection of `id` (panel buttons are toggle buttons).
pub fn select_callback(
    dispatch: &Dispatch,
    selection: &Selection,
    id: &str,
) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    let already = selection.is(id);
    let id = id.to_string();
    Callback::from(move |_: MouseEvent| {
        dispatch.dispatch(Action::Select {
            id: if already { None } else { Some(id.clone()) },
            from_source: false,
        })
    })
}

#[function_component(App)]
pub fn app() -> Html {
    // A share link in the URL, else the text kept in this browser, else the sample.
    let state = use_reducer(|| {
        let (kept, notice, replaced) = keep::startup();
        State::start(kept, notice, replaced)
    });
    let dispatch = state.dispatcher();
    // The article box: uncontrolled (src/app/editor.rs); the debounce timer reads it.
    let area = use_node_ref();

    // A share link pasted into the address bar of the open app (a fragment change, no reload) opens too.
    {
        let (dispatch, area) = (dispatch.clone(), area.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "hashchange", move |_| {
                    match keep::read_changed_fragment() {
                        Ok(Some(kept)) => {
                            // The text it replaces is offered back: read the box first.
                            if let Some(state::BoxText::Copied(text, js)) =
                                editor::read_box(&area, true)
                            {
                                dispatch.dispatch(Action::SetText(text, Some(js)));
                            }
                            dispatch.dispatch(Action::OpenShared(kept))
                        }
                        Ok(None) => {}
                        Err(msg) => dispatch.dispatch(Action::Notify(msg)),
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Keep the analysed text and its date in this browser (a reload finds them). A refusal (storage full,
    // blocked) is said once; the text stays in the page. A long text is kept when the worker's analysis comes,
    // not when its job is made: writing 1 MB to storage is itself a long task (measured: docs/PERFORMANCE.md).
    {
        let dispatch = dispatch.clone();
        let deps = (state.analysed_text.clone(), state.date_input.clone());
        use_effect_with(deps, move |(text, date)| {
            if text.len() > keep::KEEP_MAX_BYTES {
                dispatch.dispatch(Action::Notify(keep::too_long_to_keep(text.len())));
            } else if !keep::save_kept(text, date) {
                dispatch.dispatch(Action::StorageFailed);
            }
        });
    }

    // Debounce: analyse 250 ms after the last edit; a newer edit replaces (cancels) the older timer. The box's
    // text is read here, once per pause in typing (not on every key). The first key after a read dispatches
    // `Edited` (a new `text_rev` starts the timer); the keys after it only start the timer again (`on_key`),
    // without a render of the App.
    let debounce = use_mut_ref(|| None::<Timeout>);
    let start_timer = {
        let (dispatch, area, debounce) = (dispatch.clone(), area.clone(), debounce.clone());
        move |rev: u64| {
            let (dispatch, area) = (dispatch.clone(), area.clone());
            *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                // A long text goes to the worker as the box's string (not copied into Rust here).
                let text = editor::read_box(&area, !worker::available());
                dispatch.dispatch(Action::Analyze { rev, text });
            }));
        }
    };
    {
        let (start_timer, debounce) = (start_timer.clone(), debounce.clone());
        let pending = state.pending;
        use_effect_with(state.text_rev, move |rev| {
            if pending {
                start_timer(*rev);
            } else {
                debounce.borrow_mut().take();
            }
        });
    }
    let on_key = use_callback(state.text_rev, move |_: (), rev| start_timer(*rev));
    // A long text's analysis runs in the worker: each new job goes there (superseding an older one); no job
    // (a short text was analysed at once) stops a running one.
    let runner = use_mut_ref(worker::Runner::default);
    {
        let (dispatch, runner) = (dispatch.clone(), runner.clone());
        use_effect_with(state.job.clone(), move |job| match job {
            Some(job) => runner.borrow_mut().run(job, &dispatch),
            None => runner.borrow_mut().cancel(),
        });
    }
    // The first edit that makes the box long starts the worker at once, so that the debounce only posts the job
    // (starting a worker is tens of milliseconds of main-thread work on a loaded machine).
    let on_long = {
        let dispatch = dispatch.clone();
        use_callback((), move |_: (), _| runner.borrow_mut().warm(&dispatch))
    };
    // The progress bar of a long analysis slides its fill with an animation of `transform` only, which Chromium
    // runs on the compositor. (The native indeterminate `<progress>` is repainted on the main thread every frame:
    // beside a 5 MB textarea that cost 70-500 ms a frame, so a key waited 150 ms; measured in
    // docs/PERFORMANCE.md, "Worker".)
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with(state.job.as_ref().map(|j| j.id), move |job| {
            if job.is_some() {
                if let Some(el) = bar.get() {
                    slide(&el);
                }
            }
        });
    }
    // A selection made in a panel scrolls the source to its words.
    use_effect_with(state.scroll_source, |n| {
        if *n > 0 {
            scroll_to(
                "[data-testid=source] .selected",
                web_sys::ScrollLogicalPosition::Center,
            );
        }
    });
    // A selection made in the source scrolls the side panels to the item (wide screens, where they sit
    // beside the source).
    use_effect_with(state.scroll_panels, |n| {
        let wide = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w >= 960.0);
        if *n > 0 && wide {
            scroll_to(
                ".side .is-selected",
                web_sys::ScrollLogicalPosition::Nearest,
            );
        }
    });

    let related = {
        let deps = (state.analysis.clone(), state.selected.clone());
        use_memo(deps, |(analysis, selected)| match selected {
            Some(id) => view_model::related(analysis, id),
            None => HashSet::new(),
        })
    };
    let selection = Selection {
        id: state.selected.clone(),
        related: Shared::new(related),
    };
    let sentences = {
        let deps = (state.analysis.clone(), state.selected.clone());
        use_memo(deps, |(analysis, selected)| match selected {
            Some(id) => view_model::selected_sentences(analysis, id),
            None => Vec::new(),
        })
    };

    let analysis = state.analysis.clone();
    let empty = state.is_empty();
    // Once per analysed text, not on every render (a text without line breaks is all headline).
    let headline = use_memo(state.analysed_text.clone(), |text| {
        AttrValue::from(view_model::headline(text).to_string())
    });
    // A large result (a long text's) is drawn over several tasks, one side panel more per task, so that
    // no task of the render goes over 50 ms (issue 7); a short text's at once.
    let stage = {
        let stage = use_state(|| STAGES);
        let seen = use_mut_ref(|| analysis.clone());
        // A new large result: this render draws step 0 (the source), and the state follows.
        let mut fresh = false;
        if *seen.borrow() != analysis {
            *seen.borrow_mut() = analysis.clone();
            if is_large(&analysis) && *stage != 0 {
                stage.set(0);
                fresh = true;
            }
        }
        {
            let stage = stage.clone();
            use_effect_with(*stage, move |now| {
                let now = *now;
                let timer = (now < STAGES).then(|| Timeout::new(0, move || stage.set(now + 1)));
                move || drop(timer)
            });
        }
        if fresh {
            0
        } else if is_large(&analysis) {
            *stage
        } else {
            STAGES
        }
    };
    let drawing = |what: &str| {
        html! { <section class="panel panel-drawing" aria-busy="true" data-testid="drawing"><p class="hint">{ format!("Drawing the {what}…") }</p></section> }
    };
    let described = state
        .selected
        .as_ref()
        .and_then(|id| view_model::describe(&analysis, id));
    let explained = state
        .selected
        .as_ref()
        .and_then(|id| view_model::explain(&analysis, id));
    let clear_selection = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Select {
                id: None,
                from_source: false,
            })
        })
    };
    let undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Undo))
    };
    let dismiss_undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DismissUndo))
    };
    let dismiss_notice = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DismissNotice))
    };
    let load_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::LoadSample))
    };

    html! {
        <ContextProvider<Dispatch> context={dispatch.clone()}>
            <a class="skip-link" href="#results">{ "Skip to the results" }</a>
            <header class="app-header">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{ "◆" }</span>
                    <h1>{ "Claimline" }</h1>
                </div>
                <p class="tagline">
                    { "Paste a news article: see its timeline, its claims and who is involved, each tied to the exact words. Everything runs in your browser." }
                </p>
            </header>
            <main class="layout">
                if !empty && stage >= 4 {
                    <axis::Axis analysis={analysis.clone()} selection={selection.clone()} all={state.all_events} />
                }
                <div class="col-main">
                    <editor::Editor
                        text={state.text.clone()}
                        text_set={state.text_set}
                        unread={state.unread()}
                        typed={state.typed}
                        area={area.clone()}
                        on_key={on_key}
                        on_long={on_long}
                        date_input={state.date_input.clone()}
                        date_origin={state.date_origin}
                        analysis={analysis.clone()}
                        pending={state.pending}
                    />
                    <toolbar::Toolbar
                        text={state.text.clone()}
                        date_input={state.date_input.clone()}
                        analysed_text={state.analysed_text.clone()}
                        analysis={analysis.clone()}
                    />
                    if let Some(job) = state.job.as_ref() {
                        <div class="notice analysing" role="status" data-testid="analysing">
                            <span class="analysing-bar" role="progressbar" aria-label="Analysis in progress" data-testid="analysing-bar"
                                style="display:inline-block;flex:none;width:6rem;height:0.45rem;margin-top:0.45rem;overflow:hidden;border-radius:3px;background:var(--line)">
                                <span ref={bar.clone()} style="display:block;width:40%;height:100%;border-radius:3px;background:var(--accent)"></span>
                            </span>
                            <span>{ match job.text {
                                // Its size in bytes once the worker has sent the text back (a moment).
                                Some(_) => format!("Analysing {}…", worker::size_label(job.len)),
                                None => "Analysing the text…".to_string(),
                            } }</span>
                            <span class="hint">{ " The results below are from the previous text until it is done." }</span>
                        </div>
                    }
                    if let Some(msg) = state.app_notice.clone() {
                        <div class="notice notice-warning app-notice" role="alert" data-testid="app-notice">
                            <span class="notice-icon" aria-hidden="true">{ "!" }</span>
                            <span class="app-notice-text">{ msg }</span>
                            <button type="button" class="btn btn-small" onclick={dismiss_notice}>{ "Dismiss" }</button>
                        </div>
                    }
                    <notices::Notices analysis={analysis.clone()} />
                    if empty {
                        <section class="panel empty-state" data-testid="empty-state" aria-labelledby="empty-h" id="results">
                            <h2 id="empty-h">{ "Nothing to read yet" }</h2>
                            <p>{ "Paste or type an article in the box above. Claimline will find its dates, events, quotations, numbers and the people and organisations it names, and show where each one comes from." }</p>
                            <p>{ "Set the date it was published so that words like “Tuesday” or “last year” land on the right day." }</p>
                            <button type="button" class="btn" onclick={load_sample}>{ "Try the sample article" }</button>
                        </section>
                    } else {
                        <source::Source
                            text={state.analysed_text.clone()}
                            analysis={analysis.clone()}
                            selection={selection.clone()}
                            sentences={Shared::new(sentences)}
                        />
                    }
                </div>
                if !empty {
                    <div class="side" id="results" tabindex="-1">
                        if let Some(d) = described {
                            <div class="selection-bar" role="status">
                                <span class="selection-text">
                                    <span class="selection-what">{ d }</span>
                                    if let Some(why) = explained.clone() {
                                        <span class="selection-why">{ why }</span>
                                    }
                                </span>
                                <button type="button" class="btn btn-small" onclick={clear_selection}>{ "Clear selection" }</button>
                            </div>
                        }
                        if stage >= 1 {
                            <timeline::Timeline analysis={analysis.clone()} selection={selection.clone()} all={state.all_events} />
                        } else {
                            { drawing("timeline") }
                        }
                        if stage >= 2 {
                            <claims::Claims analysis={analysis.clone()} selection={selection.clone()} headline={(*headline).clone()} />
                        } else {
                            { drawing("claims") }
                        }
                        if stage >= 3 {
                            <actors::Actors analysis={analysis.clone()} selection={selection.clone()} />
                        } else {
                            { drawing("actors") }
                        }
                    </div>
                }
            </main>
            if state.undo.is_some() {
                <div class="toast" role="status" data-testid="undo-toast">
                    <span>{ state.undo_message.clone() }</span>
                    <button type="button" class="btn btn-small" data-testid="undo" onclick={undo}>{ "Undo" }</button>
                    <button type="button" class="btn btn-small btn-quiet" aria-label="Dismiss" onclick={dismiss_undo}>{ "×" }</button>
                </div>
            }
            <footer class="app-footer">
                <p>{ "Claimline reads the text with documented rules; every highlight says which rule found it. Nothing you paste leaves this page." }</p>
            </footer>
        </ContextProvider<Dispatch>>
    }
}

/// The side panels are drawn in this many steps after a large result arrives (source first, then the
/// timeline, the claims, the actors, the axis).
const STAGES: usize = 4;

/// A result large enough to draw in steps: more items than a few pages of the lists.
fn is_large(a: &crate::analysis::Analysis) -> bool {
    a.events.len() + a.claims.len() > 4 * view_model::paging::LIST_PAGE
}

/// Starts the endless slide of a progress bar's fill (Web Animations, through `js_sys`: no web-sys feature
/// for it), unless the user asked for reduced motion. Any failure leaves the fill still.
fn slide(el: &web_sys::Node) {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::JsValue;
    let Some(w) = web_sys::window() else { return };
    let reduced = Reflect::get(&w, &"matchMedia".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&w, &"(prefers-reduced-motion: reduce)".into()).ok())
        .and_then(|q| Reflect::get(&q, &"matches".into()).ok())
        .and_then(|m| m.as_bool())
        .unwrap_or(false);
    if reduced {
        return;
    }
    let Some(animate) = Reflect::get(el, &"animate".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    let frame = |x: &str| {
        let o = Object::new();
        let _ = Reflect::set(&o, &"transform".into(), &JsValue::from_str(x));
        JsValue::from(o)
    };
    let frames = Array::of2(&frame("translateX(-100%)"), &frame("translateX(250%)"));
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"duration".into(), &JsValue::from_f64(1400.0));
    let _ = Reflect::set(
        &opts,
        &"iterations".into(),
        &JsValue::from_f64(f64::INFINITY),
    );
    let _ = Reflect::set(&opts, &"direction".into(), &"alternate".into());
    let _ = Reflect::set(&opts, &"easing".into(), &"ease-in-out".into());
    let _ = animate.call2(el, &frames, &opts);
}

/// Scrolls the first element matching `selector` into view.
fn scroll_to(selector: &str, block: web_sys::ScrollLogicalPosition) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(Some(el)) = doc.query_selector(selector) else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    // At once, not smoothly: the words are in view as soon as the selection shows (and for reduced motion).
    opts.set_behavior(web_sys::ScrollBehavior::Instant);
    opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// The element an event happened on, as an `Element`.
pub fn event_element(e: &Event) -> Option<web_sys::Element> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// A list drawn one page of `LIST_PAGE` items at a time (issue 7: a 1 MB text has 11,000 events): the
/// page shown, and a callback to show another. The page goes back to the first when `reset` changes
/// (a new analysis, another filter), and to the page holding the selection when the selection changes
/// to an item (`selected`: its position in the list) that is not on the page shown.
#[hook]
pub fn use_list_page<K: PartialEq + Clone + 'static>(
    total: usize,
    selected_id: Option<AttrValue>,
    selected: Option<usize>,
    reset: K,
) -> (view_model::paging::Page, Callback<usize>) {
    use view_model::paging::{Page, LIST_PAGE};
    let index = use_mut_ref(|| 0usize);
    let seen = use_mut_ref(|| (reset.clone(), selected_id.clone()));
    let force = use_force_update();
    {
        let mut seen = seen.borrow_mut();
        if seen.0 != reset {
            *index.borrow_mut() = 0;
            seen.0 = reset;
            seen.1 = None;
        }
        if seen.1 != selected_id {
            seen.1 = selected_id;
            let page = Page::of(total, LIST_PAGE, *index.borrow());
            if let Some(pos) = selected.filter(|p| *p < page.start || *p >= page.end) {
                *index.borrow_mut() = Page::holding(total, LIST_PAGE, pos).index;
            }
        }
    }
    let page = Page::of(total, LIST_PAGE, *index.borrow());
    let go = Callback::from(move |to: usize| {
        *index.borrow_mut() = to;
        force.force_update();
    });
    (page, go)
}

/// The bar under a cut list: which items are shown, and buttons for the pages before and after.
pub fn pager(
    page: view_model::paging::Page,
    go: &Callback<usize>,
    what: &str,
    testid: &str,
) -> Html {
    if !page.is_cut() {
        return html! {};
    }
    let to = |index: usize| {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go.emit(index))
    };
    let next_n = if page.has_next() {
        view_model::paging::LIST_PAGE.min(page.total - page.end)
    } else {
        view_model::paging::LIST_PAGE
    };
    html! {
        <nav class="pager" data-testid={testid.to_string()} aria-label={format!("Pages of {what}")}>
            <span class="pager-label" data-testid="pager-label">{ format!("Showing {} {what}", page.label()) }</span>
            <button type="button" class="btn btn-small" data-testid="pager-first" disabled={!page.has_prev()} onclick={to(0)}>{ "First" }</button>
            <button type="button" class="btn btn-small" data-testid="pager-prev" disabled={!page.has_prev()} onclick={to(page.index.saturating_sub(1))}>{ format!("◀ Previous {}", view_model::paging::LIST_PAGE) }</button>
            <button type="button" class="btn btn-small" data-testid="pager-next" disabled={!page.has_next()} onclick={to(page.index + 1)}>{ format!("Next {next_n} ▶") }</button>
            <button type="button" class="btn btn-small" data-testid="pager-last" disabled={!page.has_next()} onclick={to(page.count - 1)}>{ "Last" }</button>
        </nav>
    }
}
