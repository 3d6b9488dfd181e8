//! Actors, quantities and claims on the sample article, on five short articles written for these tests
//! (a court case, an election, company results, a disaster, a sports season), negative cases, and a sweep
//! over PolNeAR's training texts (skipped when ../shared is absent).

use claimline::analysis::{
    actors, claims, quantities, Actor, ActorKind, ClaimKind, Document, Quantity,
};
use std::path::PathBuf;

fn run(text: &str) -> (Vec<Actor>, Vec<Quantity>) {
    let doc = Document::new(text);
    (actors::recognize(&doc), quantities::recognize(&doc, &[]))
}

fn actor<'a>(a: &'a [Actor], name: &str) -> &'a Actor {
    a.iter().find(|x| x.name == name).unwrap_or_else(|| {
        panic!(
            "no actor {name:?} in {:?}",
            a.iter().map(|x| &x.name).collect::<Vec<_>>()
        )
    })
}

fn names(a: &[Actor]) -> Vec<&str> {
    a.iter().map(|x| x.name.as_str()).collect()
}

fn has_alias(a: &Actor, alias: &str) -> bool {
    a.name == alias || a.aliases.iter().any(|x| x == alias)
}

fn quantity<'a>(q: &'a [Quantity], text: &str) -> &'a Quantity {
    q.iter().find(|x| x.text == text).unwrap_or_else(|| {
        panic!(
            "no quantity {text:?} in {:?}",
            q.iter().map(|x| &x.text).collect::<Vec<_>>()
        )
    })
}

fn check(
    q: &Quantity,
    value: f64,
    value2: Option<f64>,
    unit: &str,
    qualifier: Option<&str>,
    measures: Option<&str>,
) {
    assert!(
        (q.value - value).abs() < 1e-6 * value.abs().max(1.0),
        "{q:?}"
    );
    assert_eq!(q.value2, value2, "{q:?}");
    assert_eq!(q.unit, unit, "{q:?}");
    assert_eq!(q.qualifier.as_deref(), qualifier, "{q:?}");
    assert_eq!(q.measures.as_deref(), measures, "{q:?}");
}

#[test]
fn sample_article_actors() {
    let text = include_str!("../src/samples/nato-hague-2025.txt");
    let (a, _) = run(text);
    let trump = actor(&a, "Donald Trump");
    assert_eq!(trump.kind, ActorKind::Person);
    for alias in [
        "Trump",
        "President Donald Trump",
        "the president",
        "The US President",
        "Donald",
    ] {
        assert!(has_alias(trump, alias), "Trump lacks {alias}: {trump:?}");
    }
    let rutte = actor(&a, "Mark Rutte");
    for alias in ["Rutte", "NATO chief", "the NATO Secretary General"] {
        assert!(has_alias(rutte, alias), "Rutte lacks {alias}: {rutte:?}");
    }
    assert!(
        rutte.roles.iter().any(|r| r == "NATO Secretary General"),
        "{rutte:?}"
    );
    let us = actor(&a, "US");
    assert!(
        has_alias(us, "America") && us.kind == ActorKind::Place,
        "{us:?}"
    );
    assert_eq!(actor(&a, "NATO").kind, ActorKind::Organisation);
    assert_eq!(actor(&a, "European Union").kind, ActorKind::Organisation);
    assert!(has_alias(actor(&a, "The Hague"), "the Hague"));
    actor(&a, "Iran");
    actor(&a, "Europe");
    // no junk: exactly these actors
    let mut got = names(&a);
    got.sort();
    assert_eq!(
        got,
        vec![
            "Donald Trump",
            "Europe",
            "European Union",
            "Iran",
            "Mark Rutte",
            "NATO",
            "The Hague",
            "Truth Social",
            "US",
            "White House"
        ]
    );
    // ids in order of first mention, every mention with a rule
    assert_eq!(a[0].id, "a1");
    assert!(a
        .iter()
        .all(|x| x.mentions.iter().all(|m| !m.rule.is_empty())));
    for w in a.windows(2) {
        assert!(w[0].mentions[0].span.start <= w[1].mentions[0].span.start);
    }
}

