//! The app's one reducer: the text, the publication date, the current analysis, the selection.
//!
//! The article box is not a controlled input (docs/ARCHITECTURE.md, "The article box"): a key press only says
//! that the box changed (`Edited`, no text); the box's text is read into `text` once, when the debounce
//! timer fires (`Analyze`) or when something needs it (`SetText`: the box loses the focus, a button, a share
//! link), and the box is written only when the reducer replaces the text (`text_set` is bumped). With 5 MB in
//! the box, a key press then copies nothing between JavaScript and Rust.
//!
//! Components hold no analysis logic: they dispatch `Action`s and render `State`. The analysis runs
//! here, synchronously: at start (so the first render already shows the sample), at once when the date
//! changes, and after a pause in typing (the debounce timer lives in `App` and dispatches `Analyze`). A text
//! of `worker::WORKER_MIN_BYTES` or more becomes a `Job` instead, which `App` hands to the Web Worker; its
//! answer comes back as `WorkerDone` (docs/ARCHITECTURE.md, "Worker").

use super::worker::{self, Job};
use crate::analysis::{analyze, Analysis, Date, EventClass, Options};
use std::ops::Deref;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub const SAMPLE_TEXT: &str = include_str!("../samples/nato-hague-2025.txt");
pub const SAMPLE_DATE: &str = "2025-06-24";
/// Milliseconds of quiet typing before the text is analysed again.
pub const DEBOUNCE_MS: u32 = 250;
/// Said once when the browser will not keep the text.
pub const STORAGE_FAILED: &str = "This browser would not keep your text (storage is full or switched off). It stays on this page until you close it: use “Copy link” or download the JSON to keep it.";

/// An `Rc` compared by address: cheap `PartialEq` for large values handed to components as props.
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Shared<T> {
    pub fn new(value: Rc<T>) -> Self {
        Shared(value)
    }
}
impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}
impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Where the publication date in the date field came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrigin {
    /// The sample article's own date.
    Sample,
    /// Typed or picked by the user.
    User,
}

#[derive(Clone, PartialEq)]
pub struct State {
    /// What is in the editor, as last read from it (see `typed`).
    pub text: AttrValue,
    /// The same text as the JavaScript string it was read from (posted to the worker without a copy through
    /// Rust); `None` when the app set the text.
    pub text_js: Option<JsText>,
    /// The editor holds edits not yet read into `text`.
    pub typed: bool,
    /// The box's text was handed to the worker as a JavaScript string and its Rust copy (the UTF-8 bytes the
    /// worker sends back first, `TextRead`) has not come yet: `text` is the previous text meanwhile.
    pub behind: bool,
    /// Bumped when the reducer replaces the text (sample, New, Undo, a share link, storage): the editor
    /// writes `text` into its box then, and only then.
    pub text_set: u64,
    /// The date field's value: "YYYY-MM-DD" or "" (then a date found in the text is used).
    pub date_input: AttrValue,
    pub date_origin: DateOrigin,
    /// The text the current analysis was computed on (spans are offsets into it).
    pub analysed_text: Shared<str>,
    pub analysis: Shared<Analysis>,
    /// Bumped on every edit; the debounce timer analyses only if no edit came after it.
    pub text_rev: u64,
    /// The editor's text differs from `analysed_text`.
    pub pending: bool,
    /// The id of the selected item (event, claim, actor, timex, attribution or quantity).
    pub selected: Option<AttrValue>,
    /// Bumped when a selection made outside the source asks the source to scroll to its words.
    pub scroll_source: u64,
    /// Bumped when a selection made in the source asks the panels to scroll to the item.
    pub scroll_panels: u64,
    /// UI flag: the timeline lists every event class, not only occurrences.
    pub all_events: bool,
    /// A message from the app itself (a damaged share link, storage unavailable...), shown until dismissed.
    pub app_notice: Option<AttrValue>,
    /// What "New" cleared, while its Undo is offered.
    pub undo: Option<Rc<Kept>>,
    /// What the Undo toast says.
    pub undo_message: AttrValue,
    /// Storage failed once already (its notice is not repeated).
    pub storage_failed: bool,
    /// A long text being analysed in the worker (`analysis` is still the previous one meanwhile).
    pub job: Option<Job>,
    /// The id of the last job made.
    pub job_seq: u64,
}

