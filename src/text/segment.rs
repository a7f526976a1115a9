//! Stage 2: split cleaned text into sentences, and sentences into claims.
//!
//! PLACEHOLDER: line-based splitting until the real stage lands.

use std::ops::Range;

/// Splits text into sentences: byte ranges into `text`, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            push_trimmed(text, start..i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Splits one sentence (a range of `text`) into claims, each a range of `text`.
pub fn claims(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let _ = text;
    vec![sentence]
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}
