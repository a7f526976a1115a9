//! Stage 1: remove the page furniture pasted articles carry, keeping byte offsets.
//!
//! Two passes. The first (`inline`) rewrites markup inside the text: HTML tags go (with the
//! contents of `<script>` and `<style>`), entities are decoded, markdown links keep their text,
//! URLs go. The second classifies each line as article text or furniture using general signals
//! in the manner of jusText and Readability: length in words, terminal punctuation, stop-word
//! density, link density, repetition, the article's own script, and position after a
//! "related"/"more news" heading. A small vocabulary of furniture words (share, subscribe,
//! sponsored, tags, ...) only counts on short lines, so article sentences that use those words
//! are kept.
//!
//! [`Cleaned`] keeps a map from every byte of the cleaned text back to the input, so a claim
//! found in the cleaned text is reported with the exact words and offsets of the original.

use std::ops::Range;

/// Article text with page furniture removed, and a map back to the original bytes.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    text: String,
    /// Pieces of the cleaned text, in order: each maps a cleaned range to an original range.
    /// A copied piece has ranges of equal length; a replaced one (an entity) does not.
    pieces: Vec<Piece>,
    removed_lines: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    clean: Range<usize>,
    orig: Range<usize>,
}

impl Piece {
    fn copied(&self) -> bool {
        self.clean.len() == self.orig.len()
    }
}

impl Cleaned {
    /// The cleaned text: kept lines, each ending in `\n`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How many non-empty lines were removed as furniture.
    pub fn removed_lines(&self) -> usize {
        self.removed_lines
    }

