//! Stages 4 and 5: which claims in different sources state the same thing, and grouping
//! them into facts.
//!
//! [`similarity`] scores a pair of claims in [0, 1]; [`candidates`] proposes the pairs worth
//! scoring through an inverted index, so the cost is not quadratic in the number of claims;
//! [`cluster`] groups matching claims into facts.

pub mod anchors;
pub mod candidates;
pub mod cluster;
pub mod similarity;
pub mod synonyms;
