//! The lexicons of attribution, as data: cue verbs, auxiliaries that join a cue, clause boundaries, pronouns,
//! and the nouns of quoted messages. The code in `mod.rs` applies them; nothing here is specific to an article.

use crate::analysis::lexicon::{TableMap, TableSet, WordFilter};

/// How a cue verb takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Reporting verbs that take a clause directly: "said (that) ...", "warned ...".
    Speech,
    /// Verbs with a recipient before the content: "told reporters (that) ...", "assured voters ...".
    Tell,
    /// Verbs that report only with a complementizer or a quotation: "believes that ...", "posted: '...'".
    Weak,
    /// Verbs whose object is part of the content: "urged him to resign", "asked whether ...".
    Object,
}

pub struct CueVerb {
    pub word: &'static str,
    pub class: CueClass,
}

const fn s(word: &'static str) -> CueVerb {
    CueVerb { word, class: CueClass::Speech }
}
const fn t(word: &'static str) -> CueVerb {
    CueVerb { word, class: CueClass::Tell }
}
const fn o(word: &'static str) -> CueVerb {
    CueVerb { word, class: CueClass::Object }
}
const fn w(word: &'static str) -> CueVerb {
    CueVerb { word, class: CueClass::Weak }
}

/// Inflected forms of the verbs that introduce reported speech (rule "cue.verb").
#[rustfmt::skip]
pub const CUE_VERBS: &[CueVerb] = &[
    s("say"), s("says"), s("said"), s("saying"),
    t("tell"), t("tells"), t("told"), t("telling"),
    s("adds"), s("added"), s("adding"),
    s("write"), s("writes"), s("wrote"), s("writing"),
    s("note"), s("notes"), s("noted"), s("noting"),
    s("announce"), s("announces"), s("announced"), s("announcing"),
    s("argue"), s("argues"), s("argued"), s("arguing"),
    s("claim"), s("claims"), s("claimed"), s("claiming"),
    s("insist"), s("insists"), s("insisted"), s("insisting"),
    s("warn"), s("warns"), s("warned"), s("warning"),
    s("confirm"), s("confirms"), s("confirmed"), s("confirming"),
    s("explain"), s("explains"), s("explained"), s("explaining"),
    s("stated"),
    s("declare"), s("declares"), s("declared"),
    s("tweet"), s("tweets"), s("tweeted"), s("tweeting"),
    s("predict"), s("predicts"), s("predicted"), s("predicting"),
    s("acknowledge"), s("acknowledges"), s("acknowledged"), s("acknowledging"),
    s("admit"), s("admits"), s("admitted"), s("admitting"),
    s("recall"), s("recalls"), s("recalled"), s("recalling"),
    s("reply"), s("replies"), s("replied"),
    s("respond"), s("responds"), s("responded"),
    s("contend"), s("contends"), s("contended"),
    s("assert"), s("asserts"), s("asserted"),
    s("allege"), s("alleges"), s("alleged"),
    s("stress"), s("stresses"), s("stressed"),
    s("emphasize"), s("emphasizes"), s("emphasized"), s("emphasised"),
    s("suggest"), s("suggests"), s("suggested"), s("suggesting"),
    s("estimate"), s("estimates"), s("estimated"),
    s("conclude"), s("concludes"), s("concluded"),
    s("complain"), s("complains"), s("complained"),
    s("boast"), s("boasts"), s("boasted"),
    s("reports"), s("reported"),
    s("reveal"), s("reveals"), s("revealed"),
    s("testify"), s("testified"),
    s("joke"), s("joked"), s("quip"), s("quipped"),
    s("wonder"), s("wondered"),
    s("exclaim"), s("exclaimed"), s("shout"), s("shouted"),
    s("observe"), s("observed"),
    s("predict"), s("indicated"), s("indicate"), s("indicates"),
    s("mused"), s("vowed"), s("vows"), s("vow"), s("pledged"), s("promised"), s("promises"),
    t("assure"), t("assured"), t("assures"),
    t("remind"), t("reminded"), t("reminds"),
    t("inform"), t("informed"),
    o("ask"), o("asks"), o("asked"), o("asking"),
    o("urge"), o("urges"), o("urged"), o("urging"),
    // beliefs, knowledge and expectations take a clause directly ("I think she could win")
    s("believe"), s("believes"), s("believed"),
    s("think"), s("thinks"), s("thought"),
    w("continue"), w("continues"), w("continued"),
    w("post"), w("posts"), w("posted"),
    s("show"), s("shows"), s("showed"), s("shown"),
    s("finds"), s("found"),
    s("deny"), s("denies"), s("denied"),
    s("hope"), s("hopes"), s("hoped"),
    s("fear"), s("fears"), s("feared"),
    s("worry"), s("worries"), s("worried"),
    w("agree"), w("agrees"), w("agreed"),
    s("know"), s("knows"), s("knew"),
    s("feel"), s("feels"), s("felt"),
    w("expect"), w("expects"), w("expected"),
    s("doubt"), s("doubts"), s("doubted"),
    s("suspect"), s("suspects"), s("suspected"),
    s("assume"), s("assumes"), s("assumed"),
    s("guess"), s("figured"),
    s("realize"), s("realized"), s("realizes"),
    s("understand"), s("understands"), s("understood"),
    s("recognize"), s("recognized"), s("recognizes"),
    s("imply"), s("implied"), s("implies"),
    s("insinuated"), s("hinted"),
    s("demand"), s("demands"), s("demanded"),
    w("concede"), w("concedes"), w("conceded"),
    s("speculate"), s("speculated"), s("predicts"),
    s("calculated"), s("projected"), s("projects"),
    s("remarked"), s("reiterate"), s("reiterates"), s("reiterated"), s("stating"),
    s("signaled"), s("signalled"), s("pleaded"), s("remembers"), s("remembered"), s("emailed"), s("repeating"),
    // only before "that" ("maintained that", "charged that"; not "charged with")
    w("maintain"), w("maintains"), w("maintained"), w("charged"), w("charges"),
    // a text's wording, before a quotation ("the headline reads: ...", "..., reads an editorial")
    w("reads"),
];

/// Cue verbs that are also common nouns ("a news report", "the claims"): they count as verbs only after a
/// name, a pronoun, a relative pronoun or an auxiliary.
pub const NOUN_LIKE: &[&str] = &[
    "report", "reports", "claim", "claims", "note", "notes", "post", "posts", "tweet", "tweets", "estimate",
    "estimates", "reply", "replies", "vow", "vows", "promise", "promises", "show", "shows", "find", "finds", "hope",
    "hopes", "fear", "fears", "worry", "worries", "call", "calls", "warning", "read", "reads", "joke", "stress",
    "answer", "request", "order", "orders", "support", "supports", "want", "wants", "need", "needs",
    "attacks", "attack", "backs", "plans", "plan", "demands", "demand", "threats", "proposals", "praise",
    "criticism", "calls", "questions", "concerns", "cites", "mentions", "defends", "opposes", "urges", "blames",
    "view", "views", "pledged", "listed", "express", "discuss", "mention",
];

/// Words that may be the head of a source without a capital: quantities of people in polls ("47 percent said",
/// "half said") and common groups.
pub const GROUP_HEADS: &[&str] = &[
    "percent", "half", "majority", "most", "many", "some", "few", "others", "officials", "analysts", "experts",
    "critics", "sources", "aides", "supporters", "voters", "residents", "police", "prosecutors", "authorities",
    "respondents", "democrats", "republicans", "people", "researchers", "scientists", "economists", "observers",
    "advocates", "lawyers", "attorneys", "investigators", "doctors", "witnesses", "spokesman", "spokeswoman",
    "spokesperson", "official", "source", "campaign", "administration", "government", "committee", "poll", "survey",
    "study", "report", "statement", "letter", "message", "post", "third", "quarter", "two-thirds", "third",
];

/// Verbs whose content is their object rather than a clause ("called Christmas a sham", "criticized the plan",
/// "endorsed Cruz"): PolNeAR counts these judgements as attributions (rule "indirect.object").
pub const OBJECT_VERBS: &[&str] = &[
    "called", "calling", "calls", "criticized", "criticised", "criticizing", "criticizes", "praised", "praising",
    "praises", "endorsed", "endorsing", "endorses", "dismissed", "dismissing", "mocked", "mocking", "accused",
    "accusing", "accuses", "described", "describing", "describes", "urged", "urging", "urges", "blamed", "blaming",
    "blames", "defended", "defending", "defends", "questioned", "questioning", "condemned", "condemning",
    "slammed", "blasted", "attacked", "attacking", "thanked", "thanking", "supported", "supports",
    "backed", "backing", "opposed", "opposes", "opposing", "rejected", "rejecting", "proposed", "proposing",
    "wants", "wanted", "want", "vowing", "vowed", "pledging", "promising", "refused", "declined", "sought",
    "seeking", "cited", "citing", "discussed", "discussing", "expressed", "expressing", "hailed", "touted",
    "touting", "pointed", "highlighted", "recommended", "demanded", "demanding", "labeled", "labelled", "branded",
    "questioned", "challenged", "disputed", "denounced", "denouncing", "welcomed", "acknowledging", "referring",
    "referred", "invoked", "invoking", "mentioned", "mentioning", "lamented", "apologized", "congratulated",
    "support", "supported", "supporting", "oppose", "prefer", "prefers", "preferred", "favor", "favors",
    "favored", "sees", "view", "views", "viewed", "consider", "considers", "considered", "dislike",
    "dislikes", "trust", "trusts", "trusted", "planning", "intends",
    "hopes", "tout", "touts", "announces", "unveiled",
    "predicted", "recommend", "recommends", "advised", "endorse", "criticize", "praise", "reject",
    "rejects", "questioned",
    "agreed", "threatened", "threatening", "hinted", "bragged", "decried", "decries", "echoed", "echoes", "voiced",
    "voices", "portrayed", "portrays", "ordered", "hoping", "express", "expresses", "seeks", "listed", "deemed",
    "refusing", "refuses", "expecting", "mention", "mentions", "discuss", "discusses", "encouraged", "disclosed",
    "slams", "blasts", "rips", "named",
    // "compared abortion to the Holocaust" (round 14: 16 of the 33 on train are gold cues, all with an object;
    // "compared to/with" right after the verb is `NON_REPORTING_PARTICLES`)
    "compared", "compares", "comparing",
];

/// Present participles that report speech of the sentence's subject after a comma ("..., saying ...").
pub const PARTICIPLE_CUES: &[&str] = &[
    "saying", "adding", "noting", "arguing", "calling", "telling", "warning", "insisting", "claiming", "explaining",
    "writing", "suggesting", "declaring", "asking", "urging", "accusing", "promising", "vowing", "predicting",
    "citing", "describing", "referring", "acknowledging", "asserting", "stressing", "pointing", "criticizing",
    "praising", "dismissing", "blaming", "touting", "recalling", "joking", "boasting", "complaining",
];

/// Multi-word cues: (words, rule). "according to" puts the source after the cue.
pub const ACCORDING_TO: &[&str] = &["according", "to"];

