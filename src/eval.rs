//! Measuring the claim matcher on public sentence-matching benchmarks.
//!
//! [`mrpc`] reads the Microsoft Research Paraphrase Corpus format and scores the engine's
//! same/not-same decision (similarity at or above [`MATCH_THRESHOLD`]) against the labels;
//! [`stsb`] reads the STS Benchmark format and correlates the similarity with the gold 0-5
//! scores (Spearman), over all pairs and over the news genre. Both fit the matcher's word
//! statistics on the file's own sentences, without labels, as the engine does on articles.

use serde::Serialize;

use crate::error::{Error, ErrorKind};
use crate::matching::similarity::{Model, Prepared, MATCH_THRESHOLD};

/// MRPC figures, printed as JSON by `corroborate eval mrpc`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MrpcResult {
    /// Always "mrpc".
    pub dataset: &'static str,
    /// Number of sentence pairs.
    pub pairs: usize,
    /// Share of pairs where the decision equals the label.
    pub accuracy: f64,
    /// F1 of the "same" class.
    pub f1: f64,
    /// The threshold used (the engine's).
    pub threshold: f64,
}

/// STS-B figures, printed as JSON by `corroborate eval stsb`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StsbResult {
    /// Always "stsb".
    pub dataset: &'static str,
    /// Number of sentence pairs.
    pub pairs: usize,
    /// Spearman correlation of similarity with the gold scores, all pairs.
    pub spearman: f64,
    /// The same over the pairs of the news genre.
    pub spearman_news: f64,
}

/// One labelled pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// The first sentence.
    pub a: String,
    /// The second sentence.
    pub b: String,
    /// MRPC: 1.0 or 0.0; STS-B: the 0-5 score.
    pub gold: f64,
    /// STS-B genre ("main-news", ...); empty for MRPC.
    pub genre: String,
}

fn format_error(line: usize, what: &str) -> Error {
    Error::new(ErrorKind::Format, format!("line {line}: {what}"))
}

/// Parses MRPC's tab-separated format: a header, then `label id id sentence sentence`.
///
/// # Errors
/// [`ErrorKind::Format`] naming the first malformed line.
pub fn parse_mrpc(text: &str) -> Result<Vec<Pair>, Error> {
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            return Err(format_error(n + 1, "expected 5 tab-separated fields"));
        }
        let gold = match f[0].trim() {
            "1" => 1.0,
            "0" => 0.0,
            _ => return Err(format_error(n + 1, "the label must be 0 or 1")),
        };
        out.push(Pair {
            a: f[3].to_string(),
            b: f[4].to_string(),
            gold,
            genre: String::new(),
        });
    }
    Ok(out)
}

/// Parses STS-B's tab-separated format: genre, file, year, id, score, sentence, sentence
/// (fields after the seventh are ignored).
///
/// # Errors
/// [`ErrorKind::Format`] naming the first malformed line.
pub fn parse_stsb(text: &str) -> Result<Vec<Pair>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            return Err(format_error(n + 1, "expected 7 tab-separated fields"));
        }
        let gold: f64 = f[4]
            .trim()
            .parse()
            .map_err(|_| format_error(n + 1, "the score is not a number"))?;
        out.push(Pair {
            a: f[5].to_string(),
            b: f[6].to_string(),
            gold,
            genre: f[0].to_string(),
        });
    }
    Ok(out)
}

/// The matcher's similarity for each pair, with word statistics fitted on all sentences.
pub fn scores(pairs: &[Pair]) -> Vec<f64> {
    let prepared: Vec<(Prepared, Prepared)> = pairs
        .iter()
        .map(|p| (Prepared::new(&p.a), Prepared::new(&p.b)))
        .collect();
    let all: Vec<Prepared> = prepared
        .iter()
        .flat_map(|(a, b)| [a.clone(), b.clone()])
        .collect();
    let model = Model::fit(&all);
    prepared
        .iter()
        .map(|(a, b)| model.similarity(a, b))
        .collect()
}

/// Accuracy and F1 (of the positive class) of decisions against labels.
pub fn accuracy_f1(decisions: &[bool], labels: &[bool]) -> (f64, f64) {
    let n = decisions.len().min(labels.len());
    if n == 0 {
        return (0.0, 0.0);
    }
    let (mut tp, mut fp, mut fn_, mut right) = (0.0, 0.0, 0.0, 0.0);
    for (&d, &l) in decisions.iter().zip(labels) {
        match (d, l) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
        if d == l {
            right += 1.0;
        }
    }
    let f1 = if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fn_)
    };
    (right / n as f64, f1)
}

