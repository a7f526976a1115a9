//! Example articles for "Load example": four invented reports of one invented event (a
//! footbridge collapse in the fictional town of Halvoreen), written for this page. They
//! agree on most facts and differ, on purpose, in each way the engine detects: a time of day,
//! a count, a weekday, an amount, a duration, a title, a list of names, a negation and who
//! said a quotation; and they agree where the wording differs but the value is the same (48
//! hours and two days, $2 million and $2,150,000). The tests below hold the engine to that.

/// One example article: the outlet's name and the text.
pub struct Example {
    /// The outlet, as the source label.
    pub label: &'static str,
    /// The article text.
    pub text: &'static str,
}

/// The example articles, in the order they fill the inputs.
pub const EXAMPLES: [Example; 4] = [
    Example {
        label: "Northline Press",
        text: "HALVOREEN (Northline Press) — A wooden footbridge over the Tarn river collapsed on Saturday during the town's lantern festival, sending dozens of people into the shallow water.

Witnesses described a loud crack before the centre of the span dropped into the river.

The bridge gave way shortly after 9:00 p.m., as crowds gathered to watch the lanterns being released, police said.

About 40 people were taken to hospital, most with cuts and sprains.

No one was killed.

Mayor Elena Varga said the bridge would stay closed for 48 hours while engineers examined its supports.

\"We were lucky the water was low,\" she told reporters at the scene.

Residents of Brightwater, Cole Street and Harbour Road were asked to avoid the riverbank until Monday.

The footbridge had been inspected in April, according to the town's public works office.

The town council has set aside $2 million to rebuild it.

Repairs to the bridge's railings cost $40,000 last year, the public works office said.

The office has opened a 30-day review of every footbridge in the town.

The festival, which draws visitors from across the region, was cancelled for the rest of the weekend.",
    },
    Example {
        label: "Harbour Broadcast News",
        text: "By HBN

A footbridge over the Tarn river in Halvoreen collapsed on Saturday during the lantern festival, throwing dozens of people into the water.

Witnesses described a loud crack before the middle of the bridge dropped into the river.

Emergency crews worked by floodlight until midnight.

The structure gave way shortly after 9:30 p.m., while crowds watched the lanterns being released, police said.

About 70 people were taken to hospital with cuts, sprains and mild hypothermia.

No one was killed.

Former Mayor Elena Varga, who opened the festival, said the bridge would stay closed for two days while engineers examined its supports.

\"We were very lucky that the river was so low tonight,\" she said.

Residents of Brightwater, Cole Street, Harbour Road and Mill Lane were asked to keep away from the riverbank.

The town's public works office said the footbridge had not been inspected in April.

Council documents show $2,150,000 has been set aside to rebuild it.

Repairs to the bridge's railings cost $65,000 last year, according to the public works office.

Organisers cancelled the rest of the festival.",
    },
    Example {
        label: "The Valley Courier",
        text: "Halvoreen, Oct. 4 (The Valley Courier) — The wooden footbridge over the Tarn river collapsed on Friday during the town's lantern festival, sending dozens of people into the shallow water below.

Witnesses described a loud crack before the centre of the span dropped into the river.

The cause of the collapse is not yet known.

The bridge gave way shortly after 9:00 p.m., as crowds gathered to watch the lanterns, police said.

About 40 people were taken to hospital.

No one was killed.

Mayor Elena Varga said the bridge would stay closed for 48 hours while engineers examined its supports.

\"We were lucky the water was low,\" she said.

People living in Brightwater, Cole Street and Harbour Road were asked to avoid the riverbank until Monday.

The town council has set aside $2 million to rebuild the footbridge, which had been inspected in April.

Fire chief Tomas Reyes praised volunteers who pulled people from the water before the first ambulances arrived.

\"Without them, this would have been a very different night,\" Mayor Elena Varga said.",
    },
    Example {
        label: "Tarn Valley Radio",
        text: "A footbridge over the Tarn river in Halvoreen collapsed on Saturday during the lantern festival, sending dozens of people into the water.

Witnesses described hearing a loud crack before the centre of the span fell.

Investigators are expected to report within a month.

The bridge gave way shortly after 9:00 p.m., as crowds gathered to watch the lanterns being released, police said.

About 40 people were taken to hospital.

No one was killed.

Mayor Elena Varga said the bridge would stay closed for two days while engineers examined its supports.

Residents of Brightwater, Cole Street and Harbour Road were asked to avoid the riverbank until Monday.

Fire chief Tomas Reyes said volunteers pulled people from the water before the first ambulances arrived.

\"Without them, this would have been a very different night,\" Reyes said.

The public works office has opened a 90-day review of every footbridge in the town.

The town council has set aside about $2 million to rebuild the footbridge.

The festival was cancelled for the rest of the weekend.",
    },
];