/// Verbs that take a particle that belongs to the cue ("referring to", "pointed out", "called on").
pub const PARTICLE_VERBS: &[(&str, &str)] = &[
    ("referring", "to"), ("referred", "to"), ("refers", "to"), ("pointed", "to"), ("pointed", "out"), ("points", "out"),
    ("points", "to"), ("pointing", "to"), ("pointing", "out"), ("called", "on"), ("calls", "on"), ("calling", "on"),
    ("call", "on"), ("spoke", "of"), ("speaking", "of"), ("talked", "about"), ("talking", "about"), ("spoke", "about"),
    ("weighed", "in"), ("cited", "as"), ("warned", "of"), ("warned", "against"), ("warns", "of"),
    ("complained", "about"), ("railed", "against"), ("rails", "against"), ("sounded", "off"), ("lashed", "out"), ("hinted", "at"), ("boasted", "about"), ("bragged", "about"), ("joked", "about"),
    ("asked", "about"), ("asked", "for"), ("asks", "about"), ("wrote", "about"),
    ("writes", "about"), ("worried", "about"), ("apologized", "for"),
    ("testified", "about"), ("commented", "on"),
    // measured on PolNeAR train (about two in five are gold cues, "voted" alone one in three)
    ("voted", "for"), ("voted", "against"), ("votes", "for"), ("votes", "against"), ("spoke", "out"), ("spoke", "on"),
    ("speaks", "about"), ("speaks", "of"), ("speaking", "about"), ("speaking", "out"),
    // phrasal verbs of stance, measured on PolNeAR train (half or more in gold cues)
    ("laid", "out"), ("lays", "out"), ("laying", "out"), ("shot", "back"), ("fired", "back"), ("hit", "back"),
    ("hits", "back"), ("brushed", "off"), ("brushes", "off"), ("brushing", "off"), ("shrugged", "off"),
    ("shrugs", "off"), ("shrugging", "off"), ("played", "down"), ("plays", "down"), ("talked", "up"), ("talks", "up"),
    ("talking", "up"), ("singled", "out"), ("singling", "out"), ("weighs", "in"), ("weighing", "in"),
    ("doubled", "down"), ("doubles", "down"), ("doubling", "down"),
    // measured on PolNeAR train, round 12 (half or more in gold cues, none found before)
    ("talks", "about"), ("focuses", "on"), ("went", "after"), ("point", "to"),
];

/// Verbs that, followed by "for", report a demand: "X has repeatedly called for ..." (rule "cue.called_for").
pub const CALL_FOR: &[&str] = &["call", "calls", "called", "calling", "push", "pushed", "pushes", "pushing", "pressed", "argued", "argues", "advocated"];

/// Verbs of evaluation that frame a partial quotation ("called the actions "truly extraordinary"",
/// "praised X for his "decisive action"").
pub const FRAMING_VERBS: &[&str] = &[
    "called", "calls", "calling", "call", "described", "describes", "describing", "praised", "praises", "praising",
    "congratulated", "congratulates", "congratulating", "criticized", "criticised", "criticizes", "accused", "accuses",
    "dismissed", "dismisses", "labeled", "labelled", "branded", "termed", "dubbed", "hailed", "slammed", "blasted",
    "thanked", "promised", "vowed", "pledged", "referred", "referring", "suggested", "said", "says",
];

/// Words between a source and its verb that belong to the cue ("has said", "also said", "has repeatedly called for").
pub const CUE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "also", "later", "previously", "repeatedly", "recently", "then", "again", "once", "reportedly",
    "publicly", "privately", "further", "first", "will", "would", "could", "may", "might", "did", "does", "do", "never",
    "often", "frequently", "earlier", "already", "even", "still", "since", "long", "subsequently", "initially",
    "separately", "similarly", "flatly", "explicitly", "openly", "quickly", "simply", "only", "just", "never",
    "has", "had", "not", "n't", "yet", "all", "both", "always", "finally", "ultimately", "didn’t", "didn't", "don’t", "don't", "doesn’t",
    "doesn't", "won’t", "won't", "can’t", "can't", "wouldn’t", "wouldn't", "couldn’t", "couldn't", "isn’t", "now",
    "increasingly", "clearly", "apparently", "seemingly", "personally", "specifically", "directly",
    "isn't", "wasn’t", "wasn't", "hasn’t", "hasn't", "haven’t", "haven't", "can", "should", "must",
];

/// Words that end a source noun phrase when reading backwards (clause boundaries and prepositions that do not
/// belong inside a speaker's description).
pub const NP_BOUNDARY: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "when", "while", "as", "if",
    "after", "before", "since", "so", "where", "though", "although", "unless", "until", "than", "then", "yet",
    "on", "in", "at", "during", "for", "with", "to", "from", "by", "about", "over", "into", "onto", "under",
    "between", "among", "through", "against", "without", "within", "upon", "is", "was", "are", "were", "be", "been",
    "being", "it", "this", "there", "here", "what", "how", "why", "whether", "not", "also", "now", "today",
    "yesterday", "tomorrow", "however", "meanwhile", "instead", "later", "earlier", "previously", "last", "next",
];

/// Conjunctions that join a source read backwards to the conjunct before it ("Mrs. Clinton and Ms. Warren said")
/// (rule "source.coordinated", `quotes::sources`).
pub const SOURCE_COORDINATORS: &[&str] = &["and", "or", "nor"];

/// Prepositions that join a source read backwards to the noun phrase before it ("Aides to Clinton said",
/// "Democratic insiders in New Hampshire said") (rule "source.postmodifier", `quotes::sources`).
pub const SOURCE_POSTMODIFIER_PREPOSITIONS: &[&str] = &["in", "at", "for", "from", "to", "on", "by", "among"];

/// One-word openers of a sentence that are not the first item of a list of sources ("First, she and other Democrats
/// refused") (rule "source.coordinated").
pub const SOURCE_LIST_NON_ITEMS: &[&str] = &[
    "first", "second", "third", "finally", "still", "now", "then", "instead", "meanwhile", "however", "moreover",
    "indeed", "yes", "no", "well", "so", "again", "together", "also", "too", "thus", "overall", "later", "earlier",
    "afterward", "afterwards", "nonetheless", "nevertheless", "similarly", "likewise", "separately", "here", "there",
];

/// Determiners that open the subject of an object-gap relative after a noun inside a source read backwards ("an
/// offer the leadership rebuffed", "nine things the Donald has said") (rule "source.object_gap").
pub const OBJECT_GAP_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "several", "many", "most", "some"];

/// Verbs that make their object the subject of an infinitive cue ("The victory led Priebus to declare", "forced
/// Sanders to acknowledge"), and "for" ("a chance for Clinton to highlight"): the object is the source (rule
/// "source.infinitive_object").
pub const CAUSATIVE_VERBS: &[&str] = &[
    "led", "lead", "leads", "leading", "caused", "cause", "causes", "causing", "drove", "drive", "drives", "driving",
    "forced", "force", "forces", "forcing", "allowed", "allow", "allows", "allowing", "left", "leave", "leaves",
    "leaving", "prompted", "prompt", "prompts", "prompting", "pushed", "push", "pushes", "pushing", "spurred",
    "enabled", "inspired", "for",
];

/// Words that open an adverbial before a sentence's subject ("Ultimately, X ...", "Once he was president, X ...",
/// "Outside the campaign, X ...", "Along with her husband, ..., she ..."), besides -ly adverbs and the prepositions of
/// `SUBJECT_OPENING_PREPOSITIONS` (rule "source.after_opening").
pub const SOURCE_ADVERBIAL_OPENERS: &[&str] = &[
    "once", "outside", "absent", "along", "just", "more", "less", "even", "when", "while", "as", "if", "although",
    "though", "because", "since", "instead", "meanwhile", "unlike", "like", "amid", "despite", "upon", "beyond",
];

/// Pronouns that head a source with a relative clause on their own ("those who back her opponents say") (rule
/// "source.clause_postmodifier").
pub const RELATIVE_HEAD_PRONOUNS: &[&str] = &["those", "people", "anyone", "everyone", "someone", "many", "some"];

/// Head nouns of an object-gap relative whose subject is a name, a quantifier or a pronoun ("a tactic Democrats
/// hope", "the moment Chris Christie learned", "everything Trump says"); adjectives before a name ("a flabbergasted
/// Noah", "the presumptive nominee") are none, measured on PolNeAR train (rule "source.object_gap_head").
pub const OBJECT_GAP_HEADS: &[&str] = &[
    "moment", "place", "reason", "reasons", "way", "thing", "things", "one", "ones", "kind", "word", "point", "tactic",
    "honor", "defeat", "time", "day", "everything", "anything", "something", "nothing", "issue", "idea", "promise",
    "trends", "campaign", "jurist", "columns", "office", "agenda", "plans", "topics",
];

/// Lowercase words that never end the head of an object-gap relative before its subject ("including a minority of
/// ...", "like the ...") (rule "source.object_gap").
pub const OBJECT_GAP_NON_HEADS: &[&str] = &[
    "including", "like", "unlike", "per", "via", "of", "'s", "’s", "said", "says", "say", "told", "tells", "asked", "and",
    "or", "nor", "not", "no", "all", "both", "each", "every", "such", "own", "only", "even", "just", "about",
];

/// Participles before "by" that report no speech of the agent: feelings, whose subject is the one who feels
/// ("German authorities, worried by the increase"), and verbs of sequence ("responded by settling") (rule
/// "source.reduced_passive").
pub const REDUCED_PASSIVE_NOT_CUES: &[&str] = &[
    "worried", "concerned", "troubled", "alarmed", "angered", "frustrated", "disturbed", "encouraged", "heartened",
    "pleased", "disappointed", "surprised", "shocked", "upset", "bothered", "moved", "inspired", "emboldened",
    "buoyed", "motivated", "responded", "concluded", "followed", "began", "started", "ended", "answered", "replied",
    "reacted", "opened", "closed",
];

/// Words after a dash inside a source that continue the subject ("Democrats -- including Clinton -- said", "Democrats
/// — and some Republicans — said"); after any other single dash the source starts anew ("CHICAGO - Rahm Emanuel
/// said", "- Mr. Biden told") (rule "source.after_dash").
pub const SOURCE_DASH_CONTINUERS: &[&str] =
    &["including", "and", "or", "like", "for", "such", "especially", "not", "in", "among", "from", "with", "as"];

/// Relative pronouns that open a clause between dashes after a source ("Joyce — who is listed as an attorney — told"):
/// the clause is left out (rule "source.dash_relative").
pub const SOURCE_DASH_RELATIVES: &[&str] = &["who", "whose", "which"];

/// Nouns of `NOUN_CUES` that are also verbs of stance: after a subject and before "that" they are its verb ("She fears
/// that", "the suit claims that"), and the subject is the source (rule "source.noun_cue_subject").
pub const NOUN_CUE_VERB_READINGS: &[&str] = &["fear", "fears", "claim", "claims"];

/// Prepositions before a noun of `NOUN_CUE_VERB_READINGS` that keep it a noun ("amid fears that") (rule
/// "source.noun_cue_subject"; `SUBJECT_PREPOSITIONS` too).
pub const NOUN_CUE_PREPOSITIONS: &[&str] = &["amid", "despite", "over", "after", "before", "like", "unlike"];

/// Finite auxiliaries that end a subject read backwards over its verb ("The governor has", "Many clubs have begun")
/// (rule "source.trailing_auxiliary").
pub const SOURCE_END_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might",
    "must", "did", "does", "do",
];

/// Words after such an auxiliary that join another clause whose subject may be the source ("A second-place finish
/// could bruise Rubio and help Cruz | win") (rule "source.trailing_auxiliary").
pub const SOURCE_CLAUSE_LINKS: &[&str] = &["and", "but", "or", "that", "which", "who", "whom", "whose"];

/// Verbs whose object a gerund after it does not report: the verb's subject does ("The town released a statement
/// Wednesday saying", "Sanders spent much of his campaign railing against", "speakers took turns urging"), measured
/// on PolNeAR train (rule "source.verb_object_gerund").
pub const GERUND_SUBJECT_VERBS: &[&str] = &[
    "released", "releases", "issued", "issues", "sent", "sends", "published", "publishes", "filed", "files", "posted",
    "spent", "spends", "spending", "took", "takes", "taking", "wasted", "planted", "launched", "revised", "led",
    "entered", "unveiled", "aired", "making", "made", "went",
];

