//! Stages 6 and 7: what conflicts inside a fact, and the verdict.
//!
//! [`conflicts`] aligns what the claims of one fact state, kind by kind, and names each
//! conflict with the span of every source's value. What differs without conflicting is not
//! flagged: the rules in [`values`] say when two values agree (rounding, hedges, a weekday and
//! its date, 72 hours and three days), and a source that states a value the other leaves out
//! is more specific, not in conflict. [`titles`] finds people given conflicting titles across
//! the whole set of articles.

pub mod titles;
pub mod values;
mod wording;

use std::ops::Range;

use crate::extract::{self, Entity, Features};
use crate::matching::anchors::{share_anchor, ANCHORED_THRESHOLD};
use crate::matching::similarity::MATCH_THRESHOLD;
use crate::report::{Conflict, ConflictKind, Verdict};

/// One claim of a fact, as the compare stage sees it.
#[derive(Debug, Clone, Copy)]
pub struct ClaimView<'a> {
    /// The source the claim comes from.
    pub source: usize,
    /// The claim's cleaned text; feature spans index it.
    pub text: &'a str,
    /// What the claim states.
    pub features: &'a Features,
}

/// A conflict found among the claims of a fact, before it is put in report terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The kind of detail.
    pub kind: ConflictKind,
    /// For each claim (index into the fact's claims) that states the detail, its value's span
    /// in the claim text.
    pub values: Vec<(usize, Range<usize>)>,
}

/// How alike two claims must be before one stating what the other denies counts as a
/// negation conflict rather than two different statements.
pub const NEGATION_MIN_SIMILARITY: f64 = 0.6;

/// Finds the conflicts among the claims of one fact. `similarity(i, j)` is the matcher's score
/// for claims `i` and `j`. Claims of the same source are never compared with each other.
pub fn conflicts(claims: &[ClaimView<'_>], similarity: impl Fn(usize, usize) -> f64) -> Vec<Found> {
    let mut out = Vec::new();
    // Values are compared only between claims that match each other directly, not through a
    // chain of other claims; claims sharing a value anchor match at a lower similarity.
    let n = claims.len();
    let mut direct = vec![false; n * n];
    for i in 0..n {
        for j in 0..n {
            let s = similarity(i, j);
            direct[i * n + j] = s >= MATCH_THRESHOLD
                || (s >= ANCHORED_THRESHOLD
                    && share_anchor(claims[i].features, claims[j].features));
        }
    }
    let direct = |i: usize, j: usize| direct[i * n + j];
    push(
        &mut out,
        ConflictKind::Time,
        pairwise(
            claims,
            &direct,
            |c| &c.features.times,
            |_, _| true,
            values::times_agree,
            |t| t.span.clone(),
        ),
    );
    push(
        &mut out,
        ConflictKind::Date,
        pairwise(
            claims,
            &direct,
            |c| &c.features.dates,
            values::comparable_dates,
            values::dates_agree,
            |d| d.span.clone(),
        ),
    );
    push(
        &mut out,
        ConflictKind::Duration,
        pairwise(
            claims,
            &direct,
            |c| &c.features.durations,
            values::comparable_durations,
            values::durations_agree,
            |d| d.span.clone(),
        ),
    );
    for kind in [extract::QuantityKind::Count, extract::QuantityKind::Amount] {
        let conflict_kind = match kind {
            extract::QuantityKind::Count => ConflictKind::Count,
            extract::QuantityKind::Amount => ConflictKind::Number,
        };
        push(
            &mut out,
            conflict_kind,
            pairwise(
                claims,
                &direct,
                |c| &c.features.quantities,
                |a, b| a.kind == kind && values::comparable_quantities(a, b),
                |a, b| !values::same_thing(a, b) || values::quantities_agree(a, b),
                |q| q.span.clone(),
            ),
        );
    }
    push(
        &mut out,
        ConflictKind::Count,
        pairwise(
            claims,
            &direct,
            |c| &c.features.tallies,
            |_, _| true,
            values::tallies_agree,
            |t| t.span.clone(),
        ),
    );
    push(&mut out, ConflictKind::Name, names(claims));
    push(
        &mut out,
        ConflictKind::Negation,
        negation(claims, &similarity),
    );
    for found in wording::quotes(claims, &similarity) {
        out.push(found);
    }
    out
}

/// The verdict for a fact carried by `sources` distinct sources with these conflicts.
pub fn verdict(sources: usize, conflicts: &[Conflict]) -> Verdict {
    if sources < 2 {
        Verdict::Single
    } else if conflicts.is_empty() {
        Verdict::Consensus
    } else {
        Verdict::Disputed
    }
}

fn push(out: &mut Vec<Found>, kind: ConflictKind, values: Option<Vec<(usize, Range<usize>)>>) {
    if let Some(values) = values {
        out.push(Found { kind, values });
    }
}

/// The general alignment rule for values of one kind: two directly matching claims conflict
/// when they state exactly one comparable pair of values and those values disagree. When a
/// claim states several values of a kind, which of the other's values each corresponds to
/// cannot be told, so nothing is flagged; a claim stating a value the other omits is merely
/// more specific.
///
/// Returns, when some pair conflicts, one value span per claim that states a comparable value
/// (the conflicting one where there is one), so every source's value is shown.
fn pairwise<'a, T: 'a>(
    claims: &[ClaimView<'a>],
    direct: &impl Fn(usize, usize) -> bool,
    get: impl Fn(&ClaimView<'a>) -> &'a Vec<T>,
    comparable: impl Fn(&T, &T) -> bool,
    agree: impl Fn(&T, &T) -> bool,
    span: impl Fn(&T) -> Range<usize>,
) -> Option<Vec<(usize, Range<usize>)>> {
    let mut chosen: Vec<Option<Range<usize>>> = vec![None; claims.len()];
    let mut any = false;
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].source == claims[j].source || !direct(i, j) {
                continue;
            }
            let (vi, vj) = (get(&claims[i]), get(&claims[j]));
            let mut pairs = Vec::new();
            for x in vi {
                for y in vj {
                    if comparable(x, y) {
                        pairs.push((x, y));
                    }
                }
            }
            if let [(x, y)] = pairs[..] {
                if agree(x, y) {
                    chosen[i].get_or_insert_with(|| span(x));
                    chosen[j].get_or_insert_with(|| span(y));
                } else {
                    any = true;
                    chosen[i] = Some(span(x));
                    chosen[j] = Some(span(y));
                }
            }
        }
    }
    any.then(|| {
        chosen
            .into_iter()
            .enumerate()
            .filter_map(|(i, c)| c.map(|s| (i, s)))
            .collect()
    })
}

