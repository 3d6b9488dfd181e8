//! Closed-class words and verb forms: the lexicon the clause reader uses. Data only.

/// Irregular verbs: (base, past, past participle). Regular verbs are recognised by their endings.
pub const IRREGULAR_VERBS: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"), ("be", "was", "been"), ("bear", "bore", "borne"), ("beat", "beat", "beaten"),
    ("become", "became", "become"), ("begin", "began", "begun"), ("bend", "bent", "bent"), ("bet", "bet", "bet"),
    ("bid", "bid", "bid"), ("bind", "bound", "bound"), ("bite", "bit", "bitten"), ("bleed", "bled", "bled"),
    ("blow", "blew", "blown"), ("break", "broke", "broken"), ("breed", "bred", "bred"), ("bring", "brought", "brought"),
    ("build", "built", "built"), ("burn", "burnt", "burnt"), ("burst", "burst", "burst"), ("buy", "bought", "bought"),
    ("cast", "cast", "cast"), ("catch", "caught", "caught"), ("choose", "chose", "chosen"), ("cling", "clung", "clung"),
    ("come", "came", "come"), ("cost", "cost", "cost"), ("creep", "crept", "crept"), ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"), ("dig", "dug", "dug"), ("do", "did", "done"), ("draw", "drew", "drawn"),
    ("drink", "drank", "drunk"), ("drive", "drove", "driven"), ("eat", "ate", "eaten"), ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"), ("feel", "felt", "felt"), ("fight", "fought", "fought"), ("find", "found", "found"),
    ("flee", "fled", "fled"), ("fly", "flew", "flown"), ("forbid", "forbade", "forbidden"), ("forecast", "forecast", "forecast"),
    ("foresee", "foresaw", "foreseen"), ("forget", "forgot", "forgotten"), ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"), ("get", "got", "gotten"), ("give", "gave", "given"), ("go", "went", "gone"),
    ("grind", "ground", "ground"), ("grow", "grew", "grown"), ("hang", "hung", "hung"), ("have", "had", "had"),
    ("hear", "heard", "heard"), ("hide", "hid", "hidden"), ("hit", "hit", "hit"), ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"), ("keep", "kept", "kept"), ("know", "knew", "known"), ("lay", "laid", "laid"),
    ("lead", "led", "led"), ("leave", "left", "left"), ("lend", "lent", "lent"), ("let", "let", "let"),
    ("lie", "lay", "lain"), ("light", "lit", "lit"), ("lose", "lost", "lost"), ("make", "made", "made"),
    ("mean", "meant", "meant"), ("meet", "met", "met"), ("mislead", "misled", "misled"), ("overcome", "overcame", "overcome"),
    ("oversee", "oversaw", "overseen"), ("overtake", "overtook", "overtaken"), ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"), ("put", "put", "put"), ("quit", "quit", "quit"), ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"), ("ride", "rode", "ridden"), ("ring", "rang", "rung"), ("rise", "rose", "risen"),
    ("run", "ran", "run"), ("say", "said", "said"), ("see", "saw", "seen"), ("seek", "sought", "sought"),
    ("sell", "sold", "sold"), ("send", "sent", "sent"), ("set", "set", "set"), ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"), ("shoot", "shot", "shot"), ("show", "showed", "shown"), ("shrink", "shrank", "shrunk"),
    ("shut", "shut", "shut"), ("sing", "sang", "sung"), ("sink", "sank", "sunk"), ("sit", "sat", "sat"),
    ("sleep", "slept", "slept"), ("slide", "slid", "slid"), ("speak", "spoke", "spoken"), ("spend", "spent", "spent"),
    ("split", "split", "split"), ("spread", "spread", "spread"), ("stand", "stood", "stood"), ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"), ("strike", "struck", "struck"), ("swear", "swore", "sworn"), ("sweep", "swept", "swept"),
    ("swim", "swam", "swum"), ("swing", "swung", "swung"), ("take", "took", "taken"), ("teach", "taught", "taught"),
    ("tear", "tore", "torn"), ("tell", "told", "told"), ("think", "thought", "thought"), ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"), ("understand", "understood", "understood"), ("undertake", "undertook", "undertaken"),
    ("uphold", "upheld", "upheld"), ("upset", "upset", "upset"), ("wake", "woke", "woken"), ("wear", "wore", "worn"),
    ("win", "won", "won"), ("withdraw", "withdrew", "withdrawn"), ("write", "wrote", "written"),
    ("outspend", "outspent", "outspent"), ("undercut", "undercut", "undercut"), ("wind", "wound", "wound"),
];

