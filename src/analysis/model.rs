//! The `Analysis`: everything Claimline read in an article, as plain data.
//!
//! Every item carries the span(s) of the words it came from and the name of the rule that produced it
//! (`rule`), so that the UI and the exports can say why. Spans hold byte offsets for the engine and the
//! UI, and Unicode code-point offsets for everything serialised (W3C TextPositionSelector): serde writes
//! only `start`/`end` in code points.

use super::date::Date;
use serde::Serialize;

/// Bumped whenever the serialised shape changes incompatibly. Documented in docs/ANALYSIS-JSON.md.
pub const SCHEMA_VERSION: u32 = 1;

/// A range of the article's text. `start..end` are byte offsets (engine, UI); `cp_start..cp_end` are
/// code-point offsets (exports, CLI). Build spans with `Document::span`, which fills both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    #[serde(rename = "start")]
    pub cp_start: usize,
    #[serde(rename = "end")]
    pub cp_end: usize,
}

impl Span {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A span with the words it covers, as PolNeAR/Citron-style attributions and the exports want them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpanText {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the user (or the CLI's --date).
    User,
    /// Found in the text (a dateline, "Published June 24, 2025").
    Detected,
    /// Neither: relative expressions stay unresolved.
    None,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PublicationDate {
    pub date: Option<Date>,
    pub source: DateSource,
    /// Where in the text the date was found, when detected.
    pub span: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum TimexType {
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How finely a date is known. Ordered from coarse to fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Century,
    Decade,
    Year,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    PartOfDay,
    Minute,
}

/// A half-open range of days `[start, end)` with the precision it is known at. A year is
/// 2023-01-01..2024-01-01 at `Year`; "earlier this year" (published 2025-06-24) is
/// 2025-01-01..2025-06-24 at `Year`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

/// A temporal expression, as TimeML's TIMEX3 would have it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timex {
    /// "t1", "t2", ... in text order.
    pub id: String,
    pub span: Span,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: "2025-06-24", "2025", "PXY", "PRESENT_REF", "XXXX-06", ...
    pub value: String,
    /// TIMEX3 mod: "BEFORE", "START", "APPROX", ...
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// SET attributes, where TimeML uses them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// The days the expression refers to, when it is a date that can be placed on a calendar.
    pub range: Option<DateRange>,
    /// For durations anchored at a date ("for years" up to the publication date): that range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// The name of the rule that recognised and normalised it.
    pub rule: String,
    /// One sentence for a reader: how the value was reached.
    pub explanation: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organisation,
    Place,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub text: String,
    /// The rule that found (or linked) this mention: "name.capitalised", "title.pattern", "alias.surname"...
    pub rule: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    /// "a1", "a2", ... in order of first mention.
    pub id: String,
    /// The fullest name used in the text ("Mark Rutte").
    pub name: String,
    pub kind: ActorKind,
    /// Titles and roles seen with the name ("NATO Secretary General").
    pub roles: Vec<String>,
    /// Distinct surface forms ("Rutte", "the NATO chief").
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words in quotation marks given as someone's.
    Direct,
    /// Reported speech without quotation marks ("X said that ...").
    Indirect,
    /// A quoted fragment inside paraphrase ("called the actions "truly extraordinary"").
    Partial,
}

/// Who said what: a cue, its sources and its contents, in the shape BBC R&D's Citron uses.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    /// "q1", "q2", ...
    pub id: String,
    pub kind: QuoteKind,
    pub cue: Option<SpanText>,
    pub sources: Vec<SpanText>,
    pub contents: Vec<SpanText>,
    /// The actor the source resolves to, when the rules can tell.
    pub speaker: Option<String>,
    /// How the speaker was resolved, or why it could not be.
    pub speaker_rule: String,
    pub rule: String,
    /// No source in the text ("X is expected to ...", "Asked whether ..."): PolNeAR counts it as an attribution,
    /// but nobody is quoted, so claims and the page should not present it as a quotation.
    pub sourceless: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// "n1", "n2", ...
    pub id: String,
    pub span: Span,
    pub text: String,
    pub value: f64,
    /// For ranges ("between 3 and 5 percent") and ratios ("22 of the 32"): the second number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value2: Option<f64>,
    /// "percent", "USD", "EUR", "count", "ratio", "of", ...
    pub unit: String,
    /// "at least", "more than", "about", "up to", ... normalised: AT_LEAST, MORE_THAN, APPROX, AT_MOST, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// What it measures, where the sentence says ("GDP", "member countries").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    pub rule: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    On,
    Before,
    After,
    During,
    Since,
    Until,
}

impl Relation {
    /// The serialised name ("on", "before", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::On => "on",
            Relation::Before => "before",
            Relation::After => "after",
            Relation::During => "during",
            Relation::Since => "since",
            Relation::Until => "until",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Happened,
    Ongoing,
    Expected,
    Negated,
    Hypothetical,
}

impl EventStatus {
    /// The serialised name ("happened", ...), for exports and the page's attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Happened => "happened",
            EventStatus::Ongoing => "ongoing",
            EventStatus::Expected => "expected",
            EventStatus::Negated => "negated",
            EventStatus::Hypothetical => "hypothetical",
        }
    }
}

