//! The native command-line tool: `claimline analyze`, `claimline timeml`, `claimline eval ...`.
//!
//! Every error is one line on stderr and a non-zero exit code; JSON goes to stdout.

use crate::analysis::{analyze, Date, Options};
use std::io::Read;

pub mod eval_anchoring;
pub mod eval_attribution;
pub mod eval_timex;
pub mod polnear;
pub mod timeml;
pub mod timeml_io;

pub const USAGE: &str = "usage:
  claimline analyze FILE|- [--date YYYY-MM-DD] [--format json|timelinejs|csv|markdown|timeml] [--csv events|claims]
  claimline timeml IN_DIR OUT_DIR
  claimline eval timex GOLD_DIR SYSTEM_DIR [--json] [--errors]
  claimline eval attribution GOLD_DIR [--json] [--errors] [--rules|--rule-cues]
  claimline eval anchoring GOLD_DIR [--json] [--errors] [--classify] [--links]";

/// A failure the user must see: printed as one line, exit code 2 for usage, 1 otherwise.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: i32,
}

impl CliError {
    pub fn usage(msg: impl Into<String>) -> CliError {
        CliError { message: msg.into(), code: 2 }
    }
    pub fn fail(msg: impl Into<String>) -> CliError {
        CliError { message: msg.into(), code: 1 }
    }
}

pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("claimline: {}", e.message.replace('\n', " "));
            e.code
        }
    }
}

pub fn run(args: &[String]) -> Result<(), CliError> {
    match args.first().map(String::as_str) {
        Some("analyze") => cmd_analyze(&args[1..]),
        Some("timeml") => timeml::run(&args[1..]),
        Some("eval") => match args.get(1).map(String::as_str) {
            Some("timex") => eval_timex::run(&args[2..]),
            Some("attribution") => eval_attribution::run(&args[2..]),
            Some("anchoring") => eval_anchoring::run(&args[2..]),
            Some(other) => Err(CliError::usage(format!("unknown evaluation '{other}' (try --help)"))),
            None => Err(CliError::usage("eval needs a kind: timex, attribution or anchoring")),
        },
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(CliError::usage(format!("unknown command '{other}' (try --help)"))),
        None => Err(CliError::usage("no command given (try --help)")),
    }
}

/// Reads a whole file (or stdin for "-") as UTF-8.
pub fn read_text(path: &str) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| CliError::fail(format!("cannot read standard input: {e}")))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| CliError::fail(format!("cannot read {path}: {e}")))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        CliError::fail(format!("{path} is not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to()))
    })
}

pub fn parse_date_arg(s: &str) -> Result<Date, CliError> {
    Date::parse_iso(s).ok_or_else(|| CliError::usage(format!("'{s}' is not a date of the form YYYY-MM-DD")))
}

fn cmd_analyze(args: &[String]) -> Result<(), CliError> {
    let mut file = None;
    let mut date = None;
    let mut format = "json".to_string();
    let mut csv = "events".to_string();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--date" | "--format" | "--csv" => {
                let v = args.get(i + 1).ok_or_else(|| CliError::usage(format!("{a} needs a value")))?;
                match a {
                    "--date" => date = Some(parse_date_arg(v)?),
                    "--format" => format = v.clone(),
                    _ => csv = v.clone(),
                }
                i += 2;
                continue;
            }
            _ if a.starts_with("--date=") => date = Some(parse_date_arg(&a[7..])?),
            _ if a.starts_with("--format=") => format = a[9..].to_string(),
            _ if a.starts_with("--") => return Err(CliError::usage(format!("unknown option {a}"))),
            _ if file.is_none() => file = Some(a.to_string()),
            _ => return Err(CliError::usage(format!("unexpected argument '{a}'"))),
        }
        i += 1;
    }
    let file = file.ok_or_else(|| CliError::usage("analyze needs a FILE (or - for standard input)"))?;
    let text = read_text(&file)?;
    let analysis = analyze(&text, &Options { publication_date: date });
    use crate::export;
    let title = if file == "-" { "article".to_string() } else { export::suggested_name(&text) };
    if format == "json" {
        // Written straight to standard output, not held as one string first: for a 1 MB text that string is
        // tens of megabytes (docs/PERFORMANCE.md, "Memory").
        use std::io::Write;
        let stdout = std::io::stdout();
        let mut w = std::io::BufWriter::new(stdout.lock());
        let written = serde_json::to_writer_pretty(&mut w, &analysis)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(w))
            .and_then(|()| w.flush());
        return match written {
            Ok(()) => Ok(()),
            // A closed pipe (`claimline analyze F | head`) is the reader's choice, not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(CliError::fail(format!("cannot write the JSON: {e}"))),
        };
    }
    let out = match (format.as_str(), csv.as_str()) {
        ("timelinejs", _) => export::to_timelinejs(&text, &analysis, text.lines().find(|l| !l.trim().is_empty()).unwrap_or("Article")),
        ("csv", "events") => export::events_csv(&text, &analysis),
        ("csv", "claims") => export::claims_csv(&analysis),
        ("csv", other) => return Err(CliError::usage(format!("unknown --csv table '{other}' (events, claims)"))),
        ("markdown", _) => export::to_markdown(&text, &analysis, text.lines().find(|l| !l.trim().is_empty()).unwrap_or("Article")),
        ("timeml", _) => export::to_timeml(&text, &analysis, &title),
        (other, _) => return Err(CliError::usage(format!("unknown format '{other}' (json, timelinejs, csv, markdown, timeml)"))),
    };
    print!("{out}");
    if !out.ends_with('\n') {
        println!();
    }
    Ok(())
}
