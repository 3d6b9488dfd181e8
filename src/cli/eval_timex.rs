//! `claimline eval timex GOLD_DIR SYSTEM_DIR [--json] [--errors]`: the TempEval-3 TIMEX3 scores.
//!
//! As the official TempEval-3 scorer defines them, over the TIMEX3 inside <TEXT> (not the DCT):
//! strict match = identical extent, relaxed match = overlapping extent; precision over the system's
//! expressions, recall over the gold ones; value F1 and type F1 = relaxed F1 x the accuracy of the
//! attribute over the relaxed matches.

use super::timeml_io::{read_dir, GoldTimex, TimemlDoc};
use super::CliError;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub gold: usize,
    pub sys: usize,
    pub strict_sys: usize,
    pub strict_gold: usize,
    pub relaxed_sys: usize,
    pub relaxed_gold: usize,
    /// Relaxed matches (gold side) and how many of them agree on value and type.
    pub matched: usize,
    pub value_ok: usize,
    pub type_ok: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

fn prf(hit_sys: usize, sys: usize, hit_gold: usize, gold: usize) -> Prf {
    let p = if sys == 0 {
        0.0
    } else {
        hit_sys as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        hit_gold as f64 / gold as f64
    };
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf { p, r, f1 }
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Scores {
    pub strict: Prf,
    pub relaxed: Prf,
    pub value_f1: f64,
    pub type_f1: f64,
    pub documents: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.sys += o.sys;
        self.strict_sys += o.strict_sys;
        self.strict_gold += o.strict_gold;
        self.relaxed_sys += o.relaxed_sys;
        self.relaxed_gold += o.relaxed_gold;
        self.matched += o.matched;
        self.value_ok += o.value_ok;
        self.type_ok += o.type_ok;
    }
    pub fn scores(&self, documents: usize) -> Scores {
        let strict = prf(self.strict_sys, self.sys, self.strict_gold, self.gold);
        let relaxed = prf(self.relaxed_sys, self.sys, self.relaxed_gold, self.gold);
        let acc = |k: usize| {
            if self.matched == 0 {
                0.0
            } else {
                k as f64 / self.matched as f64
            }
        };
        Scores {
            strict,
            relaxed,
            value_f1: relaxed.f1 * acc(self.value_ok),
            type_f1: relaxed.f1 * acc(self.type_ok),
            documents,
        }
    }
}

fn overlap(a: &GoldTimex, b: &GoldTimex) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// One difference between gold and system, for --errors.
pub struct Diff {
    pub what: &'static str,
    pub gold: Option<GoldTimex>,
    pub sys: Option<GoldTimex>,
}

/// Compares the TIMEX3 of one document.
pub fn compare(gold: &[GoldTimex], sys: &[GoldTimex]) -> (Counts, Vec<Diff>) {
    let mut c = Counts {
        gold: gold.len(),
        sys: sys.len(),
        ..Counts::default()
    };
    let mut diffs = Vec::new();
    for s in sys {
        if gold.iter().any(|g| g.start == s.start && g.end == s.end) {
            c.strict_sys += 1;
        }
        if gold.iter().any(|g| overlap(g, s) > 0) {
            c.relaxed_sys += 1;
        } else {
            diffs.push(Diff {
                what: "false alarm",
                gold: None,
                sys: Some(s.clone()),
            });
        }
    }
    for g in gold {
        if sys.iter().any(|s| g.start == s.start && g.end == s.end) {
            c.strict_gold += 1;
        }
        let best = sys
            .iter()
            .filter(|s| overlap(g, s) > 0)
            .max_by_key(|s| (overlap(g, s), usize::MAX - s.start));
        match best {
            None => diffs.push(Diff {
                what: "miss",
                gold: Some(g.clone()),
                sys: None,
            }),
            Some(s) => {
                c.relaxed_gold += 1;
                c.matched += 1;
                let v = s.value == g.value;
                let t = s.kind == g.kind;
                c.value_ok += usize::from(v);
                c.type_ok += usize::from(t);
                let extent = s.start != g.start || s.end != g.end;
                if extent || !v || !t {
                    let what = if extent {
                        "extent"
                    } else if !t {
                        "type"
                    } else {
                        "value"
                    };
                    diffs.push(Diff {
                        what,
                        gold: Some(g.clone()),
                        sys: Some(s.clone()),
                    });
                }
            }
        }
    }
    (c, diffs)
}

