//! Long texts are analysed in a Web Worker, so that the page never freezes (docs/ARCHITECTURE.md, "Worker").
//!
//! The worker (src/app/worker.js, copied to dist/ by trunk) runs the same wasm module as the page: no second
//! copy of the engine is downloaded or compiled. The page hands it the module and the URL of the glue once,
//! then one job at a time; a newer job supersedes an older one (the busy worker is terminated and a fresh
//! one started). The answer comes back as the binary parts of `crate::wire`, decoded here a few
//! milliseconds at a time between frames, so that no main-thread task is long.

use super::state::{Action, JsText};
use super::Dispatch;
use crate::analysis::{analyze, Analysis, Date, Options};
use gloo::timers::callback::Timeout;
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::AttrValue;

/// Texts of at least this many bytes are analysed in the worker; shorter ones at once on the main thread.
/// Chosen by measurement (docs/PERFORMANCE.md, "Worker"): in Chromium on the 2-core machine under load the
/// analysis costs about 4–5 ms per KB, so 8 KB (a long news article) stays near 40 ms, under the 50 ms of a
/// long task; most articles (2–8 KB) still analyse at once, with no progress flash.
pub const WORKER_MIN_BYTES: usize = 8 * 1024;

/// Bytes per part of the answer: one part decodes in about a millisecond.
const PART_BYTES: usize = 64 * 1024;

/// Milliseconds of decoding per main-thread task before yielding to the browser.
const SLICE_MS: f64 = 8.0;

#[wasm_bindgen]
extern "C" {
    /// The URL of the wasm-bindgen glue this module was loaded by (the worker imports the same file).
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static GLUE_URL: String;
}