/// Particles between such a verb and its object ("sent out fund-raising pitches", "put off deciding").
pub const GERUND_SUBJECT_PARTICLES: &[&str] = &["out", "off", "up"];

/// Opening adverbs that are no part of a subject read backwards ("Moreover, Jeffrey Sachs, director of ..., said",
/// "First his wife ... announced") (rule "source.leading_clause").
pub const SOURCE_OPENING_ADVERBS: &[&str] = &[
    "moreover", "similarly", "meanwhile", "still", "however", "instead", "also", "finally", "first", "separately",
    "likewise", "indeed", "besides", "yet", "now", "then", "again", "ultimately", "thus", "certainly", "perhaps",
];

/// Relative pronouns that are the source of a framing verb after them ("leaflets that said, "..."") (rule
/// "source.framing_relative").
pub const FRAMING_RELATIVES: &[&str] = &["that", "which", "who"];

/// Prepositions whose phrase stays with a source read forwards, measured on PolNeAR train (11 gold sources with the
/// phrase, none without; "in" is left out: 2 against 7) (rule "source.forward_postmodifier").
pub const SOURCE_FORWARD_PREPOSITIONS: &[&str] = &["to", "for", "with", "at", "from"];

/// Head nouns that make such a phrase a time adverbial ("said X at the time") (rule "source.forward_postmodifier").
pub const SOURCE_FORWARD_TIME_HEADS: &[&str] = &["time", "moment", "event", "rally", "meeting", "hearing", "conference"];

/// Particles between a verb and its object ("toned down his criticism", "ratcheting up his critique") (rule
/// "source.possessive_object").
pub const VERB_PARTICLES: &[&str] = &["up", "down", "off", "out", "back"];

/// Pronouns that stand as a subject before a verb (rule "source.noun_cue_subject").
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "you"];

/// Adverbials interjected between a source and its cue, in commas ("Cement makers, for instance, argue"): not part
/// of the source (rule "source.interjection").
pub const SOURCE_INTERJECTIONS: &[&str] = &[
    "however", "for instance", "for example", "in fact", "meanwhile", "on the other hand", "it turned out",
    "historically", "too", "though", "of course", "in turn", "in particular", "in contrast", "by contrast", "moreover",
    "likewise", "similarly", "instead", "indeed", "nonetheless", "nevertheless", "in response", "in short",
];

/// Words that open the object of an interjected adverbial after a name ("Trump in his speech called", "Bush in a
/// Medium post said"): the name alone is the source (rule "source.postmodifier").
pub const INTERJECTED_OBJECT_OPENERS: &[&str] = &["a", "an", "his", "her", "their", "its"];

/// Words that stop a source noun phrase read forwards ("said Caddell, speaking of ...", "said X in a statement").
pub const NP_FORWARD_STOP: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "when", "while", "as", "that", "who", "which", "and", "but",
    "to", "of", "about", "from", "this", "last", "earlier", "later", "yesterday", "today", "recently", "adding",
    "noting", "saying", "referring", "speaking", "according", "told", "said", "says", "added", "via", "through",
    "for", "with", "by", "because", "since", "if", "although", "though", "than", "then",
];

/// Words that start a content clause after a cue; the content begins at them ("said on Friday that ...").
pub const COMPLEMENTIZERS: &[&str] = &["that", "how", "why", "what", "whether", "if", "when", "where", "who"];

/// Personal pronouns that may be sources, with the kind of actor they refer to.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];
pub const GROUP_PRONOUNS: &[&str] = &["they", "it"];
pub const OTHER_PRONOUNS: &[&str] = &["i", "we", "you"];

/// Nouns for written messages whose author is their source ("the message said", "Rutte's message said").
pub const MESSAGE_NOUNS: &[&str] = &[
    "message", "text", "post", "letter", "statement", "email", "e-mail", "tweet", "note", "memo", "release", "report",
    "screenshot", "video", "ad", "advertisement", "filing", "lawsuit", "complaint", "ruling", "order", "poll", "survey",
    "study", "website", "book", "op-ed", "speech", "interview",
];

/// Determiners that may open a source noun phrase.
pub const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "one", "some", "many", "several", "both", "all", "most", "other", "another"];

/// Words after a cue verb that are not a source when reading forwards ("said today", "said Tuesday").
pub const TIME_WORDS: &[&str] = &[
    "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "recently", "earlier", "later", "previously", "last", "this", "then", "again", "also", "repeatedly", "once",
];

/// The long tail of reporting verbs, by base form (rule "cue.lemma"): their -s, -ed and -ing forms are cues
/// ("offered his assessment", "bemoaned the lack", "forecasts a win"); the base form is left out because it is
/// mostly a noun or an infinitive ("an offer", "to decide").
#[rustfmt::skip]
pub const CUE_LEMMAS: &[CueVerb] = &[
    s("repeat"), s("forecast"), s("learn"), s("remember"), s("chant"), s("remark"), s("state"), s("whisper"),
    s("yell"), s("scream"), s("mutter"), s("proclaim"), s("reaffirm"), s("caution"), s("brag"), s("recount"), s("decide"), s("determine"), s("posit"), s("theorize"), s("surmise"), s("reason"), s("counter"),
    s("retort"), s("concur"), s("disclose"), s("divulge"), s("specify"), s("add"), s("grumble"), s("lament"),
    s("gripe"), s("concede"), s("agree"), s("allege"), s("imagine"), s("envision"), s("anticipate"), s("wager"),
    s("bet"), s("swear"), s("guarantee"), s("certify"), s("affirm"), s("profess"), s("opine"), s("prophesy"),
    t("reassure"), t("advise"), t("notify"), t("convince"), t("persuade"), t("warn"), t("instruct"),
    o("offer"), o("highlight"), o("challenge"), o("embrace"), o("applaud"), o("assail"), o("bemoan"), o("decry"),
    o("condemn"), o("denounce"), o("ridicule"), o("mock"), o("reference"), o("quote"), o("retweet"),
    o("identify"), o("describe"), o("request"), o("encourage"), o("recommend"), o("propose"), o("demand"),
    o("criticize"), o("slam"), o("blast"), o("lambaste"), o("berate"), o("rebuke"), o("scold"), o("fault"),
    o("credit"), o("commend"), o("champion"), o("advocate"), o("dismiss"), o("downplay"), o("tout"), o("trumpet"),
    o("outline"), o("detail"),
    // measured on PolNeAR train: words that are in a gold cue at least half the times they occur
    s("interject"), s("clarify"), s("utter"), s("articulate"), s("pronounce"), s("comment"),
    o("liken"), o("deride"), o("rebuff"), o("rebut"), o("portray"), o("cite"), o("echo"), o("spar"), o("side"),
    o("balk"), o("rail"), o("hint"), o("denounce"), o("bash"), o("lecture"), o("reprimand"), o("scorn"),
    o("contrast"), o("coin"), o("paint"), o("chide"), o("vouch"), o("contradict"), o("characterize"),
    o("disavow"), o("underscore"), o("assail"), o("hail"), o("promote"), o("distance"),
    s("answer"),
];

/// Lemmas of `CUE_LEMMAS` whose -s form is mostly a noun ("the United States", "his remarks", "the offers"):
/// only their -ed and -ing forms are cues.
pub const LEMMA_NOUNS: &[&str] = &[
    "state", "remark", "reason", "counter", "wager", "bet", "credit", "detail", "favor", "favour", "champion",
    "forecast", "quote", "request", "offer", "challenge", "demand", "reference", "outline", "highlight", "brief",
    "repeat", "yell", "scream", "chant", "guarantee", "fault", "swear", "advocate", "slam", "blast", "tout",
    "side", "paint", "contrast", "comment", "coin", "lecture", "scorn", "rail", "distance", "bash", "echo", "utter",
    "answer",
];

/// Verbs through which "it" is a source ("It said it decided ...", "it reported").
pub const IT_SPEECH_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "noted", "notes", "wrote", "writes", "reported", "argued", "argues", "stated",
    "warned", "warns", "announced", "announces", "concluded", "concludes", "claimed", "claims", "confirmed",
    "confirms", "acknowledged", "denied", "denies", "insisted", "explained", "recommended", "recommends",
];

/// Adjectives of attitude that report a stance after a form of "be" ("is confident that", "was eager to")
/// (rule "indirect.attitude").
pub const ATTITUDE_ADJECTIVES: &[&str] = &[
    "confident", "convinced", "sure", "certain", "eager", "willing", "determined", "adamant", "optimistic",
    "pessimistic", "hopeful", "skeptical", "sceptical", "doubtful", "aware", "unaware", "unsure", "uncertain",
    "reluctant", "unwilling", "insistent", "keen", "wary", "critical", "supportive", "opposed", "proud",
];

/// Focus adverbs left out at the start of a source ("even critics said").
pub const SOURCE_FOCUS_ADVERBS: &[&str] = &["even", "also", "only", "just", "now"];

/// Candidate base forms of an inflected word, in order: "offered" -> "offer", "decided" -> "decide", "slammed" ->
/// "slam", "identifies" -> "identify", "bemoaning" -> "bemoan". Each is built in a stack buffer and handed to
/// `f` until it answers (no allocation: this runs for every word the quotation rules test). A candidate longer
/// than the buffer is skipped: no lemma is that long.
fn find_lemma<T>(w: &str, mut f: impl FnMut(&str) -> Option<T>) -> Option<T> {
    let mut buf = [0u8; 48];
    let mut try_one = |b: &str, suffix: &str| -> Option<T> {
        let n = b.len() + suffix.len();
        let dst = buf.get_mut(..n)?;
        let (head, tail) = dst.split_at_mut(b.len());
        head.copy_from_slice(b.as_bytes());
        tail.copy_from_slice(suffix.as_bytes());
        f(std::str::from_utf8(dst).ok()?)
    };
    let strip = |suf: &str| w.strip_suffix(suf).filter(|b| b.len() >= 2);
    // "slammed" -> "slam": a doubled final consonant
    let undouble = |b: &str| -> Option<usize> {
        let mut c = b.chars().rev();
        match (c.next(), c.next()) {
            (Some(x), Some(y)) if x == y && !matches!(x, 'a' | 'e' | 'i' | 'o' | 'u') => Some(b.len() - x.len_utf8()),
            _ => None,
        }
    };
    if let Some(b) = strip("ied").or_else(|| strip("ies")) {
        return try_one(b, "y");
    }
    if let Some(b) = strip("ed").or_else(|| strip("ing")) {
        return try_one(b, "")
            .or_else(|| try_one(b, "e"))
            .or_else(|| undouble(b).and_then(|n| try_one(b.get(..n)?, "")));
    }
    if let Some(b) = strip("es") {
        return try_one(b, "").or_else(|| try_one(b, "e"));
    }
    if let Some(b) = strip("s").filter(|b| !b.ends_with('s')) {
        return try_one(b, "");
    }
    None
}

pub fn cue_verb(word_lower: &str) -> Option<&'static CueVerb> {
    let ix = cue_index();
    if let Some(c) = ix.verb(word_lower) {
        return Some(c);
    }
    if word_lower.len() < 5
        || !word_lower.bytes().all(|b| b.is_ascii_lowercase())
        || (ix.object_filter.may_contain(word_lower) && ix.object_verbs.contains(word_lower))
    {
        return None;
    }
    // "believing", "complaining", "denying": the -ing form of a cue verb of `CUE_VERBS` (rule "cue.participle")
    if let Some(b) = word_lower.strip_suffix("ing").filter(|_| !is_in(ING_NOUNS, word_lower)) {
        if let Some(c) = ix.verb(b) {
            return Some(c);
        }
        // the stem plus "e" ("believing" -> "believe"), spelled on the stack
        let mut buf = [0u8; 32];
        if let Some(be) = buf.get_mut(..b.len() + 1).and_then(|d| {
            d[..b.len()].copy_from_slice(b.as_bytes());
            d[b.len()] = b'e';
            std::str::from_utf8(d).ok()
        }) {
            if let Some(c) = ix.verb(be) {
                return Some(c);
            }
        }
    }
    let plural_like = word_lower.ends_with('s');
    find_lemma(word_lower, |b| {
        // a word the filter turns away is not a key of `lemmas`: None either way
        if !ix.lemma_filter.may_contain(b) {
            return None;
        }
        if plural_like && ix.lemma_nouns.contains(b) {
            return None;
        }
        ix.lemmas.get(b).copied()
    })
}

