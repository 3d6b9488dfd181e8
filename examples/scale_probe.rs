use claimline::analysis::{actors, claims, quantities, Document};
fn main() {
    for n in [2000, 4000, 8000] {
        let mut text = String::new();
        for i in 0..n {
            text.push_str(&format!("\"President Ann Lee{i}\" said the president, \"“ 5% of {i} ’s the NATO chief $ {i} - 3 - "));
        }
        let t = std::time::Instant::now();
        let doc = Document::new(&text);
        let t1 = t.elapsed();
        let a = actors::recognize(&doc);
        let t2 = t.elapsed();
        let q = quantities::recognize(&doc, &[]);
        let t3 = t.elapsed();
        let c = claims::build(&doc, &[], &q, &[], &a);
        let t4 = t.elapsed();
        println!(
            "{n}: doc {t1:?} actors {:?} q {:?} claims {:?} ({} {} {} sents {})",
            t2 - t1,
            t3 - t2,
            t4 - t3,
            a.len(),
            q.len(),
            c.len(),
            doc.sentences.len()
        );
    }
}
