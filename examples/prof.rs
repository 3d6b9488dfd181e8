use claimline::analysis::*;
use std::time::Instant;
#[path = "../benches/analyze.rs"]
#[allow(dead_code)]
mod b;
fn main() {
    for size in [100_000usize, 300_000] {
        let text = b::made_text(size);
        let d = Date::new(2025,6,24);
        let t = Instant::now(); let doc = Document::new(&text); let t0 = t.elapsed();
        let t = Instant::now(); let tx = time::recognize(&doc, d); let t1 = t.elapsed();
        let t = Instant::now(); let ac = actors::recognize(&doc); let t2 = t.elapsed();
        let t = Instant::now(); let q = quotes::recognize(&doc, &ac); let t3 = t.elapsed();
        let t = Instant::now(); let qu = quantities::recognize(&doc, &tx); let t4 = t.elapsed();
        let t = Instant::now(); let ev = events::build(&doc, d, &tx, &ac, &q); let t5 = t.elapsed();
        let t = Instant::now(); let _c = claims::build(&doc, &q, &qu, &ev, &ac); let t6 = t.elapsed();
        println!("{size}: doc {t0:?} time {t1:?} actors {t2:?} quotes {t3:?} quantities {t4:?} events {t5:?} claims {t6:?}");
    }
}