#[test]
fn sample_article_quantities_and_claims() {
    let text = include_str!("../src/samples/nato-hague-2025.txt");
    let doc = Document::new(text);
    let a = actors::recognize(&doc);
    let q = quantities::recognize(&doc, &[]);
    check(
        quantity(&q, "5 percent"),
        5.0,
        None,
        "percent",
        None,
        Some("gross domestic product"),
    );
    assert_eq!(
        quantity(&q, "5 percent").rule,
        "percent+measures.same_figure"
    );
    check(
        quantity(&q, "five percent"),
        5.0,
        None,
        "percent",
        None,
        Some("gross domestic product"),
    );
    check(
        quantity(&q, "at least two percent"),
        2.0,
        None,
        "percent",
        Some("AT_LEAST"),
        Some("GDP"),
    );
    check(
        quantity(&q, "22 of the 32"),
        22.0,
        Some(32.0),
        "ratio",
        None,
        Some("member countries"),
    );
    assert_eq!(q.len(), 4, "{q:#?}"); // "In 2023", "For years", "decades" are not quantities
    let c = claims::build(&doc, &[], &q, &[], &a);
    let cmp = c
        .iter()
        .find(|c| {
            c.text
                .starts_with("spends more on defense than any other member")
        })
        .expect("comparison claim");
    assert_eq!(cmp.kind, ClaimKind::Comparison);
    assert_eq!(cmp.speaker_label, "the article");
    let stat = c.iter().find(|c| c.text.contains("22 of the 32")).unwrap();
    assert_eq!(stat.kind, ClaimKind::Statistic);
    assert!(stat.score > cmp.score.min(50), "{stat:?}");
    let ids: Vec<String> = (1..=c.len()).map(|i| format!("c{i}")).collect();
    assert_eq!(c.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), ids);
}

const COURT: &str = "Judge orders Harlow Chemicals to pay $12.5 million over river spill

A federal judge in Ohio on Thursday ordered Harlow Chemicals to pay $12.5 million in damages to residents of Marlow County, ruling that the company knowingly dumped solvents into the Scioto River for at least six years.

Judge Patricia Okafor said the evidence showed \"a pattern of deliberate concealment.\" Okafor rejected the company's argument that only 3 of the 41 test wells were contaminated.

Harlow's chief executive, Daniel Reyes, said the firm would appeal. Reyes told reporters that the ruling \"ignores the science.\" The company employs about 2,300 people in the state.

More than 1,200 households joined the class action, which was filed in 2019. Lawyers for the residents said cleanup could cost between $40 million and $60 million.";

#[test]
fn golden_court_case() {
    let (a, q) = run(COURT);
    let mut got = names(&a);
    got.sort();
    assert_eq!(
        got,
        vec![
            "Daniel Reyes",
            "Harlow Chemicals",
            "Marlow County",
            "Ohio",
            "Patricia Okafor",
            "Scioto River"
        ]
    );
    assert_eq!(actor(&a, "Harlow Chemicals").kind, ActorKind::Organisation);
    assert!(has_alias(actor(&a, "Harlow Chemicals"), "Harlow"));
    assert_eq!(actor(&a, "Scioto River").kind, ActorKind::Place);
    let okafor = actor(&a, "Patricia Okafor");
    assert!(
        has_alias(okafor, "Okafor") && okafor.roles == vec!["Judge".to_string()],
        "{okafor:?}"
    );
    let reyes = actor(&a, "Daniel Reyes");
    assert!(
        has_alias(reyes, "Reyes") && has_alias(reyes, "Harlow's chief executive"),
        "{reyes:?}"
    );
    check(
        quantity(&q, "3 of the 41"),
        3.0,
        Some(41.0),
        "ratio",
        None,
        Some("test wells"),
    );
    check(
        quantity(&q, "about 2,300"),
        2300.0,
        None,
        "count",
        Some("APPROX"),
        Some("people"),
    );
    check(
        quantity(&q, "More than 1,200"),
        1200.0,
        None,
        "count",
        Some("MORE_THAN"),
        Some("households"),
    );
    check(
        quantity(&q, "between $40 million and $60 million"),
        4e7,
        Some(6e7),
        "USD",
        None,
        None,
    );
    assert_eq!(q.iter().filter(|x| x.text == "$12.5 million").count(), 2);
    assert!(q.iter().all(|x| !x.text.contains("2019")));
}

