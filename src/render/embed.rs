//! The HTML snippet a blog author pastes to embed `<corroborate-widget>` pre-filled with
//! articles. Every label and text is escaped, so pasted markup stays text in the snippet too.

use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML a blog pastes to embed the widget with these articles.
pub fn embed_snippet(script_src: &str, articles: &[(String, String)]) -> String {
    let mut s = format!(
        "<script type=\"module\" src=\"{}\"></script>\n<corroborate-widget theme=\"auto\">\n",
        escape_html(script_src)
    );
    for (label, text) in articles {
        let _ = write!(
            s,
            "  <article data-source=\"{}\">\n{}\n  </article>\n",
            escape_html(label),
            escape_html(text.trim())
        );
    }
    s.push_str("</corroborate-widget>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_table() {
        for (input, want) in [
            ("plain", "plain"),
            ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
            ("a & b", "a &amp; b"),
            ("\"q\" 'a'", "&quot;q&quot; &#39;a&#39;"),
            ("Erdoğan", "Erdoğan"),
        ] {
            assert_eq!(escape_html(input), want, "{input}");
        }
    }

    #[test]
    fn snippet_has_script_widget_and_one_article_per_source() {
        let s = embed_snippet(
            "https://example.org/static/corroborate-widget.js",
            &[
                (
                    "Daily \"News\"".into(),
                    "  A <b>bold</b> claim.\n\nSecond.  ".into(),
                ),
                ("Wire".into(), "Other text.".into()),
            ],
        );
        assert!(s.starts_with(
            "<script type=\"module\" src=\"https://example.org/static/corroborate-widget.js\"></script>\n"
        ));
        assert_eq!(s.matches("<article data-source=").count(), 2);
        assert!(s.contains("data-source=\"Daily &quot;News&quot;\""));
        assert!(s.contains("A &lt;b&gt;bold&lt;/b&gt; claim.\n\nSecond.\n"));
        assert!(!s.contains("<b>"));
        assert!(s.trim_end().ends_with("</corroborate-widget>"));
    }
}
