//! Stage 5: group matching claims into facts.
//!
//! Best pairs first: edges are taken in order of score, and two groups merge only when the
//! result still holds at most one claim per source and the groups are alike on average, so one
//! strong link cannot chain unrelated claims together. The average counts a pair with no edge
//! as 0, and is computed from the edges alone (each group's adjacency), so the cost grows with
//! the number of edges, not with the square of the group sizes.

/// A scored pair of claims.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// Index of the first claim.
    pub a: usize,
    /// Index of the second claim.
    pub b: usize,
    /// Similarity in [0, 1].
    pub score: f64,
}

/// Groups `n` claims into clusters given matching edges.
///
/// `source_of[i]` is claim `i`'s source. Returns every claim in exactly one cluster, clusters
/// sorted by their first claim, claims within a cluster sorted.
pub fn cluster(n: usize, source_of: &[usize], edges: &[Edge], min_average: f64) -> Vec<Vec<usize>> {
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for e in edges {
        adjacency[e.a].push((e.b, e.score));
        adjacency[e.b].push((e.a, e.score));
    }
    let mut order: Vec<&Edge> = edges.iter().collect();
    order.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut cluster_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for e in order {
        let (ca, cb) = (cluster_of[e.a], cluster_of[e.b]);
        if ca == cb {
            continue;
        }
        let (small, large) = if members[ca].len() <= members[cb].len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let clash = members[small]
            .iter()
            .any(|&i| members[large].iter().any(|&j| source_of[i] == source_of[j]));
        if clash {
            continue;
        }
        let pairs = members[ca].len() * members[cb].len();
        if pairs > 1 {
            let total: f64 = members[small]
                .iter()
                .flat_map(|&i| adjacency[i].iter())
                .filter(|(j, _)| cluster_of[*j] == large)
                .map(|(_, s)| s)
                .sum();
            if total / (pairs as f64) < min_average {
                continue;
            }
        }
        let (keep, gone) = if ca < cb { (ca, cb) } else { (cb, ca) };
        let moved = std::mem::take(&mut members[gone]);
        for &i in &moved {
            cluster_of[i] = keep;
        }
        members[keep].extend(moved);
    }
    let mut out: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for m in &mut out {
        m.sort_unstable();
    }
    out.sort_by_key(|m| m[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(n: usize, sources: &[usize], edges: &[(usize, usize, f64)], want: &[&[usize]]) {
        let edges: Vec<Edge> = edges
            .iter()
            .map(|&(a, b, score)| Edge { a, b, score })
            .collect();
        let got = cluster(n, sources, &edges, 0.4);
        let want: Vec<Vec<usize>> = want.iter().map(|w| w.to_vec()).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn table() {
        // (claims, source of each, edges, expected clusters)
        check(2, &[0, 1], &[], &[&[0], &[1]]);
        check(2, &[0, 1], &[(0, 1, 0.9)], &[&[0, 1]]);
        // two claims of one source never share a fact
        check(2, &[0, 0], &[(0, 1, 0.9)], &[&[0], &[1]]);
        // a chain whose ends are unrelated does not merge into one fact
        check(
            4,
            &[0, 1, 2, 3],
            &[(0, 1, 0.9), (2, 3, 0.9), (1, 2, 0.5)],
            &[&[0, 1], &[2, 3]],
        );
        // a triangle of paraphrases does
        check(
            3,
            &[0, 1, 2],
            &[(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.6)],
            &[&[0, 1, 2]],
        );
        // the best pair wins when a source offers two candidates
        check(3, &[0, 1, 1], &[(0, 1, 0.6), (0, 2, 0.8)], &[&[0, 2], &[1]]);
    }
}
