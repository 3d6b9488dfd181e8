//! Runs every case of testdata/time/*.toml through the temporal tagger and reports every failure.

use claimline::analysis::{time, Date, Document};
use std::path::Path;

#[derive(Debug, PartialEq)]
struct Expected {
    text: String,
    kind: String,
    value: String,
    modifier: Option<String>,
    /// A SET's frequency ("2X"), compared only where the case gives one.
    freq: Option<String>,
}

fn field<'a>(t: &'a toml::Value, k: &str) -> Option<&'a str> {
    t.get(k).and_then(|v| v.as_str())
}

#[test]
fn all_time_cases_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/time");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata/time")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let (mut total, mut negative, mut failures) = (0usize, 0usize, Vec::new());
    let mut rules_hit = std::collections::HashSet::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        assert!(
            src.starts_with('#'),
            "{} must open with a comment saying why it exists",
            f.display()
        );
        let doc: toml::Value =
            toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let cases = doc
            .get("case")
            .and_then(|c| c.as_array())
            .unwrap_or_else(|| panic!("{}: no [[case]]", f.display()));
        for (k, c) in cases.iter().enumerate() {
            total += 1;
            let text = field(c, "text").expect("text");
            let dct = field(c, "dct")
                .map(|d| Date::parse_iso(d).unwrap_or_else(|| panic!("bad dct {d}")));
            let expect: Vec<Expected> = c
                .get("expect")
                .and_then(|v| v.as_array())
                .expect("expect")
                .iter()
                .map(|e| Expected {
                    text: field(e, "text").unwrap().to_string(),
                    kind: field(e, "type").unwrap().to_string(),
                    value: field(e, "value").unwrap().to_string(),
                    modifier: field(e, "mod").map(str::to_string),
                    freq: field(e, "freq").map(str::to_string),
                })
                .collect();
            if expect.is_empty()
                || f.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("negatives"))
            {
                negative += 1;
            }
            let d = Document::new(text);
            let found = time::recognize(&d, dct);
            rules_hit.extend(found.iter().map(|t| t.rule.clone()));
            let got: Vec<Expected> = found
                .into_iter()
                .enumerate()
                .map(|(k, t)| Expected {
                    text: t.text,
                    kind: t.kind.as_str().to_string(),
                    value: t.value,
                    modifier: t.modifier,
                    freq: t
                        .freq
                        .filter(|_| expect.get(k).is_some_and(|e| e.freq.is_some())),
                })
                .collect();
            if got != expect {
                failures.push(format!(
                    "{} case {}: {:?} (dct {:?})\n    expected {:?}\n    got      {:?}",
                    f.file_name().unwrap().to_string_lossy(),
                    k + 1,
                    text,
                    dct.map(|d| d.to_string()),
                    expect
                        .iter()
                        .map(|e| format!(
                            "{}|{}|{}|{}",
                            e.text,
                            e.kind,
                            e.value,
                            e.modifier.as_deref().unwrap_or("-")
                        ))
                        .collect::<Vec<_>>(),
                    got.iter()
                        .map(|e| format!(
                            "{}|{}|{}|{}",
                            e.text,
                            e.kind,
                            e.value,
                            e.modifier.as_deref().unwrap_or("-")
                        ))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    // every named rule is exercised by at least one case
    for rule in time::rules::RULES {
        if !rules_hit.contains(rule.name) {
            failures.push(format!(
                "rule {} ({:?}) is not exercised by any case",
                rule.name, rule.example
            ));
        }
    }
    println!(
        "{total} cases, {negative} negative, {} failures",
        failures.len()
    );
    for f in &failures {
        println!("{f}");
    }
    assert!(total >= 400, "at least 400 cases, found {total}");
    assert!(
        negative * 4 >= total,
        "a quarter of the cases must be negative: {negative} of {total}"
    );
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed (listed above)",
        failures.len()
    );
}