/// Forms of "be", "have" and "do", and the modals.
pub const BE_FORMS: &[&str] = &["be", "am", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m"];
pub const HAVE_FORMS: &[&str] = &["have", "has", "had", "having", "'ve", "’ve", "'d", "’d"];
pub const DO_FORMS: &[&str] = &["do", "does", "did"];
pub const MODALS: &[&str] = &["will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "’ll", "wo", "ca"];
/// Modals that put the event in the future (as opposed to possibility or obligation).
pub const FUTURE_MODALS: &[&str] = &["will", "shall", "'ll", "’ll", "wo"];
pub const NEGATIONS: &[&str] = &["not", "n't", "n’t", "never", "no longer"];

/// Expressions that make what follows expected or planned rather than done: "X is expected to set".
pub const EXPECTATION_CUES: &[&str] = &[
    "expected", "expects", "expect", "plans", "plan", "planned", "planning", "scheduled", "set", "due", "aims", "aim",
    "intends", "intend", "hopes", "hope", "going", "likely", "poised", "preparing", "prepares", "promised", "promises",
    "pledged", "pledges", "vowed", "vows", "wants", "want", "proposed", "proposes", "seeks", "seek", "slated",
];

/// Words that open a subordinate or relative clause.
pub const SUBORDINATORS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before", "because", "although",
    "though", "since", "until", "unless", "whereas", "if", "whether", "once", "that",
];

/// Conditional or hypothetical openers: events in their clauses are not timeline facts.
pub const HYPOTHETICAL_OPENERS: &[&str] = &["if", "whether", "unless"];

/// Verbs of saying and reporting.
pub const REPORTING_VERBS: &[&str] = &[
    "say", "tell", "add", "confirm", "announce", "report", "state", "claim", "note", "warn", "insist", "argue",
    "write", "tweet", "post", "deny", "acknowledge", "explain", "reply", "suggest", "declare", "comment",
];

/// Function words that are never verbs even when they end like one ("need", "red", "bed", "hundred").
pub const NOT_VERBS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "red", "bed", "hundred", "seed", "need", "speed", "feed",
    "shed", "united", "indeed", "naked", "sacred", "wicked", "ragged", "rugged", "beloved", "aged", "bred",
    "kindred", "ed", "fred", "ted", "ned", "reed", "weed", "creed", "greed", "sled", "shred", "wed", "ahead",
    "instead", "thousand", "thing", "nothing", "something", "anything", "everything", "morning", "evening", "king",
    "ring", "spring", "string", "during", "ceiling", "building", "meeting", "wedding", "bring", "sibling",
    "pudding", "darling", "viking", "worldwide", "news", "bus", "gas", "yes", "his", "its", "this", "us", "thus",
    "always", "perhaps", "sometimes", "has", "was", "is", "as", "less", "unless", "across", "various", "previous",
    "serious", "famous", "series", "species", "states", "times", "years", "days", "months", "weeks", "hours",
    "minutes", "countries", "members", "percent", "however", "i", "he", "she", "it", "we", "they", "you",
];

/// Determiners and pronouns that start a noun phrase (a subject), not a verb.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
    "any", "each", "every", "no", "all", "both", "many", "several", "most", "few", "more", "other", "another",
];
pub const SUBJECT_PRONOUNS: &[&str] = &["i", "he", "she", "it", "we", "they", "you", "there"];

/// Prepositions (clause-internal: they never open a clause).
pub const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "about", "over", "under", "between",
    "among", "through", "during", "against", "toward", "towards", "without", "within", "across", "behind",
    "beyond", "near", "amid", "despite", "per", "via", "upon", "around", "than", "like", "including",
];

/// Verbs that name an actual happening when they head a clause, commonly written in the present in headlines
/// ("Trump reveals text").
pub fn is_modal(w: &str) -> bool {
    MODALS.contains(&w)
}

/// What a verb form is, as far as its spelling tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    /// -s present ("spends").
    Present3,
    Past,
    /// Past or participle ("agreed", "left").
    PastOrParticiple,
    Participle,
    Gerund,
}

/// The base form and the form of a word if it can be a verb by the lexicon or by its ending.
pub fn verb_form(w: &str) -> Option<(String, VerbForm)> {
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return verb_form_lower(w).map(|(l, f)| (l.to_string(), f));
    }
    let lw = w.to_lowercase();
    verb_form_lower(&lw).map(|(l, f)| (l.to_string(), f))
}

/// The base form of a verb as `verb_form_lower` finds it, without allocating: a table entry, or a stem of the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lemma<'a> {
    /// From the verb tables.
    Listed(&'static str),
    /// The word minus an ending ("walked" -> "walk").
    Stem(&'a str),
    /// The word minus "ied", plus "y" ("carried" -> "carry").
    StemY(&'a str),
}

impl Lemma<'_> {
    pub fn is(&self, s: &str) -> bool {
        match *self {
            Lemma::Listed(l) | Lemma::Stem(l) => l == s,
            Lemma::StemY(stem) => s.strip_suffix('y') == Some(stem),
        }
    }
    pub fn is_in(&self, set: &[&str]) -> bool {
        set.iter().any(|s| self.is(s))
    }
}

impl std::fmt::Display for Lemma<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Lemma::Listed(l) | Lemma::Stem(l) => f.write_str(l),
            Lemma::StemY(stem) => write!(f, "{stem}y"),
        }
    }
}

