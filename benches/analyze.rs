//! Native benchmarks of the engine (figures in docs/PERFORMANCE.md; run `cargo bench --bench analyze`).
//!
//! - `tag/tbaq`: the temporal tagger alone (Document + time::recognize) over the 256 TBAQ texts, as throughput.
//! - `analyze/tbaq`: the whole analysis over the same texts.
//! - `analyze/sample`, `analyze/100KB`, `analyze/1MB`: the whole analysis of the sample article and of texts made
//!   by repeating the articles written for the tests (so the cost of length shows).
//! - `view/*`: the page's view models of the 1 MB text's analysis (what the main thread computes when a long
//!   text's result arrives: timeline order, axis data and layout, claims, claim filters, source parts and one part).
//! TBAQ benchmarks are skipped, with a message, when ../shared is absent.

use claimline::analysis::{analyze, time, Date, Document, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn tbaq() -> Option<Vec<(String, Option<Date>)>> {
    let shared = std::env::var_os("CLAIMLINE_SHARED").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("corpora/tempeval3-tbaq");
    if !dir.is_dir() {
        eprintln!("SKIPPED TBAQ benchmarks: {} is absent", dir.display());
        return None;
    }
    let docs = claimline::cli::timeml_io::read_dir(&dir).ok()?;
    Some(docs.into_iter().map(|d| (d.text, d.dct)).collect())
}

/// The sample and the test articles repeated up to `size` bytes (cut on a paragraph).
pub fn made_text(size: usize) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut parts = vec![std::fs::read_to_string(root.join("src/samples/nato-hague-2025.txt")).unwrap()];
    let mut names: Vec<_> = std::fs::read_dir(root.join("testdata/articles")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    names.sort();
    parts.extend(names.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    let mut out = String::with_capacity(size + 4096);
    let mut i = 0;
    while out.len() < size {
        out.push_str(&parts[i % parts.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

fn benches(c: &mut Criterion) {
    let date = Options { publication_date: Date::new(2025, 6, 24) };
    if let Some(docs) = tbaq() {
        let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
        let mut g = c.benchmark_group("tag");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(20);
        g.bench_function("tbaq", |b| {
            b.iter(|| {
                for (text, dct) in &docs {
                    let doc = Document::new(text);
                    black_box(time::recognize(&doc, *dct));
                }
            })
        });
        g.finish();
        let mut g = c.benchmark_group("analyze");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.bench_function("tbaq", |b| {
            b.iter(|| {
                for (text, dct) in &docs {
                    black_box(analyze(text, &Options { publication_date: *dct }));
                }
            })
        });
        g.finish();
    }
    let sample = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/samples/nato-hague-2025.txt")).unwrap();
    let mut g = c.benchmark_group("analyze");
    for (name, text, samples) in [("sample", sample, 100), ("100KB", made_text(100_000), 20), ("1MB", made_text(1_000_000), 10)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(samples);
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| b.iter(|| black_box(analyze(t, &date))));
    }
    g.finish();
}

/// The view models the page computes from a 1 MB text's analysis (each must stay well under a frame).
fn view_models(c: &mut Criterion) {
    use claimline::view_model::{self as vm, axis, paging};
    let text = made_text(1_000_000);
    let a = analyze(&text, &Options { publication_date: Date::new(2025, 6, 24) });
    let tl = vm::timeline(&a, false);
    let data = axis::axis_data(&a, &tl.dated);
    let parts = paging::source_parts(&text, &a, paging::SOURCE_PART_BYTES);
    let first = parts.first().copied().unwrap_or((0, 0));
    let mut g = c.benchmark_group("view");
    g.sample_size(10);
    g.bench_function("timeline/1MB", |b| b.iter(|| black_box(vm::timeline(&a, false))));
    g.bench_function("axis_data/1MB", |b| b.iter(|| black_box(axis::axis_data(&a, &tl.dated))));
    g.bench_function("axis_layout/1MB", |b| {
        b.iter(|| black_box(axis::layout(&data, axis::Window::fit(&data, 1200.0), 1200.0, false)))
    });
    g.bench_function("claims_view/1MB", |b| b.iter(|| black_box(vm::claims_view(&a, &Default::default()))));
    g.bench_function("claim_actors/1MB", |b| b.iter(|| black_box(vm::claim_actors(&a))));
    g.bench_function("source_parts/1MB", |b| b.iter(|| black_box(paging::source_parts(&text, &a, paging::SOURCE_PART_BYTES))));
    g.bench_function("source_view_in/1MB", |b| b.iter(|| black_box(vm::source_view_in(&text, &a, first.0, first.1))));
    g.finish();
}

criterion_group!(engine, benches, view_models);
criterion_main!(engine);
