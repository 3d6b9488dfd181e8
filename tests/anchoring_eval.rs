//! Event anchoring on TBAQ (TimeBank + AQUAINT), computed in-process exactly as `claimline eval anchoring` computes
//! it: are events placed at the dates TimeML's gold TLINKs give them? Skips when the corpus is absent. Dating rules
//! are written from the errors of the TimeBank part and of AQ-dev (AQUAINT's documents at even positions, sorted by
//! name); AQ-held (the odd positions) is only scored: a rule is kept only when AQ-held does not drop.
#![cfg(not(target_arch = "wasm32"))]

use claimline::analysis::{analyze, Options};
use claimline::cli::eval_anchoring::{score_document, Counts};
use claimline::cli::timeml_io::read_dir;
use std::path::PathBuf;

fn part(name: &str) -> Option<PathBuf> {
    let shared = std::env::var_os("CLAIMLINE_SHARED").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("corpora/tempeval3-tbaq").join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("SKIPPED: {} is absent (set CLAIMLINE_SHARED to the shared folder to run this evaluation)", dir.display());
        None
    }
}

fn score(name: &str) -> Option<Counts> {
    let docs = read_dir(&part(name)?).expect("TimeML parses");
    let mut total = Counts::default();
    // AQ-dev and AQ-held: the documents at even and odd positions (read_dir sorts them by name)
    let mut halves = [Counts::default(), Counts::default()];
    for (i, d) in docs.iter().enumerate() {
        let a = analyze(&d.text, &Options { publication_date: d.dct });
        let c = score_document(d, &a, &mut Vec::new());
        total.add(&c);
        halves[i % 2].add(&c);
    }
    println!("{name:<9} {} documents, {} links: coverage {:.3}, accuracy {:.3}", docs.len(), total.links, total.coverage(), total.accuracy());
    if name == "AQUAINT" {
        for (half, c) in ["AQ-dev", "AQ-held"].iter().zip(&halves) {
            println!("  {half:<7} {} links: coverage {:.3}, accuracy {:.3}", c.links, c.coverage(), c.accuracy());
        }
    }
    Some(total)
}

#[test]
fn anchoring_on_tbaq() {
    let (Some(tb), Some(aq)) = (score("TimeBank"), score("AQUAINT")) else { return };
    let mut all = tb;
    all.add(&aq);
    println!("all       {} links: coverage {:.3}, accuracy {:.3}", all.links, all.coverage(), all.accuracy());
    // The figures reached so far (issue 4 asks for coverage >= 0.90 and accuracy >= 0.88): a regression fails.
    assert!(all.links > 2500, "gold links read: {}", all.links);
    assert!(all.coverage() >= 0.948, "coverage {:.3}", all.coverage());
    assert!(all.accuracy() >= 0.850, "accuracy {:.3}", all.accuracy());
}