#[cfg(test)]
mod tests {
    use super::EXAMPLES;
    use crate::{analyze, ConflictKind, Options, Report, Source, Verdict};

    fn report() -> Report {
        let sources: Vec<Source> = EXAMPLES
            .iter()
            .map(|e| Source {
                id: e.label.to_string(),
                label: Some(e.label.to_string()),
                text: e.text.to_string(),
            })
            .collect();
        analyze(&sources, &Options::default())
    }

    /// The values one conflict of `kind` shows, source by source.
    fn conflict(r: &Report, kind: ConflictKind) -> Vec<Vec<String>> {
        r.facts
            .iter()
            .flat_map(|f| &f.conflicts)
            .filter(|c| c.kind == kind)
            .map(|c| c.values.iter().map(|v| v.value.clone()).collect())
            .collect()
    }

    #[test]
    fn every_planted_difference_is_found_with_its_values() {
        let r = report();
        let has = |kind: ConflictKind, a: &str, b: &str| {
            let found = conflict(&r, kind);
            assert!(
                found
                    .iter()
                    .any(|vs| vs.iter().any(|v| v.contains(a)) && vs.iter().any(|v| v.contains(b))),
                "{kind:?} {a} vs {b} not found; {kind:?} conflicts: {found:?}"
            );
        };
        has(ConflictKind::Time, "9:00 p.m.", "9:30 p.m.");
        has(ConflictKind::Count, "40 people", "70 people");
        has(ConflictKind::Date, "Saturday", "Friday");
        has(ConflictKind::Title, "Mayor", "Former Mayor");
        has(ConflictKind::Name, "Harbour Road", "Mill Lane");
        has(ConflictKind::Negation, "not been inspected", "inspected");
        has(ConflictKind::Number, "$40,000", "$65,000");
        has(ConflictKind::Duration, "30-day", "90-day");
        has(ConflictKind::Attribution, "Reyes", "Varga");
    }

    #[test]
    fn a_source_shows_each_value_once() {
        for f in &report().facts {
            for c in &f.conflicts {
                let mut pairs: Vec<(&str, &str)> = c
                    .values
                    .iter()
                    .map(|v| (v.source.as_str(), v.value.as_str()))
                    .collect();
                let n = pairs.len();
                pairs.sort_unstable();
                pairs.dedup();
                assert_eq!(pairs.len(), n, "{c:?}");
            }
        }
    }

    #[test]
    fn planted_agreements_are_not_disputes() {
        let r = report();
        for f in r.facts.iter().filter(|f| f.verdict == Verdict::Disputed) {
            let text: String = f.mentions.iter().map(|m| m.text.as_str()).collect();
            // 48 hours and two days are one duration; $2 million rounds $2,150,000
            assert!(
                !(text.contains("48 hours")
                    && f.conflicts.iter().any(|c| c.kind == ConflictKind::Duration)),
                "{f:?}"
            );
            assert!(
                !(text.contains("$2 million")
                    && f.conflicts.iter().any(|c| c.kind == ConflictKind::Number)),
                "{f:?}"
            );
        }
        assert!(r.facts.iter().any(|f| f.verdict == Verdict::Consensus
            && f.mentions.iter().any(|m| m.text.contains("48 hours"))
            && f.mentions.iter().any(|m| m.text.contains("two days"))));
    }
}
