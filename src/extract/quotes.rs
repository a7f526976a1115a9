//! Direct quotations and who they are attributed to.

use std::ops::Range;

use super::tokens::Token;
use super::{EntityKind, Features, Quote};

/// Verbs that attribute speech.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "wrote",
    "writes",
    "posted",
    "argued",
    "argues",
    "insisted",
    "asked",
    "warned",
    "noted",
    "declared",
    "explained",
    "stressed",
    "emphasized",
    "emphasised",
    "claimed",
    "tweeted",
    "announced",
    "replied",
    "responded",
    "continued",
    "reiterated",
    "urged",
    "recalled",
    "acknowledged",
    "according",
];

/// How many words either side of a quotation its attribution may take ("said Human Rights
/// Campaign President Chad Griffin" is eight).
const SPEAKER_WINDOW: usize = 10;

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

/// Byte ranges of quotations in `s` (inside the marks). Straight double quotes pair up;
/// curly and guillemet quotes pair with their closers. A quotation left open runs to the end.
fn spans(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        match (open, c) {
            (None, '“') | (None, '«') => open = Some((i + c.len_utf8(), c)),
            (None, '"') if !prev.is_alphanumeric() => open = Some((i + 1, c)),
            // A closing mark right after the opening one ("" typed twice) opens nothing new.
            (Some((st, '"')), '"') if s[st..i].trim().is_empty() => {}
            (Some((st, '“')), '”') | (Some((st, '«')), '»') | (Some((st, '"')), '"') => {
                out.push(st..i);
                open = None;
            }
            _ => {}
        }
        prev = c;
    }
    if let Some((st, _)) = open {
        if st < s.len() {
            out.push(st..s.len());
        }
    }
    out
}

