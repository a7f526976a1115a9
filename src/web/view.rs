//! Renders a [`Report`] into the DOM: the summary, the "Disputed", "Consensus" and "Single
//! source" sections, and each source's text with its claims highlighted. Shared by the page
//! and the widget. Every piece of article text goes in as a text node.

use std::collections::HashMap;

use web_sys::{Document, Element};

use super::dom::{add, add_text, attr, button, el, plural, text_el, thousands};
use crate::render::distinct_sources;
use crate::report::{Fact, Report, Verdict};
use crate::Source;

/// What the results include besides the facts.
pub(crate) struct ViewOptions {
    /// Export buttons (JSON, Markdown, copy).
    pub exports: bool,
    /// Leave each source's marked-up text and the single-source list to be built when first
    /// opened (the host calls [`source_body`] and [`single_list`]); with 150 articles they
    /// are most of the result's DOM.
    pub lazy_sources: bool,
}

struct Src<'a> {
    label: &'a str,
    text: &'a str,
}

/// Replaces `out`'s content with the report.
pub(crate) fn render_report(
    doc: &Document,
    out: &Element,
    report: &Report,
    sources: &[Source],
    opts: &ViewOptions,
) {
    out.set_text_content(None);
    let by_id: HashMap<&str, Src<'_>> = report
        .sources
        .iter()
        .map(|info| {
            let text = sources
                .iter()
                .find(|s| s.id == info.id)
                .map_or("", |s| s.text.as_str());
            (
                info.id.as_str(),
                Src {
                    label: info.label.as_str(),
                    text,
                },
            )
        })
        .collect();
    let label = |id: &str| {
        by_id
            .get(id)
            .map_or(id.to_string(), |s| s.label.to_string())
    };

    let head = el(doc, "div", "results-head");
    let h2 = text_el(doc, "h2", "results-title", "Results");
    attr(&h2, "tabindex", "-1");
    add(&head, &h2);
    if opts.exports {
        let bar = el(doc, "div", "toolbar");
        attr(&bar, "role", "group");
        attr(&bar, "aria-label", "Export the report");
        add(
            &bar,
            &button(doc, "Download JSON", "btn small", "export-json"),
        );
        add(
            &bar,
            &button(doc, "Download Markdown", "btn small", "export-md"),
        );
        add(
            &bar,
            &button(doc, "Copy as Markdown", "btn small", "copy-md"),
        );
        add(&head, &bar);
    }
    add(out, &head);

    let count = |v: Verdict| report.facts.iter().filter(|f| f.verdict == v).count();
    let (nd, nc, ns) = (
        count(Verdict::Disputed),
        count(Verdict::Consensus),
        count(Verdict::Single),
    );
    add(
        out,
        &text_el(
            doc,
            "p",
            "summary",
            &format!(
                "{} found across {}: {} disputed, {} consensus, {} single-source.",
                plural(report.facts.len(), "fact", "facts"),
                plural(report.sources.len(), "source", "sources"),
                thousands(nd),
                thousands(nc),
                thousands(ns)
            ),
        ),
    );

    // Per-source counts.
    let chips = el(doc, "ul", "source-counts");
    attr(&chips, "aria-label", "Claims per source");
    for s in &report.sources {
        let disputed = report
            .facts
            .iter()
            .filter(|f| {
                f.verdict == Verdict::Disputed && f.mentions.iter().any(|m| m.source == s.id)
            })
            .count();
        let li = el(doc, "li", "chip");
        add(&li, &text_el(doc, "span", "chip-name", &s.label));
        add(
            &li,
            &text_el(
                doc,
                "span",
                "chip-count",
                &format!(
                    "{} · {} disputed",
                    plural(s.claims, "claim", "claims"),
                    thousands(disputed)
                ),
            ),
        );
        add(&chips, &li);
    }
    add(out, &chips);

    if !report.warnings.is_empty() {
        let ul = el(doc, "ul", "warnings");
        attr(&ul, "aria-label", "Warnings");
        for w in &report.warnings {
            add(&ul, &text_el(doc, "li", "", w));
        }
        add(out, &ul);
    }

    let total = report.sources.len();
    let indexed = || report.facts.iter().enumerate();

    // Disputed, then consensus, each with a line saying so when it has no fact.
    let sections: [(Verdict, &str, &str, &str, usize, &str); 2] = [
        (
            Verdict::Disputed,
            "disputed",
            "⚠",
            "Disputed",
            nd,
            "No disputed facts: where the sources state the same thing, they agree.",
        ),
        (
            Verdict::Consensus,
            "consensus",
            "✓",
            "Consensus",
            nc,
            "No fact is stated by two or more sources.",
        ),
    ];
    for (verdict, kind, icon, title, n, empty) in sections {
        let sec = section(doc, kind, icon, title, n);
        if n == 0 {
            add(&sec, &text_el(doc, "p", "empty", empty));
        }
        for (i, f) in indexed().filter(|(_, f)| f.verdict == verdict) {
            let card = if verdict == Verdict::Disputed {
                disputed_card(doc, i, f, total, &by_id, &label)
            } else {
                consensus_card(doc, i, f, total, &label)
            };
            add(&sec, &card);
        }
        add(out, &sec);
    }

    // Single source, collapsed.
    let details = el(doc, "details", "verdict-section single-section");
    let summary = el(doc, "summary", "");
    add(&summary, &section_heading(doc, "○", "Single source", ns));
    add(&details, &summary);
    add(
        &details,
        &text_el(
            doc,
            "p",
            "section-note",
            "Facts only one source reports: nothing to compare them with.",
        ),
    );
    if opts.lazy_sources {
        attr(&details, "data-lazy", "single");
    } else {
        add(&details, &single_list(doc, report));
    }
    add(out, &details);

    // Each source's text with its claims highlighted.
    let sec = el(doc, "section", "sources-section");
    add(&sec, &text_el(doc, "h3", "section-title", "Sources"));
    let legend = el(doc, "p", "legend");
    add_text(&legend, "Claims are marked in each text: ");
    add(
        &legend,
        &text_el(doc, "mark", "claim disputed", "disputed (wavy underline)"),
    );
    add_text(&legend, ", ");
    add(
        &legend,
        &text_el(
            doc,
            "mark",
            "claim consensus",
            "consensus (solid underline)",
        ),
    );
    add_text(&legend, ", ");
    add(
        &legend,
        &text_el(
            doc,
            "mark",
            "claim single",
            "single source (dotted underline)",
        ),
    );
    add_text(&legend, ".");
    add(&sec, &legend);
    for (si, info) in report.sources.iter().enumerate() {
        let Some(src) = by_id.get(info.id.as_str()) else {
            continue;
        };
        let d = el(doc, "details", "source-text");
        attr(&d, "data-source-index", &si.to_string());
        let s = el(doc, "summary", "");
        add(&s, &text_el(doc, "span", "chip-name", &info.label));
        add(
            &s,
            &text_el(
                doc,
                "span",
                "chip-count",
                &plural(info.claims, "claim", "claims"),
            ),
        );
        add(&d, &s);
        if opts.lazy_sources {
            attr(&d, "data-source-id", &info.id);
        } else {
            add(&d, &source_body(doc, report, &info.id, src.text));
        }
        add(&sec, &d);
    }
    add(out, &sec);
}