/// A JavaScript string (the article box's value), held as a handle: reading it into Rust is a copy (see `text`).
#[derive(Clone, Debug)]
pub struct JsText(pub wasm_bindgen::JsValue);

impl PartialEq for JsText {
    fn eq(&self, other: &Self) -> bool {
        // JavaScript's `===`: a handle and its clone are the same string (no look at the contents).
        self.0 == other.0
    }
}

/// The article box's text, as `editor::read_box` read it.
#[derive(Clone, Debug)]
pub enum BoxText {
    /// Copied into Rust, with the JavaScript string it came from.
    Copied(String, JsText),
    /// A long text (at least `worker::WORKER_MIN_BYTES` UTF-16 units, so at least as many UTF-8 bytes), not
    /// copied: copying 5 MB from JavaScript into Rust is a character loop of 100-400 ms on the main thread.
    /// The worker gets the string itself and sends its UTF-8 bytes back (a memory copy).
    Long(JsText),
}

/// A text and its date, as kept in storage, carried by a share link, or held for an Undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub text: AttrValue,
    pub date_input: AttrValue,
    pub date_origin: DateOrigin,
}

pub enum Action {
    /// The editor's box changed (a key, a paste): its text is read later (analysed after the debounce).
    Edited,
    /// The editor's text as it is now, read from the box (the box lost the focus, or a button needs it).
    SetText(String, Option<JsText>),
    /// The debounce timer for edit `rev` fired, with the box's text read then.
    Analyze { rev: u64, text: Option<BoxText> },
    /// The worker sent back the text of job `job` as UTF-8 (before its analysis).
    TextRead { job: u64, text: Rc<str> },
    /// The date field changed: analyse at once.
    SetDate(String),
    /// Restore the sample article and its date.
    LoadSample,
    /// Empty the editor.
    Clear,
    /// Select an item (`None` clears). `from_source`: the click came from the source text.
    Select {
        id: Option<String>,
        from_source: bool,
    },
    /// Show every event class on the timeline, or only occurrences.
    ShowAllEvents(bool),
    /// Replace the text and date (from a share link or storage) and analyse at once.
    Load(Kept),
    /// Open a share link's text and date (the address changed while the app was open); the text it replaces
    /// is offered back with an Undo.
    OpenShared(Kept),
    /// Bring back what "New" cleared.
    Undo,
    /// Forget the Undo (its toast was dismissed).
    DismissUndo,
    /// Show an app notice (replacing any other).
    Notify(String),
    /// Hide the app notice.
    DismissNotice,
    /// Saving to storage failed: say so once.
    StorageFailed,
    /// The worker's analysis of job `job` (ignored unless it is the job in progress).
    WorkerDone { job: u64, analysis: Rc<Analysis> },
    /// The worker could not analyse job `job`: analyse it on the main thread.
    WorkerFailed(u64),
}

impl State {
    /// The app as it opens: the sample, analysed.
    pub fn initial() -> State {
        State::start(
            Kept {
                text: AttrValue::Static(SAMPLE_TEXT),
                date_input: AttrValue::Static(SAMPLE_DATE),
                date_origin: DateOrigin::Sample,
            },
            None,
            None,
        )
    }

    /// The app as it opens on a kept or shared text (analysed), with an optional app notice. `replaced`: the
    /// text kept in this browser that a share link replaced (offered back with an Undo).
    pub fn start(kept: Kept, notice: Option<String>, replaced: Option<Kept>) -> State {
        let text: Rc<str> = Rc::from(kept.text.as_str());
        let mut s = State {
            text: AttrValue::Rc(text.clone()),
            date_input: kept.date_input,
            date_origin: kept.date_origin,
            text_js: None,
            typed: false,
            behind: false,
            text_set: 0,
            analysed_text: Shared::new(text),
            analysis: Shared::new(Rc::new(analyze("", &Options::default()))),
            text_rev: 0,
            pending: false,
            selected: None,
            scroll_source: 0,
            scroll_panels: 0,
            all_events: false,
            app_notice: notice.map(AttrValue::from),
            undo: replaced.map(Rc::new),
            undo_message: AttrValue::Static("A shared article replaced the text you had here."),
            storage_failed: false,
            job: None,
            job_seq: 0,
        };
        s.reanalyse();
        s
    }