/// The speaker: a name or pronoun next to a speech verb just after the quotation
/// (`," Putin said` / `," said Putin` / `,” he argued`) or just before it (`Putin said: "`).
fn speaker(s: &str, toks: &[Token<'_>], q: &Range<usize>) -> Option<String> {
    let after: Vec<&Token<'_>> = toks
        .iter()
        .filter(|t| t.span.start > q.end && t.text.chars().any(char::is_alphanumeric))
        .take(SPEAKER_WINDOW)
        .collect();
    let before: Vec<&Token<'_>> = toks
        .iter()
        .filter(|t| t.span.end < q.start && t.text.chars().any(char::is_alphanumeric))
        .collect();
    let before: Vec<&Token<'_>> = before
        .iter()
        .rev()
        .take(SPEAKER_WINDOW)
        .rev()
        .copied()
        .collect();
    for side in [&after, &before] {
        let Some(v) = side
            .iter()
            .position(|t| SPEECH.contains(&t.lower().as_str()))
        else {
            continue;
        };
        // A capitalised run or pronoun right before or right after the verb.
        let name_at = |range: &mut dyn Iterator<Item = usize>| -> Option<String> {
            let mut first = None;
            let mut last = None;
            for k in range {
                let t = side[k];
                if t.capitalised() || (first.is_none() && PRONOUNS.contains(&t.lower().as_str())) {
                    first.get_or_insert(k);
                    last = Some(k);
                    if PRONOUNS.contains(&t.lower().as_str()) {
                        break;
                    }
                } else {
                    break;
                }
            }
            let (a, b) = (first?, last?);
            let (lo, hi) = (a.min(b), a.max(b));
            Some(s[side[lo].span.start..side[hi].span.end].to_string())
        };
        let before_verb = name_at(&mut (0..v).rev());
        let after_verb = name_at(&mut (v + 1..side.len()));
        if let Some(n) = before_verb.or(after_verb) {
            return Some(n);
        }
    }
    None
}

/// Finds direct quotations of at least two words.
pub fn find(s: &str, toks: &[Token<'_>]) -> Vec<Quote> {
    spans(s)
        .into_iter()
        .filter(|q| s[q.clone()].split_whitespace().count() >= 2)
        .map(|q| Quote {
            speaker: speaker(s, toks, &q),
            inner: q,
        })
        .collect()
}

/// A statement in reported speech whose attribution follows it after a comma, without
/// quotation marks: "The decision lies with Kyiv, said Putin at a press conference" or "…,
/// Putin said." The statement runs from the claim's start to the last such comma and must have
/// at least five words; the speaker is the name next to the speech verb right after the comma.
pub fn reported(s: &str, toks: &[Token<'_>]) -> Option<Quote> {
    let words: Vec<&Token<'_>> = toks
        .iter()
        .filter(|t| t.text.chars().any(char::is_alphanumeric))
        .collect();
    for (i, c) in s.char_indices().rev() {
        if c != ',' {
            continue;
        }
        let next: Vec<&&Token<'_>> = words.iter().filter(|t| t.span.start > i).take(4).collect();
        // The speech verb first, or after a capitalised name of up to three words.
        let verb = next
            .iter()
            .position(|t| SPEECH.contains(&t.lower().as_str()) && t.lower() != "according");
        let attribution = match verb {
            Some(0) => true,
            Some(v) => next[..v].iter().all(|t| t.capitalised()),
            None => false,
        };
        if !attribution || s[..i].split_whitespace().count() < 5 {
            continue;
        }
        let q = 0..i;
        return speaker(s, toks, &q)
            .filter(|w| !PRONOUNS.contains(&w.to_lowercase().as_str()))
            .map(|w| Quote {
                inner: q,
                speaker: Some(w),
            });
    }
    None
}

/// Who a claim's quotation continues when the claim itself does not name the speaker.
///
/// A quotation with no attribution (`“A ceasefire is needed now.”`) or attributed only to a
/// pronoun (`“…,” he argued.`) continues the statement of the person the claim before it, in
/// the same paragraph, quotes or names first: its named quotation speaker, else its first
/// person. `None` when the claim names its speaker, has no quotation, or the claim before
/// names nobody.
pub fn carried_speaker(previous: &Features, current: &Features) -> Option<String> {
    let unnamed = |q: &Quote| {
        q.speaker
            .as_deref()
            .is_none_or(|w| PRONOUNS.contains(&w.to_lowercase().as_str()))
    };
    if current.quotes.is_empty() || !current.quotes.iter().all(unnamed) {
        return None;
    }
    let named = previous.quotes.iter().find(|q| !unnamed(q));
    named.and_then(|q| q.speaker.clone()).or_else(|| {
        previous
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn table() {
        // (text, quoted words, speaker)
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "\"We propose talks now,\" Putin said.",
                "We propose talks now,",
                Some("Putin"),
            ),
            (
                "“A ceasefire must come first,” he argued.",
                "A ceasefire must come first,",
                Some("he"),
            ),
            (
                "said Emmanuel Macron: «No talks without a truce»",
                "No talks without a truce",
                Some("Emmanuel Macron"),
            ),
            (
                "The mayor called it “a great day for the city” on Monday.",
                "a great day for the city",
                None,
            ),
            (
                "“Families now have access,” said Human Rights Campaign President Chad Griffin.",
                "Families now have access,",
                Some("Human Rights Campaign President Chad Griffin"),
            ),
            (
                "“It was not Russia that left,” Putin claimed, reiterating",
                "It was not Russia that left,",
                Some("Putin"),
            ),
        ];
        for (s, inner, who) in rows {
            let qs = find(s, &tokenize(s));
            assert_eq!(qs.len(), 1, "{s}");
            assert_eq!(&s[qs[0].inner.clone()], *inner);
            assert_eq!(qs[0].speaker.as_deref(), *who, "{s}");
        }
        // (claim, reported statement, speaker)
        let reports: &[(&str, Option<(&str, &str)>)] = &[
            (
                "The decision lies with the city council, said Anna Berg at a briefing on Monday.",
                Some(("The decision lies with the city council", "Anna Berg")),
            ),
            (
                "The bridge will reopen in May after repairs, Anna Berg told reporters.",
                Some(("The bridge will reopen in May after repairs", "Anna Berg")),
            ),
            ("The bridge will reopen in May, officials said.", None),
            (
                "The bridge will reopen in May after repairs, he said.",
                None,
            ),
            (
                "The bridge reopened in May, according to Anna Berg of the council.",
                None,
            ),
            (
                "Berg said the bridge will reopen in May after repairs.",
                None,
            ),
        ];
        for (s, want) in reports {
            let got = reported(s, &tokenize(s));
            let got = got.map(|q| (&s[q.inner], q.speaker.unwrap()));
            assert_eq!(got.as_ref().map(|(a, b)| (*a, b.as_str())), *want, "{s}");
        }
        // (claim before, claim, speaker carried over)
        let ctx = super::super::Context::default();
        let carried: &[(&str, &str, Option<&str>)] = &[
            (
                "“No talks while weapons talk,” President Emmanuel Macron said Sunday.",
                "“A ceasefire is needed now for talks to begin.”",
                Some("President Emmanuel Macron"),
            ),
            (
                "President Emmanuel Macron said the offer was not enough.",
                "“A ceasefire must come first,” he argued.",
                Some("Emmanuel Macron"),
            ),
            (
                "President Emmanuel Macron said the offer was not enough.",
                "“A ceasefire must come first,” Olaf Scholz said.",
                None,
            ),
            (
                "President Emmanuel Macron said the offer was not enough.",
                "The ceasefire must come first, officials said.",
                None,
            ),
            (
                "The offer was not enough, officials said.",
                "“A ceasefire must come first,” he argued.",
                None,
            ),
        ];
        for (before, now, who) in carried {
            let (b, n) = (
                super::super::extract(before, &ctx),
                super::super::extract(now, &ctx),
            );
            assert_eq!(carried_speaker(&b, &n).as_deref(), *who, "{now}");
        }
        // an apostrophe is no quotation; a one-word scare quote is ignored
        assert!(find(
            "Russia’s \"root\" causes",
            &tokenize("Russia’s \"root\" causes")
        )
        .is_empty());
    }
}
