//! Bad input never crashes the engine: it gets a report with a clear warning. Plus a property
//! test (proptest) over arbitrary input, and determinism.

use corroborate::{analyze, Options, Report, Source, Verdict};
use proptest::prelude::*;

fn run(sources: &[Source]) -> Report {
    analyze(sources, &Options::default())
}

#[track_caller]
fn warns(report: &Report, needle: &str) {
    assert!(
        report.warnings.iter().any(|w| w.contains(needle)),
        "expected a warning containing {needle:?}, got {:?}",
        report.warnings
    );
}

const ARTICLE: &str = "The museum reopened on Friday after a two-year renovation. \
About 3,000 visitors came on the first day, the director said.";

#[test]
fn table_of_bad_inputs() {
    // (what, sources, a warning that must be there)
    let huge = "word ".repeat(1_100_000); // 5.5 MB
    let binary: String =
        String::from_utf8_lossy(&(0..=255u8).cycle().take(50_000).collect::<Vec<u8>>())
            .into_owned();
    let cases: Vec<(&str, Vec<Source>, &str)> = vec![
        ("no sources", vec![], "No articles"),
        (
            "one source",
            vec![Source::new("a", ARTICLE)],
            "Only one article",
        ),
        (
            "a source with no sentences",
            vec![Source::new("a", ARTICLE), Source::new("b", "   \n\t ")],
            "b: no sentences",
        ),
        (
            "only whitespace",
            vec![Source::new("a", " "), Source::new("b", "\n\n")],
            "no sentences",
        ),
        (
            "5 MB of text",
            vec![Source::new("a", ARTICLE), Source::new("big", huge)],
            "big: only the first",
        ),
        (
            "binary bytes",
            vec![Source::new("a", ARTICLE), Source::new("bin", binary)],
            "",
        ),
        (
            "201 sources",
            (0..201)
                .map(|i| Source::new(format!("s{i}"), ARTICLE))
                .collect(),
            "Only the first 200 of 201",
        ),
    ];
    for (what, sources, warning) in cases {
        let report = run(&sources);
        if !warning.is_empty() {
            warns(&report, warning);
        }
        assert!(report.sources.len() <= 200, "{what}");
    }
}

#[test]
fn html_and_scripts_in_pasted_text_stay_text() {
    let evil = "<script>alert(1)</script><p>The museum reopened on Friday.</p> <img src=x onerror=alert(2)>";
    let report = run(&[Source::new("a", evil), Source::new("b", ARTICLE)]);
    for f in &report.facts {
        for m in &f.mentions {
            // mentions are the source's own text at their offsets, whatever it holds
            let src = if m.source == "a" { evil } else { ARTICLE };
            assert_eq!(&src[m.start_byte..m.end_byte], m.text);
        }
    }
}

#[test]
fn identical_articles_agree_on_everything() {
    let report = run(&[Source::new("a", ARTICLE), Source::new("b", ARTICLE)]);
    assert!(!report.facts.is_empty());
    for f in &report.facts {
        assert_eq!(f.verdict, Verdict::Consensus, "{f:?}");
    }
}

#[test]
fn same_input_same_json() {
    let sources = vec![
        Source::new("x", ARTICLE),
        Source::new(
            "y",
            "The museum reopened on Friday. About 5,000 visitors came on the first day.",
        ),
        Source::new(
            "z",
            "Friday saw the museum reopen; the director counted 3,000 visitors.",
        ),
    ];
    let a = serde_json::to_string(&run(&sources)).unwrap();
    let b = serde_json::to_string(&run(&sources)).unwrap();
    assert_eq!(a, b);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Any text, any number of sources up to 6: no panic, offsets valid, mentions exact.
    #[test]
    fn arbitrary_input_never_panics(texts in prop::collection::vec(any::<String>(), 0..6)) {
        let sources: Vec<Source> = texts.iter().enumerate().map(|(i, t)| Source::new(format!("s{i}"), t.clone())).collect();
        let report = run(&sources);
        for f in &report.facts {
            for m in &f.mentions {
                let src = &sources.iter().find(|s| s.id == m.source).unwrap().text;
                prop_assert_eq!(src.get(m.start_byte..m.end_byte), Some(m.text.as_str()));
            }
            for c in &f.conflicts {
                for v in &c.values {
                    let src = &sources.iter().find(|s| s.id == v.source).unwrap().text;
                    prop_assert_eq!(src.get(v.start_byte..v.end_byte), Some(v.value.as_str()));
                }
            }
        }
    }

    /// Article-like text built from news-ish pieces: quotes, numbers, abbreviations, markup.
    #[test]
    fn newsy_input_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
        "U.S. President", "Mr. Smith said", "\"We will not", "go,\" she said.", "about 30 countries",
        "$1.5 billion", "on May 5, 2024", "at 1:30 a.m.", "72-hour", "three days", "[AFP](#)",
        "<b>", "&amp;", "\n\n", "...", "—", "«", "»", "Former", "Erdoğan", "Zelenskyy", "n't", "no",
    ]), 0..80), n in 1usize..5) {
        let text = parts.join(" ");
        let sources: Vec<Source> = (0..n).map(|i| Source::new(format!("s{i}"), text.clone())).collect();
        let _ = run(&sources);
    }
}

#[test]
fn a_sentence_repeated_thousands_of_times_is_one_claim_and_still_matches() {
    let sentence = "The council approved the new budget on Tuesday by a vote of 7 to 2. ";
    let sources = [
        Source::new("pasted-twice", sentence.repeat(10_000)),
        Source::new(
            "other",
            "On Tuesday the council approved the new budget by a vote of 6 to 3.".to_string(),
        ),
    ];
    let report = analyze(&sources, &Options::default());
    assert_eq!(report.sources[0].claims, 1, "{:?}", report.sources);
    let fact = report
        .facts
        .iter()
        .find(|f| f.mentions.len() == 2)
        .expect("the two articles' sentences form one fact");
    assert_eq!(fact.verdict, Verdict::Disputed, "{fact:?}");
}
