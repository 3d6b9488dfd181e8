//! The app's one reducer: the text, the publication date, the current analysis, the selection.
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
    /// What is in the editor now.
    pub text: AttrValue,
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

/// A text and its date, as kept in storage, carried by a share link, or held for an Undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub text: AttrValue,
    pub date_input: AttrValue,
    pub date_origin: DateOrigin,
}

pub enum Action {
    /// The editor's text changed (analysed after the debounce).
    SetText(String),
    /// The debounce timer for edit `rev` fired.
    Analyze(u64),
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

    fn load(&mut self, kept: Kept) {
        self.text = kept.text;
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
                text,
                date: self.date_input.clone(),
            });
            self.pending = true;
            return;
        }
        self.job = None;
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
        self.pending = self.text.as_str() != &*text;
        self.analysed_text = Shared::new(text);
        self.analysis = Shared::new(analysis);
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
            Action::SetText(text) => {
                if text.as_str() == self.text.as_str() {
                    return self;
                }
                let mut s = (*self).clone();
                s.text = AttrValue::Rc(Rc::from(text));
                s.text_rev += 1;
                s.pending = true;
                s.undo = None;
                Rc::new(s)
            }
            Action::Analyze(rev) => {
                if rev != self.text_rev || !self.pending {
                    return self;
                }
                let mut s = (*self).clone();
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
                s.text = AttrValue::Static(SAMPLE_TEXT);
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
                s.text = AttrValue::Static("");
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
            Action::WorkerDone { job, analysis } => {
                let Some(current) = self.job.clone().filter(|j| j.id == job) else {
                    return self;
                };
                let mut s = (*self).clone();
                s.job = None;
                s.show(current.text, analysis);
                Rc::new(s)
            }
            Action::WorkerFailed(job) => {
                if self.job.as_ref().map(|j| j.id) != Some(job) {
                    return self;
                }
                let mut s = (*self).clone();
                // `worker::available()` is now false (the runner marked it failed) or the worker could not
                // start: analyse here.
                s.job = None;
                let text: Rc<str> = Rc::from(s.text.as_str());
                let analysis = analyze(&text, &s.options());
                s.show(text, Rc::new(analysis));
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
