//! Word normalisation for matching: tokens, case and diacritic folding, contractions, stems.

use crate::extract::name_key;

/// Function words: kept for matching but weighted low.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
    "your", "him", "them", "us", "as", "will", "would", "can", "could", "has", "have", "had", "do",
    "does", "did", "so", "if", "there", "then", "than", "what", "which", "who", "whom", "whose",
    "also", "into", "about", "after", "before", "over", "up", "out", "said", "says", "say", "s",
    "t", "just", "very", "more", "most", "some", "any", "all", "such", "may", "might", "should",
    "shall", "must", "one", "other", "when", "while", "where", "how", "why", "because", "since",
    "been", "am", "only", "own", "same",
];

/// Whether a normalised word is a function word.
pub fn is_stop(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// Past tenses and participles of irregular English verbs, with their base form: "began"
/// and "begins" must meet as "started" and "starts" do. Forms that are as often another word
/// ("left", "found", "saw", "felt", "rose", "lay", "ground", "spoke") are left out. Sorted by
/// form, for a binary search.
#[rustfmt::skip]
const IRREGULAR: &[(&str, &str)] = &[
    ("arisen", "arise"), ("arose", "arise"), ("ate", "eat"), ("became", "become"),
    ("began", "begin"), ("begun", "begin"), ("bent", "bend"), ("bit", "bite"), ("bitten", "bite"),
    ("blew", "blow"), ("blown", "blow"), ("bought", "buy"), ("broke", "break"),
    ("broken", "break"), ("brought", "bring"), ("built", "build"), ("burnt", "burn"),
    ("came", "come"), ("caught", "catch"), ("chose", "choose"), ("chosen", "choose"),
    ("dealt", "deal"), ("did", "do"), ("done", "do"), ("drank", "drink"), ("drawn", "draw"),
    ("drew", "draw"), ("driven", "drive"), ("drove", "drive"), ("drunk", "drink"), ("dug", "dig"),
    ("eaten", "eat"), ("fallen", "fall"), ("fed", "feed"), ("fell", "fall"), ("fled", "flee"),
    ("flew", "fly"), ("flown", "fly"), ("forgot", "forget"), ("forgotten", "forget"),
    ("fought", "fight"), ("froze", "freeze"), ("frozen", "freeze"), ("gave", "give"),
    ("given", "give"), ("gone", "go"), ("grew", "grow"), ("grown", "grow"), ("heard", "hear"),
    ("held", "hold"), ("hid", "hide"), ("hidden", "hide"), ("hung", "hang"), ("kept", "keep"),
    ("knew", "know"), ("known", "know"), ("laid", "lay"), ("led", "lead"), ("lent", "lend"),
    ("lit", "light"), ("lost", "lose"), ("made", "make"), ("meant", "mean"), ("met", "meet"),
    ("paid", "pay"), ("ran", "run"), ("rang", "ring"), ("ridden", "ride"), ("risen", "rise"),
    ("rode", "ride"), ("rung", "ring"), ("sang", "sing"), ("sank", "sink"), ("sat", "sit"),
    ("sent", "send"), ("shaken", "shake"), ("shook", "shake"), ("shot", "shoot"),
    ("shown", "show"), ("shrank", "shrink"), ("slept", "sleep"), ("slid", "slide"),
    ("sold", "sell"), ("sought", "seek"), ("spent", "spend"), ("sprang", "spring"),
    ("spun", "spin"), ("stole", "steal"), ("stolen", "steal"), ("stood", "stand"),
    ("struck", "strike"), ("stuck", "stick"), ("stung", "sting"), ("sung", "sing"),
    ("sunk", "sink"), ("swam", "swim"), ("swore", "swear"), ("sworn", "swear"), ("swum", "swim"),
    ("swung", "swing"), ("taken", "take"), ("taught", "teach"), ("thought", "think"),
    ("threw", "throw"), ("thrown", "throw"), ("took", "take"), ("tore", "tear"), ("torn", "tear"),
    ("understood", "understand"), ("went", "go"), ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"), ("woke", "wake"), ("woken", "wake"), ("won", "win"),
    ("wore", "wear"), ("worn", "wear"), ("wove", "weave"), ("woven", "weave"),
    ("written", "write"), ("wrote", "write"),
];

/// A light suffix stripper in the manner of Porter's first steps: plurals, "-ing", "-ed",
/// "-ly", "-ment", "-ness", "-ation"; never below four letters. An irregular verb's past
/// forms give its base form ("began" → "begin").
pub fn stem(w: &str) -> String {
    // No irregular form longer than four letters ends as a regular inflection does, so those
    // words skip the look-up.
    let regular = w.len() > 4 && (w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing"));
    if !regular {
        if let Ok(k) = IRREGULAR.binary_search_by(|(form, _)| (*form).cmp(w)) {
            return IRREGULAR[k].1.to_string();
        }
    }
    let n = w.chars().count();
    if n <= 4 || !w.is_ascii() {
        return w.to_string();
    }
    for (suffix, min_left) in [
        ("ations", 4),
        ("ation", 4),
        ("ments", 4),
        ("ment", 4),
        ("ness", 4),
        ("ingly", 4),
        ("ings", 4),
        ("ing", 4),
        ("ies", 3),
        ("ied", 3),
        ("edly", 4),
        ("ed", 4),
        ("ly", 4),
        ("es", 4),
        ("s", 4),
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= min_left
                && !(suffix == "s"
                    && (base.ends_with('s') || base.ends_with('u') || base.ends_with('i')))
            {
                let base = if suffix == "ies" || suffix == "ied" {
                    format!("{base}y")
                } else {
                    base.to_string()
                };
                // "stopped" → "stop": undo a doubled final consonant.
                let b = base.as_bytes();
                if (suffix == "ed" || suffix == "ing")
                    && b.len() >= 2
                    && b[b.len() - 1] == b[b.len() - 2]
                    && !b"lsz".contains(&b[b.len() - 1])
                {
                    return base[..base.len() - 1].to_string();
                }
                return base;
            }
        }
    }
    w.to_string()
}

/// Splits text into normalised words: lower case, diacritics folded, possessives dropped,
/// "n't" read as "not", hyphenated compounds split.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let raw = raw.trim_matches(['\'', '’']);
        if raw.is_empty() {
            continue;
        }
        let lower = raw.to_lowercase().replace('’', "'");
        if let Some(base) = lower.strip_suffix("n't") {
            let base = match base {
                "wo" => "will",
                "ca" => "can",
                "sha" => "shall",
                b => b,
            };
            if !base.is_empty() {
                out.push(name_key(base));
            }
            out.push("not".to_string());
            continue;
        }
        let lower = lower.strip_suffix("'s").unwrap_or(&lower);
        let lower = lower.split('\'').next().unwrap_or(lower);
        let key = name_key(lower);
        if !key.is_empty() {
            out.push(key);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_verbs_give_their_base_form() {
        assert!(IRREGULAR.windows(2).all(|p| p[0].0 < p[1].0), "sorted");
        // what lets stem() skip the look-up for regular inflections
        for (form, _) in IRREGULAR.iter().filter(|(f, _)| f.len() > 4) {
            assert!(
                !["s", "ed", "ing"].iter().any(|x| form.ends_with(x)),
                "{form}"
            );
        }
        for (w, want) in [
            ("began", "begin"),
            ("begun", "begin"),
            ("fled", "flee"),
            ("won", "win"),
        ] {
            assert_eq!(stem(w), want, "{w}");
        }
        // a form that is as often another word is not taken for a verb
        assert_eq!(stem("left"), "left");
    }

    #[test]
    fn stems() {
        let rows = [
            ("negotiations", "negoti"),
            ("talks", "talk"),
            ("proposed", "propos"),
            ("proposal", "proposal"),
            ("stopped", "stop"),
            ("countries", "country"),
            ("ceasefire", "ceasefire"),
            ("news", "news"),
            ("sanctions", "sanction"),
            ("was", "was"),
            ("discussions", "discussion"),
        ];
        for (w, want) in rows {
            assert_eq!(stem(w), want, "{w}");
        }
    }

    #[test]
    fn word_lists() {
        let rows: &[(&str, &[&str])] = &[
            ("Erdoğan didn't go.", &["erdogan", "did", "not", "go"]),
            ("Russia’s 30-day truce", &["rusia", "30", "day", "truce"]),
            ("Zelenskyy's office", &["zelensky", "ofice"]),
            ("", &[]),
        ];
        for (s, want) in rows {
            assert_eq!(&words(s), want, "{s}");
        }
    }
}
