//! The stand-alone page, built and updated from Rust through web-sys.
//!
//! Every piece of pasted text reaches the DOM through `set_text_content` or text nodes, never as
//! HTML, so markup in an article is shown, not run.

use std::ops::Range;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlTextAreaElement};

use super::example;
use std::cell::RefCell;

use crate::report::{Fact, Report, Verdict};
use crate::Source;

thread_local! {
    /// The analysis worker, and the sources of the comparison it is running.
    static WORKER: RefCell<Option<(web_sys::Worker, u32)>> = const { RefCell::new(None) };
    static PENDING: RefCell<Option<(u32, Vec<Source>, f64)>> = const { RefCell::new(None) };
}

const DRAFTS_KEY: &str = "corroborate.drafts";
const START_ARTICLES: usize = 3;
/// The most articles the page offers inputs for.
pub const MAX_ARTICLES: usize = 200;

type JsResult<T> = Result<T, JsValue>;

fn doc() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn el(d: &Document, tag: &str, class: &str) -> JsResult<Element> {
    let e = d.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

fn text_el(d: &Document, tag: &str, class: &str, text: &str) -> JsResult<Element> {
    let e = el(d, tag, class)?;
    e.set_text_content(Some(text));
    Ok(e)
}

fn append_text(
    parent: &Element,
    d: &Document,
    tag: &str,
    class: &str,
    text: &str,
) -> JsResult<Element> {
    let e = text_el(d, tag, class, text)?;
    parent.append_child(&e)?;
    Ok(e)
}

fn button(d: &Document, label: &str, class: &str) -> JsResult<Element> {
    let b = text_el(d, "button", class, label)?;
    b.set_attribute("type", "button")?;
    Ok(b)
}

fn on(target: &Element, event: &str, f: impl FnMut(web_sys::Event) + 'static) -> JsResult<()> {
    let c = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    target.add_event_listener_with_callback(event, c.as_ref().unchecked_ref())?;
    c.forget();
    Ok(())
}

fn report_error(e: JsValue) {
    web_sys::console::error_1(&e);
    if let Some(s) = doc().get_element_by_id("engine-status") {
        s.set_text_content(Some(
            "Something went wrong in the page; your articles are kept.",
        ));
    }
}

/// Builds the page inside `root`.
pub fn mount(root: &Element) -> JsResult<()> {
    let d = doc();
    let form = el(&d, "section", "inputs")?;
    form.set_attribute("aria-label", "Articles")?;
    let intro = text_el(
        &d,
        "p",
        "hint",
        "Paste two or more articles about the same event, one per box, then press Compare (Ctrl+Enter).",
    )?;
    form.append_child(&intro)?;
    let list = el(&d, "div", "articles")?;
    list.set_id("articles");
    form.append_child(&list)?;

    let bar = el(&d, "div", "actions")?;
    let add = button(&d, "Add article", "secondary")?;
    add.set_id("add-article");
    let example_btn = button(&d, "Load example", "secondary")?;
    let clear = button(&d, "Clear all", "secondary danger")?;
    let compare = button(&d, "Compare", "primary")?;
    compare.set_id("compare");
    for b in [&compare, &add, &example_btn, &clear] {
        bar.append_child(b)?;
    }
    form.append_child(&bar)?;
    let confirm = el(&d, "div", "confirm")?;
    confirm.set_id("confirm-clear");
    confirm.set_attribute("hidden", "")?;
    append_text(
        &confirm,
        &d,
        "span",
        "",
        "Clear every article? This cannot be undone.",
    )?;
    let yes = button(&d, "Yes, clear all", "danger")?;
    let no = button(&d, "Keep them", "secondary")?;
    confirm.append_child(&yes)?;
    confirm.append_child(&no)?;
    form.append_child(&confirm)?;
    root.append_child(&form)?;

    let results = el(&d, "section", "results")?;
    results.set_id("results");
    results.set_attribute("aria-label", "Results")?;
    root.append_child(&results)?;

    let drafts = load_drafts();
    if drafts.iter().any(|(_, t)| !t.trim().is_empty()) {
        for (label, text) in &drafts {
            add_article(&d, label, text)?;
        }
    } else {
        for _ in 0..START_ARTICLES {
            add_article(&d, "", "")?;
        }
    }

    on(&add, "click", |_| {
        let d = doc();
        if count_articles(&d) < MAX_ARTICLES {
            if let Err(e) = add_article(&d, "", "").and_then(|ta| ta.focus()) {
                report_error(e);
            }
        }
    })?;
    on(&example_btn, "click", |_| {
        if let Err(e) = load_example() {
            report_error(e);
        }
    })?;
    let confirm_box = confirm.clone();
    on(&clear, "click", move |_| {
        let _ = confirm_box.remove_attribute("hidden");
    })?;
    let confirm_box = confirm.clone();
    on(&no, "click", move |_| {
        let _ = confirm_box.set_attribute("hidden", "");
    })?;
    let confirm_box = confirm.clone();
    on(&yes, "click", move |_| {
        let _ = confirm_box.set_attribute("hidden", "");
        if let Err(e) = clear_all() {
            report_error(e);
        }
    })?;
    on(&compare, "click", |_| run_compare())?;
    let body: Element = d.body().ok_or("no body")?.into();
    on(&body, "keydown", |e| {
        if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            if k.key() == "Enter" && (k.ctrl_key() || k.meta_key()) {
                k.prevent_default();
                run_compare();
            }
        }
    })?;
    Ok(())
}

