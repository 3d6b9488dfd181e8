//! Quotations and attributions: golden tests on five short articles written for these tests (testdata/quotes/),
//! negative tests, and the PolNeAR dev evaluation (skipped when the corpus is absent).

use claimline::analysis::model::{ActorKind, Mention};
use claimline::analysis::{quotes, Actor, Attribution, Document, QuoteKind};
use std::path::PathBuf;

fn testdata(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/quotes").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// An actor whose mentions are the whole-word occurrences of its name and aliases (longest first).
fn actor(doc: &Document<'_>, id: &str, name: &str, kind: ActorKind, aliases: &[&str]) -> Actor {
    let mut forms: Vec<&str> = aliases.to_vec();
    forms.push(name);
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut mentions: Vec<Mention> = Vec::new();
    for f in &forms {
        let mut from = 0;
        while let Some(i) = doc.text.get(from..).and_then(|t| t.find(f)) {
            let (s, e) = (from + i, from + i + f.len());
            from = e;
            let before_ok = doc.text.get(..s).and_then(|t| t.chars().next_back()).is_none_or(|c| !c.is_alphanumeric());
            let after_ok = doc.text.get(e..).and_then(|t| t.chars().next()).is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok && !mentions.iter().any(|m| m.span.start < e && s < m.span.end) {
                mentions.push(Mention { span: doc.span(s, e), text: f.to_string(), rule: "test".into() });
            }
        }
    }
    mentions.sort_by_key(|m| m.span.start);
    Actor {
        id: id.into(),
        name: name.into(),
        kind,
        roles: vec![],
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        mentions,
    }
}

/// (a part of the content, cue, source, kind)
type Gold<'a> = (&'a str, &'a str, &'a str, QuoteKind);

