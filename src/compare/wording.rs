//! Wording: quotations compared word by word, and the words around a negation.

use std::ops::Range;

use super::{ClaimView, Found};
use crate::extract;
use crate::matching::similarity::MATCH_THRESHOLD;
use crate::report::ConflictKind;

/// Quotes sharing less than this share of their content words are different statements.
const DIFFERENT_WORDING: f64 = 0.3;
/// Quotes sharing at least this share of their content words are the same statement.
const SAME_WORDING: f64 = 0.8;
/// How alike two claims must be for their quotations to be compared.
const SAME_OCCASION: f64 = 0.5;

/// Quotes shorter than this many content words are too short to compare.
const MIN_QUOTE_WORDS: usize = 5;

const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "we", "i",
    "you", "he", "she", "they", "our", "their", "his", "her", "as", "will", "would", "can", "has",
    "have", "had", "do", "does", "did", "so", "if", "there", "then", "than", "what", "which",
    "who",
];

fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// Whether two words are the same word in another form: equal, one inside the other
/// ("conditions" in "preconditions"), or sharing a long stem ("negotiate", "negotiations").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 4 && long.contains(short) {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 || (common >= 4 && short.chars().count() <= 5)
}

/// The share of `a`'s content words that `b` also has, in some form.
fn coverage(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() {
        return 1.0;
    }
    let hit = a
        .iter()
        .filter(|x| b.iter().any(|y| same_word(x, y)))
        .count();
    hit as f64 / a.len() as f64
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        s.trim().to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    )
}

/// Quotations of one fact: the same speaker quoted in clearly different words, or in the
/// same frame ending in entirely different words (a quotation and a reported statement count
/// alike here), is a quote wording conflict; the same words attributed to two different named
/// speakers is an attribution conflict.
pub(super) fn quotes(
    claims: &[ClaimView<'_>],
    similarity: &impl Fn(usize, usize) -> f64,
) -> Vec<Found> {
    let mut wording: Vec<(usize, Range<usize>)> = Vec::new();
    let mut attribution: Vec<(usize, Range<usize>)> = Vec::new();
    let add = |v: &mut Vec<(usize, Range<usize>)>, i: usize, r: Range<usize>| {
        if !v.iter().any(|(k, _)| *k == i) {
            v.push((i, r));
        }
    };
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            // Claims that report the same occasion: a speaker says many things, so different
            // quotations in loosely related claims are different statements.
            if claims[i].source == claims[j].source || similarity(i, j) < SAME_OCCASION {
                continue;
            }
            // One quotation each: with several, which answers which cannot be told.
            let (qs_a, qs_b) = (&claims[i].features.quotes, &claims[j].features.quotes);
            if qs_a.len() != 1 || qs_b.len() != 1 {
                continue;
            }
            for qa in qs_a {
                for qb in qs_b {
                    let ta = claims[i].text.get(qa.inner.clone()).unwrap_or("");
                    let tb = claims[j].text.get(qb.inner.clone()).unwrap_or("");
                    let (wa, wb) = (content_words(ta), content_words(tb));
                    if wa.len() < MIN_QUOTE_WORDS || wb.len() < MIN_QUOTE_WORDS {
                        continue;
                    }
                    let cov = coverage(&wa, &wb).max(coverage(&wb, &wa));
                    let speakers = (qa.speaker.as_deref(), qb.speaker.as_deref());
                    let same_speaker = match speakers {
                        (Some(a), Some(b)) => {
                            is_pronoun(a) || is_pronoun(b) || extract::same_name(a, b)
                        }
                        _ => true,
                    };
                    if cov < DIFFERENT_WORDING && same_speaker {
                        add(&mut wording, i, qa.inner.clone());
                        add(&mut wording, j, qb.inner.clone());
                    } else if cov >= SAME_WORDING
                        && !same_speaker
                        && speakers.0.is_some_and(|a| !is_pronoun(a))
                        && speakers.1.is_some_and(|b| !is_pronoun(b))
                    {
                        let (Some(a), Some(b)) = speakers else {
                            continue;
                        };
                        let ra = find(claims[i].text, a).unwrap_or(qa.inner.clone());
                        let rb = find(claims[j].text, b).unwrap_or(qb.inner.clone());
                        add(&mut attribution, i, ra);
                        add(&mut attribution, j, rb);
                    }
                }
            }
        }
    }
    // One speaker's statement rendered by two sources that agree word for word on its frame
    // and then end in entirely different words: the complements conflict.
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].source == claims[j].source || similarity(i, j) < MATCH_THRESHOLD {
                continue;
            }
            let (Some(qa), Some(qb)) = (statement(&claims[i]), statement(&claims[j])) else {
                continue;
            };
            let same_speaker = match (qa.speaker.as_deref(), qb.speaker.as_deref()) {
                (Some(a), Some(b)) => is_pronoun(a) || is_pronoun(b) || extract::same_name(a, b),
                _ => true,
            };
            if !same_speaker {
                continue;
            }
            if let Some((ra, rb)) = diverging_tails(
                claims[i].text,
                qa.inner.clone(),
                claims[j].text,
                qb.inner.clone(),
            ) {
                add(&mut wording, i, ra);
                add(&mut wording, j, rb);
            }
        }
    }
    let mut out = Vec::new();
    for (kind, mut values) in [
        (ConflictKind::QuoteWording, wording),
        (ConflictKind::Attribution, attribution),
    ] {
        if values.len() >= 2 {
            values.sort_by_key(|(i, _)| *i);
            out.push(Found { kind, values });
        }
    }
    out
}

