//! Words that can stand for one another: WordNet's synonym sets.
//!
//! Outlets rarely use the same verbs and nouns for one event ("the talks began", "the
//! negotiations started"). The table (synonyms.txt, generated from WordNet 3.1 by
//! scripts/synonyms.mjs) keeps the senses attested in WordNet's sense-tagged corpus, so a
//! word's rare meanings do not make it a synonym of unrelated words. Words are stemmed with
//! the matcher's own stemmer when the table is first read, so "started" meets "commenced" as
//! "start" meets "commence".

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::normalize::stem;

/// The generated table: `#` comment lines, then one synset a line: its part of speech (n, v,
/// a, r) and its words, separated by spaces.
const TABLE: &str = include_str!("synonyms.txt");

/// For each stem, the sorted numbers of the synsets it belongs to.
fn index() -> &'static HashMap<String, Vec<u32>> {
    static INDEX: OnceLock<HashMap<String, Vec<u32>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<String, Vec<u32>> = HashMap::new();
        let sets = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (n, line) in sets.enumerate() {
            let id = u32::try_from(n).unwrap_or(u32::MAX);
            let mut words = line.split_whitespace();
            let adjective = words.next() == Some("a");
            let mut stems: Vec<String> = words.flat_map(|w| stems_of(w, adjective)).collect();
            stems.sort();
            stems.dedup();
            if stems.len() < 2 {
                continue; // its words are one stem: nothing to connect
            }
            for s in stems {
                map.entry(s).or_default().push(id);
            }
        }
        map
    })
}

/// The stems the matcher makes of a lemma and of its regular inflections ("commence",
/// "commenced", "commencing" stem to "commence" and "commenc"). An inflected form counts only
/// when the stemmer reduces it, so "new" does not take the place of "news". An adjective also
/// stands for its comparative and superlative, which the stemmer leaves whole ("largest" is
/// "large", "biggest" is "big").
fn stems_of(lemma: &str, adjective: bool) -> Vec<String> {
    let mut forms = vec![
        lemma.to_string(),
        format!("{lemma}s"),
        format!("{lemma}es"),
        format!("{lemma}ed"),
        format!("{lemma}ing"),
    ];
    if let Some(base) = lemma.strip_suffix('e') {
        forms.push(format!("{lemma}d"));
        forms.push(format!("{base}ing"));
    }
    if let Some(base) = lemma.strip_suffix('y') {
        forms.push(format!("{base}ies"));
        forms.push(format!("{base}ied"));
    }
    let mut out = vec![stem(lemma)];
    for f in &forms[1..] {
        let s = stem(f);
        if s != *f && !out.contains(&s) {
            out.push(s);
        }
    }
    if adjective {
        for f in degrees(lemma) {
            let s = stem(&f);
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// The comparative and superlative an adjective takes by the spelling rules: "large",
/// "larger", "largest"; "happy", "happier"; "big", "bigger" (a short word ending in one vowel
/// and a consonant doubles it).
fn degrees(adjective: &str) -> Vec<String> {
    let b = adjective.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let base = if let Some(stem) = adjective.strip_suffix('e') {
        stem.to_string()
    } else if let Some(stem) = adjective.strip_suffix('y') {
        format!("{stem}i")
    } else if b.len() == 3 && !vowel(b[0]) && vowel(b[1]) && !b"aeiouwxy".contains(&b[2]) {
        format!("{adjective}{}", b[2] as char)
    } else {
        adjective.to_string()
    };
    vec![format!("{base}er"), format!("{base}est")]
}

/// The synsets a stem belongs to, sorted; empty for a word the table does not know.
pub fn senses(stem: &str) -> &'static [u32] {
    index().get(stem).map_or(&[], Vec::as_slice)
}

/// Whether two stems have a sense in common ("start" and "begin").
pub fn synonymous(a: &str, b: &str) -> bool {
    share_sense(senses(a), senses(b))
}

/// Whether two sorted sense lists share a sense.
pub fn share_sense(a: &[u32], b: &[u32]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    // A word's few senses against a claim's many: look each up rather than walk both.
    if short.len() * 8 < long.len() {
        return short.iter().any(|x| long.binary_search(x).is_ok());
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`synonymous`] on words as written.
    fn words_synonymous(a: &str, b: &str) -> bool {
        synonymous(&stem(a), &stem(b))
    }

    #[test]
    fn common_synonyms_meet() {
        for (a, b) in [
            ("begin", "start"),
            ("started", "commenced"),
            ("attacks", "assaults"),
            ("buy", "purchase"),
            ("talks", "negotiations"),
            ("big", "large"),
            ("biggest", "largest"),
            ("smaller", "littler"),
        ] {
            assert!(words_synonymous(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn unrelated_and_opposite_words_do_not() {
        for (a, b) in [
            ("begin", "end"),
            ("buy", "sell"),
            ("large", "small"),
            ("president", "minister"),
            ("monday", "tuesday"),
            ("bank", "rely"),
        ] {
            assert!(!words_synonymous(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn unknown_words_have_no_senses() {
        assert!(senses("zelensky").is_empty());
        assert!(senses("").is_empty());
        assert!(!share_sense(&[], &[1, 2]));
        // both ways of looking: a short list against a long one, and two alike in length
        let long: Vec<u32> = (0..100).map(|x| x * 3).collect();
        assert!(share_sense(&[7, 99], &long));
        assert!(!share_sense(&[7, 100], &long));
        assert!(share_sense(&[2, 5, 9], &[1, 5]));
        assert!(!share_sense(&[2, 6, 9], &[1, 5, 8]));
    }

    #[test]
    fn the_table_is_read_whole() {
        // Every synset line of the generated file lands in the index (a truncated or
        // malformed table would leave common words out).
        let lines = TABLE.lines().filter(|l| !l.starts_with('#')).count();
        assert!(lines > 4000, "{lines} synsets");
        assert!(index().len() > 5000, "{} words", index().len());
    }
}