    /// Maps a byte range of the cleaned text back to the original text.
    ///
    /// A range inside copied text maps byte for byte; a range touching a replaced piece (a
    /// decoded entity) widens to cover the whole original construct.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        if self.pieces.is_empty() {
            return 0..0;
        }
        let start = self.map(range.start, false);
        let end = if range.end > range.start {
            self.map(range.end, true)
        } else {
            start
        };
        start..end.max(start)
    }

    /// Maps one offset: `is_end` maps the end of a range (exclusive).
    fn map(&self, at: usize, is_end: bool) -> usize {
        // The piece holding byte `at` (or, for an end, byte `at - 1`).
        let probe = if is_end { at.saturating_sub(1) } else { at };
        let i = match self.pieces.binary_search_by(|p| {
            if p.clean.end <= probe {
                std::cmp::Ordering::Less
            } else if p.clean.start > probe {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => i,
            // Between pieces (a synthetic line break): snap to the neighbour.
            Err(i) => {
                return if is_end {
                    self.pieces[i.saturating_sub(1)].orig.end
                } else {
                    self.pieces
                        .get(i)
                        .map_or(self.pieces[self.pieces.len() - 1].orig.end, |p| {
                            p.orig.start
                        })
                }
            }
        };
        let p = &self.pieces[i];
        if p.copied() {
            p.orig.start + (at - p.clean.start)
        } else if is_end {
            p.orig.end
        } else {
            p.orig.start
        }
    }
}

/// Cleans pasted article text.
pub fn clean(raw: &str) -> Cleaned {
    let flat = inline(raw);
    let lines = split_lines(&flat);
    let keep = classify(&flat, &lines);
    let mut out = Cleaned::default();
    for (line, kept) in lines.iter().zip(&keep) {
        if !*kept {
            if !flat.text[line.range.clone()].trim().is_empty() {
                out.removed_lines += 1;
            }
            continue;
        }
        let r = &line.range;
        let base = out.text.len();
        out.text.push_str(&flat.text[r.clone()]);
        out.text.push('\n');
        for p in flat.pieces_in(r.clone()) {
            out.pieces.push(Piece {
                clean: base + p.clean.start - r.start..base + p.clean.end - r.start,
                orig: p.orig,
            });
        }
    }
    out
}

/// Text after the inline pass, with its piece map and how much of it was link text.
struct Flat {
    text: String,
    pieces: Vec<Piece>,
    /// Byte ranges of `text` that were the text of a link.
    links: Vec<Range<usize>>,
}

impl Flat {
    /// The pieces overlapping `r`, clipped to it.
    fn pieces_in(&self, r: Range<usize>) -> Vec<Piece> {
        let first = self.pieces.partition_point(|p| p.clean.end <= r.start);
        let mut out = Vec::new();
        for p in &self.pieces[first..] {
            if p.clean.start >= r.end {
                break;
            }
            let s = p.clean.start.max(r.start);
            let e = p.clean.end.min(r.end);
            if p.copied() {
                let d = s - p.clean.start;
                out.push(Piece {
                    clean: s..e,
                    orig: p.orig.start + d..p.orig.start + d + (e - s),
                });
            } else {
                out.push(Piece {
                    clean: s..e,
                    orig: p.orig.clone(),
                });
            }
        }
        out
    }

    fn copy(&mut self, raw: &str, r: Range<usize>) {
        if r.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(&raw[r.clone()]);
        match self.pieces.last_mut() {
            Some(p) if p.copied() && p.clean.end == start && p.orig.end == r.start => {
                p.clean.end += r.len();
                p.orig.end = r.end;
            }
            _ => self.pieces.push(Piece {
                clean: start..start + r.len(),
                orig: r,
            }),
        }
    }

    fn replace(&mut self, with: &str, orig: Range<usize>) {
        let start = self.text.len();
        self.text.push_str(with);
        self.pieces.push(Piece {
            clean: start..start + with.len(),
            orig,
        });
    }
}

/// The inline pass: markup out, text kept, offsets recorded.
fn inline(raw: &str) -> Flat {
    let mut f = Flat {
        text: String::with_capacity(raw.len()),
        pieces: Vec::new(),
        links: Vec::new(),
    };
    let b = raw.as_bytes();
    let mut i = 0;
    let mut run = 0; // start of the pending copied run
    while i < b.len() {
        let c = b[i];
        let skip_to = match c {
            b'<' => html_tag(raw, i),
            b'&' => {
                if let Some((end, decoded)) = entity(raw, i) {
                    f.copy(raw, run..i);
                    f.replace(decoded.encode_utf8(&mut [0u8; 4]), i..end);
                    i = end;
                    run = i;
                    continue;
                }
                None
            }
            b'!' if b.get(i + 1) == Some(&b'[') => markdown_link(raw, i + 1).map(|(_, _, end)| end),
            b'[' => {
                if let Some((text, _, end)) = markdown_link(raw, i) {
                    f.copy(raw, run..i);
                    let start = f.text.len();
                    f.copy(raw, text);
                    f.links.push(start..f.text.len());
                    i = end;
                    run = i;
                    continue;
                }
                None
            }
            b'h' | b'w' if at_word_start(b, i) => bare_url(raw, i),
            // Control characters (binary bytes, a bell, a terminal's colour codes) carry no
            // text; line breaks and tabs stay.
            0x1b => Some(escape_sequence(b, i)),
            0x00..=0x08 | 0x0b | 0x0c | 0x0e..=0x1f | 0x7f => Some(i + 1),
            // Zero-width characters, a byte-order mark and the replacement character left by
            // undecodable bytes.
            0xe2 | 0xef => invisible(raw, i),
            _ => None,
        };
        match skip_to {
            Some(end) => {
                f.copy(raw, run..i);
                i = end;
                run = i;
            }
            None => i += utf8_len(c),
        }
    }
    f.copy(raw, run..b.len().min(raw.len()));
    f
}

/// The end of a terminal escape sequence starting at `i` (ESC, then `[` parameters and a
/// final letter), or just the ESC.
fn escape_sequence(b: &[u8], i: usize) -> usize {
    if b.get(i + 1) != Some(&b'[') {
        return i + 1;
    }
    let mut j = i + 2;
    while j < b.len() && j < i + 16 && (b[j].is_ascii_digit() || b[j] == b';') {
        j += 1;
    }
    if j < b.len() && b[j].is_ascii_alphabetic() {
        j + 1
    } else {
        i + 1
    }
}

/// The end of an invisible character at `i` (zero-width space and joiners, word joiner,
/// byte-order mark, replacement character), if one is there.
fn invisible(raw: &str, i: usize) -> Option<usize> {
    let c = raw.get(i..)?.chars().next()?;
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{fffd}'
    )
    .then(|| i + c.len_utf8())
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

fn at_word_start(b: &[u8], i: usize) -> bool {
    i == 0 || b[i - 1].is_ascii_whitespace() || b[i - 1] == b'('
}

/// An HTML tag, comment or `<https://...>` autolink starting at `i`: its end. `<script>` and
/// `<style>` elements end after their closing tag.
fn html_tag(raw: &str, i: usize) -> Option<usize> {
    let rest = &raw[i + 1..];
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    if let Some(body) = rest.strip_prefix("!--") {
        return Some(body.find("-->").map_or(raw.len(), |e| i + 4 + e + 3));
    }
    // A tag ends at the first '>' before any line break.
    let close = rest.find('>')?;
    if rest[..close].contains('\n') || close > 2000 {
        return None;
    }
    let end = i + 1 + close + 1;
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    if name == "script" || name == "style" {
        let closing = format!("</{name}");
        let lower = raw[end..].to_ascii_lowercase();
        return Some(lower.find(&closing).map_or(raw.len(), |e| {
            let after = end + e;
            raw[after..].find('>').map_or(raw.len(), |g| after + g + 1)
        }));
    }
    Some(end)
}

/// An HTML entity at `i`: its end and the character it stands for.
fn entity(raw: &str, i: usize) -> Option<(usize, char)> {
    let rest = &raw[i + 1..];
    let semi = rest.get(..12.min(rest.len()))?.find(';')?;
    let name = &rest[..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let n = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse().ok()?
        };
        char::from_u32(n).filter(|c| *c != '\0')?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "rsquo" => '’',
            "lsquo" => '‘',
            "rdquo" => '”',
            "ldquo" => '“',
            "laquo" => '«',
            "raquo" => '»',
            "eacute" => 'é',
            "copy" => '©',
            _ => return None,
        }
    };
    Some((i + 1 + semi + 1, c))
}

