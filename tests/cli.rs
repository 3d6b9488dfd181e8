//! The `claimline` CLI: analyze prints the Analysis as JSON with code-point spans; bad input gets a one-line
//! error and a non-zero exit.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/samples/nato-hague-2025.txt");

fn claimline(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run claimline");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn analyze_sample_prints_json_with_its_events_and_rutte_speaking() {
    let (code, out, err) = claimline(&["analyze", SAMPLE, "--date", "2025-06-24"], None);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["publication_date"]["date"], "2025-06-24");
    assert_eq!(v["publication_date"]["source"], "user");
    let events = v["events"].as_array().unwrap();
    let dated = |value: &str, word: &str| {
        events.iter().any(|e| e["time"]["value"] == value && e["title"].as_str().unwrap_or("").to_lowercase().contains(word))
    };
    assert!(dated("2023", "agreed"), "2023 pledge in {events:#?}");
    assert!(dated("2025", "announced"), "EU plan earlier this year");
    assert!(dated("2025-06-24", "summit"), "summit began");
    assert!(dated("2025-06-24", "left"), "Trump left the White House");
    assert!(dated("2025-06-24", "posted"), "the text posted");
    // spans are code points: the text of every timex is the text at its code-point span
    let text: Vec<char> = std::fs::read_to_string(SAMPLE).unwrap().chars().collect();
    for t in v["timexes"].as_array().unwrap() {
        let (s, e) = (t["span"]["start"].as_u64().unwrap() as usize, t["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(text[s..e].iter().collect::<String>(), t["text"].as_str().unwrap());
    }
    // Rutte is the speaker of the quoted text message
    let actors = v["actors"].as_array().unwrap();
    let rutte = actors.iter().find(|a| a["name"] == "Mark Rutte").expect("Mark Rutte is an actor");
    let msg = v["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["contents"].as_array().unwrap().iter().any(|c| c["text"].as_str().unwrap().contains("It makes us all safer")))
        .expect("the message is a quotation");
    assert_eq!(msg["speaker"], rutte["id"]);
}

#[test]
fn analyze_reads_stdin_and_bad_input_fails_in_one_line() {
    let (code, out, _) = claimline(&["analyze", "-", "--date", "2024-01-02"], Some("The vote took place on Monday.".as_bytes()));
    assert_eq!(code, 0);
    assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());

    for (args, stdin, needle) in [
        (vec!["analyze", "-"], Some(&b"\xff\xfe bad"[..]), "not valid UTF-8"),
        (vec!["analyze", "/no/such/file"], None, "cannot read"),
        (vec!["analyze", SAMPLE, "--date", "2025-13-01"], None, "YYYY-MM-DD"),
        (vec!["analyze", SAMPLE, "--format", "pdf"], None, "unknown format"),
        (vec!["analyze"], None, "needs a FILE"),
        (vec!["frobnicate"], None, "unknown command"),
    ] {
        let (code, out, err) = claimline(&args, stdin);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_output_without_a_panic() {
    // `claimline eval timex GOLD SYS --errors | head -c 10`: 5,000 missed expressions print far more than a pipe holds
    let dir = std::env::temp_dir().join(format!("claimline-cli-pipe-{}", std::process::id()));
    let (gold, sys) = (dir.join("gold"), dir.join("sys"));
    std::fs::create_dir_all(&gold).unwrap();
    std::fs::create_dir_all(&sys).unwrap();
    let doc = |body: &str| {
        format!(
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>pipe</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" \
             value=\"2025-06-24\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2025-06-24</TIMEX3>\
             </DCT>\n<TEXT>{body}</TEXT>\n</TimeML>\n"
        )
    };
    let tagged: String = (1..=5000).map(|i| format!("In <TIMEX3 tid=\"t{i}\" type=\"DATE\" value=\"2023\">2023</TIMEX3> it rose. ")).collect();
    std::fs::write(gold.join("pipe.tml"), doc(&tagged)).unwrap();
    std::fs::write(sys.join("pipe.tml"), doc(&"In 2023 it rose. ".repeat(5000))).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(["eval", "timex", gold.to_str().unwrap(), sys.to_str().unwrap(), "--errors"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run claimline");
    let mut head = [0u8; 10];
    let mut stdout = child.stdout.take().unwrap();
    std::io::Read::read_exact(&mut stdout, &mut head).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(out.status.code().is_none_or(|c| c == 0), "exit {:?}", out.status);
}