thread_local! {
    /// Set when the worker failed (it cannot start, or it answered with an error): analyse on the main thread.
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

/// Whether long texts go to a worker: in a page (not in the worker itself), unless the worker failed.
pub fn available() -> bool {
    !FAILED.with(Cell::get) && web_sys::window().is_some()
}

/// The text and the date of one analysis in the worker. Compared by id only (texts are long).
#[derive(Clone)]
pub struct Job {
    pub id: u64,
    /// The text; `None` until the worker sends back its UTF-8 bytes, when the job was made from the article
    /// box's string without copying it into Rust (`state::BoxText::Long`).
    pub text: Option<Rc<str>>,
    /// Its length: UTF-8 bytes when `text` is known (the progress message says it), else UTF-16 units.
    pub len: usize,
    /// The same text as the JavaScript string read from the article box, when it was: posted as it is
    /// (a 5 MB text is not decoded from Rust again).
    pub js: Option<JsText>,
    pub date: AttrValue,
}

impl PartialEq for Job {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// "1.2 MB", "250 KB": the size of a text in the progress message (decimal units).
pub fn size_label(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// What the worker runs: the analysis of `text`, as the parts of `crate::wire` (Uint8Arrays).
pub fn analyse_parts(text: &str, date: &str) -> Array {
    let analysis = analyze(
        text,
        &Options {
            publication_date: Date::parse_iso(date),
        },
    );
    crate::wire::encode_parts(&analysis, PART_BYTES)
        .iter()
        .map(|p| JsValue::from(Uint8Array::from(p.as_slice())))
        .collect()
}

/// The page's side: at most one worker, and the job whose answer is wanted.
#[derive(Default)]
pub struct Runner {
    worker: Option<Worker>,
    on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(JsValue)>>,
    /// The job whose answer is wanted (0: none); shared with the message handler and the decoder.
    wanted: Rc<Cell<u64>>,
    /// A job is in the worker (its answer has not come).
    busy: Rc<Cell<bool>>,
}

impl Runner {
    /// Sends `job` to the worker; a job still running there is abandoned with its worker.
    pub fn run(&mut self, job: &Job, dispatch: &Dispatch) {
        self.wanted.set(job.id);
        if self.busy.get() {
            self.stop();
        }
        if self.worker.is_none() {
            if let Err(e) = self.spawn(dispatch) {
                web_sys::console::warn_1(&e);
                FAILED.with(|f| f.set(true));
                dispatch.dispatch(Action::WorkerFailed(job.id));
                return;
            }
        }
        let Some(worker) = &self.worker else {
            return;
        };
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"job".into(), &JsValue::from(job.id as f64));
        let text = match (&job.js, &job.text) {
            (Some(js), _) => js.0.clone(),
            (None, Some(text)) => JsValue::from_str(text),
            (None, None) => JsValue::from_str(""),
        };
        let _ = Reflect::set(&msg, &"text".into(), &text);
        // The page has no Rust copy of the text: the worker sends its UTF-8 bytes back first.
        let _ = Reflect::set(
            &msg,
            &"bytes".into(),
            &JsValue::from_bool(job.text.is_none()),
        );
        let _ = Reflect::set(&msg, &"date".into(), &JsValue::from_str(&job.date));
        match worker.post_message(&msg) {
            Ok(()) => self.busy.set(true),
            Err(e) => {
                web_sys::console::warn_1(&e);
                self.stop();
                FAILED.with(|f| f.set(true));
                dispatch.dispatch(Action::WorkerFailed(job.id));
            }
        }
    }

    /// Starts the worker ahead of its first job (a long text was pasted or typed): nothing when it runs already
    /// or cannot run. A worker that cannot start sends later texts to the main thread.
    pub fn warm(&mut self, dispatch: &Dispatch) {
        if self.worker.is_some() || !available() {
            return;
        }
        if let Err(e) = self.spawn(dispatch) {
            web_sys::console::warn_1(&e);
            FAILED.with(|f| f.set(true));
        }
    }

    /// No answer is wanted any more (a short text was analysed at once): stop a running job.
    pub fn cancel(&mut self) {
        self.wanted.set(0);
        if self.busy.get() {
            self.stop();
        }
    }

    fn stop(&mut self) {
        if let Some(w) = self.worker.take() {
            w.terminate();
        }
        self.on_message = None;
        self.on_error = None;
        self.busy.set(false);
    }

    fn spawn(&mut self, dispatch: &Dispatch) -> Result<(), JsValue> {
        let opts = WorkerOptions::new();
        opts.set_type(WorkerType::Module);
        opts.set_name("claimline-analysis");
        let worker = Worker::new_with_options("./worker.js", &opts)?;
        let init = Object::new();
        Reflect::set(
            &init,
            &"glue".into(),
            &JsValue::from(GLUE_URL.with(String::clone)),
        )?;
        Reflect::set(&init, &"module".into(), &wasm_bindgen::module())?;
        worker.post_message(&init)?;
        let on_failure = dispatch.clone();
        let (wanted, busy, dispatch) = (self.wanted.clone(), self.busy.clone(), dispatch.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let job = Reflect::get(&data, &"job".into())
                .ok()
                .and_then(|j| j.as_f64())
                .unwrap_or(0.0) as u64;
            let error = Reflect::get(&data, &"error".into())
                .ok()
                .and_then(|e| e.as_string());
            if let Some(error) = error {
                web_sys::console::warn_1(&JsValue::from_str(&error));
                busy.set(false);
                FAILED.with(|f| f.set(true));
                dispatch.dispatch(Action::WorkerFailed(wanted.get()));
                return;
            }
            if job != wanted.get() {
                return;
            }
            // The text's UTF-8 bytes (sent before the analysis): a memory copy into Rust, and a check.
            if let Ok(bytes) = Reflect::get(&data, &"bytes".into()) {
                if let Some(bytes) = bytes.dyn_ref::<Uint8Array>() {
                    match String::from_utf8(bytes.to_vec()) {
                        Ok(text) => dispatch.dispatch(Action::TextRead {
                            job,
                            text: Rc::from(text),
                        }),
                        Err(_) => web_sys::console::warn_1(&JsValue::from_str(
                            "the worker sent back a text that is not UTF-8",
                        )),
                    }
                    return;
                }
            }
            busy.set(false);
            let parts = Reflect::get(&data, &"parts".into())
                .ok()
                .and_then(|p| p.dyn_into::<Array>().ok());
            match parts {
                Some(parts) => decode_sliced(Decoding {
                    job,
                    parts,
                    next: 0,
                    analysis: None,
                    wanted: wanted.clone(),
                    dispatch: dispatch.clone(),
                }),
                None => dispatch.dispatch(Action::WorkerFailed(job)),
            }
        });
        // The script could not load or the module could not start (an error event, not an exception): analyse
        // on the main thread from now on.
        let (wanted, busy, failed) = (self.wanted.clone(), self.busy.clone(), on_failure.clone());
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            web_sys::console::warn_1(&JsValue::from_str("the analysis worker failed"));
            busy.set(false);
            FAILED.with(|f| f.set(true));
            failed.dispatch(Action::WorkerFailed(wanted.get()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.worker = Some(worker);
        self.on_message = Some(on_message);
        self.on_error = Some(on_error);
        Ok(())
    }
}

/// An answer being decoded.
struct Decoding {
    job: u64,
    parts: Array,
    next: u32,
    analysis: Option<Analysis>,
    wanted: Rc<Cell<u64>>,
    dispatch: Dispatch,
}

/// Decodes parts for about `SLICE_MS`, then yields to the browser (a timer) and goes on; hands the analysis
/// to the reducer when all parts are in. Gives up when a newer job is wanted.
fn decode_sliced(mut d: Decoding) {
    let start = js_sys::Date::now();
    loop {
        if d.wanted.get() != d.job {
            return;
        }
        if d.next >= d.parts.length() {
            // The render of the results gets a task of its own (not the end of a decoding slice): the
            // two together went over the 50 ms of a long task for a 1 MB text.
            Timeout::new(0, move || match d.analysis.take() {
                Some(a) if d.wanted.get() == d.job => d.dispatch.dispatch(Action::WorkerDone {
                    job: d.job,
                    analysis: Rc::new(a),
                }),
                Some(_) => {}
                None => d.dispatch.dispatch(Action::WorkerFailed(d.job)),
            })
            .forget();
            return;
        }
        let bytes = Uint8Array::new(&d.parts.get(d.next)).to_vec();
        d.next += 1;
        if crate::wire::decode_part(&bytes, &mut d.analysis).is_none() {
            web_sys::console::warn_1(&JsValue::from_str(
                "the worker's answer could not be decoded",
            ));
            d.dispatch.dispatch(Action::WorkerFailed(d.job));
            return;
        }
        if js_sys::Date::now() - start >= SLICE_MS {
            Timeout::new(0, move || decode_sliced(d)).forget();
            return;
        }
    }
}