/// The tables `cue_verb` reads, built once: the first entry of each word in `CUE_VERBS` and in `CUE_LEMMAS`, and
/// `OBJECT_VERBS` and `LEMMA_NOUNS` as sets (scans of the tables per word were a hot spot).
struct CueIndex {
    verbs: TableMap<&'static str, &'static CueVerb>,
    lemmas: TableMap<&'static str, &'static CueVerb>,
    object_verbs: TableSet<&'static str>,
    lemma_nouns: TableSet<&'static str>,
    /// `PARTICLE_VERBS` by verb: the particles each takes.
    particles: TableMap<&'static str, Vec<&'static str>>,
    /// Filters in front of `verbs`, `lemmas`, `object_verbs` and `particles`: most words asked are in none of them.
    verb_filter: WordFilter,
    lemma_filter: WordFilter,
    object_filter: WordFilter,
    particle_filter: WordFilter,
}

impl CueIndex {
    /// `verbs.get(w)`, turning most words away by the filter before hashing them.
    #[inline]
    fn verb(&self, w: &str) -> Option<&'static CueVerb> {
        if !self.verb_filter.may_contain(w) {
            return None;
        }
        self.verbs.get(w).copied()
    }
}

fn cue_index() -> &'static CueIndex {
    static INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let first = |table: &'static [CueVerb]| {
            let mut m = TableMap::default();
            for c in table {
                m.entry(c.word).or_insert(c);
            }
            m
        };
        let (verbs, lemmas) = (first(CUE_VERBS), first(CUE_LEMMAS));
        CueIndex {
            verb_filter: WordFilter::new(verbs.keys().copied()),
            lemma_filter: WordFilter::new(lemmas.keys().copied()),
            object_filter: WordFilter::new(OBJECT_VERBS.iter().copied()),
            particle_filter: WordFilter::new(PARTICLE_VERBS.iter().map(|&(v, _)| v)),
            verbs,
            lemmas,
            object_verbs: OBJECT_VERBS.iter().copied().collect(),
            lemma_nouns: LEMMA_NOUNS.iter().copied().collect(),
            particles: PARTICLE_VERBS.iter().fold(TableMap::default(), |mut m, &(v, p)| {
                m.entry(v).or_insert_with(Vec::new).push(p);
                m
            }),
        }
    })
}

/// The base form of a cue verb after "to" ("continues to insist", "tried to downplay"): a form of `CUE_VERBS`, an
/// object verb or a lemma of `CUE_LEMMAS` (rule "cue.catenative").
pub fn infinitive_cue(word_lower: &str) -> bool {
    let ix = cue_index();
    cue_verb(word_lower).is_some()
        || is_object_verb(word_lower)
        || (ix.lemma_filter.may_contain(word_lower) && ix.lemmas.get(word_lower).is_some())
}

/// `is_in(OBJECT_VERBS, w)` by a set look-up (the rules ask it for most words of a text).
pub fn is_object_verb(word_lower: &str) -> bool {
    let ix = cue_index();
    ix.object_filter.may_contain(word_lower) && ix.object_verbs.contains(word_lower)
}

/// Whether `PARTICLE_VERBS` pairs the verb with the word after it ("pointed out"), by a look-up of the verb.
pub fn particle_follows(verb_lower: &str, next_lower: &str) -> bool {
    let ix = cue_index();
    ix.particle_filter.may_contain(verb_lower)
        && ix.particles.get(verb_lower).is_some_and(|ps| ps.contains(&next_lower))
}

/// Lowercase holders of a view after a sentence's opening "To" ("To many, ...", "To them, ..."): rule
/// "indirect.to_viewpoint", measured on PolNeAR train (8 of 10 sentence-initial "To X," are gold cues).
pub const TO_VIEWPOINT_SOURCES: &[&str] =
    &["him", "her", "them", "me", "us", "many", "some", "others", "most", "critics", "supporters", "anyone"];
/// Capitalised words after an opening "To" that name no one: "To Date", "To Be Sure", "To Wit".
pub const TO_VIEWPOINT_NOT_SOURCES: &[&str] = &["date", "be", "wit", "this", "that", "what", "where", "how", "my", "our"];

pub fn is_in(list: &[&str], word_lower: &str) -> bool {
    list.contains(&word_lower)
}

/// Word classes: the lists the indirect reader asks about most words of a text, one bit each, so that
/// `Cx::has(i, WC_X)` answers `is_in(X, lw(i))` from a per-token mask made once per document (`word_classes`)
/// instead of scanning the list at every word (speed only: the answers are the same).
pub const WC_EXPECTED_ADVERBS: u32 = 1 << 0;
pub const WC_NOUN_CUE_LINKS: u32 = 1 << 1;
pub const WC_PASSIVE_AS_PARTICIPLES: u32 = 1 << 2;
pub const WC_PASSIVE_NOT_CUES: u32 = 1 << 3;
pub const WC_HEARSAY_ADVERBS: u32 = 1 << 4;
pub const WC_ATTITUDE_ADJECTIVES: u32 = 1 << 5;
pub const WC_NOMINAL_INTENTIONS: u32 = 1 << 6;
pub const WC_CATENATIVE_VERBS: u32 = 1 << 7;
pub const WC_CALL_FOR: u32 = 1 << 8;
pub const WC_PASSIVE_BE: u32 = 1 << 9;
pub const WC_INTENTION_VERBS: u32 = 1 << 10;
pub const WC_MANNER_ADVERBS: u32 = 1 << 11;
pub const WC_SEE_AS_VERBS: u32 = 1 << 12;
pub const WC_PARTICIPLE_CUES: u32 = 1 << 14;
pub const WC_FINITE_AUXILIARIES: u32 = 1 << 15;
pub const WC_DETERMINERS: u32 = 1 << 16;
pub const WC_SUBJECT_PREPOSITIONS: u32 = 1 << 17;
pub const WC_PERSON_PRONOUNS: u32 = 1 << 18;
pub const WC_CLAUSE_OPENERS: u32 = 1 << 19;
pub const WC_NP_BOUNDARY: u32 = 1 << 20;
pub const WC_CUE_AUXILIARIES: u32 = 1 << 21;
pub const WC_NOUN_LIKE: u32 = 1 << 22;
pub const WC_RELATIVE_PRONOUNS: u32 = 1 << 23;
pub const WC_WEEKDAYS_AND_TIMES: u32 = 1 << 24;
pub const WC_COMPLEMENTIZERS: u32 = 1 << 25;
pub const WC_POSSESSIVE_SOURCES: u32 = 1 << 26;

/// Each list of a word class with its bit.
const WORD_CLASS_LISTS: &[(&[&str], u32)] = &[
    (EXPECTED_ADVERBS, WC_EXPECTED_ADVERBS),
    (NOUN_CUE_LINKS, WC_NOUN_CUE_LINKS),
    (PASSIVE_AS_PARTICIPLES, WC_PASSIVE_AS_PARTICIPLES),
    (PASSIVE_NOT_CUES, WC_PASSIVE_NOT_CUES),
    (HEARSAY_ADVERBS, WC_HEARSAY_ADVERBS),
    (ATTITUDE_ADJECTIVES, WC_ATTITUDE_ADJECTIVES),
    (NOMINAL_INTENTIONS, WC_NOMINAL_INTENTIONS),
    (CATENATIVE_VERBS, WC_CATENATIVE_VERBS),
    (CALL_FOR, WC_CALL_FOR),
    (PASSIVE_BE, WC_PASSIVE_BE),
    (INTENTION_VERBS, WC_INTENTION_VERBS),
    (MANNER_ADVERBS, WC_MANNER_ADVERBS),
    (SEE_AS_VERBS, WC_SEE_AS_VERBS),
    (PARTICIPLE_CUES, WC_PARTICIPLE_CUES),
    (FINITE_AUXILIARIES, WC_FINITE_AUXILIARIES),
    (DETERMINERS, WC_DETERMINERS),
    (SUBJECT_PREPOSITIONS, WC_SUBJECT_PREPOSITIONS),
    (PERSON_PRONOUNS, WC_PERSON_PRONOUNS),
    (CLAUSE_OPENERS, WC_CLAUSE_OPENERS),
    (NP_BOUNDARY, WC_NP_BOUNDARY),
    (CUE_AUXILIARIES, WC_CUE_AUXILIARIES),
    (NOUN_LIKE, WC_NOUN_LIKE),
    (RELATIVE_PRONOUNS, WC_RELATIVE_PRONOUNS),
    (WEEKDAYS_AND_TIMES, WC_WEEKDAYS_AND_TIMES),
    (COMPLEMENTIZERS, WC_COMPLEMENTIZERS),
    (POSSESSIVE_SOURCES, WC_POSSESSIVE_SOURCES),
];

