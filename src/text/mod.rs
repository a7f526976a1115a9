//! Text stages: cleaning pasted articles, splitting them into sentences and claims, and
//! normalising words for matching. Every stage keeps byte offsets into the original text.

pub mod clean;
pub mod label;
pub mod normalize;
pub mod segment;
