//! Negation cues that govern what a claim states.
//!
//! A cue counts when it negates the claim's statement: "not", "n't", "never", "no longer",
//! "neither", "nor", "denied", "refused to". Two general patterns do not: litotes, a negated
//! verb of negative meaning ("did not rule out", "do not exclude") which affirms a
//! possibility; and a negation inside a condition ("if Russia did not agree"), which states no
//! fact.

use std::ops::Range;

use super::tokens::Token;

const NEGATIVE_VERBS: &[&str] = &[
    "rule",
    "exclude",
    "excluded",
    "deny",
    "denied",
    "reject",
    "rejected",
    "oppose",
    "opposed",
    "refuse",
    "refused",
    "dismiss",
    "dismissed",
    "doubt",
    "prevent",
    "stop",
    "hesitate",
];

const CONDITIONS: &[&str] = &["if", "unless", "whether", "lest"];

/// Spans of negation cues in a claim.
pub fn find(toks: &[Token<'_>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut in_condition = false;
    for (i, t) in toks.iter().enumerate() {
        let l = t.lower();
        if CONDITIONS.contains(&l.as_str()) {
            in_condition = true;
        }
        if matches!(t.text, "," | ";" | "." | ":" | "—") {
            in_condition = false;
        }
        let cue = match l.as_str() {
            "not" | "never" | "neither" | "nor" | "denied" | "denies" | "deny" => true,
            "no" => toks.get(i + 1).is_some_and(|n| n.lower() == "longer"),
            "refused" | "refuses" => toks.get(i + 1).is_some_and(|n| n.lower() == "to"),
            w => w.ends_with("n't") || w.ends_with("n’t"),
        };
        if !cue || in_condition {
            continue;
        }
        // "not only ... but also" is no negation.
        if toks.get(i + 1).is_some_and(|n| n.lower() == "only") {
            continue;
        }
        // Litotes: a negative verb within the next two words.
        let litotes = toks
            .iter()
            .skip(i + 1)
            .take(2)
            .any(|n| NEGATIVE_VERBS.contains(&n.lower().as_str()));
        if litotes {
            continue;
        }
        out.push(t.span.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn table() {
        // (text, cues found)
        let rows: &[(&str, &[&str])] = &[
            ("Russia did not accept the proposal.", &["not"]),
            ("He didn't attend.", &["didn't"]),
            ("Officials have never confirmed it.", &["never"]),
            ("He is no longer minister.", &["no"]),
            ("The firm refused to comment.", &["refused"]),
            ("Putin did not rule out a truce.", &[]),
            ("We do not exclude an agreement.", &[]),
            ("Sanctions follow if Russia did not agree, they said.", &[]),
            ("It was not only late but also costly.", &[]),
            ("Talks went ahead without preconditions.", &[]),
        ];
        for (s, want) in rows {
            let got: Vec<&str> = find(&tokenize(s)).into_iter().map(|r| &s[r]).collect();
            assert_eq!(&got, want, "{s}");
        }
    }
}
