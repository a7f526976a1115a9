//! The pipeline: sources in, a [`Report`] out. Each stage lives in its own module; this one
//! only wires them together and applies the input limits.

use std::ops::Range;

use crate::compare;
use crate::extract::{self, Context, Features};
use crate::matching::candidates::candidates;
use crate::matching::cluster::{cluster, Edge};
use crate::matching::similarity::{Model, Prepared, MATCH_THRESHOLD};
use crate::report::{Fact, Mention, Report, SourceInfo, Verdict};
use crate::text::{clean, segment};

/// One article to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// A unique id (the CLI uses the file name without extension).
    pub id: String,
    /// An optional human label, such as the outlet's name.
    pub label: Option<String>,
    /// The article text as pasted.
    pub text: String,
}

impl Source {
    /// A source with an id and text and no label.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            label: None,
            text: text.into(),
        }
    }
}

/// Limits that keep the engine responsive on any input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Sources beyond this many are not analysed (a warning says so).
    pub max_sources: usize,
    /// Bytes of one source beyond this are not analysed (a warning says so).
    pub max_source_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_sources: 200,
            max_source_bytes: 1 << 20,
        }
    }
}

/// One claim found in one source.
pub(crate) struct Claim {
    /// Index of the source.
    pub source: usize,
    /// Byte range in the source text as given.
    pub orig: Range<usize>,
    /// The claim's cleaned text.
    pub text: String,
    /// What it states.
    pub features: Features,
}

/// Compares the sources and reports consensus, disputes and single-source claims.
///
/// Never panics on user input: empty, binary or oversized sources come back as warnings.
pub fn analyze(sources: &[Source], options: &Options) -> Report {
    let mut warnings = Vec::new();
    if sources.is_empty() {
        warnings.push("No articles to compare: paste at least two.".to_string());
    } else if sources.len() == 1 {
        warnings.push(
            "Only one article: every fact is single-source. Add another article to compare."
                .to_string(),
        );
    }
    let used = &sources[..sources.len().min(options.max_sources)];
    if used.len() < sources.len() {
        warnings.push(format!(
            "Only the first {} of {} articles were compared.",
            used.len(),
            sources.len()
        ));
    }

    let mut claims: Vec<Claim> = Vec::new();
    let mut per_source = vec![0usize; used.len()];
    for (si, src) in used.iter().enumerate() {
        let text = limit(&src.text, options.max_source_bytes);
        if text.len() < src.text.len() {
            warnings.push(format!(
                "{}: only the first {} KB of {} KB were compared.",
                src.id,
                text.len() / 1024,
                src.text.len() / 1024
            ));
        }
        let ctx = Context {
            reference_date: extract::reference_date(text),
        };
        let cleaned = clean::clean(text);
        let ct = cleaned.text();
        for sentence in segment::sentences(ct) {
            for range in segment::claims(ct, sentence) {
                let claim_text = &ct[range.clone()];
                claims.push(Claim {
                    source: si,
                    orig: cleaned.to_original(range),
                    text: claim_text.to_string(),
                    features: extract::extract(claim_text, &ctx),
                });
                per_source[si] += 1;
            }
        }
        if per_source[si] == 0 {
            warnings.push(format!("{}: no sentences found in this article.", src.id));
        }
    }

    let prepared: Vec<Prepared> = claims.iter().map(|c| Prepared::new(&c.text)).collect();
    let model = Model::fit(&prepared);
    let source_of: Vec<usize> = claims.iter().map(|c| c.source).collect();
    let edges: Vec<Edge> = candidates(&model, &prepared, &source_of)
        .into_iter()
        .filter_map(|(a, b)| {
            let score = model.similarity(&prepared[a], &prepared[b]);
            (score >= MATCH_THRESHOLD).then_some(Edge { a, b, score })
        })
        .collect();
    let groups = cluster(
        claims.len(),
        &source_of,
        &edges,
        MATCH_THRESHOLD * 0.8,
        |i, j| model.similarity(&prepared[i], &prepared[j]),
    );

    let mut facts: Vec<(usize, Fact)> = groups
        .iter()
        .map(|g| {
            let conflicts = Vec::new();
            let verdict = compare::verdict(g.len(), &conflicts);
            let mentions = g
                .iter()
                .map(|&i| {
                    let c = &claims[i];
                    Mention {
                        source: used[c.source].id.clone(),
                        text: used[c.source].text[c.orig.clone()].to_string(),
                        start_byte: c.orig.start,
                        end_byte: c.orig.end,
                    }
                })
                .collect();
            let fact = Fact {
                verdict,
                statement: claims[g[0]].text.clone(),
                mentions,
                conflicts,
            };
            (g[0], fact)
        })
        .collect();
    facts.sort_by(|(pa, a), (pb, b)| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(rank(a.verdict).cmp(&rank(b.verdict)))
            .then(pa.cmp(pb))
    });

    Report {
        sources: used
            .iter()
            .zip(&per_source)
            .map(|(s, &n)| SourceInfo {
                id: s.id.clone(),
                label: s.label.clone().unwrap_or_else(|| s.id.clone()),
                claims: n,
            })
            .collect(),
        facts: facts.into_iter().map(|(_, f)| f).collect(),
        warnings,
    }
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Disputed => 0,
        Verdict::Consensus => 1,
        Verdict::Single => 2,
    }
}

/// The longest prefix of `text` within `max` bytes, cut at a char boundary.
fn limit(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