fn count_articles(d: &Document) -> usize {
    d.query_selector_all(".article")
        .map(|l| l.length() as usize)
        .unwrap_or(0)
}

/// Appends one article input and returns its text area.
fn add_article(d: &Document, label: &str, text: &str) -> JsResult<HtmlTextAreaElement> {
    let list = d.get_element_by_id("articles").ok_or("no article list")?;
    let card = el(d, "div", "article")?;
    let head = el(d, "div", "article-head")?;
    let title = el(d, "label", "article-title")?;
    let source = el(d, "input", "source-label")?;
    source.set_attribute("type", "text")?;
    source.set_attribute("placeholder", "Source (optional)")?;
    source.unchecked_ref::<HtmlInputElement>().set_value(label);
    let count = el(d, "span", "count")?;
    count.set_attribute("aria-live", "off")?;
    let remove = button(d, "Remove", "link")?;
    head.append_child(&title)?;
    head.append_child(&source)?;
    head.append_child(&count)?;
    head.append_child(&remove)?;
    let area = el(d, "textarea", "")?;
    area.set_attribute("rows", "8")?;
    area.set_attribute("spellcheck", "false")?;
    let ta: HtmlTextAreaElement = area.clone().unchecked_into();
    ta.set_value(text);
    card.append_child(&head)?;
    card.append_child(&area)?;
    list.append_child(&card)?;
    renumber(d)?;
    update_count(&card);

    let c = card.clone();
    on(&area, "input", move |_| {
        update_count(&c);
        save_drafts();
    })?;
    on(&source, "input", |_| save_drafts())?;
    let c = card.clone();
    on(&remove, "click", move |_| {
        c.remove();
        let d = doc();
        if count_articles(&d) == 0 {
            let _ = add_article(&d, "", "");
        }
        let _ = renumber(&d);
        save_drafts();
    })?;
    Ok(ta)
}

/// Gives every article its number: "Article 1", "Article 2", ... after any removal.
fn renumber(d: &Document) -> JsResult<()> {
    let cards = d.query_selector_all(".article")?;
    for i in 0..cards.length() {
        let Some(card) = cards.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let n = i + 1;
        let id = format!("article-{n}");
        if let Some(area) = card.query_selector("textarea")? {
            area.set_id(&id);
        }
        if let Some(label) = card.query_selector(".article-title")? {
            label.set_text_content(Some(&format!("Article {n}")));
            label.set_attribute("for", &id)?;
        }
        if let Some(src) = card.query_selector(".source-label")? {
            src.set_attribute("aria-label", &format!("Source of article {n}"))?;
        }
        if let Some(rm) = card.query_selector("button")? {
            rm.set_attribute("aria-label", &format!("Remove article {n}"))?;
        }
    }
    Ok(())
}