/// The word classes of a lower-case word: the OR of the bits of `WORD_CLASS_LISTS` whose list holds it (0 for most
/// words, turned away by a `WordFilter` before any hashing).
pub fn word_classes(word_lower: &str) -> u32 {
    static INDEX: std::sync::OnceLock<(WordFilter, TableMap<&'static str, u32>)> = std::sync::OnceLock::new();
    let (filter, map) = INDEX.get_or_init(|| {
        let mut m: TableMap<&'static str, u32> = TableMap::default();
        for &(list, bit) in WORD_CLASS_LISTS {
            for &w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        let starts = INDIRECT_START_LISTS.iter().flat_map(|l| l.iter().copied());
        let pairs = PASSIVE_PREPOSITION_CUES.iter().chain(PARTICLE_VERBS).map(|&(v, _)| v);
        for w in starts.chain(NOUN_CUES.iter().map(|&(n, _)| n)).chain(pairs) {
            *m.entry(w).or_insert(0) |= WC_INDIRECT_START;
        }
        (WordFilter::new(m.keys().copied()), m)
    });
    if !filter.may_contain(word_lower) {
        return 0;
    }
    map.get(word_lower).copied().unwrap_or(0)
}

/// Words that the indirect reader's per-word rules (`Cx::indirect` and the rules it calls at a word) test by name at
/// the word they start from: "according to", "asked"/"questioned"/"pressed" (a passive question), "titled",
/// "expected to", "seems", "as X put it", "made it clear", "was said/shown/known/told to". With the lists of
/// `INDIRECT_START_LISTS`, the word classes of `INDIRECT_GATE` and the cue verbs (`CB_INFINITIVE`), they make up the
/// words at which any of those rules can start: every other word is passed over at the cost of one test (speed only:
/// each rule still tests its own words).
pub const INDIRECT_START_WORDS: &[&str] = &[
    "according", "asked", "questioned", "pressed", "titled", "entitled", "expected", "seem", "seems", "seemed",
    "appear", "appears", "appeared", "put", "puts", "clear", "said", "shown", "known", "told",
];

/// Word class of `INDIRECT_START_WORDS`, `PARTICIPLE_CUES` (a sentence's opening participle), `ING_NOUNS` (a
/// progressive cue), the nouns of `NOUN_CUES` and the verbs of `PASSIVE_PREPOSITION_CUES` and `PARTICLE_VERBS`.
pub const WC_INDIRECT_START: u32 = 1 << 13;

/// The lists of `WC_INDIRECT_START` that are plain word lists.
const INDIRECT_START_LISTS: &[&[&str]] = &[INDIRECT_START_WORDS, PARTICIPLE_CUES, ING_NOUNS];

/// Whether a word is in one of the lists of `WC_INDIRECT_START` (the class's definition; `word_classes` reads it
/// from its map).
pub fn indirect_start(word_lower: &str) -> bool {
    INDIRECT_START_LISTS.iter().any(|l| is_in(l, word_lower))
        || NOUN_CUES.iter().any(|&(n, _)| n == word_lower)
        || PASSIVE_PREPOSITION_CUES.iter().any(|&(v, _)| v == word_lower)
        || PARTICLE_VERBS.iter().any(|&(v, _)| v == word_lower)
}

/// A token's cue-verb bits, beside its word classes (`cue_bits`): `cue_verb(w).is_some()`.
pub const CB_CUE: u32 = 1 << 27;
/// `is_object_verb(w)`.
pub const CB_OBJECT: u32 = 1 << 28;
/// `infinitive_cue(w)`.
pub const CB_INFINITIVE: u32 = 1 << 29;
/// `participle_cue(w)`.
pub const CB_PARTICIPLE: u32 = 1 << 30;

/// The word classes and cue-verb bits at which a rule of the indirect reader can start at a word (with a manner
/// adverb before it, `Cx::manner_verb`): `WC_INDIRECT_START`, the classes the rules test at the word itself
/// ("is seen as", hearsay adverbs, attitude adjectives, nouns of intention, catenative verbs, "call for", intention
/// verbs, "see ... as") and `CB_INFINITIVE` (a cue verb, an object verb or a lemma of `CUE_LEMMAS`).
pub const INDIRECT_GATE: u32 = WC_INDIRECT_START
    | WC_PASSIVE_AS_PARTICIPLES
    | WC_HEARSAY_ADVERBS
    | WC_ATTITUDE_ADJECTIVES
    | WC_NOMINAL_INTENTIONS
    | WC_CATENATIVE_VERBS
    | WC_CALL_FOR
    | WC_INTENTION_VERBS
    | WC_SEE_AS_VERBS
    | CB_INFINITIVE;

/// The cue-verb bits of a lower-case word (`CB_*`) whose word classes are `classes` (`word_classes`), with one
/// look-up of `cue_verb`. Every word of the verb tables starts with a lower-case ASCII letter (a test checks it), and
/// so does every form `cue_verb` reads back to one: any other word has none of the bits.
pub fn cue_bits(word_lower: &str, classes: u32) -> u32 {
    if !word_lower.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return 0;
    }
    let ix = cue_index();
    let cue = cue_verb(word_lower).is_some();
    let object = is_object_verb(word_lower);
    let inf = cue || object || (ix.lemma_filter.may_contain(word_lower) && ix.lemmas.get(word_lower).is_some());
    let participle = classes & WC_PARTICIPLE_CUES != 0 || (cue && word_lower.ends_with("ing"));
    (if cue { CB_CUE } else { 0 })
        | (if object { CB_OBJECT } else { 0 })
        | (if inf { CB_INFINITIVE } else { 0 })
        | (if participle { CB_PARTICIPLE } else { 0 })
}

/// Paragraph labels that are not speakers before a colon ("Update: ...", "Photo: ...").
pub const COLON_LABELS: &[&str] = &[
    "update", "updated", "note", "editor", "editor's", "editor’s", "photo", "photos", "video", "watch", "read",
    "related", "source", "sources", "image", "images", "caption", "credit", "correction", "clarification", "see",
    "listen", "also", "more", "warning", "breaking", "exclusive", "analysis", "opinion", "live", "so",
    "answer", "subscribe", "follow", "contact", "email", "tags", "filed", "posted", "published", "by",
    "contributing", "revealed", "bombshell", "busted", "look", "wow", "byline", "name", "age", "job", "pay", "city",
    "paid", "question", "watch", "confirmed", "dateline", "location",
];

/// Words that open an adverbial between a cue and its content ("said on Friday that", "told CNN in an interview").
pub const ADVERBIAL_OPENERS: &[&str] = &[
    "on", "in", "at", "during", "after", "before", "last", "this", "earlier", "late", "early", "recently", "again",
    "also", "repeatedly", "publicly", "privately", "via", "through", "over", "to", "with", "for", "while", "when",
];

/// Further words that open the short adverbial a sentence-final cue may carry in "CONTENT, X said of Y."
/// ("said of Mr. Cruz", "wrote from Paris"); with `ADVERBIAL_OPENERS`, `WEEKDAYS_AND_TIMES`, `TIME_WORDS`, -ly adverbs
/// and capitalised words (rule "indirect.inverted"). Any other word after the cue starts its object ("Clinton
/// promised a country ...", "half of the voters said they were angry"), so the words before the comma are an opening
/// adverbial, not the content.
pub const INVERTED_TAIL_OPENERS: &[&str] =
    &["of", "about", "from", "by", "outside", "too", "afterward", "afterwards", "here", "there", "now", "then", "yet"];

/// Words that open the adverbial after a cue in "CONTENT, he said after meeting aides, ..." / "..., she said Tuesday
/// in Paris": with a comma before the source and no complementizer after the cue, the content is the clause before
/// the comma (rule "indirect.inverted"). Words that also open an object or a clause ("this", "to", "with", "when")
/// are left out.
pub const INVERTED_ADVERBIAL_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "of", "about", "from", "outside", "last", "earlier", "late", "early",
    "recently", "publicly", "privately", "via", "through", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tonight", "previously", "later", "afterward", "afterwards",
];

/// Relative pronouns: a verb after one belongs to a relative clause, not to the main clause ("Gov. Kasich, a
/// Republican who has refused to endorse Mr. Trump, said ...").
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "whose", "which"];

/// Weekdays and time nouns that adverbials after a cue are made of.
pub const WEEKDAYS_AND_TIMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "day", "recently", "earlier",
    "later", "previously",
];

/// The occasions of speech in "said in a statement", "said during an interview".
pub const SPEECH_EVENTS: &[&str] = &[
    "statement", "interview", "speech", "tweet", "post", "letter", "email", "release", "conference", "call", "rally",
    "debate", "event", "hearing", "appearance", "meeting", "video", "op-ed", "memo", "message", "broadcast", "show",
    "podcast", "briefing", "remarks", "address", "town", "forum", "session", "testimony", "filing", "note",
];

/// Words after a comma that start a new, contrasting clause ending a content ("..., while 9 percent ...").
pub const CONTRAST_OPENERS: &[&str] = &["while", "whereas", "however", "but", "although", "though", "yet"];

/// Quantifiers that head a source ("most of them", "half", "three-quarters of voters").
pub const QUANTIFIERS: &[&str] = &[
    "most", "many", "some", "half", "majority", "minority", "few", "several", "all", "both", "none", "each",
    "three-quarters", "two-thirds", "one-third", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Head nouns of documents and findings that speak through a verb otherwise read as a noun ("a poll shows",
/// "polling finds", "the data show", "footage from the game shows") (rule "cue.document_subject").
pub const DOCUMENT_HEADS: &[&str] = &[
    "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "analyses",
    "data", "research", "video", "footage", "records", "documents", "document", "evidence", "numbers", "figures",
    "results", "memo", "letter", "statement", "review", "audit", "investigation", "experience", "history", "email",
    "emails", "filing", "ruling", "transcript", "photos", "count", "tally", "model", "forecast", "projections",
];

/// Verbs of intention and plan whose content is an infinitive ("Trump plans to build", "the campaign intends to",
/// "she hopes to"); read as cues only before "to" (rule "indirect.intention").
pub const INTENTION_VERBS: &[&str] = &[
    "plans", "planned", "plan", "planning", "intends", "intended", "intend", "aims", "wants", "wanted", "want",
    "hopes", "hoped", "hope", "hoping", "vowed", "vows", "vow", "pledged", "pledges", "promised", "promises",
    "threatened", "threatens", "expects", "wished", "wishes", "prefers", "preferred", "like", "love", "hate",
    "agreed", "agrees",
];

/// Verbs of intention that are cues only after a modal ("would like to", "'d love to").
pub const MODAL_INTENTION_VERBS: &[&str] = &["like", "love", "hate", "prefer"];

/// Adverbs between "is" and "expected to" ("is widely expected to", "is not expected to").
pub const EXPECTED_ADVERBS: &[&str] = &["widely", "not", "also", "generally", "still", "now", "largely", "n't"];

/// Words before a sentence-inner "asked" that make it a question put to someone ("said when asked whether",
/// "after being asked about") (rule "indirect.asked").
pub const ASKED_OPENERS: &[&str] = &["when", "after", "once", "if", "as", "being", "before", "while"];

/// Words after "asked" that open the question ("asked whether ...", "asked about ...").
pub const ASKED_FOLLOWERS: &[&str] = &[
    "about", "whether", "if", "what", "how", "why", "who", "when", "to", "on", "for", "by", "specifically",
];

/// Head nouns of sources that frame a sentence from its start: "In a CNN poll released Monday, Clinton led ..."
/// (rule "indirect.in_source"). Also "In Forbes' words, ...", "In his view, ...".
pub const IN_SOURCE_HEADS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "report", "interview", "statement", "letter", "speech", "op-ed",
    "memo", "tweet", "post", "email", "filing", "ruling", "book", "video", "ad", "essay", "column", "editorial",
    "words", "view", "opinion", "estimation", "assessment", "analysis", "testimony", "remarks", "memoir",
    "complaint", "lawsuit", "release", "message", "note", "address",
];

/// Heads of a source that may close a sentence after "in": "Clinton leads by 10 points in a CNN poll."
pub const IN_SOURCE_TAIL_HEADS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// Participles that may follow a poll at a sentence's end: "... in a new Fox News poll released Thursday."
pub const POLL_TAIL_PARTICIPLES: &[&str] = &["released", "published", "conducted", "taken", "out"];

/// Words that may open the noun phrase after a framing "In" ("In a CNN poll", "In Forbes' words", "In his view").
pub const IN_SOURCE_OPENERS: &[&str] = &[
    "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "latest", "recent", "new", "one",
];

/// Irregular past tenses that end a subject noun phrase read forwards ("The developer spoke at ...", "The group
/// met on ...") where the "-ed" test cannot see a verb.
pub const IRREGULAR_PAST_VERBS: &[&str] = &[
    "spoke", "went", "made", "took", "came", "gave", "met", "held", "sat", "stood", "ran", "left", "won", "lost",
    "got", "saw", "began", "brought", "put", "sent", "kept", "led", "paid", "set", "built", "bought", "sold", "fell",
    "rose", "grew", "drew", "became", "struck", "fought", "caught", "taught", "spent", "won", "hit", "cut", "shut",
];

/// Lowercase heads that make a source after "according to" ("according to state law", "according to exit polling
/// data"), besides `DOCUMENT_HEADS` and `GROUP_HEADS`.
pub const ACCORDING_HEADS: &[&str] = &[
    "law", "laws", "rules", "guidelines", "estimates", "sources", "reports", "accounts", "statistics", "tallies",
    "projections", "filings", "officials", "transcripts", "people", "reporting",
];

/// Object pronouns that may be the source after "according to" ("according to him").
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me"];

/// Prepositions that PolNeAR puts in the cue when they follow its verb directly ("talked about", "warned against",
/// "agreed with"): moved from the start of an indirect content to the end of its cue (rule "cue.preposition").
pub const CUE_PREPOSITIONS: &[&str] = &["about", "of", "against", "upon", "with", "on", "for"];

/// Words after ", but" that go on with the reported speech ("said A, but that B", "but not", "but also"): the
/// content is not cut there (rule "content.but_that"; on PolNeAR train 17 such contents run on, 7 stop).
pub const BUT_GOES_ON: &[&str] = &["that", "not", "also"];

/// "showed no sign of ...", "has shown little interest in ..." (rule "cue.shown_no"): the verbs, the words of
/// absence, the nouns shown and the prepositions after them; on PolNeAR train 6 of 9 such cues run to the noun.
pub const SHOW_VERBS: &[&str] = &["show", "shows", "showed", "shown", "showing"];
pub const SHOWN_NO_DETERMINERS: &[&str] = &["no", "little", "few"];
pub const SHOWN_NO_NOUNS: &[&str] = &[
    "sign", "signs", "interest", "inclination", "respect", "appetite", "desire", "intention", "willingness", "regard",
    "remorse", "patience", "enthusiasm", "hesitation", "indication", "mercy", "tolerance", "sympathy", "concern",
];
pub const SHOWN_NO_PREPOSITIONS: &[&str] = &["of", "in", "for", "to", "toward", "towards"];

/// Words that end a cue and take "at" into it ("lashed out at", "balked at", "hints at", "fired back at"); on
/// PolNeAR train 15 of 17 such cues hold "at" (rule "cue.preposition").
pub const AT_CUE_WORDS: &[&str] = &[
    "out", "back", "balked", "balks", "balking", "hints", "hinted", "hinting", "hint", "railed", "rails", "railing",
    "pointed", "points", "pointing", "jabbed", "sniped", "swiped", "scoffed", "scoffs", "bristled", "marveled",
];

/// Verbs after which PolNeAR leaves a preposition out of the cue ("said of the plan", "said on Sunday", "responded
/// to", "spoke to"): measured on PolNeAR train, under a quarter of "said of" cues matched the gold.
pub const PREPOSITION_OUTSIDE_VERBS: &[&str] =
    &["said", "says", "say", "saying", "responded", "respond", "responds", "spoke", "speaks"];

/// Verbs addressed to someone, with the words that open what was asked or demanded after the person addressed:
/// "asked Trump whether ...", "thanked the crowd for ..." (rule "content.recipient"). On PolNeAR train "urged X to",
/// "praised X for" and "blamed X for" keep the person in the content, so they are not listed.
pub const RECIPIENT_VERBS: &[(&[&str], &[&str])] = &[
    (
        &["asked", "asks", "ask", "asking", "questioned", "pressed", "presses", "pressing"],
        &["if", "whether", "how", "what", "who", "why", "when", "where", "which", "about"],
    ),
    (&["thanked", "thanks", "thanking"], &["for"]),
];

/// At most this many words of the person addressed before the question or demand ("asked Trump Wednesday if").
pub const MAX_RECIPIENT_TOKENS: usize = 6;

/// The words that open a question or demand after the person addressed by `verb_lower` (`RECIPIENT_VERBS`).
pub fn recipient_markers(verb_lower: &str) -> Option<&'static [&'static str]> {
    RECIPIENT_VERBS.iter().find(|(vs, _)| vs.contains(&verb_lower)).map(|(_, ms)| *ms)
}

