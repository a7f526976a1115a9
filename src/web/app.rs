//! The interactive tool, shared by the page and the widget: article inputs, the worker that
//! runs the engine off the main thread, progress, results, exports, drafts and embedding.
//!
//! Events are delegated: one click, one input and one keydown listener on the root dispatch
//! on `data-action` attributes, so re-rendering never leaks listeners.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlTextAreaElement, MessageEvent, Worker};

use super::dom::{
    add, add_text, attr, button, clear, el, focus, listen, plural, set_hidden, text_el, thousands,
};
use super::view::{self, render_report, ViewOptions};
use crate::example::EXAMPLES;
use crate::render::{embed_snippet, markdown};
use crate::report::{Report, Verdict};
use crate::text::label::guess_label;
use crate::Source;

/// The most articles the inputs accept (the engine's own limit).
const MAX_ARTICLES: usize = 200;
/// Where drafts are kept between visits.
const DRAFTS_KEY: &str = "corroborate:drafts:v1";

/// Where the tool is mounted and what it offers.
pub(crate) struct Config {
    /// The page (drafts, example, embed, clear all) or the widget.
    pub page: bool,
    /// The element that receives `corroborate:done` (the widget's host, or the page root).
    pub event_target: Element,
    /// The module worker's URL (static/worker.js).
    pub worker_url: String,
    /// An existing live region to announce in (the page's #engine-status), if any.
    pub status: Option<Element>,
    /// Articles given by the author (the widget's `<article data-source>` children).
    pub prefill: Vec<(String, String)>,
    /// How many empty inputs to start with.
    pub start_rows: usize,
}

struct Row {
    row: Element,
    title: Element,
    textarea: HtmlTextAreaElement,
    label: HtmlInputElement,
    count: Element,
    remove: Element,
    /// The label last guessed from the text; replaced while the user has not edited it.
    auto_label: Option<String>,
}

struct Run {
    seq: u32,
    started: f64,
    n: usize,
    sources: Vec<Source>,
}

#[derive(Serialize, Deserialize)]
struct Draft {
    label: String,
    text: String,
}

#[derive(Serialize)]
struct SourceDto<'a> {
    id: &'a str,
    label: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct Summary {
    sources: usize,
    facts: usize,
    consensus: usize,
    disputed: usize,
    single: usize,
    labels: Vec<String>,
}

struct App {
    doc: Document,
    root: Element,
    cfg_page: bool,
    event_target: Element,
    prefix: String,
    next_id: u32,
    rows: Vec<Row>,
    list: Element,
    add_btn: Element,
    compare_btn: Element,
    cancel_btn: Element,
    status: Element,
    alert: Element,
    progress: Element,
    progress_text: Element,
    results: Element,
    confirm: Option<Element>,
    embed_panel: Option<(Element, HtmlTextAreaElement)>,
    file_input: Option<HtmlInputElement>,
    worker_url: String,
    worker: Option<Worker>,
    worker_handlers: Vec<Closure<dyn FnMut(JsValue)>>,
    seq: u32,
    run: Option<Run>,
    timer: Option<i32>,
    tick: Option<Closure<dyn FnMut()>>,
    last: Option<(Report, Vec<Source>)>,
    me: Weak<RefCell<App>>,
}

type Shared = Rc<RefCell<App>>;

