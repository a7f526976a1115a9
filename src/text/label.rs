//! Guessing an article's outlet from its own text, for the page's source labels.

/// A source label guessed from the article itself: an outlet named in parentheses in the
/// dateline ("Lakeside, March 14 (Harbour Post) —") or a short "By ..." line.
pub fn guess_label(text: &str) -> Option<String> {
    let head: String = text.chars().take(400).collect();
    for line in head.lines() {
        let l = line.trim();
        if let Some(rest) = l.strip_prefix("By ") {
            let name = rest.trim_matches(|c: char| !c.is_alphanumeric());
            if !name.is_empty() && name.split_whitespace().count() <= 4 {
                return Some(name.to_string());
            }
        }
        if let (Some(open), Some(close)) = (l.find('('), l.find(')')) {
            let after = l[close + 1..].trim_start();
            let inside = l[open + 1..close].trim();
            let dateline = after.starts_with(['—', '-', '–']) || after.starts_with(".—");
            if open < close
                && dateline
                && !inside.is_empty()
                && inside.split_whitespace().count() <= 4
            {
                return Some(inside.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let rows = [
            (
                "Lakeside, March 14 (Harbour Post) — The bridge reopened.",
                Some("Harbour Post"),
            ),
            (
                "Headline\n\nBy Agence Example\n\nText.",
                Some("Agence Example"),
            ),
            ("Moscow, May 11 (EFE).— Russia said.", Some("EFE")),
            ("The bridge (built in 1920) reopened.", None),
            ("", None),
        ];
        for (text, want) in rows {
            assert_eq!(guess_label(text).as_deref(), want, "{text}");
        }
    }
}