fn section_heading(doc: &Document, icon: &str, title: &str, n: usize) -> Element {
    let h = el(doc, "h3", "section-title");
    add(&h, &icon_el(doc, icon));
    add_text(&h, title);
    add(&h, &text_el(doc, "span", "count", &thousands(n)));
    h
}

fn section(doc: &Document, kind: &str, icon: &str, title: &str, n: usize) -> Element {
    let s = el(doc, "section", &format!("verdict-section {kind}-section"));
    add(&s, &section_heading(doc, icon, title, n));
    s
}

fn icon_el(doc: &Document, icon: &str) -> Element {
    let i = text_el(doc, "span", "icon", icon);
    attr(&i, "aria-hidden", "true");
    i
}

fn locate_button(doc: &Document, fact: usize) -> Element {
    let b = button(doc, "Show in sources", "link-btn", "locate");
    attr(&b, "data-fact", &fact.to_string());
    b
}

fn verdict_badge(doc: &Document, verdict: Verdict) -> Element {
    let (icon, text) = match verdict {
        Verdict::Disputed => ("⚠", "Disputed"),
        Verdict::Consensus => ("✓", "Consensus"),
        Verdict::Single => ("○", "Single source"),
    };
    let b = el(doc, "span", &format!("badge {}", verdict.as_str()));
    add(&b, &icon_el(doc, icon));
    add_text(&b, text);
    b
}