thread_local! {
    static APP_COUNT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Builds the tool inside `root` and wires it up.
pub(crate) fn mount(doc: &Document, root: &Element, cfg: Config) -> Result<(), JsValue> {
    let n = APP_COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let prefix = format!("cb{n}");
    let widget_prefilled = !cfg.page && !cfg.prefill.is_empty();

    let status = match cfg.status.clone() {
        Some(s) => s,
        None => {
            let s = el(doc, "p", "status");
            attr(&s, "role", "status");
            attr(&s, "aria-live", "polite");
            add(root, &s);
            s
        }
    };

    let workspace = el(doc, "div", "workspace");
    let inputs = el(doc, "section", "inputs");
    let h_id = format!("{prefix}-articles-h");
    attr(&inputs, "aria-labelledby", &h_id);
    let head = el(doc, "div", "inputs-head");
    let h = text_el(doc, "h2", "", "Articles");
    attr(&h, "id", &h_id);
    add(&head, &h);
    add(
        &head,
        &text_el(
            doc,
            "p",
            "hint",
            "Paste the text of each article about the same event, one per box. Ctrl+Enter compares.",
        ),
    );
    add(&inputs, &head);

    let mut confirm = None;
    let mut embed_panel = None;
    let mut file_input = None;
    if cfg.page {
        let bar = el(doc, "div", "toolbar");
        attr(&bar, "role", "group");
        attr(&bar, "aria-label", "Article tools");
        add(&bar, &button(doc, "Load example", "btn", "example"));
        add(&bar, &button(doc, "Open text files…", "btn", "open-files"));
        add(&bar, &button(doc, "Embed", "btn", "embed"));
        add(&bar, &button(doc, "Clear all", "btn danger-quiet", "clear"));
        let fi: HtmlInputElement = el(doc, "input", "file-input").dyn_into()?;
        fi.set_type("file");
        fi.set_multiple(true);
        fi.set_accept(".txt,.md,text/plain");
        attr(&fi, "aria-label", "Article text files");
        attr(&fi, "tabindex", "-1");
        fi.set_hidden(true);
        add(&bar, &fi);
        file_input = Some(fi);
        add(&inputs, &bar);

        let c = el(doc, "div", "confirm");
        attr(&c, "role", "alertdialog");
        let cid = format!("{prefix}-confirm-t");
        attr(&c, "aria-labelledby", &cid);
        let ct = text_el(doc, "p", "confirm-text", "");
        attr(&ct, "id", &cid);
        add(&c, &ct);
        add(
            &c,
            &button(doc, "Clear everything", "btn danger", "clear-yes"),
        );
        add(&c, &button(doc, "Keep my articles", "btn", "clear-no"));
        set_hidden(&c, true);
        add(&inputs, &c);
        confirm = Some(c);

        let p = el(doc, "div", "embed-panel");
        set_hidden(&p, true);
        let eid = format!("{prefix}-embed");
        let l = text_el(doc, "label", "field-label", "Embed code");
        attr(&l, "for", &eid);
        add(&p, &l);
        add(
            &p,
            &text_el(
                doc,
                "p",
                "hint",
                "Paste this into your blog or CMS: readers see the comparison; without scripts they see the articles as text.",
            ),
        );
        let ta: HtmlTextAreaElement = el(doc, "textarea", "code").dyn_into()?;
        attr(&ta, "id", &eid);
        ta.set_read_only(true);
        ta.set_rows(8);
        attr(&ta, "spellcheck", "false");
        add(&p, &ta);
        add(&p, &button(doc, "Copy embed code", "btn", "copy-embed"));
        add(&p, &button(doc, "Close", "btn", "close-embed"));
        add(&inputs, &p);
        embed_panel = Some((p, ta));
    }

    let list = el(doc, "ol", "articles");
    add(&inputs, &list);
    let actions = el(doc, "div", "actions");
    let add_btn = button(doc, "Add article", "btn", "add");
    let compare_btn = button(doc, "Compare", "btn primary", "compare");
    attr(&compare_btn, "aria-keyshortcuts", "Control+Enter");
    let cancel_btn = button(doc, "Cancel", "btn", "cancel");
    set_hidden(&cancel_btn, true);
    add(&actions, &add_btn);
    add(&actions, &compare_btn);
    add(&actions, &cancel_btn);
    add(&inputs, &actions);
    let progress = el(doc, "div", "progress");
    add(&progress, &{
        let s = el(doc, "span", "spinner");
        attr(&s, "aria-hidden", "true");
        s
    });
    let progress_text = text_el(doc, "span", "progress-text", "");
    add(&progress, &progress_text);
    set_hidden(&progress, true);
    add(&inputs, &progress);
    let alert = el(doc, "div", "alert");
    attr(&alert, "role", "alert");
    add(&inputs, &alert);
    if widget_prefilled {
        set_hidden(&inputs, true);
    }
    add(&workspace, &inputs);

    let results = el(doc, "section", "results");
    attr(&results, "aria-label", "Comparison results");
    if !widget_prefilled {
        let hint = if cfg.page {
            "Results appear here: the facts the articles agree on, and exactly where they differ. Paste two or more articles, or load the example, then choose Compare."
        } else {
            "Results appear here: the facts the articles agree on, and exactly where they differ. Paste two or more articles, then choose Compare."
        };
        add(&results, &text_el(doc, "p", "placeholder", hint));
    }
    add(&workspace, &results);
    add(root, &workspace);

    let app = Rc::new_cyclic(|me| {
        RefCell::new(App {
            doc: doc.clone(),
            root: root.clone(),
            cfg_page: cfg.page,
            event_target: cfg.event_target.clone(),
            prefix,
            next_id: 0,
            rows: Vec::new(),
            list,
            add_btn,
            compare_btn,
            cancel_btn,
            status,
            alert,
            progress,
            progress_text,
            results,
            confirm,
            embed_panel,
            file_input,
            worker_url: cfg.worker_url.clone(),
            worker: None,
            worker_handlers: Vec::new(),
            seq: 0,
            run: None,
            timer: None,
            tick: None,
            last: None,
            me: me.clone(),
        })
    });

    {
        let mut a = app.borrow_mut();
        let drafts = if cfg.page {
            a.load_drafts()
        } else {
            Vec::new()
        };
        if !cfg.prefill.is_empty() {
            for (label, text) in &cfg.prefill {
                a.push_row(label, text);
            }
        } else if drafts
            .iter()
            .any(|d| !d.text.is_empty() || !d.label.is_empty())
        {
            for d in &drafts {
                a.push_row(&d.label, &d.text);
            }
        } else {
            for _ in 0..cfg.start_rows.max(1) {
                a.push_row("", "");
            }
        }
        a.renumber();
        let weak = a.me.clone();
        a.tick = Some(Closure::new(move || {
            if let Some(app) = weak.upgrade() {
                app.borrow().update_progress();
            }
        }));
    }

    let target: &web_sys::EventTarget = root.as_ref();
    let a1 = app.clone();
    listen(target, "click", move |e: web_sys::MouseEvent| {
        let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let Ok(Some(btn)) = t.closest("[data-action]") else {
            return;
        };
        let action = btn.get_attribute("data-action").unwrap_or_default();
        App::action(&a1, &action, &btn);
    });
    let a2 = app.clone();
    listen(target, "input", move |e: web_sys::Event| {
        let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        a2.borrow_mut().on_input(&t);
    });
    let a3 = app.clone();
    listen(target, "keydown", move |e: web_sys::KeyboardEvent| {
        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            let btn = a3.borrow().compare_btn.clone();
            App::action(&a3, "compare", &btn);
        } else if e.key() == "Escape" {
            let mut a = a3.borrow_mut();
            if let Some(c) = &a.confirm {
                if !c.has_attribute("hidden") {
                    a.close_confirm();
                }
            }
        }
    });
    // A source's text is built when its <details> first opens ("toggle" does not bubble, so
    // it is caught on the way down).
    let a5 = app.clone();
    let on_toggle = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(d) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            if d.has_attribute("open") {
                a5.borrow().ensure_source_body(&d);
            }
        }
    });
    let _ = target.add_event_listener_with_callback_and_bool(
        "toggle",
        on_toggle.as_ref().unchecked_ref(),
        true,
    );
    on_toggle.forget();
    if let Some(fi) = app.borrow().file_input.clone() {
        let a4 = app.clone();
        let fi2 = fi.clone();
        listen(fi.as_ref(), "change", move |_e: web_sys::Event| {
            App::open_files(&a4, &fi2);
        });
    }

    if widget_prefilled {
        let btn = app.borrow().compare_btn.clone();
        App::action(&app, "compare", &btn);
    }
    Ok(())
}

