//! The example articles behind "Load example": an invented event, written for this product,
//! with agreements and disagreements of the kinds the engine knows.

/// (label, text) for each example article.
pub const ARTICLES: &[(&str, &str)] = &[
    (
        "Harbour Post",
        "Bridge over the Vell reopens after flood repairs\n\n\
Lakeside, March 14, 2026 (Harbour Post) — The Vell river bridge reopened to traffic on Saturday after \
a 48-hour closure ordered when floodwater damaged one of its piers.\n\n\
Mayor Ana Ruiz cut the ribbon shortly after 9:00 a.m., in front of about 40 residents.\n\n\
\"The bridge is safe, and it is open for everyone from today,\" Ruiz said.\n\n\
The city council said the repairs cost $2 million and were paid from the emergency fund.\n\n\
Engineers from Lakeside, Dunmore and Carrow inspected the pier before the reopening.",
    ),
    (
        "Valley Courier",
        "Vell bridge open again, but questions remain\n\n\
Lakeside, March 14, 2026 (Valley Courier) — Traffic returned to the Vell river bridge on Saturday, \
two days after the city closed it when floodwater damaged a pier.\n\n\
Former Mayor Ana Ruiz attended the reopening, which began after 9:30 a.m. with about 70 residents \
watching.\n\n\
The city council said the repairs cost $2,150,000, paid from the emergency fund.\n\n\
Engineers from Lakeside, Dunmore, Carrow and Brill inspected the pier before it reopened.\n\n\
Residents said the detour through Dunmore had added an hour to their commute.\n\n\
Officials said the river was expected to rise again this week.",
    ),
    (
        "Lakeside Daily",
        "Floods: Vell bridge reopens\n\n\
Lakeside, March 14, 2026 (Lakeside Daily) — The bridge over the Vell river reopened on Saturday, \
March 14, after repairs to a pier damaged by floodwater.\n\n\
Mayor Ana Ruiz opened the bridge at about 9:00 a.m. before some 40 residents.\n\n\
The council said the repairs cost $2 million from the emergency fund.\n\n\
Officials said the river was not expected to rise again this week.",
    ),
];
