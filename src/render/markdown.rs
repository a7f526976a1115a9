//! The report as Markdown, for "Download Markdown" and "Copy as Markdown".

use std::fmt::Write;

use crate::render::distinct_sources;
use crate::report::{Fact, Report, Verdict};

/// Renders a report as Markdown: a summary, then "Disputed" (each conflict with every
/// source's value and sentence), "Consensus" and "Single source" sections.
pub fn markdown(report: &Report) -> String {
    let mut out = String::from("# Corroborate report\n\n");
    let count = |v: Verdict| report.facts.iter().filter(|f| f.verdict == v).count();
    let _ = writeln!(
        out,
        "{} sources, {} facts: {} disputed, {} consensus, {} single-source.\n",
        report.sources.len(),
        report.facts.len(),
        count(Verdict::Disputed),
        count(Verdict::Consensus),
        count(Verdict::Single)
    );
    out.push_str("## Sources\n\n");
    for s in &report.sources {
        let _ = writeln!(out, "- **{}**: {} claims", esc(&s.label), s.claims);
    }
    for w in &report.warnings {
        let _ = writeln!(out, "\n> Warning: {}", esc(w));
    }
    let label = |id: &str| {
        report
            .sources
            .iter()
            .find(|s| s.id == id)
            .map_or(id.to_string(), |s| s.label.clone())
    };
    let facts = |v: Verdict| report.facts.iter().filter(move |f| f.verdict == v);

    out.push_str("\n## Disputed\n");
    if count(Verdict::Disputed) == 0 {
        out.push_str("\nNo disputed facts.\n");
    }
    for f in facts(Verdict::Disputed) {
        let _ = writeln!(out, "\n### {}\n", esc(&one_line(&f.statement)));
        for c in &f.conflicts {
            let _ = writeln!(out, "- The sources differ on **{}**:", c.kind.label());
            for v in &c.values {
                let _ = writeln!(
                    out,
                    "  - {}: **{}**",
                    esc(&label(&v.source)),
                    esc(&one_line(&v.value))
                );
            }
        }
        out.push('\n');
        mentions(&mut out, f, &label);
    }

    out.push_str("\n## Consensus\n");
    if count(Verdict::Consensus) == 0 {
        out.push_str("\nNo facts that several sources agree on.\n");
    }
    for f in facts(Verdict::Consensus) {
        let _ = writeln!(
            out,
            "\n### {}\n\n{} of {} sources.\n",
            esc(&one_line(&f.statement)),
            distinct_sources(f),
            report.sources.len()
        );
        mentions(&mut out, f, &label);
    }

    out.push_str("\n## Single source\n\n");
    if count(Verdict::Single) == 0 {
        out.push_str("No single-source facts.\n");
    }
    for f in facts(Verdict::Single) {
        let src = f
            .mentions
            .first()
            .map(|m| label(&m.source))
            .unwrap_or_default();
        let _ = writeln!(out, "- {} ({})", esc(&one_line(&f.statement)), esc(&src));
    }
    out
}

fn mentions(out: &mut String, f: &Fact, label: &dyn Fn(&str) -> String) {
    for m in &f.mentions {
        let _ = writeln!(
            out,
            "> **{}**: {}\n>",
            esc(&label(&m.source)),
            esc(&one_line(&m.text))
        );
    }
    if out.ends_with(">\n") {
        out.truncate(out.len() - 2);
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes the characters Markdown would read as markup (and HTML tags).
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(
            ch,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '`' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options, Source};

    fn report() -> Report {
        let a = "The bridge closed at 9:00 p.m. on Saturday, police said.\n\n\
                 The council will spend $2 million on repairs, the mayor said.\n\n\
                 A *starred* line from the Herald alone about kites.";
        let b = "Police said the bridge closed at 9:30 p.m. on Saturday.\n\n\
                 The mayor said the council will spend $2 million on repairs.";
        analyze(
            &[
                Source {
                    id: "herald".into(),
                    label: Some("Herald <img src=x>".into()),
                    text: a.to_string(),
                },
                Source::new("courier", b.to_string()),
            ],
            &Options::default(),
        )
    }

    #[test]
    fn sections_summary_and_each_sources_value() {
        let md = markdown(&report());
        for heading in [
            "# Corroborate report",
            "## Sources",
            "## Disputed",
            "## Consensus",
            "## Single source",
        ] {
            assert!(md.lines().any(|l| l == heading), "{heading} missing:\n{md}");
        }
        assert!(md.contains("2 sources, 3 facts: 1 disputed, 1 consensus, 1 single-source."));
        // the dispute names its kind and each source's value
        assert!(md.contains("The sources differ on **time**"), "{md}");
        assert!(
            md.contains("  - Herald \\<img src=x\\>: **9:00 p.m.**"),
            "{md}"
        );
        assert!(md.contains("  - courier: **9:30 p.m.**"), "{md}");
        assert!(md.contains("2 of 2 sources."), "{md}");
    }

    #[test]
    fn pasted_markup_is_escaped_not_rendered() {
        let md = markdown(&report());
        // every angle bracket is escaped, so no renderer reads a tag
        assert!(
            md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')),
            "{md}"
        );
        assert!(md.contains("Herald \\<img src=x\\>"), "{md}");
        assert!(md.contains("\\*starred\\*"), "{md}");
    }

    #[test]
    fn escape_table() {
        for (input, want) in [
            ("plain words", "plain words"),
            ("a_b", "a\\_b"),
            ("[link](x)", "\\[link\\](x)"),
            ("# not a heading", "\\# not a heading"),
            ("a | b", "a \\| b"),
        ] {
            assert_eq!(esc(input), want, "{input}");
        }
    }

    #[test]
    fn empty_report_says_so_in_every_section() {
        let md = markdown(&analyze(&[], &Options::default()));
        assert!(md.contains("No disputed facts."));
        assert!(md.contains("No facts that several sources agree on."));
        assert!(md.contains("No single-source facts."));
        assert!(md.contains("> Warning: "), "{md}");
    }
}
