//! The serde types every front end shows: the page, the widget and the CLI.
//!
//! A [`Report`] is plain data. It is produced by [`crate::analyze`] and serialised to JSON
//! unchanged by every host, so the same input gives byte-identical JSON everywhere.

use serde::{Deserialize, Serialize};

/// The outcome of comparing several sources about one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Report {
    /// The sources, in input order.
    pub sources: Vec<SourceInfo>,
    /// The facts, ordered by number of sources (most first), then by first position.
    pub facts: Vec<Fact>,
    /// Problems with the input that the user should know about (empty sources, truncation, ...).
    pub warnings: Vec<String>,
}

/// One input source as the report names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The source's id, unique within the report.
    pub id: String,
    /// A human label (an outlet name); the id when none was given.
    pub label: String,
    /// How many claims the engine found in this source.
    pub claims: usize,
}

/// Whether the sources carrying a fact agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Two or more sources state the fact and nothing they state conflicts.
    Consensus,
    /// Two or more sources state the fact and at least one detail conflicts.
    Disputed,
    /// Only one source states the fact.
    Single,
}

impl Verdict {
    /// The lowercase name used in JSON and in the text format.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consensus => "consensus",
            Verdict::Disputed => "disputed",
            Verdict::Single => "single",
        }
    }
}

/// One fact: claims from one or more sources that state the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Consensus, disputed or single.
    pub verdict: Verdict,
    /// A short statement of what the fact is about (one mention's cleaned text).
    pub statement: String,
    /// Each source's own words, at most a few per source.
    pub mentions: Vec<Mention>,
    /// The details the sources state differently; empty unless disputed.
    pub conflicts: Vec<Conflict>,
}

/// A claim as it stands in one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The id of the source the claim comes from.
    pub source: String,
    /// The claim exactly as it stands in the source: `input[start_byte..end_byte]`.
    pub text: String,
    /// Byte offset of the claim's start in the source text as given.
    pub start_byte: usize,
    /// Byte offset just past the claim's end in the source text as given.
    pub end_byte: usize,
}

/// What kind of detail two sources state differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// A measured amount (money, percentages, distances, ...).
    Number,
    /// A count of people or things ("about 20 countries" vs "about 30 countries").
    Count,
    /// A calendar date or weekday.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A different person, place or organisation, or a different set of them.
    Name,
    /// A different title or role for the same person.
    Title,
    /// One source states what another denies.
    Negation,
    /// The same speaker quoted in different words.
    QuoteWording,
    /// The same words attributed to different speakers.
    Attribution,
}

impl ConflictKind {
    /// A short human label ("title/role", "quote wording", ...).
    pub fn label(self) -> &'static str {
        match self {
            ConflictKind::Number => "number",
            ConflictKind::Count => "count",
            ConflictKind::Date => "date",
            ConflictKind::Time => "time",
            ConflictKind::Duration => "duration",
            ConflictKind::Name => "name",
            ConflictKind::Title => "title/role",
            ConflictKind::Negation => "negation",
            ConflictKind::QuoteWording => "quote wording",
            ConflictKind::Attribution => "attribution",
        }
    }
}

/// One conflicting detail and each source's value for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The kind of detail.
    pub kind: ConflictKind,
    /// Each source's value, one entry per source that states it.
    pub values: Vec<ConflictValue>,
}

/// One source's value for a conflicting detail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictValue {
    /// The id of the source.
    pub source: String,
    /// The value as the source words it ("after 1:30 a.m.").
    pub value: String,
    /// Byte offset of the value in the source text as given.
    pub start_byte: usize,
    /// Byte offset just past the value in the source text as given.
    pub end_byte: usize,
}