/// `verb_form` of a word that is already lower-cased (a `Document::lower` token), without allocating.
pub fn verb_form_lower(lw: &str) -> Option<(Lemma<'_>, VerbForm)> {
    verb_hit(lw).read(lw)
}

/// What `verb_form_lower` finds for a word, before its lemma is read.
#[derive(Clone, Copy)]
enum VerbHit {
    None,
    /// An entry of `verb_index().values`.
    Indexed(u32),
    /// An entry of `verb_table` of a word over 16 bytes.
    Listed(&'static str, VerbForm),
    /// The word's first `n` bytes are the lemma.
    Stem(usize, VerbForm),
    /// The word's first `n` bytes and "y" are the lemma (a past or participle).
    StemY(usize),
}

impl VerbHit {
    fn read(self, lw: &str) -> Option<(Lemma<'_>, VerbForm)> {
        match self {
            VerbHit::None => None,
            VerbHit::Indexed(v) => {
                verb_index().values.get(v as usize).copied().flatten().map(|(base, form)| (Lemma::Listed(base), form))
            }
            VerbHit::Listed(base, form) => Some((Lemma::Listed(base), form)),
            VerbHit::Stem(n, form) => Some((Lemma::Stem(lw.get(..n)?), form)),
            VerbHit::StemY(n) => Some((Lemma::StemY(lw.get(..n)?), VerbForm::PastOrParticiple)),
        }
    }
}

fn verb_hit(lw: &str) -> VerbHit {
    if lw.len() < 2 {
        return VerbHit::None;
    }
    // one pass over the bytes: the letters-and-hyphens check, and the word copied for `VerbIndex`
    let mut buf = [0u8; 16];
    let mut rest = lw.as_bytes().iter();
    for (d, &c) in buf.iter_mut().zip(&mut rest) {
        // an ASCII letter (either case: c | 0x20 in a..=z) or a hyphen
        if (c | 0x20).wrapping_sub(b'a') >= 26 && c != b'-' {
            return VerbHit::None;
        }
        *d = c;
    }
    if rest.as_slice().is_empty() {
        match verb_index().find(pack(buf)) {
            Some(v) => {
                return match verb_index().values.get(v) {
                    Some(Some(_)) => VerbHit::Indexed(v as u32),
                    _ => VerbHit::None, // NOT_VERBS
                }
            }
            None => {}
        }
    } else {
        if !rest.all(|&c| c.is_ascii_alphabetic() || c == b'-') {
            return VerbHit::None;
        }
        match verb_table().get(lw) {
            Some(Some((base, form))) => return VerbHit::Listed(base, *form),
            Some(None) => return VerbHit::None, // NOT_VERBS
            None => {}
        }
    }
    if lw.len() > 4 && lw.ends_with("ied") {
        return VerbHit::StemY(lw.len() - 3);
    }
    if lw.len() > 3 && lw.ends_with("ed") {
        return VerbHit::Stem(undouble(&lw[..lw.len() - 2]).len(), VerbForm::PastOrParticiple);
    }
    if lw.len() > 4 && lw.ends_with("ing") {
        return VerbHit::Stem(undouble(&lw[..lw.len() - 3]).len(), VerbForm::Gerund);
    }
    VerbHit::None
}

/// `verb_form_lower`'s answer for one word in four bytes, so that a document computes it once per token
/// (`Document::verb`, `Document::verb_form`, `Document::reporting_verb`) and the clause reader, events and quotations
/// read it: a kind, the form (with a bit for a lemma among `REPORTING_VERBS`), and the entry of the verb index or the
/// length of the stem. What does not fit (a listed word over 16 bytes, a stem over 65,535 bytes) is marked to be
/// asked again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbCode {
    kind: u8,
    /// The form's place in `FORMS`, and `REPORTING` when the lemma is a verb of saying.
    form: u8,
    n: u16,
}

const CODE_NONE: u8 = 0;
const CODE_INDEXED: u8 = 1;
const CODE_STEM: u8 = 2;
const CODE_STEM_Y: u8 = 3;
const CODE_ASK: u8 = 4;
/// The bit of `VerbCode::form` that marks a lemma of `REPORTING_VERBS`.
const REPORTING: u8 = 0x80;

/// The forms by their `VerbCode` number (`form as u8`, the order of `VerbForm`'s declaration).
const FORMS: [VerbForm; 6] = [
    VerbForm::Base,
    VerbForm::Present3,
    VerbForm::Past,
    VerbForm::PastOrParticiple,
    VerbForm::Participle,
    VerbForm::Gerund,
];

impl VerbCode {
    /// The code of a word that is not a verb.
    pub const NONE: VerbCode = VerbCode { kind: CODE_NONE, form: 0, n: 0 };

