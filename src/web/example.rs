//! Example articles for "Load example": four invented reports of one invented event (a
//! footbridge collapse in the fictional town of Halvoreen), written for this page. They
//! agree on most facts and differ, on purpose, in every way the engine detects: a time of
//! day, a count, a weekday, a title, a list of names, a negation, a quote's wording; and
//! they agree where the wording differs but the value is the same (a duration, a rounded sum).

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

Fire chief Tomas Reyes praised volunteers who pulled people from the water before the first ambulances arrived.",
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

\"Without them, this would have been a very different night,\" he said.

The town council has set aside about $2 million to rebuild the footbridge.

The festival was cancelled for the rest of the weekend.",
    },
];
