//! Value anchors: two claims quoting the same words, or two claims that both state a value of the same kind about the same thing
//! (a time of day; a count of the same noun; a length of time) are likely reports of one fact
//! even when worded differently, which is exactly where outlets disagree on details. Such
//! pairs are grouped at a lower similarity than plain paraphrases.

use crate::extract::Features;

/// The similarity at which two claims sharing a value anchor are grouped.
pub const ANCHORED_THRESHOLD: f64 = 0.25;

/// How much a shared anchor raises a pair's priority when claims are grouped.
pub const ANCHOR_BONUS: f64 = 0.1;

/// Whether two claims state a value of the same kind and unit: both a time of day, both a
/// count of the same noun, both an amount of the same unit, or both a length of time.
pub fn share_anchor(a: &Features, b: &Features) -> bool {
    !a.quoted_words.is_empty() && a.quoted_words.iter().any(|q| b.quoted_words.contains(q))
        || (!a.times.is_empty() && !b.times.is_empty())
        || a.quantities.iter().any(|x| {
            !x.unit.is_empty()
                && b.quantities
                    .iter()
                    .any(|y| x.kind == y.kind && x.unit == y.unit)
        })
        || (!a.durations.is_empty() && !b.durations.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Qualifier, Quantity, QuantityKind, TimeMention};

    fn count(unit: &str) -> Quantity {
        Quantity {
            value: 3.0,
            unit: unit.into(),
            kind: QuantityKind::Count,
            qualifier: Qualifier::Exact,
            precision: 1.0,
            span: 0..0,
            context: Vec::new(),
        }
    }

    #[test]
    fn anchors() {
        let time = Features {
            times: vec![TimeMention {
                minutes: 60,
                qualifier: Qualifier::Exact,
                span: 0..0,
            }],
            ..Features::default()
        };
        let countries = Features {
            quantities: vec![count("country")],
            ..Features::default()
        };
        let people = Features {
            quantities: vec![count("person")],
            ..Features::default()
        };
        let none = Features::default();
        // (a, b, anchored?)
        let rows = [
            (&time, &time, true),
            (&countries, &countries, true),
            (&countries, &people, false),
            (&time, &none, false),
            (&none, &none, false),
        ];
        for (i, (a, b, want)) in rows.iter().enumerate() {
            assert_eq!(share_anchor(a, b), *want, "row {i}");
        }
    }
}
