//! Stage 3: what a claim states, as values that can be compared.
//!
//! [`extract`] reads one claim's text and returns its [`Features`]: quantities, durations,
//! dates, times of day, named entities with their titles, direct quotations with their
//! speakers, statements in reported speech ("…, said Putin"), and negation cues. Every item carries the byte span of its words in the claim,
//! so a front end can highlight the exact detail that differs.
//!
//! One module per kind: [`tokens`] (the shared tokeniser), `when` (dates, weekdays, times),
//! `numbers` (quantities and durations), `entities` (names, titles, roles), `quotes`,
//! `negation`, and `names` (comparing names across outlets).

use std::ops::Range;

mod entities;
mod names;
mod negation;
mod numbers;
mod quotes;
mod tally;
pub mod tokens;
mod when;

pub use names::{name_key, same_name};
pub use quotes::carried_speaker;
pub use when::weekday_of;

/// What the extractor knows about the article a claim comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// The article's own date, when it gives one (a dateline, a byline date).
    pub reference_date: Option<Date>,
}

/// A calendar date, possibly partial ("May 15" has no year until resolved).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, when stated or resolved from the article's date.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month, 1 to 31.
    pub day: Option<u8>,
}

/// How a number or time is hedged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// No hedge: "63 people".
    #[default]
    Exact,
    /// "about", "around", "nearly", "roughly", "some".
    About,
    /// "more than", "over", "-plus", "after" (for times).
    MoreThan,
    /// "less than", "under", "before" (for times).
    LessThan,
    /// "at least", "a minimum of".
    AtLeast,
    /// "at most", "up to".
    AtMost,
}

/// Whether a quantity counts things or measures an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuantityKind {
    /// A count of people or things: "about 30 countries".
    Count,
    /// An amount with a unit: "$1.375 billion", "90 percent", "5 km".
    Amount,
}

/// A number with its unit, qualifier and precision.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value, scaled ("$1.375 billion" is 1_375_000_000).
    pub value: f64,
    /// The normalised unit or counted noun ("usd", "percent", "country", "drone"); empty if none.
    pub unit: String,
    /// Count or amount.
    pub kind: QuantityKind,
    /// The hedge in front of or after the number.
    pub qualifier: Qualifier,
    /// The place value of the last significant digit as written ("$43 million": 1e6; "63": 1).
    pub precision: f64,
    /// Byte span of the quantity's words in the claim.
    pub span: Range<usize>,
    /// The stems of the content words around it ("spent $750,000 in campaign cash" →
    /// spent, campaign, cash): what the amount is an amount of.
    pub context: Vec<String>,
}

/// A length of time: "72 hours", "three days", "a month".
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// The length in seconds.
    pub seconds: f64,
    /// What lasts that long, when the claim says so: the noun after a compound ("30-day
    /// ceasefire": "ceasefire") or after "of" ("three years of war": "war"); empty otherwise.
    pub of: String,
    /// The hedge.
    pub qualifier: Qualifier,
    /// Byte span in the claim.
    pub span: Range<usize>,
}

/// A date or weekday as a claim states it.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// The date, with its year resolved from the article's date when the claim omits it.
    pub date: Date,
    /// The weekday, 0 = Monday ... 6 = Sunday, when stated.
    pub weekday: Option<u8>,
    /// Byte span in the claim.
    pub span: Range<usize>,
    /// The action the date is attached to, when a verb in the past tense stands next to it
    /// ("resigned Monday", "on Friday apologized"), stemmed.
    pub action: Option<String>,
    /// The stems of the content words around the date ("a ceasefire beginning May 12"): what
    /// it dates.
    pub context: Vec<String>,
}

/// A time of day: "after 1:30 a.m.", "noon".
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMention {
    /// Minutes since midnight.
    pub minutes: u16,
    /// "after", "before", "about".
    pub qualifier: Qualifier,
    /// Byte span in the claim.
    pub span: Range<usize>,
}

/// The kind of a named entity, as far as can be told from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person: has a title, a first and last name, or an honorific.
    Person,
    /// A country, city or region.
    Place,
    /// An organisation: ministry, party, agency, company.
    Organization,
    /// A capitalised name of unknown kind.
    Other,
}

/// A title or role in front of a name: "Former U.S. President".
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// The title as written.
    pub text: String,
    /// The normalised role head ("president", "prime minister", "chancellor").
    pub role: String,
    /// Whether the title marks a past office ("former", "ex-", "then-").
    pub former: bool,
    /// Byte span of the title in the claim.
    pub span: Range<usize>,
}

/// A named person, place or organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// The name as written ("Recep Tayyip Erdoğan").
    pub name: String,
    /// A folded key for comparing names: lowercase, no diacritics, no punctuation.
    pub key: String,
    /// Person, place, organisation or other.
    pub kind: EntityKind,
    /// The title or role in front of the name, if any.
    pub title: Option<Title>,
    /// Byte span of the name in the claim.
    pub span: Range<usize>,
}

/// A direct quotation and who it is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Byte span of the quoted words, inside the quotation marks.
    pub inner: Range<usize>,
    /// The speaker's name or description as written, when the claim attributes the quote.
    pub speaker: Option<String>,
}

/// Everything one claim states that can be compared as a value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Features {
    /// Counts and amounts.
    pub quantities: Vec<Quantity>,
    /// Lengths of time.
    pub durations: Vec<Duration>,
    /// Dates and weekdays.
    pub dates: Vec<DateMention>,
    /// Times of day.
    pub times: Vec<TimeMention>,
    /// People, places and organisations.
    pub entities: Vec<Entity>,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
    /// Each quotation's words, lower-cased and joined by single spaces: two claims quoting the
    /// same words quote the same statement.
    pub quoted_words: Vec<String>,
    /// Votes and scores: two counts set against each other.
    pub tallies: Vec<Tally>,
    /// Byte spans of negation cues that govern the claim's main statement ("not", "never", "denied").
    pub negations: Vec<Range<usize>>,
    /// A statement in reported speech with the attribution after it and no quotation marks
    /// ("The decision lies with Kyiv, said Putin"): the statement's span and the speaker.
    pub reported: Option<Quote>,
}

/// A vote or a score: two counts set against each other ("7 to 2", "52-48").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The two counts in the order written.
    pub pair: (u32, u32),
    /// Byte span in the claim.
    pub span: Range<usize>,
}

/// Reads the article's own date from its text (a dateline or a byline near the top).
pub fn reference_date(raw: &str) -> Option<Date> {
    when::reference_date(raw)
}

/// Extracts the comparable values one claim states.
pub fn extract(claim: &str, ctx: &Context) -> Features {
    let toks = tokens::tokenize(claim);
    let mut used = vec![false; toks.len()];
    let times = when::times(&toks, &mut used);
    let mut dates = when::dates(&toks, ctx, &mut used);
    for d in &mut dates {
        d.action = when::action_near(&toks, &d.span);
        d.context = numbers::context_near(&toks, &d.span);
    }
    let tallies = tally::find(&toks, &mut used);
    let (mut quantities, durations) = numbers::find(claim, &toks, &mut used);
    for q in &mut quantities {
        q.context = numbers::context_near(&toks, &q.span);
    }
    let quotes = quotes::find(claim, &toks);
    let quoted_words = quotes
        .iter()
        .map(|q| {
            claim[q.inner.clone()]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    Features {
        quoted_words,
        quantities,
        durations,
        dates,
        times,
        entities: entities::find(claim, &toks),
        reported: if quotes.is_empty() {
            quotes::reported(claim, &toks)
        } else {
            None
        },
        quotes,
        tallies,
        negations: negation::find(&toks),
    }
}
