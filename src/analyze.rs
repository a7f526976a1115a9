//! The pipeline: sources in, a [`Report`] out. Each stage lives in its own module; this one
//! only wires them together and applies the input limits.

use std::ops::Range;

use crate::compare::{self, ClaimView};
use crate::extract::{self, Context, Features};
use crate::matching::anchors::{share_anchor, ANCHORED_THRESHOLD, ANCHOR_BONUS};
use crate::matching::candidates::candidates;
use crate::matching::cluster::{cluster, Edge};
use crate::matching::similarity::{Model, Prepared, MATCH_THRESHOLD};
use crate::report::{Conflict, ConflictKind, ConflictValue, Fact, Mention, Report, SourceInfo};
use crate::text::{clean, segment};

/// How alike a claim must be to a claim already in a fact to form a second fact with it.
const SECOND_FACT_THRESHOLD: f64 = 0.4;

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
    /// Byte offset of the claim in its source's cleaned text.
    pub clean_start: usize,
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
    let mut cleaned_sources: Vec<clean::Cleaned> = Vec::with_capacity(used.len());
    let mut per_source = vec![0usize; used.len()];
    for (si, src) in used.iter().enumerate() {
        // Warnings name a source as readers know it: its label, else its id.
        let name = src
            .label
            .as_deref()
            .filter(|l| !l.is_empty())
            .unwrap_or(&src.id);
        let text = limit(&src.text, options.max_source_bytes);
        if text.len() < src.text.len() {
            warnings.push(format!(
                "{}: only the first {} KB of {} KB were compared.",
                name,
                text.len() / 1024,
                src.text.len() / 1024
            ));
        }
        let ctx = Context {
            reference_date: extract::reference_date(text),
        };
        let cleaned = clean::clean(text);
        let ct = cleaned.text();
        // A claim an article repeats word for word (a pull quote, a sentence pasted twice)
        // is one claim: its first copy stands for it.
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        for sentence in segment::sentences(ct) {
            for range in segment::claims(ct, sentence) {
                let claim_text = &ct[range.clone()];
                let key = claim_text.split_whitespace().collect::<Vec<_>>().join(" ");
                if !seen.insert(key) {
                    continue;
                }
                claims.push(Claim {
                    source: si,
                    clean_start: range.start,
                    orig: cleaned.to_original(range),
                    text: claim_text.to_string(),
                    features: extract::extract(claim_text, &ctx),
                });
                per_source[si] += 1;
            }
        }
        cleaned_sources.push(cleaned);
        if per_source[si] == 0 {
            warnings.push(format!("{name}: no sentences found in this article."));
        }
    }

    // A quotation that does not name its speaker continues the statement of the person the
    // claim before it (same source, same paragraph) quotes or names: that claim is also
    // matched with the name added (never shown). A pair scores the better of its plain and
    // its speaker-aware similarity, so the added name never lowers a pair's plain score.
    let carried: Vec<Option<String>> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            i.checked_sub(1)
                .map(|p| &claims[p])
                .filter(|p| {
                    p.source == c.source
                        && cleaned_sources[c.source]
                            .text()
                            .get(p.clean_start + p.text.len()..c.clean_start)
                            .is_some_and(|gap| !gap.contains('\n'))
                })
                .and_then(|p| extract::carried_speaker(&p.features, &c.features))
        })
        .collect();
    let mut plain: Vec<Prepared> = claims.iter().map(|c| Prepared::new(&c.text)).collect();
    let mut prepared: Vec<Prepared> = claims
        .iter()
        .zip(&carried)
        .map(|(c, name)| match name {
            Some(name) => Prepared::new(&format!("{} {}", c.text, name)),
            None => Prepared::new(&c.text),
        })
        .collect();
    let model = Model::fit(&prepared);
    for p in plain.iter_mut().chain(prepared.iter_mut()) {
        model.weigh(p);
    }
    let sim = |i: usize, j: usize| {
        let base = model.similarity(&plain[i], &plain[j]);
        if carried[i].is_some() || carried[j].is_some() {
            base.max(model.similarity(&prepared[i], &prepared[j]))
        } else {
            base
        }
    };
    let source_of: Vec<usize> = claims.iter().map(|c| c.source).collect();
    let edges: Vec<Edge> = candidates(&model, &prepared, &source_of)
        .into_iter()
        .filter_map(|(a, b)| {
            let score = sim(a, b);
            let anchored = share_anchor(&claims[a].features, &claims[b].features);
            let linked = score >= MATCH_THRESHOLD || (score >= ANCHORED_THRESHOLD && anchored);
            // A shared anchor (the same quoted words, a value of the same kind) is evidence
            // of the same fact beyond the words: such pairs are grouped first.
            let score = if anchored {
                score + ANCHOR_BONUS
            } else {
                score
            };
            linked.then_some(Edge { a, b, score })
        })
        .collect();
    let groups = cluster(claims.len(), &source_of, &edges, ANCHORED_THRESHOLD);

    // A sentence can state more than one fact: a claim left alone because its best match is
    // already in a fact with another claim of its source forms a second fact with that match.
    let mut groups = groups;
    let in_group: Vec<usize> = {
        let mut v = vec![0; claims.len()];
        for (gi, g) in groups.iter().enumerate() {
            for &i in g {
                v[i] = gi;
            }
        }
        v
    };
    // Each claim's best edge, in one pass over the edges.
    let mut best: Vec<Option<&Edge>> = vec![None; claims.len()];
    for e in edges.iter().filter(|e| e.score >= SECOND_FACT_THRESHOLD) {
        for end in [e.a, e.b] {
            let better = best[end].is_none_or(|b| {
                e.score > b.score || (e.score == b.score && (e.a, e.b) < (b.a, b.b))
            });
            if better {
                best[end] = Some(e);
            }
        }
    }
    let mut extra = Vec::new();
    for g in groups.iter().filter(|g| g.len() == 1) {
        let s = g[0];
        if let Some(e) = best[s] {
            let other = if e.a == s { e.b } else { e.a };
            if groups[in_group[other]].len() > 1 {
                extra.push(vec![s.min(other), s.max(other)]);
            }
        }
    }
    groups.retain(|g| !(g.len() == 1 && extra.iter().any(|x| x.contains(&g[0]))));
    groups.extend(extra);

    let ctx = Ctx {
        sources: used,
        cleaned: &cleaned_sources,
        claims: &claims,
    };
    let mut facts: Vec<Fact> = groups
        .iter()
        .map(|g| {
            let views: Vec<ClaimView<'_>> = g.iter().map(|&i| view(&claims[i])).collect();
            let conflicts: Vec<Conflict> = compare::conflicts(&views, |i, j| sim(g[i], g[j]))
                .into_iter()
                .map(|found| ctx.conflict(found.kind, g, &found.values))
                .collect();
            let sources = distinct(g.iter().map(|&i| claims[i].source));
            Fact {
                verdict: compare::verdict(sources, &conflicts),
                statement: claims[g[0]].text.clone(),
                mentions: g.iter().map(|&i| ctx.mention(i)).collect(),
                conflicts,
            }
        })
        .collect();

    // People given the same title as held by one source and as former by another, wherever
    // the claims stand.
    let all: Vec<ClaimView<'_>> = claims.iter().map(view).collect();
    let everyone: Vec<usize> = (0..claims.len()).collect();
    for d in compare::titles::across(&all) {
        let ids: Vec<usize> = d.claims.iter().map(|(i, _)| *i).collect();
        let already = facts.iter().any(|f| {
            f.conflicts.iter().any(|c| c.kind == ConflictKind::Title)
                && ids.iter().all(|&i| {
                    f.mentions.iter().any(|m| {
                        m.start_byte == claims[i].orig.start
                            && m.source == used[claims[i].source].id
                    })
                })
        });
        if already || distinct(ids.iter().map(|&i| claims[i].source)) < 2 {
            continue;
        }
        let conflict = ctx.conflict(ConflictKind::Title, &everyone, &d.claims);
        facts.push(Fact {
            verdict: crate::report::Verdict::Disputed,
            statement: format!("The title given to {}", d.person),
            mentions: ids.iter().map(|&i| ctx.mention(i)).collect(),
            conflicts: vec![conflict],
        });
    }

    // Most sources first, then by where the fact first appears.
    let position = |f: &Fact| {
        f.mentions
            .iter()
            .map(|m| (used.iter().position(|s| s.id == m.source), m.start_byte))
            .min()
    };
    facts.sort_by_cached_key(|f| {
        (
            std::cmp::Reverse(distinct(f.mentions.iter().map(|m| m.source.as_str()))),
            position(f),
        )
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
        facts,
        warnings,
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

fn view(c: &Claim) -> ClaimView<'_> {
    ClaimView {
        source: c.source,
        text: &c.text,
        features: &c.features,
    }
}

fn distinct<T: Ord>(items: impl Iterator<Item = T>) -> usize {
    let mut v: Vec<T> = items.collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// What turning claims into report terms needs: the sources, their cleaned texts, the claims.
struct Ctx<'a> {
    sources: &'a [Source],
    cleaned: &'a [clean::Cleaned],
    claims: &'a [Claim],
}

impl Ctx<'_> {
    fn mention(&self, i: usize) -> Mention {
        let c = &self.claims[i];
        let src = &self.sources[c.source];
        Mention {
            source: src.id.clone(),
            text: src.text[c.orig.clone()].to_string(),
            start_byte: c.orig.start,
            end_byte: c.orig.end,
        }
    }

    /// A conflict whose values are spans in claims `group[k]` (k indexes `group`).
    fn conflict(
        &self,
        kind: ConflictKind,
        group: &[usize],
        values: &[(usize, Range<usize>)],
    ) -> Conflict {
        let mut values: Vec<ConflictValue> = values
            .iter()
            .map(|(k, span)| {
                let c = &self.claims[group[*k]];
                let src = &self.sources[c.source];
                let clean = c.clean_start + span.start..c.clean_start + span.end;
                let mut orig = self.cleaned[c.source].to_original(clean);
                if src.text.get(orig.clone()).is_none() {
                    orig = c.orig.clone();
                }
                ConflictValue {
                    source: src.id.clone(),
                    value: src.text[orig.clone()].to_string(),
                    start_byte: orig.start,
                    end_byte: orig.end,
                }
            })
            .collect();
        // One source giving the same value twice (two of its sentences) shows it once.
        let mut seen: Vec<(String, String)> = Vec::new();
        values.retain(|v| {
            let key = (v.source.clone(), v.value.to_lowercase());
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        });
        Conflict { kind, values }
    }
}
