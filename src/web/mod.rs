//! The browser front end (wasm32 only): the JS boundary, the page and the
//! `<corroborate-widget>`, all rendered from Rust through web-sys. JavaScript only loads the
//! module, defines the custom element and runs the worker; thresholds, splitting and scoring
//! all live in the core.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{analyze, Options, Source};

mod app;
mod dom;
mod view;

/// Installs the panic hook so a panic reaches the console with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Takes over the page's root element once the module has loaded: builds the article
/// inputs, the results and the tools inside it. `worker_url` is static/worker.js's URL
/// (resolved against the document when omitted).
///
/// # Errors
/// A `JsError` when the page lacks the elements it is built around.
#[wasm_bindgen(js_name = mountPage)]
pub fn mount_page(root: web_sys::Element, worker_url: Option<String>) -> Result<(), JsError> {
    let doc = root
        .owner_document()
        .ok_or_else(|| JsError::new("the root element is not in a document"))?;
    let status = doc
        .get_element_by_id("engine-status")
        .ok_or_else(|| JsError::new("the page has no #engine-status element"))?;
    status.set_text_content(Some(&format!(
        "Ready: the comparison engine (v{}) runs on this device.",
        version()
    )));
    status
        .set_attribute("data-state", "ready")
        .map_err(js_err)?;
    let worker_url = worker_url.unwrap_or_else(|| resolve(&doc, "static/worker.js"));
    app::mount(
        &doc,
        &root,
        app::Config {
            page: true,
            event_target: root.clone(),
            worker_url,
            status: Some(status),
            prefill: Vec::new(),
            start_rows: 3,
        },
    )
    .map_err(js_err)
}

/// Renders the widget for the `<corroborate-widget>` element `host` into `mount` (an element
/// inside the host's shadow root). The host's `<article data-source="…">` children, if any,
/// are compared at once; otherwise readers get empty inputs.
///
/// # Errors
/// A `JsError` when `mount` is not in a document.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: web_sys::Element,
    mount: web_sys::Element,
    worker_url: String,
) -> Result<(), JsError> {
    let doc = mount
        .owner_document()
        .ok_or_else(|| JsError::new("the mount element is not in a document"))?;
    let mut prefill = Vec::new();
    if let Ok(list) = host.query_selector_all(":scope > article") {
        for i in 0..list.length() {
            let Some(node) = list.get(i) else { continue };
            let Ok(a) = node.dyn_into::<web_sys::Element>() else {
                continue;
            };
            let text = tidy(&a.text_content().unwrap_or_default());
            if text.is_empty() {
                continue;
            }
            let label = a
                .get_attribute("data-source")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .or_else(|| crate::text::label::guess_label(&text))
                .unwrap_or_default();
            prefill.push((label, text));
        }
    }
    let compact = host.has_attribute("compact");
    app::mount(
        &doc,
        &mount,
        app::Config {
            page: false,
            event_target: host,
            worker_url,
            status: None,
            prefill,
            start_rows: if compact { 2 } else { 3 },
        },
    )
    .map_err(js_err)
}

/// Renders a report (as returned by `analyze`, or a saved JSON report parsed into an object)
/// into `container`, with `sources` (`[{id, label?, text}]`, the texts the report points
/// into) for the highlighted sentences. For hosts that run the engine themselves.
///
/// # Errors
/// A `JsError` when the report or the sources are not in the expected shape.
#[wasm_bindgen(js_name = renderReport)]
pub fn render_report_js(
    container: web_sys::Element,
    report: JsValue,
    sources: JsValue,
) -> Result<(), JsError> {
    let report: crate::Report = serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsError::new(&format!("not a report: {e}")))?;
    let sources = sources_from_js(sources)?;
    let doc = container
        .owner_document()
        .ok_or_else(|| JsError::new("the container is not in a document"))?;
    view::render_report(
        &doc,
        &container,
        &report,
        &sources,
        &view::ViewOptions {
            exports: false,
            lazy_sources: false,
        },
    );
    Ok(())
}

/// Guesses an article's outlet from its dateline or byline (see [`crate::text::label::guess_label`]).
#[wasm_bindgen(js_name = guessLabel)]
pub fn guess_label_js(text: &str) -> Option<String> {
    crate::text::label::guess_label(text)
}

/// Text from HTML markup: paragraphs (separated by blank lines) kept, the indentation and
/// line wrapping of the markup collapsed.
fn tidy(raw: &str) -> String {
    let mut paras = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in raw.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !cur.is_empty() {
                paras.push(cur.join(" "));
                cur.clear();
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        paras.push(cur.join(" "));
    }
    paras.join("\n\n")
}

fn resolve(doc: &web_sys::Document, path: &str) -> String {
    let base = doc.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(path, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| path.to_string())
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&format!("{e:?}"))
}

/// The engine's version, so the page can show that the module loaded.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Reads `[{id, label?, text}]` from JS.
fn sources_from_js(value: JsValue) -> Result<Vec<Source>, JsError> {
    let dtos: Vec<SourceDto> = serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("expected an array of {{id, text}}: {e}")))?;
    Ok(dtos
        .into_iter()
        .map(|d| Source {
            id: d.id,
            label: d.label,
            text: d.text,
        })
        .collect())
}

#[derive(Deserialize)]
struct SourceDto {
    id: String,
    #[serde(default)]
    label: Option<String>,
    text: String,
}

/// Compares sources given as `[{id, label?, text}]` and returns the report as a plain object.
///
/// # Errors
/// A `JsError` when the argument is not an array of sources.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(sources: JsValue) -> Result<JsValue, JsError> {
    let sources = sources_from_js(sources)?;
    let report = analyze(&sources, &Options::default());
    to_js(&report)
}

/// Converts a serialisable value to a plain JS object (maps as objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// One size of the browser benchmark: how long the engine took on these sources.
#[derive(Serialize)]
struct BenchRow {
    sources: usize,
    bytes: usize,
    runs: usize,
    median_ms: f64,
    min_ms: f64,
    facts: usize,
    disputed: usize,
}

/// The browser benchmark (static/bench/): runs the engine `runs` times on `sources`
/// (`[{id, label?, text}]`) and returns `{sources, bytes, runs, median_ms, min_ms, facts,
/// disputed}`, timed with `performance.now()` in this thread.
///
/// # Errors
/// A `JsError` when the argument is not an array of sources or no clock is available.
#[wasm_bindgen(js_name = benchAnalyze)]
pub fn bench_analyze(sources: JsValue, runs: usize) -> Result<JsValue, JsError> {
    let sources = sources_from_js(sources)?;
    let clock = js_sys::global()
        .dyn_into::<web_sys::Window>()
        .ok()
        .and_then(|w| w.performance())
        .ok_or_else(|| JsError::new("no performance clock"))?;
    let runs = runs.max(1);
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t0 = clock.now();
        let report = analyze(&sources, &Options::default());
        times.push(clock.now() - t0);
        last = Some(report);
    }
    times.sort_by(f64::total_cmp);
    let report = last.unwrap_or_default();
    to_js(&BenchRow {
        sources: sources.len(),
        bytes: sources.iter().map(|s| s.text.len()).sum(),
        runs,
        median_ms: times[runs / 2],
        min_ms: times[0],
        facts: report.facts.len(),
        disputed: report
            .facts
            .iter()
            .filter(|f| f.verdict == crate::Verdict::Disputed)
            .count(),
    })
}
