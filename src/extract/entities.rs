//! Named people, places and organisations, with the titles and roles in front of (or in
//! apposition after) a person's name.

use super::names::name_key;
use super::tokens::Token;
use super::{Entity, EntityKind, Title};

/// Words that head a title or role, with the role they normalise to.
const ROLES: &[(&str, &str)] = &[
    ("president", "president"),
    ("president-elect", "president-elect"),
    ("minister", "minister"),
    ("chancellor", "chancellor"),
    ("secretary", "secretary"),
    ("senator", "senator"),
    ("sen.", "senator"),
    ("rep.", "representative"),
    ("representative", "representative"),
    ("gov.", "governor"),
    ("governor", "governor"),
    ("mayor", "mayor"),
    ("spokeswoman", "spokesperson"),
    ("spokesman", "spokesperson"),
    ("spokesperson", "spokesperson"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chair", "chair"),
    ("ceo", "chief executive"),
    ("director", "director"),
    ("king", "king"),
    ("queen", "queen"),
    ("prince", "prince"),
    ("pope", "pope"),
    ("judge", "judge"),
    ("justice", "justice"),
    ("general", "general"),
    ("gen.", "general"),
    ("ambassador", "ambassador"),
    ("envoy", "envoy"),
    ("speaker", "speaker"),
    ("leader", "leader"),
    ("commander", "commander"),
    ("premier", "premier"),
    ("prosecutor", "prosecutor"),
    ("attorney", "attorney"),
    ("adviser", "adviser"),
    ("advisor", "adviser"),
    ("candidate", "candidate"),
    ("nominee", "nominee"),
    ("editor", "editor"),
    ("founder", "founder"),
    ("head", "head"),
];

/// Honorifics: the bearer is a person, and the honorific is no title to compare.
const HONORIFICS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame",
];

fn honorific(t: &Token<'_>) -> bool {
    HONORIFICS.contains(&t.lower().as_str())
}

/// Words that mark a past office.
const FORMER: &[&str] = &[
    "former",
    "ex",
    "then",
    "onetime",
    "one-time",
    "erstwhile",
    "retired",
];

/// Capitalised words that open sentences rather than names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "however",
    "in",
    "on",
    "at",
    "for",
    "with",
    "after",
    "before",
    "while",
    "when",
    "if",
    "as",
    "this",
    "that",
    "these",
    "those",
    "there",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "despite",
    "meanwhile",
    "according",
    "still",
    "yet",
    "so",
    "since",
    "both",
    "all",
    "some",
    "many",
    "most",
    "no",
    "not",
    "one",
    "two",
    "three",
    "what",
    "who",
    "why",
    "how",
    "where",
    "asked",
    "speaking",
    "earlier",
    "later",
    "last",
    "next",
    "first",
    "during",
    "under",
    "over",
    "from",
    "by",
    "to",
];

const CONNECTORS: &[&str] = &[
    "of", "de", "del", "da", "van", "von", "bin", "al", "la", "le", "du", "and",
];

const ORG_WORDS: &[&str] = &[
    "ministry",
    "party",
    "council",
    "committee",
    "agency",
    "commission",
    "parliament",
    "congress",
    "senate",
    "army",
    "force",
    "forces",
    "department",
    "bank",
    "university",
    "court",
    "union",
    "organization",
    "organisation",
    "office",
    "kremlin",
    "nato",
    "house",
    "group",
    "corporation",
    "company",
    "inc.",
    "association",
    "institute",
    "foundation",
    "police",
    "guard",
    "navy",
    "times",
    "news",
    "post",
    "journal",
    "network",
    "coalition",
    "government",
    "administration",
];

