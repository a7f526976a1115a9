//! How alike two claims are, in [0, 1].
//!
//! PLACEHOLDER: token Jaccard until the real stage lands.

use crate::text::normalize;

/// The score at or above which two claims from different sources are taken to state the
/// same thing. The engine groups with it and `corroborate eval` measures it.
pub const MATCH_THRESHOLD: f64 = 0.5;

/// One claim's text, tokenised once for scoring.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// The normalised terms, sorted and deduplicated.
    pub terms: Vec<String>,
}

impl Prepared {
    /// Tokenises a claim.
    pub fn new(text: &str) -> Self {
        let mut terms = normalize::words(text);
        terms.sort();
        terms.dedup();
        Prepared { terms }
    }
}

/// Corpus statistics (how informative each term is) and the scoring function.
#[derive(Debug, Clone, Default)]
pub struct Model {
    docs: usize,
}

impl Model {
    /// Learns term statistics from the claims that will be compared (no labels).
    pub fn fit(docs: &[Prepared]) -> Self {
        Model { docs: docs.len() }
    }

    /// How alike two claims are, in [0, 1].
    pub fn similarity(&self, a: &Prepared, b: &Prepared) -> f64 {
        let _ = self.docs;
        let shared = a
            .terms
            .iter()
            .filter(|t| b.terms.binary_search(t).is_ok())
            .count();
        let union = a.terms.len() + b.terms.len() - shared;
        if union == 0 {
            0.0
        } else {
            shared as f64 / union as f64
        }
    }
}