/// A markdown link `[text](target)` at `i`: the text's range, the target's, and the end.
fn markdown_link(raw: &str, i: usize) -> Option<(Range<usize>, Range<usize>, usize)> {
    let rest = &raw[i + 1..];
    let close = rest.find(']')?;
    if close > 300 || rest[..close].contains('\n') || rest[..close].contains('[') {
        return None;
    }
    let after = &rest[close + 1..];
    let target = after.strip_prefix('(')?;
    let paren = target.find(')')?;
    if paren > 2000
        || target[..paren].contains(char::is_whitespace) && !target[..paren].contains('"')
    {
        return None;
    }
    let text = i + 1..i + 1 + close;
    let t_start = i + 1 + close + 2;
    Some((text, t_start..t_start + paren, t_start + paren + 1))
}

/// A bare URL (`https://...`, `www....`) at `i`: its end.
fn bare_url(raw: &str, i: usize) -> Option<usize> {
    let rest = &raw[i..];
    let lower = rest.get(..8.min(rest.len()))?.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
    {
        return None;
    }
    let len = rest
        .find(|c: char| c.is_whitespace() || c == '>' || c == '<' || c == '"')
        .unwrap_or(rest.len());
    // Leave sentence punctuation that follows the URL.
    let trimmed = rest[..len].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
    Some(i + trimmed.len())
}

/// A line of the inline-cleaned text.
struct Line {
    range: Range<usize>,
}

fn split_lines(f: &Flat) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in f.text.char_indices() {
        if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
            out.push(Line { range: start..i });
            start = i + c.len_utf8();
        }
    }
    out.push(Line {
        range: start..f.text.len(),
    });
    // Trim white space (and a trailing '\r') inside each line's range.
    for l in &mut out {
        let s = &f.text[l.range.clone()];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail >= s.len() {
            l.range = l.range.start..l.range.start;
        } else {
            l.range = l.range.start + lead..l.range.end - trail;
        }
    }
    out
}

