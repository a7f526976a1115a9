//! Quantities and durations: "about 30 countries", "more than 100 drones", "$1.375 billion",
//! "90-plus percent", "72-hour", "three days".

use super::tokens::Token;
use super::{Duration, Qualifier, Quantity, QuantityKind};

const SMALL: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("a", 1.0),
    ("an", 1.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
    ("k", 1e3),
];

/// Units of time, in seconds.
const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0),
    ("minute", 60.0),
    ("hour", 3600.0),
    ("day", 86400.0),
    ("week", 604800.0),
    ("fortnight", 1_209_600.0),
    ("month", 2_592_000.0),
    ("year", 31_536_000.0),
    ("decade", 315_360_000.0),
];

/// Words that end a counted noun phrase.
const PHRASE_END: &[&str] = &[
    "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or", "but", "the", "a",
    "an", "who", "that", "which", "have", "has", "had", "were", "was", "are", "is", "be", "across",
    "into", "over", "under", "since", "after", "before", "during", "than", "as", "per", "a.m.",
    "p.m.", "ago", "later", "earlier", "each", "apiece", "more", "less",
];

/// The value of a numeral token: digits with commas and a decimal point, or a number word.
pub fn numeral(t: &str) -> Option<(f64, f64)> {
    let lower = t.to_lowercase();
    if let Some(&(_, v)) = SMALL.iter().find(|(w, _)| *w == lower) {
        if lower == "a" || lower == "an" {
            return None; // only as a duration's count, handled there
        }
        return Some((v, 1.0));
    }
    let plain: String = t.chars().filter(|c| *c != ',').collect();
    if plain.is_empty()
        || !plain.chars().all(|c| c.is_ascii_digit() || c == '.')
        || plain.starts_with('.')
    {
        return None;
    }
    let v: f64 = plain.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    // The place value of the last significant digit.
    let precision = match plain.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        // Trailing zeros read as rounding only from the thousands ("14,000"); "30" is thirty.
        None => {
            let zeros = plain.chars().rev().take_while(|c| *c == '0').count();
            if zeros >= 3 && zeros < plain.len() {
                10f64.powi(zeros as i32)
            } else {
                1.0
            }
        }
    };
    Some((v, precision))
}

fn singular(w: &str) -> String {
    let w = w.to_lowercase();
    if let Some(s) = w.strip_suffix("ies") {
        if s.len() >= 2 {
            return format!("{s}y");
        }
    }
    for suffix in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && w.len() > 3 {
        return w[..w.len() - 1].to_string();
    }
    w
}

fn time_unit(w: &str) -> Option<f64> {
    let s = singular(w.trim_end_matches("'s").trim_end_matches("’s"));
    TIME_UNITS.iter().find(|(u, _)| *u == s).map(|(_, v)| *v)
}

