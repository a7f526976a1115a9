//! Tallies: a vote or a score, two counts set against each other ("by a vote of 7 to 2",
//! "a 52-48 split", "won 3–1"). Two reports of one vote that give different tallies disagree;
//! neither number alone counts anything, so the pair is one value.

use super::tokens::Token;
use super::Tally;

/// Words that, just before two numbers, say they are a tally ("a vote of", "won", "beat").
const BEFORE: &[&str] = &[
    "vote", "votes", "voted", "voting", "score", "scored", "won", "win", "wins", "lost", "lose",
    "loses", "beat", "beats", "defeated", "tally", "margin", "ruled", "ruling", "passed",
    "approved", "rejected", "split", "majority",
];

/// Words that, just after two numbers, say they are a tally ("a 52-48 split", "a 5-4 ruling").
const AFTER: &[&str] = &[
    "vote", "votes", "decision", "ruling", "majority", "margin", "split", "win", "victory",
    "defeat", "loss", "verdict", "tally", "score",
];

/// How many tokens before the numbers a [`BEFORE`] word may stand ("by a vote of 7 to 2").
const WINDOW: usize = 4;

fn count(t: &Token<'_>) -> Option<u32> {
    (t.text.len() <= 4 && t.text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.text.parse().ok())
        .flatten()
}

/// Finds the tallies of a claim, marking their tokens used so the numbers are not read as
/// counts of their own.
pub fn find(toks: &[Token<'_>], used: &mut [bool]) -> Vec<Tally> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // "7-2" is one token; "7 to 2", "7 – 2" are three.
        let hit = if let Some((a, b)) = toks[i].text.split_once('-') {
            let one = |s: &str| {
                (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse::<u32>().ok())
                    .flatten()
            };
            one(a).zip(one(b)).map(|(x, y)| (x, y, i, i))
        } else {
            count(&toks[i]).and_then(|x| {
                let joiner = toks.get(i + 1)?;
                if !matches!(joiner.text, "to" | "-" | "–" | "—") {
                    return None;
                }
                let y = count(toks.get(i + 2)?)?;
                Some((x, y, i, i + 2))
            })
        };
        let Some((x, y, first, last)) = hit else {
            i += 1;
            continue;
        };
        let lower = |k: usize| toks[k].lower();
        // "from 5 to 10" is a range, not a tally.
        let range = first > 0 && lower(first - 1) == "from";
        let before =
            (first.saturating_sub(WINDOW)..first).any(|k| BEFORE.contains(&lower(k).as_str()));
        let after = toks
            .get(last + 1)
            .is_some_and(|t| AFTER.contains(&t.lower().as_str()));
        if (before || after) && !range && !used[first..=last].iter().any(|u| *u) {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            out.push(Tally {
                pair: (x, y),
                span: toks[first].span.start..toks[last].span.end,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn table() {
        // (claim, tallies found with their text)
        type Row<'a> = (&'a str, &'a [((u32, u32), &'a str)]);
        let rows: &[Row<'_>] = &[
            // a vote in words around the numbers
            (
                "The council approved it by a vote of 7 to 2.",
                &[((7, 2), "7 to 2")],
            ),
            (
                "The board voted 6-3 to approve the plan.",
                &[((6, 3), "6-3")],
            ),
            ("The court ruled 5–4 on Friday.", &[((5, 4), "5–4")]),
            // the kind of tally named after the numbers
            (
                "It was a 52-48 split in the Senate.",
                &[((52, 48), "52-48")],
            ),
            ("A 5-4 decision upheld the law.", &[((5, 4), "5-4")]),
            // a score
            ("The home side won 3-1 in the final.", &[((3, 1), "3-1")]),
            // ranges and plain numbers are not tallies
            ("Prices rose from 5 to 10 dollars.", &[]),
            ("Between 20 to 30 people were hurt.", &[]),
            ("He served 10-15 years ago.", &[]),
            ("The 2010-2011 season ended.", &[]),
        ];
        for (claim, want) in rows {
            let toks = tokenize(claim);
            let mut used = vec![false; toks.len()];
            let got: Vec<((u32, u32), &str)> = find(&toks, &mut used)
                .into_iter()
                .map(|t| (t.pair, &claim[t.span]))
                .collect();
            assert_eq!(&got[..], *want, "{claim}");
        }
    }
}
