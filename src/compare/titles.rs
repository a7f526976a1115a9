//! Titles and roles: one person given a current title by one source and the same title as a
//! past office by another ("President X" vs "Former President X").
//!
//! People hold several roles at once, so different roles are never a conflict; only the same
//! role stated as held and as no longer held is.

use std::ops::Range;

use super::ClaimView;
use crate::extract::{self, Entity, EntityKind};

/// A person whose title conflicts across sources, with the claims that say so.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleDispute {
    /// The person's name as the first claim writes it.
    pub person: String,
    /// The claims (indices into the slice given) and the span of title and name in each.
    pub claims: Vec<(usize, Range<usize>)>,
}

/// Titled people: (claim index, entity).
fn titled<'a>(claims: &[ClaimView<'a>]) -> Vec<(usize, &'a Entity)> {
    let mut out = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        for e in &c.features.entities {
            // Inside a quotation a title is a form of address ("I told President X"), which
            // former office-holders keep; only the outlet's own words state an office.
            let quoted = c
                .features
                .quotes
                .iter()
                .any(|q| q.inner.start <= e.span.start && e.span.end <= q.inner.end);
            if e.title.is_some()
                && !quoted
                && matches!(e.kind, EntityKind::Person | EntityKind::Other)
            {
                out.push((i, e));
            }
        }
    }
    out
}

fn span_of(e: &Entity) -> Range<usize> {
    let t = e.title.as_ref().map_or(e.span.start, |t| t.span.start);
    t.min(e.span.start)..e.span.end.max(t)
}

/// Across all claims: every person given the same role as current by one source and as former
/// by another. Each dispute keeps at most three claims per source.
pub fn across(claims: &[ClaimView<'_>]) -> Vec<TitleDispute> {
    let people = titled(claims);
    // Only people sharing a surname can be the same person: compare within those buckets, so
    // the cost stays near linear in the number of titled names.
    let surname = |k: usize| people[k].1.key.rsplit(' ').next().unwrap_or("").to_string();
    let mut buckets: std::collections::BTreeMap<String, Vec<usize>> =
        std::collections::BTreeMap::new();
    for k in 0..people.len() {
        buckets.entry(surname(k)).or_default().push(k);
    }
    let mut used = vec![false; people.len()];
    let mut out = Vec::new();
    for a in 0..people.len() {
        if used[a] {
            continue;
        }
        let group: Vec<usize> = buckets[&surname(a)]
            .iter()
            .copied()
            .filter(|&b| {
                b >= a && !used[b] && extract::same_name(&people[a].1.name, &people[b].1.name)
            })
            .collect();
        for &b in &group {
            used[b] = true;
        }
        let role = |k: usize| {
            people[k]
                .1
                .title
                .as_ref()
                .map(|t| (t.role.clone(), t.former))
        };
        // Roles stated both as held and as former, by different sources.
        let mut disputed_roles: Vec<String> = Vec::new();
        for &x in &group {
            for &y in &group {
                let (Some((rx, fx)), Some((ry, fy))) = (role(x), role(y)) else {
                    continue;
                };
                if rx == ry
                    && fx
                    && !fy
                    && claims[people[x].0].source != claims[people[y].0].source
                    && !disputed_roles.contains(&rx)
                {
                    disputed_roles.push(rx);
                }
            }
        }
        if disputed_roles.is_empty() {
            continue;
        }
        let mut chosen: Vec<(usize, Range<usize>)> = Vec::new();
        for &k in &group {
            let (ci, e) = people[k];
            let Some((r, _)) = role(k) else { continue };
            let per_source = chosen
                .iter()
                .filter(|(c, _)| claims[*c].source == claims[ci].source)
                .count();
            if disputed_roles.contains(&r)
                && per_source < 3
                && !chosen.iter().any(|(c, _)| *c == ci)
            {
                chosen.push((ci, span_of(e)));
            }
        }
        chosen.sort_by_key(|(c, _)| *c);
        out.push(TitleDispute {
            person: people[a].1.name.clone(),
            claims: chosen,
        });
    }
    out
}