    /// The text and date as they are now.
    pub fn kept(&self) -> Kept {
        Kept {
            text: self.text.clone(),
            date_input: self.date_input.clone(),
            date_origin: self.date_origin,
        }
    }

    /// The reducer replaces the editor's text (the box is written).
    fn replace_text(&mut self, text: AttrValue) {
        self.text = text;
        self.text_js = None;
        self.typed = false;
        self.behind = false;
        self.text_set += 1;
    }

    /// Takes the text read from the box; `true` when it differs from `text`.
    fn take_read(&mut self, text: String, js: Option<JsText>) -> bool {
        self.typed = false;
        self.behind = false;
        if text.as_str() == self.text.as_str() {
            if self.text_js.is_none() {
                self.text_js = js;
            }
            return false;
        }
        self.text = AttrValue::Rc(Rc::from(text));
        self.text_js = js;
        true
    }

    fn load(&mut self, kept: Kept) {
        self.replace_text(kept.text);
        self.date_input = kept.date_input;
        self.date_origin = kept.date_origin;
        self.text_rev += 1;
        self.selected = None;
        self.reanalyse();
    }

    pub fn options(&self) -> Options {
        Options {
            publication_date: Date::parse_iso(&self.date_input),
        }
    }

    /// Analyses the editor's text now, keeping the selection if its item still exists. A long text goes to
    /// the worker instead (a new job, which supersedes any older one): the previous analysis stays until its
    /// answer comes (`WorkerDone`).
    fn reanalyse(&mut self) {
        let text: Rc<str> = match &self.text {
            AttrValue::Rc(rc) => rc.clone(),
            other => Rc::from(other.as_str()),
        };
        if text.len() >= worker::WORKER_MIN_BYTES && worker::available() {
            self.job_seq += 1;
            self.job = Some(Job {
                id: self.job_seq,
                len: text.len(),
                text: Some(text),
                js: self.text_js.clone(),
                date: self.date_input.clone(),
            });
            self.pending = true;
            return;
        }
        self.job = None;
        let analysis = analyze(&text, &self.options());
        self.show(text, Rc::new(analysis));
    }

    /// Analyses on the main thread (the worker failed): the state's text, or, when the state is behind the
    /// box, the string the job was made of (copied into Rust here).
    fn analyse_here(&mut self, js: Option<JsText>) {
        if self.behind {
            if let Some(text) = js.as_ref().and_then(|j| j.0.as_string()) {
                self.text = AttrValue::Rc(Rc::from(text));
                self.text_js = js;
            }
            self.behind = false;
        }
        let text: Rc<str> = match &self.text {
            AttrValue::Rc(rc) => rc.clone(),
            other => Rc::from(other.as_str()),
        };
        let analysis = analyze(&text, &self.options());
        self.show(text, Rc::new(analysis));
    }

    /// Shows `analysis` of `text`, keeping the selection if its item still exists.
    fn show(&mut self, text: Rc<str>, analysis: Rc<Analysis>) {
        if let Some(sel) = &self.selected {
            if !item_exists(&analysis, sel) {
                self.selected = None;
            }
        }
        self.pending = self.typed || self.text.as_str() != &*text;
        self.analysed_text = Shared::new(text);
        self.analysis = Shared::new(analysis);
    }

    /// The box holds a text the state has not read yet (read it before using `text`: `editor` does).
    pub fn unread(&self) -> bool {
        self.typed || self.behind
    }

    /// A long text handed to the worker as it is in the box (`BoxText::Long`): a job without its Rust copy.
    fn send_long(&mut self, js: JsText) {
        self.typed = false;
        self.behind = true;
        self.job_seq += 1;
        let len =
            js.0.dyn_ref::<js_sys::JsString>()
                .map_or(0, |s| s.length() as usize);
        self.job = Some(Job {
            id: self.job_seq,
            text: None,
            len,
            js: Some(js),
            date: self.date_input.clone(),
        });
        self.pending = true;
    }