const PLACES: &[&str] = &[
    "afghanistan",
    "africa",
    "albania",
    "algeria",
    "america",
    "argentina",
    "armenia",
    "asia",
    "australia",
    "austria",
    "azerbaijan",
    "belarus",
    "belgium",
    "brazil",
    "britain",
    "bulgaria",
    "canada",
    "chile",
    "china",
    "colombia",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "denmark",
    "egypt",
    "england",
    "estonia",
    "ethiopia",
    "europe",
    "finland",
    "france",
    "georgia",
    "germany",
    "greece",
    "hungary",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "korea",
    "kosovo",
    "kuwait",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "netherlands",
    "nigeria",
    "norway",
    "pakistan",
    "palestine",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "saudi arabia",
    "scotland",
    "serbia",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "thailand",
    "turkey",
    "ukraine",
    "uk",
    "u.k.",
    "united kingdom",
    "united states",
    "us",
    "u.s.",
    "usa",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "gaza",
    "crimea",
    "kyiv",
    "kiev",
    "moscow",
    "washington",
    "london",
    "paris",
    "berlin",
    "beijing",
    "istanbul",
    "ankara",
    "warsaw",
    "brussels",
    "rome",
    "madrid",
    "tokyo",
    "jerusalem",
    "tehran",
    "baghdad",
    "kabul",
    "cairo",
    "new york",
    "los angeles",
    "chicago",
    "hawaii",
    "texas",
    "california",
    "florida",
    "iowa",
    "ohio",
    "arizona",
    "alaska",
    "virginia",
    "connecticut",
    "massachusetts",
    "new jersey",
    "south carolina",
    "west",
    "east",
];

/// Abbreviated titles, written with a period that the tokeniser keeps apart ("Gov" ".").
/// Abbreviations that open a place name ("Ft. Myers", "St. Louis", "Mt. Vernon"): their
/// period does not end the name.
const PLACE_ABBREVIATIONS: &[&str] = &["ft", "st", "mt", "pt"];

const ABBREVIATED: &[&str] = &[
    "gov", "sen", "rep", "gen", "lt", "col", "mr", "mrs", "ms", "dr", "sgt", "capt", "adm",
];

