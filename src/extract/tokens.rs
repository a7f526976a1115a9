//! A small tokeniser shared by the extractors: words, numbers and punctuation with byte spans.

use std::ops::Range;

/// One token of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Its byte span in the claim.
    pub span: Range<usize>,
}

impl Token<'_> {
    /// Whether the token starts with an upper-case letter.
    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is a word (starts with a letter).
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphabetic)
    }

    /// The token in lower case.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits a claim into tokens. A word keeps inner periods and hyphens ("U.S.", "a.m.",
/// "72-hour", "R-S.C."), a number keeps its commas and decimal point ("14,000", "1.375"), and
/// an apostrophe inside a word stays ("didn't"); every other character is its own token,
/// except white space, which is dropped.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if !word_char(c) {
            let end = i + c.len_utf8();
            out.push(Token {
                text: &s[i..end],
                span: i..end,
            });
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() {
            let ch = chars[j].1;
            if word_char(ch) {
                j += 1;
                continue;
            }
            // Inner joiners: "U.S.", "1.375", "14,000", "72-hour", "didn't", "it’s".
            let next_is_word = chars.get(j + 1).is_some_and(|x| word_char(x.1));
            let prev_digit = chars[j - 1].1.is_ascii_digit();
            let next_digit = chars.get(j + 1).is_some_and(|x| x.1.is_ascii_digit());
            let joins = match ch {
                '.' => {
                    next_is_word
                        && (prev_digit && next_digit
                            || !prev_digit
                                && !next_digit
                                && chars[j - 1].1.is_alphabetic()
                                && is_short_run(&chars, j))
                }
                ',' => {
                    prev_digit
                        && next_digit
                        && chars.get(j + 3).is_some_and(|x| x.1.is_ascii_digit())
                        && !chars.get(j + 4).is_some_and(|x| x.1.is_ascii_digit())
                }
                '-' | '\'' | '’' => next_is_word,
                _ => false,
            };
            if joins {
                j += 1;
            } else {
                break;
            }
        }
        // A trailing period of an abbreviation with inner periods ("U.S.", "a.m.").
        let mut end = chars.get(j).map_or(s.len(), |x| x.0);
        let with_period = chars.get(j).is_some_and(|x| x.1 == '.')
            && s[i..end].contains('.')
            && !s[i..end].starts_with(|c: char| c.is_ascii_digit());
        if with_period {
            end += 1;
        }
        out.push(Token {
            text: &s[i..end],
            span: i..end,
        });
        k = if with_period { j + 1 } else { j };
    }
    out
}

/// Whether the letters before a period at `j` are a run of one or two letters (an
/// abbreviation piece like "U" in "U.S" or "a" in "a.m").
fn is_short_run(chars: &[(usize, char)], j: usize) -> bool {
    let mut n = 0;
    let mut k = j;
    while k > 0 && chars[k - 1].1.is_alphabetic() {
        n += 1;
        k -= 1;
    }
    n <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let rows: &[(&str, &[&str])] = &[
            ("The U.S. President", &["The", "U.S.", "President"]),
            (
                "after 1:30 a.m. Sunday",
                &["after", "1", ":", "30", "a.m.", "Sunday"],
            ),
            ("a 72-hour truce", &["a", "72-hour", "truce"]),
            ("$1.375 billion", &["$", "1.375", "billion"]),
            (
                "over 14,000 times, 3,5",
                &["over", "14,000", "times", ",", "3", ",", "5"],
            ),
            ("didn't stop.", &["didn't", "stop", "."]),
            ("Russia’s war", &["Russia’s", "war"]),
            ("R-S.C., said", &["R-S.C.", ",", "said"]),
        ];
        for (s, want) in rows {
            let got: Vec<&str> = tokenize(s).iter().map(|t| t.text).collect();
            assert_eq!(&got, want, "{s}");
            for t in tokenize(s) {
                assert_eq!(&s[t.span.clone()], t.text);
            }
        }
    }
}
