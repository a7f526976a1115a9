//! Candidate pairs through an inverted index, so matching is not quadratic.
//!
//! Each claim is indexed under its rarest informative stems (at most [`KEYS_PER_CLAIM`]; never
//! function words). Two claims of different sources become a candidate pair when they share an
//! indexed stem. A stem found in more than [`MAX_POSTING`] claims pairs nothing: it says little
//! about which claims state the same fact, and pairing all its claims would make the cost grow
//! with the square of the input. So the number of pairs is at most claims × keys × cap: linear
//! in the input.

use super::similarity::{Model, Prepared};
use crate::text::normalize::is_stop;

/// The longest posting list used: claims sharing only more common stems are not paired.
pub const MAX_POSTING: usize = 15;

/// How many of its rarest stems a claim is indexed under.
pub const KEYS_PER_CLAIM: usize = 6;

/// Pairs `(i, j)`, `i < j`, of claims in different groups (sources) worth scoring, sorted.
pub fn candidates(model: &Model, docs: &[Prepared], group_of: &[usize]) -> Vec<(usize, usize)> {
    let common = (model.documents() / 10).max(50) as u32;
    let mut postings: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        for s in d.stems() {
            if !is_stop(s) && model.document_frequency(s) <= common && s.chars().count() >= 2 {
                postings.entry(s).or_default().push(i);
            }
        }
    }
    let mut pairs = Vec::new();
    for list in postings.values() {
        if list.len() > MAX_POSTING {
            continue;
        }
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                if group_of[i] != group_of[j] {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_share_an_informative_word_across_sources() {
        let texts = [
            ("The council approved the budget.", 0),
            ("The council met on Tuesday.", 0),
            ("City council approves budget.", 1),
            ("It was a day like any other.", 1),
            ("The budget passed easily.", 2),
        ];
        let docs: Vec<Prepared> = texts.iter().map(|(t, _)| Prepared::new(t)).collect();
        let groups: Vec<usize> = texts.iter().map(|(_, g)| *g).collect();
        let model = Model::fit(&docs);
        let got = candidates(&model, &docs, &groups);
        // (0,1) share "council" but one source; (3, x) shares only function words
        assert_eq!(got, vec![(0, 2), (0, 4), (1, 2), (2, 4)]);
    }

    #[test]
    fn recall_against_brute_force() {
        // Every pair above the match threshold must be proposed.
        let texts = [
            "Officials proposed talks in Geneva next week.",
            "Talks in Geneva were proposed by officials for next week.",
            "The storm killed three people in the north.",
            "Three people died when the storm hit the north.",
            "The minister resigned on Friday.",
            "On Friday the minister stepped down.",
        ];
        let docs: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t)).collect();
        let groups: Vec<usize> = (0..texts.len()).map(|i| i % 2).collect();
        let model = Model::fit(&docs);
        let got = candidates(&model, &docs, &groups);
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                if groups[i] != groups[j]
                    && model.similarity(&docs[i], &docs[j])
                        >= super::super::similarity::MATCH_THRESHOLD
                {
                    assert!(got.contains(&(i, j)), "missed {i},{j}");
                }
            }
        }
    }
}
