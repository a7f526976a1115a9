//! Stage 2: split cleaned text into sentences, and sentences into claims.
//!
//! News text defeats generic sentence breakers: "U.S.", "a.m.", "Mr.", "Gen.", "Jan." end no
//! sentence, and quotations run over sentence ends. The rules here:
//!
//! - a line break always ends a sentence (cleaned text has one paragraph or heading per line);
//! - `.`, `!`, `?`, `…` followed by white space and an upper-case letter, a digit or an opening
//!   quote end a sentence, unless the word before is an abbreviation, an initial, or a word
//!   with inner periods ("U.S.", "a.m."), which end one only when the next word is one that
//!   usually opens a sentence ("The", "He", "But", ...);
//! - nothing inside a double quotation that closes on the same line ends a sentence, so a
//!   quoted statement stays with its attribution (`"We agree. Talks start now," she said.`).
//!
//! Claims: a sentence is split only where it clearly carries two statements: at a semicolon
//! with at least five words on each side, outside quotations and parentheses.

use std::ops::Range;

/// Titles and abbreviations that are followed by a name or a number, not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "cpl", "pvt", "rev", "fr", "st", "jr", "sr", "inc", "corp", "co", "ltd",
    "llc", "no", "nos", "vs", "v", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "ave", "blvd", "rd", "mt", "ft", "approx", "dept", "est", "fig", "al", "pres", "supt", "atty",
    "msgr", "ariz", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo", "ala", "ark",
];

/// Words that usually open a sentence: after an abbreviation with inner periods ("U.S."), a
/// sentence ends only when one of these follows.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "after",
    "when",
    "while",
    "meanwhile",
    "however",
    "if",
    "as",
    "for",
    "some",
    "many",
    "most",
    "officials",
    "no",
    "not",
    "yet",
    "still",
    "then",
    "so",
    "since",
    "both",
    "all",
    "one",
    "two",
    "three",
];

/// Splits text into sentences: byte ranges into `text`, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            split_line(text, line_start..i, &mut out);
            line_start = i + 1;
        }
    }
    split_line(text, line_start..text.len(), &mut out);
    out
}

/// Byte ranges of double quotations that open and close within `line` (relative to `line`).
fn quotations(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (open, c) {
            (None, '“') | (None, '«') => open = Some((i, c)),
            (None, '"') if !prev.is_alphanumeric() => open = Some((i, c)),
            (Some((s, '“')), '”') | (Some((s, '«')), '»') | (Some((s, '"')), '"') => {
                out.push(s..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
        prev = c;
    }
    out
}

fn split_line(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[line.clone()];
    if s.trim().is_empty() {
        return;
    }
    let quotes = quotations(s);
    let inside = |i: usize| quotes.iter().any(|q| q.start < i && i + 1 < q.end);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?' | '…') && !inside(i) {
            // The end of the punctuation run and any closing quotes or brackets.
            let mut j = k + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(s.len(), |x| x.0);
            if j >= chars.len() {
                break;
            }
            if chars[j].1.is_whitespace() && ends_here(s, &chars, k, j) {
                push_trimmed(text, line.start + start..line.start + end, out);
                start = end;
            }
            k = j;
            continue;
        }
        k += 1;
    }
    push_trimmed(text, line.start + start..line.end, out);
}

