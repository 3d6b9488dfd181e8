//! The native command-line tool: `claimline analyze`, `claimline timeml`, `claimline eval ...`.
//!
//! Every error is one line on stderr and a non-zero exit code; JSON goes to stdout.

use crate::analysis::{analyze, Date, Options};
use std::io::Read;

pub mod eval_attribution;
pub mod polnear;

pub const USAGE: &str = "usage:
  claimline analyze FILE|- [--date YYYY-MM-DD] [--format json]
  claimline timeml IN_DIR OUT_DIR
  claimline eval timex GOLD_DIR SYSTEM_DIR [--json] [--errors]
  claimline eval attribution GOLD_DIR [--json]
  claimline eval anchoring GOLD_DIR [--json]";

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
        Some("eval") if args.get(1).map(String::as_str) == Some("attribution") => eval_attribution::run(&args[2..]),
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
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--date" | "--format" => {
                let v = args.get(i + 1).ok_or_else(|| CliError::usage(format!("{a} needs a value")))?;
                if a == "--date" {
                    date = Some(parse_date_arg(v)?);
                } else {
                    format = v.clone();
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
    match format.as_str() {
        "json" => {
            println!("{}", crate::export::to_json(&analysis));
            Ok(())
        }
        other => Err(CliError::usage(format!("unknown format '{other}' (json)"))),
    }
}