/// Verbs (besides `CUE_AUXILIARIES` and "-ed" forms) that open a main clause after a comma that closes a
/// non-restrictive relative clause: "Older people, who strongly support Mrs. Clinton, are ..." (rule
/// "content.relative_close").
pub const MAIN_VERB_OPENERS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "can", "should", "must", "shall", "says", "said", "made", "makes", "took",
    "takes", "went", "goes", "got", "gets", "gave", "gives", "won", "lost", "left", "came", "comes", "became",
    "becomes", "remains", "remain", "faces", "face", "heads", "leads", "led", "runs", "ran", "wants", "needs", "seems",
];

/// Verbs of "went on to say" that join the cue when "on to" follows them (rule "cue.went_on").
pub const WENT_ON: &[&str] = &["went", "goes", "go", "going", "gone"];

/// Nouns of intention that report their possessor's plan before "to" ("her plan to raise taxes", "Trump's promise
/// to build a wall") (rule "indirect.nominal").
pub const NOMINAL_INTENTIONS: &[&str] = &[
    "plan", "plans", "proposal", "proposals", "promise", "promises", "pledge", "pledges", "vow", "decision", "bid",
    "call", "calls", "push", "threat", "threats", "refusal", "intention", "goal", "desire", "wish", "offer",
];

/// Possessive determiners that are the source of a nominal cue ("her plan to ...").
pub const POSSESSIVE_SOURCES: &[&str] = &["his", "her", "their", "its", "our", "my"];

/// Modals that start the predicate after a nominal cue's infinitive ("her plan to cut taxes would ...").
pub const PREDICATE_MODALS: &[&str] = &["would", "will", "could", "might", "may", "should", "must", "can"];

#[cfg(test)]
mod cue_verb_tests {
    use super::*;

    /// The candidate lemmas as the rule states them (allocating), to check the buffer-based `find_lemma`.
    fn candidates(w: &str) -> Vec<String> {
        let strip = |suf: &str| w.strip_suffix(suf).filter(|b| b.len() >= 2);
        let undouble = |b: &str| {
            let mut c = b.chars().rev();
            match (c.next(), c.next()) {
                (Some(x), Some(y)) if x == y && !matches!(x, 'a' | 'e' | 'i' | 'o' | 'u') => vec![b[..b.len() - 1].to_string()],
                _ => vec![],
            }
        };
        if let Some(b) = strip("ied").or_else(|| strip("ies")) {
            return vec![format!("{b}y")];
        }
        if let Some(b) = strip("ed").or_else(|| strip("ing")) {
            return [vec![b.to_string(), format!("{b}e")], undouble(b)].concat();
        }
        if let Some(b) = strip("es") {
            return vec![b.to_string(), format!("{b}e")];
        }
        strip("s").filter(|b| !b.ends_with('s')).map(|b| vec![b.to_string()]).unwrap_or_default()
    }

    #[test]
    fn find_lemma_tries_every_candidate_in_order() {
        for w in ["slammed", "decided", "offered", "identifies", "carried", "bemoaning", "passes", "states", "boss", "tied", "xs", "running", "hopping"] {
            let mut seen = Vec::new();
            let none: Option<()> = find_lemma(w, |b| {
                seen.push(b.to_string());
                None
            });
            assert_eq!(none, None);
            assert_eq!(seen, candidates(w), "{w}");
        }
        // a word longer than the buffer: no candidate (no lemma is that long), no panic
        assert_eq!(find_lemma(&format!("{}ed", "b".repeat(100)), |b| Some(b.len())), None);
    }

    #[test]
    fn word_classes_answer_as_the_lists_do() {
        // every word of every class list, and words of no list, against each list's own `is_in`
        let mut words: Vec<&str> = WORD_CLASS_LISTS.iter().flat_map(|&(l, _)| l.iter().copied()).collect();
        words.extend(["", "said", "the", "government", "Widely", "was\u{2019}", "n’t", "zz"]);
        for w in words {
            for &(list, bit) in WORD_CLASS_LISTS {
                assert_eq!(word_classes(w) & bit != 0, is_in(list, w), "{w}");
            }
        }
    }

    #[test]
    fn verb_table_words_open_with_a_lower_case_ascii_letter() {
        // `cue_bits` answers 0 for any other word without asking the tables
        let words = CUE_VERBS.iter().chain(CUE_LEMMAS).map(|c| c.word).chain(OBJECT_VERBS.iter().copied());
        for w in words.chain(PARTICIPLE_CUES.iter().copied()) {
            assert!(w.as_bytes().first().is_some_and(u8::is_ascii_lowercase), "{w}");
        }
    }

    #[test]
    fn indirect_start_class_and_cue_bits_answer_as_their_definitions() {
        let mut words: Vec<&str> = INDIRECT_START_LISTS.iter().flat_map(|l| l.iter().copied()).collect();
        words.extend(NOUN_CUES.iter().map(|&(n, _)| n));
        words.extend(PASSIVE_PREPOSITION_CUES.iter().chain(PARTICLE_VERBS).map(|&(v, _)| v));
        words.extend(CUE_VERBS.iter().chain(CUE_LEMMAS).map(|c| c.word));
        words.extend(OBJECT_VERBS.iter().copied());
        words.extend(["", "the", "government", "believing", "slammed", "offered", "zz", "reportedly", "saying"]);
        words.extend(["Said", "“said", "'said", "-said", "1said", "é", "ésaid", "’s", "n’t", ",", "—"]);
        for w in words {
            assert_eq!(word_classes(w) & WC_INDIRECT_START != 0, indirect_start(w), "{w}");
            let b = cue_bits(w, word_classes(w));
            assert_eq!(b & CB_CUE != 0, cue_verb(w).is_some(), "{w}");
            assert_eq!(b & CB_OBJECT != 0, is_object_verb(w), "{w}");
            assert_eq!(b & CB_INFINITIVE != 0, infinitive_cue(w), "{w}");
            assert_eq!(b & CB_PARTICIPLE != 0, participle_cue(w), "{w}");
            // the class bits and the cue bits do not overlap
            assert_eq!(word_classes(w) & (CB_CUE | CB_OBJECT | CB_INFINITIVE | CB_PARTICIPLE), 0, "{w}");
        }
    }

    #[test]
    fn cue_verb_reads_forms_lemmas_and_object_verbs() {
        assert_eq!(cue_verb("said").map(|c| c.word), Some("said"));
        assert_eq!(cue_verb("bemoaned").map(|c| c.word), Some("bemoan"));
        assert_eq!(cue_verb("slamming").map(|c| c.word), Some("slam"));
        assert_eq!(cue_verb("lambasted").map(|c| c.word), Some("lambaste"));
        // listed object verbs are not read through their lemma
        assert!(cue_verb("slammed").is_none());
        assert_eq!(cue_verb("specifies").map(|c| c.word), Some("specify"));
        // the -s form of a lemma that is mostly a noun is not a cue; its -ed form is
        assert!(cue_verb("outlines").is_none());
        assert_eq!(cue_verb("outlined").map(|c| c.word), Some("outline"));
        assert!(cue_verb("tables").is_none() && cue_verb("Said").is_none());
    }
}

/// Words that open an adverbial interjected between a subject and its verb, which PolNeAR leaves out of the
/// source ("Humphrey, for example, said", "Mr. Trump, in a brief interview on Saturday, said", "Sanders, meanwhile,
/// said") (rule "source.interjection"); a participle ("Archer, wearing a T-shirt, said") is one too.
pub const INTERJECTION_OPENERS: &[&str] = &[
    "for", "in", "during", "on", "at", "after", "before", "meanwhile", "however", "though", "too", "also",
    "moreover", "instead", "nonetheless", "nevertheless", "likewise", "similarly", "meantime", "by", "like",
    "unlike", "asked", "when", "while", "as", "of", "perhaps", "apparently", "then", "now", "still", "according",
    "through", "with", "without", "since", "earlier", "later", "last", "this",
];

/// Conjunctions before a sentence's opening adverbial that leave the subject after it ("And on Tuesday, Kevin Brady,
/// the chairman, said") (rule "source.after_opener").
pub const OPENER_CONJUNCTIONS: &[&str] = &["and", "but", "so", "yet"];

/// Prepositions after a sentence's opening participle that make it an adverbial before the subject ("Alarmed by the
/// unrest, Senator Reid, the minority leader, said") (rule "source.after_opener").
pub const OPENING_PARTICIPLE_PREPOSITIONS: &[&str] = &["by", "at", "with", "about", "over", "from", "after", "in"];