    /// The code of a lower-cased word.
    pub fn of(lw: &str) -> VerbCode {
        let hit = verb_hit(lw);
        let Some((lemma, form)) = hit.read(lw) else { return VerbCode::NONE };
        let form = form as u8 | if lemma.is_in(REPORTING_VERBS) { REPORTING } else { 0 };
        let code = |kind: u8, n: usize| match u16::try_from(n) {
            Ok(n) => VerbCode { kind, form, n },
            Err(_) => VerbCode { kind: CODE_ASK, form, n: 0 },
        };
        match hit {
            VerbHit::None => VerbCode::NONE,
            VerbHit::Indexed(v) => code(CODE_INDEXED, v as usize),
            VerbHit::Listed(..) => VerbCode { kind: CODE_ASK, form, n: 0 },
            VerbHit::Stem(n, _) => code(CODE_STEM, n),
            VerbHit::StemY(n) => code(CODE_STEM_Y, n),
        }
    }

    /// `verb_form_lower(lw)`, where `lw` is the word this code was made of.
    #[inline]
    pub fn read(self, lw: &str) -> Option<(Lemma<'_>, VerbForm)> {
        match self.kind {
            CODE_NONE => None,
            CODE_INDEXED => VerbHit::Indexed(u32::from(self.n)).read(lw),
            CODE_STEM => VerbHit::Stem(self.n as usize, self.form().unwrap_or(VerbForm::Base)).read(lw),
            CODE_STEM_Y => VerbHit::StemY(self.n as usize).read(lw),
            _ => verb_form_lower(lw),
        }
    }

    /// The form of `verb_form_lower`'s answer, without the lemma.
    #[inline]
    pub fn form(self) -> Option<VerbForm> {
        if self.kind == CODE_NONE {
            return None;
        }
        FORMS.get((self.form & !REPORTING) as usize).copied()
    }

    /// The form, when the lemma is one of `REPORTING_VERBS` (`Lemma::is_in(REPORTING_VERBS)`).
    #[inline]
    pub fn reporting_form(self) -> Option<VerbForm> {
        if self.form & REPORTING == 0 {
            return None;
        }
        self.form()
    }
}

/// The consonant a regular verb doubles before "-ed" and "-ing" when its last syllable is stressed: a final
/// consonant other than w, x, y after a single vowel after a consonant ("drop", "submit", "plan"; not "need", "add").
fn doubled_final(base: &str) -> Option<char> {
    let b = base.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match b {
        [.., c1, v, c2] if !vowel(*c1) && vowel(*v) && !vowel(*c2) && !matches!(c2, b'w' | b'x' | b'y') => {
            Some(*c2 as char)
        }
        _ => None,
    }
}

/// The stem of an unlisted "-ed" or "-ing" form without the doubled consonant its ending added ("dropp" of
/// "dropped" -> "drop", "occurr" -> "occur"); doubled l, s, f and z are the verb's own ("call", "pass", "staff").
fn undouble(stem: &str) -> &str {
    match stem.as_bytes() {
        [.., a, b] if a == b && matches!(a, b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't') && stem.len() > 3 => {
            &stem[..stem.len() - 1]
        }
        _ => stem,
    }
}

/// Whether `w` is one of the words of `list` (`list.contains(&w)`), comparing the length and the first byte before
/// the rest, so that most entries of the same length are turned away without a `memcmp` call: the word lists are read
/// for most tokens.
#[inline]
pub fn word_in(list: &[&str], w: &str) -> bool {
    let b = w.as_bytes();
    match b.first() {
        None => list.iter().any(|s| s.is_empty()),
        Some(&f) => list.iter().any(|s| {
            let e = s.as_bytes();
            e.len() == b.len() && e.first() == Some(&f) && e == b
        }),
    }
}

/// How many decimal digits `n` has (1 for 0).
pub fn decimal_len(n: u64) -> usize {
    let mut len = 1;
    let mut v = n / 10;
    while v > 0 {
        len += 1;
        v /= 10;
    }
    len
}

/// Appends the decimal digits of `n` to `out`, as `write!(out, "{n}")` would, without the formatting machinery
/// (ids and score reasons are made for every item of a long text).
pub fn push_decimal(out: &mut String, n: u64) {
    // 20 digits hold any u64; filled from the right
    let mut buf = [b'0'; 20];
    let mut at = buf.len();
    let mut v = n;
    while at > 0 {
        at -= 1;
        buf[at] += (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &d in buf.get(at..).unwrap_or(&[]) {
        out.push(char::from(d));
    }
}

/// `prefix` followed by the decimal digits of `n` ("c12", "a3"): the ids of the output's items.
pub fn numbered_id(prefix: &str, n: usize) -> String {
    let mut id = String::with_capacity(prefix.len() + 4);
    id.push_str(prefix);
    push_decimal(&mut id, n as u64);
    id
}

/// A fast hasher for the engine's fixed look-up tables (the multiply-rotate of rustc's FxHash): their keys are
/// the tables' own words, so no input can crowd one bucket; text-keyed maps keep the standard hasher.
#[derive(Clone, Copy, Default)]
pub struct TableHasher(u64);

impl std::hash::Hasher for TableHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        // spread the high bits (which pick hashbrown's control bytes) into the low ones too
        self.0 ^ (self.0 >> 29)
    }
}

