//! When two stated values agree. Each rule names the general pattern it serves; anything not
//! covered by a rule is compared as equal-or-not.

use crate::extract::{
    self, DateMention, Duration, Qualifier, Quantity, QuantityKind, Tally, TimeMention,
};
use crate::matching::synonyms;

/// The range a hedged number stands for: "about 20" is 20 ± 15 %, "more than 60" is above 60,
/// "63" is 63 give or take what its rounding hides ("$43 million" covers $43,885,310).
fn interval(value: f64, precision: f64, q: Qualifier) -> (f64, f64) {
    // Rounding is not a conflict: a number written to a place value covers the whole next
    // place value ("43 million" may be a truncation of 43.9 million).
    // A whole number written to the units ("11 stops") is exact: there is nothing below the
    // units for it to have rounded away.
    let slack = if precision <= 1.0 && value.fract() == 0.0 {
        0.0
    } else {
        precision.max(0.0)
    };
    match q {
        Qualifier::Exact => (value - slack * 0.5, value + slack),
        Qualifier::About => {
            let d = (value.abs() * 0.15).max(slack);
            (value - d, value + d)
        }
        Qualifier::MoreThan | Qualifier::AtLeast => (value, f64::INFINITY),
        Qualifier::LessThan | Qualifier::AtMost => (f64::NEG_INFINITY, value + slack),
    }
}

fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// Two tallies of one vote agree when they give the same two counts, in either order ("7 to 2"
/// and "2-7" against): a tally is exact, with no rounding to allow for.
pub fn tallies_agree(a: &Tally, b: &Tally) -> bool {
    let sorted = |t: &Tally| (t.pair.0.max(t.pair.1), t.pair.0.min(t.pair.1));
    sorted(a) == sorted(b)
}

/// Whether two quantities can be compared at all: same kind and same unit or counted noun.
pub fn comparable_quantities(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind && a.unit == b.unit
}

/// Whether two comparable quantities measure the same thing. A count names what it counts;
/// an amount (money, a share) does not, so it needs a word in common around it:
/// "$750,000 in campaign cash" and "a $43,000 Rolex watch" are amounts of two things, and
/// differing amounts of two things are no conflict.
pub fn same_thing(a: &Quantity, b: &Quantity) -> bool {
    a.kind != QuantityKind::Amount || related(&a.context, &b.context)
}

/// Whether the words around two values can be about the same thing: one of them says nothing
/// (nothing to tell them apart), or they share a word or a synonym ("talks" and
/// "negotiations").
fn related(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| same_word(x, y)))
}

/// The same stem, or stems with a common sense.
fn same_word(a: &str, b: &str) -> bool {
    a == b || synonyms::synonymous(a, b)
}

/// Two comparable quantities agree when the ranges their wording allows overlap.
pub fn quantities_agree(a: &Quantity, b: &Quantity) -> bool {
    overlap(
        interval(a.value, a.precision, a.qualifier),
        interval(b.value, b.precision, b.qualifier),
    )
}

/// Durations are compared only when both say what lasts that long and it is the same thing
/// ("a 30-day ceasefire" and "a three-year war" are about different things; "met for an hour"
/// and "three weeks left" too).
pub fn comparable_durations(a: &Duration, b: &Duration) -> bool {
    !a.of.is_empty() && a.of == b.of
}

/// Durations agree when equal within 5 % (72 hours is three days), or when hedges allow it.
pub fn durations_agree(a: &Duration, b: &Duration) -> bool {
    let tol = |d: &Duration| match d.qualifier {
        Qualifier::About => d.seconds * 0.2,
        _ => d.seconds * 0.05,
    };
    overlap(
        interval(a.seconds, tol(a), a.qualifier),
        interval(b.seconds, tol(b), b.qualifier),
    )
}

/// Times of day agree within a quarter of an hour, or half an hour when either is hedged
/// with "about". "After 1:00" and "after 1:30" name different moments, so "after"/"before"
/// anchor the time rather than open an unbounded range.
pub fn times_agree(a: &TimeMention, b: &TimeMention) -> bool {
    let d = (i32::from(a.minutes) - i32::from(b.minutes)).abs();
    let d = d.min(24 * 60 - d);
    let tol = if a.qualifier == Qualifier::About || b.qualifier == Qualifier::About {
        30
    } else {
        14
    };
    d <= tol
}

