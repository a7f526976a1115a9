//! Word normalisation for matching: tokens, case and diacritic folding, stems.
//!
//! PLACEHOLDER: lowercase alphanumeric words until the real stage lands.

/// Splits text into lowercase word tokens.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}