/// The words a claim attributes to a speaker: its only quotation, or its reported statement.
fn statement<'a>(c: &ClaimView<'a>) -> Option<&'a extract::Quote> {
    match &c.features.quotes[..] {
        [q] => Some(q),
        [] => c.features.reported.as_ref(),
        _ => None,
    }
}

/// Content words of `text[range]` with their spans in `text`.
fn spanned_words(text: &str, range: Range<usize>) -> Vec<(String, Range<usize>)> {
    let part = text.get(range.clone()).unwrap_or("");
    let mut out = Vec::new();
    let mut start = None;
    for (k, c) in part
        .char_indices()
        .chain(std::iter::once((part.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(k);
        } else if let Some(st) = start.take() {
            let w = part[st..k].to_lowercase();
            if !STOP.contains(&w.as_str()) {
                out.push((w, range.start + st..range.start + k));
            }
        }
    }
    out
}

/// Fewest content words two renderings must share before they diverge.
const MIN_FRAME_WORDS: usize = 3;
/// Least share of each rendering's content words up to the divergence that the frame covers.
const MIN_FRAME_SHARE: f64 = 0.5;
/// Fewest content words each diverging ending must have.
const MIN_TAIL_WORDS: usize = 2;

/// Where two renderings of one statement (`a[ra]`, `b[rb]`) share a frame of at least
/// [`MIN_FRAME_WORDS`] content words, reach their last shared word at the same word, and then
/// each end in at least [`MIN_TAIL_WORDS`] content words the other never uses ("the decision
/// lies with *the city council*" / "the decision lies with *the mayor's office*"): the two
/// endings' spans.
fn diverging_tails(
    a: &str,
    ra: Range<usize>,
    b: &str,
    rb: Range<usize>,
) -> Option<(Range<usize>, Range<usize>)> {
    let (wa, wb) = (spanned_words(a, ra), spanned_words(b, rb));
    let in_other =
        |w: &str, other: &[(String, Range<usize>)]| other.iter().any(|(o, _)| same_word(w, o));
    let shared = wa.iter().filter(|(w, _)| in_other(w, &wb)).count();
    let last_a = wa.iter().rposition(|(w, _)| in_other(w, &wb))?;
    let last_b = wb.iter().rposition(|(w, _)| in_other(w, &wa))?;
    let (tail_a, tail_b) = (&wa[last_a + 1..], &wb[last_b + 1..]);
    // The frame is most of what each rendering says up to the divergence, not a few common
    // words scattered through two different statements.
    let mostly = |before: usize| shared as f64 >= MIN_FRAME_SHARE * before as f64;
    let frame = shared >= MIN_FRAME_WORDS
        && mostly(last_a + 1)
        && mostly(last_b + 1)
        && same_word(&wa[last_a].0, &wb[last_b].0);
    if !frame || tail_a.len() < MIN_TAIL_WORDS || tail_b.len() < MIN_TAIL_WORDS {
        return None;
    }
    let span = |t: &[(String, Range<usize>)]| t[0].1.start..t[t.len() - 1].1.end;
    Some((span(tail_a), span(tail_b)))
}

fn find(text: &str, needle: &str) -> Option<Range<usize>> {
    text.find(needle).map(|s| s..s + needle.len())
}

/// The negation cue and the next two words ("did not agree to" → "not agree to").
pub(super) fn phrase_after(text: &str, cue: Range<usize>) -> Range<usize> {
    let rest = text.get(cue.end..).unwrap_or("");
    let mut end = cue.end;
    let mut words = 0;
    let mut in_word = false;
    for (k, c) in rest.char_indices() {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            in_word = true;
            end = cue.end + k + c.len_utf8();
        } else if in_word {
            in_word = false;
            words += 1;
            if words == 2 || !c.is_whitespace() {
                break;
            }
        }
    }
    cue.start..end.max(cue.end)
}