/// An enumeration of three or more names ("France, Germany, the UK and Poland"): a set of
/// participants. Two claims whose enumerations name different sets conflict on who took part.
fn enumeration<'a>(claim: &ClaimView<'a>) -> Option<(Vec<&'a Entity>, Range<usize>)> {
    let ents = &claim.features.entities;
    let mut best: Option<(usize, usize)> = None;
    let mut start = 0;
    // A list ends with the item its "and" (or "or") introduces: "…, YouTube and Apple, the
    // Washington Post reported" lists two companies, not the newspaper.
    let mut closed = false;
    for k in 1..=ents.len() {
        let gap = |k: usize| {
            claim
                .text
                .get(ents[k - 1].span.end..ents[k].span.start)
                .unwrap_or("x")
        };
        let joined = k < ents.len()
            && !closed
            && gap(k)
                .split(|c: char| c == ',' || c.is_whitespace())
                .all(|w| w.is_empty() || matches!(w, "and" | "or" | "the" | "&"));
        if joined {
            closed = gap(k)
                .split(|c: char| c == ',' || c.is_whitespace())
                .any(|w| matches!(w, "and" | "or" | "&"));
        } else {
            closed = false;
        }
        if !joined {
            if k - start >= 3 && best.is_none_or(|(s, e)| e - s < k - start) {
                best = Some((start, k));
            }
            start = k;
        }
    }
    best.map(|(s, e)| {
        let list: Vec<&Entity> = ents[s..e].iter().collect();
        let span = ents[s].span.start..ents[e - 1].span.end;
        (list, span)
    })
}