/// The hedge in front of token `i`, and the index where the hedge starts.
fn qualifier_before(toks: &[Token<'_>], i: usize) -> (Qualifier, usize) {
    let w = |k: usize| toks.get(k).map(|t| t.lower()).unwrap_or_default();
    if i >= 2 {
        let two = format!("{} {}", w(i - 2), w(i - 1));
        let q = match two.as_str() {
            "more than" | "greater than" | "higher than" => Some(Qualifier::MoreThan),
            "less than" | "fewer than" | "lower than" => Some(Qualifier::LessThan),
            "at least" | "minimum of" => Some(Qualifier::AtLeast),
            "at most" | "up to" | "maximum of" => Some(Qualifier::AtMost),
            "an estimated" | "as many" => Some(Qualifier::About),
            _ => None,
        };
        if let Some(q) = q {
            let start = if i >= 3 && w(i - 3) == "a" && two.ends_with(" of") {
                i - 3
            } else {
                i - 2
            };
            return (q, start);
        }
    }
    if i >= 1 {
        let q = match w(i - 1).as_str() {
            "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some"
            | "circa" | "estimated" => Some(Qualifier::About),
            "over" | "above" | "exceeding" => Some(Qualifier::MoreThan),
            "under" | "below" => Some(Qualifier::LessThan),
            _ => None,
        };
        if let Some(q) = q {
            return (q, i - 1);
        }
    }
    (Qualifier::Exact, i)
}

/// Finds durations and quantities. `used` marks tokens already read as dates or times.
pub fn find(text: &str, toks: &[Token<'_>], used: &mut [bool]) -> (Vec<Quantity>, Vec<Duration>) {
    let mut quantities = Vec::new();
    let mut durations = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let t = &toks[i];
        // Hyphenated compounds: "72-hour", "30-day", "three-year", "90-plus".
        if let Some((num, rest)) = t.text.split_once('-') {
            let rest_l = rest.to_lowercase();
            if let Some((v, precision)) =
                numeral(num).or_else(|| (num.eq_ignore_ascii_case("a")).then_some((1.0, 1.0)))
            {
                if let Some(unit) = time_unit(&rest_l) {
                    let (q, start) = qualifier_before(toks, i);
                    durations.push(Duration {
                        seconds: v * unit,
                        of: noun_after(toks, i + 1),
                        qualifier: q,
                        span: toks[start].span.start..t.span.end,
                    });
                    used[i] = true;
                    i += 1;
                    continue;
                }
                if rest_l == "plus" {
                    let (unit, end, last) = unit_after(text, toks, i + 1);
                    quantities.push(Quantity {
                        value: v,
                        unit: unit.unwrap_or_default(),
                        kind: kind_of(last.is_some_and(|l| l == "percent")),
                        qualifier: Qualifier::MoreThan,
                        precision,
                        span: t.span.start..end.max(t.span.end),
                        context: Vec::new(),
                    });
                    mark(used, i, last_index(toks, end));
                    i += 1;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        let currency = i > 0 && matches!(toks[i - 1].text, "$" | "€" | "£" | "¥");
        let lower = t.lower();
        let value = numeral(t.text).or_else(|| {
            // "a"/"an" counts only before a time unit ("a month's ceasefire").
            ((lower == "a" || lower == "an")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| time_unit(&n.lower()).is_some()))
            .then_some((1.0, 1.0))
        });
        let Some((mut v, mut precision)) = value else {
            i += 1;
            continue;
        };
        // A year is a date, not a quantity ("in 2022"); an ordinal is neither.
        if !currency
            && t.text.len() == 4
            && !t.text.contains([',', '.'])
            && (1800.0..=2100.0).contains(&v)
        {
            i += 1;
            continue;
        }
        let (q, start_tok) = qualifier_before(toks, i);
        let mut j = i + 1;
        // Scale words: "1.375 billion", "two million".
        if let Some(&(_, scale)) = toks
            .get(j)
            .and_then(|n| SCALES.iter().find(|(w, _)| *w == n.lower()))
        {
            v *= scale;
            precision *= scale;
            j += 1;
        }
        let start = if currency {
            toks[i - 1].span.start.min(toks[start_tok].span.start)
        } else {
            toks[start_tok].span.start
        };
        // A duration: "72 hours", "three days", "a month's".
        if let Some(unit) = toks.get(j).and_then(|n| time_unit(&n.lower())) {
            let of = if toks.get(j + 1).is_some_and(|t| t.lower() == "of") {
                noun_after(toks, j + 2)
            } else {
                String::new()
            };
            durations.push(Duration {
                seconds: v * unit,
                of,
                qualifier: q,
                span: start..toks[j].span.end,
            });
            mark(used, i, j);
            i = j + 1;
            continue;
        }
        if currency {
            quantities.push(Quantity {
                value: v,
                unit: currency_unit(toks[i - 1].text).into(),
                kind: QuantityKind::Amount,
                qualifier: q,
                precision,
                span: start..toks[j - 1].span.end,
                context: Vec::new(),
            });
            mark(used, i, j - 1);
            i = j;
            continue;
        }
        if toks.get(j).is_some_and(|n| n.text == "%") {
            quantities.push(Quantity {
                value: v,
                unit: "percent".into(),
                kind: QuantityKind::Amount,
                qualifier: q,
                precision,
                span: start..toks[j].span.end,
                context: Vec::new(),
            });
            mark(used, i, j);
            i = j + 1;
            continue;
        }
        let (unit, end, last) = unit_after(text, toks, j);
        let Some(unit) = unit else {
            i = j;
            continue;
        };
        let percent = last.is_some_and(|l| l == "percent");
        quantities.push(Quantity {
            value: v,
            unit: if percent { "percent".into() } else { unit },
            kind: kind_of(percent),
            qualifier: q,
            precision,
            span: start..end,
            context: Vec::new(),
        });
        mark(used, i, last_index(toks, end));
        i = last_index(toks, end) + 1;
    }
    (quantities, durations)
}

/// The noun a duration describes: the first lower-case content word at `k`, singular.
fn noun_after(toks: &[Token<'_>], k: usize) -> String {
    toks.get(k)
        .filter(|t| t.is_word() && !PHRASE_END.contains(&t.lower().as_str()))
        .map(|t| singular(&t.lower()))
        .unwrap_or_default()
}

fn kind_of(percent: bool) -> QuantityKind {
    if percent {
        QuantityKind::Amount
    } else {
        QuantityKind::Count
    }
}

fn currency_unit(sym: &str) -> &'static str {
    match sym {
        "$" => "usd",
        "€" => "eur",
        "£" => "gbp",
        _ => "jpy",
    }
}

fn mark(used: &mut [bool], from: usize, to: usize) {
    for u in used.iter_mut().take(to + 1).skip(from) {
        *u = true;
    }
}

fn last_index(toks: &[Token<'_>], end: usize) -> usize {
    toks.iter().rposition(|t| t.span.end <= end).unwrap_or(0)
}

/// The counted noun after a number: up to three lower-case words before a function word,
/// the last being the head ("20 other member countries of" → "country").
fn unit_after(
    _text: &str,
    toks: &[Token<'_>],
    j: usize,
) -> (Option<String>, usize, Option<String>) {
    let mut head: Option<String> = None;
    let mut end = toks.get(j.saturating_sub(1)).map_or(0, |t| t.span.end);
    for t in toks.iter().skip(j).take(3) {
        let l = t.lower();
        if !t.is_word() || t.capitalised() || PHRASE_END.contains(&l.as_str()) {
            break;
        }
        if l == "percent" || l == "per" {
            return (Some("percent".into()), t.span.end, Some("percent".into()));
        }
        // A past-tense verb after the noun ends the phrase ("three people died").
        if head.is_some() && l.ends_with("ed") {
            break;
        }
        let plural = l.ends_with('s')
            || matches!(
                l.as_str(),
                "people" | "men" | "women" | "children" | "police"
            );
        head = Some(l);
        end = t.span.end;
        // A plural noun is the head ("20 other member countries").
        if plural {
            break;
        }
    }
    let unit = head.as_deref().map(singular);
    (unit, end, head)
}

/// How many tokens either side of an amount say what it is an amount of.
const CONTEXT_WINDOW: usize = 3;

/// The stems of the content words within a few tokens of a quantity, inside its sentence
/// part (a semicolon, colon, dash or quotation mark ends it): what the quantity measures.
pub fn context_near(toks: &[Token<'_>], span: &std::ops::Range<usize>) -> Vec<String> {
    let Some(first) = toks.iter().position(|t| t.span.end > span.start) else {
        return Vec::new();
    };
    let last = toks
        .iter()
        .rposition(|t| t.span.start < span.end)
        .unwrap_or(first);
    let stop = |t: &Token<'_>| matches!(t.text, ";" | ":" | "." | "—" | "–" | "\"" | "“" | "”");
    let mut out = Vec::new();
    let mut take = |t: &Token<'_>| {
        let l = t.lower();
        if t.is_word() && !crate::text::normalize::is_stop(&l) {
            out.push(crate::text::normalize::stem(&l));
        }
    };
    let mut seen = 0;
    for k in (0..first).rev() {
        if stop(&toks[k]) || seen == CONTEXT_WINDOW {
            break;
        }
        if toks[k].is_word() {
            seen += 1;
            take(&toks[k]);
        }
    }
    seen = 0;
    for t in &toks[last + 1..] {
        if stop(t) || seen == CONTEXT_WINDOW {
            break;
        }
        if t.is_word() {
            seen += 1;
            take(t);
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn what_an_amount_measures() {
        // (claim, amount, stems around it)
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "He spent $750,000 in campaign cash on items.",
                "$750,000",
                &["campaign", "cash", "spend"],
            ),
            (
                "He bought a $43,000 Rolex watch and a cape.",
                "$43,000",
                &["buy", "rolex", "watch"],
            ),
            // a dash or a colon ends the stretch
            ("Costs: $5 million — the council said.", "$5 million", &[]),
        ];
        for (claim, amount, want) in rows {
            let toks = tokenize(claim);
            let at = claim.find(amount).unwrap();
            let got = context_near(&toks, &(at..at + amount.len()));
            let want: Vec<String> = want.iter().map(|w| w.to_string()).collect();
            assert_eq!(got, want, "{claim}");
        }
    }

    use super::super::tokens::tokenize;
    use super::*;

    fn run(s: &str) -> (Vec<Quantity>, Vec<Duration>) {
        let toks = tokenize(s);
        let mut used = vec![false; toks.len()];
        find(s, &toks, &mut used)
    }

    #[test]
    fn quantities() {
        // (text, value, unit, qualifier, precision, span text)
        let rows: &[(&str, f64, &str, Qualifier, f64, &str)] = &[
            (
                "about 30 countries have",
                30.0,
                "country",
                Qualifier::About,
                1.0,
                "about 30 countries",
            ),
            (
                "more than 100 drones across",
                100.0,
                "drone",
                Qualifier::MoreThan,
                1.0,
                "more than 100 drones",
            ),
            (
                "cost $1.375 billion.",
                1.375e9,
                "usd",
                Qualifier::Exact,
                1e6,
                "$1.375 billion",
            ),
            (
                "a 90-plus percent share",
                90.0,
                "percent",
                Qualifier::MoreThan,
                1.0,
                "90-plus percent",
            ),
            (
                "over 14,000 times",
                14000.0,
                "time",
                Qualifier::MoreThan,
                1000.0,
                "over 14,000 times",
            ),
            (
                "about 20 other member countries of",
                20.0,
                "country",
                Qualifier::About,
                1.0,
                "about 20 other member countries",
            ),
            (
                "three people died",
                3.0,
                "people",
                Qualifier::Exact,
                1.0,
                "three people",
            ),
            (
                "rose 3.5% today",
                3.5,
                "percent",
                Qualifier::Exact,
                0.1,
                "3.5%",
            ),
        ];
        for (s, v, unit, q, p, span) in rows {
            let (qs, _) = run(s);
            assert_eq!(qs.len(), 1, "{s}: {qs:?}");
            let x = &qs[0];
            assert_eq!(
                (x.value, x.unit.as_str(), x.qualifier, x.precision),
                (*v, *unit, *q, *p),
                "{s}"
            );
            assert_eq!(&s[x.span.clone()], *span, "{s}");
        }
    }

    #[test]
    fn durations() {
        let rows: &[(&str, f64, &str)] = &[
            ("a 72-hour ceasefire", 72.0 * 3600.0, "72-hour"),
            ("lasted for three days", 3.0 * 86400.0, "three days"),
            ("a month's ceasefire", 2_592_000.0, "a month's"),
            ("a 30-day truce", 30.0 * 86400.0, "30-day"),
        ];
        for (s, secs, span) in rows {
            let (qs, ds) = run(s);
            assert!(qs.is_empty(), "{s}: {qs:?}");
            assert_eq!(ds.len(), 1, "{s}");
            assert_eq!(ds[0].seconds, *secs, "{s}");
            assert_eq!(&s[ds[0].span.clone()], *span);
        }
    }

    #[test]
    fn not_quantities() {
        for s in [
            "in 2022 the war",
            "the 80th anniversary",
            "$",
            "1,2,3",
            "999999999999999999999999 stars!",
        ] {
            let (qs, ds) = run(s);
            assert!(ds.is_empty(), "{s}");
            let _ = qs;
        }
        assert!(run("in 2022 the war").0.is_empty());
    }
}