impl App {
    fn action(app: &Shared, action: &str, btn: &Element) {
        let mut a = app.borrow_mut();
        match action {
            "add" => a.add_article(),
            "remove" => a.remove_article(btn),
            "compare" => a.compare(),
            "cancel" => a.cancel(),
            "example" => a.load_example(),
            "open-files" => {
                if let Some(fi) = &a.file_input {
                    fi.click();
                }
            }
            "clear" => a.ask_clear(),
            "clear-yes" => a.clear_all(),
            "clear-no" => a.close_confirm(),
            "embed" => a.show_embed(),
            "close-embed" => {
                if let Some((p, _)) = &a.embed_panel {
                    set_hidden(p, true);
                }
                focus_action(&a.root, "embed");
            }
            "copy-embed" => {
                if let Some((_, ta)) = &a.embed_panel {
                    ta.select();
                    a.copy(&ta.value(), "Embed code copied.");
                }
            }
            "export-json" => a.export(true),
            "export-md" => a.export(false),
            "copy-md" => {
                if let Some((r, _)) = &a.last {
                    a.copy(&markdown(r), "Report copied as Markdown.");
                }
            }
            "locate" => a.locate(btn),
            _ => {}
        }
    }

    // ---- Articles -------------------------------------------------------------------

    fn push_row(&mut self, label: &str, text: &str) {
        let doc = &self.doc;
        self.next_id += 1;
        let id = format!("{}-a{}", self.prefix, self.next_id);
        let row = el(doc, "li", "article-card");
        let head = el(doc, "div", "article-head");
        let title = text_el(doc, "label", "article-title", "Article");
        attr(&title, "for", &format!("{id}-text"));
        add(&head, &title);
        let remove = button(doc, "Remove", "link-btn remove", "remove");
        add(&head, &remove);
        add(&row, &head);

        let lrow = el(doc, "div", "label-row");
        let ll = text_el(doc, "label", "field-label", "Source");
        attr(&ll, "for", &format!("{id}-label"));
        add(&lrow, &ll);
        let input: HtmlInputElement = el(doc, "input", "label-input").unchecked_into();
        input.set_type("text");
        attr(&input, "id", &format!("{id}-label"));
        attr(&input, "placeholder", "Outlet (optional)");
        attr(&input, "autocomplete", "off");
        attr(&input, "data-role", "label");
        input.set_value(label);
        add(&lrow, &input);
        add(&row, &lrow);

        let ta: HtmlTextAreaElement = el(doc, "textarea", "article-text").unchecked_into();
        attr(&ta, "id", &format!("{id}-text"));
        attr(&ta, "rows", "7");
        attr(&ta, "placeholder", "Paste the article text here");
        attr(&ta, "data-role", "text");
        attr(&ta, "aria-describedby", &format!("{id}-count"));
        ta.set_value(text);
        add(&row, &ta);
        let count = text_el(doc, "p", "count", "");
        attr(&count, "id", &format!("{id}-count"));
        add(&row, &count);
        add(&self.list, &row);
        let guessed = guess_label(text);
        let auto_label = if label.is_empty() { guessed } else { None };
        let r = Row {
            row,
            title,
            textarea: ta,
            label: input,
            count,
            remove,
            auto_label,
        };
        if label.is_empty() {
            if let Some(g) = &r.auto_label {
                r.label.set_value(g);
            }
        }
        update_count(&r);
        self.rows.push(r);
    }