/// How many words before a "that" a cue verb may stand and still report the clause it opens ("said on Tuesday that
/// ...") (rule "quote.embedded_frame").
pub const EMBEDDED_FRAME_REACH: usize = 4;

/// Adjectives that join a prepositional phrase to a source read forwards ("a source close to the campaign", "a
/// person familiar with the talks") (rule "source.close_to").
pub const SOURCE_LINK_ADJECTIVES: &[(&str, &str)] = &[
    ("close", "to"), ("familiar", "with"), ("knowledgeable", "about"), ("briefed", "on"), ("involved", "in"),
    ("loyal", "to"),
];

/// Finite auxiliaries that cannot stand inside a source noun phrase read forwards ("..., said the vote was fair"
/// is a cue and its content, not a cue and a source).
pub const FINITE_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "will", "would", "has", "had", "have", "could", "should", "can", "did", "does",
    "might", "must", "may",
];

/// -ing forms of cue verbs that are mostly nouns ("an understanding", "her thinking", "the ruling"): not cues by
/// the -ing rule of `cue_verb`.
pub const ING_NOUNS: &[&str] = &[
    "understanding", "thinking", "feeling", "feelings", "meeting", "showing", "finding", "hearing", "ruling",
    "reading", "writing", "posting", "saying", "knowing", "guessing", "realizing", "standing", "painting", "railing",
];

/// The cue verb of an -ing form of `ING_NOUNS` in a progressive ("polling is showing ...", "they are thinking ..."),
/// where it is a verb (rule "cue.progressive").
pub fn progressive_cue_verb(w: &str) -> Option<&'static CueVerb> {
    if !is_in(ING_NOUNS, w) {
        return None;
    }
    let b = w.strip_suffix("ing")?;
    cue_verb(b).or_else(|| cue_verb(&format!("{b}e")))
}

/// A present participle that reports speech after a comma ("..., adding that", "..., believing that"): one of
/// `PARTICIPLE_CUES` or the -ing form of a cue verb.
pub fn participle_cue(w: &str) -> bool {
    is_in(PARTICIPLE_CUES, w) || (w.ends_with("ing") && cue_verb(w).is_some())
}

/// Words that open a clause, where a subject read backwards stops ("..., but the idea of X seems ...").
pub const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "that", "which", "who", "whom", "because", "if", "when", "while", "as", "although",
    "though", "since", "so", "where", "whereas", "unless", "until", "after", "before", "once", "yet",
];

/// Prepositions inside a subject noun phrase ("Enthusiasm for Clinton", "the tensions between supporters and
/// protesters"), read over by `clause_subject`.
pub const SUBJECT_PREPOSITIONS: &[&str] =
    &["for", "between", "of", "in", "on", "about", "with", "from", "to", "among", "against", "at", "by"];

/// Objects of "respond to" that make it a non-answer, not a report ("did not respond to a request for comment",
/// "did not respond to USA TODAY's questions") (rule "cue.non_reporting").
pub const NO_REPLY_OBJECTS: &[&str] = &[
    "request", "requests", "attempts", "questions", "messages", "message", "calls", "call", "emails", "email",
    "inquiries", "inquiry", "voicemail", "voicemails",
];

/// A cue verb and the particle after it that make it report nothing: "reported from Los Angeles" (a dateline),
/// "compared to" (a comparison).
pub const NON_REPORTING_PARTICLES: &[(&str, &str)] = &[
    ("reported", "from"),
    ("reporting", "from"),
    ("reports", "from"),
    // "700 delegates, compared to Cruz's 538": a comparison, no view (round 14)
    ("compared", "to"),
    ("compared", "with"),
    ("compares", "to"),
    ("compares", "with"),
    ("comparing", "to"),
    ("comparing", "with"),
];

/// Verbs that report a view when "as" follows their object ("see golf courses as wasted space", "regard him as a
/// threat").
pub const SEE_AS_VERBS: &[&str] =
    &["see", "sees", "saw", "regard", "regards", "regarded", "perceive", "perceives", "perceived", "portray", "cast", "casts", "casting"];

/// Passive participles whose cue runs on over a following "as" ("is seen as | a threat", "was criticized as |
/// sloppy"; PolNeAR leaves "as" out after "listed", "described", "confirmed", "projected") (rule "cue.passive_as").
pub const PASSIVE_AS_IN_CUE: &[&str] = &[
    "seen", "viewed", "regarded", "perceived", "billed", "criticized", "condemned", "denounced", "remembered",
    "mentioned", "lambasted", "derided", "dismissed", "hailed", "praised", "branded", "labeled", "labelled", "touted",
    "characterized", "portrayed", "painted", "cast", "pegged", "ridiculed", "mocked", "attacked", "decried",
];

/// Passive participles of a reputation whose preposition belongs to the cue: "is best known for its index funds", "was
/// known as a clannish backwater" (rule "indirect.passive_reputation": no source, the subject and the words after the
/// preposition are the content). After a form of "be" PolNeAR marks 19 of 23 on train; without one ("a think tank
/// known for ...", "also known as ISIS") 22 of 51, so those are left out.
pub const PASSIVE_PREPOSITION_CUES: &[(&str, &str)] = &[("known", "for"), ("known", "as")];

/// Degree words between "be" and a participle of `PASSIVE_PREPOSITION_CUES` ("is best known for", "is better known
/// as") (rule "indirect.passive_reputation").
pub const REPUTATION_DEGREE_ADVERBS: &[&str] = &["best", "better", "well", "most", "long"];

/// Passive participles that report a view before "as" ("is seen as a threat", "was billed as") (rule
/// "indirect.passive").
pub const PASSIVE_AS_PARTICIPLES: &[&str] = &["seen", "regarded", "perceived", "billed", "pegged", "cast", "painted"];

/// Third-person verb forms that are also nouns (`NOUN_LIKE`) but are verbs after a singular noun phrase when a clause
/// or an object follows: "the candidate claims his net worth ...", "the campaign worries that ..." (rule
/// "cue.singular_subject"); "attacks", "plans", "calls" and "views" are left out ("the terrorist attacks in Paris").
pub const SINGULAR_SUBJECT_VERBS: &[&str] = &[
    "claims", "worries", "demands", "shows", "reports", "notes", "estimates", "replies", "vows", "promises", "finds",
    "hopes", "fears", "reads", "stresses", "supports", "wants", "needs", "backs", "praises", "cites", "mentions",
    "defends", "opposes", "urges", "blames", "expresses",
];

/// Words that open the clause or object after a verb of `SINGULAR_SUBJECT_VERBS`.
pub const SINGULAR_VERB_FOLLOWERS: &[&str] =
    &["that", "he", "she", "they", "it", "his", "her", "their", "the", "a", "an", "its", "we", "i"];

/// Quantifiers and pronouns that are a source on their own ("many argue", "others said", "tweeted another").
pub const QUANTIFIER_SOURCES: &[&str] =
    &["many", "some", "most", "others", "few", "several", "both", "all", "another", "none", "everyone", "nobody"];

/// Words and marks that may come before a sentence-opening "According to X, ..." ("But, according to the poll, ...").
pub const SENTENCE_LEADERS: &[&str] = &["but", "and", "so", "yet", "still", "however", "now", ",", "(", "—", "–", "-"];

/// Words that govern a gerund after them, so that it is not a reduced relative clause of a noun phrase ("kept
/// saying", "is worth noting", "spent the day praising" is another matter) (rule "indirect.reduced_relative").
pub const GERUND_GOVERNORS: &[&str] = &[
    "keep", "keeps", "kept", "start", "starts", "began", "begin", "begins", "stop", "stops", "continue", "continues",
    "quit", "spend", "spends", "spent", "worth", "avoid", "avoids", "mind", "finish", "enjoy", "enjoys", "risk",
    "consider", "considers", "recommend", "imagine", "mean", "means", "meant", "go", "goes", "went", "come", "came",
    "am", "is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re", "’m", "'m", "get", "got",
    "gets", "like", "likes", "love", "loves", "hate", "hates", "prefer", "try", "tries", "tried", "deny", "denies",
    "admit", "admits", "include", "includes", "involve", "involves", "justify", "regret", "resume", "resumed",
    "practice", "miss", "missed", "postpone", "delay", "suggest", "suggests", "need", "needs", "sat", "stood",
    "remain", "remains", "remained", "left", "caught", "heard", "see", "saw", "seen", "watch", "watched", "hear",
    "find", "found", "feel", "felt", "let", "have", "has", "had", "the", "a", "an", "this", "that", "these",
    "those", "his", "her", "their", "its", "our", "my", "your", "no", "any", "every", "each",
];

/// Prepositions that open a gerund clause whose speaker is the sentence's subject ("by saying ...", "after
/// announcing ...", "while denouncing ...") (rule "indirect.gerund_clause").
pub const GERUND_PREPOSITIONS: &[&str] =
    &["by", "after", "while", "when", "before", "without", "since", "upon", "in"];

/// Words before a cue verb that coordinate it with an earlier verb of the same subject when a quotation follows
/// (`She shook her head and said, "No."`) (rule "quote.coordinated").
pub const QUOTE_COORDINATORS: &[&str] = &["and", "but", "then"];

/// Prepositions whose gerund a later "and <gerund>" continues inside a content ("for accepting donations and
/// speaking fees", "in supporting the war and accepting ...") (rule "content.parallel_gerund"), looked for at most
/// `MAX_PARALLEL_GERUND_TOKENS` words back.
pub const GERUND_PREPOSITIONS_IN_CONTENT: &[&str] = &["for", "in", "of", "by", "about", "on", "from", "without", "against"];
pub const MAX_PARALLEL_GERUND_TOKENS: usize = 12;

/// Words that open an adverbial or a connective, not a clause, before `, X said, "..."` (with
/// `INTERJECTION_OPENERS`); such words stay out of the quotation's content (rule "content.lead_in"), as do openings
/// longer than `MAX_LEAD_IN_TOKENS` words.
pub const LEAD_IN_NOT_OPENERS: &[&str] = &["but", "and", "so", "yet", "to", "still", "speaking", "asked", "from", "into"];
pub const MAX_LEAD_IN_TOKENS: usize = 40;

/// Words that approximate a share of people before it ("more than 4 in 10", "about one in five", "nearly half")
/// and belong to the source (rule "source.poll_share").
pub const SHARE_APPROXIMATORS: &[&str] = &[
    "about", "nearly", "almost", "roughly", "around", "only", "just", "over", "some", "approximately", "barely",
];

/// Adverbs of time that may stand between a subject and its verb and are neither source nor cue ("Clinton
/// defenders today argue", "the senator yesterday said") (rule "source.time_between").
pub const SUBJECT_TIME_ADVERBS: &[&str] = &["today", "yesterday", "tonight", "recently", "now"];

/// Adverbs of public, insistent or derisive speech that make the finite verb after them a cue even when the verb is
/// in no lexicon ("has repeatedly ripped", "openly mocked", "publicly derided") (rule "indirect.manner").
pub const MANNER_ADVERBS: &[&str] = &[
    "repeatedly", "openly", "publicly", "explicitly", "implicitly", "forcefully", "pointedly", "vehemently",
    "sharply", "loudly", "angrily", "derisively", "jokingly", "enthusiastically", "bitterly", "harshly", "strongly",
    "vocally", "emphatically", "fiercely", "roundly", "falsely", "approvingly", "scathingly",
];

/// Adverbs of hearsay that report their clause without a source ("is reportedly spending", "allegedly took")
/// (rule "indirect.hearsay").
pub const HEARSAY_ADVERBS: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly", "reputedly"];

