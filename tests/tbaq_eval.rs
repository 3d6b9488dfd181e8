//! TempEval-3 TIMEX3 scores of the tagger on TBAQ (TimeBank + AQUAINT), computed in-process exactly as
//! `claimline timeml` + `claimline eval timex` compute them. Skips when the corpus is absent.
//! Rules are written from the TimeBank part's errors and, since session 5, from those of "AQ-dev": the AQUAINT files
//! at even positions when sorted by name. The odd positions ("AQ-held") are only scored: a rule is kept only if
//! AQ-held's scores do not drop.

use claimline::analysis::{time, Document};
use claimline::cli::eval_timex::{compare, Counts, Scores};
use claimline::cli::timeml_io::{read_dir, GoldTimex, TimemlDoc};
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let shared = std::env::var_os("CLAIMLINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("corpora/tempeval3-tbaq");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("SKIPPED: {} is absent (set CLAIMLINE_SHARED to the shared folder to run this evaluation)", dir.display());
        None
    }
}

fn score(docs: &[TimemlDoc]) -> Scores {
    let mut total = Counts::default();
    for d in docs {
        let doc = Document::new(&d.text);
        let sys: Vec<GoldTimex> = time::recognize(&doc, d.dct)
            .into_iter()
            .map(|t| GoldTimex {
                tid: t.id,
                start: t.span.start,
                end: t.span.end,
                kind: t.kind.as_str().into(),
                value: t.value,
                modifier: t.modifier,
            })
            .collect();
        total.add(&compare(&d.timexes, &sys).0);
    }
    total.scores(docs.len())
}

fn show(name: &str, s: &Scores) {
    println!(
        "{name:<9} docs {:>3}  strict P {:.3} R {:.3} F1 {:.3} | relaxed P {:.3} R {:.3} F1 {:.3} | value F1 {:.3} | type F1 {:.3}",
        s.documents, s.strict.p, s.strict.r, s.strict.f1, s.relaxed.p, s.relaxed.r, s.relaxed.f1, s.value_f1, s.type_f1
    );
}

#[test]
fn tbaq_scores_reach_their_floors() {
    let Some(dir) = corpus() else { return };
    let tb = read_dir(dir.join("TimeBank")).expect("TimeBank");
    let aq = read_dir(dir.join("AQUAINT")).expect("AQUAINT");
    assert_eq!(tb.len() + aq.len(), 256);
    let all: Vec<TimemlDoc> = tb.iter().chain(aq.iter()).cloned().collect();
    let (s_tb, s_aq, s_all) = (score(&tb), score(&aq), score(&all));
    let mut by_name: Vec<&TimemlDoc> = aq.iter().collect();
    by_name.sort_by(|a, b| a.name.cmp(&b.name));
    let half = |parity: usize| -> Vec<TimemlDoc> {
        by_name.iter().enumerate().filter(|(k, _)| k % 2 == parity).map(|(_, d)| (*d).clone()).collect()
    };
    let (dev, held) = (half(0), half(1));
    assert_eq!(dev.len() + held.len(), aq.len());
    show("TimeBank", &s_tb);
    show("AQUAINT", &s_aq);
    show("AQ-dev", &score(&dev));
    show("AQ-held", &score(&held));
    show("all", &s_all);
    // floors: the scores this version reaches on all 256 documents (rounded down), so that a regression
    // fails. Of the targets (0.90 / 0.95 / 0.88 / 0.92) strict (0.90) and relaxed (0.95) are reached.
    assert!(
        s_all.strict.f1 >= FLOOR_STRICT,
        "strict F1 {:.4}",
        s_all.strict.f1
    );
    assert!(
        s_all.relaxed.f1 >= FLOOR_RELAXED,
        "relaxed F1 {:.4}",
        s_all.relaxed.f1
    );
    assert!(
        s_all.value_f1 >= FLOOR_VALUE,
        "value F1 {:.4}",
        s_all.value_f1
    );
    assert!(s_all.type_f1 >= FLOOR_TYPE, "type F1 {:.4}", s_all.type_f1);
}

const FLOOR_STRICT: f64 = 0.900;
const FLOOR_RELAXED: f64 = 0.955;
const FLOOR_VALUE: f64 = 0.830;
const FLOOR_TYPE: f64 = 0.914;