fn update_count(card: &Element) {
    let (Ok(Some(area)), Ok(Some(count))) = (
        card.query_selector("textarea"),
        card.query_selector(".count"),
    ) else {
        return;
    };
    let text = area.unchecked_ref::<HtmlTextAreaElement>().value();
    let words = text.split_whitespace().count();
    count.set_text_content(Some(&format!(
        "{} characters, {words} words",
        text.chars().count()
    )));
}

/// The articles as typed: (label, text) per input.
fn read_articles() -> Vec<(String, String)> {
    let d = doc();
    let mut out = Vec::new();
    if let Ok(cards) = d.query_selector_all(".article") {
        for i in 0..cards.length() {
            let Some(card) = cards.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let text = card
                .query_selector("textarea")
                .ok()
                .flatten()
                .map(|a| a.unchecked_into::<HtmlTextAreaElement>().value())
                .unwrap_or_default();
            let label = card
                .query_selector(".source-label")
                .ok()
                .flatten()
                .map(|a| a.unchecked_into::<HtmlInputElement>().value())
                .unwrap_or_default();
            out.push((label, text));
        }
    }
    out
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn save_drafts() {
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&read_articles())) {
        let _ = s.set_item(DRAFTS_KEY, &json);
    }
}

fn load_drafts() -> Vec<(String, String)> {
    storage()
        .and_then(|s| s.get_item(DRAFTS_KEY).ok().flatten())
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

fn replace_articles(items: &[(&str, &str)]) -> JsResult<()> {
    let d = doc();
    let list = d.get_element_by_id("articles").ok_or("no article list")?;
    list.set_text_content(None);
    for (label, text) in items {
        add_article(&d, label, text)?;
    }
    save_drafts();
    Ok(())
}

fn load_example() -> JsResult<()> {
    replace_articles(example::ARTICLES)?;
    run_compare();
    Ok(())
}

fn clear_all() -> JsResult<()> {
    let empty: Vec<(&str, &str)> = vec![("", ""); START_ARTICLES];
    replace_articles(&empty)?;
    if let Some(r) = doc().get_element_by_id("results") {
        r.set_text_content(None);
    }
    set_status("All articles cleared.");
    Ok(())
}

fn set_status(msg: &str) {
    if let Some(s) = doc().get_element_by_id("engine-status") {
        s.set_text_content(Some(msg));
    }
}

fn run_compare() {
    let articles = read_articles();
    let sources: Vec<Source> = articles
        .iter()
        .enumerate()
        .filter(|(_, (_, t))| !t.trim().is_empty())
        .map(|(i, (label, text))| {
            let label = Some(label.trim().to_string())
                .filter(|l| !l.is_empty())
                .or_else(|| crate::text::label::guess_label(text));
            Source {
                id: format!("Article {}", i + 1),
                label: label.map(|l| format!("{l} (Article {})", i + 1)),
                text: text.clone(),
            }
        })
        .collect();
    if let Err(e) = start_analysis(sources) {
        report_error(e);
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// The worker (started on first use, restarted if it failed).
fn worker() -> JsResult<web_sys::Worker> {
    if let Some(w) = WORKER.with(|w| w.borrow().as_ref().map(|(w, _)| w.clone())) {
        return Ok(w);
    }
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let w = web_sys::Worker::new_with_options("static/worker.js", &opts)?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            if let Err(err) = finish_analysis(&e.data()) {
                report_error(err);
            }
        });
    w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_| {
        // The worker died: drop it so the next Compare starts a fresh one.
        WORKER.with(|w| *w.borrow_mut() = None);
        PENDING.with(|p| *p.borrow_mut() = None);
        set_status("The comparison failed; your articles are kept. Press Compare to try again.");
    });
    w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    WORKER.with(|slot| *slot.borrow_mut() = Some((w.clone(), 0)));
    Ok(w)
}