fn disputed_card(
    doc: &Document,
    i: usize,
    f: &Fact,
    total: usize,
    by_id: &HashMap<&str, Src<'_>>,
    label: &dyn Fn(&str) -> String,
) -> Element {
    let card = card_with_head(doc, i, f, total, "h4");
    for c in &f.conflicts {
        let block = el(doc, "div", "conflict");
        let kind = el(doc, "p", "conflict-kind");
        add_text(&kind, "Differs on ");
        add(&kind, &text_el(doc, "strong", "kind", c.kind.label()));
        add(&block, &kind);
        let ul = el(doc, "ul", "values");
        for v in &c.values {
            let li = el(doc, "li", "value");
            add(&li, &text_el(doc, "span", "src", &label(&v.source)));
            add(
                &li,
                &text_el(doc, "span", "value-text", &one_line(&v.value)),
            );
            let q = el(doc, "blockquote", "sentence");
            match by_id.get(v.source.as_str()) {
                Some(src) if src.text.get(v.start_byte..v.end_byte).is_some() => {
                    let span = context(f, &v.source, v.start_byte, v.end_byte, src.text);
                    highlighted(doc, &q, src.text, span, v.start_byte..v.end_byte);
                }
                _ => add_text(&q, &one_line(&v.value)),
            }
            add(&li, &q);
            add(&ul, &li);
        }
        add(&block, &ul);
        add(&card, &block);
    }
    add(&card, &locate_button(doc, i));
    card
}

/// A fact's card with its head: the verdict badge, "N of M sources", and the statement in
/// a `statement_tag` element.
fn card_with_head(
    doc: &Document,
    i: usize,
    f: &Fact,
    total: usize,
    statement_tag: &str,
) -> Element {
    let card = el(doc, "article", &format!("fact {}", f.verdict.as_str()));
    attr(&card, "data-fact", &i.to_string());
    let top = el(doc, "div", "fact-top");
    add(&top, &verdict_badge(doc, f.verdict));
    add(
        &top,
        &text_el(
            doc,
            "span",
            "carried",
            &format!("{} of {} sources", distinct_sources(f), total),
        ),
    );
    add(&card, &top);
    add(
        &card,
        &text_el(doc, statement_tag, "statement", &one_line(&f.statement)),
    );
    card
}

fn consensus_card(
    doc: &Document,
    i: usize,
    f: &Fact,
    total: usize,
    label: &dyn Fn(&str) -> String,
) -> Element {
    let card = card_with_head(doc, i, f, total, "p");
    let mut names: Vec<String> = Vec::new();
    for m in &f.mentions {
        let l = label(&m.source);
        if !names.contains(&l) {
            names.push(l);
        }
    }
    add(&card, &text_el(doc, "p", "carriers", &names.join(" · ")));
    let d = el(doc, "details", "mentions");
    add(&d, &text_el(doc, "summary", "", "Each source's words"));
    let ul = el(doc, "ul", "values");
    for m in &f.mentions {
        let li = el(doc, "li", "value");
        add(&li, &text_el(doc, "span", "src", &label(&m.source)));
        let q = text_el(doc, "blockquote", "sentence", &one_line(&m.text));
        add(&li, &q);
        add(&ul, &li);
    }
    add(&d, &ul);
    add(&card, &d);
    add(&card, &locate_button(doc, i));
    card
}

