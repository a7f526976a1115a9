//! Stage 1: remove page furniture from pasted article text, keeping byte offsets.
//!
//! PLACEHOLDER: identity cleaning until the real stage lands.

use std::ops::Range;

/// Article text with page furniture removed, and a map back to the original bytes.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    text: String,
    /// Pieces of the cleaned text, in order: each maps a cleaned range to an original range.
    /// A copied piece has ranges of equal length; a replaced one (an entity, a link) does not.
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    clean: Range<usize>,
    orig: Range<usize>,
}

impl Cleaned {
    /// The cleaned text: kept lines, each ending in `\n`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the cleaned text back to the original text.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let _ = &self.pieces;
        range
    }
}

/// Cleans pasted article text.
pub fn clean(raw: &str) -> Cleaned {
    Cleaned {
        text: raw.to_string(),
        pieces: vec![Piece {
            clean: 0..raw.len(),
            orig: 0..raw.len(),
        }],
    }
}