    fn renumber(&self) {
        for (i, r) in self.rows.iter().enumerate() {
            let n = i + 1;
            r.title.set_text_content(Some(&format!("Article {n}")));
            attr(&r.remove, "aria-label", &format!("Remove article {n}"));
            attr(&r.label, "aria-label", &format!("Source of article {n}"));
        }
        let full = self.rows.len() >= MAX_ARTICLES;
        attr(
            &self.add_btn,
            "aria-disabled",
            if full { "true" } else { "false" },
        );
    }

    fn add_article(&mut self) {
        if self.rows.len() >= MAX_ARTICLES {
            self.announce(&format!("At most {MAX_ARTICLES} articles can be compared."));
            return;
        }
        self.push_row("", "");
        self.renumber();
        let n = self.rows.len();
        if let Some(r) = self.rows.last() {
            focus(&r.textarea);
        }
        self.announce(&format!("Article {n} added."));
        self.save_drafts();
    }

    fn remove_article(&mut self, btn: &Element) {
        let Some(i) = self.rows.iter().position(|r| r.row.contains(Some(btn))) else {
            return;
        };
        if self.rows.len() == 1 {
            let r = &mut self.rows[0];
            r.textarea.set_value("");
            r.label.set_value("");
            r.auto_label = None;
            update_count(r);
            focus(&r.textarea);
            self.announce("Article 1 cleared.");
        } else {
            let r = self.rows.remove(i);
            r.row.remove();
            self.renumber();
            let next = i.min(self.rows.len() - 1);
            focus(&self.rows[next].textarea);
            self.announce(&format!(
                "Article {} removed; {} left.",
                i + 1,
                plural(self.rows.len(), "article", "articles")
            ));
        }
        self.save_drafts();
    }

    fn set_articles(&mut self, items: &[(String, String)]) {
        for r in self.rows.drain(..) {
            r.row.remove();
        }
        for (l, t) in items {
            self.push_row(l, t);
        }
        if self.rows.is_empty() {
            for _ in 0..3 {
                self.push_row("", "");
            }
        }
        self.renumber();
        self.save_drafts();
    }

    fn on_input(&mut self, t: &Element) {
        let Some(r) = self.rows.iter_mut().find(|r| r.row.contains(Some(t))) else {
            return;
        };
        match t.get_attribute("data-role").as_deref() {
            Some("text") => {
                update_count(r);
                let current = r.label.value();
                if current.is_empty() || r.auto_label.as_deref() == Some(current.as_str()) {
                    let g = guess_label(&r.textarea.value());
                    r.label.set_value(g.as_deref().unwrap_or(""));
                    r.auto_label = g;
                }
            }
            Some("label") => r.auto_label = None,
            _ => return,
        }
        self.save_drafts();
    }

    fn load_example(&mut self) {
        let items: Vec<(String, String)> = EXAMPLES
            .iter()
            .map(|e| (e.label.to_string(), e.text.to_string()))
            .collect();
        self.set_articles(&items);
        self.announce("Loaded 4 example articles about an invented event. Choose Compare to see where they differ.");
        focus(&self.compare_btn);
    }