const ELECTION: &str = "Lindqvist wins Swedish-style landslide in Nordmark regional vote

Maja Lindqvist's Green Alliance won 47.3 percent of the vote in Sunday's regional election in Nordmark, nearly double its 2020 result, according to official figures.

Turnout rose to 71 percent, up 4 percentage points. The governing Farmers' League fell to 18 seats in the 61-seat assembly, its worst result since 1994.

Lindqvist, a former teacher, told supporters in Valby that voters had \"chosen a different future.\" Her rival, Governor Erik Holm, conceded shortly after midnight. Holm said the League would \"listen and rebuild.\"

Analysts expect Lindqvist to form a coalition with the Social Liberals, who took nine seats. Under the regional constitution, a majority requires 31 of the 61 seats.";

#[test]
fn golden_election() {
    let (a, q) = run(ELECTION);
    let mut got = names(&a);
    got.sort();
    assert_eq!(
        got,
        vec![
            "Erik Holm",
            "Farmers' League",
            "Green Alliance",
            "Maja Lindqvist",
            "Nordmark",
            "Social Liberals",
            "Valby"
        ]
    );
    assert!(has_alias(actor(&a, "Maja Lindqvist"), "Lindqvist"));
    assert!(has_alias(actor(&a, "Farmers' League"), "League"));
    assert_eq!(actor(&a, "Social Liberals").kind, ActorKind::Organisation);
    assert_eq!(actor(&a, "Erik Holm").roles, vec!["Governor".to_string()]);
    check(
        quantity(&q, "47.3 percent"),
        47.3,
        None,
        "percent",
        None,
        Some("vote"),
    );
    check(
        quantity(&q, "4 percentage points"),
        4.0,
        None,
        "percentage points",
        None,
        None,
    );
    check(quantity(&q, "18"), 18.0, None, "count", None, Some("seats"));
    check(
        quantity(&q, "nine"),
        9.0,
        None,
        "count",
        None,
        Some("seats"),
    );
    check(
        quantity(&q, "31 of the 61"),
        31.0,
        Some(61.0),
        "ratio",
        None,
        Some("seats"),
    );
    // years, "61-seat" and "Swedish-style" are not quantities
    assert_eq!(q.len(), 6, "{q:#?}");
}

const COMPANY: &str = "Brightwave profit jumps 28% as cloud sales beat forecasts

Brightwave Systems said on Tuesday that its quarterly profit rose 28 percent to $1.9 billion, as demand for its cloud storage services outpaced the forecasts of most analysts.

Revenue grew to $7.4 billion from $6.1 billion a year earlier. The company now has more than 45,000 business customers, chief executive Sandra Whitfield said in a statement.

\"This was the strongest quarter in our history,\" Whitfield said. Brightwave expects revenue of $7.8 billion to $8 billion in the current quarter.

Shares in Brightwave, which trades on the Nasdaq, rose nearly 6% in after-hours trading. The company said it would cut about 1,500 jobs in Europe, roughly a tenth of its workforce there.";