/// Scores a set of gold documents against system documents with the same names.
/// Per document: its name, its counts and its differences.
pub type PerDocument = Vec<(String, Counts, Vec<Diff>)>;

pub fn evaluate(gold: &[TimemlDoc], sys: &[TimemlDoc]) -> Result<(Counts, PerDocument), String> {
    let mut total = Counts::default();
    let mut per = Vec::new();
    for g in gold {
        let s = sys
            .iter()
            .find(|s| s.name == g.name)
            .ok_or_else(|| format!("no system file for {}", g.name))?;
        if s.text != g.text {
            return Err(format!(
                "{}: the system's text differs from the gold text",
                g.name
            ));
        }
        let (c, d) = compare(&g.timexes, &s.timexes);
        total.add(&c);
        per.push((g.name.clone(), c, d));
    }
    Ok((total, per))
}

fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(40);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 40).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "{}[{}]{}",
        text.get(a..start).unwrap_or(""),
        text.get(start..end).unwrap_or(""),
        text.get(end..b).unwrap_or("")
    )
    .replace('\n', " ")
}

pub fn run(args: &[String]) -> Result<(), CliError> {
    let mut dirs = Vec::new();
    let (mut json, mut errors) = (false, false);
    for a in args {
        match a.as_str() {
            "--json" => json = true,
            "--errors" => errors = true,
            s if s.starts_with("--") => return Err(CliError::usage(format!("unknown option {s}"))),
            s => dirs.push(s.to_string()),
        }
    }
    let [gold_dir, sys_dir] = dirs.as_slice() else {
        return Err(CliError::usage(
            "usage: claimline eval timex GOLD_DIR SYSTEM_DIR [--json] [--errors]",
        ));
    };
    let gold = read_dir(gold_dir).map_err(CliError::fail)?;
    let sys = read_dir(sys_dir).map_err(CliError::fail)?;
    if gold.is_empty() {
        return Err(CliError::fail(format!("no .tml files under {gold_dir}")));
    }
    let (total, per) = evaluate(&gold, &sys).map_err(CliError::fail)?;
    let s = total.scores(gold.len());
    if json {
        println!("{}", serde_json::to_string(&s).unwrap_or_default());
    } else {
        println!(
            "{:<40} {:>5} {:>5} {:>8} {:>8} {:>8}",
            "document", "gold", "sys", "strictF1", "relaxF1", "valueF1"
        );
        for (name, c, _) in &per {
            let x = c.scores(1);
            println!(
                "{:<40} {:>5} {:>5} {:>8.3} {:>8.3} {:>8.3}",
                name, c.gold, c.sys, x.strict.f1, x.relaxed.f1, x.value_f1
            );
        }
        println!();
        println!(
            "documents {}   gold {}   system {}",
            gold.len(),
            total.gold,
            total.sys
        );
        println!(
            "strict   P {:.4}  R {:.4}  F1 {:.4}",
            s.strict.p, s.strict.r, s.strict.f1
        );
        println!(
            "relaxed  P {:.4}  R {:.4}  F1 {:.4}",
            s.relaxed.p, s.relaxed.r, s.relaxed.f1
        );
        println!("value F1 {:.4}   type F1 {:.4}", s.value_f1, s.type_f1);
    }
    if errors {
        for (name, _, diffs) in &per {
            let text = &gold
                .iter()
                .find(|g| &g.name == name)
                .map(|g| g.text.as_str())
                .unwrap_or("");
            for d in diffs {
                let (a, b) = match (&d.gold, &d.sys) {
                    (Some(g), _) => (g.start, g.end),
                    (None, Some(s)) => (s.start, s.end),
                    _ => continue,
                };
                let desc = |t: &Option<GoldTimex>| {
                    t.as_ref()
                        .map(|t| {
                            format!(
                                "{} {} '{}'",
                                t.kind,
                                t.value,
                                text.get(t.start..t.end).unwrap_or("")
                            )
                        })
                        .unwrap_or_else(|| "-".into())
                };
                println!(
                    "{name}\t{}\tgold: {}\tsys: {}\t{}",
                    d.what,
                    desc(&d.gold),
                    desc(&d.sys),
                    context(text, a, b)
                );
            }
        }
    }
    Ok(())
}