    fn ask_clear(&mut self) {
        let Some(c) = &self.confirm else { return };
        let filled = self
            .rows
            .iter()
            .filter(|r| !r.textarea.value().trim().is_empty())
            .count();
        if let Ok(Some(t)) = c.query_selector(".confirm-text") {
            t.set_text_content(Some(&format!(
                "Clear all articles? {} with text will be removed, along with their source labels and the results. This cannot be undone.",
                plural(filled, "article", "articles")
            )));
        }
        set_hidden(c, false);
        if let Ok(Some(b)) = c.query_selector("[data-action=clear-no]") {
            focus(&b);
        }
    }

    fn close_confirm(&mut self) {
        if let Some(c) = &self.confirm {
            set_hidden(c, true);
        }
        focus_action(&self.root, "clear");
    }

    fn clear_all(&mut self) {
        if let Some(c) = &self.confirm {
            set_hidden(c, true);
        }
        self.cancel_run();
        self.set_articles(&[]);
        self.last = None;
        clear(&self.results);
        add(
            &self.results,
            &text_el(
                &self.doc,
                "p",
                "placeholder",
                "Everything was cleared. Paste articles to compare.",
            ),
        );
        if let Some(r) = self.rows.first() {
            focus(&r.textarea);
        }
        self.announce("All articles cleared.");
    }

    fn open_files(app: &Shared, fi: &HtmlInputElement) {
        let Some(files) = fi.files() else { return };
        let promises = js_sys::Array::new();
        let mut names = Vec::new();
        for i in 0..files.length() {
            if let Some(f) = files.get(i) {
                names.push(f.name());
                promises.push(&f.text());
            }
        }
        if names.is_empty() {
            return;
        }
        let weak = Rc::downgrade(app);
        let fi = fi.clone();
        let done = once(move |texts: JsValue| {
            let Some(app) = weak.upgrade() else { return };
            let texts = js_sys::Array::from(&texts);
            let items: Vec<(String, String)> = names
                .iter()
                .zip(texts.iter())
                .map(|(name, t)| {
                    let text = t.as_string().unwrap_or_default();
                    let label = guess_label(&text).unwrap_or_else(|| {
                        name.rsplit_once('.')
                            .map_or(name.as_str(), |(s, _)| s)
                            .to_string()
                    });
                    (label, text)
                })
                .collect();
            let mut a = app.borrow_mut();
            let mut keep: Vec<(String, String)> = a
                .rows
                .iter()
                .filter(|r| !r.textarea.value().trim().is_empty())
                .map(|r| (r.label.value(), r.textarea.value()))
                .collect();
            let n = items.len();
            keep.extend(items);
            keep.truncate(MAX_ARTICLES);
            a.set_articles(&keep);
            fi.set_value("");
            a.announce(&format!(
                "Opened {}; {} in all.",
                plural(n, "file", "files"),
                plural(a.rows.len(), "article", "articles")
            ));
        });
        let _ = js_sys::Promise::all(&promises).then(&done);
        done.forget();
    }

    // ---- Drafts ---------------------------------------------------------------------

    fn storage(&self) -> Option<web_sys::Storage> {
        self.doc.default_view()?.local_storage().ok().flatten()
    }

    fn load_drafts(&self) -> Vec<Draft> {
        self.storage()
            .and_then(|s| s.get_item(DRAFTS_KEY).ok().flatten())
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_default()
    }

    fn save_drafts(&self) {
        if !self.cfg_page {
            return;
        }
        let drafts: Vec<Draft> = self
            .rows
            .iter()
            .map(|r| Draft {
                label: r.label.value(),
                text: r.textarea.value(),
            })
            .collect();
        if let (Some(s), Ok(j)) = (self.storage(), serde_json::to_string(&drafts)) {
            if s.set_item(DRAFTS_KEY, &j).is_err() {
                self.show_alert("Your drafts are too large to keep for the next visit; they stay on this page until you leave it.");
            }
        }
    }

    // ---- Comparing ------------------------------------------------------------------