#[test]
fn golden_company_results() {
    let (a, q) = run(COMPANY);
    let mut got = names(&a);
    got.sort();
    assert_eq!(
        got,
        vec!["Brightwave Systems", "Europe", "Nasdaq", "Sandra Whitfield"]
    );
    assert!(has_alias(actor(&a, "Brightwave Systems"), "Brightwave"));
    assert_eq!(
        actor(&a, "Sandra Whitfield").roles,
        vec!["chief executive".to_string()]
    );
    check(quantity(&q, "28%"), 28.0, None, "percent", None, None);
    check(quantity(&q, "$1.9 billion"), 1.9e9, None, "USD", None, None);
    check(
        quantity(&q, "more than 45,000"),
        45000.0,
        None,
        "count",
        Some("MORE_THAN"),
        Some("business customers"),
    );
    check(
        quantity(&q, "$7.8 billion to $8 billion"),
        7.8e9,
        Some(8e9),
        "USD",
        None,
        None,
    );
    check(
        quantity(&q, "nearly 6%"),
        6.0,
        None,
        "percent",
        Some("APPROX"),
        None,
    );
    check(
        quantity(&q, "roughly a tenth"),
        0.1,
        None,
        "fraction",
        Some("APPROX"),
        Some("workforce"),
    );
    let doc = Document::new(COMPANY);
    let c = claims::build(&doc, &[], &q, &[], &a);
    assert!(
        c.iter()
            .any(|c| c.kind == ClaimKind::Comparison && c.text.contains("the strongest quarter")),
        "{c:#?}"
    );
}

const DISASTER: &str = "Earthquake kills at least 140 in southern Peru

A magnitude 7.1 earthquake struck southern Peru early on Monday, killing at least 140 people and leaving tens of thousands of residents without power, officials said.

The quake was centred 40 kilometres east of Arequipa, the country's second-largest city. President Rosa Vilchez declared a state of emergency in three provinces.

\"We are facing the deadliest disaster in a generation,\" Vilchez said in a televised address from Lima. The health ministry said 2,300 people were injured and that a third of the region's hospitals had been damaged.

The Red Cross appealed for 8 million Swiss francs in emergency aid. Aftershocks are expected to continue for several days, the national seismological institute warned.";

#[test]
fn golden_disaster() {
    let (a, q) = run(DISASTER);
    let mut got = names(&a);
    got.sort();
    assert_eq!(
        got,
        vec!["Arequipa", "Lima", "Peru", "Red Cross", "Rosa Vilchez"]
    );
    assert_eq!(actor(&a, "Arequipa").kind, ActorKind::Place);
    assert!(has_alias(actor(&a, "Rosa Vilchez"), "Vilchez"));
    check(
        quantity(&q, "tens of thousands"),
        10000.0,
        None,
        "count",
        Some("AT_LEAST"),
        Some("residents"),
    );
    check(
        quantity(&q, "8 million Swiss francs"),
        8e6,
        None,
        "CHF",
        None,
        Some("emergency aid"),
    );
    check(
        quantity(&q, "a third"),
        1.0 / 3.0,
        None,
        "fraction",
        None,
        Some("region's hospitals"),
    );
    check(quantity(&q, "7.1"), 7.1, None, "number", None, None);
    assert!(q
        .iter()
        .any(|x| x.text == "at least 140" && x.measures.as_deref() == Some("people")));
}

const SPORTS: &str = "Rovers clinch title on final day as Okoye scores twice

Castleford Rovers won the Northern League title on Saturday, beating Dunmore United 3-1 to finish two points ahead of Ashby Town.

Striker Chidi Okoye scored twice to take his tally to 27 goals in 34 matches, the most by any Rovers player since 1987. Okoye said the team had \"never stopped believing.\"

Manager Helen Brandt, who took over in 2022 with the club near the bottom of the table, said the squad had spent less on transfers than any other club in the division. Brandt added that about 9,000 fans had travelled to the away match.

Rovers won 24 of their 38 league games and conceded only 29 goals, fewer than any other side. The club will play in the Premier Division next season for the first time in 40 years.";

