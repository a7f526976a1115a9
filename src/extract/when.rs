//! Dates, weekdays and times of day.

use super::tokens::Token;
use super::{Context, Date, DateMention, Qualifier, TimeMention};

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A capitalised month name ("May", "Jan.", "Sept"), its number.
fn month(t: &Token<'_>) -> Option<u8> {
    if !t.capitalised() {
        return None;
    }
    let l = t.lower();
    let l = l.trim_end_matches('.');
    MONTHS.iter().find(|(m, _)| *m == l).map(|(_, n)| *n)
}

/// A weekday name, 0 = Monday.
fn weekday(t: &Token<'_>) -> Option<u8> {
    if !t.capitalised() {
        return None;
    }
    let l = t.lower();
    let l = l.trim_end_matches("'s").trim_end_matches("’s");
    WEEKDAYS.iter().position(|w| *w == l).map(|p| p as u8)
}

fn day_number(t: &Token<'_>) -> Option<u8> {
    let s = t.text.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &t.text[s.len()..];
    if !suffix.is_empty() && !matches!(suffix.to_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
        return None;
    }
    let n: u8 = s.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year(t: &Token<'_>) -> Option<i32> {
    if t.text.len() != 4 {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1800..=2100).contains(&y).then_some(y)
}

/// The day of the week of a full date (0 = Monday), by Zeller's congruence.
pub fn weekday_of(date: Date) -> Option<u8> {
    let (mut y, mut m, d) = (date.year?, i32::from(date.month?), i32::from(date.day?));
    if m < 3 {
        m += 12;
        y -= 1;
    }
    let k = y.rem_euclid(100);
    let j = y.div_euclid(100);
    let h = (d + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j).rem_euclid(7);
    // h: 0 = Saturday, 1 = Sunday, 2 = Monday, ...
    Some(((h + 5) % 7) as u8)
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The date `delta` days (-1, 0 or 1) from `d`.
fn shift(d: Date, delta: i32) -> Option<Date> {
    let (y, m, day) = (d.year?, d.month?, d.day?);
    let mut out = Date {
        year: Some(y),
        month: Some(m),
        day: Some(day),
    };
    match delta {
        1 if day < days_in_month(y, m) => out.day = Some(day + 1),
        1 if m < 12 => (out.month, out.day) = (Some(m + 1), Some(1)),
        1 => (out.year, out.month, out.day) = (Some(y + 1), Some(1), Some(1)),
        -1 if day > 1 => out.day = Some(day - 1),
        -1 if m > 1 => (out.month, out.day) = (Some(m - 1), Some(days_in_month(y, m - 1))),
        -1 => (out.year, out.month, out.day) = (Some(y - 1), Some(12), Some(31)),
        _ => {}
    }
    Some(out)
}

/// Finds dates and weekdays, marking the tokens it reads.
pub fn dates(toks: &[Token<'_>], ctx: &Context, used: &mut [bool]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let reference_year = ctx.reference_date.and_then(|d| d.year);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let mut date = Date::default();
        let mut wd = None;
        let mut end = i;
        let mut start = i;
        if let Some(w) = weekday(t) {
            wd = Some(w);
            // "Thursday, May 15"
            let mut k = i + 1;
            if toks.get(k).is_some_and(|x| x.text == ",") {
                k += 1;
            }
            if toks.get(k).and_then(month).is_some() {
                end = k;
            }
        }
        if let Some(m) = toks.get(end).and_then(month) {
            // "May 15", "May 15, 2025", "May 12th", "March 2022"
            let mut k = end + 1;
            if toks.get(k).map(|x| x.text) == Some(".") {
                k += 1;
            }
            if let Some(d) = toks.get(k).and_then(day_number) {
                date.month = Some(m);
                date.day = Some(d);
                end = k;
                let mut y = k + 1;
                if toks.get(y).is_some_and(|x| x.text == ",") {
                    y += 1;
                }
                if let Some(yr) = toks.get(y).and_then(year) {
                    date.year = Some(yr);
                    end = y;
                }
            } else if let Some(yr) = toks.get(k).and_then(year) {
                date.month = Some(m);
                date.year = Some(yr);
                end = k;
            } else if wd.is_none() {
                i += 1;
                continue;
            }
        } else if let (Some(d), Some(m)) = (day_number(t), toks.get(i + 1).and_then(month)) {
            // "15 May 2025"
            date.day = Some(d);
            date.month = Some(m);
            end = i + 1;
            if let Some(yr) = toks.get(i + 2).and_then(year) {
                date.year = Some(yr);
                end = i + 2;
            }
        } else if wd.is_none() {
            let l = t.lower();
            let rel = match l.as_str() {
                "today" | "tonight" => Some(0),
                "tomorrow" => Some(1),
                "yesterday" => Some(-1),
                _ => None,
            };
            if let Some(delta) = rel.and_then(|d| ctx.reference_date.and_then(|r| shift(r, d))) {
                out.push(DateMention {
                    weekday: weekday_of(delta),
                    date: delta,
                    span: t.span.clone(),
                    action: None,
                    context: Vec::new(),
                });
                used[i] = true;
                i += 1;
                continue;
            }
            // "in 2022", "since 1998": a year alone, after a preposition.
            if let Some(yr) = year(t) {
                let prev = i
                    .checked_sub(1)
                    .map(|p| toks[p].lower())
                    .unwrap_or_default();
                if matches!(
                    prev.as_str(),
                    "in" | "since" | "by" | "until" | "of" | "from" | "during" | "before" | "after"
                ) {
                    out.push(DateMention {
                        date: Date {
                            year: Some(yr),
                            ..Date::default()
                        },
                        weekday: None,
                        span: t.span.clone(),
                        action: None,
                        context: Vec::new(),
                    });
                    used[i] = true;
                }
            }
            i += 1;
            continue;
        }
        if date.year.is_none() && date.month.is_some() {
            date.year = reference_year;
        }
        if wd.is_some() && date.day.is_none() {
            start = i;
        }
        for u in used.iter_mut().take(end + 1).skip(start) {
            *u = true;
        }
        out.push(DateMention {
            date,
            weekday: wd,
            span: toks[start].span.start..toks[end].span.end,
            action: None,
            context: Vec::new(),
        });
        i = end + 1;
    }
    out
}

/// Finds times of day, marking the tokens it reads.
pub fn times(toks: &[Token<'_>], used: &mut [bool]) -> Vec<TimeMention> {
    let mut out = Vec::new();
    let meridiem = |t: Option<&Token<'_>>| -> Option<bool> {
        match t?.lower().trim_end_matches('.') {
            "a.m" | "am" => Some(false),
            "p.m" | "pm" => Some(true),
            _ => None,
        }
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let l = t.lower();
        let mut parsed: Option<(u16, usize)> = None; // minutes, last token
        if l == "noon" || l == "midday" {
            parsed = Some((12 * 60, i));
        } else if l == "midnight" {
            parsed = Some((0, i));
        } else if let Ok(h) = t.text.parse::<u16>() {
            if toks.get(i + 1).is_some_and(|c| c.text == ":")
                && toks.get(i + 2).is_some_and(|m| m.text.len() == 2)
            {
                if let Ok(m) = toks[i + 2].text.parse::<u16>() {
                    if h <= 23 && m <= 59 {
                        match meridiem(toks.get(i + 3)) {
                            Some(pm) if (1..=12).contains(&h) => {
                                parsed = Some((to_24(h, pm) * 60 + m, i + 3))
                            }
                            None => parsed = Some((h * 60 + m, i + 2)),
                            _ => {}
                        }
                    }
                }
            } else if let Some(pm) = meridiem(toks.get(i + 1)) {
                if (1..=12).contains(&h) {
                    parsed = Some((to_24(h, pm) * 60, i + 1));
                }
            }
        } else if let Some(h) = l
            .strip_suffix("am")
            .or_else(|| l.strip_suffix("pm"))
            .and_then(|n| n.parse::<u16>().ok())
        {
            if (1..=12).contains(&h) {
                parsed = Some((to_24(h, l.ends_with("pm")) * 60, i));
            }
        }
        let Some((minutes, last)) = parsed else {
            i += 1;
            continue;
        };
        let prev = |k: usize| {
            i.checked_sub(k)
                .map(|p| toks[p].lower())
                .unwrap_or_default()
        };
        let (qualifier, start) = match prev(1).as_str() {
            "after" | "past" => (Qualifier::MoreThan, i - 1),
            "before" | "until" | "by" => (Qualifier::LessThan, i - 1),
            "about" | "around" | "approximately" | "roughly" | "nearly" => {
                (Qualifier::About, i - 1)
            }
            _ => (Qualifier::Exact, i),
        };
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        out.push(TimeMention {
            minutes,
            qualifier,
            span: toks[start].span.start..toks[last].span.end,
        });
        i = last + 1;
    }
    out
}

fn to_24(h: u16, pm: bool) -> u16 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// The article's own date: the first full date among its first lines, else the first month
/// and day there.
pub fn reference_date(raw: &str) -> Option<Date> {
    let mut end = raw.len().min(1500);
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let head = &raw[..end];
    // ISO dates: "2010-07-02".
    for (i, _) in head.match_indices('-') {
        if i >= 4 && head.len() >= i + 6 {
            let (Some(y), Some(rest)) = (head.get(i - 4..i), head.get(i + 1..)) else {
                continue;
            };
            if let (Ok(y), Some((m, d))) = (
                y.parse::<i32>(),
                rest.get(..5).and_then(|r| r.split_once('-')),
            ) {
                if let (Ok(m), Ok(d)) = (m.parse::<u8>(), d.get(..2).unwrap_or("").parse::<u8>()) {
                    if (1800..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
                    {
                        return Some(Date {
                            year: Some(y),
                            month: Some(m),
                            day: Some(d),
                        });
                    }
                }
            }
        }
    }
    let toks = super::tokens::tokenize(head);
    let mut used = vec![false; toks.len()];
    let found = dates(&toks, &Context::default(), &mut used);
    found
        .iter()
        .find(|d| d.date.year.is_some() && d.date.day.is_some())
        .or_else(|| found.iter().find(|d| d.date.day.is_some()))
        .map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn d(y: Option<i32>, m: u8, day: u8) -> Date {
        Date {
            year: y,
            month: Some(m),
            day: Some(day),
        }
    }

    #[test]
    fn weekdays_of_dates() {
        // (date, weekday 0 = Monday)
        let rows = [
            (d(Some(2025), 5, 15), 3),
            (d(Some(2025), 5, 12), 0),
            (d(Some(2000), 1, 1), 5),
            (d(Some(2024), 2, 29), 3),
        ];
        for (date, want) in rows {
            assert_eq!(weekday_of(date), Some(want), "{date:?}");
        }
    }

    #[test]
    fn dates_in_claims() {
        let ctx = Context {
            reference_date: Some(d(Some(2025), 5, 11)),
        };
        // (text, date, weekday, span)
        let rows: &[(&str, Date, Option<u8>, &str)] = &[
            (
                "talks on Thursday, May 15 in Istanbul",
                d(Some(2025), 5, 15),
                Some(3),
                "Thursday, May 15",
            ),
            ("beginning May 12.", d(Some(2025), 5, 12), None, "May 12"),
            (
                "starting tomorrow, May 12th, and",
                d(Some(2025), 5, 12),
                Some(0),
                "tomorrow",
            ),
            (
                "on May 15, 2024 they",
                d(Some(2024), 5, 15),
                None,
                "May 15, 2024",
            ),
            (
                "on 3 March 2022 it",
                d(Some(2022), 3, 3),
                None,
                "3 March 2022",
            ),
            ("on Jan. 5 it", d(Some(2025), 1, 5), None, "Jan. 5"),
            (
                "this Thursday in Istanbul",
                Date::default(),
                Some(3),
                "Thursday",
            ),
            (
                "in March 2022 shortly",
                Date {
                    year: Some(2022),
                    month: Some(3),
                    day: None,
                },
                None,
                "March 2022",
            ),
            (
                "talks broke off in 2022",
                Date {
                    year: Some(2022),
                    month: None,
                    day: None,
                },
                None,
                "2022",
            ),
        ];
        for (s, date, wd, span) in rows {
            let toks = tokenize(s);
            let mut used = vec![false; toks.len()];
            let got = dates(&toks, &ctx, &mut used);
            assert!(!got.is_empty(), "{s}");
            assert_eq!((got[0].date, got[0].weekday), (*date, *wd), "{s}");
            assert_eq!(&s[got[0].span.clone()], *span, "{s}");
        }
        // "may" the verb is no month
        let toks = tokenize("they may 5 times");
        assert!(dates(&toks, &ctx, &mut vec![false; toks.len()]).is_empty());
    }

    #[test]
    fn times_in_claims() {
        let rows: &[(&str, u16, Qualifier, &str)] = &[
            (
                "delivered after 1:00 a.m. in the Kremlin",
                60,
                Qualifier::MoreThan,
                "after 1:00 a.m.",
            ),
            (
                "after 1:30 a.m. Sunday",
                90,
                Qualifier::MoreThan,
                "after 1:30 a.m.",
            ),
            ("at 10 p.m. local", 22 * 60, Qualifier::Exact, "10 p.m."),
            ("at 22:15 GMT", 22 * 60 + 15, Qualifier::Exact, "22:15"),
            ("before noon", 12 * 60, Qualifier::LessThan, "before noon"),
            ("around 9pm", 21 * 60, Qualifier::About, "around 9pm"),
        ];
        for (s, m, q, span) in rows {
            let toks = tokenize(s);
            let got = times(&toks, &mut vec![false; toks.len()]);
            assert_eq!(got.len(), 1, "{s}");
            assert_eq!((got[0].minutes, got[0].qualifier), (*m, *q), "{s}");
            assert_eq!(&s[got[0].span.clone()], *span);
        }
    }

    #[test]
    fn reference_dates() {
        assert_eq!(
            reference_date("Headline\n\nMay 11, 2025\n\nBody."),
            Some(d(Some(2025), 5, 11))
        );
        assert_eq!(
            reference_date("Moscow, May 11 (EFE).— Russia"),
            Some(d(None, 5, 11))
        );
        assert_eq!(
            reference_date("Posted 2010-07-02 by staff"),
            Some(d(Some(2010), 7, 2))
        );
        assert_eq!(reference_date("No date here."), None);
    }
}

/// Past-tense forms that do not end in "-ed": the common irregular verbs of news reports.
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "met", "held", "took", "made", "gave", "began", "left", "won", "lost", "went",
    "came", "spoke", "wrote", "saw", "sent", "got", "found", "put", "struck", "fell", "rose",
    "ran", "broke", "brought", "bought", "thought", "fought", "sought", "chose", "drove", "flew",
    "grew", "knew", "threw", "hit", "led", "fled", "paid", "sold", "stood", "became", "felt",
    "kept", "meant", "built", "spent", "sank", "drew", "shook", "wore", "hid", "quit", "says",
    "tells",
];

/// Words ending in "-ed" that are not verbs.
const NOT_VERBS: &[&str] = &[
    "hundred", "need", "speed", "feed", "seed", "shed", "bed", "red", "steed",
];

/// How many tokens either side of a date its verb may stand.
const ACTION_WINDOW: usize = 4;

fn past_verb(t: &Token<'_>) -> bool {
    if t.capitalised() || !t.is_word() {
        return false;
    }
    let l = t.lower();
    IRREGULAR_PAST.contains(&l.as_str())
        || (l.len() >= 5 && l.ends_with("ed") && !NOT_VERBS.contains(&l.as_str()))
}

/// The action a date is attached to: the nearest verb in the past tense within a few tokens
/// of it, not crossing a sentence's punctuation other than a comma, stemmed. Dates are
/// attached to events ("a poll released Friday", "the president clarified by Saturday"), and
/// two dates of different events do not contradict each other.
pub fn action_near(toks: &[Token<'_>], span: &std::ops::Range<usize>) -> Option<String> {
    let first = toks.iter().position(|t| t.span.end > span.start)?;
    let last = toks.iter().rposition(|t| t.span.start < span.end)?;
    let stop = |t: &Token<'_>| {
        matches!(
            t.text,
            ";" | ":" | "." | "—" | "–" | "(" | ")" | "\"" | "“" | "”"
        )
    };
    let mut best: Option<(usize, &Token<'_>)> = None;
    for (dist, k) in (1..=ACTION_WINDOW).filter_map(|d| first.checked_sub(d).map(|k| (d, k))) {
        if stop(&toks[k]) {
            break;
        }
        if past_verb(&toks[k]) {
            best = Some((dist, &toks[k]));
            break;
        }
    }
    for dist in 1..=ACTION_WINDOW {
        let Some(t) = toks.get(last + dist) else {
            break;
        };
        if stop(t) || best.is_some_and(|(d, _)| d <= dist) {
            break;
        }
        if past_verb(t) {
            best = Some((dist, t));
            break;
        }
    }
    best.map(|(_, t)| crate::text::normalize::stem(&t.lower()))
}

#[cfg(test)]
mod action_tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn the_verb_next_to_a_date() {
        // (claim, the date's text, its action's stem)
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "A poll released Friday shows support.",
                "Friday",
                Some("releas"),
            ),
            (
                "By Saturday, the president clarified his remarks.",
                "Saturday",
                Some("clarify"),
            ),
            (
                "A staffer on Friday apologized for the post.",
                "Friday",
                Some("apologiz"),
            ),
            (
                "The aide resigned Monday after the post spread.",
                "Monday",
                Some("resign"),
            ),
            (
                "Rep. King said Thursday that the bill failed.",
                "Thursday",
                Some("said"),
            ),
            // the nearer verb wins
            (
                "The bridge collapsed on Saturday, injured dozens.",
                "Saturday",
                Some("collaps"),
            ),
            // a future event names no past action
            (
                "The leaders will meet on Thursday in Istanbul.",
                "Thursday",
                None,
            ),
        ];
        for (claim, date, want) in rows {
            let toks = tokenize(claim);
            let at = claim.find(date).unwrap();
            let got = action_near(&toks, &(at..at + date.len()));
            assert_eq!(got.as_deref(), *want, "{claim}");
        }
    }
}