/// A map over a fixed table, hashed with `TableHasher`.
pub type TableMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<TableHasher>>;
/// A set over a fixed table, hashed with `TableHasher`.
pub type TableSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<TableHasher>>;

/// The hasher of maps keyed by the text's own words (the actors' sets of words seen, the clustering's indexes):
/// `TableHasher`'s multiply-rotate (a few instructions a word, where SipHash took about 170) started from a seed
/// drawn once per process, so that a text cannot be written to crowd one bucket without knowing it. Only for maps
/// that are asked, never iterated (their order would change from run to run).
#[derive(Clone, Copy)]
pub struct TextState(u64);

impl Default for TextState {
    fn default() -> Self {
        static SEED: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        TextState(*SEED.get_or_init(|| {
            use std::hash::BuildHasher;
            std::collections::hash_map::RandomState::new().hash_one(0x9e37_79b9_7f4a_7c15_u64)
        }))
    }
}

impl std::hash::BuildHasher for TextState {
    type Hasher = TableHasher;
    fn build_hasher(&self) -> TableHasher {
        TableHasher(self.0)
    }
}

/// A map keyed by words of the text, hashed with `TextState` (asked, never iterated).
pub type TextMap<K, V> = std::collections::HashMap<K, V, TextState>;
/// A set of words of the text, hashed with `TextState` (asked, never iterated).
pub type TextSet<K> = std::collections::HashSet<K, TextState>;

/// A quick filter in front of a fixed table's hash map: `may_contain` is false only for words that are certainly not
/// keys of the table (a 4096-bit set of each key's length, first and last byte), so that most words of a text are
/// turned away without hashing them. It never changes an answer, only skips look-ups that would fail.
#[derive(Clone)]
pub struct WordFilter([u64; 64]);

impl WordFilter {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFilter {
        let mut f = WordFilter([0; 64]);
        for w in words {
            let b = Self::bit(w);
            if let Some(x) = f.0.get_mut(b / 64) {
                *x |= 1 << (b % 64);
            }
        }
        f
    }

    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = (b.first().copied().unwrap_or(0) as usize, b.last().copied().unwrap_or(0) as usize);
        (first.wrapping_mul(31).wrapping_add(last).wrapping_mul(31).wrapping_add(b.len())) % 4096
    }

    pub fn may_contain(&self, w: &str) -> bool {
        let b = Self::bit(w);
        self.0.get(b / 64).is_some_and(|x| x & (1 << (b % 64)) != 0)
    }
}

/// `verb_table`'s words of at most 16 bytes in an open-addressing table keyed by the word packed into two
/// zero-padded 64-bit words (the words are letters, hyphens and apostrophes: no zero byte), so that a look-up is a
/// multiply and one or two comparisons of integers, without hashing the bytes again or calling `memcmp`.
struct VerbIndex {
    /// (packed word, index into `values` + 1); 0 marks an empty slot.
    slots: Vec<([u64; 2], u32)>,
    values: Vec<Option<(&'static str, VerbForm)>>,
    mask: usize,
}

impl VerbIndex {
    fn slot(key: [u64; 2], mask: usize) -> usize {
        let h = (key[0] ^ key[1].rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> 40) as usize & mask
    }

    /// The index into `values` of a packed word.
    fn find(&self, key: [u64; 2]) -> Option<usize> {
        let mut i = Self::slot(key, self.mask);
        // at most half full: an empty slot always ends the probe
        loop {
            let &(k, v) = self.slots.get(i)?;
            if v == 0 {
                return None;
            }
            if k == key {
                return Some(v as usize - 1);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A word of at most 16 bytes, zero-padded, as two 64-bit words.
fn pack(buf: [u8; 16]) -> [u64; 2] {
    let (a, b) = buf.split_at(8);
    [u64::from_le_bytes(a.try_into().unwrap_or([0; 8])), u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))]
}

/// Packs a word of at most 16 bytes as `verb_form_lower` does.
fn pack16(w: &str) -> Option<[u64; 2]> {
    if w.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, &c) in buf.iter_mut().zip(w.as_bytes()) {
        *d = c;
    }
    Some(pack(buf))
}

fn verb_index() -> &'static VerbIndex {
    static INDEX: std::sync::OnceLock<VerbIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let table = verb_table();
        let size = (table.len() * 2 + 1).next_power_of_two();
        let mut ix = VerbIndex { slots: vec![([0, 0], 0); size], values: Vec::with_capacity(table.len()), mask: size - 1 };
        for (word, value) in table {
            let Some(key) = pack16(word) else { continue };
            ix.values.push(*value);
            let mut i = VerbIndex::slot(key, ix.mask);
            while ix.slots.get(i).is_some_and(|s| s.1 != 0) {
                i = (i + 1) & ix.mask;
            }
            if let Some(s) = ix.slots.get_mut(i) {
                *s = (key, ix.values.len() as u32);
            }
        }
        ix
    })
}