/// Ranks with ties given their average rank (1-based).
fn ranks(xs: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..xs.len()).collect();
    idx.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]).then(a.cmp(&b)));
    let mut out = vec![0.0; xs.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && xs[idx[j + 1]] == xs[idx[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for &k in &idx[i..=j] {
            out[k] = avg;
        }
        i = j + 1;
    }
    out
}

/// Spearman's rank correlation (Pearson correlation of average ranks); 0 when undefined.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len());
    if n < 2 {
        return 0.0;
    }
    let (rx, ry) = (ranks(&x[..n]), ranks(&y[..n]));
    let mean = |v: &[f64]| v.iter().sum::<f64>() / n as f64;
    let (mx, my) = (mean(&rx), mean(&ry));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for k in 0..n {
        let (a, b) = (rx[k] - mx, ry[k] - my);
        sxy += a * b;
        sxx += a * a;
        syy += b * b;
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Evaluates the matcher on MRPC text.
///
/// # Errors
/// [`ErrorKind::Format`] when the text is not in MRPC's format.
pub fn mrpc(text: &str) -> Result<MrpcResult, Error> {
    let pairs = parse_mrpc(text)?;
    Ok(mrpc_result(&scores(&pairs), &labels(&pairs)))
}

/// MRPC's labels: a pair is "the same" when its quality is 1.
fn labels(pairs: &[Pair]) -> Vec<bool> {
    pairs.iter().map(|p| p.gold > 0.5).collect()
}

/// The figures of the matcher's own decision, `score >= MATCH_THRESHOLD`.
fn mrpc_result(scores: &[f64], labels: &[bool]) -> MrpcResult {
    let decisions: Vec<bool> = scores.iter().map(|&x| x >= MATCH_THRESHOLD).collect();
    let (accuracy, f1) = accuracy_f1(&decisions, labels);
    MrpcResult {
        dataset: "mrpc",
        pairs: labels.len(),
        accuracy: round4(accuracy),
        f1: round4(f1),
        threshold: MATCH_THRESHOLD,
    }
}

/// Accuracy and F1 of one decision threshold, a row of [`sweep`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ThresholdRow {
    /// Scores at or above it decide "the same".
    pub threshold: f64,
    /// Share of pairs decided as labelled.
    pub accuracy: f64,
    /// F1 of the "same" class.
    pub f1: f64,
}

/// Accuracy and F1 of the decisions `score >= t` for each threshold `t` in hundredths from
/// 0.05 to 0.95: how the figures depend on the threshold, for reference (the engine's own
/// threshold is the one [`mrpc`] reports).
pub fn sweep(scores: &[f64], labels: &[bool]) -> Vec<ThresholdRow> {
    (5..=95)
        .map(|h| {
            let threshold = f64::from(h) / 100.0;
            let decisions: Vec<bool> = scores.iter().map(|&x| x >= threshold).collect();
            let (accuracy, f1) = accuracy_f1(&decisions, labels);
            ThresholdRow {
                threshold,
                accuracy: round4(accuracy),
                f1: round4(f1),
            }
        })
        .collect()
}

/// The row with the best accuracy (the lowest such threshold on a tie).
pub fn best(rows: &[ThresholdRow]) -> Option<ThresholdRow> {
    rows.iter().copied().max_by(|a, b| {
        a.accuracy
            .total_cmp(&b.accuracy)
            .then(b.threshold.total_cmp(&a.threshold))
    })
}

/// [`mrpc`] and the [`sweep`] of the same scores: the pairs are parsed and scored once.
///
/// # Errors
/// [`ErrorKind::Format`] when the text is not in MRPC's format.
pub fn mrpc_sweep(text: &str) -> Result<(MrpcResult, Vec<ThresholdRow>), Error> {
    let pairs = parse_mrpc(text)?;
    let (scores, labels) = (scores(&pairs), labels(&pairs));
    Ok((mrpc_result(&scores, &labels), sweep(&scores, &labels)))
}

/// Evaluates the matcher on STS-B text.
///
/// # Errors
/// [`ErrorKind::Format`] when the text is not in STS-B's format.
pub fn stsb(text: &str) -> Result<StsbResult, Error> {
    let pairs = parse_stsb(text)?;
    let s = scores(&pairs);
    let gold: Vec<f64> = pairs.iter().map(|p| p.gold).collect();
    let news: Vec<usize> = (0..pairs.len())
        .filter(|&i| pairs[i].genre == "main-news")
        .collect();
    let pick = |v: &[f64]| news.iter().map(|&i| v[i]).collect::<Vec<f64>>();
    Ok(StsbResult {
        dataset: "stsb",
        pairs: pairs.len(),
        spearman: round4(spearman(&s, &gold)),
        spearman_news: round4(spearman(&pick(&s), &pick(&gold))),
    })
}
