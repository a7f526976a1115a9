//! Candidate pairs through an inverted index, so matching is not quadratic.
//!
//! PLACEHOLDER: all cross-group pairs until the real stage lands.

use super::similarity::{Model, Prepared};

/// Pairs `(i, j)`, `i < j`, of claims in different groups (sources) worth scoring, sorted.
pub fn candidates(model: &Model, docs: &[Prepared], group_of: &[usize]) -> Vec<(usize, usize)> {
    let _ = model;
    let mut out = Vec::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            if group_of[i] != group_of[j] {
                out.push((i, j));
            }
        }
    }
    out
}
