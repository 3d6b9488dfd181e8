fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = claimline::analysis::Document::new(&text);
    for c in claimline::analysis::clauses::clauses(&doc) {
        println!("{:?} head={:?} lemma={:?} tense={:?} opener={:?} {}", &text[c.start..c.end], c.head.map(|h| doc.tok_text(&doc.tokens[h])), c.lemma, c.tense, c.opener, c.boundary);
    }
    let a = claimline::analysis::analyze(&text, &claimline::analysis::Options { publication_date: claimline::analysis::Date::new(1990, 8, 15) });
    for e in a.events { println!("  EV {:?} {:?} {:?} {}", e.title, e.time.map(|t| t.value), e.class, e.rule); }
}