/// Dates agree when every field both state is equal. A weekday agrees with a full date that
/// falls on it (May 15, 2025 was a Thursday), and a vaguer date with a more specific one
/// ("May 2025" and "May 15").
pub fn dates_agree(a: &DateMention, b: &DateMention) -> bool {
    let (x, y) = (a.date, b.date);
    let same = |p: Option<i32>, q: Option<i32>| p.is_none() || q.is_none() || p == q;
    if !same(x.year, y.year)
        || !same(x.month.map(i32::from), y.month.map(i32::from))
        || !same(x.day.map(i32::from), y.day.map(i32::from))
    {
        return false;
    }
    let wd = |m: &DateMention| m.weekday.or_else(|| extract::weekday_of(m.date));
    match (wd(a), wd(b)) {
        (Some(p), Some(q)) => p == q,
        _ => true,
    }
}

/// Whether two date mentions can be compared: both give a day of a month, or neither does
/// and both give a weekday, or both give a month or a year alone. A bare weekday next to a
/// full date often names another day of the same story (the day a statement was made beside
/// the day of the event), so the two forms are not compared.
pub fn comparable_dates(a: &DateMention, b: &DateMention) -> bool {
    let form = |d: &DateMention| {
        if d.date.day.is_some() {
            0
        } else if d.weekday.is_some() {
            1
        } else if d.date.month.is_some() {
            2
        } else {
            3
        }
    };
    // A date dates an event: two dates next to different verbs ("released Friday", "resigned
    // Monday") or among different words ("a strike beginning March 3", "talks in Geneva on
    // March 5") are the dates of two events, not two accounts of one.
    let same_event = match (&a.action, &b.action) {
        (Some(x), Some(y)) => same_word(x, y),
        _ => true,
    };
    form(a) == form(b) && same_event && related(&a.context, &b.context)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Date, QuantityKind};

    fn q(value: f64, precision: f64, qualifier: Qualifier) -> Quantity {
        Quantity {
            value,
            unit: "country".into(),
            kind: QuantityKind::Count,
            qualifier,
            precision,
            span: 0..0,
            context: Vec::new(),
        }
    }

    #[test]
    fn amounts_of_different_things() {
        let amount = |context: &[&str]| Quantity {
            kind: QuantityKind::Amount,
            context: context.iter().map(|w| w.to_string()).collect(),
            ..q(1.0, 1.0, Qualifier::Exact)
        };
        // (a's context, b's context, same thing?)
        for (a, b, want) in [
            (
                &["spent", "campaign", "cash"][..],
                &["rolex", "watch"][..],
                false,
            ),
            (&["railing", "cost"][..], &["cost", "year"][..], true),
            // nothing around one of them: assume the same thing
            (&[][..], &["rolex"][..], true),
        ] {
            assert_eq!(same_thing(&amount(a), &amount(b)), want, "{a:?} {b:?}");
        }
        // counts name what they count already
        let mut c = amount(&["x"]);
        c.kind = QuantityKind::Count;
        let mut d = amount(&["y"]);
        d.kind = QuantityKind::Count;
        assert!(same_thing(&c, &d));
    }

    #[test]
    fn tallies() {
        let t = |a: u32, b: u32| Tally {
            pair: (a, b),
            span: 0..0,
        };
        // (a, b, agree?)
        for (a, b, want) in [
            (t(7, 2), t(7, 2), true),
            // the order of writing does not change the vote
            (t(7, 2), t(2, 7), true),
            // a different split is a different vote
            (t(7, 2), t(6, 3), false),
            (t(52, 48), t(51, 49), false),
        ] {
            assert_eq!(tallies_agree(&a, &b), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn quantities() {
        use Qualifier::*;
        // (a, b, agree?) — each row one general pattern
        let rows = [
            // rounding is not a conflict
            (q(43e6, 1e6, Exact), q(43_885_310.0, 1.0, Exact), true),
            // a lower bound covers a value above it
            (q(60.0, 1.0, MoreThan), q(63.0, 1.0, Exact), true),
            // hedged counts far apart do conflict
            (q(20.0, 1.0, About), q(30.0, 1.0, About), false),
            // hedged counts close together do not
            (q(100.0, 1.0, About), q(110.0, 1.0, Exact), true),
            // exact different counts conflict
            (q(3.0, 1.0, Exact), q(5.0, 1.0, Exact), false),
            // even when they are neighbours: a whole count has no rounding to hide
            (q(11.0, 1.0, Exact), q(12.0, 1.0, Exact), false),
            // a decimal covers what its last place may have truncated
            (q(4.5e6, 1e5, Exact), q(4_560_000.0, 1.0, Exact), true),
            // a round figure in thousands covers the exact count below its next step
            (q(14_000.0, 1000.0, Exact), q(14_350.0, 1.0, Exact), true),
            // an upper bound and a value above it conflict
            (q(50.0, 1.0, LessThan), q(80.0, 1.0, Exact), false),
        ];
        for (i, (a, b, want)) in rows.iter().enumerate() {
            assert_eq!(quantities_agree(a, b), *want, "row {i}");
            assert_eq!(quantities_agree(b, a), *want, "row {i} reversed");
        }
    }

    #[test]
    fn durations_and_times() {
        let d = |h: f64| Duration {
            seconds: h * 3600.0,
            of: String::new(),
            qualifier: Qualifier::Exact,
            span: 0..0,
        };
        // 72 hours is three days
        assert!(durations_agree(&d(72.0), &d(3.0 * 24.0)));
        assert!(!durations_agree(&d(72.0), &d(48.0)));
        let t = |m: u16, qualifier| TimeMention {
            minutes: m,
            qualifier,
            span: 0..0,
        };
        assert!(!times_agree(
            &t(60, Qualifier::MoreThan),
            &t(90, Qualifier::MoreThan)
        ));
        assert!(times_agree(
            &t(60, Qualifier::Exact),
            &t(65, Qualifier::Exact)
        ));
        assert!(times_agree(
            &t(60, Qualifier::About),
            &t(85, Qualifier::Exact)
        ));
        // midnight wraps around
        assert!(times_agree(
            &t(1435, Qualifier::Exact),
            &t(2, Qualifier::Exact)
        ));
    }

    #[test]
    fn dates() {
        let dm = |y: Option<i32>, m: Option<u8>, d: Option<u8>, w: Option<u8>| DateMention {
            date: Date {
                year: y,
                month: m,
                day: d,
            },
            weekday: w,
            span: 0..0,
            action: None,
            context: Vec::new(),
        };
        assert!(dates_agree(
            &dm(Some(2025), Some(5), Some(15), None),
            &dm(None, Some(5), Some(15), Some(3))
        ));
        assert!(!dates_agree(
            &dm(Some(2025), Some(5), Some(15), None),
            &dm(Some(2025), Some(5), Some(16), None)
        ));
        // a vaguer date agrees with a more specific one
        assert!(dates_agree(
            &dm(Some(2022), Some(3), None, None),
            &dm(Some(2022), Some(3), Some(29), None)
        ));
        assert!(!dates_agree(
            &dm(None, None, None, Some(0)),
            &dm(None, None, None, Some(6))
        ));
    }

    #[test]
    fn dates_of_different_events_are_not_compared() {
        let on = |w: u8, action: Option<&str>| DateMention {
            date: Date::default(),
            weekday: Some(w),
            span: 0..0,
            action: action.map(str::to_string),
            context: Vec::new(),
        };
        // (a, b, comparable?)
        for (a, b, want) in [
            // the same event on two days: compared (and they will disagree)
            (on(4, Some("collaps")), on(5, Some("collaps")), true),
            // "apologized Friday", "resigned Monday": two events
            (on(4, Some("apolog")), on(0, Some("resign")), false),
            // one side names no verb: the benefit of the doubt
            (on(4, None), on(0, Some("resign")), true),
            // synonymous verbs date one event ("started Monday", "began Tuesday")
            (on(0, Some("start")), on(1, Some("commenc")), true),
        ] {
            assert_eq!(comparable_dates(&a, &b), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn dates_among_different_words_are_not_compared() {
        let around = |words: &[&str]| DateMention {
            date: Date {
                year: Some(2025),
                month: Some(5),
                day: Some(12),
            },
            weekday: None,
            span: 0..0,
            action: None,
            context: words.iter().map(|w| w.to_string()).collect(),
        };
        // (words around a, words around b, comparable?)
        for (a, b, want) in [
            // "a ceasefire beginning May 12", "talks in Istanbul on May 15": two events
            (
                &["ceasefire", "begin"][..],
                &["istanbul", "hour"][..],
                false,
            ),
            // "a ceasefire starting May 13": the same event
            (
                &["ceasefire", "begin"][..],
                &["ceasefire", "start"][..],
                true,
            ),
            // only a synonym in common: "talks on May 15", "negotiations on May 16"
            (&["talk"][..], &["negoti", "kyiv"][..], true),
            // nothing around one of them: the benefit of the doubt
            (&[][..], &["istanbul"][..], true),
        ] {
            assert_eq!(
                comparable_dates(&around(a), &around(b)),
                want,
                "{a:?} {b:?}"
            );
        }
    }
}