/// Sends the sources to the worker; the page stays responsive meanwhile.
fn start_analysis(sources: Vec<Source>) -> JsResult<()> {
    let w = worker()?;
    let id = WORKER.with(|slot| {
        let mut slot = slot.borrow_mut();
        let entry = slot.as_mut().map(|(_, n)| {
            *n += 1;
            *n
        });
        entry.unwrap_or(0)
    });
    let list = js_sys::Array::new();
    for s in &sources {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"id".into(), &s.id.as_str().into())?;
        if let Some(l) = &s.label {
            js_sys::Reflect::set(&o, &"label".into(), &l.as_str().into())?;
        }
        js_sys::Reflect::set(&o, &"text".into(), &s.text.as_str().into())?;
        list.push(&o);
    }
    let msg = js_sys::Object::new();
    js_sys::Reflect::set(&msg, &"id".into(), &id.into())?;
    js_sys::Reflect::set(&msg, &"sources".into(), &list)?;
    set_status(&format!("Comparing {} articles…", sources.len()));
    if let Some(r) = doc().get_element_by_id("results") {
        r.set_attribute("aria-busy", "true")?;
    }
    PENDING.with(|p| *p.borrow_mut() = Some((id, sources, now())));
    w.post_message(&msg)
}

/// Renders the worker's answer, if it answers the latest request.
fn finish_analysis(data: &JsValue) -> JsResult<()> {
    let id = js_sys::Reflect::get(data, &"id".into())?
        .as_f64()
        .unwrap_or(-1.0) as u32;
    let Some((_, sources, started)) = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if p.as_ref().is_some_and(|(pid, _, _)| *pid == id) {
            p.take()
        } else {
            None
        }
    }) else {
        return Ok(());
    };
    if let Some(r) = doc().get_element_by_id("results") {
        r.remove_attribute("aria-busy")?;
    }
    let error = js_sys::Reflect::get(data, &"error".into())?;
    if let Some(msg) = error.as_string() {
        set_status(&format!(
            "The comparison failed ({msg}); your articles are kept."
        ));
        return Ok(());
    }
    let report: Report =
        serde_wasm_bindgen::from_value(js_sys::Reflect::get(data, &"report".into())?)
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
    render(&report, &sources)?;
    let count = |v: Verdict| report.facts.iter().filter(|f| f.verdict == v).count();
    set_status(&format!(
        "Done: {} facts, {} disputed, {} consensus, {} single-source ({:.1} s).",
        report.facts.len(),
        count(Verdict::Disputed),
        count(Verdict::Consensus),
        count(Verdict::Single),
        (now() - started) / 1000.0
    ));
    Ok(())
}

fn label_of<'a>(report: &'a Report, id: &'a str) -> &'a str {
    report
        .sources
        .iter()
        .find(|s| s.id == id)
        .map_or(id, |s| s.label.as_str())
}

