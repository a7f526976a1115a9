//! How alike two claims are, in [0, 1].
//!
//! An IDF-weighted soft alignment of words in both directions (after Mihalcea, Corley and
//! Strapparava 2006): each word of one claim finds its best counterpart in the other, an equal
//! stem scoring 1 and a near form (a shared long prefix, or a transliteration by Jaro-Winkler)
//! less; the weighted mean of those best scores is taken each way and the two directions are
//! averaged. Informative words weigh by inverse document frequency over the claims being
//! compared, smoothed so a handful of articles gives sensible weights; function words weigh a
//! tenth. Numbers match only numbers of the same value.

use std::collections::HashMap;

use super::synonyms;
use crate::text::normalize::{is_stop, stem, words};

/// The score at or above which two claims from different sources are taken to state the
/// same thing. The engine groups with it and `corroborate eval` measures it.
pub const MATCH_THRESHOLD: f64 = 0.33;

/// How much of a word a synonym stands for: a different word for the same thing is nearly,
/// not quite, the same word (its sense may not be the one WordNet shares).
const SYNONYM: f64 = 0.8;

/// Weight of a function word relative to an informative word of the same frequency.
const STOP_WEIGHT: f64 = 0.1;

/// Weight of a word found in no other claim, relative to its inverse document frequency.
const UNIQUE_WEIGHT: f64 = 0.5;

/// One word of a prepared claim.
#[derive(Debug, Clone, PartialEq)]
struct Term {
    /// The stem.
    stem: String,
    /// Whether it is a function word.
    stop: bool,
    /// Whether it is a number.
    number: bool,
    /// Its WordNet senses ([`synonyms::senses`]); empty for function words and numbers.
    senses: &'static [u32],
}

/// One claim's text, tokenised once for scoring.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    terms: Vec<Term>,
    /// Each term's weight under a fitted model ([`Model::weigh`]); empty until weighed.
    weights: Vec<f64>,
    /// The senses of all its words, sorted and distinct: a word of another claim has a
    /// synonym here when one of its senses is in this list (and its own stem is not).
    senses: Vec<u32>,
}

impl Prepared {
    /// Tokenises a claim.
    pub fn new(text: &str) -> Self {
        let mut terms: Vec<Term> = words(text)
            .into_iter()
            .map(|w| {
                let stop = is_stop(&w);
                let number = w.chars().all(|c| c.is_ascii_digit());
                let stem = stem(&w);
                let senses = if stop || number {
                    &[]
                } else {
                    synonyms::senses(&stem)
                };
                Term {
                    stem,
                    stop,
                    number,
                    senses,
                }
            })
            .collect();
        terms.sort_by(|a, b| a.stem.cmp(&b.stem));
        terms.dedup_by(|a, b| a.stem == b.stem);
        let mut senses: Vec<u32> = terms
            .iter()
            .flat_map(|t| t.senses.iter().copied())
            .collect();
        senses.sort_unstable();
        senses.dedup();
        Prepared {
            terms,
            weights: Vec::new(),
            senses,
        }
    }

    /// The distinct stems of the claim, sorted.
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|t| t.stem.as_str())
    }

    /// Whether the claim has no words.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Corpus statistics (how informative each word is) and the scoring function.
#[derive(Debug, Clone, Default)]
pub struct Model {
    docs: usize,
    df: HashMap<String, u32>,
}

impl Model {
    /// Learns word statistics from the claims that will be compared (no labels).
    pub fn fit(docs: &[Prepared]) -> Self {
        let mut df: HashMap<String, u32> = HashMap::new();
        for d in docs {
            for t in &d.terms {
                *df.entry(t.stem.clone()).or_default() += 1;
            }
        }
        Model {
            docs: docs.len(),
            df,
        }
    }

    /// How many of the fitted claims contain a stem.
    pub fn document_frequency(&self, stem: &str) -> u32 {
        self.df.get(stem).copied().unwrap_or(0)
    }

    /// How many claims the model was fitted on.
    pub fn documents(&self) -> usize {
        self.docs
    }

    /// The smoothed inverse document frequency of a stem.
    pub fn idf(&self, stem: &str) -> f64 {
        let n = self.docs as f64;
        let df = f64::from(self.document_frequency(stem));
        ((n + 1.0) / (df + 1.0)).ln() + 1.0
    }

    fn weight(&self, t: &Term) -> f64 {
        let idf = self.idf(&t.stem);
        if t.stop {
            idf * STOP_WEIGHT
        } else if self.document_frequency(&t.stem) <= 1 && self.docs > 20 {
            // A word no other claim uses cannot be corroborated exactly: it is a detail of
            // this claim, weighed less than the words claims can share.
            idf * UNIQUE_WEIGHT
        } else {
            idf
        }
    }

    /// Caches each term's weight in a prepared claim, so scoring it against many others does
    /// not look the words up again.
    pub fn weigh(&self, d: &mut Prepared) {
        d.weights = d.terms.iter().map(|t| self.weight(t)).collect();
    }

    /// How alike two claims are, in [0, 1]. Symmetric.
    pub fn similarity(&self, a: &Prepared, b: &Prepared) -> f64 {
        if a.terms.is_empty() || b.terms.is_empty() {
            return 0.0;
        }
        (self.directed(a, b) + self.directed(b, a)) / 2.0
    }