/// Words that mark page furniture when they make up a short line.
const FURNITURE: &[&str] = &[
    "share",
    "shares",
    "shared",
    "subscribe",
    "subscribed",
    "newsletter",
    "sponsored",
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "tags",
    "tag",
    "author",
    "authors",
    "published",
    "updated",
    "posted",
    "photo",
    "photos",
    "image",
    "images",
    "credit",
    "credits",
    "read",
    "min",
    "minute",
    "minutes",
    "loading",
    "previous",
    "next",
    "post",
    "comments",
    "comment",
    "follow",
    "login",
    "sign",
    "cookie",
    "cookies",
    "copyright",
    "reserved",
    "rights",
    "print",
    "email",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "telegram",
    "video",
    "watch",
    "listen",
    "click",
    "here",
    "more",
    "related",
    "articles",
    "article",
    "news",
    "url",
    "original",
    "source",
    "by",
    "via",
    "edition",
    "menu",
    "home",
    "back",
    "top",
    "up",
    "continue",
    "reading",
    "story",
    "stories",
    "also",
    "see",
    "recommended",
    "trending",
    "popular",
    "latest",
    "contact",
    "form",
    "getty",
    "ap",
    "afp",
    "reuters",
];

/// Headings after which a page lists other stories.
const RELATED_HEADINGS: &[&str] = &[
    "more news",
    "related",
    "related articles",
    "related stories",
    "related news",
    "read more",
    "more stories",
    "more from",
    "recommended",
    "you may also like",
    "see also",
    "also read",
    "most read",
    "trending",
    "latest news",
    "more on this",
    "popular",
];

const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that",
    "this", "as", "he", "she", "they", "we", "his", "her", "their", "not", "will", "would", "said",
    "after", "who", "which", "about", "than", "into", "over", "if", "while", "also", "more", "can",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// The script a character's letter belongs to, coarsely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Cjk,
    Other,
}

fn script(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    Some(match c as u32 {
        0..=0x24f | 0x1e00..=0x1eff => Script::Latin,
        0x370..=0x3ff => Script::Greek,
        0x400..=0x52f => Script::Cyrillic,
        0x590..=0x5ff => Script::Hebrew,
        0x600..=0x6ff | 0x750..=0x77f | 0xfb50..=0xfdff | 0xfe70..=0xfeff => Script::Arabic,
        0x3040..=0x30ff | 0x3400..=0x9fff | 0xac00..=0xd7af => Script::Cjk,
        _ => Script::Other,
    })
}

fn dominant_script(text: &str) -> Option<Script> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for s in text.chars().filter_map(script) {
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s)
}

fn is_month_or_date_word(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "am",
        "pm",
        "gmt",
        "utc",
        "et",
        "edt",
        "est",
    ];
    MONTHS.contains(&w) || w.chars().all(|c| c.is_ascii_digit())
}