    fn compare(&mut self) {
        if self.run.is_some() {
            self.announce("Still comparing: the results will appear here.");
            return;
        }
        self.show_alert("");
        let sources: Vec<Source> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.textarea.value().trim().is_empty())
            .map(|(i, r)| {
                let label = r.label.value().trim().to_string();
                Source {
                    id: format!("article-{}", i + 1),
                    label: Some(if label.is_empty() {
                        format!("Article {}", i + 1)
                    } else {
                        label
                    }),
                    text: r.textarea.value(),
                }
            })
            .collect();
        if sources.len() < 2 {
            let msg = if sources.is_empty() {
                "Nothing to compare yet: paste at least two articles.".to_string()
            } else {
                "Only one article has text: paste at least one more to compare.".to_string()
            };
            self.show_alert(&msg);
            self.announce(&msg);
            return;
        }
        let dtos: Vec<SourceDto<'_>> = sources
            .iter()
            .map(|s| SourceDto {
                id: &s.id,
                label: s.label.as_deref(),
                text: &s.text,
            })
            .collect();
        let payload = js_sys::Object::new();
        self.seq += 1;
        let seq = self.seq;
        let list = match dtos.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
            Ok(v) => v,
            Err(e) => return self.show_alert(&format!("Could not prepare the articles: {e}")),
        };
        let _ = js_sys::Reflect::set(&payload, &"seq".into(), &seq.into());
        let _ = js_sys::Reflect::set(&payload, &"sources".into(), &list);
        let worker = match self.ensure_worker() {
            Ok(w) => w,
            Err(e) => {
                return self.show_alert(&format!(
                    "The comparison engine could not start ({}). Your articles are kept.",
                    js_text(&e)
                ))
            }
        };
        if let Err(e) = worker.post_message(&payload) {
            return self.show_alert(&format!("Could not send the articles: {}", js_text(&e)));
        }
        let n = sources.len();
        self.run = Some(Run {
            seq,
            started: js_sys::Date::now(),
            n,
            sources,
        });
        attr(&self.compare_btn, "aria-disabled", "true");
        set_hidden(&self.cancel_btn, false);
        set_hidden(&self.progress, false);
        self.root.class_list().add_1("busy").ok();
        self.update_progress();
        if let (Some(win), Some(tick)) = (self.doc.default_view(), &self.tick) {
            self.timer = win
                .set_interval_with_callback_and_timeout_and_arguments_0(
                    tick.as_ref().unchecked_ref(),
                    200,
                )
                .ok();
        }
        self.announce(&format!("Comparing {}…", plural(n, "article", "articles")));
    }

    fn update_progress(&self) {
        if let Some(run) = &self.run {
            let secs = (js_sys::Date::now() - run.started) / 1000.0;
            self.progress_text.set_text_content(Some(&format!(
                "Comparing {}… {:.1} s",
                plural(run.n, "article", "articles"),
                secs
            )));
        }
    }

    fn ensure_worker(&mut self) -> Result<Worker, JsValue> {
        if let Some(w) = &self.worker {
            return Ok(w.clone());
        }
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        let w = Worker::new_with_options(&self.worker_url, &opts)?;
        let weak = self.me.clone();
        let on_msg = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
            let Some(app) = weak.upgrade() else { return };
            let data = e.unchecked_into::<MessageEvent>().data();
            app.borrow_mut().on_result(&data);
        });
        let weak = self.me.clone();
        let on_err = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
            if let Some(ev) = e.dyn_ref::<web_sys::Event>() {
                ev.prevent_default();
            }
            let msg = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|ev| ev.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "the engine stopped unexpectedly".to_string());
            let Some(app) = weak.upgrade() else { return };
            app.borrow_mut().fail(&msg);
        });
        w.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
        w.set_onerror(Some(on_err.as_ref().unchecked_ref()));
        self.worker_handlers = vec![on_msg, on_err];
        self.worker = Some(w.clone());
        Ok(w)
    }

    fn on_result(&mut self, data: &JsValue) {
        let get = |k: &str| js_sys::Reflect::get(data, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let seq = get("seq").as_f64().unwrap_or(-1.0) as i64;
        let Some(run) = &self.run else { return };
        if i64::from(run.seq) != seq {
            return;
        }
        if get("ok").as_bool() != Some(true) {
            let msg = get("error")
                .as_string()
                .unwrap_or_else(|| "unknown error".into());
            return self.fail(&msg);
        }
        let report: Report = match serde_wasm_bindgen::from_value(get("report")) {
            Ok(r) => r,
            Err(e) => return self.fail(&format!("the report could not be read: {e}")),
        };
        let Some(run) = self.stop_run() else { return };
        let secs = (js_sys::Date::now() - run.started) / 1000.0;
        let had_focus = self.focus_is_on(&self.compare_btn);
        render_report(
            &self.doc,
            &self.results,
            &report,
            &run.sources,
            &ViewOptions {
                exports: true,
                lazy_sources: true,
            },
        );
        let count = |v: Verdict| report.facts.iter().filter(|f| f.verdict == v).count();
        let summary = Summary {
            sources: report.sources.len(),
            facts: report.facts.len(),
            consensus: count(Verdict::Consensus),
            disputed: count(Verdict::Disputed),
            single: count(Verdict::Single),
            labels: report.sources.iter().map(|s| s.label.clone()).collect(),
        };
        self.announce(&format!(
            "Compared {} in {:.1} s: {} disputed, {} consensus, {} single-source.",
            plural(summary.sources, "article", "articles"),
            secs,
            thousands(summary.disputed),
            thousands(summary.consensus),
            thousands(summary.single)
        ));
        if had_focus {
            if let Ok(Some(h)) = self.results.query_selector(".results-title") {
                focus(&h);
            }
        }
        self.last = Some((report, run.sources));
        if let Ok(detail) = summary.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
            let init = web_sys::CustomEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            init.set_detail(&detail);
            if let Ok(ev) =
                web_sys::CustomEvent::new_with_event_init_dict("corroborate:done", &init)
            {
                let _ = self.event_target.dispatch_event(&ev);
            }
        }
    }

    fn stop_run(&mut self) -> Option<Run> {
        if let (Some(win), Some(t)) = (self.doc.default_view(), self.timer.take()) {
            win.clear_interval_with_handle(t);
        }
        attr(&self.compare_btn, "aria-disabled", "false");
        set_hidden(&self.cancel_btn, true);
        set_hidden(&self.progress, true);
        self.root.class_list().remove_1("busy").ok();
        self.run.take()
    }

    fn kill_worker(&mut self) {
        if let Some(w) = self.worker.take() {
            w.set_onmessage(None);
            w.set_onerror(None);
            w.terminate();
        }
        self.worker_handlers.clear();
    }

    fn cancel_run(&mut self) {
        if self.run.is_some() {
            self.kill_worker();
            self.stop_run();
        }
    }

    fn cancel(&mut self) {
        if self.run.is_none() {
            return;
        }
        let refocus = self.focus_is_on(&self.cancel_btn);
        self.cancel_run();
        self.announce("Comparison cancelled. Your articles are kept.");
        if refocus {
            focus(&self.compare_btn);
        }
    }

    /// A failed comparison: say so, keep the articles, and start a fresh worker next time.
    fn fail(&mut self, msg: &str) {
        let refocus = self.focus_is_on(&self.cancel_btn);
        self.kill_worker();
        self.stop_run();
        let text = format!(
            "The comparison failed ({msg}). Your articles are kept: choose Compare to try again."
        );
        self.show_alert(&text);
        self.announce("The comparison failed. Your articles are kept.");
        if refocus {
            focus(&self.compare_btn);
        }
    }

    // ---- Results --------------------------------------------------------------------

    /// Builds what a lazily rendered `<details>` holds (a source's marked-up text, or the
    /// single-source list) the first time it is opened or needed.
    fn ensure_source_body(&self, details: &Element) {
        if details.has_attribute("data-built") {
            return;
        }
        if details.get_attribute("data-lazy").as_deref() == Some("single") {
            if let Some((report, _)) = &self.last {
                add(details, &view::single_list(&self.doc, report));
                attr(details, "data-built", "");
            }
            return;
        }
        let (Some(id), Some((report, sources))) =
            (details.get_attribute("data-source-id"), &self.last)
        else {
            return;
        };
        let text = sources
            .iter()
            .find(|s| s.id == id)
            .map_or("", |s| s.text.as_str());
        add(details, &view::source_body(&self.doc, report, &id, text));
        attr(details, "data-built", "");
    }

    fn locate(&self, btn: &Element) {
        let Some(fact) = btn.get_attribute("data-fact") else {
            return;
        };
        // The texts of the sources that carry the fact must exist before their marks can.
        if let (Ok(n), Some((report, _))) = (fact.parse::<usize>(), &self.last) {
            if let Some(f) = report.facts.get(n) {
                for m in &f.mentions {
                    let sel = format!(
                        "details.source-text[data-source-id=\"{}\"]",
                        css_escape(&m.source)
                    );
                    if let Ok(Some(d)) = self.results.query_selector(&sel) {
                        self.ensure_source_body(&d);
                    }
                }
            }
        }
        if let Ok(old) = self.results.query_selector_all("mark.located") {
            for i in 0..old.length() {
                if let Some(e) = old.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    e.class_list().remove_1("located").ok();
                }
            }
        }
        let Ok(marks) = self
            .results
            .query_selector_all(&format!("mark.claim[data-fact=\"{fact}\"]"))
        else {
            return;
        };
        let mut first: Option<Element> = None;
        for i in 0..marks.length() {
            let Some(m) = marks.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if let Ok(Some(d)) = m.closest("details") {
                let _ = d.set_attribute("open", "");
            }
            m.class_list().add_1("located").ok();
            if first.is_none() {
                first = Some(m);
            }
        }
        if let Some(m) = first {
            let o = web_sys::ScrollIntoViewOptions::new();
            o.set_block(web_sys::ScrollLogicalPosition::Center);
            m.scroll_into_view_with_scroll_into_view_options(&o);
            focus(&m);
            self.announce(&format!(
                "Showing {} in the source texts.",
                plural(marks.length() as usize, "sentence", "sentences")
            ));
        }
    }

    fn export(&self, json: bool) {
        let Some((report, _)) = &self.last else {
            return;
        };
        let (body, mime, name) = if json {
            (
                serde_json::to_string_pretty(report).unwrap_or_default(),
                "application/json",
                "corroborate-report.json",
            )
        } else {
            (markdown(report), "text/markdown", "corroborate-report.md")
        };
        let parts = js_sys::Array::of1(&JsValue::from_str(&body));
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let a: web_sys::HtmlAnchorElement = el(&self.doc, "a", "").unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        self.announce(&format!("Downloaded {name}."));
    }

    fn copy(&self, text: &str, ok: &str) {
        let Some(win) = self.doc.default_view() else {
            return;
        };
        let p = win.navigator().clipboard().write_text(text);
        let weak = self.me.clone();
        let ok = ok.to_string();
        let weak2 = weak.clone();
        let on_ok = once(move |_: JsValue| {
            if let Some(a) = weak.upgrade() {
                a.borrow().announce(&ok);
            }
        });
        let on_err = once(move |_: JsValue| {
            if let Some(a) = weak2.upgrade() {
                a.borrow()
                    .announce("Copying was not allowed by the browser: use the download instead.");
            }
        });
        let _ = p.then2(&on_ok, &on_err);
        on_ok.forget();
        on_err.forget();
    }

    fn show_embed(&mut self) {
        let Some((panel, ta)) = &self.embed_panel else {
            return;
        };
        let base = self.doc.base_uri().ok().flatten().unwrap_or_default();
        let src = web_sys::Url::new_with_base("static/corroborate-widget.js", &base)
            .map(|u| u.href())
            .unwrap_or_else(|_| "static/corroborate-widget.js".into());
        let articles: Vec<(String, String)> = self
            .rows
            .iter()
            .filter(|r| !r.textarea.value().trim().is_empty())
            .enumerate()
            .map(|(i, r)| {
                let l = r.label.value().trim().to_string();
                (
                    if l.is_empty() {
                        format!("Article {}", i + 1)
                    } else {
                        l
                    },
                    r.textarea.value(),
                )
            })
            .collect();
        ta.set_value(&embed_snippet(&src, &articles));
        set_hidden(panel, false);
        focus(ta);
        ta.select();
        self.announce(if articles.is_empty() {
            "Embed code ready: an empty widget where readers paste their own articles."
        } else {
            "Embed code ready for the current articles."
        });
    }

    // ---- Messages -------------------------------------------------------------------

    fn announce(&self, msg: &str) {
        self.status.set_text_content(Some(msg));
        let _ = self.status.set_attribute("data-state", "ready");
    }

    fn show_alert(&self, msg: &str) {
        clear(&self.alert);
        if !msg.is_empty() {
            add_text(&self.alert, msg);
        }
        set_hidden(&self.alert, msg.is_empty());
    }

    fn focus_is_on(&self, e: &Element) -> bool {
        let node = self.root.get_root_node();
        let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
            Some(sr) => sr.active_element(),
            None => self.doc.active_element(),
        };
        active.as_ref() == Some(e)
    }
}

/// A closure for a promise callback that runs at most once.
/// Escapes a value for a CSS attribute selector in double quotes.
fn css_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn once(f: impl FnOnce(JsValue) + 'static) -> Closure<dyn FnMut(JsValue)> {
    let mut f = Some(f);
    Closure::new(move |v: JsValue| {
        if let Some(f) = f.take() {
            f(v);
        }
    })
}

fn focus_action(root: &Element, action: &str) {
    if let Ok(Some(b)) = root.query_selector(&format!("[data-action={action}]")) {
        focus(&b);
    }
}

fn update_count(r: &Row) {
    let t = r.textarea.value();
    let chars = t.chars().count();
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    r.count.set_text_content(Some(&format!(
        "{} · {}",
        plural(chars, "character", "characters"),
        plural(words, "word", "words")
    )));
}

fn js_text(v: &JsValue) -> String {
    v.as_string()
        .or_else(|| {
            v.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{v:?}"))
}
