//! Golden timelines: for each testdata/timelines/*.toml, analyse its article and check the events it lists (title
//! words, placed value, relation, status, order) and the readings it forbids. Every failure is reported at once.
#![cfg(not(target_arch = "wasm32"))]

use claimline::analysis::{analyze, Date, Event, Options};
use claimline::export::status_word;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Case {
    article: String,
    published: String,
    #[serde(default)]
    order: bool,
    #[serde(default)]
    event: Vec<Expect>,
    #[serde(default)]
    absent: Vec<Expect>,
}

#[derive(serde::Deserialize, Debug)]
struct Expect {
    title: Vec<String>,
    date: Option<String>,
    relation: Option<String>,
    status: Option<String>,
}

fn relation(e: &Event) -> String {
    e.time.as_ref().map(|t| format!("{:?}", t.relation).to_lowercase()).unwrap_or_default()
}

fn matches(e: &Event, x: &Expect) -> bool {
    let title = e.title.to_lowercase();
    x.title.iter().all(|w| title.contains(&w.to_lowercase()))
        && x.date.as_ref().is_none_or(|d| e.time.as_ref().is_some_and(|t| t.value.starts_with(d.as_str())))
        && x.relation.as_ref().is_none_or(|r| &relation(e) == r)
        && x.status.as_ref().is_none_or(|s| status_word(e.status) == s)
}

fn describe(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            let t = e.time.as_ref().map(|t| format!("{} {:?} «{}»", t.value, t.relation, t.label)).unwrap_or_else(|| "undated".into());
            format!("  {:<40} {:<12} {} [{}]", t, status_word(e.status), e.title, e.rule)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn golden_timelines() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/timelines");
    let mut failures = Vec::new();
    let mut n = 0;
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
    files.sort();
    for path in files {
        let case: Case = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/articles").join(&case.article)).unwrap();
        let a = analyze(&text, &Options { publication_date: Date::parse_iso(&case.published) });
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let mut positions = Vec::new();
        for x in &case.event {
            n += 1;
            match a.events.iter().position(|e| matches(e, x)) {
                Some(p) => positions.push(p),
                None => failures.push(format!("{name}: no event {x:?}")),
            }
        }
        if case.order && positions.windows(2).any(|w| w[0] > w[1]) {
            failures.push(format!("{name}: events out of order (positions {positions:?})"));
        }
        for x in &case.absent {
            n += 1;
            if let Some(e) = a.events.iter().find(|e| matches(e, x)) {
                failures.push(format!("{name}: forbidden reading {x:?} found: {}", e.title));
            }
        }
        if failures.iter().any(|f| f.starts_with(&name)) {
            failures.push(format!("{name}: the timeline was\n{}", describe(&a.events)));
        }
    }
    assert!(failures.is_empty(), "{} of {n} expectations failed:\n{}", failures.iter().filter(|f| !f.contains("the timeline was")).count(), failures.join("\n"));
}