/// Every inflected form of the listed verbs, built once: word -> (base, form); `NOT_VERBS` map to `None`.
fn verb_table() -> &'static TableMap<String, Option<(&'static str, VerbForm)>> {
    static TABLE: std::sync::OnceLock<TableMap<String, Option<(&'static str, VerbForm)>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: std::collections::HashMap<String, (&'static str, VerbForm)> = std::collections::HashMap::new();
        let third = |base: &str| -> String {
            if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
                format!("{stem}ies")
            } else if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") || base == "go" || base == "do" {
                format!("{base}es")
            } else {
                format!("{base}s")
            }
        };
        let gerund = |base: &str| -> String {
            if base.ends_with("ie") {
                format!("{}ying", &base[..base.len() - 2])
            } else if base.ends_with('e') && !base.ends_with("ee") && base != "be" {
                format!("{}ing", &base[..base.len() - 1])
            } else {
                format!("{base}ing")
            }
        };
        // regular verbs first, so that the irregular table wins where both list a word
        for &base in COMMON_VERBS {
            let past = if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
                format!("{stem}ied")
            } else if base.ends_with('e') {
                format!("{base}d")
            } else {
                format!("{base}ed")
            };
            // "drop" -> "dropped", "dropping"; "submit" -> "submitted": a final consonant after one vowel doubles
            // where the last syllable is stressed, which spelling cannot tell ("visited"), so both spellings are listed
            // (a doubled "visitted" never occurs; the plain form wins where both are words)
            if let Some(d) = doubled_final(base) {
                m.entry(format!("{base}{d}ed")).or_insert((base, VerbForm::PastOrParticiple));
                m.entry(format!("{base}{d}ing")).or_insert((base, VerbForm::Gerund));
            }
            m.insert(past, (base, VerbForm::PastOrParticiple));
            m.insert(gerund(base), (base, VerbForm::Gerund));
            m.insert(third(base), (base, VerbForm::Present3));
            m.insert(base.to_string(), (base, VerbForm::Base));
        }
        for &(base, past, pp) in IRREGULAR_VERBS {
            m.insert(gerund(base), (base, VerbForm::Gerund));
            m.insert(third(base), (base, VerbForm::Present3));
            m.insert(pp.to_string(), (base, if past == pp { VerbForm::PastOrParticiple } else { VerbForm::Participle }));
            m.insert(past.to_string(), (base, if past == pp { VerbForm::PastOrParticiple } else { VerbForm::Past }));
            // "cut", "set", "put": read as past (news reports what happened); auxiliaries still decide the tense
            m.insert(base.to_string(), (base, if base == past { VerbForm::PastOrParticiple } else { VerbForm::Base }));
        }
        let mut t: TableMap<String, Option<(&'static str, VerbForm)>> = m.into_iter().map(|(k, v)| (k, Some(v))).collect();
        // the words that are never verbs win over the tables and the endings
        for &w in NOT_VERBS {
            t.insert(w.to_string(), None);
        }
        t
    })
}

/// Regular verbs common in news, by base form: they let the clause reader see "spends" and "accuse" as verbs.
/// (Forms ending in -ed and -ing are recognised without the list.)
pub const COMMON_VERBS: &[&str] = &[
    "accept", "accuse", "achieve", "acquire", "act", "add", "address", "admit", "adopt", "advance", "affect",
    "agree", "aim", "allow", "announce", "appeal", "appear", "apply", "appoint", "approve", "argue", "arrest",
    "arrive", "ask", "assert", "assess", "attack", "attempt", "attend", "authorize", "avoid", "back", "ban",
    "believe", "benefit", "blame", "block", "boost", "call", "campaign", "cancel", "capture", "cause", "celebrate",
    "challenge", "change", "charge", "cite", "claim", "close", "collapse", "comment", "commit", "compare",
    "compete", "complain", "complete", "concede", "conclude", "condemn", "confirm", "congratulate", "consider",
    "continue", "contribute", "control", "convict", "count", "cover", "crash", "create", "criticize", "criticise",
    "cross", "damage", "decide", "declare", "decline", "defeat", "defend", "delay", "deliver", "demand", "deny",
    "deploy", "describe", "destroy", "detain", "determine", "develop", "die", "disappear", "disclose", "discover",
    "discuss", "dismiss", "dispute", "drop", "earn", "elect", "emerge", "employ", "encourage", "end", "endorse",
    "enjoy", "ensure", "enter", "escape", "establish", "estimate", "evacuate", "examine", "exceed", "expand", "expect",
    "explain", "explode", "express", "extend", "face", "fail", "file", "fill", "finish", "fire", "fix", "focus",
    "follow", "force", "form", "gain", "grant", "greet", "guarantee", "halt", "handle", "happen", "head", "help",
    "hire", "host", "identify", "ignore", "impose", "improve", "include", "increase", "indicate", "injure",
    "insist", "introduce", "invade", "invest", "investigate", "invite", "involve", "issue", "join", "jump",
    "kill", "land", "last", "launch", "learn", "like", "limit", "list", "live", "load", "look", "love", "maintain",
    "manage", "mark", "match", "matter", "mention", "merge", "miss", "move", "name", "need", "negotiate",
    "nominate", "note", "notice", "observe", "obtain", "occur", "offer", "open", "order", "organize", "own",
    "participate", "pass", "perform", "permit", "pick", "place", "plan", "play", "plead", "pledge", "post",
    "praise", "predict", "prefer", "prepare", "present", "press", "prevent", "proceed", "produce", "promise",
    "propose", "prosecute", "protect", "protest", "prove", "provide", "publish", "pull", "purchase", "push",
    "question", "raise", "rally", "reach", "react", "receive", "recognize", "recommend", "record", "recover",
    "reduce", "refer", "reflect", "refuse", "reject", "release", "remain", "remove", "repeat", "replace",
    "reply", "report", "represent", "request", "require", "rescue", "resign", "resist", "resolve", "respond",
    "rest", "restore", "result", "resume", "retire", "return", "reveal", "review", "rule", "sanction", "save",
    "score", "search", "secure", "seize", "sentence", "serve", "settle", "share", "shift", "sign", "slow",
    "slump", "soar", "spark", "start", "state", "stay", "step", "stop", "strengthen", "struggle", "submit",
    "succeed", "suffer", "suggest", "supply", "support", "surge", "surrender", "survive", "suspend", "talk",
    "target", "term", "test", "testify", "thank", "threaten", "total", "touch", "track", "trade", "train",
    "transfer", "travel", "treat", "trigger", "try", "turn", "tweet", "urge", "use", "value", "visit", "vote",
    "wait", "walk", "want", "warn", "watch", "welcome", "wish", "work", "worry",
    // markets and business
    "ease", "slip", "climb", "jump", "tumble", "plunge", "dip", "edge", "rebound", "retreat", "recover", "gain",
    "import", "export", "boast", "flow", "operate", "endure", "repel", "speculate", "amount", "hope", "estimate",
    "lend", "borrow", "owe", "acquire", "divest", "restructure", "expire", "mature", "yield", "price", "hedge",
    "outperform", "underperform", "lag", "trail", "top", "beat", "miss", "forecast", "project", "guide",
    "wonder", "seem", "contain",
];