/// Nouns of speech and stance that are cues before their preposition or "that" ("criticism of", "attacks on",
/// "questions about", "the assertion that"), measured on PolNeAR train (rule "indirect.noun_cue").
pub const NOUN_CUES: &[(&str, &[&str])] = &[
    ("criticism", &["of"]), ("attacks", &["against"]), ("attack", &["against"]), ("questions", &["about"]),
    ("concerns", &["about", "that"]), ("concern", &["about", "that"]), ("endorsement", &["of"]),
    ("complaints", &["about", "that"]), ("complaint", &["about", "that"]), ("praise", &["for"]),
    ("doubts", &["about", "that"]), ("fears", &["of", "about", "that"]), ("warnings", &["about", "of", "that"]),
    ("condemnation", &["of"]), ("denunciation", &["of"]), ("defense", &["of"]), ("suggestion", &["that"]),
    ("assertion", &["that"]), ("insistence", &["that"]), ("belief", &["that"]), ("argument", &["that"]),
    ("claim", &["that"]), ("claims", &["that"]), ("allegations", &["that"]), ("allegation", &["that"]),
    ("announcement", &["of", "that"]), ("speculation", &["that"]), ("remarks", &["about"]),
    ("comments", &["about", "on"]),
    // round 8, measured on PolNeAR train (two in five or more of these are gold cues)
    ("reference", &["to"]), ("references", &["to"]), ("mention", &["of"]), ("critique", &["of"]),
    ("rejection", &["of"]), ("embrace", &["of"]), ("accusations", &["of", "that"]), ("accusation", &["that"]),
    ("endorsements", &["of"]), ("fear", &["that"]), ("assurances", &["that"]), ("admission", &["that"]),
    ("opinion", &["of"]),
];

/// The prepositions (or "that") after which `noun` is a cue (`NOUN_CUES`).
pub fn noun_cue_prepositions(noun: &str) -> Option<&'static [&'static str]> {
    NOUN_CUES.iter().find(|(n, _)| *n == noun).map(|(_, ps)| *ps)
}

/// Verbs that carry a noun cue, whose subject is its source ("has raised questions about", "made comments about",
/// "voiced concern about") (rule "indirect.noun_cue"); "-ed" forms and cue verbs count too.
pub const NOUN_CUE_VERBS: &[&str] = &[
    "made", "make", "makes", "making", "raised", "raise", "raises", "raising", "drew", "draw", "draws", "delivered",
    "delivers", "delivering", "avoided", "expressed", "voiced", "posed", "issued", "launched", "leveled", "levelled",
    "offered", "renewed", "gave", "give", "gives", "giving", "has", "had", "have", "turns", "turned", "stepped",
    "ramped", "intensified", "escalated", "repeated", "faced", "faces", "face", "facing", "sparked", "fueled",
];

/// Words that may open the modifiers kept in a noun cue without a verb: "repeated denunciation of", "growing
/// concern about", "past comments on", "long support for" (besides "the" and -ed/-ing forms).
pub const NOUN_CUE_MODIFIER_START: &[&str] = &[
    "past", "long", "strong", "harsh", "sharp", "fierce", "stern", "public", "direct", "energetic", "controversial",
    "repeated", "vocal", "blistering", "scathing", "withering", "impassioned", "full-throated", "enthusiastic",
    "early", "latest", "recent", "new", "previous", "bitter", "pointed", "veiled", "personal", "frequent", "many",
    "several", "negative", "positive", "favorable", "critical", "widespread", "broad", "heavy", "an", "a",
];

/// Gerunds of cue verbs that after a noun phrase mostly describe rather than report ("a request seeking comment",
/// "data encouraging", "a promising start"), measured on PolNeAR train (rules "indirect.reduced_relative",
/// "indirect.gerund_clause").
pub const GERUNDS_NOT_REDUCED: &[&str] = &["seeking", "determining", "encouraging", "challenging", "promising"];

/// Verbs through which a document speaks when they follow its noun phrase ("the poll shows", "FEC reports show",
/// "a video of the episode shows") (rule "indirect.document").
pub const DOCUMENT_VERBS: &[&str] = &[
    "show", "shows", "showed", "find", "finds", "found", "suggest", "suggests", "suggested", "indicate", "indicates",
    "indicated", "reveal", "reveals", "revealed", "say", "says", "said",
];

/// Words that may stand between a document's head and its verb ("a poll out this week shows", "polls there show",
/// "a study by ... finds", "footage from the game shows").
pub const DOCUMENT_TAIL_WORDS: &[&str] = &[
    "of", "from", "by", "in", "on", "this", "last", "there", "here", "out", "about", "among", "for", "with",
];

/// Contracted auxiliaries ("he's said", "they've argued", "she'll say"), without their apostrophe, that belong to the
/// cue rather than to the source before them (rule "source.contraction"). "s" only after `CONTRACTED_SUBJECTS`
/// (after a name it is mostly a possessive: "Trump's criticism").
pub const CONTRACTIONS: &[&str] = &["s", "ll", "re", "ve", "d"];

/// Pronouns whose "'s" is "is" or "has" (rule "source.contraction").
pub const CONTRACTED_SUBJECTS: &[&str] = &["he", "she", "it", "who", "that", "there", "what", "everyone", "nobody", "one"];

/// Dashes around an apposition in a source (the mark inside the source, the closing mark after it) (rule
/// "source.closing_dash").
pub const SOURCE_DASHES: &[(&str, &str)] = &[("—", "—"), ("–", "–"), (" -- ", "--"), (" - ", "-")];

/// Dashes that end a reported content running on over them, and whether the dash must have white space on both sides
/// (a hyphen, a double hyphen) or may be glued to the words (an em or en dash) (rule "content.dash").
pub const CONTENT_DASHES: &[(&str, bool)] = &[("—", false), ("–", true), ("--", true), ("-", true)];

/// Verbs that put out a statement whose gerund then reports it: "X issued a statement saying ..." (rule
/// "source.statement").
pub const STATEMENT_VERBS: &[&str] =
    &["issued", "released", "put", "sent", "posted", "published", "delivered", "gave", "issues", "releases", "sends", "posts"];

/// Particles between a statement verb and its object ("put out a statement").
pub const STATEMENT_PARTICLES: &[&str] = &["out"];

/// Things put out that speak for their author (rule "source.statement").
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement", "statements", "letter", "message", "video", "tweet", "release", "speech", "memo", "email", "e-mail",
    "post", "note", "ad", "report",
];

/// Prepositions that open a sentence's adverbial before its subject ("In Iowa, Trump ...", "After the debate, ...")
/// (rule "source.after_adverbial").
pub const SUBJECT_OPENING_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "since", "following", "despite", "amid", "with", "without", "by",
    "from", "for", "throughout", "within", "until", "over", "earlier", "later", "last",
];

/// Words that close an opening time adverbial a word or two in ("Hours later,", "Two days earlier,") (rule
/// "source.after_adverbial").
pub const OPENING_TIME_TAILS: &[&str] = &["later", "earlier", "ago"];

/// Prepositions of an adverbial between a subject and its cue ("Trump in his announcement speech called", "Sanders
/// during a Sunday rally thanked") (rule "source.interjected_adverbial").
pub const INTERJECTED_PREPOSITIONS: &[&str] = &["in", "at", "during", "on"];

/// Adverbs between a subject and its framing verb ("Carter however said", "X later called") (rule
/// "source.framing_subject").
pub const FRAMING_SUBJECT_ADVERBS: &[&str] = &["however", "also", "then", "later", "once", "again", "still", "even"];

/// Verbs that express a feeling named right after them ("expressed concern that", "voiced confidence that") (rule
/// "cue.expressed_noun").
pub const EXPRESS_VERBS: &[&str] = &["expressed", "expresses", "express", "expressing", "voiced", "voices", "voicing"];

/// Verbs that order a speech, before "by" and its gerund ("began by thanking", "followed up by asking") (rule
/// "cue.by_gerund").
pub const SEQUENCE_VERBS: &[&str] = &[
    "began", "begins", "begin", "opened", "opens", "started", "starts", "followed", "follows", "ended", "ends",
    "concluded", "concludes", "closed", "closes", "responded", "responds", "replied", "replies", "reacted", "kicked",
];

/// The words that may follow a noun cue (the prepositions of `NOUN_CUES` and "that"), tested before the noun itself.
pub const NOUN_CUE_LINKS: &[&str] = &["of", "about", "that", "for", "against", "on", "to"];

/// Forms of "be" before a passive cue verb ("was declared", "has been criticized") (rule "indirect.passive").
pub const PASSIVE_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Passive participles that report no speech or are read by other rules ("is called X" names, "was expected to",
/// "was asked", "is concerned"), left out of "indirect.passive".
pub const PASSIVE_NOT_CUES: &[&str] = &[
    "called", "expected", "asked", "questioned", "pressed", "decided", "trusted", "added", "concerned", "worried",
    "supposed", "determined", "convinced",
    // measured on PolNeAR train: under a third of these passives overlap a gold cue
    "backed", "offered", "identified", "outlined", "referred", "posted", "favored", "underscored", "detailed",
    "expressed", "admitted", "answered", "concluded", "pronounced", "guaranteed", "preferred", "opposed", "discussed",
    "welcomed", "continued", "noted", "charged", "maintained",
];

/// Verbs that take an infinitive cue into the cue: "continues to insist", "is trying to persuade", "tended to
/// support" (rule "cue.catenative"); the source is their subject.
pub const CATENATIVE_VERBS: &[&str] = &[
    "try", "tries", "tried", "trying", "continue", "continues", "continued", "continuing", "tend", "tends", "tended",
    "used", "manage", "manages", "managed", "fail", "fails", "failed", "begin", "begins", "began", "begun",
    "attempt", "attempts", "attempted", "attempting", "struggle", "struggles", "struggled", "struggling",
    "hesitate", "hesitated", "seek", "seeks", "sought", "seeking", "rushed", "scrambled", "scrambling", "beginning",
    "yet",
];

/// Words before "to" after which a cue verb's infinitive reports no speech of the sentence's subject ("going to say",
/// "how to explain", "has to", "able to") (rule "indirect.infinitive").
pub const INFINITIVE_NOT_AFTER: &[&str] = &[
    "going", "gonna", "able", "unable", "how", "what", "whether", "where", "when", "why", "who", "which", "ought",
    "about", "according", "have", "has", "had", "having", "need", "needs", "needed", "used", "likely", "unlikely",
    "expected", "supposed", "want", "wants", "wanted", "like", "love", "hard", "easy", "difficult", "time", "chance",
    "opportunity", "way", "right", "reason", "first", "last", "only", "next", "refused", "declined", "refusing",
    "declining", "asked", "urged", "willing", "ready", "eager", "decided", "agreed", "plan", "plans", "effort",
    "efforts", "attempt", "bid", "pressure", "power", "decision", "order",
];

/// Infinitives that mostly report nothing after "to" ("to support the family", "to show up", "to offer a job"),
/// measured on PolNeAR train (rule "indirect.infinitive").
pub const INFINITIVE_NOT_CUES: &[&str] = &[
    "support", "show", "promote", "offer", "determine", "know", "certify", "deny", "paint", "write", "assume", "bash",
    "affirm", "convince", "remember", "decide", "disavow", "embrace", "reject", "challenge", "find", "learn", "hope",
    "feel", "understand", "post", "detail", "side", "distance", "credit", "state", "reason", "counter", "add",
];

/// Adjectives that take an infinitive cue after a form of "be" ("are more likely to say", "was quick to embrace")
/// (rule "cue.catenative").
pub const CATENATIVE_ADJECTIVES: &[&str] = &["likely", "unlikely", "quick"];

/// Degree words between a form of "be" and an adjective of `CATENATIVE_ADJECTIVES` ("are slightly more likely").
pub const DEGREE_WORDS: &[&str] =
    &["more", "less", "most", "least", "slightly", "much", "far", "generally", "also", "not", "n't", "very", "even"];
