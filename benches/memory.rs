//! Peak heap memory of the whole analysis (figures in docs/PERFORMANCE.md; run `cargo bench --bench memory`).
//!
//! A counting global allocator records the live heap bytes and their peak while `analyze` runs over the sample,
//! 100 KB and 1 MB texts (made as in benches/analyze.rs: the sample and the test articles repeated) and, when
//! ../shared is present, the largest TBAQ document. The input text itself is allocated before the count starts;
//! the result (`Analysis`) is counted, since it is alive at the end.

use claimline::analysis::{
    actors, analyze, claims, events, quantities, quotes, time, Date, Document, Options,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed)
                    + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The sample and the test articles repeated up to `size` bytes (as benches/analyze.rs makes them).
fn made_text(size: usize) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut parts = vec![
        std::fs::read_to_string(root.join("src/samples/nato-hague-2025.txt")).unwrap_or_default(),
    ];
    let mut names: Vec<_> = std::fs::read_dir(root.join("testdata/articles"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    parts.extend(names.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    let mut out = String::with_capacity(size + 4096);
    let mut i = 0;
    while out.len() < size && !parts.is_empty() {
        out.push_str(&parts[i % parts.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

/// (peak heap bytes above the baseline during the analysis, bytes still held by the result).
fn measure(text: &str, options: &Options) -> (usize, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let a = analyze(text, options);
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let held = LIVE.load(Ordering::Relaxed).saturating_sub(base);
    drop(a);
    (peak, held)
}

/// The live heap after each stage of the pipeline (as `analyze` runs it) and the peak within it, over `text`.
fn stages(text: &str, options: &Options) {
    let base = LIVE.load(Ordering::Relaxed);
    let mb = |b: usize| b.saturating_sub(base) as f64 / 1e6;
    let step = |name: &str, f: &mut dyn FnMut()| {
        PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
        f();
        println!(
            "  {:<12} live {:>6.1} MB  peak {:>6.1} MB",
            name,
            mb(LIVE.load(Ordering::Relaxed)),
            mb(PEAK.load(Ordering::Relaxed))
        );
    };
    let dct = options.publication_date;
    let mut doc = None;
    step("document", &mut || doc = Some(Document::new(text)));
    let Some(doc) = doc else { return };
    let (mut tx, mut ac, mut at, mut qu, mut ev) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // as `analyze` does: the outputs that live to the end are shrunk to their length
    step("time", &mut || {
        tx = time::recognize(&doc, dct);
        tx.shrink_to_fit();
    });
    step("actors", &mut || ac = actors::recognize(&doc));
    step("quotes", &mut || {
        at = quotes::recognize(&doc, &ac);
        at.shrink_to_fit();
    });
    step("quantities", &mut || qu = quantities::recognize(&doc, &tx));
    step("events", &mut || {
        ev = events::build(&doc, dct, &tx, &ac, &at)
    });
    step("claims", &mut || {
        let cl = claims::build(&doc, &at, &qu, &ev, &ac);
        events::link_claims(&mut ev, &cl);
        std::hint::black_box(cl);
    });
}

fn main() {
    // `cargo bench` passes --bench; any other argument is a filter on the names below
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let options = Options {
        publication_date: Date::new(2025, 6, 24),
    };
    // warm the lexicon tables (built once per process) so they are not counted
    let _ = analyze(
        "Warm-up: the minister said on Monday that 12 people had died.",
        &options,
    );
    let sample = made_text(1);
    let mut cases = vec![
        ("sample".to_string(), sample),
        ("100KB".into(), made_text(100_000)),
        ("1MB".into(), made_text(1_000_000)),
    ];
    cases.retain(|(n, _)| filter.as_deref().is_none_or(|f| n.contains(f)));
    println!(
        "{:<8} {:>10} {:>14} {:>14} {:>8}",
        "text", "bytes", "peak heap", "result", "peak/in"
    );
    for (name, text) in &cases {
        let (peak, held) = measure(text, &options);
        println!(
            "{:<8} {:>10} {:>11.1} MB {:>11.1} MB {:>7.1}x",
            name,
            text.len(),
            peak as f64 / 1e6,
            held as f64 / 1e6,
            peak as f64 / text.len().max(1) as f64
        );
    }
    if let Some((name, text)) = cases.last() {
        println!("live heap by stage, {name}:");
        stages(text, &options);
    }
}
