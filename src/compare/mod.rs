//! Stages 6 and 7: conflicts inside a fact, and the verdict.

use crate::report::{Conflict, Verdict};

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