/// Whether the punctuation at `chars[k]` (run ending before `chars[j]`, white space) ends a
/// sentence.
fn ends_here(s: &str, chars: &[(usize, char)], k: usize, j: usize) -> bool {
    // The next word.
    let mut n = j;
    while n < chars.len() && chars[n].1.is_whitespace() {
        n += 1;
    }
    let Some(&(next_at, next)) = chars.get(n) else {
        return true;
    };
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '‘' | '\'' | '«' | '(' | '—');
    if !opens {
        return false;
    }
    let c = chars[k].1;
    if c != '.' || j > k + 1 && chars[k + 1].1 == '.' {
        // "!", "?", an ellipsis: followed by a capital, a new sentence.
        return true;
    }
    // The word before the period.
    let word_end = chars[k].0;
    let word_start = s[..word_end]
        .rfind(|ch: char| ch.is_whitespace() || ch == '(' || ch == '"' || ch == '“')
        .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
    let word = &s[word_start..word_end];
    let next_word: String = s[next_at..]
        .chars()
        .skip_while(|ch| !ch.is_alphanumeric())
        .take_while(|ch| ch.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let starter = SENTENCE_STARTERS.contains(&next_word.as_str());
    let letters: String = word.chars().filter(|ch| ch.is_alphanumeric()).collect();
    if word.contains('.') {
        // "U.S.", "a.m.", "R-S.C.": an abbreviation with inner periods.
        return starter;
    }
    if letters.chars().count() == 1 && letters.chars().all(char::is_uppercase) {
        // An initial: "Donald J. Trump".
        return false;
    }
    // Abbreviations are written capitalised ("Gen.", "Jan.", "Ariz."), except a few that are
    // always lower case; "No." abbreviates only before a number.
    let lower = letters.to_lowercase();
    let capitalised = letters.chars().next().is_some_and(char::is_uppercase);
    let always_lower = matches!(lower.as_str(), "vs" | "v" | "etc" | "approx" | "al" | "fig");
    let number_sign = matches!(lower.as_str(), "no" | "nos");
    if ABBREVIATIONS.contains(&lower.as_str())
        && (capitalised || always_lower)
        && (!number_sign || next.is_ascii_digit())
    {
        return starter
            && !matches!(
                letters.to_lowercase().as_str(),
                "mr" | "mrs" | "ms" | "dr" | "gen" | "sen" | "rep" | "gov" | "st"
            );
    }
    true
}

/// The most words a dateline has before its dash.
const DATELINE_WORDS: usize = 8;