    /// The weighted mean, over `a`'s words, of each word's best match in `b`.
    fn directed(&self, a: &Prepared, b: &Prepared) -> f64 {
        let mut total = 0.0;
        let mut got = 0.0;
        for (k, t) in a.terms.iter().enumerate() {
            let w = a.weights.get(k).copied().unwrap_or_else(|| self.weight(t));
            total += w;
            if t.stop {
                // A function word counts only when the other claim has it too.
                if b.terms
                    .binary_search_by(|x| x.stem.as_str().cmp(&t.stem))
                    .is_ok()
                {
                    got += w;
                }
                continue;
            }
            let mut best: f64 = 0.0;
            for u in b.terms.iter().filter(|u| !u.stop) {
                best = best.max(word_similarity(t, u));
                if best >= 1.0 {
                    break;
                }
            }
            // A synonym: one of the word's senses is a sense of some other word of `b` (had
            // `b` the word itself, it would have scored 1 above). One look-up per word and
            // claim, not per pair of words.
            if best < SYNONYM && synonyms::share_sense(t.senses, &b.senses) {
                best = SYNONYM;
            }
            got += w * best;
        }
        if total == 0.0 {
            0.0
        } else {
            got / total
        }
    }
}

/// How alike two words are: 1 for the same stem; a near form (one inside the other, a shared
/// five-letter prefix: "negotiations" and "negotiating") 0.8; a transliteration (Jaro-Winkler
/// of at least 0.9 between words of six letters or more: "zelensky" and "zelenskiy") 0.8.
/// Numbers match only the same number. (Synonyms, words sharing a common WordNet sense:
/// "talks" and "negotiations", are found per claim in [`Model::directed`] and score
/// [`SYNONYM`].)
fn word_similarity(a: &Term, b: &Term) -> f64 {
    if a.stem == b.stem {
        return 1.0;
    }
    if a.number || b.number {
        return 0.0;
    }
    let (x, y) = (a.stem.as_str(), b.stem.as_str());
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if short.len() >= 5 && long.starts_with(short) || common_prefix(x, y) >= 6 {
        return 0.8;
    }
    if short.len() >= 6
        && long.len() - short.len() <= 2
        && x.as_bytes()[..2] == y.as_bytes()[..2]
        && strsim::jaro_winkler(x, y) >= 0.9
    {
        return 0.8;
    }
    0.0
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORPUS: &[&str] = &[
        "The council approved the new budget on Tuesday.",
        "On Tuesday the city council approved its budget.",
        "Heavy rain flooded the old town overnight.",
        "The mayor said the flooding was the worst in decades.",
        "Officials proposed holding talks in Geneva next week.",
        "The proposal for talks in Geneva came from officials.",
        "Zelenskyy met the prime minister in the capital.",
        "Zelensky met the prime minister in the capital.",
    ];

    fn model() -> (Model, Vec<Prepared>) {
        let docs: Vec<Prepared> = CORPUS.iter().map(|s| Prepared::new(s)).collect();
        (Model::fit(&docs), docs)
    }

    #[test]
    fn table() {
        let (m, d) = model();
        // (a, b, at least, at most)
        let rows = [
            (0, 1, MATCH_THRESHOLD, 1.0), // paraphrase with reordering
            (4, 5, MATCH_THRESHOLD, 1.0), // proposed/proposal, talks in Geneva
            (6, 7, 0.99, 1.0),            // a transliteration is the same name
            (0, 2, 0.0, 0.2),             // unrelated
            (2, 3, 0.0, MATCH_THRESHOLD), // same topic, different statement
        ];
        for (a, b, lo, hi) in rows {
            let s = m.similarity(&d[a], &d[b]);
            assert!((lo..=hi).contains(&s), "{} / {}: {s}", CORPUS[a], CORPUS[b]);
            assert_eq!(s, m.similarity(&d[b], &d[a]), "symmetric");
        }
    }

    #[test]
    fn synonyms_count_as_nearly_the_same_word() {
        let docs: Vec<Prepared> = [
            "The negotiations commenced in Geneva.",
            "The talks started in Geneva.",
            "The talks commenced in Geneva.",
            "The talks ended in Geneva.",
        ]
        .iter()
        .map(|s| Prepared::new(s))
        .collect();
        let m = Model::fit(&docs);
        let (synonym, other) = (
            m.similarity(&docs[1], &docs[2]),
            m.similarity(&docs[1], &docs[3]),
        );
        // "started" and "commenced": a synonym scores most of a shared word, an antonym nothing
        assert!(synonym > other, "{synonym} vs {other}");
        // "negotiations commenced" and "talks started": two synonyms, well matched
        assert!(m.similarity(&docs[0], &docs[1]) >= MATCH_THRESHOLD);
    }

    #[test]
    fn degenerate_input() {
        let (m, _) = model();
        let empty = Prepared::new("");
        let emoji = Prepared::new("🙂🙂 \0");
        let long = Prepared::new(&"word ".repeat(20_000));
        for (a, b) in [
            (&empty, &empty),
            (&empty, &long),
            (&emoji, &long),
            (&long, &long),
        ] {
            let s = m.similarity(a, b);
            assert!((0.0..=1.0).contains(&s));
        }
    }
}