fn role(t: &Token<'_>) -> Option<&'static str> {
    let l = t.lower();
    let l = if ABBREVIATED.contains(&l.as_str()) {
        format!("{l}.")
    } else {
        l
    };
    ROLES.iter().find(|(w, _)| *w == l).map(|(_, r)| *r)
}

fn is_former(w: &str) -> bool {
    let l = w.to_lowercase();
    FORMER.contains(&l.trim_end_matches('-'))
}

fn possessive(t: &Token<'_>) -> bool {
    t.text.ends_with("'s") || t.text.ends_with("’s")
}

fn name_token(t: &Token<'_>) -> bool {
    t.is_word() && t.capitalised()
}

/// Finds named entities in a claim.
pub fn find(text: &str, toks: &[Token<'_>]) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !name_token(&toks[i])
            || (NOT_NAMES.contains(&toks[i].lower().as_str()) && !is_former(toks[i].text))
        {
            i += 1;
            continue;
        }
        // The run of capitalised words, with connectors between them; a possessive ends it.
        let start = i;
        let mut end = i; // inclusive
        while !possessive(&toks[end]) {
            let n = end + 1;
            if toks.get(n).is_some_and(name_token) {
                end = n;
            } else if toks.get(n + 1).is_some_and(name_token)
                && toks.get(n).is_some_and(|c| {
                    // "Gov. Mitt Romney": an abbreviated title's period; "Bank of England": a
                    // connector between capitalised words.
                    (c.text == "."
                        && (ABBREVIATED.contains(&toks[end].lower().as_str())
                            || PLACE_ABBREVIATIONS.contains(&toks[end].lower().as_str())))
                        || (CONNECTORS.contains(&c.text) && c.text != "and")
                })
            {
                end = n + 1;
            } else {
                break;
            }
        }
        i = end + 1;
        let run = &toks[start..=end];
        // Split the run into a title (through its last role word) and a name.
        let last_role = run
            .iter()
            .rposition(|t| role(t).is_some() || is_former(t.text));
        let (title_toks, name_toks) = match last_role {
            // "Gov. Mitt Romney": the abbreviation's period belongs to the title.
            Some(r) if r + 2 < run.len() && run[r + 1].text == "." => {
                (&run[..=r + 1], &run[r + 2..])
            }
            Some(r) if r + 1 < run.len() => (&run[..=r], &run[r + 1..]),
            Some(_) => (run, &run[run.len()..]),
            None => (&run[..0], run),
        };
        let mut name_toks = name_toks;
        let honorific = name_toks.first().is_some_and(honorific);
        if honorific {
            name_toks = &name_toks[1..];
            if name_toks.first().is_some_and(|t| t.text == ".") {
                name_toks = &name_toks[1..];
            }
        }
        if name_toks.is_empty() {
            continue; // a title with no name ("The US President")
        }
        let name_span = name_toks[0].span.start..name_toks[name_toks.len() - 1].span.end;
        let raw_name = &text[name_span.clone()];
        let name = raw_name
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        let mut title = make_title(text, toks, start, title_toks);
        if title.is_none() {
            title = appositive(text, toks, end);
        }
        let lname = name.to_lowercase();
        let kind = if title.is_some() || honorific {
            EntityKind::Person
        } else if PLACES.contains(&lname.as_str()) {
            EntityKind::Place
        } else if name_toks
            .iter()
            .any(|t| ORG_WORDS.contains(&t.lower().as_str()))
            || name.chars().filter(|c| c.is_uppercase()).count() >= 3 && !name.contains(' ')
        {
            EntityKind::Organization
        } else {
            EntityKind::Other
        };
        out.push(Entity {
            key: name_key(&name),
            name,
            kind,
            title,
            span: name_span.start
                ..name_span.start + raw_name.trim_end_matches("'s").trim_end_matches("’s").len(),
        });
    }
    out
}

/// The title in front of a name: the run's title words, extended back over a lower-case role
/// word ("spokeswoman"), a possessive ("Turkey's") and "former".
fn make_title(
    text: &str,
    toks: &[Token<'_>],
    run_start: usize,
    title_toks: &[Token<'_>],
) -> Option<Title> {
    let mut first = run_start;
    let mut has_role = title_toks.iter().any(|t| role(t).is_some());
    // A lower-case role word right before the run: "spokeswoman Maria Zakharova".
    if title_toks.is_empty() && first > 0 && role(&toks[first - 1]).is_some() {
        first -= 1;
        has_role = true;
    }
    if !has_role {
        return None;
    }
    // "Turkey's President", "former President"
    while first > 0
        && (possessive(&toks[first - 1])
            || is_former(toks[first - 1].text)
            || toks[first - 1].text == "-")
    {
        first -= 1;
    }
    let last = if title_toks.is_empty() {
        first.max(run_start - 1)
    } else {
        run_start + title_toks.len() - 1
    };
    let span = toks[first].span.start..toks[last].span.end;
    let words = &toks[first..=last];
    let role_word = words.iter().rev().find_map(role)?;
    // "prime minister", "foreign minister": keep the word in front of a bare "minister".
    let head = words.iter().rposition(|t| role(t).is_some()).unwrap_or(0);
    let before = head
        .checked_sub(1)
        .map(|k| words[k].lower())
        .unwrap_or_default();
    let role_name = if role_word == "minister" && head > 0 && !possessive(&words[head - 1]) {
        format!("{before} minister")
    } else if before == "vice" || before.ends_with("-vice") {
        format!("vice {role_word}")
    } else {
        role_word.to_string()
    };
    Some(Title {
        text: text[span.clone()].to_string(),
        role: role_name,
        former: words
            .iter()
            .any(|t| is_former(t.text) || t.lower().starts_with("ex-")),
        span,
    })
}

/// A role in apposition: "Michael Steele, chairman of the committee," / ", the former mayor".
fn appositive(text: &str, toks: &[Token<'_>], end: usize) -> Option<Title> {
    if toks.get(end + 1)?.text != "," {
        return None;
    }
    let mut k = end + 2;
    let mut former = false;
    let first = k;
    while let Some(t) = toks.get(k) {
        let l = t.lower();
        if l == "the" || l == "a" || l == "an" || l == "party" {
            k += 1;
        } else if is_former(&l) {
            former = true;
            k += 1;
        } else {
            break;
        }
        if k > first + 3 {
            return None;
        }
    }
    let t = toks.get(k)?;
    let r = role(t)?;
    let span = toks[first].span.start..t.span.end;
    Some(Title {
        text: text[span.clone()].to_string(),
        role: r.to_string(),
        former,
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn run(s: &str) -> Vec<Entity> {
        find(s, &tokenize(s))
    }

    #[test]
    fn people_with_titles() {
        // (text, name, title text, role, former)
        let rows: &[(&str, &str, &str, &str, bool)] = &[
            (
                "Former U.S. President Donald Trump, who has vowed",
                "Donald Trump",
                "Former U.S. President",
                "president",
                true,
            ),
            (
                "alongside U.S. President Donald Trump, have",
                "Donald Trump",
                "U.S. President",
                "president",
                false,
            ),
            (
                "with Turkey's President Recep Tayyip Erdogan on Sunday",
                "Recep Tayyip Erdogan",
                "Turkey's President",
                "president",
                false,
            ),
            (
                "said spokeswoman Maria Zakharova, commenting",
                "Maria Zakharova",
                "spokeswoman",
                "spokesperson",
                false,
            ),
            (
                "former Massachusetts Gov. Mitt Romney leads",
                "Mitt Romney",
                "former Massachusetts Gov.",
                "governor",
                true,
            ),
            (
                "said Poland's Prime Minister Donald Tusk.",
                "Donald Tusk",
                "Poland's Prime Minister",
                "prime minister",
                false,
            ),
            (
                "Michael Steele, chairman of the committee, drew",
                "Michael Steele",
                "chairman",
                "chair",
                false,
            ),
            (
                "John Doe, the former mayor, said",
                "John Doe",
                "the former mayor",
                "mayor",
                true,
            ),
        ];
        for (s, name, title, role, former) in rows {
            let ents = run(s);
            let e = ents
                .iter()
                .find(|e| e.name == *name)
                .unwrap_or_else(|| panic!("{s}: {ents:?}"));
            let t = e.title.as_ref().unwrap_or_else(|| panic!("{s}: no title"));
            assert_eq!(
                (t.text.as_str(), t.role.as_str(), t.former),
                (*title, *role, *former),
                "{s}"
            );
            assert_eq!(&s[t.span.clone()], t.text);
            assert_eq!(e.kind, EntityKind::Person);
        }
    }

    #[test]
    fn places_and_lists() {
        let s = "The leaders of Ukraine, Britain, France, Germany and Poland met in Kyiv.";
        let names: Vec<String> = run(s).into_iter().map(|e| e.name).collect();
        assert_eq!(
            names,
            ["Ukraine", "Britain", "France", "Germany", "Poland", "Kyiv"]
        );
        let s = "a visit by the leaders of France, Germany, the United Kingdom, and Poland";
        let names: Vec<String> = run(s).into_iter().map(|e| e.name).collect();
        assert_eq!(names, ["France", "Germany", "United Kingdom", "Poland"]);
        assert_eq!(run("Russia’s war")[0].name, "Russia");
        // a place abbreviation's period does not end the name
        let s = "It airs in Miami, West Palm Beach and Ft. Myers.";
        let names: Vec<String> = run(s).into_iter().map(|e| e.name).collect();
        assert_eq!(names, ["Miami", "West Palm Beach", "Ft. Myers"]);
        assert!(run("The US President is said to agree.").is_empty());
    }
}