/// The length of a dateline opening a sentence, dash and space included: `MOSCOW (Reuters) — `,
/// `Halvoreen, Oct. 4 (The Valley Courier) — `, `WASHINGTON -- `. Where and from whom the
/// story was filed is not a claim about the event. A dateline is a few words before a dash,
/// either in capitals or ending in a parenthesised credit; 0 when the sentence has none.
fn dateline_len(s: &str) -> usize {
    let Some((at, dash)) = [" — ", " – ", " -- ", " - "]
        .iter()
        .filter_map(|d| s.find(d).map(|i| (i, d.len())))
        .min()
    else {
        return 0;
    };
    let head = s[..at].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > DATELINE_WORDS {
        return 0;
    }
    let place = words[0].trim_end_matches(',');
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && place
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let credit = head.ends_with(')') && head.contains('(');
    if !(capitals || credit) {
        return 0;
    }
    // What follows must be a sentence of its own, opening with a capital.
    let rest = &s[at + dash..];
    let opens = rest
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if !opens || rest.split_whitespace().count() < 3 {
        return 0;
    }
    at + dash
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Splits one sentence (a range of `text`) into claims, each a range of `text`.
pub fn claims(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let sentence = sentence.start + dateline_len(&text[sentence.clone()])..sentence.end;
    let s = &text[sentence.clone()];
    let quotes = quotations(s);
    let mut depth = 0i32;
    let mut cuts = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ';' if depth == 0 && !quotes.iter().any(|q| q.start < i && i < q.end) => cuts.push(i),
            _ => {}
        }
    }
    let word_count = |r: &str| r.split_whitespace().count();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        let left = &s[start..cut];
        let right = &s[cut + 1..];
        if word_count(left) >= 5 && word_count(right) >= 5 {
            push_trimmed(
                text,
                sentence.start + start..sentence.start + cut + 1,
                &mut out,
            );
            start = cut + 1;
        }
    }
    push_trimmed(text, sentence.start + start..sentence.end, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, want: &[&str]) {
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn news_sentences() {
        // (text, sentences) — one row per pattern
        let rows: &[(&str, &[&str])] = &[
            (
                "It rained. Then it stopped.",
                &["It rained.", "Then it stopped."],
            ),
            (
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            (
                "Sanctions were imposed by the U.S. The move angered Moscow.",
                &[
                    "Sanctions were imposed by the U.S.",
                    "The move angered Moscow.",
                ],
            ),
            (
                "He spoke after 1:30 a.m. Sunday in the capital.",
                &["He spoke after 1:30 a.m. Sunday in the capital."],
            ),
            (
                "Mr. Smith met Gen. Jones on Jan. 5 in St. Louis.",
                &["Mr. Smith met Gen. Jones on Jan. 5 in St. Louis."],
            ),
            (
                "Sen. Jim Doe, R-S.C., said no. Others agreed.",
                &["Sen. Jim Doe, R-S.C., said no.", "Others agreed."],
            ),
            (
                "Donald J. Trump won. The count took days.",
                &["Donald J. Trump won.", "The count took days."],
            ),
            (
                "Costs rose 3.5% to $1.375 billion. Nobody was surprised.",
                &[
                    "Costs rose 3.5% to $1.375 billion.",
                    "Nobody was surprised.",
                ],
            ),
            (
                "\"We agree. Talks start now,\" she said. Later she left.",
                &[
                    "\"We agree. Talks start now,\" she said.",
                    "Later she left.",
                ],
            ),
            (
                "“Is it over?” he asked. Nobody answered.",
                &["“Is it over?” he asked.", "Nobody answered."],
            ),
            (
                "We have just now... decided to act.",
                &["We have just now... decided to act."],
            ),
            (
                "Headline Without A Stop\nThe body follows.",
                &["Headline Without A Stop", "The body follows."],
            ),
            (
                "Is it true? Yes! It is.",
                &["Is it true?", "Yes!", "It is."],
            ),
            (
                "They met at No. 10 Downing Street.",
                &["They met at No. 10 Downing Street."],
            ),
            ("", &[]),
            ("   \n  ", &[]),
        ];
        for (text, want) in rows {
            check(text, want);
        }
    }

    #[test]
    fn claims_split_only_clear_pairs() {
        let rows: &[(&str, &[&str])] = &[
            (
                "The council approved the budget on Monday; the mayor vetoed it two days later.",
                &[
                    "The council approved the budget on Monday;",
                    "the mayor vetoed it two days later.",
                ],
            ),
            (
                "Prices rose; wages did not.",
                &["Prices rose; wages did not."],
            ),
            (
                "\"We came; we saw the whole city burn down,\" he said.",
                &["\"We came; we saw the whole city burn down,\" he said."],
            ),
            // a dateline is where the story was filed, not part of the claim
            (
                "MOSCOW (Reuters) — Talks will resume on Thursday.",
                &["Talks will resume on Thursday."],
            ),
            (
                "Halvoreen, Oct. 4 (The Valley Courier) — The bridge collapsed on Friday.",
                &["The bridge collapsed on Friday."],
            ),
            (
                "WASHINGTON -- The Senate voted on Monday.",
                &["The Senate voted on Monday."],
            ),
            // a dash inside an ordinary sentence is not a dateline
            (
                "The mayor — who opened the festival — said it would close.",
                &["The mayor — who opened the festival — said it would close."],
            ),
            (
                "Two weeks ago (on Monday) - the deal fell apart.",
                &["Two weeks ago (on Monday) - the deal fell apart."],
            ),
        ];
        for (text, want) in rows {
            let got: Vec<&str> = claims(text, 0..text.len())
                .into_iter()
                .map(|r| &text[r])
                .collect();
            assert_eq!(&got, want);
        }
    }

    #[test]
    fn pathological_input_is_linear_and_safe() {
        let giant = "word ".repeat(100_000);
        let dots = ". ".repeat(50_000);
        let quotes = "\" ".repeat(10_001);
        for text in [
            giant.as_str(),
            dots.as_str(),
            quotes.as_str(),
            "...",
            "?!",
            "“",
            "”.",
            "🙂. 🙂",
            "\0. \0",
        ] {
            for r in sentences(text) {
                assert!(text.get(r.clone()).is_some());
                for c in claims(text, r) {
                    assert!(text.get(c).is_some());
                }
            }
        }
    }
}
