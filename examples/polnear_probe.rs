//! Development probe: prints the most frequent actor names and quantities over PolNeAR train texts.
//! Usage: cargo run --example polnear_probe -- ../shared/corpora/polnear/data/train/text [actors|quantities|claims]
use claimline::analysis::{actors, claims, quantities, Document};
use std::collections::HashMap;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).cloned().unwrap_or_else(|| "../shared/corpora/polnear/data/train/text".into());
    let what = args.get(2).cloned().unwrap_or_else(|| "actors".into());
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        let doc = Document::new(&text);
        let a = actors::recognize(&doc);
        let q = quantities::recognize(&doc, &[]);
        match what.as_str() {
            "actors" => {
                for x in &a {
                    *counts.entry(format!("{:?} {} | {}", x.kind, x.name, x.mentions.iter().map(|m| m.rule.as_str()).next().unwrap_or(""))).or_default() += 1;
                }
            }
            "quantities" => {
                for x in &q {
                    *counts.entry(format!("{} | {} {} {:?} {:?}", x.text, x.rule, x.unit, x.qualifier, x.measures)).or_default() += 1;
                }
            }
            _ => {
                for c in claims::build(&doc, &[], &q, &[], &a) {
                    *counts.entry(format!("{:?} {}", c.kind, c.text.chars().take(100).collect::<String>())).or_default() += 1;
                }
            }
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (k, n) in v.iter().take(400) {
        println!("{n:5} {k}");
    }
}