    pub fn is_empty(&self) -> bool {
        self.analysed_text.trim().is_empty()
    }
}

/// Whether `id` names an item of the analysis.
pub fn item_exists(a: &Analysis, id: &str) -> bool {
    a.events.iter().any(|x| x.id == id)
        || a.claims.iter().any(|x| x.id == id)
        || a.actors.iter().any(|x| x.id == id)
        || a.timexes.iter().any(|x| x.id == id)
        || a.attributions.iter().any(|x| x.id == id)
        || a.quantities.iter().any(|x| x.id == id)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edited => {
                let mut s = (*self).clone();
                s.typed = true;
                s.text_rev += 1;
                s.pending = true;
                s.undo = None;
                Rc::new(s)
            }
            Action::SetText(text, js) => {
                if !self.unread() && text.as_str() == self.text.as_str() {
                    return self;
                }
                let mut s = (*self).clone();
                // The job in the worker is for this very string (its bytes are on their way): it is read.
                let same_job = s
                    .job
                    .as_ref()
                    .is_some_and(|j| j.text.is_none() && js.is_some() && j.js == js);
                if same_job {
                    let rc: Rc<str> = Rc::from(text);
                    if let Some(j) = s.job.as_mut() {
                        j.len = rc.len();
                        j.text = Some(rc.clone());
                    }
                    s.text = AttrValue::Rc(rc);
                    s.text_js = js;
                    s.typed = false;
                    s.behind = false;
                    return Rc::new(s);
                }
                if s.take_read(text, js) {
                    s.text_rev += 1;
                    s.pending = true;
                    s.undo = None;
                } else {
                    // Typed and typed back: pending only if the analysed text (or a job) is another one.
                    s.pending = s.job.is_some() || s.text.as_str() != &*s.analysed_text;
                }
                Rc::new(s)
            }
            Action::Analyze { rev, text } => {
                if rev != self.text_rev || !self.pending {
                    return self;
                }
                let mut s = (*self).clone();
                let changed = match text {
                    Some(BoxText::Copied(text, js)) => s.take_read(text, Some(js)),
                    Some(BoxText::Long(js)) => {
                        // The job in the worker is for this very string and date: let it finish.
                        let running = s
                            .job
                            .as_ref()
                            .is_some_and(|j| j.date == s.date_input && j.js.as_ref() == Some(&js));
                        if running {
                            s.typed = false;
                        } else {
                            s.send_long(js);
                        }
                        return Rc::new(s);
                    }
                    None => false,
                };
                // The job in the worker is for this very text and date (a long text the app loaded): let it
                // finish rather than start it again.
                let running = s.job.as_ref().is_some_and(|j| {
                    j.date == s.date_input && j.text.as_deref() == Some(s.text.as_str())
                });
                if !changed && running {
                    return Rc::new(s);
                }
                s.reanalyse();
                Rc::new(s)
            }
            Action::SetDate(date) => {
                if date.as_str() == self.date_input.as_str() && !self.pending {
                    return self;
                }
                let mut s = (*self).clone();
                s.date_input = AttrValue::Rc(Rc::from(date));
                s.date_origin = DateOrigin::User;
                s.reanalyse();
                Rc::new(s)
            }
            Action::LoadSample => {
                let mut s = (*self).clone();
                s.replace_text(AttrValue::Static(SAMPLE_TEXT));
                s.date_input = AttrValue::Static(SAMPLE_DATE);
                s.date_origin = DateOrigin::Sample;
                s.text_rev += 1;
                s.selected = None;
                s.reanalyse();
                Rc::new(s)
            }
            Action::Clear => {
                let mut s = (*self).clone();
                if !s.text.is_empty() {
                    s.undo = Some(Rc::new(s.kept()));
                    s.undo_message = AttrValue::Static("The text was cleared.");
                }
                s.replace_text(AttrValue::Static(""));
                // The sample's date belongs to the sample; a date the user chose is kept.
                if s.date_origin == DateOrigin::Sample {
                    s.date_input = AttrValue::Static("");
                }
                s.text_rev += 1;
                s.selected = None;
                s.reanalyse();
                Rc::new(s)
            }
            Action::Load(kept) => {
                let mut s = (*self).clone();
                s.undo = None;
                s.load(kept);
                Rc::new(s)
            }
            Action::OpenShared(kept) => {
                let mut s = (*self).clone();
                let mine = s.kept();
                let differs = !mine.text.trim().is_empty() && mine.text != kept.text;
                s.undo = differs.then(|| Rc::new(mine));
                s.undo_message =
                    AttrValue::Static("A shared article replaced the text you had here.");
                s.load(kept);
                Rc::new(s)
            }
            Action::Undo => {
                let Some(kept) = self.undo.clone() else {
                    return self;
                };
                let mut s = (*self).clone();
                s.undo = None;
                s.load((*kept).clone());
                Rc::new(s)
            }
            Action::DismissUndo => {
                if self.undo.is_none() {
                    return self;
                }
                let mut s = (*self).clone();
                s.undo = None;
                Rc::new(s)
            }
            Action::Notify(message) => {
                let mut s = (*self).clone();
                s.app_notice = Some(AttrValue::from(message));
                Rc::new(s)
            }
            Action::DismissNotice => {
                if self.app_notice.is_none() {
                    return self;
                }
                let mut s = (*self).clone();
                s.app_notice = None;
                Rc::new(s)
            }
            Action::StorageFailed => {
                if self.storage_failed {
                    return self;
                }
                let mut s = (*self).clone();
                s.storage_failed = true;
                s.app_notice = Some(AttrValue::from(STORAGE_FAILED));
                Rc::new(s)
            }
            Action::TextRead { job, text } => {
                if self
                    .job
                    .as_ref()
                    .is_none_or(|j| j.id != job || j.text.is_some())
                {
                    return self;
                }
                let mut s = (*self).clone();
                if let Some(j) = s.job.as_mut() {
                    j.len = text.len();
                    j.text = Some(text.clone());
                }
                if s.behind {
                    s.behind = false;
                    s.text_js = s.job.as_ref().and_then(|j| j.js.clone());
                    s.text = AttrValue::Rc(text);
                }
                Rc::new(s)
            }
            Action::WorkerDone { job, analysis } => {
                let Some(current) = self.job.clone().filter(|j| j.id == job) else {
                    return self;
                };
                let mut s = (*self).clone();
                s.job = None;
                match current.text {
                    Some(text) => s.show(text, analysis),
                    // No text came back (it always comes before the answer): analyse here.
                    None => s.analyse_here(current.js),
                }
                Rc::new(s)
            }
            Action::WorkerFailed(job) => {
                if self.job.as_ref().map(|j| j.id) != Some(job) {
                    return self;
                }
                let mut s = (*self).clone();
                // `worker::available()` is now false (the runner marked it failed) or the worker could not
                // start: analyse here.
                let js = s.job.take().and_then(|j| j.js);
                s.analyse_here(js);
                Rc::new(s)
            }
            Action::ShowAllEvents(all) => {
                if all == self.all_events {
                    return self;
                }
                let mut s = (*self).clone();
                s.all_events = all;
                Rc::new(s)
            }
            Action::Select { id, from_source } => {
                let id = id.filter(|id| item_exists(&self.analysis, id));
                if id.as_deref() == self.selected.as_deref() {
                    return self;
                }
                let mut s = (*self).clone();
                // An event the timeline hides by default (reported speech, a state, quoted words) is
                // listed once it is selected, so that the selection always shows in its panel.
                let hidden_event = id.as_deref().is_some_and(|id| {
                    s.analysis
                        .events
                        .iter()
                        .any(|e| e.id == id && e.class != EventClass::Occurrence)
                });
                if hidden_event {
                    s.all_events = true;
                }
                s.selected = id.map(AttrValue::from);
                if s.selected.is_some() {
                    if from_source {
                        s.scroll_panels += 1;
                    } else {
                        s.scroll_source += 1;
                    }
                }
                Rc::new(s)
            }
        }
    }
}