fn check(name: &str, atts: &[Attribution], gold: &[Gold<'_>]) {
    assert_eq!(atts.len(), gold.len(), "{name}: {atts:#?}");
    for (content, cue, source, kind) in gold {
        let a = atts
            .iter()
            .find(|a| a.contents.iter().any(|c| c.text.contains(content)))
            .unwrap_or_else(|| panic!("{name}: nothing attributes {content:?}: {atts:#?}"));
        assert_eq!(a.cue.as_ref().map(|c| c.text.as_str()), Some(*cue), "{name}: cue of {content:?}");
        assert_eq!(a.sources.first().map(|s| s.text.as_str()), Some(*source), "{name}: source of {content:?}");
        assert_eq!(a.kind, *kind, "{name}: kind of {content:?}");
    }
}

fn run(name: &str) -> (String, Vec<Attribution>) {
    let text = testdata(name);
    let doc = Document::new(&text);
    let atts = quotes::recognize(&doc, &[]);
    drop(doc);
    (text, atts)
}

use QuoteKind::{Direct, Indirect, Partial};

#[test]
fn golden_court() {
    let (_, a) = run("court.txt");
    check(
        "court",
        &a,
        &[
            // an order is a speech act; "on Monday" stays out of the source
            ("the release of a journalist held for three weeks", "ordered", "A federal judge", Indirect),
            ("the detention \"without any legal basis.\"", "calling", "A federal judge", Partial),
            ("\"The government has offered no evidence", "wrote", "Judge Helen Park", Direct),
            ("they would appeal", "said", "Prosecutors", Indirect),
            ("the case remains under review", "According to", "the Justice Department", Indirect),
            ("that his client was \"relieved and exhausted.\"", "told", "Ms. Alvarez's lawyer, Tom Reyes,", Partial),
            ("\"She did her job,\"", "said", "Reyes", Direct),
        ],
    );
    // the second half of the interrupted quotation belongs to the same attribution
    let reyes = a.iter().find(|x| x.contents.iter().any(|c| c.text.contains("She did her job"))).unwrap();
    assert_eq!(reyes.contents.len(), 2);
    assert_eq!(reyes.contents[1].text, "\"That is not a crime.\"");
}

#[test]
fn golden_election() {
    let (text, a) = run("election.txt");
    check(
        "election",
        &a,
        &[
            // a count, like a poll, "shows" things (PolNeAR counts these as attributions)
            ("her trailing by 412 votes", "showed", "the final count", Indirect),
            ("\"The voters have spoken", "told", "Cho", Direct),
            ("he would focus first on the city's budget deficit", "said", "Her challenger, Marcus Webb,", Indirect),
            ("an independent audit of city finances", "has repeatedly called for", "He", Indirect),
            (
                "that turnout reached 61 percent, the highest in two decades",
                "confirmed",
                "The county election board",
                Indirect,
            ),
            ("\"This win belongs to every neighborhood", "added:", "Webb", Direct),
        ],
    );
    // speakers, with actors as the actor recogniser will give them
    let doc = Document::new(&text);
    let actors = vec![
        actor(&doc, "a1", "Linda Cho", ActorKind::Person, &["Cho", "Mayor Linda Cho"]),
        actor(&doc, "a2", "Marcus Webb", ActorKind::Person, &["Webb"]),
        actor(&doc, "a3", "county election board", ActorKind::Organisation, &[]),
    ];
    let a = quotes::recognize(&doc, &actors);
    let by = |c: &str| a.iter().find(|x| x.contents.iter().any(|t| t.text.contains(c))).unwrap();
    assert_eq!(by("The voters have spoken").speaker.as_deref(), Some("a1"));
    assert_eq!(by("budget deficit").speaker.as_deref(), Some("a2"));
    // "He has repeatedly called for": the only person in this and the previous sentence is Webb
    let audit = by("independent audit");
    assert_eq!(audit.speaker.as_deref(), Some("a2"), "{}", audit.speaker_rule);
    assert!(audit.speaker_rule.starts_with("speaker.pronoun"));
    assert_eq!(by("turnout reached").speaker.as_deref(), Some("a3"));
}

#[test]
fn golden_company_results() {
    let (_, a) = run("company.txt");
    check(
        "company",
        &a,
        &[
            ("a 14 percent drop in quarterly profit", "reported", "Orbitel", Indirect),
            ("higher prices for memory chips", "blaming", "Orbitel", Indirect),
            ("\"We expect costs to ease", "said", "chief financial officer Priya Natarajan", Direct),
            ("Analysts had expected a smaller decline", "according to", "a survey by FactSet", Indirect),
            ("that the company would cut 800 jobs", "warned", "Chief executive Daniel Moreau", Indirect),
            ("the cuts would mostly affect its European offices", "said", "He", Indirect),
            ("Shares fell 6 percent in early trading", "said", "the exchange", Indirect),
        ],
    );
    let inv = a.iter().find(|x| x.contents[0].text.starts_with("Shares fell")).unwrap();
    assert_eq!(inv.rule, "indirect.inverted");
}

#[test]
fn golden_disaster() {
    let (_, a) = run("disaster.txt");
    check(
        "disaster",
        &a,
        &[
            (
                "\"We have never seen water rise this quickly,\"",
                "said",
                "Giulia Ferri, a spokeswoman for the regional civil protection agency",
                Direct,
            ),
            ("two people were missing", "said", "Officials", Indirect),
            (
                "that schools would stay closed until Wednesday",
                "announced",
                "The regional governor, Paolo Conti,",
                Indirect,
            ),
            ("\"Stay away from the riverbanks,\"", "wrote", "Conti", Direct),
            ("the night as \"terrifying.\"", "described", "Residents", Partial),
        ],
    );
}

#[test]
fn golden_sports() {
    let (text, a) = run("sports.txt");
    check(
        "sports",
        &a,
        &[
            ("\"I just closed my eyes and jumped,\"", "said", "defender Sam Okafor, who scored the winner", Direct),
            ("her players' \"belief until the very last second.\"", "praised", "Coach Rita Alves", Partial),
            ("his team had been unlucky", "said", "Eastfield's manager, Jonas Berg,", Indirect),
            ("\"We hit the post twice,\"", "said", "he", Direct),
        ],
    );
    // "The Bowl" is a name, not a quotation
    assert!(!a.iter().any(|x| x.contents.iter().any(|c| c.text.contains("The Bowl"))));
    let doc = Document::new(&text);
    let actors = vec![
        actor(&doc, "a1", "Sam Okafor", ActorKind::Person, &["Okafor"]),
        actor(&doc, "a2", "Rita Alves", ActorKind::Person, &["Alves"]),
        actor(&doc, "a3", "Jonas Berg", ActorKind::Person, &["Berg"]),
    ];
    let a = quotes::recognize(&doc, &actors);
    let he = a.iter().find(|x| x.contents.iter().any(|c| c.text.contains("post twice"))).unwrap();
    assert_eq!(he.speaker.as_deref(), Some("a3"), "{}", he.speaker_rule);
    assert_eq!(he.contents.len(), 2);
}

#[test]
fn golden_stadium_plans_polls_and_expectations() {
    let (_, a) = run("stadium.txt");
    let sourced: Vec<Attribution> = a.iter().filter(|x| !x.sourceless).cloned().collect();
    check(
        "stadium",
        &sourced,
        &[
            // a poll introduced by "In" is the source of the clause after it ("indirect.in_source")
            ("support for the new stadium stood at 54 percent", "In", "a Marist poll released Tuesday", Indirect),
            // plans and wishes before "to" ("indirect.intention")
            ("to put the measure on the ballot in March", "plans", "The city council", Indirect),
            ("to finish the stadium by 2030", "would like", "Mayor Dana Holt", Indirect),
            // a survey "shows" although "shows" is mostly a noun ("indirect.document")
            ("support falling among renters", "shows", "A second survey", Indirect),
            // a participle after a comma reports the subject's speech; it never makes its content a source
            ("the project would create 2,000 jobs", "saying", "The developer", Indirect),
        ],
    );
    let rules: Vec<&str> = sourced.iter().map(|x| x.rule.as_str()).collect();
    assert!(rules.contains(&"indirect.in_source") && rules.contains(&"indirect.intention"), "{rules:?}");
    assert!(rules.contains(&"indirect.document"), "{rules:?}");
    // attributions without a source are flagged, so that claims and the page do not show them as quotations
    let sourceless: Vec<(&str, &str)> = a
        .iter()
        .filter(|x| x.sourceless)
        .map(|x| (x.cue.as_ref().map_or("", |c| c.text.as_str()), x.contents.last().map_or("", |c| c.text.as_str())))
        .collect();
    assert_eq!(
        sourceless,
        vec![("is widely expected", "to begin next spring"), ("asked", "whether taxes would rise")],
        "{a:#?}"
    );
    assert!(a.iter().all(|x| x.sourceless == x.sources.is_empty()));
}

#[test]
fn negatives_scare_quotes_titles_and_plain_text() {
    for text in [
        "The so-called \"reform\" passed on Tuesday.",
        "Critics call it a “tax”, but the bill passed anyway.",
        "She starred in “Death of a Salesman” in 1999.",
        "The band played \"Born in the USA\" twice.",
        "Rain fell all day and the roads were closed.",
        "The report was published on Monday.",
    ] {
        let doc = Document::new(text);
        let a = quotes::recognize(&doc, &[]);
        assert!(a.is_empty(), "{text}: {a:#?}");
    }
}

/// PolNeAR dev: the scores are computed here from the gold files; the thresholds are those this version reaches
/// (see the report), not the targets, which it does not reach yet.
#[test]
fn polnear_dev_scores() {
    let shared = std::env::var("CLAIMLINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dev = shared.join("corpora/polnear/data/dev");
    if !dev.join("attributions").is_dir() {
        println!("SKIPPED polnear_dev_scores: {} is absent (set CLAIMLINE_SHARED)", dev.display());
        return;
    }
    // every dev text is read with its first annotator's file and its publication date from metadata.tsv
    let docs = claimline::cli::polnear::read_split(&dev).expect("dev reads");
    assert!(docs.iter().all(|d| d.publication_date.is_some()), "a dev text without a date");
    // 2,320 E-lines in all files; 2,192 in the first annotator's file of each text
    assert_eq!(docs.iter().map(|d| d.attributions.len()).sum::<usize>(), 2192);
    let (r, per_doc) = claimline::cli::eval_attribution::evaluate_dir(&dev).expect("dev evaluates");
    println!("{}", serde_json::to_string(&r).unwrap());
    assert_eq!(r.documents, 84);
    assert_eq!(per_doc.len(), 84);
    // rounds 14 and 15 (computed): .6790 / .7176 / .5438 exact, .7466 / .7676 / .8123 overlap, attribution .7187
    assert!(r.exact.cue.f1 >= 0.678, "exact cue F1 {}", r.exact.cue.f1);
    assert!(r.exact.source.f1 >= 0.717, "exact source F1 {}", r.exact.source.f1);
    assert!(r.exact.content.f1 >= 0.543, "exact content F1 {}", r.exact.content.f1);
    assert!(r.overlap.cue.f1 >= 0.746, "overlap cue F1 {}", r.overlap.cue.f1);
    assert!(r.overlap.source.f1 >= 0.767, "overlap source F1 {}", r.overlap.source.f1);
    assert!(r.overlap.content.f1 >= 0.812, "overlap content F1 {}", r.overlap.content.f1);
    assert!(r.attribution_f1 >= 0.718, "attribution F1 {}", r.attribution_f1);
    // precision is where rules are strong
    assert!(r.overlap.cue.p >= 0.85, "overlap cue precision {}", r.overlap.cue.p);
}

/// The sample article through the whole pipeline: speakers are the actors the actor recogniser finds.
#[test]
fn sample_article_speakers_are_recognised_actors() {
    let text =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/samples/nato-hague-2025.txt"))
            .unwrap();
    let a =
        claimline::analyze(&text, &claimline::Options { publication_date: claimline::Date::parse_iso("2025-06-24") });
    let id_of = |name: &str| {
        a.actors.iter().find(|x| x.name == name).map(|x| x.id.clone()).unwrap_or_else(|| panic!("no actor {name}"))
    };
    let (rutte, trump, nato) = (id_of("Mark Rutte"), id_of("Donald Trump"), id_of("NATO"));
    let by = |c: &str| {
        a.attributions
            .iter()
            .find(|x| x.contents.iter().any(|t| t.text.contains(c)))
            .unwrap_or_else(|| panic!("nothing attributes {c:?}"))
    };
    for sentence in [
        "It makes us all safer",
        "It was not easy but we’ve got them all signed onto 5 percent!",
        "Donald, you have driven us",
        "Europe is going to pay in a BIG way",
        "flying into another big success",
        "Europe is going to pay big!",
    ] {
        assert_eq!(by(sentence).speaker.as_ref(), Some(&rutte), "{sentence}: {}", by(sentence).speaker_rule);
    }
    assert_eq!(by("five percent of gross domestic product").speaker.as_ref(), Some(&trump));
    assert_eq!(by("that the message came from Rutte").speaker.as_ref(), Some(&nato));
    assert_eq!(by("member states of not paying").speaker.as_ref(), Some(&trump));
}