#[test]
fn golden_sports_season() {
    let (a, q) = run(SPORTS);
    let okoye = actor(&a, "Chidi Okoye");
    assert!(
        has_alias(okoye, "Okoye") && okoye.roles == vec!["Striker".to_string()],
        "{okoye:?}"
    );
    assert!(has_alias(actor(&a, "Castleford Rovers"), "Rovers"));
    assert_eq!(actor(&a, "Castleford Rovers").kind, ActorKind::Organisation);
    assert_eq!(actor(&a, "Northern League").kind, ActorKind::Organisation);
    assert_eq!(actor(&a, "Helen Brandt").roles, vec!["Manager".to_string()]);
    actor(&a, "Dunmore United");
    check(
        quantity(&q, "24 of their 38"),
        24.0,
        Some(38.0),
        "ratio",
        None,
        Some("league games"),
    );
    check(
        quantity(&q, "about 9,000"),
        9000.0,
        None,
        "count",
        Some("APPROX"),
        Some("fans"),
    );
    check(
        quantity(&q, "two"),
        2.0,
        None,
        "count",
        None,
        Some("points"),
    );
    // the 3-1 score, the years and "40 years" (a duration) are not quantities
    assert!(
        q.iter()
            .all(|x| !["3", "1", "40", "1987", "2022"].contains(&x.text.as_str())),
        "{q:#?}"
    );
    let doc = Document::new(SPORTS);
    let c = claims::build(&doc, &[], &q, &[], &a);
    assert!(
        c.iter().any(|c| c.kind == ClaimKind::Comparison
            && c.text.contains("less on transfers than any other club")),
        "{c:#?}"
    );
}

#[test]
fn negatives_names_dates_ids_and_scare_quotes() {
    let text = "The G7 summit on June 24, 2025 discussed the Boeing 737 and bill H.R. 49, signed in 1998.\n\
                Critics called the plan a \"Freedom Dividend\" and the film \"The Long Night\" a flop, unlike \"Ocean's 11\".\n\
                Safe travels! Earlier this year, So far, nobody answered the phone at 555-0100.";
    let (a, q) = run(text);
    assert!(q.is_empty(), "{q:#?}");
    let n = names(&a);
    assert!(
        !n.iter().any(|x| x.contains("Freedom")
            || x.contains("Long Night")
            || x.contains("Safe")
            || x.contains("Earlier")),
        "{n:?}"
    );
    assert_eq!(n, vec!["G7", "Boeing"]); // "H.R." is a bill prefix, not an actor
}

// ---------------------------------------------------------------------------------------------------------
// Corpus sweep: PolNeAR train texts.