fn names(claims: &[ClaimView<'_>]) -> Option<Vec<(usize, Range<usize>)>> {
    let lists: Vec<_> = claims.iter().map(enumeration).collect();
    let covers = |a: &[&Entity], b: &[&Entity]| {
        a.iter()
            .all(|x| b.iter().any(|y| extract::same_name(&x.name, &y.name)))
    };
    let mut any = false;
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if let (Some((a, _)), Some((b, _))) = (&lists[i], &lists[j]) {
                if claims[i].source != claims[j].source && !(covers(a, b) && covers(b, a)) {
                    any = true;
                }
            }
        }
    }
    any.then(|| {
        lists
            .into_iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|(_, span)| (i, span)))
            .collect()
    })
}

/// One claim states what another, nearly identical one, denies. Negation cues inside a
/// quotation are left to the quote comparison; a claim whose cues are all litotes ("did not
/// rule out") carries none (the extractor drops them).
fn negation(
    claims: &[ClaimView<'_>],
    similarity: &impl Fn(usize, usize) -> f64,
) -> Option<Vec<(usize, Range<usize>)>> {
    let outside_quotes = |c: &ClaimView<'_>| -> Vec<Range<usize>> {
        c.features
            .negations
            .iter()
            .filter(|n| {
                !c.features
                    .quotes
                    .iter()
                    .any(|q| q.inner.start <= n.start && n.end <= q.inner.end)
            })
            .cloned()
            .collect()
    };
    let cues: Vec<Vec<Range<usize>>> = claims.iter().map(outside_quotes).collect();
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].source == claims[j].source || similarity(i, j) < NEGATION_MIN_SIMILARITY {
                continue;
            }
            let (neg, pos) = match (cues[i].is_empty(), cues[j].is_empty()) {
                (false, true) => (i, j),
                (true, false) => (j, i),
                _ => continue,
            };
            if !claims[pos].features.negations.is_empty() {
                continue;
            }
            let cue = cues[neg][0].clone();
            let neg_span = wording::phrase_after(claims[neg].text, cue);
            let Some(pos_span) =
                wording::counterpart(claims[pos].text, &claims[neg].text[neg_span.clone()])
            else {
                continue;
            };
            return Some(vec![(neg, neg_span), (pos, pos_span)]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Context, Features};

    fn features(texts: &[&str]) -> Vec<Features> {
        texts
            .iter()
            .map(|t| extract(t, &Context::default()))
            .collect()
    }

    fn views<'a>(texts: &[&'a str], features: &'a [Features]) -> Vec<ClaimView<'a>> {
        texts
            .iter()
            .zip(features)
            .enumerate()
            .map(|(i, (t, f))| ClaimView {
                source: i,
                text: t,
                features: f,
            })
            .collect()
    }

    #[test]
    fn lists_of_names() {
        // (claim, the list it states)
        let rows: &[(&str, Option<&str>)] = &[
            (
                "The leaders of France, Germany, Britain and Poland met.",
                Some("France, Germany, Britain and Poland"),
            ),
            // a list ends with the item its "and" introduces
            (
                "It named Microsoft, Google, Yahoo and Apple, the Washington Post reported.",
                Some("Microsoft, Google, Yahoo and Apple"),
            ),
            // two names joined by "and" inside another name are no list of three
            (
                "An ally at the Port Authority of New York and New Jersey, David Wildstein, resigned.",
                None,
            ),
        ];
        for (text, want) in rows {
            let f = features(&[text]);
            let v = views(&[text], &f);
            let got = enumeration(&v[0]).map(|(_, r)| &text[r]);
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn the_same_set_in_another_order_agrees_a_missing_name_conflicts() {
        let texts = [
            "Residents of Brightwater, Cole Street and Harbour Road were told to leave.",
            "Residents of Harbour Road, Brightwater and Cole Street were told to leave.",
            "Residents of Brightwater, Cole Street, Harbour Road and Mill Lane were told to leave.",
        ];
        let f = features(&texts);
        let v = views(&texts, &f);
        assert!(names(&v[..2]).is_none(), "a reordered list agrees");
        let found = names(&v).expect("a list with another name conflicts");
        assert_eq!(found.len(), 3);
    }
}
