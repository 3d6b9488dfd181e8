//! Native benchmarks of the engine (figures in docs/PERFORMANCE.md; run `cargo bench --bench analyze`).
//!
//! - `tag/tbaq`: the temporal tagger alone (Document + time::recognize) over the 256 TBAQ texts, as throughput.
//! - `analyze/tbaq`: the whole analysis over the same texts.
//! - `analyze/sample`, `analyze/100KB`, `analyze/1MB`: the whole analysis of the sample article and of texts made
//!   by repeating the articles written for the tests (so the cost of length shows).
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

criterion_group!(engine, benches);
criterion_main!(engine);