/// Renders the report into the results section.
fn render(report: &Report, sources: &[Source]) -> JsResult<()> {
    let d = doc();
    let root = d.get_element_by_id("results").ok_or("no results section")?;
    root.set_text_content(None);
    for w in &report.warnings {
        append_text(&root, &d, "p", "warning", &format!("⚠ {w}"))?;
    }
    let count = |v: Verdict| report.facts.iter().filter(|f| f.verdict == v).count();
    // Per-source counts, listed while they fit on a line or two.
    let per_source: Vec<String> = if report.sources.len() <= 12 {
        report
            .sources
            .iter()
            .map(|s| format!("{}: {} claims", s.label, s.claims))
            .collect()
    } else {
        let most = report.sources.iter().map(|s| s.claims).max().unwrap_or(0);
        let least = report.sources.iter().map(|s| s.claims).min().unwrap_or(0);
        vec![format!(
            "{} sources, {least} to {most} claims each",
            report.sources.len()
        )]
    };
    let summary = text_el(
        &d,
        "p",
        "summary",
        &format!(
            "{} facts found: {} disputed, {} consensus, {} single-source. {}",
            report.facts.len(),
            count(Verdict::Disputed),
            count(Verdict::Consensus),
            count(Verdict::Single),
            per_source.join(" · ")
        ),
    )?;
    root.append_child(&summary)?;
    let total = report.sources.len();
    for (verdict, title, icon) in [
        (Verdict::Disputed, "Disputed", "≠"),
        (Verdict::Consensus, "Consensus", "="),
        (Verdict::Single, "Single source", "·"),
    ] {
        let facts: Vec<&Fact> = report
            .facts
            .iter()
            .filter(|f| f.verdict == verdict)
            .collect();
        let section = el(&d, "section", &format!("verdict {}", verdict.as_str()))?;
        append_text(
            &section,
            &d,
            "h2",
            "",
            &format!("{icon} {title} ({})", facts.len()),
        )?;
        if verdict == Verdict::Single {
            let details = el(&d, "details", "singles")?;
            append_text(
                &details,
                &d,
                "summary",
                "",
                &format!("Show {} facts only one source reports", facts.len()),
            )?;
            let ul = el(&d, "ul", "")?;
            for f in &facts {
                let li = el(&d, "li", "")?;
                let m = &f.mentions[0];
                append_text(&li, &d, "span", "src", label_of(report, &m.source))?;
                li.append_child(&d.create_text_node(&format!(" {}", one_line(&m.text))))?;
                ul.append_child(&li)?;
            }
            details.append_child(&ul)?;
            section.append_child(&details)?;
        } else {
            for f in facts {
                let card = fact_card(&d, report, f, total, sources)?;
                section.append_child(&card)?;
            }
        }
        root.append_child(&section)?;
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fact_card(
    d: &Document,
    report: &Report,
    f: &Fact,
    total: usize,
    _sources: &[Source],
) -> JsResult<Element> {
    let card = el(d, "article", "fact")?;
    let mut ids: Vec<&str> = f.mentions.iter().map(|m| m.source.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    append_text(&card, d, "p", "statement", &one_line(&f.statement))?;
    append_text(
        &card,
        d,
        "p",
        "carried",
        &format!("{} of {total} sources", ids.len()),
    )?;
    for c in &f.conflicts {
        let block = el(d, "div", "conflict")?;
        append_text(
            &block,
            d,
            "p",
            "kind",
            &format!("Differs on: {}", c.kind.label()),
        )?;
        let table = el(d, "dl", "values")?;
        for v in &c.values {
            append_text(&table, d, "dt", "", label_of(report, &v.source))?;
            let dd = el(d, "dd", "")?;
            // The source's sentence with its value highlighted.
            let mention = f.mentions.iter().find(|m| {
                m.source == v.source && m.start_byte <= v.start_byte && v.end_byte <= m.end_byte
            });
            match mention {
                Some(m) => highlight(
                    d,
                    &dd,
                    &m.text,
                    v.start_byte - m.start_byte..v.end_byte - m.start_byte,
                )?,
                None => {
                    append_text(&dd, d, "mark", "", &v.value)?;
                }
            }
            table.append_child(&dd)?;
        }
        block.append_child(&table)?;
        card.append_child(&block)?;
    }
    let details = el(d, "details", "mentions")?;
    append_text(&details, d, "summary", "", "Each source's words")?;
    let ul = el(d, "ul", "")?;
    for m in &f.mentions {
        let li = el(d, "li", "")?;
        append_text(&li, d, "span", "src", label_of(report, &m.source))?;
        li.append_child(&d.create_text_node(&format!(" {}", one_line(&m.text))))?;
        ul.append_child(&li)?;
    }
    details.append_child(&ul)?;
    if f.verdict == Verdict::Disputed {
        details.set_attribute("open", "")?;
    }
    card.append_child(&details)?;
    Ok(card)
}

/// Appends `text` to `parent` with `range` (bytes) wrapped in `<mark>`, all as text nodes.
fn highlight(d: &Document, parent: &Element, text: &str, range: Range<usize>) -> JsResult<()> {
    let (Some(before), Some(value), Some(after)) = (
        text.get(..range.start),
        text.get(range.clone()),
        text.get(range.end..),
    ) else {
        parent.append_child(&d.create_text_node(text))?;
        return Ok(());
    };
    parent.append_child(&d.create_text_node(before))?;
    append_text(parent, d, "mark", "", value)?;
    parent.append_child(&d.create_text_node(after))?;
    Ok(())
}