/// Where `text` states what `phrase` denies: the first word of `text` that is a form of the
/// first content word after the cue. None when `text` has no such word: then it does not
/// state what the other denies, and the two are different statements, not a contradiction.
pub(super) fn counterpart(text: &str, phrase: &str) -> Option<Range<usize>> {
    let cues = ["not", "n't", "never", "no", "nor", "neither"];
    let target = content_words(phrase)
        .into_iter()
        .find(|w| !cues.contains(&w.as_str()) && w != "t");
    if let Some(t) = target {
        let mut start = None;
        for (k, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                start.get_or_insert(k);
            } else if let Some(s) = start.take() {
                if same_word(&text[s..k].to_lowercase(), &t) {
                    return Some(s..k);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms() {
        let rows = [
            ("conditions", "preconditions", true),
            ("negotiate", "negotiations", true),
            ("ceasefire", "ceasefire", true),
            ("talks", "table", false),
            ("sponsors", "curators", false),
        ];
        for (a, b, want) in rows {
            assert_eq!(same_word(a, b), want, "{a} / {b}");
        }
    }

    #[test]
    fn diverging_endings() {
        // (a, b, the two endings when they diverge)
        type Row<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>);
        let rows: &[Row<'_>] = &[
            (
                "Our plan is on the table. The decision now lies with the city council and its lawyers",
                "The plan is on the table, the decision lies with the mayor's office and the governor",
                Some(("city council and its lawyers", "mayor's office and the governor")),
            ),
            // the same ending in other words is no divergence
            (
                "The decision lies with the city council and its lawyers",
                "The decision now lies with the council and the lawyers",
                None,
            ),
            // one rendering stops where the other goes on: a shorter quote, not a conflict
            (
                "The decision lies with the city council",
                "The decision lies with the city council and the courts",
                None,
            ),
            // a few common words scattered through two different statements are no frame
            (
                "I think the voters are just ready for some major changes in this state",
                "I think many voters out there are saying this could be the beginning of something big for the party",
                None,
            ),
            // too little shared to be one statement
            (
                "The decision lies with the city council",
                "The bridge reopens on Monday after repairs",
                None,
            ),
        ];
        for (a, b, want) in rows {
            let got = diverging_tails(a, 0..a.len(), b, 0..b.len());
            let got = got.map(|(x, y)| (&a[x], &b[y]));
            assert_eq!(got, *want, "{a} / {b}");
        }
    }

    #[test]
    fn negation_phrases() {
        let t = "Officials did not confirm the figure.";
        let cue = t.find("not").unwrap();
        let r = phrase_after(t, cue..cue + 3);
        assert_eq!(&t[r], "not confirm the");
        let other = "Officials confirmed the figure on Monday.";
        assert_eq!(
            counterpart(other, "not confirm the").map(|r| &other[r]),
            Some("confirmed")
        );
        // a claim that does not state the denied thing is no counterpart
        assert_eq!(
            counterpart("The minister resigned on Friday.", "not confirm the"),
            None
        );
    }
}