/// What kind of event a clause states. The timeline shows occurrences by default; reports of speech, states
/// and the speakers' own words inside quotations are placed in time too, and shown on request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventClass {
    /// Something happened, happens or is expected to ("NATO leaders agreed to spend").
    Occurrence,
    /// A report of speech ("Rutte added that ..."): what was said is a claim.
    Reporting,
    /// A state rather than a change ("The US is the most powerful country").
    State,
    /// Inside a direct quotation: the speaker's words, not the article's.
    Quoted,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventTime {
    /// The temporal expression that dated the event, if any ("t3").
    pub timex: Option<String>,
    /// TIMEX3-style value of the time the event is placed at.
    pub value: String,
    pub relation: Relation,
    pub range: DateRange,
    /// The start is not known ("for years" up to a date; "before" a date): `range.start` is only a bound
    /// for drawing, and the event sorts by `range.end`.
    pub open_start: bool,
    /// The end is not known ("after" a date; expected events).
    pub open_end: bool,
    /// A reader's label: "2023", "earlier in 2025", "24 June 2025", "before 24 June 2025".
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// "e1", "e2", ... in text order.
    pub id: String,
    /// The clause(s) that state it; several when mentions were merged.
    pub spans: Vec<Span>,
    /// Index of the sentence of the first span.
    pub sentence: usize,
    /// A short extractive headline ("NATO leaders agreed to spend at least 2% of GDP").
    pub title: String,
    /// The head word (verb) of the event's clause.
    pub trigger: SpanText,
    pub time: Option<EventTime>,
    pub status: EventStatus,
    pub actors: Vec<String>,
    pub claims: Vec<String>,
    /// The rule that dated it (or left it undated), and why, in words.
    pub rule: String,
    pub explanation: String,
    pub class: EventClass,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Quotation,
    Statistic,
    Comparison,
    Prediction,
    Statement,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// "c1", "c2", ...
    pub id: String,
    pub kind: ClaimKind,
    pub span: Span,
    pub text: String,
    /// The speaker's actor id, if resolved.
    pub speaker: Option<String>,
    /// "Mark Rutte", or "the article" for unattributed statements.
    pub speaker_label: String,
    pub actors: Vec<String>,
    pub quantities: Vec<String>,
    pub quote: Option<String>,
    pub event: Option<String>,
    /// Check-worthiness, 0..=100, from documented rules; `score_reasons` lists them.
    pub score: u8,
    pub score_reasons: Vec<String>,
    pub rule: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeLevel {
    Info,
    Warning,
}

/// Something the reader should know about the input or the analysis ("no publication date").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Notice {
    pub level: NoticeLevel,
    pub code: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    pub schema_version: u32,
    pub generator: String,
    /// Length of the text in code points.
    pub text_length: usize,
    pub publication_date: PublicationDate,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
    pub attributions: Vec<Attribution>,
    pub quantities: Vec<Quantity>,
    pub claims: Vec<Claim>,
    pub actors: Vec<Actor>,
    pub notices: Vec<Notice>,
}
