//! Plain renderings of a [`Report`]: text for a terminal, Markdown for export, and the
//! HTML snippet that embeds the widget.

use std::fmt::Write;

mod embed;
mod markdown;

pub use embed::{embed_snippet, escape_html};
pub use markdown::markdown;

use crate::report::{Fact, Report, Verdict};

/// Renders a report for a terminal: a summary, then consensus, then disputes with each
/// source's value side by side, then single-source facts.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let count = |v: Verdict| report.facts.iter().filter(|f| f.verdict == v).count();
    let _ = writeln!(
        out,
        "{} sources, {} facts: {} consensus, {} disputed, {} single-source",
        report.sources.len(),
        report.facts.len(),
        count(Verdict::Consensus),
        count(Verdict::Disputed),
        count(Verdict::Single)
    );
    for w in &report.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    section(&mut out, report, Verdict::Consensus, "CONSENSUS");
    section(&mut out, report, Verdict::Disputed, "DISPUTED");
    section(&mut out, report, Verdict::Single, "SINGLE SOURCE");
    out
}

fn section(out: &mut String, report: &Report, verdict: Verdict, title: &str) {
    let facts: Vec<&Fact> = report
        .facts
        .iter()
        .filter(|f| f.verdict == verdict)
        .collect();
    if facts.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n== {title} ({}) ==", facts.len());
    for f in facts {
        let _ = writeln!(
            out,
            "\n* {} [{} of {} sources]",
            one_line(&f.statement),
            distinct_sources(f),
            report.sources.len()
        );
        for c in &f.conflicts {
            let _ = writeln!(out, "  {} differs:", c.kind.label());
            let width = c.values.iter().map(|v| v.source.len()).max().unwrap_or(0);
            for v in &c.values {
                let _ = writeln!(out, "    {:width$}  {}", v.source, one_line(&v.value));
            }
        }
        if verdict != Verdict::Single {
            for m in &f.mentions {
                let _ = writeln!(out, "    - {}: {}", m.source, one_line(&m.text));
            }
        }
    }
}

/// How many distinct sources carry a fact.
pub fn distinct_sources(f: &Fact) -> usize {
    let mut ids: Vec<&str> = f.mentions.iter().map(|m| m.source.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