/// Words that begin a time expression: after "said" they date the saying ("said Friday that ..."), they do not
/// start the reported clause.
pub const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
    "tonight", "last", "this", "next", "earlier", "later", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "on", "in", "at", "during", "recently", "late", "early",
];

/// Month names and their abbreviations, lower-cased: a number next to one is part of a date.
pub const MONTH_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubled_consonants_read_back_to_their_verb() {
        let lemma = |w: &str| verb_form_lower(w).map(|(l, f)| (l.to_string(), f));
        // listed verbs, both spellings (the plain one is still listed)
        assert_eq!(lemma("dropped"), Some(("drop".into(), VerbForm::PastOrParticiple)));
        assert_eq!(lemma("dropping"), Some(("drop".into(), VerbForm::Gerund)));
        assert_eq!(lemma("submitted"), Some(("submit".into(), VerbForm::PastOrParticiple)));
        assert_eq!(lemma("planned"), Some(("plan".into(), VerbForm::PastOrParticiple)));
        assert_eq!(lemma("visited").map(|l| l.0), verb_form_lower("visited").map(|l| l.0.to_string()));
        // unlisted verbs, by their ending
        assert_eq!(lemma("mopped"), Some(("mop".into(), VerbForm::PastOrParticiple)));
        assert_eq!(lemma("occurring"), Some(("occur".into(), VerbForm::Gerund)));
        assert_eq!(lemma("rolled"), Some(("roll".into(), VerbForm::PastOrParticiple)));
        assert_eq!(lemma("fussed"), Some(("fuss".into(), VerbForm::PastOrParticiple)));
        assert_eq!(lemma("needed").map(|l| l.0), Some("need".into()));
    }

    #[test]
    fn dates_and_day_labels_read_as_the_formatter_writes_them() {
        use crate::analysis::date::{Date, MONTH_NAMES};
        for n in [0u64, 1, 9, 10, 99, 100, 12_345, u64::MAX] {
            assert_eq!(decimal_len(n), n.to_string().len(), "{n}");
        }
        let years = [i32::MIN, -12_345, -2025, -5, 0, 7, 99, 999, 1998, 2025, 9999, 10_000, 123_456, i32::MAX];
        for year in years {
            for (month, day) in [(1u8, 1u8), (6, 24), (12, 31), (0, 0), (13, 99), (100, 100), (255, 255)] {
                let d = Date { year, month, day };
                assert_eq!(d.to_string(), format!("{:04}-{:02}-{:02}", year, month, day));
                // day_label's reference (month 0 is left out: its `month - 1` is not a date's)
                if month >= 1 {
                    let reference = format!("{} {} {}", day, MONTH_NAMES[usize::from(month - 1).min(11)], year);
                    let label = crate::analysis::events::day_label(d);
                    assert_eq!(label, reference);
                    assert_eq!(label.capacity(), label.len(), "exact size: {label}");
                }
            }
        }
    }

    #[test]
    fn verb_form_lower_agrees_with_verb_form() {
        let words = [
            "Said", "said", "carried", "walked", "running", "the", "need", "Shares", "went", "cut", "is", "a", "über",
            "well-known", "x", "Hurried", "TOLD", "nothing", "speeds", "set",
        ];
        for w in words {
            let lower = w.to_lowercase();
            let fast = verb_form_lower(&lower).map(|(l, f)| (l.to_string(), f));
            assert_eq!(fast, verb_form(w), "{w}");
            if let Some((l, _)) = verb_form_lower(&lower) {
                assert!(l.is(&l.to_string()) && l.is_in(&["zzz", &l.to_string()]), "{w}");
            }
        }
        assert_eq!(verb_form("carried").map(|v| v.0), Some("carry".to_string()));
        assert_eq!(verb_form("need"), None);
    }

    #[test]
    fn verb_code_reads_as_verb_form_lower() {
        for (i, f) in FORMS.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
        let long_stem = format!("{}ed", "a".repeat(70_000));
        let mut words: Vec<String> = verb_table().keys().cloned().collect();
        words.extend(
            [
                "said", "carried", "walked", "running", "dropped", "the", "need", "x", "", "über", "well-known",
                "counter-attacked", "understanding", "internationalizing", "internationalized", "5,000", ",", "it's",
                "tweeted", "replied", "stated",
            ]
            .map(String::from),
        );
        words.push(long_stem);
        for w in &words {
            let code = VerbCode::of(w);
            let expected = verb_form_lower(w);
            assert_eq!(code.read(w), expected, "{w}");
            assert_eq!(code.form(), expected.map(|v| v.1), "{w}");
            let reporting = expected.filter(|(l, _)| l.is_in(REPORTING_VERBS)).map(|v| v.1);
            assert_eq!(code.reporting_form(), reporting, "{w}");
        }
        assert_eq!(VerbCode::of("replied").reporting_form(), Some(VerbForm::PastOrParticiple));
        assert_eq!(VerbCode::of("says").reporting_form(), Some(VerbForm::Present3));
        assert_eq!(VerbCode::of("walks").reporting_form(), None);
    }

    #[test]
    fn verb_index_agrees_with_the_verb_table() {
        let table = verb_table();
        let ix = verb_index();
        for (w, v) in table {
            if let Some(key) = pack16(w) {
                assert_eq!(ix.find(key).and_then(|i| ix.values.get(i)), Some(v), "{w}");
            }
        }
        // words that are not keys, some sharing a key's first eight bytes
        for w in ["zebra", "announcements", "announcedx", "saidsaid", "ab", "quietly", "internationally-minded"] {
            let expected = table.get(w);
            assert_eq!(pack16(w).map_or(expected, |k| ix.find(k).and_then(|i| ix.values.get(i))), expected, "{w}");
        }
        // every lookup through verb_form_lower agrees with the plain table
        for w in ["said", "carried", "walked", "running", "need", "understanding", "counter-attacked", "x-ray"] {
            let direct = table.get(w).copied();
            let via = verb_form_lower(w);
            match direct {
                Some(Some((base, form))) => assert_eq!(via, Some((Lemma::Listed(base), form)), "{w}"),
                Some(None) => assert_eq!(via, None, "{w}"),
                None => assert!(!matches!(via, Some((Lemma::Listed(_), _))), "{w}"),
            }
        }
    }

    #[test]
    fn word_filter_keeps_every_key_and_turns_most_others_away() {
        let f = WordFilter::new(COMMON_VERBS.iter().copied());
        assert!(COMMON_VERBS.iter().all(|w| f.may_contain(w)));
        let others = ["zebra", "quietly", "the", "", "Überall", "x", "12345", "thousand"];
        assert!(others.iter().filter(|w| !f.may_contain(w)).count() >= 4);
    }

    #[test]
    fn table_maps_find_every_key() {
        let m: TableMap<&str, usize> = COMMON_VERBS.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        for w in COMMON_VERBS {
            assert!(m.contains_key(w), "{w}");
        }
        assert!(!m.contains_key("nonverbish"));
    }

    #[test]
    fn word_in_agrees_with_contains() {
        let lists: [&[&str]; 4] = [&[], &["", "a"], &["the", "that", "than", "thank", "é", "über"], NOT_VERBS];
        let words = ["", "a", "the", "th", "then", "thank", "thanks", "é", "e", "über", "uber", "hundred", "x"];
        for list in lists {
            for w in words {
                assert_eq!(word_in(list, w), list.contains(&w), "{w} in {list:?}");
            }
        }
    }

    #[test]
    fn decimals_and_ids_match_the_formatter() {
        for n in [0u64, 1, 9, 10, 42, 99, 100, 1234, 65_535, 1_000_000, u64::MAX] {
            let mut s = String::from("x");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
        assert_eq!(numbered_id("c", 12), "c12");
        assert_eq!(numbered_id("a", 0), "a0");
    }
}