/// The span to show around a value: the fact's mention from that source that contains it,
/// else the sentence around it in the source text.
fn context(f: &Fact, source: &str, start: usize, end: usize, text: &str) -> std::ops::Range<usize> {
    if let Some(m) = f
        .mentions
        .iter()
        .find(|m| m.source == source && m.start_byte <= start && end <= m.end_byte)
    {
        if text.get(m.start_byte..m.end_byte).is_some() {
            return m.start_byte..m.end_byte;
        }
    }
    let bytes = text.as_bytes();
    let mut a = start;
    while a > 0 && start - a < 300 {
        let c = bytes[a - 1];
        if c == b'\n' || ((c == b' ') && a >= 2 && matches!(bytes[a - 2], b'.' | b'!' | b'?')) {
            break;
        }
        a -= 1;
    }
    let mut b = end;
    while b < bytes.len() && b - end < 300 {
        let c = bytes[b];
        b += 1;
        if c == b'\n' || matches!(c, b'.' | b'!' | b'?') {
            break;
        }
    }
    while !text.is_char_boundary(a) {
        a += 1;
    }
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    a.min(start)..b.max(end)
}

/// Fills `q` with `text[span]`, wrapping `text[mark]` in `<mark>`.
fn highlighted(
    doc: &Document,
    q: &Element,
    text: &str,
    span: std::ops::Range<usize>,
    mark: std::ops::Range<usize>,
) {
    let before = text.get(span.start..mark.start).unwrap_or("");
    let inner = text.get(mark.clone()).unwrap_or("");
    let after = text.get(mark.end..span.end).unwrap_or("");
    add_text(q, &squash(before));
    add(q, &text_el(doc, "mark", "value-mark", &squash(inner)));
    add_text(q, &squash(after));
}

/// The list of single-source facts, each with its source and a "Show in sources" button.
pub(crate) fn single_list(doc: &Document, report: &Report) -> Element {
    fn label<'a>(report: &'a Report, id: &'a str) -> &'a str {
        report
            .sources
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.label.as_str())
    }
    let list = el(doc, "ul", "single-list");
    for (i, f) in report.facts.iter().enumerate() {
        if f.verdict != Verdict::Single {
            continue;
        }
        let li = el(doc, "li", "single-fact");
        add(
            &li,
            &text_el(doc, "span", "statement", &one_line(&f.statement)),
        );
        if let Some(m) = f.mentions.first() {
            add(&li, &text_el(doc, "span", "by", label(report, &m.source)));
        }
        add(&li, &locate_button(doc, i));
        add(&list, &li);
    }
    list
}

/// The source's whole text with each claim in a `<mark>` tagged with its fact.
pub(crate) fn source_body(doc: &Document, report: &Report, id: &str, text: &str) -> Element {
    let body = el(doc, "div", "source-body");
    let mut spans: Vec<(usize, usize, usize, Verdict)> = report
        .facts
        .iter()
        .enumerate()
        .flat_map(|(i, f)| {
            f.mentions
                .iter()
                .filter(move |m| m.source == id)
                .map(move |m| (m.start_byte, m.end_byte, i, f.verdict))
        })
        .filter(|(a, b, _, _)| a < b && text.get(*a..*b).is_some())
        .collect();
    spans.sort_unstable();
    let mut pos = 0;
    let mut para = el(doc, "p", "");
    let flush = |para: &mut Element| {
        if para.has_child_nodes() {
            add(&body, para);
        }
        *para = el(doc, "p", "");
    };
    let plain = |para: &mut Element, s: &str| {
        // Paragraph breaks become separate <p>s.
        let mut first = true;
        for chunk in s.split("\n\n") {
            if !first {
                flush(para);
            }
            first = false;
            if !chunk.trim().is_empty() || !chunk.is_empty() {
                add_text(para, chunk);
            }
        }
    };
    for (a, b, fact, verdict) in spans {
        if a < pos {
            continue;
        }
        plain(&mut para, &text[pos..a]);
        let m = text_el(
            doc,
            "mark",
            &format!("claim {}", verdict.as_str()),
            &text[a..b],
        );
        attr(&m, "data-fact", &fact.to_string());
        attr(&m, "tabindex", "-1");
        add(&para, &m);
        pos = b;
    }
    plain(&mut para, &text[pos..]);
    flush(&mut para);
    body
}

/// Runs of white space as one space, kept at either end (the text sits between others).
fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.chars() {
        if ch.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(ch);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
