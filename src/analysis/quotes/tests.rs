use super::*;

fn run(text: &str) -> Vec<Attribution> {
    let doc = Document::new(text);
    recognize(&doc, &[])
}

#[test]
fn said_after_quote() {
    let a = run("“We will win,” said Jane Doe. Nothing else.");
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].sources[0].text, "Jane Doe");
}