/// Decides, line by line, what is article text.
fn classify(f: &Flat, lines: &[Line]) -> Vec<bool> {
    let main_script = dominant_script(&f.text);
    let texts: Vec<&str> = lines.iter().map(|l| &f.text[l.range.clone()]).collect();
    let first = texts.iter().position(|t| !t.is_empty());
    let mut keep = vec![false; lines.len()];
    let mut after_related = false;
    let mut seen: Vec<String> = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        if t.is_empty() {
            continue;
        }
        let ws = words(t);
        let n = ws.len();
        let norm = ws.join(" ");
        let repeated = seen.contains(&norm);
        seen.push(norm.clone());
        let sentence_like = ends_sentence(t);
        let long_paragraph = n >= 12 && sentence_like;

        // A "related / more news" heading: what follows is a list of other stories, until a
        // real paragraph comes back.
        let label = norm.trim_end_matches(':');
        if n <= 5
            && !sentence_like
            && RELATED_HEADINGS
                .iter()
                .any(|h| label == *h || label.starts_with(&format!("{h} ")))
        {
            after_related = true;
            continue;
        }
        if after_related && !long_paragraph {
            continue;
        }
        after_related = false;

        // A line in another script than the article's (a contact form in Arabic under an
        // English story).
        if let Some(main) = main_script {
            let letters: Vec<Script> = t.chars().filter_map(script).collect();
            let foreign = letters.iter().filter(|s| **s != main).count();
            if !letters.is_empty() && foreign * 2 > letters.len() {
                continue;
            }
        }
        // No letters at all: separators, bullets, stray punctuation.
        if !t.chars().any(char::is_alphabetic) {
            continue;
        }
        // A line repeated elsewhere (a headline shown twice, a list of headlines) keeps only
        // its first occurrence.
        if repeated {
            continue;
        }
        // Mostly link text: navigation, "Related article: [headline](url)".
        let link_bytes: usize = f
            .links
            .iter()
            .map(|l| {
                l.end
                    .min(lines[i].range.end)
                    .saturating_sub(l.start.max(lines[i].range.start))
            })
            .sum();
        if link_bytes * 2 > t.len() {
            continue;
        }
        // A label with nothing after it ("Original url:", "Tags").
        if n <= 3 && t.trim_end().ends_with(':') {
            continue;
        }
        if !sentence_like || n <= 8 {
            // Short lines made mostly of furniture words: share/subscribe/ad/byline/credit/
            // read-time lines.
            let furniture = ws
                .iter()
                .filter(|w| FURNITURE.contains(&w.as_str()))
                .count();
            let dates = ws.iter().filter(|w| is_month_or_date_word(w)).count();
            if n <= 8 && (furniture * 2 >= n || (furniture >= 1 && furniture + dates == n)) {
                continue;
            }
            // A date alone on a line, with at most a label ("Updated: May 11 2025").
            if n <= 6 && dates * 2 >= n && dates >= 2 {
                continue;
            }
            // A byline or credit: "By ..." / "Photo: ..." short lines.
            let lower = t.to_lowercase();
            if n <= 10
                && [
                    "by ",
                    "photo:",
                    "image:",
                    "credit:",
                    "source:",
                    "photograph:",
                    "illustration:",
                ]
                .iter()
                .any(|p| lower.starts_with(p))
            {
                continue;
            }
        }
        if !sentence_like && Some(i) != first {
            // Very short unpunctuated lines inside the body: sign-offs, initials, section
            // labels, category names.
            if n <= 3 {
                continue;
            }
            // Long unpunctuated lines with almost no function words: keyword or tag lists.
            let stops = ws.iter().filter(|w| STOP.contains(&w.as_str())).count();
            if n >= 10 && stops * 10 < n {
                continue;
            }
        }
        keep[i] = true;
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cleans `raw` and checks which lines survive.
    #[track_caller]
    fn kept(raw: &str, want: &[&str]) {
        let c = clean(raw);
        let got: Vec<&str> = c.text().lines().collect();
        assert_eq!(got, want, "cleaning {raw:?}");
    }

    #[test]
    fn furniture_patterns() {
        let body = "The bridge over the Vell opened on Monday after two years of work.";
        // (raw input, lines kept)
        let rows: Vec<(String, Vec<&str>)> = vec![
            (format!("Share this article\n{body}"), vec![body]),
            (format!("{body}\nPrevious Post Next Post\nSponsored Ad"), vec![body]),
            (format!("{body}\nLoading related articles..."), vec![body]),
            (format!("{body}\n1 MIN READ"), vec![body]),
            (format!("{body}\nTags\nAuthor"), vec![body]),
            (format!("By [Agence](#)\n{body}"), vec![body]),
            (format!("Photo: Jane Roe/Agency via AP\n{body}"), vec![body]),
            (format!("» Published: May 11 2025\n{body}"), vec![body]),
            (format!("{body}\nOriginal url:\n<https://example.com/a/b>"), vec![body]),
            (format!("{body}\nRelated article: [Another story about bridges](#)"), vec![body]),
            (
                format!("{body}\nMore news\nCity Opens New Library\n1 MIN READ\nCity Opens New Library\nMayor Visits School"),
                vec![body],
            ),
            (format!("{body}\nنموذج الاتصال"), vec![body]),
            (format!("{body}\nabc-de"), vec![body]),
            (format!("{body}\n* * *\n---"), vec![body]),
        ];
        for (raw, want) in &rows {
            kept(raw, want);
        }
    }

    #[test]
    fn article_text_survives() {
        let rows: &[(&str, &[&str])] = &[
            // a headline without a full stop, shown twice: the first stays
            (
                "Bridge Opens After Two Years\n\nBridge Opens After Two Years\nThe bridge opened on Monday.",
                &["Bridge Opens After Two Years", "The bridge opened on Monday."],
            ),
            // a sentence that mentions furniture words is still a sentence
            (
                "Officials said they would share the report with every author of the study next week.",
                &["Officials said they would share the report with every author of the study next week."],
            ),
            // a short quoted line with punctuation stays
            ("\"We are ready,\" she said.", &["\"We are ready,\" she said."]),
        ];
        for (raw, want) in rows {
            kept(raw, want);
        }
    }

    #[test]
    fn markup_becomes_text_with_offsets() {
        let raw =
            "Officials from [Agence](#) &amp; the <b>city</b> said so. See https://x.y/z today.";
        let c = clean(raw);
        assert_eq!(
            c.text(),
            "Officials from Agence & the city said so. See  today.\n"
        );
        // every kept word maps back to itself
        for word in ["Officials", "Agence", "city", "said so.", "today."] {
            let at = c.text().find(word).unwrap();
            let r = c.to_original(at..at + word.len());
            assert_eq!(&raw[r], word);
        }
        // a range over a link keeps the raw link syntax; over an entity, the whole entity
        let at = c.text().find("Agence &").unwrap();
        assert_eq!(&raw[c.to_original(at..at + 8)], "Agence](#) &amp;");
        let all = c.text().trim_end();
        assert_eq!(&raw[c.to_original(0..all.len())], raw);
    }

    #[test]
    fn invisible_and_control_characters_go_offsets_stay() {
        // (raw, cleaned text)
        for (raw, want) in [
            (
                "Zero\u{200b}width and a nul\0 byte.",
                "Zerowidth and a nul byte.",
            ),
            (
                "\u{feff}A byte-order mark opens it.",
                "A byte-order mark opens it.",
            ),
            (
                "Bad \u{fffd}bytes\u{7} and a bell.",
                "Bad bytes and a bell.",
            ),
            (
                "\u{1b}[31mRed\u{1b}[0m from a terminal.",
                "Red from a terminal.",
            ),
            ("Tabs\tstay.", "Tabs\tstay."),
        ] {
            let c = clean(raw);
            assert_eq!(c.text().trim_end(), want, "{raw:?}");
            let all = c.text().trim_end();
            let back = c.to_original(0..all.len());
            assert!(raw[back].ends_with('.'), "{raw:?}");
        }
    }

    #[test]
    fn scripts_and_styles_vanish_with_their_contents() {
        let raw = "<script>alert('x')</script><style>p{}</style><p>The vote was close.</p>";
        assert_eq!(clean(raw).text(), "The vote was close.\n");
    }

    #[test]
    fn pathological_input() {
        let giant = "word ".repeat(200_000);
        let binary: String =
            String::from_utf8_lossy(&(0..=255u8).cycle().take(100_000).collect::<Vec<u8>>())
                .into_owned();
        for raw in [
            "",
            " ",
            "\n\n\n",
            "\r\n",
            "<",
            "&",
            "[",
            "[a](",
            "&#0;",
            "&#x110000;",
            "<script>",
            "🙂🙂",
            "שלום עולם. Hello.",
            "\0\0\0",
            giant.as_str(),
            binary.as_str(),
            "a\r\nb\r\n",
        ] {
            let c = clean(raw);
            // every cleaned range maps to valid boundaries of the input
            let mut start = 0;
            for line in c.text().split_inclusive('\n') {
                let end = start + line.trim_end().len();
                let r = c.to_original(start..end);
                assert!(raw.get(r.clone()).is_some(), "bad range {r:?} for {raw:?}");
                start += line.len();
            }
        }
    }
}