fn shared_dir() -> Option<PathBuf> {
    let p = std::env::var_os("CLAIMLINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    p.is_dir().then_some(p)
}

#[test]
fn polnear_train_texts_no_panic_spans_in_bounds_sane_counts() {
    let Some(shared) = shared_dir() else {
        println!(
            "SKIP polnear sweep: no shared directory (set CLAIMLINE_SHARED or provide ../shared)"
        );
        return;
    };
    let dir = shared.join("corpora/polnear/data/train/text");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("SKIP polnear sweep: {} not found", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let (mut docs, mut n_actors, mut n_mentions, mut n_q, mut n_claims, mut bytes) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut persons = 0usize;
    let mut units: std::collections::BTreeMap<String, usize> = Default::default();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let doc = Document::new(&text);
        let a = actors::recognize(&doc);
        let q = quantities::recognize(&doc, &[]);
        let c = claims::build(&doc, &[], &q, &[], &a);
        let in_bounds = |s: &claimline::analysis::Span| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        for x in &a {
            assert!(
                !x.mentions.is_empty() && !x.name.is_empty(),
                "{}: {x:?}",
                f.display()
            );
            for m in &x.mentions {
                assert!(in_bounds(&m.span), "{}: {m:?}", f.display());
                assert_eq!(&text[m.span.start..m.span.end], m.text);
                assert!(!m.rule.is_empty());
            }
        }
        for x in &q {
            assert!(
                in_bounds(&x.span) && x.value.is_finite(),
                "{}: {x:?}",
                f.display()
            );
            assert_eq!(&text[x.span.start..x.span.end], x.text);
            *units.entry(x.unit.clone()).or_default() += 1;
        }
        for x in &c {
            assert!(
                in_bounds(&x.span) && x.score <= 100,
                "{}: {x:?}",
                f.display()
            );
        }
        docs += 1;
        bytes += text.len();
        n_actors += a.len();
        persons += a.iter().filter(|x| x.kind == ActorKind::Person).count();
        n_mentions += a.iter().map(|x| x.mentions.len()).sum::<usize>();
        n_q += q.len();
        n_claims += c.len();
    }
    println!(
        "polnear train: {docs} texts, {} KB; {n_actors} actors ({persons} people), {n_mentions} mentions, {n_q} quantities {units:?}, {n_claims} claims",
        bytes / 1024
    );
    assert!(docs >= 800, "expected the 840 train texts, read {docs}");
    // sane counts: political news names several actors per article, and not one per word
    let per_doc = n_actors as f64 / docs as f64;
    assert!((5.0..60.0).contains(&per_doc), "actors per text: {per_doc}");
    assert!(
        n_mentions as f64 / (bytes as f64 / 1000.0) < 25.0,
        "too many mentions per KB"
    );
    assert!(n_q > docs, "quantities: {n_q}");
}

#[test]
/// Hostile repetition (4,000 quotation-laden names, 10,000 bare quotation marks) must not panic. Whether the cost
/// stays linear is measured by the criterion benchmarks (`analyze/100KB` against `analyze/1MB`, docs/PERFORMANCE.md),
/// not by a clock in a test.
fn long_and_hostile_inputs_are_safe() {
    let mut text = String::new();
    for i in 0..4000 {
        text.push_str(&format!("\"President Ann Lee{i}\" said the president, \"“ 5% of {i} ’s the NATO chief $ {i} - 3 - "));
    }
    text.push_str(&"\"".repeat(10_000));
    let doc = Document::new(&text);
    let a = actors::recognize(&doc);
    let q = quantities::recognize(&doc, &[]);
    let c = claims::build(&doc, &[], &q, &[], &a);
    assert!(!a.is_empty() && !q.is_empty() && !c.is_empty(), "the names, numbers and claims are still read");
}

#[test]
fn random_texts_never_panic_and_spans_stay_on_char_boundaries() {
    // a deterministic generator over a palette of the characters the rules look at
    let palette: Vec<&str> = vec![
        "The ",
        "the ",
        "President ",
        "Mr. ",
        "Sen. ",
        "NATO",
        "NATO's ",
        "US ",
        "U.S. ",
        "Ann ",
        "Lee ",
        "said ",
        "of ",
        "at least ",
        "5",
        "22",
        "1,200",
        "3.5",
        "1/8",
        "9/11",
        "$",
        "€",
        "£",
        "%",
        " percent",
        " million",
        "-",
        "–",
        " to ",
        " and ",
        " between ",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "(",
        ")",
        ",",
        ".",
        "!",
        "?",
        ":",
        "\n",
        " ",
        "é",
        "😀",
        "Zürich ",
        "a third of ",
        "tens of thousands of ",
        "more than any other ",
        "the most ",
        "will ",
        "I think ",
        "H.R. ",
        "No. ",
        "June ",
        "Feb. ",
        "R-Texas ",
        "FULL TEXT ",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..300 {
        let len = (next() % 80) as usize;
        let text: String = (0..len)
            .map(|_| palette[(next() % palette.len() as u64) as usize])
            .collect();
        let doc = Document::new(&text);
        let a = actors::recognize(&doc);
        let q = quantities::recognize(&doc, &[]);
        let c = claims::build(&doc, &[], &q, &[], &a);
        let ok = |s: &claimline::analysis::Span| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        assert!(
            a.iter().flat_map(|x| &x.mentions).all(|m| ok(&m.span)),
            "{text:?}"
        );
        assert!(
            q.iter().all(|x| ok(&x.span) && x.value.is_finite()),
            "{text:?}"
        );
        assert!(c.iter().all(|x| ok(&x.span) && x.score <= 100), "{text:?}");
    }
}
